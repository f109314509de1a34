"""The review page of a language: an outdated page shows what changed in its English."""

from __future__ import annotations

import datetime as dt

from guide.i18n.interface import Interface
from guide.model.directory import Directory
from guide.model.languages import Language
from guide.model.translation import LanguagePack, Translated, TranslationInfo
from guide.site.context import Context
from guide.site.review import ReviewPages, changes
from guide.site.routes import Site


def test_word_changes() -> None:
    found = [(c.kind, c.text) for c in changes("Meet on Tuesday.", "Meet on Monday.")]
    assert found == [("same", "Meet on "), ("removed", "Tuesday."), ("added", "Monday.")]


def test_an_outdated_page_shows_what_changed_in_the_english() -> None:
    info = TranslationInfo(english_version="0123456789ab", status="draft")
    was = "---\ntitle: About\n---\nWe meet on Tuesday."
    pack = LanguagePack(Language("ar"))
    pack.pages["about.md"] = Translated(
        "translations/ar/pages/about.md",
        info,
        False,
        {"title": "عن"},
        "نلتقي يوم الثلاثاء.",
        was=was,
    )
    context = Context(
        Directory(categories=[], crisis=None),
        Site(report_url="r", exit_url="e"),
        Interface(Language("en")),
        today=dt.date(2026, 11, 29),
    )
    english = {"about.md": "---\ntitle: About\n---\nWe meet on Monday."}
    page = ReviewPages(context, english).page(pack)
    item = page.split('id="item-about"')[1]
    assert ">outdated<" in item
    assert '<del><span class="guide-visually-hidden">removed: </span>Tuesday.</del>' in item
    assert '<ins><span class="guide-visually-hidden">added: </span>Monday.</ins>' in item
    assert '<td lang="ar" dir="rtl">نلتقي يوم الثلاثاء.</td>' in item
