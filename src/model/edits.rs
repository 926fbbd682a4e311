//! Edits to a project that take more than setting one field: the rules
//! live here, once, so the workbench (`ui::actions`) and the command line
//! (`cli`) change a project the same way. Each edit either succeeds or
//! leaves the project as it was.

use super::ids::{AgencyId, ArticleId, ClaimId, IdsExhausted, TagId};
use super::project::{Project, ReviewedSuggestion};
use super::records::{AgencySeed, Anchor, Article, Claim, Figure, FigureKind, Rgb, Tag, Verdict};
use jiff::Timestamp;
use jiff::civil::Date;

/// What an imported file yields before the editor confirms its metadata:
/// an article without an id, a hash or a retrieval time yet.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportedText {
    pub title: String,
    pub outlet: String,
    pub url: String,
    pub published_on: Option<Date>,
    pub text: String,
}

/// Why an edit was refused. The project is unchanged.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum EditError {
    #[error("the article no longer exists")]
    NoArticle(ArticleId),
    #[error("claim {0} no longer exists")]
    NoClaim(ClaimId),
    #[error("the agency no longer exists")]
    NoAgency(AgencyId),
    #[error("the selection holds only spaces")]
    OnlySpaces,
    #[error("choose two different agencies to merge")]
    MergeIntoItself,
    #[error("an agency needs a name")]
    UnnamedAgency,
    /// Another agency already has this name or alias.
    #[error("{name:?} is already known as {known_as:?}")]
    AgencyExists { name: String, known_as: String },
    #[error("a tag needs a name")]
    UnnamedTag,
    #[error("there is already a tag {0:?}")]
    TagExists(String),
    /// A ratio is a share of a whole.
    #[error("a ratio lies between 0 and 1; {0} is not one (write 40 percent as 0.4)")]
    RatioOutOfRange(f64),
    #[error(transparent)]
    Ids(#[from] IdsExhausted),
}

impl Project {
    /// Adds an article with a fresh id, its hash computed from its text.
    pub fn add_article(&mut self, imported: ImportedText, retrieved_at: Timestamp) -> Result<ArticleId, IdsExhausted> {
        let id = self.next_ids.article()?;
        self.articles.push(Article {
            id,
            title: imported.title,
            outlet: imported.outlet,
            url: imported.url,
            published_on: imported.published_on,
            retrieved_at: Some(retrieved_at),
            primary_source: false,
            text_sha256: Article::text_hash(&imported.text),
            text: imported.text,
        });
        Ok(id)
    }

    /// The article whose text is `text` (same SHA-256), if the project
    /// has one: importing the same text twice is refused, naming it.
    pub fn article_with_text(&self, text: &str) -> Option<&Article> {
        let hash = Article::text_hash(text);
        self.articles.iter().find(|a| a.text_sha256 == hash)
    }

    /// Puts `text` in place of an article's text, with its hash and
    /// retrieval time, leaving its claims' anchors as they are: a caller
    /// re-anchors them first (`anchor::replace_article_text` does both).
    /// Reviewed suggestions of the article are shifted by `shift`, a
    /// function from an old code-point span to its new one (`None`: the
    /// record is dropped, so the span may be suggested again).
    pub fn set_article_text(
        &mut self,
        id: ArticleId,
        text: String,
        retrieved_at: Timestamp,
        shift: impl Fn(usize, usize) -> Option<(usize, usize)>,
    ) -> Result<(), EditError> {
        let article = self.articles.iter_mut().find(|a| a.id == id).ok_or(EditError::NoArticle(id))?;
        article.text_sha256 = Article::text_hash(&text);
        article.text = text;
        article.retrieved_at = Some(retrieved_at);
        self.reviewed_suggestions.retain_mut(|r| {
            if r.article != id {
                return true;
            }
            match shift(r.start, r.end) {
                Some((start, end)) => {
                    (r.start, r.end) = (start, end);
                    true
                }
                None => false,
            }
        });
        self.reviewed_suggestions.sort();
        self.reviewed_suggestions.dedup();
        Ok(())
    }

    /// Removes an article with everything that points into its text: its
    /// claims and the record of its reviewed suggestions. An article that
    /// is already gone leaves the project as it is.
    pub fn remove_article(&mut self, id: ArticleId) {
        self.articles.retain(|a| a.id != id);
        self.claims.retain(|c| c.article != id);
        self.reviewed_suggestions.retain(|r| r.article != id);
    }

