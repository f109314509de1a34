"""The toolkit's self-audit statements (docs/toolkit/statements.yaml).

The statements are data: the self-audit page is built from this file, never hard-coded.
"""

from __future__ import annotations

from pydantic import Field

from .fields import Strict


class Statement(Strict):
    id: str = Field(pattern=r"^[0-9](\.[0-9])?-[a-z]$", description="Like 2.1-a: unique.")
    text: str = Field(min_length=10, description="Something a service can say is true of it.")
    source: str = Field(description="The toolkit section it comes from, like 2.1.")


class Area(Strict):
    area: int = Field(ge=1, le=8)
    title: str
    page: str = Field(pattern=r"^[0-9]-[a-z-]+\.md$")
    statements: list[Statement] = Field(min_length=1)


class Audit(Strict):
    areas: list[Area] = Field(min_length=1)

    @property
    def statements(self) -> list[Statement]:
        return [statement for area in self.areas for statement in area.statements]
