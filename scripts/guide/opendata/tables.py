"""The feed as CSV: one file per ORUK table, with the columns its tabular data package
describes (the ORUK schemata in schema/), plus the HSDS fields the guide also fills, and a
`datapackage.json` that describes every file."""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from importlib import resources
from typing import Any

Json = dict[str, Any]

#: A nested key in a service document -> the table (schema file) its records belong to.
NESTED = {
    "organization": "organization",
    "service_at_locations": "service_at_location",
    "location": "location",
    "addresses": "address",
    "accessibility": "accessibility",
    "attributes": "attribute",
    "taxonomy_term": "taxonomy_term",
    "schedules": "schedule",
    "languages": "language",
    "cost_options": "cost_option",
    "contacts": "contact",
    "phones": "phone",
    "metadata": "hsds-metadata",
}
TABLES = ("service", *dict.fromkeys(NESTED.values()))
FORMATS = {"uuid", "email", "uri"}


@cache
def schema(table: str) -> Json:
    text = resources.files("guide.opendata").joinpath(f"schema/{table}.json").read_text("utf-8")
    data: Json = json.loads(text)
    return data


def columns(table: str) -> list[Json]:
    """The table's fields: those that are plain values (not nested records or lists)."""
    fields = []
    for name, spec in schema(table)["properties"].items():
        if spec.get("type") in {"array", "object"} or "$ref" in spec:
            continue
        field: Json = {"name": name, "type": spec.get("datapackage_type") or spec["type"]}
        if spec.get("format") in FORMATS:
            field["format"] = spec["format"]
        if spec.get("description"):
            field["description"] = spec["description"]
        fields.append(field)
    return fields


def rows(documents: list[Json]) -> dict[str, list[Json]]:
    """Every record of the service documents, by table, each once."""
    found: dict[str, dict[str, Json]] = {table: {} for table in TABLES}

    def walk(record: Json, table: str) -> None:
        found[table].setdefault(record["id"], {})
        found[table][record["id"]].update(
            {k: v for k, v in record.items() if not isinstance(v, dict | list)}
        )
        for key, value in record.items():
            if key in NESTED:
                for item in value if isinstance(value, list) else [value]:
                    walk(item, NESTED[key])

    for document in documents:
        walk(document, "service")
    return {table: list(records.values()) for table, records in found.items()}


def table_fields(table: str, records: list[Json]) -> list[Json]:
    """The ORUK columns, then any HSDS field the guide fills that ORUK lacks (as text)."""
    fields = columns(table)
    known = {field["name"] for field in fields}
    for record in records:
        for name in record:
            if name not in known:
                known.add(name)
                fields.append({"name": name, "type": "string", "description": "HSDS 3.0 field."})
    return fields


def to_csv(fields: list[Json], records: list[Json]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, [field["name"] for field in fields], lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: _cell(v) for k, v in record.items()})
    return out.getvalue()


def _cell(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def package(documents: list[Json], licence: tuple[str, str]) -> dict[str, str]:
    """{file name: text}: one CSV per table and datapackage.json."""
    files: dict[str, str] = {}
    resources_: list[Json] = []
    for table, records in rows(documents).items():
        fields = table_fields(table, records)
        path = schema(table).get("path", f"{table}.csv")
        files[path] = to_csv(fields, records)
        resources_.append(
            {
                "name": table.replace("hsds-", ""),
                "path": path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {"fields": fields, "primaryKey": "id"},
            }
        )
    name, url = licence
    files["datapackage.json"] = json.dumps(
        {
            "profile": "tabular-data-package",
            "name": "islington-guide-open-referral-uk",
            "title": "Islington mental health and wellbeing guide: services (Open Referral UK 3.0)",
            "licenses": [{"name": name, "path": url, "title": name}],
            "resources": resources_,
        },
        indent=2,
        ensure_ascii=False,
    )
    return files
