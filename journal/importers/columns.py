"""Any other sales CSV (STORES, note, freee, a spreadsheet of one's own) read through a column map.

The map says which column holds what: `date=注文日,amount=金額,customer=購入者` (keys: date and amount,
which every map needs, and customer, email, id, currency, status, description, refunded). It is text
the user typed, so `parse_columns` refuses what it cannot mean with `import.columns.*` codes, and the
reader refuses a map naming a column the file does not have. `header_signature` is what the use case
keys a remembered map on, so the next export from the same shop needs no map typed.

Amounts without a currency column are in the journal's currency unless their sign names another; a
status column only leaves out what says failed, cancelled or pending (any other word is a paid sale).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Mapping
from datetime import tzinfo

from .fields import csv_records, decode_text, one_line
from .payments import ParsedPayments, Payment
from .people import ImportProblem
from .sale_cells import Days, RowSkip, buyer_email, currency_code, money, require_paid, short, unreadable
from .sale_table import Collected, RowIds, Spec, first_record, normal_name, read_table

KEYS = ("date", "amount", "customer", "email", "id", "currency", "status", "description", "refunded")
REQUIRED = ("date", "amount")


def parse_columns(text: str) -> dict[str, str]:
    """`date=注文日,amount=金額,customer=購入者` as {"date": "注文日", ...}, keys in KEYS.

    Pairs are separated by commas (a column whose name holds a comma cannot be named); keys are read
    in any case and width, column names matched as headers are (case, width and spaces aside).
    Raises ImportProblem: `import.columns.malformed`
    (a part that is not key=column), `import.columns.unknown_key`, `import.columns.twice` (a key given
    twice), `import.columns.required` (no date or no amount).
    """
    mapping: dict[str, str] = {}
    for part in unicodedata.normalize("NFKC", text).split(","):
        if not part.strip():
            continue
        key, equals, column = part.partition("=")
        key, column = key.strip().casefold(), column.strip()
        if not (equals and key and column):
            raise ImportProblem("import.columns.malformed", field="columns", item=one_line(part)[:40])
        if key not in KEYS:
            raise ImportProblem("import.columns.unknown_key", field="columns", key=key[:40])
        if key in mapping:
            raise ImportProblem("import.columns.twice", field="columns", key=key)
        mapping[key] = column
    check_columns(mapping)
    return mapping


def check_columns(mapping: Mapping[str, str]) -> None:
    """Refuse a map (typed, or remembered in the journal) without the keys every sale needs, or with unknown ones."""
    for key in mapping:
        if key not in KEYS:
            raise ImportProblem("import.columns.unknown_key", field="columns", key=str(key)[:40])
    for key in REQUIRED:
        if not mapping.get(key, "").strip():
            raise ImportProblem("import.columns.required", field="columns", key=key)


def file_header(data: bytes) -> list[str]:
    """The column names of a CSV (its first non-blank row), to show them for mapping and to key the map on.
    Raises ImportProblem when the file is empty or not text."""
    records = csv_records(decode_text(data)) if data.strip() else []
    start = first_record(records)
    if start is None:
        raise ImportProblem("import.empty")
    return [cell.strip() for cell in records[start]]


def header_signature(header: list[str]) -> str:
    """A key for the set of a header's column names (case, width, spaces and order aside), to remember
    a column map by: the same export from the same shop gives the same signature every month."""
    names = sorted({normal_name(name) for name in header} - {""})
    return "columns:" + hashlib.sha1("\x1f".join(names).encode()).hexdigest()[:16]


def parse(
    data: bytes,
    progress: Callable[[int, int], None] | None = None,
    *,
    columns: Mapping[str, str],
    currency: str | None = None,
    zone: tzinfo | None = None,
) -> ParsedPayments:
    """The sales of a CSV read through `columns` (from parse_columns).

    Without an id column each row's id is made from its content: its day, amount, currency, buyer,
    e-mail and description, and its occurrence among identical rows. Re-importing the same or a longer
    export then adds nothing twice, but a row edited between exports (a name corrected) becomes a new
    sale beside the old one, and two exports that overlap only in part can count an identical sale of
    the same day once where the shop had two. Give an id column whenever the file has one.
    """
    check_columns(columns)
    spec: Spec = {key: (column,) for key, column in columns.items()}
    table = read_table(data, spec, tuple(columns), "import.columns.missing")
    header = table.header
    days = Days(table.column("date"))
    row_ids = RowIds("row:")
    collected = Collected("columns")

    def read(number: int, record: list[str]) -> None:
        def cell(field: str) -> str:
            return header.cell(record, field)

        require_paid(cell("status"), strict=False)
        day = days.day(cell("date"))
        if day is None:
            raise unreadable(header.name("date"), cell("date"))
        named = None
        if "currency" in header:
            named = currency_code(cell("currency"))
            if named is None:
                raise unreadable(header.name("currency"), cell("currency"))
        amount, code = money(cell("amount"), header.name("amount"), named, currency)
        refunded, _ = money(cell("refunded") or "0", header.name("refunded"), code, None)
        name, email, description = one_line(cell("customer")), buyer_email(cell("email")), short(cell("description"))
        if "id" in header:
            if not cell("id"):
                raise RowSkip("import.skip.sale_no_id")
            row_id = cell("id")
        else:
            row_id = row_ids.make(day, amount, code, name, email, description)
        payment = Payment("columns", row_id, day, amount, refunded, code, email, name, description)
        collected.payment(number, payment, cell("amount"))

    collected.each_row(table.rows, progress, read)
    return collected.result()
