//! Figures: counts in digits or words, money, fractions, percentages and
//! ratios, with the hedge before ("more than a third") or after ("3,000 or
//! so", "20,000-odd") and the measure that follows ("casualties", "killed").
//!
//! Not figures: years, times, durations, ages, calibres and model numbers
//! ("170mm", "KN-23"), ordinals ("575th"), counters ("day 1,129"), numbers
//! inside URLs, handles and hashtags (those are single tokens), and number
//! words that do not count anything ("one of the", "a third country").

use super::lexicon::{
    denominator, hedges, hedges_after, hyphen_hedge, is_casualty_word, is_designator, is_excluded_unit, is_intensifier,
    is_lowercase_designator, is_measure_modifier, is_measure_noun, is_noun_phrase_filler, is_people_noun,
    is_predicate_filler, small_number, tens,
};
use super::numbers::{Form, Parsed, parse_digits, parse_fraction, parse_ratio, parse_words};
use super::tokens::{Doc, Kind};
use crate::model::{FigureKind, Qualifier};
use std::ops::Range;

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FigureMatch {
    /// Tokens of the whole figure: hedge, number, scale, percent.
    pub toks: Range<usize>,
    /// Tokens of the number itself.
    pub core: Range<usize>,
    pub value: f64,
    pub kind: FigureKind,
    pub qualifier: Option<Qualifier>,
    pub measure: Option<String>,
}

fn currency_name(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "dollars",
        '\u{a3}' => "pounds",
        '\u{20ac}' => "euros",
        '\u{a5}' => "yen",
        '\u{20a9}' => "won",
        '\u{20bd}' => "roubles",
        '\u{20b4}' => "hryvnias",
        _ => return None,
    })
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2013}')
}

/// The hedge ending right before token `start`, not reaching before `min`.
fn qualifier_before(doc: &Doc, start: usize, min: usize) -> Option<(Qualifier, usize)> {
    let last = doc.word(start.checked_sub(1)?).or_else(|| doc.is_punct(start - 1, '.').then_some("."))?;
    let mut best: Option<(Qualifier, usize)> = None;
    for hedge in hedges() {
        let (words, q) = (&hedge.words, hedge.qualifier);
        let n = words.len();
        if start < min + n || words.last().is_none_or(|w| &**w != last) {
            continue;
        }
        let s = start - n;
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, w)| if &**w == "." { doc.is_punct(s + k, '.') && doc.glued(s + k) } else { doc.is(s + k, w) });
        if matches && best.is_none_or(|(_, b)| s < b) {
            best = Some((q, s));
        }
    }
    let (q, mut s) = best?;
    if s > min && doc.word(s - 1).is_some_and(is_intensifier) {
        s -= 1;
    }
    Some((q, s))
}

/// A casualty word at `k` with its "or"/"and" partner: "killed or wounded".
fn casualty_phrase(doc: &Doc, k: usize, limit: usize) -> Option<(String, usize)> {
    let w = doc.word(k)?;
    if !is_casualty_word(w) {
        return None;
    }
    if k + 2 < limit
        && doc.is_any(k + 1, &["or", "and"])
        && let Some(w2) = doc.word(k + 2).filter(|w2| is_casualty_word(w2))
    {
        return Some((format!("{w} {} {w2}", doc.s(k + 1).to_ascii_lowercase()), k + 3));
    }
    Some((w.to_string(), k + 1))
}

/// "had been killed", "are believed to be fatalities", "were “lost”".
fn predicate_after(doc: &Doc, from: usize, limit: usize) -> Option<String> {
    let mut k = from;
    let mut steps = 0;
    while k < limit && steps < 6 {
        if doc.is_punct(k, '"') || doc.is_punct(k, '\'') && !doc.glued(k) {
            k += 1;
            continue;
        }
        let w = doc.word(k)?;
        if is_casualty_word(w) {
            return casualty_phrase(doc, k, limit).map(|(p, _)| p);
        }
        if !is_predicate_filler(w) {
            return None;
        }
        k += 1;
        steps += 1;
    }
    None
}

