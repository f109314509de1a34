"""The renderer escapes listing text, links pages correctly and documents every field."""

from __future__ import annotations

import datetime as dt

import pytest

from guide.categories import Category
from guide.directory import Directory, Listing
from guide.fieldref import field_reference, undocumented
from guide.render import Renderer, Site, body_html, relative
from guide.schema import MODELS, ServiceFrontMatter, Source
from guide.words import isolate, isolate_html


def test_every_field_is_documented() -> None:
    assert undocumented() == []


def test_field_reference_lists_every_field() -> None:
    page = field_reference()
    for model in MODELS:
        for name in model.model_fields:
            assert f"| `{name}` |" in page, f"{model.__name__}.{name} missing from reference"


@pytest.mark.parametrize(
    ("target", "current", "expected"),
    [
        ("help/talk/", "", "help/talk/"),
        ("help/talk/", "services/samaritans/", "../../help/talk/"),
        ("", "help/talk/", "../../"),
        ("services/a/", "services/b/", "../a/"),
    ],
)
def test_relative_links(target: str, current: str, expected: str) -> None:
    assert relative(target, current) == expected


def test_markdown_body_never_passes_html_through() -> None:
    html = body_html('Hello <script>alert(1)</script> &amp; <b onclick="x">bold</b>')
    assert "<script>" not in html and "<b " not in html
    assert "&lt;script&gt;" in html


def test_listing_text_is_escaped_even_if_validation_were_bypassed() -> None:
    # model_construct skips validation, as if a bad listing slipped through.
    meta = ServiceFrontMatter.model_construct(
        id="x",
        name='<img src=x onerror="alert(1)">',
        organization="<b>Org</b>",
        status="active",
        categories=["talk"],
        audiences=[],
        summary="<script>s()</script>",
        description="a & b",
        eligibility_description="<i>all</i>",
        application_process=["<a href='javascript:x'>go</a>"],
        what_to_expect=[],
        self_referral=None,
        free=None,
        fees_description=None,
        cost_options=[],
        cost_source=None,
        interpretation_services=None,
        interpreter=None,
        languages=[],
        languages_source=None,
        community_building=None,
        url=None,
        url_source=None,
        email=None,
        email_source=None,
        phones=[],
        locations=[],
        schedules=[],
        alert=None,
        contact_note=None,
        minimum_age=None,
        maximum_age=None,
        assured_date=dt.date(2026, 1, 1),
        assured_by="t",
        sources=[
            Source(id="s", title="<t>", url="https://example.org/", checked=dt.date(2026, 1, 1))
        ],
    )
    directory = Directory(
        categories=[Category(id="talk", icon="chat-outline", name="Talk", explanation="e")],
        crisis=None,
        listings=[Listing(meta=meta, body="", path="services/x.md")],
    )
    html = Renderer(
        directory, Site(report_url="https://r.example/", exit_url="https://e/")
    ).service(directory.listings[0])
    for raw in ("<img src=x", "<script>s()", "<b>Org", "<i>all", "<a href='javascript", "<t>"):
        assert raw not in html
    assert "&lt;script&gt;s()&lt;/script&gt;" in html
    assert "a &amp; b" in html


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
    # Plain text is escaped before isolating.
    assert (
        str(isolate("<b>Call 116 123</b>"))
        == '&lt;b&gt;Call <bdi dir="ltr">116 123</bdi>&lt;/b&gt;'
    )
