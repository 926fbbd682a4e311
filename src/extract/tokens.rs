//! A tokenizer for running news text: words, numbers, single punctuation
//! marks, and the things that must never be read as figures (URLs, @handles,
//! #hashtags). Tokens keep byte offsets into the original text; curly quotes,
//! apostrophes and the Unicode hyphens are normalised in `Tok::first` so the
//! recognizers compare one form.

use super::columns::Tables;
use super::decode::{OffsetMap, Shift};
use super::lexicon;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, then letters or digits ("Kursk", "KN23").
    Word,
    /// Digits with thousands separators and a decimal part ("11,000", "1.28").
    Num,
    /// One character that is neither letter, digit nor space (emoji too).
    Punct,
    Url,
    Handle,
    Hashtag,
}

/// A token in 12 bytes: a text has up to one token per byte, so this is
/// the engine's largest table (see `Doc::new` for the offset limit).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    start: u32,
    end: u32,
    /// Bits 0–2: the kind; bit 3: whitespace before; bits 4–5: line breaks
    /// before (saturating at 3); bit 6: a word that starts with an
    /// uppercase letter (asked of nearly every word, so kept rather than
    /// read from the text each time); bits 11–31: the first character.
    bits: u32,
}

impl Tok {
    fn new(start: u32, end: u32, kind: Kind, space: bool, newlines: u8, first: char) -> Tok {
        let kind_bits = match kind {
            Kind::Word => 0,
            Kind::Num => 1,
            Kind::Punct => 2,
            Kind::Url => 3,
            Kind::Handle => 4,
            Kind::Hashtag => 5,
        };
        let capital =
            kind == Kind::Word && if first.is_ascii() { first.is_ascii_uppercase() } else { first.is_uppercase() };
        let bits = kind_bits
            | u32::from(space) << 3
            | u32::from(newlines.min(3)) << 4
            | u32::from(capital) << 6
            | u32::from(first) << 11;
        Tok { start, end, bits }
    }

    /// Byte offset of the token in the text.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset just past the token.
    #[inline]
    pub fn end(&self) -> usize {
        self.end as usize
    }

    #[inline]
    pub fn kind(&self) -> Kind {
        match self.bits & 7 {
            0 => Kind::Word,
            1 => Kind::Num,
            2 => Kind::Punct,
            3 => Kind::Url,
            4 => Kind::Handle,
            _ => Kind::Hashtag,
        }
    }

    /// Marks a word as capitalised: see [`super::dates::restore_capitals`].
    fn capitalise(&mut self) {
        if self.kind() == Kind::Word {
            self.bits |= 1 << 6;
        }
    }

    /// Whitespace directly before the token.
    #[inline]
    pub fn space(&self) -> bool {
        self.bits & 8 != 0
    }

    /// Line breaks in that whitespace: 0, 1, 2, or 3 for three or more.
    #[inline]
    pub fn newlines(&self) -> u8 {
        ((self.bits >> 4) & 3) as u8
    }

    /// The first character, with curly quotes and apostrophes as ASCII and
    /// Unicode hyphens as `-`.
    #[inline]
    pub fn first(&self) -> char {
        char::from_u32(self.bits >> 11).unwrap_or('\0')
    }
}

/// What a token's line holds before it: see [`Doc::line_before`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct LineBefore {
    pub quote_open: bool,
    pub colon: bool,
    pub label_above: bool,
}

/// A tokenized text. All recognizers work on this.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    /// The text as written, when `text` is a copy with its words broken at
    /// line ends joined (see [`join_broken_words`]): the same length, the
    /// same bytes outside the joined words, so spans quote from it.
    pub written: &'a str,
    /// Where `text` and `written` part (words joined, escapes decoded):
    /// see [`super::decode::written_offset`].
    offsets: OffsetMap,
    /// `text` in ASCII lowercase: the same bytes at the same offsets.
    pub lower: String,
    pub toks: Vec<Tok>,
    /// Each token's [`lexicon::Class`] bits (0 for a token that is no
    /// word), looked up once here for [`Doc::has`].
    classes: Vec<u32>,
    /// Whether the text writes numbers in the continental style, read
    /// when a number first needs it (see [`Doc::dots_group`]).
    dots_group: std::cell::OnceCell<bool>,
    /// The lines that recur as a page's running foot or head with a number
    /// cell of their own, read when a number first needs it (see
    /// [`Doc::running_cell`]).
    running_lines: std::cell::OnceCell<Vec<u64>>,
    /// What each token's line holds before it (see [`Doc::line_before`]),
    /// read when a rule first needs it.
    line_marks: std::cell::OnceCell<Vec<u8>>,
    /// Whether the text is a caption file (WebVTT or SRT): its cue numbers
    /// and timing lines are left out of `toks`, and a line break inside
    /// its cues does not end a sentence, since captions break sentences
    /// (and figures' sources) across cues wherever the screen is full.
    pub captions: bool,
    /// The tables pasted as delimited text, with header rows.
    pub tables: Tables,
    /// Whether the text is written without capitals, as a machine
    /// transcript is: a name's capitals tell nothing there (see
    /// [`is_caseless`]).
    pub caseless: bool,
}

/// A text of at least forty lowercase words in which fewer than one word
/// in two hundred starts with a capital and goes on in lowercase ("Seoul",
/// "The"): edited English has one in ten or more, if only to open its
/// sentences. Words in capitals throughout ("SPEAKER", "NIS") are no sign
/// either way.
fn is_caseless(text: &str, toks: &[Tok]) -> bool {
    let bytes = text.as_bytes();
    let (mut lower, mut title) = (0usize, 0usize);
    for t in toks.iter().filter(|t| t.kind() == Kind::Word) {
        let first = t.first();
        if first.is_lowercase() {
            lower += 1;
        } else if first.is_uppercase() && bytes.get(t.start() + first.len_utf8()).is_some_and(u8::is_ascii_lowercase) {
            title += 1;
        }
    }
    lower >= 40 && title * 200 < lower
}

/// A line of cells with a number cell at one end ("OFFICIAL | 20/01/2025 |
/// 4"): a hash of the rest of the line and the number's byte range in it.
/// The number has at most four digits and the rest a letter.
fn running_key(line: &str) -> Option<(u64, Range<usize>)> {
    const SEPARATORS: &[char] = &['|', '\u{b7}', '\u{2022}'];
    // Most lines have no separator: their bytes say so without decoding
    // them backwards char by char (the last bytes of "·" and "•").
    if !has_separator_byte(line.as_bytes()) {
        return None;
    }
    let trimmed_end = line.trim_end();
    let (rest, number) = if let Some(cut) = trimmed_end.rfind(SEPARATORS) {
        let tail = &trimmed_end[cut..];
        let sep = tail.chars().next()?.len_utf8();
        let cell = tail[sep..].trim_start();
        (&trimmed_end[..cut], trimmed_end.len() - cell.len()..trimmed_end.len())
    } else {
        return None;
    };
    let cell = &line[number.clone()];
    let page = (1..=4).contains(&cell.len()) && cell.bytes().all(|b| b.is_ascii_digit());
    let head = |rest: &str| rest.chars().any(char::is_alphabetic);
    if page && head(rest) {
        return Some((fnv(rest.trim().as_bytes(), 1), number));
    }
    // The number first: "4 | Kursk briefing".
    let trimmed = line.trim_start();
    let lead = line.len() - trimmed.len();
    let cut = trimmed.find(SEPARATORS)?;
    let cell = trimmed[..cut].trim_end();
    let rest = &trimmed[cut..];
    let page = (1..=4).contains(&cell.len()) && cell.bytes().all(|b| b.is_ascii_digit());
    (page && head(rest)).then(|| (fnv(rest.trim().as_bytes(), 2), lead..lead + cell.len()))
}

