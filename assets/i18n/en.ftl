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

## Roles and note tags, the same words on every screen.

role-parent = Parent
role-grandparent = Grandparent
role-other-caregiver = Other caregiver
role-teacher = Teacher
role-other-staff = Other school staff
role-community-partner = Community partner
role-interpreter = Interpreter
role-childcare-volunteer = Childcare volunteer
role-other = Other
tag-idea = Idea
tag-concern = Concern
tag-question = Question
tag-action = Action
tag-quote = Quote

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
command-show-projector = Open the projector window, or put it back fullscreen on its screen (never closes it)
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
command-undo-edit = Undo the last change to the guide
command-redo-edit = Redo the change to the guide that was undone
command-save-guide = Save the guide
command-move-step-up = Move the chosen question up the agenda
command-move-step-down = Move the chosen question down the agenda
command-help = Show or hide the list of keys
command-escape = Close the key list (Esc never takes the projector out of fullscreen)
command-quit = Save everything and close Café Host

## Notes for the facilitator.

room-languages-missing = The fixed slides have no words in { $missing } yet; they show in { $shown }.

## Fonts: said once when no font on the computer can draw a script.

font-missing = { $script } text cannot be shown: install a font such as { $font } (Debian package { $package }), then restart Café Host.
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
script-latin = Latin (Vietnamese and other letters with marks)
script-greek = Greek
script-cyrillic = Cyrillic

## The console: Home, the presenter, the top bar, notices, closing, the key list, the projector window.
## Keys start with the screen's name: home-, presenter-, nav-, notice-, closing-, help-, projector-.
# The command table: each command's name on buttons (its tooltip is its key without -label).
command-next-step-label = Next step
command-previous-step-label = Previous step
command-first-step-label = First step
command-last-step-label = Last step
command-black-label = Black
command-white-label = White
command-freeze-label = Freeze
command-move-tables-label = Move tables
command-toggle-timer-label = Start or pause
command-reset-timer-label = Reset
command-add-minute-label = +1 min
command-remove-minute-label = −1 min
command-show-themes-label = Themes on screen
command-show-projector-label = Projector
command-close-projector-label = Close projector
command-close-projector = Close the projector window (no key closes it)
command-leave-fullscreen-label = Leave fullscreen
command-leave-fullscreen = Put the projector in a window; F5 puts it back fullscreen
command-test-clicker-label = Test your clicker…
command-test-clicker = See which key each button of your clicker sends, without moving the café
command-show-presenter-label = Presenter
command-show-tables-label = Tables
command-show-harvest-label = Harvest
command-show-sign-in-label = Sign-in
command-show-past-cafes-label = Past cafés
command-select-table-label = Switch to table
command-tag-next-note-label = { $tag ->
    [idea] Tag: idea
    [concern] Tag: concern
    [question] Tag: question
    [action] Tag: action
   *[quote] Tag: quote
}
command-add-note-label = Add note
command-save-note-edit-label = Save
command-cancel-note-edit-label = Cancel
command-check-in-label = Check in
command-suggestion-down-label = Next suggestion
command-suggestion-up-label = Previous suggestion
command-pick-suggestion-label = Pick
command-undo-label = Undo
command-redo-label = Redo
command-undo-edit-label = Undo
command-redo-edit-label = Redo
command-save-guide-label = Save
command-move-step-up-label = Move up
command-move-step-down-label = Move down
command-help-label = Keys
command-escape-label = Close the key list
command-quit-label = Quit
command-go-home-label = Home
command-go-home = Back to the Home screen; the café is saved
command-cafe-label = Change the café
command-cafe = A change to the café
command-start-label = Start the café
command-start = Start a new café from the chosen guide
command-open-label = Open
command-open = Open a café from its session file
command-open-table-label = Table only
command-open-table = Table mode: only this table's notes and a big note box
command-import-label = Import
command-import = Bring in the notes of another laptop's copy of this café
command-shared-label = Share
command-shared = Share this café with table laptops through a shared folder, or join one shared there
command-take-over-label = Yes, it is closed there: take over
command-take-over = Make changes here; only when the café is closed on the other computer
command-recover-label = Recover
command-recover = Decide what happens to a newer copy of a café
command-fullscreen-label = Fullscreen on…
command-fullscreen = Put the projector window fullscreen on a screen
command-refresh-monitors-label = Look for screens again
command-refresh-monitors = After plugging in a projector
command-dismiss-notice-label = Dismiss
command-dismiss-notice = Hide this message
command-export-attendance-label = Save attendance
command-export-attendance = Save the attendance to the exports folder
command-review-label = Review
command-review = Review past cafés
command-guides-label = Guides
command-guides = Make, change or remove a guide
command-add-past-folder-label = Add this folder
command-add-past-folder = List the café files of another folder too
command-delete-named-exports-label = Delete these files
command-delete-named-exports = Delete the saved exports that hold names
command-goodbye-check-label = Goodbye check
command-goodbye-check = Turn this laptop to the families at the door: one question with five faces. The same key leaves it again; a family's tap cannot
command-goodbye-answer-label = Goodbye check answer
command-goodbye-answer = At the door: the face under this number (1 the saddest, 5 the happiest); for the second question 1 yes, 2 maybe, 3 no
command-set-language-label = Language
command-set-language = The language of the app's words (the room's slides follow the guide's languages)
command-closing-label = Close
command-closing = What to do with changes that could not be saved

# The key list (F1): key names, where keys work, and whether they work while typing.
help-key-shift = Shift
help-key-page-down = Page Down
help-key-page-up = Page Up
help-key-right = Right arrow
help-key-left = Left arrow
help-key-up = Up arrow
help-key-down = Down arrow
help-key-space = Space
help-key-enter = Enter
help-key-home = Home
help-key-end = End
help-either = { $first } or { $second }
help-where-everywhere = everywhere
help-where-cafe = an open café (not table mode)
help-where-presenter = presenter
help-where-tables = tables
help-where-harvest = harvest
help-where-sign-in = sign-in
help-where-table-mode = table mode
help-where-past-cafes = past cafés
help-where-guide-editor = guide editor
help-where-goodbye = goodbye check
help-where-but-the-door = everywhere but the goodbye check
help-where-keys-only = { $where }; { $keys }: { $only } only
help-typing-yes = yes
help-typing-no = no
help-typing-note-box = in the note box
help-typing-empty-note-box = in an empty note box
help-typing-note-edit = while editing a note
help-typing-name-suggestions = in the name box, people listed
help-typing-only = { $keys } only
help-title = Keys
help-close = Close
help-intro = Keys that work on this page are marked ✔ and bright; the others are greyed. Letters, Space and the arrows work on the presenter only, and never while a box, button, tick box or menu has the keyboard.
help-head-keys = Keys
help-head-what = What they do
help-head-where = Where
help-head-typing = While typing

