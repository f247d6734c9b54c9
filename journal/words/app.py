"""Messages of the full-screen app: screens, forms, dialogs, notifications, help. EN and JA."""

from .pairs import Pair, languages

_HELP_EN = """\
# shima: keys

- `a` add a contact
- `l` log an entry (for the selected contact; add others in the form)
- `s` record a sale of yours
- `e` edit the selected contact, or the selected entry in a timeline
- `d` archive (or restore) the selected contact, or delete the selected entry; asks first
- `u` or `ctrl+z` undo the last change made with a key (archive, restore, delete, a criterion)
- `/` filter as you type (`escape` clears)
- `1` `2` `3` `4` `5` all / shima / peers / influencers / archived
- `enter` from a contact to its timeline · `tab` next pane · `space` tick a shima criterion
- `t` timeline of all entries
- `r` report: did it pay off, who you feed, who feeds on you, your shima, who is due
- `x` export the journal as JSON
- `ctrl+p` command palette: jump to a contact, run any action, settings, language, theme
- `ctrl+s` save a form · `escape` close a dialog, go back
- `?` this help · `q` quit

# The ideas

**A network is mutual contribution.** Two people with nothing to give each other get comfort,
not a network. Log what you **gave** (→), what you **received** (←), what you did together
(⇄ **mutual**), and plain **notes**. A note with nobody in it is your own effort log: the first rule
is to grow your own strength.

**Peer**: someone at your level. Comfort has its worth, but watch whether anything of business
value (a referral, a collaboration, money) ever flows.

**Influencer**: someone powerful. Hanging around them with nothing to offer makes you their
**feed**: you pay fees and give free labor, and nothing comes back.
Feeding risk: {feeding_rule}.

**Shima** (シマ, island): a few people you pick who
1. aim at the same goal,
2. put in the same heat of effort,
3. acknowledge the effort you make now,
4. each feel the other is a little ahead.

Peers meeting 3 or 4 of these are suggested to invite; shima members meeting 0 or 1 get a second look.

**Takers**: once you are strong, watch for people who only take.
Taker risk: {taker_rule}.

**Stay in touch**: give a contact a cadence (every N days) and shima lists them once it has passed.

**Did it pay off?** The report sets your sales, and the share your network brought, beside the cash
you spent on it, month by month, with the trend and who cost or brought the most. Record your own
sales with `s` (or `shima sale`). The honest test of a network is whether your sales moved.
"""

_HELP_JA = """\
# shima：キー操作

- `a` 連絡先を追加
- `l` 記録をつける（選んでいる人について。ほかの人はフォームで追加）
- `s` 自分の売上を記録
- `e` 選んでいる連絡先、またはタイムラインで選んでいる記録を編集
- `d` 連絡先をアーカイブ（または復元）、記録を削除（確認あり）
- `u` または `ctrl+z` キーで行った最後の変更を元に戻す
- `/` 入力しながら絞り込み（`escape` で解除）
- `1`〜`5` 全員／シマ／ピア／インフルエンサー／アーカイブ
- `enter` その人のタイムラインへ · `tab` 次の欄へ
- `space` シマの条件を切り替え
- `t` すべての記録のタイムライン
- `r` レポート：成果は出たか、養分、テイカー、シマ、連絡どき
- `x` 帳簿を JSON で書き出す
- `ctrl+p` コマンドパレット：連絡先へ移動、操作、設定、言語、テーマ
- `ctrl+s` フォームを保存 · `escape` 閉じる・戻る
- `?` このヘルプ · `q` 終了

# 考え方

**人脈とは、お互いに貢献し合うこと。** お互いに与えるものがない二人が得るのは居心地であって、
人脈ではありません。**与えた**こと（→）、**受け取った**こと（←）、一緒にしたこと（⇄ **お互いに**）、
ただの**メモ**を記録します。誰も入っていないメモは自分の努力の記録：まず自分の力を伸ばすことです。

**ピア**：自分と同じくらいの立場の人。居心地にも価値はありますが、ビジネス上の価値（紹介・協業・お金）が
流れているかを見ます。

**インフルエンサー**：力のある人。提供できるものがないまま取り巻いていると、その人の**養分**になります：
会費を払い、無償で働き、何も返ってきません。
養分リスク：{feeding_rule}。

**シマ**（島）：自分で選んだ数人で、
1. 同じゴールを目指し、
2. 同じ熱量で努力し、
3. 今の自分の努力を認めてくれて、
4. お互いに相手が少し先を行っていると感じる人。

このうち3つか4つを満たすピアは誘う候補に、0か1つしか満たさないシマのメンバーは見直し候補になります。

**テイカー**：自分が強くなったら、奪うだけの人に気をつけます。
テイカーリスク：{taker_rule}。

**連絡どき**：連絡先に間隔（N日ごと）を決めると、過ぎたときに一覧に出ます。

**成果は出たか**：レポートは月ごとの売上と、そのうち人脈が運んできた分を、人脈に使ったお金と並べて見せます。
傾向と、お金がかかった人・ビジネスを運んでくれた人も出ます。自分の売上は `s`（または `shima sale`）で記録します。
人脈の正直な試金石は、売上が動いたかどうかです。
"""

