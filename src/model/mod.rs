//! Pure data: guides, sessions and the round timer. No I/O, no UI.

pub mod attendance;
pub mod follow_up;
pub mod goodbye;
pub mod groups;
pub mod guide;
pub mod language;
pub mod name_in_text;
pub mod notes;
pub mod personal;
pub mod series_plan;
pub mod session;
pub mod timer;

pub use attendance::{Attendee, Contact, Figures, PeopleCount, Role, Tally};
pub use follow_up::{ActionState, EarlierCafe, FollowUp, YouSaid};
pub use goodbye::{Again, Answer, DoorCounts, GoodbyeCounts};
pub use groups::{Shown, ShownPeople};
pub use guide::{
    ClockTime, GoodbyeQuestions, Guide, GuideProblem, Plan, Question, Resource, Wording,
};
pub use notes::{Commitment, Note, NoteAt, Table, Tag, Theme};
pub use personal::{Mention, PersonName, PersonalField, Place};
pub use session::{
    MergeError, MergeReport, Outreach, ProjectorSettings, RoomPalette, Session, SessionDetails,
    Step, StepShown,
};
pub use timer::{RoundTimer, Urgency};

/// "1 note" or "3 notes": a count with its noun in English, for the plain-words messages the
/// files and the command line give (the interface's own words come from the catalogues).
pub fn count_of(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
