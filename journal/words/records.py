"""Messages about records: the rules every contact, entry and setting follows. EN and JA."""

from .pairs import Pair, languages

WORDS: dict[str, Pair] = {
    "record.where": (
        "{record} {id}: ",
        "{record} {id}：",
        "cc2137",
    ),
    "record.where_no_id": (
        "{record}: ",
        "{record}：",
        "790781",
    ),
    "record.contact": (
        "contact",
        "連絡先",
        "1a73af",
    ),
    "record.entry": (
        "entry",
        "記録",
        "61c412",
    ),
    "record.settings": (
        "settings",
        "設定",
        "3cc1d5",
    ),
    "record.record": (
        "record",
        "レコード",
        "275a70",
    ),
    "field.record": (
        "the record",
        "レコード",
        "1f2622",
    ),
    "field.name": (
        "name",
        "名前",
        "6ae999",
    ),
    "field.met": (
        "how you met",
        "出会い",
        "1d9523",
    ),
    "field.notes": (
        "notes",
        "メモ",
        "3add7b",
    ),
    "field.cadence_days": (
        "stay in touch",
        "連絡の間隔",
        "4a0192",
    ),
    "field.text": (
        "what happened",
        "何があったか",
        "c339d3",
    ),
    "field.value": (
        "value",
        "金額",
        "f32b67",
    ),
    "field.date": (
        "date",
        "日付",
        "e927d0",
    ),
    "field.kind": (
        "kind",
        "種類",
        "0ef25a",
    ),
    "field.contacts": (
        "contacts",
        "相手",
        "9db49a",
    ),
    "field.currency": (
        "currency",
        "通貨",
        "001517",
    ),
    "field.owner_goal": (
        "your goal",
        "自分の目標",
        "51eac4",
    ),
    "field.window_days": (
        "window",
        "期間",
        "320ad2",
    ),
    "record.not_object": (
        "{field} must be a JSON object",
        "「{field}」が JSON のオブジェクトではありません",
        "1465d4",
    ),
    "record.missing_field": (
        "missing field '{name}'",
        "項目「{name}」がありません",
        "200da8",
    ),
    "record.unknown_field": (
        "unknown field '{name}'",
        "不明な項目「{name}」があります",
        "123687",
    ),
    "record.id_empty": (
        "id must be a non-empty string",
        "id は空でない文字列である必要があります",
        "873d48",
    ),
    "record.id_twice": (
        "id is used twice",
        "id が重複しています",
        "c41519",
    ),
    "value.not_text": (
        "{field} must be a string",
        "「{field}」は文字列である必要があります",
        "132ccf",
    ),
    "value.not_choice": (
        "{field} must be one of {choices}",
        "「{field}」は {choices} のどれかである必要があります",
        "57f617",
    ),
    "value.not_bool": (
        "{field} must be true or false",
        "「{field}」は true か false である必要があります",
        "9e3f6f",
    ),
    "value.not_stamp": (
        "{field} must be an ISO 8601 date and time with a UTC offset",
        "「{field}」は UTC との時差つきの ISO 8601 形式の日時である必要があります",
        "1c06ae",
    ),
    "value.not_amount": (
        "{field} must be a number from 0 to {limit:,}, or null",
        "「{field}」は0から{limit:,}までの数値か null である必要があります",
        "a74571",
    ),
    "value.too_long": (
        "{field} is too long: {length:,} characters, at most {limit:,}",
        "「{field}」が長すぎます（{length:,}文字。{limit:,}文字までです）",
        "beb723",
    ),
    "value.not_utf8": (
        "{field} holds bytes that are not UTF-8 text",
        "「{field}」に UTF-8 のテキストではないバイトが含まれています",
        "6ae76c",
    ),
    "name.empty": (
        "{field} must not be empty",
        "「{field}」が空です",
        "f0d413",
    ),
    "name.invisible": (
        "{field} has no visible character",
        "「{field}」に目に見える文字がありません",
        "d343f3",
    ),
    "cadence.range": (
        "{field} must be a whole number of days from 1 to {limit:,}, or none",
        "「{field}」は1から{limit:,}までの日数（整数）か、none にしてください",
        "636930",
    ),
    "day.not_a_day": (
        "{field} {text} does not exist",
        "「{field}」の {text} は存在しない日付です",
        "33e7fd",
    ),
    "day.not_iso": (
        "{field} must be a day written YYYY-MM-DD",
        "「{field}」は YYYY-MM-DD 形式の日付である必要があります",
        "b88481",
    ),
    "contacts.not_ids": (
        "{field} must be a list of contact ids",
        "「{field}」は連絡先の id のリストである必要があります",
        "4ab845",
    ),
    "contacts.twice": (
        "{field} must not name the same contact twice",
        "「{field}」に同じ連絡先が2回入っています",
        "780e35",
    ),
    "contacts.needed": (
        "{field} must name at least one contact unless the entry is a note or a sale",
        "メモと売上以外の記録では、「{field}」に連絡先を1人以上入れる必要があります",
        "eaae7f",
    ),
    "contacts.unknown": (
        "{field} names {contact!r}, which is not a contact in the file",
        "「{field}」の {contact!r} は、このファイルにない連絡先です",
        "de0c0f",
    ),
    "kind.required": (
        "{field} is required unless the entry is a note or a sale",
        "メモと売上以外の記録では「{field}」が必要です",
        "da19f2",
    ),
    "kind.sale_has_kind": (
        "a sale has no kind: leave {field} out",
        "売上には種類がありません：「{field}」は指定しないでください",
        "623e5c",
    ),
    "sale.needs_value": (
        "a sale needs its amount: {field} must be more than zero",
        "売上には金額が必要です：「{field}」は0より大きくしてください",
        "5b9e12",
    ),
    "kind.note_has_kind": (
        "a note has no kind: leave {field} out, or choose gave, received or mutual",
        "メモには種類を付けられません。「{field}」を外すか、与えた（gave）・受け取った（received）・お互いに（mutual）のどれかにしてください",
        "097421",
    ),
    "text.empty": (
        "{field} is empty: say in a few words what happened",
        "「{field}」が空です。何があったかを短く書いてください",
        "ea25a5",
    ),
    "currency.unknown": (
        "{text!r} is not an ISO 4217 currency code such as JPY or USD",
        "「{text}」は ISO 4217 の通貨コードではありません（JPY、USD など）",
        "4b44b8",
    ),
    "lang.unknown": (
        "{field} must be one of {choices}, or auto (the locale decides)",
        "「{field}」は {choices} のどれか、または auto（ロケールで決める）にしてください",
        "2a8d33",
    ),
    "window.range": (
        "{field} must be a whole number of days from 1 to {limit:,}",
        "「{field}」は1から{limit:,}までの日数（整数）にしてください",
        "b94bdb",
    ),
    "document.not_shima": (
        "not a shima journal: the field 'format' must be \"shima-journal\"",
        'shima の帳簿ではありません（項目「format」が "shima-journal" ではありません）',
        "fb674d",
    ),
    "document.version_not_number": (
        "the field 'version' must be a whole number",
        "項目「version」が整数ではありません",
        "925960",
    ),
    "document.version_newer": (
        "format version {version} is newer than this shima understands ({known}); update shima",
        "形式のバージョン {version} は、この shima が扱えるもの（{known}）より新しいです。shima を更新してください",
        "f81b2c",
    ),
    "document.version_unknown": (
        "format version {version} is not known",
        "形式のバージョン {version} は不明です",
        "d474fa",
    ),
    "document.not_list": (
        "the field '{name}' must be a list",
        "項目「{name}」がリストではありません",
        "a40ac5",
    ),
    "document.journal_id": (
        "the field 'journal_id' must be a string",
        "項目「journal_id」が文字列ではありません",
        "af63f4",
    ),
    "document.tombstones": (
        "the field 'tombstones' must be a JSON object of ids and times",
        "項目「tombstones」が、id と日時の JSON オブジェクトではありません",
        "c00abf",
    ),
    "document.tombstone": (
        "the tombstone of '{record_id}' must give a time with its UTC offset",
        "「{record_id}」の削除記録に、UTC からの時差付きの日時がありません",
        "0127bc",
    ),
}
EN, JA = languages(WORDS)
