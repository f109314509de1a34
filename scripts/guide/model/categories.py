"""The home page tiles: one category per need, each with an icon, a plain name and a line."""

from __future__ import annotations

from pydantic import Field, RootModel

from .fields import Strict

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class Category(Strict):
    id: str = Field(pattern=ID_PATTERN, description="Short name used by listings.")
    icon: str = Field(description="A Material Design Icons name, e.g. `lifebuoy`.")
    name: str = Field(description="The tile's words, as a resident would say it.")
    explanation: str = Field(description="One short line under the name.")


class CategoryList(RootModel[list[Category]]):
    """services/categories.yaml: the tiles in the order they are shown."""
