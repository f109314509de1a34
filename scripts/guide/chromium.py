"""Debian's Chromium, driven by Playwright: one launcher for printing leaflets and for tests.

Never `playwright install`: the browser is Debian's package (`make system` installs it). The
flags keep it headless and quiet on a machine with no network but the package registries.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.async_api import Browser as AsyncBrowser
    from playwright.async_api import Playwright as AsyncPlaywright
    from playwright.sync_api import Browser, Playwright

EXECUTABLE = "/usr/bin/chromium"
ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


class ChromiumMissingError(RuntimeError):
    """Debian's Chromium is not installed."""


def _check() -> None:
    if not Path(EXECUTABLE).is_file():
        raise ChromiumMissingError(
            f"{EXECUTABLE} is missing: run `make system` (apt-get install chromium)"
        )


def launch(playwright: Playwright) -> Browser:
    """Chromium for a synchronous Playwright session (tests, screenshots)."""
    _check()
    return playwright.chromium.launch(executable_path=EXECUTABLE, args=list(ARGS))


async def launch_async(playwright: AsyncPlaywright) -> AsyncBrowser:
    """Chromium for an asyncio Playwright session (printing leaflets)."""
    _check()
    return await playwright.chromium.launch(executable_path=EXECUTABLE, args=list(ARGS))
