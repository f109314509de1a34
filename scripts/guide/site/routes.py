"""Every generated page's identity, in one place: its Markdown file under docs/, its address
in each language, the address of its PDF.

English pages have no suffix (help/talk.md); other languages use the i18n plugin's suffix
(help/talk.ar.md) and live under /<code>/ in the site.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from ..model.languages import DEFAULT, Language


@dataclass(frozen=True)
class Site:
    """Settings the pages need from the site configuration."""

    report_url: str
    exit_url: str
    url: str = "https://islington-guide.example.org/"  # site_url: QR codes on leaflets
    report_email: str = ""  # shown beside the report link only when set


@dataclass(frozen=True)
class Page:
    """A page of the guide, named by its English Markdown file under docs/."""

    src: str

    @property
    def url(self) -> str:
        """Its site-root address in English, like help/talk/."""
        return page_url(self.src)

    def file(self, code: str) -> str:
        """Its Markdown file in one language: help/talk.md, help/talk.ar.md."""
        return suffixed(self.src, code)

    def address(self, site: Site, language: Language) -> str:
        """Its full web address in one language (for QR codes)."""
        return site.url.rstrip("/") + "/" + language.prefix + self.url


HOME = Page("index.md")
NOT_FOUND = Page("not-found.md")  # copied to 404.html in each language (site.publish)
LEAFLETS = Page("leaflets/index.md")
OVERVIEW_LEAFLET = Page("leaflets/overview.md")
COVERAGE = Page("toolkit/coverage.md")
COVERAGE_CSV = "toolkit/coverage.csv"
SELF_AUDIT = Page("toolkit/self-audit.md")
FIELDS = Page("contributing/fields.md")
TRANSLATION_STATUS = Page("contributing/translation-status.md")
TRANSLATING = Page("contributing/translating.md")  # hand-written
#: The overview leaflet's PDF is named after its title, "Where to go for help".
OVERVIEW_SLUG = "where-to-go-for-help"


def category(category_id: str) -> Page:
    return Page(f"help/{category_id}.md")


def service(listing_id: str) -> Page:
    return Page(f"services/{listing_id}.md")


def category_leaflet(category_id: str) -> Page:
    return Page(f"leaflets/help/{category_id}.md")


def service_leaflet(listing_id: str) -> Page:
    return Page(f"leaflets/services/{listing_id}.md")


def explainer(name: str) -> Page:
    """A hand-written explainer page, like explainers/link-workers.md."""
    return Page(f"explainers/{name}.md")


def toolkit(name: str) -> Page:
    """A hand-written toolkit page, like toolkit/4-data.md."""
    return Page(f"toolkit/{name}")


def review(code: str) -> Page:
    """A language's review page, for community reviewers (English frame)."""
    return Page(f"contributing/review/{code}.md")


def pdf_name(slug: str, code: str) -> str:
    """The file name of a leaflet's PDF, which sits beside its HTML page."""
    return f"{slug}-{code}.pdf"


def page_url(src_uri: str) -> str:
    """The directory-style URL MkDocs gives a Markdown file: help/talk.md -> help/talk/."""
    stem = src_uri.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


def suffixed(path: str, code: str) -> str:
    """help/talk.md -> help/talk.ar.md (English keeps the plain name)."""
    return path if code == DEFAULT else path.removesuffix(".md") + f".{code}.md"


def relative(target: str, current: str) -> str:
    """A link from the page at ``current`` to ``target`` (both site-root URLs like a/b/)."""
    base = "/" + current
    link = posixpath.relpath("/" + target, base if base.endswith("/") else posixpath.dirname(base))
    if (not target or target.endswith("/")) and not link.endswith("/"):
        link += "/"
    return "./" if link in (".", "./") else link
