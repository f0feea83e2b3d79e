//! The command line's own commands besides opening the app: checking files, guides, and
//! printing, each saying what it did in the system's language.

pub mod check;
pub mod guide;
pub mod output;
pub mod usage;
