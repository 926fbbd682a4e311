//! Code-point offsets. Every offset the model stores counts Unicode scalar
//! values (what Rust calls `char`), the W3C Web Annotation convention and
//! what egui's `CCursor` counts; bytes appear only where a `&str` is sliced.

use std::ops::Range;

/// Number of code points in `text`.
/// "1 claim", "3 claims": a count with its noun in the right number.
/// Every message that counts things says it this way.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

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

/// Whether a full stop after the word whose letters run backwards in
/// `before` is an abbreviation's rather than a sentence's end: an initial
/// ("U.K.", "J."), a title ("Dr.", "Gen."), or a month before a day
/// ("Mar. 28").
fn abbreviation(before: impl Iterator<Item = char>, next: char) -> bool {
    let word: String = before.take_while(|c| c.is_alphabetic()).collect::<Vec<_>>().into_iter().rev().collect();
    let count = word.chars().count();
    if count == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    const TITLES: [&str; 11] = ["Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Prof", "St"];
    const MONTHS: [&str; 11] = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov"];
    TITLES.contains(&word.as_str()) || (next.is_ascii_digit() && (MONTHS.contains(&word.as_str()) || word == "Dec"))
}

/// The most code points a sentence reaches on either side of a span.
pub const MAX_SENTENCE_REACH: usize = 600;

/// The sentence around the code-point span `start..end` of `text`, as a
/// code-point span: from just after the sentence end before it (a `.`,
/// `!`, `?` or `…`, possibly followed by a closing quote or bracket, then
/// a space and a capital, digit or opening quote), or a line break, to the
/// next such end. Reaches at most [`MAX_SENTENCE_REACH`] code points each
/// way, so a text without full stops costs little; leading and trailing
/// spaces are left out. `None` when the span falls outside the text.
pub fn sentence_around(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let bytes = byte_range(text, start..end)?;
    let ends_sentence = |c: char| matches!(c, '.' | '!' | '?' | '…');
    let closing = |c: char| matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»');
    // A sentence opens on anything but a lower-case letter: "U.K. said"
    // goes on, "U.K. Seoul" and "said. 😀" start anew.
    let opens = |c: char| !c.is_lowercase() && !c.is_whitespace();
    // Backwards: the sentence starts after a line break, or after spaces
    // that follow an end mark (and any closing quotes).
    let before: Vec<(usize, char)> = text[..bytes.start].char_indices().rev().take(MAX_SENTENCE_REACH).collect();
    let mut from = before.last().map_or(bytes.start, |&(b, _)| b);
    for i in 0..before.len() {
        let (b, c) = before[i];
        if c == '\n' {
            from = b + c.len_utf8();
            break;
        }
        let rightmost_space = c.is_whitespace() && (i == 0 || !before[i - 1].1.is_whitespace());
        if !rightmost_space {
            continue;
        }
        let (next_at, next) =
            if i == 0 { (bytes.start, text[bytes.start..].chars().next().unwrap_or(' ')) } else { before[i - 1] };
        if !opens(next) {
            continue;
        }
        let mut j = i;
        while j < before.len() && before[j].1.is_whitespace() && before[j].1 != '\n' {
            j += 1;
        }
        while j < before.len() && closing(before[j].1) {
            j += 1;
        }
        if j < before.len()
            && ends_sentence(before[j].1)
            && !abbreviation(before[j + 1..].iter().map(|&(_, c)| c), next)
        {
            from = next_at;
            break;
        }
    }
    // Forwards: to an end mark (and closing quotes) followed by spaces
    // and what may open a sentence, or the text's end, or a line break.
    let after: Vec<(usize, char)> =
        text[bytes.end..].char_indices().take(MAX_SENTENCE_REACH).map(|(b, c)| (bytes.end + b, c)).collect();
    let reached = after.last().map_or(bytes.end, |&(b, c)| b + c.len_utf8());
    let mut to = reached;
    let mut i = 0;
    while i < after.len() {
        let (b, c) = after[i];
        if c == '\n' {
            to = b;
            break;
        }
        let word_before = after[..i].iter().rev().map(|&(_, c)| c);
        let next = after[i + 1..].iter().map(|&(_, c)| c).find(|c| !c.is_whitespace()).unwrap_or(' ');
        if !ends_sentence(c) || (c == '.' && abbreviation(word_before, next)) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < after.len() && closing(after[j].1) {
            j += 1;
        }
        let stop = after.get(j).map_or(text.len(), |&(b, _)| b);
        let mut k = j;
        while k < after.len() && after[k].1.is_whitespace() && after[k].1 != '\n' {
            k += 1;
        }
        let text_ends = j == after.len() && after.len() < MAX_SENTENCE_REACH;
        let next_opens = k > j && after.get(k).is_none_or(|&(_, c)| opens(c) || c == '\n');
        if text_ends || next_opens {
            to = stop;
            break;
        }
        i = j.max(i + 1);
    }
    let sentence = &text[from..to];
    let lead = sentence.len() - sentence.trim_start().len();
    let trail = sentence.len() - sentence.trim_end().len();
    let (from, to) = (from + lead, (to - trail).max(from + lead));
    let first = char_offset(text, from);
    Some((first, first + text[from..to].chars().count()))
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
    fn the_sentence_around_a_span_is_found_in_code_points() {
        let text = "Intro line\nThe U.K. said “over 5,000\u{a0}casualties.” 😀 Seoul agreed. Next one!";
        let (s, e) = (text.find("over").unwrap(), text.find("casualties").unwrap());
        let (s, e) = (char_offset(text, s), char_offset(text, e));
        let (a, b) = sentence_around(text, s, e).unwrap();
        assert_eq!(slice_chars(text, a..b), Some("The U.K. said “over 5,000\u{a0}casualties.”"));
        let s = char_offset(text, text.find("Seoul").unwrap());
        let (a, b) = sentence_around(text, s, s + 5).unwrap();
        assert_eq!(slice_chars(text, a..b), Some("😀 Seoul agreed."));
        let s = char_offset(text, text.find("one").unwrap());
        let (a, b) = sentence_around(text, s, s + 3).unwrap();
        assert_eq!(slice_chars(text, a..b), Some("Next one!"));
        assert_eq!(sentence_around(text, 0, 5).map(|(a, b)| slice_chars(text, a..b).unwrap()), Some("Intro line"));
        assert_eq!(sentence_around(text, 500, 501), None);
        let text = "Troops suffered 4,000 casualties, the U.K. says. The estimate was published.";
        let (a, b) = sentence_around(text, 16, 21).unwrap();
        assert_eq!(slice_chars(text, a..b), Some("Troops suffered 4,000 casualties, the U.K. says."));
        let text = "Seoul said on Mar. 28 that Gen. Kim saw 3,000 more, per the U.S. Army. Next.";
        let s = char_offset(text, text.find("3,000").unwrap());
        let (a, b) = sentence_around(text, s, s + 5).unwrap();
        assert_eq!(
            slice_chars(text, a..b),
            Some("Seoul said on Mar. 28 that Gen. Kim saw 3,000 more, per the U.S. Army.")
        );
        let long = "x".repeat(5000);
        assert_eq!(sentence_around(&long, 2500, 2501), Some((1900, 3101)));
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
