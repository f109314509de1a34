"""Take phone-width (360 px) and desktop screenshots of built pages, to look at them.

.venv/bin/python scripts/screenshots.py [site folder] [out folder] [page ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from browser import DESKTOP, PHONE, guard, launch, serve

DEFAULT_PAGES = ["", "help/talk/", "services/samaritans/", "explainers/link-workers/"]


def main(argv: list[str]) -> int:
    site = Path(argv[0]) if argv else Path("site")
    out = Path(argv[1]) if len(argv) > 1 else Path("test-output/screenshots")
    pages = argv[2:] or DEFAULT_PAGES
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p, serve(site) as base:
        browser = launch(p)
        for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
            page = browser.new_page(viewport=viewport)
            outside: list[str] = []
            guard(page, outside)
            for path in pages:
                page.goto(base + path, wait_until="networkidle")
                slug = path.strip("/").replace("/", "_") or "home"
                target = out / f"{slug}-{name}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target, "outside requests:", outside)
            page.close()
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
