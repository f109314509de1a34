"""One build's state: the project as loaded, a rendering context per language and the
generated pages, made again (all together) only when an input file changes.

mkdocs-static-i18n builds the site once per language, so the plugin's events run once per
language; everything here is made once per load and shared by every language's build.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..checking.datafile import STATEMENTS
from ..checking.project import Project, load_project
from ..clock import ClockError, today
from ..generate import contexts, generated_pages
from ..i18n import catalogs, theme_words
from ..i18n.bidi import isolate_html
from ..i18n.status import project_statuses
from ..leaflets import theme
from ..model.languages import DEFAULT, Language
from ..model.translation import PAGE_PATTERNS
from ..site import routes
from ..site.chrome import Chrome
from ..site.context import Context
from ..site.contributor import status_page
from ..site.files import PREBUILT, write_pages
from .settings import SettingsError, site_for_build

#: An element's id in a prebuilt page's HTML (MkDocs checks links to them).
ANCHOR = re.compile(r'\sid="([^"]+)"')


@dataclass(frozen=True)
class Inputs:
    """Where the guide's content is, and what the build needs from its configuration."""

    root: Path
    services_dir: Path
    docs_dir: Path
    site: routes.Site
    built: frozenset[str]  # the language codes being built

    def files(self) -> list[Path]:
        """Every file whose change means loading again (also watched by `mkdocs serve`):
        listings, translations, the English pages translations are made from, the
        self-audit statements."""
        found = [path for folder in self.watched() for path in folder.rglob("*") if path.is_file()]
        english = (p for pattern in PAGE_PATTERNS for p in self.docs_dir.glob(pattern))
        found += [self.docs_dir / STATEMENTS, *(p for p in english if p.suffixes == [".md"])]
        return [path for path in found if path.is_file()]

    def theme_dirs(self) -> list[Path]:
        """Template folders the theme needs besides overrides/: the leaflets' page template,
        and Material's words for languages it lacks (translations/<code>/theme.html)."""
        cache = self.root / ".cache" / "theme"
        return [theme.THEME_DIR, theme_words.install(self.root / "translations", cache)]

    def watched(self) -> list[Path]:
        """The folders of listings and translations (those that exist)."""
        return [d for d in (self.services_dir, self.root / "translations") if d.is_dir()]

    def stamp(self) -> float:
        return max((path.stat().st_mtime for path in self.files()), default=0.0)


@dataclass(frozen=True)
class Converted:
    """An English page as MkDocs converted it (once, whichever language showed it first)."""

    html: str  # numbers isolated
    toc: Any
    title: str | None
    anchors: set[str] | None


