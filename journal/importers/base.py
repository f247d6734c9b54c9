"""BASE's orders CSV (注文管理 > CSV出力; Japanese Excel's cp932 as often as UTF-8) read into one payment per order.

Written from memory of the export, not from a real file, so every column is found by any of several
spellings (width, spaces and case aside): the order id (注文ID, 注文番号), when (注文日時, 注文日), the
buyer's name (氏名(請求先), 氏名, 購入者名; or 姓(請求先) and 名(請求先), 氏名(姓) and 氏名(名)), e-mail
(メールアドレス(請求先), メールアドレス), the total paid (合計金額, 合計, お支払い金額), the item (商品名,
数量), and the order's state (対応状況, 注文状況) and payment's (決済状況, 入金状況). An order that
spans rows (one per item) is one payment. A cancelled order (キャンセル) is left out as failed, one
whose payment has not arrived (未入金, 入金待ち: a bank transfer or convenience store payment) as
pending; any other state (未対応, 対応済, 発送済) is a paid order. BASE sells in yen only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from .fields import one_line, person_name
from .payments import ParsedPayments, Payment
from .sale_cells import Days, buyer_email, money, require_paid, unreadable
from .sale_table import Collected, Spec, items_sold, orders, read_table

SPEC: Spec = {
    "id": ("注文ID", "注文番号", "注文No"),
    "date": ("注文日時", "注文日", "購入日時"),
    "name": ("氏名(請求先)", "請求先氏名", "氏名", "購入者名", "注文者名", "お名前"),
    "family": ("姓(請求先)", "氏名(姓)", "姓"),
    "given": ("名(請求先)", "氏名(名)", "名"),
    "email": ("メールアドレス(請求先)", "メールアドレス", "購入者メールアドレス", "Eメール"),
    "total": ("合計金額", "合計", "お支払い金額", "支払金額"),
    "status": ("対応状況", "注文状況", "ステータス"),
    "payment_status": ("決済状況", "入金状況", "支払状況"),
    "item": ("商品名",),
    "quantity": ("数量", "個数"),
}
REQUIRED = ("id", "date", "total")


def parse(
    data: bytes,
    progress: Callable[[int, int], None] | None = None,
    *,
    currency: str | None = None,
    zone: tzinfo | None = None,
) -> ParsedPayments:
    table = read_table(data, SPEC, REQUIRED, "import.not_base")
    header = table.header
    days = Days(table.column("date"))
    collected = Collected("base")

    def read(number: int, records: list[list[str]]) -> None:
        def cell(field: str) -> str:
            return header.cell(records[0], field)

        require_paid(cell("status"), strict=False)
        require_paid(cell("payment_status"), strict=False)
        day = days.day(cell("date"))
        if day is None:
            raise unreadable(header.name("date"), cell("date"))
        amount, _ = money(cell("total"), header.name("total"), "JPY", None)
        payment = Payment(
            source="base",
            id=cell("id"),
            day=day,
            amount=amount,
            refunded=0,
            currency="JPY",
            email=buyer_email(cell("email")),
            name=one_line(cell("name")) or person_name(cell("given"), "", cell("family")),
            description=items_sold(header, records, "item", "quantity"),
        )
        collected.payment(number, payment, cell("total"))

    collected.each_row(orders(table, "id"), progress, read)
    return collected.result()
