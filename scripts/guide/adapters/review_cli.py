"""`guide translations review CODE ITEM... --by "Name, Organisation"`: a community reviewer
approves translations (only those made from the current English)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from ..checking.project import load_project
from ..clock import today
from ..i18n import catalogs
from ..i18n.review import INTERFACE, ReviewError, find, sign_off


def add_review_command(actions: Any) -> None:
    review = actions.add_parser(
        "review",
        help="approve translations a community reviewer checked",
        description=__doc__,
    )
    review.add_argument("code", help="the language, like ar")
    review.add_argument(
        "items", nargs="+", help=f"listing ids, pages (explainers/link-workers) or {INTERFACE}"
    )
    review.add_argument("--by", required=True, help='who reviewed: "Name, Organisation"')
    review.add_argument("--on", type=dt.date.fromisoformat, default=None, help="default: today")
    review.set_defaults(run=cmd_review)


def cmd_review(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    project = load_project(root)
    pack = project.packs.get(args.code)
    if pack is None:
        print(f"There is no translations/{args.code}/.", file=sys.stderr)
        return 2
    folder = root / "translations" / args.code
    pot = catalogs.template(root)
    on = args.on or today()
    refused = 0
    for name in args.items:
        try:
            item = find(pack, folder, name, pot)
            sign_off(item, by=args.by, on=on)
        except ReviewError as error:
            print(f"translations/{args.code}: {name}: not approved: {error}.", file=sys.stderr)
            refused += 1
            continue
        shown = item.path.relative_to(root)
        print(f"{shown}: reviewed by {args.by.strip()} on {on.isoformat()}.", file=sys.stderr)
    return 1 if refused else 0
