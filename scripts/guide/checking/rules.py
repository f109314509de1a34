"""Content checks on one listing that the schema cannot express: contact facts, dates, times,
language codes, sources, categories, unsafe text and freshness."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from babel import Locale

from ..model.contact import is_email, is_https_url, is_postcode, parse_phone
from ..model.freshness import is_stale
from ..model.schema import ServiceFrontMatter
from .frontmatter import Document, Path_
from .problems import Code, Problem, problem, problem_at
from .sources import check_sources

# Text that could be read as HTML, or a script link, anywhere in a listing.
UNSAFE = re.compile(
    r"<\s*[A-Za-z/!?]|&#|&[A-Za-z]+;|\b(?:javascript|vbscript|data)\s*:", re.IGNORECASE
)
MARKDOWN_LINK = re.compile(r"\]\(\s*([^)\s]*)|<(\w+:[^>]*)>")
TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$")
LANGUAGE_CODES = frozenset(Locale("en").languages)


def strings(data: Any, path: Path_ = ()) -> Iterator[tuple[Path_, str]]:
    """Every text value in the front matter, with its path."""
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from strings(value, (*path, str(key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from strings(value, (*path, index))


RELATIVE_PAGE = re.compile(r"^(\.\./)*[a-z0-9-]+(/[a-z0-9-]+)*\.md(#[a-z0-9-]+)?$")


def check_unsafe(doc: Document, shown: str, *, page_links: bool = False) -> list[Problem]:
    """Raw HTML or script in any text value or in the body: rejected, never rendered.
    Links must be https, or (with ``page_links``, in translated pages) another page's .md."""
    found = []
    for path, text in strings(doc.data):
        match = UNSAFE.search(text)
        if match:
            found.append(
                problem_at(doc, shown, path, Code.E208, value=repr(_around(text, match.start())))
            )
    for offset, line in enumerate(doc.body.splitlines()):
        match = UNSAFE.search(line)
        if match:
            found.append(
                problem(
                    shown,
                    doc.body_line + offset,
                    Code.E208,
                    "body",
                    value=repr(_around(line, match.start())),
                )
            )
        for link in MARKDOWN_LINK.finditer(line):
            target = link.group(1) or link.group(2) or ""
            if page_links and RELATIVE_PAGE.match(target):
                continue
            if target and not is_https_url(target):
                found.append(
                    problem(shown, doc.body_line + offset, Code.E206, "body", value=target)
                )
    return found


def _around(text: str, start: int, width: int = 20) -> str:
    """The unsafe part and a few characters after it, to help find it."""
    return text[start : start + width]


def check_contacts(service: ServiceFrontMatter, doc: Document, shown: str) -> list[Problem]:
    found = []
    for index, phone in enumerate(service.phones):
        if parse_phone(phone.number) is None:
            found.append(
                problem_at(doc, shown, ("phones", index, "number"), Code.E203, value=phone.number)
            )
    for index, location in enumerate(service.locations):
        address = location.address
        if address and address.postal_code and not is_postcode(address.postal_code):
            path: Path_ = ("locations", index, "address", "postal_code")
            found.append(problem_at(doc, shown, path, Code.E204, value=address.postal_code))
    if service.email and not is_email(service.email):
        found.append(problem_at(doc, shown, ("email",), Code.E205, value=service.email))
    if service.url and not is_https_url(service.url):
        found.append(problem_at(doc, shown, ("url",), Code.E206, value=service.url))
    if not (
        service.phones
        or service.email
        or service.url
        or any(loc.address for loc in service.locations)
    ):
        found.append(problem_at(doc, shown, ("name",), Code.E217))
    for index, source in enumerate(service.sources):
        if source.url is not None and not is_https_url(source.url):
            found.append(
                problem_at(doc, shown, ("sources", index, "url"), Code.E206, value=source.url)
            )
    return found


def check_dates_and_times(
    service: ServiceFrontMatter, doc: Document, shown: str, now: dt.date
) -> list[Problem]:
    found = []
    dated: list[tuple[Path_, dt.date]] = [(("assured_date",), service.assured_date)]
    dated += [(("sources", i, "checked"), s.checked) for i, s in enumerate(service.sources)]
    for path, value in dated:
        if value > now:
            found.append(problem_at(doc, shown, path, Code.E207, value=value.isoformat()))
    for index, schedule in enumerate(service.schedules):
        for key in ("opens_at", "closes_at"):
            value = getattr(schedule, key)
            if value is not None and not TIME.match(value):
                found.append(
                    problem_at(doc, shown, ("schedules", index, key), Code.E209, value=value)
                )
        has_hours = schedule.opens_at is not None or schedule.closes_at is not None
        if has_hours and not (schedule.byday and schedule.opens_at and schedule.closes_at):
            found.append(problem_at(doc, shown, ("schedules", index), Code.E213))
        if not has_hours and not schedule.description:
            found.append(
                problem_at(
                    doc,
                    shown,
                    ("schedules", index, "description"),
                    Code.E200,
                    example="description: ...",
                )
            )
    if is_stale(service.assured_date, now):
        found.append(
            problem_at(
                doc, shown, ("assured_date",), Code.W500, value=service.assured_date.isoformat()
            )
        )
    return found


def check_languages(service: ServiceFrontMatter, doc: Document, shown: str) -> list[Problem]:
    return [
        problem_at(doc, shown, ("languages", index), Code.E210, value=code)
        for index, code in enumerate(service.languages)
        if code not in LANGUAGE_CODES
    ]


def check_categories(
    service: ServiceFrontMatter, doc: Document, shown: str, known: list[str]
) -> list[Problem]:
    return [
        problem_at(
            doc, shown, ("categories", index), Code.E302, value=category, choices=", ".join(known)
        )
        for index, category in enumerate(service.categories)
        if category not in known
    ]


def check_service(
    service: ServiceFrontMatter, doc: Document, shown: str, categories: list[str], now: dt.date
) -> list[Problem]:
    """Every content check for one listing that passed the schema, as on the day ``now``."""
    return [
        *check_contacts(service, doc, shown),
        *check_dates_and_times(service, doc, shown, now),
        *check_languages(service, doc, shown),
        *check_sources(service, doc, shown, now),
        *check_categories(service, doc, shown, categories),
    ]
