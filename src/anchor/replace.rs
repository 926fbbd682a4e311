//! A newer version of an article: its text replaced and every claim
//! re-anchored. Lives here rather than in `model` because it needs the
//! re-anchoring search; the record-level half is
//! `Project::set_article_text`.

use super::{Reanchored, reanchor_all};
use crate::model::{Anchor, ArticleId, Claim, ClaimId, EditError, Project};
use jiff::Timestamp;

/// What replacing an article's text did to its claims.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReplaceSummary {
    /// The quote still sits where it was.
    pub stayed: Vec<ClaimId>,
    /// The quote was found verbatim elsewhere.
    pub moved: Vec<ClaimId>,
    /// The quote was reworded; the claim now quotes the new wording.
    pub approximate: Vec<ClaimId>,
    /// Not found: kept with its old anchor, shown as orphaned
    /// (`Validation::orphaned_claims`).
    pub orphaned: Vec<ClaimId>,
    /// The new text was the same as the old one; nothing changed.
    pub unchanged: bool,
}

impl ReplaceSummary {
    pub fn total(&self) -> usize {
        self.stayed.len() + self.moved.len() + self.approximate.len() + self.orphaned.len()
    }
}

/// Replaces the text of `article` with `new_text` (a newer version of the
/// story) and re-anchors every claim in it: position, then the exact
/// quote, then an approximate match (see `anchor::Target::reanchor`). A
/// re-anchored claim's quote, prefix and suffix follow the new wording; a
/// claim that cannot be re-anchored is kept as it was, never dropped, and
/// `Project::validate` reports it as orphaned. Reviewed suggestions inside
/// the unchanged start and end of the text keep their place; those in the
/// changed middle are forgotten. The article's hash and retrieval time
/// follow the new text; its title and other metadata stay.
///
/// The same text as before changes nothing (`unchanged` is set). Refuses
/// an article that does not exist, leaving the project as it was.
pub fn replace_article_text(
    project: &mut Project,
    article: ArticleId,
    new_text: String,
    retrieved_at: Timestamp,
) -> Result<ReplaceSummary, EditError> {
    let old_text = project.article(article).ok_or(EditError::NoArticle(article))?.text.clone();
    let mut summary = ReplaceSummary::default();
    if old_text == new_text {
        summary.unchanged = true;
        summary.stayed = project.claims.iter().filter(|c| c.article == article).map(|c| c.id).collect();
        return Ok(summary);
    }
    let (ids, results) = {
        let mut claims: Vec<&mut Claim> = project.claims.iter_mut().filter(|c| c.article == article).collect();
        let ids: Vec<ClaimId> = claims.iter().map(|c| c.id).collect();
        let mut anchors: Vec<&mut Anchor> = claims.iter_mut().map(|c| &mut c.anchor).collect();
        (ids, reanchor_all(&new_text, &mut anchors))
    };
    for (id, result) in ids.into_iter().zip(results) {
        match result {
            Reanchored::InPlace => summary.stayed.push(id),
            Reanchored::Moved => summary.moved.push(id),
            Reanchored::Approximate => summary.approximate.push(id),
            Reanchored::Orphaned => summary.orphaned.push(id),
        }
    }
    let ends = unchanged_ends(&old_text, &new_text);
    project.set_article_text(article, new_text, retrieved_at, |start, end| ends.map(start, end))?;
    Ok(summary)
}

/// The common start and end of two texts, in code points, so a span
/// inside either can be carried over.
struct UnchangedEnds {
    prefix: usize,
    suffix: usize,
    old_len: usize,
    new_len: usize,
}

fn unchanged_ends(old: &str, new: &str) -> UnchangedEnds {
    let prefix = old.chars().zip(new.chars()).take_while(|(a, b)| a == b).count();
    let (old_len, new_len) = (old.chars().count(), new.chars().count());
    let room = old_len.min(new_len) - prefix;
    let suffix = old.chars().rev().zip(new.chars().rev()).take(room).take_while(|(a, b)| a == b).count();
    UnchangedEnds { prefix, suffix, old_len, new_len }
}