/// Whether the words after `k` go on to a noun, so the casualty word at
/// `k` is an adjective ("two captured North Koreans").
fn noun_follows(doc: &Doc, k: usize, limit: usize) -> bool {
    let mut j = k + 1;
    while j < limit && j < k + 4 {
        match doc.word(j) {
            Some(w) if is_measure_noun(w) => return true,
            Some(w) if doc.capitalised(j) || is_noun_phrase_filler(w) => j += 1,
            _ => return false,
        }
    }
    false
}

/// What the figure counts: the noun after it, or a casualty word.
pub(crate) fn find_measure(doc: &Doc, from: usize, limit: usize, ratio: bool) -> Option<String> {
    let mut j = from;
    let mut steps = 0;
    let mut after_of = false;
    while j < limit && steps < 9 {
        steps += 1;
        match doc.kind(j)? {
            Kind::Num if after_of => {
                j += 1;
                continue;
            }
            Kind::Word => {}
            Kind::Punct if doc.is_punct(j, '"') => {
                j += 1;
                continue;
            }
            _ => return None,
        }
        // Hyphenated modifiers: "self-propelled", "Shahed-type".
        if doc.is_punct(j + 1, '-') && doc.glued(j + 1) && doc.glued(j + 2) && doc.is_word(j + 2) {
            if let Some(last) = doc.word(j + 2)
                && is_measure_noun(last)
                && !doc.is_punct(j + 3, '-')
            {
                return Some(format!("{}-{last}", doc.s(j).to_ascii_lowercase()));
            }
            j += 3;
            continue;
        }
        let w = doc.word(j)?;
        if is_casualty_word(w) && !matches!(w, "casualties" | "fatalities" | "deaths") {
            if noun_follows(doc, j, limit) {
                j += 1;
                continue;
            }
            return casualty_phrase(doc, j, limit).map(|(p, _)| p);
        }
        // "artillery pieces", "ballistic missiles": a modifier before its noun.
        if is_measure_modifier(w) && doc.word(j + 1).is_some_and(is_measure_noun) {
            j += 1;
            continue;
        }
        if is_measure_noun(w) || is_people_noun(w) {
            let noun = match doc.word(j.wrapping_sub(1)) {
                Some(m) if j > from && is_measure_modifier(m) => format!("{m} {w}"),
                _ => w.to_string(),
            };
            if ratio || is_people_noun(w) {
                // "of those casualties are believed to be fatalities".
                if let Some(p) = predicate_after(doc, j + 1, limit).filter(|p| !p.starts_with(&*w)) {
                    let has_aux = doc.word(j + 1).is_some_and(is_predicate_filler);
                    if has_aux || ratio {
                        return Some(p);
                    }
                }
            }
            return Some(noun);
        }
        if w == "of" {
            after_of = true;
            j += 1;
            continue;
        }
        if is_noun_phrase_filler(w) || doc.capitalised(j) || is_predicate_filler(w) {
            j += 1;
            continue;
        }
        return None;
    }
    None
}

