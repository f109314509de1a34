"""The build's open data: the licence from the site's settings (mkdocs.yml
`extra.open_data_licence`, the one place it is named) and writing site/open-data/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..opendata.publish import DEFAULT_LICENCE, FOLDER, write
from .state import Loaded


def licence(extra: Any) -> tuple[str, str]:
    """(name, url) of the open data licence; the Open Government Licence when none is set."""
    given = (extra or {}).get("open_data_licence") or {}
    return (given.get("name") or DEFAULT_LICENCE[0], given.get("url") or DEFAULT_LICENCE[1])


def publish_open_data(site_dir: Path, loaded: Loaded, extra: Any) -> str:
    """Write the ORUK feed and CSV into the built site; a line for the build log."""
    count = write(site_dir, loaded.project.loaded.directory, licence(extra))
    return f"open data: {count} services in {FOLDER}/ (ORUK 3.0 JSON and CSV)"
