//! The suggestion engine: figures, qualifiers, agencies and dates in running text.
//!
//! TEMPORARY stub written by the lead only so the UI compiles while the
//! engine is being written; helper: replace this whole file.

use crate::model::{ArticleId, ClaimDate, FigureKind, Project, Qualifier};

#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: f64,
    pub kind: FigureKind,
    pub qualifier: Option<Qualifier>,
    pub measure: Option<String>,
    pub agency: Option<String>,
    pub agency_text: Option<String>,
    pub date: Option<ClaimDate>,
    pub date_text: Option<String>,
    pub sentence: String,
    pub sentence_start: usize,
    pub sentence_end: usize,
}

pub struct Extractor;

pub fn extractor_for(_project: &Project) -> Extractor {
    Extractor
}

pub fn suggest_for_article(_project: &Project, _extractor: &Extractor, _article: ArticleId) -> Vec<Suggestion> {
    Vec::new()
}
