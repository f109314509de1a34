"""Opening times for people to read (Babel, per locale) and the data "Open now" uses."""

from __future__ import annotations

import json

from babel import Locale

from guide.model.schema import Schedule
from guide.site.hours import open_now_data, rows


def schedule(**fields: object) -> Schedule:
    return Schedule.model_validate({"source": "s", **fields})


def test_weekday_range_and_times_in_british_english() -> None:
    found = rows(
        [schedule(byday=["MO", "TU", "WE", "TH", "FR"], opens_at="09:00", closes_at="17:00")],
        Locale.parse("en_GB"),
        "Every day",
        "24 hours",
    )
    assert [(r.days, r.hours) for r in found] == [("Monday \u2013 Friday", "09:00 \u2013 17:00")]


def test_every_day_all_day_uses_the_given_words() -> None:
    week = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    found = rows(
        [schedule(byday=week, opens_at="00:00", closes_at="24:00")],
        Locale.parse("en_GB"),
        "Every day",
        "24 hours",
    )
    assert [(r.days, r.hours) for r in found] == [("Every day", "24 hours")]


def test_days_that_are_not_a_run_are_listed() -> None:
    found = rows(
        [schedule(byday=["MO", "WE"], opens_at="10:00", closes_at="12:30")],
        Locale.parse("en_GB"),
        "Every day",
        "24 hours",
    )
    assert found[0].days == "Monday, Wednesday"


def test_day_names_follow_the_readers_language() -> None:
    found = rows(
        [schedule(byday=["MO", "TU", "WE"], opens_at="09:00", closes_at="17:00")],
        Locale.parse("tr"),
        "Her gün",
        "24 saat",
    )
    assert found[0].days == "Pazartesi \u2013 Çarşamba"


def test_a_description_only_schedule_is_a_row_of_words() -> None:
    found = rows([schedule(description="Friday evenings")], Locale.parse("en_GB"), "", "")
    assert [(r.days, r.hours) for r in found] == [("", "Friday evenings")]


def test_open_now_data_is_days_and_minutes() -> None:
    data = open_now_data([schedule(byday=["SA"], opens_at="09:30", closes_at="24:00")])
    assert json.loads(data) == [[[5], 570, 1440]]
    assert open_now_data([schedule(description="Ask")]) == ""
