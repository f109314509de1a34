"""One search index per language, so each reader searches only pages in their own language.

Material for MkDocs writes one search/search_index.json for the whole site, and the i18n
plugin fills it with every language. Here it is split: site/search/ keeps English and
site/<code>/search/ holds each other language, with locations relative to that language's
folder, and each page in a language points Material's search at its folder (``search_base``).
A phone then downloads one language's index, not all ten.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..model.languages import DEFAULT, Language

INDEX = Path("search") / "search_index.json"
CONFIG_BASE = re.compile(
    r'(<script id="__config" type="application/json">[^<]*?"base": ")([^"]*)(")'
)


def search_base(html: str, language: Language) -> str:
    """A built page that searches its own language's index (English: unchanged)."""
    if language.code == DEFAULT:
        return html
    return CONFIG_BASE.sub(
        lambda m: f"{m.group(1)}{m.group(2)}/{language.code}/{m.group(3)}", html, 1
    )


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
