"""argparse's own sentences: usage lines, usage errors and the headings of --help. EN and JA.

EN holds argparse's messages exactly as the standard library writes them (Python 3.11), because
`journal.usage` finds a message's code by its English text: argparse asks gettext for
"invalid choice: %(value)r (choose from %(choices)s)" and shima answers with the Japanese below.
The templates keep argparse's own `%` placeholders (argparse fills them, not `say()`), and the
Japanese must keep every one of them. Messages only a programmer can meet (a parser built wrong)
stay English and are not listed. `usage.version`, the help of --version, is argparse's own message
from Python 3.12 on; on 3.11 shima passes it itself.
"""

from .pairs import Pair, languages

WORDS: dict[str, Pair] = {
    "usage.usage": (
        "usage: ",
        "使い方: ",
        "dc2b6e",
    ),
    "usage.positionals": (
        "positional arguments",
        "引数",
        "e3d03e",
    ),
    "usage.options": (
        "options",
        "オプション",
        "513f8d",
    ),
    "usage.help": (
        "show this help message and exit",
        "このヘルプを表示して終了",
        "bba5be",
    ),
    "usage.version": (
        "show program's version number and exit",
        "バージョンを表示して終了",
        "6d9c4a",
    ),
    "usage.error": (
        "%(prog)s: error: %(message)s\n",
        "%(prog)s: %(message)s\n",
        "48817a",
    ),
    "usage.argument": (
        "argument %(argument_name)s: %(message)s",
        "%(argument_name)s：%(message)s",
        "cc4660",
    ),
    "usage.unrecognized": (
        "unrecognized arguments: %s",
        "使えない引数があります：%s",
        "b64695",
    ),
    "usage.required": (
        "the following arguments are required: %s",
        "次の引数を指定してください：%s",
        "e6299c",
    ),
    "usage.one_required": (
        "one of the arguments %s is required",
        "%s のどれか1つを指定してください",
        "bf57ca",
    ),
    "usage.not_allowed_with": (
        "not allowed with argument %s",
        "%s と一緒には使えません",
        "e095df",
    ),
    "usage.invalid_choice": (
        "invalid choice: %(value)r (choose from %(choices)s)",
        "%(value)r は選べません（%(choices)s から選んでください）",
        "a1ba14",
    ),
    "usage.invalid_value": (
        "invalid %(type)s value: %(value)r",
        "%(value)r は %(type)s の値として読めません",
        "9d930d",
    ),
    "usage.ambiguous": (
        "ambiguous option: %(option)s could match %(matches)s",
        "%(option)s だけでは %(matches)s のどれか決まりません",
        "9054b7",
    ),
    "usage.unexpected_option": (
        "unexpected option string: %s",
        "ここでは %s を使えません",
        "71e850",
    ),
    "usage.ignored_argument": (
        "ignored explicit argument %r",
        "このオプションは値を取りません（%r）",
        "fd3903",
    ),
    "usage.expected_one": (
        "expected one argument",
        "値を1つ指定してください",
        "3fd2d2",
    ),
    "usage.expected_at_most_one": (
        "expected at most one argument",
        "値は1つまでです",
        "2ddb7e",
    ),
    "usage.expected_at_least_one": (
        "expected at least one argument",
        "値を1つ以上指定してください",
        "c152a3",
    ),
    "usage.expected_n.one": ("expected %s argument", None, "be6987"),
    "usage.expected_n.other": (
        "expected %s arguments",
        "値を%s個指定してください",
        "2ea104",
    ),
    "usage.unknown_command": (
        "unknown parser %(parser_name)r (choices: %(choices)s)",
        "%(parser_name)r というコマンドはありません（%(choices)s）",
        "e6aea7",
    ),
    "usage.cannot_open": (
        "can't open '%(filename)s': %(error)s",
        "'%(filename)s' を開けません：%(error)s",
        "331463",
    ),
}
EN, JA = languages(WORDS)
