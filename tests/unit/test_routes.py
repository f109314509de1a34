"""Page identity: one page, one address, in every language."""

from __future__ import annotations

import pytest

from guide.model.languages import Language
from guide.site import routes
from guide.site.routes import Page, Site, page_url, relative


@pytest.mark.parametrize(
    ("src", "url"),
    [
        ("index.md", ""),
        ("help/talk.md", "help/talk/"),
        ("leaflets/index.md", "leaflets/"),
        ("services/samaritans.md", "services/samaritans/"),
    ],
)
def test_page_url(src: str, url: str) -> None:
    assert page_url(src) == url


def test_each_page_has_one_file_per_language() -> None:
    page = routes.category("talk")
    assert page.file("en") == "help/talk.md"
    assert page.file("ar") == "help/talk.ar.md"
    assert routes.HOME.file("so") == "index.so.md"


def test_full_address_for_qr_codes() -> None:
    site = Site(report_url="https://r/", exit_url="https://e/", url="https://guide.example/")
    assert routes.service("x").address(site, Language("en")) == "https://guide.example/services/x/"
    assert routes.HOME.address(site, Language("ar")) == "https://guide.example/ar/"


def test_leaflets_sit_beside_the_page_they_print() -> None:
    assert routes.service_leaflet("x") == Page("leaflets/services/x.md")
    assert routes.pdf_name(routes.OVERVIEW_SLUG, "bn") == "where-to-go-for-help-bn.pdf"


@pytest.mark.parametrize(
    ("target", "current", "expected"),
    [
        ("help/talk/", "", "help/talk/"),
        ("help/talk/", "services/samaritans/", "../../help/talk/"),
        ("", "help/talk/", "../../"),
        ("services/a/", "services/b/", "../a/"),
        ("", "", "./"),
    ],
)
def test_relative_links(target: str, current: str, expected: str) -> None:
    assert relative(target, current) == expected
