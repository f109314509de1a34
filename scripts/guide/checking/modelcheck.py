"""Check data against a pydantic model and turn its errors into problems with line numbers."""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .frontmatter import Document
from .problems import Code, Problem, problem_at

M = TypeVar("M", bound=BaseModel)


#: A plain fix for the pydantic error types contributors meet most.
FIXES: dict[str, str] = {
    "bool_type": "write true or false",
    "bool_parsing": "write true or false",
    "list_type": "write a list, like [one, two], or one `- item` per line",
    "string_type": "write text here",
    "int_type": "write a whole number, like 18",
    "int_parsing": "write a whole number, like 18",
    "float_parsing": "write a number, like 40",
    "date_type": "write a date like 2026-11-25",
    "date_parsing": "write a date like 2026-11-25",
    "date_from_datetime_parsing": "write a date like 2026-11-25",
    "too_short": "add at least one item",
    "model_type": "write the fields of this item on indented lines below it",
    "model_attributes_type": "write the fields of this item on indented lines below it",
}


def _fields_at(model: type[BaseModel], path: tuple[str | int, ...]) -> list[str]:
    """The field names allowed at ``path`` inside ``model`` (for spelling suggestions)."""
    current: Any = model
    for part in path:
        if isinstance(part, int) or current is None:
            continue
        field = current.model_fields.get(part)
        if field is None:
            return []
        annotation = field.annotation
        current = None
        for candidate in (annotation, *getattr(annotation, "__args__", ())):
            for inner in (candidate, *getattr(candidate, "__args__", ())):
                if isinstance(inner, type) and issubclass(inner, BaseModel):
                    current = inner
    return list(current.model_fields) if current is not None else []


def validate(model: type[M], doc: Document, path: str) -> tuple[M | None, list[Problem]]:
    """The validated object, or None and one problem per pydantic error."""
    try:
        return model.model_validate(doc.data), []
    except ValidationError as error:
        problems = []
        for item in error.errors(include_url=False):
            location = tuple(item["loc"])
            kind = item["type"]
            if kind == "missing":
                problems.append(
                    problem_at(doc, path, location, Code.E200, example=f"{location[-1]}: ...")
                )
            elif kind == "extra_forbidden":
                known = _fields_at(model, location[:-1])
                close = difflib.get_close_matches(str(location[-1]), known, n=1)
                suggestion = f" (did you mean `{close[0]}`?)" if close else ""
                problems.append(problem_at(doc, path, location, Code.E201, suggestion=suggestion))
            else:
                value = item.get("input")
                shown = repr(value) if not isinstance(value, dict | list) else type(value).__name__
                fix = FIXES.get(kind)
                detail = f"{item['msg']} (you wrote {shown})" + (f": {fix}" if fix else "")
                problems.append(problem_at(doc, path, location, Code.E202, detail=detail))
        return None, problems
