"""A link checker for a built site folder: every internal `href` and `src` (and every absolute
address on the site's own public address, like canonical and hreflang links) must name a file
of the site, and every `#fragment` an id (or a[name]) of the page it points at."""

from __future__ import annotations

import html.parser
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

LOCAL = "http://site.invalid/"
#: Attributes that hold one address.
LINK_ATTRIBUTES = frozenset({"href", "src", "action", "poster", "data"})


class _Page(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif name in LINK_ATTRIBUTES:
                self.links.append(value.strip())
            elif name == "srcset":
                self.links.extend(part.split()[0] for part in value.split(",") if part.strip())


@dataclass
class Report:
    pages: int = 0
    links: int = 0
    fragments: int = 0
    broken: list[str] = field(default_factory=list)


def check_site(site: Path, public: str) -> Report:
    """Check every HTML page under ``site``; ``public`` is the site's public address (its
    absolute links on that address are checked as internal ones)."""
    parsed: dict[Path, _Page] = {}

    def page(path: Path) -> _Page:
        if path not in parsed:
            parser = _Page()
            parser.feed(path.read_text(encoding="utf-8"))
            parsed[path] = parser
        return parsed[path]

    report = Report()
    for path in sorted(site.rglob("*.html")):
        report.pages += 1
        rel = path.relative_to(site).as_posix()
        for link in page(path).links:
            target, fragment = _resolve(site, rel, link, public)
            if target is None:
                continue
            report.links += 1
            if not target.is_file():
                report.broken.append(f"{rel}: {link} (no file {target.relative_to(site)})")
            elif fragment and target.suffix == ".html":
                report.fragments += 1
                if fragment not in page(target).ids:
                    report.broken.append(f"{rel}: {link} (no id {fragment!r} in the target)")
    return report


def _resolve(site: Path, rel: str, link: str, public: str) -> tuple[Path | None, str]:
    """The file a link points at and its fragment; None for links outside the site."""
    if link.startswith(public):
        link = LOCAL + link.removeprefix(public)
    url = urljoin(LOCAL + rel, link)
    if not url.startswith(LOCAL):
        return None, ""  # another site, mailto:, tel:, data:...
    parts = urlsplit(url)
    path = unquote(parts.path).removeprefix("/")
    target = site / path
    if not path or path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)
