//! Accepting a suggestion: the one rule that turns what the engine found
//! into a claim, shared by the workbench's Accept and `suggest --accept`,
//! so a claim accepted from the command line is the claim the workbench
//! would have made.

use super::{Extractor, Suggestion};
use crate::anchor::anchor_span;
use crate::model::{
    Agency, AgencyId, ArticleId, Claim, ClaimId, IdsExhausted, NextIds, Project, ReviewedSuggestion, Verdict,
    default_agencies,
};
use jiff::civil::Date;
use std::sync::OnceLock;

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
    #[error("claim {0} no longer exists")]
    NoClaim(ClaimId),
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
    let (agency, new_agency) = cited_agency(project, &mut ids, s.agency.as_deref())?;
    claim.agency = agency;
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

/// The agency a claim citing `name` cites: the project's agency of that
/// name or alias, else one the bundled list knows, made with an id from
/// `ids` and returned to be added; a name neither knows cites none.
fn cited_agency(
    project: &Project,
    ids: &mut NextIds,
    name: Option<&str>,
) -> Result<(Option<AgencyId>, Option<Agency>), IdsExhausted> {
    let Some(name) = name else { return Ok((None, None)) };
    if let Some(a) = project.agency_named(name) {
        return Ok((Some(a.id), None));
    }
    match default_agencies().into_iter().find(|seed| seed.name == name) {
        Some(seed) => {
            let id = ids.agency()?;
            Ok((Some(id), Some(Agency { id, name: seed.name, aliases: seed.aliases, country: seed.country })))
        }
        None => Ok((None, None)),
    }
}

/// The engine's reading of the figure an editor selected: the figures of
/// `text`, each read in its sentence (agency, date, subject as the engine
/// gives them), and of those overlapping `start..end` (code points) the
/// one overlapping it most; on a tie the more confident, then the first.
/// `None` when no figure the engine finds overlaps the selection.
pub fn read_selection(
    extractor: &Extractor,
    text: &str,
    published_on: Option<Date>,
    start: usize,
    end: usize,
) -> Option<Suggestion> {
    let mut best: Option<(usize, Suggestion)> = None;
    extractor.suggest_each(text, published_on, |s| {
        let overlap = s.end.min(end).saturating_sub(s.start.max(start));
        if overlap > 0
            && best.as_ref().is_none_or(|(o, b)| overlap > *o || (overlap == *o && s.confidence > b.confidence))
        {
            best = Some((overlap, s));
        }
    });
    best.map(|(_, s)| s)
}

/// Gives claim `id`, tagged by hand, what the engine read where it is:
/// the figure of `s` (as written, value, qualifier, kind, measure, subject,
/// base), the agency it cites (found as [`accept_suggestion`] finds it) and
/// its date. The claim keeps the anchor the editor chose.
///
/// All or nothing: on an error the project is unchanged.
pub fn fill_from_reading(project: &mut Project, id: ClaimId, s: &Suggestion) -> Result<(), AcceptError> {
    if project.claim(id).is_none() {
        return Err(AcceptError::NoClaim(id));
    }
    let mut ids = project.next_ids.clone();
    let (agency, new_agency) = cited_agency(project, &mut ids, s.agency.as_deref())?;
    project.next_ids = ids;
    project.agencies.extend(new_agency);
    let claim = project.claim_mut(id).ok_or(AcceptError::NoClaim(id))?;
    claim.figure = s.figure();
    claim.agency = agency;
    claim.date = s.date;
    Ok(())
}

/// What a figure written by hand says ("nearly half", "over 5,000"): the
/// first figure the engine reads in `text`, read without agencies. `None`
/// when the text holds no figure the engine reads.
pub fn read_figure_text(text: &str) -> Option<Suggestion> {
    static BARE: OnceLock<Extractor> = OnceLock::new();
    let extractor = BARE.get_or_init(|| Extractor::from_defs(&[]));
    let mut first = None;
    extractor.suggest_each(text, None, |s| {
        if first.is_none() {
            first = Some(s);
        }
    });
    first
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
    fn a_figure_written_by_hand_is_read_with_its_hedge_and_kind() {
        use crate::model::Qualifier;
        let read = |t: &str| read_figure_text(t).map(|s| (s.value, s.kind, s.qualifier));
        assert_eq!(read("nearly half"), Some((0.5, FigureKind::Ratio, Some(Qualifier::Nearly))));
        assert_eq!(read("over 5,000"), Some((5000.0, FigureKind::Count, Some(Qualifier::Over))));
        assert_eq!(read("5,000"), Some((5000.0, FigureKind::Count, None)));
        // Curly quotes, a no-break space and an emoji around it.
        assert_eq!(
            read("\u{201c}nearly\u{a0}half\u{201d} \u{1f600}"),
            Some((0.5, FigureKind::Ratio, Some(Qualifier::Nearly)))
        );
        assert_eq!(
            read("\u{1f600} about\u{a0}1,000\u{2019}"),
            Some((1000.0, FigureKind::Count, Some(Qualifier::About)))
        );
        assert_eq!(read("many"), None);
        assert_eq!(read(""), None);
    }

    #[test]
    fn a_selection_is_read_as_the_figure_it_overlaps_most_in_its_sentence() {
        let (mut p, article) = project(false);
        let extractor = extractor_for(&p);
        let chars: Vec<char> = TEXT.chars().collect();
        let find = |needle: &str| {
            let n: Vec<char> = needle.chars().collect();
            (0..chars.len()).find(|&i| chars[i..].starts_with(&n)).unwrap()
        };
        // "half of the 11,000 North" overlaps "Nearly half" by four and
        // "11,000" by six code points.
        let at = find("half of the 11,000");
        let s = read_selection(&extractor, TEXT, Some(jiff::civil::date(2025, 1, 24)), at, at + 18).unwrap();
        assert_eq!(s.text, "11,000");
        let s = read_selection(&extractor, TEXT, Some(jiff::civil::date(2025, 1, 24)), at, at + 4).unwrap();
        assert_eq!((s.text.as_str(), s.value, s.kind), ("Nearly half", 0.5, FigureKind::Ratio));
        assert!(s.agency.is_some(), "the ministry of the sentence: {s:?}");
        let nothing = find("among North");
        assert_eq!(read_selection(&extractor, TEXT, None, nothing, nothing + 11), None);

        // Filling a hand-tagged claim adds the cited agency from the
        // bundled list and keeps the editor's anchor.
        let anchor = anchor_span(TEXT, at, at + 4).unwrap();
        let id = p.add_claim(article, anchor.clone()).unwrap();
        fill_from_reading(&mut p, id, &s).unwrap();
        let claim = p.claim(id).unwrap();
        assert_eq!(claim.anchor, anchor);
        assert_eq!(claim.figure, s.figure());
        assert_eq!(claim.date, s.date);
        assert_eq!(p.agency_name(claim.agency), s.agency.as_deref().unwrap());
        assert!(p.validate().is_valid(), "{:?}", p.validate().problems);
        let before = p.clone();
        assert_eq!(fill_from_reading(&mut p, ClaimId(999), &s), Err(AcceptError::NoClaim(ClaimId(999))));
        assert_eq!(p, before);
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
