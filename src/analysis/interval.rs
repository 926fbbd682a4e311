//! What a hedged figure can mean, as an interval of numbers. Comparing
//! retellings is comparing these intervals: "around 4,000" and "over 4,000"
//! overlap (the hedge moved, the number did not), "around 4,000" and "over
//! 5,000" do not (the number moved).
//!
//! The tolerances are a reading of newsroom usage, not a standard; they are
//! kept here, in one place, and documented in the README's comparison
//! section:
//! - no hedge: the number as printed, give or take 2% for rounding;
//! - around, about, roughly, approximately: 10% either side;
//! - over, more than: above the number, by at most 7.5% (a writer with a
//!   figure further above would round up to the next number);
//! - at least: the same, the number itself included;
//! - nearly, almost: below the number, by at most 7.5%;
//! - up to, less than: anywhere from zero to the number.
//!
//! Shares are read the same way and clipped to 0–1.

use crate::model::{Bound, FigureKind, Qualifier};
use std::fmt;

/// Relative give of an unhedged figure (rounding in print).
pub const EXACT_TOLERANCE: f64 = 0.02;
/// Relative give of "around", "about", "roughly", "approximately".
pub const APPROXIMATE_TOLERANCE: f64 = 0.10;
/// How far past the number "over", "more than", "nearly" and "almost" may
/// reach, relative to it.
pub const DIRECTIONAL_REACH: f64 = 0.075;

/// A range of numbers with each end open or closed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
    pub low_open: bool,
    pub high_open: bool,
}

impl Interval {
    pub fn closed(low: f64, high: f64) -> Interval {
        Interval { low, high, low_open: false, high_open: false }
    }

    /// The figure `value`, hedged by `qualifier`, read as an interval.
    pub fn of_figure(value: f64, qualifier: Option<Qualifier>, kind: FigureKind) -> Interval {
        let v = value.abs();
        let mut interval = match qualifier {
            None => Interval::closed(v * (1.0 - EXACT_TOLERANCE), v * (1.0 + EXACT_TOLERANCE)),
            Some(q) => match (q, q.bound()) {
                (_, Bound::Approximate) => {
                    Interval::closed(v * (1.0 - APPROXIMATE_TOLERANCE), v * (1.0 + APPROXIMATE_TOLERANCE))
                }
                (Qualifier::AtLeast, _) => Interval::closed(v, v * (1.0 + DIRECTIONAL_REACH)),
                (_, Bound::Above) => Interval { low_open: true, ..Interval::closed(v, v * (1.0 + DIRECTIONAL_REACH)) },
                (Qualifier::UpTo, _) => Interval::closed(0.0, v),
                (Qualifier::LessThan, _) => Interval { high_open: true, ..Interval::closed(0.0, v) },
                (_, Bound::Below) => Interval { high_open: true, ..Interval::closed(v * (1.0 - DIRECTIONAL_REACH), v) },
            },
        };
        if kind == FigureKind::Ratio {
            interval.high = interval.high.min(1.0);
            interval.low = interval.low.min(interval.high);
        }
        interval
    }

    /// Whether some number lies in both.
    pub fn overlaps(&self, other: &Interval) -> bool {
        let below = |a: &Interval, b: &Interval| a.high < b.low || (a.high == b.low && (a.high_open || b.low_open));
        !below(self, other) && !below(other, self)
    }

    /// How far apart two intervals that do not overlap are, relative to the
    /// larger of their middles; 0 when they overlap.
    pub fn gap(&self, other: &Interval) -> f64 {
        if self.overlaps(other) {
            return 0.0;
        }
        let distance = if self.high <= other.low { other.low - self.high } else { self.low - other.high };
        let scale = self.middle().abs().max(other.middle().abs());
        if scale == 0.0 { 0.0 } else { distance / scale }
    }

    pub fn middle(&self) -> f64 {
        (self.low + self.high) / 2.0
    }

    /// Every number times `factor` (a share of a whole).
    pub fn times(&self, factor: f64) -> Interval {
        Interval { low: self.low * factor, high: self.high * factor, ..*self }
    }

    /// Every quotient of a number in `self` by one in `whole` (a part's
    /// share of a whole); `None` when the whole may be zero.
    pub fn divided_by(&self, whole: &Interval) -> Option<Interval> {
        if whole.low <= 0.0 {
            return None;
        }
        Some(Interval {
            low: self.low / whole.high,
            high: self.high / whole.low,
            low_open: self.low_open || whole.high_open,
            high_open: self.high_open || whole.low_open,
        })
    }

    /// Readable for an editor: "3,600–4,400", "over 4,000, up to 4,300",
    /// "3,700 to under 4,000"; shares in percent.
    pub fn describe(&self, kind: FigureKind) -> String {
        let number = |v: f64| match kind {
            FigureKind::Count => format_count(v),
            FigureKind::Ratio => format!("{}%", format_percent(v)),
        };
        let (low, high) = (number(self.low), number(self.high));
        match (self.low_open, self.high_open) {
            (false, false) => format!("{low}–{high}"),
            (true, false) => format!("over {low}, up to {high}"),
            (false, true) => format!("{low} to under {high}"),
            (true, true) => format!("between {low} and {high}"),
        }
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(FigureKind::Count))
    }
}

