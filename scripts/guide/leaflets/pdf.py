"""Print leaflet pages to PDF with Debian's Chromium (tagged PDF), several at once, cached.

A leaflet is a built HTML page under a ``leaflets/`` folder whose <article class="leaflet">
names its PDF in ``data-pdf``. The cache key is the leaflet's HTML (without its "Printed on"
date) plus the leaflet stylesheet: when neither changed, the PDF is copied from the cache and
Chromium is not started at all. Each page is laid out for print first; if it is taller than
one A4 page, the text is made a little smaller (``fit-1`` .. ``fit-4`` on <html>) until it
fits; a short one gets larger text (``grow-1``, ``grow-2``), easier to read.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..chromium import ChromiumMissingError, launch_async
from .theme import STYLESHEET

#: The "Printed on" date (the end of its paragraph, whatever markup the words carry): left out
#: of the cache key, so an unchanged leaflet keeps its PDF.
PRINTED = re.compile(r'<span class="leaflet-printed".*?</p>', re.S)
PDF_NAME = re.compile(r'<article class="leaflet[^"]*" data-pdf="([^"/]+\.pdf)"')
#: The printable height of A4 with the @page margins in leaflet.css (297 mm - 2 x 11 mm).
PAGE_HEIGHT_MM = 275
CONCURRENCY = 4
STATIC_DATE = (
    "document.querySelectorAll('[data-printed]').forEach(e => e.removeAttribute('data-printed'))"
)
ENGINE = "chromium-tagged-v2"  # change to re-render every PDF (e.g. after a layout change)


class PdfError(Exception):
    """Chromium is missing or could not print a leaflet."""


@dataclass(frozen=True)
class Job:
    html: Path
    pdf: Path
    key: str


@dataclass
class Result:
    rendered: list[Path] = field(default_factory=list)
    cached: list[Path] = field(default_factory=list)
    too_long: list[Path] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{len(self.rendered)} printed, {len(self.cached)} unchanged (from the cache) "
            f"in {self.seconds:.1f} s"
        )


def find_jobs(site_dir: Path, stylesheet: Path) -> list[Job]:
    """Every leaflet page in the built site, with the key its PDF is cached under."""
    style = stylesheet.read_bytes() if stylesheet.is_file() else b""
    jobs = []
    for html in sorted(site_dir.rglob("index.html")):
        if "leaflets" not in html.relative_to(site_dir).parts:
            continue  # only leaflet pages are read, not every page of the site
        text = html.read_text(encoding="utf-8")
        match = PDF_NAME.search(text)
        if match is None:
            continue
        content = PRINTED.sub("", text).encode("utf-8")
        digest = hashlib.sha256(ENGINE.encode() + style + content).hexdigest()
        jobs.append(Job(html, html.parent / match.group(1), digest))
    return jobs


def render_leaflets(site_dir: Path, cache_dir: Path, *, concurrency: int = CONCURRENCY) -> Result:
    """Make the PDF of every leaflet in ``site_dir``, from the cache when unchanged."""
    started = time.perf_counter()
    jobs = find_jobs(site_dir, site_dir / STYLESHEET)
    cache_dir.mkdir(parents=True, exist_ok=True)
    result = Result()
    todo = []
    for job in jobs:
        cached = cache_dir / f"{job.key}.pdf"
        if cached.is_file():
            shutil.copyfile(cached, job.pdf)
            result.cached.append(job.pdf)
        else:
            todo.append(job)
    if todo:
        asyncio.run(_render(todo, cache_dir, concurrency, result))
    result.seconds = time.perf_counter() - started
    return result


async def _render(jobs: list[Job], cache_dir: Path, concurrency: int, result: Result) -> None:
    from playwright.async_api import Error, async_playwright  # noqa: PLC0415 - only when needed

    limit = asyncio.Semaphore(concurrency)
    async with async_playwright() as playwright:
        try:
            browser = await launch_async(playwright)
        except ChromiumMissingError as error:
            raise PdfError(str(error)) from error
        except Error as error:
            raise PdfError(f"Chromium did not start: {error.message}") from error
        # The printable width of A4 (210 mm - 2 x 12 mm), so the layout is the printed one.
        context = await browser.new_context(viewport={"width": 703, "height": 1040})
        # Leaflets are printed from local files only: block anything else.
        await context.route(re.compile(r"^(?!file:|data:|about:).*"), lambda route: route.abort())

        async def one(job: Job) -> None:
            async with limit:
                page = await context.new_page()
                try:
                    await page.goto(job.html.as_uri(), wait_until="load")
                    # A PDF shows the day the build printed it, whatever the browser's clock.
                    await page.evaluate(STATIC_DATE)
                    await page.emulate_media(media="print")
                    await page.evaluate("document.fonts.ready.then(() => true)")
                    fits = await _fit(page)
                    if not fits:
                        result.too_long.append(job.pdf)
                    await page.pdf(
                        path=str(job.pdf),
                        format="A4",
                        print_background=True,
                        prefer_css_page_size=True,
                        tagged=True,
                        outline=False,
                    )
                except Error as error:
                    raise PdfError(f"could not print {job.html}: {error.message}") from error
                finally:
                    await page.close()
                shutil.copyfile(job.pdf, cache_dir / f"{job.key}.pdf")
                result.rendered.append(job.pdf)

        await asyncio.gather(*(one(job) for job in jobs))
        await browser.close()


async def _fit(page: object) -> bool:
    """Choose the largest text that fits one page; False if even the smallest does not."""
    fits: bool = await page.evaluate(  # type: ignore[attr-defined]
        """(limitMm) => {
            const mm = 96 / 25.4;
            const tall = () => document.querySelector('.leaflet').getBoundingClientRect().height;
            const root = document.documentElement;
            // Largest text first (easier to read), smaller until the leaflet fits.
            for (const step of ['grow-2', 'grow-1', '', 'fit-1', 'fit-2', 'fit-3', 'fit-4']) {
                if (step) root.classList.add(step);
                if (tall() <= limitMm * mm) return true;
                if (step) root.classList.remove(step);
            }
            root.classList.add('fit-4');
            return false;
        }""",
        PAGE_HEIGHT_MM,
    )
    return fits