# Small pieces shared by the console's screens: the save state and the file chooser.
widget-read-only = Read-only
widget-saved-at = Saved { $time }
widget-no-changes = No changes yet
widget-saving = Saving…
steady-more-below = ↓ More below: scroll down
widget-file-kind = Café session
widget-choose-file = Choose a file…
widget-choose-folder = Choose a folder…
widget-waiting-chooser = Waiting for the file chooser…
widget-no-chooser = No file chooser could be shown on this computer. Type the file's path in the box below instead.
widget-type-path = or type its path:
widget-path-hint = /path/to/session.ron
widget-folder-hint = /path/to/the/folder
widget-guide-file-kind = Café Host guide

# Home.
home-intro = Run a Parent Café: the questions on the projector, your notes beside them, and everything saved as you go.
home-review-past = Review past cafés
home-start-heading = Start a new café
home-choose-guide = 1. Choose a guide
home-guide-unusable = { $name } cannot be used
home-about-heading = 2. About this café
home-title = Title
home-date = Date (YYYY-MM-DD)
home-venue = Venue
home-facilitator = Facilitator
home-series = Series (empty: the guide)
home-tables = Number of tables
home-problem-date = Write the date as year-month-day, for example 2026-11-24.
home-problem-title = Give the café a title.
home-problem-guide = Choose a guide.
home-recent-heading = Recent cafés
home-no-cafes = No cafés yet: start one on the left.
home-recent-looking = Looking for your cafés…
home-table-mode-number = A laptop for one table? Table number:
home-older-cafes = { $count ->
    [one] and { $count } older café in { $folder }
   *[other] and { $count } older cafés in { $folder }
}
home-open-file = Open a session file
home-open-title = Open a café
home-resume = Resume
home-table-only = Table { $number } only
home-recent-finished = { $date } · finished
home-recent-in-progress = { $date } · in progress, at { $step }
home-file-unusable = This session file cannot be opened
home-recovery-heading = A newer copy of "{ $title }" is waiting
home-recovery-why = Its newest changes could not be saved to { $file }. { $why } The copy is at step { $step }.
home-recovery-why-kept = Its newest changes could not be saved to { $file }. { $why } The copy was kept on { $date } at { $time } and is at step { $step }.
home-recovery-older = That file holds an older version.
home-recovery-changed-elsewhere = { $count ->
    [one] That file also holds { $count } change made by another copy of Café Host; recovering keeps it too.
   *[other] That file also holds { $count } changes made by another copy of Café Host; recovering keeps them too.
}
home-recovery-other-cafe = That file now holds another café.
home-recovery-unreadable = That file cannot be read: { $error }.
home-recover-newer = Recover the newer copy
home-recover-newer-hint = Open it and save it to the café's file, together with anything the file holds that the copy lacks
home-recover-last-saved = Open the last saved version
home-recover-last-saved-hint = Open the café's file as it is; the newer copy is let go
home-recover-read-only = Look at the copy read-only
home-recover-read-only-hint = Change nothing yet; you can choose later
join-heading = Join a shared café…
join-intro = On a table's laptop: choose the folder your sync program (Syncthing, Nextcloud, OneDrive) or network share keeps with the facilitator's laptop. The cafés shared there are listed; pick your table and this laptop takes that table's notes, with the question the room sees.
join-choose-title = The shared folder
join-look = Look for cafés here
join-looking = Looking for cafés…
join-cannot-look = Cannot look there: { $error }.
join-none = No café is shared in { $folder } yet. Once the facilitator's laptop shares one and your sync program has brought it here, look again.
join-unreadable = A café there cannot be read yet (it may still be on its way): { $error }
join-table-number = This laptop is for table:
join-cafe-line = { $date } · shared from { $computer } · { $tables }
join-as-table = Join as table { $number }
join-no-such-table = This café has no table { $number }.
home-templates = Guides that come with the app (make a copy to change one)
home-own-guides = Your guides
home-no-own-guides = No guides of your own yet: make a copy of one above, or start a new one.
home-new-guide = New guide
home-new-blank = A blank guide
home-new-from = A copy of “{ $title }”
home-import-guide = Import…
home-import-hint = Bring in a guide file: a .ron guide, or a .md guide written in any text editor.
home-import-title = Import a guide
home-import-action = Import
home-copy-to-edit = Make a copy to edit
home-template-hint = This guide comes with the app and cannot be changed, but a copy of it can
home-edit-guide = Edit
home-duplicate-guide = Duplicate
home-rename-guide = Rename…
home-delete-guide = Delete…
home-export-guide = Export…
home-rename-to = New title
home-rename-action = Rename
home-cancel = Cancel
home-delete-ask = Delete “{ $name }”? The last guide deleted can be brought back.
home-delete-action = Delete
home-undo-delete = Undo: bring back “{ $title }”
home-export-as = Save as
home-format-markdown = Markdown (.md), to edit in any text editor
home-format-ron = Café Host file (.ron)
home-export-title = Export a guide
home-export-action = Export
home-guide-to-fix = { $count ->
    [one] { $count } thing to fix (listed under the guide when it is chosen)
   *[other] { $count } things to fix (listed under the guide when it is chosen)
}
home-more-to-fix = { $count ->
    [one] … and { $count } more: the editor shows each one beside its field.
   *[other] … and { $count } more: the editor shows each one beside its field.
}
home-guide-draft-heading = Changes to “{ $title }” were not saved (kept { $kept })
home-guide-draft-edit = Go on editing
home-guide-draft-discard = Throw them away
home-start-anyway = Start anyway
home-start-warning = { $count ->
    [one] This guide has { $count } thing to fix, listed under it. Press again to start anyway.
   *[other] This guide has { $count } things to fix, listed under it. Press again to start anyway.
}

