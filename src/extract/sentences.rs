//! Paragraphs and sentences. A blank line always ends a paragraph; a single
//! line break ends one too in texts that never use blank lines (web copy),
//! is a soft wrap inside a long hard-wrapped line, and otherwise ends a
//! sentence (headlines, list items). Full stops after abbreviations ("U.K.",
//! "Mar.", "Dr.", "Lt.") and initials do not end a sentence.

use super::tokens::{Doc, Kind};
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub toks: Range<usize>,
    pub para: usize,
}

/// Words that take a full stop and are followed by more of the sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr",
    "Brig", "Rep", "Reps", "Sen", "Sens", "Gov", "Pres", "St", "Jr", "Sr", "Rev", "Hon", "No", "Nos", "vs", "approx",
    "est", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Fig", "Vol", "Mt",
    "Ft", "Gens", "Lieut", "Cpt", "Insp", "Supt", "Amb", "Sec", "Min", "Dept", "Univ", "cf", "ca", "al",
];

/// Sentences longer than this many tokens are cut.
const MAX_SENTENCE_TOKENS: usize = 300;

/// Hard-wrapped text keeps its lines at most this long (in characters).
const WRAP_MAX_LINE: usize = 100;
/// ... and its wrapped lines at least this long.
const WRAP_MIN_LINE: usize = 30;

fn is_abbreviation(doc: &Doc, i: usize) -> bool {
    if !doc.is_word(i) {
        return false;
    }
    let w = doc.s(i);
    // Initials and dotted abbreviations: "J.", "U.K.", "a.m.".
    if w.chars().count() == 1 {
        return true;
    }
    ABBREVIATIONS.contains(&w)
}

fn starts_list_item(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.toks.get(i) else { return false };
    match t.kind {
        Kind::Punct => !matches!(t.first, '"' | '\'' | '(' | '['),
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

/// Blocks of lines between blank lines, and whether each is hard-wrapped:
/// two or more lines, all but the last of a wrapping length, most of them
/// ending inside a sentence.
fn wrapped_blocks(text: &str) -> Vec<(usize, bool)> {
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

fn is_wrapped(lines: &[(usize, bool)]) -> bool {
    let body = &lines[..lines.len().saturating_sub(1)];
    let open = body.iter().filter(|(_, ends)| !ends).count();
    lines.len() >= 2
        && body.iter().all(|&(l, _)| (WRAP_MIN_LINE..=WRAP_MAX_LINE).contains(&l))
        && 2 * open >= body.len()
}

fn line_break(doc: &Doc, i: usize, wrapped: bool) -> Break {
    let Some(prev) = i.checked_sub(1).and_then(|p| doc.toks.get(p)) else { return Break::Paragraph };
    let after_colon = prev.kind == Kind::Punct && prev.first == ':';
    let line_start = doc.text[..prev.end].rfind('\n').map_or(0, |p| p + 1);
    let prev_is_item = starts_list_item(doc, doc.toks.partition_point(|t| t.start < line_start));
    // List items stay in the paragraph that introduces them; the first
    // line after a list starts a new one.
    if after_colon || starts_list_item(doc, i) {
        return Break::Sentence;
    }
    if prev_is_item {
        return Break::Paragraph;
    }
    if wrapped { Break::Soft } else { Break::Paragraph }
}

fn opens_sentence(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.toks.get(i) else { return true };
    match t.kind {
        Kind::Word => doc.s(i).chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()),
        Kind::Num | Kind::Handle | Kind::Hashtag | Kind::Url => true,
        Kind::Punct => !matches!(t.first, ',' | ';' | ':' | ')' | ']' | '.' | '%'),
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
    let blocks = wrapped_blocks(doc.text);
    let mut block = 0;
    let mut para = 0;
    let mut start = 0;
    let mut i = 0;
    while i < n {
        let t = doc.toks[i];
        while block + 1 < blocks.len() && blocks[block + 1].0 <= t.start {
            block += 1;
        }
        if t.newlines > 0 && i > 0 {
            let kind = if t.newlines >= 2 {
                Break::Paragraph
            } else {
                line_break(doc, i, blocks.get(block).is_some_and(|b| b.1))
            };
            if kind != Break::Soft {
                if i > start {
                    out.push(Sentence { toks: start..i, para });
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
            out.push(Sentence { toks: start..i, para });
            start = i;
        }
        if t.kind == Kind::Punct && matches!(t.first, '.' | '!' | '?' | '\u{2026}') {
            let mut k = i + 1;
            while k < n && doc.glued(k) && doc.punct(k).is_some_and(|c| closes_quote(c) || c == '.') {
                k += 1;
            }
            let boundary = k < n
                && doc.toks[k].space
                && opens_sentence(doc, k)
                && !(t.first == '.' && i > 0 && doc.glued(i) && is_abbreviation(doc, i - 1));
            if boundary {
                out.push(Sentence { toks: start..k, para });
                // A line break right after the stop is handled at `k`.
                start = k;
                i = k;
                continue;
            }
        }
        i += 1;
    }
    if start < n {
        out.push(Sentence { toks: start..n, para });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<(String, usize)> {
        let doc = Doc::new(text);
        split(&doc).iter().map(|s| (doc.text_of(s.toks.start, s.toks.end).to_string(), s.para)).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let s = sentences(
            "The U.K. Ministry of Defence said on Mar. 28 that Lt. Gen. Smith met Dr. Ahn. Roughly one-third died. U.S. officials agreed.",
        );
        assert_eq!(s.len(), 3, "{s:?}");
        assert_eq!(s[1].0, "Roughly one-third died.");
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
    }

    #[test]
    fn single_newlines_are_paragraphs_without_blank_lines() {
        let s = sentences("First line of web copy that is long enough to be wrapped.\nSecond paragraph.");
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].1, 1);
    }
}
