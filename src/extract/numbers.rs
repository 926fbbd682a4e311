//! Numbers written in words ("eleven thousand", "two hundred and twenty",
//! "a dozen"), fractions ("one-third", "two-thirds", "a quarter", "half"),
//! digits with scale words ("1.2 million", "£3bn") and ratios ("one in
//! four"). The number, scale and fraction words are the lexicon's
//! (`assets/lexicon/en.ron`); "hundred", "dozen", "a" and "and" are read
//! here, as grammar.

use super::lexicon::{
    denominator, hedges_ending, is_excluded_unit, is_metre_word, is_score_word, is_vague_multiple, scale, small_number,
    tens,
};
use super::tokens::{Doc, Kind, decimal_comma_at};
use std::borrow::Cow;

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
    /// Digits over digits ("3/4"), maybe after a whole number ("2 1/4"),
    /// or a fraction character ("½", "2½"): `mixed` with the whole number.
    Slash { mixed: bool },
}

/// The value of a digits token ("11,000" → 11000, "11 000" → 11000).
/// Called for every number in the text, so it does not allocate unless the
/// token is very long.
pub(crate) fn digits_value(s: &str) -> Option<f64> {
    // Whole numbers (nearly all of them) of up to 15 digits are below
    // 2^53, so summed as integers they are exactly what parsing the digits
    // as a float gives, without the float parser.
    let mut whole: u64 = 0;
    let mut digits = 0;
    for b in s.bytes() {
        if b.is_ascii_digit() {
            whole = whole * 10 + u64::from(b - b'0');
            digits += 1;
            if digits > 15 {
                break;
            }
        } else if b == b'.' {
            digits = 16;
            break;
        }
    }
    if (1..=15).contains(&digits) {
        return Some(whole as f64);
    }
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

/// A scale written as a word ("million"), not an abbreviation ("bn").
fn long_scale(w: &str) -> Option<f64> {
    scale(w).filter(|_| w.len() > 3)
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
        let big = |w: &str| w == "hundred" || w == "dozen" || scale(w).is_some_and(|_| w.len() > 3);
        if next == "couple" && doc.is(j + 2, "of") && doc.word(j + 3).is_some_and(big) {
            // "a couple of dozen", "a couple of hundred"
            current = 2.0;
            j += 3;
        } else if big(next) {
            current = 1.0;
            j += 1;
        } else {
            return None;
        }
    } else if doc.is(j, "half") && doc.is(j + 1, "a") && doc.word(j + 2).and_then(scale).is_some() {
        // "half a million"
        let s = doc.word(j + 2).and_then(scale)?;
        return Some(Parsed { start: i, end: j + 3, value: 0.5 * s, form: Form::Words { scaled: true, dozen: false } });
    } else if let Some((den, false)) = doc.word(j).and_then(denominator)
        && let Some(s) = doc.word(j + 1).and_then(long_scale)
    {
        // "half million", "quarter million"
        return Some(Parsed {
            start: i,
            end: j + 2,
            value: s / f64::from(den),
            form: Form::Words { scaled: true, dozen: false },
        });
    }
    // "hundred thousand": a hundred without its "a" before a scale word;
    // "several hundred million" says no number.
    if j == i && doc.is(j, "hundred") && doc.word(j + 1).and_then(long_scale).is_some() {
        if i > 0 && doc.word(i - 1).is_some_and(is_vague_multiple) {
            return None;
        }
        current = 1.0;
    }
    // After a tens word, a unit may follow without a hyphen ("thirty
    // three"); after a fraction ("five and a half") only a scale word.
    let mut after_tens = false;
    let mut after_fraction = false;
    // The last scale word read, and where the number stood before a comma
    // that may go on with a smaller group ("three million, two hundred
    // thousand"): if a scale as large follows, the comma ended the number.
    let mut last_scale = f64::INFINITY;
    let mut before_comma: Option<(f64, usize)> = None;
    // A group after such a comma must have a "hundred" or a scale of its
    // own: "three million, two were hurt" is two numbers.
    let mut group_scaled = false;
    while j < limit {
        if j >= i + MAX_NUMBER_TOKENS {
            return None;
        }
        let Some(w) = doc.word(j) else {
            // "one-and-a-half": a mixed fraction written as one word.
            if any
                && current > 0.0
                && !after_fraction
                && j + 5 < limit
                && (0..5).step_by(2).all(|d| doc.is_punct(j + d, '-') && doc.glued(j + d) && doc.glued(j + d + 1))
                && doc.is(j + 1, "and")
                && doc.is_any(j + 3, &["a", "an", "one"])
                && let Some((den, false)) = doc.word(j + 5).and_then(denominator)
            {
                current += 1.0 / f64::from(den);
                after_fraction = true;
                j += 6;
                end = j;
                continue;
            }
            let comma_group = doc.is_punct(j, ',')
                && scaled
                && current == 0.0
                && last_scale >= 1000.0
                && !doc.glued(j + 1)
                && j + 1 < limit
                && doc.word(j + 1).is_some_and(|n| small_number(n).is_some() || tens(n).is_some());
            if !comma_group {
                break;
            }
            before_comma = Some((total, end));
            group_scaled = false;
            j += 1;
            continue;
        };
        if after_fraction && long_scale(w).is_none() {
            break;
        }
        let was_after_tens = std::mem::take(&mut after_tens);
        if let Some(v) = small_number(w) {
            if any && current % 100.0 != 0.0 && !(was_after_tens && (1..10).contains(&v)) {
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
            } else {
                after_tens = true;
            }
        } else if w == "hundred" {
            if current == 0.0 {
                break;
            }
            current *= 100.0;
            scaled = true;
            group_scaled = true;
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
            if s >= last_scale
                && let Some((t, e)) = before_comma
            {
                return Some(Parsed { start: i, end: e, value: t, form: Form::Words { scaled, dozen } });
            }
            // "two lakh crore": a lakh of crores.
            if s == 1e7 && current == 0.0 && last_scale < 1e7 && total > 0.0 {
                total *= s;
                last_scale = s;
                any = true;
                j += 1;
                end = j;
                continue;
            }
            total += current.max(1.0) * s;
            current = 0.0;
            scaled = true;
            last_scale = s;
            group_scaled = true;
        } else if w == "and"
            && any
            && current > 0.0
            && doc.is_any(j + 1, &["a", "an", "one"])
            && let Some((den, false)) = doc.word(j + 2).and_then(denominator)
        {
            // "one and a half", "five and a quarter million"
            current += 1.0 / f64::from(den);
            after_fraction = true;
            j += 3;
            end = j;
            continue;
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
    if let Some((t, e)) = before_comma.filter(|_| !group_scaled) {
        return Some(Parsed { start: i, end: e, value: t, form: Form::Words { scaled, dozen } });
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
    // "one-third", and "one - fourth" with spaces around the hyphen.
    let hyphenated = doc.is_punct(i + 1, '-')
        && (doc.glued(i + 1) && doc.glued(i + 2) || doc.word(i + 2).and_then(denominator).is_some());
    let k = if hyphenated { i + 2 } else { i + 1 };
    let (den, plural) = doc.word(k).and_then(denominator)?;
    // "three halves", "five quarters": more than a whole is still a
    // number; "two halves" is the whole cut in two, not a figure.
    if plural != (num > 1) || den == num {
        return None;
    }
    let value = f64::from(num) / f64::from(den);
    // "a quarter million", "two thirds of a million": a count.
    let scaled = if let Some(s) = doc.word(k + 1).and_then(long_scale) {
        Some((s, k + 2))
    } else if doc.is(k + 1, "of") && doc.is(k + 2, "a") {
        doc.word(k + 3).and_then(long_scale).map(|s| (s, k + 4))
    } else {
        None
    };
    if let Some((s, end)) = scaled {
        return Some(Parsed { start: i, end, value: value * s, form: Form::Words { scaled: true, dozen: false } });
    }
    if num > den {
        return Some(Parsed { start: i, end: k + 1, value, form: Form::Words { scaled: false, dozen: false } });
    }
    Some(Parsed { start: i, end: k + 1, value, form: Form::Fraction { article, hyphenated, plural } })
}

/// The value of a fraction character ("½", "¾").
fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '\u{bd}' => 0.5,
        '\u{bc}' => 0.25,
        '\u{be}' => 0.75,
        '\u{2153}' => 1.0 / 3.0,
        '\u{2154}' => 2.0 / 3.0,
        '\u{2155}' => 0.2,
        '\u{2156}' => 0.4,
        '\u{2157}' => 0.6,
        '\u{2158}' => 0.8,
        '\u{2159}' => 1.0 / 6.0,
        '\u{215a}' => 5.0 / 6.0,
        '\u{2150}' => 1.0 / 7.0,
        '\u{215b}' => 0.125,
        '\u{215c}' => 0.375,
        '\u{215d}' => 0.625,
        '\u{215e}' => 0.875,
        '\u{2151}' => 1.0 / 9.0,
        '\u{2152}' => 0.1,
        _ => return None,
    })
}