/// Whether `bytes` holds a byte of a cell separator: "|", or the last
/// byte of "·" or "•" (which other characters end with too). Every line
/// of a text is asked once a number may be a running cell, so the bytes
/// are read sixteen at a time, with no branch inside a group, which the
/// compiler turns into vector compares.
fn has_separator_byte(bytes: &[u8]) -> bool {
    // Three equality tests, not a `matches!`: that compiles to a range
    // test and a bit lookup, which do not vectorise.
    let separator = |b: u8| u8::from(b == b'|') | u8::from(b == 0xb7) | u8::from(b == 0xa2);
    let mut groups = bytes.chunks_exact(16);
    (&mut groups).any(|g| g.iter().fold(0, |found, &b| found | separator(b)) != 0)
        || groups.remainder().iter().any(|&b| separator(b) != 0)
}

/// FNV-1a over `bytes`, seeded apart by `side` so a foot and a head with the
/// same words differ.
fn fnv(bytes: &[u8], side: u8) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(side);
    for &b in bytes {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
    }
    hash
}

/// The end of a caption timestamp at `at` ("00:01:02,500", "01:02.500"):
/// minutes and seconds with milliseconds, hours optional.
fn caption_timestamp_end(bytes: &[u8], at: usize) -> Option<usize> {
    let two = |k: usize| bytes.get(k..k + 2).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let lead = digits_at(bytes, at);
    if !(1..=3).contains(&lead) || bytes.get(at + lead) != Some(&b':') || !two(at + lead + 1) {
        return None;
    }
    let mut k = at + lead + 3;
    if bytes.get(k) == Some(&b':') && two(k + 1) {
        k += 3;
    }
    (matches!(bytes.get(k), Some(b'.' | b',')) && digits_at(bytes, k + 1) == 3).then_some(k + 4)
}

/// Whether `bytes` has two timing lines or more, each at a line's start.
/// Reads the text once (a search for "-->").
fn is_caption_file(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut found = 0;
    let mut from = 0;
    // Each '>' (rare in prose, and found with `memchr`) that ends a "-->".
    while let Some(p) = text[from..].find('>') {
        let close = from + p;
        if close < from + 2 || &bytes[close - 2..close] != b"--" {
            from = close + 1;
            continue;
        }
        let arrow = close - 2;
        from = arrow + 3;
        // A timestamp is short: look back a few bytes only, so a line
        // full of arrows is not read again for each.
        let window = arrow.saturating_sub(24);
        let line_start = match bytes[window..arrow].iter().rposition(|&b| b == b'\n') {
            Some(n) => window + n + 1,
            None if window == 0 => 0,
            None => continue,
        };
        let first = line_start + bytes[line_start..arrow].iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
        if caption_timing_line_end(bytes, first).is_some() {
            found += 1;
            if found >= 2 {
                return true;
            }
        }
    }
    false
}

/// The end of the line at `at` when it is a caption's timing line
/// ("00:00:04,300 --> 00:00:08,900", settings may follow).
fn caption_timing_line_end(bytes: &[u8], at: usize) -> Option<usize> {
    let spaces = |mut k: usize| {
        while matches!(bytes.get(k), Some(b' ' | b'\t')) {
            k += 1;
        }
        k
    };
    let arrow = spaces(caption_timestamp_end(bytes, at)?);
    if bytes.get(arrow..arrow + 3) != Some(b"-->") {
        return None;
    }
    caption_timestamp_end(bytes, spaces(arrow + 3))?;
    Some(bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| at + p))
}

/// Spaces that separate thousands in European and SI styles ("11 000").
fn is_group_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

