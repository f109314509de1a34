"""Load the whole project once: the English listings, then every translation against them,
the English pages translations are made from, and the self-audit statements."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..model.audit import Audit
from ..model.languages import DEFAULT, Language
from ..model.translation import LanguagePack
from .datafile import load_audit
from .listings import Loaded, load
from .problems import Problem
from .translations import english_pages, load_translations


@dataclass(frozen=True)
class Project:
    root: Path
    loaded: Loaded
    packs: dict[str, LanguagePack]
    problems: list[Problem]
    audit: Audit | None = None
    #: {path under docs/: English text} of the pages residents read (translated pages).
    english: dict[str, str] | None = None

    @property
    def languages(self) -> list[Language]:
        """English first, then every language folder under translations/."""
        return [Language(DEFAULT), *(pack.language for pack in self.packs.values())]


def load_project(
    root: Path,
    *,
    services_dir: Path | None = None,
    docs_dir: Path | None = None,
    reading_scores: bool = True,
) -> Project:
    """Everything, checked. The build leaves out ``reading_scores``: they are warnings only
    (which `guide validate` and `guide build` report), and need a 135,000-word dictionary."""
    docs = docs_dir or root / "docs"
    loaded = load(services_dir or root / "services", root=root, reading_scores=reading_scores)
    english = english_pages(docs)
    packs, problems = load_translations(root, loaded.directory, english)
    audit, found = load_audit(docs)
    return Project(root, loaded, packs, [*loaded.problems, *problems, *found], audit, english)
