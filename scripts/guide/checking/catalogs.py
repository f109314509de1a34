"""Read one language's messages.po and check it: broken files, HTML, changed placeholders."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po

from .problems import Code, Problem, problem
from .rules import UNSAFE

PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w+)\}")


def read(path: Path, shown: str, language: str) -> tuple[Catalog | None, list[Problem]]:
    """Read one messages.po; problems for broken files and mismatched placeholders."""
    try:
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language, abort_invalid=True)
    except PoFileError as error:
        return None, [problem(shown, getattr(error, "lineno", 0), Code.E601, detail=str(error))]
    except (OSError, UnicodeDecodeError, ValueError) as error:
        return None, [problem(shown, 0, Code.E601, detail=str(error))]
    problems = []
    for message in catalog:
        if not message.id or not message.string or message.fuzzy:
            continue
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        wanted = set().union(*(_placeholders(text) for text in ids))
        for text in strings:
            unsafe = UNSAFE.search(text or "")
            if unsafe:
                problems.append(
                    problem(
                        shown,
                        message.lineno or 0,
                        Code.E208,
                        "msgstr",
                        value=repr(text[unsafe.start() :][:20]),
                    )
                )
            if text and _placeholders(text) != wanted:
                problems.append(
                    problem(
                        shown,
                        message.lineno or 0,
                        Code.E602,
                        value=", ".join(sorted(wanted)) or "none",
                        found=", ".join(sorted(_placeholders(text))) or "none",
                        msgid=ids[0][:60],
                    )
                )
    return catalog, problems


def _placeholders(text: str) -> set[str]:
    return {match.group(0) for match in PLACEHOLDER.finditer(text)}
