//! Pure data: guides, sessions and the round timer. No I/O, no UI.

pub mod attendance;
pub mod guide;
pub mod notes;
pub mod session;
pub mod timer;

pub use attendance::{Attendee, Contact, Figures, Role, Tally};
pub use guide::{Guide, Question, Resource, Wording};
pub use notes::{Commitment, Note, Table, Tag, Theme};
pub use session::{
    MergeError, MergeReport, ProjectorSettings, Session, SessionDetails, Step, StepShown,
};
pub use timer::{RoundTimer, Urgency};
