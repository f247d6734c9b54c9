"""Textual's own words, shown by the app: the palette's system commands, its placeholder and its
empty result, the theme search, the screenshot notices and the ctrl+c hint. EN and JA. (Textual's
keys panel is not offered: see journal/tui/textual_words.py.)

The `textual.command.` codes hold Textual's English verbatim (Textual 8.2): the app receives Textual's
system commands in English and finds each title and help here by its text (`words.in_words`), so
within that area an English text appears once. The other codes the app asks for by name.
"""

EN: dict[str, str] = {
    "textual.command.theme": "Theme",
    "textual.command.theme.help": "Change the current theme",
    "textual.command.quit": "Quit",
    "textual.command.quit.help": "Quit the application as soon as possible",
    "textual.command.maximize": "Maximize",
    "textual.command.maximize.help": "Maximize the focused widget",
    "textual.command.minimize": "Minimize",
    "textual.command.minimize.help": "Minimize the widget and restore to normal size",
    "textual.command.screenshot": "Screenshot",
    "textual.command.screenshot.help": "Save an SVG 'screenshot' of the current screen",
    "textual.palette.placeholder": "Search for commands…",
    "textual.palette.nothing_found": "No matches found",
    "textual.palette.themes_placeholder": "Search for themes…",
    "textual.screenshot.title": "Screenshot",
    "textual.screenshot.saved": "Saved screenshot",
    "textual.screenshot.saved_to": "Saved screenshot to {path}",
    "textual.screenshot.failed": "Failed to save screenshot",
    "textual.quit_hint.title": "Do you want to quit?",
    "textual.quit_hint": "Press {key} to quit the app",
}

JA: dict[str, str] = {
    "textual.command.theme": "テーマ",
    "textual.command.theme.help": "色のテーマを変える",
    "textual.command.quit": "終了",
    "textual.command.quit.help": "shima をすぐに終了",
    "textual.command.maximize": "最大化",
    "textual.command.maximize.help": "選んでいる部品を画面いっぱいに表示",
    "textual.command.minimize": "元の大きさ",
    "textual.command.minimize.help": "最大化をやめて元の大きさに戻す",
    "textual.command.screenshot": "スクリーンショット",
    "textual.command.screenshot.help": "今の画面を SVG で保存",
    "textual.palette.placeholder": "コマンドを検索…",
    "textual.palette.nothing_found": "見つかりません",
    "textual.palette.themes_placeholder": "テーマを検索…",
    "textual.screenshot.title": "スクリーンショット",
    "textual.screenshot.saved": "スクリーンショットを保存しました",
    "textual.screenshot.saved_to": "スクリーンショットを {path} に保存しました",
    "textual.screenshot.failed": "スクリーンショットを保存できませんでした",
    "textual.quit_hint.title": "終了しますか？",
    "textual.quit_hint": "{key} を押すと終了します",
}
