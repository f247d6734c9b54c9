"""Shopify's orders export (Orders > Export, CSV) read into one payment per order.

The export writes one row per line item; the order's own fields (`Name` #1001, `Email`, `Financial
Status`, `Paid at`, `Currency`, `Total`, `Refunded Amount`, `Billing Name`, `Created at`) are only on
its first row, the others repeating `Name` beside their `Lineitem name` and `Lineitem quantity`.
Financial Status paid, partially_refunded and refunded are payments (`Refunded Amount` their
`refunded`); pending, authorized and partially_paid wait; voided and expired failed. The day is the
one `Paid at` (else `Created at`) is written in: Shopify writes it in the shop's zone, offset and all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from .fields import one_line
from .payments import ParsedPayments, Payment
from .sale_cells import Days, buyer_email, currency_code, money, require_paid, unreadable
from .sale_table import Collected, Spec, items_sold, orders, read_table

SPEC: Spec = {
    "id": ("Name",),
    "email": ("Email",),
    "status": ("Financial Status",),
    "paid_at": ("Paid at",),
    "created_at": ("Created at",),
    "currency": ("Currency",),
    "total": ("Total",),
    "refunded": ("Refunded Amount",),
    "billing_name": ("Billing Name",),
    "shipping_name": ("Shipping Name",),
    "item": ("Lineitem name",),
    "quantity": ("Lineitem quantity",),
}
REQUIRED = ("id", "status", "created_at", "currency", "total", "item")


def parse(
    data: bytes,
    progress: Callable[[int, int], None] | None = None,
    *,
    currency: str | None = None,
    zone: tzinfo | None = None,
) -> ParsedPayments:
    table = read_table(data, SPEC, REQUIRED, "import.not_shopify")
    header = table.header
    days = Days(table.column("paid_at") + table.column("created_at"))
    collected = Collected("shopify")

    def read(number: int, records: list[list[str]]) -> None:
        order = next((record for record in records if header.cell(record, "status")), records[0])

        def cell(field: str) -> str:
            return header.cell(order, field)

        require_paid(cell("status"), strict=True)
        when = "paid_at" if cell("paid_at") else "created_at"
        day = days.day(cell(when))
        if day is None:
            raise unreadable(header.name(when), cell(when))
        code = currency_code(cell("currency"))
        if code is None:
            raise unreadable(header.name("currency"), cell("currency"))
        amount, _ = money(cell("total"), header.name("total"), code, None)
        refunded, _ = money(cell("refunded") or "0", header.name("refunded"), code, None)
        payment = Payment(
            source="shopify",
            id=cell("id"),
            day=day,
            amount=amount,
            refunded=refunded,
            currency=code,
            email=buyer_email(cell("email")),
            name=one_line(cell("billing_name") or cell("shipping_name")),
            description=items_sold(header, records, "item", "quantity"),
        )
        collected.payment(number, payment, cell("total"))

    collected.each_row(orders(table, "id"), progress, read)
    return collected.result()
