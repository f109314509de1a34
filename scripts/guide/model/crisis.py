"""The "Need help now" lines shown on every page, held as data with their own checked date."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from .schema import Strict


class CrisisOption(Strict):
    id: str = Field(description="Short name.")
    phone: str = Field(description="The number to call, as people dial it.")
    title: str = Field(description="What to do, in a few words.")
    text: str = Field(description="When to use it, in one or two short sentences.")
    source: str = Field(description="Where the number was checked (https).")


class Crisis(Strict):
    checked: dt.date = Field(description="When every number here was last checked.")
    checked_by: str = Field(description="Who checked them.")
    options: list[CrisisOption] = Field(min_length=1, description="The crisis lines, in order.")
