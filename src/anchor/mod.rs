//! Anchoring claims in article text: a position selector plus a quote
//! selector, so a claim can be found again when the text changes.
//!
//! The record and its two rules (building an anchor from a span, checking
//! it still reads its quote) live in `model` with `Anchor`; this module
//! finds anchors again after a text changes and snaps selections to words.

use crate::model::text::{byte_offset, char_len};
use crate::model::{Anchor, AnchorProblem};

/// Code points of context kept on each side of a quote.
pub const CONTEXT_CHARS: usize = Anchor::CONTEXT_CHARS;

/// Builds the anchor of the code-point span `start..end` of `text`, or
/// `None` when the span is empty, reversed or outside the text. The rule
/// lives with the record, as [`Anchor::from_span`].
pub fn anchor_span(text: &str, start: usize, end: usize) -> Option<Anchor> {
    Anchor::from_span(text, start, end)
}

/// What is wrong with an anchor in `text`, if anything. The check lives
/// with the record, as [`Anchor::problem`].
pub fn anchor_problem(text: &str, anchor: &Anchor) -> Option<AnchorProblem> {
    anchor.problem(text)
}

/// How a claim was found again after its article changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reanchored {
    /// The quote still sits at its old position.
    InPlace,
    /// The quote was found verbatim elsewhere.
    Moved,
    /// The quote was not found; the claim is orphaned and kept as it was.
    Orphaned,
}

/// Finds `anchor` again in `text`, updating its positions and context.
/// Position first, then the verbatim quote nearest to the old position
/// (ties broken by matching context).
pub fn reanchor(text: &str, anchor: &mut Anchor) -> Reanchored {
    if anchor_problem(text, anchor).is_none() {
        if let Some(fresh) = anchor_span(text, anchor.start, anchor.end) {
            *anchor = fresh;
        }
        return Reanchored::InPlace;
    }
    if anchor.exact.is_empty() {
        return Reanchored::Orphaned;
    }
    let quote_chars = char_len(&anchor.exact);
    let mut best: Option<(usize, (usize, usize))> = None;
    let mut chars_seen = 0;
    let mut last_byte = 0;
    for (byte, _) in text.match_indices(anchor.exact.as_str()) {
        chars_seen += text[last_byte..byte].chars().count();
        last_byte = byte;
        let start = chars_seen;
        let context_miss = usize::from(!text[..byte].ends_with(anchor.prefix.as_str()))
            + usize::from(!text[byte + anchor.exact.len()..].starts_with(anchor.suffix.as_str()));
        let distance = start.abs_diff(anchor.start);
        let score = (context_miss, distance);
        if best.is_none_or(|(_, b)| score < b) {
            best = Some((start, score));
        }
    }
    match best.and_then(|(start, _)| anchor_span(text, start, start + quote_chars)) {
        Some(fresh) => {
            *anchor = fresh;
            Reanchored::Moved
        }
        None => Reanchored::Orphaned,
    }
}

/// Widens the code-point span `start..end` so it neither starts nor ends in
/// the middle of a word (or of a number such as "4,000" or "1.5"): a mouse
/// selection that caught "ore than 5,00" becomes "more than 5,000".
pub fn snap_to_words(text: &str, start: usize, end: usize) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    let (mut start, mut end) = (start.min(chars.len()), end.min(chars.len()));
    if start >= end {
        return (start, end);
    }
    let word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    // A separator inside a number: a digit on each side.
    let joins = |i: usize| {
        matches!(chars[i], ',' | '.')
            && i > 0
            && i + 1 < chars.len()
            && chars[i - 1].is_ascii_digit()
            && chars[i + 1].is_ascii_digit()
    };
    while start > 0 && word(chars[start]) && (word(chars[start - 1]) || joins(start - 1)) {
        start -= 1;
    }
    while end < chars.len() && word(chars[end - 1]) && (word(chars[end]) || joins(end)) {
        end += 1;
    }
    (start, end)
}

/// The byte offset of `anchor.start`, when it lies in `text`.
pub fn start_byte(text: &str, anchor: &Anchor) -> Option<usize> {
    byte_offset(text, anchor.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The U.K. said “over 5,000\u{a0}casualties” 🇬🇧 — about one-third killed.";

    #[test]
    fn anchors_count_code_points_with_context() {
        let start = TEXT.chars().position(|c| c == 'o').unwrap();
        let anchor = anchor_span(TEXT, start, start + 21).unwrap();
        assert_eq!(anchor.exact, "over 5,000\u{a0}casualties");
        assert_eq!(anchor.prefix, "The U.K. said “");
        assert!(anchor.suffix.starts_with("” 🇬🇧 — about"));
        assert_eq!(anchor_problem(TEXT, &anchor), None);
        assert!(anchor_span(TEXT, 5, 5).is_none());
        assert!(anchor_span(TEXT, 60, 90).is_none());
    }

    #[test]
    fn selections_snap_to_whole_words_and_numbers() {
        let text = "UK said “more than 5,000\u{a0}casualties” — 😀 one-third";
        let at = |s: &str| text.chars().collect::<String>().find(s).map(|b| text[..b].chars().count()).unwrap();
        let slice = |(s, e): (usize, usize)| text.chars().skip(s).take(e - s).collect::<String>();
        // "ore than 5,00" → "more than 5,000"
        let (s, e) = (at("ore"), at("0\u{a0}cas"));
        assert_eq!(slice(snap_to_words(text, s, e)), "more than 5,000");
        // Already on word edges, or on punctuation and emoji: unchanged.
        let (s, e) = (at("more"), at("”"));
        assert_eq!(slice(snap_to_words(text, s, e)), "more than 5,000\u{a0}casualties");
        let (s, e) = (at("😀"), at("😀") + 1);
        assert_eq!(snap_to_words(text, s, e), (s, e));
        assert_eq!(slice(snap_to_words(text, at("ne-third"), at("ne-third") + 2)), "one");
        assert_eq!(snap_to_words(text, 3, 3), (3, 3));
    }

    #[test]
    fn reanchor_follows_the_quote_when_text_is_inserted_before_it() {
        let start = TEXT.chars().position(|c| c == 'o').unwrap();
        let mut anchor = anchor_span(TEXT, start, start + 21).unwrap();
        let edited = format!("LONDON — 😀 {TEXT}");
        assert!(anchor_problem(&edited, &anchor).is_some());
        assert_eq!(reanchor(&edited, &mut anchor), Reanchored::Moved);
        assert_eq!(anchor.start, start + "LONDON — 😀 ".chars().count());
        assert_eq!(anchor_problem(&edited, &anchor), None);
        assert_eq!(reanchor(&edited, &mut anchor), Reanchored::InPlace);
        let mut lost = anchor.clone();
        assert_eq!(reanchor("nothing here", &mut lost), Reanchored::Orphaned);
        assert_eq!(lost, anchor, "an orphaned anchor is kept as it was");
    }
}
