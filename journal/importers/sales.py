"""Sales exports read into payments: which readers there are, telling them apart, and the one entry point.

Each provider is one module with a `SPEC` (its columns' spellings), the `REQUIRED` fields that make
a header that provider's, and `parse(data, progress, *, currency, zone)`; a new provider is one
module and one line in READERS. Nothing here writes to the journal (see payments.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import tzinfo

from . import base, paypal, shopify, square, stripe
from .columns import parse as read_mapped
from .payments import ParsedPayments
from .people import ImportProblem
from .sale_table import Header

READERS = {"stripe": stripe, "paypal": paypal, "shopify": shopify, "base": base, "square": square}
SALE_FORMATS = (*READERS, "columns")


def sale_format(header: list[str]) -> str | None:
    """ "stripe", "paypal", "shopify", "base" or "square" for a header that has that export's columns, else None."""
    for name, reader in READERS.items():
        if not Header(header, reader.SPEC).missing(reader.REQUIRED):
            return name
    return None


def parse_payments(
    data: bytes,
    format: str,
    progress: Callable[[int, int], None] | None = None,
    columns: Mapping[str, str] | None = None,
    *,
    currency: str | None = None,
    zone: tzinfo | None = None,
) -> ParsedPayments:
    """The payments of a sales export, the refunds of payments in other files, and what was skipped and why.

    `format` is one of SALE_FORMATS; "columns" reads any CSV through `columns` (from `parse_columns`).
    `currency` is the journal's: the currency of amounts whose file names none (a mapped CSV without a
    currency column, Square's `$`), never a conversion. `zone` is the user's time zone, for files that
    write UTC times (Stripe's): without it a payment keeps its UTC day. `progress(done, total)` is
    called at the start, about every 1% of the rows (or orders) and at the end. Raises ImportProblem
    when the file is empty, not text, not that format, or its column map is refused.
    """
    if format == "columns":
        if columns is None:
            raise ImportProblem("import.columns.needed", field="columns")
        return read_mapped(data, progress, columns=columns, currency=currency, zone=zone)
    reader = READERS.get(format)
    if reader is None:
        raise ImportProblem("import.sales.unknown_format", format=format)
    return reader.parse(data, progress, currency=currency, zone=zone)
