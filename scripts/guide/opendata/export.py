"""One listing as a fully nested ORUK 3.0 service (the `/services/{id}` response), with the
HSDS 3.0 fields ORUK lacks (language codes, application_process, interpretation_services,
eligibility_description, metadata) added as HSDS names them. Only what the listing holds is
exported: an unknown fact is left out, never guessed."""

from __future__ import annotations

from typing import Any

from babel import Locale

from ..model.directory import Directory, Listing
from ..model.schema import Location, Schedule, ServiceFrontMatter
from ..model.source import Source
from .ids import uid
from .provenance import metadata
from .terms import attributes, fact

Json = dict[str, Any]


def clean(record: Json) -> Json:
    """The record without empty values (None, empty lists): unknown facts are left out."""
    return {key: value for key, value in record.items() if value is not None and value != []}


def service_id(listing_id: str) -> str:
    return uid("service", listing_id)


def organization(meta: ServiceFrontMatter) -> Json:
    # ORUK requires a description; the guide holds none, so it is empty rather than invented.
    return {
        "id": uid("organization", meta.organization),
        "name": meta.organization,
        "description": "",
    }


def steps(items: list[str]) -> str:
    """HSDS application_process is one text: the guide's steps, numbered, a line each."""
    return "\n".join(f"{number}. {step}" for number, step in enumerate(items, 1))


def service_document(listing: Listing, directory: Directory) -> Json:
    """The fully nested service for ``/services/{id}``."""
    meta = listing.meta
    sid = service_id(meta.id)
    sources = {source.id: source for source in meta.sources}
    return clean(
        {
            **list_item(listing),
            "eligibility_description": meta.eligibility_description,
            "application_process": steps(meta.application_process),
            "interpretation_services": meta.interpretation_services,
            "fees_description": meta.fees_description,
            "schedules": [
                schedule(item, sid, index, sources) for index, item in enumerate(meta.schedules)
            ],
            "service_at_locations": [
                at_location(item, meta.id, index, sources)
                for index, item in enumerate(meta.locations)
            ],
            "languages": [language(code, sid) for code in meta.languages],
            "cost_options": [
                clean(
                    {
                        "id": (cid := uid("cost_option", meta.id, index)),
                        "service_id": sid,
                        "option": item.option,
                        "amount": item.amount,
                        "currency": "GBP" if item.amount is not None else None,
                        "amount_description": item.amount_description,
                        "metadata": metadata(
                            sources.get(item.source),
                            cid,
                            "cost_option",
                            {
                                "option": item.option,
                                "amount": item.amount,
                                "amount_description": item.amount_description,
                            },
                        ),
                    }
                )
                for index, item in enumerate(meta.cost_options)
            ],
            "contacts": contacts(meta, sid, sources),
            "attributes": attributes(meta, sid, directory, sources),
            "metadata": service_metadata(meta, sid, sources),
        }
    )


def list_item(listing: Listing) -> Json:
    """The one-to-one fields of a service and its organization (the `/services` list)."""
    meta = listing.meta
    return clean(
        {
            "id": service_id(meta.id),
            "organization_id": uid("organization", meta.organization),
            "name": meta.name,
            "description": meta.description,
            "url": meta.url,
            "email": meta.email,
            "status": meta.status,
            "minimum_age": meta.minimum_age,
            "maximum_age": meta.maximum_age,
            "assured_date": meta.assured_date.isoformat(),
            "alert": meta.alert,
            "organization": organization(meta),
        }
    )


def service_metadata(meta: ServiceFrontMatter, sid: str, sources: dict[str, Source]) -> list[Json]:
    found = []
    for fields, source_id in (
        ({"url": meta.url}, meta.url_source),
        ({"email": meta.email}, meta.email_source),
        ({"languages": meta.languages}, meta.languages_source),
        ({"fees_description": meta.fees_description}, meta.cost_source),
    ):
        found += metadata(sources.get(source_id or ""), sid, "service", fields)
    return found


def contacts(meta: ServiceFrontMatter, sid: str, sources: dict[str, Source]) -> list[Json]:
    """The service's phone numbers, held by one contact (ORUK links phones to contacts)."""
    if not meta.phones:
        return []
    contact = uid("contact", meta.id)
    phones = [
        clean(
            {
                "id": (pid := uid("phone", meta.id, index)),
                "contact_id": contact,
                "number": phone.number,
                "description": phone.description,
                "metadata": metadata(
                    sources.get(phone.source), pid, "phone", {"number": phone.number}
                ),
            }
        )
        for index, phone in enumerate(meta.phones)
    ]
    return [{"id": contact, "service_id": sid, "phones": phones}]


def language(code: str, sid: str) -> Json:
    name = Locale("en").languages.get(code.split("-", 1)[0])
    return clean({"id": uid("language", sid, code), "service_id": sid, "name": name, "code": code})


def schedule(item: Schedule, sid: str, index: int, sources: dict[str, Source]) -> Json:
    rid = uid("schedule", sid, index)
    return clean(
        {
            "id": rid,
            "service_id": sid,
            "freq": "WEEKLY" if item.byday else None,
            "byday": ",".join(item.byday) if item.byday else None,
            "opens_at": f"{item.opens_at}:00" if item.opens_at else None,
            "closes_at": f"{item.closes_at}:00" if item.closes_at else None,
            "description": item.description,
            "metadata": metadata(
                sources.get(item.source),
                rid,
                "schedule",
                {
                    "byday": item.byday,
                    "opens_at": item.opens_at,
                    "closes_at": item.closes_at,
                    "description": item.description,
                },
            ),
        }
    )


def at_location(item: Location, listing_id: str, index: int, sources: dict[str, Source]) -> Json:
    lid = uid("location", listing_id, index)
    address = item.address
    addresses = []
    if address:
        # ORUK requires state_province and postal_code: empty when the listing has none.
        addresses.append(
            clean(
                {
                    "id": uid("address", listing_id, index),
                    "location_id": lid,
                    "address_1": address.address_1,
                    "address_2": address.address_2,
                    "city": address.city,
                    "state_province": "",
                    "postal_code": address.postal_code or "",
                    "country": "GB",
                    "address_type": "physical",
                }
            )
        )
    access = item.accessibility
    location = {
        "id": lid,
        "location_type": "physical",
        "name": item.name,
        "description": item.area,
        "transportation": item.transportation,
        "addresses": addresses,
        "accessibility": [
            {
                "id": uid("accessibility", listing_id, index),
                "location_id": lid,
                "description": access,
            }
        ]
        if access
        else [],
        "attributes": attributes_of_location(item, lid),
        "metadata": metadata(
            sources.get(item.source),
            lid,
            "location",
            {
                "name": item.name,
                "address": address.address_1 if address else None,
                "postal_code": address.postal_code if address else None,
                "area": item.area,
                "accessibility": access,
                "step_free": item.step_free,
            },
        ),
    }
    return {
        "id": uid("service_at_location", listing_id, index),
        "service_id": service_id(listing_id),
        "location_id": lid,
        "location": clean(location),
    }


def attributes_of_location(item: Location, lid: str) -> list[Json]:
    return (
        [fact("step_free", item.step_free, lid, "location")] if item.step_free is not None else []
    )
