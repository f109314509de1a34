"""Benchmark: validate and build a guide of N synthetic listings in every language (pages
only; PDFs are off here and timed from the build log); prints numbers.

    .venv/bin/python scripts/benchmark.py [N ...]     (default: 25 100 500)

Synthetic listings are copies of services/samaritans.md under new ids, built in a temporary
copy of the project, so the real docs/ and site/ are not touched.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_project(count: int, into: Path) -> Path:
    for name in ("docs", "overrides", "translations", "mkdocs.yml"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, into / name)  # generated pages are rewritten by the build
        else:
            shutil.copy(source, into / name)
    services = into / "services"
    shutil.copytree(ROOT / "services", services)
    model = (ROOT / "services" / "samaritans.md").read_text(encoding="utf-8")
    existing = len(list(services.glob("*.md")))
    for index in range(max(0, count - existing)):
        listing_id = f"synthetic-{index:04d}"
        text = model.replace("\nid: samaritans\n", f"\nid: {listing_id}\n").replace(
            "name: Samaritans", f"name: Synthetic service {index}"
        )
        (services / f"{listing_id}.md").write_text(text, encoding="utf-8")
    return into


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """(seconds, peak RSS of the child in MiB)."""
    # Pages only: leaflet PDFs are timed by the build log ("leaflet PDFs: N printed ...").
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GUIDE_PDFS": "0"}
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, check=False, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(result.stderr[-2000:])
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak


def main(argv: list[str]) -> int:
    counts = [int(a) for a in argv] or [25, 100, 500]
    python = sys.executable
    print(
        f"{'listings':>8}  {'validate s':>10}  {'build s':>8}  {'pages':>6}  {'peak MiB':>8}"
        f"  {'service page KB':>15}"
    )
    for count in counts:
        with tempfile.TemporaryDirectory() as folder:
            project = make_project(count, Path(folder))
            validate, _ = timed(
                [python, "-m", "guide", "--root", str(project), "validate"], project
            )
            build, peak = timed([python, "-m", "mkdocs", "build", "--site-dir", "site"], project)
            pages = len(list((project / "site").rglob("index.html")))
            size = (project / "site/services/samaritans/index.html").stat().st_size / 1024
            print(
                f"{count:8d}  {validate:10.2f}  {build:8.2f}  {pages:6d}  {peak:8.0f}  {size:15.1f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
