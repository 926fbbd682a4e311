//! The project: everything an editor saves in one file.

use super::ids::{AgencyId, ArticleId, ClaimId, IdsExhausted, NextIds, TagId};
use super::records::{Agency, AgencySeed, Article, Claim, Tag, Verdict};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// The project-file format this build writes. Files with a smaller number
/// are migrated on load (see `store::migrate`); larger ones are refused.
pub const FORMAT_VERSION: u32 = 3;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub format: u32,
    pub title: String,
    pub created_at: Timestamp,
    pub modified_at: Timestamp,
    pub next_ids: NextIds,
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
    pub agencies: Vec<Agency>,
    pub tags: Vec<Tag>,
    /// Suggestions the editor accepted or rejected, so suggesting again
    /// does not bring them back. Added in format 2.
    #[serde(default)]
    pub reviewed_suggestions: Vec<ReviewedSuggestion>,
    /// Words this project adds to the bundled measure taxonomy
    /// (`assets/measures.ron`). Added in format 3.
    #[serde(default)]
    pub measure_words: Vec<MeasureWord>,
    /// Findings the editor dismissed or confirmed, so comparing again does
    /// not bring a dismissed one back. Added in format 3.
    #[serde(default)]
    pub finding_reviews: Vec<FindingReview>,
}

/// A claim id that names no claim of the project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("claim {0} no longer exists")]
pub struct NoSuchClaim(pub ClaimId);

/// A project's own word for a measure: `word` is read as `measure`, which
/// is a canonical measure of the taxonomy or a new one of this project.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureWord {
    pub word: String,
    pub measure: String,
}

/// The editor's decision on one finding of the comparison, keyed by the
/// finding's kind and claims (see `analysis::Finding::key`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingReview {
    pub key: String,
    pub decision: FindingDecision,
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingDecision {
    /// Not drift after all; the finding stays hidden.
    Dismissed,
    /// Drift: the drifting claim was marked misreported.
    Confirmed,
}

/// A suggestion the editor has already decided on, keyed by its span.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewedSuggestion {
    pub article: ArticleId,
    pub start: usize,
    pub end: usize,
    pub accepted: bool,
}

impl Project {
    pub fn new(title: impl Into<String>, now: Timestamp) -> Project {
        Project {
            format: FORMAT_VERSION,
            title: title.into(),
            created_at: now,
            modified_at: now,
            next_ids: NextIds { article: 1, claim: 1, agency: 1, tag: 1 },
            articles: Vec::new(),
            claims: Vec::new(),
            agencies: Vec::new(),
            tags: Vec::new(),
            reviewed_suggestions: Vec::new(),
            measure_words: Vec::new(),
            finding_reviews: Vec::new(),
        }
    }

    /// A new project that already knows the bundled default agencies.
    pub fn with_default_agencies(title: impl Into<String>, now: Timestamp) -> Project {
        let mut project = Project::new(title, now);
        for seed in default_agencies() {
            // A new project starts its counters at 1, far from their end.
            project.add_agency(seed).expect("a new project has agency ids to spare");
        }
        project
    }

