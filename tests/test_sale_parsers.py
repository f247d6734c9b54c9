"""Sales exports read into payments (issue 23, point 2: the parsers).

The fixtures in tests/fixtures/sales are written by hand from the exporters' column lists: Stripe's
payments export with a partial refund, a full refund and a failed payment; PayPal's activity download
with its twin rows (a currency conversion pair, an authorization then its capture, a row pointing at a
payment already taken), a withdrawal, a payment sent, a pending and a denied one and refunds; Shopify's
orders export with a multi-item order; BASE's orders CSV in cp932; Square's transactions with refunds;
and a shop's own CSV read through a column map.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.importers import (
    SALE_FORMATS,
    ImportProblem,
    ParsedPayments,
    Payment,
    Refund,
    Skipped,
    detect_format,
    file_header,
    header_signature,
    parse_columns,
    parse_payments,
)
from journal.importers.fields import csv_records, decode_text, one_line
from journal.importers.sale_cells import Days, signed_amount
from journal.importers.sale_table import Header
from journal.importers.sales import READERS
from journal.words import CATALOGUES, placeholders, say

FIXTURES = Path(__file__).parent / "fixtures"
SALES = FIXTURES / "sales"
MAPPED = "date=注文日,amount=金額,customer=購入者,email=メール,description=商品,status=ステータス"
TOKYO = ZoneInfo("Asia/Tokyo")


def sales(name: str | bytes) -> bytes:
    """A fixture's bytes (or bytes written in the test, as they are)."""
    return name if isinstance(name, bytes) else (SALES / name).read_bytes()


def skips(result: ParsedPayments) -> list[tuple[str, str, dict]]:
    return [(skip.where, skip.code, skip.params) for skip in result.skipped]


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


# ----- telling the exports apart ----------------------------------------------------------------

DETECTED = {
    "stripe_payments.csv": "stripe",
    "paypal_activity.csv": "paypal",
    "shopify_orders.csv": "shopify",
    "base_orders_cp932.csv": "base",
    "square_transactions.csv": "square",
    "mapped_orders.csv": None,
}
OTHER_FILES = [
    "google_contacts.csv",
    "google_legacy.csv",
    "google_excel_cp932.csv",
    "linkedin_connections.csv",
    "bank_statement.csv",
]


@pytest.mark.parametrize(("name", "expected"), DETECTED.items())
def test_each_export_is_recognised_from_its_header(name, expected):
    assert detect_format(sales(name)) == expected


def _first_row(path: Path) -> list[str]:
    return next(record for record in csv_records(decode_text(path.read_bytes())) if any(record))


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    "path", [SALES / name for name in DETECTED] + [FIXTURES / name for name in OTHER_FILES], ids=lambda p: p.name
)
def test_no_reader_takes_another_exports_header(reader, path):
    """Every reader against every header: only an export's own reader finds all its columns there."""
    module = READERS[reader]
    takes = not Header(_first_row(path), module.SPEC).missing(module.REQUIRED)
    assert takes == (DETECTED.get(path.name) == reader)


def test_a_bom_and_cp932_do_not_hide_a_header():
    text = sales("stripe_payments.csv").decode("utf-8")
    assert detect_format(b"\xef\xbb\xbf" + text.encode("utf-8")) == "stripe"
    cp932 = sales("base_orders_cp932.csv")
    assert detect_format(cp932) == "base"
    assert detect_format(cp932.decode("cp932").encode("utf-8")) == "base"


def test_a_file_forced_as_another_export_is_refused_with_the_columns_it_lacks():
    with pytest.raises(ImportProblem) as refused:
        parse_payments(sales("stripe_payments.csv"), "paypal")
    assert refused.value.code == "import.not_paypal"
    assert refused.value.params == {"missing": "Date, Time, TimeZone, Type, Gross, Transaction ID"}
    with pytest.raises(ImportProblem) as unknown:
        parse_payments(sales("stripe_payments.csv"), "vcard")
    assert (unknown.value.code, unknown.value.params) == ("import.sales.unknown_format", {"format": "vcard"})
    with pytest.raises(ImportProblem) as empty:
        parse_payments(b" \r\n", "stripe")
    assert empty.value.code == "import.empty"


