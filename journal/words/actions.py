"""Messages of the use cases: records gone elsewhere, imports refused. EN and JA."""

from .pairs import Pair, languages

WORDS: dict[str, Pair] = {
    "sync.merged": (
        "merged the sync copy {name}: {added:,} added, {updated:,} changed, {removed:,} removed "
        "(contacts and entries); the copy is kept as a backup",
        "同期のコピー {name} を統合しました：追加{added:,}件・変更{updated:,}件・削除{removed:,}件（連絡先と記録）。"
        "コピーはバックアップとして残しました",
        "005046",
    ),
    "sync.left_alone": (
        "the sync copy {name} was not merged: {problem}",
        "同期のコピー {name} は統合しませんでした：{problem}",
        "84ff03",
    ),
    "sync.another_journal": (
        "{path} is a copy of another journal (was shima started here before the first sync ended?); "
        "it was left as it is: `shima import` it to merge it anyway",
        "{path} は別の帳簿のコピーです（最初の同期が終わる前にここで shima を使いましたか？）。"
        "そのままにしました。それでも統合するには `shima import` してください",
        "3f75b3",
    ),
    "crypt.passphrase_too_long": (
        "a passphrase of more than {limit:,} characters cannot be typed whole on a terminal; nothing was changed",
        "{limit:,}文字を超えるパスフレーズは端末で最後まで入力できません。何も変更していません",
        "4ab0ca",
    ),
    "crypt.already": (
        "{path}: the journal is already encrypted",
        "{path}：帳簿はすでに暗号化されています",
        "b7c804",
    ),
    "crypt.not_encrypted": (
        "{path}: the journal is not encrypted",
        "{path}：帳簿は暗号化されていません",
        "d65c30",
    ),
    "crypt.empty_passphrase": (
        "an empty passphrase protects nothing; nothing was changed",
        "空のパスフレーズでは何も守れません。何も変更していません",
        "022887",
    ),
    "cadence.by_tag": (
        "{text!r} is not TAG=DAYS: write e.g. shima=14,peer=60,influencer=none (tags: {tags})",
        "「{text}」は 区分=日数 の形ではありません：shima=14,peer=60,influencer=none のように書いてください（区分：{tags}）",
        "6eee87",
    ),
    "contact.gone": (
        "the contact {id} no longer exists (was it removed in another window?)",
        "連絡先 {id} はもうありません（別のウィンドウで削除されましたか？）",
        "299551",
    ),
    "entry.gone": (
        "the entry {id} no longer exists (was it deleted in another window?)",
        "記録 {id} はもうありません（別のウィンドウで削除されましたか？）",
        "7cd651",
    ),
    "import.future_stamp": (
        "{field} {stamp} is in the future; a record from the future would win every later merge",
        "「{field}」の {stamp} は未来の日時です。未来の記録があると、この先の取り込みで常にそちらが優先されてしまいます",
        "6d0574",
    ),
    "lookup.empty": (
        "an empty name matches nobody",
        "空の名前では誰も見つかりません",
        "01fc88",
    ),
    "lookup.ambiguous": (
        "contact {query!r} is ambiguous: {candidates}; use the id",
        "連絡先 {query!r} に当てはまる人が複数います：{candidates}。id で指定してください",
        "67aea4",
    ),
    "lookup.ambiguous.more": (
        " and {n} more",
        "、ほか{n}人",
        "5a4b5f",
    ),
    "lookup.unknown": (
        "contact {query!r} not found; `shima list` shows every contact",
        "連絡先 {query!r} が見つかりません。`shima list` ですべての連絡先を表示できます",
        "2474bb",
    ),
    "fit.unknown": (
        "{text!r} is not a shima criterion; use {choices}",
        "「{text}」はシマの条件ではありません。{choices} のどれかを使ってください",
        "1ef6c8",
    ),
    "sync.no_journal_id": (
        "{path} carries no journal id, so nothing says it is a copy of this journal; it was left as it is: `shima "
        "import` it to merge it anyway",
        "{path} には帳簿の ID がないため、この帳簿のコピーかどうか分かりません。そのままにしました。それでも統合する"
        "には `shima import` してください",
        "09e942",
    ),
    "sync.clock_ahead": (
        "{path} holds changes stamped {ahead} ahead of this device's clock: the clock of the device that wrote it "
        "runs ahead (or this one's runs behind). It is kept, and merged once that time has passed here; to merge it "
        "now as changes made now: shima import --accept-future {path}",
        "{path} には、この端末の時計より{ahead}先の日時の変更が入っています。書いた端末の時計が進んでいる（またはこの"
        "端末の時計が遅れている）ようです。コピーは残し、その時刻を過ぎたら統合します。今の変更として今すぐ統合するに"
        "は：shima import --accept-future {path}",
        "725c7e",
    ),
    "sync.removals_held": (
        "merging {path} would remove {removed:,} of the journal's {total:,} contacts and entries, so it waits for "
        "your word; nothing was changed. If that is what you meant: shima import --accept-removals {path}",
        "{path} を統合すると、帳簿の連絡先と記録{total:,}件のうち{removed:,}件が消えるため、確認を待っています。何も"
        "変更していません。そのとおりでよければ：shima import --accept-removals {path}",
        "0e83c7",
    ),
    "sync.merged_then_refused": (
        "(the sync copies above were merged and saved before this command was refused)",
        "（上の同期のコピーは、このコマンドが断られる前に統合して保存しました）",
        "931a19",
    ),
}
EN, JA = languages(WORDS)