/// Why the number at `p` is not a figure, if it is not.
fn excluded(doc: &Doc, p: &Parsed, sentence: &Range<usize>) -> bool {
    let s = p.start;
    let e = p.end;
    // Glued to what comes before: "KN-23", "GMT+2", "2030/31", "14:00".
    if s > sentence.start && doc.glued(s) {
        let prev = s - 1;
        if doc.is_word(prev) {
            return true;
        }
        if let Some(c) = doc.punct(prev)
            && matches!(c, '-' | '+' | '/' | '.' | ':' | '\u{2013}' | '#' | '\u{2116}')
            && prev > sentence.start
            && doc.glued(prev)
        {
            if doc.is_word(prev - 1) && c != '\u{2013}' {
                return true;
            }
            if doc.is_num(prev - 1) && matches!(c, '/' | '.' | ':') {
                return true;
            }
        }
        // Glued by a comma to a number before: "1,5" (a decimal comma), "2,70",
        // "1,1,1" (the tokenizer only groups thousands in threes). A piece
        // of a malformed number or of a comma-separated list is no figure.
        if doc.is_punct(prev, ',') && prev > sentence.start && doc.glued(prev) && doc.is_num(prev - 1) {
            return true;
        }
    }
    // Glued to what follows: "170mm", "575th", "2000s", "14:00".
    if e < sentence.end && doc.glued(e) {
        if doc.is_word(e) {
            return true;
        }
        if doc.punct(e).is_some_and(|c| c == ':' || c == ',') && doc.is_num(e + 1) && doc.glued(e + 1) {
            return true;
        }
        if doc.punct(e).is_some_and(is_dash) && doc.glued(e + 1) && doc.is_word(e + 1) {
            let allowed = doc.is_any(e + 1, &["strong", "man"]) || doc.word(e + 1).and_then(hyphen_hedge).is_some();
            if !allowed {
                return true;
            }
        }
    }
    // Units: "170 mm", "24 hours", "2 p.m.", "ten weeks"; for a range,
    // the unit after its second number ("2–3 weeks").
    let mut unit = e;
    if let Some(second) = range_second(doc, e, sentence.end) {
        unit = second;
    }
    if let Some(w) = doc.word(unit) {
        if is_excluded_unit(w) {
            return true;
        }
        if (w == "a" || w == "p") && doc.is_punct(unit + 1, '.') && doc.is(unit + 2, "m") {
            return true;
        }
    }
    // Labels: "Article 5", "day 1,129", "aged 26".
    if s > sentence.start
        && let Some(prev) = doc.word(s - 1)
        && (is_lowercase_designator(prev) || doc.capitalised(s - 1) && is_designator(prev))
    {
        return true;
    }
    if let Form::Digits { grouped, decimal, digits, scaled } = p.form
        && !grouped
        && !decimal
        && !scaled
    {
        // Identifiers.
        if digits >= 8 {
            return true;
        }
        // Years, unless a count noun follows ("2000 troops").
        if digits == 4 && (1800.0..=2100.0).contains(&p.value) && !counted_noun_follows(doc, e, sentence.end) {
            return true;
        }
        // List numbering at the start of a line: "1. ", "2) ".
        let line_start = s == sentence.start || doc.toks.get(s).is_some_and(|t| t.newlines() > 0);
        if line_start && doc.glued(e) && doc.punct(e).is_some_and(|c| c == '.' || c == ')') {
            return true;
        }
        // A name before a bare number: "Kursk 2", "Minsk 2".
        if digits <= 4
            && s > sentence.start + 1
            && doc.capitalised(s - 1)
            && !doc.glued(s)
            && qualifier_before(doc, s, sentence.start).is_none()
            && !counted_noun_follows(doc, e, sentence.end)
        {
            return true;
        }
    }
    false
}

/// A count noun within the next few words.
fn counted_noun_follows(doc: &Doc, from: usize, limit: usize) -> bool {
    let mut j = from;
    while j < limit && j < from + 4 {
        match doc.word(j) {
            Some(w) if is_measure_noun(w) || is_casualty_word(w) => return true,
            Some(w) if doc.capitalised(j) || is_noun_phrase_filler(w) => j += 1,
            _ => return false,
        }
    }
    false
}

/// For a range "3,500–4,000" or "20 to 30", the token after its second
/// number. The number is read up to the first token after the sentence
/// (`limit`).
fn range_second(doc: &Doc, e: usize, limit: usize) -> Option<usize> {
    let next = if doc.punct(e).is_some_and(is_dash) || doc.is(e, "to") { e + 1 } else { return None };
    if doc.is_num(next) {
        return parse_digits(doc, next).map(|p| p.end);
    }
    parse_words(doc, next, limit + 1).map(|p| p.end)
}

fn fraction_word_at(doc: &Doc, i: usize) -> bool {
    doc.word(i).is_some_and(|w| denominator(w).is_some())
}

