//! What the workbench draws from the claims and their comparison: plot
//! series (one per agency, with the retellings of one statement joined so
//! drift shows as a step), a log axis, and which claims of the comparison
//! grid differ from their reference. No GUI here: the tabs only draw what
//! this computes.

use super::compare::{Comparison, FindingKind, format_value};
use crate::model::{ArticleId, ClaimId, FigureKind, MeasureTaxonomy, Project, TagId};
use jiff::civil::Date;
use std::collections::HashMap;

/// One point: a claim's value on its date.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesPoint {
    /// Days since 1970-01-01, so dates sit on a linear axis.
    pub x_days: f64,
    pub value: f64,
    pub claim: ClaimId,
    /// The claim has no date of its own and is drawn at its article's
    /// publication date, so it is not silently left off the plot.
    pub undated: bool,
}

/// All points of one agency (or of claims citing none).
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub agency: String,
    pub points: Vec<SeriesPoint>,
    /// The retellings of one statement, as indices into `points` in the
    /// order to join them: by date, the statement's reference first among
    /// points on one day. Only statements drawn two or more times.
    pub statements: Vec<Vec<usize>>,
}

/// Everything the plot draws for one filter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlotData {
    pub series: Vec<Series>,
    /// Points drawn at their article's publication date.
    pub undated: usize,
    /// Claims that pass the filter but have neither a date nor an article
    /// publication date, so have no place on the time axis.
    pub unplaced: usize,
}

/// What to plot: counts and ratios never share an axis, and neither do two
/// subjects (826,000 Russian casualties would flatten 4,000 North Korean
/// ones).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlotFilter {
    pub kind: FigureKind,
    /// A subject as `subjects` lists it; `Some("")` is the claims with no
    /// subject, `None` every subject.
    pub subject: Option<String>,
    /// A measure family ("casualties" holds killed, wounded, lost…), so a
    /// retelling in another word stays on the same plot as its source.
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

/// Reads each distinct measure word once: a project has a handful of them
/// and tens of thousands of claims.
struct Families<'a> {
    taxonomy: MeasureTaxonomy,
    read: HashMap<&'a str, (String, String)>,
}

impl<'a> Families<'a> {
    fn new(project: &Project) -> Families<'a> {
        Families { taxonomy: MeasureTaxonomy::for_project(project), read: HashMap::new() }
    }
    /// (canonical measure, family) of a measure as written.
    fn of(&mut self, written: &'a str) -> &(String, String) {
        let taxonomy = &self.taxonomy;
        self.read.entry(written).or_insert_with(|| {
            let r = taxonomy.read(written);
            (r.measure, r.family)
        })
    }
}

/// A subject as the comparison keys it: case and spacing do not make two
/// subjects.
pub fn subject_key(subject: &str) -> String {
    subject.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The subjects of the project's claims of `kind`, each once (as first
/// written), sorted; "" stands for claims with no subject.
pub fn subjects(project: &Project, kind: FigureKind) -> Vec<String> {
    // Each distinct spelling is normalised once, not once per claim.
    let mut written: std::collections::HashSet<&str> = Default::default();
    let mut seen: HashMap<String, String> = HashMap::new();
    for claim in project.claims.iter().filter(|c| c.figure.kind == kind) {
        if !written.insert(&claim.figure.subject) {
            continue;
        }
        let subject = claim.figure.subject.split_whitespace().collect::<Vec<_>>().join(" ");
        seen.entry(subject.to_lowercase()).or_insert(subject);
    }
    let mut list: Vec<String> = seen.into_values().collect();
    list.sort_by_key(|s| s.to_lowercase());
    list
}

/// The subject most claims of `kind` are about, ties to the first in
/// order; claims with no subject never make the default.
pub fn most_common_subject(project: &Project, kind: FigureKind) -> Option<String> {
    // Counted by spelling first, then by key: one key per spelling.
    let mut written: HashMap<&str, usize> = HashMap::new();
    for claim in project.claims.iter().filter(|c| c.figure.kind == kind) {
        *written.entry(&claim.figure.subject).or_default() += 1;
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (subject, n) in written {
        *counts.entry(subject_key(subject)).or_default() += n;
    }
    subjects(project, kind)
        .into_iter()
        .filter(|s| !s.is_empty())
        .max_by(|a, b| counts[&subject_key(a)].cmp(&counts[&subject_key(b)]).then(b.cmp(a)))
}

/// Whether claims' subjects are `wanted` (any, when `None`), keying each
/// distinct spelling once.
struct SubjectFilter<'a> {
    wanted: Option<String>,
    keys: HashMap<&'a str, bool>,
}

impl<'a> SubjectFilter<'a> {
    fn new(wanted: Option<&str>) -> SubjectFilter<'a> {
        SubjectFilter { wanted: wanted.map(subject_key), keys: HashMap::new() }
    }
    fn matches(&mut self, subject: &'a str) -> bool {
        let Some(wanted) = &self.wanted else { return true };
        *self.keys.entry(subject).or_insert_with(|| subject_key(subject) == *wanted)
    }
}

