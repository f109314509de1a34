"""Ids that must be unique (listings, categories, sources, self-audit statements)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def repeated(items: Iterable[tuple[str, T]]) -> Iterator[tuple[T, T]]:
    """(the later item, the first item with the same id) for every id used again."""
    first: dict[str, T] = {}
    for key, item in items:
        if key in first:
            yield item, first[key]
        else:
            first[key] = item
