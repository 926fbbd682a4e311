//! Lines set wholly in capitals: a wire's urgent snaps ("SEOUL'S SPY
//! AGENCY SAYS ABOUT 15,000 TROOPS SENT"), a prompter's read copy, a
//! cable. The rules read case: a capital opens a name ("the Agency" is no
//! anaphor, "Intelligence Service" runs a name on), a lowercase word is a
//! verb or a noun. In capitals every word looks like a name, and the
//! figures lose their sources.
//!
//! Such a line reads as a copy would have set it: its words in lower case,
//! but a sentence's first word, the names the agency list and the lexicon
//! write (countries, capitals, months, weekdays, "NIS", "Joint Chiefs of
//! Staff") as they write them, and codes glued to digits ("KN-23") as they
//! are. Only ASCII letters change case, so the copy keeps every offset.

use super::agencies::AgencyDef;
use super::lexicon::{self, FastMap, Lexicon};

/// A line is read as set in capitals with at least this many letters,
/// none lower case.
const MIN_CAPITAL_LETTERS: usize = 12;

/// ... and at least this many words: a sentence, not a heading's
/// "STATEMENT OF THE KOREAN CENTRAL NEWS AGENCY", which stays a heading.
const MIN_WORDS: usize = 8;

/// A name of this many words at most is looked for.
const MAX_NAME_WORDS: usize = 8;

/// A name's words in lower case, and as the name writes them.
type Name = (Vec<Box<str>>, Vec<Box<str>>);

/// The names as written, by the lowercase words they are spelt with.
#[derive(Debug, Default)]
pub(crate) struct Truecaser {
    /// The lowercase words of each name (its letters' runs), by the first,
    /// longest first, with the name's own runs.
    names: FastMap<Box<str>, Vec<Name>>,
}

/// The runs of ASCII letters in `text`, as byte ranges.
fn letter_runs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() && !bytes[at].is_ascii_alphabetic() {
            at += 1;
        }
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_alphabetic() {
            at += 1;
        }
        (start < at).then_some((start, at))
    })
}

impl Truecaser {
    pub(crate) fn new(defs: &[AgencyDef], lexicon: &Lexicon) -> Truecaser {
        let mut names: FastMap<Box<str>, Vec<Name>> = FastMap::default();
        let written = defs
            .iter()
            .flat_map(|d| std::iter::once(&d.name).chain(&d.aliases))
            .chain(lexicon.countries().iter().flat_map(|c| &c.forms));
        for name in written {
            let runs: Vec<Box<str>> = letter_runs(name).map(|(s, e)| Box::from(&name[s..e])).collect();
            // A name with no capital says nothing of case.
            if runs.is_empty() || runs.len() > MAX_NAME_WORDS || !name.bytes().any(|b| b.is_ascii_uppercase()) {
                continue;
            }
            let lower: Vec<Box<str>> = runs.iter().map(|r| Box::from(r.to_ascii_lowercase())).collect();
            let entry = names.entry(lower[0].clone()).or_default();
            if !entry.iter().any(|(l, _)| *l == lower) {
                entry.push((lower, runs));
            }
        }
        for entry in names.values_mut() {
            entry.sort_by_key(|(l, _)| std::cmp::Reverse(l.len()));
        }
        Truecaser { names }
    }

