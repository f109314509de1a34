"""Record that a service confirmed the facts the guide publishes about it.

The editor first corrects the listing if the service asked for changes; then this adds a
source of kind `service` (who confirmed, how, when) and makes every contact detail cite it.
The file is edited in place with its comments and layout kept (ruamel.yaml round trip), and
written only if the listing still passes every check.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from ..checking.frontmatter import FrontMatterError, split
from ..checking.listings import load_listing
from ..checking.problems import Problem

#: Contact details: each cites the confirmation once it is recorded.
CONTACT_LISTS = ("phones", "locations", "schedules")
CONTACT_FIELDS = (("url", "url_source"), ("email", "email_source"))


class ConfirmError(Exception):
    """The confirmation cannot be recorded; the message says why and what to do."""


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line the contributor wrote on one line
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def confirmed(text: str, *, by: str, how: str, on: dt.date) -> str:
    """The listing file's text with the confirmation recorded."""
    try:
        front, _first, body, _line = split(text)
    except FrontMatterError as error:
        raise ConfirmError(f"the file has no front matter to edit ({error.detail})") from None
    yaml = _yaml()
    data: Any = yaml.load(front)
    if not isinstance(data, CommentedMap):
        raise ConfirmError("the front matter is not a list of `field: value` lines")
    source_id = f"confirmed-{on.isoformat()}"
    sources = data.setdefault("sources", [])
    if any(isinstance(s, dict) and s.get("id") == source_id for s in sources):
        raise ConfirmError(f"a confirmation on {on.isoformat()} is already recorded")
    entry = CommentedMap()
    entry.update(
        id=source_id,
        title="Confirmed by the service",
        kind="service",
        confirmed_by=by,
        how=how,
        checked=dt.date.fromordinal(on.toordinal()),  # its own object: no YAML anchor
    )
    sources.append(entry)
    for group in CONTACT_LISTS:
        for item in data.get(group) or []:
            item["source"] = source_id
    for fact, reference in CONTACT_FIELDS:
        if data.get(fact):
            data[reference] = source_id
    data["assured_date"] = on
    out = io.StringIO()
    yaml.dump(data, out)
    return f"---\n{out.getvalue()}---\n{body}"


def record(
    path: Path, shown: str, *, by: str, how: str, on: dt.date, categories: list[str], today: dt.date
) -> list[Problem]:
    """Write the confirmation into ``path`` if the result passes every check; else return the
    problems and leave the file as it was."""
    if on > today:
        raise ConfirmError(f"{on.isoformat()} is in the future: give the day they confirmed")
    if not by.strip():
        raise ConfirmError('say who confirmed, by role and organisation: --by "Manager, Org"')
    new = confirmed(path.read_text(encoding="utf-8"), by=by.strip(), how=how, on=on)
    with tempfile.TemporaryDirectory() as folder:
        trial = Path(folder) / path.name  # the same name: the id must still match it
        trial.write_text(new, encoding="utf-8")
        _listing, problems = load_listing(trial, shown, categories, today)
    errors = [problem for problem in problems if problem.is_error]
    if not errors:
        path.write_text(new, encoding="utf-8")
    return errors
