"""Inline SVG icons from the Material Design Icons set that ships with Material for MkDocs.

Icons are decoration next to words, never alone: each is `aria-hidden` and never focusable.
Reading the SVG files is plain file access; MkDocs itself is not imported.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from markupsafe import Markup


class UnknownIconError(LookupError):
    pass


@cache
def icon_folder() -> Path:
    spec = find_spec("material")
    if spec is None or spec.origin is None:
        raise UnknownIconError("the mkdocs-material package is not installed")
    return Path(spec.origin).parent / "templates" / ".icons" / "material"


def exists(name: str) -> bool:
    return bool(re.fullmatch(r"[a-z0-9-]+", name)) and (icon_folder() / f"{name}.svg").is_file()


#: Icons that point one way: mirrored in right-to-left pages (see guide.css).
DIRECTIONAL = frozenset({"arrow-left", "arrow-right", "chevron-left", "chevron-right", "exit-run"})


@cache
def icon(name: str) -> Markup:
    """The icon as inline SVG markup, hidden from screen readers."""
    if not exists(name):
        raise UnknownIconError(name)
    svg = (icon_folder() / f"{name}.svg").read_text(encoding="utf-8").strip()
    kind = "guide-icon guide-icon--flip" if name in DIRECTIONAL else "guide-icon"
    svg = svg.replace("<svg ", f'<svg class="{kind}" aria-hidden="true" focusable="false" ', 1)
    return Markup(svg)
