"""Load the whole project once: the English listings, then every translation against them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .audit import Audit, load_audit
from .languages import DEFAULT, Language
from .loader import Loaded, load
from .problems import Problem
from .translation import LanguagePack, load_translations


@dataclass(frozen=True)
class Project:
    root: Path
    loaded: Loaded
    packs: dict[str, LanguagePack]
    problems: list[Problem]
    audit: Audit | None = None

    @property
    def languages(self) -> list[Language]:
        return [Language(DEFAULT), *(pack.language for pack in self.packs.values())]


def load_project(
    root: Path, *, services_dir: Path | None = None, docs_dir: Path | None = None
) -> Project:
    loaded = load(services_dir or root / "services", root=root)
    packs, problems = load_translations(root, loaded.directory, docs_dir)
    audit, found = load_audit(docs_dir or root / "docs")
    return Project(root, loaded, packs, [*loaded.problems, *problems, *found], audit)
