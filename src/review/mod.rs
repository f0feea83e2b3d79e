//! Looking back at past cafés: the library of session files, one café's report, search across
//! every café's notes, and the figures of a series. Pure data and logic; the screens draw it.

pub mod cache;
pub mod follow;
pub mod index;
pub mod library;
pub mod report;
pub mod search;
pub mod series;

pub use index::{LibraryLoader, Progress, Scan, scan};
pub use library::{CafeRow, CafeSummary, Filter, SortKey};
pub use report::CafeReport;
pub use search::{SearchHit, SearchItem};
pub use series::SeriesSummary;
