"""One search index per language, so each reader searches only pages in their own language.

Material for MkDocs writes one search/search_index.json for the whole site, and the i18n
plugin fills it with every language. Here it is split: site/search/ keeps English and
site/<code>/search/ holds each other language, with locations relative to that language's
folder. Pages in a language point Material's search at their folder (plugin.on_post_page).
A phone then downloads one language's index, not all ten.
"""

from __future__ import annotations

import json
from pathlib import Path

from .languages import DEFAULT

INDEX = Path("search") / "search_index.json"


def split_search_index(site_dir: Path, codes: list[str]) -> dict[str, int]:
    """Rewrite the index per language; returns {language: number of entries}."""
    path = site_dir / INDEX
    if not path.is_file():
        return {}
    index = json.loads(path.read_text(encoding="utf-8"))
    buckets: dict[str, list[dict[str, object]]] = {code: [] for code in [DEFAULT, *codes]}
    for entry in index.get("docs", []):
        location = str(entry.get("location", ""))
        code = next((c for c in codes if location.startswith(f"{c}/") or location == c), DEFAULT)
        if code != DEFAULT:
            buckets[code].append({**entry, "location": location[len(code) :].lstrip("/")})
        else:
            buckets[code].append(entry)
    for code, docs in buckets.items():
        target = site_dir / (INDEX if code == DEFAULT else Path(code) / INDEX)
        target.parent.mkdir(parents=True, exist_ok=True)
        data = {**index, "docs": docs}
        target.write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
    return {code: len(docs) for code, docs in buckets.items()}
