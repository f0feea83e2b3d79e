//! Any bytes at all, read as a session file and as a guide file (RON and Markdown): the
//! loaders may refuse them, but must never panic, overflow the stack or hang.

#![no_main]

use std::path::Path;

use cafe_host::store::format::{parse_guide, parse_session};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let path = Path::new("fuzz.ron");
    if let Err(e) = parse_session(path, &text) {
        assert!(
            !e.message.trim().is_empty(),
            "a session error without words"
        );
    }
    for path in [path, Path::new("fuzz.md")] {
        if let Err(e) = parse_guide(path, &text) {
            assert!(!e.message.trim().is_empty(), "a guide error without words");
        }
    }
});
