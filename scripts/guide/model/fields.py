"""How the guide declares its data fields: strict models (a typo never silently drops a fact),
partial dates as written, and where each field's name comes from (HSDS 3.0 or the guide)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


def _as_text(value: object) -> object:
    """YAML reads `2020` as a number and `2020-06-29` as a date; keep both as written."""
    if isinstance(value, dt.date | int) and not isinstance(value, bool):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return value


PartialDate = Annotated[str, BeforeValidator(_as_text)]

HSDS = "HSDS 3.0"
GUIDE = "guide extension"


def hsds(*, description: str, **options: Any) -> Any:
    """A field named and defined as in HSDS 3.0 / Open Referral UK."""
    return Field(description=description, json_schema_extra={"origin": HSDS}, **options)


def ours(*, description: str, **options: Any) -> Any:
    """A field of this guide's own (a documented extension of HSDS)."""
    return Field(description=description, json_schema_extra={"origin": GUIDE}, **options)


class Strict(BaseModel):
    """Unknown keys are errors, so that a typo never silently drops a fact."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