@dataclass
class Loaded:
    inputs: Inputs
    project: Project
    today: dt.date
    contexts: dict[str, Context]
    _pages: dict[str, str] | None = field(default=None, repr=False)
    _chrome: dict[str, Chrome] = field(default_factory=dict, repr=False)
    _written: bool = field(default=False, repr=False)
    _held: dict[str, str | Converted] = field(default_factory=dict, repr=False)
    _converting: dict[str, str] = field(default_factory=dict, repr=False)
    _converted: dict[tuple[str, str], Converted] = field(default_factory=dict, repr=False)

    def report(self, log: logging.Logger | logging.LoggerAdapter[logging.Logger]) -> str:
        """Log the problems found (warnings as information: they are for `guide validate`,
        and one stale listing must not block every fix); the error message, if any."""
        problems = sorted(set(self.project.problems))
        for item in problems:
            (log.error if item.is_error else log.info)(item.format())
        if any(item.is_error for item in problems):
            return "The listings or translations have errors (above). Nothing was built."
        return ""

    def write_pages(self) -> int:
        """The generated pages into docs/, once per load (not again for each language)."""
        written = 0 if self._written else write_pages(self.inputs.docs_dir, self.pages())
        self._written = True
        return written

    def page_markdown(self, page: Any, markdown: str, language: str) -> str:
        """What MkDocs converts of a page (``page``: MkDocs' Page): nothing for a prebuilt
        page, or for an English page already converted in an earlier language (the i18n
        plugin shows English pages not translated yet in every language)."""
        src, meta = page.file.src_uri, page.meta
        if meta.get(PREBUILT):
            self._held[src] = markdown
            return ""
        if getattr(page.file, "locale", language) == DEFAULT:
            if (done := self._converted.get((src, markdown))) is not None:
                self._held[src] = done
                return ""
            self._converting[src] = markdown
        return markdown

    def page_content(self, page: Any, html: str, language: str) -> str:
        """A page's content in ``language``, isolated for direction (chrome.content)."""
        src, chrome = page.file.src_uri, self.chrome(language)
        text_language = getattr(page.file, "locale", language)
        held = self._held.pop(src, None)
        if isinstance(held, str):  # prebuilt: MkDocs did not see its element ids
            page.present_anchor_ids = set(ANCHOR.findall(held))
            return chrome.content(held, text_language=text_language, src=src, isolated=True)
        if held is None and (markdown := self._converting.pop(src, None)) is not None:
            title = getattr(page, "_title_from_render", None)  # MkDocs' title from the H1
            held = Converted(isolate_html(html), page.toc, title, page.present_anchor_ids)
            self._converted[(src, markdown)] = held
        if held is None:
            return chrome.content(html, text_language=text_language, src=src)
        page.toc, page.present_anchor_ids = held.toc, held.anchors
        setattr(page, "_title_from_render", held.title)  # noqa: B010 - MkDocs' own attribute
        return chrome.content(held.html, text_language=text_language, src=src, isolated=True)

    def context(self, code: str) -> Context:
        return self.contexts.get(code) or self.contexts[DEFAULT]

    def languages(self) -> list[Language]:
        """The languages built, English first."""
        return [context.language for context in self.contexts.values()]

    def chrome(self, code: str) -> Chrome:
        """One language's page frame, made once per load (every page of it shares it)."""
        if code not in self._chrome:
            self._chrome[code] = Chrome(self.context(code))
        return self._chrome[code]

    def pages(self) -> dict[str, str]:
        """Every generated page of every language built, rendered once per load."""
        if self._pages is None:
            self._pages = generated_pages(
                list(self.contexts.values()),
                status=self._status(),
                audit=self.project.audit,
                english_pages=self.project.english,
            )
        return self._pages

    def _status(self) -> str:
        project = self.project
        if not project.packs:
            return ""
        pot = catalogs.template(project.root)
        statuses, versions = project_statuses(
            project.packs, project.loaded.directory, project.english or {}, pot
        )
        how_to = self.inputs.docs_dir / routes.TRANSLATING.src
        return status_page(statuses, versions, how_to="translating.md" if how_to.is_file() else "")


class LoadError(Exception):
    """The project cannot be loaded for a build: the clock or a setting is wrong."""


class BuildState:
    """The current load; ``load`` reads the project again only when an input changed."""

    def __init__(self) -> None:
        self.current: Loaded | None = None
        self._key: tuple[Inputs, float] | None = None

    def now(self) -> Loaded:
        """The current load, which on_config made or checked: the events that run once per
        page use it, so that no file is looked at again for every page."""
        if self.current is None:
            raise RuntimeError("the project is loaded in on_config, before any page")
        return self.current

    def load_site(
        self, root: Path, docs: Path, site_url: str | None, settings: Any, built: frozenset[str]
    ) -> Loaded:
        """The load for a build of ``root`` (``settings``: the plugin's). Raises LoadError."""
        try:
            site = site_for_build(site_url, settings)
            services = root / settings.services_dir
            return self.load(Inputs(root, services, docs, site, built))
        except (ClockError, SettingsError) as error:
            raise LoadError(str(error)) from None

    def load(self, inputs: Inputs) -> Loaded:
        key = (inputs, inputs.stamp())
        if self.current is None or key != self._key:
            project = load_project(
                inputs.root,
                services_dir=inputs.services_dir,
                docs_dir=inputs.docs_dir,
                reading_scores=False,  # warnings only: `guide validate` gives them
            )
            languages = [lang for lang in project.languages if lang.code in inputs.built]
            now = today()
            self.current = Loaded(
                inputs,
                project,
                now,
                contexts(
                    project.loaded.directory, inputs.site, languages, project.packs, today=now
                ),
            )
            self._key = key
        return self.current
