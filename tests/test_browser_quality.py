"""Search-engine links and the field reference in a real browser: hreflang alternates that
Material's script leaves alone (no sitemap.xml request, no failed request), and the field
reference passing axe at 360 px."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from browser import PHONE, check_page, guard, new_context

pytestmark = pytest.mark.slow

LANGUAGES = ("en", "ar", "bn", "es", "fa", "ku", "pt", "so", "ti", "tr")


@pytest.mark.parametrize("path", ["", "help/talk/", "ar/services/samaritans/"])
def test_hreflang_alternates_fetch_no_sitemap(browser: Browser, base_url: str, path: str) -> None:
    context = new_context(browser, viewport=PHONE)
    page = context.new_page()
    finished: list[Any] = []
    failed: list[str] = []
    page.on("requestfinished", lambda r: finished.append(r))  # noqa: PLW0108 - not a builtin
    page.on("requestfailed", lambda request: failed.append(request.url))
    guard(page, failed)
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    page.goto(base_url + path, wait_until="networkidle")
    alternates = page.eval_on_selector_all(
        'head link[rel~="alternate"][hreflang]',
        "links => links.map(l => [l.hreflang, l.getAttribute('href')])",
    )
    plain = path.removeprefix("ar/")
    hreflangs = dict(alternates)
    assert sorted(hreflangs) == sorted([*LANGUAGES, "x-default"])
    assert all(href.startswith("https://") for href in hreflangs.values())
    assert hreflangs["ar"].endswith("/ar/" + plain) and hreflangs["x-default"] == hreflangs["en"]
    # Material's script fetches <href>/../sitemap.xml for every link[rel=alternate]: none here.
    assert page.locator("link[rel=alternate]").count() == 0
    urls = [request.url for request in finished]
    assert not [u for u in urls if "sitemap" in u], urls
    assert failed == []
    context.close()


def test_field_reference_passes_axe_at_360_px(page: Page, base_url: str) -> None:
    check_page(page, base_url + "contributing/fields/")
    assert page.locator("dl.guide-fields dt").count() > 40
    # Nothing on the page scrolls sideways (axe's scrollable-region-focusable had a case).
    scrollers = page.evaluate(
        """() => [...document.querySelectorAll('article *')].filter(e => {
            const style = getComputedStyle(e);
            return e.scrollWidth > e.clientWidth + 1 && /auto|scroll/.test(style.overflowX);
        }).map(e => e.tagName + '.' + e.className)"""
    )
    assert scrollers == []
