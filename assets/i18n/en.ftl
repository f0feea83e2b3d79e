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

action-next = Next step
action-previous = Previous step
action-first = First step
action-last = Last step
action-black = Black screen (again to show)
action-white = White screen (again to show)
action-freeze = Freeze what the room sees while you look ahead
action-move-tables = Please move to a new table
action-toggle-timer = Start or pause the round timer
action-reset-timer = Reset the timer for this question
action-add-minute = One more minute
action-remove-minute = One minute less
action-themes = Show the harvest themes to the room (again to go back)
action-projector = Open or close the projector window
action-show-presenter = The presenter console
action-show-tables = Table notes
action-show-harvest = The harvest: themes and commitments
action-show-attendance = The sign-in desk
action-undo = Undo the last change to notes, themes or commitments
action-redo = Redo
action-help = Show or hide this list of keys
action-leave-fullscreen = Leave fullscreen; close this list

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
