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

tables-none = This café has no tables.
tables-heading = Tables
tables-switch-hint = Ctrl+1 to Ctrl+9 switch tables
tables-table = Table { $number }
tables-table-named = Table { $number } · { $name }
tables-name = Name
tables-host = Table host
tables-on-screen = On screen now: { $step }
tables-step-welcome = Welcome
tables-step-agreements = Café agreements
tables-step-question = Question { $number }
tables-step-harvest = Harvest
tables-step-closing = Closing
tables-notes-shown = Notes shown
tables-filter-current = The question on screen now
tables-filter-question = Question { $number }: { $text }…
tables-filter-all = All notes of this table
tables-outside = Outside the rounds
tables-empty = No notes here yet. Type in the box below and press Enter.
tables-next-tags = Tags for the next note:
tables-tag-idea = Idea
tables-tag-concern = Concern
tables-tag-question = Question
tables-tag-action = Action
tables-tag-quote = Quote
tables-note-box = New note (Enter adds it, Shift+Enter starts a new line)
tables-note-hint = What is the table saying?
tables-note-question = Q{ $number } · { $time }
tables-note-outside = Outside the rounds · { $time }
tables-question = Question { $number }: { $text }
tables-outside-tooltip = Taken outside the table rounds
tables-share = Share
tables-share-tooltip = Share in the harvest
tables-private = Private
tables-private-tooltip = Never exported or shown to the room
tables-edit = Edit
tables-edit-tooltip = Change the text or move the note to another table
tables-delete = Delete
tables-change-note = Change note
tables-move-tooltip = Move the note to another table
tables-room-on = The room is on:
tables-previous-question = Previous question
tables-next-question = Next question

signin-counts-only = This café takes no names: count people only
signin-heading = Sign in
signin-heading-change = Change an entry
signin-name = Name
signin-came-before = Came before:
signin-came-before-person = { $name } · { $role } · { $language } · last came { $date }
signin-language-not-given = language not given
signin-pick-keys = { $move } and { $pick } to pick
signin-unreadable = { $count ->
    [one] { $count } earlier café file could not be read, so people from it are not suggested.
   *[other] { $count } earlier café files could not be read, so people from them are not suggested.
}
signin-role = Role
signin-role-hint = type 1–9 or a first letter
signin-role-parent = Parent
signin-role-grandparent = Grandparent
signin-role-other-caregiver = Other caregiver
signin-role-teacher = Teacher
signin-role-other-staff = Other school staff
signin-role-community-partner = Community partner
signin-role-interpreter = Interpreter
signin-role-childcare-volunteer = Childcare volunteer
signin-role-other = Other
signin-household = Came with (household)
signin-household-hint = e.g. the Díaz family
signin-children = Children in childcare
signin-language = Preferred language
signin-interpreter = Needs an interpreter
signin-returning = Has come before (not a first visit)
signin-photos = Agrees to photos and to being quoted
signin-contact = Agrees to be contacted
signin-phone = Phone
signin-email = Email
signin-table = Table
signin-suggested-table = suggested: table { $table }
signin-suggested = suggested (fewest people, households together)
signin-table-too-full = Table { $table } would have { $count } people: more than { $limit } is too many for a good conversation.
signin-need-name = Write the person's name (or switch to counting people only).
signin-need-role = Choose a role: type its number or first letter in the Role box.
signin-save-changes = Save changes
signin-cancel = Cancel
signin-signed-in = Signed in
signin-find = Find someone
signin-table-full = Table { $table } has { $count } people: too many
signin-name-erased = (name erased)
signin-entry = { $role } · { $time }
signin-entry-at-table = { $role } · table { $table } · { $time }
signin-undo-check-in = Undo check-in
signin-change = Change
signin-erase = Erase personal data…
signin-erase-tooltip = Removes the name and contact details; the counts stay
signin-erase-confirm = Erase { $name }'s name and contact details for good? This cannot be undone; the counts stay.
signin-erase-yes = Yes, erase { $name }
signin-erase-no = No, keep
signin-count-heading = Count people
signin-count-intro = No names are kept. Press + as each person arrives.
signin-count-language = Language (optional)
signin-share-heading = Share and erase
signin-include-names = Include names (contact details only for people who agreed)
signin-export-report = Save the attendance report (to print)
signin-export-csv = Save the attendance as CSV
signin-export-sheet = Save a blank sign-in sheet (to sign by hand)
signin-saved-in = Saved in { $folder }
signin-erase-all = Erase everyone's personal data from this café
signin-erase-all-confirm = { $count ->
    [one] Erase the name and contact details of the one person signed in? The counts stay.
   *[other] Erase the names and contact details of all { $count } people? The counts stay.
}
signin-erase-all-yes = Yes, erase them
signin-erase-all-no = No
signin-named-exports = { $count ->
    [one] { $count } saved export file holds names (erasing here does not change it):
   *[other] { $count } saved export files hold names (erasing here does not change them):
}
signin-delete-files = Delete these files
signin-here = { $count } here
signin-figures = { $first ->
    [one] { $first } first visit
   *[other] { $first } first visits
} · { $interpreter ->
    [one] { $interpreter } needs an interpreter
   *[other] { $interpreter } need an interpreter
} · { $children ->
    [one] { $children } child in childcare
   *[other] { $children } children in childcare
}
signin-language-not-given-count = Not given

harvest-shared-heading = Shared by the tables
harvest-shared-intro = Notes marked "Share" at the tables. Choose a theme on the right, then add notes to it.
harvest-take-out = Take out of theme
harvest-add-to = Add to theme
harvest-none-shared = No notes are marked to share yet.
harvest-themes = Themes
harvest-show = Show on projector
harvest-showing = Showing on projector
harvest-new-theme = New theme
harvest-add-theme = Add theme
harvest-theme-line = { $title }  ·  { $tables ->
    [one] { $tables } table
   *[other] { $tables } tables
}, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}
harvest-rename = Rename
harvest-delete-theme = Delete theme
harvest-new-title = New title
harvest-save = Save
harvest-cancel = Cancel
harvest-commitments = Commitments and actions
harvest-commitments-intro = What people and the school will do before the next café.
harvest-what = What
harvest-who = Who (optional)
harvest-due = By (YYYY-MM-DD, optional)
harvest-bad-date = Write the date as year-month-day, for example 2026-12-10.
harvest-add-commitment = Add commitment
harvest-remove = Remove
harvest-commitment-owner = { $text } — { $owner }
harvest-commitment-due = { $text } (by { $date })
harvest-commitment-owner-due = { $text } — { $owner } (by { $date })

# (tables, sign-in and harvest messages go above this line)

## Reviewing past cafés: the library, a report, search, series.
## Keys start with review-, library-, report-, search-, series-.

# (review messages go above this line)
