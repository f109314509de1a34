"""schema.org JSON-LD for a service page: the service, who runs it, where it is, how to phone
it, when it is open and the languages spoken, for search engines and other readers. Only the
listing's facts; the script's text is escaped so that no listing text can end the script."""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from ..model.contact import phone_href
from ..model.directory import Listing
from ..model.schema import Schedule

Json = dict[str, Any]

DAYS = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}


def hours(schedule: Schedule) -> Json | None:
    """An OpeningHoursSpecification, for times given as days and hours (not in words)."""
    if not (schedule.byday and schedule.opens_at and schedule.closes_at):
        return None
    closes = "23:59" if schedule.closes_at == "24:00" else schedule.closes_at  # schema.org's way
    return {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": [f"https://schema.org/{DAYS[day]}" for day in schedule.byday],
        "opens": schedule.opens_at,
        "closes": closes,
    }


def service(listing: Listing, *, name: str, description: str, url: str) -> Json:
    """The page's service as a schema.org Service, provided by an Organization."""
    meta = listing.meta
    languages = [{"@type": "Language", "alternateName": code} for code in meta.languages]
    channels: list[Json] = []
    for phone in meta.phones:
        contact = {"@type": "ContactPoint", "telephone": phone_href(phone.number)[4:]}
        if phone.description:
            contact["name"] = phone.description
        channels.append({"@type": "ServiceChannel", "servicePhone": contact})
    for location in meta.locations:
        place: Json = {"@type": "Place"}
        if location.name:
            place["name"] = location.name
        if address := location.address:
            street = ", ".join(part for part in (address.address_1, address.address_2) if part)
            place["address"] = {
                "@type": "PostalAddress",
                "streetAddress": street,
                "addressLocality": address.city,
                "addressCountry": "GB",
            } | ({"postalCode": address.postal_code} if address.postal_code else {})
        channels.append({"@type": "ServiceChannel", "serviceLocation": place})
    if meta.url:
        channels.append({"@type": "ServiceChannel", "serviceUrl": meta.url})
    for channel in channels:
        if languages:
            channel["availableLanguage"] = languages
    data: Json = {
        "@context": "https://schema.org",
        "@type": "Service",
        "name": name,
        "description": description,
        "url": url,
        "provider": {"@type": "Organization", "name": meta.organization},
        "hoursAvailable": [spec for item in meta.schedules if (spec := hours(item))],
        "availableChannel": channels,
    }
    return {key: value for key, value in data.items() if value != []}


def script(data: Json) -> Markup:
    """A <script type="application/ld+json"> element. <, > and & are written as JSON escapes,
    so listing text can never close the script or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'\n<script type="application/ld+json">{text}</script>\n')
