"""The MkDocs plugin: MkDocs events only, each a few lines calling the core.

- on_config: load and check the listings and translations once per process (cached); stop
  on errors; name the site in the language being built.
- on_pre_build: write the generated pages of every language into docs/ (only changed files).
- on_nav: menu titles in the language being built.
- on_page_context: the crisis box, Exit this page and the language chooser, in that language.
- on_page_content: a page not translated yet is marked as English, with a notice.
- on_post_page: `dir` on <html>; each language searches its own index.
- on_post_build: split the search index by language.
- on_serve: reload when a listing or translation changes.

mkdocs-static-i18n builds the site once per language, so every event runs once per language.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.nav import Section

from . import catalog
from .audit import STATEMENTS
from .coverage import coverage
from .languages import DEFAULT, Language
from .pages import generated_pages, write_pages
from .pdf import PdfError, render_leaflets
from .problems import report
from .project import Project, load_project
from .render import Renderer, Site
from .search_split import split_search_index
from .status import project_statuses, status_page
from .translation import PAGE_PATTERNS, State
from .words import isolate_html

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext

log = get_plugin_logger(__name__)
LEAFLET_ASSETS = ("leaflet.css", "leaflet.js")
LANGUAGE_COPIES = ("toolkit/coverage.csv", "sitemap.xml", "sitemap.xml.gz")
HTML_TAG = re.compile(r"<html ([^>]*)>")
CONFIG_BASE = re.compile(
    r'(<script id="__config" type="application/json">[^<]*?"base": ")([^"]*)(")'
)


class GuideConfig(Config):  # type: ignore[no-untyped-call]
    services_dir = opt.Type(str, default="services")
    report_url = opt.Type(str, default="https://github.com/islington-guide/guide/issues/new")
    exit_url = opt.Type(str, default="https://www.bbc.co.uk/weather")
    # Print every leaflet to PDF after the build (Chromium). GUIDE_PDFS=0 turns it off.
    leaflet_pdfs = opt.Type(bool, default=True)
    # Where unchanged leaflets' PDFs are kept between builds (relative to mkdocs.yml).
    pdf_cache = opt.Type(str, default=".cache/leaflets")


class GuidePlugin(BasePlugin[GuideConfig]):  # type: ignore[no-untyped-call]
    project: Project | None = None
    _loaded_from: tuple[Path, float] | None = None
    _renderers: dict[str, Renderer] | None = None
    _english: dict[str, str] | None = None
    _pages: dict[str, str] | None = None

    # -- which language is being built -------------------------------------------------------

    @staticmethod
    def _i18n(config: MkDocsConfig) -> Any:
        return config.plugins.get("i18n")

    def language(self, config: MkDocsConfig) -> str:
        i18n = self._i18n(config)
        return (i18n.current_language if i18n else None) or DEFAULT

    def _built_languages(self, config: MkDocsConfig) -> set[str]:
        i18n = self._i18n(config)
        return set(i18n.build_languages) if i18n else {DEFAULT}

    # -- loading -----------------------------------------------------------------------------

    def _root(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent

    def _watched(self, config: MkDocsConfig) -> list[Path]:
        root = self._root(config)
        return [root / self.config.services_dir, root / "translations"]

    def _load(self, config: MkDocsConfig) -> Project:
        root = self._root(config)
        files = [p for folder in self._watched(config) for p in folder.rglob("*") if p.is_file()]
        # The English pages translations are compared with, and the self-audit statements,
        # are read from docs/ too: an edit there (under `mkdocs serve`) reloads as well.
        docs = Path(config.docs_dir)
        english = (p for pattern in PAGE_PATTERNS for p in docs.glob(pattern))
        files += [docs / STATEMENTS, *(p for p in english if p.suffixes == [".md"])]
        files = [p for p in files if p.is_file()]
        stamp = max((p.stat().st_mtime for p in files), default=0.0)
        if self.project is None or self._loaded_from != (root, stamp):
            self.project = load_project(
                root,
                services_dir=root / self.config.services_dir,
                docs_dir=Path(config.docs_dir),
            )
            self._loaded_from = (root, stamp)
            self._renderers = None
            self._pages = None
        return self.project

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        first = self.project is None
        project = self._load(config)
        if first or self.language(config) == DEFAULT:
            lines, failed = report(project.problems)
            # Warnings (plain words, listings due a check) are for `guide validate`; they
            # must not stop the site being rebuilt, or one stale listing would block every fix.
            for line, item in zip(lines, sorted(set(project.problems)), strict=True):
                (log.error if item.is_error else log.info)(line)
            if failed:
                raise PluginError(
                    "The listings or translations have errors (above). Nothing was built."
                )
        self._theme_words(config)
        if self._english is None:
            self._english = {
                "site_name": config.site_name,
                "site_description": config.site_description or "",
            }
        # (not `_`: these are messages from mkdocs.yml, extracted there by catalog.py)
        translate = self.renderer(config).translations.gettext
        config.site_name = translate(self._english["site_name"])
        config.site_description = translate(self._english["site_description"])
        return config

    def _theme_words(self, config: MkDocsConfig) -> None:
        """Material's own interface words for languages it does not ship (Somali, Kurmanji,
        Tigrinya...) live with the other translations, in translations/<code>/theme.html.
        They are given to the theme as partials/languages/<code>.html; when a language has
        none, say what to do instead of failing later with TemplateNotFound."""
        root = self._root(config)
        folder = root / ".cache" / "theme"
        target = folder / "partials" / "languages"
        target.mkdir(parents=True, exist_ok=True)
        for words in sorted((root / "translations").glob("*/theme.html")):
            copy = target / f"{words.parent.name}.html"
            text = words.read_text(encoding="utf-8")
            if not copy.is_file() or copy.read_text(encoding="utf-8") != text:
                copy.write_text(text, encoding="utf-8")
        if str(folder) not in config.theme.dirs:
            config.theme.dirs.insert(1, str(folder))  # after overrides/, before Material
        code = self.language(config)
        name = f"partials/languages/{code}.html"
        if not any((Path(d) / name).is_file() for d in config.theme.dirs):
            raise PluginError(
                f"Material for MkDocs has no interface words for '{code}'. Copy "
                f"translations/so/theme.html to translations/{code}/theme.html, change "
                f'"language": "so" to "{code}" (and "direction" to "rtl" for a right-to-left '
                "language), translate the words, and build again."
            )

    def renderers(self, config: MkDocsConfig) -> dict[str, Renderer]:
        """One renderer per language built (English first), made once per load."""
        project = self.project or self._load(config)
        if self._renderers is None:
            site = Site(
                report_url=self.config.report_url,
                exit_url=self.config.exit_url,
                url=config.site_url or "https://islington-guide.example.org/",
            )
            built = self._built_languages(config)
            languages = [lang for lang in project.languages if lang.code in built]
            self._renderers = {}
            for language in languages:
                pack = project.packs.get(language.code)
                self._renderers[language.code] = Renderer(
                    project.loaded.directory,
                    site,
                    language=language,
                    translations=catalog.gettext_for(pack.catalog if pack else None),
                    pack=pack,
                    languages=languages,
                )
        return self._renderers

    def renderer(self, config: MkDocsConfig) -> Renderer:
        renderers = self.renderers(config)
        return renderers.get(self.language(config)) or renderers[DEFAULT]

    # -- pages -------------------------------------------------------------------------------

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # Every language's pages are rendered once per load (the i18n plugin runs this event
        # once per language); later builds only check that the files are still current.
        if self._pages is None:
            self._pages = self._render_pages(config)
        written = write_pages(Path(config.docs_dir), self._pages)
        if written:
            log.info("wrote %d generated page(s)", written)

    def _render_pages(self, config: MkDocsConfig) -> dict[str, str]:
        project = self.project or self._load(config)
        status = ""
        if project.packs:
            statuses, versions = project_statuses(project, Path(config.docs_dir))
            how_to = Path(config.docs_dir) / "contributing" / "translating.md"
            status = status_page(
                statuses, versions, how_to="translating.md" if how_to.is_file() else ""
            )
        renderers = list(self.renderers(config).values())
        community = [lang.code for lang in project.languages if lang.code != DEFAULT]
        report = coverage(project.loaded.directory, community)
        return generated_pages(renderers, status=status, audit=project.audit, report=report)

    @event_priority(-150)  # after the i18n plugin has made the menu for this language
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        if self.language(config) == DEFAULT:
            return nav
        translate = self.renderer(config).translations.gettext
        stack: list[Any] = list(nav.items)
        while stack:
            item = stack.pop()
            if isinstance(item, Section):
                stack.extend(item.children)
            if getattr(item, "title", None):
                item.title = translate(item.title)
        return nav

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        renderer = self.renderer(config)
        extra = cast("dict[str, Any]", context)
        extra["guide_crisis"] = renderer.crisis_box()
        extra["guide_exit"] = renderer.exit_button()
        # The home page has its own large "Choose your language" list instead.
        home = page.meta.get("guide_page") == "home"
        extra["guide_languages"] = "" if home else renderer.language_menu(page.url)
        return context

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        language = Language(self.language(config))
        text_language = getattr(page.file, "locale", language.code)
        if language.code not in (DEFAULT, text_language):
            # The i18n plugin fell back to the English page: say so, and mark it as English.
            src = getattr(page.file, "locale_alternate_of", None) or page.file.src_uri
            notice = self.renderer(config).notice(State.MISSING, src)
            return f'{notice}<div lang="en" dir="ltr">{isolate_html(html)}</div>'
        # Phone numbers (and, in right-to-left text, English words) never reorder.
        return isolate_html(html, latin=language.direction == "rtl")

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        language = Language(self.language(config))
        output = HTML_TAG.sub(
            lambda m: f'<html {_without_dir(m.group(1))} dir="{language.direction}">', output, 1
        )
        if language.code != DEFAULT:
            # Search this language's own index (see search_split.py).
            output = CONFIG_BASE.sub(
                lambda m: f"{m.group(1)}{m.group(2)}/{language.code}/{m.group(3)}", output, 1
            )
        return output

    @event_priority(-200)  # after the i18n plugin has built every language
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        i18n = self._i18n(config)
        if i18n is not None and i18n.building:
            return
        codes = sorted(self._built_languages(config) - {DEFAULT})
        sizes = split_search_index(Path(config.site_dir), codes)
        log.info("search index by language: %s", ", ".join(f"{k} {v}" for k, v in sizes.items()))
        # Files the i18n plugin writes once, at the root, that pages in every language ask
        # for: the coverage CSV (from an English-only page) and the sitemap (Material's
        # language switch looks for <language>/sitemap.xml).
        site = Path(config.site_dir)
        for code in codes:
            for name in LANGUAGE_COPIES:
                if (site / name).is_file():
                    (site / code / name).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(site / name, site / code / name)
        # The leaflets' own stylesheet and script ship with the package (any guide project).
        assets = Path(config.site_dir) / "assets"
        assets.mkdir(parents=True, exist_ok=True)
        for name in LEAFLET_ASSETS:
            shutil.copyfile(Path(__file__).parent / "assets" / name, assets / name)
        if self.config.leaflet_pdfs and os.environ.get("GUIDE_PDFS", "1") != "0":
            self._print_leaflets(config)

    def _print_leaflets(self, config: MkDocsConfig) -> None:
        default = self._root(config) / self.config.pdf_cache
        cache = Path(os.environ.get("GUIDE_PDF_CACHE") or default)
        started = time.perf_counter()
        try:
            result = render_leaflets(Path(config.site_dir), cache)
        except PdfError as error:
            raise PluginError(f"Leaflet PDFs: {error}") from error
        log.info(
            "leaflet PDFs: %d printed, %d unchanged (from the cache) in %.1f s",
            len(result.rendered),
            len(result.cached),
            time.perf_counter() - started,
        )
        for path in result.too_long:
            log.warning("leaflet longer than one page even with smaller text: %s", path)

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        for folder in self._watched(config):
            if folder.is_dir():
                server.watch(str(folder))
        return server


def _without_dir(attributes: str) -> str:
    return re.sub(r'\s*dir="[^"]*"', "", attributes).strip()
