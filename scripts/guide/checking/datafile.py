"""Read the YAML data files (home tiles, crisis lines, self-audit statements), never raising.

Each file becomes a Document (data plus the line of every field), is checked against its
model in ``guide.model`` and returns every problem found.
"""

from __future__ import annotations

from pathlib import Path

from ..model.audit import Audit
from ..model.categories import Category, CategoryList
from ..model.contact import is_https_url, parse_phone
from ..model.crisis import Crisis
from .frontmatter import Document, FrontMatterError, parse_yaml
from .ids import repeated
from .modelcheck import validate
from .problems import Code, Problem, problem, problem_at

#: Where the self-audit statements live, under docs/.
STATEMENTS = Path("toolkit") / "statements.yaml"


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
    return Document(data=data, lines=lines), written_twice(duplicates, shown)


def written_twice(duplicates: list[tuple[str, int]], shown: str) -> list[Problem]:
    return [problem(shown, line, Code.E212, key) for key, line in duplicates]


def load_categories(path: Path, shown: str) -> tuple[list[Category], dict[str, int], list[Problem]]:
    """The categories, the line each starts on, and any problems."""
    doc, problems = read_yaml(path, shown)
    if doc is None:
        return [], {}, problems
    parsed, errors = validate(CategoryList, doc, shown)
    problems += errors
    if parsed is None:
        return [], {}, problems
    problems += [
        problem_at(
            doc, shown, (index, "id"), Code.E301, value=category.id, other="another category"
        )
        for (index, category), _first in repeated((c.id, (i, c)) for i, c in enumerate(parsed.root))
    ]
    lines = {c.id: doc.line_of((index, "id")) for index, c in enumerate(parsed.root)}
    return parsed.root, lines, problems


def load_crisis(path: Path, shown: str) -> tuple[Crisis | None, list[Problem]]:
    """The crisis lines; each is a number to call or to text (with the word to send)."""
    doc, problems = read_yaml(path, shown)
    if doc is None:
        return None, problems
    crisis, errors = validate(Crisis, doc, shown)
    problems += errors
    for index, option in enumerate(crisis.options if crisis else []):
        at = ("options", index)
        if bool(option.phone) == bool(option.sms) or bool(option.sms) != bool(option.sms_body):
            problems.append(problem_at(doc, shown, at, Code.E218))
        number = option.phone or option.sms
        if number and parse_phone(number) is None:
            key = "phone" if option.phone else "sms"
            problems.append(problem_at(doc, shown, (*at, key), Code.E203, value=number))
        if option.source.url and not is_https_url(option.source.url):
            problems.append(
                problem_at(doc, shown, (*at, "source", "url"), Code.E206, value=option.source.url)
            )
    return crisis, problems


def load_audit(
    docs_dir: Path, shown: str = "docs/toolkit/statements.yaml"
) -> tuple[Audit | None, list[Problem]]:
    """The self-audit statements, or None (no file, or problems that stop it)."""
    path = docs_dir / STATEMENTS
    if not path.is_file():
        return None, []
    doc, problems = read_yaml(path, shown)
    if doc is None:
        return None, problems
    audit, errors = validate(Audit, doc, shown)
    problems += errors
    if audit is not None:
        statements = (
            (statement.id, (statement.id, ("areas", index, "statements", number, "id")))
            for index, area in enumerate(audit.areas)
            for number, statement in enumerate(area.statements)
        )
        problems += [
            problem(shown, doc.line_of(path), Code.E307, "id", value=statement_id)
            for (statement_id, path), _first in repeated(statements)
        ]
    return audit, problems
