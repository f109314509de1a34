"""Checking many listings at once: each listing is read and checked on its own, so a large
guide is shared out between forked worker processes (guide.workers), in order. Below
PARALLEL_FROM listings, or where fork is not available, they are checked here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .. import workers
from ..model.directory import Listing
from .problems import Problem

#: Listings from which the checks are shared out (starting workers costs about 0.1 s).
PARALLEL_FROM = 400
Checked = tuple[Listing | None, list[Problem]]


def check_all(
    paths: list[Path],
    check: Callable[[Path], Checked],
    *,
    before_sharing: Callable[[], None] | None = None,
) -> list[Checked]:
    """``check(path)`` for every path, in the order given; ``before_sharing()`` runs first
    when the checks are shared out (to load, once, what every worker needs)."""
    if len(paths) < PARALLEL_FROM or not workers.can_fork():
        return [check(path) for path in paths]
    if before_sharing is not None:
        before_sharing()
    return workers.map_forked(check, paths, chunksize=max(1, len(paths) // (workers.cores() * 8)))
