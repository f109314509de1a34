"""A language's glossary (translations/<code>/glossary.yaml): the agreed word for each term,
so that one language says "wellbeing" or "refer" the same way in every file."""

from __future__ import annotations

from pydantic import Field

from .fields import Strict


class Term(Strict):
    english: str = Field(description="The English term, like `wellbeing` or `link worker`.")
    word: str = Field(description="The agreed word or phrase in this language.")
    note: str | None = Field(default=None, description="Why this word; what to avoid.")
    avoid: list[str] = Field(
        default_factory=list,
        description="Words not to use for this term; `guide translations --check` warns "
        "where they appear in this language's files.",
    )


class Glossary(Strict):
    terms: list[Term] = Field(min_length=1, description="The agreed words.")

    def term(self, english: str) -> Term | None:
        """The entry for a term; "free (costs nothing)" is the entry for "free"."""
        wanted = english.lower()
        return next((t for t in self.terms if _bare(t.english) == wanted), None)


def _bare(english: str) -> str:
    return english.split(" (", 1)[0].strip().lower()


#: The terms every language's glossary agrees first (the translator guide explains them).
REQUIRED = (
    "wellbeing",
    "link worker",
    "social prescribing",
    "community navigator",
    "refer",
    "free",
    "confidential",
    "crisis",
    "GP",
)
