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

# (review messages go above this line)
