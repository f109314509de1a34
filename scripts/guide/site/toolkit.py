"""The generated pages for services and commissioners (English): the coverage report and the
self-audit and action plan. The other toolkit pages are hand-written under docs/toolkit/."""

from __future__ import annotations

import json

from markupsafe import Markup

from ..model.audit import Audit
from . import routes
from .context import Context
from .coverage import Coverage, coverage_csv
from .files import front_matter


class ToolkitPages:
    def __init__(self, context: Context) -> None:
        self.context = context  # English

    def all(self, audit: Audit | None, report: Coverage) -> dict[str, str]:
        pages = {
            routes.COVERAGE.src: self.coverage(report),
            routes.COVERAGE_CSV: coverage_csv(report),
        }
        if audit is not None:
            pages[routes.SELF_AUDIT.src] = self.self_audit(audit)
        return pages

    def coverage(self, report: Coverage) -> str:
        directory = self.context.directory

        def category_name(category_id: str) -> str:
            return directory.category(category_id).name

        body = self.context.render(
            "coverage.html",
            routes.COVERAGE,
            report=report,
            total=report.total,
            today=self.context.today,
            category_name=category_name,
            plain=str,
        )
        return self.context.page_file(
            body,
            title="What the guide's services cover",
            description="Services by need, languages, access and groups, counted from what "
            "the listings say the services offer.",
            hide=["toc"],
            toolkit=True,
        )

    def self_audit(self, audit: Audit) -> str:
        statements = [
            {"area": area.area, "id": s.id, "text": s.text, "source": s.source}
            for area in audit.areas
            for s in area.statements
        ]
        # JSON inside <script>: "<" escaped so the data can never close the tag.
        data = json.dumps(statements, ensure_ascii=False).replace("<", "\\u003c")
        return front_matter(
            title="Self-audit and action plan",
            description="Answer statements written from the toolkit, choose your pledges, "
            "export and print your action plan. Nothing leaves your browser.",
            toolkit=True,
            guide_page="self-audit",
        ) + self.context.render(
            "self_audit.html", routes.SELF_AUDIT, audit=audit, statements_json=Markup(data)
        )
