"""Messages about the journal file and other files. EN and JA."""

from .pairs import Pair, languages

WORDS: dict[str, Pair] = {
    "file.folder_is_file": (
        "{path}: a file stands where the journal's folder should be",
        "{path}：帳簿のフォルダがあるべき場所にファイルがあります",
        "b29dc1",
    ),
    "file.folder_failed": (
        "{path}: the folder cannot be created: {reason}",
        "{path}：フォルダを作成できません（{reason}）",
        "a96e66",
    ),
    "file.is_folder": (
        "{path}: is a folder, not a journal file",
        "{path}：フォルダです。帳簿のファイルではありません",
        "8ca470",
    ),
    "file.is_folder_give_name": (
        "{path}: is a folder; give a file name",
        "{path}：フォルダです。ファイル名を指定してください",
        "ae2b56",
    ),
    "file.not_regular": (
        "{path}: is not a regular file (a device, a pipe or a socket); give a file name",
        "{path}：通常のファイルではありません（デバイス、パイプ、ソケットのどれかです）。ファイル名を指定してください",
        "275418",
    ),
    "file.dangling_link": (
        "{path}: is a link to nothing; give a file name",
        "{path}：リンク先が存在しません。ファイル名を指定してください",
        "2348c7",
    ),
    "file.unreadable": (
        "{path}: cannot be read: {reason}",
        "{path}：読み込めません（{reason}）",
        "e35c0b",
    ),
    "file.unwritable": (
        "{path}: could not be written: {reason}",
        "{path}：書き込めませんでした（{reason}）",
        "1f00d6",
    ),
    "file.no_memory": (
        "{path}: not enough memory to read it (is a memory limit set?); the file was left as it is",
        "{path}：読み込むためのメモリが足りません（メモリの上限が設定されていませんか？）。ファイルは変更していません",
        "1bb188",
    ),
    "file.empty": (
        "{path}: the file is empty, not a shima journal (it was left as it is)",
        "{path}：ファイルが空で、shima の帳簿ではありません（ファイルは変更していません）",
        "7c9092",
    ),
    "file.not_json": (
        "{path}: not valid JSON ({reason}); the file was left as it is",
        "{path}：正しい JSON ではありません（{reason}）。ファイルは変更していません",
        "cd1874",
    ),
    "file.invalid": (
        "{path}: {problem}; the file was left as it is",
        "{path}：{problem}（ファイルは変更していません）",
        "79d21c",
    ),
    "file.invalid_import": (
        "{path}: {problem}; nothing was imported",
        "{path}：{problem}（何も取り込んでいません）",
        "c9c022",
    ),
    "file.missing": (
        "{path}: no such file",
        "{path}：ファイルがありません",
        "bc7e1c",
    ),
    "file.lock_timeout": (
        "{path}: another shima has held the lock for {seconds} s; nothing was changed",
        "{path}：別の shima が{seconds}秒間ロックしたままです。何も変更していません",
        "e60d84",
    ),
    "file.lock_failed": (
        "{path}: cannot be created: {reason}",
        "{path}：作成できません（{reason}）",
        "849f1d",
    ),
    "file.read_only": (
        "{path}: the journal is read-only, so nothing was changed; make it writable (chmod u+w) to change it",
        "{path}：帳簿が読み取り専用のため、何も変更していません。変更するには書き込みを許可してください（chmod u+w）",
        "373a81",
    ),
    "file.save_failed": (
        "{path}: could not be saved: {reason}; nothing was changed",
        "{path}：保存できませんでした（{reason}）。何も変更していません",
        "058eae",
    ),
    "file.backup_failed": (
        "{path}: the backup could not be written ({reason}); nothing was changed",
        "{path}：バックアップを書き込めませんでした（{reason}）。何も変更していません",
        "00c75f",
    ),
    "crypt.locked": (
        "{path}: the journal is encrypted: type its passphrase on a terminal, or set $SHIMA_PASSPHRASE; nothing was changed",
        "{path}：帳簿は暗号化されています。端末でパスフレーズを入力するか、"
        "$SHIMA_PASSPHRASE を設定してください。何も変更していません",
        "4568c5",
    ),
    "crypt.wrong_passphrase": (
        "{path}: wrong passphrase; nothing was changed",
        "{path}：パスフレーズが違います。何も変更していません",
        "1bb5c9",
    ),
    "crypt.no_key_file": (
        "{path}: this encrypted journal's key file is missing; put it back beside the journal (without it nothing can be read)",
        "{path}：暗号化された帳簿の鍵ファイルがありません。帳簿の隣に戻してください（鍵がないと読めません）",
        "2e9988",
    ),
    "crypt.key_damaged": (
        "{path}: the key file is damaged; restore it from a copy",
        "{path}：鍵ファイルが壊れています。コピーから戻してください",
        "d46c7d",
    ),
    "crypt.not_this_key": (
        "{path}: cannot be decrypted with this journal's key (encrypted with another key, or damaged); it was left as it is",
        "{path}：この帳簿の鍵では復号できません（別の鍵で暗号化されているか、壊れています）。そのままにしました",
        "b6ca29",
    ),
    "crypt.journal_not_encrypted": (
        "{path}: is encrypted, and this journal is not (it has no key to open it); it was left as it is",
        "{path}：暗号化されていますが、この帳簿は暗号化されていません（開く鍵がありません）。そのままにしました",
        "4d0183",
    ),
    "crypt.no_keyring": (
        "{path}: this system has no keyring to keep the key in; set $SHIMA_PASSPHRASE or type the passphrase",
        "{path}：このシステムには鍵を保管するキーリングがありません。"
        "$SHIMA_PASSPHRASE を設定するか、パスフレーズを入力してください",
        "ceab63",
    ),
    "crypt.keyring_failed": (
        "{path}: the keyring refused to keep the key ({reason})",
        "{path}：キーリングに鍵を保管できませんでした（{reason}）",
        "cf8e36",
    ),
    "file.symlink_loop": (
        "{path} is a symbolic link that leads back to itself (through other links), so it names no file; point it at "
        "the journal, or give the journal's own path",
        "{path} は（ほかのリンクを経て）自分自身に戻るシンボリックリンクで、どのファイルも指していません。帳簿を指す"
        "ように直すか、帳簿そのもののパスを指定してください",
        "5b14f2",
    ),
    "crypt.keep_span": (
        "the key is kept for {shortest} to {longest}, not {asked}",
        "鍵を保管できるのは{shortest}から{longest}までです（{asked}はできません）",
        "51e750",
    ),
    "crypt.nowhere_to_keep": (
        "{path}: this system has nowhere to keep the unlocked key (no desktop keyring, no kernel keyring, "
        "no private $XDG_RUNTIME_DIR in memory); set $SHIMA_PASSPHRASE or type the passphrase",
        "{path}：このシステムには開いた鍵を保管する場所がありません（デスクトップのキーリングも、カーネルキーリングも、"
        "メモリ上の専用の $XDG_RUNTIME_DIR もありません）。$SHIMA_PASSPHRASE を設定するか、パスフレーズを入力してください",
        "2887f5",
    ),
    "crypt.nowhere_to_keep_for": (
        "{path}: this system has nowhere to keep the key for a limited time (no kernel keyring, no private "
        "$XDG_RUNTIME_DIR in memory); shima unlock without --for keeps it in the desktop keyring until shima lock",
        "{path}：このシステムには鍵を期限付きで保管する場所がありません（カーネルキーリングも、メモリ上の専用の "
        "$XDG_RUNTIME_DIR もありません）。--for なしの shima unlock なら、shima lock までデスクトップのキーリングに保管します",
        "03dd23",
    ),
    "crypt.keep_failed": (
        "{path}: the key could not be kept ({reason})",
        "{path}：鍵を保管できませんでした（{reason}）",
        "09b6c9",
    ),
}
EN, JA = languages(WORDS)
