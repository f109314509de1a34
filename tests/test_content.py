"""The shipped guide's content: every listing can be acted on, every fact says where it comes
from and how it was checked, and nothing claims a check that did not happen."""

from __future__ import annotations

from pathlib import Path

from guide.checking.project import load_project
from guide.model.freshness import contact_sources

from conftest import ROOT

PROJECT = load_project(ROOT)
LISTINGS = PROJECT.loaded.directory.listings


def test_the_shipped_guide_loads_without_errors() -> None:
    errors = [p.format() for p in PROJECT.problems if p.is_error]
    assert errors == []
    assert len(LISTINGS) >= 40


def test_every_listing_has_a_sourced_way_to_make_contact() -> None:
    for item in LISTINGS:
        meta = item.meta
        routes = [*meta.phones, *(loc for loc in meta.locations if loc.address)]
        assert routes or meta.email or meta.url, f"{item.path}: no way to make contact"
        assert contact_sources(meta), f"{item.path}: contact details without a source"


def test_every_source_says_what_kind_it_is_and_when_it_was_read() -> None:
    for item in LISTINGS:
        for source in item.meta.sources:
            assert source.kind in ("service", "website", "directory", "third-party")
            assert source.checked, (item.path, source.id)
            if source.kind == "service":
                assert source.confirmed_by and source.how, (item.path, source.id)


def test_no_listing_or_page_claims_editors_checked_it() -> None:
    """The old "Last checked ... by Islington guide editors" line is gone everywhere."""
    folders = ("services", "translations", "docs", "scripts/guide", "overrides")
    for folder in folders:
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in (".md", ".yaml", ".po", ".pot", ".html", ".py"):
                if _generated(path):
                    continue
                text = path.read_text(encoding="utf-8")
                assert "by Islington guide editors" not in text, path
                assert "assured_by" not in text or path.name == "test_content.py", path


def test_young_people_and_text_lines_are_covered() -> None:
    directory = PROJECT.loaded.directory
    assert len(directory.in_category("young-people")) >= 4
    crisis = directory.crisis
    assert crisis is not None
    assert any(option.sms for option in crisis.options), "Need help now: a line to text"
    assert any(option.phone for option in crisis.options)


def _generated(path: Path) -> bool:
    """Pages the plugin writes into docs/ (git-ignored), which a build makes again."""
    rel = path.relative_to(ROOT).as_posix()
    return (
        rel.startswith(("docs/help/", "docs/services/", "docs/leaflets/"))
        or rel
        in (
            "docs/index.md",
            "docs/contributing/fields.md",
            "docs/contributing/translation-status.md",
        )
        or (rel.startswith("docs/") and path.name.count(".") > 1 and "toolkit" not in rel)
    )
