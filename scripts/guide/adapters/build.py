"""`guide build`: validate, then build the site into a temporary folder and swap it in.

On any error the previous site/ is left exactly as it was. MkDocs runs as a subprocess, so
this module (like the rest of the core) never imports MkDocs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..checking.problems import report
from ..checking.project import load_project
from .settings import release_problems


def build_site(
    root: Path, *, strict: bool = False, site_dir: str = "site", release: bool = False
) -> int:
    if release:
        os.environ["GUIDE_RELEASE"] = "1"  # the MkDocs build below checks it again
    if problems := release_problems(root):
        for line in problems:
            print(line, file=sys.stderr)
        print(
            f"Nothing was built: fix the settings above. {site_dir}/ was not changed.",
            file=sys.stderr,
        )
        return 1
    # Listings, translations and the self-audit statements: the same checks as `guide validate`.
    project = load_project(root)
    loaded = project.loaded
    lines, failed = report(project.problems, strict=strict)
    for line in lines:
        print(line, file=sys.stderr)
    if failed:
        print(
            f"Nothing was built: fix the problems above. {site_dir}/ was not changed.",
            file=sys.stderr,
        )
        return 1
    target = root / site_dir
    staging = Path(tempfile.mkdtemp(prefix=".site-new-", dir=root))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "--config-file",
        str(root / "mkdocs.yml"),
        "--site-dir",
        str(staging),
    ]
    result = subprocess.run(command, cwd=root, env=env, check=False)
    if result.returncode != 0 or not (staging / "index.html").is_file():
        shutil.rmtree(staging, ignore_errors=True)
        print(f"The build failed (above). {site_dir}/ was not changed.", file=sys.stderr)
        return 1
    old = root / f".site-old-{os.getpid()}"
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    print(f"Built {site_dir}/ with {len(loaded.directory.listings)} listings.", file=sys.stderr)
    return 0
