# What the room reads on the projector's fixed slides, Vietnamese.
# Draft: to be checked by a native speaker before a café.

welcome = Chào mừng quý vị
agreements-title = Các thỏa thuận của buổi cà phê
question-of = Câu hỏi { $number } trên { $total }
move-tables = Xin mời quý vị chuyển sang bàn mới
move-tables-hint = Xin các chủ bàn ở lại và chào đón khách mới.
harvest = Thu hoạch
harvest-hint = Bàn của quý vị đã nghe được gì? Hãy chia sẻ một hoặc hai ý chính với mọi người.
what-we-heard = Những gì chúng ta đã nghe
themes-empty = Các chủ đề sẽ hiện ở đây khi chúng ta tổng hợp.
tables-raised = { $count } bàn
thank-you = Cảm ơn quý vị đã đến
closing-prompt = Một từ thôi: tối nay quý vị ra về với cảm xúc gì?
time-up = Đã đến lúc kết thúc cuộc trò chuyện
commitments-title = Những việc chúng ta sẽ làm trước lần gặp tới
# The welcome slide's date: a chrono pattern, and the locale whose day and month names it uses.
date-format = %A, %-d %B %Y
date-locale = vi_VN
