"""Edit a contributor's YAML in place (a listing's or a translation's front matter, or a data
file like language.yaml), keeping its comments, quotes and layout: ruamel.yaml round trip."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from .checking.frontmatter import FrontMatterError, split


class EditError(Exception):
    """The file cannot be edited; the message says why."""


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line the contributor wrote on one line
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _edited(text: str, change: Callable[[CommentedMap], None]) -> str:
    yaml = _yaml()
    data: Any = yaml.load(text)
    if not isinstance(data, CommentedMap):
        raise EditError("it is not a list of `field: value` lines")
    change(data)
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def edit_front_matter(text: str, change: Callable[[CommentedMap], None]) -> str:
    """The file's text with ``change`` applied to its front matter; the body is kept as is."""
    try:
        front, _first, body, _line = split(text)
    except FrontMatterError as error:
        raise EditError(f"the file has no front matter to edit ({error.detail})") from None
    head = text[: text.index("---") + 4]  # any comment lines stay inside the front matter
    return f"{head}{_edited(front, change)}---\n{body}"


def edit_yaml(path: Path, change: Callable[[CommentedMap], None]) -> str:
    """A YAML data file's text with ``change`` applied."""
    return _edited(path.read_text(encoding="utf-8"), change)
