"""`guide editors`: the editors' round (see docs/contributing/editors.md).

guide editors due                 listings most in need of confirming, oldest details first;
                                  writes a request per service and a CSV for a mail merge
guide editors confirm ID --by "Name, role" --how phone --on 2026-12-01
                                  record that the service confirmed its listing
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from ..checking.problems import report
from ..checking.project import load_project
from ..clock import today
from ..editors.confirm import ConfirmError, record
from ..editors.due import due, mail_merge, request_text
from ..site.routes import Site
from .settings import site_settings

REQUESTS = Path("editors") / "requests"


def add_editors_command(commands: Any) -> None:
    parser = commands.add_parser(
        "editors",
        help="the editors' round: what to confirm, requests, record a confirmation",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("due", help="listings to confirm, with requests and a CSV")
    listing.add_argument(
        "--out", default=str(REQUESTS), help=f"where to write (default {REQUESTS})"
    )
    listing.add_argument("--limit", type=int, default=0, help="only the N most urgent")
    listing.set_defaults(run=cmd_due)
    confirm = actions.add_parser("confirm", help="record a service's confirmation")
    confirm.add_argument("id", help="the listing id, like islington-mind")
    confirm.add_argument(
        "--by",
        required=True,
        help='who confirmed, as the page may show it: "Manager, Islington Mind"',
    )
    confirm.add_argument("--how", required=True, choices=["phone", "email", "visit", "letter"])
    confirm.add_argument("--on", type=_date, default=None, help="the day (default: today)")
    confirm.set_defaults(run=cmd_confirm)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date: write it like 2026-12-01"
        ) from None


def cmd_due(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    project = load_project(root)
    site: Site = site_settings(root)
    items = due(project.loaded.directory.listings, today=today())
    if args.limit:
        items = items[: args.limit]
    out = root / args.out
    out.mkdir(parents=True, exist_ok=True)
    names = []
    print(f"{'rank':>4}  {'oldest details':<26}  listing")
    for rank, item in enumerate(items, 1):
        name = f"{rank:03d}-{item.listing.id}.txt"
        (out / name).write_text(request_text(item, site), encoding="utf-8")
        names.append(name)
        print(f"{rank:>4}  {item.oldest_words():<26}  {item.listing.path}")
    (out / "requests.csv").write_text(mail_merge(items, site, names), encoding="utf-8")
    print(
        f"{len(items)} listing(s) to confirm. Requests and requests.csv are in {args.out}/ "
        "(nothing was sent).",
        file=sys.stderr,
    )
    return 0


def cmd_confirm(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    project = load_project(root)
    listings = {item.id: item for item in project.loaded.directory.listings}
    if args.id not in listings:
        print(
            f'There is no listing "{args.id}". Listings: {", ".join(sorted(listings))}',
            file=sys.stderr,
        )
        return 2
    listing = listings[args.id]
    categories = [c.id for c in project.loaded.directory.categories]
    now = today()
    try:
        errors = record(
            root / listing.path,
            listing.path,
            by=args.by,
            how=args.how,
            on=args.on or now,
            categories=categories,
            today=now,
        )
    except ConfirmError as error:
        print(f"{listing.path}: not recorded: {error}.", file=sys.stderr)
        return 2
    if errors:
        lines, _failed = report(errors)
        print("\n".join(lines), file=sys.stderr)
        print(f"{listing.path} was not changed: fix the problems above first.", file=sys.stderr)
        return 1
    print(
        f"Recorded in {listing.path}: confirmed {args.how} on {(args.on or now).isoformat()} by "
        f"{args.by}. Every contact detail now cites it. Check the alert and any phone "
        "description that still says the details are old, then commit.",
        file=sys.stderr,
    )
    return 0
