"""How each fact was checked, in plain words on the service page and the leaflet, for every
kind of source; and how old a listing's contact details are (no MkDocs, no browser)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from guide.i18n.interface import Interface
from guide.leaflets.pages import LeafletPages
from guide.model.categories import Category
from guide.model.crisis import Crisis
from guide.model.directory import Directory, Listing
from guide.model.freshness import facts_age, period_end
from guide.model.languages import Language
from guide.model.schema import ServiceFrontMatter
from guide.site.context import Context
from guide.site.resident import ResidentPages
from guide.site.routes import Site

TODAY = dt.date(2026, 11, 29)
CRISIS = Crisis.model_validate(
    {
        "checked": "2026-11-25",
        "options": [
            {
                "id": "shout",
                "sms": "85258",
                "sms_body": "SHOUT",
                "title": "Text SHOUT to 85258",
                "text": "If you would rather text.",
                "source": {
                    "id": "s",
                    "title": "Shout",
                    "kind": "website",
                    "url": "https://example.org/shout",
                    "checked": "2026-11-25",
                },
            }
        ],
    }
)


def source(source_id: str, kind: str, **extra: Any) -> dict[str, Any]:
    found = {"id": source_id, "title": f"{source_id} title", "kind": kind, "checked": "2026-11-01"}
    if kind != "service":
        found["url"] = f"https://example.org/{source_id}"
    return found | extra


def listing(sources: list[dict[str, Any]], **facts: Any) -> Listing:
    data = {
        "id": "x",
        "name": "Example Service",
        "organization": "Example",
        "categories": ["talk"],
        "summary": "A short line.",
        "description": "What it is.",
        "eligibility_description": "Anyone.",
        "application_process": ["Phone them."],
        "assured_date": "2026-11-01",
        "sources": sources,
        **facts,
    }
    return Listing(ServiceFrontMatter.model_validate(data), "", "services/x.md")


def pages(item: Listing) -> tuple[str, str]:
    directory = Directory(
        categories=[Category(id="talk", icon="chat-outline", name="Talk", explanation="e")],
        crisis=CRISIS,
        listings=[item],
    )
    context = Context(
        directory,
        Site(report_url="https://r.example/", exit_url="https://e.example/"),
        Interface(Language("en")),
        today=TODAY,
    )
    return ResidentPages(context).service(item), LeafletPages(context).service(item)


def test_each_kind_of_source_says_how_it_was_checked() -> None:
    item = listing(
        [
            source("web", "website", archived=True, published="2024"),
            source("nhs", "directory", about="2019"),
            source("news", "third-party"),
            source("call", "service", confirmed_by="Manager, Example", how="email"),
        ],
        url="https://example.org/",
        url_source="web",
        email="hello@example.org",
        email_source="news",
        phones=[{"number": "020 7946 0000", "source": "call"}],
        locations=[
            {"address": {"address_1": "1 Street", "postal_code": "N1 9BT"}, "source": "nhs"}
        ],
    )
    page, leaflet = pages(item)
    assert "From the service&#39;s website (2024), read on 1 November 2026." in page
    assert "We read a stored copy of the page." in page
    assert "From an official directory (about 2019), read on 1 November 2026." in page
    assert "From another organisation or a news report (no date shown)" in page
    assert "Manager, Example: Confirmed with the service by email on 1 November 2026." in page
    assert "Some details were confirmed with the service on 1 November 2026." in page
    # Old and undated facts carry a note beside them, on the page and on the leaflet.
    assert "This is from 2019. It may have changed." in page
    assert "This source shows no date. It may have changed." in page
    assert "This is from 2019. It may have changed." in leaflet  # the address
    assert "This source shows no date. It may have changed." in leaflet  # the email
    assert "Some details were confirmed with the service on 1 November 2026." in leaflet
    # Undated contact details: the page says it may be out of date, without JavaScript.
    banner = page.split('guide-stale"')[1].split(">")[0]
    assert "hidden" not in banner
    assert "We do not know how old some of these details are." in page


def test_never_says_confirmed_when_nobody_confirmed() -> None:
    item = listing(
        [source("web", "website", published="2025")],
        phones=[{"number": "020 7946 0000", "source": "web"}],
    )
    page, leaflet = pages(item)
    for text in (page, leaflet):
        assert "Not yet confirmed with the service." in text
        assert "Confirmed with the service on" not in text
        assert "From the service&#39;s website (2025), read on 1 November 2026." in text
    assert "hidden" in page.split('guide-stale"')[1].split(">")[0]  # 2025: not out of date


def test_four_year_old_contact_details_may_be_out_of_date() -> None:
    item = listing(
        [source("old", "website", published="2022-10")],
        phones=[{"number": "020 7946 0000", "source": "old"}],
    )
    age = facts_age(item.meta)
    assert age.oldest == dt.date(2022, 10, 31)
    assert age.may_be_out_of_date(TODAY)
    assert not age.may_be_out_of_date(dt.date(2025, 10, 31))
    page, leaflet = pages(item)
    assert "hidden" not in page.split('guide-stale"')[1].split(">")[0]
    assert "Some of these details are from 2022." in page
    assert "This is from 2022. It may have changed." in leaflet


def test_a_confirmation_makes_details_current() -> None:
    item = listing(
        [
            source("old", "website", published="2010"),
            source("call", "service", confirmed_by="Reception", how="phone", checked="2026-10-01"),
        ],
        phones=[{"number": "020 7946 0000", "source": "call"}],
    )
    age = facts_age(item.meta)
    assert age.confirmed == dt.date(2026, 10, 1) and not age.may_be_out_of_date(TODAY)
    page, leaflet = pages(item)
    assert "Confirmed with the service on 1 October 2026." in page
    assert "Not yet confirmed" not in page and "Not yet confirmed" not in leaflet


@pytest.mark.parametrize(
    ("shown", "end"),
    [("2020", dt.date(2020, 12, 31)), ("2024-02", dt.date(2024, 2, 29)), ("2021-07-16", None)],
)
def test_a_partial_date_means_its_last_day(shown: str, end: dt.date | None) -> None:
    assert period_end(shown) == (end or dt.date.fromisoformat(shown))


def test_text_lines_in_the_crisis_box_link_to_a_text_message() -> None:
    item = listing(
        [source("web", "website", published="2025")], url="https://e.org/", url_source="web"
    )
    directory = Directory(categories=[], crisis=CRISIS, listings=[item])
    context = Context(
        directory, Site(report_url="r", exit_url="e"), Interface(Language("en")), today=TODAY
    )
    from guide.site.chrome import Chrome  # noqa: PLC0415

    box = Chrome(context).crisis_box()
    assert 'href="sms:85258?body=SHOUT"' in box and "Text SHOUT to 85258" in box
