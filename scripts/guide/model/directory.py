"""The guide's content as one pure model: listings, categories and crisis lines."""

from __future__ import annotations

from dataclasses import dataclass, field

from .categories import Category
from .crisis import Crisis
from .schema import ServiceFrontMatter


@dataclass(frozen=True)
class Listing:
    """One service: its front matter facts and its Markdown body."""

    meta: ServiceFrontMatter
    body: str
    path: str

    @property
    def id(self) -> str:
        return self.meta.id


@dataclass
class Directory:
    categories: list[Category]
    crisis: Crisis | None
    listings: list[Listing] = field(default_factory=list)

    def category(self, category_id: str) -> Category:
        return next(c for c in self.categories if c.id == category_id)

    def in_category(self, category_id: str) -> list[Listing]:
        """Listings in a category, by name, with those whose main category it is first."""
        found = [item for item in self.listings if category_id in item.meta.categories]
        return sorted(
            found, key=lambda item: (item.meta.categories[0] != category_id, item.meta.name.lower())
        )
