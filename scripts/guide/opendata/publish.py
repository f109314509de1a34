"""Write the open data into the built site: site/open-data/ holds the ORUK feed (index.json,
services.json, services/<uuid>.json) and the CSV tables with datapackage.json (csv/)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ..model.directory import Directory
from .feed import LIST_FILE, documents
from .tables import package

FOLDER = "open-data"
CSV_FOLDER = "csv"
#: The licence when the site's settings name none (mkdocs.yml `extra.open_data_licence`).
DEFAULT_LICENCE = (
    "Open Government Licence v3.0",
    "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
)


def files(directory: Directory, licence: tuple[str, str] = DEFAULT_LICENCE) -> dict[str, str]:
    """{path under open-data/: text} of every open-data file."""
    feed = documents(directory, licence)
    found = {
        name: json.dumps(doc, indent=2, ensure_ascii=False) + "\n" for name, doc in feed.items()
    }
    services = [doc for name, doc in feed.items() if name.startswith("services/")]
    for name, text in package(services, licence).items():
        found[f"{CSV_FOLDER}/{name}"] = text
    return found


def write(site_dir: Path, directory: Directory, licence: tuple[str, str] = DEFAULT_LICENCE) -> int:
    """Write (replace) site/open-data/; returns the number of services published."""
    target = site_dir / FOLDER
    if target.exists():
        shutil.rmtree(target)
    for name, text in files(directory, licence).items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    return int(json.loads((target / LIST_FILE).read_text("utf-8"))["total_items"])
