"""The benchmark's runs: a guide and its plain Material baseline of one size, `guide
validate` on many listings, and leaflet printing (all of it, then after one change)."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from ..leaflets.pdf import PRINTED, render_leaflets
from .measure import Timing, count_pages, mkdocs_build, timed
from .plain import make_plain
from .synthetic import join_listing, languages_for, make_guide, split_listing


class BenchError(Exception):
    """A run failed: the message says which and shows the end of its output."""


@dataclass(frozen=True)
class Size:
    listings: int
    languages: int

    @classmethod
    def parse(cls, text: str) -> Size:
        listings, _, languages = text.partition("x")
        try:
            size = cls(int(listings), int(languages or "1"))
        except ValueError:
            raise ValueError(f"a size is LISTINGSxLANGUAGES, e.g. 250x10, not {text!r}") from None
        languages_for(size.languages)  # checks the range
        return size


@dataclass(frozen=True)
class Row:
    size: Size
    guide_pages: int
    plain_pages: int
    guide: Timing
    plain: Timing

    @property
    def ratio(self) -> float:
        return self.guide.seconds / self.plain.seconds

    @property
    def cpu_ratio(self) -> float:
        return self.guide.cpu_seconds / self.plain.cpu_seconds


@dataclass(frozen=True)
class Prints:
    leaflets: int
    seconds: float
    changed: int  # leaflets whose page changed after one listing was edited (next day)
    printed_again: int
    rebuild_seconds: float


def _check(timing: Timing, what: str) -> Timing:
    if timing.returncode != 0:
        raise BenchError(f"{what} failed (exit {timing.returncode}):\n{timing.output}")
    return timing


def build_pair(source: Path, work: Path, size: Size) -> Row:
    """Build a synthetic guide of ``size`` and a plain Material site of as many pages."""
    name = f"{size.listings}x{size.languages}"
    guide = make_guide(source, work / f"guide-{name}", size.listings, size.languages)
    guide_time = _check(mkdocs_build(guide, guide / "site"), f"the guide's build ({name})")
    guide_pages = count_pages(guide / "site")
    per_language = -(-guide_pages // size.languages) - 1  # MkDocs adds a 404 page
    codes = languages_for(size.languages)
    plain = make_plain(source, work / f"plain-{name}", per_language, codes)
    plain_time = _check(mkdocs_build(plain, plain / "site"), f"the plain build ({name})")
    row = Row(size, guide_pages, count_pages(plain / "site"), guide_time, plain_time)
    shutil.rmtree(guide)
    shutil.rmtree(plain)
    return row


def _change_one_listing(project: Path) -> None:
    """Edit one listing's summary, as an editor would."""
    listing = sorted((project / "services").glob("*-1.md"))[0]
    data, body = split_listing(listing.read_text(encoding="utf-8"))
    data["summary"] = str(data["summary"]) + " Changed for the benchmark."
    listing.write_text(join_listing(data, body), encoding="utf-8")


def validate_many(source: Path, work: Path, listings: int) -> tuple[Timing, Timing]:
    """`guide validate` (a new process, as an editor runs it) on ``listings`` listings: the
    first run (nothing cached), then again after one listing changed (the checks' cache,
    checking/cache.py, holds the others)."""
    project = make_guide(source, work / f"validate-{listings}", listings, 1)
    command = [sys.executable, "-m", "guide", "--root", str(project), "validate"]
    first = _check(timed(command, project), f"guide validate on {listings} listings")
    _change_one_listing(project)
    again = _check(timed(command, project), f"guide validate again on {listings} listings")
    shutil.rmtree(project)
    return first, again


def _leaflet_pages(site: Path) -> dict[Path, str]:
    pages = {}
    for path in site.rglob("leaflets/**/*.html"):
        text = PRINTED.sub("", path.read_text(encoding="utf-8"))
        pages[path.relative_to(site)] = hashlib.sha256(text.encode()).hexdigest()
    return pages


def leaflet_prints(source: Path, work: Path, size: Size, today: dt.date) -> Prints:
    """Print every leaflet of a guide of ``size`` into an empty cache; then edit one
    listing, build again as on the next day and print again from the same cache."""
    project = make_guide(source, work / "leaflets", size.listings, size.languages)
    cache = work / "leaflets-cache"
    site = project / "site"
    _check(mkdocs_build(project, site, {"GUIDE_TODAY": today.isoformat()}), "the guide's build")
    before = _leaflet_pages(site)
    full = render_leaflets(site, cache)
    _change_one_listing(project)
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    _check(mkdocs_build(project, site, {"GUIDE_TODAY": tomorrow}), "the guide's rebuild")
    after = _leaflet_pages(site)
    changed = sum(1 for page, digest in after.items() if before.get(page) != digest)
    again = render_leaflets(site, cache)
    shutil.rmtree(project)
    shutil.rmtree(cache)
    count = len(full.rendered) + len(full.cached)
    return Prints(count, full.seconds, changed, len(again.rendered), again.seconds)
