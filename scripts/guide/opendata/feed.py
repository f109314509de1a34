"""The ORUK 3.0 API responses the guide publishes as static files: the root document (`/`),
the list of services (`/services`, one page holding every service) and each service
(`/services/{id}`)."""

from __future__ import annotations

from typing import Any

from ..model.directory import Directory
from .export import list_item, service_document, service_id

Json = dict[str, Any]

VERSION = "3.0"
PROFILE = "https://openreferraluk.org/"
OPENAPI = "https://raw.githubusercontent.com/openreferral/uk-profile/main/openapi.json"

#: The static files that stand for the API's paths, under site/open-data/.
ROOT_FILE = "index.json"
LIST_FILE = "services.json"
SERVICE_DIR = "services"


def service_file(listing_id: str) -> str:
    """The file of one service: `services/<uuid>.json` (a static host cannot serve
    `/services/<uuid>` without a file extension and the right content type)."""
    return f"{SERVICE_DIR}/{service_id(listing_id)}.json"


def root_document(licence: tuple[str, str]) -> Json:
    name, url = licence
    return {
        "version": VERSION,
        "profile": PROFILE,
        "openapi_url": OPENAPI,
        "license": {"name": name, "url": url},
        "services": LIST_FILE,
    }


def service_list(directory: Directory) -> Json:
    """`/services`: one page with every service (one-to-one fields only), by name."""
    listings = sorted(directory.listings, key=lambda item: item.meta.name.lower())
    count = len(listings)
    return {
        "total_items": count,
        "total_pages": 1,
        "page_number": 1,
        "size": count,
        "first_page": True,
        "last_page": True,
        "empty": count == 0,
        "contents": [list_item(listing) for listing in listings],
    }


def documents(directory: Directory, licence: tuple[str, str]) -> dict[str, Json]:
    """{file under open-data/: document} of the whole feed."""
    found = {ROOT_FILE: root_document(licence), LIST_FILE: service_list(directory)}
    for listing in directory.listings:
        found[service_file(listing.id)] = service_document(listing, directory)
    return found
