//! Figures: counts in digits or words, money, fractions, percentages and
//! ratios, with the hedge before ("more than a third") or after ("3,000 or
//! so", "20,000-odd") and the measure that follows ("casualties", "killed").
//!
//! Not figures: years, times, durations, ages, calibres and model numbers
//! ("170mm", "KN-23"), ordinals ("575th"), counters ("day 1,129"), numbers
//! inside URLs, handles and hashtags (those are single tokens), and number
//! words that do not count anything ("one of the", "a third country").

use super::lexicon::{
    Class, Hedge, denominator, hedges_after_starting, hedges_ending, hyphen_hedge, is_age_noun, is_audience_noun,
    is_casualty_word, is_certainty_word, is_contents_heading, is_copula, is_count_adjective_noun, is_day_part,
    is_designator, is_distance_follower, is_excluded_unit, is_generic_determiner, is_glued_unit, is_identifier_label,
    is_intensifier, is_interval_label, is_irregular_participle, is_level_noun, is_level_verb, is_listing_key,
    is_lowercase_designator, is_measure_modifier, is_measure_noun, is_metric_emoji, is_model_suffix,
    is_multiplier_follower, is_not_a_count_of_one_after, is_notes_heading, is_noun_phrase_filler, is_numbered_body,
    is_page_control, is_page_control_verb, is_pager_word, is_people_noun, is_predicate_filler, is_probability_term,
    is_pronoun, is_report_noun, is_resolution_body, is_rise_verb, is_scheduled_event, is_score_word, is_speaker_label,
    is_speech_verb, is_street_word, is_street_word_before_name, is_title, is_unit_abbreviation, is_unit_modifier,
    is_weather_reading, is_weather_word, month, month_abbreviation, multiplier_word, scale, singular, small_number,
    starts_number_words, tens,
};
use super::numbers::{
    Form, Parsed, digits_value, parse_digits_of, parse_fraction, parse_ratio, parse_slash, parse_words,
};
use super::tokens::{Doc, Kind, currency_code, normalise_punct};
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

pub(crate) fn currency_name(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "dollars",
        '\u{a3}' => "pounds",
        '\u{20ac}' => "euros",
        '\u{a5}' => "yen",
        '\u{20a9}' => "won",
        '\u{20bd}' => "roubles",
        '\u{20b4}' => "hryvnias",
        '\u{20b9}' => "rupees",
        _ => return None,
    })
}

pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2013}')
}

/// "19, 20 years old": two ages a year or three apart, the second the
/// older (not "Of the 30, 12, 17 years old or younger, were released").
fn adjacent_ages(doc: &Doc, first: usize, second: usize) -> bool {
    let age = |k: usize| doc.s(k).parse::<u32>().ok();
    matches!((age(first), age(second)), (Some(a), Some(b)) if b > a && b - a <= 3)
}

/// The hedge ending right before token `start`, not reaching before `min`.
/// A verb that hedges ("now exceed 5,000") gives the qualifier, and the
/// figure still starts at `start`.
fn qualifier_before(doc: &Doc, start: usize, min: usize) -> Option<(Qualifier, usize)> {
    hedge_before(doc, start, min, false)
        // "EST 200" in a report's capitals, "est. 3,000": estimated; not a
        // time zone after its time ("9 a.m. EST 300 marched"), nor French
        // ("le bilan est 300 morts"), nor "C." lettering a report's item.
        .filter(|&(_, s)| {
            !(doc.is(s, "est") && !doc.is_punct(s + 1, '.') && (doc.s(s) != "EST" || time_before(doc, s)))
        })
        .filter(|&(_, s)| !(doc.is(s, "c") && doc.s(s) == "C" && doc.opens_line(s)))
        // "edged up to 3.9%": the level it rose to, not a bound.
        .filter(|&(_, s)| !(doc.is(s, "up") && s > min && doc.has(s - 1, Class::RiseVerb)))
        // "has put deaths anywhere near 30,000", "nowhere near 300": a
        // figure denied, not a hedge on it.
        .filter(|&(_, s)| !(s > min && doc.is_any(s - 1, &["anywhere", "nowhere"])))
        // "more than / 5,000" with a caption cue between: the qualifier
        // holds, but the span is the number, not the cue's number and
        // timing line between.
        .map(|(q, s)| if (s + 1..=start).any(|k| doc.cue_break_before(k)) { (q, start) } else { (q, s) })
        .or_else(|| {
            hedge_before(doc, start, min, true)
                // "the top 10 firms", "a mountain pass 3,000 metres high":
                // an adjective or a noun, not the verb.
                .filter(|&(_, s)| {
                    !(doc.is_any(s, &["top", "pass"])
                        && s > min
                        && (doc.word(s - 1).is_some_and(is_generic_determiner)
                            || doc.is(s, "pass") && doc.is_any(s - 1, &["mountain", "a", "the"])))
                })
                .map(|(q, _)| (q, start))
        })
}

/// A clock time or its "a.m."/"p.m." right before token `k`.
fn time_before(doc: &Doc, k: usize) -> bool {
    k > 0 && (doc.is_num(k - 1) || doc.is_any(k - 1, &["am", "pm", "m", "a.m", "p.m"]) || doc.is_punct(k - 1, '.'))
}

/// `verb`: among the verbs that hedge, else among the hedges.
fn hedge_before(doc: &Doc, start: usize, min: usize, verb: bool) -> Option<(Qualifier, usize)> {
    let prev = start.checked_sub(1)?;
    // A pasted table's cell before ("est.\t100") says nothing of this one.
    if doc.tab_before(start) {
        return None;
    }
    let last = match doc.kind(prev)? {
        Kind::Word | Kind::Punct => doc.lower_of(prev),
        _ => return None,
    };
    let mut best: Option<(Qualifier, usize)> = None;
    for hedge in hedges_ending(verb, last) {
        let (words, q) = (&hedge.words, hedge.qualifier);
        let n = words.len();
        if start < min + n {
            continue;
        }
        let s = start - n;
        let matches = words.iter().enumerate().all(|(k, w)| hedge_word_at(doc, s + k, w));
        if matches && best.is_none_or(|(_, b)| s < b) {
            best = Some((q, s));
        }
    }
    let (q, mut s) = best?;
    // The ">" that closes a tag ("</ref> One prisoner", "<br/>") is no
    // comparison.
    if doc.is_punct(s, '>') && closes_tag(doc, s) {
        return None;
    }
    if s > min && doc.word(s - 1).is_some_and(is_intensifier) {
        s -= 1;
    }
    Some((q, s))
}

/// The ">" at token `k` closes a markup tag: "</ref>", "<br />", "<ref
/// name=\"x\">" (a "<" since the last space, or a "/" or quote right
/// before), not "Losses>300".
fn closes_tag(doc: &Doc, k: usize) -> bool {
    /// A tag's name and attributes before its ">" are short.
    const TAG_BYTES: usize = 256;
    let at = doc.toks[k].start();
    let before = &doc.text[doc.text.floor_char_boundary(at.saturating_sub(TAG_BYTES))..at];
    // Only back to the last space, and no further than a tag's length: a
    // text of ">300"s without a "<" or a space is not read back to its
    // start at each.
    let from = before.char_indices().rev().find(|&(_, c)| c.is_whitespace()).map_or(0, |(w, c)| w + c.len_utf8());
    let word = &before[from..];
    word.contains('<') || before.ends_with(['/', '"'])
}

/// Token `k` is the hedge's word `w`: a word, or a punctuation mark ("~",
/// the "." of "approx.", glued to what is before it). A mark doubled is
/// markup, no hedge: Markdown's "~~4,000~~" strikes the figure out.
fn hedge_word_at(doc: &Doc, k: usize, w: &str) -> bool {
    let mut chars = w.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if !c.is_alphanumeric() => {
            doc.is_punct(k, c)
                && (c != '.' || doc.glued(k))
                && !(c != '.' && k > 0 && doc.is_punct(k - 1, c) && doc.glued(k))
        }
        _ => doc.is(k, w),
    }
}

/// The hedges after a figure whose first word can be token `k`: a word
/// matches the hedge word it spells, a punctuation mark the one-character
/// hedge word it is (see `hedge_word_at`); any other hedge cannot match
/// there.
fn hedges_after_at(doc: &Doc, k: usize) -> impl Iterator<Item = &'static Hedge> + use<> {
    let mut buf = [0u8; 4];
    let first = match doc.toks.get(k) {
        Some(t) if t.kind() == Kind::Word => doc.lower_of(k),
        Some(t) if t.kind() == Kind::Punct => t.first().encode_utf8(&mut buf),
        _ => "",
    };
    hedges_after_starting(first)
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
                && doc.has(j + 2, Class::MeasureNoun)
                && !doc.is_punct(j + 3, '-')
            {
                return Some(format!("{}-{last}", doc.s(j).to_ascii_lowercase()));
            }
            j += 3;
            continue;
        }
        let w = doc.word(j)?;
        if doc.has(j, Class::CasualtyWord) && !matches!(w, "casualties" | "fatalities" | "deaths") {
            if noun_follows(doc, j, limit) {
                j += 1;
                continue;
            }
            return casualty_phrase(doc, j, limit).map(|(p, _)| p);
        }
        // "artillery pieces", "ballistic missiles": a modifier before its noun.
        if doc.has(j, Class::MeasureModifier) && doc.has(j + 1, Class::MeasureNoun) {
            j += 1;
            continue;
        }
        let people = doc.has(j, Class::PeopleNoun);
        if doc.has(j, Class::MeasureNoun) || people {
            let noun = match doc.word(j.wrapping_sub(1)) {
                Some(m) if j > from && is_measure_modifier(m) => format!("{m} {w}"),
                _ => w.to_string(),
            };
            if ratio || people {
                // "of those casualties are believed to be fatalities".
                if let Some(p) = predicate_after(doc, j + 1, limit).filter(|p| !p.starts_with(&*w)) {
                    let has_aux = doc.has(j + 1, Class::PredicateFiller);
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
        if is_noun_phrase_filler(w) || doc.capitalised(j) || doc.has(j, Class::PredicateFiller) {
            j += 1;
            continue;
        }
        return None;
    }
    None
}

/// Token `k` is a scale letter or abbreviation glued to a number ("5k").
fn scaled_number_ends_at(doc: &Doc, k: usize) -> bool {
    k > 0 && doc.glued(k) && doc.is_num(k - 1) && doc.word(k).and_then(scale).is_some()
}

/// A word of money glued to a number by a hyphen ("a 12-cent dividend").
fn money_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "cent" | "cents" => "cents",
        "dollar" | "dollars" => "dollars",
        "euro" | "euros" => "euros",
        "pound" | "pounds" => "pounds",
        "penny" | "pence" => "pence",
        "yen" => "yen",
        "yuan" => "yuan",
        "rupee" | "rupees" => "rupees",
        "rouble" | "ruble" => "roubles",
        _ => return None,
    })
}

/// Whether a measure names a currency ("dollars", "won").
pub(crate) fn is_currency(measure: &str) -> bool {
    matches!(
        measure,
        "dollars" | "pounds" | "euros" | "yen" | "won" | "roubles" | "hryvnias" | "rupees" | "yuan" | "cents" | "pence"
    )
}

/// A word with a capital after its first letter ("iPhone", "eBay"): a
/// product's or a brand's name.
fn has_inner_capital(w: &str) -> bool {
    w.chars().skip(1).any(char::is_uppercase) && w.chars().any(char::is_lowercase)
}

/// Token `k` looks like a plural noun: lowercase, longer than three
/// letters, ending in "s" but not "ss", "us" or "is" ("hires", "users").
fn plural_noun_at(doc: &Doc, k: usize, limit: usize) -> bool {
    k < limit
        && !doc.capitalised(k)
        && doc.word(k).is_some_and(|w| {
            // Plurals without an "s".
            matches!(
                w,
                "mice"
                    | "geese"
                    | "cattle"
                    | "sheep"
                    | "deer"
                    | "livestock"
                    | "people"
                    | "children"
                    | "men"
                    | "women"
                    | "police"
            ) || w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is")
                && w.bytes().all(|b| b.is_ascii_lowercase())
        })
}

/// A preposition that puts a year after it ("in 2000", "since 2014").
fn year_preposition_before(doc: &Doc, s: usize, min: usize) -> bool {
    s > min
        && doc.is_any(
            s - 1,
            &[
                "in", "since", "by", "of", "from", "until", "till", "to", "before", "after", "during", "through",
                "and", "year",
            ],
        )
}

/// Capitalised words then a street word after token `e`: "10 Downing
/// Street", "1600 Pennsylvania Ave", or a name hyphened to one ("124
/// Sejong-daero").
fn street_follows(doc: &Doc, e: usize, limit: usize) -> bool {
    if e + 2 < limit
        && doc.capitalised(e)
        && doc.is_punct(e + 1, '-')
        && doc.glued(e + 1)
        && doc.glued(e + 2)
        && doc.word(e + 2).is_some_and(is_street_word)
    {
        return true;
    }
    // "14 Ulitsa Sakko", "8 Rue Cler", "14 Ul. Lenina": the street's word
    // before its name.
    let name_after = |k: usize| doc.capitalised(k) || doc.is_punct(k, '.') && doc.glued(k) && doc.capitalised(k + 1);
    if e + 1 < limit && doc.capitalised(e) && doc.word(e).is_some_and(is_street_word_before_name) && name_after(e + 1) {
        return true;
    }
    // "14 Tanner's Row": a name's possessive is skipped. Up to two
    // capitalised words before the street's word.
    // "About 200 Kew Gardens staff", "15 Ladbroke Grove residents": a
    // place named after a street counts what follows it.
    let address = |k: usize| {
        doc.word(k).is_some_and(is_street_word)
            && !(doc.is_any(k, &["row", "mews", "close", "grove", "gardens"])
                && (plural_noun_at(doc, k + 1, limit) || !doc.capitalised(k + 1) && doc.has(k + 1, Class::MeasureNoun)))
    };
    let (mut k, mut words) = (e, 0);
    while k < limit && words < 3 && doc.capitalised(k) {
        if k > e && address(k) {
            return true;
        }
        words += 1;
        k += if doc.possessive_at(k + 1) { 3 } else { 1 };
    }
    k > e && k < limit && doc.capitalised(k) && address(k)
}

/// A house number whose address ends its sentence with a British
/// postcode: "14 Quayside, Newcastle upon Tyne NE1 3DX", "10 Downing St,
/// London SW1A 2AA". The number is followed by one to three capitalised
/// words, a comma, then only a place's words before the code (not "Around
/// 300 Unite members picketed …, Slough SL1 1XR", "Some 250 Residents of
/// Grenfell Tower, London W11 1TG").
fn postcode_follows(doc: &Doc, e: usize, sentence: &Range<usize>) -> bool {
    let mut k = e;
    while k < sentence.end && k < e + 3 && doc.capitalised(k) {
        k += 1;
    }
    if k == e || !doc.is_punct(k, ',') {
        return false;
    }
    let (Some(from), Some(last)) = (doc.toks.get(k + 1), sentence.end.checked_sub(1).and_then(|l| doc.toks.get(l)))
    else {
        return false;
    };
    let Some(place) = doc.text.get(from.start()..last.end().max(from.start())) else { return false };
    let outward = |w: &str| {
        let b = w.as_bytes();
        let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
        (1..=2).contains(&letters)
            && b.len() > letters
            && b[letters].is_ascii_digit()
            && b.len() <= letters + 2
            && b[letters + 1..].iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    let inward = |w: &str| {
        let b = w.trim_end_matches(['.', ',', ')', ';']).as_bytes();
        b.len() == 3 && b[0].is_ascii_digit() && b[1].is_ascii_uppercase() && b[2].is_ascii_uppercase()
    };
    // A place's words: capitalised, or the small words of "Newcastle upon
    // Tyne", "Stoke-on-Trent".
    let place_word = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase) || matches!(w, "upon" | "on" | "le" | "under" | "in")
    };
    // The code ends the sentence ("…, Swindon SN1 1AA branch, walked out"
    // is a count's description).
    // An emoji or a mark after it is no word.
    let words: Vec<&str> = place.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).take(9).collect();
    words.len() >= 2 && {
        let j = words.len() - 1;
        outward(words[j - 1]) && inward(words[j]) && words[..j - 1].iter().all(|w| place_word(w.trim_end_matches(',')))
    }
}

/// A copula right before the number at `s`, past a hedge and the
/// predicate's adverbs: "is roughly 1.2", "was now nearly 3".
fn after_copula(doc: &Doc, s: usize, min: usize) -> bool {
    let mut k = hedge_before(doc, s, min, false).map_or(s, |(_, start)| start);
    let from = k;
    while k > min && k + 3 > from && doc.word(k - 1).is_some_and(is_predicate_filler) {
        k -= 1;
        if doc.word(k).is_some_and(is_copula) {
            return true;
        }
    }
    false
}

/// "2.3 On 27 March" at the start of a line: a number of one or two digits,
/// a point and one or two digits (a "." after it allowed), then a
/// capitalised word that no count or measure would take.
fn section_number(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    let Some((chapter, section)) = doc.s(s).split_once('.') else { return false };
    // A chapter's first section ("4.1") after the last chapter's ("3.3").
    let chapter_before = chapter.parse::<u8>().ok().filter(|&c| section == "1" && c > 1).map(|c| (c - 1).to_string());
    let short_parts = doc.s(s).split('.').all(|part| (1..=2).contains(&part.len()));
    let next = if doc.is_punct(e, '.') && doc.glued(e) { e + 1 } else { e };
    let shaped = short_parts
        && e == s + 1
        && next < sentence.end
        && !doc.glued(next)
        && doc.capitalised(next)
        && (!(doc.has(next, Class::MeasureNoun)
            || doc.has(next, Class::CasualtyWord)
            || doc.word(next).is_some_and(|w| scale(w).is_some()))
            // A heading of one word that ends its line: "2.2 Casualties".
            // Not a list of data a colon opens ("per 100 troops, by
            // unit:\n1.1 Storm").
            || scale(doc.s(next)).is_none()
                && (next + 1 >= doc.len() || doc.opens_line(next + 1))
                && !(s > 0 && doc.is_punct(s - 1, ':')));
    // A sibling section of the same chapter ("2.2" near "2.3"), or the
    // last chapter's before a first section, opens another line nearby:
    // not a headline's "7.8 Magnitude Quake" nor a table's "1.9 Germany"
    // and "2.4 France".
    let sibling = |k: usize| {
        k != s
            && doc.opens_line(k)
            && doc.is_num(k)
            && doc.s(k) != doc.s(s)
            && doc.s(k).split_once('.').is_some_and(|(c, rest)| {
                (c == chapter || chapter_before.as_deref() == Some(c)) && (1..=2).contains(&rest.len())
            })
    };
    shaped && any_within(doc, s, SECTION_REACH, sibling)
}

/// Whether `found` holds for a token other than `s` within `reach` tokens
/// of it either way.
fn any_within(doc: &Doc, s: usize, reach: usize, found: impl Fn(usize) -> bool) -> bool {
    (s.saturating_sub(reach)..(s + reach).min(doc.len())).any(|k| k != s && found(k))
}

/// How far, in tokens, an hour's or a forecast's context is read either
/// way ("Hospitalisations sat at 12 this morning", "Tonight clear and
/// cold, lows of minus 3"): a clause's length, so that a long sentence of
/// many figures stays linear.
const HOUR_REACH: usize = 24;

/// How far before "highs of" or "lows of" a forecast's word is looked for.
const FORECAST_REACH: usize = 6;

/// How far, in tokens, a section's sibling is looked for either way: a
/// long section runs to a few hundred.
const SECTION_REACH: usize = 600;

/// "9 JCS, briefing to the Assembly, 23 Dec. 2024.": a note's number
/// opening its line after a finished sentence (or a rule of underscores),
/// before a name that counts nothing and a comma that ends the name, as a
/// citation writes it, with another such note opening a line nearby. A
/// wrapped line's "12 North Korean soldiers" counts; so do a table's "12
/// Russians" and a list's "12 HIMARS destroyed."
fn footnote_number(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    let note_at = |k: usize| {
        let name = k + 1;
        doc.is_num(k)
            && doc.opens_line(k)
            && doc.s(k).len() <= 3
            && doc.s(k).bytes().all(|b| b.is_ascii_digit())
            && (k == 0
                || doc.punct(k - 1).is_some_and(|c| matches!(c, '.' | '!' | '?' | '_' | ':' | '"' | ')'))
                || doc.opens_line(k - 1) && doc.word(k - 1).is_some_and(is_notes_heading))
            && !doc.glued(name)
            && doc.capitalised(name)
            && doc.word(name).is_some_and(|w| {
                !(is_measure_noun(w) || is_casualty_word(w) || scale(w).is_some() || month(w).is_some())
            })
            // Not a plural name ("Russians"); an acronym ("JCS") may end in S.
            && !(doc.s(name).ends_with('s') && doc.s(name).bytes().any(|b| b.is_ascii_lowercase()))
            // Not a list's "3 BMP-2: (1, destroyed)": the comma ends the
            // name, before any colon or bracket.
            && (name + 1..name + 9)
                .take_while(|&c| !doc.opens_line(c) && !doc.punct(c).is_some_and(|p| matches!(p, ':' | '(')))
                .any(|c| doc.is_punct(c, ','))
    };
    note_at(s)
        && !counted_noun_follows(doc, e, sentence.end)
        && any_within(doc, s, NOTE_REACH, |k| note_at(k) && doc.s(k) != doc.s(s))
}

/// A chart's axis: "Y-axis: 0 | 1 | 2 | 3": three or more numbers between
/// bars, evenly stepped, after the axis's label, are its ticks, not
/// findings.
/// "51.2286, 35.1731": a latitude and a longitude, each to four decimals
/// or more, in a pair (rates are written to three at most: "4.125, 3.875
/// and 2.5 percent").
fn coordinate(doc: &Doc, s: usize, e: usize) -> bool {
    let fine = |k: usize| {
        doc.is_num(k)
            && doc.s(k).split_once('.').is_some_and(|(whole, fraction)| {
                (1..=3).contains(&whole.len()) && fraction.len() >= 4 && fraction.bytes().all(|b| b.is_ascii_digit())
            })
    };
    // The second may be signed: "51.2286, -0.1731".
    let second = |comma: usize| {
        doc.is_punct(comma, ',') && (fine(comma + 1) || doc.punct(comma + 1).is_some_and(is_dash) && fine(comma + 2))
    };
    let first_before = |k: usize| {
        let k = if k > 0 && doc.punct(k).is_some_and(is_dash) && doc.glued(k + 1) { k - 1 } else { k };
        k >= 1 && doc.is_punct(k, ',') && fine(k - 1)
    };
    // Not "yields of 4.1250, 3.8750 percent", "rates of 1.2500, 1.3750 per
    // 1,000", "odds of 0.8125, 0.6250 and 0.5000": a pair alone.
    let (first, last) = if second(e) {
        (s, if doc.is_num(e + 1) { e + 2 } else { e + 3 })
    } else if s >= 2 && first_before(s - 1) {
        (if doc.is_num(s - 2) { s - 2 } else { s - 3 }, e)
    } else {
        return false;
    };
    let listed = doc.is_any(last, &["and", "or", "per"])
        || doc.is_punct(last, ',') && doc.is_num(last + 1)
        || first >= 2 && doc.is_punct(first - 1, ',') && doc.is_num(first - 2);
    let percent = (last..last + 3).any(|j| percent_len(doc, j) > 0);
    e == s + 1 && fine(s) && !listed && !percent
}

/// "MGRS 36U YA 4125 7683", "grid ref TQ 301 803": a map's grid reference,
/// two capitals and two numbers of as many digits, after a grid zone or a
/// word that names one (not "Estimates: UK 1000 1200").
fn grid_reference(doc: &Doc, s: usize, e: usize) -> bool {
    let square_at = if s >= 1 && doc.is_word(s - 1) { s - 1 } else { s.saturating_sub(2) };
    // "37U CR", or the zone and the square written as one ("37UCR").
    // Not a day and its month ("18DEC 1420 1530").
    let zone_and_square = |k: usize| {
        k >= 1
            && doc.is_word(k)
            && doc.s(k).len() == 3
            && doc.s(k).bytes().all(|b| b.is_ascii_uppercase())
            && doc.word(k).is_none_or(|w| month_abbreviation(w).is_none())
            && doc.glued(k)
            && doc.is_num(k - 1)
            && doc.s(k - 1).len() <= 2
    };
    let zone = square_at >= 2 && doc.is_word(square_at - 1) && doc.glued(square_at - 1) && doc.is_num(square_at - 2)
        || zone_and_square(square_at);
    let named =
        (square_at.saturating_sub(4)..square_at).any(|k| doc.is_any(k, &["grid", "mgrs", "utm", "ref", "reference"]));
    if !(zone || named) {
        return false;
    }
    let plain =
        |k: usize| doc.is_num(k) && (3..=5).contains(&doc.s(k).len()) && doc.s(k).bytes().all(|b| b.is_ascii_digit());
    let square = |k: usize| {
        doc.is_word(k) && doc.s(k).len() == 2 && doc.s(k).bytes().all(|b| b.is_ascii_uppercase()) || zone_and_square(k)
    };
    let len = doc.s(s).len();
    e == s + 1
        && plain(s)
        && (s >= 1 && square(s - 1) && plain(e) && doc.s(e).len() == len
            || s >= 2 && square(s - 2) && plain(s - 1) && doc.s(s - 1).len() == len)
}

/// "41 BDE", "95 AAB": a number before a unit's abbreviation in capitals
/// names the unit.
fn unit_number(doc: &Doc, s: usize, e: usize) -> bool {
    e == s + 1
        && doc.is_word(e)
        && doc.s(e).bytes().all(|b| b.is_ascii_uppercase())
        && doc.word(e).is_some_and(is_unit_abbreviation)
}

/// "2 min 14 s", "1 h 20 min": the parts of a duration written in two
/// units.
fn duration_part(doc: &Doc, s: usize, e: usize) -> bool {
    let larger = |k: usize| doc.is_any(k, &["h", "hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes"]);
    let smaller =
        |k: usize| doc.is_any(k, &["s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes"]);
    s >= 2 && doc.is_num(s - 2) && larger(s - 1) && smaller(e) || larger(e) && doc.is_num(e + 1) && smaller(e + 2)
}

fn axis_tick(doc: &Doc, s: usize, e: usize) -> bool {
    if e != s + 1 {
        return false;
    }
    // After an axis's label on its line: not a row of data.
    let labelled_from = |first: usize| {
        let mut k = first;
        let mut labelled = false;
        while k > 0 && k + 16 > first && !doc.opens_line(k) {
            k -= 1;
            labelled |= doc.is_any(k, &["axis", "ticks"]);
        }
        labelled
    };
    // Not "on the Pokrovsk axis, 40-50 assaults a day": the label opens
    // its line and a colon ends it.
    let axis_line = |first: usize| {
        let line = doc.line_of(first);
        (line.start..line.start + 3).any(|k| doc.is_any(k, &["axis", "ticks"]))
            && (line.start..first).any(|k| doc.is_punct(k, ':'))
    };
    // "Y-axis: Casualties, 0-5,000": the scale's range.
    let joins = |k: usize| doc.punct(k).is_some_and(is_dash) || doc.is(k, "to");
    let range_first = if joins(e) && doc.is_num(e + 1) && !doc.opens_line(e + 1) {
        Some(s)
    } else {
        (s >= 2 && joins(s - 1) && doc.is_num(s - 2) && !doc.opens_line(s - 1)).then(|| s - 2)
    };
    if range_first.is_some_and(axis_line) {
        return true;
    }
    // An axis has a few ticks: a longer run of numbers between bars is
    // read no further either way, so each number of a long run costs the
    // same.
    const MAX_TICKS: usize = 32;
    let mut first = s;
    while first >= 2
        && s - first < 2 * MAX_TICKS
        && doc.is_punct(first - 1, '|')
        && doc.is_num(first - 2)
        && !doc.opens_line(first - 1)
    {
        first -= 2;
    }
    let mut last = s;
    while last - s < 2 * MAX_TICKS && doc.is_punct(last + 1, '|') && doc.is_num(last + 2) && !doc.opens_line(last + 1) {
        last += 2;
    }
    if last - first >= 2 * MAX_TICKS {
        return false;
    }
    if last - first < 4 {
        return false;
    }
    if !labelled_from(first) {
        return false;
    }
    let values: Vec<f64> = (first..=last).step_by(2).filter_map(|k| digits_value(doc.s(k))).collect();
    let step = values.get(1).zip(values.first()).map(|(b, a)| b - a);
    step.is_some_and(|step| step > 0.0 && values.windows(2).all(|w| w[1] - w[0] == step))
        && values.len() * 2 == last - first + 2
}

/// "- 8 -" alone on its line: a page's number.
fn page_marker(doc: &Doc, s: usize, e: usize) -> bool {
    s > 0
        && e == s + 1
        && doc.s(s).bytes().all(|b| b.is_ascii_digit())
        && doc.opens_line(s - 1)
        && doc.punct(s - 1).is_some_and(is_dash)
        && doc.punct(e).is_some_and(is_dash)
        && (e + 1 >= doc.len() || doc.opens_line(e + 1))
}

/// "November 2024.9 The …", "since 2022.14\n": a year after a month or a
/// preposition of time, with one or two digits glued after a point and a
/// new sentence or line after them; text copied out of a PDF glues the
/// note's number to the sentence's last word.
fn year_with_note(doc: &Doc, s: usize, e: usize) -> bool {
    let Some((year, note)) = doc.s(s).split_once('.') else { return false };
    let year_like = year.len() == 4 && year.parse::<u16>().is_ok_and(|y| (1900..=2100).contains(&y));
    let time_before = s > 0
        && (doc.word(s - 1).is_some_and(|w| month(w).is_some())
            || doc.is_any(s - 1, &["in", "since", "until", "by", "from", "of", "early", "late", "mid"]));
    let sentence_after = e >= doc.len() || doc.opens_line(e) || !doc.glued(e) && doc.capitalised(e);
    year_like && (1..=2).contains(&note.len()) && time_before && sentence_after
}

/// "👁 612K · 🔁 1.1K", "MoD Russia · 1.4M subscribers", "(89.6K
/// followers)": a post's views and reposts after their pictograph, alone
/// before a separator or the line's end, and a channel's audience in its
/// header. Not "🔄 150 defenders returned", a pictograph as a bullet, nor
/// "a channel with 1.4 million subscribers", which a story may state.
fn audience_count(doc: &Doc, s: usize, e: usize) -> bool {
    // Each test is a closure, asked in the order of the last line: most
    // figures fail the cheap ones first, and the line's scan is asked
    // only of a figure before an audience noun.
    // A thread's marker alone on its line: "3 replies".
    let own_line =
        || doc.opens_line(s) && doc.has(e, Class::AudienceNoun) && (e + 1 >= doc.len() || doc.opens_line(e + 1));
    let Some(mut k) = s.checked_sub(1) else { return own_line() };
    if doc.is_punct(k, '\u{fe0f}') && k > 0 {
        k -= 1;
    }
    let alone = || {
        e >= doc.len()
            || doc.opens_line(e)
            || doc.punct(e).is_some_and(|c| matches!(c, '\u{b7}' | '|') || is_metric_emoji(doc.s(e)))
    };
    let after_pictograph = || doc.punct(k).is_some() && is_metric_emoji(doc.s(k)) && alone();
    let in_header =
        || doc.punct(s - 1).is_some_and(|c| matches!(c, '\u{b7}' | '(' | '|')) && doc.has(e, Class::AudienceNoun);
    // A page's counts of shares and comments on a line of their own
    // ("1.2K shares    348 comments"), and the comments link ("Comments
    // (348)").
    let counts_line = || {
        doc.has(e, Class::AudienceNoun) && {
            let line = doc.line_of(s);
            line.clone().filter(|&k| doc.is_num(k)).count() >= 2
                && line.clone().all(|k| {
                    doc.is_num(k)
                || doc.has(k, Class::AudienceNoun)
                    && k > 0
                    && (doc.is_num(k - 1) || scaled_number_ends_at(doc, k - 1))
                // The scale glued to its number: the "K" of "1.2K shares".
                || scaled_number_ends_at(doc, k)
                || doc.punct(k).is_some_and(|c| matches!(c, '\u{b7}' | '|' | '\u{2022}' | ','))
                })
        }
    };
    let link = || {
        doc.is_punct(k, '(')
            && k > 0
            && doc.has(k - 1, Class::AudienceNoun)
            && doc.opens_line(k - 1)
            && doc.is_punct(e, ')')
            && (e + 1 >= doc.len() || doc.opens_line(e + 1))
    };
    after_pictograph() || in_header() || own_line() || counts_line() || link()
}

