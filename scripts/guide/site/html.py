"""Finishing the built site: the text direction on <html>, and the files every language's
folder needs that the i18n plugin writes only once, at the root."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from ..model.languages import Language
from . import routes

HTML_TAG = re.compile(r"<html ([^>]*)>")
#: Material's hidden drawer and search checkboxes carry autocomplete="off", which HTML allows
#: on text-like inputs only (the Nu HTML Checker reports it as an error on every page).
CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*\btype="checkbox"[^>]*?)\s+autocomplete="off"')
#: Pages in every language ask for these: the coverage CSV (from an English-only page).
LANGUAGE_COPIES = (routes.COVERAGE_CSV,)


def finish(html: str, language: Language) -> str:
    """A built page made valid HTML, with its direction on <html>."""
    return with_direction(CHECKBOX_AUTOCOMPLETE.sub(r"\1", html), language)


def with_direction(html: str, language: Language) -> str:
    """`dir` on <html> (Material puts it on <body> only)."""
    return HTML_TAG.sub(
        lambda m: f'<html {_without_dir(m.group(1))} dir="{language.direction}">', html, 1
    )


def _without_dir(attributes: str) -> str:
    return re.sub(r'\s*dir="[^"]*"', "", attributes).strip()


def copy_to_languages(site_dir: Path, codes: list[str]) -> None:
    """Copy the root-only files (LANGUAGE_COPIES) into each language's folder."""
    for code in codes:
        for name in LANGUAGE_COPIES:
            if (site_dir / name).is_file():
                (site_dir / code / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(site_dir / name, site_dir / code / name)
