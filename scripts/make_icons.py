"""Draw the guide's app icons once (Chromium, no network); the PNGs and SVG are committed in
docs/assets/icons/. Run again only to change them: .venv/bin/python scripts/make_icons.py

The mark is Material's lifebuoy (the header's logo), white on the header's blue. The
"maskable" icon keeps the mark inside the central 80% circle that Android may cut out."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import sync_playwright

from guide.chromium import launch
from guide.site.offline import THEME_COLOUR

OUT = Path(__file__).resolve().parent.parent / "docs" / "assets" / "icons"
LIFEBUOY = (
    "M19.79 15.41c.95-2.17.95-4.66 0-6.82l-2.74 1.24c.6 1.38.6 2.95.01 4.34zm-4.37-11.2a8.54 "
    "8.54 0 0 0-6.83 0l1.24 2.73c1.39-.59 2.96-.59 4.35.01zM4.21 8.58a8.56 8.56 0 0 0 0 "
    "6.84l2.74-1.25c-.6-1.38-.6-2.96 0-4.35zm4.38 11.21a8.5 8.5 0 0 0 6.83-.01l-1.24-2.73a5.5 "
    "5.5 0 0 1-4.34.01zM12 2a10 10 0 0 1 10 10 10 10 0 0 1-10 10A10 10 0 0 1 2 12 10 10 0 0 1 "
    "12 2m0 6a4 4 0 0 0-4 4 4 4 0 0 0 4 4 4 4 0 0 0 4-4 4 4 0 0 0-4-4"
)


def svg(*, maskable: bool) -> str:
    """A 24-unit square: rounded corners and a larger mark, or full bleed for maskable."""
    corner, scale = (0, 0.6) if maskable else (4, 0.8)
    offset = 12 - 12 * scale
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
        f'<rect width="24" height="24" rx="{corner}" fill="{THEME_COLOUR}"/>'
        f'<path fill="#fff" transform="translate({offset:g} {offset:g}) scale({scale:g})" '
        f'd="{LIFEBUOY}"/></svg>\n'
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "icon.svg").write_text(svg(maskable=False), encoding="utf-8")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for name, size, maskable in (
            ("icon-192.png", 192, False),
            ("icon-512.png", 512, False),
            ("maskable-512.png", 512, True),
        ):
            page = browser.new_page(viewport={"width": size, "height": size})
            page.set_content(
                "<style>html,body{margin:0;background:transparent}svg{display:block;"
                f"width:{size}px;height:{size}px}}</style>{svg(maskable=maskable)}"
            )
            page.screenshot(path=str(OUT / name), omit_background=True)
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
