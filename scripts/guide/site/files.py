"""The generated pages as files: front matter, and writing them into docs/ only when they change.

Generated pages are ordinary Markdown files (git-ignored) so that MkDocs and the i18n plugin
treat them like hand-written pages, and `mkdocs serve` does not loop: a file is rewritten
only when its content changed, and files no longer generated are deleted.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from ..i18n.bidi import isolate_html

MANIFEST = ".generated.json"
#: The front matter key of a page whose body is finished HTML: rendered by the guide's own
#: templates, its numbers (and, right to left, its Latin words) isolated already. The plugin
#: hands such a body to the theme as it is instead of parsing it as Markdown again.
PREBUILT = "guide_prebuilt"


#: The safe dumper in C (libyaml) where installed: five times faster, the same text.
_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(**meta: object) -> str:
    text = yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=False)
    return "---\n" + text + "---\n\n"


def prebuilt_page(body: str, *, rtl: bool, **meta: object) -> str:
    """A page file whose body is finished HTML (see PREBUILT)."""
    return front_matter(**meta, **{PREBUILT: True}) + isolate_html(body, latin=rtl)


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
