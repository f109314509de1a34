from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "small-guide"
sys.path.insert(0, str(Path(__file__).resolve().parent))
#: "Today" for the whole test run: the project's clock (guide.clock) reads GUIDE_TODAY, in this
#: process and in every build it starts, and browser pages get the same date (see `page`). The
#: tests therefore pass whatever the machine's date is.
TODAY = "2026-11-29"
os.environ["GUIDE_TODAY"] = TODAY


def fixture_project(tmp_path: Path) -> Path:
    """A copy of the small fixture guide, its theme pointed at the real overrides/."""
    project = tmp_path / "project"
    shutil.copytree(FIXTURE, project)
    (project / "mkdocs.yml").write_text(
        (FIXTURE / "mkdocs.yml").read_text().replace("../../../overrides", str(ROOT / "overrides"))
    )
    return project


def build(
    project: Path, site_dir: Path, *, pdfs: bool = False, today: str = TODAY
) -> subprocess.CompletedProcess[str]:
    """A real `mkdocs build --strict` of ``project`` into ``site_dir``, as on the day
    ``today``; with ``pdfs``, the leaflet PDFs are printed too (Chromium). The shipped site
    always prints them."""
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "GUIDE_PDFS": "1" if pdfs else "0",
        "GUIDE_TODAY": today,
    }
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="session")
def shipped_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The real guide, built once per test run into a temporary folder (a copy of the
    project, so the developer's docs/ and site/ are not touched)."""
    work = tmp_path_factory.mktemp("shipped")
    for name in ("docs", "services", "translations", "overrides", "mkdocs.yml"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source,
                work / name,
                ignore=shutil.ignore_patterns("help", "services", ".generated.json", "*.??.md")
                if name == "docs"
                else None,
            )
        else:
            shutil.copy(source, work / name)
    result = build(work, work / "site", pdfs=True)
    assert result.returncode == 0, result.stderr
    yield work / "site"


@pytest.fixture(scope="session")
def base_url(shipped_site: Path) -> Iterator[str]:
    """The shipped site served on 127.0.0.1."""
    from browser import serve  # noqa: PLC0415 - only browser tests need it

    with serve(shipped_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium through Playwright, one for the whole run."""
    from browser import AXE, launch  # noqa: PLC0415

    assert AXE.is_file(), "run `make test` (npm ci) to install axe-core"
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh phone-sized page (360 x 740)."""
    from browser import PHONE, new_context  # noqa: PLC0415

    context = new_context(browser, viewport=PHONE)
    yield context.new_page()
    context.close()


#: Fixtures that make a test slow: the shipped guide (every language, 360 PDFs) or Chromium.
SLOW_FIXTURES = frozenset({"shipped_site", "base_url", "browser", "page"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs the shipped site or a browser as `slow`, so that
    `pytest -m "not slow"` runs the rest in seconds (CONTRIBUTING.md)."""
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