/// Measure families of the claims of `kind` about `subject` (every
/// subject when `None`), sorted, for the plot's filter.
pub fn measures(project: &Project, kind: FigureKind, subject: Option<&str>) -> Vec<String> {
    let mut families = Families::new(project);
    let mut subjects = SubjectFilter::new(subject);
    let mut m: Vec<String> = project
        .claims
        .iter()
        .filter(|c| c.figure.kind == kind && !c.figure.measure.trim().is_empty())
        .filter(|c| subjects.matches(&c.figure.subject))
        .map(|c| families.of(&c.figure.measure).1.clone())
        .collect();
    m.sort();
    m.dedup();
    m
}

/// The measure family most claims of `kind` about `subject` report, ties
/// to the first in order.
pub fn most_common_measure(project: &Project, kind: FigureKind, subject: Option<&str>) -> Option<String> {
    let mut families = Families::new(project);
    let mut subjects = SubjectFilter::new(subject);
    let mut counts: HashMap<String, usize> = HashMap::new();
    for c in project.claims.iter().filter(|c| c.figure.kind == kind && !c.figure.measure.trim().is_empty()) {
        if subjects.matches(&c.figure.subject) {
            *counts.entry(families.of(&c.figure.measure).1.clone()).or_default() += 1;
        }
    }
    let mut list: Vec<(String, usize)> = counts.into_iter().collect();
    list.sort();
    list.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(m, _)| m)
}

/// For every claim in a comparison group, the statement it retells: the
/// group and the claim its line starts from. That is the reference the
/// comparison measured it against (through a value, qualifier, measure or
/// date finding), else the group's reference for its canonical measure,
/// else the claim itself. So "4,000 eliminated" joins the "around 4,000
/// casualties" it retells, while the same group's "about 1,000 killed" is
/// a statement of its own and never draws a false step to 4,000.
pub fn statements(comparison: &Comparison, project: &Project) -> HashMap<ClaimId, (usize, ClaimId)> {
    statements_where(comparison, project, |_| true)
}

