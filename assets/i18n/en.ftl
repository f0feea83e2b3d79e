# Café Host interface, English. Every file in this folder must carry the same keys
# (a test checks it). Copy this file to <language code>.ftl to add a language.

## Counts: the plural forms follow each language's own rules.

notes-count = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
questions-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
tables-count = { $count ->
    [one] { $count } table
   *[other] { $count } tables
}
people-here = { $count ->
    [one] { $count } person here
   *[other] { $count } people here
}
first-visits = { $count ->
    [one] { $count } first visit
   *[other] { $count } first visits
}
points-came-up = { $count ->
    [one] { $count } point came up
   *[other] { $count } points came up
}

## What each key does, for the list of keys (F1).

command-next-step = Put the next step on the projector
command-previous-step = Go back one step
command-first-step = Back to the welcome
command-last-step = On to the closing
command-black = Black screen for the room (again to show)
command-white = White screen for the room (again to show)
command-freeze = Freeze what the room sees while you look ahead
command-move-tables = Ask the room to move to a new table (again to go back)
command-toggle-timer = Start or pause the round timer
command-reset-timer = Reset the timer for this question
command-add-minute = One more minute for this round
command-remove-minute = One minute less for this round
command-show-themes = Show the harvest themes to the room (again to go back)
command-toggle-projector = Open or close the projector window
command-show-presenter = The presenter console
command-show-tables = Table notes
command-show-harvest = The harvest: themes and commitments
command-show-sign-in = The sign-in desk
command-show-past-cafes = Review past cafés: the library, reports, search and series (again to go back)
command-select-table = Show this table's notes and type the next one
command-tag-next-note = Tag the next note: 1 idea, 2 concern, 3 question, 4 action, 5 quote (again to untag)
command-add-note = Add the note to this table (Shift+Enter starts a new line)
command-save-note-edit = Save the changed note (clicking elsewhere saves too)
command-cancel-note-edit = Leave the note as it was
command-check-in = Sign in the person in the form
command-suggestion-down = Move down the list of people who came before
command-suggestion-up = Move up the list of people who came before
command-pick-suggestion = Fill the form from the person who came before
command-undo = Undo the last change to notes, themes, commitments or sign-ins
command-redo = Redo what was undone
command-help = Show or hide the list of keys
command-escape = Close the key list, or take the projector out of fullscreen
command-quit = Save everything and close Café Host

## Key names, as a person reads them.

key-next = Page Down, Right arrow, Space
key-previous = Page Up, Left arrow
key-first = Home
key-last = End
key-black = B or .
key-white = W or ,
key-undo = Ctrl+Z
key-redo = Ctrl+Y or Ctrl+Shift+Z
key-help = F1 or ?
key-leave-fullscreen = Esc

## Notes for the facilitator.

room-languages-missing = The fixed slides have no words in { $missing } yet; they show in { $shown }.

## Fonts: said once when no font on the computer can draw a script.

font-missing = { $script } text cannot be shown: install a font such as { $font }, then restart Café Host.
script-arabic = Arabic
script-hebrew = Hebrew
script-cjk = Chinese, Japanese or Korean
script-devanagari = Devanagari (Hindi, Nepali, Marathi)
script-bengali = Bengali
script-ethiopic = Ethiopic (Amharic, Tigrinya)
script-khmer = Khmer
script-thai = Thai
script-myanmar = Burmese
script-symbols = Emoji or symbol

## The console: Home, the presenter, the top bar, notices, closing, the key list, the projector window.
## Keys start with the screen's name: home-, presenter-, nav-, notice-, closing-, help-, projector-.

# (console messages go above this line)

## The tables, the sign-in desk and the harvest.
## Keys start with tables-, signin-, harvest-.

# (tables, sign-in and harvest messages go above this line)

## Reviewing past cafés: the library, a report, search, series.
## Keys start with review-, library-, report-, search-, series-.

