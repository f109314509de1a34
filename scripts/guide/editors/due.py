"""Which listings most need confirming, oldest contact details first, and a plain-text request
to each service with the facts the guide publishes about it (and a CSV for a mail merge)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from babel import Locale

from ..model.contact import phone_display
from ..model.directory import Listing
from ..model.freshness import FactsAge, contact_sources, facts_age, source_date
from ..model.languages import DEFAULT, Language
from ..model.source import Source
from ..site import hours, routes
from ..site.routes import Site

ENGLISH = Locale.parse("en_GB")
ENGLISH_PAGES = Language(DEFAULT)
KIND_WORDS = {
    "service": "confirmed by you",
    "website": "your website",
    "directory": "an official directory (NHS or council)",
    "third-party": "another organisation's page or a news report",
}


@dataclass(frozen=True)
class Due:
    listing: Listing
    age: FactsAge

    @property
    def key(self) -> tuple[int, dt.date, str]:
        """Undated details first, then the oldest, then listings already confirmed long ago."""
        oldest = self.age.confirmed or self.age.oldest or dt.date.min
        return (0 if self.age.undated else 1, oldest, self.listing.meta.name.lower())

    def oldest_words(self) -> str:
        if self.age.undated:
            return "some details have no date"
        return self.age.oldest.isoformat() if self.age.oldest else "no contact details"


def due(listings: list[Listing], *, today: dt.date) -> list[Due]:
    """Every listing not confirmed in the last three years, most urgent first."""
    found = [Due(item, facts_age(item.meta)) for item in listings]
    return sorted(
        (item for item in found if item.age.may_be_out_of_date(today) or not item.age.confirmed),
        key=lambda item: item.key,
    )


def _from(source: Source | None) -> str:
    if source is None:
        return ""
    date = source_date(source)
    shown = source.published or source.about or (date.isoformat() if date else "no date")
    return f" (from {KIND_WORDS[source.kind]}, {shown})"


def facts_lines(listing: Listing) -> list[str]:
    """What the guide publishes about the service, one fact a line, each with its source."""
    meta = listing.meta
    sources = {source.id: source for source in meta.sources}
    lines = [f"Name: {meta.name}", f"Run by: {meta.organization}"]
    for phone in meta.phones:
        about = f" - {phone.description}" if phone.description else ""
        lines.append(
            f"Phone: {phone_display(phone.number)}{about}{_from(sources.get(phone.source))}"
        )
    if meta.email:
        lines.append(f"Email: {meta.email}{_from(sources.get(meta.email_source or ''))}")
    if meta.url:
        lines.append(f"Website: {meta.url}{_from(sources.get(meta.url_source or ''))}")
    for location in meta.locations:
        if location.address:
            a = location.address
            parts = [location.name, a.address_1, a.address_2, a.city, a.postal_code]
            place = ", ".join(part for part in parts if part)
            lines.append(f"Address: {place}{_from(sources.get(location.source))}")
    for row in hours.rows(meta.schedules, ENGLISH, "Every day", "24 hours"):
        lines.append(f"Opening times: {' '.join(p for p in (row.days, row.hours) if p)}")
    lines.append(f"Who it is for: {meta.eligibility_description}")
    lines += [
        f"How to get help, step {n}: {step}" for n, step in enumerate(meta.application_process, 1)
    ]
    if meta.free is not None or meta.fees_description:
        cost = "Free" if meta.free else (meta.fees_description or "You may have to pay")
        lines.append(f"Cost: {cost}")
    if meta.languages:
        names = ", ".join(ENGLISH.languages.get(code, code) for code in meta.languages)
        lines.append(f"Languages staff speak: {names}")
    return lines


def request_text(item: Due, site: Site) -> str:
    """A short, plain request to the service to confirm or correct what the guide says."""
    meta = item.listing.meta
    page = routes.service(meta.id).address(site, ENGLISH_PAGES)
    found = sorted({KIND_WORDS[s.kind] for s in contact_sources(meta) if s.kind != "service"})
    how = " and ".join(found) or "our records"
    facts = "\n".join(f"- {line}" for line in facts_lines(item.listing))
    return (
        f"Subject: Please check your details in the Islington mental health guide\n\n"
        f"Hello {meta.organization},\n\n"
        "We keep a free guide to mental health and wellbeing services in Islington, for "
        "residents and the people who help them. Your service is in it:\n"
        f"{page}\n\n"
        f"We found these details on {how}. Some may be old. We have not checked them with "
        "you yet, and we would like to.\n\n"
        f"What the guide says about {meta.name}:\n{facts}\n\n"
        "Please reply with one of these:\n"
        '- "These details are correct", with your name and role; or\n'
        "- what we should change.\n\n"
        "We will show on the page that you confirmed the details, the date, and your role "
        "(not your name, unless you ask us to).\n\n"
        "Thank you,\nThe guide's editors\n"
    )


def mail_merge(items: list[Due], site: Site, files: list[str]) -> str:
    """One row per request: who to write to and what the guide says, for a mail merge."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "rank",
            "id",
            "service",
            "organisation",
            "email",
            "phone",
            "website",
            "oldest_details",
            "confirmed_on",
            "page",
            "request_file",
        ]
    )
    for rank, (item, name) in enumerate(zip(items, files, strict=True), 1):
        meta = item.listing.meta
        cells = [
            str(rank),
            meta.id,
            meta.name,
            meta.organization,
            meta.email or "",
            phone_display(meta.phones[0].number) if meta.phones else "",
            meta.url or "",
            item.oldest_words(),
            item.age.confirmed.isoformat() if item.age.confirmed else "",
            routes.service(meta.id).address(site, ENGLISH_PAGES),
            name,
        ]
        writer.writerow([_safe(cell) for cell in cells])
    return out.getvalue()


def _safe(cell: str) -> str:
    """A spreadsheet never runs a cell as a formula."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@") else cell
