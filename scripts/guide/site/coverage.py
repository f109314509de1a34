"""What the guide's services cover, counted from the listings: what the listed services say
they offer (not data on who uses them), for key area 6 (community languages) and the other
areas of the Challenging Inequalities toolkit.

Every number comes from the listings as they are; nothing is typed in by hand.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from ..model.directory import Directory, Listing
from ..model.freshness import facts_age, is_stale

#: Groups the toolkit asks about: (label, audience or category ids that count).
GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("Women", frozenset({"women"})),
    ("LGBTQ+ people", frozenset({"lgbtq"})),
    ("Refugees and people seeking asylum", frozenset({"refugees"})),
    ("Carers", frozenset({"carers"})),
    ("Young people", frozenset({"young-people", "families"})),
    ("Older people", frozenset({"older-people"})),
    ("Communities (culturally specific)", frozenset({"communities", "my-community"})),
)


@dataclass(frozen=True)
class Row:
    label: str
    count: int
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Coverage:
    total: int
    by_category: list[Row]
    languages: list[Row]  # (language code, services offering it)
    missing_languages: list[str]  # community languages no service offers
    access: list[Row]
    groups: list[Row]
    overdue: list[Row]


def _row(label: str, listings: list[Listing]) -> Row:
    return Row(label, len(listings), tuple(sorted(item.meta.name for item in listings)))


def coverage(directory: Directory, community_languages: list[str], today: dt.date) -> Coverage:
    listings = directory.listings
    by_category = [
        _row(category.id, directory.in_category(category.id)) for category in directory.categories
    ]
    spoken: dict[str, list[Listing]] = {}
    for item in listings:
        for code in item.meta.languages:
            spoken.setdefault(code, []).append(item)
    languages = sorted(
        (_row(code, found) for code, found in spoken.items()), key=lambda r: (-r.count, r.label)
    )
    missing = [code for code in community_languages if code not in spoken]

    def where(test: object) -> list[Listing]:
        return [item for item in listings if test(item)]  # type: ignore[operator]

    access = [
        _row("You can refer yourself", where(lambda i: i.meta.self_referral)),
        _row("Free", where(lambda i: i.meta.free)),
        _row("Step-free", where(lambda i: any(loc.step_free for loc in i.meta.locations))),
        _row("In a community building", where(lambda i: i.meta.community_building)),
        _row("Interpreter available", where(lambda i: i.meta.interpreter)),
        _row(
            "Speaks a language other than English",
            where(lambda i: any(code != "en" for code in i.meta.languages)),
        ),
    ]
    groups = [
        _row(
            label,
            where(lambda i, ids=ids: bool(ids & (set(i.meta.audiences) | set(i.meta.categories)))),
        )
        for label, ids in GROUPS
    ]
    overdue = [
        _row(
            "Contact details from a source over 3 years old, or with no date",
            where(lambda i: facts_age(i.meta).may_be_out_of_date(today)),
        ),
        _row(
            "Confirmed with the service",
            where(lambda i: facts_age(i.meta).confirmed is not None),
        ),
        _row(
            "Not read by an editor for over 12 months",
            where(lambda i: is_stale(i.meta.assured_date, today)),
        ),
    ]
    return Coverage(len(listings), by_category, languages, missing, access, groups, overdue)


def coverage_csv(report: Coverage) -> str:
    """The same numbers as a spreadsheet: section, item, services, service names."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["section", "item", "services", "of", "service names"])
    sections = (
        ("category", report.by_category),
        ("language spoken", report.languages),
        ("access", report.access),
        ("group", report.groups),
        ("checking", report.overdue),
    )
    for section, rows in sections:
        for row in rows:
            writer.writerow([section, row.label, row.count, report.total, "; ".join(row.names)])
    for code in report.missing_languages:
        writer.writerow(["language spoken", code, 0, report.total, ""])
    return out.getvalue()
