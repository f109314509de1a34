"""`guide bench`: synthetic guides of several sizes and their plain Material baselines, built
and timed in the same run, then `guide validate` on many listings and leaflet printing.
Prints a Markdown table. Timings on a shared machine are noisy: compare the ratios."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from pathlib import Path
from typing import Any

from ..bench.report import build_row, table
from ..bench.run import BenchError, Prints, Size, build_pair, leaflet_prints, validate_many
from ..clock import today

SIZES = "100x1,1000x1,250x10,1000x4"


def add_bench_command(commands: Any) -> None:
    bench = commands.add_parser(
        "bench", help="time the guide's build against plain Material (synthetic sites)"
    )
    bench.add_argument(
        "--sizes",
        default=SIZES,
        help=f"LISTINGSxLANGUAGES, comma-separated (default {SIZES})",
    )
    bench.add_argument(
        "--validate", type=int, default=10000, help="listings for `guide validate` (0: skip)"
    )
    bench.add_argument(
        "--pdfs",
        default="49x10",
        help="size of the guide whose leaflets are printed (default 49x10, like the real one)",
    )
    bench.add_argument("--no-pdfs", action="store_true", help="skip printing leaflets")
    bench.add_argument("--work", help="folder for the synthetic sites (default: a temporary one)")
    bench.set_defaults(run=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    source = Path(args.root).resolve()
    try:
        sizes = [Size.parse(text.strip()) for text in args.sizes.split(",") if text.strip()]
        pdf_size = None if args.no_pdfs else Size.parse(args.pdfs)
    except ValueError as error:
        print(f"guide bench: {error}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="guide-bench-", dir=args.work) as folder:
        work = Path(folder)
        try:
            rows = []
            for size in sizes:
                rows.append(build_pair(source, work, size))
                print(build_row(rows[-1]), file=sys.stderr, flush=True)
            validate = None
            if args.validate:
                validate = (args.validate, *validate_many(source, work, args.validate))
            prints: Prints | None = None
            if pdf_size is not None:
                prints = leaflet_prints(source, work, pdf_size, today())
        except BenchError as error:
            print(f"guide bench: {error}", file=sys.stderr)
            return 1
    cores = os.cpu_count()
    print(
        f"{today().isoformat()}, {platform.machine()}, {cores} cores, Python "
        f"{platform.python_version()}; every build is `mkdocs build` in a new process, "
        "without PDFs\n"
    )
    print(table(rows, validate, prints))
    return 0
