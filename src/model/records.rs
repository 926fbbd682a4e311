//! The records a project holds. Plain serde data: every invariant that ties
//! them together is checked in one place, `Project::validate`.

use super::ids::{AgencyId, ArticleId, ClaimId, TagId};
use super::text::{char_len, slice_chars};
use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;

/// One news story, its text embedded so a project file is self-contained.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub id: ArticleId,
    pub title: String,
    pub outlet: String,
    pub url: String,
    pub published_on: Option<Date>,
    pub retrieved_at: Option<Timestamp>,
    /// The agency's own statement (a ministry's update, a briefing's
    /// transcript) rather than a retelling: the comparison measures the
    /// other articles against it. Added in format 3.
    #[serde(default)]
    pub primary_source: bool,
    /// Lowercase hex SHA-256 of `text`, so an editor can show the text was
    /// not altered since it was retrieved.
    pub text_sha256: String,
    pub text: String,
}

impl Article {
    pub fn text_hash(text: &str) -> String {
        let digest = Sha256::digest(text.as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// A claim quoted in an article: where it sits, what figure it reports, who
/// it cites and when the figure applies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: ClaimId,
    pub article: ArticleId,
    pub anchor: Anchor,
    pub figure: Figure,
    pub agency: Option<AgencyId>,
    pub date: Option<ClaimDate>,
    pub tags: Vec<TagId>,
    pub verdict: Verdict,
    pub note: String,
}

/// Where a claim sits: a position selector (code points, end exclusive)
/// plus a quote selector, so the claim can be found again after the
/// article's text changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Anchor {
    pub start: usize,
    pub end: usize,
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

impl Anchor {
    /// Code points of context kept on each side of a quote.
    pub const CONTEXT_CHARS: usize = 32;

    /// The anchor of the code-point span `start..end` of `text`, or `None`
    /// when the span is empty, reversed or outside the text.
    pub fn from_span(text: &str, start: usize, end: usize) -> Option<Anchor> {
        if start >= end {
            return None;
        }
        let exact = slice_chars(text, start..end)?.to_owned();
        let prefix = slice_chars(text, start.saturating_sub(Self::CONTEXT_CHARS)..start)?.to_owned();
        let total = char_len(text);
        let suffix = slice_chars(text, end..(end + Self::CONTEXT_CHARS).min(total))?.to_owned();
        Some(Anchor { start, end, exact, prefix, suffix })
    }

    /// What is wrong with this anchor in `text`, if anything: the check
    /// `Project::validate` makes for every claim, and the one re-anchoring
    /// (`crate::anchor::reanchor`) starts from.
    pub fn problem(&self, text: &str) -> Option<AnchorProblem> {
        let (start, end) = (self.start, self.end);
        if start >= end {
            return Some(AnchorProblem::EmptyOrReversed { start, end });
        }
        match slice_chars(text, start..end) {
            None => Some(AnchorProblem::OutsideText { start, end, chars: char_len(text) }),
            Some(found) if found != self.exact => {
                Some(AnchorProblem::QuoteMismatch { start, end, found: found.to_owned(), quote: self.exact.clone() })
            }
            Some(_) => None,
        }
    }
}

/// Why an anchor no longer points at its quote. Shown after "anchor" (or
/// "the anchor"): "anchor span 3..9 reads …".
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnchorProblem {
    #[error("is empty or reversed ({start}..{end})")]
    EmptyOrReversed { start: usize, end: usize },
    #[error("span {start}..{end} lies outside the article's {chars} characters")]
    OutsideText { start: usize, end: usize, chars: usize },
    #[error("span {start}..{end} reads {found:?}, not the quote {quote:?}")]
    QuoteMismatch { start: usize, end: usize, found: String, quote: String },
}

/// The figure a claim reports. `value` is `None` until the editor (or the
/// suggestion engine) has read a number off the text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub text: String,
    pub value: Option<f64>,
    pub qualifier: Option<Qualifier>,
    /// The measure as the article words it ("eliminated", "fatalities");
    /// its canonical measure comes from the taxonomy in
    /// `assets/measures.ron`, so a retelling in other words stays visible.
    pub measure: String,
    pub kind: FigureKind,
    /// Whose figure it is ("North Korean troops"), so one subject's
    /// figures are never compared with another's. Added in format 3.
    #[serde(default)]
    pub subject: String,
    /// For a ratio, the whole it is a share of ("more than a third of the
    /// approximately 11,000" → 11,000), so the ratio can be checked against
    /// counts. Added in format 3.
    #[serde(default)]
    pub base: Option<f64>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    #[default]
    Count,
    /// A share from 0 to 1: "a third", "40 percent".
    Ratio,
}

impl FigureKind {
    pub const ALL: [FigureKind; 2] = [FigureKind::Count, FigureKind::Ratio];
    pub fn label(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Ratio => "ratio",
        }
    }
}

