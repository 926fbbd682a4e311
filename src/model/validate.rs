//! Every invariant of a project, checked in one place.

use super::ids::{AgencyId, ArticleId, ClaimId, TagId};
use super::project::{FORMAT_VERSION, Project};
use super::records::{Article, FigureKind};
use std::collections::HashSet;
use std::fmt;

/// How bad a problem is. A project with errors cannot be worked on (a claim
/// would point nowhere); warnings describe claims or texts that drifted and
/// are shown to the editor, never silently repaired.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub kind: ProblemKind,
    pub message: String,
    /// The record the problem is in, so a caller holding the file can name
    /// its line.
    pub record: Option<Record>,
}

/// One record of a project, by its list and id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Record {
    Article(ArticleId),
    Claim(ClaimId),
    Agency(AgencyId),
    Tag(TagId),
}

/// What a problem is about, so callers can count e.g. orphaned anchors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    Format,
    DuplicateId,
    IdCounter,
    DanglingReference,
    AnchorMismatch(ClaimId),
    TextHash(ArticleId),
    BadValue,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{level}: {}", self.message)
    }
}

/// The outcome of `Project::validate`.
#[derive(Clone, Debug, Default)]
pub struct Validation {
    pub problems: Vec<Problem>,
}

impl Validation {
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
    pub fn orphaned_claims(&self) -> Vec<ClaimId> {
        self.problems
            .iter()
            .filter_map(|p| match p.kind {
                ProblemKind::AnchorMismatch(id) => Some(id),
                _ => None,
            })
            .collect()
    }
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Error)
    }
    fn push(&mut self, severity: Severity, kind: ProblemKind, record: Option<Record>, message: String) {
        self.problems.push(Problem { severity, kind, message, record });
    }
    fn error(&mut self, kind: ProblemKind, record: Option<Record>, message: String) {
        self.push(Severity::Error, kind, record, message);
    }
}

fn check_unique<T: Copy + Eq + std::hash::Hash + fmt::Display>(
    out: &mut Validation,
    what: &str,
    ids: impl Iterator<Item = T>,
    next: u32,
    raw: impl Fn(T) -> u32,
    record: impl Fn(T) -> Record,
) -> HashSet<T> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            out.error(ProblemKind::DuplicateId, Some(record(id)), format!("{what} id {id} is used twice"));
        }
        if raw(id) >= next {
            out.error(
                ProblemKind::IdCounter,
                Some(record(id)),
                format!("{what} id {id} is not below next_ids.{what} = {next}; a new {what} would reuse it"),
            );
        }
    }
    seen
}

