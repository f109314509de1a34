"""Interface words: extract them into translations/messages.pot, and write each language's
messages.po from it (reading and checking a PO file is ``guide.checking.catalogs``).

Words come from the page templates, the Python code (``_()``), categories.yaml, crisis.yaml
and the titles in mkdocs.yml. Babel does the PO work; this module only says where to look.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
from babel.messages.pofile import write_po

PACKAGE = Path(__file__).parent.parent
PROJECT = "Islington mental health and wellbeing guide"
JINJA_OPTIONS = {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true"}
#: gettext's usual names, text() for words inside HTML attributes and plain_text() for plain text
#: (guide.i18n.interface).
KEYWORDS = {**DEFAULT_KEYWORDS, "text": None, "plain_text": None}


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose Python tags (like the slugify setting) are not needed here."""


def _environment(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """MkDocs' `!ENV NAME` and `!ENV [NAME, ..., default]`: the first variable set, else
    the default."""
    if isinstance(node, yaml.SequenceNode):
        items = loader.construct_sequence(node)
        names, default = (items[:-1], items[-1]) if len(items) > 1 else (items, None)
    else:
        names, default = [loader.construct_scalar(node)], None  # type: ignore[arg-type]
    for name in names:
        if (value := os.environ.get(str(name))) is not None:
            return value
    return default


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_AnyTagLoader.add_constructor("!ENV", _environment)


@dataclass(frozen=True)
class Found:
    msgid: str | tuple[str, ...]
    where: str
    comment: str = ""


def _from_code() -> Iterator[Found]:
    # The residents' pages first, as a translator meets them; then leaflets; then code.
    templates = [
        path
        for part in ("site", "leaflets")
        for path in sorted(PACKAGE.glob(f"{part}/templates/*.html"))
    ]
    for path in templates:
        for _line, msgid, comments, _context in extract_from_file(
            "jinja2.ext:babel_extract", str(path), keywords=KEYWORDS, options=JINJA_OPTIONS
        ):
            yield Found(msgid, _shown(path), " ".join(comments))
    for path in sorted(PACKAGE.rglob("*.py")):
        for _line, msgid, comments, _context in extract_from_file(
            "python", str(path), keywords=KEYWORDS
        ):
            yield Found(msgid, _shown(path), " ".join(comments))


def _shown(path: Path) -> str:
    return f"scripts/guide/{path.relative_to(PACKAGE).as_posix()}"


def _read_yaml(path: Path, loader: type[yaml.SafeLoader] = yaml.SafeLoader) -> Any:
    """The file's data, or None when it is missing or broken (`guide validate` says why)."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None


def read_mkdocs_config(root: Path) -> dict[str, Any]:
    """mkdocs.yml as plain data ({} when missing or broken), without MkDocs."""
    config = _read_yaml(root / "mkdocs.yml", _AnyTagLoader)
    return config if isinstance(config, dict) else {}


def _items(data: Any) -> list[dict[str, Any]]:
    return [item for item in data if isinstance(item, dict)] if isinstance(data, list) else []


def _from_data(root: Path) -> Iterator[Found]:
    services = root / "services"
    for item in _items(_read_yaml(services / "categories.yaml")):
        for key in ("name", "explanation"):
            if isinstance(item.get(key), str):
                yield Found(
                    item[key], "services/categories.yaml", f"Home page tile {item.get('id')}: {key}"
                )
    crisis = _read_yaml(services / "crisis.yaml")
    for option in _items(crisis.get("options") if isinstance(crisis, dict) else None):
        for key in ("title", "text"):
            if isinstance(option.get(key), str):
                yield Found(
                    option[key],
                    "services/crisis.yaml",
                    f"Need help now box, {option.get('id')}: {key}. Keep the phone number.",
                )
    config = read_mkdocs_config(root)
    if config:
        for key in ("site_name", "site_description"):
            if isinstance(config.get(key), str):
                yield Found(config[key], "mkdocs.yml", key)
        yield from _nav_titles(config.get("nav") or [])


def _nav_titles(items: list[Any]) -> Iterator[Found]:
    for item in items:
        if isinstance(item, dict):
            for title, value in item.items():
                yield Found(title, "mkdocs.yml", "menu title")
                if isinstance(value, list):
                    yield from _nav_titles(value)


def template(root: Path) -> Catalog:
    """Every interface message, in the order found (the .pot file)."""
    catalog = Catalog(project=PROJECT, fuzzy=False, header_comment=_HEADER)
    for found in (*_from_code(), *_from_data(root)):
        if not found.msgid:
            continue
        existing = catalog.get(found.msgid)
        if existing is None:
            catalog.add(
                found.msgid,
                locations=[(found.where, None)],  # type: ignore[list-item]
                auto_comments=[found.comment] if found.comment else [],
            )
        elif (found.where, None) not in existing.locations:  # type: ignore[comparison-overlap]
            existing.locations.append((found.where, None))  # type: ignore[arg-type]
    return catalog


_HEADER = """\
# Interface words of the Islington mental health and wellbeing guide.
# Made by `guide translations update`; do not edit this file. Translate the messages.po file
# in your language's folder instead."""


def pot_text(catalog: Catalog) -> str:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, no_location=False, include_lineno=False)
    text = buffer.getvalue().decode("utf-8")
    # The creation date would make the file differ on every run.
    return re.sub(r'"POT-Creation-Date: [^"]*"\n', "", text)


def message_ids(catalog: Catalog) -> list[str]:
    return [_key(message) for message in catalog if message.id]


def _key(message: Message) -> str:
    return message.id if isinstance(message.id, str) else "\x00".join(message.id)


def translated_count(catalog: Catalog, wanted: list[str]) -> int:
    """How many of the template's messages this catalog translates (fuzzy ones do not count)."""
    done = {
        _key(message)
        for message in catalog
        if message.id
        and not message.fuzzy
        and all(message.string if isinstance(message.string, tuple) else (message.string,))
    }
    return sum(1 for key in wanted if key in done)


def new_catalog(pot: Catalog, language: str) -> Catalog:
    """An empty messages.po for a new language, from the template."""
    catalog = Catalog(locale=language, project=PROJECT, fuzzy=False)
    catalog.update(pot)
    return catalog


def updated(po: Catalog, pot: Catalog) -> Catalog:
    """The catalog with new messages added and old ones dropped (like `pybabel update`)."""
    po.update(pot, no_fuzzy_matching=True)
    po.obsolete.clear()
    return po


def po_text(catalog: Catalog) -> str:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, include_lineno=False, ignore_obsolete=True)
    return re.sub(r'"POT-Creation-Date: [^"]*"\n', "", buffer.getvalue().decode("utf-8"))
