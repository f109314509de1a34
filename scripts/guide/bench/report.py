"""The benchmark's results as a Markdown table (to paste into the README)."""

from __future__ import annotations

from .measure import Timing
from .run import Prints, Row

HEADER = (
    "| listings x languages | pages (guide / plain) | guide build s | plain build s "
    "| ratio guide/plain | CPU s (guide / plain) | CPU ratio | peak MiB (guide / plain) |\n"
    "|---|---|---|---|---|---|---|---|"
)


def build_row(row: Row) -> str:
    size = row.size
    return (
        f"| {size.listings} x {size.languages} | {row.guide_pages} / {row.plain_pages} "
        f"| {row.guide.seconds:.1f} | {row.plain.seconds:.1f} | **{row.ratio:.2f}** "
        f"| {row.guide.cpu_seconds:.1f} / {row.plain.cpu_seconds:.1f} | {row.cpu_ratio:.2f} "
        f"| {row.guide.peak_mib:.0f} / {row.plain.peak_mib:.0f} |"
    )


def table(
    rows: list[Row], validate: tuple[int, Timing, Timing] | None, prints: Prints | None
) -> str:
    lines = [HEADER, *(build_row(row) for row in rows), ""]
    if validate is not None:
        count, first, again = validate
        lines += [
            f"- `guide validate` on {count} listings: {first.seconds:.2f} s "
            f"(CPU {first.cpu_seconds:.2f} s), peak {first.peak_mib:.0f} MiB, with nothing "
            f"cached; again after one listing changed: {again.seconds:.2f} s "
            f"(CPU {again.cpu_seconds:.2f} s)",
        ]
    if prints is not None:
        lines += [
            f"- Leaflet PDFs: {prints.leaflets} printed in {prints.seconds:.1f} s; after one "
            f"listing changed, built again on the next day: {prints.changed} leaflet(s) "
            f"changed, {prints.printed_again} printed again ({prints.rebuild_seconds:.1f} s)",
        ]
    return "\n".join(lines)
