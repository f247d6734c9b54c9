"""Command palette: jump to any contact by name or reading.

Hits are built from literal Content: Textual's Matcher.highlight() parses the candidate as
markup, which a name such as "[/]" would break.
"""

from __future__ import annotations

from functools import partial
from typing import cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from ..lookup import matches
from ..textsafe import safe
from .context import ShimaContext
from .messages import OpenContact


class ContactJumpProvider(Provider):
    @property
    def _shima(self) -> ShimaContext:
        return cast(ShimaContext, self.app)

    def _contacts(self):
        journal = getattr(self.app, "journal", None)
        return [] if journal is None else [c for c in journal.contacts.values() if not c.archived]

    def _open(self, contact_id: str) -> None:
        self.app.post_message(OpenContact(contact_id))

    def _hit(self, contact, score: float) -> Hit:
        words = self._shima.words
        label = Content.assemble(words("palette.contact"), (safe(contact.name), "bold"), f"  ({words(f'tag.{contact.tag}')})")
        return Hit(score, label, partial(self._open, contact.id), text=contact.name, help=words("palette.contact.help"))

    async def search(self, query: str) -> Hits:
        query = query.strip()
        if not query:
            return
        matcher = self.matcher(query)
        for contact in self._contacts():
            if matches(contact, query):
                yield self._hit(contact, 1.0)
            elif score := matcher.match(contact.name):
                yield self._hit(contact, score * 0.5)

    async def discover(self) -> Hits:
        words = self._shima.words
        for contact in self._contacts()[:20]:
            label = Content.assemble(words("palette.contact"), (safe(contact.name), "bold"))
            yield DiscoveryHit(label, partial(self._open, contact.id), text=contact.name)
