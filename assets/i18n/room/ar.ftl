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
minutes-left = { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
}
commitments-title = ما سنفعله قبل لقائنا القادم
# "You said, we did": the next café's slide about the last one.
you-said-title = قلتم، وفعلنا
you-said-from = في مقهانا «{ $title }» يوم { $date }
you-said-heard = قلتم
you-said-did = فعلنا
you-said-none = لم يُسجَّل شيء لهذا الجزء.
state-done = تمّ
state-under-way = قيد التنفيذ
state-not-yet = لم يبدأ بعد
# The goodbye check at the door.
goodbye-welcome = إلى أي حد شعرتم بالترحيب الليلة؟
goodbye-again = هل ستأتون مرة أخرى؟
goodbye-face-1 = لم أشعر بالترحيب
goodbye-face-2 = قليلاً
goodbye-face-3 = إلى حد ما
goodbye-face-4 = شعرت بالترحيب
goodbye-face-5 = ترحيب كبير
goodbye-yes = نعم
goodbye-maybe = ربما
goodbye-no = لا
goodbye-thanks = شكراً لكم! وصولاً آمناً إلى البيت.
goodbye-skip = تخطَّ هذا السؤال
# The welcome slide's date: a chrono pattern, and the locale whose day and month names it uses.
date-format = %A %-d %B %Y
date-locale = ar_EG
