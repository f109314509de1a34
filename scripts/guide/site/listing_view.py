"""What a listing shows wherever it appears (cards, service pages, leaflets): its badges and
filter data, and its opening times in the reader's language."""

from __future__ import annotations

from typing import Any

from ..i18n.words import Words
from ..model.directory import Listing
from ..model.freshness import contact_sources
from ..model.source import Source
from . import hours
from .context import Context


def card_data(listing: Listing) -> dict[str, Any]:
    """What a listing's card (and the filters) need: data attributes and badges."""
    meta = listing.meta
    step_free = any(loc.step_free for loc in meta.locations)
    return {
        "languages": " ".join(meta.languages),
        "self": "1" if meta.self_referral else "0",
        "free": "1" if meta.free else "0",
        "stepfree": "1" if step_free else "0",
        "hours": hours.open_now_data(meta.schedules),
        "step_free": step_free,
    }


def hour_rows(context: Context, listing: Listing, words: Words) -> list[hours.Row]:
    """Opening times for people to read, in this language (page and leaflet)."""
    ui = context.interface
    schedules = listing.meta.schedules
    described = [words.nested("schedules", index, "description") for index in range(len(schedules))]
    return hours.rows(
        schedules, ui.locale, ui.plain_text("Every day"), ui.plain_text("24 hours"), described
    )


def checked_sources(listing: Listing) -> list[Source]:
    """The sources of a listing's contact details, one for each different way of saying how
    they were checked (two undated pages of the same website read the same day say it once)."""
    found: dict[tuple[object, ...], Source] = {}
    for source in contact_sources(listing.meta):
        key = (source.kind, source.published or source.about, source.checked, source.archived)
        found.setdefault(key, source)
    return list(found.values())
