"""What a translation is: the language file, translated listings and pages, and their state.

Layout of one language folder (everything a community organisation edits for it)::

    translations/ar/language.yaml           who translated the interface words; review state
    translations/ar/messages.po             interface words (Poedit, Weblate or the web editor)
    translations/ar/services/<id>.md        a listing's words (never its facts)
    translations/ar/pages/<path>.md         a page, e.g. pages/explainers/link-workers.md

Each translated listing or page says which English it was made from (``english_version``,
a hash) and whether it is a draft or has been reviewed, by whom and when. Reading and
checking these files is ``guide.checking.translations``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from pydantic import Field

from .fields import Strict
from .glossary import Glossary
from .languages import Language
from .translatable import ListingWords

#: English pages that residents read, so are translated (paths under docs/).
PAGE_PATTERNS = ("about.md", "explainers/*.md")
#: The interface words: the template (translations/messages.pot) and each language's file.
POT = "messages.pot"
PO = "messages.po"
GLOSSARY = "glossary.yaml"
#: translations/english/: copies of the English that translations were made from.
ENGLISH = "english"


class State(StrEnum):
    MISSING = "missing"
    OUTDATED = "outdated"
    DRAFT = "draft"
    REVIEWED = "reviewed"


class Review(Strict):
    """Who translated and who checked. Translations made by the guide team are drafts."""

    status: Literal["draft", "reviewed"] = Field(
        description="draft until a community reviewer has checked it; then reviewed."
    )
    translated_by: str | None = Field(default=None, description="Who translated it.")
    reviewed_by: str | None = Field(
        default=None, description="The organisation that checked the translation."
    )
    reviewed_on: dt.date | None = Field(default=None, description="When it was checked.")


class TranslationInfo(Review):
    english_version: str = Field(
        pattern=r"^[0-9a-f]{12}$",
        description="Which English this was translated from. `guide translations` prints it.",
    )


class LanguageFile(Review):
    """translations/<code>/language.yaml: the review state of the interface words."""

    variety: str | None = Field(
        default=None,
        description="Which form of the language the translations use, when it has several, "
        "e.g. `Brazilian Portuguese (pt-BR)`.",
    )


class ListingTranslation(ListingWords):
    """The front matter of translations/<code>/services/<id>.md: the listing's words and
    which English they were translated from."""

    translation: TranslationInfo


class PageTranslation(Strict):
    """The front matter of translations/<code>/pages/<path>.md."""

    translation: TranslationInfo
    title: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Translated:
    """One translated listing or page, and how it stands against the current English."""

    path: str
    info: TranslationInfo
    current: bool  # made from the English as it is now
    words: dict[str, Any]  # listing: same shape as english_words(); page: title/description
    body: str = ""
    untouched: bool = False  # still the English it was started from: not translated yet
    was: Any = None  # when outdated: the English it was made from, if a copy was kept

    @property
    def state(self) -> State:
        if self.untouched:
            return State.MISSING
        if not self.current:
            return State.OUTDATED
        return State.REVIEWED if self.info.status == "reviewed" else State.DRAFT


@dataclass
class LanguagePack:
    """Everything translated for one language."""

    language: Language
    review: LanguageFile | None = None
    catalog: Any = None  # babel Catalog, or None when messages.po is missing or broken
    listings: dict[str, Translated] = field(default_factory=dict)
    pages: dict[str, Translated] = field(default_factory=dict)
    glossary: Glossary | None = None

    def listing_state(self, listing_id: str) -> State:
        found = self.listings.get(listing_id)
        return found.state if found else State.MISSING

    def page_state(self, page: str) -> State:
        found = self.pages.get(page)
        return found.state if found else State.MISSING
