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
import itertools
import os
import re
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..chromium import ChromiumMissingError, launch_async
from .theme import STYLESHEET


def _run(work: Coroutine[Any, Any, None]) -> None:
    """Run the printing, also from a caller that already runs an event loop (a script or a
    test using Playwright's sync API): then in a thread of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(work)
        return
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, work).result()


if TYPE_CHECKING:
    from collections.abc import Coroutine, Iterator

    from playwright.async_api import Browser, Page
    from playwright.async_api import Playwright as AsyncPlaywright

#: The "Printed on" date (the end of its paragraph, whatever markup the words carry): left out
#: of the cache key, so an unchanged leaflet keeps its PDF.
PRINTED = re.compile(r'<span class="leaflet-printed".*?</p>', re.S)
PDF_NAME = re.compile(r'<article class="leaflet[^"]*" data-pdf="([^"/]+\.pdf)"')
#: The printable height of A4 with the @page margins in leaflet.css (297 mm - 2 x 11 mm).
PAGE_HEIGHT_MM = 275
PAGE_HEIGHT_PX = PAGE_HEIGHT_MM * 96 / 25.4  # CSS pixels: 96 to the inch
#: Pages printing at once in one Chromium, one a core (2 on this project's machines): more
#: only wait for a core, and each holds a renderer process in memory.
WORKERS = max(2, min(4, os.cpu_count() or 2))
#: Text sizes, largest first: classes on <html> in leaflet.css ("" is the normal size).
STEPS = ("grow-2", "grow-1", "", "fit-1", "fit-2", "fit-3", "fit-4")
#: Run in the loaded leaflet, in print mode, once its fonts are ready: (1) the PDF shows the
#: day the build printed it, whatever the browser's clock (leaflet.js would write today's);
#: (2) the laid-out height of the leaflet in CSS pixels at each text size from the largest,
#: up to the first that fits (no PDF is made to find out which size fits).
MEASURE = """([steps, limit]) => document.fonts.ready.then(() => {
    document.querySelectorAll('[data-printed]').forEach(e => e.removeAttribute('data-printed'));
    const root = document.documentElement;
    const leaflet = document.querySelector('.leaflet');
    const heights = [];
    for (const step of steps) {
        if (step) root.classList.add(step);
        heights.push(leaflet.getBoundingClientRect().height);
        if (step) root.classList.remove(step);
        if (heights[heights.length - 1] <= limit) break;
    }
    return heights;
})"""
CHOOSE = "(step) => { if (step) document.documentElement.classList.add(step); }"
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
    #: The text size chosen for each printed leaflet (a class of STEPS; "" is the normal size).
    sizes: dict[Path, str] = field(default_factory=dict)
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


def render_leaflets(site_dir: Path, cache_dir: Path, *, workers: int = WORKERS) -> Result:
    """Make the PDF of every leaflet in ``site_dir``, from the cache when unchanged.
    Chromium is started only when some leaflet changed; ``workers`` pages print at once."""
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
        _run(_render(todo, cache_dir, workers, result))
    result.seconds = time.perf_counter() - started
    return result


def time_printing(site_dir: Path, count: int, *, workers: int = WORKERS) -> Result:
    """Print ``count`` leaflets of an already built site (the same ones again if it has fewer)
    into a temporary folder, with no cache, and say how long it took: for `guide bench`.
    The site itself is not changed."""
    jobs = find_jobs(site_dir, site_dir / STYLESHEET)
    if not jobs:
        raise PdfError(f"no leaflet pages in {site_dir}: build the site first")
    with tempfile.TemporaryDirectory(prefix="guide-leaflets-") as folder:
        out = Path(folder)
        todo = [
            Job(job.html, out / f"{number:05d}-{job.pdf.name}", job.key)
            for number, job in zip(range(count), itertools.cycle(jobs))
        ]
        result = Result()
        started = time.perf_counter()
        _run(_render(todo, out / "cache", workers, result))
        result.seconds = time.perf_counter() - started
    return result


async def _render(jobs: list[Job], cache_dir: Path, workers: int, result: Result) -> None:
    from playwright.async_api import async_playwright  # noqa: PLC0415 - only when needed

    cache_dir.mkdir(parents=True, exist_ok=True)
    queue = iter(jobs)  # shared by the workers: each takes the next leaflet when it is free
    count = max(1, min(workers, len(jobs)))
    async with async_playwright() as playwright:
        browser = await _launch(playwright)
        await asyncio.gather(*(_worker(browser, queue, cache_dir, result) for _ in range(count)))
        await browser.close()


async def _launch(playwright: AsyncPlaywright) -> Browser:
    from playwright.async_api import Error  # noqa: PLC0415 - only when needed

    try:
        return await launch_async(playwright)
    except ChromiumMissingError as error:
        raise PdfError(str(error)) from error
    except Error as error:
        raise PdfError(f"Chromium did not start: {error.message}") from error


async def _worker(browser: Browser, queue: Iterator[Job], cache_dir: Path, result: Result) -> None:
    """Print leaflets from ``queue`` until it is empty, with a page of its own, reused for
    leaflet after leaflet (a new page for each costs more than the printing). Its own context
    gives it its own renderer process, so the workers lay out and paint in parallel."""
    from playwright.async_api import Error  # noqa: PLC0415 - only when needed

    # The printable width of A4 (210 mm - 2 x 12 mm), so the layout is the printed one; a low
    # window, as nothing is shown on screen (less to paint: the height is measured in CSS).
    context = await browser.new_context(viewport={"width": 703, "height": 64})
    # Leaflets are printed from local files only: block anything else.
    await context.route(re.compile(r"^(?!file:|data:|about:).*"), lambda route: route.abort())
    page = await context.new_page()
    await page.emulate_media(media="print")
    for job in queue:
        try:
            await _print(page, job, cache_dir, result)
        except Error as error:
            raise PdfError(f"could not print {job.html}: {error.message}") from error
    await context.close()


async def _print(page: Page, job: Job, cache_dir: Path, result: Result) -> None:
    """Print one leaflet with a page already in print mode; keep a copy in the cache."""
    await page.goto(job.html.as_uri(), wait_until="load")
    step, fits = choose_step(await page.evaluate(MEASURE, [list(STEPS), PAGE_HEIGHT_PX]))
    await page.evaluate(CHOOSE, step)
    result.sizes[job.pdf] = step
    if not fits:
        result.too_long.append(job.pdf)
    data = await page.pdf(
        format="A4",
        print_background=True,
        prefer_css_page_size=True,
        tagged=True,
        outline=False,
    )
    job.pdf.write_bytes(data)
    partial = cache_dir / f"{job.key}.pdf.part"  # never a half-written PDF in the cache
    partial.write_bytes(data)
    partial.replace(cache_dir / f"{job.key}.pdf")
    result.rendered.append(job.pdf)


def choose_step(heights: list[float]) -> tuple[str, bool]:
    """The largest text size (of STEPS, in order) at which the leaflet, ``heights`` CSS pixels
    tall at each size measured, fits one A4 page; the smallest and False if none does."""
    for step, height in zip(STEPS, heights, strict=False):
        if height <= PAGE_HEIGHT_PX:
            return step, True
    return STEPS[-1], False


def main(argv: list[str]) -> int:
    """``python -m guide.leaflets.pdf SITE [COUNT [WORKERS]]``: time printing COUNT (360)
    leaflets of a site already built in the folder SITE."""
    if not argv or len(argv) > 3 or not all(a.isdigit() for a in argv[1:]):
        print("usage: python -m guide.leaflets.pdf SITE [COUNT [WORKERS]]", file=sys.stderr)
        return 2
    count, workers = [int(a) for a in argv[1:]] + [360, WORKERS][len(argv) - 1 :]
    try:
        result = time_printing(Path(argv[0]), count, workers=workers)
    except PdfError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    printed = len(result.rendered)
    print(
        f"{printed} leaflets printed in {result.seconds:.1f} s ({printed / result.seconds:.2f}/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
