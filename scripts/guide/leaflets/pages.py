"""The printable leaflets of one language: one per service, one per category, an overview,
and the "Print a leaflet" page that lists them. Each is a whole page file (front matter and
body); leaflets use their own page template (leaflets/theme/leaflet.html)."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from ..model.directory import Listing
from ..model.freshness import facts_age
from ..site import routes
from ..site.context import Context
from ..site.listing_view import card_data, checked_sources, hour_rows
from ..site.routes import Page, pdf_name, relative
from .qr import qr_svg

LEAFLET = {"template": "leaflet.html", "search": {"exclude": True}, "guide_page": "leaflet"}


class LeafletPages:
    def __init__(self, context: Context) -> None:
        self.context = context
        self.code = context.language.code

    def all(self) -> dict[str, str]:
        """{file under docs/: content} of every leaflet page in this language."""
        directory = self.context.directory
        pages = {
            routes.LEAFLETS.file(self.code): self.index(),
            routes.OVERVIEW_LEAFLET.file(self.code): self.overview(),
        }
        for category in directory.categories:
            pages[routes.category_leaflet(category.id).file(self.code)] = self.category(category.id)
        for listing in directory.listings:
            pages[routes.service_leaflet(listing.id).file(self.code)] = self.service(listing)
        return pages

    def _page(self, front: dict[str, str], template: str, page: Page, **context: Any) -> str:
        """A leaflet's page file (its own page template, not in search)."""
        directory = self.context.directory
        shared = {"crisis": directory.crisis, "today": self.context.today, "qr": qr_svg}
        body = self.context.render(template, page, **(shared | context))
        return self.context.page_file(body, **front, **LEAFLET)

    def service(self, listing: Listing) -> str:
        meta = listing.meta
        words = self.context.words(listing)
        return self._page(
            {"title": words.plain("name"), "description": words.plain("summary")},
            "leaflet_service.html",
            routes.service_leaflet(listing.id),
            words=words,
            meta=meta,
            main=self.context.directory.category(meta.categories[0]),
            rows=hour_rows(self.context, listing, words),
            card=card_data(listing),
            sources={source.id: source for source in meta.sources},
            age=facts_age(meta),
            contact_sources=checked_sources(listing),
            pdf=pdf_name(listing.id, self.code),
            page_address=routes.service(listing.id).address(
                self.context.site, self.context.language
            ),
        )

    def category(self, category_id: str) -> str:
        ui = self.context.interface
        directory = self.context.directory
        category = directory.category(category_id)
        return self._page(
            {
                "title": ui.plain_text(category.name),
                "description": ui.plain_text(category.explanation),
            },
            "leaflet_list.html",
            routes.category_leaflet(category_id),
            title=ui.gettext(category.name),
            title_icon=category.icon,
            lead=ui.gettext(category.explanation),
            groups=[(category, directory.in_category(category_id))],
            pdf=pdf_name(category_id, self.code),
            page_address=routes.category(category_id).address(
                self.context.site, self.context.language
            ),
            words=self.context.words,
        )

    def overview(self) -> str:
        ui = self.context.interface
        directory = self.context.directory
        # One page: the services you can phone, under their main need; the QR code leads to
        # every service in the guide.
        groups = [
            (
                category,
                [
                    i
                    for i in directory.listings
                    if i.meta.categories[0] == category.id and i.meta.phones
                ],
            )
            for category in directory.categories
        ]
        return self._page(
            {"title": ui.plain_text("Where to go for help")},
            "leaflet_list.html",
            routes.OVERVIEW_LEAFLET,
            title=ui.gettext("Where to go for help"),
            title_icon="lifebuoy",
            lead=ui.gettext(
                "Services you can phone. Scan the code for every service in the guide."
            ),
            groups=[(category, items) for category, items in groups if items],
            pdf=pdf_name(routes.OVERVIEW_SLUG, self.code),
            page_address=routes.HOME.address(self.context.site, self.context.language),
            words=self.context.words,
        )

    def index(self) -> str:
        """The "Print a leaflet" page: every leaflet in this language."""
        ui = self.context.interface
        directory = self.context.directory
        here = routes.LEAFLETS.url

        def item(page: Page, name: Markup | str, icon_name: str, slug: str) -> dict[str, Any]:
            html = relative(page.url, here)
            return {
                "name": name,
                "icon": icon_name,
                "html": html,
                "pdf": html + pdf_name(slug, self.code),
            }

        listings = sorted(
            directory.listings, key=lambda i: self.context.words(i).plain("name").lower()
        )
        return self.context.page_file(
            self.context.render(
                "leaflets_index.html",
                routes.LEAFLETS,
                overview=item(
                    routes.OVERVIEW_LEAFLET,
                    ui.gettext("Where to go for help"),
                    "lifebuoy",
                    routes.OVERVIEW_SLUG,
                ),
                categories=[
                    item(routes.category_leaflet(c.id), ui.gettext(c.name), c.icon, c.id)
                    for c in directory.categories
                ],
                services=[
                    item(
                        routes.service_leaflet(i.id),
                        self.context.words(i)("name"),
                        directory.category(i.meta.categories[0]).icon,
                        i.id,
                    )
                    for i in listings
                ],
            ),
            title=ui.plain_text("Print a leaflet"),
            description=ui.plain_text(
                "One-page leaflets to print for residents, in every language."
            ),
            hide=["toc"],
            guide_page="leaflets",
        )
