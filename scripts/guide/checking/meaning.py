"""Checks that catch a changed meaning in a translation: every number must be one the English
has (with the language's own separators and digits), a text far longer or shorter than the
English is flagged for review, and words the glossary says to avoid are named."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from ..model.glossary import Glossary
from .frontmatter import Document, Path_
from .problems import Code, Problem, problem_at

#: A number as people write it: digits of any script, with grouping or decimal marks inside.
NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f\u066c\u066b' ]\d+)*")
CLOCK = re.compile(r"\d\s?[ap]m\b|\bnoon\b|\bmidnight\b", re.IGNORECASE)
PM = re.compile(r"\b(\d{1,2})(?:[.:]\d{2})?\s?pm\b", re.IGNORECASE)
GROUP = re.compile(r"[.,\u00a0\u202f\u066c' ](?=\d{3}(?!\d))")
#: A translation shorter than this share of the English, or longer than this many times it,
#: is flagged for a reviewer (only for texts of some length).
SHORTEST, LONGEST, MIN_LENGTH = 0.35, 3.0, 40


def numbers(text: str) -> set[int]:
    """The numbers in a text, whatever the digits or the script: 20,000 20.000 20 000 -> 20000;
    other marks split a number (1.5 and 1,5 -> 1 and 5; 020 7946 0000 -> 20, 7946, 0)."""
    found: set[int] = set()
    for match in NUMBER.finditer(text):
        written = GROUP.sub("", match.group(0))
        for part in re.split(r"[^\d]", written):
            if part:
                found.add(int("".join(str(unicodedata.digit(ch)) for ch in part)))
    return found


def english_numbers(text: str) -> set[int]:
    """The numbers of an English text, and the 24-hour form of its times: 5pm may be 17:00."""
    found = numbers(text)
    found |= {int(hour) + 12 for hour in PM.findall(text) if int(hour) < 12}
    if CLOCK.search(text):
        found.add(0)  # 9am may be written 09:00
    return found


def texts(words: dict[str, Any], path: Path_ = ()) -> Iterator[tuple[Path_, str]]:
    """Every text in a listing's words, with its field path: ("phones", 0, "description")."""
    for key, value in words.items():
        here = (*path, key)
        if isinstance(value, str):
            yield here, value
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, str):
                    yield (*here, index), item
                elif isinstance(item, dict):
                    yield from texts(item, (*here, index))


def check_meaning(
    words: dict[str, Any],
    english: dict[str, Any],
    doc: Document,
    shown: str,
    glossary: Glossary | None = None,
) -> list[Problem]:
    """The number, length and glossary checks of one translated listing or page."""
    source = dict(texts(english))
    found = []
    for path, text in texts(words):
        original = source.get(path)
        if original is None:
            continue
        extra = sorted(numbers(text) - english_numbers(original))
        if extra:
            found.append(
                problem_at(
                    doc,
                    shown,
                    path,
                    Code.E609,
                    value=", ".join(map(str, extra)),
                    expected=", ".join(map(str, sorted(numbers(original)))) or "none",
                )
            )
        if len(original) >= MIN_LENGTH and not SHORTEST <= len(text) / len(original) <= LONGEST:
            found.append(
                problem_at(doc, shown, path, Code.W610, value=f"{len(text) / len(original):.1f}")
            )
        for term in glossary.terms if glossary else []:
            for avoided in term.avoid:
                if avoided and avoided.lower() in text.lower():
                    found.append(
                        problem_at(
                            doc,
                            shown,
                            path,
                            Code.W611,
                            value=avoided,
                            expected=term.word,
                            term=term.english,
                        )
                    )
    return found
