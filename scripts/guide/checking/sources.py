"""Every fact names a source; every source says what kind it is, when it is dated and when it
was read, so that the page can say how each fact was checked."""

from __future__ import annotations

import datetime as dt
import re

from ..model.schema import ServiceFrontMatter
from .frontmatter import Document, Path_
from .ids import repeated
from .problems import Code, Problem, problem_at

PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_sources(
    service: ServiceFrontMatter, doc: Document, shown: str, now: dt.date
) -> list[Problem]:
    """Every fact names a source that exists; every source id is unique; every source says
    what kind it is and when it is from."""
    found = check_source_kinds(service, doc, shown, now)
    found += [
        problem_at(doc, shown, ("sources", index, "id"), Code.E305, value=source.id)
        for (index, source), _first in repeated(
            (s.id, (i, s)) for i, s in enumerate(service.sources)
        )
    ]
    ids = {source.id for source in service.sources}
    choices = ", ".join(sorted(ids))
    cost_field = "free" if service.free is not None else "fees_description"
    facts: list[tuple[str, str, object]] = [
        ("url", "url", service.url),
        ("email", "email", service.email),
        ("languages", "languages", service.languages),
        ("cost", cost_field, service.free is not None or service.fees_description),
    ]
    references: list[tuple[Path_, str | None]] = []
    for key, anchor, present in facts:
        reference = getattr(service, f"{key}_source")
        if present and reference is None:
            found.append(problem_at(doc, shown, (anchor,), Code.E304, field_source=f"{key}_source"))
        references.append(((f"{key}_source",), reference))
    for group in ("phones", "locations", "schedules", "cost_options"):
        for index, item in enumerate(getattr(service, group)):
            references.append(((group, index, "source"), item.source))
    for path, reference in references:
        if reference is not None and reference not in ids:
            found.append(problem_at(doc, shown, path, Code.E303, value=reference, choices=choices))
    return found


def check_source_kinds(
    service: ServiceFrontMatter, doc: Document, shown: str, now: dt.date
) -> list[Problem]:
    """A web source has its address; a confirmation says who and how; dates are real."""
    found = []
    for index, source in enumerate(service.sources):
        at: Path_ = ("sources", index)
        if source.kind != "service" and not source.url:
            found.append(problem_at(doc, shown, (*at, "url"), Code.E214, value=source.kind))
        if source.kind == "service" and not (source.confirmed_by and source.how):
            found.append(problem_at(doc, shown, (*at, "kind"), Code.E215))
        if source.kind != "service":
            for key in ("confirmed_by", "how"):
                if getattr(source, key):
                    found.append(
                        problem_at(
                            doc, shown, (*at, key), Code.E216, value=key, expected="kind: service"
                        )
                    )
        if source.published and source.about:
            found.append(
                problem_at(
                    doc,
                    shown,
                    (*at, "about"),
                    Code.E216,
                    value="about",
                    expected="a source that shows no date",
                )
            )
        for key in ("published", "about"):
            value = getattr(source, key)
            if value is None:
                continue
            if not PARTIAL_DATE.match(value) or not _real_partial_date(value):
                found.append(problem_at(doc, shown, (*at, key), Code.E211, value=value))
            elif value > now.isoformat()[: len(value)]:
                found.append(problem_at(doc, shown, (*at, key), Code.E207, value=value))
    return found


def _real_partial_date(value: str) -> bool:
    parts = [int(part) for part in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True
