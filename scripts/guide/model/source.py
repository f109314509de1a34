"""Where a fact comes from: a source, what kind it is, the date it shows and the day it was
read, or who at the service confirmed it and how."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from .fields import PartialDate, Strict, ours

SourceKind = Literal["service", "website", "directory", "third-party"]
ConfirmedHow = Literal["phone", "email", "visit", "letter"]


class Source(Strict):
    id: str = ours(
        description="A short name for this source, used by the `source` field of each fact. "
        "Example: `samaritans-contact`."
    )
    title: str = ours(
        description="What the source is, in a few words. Example: `Samaritans contact page`."
    )
    kind: SourceKind = ours(
        description="How the facts were checked: `service` (the service itself confirmed them: "
        "add `confirmed_by` and `how`), `website` (the service's own website), `directory` (an "
        "official directory or page: NHS, council), `third-party` (news, reports, other "
        "organisations' pages)."
    )
    url: str | None = ours(
        default=None,
        description="Where the source can be read (https). Needed for every kind but `service`.",
    )
    archived: bool = ours(
        default=False,
        description="`true` when a stored copy of the page was read (an archive), not the live "
        "page.",
    )
    published: PartialDate | None = ours(
        default=None,
        description="The date the source itself shows: `2020`, `2020-06` or `2020-06-29`. "
        "Leave it out when the source shows no date.",
    )
    about: PartialDate | None = ours(
        default=None,
        description="Only when the source shows no date: the year its text can be dated to "
        '(for example, it mentions an event of 2018). Shown as "about 2018".',
    )
    checked: dt.date = ours(
        description="The date someone read this source (YYYY-MM-DD); for `kind: service`, the "
        "day the service confirmed the facts."
    )
    confirmed_by: str | None = ours(
        default=None,
        description="`kind: service` only: who confirmed, by role and organisation, e.g. "
        "`Receptionist, Islington Mind`. No private phone numbers or emails.",
    )
    how: ConfirmedHow | None = ours(
        default=None,
        description="`kind: service` only: how they confirmed: `phone`, `email`, `visit` or "
        "`letter`.",
    )
