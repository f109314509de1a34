"""Contact facts: recognising and formatting UK phone numbers, postcodes, emails and web links.

Pure functions, used both by the checks and by the page renderer.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import phonenumbers
from phonenumbers import shortnumberinfo

# The UK postcode format (outward code, space, inward code), as published by the ONS.
POSTCODE = re.compile(
    r"^(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKS-UW]|"
    r"[A-HK-Y][0-9][ABEHMNPRV-Y]) [0-9][ABD-HJLNP-UW-Z]{2})$"
)
EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
HOST = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def parse_phone(number: str) -> phonenumbers.PhoneNumber | None:
    """The parsed number if it is a real UK number (long or short, like 999), else None."""
    if not re.fullmatch(r"[0-9 +()]+", number.strip()):
        return None
    try:
        parsed = phonenumbers.parse(number, "GB")
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_valid_number_for_region(parsed, "GB"):
        return parsed
    if shortnumberinfo.is_valid_short_number_for_region(parsed, "GB"):
        return parsed
    return None


def phone_display(number: str) -> str:
    """How the number is printed: the national format for long numbers (020 7946 0000);
    short numbers as the contributor grouped them (116 123)."""
    parsed = parse_phone(number)
    if parsed is None:
        return number
    if phonenumbers.is_valid_number_for_region(parsed, "GB"):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return " ".join(number.split())


def phone_href(number: str) -> str:
    """The `tel:` link: +44 form for long numbers, the digits for short ones."""
    parsed = parse_phone(number)
    digits = re.sub(r"\D", "", number)
    if parsed is not None and phonenumbers.is_valid_number_for_region(parsed, "GB"):
        return "tel:" + phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return "tel:" + digits


def is_postcode(value: str) -> bool:
    return bool(POSTCODE.match(value.strip().upper())) and value == value.strip()


def is_email(value: str) -> bool:
    return bool(EMAIL.match(value))


def is_https_url(value: str) -> bool:
    """A full https:// address with a real host name; nothing else (no javascript:, data:)."""
    if any(ch.isspace() for ch in value) or any(ch in value for ch in "<>\"'`"):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    host = parts.hostname or ""
    return parts.scheme == "https" and bool(HOST.match(host)) and not parts.username