/// A whole number of at most three plain digits ("2", "20").
fn small_whole(doc: &Doc, i: usize) -> Option<f64> {
    let s = doc.s(i);
    (doc.is_num(i) && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit())).then(|| digits_value(s)).flatten()
}

/// A fraction in digits from token `i`: "3/4", "2 1/4", "½", "2½". The
/// numerator is below the denominator, which is at most 1,000.
pub(crate) fn parse_slash(doc: &Doc, i: usize) -> Option<Parsed> {
    let proper = |k: usize| -> Option<f64> {
        if let Some(v) = doc.punct(k).and_then(vulgar_fraction) {
            return Some(v);
        }
        // The slash first: nearly every number has none, and reading one
        // costs more than looking at the token after it.
        if !(doc.is_punct(k + 1, '/') && doc.glued(k + 1) && doc.glued(k + 2)) {
            return None;
        }
        let num = small_whole(doc, k)?;
        let den = small_whole(doc, k + 2)?;
        // Not "3/4/2025", "1/2-inch".
        if doc.glued(k + 3) && doc.punct(k + 3).is_some_and(|c| c == '/' || c == '-') {
            return None;
        }
        (den >= 2.0 && num < den).then(|| num / den)
    };
    let end_of = |k: usize| if doc.punct(k).and_then(vulgar_fraction).is_some() { k + 1 } else { k + 3 };
    if let Some(v) = proper(i) {
        return Some(Parsed { start: i, end: end_of(i), value: v, form: Form::Slash { mixed: false } });
    }
    // "2 1/4", "2½", "4 ½": a whole number, then the fraction.
    // "2½", and "4 ½%" with a space.
    let vulgar = doc.punct(i + 1).and_then(vulgar_fraction).is_some();
    if !(vulgar || !doc.glued(i + 1) && doc.is_num(i + 1)) {
        return None;
    }
    let whole = small_whole(doc, i)?;
    let v = proper(i + 1)?;
    Some(Parsed { start: i, end: end_of(i + 1), value: whole + v, form: Form::Slash { mixed: true } })
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
    // "one", "twenty-one", "five hundred", "a hundred".
    let w = doc.word(i)?;
    if !(w == "a" || small_number(w).is_some() || tens(w).is_some()) {
        return None;
    }
    parse_words(doc, i, i + 4).filter(|p| p.value <= 1000.0).map(|p| (p.value, p.end))
}

