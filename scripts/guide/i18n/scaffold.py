"""Start things for translators: a new language folder, a ready-to-translate listing or page,
and the language list in mkdocs.yml (kept in step with the folders in translations/)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..checking.frontmatter import FrontMatterError, split
from ..model.directory import Listing
from ..model.languages import DEFAULT, Language
from ..model.translatable import english_words, version_of
from ..model.translation import PO
from . import catalogs as catalog

BEGIN = "# BEGIN languages"
END = "# END languages"


def _dump(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def listing_template(listing: Listing, language: Language) -> str:
    """A translation file for one listing, filled with the English words to replace."""
    words = english_words(listing.meta, listing.body)
    body = words.pop("body", "")
    header = (
        f"# {language.english_name} translation of {listing.path}.\n"
        "# Replace the English words after each `field:` with your translation.\n"
        "# Keep the field names (before the colon) in English. Keep lists in the same order.\n"
        "# Phone numbers, addresses and opening times are not here: they come from the English.\n"
        "# When a community reviewer has checked it, set status: reviewed and add reviewed_by\n"
        "# and reviewed_on.\n"
    )
    info: dict[str, str | None] = {
        "english_version": version_of(english_words(listing.meta, listing.body)),
        "status": "draft",
        "translated_by": None,
    }
    front = _dump({"translation": info, **words})
    return f"---\n{header}{front}---\n\n{body}\n" if body else f"---\n{header}{front}---\n"


def page_template(rel: str, english: str, language: Language) -> str:
    """A translation file for one page (an explainer or About), filled with the English."""
    try:
        yaml_text, _first, body, _line = split(english)
        meta = yaml.safe_load(yaml_text) or {}
    except (FrontMatterError, yaml.YAMLError):  # a page without front matter
        meta, body = {}, english
    header = (
        f"# {language.english_name} translation of docs/{rel}.\n"
        "# Translate the title, the description and everything below the second ---.\n"
        "# Keep links like (link-workers.md) as they are: they lead to the page in your\n"
        "# language.\n"
    )
    info = {"english_version": version_of(english), "status": "draft", "translated_by": None}
    words = {key: meta[key] for key in ("title", "description") if key in meta}
    return f"---\n{header}{_dump({'translation': info, **words})}---\n\n{body.strip()}\n"


def new_language(root: Path, code: str) -> list[Path]:
    """Create translations/<code>/ with language.yaml and an empty messages.po."""
    folder = root / "translations" / code
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "services").mkdir(exist_ok=True)
    (folder / "pages").mkdir(exist_ok=True)
    language = Language(code)
    made = []
    review = folder / "language.yaml"
    if not review.exists():
        review.write_text(
            f"# {language.english_name} ({language.native_name}): who translated the interface\n"
            "# words in messages.po, and who checked them.\n"
            "status: draft\ntranslated_by:\nreviewed_by:\nreviewed_on:\n",
            encoding="utf-8",
        )
        made.append(review)
    po = folder / PO
    if not po.exists():
        pot = catalog.template(root)
        po.write_text(catalog.po_text(catalog.new_catalog(pot, code)), encoding="utf-8")
        made.append(po)
    return made


def languages_block(languages: list[Language], indent: str) -> str:
    """The i18n plugin's language list for mkdocs.yml, one entry per language."""
    lines = [f"{indent}{BEGIN}: written by `guide translations update` from translations/"]
    for language in languages:
        lines.append(f"{indent}- locale: {language.code}")
        lines.append(f"{indent}  name: {language.native_name}")
        lines.append(f"{indent}  build: true")
        if language.code == DEFAULT:
            lines.append(f"{indent}  default: true")
    lines.append(f"{indent}{END}")
    return "\n".join(lines)


_BLOCK = re.compile(rf"^(?P<indent>[ ]*){re.escape(BEGIN)}.*?^[ ]*{re.escape(END)}", re.M | re.S)


def synced_mkdocs(text: str, languages: list[Language]) -> str:
    """mkdocs.yml text with its language list matching ``languages``."""
    match = _BLOCK.search(text)
    if match is None:
        raise ValueError(f"mkdocs.yml has no `{BEGIN}` ... `{END}` block")
    block = languages_block(languages, match.group("indent"))
    return text[: match.start()] + block + text[match.end() :]
