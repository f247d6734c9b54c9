"""Stripe's payments export (Dashboard > Payments > Export), one row per charge, read into payments.

Columns: `id`, `Created date (UTC)` (older exports: `Created (UTC)`; the dashboard can also export in
another zone, which the header then names), `Amount`, `Amount Refunded`, `Currency` (lower case),
`Status` (Paid, Refunded, Partially refunded, Failed, Canceled, Pending, ...), `Customer Email`,
`Customer Description` or `Card Name` for the buyer, `Description`, `Mode` (Live or Test).

A refunded charge is still a payment: `Amount Refunded` becomes its `refunded`. A charge in test mode
is not a sale. A time in UTC is moved to the user's zone when one is given (a payment at 23:30 UTC is
the next morning in Tokyo), so the sale falls on the day the seller lived it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from .fields import one_line
from .payments import ParsedPayments, Payment
from .sale_cells import Days, RowSkip, buyer_email, currency_code, local_day, money, require_paid, short, unreadable
from .sale_table import Collected, Spec, read_table

SPEC: Spec = {
    "id": ("id",),
    "created": ("Created date (*", "Created (*"),
    "amount": ("Amount",),
    "refunded": ("Amount Refunded",),
    "currency": ("Currency",),
    "status": ("Status",),
    "email": ("Customer Email",),
    "name": ("Customer Description", "Customer Name"),
    "card_name": ("Card Name",),
    "description": ("Description",),
    "mode": ("Mode",),
}
REQUIRED = ("id", "created", "amount", "currency", "status")


def parse(
    data: bytes,
    progress: Callable[[int, int], None] | None = None,
    *,
    currency: str | None = None,
    zone: tzinfo | None = None,
) -> ParsedPayments:
    table = read_table(data, SPEC, REQUIRED, "import.not_stripe")
    header = table.header
    in_utc = "(utc)" in header.name("created").casefold()
    days = Days(table.column("created"))
    collected = Collected("stripe")

    def read(number: int, record: list[str]) -> None:
        def cell(field: str) -> str:
            return header.cell(record, field)

        if cell("mode").casefold() == "test":
            raise RowSkip("import.skip.sale_test")
        require_paid(cell("status"), strict=True)
        moment = days.moment(cell("created"))
        if moment is None:
            raise unreadable(header.name("created"), cell("created"))
        code = currency_code(cell("currency"))
        if code is None:
            raise unreadable(header.name("currency"), cell("currency"))
        amount, _ = money(cell("amount"), header.name("amount"), code, None)
        refunded, _ = money(cell("refunded") or "0", header.name("refunded"), code, None)
        payment = Payment(
            source="stripe",
            id=cell("id"),
            day=local_day(moment, utc=in_utc, zone=zone),
            amount=amount,
            refunded=refunded,
            currency=code,
            email=buyer_email(cell("email")),
            name=one_line(cell("name") or cell("card_name")),
            description=short(cell("description")),
        )
        collected.payment(number, payment, cell("amount"))

    collected.each_row(table.rows, progress, read)
    return collected.result()
