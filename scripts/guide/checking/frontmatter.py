"""Split a listing file into its YAML front matter and Markdown body, keeping line numbers.

``parse_yaml`` returns plain Python data and a map from each field's path (a tuple of keys and
list indexes) to the line it stands on in the file, so that problems can name the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

Path_ = tuple[str | int, ...]


class FrontMatterError(Exception):
    """The file cannot be split or its YAML cannot be read. ``line`` is 1-based."""

    def __init__(self, kind: str, detail: str, line: int) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail
        self.line = line


@dataclass
class Document:
    data: dict[str, Any]
    lines: dict[Path_, int] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1

    def line_of(self, path: Path_) -> int:
        """The line of the deepest known part of ``path`` (falls back to line 1)."""
        for end in range(len(path), 0, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return 1


def split(text: str) -> tuple[str, int, str, int]:
    """(yaml text, its first line, body, body's first line). Raises FrontMatterError."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise FrontMatterError("missing", "no front matter", 1)
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() in ("---", "..."):
            return "".join(lines[1 : number - 1]), 2, "".join(lines[number:]), number + 1
    raise FrontMatterError("missing", "the closing `---` line is missing", len(lines))


class _Loader(yaml.SafeLoader):
    """Safe loader that keeps dates as dates but never builds arbitrary objects."""


#: The same safe loader in C (libyaml), about ten times faster; errors are reported by the
#: Python one, so that messages do not depend on which is installed.
_FastLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", _Loader)


def _compose_and_load(text: str) -> tuple[yaml.Node | None, Any]:
    """The node tree (with lines) and the data, from one parse."""
    loader = _FastLoader(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def _mark_line(node: yaml.Node, offset: int) -> int:
    return int(node.start_mark.line) + offset


def _walk(
    node: yaml.Node, path: Path_, offset: int, out: dict[Path_, int], stack: frozenset[int]
) -> None:
    if id(node) in stack:
        raise FrontMatterError(
            "yaml",
            "a value refers to itself (through & and *); write it out in full",
            _mark_line(node, offset),
        )
    inside = stack | {id(node)}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            sub = (*path, key)
            out[sub] = _mark_line(key_node, offset)
            _walk(value_node, sub, offset, out, inside)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            sub = (*path, index)
            out[sub] = _mark_line(item, offset)
            _walk(item, sub, offset, out, inside)


def duplicate_keys(node: yaml.Node, offset: int) -> list[tuple[str, int]]:
    """Keys written twice in one mapping (YAML silently keeps the last one)."""
    found: list[tuple[str, int]] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                found.append((key, _mark_line(key_node, offset)))
            seen.add(key)
            found.extend(duplicate_keys(value_node, offset))
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found.extend(duplicate_keys(item, offset))
    return found


def _error(error: yaml.MarkedYAMLError, offset: int) -> FrontMatterError:
    mark = error.problem_mark or error.context_mark
    line = int(mark.line) + offset if mark else offset
    detail = (error.problem or error.context or "cannot read it").strip()
    return FrontMatterError("yaml", detail, line)


def parse_yaml(text: str, first_line: int) -> tuple[Any, dict[Path_, int], list[tuple[str, int]]]:
    """(data, line map, duplicate keys). Raises FrontMatterError on broken YAML."""
    offset = first_line
    try:
        node, data = _compose_and_load(text)
    except yaml.YAMLError:
        node, data = _slow_parse(text, offset)
    lines: dict[Path_, int] = {}
    duplicates: list[tuple[str, int]] = []
    if node is not None:
        _walk(node, (), offset, lines, frozenset())
        duplicates = duplicate_keys(node, offset)
    return data, lines, duplicates


def _slow_parse(text: str, offset: int) -> tuple[yaml.Node | None, Any]:
    """The Python loader, for its error messages (or the data, if it reads the text)."""
    try:
        return yaml.compose(text, Loader=_Loader), yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        raise _error(error, offset) from None
    except yaml.YAMLError as error:
        raise FrontMatterError("yaml", str(error).splitlines()[0], offset) from None