# ----- Stripe -------------------------------------------------------------------------------------

STRIPE_PAID = Payment(
    "stripe",
    "ch_3PBxA2Lk9dF1mQ0a1ZqT7uYc",
    date(2024, 5, 1),
    9800,
    0,
    "JPY",
    "hanako.yamada@example.jp",
    "山田 花子",
    "Coaching session (60 min)",
)


def test_stripe_payments_with_a_refund_and_a_failed_payment():
    result = parse_payments(sales("stripe_payments.csv"), "stripe", zone=TOKYO)
    assert result.format == "stripe"
    assert result.payments == [
        STRIPE_PAID,
        # 23:40 UTC on the 2nd is the morning of the 3rd in Tokyo; a partial refund does not lower the amount.
        Payment(
            "stripe",
            "ch_3PBxB7Lk9dF1mQ0a0Xy1Rt2K",
            date(2024, 5, 3),
            19600,
            4900,
            "JPY",
            "kenji.ito@example.com",
            "Kenji Ito",
            "Workshop: 2 seats",
        ),
        # No Customer Description: the name on the card. Refunded whole: still a payment, refunded whole.
        Payment(
            "stripe",
            "ch_3PBxD4Lk9dF1mQ0a0Gh5Ij6K",
            date(2024, 5, 5),
            1234.5,
            1234.5,
            "USD",
            "john@example.com",
            "John Smith",
            "Online course (lifetime)",
        ),
    ]
    assert skips(result) == [("row 4", "import.skip.sale_failed", {"number": 4, "status": "Failed"})]
    assert result.refunds == []


def test_stripe_keeps_the_utc_day_without_a_zone_and_reads_the_older_header():
    assert parse_payments(sales("stripe_payments.csv"), "stripe").payments[1].day == date(2024, 5, 2)
    older = sales("stripe_payments.csv").replace(b"Created date (UTC)", b"Created (UTC)")
    assert parse_payments(older, "stripe", zone=TOKYO).payments[1].day == date(2024, 5, 3)
    # Exported in the shop's own zone: the day as written, never moved again.
    local = sales("stripe_payments.csv").replace(b"Created date (UTC)", b"Created date (Asia/Tokyo)")
    assert parse_payments(local, "stripe", zone=TOKYO).payments[1].day == date(2024, 5, 2)


STRIPE_BROKEN = csv_bytes(
    [
        ["id", "Created date (UTC)", "Amount", "Amount Refunded", "Currency", "Status", "Mode"],
        ["ch_1", "2024-05-01 10:00", "500", "0", "jpy", "Paid", "Live"],
        ["ch_1", "2024-05-01 10:00", "500", "0", "jpy", "Paid", "Live"],
        ["ch_2", "2024-05-01 10:00", "500", "0", "jpy", "Paid", "Test"],
        ["ch_3", "yesterday", "500", "0", "jpy", "Paid", "Live"],
        ["ch_4", "2024-05-01 10:00", "5.5", "0", "jpy", "Paid", "Live"],
        ["ch_5", "2024-05-01 10:00", "500", "600", "jpy", "Paid", "Live"],
        ["ch_6", "2024-05-01 10:00", "500", "0", "円", "Paid", "Live"],
        ["ch_7", "2024-05-01 10:00", "0", "0", "jpy", "Paid", "Live"],
        ["ch_8", "2024-05-01 10:00", "500", "0", "jpy", "Disputed", "Live"],
        ["ch_9", "2024-05-01 10:00", "500", "0", "jpy", "Pending", "Live"],
    ]
)


def test_stripe_test_payments_repeated_ids_and_broken_cells_are_skipped_one_by_one():
    data = STRIPE_BROKEN
    result = parse_payments(data, "stripe")
    assert [payment.id for payment in result.payments] == ["ch_1"]
    assert skips(result) == [
        ("row 3", "import.skip.sale_repeated", {"number": 3, "id": "ch_1", "first": 2}),
        ("row 4", "import.skip.sale_test", {"number": 4}),
        ("row 5", "import.skip.sale_unreadable", {"number": 5, "column": "Created date (UTC)", "text": "yesterday"}),
        ("row 6", "import.skip.sale_unreadable", {"number": 6, "column": "Amount", "text": "5.5"}),
        ("row 7", "import.skip.sale_refund_too_large", {"number": 7, "id": "ch_5"}),
        ("row 8", "import.skip.sale_unreadable", {"number": 8, "column": "Currency", "text": "円"}),
        ("row 9", "import.skip.sale_zero", {"number": 9}),
        ("row 10", "import.skip.sale_status", {"number": 10, "status": "Disputed"}),
        ("row 11", "import.skip.sale_pending", {"number": 11, "status": "Pending"}),
    ]


