"""Problems found in contributors' files: one table of codes and plain-English messages.

Every problem is printed as one line that editors and CI understand::

    services/foo.md:12: E203 phone: "020 123" is not a UK phone number. Write it like ...

E = error (the build stops), W = warning (printed; an error with ``--strict``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .frontmatter import Document, Path_


class Code(StrEnum):
    # The file itself
    E100 = "E100"  # cannot read the file
    E101 = "E101"  # no front matter
    E102 = "E102"  # broken YAML
    E103 = "E103"  # front matter is not a mapping
    E104 = "E104"  # file name is not a valid id
    # Structure
    E200 = "E200"  # required field missing
    E201 = "E201"  # unknown field
    E202 = "E202"  # wrong type / value
    E203 = "E203"  # phone
    E204 = "E204"  # postcode
    E205 = "E205"  # email
    E206 = "E206"  # URL
    E207 = "E207"  # date in the future
    E208 = "E208"  # HTML or script in text
    E209 = "E209"  # time of day
    E210 = "E210"  # language code
    E211 = "E211"  # date format of `published`
    E212 = "E212"  # a field written twice
    E213 = "E213"  # opening hours given only in part
    E214 = "E214"  # a source with no web address
    E215 = "E215"  # a confirmation without who and how
    E216 = "E216"  # a source field that does not belong to this kind of source
    E217 = "E217"  # no way to make contact
    E218 = "E218"  # a crisis line to call and to text at once, or neither
    # References between files
    E300 = "E300"  # id does not match file name
    E301 = "E301"  # duplicate id
    E302 = "E302"  # unknown category
    E303 = "E303"  # unknown source id
    E304 = "E304"  # fact without a source
    E305 = "E305"  # duplicate source id
    E306 = "E306"  # category has no services
    E307 = "E307"  # self-audit statement id used twice
    # Plain language
    E400 = "E400"  # sentence over 30 words
    W401 = "W401"  # sentence over 20 words
    W402 = "W402"  # reading ease low
    W403 = "W403"  # reading age high
    W404 = "W404"  # jargon
    # Freshness
    W500 = "W500"  # not checked for over 12 months
    # Translations
    E600 = "E600"  # language folder is not a known language
    E601 = "E601"  # PO file cannot be read
    E602 = "E602"  # placeholders differ from the English
    E603 = "E603"  # messages.pot is out of date
    E604 = "E604"  # translation of a listing or page that does not exist
    E605 = "E605"  # a fact in a translation
    E606 = "E606"  # reviewed without who and when
    E607 = "E607"  # more items than the English
    E608 = "E608"  # mkdocs.yml language list out of date
    E609 = "E609"  # a number the English does not have
    W610 = "W610"  # far longer or shorter than the English
    W611 = "W611"  # a word the glossary says to avoid
    E612 = "E612"  # a glossary without a required term
    # Imports
    W700 = "W700"  # imported from a feed: a text still to write, tiles still to choose


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    code: Code
    field: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.code.startswith("E")

    def format(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        field = f"{self.field}: " if self.field else ""
        return f"{where}: {self.code} {field}{self.message}"

    def github_annotation(self) -> str:
        kind = "error" if self.is_error else "warning"
        return (
            f"::{kind} file={self.path},line={max(self.line, 1)},title={self.code}::"
            f"{self.field + ': ' if self.field else ''}{self.message}"
        )


MESSAGES: dict[Code, str] = {
    Code.E100: "cannot read this file ({detail}). Save it as plain UTF-8 text.",
    Code.E101: "there is no front matter. Start the file with a line `---`, the fields, "
    "then another `---`. Copy services/samaritans.md to start.",
    Code.E102: "the YAML is broken: {detail}. Check the indentation and that text with "
    "`: ` in it is in quotes.",
    Code.E103: "the front matter must be a list of `field: value` lines, not {detail}.",
    Code.E104: "the file name must be lower case letters, numbers and dashes, ending in .md, "
    "like `islington-mind.md`.",
    Code.E200: "this field is required. Add it, for example `{example}`.",
    Code.E201: "unknown field. Check the spelling{suggestion}. The fields are listed in "
    "docs/contributing/fields.md.",
    Code.E202: "{detail}.",  # the wrong type or value: pydantic's words and a plain fix
    Code.E203: '"{value}" is not a UK phone number. Write it like 020 7946 0000.',
    Code.E204: '"{value}" is not a UK postcode. Write it like N1 9BT.',
    Code.E205: '"{value}" is not an email address. Write it like info@example.org.',
    Code.E206: '"{value}" is not a safe web address. Write the full address starting '
    "with https://, like https://www.example.org/.",
    Code.E207: "{value} is in the future. Use the date it really happened (YYYY-MM-DD).",
    Code.E208: "HTML or script is not allowed in listing text ({value}). Write plain text.",
    Code.E209: '"{value}" is not a time. Write it on the 24-hour clock in quotes, like "09:00".',
    Code.E210: '"{value}" is not an ISO 639 language code. Use codes like en, so, bn, ar, tr.',
    Code.E211: '"{value}" is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, like 2021-07-16.',
    Code.E212: "this field is written twice. Keep one of them.",
    Code.E213: "give byday, opens_at and closes_at together, or only a description in words.",
    Code.E214: "a source of kind `{value}` needs its web address: add `url: https://...`. Only "
    "`kind: service` (confirmed by the service itself) has none.",
    Code.E215: "a confirmation by the service needs `confirmed_by` (who, by role, like "
    "`Receptionist, Islington Mind`) and `how` (phone, email, visit or letter).",
    Code.E216: "`{value}` is only for {expected}. Remove it here.",
    Code.E218: "give either `phone` (a number to call) or `sms` with `sms_body` (a number to "
    "text and the word to send), not both.",
    Code.E217: "this listing gives no way to make contact. Add a phone number, email, website or "
    "address, each with its source. If no source gives one, the service cannot be listed yet.",
    Code.E300: 'id "{value}" must be the file name without .md: "{expected}".',
    Code.E301: 'id "{value}" is already used by {other}. Each listing needs its own id.',
    Code.E302: 'there is no category "{value}". Use one of: {choices}.',
    Code.E303: 'there is no source with id "{value}". Add it under `sources:` or fix the '
    "spelling. Sources here: {choices}.",
    Code.E304: "every fact needs a source. Add `{field_source}: <source id>` naming one of "
    "the sources below.",
    Code.E305: 'source id "{value}" is used twice. Give each source its own id.',
    Code.E306: 'category "{value}" has no services. Add it to at least one listing.',
    Code.E307: 'statement id "{value}" is used twice. Give each statement its own id, like 2.1-c.',
    Code.E400: "this sentence has {value} words: {excerpt}. Split it: keep sentences under "
    "20 words.",
    Code.W401: "this sentence has {value} words: {excerpt}. Try to keep sentences under 20 words.",
    Code.W402: "reading ease is {value} (aim for 60 or more). Use shorter words and sentences.",
    Code.W403: "reading age is about {value} (aim for 9 to 11). Use shorter words and sentences.",
    Code.W404: '"{value}" is jargon. {advice}',
    Code.W500: "this listing was last checked on {value}, over 12 months ago. Check every "
    "fact with the service, then update assured_date.",
    Code.E600: 'the folder name "{value}" is not a language code we know. Use a two-letter '
    "ISO 639-1 code, like so, bn, ar or ti.",
    Code.E601: "this PO file cannot be read: {detail}. Open it in Poedit, or undo the last "
    "edit, and check every msgstr line is in double quotes.",
    Code.E602: 'the translation of "{msgid}" must keep the same placeholders as the English '
    "({value}), but has {found}. Copy them exactly, with the brackets, and do not translate "
    "the word inside.",
    Code.E603: "translations/messages.pot is out of date: the interface words changed. Run "
    "`make translations` (guide translations update) and commit the result.",
    Code.E604: "there is no English {value} to translate. The file name must match an "
    "English one: {expected}.",
    Code.E605: "{value} is a fact, and facts are not translated: they always come from the "
    "English listing {expected}. Delete this line here; correct the English if it is wrong.",
    Code.E606: "a reviewed translation needs `reviewed_by` (the organisation) and "
    "`reviewed_on` (the date, like 2026-11-25). Add them, or set `status: draft`.",
    Code.E607: "the English has {expected} item(s) here but this translation has {value}. "
    "Translate each English item once, in the same order.",
    Code.E609: "this translation has the number(s) {value}, which the English here does not "
    "have (the English has: {expected}). A number must keep its value; only the separators "
    "may follow your language, like 20.000 for 20,000.",
    Code.W610: "this translation is {value} times as long as the English. Check that nothing was "
    "left out or added.",
    Code.W611: '"{value}" is a word the glossary says not to use for "{term}". Use "{expected}".',
    Code.E612: 'the glossary has no agreed word for "{value}". Add it under `terms:`, like '
    "`- english: {value}` with `word:` and `note:`.",
    Code.W700: "`{value}` came from an import and still needs a person: {advice} Then remove "
    "`{value}` from `to_write`.",
    Code.E608: "the languages in mkdocs.yml do not match the folders in translations/. Run "
    "`guide translations update` and commit mkdocs.yml.",
}


def problem(path: str, line: int, code: Code, field: str = "", **values: object) -> Problem:
    """Build a problem whose message comes from the one table above."""
    return Problem(path, line, code, field, MESSAGES[code].format(**values))


def field_name(path: Path_) -> str:
    """A field path as contributors write it: ("phones", 0, "number") -> phones.0.number."""
    return ".".join(str(part) for part in path)


def problem_at(doc: Document, shown: str, path: Path_, code: Code, **values: object) -> Problem:
    """A problem about the field at ``path`` in ``doc``: its line and name from one place."""
    return problem(shown, doc.line_of(path), code, field_name(path), **values)


def report(problems: list[Problem], *, strict: bool = False) -> tuple[list[str], bool]:
    """Lines to print (sorted by file and line) and whether the run failed."""
    ordered = sorted(set(problems))
    github = os.environ.get("GITHUB_ACTIONS") == "true"
    lines = [p.github_annotation() if github else p.format() for p in ordered]
    failed = any(p.is_error or strict for p in ordered)
    return lines, failed
