"""Languages built in two processes (adapters/parallel.py) make the same site as the i18n
plugin's own loop, one language after another; a failure in the second process stops the
build with a message that names its languages."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from guide.adapters.parallel import ParallelError, ParallelLanguages, shares
from guide.workers import cores

from conftest import build

LOG = logging.getLogger("test")
TWO_CORES = pytest.mark.skipif(cores() < 2, reason="languages are built in parallel on 2 cores")


def test_the_child_takes_the_second_half_of_the_other_languages() -> None:
    codes = ["en", "ar", "bn", "es", "fa", "ku", "pt", "so", "ti", "tr"]
    assert shares(codes, "en") == (["ar", "bn", "es", "fa"], ["ku", "pt", "so", "ti", "tr"])
    assert shares(["en", "ar", "bn", "tr"], "en") == (["ar"], ["bn", "tr"])


class FakeI18n(SimpleNamespace):
    """What the parallel build uses of mkdocs-static-i18n's plugin object."""

    def extend_search_entries(self, config: Any) -> None:
        self.search_entries.append({"location": f"{self.current_language}/"})

    def reconfigure_search_index(self, config: Any) -> None:
        self.index = list(self.search_entries)


def _i18n() -> FakeI18n:
    languages = ["en", "ar", "bn", "tr"]
    return FakeI18n(
        build_languages=languages,
        current_language="en",
        building=False,
        search_entries=[],
        index=[],
    )


@TWO_CORES
def test_both_processes_build_and_the_search_entries_come_back_in_order(tmp_path: Path) -> None:
    i18n, built = _i18n(), tmp_path / "built"
    built.mkdir()

    def build_one(config: Any) -> None:  # a language's build: writes a file, adds entries
        (built / i18n.current_language).write_text(str(os.getpid()))
        i18n.extend_search_entries(config)

    parallel = ParallelLanguages(build_one, SimpleNamespace(clean_directory=None), LOG)
    assert parallel.wanted(i18n, "build") and not parallel.wanted(i18n, "serve")
    parallel.start({}, i18n)
    assert parallel.running and i18n.building  # the i18n plugin's own loop is off
    build_one({})  # English, in this process
    parallel.finish({})
    assert not parallel.running and not i18n.building
    assert [entry["location"] for entry in i18n.index] == ["en/", "ar/", "bn/", "tr/"]
    pids = {code: (built / code).read_text() for code in ["en", "ar", "bn", "tr"]}
    assert pids["en"] == pids["ar"] == str(os.getpid()) != pids["bn"] == pids["tr"]


@TWO_CORES
def test_a_failure_in_the_second_process_names_its_languages() -> None:
    i18n = _i18n()

    def build_one(config: Any) -> None:
        if i18n.current_language == "tr":
            raise RuntimeError("Material has no words for this language")

    parallel = ParallelLanguages(build_one, SimpleNamespace(clean_directory=None), LOG)
    parallel.start({}, i18n)
    with pytest.raises(ParallelError, match=r"Building bn, tr .*RuntimeError: Material has no"):
        parallel.finish({})
    assert not parallel.running


@TWO_CORES
@pytest.mark.slow
def test_two_processes_build_the_same_site_as_one(shipped_site: Path, tmp_path: Path) -> None:
    """The shipped site (built in two processes) against the same project built one language
    after another (GUIDE_PARALLEL=0), file for file (the PDFs are printed only in the first)."""
    project = shipped_site.parent
    work = tmp_path / "project"
    shutil.copytree(project, work, ignore=shutil.ignore_patterns("site", ".cache"))
    os.environ["GUIDE_PARALLEL"] = "0"
    try:
        result = build(work, work / "site")
    finally:
        del os.environ["GUIDE_PARALLEL"]
    assert result.returncode == 0, result.stderr
    assert "in a second process" not in result.stderr
    one = {p.relative_to(work / "site") for p in (work / "site").rglob("*") if p.is_file()}
    two = {
        p.relative_to(shipped_site)
        for p in shipped_site.rglob("*")
        if p.is_file() and p.suffix != ".pdf"
    }
    assert one == two
    differ = [
        str(rel)
        for rel in sorted(one)
        if (work / "site" / rel).read_bytes() != (shipped_site / rel).read_bytes()
    ]
    assert differ == []
