"""The `guide` command: `guide validate`, `guide build`, `guide translations`,
`guide editors`, `guide import-oruk` and `guide bench`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ..checking.listings import listing_texts
from ..checking.plain_language import scores, word_count
from ..checking.problems import report
from ..checking.project import load_project
from ..clock import ClockError
from ..model.directory import Directory
from .bench_cli import add_bench_command
from .build import build_site
from .editors_cli import add_editors_command
from .import_cli import add_import_command
from .translations_cli import add_translations_command


def cmd_validate(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    project = load_project(root)
    loaded = project.loaded
    lines, failed = report(project.problems, strict=args.strict)
    for line in lines:
        print(line)
    errors = sum(p.is_error for p in project.problems)
    warnings = len(project.problems) - errors
    translated = sum(len(p.listings) + len(p.pages) for p in project.packs.values())
    summary = (
        f"{len(loaded.directory.listings)} listings and {translated} translations checked: "
        f"{errors} error(s), {warnings} warning(s)"
        + (" (warnings count as errors with --strict)" if args.strict and warnings else "")
    )
    print(summary, file=sys.stderr)
    if args.scores:
        print_scores(loaded.directory)
    return 1 if failed else 0


def print_scores(directory: Directory) -> None:
    """Reading ease and reading age of each listing's English text, lowest ease first."""
    rows = []
    for listing in directory.listings:
        text = " ".join(t.text for t in listing_texts(listing))
        ease, age = scores(text)
        rows.append((ease, age, word_count(text), listing.path))
    print(f"{'reading ease':>12}  {'reading age':>11}  {'words':>5}  listing", file=sys.stderr)
    for ease, age, words, path in sorted(rows):
        print(f"{ease:12.0f}  {age:11.1f}  {words:5d}  {path}", file=sys.stderr)


def cmd_build(args: argparse.Namespace) -> int:
    return build_site(Path(args.root).resolve(), strict=args.strict, release=args.release)


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="guide", description=__doc__)
    main.add_argument("--root", default=".", help="the project folder (default: here)")
    commands = main.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check every listing; report all problems")
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    validate.add_argument(
        "--scores", action="store_true", help="also print reading scores for every listing"
    )
    validate.set_defaults(run=cmd_validate)
    build = commands.add_parser("build", help="validate, then build site/ atomically")
    build.add_argument("--strict", action="store_true", help="treat warnings as errors")
    build.add_argument(
        "--release",
        action="store_true",
        help="a build to publish: refuse placeholder settings (as GUIDE_RELEASE=1 does)",
    )
    build.set_defaults(run=cmd_build)
    add_translations_command(commands)
    add_editors_command(commands)
    add_import_command(commands)
    add_bench_command(commands)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except ClockError as error:
        print(error, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head`: stop quietly
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return 0


if __name__ == "__main__":
    sys.exit(main())
