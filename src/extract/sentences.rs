//! Paragraphs and sentences. A blank line always ends a paragraph; a single
//! line break ends one too in texts that never use blank lines (web copy),
//! is a soft wrap inside a long hard-wrapped line, and otherwise ends a
//! sentence (headlines, list items). Full stops after abbreviations ("U.K.",
//! "Mar.", "Dr.", "Lt.") and initials do not end a sentence.

use super::lexicon;
use super::tokens::{Doc, Kind};
use std::ops::Range;

/// A sentence: its tokens and its paragraph, in 12 bytes (a text can have
/// a sentence every two bytes). Token indices fit: `Doc` keeps texts under
/// 4 GiB, so there are fewer tokens than that.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    start: u32,
    end: u32,
    para: u32,
}

impl Sentence {
    fn new(toks: Range<usize>, para: usize) -> Sentence {
        let fit = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Sentence { start: fit(toks.start), end: fit(toks.end), para: fit(para) }
    }

    /// Its tokens.
    pub fn toks(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Its paragraph's number.
    pub fn para(&self) -> usize {
        self.para as usize
    }
}

/// Sentences longer than this many tokens are cut.
pub(crate) const MAX_SENTENCE_TOKENS: usize = 300;

/// Hard-wrapped text keeps its lines at most this long (in characters).
const WRAP_MAX_LINE: usize = 100;
/// ... and its wrapped lines at least this long.
const WRAP_MIN_LINE: usize = 30;

fn is_abbreviation(doc: &Doc, i: usize) -> bool {
    if !doc.is_word(i) {
        return false;
    }
    let w = doc.s(i);
    // Initials and dotted abbreviations: "J.", "U.K.", "a.m."; not a
    // possessive's "s" ("… 1.2 times Seoul’s. The NIS …").
    if w.chars().count() == 1 {
        return !(i > 0 && doc.possessive_at(i - 1));
    }
    if lexicon::is_abbreviation(w) {
        return true;
    }
    // "pp. 3–4", pages; "rose by 0.4 pp." ends its sentence (percentage
    // points).
    // "2S19 no. 5 reclassified": "no." in lower case too, before a
    // number of three digits at most (not "The answer is no. 2024 was
    // …").
    let small_number = |k: usize| doc.is_num(k) && doc.s(k).len() <= 3;
    if w == "pp" && doc.is_num(i + 2) || (w == "no" || w == "nos") && small_number(i + 2) {
        return true;
    }
    // A title in a transcript's capitals before a name: "MAJ. GEN. LEE:",
    // "MR. KIRBY:" (while "the answer was NO." ends its sentence).
    let caps = |x: &str| x.bytes().all(|b| b.is_ascii_uppercase());
    caps(w)
        && doc.is_word(i + 2)
        && caps(doc.s(i + 2))
        && w.len() <= 5
        && lexicon::is_abbreviation(&format!("{}{}", &w[..1], w[1..].to_ascii_lowercase()))
}

/// A newsletter's "By the numbers" line: "11,000 — troops sent …", "41%
/// — …", "€1,900 – monthly pay", "3,800+ – killed", "40 per cent – …",
/// "1.2 million – …": a figure and a spaced dash at token `i`. Each is an
/// item of its own.
pub(crate) fn opens_figure_line(doc: &Doc, i: usize) -> bool {
    // A currency sign glued before the number.
    let i = if doc.punct(i).is_some_and(|c| c == '$' || c == '\u{a3}' || c == '\u{20ac}') && doc.glued(i + 1) {
        i + 1
    } else {
        i
    };
    if !doc.is_num(i) {
        return false;
    }
    let mut k = if doc.punct(i + 1).is_some_and(|c| c == '%' || c == '+') && doc.glued(i + 1) { i + 2 } else { i + 1 };
    // "1 in 3 ……": a ratio's second number.
    if doc.is(k, "in") && doc.is_num(k + 1) && doc.s(k + 1).len() <= 3 {
        k += 2;
    }
    // "per cent", "percent", "million": up to two words of the figure's own.
    while k < i + 3
        && doc.word(k).is_some_and(|w| matches!(w, "per" | "cent" | "percent") || lexicon::scale(w).is_some())
    {
        k += 1;
    }
    !doc.glued(k)
        && (doc.punct(k).is_some_and(|c| matches!(c, '\u{2014}' | '\u{2013}')) || leader_end(doc, k).is_some())
}

/// A line that opens with a short label, then a dash, then a figure that
/// ends the line, perhaps with its change in brackets: a ministry's daily
/// tally as outlets reprint it ("tanks \u{2014} 10,228 (+4)", "air defence
/// systems \u{2013} 1,090"). Each line is an item of its own, as a bullet
/// is.
///
/// Such a line stands in a run of them, or right under a lead ending in a
/// colon: a headline alone ("North Korean losses \u{2014} over 6,000
/// killed") is no item.
pub(crate) fn opens_label_figure_line(doc: &Doc, i: usize) -> bool {
    if !label_figure_shape(doc, i) {
        return false;
    }
    let after_colon = i > 0 && doc.is_punct(i - 1, ':');
    let prev_line = (i > 0).then(|| doc.line_of(i - 1).start);
    let next_line = doc.line_of(i).end;
    after_colon
        || prev_line.is_some_and(|p| label_figure_shape(doc, p))
        || next_line < doc.len() && label_figure_shape(doc, next_line)
}

/// The shape [`opens_label_figure_line`] asks of one line.
fn label_figure_shape(doc: &Doc, i: usize) -> bool {
    /// Words a label has at most ("operational-tactical UAVs" is three).
    const LABEL_WORDS: usize = 4;
    if !doc.opens_line(i) || !doc.is_word(i) {
        return false;
    }
    let mut k = i;
    let mut words = 0;
    while words <= LABEL_WORDS && k < doc.len() && !doc.opens_line(k + 1) {
        if doc.is_word(k) {
            words += 1;
        } else if !(doc.punct(k).is_some_and(|c| c == '-' || c == '/') && doc.glued(k) && doc.glued(k + 1)) {
            break;
        }
        k += 1;
    }
    // A dash set off by spaces: em, en or figure dash, or a hyphen.
    let dash = doc.punct(k).is_some_and(|c| matches!(c, '\u{2014}' | '\u{2013}' | '\u{2012}' | '-'))
        && !doc.glued(k)
        && !doc.glued(k + 1);
    // A hedge may stand before the figure ("personnel \u{2014} about
    // 950,310").
    let mut number = k + 1;
    if doc.word(number).is_some_and(|w| lexicon::hedges_ending(false, w).next().is_some())
        && !doc.opens_line(number + 1)
    {
        number += 1;
    }
    if words == 0 || words > LABEL_WORDS || !dash || !doc.is_num(number) || doc.opens_line(number) {
        return false;
    }
    // The figure's own tokens ("10,228" is one; "1.2 million" two), then
    // a bracket of signs and digits, then perhaps what it counts
    // ("persons"), then the line's end.
    let mut end = number + 1;
    while end < doc.len()
        && !doc.opens_line(end)
        && (doc.glued(end) || doc.word(end).is_some_and(|w| lexicon::scale(w).is_some()))
    {
        end += 1;
    }
    if end < doc.len() && !doc.opens_line(end) && doc.is_punct(end, '(') {
        let Some(close) = (end + 1..(end + 5).min(doc.len())).find(|&c| doc.is_punct(c, ')')) else { return false };
        if !(end + 1..close).all(|c| doc.is_num(c) || doc.punct(c).is_some_and(|p| matches!(p, '+' | '-'))) {
            return false;
        }
        end = close + 1;
    }
    if end < doc.len() && !doc.opens_line(end) && doc.is_word(end) && !doc.capitalised(end) {
        end += 1;
    }
    end >= doc.len() || doc.opens_line(end)
}

/// A leader of four dots or more at token `k`, set off by spaces, with its
/// line going on after it ("15,000 ....... troops sent"): it joins a
/// figure to its label as a dash does. The end of the dots' run, when so.
fn leader_end(doc: &Doc, k: usize) -> Option<usize> {
    let first = doc.toks.get(k)?;
    if doc.glued(k) || !doc.is_punct(k, '.') {
        return None;
    }
    let mut end = k + 1;
    while doc.glued(end) && doc.is_punct(end, '.') {
        end += 1;
    }
    let run = &doc.text[first.start()..doc.toks[end - 1].end()];
    let goes_on = doc.toks.get(end).is_some_and(|t| t.newlines() == 0);
    (run.len() >= 4 && run.bytes().all(|b| b == b'.') && goes_on).then_some(end)
}

/// "[04:12] The UK MoD update …": a show's notes, a timestamp in
/// brackets, head their line as a bullet does. Not a transcript's turn
/// ("[00:17] JUNG: …"), whose speaker's label in capitals comes next.
pub(crate) fn opens_timestamp(doc: &Doc, i: usize) -> bool {
    if !doc.is_punct(i, '[') || !doc.is_num(i + 1) || !doc.is_punct(i + 2, ':') {
        return false;
    }
    let Some(c) = (i + 4..i + 8).find(|&k| doc.is_punct(k, ']')) else { return false };
    let stamp =
        (i + 1..c).all(|k| doc.glued(k) && (doc.is_num(k) || doc.punct(k).is_some_and(|p| matches!(p, ':' | '.'))));
    let speaker_label = (c + 1..c + 12)
        .take_while(|&k| !doc.is_word(k) || !doc.s(k).chars().any(char::is_lowercase))
        .any(|k| doc.is_punct(k, ':'));
    stamp && !speaker_label
}

fn starts_list_item(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.toks.get(i) else { return false };
    match t.kind() {
        Kind::Punct if t.first() == '[' => opens_timestamp(doc, i),
        Kind::Punct => !matches!(t.first(), '"' | '\'' | '(' | '['),
        Kind::Num => doc.punct(i + 1).is_some_and(|c| matches!(c, ':' | '.' | ')')) && doc.glued(i + 1),
        _ => false,
    }
}

/// What a single line break before a token means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Break {
    /// A hard-wrapped line goes on: a space.
    Soft,
    /// A new sentence in the same paragraph (list items, a line after ":").
    Sentence,
    /// A new paragraph (web copy puts one paragraph on each line).
    Paragraph,
}

