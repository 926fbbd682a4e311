//! Accepting a suggestion: the one rule that turns what the engine found
//! into a claim, shared by the workbench's Accept and `suggest --accept`,
//! so a claim accepted from the command line is the claim the workbench
//! would have made.

use super::Suggestion;
use crate::anchor::anchor_span;
use crate::model::{
    Agency, AgencyId, ArticleId, Claim, ClaimId, IdsExhausted, Project, ReviewedSuggestion, Verdict, default_agencies,
};

/// Why a suggestion could not be accepted. The project is unchanged.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AcceptError {
    #[error("article {0} no longer exists")]
    NoArticle(ArticleId),
    /// The article's text changed since the suggestion was made.
    #[error("the suggestion at {start}..{end} no longer fits the article text; suggest again")]
    DoesNotFit { start: usize, end: usize },
    /// A claim already quotes exactly this text; a second would be a
    /// duplicate the editor did not ask for.
    #[error("claim {0} already quotes this text")]
    AlreadyClaimed(ClaimId),
    #[error(transparent)]
    Ids(#[from] IdsExhausted),
}

/// The claim `s` becomes, before it has an id (`ClaimId(0)`) or an
/// agency: its span anchored in the article, the figure as the engine read
/// it (subject and base included), the date, unchecked.
pub fn suggestion_claim(project: &Project, article: ArticleId, s: &Suggestion) -> Result<Claim, AcceptError> {
    let text = &project.article(article).ok_or(AcceptError::NoArticle(article))?.text;
    let anchor = anchor_span(text, s.start, s.end).ok_or(AcceptError::DoesNotFit { start: s.start, end: s.end })?;
    if anchor.exact != s.text {
        return Err(AcceptError::DoesNotFit { start: s.start, end: s.end });
    }
    if let Some(existing) = project.claims_of(article).find(|c| c.anchor.start == s.start && c.anchor.end == s.end) {
        return Err(AcceptError::AlreadyClaimed(existing.id));
    }
    Ok(Claim {
        id: ClaimId(0),
        article,
        anchor,
        figure: s.figure(),
        agency: None,
        date: s.date,
        tags: Vec::new(),
        verdict: Verdict::Unchecked,
        note: String::new(),
    })
}

