"""Messages of the full-screen app: screens, forms, dialogs, notifications, help. EN and JA."""

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

EN: dict[str, str] = {
    "unlock.title": "This journal is encrypted",
    "unlock.placeholder": "passphrase",
    "unlock.working": "Unlocking…",
    "unlock.remember": "Keep the key in this system's keyring",
    "unlock.hint": "Enter opens it · Esc quits · a forgotten passphrase cannot be recovered",
    "app.cannot_open": "the journal could not be opened",
    "app.needs_terminal": (
        "the full-screen app needs a terminal (standard input and output are not one); use the commands instead, e.g. shima list"
    ),
    "app.outside_changed": "The journal changed in another window; shown here now.",
    "app.outside_damaged": "Another program left the journal damaged",
    "app.waiting_for_lock": "Waiting for another shima to finish writing…",
    "app.not_saved": "Not saved",
    "app.also_changed_elsewhere": "Saved. Another window had also changed {fields}; your version was kept.",
    "app.archive_question": "Archive",
    "app.restore_question": "Restore",
    "app.archive_explained": "Archived contacts are hidden, never deleted: see 5 Archived. You can undo with u.",
    "app.archived": "Archived {name}. Press u to undo.",
    "app.restored": "Restored {name}. Press u to undo.",
    "app.delete_question": "Delete this entry?",
    "app.no_text": "(no text)",
    "app.undo_hint": "You can undo with u.",
    "app.deleted": "Entry deleted. Press u to undo.",
    "app.deleted_step": "deleted an entry",
    "app.nothing_to_undo": "Nothing to undo.",
    "app.undone": "Undone: {step}",
    "filter.all": "All",
    "filter.shima": "Shima",
    "filter.peer": "Peers",
    "filter.influencer": "Influencers",
    "filter.archived": "Archived",
    "main.filter_placeholder": "filter names (escape clears)",
    "main.reading_entries": "reading entries…",
    "main.goal": "goal: ",
    "main.no_goal": "none yet (ctrl+p, Settings)",
    "contacts.empty": "no contacts here: press a to add one",
    "contacts.no_match": "no contact matches the filter (escape clears it)",
    "tag.short.peer": "peer",
    "tag.short.influencer": "infl.",
    "tag.short.shima": "shima",
    "marker.feeding.high": "feed!",
    "marker.feeding.watch": "feed?",
    "marker.taker.high": "taker!",
    "marker.taker.watch": "taker?",
    "marker.review.watch": "review",
    "marker.overdue": "due",
    "marker.invite": "invite",
    "view.none": "No contact selected. Press a to add one, ? for help.",
    "view.criteria": "Shima criteria (space toggles)",
    "view.timeline": "Timeline",
    "view.archived": " · archived",
    "view.met": "Met: ",
    "view.stay_in_touch": "Stay in touch: ",
    "view.every_days": "every {days} days",
    "view.no_reminder": "no reminder",
    "view.fit": "Shima fit: ",
    "view.gave": "Gave ",
    "view.received": "Received ",
    "view.last": "Last: ",
    "view.never": "never",
    "view.window": "(last {days} days)",
    "view.reading": "Reading the timeline…",
    "view.notes": "Notes:",
    "view.more_characters": "… {n} more characters (e to edit)",
    "view.flag": "{rule} ({level}): ",
    "view.advice": "{rule}: ",
    "timeline.kind_and_text": "{kind}: {text}",
    "timeline.title": "Timeline",
    "timeline.count": "{total} entries, newest first",
    "timeline.count_filtered": "{shown} of {total} entries, newest first",
    "timeline.legend": "→ gave  ← received  ⇄ mutual  · note  ◆ sale",
    "timeline.filter_placeholder": "/ filter by name, kind, direction, date or text",
    "timeline.empty": "no entries yet: press l to log one",
    "timeline.no_match": "no entry matches the filter (escape clears it)",
    "timeline.yourself": "(yourself)",
    "timeline.month": "{month} {year}  ({entries})",
    "month.1": "January",
    "month.2": "February",
    "month.3": "March",
    "month.4": "April",
    "month.5": "May",
    "month.6": "June",
    "month.7": "July",
    "month.8": "August",
    "month.9": "September",
    "month.10": "October",
    "month.11": "November",
    "month.12": "December",
    "weekday.0": "Mon",
    "weekday.1": "Tue",
    "weekday.2": "Wed",
    "weekday.3": "Thu",
    "weekday.4": "Fri",
    "weekday.5": "Sat",
    "weekday.6": "Sun",
    "weekday.long.0": "Monday",
    "weekday.long.1": "Tuesday",
    "weekday.long.2": "Wednesday",
    "weekday.long.3": "Thursday",
    "weekday.long.4": "Friday",
    "weekday.long.5": "Saturday",
    "weekday.long.6": "Sunday",
    "dashboard.title": "Report",
    "dashboard.window": "{today}, window: last {days} days",
    "dashboard.no_goal": "not set yet (ctrl+p: Settings)",
    "dialog.yes": "Yes  y",
    "dialog.no": "No  n",
    "form.save": "Save  ctrl+s",
    "form.cancel": "Cancel  esc",
    "form.discard": "Discard what you typed?",
    "form.not_saved": "Not saved, nothing was lost: {reason}",
    "form.saved": "Saved.",
    "form.saved_contact": "Saved {name}.",
    "form.saved_entry": "Entry saved.",
    "form.add_contact": "Add a contact",
    "form.edit_contact": "Edit contact",
    "form.log_entry": "Log an entry",
    "form.edit_entry": "Edit entry",
    "form.name": "Name",
    "form.tag": "Tag",
    "form.met": "How you met",
    "form.cadence": "Stay in touch",
    "form.cadence_hint": "every N days (empty: no reminder)",
    "form.criteria": "Shima criteria: they…",
    "form.notes": "Notes",
    "form.required": "required",
    "form.optional": "optional",
    "form.with": "With",
    "form.with_hint": "names, separated by commas (empty: about yourself)",
    "form.direction": "Direction",
    "form.direction.gave": "gave (you contributed)",
    "form.direction.received": "received (they contributed)",
    "form.direction.mutual": "mutual (both)",
    "form.direction.note": "note (no contribution)",
    "form.kind": "Kind",
    "form.value": "Value",
    "form.value_hint": "money in {currency} (optional)",
    "form.date": "Date",
    "form.date_hint": "today, yesterday, 3 days ago, 2026-11-20",
    "form.today": "today",
    "form.text": "What happened",
    "form.in_future": "   (in the future: is that right?)",
    "form.about_yourself": "→ about yourself (your own effort log)",
    "form.needs_contact": "Name at least one contact; an entry about yourself is a note.",
    "export.title": "Export the whole journal as JSON",
    "export.hint": "enter or ctrl+s writes the file; escape cancels",
    "export.give_name": "Give a file name.",
    "export.done": "Exported {contacts} contacts and {entries} entries to {path}",
    "palette.import": "Import people…",
    "palette.import.help": "Bring people in from a phone's vCard, Google Contacts or LinkedIn export",
    "import.title": "Import people from a contact file",
    "import.path_hint": (
        "A vCard (.vcf), Google Contacts CSV or LinkedIn Connections.csv. → completes a path; enter reads the "
        "file and shows what would happen; escape cancels"
    ),
    "import.give_path": "Give the path of a contact file.",
    "import.reading": "Reading {name}: {percent}%",
    "import.shima_export": (
        "{path} is a shima export: merge it with shima import on the command line (the app imports people "
        "from vCard, Google and LinkedIn files)."
    ),
    "import.preview_title": "Import people from {name}",
    "import.format": "Read as",
    "import.other_format": "This file is a {found}, not a {asked}: read it as what it is.",
    "import.recognised": "{format} (recognised)",
    "import.nothing_yet": "Nothing has changed yet: ctrl+s imports; escape cancels",
    "import.nothing_to_do": "Importing would change nothing: escape closes",
    "import.confirm": "Import  ctrl+s",
    "import.importing": "Importing…",
    "settings.title": "Settings",
    "settings.currency": "Currency",
    "settings.owner_goal": "Your goal",
    "settings.window_days": "Window (days)",
    "settings.lang": "Language",
    "form.reading": "Reading",
    "form.reading_hint": "how the name is read, in kana (optional): たなか",
    "palette.language": "Language: English / 日本語",
    "palette.language.help": "Show shima in Japanese or English (saved in the journal)",
    "settings.hint": "ctrl+s saves; escape cancels",
    "settings.saved": "Settings saved.",
    "error.title": "shima cannot open this journal",
    "error.quit": "Press q to quit.",
    "palette.contact": "Contact: ",
    "palette.contact.help": "Open this contact",
    "palette.add": "Add contact",
    "palette.add.help": "Add a peer, influencer or shima member (a)",
    "palette.log": "Log an entry",
    "palette.log.help": "Something given, received, shared, or a note (l)",
    "palette.timeline": "Timeline",
    "palette.timeline.help": "Every entry, newest first (t)",
    "palette.report": "Report",
    "palette.report.help": "Feeding, takers, your shima, overdue, payoff (r)",
    "palette.export": "Export JSON",
    "palette.export.help": "Write the whole journal to a file (x)",
    "palette.settings": "Settings: currency, goal, window",
    "palette.settings.help": "Money currency, your goal, insight window",
    "palette.undo": "Undo",
    "palette.undo.help": "Undo the last archive, restore, delete or criterion (u)",
    "palette.help": "Help",
    "palette.help.help": "Keys and the ideas behind shima (?)",
    "help.text": _HELP_EN,
    "form.record_sale": "Record a sale",
    "form.edit_sale": "Edit sale",
    "form.sale_value_hint": "what you were paid, in {currency} (required)",
    "form.brought_by": "Brought by",
    "form.brought_by_hint": "who brought it: a referral, a joint project (empty: your own sale)",
    "form.own_sale": "→ your own sale (nobody brought it)",
    "form.sold": "What you sold",
    "form.saved_sale": "Sale saved.",
    "palette.sale": "Record a sale",
    "palette.sale.help": "Your own revenue: a sale, a month's takings, a contract (s)",
    "key.Sale": "Sale",
    "key.Search": "Search",
    "key.Edit": "Edit",
    "key.Delete": "Delete",
    "key.Add": "Add",
    "key.Log": "Log",
    "key.Timeline": "Timeline",
    "key.Report": "Report",
    "key.Export": "Export",
    "key.Undo": "Undo",
    "key.Help": "Help",
    "key.Quit": "Quit",
    "key.Back": "Back",
    "key.Save": "Save",
    "key.Cancel": "Cancel",
    "key.Yes": "Yes",
    "key.No": "No",
    "key.Close": "Close",
    "key.palette": "palette",
}

