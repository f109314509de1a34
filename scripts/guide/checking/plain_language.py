"""Plain-language checks for English listing text: sentence length, reading scores, jargon.

Targets (see docs/contributing/plain-language.md): NHS service manual, reading age 9 to 11,
sentences up to 20 words; Flesch reading ease 60 or more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import textstat
import yaml

from .problems import Code, Problem, problem

WARN_WORDS = 20
ERROR_WORDS = 30
MIN_READING_EASE = 60.0
MAX_READING_AGE = 11
#: Scores are unreliable on very short texts, so they are only given for longer ones.
MIN_WORDS_FOR_SCORES = 40

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])|\n\s*\n")
WORD = re.compile(r"[A-Za-z0-9\u00a3][A-Za-z0-9'\u2019&@./:\u00a3-]*")


@dataclass(frozen=True)
class Text:
    """One piece of listing text and where it stands."""

    field: str
    line: int
    text: str


@dataclass(frozen=True)
class Jargon:
    term: str
    instead: str
    case: bool
    pattern: re.Pattern[str]


@cache
def jargon_list() -> tuple[Jargon, ...]:
    raw = yaml.safe_load(
        resources.files("guide.checking").joinpath("data/jargon.yaml").read_text("utf-8")
    )
    items = []
    for entry in raw:
        case = bool(entry.get("case", False))
        flags = 0 if case else re.IGNORECASE
        pattern = re.compile(rf"(?<![\w-]){re.escape(entry['term'])}(?![\w-])", flags)
        items.append(Jargon(entry["term"], entry["instead"], case, pattern))
    # Longest terms first, so "referral pathway" is reported once, not also as "pathway".
    return tuple(sorted(items, key=lambda j: -len(j.term)))


@cache
def jargon_finder() -> tuple[list[re.Pattern[str]], dict[str, Jargon]]:
    """One pattern for the terms matched in any case and one for those matched only in
    capitals (each term longest first, so "referral pathway" is found, not "pathway" in it),
    and each term's entry (by its lower case, or as written for capitals)."""
    entries = jargon_list()
    patterns = []
    for case in (False, True):
        terms = "|".join(re.escape(j.term) for j in entries if j.case is case)
        if terms:
            flags = 0 if case else re.IGNORECASE
            patterns.append(re.compile(rf"(?<![\w-])(?:{terms})(?![\w-])", flags))
    return patterns, {(j.term if j.case else j.term.lower()): j for j in entries}


def sentences(text: str) -> list[str]:
    flat = re.sub(r"[ \t]*\n[ \t]*(?!\n)", " ", text.strip())
    return [part.strip() for part in SENTENCE_END.split(flat) if part and part.strip()]


def word_count(sentence: str) -> int:
    return len(WORD.findall(sentence))


def excerpt(sentence: str, words: int = 8) -> str:
    parts = sentence.split()
    return '"' + " ".join(parts[:words]) + (' ..."' if len(parts) > words else '"')


def check_sentences(texts: Iterable[Text], shown: str) -> list[Problem]:
    found = []
    for item in texts:
        for sentence in sentences(item.text):
            count = word_count(sentence)
            if count > WARN_WORDS:
                code = Code.E400 if count > ERROR_WORDS else Code.W401
                found.append(
                    problem(
                        shown, item.line, code, item.field, value=count, excerpt=excerpt(sentence)
                    )
                )
    return found


def check_jargon(texts: Iterable[Text], shown: str) -> list[Problem]:
    patterns, entries = jargon_finder()
    found = []
    for item in texts:
        matches = [match for pattern in patterns for match in pattern.finditer(item.text)]
        taken: list[tuple[int, int]] = []
        for match in sorted(matches, key=lambda m: m.start() - m.end()):  # longest first
            start, end = match.span()
            if any(s <= start and end <= e for s, e in taken):
                continue
            taken.append((start, end))
            term = match.group(0)
            entry = entries.get(term) or entries[term.lower()]
            advice = entry.instead[0].upper() + entry.instead[1:] + "."
            found.append(
                problem(shown, item.line, Code.W404, item.field, value=term, advice=advice)
            )
    return found


def scores(text: str) -> tuple[float, float]:
    """(Flesch reading ease, reading age in years = Flesch-Kincaid grade + 5)."""
    return (
        float(textstat.flesch_reading_ease(text)),
        float(textstat.flesch_kincaid_grade(text)) + 5,
    )


def warm_up() -> None:
    """Load what the scores need (a 135,000-word dictionary, about a second) now."""
    scores("Warm up the syllable counts.")


def check_scores(texts: list[Text], shown: str, line: int) -> list[Problem]:
    joined = " ".join(t.text.strip().rstrip(".") + "." for t in texts if t.text.strip())
    if word_count(joined) < MIN_WORDS_FOR_SCORES:
        return []
    ease, age = scores(joined)
    found = []
    if ease < MIN_READING_EASE:
        found.append(problem(shown, line, Code.W402, "", value=round(ease)))
    if age > MAX_READING_AGE:
        found.append(problem(shown, line, Code.W403, "", value=f"{age:.1f}"))
    return found


def check_plain_language(
    texts: list[Text], shown: str, line: int, *, scores: bool = True
) -> list[Problem]:
    return [
        *check_sentences(texts, shown),
        *check_jargon(texts, shown),
        *(check_scores(texts, shown, line) if scores else []),
    ]
