"""The shape of a listing's front matter: field names, types and what each field means.

Field names follow HSDS 3.0 / Open Referral UK where one exists; the rest are this guide's
documented extensions. Only structure lives here. Business rules (phone numbers, postcodes,
plain language, sources) are checked in ``checks.py`` and ``plain_language.py``.

Every field carries a ``description``: the contributors' field reference page is generated
from these models (``fieldref.py``), and a test fails when a field has none.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

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


def _as_text(value: object) -> object:
    """YAML reads `2020` as a number and `2020-06-29` as a date; keep both as written."""
    if isinstance(value, dt.date | int) and not isinstance(value, bool):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return value


PartialDate = Annotated[str, BeforeValidator(_as_text)]

HSDS = "HSDS 3.0"
GUIDE = "guide extension"


class Strict(BaseModel):
    """Unknown keys are errors, so that a typo never silently drops a fact."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Source(Strict):
    id: str = Field(
        description="A short name for this source, used by the `source` field of each fact. "
        "Example: `samaritans-contact`.",
        json_schema_extra={"origin": GUIDE},
    )
    title: str = Field(
        description="What the source is, in a few words. Example: `Samaritans contact page`.",
        json_schema_extra={"origin": GUIDE},
    )
    url: str = Field(
        description="Where the source can be read (https).", json_schema_extra={"origin": GUIDE}
    )
    published: PartialDate | None = Field(
        default=None,
        description="The date the source itself shows: `2020`, `2020-06` or `2020-06-29`. "
        "Leave it out when the source shows no date.",
        json_schema_extra={"origin": GUIDE},
    )
    checked: dt.date = Field(
        description="The date someone read this source for the listing (YYYY-MM-DD).",
        json_schema_extra={"origin": GUIDE},
    )


class Phone(Strict):
    number: str = Field(
        description="A UK phone number written the usual way, e.g. `020 7946 0000` or `116 123`.",
        json_schema_extra={"origin": HSDS},
    )
    description: str | None = Field(
        default=None,
        description="What this number is for, e.g. `Main number` or `Advice line`.",
        json_schema_extra={"origin": HSDS},
    )
    source: str = Field(
        description="The `id` of the source this number comes from.",
        json_schema_extra={"origin": GUIDE},
    )


class Address(Strict):
    address_1: str = Field(
        description="Building and street, e.g. `71 Caledonian Road`.",
        json_schema_extra={"origin": HSDS},
    )
    address_2: str | None = Field(
        default=None,
        description="More of the address, if needed.",
        json_schema_extra={"origin": HSDS},
    )
    city: str = Field(
        default="London",
        description="Town or city. Usually `London`.",
        json_schema_extra={"origin": HSDS},
    )
    postal_code: str | None = Field(
        default=None,
        description="The UK postcode, e.g. `N1 9BT`. Leave it out if no source gives it.",
        json_schema_extra={"origin": HSDS},
    )


class Location(Strict):
    name: str | None = Field(
        default=None,
        description="The name of the building, e.g. `Manor Gardens Centre`.",
        json_schema_extra={"origin": HSDS},
    )
    address: Address | None = Field(
        default=None,
        description="The street address. Leave it out if no source gives it.",
        json_schema_extra={"origin": HSDS},
    )
    area: str | None = Field(
        default=None,
        description="Where it is in plain words when the full address is not known, "
        "e.g. `Near Archway station`.",
        json_schema_extra={"origin": GUIDE},
    )
    transportation: str | None = Field(
        default=None,
        description="How to get there: buses, stations, walking.",
        json_schema_extra={"origin": HSDS},
    )
    accessibility: str | None = Field(
        default=None,
        description="Access in plain words: stairs, lifts, toilets, quiet rooms.",
        json_schema_extra={"origin": HSDS},
    )
    step_free: bool | None = Field(
        default=None,
        description="`true` if you can get in and to the rooms without steps, `false` if not. "
        "Leave it out if you do not know.",
        json_schema_extra={"origin": GUIDE},
    )
    source: str = Field(
        description="The `id` of the source for this location.",
        json_schema_extra={"origin": GUIDE},
    )