# ----- PayPal -------------------------------------------------------------------------------------


def test_paypal_keeps_the_payments_received_and_skips_every_twin():
    result = parse_payments(sales("paypal_activity.csv"), "paypal")
    assert result.payments == [
        # Received in euros: the payment as paid, its conversion rows twins (never a converted guess).
        Payment(
            "paypal", "4EU44444DD444444D", date(2024, 5, 14), 30, 0, "EUR", "marie@example.fr", "Marie Dubois", "Template pack"
        ),
        # The capture of an authorization; the Website Payment row pointing at it is its twin.
        Payment(
            "paypal", "5PA55555EE555555B", date(2024, 5, 12), 60, 0, "USD", "ken.park@example.com", "Ken Park", "Consulting hour"
        ),
        # The refund row comes first (newest first) and still lands on its payment.
        Payment(
            "paypal", "1PA11111AA111111A", date(2024, 5, 10), 120, 20, "USD", "taro@example.com", "Taro Sato", "Design review"
        ),
    ]
    assert skips(result) == [
        ("row 3", "import.skip.sale_not_payment", {"number": 3, "type": "General Withdrawal"}),
        ("row 4", "import.skip.sale_pending", {"number": 4, "status": "Pending"}),
        ("row 6", "import.skip.sale_twin", {"number": 6, "type": "General Currency Conversion"}),
        ("row 7", "import.skip.sale_twin", {"number": 7, "type": "General Currency Conversion"}),
        ("row 8", "import.skip.sale_twin", {"number": 8, "type": "General Authorization"}),
        ("row 10", "import.skip.sale_twin", {"number": 10, "type": "Website Payment"}),
        ("row 11", "import.skip.sale_not_payment", {"number": 11, "type": "Mobile Payment"}),
        ("row 14", "import.skip.sale_failed", {"number": 14, "status": "Denied"}),
    ]
    # A refund of a payment from an earlier download is handed on, for the sale already in the journal.
    assert result.refunds == [Refund("paypal", "7RF77777GG777777A", "0OLD0000ZZ000000A", date(2024, 5, 9), 15, "USD")]


PAYPAL_HEADER = ["Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Transaction ID", "Reference Txn ID"]


def test_paypal_day_first_dates_and_decimal_commas_of_a_european_account():
    data = csv_bytes(
        [
            PAYPAL_HEADER,
            ["03/05/2024", "10:00:00", "CEST", "Anna", "Website Payment", "Completed", "EUR", "1.234,50", "A1", ""],
            ["25/04/2024", "10:00:00", "CEST", "Ben", "Website Payment", "Completed", "EUR", "12,00", "B1", ""],
            ["20/04/2024", "09:00:00", "CEST", "Ben", "Payment Refund", "Completed", "EUR", "-12,00", "B2", "B1"],
            ["19/04/2024", "09:00:00", "CEST", "Ben", "Payment Refund", "Completed", "EUR", "-0,01", "B3", "B1"],
        ]
    )
    result = parse_payments(data, "paypal")
    assert [(p.id, p.day, p.amount, p.refunded) for p in result.payments] == [
        ("A1", date(2024, 5, 3), 1234.5, 0),
        ("B1", date(2024, 4, 25), 12, 12),
    ]
    # The second refund would give back more than was paid: left out, not applied.
    assert skips(result) == [("row 5", "import.skip.sale_refund_too_large", {"number": 5, "id": "B1"})]


# ----- Shopify ------------------------------------------------------------------------------------


