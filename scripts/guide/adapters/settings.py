"""The site's settings from mkdocs.yml (its public address, where reports go, where Exit
leads), in one place for the plugin and for the commands that run outside a build.

mkdocs.yml may take them from the environment (`!ENV [GUIDE_SITE_URL, …]`), which is how the
publish job sets the real address; a release build (GUIDE_RELEASE=1, `guide build --release`)
refuses placeholders.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..i18n.catalogs import read_mkdocs_config
from ..site.publish import placeholders
from ..site.routes import Site


def site_of(site_url: str | None, guide: Mapping[str, Any]) -> Site:
    """The settings from mkdocs.yml's `site_url` and the guide plugin's options."""
    return Site(
        report_url=str(guide.get("report_url") or ""),
        exit_url=str(guide.get("exit_url") or ""),
        url=str(site_url or Site.url),
        report_email=str(guide.get("report_email") or ""),
    )


def site_settings(root: Path) -> Site:
    config = read_mkdocs_config(root)
    guide: dict[str, Any] = {}
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("guide"), dict):
            guide = plugin["guide"]
    return site_of(config.get("site_url"), guide)


def release_problems(root: Path) -> list[str]:
    """In a release build, each placeholder setting as `mkdocs.yml:LINE: problem and fix`
    (the line where the setting is written; empty when it may be published)."""
    if not is_release():
        return []
    config = root / "mkdocs.yml"
    try:
        lines = config.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    found = []
    for problem in placeholders(site_settings(root)):
        key = problem.split(" ", 1)[0]
        line = next(
            (n for n, text in enumerate(lines, 1) if text.lstrip().startswith(f"{key}:")), 0
        )
        found.append(f"{config}:{line}: {problem}" if line else f"{config}: {problem}")
    return found


def is_release() -> bool:
    return os.environ.get("GUIDE_RELEASE", "") not in ("", "0")


class SettingsError(ValueError):
    """Settings a build must not run with (the message says which and how to fix them)."""


def release_refusal(site: Site) -> str:
    """Why a release build must not run with these settings ("" when it may)."""
    if not is_release() or not (problems := placeholders(site)):
        return ""
    return "A release build needs real settings. " + " ".join(problems) + " Nothing was built."


def site_for_build(site_url: str | None, guide: Mapping[str, Any]) -> Site:
    """The settings for a build; in a release build, never a placeholder (SettingsError)."""
    site = site_of(site_url, guide)
    if refusal := release_refusal(site):
        raise SettingsError(refusal)
    return site
