"""Command palette: jump to any contact by name.

Hits are built from literal Content: Textual's Matcher.highlight() parses the candidate as
markup, which a name such as "[/]" would break.
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from ..lookup import matches
from ..textsafe import safe


class ContactJumpProvider(Provider):
    def _contacts(self):
        journal = getattr(self.app, "journal", None)
        return [] if journal is None else [c for c in journal.contacts.values() if not c.archived]

    def _hit(self, contact, score: float) -> Hit:
        label = Content.assemble("Contact: ", (safe(contact.name), "bold"), f"  ({contact.tag})")
        return Hit(score, label, partial(self.app.open_contact, contact.id), text=contact.name, help="Open this contact")

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
        for contact in self._contacts()[:20]:
            label = Content.assemble("Contact: ", (safe(contact.name), "bold"))
            yield DiscoveryHit(label, partial(self.app.open_contact, contact.id), text=contact.name)