def test_shopify_gives_one_payment_per_order_with_its_items():
    result = parse_payments(sales("shopify_orders.csv"), "shopify")
    assert result.payments == [
        Payment(
            "shopify",
            "#1003",
            date(2024, 5, 3),
            7480,
            0,
            "JPY",
            "ken.sato@example.jp",
            "佐藤 健",
            "Ceramic mug ×2, Linen tote bag, Sticker",
        ),
        Payment(
            "shopify",
            "#1002",
            date(2024, 5, 2),
            12000,
            3000,
            "JPY",
            "emma@example.com",
            "Emma Wilson",
            "Workshop ticket, Workshop booklet",
        ),
    ]
    assert skips(result) == [
        ("row 2", "import.skip.sale_pending", {"number": 2, "status": "pending"}),
        ("row 8", "import.skip.sale_failed", {"number": 8, "status": "voided"}),
    ]


# ----- BASE ---------------------------------------------------------------------------------------


def test_base_in_cp932_one_payment_per_order_cancelled_and_unpaid_left_out():
    result = parse_payments(sales("base_orders_cp932.csv"), "base")
    assert result.payments == [
        Payment(
            "base",
            "7C1F0A3B9E2D4F61",
            date(2024, 5, 1),
            3960,
            0,
            "JPY",
            "ichiro.suzuki@example.jp",
            "鈴木 一郎",
            "手ぬぐい ×2, ブックカバー",
        ),
        Payment("base", "5F0B1D3C7A9E2B84", date(2024, 5, 4), 12000, 0, "JPY", "ren.ito@example.jp", "伊藤 蓮", "額装プリント"),
    ]
    assert skips(result) == [
        ("row 4", "import.skip.sale_failed", {"number": 4, "status": "キャンセル"}),
        ("row 5", "import.skip.sale_pending", {"number": 5, "status": "未入金"}),
    ]


def test_base_with_the_name_in_two_columns_and_other_spellings():
    data = csv_bytes(
        [
            ["注文 ID", "注文日時", "氏名（姓）", "氏名（名）", "メールアドレス", "商品名", "数量", "合計金額", "対応状況"],
            ["A1", "2024年5月6日 12:00", "佐藤", "花", "HANA@example.jp", "手ぬぐい", "1", "￥1,980", "未対応"],
        ],
        "cp932",
    )
    assert detect_format(data) == "base"
    assert parse_payments(data, "base").payments == [
        Payment("base", "A1", date(2024, 5, 6), 1980, 0, "JPY", "hana@example.jp", "佐藤 花", "手ぬぐい")
    ]


# ----- Square -------------------------------------------------------------------------------------


def test_square_payments_and_refunds_in_a_dollar_journal():
    result = parse_payments(sales("square_transactions.csv"), "square", currency="USD")
    assert result.payments == [
        Payment("square", "Ta1Bc2De3Fg4Hi5Jk6Lm", date(2024, 5, 3), 53.6, 0, "USD", "", "Emily Chen", "Portrait session"),
        Payment("square", "Tb2Qx9mY3kL8nP4rS6vW", date(2024, 5, 2), 20, 10, "USD", "", "Jordan Lee", "Print"),
    ]
    assert result.skipped == []
    [refund] = result.refunds
    assert (refund.payment_id, refund.day, refund.amount, refund.currency) == ("Tz9Yx8Wv7Ut6Sr5Qp4On", date(2024, 5, 1), 5, "USD")
    again = parse_payments(sales("square_transactions.csv"), "square", currency="USD")
    assert again.refunds[0].id == refund.id  # the same refund, the same id: never taken off twice


def test_square_dollars_are_never_guessed_into_a_currency():
    """`$` names a dozen currencies: in a yen journal, or with no journal currency given, the rows are unclear."""
    for currency in ("JPY", None):
        result = parse_payments(sales("square_transactions.csv"), "square", currency=currency)
        assert result.payments == [] and result.refunds == []
        assert {skip.code for skip in result.skipped} == {"import.skip.sale_currency_unclear"}
        assert result.skipped[1].params == {"number": 3, "text": "$53.60"}


def test_square_in_yen_names_its_currency_by_the_sign():
    text = sales("square_transactions.csv").decode("utf-8").replace("$", "¥").replace("¥53.60", '"¥5,360"')
    result = parse_payments(text.encode("utf-8"), "square", currency="USD")
    assert [(p.amount, p.currency) for p in result.payments] == [(5360, "JPY"), (20, "JPY")]


