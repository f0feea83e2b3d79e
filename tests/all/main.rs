//! Integration tests, in one binary so the suite links once.

mod attendance;
mod blackbox;
mod cli;
mod common;
mod durability;
mod export;
mod hostile;
mod lock;
mod merge;
mod past_cafes;
mod presenter;
mod recovery;
mod repaint;
mod review_screens;
mod samples;
mod tables;

// The review screens (src/ui/review) are compiled into this test binary through their path
// until the app shell declares them as `ui::review`; these names let their `crate::` paths
// resolve here exactly as they will inside the library.
use cafe_host::{model, review};
#[allow(dead_code)]
#[path = "../../src/ui/review/mod.rs"]
mod review_ui;
