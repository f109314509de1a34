"""The review page of each language (contributing/review/<code>/), for a community reviewer who
is not a programmer: every interface message, listing and page, the English and the
translation side by side, each with its state; for an outdated item, what changed in the
English since it was translated; the glossary; and exactly how to approve. English frame, so
that any editor can read it; the translations are marked with their language and direction."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from ..model.directory import Listing
from ..model.translatable import english_words
from ..model.translation import LanguagePack, State, Translated
from . import routes
from .context import Context

WORDS = re.compile(r"\S+\s*")
LABELS = {  # the English words' fields, as a reviewer would name them
    "name": "Name",
    "summary": "Summary",
    "description": "What it is",
    "eligibility_description": "Who it is for",
    "application_process": "How to get help",
    "what_to_expect": "What happens when you go",
    "fees_description": "Cost",
    "interpretation_services": "Interpreters",
    "contact_note": "Contact",
    "alert": "Warning",
    "phones": "Phone",
    "locations": "Place",
    "schedules": "Opening times",
    "cost_options": "Cost",
    "body": "More",
    "title": "Title",
}


@dataclass(frozen=True)
class Row:
    label: str
    english: str
    translation: str


@dataclass(frozen=True)
class Change:
    kind: str  # "same", "removed" or "added"
    text: str


def rows(english: dict[str, Any], mine: dict[str, Any]) -> list[Row]:
    """Field by field, in the English order: the English words and the translation."""
    found = []
    for key, value in english.items():
        label = LABELS.get(key, key)
        theirs = mine.get(key)
        if isinstance(value, list):
            for index, item in enumerate(value):
                other = theirs[index] if isinstance(theirs, list) and index < len(theirs) else None
                if isinstance(item, dict):
                    for field, text in item.items():
                        translated = other.get(field, "") if isinstance(other, dict) else ""
                        found.append(Row(f"{label} {index + 1}: {field}", text, translated))
                else:
                    found.append(Row(f"{label} {index + 1}", item, other or ""))
        else:
            found.append(Row(label, str(value), str(theirs or "")))
    return found


def changes(before: str, after: str) -> list[Change]:
    """What changed between two English texts, word by word."""
    old, new = WORDS.findall(before), WORDS.findall(after)
    found: list[Change] = []
    for tag, a, b, c, d in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag == "equal":
            found.append(Change("same", "".join(old[a:b])))
            continue
        if b > a:
            found.append(Change("removed", "".join(old[a:b])))
        if d > c:
            found.append(Change("added", "".join(new[c:d])))
    return found


def english_changes(was: Any, now: dict[str, Any] | str) -> list[tuple[str, list[Change]]]:
    """Each changed English text of an outdated item, with its word-by-word changes."""
    if was is None:
        return []
    if isinstance(now, str):
        return [("Page", changes(str(was), now))] if str(was) != now else []
    before = {r.label: r.english for r in rows(was, {})}
    after = {r.label: r.english for r in rows(now, {})}
    return [
        (label, changes(before.get(label, ""), after.get(label, "")))
        for label in dict.fromkeys([*after, *before])
        if before.get(label, "") != after.get(label, "")
    ]


class ReviewPages:
    """One review page per language, rendered in the English context."""

    def __init__(self, context: Context, english_pages: dict[str, str]) -> None:
        self.context = context
        self.english_pages = english_pages

    def all(self, packs: list[LanguagePack]) -> dict[str, str]:
        return {routes.review(pack.language.code).src: self.page(pack) for pack in packs}

    def page(self, pack: LanguagePack) -> str:
        language = pack.language
        listings = [self._listing(item, pack) for item in self.context.directory.listings]
        pages = [self._page(rel, text, pack) for rel, text in sorted(self.english_pages.items())]
        body = self.context.render(
            "review.html",
            routes.review(language.code),
            pack=pack,
            other=language,
            messages=_messages(pack),
            listings=listings,
            translated_pages=pages,
            reviewed=_reviewed(pack),
        )
        return self.context.page_file(
            body,
            title=f"Review the {language.english_name} translation",
            description=f"Everything in {language.english_name}, beside the English, for a "
            "community reviewer to check and approve.",
            hide=["toc"],
            search={"exclude": True},
        )

    def _listing(self, item: Listing, pack: LanguagePack) -> dict[str, Any]:
        english = english_words(item.meta, item.body)
        found = pack.listings.get(item.id)
        changes = english_changes(found.was, english) if found else []
        return _item(
            item.id, item.meta.name, english, found, f"services/{item.id}.md", changes=changes
        )

    def _page(self, rel: str, text: str, pack: LanguagePack) -> dict[str, Any]:
        found = pack.pages.get(rel)
        name = rel.removesuffix(".md")
        english: dict[str, Any] = {"body": _body(text)}
        was = _body(str(found.was)) if found and found.was is not None else None
        changes = english_changes(was, english["body"])
        return _item(name, name, english, found, f"pages/{rel}", changes=changes)


def _item(
    name: str,
    title: str,
    english: dict[str, Any],
    found: Translated | None,
    file: str,
    *,
    changes: list[tuple[str, list[Change]]],
) -> dict[str, Any]:
    state = found.state if found else State.MISSING
    mine = (found.words | ({"body": found.body.strip()} if found.body else {})) if found else {}
    return {
        "id": name,
        "title": title,
        "file": file,
        "state": str(state),
        "rows": rows(english, mine if state != State.MISSING else {}),
        "changes": changes,
        "info": found.info if found else None,
    }


def _body(text: str) -> str:
    """A page's Markdown text without its front matter."""
    if text.startswith("---"):
        parts = text.split("---", 2)
        if len(parts) == 3:
            return parts[2].strip()
    return text.strip()


def _messages(pack: LanguagePack) -> list[Row]:
    if pack.catalog is None:
        return []
    return [
        Row("", str(m.id), str(m.string or ""))
        for m in pack.catalog
        if m.id and isinstance(m.id, str)
    ]


def _reviewed(pack: LanguagePack) -> list[tuple[str, str, str]]:
    """Who reviewed what, and when: (item, by, on)."""
    found = []
    if pack.review and pack.review.status == "reviewed":
        found.append(
            ("interface words", pack.review.reviewed_by or "", str(pack.review.reviewed_on))
        )
    for name, item in (*pack.listings.items(), *pack.pages.items()):
        if item.state == State.REVIEWED:
            found.append((name, item.info.reviewed_by or "", str(item.info.reviewed_on)))
    return found
