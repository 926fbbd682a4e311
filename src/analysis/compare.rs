//! The cross-check: group the claims that report the same thing and find
//! where their retellings drifted.
//!
//! A group is one agency's statement about one subject, measure family,
//! kind of figure and period (the month the figure refers to, or its year
//! when only the year is known). Claims in a group are the same statement
//! retold by several articles; each is measured against the group's
//! reference for its measure (a primary source first, then the claim the
//! editor confirmed, then the earliest article's). Groups of one topic
//! (subject, family, kind, period) from different agencies are compared
//! for disagreement and attribution. Everything is hashed by key, so the
//! work grows with the number of claims, never with its square.

use super::interval::{Interval, format_count, format_percent};
use crate::model::{
    AgencyId, Article, ArticleId, Bound, Claim, ClaimId, DateKind, DatePrecision, FigureKind, FindingDecision,
    MeasureReading, MeasureTaxonomy, Project, Verdict,
};
use jiff::civil::Date;
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// The numbers are incompatible once each hedge is read as an interval.
    Value,
    /// The hedge moved ("around" → "over"), or was dropped.
    Qualifier,
    /// The measure changed ("casualties" → "killed") or became ambiguous.
    Measure,
    /// The same statement put in another period.
    Date,
    /// The same statement credited to another source.
    Attribution,
    /// Shares and counts that do not add up.
    Arithmetic,
    /// Different agencies give incompatible figures for the same thing.
    Disagreement,
}

impl FindingKind {
    pub const ALL: [FindingKind; 7] = [
        FindingKind::Value,
        FindingKind::Qualifier,
        FindingKind::Measure,
        FindingKind::Date,
        FindingKind::Attribution,
        FindingKind::Arithmetic,
        FindingKind::Disagreement,
    ];
    pub fn label(self) -> &'static str {
        match self {
            FindingKind::Value => "value",
            FindingKind::Qualifier => "qualifier",
            FindingKind::Measure => "measure",
            FindingKind::Date => "date",
            FindingKind::Attribution => "attribution",
            FindingKind::Arithmetic => "arithmetic",
            FindingKind::Disagreement => "disagreement",
        }
    }
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// How much a finding matters before print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    High,
    Medium,
    Low,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::High, Severity::Medium, Severity::Low];
    pub fn label(self) -> &'static str {
        match self {
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The period a figure refers to: its month, or its year when the date
/// gives no month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    Month { year: i16, month: i8 },
    Year(i16),
    Undated,
}

impl Period {
    fn of(claim: &Claim) -> Period {
        match claim.date {
            None => Period::Undated,
            Some(d) if d.precision == DatePrecision::Year && d.end.is_none() => Period::Year(d.value.year()),
            Some(d) => {
                let last = d.span().1;
                Period::Month { year: last.year(), month: last.month() }
            }
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Period::Year(year) => write!(f, "{year:04}"),
            Period::Undated => f.write_str("undated"),
        }
    }
}

/// One agency's statement about one subject, measure family, kind and
/// period, as every article retold it.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// 1-based, in the order groups are listed: by subject, measure,
    /// kind, period and agency.
    pub id: usize,
    pub subject: String,
    /// The measure family ("casualties" for killed, wounded, lost).
    pub measure: String,
    pub kind: FigureKind,
    pub agency: Option<AgencyId>,
    pub period: Period,
    /// In claim id order.
    pub claims: Vec<ClaimId>,
    /// The claim each retelling is measured against, one per canonical
    /// measure of the group.
    pub references: Vec<ClaimId>,
}

/// One thing an editor should look at before print.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    /// One line, in numbers.
    pub message: String,
    /// The claims involved: the reference (or one side) first.
    pub claims: Vec<ClaimId>,
    /// The claim that drifted from its reference, when one did; it is the
    /// claim marked misreported when the editor confirms the finding.
    pub drifting: Option<ClaimId>,
    /// The group the finding is in, or the first of the groups it joins.
    pub group: Option<usize>,
    /// What the editor decided, if anything (dismissed findings are not
    /// listed at all).
    pub decision: Option<FindingDecision>,
}

impl Finding {
    /// Stable across runs and edits that keep the claims: the kind and the
    /// claim ids, so a dismissal sticks.
    pub fn key(&self) -> String {
        finding_key(self.kind, &self.claims)
    }
}

pub fn finding_key(kind: FindingKind, claims: &[ClaimId]) -> String {
    let mut ids: Vec<u32> = claims.iter().map(|c| c.0).collect();
    ids.sort_unstable();
    ids.dedup();
    let ids: Vec<String> = ids.iter().map(u32::to_string).collect();
    format!("{}:{}", kind.label(), ids.join(","))
}

/// Everything the comparison found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    pub groups: Vec<Group>,
    /// Most severe first, then by group.
    pub findings: Vec<Finding>,
    /// Findings the editor dismissed, left out of `findings`.
    pub dismissed: usize,
}

impl Comparison {
    pub fn group_of(&self, claim: ClaimId) -> Option<&Group> {
        self.groups.iter().find(|g| g.claims.contains(&claim))
    }
}

/// A claim as the comparison sees it.
struct Seen<'a> {
    claim: &'a Claim,
    reading: MeasureReading,
    interval: Interval,
    subject_key: String,
    period: Period,
    published_on: Option<Date>,
    primary: bool,
}

impl Seen<'_> {
    fn id(&self) -> ClaimId {
        self.claim.id
    }
    fn article(&self) -> ArticleId {
        self.claim.article
    }
    fn value(&self) -> f64 {
        self.claim.figure.value.unwrap_or(0.0)
    }
    fn bound(&self) -> Option<Bound> {
        self.claim.figure.qualifier.map(|q| q.bound())
    }
}

/// Orders the claims that could be a group's reference: the agency's own
/// statement first, then what the editor confirmed, then what was not
/// marked wrong, then the earliest article, then the oldest claim.
fn reference_rank(s: &Seen) -> impl Ord {
    let verdict = match s.claim.verdict {
        Verdict::Confirmed => 0,
        Verdict::Unchecked | Verdict::Disputed => 1,
        Verdict::Misreported | Verdict::False => 2,
    };
    (!s.primary, verdict, s.published_on.is_none(), s.published_on, s.claim.id)
}

type TopicKey = (String, String, FigureKind, Period);
/// A [`TopicKey`] borrowed from the claims, while they are grouped.
type TopicRef<'a> = (&'a str, &'a str, FigureKind, Period);
/// A topic with its agency: one group.
type GroupKey = (TopicKey, Option<AgencyId>);
/// A topic without its kind: where shares meet counts.
type KindlessTopic = (String, String, Period);

struct Context<'a> {
    project: &'a Project,
    seen: Vec<Seen<'a>>,
    index: HashMap<ClaimId, usize>,
    taxonomy: MeasureTaxonomy,
    articles: HashMap<ArticleId, &'a Article>,
}

