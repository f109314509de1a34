"""Reading an ORUK 3.0 feed safely: every value is checked for its type as it is read, and a
wrong one is a FeedError that names the file, where in it, and what to fix."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any


class FeedError(Exception):
    """A feed that cannot be imported: the message names the file, the place and the fix."""


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain(text: str) -> str:
    """Feed text as plain text: HTML tags dropped, spaces joined, lines kept (the words are
    kept)."""
    if "<" in text or "&" in text:
        parser = _Text()
        parser.feed(text)
        parser.close()
        text = " ".join(parser.parts)
    lines = (re.sub(r"[^\S\n]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class Node:
    """One JSON object of the feed, with the file and path it was read from."""

    data: dict[str, Any]
    file: str
    where: str

    def fail(self, key: str, what: str) -> FeedError:
        place = f"{self.where}.{key}" if self.where else key
        return FeedError(f"{self.file}: {place}: {what}. Fix the feed, then import again.")

    def string(self, key: str, *, required: bool = False) -> str | None:
        value = self.data.get(key)
        if value is None or value == "":
            if required:
                raise self.fail(key, "this field is missing; ORUK requires it")
            return None
        if not isinstance(value, str):
            raise self.fail(key, f"must be text (a JSON string), not {_kind(value)}")
        return plain(value) or None

    def number(self, key: str) -> float | None:
        value = self.data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, f"must be a number, not {_kind(value)}")
        return float(value)

    def child(self, key: str) -> Node | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise self.fail(key, f"must be an object ({{...}}), not {_kind(value)}")
        return Node(value, self.file, f"{self.where}.{key}" if self.where else key)

    def children(self, key: str) -> Iterator[Node]:
        value = self.data.get(key)
        if value is None:
            return
        if not isinstance(value, list):
            raise self.fail(key, f"must be a list ([...]), not {_kind(value)}")
        for index, item in enumerate(value):
            place = f"{self.where}.{key}[{index}]" if self.where else f"{key}[{index}]"
            if not isinstance(item, dict):
                raise FeedError(
                    f"{self.file}: {place}: must be an object ({{...}}), not {_kind(item)}. "
                    "Fix the feed, then import again."
                )
            yield Node(item, self.file, place)


def _kind(value: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "text",
             list: "a list", dict: "an object"}  # fmt: skip
    return names.get(type(value), "null")


def services_in(document: object, file: str) -> list[Node]:
    """The services of one feed file: a single service (`/services/{id}`) or a page of them
    (`/services`, with `contents`)."""
    if not isinstance(document, dict):
        raise FeedError(
            f"{file}: the file must hold one JSON object: a service or a /services page, not "
            f"{_kind(document)}."
        )
    root = Node(document, file, "")
    if "contents" in document:
        found = list(root.children("contents"))
    elif "id" in document or "name" in document:
        found = [root]
    else:
        raise FeedError(
            f"{file}: this is not an ORUK service or /services page: expected `contents` (a "
            "list of services) or a service's `id` and `name`."
        )
    for node in found:
        node.string("id", required=True)
        node.string("name", required=True)
    return found
