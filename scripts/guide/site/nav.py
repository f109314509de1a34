"""The menu in another language: every section and page title translated."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any


def translate_titles(items: Iterable[Any], translate: Callable[[str], str]) -> None:
    """Translate the ``title`` of every menu item, and of the items inside sections."""
    stack = list(items)
    while stack:
        item = stack.pop()
        stack.extend(getattr(item, "children", None) or [])
        if getattr(item, "title", None):
            item.title = translate(item.title)
