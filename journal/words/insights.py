"""Messages of the insights: the rules, the reasons of each flag, counts. EN and JA.

Counts have a `.one` and an `.other` form in English; Japanese needs only `.other`."""

from .pairs import Pair, languages

WORDS: dict[str, Pair] = {
    "rule.feeding": (
        "watch from {feeding_cash_watch} and high from {feeding_cash_high} paid to them in the window, "
        "or watch from {feeding_watch} and high from {feeding_high} times unpaid labor (or payments with no amount), "
        "while nothing of business value came back (no referral, collaboration or money received, no sale they brought); "
        "most paid first",
        "期間内に相手へ支払った額が{feeding_cash_watch}以上で注意、{feeding_cash_high}以上で高。"
        "または無償労働（金額のない支払いを含む）が{feeding_watch}回で注意、{feeding_high}回で高。"
        "相手から紹介・協業・お金も、相手が運んできた売上もない場合。支払った額の多い順",
        "a4e7ff",
    ),
    "rule.taker": (
        "watch from {taker_watch} and high from {taker_high} times help (anything but cash) given to them in the window, "
        "with nothing received or shared back (not shown when feeding risk already is)",
        "期間内に相手への手助け（お金以外）が{taker_watch}回で注意、{taker_high}回で高。"
        "相手から受け取ったものも共同のものもない場合（養分リスクが出ている人には出しません）",
        "d18a3a",
    ),
    "rule.comfort": (
        "a peer with {comfort_min} or more contributions in the window, every one support or information, none of business value",
        "期間内の貢献が{comfort_min}回以上あり、すべてが応援か情報で、ビジネス上の価値があるものがないピア",
        "fd035f",
    ),
    "rule.invite": (
        "a peer meeting {shima_invite_score} or 4 of the 4 shima criteria",
        "シマの4つの条件のうち{shima_invite_score}つ以上を満たすピア",
        "0ceae4",
    ),
    "rule.review": (
        "a shima member meeting {shima_review_score} or fewer of the 4 shima criteria",
        "シマの4つの条件のうち{shima_review_score}つ以下しか満たさないシマのメンバー",
        "241bb9",
    ),
    "rule.overdue": (
        "the cadence (stay in touch every N days) has passed since the last entry with them",
        "最後の記録から「連絡の間隔（N日ごと）」が過ぎた人",
        "ed7f4a",
    ),
    "title.feeding": (
        "Feeding risk: you are their feed",
        "養分リスク：あなたが相手の養分になっている",
        "fb60a5",
    ),
    "title.taker": (
        "Taker risk: they feed on you",
        "テイカーリスク：相手があなたを養分にしている",
        "53e880",
    ),
    "title.comfort": (
        "Comfort, not yet a network",
        "居心地はいいが、まだ人脈ではない",
        "30beb9",
    ),
    "title.invite": (
        "Invite to your shima",
        "シマに誘いたい人",
        "032fe7",
    ),
    "title.review": (
        "Shima members to look at again",
        "見直したいシマのメンバー",
        "dcf5db",
    ),
    "title.overdue": (
        "Stay in touch, most overdue first",
        "連絡したい人（期限切れの長い順）",
        "969956",
    ),
    "short.feeding": (
        "Feeding risk",
        "養分リスク",
        "1ef165",
    ),
    "short.taker": (
        "Taker risk",
        "テイカーリスク",
        "681d3f",
    ),
    "short.review": (
        "Shima review",
        "シマの見直し",
        "772cdc",
    ),
    "short.overdue": (
        "Stay in touch",
        "連絡どき",
        "ed9990",
    ),
    "short.invite": (
        "Invite to your shima",
        "シマに誘う",
        "032fe7",
    ),
    "short.comfort": (
        "Comfort only",
        "居心地だけ",
        "a8cde9",
    ),
    "level.high": (
        "high",
        "高",
        "9235af",
    ),
    "level.watch": (
        "watch",
        "注意",
        "292b09",
    ),
    "level.info": (
        "info",
        "参考",
        "59bd0a",
    ),
    "reason.feeding": (
        "{parts}, nothing back in {window}",
        "{parts}、{window}間何も返ってきていない",
        "9309d8",
    ),
    "reason.feeding.paid": (
        "{payments}, {money},",
        "支払い{payments}（{money}）",
        "a9d28d",
    ),
    "reason.feeding.paid_count": (
        "{payments}",
        "支払い{payments}",
        "9d9267",
    ),
    "reason.feeding.labor": (
        "unpaid labor {times}",
        "無償労働{times}",
        "fc2dd9",
    ),
    "reason.feeding.and": (
        " and ",
        "と",
        "4f4133",
    ),
    "reason.feeding.back": (
        "{parts} in {window}; back: {back}, no business",
        "{window}間に{parts}。返ってきたもの：{back}、ビジネスはなし",
        "2443ad",
    ),
    "reason.feeding.back_kind": (
        "{n} {kind}",
        "{kind}{n}回",
        "7840de",
    ),
    "reason.taker": (
        "you gave {times} ({kinds}), nothing came back in {window}",
        "{times}与えた（{kinds}）が、{window}間何も返ってきていない",
        "5a59b1",
    ),
    "reason.comfort": (
        "only support and information in {window} ({entries}): comfort has its worth, but it has not moved your sales yet",
        "{window}間、応援と情報だけ（{entries}）：居心地には価値があるが、まだ売上は動いていない",
        "0a0861",
    ),
    "reason.invite": (
        "meets {score} of 4 shima criteria: worth inviting",
        "シマの条件を4つのうち{score}つ満たす：誘う価値あり",
        "1146b6",
    ),
    "reason.invite.comfort": (
        "meets {score} of 4 shima criteria, but so far only support and information ({entries} in {window}): "
        "invite them to work on something together",
        "シマの条件を4つのうち{score}つ満たすが、これまでは応援と情報だけ（{window}間に{entries}）："
        "一緒に何か仕事をしようと誘ってみよう",
        "378f80",
    ),
    "reason.review": (
        "meets only {score} of 4 shima criteria: worth a second look",
        "シマの条件は4つ中{score}つ：見直す価値あり",
        "43e917",
    ),
    "reason.overdue.last": (
        "last entry {days} ago",
        "最後の記録は{days}前",
        "33855b",
    ),
    "reason.overdue.none": (
        "no entry since adding them {days} ago",
        "追加してから{days}記録なし",
        "8ddfeb",
    ),
    "reason.overdue": (
        "{when}, every {cadence}: {status}",
        "{when}、{cadence}ごと：{status}",
        "e79e25",
    ),
    "reason.overdue.today": (
        "due today",
        "今日が連絡日",
        "5fa1ed",
    ),
    "reason.overdue.late": (
        "{days} overdue",
        "{days}過ぎている",
        "37c605",
    ),
    "count.payment.one": ("{n} payment", None, "638b0a"),
    "count.payment.other": (
        "{n} payments",
        "{n}回",
        "96983e",
    ),
    "count.day.one": ("{n} day", None, "e5af3b"),
    "count.day.other": (
        "{n} days",
        "{n}日",
        "c752c6",
    ),
    "count.hour.one": ("{n} hour", None, "b00c73"),
    "count.hour.other": (
        "{n} hours",
        "{n}時間",
        "bc7107",
    ),
    "count.minute.one": ("{n} minute", None, "06467d"),
    "count.minute.other": (
        "{n} minutes",
        "{n}分",
        "5bac86",
    ),
    "duration.hours_minutes": (
        "{hours} {minutes}",
        "{hours}{minutes}",
        "b91c10",
    ),
    "count.month.one": ("{n} month", None, "128228"),
    "count.month.other": (
        "{n} months",
        "{n}か月",
        "e5b37d",
    ),
    "count.entry.one": ("{n} entry", None, "ea751f"),
    "count.entry.other": (
        "{n} entries",
        "{n}件",
        "031f16",
    ),
    "count.contact.one": ("{n} contact", None, "2436f3"),
    "count.contact.other": (
        "{n} contacts",
        "{n}人",
        "45e431",
    ),
    "count.time.one": ("once", None, "186383"),
    "count.time.other": (
        "{n} times",
        "{n}回",
        "2931be",
    ),
    "count.gave.one": ("{n} time", None, "ace871"),
    "count.gave.other": (
        "{n} times",
        "{n}回",
        "2931be",
    ),
    "kinds.times": (
        "{kind} ×{n}",
        "{kind}×{n}",
        "53a763",
    ),
    "list.separator": (
        ", ",
        "、",
        "d3bc9a",
    ),
    "tag.peer": (
        "peer",
        "ピア",
        "2b974b",
    ),
    "tag.influencer": (
        "influencer",
        "インフルエンサー",
        "85fde0",
    ),
    "tag.shima": (
        "shima",
        "シマ",
        "8263e4",
    ),
    "tags.peer": (
        "peers",
        "ピア",
        "4ba385",
    ),
    "tags.influencer": (
        "influencers",
        "インフルエンサー",
        "083c12",
    ),
    "tags.shima": (
        "shima",
        "シマ",
        "8263e4",
    ),
    "direction.gave": (
        "gave",
        "与えた",
        "c650f6",
    ),
    "direction.received": (
        "received",
        "受け取った",
        "38428a",
    ),
    "direction.mutual": (
        "mutual",
        "お互いに",
        "410e5f",
    ),
    "direction.note": (
        "note",
        "メモ",
        "c51048",
    ),
    "direction.sale": (
        "sale",
        "売上",
        "5b8a76",
    ),
    "kind.referral": (
        "referral",
        "紹介",
        "33b88a",
    ),
    "kind.collaboration": (
        "collaboration",
        "協業",
        "efac6f",
    ),
    "kind.information": (
        "information",
        "情報",
        "83dd9d",
    ),
    "kind.idea": (
        "idea",
        "アイデア",
        "766250",
    ),
    "kind.support": (
        "support",
        "応援",
        "5bdcd3",
    ),
    "kind.money": (
        "money",
        "お金",
        "c95259",
    ),
    "kind.labor": (
        "labor",
        "労働",
        "0b8c56",
    ),
    "kind.other": (
        "other",
        "その他",
        "d0941e",
    ),
    "fit.same_goal": (
        "aims at the same goal",
        "同じゴールを目指している",
        "529d24",
    ),
    "fit.same_heat": (
        "puts in the same heat of effort",
        "同じ熱量で努力している",
        "dffa7a",
    ),
    "fit.acknowledges_me": (
        "acknowledges the effort I make now",
        "今の自分の努力を認めてくれる",
        "6d46ad",
    ),
    "fit.slightly_ahead": (
        "we each feel the other is a little ahead",
        "お互いに相手が少し先を行っていると感じる",
        "7921db",
    ),
    "payoff.title": (
        "Did your network move your sales? {start} to {end}",
        "人脈は売上を動かしたか？ {start}〜{end}",
        "0a5d37",
    ),
    "payoff.row.sales": (
        "sales",
        "売上",
        "59248c",
    ),
    "payoff.row.own": (
        "  your own",
        "  自分の売上",
        "dd3588",
    ),
    "payoff.row.network": (
        "  through your network",
        "  人脈経由の売上",
        "f5e666",
    ),
    "payoff.row.spent": (
        "cash spent on your network",
        "人脈に使ったお金",
        "c67d0e",
    ),
    "payoff.row.net": (
        "net (network − cash spent)",
        "差し引き（人脈経由 − 支出）",
        "f612e8",
    ),
    "payoff.row.help_given": (
        "help given, estimated (not cash)",
        "与えた手助け（見積、お金とは別）",
        "ae759f",
    ),
    "payoff.row.help_received": (
        "help received, estimated",
        "受けた手助け（見積）",
        "7a3f0a",
    ),
    "payoff.row.effort": (
        "your own effort",
        "自分の努力の記録",
        "a4fc93",
    ),
    "payoff.trend": (
        "Trend: {before} → {recent} ({n} months each)",
        "傾向：{before} → {recent}（各{n}か月）",
        "d0f5b0",
    ),
    "payoff.span": (
        "{first} to {last}",
        "{first}〜{last}",
        "e73313",
    ),
    "payoff.measure.sales": (
        "sales",
        "売上",
        "59248c",
    ),
    "payoff.measure.network_sales": (
        "through network",
        "人脈経由",
        "982112",
    ),
    "payoff.measure.spent": (
        "cash spent",
        "支出",
        "729161",
    ),
    "payoff.measure.net": (
        "net",
        "差し引き",
        "391b66",
    ),
    "payoff.change.up": (
        "up",
        "増",
        "7c0a25",
    ),
    "payoff.change.down": (
        "down",
        "減",
        "77346d",
    ),
    "payoff.change.same": (
        "same",
        "横ばい",
        "ff3390",
    ),
    "payoff.chart": (
        "Sales by month, and cash spent on your network",
        "月ごとの売上と、人脈に使ったお金",
        "049847",
    ),
    "payoff.legend": (
        "{network} through your network   {own} your own sales   {spent} cash spent on your network",
        "{network} 人脈経由の売上   {own} 自分の売上   {spent} 人脈に使ったお金",
        "2e88c8",
    ),
    "payoff.head.month": (
        "month",
        "月",
        "021710",
    ),
    "payoff.head.sales_bar": (
        "sales",
        "売上",
        "59248c",
    ),
    "payoff.head.sales": (
        "sales",
        "売上",
        "59248c",
    ),
    "payoff.head.network": (
        "network",
        "人脈経由",
        "c112e8",
    ),
    "payoff.head.spent_bar": (
        "cash spent",
        "支出",
        "729161",
    ),
    "payoff.head.spent": (
        "spent",
        "支出",
        "40d77e",
    ),
    "payoff.head.marked": (
        "{label} ({marks})",
        "{label}（{marks}）",
        "3c9bef",
    ),
    "payoff.by_tag": (
        "By tag (window)",
        "区分ごと（期間内）",
        "6725d0",
    ),
    "payoff.col.spent": (
        "spent",
        "支出",
        "40d77e",
    ),
    "payoff.col.brought": (
        "brought",
        "人脈経由",
        "781ca1",
    ),
    "payoff.col.net": (
        "net",
        "差し引き",
        "391b66",
    ),
    "payoff.col.help": (
        "help given/back",
        "手助け 与/受",
        "64687f",
    ),
    "payoff.costly": (
        "Cost you most, no business back",
        "お金を使ったのにビジネスが返ってこない人（多い順）",
        "67cda8",
    ),
    "payoff.costly.row": (
        "spent {spent} ({payments}) · help back: {received}",
        "支出 {spent}（{payments}）・返ってきた手助け：{received}",
        "a78922",
    ),
    "payoff.bringers": (
        "Brought you the most business",
        "ビジネスを運んでくれた人（多い順）",
        "502f72",
    ),
    "payoff.bringers.row": (
        "brought {brought} · spent {spent} · net {net}",
        "人脈経由の売上 {brought}・支出 {spent}・差し引き {net}",
        "2476b8",
    ),
    "payoff.none": (
        "none",
        "該当なし",
        "71f8e7",
    ),
    "payoff.nothing": (
        "none",
        "なし",
        "71f8e7",
    ),
    "count.note.one": ("{n} note", None, "bf9a2f"),
    "count.note.other": (
        "{n} notes",
        "{n}件",
        "ca8a7c",
    ),
}
EN, JA = languages(WORDS)
