"""Pages escape listing text, and the field reference documents every field (no MkDocs,
no browser)."""

from __future__ import annotations

import datetime as dt

from guide.i18n.interface import Interface
from guide.model.categories import Category
from guide.model.directory import Directory, Listing
from guide.model.languages import Language
from guide.model.schema import MODELS, ServiceFrontMatter, Source
from guide.site.context import Context, body_html
from guide.site.fieldref import field_reference, undocumented
from guide.site.resident import ResidentPages
from guide.site.routes import Site


def test_every_field_is_documented() -> None:
    assert undocumented() == []


def test_field_reference_lists_every_field() -> None:
    page = field_reference()
    for model in MODELS:
        for name in model.model_fields:
            term = f'<dt id="field-{model.__name__.lower()}-{name}"><code>{name}</code></dt>'
            assert term in page, f"{model.__name__}.{name} missing from reference"


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
        sources=[
            Source(
                id="s",
                title="<t>",
                kind="website",
                url="https://example.org/",
                checked=dt.date(2026, 1, 1),
            )
        ],
    )
    directory = Directory(
        categories=[Category(id="talk", icon="chat-outline", name="Talk", explanation="e")],
        crisis=None,
        listings=[Listing(meta=meta, body="", path="services/x.md")],
    )
    context = Context(
        directory,
        Site(report_url="https://r.example/", exit_url="https://e/"),
        Interface(Language("en")),
        today=dt.date(2026, 11, 29),
    )
    _, _front_matter, html = ResidentPages(context).service(directory.listings[0]).split("---\n", 2)
    for raw in ("<img src=x", "<script>s()", "<b>Org", "<i>all", "<a href='javascript", "<t>"):
        assert raw not in html
    assert "&lt;script&gt;s()&lt;/script&gt;" in html
    assert "a &amp; b" in html
