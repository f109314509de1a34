"""Opening times: rows for people to read, and data for "Open now" worked out in the browser.

"Open now" needs the current time in London, so it is computed by guide.js in the reader's
browser (Intl, time zone Europe/London) from the data given here, never at build time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from babel import Locale
from babel.dates import format_time

from ..model.schema import Schedule

DASH = " \u2013 "  # an en dash between the two ends of a range

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Row:
    days: str
    hours: str


def _day_names(locale: Locale) -> list[str]:
    names = locale.days["format"]["wide"]
    return [str(names[index]) for index in range(7)]


def _time(value: str, locale: Locale) -> str:
    hour, minute = (int(part) for part in value.split(":"))
    if hour == 24:
        hour, minute = 0, 0
    return format_time(dt.time(hour, minute), format="short", locale=locale)


def _day_range(days: list[str], locale: Locale) -> str:
    names = _day_names(locale)
    indexes = sorted(DAYS.index(day) for day in days)
    if len(indexes) == 7:
        return ""
    if len(indexes) > 2 and indexes == list(range(indexes[0], indexes[-1] + 1)):
        return names[indexes[0]] + DASH + names[indexes[-1]]
    return ", ".join(names[index] for index in indexes)


def rows(
    schedules: list[Schedule],
    locale: Locale,
    every_day: str,
    all_day: str,
    described: Sequence[str] | None = None,
) -> list[Row]:
    """Human-readable rows. ``every_day`` and ``all_day`` are the translated words for
    "Every day" and "24 hours"; ``described`` the schedules' descriptions in the reader's
    language (default: as written)."""
    found = []
    for index, schedule in enumerate(schedules):
        if schedule.byday and schedule.opens_at and schedule.closes_at:
            days = _day_range(list(schedule.byday), locale) or every_day
            if schedule.opens_at == "00:00" and schedule.closes_at == "24:00":
                hours = all_day
            else:
                hours = _time(schedule.opens_at, locale) + DASH + _time(schedule.closes_at, locale)
            found.append(Row(days, hours))
        elif schedule.description:
            found.append(Row("", described[index] if described else schedule.description))
    return found


def open_now_data(schedules: list[Schedule]) -> str:
    """JSON for the browser: [[day numbers 0=Monday, opens minutes, closes minutes], ...].
    Empty when no schedule has exact days and hours (then "Open now" cannot be known)."""
    spans = []
    for schedule in schedules:
        if schedule.byday and schedule.opens_at and schedule.closes_at:
            spans.append(
                [
                    sorted(DAYS.index(day) for day in schedule.byday),
                    _minutes(schedule.opens_at),
                    _minutes(schedule.closes_at),
                ]
            )
    return json.dumps(spans, separators=(",", ":")) if spans else ""


def _minutes(value: str) -> int:
    hour, minute = (int(part) for part in value.split(":"))
    return hour * 60 + minute