/// `statements` for the claims `wanted` picks (the plot's, a subject's
/// few thousand of 50,000), touching only their groups. Claims are found
/// through vectors indexed by id, which ids are dense enough for: no
/// hashing of every claim on every redraw.
fn statements_where(
    comparison: &Comparison,
    project: &Project,
    wanted: impl Fn(ClaimId) -> bool,
) -> HashMap<ClaimId, (usize, ClaimId)> {
    let mut families = Families::new(project);
    let last = project.claims.iter().map(|c| c.id.0 as usize).max().unwrap_or(0);
    let mut claim_at: Vec<Option<usize>> = vec![None; last + 1];
    for (i, c) in project.claims.iter().enumerate() {
        claim_at[c.id.0 as usize] = Some(i);
    }
    let mut group_of = vec![0usize; last + 1];
    for g in &comparison.groups {
        for c in g.claims.iter().filter(|c| (c.0 as usize) <= last) {
            group_of[c.0 as usize] = g.id;
        }
    }
    let group = |c: ClaimId| group_of.get(c.0 as usize).copied().filter(|&g| g > 0);
    let mut measured_against: HashMap<ClaimId, ClaimId> = HashMap::new();
    for f in &comparison.findings {
        let retelling =
            matches!(f.kind, FindingKind::Value | FindingKind::Qualifier | FindingKind::Measure | FindingKind::Date);
        let (Some(drifting), Some(&reference)) = (f.drifting, f.claims.first()) else { continue };
        if retelling
            && drifting != reference
            && wanted(drifting)
            && group(drifting).is_some_and(|g| group(reference) == Some(g))
        {
            measured_against.entry(drifting).or_insert(reference);
        }
    }
    let mut measure_of = |id: ClaimId| -> Option<String> {
        let claim = &project.claims[claim_at.get(id.0 as usize).copied().flatten()?];
        Some(families.of(&claim.figure.measure).0.clone())
    };
    let mut out = HashMap::new();
    for g in comparison.groups.iter().filter(|g| g.claims.iter().any(|&c| wanted(c))) {
        let refs: Vec<(ClaimId, Option<String>)> = g.references.iter().map(|&r| (r, measure_of(r))).collect();
        for &c in g.claims.iter().filter(|&&c| wanted(c)) {
            let start = if g.references.contains(&c) {
                c
            } else if let Some(&r) = measured_against.get(&c) {
                r
            } else {
                let own = measure_of(c);
                refs.iter().find(|(_, m)| *m == own).map_or(c, |(r, _)| *r)
            };
            out.insert(c, (g.id, start));
        }
    }
    out
}

/// Claims with a value that pass `filter`, one series per agency, series
/// sorted by agency name and points by date. An undated claim is drawn at
/// its article's publication date.
pub fn plot_series(project: &Project, filter: &PlotFilter, comparison: &Comparison) -> PlotData {
    let mut families = Families::new(project);
    let published: HashMap<ArticleId, Option<Date>> = project.articles.iter().map(|a| (a.id, a.published_on)).collect();
    let mut subjects = SubjectFilter::new(filter.subject.as_deref());
    let mut data = PlotData::default();
    let mut by_agency: HashMap<&str, usize> = HashMap::new();
    for claim in &project.claims {
        let Some(value) = claim.figure.value.filter(|v| v.is_finite()) else { continue };
        if claim.figure.kind != filter.kind {
            continue;
        }
        if !subjects.matches(&claim.figure.subject) {
            continue;
        }
        if let Some(m) = &filter.measure
            && families.of(&claim.figure.measure).1 != *m
        {
            continue;
        }
        if let Some(tag) = filter.tag
            && !claim.tags.contains(&tag)
        {
            continue;
        }
        let (date, undated) = match (claim.date, published.get(&claim.article).copied().flatten()) {
            (Some(d), _) => (d.value, false),
            (None, Some(p)) => (p, true),
            (None, None) => {
                data.unplaced += 1;
                continue;
            }
        };
        data.undated += usize::from(undated);
        let agency = claim.agency.and_then(|a| project.agency(a)).map_or("(no agency)", |a| a.name.as_str());
        let point = SeriesPoint { x_days: days_since_epoch(date), value, claim: claim.id, undated };
        let index = *by_agency.entry(agency).or_insert_with(|| {
            data.series.push(Series { agency: agency.to_string(), points: Vec::new(), statements: Vec::new() });
            data.series.len() - 1
        });
        data.series[index].points.push(point);
    }
    data.series.sort_by(|a, b| a.agency.cmp(&b.agency));
    let last = data.series.iter().flat_map(|s| &s.points).map(|p| p.claim.0 as usize).max().unwrap_or(0);
    let mut plotted = vec![false; last + 1];
    for p in data.series.iter().flat_map(|s| &s.points) {
        plotted[p.claim.0 as usize] = true;
    }
    let statement = statements_where(comparison, project, |c| plotted.get(c.0 as usize).copied().unwrap_or(false));
    for s in &mut data.series {
        s.points.sort_by(|a, b| a.x_days.total_cmp(&b.x_days).then(a.claim.cmp(&b.claim)));
        let mut joined: HashMap<(usize, ClaimId), Vec<usize>> = HashMap::new();
        for (i, p) in s.points.iter().enumerate() {
            if let Some(&key) = statement.get(&p.claim) {
                joined.entry(key).or_default().push(i);
            }
        }
        let mut lines: Vec<((usize, ClaimId), Vec<usize>)> = joined.into_iter().filter(|(_, v)| v.len() > 1).collect();
        lines.sort_by_key(|(key, _)| *key);
        s.statements = lines
            .into_iter()
            .map(|((_, start), mut points)| {
                let p = &s.points;
                points.sort_by(|&a, &b| {
                    p[a].x_days.total_cmp(&p[b].x_days).then((p[a].claim != start).cmp(&(p[b].claim != start)))
                });
                points
            })
            .collect();
    }
    data
}

