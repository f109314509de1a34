"""Checks that catch a changed meaning in a translation: numbers, length, avoided words."""

from __future__ import annotations

from guide.checking.frontmatter import Document
from guide.checking.meaning import check_meaning, numbers
from guide.model.glossary import Glossary

DOC = Document(data={}, lines={("summary",): 5, ("phones", 0, "description"): 9})


def codes(words: dict[str, object], english: dict[str, object], **kw: object) -> list[str]:
    found = check_meaning(words, english, DOC, "translations/es/services/x.md", **kw)  # type: ignore[arg-type]
    return [p.format() for p in found]


def test_the_same_number_with_the_languages_separators_passes() -> None:
    english = {"summary": "It has helped 20,000 people since 1990."}
    assert codes({"summary": "Ha ayudado a 20.000 personas desde 1990."}, english) == []
    assert codes({"summary": "Ha ayudado a 20 000 personas desde 1990."}, english) == []
    arabic_digits = "\u0662\u0660\u066c\u0660\u0660\u0660"  # 20,000 in Arabic-Indic digits
    assert numbers(arabic_digits) == {20000} and numbers("১১৬ ১২৩") == {116123}


def test_a_changed_number_is_an_error_naming_the_line_and_field() -> None:
    english = {"summary": "It has helped 20,000 people since 1990."}
    (line,) = codes({"summary": "Ha ayudado a 2.000 personas desde 1990."}, english)
    assert line.startswith("translations/es/services/x.md:5: E609 summary: ")
    assert "the number(s) 2000" in line and "20000" in line


def test_times_may_be_written_on_the_24_hour_clock() -> None:
    english = {"phones": [{"description": "Monday to Friday, 9am to 5pm"}]}
    ok = {"phones": [{"description": "De lunes a viernes, de 09:00 a 17:00"}]}
    assert codes(ok, english) == []
    wrong = {"phones": [{"description": "De lunes a viernes, de 09:00 a 18:00"}]}
    (line,) = codes(wrong, english)
    assert ":9: E609 phones.0.description:" in line and "18" in line


def test_a_much_shorter_translation_is_flagged_for_review() -> None:
    english = {"summary": "A long sentence that says a great deal about what the service does."}
    (line,) = codes({"summary": "Corto."}, english)
    assert "W610 summary" in line


def test_a_word_the_glossary_avoids_is_named() -> None:
    glossary = Glossary.model_validate(
        {"terms": [{"english": "free", "word": "gratuito", "avoid": ["gratis"]}]}
    )
    english = {"summary": "It is free and you can go on your own."}
    (line,) = codes({"summary": "Es gratis y puede ir solo."}, english, glossary=glossary)
    assert 'W611 summary: "gratis" is a word the glossary says not to use for "free"' in line