# A series plan on Home: the cafés of a series in order, and the next one.
home-plan-heading = Series plans
home-plan-intro = Plan the cafés of a series in order. Home then says which one comes next and starts it with its details filled in. A planned café counts as held once a café of that series on its guide is on file.
home-plan-next = Next in the series “{ $series }”: { $guide } on { $date } at { $venue }
home-plan-next-no-venue = Next in the series “{ $series }”: { $guide } on { $date }
home-plan-starts = starts at { $time }
home-plan-start = Start it now
home-plan-start-hint = Start this café with its details, exactly as if they were typed in the form
home-plan-fill = Fill in the form
home-plan-fill-hint = Put its details in the form, to change something before starting
home-plan-guide-gone = Its guide “{ $guide }” is no longer here: choose another guide for it in the series plan.
home-plan-summary = { $count ->
    [one] { $count } café planned, { $held } held
   *[other] { $count } cafés planned, { $held } held
}
home-plan-change = Change
home-plan-done = Done
home-plan-remove-series = Remove series…
home-plan-remove-ask = Remove the plan of “{ $name }”? Cafés already held stay on file.
home-plan-remove-action = Remove the plan
home-plan-name = Series name
home-plan-rename = Rename
home-plan-row = { $number }. { $guide } · { $date }
home-plan-held = held
home-plan-earlier = Earlier
home-plan-later = Later
home-plan-edit = Edit
home-plan-remove = Remove
home-plan-guide = Guide of this café
home-plan-choose-guide = Choose a guide
home-plan-date = Date of this café (YYYY-MM-DD)
home-plan-venue = Venue of this café
home-plan-time = Starts at (HH:MM, may be empty)
home-plan-title = Title (empty: the guide's)
home-plan-add = Add to the series
home-plan-save = Save the changes
home-plan-problem-time = Write the time as hours:minutes, for example 18:30, or leave it empty.
home-plan-problem-name = Give the series a name that no other planned series has.
home-plan-new-name = Name of a new series
home-plan-new = Plan a new series
home-plan-unreadable = The series plans could not be read: { $error } The file is left as it is, and nothing is saved over it.
home-plan-set-aside = Set the file aside and start new plans
home-plan-set-aside-done = The unreadable plans were moved to { $file }.
home-plan-not-saved = The series plans could not be saved: { $error }

# Making and keeping guides, and what a guide still needs.
guides-new-title = New guide
guides-copy-title = { $title } (copy)
guides-deleted = Deleted “{ $title }”. Home can bring it back.
guides-exported = The guide was saved to { $path }
guides-imported = Imported “{ $title }” into your guides.
guides-imported-to-fix = { $count ->
    [one] Imported “{ $title }” into your guides; it has { $count } thing to fix.
   *[other] Imported “{ $title }” into your guides; it has { $count } things to fix.
}
guides-import-failed = { $count ->
    [one] The guide was not imported: { $error }
   *[other] The guide was not imported ({ $count } mistakes; `cafe-host check` lists them all). The first: { $error }
}
guides-error-in-use = This guide is open in the editor of { $who }; close it there first.
guides-error-unreadable = The guide cannot be read: { $error }
guides-error-not-written = { $path } could not be written: { $why }
guides-error-nothing-deleted = No guide was deleted, so there is nothing to bring back.
guides-error-not-a-guide = { $path } is not a guide file, so it was left as it is; choose another name.
problem-no-title = The guide has no title.
problem-no-questions = The guide has no questions yet.
problem-question-no-text = Question { $number } has no text.
problem-question-no-points = Question { $number } has no discussion points.
problem-question-not-translated = Question { $number } is missing in { $language }.
problem-agreement-not-translated = Agreement { $number } is missing in { $language }.
problem-minutes = { $step } plans { $minutes } minutes; use 1 to 240.
problem-over-end = The evening runs { $minutes } minutes past its planned end.
finding-unknown-field = The field `{ $field }` is not one Café Host knows; what it holds is not used.
finding-unknown-field-suggest = The field `{ $field }` is not one Café Host knows (did you mean `{ $suggestion }`?); what it holds is not used.
finding-at = Line { $line }, column { $column }: { $text }

# The guide editor.
editor-back = Back to Home
editor-untitled = (a guide without a title)
editor-file = File: { $file }
editor-unsaved = Not saved yet
editor-still-saving = The guide is still being saved; try again in a moment.
editor-restored = Your unsaved changes from { $time } are back. Save keeps them; Undo returns to the guide as it was saved.
editor-read-only-elsewhere = Read-only: this guide is being edited in { $who }. Close it there to change it here.
editor-read-only-lock = Read-only: the lock that keeps two windows from writing this guide cannot be used ({ $why }).
editor-unknown-fields = The file holds fields Café Host does not know ({ $fields }); what they hold is not shown, and saving leaves them out.
editor-draft-not-kept = Unsaved changes cannot be kept on disk: { $error }
editor-leave-heading = Save the changes to “{ $title }”?
editor-leave-hint = Changes you do not save are lost.
editor-leave-save = Save and go back
editor-leave-save-quit = Save and close
editor-leave-discard = Don't save
editor-leave-stay = Keep editing
editor-agenda = The evening
editor-details = About this guide
editor-step-to-fix = Something here needs fixing
editor-minutes-short = { $minutes } min
editor-things-to-fix = { $count ->
    [one] { $count } thing to fix
   *[other] { $count } things to fix
}
editor-drag-hint = Drag to move this question
editor-total = Total: { $hours } h { $minutes } min
editor-ends-at = Ends at { $time }
editor-ends-at-planned = { $line } (planned end { $planned })
editor-add-question = Add a question
editor-duplicate-question = Duplicate
editor-delete-question = Delete
editor-question-of = Question { $number } of { $total }
editor-minutes = Minutes
editor-welcome-hint = Sign-in, food and the theme of the evening. The room sees the café's title, the date and the place.
editor-you-said-hint = The room sees what came of the last café of the series.
editor-harvest-hint = Each table shares its key ideas and you gather the themes. The room sees “Harvest”.
editor-closing-hint = Commitments and a last word. The room sees thanks and what people said they will do.
editor-main-language = { $language } (main)
editor-question = Question
editor-points = Discussion points
editor-points-hint = Things tables usually raise, for you to offer when the talk slows. Only you see them.
editor-point = Point { $number }
editor-add-point = Add a point
editor-notes = Notes for the facilitator
editor-notes-hint = Background for you; never shown to the room.
editor-resources = Resources
editor-resources-hint = Who to contact and what to read, in the order they come up.
editor-resource = Resource { $number }
editor-resource-title = Title { $number }
editor-resource-detail = Detail { $number }
editor-add-resource = Add a resource
editor-agreements-hint = Read aloud and shown to the room before the first round.
editor-agreement = Agreement { $number }
editor-add-agreement = Add an agreement
editor-up = ↑
editor-down = ↓
editor-remove = Remove
editor-move-up-named = Move { $item } up
editor-move-down-named = Move { $item } down
editor-remove-named = Remove { $item }
editor-missing-in = missing in { $language }
editor-title = Title
editor-purpose = Purpose (one or two sentences, shown on Home and in reports)
editor-languages = Languages
editor-languages-hint = The room's languages, the main one first. Each has its own column when you edit a step.
editor-make-main = Make main
editor-make-main-hint = Its texts become the main ones; the main language becomes a translation
editor-remove-language-hint = Removes the language and every translation into it (Ctrl+Z brings them back)
editor-add-language = Add a language
editor-choose-language = Choose…
editor-language-code = or its code:
editor-add = Add
editor-clock = The evening's clock
editor-clock-hint = Optional: when the café starts, to show each step's clock time, and when it must end.
editor-starts-at = Café starts at
editor-ends-by = Café ends by
editor-time-hint = Write the time as hours and minutes, like 18:30.
editor-room-sees = The room sees

# The presenter console.
presenter-step-welcome = Welcome
presenter-step-you-said = You said, we did
presenter-step-agreements = Café agreements
presenter-step-question = Question { $number }
presenter-step-harvest = Harvest
presenter-step-closing = Closing
presenter-time-of-day = Time of day
presenter-here = { $count } here
presenter-here-hint = Signed in at the desk (F6)
presenter-running = Café running { $time }
presenter-began = Café began { $time }
presenter-agenda = Agenda
presenter-agenda-question = { $ticked ->
    [0] { $step } · { $minutes } min
   *[other] { $step } · { $minutes } min · { $ticked } came up
}
presenter-agenda-room-sees = { $step }  (room sees)
presenter-step-of = Step { $position } of { $total } · { $step }
presenter-welcome = Welcome to { $title }
presenter-facilitator = Facilitator: { $name }
presenter-guide = Guide:
presenter-welcome-hint = Greet people as they sign in and find a seat. When the room is ready, press Page Down for the café agreements.
presenter-agreements-hint = Read them aloud, then ask: is there anything we should add?
presenter-harvest-hint = Ask each table to share one or two key ideas with the room. Listen for what comes up at more than one table.
presenter-closing-hint = Invite each person to name one small thing they will do before the next café, then a one-word round. Thank the hosts, the cooks and the childcare team.
presenter-goodbye-hint = As families leave: a laptop at the door asks how welcome they felt. Only counts are kept.
goodbye-leave-hint = Facilitator: { $keys } closes this page
presenter-series = Series
presenter-invited = How families were invited
presenter-invited-hint = Flyers home, text messages, the newsletter…
presenter-sent-to = Summary sent to
presenter-sent-to-hint = The principal, the family engagement office…
presenter-points = Discussion points
presenter-points-hint = Tick each one that came up.
presenter-notes = Facilitator notes
presenter-no-notes = No notes for this question.
presenter-resources = Resources
presenter-commitments = Commitments (shown to the room)
presenter-no-commitments = None yet: add them on the Harvest page (F4) as people name them.
presenter-commitment-due = { $line } (by { $due })
presenter-none-ticked = No discussion points were ticked.
presenter-came-up = Points that came up
presenter-question-text = Question { $number }: { $text }
presenter-up-next = Up next
presenter-minutes-planned = { $count ->
    [one] { $count } minute planned
   *[other] { $count } minutes planned
}
presenter-last-step = This is the last step.
presenter-room-sees = The room sees
presenter-sees-black = BLACK SCREEN — press B to show
presenter-sees-white = WHITE SCREEN — press W to show
presenter-sees-move-tables = Please move to a new table — press M to go back
presenter-sees-themes = The harvest themes ({ $count })
presenter-sees-welcome = The welcome slide
presenter-sees-you-said = You said, we did
presenter-still-open = { $count ->
    [one] One action still open from earlier cafés
   *[other] { $count } actions still open from earlier cafés
}
you-said-from-cafe = From the café “{ $title }” of { $date }.
you-said-hint = Change the words before the evening, in each of the room's languages; mark how far each action has got. The room sees it as you change it.
you-said-heard-heading = You said (the themes the café heard)
you-said-did-heading = We did (its actions)
you-said-no-actions = The last café recorded no actions.
you-said-from-earlier = first promised at “{ $title }”
you-said-state-done = Done
you-said-state-under-way = Under way
you-said-state-not-yet = Not yet
presenter-sees-agreements = The café agreements
presenter-sees-harvest = The harvest slide
presenter-sees-closing = The closing slide
presenter-sees-frozen-on = FROZEN on: { $slide } — press F to unfreeze
presenter-sees-frozen = { $slide } (frozen)
presenter-timer-nearly = Nearly time
presenter-timer-last-minute = Last minute
presenter-timer-overtime = OVERTIME
presenter-timer-pause = Pause
presenter-timer-pause-hint = Pause the round timer
presenter-timer-start = Start
presenter-timer-start-hint = Start the round timer
presenter-timer-resume = Resume
presenter-timer-resume-hint = Carry on the round timer
presenter-round-of = Round of { $minutes } min
presenter-earlier-step = an earlier step
presenter-still-timing = Still timing the round of { $from }. { $reset } sets the timer to this question's { $minutes } min; { $start } starts it.
presenter-open-projector = Open projector
presenter-projector-fullscreen = Projector fullscreen
presenter-projector-window = Projector settings
presenter-projector-window-hint = Which screen the projector fills, leaving fullscreen, closing it, the translation and the timer on screen, and testing a clicker
presenter-translation = Translation on screen
presenter-translation-none = None
presenter-timer-on-screen = Timer on screen
presenter-bright-room = Bright room: dark text on white
presenter-bright-room-hint = For a room that cannot be darkened: the projector shows dark letters on a white screen. The café remembers it.
presenter-this-screen = This screen
projector-window-title = Café Host projector — { $title }
projector-screen = Screen { $number }

# The bar above an open café, and importing notes.
nav-table-mode = Table mode · Table { $number }
nav-drafts-error = Half-typed notes are not being kept on disk: { $error }
nav-read-only = Read-only: nothing here can be changed, because { $reason }.
nav-leave-read-only = No, leave it read-only
nav-take-over = Take over…
nav-import-heading = Import notes…
nav-import-intro = Bring in the notes from another laptop's copy of this café.
nav-import-title = Import notes
share-heading = Share this café with table laptops…
share-intro = Choose a folder your sync program (Syncthing, Nextcloud, OneDrive) or a network share keeps between this laptop and the tables' laptops. Each laptop writes only its own file there; their notes arrive here as they are typed, and each table laptop shows the question on screen.
share-choose-title = The shared folder
share-here = Share in this folder
share-shared-in = Shared in the folder { $folder }. Table laptops join it from Home, under "Join a shared café…".
share-stop = Stop sharing
share-written = Shared copy written { $time }
share-writing = Writing the shared copy…
share-not-written = Shared copy not written: { $error }. The café itself is saved; this is tried again.
laptops-heading = Laptops
laptops-none = No table laptop has written here yet. Once one joins, it is listed here.
laptops-unwatched = This folder cannot be watched ({ $error }); it is looked over every few seconds instead.
laptops-table = Table { $number }
laptops-facilitator = The facilitator's laptop
laptops-other-copy = Another copy: { $file }
laptops-computer = On { $computer }
laptops-conflict-copy = On { $computer } (a conflict copy the sync program made; merged like any other)
laptops-last-note = Newest note { $time }
laptops-heard = Last change seen { $time }
laptops-quiet = { $count ->
    [one] Not heard from for { $count } minute: check the laptop and its sync program.
   *[other] Not heard from for { $count } minutes: check the laptop and its sync program.
}
laptops-problem = Its file cannot be used: { $error }
merge-counts = { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}, { $tables ->
    [one] { $tables } table
   *[other] { $tables } tables
}, { $themes ->
    [one] { $themes } theme
   *[other] { $themes } themes
}, { $commitments ->
    [one] { $commitments } commitment
   *[other] { $commitments } commitments
} and { $signins ->
    [one] { $signins } sign-in
   *[other] { $signins } sign-ins
}
nav-imported = Imported { $counts } (new or newer) from { $file }.
nav-imported-nothing = Nothing new: every note in that copy is already here.
import-error-file = Could not import. { $problem }
import-error-different = Not imported: these are two different cafés ("{ $ours }" and "{ $theirs }"); only copies of the same café can be merged.
import-error-too-large = Not imported: together they would be { $size }, more than Café Host can open ({ $limit }), so nothing was changed. Import a copy with fewer notes, or remove notes that are not needed.
import-error-read-only = This café is open read-only, so nothing was imported.
import-error-own-file = That is this café's own file; choose the other laptop's copy.
open-error-file = Could not open the session. { $problem }
open-error-folder = The café was not started: its folder { $folder } cannot be used ({ $reason }). Choose another data folder with --data-dir.
open-error-not-taken-over = The café could not be taken over: { $error }.
# What `cafe-host merge` prints.
merge-summary = { $file }: { $counts } new or updated from { $files ->
    [one] { $files } file
   *[other] { $files } files
}

# What went wrong with saving, and why a café is read-only.
save-cause-full = the disk is full
save-cause-not-a-folder = the folder { $folder } is not a folder any more
save-cause-no-permission = the folder { $folder } cannot be written to
save-cause-read-only-disk = the disk is read-only
save-cause-missing = the folder { $folder } is missing
save-cause-other = the disk could not be written ({ $error })
save-error-write = Not saved: { $cause }. Your work is kept in the app and saving is retried.
save-error-stopped = Not saved: { $lost }.
save-error-as-text = Not saved: the café could not be written as text ({ $error }).
save-error-not-running = Not saved: saving in the background has stopped; restart Café Host to save.
save-error-backup-kept = Saved, but the previous copy { $file } still holds the personal data you erased and could not be removed ({ $error }). Delete it by hand; removing it is tried again at the next save.
save-recovery-kept = A recovery copy is kept at { $copy }.
lock-lost = another copy of Café Host may be writing this café ({ $how }); saving to the file has stopped so neither copy overwrites the other
lock-lost-folder-away = the folder { $folder } cannot be reached
lock-lost-deleted = its lock file was deleted
lock-lost-replaced = its lock file was replaced
lock-lost-now-names = its lock now names { $holder }
lock-lost-overwritten = its lock file was overwritten
lock-lost-not-made-again = its lock file could not be made again: { $error }
lock-lost-taken-while-away = another copy locked it while its folder was away
lock-lost-not-locked-again = its lock file could not be locked again: { $error }
lock-lost-unreadable = its lock file cannot be read: { $error }
lock-lost-other-since-back = its lock file names someone else since its folder came back
lock-lost-not-written-again = its lock file could not be written again: { $error }
lock-lost-file-changed = its file was changed while its folder was away
lock-holder = Café Host on { $host } (process { $pid })
lock-holder-since = Café Host on { $host } (process { $pid }) since { $since }
read-only-open-elsewhere = this café is open in { $holder }. Close it there to make changes here
read-only-open-in-another-copy = this café is open in another copy of Café Host. Close it there to make changes here
read-only-other-computer = this café is open on { $host } (the folder is shared with that computer). If it is closed there, choose "Take over" to make changes here
read-only-other-computer-since = this café is open on { $host } since { $since } (the folder is shared with that computer). If it is closed there, choose "Take over" to make changes here
read-only-lock-unusable = the lock that keeps two copies from writing this café at once is unusable ({ $error }), so this copy is open read-only to keep two copies from overwriting each other
read-only-no-lock = the lock that keeps two copies from writing this café at once could not be made ({ $error }), so this copy is open read-only to keep two copies from overwriting each other
lock-unusable-no-access = { $name } cannot be read or written
lock-unusable-not-ours = { $name } holds something Café Host did not write
lock-unusable-folder = { $name } is a folder, not a lock file
lock-unusable-not-regular = { $name } is not a regular file
lock-problem-open-in = it is open in { $holder }
lock-problem-open-elsewhere = it is open in another copy of Café Host
lock-problem-unusable = the lock that keeps two copies from writing this café at once is unusable ({ $error })
lock-problem-not-made = the lock that keeps two copies from writing this café at once could not be made ({ $error })
read-only-recovery-copy = this is the recovery copy of { $file }, open read-only. Go Home to recover it or let it go

# Notices in the corner.
notice-earlier = { $count ->
    [one] and { $count } earlier message…
   *[other] and { $count } earlier messages…
}
notice-data-folder-unusable = The data folder { $folder } cannot be used ({ $error }). Cafés cannot be saved until this is fixed: start Café Host with --data-dir and a folder you can write to.
notice-preferences-unreadable = Your saved choices ({ $file }) could not be read ({ $error }); the usual language and folders are used, and the file is rewritten when you next change one.
notice-preferences-not-saved = Your choice could not be remembered for next time: { $file } could not be saved ({ $error }). It applies until you close Café Host.
notice-recovery-waiting = Some of your work was kept in a recovery copy because it could not be saved to its file. Choose what to do with it at the top of the Home screen.
notice-recovered = Recovered "{ $title }" and saved it to { $file }.
notice-not-closed-properly = Café Host was not closed properly last time "{ $title }" was open. It has been reopened as last saved; every change you confirmed was saved within a second.
notice-opened-read-only = Opened read-only: { $reason }.
notice-nothing-changed = Nothing was changed: { $reason }
notice-drafts-back = { $count ->
    [one] A half-typed note from last time is back in its table's note box.
   *[other] { $count } half-typed notes from last time are back in their tables' note boxes.
}
notice-shared-notes-back = { $count ->
    [one] { $count } note from this laptop's copy in the shared folder came back.
   *[other] { $count } notes from this laptop's copy in the shared folder came back.
}
notice-recovered-both = { $count ->
    [one] The café's file also held { $count } change this copy did not have, made by another copy of Café Host; it is kept too.
   *[other] The café's file also held { $count } changes this copy did not have, made by another copy of Café Host; they are kept too.
}
notice-search-index-kept = The search of past cafés keeps a copy of words you took out (made private, deleted or erased) in { $file }, which could not be removed. Delete that file by hand; it is rebuilt by itself.
notice-no-such-table = This café has no table { $number }; it has tables 1 to { $count }. Choose one of those.
notice-cafe-stays-open = The café stays open, so that nothing is lost. { $error }
notice-copy-saved = A copy of the café was saved to { $path }.
notice-not-exported = Not exported: { $error }
export-error-link = { $path } is a link; an export never writes through one, so nothing was exported. Name the file itself, or a new file.
export-error-not-a-file = { $path } is not a regular file (a folder, a device or a pipe), so nothing was exported.
export-error-print-instead = To print the export, give -o - or no -o.
export-error-cafe-file = { $path } is a Café Host session or guide; an export never replaces one, so nothing was exported. Choose another file name.
export-error-not-an-export = { $path } already exists and is not an export Café Host made, so it was left as it was and nothing was exported. Choose another file name, or remove it first.
export-error-io = { $path } could not be written ({ $reason }); nothing was exported.
export-error-folder = The folder { $folder } could not be made ({ $reason }); nothing was exported.
os-reason-full = the disk is full
os-reason-not-a-folder = a file stands where that folder should be
os-reason-permission = that folder cannot be written to
os-reason-not-found = that folder does not exist
os-reason-read-only = the disk is read-only
os-reason-other = the system refused: { $error }
file-problem-at = { $name }, line { $line }, column { $column }: { $problem }
file-problem-in = { $name }: { $problem }
file-problem-missing = the file does not exist (it may have been moved or deleted)
file-problem-no-permission = you do not have permission to read this file
file-problem-not-read = the file could not be read
file-problem-unreadable = the file could not be read ({ $reason })
file-problem-folder = this is a folder, not a file
file-problem-not-regular = this is not a regular file (it is a device, a pipe or a socket); it was not opened
file-problem-too-large = the file is { $size }, larger than Café Host can open ({ $limit }); it was not opened
file-problem-not-text = the file is not text (it may be damaged, or not a café file)
file-problem-empty = the file is empty
file-problem-guide-not-session = this is a Café Host guide, not a session
file-problem-session-not-guide = this is a Café Host session, not a guide
file-problem-not-cafe-file = this is not a Café Host file (a session or guide file starts with `Session(` or `Guide(`)
file-problem-newer = this file was saved by a newer version of Café Host (format { $format }) and cannot be read here
file-problem-text = the file's text is not as Café Host writes it (in the reader's words: { $detail })
notice-export-saved = Saved { $path }
notice-not-saved = Not saved: { $error }
notice-shared = This café is shared in { $folder }. Table laptops can join it from Home, under "Join a shared café…".
notice-not-shared = The café is not shared: { $error }.
notice-joined = Joined "{ $title }" as table { $number }. Your notes are kept on this laptop and written to { $folder } for the facilitator.
notice-not-joined = Could not join: { $error }.
join-error-nothing-shared = there is no café in { $folder } yet: the facilitator's laptop shares it there (it may still be on its way)
join-error-no-table = "{ $title }" has no table { $table }; it has { $tables } tables
join-error-folder = the café cannot be kept on this computer: its folder { $folder } cannot be used ({ $reason })
notice-own-copy-not-back = This laptop's copy in the shared folder was not brought back. { $error }
notice-shared-copy-problem = A copy in the shared folder was not brought in: { $error }
notice-undo-newer-elsewhere = Nothing was undone: another laptop changed that since, and its newer change is kept.

