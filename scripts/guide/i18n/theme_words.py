"""Material's own interface words for languages it does not ship (Somali, Kurmanji, Tigrinya).

They live with the other translations, in translations/<code>/theme.html, and are given to the
theme as partials/languages/<code>.html from a cache folder the theme also reads.
"""

from __future__ import annotations

from pathlib import Path


def install(translations_dir: Path, folder: Path) -> Path:
    """Copy every translations/<code>/theme.html into ``folder`` (only when changed);
    returns ``folder``, to be given to the theme as a template folder."""
    target = folder / "partials" / "languages"
    target.mkdir(parents=True, exist_ok=True)
    for words in sorted(translations_dir.glob("*/theme.html")):
        copy = target / f"{words.parent.name}.html"
        text = words.read_text(encoding="utf-8")
        if not copy.is_file() or copy.read_text(encoding="utf-8") != text:
            copy.write_text(text, encoding="utf-8")
    return folder


def missing(code: str, theme_dirs: list[str]) -> str | None:
    """What to do when the theme has no words for ``code``; None when it has them."""
    name = f"partials/languages/{code}.html"
    if any((Path(folder) / name).is_file() for folder in theme_dirs):
        return None
    return (
        f"Material for MkDocs has no interface words for '{code}'. Copy "
        f"translations/so/theme.html to translations/{code}/theme.html, change "
        f'"language": "so" to "{code}" (and "direction" to "rtl" for a right-to-left '
        "language), translate the words, and build again."
    )
