//! Notes at the foot of a text: an essay or a paper that gives its sources
//! and their dates only in numbered notes ("about 3,000.[6]" … "6. NIS
//! briefing to the National Assembly, 13 January 2025.") credits each
//! figure through the mark after it.
//!
//! A note's source is the first agency its line names, its date the first
//! date there that is not when a page was read ("accessed 20 Feb 2025");
//! "Ibid." repeats the note before. Marks are "[6]" or superscript digits
//! glued to the word or figure before them; a note is a line opening with
//! its number ("6.", "6)", "6 ", "[6]", "⁶") after the text's last notes
//! heading ("Notes", "Sources:", a rule of dashes); of several lines with
//! one number there, the first counts.

use super::agencies::Mention;
use super::dates::DateMention;
use super::lexicon::{Class, is_notes_heading};
use super::tokens::{Doc, Kind, is_superscript_digit};
use std::ops::Range;

/// Notes are numbered up to this; a larger number is no note's.
const MAX_NOTE: usize = 999;
/// Tokens of a note's line read for its source and date.
const NOTE_REACH: usize = 80;
/// Tokens after a figure searched for its mark: a clause's worth.
const MARK_REACH: usize = 48;
/// Marks read of one joint citation ("[2][4]").
pub(super) const MAX_JOINT: usize = 4;

/// What a note gives: the first token of its line, and the mention and
/// date (indices into the text's lists) it names first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Note {
    pub line: usize,
    pub mention: Option<usize>,
    pub date: Option<usize>,
    /// The note says its first source did not give the figure ("The JCS
    /// did not give a total; 14,000 is our sum").
    pub denies: bool,
}

/// The notes of a text, by number; empty when it marks no note.
#[derive(Debug, Default)]
pub(super) struct Notes {
    by_number: Vec<Option<Note>>,
}

/// A note's number written as a mark or at a line's start: up to three
/// ASCII digits, or superscript digits.
fn number_of(s: &str) -> Option<usize> {
    if s.is_empty() || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|&n| (1..=MAX_NOTE).contains(&n))
}

fn superscript_value(c: char) -> Option<usize> {
    match c {
        '\u{b9}' => Some(1),
        '\u{b2}' => Some(2),
        '\u{b3}' => Some(3),
        '\u{2070}'..='\u{2079}' => Some(c as usize - 0x2070),
        _ => None,
    }
}

/// Superscript digits starting at token `k`, each a token of its own: the
/// number they write and the token after them.
fn superscript_at(doc: &Doc, k: usize) -> Option<(usize, usize)> {
    let mut n = 0;
    let mut j = k;
    while j < doc.len() && j < k + 3 && (j == k || doc.glued(j)) {
        let Some(d) = doc.punct(j).filter(|&c| is_superscript_digit(c)).and_then(superscript_value) else { break };
        n = n * 10 + d;
        j += 1;
    }
    (j > k && (1..=MAX_NOTE).contains(&n)).then_some((n, j))
}

/// The note's mark at token `k`, glued to what comes before it ("4,000⁷",
/// "killed.[3]"): its number and the token after it.
pub(super) fn mark_at(doc: &Doc, k: usize) -> Option<(usize, usize)> {
    // "[4]" may stand after a space, as papers set it ("in 2024 [4]");
    // not at a line's start, where it numbers a note.
    if doc.is_punct(k, '[')
        && !doc.opens_line(k)
        && doc.is_num(k + 1)
        && doc.is_punct(k + 2, ']')
        && doc.glued(k + 1)
        && doc.glued(k + 2)
    {
        return number_of(doc.s(k + 1)).map(|n| (n, k + 3));
    }
    if !doc.glued(k) || k == 0 {
        return None;
    }
    // Not an exponent ("10⁶") nor a unit's power ("m³", "km²").
    if doc.s(k - 1) == "10" || doc.is_any(k - 1, &["m", "km", "cm", "mm", "ft", "mi", "yd", "in"]) {
        return None;
    }
    superscript_at(doc, k)
}

/// The number opening the line at token `k` as a note's, and the token
/// its text starts at: "6. NIS …", "6) NIS …", "6 NIS …", "[6] NIS …",
/// "⁶ NIS …".
fn note_number_at(doc: &Doc, k: usize) -> Option<(usize, usize)> {
    let (n, text) = if doc.is_punct(k, '[') {
        let n = number_of(doc.s(k + 1)).filter(|_| doc.is_num(k + 1) && doc.is_punct(k + 2, ']'))?;
        (n, k + 3)
    } else if doc.is_num(k) {
        let n = number_of(doc.s(k))?;
        let after =
            if doc.glued(k + 1) && doc.punct(k + 1).is_some_and(|c| matches!(c, '.' | ')')) { k + 2 } else { k + 1 };
        (n, after)
    } else {
        superscript_at(doc, k)?
    };
    // Text on the same line after a space: "6. NIS", not "6.5" or "6\n".
    let opens_text = doc.toks.get(text).is_some_and(|t| t.space() && t.newlines() == 0)
        && (doc.kind(text).is_some_and(|k| matches!(k, Kind::Word | Kind::Url)) || doc.is_punct(text, '"'));
    opens_text.then_some((n, text))
}

/// A line that heads a text's notes: "Notes", "Sources:", "References",
/// or a rule ("—", "___", "* * *"), alone on its line.
fn notes_heading_at(doc: &Doc, k: usize) -> bool {
    if !doc.opens_line(k) {
        return false;
    }
    let mut end = k + 1;
    while end < doc.len() && end < k + 8 && !doc.opens_line(end) {
        end += 1;
    }
    if !(end >= doc.len() || doc.opens_line(end)) {
        return false;
    }
    let word = doc.word(k).is_some_and(is_notes_heading) && (k + 1..end).all(|j| doc.is_punct(j, ':'));
    let rule = (k..end).all(|j| doc.punct(j).is_some_and(|c| matches!(c, '\u{2014}' | '\u{2013}' | '-' | '_' | '*')));
    word || rule
}

