"""`guide translations`: status, checks and scaffolding for translators.

guide translations                 a table of every language
guide translations --language ar   every listing and page in one language, with its state
guide translations --check         fail on broken PO files, placeholders, a stale .pot,
                                   a stale language list in mkdocs.yml, or bad files
guide translations update          refresh messages.pot, every messages.po and mkdocs.yml
guide translations new xx          start a new language
guide translations start xx NAME   a ready-to-translate copy of a listing or page
guide translations review xx ITEM... --by "Name, Organisation"
                                   approve translations a community reviewer checked
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..checking import catalogs as checked
from ..checking.problems import Code, Problem, problem, report
from ..checking.project import Project, load_project
from ..i18n import catalogs as catalog
from ..i18n import scaffold, snapshots
from ..i18n.status import LanguageStatus, project_statuses, table
from ..model.languages import Language, is_known
from ..model.translatable import english_words
from ..model.translation import PO, POT
from .review_cli import add_review_command


def add_translations_command(commands: Any) -> None:
    parser = commands.add_parser(
        "translations",
        help="translation status, checks and scaffolding",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--check", action="store_true", help="exit 1 on any problem")
    parser.add_argument("--language", help="list every listing and page for one language")
    parser.set_defaults(run=cmd_status)
    actions = parser.add_subparsers(dest="action")
    update = actions.add_parser("update", help="refresh messages.pot, messages.po, mkdocs.yml")
    update.set_defaults(run=cmd_update)
    new = actions.add_parser("new", help="start a new language, e.g. `new ur`")
    new.add_argument("code", help="two-letter ISO 639-1 code")
    new.set_defaults(run=cmd_new)
    start = actions.add_parser("start", help="copy a listing or page, ready to translate")
    start.add_argument("code")
    start.add_argument("name", help="a listing id (samaritans) or page (explainers/link-workers)")
    start.add_argument("--force", action="store_true", help="overwrite an existing file")
    start.set_defaults(run=cmd_start)
    add_review_command(actions)


def check_problems(project: Project) -> list[Problem]:
    """Problems only `--check` looks for: a stale .pot and a stale mkdocs.yml language list."""
    root = project.root
    found = []
    pot_path = root / "translations" / POT
    current = catalog.template(root)
    saved, _unreadable = checked.read(pot_path, "translations/messages.pot", "en")
    if saved is None or catalog.message_ids(saved) != catalog.message_ids(current):
        found.append(problem("translations/messages.pot", 0, Code.E603))
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    try:
        if scaffold.synced_mkdocs(text, project.languages) != text:
            found.append(problem("mkdocs.yml", 0, Code.E608))
    except ValueError:
        found.append(problem("mkdocs.yml", 0, Code.E608))
    return found


def statuses_of(project: Project) -> tuple[list[LanguageStatus], dict[str, str]]:
    pot = catalog.template(project.root)
    return project_statuses(project.packs, project.loaded.directory, project.english or {}, pot)


def cmd_status(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    project = load_project(root)
    statuses, versions = statuses_of(project)
    print(table(statuses))
    if args.language:
        show_language(project, args.language, versions)
    problems = [p for p in project.problems if p.path.startswith("translations/")]
    if args.check:
        problems += check_problems(project)
    lines, failed = report(problems)
    for line in lines:
        print(line, file=sys.stderr)
    print(f"{len(problems)} translation problem(s)", file=sys.stderr)
    return 1 if args.check and failed else 0


def show_language(project: Project, code: str, versions: dict[str, str]) -> None:
    """Every file of one language: its state and the english_version a translation of the
    current English records (``versions`` from status.project_statuses)."""
    pack = project.packs.get(code)
    if pack is None:
        print(f"There is no translations/{code}/ folder. Start it: guide translations new {code}")
        return
    print(
        f"\n{pack.language.english_name}: state, file, and the english_version to write "
        "when you update a translation"
    )
    for key, version in versions.items():
        kind, name = key.split("/", 1)
        if kind == "services":
            state = pack.listing_state(name.removesuffix(".md"))
        else:
            state = pack.page_state(name)
        print(f"  {state:9} translations/{code}/{key}  {version}")


def cmd_update(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    pot = catalog.template(root)
    pot_path = root / "translations" / POT
    pot_path.parent.mkdir(exist_ok=True)
    _write(pot_path, catalog.pot_text(pot))
    project = load_project(root)
    for code, pack in project.packs.items():
        if pack.catalog is None:
            continue
        _write(
            root / "translations" / code / PO,
            catalog.po_text(catalog.updated(pack.catalog, pot)),
        )
    mkdocs = root / "mkdocs.yml"
    _write(mkdocs, scaffold.synced_mkdocs(mkdocs.read_text(encoding="utf-8"), project.languages))
    _keep_english(project)
    return 0


def _keep_english(project: Project) -> None:
    """Keep a copy of the current English of every listing and page, and of the English each
    translation was made from (while it exists); drop the copies nobody refers to."""
    keep = {
        snapshots.save(project.root, english_words(item.meta, item.body))
        for item in project.loaded.directory.listings
    }
    keep |= {snapshots.save(project.root, text) for text in (project.english or {}).values()}
    for pack in project.packs.values():
        keep |= {t.info.english_version for t in (*pack.listings.values(), *pack.pages.values())}
    removed = snapshots.prune(project.root, keep)
    if removed:
        print(f"removed {removed} copy(ies) of old English no translation refers to")


def _write(path: Path, text: str) -> None:
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
        print(f"updated {path.name} ({path.parent.name})")


def cmd_new(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    if not is_known(args.code) or args.code == "en" or len(args.code) != 2:
        print(
            f'"{args.code}" is not a two-letter language code we know. Use ISO 639-1 codes '
            "like ur, pl or am.",
            file=sys.stderr,
        )
        return 2
    for path in scaffold.new_language(root, args.code):
        print(f"created {path.relative_to(root)}")
    cmd_update(args)
    language = Language(args.code)
    print(
        f"\nNext: translate translations/{args.code}/messages.po, then listings with\n"
        f"  guide translations start {args.code} <listing id>\n"
        f"Material for MkDocs needs its own words for {language.english_name}. If the build\n"
        f"says it has none, copy translations/so/theme.html to translations/{args.code}/\n"
        "theme.html and translate it."
    )
    return 0


def cmd_start(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    project = load_project(root)
    if args.code not in project.packs:
        print(
            f"There is no translations/{args.code}/ yet: guide translations new {args.code}",
            file=sys.stderr,
        )
        return 2
    language = project.packs[args.code].language
    name = args.name.removesuffix(".md")
    listings = {item.id: item for item in project.loaded.directory.listings}
    pages = project.english or {}
    if name in listings:
        target = root / "translations" / args.code / "services" / f"{name}.md"
        text = scaffold.listing_template(listings[name], language)
    elif f"{name}.md" in pages:
        target = root / "translations" / args.code / "pages" / f"{name}.md"
        text = scaffold.page_template(f"{name}.md", pages[f"{name}.md"], language)
    else:
        print(
            f'"{args.name}" is not a listing id or a page. Pages: '
            + ", ".join(p.removesuffix(".md") for p in sorted(pages)),
            file=sys.stderr,
        )
        return 2
    if target.exists() and not args.force:
        print(f"{target.relative_to(root)} exists; add --force to start again", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    english = english_words(listings[name].meta, listings[name].body) if name in listings else None
    snapshots.save(root, english if english is not None else pages[f"{name}.md"])
    print(f"created {target.relative_to(root)}: replace the English words, keep the field names")
    return 0
