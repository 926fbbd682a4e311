//! Any text as an HTML page: readable text out, never a panic, never deep
//! recursion.
#![no_main]

use crosscheck::store::html_to_article;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let article = html_to_article(text);
    assert!(!article.text.contains('\r'));
});
