//! Grouping claims across articles and turning them into plot series. No
//! GUI here: the plot tab only draws what this computes.

mod compare;
mod interval;

pub use compare::{Comparison, Finding, FindingKind, Group, Period, Severity, compare, finding_key, format_value};
pub use interval::{APPROXIMATE_TOLERANCE, DIRECTIONAL_REACH, EXACT_TOLERANCE, Interval, format_count, format_percent};

use crate::model::{ClaimId, FigureKind, Project, TagId};
use jiff::civil::Date;

/// One point: a claim's value on its date.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesPoint {
    /// Days since 1970-01-01, so dates sit on a linear axis.
    pub x_days: f64,
    pub value: f64,
    pub claim: ClaimId,
}

/// All points of one agency (or of claims citing none).
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub agency: String,
    pub points: Vec<SeriesPoint>,
}

/// What to plot: counts and ratios never share an axis.
#[derive(Clone, Debug, PartialEq)]
pub struct PlotFilter {
    pub kind: FigureKind,
    pub measure: Option<String>,
    pub tag: Option<TagId>,
}

pub fn days_since_epoch(date: Date) -> f64 {
    let epoch = jiff::civil::date(1970, 1, 1);
    (date - epoch).get_days() as f64
}

/// The date `days_since_epoch` maps back to, for axis labels.
pub fn date_from_days(days: f64) -> Option<Date> {
    let span = jiff::Span::new().try_days(days.round() as i64).ok()?;
    jiff::civil::date(1970, 1, 1).checked_add(span).ok()
}

/// Measures used by claims of `kind`, sorted, for the plot's filter.
pub fn measures(project: &Project, kind: FigureKind) -> Vec<String> {
    let mut m: Vec<String> = project
        .claims
        .iter()
        .filter(|c| c.figure.kind == kind && !c.figure.measure.trim().is_empty())
        .map(|c| c.figure.measure.trim().to_lowercase())
        .collect();
    m.sort();
    m.dedup();
    m
}

/// The measure most claims of `kind` report, ties to the first in order.
pub fn most_common_measure(project: &Project, kind: FigureKind) -> Option<String> {
    let count = |m: &str| {
        project.claims.iter().filter(|c| c.figure.kind == kind && c.figure.measure.trim().to_lowercase() == m).count()
    };
    measures(project, kind).into_iter().max_by(|a, b| count(a).cmp(&count(b)).then(b.cmp(a)))
}

/// Claims with a value and a date that pass `filter`, one series per
/// agency, series sorted by agency name and points by date.
pub fn plot_series(project: &Project, filter: &PlotFilter) -> Vec<Series> {
    let mut series: Vec<Series> = Vec::new();
    for claim in &project.claims {
        let (Some(value), Some(date)) = (claim.figure.value, claim.date) else { continue };
        if claim.figure.kind != filter.kind {
            continue;
        }
        if let Some(m) = &filter.measure
            && claim.figure.measure.trim().to_lowercase() != *m
        {
            continue;
        }
        if let Some(tag) = filter.tag
            && !claim.tags.contains(&tag)
        {
            continue;
        }
        let agency = claim.agency.and_then(|a| project.agency(a)).map_or("(no agency)", |a| a.name.as_str());
        let point = SeriesPoint { x_days: days_since_epoch(date.value), value, claim: claim.id };
        match series.iter_mut().find(|s| s.agency == agency) {
            Some(s) => s.points.push(point),
            None => series.push(Series { agency: agency.to_string(), points: vec![point] }),
        }
    }
    series.sort_by(|a, b| a.agency.cmp(&b.agency));
    for s in &mut series {
        s.points.sort_by(|a, b| a.x_days.total_cmp(&b.x_days).then(a.claim.cmp(&b.claim)));
    }
    series
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::parse_project;
    use std::path::Path;

    fn sample() -> Project {
        parse_project(Path::new("sample"), include_str!("../../projects/kursk-casualties.ron")).unwrap()
    }

    #[test]
    fn series_split_by_agency_and_never_mix_kinds() {
        let p = sample();
        let counts = plot_series(&p, &PlotFilter { kind: FigureKind::Count, measure: None, tag: None });
        let ratios = plot_series(&p, &PlotFilter { kind: FigureKind::Ratio, measure: None, tag: None });
        assert!(counts.len() >= 2);
        for s in &counts {
            for pt in &s.points {
                assert_eq!(p.claim(pt.claim).unwrap().figure.kind, FigureKind::Count);
                assert_eq!(p.agency_name(p.claim(pt.claim).unwrap().agency).is_empty(), s.agency == "(no agency)");
            }
        }
        assert!(ratios.iter().flat_map(|s| &s.points).all(|pt| pt.value <= 1.0));
        let casualties =
            plot_series(&p, &PlotFilter { kind: FigureKind::Count, measure: Some("casualties".into()), tag: None });
        let n: usize = casualties.iter().map(|s| s.points.len()).sum();
        assert!(n >= 3 && n < counts.iter().map(|s| s.points.len()).sum::<usize>());
    }

    #[test]
    fn the_most_common_measure_is_plotted_first() {
        assert_eq!(most_common_measure(&sample(), FigureKind::Count).as_deref(), Some("casualties"));
        assert_eq!(most_common_measure(&Project::new("t", jiff::Timestamp::UNIX_EPOCH), FigureKind::Count), None);
    }

    #[test]
    fn days_round_trip() {
        let d = jiff::civil::date(2025, 3, 28);
        assert_eq!(date_from_days(days_since_epoch(d)), Some(d));
    }
}
