"""When a listing was checked, when it is next due, and whether it may be out of date."""

from __future__ import annotations

import datetime as dt

#: A listing not checked for longer than this shows a "may be out of date" banner.
CHECK_EVERY_DAYS = 365


def next_check_due(assured: dt.date) -> dt.date:
    """The day after which the listing counts as out of date."""
    return assured + dt.timedelta(days=CHECK_EVERY_DAYS)


def is_stale(assured: dt.date, on: dt.date) -> bool:
    """Out of date on the day ``on`` (the caller reads the clock, guide.clock.today())."""
    return on > next_check_due(assured)
