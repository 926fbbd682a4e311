//! Numbers written in words ("eleven thousand", "two hundred and twenty",
//! "a dozen"), fractions ("one-third", "two-thirds", "a quarter", "half"),
//! digits with scale words ("1.2 million", "£3bn") and ratios ("one in
//! four"). The number, scale and fraction words are the lexicon's
//! (`assets/lexicon/en.ron`); "hundred", "dozen", "a" and "and" are read
//! here, as grammar.

use super::lexicon::{denominator, scale, small_number, tens};
use super::tokens::Doc;

/// A number read off the text: tokens `start..end`, its value, and how it
/// was written.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Parsed {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub form: Form,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// Digits, maybe with a scale word ("826,000", "1.2 million").
    Digits { scaled: bool, grouped: bool, decimal: bool, digits: usize },
    /// Words ("eleven thousand", "two"); `scaled` when a scale word or
    /// "hundred" was read.
    Words { scaled: bool, dozen: bool },
    /// A fraction: `article` when written "a third" / "one third" (which can
    /// also be an ordinal), `hyphenated` for "one-third".
    Fraction { article: bool, hyphenated: bool, plural: bool },
    /// "one in four", "1 out of 10".
    Ratio,
}

/// The value of a digits token ("11,000" → 11000, "11 000" → 11000).
/// Called for every number in the text, so it does not allocate unless the
/// token is very long.
pub(crate) fn digits_value(s: &str) -> Option<f64> {
    let keep = |b: u8| b.is_ascii_digit() || b == b'.';
    if s.bytes().all(keep) {
        return s.parse::<f64>().ok();
    }
    let mut buf = [0u8; 64];
    let mut len = 0;
    for b in s.bytes().filter(|&b| keep(b)) {
        let Some(slot) = buf.get_mut(len) else {
            let cleaned: String = s.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
            return cleaned.parse::<f64>().ok();
        };
        *slot = b;
        len += 1;
    }
    std::str::from_utf8(&buf[..len]).ok()?.parse::<f64>().ok()
}

