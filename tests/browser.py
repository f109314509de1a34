"""Shared browser helpers: Debian's Chromium driven by Playwright, a local static server,
axe-core, and a guard that records any request leaving 127.0.0.1."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Page, Route

from guide.chromium import launch

from conftest import TODAY

ROOT = Path(__file__).resolve().parent.parent
#: What the browser's clock says in every test: noon in London on the test run's day.
NOON = f"{TODAY}T12:00:00Z"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
PHONE = {"width": 360, "height": 740}
#: One page of each type, checked in every browser test suite.
PAGES = {
    "home": "",
    "category": "help/talk/",
    "service": "services/samaritans/",
    "explainer": "explainers/link-workers/",
}
DESKTOP = {"width": 1280, "height": 800}
#: The pages whose first visit the issue budgets (bytes, Lighthouse): home, a category and a
#: service page, in English and in Arabic.
FIRST_VISIT = [
    "",
    "help/talk/",
    "services/samaritans/",
    "ar/",
    "ar/help/talk/",
    "ar/services/samaritans/",
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    """A static host like GitHub Pages: a missing address gets the site's 404.html (status
    404), whatever folder it is in."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 at a free port; yields the base URL."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


__all__ = ["launch"]  # one Chromium launcher for tests and leaflet PDFs (guide.chromium)


def new_context(browser: Browser, **options: Any) -> BrowserContext:
    """A browser context whose clock starts on the test run's day (see NOON) and runs on."""
    context = browser.new_context(**options)
    context.clock.install(time=NOON)  # time then runs on from there
    return context


def guard(page: Page, outside: list[str], allow: tuple[str, ...] = ()) -> None:
    """Abort and record every request that would leave 127.0.0.1. URLs starting with one
    of ``allow`` are answered locally with a blank page instead (e.g. the exit page)."""

    def handle(route: Route) -> None:
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")):
            route.continue_()
        elif url.startswith(allow):
            route.fulfill(status=200, content_type="text/html", body="<title>Weather</title>")
        else:
            outside.append(url)
            route.abort()

    page.route("**/*", handle)


def axe(page: Page) -> list[dict[str, Any]]:
    """axe-core violations on the page (WCAG 2.2 A and AA and best practice)."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "opts => axe.run(document, opts)",
        {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
    return list(result["violations"])


def describe(violations: list[dict[str, Any]]) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(
            n["target"][0] if isinstance(n["target"][0], str) else str(n["target"])
            for n in v["nodes"][:5]
        )
        for v in violations
    )


def check_page(page: Page, url: str, allow: tuple[str, ...] = ()) -> None:
    """Open ``url`` and check what every page must pass: no request leaves 127.0.0.1, nothing
    is wider than the screen, and axe-core finds no violation."""
    outside: list[str] = []
    guard(page, outside, allow)
    page.goto(url, wait_until="networkidle")
    assert outside == [], f"requests left 127.0.0.1: {outside}"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    violations = axe(page)
    assert violations == [], describe(violations)
