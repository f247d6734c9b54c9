"""The command line's --help: the program's description, each command's line and each option's. EN and JA.

argparse reads these as `%`-templates (`%(default)s`), so none may hold a bare `%`. Option names,
metavars (NAME, WHEN), command names and the values typed (goal, peer=60, JPY) stay as typed, in
Japanese too; Japanese help is wrapped by terminal cells and its own line-break rules
(journal.usage.CellsHelpFormatter). `help.contact` is the start every -c CONTACT shares, and
`{more}` what that command adds.
"""

from .pairs import Pair, languages

WORDS: dict[str, Pair] = {
    "help.description": (
        "A private relationship journal: who you feed, who feeds on you, and your shima.",
        "自分だけの人脈の帳簿：あなたが養分になっている相手、あなたを養分にしている相手、そしてあなたのシマ。",
        "5e4d84",
    ),
    "help.journal": (
        "the journal file (default: $SHIMA_JOURNAL, else the user data folder)",
        "帳簿のファイル（既定：$SHIMA_JOURNAL、なければユーザーのデータフォルダ）",
        "dca1b8",
    ),
    "help.contact": (
        "an id, an exact name or a unique part of a name; {more}",
        "ID、名前、または1人に決まる名前の一部。{more}",
        "76ce50",
    ),
    "help.contact.repeat": (
        "repeat for several",
        "複数なら繰り返し指定",
        "098691",
    ),
    "help.date": (
        "default: today",
        "既定：今日（昨日、3日前、先週の月曜、11月20日なども可）",
        "b08295",
    ),
    "help.command.tui": (
        "the full-screen app (also: shima with no command)",
        "全画面のアプリ（コマンドなしの shima でも起動）",
        "d185a0",
    ),
    "help.command.add": (
        "add a contact and print its id",
        "連絡先を追加して、その ID を表示",
        "e93f19",
    ),
    "help.add.name": (
        "the words of the name (佐藤 花子 needs no quotes)",
        "名前（佐藤 花子 のように空白があっても引用符は不要）",
        "168c3a",
    ),
    "help.add.reading": (
        "how the name is read (よみ), e.g. たなか",
        "名前のよみ（例：たなか）",
        "627d67",
    ),
    "help.add.met": (
        "how or where you met",
        "出会ったきっかけや場所",
        "bc5c09",
    ),
    "help.add.cadence": (
        "stay in touch every DAYS days",
        "連絡の間隔：DAYS 日ごとに連絡する",
        "c2ad66",
    ),
    "help.add.fit": (
        "shima criteria met: goal,heat,acknowledges,ahead",
        "満たしているシマの条件：goal,heat,acknowledges,ahead（同じゴール、同じ熱量、努力を認めてくれる、少し先を行く）",
        "83d154",
    ),
    "help.command.edit": (
        "change a contact's fields",
        "連絡先の項目を変更",
        "3eebc6",
    ),
    "help.edit.fit": (
        "criteria to tick: goal,heat,acknowledges,ahead",
        "満たすことにするシマの条件：goal,heat,acknowledges,ahead",
        "e5880e",
    ),
    "help.edit.unfit": (
        "criteria to untick",
        "満たさないことにするシマの条件",
        "23c639",
    ),
    "help.command.archive": (
        "hide a contact (never deleted)",
        "連絡先をアーカイブ（隠すだけで削除はしません）",
        "84a175",
    ),
    "help.command.restore": (
        "bring an archived contact back",
        "アーカイブした連絡先を元に戻す",
        "dba1e4",
    ),
    "help.command.log": (
        "add a journal entry and print its id",
        "記録をつけて、その ID を表示",
        "06332f",
    ),
    "help.log.kind": (
        "default: other (notes have none)",
        "既定：other（メモには種類なし）",
        "1c3dfd",
    ),
    "help.log.value": (
        "money, e.g. 30000, 30,000, 3万円",
        "金額（例：30000、30,000、3万円）",
        "d5c89c",
    ),
    "help.command.sale": (
        "record a sale of yours (your revenue) and print its id",
        "自分の売上を記録して、その ID を表示",
        "326960",
    ),
    "help.sale.value": (
        "the amount, e.g. 40000, 4万円, ¥40,000",
        "金額（例：40000、4万円、¥40,000）",
        "8ce4e2",
    ),
    "help.sale.contact": (
        "who brought it (a client they referred, a project with them); repeat for several",
        "この売上を運んでくれた人（紹介してくれた顧客、一緒にした仕事）。複数なら繰り返し指定",
        "927abc",
    ),
    "help.sale.text": (
        "what was sold (optional)",
        "売ったもの（省略可）",
        "54c75e",
    ),
    "help.command.edit-entry": (
        "change an entry's fields",
        "記録の項目を変更",
        "99f949",
    ),
    "help.edit_entry.contact": (
        "replaces the entry's contacts; repeat for several",
        "記録の相手を置き換えます。複数なら繰り返し指定",
        "f8d230",
    ),
    "help.command.delete-entry": (
        "delete an entry",
        "記録を削除",
        "6e3be9",
    ),
    "help.command.list": (
        "list contacts",
        "連絡先の一覧",
        "55255a",
    ),
    "help.list.archived": (
        "include archived contacts",
        "アーカイブした連絡先も含める",
        "dd56fd",
    ),
    "help.command.timeline": (
        "entries, newest first",
        "記録の一覧（新しい順）",
        "575020",
    ),
    "help.timeline.ids": (
        "show each entry's id",
        "記録ごとに ID を表示",
        "ad9646",
    ),
    "help.command.report": (
        "who you feed, who feeds on you, your shima",
        "あなたが養分になっている相手、あなたを養分にしている相手、あなたのシマ",
        "516d98",
    ),
    "help.command.due": (
        "who is due or overdue to hear from you today",
        "今日が連絡どき、または過ぎている人",
        "034f11",
    ),
    "help.due.short": (
        "one line for a shell prompt (nothing when nobody is due)",
        "シェルのプロンプト向けに1行で（連絡どきの人がいなければ何も出さない）",
        "c461d0",
    ),
    "help.due.notify": (
        "also a desktop notification, where there is a desktop",
        "デスクトップ通知も出す（デスクトップがあれば）",
        "db7c9e",
    ),
    "help.command.calendar": (
        "keep-in-touch days as an .ics file for a calendar",
        "連絡する日をカレンダー用の .ics ファイルに書き出す",
        "9b1cf3",
    ),
    "help.calendar.output": (
        "e.g. due.ics",
        "例：due.ics",
        "69f5eb",
    ),
    "help.command.export": (
        "the whole journal as JSON",
        "帳簿全体を JSON で書き出す",
        "0d32ba",
    ),
    "help.export.plain": (
        "of an encrypted journal: unencrypted JSON (keep it safe)",
        "暗号化した帳簿を暗号化せずに JSON で（安全に保管してください）",
        "787fcb",
    ),
    "help.command.encrypt": (
        "encrypt the journal, its backups and exports with a passphrase (asked on the terminal)",
        "帳簿とそのバックアップ、書き出したファイルをパスフレーズで暗号化（パスフレーズは端末で入力）",
        "5e0318",
    ),
    "help.command.decrypt": (
        "write the journal and its backups unencrypted again",
        "帳簿とそのバックアップを暗号化なしに戻す",
        "b7fe9a",
    ),
    "help.command.unlock": (
        "keep the encrypted journal's key at hand: in the desktop keyring, else in memory for 8 hours",
        "暗号化した帳簿の鍵を手元に保管（デスクトップのキーリング、なければメモリ上に8時間）",
        "9fc76c",
    ),
    "help.command.lock": (
        "forget the journal's kept key, wherever it is",
        "保管した帳簿の鍵を、どこにあっても消す",
        "6fdbea",
    ),
    "help.command.import": (
        "bring people in from a vCard, Google Contacts or LinkedIn file, or merge (or --replace with) an export",
        "vCard、Google コンタクト、LinkedIn のファイルから人を取り込む。shima のエクスポートなら統合（--replace で置き換え）",
        "94d901",
    ),
    "help.import.format": (
        "the file's format (default: recognised from its content)",
        "ファイルの形式（既定：中身から判別）",
        "620397",
    ),
    "help.import.dry_run": (
        "show what would be added, updated or skipped; change nothing",
        "追加・更新・読み飛ばしになるものを表示するだけで、何も変更しない",
        "9504d4",
    ),
    "help.import.replace": (
        "replace the whole journal (a shima export only)",
        "帳簿全体を置き換える（shima のエクスポートのみ）",
        "2a4d5e",
    ),
    "help.command.settings": (
        "show or change settings",
        "設定を表示・変更",
        "5fec3c",
    ),
    "help.settings.currency": (
        "ISO 4217 code, e.g. JPY, USD",
        "ISO 4217 の通貨コード（例：JPY、USD）",
        "41c991",
    ),
    "help.settings.goal": (
        "your own goal, in one line",
        "自分の目標（1行で）",
        "362303",
    ),
    "help.settings.window": (
        "insight window in days",
        "レポートの期間（日数）",
        "54e60a",
    ),
    "help.settings.lang": (
        "language (auto: $SHIMA_LANG, else the locale)",
        "言語（auto：$SHIMA_LANG、なければロケールに従う）",
        "74347f",
    ),
    "help.settings.cadence": (
        "stay in touch by tag, for contacts without their own cadence, e.g. shima=14,peer=60,influencer=none",
        "区分ごとの連絡の間隔（自分の間隔を持たない連絡先に）。例：shima=14,peer=60,influencer=none",
        "372df6",
    ),
    "help.import.accept_removals": (
        "merge even when it removes many records (more than 10, or more than half of the journal)",
        "多くの記録が消える（10件を超える、または帳簿の半分を超える）場合も統合する",
        "202b1d",
    ),
    "help.import.accept_future": (
        "take changes stamped ahead of this device's clock as changes made now",
        "この端末の時計より先の日時の変更を、今の変更として取り込む",
        "fc58fb",
    ),
    "help.command.restore-backup": (
        "bring the journal back to a backup, as a change made now (with no BACKUP: list them)",
        "帳簿をバックアップの状態に戻す（今の変更として）。BACKUP なしで一覧を表示",
        "2d1d96",
    ),
    "help.restore_backup.backup": (
        "a backup's name (beside the journal) or path",
        "バックアップの名前（帳簿と同じフォルダー）またはパス",
        "4b9c0d",
    ),
    "help.restore_backup.dry_run": (
        "show what would change, change nothing",
        "何が変わるかだけを表示し、何も変更しない",
        "fb5862",
    ),
    "help.unlock.for": (
        "keep it in memory only, for this long: 30m, 2h, 1d (at most 7 days; without --for: the desktop keyring, else 8h)",
        "メモリ上だけに、この時間だけ保管"
        "（30m、2h、1d、30分、2時間。最長7日。--for なしならデスクトップのキーリング、なければ8時間）",
        "9311cc",
    ),
}
EN, JA = languages(WORDS)
