"""The site's settings from mkdocs.yml (its public address, where reports go, where Exit
leads), read without MkDocs, for the commands that need them outside a build."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..i18n.catalogs import read_mkdocs_config
from ..site.routes import Site


def site_settings(root: Path) -> Site:
    config = read_mkdocs_config(root)
    guide: dict[str, Any] = {}
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("guide"), dict):
            guide = plugin["guide"]
    defaults = Site(report_url="", exit_url="")
    return Site(
        report_url=str(guide.get("report_url") or defaults.report_url),
        exit_url=str(guide.get("exit_url") or defaults.exit_url),
        url=str(config.get("site_url") or defaults.url),
    )
