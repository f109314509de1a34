"""What the checks found for each listing file, kept between runs (like ruff's or mypy's
cache): a listing whose bytes have not changed is not read and checked again.

A result is kept under the file's path and the SHA-256 of its bytes, in a cache file named
by a fingerprint of everything else a result depends on: the guide's own code and data (every
file of the package), the listings folder's categories file, the day (freshness rules) and
which checks ran. Anything else changed, and the whole cache is new. The cache is
`.cache/checks/` in the project (git-ignored); GUIDE_CACHE=0 turns it off.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .many import Checked

SWITCH = "GUIDE_CACHE"
FOLDER = Path(".cache") / "checks"
PACKAGE = Path(__file__).resolve().parent.parent  # scripts/guide/
#: Cache files kept (one a fingerprint): older ones are deleted.
KEEP = 4


def _code_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(categories: Path, today: dt.date, options: str) -> str:
    """What every result depends on besides its own file."""
    digest = hashlib.sha256(_code_digest().encode())
    digest.update(categories.read_bytes() if categories.is_file() else b"")
    digest.update(f"{today.isoformat()} {options}".encode())
    return digest.hexdigest()[:32]


class CheckCache:
    """Results for one fingerprint: ``check`` reuses a result while a file is unchanged."""

    def __init__(self, root: Path, key: str) -> None:
        self.folder = root / FOLDER
        self.path = self.folder / f"{key}.pickle"
        self.enabled = os.environ.get(SWITCH, "1") != "0"
        self.old: dict[str, tuple[str, Checked]] = self._read() if self.enabled else {}
        self.new: dict[str, tuple[str, Checked]] = {}
        self.reused = 0
        self._digests: dict[Path, str] = {}

    def _read(self) -> dict[str, tuple[str, Checked]]:
        try:
            with self.path.open("rb") as file:
                data: Any = pickle.load(file)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            return {}
        return data if isinstance(data, dict) else {}

    def split(self, paths: list[Path]) -> tuple[dict[Path, Checked], list[Path]]:
        """(results still good, files to check), each file's digest noted."""
        good: dict[Path, Checked] = {}
        todo: list[Path] = []
        for path in paths:
            try:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                todo.append(path)  # the check reports it
                continue
            self._digests[path] = digest
            kept = self.old.get(str(path))
            if kept is not None and kept[0] == digest:
                good[path] = kept[1]
                self.new[str(path)] = kept
            else:
                todo.append(path)
        self.reused = len(good)
        return good, todo

    def keep(self, path: Path, result: Checked) -> None:
        if path in self._digests:
            self.new[str(path)] = (self._digests[path], result)

    def save(self) -> None:
        """Write the results (atomically) if any was checked or dropped; old cache files are
        pruned."""
        if not self.enabled or (self.reused == len(self.new) == len(self.old)):
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(handle, "wb") as file:
                pickle.dump(self.new, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(name, self.path)
            caches = sorted(self.folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime)
            for stale in caches[:-KEEP]:
                stale.unlink(missing_ok=True)
        except OSError:
            pass  # a cache that cannot be written only costs time


def check_cached(
    paths: list[Path],
    cache: CheckCache,
    check_all: Callable[[list[Path]], list[Checked]],
) -> list[Checked]:
    """Every file's result, in order: unchanged files from the cache, the others checked
    (``check_all``) and kept."""
    good, todo = cache.split(paths)
    for path, result in zip(todo, check_all(todo), strict=True):
        good[path] = result
        cache.keep(path, result)
    cache.save()
    return [good[path] for path in paths]
