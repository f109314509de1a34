"""Problems name the file, line and field from one place, with a message from one table."""

from __future__ import annotations

from guide.checking.frontmatter import Document
from guide.checking.ids import repeated
from guide.checking.problems import MESSAGES, Code, problem_at


def test_every_code_has_a_message() -> None:
    assert set(MESSAGES) == set(Code)


def test_problem_at_takes_line_and_field_from_the_path() -> None:
    doc = Document(data={}, lines={("phones",): 12, ("phones", 0): 13, ("phones", 0, "number"): 14})
    found = problem_at(doc, "services/x.md", ("phones", 0, "number"), Code.E203, value="020 123")
    assert found.format() == (
        'services/x.md:14: E203 phones.0.number: "020 123" is not a UK phone number. '
        "Write it like 020 7946 0000."
    )
    # A field that is not written yet is reported on the nearest line that is.
    assert problem_at(doc, "x.md", ("phones", 0, "description"), Code.E200, example="a").line == 13


def test_repeated_ids_name_the_first_one() -> None:
    items = [("a", 1), ("b", 2), ("a", 3), ("a", 4)]
    assert list(repeated(items)) == [(3, 1), (4, 1)]
