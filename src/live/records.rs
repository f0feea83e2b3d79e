//! Commands on what tables said (notes, tables, themes, commitments), with undo and redo.
//! Each such command changes exactly one record; undo puts back the record as it was before,
//! stamped with a new edit time so the undo also wins when copies are merged.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::model::notes::Mergeable;
use crate::model::personal::Holder;
use crate::model::{
    Attendee, Commitment, Note, NoteAt, PersonName, Role, Session, Tag, Tally, Theme,
};

/// Longest note, theme or commitment text kept (a pasted book is cut, not refused).
pub const MAX_TEXT_CHARS: usize = 20_000;

/// How many steps back undo reaches.
pub const UNDO_DEPTH: usize = 200;

/// A change to one table, note, theme or commitment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordCommand {
    AddNote {
        id: Uuid,
        table: Uuid,
        text: String,
        tags: Vec<Tag>,
        /// The question and round on screen when typing began; `None`: those on screen now.
        at: Option<NoteAt>,
    },
    /// Change a note's text, and move it to another table (when `table` names one).
    EditNote {
        id: Uuid,
        text: String,
        table: Option<Uuid>,
    },
    DeleteNote {
        id: Uuid,
    },
    ToggleTag {
        id: Uuid,
        tag: Tag,
    },
    SetShare {
        id: Uuid,
        share: bool,
    },
    SetPrivate {
        id: Uuid,
        private: bool,
    },
    RenameTable {
        id: Uuid,
        name: String,
        host: String,
    },
    AddTheme {
        id: Uuid,
        title: String,
    },
    RenameTheme {
        id: Uuid,
        title: String,
    },
    DeleteTheme {
        id: Uuid,
    },
    /// Put a note into a theme, or take it out.
    ToggleThemeNote {
        theme: Uuid,
        note: Uuid,
    },
    AddCommitment {
        id: Uuid,
        text: String,
        owner: String,
        due: Option<NaiveDate>,
    },
    DeleteCommitment {
        id: Uuid,
    },
    /// Mark a commitment done (or open again), e.g. when it is followed up at a later café.
    SetCommitmentDone {
        id: Uuid,
        done: bool,
    },
    /// Say how far a commitment has got: done, under way or not yet.
    SetCommitmentState {
        id: Uuid,
        state: crate::model::ActionState,
    },
    /// Sign a person in (contact details are dropped unless they consented).
    CheckIn(Box<Attendee>),
    /// Change a signed-in person's entry (same id).
    EditAttendee(Box<Attendee>),
    /// Take back a check-in, or remove an entry.
    RemoveAttendee {
        id: Uuid,
    },
    /// Erase a person's name and contact details, keeping what the counts need.
    EraseAttendee {
        id: Uuid,
    },
    /// Add `delta` (may be negative) to the head-count of people with this role and language.
    Tally {
        role: Role,
        language: String,
        delta: i32,
    },
}

impl RecordCommand {
    /// See [`super::Command::may_hide_words`].
    pub fn may_hide_words(&self) -> bool {
        match self {
            RecordCommand::SetPrivate { private, .. } => *private,
            RecordCommand::EditNote { .. }
            | RecordCommand::DeleteNote { .. }
            | RecordCommand::RenameTable { .. }
            | RecordCommand::RenameTheme { .. }
            | RecordCommand::DeleteTheme { .. }
            | RecordCommand::DeleteCommitment { .. }
            | RecordCommand::EditAttendee(_)
            | RecordCommand::RemoveAttendee { .. }
            | RecordCommand::EraseAttendee { .. } => true,
            RecordCommand::AddNote { .. }
            | RecordCommand::ToggleTag { .. }
            | RecordCommand::SetShare { .. }
            | RecordCommand::AddTheme { .. }
            | RecordCommand::ToggleThemeNote { .. }
            | RecordCommand::AddCommitment { .. }
            | RecordCommand::SetCommitmentDone { .. }
            | RecordCommand::SetCommitmentState { .. }
            | RecordCommand::CheckIn(_)
            | RecordCommand::Tally { .. } => false,
        }
    }
}

/// One record as it was or became.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
    Note(Note),
    Table(crate::model::Table),
    Theme(Theme),
    Commitment(Commitment),
    Attendee(Box<Attendee>),
    Tally(Tally),
}