/// A line that is a capital letter alone: a typeset page's drop cap.
fn is_drop_cap(line: &str) -> bool {
    let mut chars = line.trim().chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Blocks of lines between blank lines, in order, and whether each is
/// hard-wrapped: two or more lines, all but the last of a wrapping length,
/// most of them ending inside a sentence. Reads each line once and keeps
/// only counts, so a text of a million lines costs no memory.
struct Blocks<'a> {
    text: &'a str,
    /// Where the next line starts.
    pos: usize,
    /// Where the block being read starts: after the last blank line.
    block_start: usize,
}

/// Counts over the lines of a block, and over its last line alone.
#[derive(Default)]
struct BlockLines {
    lines: usize,
    /// Lines whose length is not a wrapping length.
    unwrapped: usize,
    /// Lines that do not end a sentence.
    open: usize,
    last_unwrapped: bool,
    last_open: bool,
    /// Lines after the first that open in lower case, as a sentence
    /// running on from the line above does.
    lower_starts: usize,
    /// The last line was short and ended a sentence begun above it: a
    /// paragraph's last line if an item follows ("REF A." before "B. …"),
    /// else a heading of its own ("NIS, Jan. 9." before "Seoul's …").
    last_ends_paragraph: bool,
}

/// A line opening with an item's label: "B.", "2)", "(3)", "- ", "• ".
fn opens_item_line(line: &str) -> bool {
    let line = line.trim_start();
    let label = line.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let lettered =
        (1..=2).contains(&label) && line[label..].starts_with(['.', ')']) && line[label + 1..].starts_with(' ');
    let bracketed = line.starts_with('(') && line[1..].find(')').is_some_and(|p| (1..=3).contains(&p));
    lettered || bracketed || line.starts_with(['-', '*', '\u{2022}'])
}