# ----- any CSV through a column map ---------------------------------------------------------------


def test_a_mapped_csv_in_yen():
    result = parse_payments(sales("mapped_orders.csv"), "columns", columns=parse_columns(MAPPED), currency="JPY")
    people = [(p.day, p.amount, p.currency, p.email, p.name, p.description) for p in result.payments]
    assert people == [
        (date(2024, 5, 1), 9800, "JPY", "misaki@example.jp", "田中 美咲", "オンライン講座"),
        (date(2024, 5, 1), 9800, "JPY", "misaki@example.jp", "田中 美咲", "オンライン講座"),  # a second seat
        (date(2024, 5, 2), 5000, "JPY", "", "小林 誠", "個別相談"),
        (date(2024, 5, 6), 5000, "JPY", "sakura@example.jp", "森 さくら", "個別相談"),
    ]
    ids = [p.id for p in result.payments]
    assert len(set(ids)) == 4 and all(re.fullmatch(r"row:[0-9a-f]{16}", i) for i in ids)
    assert skips(result) == [
        ("row 5", "import.skip.sale_negative", {"number": 5, "text": "-1,000"}),
        ("row 6", "import.skip.sale_failed", {"number": 6, "status": "キャンセル"}),
        ("row 7", "import.skip.sale_zero", {"number": 7}),
    ]


def test_the_same_rows_in_another_encoding_or_a_longer_export_keep_their_ids():
    columns = parse_columns(MAPPED)
    first = parse_payments(sales("mapped_orders.csv"), "columns", columns=columns, currency="JPY")
    text = sales("mapped_orders.csv").decode("utf-8-sig")
    for data in (text.encode("utf-8"), text.replace("¥", "￥").encode("cp932")):  # Excel's cp932 yen is full width
        assert parse_payments(data, "columns", columns=columns, currency="JPY").payments == first.payments
    header, rest = text.split("\r\n", 1)  # a newer export, newest on top: a new sale and a third identical seat
    newer = (
        "2024/05/09,岡田 優,,個別相談,5000,入金済み\r\n2024/05/01,田中 美咲,Misaki@Example.jp,オンライン講座,9800,入金済み\r\n"
    )
    again = parse_payments(f"{header}\r\n{newer}{rest}".encode(), "columns", columns=columns, currency="JPY")
    assert {p.id for p in first.payments} < {p.id for p in again.payments}
    assert len(again.payments) == len(first.payments) + 2


def test_a_map_with_an_id_and_a_currency_column():
    data = csv_bytes(
        [
            ["Order", "Day", "Total", "Cur", "Refund"],
            ["S-1", "May 6, 2024", "12.50", "usd", "2.50"],
            ["", "6 May 2024", "10", "usd", ""],
            ["S-3", "2024-05-07", "10", "dollars", ""],
        ]
    )
    columns = parse_columns("id=Order, date=Day, amount=Total, currency=Cur, refunded=Refund")
    result = parse_payments(data, "columns", columns=columns, currency="JPY")
    assert result.payments == [Payment("columns", "S-1", date(2024, 5, 6), 12.5, 2.5, "USD")]
    assert skips(result) == [
        ("row 3", "import.skip.sale_no_id", {"number": 3}),
        ("row 4", "import.skip.sale_unreadable", {"number": 4, "column": "Cur", "text": "dollars"}),
    ]


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        ("date=注文日,amount", "import.columns.malformed", {"item": "amount"}),
        ("date=注文日,=金額", "import.columns.malformed", {"item": "=金額"}),
        ("date=注文日,price=金額", "import.columns.unknown_key", {"key": "price"}),
        ("date=注文日,amount=金額,DATE=日付", "import.columns.twice", {"key": "date"}),
        ("amount=金額,customer=購入者", "import.columns.required", {"key": "date"}),
        ("date=注文日", "import.columns.required", {"key": "amount"}),
        ("", "import.columns.required", {"key": "date"}),
    ],
)
def test_a_column_map_it_cannot_mean_is_refused(text, code, params):
    with pytest.raises(ImportProblem) as refused:
        parse_columns(text)
    assert (refused.value.code, refused.value.field, refused.value.params) == (code, "columns", params)


