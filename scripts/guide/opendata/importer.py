"""An ORUK 3.0 service as a new listing of this guide: its facts, each with the feed as its
source, and the texts residents read marked `to_write` for a person to write in plain words.
Nothing is invented: a fact the guide cannot hold as given (a number that is not a UK phone,
a web address that is not https) is left out, with a note saying so."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..model.contact import is_email, is_https_url, is_postcode, parse_phone
from ..model.schema import Weekday
from .feedreader import Node
from .terms import AUDIENCES, CATEGORIES, FACTS

SOURCE_ID = "oruk-feed"
TIME = re.compile(r"^([01]\d|2[0-4]):[0-5]\d")
DAYS: frozenset[Weekday] = frozenset(("MO", "TU", "WE", "TH", "FR", "SA", "SU"))
#: Texts residents read: imported as the feed gives them, then rewritten by a person.
TEXTS = ("description", "eligibility_description", "interpretation_services", "fees_description",
         "alert")  # fmt: skip


@dataclass(frozen=True)
class Feed:
    """Where the feed was found: its file name, its web address and what kind of source."""

    name: str
    url: str
    kind: str
    today: dt.date
    categories: tuple[str, ...]  # the guide's category ids; the first is the default


@dataclass
class Imported:
    listing_id: str
    data: dict[str, Any]
    notes: list[str] = field(default_factory=list)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "service"


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]


def import_service(node: Node, feed: Feed, listing_id: str) -> Imported:
    out = Imported(listing_id, {})
    data = out.data
    name = node.string("name", required=True) or ""
    organization = node.child("organization")
    org_name = organization.string("name") if organization else None
    description = node.string("description")
    data.update(id=listing_id, name=name, organization=org_name or name)
    if not org_name:
        out.notes.append("no organization name in the feed: the service's name is used")
    status = node.string("status")
    if status in {"active", "inactive", "defunct", "temporarily closed"}:
        data["status"] = status
    tiles, audiences, facts = classifications(node, feed)
    data["categories"] = tiles or [feed.categories[0]]
    if audiences:
        data["audiences"] = audiences
    data["summary"] = first_sentence(description) if description else "To write."
    data["description"] = description or "To write."
    data["eligibility_description"] = node.string("eligibility_description") or "To write."
    for key in ("minimum_age", "maximum_age"):
        if (age := node.number(key)) is not None:
            data[key] = int(age)
    data["application_process"] = steps(node.string("application_process"))
    data.update(facts)
    for key in TEXTS[2:]:
        if value := node.string(key) or (
            node.string("fees") if key == "fees_description" else None
        ):
            data[key] = value
    if "fees_description" in data or "free" in data:
        data["cost_source"] = SOURCE_ID
    contact_facts(node, data, out.notes)
    data["phones"] = phones(node, out.notes)
    data["locations"] = [loc for at in node.children("service_at_locations")
                         if (loc := location(at, out.notes))]  # fmt: skip
    data["schedules"] = schedules(node, out.notes)
    data["cost_options"] = costs(node)
    data["assured_date"] = assured(node, feed)
    data["sources"] = [source(node, feed)]
    written = [key for key in ("summary", *TEXTS, "application_process") if key in data]
    data["to_write"] = written + ([] if tiles else ["categories"])
    out.data = {key: value for key, value in data.items() if value != []}
    return out


def steps(text: str | None) -> list[str]:
    """HSDS application_process (one text) as steps: a numbered line each, or one step."""
    if not text:
        return ["To write."]
    lines = text.splitlines()
    if all(re.match(r"\d+\.\s", line) for line in lines):
        return [line.split(".", 1)[1].strip() for line in lines]
    return [" ".join(lines)]


def classifications(node: Node, feed: Feed) -> tuple[list[str], list[str], dict[str, bool]]:
    """The guide's own categories, audiences and yes/no facts, when the feed has them as
    attributes of the guide's taxonomies (a feed this guide published)."""
    tiles, audiences, facts = [], [], {}
    for attribute in node.children("attributes"):
        term = attribute.child("taxonomy_term")
        if term is None:
            continue
        taxonomy, code, value = (
            term.string("taxonomy"),
            term.string("code"),
            attribute.string("value"),
        )
        if taxonomy == CATEGORIES and code in feed.categories:
            tiles.append(code)
        elif taxonomy == AUDIENCES and code:
            audiences.append(code)
        elif taxonomy == FACTS and code and code != "step_free" and value in {"true", "false"}:
            facts[code] = value == "true"
    return tiles, audiences, facts