impl BlockLines {
    fn add(&mut self, line: &str) {
        // A drop cap, set on a line of its own above the paragraph it opens
        // ("T" over "he trains came …"), is no line of the paragraph's.
        if self.lines == 0 && is_drop_cap(line) {
            return;
        }
        let ends_sentence = line.trim_end().ends_with(['.', '!', '?', ':', '"', '\u{201d}', '\u{2026}']);
        // Only whether the length is within bounds matters: stop counting
        // past the upper one.
        let len = line.trim_end().chars().take(WRAP_MAX_LINE + 1).count();
        // A short line that ends its sentence (a heading's "2. ENEMY
        // ACTIVITY.", a paragraph's last line) leaves a block hard-wrapped;
        // one that ends a sentence begun above waits for the next line.
        // Nor does one before an indented line, a printed column's next
        // paragraph ("summer." over "   The agency said …").
        let indented = line.starts_with("  ") && !line.trim_start().is_empty();
        if std::mem::take(&mut self.last_ends_paragraph) && !opens_item_line(line) && !indented {
            self.unwrapped += 1;
        }
        let short_stop = len < WRAP_MIN_LINE && ends_sentence;
        let after_open = self.lines > 0 && self.last_open;
        self.last_ends_paragraph = short_stop && after_open;
        self.last_unwrapped = !(WRAP_MIN_LINE..=WRAP_MAX_LINE).contains(&len) && !short_stop;
        self.last_open = !ends_sentence;
        self.lower_starts += usize::from(self.lines > 0 && line.trim_start().starts_with(char::is_lowercase));
        self.lines += 1;
        self.unwrapped += usize::from(self.last_unwrapped);
        self.open += usize::from(self.last_open);
    }

    /// Whether the lines are hard-wrapped (the last line may be short).
    fn wrapped(&self) -> bool {
        let body = self.lines.saturating_sub(1);
        let unwrapped = self.unwrapped - usize::from(self.last_unwrapped);
        let open = self.open - usize::from(self.last_open);
        // A long printed column, whose lines mostly run on in lower case,
        // may have a stray line of another length ("shipped more than"
        // before a figure set on the next): one in eight. Not a box's
        // "Strength: c. 11,000" lines, each opening on its label.
        let stray = if 2 * self.lower_starts >= body { body / 8 } else { 0 };
        self.lines >= 2 && unwrapped <= stray && 2 * open >= body
    }
}

impl<'a> Blocks<'a> {
    fn new(text: &'a str) -> Blocks<'a> {
        Blocks { text, pos: 0, block_start: 0 }
    }
}

impl Iterator for Blocks<'_> {
    /// The block's start (a byte offset) and whether it is hard-wrapped.
    type Item = (usize, bool);

    fn next(&mut self) -> Option<(usize, bool)> {
        let mut block = BlockLines::default();
        while self.pos <= self.text.len() {
            let rest = &self.text[self.pos..];
            let len = rest.find('\n').unwrap_or(rest.len());
            let line = &rest[..len];
            // Past the end once the last line (which has no '\n') is read.
            self.pos += len + 1;
            if line.trim().is_empty() {
                if block.lines > 0 {
                    let start = self.block_start;
                    self.block_start = self.pos;
                    return Some((start, block.wrapped()));
                }
                self.block_start = self.pos;
            } else {
                block.add(line);
            }
        }
        (block.lines > 0).then(|| (self.block_start, block.wrapped()))
    }
}

/// A row of cells set apart by runs of spaces: "Q4 2024      11,000".
pub(crate) fn is_spaced_row(line: &str) -> bool {
    line.trim().contains("   ")
}

/// "2024-12-23,JCS,\"more than 1,100\",1100,,killed": a row of values split
/// by commas with no space after them, three at least, not counting the
/// commas that group a number's thousands.
pub(super) fn is_csv_row(line: &str) -> bool {
    let bytes = line.as_bytes();
    // Asked of every line: the comma test comes first, and the count
    // stops at three.
    let separator = |at: usize| {
        let next = bytes.get(at + 1).copied();
        let grouping = at > 0
            && bytes[at - 1].is_ascii_digit()
            && bytes.get(at + 1..at + 4).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !bytes.get(at + 4).is_some_and(u8::is_ascii_digit);
        next.is_some_and(|n| n != b' ') && !grouping
    };
    bytes.iter().enumerate().filter(|&(at, &b)| b == b',' && separator(at)).take(3).count() == 3
}

