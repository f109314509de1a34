"""Every generated page of the guide, in every language: the page families put together.

    resident pages (site.resident)  home, categories, services
    leaflets (leaflets.pages)       one per service and category, an overview, "Print a leaflet"
    translated pages (site.translated)
    contributor pages (site.contributor)  field reference, "Help translate"
    review pages (site.review)      each language beside the English, for reviewers
    toolkit pages (site.toolkit, English)  coverage report, self-audit

The result is {file under docs/: content}; ``site.files.write_pages`` writes it.
The page families of each language are rendered in parallel (forked worker processes, one
per core) when the guide is large enough for that to pay; the result is the same.
"""

from __future__ import annotations

import datetime as dt

from . import workers
from .i18n.interface import Interface
from .leaflets.pages import LeafletPages
from .model.audit import Audit
from .model.directory import Directory
from .model.languages import Language
from .model.translation import LanguagePack
from .site.context import Context
from .site.contributor import contributor_pages
from .site.coverage import coverage
from .site.resident import ResidentPages
from .site.review import ReviewPages
from .site.routes import Site
from .site.toolkit import ToolkitPages
from .site.translated import TranslatedPages


def contexts(
    directory: Directory,
    site: Site,
    languages: list[Language],
    packs: dict[str, LanguagePack],
    *,
    today: dt.date,
) -> dict[str, Context]:
    """One rendering context per language, English first."""
    return {
        language.code: Context(
            directory,
            site,
            Interface(language, packs.get(language.code)),
            languages=languages,
            today=today,
        )
        for language in languages
    }


def generated_pages(
    contexts: list[Context],
    *,
    status: str = "",
    audit: Audit | None = None,
    english_pages: dict[str, str] | None = None,
) -> dict[str, str]:
    """Every generated page in every language (the first context is English), the
    contributor pages (with a review page per language) and (given the statements) the
    toolkit's pages."""
    pages = language_pages(contexts)
    pages |= contributor_pages(status)
    english = contexts[0]
    packs = [context.pack for context in contexts[1:] if context.pack is not None]
    pages |= ReviewPages(english, english_pages or {}).all(packs)
    community = [context.language.code for context in contexts[1:]]
    report = coverage(english.directory, community, english.today)
    pages |= ToolkitPages(english).all(audit, report)
    return pages


FAMILIES = (ResidentPages, LeafletPages, TranslatedPages)
HEAVIEST_FIRST = (1, 0, 2)
#: Listings x languages from which the families are rendered in worker processes.
PARALLEL_FROM = 200


def language_pages(contexts: list[Context]) -> dict[str, str]:
    """The resident pages, leaflets and translated pages of every language, in this order."""
    # The heaviest first (leaflets, then resident pages), so that no worker is left alone
    # with a long task at the end.
    tasks = [(index, family) for family in HEAVIEST_FIRST for index in range(len(contexts))]

    def render(task: tuple[int, int]) -> dict[str, str]:
        index, family = task
        return FAMILIES[family](contexts[index]).all()

    size = sum(len(context.directory.listings) for context in contexts)
    if size >= PARALLEL_FROM and workers.can_fork():
        results = workers.map_forked(render, tasks)
    else:
        results = [render(task) for task in tasks]
    pages: dict[str, str] = {}
    for _task, result in sorted(zip(tasks, results, strict=True), key=lambda pair: pair[0]):
        pages |= result  # each language's resident pages, leaflets and translated pages
    return pages
