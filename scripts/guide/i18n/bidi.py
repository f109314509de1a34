"""Text direction: phone numbers, postcodes, emails, web addresses (and, in right-to-left
pages, runs of Latin words) isolated so that they never reorder inside other text.

English shown inside another language is marked ``lang="en" dir="ltr"`` so that screen
readers pronounce it as English and it never reorders inside right-to-left text.
"""

from __future__ import annotations

import re
import unicodedata

from markupsafe import Markup, escape

#: UK phone numbers (0... or +44...), short numbers like 116 123, and UK postcodes.
NUMBERS = re.compile(
    r"(?<![\w+])(?:(?:\+44\s?|0)\d{2,4}(?:[ \u00a0]?\d{3,4}){1,2}"
    r"|\d{3}[ \u00a0]\d{3}|999|111)(?![\w])"
    r"|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"
    # emails and web addresses, which also must never reorder
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\bhttps?://[^\s<>\"]+[^\s<>\".,;:!?)]"
    r"|\bwww\.[\w-]+(?:\.[\w-]+)+(?:/[^\s<>\"]*[^\s<>\".,;:!?)])?"
)
TAG = re.compile(r"(<[^>]+>)")


def isolate(text: str | Markup) -> Markup:
    """Escape plain text (Markup is kept) and wrap phone numbers and postcodes in bdi."""
    safe = escape(text)
    parts = TAG.split(str(safe))
    for index in range(0, len(parts), 2):  # text between tags only
        parts[index] = NUMBERS.sub(lambda m: f'<bdi dir="ltr">{m.group(0)}</bdi>', parts[index])
    return Markup("".join(parts))


def english(text: str | Markup, *, block: bool = False) -> Markup:
    """English text shown on a page in another language."""
    tag = "div" if block else "span"
    return Markup(f'<{tag} lang="en" dir="ltr">{isolate(text)}</{tag}>')


def _left_to_right_letters() -> str:
    """A regular-expression class of every letter (and mark) written left to right, in any
    script: Latin with any accent, Greek, Cyrillic, Ge'ez, Bengali... (Unicode bidi class L)."""
    ranges: list[tuple[int, int]] = []
    for point in range(0x10000):
        char = chr(point)
        if unicodedata.bidirectional(char) == "L" and unicodedata.category(char)[0] in "LM":
            if ranges and ranges[-1][1] == point - 1:
                ranges[-1] = (ranges[-1][0], point)
            else:
                ranges.append((point, point))
    return "".join(
        re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges
    )


#: An element isolated already (a phone number in <bdi dir="ltr">) or a character reference
#: stands in the text as one private-use character while runs are found, so that "NHS 111"
#: stays one run and "&amp;" is never cut.
_ATOM_FIRST, _ATOMS = 0xE000, 0x1000
_ATOM = "\ue000-\uefff"
_ATOMS_IN = re.compile(f"[{_ATOM}]")
_REAL_LETTER = re.compile(f"[{_left_to_right_letters()}]")
#: Combining marks (bidi class NSM, like the Devanagari virama in "हिन्दी") belong to the
#: letter before them: a word is never cut before one.
_MARKS = "".join(
    re.escape(chr(point))
    for point in range(0x10000)
    if unicodedata.bidirectional(chr(point)) == "NSM" and unicodedata.category(chr(point))[0] == "M"
)
_LETTER = f"[{_REAL_LETTER.pattern[1:-1]}{_ATOM}]"
_LETTER_OR_MARK = f"[{_REAL_LETTER.pattern[1:-1]}{_ATOM}{_MARKS}]"
_JOIN = r"(?:[+\-.'\u2019/@_&]|&amp;)"
_WORD = rf"{_LETTER}(?:(?:{_LETTER_OR_MARK}|\d|{_JOIN})*(?:{_LETTER_OR_MARK}|\d|\+))?"
#: A run of left-to-right words inside right-to-left text, like "(LGBTQ+)", "NHS 111",
#: "Türkçe" or "Kurdî (kurmancî)": never split inside a word, whatever its letters.
LATIN = re.compile(rf"{_WORD}(?:[ \u00a0]+(?:{_WORD}|\d+\b|\({_WORD}(?:[ \u00a0]+{_WORD})*\)))*")
_ISOLATE = re.compile(f"(?P<number>{NUMBERS.pattern})|(?P<latin>{LATIN.pattern})")
#: Held as one character while runs are found: isolated numbers, and character references
#: (&amp; &#39;...), which must never be cut.
_ISOLATED = re.compile(r'<bdi dir="ltr">[^<]*</bdi>|&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);')
_OPEN = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>")
_CLOSE = re.compile(r"</([a-zA-Z][a-zA-Z0-9]*)\s*>")
#: Elements whose text is left as it is: isolated already, or not text (JSON-LD, styles).
_AS_IS = frozenset({"bdi", "script", "style"})
#: What every match of NUMBERS holds (a digit, "@", "www." or "http"): text without any of
#: these (and, right to left, without a left-to-right letter) is left as it is, unsearched.
_MAYBE_NUMBER = re.compile(r"[0-9@]|www\.|https?:")
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "source", "col", "area"})


def isolate_html(html: str, *, latin: bool = False) -> str:
    """Isolate phone numbers, postcodes, emails and web addresses (and, with ``latin``, runs
    of Latin words) in the text of rendered HTML, so that they never reorder inside
    right-to-left text. Text already inside <bdi> is left alone, and Latin words inside an
    element marked dir="ltr" too; tags and attributes are never touched."""
    atoms: list[str] = []

    def hold(match: re.Match[str]) -> str:
        atoms.append(match.group(0))
        return chr(_ATOM_FIRST + len(atoms) - 1)

    held = _ISOLATED.sub(hold, html) if len(_ISOLATED.findall(html)) <= _ATOMS else html
    parts = TAG.split(held)
    stack: list[tuple[str, bool]] = []  # open elements: (name, isolates its content)

    def wrap(match: re.Match[str], *, latin_here: bool) -> str:
        if match.group("number"):
            return f'<bdi dir="ltr">{match.group(0)}</bdi>'
        text = match.group(0)
        if not latin_here or not _REAL_LETTER.search(text):  # only isolated numbers: as is
            return text
        return f"<bdi>{text}</bdi>"

    for index, part in enumerate(parts):
        if index % 2:  # a tag
            opening, closing = _OPEN.match(part), _CLOSE.match(part)
            if opening and opening.group(1).lower() not in _VOID and not part.endswith("/>"):
                name = opening.group(1).lower()
                stack.append((name, name == "bdi" or 'dir="ltr"' in opening.group(2)))
            elif closing:
                name = closing.group(1).lower()
                while stack and stack.pop()[0] != name:
                    pass
            continue
        if not part.strip() or any(name in _AS_IS for name, _ in stack):
            continue
        if not _MAYBE_NUMBER.search(part) and not (latin and _REAL_LETTER.search(part)):
            continue
        latin_here = latin and not any(isolating for _, isolating in stack)
        parts[index] = _ISOLATE.sub(lambda m, lh=latin_here: wrap(m, latin_here=lh), part)
    return _ATOMS_IN.sub(lambda m: atoms[ord(m.group(0)) - _ATOM_FIRST], "".join(parts))