fn line_break(doc: &Doc, i: usize, wrapped: bool) -> Break {
    let Some(prev) = i.checked_sub(1).and_then(|p| doc.toks.get(p)) else { return Break::Paragraph };
    let after_colon = prev.kind() == Kind::Punct && prev.first() == ':';
    // Each line is searched once: only the first token after a single line
    // break asks.
    let line_start = doc.text[..prev.end()].rfind('\n').map_or(0, |p| p + 1);
    let prev_first = doc.toks.partition_point(|t| t.start() < line_start);
    let prev_is_item = starts_list_item(doc, prev_first);
    // "11,000 — troops sent …" lines, unless a wrapped sentence goes on
    // with a number ("… the toll was\n2,300 — a record — and …").
    let figure_line = opens_figure_line(doc, i) && (!wrapped || opens_figure_line(doc, prev_first))
        || opens_label_figure_line(doc, i);
    // List items stay in the paragraph that introduces them; the first
    // line after a list starts a new one.
    // A table's row (cells split by tabs, or by bars: "MoD | 24 Jan |
    // 4,000 | casualties") is a unit of its own: its date cell dates its
    // figures, not the next row's.
    let prev_line = doc.text[line_start..prev.end()].trim();
    let table_row = prev_line.contains('\t') || prev_line.bytes().filter(|&b| b == b'|').count() >= 2;
    // A row of cells set apart by runs of spaces, or of comma-separated
    // values, is a record of its own: no source or date of the row above
    // carries into it.
    if is_spaced_row(prev_line) || is_csv_row(prev_line) {
        return Break::Paragraph;
    }
    // A talk page's comment ends with its writer's signature ("… 09:41, 14
    // January 2025 (UTC)"); the reply indented under it (":Support …") is
    // another writer's paragraph, not an item of a list.
    if ends_with_signature(prev_line) {
        return Break::Paragraph;
    }
    // "Source: NIS, 13 January" under a list's lines credits them: it stays
    // in their paragraph.
    let source_line = doc.source_label_at(i);
    // A line wholly in brackets ("[26.04.2025 · 13:42 MSK]", "[Photo:
    // AFP]") is a stamp or a note of its own, not the start of a sentence
    // that goes on below it.
    let bracketed =
        prev_line.starts_with('[') && prev_line.ends_with(']') && !prev_line[..prev_line.len() - 1].contains(']');
    if after_colon || starts_list_item(doc, i) || figure_line || table_row || source_line || bracketed {
        return Break::Sentence;
    }
    if prev_is_item || opens_figure_line(doc, prev_first) || opens_label_figure_line(doc, prev_first) {
        return Break::Paragraph;
    }
    // A printed column's paragraph opens indented under a line flush
    // with the column ("summer." over "   The agency said …").
    // Not a sub-item's "   (1) ENEMY LOSSES: …", nor a hanging indent's
    // next line under one that ends no sentence.
    let indented = doc.indent(i) >= 2
        && doc.indent(prev_first) == 0
        && doc.is_word(i)
        && doc.capitalised(i)
        && prev_line.ends_with(['.', '!', '?', '"', '\u{201d}']);
    if wrapped && !indented { Break::Soft } else { Break::Paragraph }
}

/// A wiki comment's signature ends `line`: the writer's name with a link
/// to their talk page, then the time stamp ("— Kim (talk) 09:41, 14
/// January 2025 (UTC)"). A news line that ends with a time in UTC ("struck
/// at 03:40 (UTC)") has no talk page before it.
pub(crate) fn ends_with_signature(line: &str) -> bool {
    const REACH: usize = 100;
    let line = line.trim_end();
    line.strip_suffix("(UTC)")
        .and_then(|rest| rest.rfind("talk").map(|at| rest.len() - at))
        .is_some_and(|from_end| from_end <= REACH)
}

/// A line break inside a caption file's cues: a new speaker (">> ANCHOR:",
/// "- Yes.", "KIM:", "Dr Lee:", "RI (translated):") opens a turn, as a paragraph does, and a
/// sound ("[music]") a sentence; any other line goes on with the sentence
/// before it.
fn caption_line_break(doc: &Doc, i: usize) -> Break {
    // Up to three capitalised words, then a colon.
    let label = (i..i + 3).take_while(|&k| doc.capitalised(k) || doc.is_punct(k, '.')).count();
    // Perhaps with a note in brackets: "RI (translated):".
    let mut colon = i + label;
    if label > 0 && doc.is_punct(colon, '(') {
        colon = (colon + 1..colon + 5).find(|&k| doc.is_punct(k, ')')).map_or(colon, |k| k + 1);
    }
    let named = label > 0 && doc.is_punct(colon, ':') && doc.capitalised(i);
    if named || doc.punct(i).is_some_and(|c| matches!(c, '>' | '-')) {
        Break::Paragraph
    } else if doc.punct(i).is_some_and(|c| matches!(c, '[' | '(')) {
        Break::Sentence
    } else {
        Break::Soft
    }
}

/// Whether the full stop at `stop`, glued to a word of three letters or
/// more or to a closing bracket, has a note's number of up to three digits
/// glued after it.
pub(crate) fn note_mark_after_stop(doc: &Doc, stop: usize) -> bool {
    let mark = stop + 1;
    stop > 0
        && doc.glued(stop)
        && doc.glued(mark)
        && doc.is_num(mark)
        && doc.s(mark).len() <= 3
        && doc.s(mark).bytes().all(|b| b.is_ascii_digit())
        && (doc.is_word(stop - 1) && doc.s(stop - 1).chars().count() > 2
            || doc.punct(stop - 1).is_some_and(|c| matches!(c, ')' | ']' | '"')))
        && !doc.glued(mark + 1)
        // A new sentence or line after it: not "\"a massacre\".23 people".
        && (mark + 1 >= doc.len() || doc.opens_line(mark + 1) || doc.capitalised(mark + 1))
}

