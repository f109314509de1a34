"""Direction isolation of numbers, addresses and Latin words, without a browser."""

from __future__ import annotations

from guide.i18n.bidi import english, isolate, isolate_html


def test_numbers_and_latin_words_are_isolated_in_right_to_left_html() -> None:
    html = (
        '<p>اتصل على 116 123 أو 020 7946 0000 (LGBTQ+) NHS 111 <a href="tel:116123">N1 9BT</a>'
        ' <bdi dir="ltr">0800 123 4567</bdi></p>'
    )
    out = isolate_html(html, latin=True)
    assert '<bdi dir="ltr">116 123</bdi>' in out
    assert '<bdi dir="ltr">020 7946 0000</bdi>' in out
    assert "(<bdi>LGBTQ+</bdi>)" in out and "<bdi>NHS 111</bdi>" in out
    assert 'href="tel:116123"' in out  # attributes untouched
    assert out.count("0800 123 4567") == 1 and "<bdi><bdi" not in out
    assert "LGBTQ+" in isolate_html(html) and "<bdi>LGBTQ+" not in isolate_html(html)


def test_a_word_is_never_cut_before_a_combining_mark() -> None:
    # The virama in Hindi (U+094D) is a combining mark, not a left-to-right letter: cutting
    # before it drew it alone, on a dotted circle (the Nu checker warned on the chooser).
    assert isolate_html("<p>هندی (हिन्दी)</p>", latin=True) == "<p>هندی (<bdi>हिन्दी</bdi>)</p>"


def test_plain_text_is_escaped_before_isolating() -> None:
    assert (
        str(isolate("<b>Call 116 123</b>"))
        == '&lt;b&gt;Call <bdi dir="ltr">116 123</bdi>&lt;/b&gt;'
    )


def test_emails_postcodes_and_web_addresses_never_reorder() -> None:
    out = str(isolate("Write to jo@samaritans.org or go to N7 9DP, www.example.org/a."))
    assert '<bdi dir="ltr">jo@samaritans.org</bdi>' in out
    assert '<bdi dir="ltr">N7 9DP</bdi>' in out
    assert '<bdi dir="ltr">www.example.org/a</bdi>.' in out


def test_text_inside_an_ltr_element_is_left_alone() -> None:
    html = '<p dir="ltr">Islington Mind</p><p>مرحبا Islington Mind</p>'
    out = isolate_html(html, latin=True)
    assert out.startswith('<p dir="ltr">Islington Mind</p>')
    assert "<bdi>Islington Mind</bdi>" in out


def test_english_inside_another_language_is_marked() -> None:
    assert (
        str(english("Call 111")) == '<span lang="en" dir="ltr">Call <bdi dir="ltr">111</bdi></span>'
    )
