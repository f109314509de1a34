"""Leaflet PDFs without Chromium: the cache key (the content, not the day it was built), the
text size chosen from one measuring pass, and the timing command's usage."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.leaflets.pdf import PAGE_HEIGHT_PX, STEPS, choose_step, find_jobs, main

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


def test_the_largest_text_that_fits_is_chosen_from_one_measuring_pass() -> None:
    one_page = PAGE_HEIGHT_PX
    # Measured from the largest size down, stopping at the first that fits.
    assert choose_step([one_page - 1]) == ("grow-2", True)
    assert choose_step([one_page + 50, one_page]) == ("grow-1", True)
    assert choose_step([one_page + 90, one_page + 40, one_page + 1, one_page - 5]) == (
        "fit-1",
        True,
    )
    # Even the smallest is too tall: print it at the smallest and say so.
    assert choose_step([one_page * 2] * len(STEPS)) == ("fit-4", False)


def test_the_timing_command_explains_its_usage_and_a_site_without_leaflets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([]) == 2
    assert main(["site", "many"]) == 2
    assert "usage: python -m guide.leaflets.pdf SITE [COUNT [WORKERS]]" in capsys.readouterr().err
    assert main([str(tmp_path), "3"]) == 1
    assert f"no leaflet pages in {tmp_path}: build the site first" in capsys.readouterr().err
