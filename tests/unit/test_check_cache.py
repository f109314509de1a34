"""The checks' cache (checking/cache.py) and sharing the checks out (checking/many.py): the
same problems and listings as checking every file again, from a real copy of the listings."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from guide.checking import cache as check_cache
from guide.checking import listings as listing_checks
from guide.checking import many
from guide.checking.listings import load

from conftest import ROOT

pytestmark = pytest.mark.usefixtures("isolated_cache")


@pytest.fixture
def isolated_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(check_cache.SWITCH, raising=False)


def _project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "services", tmp_path / "services")
    return tmp_path


def _summary(services: Path) -> tuple[list[str], list[str]]:
    loaded = load(services)
    return (
        [item.id for item in loaded.directory.listings],
        sorted(problem.format() for problem in loaded.problems),
    )


def test_unchanged_listings_are_taken_from_the_cache(tmp_path: Path) -> None:
    services = _project(tmp_path) / "services"
    first = _summary(services)
    caches = list((tmp_path / check_cache.FOLDER).glob("*.pickle"))
    assert len(caches) == 1
    reused: list[int] = []
    original = check_cache.CheckCache.split

    def spy(self: check_cache.CheckCache, paths: list[Path]):  # type: ignore[no-untyped-def]
        result = original(self, paths)
        reused.append(self.reused)
        return result

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(check_cache.CheckCache, "split", spy)
        assert _summary(services) == first
        listing = sorted(services.glob("*.md"))[0]
        text = listing.read_text(encoding="utf-8")
        # A sentence of 35 words is an error (E400): the changed file is checked again.
        long = "This sentence " + "goes on " * 16 + "and on."
        listing.write_text(text.replace("\nsummary: ", f"\nsummary: {long} ", 1), "utf-8")
        ids, problems = _summary(services)
    count = len(list(services.glob("*.md")))
    assert reused == [count, count - 1]
    assert ids == first[0]
    assert any(listing.name in line and "E400" in line for line in problems), problems


def test_a_new_day_or_switching_the_cache_off_checks_everything_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = _project(tmp_path) / "services"
    categories = services / listing_checks.CATEGORIES_FILE
    today = dt.date(2026, 11, 29)
    key = check_cache.fingerprint(categories, today, "x")
    assert key != check_cache.fingerprint(categories, today + dt.timedelta(days=1), "x")
    assert key != check_cache.fingerprint(categories, today, "y")
    paths = sorted(services.glob("*.md"))
    calls: list[int] = []

    def check_all(todo: list[Path]) -> list[many.Checked]:
        calls.append(len(todo))
        return [(None, []) for _ in todo]

    check_cache.check_cached(paths, check_cache.CheckCache(tmp_path, key), check_all)
    check_cache.check_cached(paths, check_cache.CheckCache(tmp_path, key), check_all)
    monkeypatch.setenv(check_cache.SWITCH, "0")
    check_cache.check_cached(paths, check_cache.CheckCache(tmp_path, key), check_all)
    assert calls == [len(paths), 0, len(paths)]


def test_a_broken_cache_file_is_ignored(tmp_path: Path) -> None:
    services = _project(tmp_path) / "services"
    expected = _summary(services)
    for cache in (tmp_path / check_cache.FOLDER).glob("*.pickle"):
        cache.write_bytes(b"not a pickle")
    assert _summary(services) == expected


def test_checks_shared_out_between_processes_give_the_same_results(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(check_cache.SWITCH, "0")
    services = _project(tmp_path) / "services"
    monkeypatch.setattr(many, "PARALLEL_FROM", 10**9)
    one_by_one = load(services)
    monkeypatch.setattr(many, "PARALLEL_FROM", 2)
    shared = load(services)
    assert shared.directory.listings == one_by_one.directory.listings
    assert shared.problems == one_by_one.problems
