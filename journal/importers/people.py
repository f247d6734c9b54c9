"""What the importers hand back: people read from a file, and the parts of it they left out.

Kept apart from the parsers so the use-case layer can name these types without loading vobject,
and so a parser never writes to the journal: deciding what is new, what updates a contact and
what is a duplicate is the use case's job, done with `Person.sources`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journal.problems import Problem


@dataclass(slots=True)
class Person:
    """One person as a contact file describes them, in the journal's own terms.

    `reading` is the kana reading in hiragana ("" when the file has none). `tag` and
    `cadence_days` are None when the file says nothing, so the use case applies its defaults.
    `sources` are stable keys of where the person came from, most stable first:
    `vcard-uid:<UID>`, `linkedin:<profile URL, normalised>`, `email:<lower case>`,
    `phone:<digits, with a leading + kept>`; re-importing the same file matches on them.
    """

    name: str
    reading: str = ""
    met: str = ""
    notes: str = ""
    tag: str | None = None
    cadence_days: int | None = None
    sources: tuple[str, ...] = ()


@dataclass(slots=True)
class Skipped:
    """A card or row left out, and why: `code` is a message in journal.words.importers.

    `where` ("card 12", "row 40") is for logs and tests; `params` fill the message, and always hold
    `number`, the card's place in the file (1 = first) or the row as a spreadsheet numbers it.
    """

    where: str
    code: str
    params: dict = field(default_factory=dict)


@dataclass(slots=True)
class ParsedFile:
    """Everything read from one file: its format, the people in file order, what was left out."""

    format: str
    people: list[Person]
    skipped: list[Skipped]


class ImportProblem(Problem):
    """The file as a whole cannot be read as the format asked for (codes `import.*`)."""
