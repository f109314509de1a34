"""Work shared out between forked processes, one a core: the page families of every
language (generate.py), the checks of many listings (checking/many.py) and the languages'
builds (adapters/parallel.py)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
_JOB: list[Callable[[Any], Any]] = []  # the work, inherited by the forked workers (not pickled)


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


def can_fork() -> bool:
    """Two cores or more, and processes started by fork (which inherit the work's data)."""
    return cores() > 1 and "fork" in multiprocessing.get_all_start_methods()


def _run(item: Any) -> Any:
    return _JOB[0](item)


def map_forked(
    work: Callable[[Item], Result], items: Sequence[Item], *, chunksize: int = 1
) -> list[Result]:
    """``work(item)`` for every item, in order, in forked worker processes (one a core, at
    most one an item). ``work`` and what it reads are inherited; items and results are
    pickled. Callers check ``can_fork()`` first."""
    _JOB[:] = [work]
    try:
        workers = max(1, min(cores(), len(items)))
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            return pool.map(_run, items, chunksize=chunksize)
    finally:
        _JOB.clear()
