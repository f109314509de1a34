"""The MkDocs plugin: MkDocs events only, each a few lines calling the core.

- on_config: load and check the listings once per process (cached); stop on errors.
- on_pre_build: write the generated pages into docs/ (only files whose content changed).
- on_page_context: give templates the crisis box and Exit this page, rendered by the core.
- on_serve: reload when a listing changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger

from .loader import Loaded, load
from .pages import generated_pages, write_pages
from .problems import report
from .render import Renderer, Site

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext

log = get_plugin_logger(__name__)


class GuideConfig(Config):  # type: ignore[no-untyped-call]
    services_dir = opt.Type(str, default="services")
    report_url = opt.Type(str, default="https://github.com/islington-guide/guide/issues/new")
    exit_url = opt.Type(str, default="https://www.bbc.co.uk/weather")


class GuidePlugin(BasePlugin[GuideConfig]):  # type: ignore[no-untyped-call]
    loaded: Loaded | None = None
    _loaded_from: tuple[Path, float] | None = None
    _renderer: Renderer | None = None

    def _services_dir(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / self.config.services_dir

    def _load(self, config: MkDocsConfig) -> Loaded:
        folder = self._services_dir(config)
        stamp = max((p.stat().st_mtime for p in folder.glob("*")), default=0.0)
        if self.loaded is None or self._loaded_from != (folder, stamp):
            self.loaded = load(folder, root=folder.parent)
            self._loaded_from = (folder, stamp)
        return self.loaded

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        loaded = self._load(config)
        lines, failed = report(loaded.problems)
        # Warnings (plain words, listings due a check) are for `guide validate`; they must
        # not stop the site being rebuilt, or a stale listing would block every other fix.
        for line, item in zip(lines, sorted(set(loaded.problems)), strict=True):
            (log.error if item.is_error else log.info)(line)
        if failed:
            raise PluginError("The listings have errors (above). Nothing was built.")
        return config

    def renderer(self, config: MkDocsConfig) -> Renderer:
        # Called for every page: use what on_config loaded, never re-read services/ here.
        loaded = self.loaded or self._load(config)
        if self._renderer is None or self._renderer.directory is not loaded.directory:
            site = Site(report_url=self.config.report_url, exit_url=self.config.exit_url)
            self._renderer = Renderer(loaded.directory, site, language="en")
        return self._renderer

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        assert self.loaded is not None, "on_config loads the listings first"
        written = write_pages(
            Path(config.docs_dir), generated_pages(self.loaded.directory, self.renderer(config))
        )
        if written:
            log.info("wrote %d generated page(s)", written)

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        renderer = self.renderer(config)
        extra = cast("dict[str, Any]", context)
        extra["guide_crisis"] = renderer.crisis_box()
        extra["guide_exit"] = renderer.exit_button()
        return context

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        server.watch(str(self._services_dir(config)))
        return server
