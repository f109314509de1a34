"""Publishing: a release build refuses placeholder settings and leaves site/ as it was; with
real settings every address (QR codes, sitemaps, robots.txt, 404 pages, the report email) is
made from them; a missing address shows "page not found" in its language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from browser import PHONE, guard, new_context
from conftest import fixture_project
from projects import make_project

SETTINGS = {
    "GUIDE_SITE_URL": "https://mentalhealth.islington.gov.uk/guide/",
    "GUIDE_REPORT_URL": "https://github.com/islington-council/guide/issues/new",
    "GUIDE_REPORT_EMAIL": "guide@islington.gov.uk",
}


def release(project: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in SETTINGS and k != "GUIDE_PDFS"}
    return subprocess.run(
        [sys.executable, "-m", "guide", "--root", str(project), "build", "--release"],
        capture_output=True,
        text=True,
        check=False,
        env={**clean, "GUIDE_PDFS": "0", **env},
    )


def test_release_build_refuses_placeholders_and_keeps_the_site(tmp_path: Path) -> None:
    project = fixture_project(tmp_path)
    (project / "site").mkdir()
    (project / "site/index.html").write_text("the last good site")
    result = release(project)
    assert result.returncode == 1
    assert "site_url is https://fixture.example.org/, a placeholder" in result.stderr
    assert "mkdocs.yml:2: site_url is" in result.stderr  # the file and line to change
    assert "GUIDE_SITE_URL" in result.stderr and "report_url is empty" in result.stderr
    assert "mkdocs.yml" in result.stderr and "Traceback" not in result.stderr
    assert (project / "site/index.html").read_text() == "the last good site"
    assert not list(project.glob(".site-*"))
    # `mkdocs build` itself refuses too, in a release build.
    plain = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(tmp_path / "out")],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "GUIDE_RELEASE": "1", "GUIDE_PDFS": "0", "NO_MKDOCS_2_WARNING": "1"},
    )
    assert plain.returncode != 0 and "site_url is https://fixture.example.org/" in plain.stderr
    assert "Traceback" not in plain.stderr


def test_release_build_makes_every_address_from_the_settings(tmp_path: Path) -> None:
    project = make_project(tmp_path)  # English, Arabic and Bengali
    config = (project / "mkdocs.yml").read_text()
    config = config.replace(
        "site_url: https://fixture.example.org/", "site_url: !ENV GUIDE_SITE_URL"
    )
    config = config.replace(
        "  - guide\n",
        "  - guide:\n      report_url: !ENV GUIDE_REPORT_URL\n"
        "      report_email: !ENV GUIDE_REPORT_EMAIL\n",
    )
    (project / "mkdocs.yml").write_text(config)
    result = release(project, **SETTINGS)
    assert result.returncode == 0, result.stderr
    site, url = project / "site", SETTINGS["GUIDE_SITE_URL"]
    assert f"Sitemap: {url}sitemap.xml" in (site / "robots.txt").read_text()
    index = (site / "sitemap.xml").read_text()
    assert all(f"<loc>{url}sitemap-{code}.xml</loc>" in index for code in ("en", "ar", "bn"))
    arabic = (site / "sitemap-ar.xml").read_text()
    assert f"<loc>{url}ar/services/listening-line/</loc>" in arabic
    assert "not-found" not in arabic and f"<loc>{url}services/" not in arabic
    assert len(arabic) < 20_000 and not (site / "ar/sitemap.xml").exists()
    # A "page not found" page in each language, anchored to where it was built.
    assert '<base href="/guide/not-found/">' in (site / "404.html").read_text()
    arabic_404 = (site / "ar/404.html").read_text()
    assert (
        '<base href="/guide/ar/not-found/">' in arabic_404 and '"base": "/guide/ar"' in arabic_404
    )
    # Leaflets' QR codes and the service page's report routes.
    leaflet = (site / "ar/leaflets/services/listening-line/index.html").read_text()
    assert f"{url}ar/services/listening-line/" in leaflet
    service = (site / "services/listening-line/index.html").read_text()
    assert (
        'href="https://github.com/islington-council/guide/issues/new?title=Problem%20with'
        in service
    )
    assert "mailto:guide@islington.gov.uk?subject=Problem%20with%20Listening%20Line" in service
    assert "body=https%3A//mentalhealth.islington.gov.uk/guide/services/listening-line/" in service
    assert "fixture.example.org" not in leaflet + service  # the placeholder site_url


def test_no_report_email_no_email_link(tmp_path: Path) -> None:
    project = fixture_project(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "guide", "--root", str(project), "build"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "GUIDE_PDFS": "0"},
    )
    assert result.returncode == 0, result.stderr
    assert "mailto:" not in (project / "site/services/listening-line/index.html").read_text()


@pytest.mark.parametrize(
    ("path", "heading", "lands_on"),
    [
        ("no-such-page/", "Page not found", "no-such-page/"),
        ("ar/services/gone/", "لم نجد الصفحة", "ar/404.html"),
    ],
)
def test_missing_address_shows_not_found_in_its_language(
    browser: Browser, base_url: str, path: str, heading: str, lands_on: str
) -> None:
    """As on GitHub Pages, the server answers any missing address with the root 404.html;
    an address under /ar/ goes on to the Arabic page. Both are styled, have the crisis box
    and a way home, and make no request that fails besides the missing page itself."""
    context = new_context(browser, viewport=PHONE)
    page = context.new_page()
    failed: list[str] = []
    guard(page, failed)
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    page.goto(base_url + path, wait_until="networkidle")
    assert page.locator("h1").first.inner_text() == heading
    assert page.url == base_url + lands_on
    assert page.locator(".guide-crisis a[href^='tel:']").count() >= 1
    assert page.locator("main a[href$='../']").count() >= 1  # home
    header = "getComputedStyle(document.querySelector('.md-header')).position"
    assert page.evaluate(header) == "sticky"  # the stylesheet loaded
    assert [u for u in failed if not u.endswith(path)] == [], failed
    context.close()


def test_first_phone_screen_shows_help_in_every_language(browser: Browser, base_url: str) -> None:
    """At 360 x 740 the home page's first screen holds the whole "I need help now" tile, in
    every language the guide is built in."""
    context = new_context(browser, viewport={"width": 360, "height": 740})
    page = context.new_page()
    codes = ["", "ar/", "bn/", "es/", "fa/", "ku/", "pt/", "so/", "ti/", "tr/"]
    low = {}
    for prefix in codes:
        page.goto(base_url + prefix, wait_until="networkidle")
        tile = page.locator(".guide-tile--help-now")
        low[prefix or "en"] = tile.bounding_box()["y"] + tile.bounding_box()["height"]  # type: ignore[index]
    assert all(bottom <= 740 for bottom in low.values()), low
    context.close()