/// Whether the date at `d` is when a page was read or saved ("accessed 20
/// Feb 2025", "(retrieved 3 March 2025)"), not when its source spoke.
fn access_date(doc: &Doc, d: &DateMention, line_start: usize) -> bool {
    let mut k = d.toks.start;
    // Back over a bracket, a comma or an "on".
    while k > line_start && d.toks.start - k < 3 && (doc.kind(k - 1) == Some(Kind::Punct) || doc.is(k - 1, "on")) {
        k -= 1;
    }
    k > line_start && doc.is_any(k - 1, &["accessed", "retrieved", "archived", "viewed", "consulted"])
}

impl Notes {
    /// The notes of `doc`. `mentions` and `dates` are in text order; a
    /// text that marks no note has none, at the cost of one look at each
    /// token.
    pub(super) fn read(doc: &Doc, mentions: &[Mention], dates: &[DateMention]) -> Notes {
        let Some(last_mark) = (1..doc.len()).rev().find(|&k| {
            (doc.is_punct(k, '[') || doc.punct(k).is_some_and(is_superscript_digit)) && mark_at(doc, k).is_some()
        }) else {
            return Notes::default();
        };
        // The notes are the numbered lines after the text's last notes
        // heading ("Notes", "Sources:", a rule of dashes), or, without
        // one, after its last mark when nothing there says anything (a
        // citation names who spoke, it does not report them speaking): not
        // a numbered list of the body ("What we know: 1. … 2. The MoD
        // said …").
        let heading = (0..doc.len()).rev().find(|&k| notes_heading_at(doc, k)).or_else(|| {
            let speaks = (last_mark..doc.len()).any(|k| doc.has(k, Class::ReportingVerb));
            (!speaks).then_some(last_mark)
        });
        let Some(heading) = heading else { return Notes::default() };
        let mut by_number: Vec<Option<Note>> = vec![None; MAX_NOTE + 1];
        let mut previous: Option<Note> = None;
        for k in heading..doc.len() {
            if !doc.opens_line(k) {
                continue;
            }
            let Some((n, text)) = note_number_at(doc, k) else { continue };
            // The first line of each number after the heading.
            if by_number[n].is_some() {
                continue;
            }
            let mut end = text;
            while end < doc.len() && end < text + NOTE_REACH && !doc.opens_line(end) {
                end += 1;
            }
            let note = if doc.is_any(text, &["ibid", "id"]) {
                Note { line: k, ..previous.unwrap_or_default() }
            } else {
                let (mention, denies) = first_source(doc, mentions, text..end);
                Note { line: k, mention, date: first_date(doc, dates, k, text..end), denies }
            };
            by_number[n] = Some(note);
            previous = Some(note);
        }
        Notes { by_number }
    }

    /// Note `n`, when its line comes after token `mark`.
    pub(super) fn get(&self, n: usize, mark: usize) -> Option<Note> {
        self.by_number.get(n).copied().flatten().filter(|note| note.line > mark)
    }

    pub(super) fn is_empty(&self) -> bool {
        self.by_number.is_empty()
    }

    /// The notes of the first marks after token `from` in `sentence`,
    /// within a clause's reach: one, or the few of a joint citation
    /// ("[2][4]", "¹²,¹³").
    pub(super) fn after(&self, doc: &Doc, from: usize, sentence: Range<usize>) -> [Option<Note>; MAX_JOINT] {
        let mut out = [None; MAX_JOINT];
        if self.is_empty() {
            return out;
        }
        let Some(first) = first_mark(doc, from, sentence) else { return out };
        let mut k = first;
        for slot in out.iter_mut() {
            let Some((n, next)) = mark_at(doc, k) else { break };
            *slot = self.get(n, k);
            // Marks of one citation follow each other, perhaps after a comma.
            k = if doc.punct(next).is_some_and(|c| matches!(c, ',' | '\u{2d2}')) && doc.glued(next) {
                next + 1
            } else {
                next
            };
        }
        out
    }
}

/// The first note's mark after token `from` in `sentence`, within a
/// clause's reach.
pub(super) fn first_mark(doc: &Doc, from: usize, sentence: Range<usize>) -> Option<usize> {
    (from..sentence.end.min(from + MARK_REACH)).find(|&k| mark_at(doc, k).is_some())
}

/// The first mention in the note's `range`, its source, unless the note
/// says it did not give the figure ("The JCS did not give a total; 14,000
/// is the desk's sum"): then no source, and whether it was denied.
fn first_source(doc: &Doc, mentions: &[Mention], range: Range<usize>) -> (Option<usize>, bool) {
    let from = mentions.partition_point(|m| m.toks.start < range.start);
    let Some(first) = mentions.get(from).filter(|m| m.toks.start < range.end) else { return (None, false) };
    let after = first.after;
    let denied = doc.is_any(after, &["never", "declined", "declines", "refused", "refuses"])
        || doc.is_any(after, &["did", "does", "has", "have", "had", "is", "was", "would", "could"])
            && doc.is_any(after + 1, &["not", "never"]);
    if denied { (None, true) } else { (Some(from), false) }
}

/// The first date in the note's `range` that is not a page's access date.
fn first_date(doc: &Doc, dates: &[DateMention], line_start: usize, range: Range<usize>) -> Option<usize> {
    let from = dates.partition_point(|d| d.toks.start < range.start);
    (from..dates.len())
        .take_while(|&i| dates[i].toks.start < range.end)
        .find(|&i| dates[i].value.is_some() && !access_date(doc, &dates[i], line_start))
}
