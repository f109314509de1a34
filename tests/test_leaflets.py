"""Printable leaflets: real PDFs printed by Chromium, read back with poppler and zbar."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page

from guide.leaflets.pdf import render_leaflets, time_printing
from guide.leaflets.theme import copy_assets

from browser import check_page
from conftest import ROOT, build, fixture_project

LANGUAGES = ("en", "es", "pt", "tr", "ku", "so", "bn", "ar", "fa", "ti")
SITE_URL = "https://islington-guide.example.org/"


def prefix(code: str) -> str:
    return "" if code == "en" else f"{code}/"


def pages_of(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)
    assert found, info.stdout
    return int(found.group(1))


def text_of(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def qr_of(pdf: Path, tmp_path: Path) -> str:
    image = tmp_path / pdf.stem
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(image)], check=True
    )
    found = subprocess.run(
        ["zbarimg", "--quiet", "--raw", f"{image}.png"], capture_output=True, text=True, check=False
    )
    return found.stdout.strip()


def expected_pdfs(site: Path) -> list[Path]:
    services = sorted(p.stem for p in (ROOT / "services").glob("*.md"))
    categories = [c["id"] for c in yaml.safe_load((ROOT / "services/categories.yaml").read_text())]
    found = []
    for code in LANGUAGES:
        base = site / prefix(code) / "leaflets"
        found.append(base / "overview" / f"where-to-go-for-help-{code}.pdf")
        found += [base / "help" / c / f"{c}-{code}.pdf" for c in categories]
        found += [base / "services" / s / f"{s}-{code}.pdf" for s in services]
    return found


def test_every_leaflet_pdf_exists_and_is_one_tagged_page(shipped_site: Path) -> None:
    expected = expected_pdfs(shipped_site)
    assert len(expected) == 10 * (1 + 11 + 47)  # overview, categories, services
    missing = [str(p) for p in expected if not p.is_file()]
    assert not missing, missing[:10]
    longer = [f"{p.relative_to(shipped_site)}: {n}" for p in expected if (n := pages_of(p)) != 1]
    assert not longer, longer
    info = subprocess.run(
        ["pdfinfo", str(expected[0])], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"^Tagged:\s+yes", info, re.M), info
    assert re.search(r"Page size:\s+59[45]\.\d* x 841\.\d* pts \(A4\)", info), info


def translated_name(code: str, listing: str) -> str:
    if code == "en":
        return str(
            yaml.safe_load((ROOT / f"services/{listing}.md").read_text().split("---\n")[1])["name"]
        )
    text = (ROOT / f"translations/{code}/services/{listing}.md").read_text(encoding="utf-8")
    return str(yaml.safe_load(text.split("---\n")[1])["name"]).split(" (")[0]


@pytest.mark.parametrize("code", LANGUAGES)
def test_leaflet_text_extracts_in_each_language(shipped_site: Path, code: str) -> None:
    pdf = shipped_site / prefix(code) / "leaflets/services/samaritans" / f"samaritans-{code}.pdf"
    text = text_of(pdf)
    words = translated_name(code, "samaritans").split()
    assert all(word in text for word in words), (words, text[:400])
    # The phone number reads in order, also inside right-to-left text.
    assert "116 123" in text
    carers = shipped_site / prefix(code) / "leaflets/services/islington-carers-hub"
    text = text_of(carers / f"islington-carers-hub-{code}.pdf")
    assert translated_name(code, "islington-carers-hub").split()[0] in text
    assert "020 7281 6018" in text


@pytest.mark.parametrize("code", ["en", "ar", "bn", "ti"])
def test_leaflet_qr_code_opens_the_same_page_in_the_same_language(
    shipped_site: Path, tmp_path: Path, code: str
) -> None:
    service = shipped_site / prefix(code) / "leaflets/services/icope" / f"icope-{code}.pdf"
    assert qr_of(service, tmp_path) == f"{SITE_URL}{prefix(code)}services/icope/"
    category = shipped_site / prefix(code) / "leaflets/help/talk" / f"talk-{code}.pdf"
    assert qr_of(category, tmp_path) == f"{SITE_URL}{prefix(code)}help/talk/"


def test_category_leaflet_lists_its_services_with_phones(shipped_site: Path) -> None:
    text = text_of(shipped_site / "leaflets/help/help-now/help-now-en.pdf")
    assert "Samaritans" in text and "116 123" in text
    overview = text_of(shipped_site / "leaflets/overview/where-to-go-for-help-en.pdf")
    assert "Where to go for help" in overview and "Islington Mind" in overview


def cache_files(project: Path) -> set[str]:
    return {p.name for p in (project / ".cache/leaflets").glob("*.pdf")}


@pytest.mark.slow
def test_pdfs_are_printed_only_when_their_content_changes(tmp_path: Path) -> None:
    project = fixture_project(tmp_path)
    first = build(project, project / "site", pdfs=True)
    assert first.returncode == 0, first.stderr
    assert "leaflet PDFs: 4 printed, 0 unchanged" in first.stderr
    before = cache_files(project)
    assert len(before) == 4
    # A week later, nothing changed: no PDF is printed again. The leaflet page shows the
    # new day; the PDF keeps the day it was really printed.
    again = build(project, project / "site", pdfs=True, today="2026-12-06")
    assert "leaflet PDFs: 0 printed, 4 unchanged" in again.stderr, again.stderr
    leaflet = project / "site/leaflets/services/listening-line"
    assert "Printed on 6 December 2026." in (leaflet / "index.html").read_text()
    assert "Printed on 29 November 2026." in text_of(leaflet / "listening-line-en.pdf")
    listing = project / "services/quiet-group.md"
    listing.write_text(listing.read_text().replace("A small group", "A small, friendly group"))
    changed = build(project, project / "site", pdfs=True)
    # Its own leaflet and its category's; not the other listing's, and not the overview (it
    # lists the services you can phone, and this one has no phone).
    assert "leaflet PDFs: 2 printed, 2 unchanged" in changed.stderr, changed.stderr
    assert len(cache_files(project) - before) == 2
    for pdf in (project / "site/leaflets").rglob("*.pdf"):
        assert pages_of(pdf) == 1


def tiny_site(site: Path, paragraphs: dict[str, int]) -> None:
    """Leaflet pages of ``paragraphs[name]`` paragraphs each, with the real stylesheet."""
    copy_assets(site)
    words = "<p>" + "Call the listening line any day to talk about how you feel. " * 4 + "</p>"
    for name, count in paragraphs.items():
        page = site / "leaflets" / name / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title>'
            '<link rel="stylesheet" href="../../assets/leaflet.css"></head>'
            f'<body class="leaflet-body"><main><article class="leaflet" data-pdf="{name}.pdf">'
            f"<h1>{name}</h1>{words * count}</article></main></body></html>",
            encoding="utf-8",
        )


def test_each_leaflet_gets_the_largest_text_that_fits_one_page(tmp_path: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    tiny_site(site, {"short": 1, "long": 22, "too-long": 60})
    pdf = {name: site / "leaflets" / name / f"{name}.pdf" for name in ("short", "long", "too-long")}
    first = render_leaflets(site, cache, workers=2)
    assert sorted(first.rendered) == sorted(pdf.values())
    # Measured once in the page, the size is the one that prints on one page.
    assert first.sizes[pdf["short"]] == "grow-2"
    assert first.sizes[pdf["long"]].startswith("fit-")
    assert pages_of(pdf["short"]) == pages_of(pdf["long"]) == 1
    assert first.too_long == [pdf["too-long"]]
    assert pages_of(pdf["too-long"]) == 2
    again = render_leaflets(site, cache, workers=2)
    assert (len(again.rendered), len(again.cached)) == (0, 3)
    # The bench's timing prints again, from the same pages, without touching the site.
    before = sorted(site.rglob("*"))
    timed = time_printing(site, 5, workers=2)
    assert len(timed.rendered) == 5
    assert timed.seconds > 0
    assert sorted(site.rglob("*")) == before


@pytest.mark.slow
@pytest.mark.parametrize(
    "path",
    [
        "leaflets/",
        "ar/leaflets/",
        "leaflets/services/samaritans/",
        "ar/leaflets/services/samaritans/",
        "bn/leaflets/help/talk/",
        "ti/leaflets/overview/",
    ],
)
def test_leaflet_pages_are_accessible(page: Page, base_url: str, path: str) -> None:
    check_page(page, base_url + path)  # nothing wider than the phone, in RTL pages too
    # Every Download PDF link leads to a file that exists.
    for href in page.locator("a[download]").evaluate_all("links => links.map(a => a.href)")[:5]:
        assert page.request.get(href).ok, href


@pytest.mark.slow
def test_service_page_links_to_its_leaflet_and_prints_cleanly(page: Page, base_url: str) -> None:
    page.goto(base_url + "ar/services/samaritans/", wait_until="networkidle")
    page.locator(".guide-print-leaflet a").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/ar/leaflets/services/samaritans/")
    assert page.locator(".leaflet-print").is_visible()  # the Print button, with JavaScript
    page.goto(base_url + "services/samaritans/", wait_until="networkidle")
    page.emulate_media(media="print")
    for hidden in (
        ".md-header",
        ".guide-topbar",
        ".guide-report",
        ".guide-languages",
        ".md-search",
    ):
        for element in page.locator(hidden).all():
            assert not element.is_visible(), hidden
    after = page.locator('.guide-service p a[href^="http"]').first.evaluate(
        "a => getComputedStyle(a, '::after').content"
    )
    assert "http" in after  # link addresses are printed
    assert page.locator("#need-help-now").is_visible()
