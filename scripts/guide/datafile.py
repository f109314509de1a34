"""Read one YAML data file (categories, crisis lines) into a Document, never raising."""

from __future__ import annotations

from pathlib import Path

from .frontmatter import Document, FrontMatterError, parse_yaml
from .problems import Code, Problem, problem


def read_yaml(path: Path, shown: str) -> tuple[Document | None, list[Problem]]:
    """The parsed file with line numbers, or None and the problems that stopped it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [problem(shown, 0, Code.E100, detail=type(error).__name__)]
    try:
        data, lines, duplicates = parse_yaml(text, 1)
    except FrontMatterError as error:
        return None, [problem(shown, error.line, Code.E102, detail=error.detail)]
    problems = [
        problem(shown, line, Code.E202, key, detail="this field is written twice; keep one")
        for key, line in duplicates
    ]
    return Document(data=data, lines=lines), problems
