"""The site's settings from mkdocs.yml (its public address, where reports go, where Exit
leads), read without MkDocs, for the commands that need them outside a build."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..site.routes import Site


class _AnyTag(yaml.SafeLoader):
    """Reads mkdocs.yml, whose Python tags (like the slugify setting) are not needed here."""


_AnyTag.add_multi_constructor("", lambda loader, suffix, node: None)


def site_settings(root: Path) -> Site:
    try:
        config: Any = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), _AnyTag)
    except (OSError, yaml.YAMLError):
        config = {}
    config = config if isinstance(config, dict) else {}
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
