//! The comparison written out: JSON for tools, a table for the terminal,
//! Markdown for an editor's memo. Every format says the same things; this
//! file only chooses the words and the layout.

use super::compare::{Comparison, Finding, Severity};
use crate::model::{ClaimId, MeasureTaxonomy, Project};
use serde::Serialize;

/// Appends one formatted line; a String cannot fail to grow, so unlike
/// `writeln!` there is no result to drop.
macro_rules! push_line {
    ($out:expr, $($arg:tt)*) => {{
        $out.push_str(&format!($($arg)*));
        $out.push('\n');
    }};
}

/// One claim of a finding, as a reader needs it without the project.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClaimView {
    pub id: u32,
    pub article_title: String,
    pub outlet: String,
    pub published_on: Option<String>,
    pub figure_text: String,
    pub value: Option<f64>,
    pub qualifier: Option<String>,
    pub measure: String,
    pub canonical_measure: String,
    pub subject: String,
    pub agency: Option<String>,
    pub date: Option<String>,
    pub quote: String,
}

impl ClaimView {
    pub fn of(project: &Project, taxonomy: &MeasureTaxonomy, id: ClaimId) -> Option<ClaimView> {
        let claim = project.claim(id)?;
        let article = project.article(claim.article);
        Some(ClaimView {
            id: id.0,
            article_title: article.map(|a| a.title.clone()).unwrap_or_default(),
            outlet: article.map(|a| a.outlet.clone()).unwrap_or_default(),
            published_on: article.and_then(|a| a.published_on).map(|d| d.to_string()),
            figure_text: claim.figure.text.clone(),
            value: claim.figure.value,
            qualifier: claim.figure.qualifier.map(|q| q.label().to_string()),
            measure: claim.figure.measure.clone(),
            canonical_measure: taxonomy.read(&claim.figure.measure).measure,
            subject: claim.figure.subject.clone(),
            agency: claim.agency.and_then(|a| project.agency(a)).map(|a| a.name.clone()),
            date: claim.date.map(|d| format!("{d} ({})", d.kind.label())),
            quote: claim.anchor.exact.clone(),
        })
    }
}

#[derive(Serialize)]
struct GroupOut<'a> {
    id: usize,
    subject: &'a str,
    measure: &'a str,
    kind: &'static str,
    agency: Option<&'a str>,
    period: String,
    claims: Vec<u32>,
    references: Vec<u32>,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    key: String,
    kind: &'static str,
    severity: &'static str,
    message: &'a str,
    group: Option<usize>,
    drifting: Option<u32>,
    decision: Option<&'static str>,
    claims: Vec<ClaimView>,
}

#[derive(Serialize)]
struct ReportOut<'a> {
    project: &'a str,
    groups: Vec<GroupOut<'a>>,
    findings: Vec<FindingOut<'a>>,
    dismissed: usize,
}

fn decision_label(finding: &Finding) -> Option<&'static str> {
    finding.decision.map(|d| match d {
        crate::model::FindingDecision::Dismissed => "dismissed",
        crate::model::FindingDecision::Confirmed => "confirmed",
    })
}

/// The comparison as one JSON object with `groups` and `findings`.
pub fn comparison_json(project: &Project, comparison: &Comparison) -> String {
    let taxonomy = MeasureTaxonomy::for_project(project);
    let report = ReportOut {
        project: &project.title,
        groups: comparison
            .groups
            .iter()
            .map(|g| GroupOut {
                id: g.id,
                subject: &g.subject,
                measure: &g.measure,
                kind: g.kind.label(),
                agency: g.agency.and_then(|a| project.agency(a)).map(|a| a.name.as_str()),
                period: g.period.to_string(),
                claims: g.claims.iter().map(|c| c.0).collect(),
                references: g.references.iter().map(|c| c.0).collect(),
            })
            .collect(),
        findings: comparison
            .findings
            .iter()
            .map(|f| FindingOut {
                key: f.key(),
                kind: f.kind.label(),
                severity: f.severity.label(),
                message: &f.message,
                group: f.group,
                drifting: f.drifting.map(|c| c.0),
                decision: decision_label(f),
                claims: f.claims.iter().filter_map(|&c| ClaimView::of(project, &taxonomy, c)).collect(),
            })
            .collect(),
        dismissed: comparison.dismissed,
    };
    // Plain data of strings, numbers and options: serialising cannot fail.
    let mut text = serde_json::to_string_pretty(&report).expect("the report is plain data");
    text.push('\n');
    text
}

/// One line a finding, for a terminal.
pub fn comparison_table(comparison: &Comparison) -> String {
    let mut out = String::new();
    push_line!(out, "{:<8} {:<12} {:<14} MESSAGE", "SEVERITY", "KIND", "CLAIMS");
    for f in &comparison.findings {
        let claims: Vec<String> = f.claims.iter().map(|c| c.to_string()).collect();
        let decided = decision_label(f).map(|d| format!(" [{d}]")).unwrap_or_default();
        push_line!(
            out,
            "{:<8} {:<12} {:<14} {}{decided}",
            f.severity.label(),
            f.kind.label(),
            claims.join(","),
            f.message
        );
    }
    push_line!(
        out,
        "{} finding{} in {} group{}; {} dismissed",
        comparison.findings.len(),
        if comparison.findings.len() == 1 { "" } else { "s" },
        comparison.groups.len(),
        if comparison.groups.len() == 1 { "" } else { "s" },
        comparison.dismissed
    );
    out
}

