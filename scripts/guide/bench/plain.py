"""The baseline: a plain Material site with as many pages as the guide, in as many languages.

Stock `material` theme (no fonts; overrides only for Material's words in languages it lacks),
the `search` plugin and mkdocs-static-i18n (`docs_structure: suffix`, every page
translated), and a lean nav: the home page and six
category pages; the service pages are linked from their category page only. Each service page
holds the words of a real listing (name, summary, description, steps) as plain Markdown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .synthetic import split_listing

CATEGORIES = 6
CONFIG = """site_name: Plain Material baseline
site_url: https://example.org/
theme:
  name: material
  custom_dir: overrides
  font: false
extra:
  generator: false
plugins:
  - search
  - i18n:
      docs_structure: suffix
      fallback_to_default: true
      languages:
{languages}
nav:
  - Home: index.md
{nav}
not_in_nav: |
  /services/
"""


def _service_page(data: dict[str, Any], number: int) -> str:
    steps = data.get("application_process") or []
    lines = [f"# {data['name']} {number}", "", str(data.get("summary", "")), ""]
    lines += [str(data.get("description", "")), "", "## Who it is for", ""]
    lines += [str(data.get("eligibility_description", "")), "", "## How to get help", ""]
    lines += [f"- {step}" for step in steps if isinstance(steps, list)]
    return "\n".join(lines) + "\n"


def make_plain(source: Path, dest: Path, pages: int, codes: list[str]) -> Path:
    """A plain Material site at ``dest`` with ``pages`` pages in each of ``codes``."""
    docs = dest / "docs"
    (docs / "services").mkdir(parents=True)
    models = [
        split_listing(p.read_text(encoding="utf-8"))[0]
        for p in sorted((source / "services").glob("*.md"))
    ]
    services = max(pages - 1 - CATEGORIES, 1)
    links: dict[int, list[str]] = {n: [] for n in range(CATEGORIES)}
    files: dict[str, str] = {}
    for number in range(services):
        data = models[number % len(models)]
        files[f"services/s{number}"] = _service_page(data, number)
        links[number % CATEGORIES].append(f"- [{data['name']} {number}](services/s{number}.md)")
    for n in range(CATEGORIES):
        files[f"category-{n}"] = f"# Category {n}\n\n" + "\n".join(links[n]) + "\n"
    files["index"] = "# Home\n\n" + "\n".join(
        f"- [Category {n}](category-{n}.md)" for n in range(CATEGORIES)
    )
    for name, text in files.items():
        for code in codes:
            suffix = ".md" if code == codes[0] else f".{code}.md"
            (docs / f"{name}{suffix}").write_text(text, encoding="utf-8")
    languages = "\n".join(
        f"        - locale: {code}\n          name: {code}\n          build: true"
        + ("\n          default: true" if code == codes[0] else "")
        for code in codes
    )
    nav = "\n".join(f"  - category-{n}.md" for n in range(CATEGORIES))
    _theme_words(source, dest, codes)
    config = CONFIG.format(languages=languages, nav=nav)
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    return dest


def _theme_words(source: Path, dest: Path, codes: list[str]) -> None:
    """Material's words for the languages it does not ship (so, ku, ti): the same files the
    guide gives it (translations/<code>/theme.html); without them Material cannot build."""
    folder = dest / "overrides" / "partials" / "languages"
    folder.mkdir(parents=True)
    for code in codes:
        words = source / "translations" / code / "theme.html"
        if words.is_file():
            (folder / f"{code}.html").write_text(words.read_text(encoding="utf-8"))