/// Whether a fraction or small number word is used as a figure here.
fn accepted(doc: &Doc, p: &Parsed, hedged: bool, percent: bool, sentence: &Range<usize>) -> bool {
    let next = p.end;
    let prev = p.start.checked_sub(1).filter(|&k| k >= sentence.start);
    let next_word = doc.word(next);
    let next_is = |ws: &[&str]| next_word.is_some_and(|w| ws.contains(&w));
    match p.form {
        Form::Digits { .. } | Form::Ratio => true,
        Form::Words { scaled, dozen } => {
            if percent || scaled && !dozen {
                return true;
            }
            if p.value == 1.0 && !dozen {
                return false;
            }
            hedged || find_measure(doc, next, sentence.end, false).is_some_and(|m| !m.is_empty())
        }
        Form::Fraction { article, hyphenated, plural } => {
            if doc.glued(next) && doc.punct(next).is_some_and(is_dash) {
                return false;
            }
            if plural || hyphenated {
                return true;
            }
            let ordinal_before = prev.is_some_and(|k| {
                doc.is_any(k, &["first", "second", "latter", "other", "next", "last", "final", "the"])
            });
            if ordinal_before && !article {
                return false;
            }
            let coordinated = next_is(&["and", "or", "to"])
                && (fraction_word_at(doc, next + 1) || fraction_word_at(doc, next + 2))
                || prev.is_some_and(|k| doc.is_any(k, &["and", "or", "to"]) && k > 0 && fraction_word_at(doc, k - 1));
            let predicate = next_word.is_some_and(|w| {
                is_casualty_word(w) || matches!(w, "were" | "was" | "are" | "is" | "had" | "have" | "has")
            });
            let by = prev.is_some_and(|k| doc.is(k, "by"));
            if !article {
                // Bare "half".
                return hedged
                    || by
                    || coordinated
                    || predicate
                    || next_is(&["of", "the", "its", "their", "those", "these", "all", "his", "her", "our"]);
            }
            hedged || coordinated || predicate || next_is(&["of"])
        }
    }
}

/// A word that can open a number in words, a fraction or a ratio.
fn starts_number_words(w: &str) -> bool {
    matches!(w, "a" | "an" | "half") || small_number(w).is_some() || tens(w).is_some()
}

