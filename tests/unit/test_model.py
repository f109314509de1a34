"""The pure model: freshness, languages, the English version of a listing, the directory."""

from __future__ import annotations

import datetime as dt

from guide.model.categories import Category
from guide.model.directory import Directory, Listing
from guide.model.freshness import is_stale, next_check_due
from guide.model.languages import Language, is_known
from guide.model.schema import ServiceFrontMatter
from guide.model.translatable import TEXT_FIELDS, english_words, version_of
from guide.model.translation import State, Translated, TranslationInfo


def listing(listing_id: str, name: str, categories: list[str], **extra: object) -> Listing:
    data = {
        "id": listing_id,
        "name": name,
        "organization": "Org",
        "categories": categories,
        "summary": "A short line.",
        "description": "What it is.",
        "eligibility_description": "Anyone.",
        "application_process": ["Phone them."],
        "url": "https://e.org/",
        "url_source": "s",
        "assured_date": "2026-11-25",
        "sources": [
            {
                "id": "s",
                "title": "T",
                "kind": "website",
                "url": "https://e.org/",
                "checked": "2026-11-25",
            }
        ],
        **extra,
    }
    return Listing(ServiceFrontMatter.model_validate(data), "", f"services/{listing_id}.md")


def test_a_listing_is_stale_the_day_after_its_check_is_due() -> None:
    checked = dt.date(2025, 11, 29)
    assert next_check_due(checked) == dt.date(2026, 11, 29)
    assert not is_stale(checked, dt.date(2026, 11, 29))
    assert is_stale(checked, dt.date(2026, 11, 30))


def test_languages_come_from_babel() -> None:
    assert Language("ar").direction == "rtl" and Language("so").direction == "ltr"
    assert Language("bn").native_name == "বাংলা"
    assert Language("en").prefix == "" and Language("ti").prefix == "ti/"
    assert Language("ar").name_in(Language("en")) == "Arabic"
    assert is_known("ku") and not is_known("xx-nonsense")


def test_category_lists_main_category_first_then_by_name() -> None:
    talk = Category(id="talk", icon="chat-outline", name="Talk", explanation="e")
    women = Category(id="women", icon="human-female", name="Women", explanation="e")
    directory = Directory(
        categories=[talk, women],
        crisis=None,
        listings=[
            listing("b", "Beta", ["women", "talk"]),
            listing("c", "Gamma", ["talk"]),
            listing("a", "Alpha", ["talk"]),
        ],
    )
    assert [i.id for i in directory.in_category("talk")] == ["a", "c", "b"]
    assert directory.category("women") is women


def test_english_words_hold_words_only_and_their_version_follows_them() -> None:
    item = listing("x", "Name", ["talk"], phones=[{"number": "116 123", "source": "s"}])
    words = english_words(item.meta, "Body text.")
    assert set(words) <= {*TEXT_FIELDS, "body", "phones", "locations", "schedules"}
    assert "phones" not in words  # a phone without a description has no words
    before = version_of(words)
    assert before == version_of(dict(reversed(list(words.items()))))  # order does not matter
    words["summary"] = "Another line."
    assert version_of(words) != before and len(before) == 12


def test_translation_state() -> None:
    info = TranslationInfo(english_version="0123456789ab", status="draft")
    assert Translated("p", info, True, {}).state == State.DRAFT
    assert Translated("p", info, False, {}).state == State.OUTDATED
    assert Translated("p", info, True, {}, untouched=True).state == State.MISSING
