//! Anchoring claims in article text: a position selector plus a quote
//! selector, so a claim can be found again when the text changes.
//!
//! The record and its two rules (building an anchor from a span, checking
//! it still reads its quote) live in `model` with `Anchor`; this module
//! finds anchors again after a text changes and snaps selections to words.

use crate::model::text::byte_offset;
use crate::model::{Anchor, AnchorProblem};
use std::collections::HashMap;

mod myers;
mod replace;

pub use replace::{ReplaceSummary, replace_article_text};

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
    /// The quote was reworded; the closest wording (at most half the
    /// quote's length in edits) became the new quote.
    Approximate,
    /// The quote was not found; the claim is orphaned and kept as it was.
    Orphaned,
}

/// Finds `anchor` again in `text`, updating its positions, quote and
/// context: position first, then the verbatim quote, then an approximate
/// match (see [`Target::reanchor`]). An orphaned anchor is left as it was.
pub fn reanchor(text: &str, anchor: &mut Anchor) -> Reanchored {
    let expected = anchor.start;
    Target::new(text).reanchor(anchor, expected)
}

/// Re-anchors many anchors of one article in its new `text`, preparing the
/// text once. Anchors are visited in the order of their old positions and
/// each one is expected where the one before it moved to (an insertion
/// shifts everything after it), so the search starts at the right place.
/// Returns how each one went, in the order given.
pub fn reanchor_all(text: &str, anchors: &mut [&mut Anchor]) -> Vec<Reanchored> {
    let target = Target::new(text);
    let mut order: Vec<usize> = (0..anchors.len()).collect();
    order.sort_by_key(|&i| (anchors[i].start, anchors[i].end));
    let mut results = vec![Reanchored::Orphaned; anchors.len()];
    let mut shift: i64 = 0;
    for i in order {
        let old = anchors[i].start;
        let expected = (old as i64 + shift).clamp(0, target.chars.len() as i64) as usize;
        let result = target.reanchor(anchors[i], expected);
        if result != Reanchored::Orphaned {
            shift = anchors[i].start as i64 - old as i64;
        }
        results[i] = result;
    }
    results
}

/// A new text prepared for re-anchoring: its code points and where each
/// starts in bytes.
pub struct Target<'a> {
    text: &'a str,
    chars: Vec<char>,
    /// The byte offset of each code point, then `text.len()`.
    bytes: Vec<usize>,
}

/// An approximate search compares the context of at most this many
/// places the quote may now be (the runs of end positions within reach,
/// fewest edits and nearest first), of this many ends in each, and of this
/// many starts for each end, so a short quote that matches everywhere
/// costs a bounded amount beyond the search itself.
const RUNS_COMPARED: usize = 16;
const ENDS_PER_RUN: usize = 8;
const STARTS_PER_END: usize = 16;
/// The longest quote (in code points) searched for approximately: the
/// search costs the text's length times a 64th of the quote's, and placing
/// a match the square of the quote's, so a quote of a whole page (from a
/// hand-edited project file) is only looked for verbatim.
pub const MAX_APPROXIMATE_QUOTE: usize = 512;

/// How an approximate match ranks: its edits counting the context, its
/// quote's own edits, its distance from where it was expected.
type Score = (usize, usize, usize);

/// Code points of text beyond the old context's length it is compared with.
const CONTEXT_SLACK: usize = 8;