def test_keys_are_read_in_any_case_and_width_and_columns_missing_from_the_file_are_refused():
    assert parse_columns(" Date = 注文日 ，ＡＭＯＵＮＴ=金額, ") == {"date": "注文日", "amount": "金額"}
    with pytest.raises(ImportProblem) as missing:
        parse_payments(sales("mapped_orders.csv"), "columns", columns=parse_columns("date=注文日,amount=価格"), currency="JPY")
    assert (missing.value.code, missing.value.params) == ("import.columns.missing", {"missing": "価格"})
    with pytest.raises(ImportProblem) as needed:
        parse_payments(sales("mapped_orders.csv"), "columns")
    assert needed.value.code == "import.columns.needed"
    with pytest.raises(ImportProblem) as remembered:  # a map kept in the journal is checked again
        parse_payments(sales("mapped_orders.csv"), "columns", columns={"date": "注文日", "price": "金額"})
    assert remembered.value.code == "import.columns.unknown_key"


def test_the_header_signature_keys_a_map_on_the_columns_not_their_order_or_spelling():
    header = ["注文日", "購入者", "金額"]
    assert header_signature(header) == header_signature(["\ufeff金額 ", "注文日", "購入者", ""])
    assert header_signature(["Date", "Amount"]) == header_signature(["date", "ＡＭＯＵＮＴ"])
    assert header_signature(header) != header_signature(["注文日", "購入者", "金額", "メール"])
    assert re.fullmatch(r"columns:[0-9a-f]{16}", header_signature(header))
    # The header as the use case gets it from the file: the same in UTF-8 with a BOM and in cp932.
    mapped = sales("mapped_orders.csv")
    assert file_header(mapped) == ["注文日", "購入者", "メール", "商品", "金額", "ステータス"]
    assert file_header(b"\r\n" + mapped.decode("utf-8-sig").replace("¥", "￥").encode("cp932")) == file_header(mapped)
    with pytest.raises(ImportProblem) as empty:
        file_header(b" , \r\n")
    assert empty.value.code == "import.empty"


# ----- amounts and dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        ("¥9,800", "JPY", 9800),
        ("￥９，８００", "JPY", 9800),
        ("9800円", "JPY", 9800),
        ("1,234.50", "USD", 1234.5),
        ("-1,234.50", "USD", -1234.5),
        ("(5.00)", "USD", -5),
        ("-$5.00", "USD", -5),
        ("▲500", "JPY", -500),
        ("1.234,50", "EUR", 1234.5),
        ("1 234,50", "EUR", 1234.5),
        ("12,5", "EUR", 12.5),
        ("1.234", "JPY", 1234),
    ],
)
def test_amount_cells_in_the_ways_exports_write_them(text, currency, expected):
    assert signed_amount(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency"), [("1.234", "USD"), ("9.5", "JPY"), ("$5", "JPY"), ("lots", "JPY"), ("9" * 13, "JPY")]
)
def test_amount_cells_that_would_need_a_guess_are_refused(text, currency):
    from journal.money import AmountError

    with pytest.raises(AmountError):
        signed_amount(text, currency)


_CURRENCIES = st.sampled_from(["JPY", "USD", "EUR", "KWD"])


@st.composite
def written_amounts(draw):
    currency = draw(_CURRENCIES)
    digits = {"JPY": 0, "KWD": 3}.get(currency, 2)
    minor = draw(st.integers(0, 10**11 * 10**digits))
    value = Decimal(minor).scaleb(-digits)
    whole, _, fraction = f"{value:.{digits}f}".partition(".")
    grouped = f"{int(whole):,}"
    styles = [whole + ("." + fraction if fraction else ""), grouped + ("." + fraction if fraction else "")]
    if currency == "EUR":
        styles.append(grouped.replace(",", ".") + "," + fraction)
    if currency == "JPY":
        styles += ["¥" + grouped, grouped + "円", grouped.translate(str.maketrans("0123456789,", "０１２３４５６７８９，"))]
        styles.append(grouped.replace(",", "."))  # yen from a German account: dots group thousands
    text = draw(st.sampled_from(styles))
    negative = draw(st.sampled_from(["", "-", "()"])) if minor else ""
    text = f"({text})" if negative == "()" else negative + text
    return text, currency, -value if negative else value


