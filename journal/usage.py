"""argparse's own sentences (the usage line, usage errors, the headings of --help) in the user's language.

argparse asks gettext for each of them through two names of its own module, `argparse._` and
`argparse.ngettext`. While `argparse_speaking(lang)` is active those names answer from the words
catalogue instead: the English message is found in journal/words/usage.py (which holds argparse's
messages verbatim) and its Japanese returned, with argparse's `%` placeholders for argparse to fill.
A message the catalogue does not hold stays as argparse wrote it.

The command line parses before it has read the journal (and `--journal` itself may be the mistake),
so these sentences follow `$SHIMA_LANG`, else the locale, not the journal's `lang` setting.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from .linebreak import wrap_by_cells
from .textsafe import width
from .words import in_words


def argparse_words(message: str, lang: str) -> str:
    """argparse's English `message` in `lang` (itself when the catalogue does not hold it)."""
    return in_words(message, lang, "usage.")


def argparse_plural_words(singular: str, plural: str, n: int, lang: str) -> str:
    """ngettext: the English form for n, or the language's one form for every n (`.other`)."""
    english = singular if n == 1 else plural
    return english if lang == "en" else argparse_words(plural, lang)


@contextmanager
def argparse_speaking(lang: str) -> Iterator[None]:
    """Build and run parsers inside this block: their words are in `lang`."""
    saved = argparse._, argparse.ngettext
    argparse._ = lambda message: argparse_words(message, lang)
    argparse.ngettext = lambda singular, plural, n: argparse_plural_words(singular, plural, n, lang)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class CellsHelpFormatter(argparse.HelpFormatter):
    """argparse lays help out by counting characters, but a Japanese character takes two cells.

    The usage line: argparse counts the characters of "usage: ", and 使い方 takes two cells a
    character: the line is wrapped that much narrower and its continuation moved right by the
    difference, so the arguments line up, within the terminal, in Japanese too.

    The description and each help text: one with wide characters is wrapped by cells and broken
    where Japanese may break (journal/linebreak.py), since textwrap counts characters and breaks
    only at spaces (a line of English holding 佐藤 花子 is wrapped by cells too); plain ASCII text is
    left to argparse, as before."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        if text.isascii():
            return super()._split_lines(text, width)
        return wrap_by_cells(self._whitespace_matcher.sub(" ", text).strip(), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.isascii():
            return super()._fill_text(text, width, indent)
        lines = wrap_by_cells(self._whitespace_matcher.sub(" ", text).strip(), width - len(indent))
        return "\n".join(indent + line for line in lines)

    def _format_usage(self, usage, actions, groups, prefix) -> str:
        shown_prefix = argparse._("usage: ") if prefix is None else prefix
        wider = width(shown_prefix) - len(shown_prefix)
        self._width -= wider
        try:
            text = super()._format_usage(usage, actions, groups, prefix)
        finally:
            self._width += wider
        if not wider:
            return text
        first, *rest = text.split("\n")
        return "\n".join([first, *(" " * wider + line if line.strip() else line for line in rest)])


class UsageParser(argparse.ArgumentParser):
    """An ArgumentParser whose help is laid out by terminal cells; its sub-command parsers too
    (argparse builds them of the parser's own class)."""

    def __init__(self, *args, formatter_class: type[argparse.HelpFormatter] = CellsHelpFormatter, **kwargs) -> None:
        super().__init__(*args, formatter_class=formatter_class, **kwargs)