impl Project {
    /// Checks every invariant: ids unique and below their counters, every
    /// reference resolving, anchors inside their article and equal to their
    /// quote, text hashes matching, figures and colours well formed.
    pub fn validate(&self) -> Validation {
        let mut out = Validation::default();
        if self.format != FORMAT_VERSION {
            out.error(ProblemKind::Format, None, format!("format is {}, expected {FORMAT_VERSION}", self.format));
        }
        let articles: HashSet<ArticleId> = check_unique(
            &mut out,
            "article",
            self.articles.iter().map(|a| a.id),
            self.next_ids.article,
            |i| i.0,
            Record::Article,
        );
        check_unique(&mut out, "claim", self.claims.iter().map(|c| c.id), self.next_ids.claim, |i| i.0, Record::Claim);
        let agencies: HashSet<AgencyId> = check_unique(
            &mut out,
            "agency",
            self.agencies.iter().map(|a| a.id),
            self.next_ids.agency,
            |i| i.0,
            Record::Agency,
        );
        let tags: HashSet<TagId> =
            check_unique(&mut out, "tag", self.tags.iter().map(|t| t.id), self.next_ids.tag, |i| i.0, Record::Tag);

        for article in &self.articles {
            let actual = Article::text_hash(&article.text);
            if actual != article.text_sha256 {
                out.push(
                    Severity::Warning,
                    ProblemKind::TextHash(article.id),
                    Some(Record::Article(article.id)),
                    format!(
                        "article {} ({:?}): text_sha256 is {}, but the text hashes to {actual}; the text was changed outside crosscheck",
                        article.id, article.title, article.text_sha256
                    ),
                );
            }
        }
        for agency in &self.agencies {
            if agency.name.trim().is_empty() {
                out.error(
                    ProblemKind::BadValue,
                    Some(Record::Agency(agency.id)),
                    format!("agency {} has an empty name", agency.id),
                );
            }
        }
        for tag in &self.tags {
            if tag.name.trim().is_empty() {
                out.error(
                    ProblemKind::BadValue,
                    Some(Record::Tag(tag.id)),
                    format!("tag {} has an empty name", tag.id),
                );
            }
        }

        for claim in &self.claims {
            let id = claim.id;
            let here = Some(Record::Claim(id));
            if !articles.contains(&claim.article) {
                out.error(
                    ProblemKind::DanglingReference,
                    here,
                    format!("claim {id} refers to article {}, which does not exist", claim.article),
                );
            } else if let Some(article) = self.article(claim.article)
                && let Some(problem) = claim.anchor.problem(&article.text)
            {
                out.push(
                    Severity::Warning,
                    ProblemKind::AnchorMismatch(id),
                    here,
                    format!("claim {id} in article {}: anchor {problem}", claim.article),
                );
            }
            if let Some(agency) = claim.agency
                && !agencies.contains(&agency)
            {
                out.error(
                    ProblemKind::DanglingReference,
                    here,
                    format!("claim {id} cites agency {agency}, which does not exist"),
                );
            }
            for tag in &claim.tags {
                if !tags.contains(tag) {
                    out.error(
                        ProblemKind::DanglingReference,
                        here,
                        format!("claim {id} carries tag {tag}, which does not exist"),
                    );
                }
            }
            if let Some(value) = claim.figure.value {
                if !value.is_finite() {
                    out.error(ProblemKind::BadValue, here, format!("claim {id}: figure value {value} is not a number"));
                } else if claim.figure.kind == FigureKind::Ratio && !(0.0..=1.0).contains(&value) {
                    out.error(ProblemKind::BadValue, here, format!("claim {id}: ratio {value} lies outside 0 to 1"));
                }
            }
        }
        for reviewed in &self.reviewed_suggestions {
            if !articles.contains(&reviewed.article) {
                out.error(
                    ProblemKind::DanglingReference,
                    None,
                    format!("a reviewed suggestion refers to article {}, which does not exist", reviewed.article),
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use jiff::Timestamp;

    fn project_with_claim() -> Project {
        let mut p = Project::new("t", Timestamp::UNIX_EPOCH);
        let text = "Kyiv — “nearly half” 😀 of 11,000\u{a0}troops".to_string();
        let article = p.next_ids.article().unwrap();
        p.articles.push(Article {
            id: article,
            title: "a".into(),
            outlet: "o".into(),
            url: String::new(),
            published_on: None,
            retrieved_at: None,
            primary_source: false,
            text_sha256: Article::text_hash(&text),
            text: text.clone(),
        });
        let tag = p.next_ids.tag().unwrap();
        p.tags.push(Tag { id: tag, name: "drift".into(), colour: Rgb([1, 2, 3]) });
        let claim = p.next_ids.claim().unwrap();
        p.claims.push(Claim {
            id: claim,
            article,
            anchor: Anchor::from_span(&text, 8, 19).unwrap(),
            figure: Figure {
                text: "nearly half".into(),
                value: Some(0.5),
                qualifier: Some(Qualifier::Nearly),
                measure: "troops".into(),
                kind: FigureKind::Ratio,
                subject: "North Korean troops".into(),
                base: Some(11_000.0),
            },
            agency: None,
            date: None,
            tags: vec![tag],
            verdict: Verdict::Unchecked,
            note: String::new(),
        });
        p
    }

    #[test]
    fn a_consistent_project_is_valid() {
        let p = project_with_claim();
        assert_eq!(p.claims[0].anchor.exact, "nearly half");
        let v = p.validate();
        assert!(v.is_valid(), "{:?}", v.problems);
    }

    #[test]
    fn each_broken_invariant_is_reported() {
        let mut p = project_with_claim();
        p.claims[0].article = ArticleId(99);
        p.claims[0].tags.push(TagId(42));
        p.claims[0].agency = Some(AgencyId(7));
        let v = p.validate();
        let messages: Vec<String> = v.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(v.errors().count(), 3, "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("article A99, which does not exist")));
        assert!(messages.iter().any(|m| m.contains("tag T42")));
        assert!(messages.iter().any(|m| m.contains("agency G7")));

        let mut p = project_with_claim();
        p.claims[0].anchor.start += 1;
        p.articles[0].text_sha256 = "00".into();
        p.claims.push(p.claims[0].clone());
        p.claims[0].figure.value = Some(1.5);
        let v = p.validate();
        assert!(v.has_errors());
        assert_eq!(v.orphaned_claims(), vec![ClaimId(1), ClaimId(1)]);
        let all = v.problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n");
        assert!(all.contains("claim id C1 is used twice"), "{all}");
        assert!(all.contains("ratio 1.5"), "{all}");
        assert!(all.contains("changed outside crosscheck"), "{all}");
    }

    #[test]
    fn an_id_at_or_above_its_counter_is_an_error() {
        let mut p = project_with_claim();
        p.next_ids.claim = 1;
        assert!(p.validate().problems.iter().any(|p| p.kind == ProblemKind::IdCounter));
    }
}
