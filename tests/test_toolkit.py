"""For services and commissioners: the toolkit pages, the self-audit and the coverage report."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, Page

from guide.checking.datafile import load_audit

from browser import DESKTOP, PHONE, check_page, guard, new_context
from conftest import ROOT, build, fixture_project

AREAS = range(1, 9)
CREDIT = "Inequalities Subgroup of the All Age Mental Health Partnership Board, August 2021"


def test_every_key_area_has_a_page_and_statements(shipped_site: Path) -> None:
    audit, problems = load_audit(ROOT / "docs")
    assert audit is not None and problems == []
    assert [area.area for area in audit.areas] == list(AREAS)
    for area in audit.areas:
        assert len(area.statements) >= 3, area.title
        page = shipped_site / "toolkit" / area.page.removesuffix(".md") / "index.html"
        html = page.read_text(encoding="utf-8")
        assert CREDIT in html, area.page
        assert (
            f'id="area-{area.area}"' in (shipped_site / "toolkit/self-audit/index.html").read_text()
        )
    index = (shipped_site / "toolkit/index.html").read_text()
    assert CREDIT in index
    for area in audit.areas:
        assert f'href="{area.page.removesuffix(".md")}/"' in index
    statements = (shipped_site / "toolkit/self-audit/index.html").read_text()
    assert statements.count('class="audit-statement"') == len(audit.statements)


def test_toolkit_links_to_listings_it_names(shipped_site: Path) -> None:
    pages = "".join(p.read_text() for p in (shipped_site / "toolkit").rglob("index.html"))
    for listing in ("nafsiyat", "maya-centre", "healthwatch-islington", "islington-mind"):
        assert f"../../services/{listing}/" in pages, listing


def test_duplicate_statement_ids_are_reported_with_their_line(tmp_path: Path) -> None:
    folder = tmp_path / "toolkit"
    folder.mkdir()
    (folder / "statements.yaml").write_text(
        "areas:\n  - area: 1\n    title: T\n    page: 1-t.md\n    statements:\n"
        '      - id: "1.1-a"\n        text: "We do the first thing well."\n        source: "1.1"\n'
        '      - id: "1.1-a"\n        text: "We do the second thing well."\n        source: "1.1"\n'
    )
    _audit, problems = load_audit(tmp_path, "statements.yaml")
    assert [p.format() for p in problems] == [
        'statements.yaml:9: E307 id: statement id "1.1-a" is used twice. Give each statement '
        "its own id, like 2.1-c."
    ]


def fixture_counts(services: Path) -> dict[str, int]:
    """Counted straight from the YAML, without the guide's code."""
    metas = [yaml.safe_load(p.read_text().split("---\n")[1]) for p in services.glob("*.md")]
    return {
        "You can refer yourself": sum(1 for m in metas if m.get("self_referral") is True),
        "Free": sum(1 for m in metas if m.get("free") is True),
        "Step-free": sum(
            1 for m in metas if any(loc.get("step_free") for loc in m.get("locations", []))
        ),
        "so": sum(1 for m in metas if "so" in m.get("languages", [])),
        "talk": sum(1 for m in metas if "talk" in m.get("categories", [])),
        "total": len(metas),
    }


def test_coverage_numbers_match_an_independent_count(tmp_path: Path) -> None:
    project = fixture_project(tmp_path)
    # One more listing, so that the counts differ from one another.
    extra = (project / "services/listening-line.md").read_text()
    extra = extra.replace("id: listening-line", "id: third-line").replace(
        "\nfree: true", "\nfree: false"
    )
    extra = extra.replace("self_referral: true", "self_referral: false").replace("[en, so]", "[en]")
    (project / "services/third-line.md").write_text(extra)
    result = build(project, project / "site")
    assert result.returncode == 0, result.stderr
    expected = fixture_counts(project / "services")
    rows = list(csv.DictReader(io.StringIO((project / "site/toolkit/coverage.csv").read_text())))
    found = {(r["section"], r["item"]): int(r["services"]) for r in rows}
    assert {r["of"] for r in rows} == {str(expected["total"])}
    assert found[("access", "You can refer yourself")] == expected["You can refer yourself"] == 1
    assert found[("access", "Free")] == expected["Free"] == 2
    assert found[("access", "Step-free")] == expected["Step-free"] == 2
    assert found[("language spoken", "so")] == expected["so"] == 1
    assert found[("category", "talk")] == expected["talk"] == 3
    html = (project / "site/toolkit/coverage/index.html").read_text()
    assert "1 of 3" in html and 'class="guide-chart"' in html


@pytest.mark.slow
@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize(
    "path",
    ["toolkit/", "toolkit/2-welcoming-services/", "toolkit/self-audit/", "toolkit/coverage/"],
)
def test_toolkit_pages_are_accessible(
    browser: Browser, base_url: str, path: str, viewport: str
) -> None:
    context = new_context(browser, viewport=PHONE if viewport == "phone" else DESKTOP)
    page = context.new_page()
    check_page(page, base_url + path)
    context.close()


