"""The guide in other languages: a real multilingual build of the fixture guide.

The project is made in projects.py with the real `guide translations` commands.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import build
from projects import AR_SUMMARY, BN_SUMMARY, guide, make_project, translate_po


@pytest.fixture(scope="module")
def multilingual(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    project = make_project(tmp_path_factory.mktemp("multilingual"))
    result = build(project, project / "site")
    assert result.returncode == 0, result.stderr
    yield project


def html(project: Path, page: str) -> str:
    return (project / "site" / page / "index.html").read_text(encoding="utf-8")


def notice(page_html: str) -> str | None:
    found = re.search(r'data-translation="(\w+)"', page_html)
    return found.group(1) if found else None


def test_every_page_exists_in_every_language(multilingual: Path) -> None:
    english = sorted(
        str(p.relative_to(multilingual / "site"))
        for p in (multilingual / "site").rglob("index.html")
        if p.relative_to(multilingual / "site").parts[0] not in ("ar", "bn")
    )
    for code in ("ar", "bn"):
        for page in english:
            assert (multilingual / "site" / code / page).is_file(), f"{code}/{page}"


@pytest.mark.parametrize(
    ("prefix", "lang", "direction"), [("", "en", "ltr"), ("ar/", "ar", "rtl"), ("bn/", "bn", "ltr")]
)
def test_lang_and_dir_on_every_page_type(
    multilingual: Path, prefix: str, lang: str, direction: str
) -> None:
    for page in (
        "",
        "help/talk/",
        "services/listening-line/",
        "explainers/interpreters/",
        "explainers/first-appointment/",
        "contributing/fields/",
    ):
        opening = re.search(r"<html [^>]*>", html(multilingual, prefix + page))
        assert opening is not None
        assert f'lang="{lang}"' in opening.group(0), (page, opening.group(0))
        assert f'dir="{direction}"' in opening.group(0), (page, opening.group(0))


def test_translated_listing_uses_translation_and_english_facts(multilingual: Path) -> None:
    page = html(multilingual, "ar/services/listening-line/")
    assert AR_SUMMARY in page
    assert "كيف تحصل على المساعدة" in page  # a heading from the Arabic PO catalog
    assert notice(page) == "draft"
    # Facts come from the English listing; numbers never reorder inside Arabic.
    assert 'href="tel:+442079460000"' in page
    assert '<bdi dir="ltr">020 7946 0000</bdi>' in page
    assert '<bdi dir="ltr">N1 9BT</bdi>' in page
    # Untranslated words are shown in English, marked as English.
    assert '<span lang="en" dir="ltr">Volunteers listen to you.' in page
    # Dates in Arabic (Babel): the month is written in Arabic.
    assert "نوفمبر" in page


def test_outdated_translation_says_so_and_links_to_english(multilingual: Path) -> None:
    page = html(multilingual, "ar/services/quiet-group/")
    assert notice(page) == "outdated"
    assert "مجموعة صغيرة." in page
    assert 'href="../../../services/quiet-group/" hreflang="en"' in page


def test_missing_page_falls_back_to_marked_english(multilingual: Path) -> None:
    page = html(multilingual, "ar/explainers/interpreters/")
    assert notice(page) == "missing"
    assert re.search(r'<div lang="en" dir="ltr">\s*<h1', page)


def test_translated_page_and_its_links(multilingual: Path) -> None:
    page = html(multilingual, "ar/explainers/first-appointment/")
    assert "يمكنك إحضار صديق" in page
    assert notice(page) == "draft"
    assert 'href="../interpreters/"' in page  # the page in the same language


def test_reviewed_translation_has_no_notice(multilingual: Path) -> None:
    page = html(multilingual, "bn/services/listening-line/")
    assert BN_SUMMARY in page
    assert notice(page) is None


def test_home_page_in_each_language(multilingual: Path) -> None:
    arabic = html(multilingual, "ar/")
    assert "أين تجد المساعدة" in arabic and notice(arabic) == "draft"
    # The crisis line's number is isolated inside the Arabic sentence.
    assert 'اتصل بالسامريين على <bdi dir="ltr">116 123</bdi>' in arabic
    assert "কোথায় সাহায্য পাবেন" in html(multilingual, "bn/")
    # "Choose your language": every language, named in its own script, same page.
    for link in ('href="../" hreflang="en" lang="en"', 'href="../bn/" hreflang="bn" lang="bn"'):
        assert link in arabic
    assert ">العربية<" in arabic and ">বাংলা<" in arabic


def test_language_chooser_keeps_the_page(multilingual: Path) -> None:
    page = html(multilingual, "ar/services/listening-line/")
    chooser = page.split('class="guide-languages"')[1].split("</details>")[0]
    assert 'href="../../../services/listening-line/" hreflang="en"' in chooser
    assert 'href="../../../bn/services/listening-line/" hreflang="bn"' in chooser
    assert 'href="./" hreflang="ar" lang="ar" dir="rtl" aria-current="true"' in chooser


def test_each_language_has_its_own_search_index(multilingual: Path) -> None:
    site = multilingual / "site"
    english = json.loads((site / "search/search_index.json").read_text())
    arabic = json.loads((site / "ar/search/search_index.json").read_text())
    assert english["docs"] and arabic["docs"]
    assert not any(d["location"].startswith(("ar/", "bn/")) for d in english["docs"])
    assert any(AR_SUMMARY[:10] in d["text"] for d in arabic["docs"])
    assert not any(AR_SUMMARY[:10] in d["text"] for d in english["docs"])
    assert '"base": "../../../ar/"' in html(multilingual, "ar/services/listening-line/")


def test_translations_status_and_check(multilingual: Path) -> None:
    result = guide(multilingual, "translations", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    rows = {line.split()[0]: line for line in result.stdout.splitlines()[2:4]}
    # listings missing/outdated/draft/reviewed and pages, per language
    assert "0/1/1/0" in rows["ar"] and "1/0/1/0" in rows["ar"]
    assert "1/0/0/1" in rows["bn"] and "2/0/0/0" in rows["bn"]


def test_check_finds_broken_placeholders_facts_and_a_stale_pot(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    po = project / "translations/ar/messages.po"
    translate_po(po, {"Confirmed with the service on %(date)s.": "تم التأكيد في %(data)s"})
    listing = project / "translations/ar/services/listening-line.md"
    listing.write_text(listing.read_text().replace("name:", "email: x@example.org\nname:", 1))
    with (project / "services/categories.yaml").open("a") as handle:
        handle.write("- id: new\n  icon: account\n  name: A new tile\n  explanation: New.\n")
    result = guide(project, "translations", "--check")
    assert result.returncode == 1
    errors = result.stderr
    assert re.search(r"translations/ar/messages\.po:\d+: E602 ", errors), errors
    assert re.search(r"translations/ar/services/listening-line\.md:\d+: E605 email: ", errors)
    assert "translations/messages.pot: E603" in errors
    assert "Traceback" not in errors


def test_a_new_language_is_one_command_and_missing_theme_words_are_explained(
    tmp_path: Path,
) -> None:
    project = make_project(tmp_path)
    result = guide(project, "translations", "new", "am")  # Amharic: Material has no words
    assert result.returncode == 0, result.stderr
    assert (project / "translations/am/messages.po").is_file()
    assert "- locale: am" in (project / "mkdocs.yml").read_text()
    built = build(project, project / "site")
    assert built.returncode == 1
    assert "has no interface words for 'am'" in built.stderr
    assert "translations/am/theme.html" in built.stderr
    assert "Traceback" not in built.stderr


def test_review_page_shows_each_translation_beside_the_english(multilingual: Path) -> None:
    review = html(multilingual, "contributing/review/ar")
    assert "Review the Arabic translation" in review
    assert f'<td lang="ar" dir="rtl">{AR_SUMMARY}</td>' in review
    assert "guide translations review ar listening-line --by" in review
    # The English of quiet-group changed after it was translated: the page shows how.
    outdated = review.split('id="item-quiet-group"')[1].split("</section>")[0]
    assert ">outdated<" in outdated
    assert '<del><span class="guide-visually-hidden">removed: </span>to talk.' in outdated
    assert '<ins><span class="guide-visually-hidden">added: </span>on Mondays.' in outdated
    assert "Update the translation first" in outdated
    # The glossary and the interface words are there too; and the status page links here.
    assert 'id="glossary"' in review and 'id="interface"' in review
    status = html(multilingual, "contributing/translation-status")
    assert 'href="../review/ar/"' in status


def test_review_approves_only_translations_of_the_current_english(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    result = guide(
        project, "translations", "review", "ar", "listening-line", "quiet-group",
        "--by", "Fixture Arabic Group",
    )  # fmt: skip
    assert result.returncode == 1
    assert "listening-line.md: reviewed by Fixture Arabic Group on 2026-11-29" in result.stderr
    assert "quiet-group: not approved: quiet-group.md is outdated" in result.stderr
    assert "Traceback" not in result.stderr
    approved = (project / "translations/ar/services/listening-line.md").read_text()
    assert "status: reviewed" in approved and "reviewed_by: Fixture Arabic Group" in approved
    assert "reviewed_on: 2026-11-29" in approved and AR_SUMMARY in approved
    assert "status: draft" in (project / "translations/ar/services/quiet-group.md").read_text()
    assert build(project, project / "site").returncode == 0
    page = html(project, "ar/services/listening-line")
    assert notice(page) is None  # the draft note is gone for the approved listing
    assert notice(html(project, "ar/services/quiet-group")) == "outdated"
    status = html(project, "contributing/translation-status")
    assert "Fixture Arabic Group (2026-11-29)" in status
