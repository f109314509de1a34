"""Synthetic projects for the benchmark, written into a temporary folder.

A synthetic guide is a copy of the real project's pages, theme and settings with N listings
made from the real ones (listing k is a copy of real listing k mod 49, with its own id and
name) and L languages: English and the first L-1 real translations (interface catalogue,
translated pages, and a translation of every listing whose model has one, made current).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from ..i18n.scaffold import synced_mkdocs
from ..model.languages import DEFAULT, Language
from ..model.schema import ServiceFrontMatter
from ..model.translatable import english_words, version_of

#: The order in which languages are added: right-to-left and non-Latin scripts first.
LANGUAGES = ("ar", "bn", "tr", "so", "es", "fa", "ku", "pt", "ti")
#: What a copy of docs/ leaves out: pages the guide plugin generates at build time.
GENERATED = shutil.ignore_patterns(
    "help", "services", "leaflets", ".generated.json", "*.[a-z][a-z].md"
)


def split_listing(text: str) -> tuple[dict[str, Any], str]:
    _, front, body = text.split("---\n", 2)
    return yaml.load(front, Loader=yaml.CSafeLoader), body


def join_listing(data: dict[str, Any], body: str) -> str:
    front = yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False, width=100)
    return f"---\n{front}---\n{body}"


def languages_for(count: int) -> list[str]:
    """The language codes of a guide in ``count`` languages, English first."""
    if not 1 <= count <= len(LANGUAGES) + 1:
        raise ValueError(f"languages must be 1 to {len(LANGUAGES) + 1}, not {count}")
    return [DEFAULT, *LANGUAGES[: count - 1]]


def _copy_base(source: Path, dest: Path, codes: list[str]) -> None:
    dest.mkdir(parents=True)
    shutil.copytree(source / "docs", dest / "docs", ignore=GENERATED)
    shutil.copytree(source / "overrides", dest / "overrides")
    (dest / "services").mkdir()
    for name in ("categories.yaml", "crisis.yaml"):
        shutil.copy(source / "services" / name, dest / "services" / name)
    translations = dest / "translations"
    translations.mkdir()
    for item in ("messages.pot", "english"):
        path = source / "translations" / item
        if path.is_dir():
            shutil.copytree(path, translations / item)
        elif path.is_file():
            shutil.copy(path, translations / item)
    for code in codes[1:]:
        shutil.copytree(
            source / "translations" / code,
            translations / code,
            ignore=shutil.ignore_patterns("services"),
        )
        (translations / code / "services").mkdir()
    config = (source / "mkdocs.yml").read_text(encoding="utf-8")
    config = synced_mkdocs(config, [Language(code) for code in codes])
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")


def make_guide(source: Path, dest: Path, listings: int, languages: int) -> Path:
    """A synthetic guide with ``listings`` listings in ``languages`` languages at ``dest``."""
    codes = languages_for(languages)
    _copy_base(source, dest, codes)
    models = sorted(p for p in (source / "services").glob("*.md"))
    parsed = [split_listing(p.read_text(encoding="utf-8")) for p in models]
    translated = {
        (code, model.name): split_listing(path.read_text(encoding="utf-8"))
        for code in codes[1:]
        for model in models
        if (path := source / "translations" / code / "services" / model.name).is_file()
    }
    missing = _unused_categories(source, [parsed[n % len(models)][0] for n in range(listings)])
    for number in range(listings):
        model = models[number % len(models)]
        data, body = parsed[number % len(models)]
        label = letters(number + 1)
        data = {**data, "id": f"{data['id']}-{number + 1}", "name": f"{data['name']} {label}"}
        if number == 0:  # a small guide: every home tile needs a listing
            data["categories"] = [*data["categories"], *missing]
        (dest / "services" / f"{data['id']}.md").write_text(
            join_listing(data, body), encoding="utf-8"
        )
        if len(codes) > 1:
            version = version_of(english_words(ServiceFrontMatter.model_validate(data), body))
            for code in codes[1:]:
                if (code, model.name) in translated:
                    words, text = translated[code, model.name]
                    words = _translation(words, label, version)
                    path = dest / "translations" / code / "services" / f"{data['id']}.md"
                    path.write_text(join_listing(words, text), encoding="utf-8")
    return dest


def _unused_categories(source: Path, listings: list[dict[str, Any]]) -> list[str]:
    path = source / "services" / "categories.yaml"
    tiles = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    used = {code for data in listings for code in data.get("categories", [])}
    return [tile["id"] for tile in tiles if tile["id"] not in used]


def _translation(data: dict[str, Any], label: str, version: str) -> dict[str, Any]:
    """A copy of a real listing translation, for the copy named ``label``, made current."""
    data = {**data, "translation": {**data["translation"], "english_version": version}}
    if "name" in data:
        data["name"] = f"{data['name']} {label}"
    return data


def letters(number: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA: a copy's name has no digits, which a translation's
    number check would read together with a number at the end of the real name."""
    label = ""
    while number:
        number, rest = divmod(number - 1, 26)
        label = chr(ord("A") + rest) + label
    return label