def contact_facts(node: Node, data: dict[str, Any], notes: list[str]) -> None:
    if url := node.string("url"):
        if is_https_url(url):
            data.update(url=url, url_source=SOURCE_ID)
        else:
            notes.append(f"left out the web address {url}: the guide links only to https")
    if email := node.string("email"):
        if is_email(email):
            data.update(email=email, email_source=SOURCE_ID)
        else:
            notes.append(f"left out {email!r}: not an email address")
    codes = []
    for item in node.children("languages"):
        code = item.string("code")
        if code and re.fullmatch(r"[a-z]{2,3}", code):
            codes.append(code)
        elif item.string("name") or code:
            notes.append(f"left out the language {item.string('name') or code}: no ISO 639 code")
    if codes:
        data.update(languages=codes, languages_source=SOURCE_ID)


def phones(node: Node, notes: list[str]) -> list[dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    holders = [node, *node.children("contacts")]
    holders += [loc for at in node.children("service_at_locations")
                if (loc := at.child("location"))]  # fmt: skip
    for holder in holders:
        for item in holder.children("phones"):
            number = item.string("number", required=True) or ""
            if parse_phone(number) is None:
                notes.append(f"left out the phone number {number!r}: not a UK number")
                continue
            phone: dict[str, Any] = {"number": number}
            if text := item.string("description"):
                phone["description"] = text
            found.setdefault(re.sub(r"\D", "", number), phone | {"source": SOURCE_ID})
    return list(found.values())


def location(at: Node, notes: list[str]) -> dict[str, Any] | None:
    place = at.child("location")
    if place is None:
        return None
    data: dict[str, Any] = {}
    if name := place.string("name"):
        data["name"] = name
    for address in place.children("addresses"):
        line, city, code = (
            address.string("address_1"),
            address.string("city"),
            address.string("postal_code"),
        )
        if line:
            data["address"] = {"address_1": line, "address_2": address.string("address_2"),
                               "city": city or "London"}  # fmt: skip
            if code and is_postcode(code.upper()):
                data["address"]["postal_code"] = code.upper()
            elif code:
                notes.append(f"left out the postcode {code!r}: not a UK postcode")
            data["address"] = {k: v for k, v in data["address"].items() if v}
            break
    for key, value in (("area", place.string("description")),
                       ("transportation", place.string("transportation"))):  # fmt: skip
        if value:
            data[key] = value
    access = [text for item in place.children("accessibility")
              if (text := item.string("description") or item.string("accessibility"))]  # fmt: skip
    if access:
        data["accessibility"] = " ".join(access)
    for attribute in place.children("attributes"):
        term = attribute.child("taxonomy_term")
        if term and term.string("taxonomy") == FACTS and term.string("code") == "step_free":
            data["step_free"] = attribute.string("value") == "true"
    return data | {"source": SOURCE_ID} if data else None


def schedules(node: Node, notes: list[str]) -> list[dict[str, Any]]:
    found = []
    for item in node.children("schedules"):
        days = [day.strip() for day in (item.string("byday") or "").split(",") if day.strip()]
        opens, closes = item.string("opens_at") or "", item.string("closes_at") or ""
        weekly = item.string("freq") in {None, "WEEKLY"} and not item.string("bymonthday")
        entry: dict[str, Any] = {}
        if weekly and days and set(days) <= DAYS and TIME.match(opens) and TIME.match(closes):
            entry = {"byday": days, "opens_at": opens[:5], "closes_at": closes[:5]}
        elif days or opens or closes:
            notes.append("kept only the words of a schedule that is not weekly days and hours")
        if text := item.string("description"):
            entry["description"] = text
        if entry:
            found.append(entry | {"source": SOURCE_ID})
    return found


def costs(node: Node) -> list[dict[str, Any]]:
    found = []
    for item in node.children("cost_options"):
        option, amount = item.string("option"), item.number("amount")
        described = item.string("amount_description")
        if option and (amount is not None or described):
            entry = {"option": option, "amount": amount, "amount_description": described}
            found.append({k: v for k, v in entry.items() if v is not None} | {"source": SOURCE_ID})
    return found


def assured(node: Node, feed: Feed) -> dt.date:
    """The feed's assured_date when it gives one (a date, not in the future), else today."""
    text = node.string("assured_date") or ""
    try:
        day = dt.date.fromisoformat(text[:10])
    except ValueError:
        return feed.today
    return min(day, feed.today)


def source(node: Node, feed: Feed) -> dict[str, Any]:
    found: dict[str, Any] = {
        "id": SOURCE_ID,
        "title": f"Open Referral UK feed ({feed.name})",
        "kind": feed.kind,
        "url": feed.url,
    }
    modified = (node.string("last_modified") or "")[:10]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", modified) and modified <= feed.today.isoformat():
        found["published"] = modified
    return found | {"checked": feed.today}
