"""The shipped guide in other languages, in a real browser: axe-core at phone width,
right-to-left layout, fonts for every script, and search in the reader's own language."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import Page

from browser import PAGES, check_page, guard
from conftest import ROOT

pytestmark = pytest.mark.slow

DIRECTION = {"en": "ltr", "ar": "rtl", "fa": "rtl", "bn": "ltr", "ti": "ltr"}
#: A font named in guide.css for each script, and a word in that script.
SCRIPTS = {
    "Noto Naskh Arabic": "العربية",
    "Noto Sans Bengali": "বাংলা",
    "Noto Sans Ethiopic": "ትግርኛ",
}


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("code", DIRECTION)
def test_language_pages_are_accessible_at_phone_width(
    page: Page, base_url: str, code: str, name: str
) -> None:
    prefix = "" if code == "en" else f"{code}/"
    check_page(page, base_url + prefix + PAGES[name])
    assert page.evaluate("document.documentElement.lang") == code
    assert page.evaluate("document.documentElement.dir") == DIRECTION[code]
    assert page.locator("#need-help-now").count() == 1


def test_right_to_left_layout_is_mirrored(page: Page, base_url: str) -> None:
    page.goto(base_url + "ar/services/samaritans/", wait_until="networkidle")
    # The back arrow points right in Arabic.
    transform = page.locator(".guide-back .guide-icon").evaluate(
        "e => getComputedStyle(e).transform"
    )
    assert transform.startswith("matrix(-1"), transform
    # The crisis box's coloured edge is on the right, where Arabic lines start.
    crisis = page.locator("#need-help-now")
    assert crisis.evaluate("e => getComputedStyle(e).direction") == "rtl"
    # The phone number is isolated and reads left to right.
    call = page.locator(".guide-call bdi").first
    assert call.evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert call.inner_text() == "116 123"


def test_fonts_for_every_script_are_on_the_machine(page: Page, base_url: str) -> None:
    page.goto(base_url, wait_until="networkidle")
    for font, sample in SCRIPTS.items():
        assert page.evaluate(
            "([font, text]) => document.fonts.check(`16px '${font}'`, text)", [font, sample]
        ), f"{font} is missing: install fonts-noto-core"
    css = (ROOT / "docs/assets/guide.css").read_text(encoding="utf-8")
    for font in SCRIPTS:
        assert f'"{font}"' in css


def translated_name(code: str, listing: str) -> str:
    text = (ROOT / f"translations/{code}/services/{listing}.md").read_text(encoding="utf-8")
    name = yaml.safe_load(text.split("---\n")[1])["name"]
    return str(name).split(" (")[0]


@pytest.mark.parametrize("code", ["bn", "ar", "ti"])
def test_search_in_the_readers_language(page: Page, base_url: str, code: str) -> None:
    word = translated_name(code, "samaritans").split()[0]
    outside: list[str] = []
    guard(page, outside)
    page.goto(f"{base_url}{code}/", wait_until="networkidle")
    page.locator('label.md-header__button[for="__search"]').click()
    # fill(): typing key by key does not enter Bengali, Arabic or Ethiopic characters.
    page.locator(".md-search__input").fill(word)
    page.locator(".md-search__input").press("End")
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    links = page.locator(".md-search-result__link").evaluate_all("links => links.map(a => a.href)")
    assert links, f"no results for {word!r}"
    assert all(f"/{code}/" in link for link in links), links
    paths = [urlsplit(link).path for link in links]
    assert f"/{code}/services/samaritans/" in paths, links
    assert outside == []


WIDE_CHECK = [
    "help/women/",
    "services/kmewo/",
    "explainers/interpreters/",
    "about/",
    "leaflets/",
    "leaflets/overview/",
    "contributing/",
    "contributing/translation-status/",
    "toolkit/",
    "toolkit/self-audit/",
    "toolkit/coverage/",
]


@pytest.mark.parametrize("code", ["ar", "fa", "ti"])
def test_no_sideways_scrolling_at_phone_width(page: Page, base_url: str, code: str) -> None:
    wide = []
    for path in WIDE_CHECK:
        page.goto(f"{base_url}{code}/{path}", wait_until="load")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > page.viewport_size["width"] + 1:  # type: ignore[index]
            wide.append(f"{code}/{path}: {width}px")
    assert not wide, wide


#: One page of every type, read in the right-to-left languages.
RTL_PAGES = [
    "",
    "help/talk/",
    "services/nafsiyat/",
    "services/maya-centre/",
    "services/lawrs/",
    "services/nhs-111-mental-health/",
    "explainers/link-workers/",
    "about/",
    "leaflets/",
    "leaflets/services/maya-centre/",
    "leaflets/overview/",
    "toolkit/coverage/",
    "contributing/translation-status/",
]
#: For every isolate (<bdi>): no word is cut at its edges, and, when its text is on one line,
#: it reads in its own direction (its first letter is left of its last in a left-to-right run).
ISOLATES = """() => {
  const letter = /[\\p{L}\\p{M}\\p{N}]/u;
  const problems = [];
  const edge = (node, last) => {
    while (node && !node.textContent) node = last ? node.previousSibling : node.nextSibling;
    if (!node) return "";
    const text = node.textContent;
    return last ? text.slice(-1) : text.slice(0, 1);
  };
  for (const bdi of document.querySelectorAll("main bdi, .guide-crisis bdi, article bdi")) {
    const text = bdi.textContent;
    if (!text.trim()) continue;
    const before = edge(bdi.previousSibling, true), after = edge(bdi.nextSibling, false);
    if (letter.test(text.slice(0, 1)) && letter.test(before))
      problems.push(`cut before: …${before}|${text.slice(0, 20)}`);
    if (letter.test(text.slice(-1)) && letter.test(after))
      problems.push(`cut after: ${text.slice(-20)}|${after}…`);
    const gap = bdi.nextSibling, next = gap && gap.nextSibling;
    if (gap && gap.nodeType === 3 && !gap.textContent.trim() && next && next.nodeName === "BDI"
        && letter.test(text.slice(-1)))
      problems.push(`one phrase in two isolates: ${text.slice(-20)}|${next.textContent}`);
    const ltr = getComputedStyle(bdi).direction === "ltr";
    const walker = document.createTreeWalker(bdi, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode())
      if (walker.currentNode.textContent.trim()) nodes.push(walker.currentNode);
    if (!ltr || nodes.length === 0) continue;
    const first = document.createRange(), last = document.createRange();
    const a = nodes[0], z = nodes[nodes.length - 1];
    const start = a.textContent.search(/\\S/), end = z.textContent.trimEnd().length - 1;
    first.setStart(a, start); first.setEnd(a, start + 1);
    last.setStart(z, end); last.setEnd(z, end + 1);
    const f = first.getBoundingClientRect(), l = last.getBoundingClientRect();
    if (f.width && l.width && Math.abs(f.top - l.top) < 2 && f.left > l.left)
      problems.push(`reversed: ${text.slice(0, 40)}`);
  }
  return problems;
}"""


@pytest.mark.parametrize("path", RTL_PAGES)
@pytest.mark.parametrize("code", ["ar", "fa"])
def test_isolated_runs_read_in_order_and_never_cut_a_word(
    page: Page, base_url: str, code: str, path: str
) -> None:
    page.goto(f"{base_url}{code}/{path}", wait_until="networkidle")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate(ISOLATES) == []
    # Names of languages inside another language's text carry their own language.
    if path == "services/maya-centre/":
        assert "Türkçe" in page.locator('main span[lang="tr"][dir="ltr"]').all_inner_texts()
    if path == "services/lawrs/":
        assert "español" in [
            t.lower() for t in page.locator('main span[lang="es"]').all_inner_texts()
        ]


@pytest.mark.parametrize("code", ["ar", "so"])
def test_review_page_is_accessible_and_prints(
    page: Page, base_url: str, code: str, tmp_path: Path
) -> None:
    check_page(page, f"{base_url}contributing/review/{code}/")
    assert page.locator(f'td[lang="{code}"]').count() > 300  # messages, listings and pages
    page.emulate_media(media="print")
    pdf = tmp_path / "review.pdf"
    page.pdf(path=str(pdf), format="A4")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    assert 5 < pages < 200
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "How to approve a translation" in text and "guide translations review" in text
