"""Golden pages: the built HTML of the multilingual fixture guide, compared byte for byte.

A change to the code that moves things around must leave these pages exactly as they are.
When a change is meant to alter what a page shows, regenerate them and review the diff:

    GUIDE_REGENERATE=1 .venv/bin/pytest tests/test_golden_pages.py   # rewrites, then fails
    git diff tests/golden-pages/                                      # read every change
    .venv/bin/pytest tests/test_golden_pages.py                       # passes again

The build runs with the project's clock set (GUIDE_TODAY), so the pages hold no real date.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import build
from projects import make_project

GOLDEN = Path(__file__).parent / "golden-pages"
PAGES = [
    f"{prefix}{page}index.html"
    for prefix in ("", "ar/")
    for page in (
        "",
        "help/talk/",
        "services/listening-line/",
        "leaflets/services/listening-line/",
        "leaflets/overview/",
        "leaflets/",
        "explainers/first-appointment/",  # ar: translated, with its draft notice
        "explainers/interpreters/",  # ar: not translated, English with a notice
    )
] + ["toolkit/coverage/index.html", "contributing/fields/index.html"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    project = make_project(tmp_path_factory.mktemp("golden"))
    result = build(project, project / "site", pdfs=False)
    assert result.returncode == 0, result.stderr
    yield project / "site"


@pytest.mark.parametrize("page", PAGES)
def test_page_is_unchanged(site: Path, page: str) -> None:
    actual = (site / page).read_text(encoding="utf-8")
    expected = GOLDEN / page
    if os.environ.get("GUIDE_REGENERATE"):
        expected.parent.mkdir(parents=True, exist_ok=True)
        expected.write_text(actual, encoding="utf-8")
        pytest.fail(f"rewrote {expected.relative_to(GOLDEN)}: review `git diff`, run again")
    assert expected.is_file(), f"no golden page {page}: run with GUIDE_REGENERATE=1"
    assert actual == expected.read_text(encoding="utf-8"), (
        f"{page} changed; if that is meant, regenerate (see this file's docstring)"
    )
