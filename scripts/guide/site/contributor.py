"""Pages for contributors, generated at each build: the field reference (from the schema) and
"Help translate" (how far each language has got)."""

from __future__ import annotations

from ..i18n.status import STATE_WORDS, STATES, LanguageStatus
from . import routes
from .fieldref import field_reference


def contributor_pages(status: str) -> dict[str, str]:
    """{file under docs/: content}; ``status`` is the "Help translate" page ("" for none)."""
    pages = {routes.FIELDS.src: field_reference()}
    if status:
        pages[routes.TRANSLATION_STATUS.src] = status
    return pages


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
        "Community reviewers: each language has a **review page** with every translation "
        "beside the English, what changed, and how to approve (links below).",
        "",
        "| Language | Interface words | Listings not translated | Outdated | Draft | Reviewed "
        "| Pages not translated | Outdated | Draft | Reviewed | Reviewed by |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
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
            + f" | {_reviewers(status)} |"
        )
    for status in statuses:
        lines += _language_section(status, versions)
    return "\n".join(lines) + "\n"


def _reviewers(status: LanguageStatus) -> str:
    if not status.reviewers:
        return "nobody yet"
    return "; ".join(f"{who} ({day})" if day else who for who, day in status.reviewers)


def _language_section(status: LanguageStatus, versions: dict[str, str]) -> list[str]:
    """One language's files, each with its state and the english_version to write."""
    code = status.language.code
    lines = [
        "",
        f"## {status.language.english_name} ({status.language.native_name}) {{ #{code} }}",
        "",
        f"Folder: `translations/{code}/`. Interface words: {status.interface_done} of "
        f"{status.interface_total} translated in `translations/{code}/messages.po` "
        f"({status.interface_review}). Reviewed by: {_reviewers(status)}.",
        "",
        f"**[Review page for {status.language.english_name}](review/{code}.md)**: every "
        "translation beside the English, and how to approve it.",
        "",
        "| File | State | english_version to write |",
        "|---|---|---|",
    ]
    keys = [f"services/{listing_id}.md" for listing_id in status.listings]
    keys += [f"pages/{page}" for page in status.pages]
    states = [*status.listings.values(), *status.pages.values()]
    for key, state in zip(keys, states, strict=True):
        lines.append(f"| `translations/{code}/{key}` | {STATE_WORDS[state]} | `{versions[key]}` |")
    return lines