WORDS: dict[str, Pair] = {
    "unlock.title": (
        "This journal is encrypted",
        "この帳簿は暗号化されています",
        "5d2443",
    ),
    "unlock.placeholder": (
        "passphrase",
        "パスフレーズ",
        "621027",
    ),
    "unlock.working": (
        "Unlocking…",
        "開いています…",
        "df526f",
    ),
    "unlock.remember": (
        "Keep the key in this system's keyring",
        "鍵をこのシステムのキーリングに保管する",
        "c6691c",
    ),
    "unlock.hint": (
        "Enter opens it · Esc quits · a forgotten passphrase cannot be recovered",
        "Enter で開く・Esc で終了・パスフレーズを忘れると元に戻せません",
        "0aa55f",
    ),
    "app.cannot_open": (
        "the journal could not be opened",
        "帳簿を開けませんでした",
        "fbad09",
    ),
    "app.needs_terminal": (
        "the full-screen app needs a terminal (standard input and output are not one); use the commands instead, e.g. shima list",
        "全画面アプリには端末が必要です（標準入出力が端末ではありません）。代わりにコマンドを使ってください（例：shima list）",
        "af0926",
    ),
    "app.outside_changed": (
        "The journal changed in another window; shown here now.",
        "別のウィンドウで帳簿が変更されました。ここにも反映しました。",
        "8e4658",
    ),
    "app.outside_damaged": (
        "Another program left the journal damaged",
        "別のプログラムが帳簿を壊れた状態にしました",
        "e1c0f2",
    ),
    "app.waiting_for_lock": (
        "Waiting for another shima to finish writing…",
        "別の shima が書き込み終わるのを待っています…",
        "f9d140",
    ),
    "app.not_saved": (
        "Not saved",
        "保存されませんでした",
        "3d5640",
    ),
    "app.also_changed_elsewhere": (
        "Saved. Another window had also changed {fields}; your version was kept.",
        "保存しました。別のウィンドウでも{fields}が変更されていましたが、あなたの内容を残しました。",
        "17f9d5",
    ),
    "app.archive_question": (
        "Archive",
        "アーカイブしますか：",
        "2621c6",
    ),
    "app.restore_question": (
        "Restore",
        "復元しますか：",
        "3cbe6d",
    ),
    "app.archive_explained": (
        "Archived contacts are hidden, never deleted: see 5 Archived. You can undo with u.",
        "アーカイブした連絡先は隠れるだけで、削除されません（5 アーカイブ で見られます）。u で元に戻せます。",
        "32994a",
    ),
    "app.archived": (
        "Archived {name}. Press u to undo.",
        "{name} をアーカイブしました。u で元に戻せます。",
        "24a7e0",
    ),
    "app.restored": (
        "Restored {name}. Press u to undo.",
        "{name} を復元しました。u で元に戻せます。",
        "c51b77",
    ),
    "app.delete_question": (
        "Delete this entry?",
        "この記録を削除しますか？",
        "ff185e",
    ),
    "app.no_text": (
        "(no text)",
        "（本文なし）",
        "b87d9e",
    ),
    "app.undo_hint": (
        "You can undo with u.",
        "u で元に戻せます。",
        "bec831",
    ),
    "app.deleted": (
        "Entry deleted. Press u to undo.",
        "記録を削除しました。u で元に戻せます。",
        "2fb7b2",
    ),
    "app.deleted_step": (
        "deleted an entry",
        "記録の削除",
        "dd7bb8",
    ),
    "app.nothing_to_undo": (
        "Nothing to undo.",
        "元に戻す操作はありません。",
        "e7735f",
    ),
    "app.undone": (
        "Undone: {step}",
        "元に戻しました：{step}",
        "74c2ee",
    ),
    "filter.all": (
        "All",
        "全員",
        "6a7208",
    ),
    "filter.shima": (
        "Shima",
        "シマ",
        "f34b04",
    ),
    "filter.peer": (
        "Peers",
        "ピア",
        "4a9457",
    ),
    "filter.influencer": (
        "Influencers",
        "インフルエンサー",
        "2a1efe",
    ),
    "filter.archived": (
        "Archived",
        "アーカイブ",
        "eddc81",
    ),
    "main.filter_placeholder": (
        "filter names (escape clears)",
        "名前で絞り込み（escape で解除）",
        "807bd6",
    ),
    "main.reading_entries": (
        "reading entries…",
        "記録を読み込み中…",
        "d05c6b",
    ),
    "main.goal": (
        "goal: ",
        "目標：",
        "bd9863",
    ),
    "main.no_goal": (
        "none yet (ctrl+p, Settings)",
        "未設定（ctrl+p で設定）",
        "e6c587",
    ),
    "contacts.empty": (
        "no contacts here: press a to add one",
        "連絡先がありません：a で追加",
        "9749c7",
    ),
    "contacts.no_match": (
        "no contact matches the filter (escape clears it)",
        "絞り込みに合う連絡先はありません（escape で解除）",
        "815917",
    ),
    "tag.short.peer": (
        "peer",
        "ピア",
        "2b974b",
    ),
    "tag.short.influencer": (
        "infl.",
        "インフル",
        "fd526c",
    ),
    "tag.short.shima": (
        "shima",
        "シマ",
        "8263e4",
    ),
    "marker.feeding.high": (
        "feed!",
        "養分！",
        "53c8b2",
    ),
    "marker.feeding.watch": (
        "feed?",
        "養分？",
        "339e55",
    ),
    "marker.taker.high": (
        "taker!",
        "奪う！",
        "7d5ac6",
    ),
    "marker.taker.watch": (
        "taker?",
        "奪う？",
        "3839c9",
    ),
    "marker.review.watch": (
        "review",
        "見直し",
        "61e62b",
    ),
    "marker.overdue": (
        "due",
        "連絡",
        "30cdf7",
    ),
    "marker.invite": (
        "invite",
        "誘う",
        "f52bc4",
    ),
    "view.none": (
        "No contact selected. Press a to add one, ? for help.",
        "連絡先が選ばれていません。a で追加、? でヘルプ。",
        "e0fade",
    ),
    "view.criteria": (
        "Shima criteria (space toggles)",
        "シマの条件（space で切り替え）",
        "c28c36",
    ),
    "view.timeline": (
        "Timeline",
        "タイムライン",
        "018514",
    ),
    "view.archived": (
        " · archived",
        "・アーカイブ済み",
        "a0c93d",
    ),
    "view.met": (
        "Met: ",
        "出会い：",
        "4ee66c",
    ),
    "view.stay_in_touch": (
        "Stay in touch: ",
        "連絡の間隔：",
        "083ca0",
    ),
    "view.every_days": (
        "every {days} days",
        "{days}日ごと",
        "962056",
    ),
    "view.no_reminder": (
        "no reminder",
        "なし",
        "957917",
    ),
    "view.fit": (
        "Shima fit: ",
        "シマ度：",
        "757fe7",
    ),
    "view.gave": (
        "Gave ",
        "与えた ",
        "d05a83",
    ),
    "view.received": (
        "Received ",
        "受け取った ",
        "ce5595",
    ),
    "view.last": (
        "Last: ",
        "最後：",
        "4b243c",
    ),
    "view.never": (
        "never",
        "なし",
        "85777c",
    ),
    "view.window": (
        "(last {days} days)",
        "（直近{days}日）",
        "18d5aa",
    ),
    "view.reading": (
        "Reading the timeline…",
        "タイムラインを読み込み中…",
        "774a3c",
    ),
    "view.notes": (
        "Notes:",
        "メモ：",
        "9c3bef",
    ),
    "view.more_characters": (
        "… {n} more characters (e to edit)",
        "…ほか{n}文字（e で編集）",
        "58ac01",
    ),
    "view.flag": (
        "{rule} ({level}): ",
        "{rule}（{level}）：",
        "e38956",
    ),
    "view.advice": (
        "{rule}: ",
        "{rule}：",
        "4b97a9",
    ),
    "timeline.kind_and_text": (
        "{kind}: {text}",
        "{kind}：{text}",
        "757575",
    ),
    "timeline.title": (
        "Timeline",
        "タイムライン",
        "018514",
    ),
    "timeline.count": (
        "{total} entries, newest first",
        "{total}件、新しい順",
        "99b10e",
    ),
    "timeline.count_filtered": (
        "{shown} of {total} entries, newest first",
        "{total}件中{shown}件、新しい順",
        "ee278d",
    ),
    "timeline.legend": (
        "→ gave  ← received  ⇄ mutual  · note  ◆ sale",
        "→ 与えた  ← 受け取った  ⇄ お互いに  · メモ  ◆ 売上",
        "901a2c",
    ),
    "timeline.filter_placeholder": (
        "/ filter by name, kind, direction, date or text",
        "/ 名前・種類・方向・日付・本文で絞り込み",
        "94d55b",
    ),
    "timeline.empty": (
        "no entries yet: press l to log one",
        "記録はまだありません：l で記録",
        "8f2ade",
    ),
    "timeline.no_match": (
        "no entry matches the filter (escape clears it)",
        "絞り込みに合う記録はありません（escape で解除）",
        "89bebd",
    ),
    "timeline.yourself": (
        "(yourself)",
        "（自分）",
        "be5b04",
    ),
    "timeline.month": (
        "{month} {year}  ({entries})",
        "{year}年{month}  （{entries}）",
        "7d3820",
    ),
    "month.1": (
        "January",
        "1月",
        "7a22d7",
    ),
    "month.2": (
        "February",
        "2月",
        "5c3a35",
    ),
    "month.3": (
        "March",
        "3月",
        "433632",
    ),
    "month.4": (
        "April",
        "4月",
        "a03939",
    ),
    "month.5": (
        "May",
        "5月",
        "c94f47",
    ),
    "month.6": (
        "June",
        "6月",
        "a9db90",
    ),
    "month.7": (
        "July",
        "7月",
        "df97a4",
    ),
    "month.8": (
        "August",
        "8月",
        "69d97c",
    ),
    "month.9": (
        "September",
        "9月",
        "1c542e",
    ),
    "month.10": (
        "October",
        "10月",
        "87206a",
    ),
    "month.11": (
        "November",
        "11月",
        "3c5bf7",
    ),
    "month.12": (
        "December",
        "12月",
        "65640c",
    ),
    "weekday.0": (
        "Mon",
        "月",
        "24b2a0",
    ),
    "weekday.1": (
        "Tue",
        "火",
        "529541",
    ),
    "weekday.2": (
        "Wed",
        "水",
        "23408b",
    ),
    "weekday.3": (
        "Thu",
        "木",
        "3593cc",
    ),
    "weekday.4": (
        "Fri",
        "金",
        "bbd6e3",
    ),
    "weekday.5": (
        "Sat",
        "土",
        "6b782d",
    ),
    "weekday.6": (
        "Sun",
        "日",
        "48c98c",
    ),
    "weekday.long.0": (
        "Monday",
        "月曜日",
        "932eeb",
    ),
    "weekday.long.1": (
        "Tuesday",
        "火曜日",
        "42e43b",
    ),
    "weekday.long.2": (
        "Wednesday",
        "水曜日",
        "5656b9",
    ),
    "weekday.long.3": (
        "Thursday",
        "木曜日",
        "76031d",
    ),
    "weekday.long.4": (
        "Friday",
        "金曜日",
        "d166e8",
    ),
    "weekday.long.5": (
        "Saturday",
        "土曜日",
        "17063c",
    ),
    "weekday.long.6": (
        "Sunday",
        "日曜日",
        "bc5dd0",
    ),
    "dashboard.title": (
        "Report",
        "レポート",
        "ee45c3",
    ),
    "dashboard.window": (
        "{today}, window: last {days} days",
        "{today}、期間：直近{days}日",
        "83b374",
    ),
    "dashboard.no_goal": (
        "not set yet (ctrl+p: Settings)",
        "未設定（ctrl+p：設定）",
        "4a75ac",
    ),
    "dialog.yes": (
        "Yes  y",
        "はい  y",
        "a35f8e",
    ),
    "dialog.no": (
        "No  n",
        "いいえ  n",
        "2d022d",
    ),
    "form.save": (
        "Save  ctrl+s",
        "保存  ctrl+s",
        "831589",
    ),
    "form.cancel": (
        "Cancel  esc",
        "やめる  esc",
        "cfb75b",
    ),
    "form.discard": (
        "Discard what you typed?",
        "入力した内容を捨てますか？",
        "2e5615",
    ),
    "form.not_saved": (
        "Not saved, nothing was lost: {reason}",
        "保存されませんでした（入力は残っています）：{reason}",
        "f8d285",
    ),
    "form.saved": (
        "Saved.",
        "保存しました。",
        "9d4af6",
    ),
    "form.saved_contact": (
        "Saved {name}.",
        "{name} を保存しました。",
        "731d03",
    ),
    "form.saved_entry": (
        "Entry saved.",
        "記録を保存しました。",
        "c56281",
    ),
    "form.add_contact": (
        "Add a contact",
        "連絡先を追加",
        "51adbb",
    ),
    "form.edit_contact": (
        "Edit contact",
        "連絡先を編集",
        "857c28",
    ),
    "form.log_entry": (
        "Log an entry",
        "記録をつける",
        "6c8ed1",
    ),
    "form.edit_entry": (
        "Edit entry",
        "記録を編集",
        "65440f",
    ),
    "form.name": (
        "Name",
        "名前",
        "709a23",
    ),
    "form.tag": (
        "Tag",
        "区分",
        "982963",
    ),
    "form.met": (
        "How you met",
        "出会い",
        "101df8",
    ),
    "form.cadence": (
        "Stay in touch",
        "連絡の間隔",
        "ed9990",
    ),
    "form.cadence_hint": (
        "every N days (empty: no reminder)",
        "N日ごと（空欄：通知なし）",
        "880010",
    ),
    "form.criteria": (
        "Shima criteria: they…",
        "シマの条件：この人は…",
        "e17bde",
    ),
    "form.notes": (
        "Notes",
        "メモ",
        "704400",
    ),
    "form.required": (
        "required",
        "必須",
        "1a77d4",
    ),
    "form.optional": (
        "optional",
        "任意",
        "48a7b8",
    ),
    "form.with": (
        "With",
        "相手",
        "564f8c",
    ),
    "form.with_hint": (
        "names, separated by commas (empty: about yourself)",
        "名前をカンマか「、」で区切る（空欄：自分のこと）",
        "695a10",
    ),
    "form.direction": (
        "Direction",
        "方向",
        "fd8e45",
    ),
    "form.direction.gave": (
        "gave (you contributed)",
        "与えた（自分が貢献）",
        "8460dd",
    ),
    "form.direction.received": (
        "received (they contributed)",
        "受け取った（相手が貢献）",
        "d2d8c5",
    ),
    "form.direction.mutual": (
        "mutual (both)",
        "お互いに（両方）",
        "eb379b",
    ),
    "form.direction.note": (
        "note (no contribution)",
        "メモ（貢献なし）",
        "2cfa47",
    ),
    "form.kind": (
        "Kind",
        "種類",
        "e00ac2",
    ),
    "form.value": (
        "Value",
        "金額",
        "8dce17",
    ),
    "form.value_hint": (
        "money in {currency} (optional)",
        "{currency} の金額（任意）",
        "06af0b",
    ),
    "form.date": (
        "Date",
        "日付",
        "eb9a4b",
    ),
    "form.date_hint": (
        "today, yesterday, 3 days ago, 2026-11-20",
        "今日、昨日、3日前、先週の金曜、11月20日",
        "bbe682",
    ),
    "form.today": (
        "today",
        "今日",
        "2dd2be",
    ),
    "form.text": (
        "What happened",
        "何があったか",
        "7661e6",
    ),
    "form.in_future": (
        "   (in the future: is that right?)",
        "   （未来の日付です。よろしいですか？）",
        "51537e",
    ),
    "form.about_yourself": (
        "→ about yourself (your own effort log)",
        "→ 自分のこと（自分の努力の記録）",
        "211aa1",
    ),
    "form.needs_contact": (
        "Name at least one contact; an entry about yourself is a note.",
        "相手を1人以上入れてください。自分のことはメモとして記録します。",
        "c10a27",
    ),
    "export.title": (
        "Export the whole journal as JSON",
        "帳簿全体を JSON で書き出す",
        "6455c7",
    ),
    "export.hint": (
        "enter or ctrl+s writes the file; escape cancels",
        "enter か ctrl+s で書き出し、escape でやめる",
        "81ec68",
    ),
    "export.give_name": (
        "Give a file name.",
        "ファイル名を入れてください。",
        "cfc9b4",
    ),
    "export.done": (
        "Exported {contacts} contacts and {entries} entries to {path}",
        "連絡先{contacts}件と記録{entries}件を {path} に書き出しました",
        "898fc1",
    ),
    "palette.import": (
        "Import people…",
        "連絡先を取り込む…",
        "64ca17",
    ),
    "palette.import.help": (
        "Bring people in from a phone's vCard, Google Contacts or LinkedIn export",
        "スマホの vCard、Google コンタクト、LinkedIn の書き出しから人を取り込む",
        "c03804",
    ),
    "import.title": (
        "Import people from a contact file",
        "連絡先のファイルから人を取り込む",
        "0a7228",
    ),
    "import.path_hint": (
        "A vCard (.vcf), Google Contacts CSV or LinkedIn Connections.csv. → completes a path; enter reads the "
        "file and shows what would happen; escape cancels",
        "vCard (.vcf)、Google コンタクトの CSV、LinkedIn の Connections.csv。→ でパスを補完、enter で"
        "読み込んで結果の見込みを表示、escape でやめる",
        "8a4107",
    ),
    "import.give_path": (
        "Give the path of a contact file.",
        "連絡先のファイルのパスを入れてください。",
        "495370",
    ),
    "import.reading": (
        "Reading {name}: {percent}%",
        "{name} を読み込み中：{percent}%",
        "46e797",
    ),
    "import.shima_export": (
        "{path} is a shima export: merge it with shima import on the command line (the app imports people "
        "from vCard, Google and LinkedIn files).",
        "{path} は shima のエクスポートです。コマンドラインの shima import で取り込んでください"
        "（アプリで取り込めるのは vCard、Google、LinkedIn のファイルです）。",
        "86ab69",
    ),
    "import.preview_title": (
        "Import people from {name}",
        "{name} から人を取り込む",
        "b1acb9",
    ),
    "import.format": (
        "Read as",
        "形式",
        "a5f9ce",
    ),
    "import.other_format": (
        "This file is a {found}, not a {asked}: read it as what it is.",
        "このファイルは{asked}ではなく{found}です。{found}として読み込んでください。",
        "865b31",
    ),
    "import.recognised": (
        "{format} (recognised)",
        "{format}（自動判別）",
        "4f5d90",
    ),
    "import.nothing_yet": (
        "Nothing has changed yet: ctrl+s imports; escape cancels",
        "まだ何も変更していません。ctrl+s で取り込み、escape でやめる",
        "52a664",
    ),
    "import.nothing_to_do": (
        "Importing would change nothing: escape closes",
        "取り込んでも何も変わりません。escape で閉じる",
        "7a548f",
    ),
    "import.confirm": (
        "Import  ctrl+s",
        "取り込む  ctrl+s",
        "272d5a",
    ),
    "import.importing": (
        "Importing…",
        "取り込み中…",
        "820599",
    ),
    "settings.title": (
        "Settings",
        "設定",
        "c7f73b",
    ),
    "settings.currency": (
        "Currency",
        "通貨",
        "e070de",
    ),
    "settings.owner_goal": (
        "Your goal",
        "自分の目標",
        "95e161",
    ),
    "settings.window_days": (
        "Window (days)",
        "期間（日）",
        "49d8c6",
    ),
    "settings.lang": (
        "Language",
        "言語",
        "89b86a",
    ),
    "form.reading": (
        "Reading",
        "よみ",
        "cffa2a",
    ),
    "form.reading_hint": (
        "how the name is read, in kana (optional): たなか",
        "名前の読み方をかなで（任意）：たなか",
        "4d01f0",
    ),
    "palette.language": (
        "Language: English / 日本語",
        "言語：English / 日本語",
        "bd6002",
    ),
    "palette.language.help": (
        "Show shima in Japanese or English (saved in the journal)",
        "shima を日本語か英語で表示（帳簿に保存）",
        "3491d0",
    ),
    "settings.hint": (
        "ctrl+s saves; escape cancels",
        "ctrl+s で保存、escape でやめる",
        "c5a66d",
    ),
    "settings.saved": (
        "Settings saved.",
        "設定を保存しました。",
        "f133b2",
    ),
    "error.title": (
        "shima cannot open this journal",
        "この帳簿は開けません",
        "f05934",
    ),
    "error.quit": (
        "Press q to quit.",
        "q で終了します。",
        "6ad5b1",
    ),
    "palette.contact": (
        "Contact: ",
        "連絡先：",
        "ca4e72",
    ),
    "palette.contact.help": (
        "Open this contact",
        "この連絡先を開く",
        "dcad7a",
    ),
    "palette.add": (
        "Add contact",
        "連絡先を追加",
        "6da0b4",
    ),
    "palette.add.help": (
        "Add a peer, influencer or shima member (a)",
        "ピア・インフルエンサー・シマのメンバーを追加（a）",
        "1cfc3e",
    ),
    "palette.log": (
        "Log an entry",
        "記録をつける",
        "6c8ed1",
    ),
    "palette.log.help": (
        "Something given, received, shared, or a note (l)",
        "与えた・受け取った・一緒にしたこと、またはメモ（l）",
        "db5235",
    ),
    "palette.timeline": (
        "Timeline",
        "タイムライン",
        "018514",
    ),
    "palette.timeline.help": (
        "Every entry, newest first (t)",
        "すべての記録、新しい順（t）",
        "f783ad",
    ),
    "palette.report": (
        "Report",
        "レポート",
        "ee45c3",
    ),
    "palette.report.help": (
        "Feeding, takers, your shima, overdue, payoff (r)",
        "養分・テイカー・シマ・連絡どき・成果（r）",
        "8eee53",
    ),
    "palette.export": (
        "Export JSON",
        "JSON で書き出す",
        "bc3990",
    ),
    "palette.export.help": (
        "Write the whole journal to a file (x)",
        "帳簿全体をファイルに書き出す（x）",
        "2a93f5",
    ),
    "palette.settings": (
        "Settings: currency, goal, window",
        "設定：通貨・目標・期間",
        "4477f6",
    ),
    "palette.settings.help": (
        "Money currency, your goal, insight window",
        "お金の通貨、自分の目標、分析の期間",
        "33ef0f",
    ),
    "palette.undo": (
        "Undo",
        "元に戻す",
        "39fc72",
    ),
    "palette.undo.help": (
        "Undo the last archive, restore, delete or criterion (u)",
        "最後のアーカイブ・復元・削除・条件の変更を元に戻す（u）",
        "24e0c0",
    ),
    "palette.help": (
        "Help",
        "ヘルプ",
        "c47ae1",
    ),
    "palette.help.help": (
        "Keys and the ideas behind shima (?)",
        "キー操作と shima の考え方（?）",
        "9807b2",
    ),
    "help.text": (
        _HELP_EN,
        _HELP_JA,
        "4afc44",
    ),
    "form.record_sale": (
        "Record a sale",
        "売上を記録",
        "0c62ae",
    ),
    "form.edit_sale": (
        "Edit sale",
        "売上を編集",
        "d8e4ea",
    ),
    "form.sale_value_hint": (
        "what you were paid, in {currency} (required)",
        "受け取った金額（{currency}、必須）",
        "522033",
    ),
    "form.brought_by": (
        "Brought by",
        "紹介・協力",
        "9393f9",
    ),
    "form.brought_by_hint": (
        "who brought it: a referral, a joint project (empty: your own sale)",
        "この売上を運んでくれた人：紹介や共同の仕事（空欄：自分の売上）",
        "0c8762",
    ),
    "form.own_sale": (
        "→ your own sale (nobody brought it)",
        "→ 自分の売上（誰の紹介でもない）",
        "ac63c6",
    ),
    "form.sold": (
        "What you sold",
        "売ったもの",
        "e53aed",
    ),
    "form.saved_sale": (
        "Sale saved.",
        "売上を保存しました。",
        "7c1d81",
    ),
    "palette.sale": (
        "Record a sale",
        "売上を記録",
        "0c62ae",
    ),
    "palette.sale.help": (
        "Your own revenue: a sale, a month's takings, a contract (s)",
        "自分の売上：販売、月の売上、契約（s）",
        "dbc87a",
    ),
    "key.Sale": (
        "Sale",
        "売上",
        "0028d7",
    ),
    "key.Search": (
        "Search",
        "検索",
        "bce064",
    ),
    "key.Edit": (
        "Edit",
        "編集",
        "530164",
    ),
    "key.Delete": (
        "Delete",
        "削除",
        "f6fdbe",
    ),
    "key.Add": (
        "Add",
        "追加",
        "61cc55",
    ),
    "key.Log": (
        "Log",
        "記録",
        "8bf95e",
    ),
    "key.Timeline": (
        "Timeline",
        "履歴",
        "018514",
    ),
    "key.Report": (
        "Report",
        "レポート",
        "ee45c3",
    ),
    "key.Export": (
        "Export",
        "書き出し",
        "f3e4fa",
    ),
    "key.Undo": (
        "Undo",
        "戻す",
        "39fc72",
    ),
    "key.Help": (
        "Help",
        "ヘルプ",
        "c47ae1",
    ),
    "key.Quit": (
        "Quit",
        "終了",
        "1a2285",
    ),
    "key.Back": (
        "Back",
        "戻る",
        "b52b36",
    ),
    "key.Save": (
        "Save",
        "保存",
        "efc007",
    ),
    "key.Cancel": (
        "Cancel",
        "やめる",
        "77dfd2",
    ),
    "key.Yes": (
        "Yes",
        "はい",
        "5397e0",
    ),
    "key.No": (
        "No",
        "いいえ",
        "816c52",
    ),
    "key.Close": (
        "Close",
        "閉じる",
        "bbfa77",
    ),
    "key.palette": (
        "palette",
        "パレット",
        "b8a5c3",
    ),
    "app.criterion_step": (
        "{criterion} for {name}",
        "{name} の「{criterion}」",
        "5bdba5",
    ),
    "unlock.keep_for": (
        "Keep it unlocked for {span}",
        "{span}開いたままにする",
        "abf823",
    ),
}
EN, JA = languages(WORDS)