/// Accepts `s` as a claim of `article` and records it as reviewed, so
/// suggesting again does not bring it back. The cited agency is the
/// project's agency of that name or alias; one the project lacks but the
/// bundled list knows is added from the list (with its aliases and
/// country); a name neither knows leaves the claim without an agency.
///
/// All or nothing: on an error the project is unchanged.
pub fn accept_suggestion(project: &mut Project, article: ArticleId, s: &Suggestion) -> Result<ClaimId, AcceptError> {
    let mut claim = suggestion_claim(project, article, s)?;
    // Ids come from a copy of the counters, taken over only once every id
    // needed was handed out.
    let mut ids = project.next_ids.clone();
    let mut new_agency = None;
    if let Some(name) = &s.agency {
        claim.agency = match project.agency_named(name) {
            Some(a) => Some(a.id),
            None => match default_agencies().into_iter().find(|seed| seed.name == *name) {
                Some(seed) => {
                    let id: AgencyId = ids.agency()?;
                    new_agency = Some(Agency { id, name: seed.name, aliases: seed.aliases, country: seed.country });
                    Some(id)
                }
                None => None,
            },
        };
    }
    claim.id = ids.claim()?;
    project.next_ids = ids;
    project.agencies.extend(new_agency);
    project.reviewed_suggestions.push(ReviewedSuggestion {
        article,
        start: claim.anchor.start,
        end: claim.anchor.end,
        accepted: true,
    });
    project.reviewed_suggestions.sort();
    let id = claim.id;
    project.claims.push(claim);
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extractor_for, suggest_for_article};
    use crate::model::{Article, FigureKind, IdsExhausted};
    use jiff::Timestamp;

    const TEXT: &str = "The U.K. Ministry of Defence said “around 4,000\u{a0}casualties” 😀 among North Korean troops \
        as of mid-January. Nearly half of the 11,000 North Korean troops were killed, the ministry said.";

    fn project(with_defaults: bool) -> (Project, ArticleId) {
        let mut p = if with_defaults {
            Project::with_default_agencies("t", Timestamp::UNIX_EPOCH)
        } else {
            Project::new("t", Timestamp::UNIX_EPOCH)
        };
        let id = p.next_ids.article().unwrap();
        p.articles.push(Article {
            id,
            title: "a".into(),
            outlet: "o".into(),
            url: String::new(),
            published_on: Some(jiff::civil::date(2025, 1, 24)),
            retrieved_at: None,
            primary_source: false,
            text_sha256: Article::text_hash(TEXT),
            text: TEXT.into(),
        });
        (p, id)
    }

    fn suggestions(p: &Project, article: ArticleId) -> Vec<Suggestion> {
        suggest_for_article(p, &extractor_for(p), article)
    }

    #[test]
    fn an_accepted_suggestion_becomes_a_reviewed_claim_with_its_agency_subject_and_base() {
        let (mut p, article) = project(false);
        let found = suggestions(&p, article);
        // Subject and base as the engine gives them where the sentence says.
        let mut ratio = found.iter().find(|s| s.kind == FigureKind::Ratio).expect("the engine reads the ratio").clone();
        ratio.subject = Some("North Korean troops".into());
        ratio.base = Some(11_000.0);
        let id = accept_suggestion(&mut p, article, &ratio).unwrap();
        let claim = p.claim(id).unwrap();
        assert_eq!(claim.anchor.exact, ratio.text);
        assert_eq!(claim.figure, ratio.figure());
        assert_eq!(claim.figure.base, Some(11_000.0));
        assert_eq!(claim.figure.subject, "North Korean troops");
        assert_eq!(claim.date, ratio.date);
        assert_eq!(p.agencies.len(), 1, "the cited agency came from the bundled list");
        assert_eq!(p.agency_name(claim.agency), ratio.agency.as_deref().unwrap());
        assert!(p.reviewed_suggestions.iter().any(|r| r.accepted && (r.start, r.end) == (ratio.start, ratio.end)));
        assert!(p.validate().is_valid(), "{:?}", p.validate().problems);
        assert!(!suggestions(&p, article).iter().any(|s| s.start == ratio.start), "not suggested again");

        // A second claim citing the same agency reuses it.
        let other = found.iter().find(|s| s.start != ratio.start && s.agency.is_some()).unwrap();
        let second = accept_suggestion(&mut p, article, other).unwrap();
        assert_eq!(p.agencies.len(), 1);
        assert_eq!(p.claim(second).unwrap().agency, claim_agency(&p, id));
    }

    fn claim_agency(p: &Project, id: ClaimId) -> Option<AgencyId> {
        p.claim(id).unwrap().agency
    }

    #[test]
    fn a_suggestion_that_no_longer_fits_or_is_claimed_changes_nothing() {
        let (mut p, article) = project(true);
        let s = suggestions(&p, article)[0].clone();
        let before = p.clone();
        let mut moved = s.clone();
        moved.start += 1;
        assert!(matches!(accept_suggestion(&mut p, article, &moved), Err(AcceptError::DoesNotFit { .. })));
        let mut outside = s.clone();
        outside.end = 10_000;
        assert!(matches!(accept_suggestion(&mut p, article, &outside), Err(AcceptError::DoesNotFit { .. })));
        assert_eq!(accept_suggestion(&mut p, ArticleId(9), &s), Err(AcceptError::NoArticle(ArticleId(9))));
        assert_eq!(p, before);
        let id = accept_suggestion(&mut p, article, &s).unwrap();
        let after = p.clone();
        assert_eq!(accept_suggestion(&mut p, article, &s), Err(AcceptError::AlreadyClaimed(id)));
        assert_eq!(p, after);
    }

    #[test]
    fn exhausted_ids_refuse_without_a_half_made_agency() {
        let (mut p, article) = project(false);
        p.next_ids.claim = u32::MAX;
        let s = suggestions(&p, article).into_iter().find(|s| s.agency.is_some()).unwrap();
        let before = p.clone();
        assert_eq!(accept_suggestion(&mut p, article, &s), Err(AcceptError::Ids(IdsExhausted { kind: "claim" })));
        assert_eq!(p, before, "no agency was added for a claim that was not made");
    }
}