# Closing the window with changes that could not be saved.
closing-heading = The café's last changes are not saved
closing-heading-stopped = Saving to the café's file has stopped
closing-stopped-explain = Trying again cannot help: this copy no longer writes the café's file, so that the two copies do not overwrite each other.
closing-heading-drafts = The café is saved, but half-typed notes could not be kept on disk
closing-drafts-explain = Every note you added is in the café's file. The notes still being typed are in their boxes: add them with Enter, or copy them, before you close.
closing-quit-drafts = Close without the half-typed notes
closing-close-kept = Close (the changes wait in the recovery copy)
closing-kept-in-copy = If you close now, the newest changes wait in the recovery copy { $copy }, and the next start offers them.
closing-still-writing = The last changes to { $file } are still being written.
closing-drafts-why = Half-typed notes cannot be written: { $cause }.
closing-drafts-still-writing = Half-typed notes are still being written.
closing-keep-trying = Keep trying (stay open)
closing-quit-anyway = Quit and lose the unsaved changes
closing-save-copy-intro = Or save a copy of the café somewhere else, then close:
closing-save-copy-title = Save a copy of the café
closing-save-copy = Save the copy and close
closing-copy-not-saved = The copy was not saved: { $cause }. Choose another place.

# Test your clicker.
clicker-title = Test your clicker
clicker-intro = Press each button of your clicker. While this panel is open its keys are only shown here: the café and the room's screen do not move.
clicker-close = Close
clicker-common = What common clickers send
clicker-head-button = Button
clicker-head-key = Key
clicker-head-what = What it does on the presenter
clicker-head-seen = Pressed
clicker-button-next = Next
clicker-button-back = Back
clicker-button-start = Slideshow (start)
clicker-button-stop = Slideshow (stop)
clicker-button-blank = Blank screen
clicker-seen = ✔ pressed
clicker-nothing = Nothing: safe to press
clicker-last = Last keys pressed
clicker-none-yet = No key pressed yet.

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
tables-step-you-said = You said, we did
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
tables-note-box = New note (Enter adds it, Shift+Enter starts a new line)
tables-note-hint = What is the table saying?
tables-draft-goes-with = This note goes with { $step }, on screen when you began it.
tables-draft-goes-outside = This note goes with the notes outside the rounds: no question was on screen when you began it.
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
tables-following = The question on screen comes from the facilitator's laptop (last heard { $time }).
tables-facilitator-quiet = Not heard from the facilitator's laptop since { $time }: the room may have moved on. Move the question by hand if it has:
tables-facilitator-not-heard = Not heard from the facilitator's laptop yet: move the question by hand if the room has moved on:
tables-came-from = from { $computer }
tables-came-from-tooltip = Typed on that laptop and brought here through the shared folder

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
signin-household = Came with (household)
signin-household-hint = e.g. the Díaz family
signin-children = Children in childcare
signin-language = Preferred language
signin-language-other = Other…
signin-language-other-hint = the language, in words
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
signin-erase-also = { $name } is also written elsewhere in this café, and is erased there too: { $places }.
signin-erase-also-facilitator = facilitator of the café
signin-erase-also-table-host = table host of { $table }
signin-erase-also-action-owner = who took on the action “{ $action }”
signin-erase-also-sign-in = another sign-in at { $time }
signin-erase-also-household = household of { $name }'s sign-in
signin-erase-also-phone = phone number of { $name }'s sign-in
signin-erase-also-email = email of { $name }'s sign-in
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
    [0] Erase the names of the facilitator, the table hosts and who took on each action? The notes and counts stay.
    [one] Erase the name and contact details of the one person signed in, and the names of the facilitator, the table hosts and who took on each action? The notes and counts stay.
   *[other] Erase the names and contact details of all { $count } people, and the names of the facilitator, the table hosts and who took on each action? The notes and counts stay.
}
signin-erase-all-yes = Yes, erase them
signin-erase-all-no = No
signin-named-exports = { $count ->
    [one] { $count } saved export file holds names (erasing here does not change it):
   *[other] { $count } saved export files hold names (erasing here does not change them):
}
signin-delete-files = Delete these files
signin-delete-files-confirm = { $count ->
    [one] Delete this file for good? It cannot be brought back.
   *[other] Delete these { $count } files for good? They cannot be brought back.
}
signin-delete-files-yes = { $count ->
    [one] Yes, delete it
   *[other] Yes, delete the { $count } files
}
signin-delete-files-no = No, keep them
signin-here = { $count } here
signin-figures = { $first } · { $interpreter } · { $children }
# Each figure about people: $known is all (everyone signed in by name), some (some only counted at the door) or none (nobody signed in by name).
signin-figure-first = { $known ->
    [none] first visits not known
    [some] at least { $count ->
        [one] { $count } first visit
       *[other] { $count } first visits
    }
   *[all] { $count ->
        [one] { $count } first visit
       *[other] { $count } first visits
    }
}
signin-figure-interpreter = { $known ->
    [none] interpreter needs not known
    [some] at least { $count ->
        [one] { $count } needs an interpreter
       *[other] { $count } need an interpreter
    }
   *[all] { $count ->
        [one] { $count } needs an interpreter
       *[other] { $count } need an interpreter
    }
}
signin-figure-children = { $known ->
    [none] childcare not known
    [some] at least { $count ->
        [one] { $count } child in childcare
       *[other] { $count } children in childcare
    }
   *[all] { $count ->
        [one] { $count } child in childcare
       *[other] { $count } children in childcare
    }
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
review-series-not-open = The series “{ $name }” is no longer open here, so its summary was not exported. Open the series again and export it from there.
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
report-evidence-pack = Export the school's evidence pack (to print)
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
}, { $first }, { $interpreter }, { $children }
report-figure-first = { $known ->
    [none] first visits not known
    [some] at least { $count ->
        [one] { $count } for the first time
       *[other] { $count } for the first time
    }
   *[all] { $count ->
        [one] { $count } for the first time
       *[other] { $count } for the first time
    }
}
report-figure-interpreter = { $known ->
    [none] interpreter needs not known
    [some] at least { $count ->
        [one] { $count } needed an interpreter
       *[other] { $count } needed an interpreter
    }
   *[all] { $count ->
        [one] { $count } needed an interpreter
       *[other] { $count } needed an interpreter
    }
}
report-figure-children = { $known ->
    [none] childcare not known
    [some] at least { $count ->
        [one] { $count } child in childcare
       *[other] { $count } children in childcare
    }
   *[all] { $count ->
        [one] { $count } child in childcare
       *[other] { $count } children in childcare
    }
}
# A figure about people in a table's cell.
figure-cell = { $known ->
    [none] not known
    [some] at least { $count }
   *[all] { $count }
}
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
report-step-you-said = You said, we did
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
search-looking = Still looking through the cafés…
search-found = { $cafes ->
    [one] { $count } found in { $cafes } café
   *[other] { $count } found in { $cafes } cafés
}
search-open-here = Open the report here
search-kind-note = Note
search-kind-theme = Theme
search-kind-action = Action
search-hit = { $kind } · { $context }:{" "}
search-note-place = { $table } · Question { $number }
search-theme-from = { $count ->
    [one] Theme from { $count } note
   *[other] Theme from { $count } notes
}
search-action-state = { $done ->
    [yes] Done
   *[no] Open
}
series-export-markdown = Export summary (Markdown)
series-export-html = Export summary (web page)
series-recurring-themes = Themes that recur
series-theme = { $cafes ->
    [one] { $theme } — { $cafes } café
   *[other] { $theme } — { $cafes } cafés
}
series-frequent-tags = Most frequent tags
series-no-actions = No actions were agreed in this series.
series-more-actions = { $count ->
    [one] One more action is in the exported summary.
   *[other] { $count } more actions are in the exported summary.
}
series-summing-up = Summing up the series…
series-tag = { $tag } { $count }
series-action = { $text } — { $owner } (from { $cafe }, { $date })
series-charts-latest = The charts show the latest { $shown } of { $total } cafés.
series-by-role = People at each café, by role
series-visits = First visits and returning people
series-first-visit = First visit
series-returning = Returning
series-export-csv = Export summary (CSV, café by café)
series-small-groups = A group of fewer than 5 people has no bar and reads "fewer than 5"; a figure that would give such a group away by subtraction has no bar either and reads "at least" as many as is safe to say.
series-fewer-than-five = fewer than 5
series-at-least = at least { $count }
series-not-known = not known
series-cafe = Café
series-people = People
series-follow-through = What came of each café's actions by the next café
series-actions-agreed = Actions agreed
series-done-by-next = Done by the next café
series-still-open = Still open
series-no-next-cafe = no café after it yet
series-goodbye = The goodbye check at each café
series-goodbye-none = Nobody answered the goodbye check at any café of this series.
series-answered = Answered
series-response-rate = Response rate
series-per-cent = { $count } %
series-no-figure = no figure
series-face-1 = Not welcome
series-face-2 = A little
series-face-3 = Somewhat
series-face-4 = Welcome
series-face-5 = Very welcome
series-languages = Languages over time