class Schedule(Strict):
    byday: list[Weekday] | None = Field(
        default=None,
        description="Days it is open, as two letters: MO TU WE TH FR SA SU. "
        "Example: `[MO, TU, WE, TH, FR]`.",
        json_schema_extra={"origin": HSDS},
    )
    opens_at: str | None = Field(
        default=None,
        description="Opening time, 24-hour clock: `09:00`.",
        json_schema_extra={"origin": HSDS},
    )
    closes_at: str | None = Field(
        default=None,
        description="Closing time, 24-hour clock: `17:00`. Use `24:00` for midnight.",
        json_schema_extra={"origin": HSDS},
    )
    description: str | None = Field(
        default=None,
        description="Opening times in words, when days and hours are not known exactly, "
        "e.g. `Friday evenings`.",
        json_schema_extra={"origin": HSDS},
    )
    source: str = Field(
        description="The `id` of the source for these times.",
        json_schema_extra={"origin": GUIDE},
    )


class CostOption(Strict):
    option: str = Field(
        description="What the cost is for, e.g. `Long-term therapy`.",
        json_schema_extra={"origin": HSDS},
    )
    amount: float | None = Field(
        default=None,
        description="The amount in pounds, e.g. `40`.",
        json_schema_extra={"origin": HSDS},
    )
    amount_description: str | None = Field(
        default=None,
        description="The cost in words, e.g. `£40 to £60 a session`.",
        json_schema_extra={"origin": HSDS},
    )
    source: str = Field(
        description="The `id` of the source for this cost.", json_schema_extra={"origin": GUIDE}
    )