/// A comment page's furniture around its counts: a score before the
/// comment's buttons ("▲ 214   Reply   Share"), a link to hidden items
/// ("Show 4 more replies", "View all 87 comments"), a post's scores side
/// by side ("1.2K votes, 640 comments"), a time ("47m ago"), a search
/// page's count ("About 1,240,000 results (0.38 seconds)") and its pager
/// ("1 2 3 … 10 Next"). Not "▲ 214 soldiers", "see 4 more soldiers" or a
/// list of counts ("3 4 5 tanks").
fn page_furniture(doc: &Doc, s: usize, e: usize) -> bool {
    let line_ends = |k: usize| k >= doc.len() || doc.opens_line(k);
    if doc.is(e, "ago") {
        return true;
    }
    // The comment's buttons to the line's end, between dots or bars:
    // "Reply   Share", "· Reply · Share · Report".
    let controls_to_line_end = |from: usize| {
        let separator = |k: usize| doc.punct(k).is_some_and(is_post_separator);
        let mut controls = (from..).take_while(|&k| !line_ends(k)).filter(|&k| !separator(k)).peekable();
        controls.peek().is_some() && controls.all(|k| doc.word(k).is_some_and(is_page_control))
    };
    // "▲ 214", "↑ 214 points": a vote's arrow before the score.
    let arrow =
        |k: usize| doc.punct(k).is_some() && (is_metric_emoji(doc.s(k)) || matches!(doc.s(k), "\u{2191}" | "\u{21e7}"));
    let mut after_score = e;
    if doc.is_any(after_score, &["points", "votes", "likes"]) {
        after_score += 1;
    }
    let score = || s > 0 && arrow(s - 1) && controls_to_line_end(after_score);
    let mut verb = s;
    if verb > 0 && doc.is(verb - 1, "all") {
        verb -= 1;
    }
    let mut noun = e;
    if doc.is_any(noun, &["more", "new", "older", "earlier", "previous", "hidden"]) {
        noun += 1;
    }
    // "Show 4 more replies", "Show 4 more", "Show 4 more results".
    let hidden = || {
        verb > 0
            && doc.opens_line(verb - 1)
            && doc.word(verb - 1).is_some_and(is_page_control_verb)
            && (doc.word(noun).is_some_and(|w| is_audience_noun(w) || w == "results") && line_ends(noun + 1)
                || noun > e && line_ends(noun))
    };
    // Two scores side by side, one of them a page's ("comments").
    let audience = |k: usize| doc.has(k, Class::AudienceNoun);
    let scores = |k: usize| audience(k) || doc.is_any(k, &["votes", "points"]);
    let separator = |k: usize| doc.punct(k).is_some_and(|c| matches!(c, ',' | '\u{b7}' | '|' | '\u{2022}'));
    let noun_after = |k: usize| {
        if !doc.is_num(k) {
            None
        } else if scaled_number_ends_at(doc, k + 1) {
            Some(k + 2)
        } else {
            Some(k + 1)
        }
    };
    let next_score = || separator(e + 1).then(|| noun_after(e + 2)).flatten().filter(|&k| scores(k));
    // Only as a page sets them, between its dashes, dots and line ends:
    // not "The bill received 312 votes, 14 comments were attached".
    let opens_count = |k: usize| {
        doc.opens_line(k)
            || k > 0
                && doc.punct(k - 1).is_some_and(|c| matches!(c, '\u{2014}' | '\u{2013}' | '\u{b7}' | '|' | '\u{2022}'))
    };
    let closes_count = |k: usize| {
        line_ends(k + 1)
            || doc.punct(k + 1).is_some_and(|c| matches!(c, '.' | '\u{2026}' | '\u{b7}' | '|' | '\u{2022}'))
    };
    let side_by_side = || {
        scores(e)
            && (next_score().is_some_and(|k| (audience(e) || audience(k)) && opens_count(s) && closes_count(k))
                || s >= 2
                    && separator(s - 1)
                    && scores(s - 2)
                    && (audience(e) || audience(s - 2))
                    && closes_count(e)
                    && (s.saturating_sub(5)..s - 2).rev().find(|&k| doc.is_num(k)).is_some_and(opens_count))
    };
    let results = || doc.is(e, "results") && doc.is_punct(e + 1, '(') && doc.is_num(e + 2) && doc.is(e + 3, "seconds");
    // Asked lazily: nearly every figure fails the first test of each.
    side_by_side() || score() || hidden() || results() || pager_at(doc, s, e)
}

/// A pager's page numbers: three or more numbers in a row on a line of
/// their own, each one more than the one before, with only the pager's
/// links ("Next") and marks ("…", "›") beside them.
fn pager_at(doc: &Doc, s: usize, e: usize) -> bool {
    let beside = |k: usize| doc.is_num(k) || doc.is_punct(k, '\u{2026}');
    if e != s + 1 || !(beside(e) || s > 0 && beside(s - 1)) {
        return false;
    }
    // A token a pager may have: a number, one of its links or its marks.
    let pager_token = |k: usize| {
        doc.is_num(k)
            || doc.word(k).is_some_and(is_pager_word)
            || doc.punct(k).is_some_and(|c| {
                matches!(c, '\u{2026}' | '\u{203a}' | '\u{2039}' | '\u{bb}' | '\u{ab}' | '|' | '.' | '<' | '>')
            })
    };
    // Any other token on the line rules it out: the two beside the number
    // are asked before the line is found, which in prose means reading
    // 64 tokens on.
    if s > 0 && !doc.opens_line(s) && !pager_token(s - 1) || e < doc.len() && !doc.opens_line(e) && !pager_token(e) {
        return false;
    }
    let line = doc.line_of(s);
    let mut numbers = 0;
    let mut last: Option<f64> = None;
    for k in line {
        if doc.is_num(k) {
            let Some(v) = digits_value(doc.s(k)) else { return false };
            // A gap only after an ellipsis ("1 2 3 … 10").
            let gap = k > 0 && doc.is_punct(k - 1, '\u{2026}');
            if last.is_some_and(|l| v != l + 1.0 && !(gap && v > l)) {
                return false;
            }
            last = Some(v);
            numbers += 1;
        } else if !pager_token(k) {
            return false;
        }
    }
    numbers >= 3
}

/// A web page's own offers around a story: a consent banner's partners
/// ("We and our 214 partners use cookies"), a newsletter's readers ("Join
/// 250,000 readers."), a subscription's price ("subscribe from £1 a
/// week"). Not "the site's 214 partners were fined", nor "subscriptions
/// rose to $5bn a year".
fn page_offer(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>, money: bool) -> bool {
    let consent = doc.is_any(e, &["partners", "vendors"])
        && (sentence.start..sentence.end).any(|k| doc.is_any(k, &["cookies", "cookie"]));
    let join = !money
        && s > sentence.start
        && doc.is(s - 1, "join")
        && doc.capitalised(s - 1)
        && doc.has(e, Class::AudienceNoun);
    let per_period = doc.is_any(e, &["a", "per"]) && doc.is_any(e + 1, &["week", "month", "year", "day"]);
    // The price's sign may stand before the number read.
    let sign = if s > 0 && doc.glued_or_one_space(s) && doc.punct(s - 1).and_then(currency_name).is_some() {
        s - 1
    } else {
        s
    };
    let offer = money
        && per_period
        && sign >= 2
        && doc.is_any(sign - 1, &["from", "for", "just", "only"])
        && (sign.saturating_sub(4)..sign).any(|k| doc.word(k).is_some_and(|w| w.starts_with("subscri")));
    consent || join || offer
}

/// "23 Q 12 [Sir Mark]", "24 Q 45-47.", "25 Embassy of Ukraine
/// (NKT0007)", a digest's "3 | TASS · Mon 23.06": a number opening one of a run of three or more lines
/// numbered in turn (a note list) numbers its line; it counts nothing. Not
/// "12 Russians\n30 Ukrainians", a table of counts.
fn numbered_line(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    let opens_numbered = |k: usize| {
        // "1 | TASS · Sat 21.06": a bar between the number and its words.
        let words = k + 1 + usize::from(doc.is_punct(k + 1, '|'));
        doc.is_num(k)
            && doc.opens_line(k)
            && doc.s(k).len() <= 3
            && doc.s(k).bytes().all(|b| b.is_ascii_digit())
            && !doc.glued(k + 1)
            && doc.capitalised(words)
            && doc.word(words).is_some_and(|w| {
                !(is_measure_noun(w) || is_casualty_word(w) || scale(w).is_some() || month(w).is_some())
            })
    };
    if under_contents(doc, s) {
        return true;
    }
    if !opens_numbered(s) {
        return false;
    }
    // Three lines numbered up in turn at least, this one among them, each
    // with a note's words after its number: counts on lines one apart
    // ("1 Russian general\n2 North Korean officers", "22 Salah\n21
    // Haaland\n20 Isak", "12 St Thomas\n13 Guy's") may be a table's.
    let Ok(n) = doc.s(s).parse::<i64>() else { return false };
    let noted = |k: usize| opens_numbered(k) && doc.line_of(k).len() >= 5;
    let in_turn = |d: i64| {
        let found = |k: usize| noted(k) && doc.s(k).parse::<i64>().is_ok_and(|m| m == n + d);
        if d < 0 {
            (s.saturating_sub(NOTE_REACH)..s).any(found)
        } else {
            (s + 1..(s + NOTE_REACH).min(doc.len())).any(found)
        }
    };
    if !noted(s) {
        return false;
    }
    let (before, after) = (in_turn(-1), in_turn(1));
    // A bar after the number marks an item of its own: one neighbour
    // numbered in turn will do.
    if doc.is_punct(s + 1, '|') {
        return before || after;
    }
    // A list numbered from 1 ("Most read\n1 Rail strikes: …\n2 …\n3 …")
    // numbers its first line even when a counted noun follows.
    if counted_noun_follows(doc, e, sentence.end) {
        return n == 1 && after && in_turn(2);
    }
    before && (after || in_turn(-2)) || after && in_turn(2)
}

/// "Contents\n1 Deployment\n2 Munitions\n3 Casualties": the number at
/// token `s` opens a line of a table of contents, short as its lines are
/// and whatever words they hold: the lines above it numbered down to 1 in
/// turn, a contents heading over the first, and a line numbered after it
/// when it is the first.
fn under_contents(doc: &Doc, s: usize) -> bool {
    /// Lines of a table of contents read back at most.
    const MAX_CONTENTS_LINES: i64 = 30;
    /// Words of a contents heading ("Table of contents", "In this issue").
    const MAX_HEADING_TOKENS: usize = 4;
    /// Tokens of a contents line: its number and a section's title.
    const MAX_LINE_TOKENS: usize = 8;
    // A number alone at its line's start, then a title in capitals and no
    // other number.
    // Read for every number: the cheap tests first, the line last.
    let numbered = |k: usize, m: i64| {
        doc.is_num(k)
            && doc.opens_line(k)
            && doc.s(k).len() <= 2
            && doc.s(k).parse::<i64>().is_ok_and(|v| v == m)
            && !doc.glued(k + 1)
            && doc.capitalised(k + 1)
            && {
                let line = doc.line_of(k);
                line.len() <= MAX_LINE_TOKENS && !(k + 1..line.end).any(|j| doc.is_num(j))
            }
    };
    if !doc.opens_line(s) {
        return false;
    }
    let Ok(n) = doc.s(s).parse::<i64>() else { return false };
    if !(1..=MAX_CONTENTS_LINES).contains(&n) || !numbered(s, n) {
        return false;
    }
    let mut line = doc.line_of(s).start;
    if n == 1 && !numbered(doc.line_of(s).end, 2) {
        return false;
    }
    for m in (1..n).rev() {
        if line == 0 {
            return false;
        }
        line = doc.line_of(line - 1).start;
        if !numbered(line, m) {
            return false;
        }
    }
    if line == 0 {
        return false;
    }
    let heading = doc.line_of(line - 1);
    heading.len() <= MAX_HEADING_TOKENS
        && heading.end > heading.start
        && doc.word(heading.end - 1).is_some_and(is_contents_heading)
}

/// Token `s` opens its line, or follows only a mark-up's marks glued
/// before it ("**", "##", "_").
fn opens_line_after_markup(doc: &Doc, s: usize) -> bool {
    /// Marks of emphasis or a heading's level before a line's first word.
    const MAX_MARKS: usize = 4;
    let mut k = s;
    while k > 0
        && s - k < MAX_MARKS
        && !doc.opens_line(k)
        && doc.punct(k - 1).is_some_and(|c| matches!(c, '*' | '#' | '_'))
    {
        k -= 1;
    }
    doc.opens_line(k) && (k == s || (k + 1..=s).all(|j| doc.glued(j)) || doc.punct(s - 1) == Some('#'))
}

/// Token `s` is inside a bracketed citation of sources and their pages
/// ("[4, p. 2]", "[8, pp. 13-14]", "[2, 5]"): the bracket opens glued to a
/// number and holds only numbers, separators and page words, with a page
/// word or a second number. Not "[about 4,000]", an editor's insertion.
fn in_citation(doc: &Doc, s: usize) -> bool {
    const REACH: usize = 10;
    let inside = |k: usize| {
        doc.is_num(k)
            || doc.punct(k).is_some_and(|c| matches!(c, ',' | ';' | '.' | '-' | '\u{2013}'))
            || doc.is_any(k, &["p", "pp", "para", "paras", "ch", "ff"])
    };
    let mut open = s;
    while open > 0 && s - open < REACH && inside(open) && !doc.opens_line(open) {
        open -= 1;
    }
    if !doc.is_punct(open, '[') || !doc.is_num(open + 1) || !doc.glued(open + 1) {
        return false;
    }
    let mut close = s + 1;
    while close < doc.len() && close - s < REACH && inside(close) && !doc.opens_line(close) {
        close += 1;
    }
    if !doc.is_punct(close, ']') || !doc.glued(close) {
        return false;
    }
    let pages = (open + 1..close).any(|k| doc.is_any(k, &["p", "pp", "para", "paras"]));
    // Sources' numbers are small: "[2,000, 5,000]" is a range of figures.
    let list = (open + 1..close).filter(|&k| doc.is_num(k)).count() >= 2
        && (open + 1..close).all(|k| {
            doc.is_num(k) && doc.s(k).len() <= 3 && doc.s(k).bytes().all(|b| b.is_ascii_digit())
                || doc.punct(k).is_some_and(|c| matches!(c, ',' | ';'))
        });
    pages || list
}

/// "likely (55–75%)", "remote (≤5%)": a percentage, or either end of a
/// range of them, alone in brackets after a probability term, which
/// says what the term means.
fn yardstick(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    // Only a bound's sign, a dash, "to" or another percentage share the
    // brackets.
    let bound = |k: usize| {
        doc.is(k, "to") || doc.punct(k).is_some_and(|c| is_dash(c) || matches!(c, '\u{2264}' | '\u{2265}' | '<' | '>'))
    };
    let inside = |k: usize| {
        doc.is_num(k)
            || bound(k)
            || doc.is_any(k, &["per", "cent", "percent"])
            || doc.punct(k).is_some_and(|c| matches!(c, '%' | '~' | '='))
    };
    let mut open = s;
    while open > sentence.start && inside(open - 1) && s - open < 4 {
        open -= 1;
    }
    let mut close = e;
    while close < sentence.end && inside(close) && close - e < 4 {
        close += 1;
    }
    open > sentence.start + 1
        && doc.is_punct(open - 1, '(')
        && doc.is_punct(close, ')')
        && (open..close).any(|k| percent_len(doc, k) > 0)
        // A yardstick gives a range or a bound; a poll's "likely (62%)" is
        // a finding.
        && (open..close).any(bound)
        && doc.word(open - 2).is_some_and(is_probability_term)
}

/// "of them", "of those", "of these", "of which", "of whom" at token `k`:
/// a figure before it is a part of one given before.
pub(crate) fn part_of_them_at(doc: &Doc, k: usize) -> bool {
    doc.is(k, "of") && doc.is_any(k + 1, &["them", "those", "these", "which", "whom"])
}

/// "entries", "regulations": the plural of a label that lowercase
/// designates ("entry 3").
fn is_plural_designator(w: &str) -> bool {
    singular(w).is_some_and(|one| is_lowercase_designator(&one))
}

/// "T-62M: (1, destroyed) (2, destroyed) (3, captured)": a bracket that
/// opens on a small number and a comma, with the bracket before or after
/// it on its line opening so on the number before or after, the line's
/// first such bracket on 1, numbers photos or sources one by one; it
/// counts nothing.
fn numbered_bracket(doc: &Doc, s: usize, e: usize) -> bool {
    let number = |k: usize| {
        (k > 0 && doc.is_punct(k - 1, '(') && doc.is_num(k) && doc.s(k).len() <= 2)
            .then(|| doc.s(k).parse::<u32>().ok())
            .flatten()
            .filter(|_| doc.is_punct(k + 1, ','))
    };
    let Some(n) = number(s).filter(|_| e == s + 1) else { return false };
    let line = doc.line_of(s);
    // The line's numbering starts at 1: not "guns (4, all 170mm) and
    // drones (5, all Shaheds)".
    let first =
        (line.start..s).find(|&k| doc.is_punct(k, '(') && number(k + 1).is_some()).map_or(Some(n), |k| number(k + 1));
    if first != Some(1) {
        return false;
    }
    let next = (e..line.end).find(|&k| doc.is_punct(k, '(')).and_then(|k| number(k + 1));
    let prev = (line.start..s.saturating_sub(1)).rev().find(|&k| doc.is_punct(k, '(')).and_then(|k| number(k + 1));
    next == Some(n + 1) || n > 0 && prev == Some(n - 1)
}

/// "41(2): 113-138": the pages of an article after its journal's volume
/// and issue, the first page and the last.
fn journal_pages(doc: &Doc, s: usize, e: usize) -> bool {
    let issue_before = |colon: usize| {
        colon >= 4
            && doc.is_punct(colon, ':')
            && doc.glued(colon)
            && doc.is_punct(colon - 1, ')')
            && doc.is_num(colon - 2)
            && doc.is_punct(colon - 3, '(')
            && doc.glued(colon - 2)
            && doc.glued(colon - 3)
            && doc.is_num(colon - 4)
    };
    let range_after =
        |k: usize| doc.punct(k).is_some_and(is_dash) && doc.glued(k) && doc.is_num(k + 1) && doc.glued(k + 1);
    // The first page, then the last.
    s >= 1 && issue_before(s - 1)
        || s >= 3 && range_after(s - 1) && doc.glued(s) && issue_before(s - 3)
        // The volume and the issue themselves.
        || doc.is_punct(e, '(') && doc.glued(e) && issue_before(e + 3) && doc.is_num(e + 4) && range_after(e + 5)
        || s >= 1 && doc.is_punct(s - 1, '(') && doc.glued(s) && issue_before(e + 1) && doc.is_num(e + 2) && range_after(e + 3)
}

/// "(2024: 7)", "(Lim, 2025a: 31–33; NIS, 2025b: 3)", "Yoon (2025: 112)":
/// the pages of an author-year citation, after the year (a letter tells
/// one author's works of a year apart) and a colon, in brackets opened
/// on the line and closed after the pages or followed by the next source.
fn author_year_pages(doc: &Doc, s: usize, e: usize) -> bool {
    let dash = |k: usize| doc.punct(k).is_some_and(is_dash) && doc.glued(k);
    // The first page of a range whose last `s` is, and the token after the
    // last page.
    let first = if s >= 2 && dash(s - 1) && doc.glued(s) && doc.is_num(s - 2) { s - 2 } else { s };
    let after = if dash(e) && doc.is_num(e + 1) && doc.glued(e + 1) { e + 2 } else { e };
    if first < 2 || !doc.is_punct(first - 1, ':') || !doc.glued(first - 1) {
        return false;
    }
    let mut year = first - 2;
    if year > 0 && doc.glued(year) && doc.s(year).len() == 1 && doc.s(year).bytes().all(|b| b.is_ascii_lowercase()) {
        year -= 1;
    }
    let digits = doc.s(year).trim_end_matches(|c: char| c.is_ascii_lowercase());
    let is_year = doc.s(year).len() <= digits.len() + 1
        && digits.len() == 4
        && digits.parse::<u16>().is_ok_and(|y| (1800..=2100).contains(&y));
    // An author before the year: "(Lim, 2025a: …", "Yoon (2025: …", "Park
    // et al. (2024: …". Not "engineers (2024: 7; 2025: 31)" nor "(Dec
    // 2024: 1,100)".
    let author = |k: usize| {
        doc.capitalised(k)
            && month(doc.s(k)).is_none()
            && !(doc.has(k, Class::MeasureNoun) || doc.has(k, Class::CasualtyWord) || doc.has(k, Class::PeopleNoun))
            || doc.is(k, "al")
    };
    let named_at = |year: usize| {
        year >= 1 && author(year - 1)
            || year >= 2
                && (doc.is_punct(year - 1, ',') || doc.is_punct(year - 1, '('))
                && (author(year - 2) || year >= 3 && doc.is_punct(year - 2, '.') && doc.is(year - 3, "al"))
    };
    // Or the next of one author's works: "Kwon (2024: 7; 2025: 12)". Back
    // over a few such, to the first, which names the author.
    let mut first_year = year;
    for _ in 0..8 {
        let back = first_year.checked_sub(4).filter(|_| {
            doc.is_punct(first_year - 1, ';') && doc.is_num(first_year - 2) && doc.is_punct(first_year - 3, ':')
        });
        match back {
            Some(y) if doc.is_num(y) => first_year = y,
            _ => break,
        }
    }
    let named = named_at(first_year);
    // Pages, not counts: "(2024: 11,000)" is a figure.
    let page = |k: usize| doc.s(k).len() <= 4 && doc.s(k).bytes().all(|b| b.is_ascii_digit());
    is_year && named && page(first) && page(s) && (doc.is_punct(after, ')') || doc.is_punct(after, ';'))
}

/// "7      THE NORTHERN COURIER      Saturday, March 29, 2025": a page's
/// number set apart by a run of spaces or a tab from its running head or
/// foot, a title in capitals with the issue's date.
fn running_head_page(doc: &Doc, s: usize, e: usize) -> bool {
    let gap = |a: usize, b: usize| {
        let (Some(x), Some(y)) = (doc.toks.get(a), doc.toks.get(b)) else { return false };
        let between = &doc.text[x.end()..y.start()];
        !between.contains('\n') && (between.contains("   ") || between.contains('\t'))
    };
    let shouting = |k: usize| doc.is_word(k) && doc.s(k).len() >= 2 && doc.s(k).chars().all(char::is_uppercase);
    // A title of two words in capitals at least, not a table's label
    // ("LAB      411", "KHARKIV\t12"), and a year on the line.
    let title = |k: usize, step: isize| shouting(k) && k.checked_add_signed(step).is_some_and(shouting);
    // The line is read last: this runs for every figure.
    let year_on_line = || {
        doc.line_of(s).any(|k| {
            doc.is_num(k) && doc.s(k).len() == 4 && doc.s(k).parse::<u16>().is_ok_and(|y| (1900..=2100).contains(&y))
        })
    };
    e == s + 1
        && doc.s(s).len() <= 4
        && doc.s(s).bytes().all(|b| b.is_ascii_digit())
        && (doc.opens_line(s) && gap(s, e) && title(e, 1)
            || s > 1 && gap(s - 1, s) && title(s - 1, -1) && (e >= doc.len() || doc.opens_line(e)))
        && year_on_line()
}

/// "(2019) 3 WLR 18", "[2017] 4 All ER 68": a law report's volume,
/// between the year in brackets and the report's initials in capitals,
/// which its page follows. (The page is already a code's number.)
fn law_report_volume(doc: &Doc, s: usize, e: usize) -> bool {
    let year_closes = |k: usize| {
        doc.punct(k).is_some_and(|c| matches!(c, ')' | ']'))
            && k >= 2
            && doc.is_num(k - 1)
            && doc.s(k - 1).len() == 4
            && doc.s(k - 1).parse::<u16>().is_ok_and(|y| (1800..=2100).contains(&y))
            && doc.punct(k - 2).is_some_and(|c| matches!(c, '(' | '['))
    };
    let initials = |k: usize| {
        doc.is_word(k)
            && doc.s(k).len() >= 2
            && doc.s(k).chars().next().is_some_and(char::is_uppercase)
            && doc.s(k).chars().filter(|c| c.is_uppercase()).count() >= 2
    };
    e == s + 1
        && s >= 1
        && doc.s(s).len() <= 3
        && doc.s(s).bytes().all(|b| b.is_ascii_digit())
        && year_closes(s - 1)
        // The page after the initials: not "(2019) 14 UN peacekeepers".
        && (initials(e) && doc.is_num(e + 1) || doc.is(e, "all") && doc.capitalised(e) && initials(e + 1) && doc.is_num(e + 2))
}

/// "CPR 44.2(8)", "s.32(1)(b)": a provision's number with its
/// subsection glued on in brackets, and the subsection's number: after
/// a code's initials or an abbreviation's stop, or with a second
/// subsection after the first. Only plain numbers, and a subsection of a
/// number of up to three digits or of up to four letters: "losses(1,200)",
/// "5,000(3)" and "finished with 27(4) goals" stay figures.
fn provision_number(doc: &Doc, s: usize, e: usize) -> bool {
    let plain =
        |k: usize| doc.is_num(k) && doc.s(k).bytes().all(|b| b.is_ascii_digit() || b == b'.') && doc.s(k).len() <= 5;
    let subsection = |open: usize| {
        doc.is_punct(open, '(')
            && doc.glued(open)
            && doc.glued(open + 1)
            && (doc.is_num(open + 1) && doc.s(open + 1).len() <= 3 && plain(open + 1)
                || doc.is_word(open + 1)
                    && doc.s(open + 1).len() <= 4
                    && doc.s(open + 1).chars().all(|c| c.is_ascii_lowercase()))
            && doc.is_punct(open + 2, ')')
            && doc.glued(open + 2)
    };
    // After the last bracket, a stop or a word that goes on the sentence:
    // "CPR 44.2(8) of £90,000", not "the NIS 300(1) figure" or "6.3(2)
    // million".
    const GOES_ON: &[&str] =
        &["of", "and", "or", "to", "in", "on", "at", "for", "by", "the", "a", "an", "which", "that", "applies"];
    let closes = |mut k: usize| {
        while doc.is_punct(k, ')') {
            k += 1;
            if doc.is_punct(k, '(') && doc.glued(k) && doc.is_punct(k + 2, ')') {
                k += 2;
            }
        }
        k >= doc.len() || doc.punct(k).is_some() || doc.opens_line(k) || doc.is_any(k, GOES_ON)
    };
    // The code's initials ("CPR 44.2") or an abbreviation's stop
    // ("s.32"), or a second subsection ("32(1)(b)").
    let code = |n: usize| {
        n >= 1 && doc.is_word(n - 1) && doc.s(n - 1).len() >= 2 && doc.s(n - 1).chars().all(char::is_uppercase)
            || n >= 2 && doc.is_punct(n - 1, '.') && doc.glued(n) && doc.is_word(n - 2) && doc.s(n - 2).len() <= 4
    };
    let provision = |n: usize| closes(n + 3) && (code(n) || subsection(n + 4));
    e == s + 1
        && plain(s)
        && (subsection(e) && provision(s) || s >= 2 && subsection(s - 1) && plain(s - 2) && provision(s - 2))
}

/// `"totalResults": 37`, `'page_size': 20`: a number a pasted JSON
/// listing gives under a key of its furniture (`listing_keys`);
/// `"deathToll": 12456`, `"value": 412` stay figures.
fn json_field_value(doc: &Doc, s: usize) -> bool {
    const MAX_KEY: usize = 32;
    if !(s >= 3 && doc.is_punct(s - 1, ':') && doc.glued(s - 1) && doc.glued(s - 2)) {
        return false;
    }
    let Some(quote) = doc.punct(s - 2).filter(|&c| c == '"' || c == '\'') else { return false };
    // The key, back to its opening quote: a short name without spaces.
    let close = doc.toks[s - 2].start();
    let before = &doc.text[doc.text.ceil_char_boundary(close.saturating_sub(MAX_KEY + 1))..close];
    let Some(open) = before.rfind(|c: char| normalise_punct(c) == quote) else { return false };
    let key = &before[open + 1..];
    !key.is_empty()
        && !key.contains(char::is_whitespace)
        && is_listing_key(&key.chars().filter(|&c| c != '_' && c != '-').collect::<String>().to_ascii_lowercase())
}

