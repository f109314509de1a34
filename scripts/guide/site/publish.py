"""What a published guide needs besides its pages: a public address that is not a placeholder,
small per-language sitemaps, robots.txt, and a "page not found" page in every language.

The public address and the report route come from one place, mkdocs.yml (`site_url`, and the
guide plugin's `report_url` and `report_email`), which the publish job may set through the
environment (GUIDE_SITE_URL, GUIDE_REPORT_URL, GUIDE_REPORT_EMAIL).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from ..model.languages import Language
from . import routes

#: Hosts kept for examples (RFC 2606) and GitHub owners that stand for "your organisation".
PLACEHOLDER_HOSTS = ("example.org", "example.com", "example.net", "localhost", "127.0.0.1")
PLACEHOLDER_OWNERS = ("example", "your-organisation", "islington-guide")
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"


def placeholders(site: routes.Site) -> list[str]:
    """What stops a release build: each setting that still holds a placeholder, and how to
    set it. Empty when the guide may be published."""
    problems = []
    if _placeholder(site.url):
        problems.append(
            f"site_url is {site.url}, a placeholder: every QR code on a leaflet would point "
            "at it. Set the guide's public address in the GUIDE_SITE_URL environment "
            "variable or as site_url in mkdocs.yml (for example "
            "https://your-organisation.github.io/islington-guide/)."
        )
    if not site.report_url or _placeholder(site.report_url):
        problems.append(
            f"report_url is {site.report_url or 'empty'}, not a real place to report a wrong "
            "listing. Set GUIDE_REPORT_URL, or report_url under the guide plugin in "
            "mkdocs.yml, to the repository's new-issue address (for example "
            "https://github.com/your-organisation/islington-guide/issues/new)."
        )
    return problems


def _placeholder(url: str) -> bool:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not host or any(host == h or host.endswith("." + h) for h in PLACEHOLDER_HOSTS):
        return True
    owner = parts.path.strip("/").split("/")[0].lower()
    return host == "github.com" and owner in PLACEHOLDER_OWNERS


def write_sitemaps(
    site_dir: Path, site_url: str, languages: list[Language], today: dt.date
) -> dict[str, int]:
    """Replace MkDocs' sitemaps (every page of every language, with every alternate: 2 MB,
    copied into each language) by a sitemap index and one small sitemap per language, of
    every page built (the "page not found" pages left out), last changed ``today``.
    Returns the number of pages in each."""
    base = site_url.rstrip("/") + "/"
    prefixes = sorted((lang.prefix for lang in languages if lang.prefix), key=len, reverse=True)
    by_language: dict[str, list[str]] = {lang.code: [] for lang in languages}
    default = next(lang.code for lang in languages if not lang.prefix)
    for path in built_pages(site_dir):
        if path.removeprefix(_prefix_of(path, prefixes)) == routes.NOT_FOUND.url:
            continue
        code = _prefix_of(path, prefixes).strip("/") or default
        by_language.setdefault(code, []).append(base + path)
    for stale in site_dir.glob("**/sitemap.xml*"):
        stale.unlink()
    index = [f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{SITEMAP}">']
    for code, pages in by_language.items():
        rows = "".join(
            f"<url><loc>{html.escape(loc)}</loc><lastmod>{today.isoformat()}</lastmod></url>\n"
            for loc in pages
        )
        name = f"sitemap-{code}.xml"
        header = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SITEMAP}">\n'
        (site_dir / name).write_text(header + rows + "</urlset>\n", encoding="utf-8")
        index.append(f"<sitemap><loc>{html.escape(base + name)}</loc></sitemap>")
    index.append("</sitemapindex>\n")
    (site_dir / "sitemap.xml").write_text("\n".join(index), encoding="utf-8")
    return {code: len(pages) for code, pages in by_language.items()}


def built_pages(site_dir: Path) -> list[str]:
    """The site-root address of every page built (a folder holding an index.html), sorted."""
    found = []
    for path in site_dir.rglob("index.html"):
        folder = path.parent.relative_to(site_dir)
        if "assets" not in folder.parts:
            found.append("" if folder == Path() else f"{folder.as_posix()}/")
    return sorted(found)


def _prefix_of(path: str, prefixes: list[str]) -> str:
    return next((prefix for prefix in prefixes if path.startswith(prefix)), "")


def write_robots(site_dir: Path, site_url: str) -> None:
    """Every page may be indexed; the sitemap index is named with its full address."""
    (site_dir / "robots.txt").write_text(
        f"User-agent: *\nAllow: /\n\nSitemap: {site_url.rstrip('/')}/sitemap.xml\n",
        encoding="utf-8",
    )


CONFIG_BASE = re.compile(r'("base":\s*)"[^"]*"')


def write_not_found(site_dir: Path, site_url: str, languages: list[Language]) -> list[str]:
    """`404.html` for each language, from its built "page not found" page: a host shows it
    at any missing address, so its relative links are anchored with <base> to where the page
    was built. The site root's 404.html sends a missing address under /<code>/ to that
    language's own. Returns the files written."""
    root_path = urlsplit(site_url).path or "/"
    root_path = root_path if root_path.endswith("/") else root_path + "/"
    codes = [lang.prefix.strip("/") for lang in languages if lang.prefix]
    written = []
    for language in languages:
        built = site_dir / language.prefix / routes.NOT_FOUND.url / "index.html"
        if not built.is_file():
            continue
        page_path = root_path + language.prefix + routes.NOT_FOUND.url
        text = built.read_text(encoding="utf-8")
        base = json.dumps(root_path + language.prefix.rstrip("/"))
        text = CONFIG_BASE.sub(lambda m, base=base: m.group(1) + base, text, count=1)  # type: ignore[misc]
        head = f'<head>\n<base href="{html.escape(page_path)}">'
        if not language.prefix:
            head += _redirect_script(root_path, codes)
        target = site_dir / language.prefix / "404.html"
        target.write_text(text.replace("<head>", head, 1), encoding="utf-8")
        written.append(target.relative_to(site_dir).as_posix())
    return written


def _redirect_script(root_path: str, codes: list[str]) -> str:
    """A missing address under /<code>/ shows that language's page (hosts such as GitHub
    Pages serve only the root 404.html)."""
    return (
        "\n<script>(function(){var b="
        + json.dumps(root_path)
        + ",c="
        + json.dumps(codes)
        + ",p=location.pathname;if(p.indexOf(b)!==0)return;var l=p.slice(b.length).split('/')[0];"
        "if(c.indexOf(l)>=0)location.replace(b+l+'/404.html');})();</script>"
    )


def finish(site_dir: Path, site_url: str, languages: list[Language], today: dt.date) -> str:
    """The publishing files, after every language is built; returns a summary for the log."""
    sizes = write_sitemaps(site_dir, site_url, languages, today)
    write_robots(site_dir, site_url)
    pages = write_not_found(site_dir, site_url, languages)
    counts = ", ".join(f"{code} {count}" for code, count in sizes.items())
    return f"sitemaps ({counts} pages), robots.txt, {len(pages)} not-found pages"