    /// Tags the text `anchor` quotes (built from the article's text by
    /// `anchor::anchor_span`) as a new claim whose figure is, for now, just
    /// the quoted text (trimmed): the editor reads the number off it next.
    pub fn add_claim(&mut self, article: ArticleId, anchor: Anchor) -> Result<ClaimId, EditError> {
        if self.article(article).is_none() {
            return Err(EditError::NoArticle(article));
        }
        if anchor.exact.trim().is_empty() {
            return Err(EditError::OnlySpaces);
        }
        let id = self.next_ids.claim()?;
        self.claims.push(Claim {
            id,
            article,
            figure: Figure { text: anchor.exact.trim().to_string(), ..Figure::default() },
            anchor,
            agency: None,
            date: None,
            tags: Vec::new(),
            verdict: Verdict::Unchecked,
            note: String::new(),
        });
        Ok(id)
    }

    pub fn delete_claim(&mut self, id: ClaimId) -> Result<(), EditError> {
        let before = self.claims.len();
        self.claims.retain(|c| c.id != id);
        if self.claims.len() == before {
            return Err(EditError::NoClaim(id));
        }
        Ok(())
    }

    /// Sets a claim's figure, refusing a ratio outside 0..=1 (a share
    /// written as a percentage by mistake).
    pub fn set_claim_figure(&mut self, claim: ClaimId, figure: Figure) -> Result<(), EditError> {
        if let (FigureKind::Ratio, Some(v)) = (figure.kind, figure.value)
            && !(0.0..=1.0).contains(&v)
        {
            return Err(EditError::RatioOutOfRange(v));
        }
        self.claim_mut(claim).ok_or(EditError::NoClaim(claim))?.figure = figure;
        Ok(())
    }

    /// Adds `tag` to a claim, or takes it off when the claim has it; the
    /// claim's tags stay in order so the file stays canonical.
    pub fn toggle_claim_tag(&mut self, claim: ClaimId, tag: TagId) -> Result<(), EditError> {
        let claim = self.claim_mut(claim).ok_or(EditError::NoClaim(claim))?;
        if let Some(i) = claim.tags.iter().position(|t| *t == tag) {
            claim.tags.remove(i);
        } else {
            claim.tags.push(tag);
            claim.tags.sort();
        }
        Ok(())
    }

    /// Adds an agency the editor named (trimmed), refusing an empty name or
    /// one the project already knows as a name or alias.
    pub fn add_named_agency(&mut self, name: &str) -> Result<AgencyId, EditError> {
        let name = name.trim().to_string();
        if name.is_empty() {
            return Err(EditError::UnnamedAgency);
        }
        if let Some(existing) = self.agency_named(&name) {
            return Err(EditError::AgencyExists { name, known_as: existing.name.clone() });
        }
        Ok(self.add_agency(AgencySeed { name, country: String::new(), aliases: Vec::new() })?)
    }

    /// Merges agency `from` into `into`: every claim citing `from` cites
    /// `into`, and `from`'s name and aliases become aliases of `into` (a
    /// name `into` already answers to, ignoring ASCII case, is not added
    /// twice), so a name the editor used before still finds the agency.
    pub fn merge_agencies(&mut self, from: AgencyId, into: AgencyId) -> Result<(), EditError> {
        if from == into {
            return Err(EditError::MergeIntoItself);
        }
        let gone = self.agency(from).cloned().ok_or(EditError::NoAgency(from))?;
        let target = self.agency_mut(into).ok_or(EditError::NoAgency(into))?;
        for name in std::iter::once(gone.name).chain(gone.aliases) {
            if !target.aliases.iter().any(|a| a.eq_ignore_ascii_case(&name)) && target.name != name {
                target.aliases.push(name);
            }
        }
        self.agencies.retain(|a| a.id != from);
        for claim in &mut self.claims {
            if claim.agency == Some(from) {
                claim.agency = Some(into);
            }
        }
        Ok(())
    }

