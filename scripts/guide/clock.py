"""The guide's one clock: every "today" in the guide comes from here.

Today is the date in London, the guide's time zone. Set ``GUIDE_TODAY=YYYY-MM-DD`` to build or
check the guide as on another day: the tests do, so they pass whatever the machine's date is.
"""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
#: The environment variable that sets the clock (YYYY-MM-DD).
TODAY = "GUIDE_TODAY"


class ClockError(ValueError):
    """GUIDE_TODAY is set but is not a date."""


def today() -> dt.date:
    """Today's date in London, or the date GUIDE_TODAY gives."""
    fixed = os.environ.get(TODAY, "").strip()
    if fixed:
        try:
            return dt.date.fromisoformat(fixed)
        except ValueError:
            raise ClockError(
                f"{TODAY}={fixed!r} is not a date. Write it as YYYY-MM-DD, like 2026-11-29, "
                f"or unset {TODAY} to use today's date."
            ) from None
    return dt.datetime.now(LONDON).date()