/// The hedge in front of a figure. Drift between hedges ("around 4,000"
/// retold as "over 4,000") is one of the things an editor must catch, so
/// each qualifier knows which way it bends the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Over,
    MoreThan,
    AtLeast,
    Around,
    About,
    Roughly,
    Approximately,
    Nearly,
    Almost,
    UpTo,
    LessThan,
}

/// Which side of the stated number the true figure lies on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Bound {
    Above,
    Approximate,
    Below,
}

impl Qualifier {
    pub const ALL: [Qualifier; 11] = [
        Qualifier::Over,
        Qualifier::MoreThan,
        Qualifier::AtLeast,
        Qualifier::Around,
        Qualifier::About,
        Qualifier::Roughly,
        Qualifier::Approximately,
        Qualifier::Nearly,
        Qualifier::Almost,
        Qualifier::UpTo,
        Qualifier::LessThan,
    ];

    /// The words as an editor writes them ("at least").
    pub fn label(self) -> &'static str {
        match self {
            Qualifier::Over => "over",
            Qualifier::MoreThan => "more than",
            Qualifier::AtLeast => "at least",
            Qualifier::Around => "around",
            Qualifier::About => "about",
            Qualifier::Roughly => "roughly",
            Qualifier::Approximately => "approximately",
            Qualifier::Nearly => "nearly",
            Qualifier::Almost => "almost",
            Qualifier::UpTo => "up to",
            Qualifier::LessThan => "less than",
        }
    }

    pub fn from_label(label: &str) -> Option<Qualifier> {
        let wanted = label.trim().to_lowercase().replace('_', " ");
        Qualifier::ALL.into_iter().find(|q| q.label() == wanted)
    }

    pub fn bound(self) -> Bound {
        match self {
            Qualifier::Over | Qualifier::MoreThan | Qualifier::AtLeast => Bound::Above,
            Qualifier::Around | Qualifier::About | Qualifier::Roughly | Qualifier::Approximately => Bound::Approximate,
            Qualifier::Nearly | Qualifier::Almost | Qualifier::UpTo | Qualifier::LessThan => Bound::Below,
        }
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The date a figure refers to, as precise as the article allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimDate {
    /// The first day of the period when only the week, month or year is
    /// known, or of the range when `end` is given.
    pub value: Date,
    pub precision: DatePrecision,
    pub kind: DateKind,
    /// The last day of a range ("between January and February",
    /// "mid-January" as the 11th to the 20th), so a vague date is stored as
    /// what it is, not as a false exact day. Added in format 3.
    #[serde(default)]
    pub end: Option<Date>,
}

impl ClaimDate {
    pub fn new(value: Date, precision: DatePrecision, kind: DateKind) -> ClaimDate {
        ClaimDate { value, precision, kind, end: None }
    }

    /// The first and last day the date may mean, both included.
    pub fn span(&self) -> (Date, Date) {
        if let Some(end) = self.end {
            return (self.value, end.max(self.value));
        }
        let last = match self.precision {
            DatePrecision::Day => self.value,
            DatePrecision::Week => self.value.checked_add(jiff::Span::new().days(6)).unwrap_or(self.value),
            DatePrecision::Month => self.value.last_of_month(),
            DatePrecision::Year => self.value.last_of_year(),
        };
        (self.value, last)
    }
}

impl fmt::Display for ClaimDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let one = |f: &mut fmt::Formatter<'_>, d: Date| match self.precision {
            DatePrecision::Day => write!(f, "{d}"),
            DatePrecision::Week => write!(f, "week of {d}"),
            DatePrecision::Month => write!(f, "{}", d.strftime("%Y-%m")),
            DatePrecision::Year => write!(f, "{}", d.year()),
        };
        one(f, self.value)?;
        if let Some(end) = self.end {
            f.write_str(" to ")?;
            one(f, end)?;
        }
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    Day,
    /// The week starting on `value` (a Monday): "last week".
    Week,
    Month,
    Year,
}