/// Every figure in the sentence `range`. `blocked` marks tokens that belong
/// to dates.
pub(crate) fn find(doc: &Doc, range: Range<usize>, blocked: &[bool]) -> Vec<FigureMatch> {
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if blocked.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        let Some(t) = doc.toks.get(i) else { break };
        // Currency: "$65.9 billion", "£3bn".
        let currency = (t.kind() == Kind::Punct)
            .then(|| currency_name(t.first()))
            .flatten()
            .filter(|_| doc.is_num(i + 1) && doc.glued(i + 1));
        let core_start = if currency.is_some() { i + 1 } else { i };
        let parsed = match doc.kind(core_start) {
            Some(Kind::Num) => parse_ratio(doc, core_start).or_else(|| parse_digits(doc, core_start)),
            Some(Kind::Word) if !doc.word(core_start).is_some_and(starts_number_words) => None,
            // Number words are read one token past the sentence, which is
            // enough to tell that they run on past its end.
            Some(Kind::Word) => parse_ratio(doc, core_start)
                .or_else(|| doc.is(core_start, "half").then(|| parse_words(doc, core_start, range.end + 1)).flatten())
                .or_else(|| parse_fraction(doc, core_start))
                .or_else(|| parse_words(doc, core_start, range.end + 1)),
            _ => None,
        };
        let Some(mut p) = parsed.filter(|p| p.end <= range.end) else {
            i += 1;
            continue;
        };
        if (p.start..p.end).any(|k| blocked.get(k).copied().unwrap_or(false)) {
            i = p.end;
            continue;
        }
        // Currency scale glued: "$5m", "$20k".
        let mut value = p.value;
        if currency.is_some()
            && doc.glued(p.end)
            && let Some(f) = match doc.word(p.end) {
                Some("m") => Some(1e6),
                Some("k") => Some(1e3),
                _ => None,
            }
        {
            value *= f;
            p.end += 1;
        }
        let mut kind =
            if matches!(p.form, Form::Fraction { .. } | Form::Ratio) { FigureKind::Ratio } else { FigureKind::Count };
        // Percentages.
        let mut end = p.end;
        let mut percent = false;
        if currency.is_none() && kind == FigureKind::Count {
            let len = if doc.is_punct(end, '%') || doc.is_any(end, &["percent", "pct"]) {
                1
            } else if doc.is(end, "per") && doc.is(end + 1, "cent")
                || doc.is(end, "percentage") && doc.is_any(end + 1, &["points", "point"])
            {
                2
            } else {
                0
            };
            if len > 0 {
                end += len;
                percent = true;
            }
            if percent {
                value /= 100.0;
                kind = FigureKind::Ratio;
            }
        }
        if !percent && excluded(doc, &p, &range) {
            i = p.end.max(i + 1);
            continue;
        }
        let hedge = qualifier_before(doc, if currency.is_some() { i } else { p.start }, range.start);
        if !accepted(doc, &p, hedge.is_some(), percent, &range) {
            i = p.end.max(i + 1);
            continue;
        }
        let mut start = if currency.is_some() { i } else { p.start };
        let mut qualifier = None;
        if let Some((q, s)) = hedge {
            qualifier = Some(q);
            start = s;
        }
        // Hedges after: "3,000 or so", "20,000-odd", "5,000 or more".
        let mut measure_from = end;
        if doc.glued(end) && doc.punct(end).is_some_and(is_dash) && doc.glued(end + 1) {
            if let Some(q) = doc.word(end + 1).and_then(hyphen_hedge) {
                qualifier = qualifier.or(Some(q));
                end += 2;
            } else if doc.is_any(end + 1, &["strong", "man"]) {
                measure_from = end + 2;
            }
        } else if let Some(hedge) =
            hedges_after().iter().find(|h| h.words.iter().enumerate().all(|(k, w)| doc.is(end + k, w)))
        {
            qualifier = qualifier.or(Some(hedge.qualifier));
            end += hedge.words.len();
        }
        if measure_from == p.end {
            measure_from = end;
        }
        if let Some(second) = range_second(doc, end, range.end) {
            measure_from = second;
        }
        let mut measure = find_measure(doc, measure_from, range.end, kind == FigureKind::Ratio);
        if measure.is_none()
            && let Some(c) = currency
        {
            measure = Some(c.to_string());
        }
        out.push(FigureMatch { toks: start..end, core: p.start..p.end, value, kind, qualifier, measure });
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text, value, kind, qualifier and measure of a figure.
    type Row = (String, f64, FigureKind, Option<Qualifier>, Option<String>);

    fn figures(text: &str) -> Vec<Row> {
        let doc = Doc::new(text);
        let blocked = vec![false; doc.len()];
        find(&doc, 0..doc.len(), &blocked)
            .into_iter()
            .map(|f| (doc.text_of(f.toks.start, f.toks.end).to_string(), f.value, f.kind, f.qualifier, f.measure))
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        figures(text).into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn counts_with_hedges_and_measures() {
        let f = figures("North Korea has suffered over 5,000 casualties, about 1,000 of them killed.");
        assert_eq!(f.len(), 2);
        assert_eq!(
            f[0],
            ("over 5,000".into(), 5000.0, FigureKind::Count, Some(Qualifier::Over), Some("casualties".into()))
        );
        assert_eq!(f[1].0, "about 1,000");
        assert_eq!(f[1].4.as_deref(), Some("killed"));
        let f = figures("some 300 North Korean soldiers had been killed and 2,700 wounded");
        assert_eq!(f[0].3, Some(Qualifier::About));
        assert_eq!(f[0].4.as_deref(), Some("killed"));
        assert_eq!(f[1].4.as_deref(), Some("wounded"));
    }

    #[test]
    fn scale_words_and_number_words() {
        let f = figures("an estimated 1.28 million personnel and eleven thousand troops, $65.9 billion and \u{a3}3bn");
        let values: Vec<f64> = f.iter().map(|f| f.1).collect();
        assert_eq!(values, [1.28e6, 11_000.0, 65.9e9, 3e9]);
        assert_eq!(f[2].0, "$65.9 billion");
        assert_eq!(figures("Nearly a dozen generals")[0].1, 12.0);
    }

    #[test]
    fn fractions_and_percentages() {
        let f = figures("Roughly one-third of those casualties are believed to be fatalities.");
        assert_eq!(f[0].0, "Roughly one-third");
        assert!((f[0].1 - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(f[0].2, FigureKind::Ratio);
        assert_eq!(f[0].4.as_deref(), Some("fatalities"));
        assert_eq!(
            texts("nearly half of the troops, a quarter killed, two-thirds"),
            ["nearly half", "a quarter", "two-thirds"]
        );
        assert_eq!(texts("more than a third of the 11,000"), ["more than a third", "11,000"]);
        assert_eq!(
            texts("40 percent, 40 per cent and 40% and almost 40 percent"),
            ["40 percent", "40 per cent", "40%", "almost 40 percent"]
        );
        assert_eq!(figures("40 per cent")[0].1, 0.4);
        assert_eq!(texts("between a third and a half of its strength"), ["a third", "a half"]);
        assert_eq!(texts("roughly one in four soldiers; four in ten"), ["roughly one in four", "four in ten"]);
    }

    #[test]
    fn hedges_after_the_number() {
        let f = figures("another 3,000 or so troops and 20,000-odd losses");
        assert_eq!(f[0].0, "3,000 or so");
        assert_eq!(f[0].3, Some(Qualifier::About));
        assert_eq!(f[1].0, "20,000-odd");
        assert_eq!(f[1].4.as_deref(), Some("losses"));
    }

    #[test]
    fn not_figures() {
        for text in [
            "in 2023 the war",
            "about 220 170mm guns and 240-mm launchers",
            "the 575th Marine Battalion",
            "at 14:00 GMT and at 2 p.m.",
            "in the past 24 hours",
            "see https://x.com/a/status/1882751234567 and @unit5000 #Kursk5000",
            "KN-23 missiles, a 25-year-old soldier, GMT+2",
            "day 1,129 of the war; one aged 20",
            "one of the officials, a third country, the first half",
            "tens of thousands of soldiers and hundreds more",
            "within the next 2\u{2013}3 weeks",
            "Article 5 of the treaty",
        ] {
            let found = texts(text);
            let allowed: &[&str] = if text.starts_with("about 220") { &["about 220"] } else { &[] };
            assert_eq!(found, allowed, "{text}");
        }
    }

    #[test]
    fn ranges_give_two_figures_with_the_same_measure() {
        let f = figures("groups of 20 to 30 men and 3,500\u{2013}4,000 casualties");
        assert_eq!(f.len(), 4);
        assert_eq!(f[0].4.as_deref(), Some("men"));
        assert_eq!(f[2].0, "3,500");
        assert_eq!(f[2].4.as_deref(), Some("casualties"));
    }

    #[test]
    fn numbers_glued_by_commas_to_numbers_are_not_figures() {
        // Decimal commas, malformed groups and comma-separated lists.
        assert_eq!(texts("a 1,5 million rise"), Vec::<String>::new());
        assert_eq!(texts("2,70 and 12,34,567 and 1,0000"), Vec::<String>::new());
        assert_eq!(texts(&"1,".repeat(1000)), Vec::<String>::new());
        // Well-formed numbers, and lists with spaces, are figures.
        assert_eq!(texts("5,000,000 troops, 6,000, 7,000 and 8,000"), ["5,000,000", "6,000", "7,000", "8,000"]);
        assert_eq!(texts("killed 5,000,wounded 300"), ["5,000", "300"]);
    }

    #[test]
    fn small_number_words_need_something_counted() {
        assert_eq!(texts("two North Korean soldiers were captured"), ["two"]);
        assert_eq!(texts("two officials said"), Vec::<String>::new());
        assert_eq!(texts("three civilians"), ["three"]);
        assert_eq!(texts("One soldier was killed"), Vec::<String>::new());
    }
}
