"""Interface words and local formats in one language: gettext adapters for the templates,
and dates, money and language names formatted by Babel.

A translated message is escaped (a PO file can never add markup); a message not translated
yet is shown in English, marked ``lang="en" dir="ltr"`` so that it reads left to right.
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
from functools import cached_property

from babel.dates import format_date
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.numbers import format_currency
from markupsafe import Markup, escape

from ..model.languages import DEFAULT, Language
from ..model.translation import LanguagePack, State
from .bidi import english, isolate


def gettext_for(catalog: Catalog | None) -> gettext.NullTranslations:
    """A gettext object for the templates (untranslated messages stay in English)."""
    if catalog is None:
        return gettext.NullTranslations()
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


class Interface:
    """The interface words and formats of one language (``pack`` is None for English)."""

    def __init__(self, language: Language, pack: LanguagePack | None = None) -> None:
        self.language = language
        self.pack = pack
        # Dates, times and numbers follow local custom (British English for English).
        self.locale = language.locale
        self.translations = gettext_for(pack.catalog if pack else None)

    @property
    def is_english(self) -> bool:
        return self.language.code == DEFAULT

    def gettext(self, message: str) -> Markup:
        """A translated interface message, escaped (translators' text is never HTML)."""
        translated = self.translations.gettext(message)
        if not self.is_english and translated == message:
            return english(message)
        return escape(translated)

    def ngettext(self, singular: str, plural: str, count: int) -> Markup:
        translated = self.translations.ngettext(singular, plural, count)
        if not self.is_english and translated in (singular, plural):
            return english(translated)
        return escape(translated)

    def plain_text(self, message: str) -> str:
        """A translated message as plain text (front matter, menu titles). An empty message
        stays empty (gettext would give the catalog's header)."""
        return self.translations.gettext(message) if message else ""

    def text(self, message: str, **values: object) -> str:
        """A translated message as plain text, for HTML attributes (Jinja escapes it)."""
        translated = self.translations.gettext(message)
        return translated % values if values else translated

    def en(self, text: str) -> Markup:
        """English words that stay English (names of organisations, sources)."""
        return isolate(text) if self.is_english else english(text)

    def money(self, amount: float) -> str:
        return format_currency(amount, "GBP", locale=self.locale)

    def date(self, value: dt.date) -> str:
        return format_date(value, format="long", locale=self.locale)

    def language_name(self, code: str) -> Markup:
        """The language's name in the reader's language and, when different, in its own,
        marked with its own language and direction: "Turkish (<span lang=tr>Türkçe</span>)"."""
        here, own, direction = self._names(code)
        if own is None:
            return escape(here)
        return Markup('{} (<span lang="{}" dir="{}">{}</span>)').format(here, code, direction, own)

    def language_name_text(self, code: str) -> str:
        """The same as plain text (a list box option cannot hold markup)."""
        here, own, _direction = self._names(code)
        return here if own is None else f"{here} ({own})"

    def _names(self, code: str) -> tuple[str, str | None, str]:
        here = str(self.locale.languages.get(code, code))
        try:
            other = Language(code)
            own, direction = other.native_name, other.direction
        except (ValueError, LookupError):
            return here, None, "ltr"
        return here, (None if own.lower() == here.lower() else own), direction

    def language_name_short(self, code: str) -> str:
        return str(self.locale.languages.get(code, code))

    @cached_property
    def state(self) -> State | None:
        """The review state of the interface words (None in English)."""
        if self.is_english:
            return None
        if self.pack is None or self.pack.catalog is None:
            return State.MISSING
        if not any(message.id and message.string for message in self.pack.catalog):
            return State.MISSING
        review = self.pack.review
        return State.REVIEWED if review and review.status == "reviewed" else State.DRAFT