impl DatePrecision {
    pub const ALL: [DatePrecision; 4] =
        [DatePrecision::Day, DatePrecision::Week, DatePrecision::Month, DatePrecision::Year];
    pub fn label(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Week => "week",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
        }
    }
    pub fn from_label(label: &str) -> Option<DatePrecision> {
        let wanted = label.trim().to_lowercase();
        DatePrecision::ALL.into_iter().find(|p| p.label() == wanted)
    }
}

/// Whether the date is the moment the figure describes ("as of
/// mid-January") or the moment it was announced ("said on Friday").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    AsOf,
    Reported,
}

impl DateKind {
    pub const ALL: [DateKind; 2] = [DateKind::AsOf, DateKind::Reported];
    pub fn label(self) -> &'static str {
        match self {
            DateKind::AsOf => "as-of",
            DateKind::Reported => "reported",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    #[default]
    Unchecked,
    Confirmed,
    Disputed,
    Misreported,
    False,
}

impl Verdict {
    pub const ALL: [Verdict; 5] =
        [Verdict::Unchecked, Verdict::Confirmed, Verdict::Disputed, Verdict::Misreported, Verdict::False];
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Unchecked => "unchecked",
            Verdict::Confirmed => "confirmed",
            Verdict::Disputed => "disputed",
            Verdict::Misreported => "misreported",
            Verdict::False => "false",
        }
    }
}

/// A source that figures are attributed to: a ministry, a commander, a news
/// agency. Aliases are the other names articles use for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    pub id: AgencyId,
    pub name: String,
    pub aliases: Vec<String>,
    pub country: String,
}

/// An agency as the bundled default list describes it, before it gets an id
/// in a project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgencySeed {
    pub name: String,
    pub country: String,
    pub aliases: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tag {
    pub id: TagId,
    pub name: String,
    pub colour: Rgb,
}

/// An sRGB colour, written as `"#rrggbb"` in project files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub [u8; 3]);

impl Rgb {
    pub fn parse_hex(s: &str) -> Option<Rgb> {
        let hex = s.strip_prefix('#')?;
        if hex.len() != 6 || !hex.is_ascii() {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb([byte(0)?, byte(2)?, byte(4)?]))
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [r, g, b] = self.0;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

impl Serialize for Rgb {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Rgb {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Rgb::parse_hex(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("colour {s:?} is not of the form \"#rrggbb\"")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_anchor_problem_names_the_span_and_what_it_reads() {
        let text = "about “5,000\u{a0}troops” 😀";
        let anchor = Anchor::from_span(text, 7, 19).unwrap();
        assert_eq!(anchor.exact, "5,000\u{a0}troops");
        assert_eq!(anchor.problem(text), None);
        let moved = Anchor { start: 8, end: 20, ..anchor.clone() };
        assert_eq!(
            moved.problem(text).map(|p| p.to_string()).as_deref(),
            Some(r#"span 8..20 reads ",000\u{a0}troops”", not the quote "5,000\u{a0}troops""#)
        );
        let outside = Anchor { start: 20, end: 40, ..anchor.clone() };
        assert_eq!(
            outside.problem(text).map(|p| p.to_string()).as_deref(),
            Some("span 20..40 lies outside the article's 22 characters")
        );
        let reversed = Anchor { start: 9, end: 9, ..anchor };
        assert_eq!(reversed.problem(text), Some(AnchorProblem::EmptyOrReversed { start: 9, end: 9 }));
    }
}