/// "one in four", "1 in 10", "one out of every five", "four in ten".
pub(crate) fn parse_ratio(doc: &Doc, i: usize) -> Option<Parsed> {
    let (num, mut j) = small_count(doc, i)?;
    // "1-in-5", hyphened as an adjective.
    let joined = |k: usize| doc.is_punct(k, '-') && doc.glued(k) && doc.glued(k + 1);
    if let Some(odds) = parse_odds(doc, i, num, j, joined) {
        return Some(odds);
    }
    let hyphened = joined(j) && doc.is(j + 1, "in") && joined(j + 2);
    if hyphened {
        j += 3;
    } else if doc.is(j, "in") {
        j += 1;
    } else if doc.is(j, "out") && doc.is(j + 1, "of") || doc.is(j, "of") && doc.is(j + 1, "every") {
        // "3 out of 10", "two of every three"
        j += if doc.is(j, "of") { 1 } else { 2 };
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

/// "3:1", "a 3-to-1 edge", "outnumbered three to one": one quantity as a
/// multiple of another, its value the quotient ("3:1" is 3). A colon's
/// second number has one digit, which no clock's minutes nor a verse's
/// "3:16" have, and it follows no name ("Psalm 23:4") nor a game's words
/// ("won 2:1"); with "to", the second is one in a hyphened pair
/// ("3-to-1", "three-to-one") or the words before say a ratio follows ("outnumbered", "ratio of"), since
/// "from three to one brigade" and "a 5-to-4 ruling" are not ratios.
fn parse_odds(doc: &Doc, i: usize, num: f64, j: usize, joined: impl Fn(usize) -> bool) -> Option<Parsed> {
    if num < 1.0 {
        return None;
    }
    let digits = doc.is_num(i);
    // Not a result: "the score was 2:1", "won 3:1", "voted 7-to-1".
    let scored = |end: usize| (i.saturating_sub(3)..i).chain([end]).any(|k| doc.word(k).is_some_and(is_score_word));
    if digits && doc.is_punct(j, ':') && doc.glued(j) && doc.glued(j + 1) && doc.is_num(j + 1) {
        let den = doc.s(j + 1);
        let run_on = doc.glued(j + 2)
            && (doc.is_num(j + 2) || doc.punct(j + 2).is_some_and(|c| c == ':' || c == '.' && doc.is_num(j + 3)));
        // Not a reference after a name: "Psalm 23:4", "Article 5:2".
        let named = i > 0 && doc.kind(i - 1) == Some(Kind::Word) && doc.s(i - 1).starts_with(char::is_uppercase);
        if den.len() != 1 || den == "0" || run_on || named || scored(j + 2) {
            return None;
        }
        let den = digits_value(den)?;
        return Some(Parsed { start: i, end: j + 2, value: num / den, form: Form::Ratio });
    }
    let hyphened = joined(j) && doc.is(j + 1, "to") && joined(j + 2);
    let spaced = !hyphened && doc.is(j, "to");
    if !(hyphened || spaced) {
        return None;
    }
    let k = if hyphened { j + 3 } else { j + 1 };
    // Both in digits or both in words.
    if doc.is_num(k) != digits {
        return None;
    }
    let (den, end) = small_count(doc, k)?;
    if doc.glued(end) && doc.punct(end).is_some_and(|c| c == '-') && doc.is_num(end + 1) {
        return None;
    }
    let cued = i > 0
        && (doc.word(i - 1).is_some_and(|w| w.starts_with("outnumber") || w.starts_with("outgun"))
            || i > 1 && doc.is(i - 1, "of") && doc.is(i - 2, "ratio"));
    let one = den == 1.0;
    // "— roughly three to one —", "outnumber them by two to one,", "a
    // ratio … of three to one": odds to one, after a hedge, "by" or a
    // ratio named a few words back, and closing their phrase. Not "rose
    // by three to one hundred" (its second number is a hundred) nor
    // "from three to one brigade".
    /// Words back to a "ratio" that the odds give.
    const RATIO_REACH: usize = 8;
    let closes =
        doc.punct(end).is_some() || end >= doc.len() || doc.is_any(end, &["in", "on", "at", "among", "against"]);
    let to_one = spaced
        && one
        && num > 1.0
        && closes
        && i > 0
        && (doc.is(i - 1, "by")
            || doc.word(i - 1).is_some_and(|w| hedges_ending(false, w).next().is_some())
            || (i.saturating_sub(RATIO_REACH)..i).any(|k| doc.is_any(k, &["ratio", "ratios"])));
    (!scored(end) && (cued && den >= 1.0 && den < num || hyphened && one && num > 1.0 || to_one)).then(|| Parsed {
        start: i,
        end,
        value: num / den,
        form: Form::Ratio,
    })
}

/// Whether the word `w` after digits is their scale: a word ("1.2
/// million") only after a space; an abbreviation ("3bn", "10 bln") glued
/// or after a space; a letter glued ("10k", "35m"), "k" also after a space
/// ("2.33 k"), and "b" and "t" only on money or a decimal ("$4.2b", "1.2b";
/// "t" on money only, "$2.1T"), where they cannot be a flat or a tonne
/// ("221B", "278,000 t").
fn scale_after(w: &str, glued: bool, money: bool, decimal: bool) -> Option<f64> {
    let money_or_decimal = money || decimal;
    let f = scale(w)?;
    let ok = match w.len() {
        1 => (glued || w == "k") && (w != "b" || money_or_decimal) && (w != "t" || money),
        2 | 3 => true,
        _ => !glued,
    };
    ok.then_some(f)
}

/// The digits `s` as English writes them: a decimal comma made a point and
/// dots that group thousands dropped ("1.234,5" is "1234.5"), dots in one
/// group ("4.500") only when `dots_group` says the text writes them so.
fn english_digits(s: &str, dots_group: impl FnOnce() -> bool) -> Cow<'_, str> {
    let dots = s.bytes().filter(|&b| b == b'.').count();
    if let Some(comma) = decimal_comma_at(s) {
        let mut plain: String = s[..comma].chars().filter(char::is_ascii_digit).collect();
        plain.push('.');
        plain.push_str(&s[comma + 1..]);
        return Cow::Owned(plain);
    }
    let one_group = dots == 1
        && s.split_once('.').is_some_and(|(whole, frac)| {
            frac.len() == 3 && (1..=3).contains(&whole.len()) && whole.bytes().all(|b| b.is_ascii_digit())
        });
    if dots >= 2 || one_group && dots_group() {
        return Cow::Owned(s.chars().filter(char::is_ascii_digit).collect());
    }
    Cow::Borrowed(s)
}

/// Digits from token `i`, with a scale word after them ("1.2 million",
/// "3bn", "10k"); `money` when a currency sign is before them.
pub(crate) fn parse_digits_of(doc: &Doc, i: usize, money: bool) -> Option<Parsed> {
    if !doc.is_num(i) {
        return None;
    }
    let written = doc.s(i);
    // Not before a percent, points or stars: "4.500 percent" is a rate.
    // Asked only of a number with one dot group.
    let rate = || doc.punct(i + 1) == Some('%') || doc.is_any(i + 1, &["percent", "per", "points", "pts", "stars"]);
    let s = &*english_digits(written, || !rate() && doc.dots_group());
    let mut value = digits_value(s)?;
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let grouped = s.contains([',', ' ', '\u{a0}', '\u{202f}', '\u{2009}']) || s.len() < written.len();
    let decimal = s.contains('.');
    let mut end = i + 1;
    let mut scaled = false;
    if let Some(w) = doc.word(end) {
        // "1.2 million" with a space; "3bn", "1.5mn" glued.
        let glued = doc.glued(end);
        // "35m people", "1.5m", but not "the 100m sprint" (metres).
        let metres = w == "m" && !money && !decimal && doc.word(end + 1).is_some_and(is_metre_word);
        if let Some(f) = scale_after(w, glued, money, decimal).filter(|_| !metres) {
            value = scaled_value(s, f).unwrap_or(value * f);
            end += 1;
            scaled = true;
            // "2.1 lakh crore": a lakh of crores.
            if f < 1e7 && doc.is_any(end, &["crore", "crores"]) {
                value *= 1e7;
                end += 1;
            }
            // "2 thousand 700", "1 million 200 thousand": a remainder after
            // a whole number of a scale word, as text translated from Korean
            // or Japanese counts.
            if !decimal
                && !grouped
                && !glued
                && let Some((rest, after)) = scale_remainder(doc, end, f)
            {
                value += rest;
                end = after;
            }
        }
    }
    Some(Parsed { start: i, end, value, form: Form::Digits { scaled, grouped, decimal, digits } })
}

/// The remainder after a scale word `f` at token `k` - 1: plain digits
/// under a thousand on the same line, alone after a thousand ("2 thousand
/// 700"), before a smaller scale word after a million or more ("1 million
/// 200 thousand"). Its value and the token after it.
fn scale_remainder(doc: &Doc, k: usize, f: f64) -> Option<(f64, usize)> {
    let t = doc.toks.get(k)?;
    if t.kind() != Kind::Num || t.newlines() > 0 || !t.space() || doc.glued(k + 1) {
        return None;
    }
    let written = doc.s(k);
    if written.len() > 3 || !written.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rest = digits_value(written)?;
    // "1 thousand 5 hundred": hundreds of the remainder.
    if rest < 10.0 && doc.is_any(k + 1, &["hundred"]) {
        return (f == 1e3).then_some((rest * 100.0, k + 2));
    }
    let smaller = doc.word(k + 1).and_then(|w| scale_after(w, false, false, false)).filter(|&f2| f2 >= 1e3 && f2 < f);
    match smaller {
        // "1 million 2 thousand 500": the thousands' own remainder.
        Some(f2) => match scale_remainder(doc, k + 2, f2) {
            Some((more, end)) if f2 == 1e3 => Some((rest * f2 + more, end)),
            _ => Some((rest * f2, k + 2)),
        },
        // Not a number of its own: "5 thousand 155 mm shells", "2
        // thousand 3 times", "11 thousand 3 months ago".
        None if f == 1e3 && !doc.word(k + 1).is_some_and(|w| is_excluded_unit(w) || w == "times") => {
            Some((rest, k + 1))
        }
        None => None,
    }
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
    fn whole_numbers_read_as_the_float_parser_reads_them() {
        let parsed =
            |s: &str| s.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect::<String>().parse::<f64>().ok();
        let mut cases: Vec<String> =
            ["0", "7", "11,000", "11\u{a0}000", "999999999999999", "9999999999999999", "1.5", ",", "", "12,345,678"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        let mut x: u64 = 1;
        for _ in 0..2000 {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            cases.push((x >> (x % 60)).to_string());
        }
        for s in &cases {
            assert_eq!(digits_value(s).map(f64::to_bits), parsed(s).map(f64::to_bits), "{s}");
        }
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
        // A comma before a smaller group goes on; before as large a scale,
        // or a group without a scale, it ends the number.
        assert_eq!(words("three million, two hundred and forty thousand \u{1f4b0}"), Some(3_240_000.0));
        assert_eq!(words("three million, two hundred and forty"), Some(3_000_240.0));
        assert_eq!(words("a million, two million"), Some(1e6));
        assert_eq!(words("three million, two were hurt"), Some(3e6));
        assert_eq!(words("two thousand, five thousand"), Some(2000.0));
        assert_eq!(words("two lakh crore rupees"), Some(2e12));
        assert_eq!(words("a couple of dozen tanks"), Some(24.0));
        assert_eq!(words("a couple of hundred people"), Some(200.0));
        assert_eq!(words("a couple of days"), None);
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
        assert_eq!(fraction("three halves"), Some(1.5));
        assert_eq!(fraction("two halves"), None);
        assert_eq!(fraction("half"), Some(0.5));
        assert_eq!(fraction("a third"), Some(1.0 / 3.0));
        assert_eq!(fraction("two third"), None);
        assert_eq!(fraction("one thirds"), None);
    }

    #[test]
    fn tens_and_units_without_a_hyphen_and_mixed_fractions() {
        assert_eq!(words("thirty three miners"), Some(33.0));
        assert_eq!(words("ninety nine thousand"), Some(99_000.0));
        assert_eq!(words("one and a half"), Some(1.5));
        assert_eq!(words("two-and-a-quarter"), Some(2.25));
        assert_eq!(words("one-and-a-half million"), Some(1_500_000.0));
        assert_eq!(words("five and a quarter million"), Some(5_250_000.0));
        assert_eq!(words("three and a fifth weeks"), Some(3.2));
        assert_eq!(words("half million"), Some(500_000.0));
        assert_eq!(words("quarter billion"), Some(2.5e8));
        assert_eq!(words("hundred thousand dollars"), Some(1e5));
        assert_eq!(words("hundred dollars"), None);
        // "and" then another number is not a fraction: "two and three".
        assert_eq!(words("two and three"), Some(2.0));
        assert_eq!(fraction("one fourth"), Some(0.25));
        assert_eq!(fraction("one - fifth"), Some(0.2));
        assert_eq!(fraction("two thirds of a million"), Some(2e6 / 3.0));
        assert_eq!(fraction("a quarter million"), Some(250_000.0));
    }

    #[test]
    fn fractions_in_digits_and_scale_letters() {
        let slash = |text: &str| {
            let doc = Doc::new(text);
            parse_slash(&doc, 0).map(|p| (p.value, p.end))
        };
        assert_eq!(slash("3/4 of"), Some((0.75, 3)));
        assert_eq!(slash("2 1/4 points"), Some((2.25, 4)));
        assert_eq!(slash("\u{bd} a loaf"), Some((0.5, 1)));
        assert_eq!(slash("2\u{bd} hours"), Some((2.5, 2)));
        assert_eq!(slash("7/4"), None);
        assert_eq!(slash("1/0"), None);
        assert_eq!(slash("3/4/2025"), None);
        let digits = |text: &str, money: bool| {
            let doc = Doc::new(text);
            parse_digits_of(&doc, 0, money).map(|p| p.value)
        };
        assert_eq!(digits("10k fans", false), Some(1e4));
        assert_eq!(digits("2.33 k fans", false), Some(2330.0));
        assert_eq!(digits("35m people", false), Some(35e6));
        assert_eq!(digits("10 bln", false), Some(1e10));
        assert_eq!(digits("1.2b", false), Some(1.2e9));
        // A flat number and tonnes are not billions and trillions.
        assert_eq!(digits("221B", false), Some(221.0));
        assert_eq!(digits("278 t", false), Some(278.0));
        assert_eq!(digits("2.1T", true), Some(2.1e12));
        assert_eq!(digits("5 m", false), Some(5.0));
        assert_eq!(digits(".77", false), Some(0.77));
    }

    #[test]
    fn ratios_and_digits() {
        let doc = Doc::new("one in four, 1 out of every 10, 5 in 2024, 3bn, 1.2 million, 11\u{202f}000");
        assert_eq!(parse_ratio(&doc, 0).map(|p| p.value), Some(0.25));
        assert_eq!(parse_ratio(&doc, 4).map(|p| p.value), Some(0.1));
        assert_eq!(parse_ratio(&doc, 10), None);
        let p = parse_digits_of(&doc, 14, false).map(|p| p.value);
        assert_eq!(p, Some(3e9));
        assert_eq!(parse_digits_of(&doc, 17, false).map(|p| p.value), Some(1.2e6));
        assert_eq!(parse_digits_of(&doc, 20, false).map(|p| p.value), Some(11_000.0));
    }
}
