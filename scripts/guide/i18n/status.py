"""How far each language has got: interface words, listings and pages, by state.

Printed by `guide translations` and published on the "Help translate" page
(``guide.site.contributor``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from babel.messages.catalog import Catalog

from ..model.directory import Directory
from ..model.languages import Language
from ..model.translatable import english_words, version_of
from ..model.translation import LanguagePack, Review, State
from . import catalogs as catalog

STATES = (State.MISSING, State.OUTDATED, State.DRAFT, State.REVIEWED)


@dataclass(frozen=True)
class LanguageStatus:
    language: Language
    interface_done: int
    interface_total: int
    interface_review: str  # "draft" or "reviewed" (language.yaml), or "missing"
    listings: dict[str, State]
    pages: dict[str, State]
    reviewers: tuple[tuple[str, str], ...] = ()  # (who, last day), each reviewer once

    def count(self, kind: str) -> Counter[State]:
        return Counter((self.listings if kind == "listings" else self.pages).values())


def language_status(
    pack: LanguagePack, directory: Directory, pages: list[str], pot: Catalog
) -> LanguageStatus:
    wanted = catalog.message_ids(pot)
    done = catalog.translated_count(pack.catalog, wanted) if pack.catalog is not None else 0
    return LanguageStatus(
        language=pack.language,
        interface_done=done,
        interface_total=len(wanted),
        interface_review=pack.review.status if pack.review else "missing",
        listings={item.id: pack.listing_state(item.id) for item in directory.listings},
        pages={page: pack.page_state(page) for page in pages},
        reviewers=reviewers(pack),
    )


def reviewers(pack: LanguagePack) -> tuple[tuple[str, str], ...]:
    """Who reviewed this language's translations, each with the last day they did."""
    found: dict[str, str] = {}
    infos: list[Review] = [pack.review] if pack.review else []
    infos += [t.info for t in (*pack.listings.values(), *pack.pages.values()) if t.current]
    for info in infos:
        if info is not None and info.status == "reviewed" and info.reviewed_by:
            day = str(info.reviewed_on or "")
            found[info.reviewed_by] = max(found.get(info.reviewed_by, ""), day)
    return tuple(sorted(found.items()))


def table(statuses: list[LanguageStatus]) -> str:
    """A plain-text table, one row per language."""
    head = ("language", "interface", "listings m/o/d/r", "pages m/o/d/r")
    rows = [head]
    for status in statuses:
        listings, pages = status.count("listings"), status.count("pages")
        rows.append(
            (
                f"{status.language.code} {status.language.english_name}",
                f"{status.interface_done}/{status.interface_total} {status.interface_review}",
                "/".join(str(listings[s]) for s in STATES),
                "/".join(str(pages[s]) for s in STATES),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    lines.append("m = missing, o = outdated (the English changed), d = draft, r = reviewed")
    return "\n".join(line.rstrip() for line in lines)


def project_statuses(
    packs: dict[str, LanguagePack], directory: Directory, english: dict[str, str], pot: Catalog
) -> tuple[list[LanguageStatus], dict[str, str]]:
    """Every language's status, and the english_version of every translatable file
    (``english``: the English pages, {path under docs/: text}; ``pot``: the message template)."""
    statuses = [language_status(pack, directory, sorted(english), pot) for pack in packs.values()]
    versions = {
        f"services/{item.id}.md": version_of(english_words(item.meta, item.body))
        for item in directory.listings
    }
    versions |= {f"pages/{page}": version_of(text) for page, text in english.items()}
    return statuses, versions


#: What each state means, in words for translators.
STATE_WORDS = {
    State.MISSING: "not translated",
    State.OUTDATED: "outdated: the English changed",
    State.DRAFT: "draft: needs a community reviewer",
    State.REVIEWED: "reviewed",
}
