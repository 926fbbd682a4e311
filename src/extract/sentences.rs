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

/// Lines shorter than this are never soft-wrapped continuations.
const WRAP_MIN_LINE: usize = 50;

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

/// Where the line holding byte `at` starts.
fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |p| p + 1)
}

fn starts_list_item(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.toks.get(i) else { return false };
    match t.kind {
        Kind::Punct => !matches!(t.first, '"' | '\'' | '(' | '['),
        Kind::Num => doc.punct(i + 1).is_some_and(|c| matches!(c, ':' | '.' | ')')) && doc.glued(i + 1),
        _ => false,
    }
}

/// A single line break before token `i` that only wraps a long line.
fn is_soft_wrap(doc: &Doc, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| doc.toks.get(p)) else { return false };
    let start = line_start(doc.text, prev.end);
    let line = &doc.text[start..prev.end];
    if line.chars().count() < WRAP_MIN_LINE || prev.first == ':' && prev.kind == Kind::Punct {
        return false;
    }
    !starts_list_item(doc, i)
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
    let blank_lines = doc.toks.iter().any(|t| t.newlines >= 2);
    let mut para = 0;
    let mut start = 0;
    let mut i = 0;
    while i < n {
        let t = doc.toks[i];
        if i > start && t.newlines > 0 {
            let new_para = t.newlines >= 2 || !blank_lines;
            if new_para || !is_soft_wrap(doc, i) {
                out.push(Sentence { toks: start..i, para });
                start = i;
                if new_para {
                    para += 1;
                }
            }
        }
        if t.kind == Kind::Punct && matches!(t.first, '.' | '!' | '?' | '\u{2026}') {
            let mut k = i + 1;
            while k < n && doc.glued(k) && doc.punct(k).is_some_and(|c| closes_quote(c) || c == '.') {
                k += 1;
            }
            let boundary = k < n
                && doc.toks[k].space
                && doc.toks[k].newlines == 0
                && opens_sentence(doc, k)
                && !(t.first == '.' && i > 0 && doc.glued(i) && is_abbreviation(doc, i - 1));
            if boundary {
                out.push(Sentence { toks: start..k, para });
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
