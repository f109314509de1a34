"""The "Need help now" lines shown on every page: numbers to call or to text, each with its
source (what kind, the date it shows, the day it was read)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from .fields import Strict
from .source import Source


class CrisisOption(Strict):
    id: str = Field(description="Short name.")
    phone: str | None = Field(default=None, description="The number to call, as people dial it.")
    sms: str | None = Field(default=None, description="A number to text instead of calling.")
    sms_body: str | None = Field(default=None, description="With `sms`: the word to send.")
    title: str = Field(description="What to do, in a few words.")
    text: str = Field(description="When to use it, in one or two short sentences.")
    source: Source = Field(description="Where the number comes from.")


class Crisis(Strict):
    checked: dt.date = Field(description="When an editor last read every source here.")
    options: list[CrisisOption] = Field(min_length=1, description="The crisis lines, in order.")

    @property
    def read_on(self) -> dt.date:
        """The last day a source of these numbers was read."""
        return max(option.source.checked for option in self.options)