fn opens_sentence(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.toks.get(i) else { return true };
    match t.kind() {
        Kind::Word => doc.s(i).chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()),
        Kind::Num | Kind::Handle | Kind::Hashtag | Kind::Url => true,
        Kind::Punct => !matches!(t.first(), ',' | ';' | ':' | ')' | ']' | '.' | '%'),
    }
}

fn closes_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']')
}

pub(crate) fn split(doc: &Doc) -> Vec<Sentence> {
    let n = doc.len();
    let mut out = Vec::new();
    if n == 0 {
        return out;
    }
    let mut blocks = Blocks::new(doc.text).peekable();
    let mut block: Option<(usize, bool)> = blocks.next();
    let mut para = 0;
    let mut start = 0;
    let mut i = 0;
    // The end of the last run of closing marks and full stops glued after a
    // stop: every stop inside the run ends it at the same token, so "....."
    // is read once, not once per stop.
    let mut run_end = 0;
    // Whether the run of stops being read opens its clause after a dash.
    let mut leading_ellipsis = false;
    // Whether that run is a leader between a figure and its label.
    let mut leader = false;
    while i < n {
        let t = doc.toks[i];
        if t.newlines() > 0 && i > 0 {
            let kind = if t.newlines() >= 2 {
                Break::Paragraph
            } else if doc.captions {
                caption_line_break(doc, i)
            } else {
                // The block the token is in: the last that starts at or
                // before it. Only a single line break asks, so the blocks
                // are caught up here rather than at every token.
                while let Some(next) = blocks.next_if(|b| b.0 <= t.start()) {
                    block = Some(next);
                }
                line_break(doc, i, block.is_some_and(|b| b.1))
            };
            if kind != Break::Soft {
                if i > start {
                    out.push(Sentence::new(start..i, para));
                    start = i;
                }
                if kind == Break::Paragraph {
                    para += 1;
                }
            }
        }
        // No news sentence is this long: text without stops (a table, a
        // run-on paste) is cut so every later step stays linear.
        if i - start >= MAX_SENTENCE_TOKENS {
            out.push(Sentence::new(start..i, para));
            start = i;
        }
        if t.kind() == Kind::Punct && matches!(t.first(), '.' | '!' | '?' | '\u{2026}') {
            let new_run = i >= run_end;
            let mut k = (i + 1).max(run_end);
            loop {
                // Closing marks and stops glued on, Markdown's emphasis
                // among them: a newsletter's bold lead-in, "**Seoul says
                // so.** North Korea will …".
                if k < n
                    && doc.glued(k)
                    && doc.punct(k).is_some_and(|c| closes_quote(c) || matches!(c, '.' | '*' | '_'))
                {
                    k += 1;
                } else if doc.is_punct(k, '[') && doc.glued(k) && doc.is_num(k + 1) && doc.is_punct(k + 2, ']') {
                    // A footnote's marker after the stop: "fighting.[1]".
                    k += 3;
                } else if k < n && doc.glued(k) && doc.punct(k).is_some_and(super::tokens::is_superscript_digit) {
                    // Or in superscript: "killed\".\u{2078}", "fighting.\u{b9}\u{2070}".
                    k += 1;
                } else if k == i + 1 && t.first() == '.' && note_mark_after_stop(doc, i) {
                    // Or its number glued on, as a PDF's copy gives it:
                    // "the 11th Army Corps.23 South Korea's …".
                    k += 1;
                } else {
                    break;
                }
            }
            run_end = k;
            // An ellipsis opening a clause after a dash marks words left out
            // before it, not an end: a search snippet's "13 Jan 2025 — …
            // Budanov said …". Decided at the run's first stop, for all of
            // its stops.
            if new_run {
                leading_ellipsis = !doc.glued(i)
                    && i > 0
                    && doc.punct(i - 1).is_some_and(|c| matches!(c, '\u{2014}' | '\u{2013}'))
                    && (t.first() == '\u{2026}' || k >= i + 3);
            }
            // A leader of four dots or more between the figure opening its
            // line and its label ("15,000 ....... troops sent (NIS)"), set
            // off by spaces: not an end, whatever opens the label. Decided at the
            // run's first stop, as the ellipsis is.
            if new_run {
                leader = leader_end(doc, i) == Some(k) && opens_figure_line(doc, doc.line_of(i).start);
            }
            let boundary = k < n
                && doc.toks[k].space()
                && opens_sentence(doc, k)
                && !leading_ellipsis
                && !leader
                && !(t.first() == '.' && i > 0 && doc.glued(i) && is_abbreviation(doc, i - 1));
            if boundary {
                out.push(Sentence::new(start..k, para));
                // A line break right after the stop is handled at `k`.
                start = k;
                i = k;
                continue;
            }
        }
        i += 1;
    }
    if start < n {
        out.push(Sentence::new(start..n, para));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<(String, usize)> {
        let doc = Doc::new(text);
        split(&doc).iter().map(|s| (doc.text_of(s.toks().start, s.toks().end).to_string(), s.para())).collect()
    }

    fn sentence_texts(text: &str) -> Vec<String> {
        sentences(text).into_iter().map(|s| s.0).collect()
    }

    #[test]
    fn a_leader_of_dots_joins_a_figure_to_its_label() {
        let got = sentence_texts(
            "IN FIGURES \u{1f4ca}\n  15,000 ....... North Korean troops sent (NIS)\n  1 in 3 ....... shells \u{2014} \u{201c}Korean\u{201d} (HUR)\n",
        );
        assert_eq!(
            got,
            [
                "IN FIGURES \u{1f4ca}",
                "15,000 ....... North Korean troops sent (NIS)",
                "1 in 3 ....... shells \u{2014} \u{201c}Korean\u{201d} (HUR)"
            ]
        );
        // Dots after no figure opening the line still end.
        assert_eq!(
            sentence_texts("Russia claimed 40 drones .... Kyiv said 12 hit \u{1f4a5}."),
            ["Russia claimed 40 drones ....", "Kyiv said 12 hit \u{1f4a5}."]
        );
        // An ellipsis glued to its words, or at a line's end, still ends.
        assert_eq!(sentence_texts("He paused.... Then 300 died."), ["He paused....", "Then 300 died."]);
    }

    #[test]
    fn a_footnote_marker_ends_its_sentence() {
        let got = sentence_texts("It lost 5,000.[1] The NIS said 300.[2][3] “Yes.”[4] Done 🙂");
        assert_eq!(got, ["It lost 5,000.[1]", "The NIS said 300.[2][3]", "“Yes.”[4]", "Done 🙂"]);
        // An ellipsis after a dash opens a snippet; one after words ends.
        let got = sentence_texts(
            "2 days ago \u{2014} ... Budanov said 40%. Then \u{2014}\u{a0}\u{2026} Kim said 🙂 so... Yes.",
        );
        assert_eq!(
            got,
            ["2 days ago \u{2014} ... Budanov said 40%.", "Then \u{2014}\u{a0}\u{2026} Kim said 🙂 so...", "Yes."]
        );
        // In superscript, one digit or more, after a closing quotation mark.
        let got = sentence_texts(
            "It said \u{201c}about 4,000\u{201d}.\u{2078} If so, 11,000.\u{b9}\u{2070} Yes\u{a0}\u{2014} 🙂",
        );
        assert_eq!(
            got,
            ["It said \u{201c}about 4,000\u{201d}.\u{2078}", "If so, 11,000.\u{b9}\u{2070}", "Yes\u{a0}\u{2014} 🙂"]
        );
        // A note's number glued on; not a decimal, nor "No.5".
        let got: Vec<String> = sentences(
            "Near the Army\u{a0}Corps.23 South Korea\u{2019}s NIS said 3,000. The index rose 3.24 today. See No.5 Squadron.",
        )
        .into_iter()
        .map(|s| s.0)
        .collect();
        assert_eq!(
            got,
            [
                "Near the Army\u{a0}Corps.23",
                "South Korea\u{2019}s NIS said 3,000.",
                "The index rose 3.24 today.",
                "See No.5 Squadron."
            ]
        );
    }

    #[test]
    fn a_possessive_s_ends_its_sentence_an_initial_does_not() {
        let got = sentence_texts(
            "Kyiv\u{2019}s total is 1.2\u{a0}times Seoul\u{2019}s. The NIS \u{1f50e} said so. It is London's. J. Smith agreed.",
        );
        assert_eq!(
            got,
            [
                "Kyiv\u{2019}s total is 1.2\u{a0}times Seoul\u{2019}s.",
                "The NIS \u{1f50e} said so.",
                "It is London's.",
                "J. Smith agreed."
            ]
        );
    }

    #[test]
    fn pp_ends_no_sentence_before_pages_only() {
        let got = sentence_texts("See pp. 3\u{2013}4 \u{1f4d6}. Jobs rose 0.4 pp. The office said so.");
        assert_eq!(got, ["See pp. 3\u{2013}4 \u{1f4d6}.", "Jobs rose 0.4 pp.", "The office said so."]);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let s = sentences(
            "The U.K. Ministry of Defence said on Mar. 28 that Lt. Gen. Smith met Dr. Ahn. Roughly one-third died. U.S. officials agreed.",
        );
        assert_eq!(s.len(), 3, "{s:?}");
        assert_eq!(s[1].0, "Roughly one-third died.");
        // A number's "no." in lower case, before a no-break space too;
        // "no." ending a reply still ends it.
        let s = sentences(
            "Gun no.\u{a0}5 was hit \u{1f4a5}; gun nos. 6 and 7 were not. The answer was no. Five men left. \
                          Was it before? The answer is no. 2024 was the first year.",
        );
        assert_eq!(s.len(), 6, "{s:?}");
    }

    #[test]
    fn quotes_ellipses_and_lowercase_continuations() {
        let s = sentences(
            "\u{201c}We lost 5,000,\u{201d} he said. \u{201c}Next.\u{201d} It fell\u{2026} A week later, no.",
        );
        assert_eq!(s.len(), 4, "{s:?}");
        assert_eq!(s[1].0, "\u{201c}Next.\u{201d}");
    }

    #[test]
    fn paragraphs_by_blank_lines_with_soft_wraps() {
        let text = "Headline here\n\nA long line that was wrapped by the writer at about seventy\ncolumns continues here. Next one.\n\nList:\n- one item\n- two";
        let s = sentences(text);
        assert_eq!(s[0], ("Headline here".to_string(), 0));
        assert!(s[1].0.ends_with("continues here."), "{s:?}");
        assert_eq!(s[2].1, 1);
        assert_eq!(s[3], ("List:".to_string(), 2));
        assert_eq!(s[4], ("- one item".to_string(), 2));
        // A short heading that ends its sentence, and a short last line,
        // leave the lines between hard-wrapped.
        let text = "2. ENEMY ACTIVITY.\nA. DPRK INFANTRY ATTACKED THE POSITIONS OF THE 2ND BN, SOME\n\
                    200\u{2013}300 STRONG \u{1f4a5}, IN DAYLIGHT AND WITHOUT COVER, AND WAS\nREPULSED.\nB. NO CHANGE.";
        let s = sentence_texts(text);
        assert_eq!(s[..2], ["2.", "ENEMY ACTIVITY."]);
        assert!(s[2].starts_with("A. DPRK") && s[2].ends_with("WAS\nREPULSED."), "{s:?}");
        // A short line after one going on, and no item after it, is a
        // heading of its own: the lines are not joined.
        let text = "HUR, Jan. 3.\nThe agency put Russian losses in Kursk at 4,000 in\nthe first month of fighting, a figure disputed by others\n\
                    NIS, Jan. 9.\nSeoul\u{2019}s spy agency gave a lower toll of 1,100 dead in\nits briefing to lawmakers \u{1f4dd}\n";
        let s = sentence_texts(text);
        assert!(s.contains(&"NIS, Jan. 9.".to_string()), "{s:?}");
    }

    /// The blocks as they were found before `Blocks` read them one at a
    /// time: every line kept, then judged.
    fn blocks_by_lines(text: &str) -> Vec<(usize, bool)> {
        let is_wrapped = |lines: &[(usize, bool)]| {
            let body = &lines[..lines.len().saturating_sub(1)];
            let open = body.iter().filter(|(_, ends)| !ends).count();
            lines.len() >= 2
                && body.iter().all(|&(l, _)| (WRAP_MIN_LINE..=WRAP_MAX_LINE).contains(&l))
                && 2 * open >= body.len()
        };
        let mut out = Vec::new();
        let mut block_start = 0;
        let mut lines: Vec<(usize, bool)> = Vec::new();
        let mut offset = 0;
        for line in text.split('\n') {
            if line.trim().is_empty() {
                if !lines.is_empty() {
                    out.push((block_start, is_wrapped(&lines)));
                    lines.clear();
                }
                block_start = offset + line.len() + 1;
            } else {
                let ends_sentence = line.trim_end().ends_with(['.', '!', '?', ':', '"', '\u{201d}', '\u{2026}']);
                lines.push((line.chars().count(), ends_sentence));
            }
            offset += line.len() + 1;
        }
        if !lines.is_empty() {
            out.push((block_start, is_wrapped(&lines)));
        }
        out
    }

    #[test]
    fn blocks_are_found_one_at_a_time() {
        let wrapped = "A long line that was wrapped by the writer at about seventy\ncolumns continues here and\nends.";
        let long = "x".repeat(150);
        for text in [
            "",
            "\n",
            "one line",
            "one line\n",
            "\n\n  \nafter blank lines\n \t\nand\n\n",
            wrapped,
            &format!("{wrapped}\n\n{wrapped}\n\nshort\nlines.\n\n{long}\n{long}"),
            &format!("Head\n\n{}", wrapped.replace('\n', "\n  \n")),
            "\u{201c}Quote that goes on for a while and then some more,\u{201d}\nand so on and so forth for a line\nlast",
        ] {
            assert_eq!(Blocks::new(text).collect::<Vec<_>>(), blocks_by_lines(text), "{text:?}");
        }
    }

    #[test]
    fn runs_of_stops_end_one_sentence() {
        let s = sentences("Really?!\u{201d}.. Yes. Fine\u{2026}\u{2026}\u{2026} Done");
        assert_eq!(
            s.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(),
            ["Really?!\u{201d}..", "Yes.", "Fine\u{2026}\u{2026}\u{2026}", "Done"]
        );
        // A stop and a long run of them: one sentence, read once.
        let text = format!("It fell{} Then", ".".repeat(10_000));
        assert_eq!(sentences(&text).len(), 2);
    }

    #[test]
    fn a_bold_lead_in_closing_after_its_stop_is_its_own_sentence() {
        let s = sentences(
            "**Seoul\u{a0}says so.** About 6,000 \u{2014} \u{2615} went, it said. __Kyiv\u{2019}s count!__ Then",
        );
        assert_eq!(
            s.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(),
            [
                "**Seoul\u{a0}says so.**",
                "About 6,000 \u{2014} \u{2615} went, it said.",
                "__Kyiv\u{2019}s count!__",
                "Then"
            ]
        );
    }

    #[test]
    fn a_wrapped_sentence_going_on_with_a_number_is_one_sentence() {
        let text = "\tThe Pentagon said on Monday, after a long week of talks, that the toll was\n\
                    2,300 \u{2014} a record \u{2014} and that more had been captured than before.\n";
        assert_eq!(sentences(text).len(), 1, "{:?}", sentences(text));
    }

    /// A drop cap on its own line does not unwrap the paragraph it opens.
    #[test]
    fn a_drop_cap_line_keeps_its_paragraph_wrapped() {
        let text = "T\n\
                    he trains came at night \u{2014} \u{201c}quietly\u{201d} \u{1f686} \u{2014} and the\n\
                    Pentagon counted, by the third of the month, some\n\
                    10\u{a0}000 of them in Kursk by the end of the month, it said.\n";
        assert_eq!(sentences(text).len(), 1, "{:?}", sentences(text));
        // A word, not a letter, above the lines is a short line of the
        // block: the block is not read as wrapped, each line its own.
        let text = text.replacen("T\n", "Trains\n", 1);
        assert_eq!(sentences(&text).len(), 4, "{:?}", sentences(&text));
    }

    #[test]
    fn each_row_of_a_table_is_a_sentence() {
        let s =
            sentences("Source\tDate\tWounded\nNIS\t13 Jan 2025\tc.\u{a0}3,000\nMoD\t24 Jan 2025\t4,000 \u{2014} 🩹\n");
        assert_eq!(s.len(), 3, "{s:?}");
        assert!(s.iter().all(|x| x.1 == s[0].1), "one paragraph: {s:?}");
        // Cells split by bars, a column of words last: rows long enough to
        // look like hard-wrapped prose.
        let s = sentences(
            "Source | Date | Figure | What is counted\n\
             UK Ministry of Defence | 24 Jan 2025 | c.\u{a0}4,000 | casualties of the war (c. 1,000 killed)\n\
             South Korean JCS | 27 Mar 2025 | about 4,000 | killed or wounded \u{2014} 🪖 in all\n",
        );
        assert_eq!(s.len(), 3, "{s:?}");
    }

    #[test]
    fn each_row_of_cells_set_apart_by_spaces_or_commas_is_a_paragraph() {
        let s = sentences(
            "As of          Killed and wounded    Source\n\
             18 Dec 2024    over 1,000            DI update \u{1f4c4}\n\
             27 Jan 2025    3,000\u{2011}plus           DI\u{a0}update\n",
        );
        assert_eq!(s.len(), 3, "{s:?}");
        assert!(s[0].1 != s[1].1 && s[1].1 != s[2].1, "a paragraph each: {s:?}");
        let s = sentences(
            "date,source,figure_text,low\n\
             2024-12-23,JCS,\"more than 1,100\",1100\n\
             2025-01-13,NIS,\"around 3,000 \u{2014} \u{201c}rough\u{201d}\",3000\n",
        );
        assert_eq!(s.len(), 3, "{s:?}");
        // Prose whose lines hold numbers grouped by commas, or lists with a
        // space after each comma, is wrapped as before.
        assert!(!is_csv_row("The toll rose to 1,100, then 3,000,and 4,000 by spring."));
        assert!(!is_csv_row("Kyiv, Seoul, London, Washington and Tokyo"));
        assert!(is_csv_row("1,2024-12-17,Desk,\"Up to 12,000\",12000"));
    }

    #[test]
    fn a_show_note_s_timestamp_opens_an_item_and_a_transcript_s_turn_does_not() {
        let at = |text: &str| opens_timestamp(&Doc::new(text), 0);
        assert!(at("[04:12] The update \u{2014} 5,000 🎧"));
        assert!(at("[1:02:03] Listener questions"));
        assert!(!at("[00:17] JUNG: A few hours ago"));
        assert!(!at("[01:55] LEE HWA-SUN (ANALYST): You have to"));
        assert!(!at("[3] Interview with an official"));
        assert!(!at("[04:12 The update"));
    }

    #[test]
    fn a_label_a_dash_and_a_figure_ending_the_line_is_an_item_line() {
        let at = |text: &str| opens_label_figure_line(&Doc::new(text), 0);
        let run = |line: &str| at(&format!("{line}\nMLRS \u{2014} 1,291"));
        assert!(run("tanks \u{2014} 10,228 (+4)"));
        assert!(run("operational-tactical UAVs \u{2013} 27,212"));
        assert!(run("air defence systems \u{2014} 1.2\u{a0}million"));
        assert!(run("personnel \u{2012} about 950,310 (+1,310) persons"));
        assert!(run("tanks - 10,228"));
        // Under a lead's colon, one line is enough.
        let doc = Doc::new("Losses \u{1f4c9}:\ntanks \u{2014} 10,228");
        assert!(opens_label_figure_line(&doc, doc.toks.iter().position(|t| t.newlines() > 0).unwrap()));
        // A line alone (a headline), a sentence going on after the figure,
        // a long label, no dash, a hyphen glued to a word.
        assert!(!at("North Korean losses \u{2014} over 6,000 killed\n\nThe ministry said"));
        assert!(!run("The toll \u{2014} 4,000 \u{2014} was a record \u{1f4c8}"));
        assert!(!run("the number of North Korean troops sent \u{2014} 11,000"));
        assert!(!run("tanks 10,228"));
        assert!(!run("tanks -10,228"));
    }

    #[test]
    fn a_signed_comment_ends_its_paragraph_before_an_indented_reply() {
        // Lines short enough to read as hard-wrapped, so only the
        // signature tells where one writer stops.
        let s = sentences(
            "Seoul\u{2019}s \u{201c}about 3,000\u{201d} is the best figure we have \u{1f44d} \u{2014}\n\
             Kim (talk) 09:41, 14 January 2025 (UTC)\n\
             :Support, but 300\u{a0}dead and 2,700 wounded should be split in the box.\n",
        );
        let reply = s.iter().find(|x| x.0.starts_with(":Support")).expect("the reply");
        assert_ne!(reply.1, s[0].1, "{s:?}");
        // A news line that ends with a time in UTC goes on.
        let s = sentences(
            "On Tuesday the first missiles struck Kyiv at 03:40 (UTC)\n\
             and the MoD said 14 drones \u{2014} 🚀 \u{2014} were downed.\n",
        );
        assert!(s.iter().all(|x| x.1 == s[0].1), "{s:?}");
        // Without a signature an indented line stays in its paragraph.
        let s = sentences("The figures as given:\n:Seoul \u{2014} about 3,000\n:Kyiv \u{2014} nearly 4,000\n");
        assert!(s.iter().all(|x| x.1 == s[0].1), "{s:?}");
    }

    #[test]
    fn single_newlines_are_paragraphs_without_blank_lines() {
        let s = sentences("First line of web copy that is long enough to be wrapped.\nSecond paragraph.");
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].1, 1);
    }
}
