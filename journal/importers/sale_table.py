"""Sales files as tables: which column is which, rows grouped into orders, and what every reader collects.

The provider modules describe their columns (`Spec`) and read one row at a time; the rules every format
shares, a header found by any known spelling, a repeated id, a payment of nothing, a refund that comes
before its payment, live here once.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TypeVar

from .fields import Progress, csv_records, decode_text, is_blank, one_line
from .payments import ParsedPayments, Payment, Refund
from .people import ImportProblem, Skipped
from .sale_cells import RowSkip, plus, short, shown

# ----- headers --------------------------------------------------------------------------------


def normal_name(name: str) -> str:
    """A column name compared without case, width or spaces: `Time Zone`, `TimeZone` and `氏名 （請求先）` alike."""
    return "".join(unicodedata.normalize("NFKC", name.lstrip("\ufeff")).casefold().split())


Spec = dict[str, tuple[str, ...]]


class Header:
    """Where each field of a format is in this file's header.

    A spec names each field's known spellings, most likely first; a spelling ending in `*` matches any
    column starting so (Stripe's `Created date (UTC)` names the zone the dashboard exported in).
    """

    def __init__(self, record: list[str], spec: Spec) -> None:
        self.names = [cell.strip() for cell in record]
        index: dict[str, int] = {}
        for position, name in enumerate(map(normal_name, record)):
            if name:
                index.setdefault(name, position)
        self.spec = spec
        self.at: dict[str, int] = {}
        for field, spellings in spec.items():
            for spelling in map(normal_name, spellings):
                if spelling.endswith("*"):
                    position = next((p for n, p in index.items() if n.startswith(spelling[:-1])), None)
                else:
                    position = index.get(spelling)
                if position is not None:
                    self.at[field] = position
                    break

    def __contains__(self, field: str) -> bool:
        return field in self.at

    def missing(self, required: Iterable[str]) -> list[str]:
        """The first spelling of each required field this header lacks."""
        return [self.spec[field][0] for field in required if field not in self.at]

    def name(self, field: str) -> str:
        """The column's name as the file writes it (for messages)."""
        return self.names[self.at[field]] if field in self.at else self.spec.get(field, (field,))[0]

    def cell(self, record: list[str], field: str) -> str:
        position = self.at.get(field)
        if position is None or position >= len(record):
            return ""
        return record[position].strip()


@dataclass(slots=True)
class Table:
    """A sales CSV: its header and its non-blank rows, each with its number as a spreadsheet shows it."""

    header: Header
    rows: list[tuple[int, list[str]]]

    def column(self, field: str) -> list[str]:
        return [self.header.cell(record, field) for _, record in self.rows]


def first_record(records: list[list[str]]) -> int | None:
    return next((index for index, record in enumerate(records) if not is_blank(record)), None)


def read_table(data: bytes, spec: Spec, required: Iterable[str], refusal: str) -> Table:
    """The file as a table of `spec`'s fields; ImportProblem `refusal` (with the missing columns) when it is not one."""
    if not data.strip():
        raise ImportProblem("import.empty")
    records = csv_records(decode_text(data))
    start = first_record(records)
    if start is None:
        raise ImportProblem("import.empty")
    header = Header(records[start], spec)
    missing = header.missing(required)
    if missing:
        raise ImportProblem(refusal, missing=", ".join(missing))
    rows = [(index + 1, record) for index, record in enumerate(records[start + 1 :], start + 1) if not is_blank(record)]
    return Table(header, rows)


def orders(table: Table, id_field: str) -> list[tuple[int, list[list[str]]]]:
    """The rows of an orders export (one row per item sold) grouped by order id, in file order, each
    with the number of its first row: the order's own fields are on that row only."""
    groups: dict[str, tuple[int, list[list[str]]]] = {}
    for number, record in table.rows:
        groups.setdefault(table.header.cell(record, id_field), (number, []))[1].append(record)
    return list(groups.values())


def items_sold(header: Header, records: list[list[str]], item: str, quantity: str) -> str:
    """The items of an order on one short line: `Mug ×2, Tote bag`."""
    names = []
    for record in records:
        name, count = one_line(header.cell(record, item)), header.cell(record, quantity)
        if name:
            names.append(f"{name} \u00d7{count}" if count not in ("", "1") else name)
    return short(", ".join(names))


class RowIds:
    """Ids made from a row's content for files that have none: the same row gives the same id in every
    export, and the second of two identical rows gets another one (its occurrence number is part of it)."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.seen: dict[str, int] = {}

    def make(self, *parts: object) -> str:
        content = "\x1f".join(map(str, parts))
        self.seen[content] = occurrence = self.seen.get(content, 0) + 1
        digest = hashlib.sha1(f"{content}\x1f{occurrence}".encode()).hexdigest()[:16]
        return f"{self.prefix}{digest}"


# ----- collecting -----------------------------------------------------------------------------


Row = TypeVar("Row")


class Collected:
    """The payments, refunds and skipped rows of one file, with the rules every format shares.

    An id seen again is a repeat, a payment of nothing is left out, and a refund is added to its payment
    once the whole file is read (exports list the newest first, so a refund often comes before its
    payment); one for a payment not in the file is kept as a `Refund` for the use case.
    """

    def __init__(self, format: str) -> None:
        self.format = format
        self.payments: dict[str, tuple[int, Payment]] = {}
        self.refund_rows: list[tuple[int, Refund]] = []
        self.refund_ids: dict[str, int] = {}
        self.skipped: list[Skipped] = []

    def skip(self, number: int, code: str, **params: object) -> None:
        self.skipped.append(Skipped(f"row {number}", code, {"number": number, **params}))

    def each_row(
        self, rows: list[tuple[int, Row]], progress: Callable[[int, int], None] | None, read: Callable[[int, Row], None]
    ) -> None:
        """`read(number, row)` for every row (or order), a RowSkip it raises recorded; `progress` told as they go."""
        tick = Progress(progress, len(rows))
        for done, (number, record) in enumerate(rows, 1):
            try:
                read(number, record)
            except RowSkip as skipped:
                self.skip(number, skipped.code, **skipped.params)
            tick(done)

    def payment(self, number: int, payment: Payment, amount_text: str) -> None:
        """Take a payment read from row `number` (its amount as written, for a message), or raise RowSkip."""
        if not payment.id:
            raise RowSkip("import.skip.sale_no_id")
        if payment.id in self.payments:
            raise RowSkip("import.skip.sale_repeated", id=shown(payment.id), first=self.payments[payment.id][0])
        if payment.amount < 0:
            raise RowSkip("import.skip.sale_negative", text=shown(amount_text))
        if payment.amount == 0:
            raise RowSkip("import.skip.sale_zero")
        if not 0 <= payment.refunded <= payment.amount:
            raise RowSkip("import.skip.sale_refund_too_large", id=shown(payment.id))
        self.payments[payment.id] = (number, payment)

    def refund(self, number: int, refund: Refund) -> None:
        if refund.id in self.refund_ids:
            raise RowSkip("import.skip.sale_repeated", id=shown(refund.id), first=self.refund_ids[refund.id])
        self.refund_ids[refund.id] = number
        self.refund_rows.append((number, refund))

    def result(self) -> ParsedPayments:
        """The payments with their refunds applied, the refunds of payments elsewhere, skips in row order."""
        unmatched: list[Refund] = []
        for number, refund in self.refund_rows:
            found = self.payments.get(refund.payment_id)
            if found is None:
                unmatched.append(refund)
                continue
            row, paid = found
            refunded = plus(paid.refunded, refund.amount)
            if refund.currency != paid.currency or refunded > paid.amount:
                self.skip(number, "import.skip.sale_refund_too_large", id=shown(refund.payment_id))
                continue
            self.payments[refund.payment_id] = (row, replace(paid, refunded=refunded))
        self.skipped.sort(key=lambda skipped: skipped.params["number"])
        payments = [paid for _, paid in sorted(self.payments.values(), key=lambda found: found[0])]
        return ParsedPayments(self.format, payments, self.skipped, unmatched)
