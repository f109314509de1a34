"""Turn the directory into page bodies (HTML inside Markdown files) for one language.

Templates live in ``templates/`` and are rendered with autoescaping on, so listing text is
always escaped, never injected as HTML. Interface words go through gettext (``_()``), ready
for the PO catalogs in ``translations/``.
"""

from __future__ import annotations

import datetime as dt
import gettext
import posixpath
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import jinja2
import markdown
from babel import Locale
from babel.dates import format_date
from markupsafe import Markup

from . import hours
from .contact import phone_display, phone_href
from .directory import Directory, Listing
from .freshness import is_stale, next_check_due, today
from .icons import icon

FORMAT_LOCALES = {"en": "en_GB"}


@dataclass(frozen=True)
class Site:
    """Settings the pages need from the site configuration."""

    report_url: str
    exit_url: str


def page_url(src_uri: str) -> str:
    """The directory-style URL MkDocs gives a Markdown file: help/talk.md -> help/talk/."""
    stem = src_uri.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


def relative(target: str, current: str) -> str:
    """A link from the page at ``current`` to ``target`` (both site-root URLs like a/b/)."""
    base = "/" + current
    link = posixpath.relpath("/" + target, base if base.endswith("/") else posixpath.dirname(base))
    if (not target or target.endswith("/")) and not link.endswith("/"):
        link += "/"
    return "./" if link in (".", "./") else link


def body_html(text: str) -> Markup:
    """A listing's Markdown body as HTML. Raw HTML is escaped, never passed through
    (validation already rejects it; this is the second lock)."""
    engine = markdown.Markdown(extensions=[], output_format="html")
    engine.preprocessors.deregister("html_block")
    engine.inlinePatterns.deregister("html")
    engine.inlinePatterns.deregister("entity")
    return Markup(engine.convert(text))


class Renderer:
    """Renders every generated page for one language."""

    def __init__(
        self,
        directory: Directory,
        site: Site,
        *,
        language: str = "en",
        translations: gettext.NullTranslations | None = None,
    ) -> None:
        self.directory = directory
        self.site = site
        self.language = language
        # Dates, times and numbers follow local custom: British English for English.
        self.locale = Locale.parse(FORMAT_LOCALES.get(language, language))
        self.translations = translations or gettext.NullTranslations()

    @cached_property
    def env(self) -> jinja2.Environment:
        env = jinja2.Environment(
            loader=jinja2.PackageLoader("guide", "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            extensions=["jinja2.ext.i18n"],
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.install_gettext_translations(self.translations, newstyle=True)  # type: ignore[attr-defined]
        env.globals.update(
            icon=icon,
            phone_display=phone_display,
            phone_href=phone_href,
            date=self.date,
            language_name=self.language_name,
            site=self.site,
        )
        env.filters["language_name"] = self.language_name
        env.filters["language_name_short"] = lambda code: self.locale.languages.get(code, code)
        return env

    def date(self, value: dt.date) -> str:
        return format_date(value, format="long", locale=self.locale)

    def language_name(self, code: str) -> str:
        """The language's name in the reader's language, with its own name when different."""
        here = self.locale.languages.get(code, code)
        try:
            own = Locale.parse(code).get_display_name(code) or here
        except (ValueError, LookupError):
            own = here
        return here if own.lower() == here.lower() else f"{here} ({own})"

    def _render(self, template: str, src_uri: str, **context: Any) -> str:
        current = page_url(src_uri)

        def link(target: str) -> str:
            return relative(page_url(target), current)

        return self.env.get_template(template).render(link=link, **context)

    def home(self) -> str:
        return self._render("home.html", "index.md", directory=self.directory)

    def category(self, category_id: str) -> str:
        category = self.directory.category(category_id)
        listings = self.directory.in_category(category_id)
        languages = sorted(
            {code for item in listings for code in item.meta.languages if code != "en"},
            key=lambda code: self.language_name(code).lower(),
        )
        return self._render(
            "category.html",
            f"help/{category_id}.md",
            category=category,
            listings=listings,
            languages=languages,
            card=self.card_data,
        )

    def card_data(self, listing: Listing) -> dict[str, Any]:
        meta = listing.meta
        step_free = any(loc.step_free for loc in meta.locations)
        return {
            "languages": " ".join(meta.languages),
            "self": "1" if meta.self_referral else "0",
            "free": "1" if meta.free else "0",
            "stepfree": "1" if step_free else "0",
            "hours": hours.open_now_data(meta.schedules),
            "step_free": step_free,
        }

    def service(self, listing: Listing) -> str:
        meta = listing.meta
        sources = {source.id: source for source in meta.sources}
        _ = self.translations.gettext
        rows = hours.rows(meta.schedules, self.locale, _("Every day"), _("24 hours"))
        return self._render(
            "service.html",
            f"services/{listing.id}.md",
            listing=listing,
            meta=meta,
            main=self.directory.category(meta.categories[0]),
            others=[self.directory.category(c) for c in meta.categories[1:]],
            sources=sources,
            rows=rows,
            open_data=hours.open_now_data(meta.schedules),
            body=body_html(listing.body) if listing.body.strip() else "",
            stale=is_stale(meta.assured_date),
            next_due=next_check_due(meta.assured_date),
            card=self.card_data(listing),
            today=today(),
        )

    def crisis_box(self) -> str:
        return self.env.get_template("crisis.html").render(crisis=self.directory.crisis)

    def exit_button(self) -> str:
        return self.env.get_template("exit.html").render()
