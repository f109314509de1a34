"""Copies of the English that translations were made from (translations/english/<version>.json),
so that a reviewer can see what changed in the English since a translation was made.

`guide translations start` and `update` write them; `update` removes those no translation
refers to any more."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..model.translatable import version_of
from ..model.translation import ENGLISH

FOLDER = Path("translations") / ENGLISH


def save(root: Path, words: Any) -> str:
    """Keep a copy of some English words (a listing's words, or a page's text)."""
    version = version_of(words)
    path = root / FOLDER / f"{version}.json"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"version": version, "english": words}, ensure_ascii=False, indent=1)
        path.write_text(text + "\n", encoding="utf-8")
    return version


def prune(root: Path, keep: set[str]) -> int:
    """Remove the copies no translation refers to; returns how many."""
    removed = 0
    for path in sorted((root / FOLDER).glob("*.json")):
        if path.stem not in keep:
            path.unlink()
            removed += 1
    return removed
