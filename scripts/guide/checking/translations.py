"""Read and check translations/<code>/: the language file, translated listings and pages.

Each translated file is compared with the English it was made from (``english_version``): the
result is a ``LanguagePack`` per language (``guide.model.translation``) and every problem.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..model.directory import Directory
from ..model.glossary import REQUIRED, Glossary
from ..model.languages import Language, is_known
from ..model.schema import ServiceFrontMatter
from ..model.translatable import NESTED_TEXT_FIELDS, english_words, version_of
from ..model.translation import (
    ENGLISH,
    GLOSSARY,
    PAGE_PATTERNS,
    PO,
    LanguageFile,
    LanguagePack,
    ListingTranslation,
    PageTranslation,
    Review,
    Translated,
)
from .catalogs import read as read_po
from .datafile import read_yaml
from .frontmatter import Document, FrontMatterError, split
from .listings import read_listing
from .meaning import check_meaning
from .modelcheck import validate
from .problems import Code, Problem, problem, problem_at
from .rules import check_unsafe


def english_pages(docs_dir: Path) -> dict[str, str]:
    """{path under docs/: English text} of the pages residents read."""
    pages = {}
    for pattern in PAGE_PATTERNS:
        for path in sorted(docs_dir.glob(pattern)):
            if path.suffixes == [".md"]:  # not page.<lang>.md
                pages[path.relative_to(docs_dir).as_posix()] = path.read_text(encoding="utf-8")
    return pages


def load_translations(
    root: Path, directory: Directory, docs: dict[str, str]
) -> tuple[dict[str, LanguagePack], list[Problem]]:
    """Every language folder under root/translations, checked against the English listings
    and the English pages ``docs`` ({path under docs/: text}, from ``english_pages``)."""
    folder = root / "translations"
    packs: dict[str, LanguagePack] = {}
    problems: list[Problem] = []
    if not folder.is_dir():
        return packs, problems
    for language_dir in sorted(p for p in folder.iterdir() if p.is_dir() and p.name != ENGLISH):
        code = language_dir.name
        shown = f"translations/{code}"
        if not is_known(code) or code == "en":
            problems.append(problem(shown, 0, Code.E600, value=code))
            continue
        pack = LanguagePack(Language(code))
        packs[code] = pack
        problems += _load_review(pack, language_dir, shown)
        problems += _load_glossary(pack, language_dir, shown)
        if (language_dir / PO).is_file():
            pack.catalog, found = read_po(language_dir / PO, f"{shown}/{PO}", code)
            problems += found
        problems += _load_listings(pack, language_dir, shown, directory)
        problems += _load_pages(pack, language_dir, shown, docs)
    return packs, problems


def _load_glossary(pack: LanguagePack, folder: Path, shown: str) -> list[Problem]:
    """translations/<code>/glossary.yaml: the agreed words (optional until it is started)."""
    path = folder / GLOSSARY
    if not path.is_file():
        return []
    doc, problems = read_yaml(path, f"{shown}/{GLOSSARY}")
    if doc is None:
        return problems
    pack.glossary, errors = validate(Glossary, doc, f"{shown}/{GLOSSARY}")
    problems += errors
    if pack.glossary is not None:
        problems += [
            problem(f"{shown}/{GLOSSARY}", doc.line_of(("terms",)), Code.E612, "terms", value=term)
            for term in REQUIRED
            if pack.glossary.term(term) is None
        ]
    return problems


def _load_review(pack: LanguagePack, folder: Path, shown: str) -> list[Problem]:
    doc, problems = read_yaml(folder / "language.yaml", f"{shown}/language.yaml")
    if doc is None:
        return problems
    pack.review, errors = validate(LanguageFile, doc, f"{shown}/language.yaml")
    problems += errors + _review_problems(pack.review, doc, f"{shown}/language.yaml", ())
    return problems


def _review_problems(
    review: Review | None, doc: Document, shown: str, at: tuple[str, ...]
) -> list[Problem]:
    if review and review.status == "reviewed" and not (review.reviewed_by and review.reviewed_on):
        return [problem_at(doc, shown, (*at, "status"), Code.E606)]
    return []


def _load_listings(
    pack: LanguagePack, folder: Path, shown: str, directory: Directory
) -> list[Problem]:
    problems: list[Problem] = []
    english = {listing.id: listing for listing in directory.listings}
    for path in sorted((folder / "services").glob("*.md")):
        here = f"{shown}/services/{path.name}"
        if path.stem not in english:
            problems.append(
                problem(
                    here,
                    1,
                    Code.E604,
                    value=f"listing services/{path.name}",
                    expected="services/<id>.md",
                )
            )
            continue
        listing = english[path.stem]
        doc, found = read_listing(path, here)
        problems += found
        if doc is None:
            continue
        problems += check_unsafe(doc, here)
        problems += _facts(doc, here, listing.path)
        translation, errors = validate(ListingTranslation, doc, here)
        problems += errors
        if translation is None:
            continue
        problems += _review_problems(translation.translation, doc, here, ("translation",))
        source = english_words(listing.meta, listing.body)
        current = translation.translation.english_version == version_of(source)
        words = translation.model_dump(exclude={"translation"}, exclude_none=True)
        if doc.body.strip():
            words["body"] = doc.body.strip()
        untouched = all(words.get(key) == value for key, value in source.items())
        if current:
            problems += _lengths(words, source, doc, here)
            if not untouched:
                problems += check_meaning(words, source, doc, here, pack.glossary)
        was = (
            None
            if current
            else _english_copy(folder.parent, translation.translation.english_version)
        )
        pack.listings[path.stem] = Translated(
            here, translation.translation, current, words, untouched=untouched, was=was
        )
    return problems


def _facts(doc: Document, shown: str, english_path: str) -> list[Problem]:
    """Fact fields copied into a translation: named, and removed before the model check."""
    problems = []
    allowed = set(ListingTranslation.model_fields)
    for key in list(doc.data):
        if key not in allowed and key in ServiceFrontMatter.model_fields:
            problems.append(
                problem_at(doc, shown, (key,), Code.E605, value=f"`{key}`", expected=english_path)
            )
            del doc.data[key]
    for key, fields in NESTED_TEXT_FIELDS.items():
        items = doc.data.get(key)
        if not isinstance(items, list):
            continue
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            for name in [n for n in item if n not in fields]:
                problems.append(
                    problem_at(
                        doc,
                        shown,
                        (key, index, name),
                        Code.E605,
                        value=f"`{name}`",
                        expected=english_path,
                    )
                )
                del item[name]
    return problems


def _lengths(
    words: dict[str, Any], source: dict[str, Any], doc: Document, shown: str
) -> list[Problem]:
    problems = []
    for key in ("application_process", "what_to_expect", *NESTED_TEXT_FIELDS):
        if key in words and len(words[key]) != len(source.get(key, [])):
            problems.append(
                problem_at(
                    doc,
                    shown,
                    (key,),
                    Code.E607,
                    value=len(words[key]),
                    expected=len(source.get(key, [])),
                )
            )
            del words[key]
    return problems


def _load_pages(
    pack: LanguagePack, folder: Path, shown: str, docs: dict[str, str]
) -> list[Problem]:
    problems: list[Problem] = []
    pages_dir = folder / "pages"
    for path in sorted(pages_dir.rglob("*.md")):
        rel = path.relative_to(pages_dir).as_posix()
        here = f"{shown}/pages/{rel}"
        if rel not in docs:
            problems.append(
                problem(
                    here, 1, Code.E604, value=f"page docs/{rel}", expected=", ".join(sorted(docs))
                )
            )
            continue
        doc, found = read_listing(path, here)
        problems += found
        if doc is None:
            continue
        problems += check_unsafe(doc, here, page_links=True)
        translation, errors = validate(PageTranslation, doc, here)
        problems += errors
        if translation is None:
            continue
        problems += _review_problems(translation.translation, doc, here, ("translation",))
        current = translation.translation.english_version == version_of(docs[rel])
        words = translation.model_dump(exclude={"translation"}, exclude_none=True)
        untouched = doc.body.strip() == _body_of(docs[rel]).strip()
        was = (
            None
            if current
            else _english_copy(folder.parent, translation.translation.english_version)
        )
        pack.pages[rel] = Translated(
            here, translation.translation, current, words, doc.body, untouched=untouched, was=was
        )
    return problems


def _english_copy(translations: Path, version: str) -> Any:
    """The English a translation was made from (translations/english/<version>.json), if kept."""
    try:
        data = json.loads((translations / "english" / f"{version}.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data.get("english") if isinstance(data, dict) else None


def _body_of(text: str) -> str:
    try:
        return split(text)[2]
    except FrontMatterError:
        return text
