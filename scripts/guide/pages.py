"""Which pages the guide generates, and writing them into docs/ only when they change.

Generated pages are ordinary Markdown files (git-ignored) so that MkDocs and the i18n plugin
treat them like hand-written pages, and `mkdocs serve` does not loop: a file is rewritten
only when its content changed, and files no longer generated are deleted.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from .directory import Directory
from .fieldref import field_reference
from .render import Renderer

MANIFEST = ".generated.json"


def front_matter(**meta: object) -> str:
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n"


def generated_pages(directory: Directory, renderer: Renderer) -> dict[str, str]:
    """{path under docs/: file content} for one language (English: no suffix)."""
    pages: dict[str, str] = {}
    pages["index.md"] = (
        front_matter(
            title="Where to go for help",
            description="Mental health and wellbeing services in Islington, in plain words.",
            hide=["navigation", "toc"],
            guide_page="home",
        )
        + renderer.home()
    )
    for category in directory.categories:
        pages[f"help/{category.id}.md"] = front_matter(
            title=category.name,
            description=category.explanation,
            hide=["toc"],
            guide_page="category",
        ) + renderer.category(category.id)
    for listing in directory.listings:
        pages[f"services/{listing.id}.md"] = front_matter(
            title=listing.meta.name,
            description=listing.meta.summary,
            hide=["toc"],
            guide_page="service",
        ) + renderer.service(listing)
    pages["contributing/fields.md"] = field_reference()
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
