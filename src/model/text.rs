//! Code-point offsets. Every offset the model stores counts Unicode scalar
//! values (what Rust calls `char`), the W3C Web Annotation convention and
//! what egui's `CCursor` counts; bytes appear only where a `&str` is sliced.

use std::ops::Range;

/// Number of code points in `text`.
pub fn char_len(text: &str) -> usize {
    text.chars().count()
}

/// Byte offset of the code point at `offset_chars`, or `None` past the end.
/// `offset_chars == char_len(text)` maps to `text.len()`.
pub fn byte_offset(text: &str, offset_chars: usize) -> Option<usize> {
    if offset_chars == 0 {
        return Some(0);
    }
    let mut seen = 0;
    for (byte, _) in text.char_indices() {
        if seen == offset_chars {
            return Some(byte);
        }
        seen += 1;
    }
    (seen == offset_chars).then_some(text.len())
}

/// Byte range of a code-point range, `None` when it falls outside the text
/// or is reversed.
pub fn byte_range(text: &str, chars: Range<usize>) -> Option<Range<usize>> {
    if chars.start > chars.end {
        return None;
    }
    let start = byte_offset(text, chars.start)?;
    let len = byte_offset(&text[start..], chars.end - chars.start)?;
    Some(start..start + len)
}

/// The text of a code-point range, `None` when the range is out of bounds.
pub fn slice_chars(text: &str, chars: Range<usize>) -> Option<&str> {
    byte_range(text, chars).map(|r| &text[r])
}

/// Code-point offset of a byte offset that lies on a char boundary.
pub fn char_offset(text: &str, offset_bytes: usize) -> usize {
    text[..offset_bytes.min(text.len())].chars().count()
}

/// Maps many byte offsets of one text to code-point offsets in one pass;
/// `offsets_bytes` must be sorted ascending.
pub fn char_offsets_sorted(text: &str, offsets_bytes: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(offsets_bytes.len());
    let mut chars = 0;
    let mut last_byte = 0;
    for &b in offsets_bytes {
        chars += text[last_byte..b].chars().count();
        last_byte = b;
        out.push(chars);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIXED: &str = "“Over 5,000”\u{a0}— 🇬🇧 casualties";

    #[test]
    fn offsets_count_code_points_not_bytes() {
        assert_eq!(char_len(MIXED), 28);
        assert_eq!(slice_chars(MIXED, 1..11), Some("Over 5,000"));
        assert_eq!(slice_chars(MIXED, 12..14), Some("\u{a0}—"));
        // The flag is two regional-indicator code points.
        assert_eq!(slice_chars(MIXED, 15..17), Some("🇬🇧"));
        assert_eq!(slice_chars(MIXED, 18..28), Some("casualties"));
        assert_eq!(slice_chars(MIXED, 28..28), Some(""));
        assert_eq!(slice_chars(MIXED, 27..29), None);
        assert_eq!(slice_chars(MIXED, 5..4), None);
    }

    #[test]
    fn byte_and_char_offsets_round_trip() {
        for (byte, _) in MIXED.char_indices() {
            let c = char_offset(MIXED, byte);
            assert_eq!(byte_offset(MIXED, c), Some(byte));
        }
        let bytes: Vec<usize> = MIXED.char_indices().map(|(b, _)| b).collect();
        let chars = char_offsets_sorted(MIXED, &bytes);
        assert_eq!(chars, (0..char_len(MIXED)).collect::<Vec<_>>());
    }
}
