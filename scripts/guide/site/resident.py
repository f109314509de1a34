"""The pages residents use: the home page, one page per category and one per service.

Each function returns a whole page file: its front matter and its body, from one place.
"""

from __future__ import annotations

from ..model.directory import Listing
from ..model.freshness import facts_age, next_check_due
from . import hours, jsonld, routes
from .chrome import Chrome
from .context import Context, body_html
from .listing_view import card_data, checked_sources, hour_rows


class ResidentPages:
    def __init__(self, context: Context) -> None:
        self.context = context
        self.chrome = Chrome(context)

    def all(self) -> dict[str, str]:
        """{file under docs/: content} of every resident page in this language."""
        code = self.context.language.code
        pages = {routes.HOME.file(code): self.home(), routes.NOT_FOUND.file(code): self.not_found()}
        for category in self.context.directory.categories:
            pages[routes.category(category.id).file(code)] = self.category(category.id)
        for listing in self.context.directory.listings:
            pages[routes.service(listing.id).file(code)] = self.service(listing)
        return pages

    def home(self) -> str:
        ui = self.context.interface
        return self.context.page_file(
            (
                self.chrome.notice(ui.state, routes.HOME)
                + self.context.render("home.html", routes.HOME, directory=self.context.directory)
            ),
            title=ui.plain_text("Where to go for help"),
            description=ui.plain_text(
                "Mental health and wellbeing services in Islington, in plain words."
            ),
            hide=["navigation", "toc"],
            guide_page="home",
        )

    def not_found(self) -> str:
        """The page a reader sees at an address that does not exist (404.html)."""
        ui = self.context.interface
        return self.context.page_file(
            (
                self.chrome.notice(ui.state, routes.NOT_FOUND)
                + self.context.render("not_found.html", routes.NOT_FOUND)
            ),
            title=ui.plain_text("Page not found"),
            description=ui.plain_text("This page was not found. Go to the home page."),
            hide=["navigation", "toc"],
            search={"exclude": True},
            guide_page="not-found",
        )

    def category(self, category_id: str) -> str:
        context = self.context
        ui = context.interface
        category = context.directory.category(category_id)
        listings = context.directory.in_category(category_id)
        spoken = sorted(
            {code for item in listings for code in item.meta.languages if code != "en"},
            key=lambda code: ui.language_name_text(code).lower(),
        )
        page = routes.category(category_id)
        return self.context.page_file(
            (
                self.chrome.notice(ui.state, page)
                + context.render(
                    "category.html",
                    page,
                    category=category,
                    listings=listings,
                    spoken=spoken,
                    card=card_data,
                    words=context.words,
                )
            ),
            title=ui.plain_text(category.name),
            description=ui.plain_text(category.explanation),
            hide=["toc"],
            guide_page="category",
        )

    def service(self, listing: Listing) -> str:
        context = self.context
        meta = listing.meta
        words = context.words(listing)
        state = words.state  # a reviewed listing has no draft note, whatever the interface
        page = routes.service(listing.id)
        age = facts_age(meta)
        return self.context.page_file(
            (
                self.chrome.notice(state, page, kind="service")
                + context.render(
                    "service.html",
                    page,
                    words=words,
                    listing=listing,
                    meta=meta,
                    main=context.directory.category(meta.categories[0]),
                    others=[context.directory.category(c) for c in meta.categories[1:]],
                    sources={source.id: source for source in meta.sources},
                    rows=hour_rows(context, listing, words),
                    open_data=hours.open_now_data(meta.schedules),
                    body=words.body(body_html),
                    age=age,
                    contact_sources=checked_sources(listing),
                    stale=age.may_be_out_of_date(context.today),
                    next_due=next_check_due(meta.assured_date),
                    card=card_data(listing),
                    today=context.today,
                )
                + self.structured_data(listing, words.plain("name"), words.plain("summary"))
            ),
            title=words.plain("name"),
            description=words.plain("summary"),
            hide=["toc"],
            guide_page="service",
        )

    def structured_data(self, listing: Listing, name: str, summary: str) -> str:
        """schema.org JSON-LD for the service page (its address in this language)."""
        url = routes.service(listing.id).address(self.context.site, self.context.language)
        data = jsonld.service(listing, name=name, description=summary, url=url)
        return str(jsonld.script(data))  # str: a Markup would escape the page before it
