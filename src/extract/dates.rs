//! Dates in running news text, resolved against the publication date and
//! preferring the past: "Mar. 28", "April 2", "January 24, 2025", "28
//! March", "mid-January 2025", "As of March", "last week", "on Friday",
//! "between October and November last year", "last autumn", "in 2023".
//!
//! A vague date is kept as the stretch of days it names rather than made
//! exact: "mid-January" is the 11th to the 20th, "between January and
//! February" the two months, "last week" the week from its Monday (see
//! `resolve`), so that the claims it dates are compared over that stretch.
//!
//! Each mention also says how it relates to a figure: "as of"/"by" dates
//! are the moment a figure describes, "since" dates start a period and
//! never date a figure, and dates beside a reporting verb ("said on
//! Friday", "the Mar. 28 update") or in a dateline are when it was reported.

use super::attribution::figures_compared_before;
use super::lexicon::{
    Class, day_ordinal, holiday, is_day_ordinal_follower, is_hedge_opener, is_occasion_noun, is_past_verb,
    is_published_noun, is_reporting_verb, is_statement_noun, month, month_abbreviation, season as season_of,
    small_number, weekday as weekday_of, weekday_abbreviation,
};
use super::numbers::parse_words;
use super::sentences::Sentence;
use super::tokens::{Doc, Kind};
use crate::model::DatePrecision;
use jiff::Span;
use jiff::civil::Date;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// "as of March", "by mid-January".
    AsOf,
    /// "since February 2022": the start of a period.
    Since,
    /// "up 15% on a year ago", "lower than last year": the period a
    /// figure is compared with, which never dates the figure.
    Baseline,
    /// "one born in 2005", "founded in 1994": a date in the life of a
    /// person or a body, which never dates a figure either.
    Life,
    Plain,
}

/// A date as the text gives it: its first day, how precise it is, and for
/// a stretch of days the text names as one ("mid-January", "January and
/// February") its last day, so that a vague date is never stored as a
/// false exact day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Resolved {
    /// The first day: the 1st of a month, the Monday of a week, the first
    /// day of a range.
    pub value: Date,
    pub precision: DatePrecision,
    /// The last day of a range, included; `None` when `precision` says it.
    pub end: Option<Date>,
}

impl Resolved {
    fn new(value: Date, precision: DatePrecision) -> Resolved {
        Resolved { value, precision, end: None }
    }