# (review messages go above this line)
read-only-newer = this café was saved by a newer version of Café Host (format { $format }), so it is open read-only and nothing in it is lost
read-only-unknown-fields = the file has fields this version of Café Host does not know ({ $fields }), so it is open read-only and they are not lost at the next save
fields-more = { $count ->
    [one] 1 more
   *[other] { $count } more
}
check-newer = saved by a newer version of Café Host (format { $format }, this one reads { $reads }); it opens read-only
check-unknown-fields = the file has fields this version of Café Host does not know: { $fields }
repair-timer = The round timer held impossible values ({ $planned } s planned, { $run } ms run); it was set to { $now-planned } planned and { $now-run } run.
repair-round-minutes = Question { $question } planned { $was } minutes; it is set to { $now }.
repair-tallies = { $count ->
    [one] 1 head-count line counted
   *[other] { $count } head-count lines counted
} more than { $max } people; set to { $max }.
repair-children = { $count ->
    [one] 1 sign-in left
   *[other] { $count } sign-ins left
} more than { $max } children in childcare; set to { $max }.
repair-shared-ids = { $records } (the file was edited by hand); each now has its own, and nothing was removed.
repair-shared-note = { $count ->
    [one] 1 note shared an id with another note
   *[other] { $count } notes shared an id with another note
}
repair-shared-table = { $count ->
    [one] 1 table shared an id with another table
   *[other] { $count } tables shared an id with another table
}
repair-shared-theme = { $count ->
    [one] 1 theme shared an id with another theme
   *[other] { $count } themes shared an id with another theme
}
repair-shared-commitment = { $count ->
    [one] 1 commitment shared an id with another commitment
   *[other] { $count } commitments shared an id with another commitment
}
repair-shared-sign-in = { $count ->
    [one] 1 sign-in shared an id with another sign-in
   *[other] { $count } sign-ins shared an id with another sign-in
}
repair-shared-head-count = { $count ->
    [one] 1 head-count line shared an id with another head-count line
   *[other] { $count } head-count lines shared an id with another head-count line
}
notice-drafts-unreadable = Half-typed notes from last time could not be read ({ $problem }).
notice-drafts-set-aside = The file was kept as { $file }.
notice-drafts-not-set-aside = It could not be set aside either ({ $reason }), so half-typed notes are not kept this time.
notice-not-remembered = This café will not reopen by itself at the next start: { $file } could not be written ({ $cause }).
share-error-not-a-folder = { $folder } is not a folder
share-error-missing = the folder { $folder } does not exist; choose the folder your sync program keeps
share-error-folder = the shared folder { $folder } cannot be used ({ $reason })
lock-holder-unknown = another copy of Café Host
guides-not-written-as-text = the guide could not be written out ({ $error })
guides-not-written-no-name = no free file name was found
guides-not-written-no-folder = the folder { $folder } does not exist
edit-error-other-computer = { $file } is open on { $host }, and its lock is never taken over from here. Close it there (or open it in the app here and take it over) first; nothing was changed.
edit-error-locked = { $file } was not changed: { $lock }.
edit-error-kept-as-read = { $file } was not changed: { $reason }.
edit-error-not-saved = { $file } is unchanged: { $why }.
edit-error-not-saved-in-time = { $file } is unchanged: it could not be saved in time.
edit-error-no-such-action = That action is no longer in { $file }.
edit-error-import = { $from } was not merged into { $file }: { $error }
edit-error-permissions = { $file } is read-only (its permissions forbid writing), so it was not changed. Make it writable first if you mean to merge into it.
edit-hint-merge-open = Import the other copies from inside the app instead, or close it there first.
edit-hint-action-open = Mark the action done in that window, or close the café there first.
export-error-no-series = no café of the series "{ $name }" was found in { $folders }
export-error-not-for-series = a series summary can be exported as md, html or csv; export a sign-in sheet or an evidence pack from one café's file
export-error-csv = the attendance could not be written as CSV: { $error }
cli-check-empty-folder = { $path }: no guide or session files (*.ron or *.md) in this folder
cli-check-ok-guide = { $path }: ok (Guide)
cli-check-ok-session = { $path }: ok (Session)
cli-check-ok-session-open = { $path }: ok (Session; open in { $holder })
cli-check-summary = { $bad } of { $files } files have problems
cli-check-too-deep = { $path }: too deep, not checked
cli-no-data-folder = no home folder was found for your data; pass --data-dir DIR
cli-no-data-folder-or-output = no home folder was found for your data; pass --data-dir DIR or -o OUT
cli-not-imported = { $file } not imported
cli-imported = Imported to { $path }
cli-exported = Exported to { $path }
cli-exported-names-unmarked = Exported to { $path }. It holds names, but its name does not say "with-names", so the sign-in page's list of exports with names will not show it; delete it yourself once it is no longer needed
cli-output-failed = the output could not be written ({ $error })
cli-table-needs-cafe = --table N needs a café: a FILE, or --join DIR
cli-export-needs-subject = name a café file or a --series
cli-no-stop-handler = stopping by the system will not save first ({ $error })
cli-no-window = the window could not be opened: { $error }
recovery-not-recovered = The newer copy was not recovered into { $file }: { $reason }
notice-may-reopen = The café you left may open again at the next start ({ $error }).
guides-draft-not-removed = The unsaved changes kept in { $path } could not be removed ({ $reason }).
exports-deleted = { $count ->
    [0] No exports with names were deleted.
    [one] 1 export with names was deleted.
   *[other] { $count } exports with names were deleted.
}
exports-not-deleted = { $path } could not be deleted ({ $reason }); delete it by hand.
exports-unreadable = The exports folder { $folder } could not be read ({ $reason }).
cli-usage = Usage: { $usage }
cli-usage-more = For more, run: cafe-host --help
cli-usage-invalid-value = { $value } is not a value { $argument } takes
cli-usage-invalid-value-choose = { $value } is not a value { $argument } takes; choose one of: { $valid }
cli-usage-unknown-argument = { $argument } is not an option of this command
cli-usage-unknown-command = { $command } is not a command
cli-usage-missing = this command needs { $argument }
cli-usage-conflict = { $argument } cannot be used together with { $other }
cli-usage-other = the command was not called as it is used
cli-usage-table-range = a table is a number from 1 to { $most } (1..={ $most })
cli-usage-invalid-value-why = { $value } is not a value { $argument } takes: { $valid }
signin-named-export = { $name } ({ $kb } KB)
signin-named-export-when = { $name } ({ $kb } KB, { $when })
