"""How old a listing's facts are, and whether they may be out of date.

Two clocks, both given by the caller (``guide.clock.today()``):

- the facts: contact details (phones, email, website, places, opening times) rest on sources
  with dates. Details from a source more than three years old, or from a source that shows no
  date, may be out of date: the page says so, and the coverage report counts the listing.
- the editors: a listing nobody has read against its sources for a year is due a check
  (``assured_date``), which ``guide validate`` warns about.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from .schema import ServiceFrontMatter
from .source import Source

#: An editor reads every listing against its sources at least this often.
CHECK_EVERY_DAYS = 365
#: Contact details from a source older than this may be out of date.
FACTS_OLD_AFTER_YEARS = 3


def next_check_due(assured: dt.date) -> dt.date:
    """The day after which the listing is due an editor's check."""
    return assured + dt.timedelta(days=CHECK_EVERY_DAYS)


def is_stale(assured: dt.date, on: dt.date) -> bool:
    """Due an editor's check on the day ``on``."""
    return on > next_check_due(assured)


def period_end(value: str) -> dt.date:
    """The last day a partial date can mean: 2020 -> 2020-12-31, 2020-06 -> 2020-06-30."""
    parts = [int(part) for part in value.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return dt.date(year, month, day)


def source_date(source: Source) -> dt.date | None:
    """When a source's facts are from: the day a service confirmed them, or the date the
    source shows (or can be dated to); None when it shows no date."""
    if source.kind == "service":
        return source.checked
    shown = source.published or source.about
    return period_end(shown) if shown else None


def old_after(date: dt.date) -> dt.date:
    """The day after which facts from ``date`` may be out of date."""
    try:
        return date.replace(year=date.year + FACTS_OLD_AFTER_YEARS)
    except ValueError:  # 29 February
        return date.replace(year=date.year + FACTS_OLD_AFTER_YEARS, day=28)


def is_old(source: Source, on: dt.date) -> bool:
    """Facts from ``source`` may be out of date on the day ``on`` (or it shows no date)."""
    date = source_date(source)
    return date is None or on > old_after(date)


def contact_sources(meta: ServiceFrontMatter) -> list[Source]:
    """The sources a listing's contact details rest on, each once, in the listing's order."""
    ids = [meta.url_source, meta.email_source]
    ids += [
        item.source for group in (meta.phones, meta.locations, meta.schedules) for item in group
    ]
    wanted = {source_id for source_id in ids if source_id}
    return [source for source in meta.sources if source.id in wanted]


@dataclass(frozen=True)
class FactsAge:
    """How old a listing's contact details are."""

    oldest: dt.date | None  # the date of the oldest dated source
    undated: bool  # some contact detail rests on a source that shows no date
    confirmed: dt.date | None  # the last day the service confirmed them, if it ever did

    @property
    def old_from(self) -> dt.date | None:
        """From when the details may be out of date (None: undated, so already now)."""
        return old_after(self.oldest) if self.oldest and not self.undated else None

    def may_be_out_of_date(self, on: dt.date) -> bool:
        return self.undated or (self.oldest is not None and on > old_after(self.oldest))


def facts_age(meta: ServiceFrontMatter) -> FactsAge:
    sources = contact_sources(meta)
    dates = [source_date(source) for source in sources]
    known = [date for date in dates if date is not None]
    confirmations = [s.checked for s in meta.sources if s.kind == "service"]
    return FactsAge(
        oldest=min(known) if known else None,
        undated=any(date is None for date in dates),
        confirmed=max(confirmations) if confirmations else None,
    )
