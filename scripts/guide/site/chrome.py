"""What frames every page in one language: the crisis box, Exit this page, the language
chooser, and the note on a page in another language (draft, outdated or not translated)."""

from __future__ import annotations

import re

from markupsafe import escape

from ..i18n.bidi import isolate_html
from ..model.languages import DEFAULT
from ..model.translation import State
from .context import Context
from .routes import Page, relative

#: Where a link goes in the chooser rendered once per language (private-use characters).
STAND_IN = re.compile("\ue000([a-z-]+)\ue001")


class Chrome:
    """One language's frame. The crisis box and Exit are the same on every page of a
    language: they are rendered once (keep one Chrome per language and load)."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self._crisis: str | None = None
        self._exit: str | None = None
        self._menus: dict[bool, str] = {}  # the chooser, by "is the home page"

    def crisis_box(self) -> str:
        """On every page, outside its content: isolated here like the content is."""
        if self._crisis is None:
            html = self.context.fragment("crisis.html", crisis=self.context.directory.crisis)
            self._crisis = isolate_html(html, latin=self.context.language.direction == "rtl")
        return self._crisis

    def exit_button(self) -> str:
        if self._exit is None:
            self._exit = self.context.fragment("exit.html")
        return self._exit

    def frame(self, url: str, site_url: str) -> dict[str, str]:
        """What the theme's templates put around the page at ``url`` (guide_* variables)."""
        return {
            "guide_crisis": self.crisis_box(),
            "guide_exit": self.exit_button(),
            "guide_languages": self.language_menu(url),
            "guide_alternates": self.alternates(url, site_url),
        }

    def _english_url(self, url: str) -> str:
        """The site-root URL of the page at ``url`` without this language's folder."""
        prefix = self.context.language.prefix
        return url.removeprefix(prefix) if prefix else url

    def language_menu(self, url: str) -> str:
        """The chooser for the page at ``url`` (a site-root URL like ar/services/x/)."""
        languages = self.context.languages
        if len(languages) < 2:
            return ""
        plain = self._english_url(url)
        home = plain == ""
        if home not in self._menus:  # rendered once, with a stand-in for each link
            stand_ins = {other.code: f"\ue000{other.code}\ue001" for other in languages}
            self._menus[home] = self.context.fragment("languages.html", links=stand_ins, home=home)
        links = {other.code: relative(other.prefix + plain, url) for other in languages}
        return STAND_IN.sub(lambda match: links[match.group(1)], self._menus[home])

    def alternates(self, url: str, site_url: str) -> str:
        """<link> elements naming this page in every language (hreflang, absolute addresses)
        and the English one as x-default, for search engines. Their rel is "alternate " (a
        token list holding "alternate" for HTML and search engines) so that it is not exactly
        "alternate": Material's script fetches a sitemap.xml beside the href of every
        `link[rel=alternate]`, ten requests (or ten 404 errors) on every page view.
        Lighthouse's hreflang audit skips them too (tests/test_quality.py checks them)."""
        languages = self.context.languages
        if len(languages) < 2 or not site_url:
            return ""
        plain = self._english_url(url)
        base = site_url.rstrip("/") + "/"
        links = [(other.code, base + other.prefix + plain) for other in languages]
        links.append(("x-default", base + plain))
        return "\n".join(
            f'<link rel="alternate " hreflang="{code}" href="{escape(href)}">'
            for code, href in links
        )

    def notice(self, state: State | None, page: Page, *, kind: str = "page") -> str:
        """The note at the top of a page in another language: draft, outdated or missing."""
        if state in (None, State.REVIEWED):
            return ""
        language = self.context.language
        return self.context.fragment(
            "notice.html",
            state=str(state),
            kind=kind,
            english_link=relative(page.url, language.prefix + page.url),
            language_name=language.name_in(language),
        )

    def content(self, html: str, *, text_language: str, src: str, isolated: bool = False) -> str:
        """A built page's content: phone numbers (and, in right-to-left pages, English
        words) isolated, unless ``isolated`` already (a prebuilt page); a page the i18n
        plugin fell back to English for is marked as English, with a notice."""
        language = self.context.language
        if language.code not in (DEFAULT, text_language):
            notice = self.notice(State.MISSING, Page(src))
            body = html if isolated else isolate_html(html)
            return f'{notice}<div lang="en" dir="ltr">{body}</div>'
        return html if isolated else isolate_html(html, latin=language.direction == "rtl")