@given(written_amounts())
@settings(max_examples=300)
def test_any_amount_written_any_way_reads_back_exactly(case):
    text, currency, value = case
    assert Decimal(str(signed_amount(text, currency))) == value


def test_day_first_or_month_first_is_decided_by_the_whole_column():
    # A day above 12 anywhere decides.
    assert Days(["01/02/2024", "13/02/2024"]).day("01/02/2024") == date(2024, 2, 1)
    assert Days(["01/02/2024", "02/13/2024"]).day("01/02/2024") == date(2024, 1, 2)
    # Else the reading under which the rows run in date order: as days first they would jump about.
    in_order = ["05/01/2024", "03/02/2024", "04/03/2024"]  # 5 Jan, 3 Feb, 4 Mar; or 1 May, 2 Mar, 3 Apr
    assert Days(in_order).day("03/02/2024") == date(2024, 2, 3)
    assert Days(in_order[::-1]).day("03/02/2024") == date(2024, 2, 3)  # newest first as well
    # Else the time zone the file names.
    both = ["01/02/2024", "01/03/2024"]
    assert Days(both, ["Pacific Time (US & Canada)"]).day("01/03/2024") == date(2024, 1, 3)
    assert Days(both, ["CET"]).day("01/03/2024") == date(2024, 3, 1)
    with pytest.raises(ImportProblem) as unclear:
        Days(both, ["JST"])
    assert unclear.value.code == "import.sales.date_order" and unclear.value.params == {"example": "01/02/2024"}
    # Dates that read the same either way, and ISO dates, need no decision.
    assert Days(["05/05/2024", "2024-05-13"]).day("2024-05-13") == date(2024, 5, 13)


def test_a_day_that_does_not_exist_is_an_unreadable_row():
    data = csv_bytes([["日付", "金額"], ["2024-02-30", "100"], ["2024年2月29日", "200"], ["31/02/2024", "300"]])
    result = parse_payments(data, "columns", columns=parse_columns("date=日付,amount=金額"), currency="JPY")
    assert [(p.day, p.amount) for p in result.payments] == [(date(2024, 2, 29), 200)]
    assert skips(result) == [
        ("row 2", "import.skip.sale_unreadable", {"number": 2, "column": "日付", "text": "2024-02-30"}),
        ("row 4", "import.skip.sale_unreadable", {"number": 4, "column": "日付", "text": "31/02/2024"}),
    ]


def test_a_file_whose_dates_could_be_either_is_refused_whole():
    data = csv_bytes([["日付", "金額"], ["01/02/2024", "100"], ["01/03/2024", "200"]])
    with pytest.raises(ImportProblem) as unclear:
        parse_payments(data, "columns", columns=parse_columns("date=日付,amount=金額"), currency="JPY")
    assert unclear.value.code == "import.sales.date_order"


# ----- what every reader promises -----------------------------------------------------------------

FIXTURE_RUNS = [
    ("stripe_payments.csv", "stripe", {}),
    (STRIPE_BROKEN, "stripe", {}),
    ("paypal_activity.csv", "paypal", {}),
    ("shopify_orders.csv", "shopify", {}),
    ("base_orders_cp932.csv", "base", {}),
    ("square_transactions.csv", "square", {"currency": "USD"}),
    ("square_transactions.csv", "square", {"currency": "JPY"}),
    ("mapped_orders.csv", "columns", {"columns": parse_columns(MAPPED), "currency": "JPY"}),
]


@pytest.mark.parametrize(("name", "format", "options"), FIXTURE_RUNS)
def test_progress_is_told_from_nothing_to_everything(name, format, options):
    calls = []
    parse_payments(sales(name), format, lambda done, total: calls.append((done, total)), **options)
    total = calls[0][1]
    assert calls[0] == (0, total) and calls[-1] == (total, total) and total > 0


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize(("name", "format", "options"), FIXTURE_RUNS)
def test_every_skip_reads_as_a_whole_sentence(name, format, options, lang):
    for skipped in parse_payments(sales(name), format, **options).skipped:
        assert isinstance(skipped, Skipped) and skipped.code in CATALOGUES[lang]
        assert placeholders(CATALOGUES["en"][skipped.code]) == set(skipped.params)
        sentence = say(skipped.code, lang, **skipped.params)
        assert "{" not in sentence and str(skipped.params["number"]) in sentence


