"""Offline after one visit (issue 12, part 6): the service worker, the web app manifests and
the offline page, in real Chromium against the shipped site (127.0.0.1 is a secure context)."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from guide.chromium import ARGS, EXECUTABLE

from browser import PHONE, new_context

SAVED = """async (url) => {
  for (const name of await caches.keys()) {
    if (await (await caches.open(name)).match(url)) return true;
  }
  return false;
}"""
NOTES = {"": "You are offline. This page was saved on", "ar/": "أنت غير متصل بالإنترنت"}


def wait_saved(page: Page, url: str) -> None:
    """Wait until the worker controls the page and has saved ``url``."""
    page.wait_for_function("navigator.serviceWorker.controller !== null")
    page.wait_for_function(SAVED, arg=url)


def offline_note(page: Page) -> str:
    note = page.locator(".guide-offline")
    return note.inner_text() if note.count() else ""


@pytest.mark.parametrize("prefix", ["", "ar/"])
def test_pages_opened_once_work_offline(browser: Browser, base_url: str, prefix: str) -> None:
    context = new_context(browser, viewport=PHONE)
    page = context.new_page()
    home, service = base_url + prefix, base_url + prefix + "services/samaritans/"
    page.goto(home, wait_until="load")
    wait_saved(page, home)
    page.goto(service, wait_until="load")
    wait_saved(page, service)
    wait_saved(page, base_url + prefix + "help/help-now/")  # kept from the second page on
    context.set_offline(True)
    for url, heading in ((service, "Samaritans"), (home, "")):
        page.goto(url)
        assert heading in page.locator("h1").first.inner_text()
        note = offline_note(page)
        assert note.startswith(NOTES[prefix]) and re.search(r"\d{4}", note), note
        assert page.locator(".guide-offline").get_attribute("lang") == (prefix[:2] or "en")
    page.reload()  # a reload with no connection shows the saved copy too
    assert offline_note(page) and page.locator("#need-help-now").count() == 1
    page.goto(base_url + prefix + "help/help-now/")
    assert offline_note(page) and page.locator(".guide-card").count() > 0
    # A page never opened: the offline page, in the reader's language, with the crisis lines.
    page.goto(base_url + prefix + "explainers/link-workers/")
    assert page.locator("html").get_attribute("lang") == (prefix[:2] or "en")
    assert page.locator("h1").inner_text() == ("You are offline" if not prefix else NOTES[prefix])
    assert page.locator("#need-help-now a[href^='tel:']").count() >= 3
    page.locator("main a").first.click()  # "Go to the home page": the saved home page
    assert page.url == home and offline_note(page)
    context.set_offline(False)
    fetched = network_requests(context)
    page.goto(service, wait_until="load")
    assert offline_note(page) == ""  # online: the network's copy, not the saved one
    assert service in fetched, fetched
    context.close()


def network_requests(context: BrowserContext) -> list[str]:
    """URLs the service worker asks the network for from now on."""
    urls: list[str] = []
    context.on("request", lambda r: urls.append(r.url) if r.service_worker else None)
    return urls


@pytest.mark.parametrize("prefix", ["", "ar/"])
def test_installable_with_a_manifest_in_the_language(
    browser: Browser, base_url: str, tmp_path: Path, prefix: str
) -> None:
    """Chromium's own installability check (not in a private window: a persistent profile)."""
    context = browser.browser_type.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=EXECUTABLE, args=list(ARGS), viewport=PHONE
    )
    page = context.pages[0] if context.pages else context.new_page()
    page.goto(base_url + prefix, wait_until="load")
    page.wait_for_function("navigator.serviceWorker.controller !== null")
    cdp = context.new_cdp_session(page)
    assert cdp.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["url"] == base_url + prefix + "manifest.webmanifest"
    assert manifest["errors"] == []
    assert f'"lang": "{prefix[:2] or "en"}"' in manifest["data"]
    context.close()


class _Counting(http.server.SimpleHTTPRequestHandler):
    served: list[str]

    def log_message(self, format: str, *args: Any) -> None:
        self.served.append(self.path)


@contextlib.contextmanager
def counting_server(folder: Path) -> Iterator[tuple[str, list[str]]]:
    served: list[str] = []
    handler = functools.partial(type("H", (_Counting,), {"served": served}), directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", served
    finally:
        server.shutdown()
        server.server_close()


def first_visit(browser: Browser, url: str, served: list[str], workers: str) -> list[str]:
    served.clear()
    context = browser.new_context(viewport=PHONE, service_workers=workers)  # type: ignore[arg-type]
    page = context.new_page()
    page.goto(url, wait_until="load")
    if workers == "allow":
        wait_saved(page, url)
    page.wait_for_timeout(500)
    context.close()
    return [path.split("?")[0] for path in served]


def gzip_size(site: Path, path: str) -> int:
    file = site / path.lstrip("/")
    file = file / "index.html" if file.is_dir() else file
    return len(gzip.compress(file.read_bytes(), 9)) if file.is_file() else 0


@pytest.mark.parametrize("path", ["", "ar/services/samaritans/"])
def test_worker_adds_little_to_a_first_visit(
    browser: Browser, shipped_site: Path, path: str
) -> None:
    """What the server sends on a first visit, with the worker and without: the worker's
    script and the small offline page only (the page and assets come from the HTTP cache)."""
    with counting_server(shipped_site) as (base, served):
        without = first_visit(browser, base + path, served, "block")
        with_worker = first_visit(browser, base + path, served, "allow")
    extra = [p for p in with_worker if p not in without]
    extra_bytes = sum(gzip_size(shipped_site, p) for p in with_worker) - sum(
        gzip_size(shipped_site, p) for p in without
    )
    print(f"first visit {path or 'home'}: +{extra_bytes} bytes (gzip) for {extra}")
    assert sorted(extra) == sorted(["/sw.js", f"/{path[:3] if path else ''}offline.html"])
    assert extra_bytes < 6 * 1024