impl Record {
    /// The record as one whose fields can hold a person's name (see
    /// [`crate::model::PersonalField`]): a table's host, an action's owner, a sign-in.
    fn holder(&self) -> Option<Holder<'_>> {
        match self {
            Record::Table(t) => Some(Holder::Table(t)),
            Record::Commitment(c) => Some(Holder::Commitment(c)),
            Record::Attendee(a) => Some(Holder::Attendee(a)),
            Record::Note(_) | Record::Theme(_) | Record::Tally(_) => None,
        }
    }

    /// Whether this kind of record has a field that can hold a person's name.
    pub fn may_name_someone(&self) -> bool {
        self.holder().is_some()
    }

    /// Whether a field of this record holds `name`.
    pub fn names(&self, name: &PersonName) -> bool {
        self.holder().is_some_and(|h| h.names(name))
    }
}

/// A change that undo can take back: the record before and after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub before: Record,
    pub after: Record,
}

/// Trim and cut text to a sane length.
pub fn clean_text(text: &str) -> String {
    let trimmed = text.trim();
    match trimmed.char_indices().nth(MAX_TEXT_CHARS) {
        Some((cut, _)) => trimmed[..cut].to_owned(),
        None => trimmed.to_owned(),
    }
}

/// Apply `command`; returns the change made, or `None` if nothing changed.
/// Change the commitment `id` (not deleted) with `change`, as one undoable change.
fn edit_commitment(
    session: &mut Session,
    id: Uuid,
    now: DateTime<Utc>,
    change: impl FnOnce(&mut Commitment),
) -> Option<Change> {
    let found = session
        .commitments
        .iter_mut()
        .find(|c| c.id == id && !c.deleted);
    edit_record(found, now, change, Record::Commitment)
}

pub fn apply(session: &mut Session, command: RecordCommand, now: DateTime<Utc>) -> Option<Change> {
    use RecordCommand as R;
    let open_commitment = |id: Uuid| move |c: &&mut Commitment| c.id == id && !c.deleted;
    match command {
        R::AddNote {
            id,
            table,
            text,
            tags,
            at,
        } => add_note(session, id, table, (&text, tags), at, now),
        R::EditNote { id, text, table } => {
            let text = clean_text(&text);
            if text.is_empty() {
                return apply(session, R::DeleteNote { id }, now);
            }
            let table = table.filter(|t| session.table(*t).is_some());
            edit_note(session, id, now, |n| {
                n.text = text;
                if let Some(table) = table {
                    n.table = table;
                }
            })
        }
        R::DeleteNote { id } => {
            let change = edit_note(session, id, now, |n| n.deleted = true)?;
            // A deleted note leaves the themes it was in.
            for theme in &mut session.themes {
                theme.notes.remove(&id);
            }
            Some(change)
        }
        R::ToggleTag { id, tag } => edit_note(session, id, now, |n| {
            if !n.tags.remove(&tag) {
                n.tags.insert(tag);
            }
        }),
        R::SetShare { id, share } => edit_note(session, id, now, |n| {
            n.share = share;
            if share {
                n.private = false;
            }
        }),
        R::SetPrivate { id, private } => edit_note(session, id, now, |n| {
            n.private = private;
            if private {
                n.share = false;
            }
        }),
        R::RenameTable { id, name, host } => {
            let found = session.tables.iter_mut().find(|t| t.id == id);
            let rename = |t: &mut crate::model::Table| {
                t.name = clean_text(&name);
                t.host = clean_text(&host);
            };
            edit_record(found, now, rename, Record::Table)
        }
        R::AddTheme { id, title } => add_theme(session, id, &title, now),
        R::RenameTheme { id, title } => {
            let title = clean_text(&title);
            if title.is_empty() {
                return None;
            }
            edit_theme(session, id, now, |t| t.title = title)
        }
        R::DeleteTheme { id } => edit_theme(session, id, now, |t| t.deleted = true),
        R::ToggleThemeNote { theme, note } => {
            find_note(session, note).filter(|n| !n.deleted)?;
            edit_theme(session, theme, now, |t| {
                if !t.notes.remove(&note) {
                    t.notes.insert(note);
                }
            })
        }
        R::AddCommitment {
            id,
            text,
            owner,
            due,
        } => add_commitment(session, id, (&text, &owner), due, now),
        R::DeleteCommitment { id } => {
            let found = session.commitments.iter_mut().find(open_commitment(id));
            edit_record(found, now, |c| c.deleted = true, Record::Commitment)
        }
        R::SetCommitmentDone { id, done } => {
            edit_commitment(session, id, now, |c| c.mark_done(done, now))
        }
        R::SetCommitmentState { id, state } => {
            edit_commitment(session, id, now, |c| c.set_state(state, now))
        }
        R::CheckIn(attendee) => check_in(session, *attendee, now),
        R::EditAttendee(attendee) => {
            let mut new = *attendee;
            new.respect_consent();
            edit_attendee(session, new.id, now, |a| {
                let (checked_in, erased) = (a.checked_in, a.erased);
                *a = new;
                a.checked_in = checked_in;
                a.erased = erased;
                a.deleted = false;
            })
        }
        R::RemoveAttendee { id } => edit_attendee(session, id, now, |a| a.deleted = true),
        R::EraseAttendee { id } => {
            let change = edit_attendee(session, id, now, |a| a.erase(now))?;
            // What is erased stays erased: the change keeps no copy of the old name.
            Some(Change {
                before: change.after.clone(),
                after: change.after,
            })
        }
        R::Tally {
            role,
            language,
            delta,
        } => tally(session, role, &language, delta, now),
    }
}

