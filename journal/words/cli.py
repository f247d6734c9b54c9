"""Messages of the command line. EN and JA."""

from .pairs import Pair, languages

WORDS: dict[str, Pair] = {
    "cli.passphrase": (
        "Passphrase for {path}: ",
        "{path} のパスフレーズ：",
        "7c859a",
    ),
    "cli.new_passphrase": (
        "New passphrase for {path} (it cannot be recovered if forgotten): ",
        "{path} の新しいパスフレーズ（忘れると元に戻せません）：",
        "d64944",
    ),
    "cli.repeat_passphrase": (
        "The same passphrase again: ",
        "もう一度同じパスフレーズ：",
        "4810c4",
    ),
    "cli.passphrases_differ": (
        "the two passphrases differ; nothing was changed",
        "2つのパスフレーズが違います。何も変更していません",
        "1c87e4",
    ),
    "cli.no_passphrase_typed": (
        "no passphrase was typed; nothing was changed",
        "パスフレーズが入力されませんでした。何も変更していません",
        "6ef4d8",
    ),
    "cli.passphrase_needs_terminal": (
        "{path}: a passphrase is typed on a terminal (or set $SHIMA_PASSPHRASE); nothing was changed",
        "{path}：パスフレーズは端末で入力します（または $SHIMA_PASSPHRASE を設定）。何も変更していません",
        "381ce5",
    ),
    "cli.encrypted": (
        "encrypted {path}; its key is {key}, encrypted with your passphrase: keep both together "
        "(a forgotten passphrase cannot be recovered)",
        "{path} を暗号化しました。鍵 {key} はパスフレーズで暗号化されています。"
        "帳簿と一緒に保管してください（パスフレーズを忘れると元に戻せません）",
        "f9f809",
    ),
    "cli.decrypted": (
        "{path} is no longer encrypted",
        "{path} の暗号化を解除しました",
        "33a385",
    ),
    "cli.offer_keyring": (
        "Keep the unlocked key in this system's keyring, so commands here do not ask for the passphrase? [y/N] ",
        "鍵をこのシステムのキーリングに保管して、この端末ではパスフレーズを聞かないようにしますか？ [y/N] ",
        "70d663",
    ),
    "cli.key_remembered": (
        "the key of {path} is kept in the system keyring: commands on this device no longer ask (shima lock forgets it)",
        "{path} の鍵をキーリングに保管しました。この端末ではパスフレーズを聞きません（shima lock で消せます）",
        "a366d5",
    ),
    "duration.not_understood": (  # journal.dates.parse_duration, read for `shima unlock --for`
        '"{text}" is not a length of time shima can read; try 30m, 2h, 1d or 1h30m',
        "「{text}」は時間の長さとして読めません（例: 30分、2時間、1日、1時間半）",
        "2b6440",
    ),
    "cli.key_kept": (
        "the key of {path} is kept {place} for {span}, until {until}: commands here do not ask for the passphrase "
        "until then (shima lock forgets it sooner)",
        "{path} の鍵を{place}に{span}保管しました（{until}まで）。"
        "それまでこの端末ではパスフレーズを聞きません（shima lock で早めに消せます）",
        "944960",
    ),
    "keep.session_keyring": (
        "in this login session's kernel keyring",
        "このログインセッションのカーネルキーリング",
        "6ff9a0",
    ),
    "keep.runtime_folder": (
        "in memory ({folder})",
        "メモリ上（{folder}）",
        "f8ce51",
    ),
    "keep.user_keyring": (
        "in your kernel keyring",
        "あなたのカーネルキーリング",
        "eeef02",
    ),
    "cli.key_forgotten": (
        "the key of {path} was forgotten: commands ask for the passphrase again",
        "{path} の鍵を消しました。次からはパスフレーズを聞きます",
        "a99cc3",
    ),
    "cli.key_not_kept": (
        "shima held no key of {path} (in a keyring or in memory)",
        "{path} の鍵は保管されていませんでした（キーリングにもメモリ上にも）",
        "7843a1",
    ),
    "due.short": (
        "shima: {count} to get in touch with: {names}{more}",
        "shima: 連絡どき {count}人：{names}{more}",
        "a1e66a",
    ),
    "due.more": (
        " and {n} more",
        " ほか{n}人",
        "5a4b5f",
    ),
    "due.nobody": (
        "nobody is due: everyone has heard from you in time",
        "連絡どきの人はいません",
        "4e6565",
    ),
    "due.title": (
        "shima: {count} to get in touch with",
        "shima: 連絡どき {count}人",
        "2d349b",
    ),
    "due.every": (
        "every {cadence}",
        "{cadence}ごと",
        "11e2c5",
    ),
    "due.line": (
        "{name} ({tag}): {status} · {when}, {every}",
        "{name}（{tag}）：{status}・{when}、{every}",
        "602ef0",
    ),
    "calendar.summary": (
        "Get in touch: {name}",
        "連絡する：{name}",
        "d8b68b",
    ),
    "calendar.written": (
        "wrote {count} keep-in-touch days to {path}",
        "連絡する日を{count}件、{path} に書き出しました",
        "bc2977",
    ),
    "cli.setting.cadence_defaults": (
        "cadence_defaults",
        "区分ごとの連絡の間隔",
        "f476fc",
    ),
    "cli.no_reminder": (
        "none",
        "なし",
        "71f8e7",
    ),
    "cli.setting.currency": (
        "currency",
        "通貨",
        "001517",
    ),
    "cli.setting.owner_goal": (
        "owner_goal",
        "目標",
        "10410b",
    ),
    "cli.setting.window_days": (
        "window_days",
        "期間（日）",
        "1b825c",
    ),
    "cli.setting.lang": (
        "lang",
        "言語",
        "7a2f85",
    ),
    "cli.saved_contact": (
        "{name} was saved as {id}",
        "{name} を {id} として保存しました",
        "309ebf",
    ),
    "cli.saved_entry": (
        "the entry was saved as {id}",
        "記録を {id} として保存しました",
        "a47086",
    ),
    "cli.saved_settings": (
        "the settings were saved",
        "設定を保存しました",
        "443adf",
    ),
    "cli.saved_but_not_printed": (
        "{what}, but the result could not be printed ({reason}); do not run the command again",
        "{what}。ただし結果を表示できませんでした（{reason}）。コマンドをもう一度実行しないでください",
        "d719ae",
    ),
    "cli.not_printed": (
        "the output could not be written: {reason}",
        "出力を書き込めませんでした（{reason}）",
        "fdd625",
    ),
    "cli.nothing_to_change": (
        "nothing to change: give at least one option",
        "変更する内容がありません。オプションを1つ以上指定してください",
        "6682f2",
    ),
    "cli.cadence_not_days": (
        "{text} is not a number of days (or none)",
        "{text} は日数ではありません（数字か none で指定してください）",
        "45edf7",
    ),
    "cli.archived": (
        "archived {name} ({id}); shima restore brings it back",
        "{name}（{id}）をアーカイブしました。shima restore で元に戻せます",
        "62d212",
    ),
    "cli.restored": (
        "restored {name} ({id})",
        "{name}（{id}）を復元しました",
        "1505ce",
    ),
    "cli.deleted_entry": (
        "deleted the entry {id}",
        "記録 {id} を削除しました",
        "5c250a",
    ),
    "cli.contribution_needs_contact": (
        "--{direction} needs at least one -c CONTACT (an entry about yourself is --note)",
        "--{direction} には -c CONTACT で相手を1人以上指定してください（自分についての記録は --note）",
        "0d359b",
    ),
    "cli.archived_mark": (
        " (archived)",
        "（アーカイブ済み）",
        "715f22",
    ),
    "cli.no_contacts": (
        "no contacts yet: shima add NAME",
        "連絡先はまだありません：shima add NAME で追加できます",
        "7d560a",
    ),
    "cli.yourself": (
        "(yourself)",
        "（自分）",
        "be5b04",
    ),
    "cli.exported": (
        "exported {contacts:,} contacts and {entries:,} entries to {path}",
        "連絡先{contacts:,}件と記録{entries:,}件を {path} に書き出しました",
        "5aa682",
    ),
    "cli.imported_merge": (
        "merged {contacts:,} contacts and {entries:,} entries: {contacts_added:,} contacts added, "
        "{contacts_updated:,} updated, {contacts_removed:,} removed; {entries_added:,} entries added, "
        "{entries_updated:,} updated, {entries_removed:,} removed",
        "連絡先{contacts:,}件と記録{entries:,}件を取り込みました：連絡先は{contacts_added:,}件追加・{contacts_updated"
        ":,}件更新・{contacts_removed:,}件削除、記録は{entries_added:,}件追加・{entries_updated:,}件更新・{entries_re"
        "moved:,}件削除",
        "e334dd",
    ),
    "cli.imported_replace": (
        "replaced the journal with {contacts:,} contacts and {entries:,} entries: {contacts_added:,} contacts added, "
        "{contacts_updated:,} updated; {entries_added:,} entries added, {entries_updated:,} updated",
        "帳簿を連絡先{contacts:,}件と記録{entries:,}件で置き換えました：連絡先は{contacts_added:,}件追加・{contacts_updated:,}件更新、"
        "記録は{entries_added:,}件追加・{entries_updated:,}件更新",
        "7a77d6",
    ),
    "cli.column.id": (
        "ID",
        "ID",
        "89f89c",
    ),
    "cli.column.name": (
        "NAME",
        "名前",
        "a9d371",
    ),
    "cli.column.tag": (
        "TAG",
        "区分",
        "41ea82",
    ),
    "cli.column.fit": (
        "FIT",
        "条件",
        "625ba6",
    ),
    "cli.column.gave": (
        "GAVE",
        "与えた",
        "e99c85",
    ),
    "cli.column.received": (
        "RECEIVED",
        "受け取った",
        "a7503f",
    ),
    "cli.column.last": (
        "LAST",
        "最後",
        "7e70d2",
    ),
    "cli.column.date": (
        "DATE",
        "日付",
        "8c76ab",
    ),
    "cli.column.direction": (
        "DIRECTION",
        "方向",
        "08c84e",
    ),
    "cli.column.kind": (
        "KIND",
        "種類",
        "780cf6",
    ),
    "cli.column.value": (
        "VALUE",
        "金額",
        "7dc101",
    ),
    "cli.column.with": (
        "WITH",
        "相手",
        "791394",
    ),
    "cli.column.what": (
        "WHAT",
        "内容",
        "943f25",
    ),
    "report.heading": (
        "shima report for {today} (window: last {days} days)",
        "shima レポート {today}（期間：直近{days}日）",
        "3d29b0",
    ),
    "report.goal": (
        "Your goal: {goal}",
        "自分の目標：{goal}",
        "3405f1",
    ),
    "report.rule": (
        "rule: {rule}",
        "基準：{rule}",
        "1f5a0e",
    ),
    "report.nobody": (
        "none",
        "該当なし",
        "71f8e7",
    ),
    "report.your_shima": (
        "Your shima",
        "あなたのシマ",
        "f27d6e",
    ),
    "cli.import_refused": (
        "{path}: {problem}",
        "{path}：{problem}",
        "7e5f06",
    ),
    "cli.import_replace_people": (
        "--replace replaces the journal with a shima export, and {path} is a {format}: leave --replace out to add its people",
        "--replace は帳簿を shima のエクスポートで置き換えます。{path} は{format}です。"
        "人を取り込むには --replace を付けずに実行してください",
        "22551c",
    ),
    "cli.import_other_format": (
        "{path} is a {found}, not a {asked}: leave --format out and shima reads it as what it is",
        "{path} は {found} で、{asked} ではありません。--format を付けなければ中身から判別して読み込みます",
        "bfdd76",
    ),
    "cli.import_progress": (
        "reading {path}: {percent}%",
        "{path} を読み込み中：{percent}%",
        "d2c02e",
    ),
    "cli.imported_merge_dry": (
        "would merge {contacts:,} contacts and {entries:,} entries: {contacts_added:,} contacts added, "
        "{contacts_updated:,} updated, {contacts_removed:,} removed; {entries_added:,} entries added, "
        "{entries_updated:,} updated, {entries_removed:,} removed (dry run: nothing was changed)",
        "連絡先{contacts:,}件と記録{entries:,}件を取り込むと：連絡先は{contacts_added:,}件追加・{contacts_updated:,}"
        "件更新・{contacts_removed:,}件削除、記録は{entries_added:,}件追加・{entries_updated:,}件更新・{entries_remov"
        "ed:,}件削除になります（試行のみ：何も変更していません）",
        "5f9224",
    ),
    "cli.imported_replace_dry": (
        "would replace the journal with {contacts:,} contacts and {entries:,} entries (dry run: nothing was changed)",
        "帳簿を連絡先{contacts:,}件と記録{entries:,}件で置き換えることになります（試行のみ：何も変更していません）",
        "67eb3e",
    ),
    "count.person.one": ("{n} person", None, "a74e41"),
    "count.person.other": (
        "{n} people",
        "{n}人",
        "fe1c91",
    ),
    "count.card.one": ("{n} card", None, "04aab8"),
    "count.card.other": (
        "{n} cards",
        "{n}件のカード",
        "6f531c",
    ),
    "count.row.one": ("{n} row", None, "274d2f"),
    "count.row.other": (
        "{n} rows",
        "{n}行",
        "233ab2",
    ),
    "cli.people.summary": (
        "{people}: {parts}",
        "{people}：{parts}",
        "b98aee",
    ),
    "cli.people.summary_dry": (
        "{people}: {parts} (dry run: nothing was changed)",
        "{people}：{parts}（試行のみ：何も変更していません）",
        "b75c6e",
    ),
    "cli.people.added": (
        "{n:,} added",
        "追加 {n:,}人",
        "9505cd",
    ),
    "cli.people.would_add": (
        "{n:,} would be added",
        "追加予定 {n:,}人",
        "bcdfe5",
    ),
    "cli.people.updated": (
        "{n:,} updated",
        "更新 {n:,}人",
        "a58aa5",
    ),
    "cli.people.would_update": (
        "{n:,} would be updated",
        "更新予定 {n:,}人",
        "95dacf",
    ),
    "cli.people.unchanged": (
        "{n:,} already there, unchanged",
        "登録済みで変更なし {n:,}人",
        "e2f9a8",
    ),
    "cli.people.twice": (
        "{n:,} listed twice in the file (taken as one)",
        "ファイルに2回出てくる人 {n:,}人（1人として扱う）",
        "060f23",
    ),
    "cli.people.same_name": (
        "{n:,} with the same name as a contact (not imported)",
        "同じ名前の連絡先がある人 {n:,}人（取り込まず）",
        "e299af",
    ),
    "cli.people.invalid": (
        "{n:,} breaking a rule (not imported)",
        "決まりに合わない人 {n:,}人（取り込まず）",
        "5eeb28",
    ),
    "cli.people.skipped": (
        "{what} skipped",
        "{what}を読み飛ばし",
        "68ccc7",
    ),
    "cli.people.nothing": (
        "nobody in the file",
        "ファイルに人がいません",
        "aeee0b",
    ),
    "cli.column.backup": (
        "BACKUP",
        "バックアップ",
        "9ad2cc",
    ),
    "cli.column.why": (
        "KEPT",
        "残した理由",
        "781305",
    ),
    "backup.kind.day": (
        "the journal before that day's first change",
        "その日の最初の変更の前の帳簿",
        "8c34d1",
    ),
    "backup.kind.whole": (
        "before a change of the whole journal (an import, an upgrade, a restore)",
        "帳簿全体の変更（取り込み・形式の更新・復元）の前",
        "f55585",
    ),
    "backup.kind.conflict": (
        "a sync tool's copy, merged",
        "統合した同期のコピー",
        "2e5d9f",
    ),
    "backup.none": (
        "{path} has no backups yet (shima keeps one before each day's first change)",
        "{path} にはまだバックアップがありません（毎日最初の変更の前に残します）",
        "42a6b7",
    ),
    "backup.listed": (
        "backups of {path}, newest first:",
        "{path} のバックアップ（新しい順）：",
        "7632e6",
    ),
    "backup.how": (
        "to bring the journal back to one, as a change made now: shima restore-backup NAME (--dry-run first to see what changes)",
        "いずれかの状態に今の変更として戻すには：shima restore-backup 名前（先に --dry-run で変わる内容を確認できます）",
        "5603fd",
    ),
    "backup.restored": (
        "restored {name} as a change made now: {added:,} records brought back, {updated:,} changed back, {removed:,} "
        "removed; the journal as it was is kept as a backup (shima restore-backup lists them)",
        "{name} を今の変更として復元しました：{added:,}件を戻し、{updated:,}件を元の内容に、{removed:,}件を削除しまし"
        "た。復元前の帳簿はバックアップとして残しています（shima restore-backup で一覧）",
        "dd1bea",
    ),
    "backup.restored_dry": (
        "restoring {name} would bring back {added:,} records, change back {updated:,} and remove {removed:,} (dry "
        "run: nothing was changed)",
        "{name} を復元すると：{added:,}件を戻し、{updated:,}件を元の内容に、{removed:,}件を削除します（試行のみ：何も"
        "変更していません）",
        "29c9cf",
    ),
    "calendar.plain_from_encrypted": (
        "shima: {path} is not encrypted (a calendar app must read it): it names the people due, in plain text",
        "shima：{path} は暗号化していません（カレンダーのアプリが読めるように）。連絡する人の名前がそのまま入っています",
        "759d84",
    ),
}
EN, JA = languages(WORDS)
