"""The home page tiles: one category per need, each with an icon, a plain name and a line."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, RootModel

from .datafile import read_yaml
from .modelcheck import validate
from .problems import Code, Problem, problem
from .schema import Strict

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class Category(Strict):
    id: str = Field(pattern=ID_PATTERN, description="Short name used by listings.")
    icon: str = Field(description="A Material Design Icons name, e.g. `lifebuoy`.")
    name: str = Field(description="The tile's words, as a resident would say it.")
    explanation: str = Field(description="One short line under the name.")


class CategoryList(RootModel[list[Category]]):
    pass


def load_categories(path: Path, shown: str) -> tuple[list[Category], dict[str, int], list[Problem]]:
    """The categories, the line each starts on, and any problems."""
    doc, problems = read_yaml(path, shown)
    if doc is None:
        return [], {}, problems
    parsed, errors = validate(CategoryList, doc, shown)
    problems += errors
    if parsed is None:
        return [], {}, problems
    seen: set[str] = set()
    for index, category in enumerate(parsed.root):
        if category.id in seen:
            problems.append(
                problem(
                    shown,
                    doc.line_of((index, "id")),
                    Code.E301,
                    "id",
                    value=category.id,
                    other="another category",
                )
            )
        seen.add(category.id)
    lines = {c.id: doc.line_of((index, "id")) for index, c in enumerate(parsed.root)}
    return parsed.root, lines, problems