/// The corners of a step line through `points` (in drawing order): level
/// until the next point's date, then up or down to its value, so a retold
/// figure that moved shows as a step.
pub fn step_line(points: &[[f64; 2]]) -> Vec<[f64; 2]> {
    let mut out = Vec::with_capacity(points.len() * 2);
    for (i, p) in points.iter().enumerate() {
        if i > 0 {
            out.push([p[0], points[i - 1][1]]);
        }
        out.push(*p);
    }
    out
}

/// Where `value` sits on a log10 axis; `None` for zero and below, which a
/// log scale cannot show.
pub fn log_position(value: f64) -> Option<f64> {
    (value > 0.0 && value.is_finite()).then(|| value.log10())
}

/// Grid marks for a log10 axis showing `min..max` (log units), as (log
/// value, step): every power of ten with step 1, and 2× and 5× between
/// them when no more than three decades show, with step 0.3 (about their
/// real spacing, which is what the plot sizes lines and labels by).
pub fn log_marks(min: f64, max: f64) -> Vec<(f64, f64)> {
    if !(min.is_finite() && max.is_finite()) || max <= min {
        return Vec::new();
    }
    let (first, last) = (min.floor() as i32, max.ceil() as i32);
    // Hundreds of decades only happen while zooming far out; show none
    // rather than thousands of lines.
    if last - first > 300 {
        return Vec::new();
    }
    let fine = max - min <= 3.0;
    let mut marks = Vec::new();
    for decade in first..=last {
        let d = f64::from(decade);
        if (min..=max).contains(&d) {
            marks.push((d, 1.0));
        }
        if fine {
            for m in [2.0_f64, 5.0] {
                let v = d + m.log10();
                if (min..=max).contains(&v) {
                    marks.push((v, 0.3));
                }
            }
        }
    }
    marks
}

/// An axis label for a value of `kind` ("4,000", "40%"), given its log10
/// when `log` is set.
pub fn axis_label(position: f64, kind: FigureKind, log: bool) -> String {
    let value = if log { 10f64.powf(position) } else { position };
    // Round away float noise (10^3.30103 = 1999.9999, 0.1 + 0.2).
    let value = round_significant(value, 6);
    match kind {
        FigureKind::Count if value.fract() != 0.0 && value.abs() < 100.0 => format!("{value}"),
        _ => format_value(value, kind),
    }
}

fn round_significant(value: f64, digits: i32) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let scale = 10f64.powi(digits - 1 - value.abs().log10().floor() as i32);
    (value * scale).round() / scale
}

