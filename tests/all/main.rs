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
mod presenter;
mod recovery;
mod repaint;
mod review;
mod samples;
mod tables;
