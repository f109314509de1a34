"""The editors' round on the fixture guide: what is due, the requests, and recording a
confirmation that the page then shows (real commands, a real build)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import yaml

from conftest import build, fixture_project
from projects import guide


def with_undated_listing(tmp_path: Path) -> Path:
    """The fixture plus a listing whose phone comes from a page that shows no date."""
    project = fixture_project(tmp_path)
    text = (project / "services/quiet-group.md").read_text()
    text = text.replace("id: quiet-group", "id: drop-in").replace(
        "name: Quiet Group", "name: Drop In"
    )
    text = text.replace("    published: 2022-10\n", "")
    (project / "services/drop-in.md").write_text(text)
    return project


def test_due_lists_undated_then_oldest_and_writes_requests(tmp_path: Path) -> None:
    project = with_undated_listing(tmp_path)
    result = guide(project, "editors", "due", "--out", "requests")
    assert result.returncode == 0, result.stderr
    rows = [line.split() for line in result.stdout.splitlines()[1:]]
    # Undated details first, then the oldest (2022); the confirmed, current listing is not due.
    assert [row[-1] for row in rows] == ["services/drop-in.md", "services/quiet-group.md"]
    assert "2 listing(s) to confirm" in result.stderr and "nothing was sent" in result.stderr
    request = (project / "requests/002-quiet-group.txt").read_text()
    assert request.startswith("Subject: Please check your details")
    assert "Hello Fixture Group," in request
    assert "https://fixture.example.org/services/quiet-group/" in request
    assert "Website: https://example.org/group (from another organisation's page" in request
    assert "We have not checked them with you yet" in request
    assert '"These details are correct"' in request
    table = list(csv.DictReader(io.StringIO((project / "requests/requests.csv").read_text())))
    assert [r["id"] for r in table] == ["drop-in", "quiet-group"]
    assert table[1]["oldest_details"] == "2022-10-31"
    assert table[1]["request_file"] == "002-quiet-group.txt"


def test_confirm_records_a_service_source_and_the_page_says_confirmed(tmp_path: Path) -> None:
    project = fixture_project(tmp_path)
    listing = project / "services/quiet-group.md"
    result = guide(
        project, "editors", "confirm", "quiet-group",
        "--by", "Organiser, Fixture Group", "--how", "email", "--on", "2026-11-28",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Every contact detail now cites it" in result.stderr
    meta = yaml.safe_load(listing.read_text().split("---\n")[1])
    confirmation = meta["sources"][-1]
    assert confirmation == {
        "id": "confirmed-2026-11-28",
        "title": "Confirmed by the service",
        "kind": "service",
        "confirmed_by": "Organiser, Fixture Group",
        "how": "email",
        "checked": __import__("datetime").date(2026, 11, 28),
    }
    assert meta["url_source"] == "confirmed-2026-11-28"
    assert meta["cost_source"] == "council"  # not a contact detail: its source is kept
    assert guide(project, "validate").returncode == 0
    assert build(project, project / "site").returncode == 0
    page = (project / "site/services/quiet-group/index.html").read_text()
    assert "Confirmed with the service on 28 November 2026." in page
    assert "Organiser, Fixture Group: Confirmed with the service by email" in page
    assert "hidden" in page.split('guide-stale"')[1].split(">")[0]  # no longer out of date


def test_confirm_refuses_what_it_cannot_record_and_changes_nothing(tmp_path: Path) -> None:
    project = fixture_project(tmp_path)
    listing = project / "services/quiet-group.md"
    before = listing.read_text()
    future = guide(project, "editors", "confirm", "quiet-group", "--by", "X", "--how", "phone",
                   "--on", "2030-01-01")  # fmt: skip
    assert future.returncode == 2 and "is in the future" in future.stderr
    unknown = guide(project, "editors", "confirm", "nobody", "--by", "X", "--how", "phone")
    assert unknown.returncode == 2 and 'There is no listing "nobody"' in unknown.stderr
    bad_date = guide(project, "editors", "confirm", "quiet-group", "--by", "X", "--how", "phone",
                     "--on", "28/11/2026")  # fmt: skip
    assert bad_date.returncode == 2 and "write it like 2026-12-01" in bad_date.stderr
    assert "Traceback" not in future.stderr + unknown.stderr + bad_date.stderr
    assert listing.read_text() == before
