"""Square's transactions export (Transactions > Export > Transactions CSV) read into payments.

Columns: `Date, Time, Time Zone, Gross Sales, ..., Total Collected, ..., Net Total, Transaction ID,
Payment ID, ..., Description, Event Type, ..., Customer ID, Customer Name, ..., Transaction Status`.
Square writes amounts with the account's currency sign and no currency column (`$12.50`, `¥1,000`),
so the currency is the journal's when the sign can mean it, else the one the sign names, else unclear.

The amount is `Total Collected` (what the buyer paid: sales, tax and tip, as Stripe's Amount is), or
`Gross Sales` in an export without it. A row whose Event Type is Refund gives money back on the
transaction with its Transaction ID (the rows' own refund columns are not read, so nothing counts
twice); a refund has no id of its own in the export, so it gets one from its content (`RowIds`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from .fields import one_line
from .payments import ParsedPayments, Payment, Refund
from .sale_cells import Days, money, require_paid, short, unreadable
from .sale_table import Collected, RowIds, Spec, read_table

SPEC: Spec = {
    "date": ("Date",),
    "time": ("Time",),
    "zone": ("Time Zone",),
    "amount": ("Total Collected", "Gross Sales"),
    "id": ("Transaction ID",),
    "payment_id": ("Payment ID",),
    "event": ("Event Type",),
    "status": ("Transaction Status",),
    "name": ("Customer Name",),
    "description": ("Description",),
}
REQUIRED = ("date", "time", "zone", "amount", "id", "payment_id")


def parse(
    data: bytes,
    progress: Callable[[int, int], None] | None = None,
    *,
    currency: str | None = None,
    zone: tzinfo | None = None,
) -> ParsedPayments:
    table = read_table(data, SPEC, REQUIRED, "import.not_square")
    header = table.header
    days = Days(table.column("date"), table.column("zone"))
    refund_ids = RowIds("square-refund:")
    collected = Collected("square")

    def read(number: int, record: list[str]) -> None:
        def cell(field: str) -> str:
            return header.cell(record, field)

        require_paid(cell("status"), strict=False)
        day = days.day(cell("date"))
        if day is None:
            raise unreadable(header.name("date"), cell("date"))
        amount, code = money(cell("amount"), header.name("amount"), None, currency)
        paid_on = cell("id") or cell("payment_id")
        event = cell("event").casefold()
        if event == "refund" or (amount < 0 and event != "payment"):
            refund_id = refund_ids.make(paid_on, cell("payment_id"), day, amount, cell("time"))
            collected.refund(number, Refund("square", refund_id, paid_on, day, abs(amount), code))
            return
        payment = Payment(
            source="square",
            id=paid_on,
            day=day,
            amount=amount,
            refunded=0,
            currency=code,
            name=one_line(cell("name")),
            description=short(cell("description")),
        )
        collected.payment(number, payment, cell("amount"))

    collected.each_row(table.rows, progress, read)
    return collected.result()
