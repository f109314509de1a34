"""Hand-written pages (explainers, About) in another language, copied from
translations/<code>/pages/ with their draft or outdated notice."""

from __future__ import annotations

from ..model.translation import Translated
from .chrome import Chrome
from .context import Context
from .files import front_matter
from .routes import Page


class TranslatedPages:
    def __init__(self, context: Context) -> None:
        self.context = context
        self.chrome = Chrome(context)

    def all(self) -> dict[str, str]:
        """{file under docs/: content}; a page not translated yet is left out, so the i18n
        plugin falls back to the English (marked as English by Chrome.content)."""
        pack = self.context.pack
        if pack is None:
            return {}
        code = self.context.language.code
        return {
            Page(rel).file(code): self.page(Page(rel), translated)
            for rel, translated in pack.pages.items()
            if not translated.untouched
        }

    def page(self, page: Page, translated: Translated) -> str:
        meta = {key: value for key, value in translated.words.items() if value}
        notice = self.chrome.notice(translated.state, page)
        body = translated.body.strip()
        return front_matter(**meta, guide_translation=str(translated.state)) + (
            f"{notice}\n\n{body}\n" if notice else f"{body}\n"
        )