impl<'a> Target<'a> {
    pub fn new(text: &'a str) -> Target<'a> {
        let mut chars = Vec::with_capacity(text.len());
        let mut bytes = Vec::with_capacity(text.len() + 1);
        for (b, c) in text.char_indices() {
            chars.push(c);
            bytes.push(b);
        }
        bytes.push(text.len());
        Target { text, chars, bytes }
    }

    /// Whether `quote` sits at `start`.
    fn quote_at(&self, quote: &[char], start: usize) -> bool {
        self.chars.get(start..start + quote.len()) == Some(quote)
    }

    /// How many of the prefix and suffix (0, 1 or 2) differ from the text
    /// around `start..end`.
    fn context_miss(&self, anchor: &Anchor, start: usize, end: usize) -> usize {
        let before = &self.text[..self.bytes[start]];
        let after = &self.text[self.bytes[end]..];
        usize::from(!before.ends_with(anchor.prefix.as_str())) + usize::from(!after.starts_with(anchor.suffix.as_str()))
    }

    /// Points `anchor` at `start..end` with fresh quote and context, as
    /// [`Anchor::from_span`] builds them but in time proportional to the
    /// span (the byte offsets are known), so re-anchoring a thousand claims
    /// does not walk the text a thousand times.
    fn set(&self, anchor: &mut Anchor, start: usize, end: usize) -> bool {
        let n = self.chars.len();
        if start >= end || end > n {
            return false;
        }
        let slice = |from: usize, to: usize| self.text[self.bytes[from]..self.bytes[to]].to_owned();
        *anchor = Anchor {
            start,
            end,
            exact: slice(start, end),
            prefix: slice(start.saturating_sub(Anchor::CONTEXT_CHARS), start),
            suffix: slice(end, (end + Anchor::CONTEXT_CHARS).min(n)),
        };
        true
    }

    /// Finds `anchor` again in this text, expecting it near `expected`:
    ///
    /// 1. *Position*: the quote still at its old place, with its context
    ///    → [`Reanchored::InPlace`].
    /// 2. The quote with its context at `expected` → [`Reanchored::Moved`].
    /// 3. The quote at its old place, context changed → `InPlace`.
    /// 4. *Exact*: every verbatim occurrence, the best by matching
    ///    context, then nearness to `expected` → `Moved`.
    /// 5. *Approximate*: bit-parallel Myers over code points with at most
    ///    quote-length/2 edits; fewest edits first, ties broken by how
    ///    alike the prefix and suffix are, then nearness → the quote
    ///    becomes the new wording, [`Reanchored::Approximate`]. Quotes
    ///    longer than [`MAX_APPROXIMATE_QUOTE`] are not searched this way.
    ///
    /// Otherwise [`Reanchored::Orphaned`], the anchor unchanged.
    pub fn reanchor(&self, anchor: &mut Anchor, expected: usize) -> Reanchored {
        let quote: Vec<char> = anchor.exact.chars().collect();
        if quote.is_empty() {
            return Reanchored::Orphaned;
        }
        let n = self.chars.len();
        let fits = |start: usize| start + quote.len() <= n;
        let old = anchor.start;
        let at_old = fits(old) && self.quote_at(&quote, old);
        if at_old && self.context_miss(anchor, old, old + quote.len()) == 0 {
            self.set(anchor, old, old + quote.len());
            return Reanchored::InPlace;
        }
        if expected != old
            && fits(expected)
            && self.quote_at(&quote, expected)
            && self.context_miss(anchor, expected, expected + quote.len()) == 0
            && self.set(anchor, expected, expected + quote.len())
        {
            return Reanchored::Moved;
        }
        if at_old {
            self.set(anchor, old, old + quote.len());
            return Reanchored::InPlace;
        }
        let mut best: Option<((usize, usize), usize)> = None;
        for (byte, _) in self.text.match_indices(anchor.exact.as_str()) {
            let start = self.bytes.partition_point(|&b| b < byte);
            let score = (self.context_miss(anchor, start, start + quote.len()), start.abs_diff(expected));
            if best.is_none_or(|(b, _)| score < b) {
                best = Some((score, start));
            }
        }
        if let Some((_, start)) = best
            && self.set(anchor, start, start + quote.len())
        {
            return Reanchored::Moved;
        }
        let span = self
            .approximate(anchor, &quote, expected)
            .map(|(start, end)| snap_chars_to_words(&self.chars, start, end))
            .filter(|&(start, end)| shares_enough_words(&quote, &self.chars[start..end]));
        match span {
            Some((start, end)) if self.set(anchor, start, end) => Reanchored::Approximate,
            _ => Reanchored::Orphaned,
        }
    }

    /// The span of the best approximate match of `quote`, if any is within
    /// quote-length/2 edits. Each candidate span is scored by its edits
    /// plus the edits between the old prefix and suffix and the text around
    /// it, so a reworded quote keeps its whole first and last words rather
    /// than the few edits fewer a shaved span would cost; ties go to the
    /// span with fewer edits of its own, then to the one nearest
    /// `expected`.
    fn approximate(&self, anchor: &Anchor, quote: &[char], expected: usize) -> Option<(usize, usize)> {
        let k = quote.len() / 2;
        if k == 0 || quote.len() > MAX_APPROXIMATE_QUOTE {
            return None;
        }
        let pattern = myers::Pattern::new(quote);
        // Every end within k edits, and the runs of consecutive ones.
        let mut hits: Vec<(usize, usize)> = Vec::new();
        let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
        myers::search(&pattern, &self.chars, k, |end, edits| {
            match runs.last_mut() {
                Some(run) if hits.last().is_some_and(|&(e, _)| e + 1 == end) => run.end += 1,
                _ => runs.push(hits.len()..hits.len() + 1),
            }
            hits.push((end, edits));
        });
        let best_of = |run: &std::ops::Range<usize>| {
            hits[run.clone()].iter().copied().min_by_key(|&(e, d)| (d, e)).unwrap_or((0, 0))
        };
        runs.sort_by_cached_key(|run| {
            let (end, edits) = best_of(run);
            (edits, end.saturating_sub(quote.len()).abs_diff(expected))
        });
        runs.truncate(RUNS_COMPARED);
        // The context is compared outwards from the span, against a little
        // more text than it holds, so context that grew or shrank by a few
        // code points costs only those.
        let prefix_reversed: Vec<char> = anchor.prefix.chars().rev().collect();
        let suffix: Vec<char> = anchor.suffix.chars().collect();
        let n = self.chars.len();
        let mut prefix_edits: HashMap<usize, usize> = HashMap::new();
        // (edits with context, edits of the quote, distance), span.
        let mut best: Option<(Score, (usize, usize))> = None;
        for run in &runs {
            let (best_end, fewest) = best_of(run);
            let mut ends: Vec<usize> =
                hits[run.clone()].iter().filter(|&&(_, d)| d <= fewest + 2).map(|&(e, _)| e).collect();
            ends.sort_by_key(|&e| e.abs_diff(best_end));
            ends.truncate(ENDS_PER_RUN);
            for end in ends {
                if best.is_some_and(|((total, _, _), _)| fewest > total) {
                    continue;
                }
                let after = &self.chars[end..(end + suffix.len() + CONTEXT_SLACK).min(n)];
                let suffix_edits = myers::distance_to_a_start(&suffix, after);
                let starts = myers::starts(quote, &self.chars, end, k);
                let least = starts.first().map_or(0, |s| s.1);
                for (start, edits) in starts.into_iter().filter(|&(_, d)| d <= least + 4).take(STARTS_PER_END) {
                    if best.is_some_and(|((total, _, _), _)| edits + suffix_edits > total) {
                        continue;
                    }
                    let prefix = *prefix_edits.entry(start).or_insert_with(|| {
                        let from = start.saturating_sub(prefix_reversed.len() + CONTEXT_SLACK);
                        let before: Vec<char> = self.chars[from..start].iter().rev().copied().collect();
                        myers::distance_to_a_start(&prefix_reversed, &before)
                    });
                    let score = (edits + suffix_edits + prefix, edits, start.abs_diff(expected));
                    if best.is_none_or(|(b, _)| score < b) {
                        best = Some((score, (start, end)));
                    }
                }
            }
        }
        best.map(|(_, span)| span)
    }
}

/// Whether an approximate match keeps at least half of the quote's words
/// (case-folded). Half the characters may change, but a deleted sentence
/// must not land on an unrelated one of similar letters ("A quarter of
/// them were killed" on "t shares of the same force"); a reworded figure
/// keeps its words around the number ("over 5,000" → "over 5,500"), and
/// a changed number still counts as the number.
fn shares_enough_words(old: &[char], new: &[char]) -> bool {
    let words = |chars: &[char]| -> Vec<String> {
        chars
            .split(|c| !(c.is_alphanumeric() || matches!(c, ',' | '.' | '\'' | '’' | '-')))
            .map(|w| w.iter().collect::<String>().trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let old_words = words(old);
    let new_words: std::collections::HashSet<String> = words(new).into_iter().collect();
    // The figure is what a newer version most often changes: a number
    // counts as kept when the new span still gives a number.
    let numeric = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    let new_has_number = new_words.iter().any(|w| numeric(w));
    let kept = old_words.iter().filter(|w| new_words.contains(*w) || (numeric(w) && new_has_number)).count();
    kept * 2 >= old_words.len() && kept > 0
}

/// [`snap_to_words`] over code points already collected.
fn snap_chars_to_words(chars: &[char], start: usize, end: usize) -> (usize, usize) {
    let (mut start, mut end) = (start.min(chars.len()), end.min(chars.len()));
    if start >= end {
        return (start, end);
    }
    let word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
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

/// Widens the code-point span `start..end` so it neither starts nor ends in
/// the middle of a word (or of a number such as "4,000" or "1.5"): a mouse
/// selection that caught "ore than 5,00" becomes "more than 5,000".
pub fn snap_to_words(text: &str, start: usize, end: usize) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    snap_chars_to_words(&chars, start, end)
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

    fn span_of(text: &str, needle: &str) -> (usize, usize) {
        let byte = text.find(needle).unwrap();
        let start = text[..byte].chars().count();
        (start, start + needle.chars().count())
    }

    #[test]
    fn a_reworded_quote_with_curly_quotes_and_no_break_spaces_is_found_approximately() {
        let old = "Kyiv 😀 — The ministry said “over 5,000\u{a0}North Korean troops” were killed or wounded.";
        // Straight quotes for curly ones, a plain space for the no-break
        // space, 5,300 for 5,000, and an emoji inserted before.
        let new = "Kyiv 😀🇺🇦 — The ministry said \"over 5,300 North Korean troops\" were killed or wounded.";
        let (s, e) = span_of(old, "“over 5,000\u{a0}North Korean troops”");
        let mut anchor = anchor_span(old, s, e).unwrap();
        assert_eq!(reanchor(new, &mut anchor), Reanchored::Approximate);
        assert_eq!(anchor.exact, "\"over 5,300 North Korean troops\"", "the quote follows the new wording");
        assert_eq!((anchor.start, anchor.end), span_of(new, "\"over 5,300 North Korean troops\""));
        assert_eq!(anchor_problem(new, &anchor), None);
        assert!(anchor.prefix.ends_with("ministry said "), "{:?}", anchor.prefix);
    }

    #[test]
    fn emoji_count_as_one_code_point_each_when_reanchoring_approximately() {
        let old = "🇬🇧 UK: “nearly half” 😀😀 of the 11,000\u{a0}soldiers were lost, it said.";
        let new = "😀 🇬🇧 UK: “almost half” 😀😀 of the 11,000\u{a0}soldiers were lost, it said.";
        let (s, e) = span_of(old, "“nearly half” 😀😀 of the 11,000\u{a0}soldiers");
        let mut anchor = anchor_span(old, s, e).unwrap();
        assert_eq!(reanchor(new, &mut anchor), Reanchored::Approximate);
        assert_eq!(anchor.exact, "“almost half” 😀😀 of the 11,000\u{a0}soldiers");
        assert_eq!(anchor.start, span_of(new, "“almost").0);
        assert_eq!(anchor.start, s + 2, "two code points were inserted before it");
    }

    #[test]
    fn a_deleted_sentence_is_orphaned_not_moved_onto_similar_letters() {
        let old = "Pyongyang — “A quarter of them were killed,” it said.\u{a0}Others share of the same force 😀.";
        let new = "Pyongyang — it said.\u{a0}Others that shares of the same force 😀.";
        let (s, e) = span_of(old, "A quarter of them were killed");
        let mut anchor = anchor_span(old, s, e).unwrap();
        assert_eq!(reanchor(new, &mut anchor), Reanchored::Orphaned);
        assert_eq!(anchor.exact, "A quarter of them were killed", "an orphan keeps its quote");
        // Reworded, it is found, and the span never starts inside a word.
        let reworded = "Pyongyang — “A quarter of the men were killed,” it said.";
        let mut anchor = anchor_span(old, s, e).unwrap();
        assert_eq!(reanchor(reworded, &mut anchor), Reanchored::Approximate);
        assert_eq!(anchor.exact, "A quarter of the men were killed");
    }

    #[test]
    fn ties_go_to_the_matching_context_then_to_the_nearest_place() {
        // The reworded figure appears twice; the context picks the second.
        let old = "Seoul said 4,000 were killed. Kyiv said 4,000 were wounded — 😀.";
        let new = "Seoul said 4,100 were killed. Kyiv said 4,100 were wounded — 😀.";
        let (s, e) = span_of(old, "Kyiv said 4,000");
        let mut anchor = anchor_span(old, s + 10, e).unwrap();
        assert_eq!(anchor.exact, "4,000");
        assert_eq!(reanchor(new, &mut anchor), Reanchored::Approximate);
        assert_eq!(anchor.start, s + 10);
        assert_eq!(anchor.exact, "4,100");
        // Without context, the nearer one wins.
        let mut bare =
            Anchor { start: 12, end: 17, exact: "4,000".into(), prefix: String::new(), suffix: String::new() };
        assert_eq!(reanchor(new, &mut bare), Reanchored::Approximate);
        assert_eq!(bare.start, 11);
    }

    #[test]
    fn more_than_half_the_quote_changed_is_orphaned_and_kept() {
        let old = "The toll rose to “about 4,000” 😀, officials said.";
        let new = "Officials declined to comment 😀.";
        let (s, e) = span_of(old, "“about 4,000”");
        let mut anchor = anchor_span(old, s, e).unwrap();
        let before = anchor.clone();
        assert_eq!(reanchor(new, &mut anchor), Reanchored::Orphaned);
        assert_eq!(anchor, before);
    }

    #[test]
    fn many_anchors_follow_an_insertion_and_keep_their_order() {
        let old: String = (0..50).map(|i| format!("Item {i}: “{} killed”\u{a0}😀. ", i * 10)).collect();
        let new = format!("UPDATE 🇬🇧 — revised.\n{}", old.replace("“250 killed”", "“260 killed”"));
        let mut anchors: Vec<Anchor> = (0..50)
            .map(|i| {
                let (s, e) = span_of(&old, &format!("“{} killed”", i * 10));
                anchor_span(&old, s, e).unwrap()
            })
            .collect();
        let mut refs: Vec<&mut Anchor> = anchors.iter_mut().collect();
        let results = reanchor_all(&new, &mut refs);
        assert_eq!(results.iter().filter(|r| **r == Reanchored::Moved).count(), 49);
        assert_eq!(results[25], Reanchored::Approximate);
        assert_eq!(anchors[25].exact, "“260 killed”");
        assert!(anchors.iter().all(|a| anchor_problem(&new, a).is_none()));
        assert!(anchors.windows(2).all(|w| w[0].start < w[1].start));
    }

    #[test]
    fn a_target_builds_the_same_anchor_as_the_record_does() {
        let target = Target::new(TEXT);
        let n = TEXT.chars().count();
        for (start, end) in [(0, 3), (5, 40), (n - 4, n), (30, 31)] {
            let mut anchor =
                Anchor { start: 0, end: 0, exact: String::new(), prefix: String::new(), suffix: String::new() };
            assert!(target.set(&mut anchor, start, end));
            assert_eq!(Some(anchor), anchor_span(TEXT, start, end));
        }
        let mut anchor = anchor_span(TEXT, 0, 3).unwrap();
        assert!(!target.set(&mut anchor, 3, 3) && !target.set(&mut anchor, n, n + 1));
    }

    #[test]
    fn a_quote_longer_than_the_approximate_limit_is_only_found_verbatim() {
        let quote = "😀 “over 5,000” casualties, the ministry said. ".repeat(20);
        let old = format!("Intro. {quote}Outro.");
        let start = "Intro. ".chars().count();
        let mut anchor = anchor_span(&old, start, start + quote.chars().count()).unwrap();
        assert!(anchor.exact.chars().count() > MAX_APPROXIMATE_QUOTE);
        let moved = format!("New intro 🇬🇧. {quote}Outro.");
        assert_eq!(reanchor(&moved, &mut anchor), Reanchored::Moved);
        let reworded = moved.replacen("5,000", "5,300", 1);
        assert_eq!(reanchor(&reworded, &mut anchor), Reanchored::Orphaned);
    }
}
