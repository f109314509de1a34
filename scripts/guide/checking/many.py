"""Checking many listings at once: each listing is read and checked on its own, so a large
guide is shared out between forked worker processes (one a core), in order. Below
PARALLEL_FROM listings, or where fork is not available, they are checked here."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from pathlib import Path

from ..model.directory import Listing
from .problems import Problem

#: Listings from which the checks are shared out (starting workers costs about 0.1 s).
PARALLEL_FROM = 400
Checked = tuple[Listing | None, list[Problem]]
_WORK: list[tuple[Callable[[Path], Checked], list[Path]]] = []  # inherited by the workers


def _check(index: int) -> Checked:
    check, paths = _WORK[0]
    return check(paths[index])


def _workers() -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    return cores if "fork" in multiprocessing.get_all_start_methods() else 1


def check_all(paths: list[Path], check: Callable[[Path], Checked]) -> list[Checked]:
    """``check(path)`` for every path, in the order given."""
    workers = _workers()
    if workers < 2 or len(paths) < PARALLEL_FROM:
        return [check(path) for path in paths]
    _WORK[:] = [(check, paths)]
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            chunk = max(1, len(paths) // (workers * 8))
            return pool.map(_check, range(len(paths)), chunksize=chunk)
    finally:
        _WORK.clear()
