"""A community reviewer's sign-off: `guide translations review <code> <item>... --by ...`.

Only a translation made from the English as it is now can be approved; the file records who
reviewed it and when (`reviewed_by`, `reviewed_on`), and the page then drops its draft note.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from ruamel.yaml.comments import CommentedMap

from ..model.translation import LanguagePack, State
from ..yamledit import EditError, edit_front_matter, edit_yaml
from . import catalogs

#: The item name for the interface words (messages.po, approved in language.yaml).
INTERFACE = "interface"


class ReviewError(Exception):
    """This item cannot be approved; the message says why and what to do."""


@dataclass(frozen=True)
class Item:
    name: str
    path: Path  # the file that records the review
    state: State
    front_matter: bool  # a translated listing or page (else language.yaml)


def find(pack: LanguagePack, folder: Path, name: str, pot: Catalog) -> Item:
    """The item called ``name``: `interface`, a listing id, or a page like about."""
    code = pack.language.code
    if name == INTERFACE:
        wanted = catalogs.message_ids(pot)
        done = catalogs.translated_count(pack.catalog, wanted) if pack.catalog else 0
        state = State.DRAFT if done == len(wanted) else State.MISSING
        return Item(name, folder / "language.yaml", state, front_matter=False)
    if name in pack.listings:
        found = pack.listings[name]
        return Item(name, folder / "services" / f"{name}.md", found.state, front_matter=True)
    page = name.removesuffix(".md") + ".md"
    if page in pack.pages:
        found = pack.pages[page]
        return Item(name, folder / "pages" / page, found.state, front_matter=True)
    raise ReviewError(
        f'translations/{code} has no "{name}". Name a listing (like samaritans), a page (like '
        f"explainers/link-workers) or {INTERFACE} (the words in messages.po)"
    )


def sign_off(item: Item, *, by: str, on: dt.date) -> None:
    """Record the review in the item's file, if its translation is current."""
    if item.state == State.OUTDATED:
        raise ReviewError(
            f"{item.path.name} is outdated: the English changed after it was translated. "
            "Update the translation first (the review page shows what changed), then approve it"
        )
    if item.state == State.MISSING:
        raise ReviewError(f"{item.name} is not translated yet, so there is nothing to approve")
    if not by.strip():
        raise ReviewError('say who reviewed it: --by "Name, Organisation"')

    def change(data: CommentedMap) -> None:
        target = data.setdefault("translation", CommentedMap()) if item.front_matter else data
        target["status"] = "reviewed"
        target["reviewed_by"] = by.strip()
        target["reviewed_on"] = on

    try:
        if item.front_matter:
            text = edit_front_matter(item.path.read_text(encoding="utf-8"), change)
        else:
            text = edit_yaml(item.path, change)
    except EditError as error:
        raise ReviewError(f"{item.path.name}: {error}") from None
    item.path.write_text(text, encoding="utf-8")