class ServiceFrontMatter(Strict):
    """Everything between the two `---` lines at the top of `services/<id>.md`."""

    id: str = Field(
        description="The listing's short name: lower case letters, numbers and dashes. "
        "It must be the same as the file name without `.md`.",
        json_schema_extra={"origin": HSDS},
    )
    name: str = Field(
        description="The name of the service, as the service writes it.",
        json_schema_extra={"origin": HSDS},
    )
    organization: str = Field(
        description="The organisation that runs it.", json_schema_extra={"origin": HSDS}
    )
    status: Status = Field(
        default="active",
        description="`active`, `inactive`, `defunct` or `temporarily closed`.",
        json_schema_extra={"origin": HSDS},
    )
    categories: list[str] = Field(
        min_length=1,
        description="The home page tiles this service appears under, by `id` from "
        "`services/categories.yaml`. The first one is its main category.",
        json_schema_extra={"origin": GUIDE},
    )
    audiences: list[Audience] = Field(
        default_factory=list,
        description="Who it is mainly for: everyone, adults, young-people, older-people, "
        "families, women, lgbtq, refugees, carers, communities.",
        json_schema_extra={"origin": GUIDE},
    )
    summary: str = Field(
        description="One short sentence saying what it is. Shown on cards.",
        json_schema_extra={"origin": GUIDE},
    )
    description: str = Field(
        description="What it is, in plain words. Two or three short sentences.",
        json_schema_extra={"origin": HSDS},
    )
    eligibility_description: str = Field(
        description="Who it is for, in plain words.", json_schema_extra={"origin": HSDS}
    )
    minimum_age: int | None = Field(
        default=None,
        description="The youngest age it is for, if there is one.",
        json_schema_extra={"origin": HSDS},
    )
    maximum_age: int | None = Field(
        default=None,
        description="The oldest age it is for, if there is one.",
        json_schema_extra={"origin": HSDS},
    )
    application_process: list[str] = Field(
        min_length=1,
        description="How to get help, as numbered steps: one short sentence each.",
        json_schema_extra={"origin": HSDS},
    )
    self_referral: bool | None = Field(
        default=None,
        description="`true` if you can contact them yourself without a doctor's letter, "
        "`false` if someone must refer you. Leave it out if not known.",
        json_schema_extra={"origin": GUIDE},
    )
    what_to_expect: list[str] = Field(
        default_factory=list,
        description="What happens when you go: first contact, first appointment. "
        "One short sentence each.",
        json_schema_extra={"origin": GUIDE},
    )
    free: bool | None = Field(
        default=None,
        description="`true` if it costs nothing, `false` if you may have to pay. "
        "Leave it out if not known.",
        json_schema_extra={"origin": GUIDE},
    )
    fees_description: str | None = Field(
        default=None, description="The cost in plain words.", json_schema_extra={"origin": HSDS}
    )
    cost_options: list[CostOption] = Field(
        default_factory=list,
        description="Prices, each with its source.",
        json_schema_extra={"origin": HSDS},
    )
    cost_source: str | None = Field(
        default=None,
        description="The `id` of the source for `free` and `fees_description`.",
        json_schema_extra={"origin": GUIDE},
    )
    interpretation_services: str | None = Field(
        default=None,
        description="Interpreting the service offers, in plain words.",
        json_schema_extra={"origin": HSDS},
    )
    interpreter: bool | None = Field(
        default=None,
        description="`true` if the service says it can get you an interpreter.",
        json_schema_extra={"origin": GUIDE},
    )
    languages: list[str] = Field(
        default_factory=list,
        description="Languages staff speak, as ISO 639 codes, e.g. `[en, so, bn]`.",
        json_schema_extra={"origin": HSDS},
    )
    languages_source: str | None = Field(
        default=None,
        description="The `id` of the source for `languages`.",
        json_schema_extra={"origin": GUIDE},
    )
    community_building: bool | None = Field(
        default=None,
        description="`true` if you meet in a community building with no mental health sign "
        "outside.",
        json_schema_extra={"origin": GUIDE},
    )
    url: str | None = Field(
        default=None,
        description="The service's own website (https).",
        json_schema_extra={"origin": HSDS},
    )
    url_source: str | None = Field(
        default=None,
        description="The `id` of the source for `url`.",
        json_schema_extra={"origin": GUIDE},
    )
    email: str | None = Field(
        default=None,
        description="An email address for the public.",
        json_schema_extra={"origin": HSDS},
    )
    email_source: str | None = Field(
        default=None,
        description="The `id` of the source for `email`.",
        json_schema_extra={"origin": GUIDE},
    )
    phones: list[Phone] = Field(
        default_factory=list,
        description="Phone numbers, each with its source.",
        json_schema_extra={"origin": HSDS},
    )
    locations: list[Location] = Field(
        default_factory=list,
        description="Where it is, each with its source.",
        json_schema_extra={"origin": HSDS},
    )
    schedules: list[Schedule] = Field(
        default_factory=list,
        description="Opening times, each with its source.",
        json_schema_extra={"origin": HSDS},
    )
    alert: str | None = Field(
        default=None,
        description="A short warning shown at the top, e.g. `Times have changed for winter`.",
        json_schema_extra={"origin": HSDS},
    )
    contact_note: str | None = Field(
        default=None,
        description="What to do when phone or address are not known, e.g. "
        "`Use the contact page on their website.`",
        json_schema_extra={"origin": GUIDE},
    )
    assured_date: dt.date = Field(
        description="The date someone last checked this whole listing (YYYY-MM-DD).",
        json_schema_extra={"origin": HSDS},
    )
    assured_by: str = Field(
        description="Who checked it: a team or organisation, not a person's private details.",
        json_schema_extra={"origin": GUIDE},
    )
    sources: list[Source] = Field(
        min_length=1,
        description="Where the facts come from. Each fact names one of these by its `id`.",
        json_schema_extra={"origin": GUIDE},
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