/// A record just made: pushed onto `list`, and undone by deleting it again.
fn added<T: Mergeable>(list: &mut Vec<T>, record: T, wrap: impl Fn(T) -> Record) -> Change {
    let mut before = record.clone();
    before.set_deleted(true);
    list.push(record.clone());
    Change {
        before: wrap(before),
        after: wrap(record),
    }
}

/// A new note at `table`, filed under the question and round on screen when its typing
/// began (`at`), or those on screen now.
fn add_note(
    session: &mut Session,
    id: Uuid,
    table: Uuid,
    (text, tags): (&str, Vec<Tag>),
    at: Option<NoteAt>,
    now: DateTime<Utc>,
) -> Option<Change> {
    let text = clean_text(text);
    // Ids are fresh random UUIDs, so no search for an existing one: adding stays as quick
    // with four thousand notes as with four.
    if text.is_empty() || session.table(table).is_none() {
        return None;
    }
    // A question the guide no longer has (a hand-edited draft) counts as none.
    let at = at
        .filter(|at| {
            at.question
                .is_none_or(|q| q < session.guide.questions.len())
        })
        .unwrap_or_else(|| session.note_at());
    let note = Note {
        id,
        table,
        question: at.question,
        round: at.round,
        text,
        tags: tags.into_iter().collect(),
        share: false,
        private: false,
        created: now,
        edited: now,
        deleted: false,
    };
    Some(added(&mut session.notes, note, Record::Note))
}

fn add_theme(session: &mut Session, id: Uuid, title: &str, now: DateTime<Utc>) -> Option<Change> {
    let title = clean_text(title);
    if title.is_empty() || session.themes.iter().any(|t| t.id == id) {
        return None;
    }
    let theme = Theme {
        id,
        title,
        notes: Default::default(),
        edited: now,
        deleted: false,
    };
    Some(added(&mut session.themes, theme, Record::Theme))
}

/// A new commitment: its words and who, and by when.
fn add_commitment(
    session: &mut Session,
    id: Uuid,
    (text, owner): (&str, &str),
    due: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Option<Change> {
    let text = clean_text(text);
    if text.is_empty() || session.commitments.iter().any(|c| c.id == id) {
        return None;
    }
    let commitment = Commitment {
        id,
        text,
        owner: clean_text(owner),
        due,
        done: false,
        done_at: None,
        under_way: false,
        edited: now,
        deleted: false,
    };
    Some(added(
        &mut session.commitments,
        commitment,
        Record::Commitment,
    ))
}

fn check_in(session: &mut Session, mut a: Attendee, now: DateTime<Utc>) -> Option<Change> {
    a.name = clean_text(&a.name);
    a.household = clean_text(&a.household);
    a.language = clean_text(&a.language);
    a.respect_consent();
    if a.name.is_empty() || session.attendees.iter().any(|x| x.id == a.id) {
        return None;
    }
    a.checked_in = now;
    a.edited = now;
    a.deleted = false;
    Some(added(&mut session.attendees, a, |a| {
        Record::Attendee(Box::new(a))
    }))
}

/// Add `delta` (may be negative) to the head-count of people with `role` and `language`.
fn tally(
    session: &mut Session,
    role: Role,
    language: &str,
    delta: i32,
    now: DateTime<Utc>,
) -> Option<Change> {
    let language = clean_text(language);
    let same =
        |t: &Tally| !t.deleted && t.role == role && t.language.eq_ignore_ascii_case(&language);
    let found = match session.tallies.iter().position(same) {
        Some(i) => Some(i),
        // Taking one away when that language was never counted: take it from the same role's
        // most recent count, so "−" never does nothing while people of that role are counted.
        None if delta < 0 => session
            .tallies
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.deleted && t.role == role && t.count > 0)
            .max_by_key(|(_, t)| t.edited)
            .map(|(i, _)| i),
        None => None,
    };
    match found.and_then(|i| session.tallies.get_mut(i)) {
        Some(t) => edit_record(
            Some(t),
            now,
            |t| t.count = t.count.saturating_add_signed(delta),
            Record::Tally,
        ),
        None if delta > 0 => {
            let t = Tally {
                id: Uuid::new_v4(),
                role,
                language,
                count: delta.unsigned_abs(),
                edited: now,
                deleted: false,
            };
            Some(added(&mut session.tallies, t, Record::Tally))
        }
        None => None,
    }
}