review-past-cafes = Past cafés
review-back-to-cafe = Back to the café
review-home = Home
review-library-tab = Library
review-search-tab = Search all notes
review-folder-label = A folder of café files
review-add-this-folder = Add this folder
review-report-tab = Report: { $title }
review-series-name = Series: { $name }
review-saved-in = Saved in { $file }.
review-exported-to = Exported to { $path }
review-include-names = Include names
review-actions = Actions
review-themes = Themes
review-reading = Reading cafés: { $done } of { $total }
review-date-long = { $weekday ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
} { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
review-date-short = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
review-role-parent = Parent
review-role-grandparent = Grandparent
review-role-other-caregiver = Other caregiver
review-role-teacher = Teacher
review-role-other-staff = Other school staff
review-role-community-partner = Community partner
review-role-interpreter = Interpreter
review-role-childcare-volunteer = Childcare volunteer
review-role-other = Other
review-tag-idea = Idea
review-tag-concern = Concern
review-tag-question = Question
review-tag-action = Action
review-tag-quote = Quote
library-add-folder = Add a folder…
library-shown = { $total ->
    [one] { $shown } of { $total } café shown
   *[other] { $shown } of { $total } cafés shown
}
library-find = Find
library-from = From (YYYY-MM-DD)
library-to = To
library-guide = Guide
library-series = Series
library-all = All
library-col-date = Date
library-col-title = Title
library-col-guide = Guide
library-col-series = Series
library-col-people = People
library-col-first-visits = First visits
library-col-tables = Tables
library-col-notes = Notes
library-col-themes = Themes
library-col-open-actions = Open actions
library-col-length = Length
library-sorted-high-first = { $column } (high first)
library-sorted-low-first = { $column } (low first)
library-sort-hint = Sort by this column
library-open-report = Open this café's report
library-open-series = Show this series
library-minutes = { $minutes } min
library-cannot-read = Cannot be read: { $file }
library-empty = No café files here yet: start a café on Home, or add a folder that holds some.
report-subtitle = { $date } · { $venue } · series: { $series } · { $minutes } minutes
report-reopen = Reopen this café
report-export-markdown = Export report (Markdown)
report-export-html = Export report (web page)
report-export-csv = Export attendance (CSV)
report-sign-in-sheet = Blank sign-in sheet
report-question = Question { $number }: { $text }
report-came-up = Came up: { $point }
report-other-notes = Other notes
report-no-themes = No themes were gathered at this café.
report-no-actions = No actions were agreed at this café.
report-theme = { $tables ->
    [one] { $title } — raised by { $tables } table
   *[other] { $title } — raised by { $tables } tables
}
report-action-due = { $text } — { $owner }, by { $due } ({ $done ->
    [yes] done
   *[no] open
})
report-action-no-date = { $text } — { $owner }, by no date ({ $done ->
    [yes] done
   *[no] open
})
report-who-came = Who came
report-figures = { $total ->
    [one] { $total } person
   *[other] { $total } people
}, { $first } for the first time, { $interpreter } needed an interpreter, { $children ->
    [one] { $children } child
   *[other] { $children } children
} in childcare
report-role-count = { $role }: { $count }
report-timing = Minutes per step: planned and actual
report-planned = Planned
report-actual = Actual
report-step = { $step }: { $ended ->
    [yes] { $actual } min
   *[no] until the end
} ({ $has-plan ->
    [yes] { $planned } min planned
   *[no] no plan
})
report-step-welcome = Welcome
report-step-agreements = Café agreements
report-step-question = Question { $number }
report-step-harvest = Harvest
report-step-closing = Closing
report-table = Table { $number }
report-table-named = Table { $number } · { $name }
report-another-table = Another table
search-heading = Search every café
search-field = Search notes, themes and actions
search-reading = Reading cafés: { $done } of { $total }…
search-found = { $cafes ->
    [one] { $count } found in { $cafes } café
   *[other] { $count } found in { $cafes } cafés
}
search-open-here = Open the report here
search-kind-note = Note
search-kind-theme = Theme
search-kind-action = Action
search-hit = { $kind } · { $context }:{" "}
series-export-markdown = Export summary (Markdown)
series-export-html = Export summary (web page)
series-recurring-themes = Themes that recur
series-theme = { $cafes ->
    [one] { $theme } — { $cafes } café
   *[other] { $theme } — { $cafes } cafés
}
series-frequent-tags = Most frequent tags
series-no-actions = No actions were agreed in this series.
series-tag = { $tag } { $count }
series-action = { $text } — { $owner } (from { $cafe }, { $date })
series-by-role = People at each café, by role
series-visits = First visits and returning people
series-first-visit = First visit
series-returning = Returning
series-languages = Languages over time

# (review messages go above this line)