/// "42 · THE MERIDIAN REVIEW · APRIL 2025", "THE MERIDIAN REVIEW | 42":
/// a page's number beside its running head or foot, on a line set apart
/// by blank lines, the title in capitals (two words at least, none a
/// count's noun: not "300 · KILLED IN ACTION"), then perhaps the issue's
/// month and year. Lines of an infographic ("450 · CIVILIANS EVACUATED"
/// over "12 · NEW BRIGADES FORMED") follow one another.
fn folio_with_title(doc: &Doc, s: usize, e: usize) -> bool {
    let separator = |k: usize| doc.punct(k).is_some_and(is_post_separator);
    let title_word = |k: usize| {
        doc.is_word(k)
            && doc.s(k).chars().all(char::is_uppercase)
            && !(doc.has(k, Class::CasualtyWord) || doc.has(k, Class::MeasureNoun))
    };
    let ends_line = |k: usize| k >= doc.len() || doc.opens_line(k);
    let set_apart = |first: usize, end: usize| {
        (first == 0 || doc.toks[first].newlines() >= 2) && doc.toks.get(end).is_none_or(|t| t.newlines() >= 2)
    };
    if !(e == s + 1 && doc.s(s).len() <= 3 && doc.s(s).bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    if doc.opens_line(s) && separator(e) {
        let mut k = e + 1;
        while !ends_line(k) && title_word(k) && k - e <= 8 {
            k += 1;
        }
        if k < e + 3 {
            return false;
        }
        // The issue: "· APRIL 2025".
        if separator(k) && doc.word(k + 1).is_some_and(|w| month(w).is_some()) && doc.is_num(k + 2) {
            k += 3;
        }
        return ends_line(k) && set_apart(s, k);
    }
    if ends_line(e) && s >= 3 && separator(s - 1) {
        let mut k = s - 1;
        while k > 0 && title_word(k - 1) && s - k <= 8 {
            k -= 1;
            if doc.opens_line(k) {
                return s - 1 - k >= 2 && set_apart(k, e);
            }
        }
    }
    false
}

/// "650 words.", "approx. 400 words": a story's length on a line or in a
/// sentence of its own in a news budget. Not "There are 12,567 words in this document",
/// nor "The manifesto: 23,000 words." or "(about 8,000 words)", which
/// state a length as a fact.
fn text_length(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    if !doc.is_any(e, &["words", "characters", "chars"]) {
        return false;
    }
    // A feed's mark where it cut a text short: "… [+2381 chars]".
    if doc.is_punct(e + 1, ']') && s >= 2 && doc.is_punct(s - 1, '+') && doc.is_punct(s - 2, '[') {
        return true;
    }
    let ends_line = e + 1 >= doc.len()
        || doc.opens_line(e + 1)
        || doc.is_punct(e + 1, '.') && (e + 2 >= doc.len() || doc.opens_line(e + 2));
    // Back over a hedge ("approx.", "c.") to the line's start.
    let mut k = s;
    while k > sentence.start
        && !doc.opens_line(k)
        && s - k < 3
        && (doc.is_punct(k - 1, '.') || doc.is_any(k - 1, &["approx", "approximately", "about", "around", "c", "ca"]))
    {
        k -= 1;
    }
    // Or a sentence of its own: "… ballistic missiles. 420 words. Moved."
    let alone = k == sentence.start && (e + 1 == sentence.end || doc.is_punct(e + 1, '.') && e + 2 == sentence.end);
    ends_line && doc.opens_line(k) || alone
}

/// "… fatalities\" (Q 47).24": a note's number glued after the full stop
/// that ends a sentence, as text copied out of a PDF gives it.
fn note_after_stop(doc: &Doc, s: usize, e: usize) -> bool {
    e == s + 1 && s >= 1 && doc.is_punct(s - 1, '.') && super::sentences::note_mark_after_stop(doc, s - 1)
}

/// How far, in tokens, another note is looked for either way: a note runs
/// to a line or two.
const NOTE_REACH: usize = 200;

/// "the Korea Centre, 21 Old Elvet, on 9 April": a number between a
/// place's name and a comma with only a name between, which counts
/// nothing (a count's noun is lowercase or plural: "…, 21 North Korean
/// soldiers", "…, 300 North Koreans,").
fn address_after_place(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    if s < sentence.start + 2 || !doc.is_punct(s - 1, ',') || !(doc.is_word(s - 2) && doc.capitalised(s - 2)) {
        return false;
    }
    let mut k = e;
    while k < sentence.end && k < e + 3 && doc.is_word(k) && doc.capitalised(k) {
        if doc.s(k).ends_with('s') || doc.word(k).is_some_and(|w| month(w).is_some()) {
            return false;
        }
        k += 1;
    }
    k > e && doc.is_punct(k, ',')
}

/// A method note: "Percentages may not sum to 100", "figures may not add
/// up to 100% because of rounding": the whole, not a finding.
fn sums_to_whole(doc: &Doc, p: &Parsed, sentence: &Range<usize>) -> bool {
    let s = p.start;
    if p.value != 100.0 || s < sentence.start + 2 || !doc.is(s - 1, "to") {
        return false;
    }
    let verb = if doc.is(s - 2, "up") { s.saturating_sub(3) } else { s - 2 };
    doc.is_any(verb, &["sum", "add", "total", "adds", "sums", "totals"])
        && sentence
            .clone()
            .any(|k| doc.is_any(k, &["percentages", "percentage", "shares", "rounding", "totals", "figures"]))
}

/// "Senard, 65, said", "his wife, 43, said" and "Smith (65)": a small
/// number between commas right after a word, or in brackets right after a
/// capitalised name, with nothing counted after it; at a sentence's end
/// after a comma and a name ("said its author, Park Eun-ha, 41.") or a
/// person ("and a boy, 12.").
fn age_after_name(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    if s < sentence.start + 2 || !doc.is_word(s - 2) {
        return false;
    }
    let last_stop = e + 1 == sentence.end && doc.punct(e).is_some_and(|c| matches!(c, '.' | '!' | '?'));
    let commas = doc.is_punct(s - 1, ',')
        && (e >= sentence.end
            || doc.is_punct(e, ',') && !doc.is_num(e + 1)
            || last_stop
                && apposed_full_name(doc, s - 2, sentence.start)
                    .is_some_and(|name| (sentence.start..name).any(|k| doc.has(k, Class::ReportingVerb))));
    // "Two were hurt, a woman, 61, and a boy, 12.": a person the text
    // introduces with "a", at the sentence's end.
    let person = last_stop
        && doc.is_punct(s - 1, ',')
        && s >= sentence.start + 3
        && doc.is_any(s - 3, &["a", "an"])
        && doc.word(s - 2).is_some_and(is_age_noun);
    let brackets = doc.capitalised(s - 2) && doc.is_punct(s - 1, '(') && doc.is_punct(e, ')');
    commas || person || brackets
}

/// A full name ends at word `last`, between a comma and the comma after it:
/// two or three capitalised words, hyphened parts allowed ("the author,
/// Park Eun-ha,"), not a place in a tally ("Sumy, 12."). Its first token.
fn apposed_full_name(doc: &Doc, last: usize, min: usize) -> Option<usize> {
    let mut k = last;
    let mut words = 0;
    while k > min && words <= 3 {
        if doc.is_punct(k - 1, '-') && doc.glued(k) && k >= min + 2 && doc.is_word(k - 2) {
            k -= 2;
            continue;
        }
        if !doc.capitalised(k) {
            return None;
        }
        words += 1;
        if doc.is_punct(k - 1, ',') {
            return (2..=3).contains(&words).then_some(k);
        }
        if !doc.is_word(k - 1) {
            return None;
        }
        k -= 1;
    }
    None
}

/// "Tom and Jess Whitely, who are 64 and 61, are driving", "a veteran who
/// is 91.": a person's age after "who is", or after "who are" following a
/// name and its comma or paired ("her parents, who are 72 and 70"; not
/// "The fishermen, who were 12,", a head count), with a stop after it.
fn age_after_who(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    let first = first_of_pair(doc, s, sentence.start).unwrap_or(s);
    // Most numbers stop here.
    if first < sentence.start + 2 || !doc.is(first - 2, "who") {
        return false;
    }
    let named = first >= sentence.start + 4 && doc.is_punct(first - 3, ',') && doc.capitalised(first - 4);
    let singular = first >= 1 && doc.is_any(first - 1, &["is", "was"]);
    // A grown-up's age in plain digits: not a team's record ("who are 9
    // and 2"), a household ("The Wilsons, who are 5"), a share.
    let plain = |k: usize| age_digits(doc, k) && (singular || doc.s(k).parse::<u32>().is_ok_and(|n| n >= 18));
    let stops = |k: usize| stops_after_age(doc, k, sentence);
    // The pair ends where the second number does: "who are 12 and 14
    // strong" is no age.
    let stop_after = stops(e) || doc.is_any(e, &["and", "or"]) && doc.is_num(e + 1) && stops(e + 2);
    let paired = first != s || doc.is_any(e, &["and", "or"]);
    (singular || (named || paired) && doc.is_any(first - 1, &["are", "were"])) && plain(s) && plain(first) && stop_after
}

/// "Her brother, Song-chol, was 15 then", "he will be 22.", "She is 31
/// now": one person's age, a number in plain digits right after "was",
/// "is" or "be" whose subject is "he", "she" or "I", "the youngest", a name in the
/// sentence, or a name set off by commas before it, with nothing after
/// the number but a stop or a word of time (not "The toll was 15", "the
/// count was 15 soldiers").
fn person_is_of_age(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    // Most numbers stop here.
    if s < sentence.start + 2 || !doc.is_any(s - 1, &["was", "is", "be"]) || !age_digits(doc, s) {
        return false;
    }
    let mut subject = s - 2;
    if doc.is(s - 1, "be") && subject > sentence.start && doc.is_any(subject, &["will", "would"]) {
        subject -= 1;
    }
    // "The youngest was 19": the superlative of an age names a person.
    let person = doc.is_any(subject, &["he", "she", "i"])
        || doc.is_any(subject, &["youngest", "oldest", "eldest"])
            && subject > sentence.start
            && doc.is(subject - 1, "the")
        || doc.capitalised(subject) && subject > sentence.start && doc.is_word(subject)
        || doc.is_punct(subject, ',') && subject > sentence.start && {
            // "Song-chol": a hyphened name's first part.
            let hyphened = subject >= sentence.start + 3 && doc.is_punct(subject - 2, '-') && doc.glued(subject - 2);
            doc.capitalised(subject - 1) || hyphened && doc.capitalised(subject - 3)
        };
    let ends =
        stops_after_age(doc, e, sentence) || doc.is_any(e, &["then", "now", "when", "at", "this", "last", "next"]);
    person && ends
}

/// An age as a paper writes one: plain digits, three at most (not
/// "1,500", "2.5", "2024").
fn age_digits(doc: &Doc, k: usize) -> bool {
    doc.is_num(k) && doc.s(k).len() <= 3 && doc.s(k).bytes().all(|b| b.is_ascii_digit())
}

/// Whether the sentence stops at `k`, right after an age: nothing
/// counted follows ("who is 45,", "he will be 22.”", "was 15 —").
fn stops_after_age(doc: &Doc, k: usize, sentence: &Range<usize>) -> bool {
    // An emoji ends the clause too ("was 19 \u{1f622}."), unless it
    // stands for what is counted ("19 \u{1f480}").
    let pictograph = |c: char| c >= '\u{1f000}' || ('\u{2600}'..='\u{27bf}').contains(&c);
    k >= sentence.end
        || doc.punct(k).is_some_and(|c| {
            matches!(c, ',' | '.' | ';' | ')' | '"' | '\u{201d}' | '\u{2014}')
                || pictograph(c) && !is_metric_emoji(doc.s(k))
        })
}

/// For the second number of a pair ("20 and 26", "5 to 9") at `s`, in a
/// sentence from `min`: the first number's token.
fn first_of_pair(doc: &Doc, s: usize, min: usize) -> Option<usize> {
    let joined = |k: usize| doc.is_any(k, PAIR_WORDS) || doc.is_punct(k, '&');
    (s >= min + 2 && joined(s - 1) && doc.is_num(s - 2)).then(|| s - 2)
}

/// Words that join two labels or two ages: "entries 1 and 2", "aged 19 to
/// 25", "Exhibits 6 through 9".
const PAIR_WORDS: &[&str] = &["and", "or", "to", "through"];

/// "boys of 19 and 20", "a man of 45": a small number after "of" and a
/// word for people of an age, or the second of two such ("and 20"),
/// with nothing counted after it.
fn age_of_people(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    // Not "two women of 18 were named": a count before the people.
    let after_of = |k: usize| {
        k >= sentence.start + 2
            && doc.is(k - 1, "of")
            && doc.word(k - 2).is_some_and(is_age_noun)
            && !(k >= sentence.start + 3
                && (doc.is_num(k - 3) || doc.word(k - 3).is_some_and(|w| small_number(w).is_some())))
    };
    let first = if after_of(s) {
        s
    } else if let Some(first) = first_of_pair(doc, s, sentence.start) {
        first
    } else {
        return false;
    };
    after_of(first) && !counted_noun_follows(doc, e, sentence.end) && !plural_noun_at(doc, e, sentence.end)
}

/// "won 2-1", "a 3-0 win": two small numbers joined by a hyphen, with a
/// word of results before or after.
fn score_at(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    let small = |k: usize| doc.is_num(k) && doc.s(k).len() <= 3;
    let (first, last) = if doc.glued(e) && doc.punct(e).is_some_and(is_dash) && doc.glued(e + 1) && small(e + 1) {
        (s, e + 2)
    } else if s >= sentence.start + 2 && doc.glued(s) && doc.punct(s - 1).is_some_and(is_dash) && small(s - 2) {
        (s - 2, e)
    } else {
        return false;
    };
    // Not "to win 10-12 seats": a range of things counted.
    if counted_noun_follows(doc, last, sentence.end) || plural_noun_at(doc, last, sentence.end) {
        return false;
    }
    // Not "they lost 780–940": no game's two sides both score 200 or more
    // (a basketball score stays below, a cricket score's wickets are few).
    // A vote's tally still can ("voted 218–214").
    let hundreds = |k: usize| digits_value(doc.s(k)).is_some_and(|v| v >= 200.0);
    let vote = (first.saturating_sub(5).max(sentence.start)..first)
        .any(|k| doc.is_any(k, &["vote", "voted", "votes", "voting", "tally", "ballot"]));
    if hundreds(first) && hundreds(last - 1) && !vote {
        return false;
    }
    // "won 2-1", "beat Chelsea 2-1" (a few words back), "a 3-0 win"; in a
    // list of results ("won 6-3, 7-6") from the first result's words.
    let mut first_of_list = first;
    while first_of_list >= sentence.start + 4
        && doc.is_punct(first_of_list - 1, ',')
        && small(first_of_list - 2)
        && doc.punct(first_of_list - 3).is_some_and(is_dash)
        && doc.glued(first_of_list - 2)
        && small(first_of_list - 4)
    {
        first_of_list -= 4;
    }
    let from = first_of_list.saturating_sub(4).max(sentence.start);
    let before = (from..first_of_list).any(|k| doc.word(k).is_some_and(is_score_word));
    before || last < sentence.end && doc.word(last).is_some_and(is_score_word)
}

/// A statistic's setting or result, no finding: the level of "(95% CI
/// 3,870–5,510)" or "a 90 per cent confidence interval", and a test's
/// value after its symbol ("p < 0.001", "κ = 0.87", "r=0.6"). Not "n =
/// 214", the sample's count, nor "a >50% rise", "<b>300</b>" or "62%
/// confidence in the army".
fn statistic_at(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    let level = percent_len(doc, e);
    if level > 0
        && (doc.is(e + level, "ci")
            || doc.is_any(e + level, &["confidence", "credible"])
                && doc.is_any(e + level + 1, &["interval", "intervals", "level", "bound", "bounds"]))
    {
        return true;
    }
    let relation = |k: usize| doc.punct(k).is_some_and(|c| matches!(c, '<' | '>' | '=' | '\u{2264}' | '\u{2265}'));
    let mut k = s;
    // "p <= 0.05": a relation of two signs.
    while k > sentence.start && k + 3 > s && relation(k - 1) {
        k -= 1;
    }
    k < s
        && k > sentence.start
        && !(doc.is_punct(s - 1, '>') && closes_tag(doc, s - 1))
        && doc.word(k - 1).is_some_and(|w| {
            w.chars().count() == 1 && !matches!(w, "n" | "a" | "i") && w.chars().all(char::is_alphabetic)
        })
}

/// Why the number at `p` is not a figure, if it is not; `money` when a
/// currency sign or code comes before it.
fn excluded(doc: &Doc, p: &Parsed, sentence: &Range<usize>, money: bool) -> bool {
    let s = p.start;
    let e = p.end;
    // A table's cell that is this number and nothing else: its column
    // says what it is ("Killed" a figure, "row" a label), whatever stands
    // in the cells beside it ("NIS\t300" is no model number).
    if let (Some(first), Some(last)) = (doc.toks.get(s), e.checked_sub(1).and_then(|k| doc.toks.get(k)))
        && let Some(figure) = doc.tables.bare_cell(doc.text, first.start()..last.end())
    {
        return !figure;
    }
    // Glued to what comes before: "KN-23", "GMT+2", "2030/31", "14:00"
    // (not the code of "$US55").
    if !money && s > sentence.start && doc.glued(s) {
        let prev = s - 1;
        if doc.is_word(prev) {
            return true;
        }
        if let Some(c) = doc.punct(prev)
            && matches!(c, '-' | '+' | '/' | '.' | ':' | '\u{2013}' | '#' | '\u{2116}' | '^' | '\u{d7}')
            && prev > sentence.start
            && doc.glued(prev)
        {
            // "KN-23", but not the second number of "5k-20k".
            if doc.is_word(prev - 1) && c != '\u{2013}' && !scaled_number_ends_at(doc, prev - 1) {
                return true;
            }
            // A Markdown note's mark: "5,500[^1]".
            if c == '^' && doc.is_punct(prev - 1, '[') {
                return true;
            }
            if doc.is_num(prev - 1) && matches!(c, '/' | '.' | ':' | '+' | '^' | '\u{d7}') {
                return true;
            }
            // The last part of a code "T-455-25": a number glued by a
            // hyphen to one glued by a hyphen to a word.
            if c == '-'
                && doc.is_num(prev - 1)
                && prev - 1 > sentence.start + 1
                && doc.glued(prev - 1)
                && doc.is_punct(prev - 2, '-')
                && doc.glued(prev - 2)
                && doc.is_word(prev - 3)
            {
                return true;
            }
            // The exponent of "2.48×10−5", "10^-3".
            if c == '-'
                && doc.s(prev - 1) == "10"
                && prev > sentence.start + 1
                && doc.glued(prev - 1)
                && doc.punct(prev - 2).is_some_and(|c| matches!(c, '^' | '\u{d7}'))
            {
                return true;
            }
            // The month or the second year of "1995-01", "2013-14".
            if doc.is_num(prev - 1)
                && c == '-'
                && doc.s(prev - 1).len() == 4
                && digits_value(doc.s(prev - 1)).is_some_and(|y| (1800.0..=2100.0).contains(&y))
                && matches!(p.form, Form::Digits { digits: 2, grouped: false, decimal: false, scaled: false })
            {
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
    // A document's job number and stamp ("25-02817 (E)   200225"): glued
    // by a hyphen to a number with a leading zero, or five or more bare
    // digits on a line that holds no word and such a code (not a table's
    // "48213 (51.2%)", "| 2023 | 125000 |", nor "100000" alone).
    let leading_zero = |k: usize| doc.is_num(k) && doc.s(k).len() > 1 && doc.s(k).starts_with('0');
    if doc.is_punct(e, '-') && doc.glued(e) && doc.glued(e + 1) && leading_zero(e + 1) {
        return true;
    }
    if let Form::Digits { digits: 5.., grouped: false, decimal: false, scaled: false } = p.form
        && !money
        && {
            let line = doc.line_of(s);
            !line.clone().any(|k| doc.word(k).is_some_and(|w| w.chars().count() > 1))
                && line.clone().any(|k| !(s..e).contains(&k) && leading_zero(k))
        }
    {
        return true;
    }
    // Axis ticks, page markers, a journal's volume and issue ("21(2)"),
    // a rounding step ("to the nearest 100").
    if axis_tick(doc, s, e)
        || coordinate(doc, s, e)
        || grid_reference(doc, s, e)
        || unit_number(doc, s, e)
        || duration_part(doc, s, e)
        || page_marker(doc, s, e)
        || running_head_page(doc, s, e)
        || e == s + 1 && doc.running_cell(s)
        || note_after_stop(doc, s, e)
        || text_length(doc, s, e, sentence)
        || !money && (law_report_volume(doc, s, e) || provision_number(doc, s, e) || json_field_value(doc, s))
        || folio_with_title(doc, s, e)
    {
        return true;
    }
    // The issue's brackets, then its pages: "21(2), pp. 11-29".
    let pages = |k: usize| (k..k + 4).any(|j| doc.is_any(j, &["pp", "p", "pages"]));
    let issue_after = doc.glued(e) && doc.is_punct(e, '(') && doc.is_num(e + 1) && doc.is_punct(e + 2, ')');
    let issue = s >= 2 && doc.glued(s) && doc.is_punct(s - 1, '(') && doc.glued(s - 1) && doc.is_num(s - 2);
    if !money && (issue_after && pages(e + 3) || issue && doc.is_punct(e, ')') && pages(e + 1)) {
        return true;
    }
    if after_rounding_step(doc, s, sentence) && !counted_noun_follows(doc, e, sentence.end) {
        return true;
    }
    // A clock's hour: "in the 11:30 conference till 12", "until 6".
    if let Form::Digits { digits: 1 | 2, grouped: false, decimal: false, scaled: false } = p.form
        && s > sentence.start
        && doc.is_any(s - 1, &["till", "until", "til"])
        && p.value <= 24.0
        // Not the end of a count's run: "from 8 on Monday until 19", "the
        // toll rose until 23".
        && !(s.saturating_sub(12).max(sentence.start)..s).any(|k| {
            let clock = doc.is_punct(k + 1, ':') || k > 0 && doc.is_punct(k - 1, ':') && doc.glued(k);
            doc.is_num(k) && !clock
                || doc.has(k, Class::RiseVerb)
                || doc.has(k, Class::CasualtyWord)
                || doc.has(k, Class::MeasureNoun)
                || doc.is_any(k, &["toll", "number", "count", "tally", "total"])
        })
        && !money
        && percent_len(doc, e) == 0
        && (e >= sentence.end
            || doc.punct(e).is_some()
            || doc.is_any(e, &["today", "tomorrow", "tonight", "noon", "then", "if", "and", "when"]))
    {
        return true;
    }
    // One or two digits after "at", up to `last`, as an hour is written
    // (or with its minutes after a point: "at 7.30"); not a level ("the
    // vote at the session stood at 12"). Both hour rules below start here.
    let dotted_clock = e == s + 1
        && doc.s(s).split_once('.').is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
                && m.parse::<u8>().is_ok_and(|m| m < 60)
        });
    // On the hour or every day ("opened at 7.00 this morning", "is held
    // at 7.30 every morning"): a clock's, whatever verb comes before.
    let surely_clock = dotted_clock && (doc.s(s).ends_with(".00") || doc.is_any(e, &["every", "each"]));
    let hour_after_at = |last: f64| {
        (matches!(p.form, Form::Digits { digits: 1 | 2, grouped: false, decimal: false, scaled: false })
            || dotted_clock)
            && s >= sentence.start + 2
            && doc.is(s - 1, "at")
            && (1.0..=if dotted_clock { 23.59 } else { last }).contains(&p.value)
            && !money
            && percent_len(doc, e) == 0
            && (surely_clock || !doc.word(s - 2).is_some_and(|w| is_rise_verb(w) || is_level_verb(w) || is_copula(w)))
    };
    // An hour after "at" with a day to come or something scheduled before
    // it: "the briefing tomorrow at 10, let's split it", "Filing at 8".
    // Not "the toll stood at 10", "deaths today at 17" nor "at 10 Downing
    // Street".
    if hour_after_at(24.0)
        && (e >= sentence.end || doc.punct(e).is_some())
        && (doc.is_any(s - 2, &["tomorrow", "tonight"])
            // "Hearing on Wednesday at 10", "Shift starts at 6".
            || (s.saturating_sub(7).max(sentence.start)..s - 1)
                .rev()
                .take_while(|&k| !doc.is_num(k))
                .any(|k| doc.word(k).is_some_and(is_scheduled_event)))
    {
        return true;
    }
    // An hour with its part of the day: "left the depot at 7 this
    // morning", "at 9 tomorrow evening", "at 6 in the evening", "at 10
    // tonight", "arrived at 7.30 every morning". Not a level: "the toll
    // stood at 7 this morning".
    if hour_after_at(12.0)
        && (doc.is(e, "tonight")
            || doc.is_any(e, &["this", "tomorrow", "yesterday", "every", "each"])
                && doc.word(e + 1).is_some_and(is_day_part)
            || doc.is(e, "in") && doc.is(e + 1, "the") && doc.word(e + 2).is_some_and(is_day_part))
        // A count given before it ("numbered 8 at 3 this afternoon"), or
        // nothing counted before it: not "the number of fires … at 4 this
        // evening".
        && ((s.saturating_sub(HOUR_REACH).max(sentence.start)..s).any(|k| doc.is_num(k))
            || !(s.saturating_sub(HOUR_REACH).max(sentence.start)..s).any(|k| {
                doc.has(k, Class::CasualtyWord)
                    || doc.has(k, Class::MeasureNoun)
                    || doc.word(k).is_some_and(is_level_noun)
            }))
    {
        return true;
    }
    // A forecast's temperature: "Tonight clear and cold, lows of minus 3",
    // "Tomorrow bright, highs of 5", "frost tonight, a low of minus 2";
    // bare, with nothing counted after it, beside a forecast's words (not
    // "the index sank to a low of minus 31", "approval hit lows of 28").
    let signed = if s > sentence.start && doc.is(s - 1, "minus") { s - 1 } else { s };
    let minus = signed < s || doc.is(s, "minus");
    if let Some(of) = signed.checked_sub(1).filter(|&k| k > sentence.start && doc.is(k, "of"))
        && doc.word(of - 1).is_some_and(|w| is_weather_reading(w) && (w.ends_with('s') || minus))
        && p.value.abs() <= 45.0
        // Not a rate: "lows of 30 a week".
        && !doc.is_any(e, &["a", "an", "per"])
        // The forecast's words open the reading's clause ("Tonight clear
        // and cold, lows of …"), a few words before it.
        && (of.saturating_sub(FORECAST_REACH).max(sentence.start)..of)
            .any(|k| doc.word(k).is_some_and(is_weather_word))
        && !money
        && percent_len(doc, e) == 0
        && !counted_noun_follows(doc, e, sentence.end)
        && !plural_noun_at(doc, e, sentence.end)
    {
        return true;
    }
    // A chat's reaction count after its emoji: ":+1: 3", ":eyes: 2".
    // Alone before the line's end or the next reaction, not ":fire: 12
    // soldiers killed".
    let reaction_after =
        e >= doc.len() || doc.opens_line(e) || doc.kind(e) == Some(Kind::Hashtag) && doc.s(e).starts_with(':');
    if s > 0
        && doc.kind(s - 1) == Some(Kind::Hashtag)
        && doc.s(s - 1).starts_with(':')
        && !doc.glued(s)
        && reaction_after
    {
        return true;
    }
    // A post's reach in its metadata: "👁 612K", "· 1.4M subscribers".
    if audience_count(doc, s, e) || page_furniture(doc, s, e) || page_offer(doc, s, e, sentence, money) {
        return true;
    }
    // The last group of an IPv6 address after its "::" ("2a02:c7f::1"):
    // up to four hex digits, the "::" glued to the group before it (not a
    // wiki reply's indent, "::2,000 is what …").
    let hex_group = || doc.s(s).len() <= 4 && doc.s(s).bytes().all(|b| b.is_ascii_hexdigit());
    if s >= 3
        && doc.glued(s)
        && doc.is_punct(s - 1, ':')
        && doc.glued(s - 1)
        && doc.is_punct(s - 2, ':')
        && doc.glued(s - 2)
        && doc.kind(s - 3).is_some_and(|k| matches!(k, Kind::Num | Kind::Word))
        && hex_group()
    {
        return true;
    }
    // A note's number glued to a figure: the "11" of "4,00011".
    if s > 0 && doc.is_num(s - 1) && doc.glued(s) {
        return true;
    }
    // A keycap emoji numbering an item: "1\u{fe0f}\u{20e3}".
    if doc.glued(e) && doc.punct(e).is_some_and(|c| matches!(c, '\u{fe0f}' | '\u{20e3}')) {
        return true;
    }
    // A section's number opening its line: "2.3 On 27 March, …", "4.1
    // Funding". Not a scaled or counted decimal ("1.5 million fled", "2.5
    // Tonnes").
    if let Form::Digits { decimal: true, grouped: false, scaled: false, digits } = p.form
        && digits <= 4
        && !money
        && doc.opens_line(s)
        && section_number(doc, s, e, sentence)
    {
        return true;
    }
    // A year with a note's number glued to it: "in November 2024.9 The
    // JCS later reported".
    if let Form::Digits { decimal: true, grouped: false, scaled: false, .. } = p.form
        && !money
        && year_with_note(doc, s, e)
    {
        return true;
    }
    // A note's number opening its line: "9 JCS, briefing to …".
    if let Form::Digits { decimal: false, grouped: false, scaled: false, digits } = p.form
        && digits <= 3
        && !money
        && doc.opens_line(s)
        && (footnote_number(doc, s, e, sentence) || numbered_line(doc, s, e, sentence))
    {
        return true;
    }
    // Glued to what follows: "170mm", "575th", "2000s", "14:00"; but
    // "18.5GW", "3Mt" are capacities and emissions.
    if e < sentence.end && doc.glued(e) {
        // A statistical table's mark of a revised figure: "2,700r",
        // "9.4r" (not "the 4r rule").
        let revised = doc.s(e) == "r"
            && !(doc.glued(e + 1) && (doc.is_word(e + 1) || doc.is_num(e + 1)))
            && matches!(p.form, Form::Digits { grouped, decimal, digits, .. } if grouped || decimal || digits >= 3);
        if doc.is_word(e) && !doc.word(e).is_some_and(is_glued_unit) && !revised {
            return true;
        }
        // "10\u{223c}11\u{c6d4}" (October to November in Korean): a range
        // whose other end is glued to a word of another script reads as
        // that end does.
        let range_sign = |c: char| is_dash(c) || matches!(c, '~' | '\u{223c}' | '\u{301c}' | '\u{ff5e}');
        if doc.punct(e).is_some_and(range_sign)
            && doc.is_num(e + 1)
            && doc.glued(e + 1)
            && doc.glued(e + 2)
            && doc.is_word(e + 2)
            && doc.s(e + 2).chars().next().is_some_and(|c| !c.is_ascii())
        {
            return true;
        }
        // "14:00", "2030/31", and version numbers: "4.2.1".
        if doc.punct(e).is_some_and(|c| matches!(c, ':' | ',' | '/' | '^' | '\u{d7}' | '.'))
            && doc.is_num(e + 1)
            && doc.glued(e + 1)
        {
            return true;
        }
        if doc.punct(e).is_some_and(is_dash) && doc.glued(e + 1) && doc.is_word(e + 1) {
            // "£1.2m-worth", "a £10m-a-year deal".
            let per_period = doc.is(e + 1, "a")
                && doc.glued(e + 2)
                && doc.punct(e + 2).is_some_and(is_dash)
                && doc.glued(e + 3)
                && doc.is_any(e + 3, &["year", "month", "week", "day", "head"]);
            let allowed = doc.is_any(e + 1, &["strong", "man", "worth"])
                || per_period
                || doc.word(e + 1).is_some_and(is_count_adjective_noun)
                || doc.word(e + 1).and_then(hyphen_hedge).is_some()
                || doc.word(e + 1).and_then(money_word).is_some();
            if !allowed {
                return true;
            }
        }
    }
    // A footnote's marker: "fighting.[1]", "[3] Interview with …", and a
    // citation with its pages: "[4, p. 2]", "[8, pp. 13-14]", "[2, 5]".
    if s > sentence.start && doc.is_punct(s - 1, '[') && doc.glued(s) && doc.is_punct(e, ']') && doc.glued(e)
        || !money && in_citation(doc, s)
    {
        return true;
    }
    // A tracker's numbered links: "(1, destroyed) (2, captured)".
    if !money && numbered_bracket(doc, s, e) {
        return true;
    }
    // A journal's pages after its volume and issue: "41(2): 113-138".
    if !money && (journal_pages(doc, s, e) || author_year_pages(doc, s, e)) {
        return true;
    }
    // An age between commas: "who, at 31, has been fighting".
    if let Form::Digits { digits: 2, grouped: false, decimal: false, scaled: false } = p.form
        && s >= sentence.start + 2
        && doc.is(s - 1, "at")
        && doc.is_punct(s - 2, ',')
        && doc.is_punct(e, ',')
    {
        return true;
    }
    // Ages as a span: "aged between 20 and 30", "aged from 18 to 25".
    if p.value <= 120.0 && s >= sentence.start + 2 {
        let mut k = s - 1;
        if k >= sentence.start + 2 && doc.is_any(k, &["and", "to"]) && doc.is_num(k - 1) {
            k -= 2;
        }
        if doc.is_any(k, &["between", "from"]) && k > sentence.start && doc.is_any(k - 1, &["aged", "ages", "age"]) {
            return true;
        }
    }
    // An age as a bound: "as young as 18", "as old as 60".
    if p.value <= 120.0
        && s >= sentence.start + 3
        && doc.is(s - 1, "as")
        && doc.is_any(s - 2, &["young", "old"])
        && doc.is(s - 3, "as")
    {
        return true;
    }
    // A reference number after a code in capitals: "Number CBP 10231",
    // "written question UIN 27634", both halves of "ISSN 2753-1180".
    let code_at = |k: usize| {
        doc.word(k).is_some_and(|w| (2..=5).contains(&w.len()))
            && doc.s(k).chars().all(|c| c.is_ascii_uppercase())
            && currency_code(doc.s(k)).is_none()
    };
    let second_half = s >= sentence.start + 3
        && doc.is_punct(s - 1, '-')
        && doc.glued(s)
        && doc.glued(s - 1)
        && doc.s(s - 2).len() >= 4
        && code_at(s - 3)
        && !doc.glued(s - 2);
    if let Form::Digits { digits: 4.., grouped: false, decimal: false, scaled: false } = p.form
        && s > sentence.start
        && (!doc.glued(s) && code_at(s - 1) || second_half)
    {
        return true;
    }
    // Ages of two people set side by side: "one 20, the other 26", "One is
    // 20, the other 26", "one aged 20 and the other 26". A bare number
    // there (nothing counted after it) describes a person.
    if let Form::Digits { digits: 2, grouped: false, decimal: false, scaled: false } = p.form
        && s > sentence.start
        && (doc.word(e).is_none() || doc.is_any(e, &["and", "or", "but"]))
    {
        let mut k = s - 1;
        if k > sentence.start && doc.is_any(k, &["is", "was"]) {
            k -= 1;
        }
        // "the other 26" only after "one …": not "ten were freed and the other 26".
        let one_before = || (k.saturating_sub(12).max(sentence.start)..k).any(|j| doc.is(j, "one"));
        if doc.is(k, "one") || doc.is(k, "other") && k > sentence.start && doc.is(k - 1, "the") && one_before() {
            return true;
        }
    }
    // The number of a heading or a list item: "1. Summary", "3) Tempo" at
    // the start of a line, maybe after a mark-up's emphasis or heading
    // marks ("**1. SEOUL**", "## 2. Kyiv").
    if let Form::Digits { digits: 1 | 2, grouped: false, decimal: false, scaled: false } = p.form
        && opens_line_after_markup(doc, s)
        && doc.glued(e)
        && doc.punct(e).is_some_and(|c| matches!(c, '.' | ')'))
        && doc.toks.get(e + 1).is_none_or(|t| t.space())
    {
        return true;
    }
    // Units: "170 mm", "24 hours", "2 p.m.", "ten weeks"; for a range,
    // the unit after its second number ("2–3 weeks").
    let mut unit = e;
    // "between 19 and 25 years of age": "and" joins a range after "between".
    let after_between = s > sentence.start && doc.is(s - 1, "between");
    if let Some(second) = range_second_number(doc, e, sentence.end, after_between) {
        unit = second.end;
    } else if doc.is(e, "x") && doc.is_num(e + 1) && doc.word(e + 2).is_some_and(is_excluded_unit) {
        // "1080 x 1350 px", "3 x 4 metres": a size.
        unit = e + 2;
    } else if doc.is(e, "or") && doc.is_num(e + 1) && !doc.glued(e + 2) {
        // "19 or 20 years old", "two or three weeks".
        unit = e + 2;
    } else if (doc.is(e, "and") || doc.is_punct(e, ',') && adjacent_ages(doc, s, e + 1))
        && doc.is_num(e + 1)
        && doc.is(e + 2, "years")
        && doc.is(e + 3, "old")
    {
        // "20 and 26 years old", "19, 20 years old" (not "1,200 and 12
        // months later").
        unit = e + 2;
    }
    // A "by the numbers" line that opens with its figure and names what it
    // counts after a dash or a colon: "2 — weeks of training", "20 to 25 —
    // the age range of …". What follows is the figure's unit.
    if doc.opens_line(s) && by_the_numbers_dash(doc, unit) {
        unit += 1 + usize::from(doc.is(unit + 1, "the"));
        // "30 — the average age of …".
        if doc.is_any(unit, &["average", "median", "mean", "typical"]) {
            unit += 1;
        }
        if doc.is_any(unit, &["age", "ages"]) {
            return true;
        }
    }
    // "12 straight days", "two more weeks": a plural unit after its
    // modifier (not "40 extra night flights", "40 more second-hand
    // tanks").
    if doc.word(unit).is_some_and(is_unit_modifier)
        && doc.word(unit + 1).is_some_and(|w| is_excluded_unit(w) && w.ends_with('s'))
        && !doc.is_punct(unit + 2, '-')
    {
        unit += 1;
    }
    // A temperature or an angle: "-18 °C", "45°".
    if doc.is_punct(unit, '\u{b0}') {
        return true;
    }
    // "a week or two", "a mile or two": the second of a unit's rough count.
    if s > sentence.start + 2
        && doc.is(s - 1, "or")
        && doc.word(s - 2).is_some_and(is_excluded_unit)
        && doc.is_any(s - 3, &["a", "an", "one"])
    {
        return true;
    }
    if let Some(w) = doc.word(unit) {
        // "viewed 25 million times" counts views; "three times a day" does
        // not count anything.
        // "1,200 km²", "40 m³": an area or a volume stays a claim, as
        // "450 square kilometres" does.
        let squared = doc.glued(unit + 1) && doc.punct(unit + 1).is_some_and(|c| matches!(c, '\u{b2}' | '\u{b3}'));
        if is_excluded_unit(w) && !(w == "times" && p.value >= 100.0) && !squared {
            return true;
        }
        if (w == "a" || w == "p") && doc.is_punct(unit + 1, '.') && doc.is(unit + 2, "m") {
            return true;
        }
        // A speed in metres: "gusts of 60 m a second", "20 m/s" (other
        // distances are excluded units).
        let metres = w == "m";
        let per_time = doc.is_any(unit + 1, &["an", "a", "per"]) && doc.is_any(unit + 2, &["hour", "second"])
            || doc.is_punct(unit + 1, '/') && doc.is_any(unit + 2, &["h", "hr", "s"]);
        if metres && per_time {
            return true;
        }
        // "600 m north of the field", "craters about 8 m across", "10 m
        // imagery": a distance or a resolution in metres, which "m" also
        // abbreviates for millions ("10 m people", "$4 m").
        if metres && !money && doc.word(unit + 1).is_some_and(is_distance_follower) {
            return true;
        }
    }
    // A broadcaster's brand: "KPLN 12 News", "WXYZ 7 reported", "Fox 5
    // News": a one- or two-digit number after a station's call sign (K or
    // W and two or three capitals) or between a capitalised name and
    // "News".
    if let Form::Digits { digits: 1 | 2, grouped: false, decimal: false, scaled: false } = p.form
        && s > 0
        && doc.is_word(s - 1)
    {
        // Not "WFP 30 trucks", "KLM 12 flights", nor a headline's "Strike
        // Kills 5 News Workers": the station's name goes on with "News"
        // and no capitalised word after it, or it speaks.
        let before = doc.s(s - 1);
        let call_sign =
            before.len() == 4 && before.starts_with(['K', 'W']) && before.bytes().all(|b| b.is_ascii_uppercase());
        let news = doc.is_word(e) && doc.s(e) == "News" && !(doc.is_word(e + 1) && doc.capitalised(e + 1));
        if (call_sign || doc.capitalised(s - 1)) && news || call_sign && doc.has(e, Class::SpeechVerb) {
            return true;
        }
    }
    // Labels: "Article 5", "day 1,129", "aged 26", "No. 10". In lowercase
    // not before what a count counts ("under Russian rule 2 million
    // Ukrainians").
    let scaled = matches!(p.form, Form::Digits { scaled: true, .. });
    // Asked only beside a label's word, which few figures have.
    let counts_something = || scaled || counted_noun_follows(doc, e, sentence.end);
    // Capitalised, not before a scale: a headline's "Export Volume 2
    // Million Barrels".
    // "Game 3 vs 4", "iPhone 14 vs 15": "vs" labels a small number only,
    // not the second of "3,000 vs 1,100".
    let large = p.value >= 1000.0;
    let label_at = |k: usize| {
        doc.word(k).is_some_and(|w| {
            is_lowercase_designator(w) && !(large && matches!(w, "vs" | "versus")) && !counts_something()
                || doc.capitalised(k) && is_designator(w) && !scaled
        })
    };
    // "entries 1 and 2", "regulations 11 to 15": a plural label before a
    // pair or a range.
    let pair_after = |k: usize| {
        (doc.is_any(k + 1, PAIR_WORDS) || doc.punct(k + 1).is_some_and(|c| is_dash(c) || c == '&' || c == ','))
            && doc.is_num(k + 2)
    };
    // "Tables 2, 3 and 4" too: a capitalised label's plural.
    let plural_label_at = |k: usize, number: usize| {
        pair_after(number)
            && doc.word(k).is_some_and(|w| {
                is_plural_designator(w) || doc.capitalised(k) && w.strip_suffix('s').is_some_and(is_designator)
            })
            && !counts_something()
    };
    // "§ 1705", "¶¶ 31–34": a section's or a paragraph's sign labels the
    // number after it.
    let section_sign = |k: usize| doc.punct(k).is_some_and(|c| matches!(c, '§' | '¶'));
    // The number at `k` after its label: "Article 5", "entries 1 and 2",
    // "No. 10", and a citation's "page=4", "p=17" in a template's
    // parameters.
    let labelled = |k: usize| {
        k > sentence.start
            && (label_at(k - 1)
                || section_sign(k - 1)
                || plural_label_at(k - 1, k)
                || k > sentence.start + 1 && doc.punct(k - 1).is_some_and(|c| c == '.' || c == '=') && label_at(k - 2))
    };
    // "50 U.S.C. § 1705", "10 CFR § 20.1": a code's title, its number
    // before the code's initials and the section sign.
    let mut after_initials = e;
    while after_initials < sentence.end
        && after_initials < e + 8
        && (doc.is_punct(after_initials, '.')
            || doc.is_word(after_initials)
                && doc.s(after_initials).len() <= 4
                && doc.s(after_initials).bytes().all(|b| b.is_ascii_uppercase()))
    {
        after_initials += 1;
    }
    let code_title = after_initials > e && section_sign(after_initials);
    if labelled(s) || code_title && !money {
        return true;
    }
    // "resolution 1718 (2006)", "resolutions 1874 (2009), 2270 (2016) and
    // 2397 (2017)": a UN resolution's number, with its year in brackets
    // (not "passed the resolution 396-23", "the resolution 140 nations
    // backed").
    let year_in_brackets =
        |k: usize| doc.is_punct(k, '(') && doc.is_punct(k + 2, ')') && doc.s(k + 1).len() == 4 && doc.is_num(k + 1);
    if year_in_brackets(e) && !money {
        let mut k = s;
        // Back over the list's earlier numbers, each with its year.
        while k >= sentence.start + 6
            && (doc.is_punct(k - 1, ',') || doc.is_any(k - 1, &["and", "or"]))
            && doc.is_punct(k - 2, ')')
            && year_in_brackets(k - 4)
            && doc.is_num(k - 5)
        {
            k -= 5;
        }
        if k > sentence.start && doc.is_any(k - 1, &["resolution", "resolutions"]) {
            return true;
        }
    }
    // "Security Council resolution 2231", "UN resolution 1325": the body
    // names it without its year.
    // Not "the UN resolution 140 nations backed".
    let body_at = |k: usize| doc.capitalised(k) && doc.word(k).is_some_and(is_resolution_body);
    // "U.N. resolution": the body's initials.
    let initials = s >= sentence.start + 3 && doc.is_punct(s - 2, '.') && doc.s(s - 3) == "N";
    if s >= sentence.start + 2
        && !money
        && doc.is(s - 1, "resolution")
        // "in breach of resolution 2397.": a number that ends its
        // sentence or bracket (not a vote's "the resolution 141, against
        // 5", "396-23").
        && (body_at(s - 2) || initials || e >= sentence.end || doc.punct(e).is_some_and(|c| matches!(c, '.' | ';' | ')')))
        && matches!(p.form, Form::Digits { grouped: false, decimal: false, scaled: false, .. })
        && !plural_noun_at(doc, e, sentence.end)
    {
        return true;
    }
    // "{{as of|2025|1}}": a template's small argument, glued between its
    // bars or braces, is a reference's part (a table's "|| 1,000 ||" cell
    // is spaced).
    let bar_or_brace = |k: usize| doc.punct(k).is_some_and(|c| matches!(c, '|' | '{' | '}'));
    // Not a number template's figure ("{{nts|4000}}", "{{circa|4,000}}").
    if s > sentence.start && bar_or_brace(s - 1) && doc.glued(s) && bar_or_brace(e) && doc.glued(e) && p.value < 100.0 {
        return true;
    }
    // "SEC. 2.", "Art. 5": an abbreviated label whose full stop the
    // sentences were split at.
    if s == sentence.start
        && s >= 2
        && doc.is_punct(s - 1, '.')
        && doc.glued(s - 1)
        && doc.s(s - 2).len() <= 3
        && doc.capitalised(s - 2)
        && doc.word(s - 2).is_some_and(is_designator)
        && !counts_something()
    {
        return true;
    }
    // "Beta(2, 3)", "f(4)": a function's arguments.
    if function_argument(doc, s, e, sentence) {
        return true;
    }

    // "SPEAKER 2:", "caller 1 said": a transcript's unnamed voice, before
    // its colon, its line's end or its verb of speech (not "Witness 3,000
    // troops marching").
    if let Form::Digits { digits: 1 | 2, grouped: false, decimal: false, scaled: false } = p.form
        && s > sentence.start
        && doc.word(s - 1).is_some_and(is_speaker_label)
        && (doc.is_punct(e, ':') || e >= doc.len() || doc.opens_line(e) || doc.word(e).is_some_and(is_speech_verb))
    {
        return true;
    }
    // "MYTH 1:", "Claim 4:", "Round 2 —", "Finding 1:": a heading's
    // number, after the capitalised word opening its line or sentence and
    // before its colon or dash, numbers the heading whatever the word is.
    if let Form::Digits { digits: 1 | 2, grouped: false, decimal: false, scaled: false } = p.form
        && s == sentence.start + 1
        && doc.is_word(s - 1)
        && doc.capitalised(s - 1)
        && (doc.is_punct(e, ':') || doc.punct(e).is_some_and(|c| is_dash(c) || c == '\u{2014}') && !doc.glued(e))
    {
        return true;
    }
    // "Rows 3, 5 and 8", "paragraphs 4, 7 or 9": the later numbers of a
    // list whose first a label names.
    // Read back from the number, a list's commas come before its "and":
    // "aged 19 to 25, 300 of them" ends the list at the comma.
    let mut first = s;
    let mut comma_seen = false;
    // "pages 11–29", "Public Law 118–50": a range of labels too.
    while first >= sentence.start + 2 && doc.is_num(first - 2) {
        if doc.is_punct(first - 1, ',') {
            comma_seen = true;
        } else if comma_seen
            || !(doc.is_any(first - 1, PAIR_WORDS) || doc.punct(first - 1).is_some_and(|c| c == '&' || is_dash(c)))
        {
            break;
        }
        first -= 2;
    }
    // Not "Under Title 42, 2,000 migrants": after a comma, a count.
    let grouped = matches!(p.form, Form::Digits { grouped: true, .. });
    if first < s && first > sentence.start && labelled(first) && !(comma_seen && (grouped || counts_something())) {
        return true;
    }

    // "Group IDs: 16801-16805", "Ref 4417": codes, the second of a range
    // of them too.
    let first = || {
        if s >= sentence.start + 2 && doc.is_punct(s - 1, '-') && doc.glued(s) && doc.glued(s - 1) {
            Some(s - 2).filter(|&k| doc.is_num(k))
        } else {
            first_of_pair(doc, s, sentence.start)
        }
    };
    let code_at = |k: usize| {
        k > sentence.start
            && (doc.word(k - 1).is_some_and(is_identifier_label)
                || k > sentence.start + 1
                    && doc.is_punct(k - 1, ':')
                    && doc.word(k - 2).is_some_and(is_identifier_label))
    };
    let ungrouped = || doc.s(s).bytes().all(|b| b.is_ascii_digit());
    if (code_at(s) || first().is_some_and(code_at)) && ungrouped() {
        return true;
    }
    // "the designations of 1 and 17 May 2024": the first of two days of
    // one month.
    let day_number = |k: usize| doc.s(k).len() <= 2 && doc.s(k).parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
    if e == s + 1
        && day_number(s)
        && doc.is_any(e, &["and", "or", "to", "vs", "versus"])
        && doc.is_num(e + 1)
        && day_number(e + 1)
        && doc.capitalised(e + 2)
        && doc.word(e + 2).is_some_and(|w| month(w).is_some())
        && !doc.is_any(e + 3, &["of", "in"])
    {
        return true;
    }
    // "Article 3(1)(b)", "regulation 6(2)": a subsection, glued in
    // brackets to the number it divides.
    // Not "27(4) goals": a label names the head number.
    let subsection = s >= sentence.start + 3
        && doc.is_punct(s - 1, '(')
        && doc.glued(s - 1)
        && doc.glued(s)
        && doc.is_num(s - 2)
        && (label_at(s - 3) || doc.word(s - 3).is_some_and(|w| is_designator(w) || is_lowercase_designator(w)))
        && doc.is_punct(e, ')')
        && doc.glued(e)
        && doc.s(s).len() <= 2
        && doc.s(s).bytes().all(|b| b.is_ascii_digit());
    if subsection {
        return true;
    }
    // "the 1718 Committee": a body's name.
    let numbered_body = s > sentence.start
        && doc.is(s - 1, "the")
        && doc.capitalised(e)
        && doc.word(e).is_some_and(is_numbered_body)
        && !doc.is(e + 1, "of")
        && !plural_noun_at(doc, e + 1, sentence.end);
    if numbered_body {
        return true;
    }
    // "Segment 2 of 5", "Part 3 of 4": the count of a label.
    if s > sentence.start + 2 && doc.is(s - 1, "of") && doc.is_num(s - 2) && label_at(s - 3) {
        return true;
    }
    // "interview 3 of the series", "part 2 in the series": a place in a
    // series.
    if e == s + 1
        && s > 0
        && doc.is_any(
            s - 1,
            &["interview", "part", "episode", "instalment", "installment", "chapter", "film", "programme"],
        )
        && doc.is_any(e, &["of", "in"])
        && doc.is(e + 1, "the")
        && doc.is_any(e + 2, &["series", "season"])
        && doc.s(s).bytes().all(|b| b.is_ascii_digit())
    {
        return true;
    }
    // The second of two labels: "aged 20 and 26", "footnotes 5 to 9".
    if first_of_pair(doc, s, sentence.start)
        .is_some_and(|first| first > sentence.start && (label_at(first - 1) || plural_label_at(first - 1, first)))
    {
        return true;
    }
    // An age: "he was 20, the other 26", "she is 45 and", "his mother,
    // who is 47,".
    // "he is now 26", "who was then 19".
    let v = if s >= sentence.start + 3 && doc.is_any(s - 1, &["now", "then"]) { s - 1 } else { s };
    // "who's 19": the apostrophe and "s" read as a possessive's.
    let contracted = v >= sentence.start + 3 && doc.possessive_at(v - 2) && doc.is_any(v - 3, &["he", "she", "who"]);
    // "the other is 26", and a sentence opening with a name alone, "Holt
    // is 38.", "Dagny Holt was 61 when …": a person, as "he" is.
    // The name's first word: past the quotation mark opening a quote.
    let named_from = (sentence.start..sentence.start + 2).find(|&j| !doc.is_punct(j, '"')).unwrap_or(sentence.start);
    let person = |k: usize| {
        doc.is_any(k, &["he", "she", "who"])
            || doc.is(k, "other") && k > sentence.start && doc.is(k - 1, "the")
            // "The soldier is 26.", "His mother is 61.": one person.
            || k > sentence.start
                && doc.is_any(k - 1, &["the", "his", "her", "their", "its"])
                && doc.word(k).is_some_and(|w| is_age_noun(w) && !w.ends_with('s'))
            // Up to three words, "Holt-Smith" one.
            || (named_from..named_from + 5).contains(&k)
                && (named_from..=k).all(|j| match doc.punct(j) {
                    Some('-') => j > named_from && doc.glued(j) && doc.glued(j + 1),
                    Some(_) => false,
                    None => {
                        doc.capitalised(j)
                            && doc.word(j).is_some_and(|w| {
                                month(w).is_none()
                                    && !is_pronoun(w)
                                    && !matches!(w, "the" | "this" | "that" | "there" | "what" | "which" | "each" | "all")
                            })
                    }
                })
    };
    // A whole number a life can reach, no amount: what each age rule below
    // asks first.
    let could_be_age = p.value.fract() == 0.0 && p.value <= 120.0 && !money;
    let age_told = could_be_age
        && (contracted || v >= sentence.start + 2 && doc.is_any(v - 1, &["was", "is"]) && person(v - 2))
        && percent_len(doc, e) == 0
        && (e >= sentence.end || !doc.is_word(e) || doc.is_any(e, &["when", "and", "at", "but"]));
    if age_told {
        return true;
    }
    // "the other is 20 age", "a man of 26 age,": an age as text translated
    // from Korean writes it, the word after the number, then no noun.
    if could_be_age
        && doc.is(e, "age")
        && !doc.glued(e)
        && s > sentence.start
        && doc.is_any(s - 1, &["is", "was", "are", "were", "of"])
        && (e + 1 >= sentence.end || !doc.is_word(e + 1))
    {
        return true;
    }
    // An age bracket: "voters under 30", "children under five".
    if could_be_age && age_bracket(doc, s, e, sentence) {
        return true;
    }
    // "a median age of 21", "at the age of 19": an age.
    if could_be_age
        && s >= sentence.start + 2
        && doc.is(s - 1, "of")
        && doc.is(s - 2, "age")
        && !counted_noun_follows(doc, e, sentence.end)
    {
        return true;
    }

    // A telephone number or a code: three or more groups of digits (or
    // capitals) joined by hyphens ("555-123-4567", "UA-0119-22"), or two
    // after an area code in brackets ("(02) 8651-9400").
    if hyphen_chain(doc, s, e, sentence) >= 3 || phone_like(doc, s, e, sentence) || after_area_code(doc, s, e, sentence)
    {
        return true;
    }
    // An enumerator in brackets: "(1) say who …, (2) tell …", "objective
    // (3)".
    if let Form::Digits { digits: 1 | 2, grouped: false, decimal: false, scaled: false } = p.form
        && s > sentence.start
        && doc.is_punct(s - 1, '(')
        && doc.glued(s)
        && doc.is_punct(e, ')')
        && doc.glued(e)
        && !counted_in_brackets(doc, s, e, sentence)
    {
        return true;
    }
    // A running time: 3'40" (minutes and seconds).
    let prime = |k: usize| doc.punct(k).is_some_and(|c| matches!(c, '\'' | '\u{2032}' | '\u{2019}'));
    let double_prime = |k: usize| doc.punct(k).is_some_and(|c| matches!(c, '"' | '\u{2033}' | '\u{201d}'));
    let minutes = prime(e) && doc.glued(e) && doc.is_num(e + 1) && doc.glued(e + 1) && double_prime(e + 2);
    let seconds = s >= sentence.start + 2 && prime(s - 1) && doc.glued(s) && doc.is_num(s - 2) && double_prime(e);
    if minutes || seconds {
        return true;
    }
    if let Form::Digits { grouped, decimal, digits, scaled } = p.form
        && !grouped
        && !decimal
        && !scaled
    {
        // Identifiers.
        if digits >= 8 && !counted_noun_follows(doc, e, sentence.end) {
            return true;
        }
        // Years, unless money or a count noun follows ("2000 troops", "2000
        // hires" when no "in" or "since" says it is a year).
        // "a further 2000 to 3000 soldiers": a range of counts.
        let counted_range = (doc.is_any(e, &["to", "and", "or"]) || doc.punct(e).is_some_and(is_dash))
            && doc.is_num(e + 1)
            && counted_noun_follows(doc, e + 2, sentence.end);
        if digits == 4
            && (1800.0..=2100.0).contains(&p.value)
            && !money
            && !counted_noun_follows(doc, e, sentence.end)
            && !counted_range
            && (!plural_noun_at(doc, e, sentence.end) || year_preposition_before(doc, s, sentence.start))
        {
            return true;
        }
        // A postcode between a place and its country: "Vladivostok,
        // 690001, Russia" (a count this long is grouped).
        // The address ends there: not "Wembley, 87000, Anfield, 61000".
        let ends = |k: usize| {
            k >= sentence.end
                || doc.opens_line(k)
                || doc.is_punct(k, '.') && (k + 1 >= sentence.end || doc.opens_line(k + 1))
                || !(doc.is_word(k) || doc.is_num(k) || doc.is_punct(k, ',') || doc.is_punct(k, '.'))
        };
        // "Pushkina 4, Novosibirsk, 630099": a street, a place, the code;
        // not "In Tver, 416000."
        let street_and_place_before = |place: usize| {
            (place.saturating_sub(4).max(sentence.start)..place)
                .any(|k| doc.is_punct(k, ',') && k > sentence.start && doc.is_num(k - 1))
        };
        let country_ends = |k: usize| {
            let mut j = k;
            while j < k + 3 && doc.capitalised(j) {
                j += 1;
            }
            j > k && ends(j)
        };
        let code_digits = (5..=6).contains(&digits) && doc.s(s).bytes().all(|b| b.is_ascii_digit());
        let postcode = code_digits
            && s >= sentence.start + 2
            && doc.is_punct(s - 1, ',')
            && doc.capitalised(s - 2)
            && (digits == 6 && ends(e) && street_and_place_before(s - 2)
                || doc.is_punct(e, ',') && country_ends(e + 1));
        // "Primorsky Krai 690091, Russia": after the place's name, a comma
        // and the country after (a count after a name would be grouped, or
        // counted: "Kursk 110000 troops"). Five digits only after an
        // address's comma ("8 Rue Cler, Paris 75007, France"), not in a
        // headline's "Russia Lost 12000, Kyiv Says".
        let address_comma = (s.saturating_sub(4).max(sentence.start)..s).any(|k| doc.is_punct(k, ','));
        let postcode_after_place = code_digits
            && (digits == 6 || address_comma)
            && s > sentence.start
            && doc.capitalised(s - 1)
            && doc.is_punct(e, ',')
            && country_ends(e + 1);
        if postcode || postcode_after_place {
            return true;
        }
        // A postcode after a state's code: "NY 10001".
        if digits == 5
            && s > sentence.start
            && doc.s(s - 1).len() == 2
            && doc.s(s - 1).bytes().all(|b| b.is_ascii_uppercase())
        {
            return true;
        }
        // A street number: "10 Downing Street", or a house number in an
        // address set after a place's name ("the Korea Centre, 21 Old
        // Elvet, on Friday").
        if street_follows(doc, e, sentence.end)
            || digits <= 4 && (address_after_place(doc, s, e, sentence) || postcode_follows(doc, e, sentence))
        {
            return true;
        }
        // The end of a span of years: "Session 2024–25", "the 2023-24
        // season".
        if digits == 2 && s >= 2 && doc.glued(s) && doc.glued(s - 1) && doc.punct(s - 1).is_some_and(is_dash) {
            let year = doc.s(s - 2).parse::<u32>().ok().filter(|y| (1800..=2100).contains(y));
            if year.is_some_and(|y| f64::from((y + 1) % 100) == p.value) {
                return true;
            }
        }
        // A reference or a code, never a quantity: "0117", "007".
        if digits >= 2 && doc.s(s).starts_with('0') {
            return true;
        }
        // A product's name: "737 Max", "iPhone 15 Pro".
        if digits <= 4 && e < sentence.end && doc.capitalised(e) && doc.word(e).is_some_and(is_model_suffix) {
            return true;
        }

        // An age after a name: "Senard, 65, said", "Smith (65)".
        if digits <= 3 && p.value <= 120.0 && age_after_name(doc, s, e, sentence) {
            return true;
        }
        // "boys of 19 and 20", "a man of 45": the age of people.
        if digits <= 2 && age_of_people(doc, s, e, sentence) {
            return true;
        }
        // "Tom and Jess, who are 64 and 61, are driving".
        if digits <= 3 && p.value <= 120.0 && age_after_who(doc, s, e, sentence) {
            return true;
        }
        // "Her brother, Song-chol, was 15 then", "he will be 22.".
        if digits <= 3 && p.value <= 120.0 && person_is_of_age(doc, s, e, sentence) {
            return true;
        }
        // A score: "won 2-1", "a 3-0 win", "won 112-104".
        if digits <= 3 && score_at(doc, s, e, sentence) {
            return true;
        }
        // List numbering at the start of a line: "1. ", "2) ", and a
        // thread's post number "3/ ".
        let line_start = s == sentence.start || doc.toks.get(s).is_some_and(|t| t.newlines() > 0);
        if line_start && doc.glued(e) && doc.punct(e).is_some_and(|c| c == '.' || c == ')') && e + 1 < sentence.end {
            return true;
        }
        // "212. Deputy Brennan asked …", its full stop read as a sentence's
        // end: a capitalised word on the same line after it, the line
        // opening a paragraph or after a sentence's end (not "the toll
        // rose to\n212. The ministry …", a wrapped line), and a line
        // numbered next to it the same way (not "How many?\n300. The rest
        // fled.").
        let new_line = s == 0 || doc.toks.get(s).is_some_and(|t| t.newlines() > 0);
        let after_break = s == 0
            || doc.toks.get(s).is_some_and(|t| t.newlines() >= 2)
            || doc.punct(s - 1).is_some_and(|c| matches!(c, '.' | ':' | '?' | '!'));
        if new_line
            && after_break
            && doc.glued(e)
            && doc.is_punct(e, '.')
            && e + 1 == sentence.end
            && doc.toks.get(e + 1).is_some_and(|t| t.newlines() == 0 && t.space())
            && doc.capitalised(e + 1)
            && numbered_next_to(doc, s, e)
        {
            return true;
        }
        if line_start && digits <= 3 && doc.glued(e) && doc.is_punct(e, '/') && !doc.glued(e + 1) {
            return true;
        }
        if digits <= 3 && counter_line_at(doc, s, e) {
            return true;
        }
        // A name before a bare number: "Kursk 2", "Minsk 2", "iPhone 14";
        // not a currency's code ("EUR 2500").
        // Not the word opening the sentence after a quotation mark
        // ("“Another 200 were wounded,” he said").
        let opens = || (sentence.start..s - 1).all(|k| doc.punct(k).is_some_and(|c| matches!(c, '"' | '\'' | '(')));
        if digits <= 4
            && !money
            && s > sentence.start + 1
            && !opens()
            && currency_code(doc.s(s - 1)).is_none()
            && !doc.word(s - 1).is_some_and(is_interval_label)
            && (doc.capitalised(s - 1) || doc.word(s - 1).is_some_and(|_| has_inner_capital(doc.s(s - 1))))
            && !doc.glued(s)
            && qualifier_before(doc, s, sentence.start).is_none()
            && !counted_noun_follows(doc, e, sentence.end)
        {
            return true;
        }
    }
    false
}

/// Whether a line within reach of the number at `s..e` opens with the
/// number one above or one below it and a full stop ("213. Deputy …"
/// after "212. Deputy …"): items numbered in turn.
fn numbered_next_to(doc: &Doc, s: usize, e: usize) -> bool {
    /// Tokens searched each way: a written answer's length, and more.
    const REACH: usize = 3000;
    let Ok(n) = doc.s(s).parse::<u64>() else { return false };
    let item = |k: usize| {
        doc.opens_line(k)
            && doc.glued(k + 1)
            && doc.is_punct(k + 1, '.')
            && doc.s(k).parse::<u64>().is_ok_and(|m| m + 1 == n || n + 1 == m)
    };
    (s.saturating_sub(REACH)..s).any(item) || (e..(e + REACH).min(doc.len())).any(item)
}

/// The marks that part a line's fields: a post's counter from its time
/// ("2/9 · 08:05"), a comment's buttons ("· Reply · Share").
pub(crate) fn is_post_separator(c: char) -> bool {
    matches!(c, '\u{b7}' | '|' | '\u{2022}')
}

/// "1 / 9", a gallery's or a slideshow's counter: a line that holds only
/// a number, a slash and a number no smaller, one of them at `s..e`; or a
/// thread's post counter opening its line before a separator ("2/9 ·
/// 08:05", "3/9 | 08:11").
fn counter_line_at(doc: &Doc, s: usize, e: usize) -> bool {
    let closes_line = |k: usize| {
        doc.toks.get(k + 1).is_none_or(|t| t.newlines() > 0)
            || !doc.glued(k + 1) && doc.punct(k + 1).is_some_and(is_post_separator)
    };
    let counter = |n: usize| {
        doc.opens_line(n)
            && doc.is_punct(n + 1, '/')
            && doc.is_num(n + 2)
            && closes_line(n + 2)
            && doc.s(n + 2).len() <= 3
            && matches!((doc.s(n).parse::<u32>(), doc.s(n + 2).parse::<u32>()), (Ok(a), Ok(b)) if a <= b)
    };
    e == s + 1 && (counter(s) || s >= 2 && counter(s - 2)) || e == s + 3 && counter(s)
}

/// For a number in brackets at `s..e`: digits glossing words
/// ("forty-five (45)"), or a count after what it counts that closes its
/// item ("tanks (12), artillery systems (40) and drones (85)"), where an
/// enumerator opens what it numbers ("its aim is (1) to hold …").
fn counted_in_brackets(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    let opens_item = doc.word(e + 1).is_some_and(|w| !matches!(w, "and" | "or"));
    s >= sentence.start + 2
        && (doc.is_num(s - 2)
            || doc.word(s - 2).is_some_and(|w| {
                starts_number_words(w) || !opens_item && (w.ends_with('s') || is_measure_noun(w) || is_casualty_word(w))
            }))
}

/// A spaced dash or colon at `k` with a word after it on the same line:
/// what a "by the numbers" line puts between its figure and what the
/// figure counts ("11,000 — troops sent", "2: weeks of training").
fn by_the_numbers_dash(doc: &Doc, k: usize) -> bool {
    doc.punct(k).is_some_and(|c| is_dash(c) || matches!(c, '\u{2014}' | ':'))
        && doc.toks.get(k + 1).is_some_and(|t| t.space() && t.newlines() == 0)
        && (doc.is_word(k + 1) || doc.is_punct(k + 1, '"') && doc.is_word(k + 2))
}

/// Another line within reach of token `at` that opens with a figure in
/// digits and a by-the-numbers dash: the list "Three — North Koreans
/// taken prisoner" belongs to, not a list of points ("One — the JCS says
/// …", "Two: The Kursk salient").
fn by_the_numbers_nearby(doc: &Doc, at: usize) -> bool {
    let from = at.saturating_sub(NEARBY_LINES_REACH);
    let to = (at + NEARBY_LINES_REACH).min(doc.len());
    (from..to).any(|k| k != at && doc.is_num(k) && doc.opens_line(k) && by_the_numbers_dash(doc, k + 1))
}

/// Tokens either way searched for a neighbouring list line: a few lines.
const NEARBY_LINES_REACH: usize = 60;

/// A hyphen at `dash` glued to the tokens on both sides.
fn hyphen_joins(doc: &Doc, dash: usize) -> bool {
    doc.is_punct(dash, '-') && doc.glued(dash) && doc.glued(dash + 1)
}

/// How many groups, joined by glued hyphens, the number at `s..e` is one
/// of (1 when it stands alone): groups of digits, and groups of two to
/// four capitals when the chain has two numbers ("UA-0119-22", not
/// "F-16"). Reads at most four groups each way.
fn hyphen_chain(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> usize {
    let joined = |dash: usize| hyphen_joins(doc, dash);
    // A group of digits, or of two to four capitals ("UA-0119-22").
    let group = |k: usize| {
        doc.is_num(k) || {
            let t = doc.s(k);
            doc.is_word(k) && (2..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase())
        }
    };
    let mut groups = 1;
    let mut numbers = 1;
    let mut k = s;
    while groups < 5 && k >= sentence.start + 2 && joined(k - 1) && group(k - 2) {
        groups += 1;
        numbers += usize::from(doc.is_num(k - 2));
        k -= 2;
    }
    let mut k = e;
    while groups < 9 && k + 1 < sentence.end && joined(k) && group(k + 1) {
        groups += 1;
        numbers += usize::from(doc.is_num(k + 1));
        k += 2;
    }
    // Capitals count only beside two numbers: not "F-16".
    if numbers >= 2 { groups } else { numbers }
}

/// "Beta(2, 3)", "f(4)": numbers and commas alone in brackets glued to a
/// word, two of them or one after a one-letter name.
fn function_argument(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    let part = |k: usize| doc.is_num(k) || doc.is_punct(k, ',');
    let mut open = s;
    while open > sentence.start && part(open - 1) {
        open -= 1;
    }
    let mut close = e;
    while close < sentence.end && part(close) {
        close += 1;
    }
    // Not "losses(1,200)": two arguments, or a one-letter function.
    let arguments = (open..close).any(|k| doc.is_punct(k, ','));
    open >= sentence.start + 2
        && doc.is_punct(open - 1, '(')
        && doc.glued(open - 1)
        && doc.is_word(open - 2)
        && (arguments || doc.s(open - 2).chars().count() == 1)
        && doc.is_punct(close, ')')
}

/// "(02) 8651-9400", "(703) 555-0182": two groups of digits joined by a
/// hyphen after an area code in brackets, or that area code.
fn after_area_code(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    let digits = |k: usize, n: std::ops::RangeInclusive<usize>| {
        doc.is_num(k) && n.contains(&doc.s(k).len()) && doc.s(k).bytes().all(|b| b.is_ascii_digit())
    };
    let joined = |dash: usize| hyphen_joins(doc, dash);
    // The groups after the area code's closing bracket at `close`.
    let groups_after = |close: usize| {
        close + 3 < sentence.end && digits(close + 1, 3..=4) && joined(close + 2) && digits(close + 3, 4..=4)
    };
    // An area code: one with a trunk zero ("(02)", "(0161)"), or three
    // digits before a three-digit group ("(703) 555-0182"); not "(2024)
    // 1500-2000", "(45) 1200-1300".
    let area_code = |code: usize, close: usize| {
        if !digits(code, 2..=4) {
            return false;
        }
        doc.s(code).starts_with('0') || doc.s(code).len() == 3 && digits(close + 1, 3..=3)
    };
    let code_before = |first: usize| {
        first >= sentence.start + 3
            && doc.is_punct(first - 1, ')')
            && doc.is_punct(first - 3, '(')
            && area_code(first - 2, first - 1)
    };
    // The area code itself.
    if s > sentence.start && doc.is_punct(s - 1, '(') && doc.is_punct(e, ')') && area_code(s, e) && groups_after(e) {
        return true;
    }
    // "8 (47152) 2-11-40", "+7 (4712) 55-66-77": a trunk or country
    // prefix before an area code in brackets and hyphened groups, and
    // that code.
    let prefix_before_code = |prefix: usize, open: usize| {
        digits(prefix, 1..=3)
            && doc.is_punct(open, '(')
            && digits(open + 1, 3..=5)
            && doc.is_punct(open + 2, ')')
            && open + 4 < sentence.end
            && digits(open + 3, 1..=4)
            && joined(open + 4)
    };
    if e == s + 1 && prefix_before_code(s, e)
        || s >= sentence.start + 2 && doc.is_punct(e, ')') && prefix_before_code(s - 2, s - 1)
    {
        return true;
    }
    let first = if s >= sentence.start + 2 && joined(s - 1) && digits(s - 2, 3..=4) { s - 2 } else { s };
    code_before(first) && groups_after(first - 1)
}

/// "voters under 30", "those over 65", "anyone aged over 80": a bound on
/// people's age, not a count, when nothing counted follows.
fn age_bracket(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    if s < sentence.start + 2 || !doc.is_any(s - 1, &["under", "over"]) {
        return false;
    }
    let people = |k: usize| {
        doc.word(k).is_some_and(|w| {
            is_people_noun(w)
                || matches!(
                    w,
                    "those"
                        | "anyone"
                        | "everyone"
                        | "people"
                        | "voters"
                        | "adults"
                        | "users"
                        | "patients"
                        | "drivers"
                        | "students"
                        | "aged"
                        | "ages"
                )
        })
    };
    people(s - 2) && !counted_noun_follows(doc, e, sentence.end) && percent_len(doc, e) == 0
}

/// A telephone number written with spaces ("0800 555 0192", "+44 20 7946
/// 0321", "+41 22 555 0147", whose "22 555" the tokenizer reads as one
/// number grouped in thousands): three or more bare groups in a row with
/// seven digits or more, one of them of three digits or more, or two
/// groups with a leading zero or a "+" dialling code. Reads at most eight
/// tokens each way; a lone number grouped with spaces is a count.
fn phone_like(doc: &Doc, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    let groups_of = |k: usize| doc.s(k).split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty());
    let bare = |k: usize| {
        doc.is_num(k) && doc.s(k).chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '\u{a0}' || c == '\u{202f}')
    };
    if !bare(s) || e != s + 1 {
        return false;
    }
    let mut first = s;
    while first > sentence.start && first + 8 > s && bare(first - 1) && !doc.glued(first) {
        first -= 1;
    }
    let mut last = s;
    while last + 1 < sentence.end && last < s + 8 && bare(last + 1) && !doc.glued(last + 1) {
        last += 1;
    }
    let dialling = first > sentence.start && doc.is_punct(first - 1, '+') && doc.glued(first);
    // Tokens, not groups: "2 300 000" alone is a count.
    let tokens = last - first + 1;
    // A lone group without a dialling code fails every test below: most
    // numbers stop here, before their digits are counted.
    if tokens == 1 && !dialling {
        return false;
    }
    let digits: usize = (first..=last).flat_map(groups_of).map(str::len).sum();
    // A trunk zero opens a token ("0800"), not a thousands group ("1 300
    // 000").
    let leading_zero = (first..=last).any(|k| doc.s(k).len() >= 3 && doc.s(k).starts_with('0'));
    // A telephone number has seven digits or more, in groups of three or
    // four ("1 1 1 1 1 1 1" is seven ones); counts grouped with spaces
    // beside a year or another count ("in 2024 1 300 000") are no groups
    // of one.
    let plain = (first..=last).all(|k| !doc.s(k).contains(|c: char| !c.is_ascii_digit()));
    let long_group = (first..=last).any(|k| doc.s(k).len() >= 3);
    // "+380 542 611 234" is one token after its dialling code; a number
    // has ten digits or more with one ("+12 500 000" is a count).
    plain && tokens >= 3 && digits >= 7 && long_group
        || tokens >= 2 && (dialling || leading_zero)
        || dialling && digits >= 10
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

/// The second number of a range "3,500–4,000", "20 to 30", "$10 to $15
/// billion" (and "between 4 and 5 million" when `between`): the number
/// as read, a currency sign before it skipped. The number is read up to
/// the first token after the sentence (`limit`).
fn range_second_number(doc: &Doc, e: usize, limit: usize, between: bool) -> Option<Parsed> {
    // "one or two thousand": a rough range.
    let joined = doc.punct(e).is_some_and(is_dash) || doc.is_any(e, &["to", "or"]) || between && doc.is(e, "and");
    if !joined {
        return None;
    }
    let mut next = e + 1;
    if doc.punct(next).and_then(currency_name).is_some() && doc.glued_or_one_space(next + 1) {
        next += 1;
    }
    if doc.is_num(next) {
        return parse_digits_of(doc, next, next > e + 1);
    }
    parse_words(doc, next, limit + 1)
}

/// "basis points", "bps", "bp" at token `end`: how many tokens they take.
fn basis_points_len(doc: &Doc, end: usize) -> usize {
    if doc.is(end, "basis") && doc.is_any(end + 1, &["points", "point"]) {
        2
    } else if doc.is_any(end, &["bps", "bp"]) {
        1
    } else {
        0
    }
}

/// A percent sign or word at token `end`: how many tokens it takes.
/// A figure its speaker takes back ("about 2,100 \u{2014} sorry \u{2014}
/// 1,200") and names again as the wrong one after the right one ("sorry
/// \u{2014} 1,200, not 2,100").
fn retracted(doc: &Doc, p: &Parsed, sentence: &Range<usize>) -> bool {
    let after = p.end + percent_len(doc, p.end);
    let set_off = |k: usize| doc.punct(k).is_some_and(|c| c == ',' || c == '\u{2014}' || is_dash(c));
    let taken_back = set_off(after)
        && doc.is(after + 1, "sorry")
        && set_off(after + 2)
        && (after + 3..(after + 5).min(sentence.end)).any(|k| doc.is_num(k));
    // Only in a correction the speaker makes: a story's correction ("It
    // was about 200 people, not 2,000") still shows the figure it had.
    let s = p.start;
    let wrong_one = s >= sentence.start + 3
        && doc.is(s - 1, "not")
        && doc.is_punct(s - 2, ',')
        && (s.saturating_sub(4).max(sentence.start)..s - 2).any(|k| doc.is_num(k))
        && (s.saturating_sub(12).max(sentence.start)..s).any(|k| doc.is(k, "sorry"));
    taken_back || wrong_one
}

/// A share no one claims: how sure a speaker is ("I'm not 100 percent
/// sure", "95% certain") or a rounding step ("rounded to the nearest 5
/// percentage points").
fn share_not_claimed(doc: &Doc, p: &Parsed, sentence: &Range<usize>) -> bool {
    let after = p.end + percent_len(doc, p.end);
    after_rounding_step(doc, p.start, sentence)
        || after < sentence.end && doc.word(after).is_some_and(is_certainty_word)
}

/// Whether the number at `s` is a rounding step: "to the nearest" right
/// before it.
fn after_rounding_step(doc: &Doc, s: usize, sentence: &Range<usize>) -> bool {
    s >= sentence.start + 3 && doc.is(s - 1, "nearest") && doc.is(s - 2, "the") && doc.is(s - 3, "to")
}

fn percent_len(doc: &Doc, end: usize) -> usize {
    // "2.4pp", "0.5ppt": percentage points glued to a small number (not a
    // book's "320pp", its pages).
    let points = || {
        doc.glued(end)
            && doc.is_any(end, &["pp", "ppt", "ppts"])
            && end > 0
            && doc.is_num(end - 1)
            && doc.s(end - 1).split('.').next().is_some_and(|whole| whole.len() <= 2)
    };
    if doc.is_punct(end, '%') || doc.is_any(end, &["percent", "pct", "pc"]) || points() {
        1
    } else if doc.is(end, "per") && doc.is(end + 1, "cent")
        || doc.is(end, "percentage") && doc.is_any(end + 1, &["points", "point"])
    {
        2
    } else {
        0
    }
}

fn fraction_word_at(doc: &Doc, i: usize) -> bool {
    doc.word(i).is_some_and(|w| denominator(w).is_some())
}

/// "were arrested", "had been wounded", "are missing" after a number word:
/// the number is the subject, counting people or things.
fn subject_count(doc: &Doc, from: usize, limit: usize) -> bool {
    if !doc.is_any(from, &["were", "was", "are", "have", "had"]) {
        return false;
    }
    let mut k = from + 1;
    while k < limit && k < from + 3 && doc.is_any(k, &["been", "still", "later", "also", "reportedly"]) {
        k += 1;
    }
    k < limit
        && doc.word(k).is_some_and(|w| {
            is_casualty_word(w) || is_irregular_participle(w) || w.len() > 4 && w.ends_with("ed") && !doc.capitalised(k)
        })
}

/// Words that end a noun phrase's run of modifiers: a verb, an auxiliary,
/// a preposition or a conjunction ("two said", "three in the car").
const NOT_A_MODIFIER: &[&str] = &[
    "said", "says", "say", "told", "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will",
    "would", "could", "can", "may", "might", "must", "should", "shall", "do", "does", "did", "of", "in", "on", "at",
    "to", "for", "with", "by", "from", "into", "over", "under", "and", "or", "but", "nor", "than", "that", "which",
    "who", "whom", "whose", "as", "if", "when", "while", "after", "before", "since", "until", "ago", "later",
    "earlier", "each", "apiece", "more", "less",
];

/// The number is the whole sentence ("Sixteen.", "one and a half"): a text
/// that is nothing but a number is that number, with nothing to say what
/// it counts.
fn stands_alone(doc: &Doc, p: &Parsed, sentence: &Range<usize>) -> bool {
    p.start == sentence.start && (p.end..sentence.end).all(|k| doc.kind(k) == Some(Kind::Punct))
}

/// "there were", "there are", "there have been" just before token `s`.
fn existential_before(doc: &Doc, s: usize, min: usize) -> bool {
    let be = |k: usize| doc.is_any(k, &["were", "are", "was", "is", "remain", "remained", "remains"]);
    s >= min + 2 && be(s - 1) && doc.is(s - 2, "there")
        || s >= min + 3 && doc.is(s - 1, "been") && doc.is_any(s - 2, &["have", "has", "had"]) && doc.is(s - 3, "there")
}

/// A singular noun of something counted right after "one", perhaps past
/// one modifier: "one soldier", "one Russian tank", "one person", or a
/// casualty word: "one dead".
fn singular_count_follows(doc: &Doc, from: usize, limit: usize) -> bool {
    let counted = |w: &str| {
        is_measure_noun(w)
            || matches!(w, "person" | "child" | "man" | "woman" | "civilian")
            || !w.ends_with('s') && is_measure_noun(&format!("{w}s"))
    };
    // The next two words, past quotation marks ("one \u{201c}elite\u{201d} soldier").
    let is_quote = |k: usize| doc.punct(k).is_some_and(|c| matches!(c, '"' | '\'' | '\u{2018}' | '\u{2019}'));
    let word_from = |mut k: usize| {
        while k < limit && is_quote(k) {
            k += 1;
        }
        (k < limit).then(|| doc.word(k).map(|w| (w, k))).flatten()
    };
    let Some((w, k)) = word_from(from) else { return false };
    if is_casualty_word(w) || counted(w) && !is_excluded_unit(w) {
        return true;
    }
    let modifier = !NOT_A_MODIFIER.contains(&w) && !is_excluded_unit(w);
    if !modifier {
        return false;
    }
    // "one other North Korean soldier": past a people's name of up to two
    // capitalised words after the modifier.
    let person = |w: &str| is_people_noun(w) || !w.ends_with('s') && is_people_noun(&format!("{w}s"));
    let mut next = k + 1;
    while let Some((w, j)) = word_from(next) {
        if counted(w) && !is_excluded_unit(w) && (j == k + 1 || person(w)) {
            return true;
        }
        if !(doc.capitalised(j) && j < k + 3) {
            return false;
        }
        next = j + 1;
    }
    false
}

/// A plural noun within a few words of `from`, past modifiers ("two supply
/// convoys") or, after "of", a determiner or possessive ("of the country's
/// largest banks"), that is not a speaker ("two senior officials said"), a
/// report or a unit of time or size.
fn counted_plural_follows(doc: &Doc, from: usize, limit: usize, after_of: bool) -> bool {
    let mut reach = if after_of { 6 } else { 3 };
    let mut k = from;
    while k < limit && k < from + reach {
        if plural_noun_at(doc, k, limit) {
            return doc.word(k).is_some_and(|w| !is_title(w) && !is_report_noun(w) && !is_excluded_unit(w));
        }
        // "two Russian firms", "six North Korean officers", "two N. Korean
        // soldiers": a demonym counts as one word.
        if let Some(end) = super::subjects::demonym_end(doc, k, limit).filter(|&e| e < limit && e < from + reach + 2) {
            reach += end - k - 1;
            k = end;
            continue;
        }
        let apostrophe = after_of && doc.punct(k).is_some_and(|c| matches!(c, '\'' | '\u{2019}'));
        let modifier = doc
            .word(k)
            .is_some_and(|w| !NOT_A_MODIFIER.contains(&w) && !is_excluded_unit(w) && (after_of || !doc.capitalised(k)));
        // "twenty of the 60 mice": the whole's number.
        let whole = after_of && doc.is_num(k);
        if !(apostrophe
            || modifier
            || whole
            || after_of && doc.is_any(k, &["the", "its", "their", "his", "her", "our"]))
        {
            return false;
        }
        k += 1;
    }
    false
}

/// Whether a fraction or small number word is used as a figure here.
/// `after_figure`: the sentence has a figure before this one.
fn accepted(doc: &Doc, p: &Parsed, hedged: bool, percent: bool, sentence: &Range<usize>, after_figure: bool) -> bool {
    let next = p.end;
    let prev = p.start.checked_sub(1).filter(|&k| k >= sentence.start);
    let next_word = doc.word(next);
    let next_is = |ws: &[&str]| next_word.is_some_and(|w| ws.contains(&w));
    match p.form {
        Form::Digits { .. } | Form::Ratio => true,
        Form::Slash { mixed } => {
            // "2/9 · 08:05": a thread's post counter (while "1/5" alone
            // on its line may be a fraction).
            let separated = !doc.glued(p.end) && doc.punct(p.end).is_some_and(is_post_separator);
            if !mixed && separated && counter_line_at(doc, p.start, p.end) {
                return false;
            }
            if mixed || percent || hedged {
                return true;
            }
            // "3/4" could be a date, "3/40" or "20/100" cannot.
            let (num, den) = (digits_value(doc.s(p.start)), digits_value(doc.s(p.start + 2)));
            let date_like = match (num, den) {
                (Some(n), Some(d)) if doc.is_num(p.start) => n <= 12.0 && d <= 31.0 || n <= 31.0 && d <= 12.0,
                _ => false,
            };
            let alone = prev.is_none() && (next >= sentence.end || doc.kind(next) == Some(Kind::Punct));
            // "3/4 of voters", but not "9/11 attacks".
            !date_like || alone || next_is(&["of"])
        }
        Form::Words { scaled, dozen } => {
            if percent || scaled && !dozen || stands_alone(doc, p, sentence) {
                return true;
            }
            // "three or four hundred men", "one to two thousand": the first
            // of a range the second's scale makes large.
            if range_second_number(doc, p.end, sentence.end, false)
                .is_some_and(|second| range_scale(doc, p, &second).is_some())
            {
                return true;
            }
            // "Three — North Koreans taken prisoner", "Zero: prisoners
            // exchanged": a "by the numbers" line opening with its figure
            // in words, as "2 — weeks of training" does in digits.
            if p.value != 1.0
                && doc.opens_line(p.start)
                && by_the_numbers_dash(doc, next)
                && by_the_numbers_nearby(doc, p.start)
            {
                return true;
            }
            // "naught soldiers", "zero casualties"; not "naught else to do".
            if p.value == 0.0 {
                return counted_plural_follows(doc, next, sentence.end, false)
                    || subject_count(doc, next, sentence.end)
                    || doc.has(next, Class::CasualtyWord);
            }
            if p.value == 1.0 && !dozen {
                // Money: "rose one penny", "a one-yen bid"; a count of one
                // thing: "one soldier was killed", "one dead"; but not "one
                // of the officials", "no one", "at one point".
                let money_after = |k: usize| doc.word(k).and_then(money_word).is_some();
                // "said that one soldier had died", "… and that one soldier
                // had died": "that" opening what was said, not pointing.
                // "told reporters that one …", "said on Monday that one …".
                let complementizer = |k: usize| {
                    doc.is(k, "that")
                        && k > sentence.start
                        && (doc.is_any(k - 1, &["and", "but"])
                            || (k.saturating_sub(4).max(sentence.start)..k).any(|j| doc.has(j, Class::ReportingVerb)))
                };
                // "One Ukrainian officer told us": a speaker, not a count.
                let speaker = (next..(next + 4).min(sentence.end))
                    .take_while(|&k| doc.is_word(k))
                    .any(|k| doc.has(k, Class::ReportingVerb));
                return doc.is(p.start, "one")
                    && !speaker
                    && (money_after(next)
                        || doc.glued(next)
                            && doc.punct(next).is_some_and(is_dash)
                            && doc.glued(next + 1)
                            && money_after(next + 1)
                        || !prev.is_some_and(|k| {
                            doc.word(k).is_some_and(is_not_a_count_of_one_after) && !complementizer(k)
                        }) && singular_count_follows(doc, next, sentence.end));
            }
            // "the two forces" with a measure noun stays, for the
            // suggestion's confidence to weigh.
            if hedged || find_measure(doc, next, sentence.end, false).is_some_and(|m| !m.is_empty()) {
                return true;
            }
            // "there were seven in the boat".
            if existential_before(doc, p.start, sentence.start) {
                return true;
            }
            // "11 assaults, three of them at night": a part of a group the
            // sentence has just counted.
            if after_figure && part_of_them_at(doc, next) && p.value >= 2.0 {
                return true;
            }
            // "Two of those failed shortly after launch", "Of those, two
            // failed": a sentence opening with a part of a group the text
            // has just counted (not its speakers, "Two of them told us").
            let opens_part =
                p.start == sentence.start && part_of_them_at(doc, next) && !doc.has(next + 2, Class::SpeechVerb)
                    || p.start == sentence.start + 3
                        && part_of_them_at(doc, sentence.start)
                        && doc.is_punct(sentence.start + 2, ',');
            if opens_part && p.value >= 2.0 {
                return true;
            }
            // "had captured two of them alive", "killed three of those":
            // the object of a casualty verb.
            if part_of_them_at(doc, next) && prev.is_some_and(|k| doc.has(k, Class::CasualtyWord)) {
                return true;
            }
            // "all nine of her exams": a part named by "of" counts even
            // after "all" or "the".
            if next_is(&["of"]) && counted_plural_follows(doc, next + 1, sentence.end, true) {
                return true;
            }
            // "four of its seven plants": the whole of a part just counted.
            let whole_of_part = prev.is_some_and(|k| {
                k >= sentence.start + 2
                    && doc.is_any(k, &["its", "their", "the", "his", "her", "our"])
                    && doc.is(k - 1, "of")
                    && (doc.is_num(k - 2)
                        || doc.word(k - 2).is_some_and(|w| small_number(w).is_some() || tens(w).is_some()))
            });
            if whole_of_part && counted_plural_follows(doc, next, sentence.end, false) {
                return true;
            }
            if prev.is_some_and(|k| doc.word(k).is_some_and(is_generic_determiner)) {
                return false;
            }
            // "compared with eleven the year before", "the Greens taking
            // nine", "a further six": a count of what the sentence's
            // earlier figure counts, its noun left out.
            if after_figure
                && p.value >= 2.0
                && prev.is_some_and(|k| {
                    doc.is_any(k, &["with", "against", "than", "versus", "vs", "taking", "just", "only", "further"])
                })
                && !doc.is(next, "of")
            {
                return true;
            }
            // "four were arrested", "two had been wounded": the subject
            // counted by a passive or a casualty word.
            if subject_count(doc, next, sentence.end) {
                return true;
            }
            // "seven countries", "two supply convoys", "three of the
            // country's largest banks": a plural noun counted, but not "two
            // officials said" (a source) nor "the two forces".
            counted_plural_follows(doc, next, sentence.end, false)
        }
        Form::Fraction { article, hyphenated, plural } => {
            if doc.glued(next) && doc.punct(next).is_some_and(is_dash) {
                return false;
            }
            if plural || hyphenated || stands_alone(doc, p, sentence) {
                return true;
            }
            let ordinal_before = prev.is_some_and(|k| {
                doc.is_any(k, &["first", "second", "latter", "other", "next", "last", "final", "the"])
            });
            if ordinal_before && !article {
                return false;
            }
            // "a third to two-fifths": the second may be hyphenated.
            let coordinated = next_is(&["and", "or", "to"]) && (next + 1..next + 4).any(|k| fraction_word_at(doc, k))
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
            // "the share is (exactly) one sixth.": the fraction ends the
            // clause after a copula.
            // "jumped a third", "rose by a quarter": the size of a change.
            if prev.is_some_and(|k| doc.is(k, "by") || doc.has(k, Class::RiseVerb)) {
                return true;
            }
            let copula = |k: usize| doc.is_any(k, &["is", "was", "are", "were", "be", "been"]);
            let complement = prev.is_some_and(|k| {
                copula(k) || doc.is_any(k, &["exactly", "precisely", "just"]) && k > sentence.start && copula(k - 1)
            }) && (next >= sentence.end || doc.kind(next) == Some(Kind::Punct));
            // "British intelligence says a third;", "became “a third”",
            // "— a quarter, which …": a share standing for a whole
            // statement, not "a third — a former analyst — said".
            let clause_ends =
                next >= sentence.end || doc.punct(next).is_some_and(|c| matches!(c, ',' | ';' | '.' | '"'));
            let stated = prev.is_some_and(|k| {
                doc.has(k, Class::ReportingVerb)
                    || doc.is_punct(k, '"') && doc.is_punct(next, '"')
                    || doc.is_punct(k, '\u{2014}') && !doc.is_punct(next, '"')
            }) && clause_ends;
            hedged || coordinated || predicate || complement || stated || next_is(&["of"])
        }
    }
}

/// "profits doubled", "more than tripled", "nearly triple the price",
/// "twice as many": a multiplier word where it multiplies (not "doubled
/// down", "a double agent", "double-digit").
fn multiplier_at(doc: &Doc, i: usize, limit: usize) -> Option<f64> {
    let factor = doc.look_up(i, Class::MultiplierWord, multiplier_word)?;
    let w = doc.word(i)?;
    if doc.glued(i + 1) && doc.punct(i + 1).is_some_and(is_dash) {
        return None;
    }
    // "asked twice, he insisted", "met twice in March": how often,
    // after a verb, with nothing it multiplies.
    if matches!(w, "twice" | "thrice")
        && (i + 1 >= limit
            || doc.punct(i + 1).is_some()
            || doc.is_any(i + 1, &["in", "a", "and", "before", "since", "during", "this", "last", "daily"]))
        && i > 0
        && doc.word(i - 1).is_some_and(|p| p.ends_with("ed") || matches!(p, "met" | "spoke" | "said" | "told"))
    {
        return None;
    }
    let verb = w.ends_with("ed") || w.ends_with("ing") || w.ends_with('s') && w != "twice";
    let next_ok = i + 1 >= limit
        || doc.kind(i + 1) != Some(Kind::Word)
        || doc.is_any(
            i + 1,
            &[
                "the", "its", "their", "his", "her", "that", "what", "as", "to", "from", "in", "since", "last", "this",
                "over", "and",
            ],
        );
    // "twice Britain's estimate": a possessive's noun.
    let possessive_next = doc.capitalised(i + 1) && doc.possessive_at(i + 2);
    let applies = if verb {
        // "doubled it and relabelled …"
        // "had doubled compared with the previous quarter", "doubled
        // by March": a verb's adjunct after it (not "twice on Monday",
        // how often).
        // Past tense only: not the nouns "body doubles during trips".
        let adjunct = w.ends_with("ed")
            && doc
                .is_any(i + 1, &["compared", "against", "versus", "during", "between", "within", "on", "by", "after"]);
        !doc.is_any(i + 1, &["down", "over", "up", "back", "as"])
            && (next_ok || adjunct || possessive_next || doc.is_any(i + 1, &["it", "them"]))
    } else {
        (next_ok || possessive_next) && !doc.is(i + 1, "to")
    };
    applies.then_some(factor)
}

/// "sixfold", "tenfold", "twentyfold": a multiplier in one word.
fn fold_word(w: &str) -> Option<f64> {
    let stem = w.strip_suffix("fold")?;
    small_number(stem).or_else(|| tens(stem)).map(f64::from).filter(|v| *v >= 2.0).or(match stem {
        "hundred" => Some(100.0),
        "thousand" => Some(1000.0),
        _ => None,
    })
}

/// Every figure in the sentence `range`. `blocked` marks tokens that belong
/// to dates.
#[cfg(test)]
pub(crate) fn find(doc: &Doc, range: Range<usize>, blocked: &[bool]) -> Vec<FigureMatch> {
    let mut out = Vec::new();
    find_into(doc, range, blocked, &mut out);
    out
}

/// [`find`] into `out` (cleared first: a buffer reused from sentence to
/// sentence).
pub(crate) fn find_into(doc: &Doc, range: Range<usize>, blocked: &[bool], out: &mut Vec<FigureMatch>) {
    let is_blocked = |k: usize| blocked.get(k).copied().unwrap_or(false);
    out.clear();
    let mut i = range.start;
    while i < range.end {
        if is_blocked(i) {
            i += 1;
            continue;
        }
        let Some(t) = doc.toks.get(i) else { break };
        // Multipliers in one word: "sixfold", "doubled", "nearly triple the".
        if let Some(v) = doc.word(i).and_then(fold_word).or_else(|| multiplier_at(doc, i, range.end)) {
            let hedge = qualifier_before(doc, i, range.start);
            let start = hedge.map_or(i, |(_, s)| s);
            let measure = Some("fold".to_string());
            out.push(FigureMatch {
                toks: start..i + 1,
                core: i..i + 1,
                value: v,
                kind: FigureKind::Count,
                qualifier: hedge.map(|(q, _)| q),
                measure,
            });
            i += 1;
            continue;
        }
        // Currency: "$65.9 billion", "£3bn", "$US55,931,000", "USD 5 million".
        let mut currency = None;
        let mut core_start = i;
        if t.kind() == Kind::Punct
            && let Some(c) = currency_name(t.first())
        {
            if doc.is_num(i + 1) && doc.glued_or_one_space(i + 1) {
                currency = Some(c);
                core_start = i + 1;
            } else if doc.glued(i + 1)
                && doc.word(i + 1).is_some()
                && currency_code(doc.s(i + 1)).is_some()
                && doc.is_num(i + 2)
                && doc.glued(i + 2)
            {
                currency = Some(c);
                core_start = i + 2;
            }
        } else if t.kind() == Kind::Word
            && (t.first().is_ascii_uppercase() || t.first() == 'z')
            && let Some(c) = currency_code(doc.s(i))
            && (doc.s(i).len() >= 3 || matches!(doc.s(i), "Rs" | "RM"))
            && doc.is_num(i + 1)
            && !doc.is_punct(i + 1, '.')
        {
            currency = Some(c);
            core_start = i + 1;
        }
        // A minus sign: "−1.3%", "-5", not the hyphen of "2-1".
        let mut negative = false;
        if currency.is_none()
            && t.kind() == Kind::Punct
            && t.first() == '-'
            && doc.is_num(i + 1)
            && doc.glued(i + 1)
            && (i == range.start || !doc.glued(i))
        {
            negative = true;
            core_start = i + 1;
        } else if currency.is_none() && doc.is(i, "minus") && doc.is_num(i + 1) {
            // "minus 5 degrees"
            negative = true;
            core_start = i + 1;
        }
        // A minus before the sign: "(−£14bn in output)".
        let minus_before_sign = currency.is_some()
            && t.kind() == Kind::Punct
            && i > range.start
            && doc.is_punct(i - 1, '-')
            && doc.glued(i)
            && (i - 1 == range.start
                || !doc.glued(i - 1)
                || doc.punct(i - 2).is_some_and(|c| matches!(c, '(' | '[' | '"')));
        if minus_before_sign {
            negative = true;
        }
        let money = currency.is_some();
        let vulgar = t.kind() == Kind::Punct && !t.first().is_ascii() && parse_slash(doc, i).is_some();
        let parsed = match doc.kind(core_start) {
            _ if vulgar => parse_slash(doc, i),
            Some(Kind::Num) => parse_ratio(doc, core_start)
                .or_else(|| if money { None } else { parse_slash(doc, core_start) })
                .or_else(|| parse_digits_of(doc, core_start, money)),
            Some(Kind::Word) if money || negative => None,
            Some(Kind::Word) if !doc.has(core_start, Class::NumberStart) => None,
            // Number words are read one token past the sentence, which is
            // enough to tell that they run on past its end.
            Some(Kind::Word) => parse_ratio(doc, core_start)
                .or_else(|| {
                    doc.is_any(core_start, &["half", "quarter"])
                        .then(|| parse_words(doc, core_start, range.end + 1))
                        .flatten()
                })
                .or_else(|| parse_fraction(doc, core_start))
                .or_else(|| parse_words(doc, core_start, range.end + 1)),
            _ => None,
        };
        let Some(mut p) = parsed.filter(|p| p.end <= range.end) else {
            i += 1;
            continue;
        };
        if (p.start..p.end).any(is_blocked) {
            i = p.end;
            continue;
        }
        // A date range: "Sept. 20-24", "20-24 Sept.".
        let after_date = p.start >= 2
            && doc.glued(p.start)
            && doc.punct(p.start - 1).is_some_and(is_dash)
            && doc.glued(p.start - 1)
            && is_blocked(p.start - 2);
        let before_date =
            doc.glued(p.end) && doc.punct(p.end).is_some_and(is_dash) && doc.glued(p.end + 1) && is_blocked(p.end + 1);
        if after_date || before_date {
            i = p.end.max(i + 1);
            continue;
        }
        let mut value = p.value;
        if negative {
            value = -value;
        }
        let mut kind = if matches!(p.form, Form::Fraction { .. } | Form::Ratio | Form::Slash { mixed: false }) {
            FigureKind::Ratio
        } else {
            FigureKind::Count
        };
        // Pence and cents: "164p", "99c" (not "2p.m.").
        let mut measure_word: Option<String> = None;
        if !money
            && matches!(p.form, Form::Digits { scaled: false, .. })
            && doc.glued(p.end)
            && matches!(doc.s(p.end), "p" | "c")
            && !(doc.is_punct(p.end + 1, '.') && doc.is(p.end + 2, "m"))
        {
            measure_word = Some(if doc.is(p.end, "p") { "pence" } else { "cents" }.to_string());
            p.end += 1;
        }
        // Percentages, also when only the second number of a range has the
        // sign ("from 4.8 to 4.7 percent", "10-15%").
        let mut end = p.end;
        let mut percent = false;
        let between = p.start > range.start && doc.is(p.start - 1, "between");
        let second =
            if money || kind == FigureKind::Count { range_second_number(doc, end, range.end, between) } else { None };
        if !money && kind == FigureKind::Count {
            let len = percent_len(doc, end);
            let basis = basis_points_len(doc, end);
            if basis > 0 {
                // "25 basis points", "50bp": hundredths of a percent.
                end += basis;
                percent = true;
                value /= 100.0;
            } else if len > 0 {
                end += len;
                percent = true;
            } else if let Some(second) = &second
                && matches!(p.form, Form::Digits { scaled: false, .. })
                && percent_len(doc, second.end) > 0
                // Not "cut its forecast for 2025 to 1.1%": a year, then
                // the level.
                && !(p.value >= 1000.0 && second.value < 100.0)
            {
                percent = true;
            }
            if percent {
                value /= 100.0;
                kind = FigureKind::Ratio;
            }
        }
        // "half a percentage point", "a quarter of a percentage point":
        // a fraction of one point.
        if kind == FigureKind::Ratio && matches!(p.form, Form::Fraction { .. } | Form::Words { .. }) && !percent {
            let mut k = end;
            if doc.is(k, "of") {
                k += 1;
            }
            if doc.is(k, "a") && doc.is(k + 1, "percentage") && percent_len(doc, k + 1) == 2 {
                end = k + 3;
                value /= 100.0;
                percent = true;
            }
        }
        // A scale only on the second number: "$10 to $15 billion", "four to
        // five thousand".
        let mut range_scaled = false;
        if !percent
            && let Some(second) = &second
            && let Some(f) = range_scale(doc, &p, second)
        {
            value *= f;
            range_scaled = true;
        }
        // Multipliers: "four times higher", "3.5-fold", "a factor of two"
        // (not the mantissa of "a factor of 3.1×10−4").
        let factor_of = !percent
            && !money
            && p.start >= range.start + 2
            && doc.is(p.start - 1, "of")
            && doc.is(p.start - 2, "factor")
            && !(doc.glued(p.end)
                && (doc.is_word(p.end) || doc.punct(p.end).is_some_and(|c| matches!(c, '\u{d7}' | '^'))));
        let growth_before = p.start > range.start && doc.has(p.start - 1, Class::RiseVerb);
        // "… at 9 times earnings, against an average of 14 times.": a
        // multiplier after one.
        let after_multiplier = out.last().is_some_and(|f: &FigureMatch| {
            f.toks.start >= range.start && f.measure.as_deref() == Some("times") && f.kind == FigureKind::Count
        }) && doc.kind(p.end + 1) != Some(Kind::Word);
        let mut multiplier = false;
        if factor_of {
            multiplier = true;
            measure_word = Some("times".to_string());
        } else if !percent
            && !money
            && doc.is(p.end, "times")
            && (doc.word(p.end + 1).is_some_and(is_multiplier_follower)
                // "is roughly 1.2 times Seoul's", "was three times his":
                // after a copula (not "has met Putin 3 times Zelensky's
                // office said", "Three times Britain's champion").
                || (doc.capitalised(p.end + 1)
                    && (doc.possessive_at(p.end + 2) || doc.capitalised(p.end + 2) && doc.possessive_at(p.end + 3))
                    || doc.is_any(p.end + 1, &["his", "her", "our"]))
                    && (after_copula(doc, p.start, range.start)
                        // "— roughly three times North Korea's trade": a
                        // hedge says it is an amount, not how often (not
                        // "met Putin about three times Zelensky's office
                        // said").
                        || hedge_before(doc, p.start, range.start, false).is_some()
                            && !(p.end + 1..(p.end + 7).min(range.end)).any(|j| doc.has(j, Class::SpeechVerb)))
                || growth_before
                || after_multiplier)
        {
            multiplier = true;
            end = p.end + 1;
            measure_word = Some("times".to_string());
        } else if !percent
            && !money
            && matches!(p.form, Form::Digits { grouped: false, .. })
            && doc.glued(p.end)
            && doc.is(p.end, "x")
            && !(doc.glued(p.end + 1) && (doc.is_num(p.end + 1) || doc.is_word(p.end + 1)))
        {
            // "15x earnings", not "4x4" nor "0x1F".
            multiplier = true;
            end = p.end + 1;
            measure_word = Some("times".to_string());
        } else if !percent
            && doc.glued(p.end)
            && doc.punct(p.end).is_some_and(is_dash)
            && doc.glued(p.end + 1)
            && doc.is(p.end + 1, "fold")
        {
            multiplier = true;
            end = p.end + 2;
            measure_word = Some("fold".to_string());
        }
        if !multiplier
            && (!percent && excluded(doc, &p, &range, money)
                || percent && share_not_claimed(doc, &p, &range)
                || statistic_at(doc, p.start, p.end, &range)
                || retracted(doc, &p, &range)
                || yardstick(doc, p.start, p.end, &range)
                || sums_to_whole(doc, &p, &range))
        {
            // A range's second number goes with its first: "aged 20 to 25"
            // (but not the level of "for 2026 to 2.4%").
            let second_end =
                second.as_ref().filter(|s| s.value >= p.value && percent_len(doc, s.end) == 0).map_or(p.end, |s| s.end);
            i = second_end.max(i + 1);
            continue;
        }
        let mut hedge_at = if minus_before_sign {
            i - 1
        } else if currency.is_some() || negative {
            i
        } else {
            p.start
        };
        // The country letters of "C$41", "US$58bn", "HK$3bn" belong to the
        // figure's text.
        if currency.is_some()
            && t.kind() == Kind::Punct
            && i > range.start
            && doc.glued(i)
            && doc.is_word(i - 1)
            && doc.s(i - 1).len() <= 3
            && doc.s(i - 1).bytes().all(|b| b.is_ascii_uppercase())
        {
            hedge_at = i - 1;
        }
        let hedge = qualifier_before(doc, hedge_at, range.start);
        if !multiplier && !range_scaled && !accepted(doc, &p, hedge.is_some(), percent, &range, !out.is_empty()) {
            i = p.end.max(i + 1);
            continue;
        }
        let mut start = hedge_at;
        let mut qualifier = None;
        if let Some((q, s)) = hedge {
            qualifier = Some(q);
            start = s;
        } else if factor_of {
            // "a factor of two" is the multiplier's text.
            start = if p.start >= range.start + 3 && doc.is(p.start - 3, "a") { p.start - 3 } else { p.start - 2 };
        }
        // Hedges after: "3,000 or so", "20,000-odd", "5,000 or more",
        // "5,000+". A bound after wins over an approximation before
        // ("about 500 or more").
        let mut measure_from = end;
        if doc.glued(end) && doc.punct(end).is_some_and(is_dash) && doc.glued(end + 1) {
            if let Some(q) = doc.word(end + 1).and_then(hyphen_hedge) {
                qualifier = qualifier.or(Some(q));
                end += 2;
            } else if doc.is_any(end + 1, &["strong", "man"]) {
                measure_from = end + 2;
            } else if let Some(noun) = doc.word(end + 1).filter(|w| is_count_adjective_noun(w)) {
                // "a 120-member assembly" counts members.
                measure_word = Some(noun.to_string());
                measure_from = end + 2;
            } else if let Some(m) = doc.word(end + 1).and_then(money_word) {
                measure_word = Some(m.to_string());
                end += 2;
            }
        } else if let Some(hedge) = hedges_after_at(doc, end).find(|h| {
            let after = end + h.words.len();
            h.words.iter().enumerate().all(|(k, w)| hedge_word_at(doc, end + k, w))
                    && (!h.words[0].starts_with('+') || doc.glued(end))
                    // Not "500 and more than 1,000 wounded" (but "4,000+"
                    // before the next cell's "2025-02-05", and a comparative
                    // before a calibre: "200 or more 170 mm guns"; not a
                    // preposition's number, "3,000 or over 5,000 troops").
                    && !doc.is(after, "than")
                    && !(doc.is_num(after)
                        && !doc.tab_before(after)
                        && (h.words[0].starts_with('+')
                            || !doc.is_word(after + 1)
                            || !h.words.last().is_some_and(|w| matches!(&**w, "more" | "less" | "fewer"))))
        }) {
            qualifier = match qualifier {
                Some(before) if bound_of(before) == 0 => Some(hedge.qualifier),
                Some(before) => Some(before),
                None => Some(hedge.qualifier),
            };
            end += hedge.words.len();
        } else if doc.is_punct(end, '\u{b1}') && doc.is_num(end + 1) {
            // "4,000 ± 500": the margin is the estimate's, no figure of
            // its own ("± 2.8%" with its sign).
            qualifier = qualifier.or(Some(Qualifier::Approximately));
            end += if doc.is_punct(end + 2, '%') && doc.glued(end + 2) { 3 } else { 2 };
        }
        if measure_from == p.end {
            measure_from = end;
        }
        if let Some(second) = range_second_number(doc, end, range.end, between) {
            measure_from = second.end;
        }
        let mut measure =
            measure_word.or_else(|| find_measure(doc, measure_from, range.end, kind == FigureKind::Ratio));
        if measure.is_none() {
            let code_after = doc.word(measure_from).and_then(|_| currency_code(doc.s(measure_from)));
            measure = currency.or(code_after.filter(|_| doc.s(measure_from).len() >= 3)).map(str::to_string);
        }
        // A table's cell under "Value (US$ million)": the column's unit,
        // not over a scale word of the number's own ("| 1.2 billion |").
        if kind == FigureKind::Count
            && !percent
            && currency.is_none()
            && (p.start..p.end).all(|k| !doc.is_word(k))
            && let (Some(first), Some(last)) = (doc.toks.get(start), end.checked_sub(1).and_then(|k| doc.toks.get(k)))
            && let Some(unit) = doc.tables.unit_at(doc.text, first.start()..last.end())
        {
            value *= unit.factor;
            if let Some(money) = unit.currency {
                measure = Some(money.to_string());
            }
        }
        out.push(FigureMatch { toks: start..end, core: p.start..p.end, value, kind, qualifier, measure });
        i = end;
    }
}

/// 1 for a hedge that bounds from one side, 0 for an approximation.
fn bound_of(q: Qualifier) -> u8 {
    match q {
        Qualifier::Around | Qualifier::About | Qualifier::Roughly | Qualifier::Approximately => 0,
        _ => 1,
    }
}

/// The scale the second number of a range has and the first lacks: "four
/// to five thousand" (1,000), "three or four hundred" (100), "$10 to $15
/// billion" (10⁹). Only when the first, scaled, stays below the second.
fn range_scale(doc: &Doc, first: &Parsed, second: &Parsed) -> Option<f64> {
    let first_unscaled =
        matches!(first.form, Form::Digits { scaled: false, .. } | Form::Words { scaled: false, dozen: false });
    if !first_unscaled {
        return None;
    }
    let last = second.end.checked_sub(1)?;
    // Not "one or two thousand-pound bombs": a compound's first part.
    if doc.glued(second.end) && doc.is_punct(second.end, '-') {
        return None;
    }
    let mut f = doc.word(last).and_then(|w| if w == "hundred" { Some(100.0) } else { scale(w) })?;
    // "one or two hundred thousand": 100,000.
    if f > 100.0 && last > second.start && doc.is(last - 1, "hundred") {
        f *= 100.0;
    }
    let scaled_second = match second.form {
        Form::Digits { scaled, .. } | Form::Words { scaled, .. } => scaled,
        _ => false,
    };
    (scaled_second && f >= 100.0 && first.value * f <= second.value * 1.0001 && first.value < 1000.0).then_some(f)
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

    /// A multiplying verb before its adjunct: "doubled compared with …",
    /// "tripled during …"; not how often ("twice on Monday").
    #[test]
    fn a_multiplying_verb_before_its_adjunct_is_a_multiplier() {
        let text = "Launches had doubled compared with the quarter before \u{1f680}; fuel prices \u{201c}tripled\u{201d} \
                    during the winter\u{a0}\u{2014} they struck twice on Monday; he doubled down on it; \
                    body doubles during trips.";
        assert_eq!(texts(text), ["doubled", "tripled"]);
    }

    /// A count of one past a modifier and a people's name.
    #[test]
    fn one_of_a_people_counts_past_their_name() {
        let text = "At least one other North Korean soldier \u{1fa96} was captured; one other \u{201c}Russian\u{201d} officer \
                    fled; at one point one more died; one of the Korean soldiers; one other Kursk Oblast road.";
        assert_eq!(texts(text), ["At least one", "one"]);
    }

    /// A sentence opening with a part of a group just counted, in words.
    #[test]
    fn a_sentence_opening_with_a_part_of_those_counts_it() {
        for (text, want) in [
            ("Two of those failed shortly after launch \u{1f680}.", vec!["Two"]),
            ("Of those,\u{a0}three \u{2014} \u{201c}elite\u{201d} \u{2014} failed.", vec!["three"]),
            ("Two of them told reporters it was worse.", vec![]),
            ("One of them died.", vec![]),
        ] {
            assert_eq!(texts(text), want, "{text}");
        }
    }

    /// A heading's number before its colon, and a person's age told with
    /// "is" after a name alone or "the other".
    #[test]
    fn a_heading_s_number_and_an_age_after_a_name_are_no_figures() {
        let text = "MYTH 1: \u{201c}None went.\u{201d}\nFACT: 11,000 went \u{1f6a2}.\nClaim 12: up to 3,000 died.\n\
                    The toll: 300.\nMyth 2 \u{2014} only 3,000 went.";
        assert_eq!(texts(text), ["11,000", "up to 3,000", "300", "3,000"]);
        // One sentence at a time: a heading opening a sentence, and a
        // figure before its colon.
        assert_eq!(texts("Finding 1: about 11,000 were sent."), ["about 11,000"]);
        assert_eq!(texts("About 11,000: troops sent."), ["About 11,000"]);
        // One sentence at a time, as the engine reads them.
        let ages = [
            "One is 20; the other is 26 and a rifleman \u{2014} a cook.",
            "Holt is 38.",
            "Dagny Holt was 61 when she left.",
            "\u{201c}Olena Holt-Smith is 44,\u{201d} he said.",
            "The soldier is 26.",
            "His mother was 61 when she died.",
        ];
        for text in ages {
            assert_eq!(texts(text), [] as [&str; 0], "{text}");
        }
        for (text, figure) in [("It is 300.", "300"), ("This is 40.", "40"), ("The toll is 26 and rising.", "26")] {
            assert_eq!(texts(text), [figure], "{text}");
        }
    }

    /// A law report's volume, a provision's subsection, a pasted JSON
    /// record's fields and its cut-off mark, a post's counters and a page's
    /// folio beside its title: none counts anything.
    #[test]
    fn references_fields_counters_and_folios_are_no_figures() {
        let law = "In Lee v Park [2019] UKSC 27, (2019) 3 WLR 18 at [14], and [2009] 1 All ER 453, \u{201c}300 died\u{201d}; \
                   under CPR 44.2(8) and s.32(1)(b), 400 were held \u{2014} tab 4, Exhibit RS-4; 12 (2) cases.";
        assert_eq!(texts(law), ["300", "400", "12", "2"]);
        // Plain numbers only: a grouped count keeps its bracket note.
        assert_eq!(texts("losses(1,200) and 5,000(3) troops"), ["1,200", "5,000", "3"]);
        let json = "{\"totalResults\": 37, \"page\": 1, \"killed\": 300,\n \"content\": \"The NIS said 2,700 \u{1f4f0} were hurt\u{2026} [+2381 chars]\"}";
        assert_eq!(texts(json), ["300", "2,700"]);
        let page = "\u{201c}They lost 900.\u{201d}\n  \u{2661} 12K   \u{21bb} 3.4K   \u{1f4ac} 911\n\n42 \u{b7} THE MERIDIAN REVIEW\n\n\
                    THE MERIDIAN REVIEW | 43\n\n7 \u{b7} Kursk\n\n44 \u{b7} THE MERIDIAN REVIEW \u{b7} APRIL 2025";
        assert_eq!(texts(page), ["900", "7"]);
        // A title that names what the number counts is an infographic's
        // (lines of them one after another: see the linking's tests).
        assert_eq!(texts("300 \u{b7} KILLED IN ACTION\n\nTHE REVIEW"), ["300"]);
        // A year in brackets before a count, not a report's volume; a
        // provision's number before a noun or a scale; JSON keys that name
        // what is counted.
        assert_eq!(texts("Beni raid (2019) 14 UN peacekeepers killed."), ["14"]);
        assert_eq!(texts("UNHCR 6.3(2) million refugees"), ["6.3", "2"]);
        let json = "{\"deathToll\": 12456, \"value\": 412, \"total_results\": 37, 'per_page': 20, \"count\": 41}";
        assert_eq!(texts(json), ["12456", "412", "41"]);
    }

    #[test]
    fn typeset_hedges_and_margins() {
        let f = figures(
            "sent \u{2248}\u{a0}11\u{a0}000 men, \u{2248}4\u{202f}000 lost, \u{223c}300 hurt; \u{201c}close to 5 000\u{201d}; 4\u{a0}000 \u{b1} 500, and 41% \u{b1}2.8% \u{1f4ca}",
        );
        let got: Vec<_> = f.iter().map(|f| (f.0.as_str(), f.3)).collect();
        assert_eq!(
            got,
            [
                ("\u{2248}\u{a0}11\u{a0}000", Some(Qualifier::Approximately)),
                ("\u{2248}4\u{202f}000", Some(Qualifier::Approximately)),
                ("\u{223c}300", Some(Qualifier::About)),
                ("close to 5 000", Some(Qualifier::Nearly)),
                ("4\u{a0}000 \u{b1} 500", Some(Qualifier::Approximately)),
                ("41% \u{b1}2.8%", Some(Qualifier::Approximately)),
            ]
        );
        assert_eq!(f[4].1, 4000.0);
    }

    #[test]
    fn a_line_that_opens_with_its_figure_names_its_unit_after_a_dash() {
        let text = "By the numbers \u{1f4ca}\n\
                    11,000 \u{2014} troops sent, per the NIS\n\
                    2 \u{2014} weeks of training before the front\n\
                    20 to 25 \u{2013} the age range of most recruits\n\
                    Seven: months since the first units crossed\n\
                    4,000: \u{201c}casualties\u{201d} by January (JCS)\n\
                    30 \u{2014} the average age of the men\n\
                    12 \u{2014} the number of brigades\u{a0}sent\n";
        assert_eq!(texts(text), ["11,000", "4,000", "12"]);
        // Not a dash inside a sentence, which sets off an aside.
        assert_eq!(texts("They lost 2 \u{2014} weeks ago, 3 \u{2014} tanks."), ["2", "3"]);
    }

    #[test]
    fn a_figure_set_against_another_with_vs_is_a_figure() {
        assert_eq!(texts("Casualties: 3,000 vs 1,100."), ["3,000", "1,100"]);
        assert_eq!(
            texts("Five thousand versus two thousand \u{2014} who\u{2019}s right?"),
            ["Five thousand", "two thousand"]
        );
        // A small number after "vs" is a game's or a version's.
        let got = texts("Game 3 vs 4 drew 12,000 fans \u{26bd}.");
        assert!(!got.contains(&"4".to_string()) && got.contains(&"12,000".to_string()), "{got:?}");
        assert_eq!(texts("Seoul\u{2019}s 3,000 versus\u{a0}Kyiv\u{2019}s 4,000 \u{1f914}"), ["3,000", "4,000"]);
    }

    #[test]
    fn the_last_group_of_an_ipv6_address_is_no_figure() {
        assert_eq!(texts("Edit from 2a02:c7f::1 at 12:30 \u{2014} 300 troops\u{a0}died."), ["300"]);
        assert_eq!(texts("The score was 2:1; 40 fans left."), ["40"]);
        // A wiki reply's indent before a figure.
        assert_eq!(texts("::2,000 is what the MoD post says \u{2014} Key figures ::300 killed."), ["2,000", "300"]);
    }

    #[test]
    fn one_after_that_opening_what_was_said_is_a_count() {
        assert_eq!(
            texts("The NIS said that one soldier had died \u{1f614}, and that one tank was lost."),
            ["one", "one"]
        );
        assert_eq!(texts("THE NIS ADDED THAT ONE SOLDIER HAD BEEN KILLED."), ["ONE"]);
        assert_eq!(texts("An aide told reporters that one civilian\u{a0}died."), ["one"]);
        // "that" pointing at a thing: no count.
        assert!(texts("At that one checkpoint, guards waited.").is_empty());
    }

    #[test]
    fn a_currency_sign_set_off_by_one_space_is_still_the_figure_s() {
        let got = figures("The fund paid \u{20ac}\u{a0}400 million \u{2014} \u{201c}a lot\u{201d} \u{1f4b6}.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "\u{20ac}\u{a0}400 million");
        assert_eq!(got[0].4.as_deref(), Some("euros"));
        assert_eq!(texts("Prices rose from $ 5 to $ 7 a bag."), ["$ 5", "$ 7"]);
        assert_eq!(figures("Ticket prices doubled to \u{a3} 12.")[1].4.as_deref(), Some("pounds"));
        // A sign ending a line or two spaces off is no part of the next figure.
        for text in ["Paid in $\n5 instalments.", "Paid in $  5 instalments."] {
            let got = figures(text);
            assert!(got.iter().all(|f| f.4.is_none() && !f.0.contains('$')), "{text}: {got:?}");
        }
    }

    fn values(text: &str) -> Vec<f64> {
        figures(text).into_iter().map(|f| f.1).collect()
    }

    fn close_to(got: &[f64], want: &[f64]) -> bool {
        got.len() == want.len() && got.iter().zip(want).all(|(g, w)| (g - w).abs() <= 1e-6 * w.abs().max(1.0))
    }

    #[test]
    fn number_forms_read_as_their_values() {
        for (text, want) in [
            ("Rescuers pulled thirty three miners out alive \u{1f64f}", &[33.0][..]),
            ("The yield slipped .25 points \u{2014} analysts shrugged.", &[0.25]),
            ("About 1/40 of the budget went missing.", &[0.025]),
            ("Voters gave \u{201c}3/8 of the seats\u{201d} to the coalition.", &[0.375]),
            ("Shares rose 2 1/4 points on Friday.", &[2.25]),
            ("Turnout fell by one fourth of its 2019 level.", &[0.25]),
            ("A further one and a half million tonnes were shipped.", &[1.5e6]),
            ("Engineers laid five and a quarter tonnes of cable.", &[5.25]),
            ("Some half million residents lost power.", &[5e5]),
            ("A quarter million visitors came \u{1f389}", &[2.5e5]),
            ("Two thirds of a million voters abstained.", &[666_666.666_666_7]),
            ("The hall seats 40\u{a0}000 people and the stadium 60 000 fans.", &[40_000.0, 60_000.0]),
            ("The channel has 10k subscribers and 1.2M views.", &[1e4, 1.2e6]),
            ("The club paid \u{a3}35m for the striker and $4.2b for the arena.", &[35e6, 4.2e9]),
            ("The fund holds 10 bln in bonds.", &[1e10]),
            ("Exports reached US$2 billion, and $US55,931,000 was spent.", &[2e9, 55_931_000.0]),
            ("The grant was USD 5 million and EUR 300,000 more.", &[5e6, 300_000.0]),
            ("Investors put in RM5bn and INR500 crore; the KN23 flew.", &[5e9, 5e9]),
            ("The stock closed at 164p, up 1.38pc.", &[164.0, 0.0138]),
            ("Shares fell 3pc to 245p.", &[0.03, 245.0]),
            ("Output fell \u{2212}1.3% in the quarter, and -0.4% before.", &[-0.013, -0.004]),
            ("Rates rose from 4.8 to 4.9 percent.", &[0.048, 0.049]),
            ("The bridge will cost $10 to $15 billion.", &[1e10, 1.5e10]),
            ("Between four and five thousand people marched.", &[4000.0, 5000.0]),
            ("Prices are four times higher than in spring.", &[4.0]),
            ("Attendance grew sixfold and costs rose 3.5-fold.", &[6.0, 3.5]),
            ("Seven countries and ten users signed up.", &[7.0, 10.0]),
            ("The firm hired $2000 worth of consultants and made 2000 hires.", &[2000.0, 2000.0]),
            ("A \u{bd} share went to charity.", &[0.5]),
            ("The chance of rain is exactly one sixth.", &[1.0 / 6.0]),
            ("Shares slid one penny after a one-yen bid.", &[1.0, 1.0]),
        ] {
            assert!(close_to(&values(text), want), "{text}: {:?}", figures(text));
        }
    }

    #[test]
    fn continental_numbers_read_by_the_text_s_style() {
        for (text, want) in [
            // A decimal comma, with a scale abbreviation or a percent.
            ("Aid of 1,5 Mio. euros \u{1f4b6} and 3,5 bn more.", &[1.5e6, 3.5e9][..]),
            ("Support fell to 12,3\u{a0}percent \u{2014} or 4,5 times less.", &[0.123, 4.5]),
            ("The budget is 4 Mrd. euros.", &[4e9]),
            // Two decimal commas, or one and dots in several groups, make
            // one dot group a thousands group, but not before a percent.
            (
                "\u{201c}Over 5.000\u{201d} died; 4.500 were hurt, 1,5 Mio. fled and 2,5 % left; the rate was 4.125 percent.",
                &[5000.0, 4500.0, 1.5e6, 0.025, 0.041_25],
            ),
            ("It cost 1.234.567 euros; 11.000 came and 1,5 Mio. paid.", &[1_234_567.0, 11_000.0, 1.5e6]),
            // English text keeps its decimals, and a list stays a list.
            ("The index closed 4.800 points up; 4.500 of it came on Monday.", &[4.8, 4.5]),
            ("Rates of 2.125 percent held, and 53,000 jobs were added.", &[0.021_25, 53_000.0]),
            ("A 5.000 percent coupon, a 14.000 on vault and 15.000 on beam.", &[0.05, 14.0, 15.0]),
            // (Every number of the list after "aged" is an age, the "5" too.)
            ("Children aged 3,4 and 5 left; the yield rose to 4.125 percent.", &[0.041_25]),
        ] {
            assert!(close_to(&values(text), want), "{text}: {:?}", figures(text));
        }
    }

    #[test]
    fn a_comment_page_s_furniture_is_not_a_figure() {
        let page = "kim\u{a0}\u{1f1f0}\u{1f1f7}\n47m ago\nThe NIS said 300 died \u{2014} \u{201c}a lot\u{201d}.\n\u{25b2} 214   Reply   Share\n\n    Show 4 more replies\nView all 87 comments\n";
        assert_eq!(texts(page), ["300"]);
        let results = "About 1,240,000 results (0.38 seconds)\n4 weeks ago \u{2014} 1.2K votes, 640 comments. ...\n1  2  3  \u{2026}  10      Next \u{203a}\n";
        assert_eq!(texts(results), Vec::<String>::new());
        // What such words count in a story stays.
        assert_eq!(texts("\u{25b2} 214 soldiers died\nShow 4 more soldiers\n"), ["214", "4"]);
        assert_eq!(
            texts("\u{2191} 214 points \u{b7} Reply \u{b7} Share \u{b7} Report\nShow 4 more\nShow 12 more results\n"),
            Vec::<String>::new()
        );
        assert_eq!(texts("Shares \u{2191} 214 points \u{b7} a record\nShow 4 soldiers\n"), ["214", "4"]);
        assert_eq!(texts("They saw 3 4 5 tanks. It rose \u{25b2} 0.4% on Friday."), ["3", "4", "5", "0.4%"]);
        assert_eq!(texts("Smith won 12,000 votes, 40 more than Lee."), ["12,000", "40"]);
        assert_eq!(texts("The bill got 312 votes, 14 comments were attached."), ["312", "14"]);
        assert_eq!(texts("The post had 1,200 likes, 640 shares by noon, the HUR said."), ["1,200", "640"]);
        assert_eq!(texts("1 2 4 brigades\n"), ["1", "2", "4"]);
    }

    #[test]
    fn a_post_s_reach_is_not_a_figure() {
        assert_no_figures("\u{1f441}\u{fe0f} 612K \u{b7} \u{1f501} 1.1K \u{b7} \u{1f4ac} 2,340");
        assert_no_figures("\u{2460} MoD Russia (official channel) \u{b7} 1.4M subscribers");
        assert_no_figures("Reposted by a channel (89.6K followers) on Saturday.");
        // A story's statement of an audience, and a count after another
        // pictograph, stay.
        assert_eq!(texts("The channel has 1.4M subscribers."), ["1.4M"]);
        assert_eq!(texts("\u{1f534} 4,000 killed, \u{201c}the MoD\u{201d} says"), ["4,000"]);
        assert_eq!(texts("\u{1f504} 150 defenders returned home \u{1f440} 300 firefighters came."), ["150", "300"]);
    }

    #[test]
    fn notes_copied_out_of_a_pdf_are_not_figures() {
        for text in [
            // Note numbers glued to a year, note lines, note and page labels.
            "Troops arrived in November 2024.9 The JCS said so \u{1f4c4}.",
            "It has held since February 2022.14\nThese totals are Kyiv\u{2019}s.",
            "Sources differ.\n________________\n8 Annex B, the statements.\n9 JCS, briefing to the Assembly.\n11 UK MoD, update, p.\u{a0}3.",
            "Source: compilation \u{2014} \u{201c}p. 3\u{201d}.",
            "Recommendation 1: Editors should cite the date.",
        ] {
            assert_no_figures(text);
        }
        // A decimal year-like value, a wrapped line's count, a table of
        // counts and a verb "notes" stay figures.
        assert_eq!(texts("The index closed at 2024.9 points."), ["2024.9"]);
        assert_eq!(texts("They said.\n12 North Korean soldiers died.\n30 Russian troops were hurt."), ["12", "30"]);
        assert_eq!(texts("Losses.\n12 Russians\n30 Ukrainians"), ["12", "30"]);
        assert_eq!(texts("Strikes.\n12 HIMARS destroyed.\n40 ATACMS, all intercepted."), ["12", "40"]);
        assert_eq!(texts("The report notes 300 deserters."), ["300"]);
        // A note glued to a grouped figure.
        assert_eq!(values("Around 12,4005 soldiers \u{2014} and 1,200,00011 shells."), [12_400.0, 1_200_000.0]);
        assert_eq!(texts("Reports of 1,0000 and 4,00011; none."), Vec::<String>::new());
    }

    /// A loss tracker's lines: the count before each model is a figure,
    /// the numbered links after it are not.
    #[test]
    fn a_tracker_s_numbered_links_count_nothing() {
        let text = "Tanks (7, of which destroyed: 4, captured: 3)\n\
                    3 BMP-2: (1, destroyed) (2, destroyed) (3, damaged)\n\
                    6 BTR-82A \u{1f4f8}: (1, destroyed) (2, \u{201c}abandoned\u{201d})\n\
                    Added two losses (links 1 and 2); see photo\u{a0}4 and video 5.";
        assert_eq!(texts(text), ["7", "4", "3", "3", "6", "two"]);
        // One bracket alone, or brackets that do not count on, are counts.
        assert_eq!(texts("Seized guns (4, all 170mm) and drones (12, of which 9 intact)."), ["4", "12", "9"]);
        assert_eq!(texts("Seized: guns (4, all 170mm) and drones (5, all \u{201c}Shaheds\u{201d})."), ["4", "5"]);
    }

    /// A statistical table's "r" marks a revised figure; glued to a
    /// small number it is no such mark.
    #[test]
    fn a_revised_figure_s_mark_is_no_unit() {
        assert_eq!(texts("Killed: 2,700r, 800r \u{2014} and 9.4r \u{1f4c8}; the 4r rule."), ["2,700", "800", "9.4"]);
    }

    fn assert_no_figures(text: &str) {
        assert_eq!(texts(text), Vec::<String>::new(), "{text}");
    }

    #[test]
    fn section_numbers_keycaps_spaced_phone_numbers_named_rows_and_contracted_ages_are_not_figures() {
        for text in [
            "3.1 Access stays shut.\n3.2 On Monday the convoy \u{1f69a} reached the \u{201c}hub\u{201d}.",
            "Notes\n4.1. Funding \u{2014} see annex\n\n4.2 Outlook",
            "3.2 Roads shut.\n3.3 Partners wait.\n\n4. FUNDING\n\n4.1 As of now, the plan is short \u{1f4b8}.",
            "2\u{fe0f}\u{20e3} Seoul revises its count",
            "Press desk: +44 20 7946 0958 or +82 2 748 1234 \u{260e}",
            "Field office: +380 542 611 234 (08:00\u{2013}18:00)",
            "The helpline (0800 505 602) is free.",
            "He lives at 22 Miller\u{2019}s Row, Leeds.",
            "A flat at 5 Kestrel Mews was searched.",
            "Ask Tom, who\u{2019}s 19 \u{2014} he\u{2019}ll tell you.",
        ] {
            assert_no_figures(text);
        }
        // A decimal inside a line, a scaled one opening it, a count grouped
        // with spaces and a count after an apostrophe stay.
        assert_eq!(texts("Losses rose 2.3 times.\n1.5 Million flee \u{1f3c3}"), ["2.3 times", "1.5 Million"]);
        assert_eq!(
            texts("About 2 300 000 people \u{2014} and 40\u{a0}000 more \u{2014} left."),
            ["About 2 300 000", "40\u{a0}000"]
        );
        assert_eq!(texts("Kyiv\u{2019}s 19 brigades held."), ["19"]);
        // A decimal opening a line with no sibling section, counts grouped
        // with spaces beside a year or after a plus, and counts of a place
        // named after a street stay.
        assert_eq!(texts("7.8 Magnitude Quake Hits \u{1f30b}\n1.9 Germany\n2.4 France"), ["7.8", "1.9", "2.4"]);
        assert_eq!(texts("In 2024 1 300 000 came; net +12 500 000 \u{2014} a record."), ["1 300 000", "12 500 000"]);
        assert_eq!(texts("About 200 Kew Gardens staff and 15 Ladbroke Grove residents left."), ["About 200", "15"]);
    }

    #[test]
    fn author_year_pages_and_one_word_section_headings_are_not_figures() {
        // Pages after a citation's year and colon, one source or several.
        assert_eq!(
            texts(
                "Park et al. (2024:\u{a0}7) accept \u{201c}about 1,500\u{201d} \u{1f4da}; Lim (2025a: 31\u{2013}33) gives 11,000 \u{2014} \
                 a gap of 1,000 (Kim and Lee, 2025: 48\u{2013}51; NIS, 2025b: 3)."
            ),
            ["about 1,500", "11,000", "1,000"]
        );
        // A heading of one word between sibling sections.
        assert_eq!(texts("2.1 Sizing the force\n\n2.2 Casualties\n\n2.3 Gaps\nAbout 300 died."), ["About 300"]);
        // Not a score nor a ratio outside a citation, nor a count of
        // casualties that opens a headline with no sibling section.
        assert_eq!(texts("By 2024: 7 fell \u{2014} 2025: 12 more."), ["7", "12"]);
        assert_eq!(texts("Deaths (2024: 7; 2025: 31) rose; NIS estimates (Dec 2024: 1,100)."), ["7", "31", "1,100"]);
        assert_eq!(texts("Troops in Kursk (2024: 11,000) rose."), ["11,000"]);
        assert_eq!(texts("Kwon (2024: 7; 2025: 12) and (Park 2024: 56) put it at 4,000."), ["4,000"]);
        assert_eq!(texts("2.2 Casualties a Day, Kyiv Says"), ["2.2"]);
    }

    #[test]
    fn an_hour_after_at_a_day_or_an_event_and_working_days_are_not_figures() {
        for text in [
            "Briefing to the intel committee tomorrow at 10, let\u{2019}s split it \u{1f64f}",
            "Filing at 8 \u{2014} send me your bits.",
            "The call is tonight at\u{a0}9.",
            "Hearing on Wednesday at 10: bring notes.",
            "Shift starts at 6.",
            "You may ask for a review within 40 working days.",
            // Minutes after a point, every day; a time zone after the hour.
            "He arrived at 7.30 every morning \u{2615} \u{2014} \u{201c}always\u{201d}.",
            "Released: Tuesday 6\u{a0}May, 1100 AEST | \u{1f4e8}",
        ] {
            assert_no_figures(text);
        }
        for text in [
            "The briefing is held at 7.30 every morning \u{2014} 300 seats.",
            "Polls closed at 10.00 this evening; the count began at 19.30 tonight.",
        ] {
            assert_eq!(texts(text), if text.contains("300") { vec!["300"] } else { vec![] }, "{text}");
        }
        assert_eq!(texts("The rate was 7.30 per cent; rates held at 5.25 this morning."), ["7.30 per cent", "5.25"]);
        assert_eq!(texts("The pound closed at 1.25 this evening."), ["1.25"]);
        // A level, an address and an hour with more after it stay.
        assert_eq!(texts("The toll stood at 10 on Monday."), ["10"]);
        assert_eq!(texts("The hearing at 10 Downing Street: 300 died."), ["300"]);
        assert_eq!(texts("Losses at 12 \u{201c}units\u{201d} today."), ["12"]);
        assert_eq!(texts("Deaths today at 17, up from 9; losses on Friday at 18."), ["17", "9", "18"]);
        assert_eq!(texts("The vote at the session stood at 12, with three against."), ["12", "three"]);
    }

    #[test]
    fn contacts_updates_question_numbers_told_ages_and_hyphened_streets_are_not_figures() {
        for text in [
            "Queries to the night editor \u{260e} on desk 5521 \u{2014} or ext. 3307.",
            "Paris: Anne Roy, ext.\u{a0}1864.\nNext note at noon.",
            "UPDATE 2 \u{2014} 14:05 GMT \u{1f504}",
            "I refer him to my answer to Question 40917 \u{201c}on losses\u{201d}.",
            "One said he was 19 \u{2014} the other 24.",
            "The pair were 19 and 24 years old \u{1f622}.",
            "Write to us: 7th floor, 88 Teheran-ro, Gangnam-gu.",
        ] {
            assert_no_figures(text);
        }
        // A count stays, and so does a toll that "was" a number.
        assert_eq!(texts("Update 3: some 300 \u{2018}volunteers\u{2019} left."), ["some 300"]);
        assert_eq!(texts("The toll was 20, the ministry said \u{1f4f0}."), ["20"]);
        assert_eq!(texts("He was 20 percent short; 19 and 24 soldiers died."), ["20 percent", "19", "24"]);
    }

    #[test]
    fn story_lengths_running_heads_paper_numbers_numbered_lines_and_glued_notes_are_not_figures() {
        for text in [
            "KURSK-LOSSES (Moscow) \u{2014} \u{201c}toll\u{201d}\n650 words.\nPIX \u{1f4f7}",
            "Explainer by 15:00 GMT.\napprox.\u{a0}400 words",
            "7      THE NORTHERN COURIER      Saturday, March 29, 2025",
            "THE NORTHERN COURIER\t9",
            "Report, HC 612 \u{2014} published \u{1f4c4}",
            "Notes\u{a0}below.\n23 Q 12 [Sir Mark]; see also (NKT0003)\n24 Q 45-47.\n25 Embassy of Ukraine (NKT0007)\n26 Letter from the Minister to the Chair",
            "\u{201c}The estimate has risen\u{201d} (Q 47).24\nNext.",
        ] {
            assert_no_figures(text);
        }
        // A count of words in a sentence, two counts on lines one apart,
        // and a decimal after a word stay figures.
        assert_eq!(texts("There are 12,567 words in this document."), ["12,567"]);
        assert_eq!(texts("The manifesto \u{1f4dc}: 23,000 words."), ["23,000"]);
        assert_eq!(texts("Her speech (about 8,000\u{a0}words) said nothing."), ["about 8,000"]);
        assert_eq!(texts("Captured:\n1 Russian general\n2 North Korean officers"), ["1", "2"]);
        assert_eq!(texts("Losses.\n12 Russians\n30 Ukrainians"), ["12", "30"]);
        assert_eq!(texts("The index rose to 4.24 \u{1f4c8} on Friday."), ["4.24"]);
        // Tables with labels in capitals, counts before "The", goals by
        // player one apart, and a count glued after a quotation's stop.
        assert_eq!(texts("LAB      411"), ["411"]);
        assert_eq!(texts("KHARKIV\t12 \u{1f494}"), ["12"]);
        // A running foot's page number, recurring with other numbers;
        // a table's last column, whose labels differ, stays.
        let deck = "OFFICIAL \u{2014} SENSITIVE | 20/01/2025 | 1\nSlide \u{201c}one\u{201d} 🙂\n\
                    OFFICIAL \u{2014} SENSITIVE | 20/01/2025 | 2\nSlide two.\n\
                    OFFICIAL \u{2014} SENSITIVE | 20/01/2025 | 3\n";
        assert_no_figures(deck);
        assert_eq!(
            texts("NIS | 13/01/2025 | 300\nHUR | 16/01/2025 | 380\nJCS | 17/01/2025 | 420"),
            ["300", "380", "420"]
        );
        assert_eq!(texts("Total | 300\nTotal | 380\nKyiv | 420"), ["300", "380", "420"]);
        assert_eq!(texts("412 The Gambia"), ["412"]);
        assert_eq!(texts("It was \u{201c}a massacre\u{201d}.23 people were killed."), ["23"]);
    }

    #[test]
    fn chat_reactions_chart_ticks_page_markers_and_reference_furniture_are_not_figures() {
        for text in [
            "    :+1: 3  :100: 1  :eyes:\u{a0}2",
            "Y-axis: Dead (thousands): 0 | 2 | 4 | 6 | 8 \u{1f4c8}",
            "- 12 -",
            "Size: 1080 x 1350 px \u{2014} \u{201c}web\u{201d}",
            "Shares were rounded to the nearest 100.",
            "Series ISSN 2041-9917 \u{b7} \u{201c}Papers\u{201d}",
            "Lee, J. (2024) \u{2018}Counting\u{2019}, Security Review 17(3), pp. 4-9.",
            "2 replies",
            "I\u{2019}m in the 10:15 meeting until 11 \u{1f605}",
            "Y-axis: Casualties, 0\u{2013}5,000 \u{1f4ca}",
            "X axis: losses from 0 to 4,000",
            "\u{c9c0}\u{b09c}\u{d574} 10\u{223c}11\u{c6d4}, \u{c62c}\u{d574} 1\u{301c}2\u{c6d4} \u{2014} \u{201c}\u{d30c}\u{bcd1}\u{201d}.",
        ] {
            assert_no_figures(text);
        }
        // A footnote list after its heading, the last note after a quotation.
        let notes = "Notes\n1 Institute of Peace Studies, 4 Elm Row, Leeds LS2 7AB.\n2 JCS, briefing, March.\n3 MoD, update \u{201c}in full\u{201d}.\n4 Ministry of Defence of Ukraine, loss figures, May.";
        assert_no_figures(notes);
        // Under any heading the lexicon lists for notes.
        assert_no_figures(&notes.replacen("Notes", "Sources", 1));
        assert_no_figures(&notes.replacen("Notes", "References", 1));
        // Uneven steps are figures, as are counts next to a shortcode's
        // name, steps with no axis named, members and hours that count
        // something.
        assert_eq!(texts("Dead by year: 120 | 450 | 2,100"), ["120", "450", "2,100"]);
        assert_eq!(texts("Dead by month: 100 | 200 | 300 \u{1f4ca}"), ["100", "200", "300"]);
        assert_eq!(texts("Scale (thousands): 5 | 10 | 15"), ["5", "10", "15"]);
        assert_eq!(texts("The strike killed 11 members of the unit."), ["11"]);
        assert_eq!(texts(":fire: the strike killed 12 people"), ["12"]);
        assert_eq!(texts("The vote is 3:1: a split."), Vec::<&str>::new());
        assert_eq!(texts("Troops held out until 12 soldiers were left."), ["12"]);
        assert_eq!(texts("The toll rose to 30 by 5 pm."), ["30"]);
        assert_eq!(texts("A room of 3 x 4 metres held 40 prisoners."), ["40"]);
    }

    /// A bulletin's furniture: ages after "who are", an hour with its part
    /// of the day, a forecast's temperatures.
    #[test]
    fn ages_after_who_hours_of_the_day_and_forecast_temperatures_are_not_figures() {
        for text in [
            "Volunteers Tom and Jess, who are 64 and 61, are driving it to Lviv \u{1f691}.",
            "A veteran who is 91\u{a0}\u{2014} \u{201c}still sharp\u{201d} \u{2014} came.",
            "The van left the depot at 7 this morning.",
            "The convoy leaves at 9 tomorrow evening, or at 6 in the evening \u{1f552}.",
            "Tonight clear and cold, lows of minus\u{a0}3. Tomorrow bright, highs of 5.",
            "Frost tonight, a low of minus 2 \u{2014} \u{201c}bitter\u{201d}.",
        ] {
            assert_no_figures(text);
        }
        // Counts stay: a level at an hour, a count of people who are
        // young, a low that counts something, a bare low without minus.
        assert_eq!(texts("The death toll stood at 7 this morning."), ["7"]);
        assert_eq!(texts("Soldiers who were 18 or younger numbered 300."), ["18", "300"]);
        assert_eq!(texts("Deaths hit lows of 30 soldiers a week."), ["30"]);
        assert_eq!(texts("Recruitment fell to a low of 40 last month."), ["40"]);
        assert_eq!(texts("The fishermen, who were 12, drifted for days."), ["12"]);
        assert_eq!(texts("The index sank to a low of minus 31 in March."), ["minus 31"]);
        assert_eq!(texts("Approval ratings hit lows of 28."), ["28"]);
        assert_eq!(texts("Hospitalisations sat at 12 this morning."), ["12"]);
        assert_eq!(texts("The death toll is at 11 this morning."), ["11"]);
        // A record, a crew's strength, a household; a level after its noun;
        // a forecast's word too far off, a rate per week.
        assert_eq!(texts("The Bulls, who are 9 and 2, play tonight."), ["9", "2"]);
        assert_eq!(texts("The crews, who are 12 and 14 strong, left."), ["12", "14"]);
        assert_eq!(texts("The Wilsons, who are 5, share a room."), ["5"]);
        assert_eq!(texts("The bank kept interest rates at 4 this afternoon."), ["4"]);
        assert_eq!(texts("Ski bookings, hit by poor snow, sank to lows of 30 a week."), ["30"]);
    }

    #[test]
    fn a_person_s_age_after_was_is_or_will_be_is_not_a_figure() {
        for text in [
            "Her brother, Song\u{2011}chol, was 15 then \u{1f9d2}.",
            "\u{201c}When he comes home,\u{201d} she said, \u{201c}he will be 22.\u{201d}",
            "At home Choi is 31 now \u{2014} and still waiting.",
            "I was 19 when I left.",
        ] {
            assert_no_figures(text);
        }
        // Counts stay: a toll, a count with its noun, a side's figure.
        assert_eq!(texts("The toll was 15 \u{2014} \u{201c}at least\u{201d}."), ["15"]);
        assert_eq!(texts("By March the count was 15 soldiers."), ["15"]);
        assert_eq!(texts("Ukraine\u{2019}s was 40, Russia\u{2019}s was 15."), ["40", "15"]);
    }

    #[test]
    fn how_sure_a_speaker_is_a_rounding_step_a_figure_taken_back_and_the_youngest_s_age_are_not_figures() {
        for text in [
            "\u{201c}I\u{2019}m not 100 percent sure of that last number \u{1f914}.\u{201d}",
            "We are 95%\u{a0}certain \u{2014} no more.",
            "Shares are rounded to the nearest 5 percentage points.",
            "Of the prisoners, the youngest was 19 \u{1f622}.",
        ] {
            assert_no_figures(text);
        }
        assert_eq!(
            texts("Of those we think about 2,100 \u{2014} sorry \u{2014} 1,200, not 2,100 \u{2014} died."),
            ["1,200"]
        );
        // A story's correction keeps the figure it had; a share stays a share.
        assert_eq!(texts("It was about 200 people, not 2,000 \u{1f4f0}."), ["about 200", "2,000"]);
        assert_eq!(texts("Support rose 40\u{a0}percent, sure enough."), ["40\u{a0}percent"]);
        assert_eq!(texts("The youngest was 19 soldiers."), ["19"]);
        // A figure denied is no hedged one.
        assert_eq!(texts("No agency has put deaths anywhere near 30,000 \u{1f6ab}."), ["30,000"]);
        assert_eq!(texts("The toll is near\u{a0}300."), ["near\u{a0}300"]);
    }

    #[test]
    fn ages_after_a_name_or_before_age_parliamentary_furniture_and_method_notes_are_not_figures() {
        for text in [
            "\u{201c}Our interval is wide,\u{201d} said its author, Park Eun-ha, 41.",
            "One of the captured is 26 age, the other is 20\u{a0}age \u{1f622}.",
            "Volume 761: debated on Wednesday 29 January 2025",
            "He moved Amendment 7 \u{2014} \u{1f5f3} on a free vote.",
            "Percentages may not sum to 100 because of rounding \u{2014} see \u{201c}Method\u{201d}.",
            "Figures may not add up to 100% owing to rounding.",
        ] {
            assert_no_figures(text);
        }
        // A place in a tally, a name alone, and an age group stay counts.
        assert_eq!(texts("Deaths by region: in Sumy, 12. Kharkiv, 41."), ["12", "41"]);
        assert_eq!(texts("The dead were counted by Lee, 41."), ["41"]);
        assert_eq!(texts("Some 26 age groups \u{2014} and 1,000 troops."), ["Some 26", "1,000"]);
        assert_eq!(figures("The dead now add up to 100, officials said.").len(), 1);
        assert_eq!(texts("The panel weighted 12 age, 2 sex and 9 region bands."), ["12", "2", "9"]);
        // A name with no one speaking is no age: a team's tally.
        assert_eq!(texts("Most goals went to the leaders, Real Madrid, 41."), ["41"]);
        // A headline's scaled figure after a capitalised designator.
        assert_eq!(texts("Oil Export Volume 2 Million Barrels a Day \u{2014} Ministry"), ["2 Million"]);
    }

    #[test]
    fn enumerators_running_times_codes_bracketed_area_codes_and_relative_clause_ages_are_not_figures() {
        for text in [
            "Pupils will (1) name the source, (2) give the date \u{1f4c5} and (3) check the hedge.",
            "Anyone who names every source has met objective (2).",
            "Activity 4 \u{2014} Check the \u{201c}drift\u{201d}",
            "NEWS IN SCHOOLS\nResource sheet 9 \u{b7} Monday",
            "Clip runs 2'15\" with the slate \u{1f3ac}.",
            "Ref. KX-0228-31 applies.",
            "Call the help desk on (03) 5521-7788 \u{260e}.",
            "Call the newsroom at (703) 555-0182 weekdays.",
            "Our aim is (1) to hold the line and (2) to retake Sudzha \u{1f3af}.",
            "(Adds analyst comment in paragraphs 9-10, background in para 12)",
            "His sister, who is 31, was told \u{2014} late.",
            "He is now 26, the ministry said \u{1f4f0}.",
            "The soldier, who was then 19, died.",
        ] {
            assert_no_figures(text);
        }
        // Digits glossing words, counts after what they count and a count
        // in brackets stay.
        assert_eq!(texts("Losses: tanks (12), artillery systems (40) \u{1f4a5}."), ["12", "40"]);
        // A year or a count in brackets is no area code.
        assert_eq!(texts("Deliveries (2024) 1500-2000 shells a day."), ["1500", "2000"]);
        assert_eq!(texts("They lost forty-five (45) tanks."), ["45"]);
        assert_eq!(texts("The toll (about 300) rose \u{2014} \u{201c}fast\u{201d}."), ["about 300"]);
    }

    #[test]
    fn distances_and_modified_durations_are_not_figures_but_areas_are() {
        for text in [
            "The guns reach some 40\u{a0}km \u{1f4a5} with boosted rounds.",
            "They regrouped near the city, about 100 kilometres from the border.",
            "The troops are roughly 4,000 miles from home \u{2014} \u{201c}far\u{201d}.",
            "The column stretched 5 metres, then 300 feet.",
            // A length, however it is written (this test read "five and a
            // quarter kilometres of cable" as 5.25 before distances left).
            "Engineers laid five and a quarter kilometres of cable.",
            "They built 2,000 miles of trenches \u{1f6a7}.",
            "State media ran 12 straight days of editorials \u{1f4f0}.",
            "The lull lasted three more weeks.",
            "They return to the line after a week or two \u{2014} sometimes.",
        ] {
            assert_no_figures(text);
        }
        assert_eq!(texts("Kyiv still held about 450 square kilometres \u{1f5fa}."), ["about 450"]);
        // An area or a volume in a unit's power: a claim too.
        assert_eq!(
            texts("Kyiv lost 1,200\u{a0}km\u{b2} \u{2014} \u{201c}fields\u{201d} \u{1f33e} and 40 m\u{b3} of fuel."),
            ["1,200", "40"]
        );
        assert_no_figures("The front runs 1,200 km \u{2014} \u{201c}mined\u{201d} \u{1f4a3}.");
        assert_eq!(texts("About 3,000 were killed over 12 consecutive days."), ["About 3,000"]);
        assert_eq!(texts("Two more soldiers and a further 60 \u{2018}volunteers\u{2019} came."), ["Two", "60"]);
        // A modifier before a noun that is no unit, or a unit that is part of
        // a noun: counts.
        assert_eq!(texts("Russia lost 1,000 foot soldiers \u{2014} \u{201c}infantry\u{201d}."), ["1,000"]);
        assert_eq!(texts("Kyiv got 40 more second-hand tanks and 30 extra night flights."), ["40", "30"]);
        assert_eq!(texts("Losses were 1,200 and 12 months later 2,000."), ["1,200", "2,000"]);
    }

    #[test]
    fn references_markup_phones_bills_and_function_arguments_are_not_figures() {
        for text in [
            // A citation template's parameters and positional arguments.
            "{{cite news |title=\u{201c}Troops\u{201d} |page=4 |pages=11\u{2013}29 |volume=31 |issue=2}}",
            "Sent in 2024.{{sfn|Lee|2025|p=17}} {{as of|2025|1}} \u{1f4cc}",
            // A bill's sections, titles, laws and lines.
            "SEC. 2. FINDINGS \u{2014} see title 10, Public Law 118\u{2013}50, page 3, line 14 \u{1f4dc}.",
            // Phone numbers with a prefix before a bracketed code; beds,
            // wards and offices.
            "Hotline: 8 (47152) 2-11-40 or +7\u{a0}(4712) 55-66-77 \u{260e}.",
            "Both are in ward 5, beds 3 and 4; claims at office 210 \u{2014} \u{201c}open\u{201d}.",
            "The hurt were a woman, 61, and a boy, 12.",
            "They fit a Beta(2, 3) prior \u{1f4c8}.",
        ] {
            assert_no_figures(text);
        }
        // A tag's closing ">" is no comparison; a spaced one is.
        assert_eq!(texts("NIS.</ref> One prisoner was taken, and >300 died."), ["One", ">300"]);
        // A wikitable's spaced cell, an interval's bounds after "CI" (not
        // its level), and a range of hundreds that no score has.
        assert_eq!(texts("| Feb. || ISW || 1,000 || \u{2014}"), ["1,000"]);
        assert_eq!(texts("965 killed (95% CI 780\u{2013}1,240) \u{1f4ca}"), ["965", "780", "1,240"]);
        assert_eq!(texts("They lost 780\u{2013}940 of them, and won 112-104."), ["780", "940"]);
        // The review's traps: a glued comparison, a number template, a
        // function of one number, a count after a label's comma, and a
        // vote's tally.
        assert_eq!(texts("Losses>300 tanks \u{1f69c}"), [">300"]);
        assert_eq!(
            texts("losses were {{circa|4,000}} and {{nts|4000}} \u{2014} \u{201c}men\u{201d}"),
            ["4,000", "4000"]
        );
        assert_eq!(texts("The brigade reported losses(1,200) \u{1f4c9}."), ["1,200"]);
        assert_eq!(texts("Under Title 42, 2,000 migrants were expelled."), ["2,000"]);
        assert_no_figures("The House voted 218\u{2013}214 to approve it \u{1f5f3}.");
    }

    #[test]
    fn a_figure_opening_a_quotation_is_no_name_s_number() {
        assert_eq!(values("\u{201c}Another 200 were wounded,\u{201d} Yusov said \u{1f4a5}."), [200.0]);
        assert_eq!(values("\"Only 25\u{a0}were killed,\" Holt said."), [25.0]);
        // Within the sentence, a name's number as before.
        assert!(values("The upgrade, \u{201c}Kursk 2\u{201d} \u{2014} began.").is_empty());
    }

    #[test]
    fn designators_addresses_scores_ages_and_date_ranges_are_not_figures() {
        for text in [
            "The new iPhone 14 launched with a bang \u{1f4f1}",
            "Many feared COVID-19 would return.",
            "The storm weakened to a category 4 hurricane.",
            "Protesters gathered outside 10 Downing Street.",
            "The caf\u{e9} at 5230 Lee Pike \u{2014} \u{201c}open late\u{201d} \u{2615}.",
            "A talk at the Hall\u{2019}s Annex Caf\u{e9}, 14 Mill Wynd, on Friday \u{2014} all welcome \u{1f3b6}.",
            "Quote ref.\u{a0}PR-2025-0117 or 007 when you call.",
            "Channel 7 News \u{b7} World",
            "KPLN 12 News reached out to the \u{201c}mission\u{201d} \u{1f4fa}; WXYZ 7 did too.",
            "Most of them are 19, 20\u{a0}years old \u{2014} conscripts.",
            "3/ More on this below \u{1f9f5}",
            "IN PICTURES\n\n2 / 12\nA \u{201c}quiet\u{201d} street \u{1f4f7}\n\n12/12\nThe end.",
            "Gusts reach 60\u{a0}kilometres an hour \u{1f32c} and 90 km/h inland; ships make 12 knots.",
            "Sources: footnotes 5 to 9 \u{2014} see \u{201c}Method\u{201d}.",
            "Evidence taken (HC\u{a0}412, Session 2024\u{2013}25) \u{1f4dc}.",
            "It was the best of the 2023-24 seasons.",
            "Watch it tonight on Channel\u{a0}4.",
            "Write to the office at NY 10001 today.",
            "The home side won 2-1 on Sunday.",
            "It was a 3-0 victory for the visitors.",
            "United beat Real Betis 3-2 \u{26bd} on penalties.",
            "The Lakers won 112-104 at home.",
            "She ran the 100m sprint.",
            "Jean Dupont, 65, said he would stay on.",
            "These are boys of 19 and 20 \u{2014} \u{201c}children\u{201d} \u{1f622}.",
            "A man of 45 was hurt.",
            "His widow, 58, and Ana Ruiz (71) were there.",
            "Investigators blamed the 9/11 attacks.",
            "This is a third attempt at 6.0\u{d7}10 scale.",
            "The two rivals do not share a language.",
            "Two officials said nothing.",
            "He is the one of us who stayed.",
            "The machine divides 1/0 and fails; the shop is open 24/7.",
            // Legal references, lowercase, with subsections.
            "Listed under Article\u{a0}3(1)(b) and regulation 6(2)(b) \u{2014} \u{201c}final\u{201d} \u{2696}.",
            "The persons at entries 1 and 2, and the entity at entry 3, fall under regulations 11 to 15.",
            "Address: 27 Portovaya Street, Vladivostok, 690001, Russia \u{1f4cd}",
            "Group IDs: 16801-16805; ref 4417 \u{2014} \u{201c}closed\u{201d}.",
            // A transcript's speakers, a list of labelled rows, an
            // assessment's yardstick.
            "SPEAKER 2: uh thank you \u{1f44b} \u{2014} just to be clear",
            "Rows 3, 5 and 8 have no \u{201c}As of\u{201d} date\u{a0}\u{2014} see below.",
            "Our calculation from judgements 1 and 2 \u{1f9ee}.",
            // Where and when a video was shot.
            "Geolocated at 51.2286, 35.1731 (MGRS 36U YA 4125 7683) \u{1f4cd}.",
            "A clip of 2\u{a0}min 14 s; imagery compared, 9 vs 12 December \u{2014} \u{201c}clear\u{201d}.",
            "Terms: remote (\u{2264}5%), highly unlikely (10\u{2013}20%), a realistic possibility (40 to 50%) \u{1f4ca}.",
        ] {
            assert_no_figures(text);
        }
        // A count in brackets after a count, spaced, stays.
        assert_eq!(texts("Losses rose to 3,000 (1,000 of them dead) \u{2014} 🚑."), ["3,000", "1,000"]);
        assert_eq!(texts("There were 1,200 entries and 40 rules."), ["1,200", "40"]);
        assert_eq!(texts("In Kursk, 12,000, Russia said \u{2014} and 3 and 17 others died."), ["12,000", "3", "17"]);
        assert_eq!(texts("It lost 4 and 17 more in May; Codes: 3,000 soldiers."), ["4", "17", "3,000"]);
        // Traps a review found: counts after a plural label, in a case,
        // in brackets after a count, before "may", on an axis of advance,
        // in a list of places.
        assert_eq!(texts("In that case 40 workers would go \u{2014} 😟."), ["40"]);
        assert_eq!(texts("Out of 3,000 entries 450 were disqualified."), ["3,000", "450"]);
        assert_eq!(texts("Under the new rules 40 were disqualified."), ["40"]);
        assert_eq!(texts("Of the 60 stolen items 14 were recovered."), ["60", "14"]);
        assert_eq!(texts("Because of the revised schedule 3 matches were moved."), ["3"]);
        assert_eq!(texts("Haaland finished with 27(4) goals."), ["27", "4"]);
        assert_eq!(texts("It is likely (55\u{2013}75%) that 1,000 more were sent \u{2014} \u{1f4e6}."), ["1,000"]);
        assert_eq!(texts("Losses (40%) rose; Speaker 2 said 300 died."), ["40%", "300"]);
        assert_eq!(texts("Rates were 4.125, 3.875 and 2.5 percent \u{1f4c8}."), ["4.125", "3.875", "2.5 percent"]);
        assert_eq!(texts("Yields of 4.1250, 3.8750 percent."), ["4.1250", "3.8750 percent"]);
        // Traps the review found for these rules.
        assert_eq!(texts("Witness 3,000 North Korean troops marching \u{1fa96}."), ["3,000"]);
        assert_eq!(texts("Aged 19 to 25, 300 of them were conscripts."), ["300"]);
        assert_eq!(texts("Voters rating it likely (62%) outnumbered those saying unlikely (21%)."), ["62%", "21%"]);
        assert_eq!(texts("Odds were 0.8125, 0.6250 and 0.5000 \u{2014} per wave."), ["0.8125", "0.6250", "0.5000"]);
        assert_eq!(texts("Estimates: UK 1000 1200; US 1100 1500."), ["1200", "1100", "1500"]);
        assert_eq!(texts("It flew for 1 h 20 min before striking 3 trucks."), ["3"]);
        assert_eq!(
            texts("We count 14 vehicles 600\u{a0}m north of the field \u{1f69c}; two craters about 8 m across."),
            ["14", "two"]
        );
        assert_eq!(texts("Some 10 m people fled; it cost \u{a3}4 m."), ["Some 10", "\u{a3}4"]);
        assert_eq!(texts("Source\tTotal\tAs of\nHUR\t4,000+\t2025-02-05\n"), ["4,000+"]);
        assert_eq!(texts("Officials said 10 to 15 may be released."), ["10", "15"]);
        assert_eq!(texts("Doctors said 2 or 3 may not survive."), ["2", "3"]);
        assert_eq!(texts("On the Pokrovsk axis, Russian forces launched 40\u{2013}50 assaults a day."), ["40", "50"]);
        assert_eq!(
            texts("Top crowds: Wembley, 87000, Anfield, 61000, Old Trafford, 74000."),
            ["87000", "61000", "74000"]
        );
        assert_eq!(texts("Turnout in Tbilisi, 100000, Georgian media said."), ["100000"]);
        assert_eq!(texts("In Tver, 416000 \u{2014} 🏙."), ["416000"]);
        assert_eq!(texts("Goals | 26\nPlayer: Salah\nGoals | 29\nPlayer: Isak\nGoals | 23"), ["26", "29", "23"]);
        // A postcode ending its sentence, and a country after it.
        assert_no_figures("The address is Ulitsa Pushkina 4, Novosibirsk, 630099.");
        assert_no_figures("Kursk, 305000, Russian Federation \u{2014} \u{201c}HQ\u{201d}");
    }

    #[test]
    fn date_ranges_are_not_figures() {
        let extractor = crate::extract::Extractor::with_default_agencies();
        let published = jiff::civil::date(2025, 4, 2);
        let got = extractor.suggest(
            "The fair runs Sept.\u{a0}20-24 \u{2014} and 3-7 March \u{2014} with \u{201c}40 000\u{201d} visitors \u{1f3aa}.",
            Some(published),
        );
        let texts: Vec<&str> = got.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["40 000"]);
        // Two days of one month: "1 and 17 May".
        let got = extractor.suggest(
            "The designations of 1 and 17\u{a0}May 2024 \u{2014} \u{201c}final\u{201d} \u{2696} \u{2014} named 40 firms.",
            Some(published),
        );
        let texts: Vec<&str> = got.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["40"]);
    }

    #[test]
    fn hedges_read_before_and_after() {
        for (text, want) in [
            ("Donations exceeded 3,000 in May.", Qualifier::Over),
            ("Losses are exceeding 150 a day.", Qualifier::Over),
            ("Sales surpassed 10,000 units.", Qualifier::Over),
            ("Demand was greater than 4,565 orders.", Qualifier::MoreThan),
            ("The index stayed above 170 \u{2014} a record.", Qualifier::Over),
            ("Turnout fell below 40% for once.", Qualifier::LessThan),
            ("They found 500 or more graves.", Qualifier::AtLeast),
            ("About 500 or more residents left.", Qualifier::AtLeast),
            ("Upwards of 2,000 fans queued.", Qualifier::MoreThan),
            ("As many as 80 homes flooded.", Qualifier::UpTo),
            ("Some 300 refugees crossed.", Qualifier::About),
            ("The crowd was ~5,000 people.", Qualifier::About),
            ("They had 5,000+ volunteers.", Qualifier::MoreThan),
            ("There were 200 or fewer tanks.", Qualifier::UpTo),
            ("Dead: c.\u{a0}1,000 (est.)", Qualifier::About),
            ("The muster was circa 700 men.", Qualifier::About),
            ("By my sums, something like\u{a0}1,700 died 💀.", Qualifier::About),
            ("Arrests pass 2,000 in Minsk \u{2014} 🚓", Qualifier::Over),
            // A negated hedge bounds the other way.
            ("It lost not fewer than\u{a0}3,000 men \u{2014} 💀", Qualifier::AtLeast),
            ("\u{201c}Not less than 40%\u{201d} voted.", Qualifier::AtLeast),
            ("The fine was not over \u{a3}500.", Qualifier::UpTo),
            // A bound written as a comparison with "as … as".
            ("The toll could be as high as\u{a0}4,000 \u{1f61f}.", Qualifier::UpTo),
            ("\u{201c}As few as 300\u{201d} got out \u{2014} maybe.", Qualifier::AtLeast),
        ] {
            let f = figures(text);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            assert_eq!(f[0].3, Some(want), "{text}: {f:?}");
        }
        assert_eq!(texts("It lost not fewer than 3,000 men."), ["not fewer than 3,000"]);
        // Markdown's strike-through is no "~" hedge.
        assert_eq!(texts("Losses \u{2014} ~~4,000~~ {4,700} \u{1f4dd} \u{2014} up ~~60%~~"), ["4,000", "4,700", "60%"]);
        // "not" before a number is no hedge of its own.
        assert_eq!(texts("It was not 3,000 but 2,000."), ["3,000", "2,000"]);
        // A range of things won is no score.
        assert_eq!(texts("Polls say they could win 10-12 seats."), ["10", "12"]);
        // "and more than" starts the next figure's hedge.
        let f = figures("500 and more than 1,000 wounded");
        assert_eq!(f.iter().map(|f| f.3).collect::<Vec<_>>(), [None, Some(Qualifier::MoreThan)]);
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
    fn a_remainder_after_a_scale_word_adds_to_it() {
        let f = figures(
            "\u{25c7} NIS \u{201c}about 2 thousand 700 persons\u{201d} and 1 million 200 thousand won \u{1f4b0}",
        );
        let got: Vec<(&str, f64)> = f.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(got, [("about 2 thousand 700", 2700.0), ("1 million 200 thousand", 1.2e6)]);
        // A comma, a line break, a grouped or larger number, or a million
        // with a bare remainder: two figures, or the scale alone.
        let got: Vec<(String, f64)> = figures(
            "2 thousand, 700 wounded;\u{a0}3 thousand\n500 held; 4 thousand 1,500 more; 5 million 300 \u{2014} and 6 thousand 7000 troops",
        )
        .into_iter()
        .map(|f| (f.0, f.1))
        .collect();
        assert!(
            got.contains(&("2 thousand".to_string(), 2000.0)) && got.contains(&("700".to_string(), 700.0)),
            "{got:?}"
        );
        assert!(got.contains(&("3 thousand".to_string(), 3000.0)), "{got:?}");
        assert!(got.contains(&("4 thousand".to_string(), 4000.0)), "{got:?}");
        assert!(got.contains(&("5 million".to_string(), 5e6)), "{got:?}");
        assert!(got.contains(&("6 thousand".to_string(), 6000.0)), "{got:?}");
        // Hundreds, a thousands' remainder; not a unit's number or a
        // multiplier.
        let values = |t: &str| figures(t).into_iter().map(|f| f.1).collect::<Vec<f64>>();
        assert_eq!(values("About 1 thousand 5 hundred \u{2018}troops\u{2019} moved."), [1500.0]);
        assert_eq!(values("a fine of 1 million 2 thousand 500 won \u{1f4b8}"), [1_002_500.0]);
        assert_eq!(values("It sent 5 thousand 155\u{a0}mm shells."), [5000.0]);
        assert_eq!(values("It fired 2 thousand 3 times more"), [2000.0, 3.0]);
    }

    #[test]
    fn a_ratio_as_odds_is_one_figure_of_their_quotient() {
        let f = figures("Medics put wounded to killed at 3:1 \u{1f691} \u{2014} \u{201c}typical\u{201d}.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].0, "3:1");
        assert!((f[0].1 - 3.0).abs() < 1e-9);
        assert_eq!(f[0].2, FigureKind::Ratio);
        assert_eq!(texts("Defenders were outnumbered three to one\u{a0}\u{2014} and held."), ["three to one"]);
        assert_eq!(texts("They kept a \u{2018}3-to-1\u{2019} edge in shells."), ["3-to-1"]);
        assert!(close_to(&values("a shell ratio of 10 to 3 \u{1f4a5}"), &[10.0 / 3.0]));
        // Clock times, verses, run-on codes, rulings and counts are not odds.
        assert_eq!(texts("The briefing began at 10:30 \u{2014} Psalm 23:4 was read."), Vec::<String>::new());
        assert_eq!(texts("Build 3:1:2 shipped."), Vec::<String>::new());
        assert!(!texts("The court ruled 5-to-4 on Monday.").iter().any(|t| t.contains("to")));
        assert!(!texts("The council voted 7-to-1 \u{2014} \u{201c}final\u{201d}.").iter().any(|t| t.contains("to")));
        assert!(!texts("Brigades were cut from three to one this\u{a0}year.").contains(&"three to one".to_string()));
        // Odds to one after a hedge, "by" or a ratio a few words back.
        assert_eq!(
            texts("The ratio of wounded to killed \u{2014} roughly three to one \u{2014} holds."),
            ["roughly three to one"]
        );
        assert_eq!(texts("They outnumber them by two to one \u{1f4aa}, he said."), ["two to one"]);
        assert!(!texts("Losses rose by three to one hundred.").iter().any(|t| t.contains("to")));
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
        // A range of fractions, the second hyphenated; not an ordinal.
        assert_eq!(texts("losses of a third to two\u{2011}fifths of the force"), ["a third", "two\u{2011}fifths"]);
        assert_eq!(texts("between a quarter and one-third of \u{201c}them\u{201d}"), ["a quarter", "one-third"]);
        assert_eq!(texts("a third soldier and two-fifths of the rest"), ["two-fifths"]);
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
        // A rough range joined by "or" takes the second's scale and
        // measure: "one or two thousand" is 1,000 to 2,000.
        let f = figures("maybe one or two thousand soldiers \u{2014} \u{201c}wounded\u{201d} \u{1fa79}");
        assert_eq!(
            f.iter().map(|r| (r.0.as_str(), r.1)).collect::<Vec<_>>(),
            [("one", 1000.0), ("two thousand", 2000.0)]
        );
        assert_eq!(f[0].4.as_deref(), Some("soldiers"));
        assert_eq!(values("three or four hundred men"), [300.0, 400.0]);
        // "one or two hundred thousand" is 100,000 to 200,000; a
        // compound's "thousand-pound" lends no scale.
        assert_eq!(values("one or two hundred thousand people"), [100_000.0, 200_000.0]);
        assert_eq!(values("one or two thousand-pound bombs"), [2000.0]);
        // Not a scale the first would pass: "5,000 or 2 thousand" stays.
        assert_eq!(values("5,000 or 2 thousand men"), [5000.0, 2000.0]);
    }

    #[test]
    fn numbers_glued_by_commas_to_numbers_are_not_figures() {
        // Malformed groups and comma-separated lists; a decimal comma
        // before a space is a European edition's decimal (read as such
        // since December 2026).
        assert_eq!(values("a 1,5 million rise"), [1.5e6]);
        assert_eq!(texts("2,70 and 12,34,567 and 1,0000"), Vec::<String>::new());
        assert_eq!(texts(&"1,".repeat(1000)), Vec::<String>::new());
        // Well-formed numbers, and lists with spaces, are figures.
        assert_eq!(texts("5,000,000 troops, 6,000, 7,000 and 8,000"), ["5,000,000", "6,000", "7,000", "8,000"]);
        assert_eq!(texts("killed 5,000,wounded 300"), ["5,000", "300"]);
    }

    #[test]
    fn small_number_words_need_something_counted() {
        assert_eq!(texts("two North Korean soldiers were captured"), ["two"]);
        // Comparison signs are hedges.
        assert_eq!(texts("2/ MoD: >5,000 hurt, <2,000 killed \u{1f9f5}"), [">5,000", "<2,000"]);
        // After a place and a comma, a count still counts.
        assert_eq!(texts("In Kursk, 21 North Korean soldiers died."), ["21"]);
        assert_eq!(
            texts("At Sudzha, 300 North Koreans, and at Kursk, 200 Russians \u{2014} \u{1f4ca}"),
            ["300", "200"]
        );
        // A count before a calibre: two numbers, not one grouped with a space.
        assert_eq!(texts("it shipped some 220 170\u{a0}mm guns and 40 240 mm launchers"), ["some 220", "40"]);
        assert_eq!(texts("it shipped some 220 170 mm guns"), ["some 220"]);
        assert_eq!(texts("Kyiv holds two N. Korean\u{a0}soldiers \u{2014} \u{201c}alive\u{201d} 🪖"), ["two"]);
        assert_eq!(texts("two officials said"), Vec::<String>::new());
        assert_eq!(texts("three civilians"), ["three"]);
        // A nationality among the modifiers; an irregular participle.
        assert_eq!(texts("it fined six Iranian officers and two Russian\u{a0}firms 🏦"), ["six", "two"]);
        assert_eq!(texts("Kyiv said “two had been taken alive”"), ["two"]);
        assert_eq!(texts("two had left for Seoul"), ["two"]);
        assert_eq!(texts("the two had spoken"), Vec::<String>::new());
        // A count of one, but not "one of", "no one" or "at one point".
        assert_eq!(texts("One soldier was killed \u{2014} \u{201c}a loss\u{201d}"), ["One"]);
        assert_eq!(texts("Officials said one\u{a0}dead, \u{1f622}"), ["one"]);
        assert_eq!(texts("one armoured vehicle was hit"), ["one"]);
        assert_eq!(texts("one of the soldiers was killed"), Vec::<String>::new());
        assert_eq!(texts("no one was killed"), Vec::<String>::new());
        assert_eq!(texts("at one point the convoy stopped"), Vec::<String>::new());
        assert_eq!(texts("one day later, one thing changed"), Vec::<String>::new());
        // Modifiers between the number and its plural noun.
        assert_eq!(texts("After two supply convoys crossed \u{2014} \u{1f69a}"), ["two"]);
        assert_eq!(texts("two senior officials said"), Vec::<String>::new());
        assert_eq!(texts("two said they were unhurt"), Vec::<String>::new());
        assert_eq!(texts("two more weeks"), Vec::<String>::new());
        // "of" then a determiner or a possessive.
        assert_eq!(texts("Three of the region\u{2019}s largest ports closed"), ["Three"]);
        assert_eq!(texts("five of Kyiv's power stations"), ["five"]);
        assert_eq!(texts("two of the officials said"), Vec::<String>::new());
        // Opening its sentence, a part of a group the text has just
        // counted counts (see `a_sentence_opening_with_a_part_of_those_counts_it`);
        // within one, it still needs a figure before it.
        assert_eq!(texts("two of them left"), ["two"]);
        assert_eq!(texts("and then two of them left"), Vec::<String>::new());
        assert_eq!(texts("Its drones had killed four of them \u{2014} 🛸"), ["four"]);
        // Existential counts.
        assert_eq!(texts("there were seven in the boat"), ["seven"]);
        assert_eq!(texts("There have been four since May"), ["four"]);
        // The number is the whole text.
        for (text, want) in [("Sixteen.", 16.0), ("a dozen", 12.0), ("one and a half", 1.5), ("a fifth", 0.2)] {
            assert!(close_to(&values(text), &[want]), "{text}: {:?}", figures(text));
        }
        assert_eq!(texts("Sixteen, officials said."), Vec::<String>::new());
        // Other words for zero count only what they count.
        assert_eq!(texts("Officials said naught elite soldiers were killed \u{1f54a}"), ["naught"]);
        assert_eq!(texts("It was all for naught \u{2014} the talks came to nought."), Vec::<String>::new());
        assert_eq!(texts("There was naught else to do but wait for the 11,000 troops."), ["11,000"]);
        // A "by the numbers" line opening with its figure in words.
        assert_eq!(
            texts(
                "Key numbers \u{1f4ca}\n11,000 \u{2014} troops sent\nThree \u{2014} North Koreans taken prisoner\nZero: \u{201c}defectors\u{201d} so far"
            ),
            ["11,000", "Three", "Zero"]
        );
        // Not a list of points, nor "One —" opening a thought.
        assert_eq!(
            texts(
                "Three things:\nOne \u{2014} the JCS says 11,000 troops are deployed.\nTwo \u{2014} about 3,000 were hurt.\nThree \u{2014} Pyongyang says nothing."
            ),
            ["Three", "11,000", "about 3,000"]
        );
        assert_eq!(texts("Two: The Kursk salient\nThe General Staff said 1,500 died."), ["1,500"]);
        assert_eq!(
            texts("Three\u{a0}\u{2014} North Koreans taken\n2 \u{2014} weeks\n40 \u{2014} tanks"),
            ["Three", "40"]
        );
        assert_eq!(texts("He said three \u{2014} not four \u{2014} were held."), Vec::<String>::new());
        assert_eq!(texts("Two \u{2014}\nthe envoys met"), Vec::<String>::new());
        assert_eq!(texts("192."), ["192"]);
        // Telephone numbers, votes, labels.
        assert_eq!(texts("Call 555-123-4567 \u{260e}\u{fe0f} now"), Vec::<String>::new());
        assert_eq!(texts("The court issued a 5-4 ruling"), Vec::<String>::new());
        assert_eq!(texts("It cites page 45, chapter\u{a0}3 and No. 10"), Vec::<String>::new());
        assert_eq!(
            texts("A further 2000 to 3000 soldiers \u{1fa96} came \u{2014} \u{201c}as\u{201d} in 2000 to 2010."),
            ["2000", "3000"]
        );
        assert_eq!(texts("Under Russian rule 2 million \u{201c}Ukrainians\u{201d} lost access."), ["2 million"]);
        assert_eq!(
            texts("Just two women of 18 were named; the 46 Council of Europe states agreed."),
            ["two", "18", "46"]
        );
        assert_eq!(
            texts(
                "Under rule 37 and article\u{a0}4 (pp. 3\u{2013}4), the 1718 Committee \u{2014} not the 15 Council members \u{1f5f3} \u{2014} met."
            ),
            ["15"]
        );
        assert_eq!(texts("Some were as young as 17 \u{2014} 👶"), Vec::<String>::new());
        assert_eq!(texts("Most were aged between 19 and 31; 400 had no training."), ["400"]);
        assert_eq!(texts("Segment 2 of 5: many were 19 or 20 years old."), Vec::<String>::new());
        assert_eq!(texts("They were between 17 and 22\u{a0}years of age \u{2014} 600 of them."), ["600"]);
        assert_eq!(texts("Between 2,000 and 3,000 troops left."), ["2,000", "3,000"]);
        assert_eq!(texts("Ten were freed and the other 26."), ["Ten", "26"]);
        assert_eq!(texts("The report notes 12,000 casualties."), ["12,000"]);
        assert_eq!(texts("It lost 19 or 20 tanks."), ["19", "20"]);
        assert_eq!(texts("See briefing CBP 10231 and question UIN 27634."), Vec::<String>::new());
        assert_eq!(texts("The ISW counted 12000 raids."), ["12000"]);
        assert_eq!(texts("It paid USD 15000 and GBP 12000."), ["USD 15000", "GBP 12000"]);
        assert_eq!(texts("It paid EUR 2500 in cash and INR 450 in fees."), ["EUR 2500", "INR 450"]);
        // Two people's ages side by side; a count after "the other" stays.
        assert_eq!(texts("The pair \u{2014} one 19, the other 31 \u{2014} were freed."), Vec::<String>::new());
        assert_eq!(texts("One is 22, the other 45; both are pilots."), Vec::<String>::new());
        assert_eq!(texts("Two pilots, one aged 23 and the other 40, spoke."), ["Two"]);
        assert_eq!(texts("Ten were hurt and the other 26 were killed."), ["Ten", "26"]);
        assert_eq!(texts("Between 10-15 soldiers died"), ["10", "15"]);
        // One-word multipliers where they multiply.
        let f = figures("Output more than doubled \u{2014} nearly triple the 2019 level \u{1f4c8}");
        assert_eq!(
            f.iter().map(|r| (r.0.as_str(), r.1)).collect::<Vec<_>>(),
            [("more than doubled", 2.0), ("nearly triple", 3.0)]
        );
        assert_eq!(texts("He doubled down; a double agent scored double-digit gains"), Vec::<String>::new());
        assert_eq!(texts("Arrests rose to twice as many"), ["twice"]);
        assert_eq!(texts("He was asked twice \u{2014} and \u{201c}insisted\u{201d} 🙄"), Vec::<String>::new());
        assert_eq!(texts("The envoys met twice in March; losses doubled since."), ["doubled"]);
        assert_eq!(texts("Two were taken, aged 20 & 26 \u{2014} both \u{201c}held\u{201d}."), ["Two"]);
        assert_eq!(texts("Slug: KURSK / interview 3 of the series \u{1f399}"), Vec::<String>::new());
        assert_eq!(texts("The log says 4 of the series of raids hit \u{201c}depots\u{201d}."), ["4"]);
        assert_eq!(texts("Estimates ran to [3,000, 6,000] dead \u{2014} a wide range."), ["3,000", "6,000"]);
        assert_eq!(texts("The post\u{2019}s total is twice Britain\u{2019}s \u{201c}estimate\u{201d} 🤨"), ["twice"]);
        assert_eq!(texts("It took the March count, doubled it and called them dead."), ["doubled"]);
        assert_eq!(texts("She doubled her bet; Twice Daily is a paper."), ["doubled"]);
        // "N times" before what it multiplies, after a multiplier, and a
        // count of occurrences.
        assert_eq!(texts("It sells at 11 times earnings, against roughly 16 times."), ["11 times", "roughly 16 times"]);
        assert_eq!(texts("Prices are four times the average"), ["four times"]);
        assert_eq!(texts("Output grew one-and-a-half times"), ["one-and-a-half times"]);
        assert_eq!(figures("Estimates differ by a factor of two \u{2014} \u{1f914}")[0].4.as_deref(), Some("times"));
        assert!(close_to(&values("\u{201c}two of every three\u{201d} recruits"), &[2.0 / 3.0]));
        assert_eq!(texts("The clip was shared 3.4\u{a0}million times"), ["3.4\u{a0}million"]);
        // Shares of a whole given by number, and changes by a fraction.
        assert_eq!(texts("Eighteen of the 40 trucks \u{201c}failed\u{201d}"), ["Eighteen", "40"]);
        assert_eq!(texts("Nine of the 30 sheep and seven geese"), ["Nine", "30", "seven"]);
        assert_eq!(texts("It shut four of its seven mills \u{2014} all nine of its depots"), ["four", "seven", "nine"]);
        assert_eq!(texts("Police said four were arrested and two had been injured"), ["four", "two"]);
        assert_eq!(texts("The two were friends; the three were arrested"), Vec::<String>::new());
        // Ages in words, identifiers, versions, results lost.
        assert_eq!(texts("Half are children under five \u{2014} \u{1f476}"), ["Half"]);
        assert_eq!(texts("It docked at berth 21 near junction 14 running version 4.2.1"), Vec::<String>::new());
        // Fractions of a point, a spaced vulgar fraction, halving.
        assert_eq!(figures("fell by half a percentage point")[0].1, 0.005);
        assert_eq!(texts("wages rose by 4\u{a0}½% 💷"), ["4\u{a0}½%"]);
        assert_eq!(figures("costs halved")[0].1, 0.5);
        // A speaker is no count of one; a part of a group is a count.
        assert_eq!(texts("One Ukrainian officer told us so 🫡"), Vec::<String>::new());
        assert_eq!(texts("It logged 11 assaults, three of them at night"), ["11", "three"]);
        assert_eq!(
            texts("Russia fired 11\u{a0}missiles \u{1f680} at cities \u{2014} nine of which hit \u{201c}homes\u{201d}"),
            ["11", "nine"]
        );
        // A count whose noun an earlier figure gave.
        assert_eq!(texts("It won 31 of the 57 seats, with the Greens taking nine 🌿"), ["31", "57", "nine"]);
        assert_eq!(texts("Zero died this year, against eleven the year before"), ["Zero", "eleven"]);
        assert_eq!(texts("They met with two"), Vec::<String>::new());
        // A share that stands for a statement.
        assert_eq!(
            texts("London says a third; “a quarter” became “a third” \u{2014} a fifth, in fact 🙃"),
            ["a third", "a quarter", "a third", "a fifth"]
        );
        assert_eq!(texts("which a third \u{2014} a former analyst \u{2014} denied"), Vec::<String>::new());
        // Footnote markers and an age between commas.
        assert_eq!(texts("It lost 5,000 men.[1] Sources\n[1] MoD note, page\u{a0}4 📎"), ["5,000"]);
        assert_eq!(texts("The officer, at 31, counted 200 dead; the toll stood at 45, he said"), ["200", "45"]);
        // Numbered headings and list items, not the figures after them.
        assert_eq!(texts("Note\n\n1. Summary\n\n2) Boats 🚤\n12. About 4,000 fled."), ["About 4,000"]);
        assert_eq!(texts("The toll rose to 12. It was 40 by May."), ["12", "40"]);
        assert_eq!(texts("They lost 98-104 at home"), Vec::<String>::new());
        assert_eq!(texts("A 5 min read \u{2014} 3 hrs ago"), Vec::<String>::new());
        // Money forms: cents, a minus before the sign, "-worth", "-a-year".
        assert_eq!(texts("It was \u{2212}5C and 40F outside"), Vec::<String>::new());
        let f =
            figures("A 99c fee, (\u{2212}\u{a3}14bn in output), \u{a3}1.2m-worth of bonds and a \u{a3}10m-a-year deal");
        assert_eq!(
            f.iter().map(|r| (r.0.as_str(), r.1)).collect::<Vec<_>>(),
            [("99c", 99.0), ("\u{2212}\u{a3}14bn", -14e9), ("\u{a3}1.2m", 1.2e6), ("\u{a3}10m", 1e7)]
        );
        // Capacities glued to their unit; the rupee sign; "1-in-5".
        let f =
            figures("a 5MW array, 18.5\u{a0}GW in all, \u{20b9}500 crore and roughly 1-in-5 homes, but 170mm shells");
        assert_eq!(
            f.iter().map(|r| (r.0.as_str(), r.1, r.4.as_deref())).collect::<Vec<_>>(),
            [
                ("5", 5.0, Some("mw")),
                ("18.5", 18.5, Some("gw")),
                ("\u{20b9}500 crore", 5e9, Some("rupees")),
                ("roughly 1-in-5", 0.2, Some("homes"))
            ]
        );
        // Basis points are hundredths of a percent.
        assert!(close_to(&values("It cut rates by 25 basis points, then 50bp"), &[0.0025, 0.005]));
        // Percentage points glued to a small number; a book's pages are not.
        assert!(close_to(&values("Exports rose 2.4pp \u{1f4c8} to 31%"), &[0.024, 0.31]));
        assert!(!texts("The book (320pp) says 40 died.").contains(&"320pp".to_string()));
        // North Korea's won by its code; a textbook's "Source 7" names a source.
        assert_eq!(texts("Traders quoted around KPW\u{a0}21,000 per dollar."), ["around KPW\u{a0}21,000"]);
        assert_eq!(texts("Source 7 gives \u{201c}186\u{201d} losses \u{1f4c9}."), ["186"]);
        // More hedges: "approaching", "just shy of", "the best part of".
        let f = figures("approaching 40%, just shy of 270 million and the best part of \u{a3}2m");
        assert!(f.iter().all(|r| r.3 == Some(Qualifier::Nearly)), "{f:?}");
        assert_eq!(texts("Costs climbed a fifth, and fares rose by a quarter"), ["a fifth", "a quarter"]);
        // A number hyphened to what it counts.
        let f = figures("a 450-bed clinic and a 90-seat chamber, but a 10-year plan");
        assert_eq!(
            f.iter().map(|r| (r.0.as_str(), r.4.as_deref())).collect::<Vec<_>>(),
            [("450", Some("bed")), ("90", Some("seat"))]
        );
        // Telephone numbers with spaces, results in a list, age brackets.
        assert_eq!(texts("Ring 0161 496 0000 or +33 1 99 00 00 00 \u{260e}"), Vec::<String>::new());
        assert_eq!(texts("Scores of 7 8 9 were given"), ["7", "8", "9"]);
        assert_eq!(texts("She won 6-4, 3-6, 7-5 in Rome"), Vec::<String>::new());
        assert_eq!(texts("Only 31% of voters under 25 and 70% of those over 60 agreed"), ["31%", "70%"]);
        assert_eq!(texts("200 volunteers over 65 helped"), ["200"]);
        // A year before a level is no range: "for 2026 to 2.4%".
        let f = figures("It cut its forecast for 2026 to 2.4% from 2.9%");
        assert!(close_to(&f.iter().map(|r| r.1).collect::<Vec<_>>(), &[0.024, 0.029]), "{f:?}");
        // "edged up to" is the level reached; "up to 300" a bound.
        assert_eq!(figures("Jobless claims edged up to 4.1%")[0].3, None);
        assert_eq!(figures("up to 300 homes")[0].3, Some(Qualifier::UpTo));
        // The country letters of a dollar sign.
        assert_eq!(texts("It raised C$41.6m and US$2bn"), ["C$41.6m", "US$2bn"]);
        // Multipliers: "15x", "rose 2.5 times"; not "4x4" nor "met three times".
        assert_eq!(figures("It trades at 15x earnings \u{1f4c8}")[0].4.as_deref(), Some("times"));
        assert_eq!(texts("Sales rose 2.5 times in a decade"), ["2.5 times"]);
        assert_eq!(texts("a 4x4 and a 0x1F code"), Vec::<String>::new());
        assert_eq!(texts("They met three times"), Vec::<String>::new());
        // Temperatures, and a range that is a label.
        assert_eq!(texts("It fell to minus 15 degrees and \u{2212}18\u{a0}\u{b0}C"), Vec::<String>::new());
        assert_eq!(texts("troops aged 20 to 25 \u{2014} \u{201c}boys\u{201d}"), Vec::<String>::new());
        assert_eq!(texts("two captives, aged 19 and 23, spoke"), ["two"]);
        let f = figures("Deaths passed 1,000 \u{2014} a day after passing 900.");
        assert!(f.iter().all(|r| r.3 == Some(Qualifier::Over)), "{f:?}");
        assert_eq!(f[0].0, "1,000");
        assert_eq!(figures("Losses top 5,000")[0].3, Some(Qualifier::Over));
        assert_eq!(figures("the top 10 firms hired 300 staff")[0].3, None);
        assert_eq!(texts("It delivered 737 Max jets \u{2708}\u{fe0f} and 12 A320s"), ["12"]);
        assert!(close_to(&values("Net migration was minus 5,000\u{a0}people"), &[-5000.0]));
        assert!(close_to(&values("\u{201c}Rs 500 crore\u{201d} for 5 lakh farmers"), &[5e9, 5e5]));
        assert!(close_to(&values("two lakh fifty thousand people"), &[250_000.0]));
        // The złoty's sign before the amount, in lowercase, set off by a
        // non-breaking space.
        assert_eq!(
            texts("\u{201c}z\u{142}\u{a0}2.4bn\u{201d} \u{2014} and PLN 300m \u{1f3ed}"),
            ["z\u{142}\u{a0}2.4bn", "PLN 300m"]
        );
        assert_eq!(texts("1. Troops left"), Vec::<String>::new());
        // Scientific notation's exponent is not a count.
        assert_eq!(texts("a factor of 3.1\u{d7}10\u{2212}4 \u{2014} small"), Vec::<String>::new());
    }

    /// A court paper's references: the code's title and section, the
    /// paragraphs and the exhibits it cites are labels; its counts stay.
    #[test]
    fn a_court_paper_s_sections_paragraphs_and_exhibits_are_no_figures() {
        assert_eq!(
            texts(
                "KORNILOV\u{2019}s ledger (\u{b6}\u{a0}9; Exhibit 2) lists 3,912 containers \u{1f4e6} \u{2014} see \
                 \u{b6}\u{b6} 31\u{2013}34 and \u{201c}Exhibits 6 through 9\u{201d}."
            ),
            ["3,912"]
        );
        assert_eq!(
            texts("Count One: 50\u{a0}U.S.C. \u{a7}\u{a0}1705 and 18 U.S.C. \u{a7} 1956(h), for $18.6 million."),
            ["$18.6 million"]
        );
        // The podcast's episode, in lowercase; its count stays.
        assert_eq!(texts("In episode 141 we said 40 soldiers had died."), ["40"]);
        // "through" joins labels only after a label: a range of counts stays.
        assert_eq!(texts("Boys aged 19 through 25 were 400 of them"), ["400"]);
        assert_eq!(texts("between 300 through 400 shells"), ["300", "400"]);
    }

    /// A UN letter's furniture and a readers' column's address: none
    /// counts anything; a multiplier against a source's figure is one.
    #[test]
    fn resolutions_job_numbers_stamps_and_postal_addresses_are_no_figures() {
        // Resolutions in lowercase, each with its year, listed.
        assert_eq!(
            texts(
                "These transfers violate resolution 1718 (2006) and resolutions 1874 (2009), 2270\u{a0}(2016) \
                 and 2397 (2017) \u{2014} \u{201c}flagrantly\u{201d} \u{1f6ab}, and 40 more."
            ),
            ["40"]
        );
        // A job number and its stamp on a line of their own.
        assert_eq!(texts("S/2025/109\n\n25-02817 (E)    200225\n\nSome 11,000 were sent."), ["Some 11,000"]);
        // A number alone, or grouped, stays.
        assert_eq!(texts("100000"), ["100000"]);
        assert_eq!(texts("25-02817 (E)    200,225"), ["200,225"]);
        // A house number before a British postcode.
        assert_eq!(
            texts("Write to the Readers\u{2019} Editor at 14 Quayside, Newcastle upon Tyne NE1 3DX \u{2709}."),
            Vec::<String>::new()
        );
        assert_eq!(texts("About 14 Marines were hurt near Camp Humphreys, Pyeongtaek."), ["About 14"]);
        assert_eq!(texts("Around 300 Unite members picketed the depot on Brunel Way, Slough SL1 1XR."), ["Around 300"]);
        assert_eq!(texts("About 40 Royal Mail Workers, Swindon SN1 1AA branch, walked out."), ["About 40"]);
        // "1.2 times Seoul\u{2019}s" after a copula: a multiplier, as
        // "was 3 times his"; not a count of occasions.
        assert_eq!(
            texts("Kyiv\u{2019}s total is roughly 1.2 times Seoul\u{2019}s \u{2014} it was 3 times his."),
            ["roughly 1.2 times", "3 times"]
        );
        assert_eq!(texts("He has met Putin 3 times Zelensky\u{2019}s office said \u{1f91d}."), Vec::<String>::new());
        // A vote's tally after "resolution", a list's year in brackets after
        // a label, and a results table's counts stay.
        assert_eq!(texts("The House passed the resolution 396-23 on Tuesday."), ["396", "23"]);
        assert_eq!(
            texts(
                "It breaches Security Council resolution 2231, U.N. resolution 2397 and UN resolution 1325 \u{2014} \
                 unlike the UN resolution 140\u{a0}nations backed."
            ),
            ["140"]
        );
        assert_eq!(texts("Under Title 42 (2020), 900 migrants were expelled."), ["900"]);
        assert_eq!(texts("Results\n48213 (51.2%)\n45990 (48.8%)"), ["48213", "51.2%", "45990", "48.8%"]);
    }

    /// A heading's number behind a mark-up's marks is no more a figure
    /// than one opening its line.
    #[test]
    fn a_heading_s_number_after_mark_up_is_no_figure() {
        let text = "**1. SEOUL\u{2019}S \u{201c}NEW\u{201d} COUNT**\nThe NIS said 400 died \u{1f4cc}.\n\n\
                    ## 2. Kyiv \u{2014} shells\nSome\u{a0}600 died.\n\n__3. Money__\n**4.5 million** shells went.";
        assert_eq!(texts(text), ["400", "Some\u{a0}600", "4.5 million"]);
    }

    #[test]
    fn a_code_s_last_part_is_no_figure() {
        let text = "Docket: T-455-25 \u{2014} the court heard that 300\u{a0}shells and the \u{201c}F-16\u{201d} jets \
                    cost 5k-20k each \u{1f4b0}.";
        assert_eq!(texts(text), ["300", "5k", "20k"]);
    }

    #[test]
    fn a_statistic_s_level_and_test_value_are_no_figures() {
        let text = "We put the toll at 4,620 (95%\u{a0}CI 3,870\u{2013}5,510) \u{1f4ca}; \u{201c}the fall\u{201d} was real (p\u{a0}< 0.001; \
                    Cohen\u{2019}s \u{3ba} = 0.87), with a 90 per cent credible interval \u{2014} of 1,204 adults (n = 1,204), p<=0.05.";
        assert_eq!(texts(text), ["4,620", "3,870", "5,510", "1,204", "1,204"]);
        // A share before "CI"'s other words is still one; so are "a >50%
        // rise", a number in a tag and "62% confidence in the army".
        assert_eq!(texts("Some 95% of the shells came from the North."), ["Some 95%"]);
        assert_eq!(
            texts("It caused a >50% rise; <b>300</b> died; 62% confidence in the army \u{2014} \u{201c}low\u{201d}."),
            [">50%", "300", "62%"]
        );
    }

    #[test]
    fn a_markdown_note_mark_is_no_figure() {
        assert_eq!(texts("About 5,500[^1] shells \u{1f4a5} and [^12] \u{2014} \u{201c}more\u{201d}."), ["About 5,500"]);
    }

    #[test]
    fn an_age_after_age_of_is_no_figure() {
        let text = "The 214 dead had a median age of 21 \u{2014} \u{201c}boys\u{201d}; one enlisted at the age of\u{a0}17. \
                    The average age of 40 recruits was low.";
        assert_eq!(texts(text), ["214", "40"]);
    }

    #[test]
    fn a_factor_of_is_the_multiplier_s_text() {
        let rows =
            figures("Estimates differ by a factor of two \u{1f914}; by factor of\u{a0}3, said \u{201c}Kim\u{201d}.");
        let got: Vec<(&str, f64, Option<&str>)> = rows.iter().map(|r| (r.0.as_str(), r.1, r.4.as_deref())).collect();
        assert_eq!(got, [("a factor of two", 2.0, Some("times")), ("factor of\u{a0}3", 3.0, Some("times"))]);
    }

    #[test]
    fn a_worded_hedge_after_a_count_holds_before_a_calibre() {
        let rows = figures("It sent 200 or more 170\u{a0}mm guns \u{2014} and 4,000+ 2025 shells.");
        let got: Vec<(&str, Option<Qualifier>)> = rows.iter().map(|r| (r.0.as_str(), r.3)).collect();
        assert_eq!(got[0], ("200 or more", Some(Qualifier::AtLeast)));
        // A preposition's number is its own: "or over 5,000 troops".
        let rows = figures("Either 3,000 or over 5,000 troops \u{2014} \u{201c}unclear\u{201d}.");
        let got: Vec<(&str, Option<Qualifier>)> = rows.iter().map(|r| (r.0.as_str(), r.3)).collect();
        assert_eq!(got, [("3,000", None), ("over 5,000", Some(Qualifier::Over))]);
    }

    #[test]
    fn a_resolution_s_number_ending_its_clause_is_its_name() {
        let text = "Some 13,000 workers went, \u{201c}in open breach\u{201d} of resolution 2397. \
                    They cited it (resolution 1718) \u{1f4dc}. A resolution 140 nations backed. Votes for the resolution 141, against 5.";
        assert_eq!(texts(text), ["Some 13,000", "140", "141", "5"]);
    }

    #[test]
    fn a_table_of_contents_numbers_sections_not_counts() {
        let text = "Intro \u{2014} \u{201c}the war\u{201d} \u{1f5fa}.\n\nContents\n1 Deployment\n2 Munitions\n3 Casualties\n\n\
                    Deployment\n\nSome\u{a0}300 died.";
        assert_eq!(texts(text), ["Some\u{a0}300"]);
        // Not under a contents heading, the lines are read as before.
        assert!(!texts("Casualties\n1 Deployment\n2 Munitions\n3 Casualties\n").is_empty());
    }
}
