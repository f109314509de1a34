"""The leaflets' own page template (theme/leaflet.html: no header, menu or search), and their
print stylesheet and script (assets/), which ship with the package for any guide project."""

from __future__ import annotations

import shutil
from pathlib import Path

HERE = Path(__file__).parent
#: A template folder for the theme: pages with `template: leaflet.html` use it.
THEME_DIR = HERE / "theme"
ASSETS = ("leaflet.css", "leaflet.js")
STYLESHEET = Path("assets") / "leaflet.css"


def copy_assets(site_dir: Path) -> None:
    """Put the leaflet stylesheet and script into the built site's assets/."""
    target = site_dir / "assets"
    target.mkdir(parents=True, exist_ok=True)
    for name in ASSETS:
        shutil.copyfile(HERE / "assets" / name, target / name)
