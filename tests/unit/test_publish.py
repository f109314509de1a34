"""Publishing: placeholders a release build refuses, small per-language sitemaps, robots.txt,
mkdocs.yml's !ENV settings."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from guide.adapters.settings import SettingsError, site_for_build, site_settings
from guide.model.languages import Language
from guide.site import publish, routes

REAL = routes.Site(
    report_url="https://github.com/islington-council/guide/issues/new",
    exit_url="https://www.bbc.co.uk/weather",
    url="https://mentalhealth.islington.gov.uk/guide/",
)


@pytest.mark.parametrize(
    ("url", "report", "names"),
    [
        ("https://islington-guide.example.org/", REAL.report_url, ["site_url"]),
        ("http://localhost:8000/", REAL.report_url, ["site_url"]),
        (REAL.url, "https://github.com/example/islington-guide/issues/new", ["report_url"]),
        (REAL.url, "", ["report_url"]),
        ("https://guide.example.com/", "", ["site_url", "report_url"]),
    ],
)
def test_placeholders_name_each_setting_and_its_fix(
    url: str, report: str, names: list[str]
) -> None:
    problems = publish.placeholders(routes.Site(report, "", url))
    assert [p.split(" ")[0] for p in problems] == names
    assert all("GUIDE_" in p and "mkdocs.yml" in p for p in problems)


def test_real_settings_are_not_placeholders() -> None:
    assert publish.placeholders(REAL) == []


def test_release_builds_refuse_placeholders(monkeypatch: pytest.MonkeyPatch) -> None:
    guide = {"report_url": REAL.report_url}
    monkeypatch.delenv("GUIDE_RELEASE", raising=False)
    assert site_for_build("https://x.example.org/", guide).url == "https://x.example.org/"
    monkeypatch.setenv("GUIDE_RELEASE", "1")
    with pytest.raises(SettingsError, match=re.escape("site_url is https://x.example.org/")):
        site_for_build("https://x.example.org/", guide)
    assert site_for_build(REAL.url, guide).url == REAL.url


def test_settings_come_from_the_environment_through_mkdocs_yml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mkdocs.yml").write_text(
        'site_url: !ENV [GUIDE_SITE_URL, "https://guide.example.org/"]\n'
        "plugins:\n  - guide:\n"
        '      report_url: !ENV [GUIDE_REPORT_URL, "https://github.com/example/g/issues/new"]\n'
        '      report_email: !ENV [GUIDE_REPORT_EMAIL, ""]\n'
    )
    for name in ("GUIDE_SITE_URL", "GUIDE_REPORT_URL", "GUIDE_REPORT_EMAIL"):
        monkeypatch.delenv(name, raising=False)
    assert site_settings(tmp_path).url == "https://guide.example.org/"
    assert site_settings(tmp_path).report_email == ""
    monkeypatch.setenv("GUIDE_SITE_URL", REAL.url)
    monkeypatch.setenv("GUIDE_REPORT_EMAIL", "guide@islington.gov.uk")
    settings = site_settings(tmp_path)
    assert (settings.url, settings.report_email) == (REAL.url, "guide@islington.gov.uk")
    assert settings.report_url == "https://github.com/example/g/issues/new"


def test_sitemaps_are_one_small_file_per_language(tmp_path: Path) -> None:
    base = REAL.url
    locs = ["", "services/a/", "not-found/", "ar/", "ar/services/a/", "ar/not-found/"]
    for loc in [*locs, "assets/x/"]:
        (tmp_path / loc).mkdir(parents=True, exist_ok=True)
        (tmp_path / loc / "index.html").write_text("<!doctype html>")
    (tmp_path / "sitemap.xml").write_text("MkDocs' sitemap")
    (tmp_path / "ar/sitemap.xml").write_text("MkDocs' copy in each language")
    today = dt.date(2026, 11, 29)
    sizes = publish.write_sitemaps(tmp_path, base, [Language("en"), Language("ar")], today)
    assert sizes == {"en": 2, "ar": 2}  # the "page not found" pages are left out
    assert not (tmp_path / "ar/sitemap.xml").exists()
    arabic = (tmp_path / "sitemap-ar.xml").read_text()
    assert f"<loc>{base}ar/services/a/</loc><lastmod>2026-11-29</lastmod>" in arabic
    assert f"<loc>{base}services/a/" not in arabic
    index = (tmp_path / "sitemap.xml").read_text()
    assert f"<loc>{base}sitemap-en.xml</loc>" in index and f"<loc>{base}sitemap-ar.xml" in index
    publish.write_robots(tmp_path, base)
    assert f"Sitemap: {base}sitemap.xml" in (tmp_path / "robots.txt").read_text()
