"""The shipped guide in a real browser: Debian's Chromium through Playwright, axe-core,
no requests leaving 127.0.0.1, Exit this page, filters and the crisis box."""

from __future__ import annotations

import gzip
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from browser import (
    DESKTOP,
    FIRST_VISIT,
    PAGES,
    PHONE,
    axe,
    check_page,
    describe,
    guard,
    new_context,
)
from conftest import TODAY

pytestmark = pytest.mark.slow

VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
EXIT_URL = "https://www.bbc.co.uk/weather"


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("name", PAGES)
def test_page_is_accessible_private_and_has_crisis_help(
    browser: Browser, base_url: str, name: str, viewport: str
) -> None:
    context = new_context(browser, viewport=VIEWPORTS[viewport])
    page = context.new_page()
    check_page(page, base_url + PAGES[name])
    assert page.evaluate("new Date().toISOString().slice(0, 10)") == TODAY  # the test day
    assert context.cookies() == []
    crisis = page.locator("#need-help-now")
    assert crisis.count() == 1
    assert crisis.locator('a[href="tel:999"]').count() == 1
    assert crisis.locator('a[href="tel:111"]').count() == 1
    assert crisis.locator('a[href="tel:116123"]').count() == 1
    assert page.get_by_role("link", name="Exit this page").is_visible()
    context.close()


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_search_works_and_open_dialog_is_accessible(
    browser: Browser, base_url: str, viewport: str
) -> None:
    context = new_context(browser, viewport=VIEWPORTS[viewport])
    page = context.new_page()
    outside: list[str] = []
    guard(page, outside)
    page.goto(base_url, wait_until="networkidle")
    page.keyboard.press("/") if viewport == "desktop" else page.locator(
        'label.md-header__button[for="__search"]'
    ).click()
    page.locator(".md-search__input").press_sequentially("volunteers", delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    assert page.locator(".md-search-result__item").count() >= 1
    assert page.locator('.md-search[role="dialog"]').get_attribute("aria-label")
    violations = axe(page)
    assert violations == [], describe(violations)
    assert outside == []
    context.close()


def test_exit_button_replaces_the_page(page: Page, base_url: str) -> None:
    outside: list[str] = []
    guard(page, outside, allow=(EXIT_URL,))
    page.goto(base_url, wait_until="networkidle")
    page.goto(base_url + "help/talk/", wait_until="networkidle")
    page.get_by_role("link", name="Exit this page").click()
    page.wait_for_url(EXIT_URL)
    page.go_back()
    # location.replace: Back goes to the page before, not to the page that was left.
    assert page.url == base_url
    assert outside == []


def test_shift_three_times_exits(page: Page, base_url: str) -> None:
    guard(page, [], allow=(EXIT_URL,))
    page.goto(base_url + "services/samaritans/", wait_until="networkidle")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    assert page.url.endswith("services/samaritans/"), "two presses must not exit"
    page.keyboard.press("Shift")
    page.wait_for_url(EXIT_URL)


def test_shift_presses_broken_by_typing_do_not_exit(page: Page, base_url: str) -> None:
    guard(page, [], allow=(EXIT_URL,))
    page.goto(base_url + "help/talk/", wait_until="networkidle")
    for key in ("Shift", "Shift", "a", "Shift"):
        page.keyboard.press(key)
    page.wait_for_timeout(300)
    assert page.url.endswith("help/talk/")


def visible_cards(page: Page) -> list[str]:
    return page.locator(".guide-card:visible h2").all_inner_texts()


def test_filters_narrow_the_list(page: Page, base_url: str) -> None:
    guard(page, [])
    page.goto(base_url + "help/talk/", wait_until="networkidle")
    everything = visible_cards(page)
    assert len(everything) >= 5
    page.get_by_label("You can refer yourself").check()
    self_referral = visible_cards(page)
    assert 0 < len(self_referral) < len(everything)
    assert "Samaritans" in self_referral
    page.get_by_label("You can refer yourself").uncheck()
    page.get_by_label("Language spoken").select_option("so")
    somali = visible_cards(page)
    assert somali and len(somali) < len(everything)
    for card in page.locator(".guide-card:visible").all():
        assert "so" in (card.get_attribute("data-languages") or "").split()
    assert page.locator(".guide-count").inner_text().startswith(f"Showing {len(somali)} of")
    page.get_by_label("Language spoken").select_option("")
    page.get_by_label("Free", exact=True).check()
    assert all(
        card.get_attribute("data-free") == "1" for card in page.locator(".guide-card:visible").all()
    )


def test_open_now_uses_london_time(browser: Browser, base_url: str) -> None:
    # A Tuesday at 03:00 in London: only services open 24 hours are open.
    context = new_context(browser, viewport=PHONE, timezone_id="Asia/Tokyo")
    page = context.new_page()
    guard(page, [])
    page.clock.set_fixed_time("2026-11-24T03:00:00Z")
    page.goto(base_url + "help/help-now/", wait_until="networkidle")
    page.get_by_label("Open now").check()
    open_now = visible_cards(page)
    assert any("Samaritans" in name for name in open_now)
    page.goto(base_url + "services/samaritans/", wait_until="networkidle")
    assert page.locator(".guide-open-status").inner_text() == "Open now"
    context.close()


def test_filters_are_hidden_and_list_complete_without_javascript(
    browser: Browser, base_url: str
) -> None:
    context = new_context(browser, viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "help/talk/")
    assert not page.locator(".guide-filters").is_visible()
    assert page.locator(".guide-card").count() == len(page.locator(".guide-card h2").all())
    assert page.locator(".guide-card:visible").count() >= 5
    context.close()


@pytest.mark.parametrize("name", PAGES)
def test_readable_at_320_px_and_200_percent_zoom(
    browser: Browser, base_url: str, name: str
) -> None:
    # 640 px at 200% zoom is 320 CSS pixels: the same layout as a 320 px wide phone.
    context = new_context(browser, viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(base_url + PAGES[name], wait_until="networkidle")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert page.get_by_role("link", name="Exit this page").is_visible()
    targets = ".md-content a, .guide-topbar a, button, select, .guide-filters label"
    small = page.evaluate(
        """sel => [...document.querySelectorAll(sel)]
             .filter(e => e.offsetParent && getComputedStyle(e).opacity !== '0')
             .filter(e => !e.closest('p, li:not(.guide-card), td'))
             .filter(e => e.getBoundingClientRect().height < 44)
             .map(e => e.outerHTML.slice(0, 80))""",
        targets,
    )
    assert small == [], small
    context.close()


@pytest.mark.parametrize("path", FIRST_VISIT)
def test_first_visit_is_light_and_clean(browser: Browser, base_url: str, path: str) -> None:
    """A first visit fetches no sitemap, no search code or index (they wait until the reader
    opens search), fails no request and logs no error; its weight is kept under a budget."""
    context = new_context(browser, viewport=PHONE)
    page = context.new_page()
    finished: list[Any] = []
    failed: list[str] = []
    errors: list[str] = []
    page.on("requestfinished", lambda r: finished.append(r))  # noqa: PLW0108 - not a builtin
    page.on("requestfailed", lambda request: failed.append(request.url))
    guard(page, failed)  # and any request leaving 127.0.0.1
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(base_url + path, wait_until="networkidle")
    urls = [request.url for request in finished]
    assert not [u for u in urls if "sitemap" in u or "search" in u or "bundle" in u], urls
    assert failed == [] and errors == []
    weight = sum(len(gzip.compress(r.response().body(), 9)) for r in finished)
    assert weight < 70 * 1024, f"{weight / 1024:.1f} KB (gzip) on a first visit"
    context.close()
