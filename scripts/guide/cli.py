"""The `guide` command: `guide validate` and `guide build`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .build import build_site
from .loader import load
from .problems import report


def cmd_validate(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    loaded = load(root / "services", root=root)
    lines, failed = report(loaded.problems, strict=args.strict)
    for line in lines:
        print(line)
    errors = sum(p.is_error for p in loaded.problems)
    warnings = len(loaded.problems) - errors
    summary = (
        f"{len(loaded.directory.listings)} listings checked: "
        f"{errors} error(s), {warnings} warning(s)"
        + (" (warnings count as errors with --strict)" if args.strict and warnings else "")
    )
    print(summary, file=sys.stderr)
    return 1 if failed else 0


def cmd_build(args: argparse.Namespace) -> int:
    return build_site(Path(args.root).resolve(), strict=args.strict)


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="guide", description=__doc__)
    main.add_argument("--root", default=".", help="the project folder (default: here)")
    commands = main.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check every listing; report all problems")
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    validate.set_defaults(run=cmd_validate)
    build = commands.add_parser("build", help="validate, then build site/ atomically")
    build.add_argument("--strict", action="store_true", help="treat warnings as errors")
    build.set_defaults(run=cmd_build)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
