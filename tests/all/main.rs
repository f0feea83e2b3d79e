//! Integration tests, in one binary so the suite links once.

mod attendance;
mod blackbox;
mod cli;
mod closing;
mod common;
mod durability;
mod evening;
mod export;
mod figures;
mod guide_editor;
mod guide_text;
mod guides_home;
mod hand_edited;
mod hostile;
mod i18n;
mod keys;
mod languages;
mod lock;
mod merge;
#[cfg(unix)]
mod odd_files;
mod package;
mod past_cafes;
mod power_cut;
mod presenter;
mod recovery;
mod repaint;
mod review_screens;
mod samples;
mod spanish_console;
mod spanish_desk;
mod spanish_review;
mod tables;
mod two_writers;
