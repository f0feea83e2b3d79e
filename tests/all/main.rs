//! Integration tests, in one binary so the suite links once.

mod attendance;
mod blackbox;
mod cli;
mod common;
mod durability;
mod evening;
mod export;
mod guide_text;
mod hand_edited;
mod hostile;
mod i18n;
mod keys;
mod languages;
mod lock;
mod merge;
mod past_cafes;
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
