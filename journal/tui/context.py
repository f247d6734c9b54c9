"""What screens and widgets may ask of the app, declared as protocols (they never import `app.py`).

`shima(widget)` gives the app seen through `ShimaContext`; the app calls the screen hooks of
`ContactScreen` on whichever screen is showing, when that screen has them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, cast, runtime_checkable

from ..insights import Report
from ..problems import Problem
from ..store import Journal

if TYPE_CHECKING:
    from textual.dom import DOMNode


class ShimaContext(Protocol):
    """The app as its screens see it: the journal, today, the report, the language and saving."""

    journal: Journal
    lang: str

    def today(self) -> date: ...

    @property
    def report(self) -> Report | None: ...

    @property
    def contact_report(self) -> Report | None: ...

    @property
    def entries_loaded(self) -> bool: ...

    def save(
        self,
        action: Callable[[Journal], Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Problem], None] | None = None,
        undo: str | None = None,
        in_worker: bool = False,
    ) -> None: ...

    def words(self, code: str, /, **params: object) -> str: ...

    def pending_criteria(self, contact_id: str) -> dict[str, bool]: ...


@runtime_checkable
class ContactScreen(Protocol):
    """A screen with a contact selection: `l` logs for it, a new contact is shown in it, and the
    contacts it shows get their balances first."""

    def selected_contact_id(self) -> str | None: ...

    def show_contact(self, contact_id: str) -> None: ...

    def contacts_on_screen(self) -> list[str]: ...


def shima(node: DOMNode) -> ShimaContext:
    return cast(ShimaContext, node.app)
