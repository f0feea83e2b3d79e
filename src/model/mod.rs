//! Pure data: guides, sessions and the round timer. No I/O, no UI.

pub mod guide;
pub mod session;
pub mod timer;

pub use guide::{Guide, Question, Resource, Wording};
pub use session::{ProjectorSettings, Session, SessionDetails, Step, StepShown};
pub use timer::{RoundTimer, Urgency};
