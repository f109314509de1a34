"""Which parts of a listing are words to translate, and a short hash of the English words.

Only words are translated. Facts (phone numbers, addresses, postcodes, emails, websites,
opening times, languages spoken, access flags, dates) always come from the English listing,
so one correction reaches every language. The hash records which English a translation was
made from: when the English words change, the hash changes and the translation is outdated.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .schema import ServiceFrontMatter

#: Top-level text fields, in the order a translator meets them on the page.
TEXT_FIELDS = (
    "name",
    "summary",
    "description",
    "eligibility_description",
    "application_process",
    "what_to_expect",
    "fees_description",
    "interpretation_services",
    "contact_note",
    "alert",
)
#: Text inside the lists of contact details, places, times and costs (same order as English).
NESTED_TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "phones": ("description",),
    "locations": ("name", "area", "transportation", "accessibility"),
    "schedules": ("description",),
    "cost_options": ("option", "amount_description"),
}


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
