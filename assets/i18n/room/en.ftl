# What the room reads on the projector's fixed slides, English. Every file in this folder
# carries the same keys (a test checks it); a guide in a language with a file here gets its
# fixed slides in that language too.

welcome = Welcome
agreements-title = Our café agreements
question-of = Question { $number } of { $total }
move-tables = Please move to a new table
move-tables-hint = Table hosts, please stay and welcome your new guests.
harvest = Harvest
harvest-hint = What did your table hear? Share one or two key ideas with the room.
what-we-heard = What we heard
themes-empty = Themes will appear here as we gather them.
tables-raised = { $count ->
    [one] { $count } table
   *[other] { $count } tables
}
thank-you = Thank you for coming
closing-prompt = One word: how do you leave tonight?
time-up = Time to bring your conversation to a close
# The round's time left, as the room reads it until the last minute (then it shows the seconds).
minutes-left = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
commitments-title = What we will do before next time
# "You said, we did": the next café's slide about the last one.
you-said-title = You said, we did
you-said-from = At our café “{ $title }” on { $date }
you-said-heard = You said
you-said-did = We did
you-said-none = Nothing was recorded for this part.
state-done = Done
state-under-way = Under way
state-not-yet = Not yet
# The goodbye check at the door.
goodbye-welcome = How welcome did you feel tonight?
goodbye-again = Will you come again?
goodbye-face-1 = Not welcome
goodbye-face-2 = A little
goodbye-face-3 = Somewhat
goodbye-face-4 = Welcome
goodbye-face-5 = Very welcome
goodbye-yes = Yes
goodbye-maybe = Maybe
goodbye-no = No
goodbye-thanks = Thank you! Safe home.
goodbye-skip = Skip this question
# The welcome slide's date: a chrono pattern, and the locale whose day and month names it uses.
date-format = %A %-d %B %Y
date-locale = en_GB
