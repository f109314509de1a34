"""MkDocs events only, each calling the core; i18n runs each once per language (adapters.state)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from mkdocs import utils
from mkdocs.commands.build import build
from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger

from ..i18n import theme_words
from ..leaflets.pdf import PdfError
from ..model.languages import DEFAULT, Language
from ..site import html, search
from ..site.nav import translate_titles
from .parallel import ParallelError, ParallelLanguages
from .site_files import finish_site
from .state import BuildState, Loaded, LoadError

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext

log = get_plugin_logger(__name__)


class GuideConfig(Config):  # type: ignore[no-untyped-call]
    services_dir = opt.Type(str, default="services")
    report_url = opt.Type(str, default="")
    report_email = opt.Type(str, default="")  # a mailto: beside the report link, when set
    exit_url = opt.Type(str, default="https://www.bbc.co.uk/weather")
    # Leaflet PDFs (Chromium; GUIDE_PDFS=0 skips them), and where unchanged ones are kept.
    leaflet_pdfs = opt.Type(bool, default=True)
    pdf_cache = opt.Type(str, default=".cache/leaflets")


class GuidePlugin(BasePlugin[GuideConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        self.state = BuildState()
        self.english_names: tuple[str, str] | None = None
        self.command = ""
        self.parallel = ParallelLanguages(build, utils, log)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command  # only `mkdocs build` builds languages in two processes

    def language(self, config: MkDocsConfig) -> str:
        i18n = config.plugins.get("i18n")
        return getattr(i18n, "current_language", None) or DEFAULT

    def loaded(self, config: MkDocsConfig) -> Loaded:
        root, i18n = Path(config.config_file_path).parent, config.plugins.get("i18n")
        built = frozenset(i18n.build_languages) if i18n else frozenset({DEFAULT})
        try:
            return self.state.load_site(
                root, Path(config.docs_dir), config.site_url, self.config, built
            )
        except LoadError as error:
            raise PluginError(str(error)) from None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        first = self.state.current is None
        loaded = self.loaded(config)
        if (first or self.language(config) == DEFAULT) and (error := loaded.report(log)):
            raise PluginError(error)
        for folder in loaded.inputs.theme_dirs():
            if str(folder) not in config.theme.dirs:
                config.theme.dirs.insert(1, str(folder))  # after overrides/, before Material
        if missing := theme_words.missing(self.language(config), config.theme.dirs):
            raise PluginError(missing)
        # The guide writes its own sitemaps and 404 pages (site.publish): not made per language.
        config.theme.static_templates.difference_update({"sitemap.xml", "404.html"})
        self.english_names = self.english_names or (config.site_name, config.site_description or "")
        ui = loaded.context(self.language(config)).interface
        config.site_name, config.site_description = (ui.plain_text(n) for n in self.english_names)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if written := self.state.now().write_pages():
            log.info("wrote %d generated page(s)", written)

    @event_priority(100)  # first: MkDocs has just cleaned the site folder, for English
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if self.parallel.wanted(i18n := config.plugins.get("i18n"), self.command):
            self.parallel.start(config, i18n)
        return files

    @event_priority(-150)  # after the i18n plugin has made the menu for this language
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        if self.language(config) != DEFAULT:
            ui = self.state.now().context(self.language(config)).interface
            translate_titles(nav.items, ui.plain_text)
        return nav

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        chrome = self.state.now().chrome(self.language(config))
        cast("dict[str, Any]", context).update(chrome.frame(page.url, config.site_url or ""))
        setattr(config.extra, "alternate", [])  # noqa: B010 - not Material's: see alternates
        return context

    @event_priority(-100)  # last: what Markdown gets (nothing for prebuilt pages)
    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        return self.state.now().page_markdown(page, markdown, self.language(config))

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        return self.state.now().page_content(page, html, self.language(config))

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        language = Language(self.language(config))
        return search.search_base(html.finish(output, language), language)

    @event_priority(-200)  # after the i18n plugin has built every language
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.parallel.inner(config.plugins.get("i18n")):
            return  # one language of several: the site is finished once, at the end
        try:
            self.parallel.finish(config)  # the other process's languages, when there is one
            names, extra = self.english_names, config.extra
            site, loaded = Path(config.site_dir), self.state.now()
            finish_site(site, loaded, self.config, names=names, extra=extra, log=log)
        except PdfError as error:
            raise PluginError(f"Leaflet PDFs: {error}") from error
        except ParallelError as error:
            raise PluginError(str(error)) from None

    def on_build_error(self, *, error: Exception) -> None:
        self.parallel.stop()

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        for folder in self.state.now().inputs.watched():
            server.watch(str(folder))
        return server
