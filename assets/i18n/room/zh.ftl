# What the room reads on the projector's fixed slides, Chinese (Simplified).
# Draft: to be checked by a native speaker before a café.

welcome = 欢迎
agreements-title = 我们的咖啡馆约定
question-of = 第 { $number } 个问题（共 { $total } 个）
move-tables = 请换到一张新的桌子
move-tables-hint = 请各桌桌长留在原位，欢迎新来的客人。
harvest = 收获
harvest-hint = 您这一桌听到了什么？请与大家分享一两个重要的想法。
what-we-heard = 我们听到的
themes-empty = 整理出的主题会显示在这里。
tables-raised = { $count } 张桌子
thank-you = 感谢您的到来
closing-prompt = 用一个词说说：今晚您带着怎样的心情离开？
time-up = 是时候结束你们的谈话了
minutes-left = { $minutes } 分钟
commitments-title = 下次见面之前我们要做的事
# "You said, we did": the next café's slide about the last one.
you-said-title = 您说的，我们做的
you-said-from = 在 { $date } 的“{ $title }”咖啡会上
you-said-heard = 您说的
you-said-did = 我们做的
you-said-none = 这一部分没有记录。
state-done = 已完成
state-under-way = 进行中
state-not-yet = 尚未开始
# The goodbye check at the door.
goodbye-welcome = 今晚您觉得受欢迎吗？
goodbye-again = 您还会再来吗？
goodbye-face-1 = 不受欢迎
goodbye-face-2 = 有一点
goodbye-face-3 = 一般
goodbye-face-4 = 受欢迎
goodbye-face-5 = 非常受欢迎
goodbye-yes = 会
goodbye-maybe = 也许
goodbye-no = 不会
goodbye-thanks = 谢谢！祝您平安到家。
goodbye-skip = 跳过这个问题
# The welcome slide's date: a chrono pattern, and the locale whose day and month names it uses.
date-format = %Y年%-m月%-d日 %A
date-locale = zh_CN