/// The findings that mark each claim of the comparison grid as differing
/// from its group's reference: the claim that drifted, or for a finding
/// with no drifting claim (a disagreement, an arithmetic one) every claim
/// but the first. Indices into `comparison.findings`, most severe first.
pub fn differing_claims(comparison: &Comparison) -> HashMap<ClaimId, Vec<usize>> {
    let mut marks: HashMap<ClaimId, Vec<usize>> = HashMap::new();
    for (i, f) in comparison.findings.iter().enumerate() {
        match f.drifting {
            Some(d) => marks.entry(d).or_default().push(i),
            None => {
                for &c in f.claims.iter().skip(1) {
                    marks.entry(c).or_default().push(i);
                }
            }
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::compare;
    use crate::store::parse_project;
    use std::path::Path;

    fn sample() -> Project {
        parse_project(Path::new("sample"), include_str!("../../projects/kursk-casualties.ron")).unwrap()
    }

    fn filter(kind: FigureKind) -> PlotFilter {
        PlotFilter { kind, ..PlotFilter::default() }
    }

    fn series(p: &Project, f: &PlotFilter) -> PlotData {
        plot_series(p, f, &compare(p))
    }

    #[test]
    fn series_split_by_agency_and_never_mix_kinds() {
        let p = sample();
        let counts = series(&p, &filter(FigureKind::Count)).series;
        let ratios = series(&p, &filter(FigureKind::Ratio)).series;
        assert!(counts.len() >= 2);
        for s in &counts {
            for pt in &s.points {
                assert_eq!(p.claim(pt.claim).unwrap().figure.kind, FigureKind::Count);
                assert_eq!(p.agency_name(p.claim(pt.claim).unwrap().agency).is_empty(), s.agency == "(no agency)");
            }
        }
        assert!(ratios.iter().flat_map(|s| &s.points).all(|pt| pt.value <= 1.0));
        let casualties =
            series(&p, &PlotFilter { measure: Some("casualties".into()), subject: None, ..filter(FigureKind::Count) });
        let n: usize = casualties.series.iter().map(|s| s.points.len()).sum();
        assert!(n >= 3 && n < counts.iter().map(|s| s.points.len()).sum::<usize>());
        // "lost" and "eliminated" are casualties retold: they stay on the plot.
        let measures: Vec<&str> = casualties
            .series
            .iter()
            .flat_map(|s| &s.points)
            .map(|pt| p.claim(pt.claim).unwrap().figure.measure.as_str())
            .collect();
        assert!(measures.contains(&"eliminated") && measures.contains(&"killed"), "{measures:?}");
    }

    #[test]
    fn a_subject_filter_keeps_other_subjects_off_the_axis() {
        let p = sample();
        assert_eq!(most_common_subject(&p, FigureKind::Count).as_deref(), Some("North Korean troops"));
        let all = subjects(&p, FigureKind::Count);
        assert!(all.contains(&"Russian troops".to_string()) && all.contains(&"North Korean troops".to_string()));
        let korean = series(
            &p,
            &PlotFilter {
                subject: Some("north korean  TROOPS".into()),
                measure: Some("casualties".into()),
                ..filter(FigureKind::Count)
            },
        );
        let values: Vec<f64> = korean.series.iter().flat_map(|s| &s.points).map(|pt| pt.value).collect();
        assert!(!values.is_empty());
        assert!(values.iter().all(|v| *v < 10_000.0), "826,000 Russian casualties are another subject: {values:?}");
    }

    #[test]
    fn the_most_common_measure_is_plotted_first() {
        let p = sample();
        assert_eq!(most_common_measure(&p, FigureKind::Count, None).as_deref(), Some("casualties"));
        assert_eq!(most_common_measure(&p, FigureKind::Count, Some("North Korean artillery")).as_deref(), Some("guns"));
        let empty = Project::new("t", jiff::Timestamp::UNIX_EPOCH);
        assert_eq!(most_common_measure(&empty, FigureKind::Count, None), None);
        assert_eq!(most_common_subject(&empty, FigureKind::Count), None);
    }

    #[test]
    fn undated_claims_are_drawn_at_their_article_s_publication_date() {
        let mut p = sample();
        let article = p.article(p.claims[0].article).unwrap().clone();
        p.claims[0].date = None;
        let id = p.claims[0].id;
        let data = series(&p, &filter(FigureKind::Count));
        let point = data.series.iter().flat_map(|s| &s.points).find(|pt| pt.claim == id).expect("still drawn");
        assert!(point.undated);
        assert_eq!(date_from_days(point.x_days), article.published_on);
        assert_eq!((data.undated, data.unplaced), (1, 0));
        p.article_mut(article.id).unwrap().published_on = None;
        let data = series(&p, &filter(FigureKind::Count));
        assert!(data.series.iter().flat_map(|s| &s.points).all(|pt| pt.claim != id));
        assert_eq!((data.undated, data.unplaced), (0, 1));
    }

    #[test]
    fn the_retellings_of_one_statement_are_joined() {
        let p = sample();
        let casualties = series(
            &p,
            &PlotFilter {
                subject: Some("North Korean troops".into()),
                measure: Some("casualties".into()),
                ..filter(FigureKind::Count)
            },
        );
        let ids = |s: &Series, line: &[usize]| -> Vec<u32> { line.iter().map(|&i| s.points[i].claim.0).collect() };
        let lines: Vec<Vec<u32>> =
            casualties.series.iter().flat_map(|s| s.statements.iter().map(move |l| ids(s, l))).collect();
        // The MoD's mid-January 4,000 joined with its retellings, the
        // “eliminated” one included and the reference first.
        let january = lines.iter().find(|l| l.contains(&15)).expect("the eliminated retelling is joined");
        assert_eq!(january[0], 1, "{lines:?}");
        assert!(january.contains(&28) && january.contains(&6));
        // “About 1,000 killed” is its own statement, never a step to 4,000.
        assert!(lines.iter().all(|l| !(l.contains(&1) && l.contains(&2))), "{lines:?}");
        let ratios = series(&p, &filter(FigureKind::Ratio));
        let ratio_lines: Vec<Vec<u32>> =
            ratios.series.iter().flat_map(|s| s.statements.iter().map(move |l| ids(s, l))).collect();
        assert!(ratio_lines.contains(&vec![3, 9]), "more than a third retold as almost 40 percent: {ratio_lines:?}");
    }

    #[test]
    fn a_step_line_stays_level_until_the_next_point() {
        assert_eq!(step_line(&[[0.0, 1.0], [2.0, 3.0]]), vec![[0.0, 1.0], [2.0, 1.0], [2.0, 3.0]]);
        assert_eq!(step_line(&[[0.0, 1.0]]), vec![[0.0, 1.0]]);
        assert!(step_line(&[]).is_empty());
    }

    #[test]
    fn log_axis_positions_marks_and_labels() {
        assert_eq!(log_position(1000.0), Some(3.0));
        assert_eq!(log_position(0.0), None);
        assert_eq!(log_position(-5.0), None);
        let marks = log_marks(2.9, 6.1);
        assert_eq!(marks.iter().filter(|m| m.1 == 1.0).map(|m| m.0).collect::<Vec<_>>(), vec![3.0, 4.0, 5.0, 6.0]);
        assert!(marks.iter().all(|m| m.1 == 1.0), "four decades: powers of ten only");
        let fine = log_marks(3.0, 4.0);
        assert_eq!(fine.len(), 4, "1,000, 2,000, 5,000 and 10,000: {fine:?}");
        assert!(log_marks(1.0, 1.0).is_empty() && log_marks(f64::NAN, 2.0).is_empty());
        assert!(log_marks(-1e9, 1e9).is_empty());
        assert_eq!(axis_label(2000f64.log10(), FigureKind::Count, true), "2,000");
        assert_eq!(axis_label(4000.0, FigureKind::Count, false), "4,000");
        assert_eq!(axis_label(0.4, FigureKind::Ratio, false), "40%");
        assert_eq!(axis_label(-1.0, FigureKind::Ratio, true), "10%");
        assert_eq!(axis_label(0.1 + 0.2, FigureKind::Count, false), "0.3");
    }

    #[test]
    fn differing_claims_point_at_the_drift() {
        let p = sample();
        let c = compare(&p);
        let marks = differing_claims(&c);
        let kinds = |id: u32| -> Vec<FindingKind> {
            marks.get(&ClaimId(id)).map_or(Vec::new(), |v| v.iter().map(|&i| c.findings[i].kind).collect())
        };
        assert!(kinds(6).contains(&FindingKind::Qualifier) && kinds(6).contains(&FindingKind::Date));
        assert_eq!(kinds(15), vec![FindingKind::Measure]);
        assert!(kinds(1).is_empty(), "the reference itself is not marked");
    }

    #[test]
    fn days_round_trip() {
        let d = jiff::civil::date(2025, 3, 28);
        assert_eq!(date_from_days(days_since_epoch(d)), Some(d));
    }
}