/// Compares every claim of `project` that has a value.
pub fn compare(project: &Project) -> Comparison {
    let taxonomy = MeasureTaxonomy::for_project(project);
    let articles: HashMap<ArticleId, &Article> = project.articles.iter().map(|a| (a.id, a)).collect();
    let mut seen = Vec::with_capacity(project.claims.len());
    // Projects repeat a handful of measure words and subjects thousands of
    // times: read each once.
    let mut readings: HashMap<&str, MeasureReading> = HashMap::new();
    let mut subjects: HashMap<&str, String> = HashMap::new();
    for claim in &project.claims {
        let Some(value) = claim.figure.value.filter(|v| v.is_finite()) else { continue };
        let (published_on, primary) =
            articles.get(&claim.article).map_or((None, false), |a| (a.published_on, a.primary_source));
        seen.push(Seen {
            claim,
            reading: readings
                .entry(claim.figure.measure.as_str())
                .or_insert_with(|| taxonomy.read(&claim.figure.measure))
                .clone(),
            interval: Interval::of_figure(value, claim.figure.qualifier, claim.figure.kind),
            subject_key: subjects
                .entry(claim.figure.subject.as_str())
                .or_insert_with(|| claim.figure.subject.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
                .clone(),
            period: Period::of(claim),
            published_on,
            primary,
        });
    }
    let index = seen.iter().enumerate().map(|(i, s)| (s.id(), i)).collect();
    let cx = Context { project, seen, index, taxonomy, articles };
    let mut findings = Vec::new();

    // Groups: one per topic and agency; keys borrow, and are copied once
    // a group.
    let mut by_group: HashMap<(TopicRef, Option<AgencyId>), Vec<usize>> = HashMap::new();
    for (i, s) in cx.seen.iter().enumerate() {
        let topic = (s.subject_key.as_str(), s.reading.family.as_str(), s.claim.figure.kind, s.period);
        by_group.entry((topic, s.claim.agency)).or_default().push(i);
    }
    let mut keyed: Vec<(GroupKey, Vec<usize>)> = by_group
        .into_iter()
        .map(|((t, agency), members)| (((t.0.to_string(), t.1.to_string(), t.2, t.3), agency), members))
        .collect();
    keyed.sort_by(|(a, _), (b, _)| (&a.0, project.agency_name(a.1), a.1).cmp(&(&b.0, project.agency_name(b.1), b.1)));
    let mut groups = Vec::with_capacity(keyed.len());
    let mut topics: HashMap<TopicKey, Vec<usize>> = HashMap::new();
    // The same without the kind: shares meet counts here.
    let mut kinds_of_topic: HashMap<KindlessTopic, Vec<usize>> = HashMap::new();
    for (n, ((topic, agency), mut members)) in keyed.into_iter().enumerate() {
        members.sort_by_key(|&i| cx.seen[i].id());
        let references = cx.references(&members);
        let first = &cx.seen[members[0]];
        groups.push(Group {
            id: n + 1,
            subject: first.claim.figure.subject.trim().to_string(),
            measure: topic.1.clone(),
            kind: topic.2,
            agency,
            period: topic.3,
            claims: members.iter().map(|&i| cx.seen[i].id()).collect(),
            references: references.values().map(|&i| cx.seen[i].id()).collect(),
        });
        kinds_of_topic.entry((topic.0.clone(), topic.1.clone(), topic.3)).or_default().push(n);
        topics.entry(topic).or_default().push(n);
    }
    for group in &mut groups {
        group.references.sort();
    }

    for group in &groups {
        cx.retellings(group, &mut findings);
        cx.parts_and_shares(group, &mut findings);
    }
    let mut topic_list: Vec<(&TopicKey, &Vec<usize>)> = topics.iter().collect();
    topic_list.sort();
    for (_, members) in &topic_list {
        let members: Vec<&Group> = members.iter().map(|&n| &groups[n]).collect();
        cx.across_agencies(&members, &mut findings);
    }
    let mut mixed: Vec<(&KindlessTopic, &Vec<usize>)> = kinds_of_topic.iter().collect();
    mixed.sort();
    for (_, members) in mixed {
        let members: Vec<&Group> = members.iter().map(|&n| &groups[n]).collect();
        cx.shares_of_wholes(&members, &mut findings);
    }
    cx.dates_across_periods(&groups, &mut findings);

    findings.sort_by(|a, b| (a.severity, a.group, a.kind, &a.claims).cmp(&(b.severity, b.group, b.kind, &b.claims)));
    // One finding per key (the most severe, listed first), the editor's
    // decision attached, dismissed ones counted and left out.
    let decisions: HashMap<&str, FindingDecision> =
        project.finding_reviews.iter().map(|r| (r.key.as_str(), r.decision)).collect();
    let mut keys = std::collections::HashSet::with_capacity(findings.len());
    let mut kept = Vec::with_capacity(findings.len());
    let mut dismissed = 0;
    for mut finding in findings {
        let key = finding.key();
        finding.decision = decisions.get(key.as_str()).copied();
        if !keys.insert(key) {
            continue;
        }
        if finding.decision == Some(FindingDecision::Dismissed) {
            dismissed += 1;
        } else {
            kept.push(finding);
        }
    }
    Comparison { groups, findings: kept, dismissed }
}

impl<'a> Context<'a> {
    fn at(&self, id: ClaimId) -> &Seen<'a> {
        &self.seen[self.index[&id]]
    }

    /// The reference of each canonical measure among `members`.
    fn references(&self, members: &[usize]) -> std::collections::BTreeMap<String, usize> {
        let mut best: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
        for &i in members {
            let s = &self.seen[i];
            if s.reading.ambiguous {
                continue;
            }
            let slot = best.entry(s.reading.measure.clone()).or_insert(i);
            if reference_rank(s) < reference_rank(&self.seen[*slot]) {
                *slot = i;
            }
        }
        best
    }

    fn name_of(&self, s: &Seen) -> String {
        // An article without an outlet is named by its title, cut short:
        // a finding is one line, and it must still show both claims.
        let outlet = self
            .articles
            .get(&s.article())
            .map(|a| if a.outlet.trim().is_empty() { short_title(&a.title) } else { a.outlet.trim().to_string() })
            .unwrap_or_default();
        format!("{outlet} (C{})", s.id().0)
    }

    fn figure_words(&self, s: &Seen) -> String {
        let measure = s.claim.figure.measure.trim();
        let text = s.claim.figure.text.trim();
        if measure.is_empty() || text.to_lowercase().contains(&measure.to_lowercase()) {
            format!("“{text}”")
        } else {
            format!("“{text}” {measure}")
        }
    }

    fn agency_words(&self, agency: Option<AgencyId>) -> String {
        match agency.and_then(|a| self.project.agency(a)) {
            Some(a) => a.name.clone(),
            None => "no cited agency".to_string(),
        }
    }

    /// Who gives a group's figure: its agency, or the article itself when
    /// it cites none.
    fn source_words(&self, group: &Group, claim: &Seen) -> String {
        match group.agency.and_then(|a| self.project.agency(a)) {
            Some(a) => a.name.clone(),
            None => format!("{}, citing no agency,", self.name_of(claim)),
        }
    }

    /// Each retelling in a group against its reference: value, qualifier,
    /// measure and date.
    fn retellings(&self, group: &Group, out: &mut Vec<Finding>) {
        let refs: Vec<ClaimId> = group.references.clone();
        let mut by_article: HashMap<ArticleId, Vec<ClaimId>> = HashMap::new();
        for &c in &group.claims {
            by_article.entry(self.at(c).article()).or_default().push(c);
        }
        // A part and its whole with the very same number in different
        // articles: one is the other retold ("4,000 casualties" as "4,000
        // killed"); the lower-ranked is the retelling.
        for (i, &a) in refs.iter().enumerate() {
            for &b in &refs[i + 1..] {
                let (sa, sb) = (self.at(a), self.at(b));
                let related = self.taxonomy.parts_of(&sa.reading.measure).contains(&sb.reading.measure)
                    || self.taxonomy.parts_of(&sb.reading.measure).contains(&sa.reading.measure);
                if related && sa.value() == sb.value() && sa.article() != sb.article() {
                    let (r, c) = if reference_rank(sa) <= reference_rank(sb) { (a, b) } else { (b, a) };
                    self.measure_drift(group, r, c, out);
                }
            }
        }
        for &id in &group.claims {
            if refs.contains(&id) {
                continue;
            }
            let c = self.at(id);
            let own = refs.iter().copied().find(|&r| self.at(r).reading.measure == c.reading.measure);
            if let Some(r) = own
                && c.interval.overlaps(&self.at(r).interval)
            {
                self.hedge_and_date(group, r, id, out);
                continue;
            }
            // The family's whole measure (casualties) before its parts.
            let mut others: Vec<ClaimId> =
                refs.iter().copied().filter(|&r| Some(r) != own && c.interval.overlaps(&self.at(r).interval)).collect();
            others.sort_by_key(|&r| (self.at(r).reading.measure != self.at(r).reading.family, r));
            if let Some(&r) = others.first() {
                self.measure_drift(group, r, id, out);
                self.hedge_and_date(group, r, id, out);
                continue;
            }
            // Nothing it agrees with: the number itself moved. An ambiguous
            // word is held against the nearest reference, and only when the
            // two are within a factor of two ("lost 1,500 in a day" is not a
            // retelling of 826,000 casualties).
            let nearest = own.or_else(|| {
                refs.iter()
                    .copied()
                    .filter(|&r| {
                        let ratio = c.interval.middle() / self.at(r).interval.middle();
                        (0.5..=2.0).contains(&ratio)
                    })
                    .min_by(|&a, &b| {
                        let d = |r: ClaimId| (c.interval.middle() / self.at(r).interval.middle()).ln().abs();
                        d(a).total_cmp(&d(b))
                    })
            });
            // Two statements of one agency, not one retold: the claim's
            // own article also carries a figure that agrees with the
            // reference, or the reference's article one that agrees with
            // the claim ("11,000 sent last year" and "3,000 more in
            // January" in both articles).
            let nearest = nearest.filter(|&r| !self.told_apart(&by_article, r, id));
            if let Some(r) = nearest {
                let (rs, cs) = (self.at(r), self.at(id));
                let middle_gap = (cs.interval.middle() - rs.interval.middle()).abs()
                    / rs.interval.middle().abs().max(f64::MIN_POSITIVE);
                let severity = if middle_gap > 0.15 { Severity::High } else { Severity::Medium };
                let message = format!(
                    "{} gives {} ({}) where {} gives {} ({}), both citing {}",
                    self.name_of(cs),
                    self.figure_words(cs),
                    cs.interval.describe(group.kind),
                    self.name_of(rs),
                    self.figure_words(rs),
                    rs.interval.describe(group.kind),
                    self.agency_words(group.agency),
                );
                push(out, FindingKind::Value, severity, message, vec![r, id], Some(id), group.id);
                if cs.reading.measure != rs.reading.measure {
                    self.measure_drift(group, r, id, out);
                }
            }
        }
    }

    /// Whether `id` sits in the article of reference `r`, the article of
    /// `id` retells `r` in another claim of the group, or the article of
    /// `r` gives `id`'s figure too: then
    /// `id` and `r` are two statements, not one that moved.
    fn told_apart(&self, by_article: &HashMap<ArticleId, Vec<ClaimId>>, r: ClaimId, id: ClaimId) -> bool {
        let (rs, cs) = (self.at(r), self.at(id));
        // An article does not retell itself.
        if rs.article() == cs.article() {
            return true;
        }
        // Only the two articles' own claims are looked at, so a group
        // retold by many articles costs no more than its claims.
        let agrees = |article: ArticleId, with: &Seen| {
            by_article
                .get(&article)
                .into_iter()
                .flatten()
                .any(|&o| o != r && o != id && self.at(o).interval.overlaps(&with.interval))
        };
        agrees(cs.article(), rs) || agrees(rs.article(), cs)
    }

    fn measure_drift(&self, group: &Group, r: ClaimId, id: ClaimId, out: &mut Vec<Finding>) {
        let (rs, cs) = (self.at(r), self.at(id));
        if rs.reading.measure == cs.reading.measure {
            return;
        }
        let (severity, why) = if cs.reading.ambiguous {
            (Severity::Medium, {
                let taxonomy = &self.taxonomy;
                let reading = match taxonomy.parts_of(&rs.reading.family).first() {
                    Some(part) => format!("as {part} or as all {}", rs.reading.family),
                    None => format!("as any {} figure", rs.reading.family),
                };
                format!(
                    "“{}” may be read {reading}; the source counted {}",
                    cs.claim.figure.measure.trim(),
                    rs.reading.measure
                )
            })
        } else {
            (Severity::High, format!("{} are not {}", cs.reading.measure, rs.reading.measure))
        };
        let message = format!(
            "{} retells {}'s {} {} as {}: {why}",
            self.name_of(cs),
            self.agency_words(group.agency),
            self.figure_words(rs),
            if rs.reading.measure == rs.claim.figure.measure.trim().to_lowercase() {
                String::new()
            } else {
                format!("({})", rs.reading.measure)
            },
            self.figure_words(cs),
        )
        .replace("  ", " ");
        push(out, FindingKind::Measure, severity, message, vec![r, id], Some(id), group.id);
    }

    /// The hedge and the date of a retelling whose number agrees.
    fn hedge_and_date(&self, group: &Group, r: ClaimId, id: ClaimId, out: &mut Vec<Finding>) {
        let (rs, cs) = (self.at(r), self.at(id));
        let hedge = |s: &Seen| s.claim.figure.qualifier.map_or("no hedge".to_string(), |q| format!("“{}”", q.label()));
        let qualifier = match (rs.bound(), cs.bound()) {
            (a, b) if a == b => None,
            (Some(_), None) => Some((Severity::Low, "dropped the hedge")),
            (None, Some(_)) => Some((Severity::Low, "added a hedge")),
            (Some(Bound::Above), Some(Bound::Below)) | (Some(Bound::Below), Some(Bound::Above)) => {
                Some((Severity::High, "turned the hedge around"))
            }
            _ => Some((Severity::Medium, "moved the hedge")),
        };
        if let Some((severity, what)) = qualifier {
            let message = format!(
                "{} {what} ({} → {}): {}, where {} has {}",
                self.name_of(cs),
                hedge(rs),
                hedge(cs),
                self.figure_words(cs),
                self.name_of(rs),
                self.figure_words(rs),
            );
            push(out, FindingKind::Qualifier, severity, message, vec![r, id], Some(id), group.id);
        }
        let (Some(rd), Some(cd)) = (rs.claim.date, cs.claim.date) else { return };
        let ((r_first, r_last), (c_first, c_last)) = (rd.span(), cd.span());
        let disjoint = c_first > r_last || c_last < r_first;
        let moved = match (rd.kind, cd.kind) {
            (DateKind::AsOf, DateKind::AsOf) => disjoint,
            // A figure cannot describe a time after it was announced.
            (DateKind::Reported, DateKind::AsOf) => c_first > r_last,
            (DateKind::AsOf, DateKind::Reported) => c_last < r_first,
            (DateKind::Reported, DateKind::Reported) => false,
        };
        if moved {
            let message = format!(
                "{} dates {} {} ({}); {} dates it {} ({})",
                self.name_of(cs),
                self.figure_words(cs),
                cd,
                cd.kind.label(),
                self.name_of(rs),
                rd,
                rd.kind.label(),
            );
            push(out, FindingKind::Date, Severity::Medium, message, vec![r, id], Some(id), group.id);
        }
    }

    /// Parts that exceed their whole, and a share of a whole given with
    /// its base that the counts of the same statement contradict.
    fn parts_and_shares(&self, group: &Group, out: &mut Vec<Finding>) {
        let refs: Vec<ClaimId> = group.references.clone();
        let taxonomy = &self.taxonomy;
        if group.kind == FigureKind::Count {
            for &whole in &refs {
                let w = self.at(whole);
                let parts: Vec<ClaimId> = refs
                    .iter()
                    .copied()
                    .filter(|&p| taxonomy.parts_of(&w.reading.measure).contains(&self.at(p).reading.measure))
                    .collect();
                let least: f64 = parts.iter().map(|&p| self.at(p).interval.low).sum();
                if !parts.is_empty() && least > w.interval.high {
                    let listed: Vec<String> = parts.iter().map(|&p| self.figure_words(self.at(p))).collect();
                    let message = format!(
                        "{}: {} add up to at least {}, more than {} ({})",
                        self.agency_words(group.agency),
                        listed.join(" and "),
                        format_count(least),
                        self.figure_words(w),
                        w.interval.describe(FigureKind::Count),
                    );
                    let mut claims = vec![whole];
                    claims.extend(parts);
                    push(out, FindingKind::Arithmetic, Severity::High, message, claims, None, group.id);
                }
            }
        }
    }

    /// Across the kinds of one topic and agency: a share with its base
    /// against the counts, and a part's share without base against the
    /// part's and the whole's counts.
    fn shares_of_wholes(&self, members: &[&Group], out: &mut Vec<Finding>) {
        let taxonomy = &self.taxonomy;
        let counts: HashMap<Option<AgencyId>, &Group> =
            members.iter().filter(|g| g.kind == FigureKind::Count).map(|g| (g.agency, *g)).collect();
        // Counts in the same article that the article gives as its own or
        // under the share's agency: "within one article" arithmetic.
        // Another agency's count is a disagreement, found elsewhere.
        // One count per article, agency and measure (the best-ranked), so
        // an article with many figures costs no more than its claims.
        let mut best_in_article: HashMap<(ArticleId, Option<AgencyId>, &str), ClaimId> = HashMap::new();
        for g in members.iter().filter(|g| g.kind == FigureKind::Count) {
            for &c in &g.claims {
                let s = self.at(c);
                let slot = best_in_article.entry((s.article(), g.agency, s.reading.measure.as_str())).or_insert(c);
                if reference_rank(s) < reference_rank(self.at(*slot)) {
                    *slot = c;
                }
            }
        }
        let mut counts_by_article: HashMap<ArticleId, Vec<ClaimId>> = HashMap::new();
        for ((article, _, _), c) in best_in_article {
            counts_by_article.entry(article).or_default().push(c);
        }
        for ratio_group in members.iter().filter(|g| g.kind == FigureKind::Ratio) {
            let count_group = counts.get(&ratio_group.agency).copied();
            for &id in &ratio_group.claims {
                let s = self.at(id);
                let measure_of = |c: ClaimId| self.at(c).reading.measure.clone();
                let same_measure = |c: &ClaimId| {
                    let m = measure_of(*c);
                    !self.at(*c).reading.ambiguous
                        && (m == s.reading.measure || (s.reading.ambiguous && m == s.reading.family))
                };
                if let Some(base) = s.claim.figure.base.filter(|b| *b > 0.0 && b.is_finite()) {
                    let implied = s.interval.times(base);
                    let mut against: Vec<ClaimId> = count_group
                        .map(|g| g.references.iter().copied().filter(same_measure).collect())
                        .unwrap_or_default();
                    against.extend(
                        counts_by_article
                            .get(&s.article())
                            .into_iter()
                            .flatten()
                            .copied()
                            .filter(|c| {
                                let agency = self.at(*c).claim.agency;
                                agency.is_none() || s.claim.agency.is_none() || agency == s.claim.agency
                            })
                            .filter(same_measure),
                    );
                    against.sort();
                    against.dedup();
                    // A count that is the base itself ("nearly half of the
                    // 11,000 troops" beside "11,000 troops") is the whole
                    // the share is taken of, not the part it implies.
                    let whole = Interval::of_figure(base, None, FigureKind::Count);
                    for c in against {
                        let cs = self.at(c);
                        if cs.interval.overlaps(&implied) || cs.interval.overlaps(&whole) {
                            continue;
                        }
                        let message = format!(
                            "{} of {} is {}, but {} gives {} ({})",
                            self.figure_words(s),
                            format_count(base),
                            implied.describe(FigureKind::Count),
                            self.name_of(cs),
                            self.figure_words(cs),
                            cs.interval.describe(FigureKind::Count),
                        );
                        push(out, FindingKind::Arithmetic, Severity::High, message, vec![c, id], None, ratio_group.id);
                    }
                    continue;
                }
                // "A quarter were killed" beside "about 1,000 killed" and
                // "around 4,000 casualties".
                let Some(count_group) = count_group else { continue };
                let whole_measure =
                    taxonomy.parts_of(&s.reading.family).contains(&s.reading.measure).then(|| s.reading.family.clone());
                let Some(whole_measure) = whole_measure else { continue };
                let find = |m: &str| count_group.references.iter().copied().find(|&c| measure_of(c) == m);
                let (Some(part), Some(whole)) = (find(&s.reading.measure), find(&whole_measure)) else { continue };
                let Some(implied) = self.at(part).interval.divided_by(&self.at(whole).interval) else { continue };
                if !s.interval.overlaps(&implied) {
                    let message = format!(
                        "{} is {} of the whole, but {} of {} is {}",
                        self.figure_words(s),
                        s.interval.describe(FigureKind::Ratio),
                        self.figure_words(self.at(part)),
                        self.figure_words(self.at(whole)),
                        implied.describe(FigureKind::Ratio),
                    );
                    push(
                        out,
                        FindingKind::Arithmetic,
                        Severity::High,
                        message,
                        vec![part, whole, id],
                        None,
                        ratio_group.id,
                    );
                }
            }
        }
    }

    /// Groups of one topic from different agencies: incompatible figures
    /// (disagreement) and one figure credited to two sources
    /// (attribution).
    fn across_agencies(&self, members: &[&Group], out: &mut Vec<Finding>) {
        if members.len() < 2 {
            return;
        }
        let mut by_measure: HashMap<String, Vec<(ClaimId, &Group)>> = HashMap::new();
        for g in members {
            for &r in &g.references {
                by_measure.entry(self.at(r).reading.measure.clone()).or_default().push((r, g));
            }
        }
        let mut measures: Vec<_> = by_measure.into_iter().collect();
        measures.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, mut refs) in measures {
            // Sorted by middle, only neighbours are compared: the figures
            // furthest apart are caught through the chain, in n log n.
            refs.sort_by(|a, b| {
                self.at(a.0).interval.middle().total_cmp(&self.at(b.0).interval.middle()).then(a.0.cmp(&b.0))
            });
            for pair in refs.windows(2) {
                let ((a, ga), (b, gb)) = (pair[0], pair[1]);
                let (sa, sb) = (self.at(a), self.at(b));
                if sa.interval.overlaps(&sb.interval) {
                    continue;
                }
                let message = format!(
                    "{} says {} ({}) and {} says {} ({}) for {}{}",
                    self.source_words(ga, sa),
                    self.figure_words(sa),
                    sa.interval.describe(ga.kind),
                    self.source_words(gb, sb),
                    self.figure_words(sb),
                    sb.interval.describe(gb.kind),
                    if ga.subject.is_empty() { "the same subject".to_string() } else { ga.subject.clone() },
                    match ga.period {
                        Period::Undated => ", neither dated".to_string(),
                        period => format!(" in {period}"),
                    },
                );
                push(out, FindingKind::Disagreement, Severity::Medium, message, vec![a, b], None, ga.id);
            }
        }
        // One figure (same number, same hedge direction) under several
        // agencies: the source most articles give is taken as right. A
        // figure given without any source is not counted: dropping the
        // source is common and usually harmless, and flagging it would
        // drown the findings that matter.
        type FigureKey = (String, u64, Option<Bound>);
        let mut same_figure: HashMap<FigureKey, std::collections::BTreeMap<usize, Vec<ClaimId>>> = HashMap::new();
        for (n, g) in members.iter().enumerate().filter(|(_, g)| g.agency.is_some()) {
            for &c in &g.claims {
                let s = self.at(c);
                if s.reading.ambiguous {
                    continue;
                }
                let key = (s.reading.measure.clone(), s.value().to_bits(), s.bound());
                same_figure.entry(key).or_default().entry(n).or_default().push(c);
            }
        }
        let mut shared: Vec<_> = same_figure.into_iter().filter(|(_, by_group)| by_group.len() > 1).collect();
        shared.sort_by(|a, b| (&a.0.0, a.0.1).cmp(&(&b.0.0, b.0.1)));
        for (_, by_group) in shared {
            let articles = |claims: &[ClaimId]| {
                let mut a: Vec<ArticleId> = claims.iter().map(|&c| self.at(c).article()).collect();
                a.sort();
                a.dedup();
                a.len()
            };
            let primary = |claims: &[ClaimId]| claims.iter().any(|&c| self.at(c).primary);
            let weight = |claims: &[ClaimId]| (primary(claims), articles(claims));
            let Some((&majority, majority_claims)) =
                by_group.iter().max_by_key(|(n, claims)| (weight(claims), std::cmp::Reverse(**n)))
            else {
                continue;
            };
            let majority_group = members[majority];
            let n_articles = articles(majority_claims);
            for (&n, claims) in by_group.iter().filter(|(n, _)| **n != majority) {
                let g = members[n];
                let tie = weight(claims) == weight(majority_claims);
                for &c in claims {
                    let cs = self.at(c);
                    let message = format!(
                        "{} credits {} to {}; {} the same figure to {}",
                        self.name_of(cs),
                        self.figure_words(cs),
                        self.agency_words(g.agency),
                        if n_articles == 1 {
                            "1 article credits".to_string()
                        } else {
                            format!("{n_articles} articles credit")
                        },
                        self.agency_words(majority_group.agency),
                    );
                    let severity = if tie { Severity::Low } else { Severity::Medium };
                    let drifting = (!tie).then_some(c);
                    push(out, FindingKind::Attribution, severity, message, vec![majority_claims[0], c], drifting, g.id);
                }
            }
        }
    }

    /// The same figure from one agency in two periods: unless the agency
    /// repeated it, one of the dates is wrong ("as of March" retold "as of
    /// April"). A different figure in another period is a time series and
    /// stays silent.
    fn dates_across_periods(&self, groups: &[Group], out: &mut Vec<Finding>) {
        type Key = (String, String, FigureKind, Option<AgencyId>, String, u64, Option<Bound>);
        let mut by_figure: HashMap<Key, Vec<(Period, ClaimId, usize)>> = HashMap::new();
        for g in groups.iter().filter(|g| g.period != Period::Undated) {
            for &c in &g.claims {
                let s = self.at(c);
                if s.reading.ambiguous {
                    continue;
                }
                let key = (
                    s.subject_key.clone(),
                    s.reading.family.clone(),
                    g.kind,
                    g.agency,
                    s.reading.measure.clone(),
                    s.value().to_bits(),
                    s.bound(),
                );
                by_figure.entry(key).or_default().push((g.period, c, g.id));
            }
        }
        let mut lists: Vec<_> = by_figure.into_values().filter(|v| v.iter().any(|e| e.0 != v[0].0)).collect();
        lists.sort_by_key(|v| v.iter().map(|e| e.1).min());
        for mut list in lists {
            list.sort_by(|a, b| {
                let (sa, sb) = (self.at(a.1), self.at(b.1));
                a.0.cmp(&b.0).then_with(|| reference_rank(sa).cmp(&reference_rank(sb)))
            });
            let (first_period, r, _) = list[0];
            for &(period, c, group) in list.iter().filter(|e| e.0 != first_period) {
                if self.at(c).article() == self.at(r).article() {
                    continue;
                }
                let (rs, cs) = (self.at(r), self.at(c));
                let message = format!(
                    "{} puts {} in {period}; {} has the same figure in {first_period}",
                    self.name_of(cs),
                    self.figure_words(cs),
                    self.name_of(rs),
                );
                push(out, FindingKind::Date, Severity::Medium, message, vec![r, c], Some(c), group);
            }
        }
    }
}

