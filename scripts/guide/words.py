"""A listing's words in the reader's language, falling back to English field by field.

English shown inside another language is marked ``lang="en" dir="ltr"`` so that screen
readers pronounce it as English and it never reorders inside right-to-left text. Phone
numbers and postcodes inside any text are isolated (``<bdi dir="ltr">``) for the same reason.
"""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup, escape

from .directory import Listing
from .languages import DEFAULT, Language
from .translatable import english_words
from .translation import State, Translated

#: UK phone numbers (0... or +44...), short numbers like 116 123, and UK postcodes.
NUMBERS = re.compile(
    r"(?<![\w+])(?:(?:\+44\s?|0)\d{2,4}(?:[ \u00a0]?\d{3,4}){1,2}"
    r"|\d{3}[ \u00a0]\d{3}|999|111)(?![\w])"
    r"|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"
    # emails and web addresses, which also must never reorder
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\bhttps?://[^\s<>\"]+[^\s<>\".,;:!?)]"
    r"|\bwww\.[\w-]+(?:\.[\w-]+)+(?:/[^\s<>\"]*[^\s<>\".,;:!?)])?"
)
TAG = re.compile(r"(<[^>]+>)")


def isolate(text: str | Markup) -> Markup:
    """Escape plain text (Markup is kept) and wrap phone numbers and postcodes in bdi."""
    safe = escape(text)
    parts = TAG.split(str(safe))
    for index in range(0, len(parts), 2):  # text between tags only
        parts[index] = NUMBERS.sub(lambda m: f'<bdi dir="ltr">{m.group(0)}</bdi>', parts[index])
    return Markup("".join(parts))


def english(text: str | Markup, *, block: bool = False) -> Markup:
    """English text shown on a page in another language."""
    tag = "div" if block else "span"
    return Markup(f'<{tag} lang="en" dir="ltr">{isolate(text)}</{tag}>')


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


#: A run of Latin-script words inside right-to-left text, like "(LGBTQ+)" or "NHS 111".
_WORD = r"(?:[A-Za-z](?:[A-Za-z0-9+\-.'\u2019]|&amp;)*[A-Za-z0-9+]|[A-Za-z])"
LATIN = re.compile(rf"{_WORD}(?:[ \u00a0](?:{_WORD}|\d+\b))*")
_ISOLATE = re.compile(f"(?P<number>{NUMBERS.pattern})|(?P<latin>{LATIN.pattern})")
_OPEN = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>")
_CLOSE = re.compile(r"</([a-zA-Z][a-zA-Z0-9]*)\s*>")
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "source", "col", "area"})


def isolate_html(html: str, *, latin: bool = False) -> str:
    """Isolate phone numbers, postcodes, emails and web addresses (and, with ``latin``, runs
    of Latin words) in the text of rendered HTML, so that they never reorder inside
    right-to-left text. Text already inside <bdi> is left alone, and Latin words inside an
    element marked dir="ltr" too; tags and attributes are never touched."""
    parts = TAG.split(html)
    stack: list[tuple[str, bool]] = []  # open elements: (name, isolates its content)

    def wrap(match: re.Match[str], *, latin_here: bool) -> str:
        if match.group("number"):
            return f'<bdi dir="ltr">{match.group(0)}</bdi>'
        return f"<bdi>{match.group(0)}</bdi>" if latin_here else match.group(0)

    for index, part in enumerate(parts):
        if index % 2:  # a tag
            opening, closing = _OPEN.match(part), _CLOSE.match(part)
            if opening and opening.group(1).lower() not in _VOID and not part.endswith("/>"):
                name = opening.group(1).lower()
                stack.append((name, name == "bdi" or 'dir="ltr"' in opening.group(2)))
            elif closing:
                name = closing.group(1).lower()
                while stack and stack.pop()[0] != name:
                    pass
            continue
        if not part.strip() or any(name == "bdi" for name, _ in stack):
            continue
        latin_here = latin and not any(isolating for _, isolating in stack)
        parts[index] = _ISOLATE.sub(lambda m, lh=latin_here: wrap(m, latin_here=lh), part)
    return "".join(parts)
