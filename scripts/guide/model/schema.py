"""The shape of a listing's front matter: field names, types and what each field means.

Field names follow HSDS 3.0 / Open Referral UK where one exists; the rest are this guide's
documented extensions. Only structure lives here. Business rules (phone numbers, postcodes,
plain language, sources) are checked in ``guide.checking``.

Every field carries a ``description``: the contributors' field reference page is generated
from these models (``fieldref.py``), and a test fails when a field has none.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from .fields import Strict, hsds, ours
from .source import Source

Status = Literal["active", "inactive", "defunct", "temporarily closed"]
Weekday = Literal["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
Audience = Literal[
    "everyone",
    "adults",
    "young-people",
    "older-people",
    "families",
    "women",
    "lgbtq",
    "refugees",
    "carers",
    "communities",
]
#: What an import from a feed leaves for a person: texts to write in plain words, tiles to choose.
ToWrite = Literal[
    "summary",
    "description",
    "eligibility_description",
    "application_process",
    "interpretation_services",
    "fees_description",
    "alert",
    "categories",
]


class Phone(Strict):
    number: str = hsds(
        description="A UK phone number written the usual way, e.g. `020 7946 0000` or `116 123`."
    )
    description: str | None = hsds(
        default=None, description="What this number is for, e.g. `Main number` or `Advice line`."
    )
    source: str = ours(description="The `id` of the source this number comes from.")


class Address(Strict):
    address_1: str = hsds(description="Building and street, e.g. `71 Caledonian Road`.")
    address_2: str | None = hsds(default=None, description="More of the address, if needed.")
    city: str = hsds(default="London", description="Town or city. Usually `London`.")
    postal_code: str | None = hsds(
        default=None,
        description="The UK postcode, e.g. `N1 9BT`. Leave it out if no source gives it.",
    )


class Location(Strict):
    name: str | None = hsds(
        default=None, description="The name of the building, e.g. `Manor Gardens Centre`."
    )
    address: Address | None = hsds(
        default=None, description="The street address. Leave it out if no source gives it."
    )
    area: str | None = ours(
        default=None,
        description="Where it is in plain words when the full address is not known, "
        "e.g. `Near Archway station`.",
    )
    transportation: str | None = hsds(
        default=None, description="How to get there: buses, stations, walking."
    )
    accessibility: str | None = hsds(
        default=None, description="Access in plain words: stairs, lifts, toilets, quiet rooms."
    )
    step_free: bool | None = ours(
        default=None,
        description="`true` if you can get in and to the rooms without steps, `false` if not. "
        "Leave it out if you do not know.",
    )
    source: str = ours(description="The `id` of the source for this location.")


class Schedule(Strict):
    byday: list[Weekday] | None = hsds(
        default=None,
        description="Days it is open, as two letters: MO TU WE TH FR SA SU. "
        "Example: `[MO, TU, WE, TH, FR]`.",
    )
    opens_at: str | None = hsds(default=None, description="Opening time, 24-hour clock: `09:00`.")
    closes_at: str | None = hsds(
        default=None, description="Closing time, 24-hour clock: `17:00`. Use `24:00` for midnight."
    )
    description: str | None = hsds(
        default=None,
        description="Opening times in words, when days and hours are not known exactly, "
        "e.g. `Friday evenings`.",
    )
    source: str = ours(description="The `id` of the source for these times.")


class CostOption(Strict):
    option: str = hsds(description="What the cost is for, e.g. `Long-term therapy`.")
    amount: float | None = hsds(default=None, description="The amount in pounds, e.g. `40`.")
    amount_description: str | None = hsds(
        default=None, description="The cost in words, e.g. `£40 to £60 a session`."
    )
    source: str = ours(description="The `id` of the source for this cost.")


class ServiceFrontMatter(Strict):
    """Everything between the two `---` lines at the top of `services/<id>.md`."""

    id: str = hsds(
        description="The listing's short name: lower case letters, numbers and dashes. "
        "It must be the same as the file name without `.md`."
    )
    name: str = hsds(description="The name of the service, as the service writes it.")
    organization: str = hsds(description="The organisation that runs it.")
    status: Status = hsds(
        default="active", description="`active`, `inactive`, `defunct` or `temporarily closed`."
    )
    categories: list[str] = ours(
        min_length=1,
        description="The home page tiles this service appears under, by `id` from "
        "`services/categories.yaml`. The first one is its main category.",
    )
    audiences: list[Audience] = ours(
        default_factory=list,
        description="Who it is mainly for: everyone, adults, young-people, older-people, "
        "families, women, lgbtq, refugees, carers, communities.",
    )
    summary: str = ours(description="One short sentence saying what it is. Shown on cards.")
    description: str = hsds(description="What it is, in plain words. Two or three short sentences.")
    eligibility_description: str = hsds(description="Who it is for, in plain words.")
    minimum_age: int | None = hsds(
        default=None, description="The youngest age it is for, if there is one."
    )
    maximum_age: int | None = hsds(
        default=None, description="The oldest age it is for, if there is one."
    )
    application_process: list[str] = hsds(
        min_length=1, description="How to get help, as numbered steps: one short sentence each."
    )
    self_referral: bool | None = ours(
        default=None,
        description="`true` if you can contact them yourself without a doctor's letter, "
        "`false` if someone must refer you. Leave it out if not known.",
    )
    what_to_expect: list[str] = ours(
        default_factory=list,
        description="What happens when you go: first contact, first appointment. "
        "One short sentence each.",
    )
    free: bool | None = ours(
        default=None,
        description="`true` if it costs nothing, `false` if you may have to pay. "
        "Leave it out if not known.",
    )
    fees_description: str | None = hsds(default=None, description="The cost in plain words.")
    cost_options: list[CostOption] = hsds(
        default_factory=list, description="Prices, each with its source."
    )
    cost_source: str | None = ours(
        default=None, description="The `id` of the source for `free` and `fees_description`."
    )
    interpretation_services: str | None = hsds(
        default=None, description="Interpreting the service offers, in plain words."
    )
    interpreter: bool | None = ours(
        default=None, description="`true` if the service says it can get you an interpreter."
    )
    languages: list[str] = hsds(
        default_factory=list,
        description="Languages staff speak, as ISO 639 codes, e.g. `[en, so, bn]`.",
    )
    languages_source: str | None = ours(
        default=None, description="The `id` of the source for `languages`."
    )
    community_building: bool | None = ours(
        default=None,
        description="`true` if you meet in a community building with no mental health sign "
        "outside.",
    )
    url: str | None = hsds(default=None, description="The service's own website (https).")
    url_source: str | None = ours(default=None, description="The `id` of the source for `url`.")
    email: str | None = hsds(default=None, description="An email address for the public.")
    email_source: str | None = ours(default=None, description="The `id` of the source for `email`.")
    phones: list[Phone] = hsds(
        default_factory=list, description="Phone numbers, each with its source."
    )
    locations: list[Location] = hsds(
        default_factory=list, description="Where it is, each with its source."
    )
    schedules: list[Schedule] = hsds(
        default_factory=list, description="Opening times, each with its source."
    )
    alert: str | None = hsds(
        default=None,
        description="A short warning shown at the top, e.g. `Times have changed for winter`.",
    )
    contact_note: str | None = ours(
        default=None,
        description="What to do when phone or address are not known, e.g. "
        "`Use the contact page on their website.`",
    )
    assured_date: dt.date = hsds(
        description="The date an editor last read this whole listing against its sources "
        "(YYYY-MM-DD). How each fact was checked is in `sources`."
    )
    sources: list[Source] = ours(
        min_length=1,
        description="Where the facts come from. Each fact names one of these by its `id`.",
    )
    to_write: list[ToWrite] = ours(
        default_factory=list,
        description="Left by `guide import-oruk`: the texts still to write in plain words (and "
        "`categories`, still to choose). Remove each one when it is done.",
    )


MODELS: tuple[type[Strict], ...] = (
    ServiceFrontMatter,
    Source,
    Phone,
    Location,
    Address,
    Schedule,
    CostOption,
)