fn push(
    out: &mut Vec<Finding>,
    kind: FindingKind,
    severity: Severity,
    message: String,
    claims: Vec<ClaimId>,
    drifting: Option<ClaimId>,
    group: usize,
) {
    out.push(Finding { kind, severity, message, claims, drifting, group: Some(group), decision: None });
}

/// Describes a share or a count for reports: "40%" or "4,000".
/// At most [`SHORT_TITLE_CHARS`] code points of `title`, cut after a
/// whole word with "…".
fn short_title(title: &str) -> String {
    let title = title.trim();
    if title.chars().count() <= SHORT_TITLE_CHARS {
        return title.to_string();
    }
    let head: String = title.chars().take(SHORT_TITLE_CHARS).collect();
    let cut = head.rfind(char::is_whitespace).filter(|&at| at > 0).unwrap_or(head.len());
    format!("{}…", head[..cut].trim_end_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation()))
}

const SHORT_TITLE_CHARS: usize = 40;

pub fn format_value(value: f64, kind: FigureKind) -> String {
    match kind {
        FigureKind::Count => format_count(value),
        FigureKind::Ratio => format!("{}%", format_percent(value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgencySeed, Anchor, Article, ClaimDate, Figure, Qualifier};
    use crate::store::parse_project;
    use jiff::civil::date;
    use std::path::Path;

    fn sample() -> Project {
        parse_project(Path::new("sample"), include_str!("../../projects/kursk-casualties.ron")).unwrap()
    }

    /// A claim as a test writes it: "around 4,000 casualties" by agency
    /// `agency` in article `article`, dated as of `day` (a day of 2025-01
    /// unless `month` says otherwise).
    #[derive(Clone)]
    struct Spec {
        article: u32,
        agency: Option<&'static str>,
        value: f64,
        qualifier: Option<Qualifier>,
        measure: &'static str,
        kind: FigureKind,
        date: Option<ClaimDate>,
        base: Option<f64>,
        subject: &'static str,
    }

    fn count(
        article: u32,
        agency: &'static str,
        value: f64,
        qualifier: Option<Qualifier>,
        measure: &'static str,
    ) -> Spec {
        Spec {
            article,
            agency: Some(agency),
            value,
            qualifier,
            measure,
            kind: FigureKind::Count,
            date: Some(ClaimDate::new(date(2025, 1, 1), DatePrecision::Month, DateKind::AsOf)),
            base: None,
            subject: "North Korean troops",
        }
    }

    fn ratio(
        article: u32,
        agency: &'static str,
        value: f64,
        qualifier: Option<Qualifier>,
        measure: &'static str,
    ) -> Spec {
        Spec { kind: FigureKind::Ratio, ..count(article, agency, value, qualifier, measure) }
    }

    /// Articles 1..=n published a day apart, each with its claims' text.
    fn project(specs: &[Spec]) -> Project {
        let mut p = Project::new("t", jiff::Timestamp::UNIX_EPOCH);
        let articles = specs.iter().map(|s| s.article).max().unwrap_or(0);
        for n in 1..=articles {
            let id = p.next_ids.article().unwrap();
            assert_eq!(id.0, n);
            let text = "Officials said — “a figure” 😀 was\u{a0}given.".repeat(20);
            p.articles.push(Article {
                id,
                title: format!("Story {n}"),
                outlet: format!("Outlet {n}"),
                url: String::new(),
                published_on: Some(date(2025, 1, 20).checked_add(jiff::Span::new().days(n as i64)).unwrap()),
                retrieved_at: None,
                primary_source: false,
                text_sha256: Article::text_hash(&text),
                text,
            });
        }
        for spec in specs {
            let agency = spec.agency.map(|name| match p.agency_named(name) {
                Some(a) => a.id,
                None => {
                    p.add_agency(AgencySeed { name: name.into(), country: String::new(), aliases: vec![] }).unwrap()
                }
            });
            let id = p.next_ids.claim().unwrap();
            let article = crate::model::ArticleId(spec.article);
            let text = &p.article(article).unwrap().text;
            p.claims.push(Claim {
                id,
                article,
                anchor: Anchor::from_span(text, 0, 10).unwrap(),
                figure: Figure {
                    text: format!("{}{}", spec.qualifier.map_or(String::new(), |q| format!("{q} ")), spec.value),
                    value: Some(spec.value),
                    qualifier: spec.qualifier,
                    measure: spec.measure.into(),
                    kind: spec.kind,
                    subject: spec.subject.into(),
                    base: spec.base,
                },
                agency,
                date: spec.date,
                tags: vec![],
                verdict: Verdict::Unchecked,
                note: String::new(),
            });
        }
        p
    }

    fn kinds(specs: &[Spec]) -> Vec<(FindingKind, Vec<u32>)> {
        compare(&project(specs)).findings.iter().map(|f| (f.kind, f.claims.iter().map(|c| c.0).collect())).collect()
    }

    use FindingKind as K;
    use Qualifier::*;

    #[test]
    fn consistent_retellings_stay_silent() {
        let quiet = [
            vec![
                count(1, "MoD", 5000.0, Some(Over), "casualties"),
                count(2, "MoD", 5000.0, Some(MoreThan), "casualties"),
            ],
            vec![
                ratio(1, "MoD", 1.0 / 3.0, Some(About), "killed"),
                ratio(2, "MoD", 1.0 / 3.0, Some(Roughly), "killed"),
            ],
            vec![ratio(1, "MoD", 0.3333, None, "killed"), ratio(2, "MoD", 0.33, None, "killed")],
            vec![
                count(1, "MoD", 4000.0, Some(Around), "casualties"),
                count(2, "MoD", 4000.0, Some(About), "killed or wounded"),
            ],
            vec![count(1, "MoD", 1000.0, Some(About), "killed"), count(2, "MoD", 1000.0, Some(About), "fatalities")],
            // A quarter killed beside 1,000 killed of 4,000 casualties.
            vec![
                count(1, "MoD", 1000.0, Some(About), "killed"),
                count(1, "MoD", 4000.0, Some(Around), "casualties"),
                ratio(2, "MoD", 0.25, None, "killed"),
            ],
            // Nearly half of 11,000 beside over 5,000.
            vec![
                count(1, "MoD", 5000.0, Some(Over), "casualties"),
                Spec { base: Some(11_000.0), ..ratio(2, "MoD", 0.5, Some(Nearly), "casualties") },
            ],
            // One agency's figures at different dates: a time series.
            vec![
                count(1, "MoD", 4000.0, Some(Around), "casualties"),
                Spec {
                    date: Some(ClaimDate::new(date(2025, 3, 1), DatePrecision::Month, DateKind::AsOf)),
                    ..count(2, "MoD", 5000.0, Some(Over), "casualties")
                },
            ],
            // Different subjects never meet.
            vec![
                count(1, "MoD", 4000.0, Some(Around), "casualties"),
                Spec { subject: "Russian forces", ..count(2, "Kyiv", 826_000.0, Some(About), "casualties") },
            ],
            // The same agency's killed and casualties are parts of a whole.
            vec![count(1, "MoD", 1000.0, Some(About), "killed"), count(1, "MoD", 4000.0, Some(Around), "casualties")],
            // A daily loss is not a retelling of a running total.
            vec![count(1, "Kyiv", 826_000.0, Some(About), "casualties"), count(2, "Kyiv", 1500.0, Some(About), "lost")],
        ];
        for specs in quiet {
            assert_eq!(
                kinds(&specs),
                vec![],
                "{:?}",
                specs.iter().map(|s| (s.value, s.qualifier, s.measure)).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn a_moved_number_is_a_value_finding() {
        let specs =
            [count(1, "MoD", 4000.0, Some(Around), "casualties"), count(2, "MoD", 5000.0, Some(Over), "casualties")];
        let c = compare(&project(&specs));
        assert_eq!(c.findings.len(), 1);
        let f = &c.findings[0];
        assert_eq!((f.kind, f.severity, f.drifting), (K::Value, Severity::High, Some(ClaimId(2))));
        assert!(f.message.contains("3,600–4,400") && f.message.contains("over 5,000"), "{}", f.message);
        let ratios = [
            ratio(1, "MoD", 1.0 / 3.0, Some(MoreThan), "casualties"),
            ratio(2, "MoD", 0.4, Some(Almost), "casualties"),
        ];
        assert_eq!(kinds(&ratios), vec![(K::Value, vec![1, 2])]);
    }

    #[test]
    fn an_article_without_outlet_is_named_by_its_title_cut_at_a_word() {
        assert_eq!(short_title("  Short “title” 😀 "), "Short “title” 😀");
        let long = "Nearly half of the North Korean troops deployed — to the war\u{a0}in Ukraine 😀";
        let cut = short_title(long);
        assert_eq!(cut, "Nearly half of the North Korean troops…");
        assert!(cut.chars().count() <= SHORT_TITLE_CHARS + 1);
        let one_word = "x".repeat(60);
        assert_eq!(short_title(&one_word).chars().count(), SHORT_TITLE_CHARS + 1);
    }

    #[test]
    fn two_statements_both_articles_give_are_not_a_moved_number() {
        // 11,000 sent last year and 3,000 more since, in both articles.
        let specs = [
            count(1, "JCS", 3000.0, None, "deployed"),
            count(2, "JCS", 11_000.0, None, "deployed"),
            count(2, "JCS", 3000.0, None, "deployed"),
            count(1, "JCS", 11_000.0, None, "deployed"),
        ];
        assert_eq!(kinds(&specs), vec![]);
        // Only one article has the second figure: still two statements,
        // since that article also retells the reference faithfully.
        assert_eq!(kinds(&specs[..3]), vec![]);
        // Without the faithful retelling the number moved.
        assert_eq!(kinds(&specs[..2]), vec![(K::Value, vec![1, 2])]);
    }

    #[test]
    fn a_moved_or_dropped_hedge_is_a_qualifier_finding() {
        let c = compare(&project(&[
            count(1, "MoD", 4000.0, Some(Around), "casualties"),
            count(2, "MoD", 4000.0, Some(Over), "casualties"),
        ]));
        assert_eq!((c.findings[0].kind, c.findings[0].severity), (K::Qualifier, Severity::Medium));
        assert!(c.findings[0].message.contains("“around” → “over”"), "{}", c.findings[0].message);
        let dropped = compare(&project(&[
            ratio(1, "MoD", 1.0 / 3.0, Some(About), "killed"),
            ratio(2, "MoD", 1.0 / 3.0, None, "killed"),
        ]));
        assert_eq!((dropped.findings[0].kind, dropped.findings[0].severity), (K::Qualifier, Severity::Low));
    }

    #[test]
    fn a_changed_or_ambiguous_measure_is_a_measure_finding() {
        let c = compare(&project(&[
            count(1, "MoD", 4000.0, Some(Around), "casualties"),
            count(2, "MoD", 4000.0, Some(Around), "killed"),
        ]));
        assert_eq!((c.findings[0].kind, c.findings[0].severity), (K::Measure, Severity::High));
        let c = compare(&project(&[
            count(1, "MoD", 4000.0, Some(Around), "casualties"),
            count(2, "MoD", 4000.0, Some(Around), "eliminated"),
        ]));
        assert_eq!((c.findings[0].kind, c.findings[0].severity), (K::Measure, Severity::Medium));
        assert!(
            c.findings[0].message.contains("“eliminated” may be read as killed or as all casualties"),
            "{}",
            c.findings[0].message
        );
    }

    #[test]
    fn the_same_statement_in_another_period_is_a_date_finding() {
        let mid = ClaimDate {
            end: Some(date(2025, 1, 20)),
            ..ClaimDate::new(date(2025, 1, 11), DatePrecision::Day, DateKind::AsOf)
        };
        let late = ClaimDate {
            end: Some(date(2025, 1, 31)),
            ..ClaimDate::new(date(2025, 1, 21), DatePrecision::Day, DateKind::AsOf)
        };
        let specs = [
            Spec { date: Some(mid), ..count(1, "MoD", 4000.0, Some(Around), "casualties") },
            Spec { date: Some(late), ..count(2, "MoD", 4000.0, Some(Around), "casualties") },
        ];
        assert_eq!(kinds(&specs), vec![(K::Date, vec![1, 2])]);
        let march = ClaimDate::new(date(2025, 3, 1), DatePrecision::Month, DateKind::AsOf);
        let april = ClaimDate::new(date(2025, 4, 1), DatePrecision::Month, DateKind::AsOf);
        let specs = [
            Spec { date: Some(march), ..count(1, "MoD", 5000.0, Some(Over), "casualties") },
            Spec { date: Some(april), ..count(2, "MoD", 5000.0, Some(Over), "casualties") },
        ];
        let c = compare(&project(&specs));
        assert_eq!(c.groups.len(), 2, "March and April are two periods");
        assert_eq!(kinds(&specs), vec![(K::Date, vec![1, 2])]);
        assert!(c.findings[0].message.contains("2025-04") && c.findings[0].message.contains("2025-03"));
        // Announced on the 28th, as of the month: consistent.
        let reported = ClaimDate::new(date(2025, 3, 28), DatePrecision::Day, DateKind::Reported);
        let specs = [
            Spec { date: Some(march), ..count(1, "MoD", 5000.0, Some(Over), "casualties") },
            Spec { date: Some(reported), ..count(2, "MoD", 5000.0, Some(Over), "casualties") },
        ];
        assert_eq!(kinds(&specs), vec![]);
    }

    #[test]
    fn one_figure_under_another_source_is_an_attribution_finding() {
        let specs = [
            count(1, "JCS", 11_000.0, Some(About), "troops"),
            count(2, "JCS", 11_000.0, Some(About), "troops"),
            count(3, "MoD", 11_000.0, Some(Roughly), "sent"),
        ];
        let c = compare(&project(&specs));
        assert_eq!(c.findings.len(), 1, "{:?}", c.findings);
        let f = &c.findings[0];
        assert_eq!((f.kind, f.drifting), (K::Attribution, Some(ClaimId(3))));
        assert!(f.message.contains("2 articles credit the same figure to JCS"), "{}", f.message);
    }

    #[test]
    fn figures_that_do_not_add_up_are_an_arithmetic_finding() {
        // Almost 40 percent of 11,000 (4,070–4,400) against a count of
        // over 4,400 in the same article.
        let specs = [
            count(1, "MoD", 4500.0, Some(Over), "casualties"),
            Spec { base: Some(11_000.0), ..ratio(1, "MoD", 0.4, Some(Almost), "casualties") },
        ];
        assert_eq!(kinds(&specs), vec![(K::Arithmetic, vec![1, 2])]);
        // Nearly half killed, beside 1,000 killed of 4,000.
        let specs = [
            count(1, "MoD", 1000.0, Some(About), "killed"),
            count(1, "MoD", 4000.0, Some(Around), "casualties"),
            ratio(2, "MoD", 0.5, Some(Nearly), "killed"),
        ];
        assert_eq!(kinds(&specs), vec![(K::Arithmetic, vec![1, 2, 3])]);
        // Parts larger than their whole.
        let specs = [
            count(1, "MoD", 3000.0, None, "killed"),
            count(1, "MoD", 2000.0, None, "wounded"),
            count(2, "MoD", 4000.0, Some(About), "casualties"),
        ];
        assert_eq!(kinds(&specs), vec![(K::Arithmetic, vec![3, 1, 2])]);
        // The base itself beside its share is the whole, not the part.
        let specs = [
            count(1, "MoD", 11_000.0, None, "deployed"),
            Spec { base: Some(11_000.0), ..ratio(1, "MoD", 0.5, Some(Nearly), "deployed") },
        ];
        assert_eq!(kinds(&specs), vec![]);
        // Another agency's count in the same article is a disagreement,
        // not the article's arithmetic.
        let specs = [
            count(1, "JCS", 4000.0, Some(About), "casualties"),
            Spec { base: Some(11_000.0), ..ratio(1, "MoD", 0.5, Some(Nearly), "casualties") },
        ];
        assert_eq!(kinds(&specs), vec![]);
    }

    #[test]
    fn different_agencies_with_incompatible_figures_disagree() {
        let specs =
            [count(1, "MoD", 5000.0, Some(Over), "casualties"), count(2, "JCS", 4000.0, Some(About), "casualties")];
        let c = compare(&project(&specs));
        assert_eq!(c.groups.len(), 2);
        assert_eq!(kinds(&specs), vec![(K::Disagreement, vec![2, 1])]);
        assert_eq!(c.findings[0].drifting, None, "a disagreement is not drift");
    }

    #[test]
    fn a_dismissed_finding_stays_dismissed_and_a_confirmed_one_marks_the_claim() {
        let mut p = project(&[
            count(1, "MoD", 4000.0, Some(Around), "casualties"),
            count(2, "MoD", 5000.0, Some(Over), "casualties"),
        ]);
        let finding = compare(&p).findings[0].clone();
        p.dismiss_finding(&finding.key(), "two updates — “checked” 😀");
        let c = compare(&p);
        assert_eq!((c.findings.len(), c.dismissed), (0, 1));
        p.confirm_finding(&finding.key(), finding.drifting, &finding.message).unwrap();
        let c = compare(&p);
        assert_eq!(c.findings[0].decision, Some(FindingDecision::Confirmed));
        let claim = p.claim(ClaimId(2)).unwrap();
        assert_eq!(claim.verdict, Verdict::Misreported);
        assert!(claim.note.contains(&finding.message));
        p.confirm_finding(&finding.key(), finding.drifting, &finding.message).unwrap();
        assert_eq!(p.claim(ClaimId(2)).unwrap().note.matches("Finding:").count(), 1, "noted once");
        assert_eq!(p.finding_reviews.len(), 1);
        assert!(p.confirm_finding("value:1,99", Some(ClaimId(99)), "x").is_err());
    }

    #[test]
    fn claims_without_a_value_subject_or_date_are_handled() {
        let mut p = project(&[
            Spec { date: None, subject: "", ..count(1, "MoD", 4000.0, Some(Around), "casualties") },
            Spec { date: None, subject: "", ..count(2, "MoD", 4000.0, Some(Around), "casualties") },
        ]);
        p.claims[1].figure.value = None;
        let c = compare(&p);
        assert_eq!(c.groups.len(), 1);
        assert_eq!(c.groups[0].period, Period::Undated);
        assert_eq!(c.groups[0].claims, vec![ClaimId(1)]);
        assert!(c.findings.is_empty());
    }

    /// Every drift the bundled sample plants, and nothing else. The sample
    /// was written for this project; passing it proves the rules find
    /// what they were built to find, not that they generalise.
    #[test]
    fn the_sample_s_planted_drift_is_found_and_nothing_else() {
        let p = sample();
        let c = compare(&p);
        let found: Vec<(FindingKind, Vec<u32>)> =
            c.findings.iter().map(|f| (f.kind, f.claims.iter().map(|c| c.0).collect())).collect();
        let mut want = vec![
            // “around 4,000” (mid-January) retold “over 4,000 as of late January”.
            (K::Qualifier, vec![1, 6]),
            (K::Date, vec![1, 6]),
            // Casualties retold as “eliminated” and as “lost”.
            (K::Measure, vec![1, 15]),
            (K::Measure, vec![22, 24]),
            // “More than a third” retold as “lost almost 40 percent”.
            (K::Value, vec![3, 9]),
            (K::Measure, vec![3, 9]),
            // The JCS's deployment figure credited to the British ministry.
            (K::Attribution, vec![4, 10]),
            // Not drift, but an editor must see them.
            (K::Disagreement, vec![1, 17]),
            (K::Disagreement, vec![18, 22]),
            (K::Disagreement, vec![3, 5]),
        ];
        let mut got = found.clone();
        got.sort();
        want.sort();
        assert_eq!(got, want, "{:#?}", c.findings.iter().map(|f| &f.message).collect::<Vec<_>>());
        assert_eq!(c.groups.len(), 12);
    }
}
