"""Timing a command in a subprocess: wall time and peak memory (of the largest process in
its tree, from ``os.wait4``), and counting the pages of a built site."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Timing:
    seconds: float
    cpu_seconds: float  # user + system, of the process and its children
    peak_mib: float
    returncode: int
    output: str  # the end of what it printed (for an error message)


def timed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Timing:
    """Run ``command`` in ``cwd``; its wall time and the peak resident memory of the
    largest process it ran (``ru_maxrss`` includes its reaped children)."""
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=cwd, env={**os.environ, **(env or {})}, stdout=log, stderr=log
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read().decode("utf-8", "replace")[-3000:]
    cpu = usage.ru_utime + usage.ru_stime
    return Timing(seconds, cpu, usage.ru_maxrss / 1024, process.returncode, output)


def mkdocs_build(project: Path, site: Path, env: dict[str, str] | None = None) -> Timing:
    """`mkdocs build` of ``project`` into ``site`` (no PDFs), timed."""
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "--site-dir", str(site)]
    settings = {"NO_MKDOCS_2_WARNING": "1", "GUIDE_PDFS": "0", **(env or {})}
    return timed(command, project, settings)


def count_pages(site: Path) -> int:
    """HTML pages in a built site (every language), not counting the theme's assets."""
    return sum(1 for path in site.rglob("*.html") if "assets" not in path.parts)
