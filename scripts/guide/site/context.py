"""What every page family renders with, in one language: the templates (Jinja, autoescaped),
the interface words and formats, a listing's words, links between pages and today's date.

Templates live in ``site/templates/`` and ``leaflets/templates/``. They are rendered with
autoescaping on, so listing text is always escaped, never injected as HTML.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import Any

import jinja2
import jinja2.bccache
import markdown
from markupsafe import Markup

from ..i18n.bidi import isolate
from ..i18n.interface import Interface
from ..i18n.words import Words
from ..model.contact import phone_display, phone_href
from ..model.directory import Directory, Listing
from ..model.freshness import is_old
from ..model.languages import Language
from ..model.source import Source
from . import routes
from .files import prebuilt_page
from .icons import icon
from .routes import Page, Site, relative


def body_html(text: str) -> Markup:
    """A listing's Markdown body as HTML. Raw HTML is escaped, never passed through
    (validation already rejects it; this is the second lock)."""
    engine = markdown.Markdown(extensions=[], output_format="html")
    engine.preprocessors.deregister("html_block")
    engine.inlinePatterns.deregister("html")
    engine.inlinePatterns.deregister("entity")
    return Markup(engine.convert(text))


class _SharedBytecode(jinja2.BytecodeCache):
    """Templates are compiled once per process, not once per language's environment."""

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.store:
            bucket.bytecode_from_string(self.store[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


BYTECODE = _SharedBytecode()
LOADER = jinja2.ChoiceLoader(
    [jinja2.PackageLoader("guide.site", "templates"), jinja2.PackageLoader("guide.leaflets")]
)


class Context:
    """One language's rendering context, shared by every page family."""

    def __init__(
        self,
        directory: Directory,
        site: Site,
        interface: Interface,
        *,
        languages: list[Language] | None = None,
        today: dt.date,
    ) -> None:
        self.directory = directory
        self.site = site
        self.interface = interface
        self.language = interface.language
        self.pack = interface.pack
        self.languages = languages or [self.language]
        self.today = today

    def words(self, listing: Listing) -> Words:
        translated = self.pack.listings.get(listing.id) if self.pack else None
        return Words(listing, self.language, translated)

    @cached_property
    def env(self) -> jinja2.Environment:
        env = jinja2.Environment(
            loader=LOADER,
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            extensions=["jinja2.ext.i18n"],
            trim_blocks=True,
            lstrip_blocks=True,
            bytecode_cache=BYTECODE,
        )
        ui = self.interface
        env.install_gettext_callables(  # type: ignore[attr-defined]
            ui.gettext, ui.ngettext, newstyle=True
        )
        env.globals.update(
            icon=icon,
            phone_display=phone_display,
            phone_href=phone_href,
            date=ui.date,
            language_name=ui.language_name,
            language_name_text=ui.language_name_text,
            site=self.site,
            isolate=isolate,
            en=ui.en,
            text=ui.text,
            number=ui.money,
            language=self.language,
            languages=self.languages,
            pages=routes,
            today=self.today,
            is_old=self.is_old,
        )
        env.filters["language_name"] = ui.language_name
        env.filters["language_name_short"] = ui.language_name_short
        return env

    def is_old(self, source: Source) -> bool:
        """The facts from ``source`` may be out of date today (or it shows no date)."""
        return is_old(source, self.today)

    def render(self, template: str, page: Page, **context: Any) -> str:
        """A page body: ``link(page)`` and ``other_language(code)`` are relative to ``page``."""
        current = page.url
        prefix = self.language.prefix

        def link(target: Page) -> str:
            return relative(target.url, current)

        def other_language(code: str) -> str:
            """The same page in another language."""
            return relative(Language(code).prefix + current, prefix + current)

        return self.env.get_template(template).render(
            link=link, other_language=other_language, **context
        )

    def page_file(self, body: str, **meta: object) -> str:
        """A generated page's file: its front matter and its finished HTML body."""
        return prebuilt_page(body, rtl=self.language.direction == "rtl", **meta)

    def fragment(self, template: str, **context: Any) -> str:
        """A part of every page (crisis box, exit button...), not tied to one page."""
        return self.env.get_template(template).render(**context)