    fn to(value: Date, precision: DatePrecision, end: Date) -> Resolved {
        Resolved { value, precision, end: Some(end) }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DateMention {
    pub toks: Range<usize>,
    /// `None` when the text gives no year and there is no publication date.
    pub value: Option<Resolved>,
    pub role: Role,
    pub reported: bool,
    pub dateline: bool,
    pub sentence: usize,
    /// "next year": a plan's or a target's period, after publication on
    /// purpose, where a date read past publication is otherwise a misreading.
    pub ahead: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum YearRef {
    Explicit(i16),
    Last,
    This,
    Infer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DayMod {
    Start,
    Mid,
    Late,
    End,
    /// "the first week of March" (0) to "the fourth week of" (3), and
    /// "the last week of" (4): seven days of the month.
    Week(u8),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Relative {
    LastWeek,
    ThisWeek,
    LastMonth,
    ThisMonth,
    LastYear,
    ThisYear,
    NextYear,
    Yesterday,
    Today,
    /// "two weeks ago": `n` units before publication. `to_the_day`: "a
    /// year ago today", the same day of the month that many units back.
    Ago {
        n: u8,
        unit: AgoUnit,
        to_the_day: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AgoUnit {
    Day,
    Week,
    Month,
    Year,
}

/// The count at token `i` in "two days ago", "a week later": digits, a
/// small number word, or one of `ones` for one.
fn small_count(doc: &Doc, i: usize, ones: &[&str]) -> Option<u8> {
    if doc.is_num(i) {
        return doc.s(i).parse().ok();
    }
    let w = doc.word(i)?;
    if ones.contains(&w) {
        return Some(1);
    }
    u8::try_from(small_number(w)?).ok()
}

/// "three days ago", "a month ago", "2 weeks ago": the count, its unit and
/// "ago" from token `i`.
fn parse_ago(doc: &Doc, i: usize) -> Option<(usize, usize, Spec)> {
    if !doc.is(i + 2, "ago") {
        return None;
    }
    let n = small_count(doc, i, &["a", "an"])?;
    let unit = match doc.word(i + 1)? {
        "day" | "days" => AgoUnit::Day,
        "week" | "weeks" | "wk" | "wks" => AgoUnit::Week,
        "month" | "months" => AgoUnit::Month,
        "year" | "years" => AgoUnit::Year,
        _ => return None,
    };
    // "a year ago today", "a year ago to the day".
    let day_words = if doc.is(i + 3, "today") {
        1
    } else if doc.is(i + 3, "to") && doc.is(i + 4, "the") && doc.is(i + 5, "day") {
        3
    } else {
        0
    };
    let to_the_day = day_words > 0;
    (n > 0).then_some((i, i + 3 + day_words, Spec::Relative(Relative::Ago { n, unit, to_the_day })))
}

/// "two days later", "a day earlier", "a week later", "a year earlier":
/// days (or months) from the last exact day the text gave.
fn parse_later(doc: &Doc, i: usize) -> Option<(usize, usize, Spec)> {
    if let Some(found) = parse_hours_later(doc, i) {
        return Some(found);
    }
    let sign: i8 = match doc.word(i + 2)? {
        "later" | "after" => 1,
        "earlier" | "before" => -1,
        _ => return None,
    };
    // "a day after" and "a day before" need their clause to end there: "a
    // day after the strike" counts from the strike, not from a date; "two
    // days after that" counts from the date just given.
    // "Two days before the NIS briefing", "the day after the ministry's
    // update": a statement's day, which is the last exact day the text
    // gave when it names one (it has just said when the briefing was).
    let mut end = i + 3;
    let mut statement = false;
    // "The British estimate came a day after South Korea's JCS told
    // lawmakers that …": the speaker's day, counted from the estimate's
    // the other way. Days only: "a fortnight after" is loose.
    let mut sign = sign;
    if matches!(doc.word(i + 2), Some("after" | "before"))
        && doc.is_any(i + 1, &["day", "days"])
        && speaker_clause_at(doc, i + 3)
    {
        sign = -sign;
    } else if matches!(doc.word(i + 2), Some("after" | "before")) {
        if doc.is(i + 3, "that") && doc.word(i + 4).is_none() {
            end = i + 4;
        } else if let Some(noun) = statement_after(doc, i + 3) {
            // "On Mar. 27, a day before the British update": set beside the
            // day it describes, which is the date.
            let beside_a_date = i >= 2
                && doc.is_punct(i - 1, ',')
                && (doc.is_num(i - 2) || (doc.has(i - 2, Class::Weekday) || doc.has(i - 2, Class::Month)));
            if beside_a_date {
                return None;
            }
            end = noun + 1;
            statement = true;
        } else if doc.word(i + 3).is_some() {
            return None;
        }
    }
    let n = i8::try_from(small_count(doc, i, &["a", "one"])?).ok()?;
    let per = match doc.word(i + 1)? {
        "day" | "days" => 1,
        "week" | "weeks" | "wk" | "wks" => 7,
        "fortnight" | "fortnights" => 14,
        "month" | "months" if (1..=12).contains(&n) => {
            return Some((i, end, Spec::AnchoredMonths { months: sign * n }));
        }
        "year" | "years" if (1..=5).contains(&n) => {
            return Some((i, end, Spec::AnchoredMonths { months: sign * n * 12 }));
        }
        _ => return None,
    };
    let days = sign * n * per;
    let spec = if statement { Spec::AnchoredStatement { days } } else { Spec::Anchored { days } };
    (1..=4 * 7 / per).contains(&n).then_some((i, end, spec))
}

/// "South Korea's Joint Chiefs of Staff told", "the JCS said": a speaker
/// named in capitals (after "the" or a possessive country) and a verb of
/// speaking, within eight words.
fn speaker_clause_at(doc: &Doc, i: usize) -> bool {
    let mut k = i + usize::from(doc.is(i, "the"));
    if !doc.capitalised(k) {
        return false;
    }
    while k < i + 9 {
        if doc.capitalised(k) || doc.is_any(k, &["of", "and"]) || doc.possessive_at(k) || doc.is(k, "s") {
            k += 1;
            continue;
        }
        return k > i
            && doc.is_any(k, &["told", "said", "says", "reported", "announced", "estimated", "briefed", "released"]);
    }
    false
}

/// "the NIS briefing", "the ministry's latest update": "the", a few
/// words, and a statement's noun that ends the phrase; its token.
fn statement_after(doc: &Doc, i: usize) -> Option<usize> {
    // "the NIS briefing", or a possessive: "London's assessment".
    if !(doc.is(i, "the") || doc.capitalised(i) && doc.possessive_at(i + 1)) {
        return None;
    }
    let mut k = i + 1;
    while k < i + 7 && (doc.is_word(k) || doc.is_punct(k, '\'') && doc.glued(k)) {
        if k > i + 1 && doc.word(k).is_some_and(is_statement_noun) && doc.word(k + 1).is_none() {
            return Some(k);
        }
        k += 1;
    }
    None
}

/// "Forty-eight hours earlier", "72 hours later": whole days counted in
/// hours from the last exact day the text gave.
fn parse_hours_later(doc: &Doc, i: usize) -> Option<(usize, usize, Spec)> {
    // Most counts are not of hours: look for the word before parsing.
    if !(i + 1..i + 5).any(|k| doc.is(k, "hours")) {
        return None;
    }
    let (hours, end) = if doc.is_num(i) {
        (doc.s(i).parse::<u16>().ok()?, i + 1)
    } else {
        let p = parse_words(doc, i, i + 4)?;
        (p.value as u16, p.end)
    };
    if !doc.is(end, "hours") || hours == 0 || hours % 24 != 0 || hours > 7 * 24 {
        return None;
    }
    let sign: i8 = match doc.word(end + 1)? {
        "later" => 1,
        "earlier" => -1,
        _ => return None,
    };
    let days = i8::try_from(hours / 24).ok()?;
    Some((i, end + 2, Spec::Anchored { days: sign * days }))
}

/// "the same day", "that day", "the following day", "the next day", "the
/// previous day", "the day before": the last exact day the text gave, or
/// the day after or before it.
/// A word of the future within the seven words before token `start`, in
/// its clause, with no reporting verb between ("tariffs due to take
/// effect on Wednesday", "the ministry will publish on Friday"; not "it
/// will grow, the ministry said on Friday").
fn future_before(doc: &Doc, start: usize) -> bool {
    let mut k = start;
    while k > 0 && k + 7 > start {
        k -= 1;
        let Some(w) = doc.word(k) else { return false };
        if matches!(w, "said" | "says" | "told" | "added" | "announced" | "reported") {
            return false;
        }
        if matches!(
            w,
            "will"
                | "due"
                | "scheduled"
                | "expected"
                | "plans"
                | "planned"
                | "set"
                | "expects"
                | "aims"
                | "hopes"
                | "intends"
        ) {
            // "set", "expected" and the verbs of intent only before "to".
            return matches!(w, "will" | "due" | "scheduled" | "plans" | "planned") || doc.is(k + 1, "to");
        }
    }
    false
}

/// Token `k` starts a line or follows a sentence's stop.
fn starts_sentence(doc: &Doc, k: usize) -> bool {
    k == 0 || doc.opens_line(k) || doc.punct(k - 1).is_some_and(|c| matches!(c, '.' | '!' | '?'))
}

/// "that day", "the day before", "the same week", "the following month":
/// a day or period counted from the date the text gave last. `w`: word `i`.
fn parse_that_day(doc: &Doc, i: usize, w: &str) -> Option<(usize, usize, Spec)> {
    // "at the end of that month", "At the end of the month" opening a
    // sentence, "went further at the end of the month", "by the end of
    // the month the Pentagon was talking about …", "in the middle of that
    // month": an edge or the middle of the month of the date just given.
    // Not "will publish at the end of the month", a month to come.
    let edge = match doc.word(i + 1) {
        Some("end") => Some(DayMod::End),
        Some("start" | "beginning") => Some(DayMod::Start),
        Some("middle") => Some(DayMod::Mid),
        _ => None,
    };
    if w == "the"
        && let Some(edge) = edge
        && doc.is(i + 2, "of")
        && doc.is(i + 4, "month")
        && (doc.is(i + 3, "that")
            || doc.is(i + 3, "the")
                && i > 0
                && (matches!(doc.s(i - 1), "At" | "By" | "In") && starts_sentence(doc, i - 1)
                    || doc.is_any(i - 1, &["at", "by", "in"]) && !future_before(doc, i - 1)))
    {
        return Some((i, i + 5, Spec::AnchoredMonthEdge { edge }));
    }
    let part = |w: Option<&str>| matches!(w, Some("day" | "morning" | "afternoon" | "evening" | "night"));
    // "Marchenko said later in the day", "earlier in the evening": the
    // day the text gave last.
    if matches!(w, "later" | "earlier") && doc.is(i + 1, "in") && doc.is(i + 2, "the") && part(doc.word(i + 3)) {
        return Some((i, i + 4, Spec::Anchored { days: 0 }));
    }
    // "lost 1,310 soldiers in the previous day": a stretch up to the
    // statement, not a day of its own.
    if !matches!(w, "the" | "that") || i > 0 && doc.is_any(i - 1, &["in", "over", "during", "within", "for"]) {
        return None;
    }
    let (days, end) = match (doc.word(i + 1)?, doc.word(i + 2)) {
        // "told lawmakers the day before that some 300 had died": "that"
        // opening what was said (a number or a hedge after it), not "the
        // day before that attack", "that G7 summit".
        ("day", Some("before"))
            if doc.word(i + 3).is_none()
                || doc.is(i + 3, "that")
                    && (doc.is_num(i + 4)
                        || doc.has(i + 4, Class::NumberStart)
                        || doc.word(i + 4).is_some_and(is_hedge_opener)) =>
        {
            (-1, i + 3)
        }
        ("day" | "morning" | "afternoon" | "evening" | "night", _) if doc.is(i, "that") => (0, i + 2),
        ("same", w) if part(w) => (0, i + 3),
        // "At the same briefing, the NIS said …", "told the same session":
        // the time of the statement told before. Only "at" it or told it:
        // not "write-ups of the same briefing"; nor what is said ("the same
        // remarks"), which may be repeated on any day.
        ("same", Some(w))
            if i > 0
                && (doc.is(i - 1, "at") || doc.has(i - 1, Class::ReportingVerb))
                && is_occasion_noun(w)
                && !matches!(w, "remarks" | "comments") =>
        {
            return Some((i, i + 3, Spec::SameOccasion));
        }
        // "the same week", "Earlier that month": the period of the date
        // just given. Not "the same week last year", "the same month a year
        // earlier" (a period of another year), nor "that week-long check".
        ("same", Some(unit @ ("week" | "month"))) if !another_period_follows(doc, i + 3) => {
            return Some((i, i + 3, Spec::AnchoredPeriod { weeks: unit == "week", n: 0 }));
        }
        (unit @ ("week" | "month"), _) if doc.is(i, "that") && !another_period_follows(doc, i + 2) => {
            return Some((i, i + 2, Spec::AnchoredPeriod { weeks: unit == "week", n: 0 }));
        }
        ("following" | "next", w) if part(w) => (1, i + 3),
        ("previous" | "preceding", w) if part(w) => (-1, i + 3),
        // "the following week", "the previous month": the period next to
        // the one of the date just given.
        ("following" | "next" | "previous" | "preceding", Some(unit @ ("week" | "month"))) => {
            let n = if doc.is_any(i + 1, &["following", "next"]) { 1 } else { -1 };
            let weeks = unit == "week";
            return Some((i, i + 3, Spec::AnchoredPeriod { weeks, n }));
        }
        ("following" | "next" | "previous" | "preceding", Some(_))
            if doc.capitalised(i + 2)
                && let Some(weekday) = doc.look_up(i + 2, Class::Weekday, weekday_of) =>
        {
            let after = doc.is_any(i + 1, &["following", "next"]);
            return Some((i, i + 3, Spec::AnchoredWeekday { weekday, after }));
        }
        _ => return None,
    };
    Some((i, end, Spec::Anchored { days }))
}

/// After "the same week" or "that month" at `k`: a hyphen that makes a
/// compound ("week-long"), or words that move it to another year ("last
/// year", "a year earlier", "of 2024").
fn another_period_follows(doc: &Doc, k: usize) -> bool {
    doc.glued(k) && doc.punct(k).is_some_and(|c| c == '-')
        || doc.is_any(k, &["last", "previous"]) && doc.is(k + 1, "year")
        || doc.is_any(k, &["a", "one"]) && doc.is(k + 1, "year")
        || doc.is(k, "of") && year_at(doc, k + 1).is_some()
}

/// "the first quarter", "the fourth quarter of 2024", "Q1", "Q4 2024",
/// "the first half of last year": the three (or six) months, by the
/// year given or, without one, the latest such period that has begun by
/// publication. `i`: the ordinal or the "Q", word `w`.
fn parse_quarter(doc: &Doc, i: usize, w: &str) -> Option<(usize, usize, Spec)> {
    // "the first two months of the year", "the last three months of
    // 2024": the months counted from the year's start or back from its
    // end, only with the year named.
    if matches!(w, "first" | "last")
        && let Some(count) = small_count(doc, i + 1, &[])
        && (1..=11).contains(&count)
        && doc.is_any(i + 2, &["months"])
        && doc.is(i + 3, "of")
    {
        let j = i + 4;
        let (year, end) = if let Some(y) = year_at(doc, j) {
            (YearRef::Explicit(y), j + 1)
        } else if let Some((y, after)) = year_modifier(doc, j) {
            (y, after)
        } else if doc.is(j, "the") && doc.is(j + 1, "year") {
            (YearRef::This, j + 2)
        } else {
            return None;
        };
        let count = count as i8;
        let month = if w == "first" { 1 } else { 13 - count };
        let start = if i > 0 && doc.is(i - 1, "the") { i - 1 } else { i };
        return Some((start, end, Spec::Month { year, month, modifier: None, to: Some(month + count - 1) }));
    }
    let (n, months, mut j) = if let Some(q) = w.strip_prefix('q').and_then(|d| d.parse::<i8>().ok()) {
        (q, 3, i + 1)
    } else if doc.is(i, "q") && doc.glued(i + 1) && doc.is_num(i + 1) {
        (doc.s(i + 1).parse::<i8>().ok()?, 3, i + 2)
    } else {
        let n = match w {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            _ => return None,
        };
        let months = match doc.word(i + 1)? {
            "quarter" => 3,
            "half" => 6,
            _ => return None,
        };
        (n, months, i + 2)
    };
    if !(1..=12 / months).contains(&n) {
        return None;
    }
    let mut year = YearRef::Infer;
    let of = doc.is(j, "of");
    if let Some(y) = year_at(doc, j + usize::from(of)) {
        year = YearRef::Explicit(y);
        j += 1 + usize::from(of);
    } else if let Some((y, after)) = year_modifier(doc, j) {
        year = y;
        j = after;
    } else if of && doc.is(j + 1, "the") && doc.is(j + 2, "year") {
        year = YearRef::This;
        j += 3;
    } else if months == 6 {
        // "the first half of the war": a half is a date only with its year.
        return None;
    }
    let month = (n - 1) * months + 1;
    let article = i > 0 && doc.is(i - 1, "the");
    let mut start = if article { i - 1 } else { i };
    let mut modifier = None;
    if let Some((m, s)) = day_modifier(doc, start) {
        modifier = Some(m);
        start = s;
    }
    Some((start, j, Spec::Month { year, month, modifier, to: Some(month + months - 1) }))
}

/// "27/3", "3/27", "27/03/2025": a day and month in figures. Without a
/// year only in a citation ("(JCS, 27/3)") or standing alone after a
/// comma, where a fraction would make no sense; the day comes first
/// unless only the other reading is a date.
fn parse_numeric(doc: &Doc, i: usize) -> Option<(usize, usize, Spec)> {
    let slash = |k: usize| doc.is_punct(k, '/') && doc.glued(k) && doc.glued(k + 1) && doc.is_num(k + 1);
    if !slash(i + 1) {
        return None;
    }
    let (a, b) = (doc.s(i), doc.s(i + 2));
    if a.len() > 2 || b.len() > 2 {
        return None;
    }
    let (a, b): (i8, i8) = (a.parse().ok()?, b.parse().ok()?);
    let (day, month) = if (1..=12).contains(&b) { (a, b) } else { (b, a) };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let mut end = i + 3;
    let mut year = YearRef::Infer;
    if slash(end) {
        let y = doc.s(end + 1);
        let y: i16 = match y.len() {
            4 => y.parse().ok()?,
            2 => 2000 + y.parse::<i16>().ok()?,
            _ => return None,
        };
        year = YearRef::Explicit(y);
        end += 2;
    } else {
        // "(31/10)", "; 11/01,", and "up from 8,000 on 31/10", "held since
        // 11/01" (not "on 1/4 of the land": a fraction before its noun).
        let before = i > 0
            && (doc.punct(i - 1).is_some_and(|c| matches!(c, ',' | ';' | '(')) || doc.is_any(i - 1, &["on", "since"]));
        let after = doc.word(end).is_none() && !doc.is_num(end) && !doc.is_punct(end, '%');
        if !(before && after) {
            return None;
        }
    }
    Date::new(2000, month, day).ok()?;
    Some((i, end, Spec::Day { year, month, day }))
}

/// "2025.1.13", "2025.01.13": a year, month and day with full stops, as
/// Korean, Chinese and Japanese outlets write them in English (the year
/// and month read as one number).
/// A military message's date-time group: "190600ZDEC24" (the 19th of
/// December 2024, 06:00 Zulu) or, its month and year left to the
/// message's, "180715Z" (the 18th, read as the latest 18th by
/// publication). A time zone's letter follows the six digits glued; "Z"
/// (UTC) is the one reports use.
fn date_time_group(doc: &Doc, i: usize) -> Option<(usize, usize, Spec)> {
    let digits = doc.s(i);
    if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_digit()) || !doc.glued(i + 1) {
        return None;
    }
    let field = |k: usize| digits[k..k + 2].parse::<i8>().ok();
    let (day, hour, minute) = (field(0)?, field(2)?, field(4)?);
    if !(1..=31).contains(&day) || hour > 23 || minute > 59 {
        return None;
    }
    let zone = doc.word(i + 1)?;
    if zone == "z" && doc.word(i + 2).is_none_or(|w| month_abbreviation(w).is_none() && month(w).is_none()) {
        return Some((i, i + 2, Spec::DayOfMonth(day)));
    }
    // "ZDEC24" (one word), or "ZDEC" then "24" glued, or "Z" then "DEC
    // 24" spaced.
    let (letters, digits, mut end) = if zone == "z" {
        (doc.word(i + 2)?, "", i + 3)
    } else {
        let rest = zone.strip_prefix('z')?;
        let split = rest.find(|c: char| c.is_ascii_digit()).unwrap_or(rest.len());
        (&rest[..split], &rest[split..], i + 2)
    };
    let month = month_abbreviation(letters).or_else(|| month(letters))?;
    let year_of = |y: &str| match y.len() {
        2 => y.parse::<i16>().ok().map(|y| 2000 + y),
        4 => y.parse::<i16>().ok(),
        _ => None,
    };
    let year = if !digits.is_empty() {
        YearRef::Explicit(year_of(digits)?)
    } else if doc.is_num(end)
        && let Some(y) = year_of(doc.s(end))
    {
        end += 1;
        YearRef::Explicit(y)
    } else {
        YearRef::Infer
    };
    Date::new(2000, month, day).ok().or_else(|| Date::new(2004, month, day).ok())?;
    Some((i, end, Spec::Day { year, month, day }))
}

fn parse_dotted_year_first(doc: &Doc, i: usize) -> Option<(usize, usize, Spec)> {
    let (y, m) = doc.s(i).split_once('.')?;
    if !(doc.is_punct(i + 1, '.') && doc.glued(i + 1) && doc.glued(i + 2) && doc.is_num(i + 2)) {
        return None;
    }
    let d = doc.s(i + 2);
    if y.len() != 4 || !(1..=2).contains(&m.len()) || !(1..=2).contains(&d.len()) {
        return None;
    }
    // Not a version, a build or a sprint: "the 2025.2.1 update", "Version
    // 2024.12.1".
    if i > 0
        && doc.is_any(i - 1, &["the", "a", "an", "this", "that", "its", "version", "v", "release", "build", "sprint"])
    {
        return None;
    }
    // Not a version or a section ("2025.1.13.4"): nothing glued after.
    if doc.glued(i + 3) && !(doc.is_punct(i + 3, '.') || doc.is_punct(i + 3, ',')) {
        return None;
    }
    if doc.glued(i + 3) && doc.is_num(i + 4) && doc.glued(i + 4) {
        return None;
    }
    let (year, month, day): (i16, i8, i8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1900..=2100).contains(&year) {
        return None;
    }
    Date::new(year, month, day).ok()?;
    Some((i, i + 3, Spec::Day { year: YearRef::Explicit(year), month, day }))
}

/// "20.01.2025": a day, month and year with full stops, as European and
/// Ukrainian outlets write them (the first two read as one number).
fn parse_dotted(doc: &Doc, i: usize) -> Option<(usize, usize, Spec)> {
    let (d, m) = doc.s(i).split_once('.')?;
    if !(doc.is_punct(i + 1, '.') && doc.glued(i + 1) && doc.glued(i + 2) && doc.is_num(i + 2)) {
        return None;
    }
    let y = doc.s(i + 2);
    // "28.03.25": a two-digit year only after a two-digit day, as a
    // dated post or a daily tally writes it.
    // Not a time ("10.05.33"): after "of", "on", "to" and the like, or
    // before a colon.
    let dated =
        i > 0 && doc.is_any(i - 1, &["of", "on", "from", "to", "until", "since", "dated"]) || doc.is_punct(i + 3, ':');
    let short_year = y.len() == 2 && d.len() == 2 && dated;
    if d.is_empty() || d.len() > 2 || m.len() != 2 || !(y.len() == 4 || short_year) {
        return None;
    }
    let (day, month, year): (i8, i8, i16) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    let year = if short_year { 2000 + year } else { year };
    if !(1900..=2100).contains(&year) {
        return None;
    }
    Date::new(year, month, day).ok()?;
    Some((i, i + 3, Spec::Day { year: YearRef::Explicit(year), month, day }))
}

/// "25.01" after a weekday: a day and a month (two digits) read as one
/// number, with no year after them, ending its line or before a comma (or
/// a separator such as "·" or "|") and a time, as a dated post's stamp
/// writes it ("Sat 25.01, 11:05 MSK", "Sat 21.06 · 10:14 MSK", "Mon 23.06
/// (editorial)"). Not
/// "Friday 4.12 million", nor a clock time ("Tuesday 10.05am", "Friday
/// 11.05 \u{2014}").
fn dotted_day_month(doc: &Doc, i: usize) -> Option<(usize, usize, Spec)> {
    let (d, m) = doc.s(i).split_once('.')?;
    if !doc.is_num(i) || !(1..=2).contains(&d.len()) || m.len() != 2 {
        return None;
    }
    let time_after = doc.punct(i + 1).is_some_and(|c| matches!(c, ',' | '\u{b7}' | '|' | '\u{2022}'))
        && doc.is_num(i + 2)
        && doc.is_punct(i + 3, ':')
        && doc.glued(i + 3)
        && doc.is_num(i + 4)
        && doc.glued(i + 4);
    // "Mon 23.06 (editorial, page 1)": a bracket after the stamp.
    let bracket_after = doc.is_punct(i + 1, '(') && !doc.glued(i + 1);
    if !(time_after || bracket_after || i + 1 >= doc.len() || doc.opens_line(i + 1)) {
        return None;
    }
    let (day, month): (i8, i8) = (d.parse().ok()?, m.parse().ok()?);
    Date::new(2000, month, day).ok()?;
    Some((i, i + 1, Spec::Day { year: YearRef::Infer, month, day }))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Spec {
    Day {
        year: YearRef,
        month: i8,
        day: i8,
    },
    /// `to`: the last month of a range ("between October and November"),
    /// counted on past 12 into the years after `year`'s when the text gives
    /// its own ("August 2023 to September 2025": 21).
    Month {
        year: YearRef,
        month: i8,
        modifier: Option<DayMod>,
        to: Option<i8>,
    },
    Year(i16),
    Weekday {
        weekday: i8,
        last: bool,
        /// "next Monday", "due to take effect on Wednesday": the coming
        /// one, after publication (so it dates no figure).
        ahead: bool,
        /// "on Friday and Saturday", "from Monday to Wednesday": days after
        /// `weekday` that the stretch runs to (0 for one day).
        days: u8,
    },
    Relative(Relative),
    Season {
        start_month: i8,
        last: bool,
        year: Option<i16>,
    },
    /// "late last month", "early this month": `back` months before the
    /// publication month, with the day modifier.
    RelativeMonth {
        back: u8,
        modifier: DayMod,
    },
    /// "the end of 2024" (its last day), "the start of 2025" (its first).
    YearEdge {
        year: i16,
        end: bool,
    },
    /// "the end of last year", "the start of this year": the last (or
    /// first) day of the year `back` years before publication's.
    RelativeYearEdge {
        back: u8,
        end: bool,
    },
    /// "on the 27th": that day of the latest month that has had it by
    /// publication.
    DayOfMonth(i8),
    /// "the same day", "a day later", "two days earlier": `days` after the
    /// last exact day the text gave before it.
    Anchored {
        days: i8,
    },
    /// "the 24th of that month": that day of the month of the last date
    /// the text gave.
    AnchoredDayOfMonth(i8),
    /// "two days before the NIS briefing", "a fortnight after London's
    /// assessment": days from the last exact day the text gave as a date
    /// of its own (a statement's day is written out, not counted from
    /// another).
    AnchoredStatement {
        days: i8,
    },
    /// "at the same briefing": the date of the last statement the text
    /// dated by a date written out, as precise as that date was ("told
    /// lawmakers in late September", then "given at the same briefing").
    SameOccasion,
    /// "a year earlier", "two months later": months from the last exact
    /// day the text gave.
    AnchoredMonths {
        months: i8,
    },
    /// "that spring": the season that holds the last date the text gave,
    /// or the first to begin after it.
    AnchoredSeason {
        start_month: i8,
    },
    /// "the following week", "the previous month": the week (from the
    /// last exact day) or the month (from the last date of any width)
    /// `n` after the one the text gave last.
    AnchoredPeriod {
        weeks: bool,
        n: i8,
    },
    /// "at the end of that month": the last (or first) day, or the middle
    /// ("in the middle of that month"), of the month of the date the text
    /// gave last.
    AnchoredMonthEdge {
        edge: DayMod,
    },
    /// "the following Monday", "the previous Friday": the first such
    /// weekday after (`after`) or before the last exact day the text gave.
    AnchoredWeekday {
        weekday: i8,
        after: bool,
    },
    /// "between Feb. 24 and March 2": the days from one to the other.
    DayRange {
        year: YearRef,
        month: i8,
        day: i8,
        to_month: i8,
        to_day: i8,
    },
    /// "the week to March 9": the week (from its Monday) holding that day.
    WeekOf {
        year: YearRef,
        month: i8,
        day: i8,
    },
}

impl Spec {
    /// Counted from another date the text gave ("a day later", "two
    /// months later", "at the same briefing"), not written out.
    fn counted(self) -> bool {
        matches!(
            self,
            Spec::Anchored { .. } | Spec::AnchoredStatement { .. } | Spec::SameOccasion | Spec::AnchoredMonths { .. }
        )
    }
}

/// The month month token `i` names and the token after it. Inlined: it is
/// asked at nearly every word, and most are no month.
#[inline(always)]
fn month_of(doc: &Doc, i: usize) -> Option<(i8, usize)> {
    if !doc.capitalised(i) {
        return None;
    }
    if let Some(m) = doc.look_up(i, Class::Month, month) {
        return Some((m, i + 1));
    }
    let m = doc.look_up(i, Class::MonthAbbreviation, month_abbreviation)?;
    abbreviated_month_of(doc, i, m)
}

/// [`month_of`] for the abbreviation at `i` of month `m`.
fn abbreviated_month_of(doc: &Doc, i: usize, m: i8) -> Option<(i8, usize)> {
    // Abbreviations need their full stop, or a day or a year after them
    // on their line ("Mar 27", "13 Jan 2025"), or a day before them ("(28
    // Mar)"), a word that dates them ("in Jan", "mid-Jan", "late Jan") or
    // another month in a range ("Oct–Nov").
    let dated_before = i > 0
        && (doc.is_num(i - 1) && on_line(doc, i) && day_at(doc, i - 1).is_some()
            || doc.is_any(i - 1, &["in", "mid", "late", "early", "since", "by", "until", "from", "through"])
            || is_dash(doc, i - 1) && i > 1 && doc.is(i - 2, "mid")
            || is_dash(doc, i - 1) && i > 1 && doc.has(i - 2, Class::MonthAbbreviation));
    let range_after = is_dash(doc, i + 1)
        && doc.glued(i + 1)
        && doc.capitalised(i + 2)
        && (doc.has(i + 2, Class::MonthAbbreviation) || doc.has(i + 2, Class::Month));
    if doc.is_punct(i + 1, '.') && doc.glued(i + 1) {
        Some((m, i + 2))
    } else if on_line(doc, i + 1) && (day_at(doc, i + 1).is_some() || year_at(doc, i + 1).is_some())
        || dated_before
        || range_after
    {
        Some((m, i + 1))
    } else {
        None
    }
}

/// Token `k` goes on the line of the token before it.
fn on_line(doc: &Doc, k: usize) -> bool {
    doc.toks.get(k).is_some_and(|t| t.newlines() == 0)
}

/// "’24" after a month: a year in two digits after an apostrophe; the
/// year and the token after it.
fn short_year_at(doc: &Doc, k: usize) -> Option<(i16, usize)> {
    if !(doc.is_punct(k, '\'') && doc.glued(k + 1) && doc.is_num(k + 1) && doc.s(k + 1).len() == 2) {
        return None;
    }
    Some((2000 + doc.s(k + 1).parse::<i16>().ok()?, k + 2))
}

/// A day of the month at `i` ("28", "2nd"): the day and the next token.
fn day_at(doc: &Doc, i: usize) -> Option<(i8, usize)> {
    if !doc.is_num(i) {
        return day_word_at(doc, i);
    }
    let s = doc.s(i);
    if s.len() > 2 {
        return None;
    }
    let d: i8 = s.parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    let mut end = i + 1;
    if doc.glued(end) && doc.is_any(end, &["st", "nd", "rd", "th"]) {
        end += 1;
    }
    // "14:00", "30%" are not days; "Jan. 13:" heading a timeline entry is.
    let clock = doc.is_punct(end, ':') && doc.glued(end + 1) && doc.is_num(end + 1);
    if doc.glued(end) && (clock || doc.is_punct(end, '%')) {
        return None;
    }
    Some((d, end))
}

/// "twelfth", "twenty-third", "twenty third": a day of the month as an
/// ordinal word, as a transcript writes a spoken date. Not a fraction
/// ("a third of March's losses") nor an adjective's first part ("May
/// second-quarter sales").
fn day_word_at(doc: &Doc, i: usize) -> Option<(i8, usize)> {
    // Asked of many words: the class bits answer most at once.
    let is_tens = doc.has(i, Class::Tens);
    if !is_tens && !doc.has(i, Class::DayOrdinal) {
        return None;
    }
    let w = doc.word(i)?;
    if i > 0 && (doc.is_any(i - 1, &["a", "an", "one"]) || doc.is_num(i - 1)) {
        return None;
    }
    let (day, end) = if is_tens {
        let k = if doc.is_punct(i + 1, '-') && doc.glued(i + 1) && doc.glued(i + 2) { i + 2 } else { i + 1 };
        let unit = doc.word(k)?;
        (day_ordinal(&format!("{w} {unit}"))?, k + 1)
    } else {
        (day_ordinal(w)?, i + 1)
    };
    let compound = doc.glued(end) && doc.punct(end).is_some_and(|c| c == '-');
    // Not an ordinal before its noun: "In December first reports said".
    let noun_after = doc.word(end).is_some_and(|x| !is_day_ordinal_follower(x));
    (!compound && !noun_after).then_some((day, end))
}

/// Words before "may" or "march" that make it the month ("in May",
/// "since March"), in text without capitals or in capitals.
pub(crate) const DATING_WORDS: &[&str] =
    &["in", "since", "until", "by", "early", "late", "mid", "from", "through", "last", "next", "this"];

/// A text written without capitals (a machine transcript, a hurried
/// chat) has lost what tells "may" the month from "may" the verb: its
/// month and weekday names get their capitals back, and "may" and
/// "march" only where a day, a year or a word that dates them stands
/// beside them ("on may 3", "the third of march", "in may").
pub(crate) fn restore_capitals(doc: &mut Doc) {
    let named: Vec<usize> = (0..doc.len())
        .filter(|&i| {
            let Some(w) = doc.word(i) else { return false };
            if doc.capitalised(i) {
                return false;
            }
            let Some(m) = month(w).or_else(|| month_abbreviation(w)) else {
                return weekday_of(w).is_some() || weekday_abbreviation(w).is_some();
            };
            if m != 3 && m != 5 {
                return true;
            }
            let day_before = i > 0
                && (day_at(doc, i - 1).is_some_and(|(_, end)| end == i)
                    || doc.is(i - 1, "of")
                        && i > 1
                        && (doc.is_num(i - 2) || doc.word(i - 2).is_some_and(|x| day_ordinal(x).is_some())));
            let dating_word = i > 0 && doc.is_any(i - 1, DATING_WORDS);
            // A day after, only after "on", a dating word or at a line's
            // start, and before no unit: not "the troops march 20
            // kilometres".
            let dated_after = (dating_word || i == 0 || doc.opens_line(i) || doc.is_any(i - 1, &["on", "of"]))
                && (day_at(doc, i + 1)
                    .is_some_and(|(_, end)| !doc.is_word(end) || doc.is_any(end, &["the", "that", "and"]))
                    || year_at(doc, i + 1).is_some());
            day_before || dated_after || dating_word
        })
        .collect();
    for i in named {
        doc.capitalise(i);
    }
}

pub(crate) fn year_at(doc: &Doc, i: usize) -> Option<i16> {
    if !doc.is_num(i) {
        return None;
    }
    let s = doc.s(i);
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i16 = s.parse().ok()?;
    // "2030/31", "2024-25": still the year.
    (1900..=2100).contains(&y).then_some(y)
}

/// "last year" / "this year" (with an optional "of") at `i`.
fn year_modifier(doc: &Doc, i: usize) -> Option<(YearRef, usize)> {
    let i = if doc.is(i, "of") { i + 1 } else { i };
    if doc.is(i + 1, "year") {
        if doc.is(i, "last") || doc.is(i, "previous") {
            return Some((YearRef::Last, i + 2));
        }
        if doc.is(i, "this") {
            return Some((YearRef::This, i + 2));
        }
    }
    None
}

/// Words before a month that move its day: "mid-", "early", "the end of".
fn day_modifier(doc: &Doc, month_tok: usize) -> Option<(DayMod, usize)> {
    let i = month_tok;
    if i >= 2 && doc.is_punct(i - 1, '-') && doc.glued(i - 1) && doc.glued(i) {
        let m = match doc.word(i - 2)? {
            "mid" => DayMod::Mid,
            "early" => DayMod::Start,
            "late" => DayMod::Late,
            _ => return None,
        };
        return Some((m, i - 2));
    }
    let prev = doc.word(i.checked_sub(1)?)?;
    let simple = match prev {
        "early" => Some(DayMod::Start),
        "mid" => Some(DayMod::Mid),
        "late" => Some(DayMod::Late),
        _ => None,
    };
    if let Some(m) = simple {
        return Some((m, i - 1));
    }
    if prev == "of" && i >= 3 && doc.is_any(i - 2, &["week", "wk"]) {
        let m = match doc.word(i - 3)? {
            "first" => DayMod::Week(0),
            "second" => DayMod::Week(1),
            "third" => DayMod::Week(2),
            "fourth" => DayMod::Week(3),
            "last" | "final" => DayMod::Week(4),
            _ => return None,
        };
        let start = if i >= 4 && doc.is(i - 4, "the") { i - 4 } else { i - 3 };
        return Some((m, start));
    }
    if prev == "of" && i >= 2 {
        let m = match doc.word(i - 2)? {
            "end" => DayMod::End,
            "start" | "beginning" => DayMod::Start,
            "middle" => DayMod::Mid,
            _ => return None,
        };
        let start = if i >= 3 && doc.is(i - 3, "the") { i - 3 } else { i - 2 };
        return Some((m, start));
    }
    None
}

/// A month, month and day, or month and year starting at month token `i`.
/// Inlined: most tokens are no month, which [`month_of`] tells at once.
#[inline]
fn parse_month_first(doc: &Doc, i: usize) -> Option<(usize, usize, Spec)> {
    let (month, j) = month_of(doc, i)?;
    parse_after_month(doc, i, month, j)
}

/// [`parse_month_first`] once month token `i` has given `month`, with
/// token `j` after it.
fn parse_after_month(doc: &Doc, i: usize, month: i8, mut j: usize) -> Option<(usize, usize, Spec)> {
    let may = month == 5 && doc.is(i, "may");
    // The day is on the month's line: not "Jan–Feb." and a "5/" opening
    // the next post.
    let day = day_at(doc, j).filter(|_| on_line(doc, j));
    if let Some((day, after)) = day {
        j = after;
        let mut year = YearRef::Infer;
        if doc.is_punct(j, ',') && year_at(doc, j + 1).is_some() {
            year = YearRef::Explicit(year_at(doc, j + 1)?);
            j += 2;
        } else if let Some(y) = year_at(doc, j) {
            year = YearRef::Explicit(y);
            j += 1;
        } else if let Some((y, after)) = year_modifier(doc, j) {
            year = y;
            j = after;
        }
        return Some((i, j, Spec::Day { year, month, day }));
    }
    let mut year = YearRef::Infer;
    if let Some(y) = year_at(doc, j) {
        year = YearRef::Explicit(y);
        j += 1;
    } else if let Some((y, after)) = short_year_at(doc, j) {
        year = YearRef::Explicit(y);
        j = after;
    }
    // A range of months: "between October and November last year",
    // "October~November" (a tilde, as Korean and Japanese write ranges).
    let is_dash = doc.punct(j).is_some_and(|c| matches!(c, '-' | '\u{2013}' | '~' | '\u{301c}' | '\u{ff5e}'));
    let mut to = None;
    if (doc.is_any(j, &["and", "to", "through", "until"]) || is_dash)
        && let Some((month2, mut k)) = month_of(doc, j + 1)
        && (day_at(doc, k).is_none() || doc.toks.get(k).is_some() && !on_line(doc, k))
    {
        to = Some(month2);
        let y2 = year_at(doc, k).map(|y| (y, k + 1)).or_else(|| short_year_at(doc, k));
        if let Some((y, after)) = y2 {
            k = after;
            match year {
                YearRef::Infer => year = YearRef::Explicit(if month2 < month { y - 1 } else { y }),
                // "between August 2023 and September 2025": the last month
                // counted on from the first's year (up to nine years on).
                YearRef::Explicit(y1) if (1..=9).contains(&(y - y1)) => {
                    to = Some(month2 + 12 * (y - y1) as i8);
                }
                _ => {}
            }
        }
        j = k;
    }
    if year == YearRef::Infer
        && let Some((y, after)) = year_modifier(doc, j)
    {
        year = y;
        j = after;
    }
    let mut start = i;
    let mut modifier = None;
    if let Some((m, s)) = day_modifier(doc, i) {
        modifier = Some(m);
        start = s;
    }
    if may && year == YearRef::Infer && modifier.is_none() {
        let prev_ok = i > 0
            && doc.is_any(
                i - 1,
                &["in", "since", "by", "of", "until", "from", "between", "through", "during", "last", "early", "late"],
            );
        if !prev_ok {
            return None;
        }
    }
    Some((start, j, Spec::Month { year, month, modifier, to }))
}

/// "28 March", "23 December 2024", "the 24th of February".
fn parse_day_first(doc: &Doc, i: usize) -> Option<(usize, usize, Spec)> {
    let (day, mut j) = day_at(doc, i)?;
    if doc.is(j, "of") {
        j += 1;
    }
    let (month, mut j) = month_of(doc, j)?;
    let mut year = YearRef::Infer;
    if let Some(y) = year_at(doc, j) {
        year = YearRef::Explicit(y);
        j += 1;
    } else if let Some((y, after)) = year_modifier(doc, j) {
        year = y;
        j = after;
    }
    Some((i, j, Spec::Day { year, month, day }))
}

/// A day widened by the words around it: "between Feb. 24 and March 2"
/// (a range), "the week to March 9" (that week).
fn widen(doc: &Doc, found: (usize, usize, Spec)) -> (usize, usize, Spec) {
    let (start, end, spec) = found;
    let Spec::Day { year, month, day } = spec else { return found };
    if start >= 2
        && doc.is(start - 2, "week")
        && doc.is_any(start - 1, &["to", "ending", "through", "of", "beginning", "starting", "commencing"])
    {
        let s = if start >= 3 && doc.is(start - 3, "the") { start - 3 } else { start - 2 };
        return (s, end, Spec::WeekOf { year, month, day });
    }
    // "24–31 March", "between 24 and 31 March", "from 24 to 31 March": the
    // first day bare before the date.
    if start >= 2 && doc.is_num(start) {
        // Only a dash touching both days: "on March 3 – 25 people were
        // killed" is a date, a dash and a count.
        let tight_dash = |k: usize| is_dash(doc, k) && doc.glued(k) && doc.glued(k + 1);
        let between = start >= 3 && doc.is(start - 1, "and") && doc.is(start - 3, "between");
        let from = start >= 3 && doc.is_any(start - 1, &["to", "until", "through"]) && doc.is(start - 3, "from");
        // "Between 20 And 30 May Be Trapped": the verb, not the month.
        let month_tok = if doc.is(start + 1, "of") { start + 2 } else { start + 1 };
        let modal =
            doc.is(month_tok, "may") && doc.is_any(month_tok + 1, &["be", "have", "not", "never", "still", "also"]);
        if (between || from || tight_dash(start - 1))
            && !modal
            && let Some((from_day, after)) = day_at(doc, start - 2)
            && after == start - 1
            && from_day < day
        {
            let s = if between || from { start - 3 } else { start - 2 };
            return (s, end, Spec::DayRange { year, month, day: from_day, to_month: month, to_day: day });
        }
    }
    // "between the 8th and the 27th of October", "from the 8th to the
    // 27th": ordinal days, each after "the".
    if start >= 4 && doc.is_num(start) && doc.is(start - 1, "the") {
        let joiner = start - 2;
        let first = (joiner.saturating_sub(2)..joiner)
            .rev()
            .find_map(|k| day_at(doc, k).filter(|&(_, after)| after == joiner).map(|(d, _)| (k, d)));
        if let Some((k, from_day)) = first
            && from_day < day
            && k >= 2
            && doc.is(k - 1, "the")
        {
            let opener = k - 2;
            let between = doc.is(opener, "between") && doc.is(joiner, "and");
            let from = doc.is(opener, "from") && doc.is_any(joiner, &["to", "until", "through"]);
            if between || from {
                return (opener, end, Spec::DayRange { year, month, day: from_day, to_month: month, to_day: day });
            }
        }
    }
    let opens = start >= 1 && doc.is_any(start - 1, &["between", "from"]);
    let joins = doc.is_any(end, &["and", "to", "until", "through"]) || is_dash(doc, end);
    // "March 24–31": a tight dash needs no "from".
    let tight = is_dash(doc, end) && doc.glued(end) && doc.glued(end + 1);
    if opens && joins || tight && day_at(doc, end + 1).is_some() {
        let next = month_of(doc, end + 1).is_some().then(|| parse_month_first(doc, end + 1)).flatten();
        let next = next.or_else(|| parse_day_first(doc, end + 1));
        if let Some((_, to_end, Spec::Day { month: to_month, day: to_day, .. })) = next {
            return (start, to_end, Spec::DayRange { year, month, day, to_month, to_day });
        }
        // "between March 3 and 9": the same month.
        if let Some((to_day, to_end)) = day_at(doc, end + 1)
            && to_day > day
        {
            return (start, to_end, Spec::DayRange { year, month, day, to_month: month, to_day });
        }
    }
    found
}

/// "Friday and Saturday", "Monday to Wednesday", "Mon–Thu": a weekday
/// stretch from weekday token run `start..end`, as the token after it and
/// the number of days it adds. "and" joins only the next day or, after
/// "between", any: "on Monday and Thursday" are two days, not four.
fn weekday_stretch(doc: &Doc, start: usize, end: usize, weekday: i8) -> Option<(usize, u8)> {
    let joiner = end;
    let between = start >= 1 && doc.is_any(start - 1, &["between", "from"]);
    let to = doc.is_any(joiner, &["to", "through", "until", "thru"]) || is_dash(doc, joiner);
    if !(to || doc.is(joiner, "and")) || !doc.capitalised(joiner + 1) {
        return None;
    }
    let full = doc.look_up(joiner + 1, Class::Weekday, weekday_of);
    let second = full.or_else(|| doc.look_up(joiner + 1, Class::WeekdayAbbreviation, weekday_abbreviation))?;
    let days = (second - weekday).rem_euclid(7) as u8;
    let joined = if doc.is(joiner, "and") { between || days == 1 } else { true };
    if days == 0 || !joined {
        return None;
    }
    // "Mon–Thu.": an abbreviation's point.
    let point = full.is_none() && doc.is_punct(joiner + 2, '.') && doc.glued(joiner + 2);
    let after = joiner + 2 + usize::from(point);
    // Not "on Friday and Saturday's march passed off", "began on Friday
    // and Saturday saw 40 flights cancelled": the second day opens a clause
    // (possessive, or a verb after it when one came before the first).
    let verb = |k: usize| doc.word(k).is_some_and(is_past_verb);
    let verb_before = (start.saturating_sub(12)..start).rev().take_while(|&k| !doc.is_punct(k, '.')).any(verb);
    if doc.possessive_at(after) || doc.is(joiner, "and") && verb(after) && verb_before {
        return None;
    }
    Some((after, days))
}

/// A day, or the stretch of `days` more that starts on it.
fn stretch_from(first: Date, days: i64) -> Resolved {
    match shift_days(first, days) {
        Some(end) if days > 0 => Resolved::to(first, DatePrecision::Day, end),
        _ => Resolved::new(first, DatePrecision::Day),
    }
}

fn parse_at(doc: &Doc, i: usize) -> Option<(usize, usize, Spec)> {
    parse_at_narrow(doc, i).map(|found| widen(doc, found))
}

/// "Today" capitalised after a capitalised word inside a line, in a line
/// not set in title case: the end of a name ("Seoul Today reported",
/// "in USA Today, …"), not the day. "Losses Rise Today", a headline in
/// title case, keeps its day.
fn in_title(doc: &Doc, i: usize) -> bool {
    if i == 0 || !doc.capitalised(i) || !doc.capitalised(i - 1) || doc.opens_line(i) {
        return false;
    }
    // The line's other words decide: a short line ("Seoul Today said 900
    // had died.") is mostly the name.
    let line = doc.line_of(i);
    let other = |k: &usize| *k + 1 != i && *k != i && doc.word(*k).is_some_and(|w| w.len() > 3);
    let words = line.clone().filter(other).count();
    let capitals = line.filter(other).filter(|&k| doc.capitalised(k)).count();
    capitals * 2 < words
}

fn parse_at_narrow(doc: &Doc, i: usize) -> Option<(usize, usize, Spec)> {
    let t = doc.toks.get(i)?;
    // "two weeks ago": only a number can start one.
    let may_count = t.kind() == Kind::Num || doc.has(i, Class::NumberStart);
    if may_count && let Some(found) = parse_ago(doc, i).or_else(|| parse_later(doc, i)) {
        return Some(found);
    }
    match t.kind() {
        Kind::Num => {
            // ISO 8601: 2025-01-24.
            if let Some(y) = year_at(doc, i)
                && doc.is_punct(i + 1, '-')
                && doc.glued(i + 1)
                && doc.is_num(i + 2)
                && doc.glued(i + 2)
                && doc.is_punct(i + 3, '-')
                && doc.is_num(i + 4)
                && let (Ok(m), Ok(d)) = (doc.s(i + 2).parse::<i8>(), doc.s(i + 4).parse::<i8>())
                && Date::new(y, m, d).is_ok()
            {
                return Some((i, i + 5, Spec::Day { year: YearRef::Explicit(y), month: m, day: d }));
            }
            if let Some(found) = parse_day_first(doc, i)
                .or_else(|| parse_numeric(doc, i))
                .or_else(|| parse_dotted(doc, i))
                .or_else(|| parse_dotted_year_first(doc, i))
            {
                return Some(found);
            }
            if let Some(found) = date_time_group(doc, i) {
                return Some(found);
            }
            // "on the 24th of that month": that day of the month the text
            // gave last.
            if i >= 1
                && doc.is(i - 1, "the")
                && doc.glued(i + 1)
                && doc.is_any(i + 1, &["st", "nd", "rd", "th"])
                && doc.is(i + 2, "of")
                && doc.is(i + 3, "that")
                && doc.is(i + 4, "month")
                && let Some((day, _)) = day_at(doc, i)
            {
                return Some((i - 1, i + 5, Spec::AnchoredDayOfMonth(day)));
            }
            // "on the 27th": a day without its month.
            if i >= 2
                && doc.is(i - 1, "the")
                && doc.is(i - 2, "on")
                && doc.glued(i + 1)
                && doc.is_any(i + 1, &["st", "nd", "rd", "th"])
                // Not "the 19th century": a clause goes on after the day.
                && (doc.word(i + 2).is_none()
                    || doc.is_any(i + 2, &["and", "or", "but", "when", "as", "at", "in", "after", "before", "that", "alone", "with", "by", "to", "for"]))
                && let Some((day, end)) = day_at(doc, i)
            {
                return Some((i - 1, end, Spec::DayOfMonth(day)));
            }
            // A year after a preposition: "in 2023", "since 2022".
            let y = year_at(doc, i)?;
            let prev_ok = i > 0
                && (doc.is_any(
                    i - 1,
                    &[
                        "in",
                        "during",
                        "by",
                        "until",
                        "through",
                        "since",
                        "from",
                        "before",
                        "after",
                        "early",
                        "late",
                        "mid",
                        "of",
                        "throughout",
                    ],
                ) || (doc.is_punct(i - 1, '-') && doc.is(i.wrapping_sub(2), "mid")));
            if !prev_ok || doc.glued(i + 1) && doc.punct(i + 1).is_some_and(|c| c == '%') {
                return None;
            }
            // "by the end of 2024", "at the start of 2025": a day.
            if let Some((m @ (DayMod::End | DayMod::Start), s)) = day_modifier(doc, i)
                && doc.is(i - 1, "of")
            {
                return Some((s, i + 1, Spec::YearEdge { year: y, end: m == DayMod::End }));
            }
            let start = if doc.is_punct(i - 1, '-') { i - 2 } else { i };
            Some((start, i + 1, Spec::Year(y)))
        }
        Kind::Word => {
            let w = doc.word(i)?;
            // Months and weekdays are capitalised; the lowercase date words
            // of the grammar start with one of these letters, and seasons
            // are the lexicon's.
            if !doc.capitalised(i)
                && !matches!(
                    w.as_bytes()[0],
                    b'y' | b't' | b'l' | b'p' | b's' | b'a' | b'f' | b'w' | b'q' | b'e' | b'n'
                )
                && !doc.has(i, Class::Season)
            {
                return None;
            }
            // Every reading below starts with a word of one of these
            // classes or with one of these words: most words that pass
            // the letter test ("said", "troops") stop here, before each
            // parser asks in turn. A reading added below adds its first
            // word here.
            let classes = [
                Class::Tens,
                Class::DayOrdinal,
                Class::Month,
                Class::MonthAbbreviation,
                Class::Weekday,
                Class::WeekdayAbbreviation,
                Class::Season,
                Class::Holiday,
            ];
            if !classes.iter().any(|&c| doc.has(i, c))
                && !w.starts_with('q')
                && !matches!(
                    w,
                    "the"
                        | "that"
                        | "later"
                        | "earlier"
                        | "first"
                        | "second"
                        | "third"
                        | "fourth"
                        | "last"
                        | "previous"
                        | "this"
                        | "next"
                        | "yesterday"
                        | "yday"
                        | "today"
                        | "tonight"
                )
            {
                return None;
            }
            // "the twenty third of December", "twelfth of January".
            if day_word_at(doc, i).is_some()
                && let Some(found) = parse_day_first(doc, i)
            {
                return Some(found);
            }
            if let Some(found) = parse_that_day(doc, i, w).or_else(|| parse_quarter(doc, i, w)) {
                return Some(found);
            }
            if let Some(found) = parse_month_first(doc, i) {
                return Some(found);
            }
            // The word as a weekday, looked up once for the tests below.
            let abbreviation = doc.look_up(i, Class::WeekdayAbbreviation, weekday_abbreviation);
            let full_weekday = doc.look_up(i, Class::Weekday, weekday_of);
            // "Sat 25.01", "Sunday, 26.01.25": a weekday before a day and
            // month written with a point, as a dated post writes them.
            if doc.capitalised(i) && abbreviation.or(full_weekday).is_some() {
                let k = if doc.is_punct(i + 1, ',') { i + 2 } else { i + 1 };
                if let Some((_, end, spec)) = parse_dotted(doc, k).or_else(|| dotted_day_month(doc, k)) {
                    return Some((i, end, spec));
                }
            }
            // A weekday, or its abbreviation after a word that makes it a
            // day ("last Thurs", "on Fri.").
            let abbreviated = i > 0
                && abbreviation.is_some()
                && doc.is_any(i - 1, &["last", "on", "next", "this", "since", "by", "until", "from"]);
            let weekday = if abbreviated { abbreviation } else { full_weekday };
            if let Some(weekday) = weekday {
                if !doc.capitalised(i) {
                    return None;
                }
                let end = if abbreviated && doc.is_punct(i + 1, '.') && doc.glued(i + 1) { i + 2 } else { i + 1 };
                // "Friday 28 March", "Friday, March 28", "on Wed 11 Dec.":
                // the date wins.
                let k = if doc.is_punct(end, ',') { end + 1 } else { end };
                if let Some((_, date_end, spec)) = parse_day_first(doc, k).or_else(|| parse_month_first(doc, k))
                    && matches!(spec, Spec::Day { .. })
                {
                    return Some((i, date_end, spec));
                }
                let last = i > 0 && doc.is(i - 1, "last");
                let start = if last { i - 1 } else { i };
                let ahead = !last && (i > 0 && doc.is(i - 1, "next") || future_before(doc, start));
                let (end, days) = weekday_stretch(doc, start, end, weekday).unwrap_or((end, 0));
                return Some((start, end, Spec::Weekday { weekday, last, ahead, days }));
            }
            match w {
                // "yday", "yest." in a reporter's notes.
                "yesterday" | "yday" => return Some((i, i + 1, Spec::Relative(Relative::Yesterday))),
                // Not a title's last word: "Seoul Today", "USA Today".
                "today" if in_title(doc, i) => return None,
                "today" | "tonight" => return Some((i, i + 1, Spec::Relative(Relative::Today))),
                _ => {}
            }
            // "raised by 30 per cent next year": the year after publication.
            if w == "next" && doc.is(i + 1, "year") {
                return Some((i, i + 2, Spec::Relative(Relative::NextYear)));
            }
            let last = matches!(w, "last" | "previous");
            let this = w == "this";
            if last || this {
                let next = doc.word(i + 1)?;
                // "the last week of October": the month's week, read there.
                if last && matches!(next, "week" | "wk") && doc.is(i + 2, "of") && month_of(doc, i + 3).is_some() {
                    return None;
                }
                let earlier = this && i > 0 && doc.is(i - 1, "earlier");
                let start = if earlier { i - 1 } else { i };
                let rel = match (next, last) {
                    ("week" | "wk", true) => Some(Relative::LastWeek),
                    ("week" | "wk", false) => Some(Relative::ThisWeek),
                    ("month", true) => Some(Relative::LastMonth),
                    ("month", false) => Some(Relative::ThisMonth),
                    ("year", true) => Some(Relative::LastYear),
                    ("year", false) => Some(Relative::ThisYear),
                    ("night", true) => Some(Relative::Yesterday),
                    // "this morning", "this afternoon": the day of publication.
                    ("morning" | "afternoon" | "evening", false) => Some(Relative::Today),
                    _ => None,
                };
                // "at the end of last year", "the start of this year": a day
                // (not "early last year", "the end of last year's offensive").
                if next == "year"
                    && start >= 3
                    && doc.is(start - 1, "of")
                    && doc.is_any(start - 2, &["end", "start", "beginning"])
                    && doc.is(start - 3, "the")
                    && !doc.possessive_at(i + 2)
                {
                    let end = doc.is(start - 2, "end");
                    return Some((start - 3, i + 2, Spec::RelativeYearEdge { back: u8::from(last), end }));
                }
                // "late last month", "early this month".
                if matches!(next, "month")
                    && let Some((modifier, s)) = day_modifier(doc, start)
                {
                    return Some((s, i + 2, Spec::RelativeMonth { back: u8::from(last), modifier }));
                }
                if let Some(rel) = rel {
                    return Some((start, i + 2, Spec::Relative(rel)));
                }
                if let Some(start_month) = doc.look_up(i + 1, Class::Season, season_of) {
                    return Some((start, i + 2, Spec::Season { start_month, last, year: None }));
                }
                return None;
            }
            // "By Christmas", "on Christmas Eve", "Christmas Day 2024": a
            // holiday on the same day every year, after a word that makes
            // it a time (not "a Christmas message").
            if doc.capitalised(i)
                && let Some((month, day)) = doc.look_up(i, Class::Holiday, holiday)
            {
                let eve = doc.s(i + 1) == "Eve" && day > 1;
                let named_day = eve || doc.s(i + 1) == "Day";
                let end = if named_day { i + 2 } else { i + 1 };
                let after_time_word = i > 0
                    && doc.is_any(
                        i - 1,
                        &["by", "on", "at", "over", "before", "after", "until", "till", "since", "around", "last"],
                    );
                // Not a place ("on Christmas Island"), nor one to come ("is
                // expected to launch 200 drones over Christmas").
                if !(named_day || after_time_word)
                    || !named_day && doc.capitalised(i + 1)
                    || i > 0 && future_before(doc, i - 1)
                {
                    return None;
                }
                let day = if eve { day - 1 } else { day };
                return Some(match year_at(doc, end) {
                    Some(y) => (i, end + 1, Spec::Day { year: YearRef::Explicit(y), month, day }),
                    None => (i, end, Spec::Day { year: YearRef::Infer, month, day }),
                });
            }
            // "in the autumn", "autumn 2024"; not "going on into the
            // summer", a time still to come.
            if let Some(start_month) = doc.look_up(i, Class::Season, season_of)
                && !(i >= 2 && doc.is(i - 1, "the") && doc.is(i - 2, "into"))
            {
                // "That spring": the season of the date just given, or the
                // next one to begin after it.
                if w != "fall" && i >= 1 && doc.is(i - 1, "that") && year_at(doc, i + 1).is_none() {
                    return Some((i - 1, i + 1, Spec::AnchoredSeason { start_month }));
                }
                if let Some(y) = year_at(doc, i + 1) {
                    return Some((i, i + 2, Spec::Season { start_month, last: false, year: Some(y) }));
                }
                if w != "fall" && i >= 1 && (doc.is(i - 1, "the") || doc.is(i - 1, "in")) {
                    return Some((i, i + 1, Spec::Season { start_month, last: false, year: None }));
                }
            }
            None
        }
        _ => None,
    }
}

fn shift_days(date: Date, days: i64) -> Option<Date> {
    date.checked_add(Span::new().days(days)).ok()
}

/// The first day of the season starting in `start_month` that holds
/// `date`, or of the first such season after it.
fn season_at_or_after(date: Date, start_month: i8) -> Option<Date> {
    // The one that began in the date's year or the year before.
    let mut first = first_of_month(date.year() - 1, start_month)?;
    while last_of_month_after(first, 2)? < date {
        first = first.checked_add(Span::new().years(1)).ok()?;
    }
    Some(first)
}

fn first_of_month(year: i16, month: i8) -> Option<Date> {
    Date::new(year, month, 1).ok()
}

/// The last day of the month `months` after the first of `first`'s month.
fn last_of_month_after(first: Date, months: i64) -> Option<Date> {
    first.first_of_month().checked_add(Span::new().months(months)).ok().map(|d| d.last_of_month())
}

/// The date `spec` names. Vague dates keep their width: "early", "mid-"
/// and "late" a month are its 1st–10th, 11th–20th and 21st–last day (the
/// reading an editor would give, and the one that lets "mid-January" and
/// "January 15" agree without making either exact); a range of months
/// runs to the end of its last month; a season covers its three months;
/// "last week" and "this week" are weeks, from their Monday.
fn resolve(spec: Spec, published: Option<Date>) -> Option<Resolved> {
    let year_for = |year: YearRef, month: i8| -> Option<i16> {
        match year {
            YearRef::Explicit(y) => Some(y),
            YearRef::Last => published.map(|p| p.year() - 1),
            YearRef::This => published.map(|p| p.year()),
            YearRef::Infer => published.map(|p| if month <= p.month() { p.year() } else { p.year() - 1 }),
        }
    };
    match spec {
        Spec::Day { year, month, day } => {
            let y = match year {
                YearRef::Infer => {
                    let p = published?;
                    let candidate = Date::new(p.year(), month, day).ok();
                    if candidate.is_some_and(|c| c <= p) { p.year() } else { p.year() - 1 }
                }
                other => year_for(other, month)?,
            };
            Date::new(y, month, day).ok().map(|d| Resolved::new(d, DatePrecision::Day))
        }
        Spec::Month { year, month, modifier, to } => {
            let first = first_of_month(year_for(year, month)?, month)?;
            let resolved = match modifier {
                None => Resolved::new(first, DatePrecision::Month),
                Some(part) => part_of_month(first, part)?,
            };
            let Some(to) = to else { return Some(resolved) };
            // "January and February", "December to January": the range
            // ends with its last month, in the next year when it wraps.
            // Past December when the text gave the last month's year.
            let months = if to > 12 { i64::from(to - month) } else { i64::from((to - month).rem_euclid(12)) };
            let end = last_of_month_after(first, months)?;
            // "the end of the first quarter": the range's last day.
            if modifier == Some(DayMod::End) {
                return Some(Resolved::new(end, DatePrecision::Day));
            }
            let precision = if modifier.is_none() { DatePrecision::Month } else { DatePrecision::Day };
            Some(Resolved::to(resolved.value, precision, end))
        }
        Spec::Year(y) => Date::new(y, 1, 1).ok().map(|d| Resolved::new(d, DatePrecision::Year)),
        Spec::Weekday { weekday, last, ahead, days } => {
            let p = published?;
            let days = i64::from(days);
            if ahead {
                let delta = i64::from((weekday - p.weekday().to_monday_zero_offset()).rem_euclid(7));
                let first = shift_days(p, if delta == 0 { 7 } else { delta })?;
                return Some(stretch_from(first, days));
            }
            // The stretch's last day is the latest on or before publication.
            let last_day = (weekday + days as i8).rem_euclid(7);
            let mut delta = i64::from((p.weekday().to_monday_zero_offset() - last_day).rem_euclid(7));
            if last && delta == 0 {
                delta = 7;
            }
            shift_days(p, -delta - days).map(|first| stretch_from(first, days))
        }
        Spec::Relative(rel) => {
            let p = published?;
            let monday = shift_days(p, -i64::from(p.weekday().to_monday_zero_offset()))?;
            Some(match rel {
                Relative::LastWeek => Resolved::new(shift_days(monday, -7)?, DatePrecision::Week),
                Relative::ThisWeek => Resolved::new(monday, DatePrecision::Week),
                Relative::LastMonth => {
                    let (y, m) = if p.month() == 1 { (p.year() - 1, 12) } else { (p.year(), p.month() - 1) };
                    Resolved::new(first_of_month(y, m)?, DatePrecision::Month)
                }
                Relative::ThisMonth => Resolved::new(p.first_of_month(), DatePrecision::Month),
                Relative::LastYear => Resolved::new(Date::new(p.year() - 1, 1, 1).ok()?, DatePrecision::Year),
                Relative::ThisYear => Resolved::new(Date::new(p.year(), 1, 1).ok()?, DatePrecision::Year),
                Relative::NextYear => Resolved::new(Date::new(p.year() + 1, 1, 1).ok()?, DatePrecision::Year),
                Relative::Yesterday => Resolved::new(shift_days(p, -1)?, DatePrecision::Day),
                Relative::Today => Resolved::new(p, DatePrecision::Day),
                Relative::Ago { n, unit, to_the_day: true } => {
                    let back = match unit {
                        AgoUnit::Day => Span::new().days(n),
                        AgoUnit::Week => Span::new().weeks(n),
                        AgoUnit::Month => Span::new().months(n),
                        AgoUnit::Year => Span::new().years(n),
                    };
                    Resolved::new(p.checked_sub(back).ok()?, DatePrecision::Day)
                }
                Relative::Ago { n, unit, to_the_day: false } => match unit {
                    AgoUnit::Day => Resolved::new(shift_days(p, -i64::from(n))?, DatePrecision::Day),
                    AgoUnit::Week => Resolved::new(shift_days(monday, -7 * i64::from(n))?, DatePrecision::Week),
                    AgoUnit::Month => {
                        let months = i32::from(p.year()) * 12 + i32::from(p.month()) - 1 - i32::from(n);
                        let (y, m) =
                            (i16::try_from(months.div_euclid(12)).ok()?, i8::try_from(months.rem_euclid(12) + 1).ok()?);
                        Resolved::new(first_of_month(y, m)?, DatePrecision::Month)
                    }
                    AgoUnit::Year => Resolved::new(Date::new(p.year() - i16::from(n), 1, 1).ok()?, DatePrecision::Year),
                },
            })
        }
        Spec::Season { start_month, last, year } => {
            let y = match year {
                Some(y) => y,
                None => {
                    let p = published?;
                    let mut y = if start_month <= p.month() { p.year() } else { p.year() - 1 };
                    // "last autumn" said in October is the one before.
                    let months_in = (i32::from(p.year()) - i32::from(y)) * 12 + i32::from(p.month() - start_month);
                    if last && months_in < 3 {
                        y -= 1;
                    }
                    y
                }
            };
            let first = first_of_month(y, start_month)?;
            Some(Resolved::to(first, DatePrecision::Month, last_of_month_after(first, 2)?))
        }
        Spec::RelativeMonth { back, modifier } => {
            let p = published?;
            let months = i32::from(p.year()) * 12 + i32::from(p.month()) - 1 - i32::from(back);
            let (y, m) = (i16::try_from(months.div_euclid(12)).ok()?, i8::try_from(months.rem_euclid(12) + 1).ok()?);
            resolve(Spec::Month { year: YearRef::Explicit(y), month: m, modifier: Some(modifier), to: None }, published)
        }
        Spec::DayOfMonth(day) => {
            // The latest month, up to a year back, that has this day on or
            // before publication.
            let p = published?;
            let mut first = p.first_of_month();
            for _ in 0..12 {
                if let Ok(d) = Date::new(first.year(), first.month(), day)
                    && d <= p
                {
                    return Some(Resolved::new(d, DatePrecision::Day));
                }
                first = first.checked_sub(Span::new().months(1)).ok()?;
            }
            None
        }
        Spec::YearEdge { year, end } => {
            let (month, day) = if end { (12, 31) } else { (1, 1) };
            Date::new(year, month, day).ok().map(|d| Resolved::new(d, DatePrecision::Day))
        }
        Spec::RelativeYearEdge { back, end } => {
            let year = published?.year() - i16::from(back);
            resolve(Spec::YearEdge { year, end }, published)
        }
        Spec::DayRange { year, month, day, to_month, to_day } => {
            let first = resolve(Spec::Day { year, month, day }, published)?;
            let mut end = Date::new(first.value.year(), to_month, to_day).ok()?;
            if end < first.value {
                end = Date::new(first.value.year() + 1, to_month, to_day).ok()?;
            }
            Some(Resolved::to(first.value, DatePrecision::Day, end))
        }
        Spec::WeekOf { year, month, day } => {
            let d = resolve(Spec::Day { year, month, day }, published)?.value;
            let monday = shift_days(d, -i64::from(d.weekday().to_monday_zero_offset()))?;
            Some(Resolved::new(monday, DatePrecision::Week))
        }
        // Resolved against the text's last day, in `find`.
        Spec::Anchored { .. }
        | Spec::AnchoredStatement { .. }
        | Spec::SameOccasion
        | Spec::AnchoredDayOfMonth(_)
        | Spec::AnchoredMonths { .. }
        | Spec::AnchoredPeriod { .. }
        | Spec::AnchoredMonthEdge { .. }
        | Spec::AnchoredWeekday { .. }
        | Spec::AnchoredSeason { .. } => None,
    }
}

/// The days of the month starting `first` that `part` names: "early" the
/// 1st–10th, "mid-" the 11th–20th, "late" the 21st–last, "the end of" the
/// last day, a week seven days.
fn part_of_month(first: Date, part: DayMod) -> Option<Resolved> {
    let day = |d: i8| Date::new(first.year(), first.month(), d).ok();
    Some(match part {
        DayMod::Start => Resolved::to(first, DatePrecision::Day, day(10)?),
        DayMod::Mid => Resolved::to(day(11)?, DatePrecision::Day, day(20)?),
        DayMod::Late => Resolved::to(day(21)?, DatePrecision::Day, first.last_of_month()),
        DayMod::End => Resolved::new(first.last_of_month(), DatePrecision::Day),
        DayMod::Week(4) => {
            let last = first.last_of_month();
            Resolved::to(shift_days(last, -6)?, DatePrecision::Day, last)
        }
        DayMod::Week(n) => {
            let from = 1 + 7 * n as i8;
            Resolved::to(day(from)?, DatePrecision::Day, day(from + 6)?)
        }
    })
}

/// How many words a date may stand after the figures it is the day of,
/// when those are compared with (see [`is_baseline`]).
const COMPARED_DATE_REACH: usize = 10;

/// "up 15% on a year ago", "fewer than last month", "compared with last
/// year": a past period after a word of comparison is the baseline.
fn is_baseline(doc: &Doc, start: usize, spec: Spec) -> bool {
    let relative_past = matches!(
        spec,
        Spec::Relative(Relative::LastYear | Relative::LastMonth | Relative::LastWeek | Relative::Ago { .. })
    );
    let compared_with = relative_past
        && start > 0
        && (doc.is_any(start - 1, &["on", "than", "with", "versus", "vs"])
            || doc.is(start - 1, "to") && start > 1 && doc.is_any(start - 2, &["compared", "relative"]));
    // "nearly 70 per cent higher than in 2023", "compared with March":
    // the period compared with, whatever kind of date it is.
    let past_in = if start > 1 && doc.is_any(start - 1, &["in", "on", "during"]) { start - 1 } else { start };
    // Not a deadline: "no later than March".
    let than = |k: usize| doc.is(k, "than") && !(k > 0 && doc.is_any(k - 1, &["later", "earlier", "sooner"]));
    let compared_with = compared_with
        || past_in > 0
            && (than(past_in - 1)
                || doc.is_any(past_in - 1, &["versus", "vs"])
                || doc.is_any(past_in - 1, &["with", "to"]) && past_in > 1 && doc.is(past_in - 2, "compared"));
    // "close to the figures the spy agency gave lawmakers in September":
    // the day of the figures compared with, a few words on.
    compared_with
        || (start.saturating_sub(COMPARED_DATE_REACH)..start)
            .rev()
            .take_while(|&j| doc.is_word(j))
            .any(|j| figures_compared_before(doc, j, 0))
}

fn role_before(doc: &Doc, start: usize) -> Role {
    let w = |k: usize| start.checked_sub(k).and_then(|i| doc.word(i));
    match (w(2), w(1)) {
        (Some("as"), Some("of" | "at")) | (Some("up"), Some("to")) => Role::AsOf,
        (_, Some("by" | "until" | "through")) => Role::AsOf,
        (_, Some("since")) => Role::Since,
        _ if since_clause_before(doc, start) => Role::Since,
        _ => Role::Plain,
    }
}

/// "since they entered combat in December": the date ends a "since"
/// clause a few words back, with no punctuation or reporting verb between,
/// so it starts a period as "since December" does.
fn since_clause_before(doc: &Doc, start: usize) -> bool {
    /// Words back to "since": room for "since it first sent troops to
    /// fight for Russia in the autumn of".
    const SINCE_CLAUSE_REACH: usize = 14;
    for k in (start.saturating_sub(SINCE_CLAUSE_REACH)..start).rev() {
        match doc.word(k) {
            Some("since") => return true,
            Some(w) if is_reporting_verb(w) => return false,
            Some(_) => {}
            // The hyphen of "full-scale" joins words.
            None if doc.is_punct(k, '-') && doc.glued(k) && doc.glued(k + 1) => {}
            None => return false,
        }
    }
    false
}

/// A sentence opening at `start` with "Citing a Nov. 3 update from …" or
/// "Quoting the ministry's 28 March assessment": where the cited report's
/// noun ends and where its date starts.
fn cites_dated_report(doc: &Doc, start: usize) -> Option<(usize, usize)> {
    /// Tokens from "citing" to the report's noun: "a Nov. 3 intelligence
    /// update", "the ministry's 28 March 2025 assessment".
    const REPORT_REACH: usize = 10;
    if !doc.is_any(start, &["citing", "quoting"]) {
        return None;
    }
    let noun = (start + 2..start + REPORT_REACH)
        .take_while(|&k| doc.punct(k).is_none() || doc.is_punct(k, '.') || doc.is_punct(k, '\''))
        .find(|&k| doc.has(k, Class::ReportNoun))?;
    // A number, or a month written with its capital (not "sources who may
    // have seen").
    let day = (start + 1..noun).find(|&k| {
        doc.is_num(k)
            || doc.capitalised(k) && doc.word(k).is_some_and(|w| month(w).is_some() || month_abbreviation(w).is_some())
    })?;
    Some((noun, day))
}

/// A reporting verb (not an infinitive's "estimated to") in `range`.
fn reporting_verb_in(doc: &Doc, range: Range<usize>) -> bool {
    range.into_iter().any(|k| doc.has(k, Class::ReportingVerb) && !doc.is(k + 1, "to"))
}

fn is_dash(doc: &Doc, i: usize) -> bool {
    doc.punct(i).is_some_and(|c| matches!(c, '\u{2014}' | '\u{2013}' | '-'))
}

/// A chat export's stamp, "[12/01/2025, 19:40] Min-ji: …" or
/// "12/01/2025, 19:41 - Tom: …": the day the message was sent, which its
/// "yesterday" and "on Monday" count from.
fn is_message_stamp(doc: &Doc, start: usize, end: usize) -> bool {
    let bracketed = start > 0 && doc.is_punct(start - 1, '[') && doc.opens_line(start - 1);
    if !bracketed && !doc.opens_line(start) {
        return false;
    }
    let mut k = end;
    if doc.is_punct(k, ',') {
        k += 1;
    }
    let timed = doc.is_num(k) && doc.is_punct(k + 1, ':') && doc.is_num(k + 2);
    if timed {
        k += 3;
        if doc.is_punct(k, ':') && doc.is_num(k + 1) {
            k += 2;
        }
        if doc.is_any(k, &["am", "pm", "a.m.", "p.m."]) {
            k += 1;
        }
    }
    if bracketed { doc.is_punct(k, ']') } else { timed && is_dash(doc, k) }
}

/// "SEOUL, March 27 (Yonhap) --", "Feb. 24, 2025 —".
fn is_dateline(doc: &Doc, sentence: &Sentence, first_in_para: bool, start: usize, end: usize) -> bool {
    // A timeline entry: "- Dec. 17: …" heads its line as a dateline heads
    // its story.
    let first = sentence.toks().start;
    let bullet = doc.punct(first).is_some_and(|c| matches!(c, '-' | '\u{2022}' | '*')) && doc.opens_line(first);
    if bullet && start == first + 1 && doc.is_punct(end, ':') {
        return true;
    }
    if !first_in_para {
        return false;
    }
    let before = sentence.toks().start..start;
    if before.len() > 6 || !before.clone().all(|k| doc.capitalised(k) || doc.is_punct(k, ',')) {
        return false;
    }
    let mut k = end;
    if doc.is_punct(k, '(') {
        // "SEOUL, April 2 (Yonhap) North Korean troops": a credit is enough
        // after a place.
        while k < sentence.toks().end && !doc.is_punct(k, ')') && k < end + 6 {
            k += 1;
        }
        if doc.is_punct(k, ')') && start > sentence.toks().start {
            return true;
        }
        k += 1;
    }
    is_dash(doc, k)
}

/// A statement's noun at token `k`: "update", "interview", or a word such
/// as "post" or "release" after "in a", "in its".
fn statement_noun_at(doc: &Doc, k: usize) -> bool {
    doc.word(k).is_some_and(is_statement_noun)
        || doc.word(k).is_some_and(is_published_noun)
            && k >= 2
            && doc.is_any(k - 1, &["a", "an", "its", "their", "his", "her"])
            && doc.is(k - 2, "in")
}

fn is_reported(doc: &Doc, sentence: &Sentence, start: usize, end: usize) -> bool {
    let s = sentence.toks().start;
    // "said on Friday", "told lawmakers in January".
    if reporting_verb_in(doc, start.saturating_sub(6).max(s)..start) {
        return true;
    }
    // "told a closed-door session of the committee last Wednesday that …":
    // the date ends the reporting clause, words only back to its verb,
    // possessives among them ("told the National Assembly’s committee").
    if doc.is(end, "that")
        && (start.saturating_sub(14).max(s)..start)
            .rev()
            .take_while(|&k| doc.is_word(k) || doc.punct(k).is_some_and(|c| matches!(c, '-' | '\'' | '\u{2019}')))
            .any(|k| doc.has(k, Class::ReportingVerb))
    {
        return true;
    }
    // "said Mark Rutte, speaking in Brussels on 15 January", "speaking to
    // reporters on Monday": the day a speaker spoke (not "speaking about
    // the battles of last October"). Further back, for a day after "on",
    // over a place's words and possessives ("Speaking in the House of
    // Commons on Monday,", "Speaking at the Pentagon's briefing room on
    // Monday"), but no other verb or clause ("speaking in Kyiv about the
    // fighting on Monday", "Speaking in a town hit by missiles on Monday").
    let speaking = |k: usize| doc.is(k, "speaking") && doc.is_any(k + 1, &["in", "on", "at", "to"]);
    let place_word = |k: usize| {
        doc.word(k).is_some_and(|w| {
            w == "speaking"
                || !(w.ends_with("ed") || w.ends_with("ing"))
                    && !matches!(w, "about" | "by" | "for" | "after" | "when" | "where" | "hit" | "that" | "which")
        }) || doc.punct(k).is_some_and(|c| matches!(c, '\'' | '\u{2019}'))
    };
    let on_day = start > s && doc.is(start - 1, "on");
    if (start.saturating_sub(4).max(s)..start).any(speaking)
        || on_day && (start.saturating_sub(9).max(s)..start).rev().take_while(|&k| place_word(k)).any(speaking)
    {
        return true;
    }
    // "South Korea's military on Thursday raised its estimate", "the MoD
    // on Friday also said": the date between a speaker and its verb.
    let verb = if doc.is_any(end, &["also", "again", "further"]) { end + 1 } else { end };
    if start > s + 1 && doc.has(verb, Class::ReportingVerb) && doc.is_any(start - 1, &["on", "last", "this"]) {
        return true;
    }
    // "the Mar. 28 intelligence update", "its March 12 assessment".
    let mut k = end;
    if doc.is_any(k, &["intelligence", "daily", "latest"]) {
        k += 1;
    }
    if statement_noun_at(doc, k) {
        return true;
    }
    // "the update of Jan. 24", "update on Friday", "in an interview to
    // Ukrainian journalists on Wednesday".
    if start >= s + 2
        && doc.is_any(start - 1, &["of", "on", "dated"])
        && (start.saturating_sub(7).max(s)..start - 1).any(|k| statement_noun_at(doc, k))
    {
        return true;
    }
    // "On Friday, the ministry said".
    start <= s + 1 && reporting_verb_in(doc, end..(end + 8).min(sentence.toks().end))
}

/// How many sentences back "the same day" looks for the day it means: a
/// day named further back is no longer the one the reader has in mind.
const ANCHOR_SENTENCES: usize = 5;

/// Every date in the text, by sentence.
pub(crate) fn find(doc: &Doc, sentences: &[Sentence], published: Option<Date>) -> Vec<DateMention> {
    let mut out = Vec::new();
    // The last exact day the text gave and its sentence, for "the same
    // day".
    let mut last_day: Option<(Date, usize)> = None;
    // The last exact day written out, not counted from another.
    let mut last_given_day: Option<(Date, usize)> = None;
    // The last statement's date, for "at the same briefing".
    let mut last_told: Option<(Resolved, usize)> = None;
    // The last date the text gave, of any width: "the following month".
    let mut last_any: Option<(Date, usize)> = None;
    // Whether `last_any` named a whole year: no month to take an edge of.
    let mut last_any_year = false;
    // Whether `last_any` named one month ("in October"): "a month later"
    // counts on from it in months.
    let mut last_any_month = false;
    // The day an item's own dateline gives ("13 Jan 2025 — … told
    // lawmakers on Monday", "- Dec. 17: … yesterday"), and its paragraph:
    // a weekday or "yesterday" there counts from that day, not from
    // publication.
    let mut item_day: Option<(Date, usize)> = None;
    for (si, sentence) in sentences.iter().enumerate() {
        let first_in_para = si == 0 || sentences[si - 1].para() != sentence.para();
        // "Citing a Nov. 3 update from …": once per sentence, for its dates.
        let citing = cites_dated_report(doc, sentence.toks().start);
        let mut i = sentence.toks().start;
        while i < sentence.toks().end {
            // Only a word or a number starts a date: punctuation, a third
            // of the tokens, is passed over without the call.
            if !matches!(doc.kind(i), Some(Kind::Word | Kind::Num)) {
                i += 1;
                continue;
            }
            let Some((start, end, spec)) = parse_at(doc, i) else {
                i += 1;
                continue;
            };
            let start = start.max(sentence.toks().start).max(out.last().map_or(0, |d: &DateMention| d.toks.end));
            let end = end.min(sentence.toks().end);
            // A date opening its line before a dash heads what follows as
            // a dateline does: a search result's "13 Jan 2025 — …".
            let dateline =
                is_dateline(doc, sentence, first_in_para, start, end) || doc.opens_line(start) && is_dash(doc, end);
            let mut role = role_before(doc, start);
            // "since February, when it told lawmakers that …": the date of
            // the statement the clause goes on to report.
            let when_reported = doc.is_punct(end, ',')
                && doc.is(end + 1, "when")
                && reporting_verb_in(doc, end + 2..(end + 6).min(sentence.toks().end));
            if role == Role::Since && when_reported {
                role = Role::Plain;
            }
            // "losses from 24.02.22 to 12.03.25": the first of two days
            // that bound a span starts it, as "since" does, and dates no
            // figure; the second is left to date the totals.
            let spans_to = start > 0
                && doc.is(start - 1, "from")
                && doc.is_any(end, &["to", "until", "till", "through"])
                && (doc.is_num(end + 1)
                    || doc.capitalised(end + 1) && doc.word(end + 1).is_some_and(|w| month(w).is_some()));
            if spans_to {
                role = Role::Since;
            }
            if is_baseline(doc, start, spec) {
                role = Role::Baseline;
            }
            let life_verb = |k: usize| doc.is_any(k, &["born", "founded", "established", "built", "formed"]);
            // "one born in 2005 and the other in 1999": the verb left out.
            let goes_on_life = out.last().is_some_and(|d: &DateMention| {
                d.role == Role::Life
                    && d.toks.end >= sentence.toks().start
                    && start <= d.toks.end + 5
                    && (d.toks.end..start).all(|k| {
                        doc.is_any(k, &["and", "or", "the", "other", "another", "one", "second", "in", "on"])
                            || doc.is_punct(k, ',')
                    })
            });
            if goes_on_life
                || start > 0
                    && (life_verb(start - 1)
                        || start > 1 && doc.is_any(start - 1, &["in", "on"]) && life_verb(start - 2))
            {
                role = Role::Life;
            }
            let value = match spec {
                // A statement's day counts from a day written out.
                Spec::Anchored { days } | Spec::AnchoredStatement { days } => {
                    let from = if matches!(spec, Spec::AnchoredStatement { .. }) { last_given_day } else { last_day };
                    from.filter(|&(_, at)| si - at <= ANCHOR_SENTENCES)
                        .and_then(|(d, _)| shift_days(d, i64::from(days)))
                        .map(|d| Resolved::new(d, DatePrecision::Day))
                }
                Spec::SameOccasion => last_told.filter(|&(_, at)| si - at <= ANCHOR_SENTENCES).map(|(r, _)| r),
                Spec::AnchoredDayOfMonth(day) => last_any
                    .filter(|&(_, at)| si - at <= ANCHOR_SENTENCES)
                    .and_then(|(d, _)| Date::new(d.year(), d.month(), day).ok())
                    .map(|d| Resolved::new(d, DatePrecision::Day)),
                // "12,000 in October and 11,000 a month later": a month
                // counted from the month just named.
                Spec::AnchoredMonths { months } if last_any_month => last_any
                    .filter(|&(_, at)| si - at <= ANCHOR_SENTENCES)
                    .and_then(|(d, _)| d.first_of_month().checked_add(Span::new().months(months)).ok())
                    .map(|d| Resolved::new(d, DatePrecision::Month)),
                Spec::AnchoredMonths { months } => last_day
                    .filter(|&(_, at)| si - at <= ANCHOR_SENTENCES)
                    .and_then(|(d, _)| d.checked_add(Span::new().months(months)).ok())
                    .map(|d| Resolved::new(d, DatePrecision::Day)),
                Spec::AnchoredPeriod { weeks: true, n } => last_day
                    .filter(|&(_, at)| si - at <= ANCHOR_SENTENCES)
                    .and_then(|(d, _)| shift_days(d, 7 * i64::from(n)))
                    .and_then(|d| shift_days(d, -i64::from(d.weekday().to_monday_zero_offset())))
                    .map(|d| Resolved::new(d, DatePrecision::Week)),
                Spec::AnchoredSeason { start_month } => last_any
                    .filter(|&(_, at)| si - at <= ANCHOR_SENTENCES)
                    .and_then(|(d, _)| season_at_or_after(d, start_month))
                    .and_then(|first| Some(Resolved::to(first, DatePrecision::Month, last_of_month_after(first, 2)?))),
                Spec::AnchoredMonthEdge { edge } => last_any
                    .filter(|&(_, at)| si - at <= ANCHOR_SENTENCES && !last_any_year)
                    .and_then(|(d, _)| match edge {
                        // "at the start of that month": its first day, not
                        // the first ten as "early March" is.
                        DayMod::Start => Some(Resolved::new(d.first_of_month(), DatePrecision::Day)),
                        part => part_of_month(d.first_of_month(), part),
                    }),
                Spec::AnchoredWeekday { weekday, after } => last_day
                    .filter(|&(_, at)| si - at <= ANCHOR_SENTENCES)
                    .and_then(|(d, _)| {
                        let from = d.weekday().to_monday_zero_offset();
                        let days = if after {
                            (weekday - from - 1).rem_euclid(7) + 1
                        } else {
                            -((from - weekday - 1).rem_euclid(7) + 1)
                        };
                        shift_days(d, i64::from(days))
                    })
                    .map(|d| Resolved::new(d, DatePrecision::Day)),
                Spec::AnchoredPeriod { weeks: false, n } => last_any
                    .filter(|&(_, at)| si - at <= ANCHOR_SENTENCES)
                    .and_then(|(d, _)| d.first_of_month().checked_add(Span::new().months(n)).ok())
                    .map(|d| Resolved::new(d, DatePrecision::Month)),
                Spec::Weekday { .. } | Spec::Relative(_) => {
                    let item = item_day.filter(|&(_, para)| para == sentence.para()).map(|(d, _)| d);
                    resolve(spec, item.or(published))
                }
                _ => resolve(spec, published),
            };
            // Only a day with its year: a story's own "SEOUL, April 2" may
            // be read into the wrong year, and stands for publication.
            if (dateline || is_message_stamp(doc, start, end))
                && let (Spec::Day { year: YearRef::Explicit(_), .. }, Some(v)) = (spec, value)
                && v.precision == DatePrecision::Day
                && v.end.is_none()
                && published.is_none_or(|p| v.value <= p)
            {
                item_day = Some((v.value, sentence.para()));
            }
            // A day counted back inside a sentence ("the figure London had
            // used two months before") is an aside: the story's next day
            // ("The next day, …") still counts from the day before it. One
            // that opens its sentence ("Two days earlier, …") moves the
            // story there.
            let counted_back = start > sentence.toks().start
                && matches!(
                    spec,
                    Spec::Anchored { days: ..0 }
                        | Spec::AnchoredStatement { days: ..0 }
                        | Spec::AnchoredMonths { months: ..0 }
                );
            // A "since" clause's start, a birth, or a baseline is no date
            // "that month", "the same week" or "a week earlier" goes back to.
            let anchors = !matches!(role, Role::Since | Role::Baseline | Role::Life);
            if let Some(v) =
                value.filter(|v| v.precision == DatePrecision::Day && v.end.is_none() && !counted_back && anchors)
            {
                last_day = Some((v.value, si));
                if !spec.counted() {
                    last_given_day = Some((v.value, si));
                }
            }
            if let Some(v) = value.filter(|_| anchors) {
                last_any = Some((v.value, si));
                last_any_year = v.precision == DatePrecision::Year;
                last_any_month = v.precision == DatePrecision::Month && v.end.is_none();
            }
            // "Citing a Nov. 3 intelligence update from the MoD, a magazine
            // reported on Nov. 5 that …": the cited report's day is when
            // the source said it; the relay's is not.
            let cited_day = citing.is_some_and(|(_, day_start)| day_start == start);
            // Only once a date was read where the cited report's starts
            // (not "Citing 12 officials, …").
            let relay_day = citing.is_some_and(|(report_end, day_start)| {
                start > report_end
                    && out.iter().rev().take_while(|d| d.sentence == si).any(|d| d.toks.start == day_start)
            });
            let reported = cited_day
                || !relay_day
                    && (dateline || when_reported || role == Role::Plain && is_reported(doc, sentence, start, end));
            // A date written out: not "a day later", counted from another,
            // nor "the 24th of that month", read in another's month.
            let written_out = !(spec.counted() || matches!(spec, Spec::AnchoredDayOfMonth(_)));
            if reported
                && anchors
                && written_out
                && let Some(v) = value
            {
                last_told = Some((v, si));
            }
            out.push(DateMention {
                toks: start..end,
                value,
                role,
                reported,
                dateline,
                sentence: si,
                ahead: matches!(spec, Spec::Relative(Relative::NextYear)),
            });
            i = end.max(i + 1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences::split;

    /// Each date's text and the day it resolves to, against `want`.
    fn assert_resolved(text: &str, published: &str, want: &[(&str, Option<&str>)]) {
        let d = dates(text, published);
        let got: Vec<_> = d.iter().map(|x| (x.0.as_str(), x.1.as_deref())).collect();
        assert_eq!(got, want, "{text}");
    }

    #[test]
    fn next_year_is_the_year_after_publication() {
        assert_resolved(
            "Output rises \u{201c}30\u{a0}per cent\u{201d} next year \u{1f3ed} \u{2014} up from this year\u{2019}s.",
            "2025-10-14",
            &[("next year", Some("2026-01-01")), ("this year", Some("2025-01-01"))],
        );
    }

    #[test]
    fn yesterday_in_a_chat_message_counts_from_the_message_stamp() {
        assert_resolved(
            "[12/01/2025, 19:40] Dan: Zelensky posted yesterday that two were caught \u{1f64f}\n\
             [13/01/2025, 11:03] Min\u{2011}ji: \u{201c}at least 100\u{201d} on Monday\n\
             14/01/2025, 21:12 - Tom: NIS said yesterday 300 died\n\
             Yesterday\u{2019}s total was 3,000.",
            "2025-01-16",
            &[
                ("12/01/2025", Some("2025-01-12")),
                ("yesterday", Some("2025-01-11")),
                ("13/01/2025", Some("2025-01-13")),
                ("Monday", Some("2025-01-13")),
                ("14/01/2025", Some("2025-01-14")),
                ("yesterday", Some("2025-01-13")),
                ("Yesterday", Some("2025-01-13")),
            ],
        );
    }

    #[test]
    fn a_weekday_in_an_item_under_its_own_dateline_counts_from_that_day() {
        assert_resolved(
            "Korea Herald\n13 Jan 2025 \u{2014} \u{2026} the NIS told lawmakers on Monday that 300 died \u{1f4c9} \u{2026}\n\n\
             BBC\n24 Dec 2024 \u{2014} \u{2026} Zelensky said on\u{a0}Monday that \u{201c}3,000\u{201d} were hurt \u{2026}\n\n\
             Elsewhere, Kyiv said on Monday that it held two.",
            "2025-02-12",
            &[
                ("13 Jan 2025", Some("2025-01-13")),
                ("Monday", Some("2025-01-13")),
                ("24 Dec 2024", Some("2024-12-24")),
                ("Monday", Some("2024-12-23")),
                // Another paragraph counts from publication again.
                ("Monday", Some("2025-02-10")),
            ],
        );
        // A story's own dateline without its year leaves publication the
        // reference.
        assert_resolved(
            "SEOUL, April 2 (Yonhap) \u{2014} The JCS said on Monday that 300 died.",
            "2025-04-09",
            &[("April 2", Some("2025-04-02")), ("Monday", Some("2025-04-07"))],
        );
    }

    #[test]
    fn the_end_of_the_month_after_a_day_is_that_month_s_end() {
        assert_resolved(
            "In its update of 24\u{a0}January, the ministry counted 4,000 \u{2014} \u{201c}a lot\u{201d}. \
             Syrsky went further at the end of the month \u{1f4c8}.",
            "2025-03-29",
            &[("24\u{a0}January", Some("2025-01-24")), ("the end of the month", Some("2025-01-31"))],
        );
        assert_resolved(
            "In its update of 24 January, the ministry said it will publish more at the end of the month.",
            "2025-03-29",
            &[("24 January", Some("2025-01-24"))],
        );
    }

    #[test]
    fn months_later_count_on_from_a_month_just_named() {
        assert_resolved(
            "Seoul\u{2019}s number in October was 12,000 and Washington\u{2019}s was 11,000 a month later \u{1f4c5}.",
            "2025-01-17",
            &[("October", Some("2024-10-01")), ("a month later", Some("2024-11-01"))],
        );
        assert_resolved(
            "In January 2025 Kyiv counted\u{a0}300. Two months later it counted 600.",
            "2025-05-02",
            &[("January 2025", Some("2025-01-01")), ("Two months later", Some("2025-03-01"))],
        );
        // From a day, still a day.
        assert_resolved(
            "On 3 March it said 500 \u{2014} a month later, 900.",
            "2025-05-02",
            &[("3 March", Some("2025-03-03")), ("a month later", Some("2025-04-03"))],
        );
    }

    #[test]
    fn the_same_briefing_is_the_day_the_briefing_was_given() {
        assert_resolved(
            "On 13\u{a0}January the NIS briefed lawmakers. Of the 11,000 sent on 3\u{a0}October, \u{201c}about \
             300\u{201d} died, it said at the same briefing \u{1f4cb}.",
            "2025-02-07",
            &[
                ("13\u{a0}January", Some("2025-01-13")),
                ("3\u{a0}October", Some("2024-10-03")),
                // The statement's day, not the last day written out.
                ("the same briefing", Some("2025-01-13")),
            ],
        );
        // As vague as the statement's date: "in late September".
        let d = dates(
            "The NIS told lawmakers in late September that 600 died. Its tally of shells, given at the same \
             briefing, is 12\u{a0}million \u{1f4a3}.",
            "2025-10-02",
        );
        let read: Vec<_> = d.iter().map(|x| (x.0.as_str(), x.1.as_deref())).collect();
        assert_eq!(read, [("late September", Some("2025-09-21")), ("the same briefing", Some("2025-09-21"))]);
        // Not a noun's object: "write-ups of the same briefing".
        assert_resolved(
            "On 2\u{a0}May the NIS briefed lawmakers. We dropped 2 write-ups of the same briefing.",
            "2025-05-08",
            &[("2\u{a0}May", Some("2025-05-02"))],
        );
    }

    #[test]
    fn today_ending_a_name_is_no_day() {
        assert_resolved(
            "Seoul Today said that about 300 soldiers had died \u{2014} \u{201c}a heavy toll\u{201d} \u{1f1f0}\u{1f1f7}.",
            "2025-04-02",
            &[],
        );
        assert_resolved("The JCS said today that 300 died.", "2025-04-02", &[("today", Some("2025-04-02"))]);
        assert_resolved("North Korean Losses Rise Today", "2025-04-02", &[("Today", Some("2025-04-02"))]);
        // A short line, mostly the name; a headline of two words keeps
        // its day.
        assert_resolved("Seoul Today said 900 had died \u{1f622}.", "2025-04-02", &[]);
        assert_resolved("Strikes Today", "2025-04-02", &[("Today", Some("2025-04-02"))]);
        assert_resolved("Kyiv Braces For Strikes Today", "2025-04-02", &[("Today", Some("2025-04-02"))]);
        assert_resolved("Today, the JCS said 300 died.", "2025-04-02", &[("Today", Some("2025-04-02"))]);
    }

    /// Each date of `text`: as written, its first day, role, whether it
    /// was reported, and its precision.
    fn dates(text: &str, published: &str) -> Vec<(String, Option<String>, Role, bool, Option<DatePrecision>)> {
        let doc = Doc::new(text);
        let sentences = split(&doc);
        let published: Date = published.parse().expect("test date");
        find(&doc, &sentences, Some(published))
            .into_iter()
            .map(|d| {
                (
                    doc.text_of(d.toks.start, d.toks.end).to_string(),
                    d.value.map(|v| v.value.to_string()),
                    d.role,
                    d.reported,
                    d.value.map(|v| v.precision),
                )
            })
            .collect()
    }

    /// The first and last day and the precision of the one date in `text`.
    fn width(text: &str, published: &str) -> (String, String, DatePrecision) {
        let doc = Doc::new(text);
        let sentences = split(&doc);
        let found = find(&doc, &sentences, Some(published.parse().expect("test date")));
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let v = found[0].value.unwrap_or_else(|| panic!("{text}: unresolved"));
        let end = v.end.map_or_else(|| "-".to_string(), |e| e.to_string());
        (v.value.to_string(), end, v.precision)
    }

    fn one(text: &str, published: &str) -> (String, Option<String>) {
        let d = dates(text, published);
        assert_eq!(d.len(), 1, "{text}: {d:?}");
        (d[0].0.clone(), d[0].1.clone())
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(one("stated on Mar. 27 that", "2025-04-02"), ("Mar. 27".into(), Some("2025-03-27".into())));
        // A timeline entry: "- Jan.\u{a0}13: …".
        assert_eq!(one("- Jan.\u{a0}13: the NIS said", "2025-04-02").1.as_deref(), Some("2025-01-13"));
        assert_eq!(one("January 24: \u{201c}quote\u{201d}", "2025-04-02").1.as_deref(), Some("2025-01-24"));
        assert_eq!(one("on January 24, 2025, the", "2025-04-02").1.as_deref(), Some("2025-01-24"));
        assert_eq!(one("on 23\u{a0}December it", "2025-01-25").1.as_deref(), Some("2024-12-23"));
        assert_eq!(one("on Friday 28 March the", "2025-03-30").1.as_deref(), Some("2025-03-28"));
        assert_eq!(
            one("as of mid-January 2025 the", "2025-04-02"),
            ("mid-January 2025".into(), Some("2025-01-11".into()))
        );
        assert_eq!(one("by late January the", "2025-04-05").1.as_deref(), Some("2025-01-21"));
        assert_eq!(one("at the end of December it", "2025-01-13").1.as_deref(), Some("2024-12-31"));
        assert_eq!(one("in 2023 it", "2025-01-13").1.as_deref(), Some("2023-01-01"));
        assert_eq!(one("filed 2025-01-24 it", "2025-04-05").1.as_deref(), Some("2025-01-24"));
        assert_eq!(one("the December 2 report", "2025-04-05").1.as_deref(), Some("2024-12-02"));
    }

    #[test]
    fn months_prefer_the_past() {
        assert_eq!(one("As of March, it", "2025-04-02").1.as_deref(), Some("2025-03-01"));
        assert_eq!(one("in November it", "2025-04-02").1.as_deref(), Some("2024-11-01"));
        assert_eq!(
            one("deployed between October and November last year.", "2025-04-02"),
            ("October and November last year".into(), Some("2024-10-01".into()))
        );
        assert_eq!(one("in January and February, it", "2025-03-27").1.as_deref(), Some("2025-01-01"));
        assert_eq!(one("in October and November 2024 it", "2025-03-27").1.as_deref(), Some("2024-10-01"));
    }

    #[test]
    fn relative_dates() {
        // 2025-04-03 is a Thursday.
        assert_eq!(one("said last week that", "2025-04-03").1.as_deref(), Some("2025-03-24"));
        assert_eq!(one("said on Friday that", "2025-04-03").1.as_deref(), Some("2025-03-28"));
        assert_eq!(one("said in a post this morning that", "2025-04-03").1.as_deref(), Some("2025-04-03"));
        assert_eq!(one("told reporters this\u{a0}afternoon \u{2014}", "2025-04-03").1.as_deref(), Some("2025-04-03"));
        assert!(dates("this morning\u{2019}s briefing was this week\u{2019}s", "2025-04-03").len() == 2);
        assert_eq!(one("said Thursday that", "2025-04-03").1.as_deref(), Some("2025-04-03"));
        assert_eq!(one("said last Thursday that", "2025-04-03").1.as_deref(), Some("2025-03-27"));
        assert_eq!(one("estimated last month that", "2025-02-15").1.as_deref(), Some("2025-01-01"));
        // "ago" counts back from publication; 2025-02-13 is a Thursday.
        use DatePrecision::{Day, Month, Week};
        let w = |a: &str, b: &str, p| (a.to_string(), b.to_string(), p);
        assert_eq!(width("Two weeks ago \u{2014} \u{201c}they\u{201d}", "2025-02-13"), w("2025-01-27", "-", Week));
        assert_eq!(width("said 3\u{a0}days ago that", "2025-02-13"), w("2025-02-10", "-", Day));
        assert_eq!(width("a month ago, the", "2025-01-13"), w("2024-12-01", "-", Month));
        assert_eq!(width("eleven months ago", "2025-01-13"), w("2024-02-01", "-", Month));
        assert_eq!(width("two years ago", "2025-01-13"), w("2023-01-01", "-", DatePrecision::Year));
        assert_eq!(one("told lawmakers earlier this month", "2025-03-30").0, "earlier this month");
        assert_eq!(one("sent last autumn.", "2025-03-29").1.as_deref(), Some("2024-09-01"));
        assert_eq!(one("sent in the autumn.", "2025-01-25").1.as_deref(), Some("2024-09-01"));
        assert_eq!(one("sent last year.", "2025-03-29").1.as_deref(), Some("2024-01-01"));
    }

    #[test]
    fn vague_dates_keep_their_width() {
        use DatePrecision::{Day, Month, Week};
        let w = |a: &str, b: &str, p| (a.to_string(), b.to_string(), p);
        // Thirds of a month, as days; "the end of" stays the last day.
        assert_eq!(width("as of mid-January the", "2025-03-29"), w("2025-01-11", "2025-01-20", Day));
        assert_eq!(width("in early January the", "2025-03-29"), w("2025-01-01", "2025-01-10", Day));
        assert_eq!(width("by late February the", "2024-03-29"), w("2024-02-21", "2024-02-29", Day));
        assert_eq!(width("by late February the", "2025-03-29"), w("2025-02-21", "2025-02-28", Day));
        assert_eq!(width("at the beginning of March", "2025-03-29"), w("2025-03-01", "2025-03-10", Day));
        assert_eq!(width("in the middle of March", "2025-03-29"), w("2025-03-11", "2025-03-20", Day));
        assert_eq!(width("at the end of January", "2025-03-29"), w("2025-01-31", "-", Day));
        // A weekday ahead is after publication (a Thursday): it dates no
        // figure; one a speaker spoke on stays past.
        assert_eq!(width("tariffs due to take effect on Wednesday", "2025-03-27"), w("2025-04-02", "-", Day));
        assert_eq!(
            width("the ministry will publish its next update on Friday", "2025-03-27"),
            w("2025-03-28", "-", Day)
        );
        assert_eq!(width("next Monday", "2025-03-27"), w("2025-03-31", "-", Day));
        assert_eq!(width("it will grow, the Pentagon said on Tuesday", "2025-03-27"), w("2025-03-25", "-", Day));
        assert_eq!(width("the toll rose on Wednesday", "2025-03-27"), w("2025-03-26", "-", Day));
        // An edge of last year or this one is a day too.
        assert_eq!(width("at the end of last year", "2025-03-29"), w("2024-12-31", "-", Day));
        assert_eq!(width("since the start of this year", "2025-03-29"), w("2025-01-01", "-", Day));
        assert_eq!(width("early last year", "2025-03-29"), w("2024-01-01", "-", DatePrecision::Year));
        assert_eq!(width("by the end of last year's push", "2025-03-29"), w("2024-01-01", "-", DatePrecision::Year));
        // Curly quotes, an em dash and a non-breaking space around them.
        assert_eq!(
            width("\u{201c}As of mid-January\u{201d}\u{a0}\u{2014} it", "2025-03-29"),
            w("2025-01-11", "2025-01-20", Day)
        );
        // Ranges of months run to the end of the last one, across a year.
        assert_eq!(width("between January and February the", "2024-03-29"), w("2024-01-01", "2024-02-29", Month));
        assert_eq!(width("in January and February, the", "2025-03-29"), w("2025-01-01", "2025-02-28", Month));
        assert_eq!(width("from December to January the", "2025-03-29"), w("2024-12-01", "2025-01-31", Month));
        assert_eq!(
            width("between October and November last year.", "2025-04-02"),
            w("2024-10-01", "2024-11-30", Month)
        );
        assert_eq!(width("in October\u{2013}November 2024 it", "2025-04-02"), w("2024-10-01", "2024-11-30", Month));
        assert_eq!(width("early October to November it", "2025-04-02"), w("2024-10-01", "2024-11-30", Day));
        // Each month with its own year: to the last one's, years on.
        assert_eq!(
            width("between August\u{a0}2023 and September 2025 \u{1f4e6}", "2025-11-12"),
            w("2023-08-01", "2025-09-30", Month)
        );
        assert_eq!(
            width("\u{201c}from November 2023 to February 2025\u{201d} \u{2014} it", "2025-11-12"),
            w("2023-11-01", "2025-02-28", Month)
        );
        assert_eq!(width("from December 2024 to January 2025 it", "2025-11-12"), w("2024-12-01", "2025-01-31", Month));
        // Weeks from their Monday; 2025-04-03 is a Thursday.
        assert_eq!(width("said last week that", "2025-04-03"), w("2025-03-24", "-", Week));
        assert_eq!(width("said this week that", "2025-04-03"), w("2025-03-31", "-", Week));
        assert_eq!(width("said earlier this week \u{1f3af}", "2025-04-06"), w("2025-03-31", "-", Week));
        // A season is its three months.
        assert_eq!(width("sent last autumn.", "2025-03-29"), w("2024-09-01", "2024-11-30", Month));
        assert_eq!(width("in the winter", "2025-03-29"), w("2024-12-01", "2025-02-28", Month));
        // Left as they were: plain months, days, years.
        assert_eq!(width("in January the", "2025-03-29"), w("2025-01-01", "-", Month));
        assert_eq!(width("on Jan. 24 the", "2025-03-29"), w("2025-01-24", "-", Day));
        assert_eq!(width("in 2023 the", "2025-03-29"), w("2023-01-01", "-", DatePrecision::Year));
        let d = dates("not updated since January, when it told MPs that 300 died", "2025-02-15");
        assert_eq!((d[0].2, d[0].3), (Role::Plain, true));
        let d = dates("since the full-scale war began in February 2022", "2025-02-15");
        assert_eq!(d[0].2, Role::Since);
        let d = dates("losses since the troops arrived in Kursk in October \u{2014} and 300 on Friday", "2025-02-15");
        assert_eq!(d[0].2, Role::Since);
        assert_eq!(d[1].2, Role::Plain);
        // "since" keeps its role and is never a figure's date.
        let d = dates("up since mid-October", "2025-03-29");
        assert_eq!((d[0].1.as_deref(), d[0].2), (Some("2024-10-11"), Role::Since));
        // The first of two days bounding a span starts it; the second is
        // the day its totals are as of.
        let d = dates("losses \u{201c}from 24.02.22 to 12.03.25\u{201d} \u{26a1}", "2025-03-12");
        assert_eq!((d[0].2, d[1].2), (Role::Since, Role::Plain));
        assert_eq!(d[1].1.as_deref(), Some("2025-03-12"));
        // A long "since" clause still starts a period.
        let d = dates("lost 6,000 since it first sent troops to fight for Russia in the autumn of 2024", "2025-11-06");
        assert_eq!(d[0].2, Role::Since);
        // The cited report's day is when the source spoke; the relay's is not.
        let d = dates(
            "Citing a Nov.\u{a0}3 intelligence update from the UK\u{2019}s Ministry of Defence, the magazine \
             reported on Nov. 5 that \u{201c}upwards of 6,000\u{201d} died \u{1f4f0}.",
            "2025-11-06",
        );
        assert_eq!((d[0].1.as_deref(), d[0].3), (Some("2025-11-03"), true));
        assert_eq!((d[1].1.as_deref(), d[1].3), (Some("2025-11-05"), false));
        // A number that is no date, or "may", is no cited day.
        let d =
            dates("Citing 12 officials who may have seen the assessment, Yonhap reported on Nov. 5 that", "2025-11-06");
        assert_eq!((d[0].1.as_deref(), d[0].3), (Some("2025-11-05"), true));
        // With no day in what it cites, the relay's day is the report's.
        let d = dates("Citing a report from the NIS, Yonhap reported on Nov. 5 that 300 died.", "2025-11-06");
        assert_eq!((d[0].1.as_deref(), d[0].3), (Some("2025-11-05"), true));
        // Not one day alone after "from".
        let d = dates("up from 4,000 on\u{a0}24 January to 5,000", "2025-03-12");
        assert_eq!(d[0].2, Role::Plain);
    }

    #[test]
    fn roles_and_reporting() {
        let d = dates("The MoD said on Friday that 5,000 were lost as of March, up since February 2022.", "2025-03-29");
        assert_eq!(d.len(), 3);
        assert!(d[0].3, "{d:?}");
        assert_eq!(d[1].2, Role::AsOf);
        assert!(!d[1].3);
        assert_eq!(d[2].2, Role::Since);
        let d = dates("SEOUL, March 27 (Yonhap) -- North Korea has lost 4,000.", "2025-03-27");
        assert!(d[0].3);
        let d = dates("In its Jan. 24 update the ministry put it at 4,000.", "2025-03-27");
        assert!(d[0].3);
        let d =
            dates("This was stated by Syrskyi in an interview to Ukrainian journalists on Wednesday.", "2025-03-27");
        assert!(d[0].3);
        let d = dates("Troops fought in the hills on Wednesday.", "2025-03-27");
        assert!(!d[0].3);
        // A possessive in the reporting clause's object.
        let d = dates(
            "The NIS told the National Assembly\u{2019}s intelligence committee yesterday that \u{201c}at least \
             2,300\u{201d} died \u{1f622} \u{2014} and that casualties now stand at about 6,800.",
            "2025-11-04",
        );
        assert!(d[0].3, "{d:?}");
    }

    #[test]
    fn not_dates() {
        assert!(
            dates("may rise, we march on, 14:00 GMT, a 24-hour period, 2 p.m., the 2000s", "2025-03-27").is_empty()
        );
        assert!(dates("220 units and 5,000 troops", "2025-03-27").is_empty());
        assert!(dates("They may march", "2025-03-27").is_empty());
        assert_eq!(one("in May it", "2025-03-27").1.as_deref(), Some("2024-05-01"));
    }

    #[test]
    fn a_date_ending_a_long_reporting_clause_is_when_it_was_said() {
        let d = dates(
            "The NIS told a closed-door session of the intelligence committee last Wednesday that 300 died as of mid-January.",
            "2025-02-17",
        );
        assert_eq!((d[0].0.as_str(), d[0].3), ("last Wednesday", true));
        assert_eq!((d[1].2, d[1].3), (Role::AsOf, false));
    }

    #[test]
    fn the_edges_of_a_year_and_seasons_to_come() {
        assert_eq!(width("by the end of 2024", "2025-04-02"), ("2024-12-31".into(), "-".into(), DatePrecision::Day));
        assert_eq!(
            width("at the start of 2025 🎆", "2025-04-02"),
            ("2025-01-01".into(), "-".into(), DatePrecision::Day)
        );
        assert_eq!(width("in 2024", "2025-04-02"), ("2024-01-01".into(), "-".into(), DatePrecision::Year));
        assert!(dates("to keep the deployment going into the summer", "2025-04-02").is_empty());
        assert_eq!(dates("sent in the summer", "2025-04-02").len(), 1);
    }

    #[test]
    fn ranges_of_days_weeks_to_a_day_and_years_from_a_day() {
        let w = |t: &str| width(t, "2025-03-10");
        assert_eq!(
            w("between Feb. 24 and March\u{a0}2"),
            ("2025-02-24".into(), "2025-03-02".into(), DatePrecision::Day)
        );
        assert_eq!(w("from March 3 to 9 📅"), ("2025-03-03".into(), "2025-03-09".into(), DatePrecision::Day));
        let days = |a: &str, b: &str| (a.to_string(), b.to_string(), DatePrecision::Day);
        assert_eq!(w("registered \u{1f4cb} between 24 and 28\u{a0}February"), days("2025-02-24", "2025-02-28"));
        assert_eq!(
            w("\u{201c}between the 8th and the 27th of\u{a0}February\u{201d}"),
            days("2025-02-08", "2025-02-27")
        );
        assert_eq!(w("moved from the 3rd to the 9th of March \u{2014}"), days("2025-03-03", "2025-03-09"));
        assert_eq!(w("Reporting period: 24\u{2013}28 February 2025"), days("2025-02-24", "2025-02-28"));
        assert_eq!(w("carried out 3-5 March \u{2014} online"), days("2025-03-03", "2025-03-05"));
        assert_eq!(w("from 3 to 5 March"), days("2025-03-03", "2025-03-05"));
        // A spaced dash after a date leads on to a count; "May" can be a verb.
        assert_eq!(w("KYIV, March 3 \u{2013} 25 people died"), ("2025-03-03".into(), "-".into(), DatePrecision::Day));
        assert_eq!(
            w("by 2 March \u{2013} 11 days on \u{2014} 40 were found"),
            ("2025-03-02".into(), "-".into(), DatePrecision::Day)
        );
        let texts: Vec<String> =
            dates("Between 20 And 30 May Be Trapped", "2025-03-10").into_iter().map(|d| d.0).collect();
        assert!(!texts.iter().any(|t| t.contains("20")), "{texts:?}");
        assert_eq!(w("surveyed March 3\u{2013}5"), days("2025-03-03", "2025-03-05"));
        assert_eq!(w("in the week to March 9"), ("2025-03-03".into(), "-".into(), DatePrecision::Week));
        // A timeline's "Week of 9 June 2025 \u{2014}" entry, a "week beginning" too.
        assert_eq!(
            w("Week of 9\u{a0}June 2025 \u{2014} \u{201c}quiet\u{201d}"),
            ("2025-06-09".into(), "-".into(), DatePrecision::Week)
        );
        assert_eq!(w("the week beginning March 4"), ("2025-03-03".into(), "-".into(), DatePrecision::Week));
        let d = dates("It spoke on Feb. 27. A year earlier it had said less.", "2025-03-10");
        assert_eq!(d[1].1.as_deref(), Some("2024-02-27"));
        assert_eq!(one("14 on the 4th alone", "2025-03-10").1.as_deref(), Some("2025-03-04"));
        // Two days, not a range, without "between" or "from".
        assert_eq!(dates("on Feb. 24 and March 2", "2025-03-10").len(), 2);
    }

    #[test]
    fn quarters_and_halves() {
        let w = |t: &str| width(t, "2025-04-02");
        let range = |a: &str, b: &str, p| (a.to_string(), b.to_string(), p);
        assert_eq!(w("sales in the first quarter 📈"), range("2025-01-01", "2025-03-31", DatePrecision::Month));
        assert_eq!(w("against 12 in Q4\u{a0}2024"), range("2024-10-01", "2024-12-31", DatePrecision::Month));
        assert_eq!(w("in the third quarter of last year"), range("2024-07-01", "2024-09-30", DatePrecision::Month));
        assert_eq!(w("by the end of the first quarter"), range("2025-03-31", "-", DatePrecision::Day));
        assert_eq!(w("in the second half of 2024"), range("2024-07-01", "2024-12-31", DatePrecision::Month));
        // A half needs its year; an ordinal alone is no date.
        assert!(dates("in the first half of the war", "2025-04-02").is_empty());
        assert!(dates("the second wave of troops", "2025-04-02").is_empty());
        assert!(dates("a quarter of the force", "2025-04-02").is_empty());
        // Months counted from a year's start or back from its end.
        let m = DatePrecision::Month;
        assert_eq!(w("sent \u{2014} in the first two months of the year"), range("2025-01-01", "2025-02-28", m));
        assert_eq!(w("in the last three months of 2024 \u{1f4c9}"), range("2024-10-01", "2024-12-31", m));
        assert_eq!(w("during the first six months of last year"), range("2024-01-01", "2024-06-30", m));
        assert!(dates("in the first two months of the war", "2025-04-02").is_empty());
        assert!(dates("in the last three months", "2025-04-02").is_empty());
    }

    #[test]
    fn days_without_a_month_and_numeric_days() {
        assert_eq!(one("it met on the 27th, and voted", "2025-04-02").1.as_deref(), Some("2025-03-27"));
        assert_eq!(one("it met on the 2nd", "2025-04-02").1.as_deref(), Some("2025-04-02"));
        assert!(dates("it hung on the 19th century wall", "2025-04-02").is_empty());
        assert_eq!(one("Kyiv opened on the 1st with a report", "2025-04-02").1.as_deref(), Some("2025-04-01"));
        assert_eq!(one("a note of 13\u{a0}Jan 2025 said", "2025-04-02").1.as_deref(), Some("2025-01-13"));
        assert_eq!(one("by Feb 2025", "2025-04-02").1.as_deref(), Some("2025-02-01"));
        assert_eq!(one("As of 20.01.2025, losses", "2025-04-02").1.as_deref(), Some("2025-01-20"));
        assert!(dates("a rate of 20.01 and 3.5", "2025-04-02").is_empty());
        // Year first, as Korean outlets write it; not a version number.
        assert_eq!(one("the NIS on 2025.1.13 reported \u{1f4f0}", "2025-04-02").1.as_deref(), Some("2025-01-13"));
        assert_eq!(one("Input 2025.03.28. 06:01", "2025-04-02").1.as_deref(), Some("2025-03-28"));
        assert!(dates("firmware 2025.1.13.4 and v2025.1.99 \u{2014} fixed", "2025-04-02").is_empty());
        assert!(dates("The 2025.2.1 update and version 2024.12.1 \u{1f6e0}", "2025-04-02").is_empty());
        // A tilde between months is a range.
        assert_eq!(
            width("sent in October~November of last year.", "2025-03-28"),
            ("2024-10-01".to_string(), "2024-11-30".to_string(), DatePrecision::Month)
        );
        assert_eq!(
            width("sent in January\u{ff5e}February this year \u{2014}", "2025-03-28"),
            ("2025-01-01".to_string(), "2025-02-28".to_string(), DatePrecision::Month)
        );
        // A day and month with a point after a weekday, as a dated post
        // writes them.
        assert_eq!(
            one("\u{1f552} Sat 25.01, 11:05 MSK", "2025-01-27"),
            ("Sat 25.01".into(), Some("2025-01-25".into()))
        );
        assert_eq!(one("Sunday, 26.01.25 \u{2014} a post", "2025-01-27").1.as_deref(), Some("2025-01-26"));
        assert!(dates("Sat 25.99 and Sue 25.01", "2025-01-27").iter().all(|d| d.0 != "Sat 25.99" && d.0 != "25.01"));
        assert_eq!(one("\u{1f552} Sun 26.01\nA post", "2025-01-27").1.as_deref(), Some("2025-01-26"));
        for text in
            ["The office said Friday 4.12 million quit.", "On Tuesday 10.05am it said", "Friday 11.05 \u{2014} 300"]
        {
            assert!(dates(text, "2025-01-27").iter().all(|d| !d.0.contains('.')), "{text}");
        }
        assert!(dates("version 31.02.2025", "2025-04-02").is_empty());
        // A two-digit year after a two-digit day, as a daily tally writes it.
        assert_eq!(one("\u{201c}Losses as of 28.03.25: about", "2025-04-02").1.as_deref(), Some("2025-03-28"));
        assert!(dates("release 3.10.25 of the app", "2025-04-02").is_empty());
        assert!(dates("an invalid 31.02.25 stamp", "2025-04-02").is_empty());
        assert!(dates("it served on the 3rd brigade\u{2019}s staff", "2025-04-02").is_empty());
        assert_eq!(one("Casualties: about 4,000 (JCS, 27/3)", "2025-04-02").1.as_deref(), Some("2025-03-27"));
        assert_eq!(one("a note of 17/03/2025 said", "2025-04-02").1.as_deref(), Some("2025-03-17"));
        // "3/14" can only be month first.
        assert_eq!(one("Losses (ISW; 3/14)", "2025-04-02").1.as_deref(), Some("2025-03-14"));
        // Fractions stay fractions.
        assert!(dates("about 3/4 of the ships", "2025-04-02").is_empty());
        assert!(dates("a 1/3 share", "2025-04-02").is_empty());
    }

    #[test]
    fn the_following_weekday_and_holidays() {
        let d = dates(
            "On Thu 9\u{a0}Jan. she posted \u{201c}3,400\u{201d} \u{1f4c8}. The following Monday the NIS spoke; \
             the previous Friday \u{2014} Kyiv. By Christmas it was 1,000; on Christmas Eve 2023, 7. \
             A Christmas message came. Over Hogmanay, calm. On Christmas Island, rain; more is \
             expected to fall by Christmas.",
            "2025-07-12",
        );
        let got: Vec<_> = d.iter().map(|x| (x.0.as_str(), x.1.as_deref(), x.4)).collect();
        assert_eq!(
            got,
            [
                ("Thu 9\u{a0}Jan.", Some("2025-01-09"), Some(DatePrecision::Day)),
                // After Thursday 9 January: Monday 13; the Friday before that: 10.
                ("The following Monday", Some("2025-01-13"), Some(DatePrecision::Day)),
                ("the previous Friday", Some("2025-01-10"), Some(DatePrecision::Day)),
                // The latest on or before publication.
                ("Christmas", Some("2024-12-25"), Some(DatePrecision::Day)),
                ("Christmas Eve 2023", Some("2023-12-24"), Some(DatePrecision::Day)),
                ("Hogmanay", Some("2024-12-31"), Some(DatePrecision::Day)),
            ]
        );
    }

    #[test]
    fn so_many_units_ago_today_is_that_day() {
        let d = dates(
            "A year ago today \u{1f4c5} the NIS spoke; two months ago today, Kyiv; a week ago today \u{2014} \
             Seoul; \u{201c}a year ago\u{201d}, London; three days ago today, Tokyo.",
            "2024-02-29",
        );
        let got: Vec<_> = d.iter().map(|x| (x.0.as_str(), x.1.as_deref(), x.4)).collect();
        assert_eq!(
            got,
            [
                // The 29th of February a year back is the last day of that February.
                ("A year ago today", Some("2023-02-28"), Some(DatePrecision::Day)),
                ("two months ago today", Some("2023-12-29"), Some(DatePrecision::Day)),
                ("a week ago today", Some("2024-02-22"), Some(DatePrecision::Day)),
                // Without "today", the year as before.
                ("a year ago", Some("2023-01-01"), Some(DatePrecision::Year)),
                ("three days ago today", Some("2024-02-26"), Some(DatePrecision::Day)),
            ]
        );
        let d = dates("A year ago to the day, 1,500 went.", "2025-09-05");
        assert_eq!(d[0].1.as_deref(), Some("2024-09-05"));
    }

    #[test]
    fn the_following_week_or_month_and_days_after_that() {
        let d = dates(
            "It began on Wed 11\u{a0}Dec. The following week, “more” came \u{2014} 🗓. Two days after that, less. \
             In late October the count rose; the following month it fell. The next week brought news.",
            "2025-01-27",
        );
        let got: Vec<_> = d.iter().map(|x| (x.0.as_str(), x.1.as_deref(), x.4)).collect();
        assert_eq!(
            got,
            [
                // An abbreviated weekday before the day is part of it.
                ("Wed 11\u{a0}Dec.", Some("2024-12-11"), Some(DatePrecision::Day)),
                ("The following week", Some("2024-12-16"), Some(DatePrecision::Week)),
                ("Two days after that", Some("2024-12-13"), Some(DatePrecision::Day)),
                ("late October", Some("2024-10-21"), Some(DatePrecision::Day)),
                ("the following month", Some("2024-11-01"), Some(DatePrecision::Month)),
                // From the last exact day (Dec. 13), not the month.
                ("The next week", Some("2024-12-16"), Some(DatePrecision::Week)),
            ]
        );
        // "That spring" after a December: the next spring; "that winter"
        // after a January: the winter that holds it.
        assert_resolved(
            "It began on Dec.\u{a0}2, 2024. That spring, 🌸 more came. On Jan. 3 it eased; that winter was wet.",
            "2025-01-27",
            &[
                ("Dec.\u{a0}2, 2024", Some("2024-12-02")),
                ("That spring", Some("2025-03-01")),
                ("Jan. 3", Some("2025-01-03")),
                ("that winter", Some("2024-12-01")),
            ],
        );
        // "two days after the strike" counts from the strike.
        assert!(dates("Two days after the strike, it fell.", "2025-01-27").is_empty());
        // A statement whose day the text has just given.
        assert_resolved(
            "The NIS briefed MPs on 13\u{a0}Jan. Two days before the NIS briefing, Kyiv spoke \u{2014} 🎙; \
             a day after the ministry\u{2019}s latest update, \u{201c}more\u{201d} came.",
            "2025-01-27",
            &[
                ("13\u{a0}Jan.", Some("2025-01-13")),
                ("Two days before the NIS briefing", Some("2025-01-11")),
                ("a day after the ministry\u{2019}s latest update", Some("2025-01-14")),
            ],
        );
        assert!(dates("Two days after the briefing room opened, it fell.", "2025-01-27").is_empty());
        // Abbreviated months without their full stop where a day, a
        // preposition or a range dates them, and a year after an apostrophe;
        // a day on the next line is no day of the month.
        assert_resolved(
            "4/ 11k came Oct\u{2013}Nov \u{2019}24, then ~3k in Jan\u{2013}Feb.\n5/ NIS: mid-Jan \u{1f4cc}; update (28 Mar).",
            "2025-03-31",
            &[
                ("Oct\u{2013}Nov \u{2019}24", Some("2024-10-01")),
                ("Jan\u{2013}Feb.", Some("2025-01-01")),
                ("mid-Jan", Some("2025-01-11")),
                ("28 Mar", Some("2025-03-28")),
            ],
        );
        assert!(dates("Jan, Rotterdam \u{2014} a reader; Mar the plan.", "2025-03-31").is_empty());
        // Abbreviated weekdays after a word that makes them a day.
        let d =
            dates("JCS briefed last Thurs \u{1f4cc}; MoD spoke on Fri. Sun readers wrote; Wed lines.", "2025-03-31");
        let got: Vec<_> = d.iter().map(|x| (x.0.as_str(), x.1.as_deref())).collect();
        assert_eq!(got, [("last Thurs", Some("2025-03-27")), ("Fri.", Some("2025-03-28"))]);
        // A day of the month just given.
        assert_resolved(
            "In January it was 4,000 \u{1f4c9}. Its update on the 24th of that month said so.",
            "2025-03-27",
            &[("January", Some("2025-01-01")), ("the 24th of that month", Some("2025-01-24"))],
        );
        // A fortnight, and a possessive's statement: counted from the day
        // written out, not from "a week later".
        assert_resolved(
            "London spoke on 24\u{a0}Jan. Kyiv spoke a week later. A fortnight after London\u{2019}s assessment, \
             Seoul spoke \u{1f5e3}. A fortnight earlier, Kyiv had.",
            "2025-03-27",
            &[
                ("24\u{a0}Jan.", Some("2025-01-24")),
                ("a week later", Some("2025-01-31")),
                ("A fortnight after London\u{2019}s assessment", Some("2025-02-07")),
                ("A fortnight earlier", Some("2025-01-24")),
            ],
        );
        // Beside the day it describes, it is no date of its own.
        let d = dates("On Mar.\u{a0}27, a day before the British update, Seoul spoke.", "2025-04-02");
        assert_eq!(d.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["Mar.\u{a0}27"]);
    }

    #[test]
    fn days_counted_from_the_last_day_given() {
        let d = dates(
            "The update came on Mar.\u{a0}28. The same day, Kyiv spoke. A day later “more” came. Two days later, nothing.",
            "2025-04-02",
        );
        let got: Vec<(&str, Option<&str>)> = d.iter().map(|x| (x.0.as_str(), x.1.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("Mar.\u{a0}28", Some("2025-03-28")),
                ("The same day", Some("2025-03-28")),
                ("A day later", Some("2025-03-29")),
                ("Two days later", Some("2025-03-31")),
            ]
        );
        // Each counts from the day before it, as "a day later" does.
        let d =
            dates("It fell on Mar.\u{a0}9. Forty-eight hours earlier, and 72 hours later, Kyiv spoke.", "2025-04-02");
        let got: Vec<_> = d.iter().map(|x| (x.0.as_str(), x.1.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("Mar.\u{a0}9", Some("2025-03-09")),
                ("Forty-eight hours earlier", Some("2025-03-07")),
                ("72 hours later", Some("2025-03-10"))
            ]
        );
        // Counted back inside a sentence, an aside that moves nothing.
        assert_resolved(
            "On Mar.\u{a0}27 Seoul gave 4,000 \u{2014} \u{201c}London\u{2019}s\u{201d} figure of two months before. The next day, London spoke.",
            "2025-04-02",
            &[
                ("Mar.\u{a0}27", Some("2025-03-27")),
                ("two months before", Some("2025-01-27")),
                ("The next day", Some("2025-03-28")),
            ],
        );
        assert!(dates("in 36 hours later talks", "2025-04-02").is_empty());
        // A "since" clause's day is no anchor for "a week earlier".
        let d = dates(
            "As of Friday, 31 January, losses since 24 February 2022 were 834,000. A week earlier, 825,710.",
            "2025-01-31",
        );
        assert_eq!(d.last().map(|x| x.1.as_deref()), Some(Some("2025-01-24")));
        // Of another year, or a compound: no period of the date given.
        assert!(
            dates("2,000 the same week last year and 3,200 the same month a year earlier", "2025-04-02")
                .iter()
                .all(|d| !d.0.contains("same"))
        );
        assert!(dates("that week-long check", "2025-04-02").is_empty());
        // "the same week", "that month": the period of the date given
        // last, not of a "since" clause's.
        let d = dates(
            "London spoke on March\u{a0}28. Seoul, at war since 1950, spoke too. \
             The same week, Kyiv spoke; later that month, the \u{201c}Kremlin\u{201d} did \u{1f4c5}.",
            "2025-04-04",
        );
        let got: Vec<_> = d.iter().map(|x| (x.0.as_str(), x.1.as_deref(), x.4)).collect();
        assert_eq!(
            got,
            [
                ("March\u{a0}28", Some("2025-03-28"), Some(DatePrecision::Day)),
                ("1950", Some("1950-01-01"), Some(DatePrecision::Year)),
                ("The same week", Some("2025-03-24"), Some(DatePrecision::Week)),
                ("that month", Some("2025-03-01"), Some(DatePrecision::Month)),
            ]
        );
        // A year has no month to take an edge of.
        let d = dates("The war began in 2022. At the end of that month, 3,000 had died.", "2025-04-07");
        assert!(d.iter().all(|x| !x.0.contains("month") || x.1.is_none()), "{d:?}");
        // An edge of the month given last: "at the end of that month",
        // and "At the end of the month" opening a sentence; not "by the
        // end of the month" inside one (the current month, as it reads).
        let d = dates(
            "Fighting grew in January \u{2744}. At the end of the month, Kyiv spoke; at the start of that month \
             Seoul had. It will end by the end of the month.",
            "2025-04-07",
        );
        let got: Vec<_> = d.iter().map(|x| (x.0.as_str(), x.1.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("January", Some("2025-01-01")),
                ("the end of the month", Some("2025-01-31")),
                ("the start of that month", Some("2025-01-01")),
            ]
        );
        let d = dates("on Friday — and the following day —", "2025-04-02");
        assert_eq!(d[1].1.as_deref(), Some("2025-03-29"));
        let d = dates("Kyiv spoke on Sunday. The same evening, and the next morning, it spoke again.", "2025-04-28");
        assert_eq!((d[1].1.as_deref(), d[2].1.as_deref()), (Some("2025-04-27"), Some("2025-04-28")));
        // No day given before: nothing to count from.
        assert_eq!(one("The same day, Kyiv spoke.", "2025-04-02").1, None);
        // A few sentences of comment may come between (five at most).
        let comment = "It was blunt. Nobody objected. Few replied. Then a pause. ";
        let d = dates(&format!("Kyiv posted on Mar.\u{a0}3. {comment}The same day, Seoul spoke."), "2025-04-02");
        assert_eq!(d[1].1.as_deref(), Some("2025-03-03"));
        let d = dates(
            &format!("Kyiv posted on Mar.\u{a0}3. {comment}Still none. The same day, Seoul spoke."),
            "2025-04-02",
        );
        assert_eq!(d[1].1, None);
        // A stretch up to the statement, not a day.
        assert_eq!(dates("it lost 90 in the previous day", "2025-04-02").len(), 0);
        assert!(dates("a day after the strike", "2025-04-02").is_empty());
    }

    #[test]
    fn a_week_of_a_month_is_its_seven_days_not_last_week() {
        assert_eq!(
            width("in the last week of October \u{1f4c5}", "2025-03-01"),
            ("2024-10-25".into(), "2024-10-31".into(), DatePrecision::Day)
        );
        assert_eq!(
            width("during the last week of February 2024", "2025-03-01"),
            ("2024-02-23".into(), "2024-02-29".into(), DatePrecision::Day)
        );
        assert_eq!(
            width("in the first week of February", "2025-03-01"),
            ("2025-02-01".into(), "2025-02-07".into(), DatePrecision::Day)
        );
        assert_eq!(
            width("the third week of\u{a0}January", "2025-03-01"),
            ("2025-01-15".into(), "2025-01-21".into(), DatePrecision::Day)
        );
        // Without a month it is still the week before publication.
        assert_eq!(width("last week, \u{201c}many\u{201d} died", "2025-03-05").2, DatePrecision::Week);
        assert_resolved(
            "Kyiv said last week of its losses that 40 died.",
            "2025-03-05",
            &[("last week", Some("2025-02-24"))],
        );
    }

    #[test]
    fn two_weekdays_joined_are_one_stretch_only_when_next_to_each_other() {
        // 2025-03-01 is a Saturday.
        assert_eq!(
            width("captured on Friday and Saturday \u{1f4f7}.", "2025-03-01"),
            ("2025-02-28".into(), "2025-03-01".into(), DatePrecision::Day)
        );
        assert_eq!(
            width("from Tuesday to\u{a0}Thursday \u{2014} \u{201c}heavy\u{201d}", "2025-03-01"),
            ("2025-02-25".into(), "2025-02-27".into(), DatePrecision::Day)
        );
        assert_eq!(
            width("between Monday and Thursday.", "2025-03-01"),
            ("2025-02-24".into(), "2025-02-27".into(), DatePrecision::Day)
        );
        // A stretch ending on a weekday after publication's ends a week back.
        assert_eq!(
            width("on Sunday and Monday", "2025-03-01"),
            ("2025-02-23".into(), "2025-02-24".into(), DatePrecision::Day)
        );
        // Two days apart: the first is the figure's day, the second another.
        assert_resolved(
            "Kyiv said on Monday and Thursday that 40 were caught.",
            "2025-03-01",
            &[("Monday", Some("2025-02-24")), ("Thursday", Some("2025-02-27"))],
        );
    }

    #[test]
    fn late_last_month_and_baselines() {
        assert_eq!(
            width("Late last month 🚢", "2025-04-02"),
            ("2025-03-21".into(), "2025-03-31".into(), DatePrecision::Day)
        );
        assert_eq!(
            width("early this month", "2025-04-02"),
            ("2025-04-01".into(), "2025-04-10".into(), DatePrecision::Day)
        );
        let d = dates("exports fell 15% on a year ago and were lower than last year", "2025-04-02");
        assert_eq!(d.iter().map(|x| x.2).collect::<Vec<_>>(), [Role::Baseline, Role::Baseline]);
        let d = dates("losses in 2024 were 70\u{a0}per cent higher than in 2023 \u{1f4c8}", "2025-04-02");
        assert_eq!(d.iter().map(|x| x.2).collect::<Vec<_>>(), [Role::Plain, Role::Baseline]);
        let d = dates("will send 6,000 more no later than March \u{1f4c6}", "2025-01-02");
        assert_eq!(d.iter().map(|x| x.2).collect::<Vec<_>>(), [Role::Plain]);
        let d = dates("up 5% compared with March and sent in April", "2025-04-02");
        assert_eq!(d.iter().map(|x| x.2).collect::<Vec<_>>(), [Role::Baseline, Role::Plain]);
        let d = dates("sales compared to last year and troops sent last year", "2025-04-02");
        assert_eq!(d.iter().map(|x| x.2).collect::<Vec<_>>(), [Role::Baseline, Role::Plain]);
        let d = dates("two captured in January, one born in 2005 and one born on 3\u{a0}May 1999 🎂", "2025-04-02");
        assert_eq!(d.iter().map(|x| x.2).collect::<Vec<_>>(), [Role::Plain, Role::Life, Role::Life]);
        let d = dates("one founded in 1994 and the other in 2001; sent in March", "2025-04-02");
        assert_eq!(d.iter().map(|x| x.2).collect::<Vec<_>>(), [Role::Life, Role::Life, Role::Plain]);
    }
}