pub(crate) fn normalise_punct(c: char) -> char {
    // Most tokens start with an ASCII letter or digit: one test for them.
    if c.is_ascii_alphanumeric() {
        return c;
    }
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02bc}' | '\u{2032}' | '`' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' | '\u{00ab}' | '\u{00bb}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2212}' => '-',
        other => other,
    }
}

fn digits_at(bytes: &[u8], at: usize) -> usize {
    bytes[at.min(bytes.len())..].iter().take_while(|b| b.is_ascii_digit()).count()
}

/// The position of a decimal comma in the digits `s` ("1,5", "12,3",
/// "1.234,5"): a last comma with one or two digits after it, which no
/// thousands grouping writes.
pub(crate) fn decimal_comma_at(s: &str) -> Option<usize> {
    // A number token is a few bytes: a plain loop back, not `memrchr`,
    // whose set-up costs more than the search.
    let comma = s.bytes().rposition(|b| b == b',')?;
    let places = s.len() - comma - 1;
    ((1..=2).contains(&places) && s.as_bytes()[comma + 1..].iter().all(u8::is_ascii_digit)).then_some(comma)
}

/// Whether `rest`, the text after "1,5", makes its comma a decimal one: a
/// percent sign, or a space and a scale ("Mio.", "bn"), a percent word or
/// "times".
fn decimal_comma_follower(rest: &str) -> bool {
    if rest.starts_with('%') {
        return true;
    }
    let word = rest.trim_start_matches(|c: char| c == ' ' || is_group_space(c));
    if word.len() == rest.len() {
        return false;
    }
    if word.starts_with('%') {
        return true;
    }
    let word = &word[..word.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(word.len())];
    let lower = word.to_ascii_lowercase();
    lexicon::scale(&lower).is_some_and(|_| lower.len() > 1) || matches!(lower.as_str(), "percent" | "per" | "times")
}

/// Length in bytes of a number starting at `at` (which holds a digit).
/// `spaces` says whether a plain space may group thousands too ("40
/// 000"), which is not wanted right after a month name ("May 5 200
/// troops"); it is asked only when a plain space is followed by digits.
/// `cell_commas` are the commas between two cells of a table's row, where
/// no thousands are grouped ("2024-12-23,NIS,100,400").
fn scan_number(text: &str, at: usize, spaces: impl Fn() -> bool, cell_commas: &[u32]) -> usize {
    let bytes = text.as_bytes();
    let mut end = at + digits_at(bytes, at);
    let first_group = end - at;
    // Thousands separators: "," or a thin / non-breaking space, each followed
    // by exactly three digits; a plain space only between groups of digits
    // with no "," and no other separator in the number.
    if first_group <= 3 {
        let mut separator: Option<char> = None;
        loop {
            if bytes.get(end) == Some(&b',') && separator.is_none_or(|s| s == ',') {
                let run = digits_at(bytes, end + 1);
                if run == 3 && cell_commas.binary_search(&(end as u32)).is_err() {
                    end += 4;
                    separator = Some(',');
                    continue;
                }
                // "around 4,00011 North Korean soldiers": a note's number
                // (never "0…") glued to a grouped figure, as text copied
                // out of a PDF writes a superscript; the note is a token of
                // its own. Not "1,0000".
                let note_after = text[end + 1 + run..].chars().next().is_none_or(char::is_whitespace);
                if (4..=5).contains(&run) && bytes[end + 4] != b'0' && note_after {
                    end += 4;
                }
                break;
            }
            if let Some(c) = text[end..].chars().next()
                && (is_group_space(c) || c == ' ' && digits_at(bytes, end + 1) == 3 && spaces())
                && separator.is_none_or(|s| s == c)
            {
                let after = end + c.len_utf8();
                // "40 000", but a plain space not before "170mm", "170-mm",
                // "000/year" or "000:00" (two numbers side by side).
                let next = bytes.get(after + 3).copied();
                // Nor before " mm": "some 220 170 mm guns" counts guns of a
                // calibre, which is never written in thousands.
                let calibre = c == ' ' && digits_at(bytes, after) == 3 && {
                    let rest = &text[after + 3..];
                    let unit = rest.trim_start_matches(|c: char| c == ' ' || is_group_space(c));
                    unit.len() < rest.len()
                        && unit.starts_with("mm")
                        && !unit.as_bytes().get(2).is_some_and(|b| b.is_ascii_alphanumeric())
                };
                let plain_ok = c != ' '
                    || !calibre && !next.is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'/' | b':'));
                if digits_at(bytes, after) == 3 && plain_ok && !matches!(next, Some(b'/' | b':')) {
                    end = after + 3;
                    separator = Some(c);
                    continue;
                }
            }
            break;
        }
        // "1.234.567": dots in two or more groups group thousands (one dot
        // group, "4.500", is read by the text's style: `Doc::dots_group`).
        if separator.is_none() {
            let mut k = end;
            let mut groups = 0;
            while bytes.get(k) == Some(&b'.') && digits_at(bytes, k + 1) == 3 {
                k += 4;
                groups += 1;
            }
            if groups >= 2 {
                end = k;
                separator = Some('.');
            }
        }
        // "1,5 Mio.", "12,3 percent", "4,5 times": a comma before one or
        // two digits is a decimal comma before a scale, a percent or a
        // multiple; not in a list ("aged 3,4 and 5", "3,4,5").
        if matches!(separator, None | Some('.')) && bytes.get(end) == Some(&b',') {
            let places = digits_at(bytes, end + 1);
            let after = end + 1 + places;
            let in_list = at > 0 && bytes[at - 1] == b',';
            if (1..=2).contains(&places) && !in_list && decimal_comma_follower(&text[after..]) {
                return after;
            }
        }
    }
    if bytes.get(end) == Some(&b'.') && digits_at(bytes, end + 1) > 0 {
        end += 1 + digits_at(bytes, end + 1);
    }
    end
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len() && text.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

const URL_TRAILING: &[char] =
    &['.', ',', ';', ':', '!', '?', ')', ']', '}', '"', '\'', '\u{201d}', '\u{2019}', '\u{bb}'];

fn scan_url(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let trimmed = rest[..len].trim_end_matches(URL_TRAILING);
    at + trimmed.len().max(1)
}

/// General Punctuation (U+2000 to U+206F: spaces, dashes, curly quotes,
/// bullets) holds no letters and no digits, and news text is full of it:
/// those characters skip the Unicode table search.
fn is_general_punctuation(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{206f}')
}

/// A note's mark glued to a word ("UK MoD¹", "JCS²") is no part of it, so
/// the agency is still found.
pub(crate) fn is_superscript_digit(c: char) -> bool {
    matches!(c, '\u{b9}' | '\u{b2}' | '\u{b3}' | '\u{2070}'..='\u{2079}')
}

/// A chat's emoji shortcode (":+1:", ":100:", ":eyes:"), after a space or
/// at a line's start and before one: its length in bytes, so that neither
/// its digits nor the reaction count after it read as figures.
fn shortcode_len(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    if bytes[at] != b':' || text[..at].chars().next_back().is_some_and(|c| !c.is_whitespace()) {
        return 0;
    }
    let name = bytes[at + 1..]
        .iter()
        .take(40)
        .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'+' | b'-'))
        .count();
    let close = at + 1 + name;
    let closed = name > 0 && bytes.get(close) == Some(&b':');
    let free_after =
        text.get(close + 1..).is_none_or(|rest| rest.chars().next().is_none_or(|c| c.is_whitespace() || c == ':'));
    // Not a ratio or a clock ("3:1:", ":30:"): a name has a letter, or is
    // one of the numbered ones.
    let named = bytes[at + 1..close].iter().any(u8::is_ascii_lowercase)
        || matches!(&bytes[at + 1..close], b"+1" | b"-1" | b"100" | b"1234");
    if closed && free_after && named { name + 2 } else { 0 }
}

/// ASCII letters and digits, by byte: one load for the tokenizer's
/// innermost test rather than two range checks.
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Length in bytes of the letters and digits starting at `at`.
fn scan_alphanumeric(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at;
    while end < bytes.len() {
        let b = bytes[end];
        if ASCII_ALNUM[usize::from(b)] {
            end += 1;
        } else if b < 0x80 {
            break;
        } else {
            match text[end..].chars().next() {
                Some(c) if !is_general_punctuation(c) && !is_superscript_digit(c) && c.is_alphanumeric() => {
                    end += c.len_utf8()
                }
                _ => break,
            }
        }
    }
    end - at
}

/// Whether the last token is a month name, after which a number is a day
/// and a plain space does not group thousands ("May 5 200 troops").
fn after_month(text: &str, toks: &[Tok]) -> bool {
    let Some(last) = toks.last() else { return false };
    let word = match last.kind() {
        Kind::Word => *last,
        // "Sept. 5"
        Kind::Punct if last.first() == '.' => match toks.len().checked_sub(2).map(|k| toks[k]) {
            Some(t) if t.kind() == Kind::Word => t,
            _ => return false,
        },
        _ => return false,
    };
    let w = &text.as_bytes()[word.start()..word.end()];
    let mut buf = [0u8; 12];
    let Some(lower) = buf.get_mut(..w.len()) else { return false };
    for (l, b) in lower.iter_mut().zip(w) {
        *l = b.to_ascii_lowercase();
    }
    let Ok(w) = std::str::from_utf8(lower) else { return false };
    lexicon::month(w).is_some() || lexicon::month_abbreviation(w).is_some()
}

/// Whether a full stop at `at`, before digits, opens a number (".77"):
/// at the start of the text or after a space, a bracket, a sign or a
/// currency sign, not inside a word, a number or a URL.
fn opens_number(text: &str, at: usize) -> bool {
    match text[..at].chars().next_back() {
        None => true,
        Some(c) => {
            c.is_whitespace() || matches!(c, '(' | '[' | '$' | '\u{a3}' | '\u{20ac}' | '~' | '-' | '\u{2212}' | '+')
        }
    }
}

/// A currency code written before or after an amount ("USD 5 million",
/// "EUR300", "RM 2bn", "Rs 500", "zł 2.4bn"), as written: codes are
/// uppercase, signs written as words as their currency writes them.
pub(crate) fn currency_code(w: &str) -> Option<&'static str> {
    Some(match w {
        "USD" | "US" | "AUD" | "CAD" | "NZD" | "HKD" | "SGD" | "A" | "C" | "NZ" | "HK" | "S" => "dollars",
        "EUR" => "euros",
        "GBP" => "pounds",
        "JPY" => "yen",
        "CNY" | "RMB" => "yuan",
        "INR" | "Rs" | "PKR" => "rupees",
        "RUB" => "roubles",
        "UAH" => "hryvnias",
        "KRW" | "KPW" => "won",
        "CHF" => "francs",
        "SEK" | "NOK" | "DKK" => "kronor",
        "RM" | "MYR" => "ringgit",
        "ZAR" => "rand",
        "BRL" => "reais",
        // The złoty's sign is written in lowercase ("zł 2.4bn").
        "PLN" | "z\u{142}" => "zloty",
        _ => return None,
    })
}

/// Length of a currency code of two or more letters glued to the digits
/// after it ("RM5bn", "EUR300", "Rs500"), 0 if the word at `at` is none.
fn glued_code_len(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let letters = bytes[at..].iter().take(4).take_while(|b| b.is_ascii_alphabetic()).count();
    let glued = bytes.get(at + letters).is_some_and(u8::is_ascii_digit);
    let code = &text[at..at + letters];
    if glued && letters >= 2 && code != "US" && currency_code(code).is_some() { letters } else { 0 }
}

/// Uppercase letters (one to three) right after a "$" and right before a
/// digit: a currency code written inside the amount ("$US55", "$A3").
fn is_glued_currency_code(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    // "$" is one byte: no need to slice the text at a character boundary.
    if at == 0 || bytes[at - 1] != b'$' {
        return false;
    }
    let letters = bytes[at..].iter().take_while(|b| b.is_ascii_uppercase()).count();
    (1..=3).contains(&letters) && bytes.get(at + letters).is_some_and(u8::is_ascii_digit)
}

/// The tokens of `text`, which must be shorter than 4 GiB (`Doc::new`
/// makes sure of it).
#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    tokenize_captions(text, &[]).0
}

/// The tokens of `text` and whether it is a caption file: a timing line is
/// skipped with the cue number on the line before it, and the first line of
/// every cue but the first follows the last cue's text after one line
/// break, whatever blank lines stood between.
fn tokenize_captions(text: &str, cell_commas: &[u32]) -> (Vec<Tok>, bool) {
    debug_assert!(u32::try_from(text.len()).is_ok());
    // News text has a token every 4.5 to 6 bytes: room for one every 4
    // saves growing (and copying) the table in nearly every text.
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 4 + 1);
    let mut space = false;
    let mut newlines: u8 = 0;
    let mut captions = false;
    let mut i = 0;
    let bytes = text.as_bytes();
    // A caption file has timing lines throughout; one quoted in an
    // article ("One cue read: 00:01:02,500 --> …") does not make it one.
    let caption_file = is_caption_file(text);
    while i < text.len() {
        let b = bytes[i];
        // ASCII fast paths.
        match b {
            b' ' | b'\t' | b'\r' => {
                space = true;
                i += 1;
                continue;
            }
            b'\n' => {
                space = true;
                newlines = newlines.saturating_add(1);
                i += 1;
                continue;
            }
            _ => {}
        }
        let c = if b < 0x80 {
            b as char
        } else {
            match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        // White space first: the line checks below are asked at a line's
        // first token, once a line, not at each space before it.
        if c.is_whitespace() {
            space = true;
            if c == '\n' {
                newlines = newlines.saturating_add(1);
            }
            i += c.len_utf8();
            continue;
        }
        // A pasted JSON string's escapes: "\u00a0" is a space, "\u2019" an
        // apostrophe, "\"" a quotation mark (a letter's escape stays as
        // written).
        let escape = if b == b'\\' { json_escape_at(bytes, i) } else { None };
        if let Some((decoded, len)) = escape
            && decoded.is_whitespace()
        {
            space = true;
            i += len;
            continue;
        }
        // A line in another script (the Korean of a bilingual page, the
        // Russian of a quoted post): the engine reads English, so its
        // numbers are no findings, and the English paragraphs either side
        // of it read as neighbours.
        if (newlines > 0 || toks.is_empty())
            && let Some(line_end) = foreign_line_end(text, i)
        {
            space = true;
            i = line_end;
            continue;
        }
        if caption_file
            && b.is_ascii_digit()
            && (newlines > 0 || toks.is_empty())
            && let Some(line_end) = caption_timing_line_end(bytes, i)
        {
            let mut carried = newlines;
            let cue_number = toks.last().filter(|t| {
                newlines == 1
                    && t.kind() == Kind::Num
                    && (t.newlines() > 0 || toks.len() == 1)
                    && bytes[t.start()..t.end()].iter().all(u8::is_ascii_digit)
            });
            if let Some(cue) = cue_number {
                carried = cue.newlines();
                toks.pop();
            }
            // The line break that ends the timing line is counted next.
            newlines = if captions { 0 } else { carried };
            captions = true;
            space = true;
            i = line_end;
            continue;
        }
        if let Some((decoded, len)) = escape {
            toks.push(Tok::new(i as u32, (i + len) as u32, Kind::Punct, space, newlines, normalise_punct(decoded)));
            space = false;
            newlines = 0;
            i += len;
            continue;
        }
        // Asked once: outside ASCII it takes a table search.
        let alphabetic =
            if b < 0x80 { b.is_ascii_alphabetic() } else { !is_general_punctuation(c) && c.is_alphabetic() };
        let (kind, end) = if b.is_ascii_digit() {
            (Kind::Num, scan_number(text, i, || !after_month(text, &toks), cell_commas))
        } else if b == b'.' && digits_at(bytes, i + 1) > 0 && opens_number(text, i) {
            // A decimal with no leading zero: ".77".
            (Kind::Num, i + 1 + digits_at(bytes, i + 1))
        } else if alphabetic && is_glued_currency_code(text, i) {
            // "$US55,931,000": the code, then the number.
            (Kind::Word, i + bytes[i..].iter().take_while(|b| b.is_ascii_uppercase()).count())
        } else if b.is_ascii_uppercase() && glued_code_len(text, i) > 0 {
            // "RM5bn", "EUR300": the code, then the number.
            (Kind::Word, i + glued_code_len(text, i))
        } else if alphabetic {
            let rest = &text[i..];
            if matches!(b, b'h' | b'H' | b'w' | b'W')
                && (starts_with_ignore_case(rest, "http://")
                    || starts_with_ignore_case(rest, "https://")
                    || starts_with_ignore_case(rest, "www."))
            {
                (Kind::Url, scan_url(text, i))
            } else {
                (Kind::Word, i + scan_alphanumeric(text, i))
            }
        } else if b == b':' && shortcode_len(text, i) > 0 {
            (Kind::Hashtag, i + shortcode_len(text, i))
        } else if c == '@' || c == '#' {
            let prev_alnum = text[..i].chars().next_back().is_some_and(char::is_alphanumeric);
            let len = text[i + 1..].find(|ch: char| !(ch.is_alphanumeric() || ch == '_')).unwrap_or(text.len() - i - 1);
            if prev_alnum && c == '@' {
                // An e-mail address: never a figure, never an agency.
                (Kind::Url, scan_url(text, i))
            } else if prev_alnum || len == 0 {
                (Kind::Punct, i + 1)
            } else if c == '@' {
                (Kind::Handle, i + 1 + len)
            } else {
                (Kind::Hashtag, i + 1 + len)
            }
        } else {
            (Kind::Punct, i + c.len_utf8())
        };
        // Offsets fit: `Doc::new` keeps texts under 4 GiB.
        toks.push(Tok::new(i as u32, end as u32, kind, space, newlines, normalise_punct(c)));
        space = false;
        newlines = 0;
        i = end;
    }
    (toks, captions)
}

/// The character a JSON escape at `at` stands for and the escape's length
/// in bytes: "\"", "\/", "\n", "\t", "\r" and "\uXXXX" (with its low
/// surrogate after a high one), when it is no letter or digit.
fn json_escape_at(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let hex_at = |k: usize| -> Option<u32> {
        let digits = bytes.get(k..k + 4)?;
        digits.iter().try_fold(0u32, |n, &d| Some(n * 16 + char::from(d).to_digit(16)?))
    };
    let escape = |k: usize| -> Option<u32> {
        (bytes.get(k) == Some(&b'\\') && bytes.get(k + 1) == Some(&b'u')).then_some(())?;
        hex_at(k + 2)
    };
    let (c, len) = match *bytes.get(at + 1)? {
        b'"' => ('"', 2),
        b'/' => ('/', 2),
        b'n' | b't' | b'r' => (' ', 2),
        b'u' => {
            let unit = escape(at)?;
            if (0xd800..0xdc00).contains(&unit) {
                let low = escape(at + 6).filter(|l| (0xdc00..0xe000).contains(l))?;
                (char::from_u32(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00))?, 12)
            } else {
                (char::from_u32(unit)?, 6)
            }
        }
        _ => return None,
    };
    (!c.is_alphanumeric()).then_some((c, len))
}

/// The end of the line from `at` when it is prose in another script than
/// English: twenty letters outside ASCII at least (not a table's or a
/// list's native names, "\u{C11C}\u{C6B8} | 1204"), and four times as many as its ASCII
/// letters ("\u{AD6D}\u{C815}\u{C6D0}(NIS)\u{C740} …" is Korean, "Zelenskyy
/// spoke in \u{41A}\u{438}\u{457}\u{432}" English).
fn foreign_line_end(text: &str, at: usize) -> Option<usize> {
    let line_end = text[at..].find('\n').map_or(text.len(), |n| at + n);
    let line = &text[at..line_end];
    // Bytes first: a letter outside ASCII takes two bytes at least, so an
    // English line with a few curly quotes is passed over without
    // decoding it. Every line of every text comes here: the bytes outside
    // ASCII are counted alone first, eight at a time,
    // and only a line with enough of them has its ASCII letters counted,
    // without a branch per byte (`b | 0x20` is a lowercase letter exactly
    // when `b` is an ASCII letter).
    let wide_bytes = count_wide(line.as_bytes());
    if wide_bytes / 2 < 20 {
        return None;
    }
    let ascii = line.bytes().filter(|&b| (b | 0x20).wrapping_sub(b'a') < 26).count();
    if wide_bytes / 2 < 4 * ascii {
        return None;
    }
    let other = line.chars().filter(|c| !c.is_ascii() && c.is_alphabetic()).count();
    (other >= 20 && other >= 4 * ascii).then_some(line_end)
}

/// How many of `bytes` are outside ASCII, eight at a time: each byte's
/// top bit moved to its lowest, and the eight summed into the top byte by
/// one multiplication.
fn count_wide(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut n = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let high = (u64::from_le_bytes(word) >> 7) & 0x0101_0101_0101_0101;
        n += (high.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
    }
    n + chunks.remainder().iter().filter(|&&b| b >= 0x80).count()
}

/// A copy of `text` with the words a hard-wrapped page breaks at line ends
/// ("casu-\nalties", "the Min-\nistry") joined, or `None` when it breaks
/// none. OCR and PDF text break words so; joined, they read as the words
/// they are. The copy keeps every offset: the rest of the broken word (up
/// to the next space) moves up to close the gap, and the hyphen and line
/// break follow it as a space and a line break. A hyphen before a capital
/// ("Kim Jong-\nUn") or after a digit ("1,000-\nstrong") is a
/// compound's, and is kept.
pub(crate) fn join_broken_words(text: &str) -> Option<(String, OffsetMap)> {
    let bytes = text.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut shifts = Vec::new();
    let mut from = 0;
    // Past the last joined word's rest: it moved, and is read no more.
    let mut rest_floor = 0;
    while let Some(nl) = text[from..].find('\n').map(|p| p + from) {
        from = nl + 1;
        // The hyphen right before the line break ("-\n" or "-\r\n"), or
        // before spaces trailing the line.
        let mut line_break = if nl > 0 && bytes[nl - 1] == b'\r' { nl - 1 } else { nl };
        while line_break > 0 && bytes[line_break - 1] == b' ' && nl - line_break < 64 {
            line_break -= 1;
        }
        if line_break == 0 || bytes[line_break - 1] != b'-' || from < rest_floor {
            continue;
        }
        let at = line_break - 1;
        let gap = from - at;
        // A word of two letters or more before the hyphen, not a number's
        // ("twenty-\nthree"), and a lowercase letter after the break.
        let word_start = text[..at]
            .rfind(|c: char| !c.is_alphabetic())
            .map_or(0, |p| p + text[p..].chars().next().map_or(1, char::len_utf8));
        let word = text[word_start..at].to_lowercase();
        if word.chars().count() < 2 || lexicon::tens(&word).is_some() || lexicon::small_number(&word).is_some() {
            continue;
        }
        let rest_start = at + gap;
        if !text[rest_start..].chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        // The word's rest, and a stop or a closing mark glued to it.
        let rest = &text[rest_start..];
        let mut rest_len =
            rest.find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '\u{2019}')).unwrap_or(rest.len());
        if let Some(c) = rest[rest_len..].chars().next().filter(|c| ".,;:!?)\"\u{201d}".contains(*c)) {
            rest_len += c.len_utf8();
        }
        let buf = out.get_or_insert_with(|| bytes.to_vec());
        let line_break = &bytes[at + 1..at + gap];
        let line_break: Vec<u8> = line_break.to_vec();
        buf.copy_within(rest_start..rest_start + rest_len, at);
        buf[at + rest_len] = b' ';
        buf[at + rest_len + 1..at + rest_len + gap].copy_from_slice(&line_break);
        rest_floor = rest_start + rest_len;
        // The rest moved up by the gap; the room it left maps to its end.
        shifts.extend([
            Shift { at, written: at + gap },
            Shift { at: at + rest_len, written: rest_floor },
            Shift { at: rest_floor, written: rest_floor },
        ]);
    }
    // Only whole code points moved: still UTF-8.
    let joined = String::from_utf8(out?).ok()?;
    Some((joined, OffsetMap { shifts, ..OffsetMap::default() }))
}

impl<'a> Doc<'a> {
    /// The tokens of `text`. Offsets are kept in 32 bits, so only the first
    /// 4 GiB of a longer text are read (no article comes near that).
    pub fn new(text: &'a str) -> Doc<'a> {
        let text = &text[..text.floor_char_boundary(text.len().min(u32::MAX as usize - 1))];
        let tables = Tables::read(text);
        let (toks, captions) = tokenize_captions(text, tables.separators());
        let lower = text.to_ascii_lowercase();
        let caseless = is_caseless(text, &toks);
        let lexicon = lexicon::Lexicon::bundled();
        let classes = toks
            .iter()
            .map(|t| if t.kind() == Kind::Word { lexicon.classes_of(&lower[t.start()..t.end()]) } else { 0 })
            .collect();
        let mut doc = Doc {
            text,
            written: text,
            offsets: OffsetMap::default(),
            lower,
            toks,
            classes,
            dots_group: Default::default(),
            running_lines: Default::default(),
            line_marks: Default::default(),
            captions,
            tables,
            caseless,
        };
        if caseless {
            super::dates::restore_capitals(&mut doc);
        }
        doc
    }

    /// A tab in the whitespace before token `k`: a pasted spreadsheet's
    /// next cell starts there.
    pub fn tab_before(&self, k: usize) -> bool {
        k > 0
            && self.toks.get(k).is_some_and(|t| {
                let prev = self.toks[k - 1].end();
                prev < t.start() && self.text.as_bytes()[prev..t.start()].contains(&b'\t')
            })
    }

    /// Gives word `i` a capital (see [`super::dates::restore_capitals`]).
    pub fn capitalise(&mut self, i: usize) {
        if let Some(t) = self.toks.get_mut(i) {
            t.capitalise();
        }
    }

    /// The tokens of `joined`, a copy of `written` of the same length
    /// that [`join_broken_words`] or [`super::decode::decode_source`] made.
    pub fn joined(joined: &'a str, offsets: OffsetMap, written: &'a str) -> Doc<'a> {
        let mut doc = Doc::new(joined);
        if written.len() == joined.len() {
            doc.written = &written[..doc.text.len()];
            doc.offsets = offsets;
        }
        doc
    }

    /// Where an offset of `text` is in the text as written: inside a joined
    /// word's rest ("30 per-\ncent"), as far on as the rest moved up.
    pub fn written_offset(&self, at: usize) -> usize {
        self.offsets.start(at)
    }

    /// Where a span of `text` ending at `at` ends in the text as written:
    /// before any markup dropped there ("2=2C700" of "2=2C700?=").
    pub fn written_end(&self, at: usize) -> usize {
        self.offsets.end(at)
    }

    /// The text as written from `start` to `end`, two offsets that
    /// [`Doc::written_offset`] has mapped.
    pub fn written_between(&self, start: usize, end: usize) -> &'a str {
        self.written.get(start..end).or_else(|| self.text.get(start..end)).unwrap_or_default()
    }

    /// Whether a dot before three digits ("4.500") may group thousands: so
    /// when the text also writes a decimal comma ("1,5 Mio.") and dots in
    /// several groups ("1.234.567"), or two decimal commas, as European
    /// editions in English do. Otherwise "4.500" is a decimal, as English
    /// writes it, and two round "5.000" are not enough: a bond's coupons
    /// and a gymnast's scores are written so.
    pub fn dots_group(&self) -> bool {
        *self.dots_group.get_or_init(|| {
            let (mut commas, mut dots) = (0, 0);
            for (k, t) in self.toks.iter().enumerate() {
                if t.kind() != Kind::Num {
                    continue;
                }
                let s = self.s(k);
                commas += usize::from(decimal_comma_at(s).is_some());
                dots += usize::from(s.bytes().filter(|&b| b == b'.').count() >= 2);
                if commas >= 2 || commas >= 1 && dots >= 1 {
                    return true;
                }
            }
            false
        })
    }

    /// Whether number token `k` is the page's number in a running foot or
    /// head: a cell of its own at one end of a line of cells ("OFFICIAL |
    /// 20/01/2025 | 4", "4 · Kursk briefing"), whose other cells recur on
    /// other lines with the numbers counting up by one. A table's last
    /// column is not one: its labels differ from row to row, and a
    /// record's repeated label has counts that do not step so.
    /// Whether token `k`'s line, before it, leaves a quotation open (an
    /// odd count of quotation marks), whether it holds a colon (a
    /// speaker's label, "SPOKESPERSON: …"), and whether the last line
    /// with text before it ends in a colon (the label above). One pass over the text the
    /// first time, so a rule asking for every sentence of one long line
    /// stays linear.
    pub fn line_before(&self, k: usize) -> LineBefore {
        let marks = self.line_marks.get_or_init(|| {
            let mut marks = Vec::with_capacity(self.toks.len());
            let (mut state, mut from, mut last_seen) = (0u8, 0usize, '\0');
            for t in &self.toks {
                for c in self.text[from..t.start()].chars() {
                    match c {
                        '\n' => state = if last_seen == ':' { 4 } else { 0 },
                        ':' => state |= 2,
                        c if normalise_punct(c) == '"' => state ^= 1,
                        _ => {}
                    }
                    if c != '\n' && c != ' ' {
                        last_seen = c;
                    }
                }
                marks.push(state);
                from = t.start();
            }
            marks
        });
        let state = marks.get(k).copied().unwrap_or(0);
        LineBefore { quote_open: state & 1 != 0, colon: state & 2 != 0, label_above: state & 4 != 0 }
    }

    pub fn running_cell(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k).filter(|t| t.kind() == Kind::Num) else { return false };
        // At most two numbers a line get this far, so reading the line
        // keeps the whole linear.
        let separator = |j: usize| self.punct(j).is_some_and(|c| matches!(c, '|' | '\u{b7}' | '\u{2022}'));
        let last = k > 0 && separator(k - 1) && (k + 1 >= self.len() || self.opens_line(k + 1));
        let first = self.opens_line(k) && separator(k + 1);
        if !(last || first) {
            return false;
        }
        let line_start = self.text[..t.start()].rfind('\n').map_or(0, |n| n + 1);
        let line_end = self.text[t.end()..].find('\n').map_or(self.text.len(), |n| t.end() + n);
        let line = &self.text[line_start..line_end];
        let Some((key, number)) = running_key(line) else { return false };
        // Only when the number is that cell, not another number on the line.
        let at = line_start + number.start;
        at == t.start() && line_start + number.end == t.end() && {
            let lines = self.running_lines.get_or_init(|| {
                // Each line's key and number, in text order within a key
                // (the sort is stable): pages count up one at a time, a
                // record's repeated label ("Goals | 26", "Goals | 29") does
                // not.
                let mut keyed: Vec<(u64, u32)> = self
                    .text
                    .lines()
                    .filter_map(|line| {
                        let (key, number) = running_key(line)?;
                        Some((key, line[number].parse().ok()?))
                    })
                    .collect();
                keyed.sort_by_key(|&(key, _)| key);
                let mut recurring = Vec::new();
                for run in keyed.chunk_by(|a, b| a.0 == b.0) {
                    if run.len() >= 2 && run.windows(2).all(|w| w[1].1 == w[0].1 + 1) {
                        recurring.push(run[0].0);
                    }
                }
                recurring
            });
            lines.binary_search(&key).is_ok()
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i` ("" past the end).
    #[inline]
    pub fn s(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start()..t.end()])
    }

    #[inline]
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind())
    }

    /// Token `i` is a word equal to `w`, which must be lowercase (the
    /// comparison ignores the text's case).
    /// The token's length rules out most words before their bytes are read.
    #[inline]
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind() == Kind::Word
                && t.end() - t.start() == w.len()
                && self.lower.as_bytes()[t.start()..t.end()] == *w.as_bytes()
        })
    }

    /// Token `i` is a word among `ws`. Inlined: the lists are literals,
    /// which the compiler then compares without calling `memcmp`. Compares
    /// bytes, which needs no test that the word starts and ends on a
    /// character's boundary, as its text would.
    #[inline(always)]
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind() == Kind::Word && {
                let word = &self.lower.as_bytes()[t.start()..t.end()];
                ws.iter().any(|w| w.as_bytes() == word)
            }
        })
    }

    /// The lowercase text of word `i`, `None` for other tokens.
    #[inline]
    pub fn word(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        (t.kind() == Kind::Word).then(|| &self.lower[t.start()..t.end()])
    }

    /// Token `i` is a word of `class`'s list: `doc.has(i, Class::Month)` is
    /// `doc.word(i).is_some_and(|w| month(w).is_some())`, without the
    /// look-up.
    #[inline(always)]
    pub fn has(&self, i: usize, class: lexicon::Class) -> bool {
        self.classes.get(i).is_some_and(|&c| c & class.bit() != 0)
    }

    /// `look_up` of word `i` when it is in `class`'s list, whose words
    /// `look_up` reads: `None` for any other token, without the look-up.
    #[inline(always)]
    pub fn look_up<T>(&self, i: usize, class: lexicon::Class, look_up: impl FnOnce(&str) -> Option<T>) -> Option<T> {
        if self.has(i, class) { self.word(i).and_then(look_up) } else { None }
    }

    /// The lowercase text of any token `i`.
    #[inline]
    pub fn lower_of(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.lower[t.start()..t.end()])
    }

    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    #[inline]
    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Num)
    }

    /// Token `i` is the punctuation mark `c` (after normalisation).
    #[inline]
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind() == Kind::Punct && t.first() == c)
    }

    #[inline]
    pub fn punct(&self, i: usize) -> Option<char> {
        self.toks.get(i).filter(|t| t.kind() == Kind::Punct).map(|t| t.first())
    }

    /// A caption file's cue number or timing line stands between token
    /// `k` and the token before it.
    pub fn cue_break_before(&self, k: usize) -> bool {
        self.captions
            && k > 0
            && self.toks.get(k).is_some_and(|t| self.text[self.toks[k - 1].end()..t.start()].contains("-->"))
    }

    /// Token `k` opens its line (or the text).
    #[inline]
    pub fn opens_line(&self, k: usize) -> bool {
        k == 0 || self.toks.get(k).is_some_and(|t| t.newlines() > 0)
    }

    /// The white space before token `k` on its line, in characters (a tab
    /// counts as one), read back at most 32 bytes: how deep a list's item
    /// is nested.
    pub fn indent(&self, k: usize) -> usize {
        let Some(t) = self.toks.get(k) else { return 0 };
        let before = &self.text[self.text.floor_char_boundary(t.start().saturating_sub(32))..t.start()];
        let before = before.rsplit('\n').next().unwrap_or(before);
        before.chars().rev().take_while(|c| c.is_whitespace()).count()
    }

    /// The tokens of the line token `k` is on, at most 64 either way of it:
    /// a line longer than that is prose, read no further.
    pub fn line_of(&self, k: usize) -> Range<usize> {
        const REACH: usize = 64;
        let mut start = k.min(self.len());
        while start > 0 && k - start < REACH && !self.opens_line(start) {
            start -= 1;
        }
        let mut end = (k + 1).min(self.len());
        while end < self.len() && end - k < REACH && !self.opens_line(end) {
            end += 1;
        }
        start..end
    }

    /// No whitespace between token `i - 1` and token `i`.
    #[inline]
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && self.toks.get(i).is_some_and(|t| !t.space())
    }

    /// Token `i` follows token `i - 1` with no gap or one space on the
    /// same line: a currency sign set off from its number ("€\u{a0}400",
    /// "$ 5"), as typesetting and some house styles write it.
    pub fn glued_or_one_space(&self, i: usize) -> bool {
        if self.glued(i) {
            return true;
        }
        match (i.checked_sub(1).and_then(|p| self.toks.get(p)), self.toks.get(i)) {
            (Some(before), Some(t)) => {
                let mut gap = self.text[before.end()..t.start()].chars();
                gap.next().is_some_and(|c| c != '\n' && c != '\r') && gap.next().is_none()
            }
            _ => false,
        }
    }

    /// Word `i` starts with an uppercase letter.
    #[inline]
    pub fn capitalised(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.bits & 1 << 6 != 0)
    }

    /// "Source:" or "Sources:" at token `k`: a line crediting the figures
    /// above it or the table it heads.
    pub fn source_label_at(&self, k: usize) -> bool {
        self.is_any(k, &["source", "sources"]) && self.is_punct(k + 1, ':')
    }

    /// Tokens `i`, `i + 1` are an apostrophe and "s", glued: a possessive.
    pub fn possessive_at(&self, i: usize) -> bool {
        self.is_punct(i, '\'') && self.glued(i) && self.is(i + 1, "s") && self.glued(i + 1)
    }

    /// Byte range covered by tokens `a..b`.
    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        match (self.toks.get(a), b.checked_sub(1).and_then(|l| self.toks.get(l))) {
            (Some(s), Some(e)) if b > a => (s.start(), e.end()),
            (Some(s), _) => (s.start(), s.start()),
            _ => (self.text.len(), self.text.len()),
        }
    }

    pub fn text_of(&self, a: usize, b: usize) -> &'a str {
        let (s, e) = self.span(a, b);
        &self.text[s..e]
    }
}

/// `items.partition_point(pred)`, searched from `from` outwards: the
/// text is read in order, so the answer is usually at or just after the
/// last one, and a binary search of the whole text's tokens, dates or
/// mentions for each look-up missed the cache at every level. `pred` must hold on
/// a prefix of `items` only (they are sorted), so the answer is the same
/// whichever way it is searched for.
pub(crate) fn partition_from<T>(items: &[T], from: usize, pred: impl Fn(&T) -> bool) -> usize {
    let from = from.min(items.len());
    if from > 0 && !pred(&items[from - 1]) {
        // The answer is before `from` (a look back at an earlier
        // sentence): gallop backwards to bracket it.
        let (mut hi, mut step) = (from - 1, 1);
        loop {
            let Some(lo) = hi.checked_sub(step) else { return items[..hi].partition_point(pred) };
            if pred(&items[lo]) {
                return lo + 1 + items[lo + 1..hi].partition_point(pred);
            }
            hi = lo;
            step *= 2;
        }
    }
    // The answer is at or after `from`: gallop forwards to bracket it.
    let (mut lo, mut step) = (from, 1);
    loop {
        let hi = lo + step;
        if hi >= items.len() {
            return lo + items[lo..].partition_point(pred);
        }
        if !pred(&items[hi]) {
            return lo + items[lo..hi].partition_point(pred);
        }
        lo = hi + 1;
        step *= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str)> {
        tokenize(text).iter().map(|t| (t.kind(), &text[t.start()..t.end()])).collect()
    }

    /// The count eight bytes at a time is the count byte by byte, at every
    /// length and alignment.
    #[test]
    fn bytes_outside_ascii_are_counted_eight_at_a_time() {
        let text = "Seoul \u{C11C}\u{C6B8} said \u{201c}5,000\u{201d} \u{2014} caf\u{e9}s, \u{1f3af} and more";
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            for end in start..=bytes.len() {
                let slice = &bytes[start..end];
                assert_eq!(count_wide(slice), slice.iter().filter(|&&b| b >= 0x80).count());
            }
        }
    }

    #[test]
    fn numbers_keep_separators_and_decimals() {
        let k = kinds("over 11,000 and 1.28 million, 5,000. 2,70 x");
        assert_eq!(k[1], (Kind::Num, "11,000"));
        assert_eq!(k[3], (Kind::Num, "1.28"));
        assert_eq!(k[6], (Kind::Num, "5,000"));
        assert_eq!(k[7], (Kind::Punct, "."));
        assert_eq!(k[8], (Kind::Num, "2"));
        // A decimal comma before a scale, a percent or "times", as
        // European editions write it; not in a list, nor before other words.
        let k = kinds("rounds 3,4,5 and 1,25x, aged 3,4 and 5, 1,5 Mio. and 1.234.567,5% \u{1f4b6} 4,5 times, 2,5 %");
        assert_eq!(
            k.iter().filter(|t| t.0 == Kind::Num).map(|t| t.1).collect::<Vec<_>>(),
            ["3", "4", "5", "1", "25", "3", "4", "5", "1,5", "1.234.567,5", "4,5", "2,5"]
        );
    }

    #[test]
    fn caption_cue_numbers_and_timing_lines_are_no_tokens() {
        let text = "1\n00:00:01,000 --> 00:00:04,200\n\u{1f3a4} \u{201c}Over\n\n\
                    2\r\n00:04.300 --> 00:08.900 line:90%\r\n5,000\u{a0}\u{2014} killed\n\n\
                    3 units left\n00:09.000 --> 00:12.000\nat 10:30.";
        let (toks, captions) = tokenize_captions(text, &[]);
        assert!(captions);
        let got: Vec<&str> = toks.iter().map(|t| &text[t.start()..t.end()]).collect();
        // "3 units left" is no cue number: only a line of digits alone is.
        assert_eq!(
            got,
            [
                "\u{1f3a4}",
                "\u{201c}",
                "Over",
                "5,000",
                "\u{2014}",
                "killed",
                "3",
                "units",
                "left",
                "at",
                "10",
                ":",
                "30",
                "."
            ]
        );
        // The first cue keeps its place; later cues follow after one break.
        assert_eq!(toks[3].newlines(), 1);
        assert_eq!(toks[9].newlines(), 1);
        let doc = Doc::new(text);
        assert!(doc.cue_break_before(3) && !doc.cue_break_before(2));
        // A lone timestamp, or an arrow without times, is no caption.
        for plain in ["At 00:01:02,500 the feed cut.\n5,000 --> 6,000", "12:30 --> 14:00\n<!-- note -->"] {
            assert!(!tokenize_captions(plain, &[]).1, "{plain}");
        }
    }

    /// The line's quotation state and colon before each token, across
    /// curly and low quotation marks, emoji and a blank line under a label.
    #[test]
    fn line_before_reads_quotes_colons_and_the_label_above() {
        let text = "SPOKESPERSON:\u{a0}\n\nWe \u{201e}say\u{201c} \u{1f4ac} \u{201c}We \u{2014} 3\nWe";
        let doc = Doc::new(text);
        let at = |word_start: usize| doc.toks.iter().position(|t| t.start() == word_start).unwrap();
        let we: Vec<usize> = text.match_indices("We").map(|(i, _)| at(i)).collect();
        assert_eq!(we.len(), 3);
        // "SPOKESPERSON:" with a no-break space after: not " " or a break, so
        // the line above does not end in its colon.
        let first = doc.line_before(we[0]);
        assert_eq!(first, LineBefore { quote_open: false, colon: false, label_above: false });
        // „say“ closes; the “ before the second "We" opens.
        assert!(doc.line_before(we[1]).quote_open && !doc.line_before(we[1]).colon);
        // A new line starts closed, without a label above.
        assert_eq!(doc.line_before(we[2]), LineBefore { quote_open: false, colon: false, label_above: false });
        let doc = Doc::new("Q: how many?\n\n A: We — 300");
        let we = doc.toks.iter().position(|t| &doc.text[t.start()..t.end()] == "We").unwrap();
        assert_eq!(doc.line_before(we), LineBefore { quote_open: false, colon: true, label_above: false });
        let doc = Doc::new("ANALYST: \n\nWe estimate 300.");
        assert!(doc.line_before(2).label_above && !doc.line_before(2).colon);
        assert!(!doc.line_before(0).label_above && doc.line_before(1) == LineBefore::default());
    }

    /// A pasted JSON string's escapes read as what they stand for; a
    /// letter's escape, a lone surrogate and a backslash before anything
    /// else stay as written.
    #[test]
    fn json_escapes_read_as_their_characters() {
        let text = r#"Korea\u2019s \"300\" said.\u00a0Some \ud83d\ude80 caf\u00e9 \ud83d x\q"#;
        let doc = Doc::new(text);
        let shown: Vec<(Kind, char, bool)> = doc.toks.iter().map(|t| (t.kind(), t.first(), t.space())).collect();
        use Kind::*;
        assert_eq!(
            shown[..10],
            [
                (Word, 'K', false),
                (Punct, '\'', false),
                (Word, 's', false),
                (Punct, '"', true),
                (Num, '3', false),
                (Punct, '"', false),
                (Word, 's', true),
                (Punct, '.', false),
                (Word, 'S', true),
                (Punct, '\u{1f680}', true),
            ]
        );
        assert_eq!(doc.s(9), r"\ud83d\ude80");
        // "caf" then "\" and "u00e9"; the lone "\ud83d"; "x", "\", "q".
        let rest: Vec<&str> = (10..doc.len()).map(|k| doc.s(k)).collect();
        assert_eq!(rest, ["caf", "\\", "u00e9", "\\", "ud83d", "x", "\\", "q"]);
    }

    #[test]
    fn thin_and_non_breaking_spaces_group_thousands() {
        let k = kinds("the 11\u{202f}000-strong force, 25\u{a0}January");
        assert_eq!(k[1], (Kind::Num, "11\u{202f}000"));
        assert_eq!(k[6], (Kind::Num, "25"));
        assert_eq!(k[7], (Kind::Word, "January"));
    }

    #[test]
    fn plain_spaces_group_thousands_but_not_after_a_month_or_before_a_unit() {
        let k = kinds("\u{1f3df} 60 000 fans, 1 234 567 votes");
        assert_eq!(k[1], (Kind::Num, "60 000"));
        assert_eq!(k[4], (Kind::Num, "1 234 567"));
        // A day, then a count; two numbers side by side.
        let k = kinds("On May 5 200 troops left; about 220 170mm guns; 12,000 500");
        assert_eq!(k[2], (Kind::Num, "5"));
        assert_eq!(k[3], (Kind::Num, "200"));
        assert!(k.contains(&(Kind::Num, "220")) && k.contains(&(Kind::Num, "170")));
        assert!(k.contains(&(Kind::Num, "12,000")) && k.contains(&(Kind::Num, "500")));
    }

    #[test]
    fn leading_point_decimals_and_codes_glued_to_a_dollar_sign() {
        let k = kinds("rose .77 points (.5) but v.77 and 3.x; $US55,931,000 and $A3m");
        assert_eq!(k[1], (Kind::Num, ".77"));
        assert!(k.contains(&(Kind::Num, ".5")));
        // Inside a word or after a number, a full stop is no decimal point.
        assert_eq!(k.iter().filter(|t| t.0 == Kind::Num && t.1.starts_with('.')).count(), 2, "{k:?}");
        let at = k.iter().position(|t| t.1 == "US").expect("the code apart");
        assert_eq!(k[at + 1], (Kind::Num, "55,931,000"));
        let at = k.iter().position(|t| t.1 == "A").expect("the code apart");
        assert_eq!(k[at + 1], (Kind::Num, "3"));
        // Letters after a dollar sign and before no digit stay one word.
        assert_eq!(kinds("$USD")[1], (Kind::Word, "USD"));
    }

    #[test]
    fn urls_handles_and_hashtags_are_single_tokens() {
        let k = kinds("see https://x.com/a/status/123. @DefenceHQ #Kursk5000 me@x.org");
        assert_eq!(k[1], (Kind::Url, "https://x.com/a/status/123"));
        assert_eq!(k[2], (Kind::Punct, "."));
        assert_eq!(k[3], (Kind::Handle, "@DefenceHQ"));
        assert_eq!(k[4], (Kind::Hashtag, "#Kursk5000"));
        assert_eq!(k[5], (Kind::Word, "me"));
        assert_eq!(k[6].0, Kind::Url);
    }

    #[test]
    fn words_broken_at_line_ends_are_joined_in_place() {
        let text = "more than 5,000 casu-\nalties, the Min-\nistry\u{2019}s \u{201c}up-\ndate\u{201d} \u{1f4f0} said;\nKim Jong-\nUn and a 1,000-\nstrong unit, a well-\n known \u{e9}t\u{e9}-\n\u{e9}t\u{e9}";
        let (joined, joins) = join_broken_words(text).expect("broken words");
        assert_eq!(joined.len(), text.len());
        assert_eq!(joined.chars().count(), text.chars().count());
        assert_eq!(
            joined,
            "more than 5,000 casualties, \n the Ministry\u{2019}s \n \u{201c}update\u{201d} \n \u{1f4f0} said;\nKim Jong-\nUn and a 1,000-\nstrong unit, a well-\n known \u{e9}t\u{e9}\u{e9}t\u{e9} \n"
        );
        assert_eq!(joins.shifts.len(), 12);
        // A span quotes the text as written, the broken word whole.
        let doc = Doc::joined(&joined, joins, text);
        let end = joined.find("casualties").map(|p| p + "casualties".len()).unwrap_or_default();
        assert_eq!(doc.written_between(0, doc.written_offset(end)), "more than 5,000 casu-\nalties");
        assert_eq!(doc.written_between(0, 15), "more than 5,000");
        assert!(join_broken_words("No breaks \u{2014} a\u{a0}\u{201c}well-known\u{201d} one-\n").is_none());
    }

    #[test]
    fn chat_shortcodes_are_single_tokens_and_note_marks_leave_words() {
        let k = kinds(":+1: 3\u{a0}:100:\n:eyes: \u{2014} ratio 3:1: then UK MoD\u{b9} and JCS\u{b2}\u{2019}s");
        assert_eq!(k[0], (Kind::Hashtag, ":+1:"));
        assert_eq!(k[1], (Kind::Num, "3"));
        assert_eq!(k[2], (Kind::Hashtag, ":100:"));
        assert_eq!(k[3], (Kind::Hashtag, ":eyes:"));
        // A ratio's colons are punctuation.
        assert_eq!(&k[6..10], [(Kind::Num, "3"), (Kind::Punct, ":"), (Kind::Num, "1"), (Kind::Punct, ":")]);
        assert_eq!(k[12], (Kind::Word, "MoD"));
        assert_eq!(k[13], (Kind::Punct, "\u{b9}"));
        assert_eq!(k[15], (Kind::Word, "JCS"));
    }

    #[test]
    fn curly_marks_are_normalised_and_emoji_are_punctuation() {
        let text = "Britain\u{2019}s \u{201c}over\u{201d} 🇰🇵 5";
        let toks = tokenize(text);
        assert_eq!(toks[1].first(), '\'');
        assert_eq!(toks[3].first(), '"');
        assert_eq!(toks[5].first(), '"');
        assert_eq!(toks[6].kind(), Kind::Punct);
        assert_eq!(toks[7].kind(), Kind::Punct);
        assert_eq!(&text[toks[8].start()..toks[8].end()], "5");
        let doc = Doc {
            text,
            written: text,
            offsets: OffsetMap::default(),
            lower: text.to_ascii_lowercase(),
            classes: vec![0; toks.len()],
            toks,
            dots_group: Default::default(),
            running_lines: Default::default(),
            line_marks: Default::default(),
            captions: false,
            tables: Default::default(),
            caseless: false,
        };
        assert!(doc.possessive_at(1));
    }

    #[test]
    fn general_punctuation_has_no_letters_or_digits() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(is_general_punctuation(c) && !c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn line_breaks_are_counted() {
        let toks = tokenize("a\nb\n\n c\n\n\n\n\nd");
        assert_eq!(toks[0].newlines(), 0);
        assert_eq!(toks[1].newlines(), 1);
        assert_eq!(toks[2].newlines(), 2);
        // Three or more are all "more than two".
        assert_eq!(toks[3].newlines(), 3);
        assert!(toks[3].space() && !tokenize("a,")[1].space());
    }

    #[test]
    fn packed_tokens_keep_every_field() {
        let text = "Ab 12 \u{2014}x \u{1f3af} https://a.b/c @h #t \u{10ffff}";
        let toks = tokenize(text);
        let got: Vec<(Kind, char, bool, &str)> =
            toks.iter().map(|t| (t.kind(), t.first(), t.space(), &text[t.start()..t.end()])).collect();
        assert_eq!(
            got,
            [
                (Kind::Word, 'A', false, "Ab"),
                (Kind::Num, '1', true, "12"),
                (Kind::Punct, '\u{2014}', true, "\u{2014}"),
                (Kind::Word, 'x', false, "x"),
                (Kind::Punct, '\u{1f3af}', true, "\u{1f3af}"),
                (Kind::Url, 'h', true, "https://a.b/c"),
                (Kind::Handle, '@', true, "@h"),
                (Kind::Hashtag, '#', true, "#t"),
                (Kind::Punct, '\u{10ffff}', true, "\u{10ffff}"),
            ]
        );
        assert_eq!(std::mem::size_of::<Tok>(), 12);
    }
}
