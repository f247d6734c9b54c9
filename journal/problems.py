"""Problems: what went wrong, as a code and its numbers, never as a sentence.

The domain, the use cases and the journal file raise these; the front ends turn them into words
in the user's language (`journal.words.explain`). Keeping sentences out of here is what lets the
same refusal read in English or Japanese, name the field the way the user typed it (`--met` on the
command line, "How you met" in a form), and stay stable for tests.
"""

from __future__ import annotations


class Problem(ValueError):
    """A refusal: `code` names the message in the catalogue, `params` fill its placeholders.

    `field` is the record field the problem is about (None when it is about the whole input),
    so a front end can put the message beside the right form field or option.
    """

    def __init__(self, code: str, /, *, field: str | None = None, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.field = field
        self.params = params

    def __str__(self) -> str:  # for logs and test failures; users read explain()
        details = ", ".join(f"{key}={value!r}" for key, value in sorted(self.params.items()))
        where = f" [{self.field}]" if self.field else ""
        return f"{self.code}{where}" + (f" ({details})" if details else "")

    def __reduce__(self):  # picklable despite the keyword-only constructor
        return (_rebuild, (type(self), self.code, self.field, self.params))


def _rebuild(kind: type[Problem], code: str, field: str | None, params: dict) -> Problem:
    return kind(code, field=field, **params)
