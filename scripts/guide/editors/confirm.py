"""Record that a service confirmed the facts the guide publishes about it.

The editor first corrects the listing if the service asked for changes; then this adds a
source of kind `service` (who confirmed, how, when) and makes every contact detail cite it.
The file is edited in place with its comments and layout kept (ruamel.yaml round trip), and
written only if the listing still passes every check.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from ..checking.listings import load_listing
from ..checking.problems import Problem
from ..yamledit import EditError, edit_front_matter

#: Contact details: each cites the confirmation once it is recorded.
CONTACT_LISTS = ("phones", "locations", "schedules")
CONTACT_FIELDS = (("url", "url_source"), ("email", "email_source"))


class ConfirmError(Exception):
    """The confirmation cannot be recorded; the message says why and what to do."""


def confirmed(text: str, *, by: str, how: str, on: dt.date) -> str:
    """The listing file's text with the confirmation recorded."""
    source_id = f"confirmed-{on.isoformat()}"

    def change(data: CommentedMap) -> None:
        _record(data, source_id, by=by, how=how, on=on)

    try:
        return edit_front_matter(text, change)
    except EditError as error:
        raise ConfirmError(str(error)) from None


def _record(data: CommentedMap, source_id: str, *, by: str, how: str, on: dt.date) -> None:
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