fn edit_attendee(
    session: &mut Session,
    id: Uuid,
    now: DateTime<Utc>,
    edit: impl FnOnce(&mut Attendee),
) -> Option<Change> {
    let found = session
        .attendees
        .iter_mut()
        .find(|a| a.id == id && !a.deleted);
    edit_record(found, now, edit, |a| Record::Attendee(Box::new(a)))
}

/// Change one record in place; `None` if it is missing or the edit changed nothing.
/// The change is stamped `now` and carries both versions for undo.
fn edit_record<T: Mergeable>(
    record: Option<&mut T>,
    now: DateTime<Utc>,
    edit: impl FnOnce(&mut T),
    wrap: impl Fn(T) -> Record,
) -> Option<Change> {
    let record = record?;
    let before = record.clone();
    edit(record);
    if *record == before {
        return None;
    }
    record.set_edited(now);
    Some(Change {
        before: wrap(before),
        after: wrap(record.clone()),
    })
}

fn find_note(session: &Session, id: Uuid) -> Option<&Note> {
    session.notes.iter().rev().find(|n| n.id == id)
}

fn edit_note(
    session: &mut Session,
    id: Uuid,
    now: DateTime<Utc>,
    edit: impl FnOnce(&mut Note),
) -> Option<Change> {
    let found = session
        .notes
        .iter_mut()
        .rev()
        .find(|n| n.id == id && !n.deleted);
    edit_record(found, now, edit, Record::Note)
}

fn edit_theme(
    session: &mut Session,
    id: Uuid,
    now: DateTime<Utc>,
    edit: impl FnOnce(&mut Theme),
) -> Option<Change> {
    let found = session.themes.iter_mut().find(|t| t.id == id && !t.deleted);
    edit_record(found, now, edit, Record::Theme)
}

/// Put `record` back in the session, stamped `now`; returns it as it now is.
pub fn restore(session: &mut Session, record: &Record, now: DateTime<Utc>) -> Record {
    fn put<T: Mergeable>(list: &mut Vec<T>, item: &T, now: DateTime<Utc>) -> T {
        let mut item = item.clone();
        item.set_edited(now);
        match list.iter_mut().find(|x| x.id() == item.id()) {
            Some(slot) => *slot = item.clone(),
            None => list.push(item.clone()),
        }
        item
    }
    match record {
        Record::Note(n) => Record::Note(put(&mut session.notes, n, now)),
        Record::Table(t) => Record::Table(put(&mut session.tables, t, now)),
        Record::Theme(t) => Record::Theme(put(&mut session.themes, t, now)),
        Record::Commitment(c) => Record::Commitment(put(&mut session.commitments, c, now)),
        Record::Attendee(a) => Record::Attendee(Box::new(put(&mut session.attendees, &**a, now))),
        Record::Tally(t) => Record::Tally(put(&mut session.tallies, t, now)),
    }
}

/// Whether the session holds `record` exactly as it is (nobody changed it since): undo and
/// redo never overwrite a newer edit another laptop's copy brought in.
pub fn is_current(session: &Session, record: &Record) -> bool {
    fn holds<T: Mergeable>(list: &[T], item: &T) -> bool {
        list.iter().any(|x| x.id() == item.id() && x == item)
    }
    match record {
        Record::Note(n) => holds(&session.notes, n),
        Record::Table(t) => holds(&session.tables, t),
        Record::Theme(t) => holds(&session.themes, t),
        Record::Commitment(c) => holds(&session.commitments, c),
        Record::Attendee(a) => holds(&session.attendees, &**a),
        Record::Tally(t) => holds(&session.tallies, t),
    }
}