    /// `text` with its lines in capitals cased as a copy sets them, or
    /// `None` when it has no such line.
    pub(crate) fn apply(&self, text: &str) -> Option<String> {
        let mut out: Option<Vec<u8>> = None;
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            if in_capitals(line) {
                let bytes = out.get_or_insert_with(|| text.as_bytes().to_vec());
                self.case_line(line, &mut bytes[line_start..line_start + line.len()]);
            }
            line_start += line.len();
        }
        // Only ASCII letters changed case: still UTF-8.
        out.and_then(|b| String::from_utf8(b).ok())
    }

    fn case_line(&self, line: &str, out: &mut [u8]) {
        let runs: Vec<(usize, usize)> = letter_runs(line).collect();
        let bytes = line.as_bytes();
        let mut i = 0;
        while i < runs.len() {
            let (start, end) = runs[i];
            // A code glued to a digit or a hyphen and a digit: "KN-23",
            // "T-72B3", "2S19".
            let glued_digit = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
            // And a word before a number, which labels or hedges it as
            // written: "SERIES 3", "EST 8,000", "POST 1179".
            let before_number =
                line[end..].starts_with(' ') && line[end..].trim_start().starts_with(|c: char| c.is_ascii_digit());
            let code = glued_digit(end)
                || start > 0 && glued_digit(start - 1)
                || bytes.get(end) == Some(&b'-') && glued_digit(end + 1)
                || before_number;
            if code {
                i += 1;
                continue;
            }
            if let Some(words) = self.name_at(line, &runs[i..]) {
                for (k, cased) in words.iter().enumerate() {
                    let (s, e) = runs[i + k];
                    out[s..e].copy_from_slice(cased.as_bytes());
                }
                i += words.len();
                continue;
            }
            let word = &line[start..end];
            let lower = word.to_ascii_lowercase();
            out[start..end].copy_from_slice(lower.as_bytes());
            let proper = lexicon::month(&lower).is_some()
                || lexicon::month_abbreviation(&lower).is_some()
                || lexicon::weekday(&lower).is_some()
                || lower == "i" && bytes.get(end).is_none_or(|&b| b != b'.')
                || Lexicon::bundled().seat_country(&lower).is_some();
            // After an apostrophe ("KOREA'S") a run is no word of its own.
            let after_apostrophe = line[..start].ends_with(['\'', '\u{2019}']);
            if proper || opens_sentence(line, start) && !after_apostrophe {
                out[start] = out[start].to_ascii_uppercase();
            }
            i += 1;
        }
    }

    /// The name as written whose words the runs from `runs[0]` spell,
    /// separated by no more than a space, an apostrophe or a stop.
    fn name_at(&self, line: &str, runs: &[(usize, usize)]) -> Option<&[Box<str>]> {
        let (start, end) = runs[0];
        let first = line[start..end].to_ascii_lowercase();
        let candidates = self.names.get(first.as_str())?;
        candidates.iter().find_map(|(lower, cased)| {
            let fits = lower.len() <= runs.len()
                && (1..lower.len()).all(|k| {
                    let gap = &line[runs[k - 1].1..runs[k].0];
                    gap.chars().count() <= 2
                        && gap.chars().all(|c| c.is_whitespace() || matches!(c, '\'' | '\u{2019}' | '.'))
                        && line[runs[k].0..runs[k].1].eq_ignore_ascii_case(&lower[k])
                });
            fits.then_some(cased.as_slice())
        })
    }
}

/// A line of at least [`MIN_CAPITAL_LETTERS`] letters, none lower case,
/// in [`MIN_WORDS`] words, and no table's row (cells set apart by runs of spaces or tabs).
fn in_capitals(line: &str) -> bool {
    if line.trim().contains("   ") || line.contains('\t') {
        return false;
    }
    let mut capitals = 0;
    for c in line.chars() {
        if c.is_lowercase() {
            return false;
        }
        capitals += usize::from(c.is_uppercase());
    }
    capitals >= MIN_CAPITAL_LETTERS && letter_runs(line).filter(|(s, e)| e - s >= 2).nth(MIN_WORDS - 1).is_some()
}

/// The run at byte `start` opens its line or a sentence: before it, on
/// its line, only what ends a sentence, a label's colon, a bracket, a
/// quotation mark or a dash's gap.
fn opens_sentence(line: &str, start: usize) -> bool {
    let before = line[..start]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\u{201c}' | '\'' | '\u{2018}' | '(' | '['));
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\u{2014}', ']'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caser() -> Truecaser {
        let defs = vec![
            AgencyDef {
                name: "South Korean National Intelligence Service".into(),
                aliases: vec!["National Intelligence Service".into(), "NIS".into()],
                country: "South Korea".into(),
            },
            AgencyDef {
                name: "UK Ministry of Defence".into(),
                aliases: vec!["MoD".into()],
                country: "United Kingdom".into(),
            },
        ];
        Truecaser::new(&defs, Lexicon::bundled())
    }

    #[test]
    fn a_line_in_capitals_reads_as_a_copy_sets_it() {
        let text = "URGENT \u{2014} SOUTH KOREA\u{2019}S SPY AGENCY SAYS ABOUT 15,000\u{a0}TROOPS SENT \u{1f6a8}\n\
                    THE NATIONAL INTELLIGENCE SERVICE BRIEFED LAWMAKERS IN SEOUL ON MONDAY. THE MOD AGREES; KN-23 USED.\n\
                    Mixed case stays As It Is.\n";
        let got = caser().apply(text).expect("lines in capitals");
        assert_eq!(got.len(), text.len());
        assert_eq!(
            got,
            "Urgent \u{2014} South Korea\u{2019}s spy agency says ABOUT 15,000\u{a0}troops sent \u{1f6a8}\n\
             The National Intelligence Service briefed lawmakers in Seoul on Monday. The MoD agrees; KN-23 used.\n\
             Mixed case stays As It Is.\n"
        );
        // Too short a line, a heading, a table's row, or a line with a
        // lower-case letter, is left.
        let left = "NIS: 300\nSTATEMENT OF THE KOREAN CENTRAL NEWS AGENCY\n\
                    A1   COLD OPEN   TEASE   MD   VO   TEN SECONDS   ON CAMERA\n\
                    SEOUL said ABOUT 15,000 troops were sent and many more \u{2019}will follow\u{2019}\n";
        assert!(caser().apply(left).is_none());
    }
}
