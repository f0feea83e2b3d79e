# What the room reads on the projector's fixed slides, Arabic (Modern Standard Arabic).
# Draft: to be checked by a native speaker before a café.

welcome = أهلاً وسهلاً بكم
agreements-title = اتفاقاتنا في المقهى
question-of = السؤال { $number } من { $total }
move-tables = من فضلكم انتقلوا إلى طاولة جديدة
move-tables-hint = مضيفو الطاولات، من فضلكم ابقوا في أماكنكم ورحّبوا بضيوفكم الجدد.
harvest = الحصاد
harvest-hint = ماذا سمعتم على طاولتكم؟ شاركوا الجميع فكرة أو فكرتين مهمتين.
what-we-heard = ما سمعناه
themes-empty = ستظهر المواضيع هنا كلما جمعناها.
tables-raised = { $count ->
    [one] طاولة واحدة
    [two] طاولتان
    [few] { $count } طاولات
   *[other] { $count } طاولة
}
thank-you = شكراً لحضوركم
closing-prompt = بكلمة واحدة: بأي شعور تغادرون الليلة؟
time-up = حان وقت اختتام حديثكم
commitments-title = ما سنفعله قبل لقائنا القادم
# The welcome slide's date: a chrono pattern, and the locale whose day and month names it uses.
date-format = %A %-d %B %Y
date-locale = ar_EG