JA: dict[str, str] = {
    "unlock.title": "この帳簿は暗号化されています",
    "unlock.placeholder": "パスフレーズ",
    "unlock.working": "開いています…",
    "unlock.remember": "鍵をこのシステムのキーリングに保管する",
    "unlock.hint": "Enter で開く・Esc で終了・パスフレーズを忘れると元に戻せません",
    "app.cannot_open": "帳簿を開けませんでした",
    "app.needs_terminal": (
        "全画面アプリには端末が必要です（標準入出力が端末ではありません）。代わりにコマンドを使ってください（例：shima list）"
    ),
    "app.outside_changed": "別のウィンドウで帳簿が変更されました。ここにも反映しました。",
    "app.outside_damaged": "別のプログラムが帳簿を壊れた状態にしました",
    "app.waiting_for_lock": "別の shima が書き込み終わるのを待っています…",
    "app.not_saved": "保存されませんでした",
    "app.also_changed_elsewhere": "保存しました。別のウィンドウでも{fields}が変更されていましたが、あなたの内容を残しました。",
    "app.archive_question": "アーカイブしますか：",
    "app.restore_question": "復元しますか：",
    "app.archive_explained": (
        "アーカイブした連絡先は隠れるだけで、削除されません（5 アーカイブ で見られます）。u で元に戻せます。"
    ),
    "app.archived": "{name} をアーカイブしました。u で元に戻せます。",
    "app.restored": "{name} を復元しました。u で元に戻せます。",
    "app.delete_question": "この記録を削除しますか？",
    "app.no_text": "（本文なし）",
    "app.undo_hint": "u で元に戻せます。",
    "app.deleted": "記録を削除しました。u で元に戻せます。",
    "app.deleted_step": "記録の削除",
    "app.nothing_to_undo": "元に戻す操作はありません。",
    "app.undone": "元に戻しました：{step}",
    "filter.all": "全員",
    "filter.shima": "シマ",
    "filter.peer": "ピア",
    "filter.influencer": "インフルエンサー",
    "filter.archived": "アーカイブ",
    "main.filter_placeholder": "名前で絞り込み（escape で解除）",
    "main.reading_entries": "記録を読み込み中…",
    "main.goal": "目標：",
    "main.no_goal": "未設定（ctrl+p で設定）",
    "contacts.empty": "連絡先がありません：a で追加",
    "contacts.no_match": "絞り込みに合う連絡先はありません（escape で解除）",
    "tag.short.peer": "ピア",
    "tag.short.influencer": "インフル",
    "tag.short.shima": "シマ",
    "marker.feeding.high": "養分！",
    "marker.feeding.watch": "養分？",
    "marker.taker.high": "奪う！",
    "marker.taker.watch": "奪う？",
    "marker.review.watch": "見直し",
    "marker.overdue": "連絡",
    "marker.invite": "誘う",
    "view.none": "連絡先が選ばれていません。a で追加、? でヘルプ。",
    "view.criteria": "シマの条件（space で切り替え）",
    "view.timeline": "タイムライン",
    "view.archived": "・アーカイブ済み",
    "view.met": "出会い：",
    "view.stay_in_touch": "連絡の間隔：",
    "view.every_days": "{days}日ごと",
    "view.no_reminder": "なし",
    "view.fit": "シマ度：",
    "view.gave": "与えた ",
    "view.received": "受け取った ",
    "view.last": "最後：",
    "view.never": "なし",
    "view.window": "（直近{days}日）",
    "view.reading": "タイムラインを読み込み中…",
    "view.notes": "メモ：",
    "view.more_characters": "…ほか{n}文字（e で編集）",
    "view.flag": "{rule}（{level}）：",
    "view.advice": "{rule}：",
    "timeline.kind_and_text": "{kind}：{text}",
    "timeline.title": "タイムライン",
    "timeline.count": "{total}件、新しい順",
    "timeline.count_filtered": "{total}件中{shown}件、新しい順",
    "timeline.legend": "→ 与えた  ← 受け取った  ⇄ お互いに  · メモ  ◆ 売上",
    "timeline.filter_placeholder": "/ 名前・種類・方向・日付・本文で絞り込み",
    "timeline.empty": "記録はまだありません：l で記録",
    "timeline.no_match": "絞り込みに合う記録はありません（escape で解除）",
    "timeline.yourself": "（自分）",
    "timeline.month": "{year}年{month}  （{entries}）",
    "month.1": "1月",
    "month.2": "2月",
    "month.3": "3月",
    "month.4": "4月",
    "month.5": "5月",
    "month.6": "6月",
    "month.7": "7月",
    "month.8": "8月",
    "month.9": "9月",
    "month.10": "10月",
    "month.11": "11月",
    "month.12": "12月",
    "weekday.0": "月",
    "weekday.1": "火",
    "weekday.2": "水",
    "weekday.3": "木",
    "weekday.4": "金",
    "weekday.5": "土",
    "weekday.6": "日",
    "weekday.long.0": "月曜日",
    "weekday.long.1": "火曜日",
    "weekday.long.2": "水曜日",
    "weekday.long.3": "木曜日",
    "weekday.long.4": "金曜日",
    "weekday.long.5": "土曜日",
    "weekday.long.6": "日曜日",
    "dashboard.title": "レポート",
    "dashboard.window": "{today}、期間：直近{days}日",
    "dashboard.no_goal": "未設定（ctrl+p：設定）",
    "dialog.yes": "はい  y",
    "dialog.no": "いいえ  n",
    "form.save": "保存  ctrl+s",
    "form.cancel": "やめる  esc",
    "form.discard": "入力した内容を捨てますか？",
    "form.not_saved": "保存されませんでした（入力は残っています）：{reason}",
    "form.saved": "保存しました。",
    "form.saved_contact": "{name} を保存しました。",
    "form.saved_entry": "記録を保存しました。",
    "form.add_contact": "連絡先を追加",
    "form.edit_contact": "連絡先を編集",
    "form.log_entry": "記録をつける",
    "form.edit_entry": "記録を編集",
    "form.name": "名前",
    "form.tag": "区分",
    "form.met": "出会い",
    "form.cadence": "連絡の間隔",
    "form.cadence_hint": "N日ごと（空欄：通知なし）",
    "form.criteria": "シマの条件：この人は…",
    "form.notes": "メモ",
    "form.required": "必須",
    "form.optional": "任意",
    "form.with": "相手",
    "form.with_hint": "名前をカンマか「、」で区切る（空欄：自分のこと）",
    "form.direction": "方向",
    "form.direction.gave": "与えた（自分が貢献）",
    "form.direction.received": "受け取った（相手が貢献）",
    "form.direction.mutual": "お互いに（両方）",
    "form.direction.note": "メモ（貢献なし）",
    "form.kind": "種類",
    "form.value": "金額",
    "form.value_hint": "{currency} の金額（任意）",
    "form.date": "日付",
    "form.date_hint": "今日、昨日、3日前、先週の金曜、11月20日",
    "form.today": "今日",
    "form.text": "何があったか",
    "form.in_future": "   （未来の日付です。よろしいですか？）",
    "form.about_yourself": "→ 自分のこと（自分の努力の記録）",
    "form.needs_contact": "相手を1人以上入れてください。自分のことはメモとして記録します。",
    "export.title": "帳簿全体を JSON で書き出す",
    "export.hint": "enter か ctrl+s で書き出し、escape でやめる",
    "export.give_name": "ファイル名を入れてください。",
    "export.done": "連絡先{contacts}件と記録{entries}件を {path} に書き出しました",
    "palette.import": "連絡先を取り込む…",
    "palette.import.help": "スマホの vCard、Google コンタクト、LinkedIn の書き出しから人を取り込む",
    "import.title": "連絡先のファイルから人を取り込む",
    "import.path_hint": (
        "vCard (.vcf)、Google コンタクトの CSV、LinkedIn の Connections.csv。→ でパスを補完、enter で"
        "読み込んで結果の見込みを表示、escape でやめる"
    ),
    "import.give_path": "連絡先のファイルのパスを入れてください。",
    "import.reading": "{name} を読み込み中：{percent}%",
    "import.shima_export": (
        "{path} は shima のエクスポートです。コマンドラインの shima import で取り込んでください"
        "（アプリで取り込めるのは vCard、Google、LinkedIn のファイルです）。"
    ),
    "import.preview_title": "{name} から人を取り込む",
    "import.format": "形式",
    "import.other_format": "このファイルは{asked}ではなく{found}です。{found}として読み込んでください。",
    "import.recognised": "{format}（自動判別）",
    "import.nothing_yet": "まだ何も変更していません。ctrl+s で取り込み、escape でやめる",
    "import.nothing_to_do": "取り込んでも何も変わりません。escape で閉じる",
    "import.confirm": "取り込む  ctrl+s",
    "import.importing": "取り込み中…",
    "settings.title": "設定",
    "settings.currency": "通貨",
    "settings.owner_goal": "自分の目標",
    "settings.window_days": "期間（日）",
    "settings.lang": "言語",
    "form.reading": "よみ",
    "form.reading_hint": "名前の読み方をかなで（任意）：たなか",
    "palette.language": "言語：English / 日本語",
    "palette.language.help": "shima を日本語か英語で表示（帳簿に保存）",
    "settings.hint": "ctrl+s で保存、escape でやめる",
    "settings.saved": "設定を保存しました。",
    "error.title": "この帳簿は開けません",
    "error.quit": "q で終了します。",
    "palette.contact": "連絡先：",
    "palette.contact.help": "この連絡先を開く",
    "palette.add": "連絡先を追加",
    "palette.add.help": "ピア・インフルエンサー・シマのメンバーを追加（a）",
    "palette.log": "記録をつける",
    "palette.log.help": "与えた・受け取った・一緒にしたこと、またはメモ（l）",
    "palette.timeline": "タイムライン",
    "palette.timeline.help": "すべての記録、新しい順（t）",
    "palette.report": "レポート",
    "palette.report.help": "養分・テイカー・シマ・連絡どき・成果（r）",
    "palette.export": "JSON で書き出す",
    "palette.export.help": "帳簿全体をファイルに書き出す（x）",
    "palette.settings": "設定：通貨・目標・期間",
    "palette.settings.help": "お金の通貨、自分の目標、分析の期間",
    "palette.undo": "元に戻す",
    "palette.undo.help": "最後のアーカイブ・復元・削除・条件の変更を元に戻す（u）",
    "palette.help": "ヘルプ",
    "palette.help.help": "キー操作と shima の考え方（?）",
    "help.text": _HELP_JA,
    "form.record_sale": "売上を記録",
    "form.edit_sale": "売上を編集",
    "form.sale_value_hint": "受け取った金額（{currency}、必須）",
    "form.brought_by": "紹介・協力",
    "form.brought_by_hint": "この売上を運んでくれた人：紹介や共同の仕事（空欄：自分の売上）",
    "form.own_sale": "→ 自分の売上（誰の紹介でもない）",
    "form.sold": "売ったもの",
    "form.saved_sale": "売上を保存しました。",
    "palette.sale": "売上を記録",
    "palette.sale.help": "自分の売上：販売、月の売上、契約（s）",
    "key.Sale": "売上",
    "key.Search": "検索",
    "key.Edit": "編集",
    "key.Delete": "削除",
    "key.Add": "追加",
    "key.Log": "記録",
    "key.Timeline": "履歴",
    "key.Report": "レポート",
    "key.Export": "書き出し",
    "key.Undo": "戻す",
    "key.Help": "ヘルプ",
    "key.Quit": "終了",
    "key.Back": "戻る",
    "key.Save": "保存",
    "key.Cancel": "やめる",
    "key.Yes": "はい",
    "key.No": "いいえ",
    "key.Close": "閉じる",
    "key.palette": "パレット",
}