def answer(page: Page) -> None:
    page.locator('fieldset[data-id="1.1-a"] input[value="in-place"]').check()
    page.locator('fieldset[data-id="2.1-a"] input[value="partly"]').check()
    page.locator('fieldset[data-id="4-a"] input[value="not-yet"]').check()
    page.locator("#notes-2\\.1-a").fill('Waiting room redesign, "phase 2"')
    page.locator("#audit-organisation").fill("Example Wellbeing Service")
    page.locator("#pledge-1-what").fill("Record ethnicity for everyone, including outcomes")
    page.locator("#pledge-1-who").fill("Service manager")
    page.locator("#pledge-1-when").fill("2027-03-31")
    page.locator("#pledge-1-measure").fill("Quarterly report shows 95% recorded")
    page.locator("#pledge-2-what").fill("=Mental health first aid for reception staff")


def check_answers(page: Page) -> None:
    assert page.locator('fieldset[data-id="1.1-a"] input[value="in-place"]').is_checked()
    assert page.locator('fieldset[data-id="2.1-a"] input[value="partly"]').is_checked()
    assert page.locator('fieldset[data-id="4-a"] input[value="not-yet"]').is_checked()
    assert page.locator("#notes-2\\.1-a").input_value() == 'Waiting room redesign, "phase 2"'
    assert page.locator("#pledge-1-who").input_value() == "Service manager"
    assert page.locator("#pledge-1-when").input_value() == "2027-03-31"
    row = page.locator('.audit-summary tr[data-area="1"]')
    assert row.locator('[data-count="in-place"]').inner_text() == "1"


@pytest.mark.slow
def test_self_audit_keeps_exports_imports_and_prints_the_plan(
    browser: Browser, base_url: str, tmp_path: Path
) -> None:
    context = new_context(browser, viewport=DESKTOP)
    page = context.new_page()
    outside: list[str] = []
    guard(page, outside)
    page.goto(base_url + "toolkit/self-audit/", wait_until="networkidle")
    answer(page)
    page.reload(wait_until="networkidle")
    check_answers(page)  # kept in this browser

    with page.expect_download() as json_download:
        page.get_by_role("button", name="Export (JSON, to load next year)").click()
    saved = tmp_path / "audit.json"
    json_download.value.save_as(saved)
    state = json.loads(saved.read_text())
    assert state["answers"]["1.1-a"] == {"answer": "in-place", "notes": ""}
    assert state["answers"]["2.1-a"]["notes"] == 'Waiting room redesign, "phase 2"'
    assert state["pledges"][0]["measure"] == "Quarterly report shows 95% recorded"

    with page.expect_download() as csv_download:
        page.get_by_role("button", name="Export for spreadsheets (CSV)").click()
    rows = list(csv.reader(io.StringIO(Path(csv_download.value.path()).read_text())))
    by_id = {row[2]: row for row in rows[1:]}
    assert by_id["2.1-a"][4] == "Partly" and by_id["2.1-a"][5] == 'Waiting room redesign, "phase 2"'
    assert by_id["pledge-1"][6:9] == [
        "Service manager",
        "2027-03-31",
        "Quarterly report shows 95% recorded",
    ]
    assert by_id["pledge-2"][3].startswith("'=")  # no spreadsheet formula injection

    # The print view holds the plan, not the statements.
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name="Print the action plan").click()
    page.emulate_media(media="print")
    assert page.locator("#pledge-1-what").is_visible()
    assert page.locator(".audit-summary").is_visible()
    assert not page.locator("#area-1").is_visible()
    plan = tmp_path / "plan.pdf"
    page.pdf(path=str(plan), format="A4")
    info = subprocess.run(["pdfinfo", str(plan)], capture_output=True, text=True, check=True)
    assert int(info.stdout.split("Pages:")[1].split()[0]) <= 2, (
        "the action plan prints on 1-2 pages"
    )
    assert outside == []
    context.close()

    # A cleared browser (a new profile): import the file and get the same state.
    fresh = new_context(browser, viewport=DESKTOP)
    page = fresh.new_page()
    page.goto(base_url + "toolkit/self-audit/", wait_until="networkidle")
    assert not page.locator('fieldset[data-id="1.1-a"] input[value="in-place"]').is_checked()
    page.locator('input[data-action="import"]').set_input_files(str(saved))
    page.wait_for_function("document.querySelector('.audit-status').textContent.includes('Loaded')")
    check_answers(page)
    assert (
        page.locator("#pledge-2-what").input_value()
        == "=Mental health first aid for reception staff"
    )
    fresh.close()


@pytest.mark.slow
def test_without_javascript_the_statements_are_a_printable_checklist(
    browser: Browser, base_url: str
) -> None:
    context = new_context(browser, viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "toolkit/self-audit/")
    audit, _ = load_audit(ROOT / "docs")
    assert audit is not None
    assert page.locator(".audit-statement").count() == len(audit.statements)
    assert page.locator('input[type="radio"][value="n-a"]').count() == len(audit.statements)
    assert not page.locator(".audit-tools").is_visible()
    assert page.get_by_text("print this page and fill it in on paper").is_visible()
    page.emulate_media(media="print")
    assert page.locator("#area-8").is_visible() and page.locator("#pledge-3-what").is_visible()
    context.close()
