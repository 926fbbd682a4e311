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
//! are. A letter changes case only to one of the same length in UTF-8, so
//! the copy keeps every offset.

use super::agencies::AgencyDef;
use super::dates::DATING_WORDS;
use super::lexicon::{self, FastMap, Lexicon};
use super::sentences::is_spaced_row;

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

/// The runs of letters in `text`, as byte ranges.
fn letter_runs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while chars.next_if(|&(_, c)| !c.is_alphabetic()).is_some() {}
        let (start, first) = chars.next()?;
        let mut end = start + first.len_utf8();
        while let Some((at, c)) = chars.next_if(|&(_, c)| c.is_alphabetic()) {
            end = at + c.len_utf8();
        }
        Some((start, end))
    })
}

/// `c` in lower (or upper) case where that is one character of the same
/// length, else `c`: the copy keeps every offset.
fn same_length(c: char, mut cased: impl Iterator<Item = char>) -> char {
    match (cased.next(), cased.next()) {
        (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
        _ => c,
    }
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
        // The text's first line, and one under a line not in capitals or
        // under one that ends a sentence, opens a sentence; a line wrapped
        // from one in capitals goes on with it ("SAID THE" over "AGENCY").
        let mut opens = true;
        for line in text.split_inclusive('\n') {
            let capitals = in_capitals(line);
            if capitals {
                let bytes = out.get_or_insert_with(|| text.as_bytes().to_vec());
                self.case_line(line, opens, &mut bytes[line_start..line_start + line.len()]);
            }
            let content = line.trim_end();
            opens = !capitals || content.ends_with(['.', '!', '?', ':', '"', '\u{201d}', '\u{2014}']);
            line_start += line.len();
        }
        // Characters were swapped only for ones of the same length: still
        // UTF-8.
        out.and_then(|b| String::from_utf8(b).ok())
    }

    fn case_line(&self, line: &str, line_opens: bool, out: &mut [u8]) {
        let runs: Vec<(usize, usize)> = letter_runs(line).collect();
        let bytes = line.as_bytes();
        // A speaker's label opening the line ("COLONEL HORDIIENKO: WE
        // COUNTED …"), up to four words before its colon with no digit
        // or comma, stays as written: a roster's label is set in capitals.
        let label_end = line
            .find(':')
            .filter(|&c| {
                !line[..c].contains(|ch: char| ch.is_ascii_digit() || ch == ',')
                    && runs.iter().take_while(|r| r.1 <= c).count() <= 4
            })
            .unwrap_or(0);
        let mut i = 0;
        while i < runs.len() {
            let (start, end) = runs[i];
            // A code glued to a digit or a hyphen and a digit: "KN-23",
            // "T-72B3", "2S19".
            let glued_digit = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
            // And a word before a number, which labels or hedges it as
            // written: "SERIES 3", "EST 8,000", "POST 1179".
            let after = &line[end..];
            let before_number =
                after.starts_with(char::is_whitespace) && after.trim_start().starts_with(|c: char| c.is_ascii_digit());
            let lower: String = line[start..end].chars().map(|c| same_length(c, c.to_lowercase())).collect();
            let code = glued_digit(end)
                || start > 0 && glued_digit(start - 1)
                || bytes.get(end) == Some(&b'-') && glued_digit(end + 1)
                || before_number
                || end <= label_end
                // A unit's abbreviation after its number: "95 AAB", "41 BDE".
                || lexicon::is_unit_abbreviation(&lower);
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
            out[start..end].copy_from_slice(lower.as_bytes());
            // "MAY" and "MARCH" only where a day, a year or a word that
            // dates them stands beside them: not "North Korea may send".
            let dated = || {
                after.trim_start().starts_with(|c: char| c.is_ascii_digit())
                    || line[..start].trim_end().ends_with(|c: char| c.is_ascii_digit())
                    || i > 0
                        && DATING_WORDS
                            .iter()
                            .chain(&["of", "on"])
                            .any(|w| line[runs[i - 1].0..runs[i - 1].1].eq_ignore_ascii_case(w))
            };
            let proper = lexicon::month(&lower).is_some_and(|m| !matches!(m, 3 | 5) || dated())
                || lexicon::month_abbreviation(&lower).is_some()
                || lexicon::weekday(&lower).is_some()
                || lower == "i" && bytes.get(end).is_none_or(|&b| b != b'.')
                || Lexicon::bundled().seat_country(&lower).is_some();
            // After an apostrophe ("KOREA'S") a run is no word of its own.
            let after_apostrophe = line[..start].ends_with(['\'', '\u{2019}']);
            if proper || opens_sentence(line, start, line_opens) && !after_apostrophe {
                let first = lower.chars().next().unwrap_or(' ');
                let mut buf = [0u8; 4];
                let upper = same_length(first, first.to_uppercase()).encode_utf8(&mut buf);
                out[start..start + upper.len()].copy_from_slice(upper.as_bytes());
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
    if is_spaced_row(line) || line.contains('\t') {
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

/// The run at byte `start` opens a sentence: before it, on its line, only
/// what ends a sentence, a label's colon, a bracket, a quotation mark or
/// a dash's gap; or nothing, on a line that opens one (`line_opens`).
fn opens_sentence(line: &str, start: usize, line_opens: bool) -> bool {
    let before = line[..start]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\u{201c}' | '\'' | '\u{2018}' | '(' | '['));
    if before.is_empty() {
        return line_opens;
    }
    before.ends_with(['.', '!', '?', ':', '\u{2014}', ']'])
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
        let text = "URGENT \u{2014} SOUTH KOREA\u{2019}S SPY AGENCY SAYS ABOUT 15,000\u{a0}TROOPS SENT \u{1f6a8}\n\n\
                    THE NATIONAL INTELLIGENCE SERVICE BRIEFED LAWMAKERS IN SEOUL ON MONDAY. THE MOD AGREES; KN-23 USED.\n\
                    Mixed case stays As It Is.\n";
        let got = caser().apply(text).expect("lines in capitals");
        assert_eq!(got.len(), text.len());
        assert_eq!(
            got,
            "Urgent \u{2014} South Korea\u{2019}s spy agency says ABOUT 15,000\u{a0}troops sent \u{1f6a8}\n\n\
             The National Intelligence Service briefed lawmakers in Seoul on Monday. The MoD agrees; KN-23 used.\n\
             Mixed case stays As It Is.\n"
        );
        // "MAY" the verb, a speaker's label, a wrapped line's first word,
        // a unit after its number, a letter beyond ASCII, a word before a
        // no-break space and a number.
        let text = "COLONEL HORDIIENKO: NORTH KOREA MAY SEND MORE TROOPS TO D\u{dc}SSELDORF SAID THE\n\
                    AGENCY, WITH UAV SPT FROM 95 AAB SINCE MAY 3 AND ABOUT\u{a0}6,800 DEAD \u{1f4a5}.\n";
        assert_eq!(
            caser().apply(text).expect("lines in capitals"),
            "COLONEL HORDIIENKO: North Korea may send more troops to d\u{fc}sseldorf said the\n\
             agency, with uav spt FROM 95 AAB since MAY 3 and ABOUT\u{a0}6,800 dead \u{1f4a5}.\n"
        );
        // Too short a line, a heading, a table's row, or a line with a
        // lower-case letter, is left.
        let left = "NIS: 300\nSTATEMENT OF THE KOREAN CENTRAL NEWS AGENCY\n\
                    A1   COLD OPEN   TEASE   MD   VO   TEN SECONDS   ON CAMERA\n\
                    SEOUL said ABOUT 15,000 troops were sent and many more \u{2019}will follow\u{2019}\n";
        assert!(caser().apply(left).is_none());
    }
}