/// `s` times `scale` without binary rounding noise: "65.9" billion is
/// 659 × 10⁹ / 10, not 65.9 × 10⁹. `None` when the digits overflow 64 bits.
fn scaled_value(s: &str, scale: f64) -> Option<f64> {
    let mut mantissa: u64 = 0;
    for b in s.bytes().filter(u8::is_ascii_digit) {
        mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    let places = s.split_once('.').map_or(0, |(_, frac)| frac.bytes().filter(u8::is_ascii_digit).count());
    Some(mantissa as f64 * scale / 10f64.powi(i32::try_from(places).ok()?))
}

/// No number is written in more words than this ("nine hundred and
/// ninety-nine thousand nine hundred and ninety-nine" is 13 tokens); longer
/// runs ("one thousand one thousand …") are not read as one, so reading
/// them from every word costs at most this much.
const MAX_NUMBER_TOKENS: usize = 40;

/// Number words from token `i`: "eleven thousand", "two hundred and
/// twenty", "twenty-five", "a thousand", "a dozen", "half a million".
/// Reads no word at or after token `limit`.
pub(crate) fn parse_words(doc: &Doc, i: usize, limit: usize) -> Option<Parsed> {
    let mut j = i;
    let mut total = 0.0;
    let mut current = 0.0;
    let mut any = false;
    let mut scaled = false;
    let mut dozen = false;
    let mut end = i;
    // "a"/"an" only counts before "hundred", "thousand", "million", "dozen".
    if doc.is_any(j, &["a", "an"]) {
        let next = doc.word(j + 1)?;
        if next == "hundred" || next == "dozen" || scale(next).is_some_and(|_| next.len() > 3) {
            current = 1.0;
            j += 1;
        } else {
            return None;
        }
    } else if doc.is(j, "half") && doc.is(j + 1, "a") && doc.word(j + 2).and_then(scale).is_some() {
        // "half a million"
        let s = doc.word(j + 2).and_then(scale)?;
        return Some(Parsed { start: i, end: j + 3, value: 0.5 * s, form: Form::Words { scaled: true, dozen: false } });
    }
    while let Some(w) = doc.word(j).filter(|_| j < limit) {
        if j >= i + MAX_NUMBER_TOKENS {
            return None;
        }
        if let Some(v) = small_number(w) {
            if any && current % 100.0 != 0.0 {
                break;
            }
            current += f64::from(v);
        } else if let Some(t) = tens(w) {
            if any && current % 100.0 != 0.0 {
                break;
            }
            current += f64::from(t);
            // "twenty-five"
            if doc.is_punct(j + 1, '-')
                && doc.glued(j + 1)
                && doc.glued(j + 2)
                && let Some(u) = doc.word(j + 2).and_then(small_number)
                && (1..10).contains(&u)
            {
                current += f64::from(u);
                j += 2;
            }
        } else if w == "hundred" {
            if current == 0.0 {
                break;
            }
            current *= 100.0;
            scaled = true;
        } else if w == "dozen" {
            if current == 0.0 {
                break;
            }
            current *= 12.0;
            dozen = true;
        } else if let Some(s) = scale(w).filter(|_| w.len() > 3) {
            if current == 0.0 && !any {
                break;
            }
            total += current.max(1.0) * s;
            current = 0.0;
            scaled = true;
        } else if w == "and" && any && doc.word(j + 1).is_some_and(|n| small_number(n).is_some() || tens(n).is_some()) {
            // "two hundred and twenty"
            j += 1;
            continue;
        } else {
            break;
        }
        any = true;
        j += 1;
        end = j;
    }
    if !any {
        return None;
    }
    Some(Parsed { start: i, end, value: total + current, form: Form::Words { scaled, dozen } })
}

/// A fraction from token `i`: "one-third", "two thirds", "a quarter",
/// "three-quarters", "half", "a half".
pub(crate) fn parse_fraction(doc: &Doc, i: usize) -> Option<Parsed> {
    let w = doc.word(i)?;
    if let Some((den, plural)) = denominator(w) {
        // Bare "half" (the others need a numerator).
        return (den == 2 && !plural).then_some(Parsed {
            start: i,
            end: i + 1,
            value: 0.5,
            form: Form::Fraction { article: false, hyphenated: false, plural: false },
        });
    }
    let (num, article) = match w {
        "a" | "an" => (1, true),
        other => (small_number(other).filter(|n| (1..10).contains(n))?, other == "one"),
    };
    let hyphenated = doc.is_punct(i + 1, '-') && doc.glued(i + 1) && doc.glued(i + 2);
    let k = if hyphenated { i + 2 } else { i + 1 };
    let (den, plural) = doc.word(k).and_then(denominator)?;
    if plural != (num > 1) || den <= num {
        return None;
    }
    Some(Parsed {
        start: i,
        end: k + 1,
        value: f64::from(num) / f64::from(den),
        form: Form::Fraction { article, hyphenated, plural },
    })
}

/// A small count in words or digits (for ratios): value and end token.
fn small_count(doc: &Doc, i: usize) -> Option<(f64, usize)> {
    if doc.is_num(i) {
        let s = doc.s(i);
        if s.len() > 4 || s.contains(['.', ',']) {
            return None;
        }
        return digits_value(s).map(|v| (v, i + 1));
    }
    let w = doc.word(i)?;
    if let Some(v) = small_number(w) {
        return Some((f64::from(v), i + 1));
    }
    if let Some(t) = tens(w) {
        return Some((f64::from(t), i + 1));
    }
    if w == "a" && doc.is(i + 1, "hundred") {
        return Some((100.0, i + 2));
    }
    None
}

/// "one in four", "1 in 10", "one out of every five", "four in ten".
pub(crate) fn parse_ratio(doc: &Doc, i: usize) -> Option<Parsed> {
    let (num, mut j) = small_count(doc, i)?;
    if doc.is(j, "in") {
        j += 1;
    } else if doc.is(j, "out") && doc.is(j + 1, "of") {
        j += 2;
    } else {
        return None;
    }
    if doc.is(j, "every") {
        j += 1;
    }
    let (den, end) = small_count(doc, j)?;
    if !((2.0..=1000.0).contains(&den) && num >= 1.0 && num < den) {
        return None;
    }
    Some(Parsed { start: i, end, value: num / den, form: Form::Ratio })
}

/// Digits from token `i`, with a scale word after them ("1.2 million",
/// "3bn").
pub(crate) fn parse_digits(doc: &Doc, i: usize) -> Option<Parsed> {
    if !doc.is_num(i) {
        return None;
    }
    let s = doc.s(i);
    let mut value = digits_value(s)?;
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let grouped = s.contains(',') || s.contains(['\u{a0}', '\u{202f}', '\u{2009}']);
    let decimal = s.contains('.');
    let mut end = i + 1;
    let mut scaled = false;
    if let Some(w) = doc.word(end) {
        // "1.2 million" with a space; "3bn", "1.5mn" glued.
        let glued = doc.glued(end);
        if let Some(f) = scale(w).filter(|_| glued == (w.len() <= 3)) {
            value = scaled_value(s, f).unwrap_or(value * f);
            end += 1;
            scaled = true;
        }
    }
    Some(Parsed { start: i, end, value, form: Form::Digits { scaled, grouped, decimal, digits } })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Option<f64> {
        let doc = Doc::new(text);
        parse_words(&doc, 0, doc.len()).map(|p| p.value)
    }

    fn fraction(text: &str) -> Option<f64> {
        let doc = Doc::new(text);
        parse_fraction(&doc, 0).map(|p| p.value)
    }

    #[test]
    fn number_words() {
        assert_eq!(words("eleven thousand troops"), Some(11_000.0));
        assert_eq!(words("two hundred and twenty units"), Some(220.0));
        assert_eq!(words("twenty-five soldiers"), Some(25.0));
        assert_eq!(words("Three hundred"), Some(300.0));
        assert_eq!(words("a dozen generals"), Some(12.0));
        assert_eq!(words("a million"), Some(1e6));
        assert_eq!(words("one million two hundred thousand"), Some(1_200_000.0));
        assert_eq!(words("half a million"), Some(500_000.0));
        assert_eq!(words("a third"), None);
        assert_eq!(words("thousands"), None);
        assert_eq!(words("nine hundred and ninety-nine thousand nine hundred and ninety-nine"), Some(999_999.0));
        // A run no one writes as one number.
        assert_eq!(words(&"one thousand ".repeat(30)), None);
        // Nothing at or after the limit is read.
        let doc = Doc::new("two hundred thousand");
        assert_eq!(parse_words(&doc, 0, 2).map(|p| (p.end, p.value)), Some((2, 200.0)));
    }

    #[test]
    fn fractions() {
        assert_eq!(fraction("one-third of"), Some(1.0 / 3.0));
        assert_eq!(fraction("two\u{2011}thirds"), Some(2.0 / 3.0));
        assert_eq!(fraction("a quarter"), Some(0.25));
        assert_eq!(fraction("three quarters"), Some(0.75));
        assert_eq!(fraction("half"), Some(0.5));
        assert_eq!(fraction("a third"), Some(1.0 / 3.0));
        assert_eq!(fraction("two third"), None);
        assert_eq!(fraction("one thirds"), None);
    }

    #[test]
    fn ratios_and_digits() {
        let doc = Doc::new("one in four, 1 out of every 10, 5 in 2024, 3bn, 1.2 million, 11\u{202f}000");
        assert_eq!(parse_ratio(&doc, 0).map(|p| p.value), Some(0.25));
        assert_eq!(parse_ratio(&doc, 4).map(|p| p.value), Some(0.1));
        assert_eq!(parse_ratio(&doc, 10), None);
        let p = parse_digits(&doc, 14).map(|p| p.value);
        assert_eq!(p, Some(3e9));
        assert_eq!(parse_digits(&doc, 17).map(|p| p.value), Some(1.2e6));
        assert_eq!(parse_digits(&doc, 20).map(|p| p.value), Some(11_000.0));
    }
}
