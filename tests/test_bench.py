"""`guide bench`: its synthetic guides are valid, and it runs end to end on a tiny size.
The benchmark prints numbers; nothing here asserts a timing."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from guide.bench.plain import make_plain
from guide.bench.synthetic import languages_for, letters, make_guide

from conftest import ROOT


def guide(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "guide", *args], capture_output=True, text=True, check=False
    )


def test_synthetic_listings_pass_strict_validation(tmp_path: Path) -> None:
    # Every real listing is copied at least once, into all ten languages.
    project = make_guide(ROOT, tmp_path / "guide", 60, 10)
    assert len(list((project / "services").glob("*.md"))) == 60
    for code in languages_for(10)[1:]:
        translated = list((project / "translations" / code / "services").glob("*.md"))
        assert len(translated) > 50, code
    result = guide("--root", str(project), "validate", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "60 listings and" in result.stderr and "0 error(s), 0 warning(s)" in result.stderr


def test_a_guide_in_fewer_languages_builds_only_those(tmp_path: Path) -> None:
    project = make_guide(ROOT, tmp_path / "guide", 3, 3)
    mkdocs = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "- locale: ar" in mkdocs and "- locale: bn" in mkdocs and "- locale: tr" not in mkdocs
    assert sorted(p.name for p in (project / "translations").iterdir() if p.is_dir()) == [
        "ar",
        "bn",
        "english",
    ]
    assert letters(1) == "A" and letters(26) == "Z" and letters(28) == "AB"


def test_a_tiny_guide_still_fills_every_home_tile(tmp_path: Path) -> None:
    project = make_guide(ROOT, tmp_path / "guide", 2, 1)
    result = guide("--root", str(project), "validate", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr


def test_plain_baseline_has_the_pages_asked_for(tmp_path: Path) -> None:
    site = make_plain(ROOT, tmp_path / "plain", 30, ["en", "ar"])
    english = [p for p in (site / "docs").rglob("*.md") if not p.name.endswith(".ar.md")]
    assert len(english) == 30
    assert len(list((site / "docs").rglob("*.ar.md"))) == 30


def test_bench_runs_end_to_end_and_prints_a_table(tmp_path: Path) -> None:
    result = guide(
        "--root", str(ROOT), "bench", "--sizes", "5x2", "--validate", "50", "--no-pdfs",
        "--work", str(tmp_path),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    row = re.search(
        r"^\| 5 x 2 \| (\d+) / (\d+) \|.*\| \*\*(\d+\.\d\d)\*\* \|", result.stdout, re.M
    )
    assert row, result.stdout
    guide_pages, plain_pages = int(row.group(1)), int(row.group(2))
    assert guide_pages > 100 and abs(guide_pages - plain_pages) <= 2
    assert float(row.group(3)) > 0
    assert re.search(
        r"`guide validate` on 50 listings: \d+\.\d\d s .*again after one listing changed: "
        r"\d+\.\d\d s",
        result.stdout,
    )
    assert list(tmp_path.iterdir()) == []  # the synthetic sites are removed


def test_bench_explains_a_bad_size() -> None:
    result = guide("--root", str(ROOT), "bench", "--sizes", "lots")
    assert result.returncode == 2
    assert "a size is LISTINGSxLANGUAGES" in result.stderr and "Traceback" not in result.stderr
