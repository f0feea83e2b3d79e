# The words of exports: café reports, series summaries, attendance, sign-in sheets and the
# school's evidence pack. Each title begins with its kind's words, by which an earlier export
# is known again before it is replaced.
title-report = Café report: { $name }
title-series = Series summary: { $name }
title-attendance = Attendance: { $name }
title-sign-in-sheet = Sign-in sheet: { $name }
title-evidence = Family engagement record: { $name }
# A chrono date pattern and the locale whose day and month names it uses.
date-long = %A %-d %B %Y
date-short = %-d %b %Y
date-locale = en_GB
fewer-than-five = fewer than 5
no-figure = no figure
not-known = not known
at-least = at least { $count }
not-named = not named
name-left-out = name left out
no-date = no date
done = done
open = open
yes = yes
no = no
list-and = { $rest } and { $last }
people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
first-visits = { $count ->
    [one] { $count } first visit
   *[other] { $count } first visits
}
first-visits-not-known = first visits not known
interpreter-needed-count = { $count } needed an interpreter
interpreter-not-known = interpreter needs not known
childcare-count = { $count ->
    [one] { $count } child in childcare
   *[other] { $count } children in childcare
}
childcare-not-known = childcare not known
report-contains = This report contains the questions, the notes each table took, the themes, the actions and attendance counts of one café. { $private ->
    [one] { $private } private note was left out.
   *[other] { $private } private notes were left out.
} { $names }
report-with-names = It includes names: the facilitator, the table hosts and who took on each action.
report-without-names = It holds no one's name: the facilitator, table hosts and who took on each action are left out.
facilitated-by = facilitated by { $name }
series-is = series: { $name }
minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
guide-line = Guide: { $guide }. { $purpose }
who-came = Who came
came = { $people } came: { $first }; { $interpreter }; { $childcare }.
came-counted = { $people } came (counted at the door, no names taken): { $first }; { $interpreter }; { $childcare }.
by-role = By role: { $list }.
by-language = By language: { $list }.
time-planned-actual = Time: planned and actual
step = Step
planned-minutes = Planned minutes
actual-minutes = Actual minutes
until-the-end = until the end
skipped = { $count ->
    [one] Not asked at this café: question { $list }.
   *[other] Not asked at this café: questions { $list }.
}
question-heading = Question { $number }: { $text }
points-came-up = Points that came up
other-notes = Other notes
no-notes = No notes.
table-host = { $table } (host: { $host })
another-table = Another table
themes = Themes
no-themes = No themes were gathered.
theme-raised = { $theme } — raised by { $tables ->
    [one] { $tables } table
   *[other] { $tables } tables
} ({ $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
})
actions = Actions
no-actions = No actions were recorded.
action-line = { $action } — who: { $who }; by: { $due }
chart-people-by-role = People by role
chart-minutes = Minutes per step, planned and actual
people-column = People
planned = Planned
actual = Actual
min = min
theme = Theme
tables = Tables
notes = Notes
action = Action
who = Who
by = By
status = Status
attendance-contains-names = This attendance report contains the counts and one line per person, with names, and contact details only for people who agreed to be contacted.
attendance-contains = This attendance report contains the counts and one line per person without names or contact details.
sign-ins = Sign-ins
time = Time
role = Role
language = Language
table = Table
name = Name
household = Household
contact-with-consent = Contact (with consent)
photos-ok = Photos and quotes OK?
csv-checked-in = checked in
csv-role = role
csv-language = language
csv-interpreter = interpreter needed
csv-first-visit = first visit
csv-childcare = children in childcare
csv-table = table
csv-name = name
csv-household = household
csv-consent-contact = agreed to contact
csv-phone = phone
csv-email = email
csv-consent-photos = agreed to photos and quotes
sheet-contains = A blank sign-in sheet to fill in by hand. It holds no one's details until people write them; keep filled sheets somewhere safe and private.
sheet-heading = Sign in, please: { $name }
sheet-roles = Role: parent, grandparent, other caregiver, teacher, other school staff, community partner or other. Contact details only if you would like us to contact you.
sheet-time = Time in
sheet-name = Name
sheet-role = Role
sheet-language = Home language
sheet-interpreter = Interpreter?
sheet-first = First café?
sheet-childcare = Children in childcare
sheet-contact = May we contact you? Phone or email
sheet-photos = Photos and quotes OK?
sheet-signature = Signature
series-contains = This summary contains attendance counts, what came of the actions, the goodbye check, recurring tags and themes, and the actions of the { $cafes ->
    [one] { $cafes } café
   *[other] { $cafes } cafés
} in this series. It holds no notes and { $names }.
series-with-names = names only as who took on each action
series-without-names = no one's name
follow-through = What came of each café's actions by the next café
actions-agreed = Actions agreed
done-by-next = Done by the next café
still-open = Still open
no-next-cafe = no café after it yet
goodbye-each = The goodbye check at each café
goodbye-each-about = How welcome families felt and whether they will come again, at each café where someone answered; the response rate is the answers of the people who came.
goodbye-none = Nobody answered the goodbye check at any café of this series.
answered = Answered
answered-again = Answered "Will you come again?"
response-rate = Response rate
per-cent = { $count } %
column-of = { $group }: { $name }
who-came-each = Who came to each café
date = Date
cafe = Café
first-visits-column = First visits
returning = Returning
interpreter-needed = Interpreter needed
childcare = Childcare
people-by-role = People by role
languages = Languages
tags-frequent = Tags on notes, most frequent first
no-tags = No notes were tagged.
themes-by-cafes = Themes, by the number of cafés that raised them
theme-cafes = { $theme } — { $count ->
    [one] { $count } café
   *[other] { $count } cafés
}
cafes-count = { $count ->
    [one] { $count } café
   *[other] { $count } cafés
}
action-from = { $action } — who: { $who }; by: { $due }; from the café of { $date }
chart-people-each = People at each café
chart-first-returning = First visits and returning people
first-visit = First visit
evidence-contains = This record holds what the school's family engagement documentation asks of one café: when and where, the languages, how families were invited, the agenda planned and actual, attendance counts (a group of fewer than 5 people is shown as "fewer than 5"), what families said by theme, the actions, the goodbye check and to whom the summary was sent. { $names }
evidence-with-names = It names who took on each action.
evidence-without-names = It holds no one's name.
evidence-date = Date
evidence-start-end = Started and ended
evidence-start-end-value = { $start } to { $end }
evidence-place = Place
evidence-languages = Languages offered
evidence-interpreters = Interpreters present
evidence-invited = How families were invited
evidence-not-recorded = not recorded
evidence-agenda = Agenda: planned and actual
evidence-planned-start = Planned start
evidence-actual-start = Actual start
evidence-attendance = Attendance
evidence-total = { $people } in all.
evidence-by-role = By role
evidence-by-language = By language
evidence-first-visit = First visit
evidence-first-visit-yes = First café
evidence-first-visit-no = Came before
evidence-count = People
evidence-said = What families said, by theme
evidence-actions = Actions of this café
evidence-earlier-actions = Actions still open from earlier cafés
evidence-no-earlier = No action of an earlier café of this series is still open.
evidence-goodbye = The goodbye check
evidence-goodbye-none = Nobody answered the goodbye check.
evidence-goodbye-answered = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
evidence-welcome = How welcome did you feel tonight?
evidence-face-1 = Not welcome
evidence-face-2 = A little
evidence-face-3 = Somewhat
evidence-face-4 = Welcome
evidence-face-5 = Very welcome
evidence-again = Will you come again?
evidence-again-yes = Yes
evidence-again-maybe = Maybe
evidence-again-no = No
evidence-sent-to = Summary sent to
