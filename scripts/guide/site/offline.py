"""Offline after one visit: what the service worker needs from the build (issue 12, part 6).

After the last language is built, ``write`` adds to the site, for every language built:

- a web app manifest (``manifest.webmanifest`` at the root for English, ``<code>/...`` for
  the others): the guide's name in the language, ``lang``, ``dir``, icons, the header's colour;
- an offline page (``offline.html``, ``<code>/offline.html``): what a reader sees for a page
  never opened while offline, with the crisis numbers;

and fills in the settings line of the worker (``overrides/sw.js``, which MkDocs copies to
``site/sw.js``): the cache's version (a hash of the assets, the settings and the worker), each
language's "you are offline" note and the pages kept for it. The worker itself is JavaScript.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from markupsafe import Markup

from . import routes
from .chrome import Chrome
from .context import Context

WORKER = "sw.js"
MANIFEST = "manifest.webmanifest"
OFFLINE_PAGE = "offline.html"
#: The header's colour (``--md-primary-fg-color`` in docs/assets/guide.css).
THEME_COLOUR = "#1d4e89"
ICONS = "assets/icons/"
#: At most this many pages are kept; the one saved longest ago goes first.
MAX_PAGES = 60
#: Kept for each language once the reader opens a second page: home and "I need help now".
KEEP = (routes.HOME, routes.category("help-now"))
#: The line of overrides/sw.js that the build fills in (again on every build).
SETTINGS_LINE = re.compile(r"^const GUIDE = .*;$", re.MULTILINE)


def write(site_dir: Path, contexts: dict[str, Context], names: tuple[str, str] | None) -> str:
    """Write the manifests, offline pages and the worker's settings; returns the cache's
    version ("" when the site has no worker, e.g. a theme without overrides/sw.js)."""
    worker = site_dir / WORKER
    if not worker.is_file():
        return ""
    name = names[0] if names else ""
    languages: dict[str, dict[str, str]] = {}
    for context in contexts.values():
        folder = site_dir / context.language.prefix
        if not (folder / "index.html").is_file():
            continue  # a language not built this time
        (folder / MANIFEST).write_text(manifest(context, name), encoding="utf-8")
        (folder / OFFLINE_PAGE).write_text(offline_page(context, name), encoding="utf-8")
        languages[context.language.prefix] = note_settings(context)
    settings: dict[str, object] = {
        "version": "",
        "languages": languages,
        "keep": [page.url for page in KEEP if (site_dir / page.url / "index.html").is_file()],
        "maxPages": MAX_PAGES,
    }
    source = worker.read_text(encoding="utf-8")
    settings["version"] = version(site_dir, json.dumps(settings), SETTINGS_LINE.sub("", source))
    line = "const GUIDE = " + json.dumps(settings, ensure_ascii=False, sort_keys=True) + ";"
    if not SETTINGS_LINE.search(source):
        raise ValueError(f"{worker}: no line starting with 'const GUIDE = ' to fill in")
    worker.write_text(SETTINGS_LINE.sub(lambda _m: line, source, count=1), encoding="utf-8")
    return str(settings["version"])


def note_settings(context: Context) -> dict[str, str]:
    """The offline note in one language, with the language and locale to write its date in
    (English when the note is not translated yet)."""
    ui, language = context.interface, context.language
    note = ui.text("You are offline. This page was saved on %(date)s.")
    translated = ui.is_english or note != "You are offline. This page was saved on %(date)s."
    code, locale = (language.code, str(language.locale)) if translated else ("en", "en_GB")
    return {
        "lang": code,
        "locale": locale.replace("_", "-"),
        "dir": language.direction if translated else "ltr",
        "note": note,
    }


def manifest(context: Context, english_name: str) -> str:
    """The web app manifest of one language: its home page starts the app, the whole site
    is its scope (a language's manifest lives in its folder)."""
    ui, language = context.interface, context.language
    root = "../" * language.prefix.count("/")
    icons = [
        {"src": f"{root}{ICONS}icon-192.png", "sizes": "192x192", "type": "image/png"},
        {"src": f"{root}{ICONS}icon-512.png", "sizes": "512x512", "type": "image/png"},
        {
            "src": f"{root}{ICONS}maskable-512.png",
            "sizes": "512x512",
            "type": "image/png",
            "purpose": "maskable",
        },
        {"src": f"{root}{ICONS}icon.svg", "sizes": "any", "type": "image/svg+xml"},
    ]
    data = {
        "name": ui.plain_text(english_name) or english_name,
        "short_name": ui.plain_text("Islington guide"),
        "lang": language.code,
        "dir": language.direction,
        "start_url": "./",
        "scope": root or "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": icons,
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def offline_page(context: Context, english_name: str) -> str:
    """The page shown for a page not saved yet, when there is no connection."""
    language = context.language
    return context.fragment(
        "offline.html",
        root="../" * language.prefix.count("/"),
        site_name=context.interface.plain_text(english_name) or english_name,
        crisis=Markup(Chrome(context).crisis_box()),  # our own rendered template
    )


def version(site_dir: Path, *parts: str) -> str:
    """A short hash of the site's assets (not its pages: saved pages stay saved when only
    listings change) and of ``parts``."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
    assets = site_dir / "assets"
    for path in sorted(assets.rglob("*")) if assets.is_dir() else []:
        if path.is_file() and path.suffix != ".map":
            digest.update(path.relative_to(site_dir).as_posix().encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
