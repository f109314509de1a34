"""Text direction: phone numbers, postcodes, emails, web addresses (and, in right-to-left
pages, runs of Latin words) isolated so that they never reorder inside other text.

English shown inside another language is marked ``lang="en" dir="ltr"`` so that screen
readers pronounce it as English and it never reorders inside right-to-left text.
"""

from __future__ import annotations

import re

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


#: A run of Latin-script words inside right-to-left text, like "(LGBTQ+)" or "NHS 111".
_WORD = r"(?:[A-Za-z](?:[A-Za-z0-9+\-.'\u2019]|&amp;)*[A-Za-z0-9+]|[A-Za-z])"
LATIN = re.compile(rf"{_WORD}(?:[ \u00a0](?:{_WORD}|\d+\b))*")
_ISOLATE = re.compile(f"(?P<number>{NUMBERS.pattern})|(?P<latin>{LATIN.pattern})")
_OPEN = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>")
_CLOSE = re.compile(r"</([a-zA-Z][a-zA-Z0-9]*)\s*>")
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "source", "col", "area"})


def isolate_html(html: str, *, latin: bool = False) -> str:
    """Isolate phone numbers, postcodes, emails and web addresses (and, with ``latin``, runs
    of Latin words) in the text of rendered HTML, so that they never reorder inside
    right-to-left text. Text already inside <bdi> is left alone, and Latin words inside an
    element marked dir="ltr" too; tags and attributes are never touched."""
    parts = TAG.split(html)
    stack: list[tuple[str, bool]] = []  # open elements: (name, isolates its content)

    def wrap(match: re.Match[str], *, latin_here: bool) -> str:
        if match.group("number"):
            return f'<bdi dir="ltr">{match.group(0)}</bdi>'
        return f"<bdi>{match.group(0)}</bdi>" if latin_here else match.group(0)

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
        if not part.strip() or any(name == "bdi" for name, _ in stack):
            continue
        latin_here = latin and not any(isolating for _, isolating in stack)
        parts[index] = _ISOLATE.sub(lambda m, lh=latin_here: wrap(m, latin_here=lh), part)
    return "".join(parts)
