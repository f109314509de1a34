"""Golden cases: each folder in tests/golden/ holds listings and the exact problem lines
`guide validate` must print for them (expected.txt).

Regenerate after an intended change with  GUIDE_REGENERATE=1 pytest tests/test_validation_golden.py
and review the diff.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from guide.checking.listings import load
from guide.checking.problems import report

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if p.is_dir() and not p.name.startswith("_"))


def project_for(case: str, tmp_path: Path) -> Path:
    services = tmp_path / "services"
    shutil.copytree(GOLDEN / case / "services", services)
    for name in ("categories.yaml", "crisis.yaml"):
        if not (services / name).exists():
            shutil.copy(GOLDEN / "_shared" / name, services / name)
    return tmp_path


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    project = project_for(case, tmp_path)
    lines, _ = report(load(project / "services", root=project).problems)
    expected_file = GOLDEN / case / "expected.txt"
    actual = "\n".join(lines) + ("\n" if lines else "")
    if os.environ.get("GUIDE_REGENERATE"):
        expected_file.write_text(actual, encoding="utf-8")
        pytest.fail(f"rewrote {case}/expected.txt: review `git diff`, then run again")
    assert actual == expected_file.read_text(encoding="utf-8")


def run_cli(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run(
        [sys.executable, "-m", "guide", "--root", str(project), "validate", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


@pytest.mark.parametrize("case", CASES)
def test_cli_exit_code_and_no_traceback(case: str, tmp_path: Path) -> None:
    project = project_for(case, tmp_path)
    result = run_cli(project)
    expected = (GOLDEN / case / "expected.txt").read_text(encoding="utf-8")
    has_error = any(" E" in line.split(":", 2)[-1][:3] for line in expected.splitlines())
    assert result.returncode == (1 if has_error else 0), result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout == expected


def test_strict_turns_warnings_into_errors(tmp_path: Path) -> None:
    project = project_for("valid", tmp_path)
    listing = project / "services" / "good.md"
    listing.write_text(listing.read_text().replace("It is kind.", "We signpost you."))
    result = run_cli(project)
    assert result.returncode == 0
    assert result.stdout == (
        'services/good.md:7: W404 description: "signpost" is jargon. '
        'Say "tell you about" or "help you find".\n'
    )
    assert run_cli(project, "--strict").returncode == 1


def test_github_annotations(tmp_path: Path) -> None:
    project = project_for("bad-contacts", tmp_path)
    env = {**os.environ, "GITHUB_ACTIONS": "true"}
    result = subprocess.run(
        [sys.executable, "-m", "guide", "--root", str(project), "validate"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.stdout.startswith("::error file=services/bad-contacts.md,line=")


@pytest.mark.parametrize(
    "content",
    [
        b"---\n",
        b"---\n---\n",
        b"---\n: :\n---\n",
        b"\xff\xfe\x00",
        b"---\nid: [\n---\n",
        b"---\nid: !!python/object/apply:os.system ['echo hi']\n---\n",
        b"---\n" + b"a: &a [*a]\n" + b"---\n",
        b"---\nsources: 5\nphones: {}\n---\n",
    ],
)
def test_any_content_gives_problems_not_tracebacks(content: bytes, tmp_path: Path) -> None:
    project = project_for("valid", tmp_path)
    (project / "services" / "odd.md").write_bytes(content)
    result = run_cli(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith("services/odd.md:"), result.stdout


def test_scores_are_printed_per_listing(tmp_path: Path) -> None:
    project = project_for("valid", tmp_path)
    result = run_cli(project, "--scores")
    assert result.returncode == 0
    assert "reading ease  reading age  words  listing" in result.stderr
    assert result.stderr.rstrip().endswith("services/good.md")


def test_a_bad_clock_setting_is_explained_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUIDE_TODAY", "29/11/2026")
    result = run_cli(project_for("valid", tmp_path))
    assert result.returncode == 2
    assert "GUIDE_TODAY='29/11/2026' is not a date. Write it as YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr
