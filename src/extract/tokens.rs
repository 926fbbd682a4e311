//! A tokenizer for running news text: words, numbers, single punctuation
//! marks, and the things that must never be read as figures (URLs, @handles,
//! #hashtags). Tokens keep byte offsets into the original text; curly quotes,
//! apostrophes and the Unicode hyphens are normalised in `Tok::first` so the
//! recognizers compare one form.

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

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace directly before the token.
    pub space: bool,
    /// Line breaks in that whitespace (saturating at 255).
    pub newlines: u8,
    /// The first character, with curly quotes and apostrophes as ASCII and
    /// Unicode hyphens as `-`.
    pub first: char,
}

/// A tokenized text. All recognizers work on this.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    /// `text` in ASCII lowercase: the same bytes at the same offsets.
    pub lower: String,
    pub toks: Vec<Tok>,
}

/// Spaces that separate thousands in European and SI styles ("11 000").
fn is_group_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

pub(crate) fn normalise_punct(c: char) -> char {
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

/// Length in bytes of a number starting at `at` (which holds a digit).
fn scan_number(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at + digits_at(bytes, at);
    let first_group = end - at;
    // Thousands separators: "," or a thin / non-breaking space, each followed
    // by exactly three digits.
    if first_group <= 3 {
        loop {
            if bytes.get(end) == Some(&b',') {
                if digits_at(bytes, end + 1) == 3 {
                    end += 4;
                    continue;
                }
                break;
            }
            if let Some(c) = text[end..].chars().next()
                && is_group_space(c)
            {
                let after = end + c.len_utf8();
                if digits_at(bytes, after) == 3 {
                    end = after + 3;
                    continue;
                }
            }
            break;
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

/// Length in bytes of the letters and digits starting at `at`.
fn scan_alphanumeric(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at;
    while end < bytes.len() {
        let b = bytes[end];
        if b.is_ascii_alphanumeric() {
            end += 1;
        } else if b < 0x80 {
            break;
        } else {
            match text[end..].chars().next() {
                Some(c) if c.is_alphanumeric() => end += c.len_utf8(),
                _ => break,
            }
        }
    }
    end - at
}

pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut space = false;
    let mut newlines: u8 = 0;
    let mut i = 0;
    let bytes = text.as_bytes();
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
        if c.is_whitespace() {
            space = true;
            if c == '\n' {
                newlines = newlines.saturating_add(1);
            }
            i += c.len_utf8();
            continue;
        }
        let (kind, end) = if b.is_ascii_digit() {
            (Kind::Num, scan_number(text, i))
        } else if c.is_alphabetic() {
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
        toks.push(Tok { start: i, end, kind, space, newlines, first: normalise_punct(c) });
        space = false;
        newlines = 0;
        i = end;
    }
    toks
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        Doc { text, lower: text.to_ascii_lowercase(), toks: tokenize(text) }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i` ("" past the end).
    pub fn s(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Token `i` is a word equal to `w`, which must be lowercase (the
    /// comparison ignores the text's case).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word && self.lower.as_bytes()[t.start..t.end] == *w.as_bytes())
    }

    /// Token `i` is a word among `ws`.
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is(i, w))
    }

    /// The lowercase text of word `i`, `None` for other tokens.
    pub fn word(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Word).then(|| &self.lower[t.start..t.end])
    }

    /// The lowercase text of any token `i`.
    pub fn lower_of(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.lower[t.start..t.end])
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Num)
    }

    /// Token `i` is the punctuation mark `c` (after normalisation).
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct && t.first == c)
    }

    pub fn punct(&self, i: usize) -> Option<char> {
        self.toks.get(i).filter(|t| t.kind == Kind::Punct).map(|t| t.first)
    }

    /// No whitespace between token `i - 1` and token `i`.
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && self.toks.get(i).is_some_and(|t| !t.space)
    }

    /// Word `i` starts with an uppercase letter.
    pub fn capitalised(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i).filter(|t| t.kind == Kind::Word) else { return false };
        match self.text.as_bytes()[t.start] {
            b if b.is_ascii() => b.is_ascii_uppercase(),
            _ => t.first.is_uppercase(),
        }
    }

    /// Tokens `i`, `i + 1` are an apostrophe and "s", glued: a possessive.
    pub fn possessive_at(&self, i: usize) -> bool {
        self.is_punct(i, '\'') && self.glued(i) && self.is(i + 1, "s") && self.glued(i + 1)
    }

    /// Byte range covered by tokens `a..b`.
    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        match (self.toks.get(a), b.checked_sub(1).and_then(|l| self.toks.get(l))) {
            (Some(s), Some(e)) if b > a => (s.start, e.end),
            (Some(s), _) => (s.start, s.start),
            _ => (self.text.len(), self.text.len()),
        }
    }

    pub fn text_of(&self, a: usize, b: usize) -> &'a str {
        let (s, e) = self.span(a, b);
        &self.text[s..e]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str)> {
        tokenize(text).iter().map(|t| (t.kind, &text[t.start..t.end])).collect()
    }

    #[test]
    fn numbers_keep_separators_and_decimals() {
        let k = kinds("over 11,000 and 1.28 million, 5,000. 2,70 x");
        assert_eq!(k[1], (Kind::Num, "11,000"));
        assert_eq!(k[3], (Kind::Num, "1.28"));
        assert_eq!(k[6], (Kind::Num, "5,000"));
        assert_eq!(k[7], (Kind::Punct, "."));
        assert_eq!(k[8], (Kind::Num, "2"));
    }

    #[test]
    fn thin_and_non_breaking_spaces_group_thousands() {
        let k = kinds("the 11\u{202f}000-strong force, 25\u{a0}January");
        assert_eq!(k[1], (Kind::Num, "11\u{202f}000"));
        assert_eq!(k[6], (Kind::Num, "25"));
        assert_eq!(k[7], (Kind::Word, "January"));
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
    fn curly_marks_are_normalised_and_emoji_are_punctuation() {
        let text = "Britain\u{2019}s \u{201c}over\u{201d} 🇰🇵 5";
        let toks = tokenize(text);
        assert_eq!(toks[1].first, '\'');
        assert_eq!(toks[3].first, '"');
        assert_eq!(toks[5].first, '"');
        assert_eq!(toks[6].kind, Kind::Punct);
        assert_eq!(toks[7].kind, Kind::Punct);
        assert_eq!(&text[toks[8].start..toks[8].end], "5");
        let doc = Doc { text, lower: text.to_ascii_lowercase(), toks };
        assert!(doc.possessive_at(1));
    }

    #[test]
    fn line_breaks_are_counted() {
        let toks = tokenize("a\nb\n\n c");
        assert_eq!(toks[1].newlines, 1);
        assert_eq!(toks[2].newlines, 2);
    }
}
