"""Turn the directory into page bodies (HTML inside Markdown files) for one language.

Templates live in ``templates/`` and are rendered with autoescaping on, so listing text is
always escaped, never injected as HTML. Interface words go through gettext (``_()``), ready
for the PO catalogs in ``translations/``.
"""

from __future__ import annotations

import datetime as dt
import gettext
import json
import posixpath
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import jinja2
import jinja2.bccache
import markdown
from babel.dates import format_date
from babel.numbers import format_currency
from markupsafe import Markup, escape

from . import hours
from .audit import Audit
from .contact import phone_display, phone_href
from .coverage import Coverage
from .directory import Directory, Listing
from .freshness import is_stale, next_check_due, today
from .icons import icon
from .languages import DEFAULT, Language
from .qr import qr_svg
from .translation import LanguagePack, State
from .words import Words, english, isolate


@dataclass(frozen=True)
class Site:
    """Settings the pages need from the site configuration."""

    report_url: str
    exit_url: str
    url: str = "https://islington-guide.example.org/"  # site_url: QR codes on leaflets


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


class Renderer:
    """Renders every generated page for one language."""

    def __init__(
        self,
        directory: Directory,
        site: Site,
        *,
        language: Language | None = None,
        translations: gettext.NullTranslations | None = None,
        pack: LanguagePack | None = None,
        languages: list[Language] | None = None,
    ) -> None:
        self.directory = directory
        self.site = site
        self.language = language or Language(DEFAULT)
        # Dates, times and numbers follow local custom (British English for English).
        self.locale = self.language.locale
        self.translations = translations or gettext.NullTranslations()
        self.pack = pack
        self.languages = languages or [self.language]

    @property
    def prefix(self) -> str:
        return self.language.prefix

    def words(self, listing: Listing) -> Words:
        translated = self.pack.listings.get(listing.id) if self.pack else None
        return Words(listing, self.language, translated)

    @cached_property
    def env(self) -> jinja2.Environment:
        env = jinja2.Environment(
            loader=jinja2.PackageLoader("guide", "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            extensions=["jinja2.ext.i18n"],
            trim_blocks=True,
            lstrip_blocks=True,
            bytecode_cache=BYTECODE,
        )
        env.install_gettext_callables(  # type: ignore[attr-defined]
            self.gettext, self.ngettext, newstyle=True
        )
        env.globals.update(
            icon=icon,
            phone_display=phone_display,
            phone_href=phone_href,
            date=self.date,
            language_name=self.language_name,
            site=self.site,
            isolate=isolate,
            en=self.en,
            text=self.text,
            qr=qr_svg,
            number=self.money,
            language=self.language,
            languages=self.languages,
        )
        env.filters["language_name"] = self.language_name
        env.filters["language_name_short"] = lambda code: self.locale.languages.get(code, code)
        return env

    def gettext(self, message: str) -> Markup:
        """A translated interface message, escaped (translators' text is never HTML).
        A message not translated yet is marked as English, so it reads left to right."""
        translated = self.translations.gettext(message)
        if self.language.code != DEFAULT and translated == message:
            return english(message)
        return escape(translated)

    def text(self, message: str, **values: object) -> str:
        """A translated message as plain text, for HTML attributes (Jinja escapes it)."""
        translated = self.translations.gettext(message)
        return translated % values if values else translated

    def ngettext(self, singular: str, plural: str, count: int) -> Markup:
        translated = self.translations.ngettext(singular, plural, count)
        if self.language.code != DEFAULT and translated in (singular, plural):
            return english(translated)
        return escape(translated)

    def en(self, text: str) -> Markup:
        """English words that stay English (names of organisations, sources)."""
        return isolate(text) if self.language.code == DEFAULT else english(text)

    def money(self, amount: float) -> str:
        return format_currency(amount, "GBP", locale=self.locale)

    def date(self, value: dt.date) -> str:
        return format_date(value, format="long", locale=self.locale)

    def language_name(self, code: str) -> str:
        """The language's name in the reader's language, with its own name when different."""
        here = self.locale.languages.get(code, code)
        try:
            own = Language(code).native_name
        except (ValueError, LookupError):
            own = here
        return here if own.lower() == here.lower() else f"{here} ({own})"

    def _render(self, template: str, src_uri: str, **context: Any) -> str:
        current = page_url(src_uri)

        def link(target: str) -> str:
            return relative(page_url(target), current)

        def other_language(code: str) -> str:
            """The same page in another language."""
            return relative(Language(code).prefix + current, self.prefix + current)

        return self.env.get_template(template).render(
            link=link, other_language=other_language, **context
        )

    @cached_property
    def interface_state(self) -> State | None:
        """The review state of the interface words (None in English)."""
        if self.language.code == DEFAULT:
            return None
        if self.pack is None or self.pack.catalog is None:
            return State.MISSING
        if not any(message.id and message.string for message in self.pack.catalog):
            return State.MISSING
        review = self.pack.review
        return State.REVIEWED if review and review.status == "reviewed" else State.DRAFT

    def notice(self, state: State | None, src_uri: str, *, kind: str = "page") -> str:
        """The note at the top of a page in another language: draft, outdated or missing."""
        if state in (None, State.REVIEWED):
            return ""
        current = page_url(src_uri)
        return self.env.get_template("notice.html").render(
            state=str(state),
            kind=kind,
            english_link=relative(current, self.prefix + current),
            language_name=self.language.name_in(self.language),
        )

    def home(self) -> str:
        return self.notice(self.interface_state, "index.md") + self._render(
            "home.html", "index.md", directory=self.directory
        )

    def category(self, category_id: str) -> str:
        category = self.directory.category(category_id)
        listings = self.directory.in_category(category_id)
        languages = sorted(
            {code for item in listings for code in item.meta.languages if code != "en"},
            key=lambda code: self.language_name(code).lower(),
        )
        return self.notice(self.interface_state, f"help/{category_id}.md") + self._render(
            "category.html",
            f"help/{category_id}.md",
            category=category,
            listings=listings,
            spoken=languages,
            card=self.card_data,
            words=self.words,
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

    def hour_rows(self, listing: Listing, words: Words) -> list[hours.Row]:
        """Opening times for people to read, in this language (page and leaflet)."""
        _ = self.translations.gettext
        schedules = listing.meta.schedules
        described = [
            words.nested("schedules", index, "description") for index in range(len(schedules))
        ]
        return hours.rows(schedules, self.locale, _("Every day"), _("24 hours"), described)

    def service(self, listing: Listing) -> str:
        meta = listing.meta
        sources = {source.id: source for source in meta.sources}
        words = self.words(listing)
        rows = self.hour_rows(listing, words)
        src = f"services/{listing.id}.md"
        state = words.state
        if state in (State.DRAFT, State.REVIEWED) and self.interface_state == State.DRAFT:
            state = State.DRAFT
        return self.notice(state, src, kind="service") + self._render(
            "service.html",
            src,
            words=words,
            listing=listing,
            meta=meta,
            main=self.directory.category(meta.categories[0]),
            others=[self.directory.category(c) for c in meta.categories[1:]],
            sources=sources,
            rows=rows,
            open_data=hours.open_now_data(meta.schedules),
            body=words.body(body_html),
            stale=is_stale(meta.assured_date),
            next_due=next_check_due(meta.assured_date),
            card=self.card_data(listing),
            today=today(),
        )

    # -- leaflets ---------------------------------------------------------------------------

    def pdf_name(self, slug: str) -> str:
        """The file name of a leaflet's PDF, which sits beside its HTML page."""
        return f"{slug}-{self.language.code}.pdf"

    def address(self, src_uri: str) -> str:
        """The full web address of a page in this language (for QR codes)."""
        return self.site.url.rstrip("/") + "/" + self.prefix + page_url(src_uri)

    def _leaflet_context(self) -> dict[str, Any]:
        return {"crisis": self.directory.crisis, "today": today(), "words": self.words}

    def leaflet_service(self, listing: Listing) -> str:
        meta = listing.meta
        words = self.words(listing)
        rows = self.hour_rows(listing, words)
        context = self._leaflet_context() | {"words": words}
        return self._render(
            "leaflet_service.html",
            f"leaflets/services/{listing.id}.md",
            meta=meta,
            main=self.directory.category(meta.categories[0]),
            rows=rows,
            card=self.card_data(listing),
            pdf=self.pdf_name(listing.id),
            page_address=self.address(f"services/{listing.id}.md"),
            **context,
        )

    def leaflet_category(self, category_id: str) -> str:
        category = self.directory.category(category_id)
        return self._render(
            "leaflet_list.html",
            f"leaflets/help/{category_id}.md",
            title=self.gettext(category.name),
            title_icon=category.icon,
            lead=self.gettext(category.explanation),
            groups=[(category, self.directory.in_category(category_id))],
            pdf=self.pdf_name(category_id),
            page_address=self.address(f"help/{category_id}.md"),
            **self._leaflet_context(),
        )

    def leaflet_overview(self) -> str:
        groups = [
            (category, [i for i in self.directory.listings if i.meta.categories[0] == category.id])
            for category in self.directory.categories
        ]
        return self._render(
            "leaflet_list.html",
            "leaflets/overview.md",
            title=self.gettext("Where to go for help"),
            title_icon="lifebuoy",
            lead=self.gettext(
                "Free and private support for your mental health and wellbeing in Islington."
            ),
            groups=[(category, items) for category, items in groups if items],
            pdf=self.pdf_name("where-to-go-for-help"),
            page_address=self.address("index.md"),
            **self._leaflet_context(),
        )

    def leaflets_index(self) -> str:
        """The "Print a leaflet" page: every leaflet in this language."""
        here = page_url("leaflets/index.md")

        def item(src: str, name: Markup | str, icon_name: str, slug: str) -> dict[str, Any]:
            html = relative(page_url(src), here)
            return {
                "name": name,
                "icon": icon_name,
                "html": html,
                "pdf": html + self.pdf_name(slug),
            }

        return self._render(
            "leaflets_index.html",
            "leaflets/index.md",
            overview=item(
                "leaflets/overview.md",
                self.gettext("Where to go for help"),
                "lifebuoy",
                "where-to-go-for-help",
            ),
            categories=[
                item(f"leaflets/help/{c.id}.md", self.gettext(c.name), c.icon, c.id)
                for c in self.directory.categories
            ],
            services=[
                item(
                    f"leaflets/services/{i.id}.md",
                    self.words(i)("name"),
                    self.directory.category(i.meta.categories[0]).icon,
                    i.id,
                )
                for i in sorted(
                    self.directory.listings, key=lambda i: self.words(i).plain("name").lower()
                )
            ],
        )

    # -- for services and commissioners (English only) ----------------------------------

    def coverage(self, report: Coverage) -> str:
        def category_name(category_id: str) -> str:
            return self.directory.category(category_id).name

        return self._render(
            "coverage.html",
            "toolkit/coverage.md",
            report=report,
            total=report.total,
            today=today(),
            category_name=category_name,
            plain=str,
        )

    def self_audit(self, audit: Audit) -> str:
        statements = [
            {"area": area.area, "id": s.id, "text": s.text, "source": s.source}
            for area in audit.areas
            for s in area.statements
        ]
        # JSON inside <script>: "<" escaped so the data can never close the tag.
        data = json.dumps(statements, ensure_ascii=False).replace("<", "\\u003c")
        return self._render(
            "self_audit.html", "toolkit/self-audit.md", audit=audit, statements_json=Markup(data)
        )

    def language_menu(self, url: str) -> str:
        """The chooser for the page at ``url`` (a site-root URL like ar/services/x/)."""
        if len(self.languages) < 2:
            return ""
        plain = url.removeprefix(self.prefix) if self.prefix else url
        links = {other.code: relative(other.prefix + plain, url) for other in self.languages}
        return self.env.get_template("languages.html").render(links=links)

    def crisis_box(self) -> str:
        return self.env.get_template("crisis.html").render(crisis=self.directory.crisis)

    def exit_button(self) -> str:
        return self.env.get_template("exit.html").render()
