"""Which parts of a listing are words to translate, and a short hash of the English words.

Only words are translated. Facts (phone numbers, addresses, postcodes, emails, websites,
opening times, languages spoken, access flags, dates) always come from the English listing,
so one correction reaches every language. The hash records which English a translation was
made from: when the English words change, the hash changes and the translation is outdated.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, get_args

from pydantic import BaseModel

from .fields import Strict
from .schema import ServiceFrontMatter


class PhoneWords(Strict):
    description: str | None = None


class LocationWords(Strict):
    name: str | None = None
    area: str | None = None
    transportation: str | None = None
    accessibility: str | None = None


class ScheduleWords(Strict):
    description: str | None = None


class CostWords(Strict):
    option: str | None = None
    amount_description: str | None = None


class ListingWords(Strict):
    """The words of a listing, in the order a translator meets them on the page. The same
    field names as the English listing; nothing else may be translated."""

    name: str | None = None
    summary: str | None = None
    description: str | None = None
    eligibility_description: str | None = None
    application_process: list[str] | None = None
    what_to_expect: list[str] | None = None
    fees_description: str | None = None
    interpretation_services: str | None = None
    contact_note: str | None = None
    alert: str | None = None
    # Text inside the lists of contact details, places, times and costs (same order as English)
    phones: list[PhoneWords] | None = None
    locations: list[LocationWords] | None = None
    schedules: list[ScheduleWords] | None = None
    cost_options: list[CostWords] | None = None


def _item_model(annotation: Any) -> type[BaseModel] | None:
    """The model of the items of a list field (``list[PhoneWords] | None``), if any."""
    for candidate in (annotation, *get_args(annotation)):
        for inner in get_args(candidate):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
    return None


#: Top-level text fields, and the text fields inside each list of items: read off the model.
NESTED_TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    name: tuple(model.model_fields)
    for name, field in ListingWords.model_fields.items()
    if (model := _item_model(field.annotation)) is not None
}
TEXT_FIELDS = tuple(name for name in ListingWords.model_fields if name not in NESTED_TEXT_FIELDS)


def english_words(service: ServiceFrontMatter, body: str) -> dict[str, Any]:
    """The English words of a listing, shaped like a translation file's front matter."""
    words: dict[str, Any] = {}
    for key in TEXT_FIELDS:
        value = getattr(service, key)
        if value:
            words[key] = list(value) if isinstance(value, list) else value
    for key, fields in NESTED_TEXT_FIELDS.items():
        items = [
            {field: getattr(item, field) for field in fields if getattr(item, field)}
            for item in getattr(service, key)
        ]
        if any(items):
            words[key] = items
    if body.strip():
        words["body"] = body.strip()
    return words


def version_of(words: Any) -> str:
    """A 12-character fingerprint of some English text (a page or a listing's words)."""
    if isinstance(words, str):
        canonical = "\n".join(line.rstrip() for line in words.strip().splitlines())
    else:
        canonical = json.dumps(words, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]
