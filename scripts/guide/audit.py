"""The toolkit's self-audit statements (docs/toolkit/statements.yaml), checked on load.

The statements are data: the self-audit page is built from this file, never hard-coded.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from .datafile import read_yaml
from .modelcheck import validate
from .problems import Code, Problem, problem
from .schema import Strict

STATEMENTS = Path("toolkit") / "statements.yaml"
ANSWERS = (
    ("in-place", "In place"),
    ("partly", "Partly"),
    ("not-yet", "Not yet"),
    ("n-a", "Not applicable"),
)


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


def load_audit(
    docs_dir: Path, shown: str = "docs/toolkit/statements.yaml"
) -> tuple[Audit | None, list[Problem]]:
    """The statements, or None (no file, or problems that stop it)."""
    path = docs_dir / STATEMENTS
    if not path.is_file():
        return None, []
    doc, problems = read_yaml(path, shown)
    if doc is None:
        return None, problems
    audit, errors = validate(Audit, doc, shown)
    problems += errors
    if audit is not None:
        seen: dict[str, int] = {}
        for index, area in enumerate(audit.areas):
            for number, statement in enumerate(area.statements):
                line = doc.line_of(("areas", index, "statements", number, "id"))
                if statement.id in seen:
                    problems.append(problem(shown, line, Code.E307, "id", value=statement.id))
                seen[statement.id] = line
    return audit, problems
