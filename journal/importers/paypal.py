"""PayPal's activity download (Activity > Statements > Activity download, CSV) read into payments.

Columns: `Date, Time, TimeZone, Name, Type, Status, Currency, Gross, Fee, Net, From Email Address, To
Email Address, Transaction ID, ..., Item Title, ..., Reference Txn ID, ..., Subject, ..., Balance Impact`.
Japanese accounts are said to get Japanese headers; the spellings below (日付, 総額, 取引ID, ...) are
from memory, not from a real file, and a file they miss can still be read through a column map.

One payment writes several rows, and only one of them is the sale:
- twins: a currency conversion pair, an authorization or a hold (and its release), any row PayPal marks
  `Memo` in Balance Impact, and a payment row whose Reference Txn ID names a payment already taken;
- refunds (a negative Refund, Reversal or Chargeback row referencing a payment) become that payment's
  `refunded`, or a `Refund` when the payment is in another file;
- money in or out of the account that is not a sale (withdrawals, deposits, transfers, fees, money you
  paid: a payment with a negative Gross) is left out as not a payment;
- a payment that is not Completed (Pending, Denied, ...) is left out with its status.
Dates are written month first or day first by the account's locale: `Days` works it out from the file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from .fields import one_line
from .payments import ParsedPayments, Payment, Refund
from .sale_cells import Days, RowSkip, buyer_email, currency_code, money, require_paid, short, shown, unreadable
from .sale_table import Collected, Spec, read_table

SPEC: Spec = {
    "date": ("Date", "日付"),
    "time": ("Time", "時間", "時刻"),
    "zone": ("TimeZone", "タイムゾーン"),
    "name": ("Name", "名前"),
    "type": ("Type", "タイプ", "種類"),
    "status": ("Status", "ステータス"),
    "currency": ("Currency", "通貨"),
    "gross": ("Gross", "総額", "合計"),
    "email": ("From Email Address", "送信者メールアドレス"),
    "id": ("Transaction ID", "取引ID"),
    "reference": ("Reference Txn ID", "参照取引ID"),
    "title": ("Item Title", "商品名"),
    "subject": ("Subject", "件名"),
    "impact": ("Balance Impact", "残高への影響"),
}
REQUIRED = ("date", "time", "zone", "type", "status", "currency", "gross", "id")

# Words of the Type column (matched inside it, any case), checked in this order.
_TWIN_TYPES = ("conversion", "authorization", "authorisation", "hold", "通貨換算", "両替", "保留", "オーソリ")
_NOT_SALE_TYPES = ("withdrawal", "deposit", "transfer", "fee", "cashback", "出金", "引き出し", "振替", "手数料")
_REFUND_TYPES = ("refund", "reversal", "chargeback", "返金", "チャージバック")
_PAYMENT_TYPES = ("payment", "donation", "received", "purchase", "checkout", "subscription", "invoice", "支払", "受取", "寄付")
_MEMO = ("memo", "メモ")


def _has(type_: str, words: tuple[str, ...]) -> bool:
    lowered = type_.casefold()
    return any(word in lowered for word in words)


def parse(
    data: bytes,
    progress: Callable[[int, int], None] | None = None,
    *,
    currency: str | None = None,
    zone: tzinfo | None = None,
) -> ParsedPayments:
    table = read_table(data, SPEC, REQUIRED, "import.not_paypal")
    header = table.header
    days = Days(table.column("date"), table.column("zone"))
    collected = Collected("paypal")
    candidates: list[tuple[int, Payment, str, list[str]]] = []  # row, payment, Reference Txn ID, the record

    def read(number: int, record: list[str]) -> None:
        def cell(field: str) -> str:
            return header.cell(record, field)

        kind = cell("type")
        if _has(kind, _TWIN_TYPES) or cell("impact").casefold() in _MEMO:
            raise RowSkip("import.skip.sale_twin", type=shown(kind))
        if _has(kind, _NOT_SALE_TYPES):
            raise RowSkip("import.skip.sale_not_payment", type=shown(kind))
        code = currency_code(cell("currency"))
        if code is None:
            raise unreadable(header.name("currency"), cell("currency"))
        gross, _ = money(cell("gross"), header.name("gross"), code, None)
        refund = _has(kind, _REFUND_TYPES) and gross < 0 and bool(cell("reference"))
        if not refund and not (_has(kind, _PAYMENT_TYPES) and gross >= 0):
            raise RowSkip("import.skip.sale_not_payment", type=shown(kind))
        require_paid(cell("status"), strict=True)
        day = days.day(cell("date"))
        if day is None:
            raise unreadable(header.name("date"), cell("date"))
        if refund:
            collected.refund(number, Refund("paypal", cell("id"), cell("reference"), day, -gross, code))
            return
        payment = Payment(
            source="paypal",
            id=cell("id"),
            day=day,
            amount=gross,
            refunded=0,
            currency=code,
            email=buyer_email(cell("email")),
            name=one_line(cell("name")),
            description=short(cell("title") or cell("subject")),
        )
        candidates.append((number, payment, cell("reference"), record))

    collected.each_row(table.rows, progress, read)
    # A payment row pointing at another payment row repeats it (a capture after an authorization, an
    # eCheck clearing): the rows pointing at nothing are taken first, then the rest unless their target was.
    ids = {payment.id for _, payment, _, _ in candidates}
    for number, payment, reference, record in sorted(candidates, key=lambda c: c[2] in ids and c[2] != c[1].id):
        try:
            if reference in collected.payments and reference != payment.id:
                raise RowSkip("import.skip.sale_twin", type=shown(header.cell(record, "type")))
            collected.payment(number, payment, header.cell(record, "gross"))
        except RowSkip as skipped:
            collected.skip(number, skipped.code, **skipped.params)
    return collected.result()
