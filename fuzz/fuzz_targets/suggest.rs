//! Any text through the suggestion engine: every span inside the text, on
//! code-point offsets, and its text equal to what it points at.
#![no_main]

use crosscheck::extract::Extractor;
use crosscheck::model::text::slice_chars;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    let Ok(text) = std::str::from_utf8(data) else { return };
    let extractor = EXTRACTOR.get_or_init(Extractor::with_default_agencies);
    let published = jiff::civil::Date::new(2025, 4, 2).ok();
    for s in extractor.suggest(text, published) {
        assert!(s.start < s.end, "empty span {s:?}");
        assert_eq!(slice_chars(text, s.start..s.end), Some(s.text.as_str()), "span text differs");
    }
});
