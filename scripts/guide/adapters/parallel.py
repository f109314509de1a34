"""Building the languages in two processes at once.

mkdocs-static-i18n builds one language after another, each a whole MkDocs build of its own
into the same site folder. On a machine with two cores or more the plugin forks once, while
English is being built: the child builds the second half of the other languages and the parent
English and the first half; the child's search entries come back through a temporary file and
the parent writes one search index with every language, in the usual order, as the i18n plugin
does. The built site is the same, file for file.

This module never imports MkDocs: the plugin hands it the i18n plugin object and a function
that builds one more language into the same site folder.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from .. import workers

#: Set GUIDE_PARALLEL=0 to build one language after another (as the i18n plugin does).
SWITCH = "GUIDE_PARALLEL"


class ParallelError(Exception):
    """The languages built in the other process failed: the message says which and why."""


def shares(codes: list[str], first: str) -> tuple[list[str], list[str]]:
    """(the parent's languages after ``first``, the child's): the child takes the second
    half, so that the parent (which builds ``first`` too) and the child end together."""
    others = [code for code in codes if code != first]
    split = len(others) // 2
    return others[:split], others[split:]


@dataclass
class _Child:
    pid: int
    results: IO[bytes]
    codes: list[str]


class ParallelLanguages:
    """The two halves of one build. ``build`` is MkDocs' build function and ``utils`` its
    module of the same name (whose clean_directory is switched off while a language is
    built into the folder that holds the others, as the i18n plugin's own loop does)."""

    def __init__(self, build: Callable[[Any], None], utils: Any, log: Any) -> None:
        self.build = build
        self.utils = utils
        self.log = log
        self.i18n: Any = None  # mkdocs-static-i18n's plugin object
        self.mine: list[str] = []
        self.child: _Child | None = None
        self.busy = False  # building the parent's languages (their post-builds are inner ones)

    @property
    def running(self) -> bool:
        return self.child is not None

    def wanted(self, i18n: Any, command: str) -> bool:
        """Whether to build in two processes: `mkdocs build` (not `serve`) of more than one
        language, at its start, on two cores or more where fork is available, not switched
        off (GUIDE_PARALLEL=0)."""
        return (
            i18n is not None
            and command == "build"
            and not i18n.building
            and not self.running
            and len(i18n.build_languages) > 1
            and os.environ.get(SWITCH, "1") != "0"
            and workers.can_fork()
        )

    def inner(self, i18n: Any) -> bool:
        """Whether a post-build is one language's of several (the site is finished once)."""
        outer = self.running and not self.busy
        return not outer and bool(getattr(i18n, "building", False))

    def start(self, config: Any, i18n: Any) -> None:
        """Fork: the child builds its languages and exits; the parent goes on with English."""
        self.i18n = i18n
        self.mine, theirs = shares(list(self.i18n.build_languages), self.i18n.current_language)
        results = tempfile.TemporaryFile()  # noqa: SIM115 - the child writes it; _join closes it
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            self._child_main(config, theirs, results)
        self.child = _Child(pid, results, theirs)
        self.log.info("building %s in a second process", ", ".join(theirs))
        self.i18n.building = True  # its own loop must not build every language again

    def _child_main(self, config: Any, codes: list[str], results: IO[bytes]) -> None:
        status = 1
        try:
            self.i18n.search_entries = []
            self._build(config, codes)
            outcome: tuple[str, Any] = ("ok", self.i18n.search_entries)
            status = 0
        except BaseException as error:  # reported to the parent, whatever it is
            outcome = ("error", f"{type(error).__name__}: {error}")
        try:
            pickle.dump(outcome, results)
            results.flush()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(status)

    def _build(self, config: Any, codes: list[str]) -> None:
        self.i18n.building = True
        clean, self.utils.clean_directory = self.utils.clean_directory, lambda _path: None
        try:
            for code in codes:
                self.i18n.current_language = code
                self.build(config)
        finally:
            self.utils.clean_directory = clean

    def finish(self, config: Any) -> None:
        """At the end of English's build (the i18n plugin has kept its search entries): the
        parent's languages, then the child's search entries, and one search index with every
        language, as the i18n plugin's own loop makes it."""
        child = self.child
        if child is None:
            return
        self.busy = True
        try:
            self._build(config, self.mine)
        except BaseException:
            self.stop()
            raise
        finally:
            self.busy = False
        self.i18n.search_entries.extend(self._join(child))
        self.i18n.reconfigure_search_index(config)
        self.i18n.building = False

    def _join(self, child: _Child) -> list[Any]:
        self.child = None
        _, status = os.waitpid(child.pid, 0)
        child.results.seek(0)
        try:
            kind, value = pickle.load(child.results)
        except (EOFError, pickle.UnpicklingError, ValueError):
            kind, value = "error", f"it stopped (exit status {os.waitstatus_to_exitcode(status)})"
        finally:
            child.results.close()
        if kind != "ok":
            languages = ", ".join(child.codes)
            raise ParallelError(f"Building {languages} (in a second process) failed: {value}")
        return list(value)

    def stop(self) -> None:
        """After an error elsewhere: the child is stopped, so that it writes nothing more."""
        child, self.child = self.child, None
        if child is not None:
            try:
                os.kill(child.pid, signal.SIGTERM)
                os.waitpid(child.pid, 0)
            except OSError:
                pass
            child.results.close()
