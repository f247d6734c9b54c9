"""argparse's own sentences: usage lines, usage errors and the headings of --help. EN and JA.

EN holds argparse's messages exactly as the standard library writes them (Python 3.11), because
`journal.usage` finds a message's code by its English text: argparse asks gettext for
"invalid choice: %(value)r (choose from %(choices)s)" and shima answers with the Japanese below.
The templates keep argparse's own `%` placeholders (argparse fills them, not `say()`), and the
Japanese must keep every one of them. Messages only a programmer can meet (a parser built wrong)
stay English and are not listed. `usage.version`, the help of --version, is argparse's own message
from Python 3.12 on; on 3.11 shima passes it itself.
"""

EN: dict[str, str] = {
    "usage.usage": "usage: ",
    "usage.positionals": "positional arguments",
    "usage.options": "options",
    "usage.help": "show this help message and exit",
    "usage.version": "show program's version number and exit",
    "usage.error": "%(prog)s: error: %(message)s\n",
    "usage.argument": "argument %(argument_name)s: %(message)s",
    "usage.unrecognized": "unrecognized arguments: %s",
    "usage.required": "the following arguments are required: %s",
    "usage.one_required": "one of the arguments %s is required",
    "usage.not_allowed_with": "not allowed with argument %s",
    "usage.invalid_choice": "invalid choice: %(value)r (choose from %(choices)s)",
    "usage.invalid_value": "invalid %(type)s value: %(value)r",
    "usage.ambiguous": "ambiguous option: %(option)s could match %(matches)s",
    "usage.unexpected_option": "unexpected option string: %s",
    "usage.ignored_argument": "ignored explicit argument %r",
    "usage.expected_one": "expected one argument",
    "usage.expected_at_most_one": "expected at most one argument",
    "usage.expected_at_least_one": "expected at least one argument",
    "usage.expected_n.one": "expected %s argument",
    "usage.expected_n.other": "expected %s arguments",
    "usage.unknown_command": "unknown parser %(parser_name)r (choices: %(choices)s)",
    "usage.cannot_open": "can't open '%(filename)s': %(error)s",
}

JA: dict[str, str] = {
    "usage.usage": "使い方: ",
    "usage.positionals": "引数",
    "usage.options": "オプション",
    "usage.help": "このヘルプを表示して終了",
    "usage.version": "バージョンを表示して終了",
    "usage.error": "%(prog)s: %(message)s\n",
    "usage.argument": "%(argument_name)s：%(message)s",
    "usage.unrecognized": "使えない引数があります：%s",
    "usage.required": "次の引数を指定してください：%s",
    "usage.one_required": "%s のどれか1つを指定してください",
    "usage.not_allowed_with": "%s と一緒には使えません",
    "usage.invalid_choice": "%(value)r は選べません（%(choices)s から選んでください）",
    "usage.invalid_value": "%(value)r は %(type)s の値として読めません",
    "usage.ambiguous": "%(option)s だけでは %(matches)s のどれか決まりません",
    "usage.unexpected_option": "ここでは %s を使えません",
    "usage.ignored_argument": "このオプションは値を取りません（%r）",
    "usage.expected_one": "値を1つ指定してください",
    "usage.expected_at_most_one": "値は1つまでです",
    "usage.expected_at_least_one": "値を1つ以上指定してください",
    "usage.expected_n.other": "値を%s個指定してください",
    "usage.unknown_command": "%(parser_name)r というコマンドはありません（%(choices)s）",
    "usage.cannot_open": "'%(filename)s' を開けません：%(error)s",
}
