"""How far each language has got: interface words, listings and pages, by state.

Printed by `guide translations` and published on the "Help translate" page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog

from . import catalog
from .directory import Directory
from .languages import Language
from .project import Project
from .translatable import english_words, version_of
from .translation import LanguagePack, State, english_pages

STATES = (State.MISSING, State.OUTDATED, State.DRAFT, State.REVIEWED)


@dataclass(frozen=True)
class LanguageStatus:
    language: Language
    interface_done: int
    interface_total: int
    interface_review: str  # "draft" or "reviewed" (language.yaml), or "missing"
    listings: dict[str, State]
    pages: dict[str, State]

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
    )


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


STATE_WORDS = {
    State.MISSING: "not translated",
    State.OUTDATED: "outdated: the English changed",
    State.DRAFT: "draft: needs a community reviewer",
    State.REVIEWED: "reviewed",
}


def status_page(
    statuses: list[LanguageStatus], versions: dict[str, str], *, how_to: str = ""
) -> str:
    """The "Help translate" page: the same status as `guide translations`, for the web.

    ``versions`` maps each file a translator edits (services/<id>.md, pages/<path>) to the
    english_version a translation of the current English must record."""
    lines = [
        "---",
        "title: Help translate the guide",
        "description: What is translated, what is missing and what needs checking, "
        "in each language.",
        "---",
        "",
        "# Help translate the guide",
        "",
        "Residents can read this guide in their own language. Community organisations "
        "translate it and check translations. This page shows, for each language, what is "
        "done and what is missing. It is made from the files in `translations/` each time "
        "the guide is built.",
        "",
        "- **Not translated**: the page is shown in English.",
        "- **Outdated**: the English changed after the translation was made. The page says so.",
        "- **Draft**: translated, but a community reviewer has not checked it yet. The page "
        "says so.",
        "- **Reviewed**: checked by a community organisation.",
        "",
        f"How to help: [Translating the guide]({how_to})." if how_to else "",
        "",
        "| Language | Interface words | Listings not translated | Outdated | Draft | Reviewed "
        "| Pages not translated | Outdated | Draft | Reviewed |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for status in statuses:
        listings, pages = status.count("listings"), status.count("pages")
        language = status.language
        name = f"{language.english_name} ({language.native_name}, `{language.code}`)"
        lines.append(
            f"| {name} | {status.interface_done} of {status.interface_total} "
            f"({status.interface_review}) | "
            + " | ".join(str(listings[s]) for s in STATES)
            + " | "
            + " | ".join(str(pages[s]) for s in STATES)
            + " |"
        )
    for status in statuses:
        code = status.language.code
        lines += [
            "",
            f"## {status.language.english_name} ({status.language.native_name}) {{ #{code} }}",
            "",
            f"Folder: `translations/{code}/`. Interface words: {status.interface_done} of "
            f"{status.interface_total} translated in `translations/{code}/messages.po` "
            f"({status.interface_review}).",
            "",
            "| File | State | english_version to write |",
            "|---|---|---|",
        ]
        for listing_id, state in status.listings.items():
            key = f"services/{listing_id}.md"
            lines.append(
                f"| `translations/{code}/{key}` | {STATE_WORDS[state]} | `{versions[key]}` |"
            )
        for page, state in status.pages.items():
            key = f"pages/{page}"
            lines.append(
                f"| `translations/{code}/{key}` | {STATE_WORDS[state]} | `{versions[key]}` |"
            )
    return "\n".join(lines) + "\n"


def project_statuses(
    project: Project, docs_dir: Path
) -> tuple[list[LanguageStatus], dict[str, str]]:
    """Every language's status, and the english_version of every translatable file."""
    pot = catalog.template(project.root)
    english = english_pages(docs_dir)
    directory = project.loaded.directory
    statuses = [
        language_status(pack, directory, sorted(english), pot) for pack in project.packs.values()
    ]
    versions = {
        f"services/{item.id}.md": version_of(english_words(item.meta, item.body))
        for item in directory.listings
    }
    versions |= {f"pages/{page}": version_of(text) for page, text in english.items()}
    return statuses, versions
