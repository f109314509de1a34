"""MkDocs events only, each calling the core; i18n runs each once per language (adapters.state)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger

from ..clock import ClockError
from ..i18n import theme_words
from ..leaflets.pdf import PdfError
from ..model.languages import DEFAULT, Language
from ..site import html, search
from ..site.files import write_pages
from ..site.nav import translate_titles
from .settings import SettingsError, site_for_build
from .site_files import finish_site
from .state import BuildState, Inputs, Loaded

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

    def language(self, config: MkDocsConfig) -> str:
        i18n = config.plugins.get("i18n")
        return getattr(i18n, "current_language", None) or DEFAULT

    def loaded(self, config: MkDocsConfig) -> Loaded:
        root = Path(config.config_file_path).parent
        i18n = config.plugins.get("i18n")
        built = frozenset(i18n.build_languages) if i18n else frozenset({DEFAULT})
        services, docs = root / self.config.services_dir, Path(config.docs_dir)
        try:
            site = site_for_build(config.site_url, self.config)
            return self.state.load(Inputs(root, services, docs, site, built))
        except (ClockError, SettingsError) as error:
            raise PluginError(str(error)) from None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        first = self.state.current is None
        loaded = self.loaded(config)
        if first or self.language(config) == DEFAULT:
            # Warnings are for `guide validate`: one stale listing must not block every fix.
            problems = sorted(set(loaded.project.problems))
            for item in problems:
                (log.error if item.is_error else log.info)(item.format())
            if any(item.is_error for item in problems):
                raise PluginError(
                    "The listings or translations have errors (above). Nothing was built."
                )
        for folder in loaded.inputs.theme_dirs():
            if str(folder) not in config.theme.dirs:
                config.theme.dirs.insert(1, str(folder))  # after overrides/, before Material
        if missing := theme_words.missing(self.language(config), config.theme.dirs):
            raise PluginError(missing)
        self.english_names = self.english_names or (config.site_name, config.site_description or "")
        ui = loaded.context(self.language(config)).interface
        config.site_name, config.site_description = (ui.plain_text(n) for n in self.english_names)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if written := write_pages(Path(config.docs_dir), self.state.now().pages()):
            log.info("wrote %d generated page(s)", written)

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
        extra = cast("dict[str, Any]", context)
        extra["guide_crisis"], extra["guide_exit"] = chrome.crisis_box(), chrome.exit_button()
        extra["guide_languages"] = chrome.language_menu(page.url)
        extra["guide_alternates"] = chrome.alternates(page.url, config.site_url or "")
        setattr(config.extra, "alternate", [])  # noqa: B010 - not Material's: see alternates
        return context

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        chrome = self.state.now().chrome(self.language(config))
        text_language = getattr(page.file, "locale", self.language(config))
        src = page.file.src_uri  # the English page this language fell back to
        return chrome.content(html, text_language=text_language, src=src)

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        language = Language(self.language(config))
        return search.search_base(html.finish(output, language), language)

    @event_priority(-200)  # after the i18n plugin has built every language
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if getattr(config.plugins.get("i18n"), "building", False):
            return
        try:
            finish_site(
                Path(config.site_dir),
                self.state.now(),
                pdfs=self.config.leaflet_pdfs,
                pdf_cache=self.config.pdf_cache,
                names=self.english_names,
                extra=config.extra,
                log=log,
            )
        except PdfError as error:
            raise PluginError(f"Leaflet PDFs: {error}") from error

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        for folder in self.state.now().inputs.watched():
            server.watch(str(folder))
        return server
