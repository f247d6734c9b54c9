"""Messages of the money area: code -> template, in English (EN) and Japanese (JA).

The codes are raised by `journal.money` (`AmountError`). `{text}` is the amount as the user typed
it (shortened), `{sign}` the currency sign or word found in it, `{currency}` the journal's ISO code,
`{limit}` the largest amount, written out, and `{digits}` the currency's number of decimals.
"""

from .pairs import Pair, languages

WORDS: dict[str, Pair] = {
    "amount.not_a_number": (
        "“{text}” is not an amount: write a number such as 30000, 30,000, 3万 or 12.50.",
        "「{text}」は金額として読めません。30000、30,000、3万、12.50 のように入力してください。",
        "d3d7fb",
    ),
    "amount.negative": (
        "“{text}” is below zero: an amount is zero or more.",
        "「{text}」はマイナスです。金額は0以上で入力してください。",
        "bd3377",
    ),
    "amount.too_large": (
        "“{text}” is too large: amounts go up to {limit}.",
        "「{text}」は大きすぎます。金額は{limit}までです。",
        "130a5e",
    ),
    "amount.wrong_currency": (
        "“{text}” is in another currency (“{sign}”), but this journal keeps {currency}: write the amount in {currency}.",
        "「{text}」は{currency}の帳簿では使えません（「{sign}」は別の通貨です）。{currency}の金額で入力してください。",
        "3e5053",
    ),
    "amount.not_whole": (
        "“{text}”: {currency} amounts are whole numbers, with no decimals.",
        "「{text}」：{currency}の金額に小数は使えません。整数で入力してください。",
        "14f5bd",
    ),
    "amount.too_precise": (
        "“{text}”: {currency} amounts have at most {digits} decimal places.",
        "「{text}」：{currency}の金額は小数点以下{digits}桁までです。",
        "564796",
    ),
    "amount.ambiguous": (
        "“{text}” could be read two ways: write every digit (35000) or name each unit (3万5千).",
        "「{text}」は二通りに読めます。35000 のように全部の桁を書くか、3万5千 のように単位を付けてください。",
        "85ee71",
    ),
}
EN, JA = languages(WORDS)
