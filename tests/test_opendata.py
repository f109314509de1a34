"""Open data: the ORUK 3.0 feed and CSV the build publishes, the schema.org JSON-LD on service
pages, and `guide import-oruk` (which starts listings from a feed)."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from guide.checking.listings import load
from guide.opendata.export import service_id
from guide.opendata.publish import files
from guide.site import jsonld

from conftest import FIXTURE, build, fixture_project
from projects import guide

SCHEMA = Path(__file__).resolve().parent.parent / "scripts/guide/opendata/schema"
EXAMPLES = Path(__file__).resolve().parent / "fixtures" / "oruk"
URL = "https://example.org/oruk/services"


def validator(name: str) -> Draft202012Validator:
    """The ORUK 3.0 schema of a table, its `$ref`s to the other tables resolved locally."""
    resources = [
        (
            path.name,
            Resource.from_contents(json.loads(path.read_text()), default_specification=_spec()),
        )
        for path in SCHEMA.glob("*.json")
    ]
    registry: Registry[Any] = Registry().with_resources(resources)
    schema = json.loads((SCHEMA / f"{name}.json").read_text())
    return Draft202012Validator(
        schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def _spec() -> Any:
    from referencing.jsonschema import DRAFT202012  # noqa: PLC0415

    return DRAFT202012


def errors(name: str, document: dict[str, Any]) -> list[str]:
    return [
        f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator(name).iter_errors(document)
    ]


def feed(services: Path) -> dict[str, str]:
    loaded = load(services)
    return files(loaded.directory)


def test_every_exported_service_validates_against_oruk(tmp_path: Path) -> None:
    published = feed(FIXTURE / "services")
    services = [json.loads(t) for n, t in published.items() if n.startswith("services/")]
    assert len(services) == 2
    for document in services:
        assert errors("service", document) == [], document["name"]
    listing = json.loads(published[f"services/{service_id('listening-line')}.json"])
    phone = listing["contacts"][0]["phones"][0]
    assert phone["number"] == "020 7946 0000"
    # Where the fact comes from: confirmed by the service, by phone, on the day it was.
    record = phone["metadata"][0]
    assert record["last_action_date"] == "2026-11-20"
    assert "Volunteer coordinator, Fixture Charity" in record["updated_by"]
    assert "by phone" in record["updated_by"]
    assert [(lang["code"], lang["name"]) for lang in listing["languages"]] == [
        ("en", "English"),
        ("so", "Somali"),
    ]
    assert listing["schedules"][0]["byday"] == "MO,TU,WE,TH,FR"
    assert listing["assured_date"] == "2026-11-20"
    # The list page: the ORUK page fields, every service, one-to-one fields only.
    page = json.loads(published["services.json"])
    assert page["total_items"] == page["size"] == 2 and page["last_page"] is True
    for item in page["contents"]:
        assert errors("service", item) == []
        assert "schedules" not in item
    root = json.loads(published["index.json"])
    assert root["version"] == "3.0" and root["license"]["name"] == "Open Government Licence v3.0"


def test_uuids_are_stable_and_derived_from_listing_ids() -> None:
    first, second = feed(FIXTURE / "services"), feed(FIXTURE / "services")
    assert first == second
    assert service_id("listening-line") == "82492662-4c48-5f10-8ec6-254f0c596d4d"


def test_csv_tables_follow_the_data_package() -> None:
    published = feed(FIXTURE / "services")
    package = json.loads(published["csv/datapackage.json"])
    assert package["licenses"][0]["name"] == "Open Government Licence v3.0"
    for resource in package["resources"]:
        text = published[f"csv/{resource['path']}"]
        header = next(csv.reader(text.splitlines()))
        assert header == [field["name"] for field in resource["schema"]["fields"]]
    phones = list(csv.DictReader(published["csv/phones.csv"].splitlines()))
    assert [row["number"] for row in phones] == ["020 7946 0000"]
    services = {
        row["name"]: row for row in csv.DictReader(published["csv/services.csv"].splitlines())
    }
    assert services["Quiet Group"]["url"] == "https://example.org/group"


def import_into(project: Path, source: Path, *extra: str) -> Any:
    return guide(project, "import-oruk", str(source), "--url", URL, *extra)


@pytest.mark.parametrize("example", ["service_full.json", "service_list.json"])
def test_the_oruk_examples_import_into_listings_that_validate(tmp_path: Path, example: str) -> None:
    project = fixture_project(tmp_path)
    result = import_into(project, EXAMPLES / example)
    assert result.returncode == 0, result.stderr
    listing = project / "services" / "community-counselling.md"
    text = listing.read_text()
    assert "kind: directory" in text and URL in text and "checked: 2026-11-29" in text
    assert "left out the web address http://example.com/counselling" in result.stdout
    checked = guide(project, "validate")
    assert checked.returncode == 0, checked.stdout
    assert "W700 to_write.0: `summary` came from an import" in checked.stdout
    assert not re.search(r": E\d\d\d ", checked.stdout)


def test_import_never_overwrites_without_force(tmp_path: Path) -> None:
    project = fixture_project(tmp_path)
    assert import_into(project, EXAMPLES / "service_full.json").returncode == 0
    listing = project / "services" / "community-counselling.md"
    listing.write_text(listing.read_text().replace("Example Organization Inc.", "Edited By Hand"))
    again = import_into(project, EXAMPLES / "service_full.json")
    assert again.returncode == 1 and "already there" in again.stderr
    assert "Edited By Hand" in listing.read_text()
    forced = import_into(project, EXAMPLES / "service_full.json", "--force")
    assert forced.returncode == 0 and "Edited By Hand" not in listing.read_text()


def facts(document: dict[str, Any]) -> Any:
    """A service's facts, without ids, provenance, the texts a person writes, or the guide's
    ids: what must survive export -> import -> export."""
    skip = {"id", "service_id", "location_id", "contact_id", "organization_id", "link_id",
            "taxonomy_term_id", "metadata", "description", "eligibility_description",
            "application_process", "assured_date"}  # fmt: skip

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in skip}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(document)


def test_export_import_export_keeps_every_fact(tmp_path: Path) -> None:
    before = feed(FIXTURE / "services")
    exported = tmp_path / "feed"
    exported.mkdir()
    for name, text in before.items():
        if name.startswith("services/"):
            (exported / Path(name).name).write_text(text)
    project = fixture_project(tmp_path)
    for path in (project / "services").glob("*.md"):
        path.unlink()
    result = import_into(project, exported)
    assert result.returncode == 0, result.stdout + result.stderr
    after = feed(project / "services")
    old = sorted(
        (facts(json.loads(t)) for n, t in before.items() if n.startswith("services/")), key=str
    )
    new = sorted(
        (facts(json.loads(t)) for n, t in after.items() if n.startswith("services/")), key=str
    )
    assert new == old


BAD_FEEDS = {
    "broken.json": ('{"id": "x", "name": "A",', "line 1, column 25: broken JSON"),
    "no-id.json": ('{"name": "A service"}', "id: this field is missing"),
    "types.json": (
        '{"id": "x", "name": "A", "schedules": {"byday": "MO"}}',
        "schedules: must be a list",
    ),
    "phone.json": (
        '{"id": "x", "name": "A", "contacts": [{"phones": [{"id": "p", "number": 20}]}]}',
        "contacts[0].phones[0].number: must be text",
    ),
    "list.json": ("[1, 2]", "must hold one JSON object"),
}


@pytest.mark.parametrize("name", sorted(BAD_FEEDS))
def test_bad_feeds_give_clear_errors_and_write_nothing(tmp_path: Path, name: str) -> None:
    project = fixture_project(tmp_path)
    folder = tmp_path / "feed"
    folder.mkdir()
    shutil.copy(EXAMPLES / "service_full.json", folder / "a-good.json")
    text, message = BAD_FEEDS[name]
    (folder / name).write_text(text)
    before = sorted(p.name for p in (project / "services").iterdir())
    result = import_into(project, folder)
    assert result.returncode == 1
    assert f"{name}: " in result.stderr and message in result.stderr, result.stderr
    assert "Nothing was written." in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in (project / "services").iterdir()) == before


def test_the_build_publishes_open_data_and_json_ld(tmp_path: Path) -> None:
    project = fixture_project(tmp_path)
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    sid = service_id("listening-line")
    for name in ("index.json", "services.json", f"services/{sid}.json", "csv/datapackage.json"):
        assert (site / "open-data" / name).is_file(), name
    page = (site / "services/listening-line/index.html").read_text()
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert len(scripts) == 1
    assert "&lt;div" not in page  # the page itself is still HTML, not escaped text
    data = json.loads(scripts[0])
    assert data["@type"] == "Service" and data["provider"]["name"] == "Fixture Charity"
    phone = data["availableChannel"][0]["servicePhone"]
    assert phone["telephone"] == "+442079460000"
    assert phone["name"] == "Main number"
    hours = data["hoursAvailable"][0]
    assert (hours["opens"], hours["closes"]) == ("09:00", "17:00")
    assert hours["dayOfWeek"][0] == "https://schema.org/Monday" and len(hours["dayOfWeek"]) == 5
    address = data["availableChannel"][1]["serviceLocation"]["address"]
    assert address["postalCode"] == "N1 9BT"


def test_the_shipped_site_has_open_data(shipped_site: Path) -> None:
    page = json.loads((shipped_site / "open-data/services.json").read_text())
    services = sorted((shipped_site / "open-data/services").glob("*.json"))
    assert page["total_items"] == len(services) > 40
    for path in services:
        assert errors("service", json.loads(path.read_text())) == [], path.name
    licence = json.loads((shipped_site / "open-data/index.json").read_text())["license"]
    docs = (Path(__file__).resolve().parent.parent / "docs/contributing/open-data.md").read_text()
    assert licence["name"] in docs and licence["url"] in docs


def test_json_ld_text_can_never_end_its_script() -> None:
    """Validation rejects HTML in listings; the script escapes it anyway."""
    hostile = "A & B </script><script>alert(1)</script> <!-- x"
    element = str(jsonld.script({"name": hostile}))
    inner = element.strip().removeprefix('<script type="application/ld+json">')
    inner = inner.removesuffix("</script>")
    assert "<" not in inner and ">" not in inner
    assert json.loads(inner)["name"] == hostile
