"""The guide's languages: English (the source) and every folder under translations/.

Which languages exist is decided by the folders under translations/ (see
``guide.checking.translations``); names, script direction and date formats come from Babel
(CLDR), never typed by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from babel import Locale, UnknownLocaleError

DEFAULT = "en"
#: The locale used to format dates and numbers, when it is not the language code itself.
FORMAT_LOCALES = {"en": "en_GB"}


@dataclass(frozen=True)
class Language:
    code: str

    @cached_property
    def locale(self) -> Locale:
        return Locale.parse(FORMAT_LOCALES.get(self.code, self.code))

    @property
    def native_name(self) -> str:
        """The language named in its own script, as a reader would look for it."""
        name = Locale.parse(self.code).get_display_name(self.code) or self.code
        return name[:1].upper() + name[1:]

    @property
    def english_name(self) -> str:
        return Locale.parse(self.code).english_name or self.code

    @property
    def direction(self) -> str:
        """ "rtl" or "ltr"."""
        return "rtl" if Locale.parse(self.code).character_order == "right-to-left" else "ltr"

    @property
    def prefix(self) -> str:
        """Where this language's pages live in the site: "" for English, "ar/" for Arabic."""
        return "" if self.code == DEFAULT else f"{self.code}/"

    def name_in(self, other: Language) -> str:
        """This language's name in ``other``'s language."""
        return str(other.locale.languages.get(self.code, self.english_name))


def is_known(code: str) -> bool:
    """Babel (CLDR) knows the language: we can name it and format dates in it."""
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return False
    return True