/// A count as a newspaper prints it: "4,400", "826,000", "2.5".
pub fn format_count(value: f64) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let rounded = value.round();
    if (value - rounded).abs() > 1e-9 && value.abs() < 100.0 {
        return format!("{value:.1}");
    }
    let digits = format!("{:.0}", rounded.abs());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if rounded < 0.0 { format!("-{out}") } else { out }
}

/// A share as a percentage with one decimal, without the sign: "33.3".
pub fn format_percent(share: f64) -> String {
    let percent = share * 100.0;
    if (percent - percent.round()).abs() < 0.05 { format!("{:.0}", percent) } else { format!("{percent:.1}") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use FigureKind::{Count, Ratio};

    fn of(value: f64, q: Option<Qualifier>, kind: FigureKind) -> Interval {
        Interval::of_figure(value, q, kind)
    }
    fn count(value: f64, q: Option<Qualifier>) -> Interval {
        of(value, q, Count)
    }

    #[test]
    fn every_qualifier_reads_as_an_interval() {
        use Qualifier::*;
        let around = count(4000.0, Some(Around));
        assert_eq!((around.low, around.high, around.low_open, around.high_open), (3600.0, 4400.0, false, false));
        for q in [About, Roughly, Approximately] {
            assert_eq!(count(4000.0, Some(q)), around, "{q}");
        }
        let over = count(4000.0, Some(Over));
        assert!(over.low_open && !over.high_open && over.low == 4000.0 && over.high == 4300.0);
        assert_eq!(count(4000.0, Some(MoreThan)), over);
        let at_least = count(4000.0, Some(AtLeast));
        assert!(!at_least.low_open && at_least.low == 4000.0);
        let nearly = count(4000.0, Some(Nearly));
        assert!(nearly.high_open && nearly.high == 4000.0 && nearly.low == 3700.0);
        assert_eq!(count(4000.0, Some(Almost)), nearly);
        assert_eq!(count(4000.0, Some(UpTo)), Interval::closed(0.0, 4000.0));
        assert!(count(4000.0, Some(LessThan)).high_open);
        let exact = count(4000.0, None);
        assert_eq!((exact.low, exact.high), (3920.0, 4080.0));
    }

    #[test]
    fn the_issue_examples() {
        use Qualifier::*;
        let around = count(4000.0, Some(Around));
        assert!(around.overlaps(&count(4000.0, Some(Over))), "around → over moves the hedge, not the number");
        assert!(!around.overlaps(&count(5000.0, Some(Over))), "around 4,000 is not over 5,000");
        assert!(count(5000.0, Some(Over)).overlaps(&count(5000.0, Some(MoreThan))));
        assert!(!count(4000.0, Some(Over)).overlaps(&count(4000.0, Some(Nearly))), "the number itself is in neither");
        let third = of(1.0 / 3.0, Some(MoreThan), Ratio);
        let forty = of(0.4, Some(Almost), Ratio);
        assert!(!third.overlaps(&forty), "more than a third is not almost 40 percent");
        assert!(of(1.0 / 3.0, Some(About), Ratio).overlaps(&of(1.0 / 3.0, Some(Roughly), Ratio)));
        assert!(of(1.0 / 3.0, None, Ratio).overlaps(&of(0.33, None, Ratio)), "a third is 33 percent");
        let half = of(0.5, Some(Nearly), Ratio);
        assert!(half.times(11_000.0).overlaps(&count(5000.0, Some(Over))), "nearly half of 11,000 is over 5,000");
        let quarter = of(0.25, None, Ratio);
        let implied = count(1000.0, Some(About)).divided_by(&count(4000.0, Some(Around))).unwrap();
        assert!(quarter.overlaps(&implied), "a quarter killed is about 1,000 of 4,000");
        assert!(!of(0.5, Some(Nearly), Ratio).overlaps(&implied));
    }

    #[test]
    fn shares_stay_within_one_and_gaps_are_relative() {
        let i = of(0.98, Some(Qualifier::Around), Ratio);
        assert_eq!(i.high, 1.0);
        let a = count(4000.0, Some(Qualifier::Around));
        let b = count(5000.0, Some(Qualifier::Over));
        assert!((b.gap(&a) - 600.0 / 5187.5).abs() < 1e-9);
        assert_eq!(a.gap(&a), 0.0);
    }

    #[test]
    fn numbers_print_as_a_newspaper_would() {
        assert_eq!(format_count(4400.0), "4,400");
        assert_eq!(format_count(826_000.0), "826,000");
        assert_eq!(format_count(999.0), "999");
        assert_eq!(format_count(2.5), "2.5");
        assert_eq!(format_count(-1200.0), "-1,200");
        assert_eq!(format_percent(1.0 / 3.0), "33.3");
        assert_eq!(format_percent(0.4), "40");
        assert_eq!(of(0.4, Some(Qualifier::Almost), Ratio).describe(Ratio), "37% to under 40%");
        assert_eq!(count(4000.0, Some(Qualifier::Over)).describe(Count), "over 4,000, up to 4,300");
        assert_eq!(count(4000.0, Some(Qualifier::Around)).describe(Count), "3,600–4,400");
    }
}