    pub fn article(&self, id: ArticleId) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }
    pub fn article_mut(&mut self, id: ArticleId) -> Option<&mut Article> {
        self.articles.iter_mut().find(|a| a.id == id)
    }
    pub fn claim(&self, id: ClaimId) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }
    pub fn claim_mut(&mut self, id: ClaimId) -> Option<&mut Claim> {
        self.claims.iter_mut().find(|c| c.id == id)
    }
    pub fn agency(&self, id: AgencyId) -> Option<&Agency> {
        self.agencies.iter().find(|a| a.id == id)
    }
    pub fn agency_mut(&mut self, id: AgencyId) -> Option<&mut Agency> {
        self.agencies.iter_mut().find(|a| a.id == id)
    }
    pub fn tag(&self, id: TagId) -> Option<&Tag> {
        self.tags.iter().find(|t| t.id == id)
    }
    pub fn tag_mut(&mut self, id: TagId) -> Option<&mut Tag> {
        self.tags.iter_mut().find(|t| t.id == id)
    }
    pub fn claims_of(&self, article: ArticleId) -> impl Iterator<Item = &Claim> {
        self.claims.iter().filter(move |c| c.article == article)
    }
    pub fn agency_name(&self, id: Option<AgencyId>) -> &str {
        id.and_then(|id| self.agency(id)).map_or("", |a| a.name.as_str())
    }

    /// Finds an agency by its name or any alias, ignoring case.
    pub fn agency_named(&self, name: &str) -> Option<&Agency> {
        let wanted = name.trim().to_lowercase();
        self.agencies
            .iter()
            .find(|a| a.name.to_lowercase() == wanted || a.aliases.iter().any(|alias| alias.to_lowercase() == wanted))
    }

    pub fn tag_named(&self, name: &str) -> Option<&Tag> {
        let wanted = name.trim().to_lowercase();
        self.tags.iter().find(|t| t.name.to_lowercase() == wanted)
    }

    pub fn add_agency(&mut self, seed: AgencySeed) -> Result<AgencyId, IdsExhausted> {
        let id = self.next_ids.agency()?;
        self.agencies.push(Agency { id, name: seed.name, aliases: seed.aliases, country: seed.country });
        Ok(id)
    }

    /// Records that a finding of the comparison is not drift, so comparing
    /// again does not bring it back.
    pub fn dismiss_finding(&mut self, key: &str, note: &str) {
        self.finding_reviews.retain(|r| r.key != key);
        self.finding_reviews.push(FindingReview {
            key: key.to_string(),
            decision: FindingDecision::Dismissed,
            note: note.trim().to_string(),
        });
        self.finding_reviews.sort();
    }

    /// Records that a finding is drift: the drifting claim, if the finding
    /// names one, becomes misreported and the finding's explanation goes
    /// into its note (once).
    pub fn confirm_finding(
        &mut self,
        key: &str,
        drifting: Option<ClaimId>,
        explanation: &str,
    ) -> Result<(), NoSuchClaim> {
        if let Some(id) = drifting {
            let claim = self.claim_mut(id).ok_or(NoSuchClaim(id))?;
            claim.verdict = Verdict::Misreported;
            let line = format!("Finding: {}", explanation.trim());
            if !claim.note.contains(&line) {
                if !claim.note.trim().is_empty() {
                    claim.note.push('\n');
                }
                claim.note.push_str(&line);
            }
        }
        self.finding_reviews.retain(|r| r.key != key);
        self.finding_reviews.push(FindingReview {
            key: key.to_string(),
            decision: FindingDecision::Confirmed,
            note: explanation.trim().to_string(),
        });
        self.finding_reviews.sort();
        Ok(())
    }

    /// Forgets the editor's decision on a finding.
    pub fn reopen_finding(&mut self, key: &str) {
        self.finding_reviews.retain(|r| r.key != key);
    }

    /// Undoes a conversion of the file's line endings to CRLF (by a mail
    /// client or git) in the articles it broke: a text whose hash no longer
    /// matches but matches again once CRLF becomes LF gets LF back, and so
    /// do its claims' quotes, so its claims anchor again. Returns the
    /// articles repaired; a text whose hash matches either way is left
    /// alone.
    pub fn repair_line_endings(&mut self) -> Vec<ArticleId> {
        let mut repaired = Vec::new();
        for article in &mut self.articles {
            if !article.text.contains("\r\n") || Article::text_hash(&article.text) == article.text_sha256 {
                continue;
            }
            let fixed = article.text.replace("\r\n", "\n");
            if Article::text_hash(&fixed) == article.text_sha256 {
                article.text = fixed;
                repaired.push(article.id);
            }
        }
        for claim in self.claims.iter_mut().filter(|c| repaired.contains(&c.article)) {
            for quote in [&mut claim.anchor.exact, &mut claim.anchor.prefix, &mut claim.anchor.suffix] {
                if quote.contains("\r\n") {
                    *quote = quote.replace("\r\n", "\n");
                }
            }
        }
        repaired
    }

    /// Puts every list in id order and every claim's tags in order, so the
    /// same project always serialises to the same bytes.
    pub fn normalise(&mut self) {
        self.articles.sort_by_key(|a| a.id);
        self.claims.sort_by_key(|c| c.id);
        self.agencies.sort_by_key(|a| a.id);
        self.tags.sort_by_key(|t| t.id);
        for claim in &mut self.claims {
            claim.tags.sort();
            claim.tags.dedup();
        }
        self.reviewed_suggestions.sort();
        self.reviewed_suggestions.dedup();
        self.measure_words.sort();
        self.measure_words.dedup();
        self.finding_reviews.sort();
        self.finding_reviews.dedup_by(|a, b| a.key == b.key);
    }
}

/// The agencies bundled in `assets/agencies.ron`, compiled into the binary.
pub fn default_agencies() -> Vec<AgencySeed> {
    const BUNDLED: &str = include_str!("../../assets/agencies.ron");
    // The file is part of the build and checked by a unit test, so a parse
    // failure here is a programming error, not user input.
    ron::from_str(BUNDLED).expect("assets/agencies.ron is valid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_agencies_parse_and_have_unique_names() {
        let seeds = default_agencies();
        assert!(seeds.len() >= 15);
        let mut names: Vec<String> = seeds.iter().map(|s| s.name.to_lowercase()).collect();
        names.sort();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len(), "duplicate agency names");
        let project = Project::with_default_agencies("t", Timestamp::UNIX_EPOCH);
        assert_eq!(project.agency_named("@defencehq").map(|a| a.name.as_str()), Some("UK Ministry of Defence"));
        assert_eq!(project.agency_named("JCS").map(|a| a.name.as_str()), Some("South Korean Joint Chiefs of Staff"));
    }

    #[test]
    fn ids_are_never_reused() {
        let mut project = Project::new("t", Timestamp::UNIX_EPOCH);
        let a = project.add_agency(AgencySeed { name: "A".into(), country: String::new(), aliases: vec![] }).unwrap();
        project.agencies.clear();
        let b = project.add_agency(AgencySeed { name: "B".into(), country: String::new(), aliases: vec![] }).unwrap();
        assert_ne!(a, b);
    }
}
