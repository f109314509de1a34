"""Where each exported fact comes from, as HSDS 3.0 ``metadata`` records (ORUK allows them):
the day the source was read or confirmed, and in words which source and how."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model.source import Source
from .ids import uid

#: Our value of HSDS metadata ``last_action_type``: the fact was checked against its source.
VERIFIED = "verified"

KIND_WORDS = {
    "service": "confirmed by the service",
    "website": "read on the service's own website",
    "directory": "read in an official directory",
    "third-party": "read in a third-party source",
}


def describe(source: Source) -> str:
    """One line saying which source and how it was checked, e.g. "read on the service's own
    website: Fixture website <https://example.org/> (archived copy), published 2025"."""
    parts = [f"{KIND_WORDS[source.kind]}: {source.title}"]
    if source.url:
        parts[0] += f" <{source.url}>"
    if source.archived:
        parts.append("archived copy")
    if source.published:
        parts.append(f"published {source.published}")
    elif source.about:
        parts.append(f"dated to about {source.about}")
    if source.confirmed_by:
        parts.append(f"by {source.confirmed_by}")
    if source.how:
        parts.append(f"by {source.how}")
    parts.append(f"checked {source.checked.isoformat()}")
    return ", ".join(parts)


def metadata(
    source: Source | None, resource_id: str, resource_type: str, fields: Mapping[str, object]
) -> list[dict[str, Any]]:
    """One HSDS metadata record per exported field, naming its source (none when unknown)."""
    if source is None:
        return []
    records = []
    for name, value in fields.items():
        if value is None or value in ([], ""):
            continue
        records.append(
            {
                "id": uid("metadata", resource_id, name),
                "resource_id": resource_id,
                "resource_type": resource_type,
                "last_action_date": source.checked.isoformat(),
                "last_action_type": VERIFIED,
                "field_name": name,
                "previous_value": "",
                "replacement_value": _text(value),
                "updated_by": describe(source),
            }
        )
    return records


def _text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
