"""What the sales importers hand back: payments read from a file, refunds of earlier ones, and what was left out.

Kept apart from the parsers (as people.py is for contacts) so the use case can name these types without
loading any reader, and so a reader never touches the journal: turning a payment into a sale, matching
the buyer to a contact and knowing which transaction ids are already in the journal is the use case's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .people import Skipped

SOURCES = ("stripe", "paypal", "shopify", "base", "square", "columns")


@dataclass(frozen=True, slots=True)
class Payment:
    """One paid transaction (or order) as the file describes it, amounts never converted.

    `(source, id)` is the key that makes re-importing never duplicate: the provider's transaction or
    order id, or for a mapped CSV without an id column one made from the row (`columns.row_id`).
    `day` is the local day of the payment. `amount` is the gross paid in the currency's units
    (9800 yen, 12.5 dollars: an int when whole), refunds not subtracted; `refunded` is what was given
    back so far, never more than `amount`. `currency` is an upper-case ISO code; `email` is lower case
    or ""; `name` and `description` are one line of the file's text, as written (or "").
    """

    source: str
    id: str
    day: date
    amount: int | float
    refunded: int | float
    currency: str
    email: str = ""
    name: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class Refund:
    """Money given back on a payment that is not in this file (a PayPal or Square export of a later month).

    The use case applies it to the sale it already holds under `(source, payment_id)`; `id` is the refund's
    own transaction id, so reading the same refund twice never takes the money off twice.
    """

    source: str
    id: str
    payment_id: str
    day: date
    amount: int | float
    currency: str


@dataclass(slots=True)
class ParsedPayments:
    """Everything read from one sales file: its format, payments and unmatched refunds in file order, what was left out.

    Each `Skipped` row has a code `import.skip.sale_*` in journal.words.importers and `number`, the row
    as a spreadsheet numbers it.
    """

    format: str
    payments: list[Payment]
    skipped: list[Skipped]
    refunds: list[Refund] = field(default_factory=list)
