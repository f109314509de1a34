"""Real builds: a small fixture site in a temporary folder, `guide build`'s atomic swap, and
the shipped guide."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, build, fixture_project


def test_fixture_site_builds_expected_pages(tmp_path: Path) -> None:
    project = fixture_project(tmp_path)
    result = build(project, project / "site")
    assert result.returncode == 0, result.stderr
    pages = sorted(
        str(p.relative_to(project / "site")) for p in (project / "site").rglob("index.html")
    )
    assert pages == [
        "contributing/fields/index.html",
        "explainers/first-appointment/index.html",
        "explainers/interpreters/index.html",
        "help/talk/index.html",
        "index.html",
        "leaflets/help/talk/index.html",
        "leaflets/index.html",
        "leaflets/overview/index.html",
        "leaflets/services/listening-line/index.html",
        "leaflets/services/quiet-group/index.html",
        "not-found/index.html",  # copied to 404.html
        "services/listening-line/index.html",
        "services/quiet-group/index.html",
        "toolkit/coverage/index.html",
    ]
    service = (project / "site/services/listening-line/index.html").read_text()
    assert 'href="tel:+442079460000"' in service
    assert "020 7946 0000" in service
    assert "Monday \u2013 Friday" in service and "09:00 \u2013 17:00" in service
    # How each fact was checked: the phone was confirmed by the service; the rest is from its
    # website (2025), a stored copy.
    assert "Some details were confirmed with the service on 20 November 2026." in service
    assert "From the service&#39;s website (2025), read on 1 November 2026." in service
    assert "We read a stored copy of the page." in service
    assert "Confirmed with the service by phone on 20 November 2026." in service
    assert "Islington guide editors" not in service and "Last checked on" not in service
    # No report route is set in the fixture: no report link (tests/test_publishing.py sets one).
    assert "Report a problem with this page" not in service
    assert 'id="need-help-now"' in service and 'href="tel:116123"' in service
    assert "Exit this page" in service
    # Its website address comes from a news report of October 2022, over three years old: the
    # banner shows without JavaScript, with the year, and the page says it is not confirmed.
    stale = (project / "site/services/quiet-group/index.html").read_text()
    assert 'class="guide-notice guide-notice--warning guide-stale" role="note"' in stale
    assert 'data-next-check="2025-10-31">' in stale, "stale banner must not be hidden"
    assert "Some of these details are from 2022." in stale
    assert "<strong>Not yet confirmed with the service.</strong>" in stale
    assert "From another organisation or a news report (2022), read on 1 January 2024." in stale
    # A directory page that shows no date but can be dated: "about 2019", and it is old.
    assert "Source: Fixture Council, directory of groups (about 2019)." in stale
    assert "This is from 2019. It may have changed." in stale
    fresh_banner = service.split('guide-stale"')[1].split(">")[0]
    assert "hidden" in fresh_banner
    category = (project / "site/help/talk/index.html").read_text()
    assert category.index("Listening Line") < category.index("Quiet Group")
    assert 'data-languages="en so"' in category


def test_generated_pages_are_rewritten_only_when_changed(tmp_path: Path) -> None:
    project = fixture_project(tmp_path)
    assert build(project, project / "site").returncode == 0
    page = project / "docs/services/quiet-group.md"
    first = page.stat().st_mtime_ns
    assert build(project, project / "site").returncode == 0
    assert page.stat().st_mtime_ns == first
    (project / "services/quiet-group.md").unlink()
    assert build(project, project / "site").returncode == 0
    assert not page.exists(), "a page for a deleted listing must be removed"


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def guide_build(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "guide", "--root", str(project), "build"],
        capture_output=True,
        text=True,
        check=False,
    )


def test_guide_build_is_atomic(tmp_path: Path) -> None:
    project = fixture_project(tmp_path)
    first = guide_build(project)
    assert first.returncode == 0, first.stderr
    before = tree_digest(project / "site")
    listing = project / "services/listening-line.md"
    listing.write_text(listing.read_text().replace("020 7946 0000", "020 123"))
    failed = guide_build(project)
    assert failed.returncode == 1
    assert "services/listening-line.md:18: E203 phones.0.number" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert tree_digest(project / "site") == before
    assert not list(project.glob(".site-*")), "no half-built folder is left behind"


def test_guide_build_keeps_site_when_mkdocs_fails(tmp_path: Path) -> None:
    project = fixture_project(tmp_path)
    assert guide_build(project).returncode == 0
    before = tree_digest(project / "site")
    (project / "docs/broken.md").write_text("[a link](missing-page.md)\n")
    failed = guide_build(project)
    assert failed.returncode == 1
    assert tree_digest(project / "site") == before


@pytest.mark.parametrize(
    "page",
    [
        "index.html",
        "help/talk/index.html",
        "services/samaritans/index.html",
        "explainers/link-workers/index.html",
    ],
)
def test_shipped_site_pages(shipped_site: Path, page: str) -> None:
    html = (shipped_site / page).read_text()
    assert 'id="need-help-now"' in html
    assert "Exit this page" in html
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html


def test_shipped_site_has_every_listing_and_category(shipped_site: Path) -> None:
    services = sorted(p.stem for p in (ROOT / "services").glob("*.md"))
    assert len(services) >= 18
    for service in services:
        assert (shipped_site / "services" / service / "index.html").is_file()
    home = (shipped_site / "index.html").read_text()
    for category in (
        "help-now",
        "talk",
        "activities",
        "practical",
        "not-sure",
        "my-community",
        "women",
        "lgbtq",
        "refugees",
        "carers",
    ):
        assert (shipped_site / "help" / category / "index.html").is_file()
        assert f'href="help/{category}/"' in home


SHIPPED_LANGUAGES = ("es", "pt", "tr", "ku", "so", "bn", "ar", "fa", "ti")
SCRIPT = {  # a letter range each language's text must use (Latin languages: their own words)
    "bn": "[\u0980-\u09ff]",
    "ar": "[\u0600-\u06ff]",
    "fa": "[\u0600-\u06ff]",
    "ti": "[\u1200-\u137f]",
}


def main_text(html: str) -> str:
    """The article text of a page, without tags."""
    article = html.split('<article class="md-content__inner md-typeset">')[1]
    article = article.split("</article>", maxsplit=1)[0]
    return re.sub(r"<[^>]+>", " ", article)


@pytest.mark.parametrize("code", SHIPPED_LANGUAGES)
def test_shipped_languages_home_and_listing_are_translated(shipped_site: Path, code: str) -> None:
    home = (shipped_site / code / "index.html").read_text()
    listing = (shipped_site / code / "services/samaritans/index.html").read_text()
    english_home = main_text((shipped_site / "index.html").read_text())
    for html in (home, listing):
        assert re.search(r"<html [^>]*lang=\"" + code + '"', html)
        text = main_text(html)
        if code in SCRIPT:
            assert len(re.findall(SCRIPT[code], text)) > 200, f"{code}: too little {code} text"
        else:
            assert text != english_home
        # Translations made by the guide team are drafts, and say so on the page.
        assert 'data-translation="draft"' in html
    assert "Where to go for help" not in main_text(home).split("Read this page in English")[1]
    summary = yaml.safe_load(
        (ROOT / f"translations/{code}/services/samaritans.md").read_text().split("---\n")[1]
    )["summary"]
    assert summary.split()[0] in listing
    # Facts come from the English listing.
    assert 'href="tel:116123"' in listing and '<bdi dir="ltr">116 123</bdi>' in listing


def test_translations_are_valid_and_the_template_is_current() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "guide", "--root", str(ROOT), "translations", "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for code in SHIPPED_LANGUAGES:
        row = next(line for line in result.stdout.splitlines() if line.startswith(code + " "))
        done, total = row.split()[2].split("/")
        assert done == total, f"{code}: interface words not all translated: {row}"