def test_every_sales_code_in_the_readers_has_its_english_and_japanese():
    source = "".join(
        path.read_text(encoding="utf-8") for path in (Path(__file__).parent.parent / "journal" / "importers").glob("*.py")
    )
    codes = set(
        re.findall(r'"(import\.(?:skip\.sale_\w+|columns\.\w+|sales\.\w+|not_(?:stripe|paypal|shopify|base|square)))"', source)
    )
    assert len(codes) >= 25
    assert {code for code in codes if code not in CATALOGUES["en"] or code not in CATALOGUES["ja"]} == set()
    assert all(f"import.format.{name}" in CATALOGUES["ja"] for name in SALE_FORMATS)


_FORMAT_AND_OPTIONS = st.sampled_from([(format, options) for _, format, options in FIXTURE_RUNS])


@given(st.binary(max_size=400), _FORMAT_AND_OPTIONS)
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_any_bytes_give_payments_or_a_refusal_never_a_traceback(data, run):
    format, options = run
    try:
        assert isinstance(parse_payments(data, format, **options), ParsedPayments)
    except ImportProblem:
        pass


_CELL = st.text(st.characters(blacklist_categories=["Cs"]), max_size=12) | st.sampled_from(
    ["", "0", "-5", "¥1,000", "$3", "05/13/2024", "Paid"]
)


@given(st.sampled_from(FIXTURE_RUNS), st.lists(st.lists(_CELL, max_size=50), min_size=1, max_size=6))
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_any_rows_under_a_real_header_are_read_or_skipped_never_a_traceback(run, rows):
    name, format, options = run
    header = next(record for record in csv_records(decode_text(sales(name))) if any(record))
    try:
        result = parse_payments(csv_bytes([header, *rows]), format, **options)
    except ImportProblem as refused:
        assert refused.code in ("import.sales.date_order", "import.csv_unreadable", "import.not_text")
        return
    for payment in result.payments:
        assert 0 < payment.amount and 0 <= payment.refunded <= payment.amount and re.fullmatch(r"[A-Z]{3}", payment.currency)
    assert all(skipped.code in CATALOGUES["en"] for skipped in result.skipped)


# Any text a shop writes in a cell, line breaks and tabs included (the reader puts it on one line).
_NAMES = st.text(
    st.characters(blacklist_categories=["Cs", "Cc", "Zl", "Zp"], blacklist_characters="\u0085")
    | st.sampled_from(["\n", "\t", "\r"]),
    max_size=10,
)


@given(
    st.lists(
        st.tuples(st.dates(date(2000, 1, 1), date(2099, 12, 31)), st.integers(1, 10**11), _NAMES, _NAMES),
        min_size=1,
        max_size=20,
    ),
    st.sampled_from(["utf-8", "utf-8-sig", "cp932"]),
)
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_a_mapped_csv_round_trips_and_reading_it_again_adds_nothing(rows, encoding):
    lines = [["日付", "金額", "購入者", "品目"]] + [
        [day.isoformat(), f"{amount:,}", name, what] for day, amount, name, what in rows
    ]
    try:
        data = csv_bytes(lines, encoding)
    except UnicodeEncodeError:
        data = csv_bytes(lines, "utf-8")
    columns = parse_columns("date=日付,amount=金額,customer=購入者,description=品目")
    result = parse_payments(data, "columns", columns=columns, currency="JPY")
    assert [(p.day, p.amount, p.name, p.description) for p in result.payments] == [
        (day, amount, one_line(name), one_line(what)) for day, amount, name, what in rows
    ]
    assert len({p.id for p in result.payments}) == len(rows)
    assert parse_payments(data, "columns", columns=columns, currency="JPY").payments == result.payments
    later = lines + [[(rows[0][0] + timedelta(days=1)).isoformat(), "1", "x", "y"]]
    longer = parse_payments(csv_bytes(later, "utf-8"), "columns", columns=columns, currency="JPY")
    assert [p.id for p in longer.payments][: len(rows)] == [p.id for p in result.payments]
