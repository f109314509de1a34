"""A listing's words in the reader's language, falling back to English field by field.

English shown inside another language is marked (``bidi.english``); phone numbers and
postcodes inside any text are isolated (``bidi.isolate``).
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from ..model.directory import Listing
from ..model.languages import DEFAULT, Language
from ..model.translatable import english_words
from ..model.translation import State, Translated
from .bidi import english, isolate


class Words:
    """Look up a listing's words: ``words("summary")``, ``words.items("what_to_expect")``."""

    def __init__(self, listing: Listing, language: Language, translated: Translated | None):
        self.listing = listing
        self.language = language
        self.translated = translated if language.code != DEFAULT else None
        self.source = english_words(listing.meta, listing.body)
        self.mine: dict[str, Any] = self.translated.words if self.translated else {}

    @property
    def state(self) -> State | None:
        """None in English; otherwise missing / outdated / draft / reviewed."""
        if self.language.code == DEFAULT:
            return None
        return self.translated.state if self.translated else State.MISSING

    def _pick(self, english_text: Any, mine: Any) -> Markup:
        if not english_text:
            return Markup("")
        if self.language.code == DEFAULT:
            return isolate(english_text)
        if mine and mine != english_text:
            return isolate(mine)
        return english(english_text)

    def __call__(self, key: str) -> Markup:
        return self._pick(self.source.get(key), self.mine.get(key))

    def plain(self, key: str) -> str:
        """Unmarked text (for page titles and descriptions)."""
        value = self.mine.get(key) or self.source.get(key) or ""
        return str(value)

    def items(self, key: str) -> list[Markup]:
        english_items = self.source.get(key) or []
        mine = self.mine.get(key) or []
        if len(mine) != len(english_items):
            mine = [None] * len(english_items)
        return [self._pick(e, m) for e, m in zip(english_items, mine, strict=True)]

    def nested(self, key: str, index: int, field: str) -> Markup:
        english_items = self.source.get(key) or []
        mine = self.mine.get(key) or []
        if index >= len(english_items):
            return Markup("")
        theirs = mine[index].get(field) if len(mine) == len(english_items) else None
        return self._pick(english_items[index].get(field), theirs)

    def body(self, render: Any) -> Markup:
        """The Markdown body as HTML (``render`` turns Markdown into safe HTML)."""
        source = self.source.get("body", "")
        if not source:
            return Markup("")
        mine = self.mine.get("body")
        if self.language.code == DEFAULT or (mine and mine != source):
            return isolate(render(mine or source))
        return Markup(f'<div lang="en" dir="ltr">{isolate(render(source))}</div>')