impl UnchangedEnds {
    fn map(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        if end <= self.prefix {
            return Some((start, end));
        }
        let tail = self.old_len - self.suffix;
        if start >= tail && end <= self.old_len {
            let shift = |x: usize| x - tail + (self.new_len - self.suffix);
            return Some((shift(start), shift(end)));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anchor::anchor_span;
    use crate::model::{ImportedText, ReviewedSuggestion};

    fn at(text: &str, needle: &str) -> (usize, usize) {
        let byte = text.find(needle).unwrap();
        let start = text[..byte].chars().count();
        (start, start + needle.chars().count())
    }

    #[test]
    fn replacing_a_text_sorts_claims_into_stayed_moved_approximate_and_orphaned() {
        let old = "LONDON 😀 — The U.K. said “over 5,000\u{a0}casualties” by Friday. \
                   Seoul put it at about 4,000 killed. A third were wounded, officials said. The Kremlin declined to comment.";
        let new = "LONDON 😀 — The U.K. said “over 5,000\u{a0}casualties” by Friday. \
                   UPDATE: New figures 🇬🇧. Seoul put it at about 4,000 killed. \
                   A quarter were wounded, officials said.";
        let mut p = Project::new("t", Timestamp::UNIX_EPOCH);
        let a =
            p.add_article(ImportedText { text: old.into(), ..ImportedText::default() }, Timestamp::UNIX_EPOCH).unwrap();
        let mut claim = |needle: &str| {
            let (s, e) = at(old, needle);
            p.add_claim(a, anchor_span(old, s, e).unwrap()).unwrap()
        };
        let stays = claim("over 5,000\u{a0}casualties");
        let moves = claim("about 4,000 killed");
        let reworded = claim("A third were wounded");
        let gone = claim("The Kremlin declined to comment.");
        let (s, e) = at(old, "about 4,000");
        p.reviewed_suggestions.push(ReviewedSuggestion { article: a, start: s, end: e, accepted: false });
        p.reviewed_suggestions.push(ReviewedSuggestion { article: a, start: 0, end: 6, accepted: false });

        let summary = replace_article_text(&mut p, a, new.into(), Timestamp::UNIX_EPOCH).unwrap();
        assert_eq!(summary.stayed, vec![stays]);
        assert_eq!(summary.moved, vec![moves]);
        assert_eq!(summary.approximate, vec![reworded]);
        assert_eq!(summary.orphaned, vec![gone]);
        assert_eq!(summary.total(), 4);
        assert_eq!(p.claim(reworded).unwrap().anchor.exact, "A quarter were wounded");
        assert_eq!(p.claim(moves).unwrap().anchor.start, at(new, "about 4,000 killed").0);
        let article = p.article(a).unwrap();
        assert_eq!(article.text, new);
        assert_eq!(article.text_sha256, crate::model::Article::text_hash(new));
        let v = p.validate();
        assert_eq!(v.orphaned_claims(), vec![gone], "the orphan is kept and shown: {:?}", v.problems);
        assert_eq!(p.claims.len(), 4, "nothing is dropped");
        assert_eq!(
            p.reviewed_suggestions,
            vec![ReviewedSuggestion { article: a, start: 0, end: 6, accepted: false }],
            "a reviewed span in the changed middle is forgotten"
        );

        let again = replace_article_text(&mut p, a, new.into(), Timestamp::UNIX_EPOCH).unwrap();
        assert!(again.unchanged);
        assert_eq!(
            replace_article_text(&mut p, ArticleId(9), "x".into(), Timestamp::UNIX_EPOCH),
            Err(EditError::NoArticle(ArticleId(9)))
        );
    }

    #[test]
    fn spans_in_the_unchanged_ends_are_carried_over() {
        let ends = unchanged_ends("ab😀cdef", "ab😀XYZcdef");
        assert_eq!((ends.prefix, ends.suffix), (3, 4));
        assert_eq!(ends.map(0, 3), Some((0, 3)));
        assert_eq!(ends.map(4, 7), Some((7, 10)));
        assert_eq!(ends.map(2, 5), None);
    }
}
