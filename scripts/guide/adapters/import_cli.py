"""`guide import-oruk PATH`: start listings from an Open Referral UK 3.0 feed (JSON): one
service, a /services page, or a folder of them. Every file is read and checked first; a bad
feed writes nothing. Existing listings are kept unless --force."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from ..checking.datafile import load_categories
from ..checking.listings import CATEGORIES_FILE, load_listing
from ..checking.problems import report
from ..clock import today
from ..model.contact import is_https_url
from ..opendata.feedreader import FeedError, services_in
from ..opendata.importer import Feed, Imported, import_service, slug


def add_import_command(commands: Any) -> None:
    command = commands.add_parser(
        "import-oruk", help="start listings from an Open Referral UK 3.0 feed (JSON)"
    )
    command.add_argument("path", help="a service (.json), a /services page, or a folder of them")
    command.add_argument(
        "--url", help="where the feed is published (https://...): the listings' source"
    )
    command.add_argument(
        "--kind",
        choices=("directory", "third-party"),
        default="directory",
        help="directory (an official directory, the default) or third-party",
    )
    command.add_argument("--force", action="store_true", help="replace listings already there")
    command.set_defaults(run=cmd_import)


def feed_files(path: Path) -> list[Path]:
    if path.is_dir():
        found = sorted(path.glob("*.json"))
        if not found:
            raise FeedError(f"{path}: this folder has no .json files.")
        return found
    if not path.is_file():
        raise FeedError(f"{path}: there is no such file or folder.")
    return [path]


def read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as error:
        raise FeedError(f"{path.name}: cannot read this file ({type(error).__name__}).") from None
    except json.JSONDecodeError as error:
        raise FeedError(
            f"{path.name}: line {error.lineno}, column {error.colno}: broken JSON ({error.msg}). "
            "Check the commas, brackets and quotes there."
        ) from None


def plan(args: argparse.Namespace, services: Path) -> list[Imported]:
    """Every listing the feed makes, checked, before anything is written."""
    if not args.url or not is_https_url(args.url):
        raise FeedError(
            "say where the feed is published with --url https://... : every imported fact "
            "names it as its source."
        )
    categories, _lines, problems = load_categories(services / CATEGORIES_FILE, CATEGORIES_FILE)
    if problems or not categories:
        raise FeedError(f"{CATEGORIES_FILE}: fix it first (`guide validate`).")
    path = Path(args.path)
    ids = {item.stem for item in services.glob("*.md")} if args.force else set()
    made: list[Imported] = []
    for file in feed_files(path):
        feed = Feed(file.name, args.url, args.kind, today(), tuple(c.id for c in categories))
        for node in services_in(read_json(file), file.name):
            base = slug(node.string("name") or "")
            taken = {item.listing_id for item in made}
            listing_id = next(
                f"{base}-{n}" if n > 1 else base for n in range(1, 1000)
                if (f"{base}-{n}" if n > 1 else base) not in taken
            )  # fmt: skip
            made.append(import_service(node, feed, listing_id))
    for item in made:
        target = services / f"{item.listing_id}.md"
        if target.exists() and item.listing_id not in ids:
            raise FeedError(
                f"services/{target.name} is already there. Nothing was replaced: run again with "
                "--force to replace it, or rename the existing listing."
            )
    return made


def contactable(data: dict[str, Any]) -> bool:
    located = any("address" in place for place in data.get("locations", []))
    return bool(data.get("phones") or data.get("email") or data.get("url") or located)


def cmd_import(args: argparse.Namespace) -> int:
    services = Path(args.root).resolve() / "services"
    try:
        made = plan(args, services)
    except FeedError as error:
        print(f"import-oruk: {error}\nNothing was written.", file=sys.stderr)
        return 1
    written = []
    for item in made:
        for note in item.notes:
            print(f"services/{item.listing_id}.md: note: {note}")
        if not contactable(item.data):
            print(f"services/{item.listing_id}.md: not written: the feed gives no phone, email, "
                  "website or address, so the guide cannot list it.")  # fmt: skip
            continue
        path = services / f"{item.listing_id}.md"
        text = yaml.safe_dump(item.data, sort_keys=False, allow_unicode=True, width=100)
        path.write_text(f"---\n{text}---\n", encoding="utf-8")
        written.append(path)
    categories, _lines, _problems = load_categories(services / CATEGORIES_FILE, CATEGORIES_FILE)
    problems = []
    for path in written:
        shown = f"services/{path.name}"
        problems += load_listing(path, shown, [c.id for c in categories], today())[1]
    lines, _failed = report(problems)
    print("\n".join(lines))
    errors = sum(p.is_error for p in problems)
    print(
        f"{len(written)} listing(s) written: {errors} error(s), {len(problems) - errors} "
        "warning(s). Write the texts in `to_write`, then run `guide validate`.",
        file=sys.stderr,
    )
    return 1 if errors else 0
