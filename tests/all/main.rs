//! Integration tests, in one binary so the suite links once.

mod attendance;
mod blackbox;
mod cli;
mod common;
mod durability;
mod hostile;
mod i18n;
mod languages;
mod lock;
mod merge;
mod presenter;
mod recovery;
mod repaint;
mod samples;
mod tables;