    /// Adds a tag the editor named (trimmed), refusing an empty name or one
    /// the project has already, ignoring case.
    pub fn add_named_tag(&mut self, name: &str, colour: Rgb) -> Result<TagId, EditError> {
        let name = name.trim().to_string();
        if name.is_empty() {
            return Err(EditError::UnnamedTag);
        }
        if self.tag_named(&name).is_some() {
            return Err(EditError::TagExists(name));
        }
        let id = self.next_ids.tag()?;
        self.tags.push(Tag { id, name, colour });
        Ok(id)
    }

    /// Deletes a tag and takes it off every claim that had it. A tag that
    /// is already gone leaves the project as it is.
    pub fn delete_tag(&mut self, id: TagId) {
        self.tags.retain(|t| t.id != id);
        for claim in &mut self.claims {
            claim.tags.retain(|t| *t != id);
        }
    }

    /// Records that the editor rejected the suggestion at `start..end`, so
    /// suggesting again does not bring it back.
    pub fn reject_suggestion(&mut self, article: ArticleId, start: usize, end: usize) {
        self.reviewed_suggestions.push(ReviewedSuggestion { article, start, end, accepted: false });
        self.reviewed_suggestions.sort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::{char_len, slice_chars};

    /// Curly quotes, a no-break space and an emoji, so every offset below
    /// is a code point and not a byte.
    const TEXT: &str = "“Nearly 4,000\u{a0}casualties” 😀 were reported, the ministry said.   \nMore later.";

    fn project() -> (Project, ArticleId) {
        let mut p = Project::new("t", Timestamp::UNIX_EPOCH);
        let id = p
            .add_article(
                ImportedText { title: "Kursk “toll” 😀".into(), text: TEXT.into(), ..ImportedText::default() },
                Timestamp::UNIX_EPOCH,
            )
            .unwrap();
        (p, id)
    }

    fn position(text: &str, needle: &str) -> (usize, usize) {
        let byte = text.find(needle).unwrap();
        let start = text[..byte].chars().count();
        (start, start + needle.chars().count())
    }

    /// The anchor of `start..end` of `TEXT`, with a little context (the
    /// workbench builds it with `anchor::anchor_span`).
    fn anchor(start: usize, end: usize) -> Anchor {
        let slice = |from: usize, to: usize| slice_chars(TEXT, from..to.min(char_len(TEXT))).unwrap().to_string();
        Anchor {
            start,
            end,
            exact: slice(start, end),
            prefix: slice(start.saturating_sub(8), start),
            suffix: slice(end, end + 8),
        }
    }

    /// Adds a claim on the first place `needle` occurs in `TEXT`.
    fn claim_on(p: &mut Project, article: ArticleId, needle: &str) -> ClaimId {
        let (start, end) = position(TEXT, needle);
        p.add_claim(article, anchor(start, end)).unwrap()
    }

    #[test]
    fn an_added_article_gets_an_id_its_hash_and_its_retrieval_time() {
        let (mut p, first) = project();
        let article = p.article(first).unwrap();
        assert_eq!(article.title, "Kursk “toll” 😀");
        assert_eq!(article.text_sha256, Article::text_hash(TEXT));
        assert_eq!(article.retrieved_at, Some(Timestamp::UNIX_EPOCH));
        assert!(!article.primary_source);
        let second = p.add_article(ImportedText::default(), Timestamp::UNIX_EPOCH).unwrap();
        assert_ne!(first, second);
        p.next_ids.article = u32::MAX;
        let before = p.clone();
        assert_eq!(
            p.add_article(ImportedText::default(), Timestamp::UNIX_EPOCH),
            Err(IdsExhausted { kind: "article" })
        );
        assert_eq!(p, before);
    }

    #[test]
    fn a_claim_is_added_on_its_quote_and_deleted_again() {
        let (mut p, article) = project();
        let id = claim_on(&mut p, article, "4,000\u{a0}casualties” 😀");
        let claim = p.claim(id).unwrap();
        assert_eq!(claim.anchor.exact, "4,000\u{a0}casualties” 😀");
        assert_eq!(claim.figure.text, "4,000\u{a0}casualties” 😀");
        assert_eq!(claim.verdict, Verdict::Unchecked);
        assert!(p.validate().is_valid(), "{:?}", p.validate().problems);

        let before = p.clone();
        let (spaces, _) = position(TEXT, "   \n");
        assert_eq!(p.add_claim(article, anchor(spaces, spaces + 4)), Err(EditError::OnlySpaces));
        assert_eq!(p.add_claim(ArticleId(99), anchor(0, 7)), Err(EditError::NoArticle(ArticleId(99))));
        assert_eq!(p, before, "a refused claim changes nothing");
        let mut exhausted = p.clone();
        exhausted.next_ids.claim = u32::MAX;
        let full = exhausted.clone();
        assert_eq!(exhausted.add_claim(article, anchor(0, 7)), Err(EditError::Ids(IdsExhausted { kind: "claim" })));
        assert_eq!(exhausted, full);

        p.delete_claim(id).unwrap();
        assert!(p.claim(id).is_none());
        assert_eq!(p.delete_claim(id), Err(EditError::NoClaim(id)));
    }

    #[test]
    fn a_ratio_figure_must_be_a_share() {
        let (mut p, article) = project();
        let claim = claim_on(&mut p, article, "Nearly 4,000");
        let share =
            Figure {
                text: "“nearly half” 😀".into(), kind: FigureKind::Ratio, value: Some(0.5), ..Figure::default()
            };
        p.set_claim_figure(claim, share.clone()).unwrap();
        assert_eq!(p.claim(claim).unwrap().figure, share);
        let percent = Figure { value: Some(40.0), ..share.clone() };
        assert_eq!(p.set_claim_figure(claim, percent), Err(EditError::RatioOutOfRange(40.0)));
        assert_eq!(p.claim(claim).unwrap().figure, share);
        let count = Figure { kind: FigureKind::Count, value: Some(4000.0), ..share };
        p.set_claim_figure(claim, count).unwrap();
        assert_eq!(p.set_claim_figure(ClaimId(99), Figure::default()), Err(EditError::NoClaim(ClaimId(99))));
    }

    #[test]
    fn toggling_a_tag_adds_it_in_order_and_takes_it_off_again() {
        let (mut p, article) = project();
        let claim = claim_on(&mut p, article, "“Nearly 4,000");
        p.toggle_claim_tag(claim, TagId(3)).unwrap();
        p.toggle_claim_tag(claim, TagId(1)).unwrap();
        assert_eq!(p.claim(claim).unwrap().tags, vec![TagId(1), TagId(3)]);
        p.toggle_claim_tag(claim, TagId(3)).unwrap();
        assert_eq!(p.claim(claim).unwrap().tags, vec![TagId(1)]);
        assert_eq!(p.toggle_claim_tag(ClaimId(99), TagId(1)), Err(EditError::NoClaim(ClaimId(99))));
    }

    #[test]
    fn merging_agencies_moves_their_claims_and_keeps_their_names_as_aliases() {
        let (mut p, article) = project();
        let into = p.add_named_agency("  Ministère de la Défense 😀 ").unwrap();
        assert_eq!(p.agency(into).unwrap().name, "Ministère de la Défense 😀", "the name is trimmed");
        p.agency_mut(into).unwrap().aliases.push("“MoD”".into());
        let from = p.add_named_agency("British\u{a0}MoD").unwrap();
        p.agency_mut(from).unwrap().aliases = vec!["“mod”".into(), "@DefenceHQ".into()];
        let claim = claim_on(&mut p, article, "the ministry said");
        p.claim_mut(claim).unwrap().agency = Some(from);

        let before = p.clone();
        assert_eq!(p.merge_agencies(from, from), Err(EditError::MergeIntoItself));
        assert_eq!(p.merge_agencies(from, AgencyId(99)), Err(EditError::NoAgency(AgencyId(99))));
        assert_eq!(p.merge_agencies(AgencyId(99), into), Err(EditError::NoAgency(AgencyId(99))));
        assert_eq!(p, before, "a refused merge changes nothing");

        p.merge_agencies(from, into).unwrap();
        assert!(p.agency(from).is_none());
        assert_eq!(p.claim(claim).unwrap().agency, Some(into));
        let merged = p.agency(into).unwrap();
        assert_eq!(merged.aliases, vec!["“MoD”", "British\u{a0}MoD", "@DefenceHQ"], "“mod” is “MoD” already");
        assert_eq!(p.agency_named("british\u{a0}mod").map(|a| a.id), Some(into));
    }

    #[test]
    fn an_agency_needs_a_new_name() {
        let (mut p, _) = project();
        p.add_named_agency("Генштаб ВСУ").unwrap();
        assert_eq!(p.add_named_agency(" \u{a0} "), Err(EditError::UnnamedAgency));
        assert_eq!(
            p.add_named_agency("генштаб всу"),
            Err(EditError::AgencyExists {
                name: "генштаб всу".into(), known_as: "Генштаб ВСУ".into()
            })
        );
        assert_eq!(p.agencies.len(), 1);
    }

    #[test]
    fn deleting_a_tag_takes_it_off_every_claim() {
        let (mut p, article) = project();
        let killed = p.add_named_tag(" “killed” 😀 ", Rgb([1, 2, 3])).unwrap();
        let wounded = p.add_named_tag("wounded\u{a0}only", Rgb([4, 5, 6])).unwrap();
        assert_eq!(p.tag(killed).unwrap().name, "“killed” 😀");
        assert_eq!(p.add_named_tag("“KILLED” 😀", Rgb([0, 0, 0])), Err(EditError::TagExists("“KILLED” 😀".into())));
        assert_eq!(p.add_named_tag("\u{a0}", Rgb([0, 0, 0])), Err(EditError::UnnamedTag));
        let claim = claim_on(&mut p, article, "4,000");
        p.toggle_claim_tag(claim, killed).unwrap();
        p.toggle_claim_tag(claim, wounded).unwrap();
        p.delete_tag(killed);
        assert_eq!(p.tags.iter().map(|t| t.id).collect::<Vec<_>>(), vec![wounded]);
        assert_eq!(p.claim(claim).unwrap().tags, vec![wounded]);
        let after = p.clone();
        p.delete_tag(killed);
        assert_eq!(p, after, "deleting a tag twice changes nothing more");
    }

    #[test]
    fn removing_an_article_takes_its_claims_and_reviews_with_it() {
        let (mut p, article) = project();
        let other = p
            .add_article(
                ImportedText { text: "“Other” 😀 text".into(), ..ImportedText::default() },
                Timestamp::UNIX_EPOCH,
            )
            .unwrap();
        let (start, end) = position(TEXT, "4,000");
        claim_on(&mut p, article, "4,000");
        let quote =
            Anchor {
                start: 0, end: 7, exact: "“Other”".into(), prefix: String::new(), suffix: " 😀 text".into()
            };
        let kept = p.add_claim(other, quote).unwrap();
        p.reject_suggestion(article, start, end);
        p.reject_suggestion(other, 0, 7);
        p.remove_article(article);
        assert!(p.article(article).is_none());
        assert_eq!(p.claims.iter().map(|c| c.id).collect::<Vec<_>>(), vec![kept]);
        assert_eq!(
            p.reviewed_suggestions,
            vec![ReviewedSuggestion { article: other, start: 0, end: 7, accepted: false }]
        );
        assert!(p.validate().is_valid(), "{:?}", p.validate().problems);
    }

    #[test]
    fn an_article_is_found_by_its_text_and_its_text_can_be_set() {
        let (mut p, article) = project();
        assert_eq!(p.article_with_text(TEXT).map(|a| a.id), Some(article));
        assert!(p.article_with_text("“Nearly 4,000 casualties”").is_none(), "a no-break space differs from a space");
        p.reject_suggestion(article, 1, 7);
        p.reject_suggestion(article, 20, 30);
        let newer = format!("UPDATE 😀\n{TEXT}");
        p.set_article_text(article, newer.clone(), Timestamp::from_second(60).unwrap(), |s, e| {
            (s < 10).then_some((s + 10, e + 10))
        })
        .unwrap();
        let a = p.article(article).unwrap();
        assert_eq!((a.text.as_str(), a.text_sha256.clone()), (newer.as_str(), Article::text_hash(&newer)));
        assert_eq!(a.retrieved_at, Timestamp::from_second(60).ok());
        assert_eq!(
            p.reviewed_suggestions,
            vec![ReviewedSuggestion { article, start: 11, end: 17, accepted: false }],
            "shifted, or forgotten"
        );
        assert_eq!(p.article_with_text(&newer).map(|a| a.id), Some(article));
        assert_eq!(
            p.set_article_text(ArticleId(99), String::new(), Timestamp::UNIX_EPOCH, |s, e| Some((s, e))),
            Err(EditError::NoArticle(ArticleId(99)))
        );
    }
}
