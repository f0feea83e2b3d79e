//! Café Host: run a live Parent Café — presenter console, projector window,
//! and a session file that never loses the facilitator's place.

pub mod authoring;
pub mod export;
pub mod i18n;
pub mod live;
pub mod markdown;
pub mod model;
pub mod review;
pub mod session;
pub mod store;
pub mod ui;
