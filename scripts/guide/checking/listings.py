"""Read every listing and data file, check them, and return the directory and ALL problems.

The same loader serves `guide validate` and the MkDocs plugin, so both report the same lines.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

from ..clock import today
from ..model.directory import Directory, Listing
from ..model.schema import ServiceFrontMatter, ToWrite
from .cache import CheckCache, check_cached, fingerprint
from .datafile import load_categories, load_crisis, written_twice
from .frontmatter import Document, FrontMatterError, parse_yaml, split
from .ids import repeated
from .many import Checked, check_all
from .modelcheck import validate
from .plain_language import Text, check_plain_language, warm_up
from .problems import Code, Problem, problem, problem_at
from .rules import check_service, check_unsafe

ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CATEGORIES_FILE = "categories.yaml"
CRISIS_FILE = "crisis.yaml"
#: What is left to do for each kind of imported text (W700).
_TO_DO_APART = {
    "summary": "write one short sentence saying what it is.",
    "categories": "choose the home page tiles it belongs under (services/categories.yaml).",
}
TO_DO = {
    name: _TO_DO_APART.get(
        name, "write it in plain words and short sentences, from what the feed says."
    )
    for name in get_args(ToWrite)
}


@dataclass(frozen=True)
class Loaded:
    directory: Directory
    problems: list[Problem]


def english_texts(service: ServiceFrontMatter, doc: Document) -> list[Text]:
    """The listing's resident-facing English text, each with its line."""
    texts = []
    for key in (
        "summary",
        "description",
        "eligibility_description",
        "fees_description",
        "interpretation_services",
        "contact_note",
        "alert",
    ):
        value = getattr(service, key)
        if value:
            texts.append(Text(key, doc.line_of((key,)), value))
    for key in ("application_process", "what_to_expect"):
        for index, step in enumerate(getattr(service, key)):
            texts.append(Text(f"{key}.{index}", doc.line_of((key, index)), step))
    for offset, paragraph in _paragraphs(doc.body):
        texts.append(Text("body", doc.body_line + offset, paragraph))
    return texts


def listing_texts(listing: Listing) -> list[Text]:
    """The English texts of a loaded listing (line numbers are not needed here)."""
    doc = Document(data={}, body=listing.body)
    return english_texts(listing.meta, doc)


def _paragraphs(body: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    start, lines = 0, list[str]()
    for number, line in enumerate([*body.splitlines(), ""]):
        if line.strip():
            if not lines:
                start = number
            lines.append(line.strip().lstrip("#*-0123456789. ").strip())
        elif lines:
            found.append((start, " ".join(lines)))
            lines = []
    return found


def read_listing(path: Path, shown: str) -> tuple[Document | None, list[Problem]]:
    """Split and parse one file; never raises."""
    try:
        raw = path.read_bytes()
        if b"\x00" in raw:
            raise UnicodeDecodeError("utf-8", raw, 0, 1, "binary file")
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        return None, [problem(shown, 0, Code.E100, detail=type(error).__name__)]
    try:
        yaml_text, first, body, body_line = split(text)
        data, lines, duplicates = parse_yaml(yaml_text, first)
    except FrontMatterError as error:
        code = Code.E101 if error.kind == "missing" else Code.E102
        return None, [problem(shown, error.line, code, detail=error.detail)]
    if not isinstance(data, dict):
        kind = "empty" if data is None else type(data).__name__
        return None, [problem(shown, first, Code.E103, detail=kind)]
    problems = written_twice(duplicates, shown)
    return Document(data=data, lines=lines, body=body, body_line=body_line), problems


def load_listing(
    path: Path, shown: str, categories: list[str], now: dt.date, *, reading_scores: bool = True
) -> tuple[Listing | None, list[Problem]]:
    doc, problems = read_listing(path, shown)
    if doc is None:
        return None, problems
    if not ID.match(path.stem):
        problems.append(problem(shown, 1, Code.E104))
    problems += check_unsafe(doc, shown)
    service, errors = validate(ServiceFrontMatter, doc, shown)
    problems += errors
    if service is None:
        return None, problems
    if service.id != path.stem:
        problems.append(
            problem_at(doc, shown, ("id",), Code.E300, value=service.id, expected=path.stem)
        )
    problems += check_service(service, doc, shown, categories, now)
    # Imported texts still to write are reported once (W700), not sentence by sentence.
    texts = [
        t for t in english_texts(service, doc) if t.field.split(".")[0] not in service.to_write
    ]
    problems += check_plain_language(texts, shown, doc.line_of(("name",)), scores=reading_scores)
    problems += [
        problem_at(doc, shown, ("to_write", index), Code.W700, value=name, advice=TO_DO[name])
        for index, name in enumerate(service.to_write)
    ]
    return Listing(meta=service, body=doc.body, path=shown), problems


def load(services_dir: Path, *, root: Path | None = None, reading_scores: bool = True) -> Loaded:
    """Load and check everything under ``services_dir``. Paths in problems are relative to
    ``root`` (default: the folder above ``services_dir``). Without ``reading_scores``, the
    reading-ease and reading-age warnings are left out (see load_project)."""
    base = root or services_dir.parent

    def shown(path: Path) -> str:
        try:
            return str(path.relative_to(base))
        except ValueError:
            return str(path)

    problems: list[Problem] = []
    categories, category_lines, found = load_categories(
        services_dir / CATEGORIES_FILE, shown(services_dir / CATEGORIES_FILE)
    )
    problems += found
    crisis, found = load_crisis(services_dir / CRISIS_FILE, shown(services_dir / CRISIS_FILE))
    problems += found
    directory = Directory(categories=categories, crisis=crisis)
    known = [c.id for c in categories]
    now = today()

    def check(path: Path) -> Checked:
        return load_listing(path, shown(path), known, now, reading_scores=reading_scores)

    def check_many(paths: list[Path]) -> list[Checked]:
        # The scores' dictionary is loaded once, before any worker starts.
        return check_all(paths, check, before_sharing=warm_up if reading_scores else None)

    options = f"reading_scores={reading_scores}"
    cache = CheckCache(base, fingerprint(services_dir / CATEGORIES_FILE, now, options))
    listings = []
    for listing, found in check_cached(sorted(services_dir.glob("*.md")), cache, check_many):
        problems += found
        if listing is not None:
            listings.append(listing)
    # An id used twice: the first file keeps it, the others are reported and left out.
    repeats = list(repeated((item.id, item) for item in listings))
    problems += [
        problem(later.path, 1, Code.E301, "id", value=later.id, other=first.path)
        for later, first in repeats
    ]
    dropped = {later.path for later, _first in repeats}
    directory.listings.extend(item for item in listings if item.path not in dropped)
    used = {c for item in directory.listings for c in item.meta.categories}
    for category in categories:
        if category.id not in used and directory.listings:
            problems.append(
                problem(
                    shown(services_dir / CATEGORIES_FILE),
                    category_lines[category.id],
                    Code.E306,
                    "categories",
                    value=category.id,
                )
            )
    return Loaded(directory=directory, problems=problems)
