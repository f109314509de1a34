"""The work on the whole site folder once every language is built: each language's search
index, the files every language asks for, the publishing files (sitemaps, robots.txt, 404
pages), the offline files (manifests, offline pages, the worker's settings), the Open
Referral UK feed and CSV (open-data/), the leaflets' assets and their PDFs. Called by the
plugin's on_post_build; it reports through ``log`` and never imports MkDocs."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from ..leaflets import theme
from ..leaflets.pdf import render_leaflets
from ..model.languages import DEFAULT
from ..site import html, offline, publish, search
from .open_data import publish_open_data
from .state import Loaded


def finish_site(
    site: Path,
    loaded: Loaded,
    settings: Any,
    *,
    names: tuple[str, str] | None,
    extra: Any,
    log: logging.Logger | logging.LoggerAdapter[logging.Logger],
) -> None:
    """``settings`` is the plugin's (leaflet_pdfs, pdf_cache). Raises leaflets.pdf.PdfError
    when the PDFs cannot be printed."""
    codes = sorted(loaded.inputs.built - {DEFAULT})
    sizes = search.split_search_index(site, codes)
    log.info("search index by language: %s", ", ".join(f"{k} {v}" for k, v in sizes.items()))
    html.copy_to_languages(site, codes)
    log.info(
        "published: %s",
        publish.finish(site, loaded.inputs.site.url, loaded.languages(), loaded.today),
    )
    theme.copy_assets(site)
    offline.write(site, loaded.contexts, names)
    log.info(publish_open_data(site, loaded, extra))
    if settings.leaflet_pdfs and os.environ.get("GUIDE_PDFS", "1") != "0":
        root = loaded.inputs.root
        cache = Path(os.environ.get("GUIDE_PDF_CACHE") or root / settings.pdf_cache)
        result = render_leaflets(site, cache)
        log.info("leaflet PDFs: %s", result.summary())
        for path in result.too_long:
            log.warning("leaflet longer than one page even with smaller text: %s", path)
