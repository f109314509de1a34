"""The leaflet PDF cache key: the leaflet's content, not the day it was built."""

from __future__ import annotations

from pathlib import Path

from guide.leaflets.pdf import find_jobs

PAGE = (
    '<article class="leaflet" data-pdf="x-{code}.pdf"><p>{words}</p>\n'
    '<p class="leaflet-dates">Last checked on 1 May 2026. <span class="leaflet-printed" '
    'data-built="{day}" data-printed="Printed on {{date}}."><span lang="en" dir="ltr">'
    "<bdi>Printed</bdi> on {day}.</span></span></p>\n</article>"
)


def key(tmp_path: Path, **values: str) -> str:
    page = tmp_path / "leaflets" / "x" / "index.html"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(PAGE.format(code="ar", **values), encoding="utf-8")
    (job,) = find_jobs(tmp_path, tmp_path / "assets" / "leaflet.css")
    return job.key


def test_the_printed_date_is_not_part_of_the_key(tmp_path: Path) -> None:
    monday = key(tmp_path, words="Call 116 123", day="2026-11-30")
    assert key(tmp_path, words="Call 116 123", day="2027-01-04") == monday
    assert key(tmp_path, words="Call 116 124", day="2026-11-30") != monday
