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
minutes-left = { $minutes } phút
commitments-title = Những việc chúng ta sẽ làm trước lần gặp tới
# "You said, we did": the next café's slide about the last one.
you-said-title = Quý vị đã nói, chúng tôi đã làm
you-said-from = Tại buổi cà phê “{ $title }” ngày { $date }
you-said-heard = Quý vị đã nói
you-said-did = Chúng tôi đã làm
you-said-none = Phần này chưa có ghi chép nào.
state-done = Đã xong
state-under-way = Đang làm
state-not-yet = Chưa làm
# The goodbye check at the door.
goodbye-welcome = Tối nay quý vị cảm thấy được chào đón đến mức nào?
goodbye-again = Quý vị sẽ đến lần sau chứ?
goodbye-face-1 = Không được chào đón
goodbye-face-2 = Một chút
goodbye-face-3 = Tạm được
goodbye-face-4 = Được chào đón
goodbye-face-5 = Rất được chào đón
goodbye-yes = Có
goodbye-maybe = Có thể
goodbye-no = Không
goodbye-thanks = Cảm ơn quý vị! Chúc về nhà an toàn.
goodbye-skip = Bỏ qua câu này
# The welcome slide's date: a chrono pattern, and the locale whose day and month names it uses.
date-format = %A, %-d %B %Y
date-locale = vi_VN
