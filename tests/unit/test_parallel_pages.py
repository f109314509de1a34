"""The page families rendered in forked workers are exactly those rendered one by one."""

from __future__ import annotations

import datetime as dt

import pytest

from guide import generate
from guide.checking.project import load_project
from guide.site.routes import Site

from conftest import ROOT


def test_parallel_rendering_gives_the_same_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    project = load_project(ROOT)
    languages = [lang for lang in project.languages if lang.code in ("en", "ar", "tr")]
    contexts = list(
        generate.contexts(
            project.loaded.directory,
            Site("https://example.org/report", "https://example.org/exit", Site.url),
            languages,
            project.packs,
            today=dt.date(2026, 11, 29),
        ).values()
    )
    monkeypatch.setattr(generate, "PARALLEL_FROM", 10**9)
    one_by_one = generate.language_pages(contexts)
    monkeypatch.setattr(generate, "PARALLEL_FROM", 0)
    parallel = generate.language_pages(contexts)
    assert len(one_by_one) > 3 * len(project.loaded.directory.listings)
    assert list(parallel) == list(one_by_one)  # same files, same order
    assert parallel == one_by_one