/// Markdown table cells cannot hold pipes or line breaks.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\").replace('|', "\\|").replace(['\r', '\n'], " ")
}

/// A drift report an editor can paste into a memo: findings by severity,
/// each with its claims side by side.
pub fn comparison_markdown(project: &Project, comparison: &Comparison) -> String {
    let taxonomy = MeasureTaxonomy::for_project(project);
    let mut out = String::new();
    push_line!(out, "# Drift report: {}\n", project.title.trim());
    push_line!(
        out,
        "{} finding{} across {} group{} of claims ({} dismissed by the editor and not listed).\n",
        comparison.findings.len(),
        if comparison.findings.len() == 1 { "" } else { "s" },
        comparison.groups.len(),
        if comparison.groups.len() == 1 { "" } else { "s" },
        comparison.dismissed
    );
    if comparison.findings.is_empty() {
        out.push_str("No drift found: every retelling agrees with its source.\n");
        return out;
    }
    let mut n = 0;
    for severity in Severity::ALL {
        let findings: Vec<&Finding> = comparison.findings.iter().filter(|f| f.severity == severity).collect();
        if findings.is_empty() {
            continue;
        }
        push_line!(out, "## {} severity\n", capitalise(severity.label()));
        for f in findings {
            n += 1;
            let group = f.group.and_then(|id| comparison.groups.iter().find(|g| g.id == id));
            let topic = group
                .map(|g| {
                    let subject = if g.subject.is_empty() { String::new() } else { format!("{}, ", g.subject) };
                    format!(" — {subject}{}, {}", g.measure, g.period)
                })
                .unwrap_or_default();
            let decided = decision_label(f).map(|d| format!(" ({d})")).unwrap_or_default();
            push_line!(out, "### {n}. {}{topic}{decided}\n", capitalise(f.kind.label()));
            push_line!(out, "{}\n", f.message);
            out.push_str("| Claim | Outlet | Published | Figure | Measure | Agency | Date | Quote |\n");
            out.push_str("|---|---|---|---|---|---|---|---|\n");
            for view in f.claims.iter().filter_map(|&c| ClaimView::of(project, &taxonomy, c)) {
                let marker = if f.drifting == Some(ClaimId(view.id)) { " (drifted)" } else { "" };
                push_line!(
                    out,
                    "| C{}{marker} | {} | {} | {} | {} | {} | {} | “{}” |",
                    view.id,
                    cell(if view.outlet.is_empty() { &view.article_title } else { &view.outlet }),
                    view.published_on.as_deref().unwrap_or(""),
                    cell(&view.figure_text),
                    cell(&view.measure),
                    cell(view.agency.as_deref().unwrap_or("")),
                    cell(view.date.as_deref().unwrap_or("")),
                    cell(&view.quote),
                );
            }
            out.push('\n');
        }
    }
    out
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
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

    #[test]
    fn json_has_groups_and_findings_with_their_claims() {
        let p = sample();
        let c = compare(&p);
        let v: serde_json::Value = serde_json::from_str(&comparison_json(&p, &c)).unwrap();
        assert_eq!(v["groups"].as_array().unwrap().len(), c.groups.len());
        let group = &v["groups"][0];
        for field in ["id", "subject", "measure", "kind", "agency", "period", "claims"] {
            assert!(group.get(field).is_some(), "group lacks {field}");
        }
        let findings = v["findings"].as_array().unwrap();
        assert_eq!(findings.len(), c.findings.len());
        for f in findings {
            assert!(
                ["value", "qualifier", "measure", "date", "attribution", "arithmetic", "disagreement"]
                    .contains(&f["kind"].as_str().unwrap())
            );
            assert!(["high", "medium", "low"].contains(&f["severity"].as_str().unwrap()));
            for claim in f["claims"].as_array().unwrap() {
                for field in
                    ["id", "article_title", "outlet", "figure_text", "value", "qualifier", "measure", "agency", "date"]
                {
                    assert!(claim.get(field).is_some(), "claim lacks {field}");
                }
            }
        }
        let qualifier = findings.iter().find(|f| f["kind"] == "qualifier").unwrap();
        assert_eq!(qualifier["claims"][1]["figure_text"], "over 4,000");
        assert_eq!(qualifier["claims"][1]["outlet"], "Northern Ledger");
    }

    #[test]
    fn markdown_lists_every_finding_and_escapes_cells() {
        let mut p = sample();
        p.claims[5].anchor.exact = "over | 4,000 😀\n— “late” January".into();
        let c = compare(&p);
        let md = comparison_markdown(&p, &c);
        assert_eq!(md.matches("\n### ").count(), c.findings.len());
        assert!(md.contains("over \\| 4,000 😀 — “late” January"), "{md}");
        assert!(md.starts_with("# Drift report: Kursk casualties"));
        let table = comparison_table(&c);
        assert_eq!(table.lines().count(), c.findings.len() + 2);
    }
}
