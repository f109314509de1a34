"""Which pages the guide generates, and writing them into docs/ only when they change.

Generated pages are ordinary Markdown files (git-ignored) so that MkDocs and the i18n plugin
treat them like hand-written pages, and `mkdocs serve` does not loop: a file is rewritten
only when its content changed, and files no longer generated are deleted.

English pages have no suffix (help/talk.md); other languages use the i18n plugin's suffix
(help/talk.ar.md). Translated explainer pages are copied from translations/<code>/pages/.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from .audit import Audit
from .coverage import Coverage, coverage_csv
from .fieldref import field_reference
from .languages import DEFAULT
from .render import Renderer
from .translation import Translated

MANIFEST = ".generated.json"


def front_matter(**meta: object) -> str:
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n"


def suffixed(path: str, code: str) -> str:
    """help/talk.md -> help/talk.ar.md (English keeps the plain name)."""
    return path if code == DEFAULT else path.removesuffix(".md") + f".{code}.md"


def language_pages(renderer: Renderer) -> dict[str, str]:
    """{path under docs/: file content} for one language."""
    directory = renderer.directory
    code = renderer.language.code
    _ = renderer.translations.gettext
    pages: dict[str, str] = {}
    pages[suffixed("index.md", code)] = (
        front_matter(
            title=_("Where to go for help"),
            description=_("Mental health and wellbeing services in Islington, in plain words."),
            hide=["navigation", "toc"],
            guide_page="home",
        )
        + renderer.home()
    )
    for category in directory.categories:
        pages[suffixed(f"help/{category.id}.md", code)] = front_matter(
            title=_(category.name),
            description=_(category.explanation),
            hide=["toc"],
            guide_page="category",
        ) + renderer.category(category.id)
    for listing in directory.listings:
        words = renderer.words(listing)
        pages[suffixed(f"services/{listing.id}.md", code)] = front_matter(
            title=words.plain("name"),
            description=words.plain("summary"),
            hide=["toc"],
            guide_page="service",
        ) + renderer.service(listing)
    pages.update(leaflet_pages(renderer))
    if renderer.pack is not None:
        for rel, translated in renderer.pack.pages.items():
            if not translated.untouched:  # else the i18n plugin falls back to the English
                pages[suffixed(rel, code)] = translated_page(renderer, rel, translated)
    return pages


LEAFLET = {"template": "leaflet.html", "search": {"exclude": True}, "guide_page": "leaflet"}


def leaflet_pages(renderer: Renderer) -> dict[str, str]:
    """The printable leaflets of one language, and the "Print a leaflet" page."""
    directory = renderer.directory
    code = renderer.language.code
    _ = renderer.translations.gettext
    pages = {
        suffixed("leaflets/index.md", code): front_matter(
            title=_("Print a leaflet"),
            description=_("One-page leaflets to print for residents, in every language."),
            hide=["toc"],
            guide_page="leaflets",
        )
        + renderer.leaflets_index(),
        suffixed("leaflets/overview.md", code): front_matter(
            title=_("Where to go for help"), **LEAFLET
        )
        + renderer.leaflet_overview(),
    }
    for category in directory.categories:
        pages[suffixed(f"leaflets/help/{category.id}.md", code)] = front_matter(
            title=_(category.name), **LEAFLET
        ) + renderer.leaflet_category(category.id)
    for listing in directory.listings:
        pages[suffixed(f"leaflets/services/{listing.id}.md", code)] = front_matter(
            title=renderer.words(listing).plain("name"), **LEAFLET
        ) + renderer.leaflet_service(listing)
    return pages


def translated_page(renderer: Renderer, rel: str, translated: Translated) -> str:
    """A hand-written page (explainer, About) in another language, with its notice."""
    meta = {key: value for key, value in translated.words.items() if value}
    notice = renderer.notice(translated.state, rel)
    return front_matter(**meta, guide_translation=str(translated.state)) + (
        f"{notice}\n\n{translated.body.strip()}\n" if notice else f"{translated.body.strip()}\n"
    )


def toolkit_pages(renderer: Renderer, audit: Audit | None, report: Coverage) -> dict[str, str]:
    """For services and commissioners (English): the self-audit and the coverage report."""
    pages = {
        "toolkit/coverage.md": front_matter(
            title="What the guide's services cover",
            description="Services by need, languages, access and groups, counted from the "
            "listings: evidence for key areas 4 and 6.",
            hide=["toc"],
            toolkit=True,
        )
        + renderer.coverage(report),
        "toolkit/coverage.csv": coverage_csv(report),
    }
    if audit is not None:
        pages["toolkit/self-audit.md"] = front_matter(
            title="Self-audit and action plan",
            description="Answer the toolkit's statements, choose your pledges, export and "
            "print your action plan. Nothing leaves your browser.",
            toolkit=True,
        ) + renderer.self_audit(audit)
    return pages


def generated_pages(
    renderers: list[Renderer],
    *,
    status: str = "",
    audit: Audit | None = None,
    report: Coverage | None = None,
) -> dict[str, str]:
    """Every generated page in every language (the first renderer is English), the field
    reference, (given its text) the "Help translate" status page, and the toolkit's
    self-audit and coverage report (English)."""
    pages: dict[str, str] = {}
    for renderer in renderers:
        pages.update(language_pages(renderer))
    pages["contributing/fields.md"] = field_reference()
    if status:
        pages["contributing/translation-status.md"] = status
    if report is not None:
        pages.update(toolkit_pages(renderers[0], audit, report))
    return pages


def write_pages(docs_dir: Path, pages: dict[str, str]) -> int:
    """Write changed pages, delete stale ones; returns how many files were written."""
    manifest_path = docs_dir / MANIFEST
    try:
        previous = set(json.loads(manifest_path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        previous = set()
    written = 0
    for rel, content in pages.items():
        target = docs_dir / rel
        if target.is_file() and target.read_text(encoding="utf-8") == content:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
        written += 1
    for rel in previous - set(pages):
        (docs_dir / rel).unlink(missing_ok=True)
    listing = json.dumps(sorted(pages), indent=0)
    if not manifest_path.is_file() or manifest_path.read_text(encoding="utf-8") != listing:
        manifest_path.write_text(listing, encoding="utf-8")
    return written
