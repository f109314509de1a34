"""The project's one clock: GUIDE_TODAY sets it; a bad value says how to fix it."""

from __future__ import annotations

import datetime as dt

import pytest

from guide.clock import TODAY, ClockError, today


def test_the_clock_can_be_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TODAY, "2031-02-03")
    assert today() == dt.date(2031, 2, 3)


def test_without_a_setting_it_is_the_date_in_london(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TODAY, raising=False)
    london = dt.datetime.now(dt.UTC).date()
    assert abs((today() - london).days) <= 1


def test_a_bad_setting_names_the_variable_and_the_form(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TODAY, "29/11/2026")
    with pytest.raises(ClockError, match=r"GUIDE_TODAY='29/11/2026' is not a date.*YYYY-MM-DD"):
        today()
