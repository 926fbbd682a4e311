//! The suggestion engine: figures, qualifiers, agencies and dates in running
//! text. GUI-free and fast enough to run on every article of a project.
//!
//! The pipeline, each step in its own module:
//! 1. `tokens`: words, numbers, punctuation, URLs, handles, hashtags, with
//!    byte offsets into the original text;
//! 2. `sentences`: paragraphs and sentences ("U.K.", "Mar.", "Dr." do not
//!    end one; soft-wrapped lines are joined);
//! 3. `dates`: dates resolved against the publication date, with their role
//!    (as of, since, reported);
//! 4. `agencies`: mentions of known agencies and their variants, plus "the
//!    ministry"-style anaphors;
//! 5. `figures`: the figures with their hedges and measures;
//! 6. `attribution`: which mention (or which neighbouring sentence) a figure
//!    is attributed to; the date follows the same rules.
//!
//! Offsets in a [`Suggestion`] are code points, end exclusive.

mod agencies;
mod attribution;
mod dates;
mod figures;
mod lexicon;
mod numbers;
mod sentences;
mod tokens;

pub use agencies::AgencyDef;

use crate::model::text::char_offsets_sorted;
use crate::model::{
    Agency, AgencySeed, ArticleId, ClaimDate, DateKind, Figure, FigureKind, Project, Qualifier, default_agencies,
};
use agencies::{AgencyIndex, Mention};
use attribution::{Cue, Source};
use dates::{DateMention, Role};
use figures::FigureMatch;
use jiff::civil::Date;
use sentences::Sentence;
use serde::Serialize;
use std::ops::Range;
use tokens::Doc;

/// A figure the engine suggests as a claim.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Suggestion {
    /// Code points into the text, end exclusive; the span covers the hedge
    /// ("over 5,000").
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Counts as numbers, shares as ratios from 0 to 1.
    pub value: f64,
    pub kind: FigureKind,
    pub qualifier: Option<Qualifier>,
    /// What is counted, lowercase as written ("casualties", "killed").
    pub measure: Option<String>,
    /// The canonical name of the cited agency.
    pub agency: Option<String>,
    /// The agency as the text names it ("the British defense ministry").
    pub agency_text: Option<String>,
    pub date: Option<ClaimDate>,
    pub date_text: Option<String>,
    pub sentence: String,
    pub sentence_start: usize,
    pub sentence_end: usize,
}

impl Suggestion {
    /// The figure a claim accepted from this suggestion carries.
    pub fn figure(&self) -> Figure {
        Figure {
            text: self.text.clone(),
            value: Some(self.value),
            qualifier: self.qualifier,
            measure: self.measure.clone().unwrap_or_default(),
            kind: self.kind,
        }
    }
}

/// The suggestion engine, built once from a list of agencies and reused for
/// every article.
#[derive(Debug)]
pub struct Extractor {
    index: AgencyIndex,
}

impl Extractor {
    /// An extractor that knows exactly these agencies.
    pub fn new(agencies: &[Agency]) -> Extractor {
        let defs: Vec<AgencyDef> = agencies
            .iter()
            .map(|a| AgencyDef { name: a.name.clone(), aliases: a.aliases.clone(), country: a.country.clone() })
            .collect();
        Extractor::from_defs(&defs)
    }

    /// An extractor from names, aliases and countries. Earlier definitions
    /// win when two share an alias.
    pub fn from_defs(defs: &[AgencyDef]) -> Extractor {
        Extractor { index: AgencyIndex::new(defs) }
    }

    /// An extractor that knows the bundled default agencies.
    pub fn with_default_agencies() -> Extractor {
        let defs: Vec<AgencyDef> = default_agencies().into_iter().map(seed_def).collect();
        Extractor::from_defs(&defs)
    }

    /// Canonical names of the agencies this extractor knows.
    pub fn agency_names(&self) -> &[String] {
        &self.index.names
    }

    /// The figures in `text`, in order. Relative dates ("last week",
    /// "on Friday") resolve against `published_on`; without it the engine
    /// looks for a dateline or byline date with a year near the top.
    pub fn suggest(&self, text: &str, published_on: Option<Date>) -> Vec<Suggestion> {
        let doc = Doc::new(text);
        if doc.len() == 0 {
            return Vec::new();
        }
        let sentences = sentences::split(&doc);
        let mut published = published_on;
        let mut date_list = dates::find(&doc, &sentences, published);
        if published.is_none()
            && let Some(inferred) = infer_published(&date_list, &sentences)
        {
            published = Some(inferred);
            date_list = dates::find(&doc, &sentences, published);
        }
        let mentions = self.index.find(&doc);
        Analysis::new(&doc, &sentences, &date_list, &mentions, self, published).run()
    }
}

fn seed_def(seed: AgencySeed) -> AgencyDef {
    AgencyDef { name: seed.name, aliases: seed.aliases, country: seed.country }
}

/// A date with a year in a dateline or a byline near the top of the text.
fn infer_published(dates: &[DateMention], sentences: &[Sentence]) -> Option<Date> {
    dates
        .iter()
        .filter(|d| sentences.get(d.sentence).is_some_and(|s| s.para <= 2))
        .find_map(|d| d.value.filter(|(_, p)| *p == crate::model::DatePrecision::Day).map(|(v, _)| v))
}

/// The extractor for a project: its own agencies, then the bundled defaults
/// whose names it does not redefine.
pub fn extractor_for(project: &Project) -> Extractor {
    let mut defs: Vec<AgencyDef> = project
        .agencies
        .iter()
        .map(|a| AgencyDef { name: a.name.clone(), aliases: a.aliases.clone(), country: a.country.clone() })
        .collect();
    for seed in default_agencies() {
        if !defs.iter().any(|d| d.name.trim().eq_ignore_ascii_case(seed.name.trim())) {
            defs.push(seed_def(seed));
        }
    }
    Extractor::from_defs(&defs)
}

/// Suggestions for one article of a project, without those the editor has
/// already accepted or rejected and those overlapping an existing claim.
pub fn suggest_for_article(project: &Project, extractor: &Extractor, article: ArticleId) -> Vec<Suggestion> {
    let Some(a) = project.article(article) else { return Vec::new() };
    let reviewed: Vec<(usize, usize)> =
        project.reviewed_suggestions.iter().filter(|r| r.article == article).map(|r| (r.start, r.end)).collect();
    let claims: Vec<(usize, usize)> = project.claims_of(article).map(|c| (c.anchor.start, c.anchor.end)).collect();
    extractor
        .suggest(&a.text, a.published_on)
        .into_iter()
        .filter(|s| !reviewed.contains(&(s.start, s.end)))
        .filter(|s| !claims.iter().any(|&(cs, ce)| s.start < ce.max(cs + 1) && cs < s.end))
        .collect()
}

/// Where a figure's attribution came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Attr {
    Known(usize),
    Unknown,
}

struct Analysis<'a, 'd> {
    doc: &'a Doc<'d>,
    sentences: &'a [Sentence],
    dates: &'a [DateMention],
    mentions: &'a [Mention],
    extractor: &'a Extractor,
    published: Option<Date>,
    /// Per sentence: its mentions and dates as index ranges.
    mention_ranges: Vec<Range<usize>>,
    date_ranges: Vec<Range<usize>>,
    cues: Vec<Vec<Cue>>,
}

/// A figure ready to become a suggestion, with byte offsets.
struct Found {
    span: (usize, usize),
    sentence: (usize, usize),
    figure: FigureMatch,
    attr: Option<Attr>,
    date: Option<usize>,
}

fn ranges_by_sentence(sentences: &[Sentence], starts: impl Iterator<Item = usize>) -> Vec<Range<usize>> {
    let starts: Vec<usize> = starts.collect();
    let mut out = Vec::with_capacity(sentences.len());
    let mut k = 0;
    for s in sentences {
        while k < starts.len() && starts[k] < s.toks.start {
            k += 1;
        }
        let first = k;
        while k < starts.len() && starts[k] < s.toks.end {
            k += 1;
        }
        out.push(first..k);
    }
    out
}

impl<'a, 'd> Analysis<'a, 'd> {
    fn new(
        doc: &'a Doc<'d>,
        sentences: &'a [Sentence],
        dates: &'a [DateMention],
        mentions: &'a [Mention],
        extractor: &'a Extractor,
        published: Option<Date>,
    ) -> Analysis<'a, 'd> {
        let mention_ranges = ranges_by_sentence(sentences, mentions.iter().map(|m| m.toks.start));
        let date_ranges = ranges_by_sentence(sentences, dates.iter().map(|d| d.toks.start));
        Analysis { doc, sentences, dates, mentions, extractor, published, mention_ranges, date_ranges, cues: Vec::new() }
    }

    fn run(mut self) -> Vec<Suggestion> {
        let doc = self.doc;
        let mut blocked = vec![false; doc.len()];
        for d in self.dates {
            for k in d.toks.clone() {
                if let Some(b) = blocked.get_mut(k) {
                    *b = true;
                }
            }
        }
        self.cues = self
            .sentences
            .iter()
            .enumerate()
            .map(|(si, s)| attribution::cues(doc, s, self.mentions, self.mention_ranges[si].clone(), &blocked))
            .collect();
        let mut found: Vec<Found> = Vec::new();
        // Per sentence, the date its last figure got.
        let mut last_date: Vec<Option<usize>> = vec![None; self.sentences.len()];
        // The last sentence with a source in this paragraph and the previous.
        let mut para_last: Option<(Attr, usize)> = None;
        let mut prev_para_last: Option<(Attr, usize)> = None;
        for (si, s) in self.sentences.iter().enumerate() {
            let first_in_para = si == 0 || self.sentences[si - 1].para != s.para;
            if first_in_para {
                prev_para_last = para_last;
                para_last = None;
            }
            let figures = figures::find(doc, s.toks.clone(), &blocked);
            let own = attribution::choose(doc, s, &self.cues[si], s.toks.end);
            let pronoun_back = own.is_some_and(|c| c.source == Source::Back { pronoun: true });
            let back = para_last.or_else(|| {
                let anaphoric = first_in_para && (attribution::opens_with_anaphor(doc, s) || pronoun_back);
                if anaphoric { prev_para_last } else { None }
            });
            let inherits = !self.speaks_of_now(s);
            let locals: Vec<Option<usize>> = figures
                .iter()
                .enumerate()
                .map(|(fi, f)| self.local_date(si, f, figures.get(fi + 1).map(|n| n.core.start)))
                .collect();
            let sentence_span = doc.span(s.toks.start, s.toks.end);
            for (fi, figure) in figures.iter().enumerate() {
                let cue = attribution::choose(doc, s, &self.cues[si], figure.core.start);
                let (attr, from) = match cue.map(|c| c.source) {
                    Some(Source::Known(mi)) => (Some(Attr::Known(mi)), Some(si)),
                    Some(Source::Unknown) => (Some(Attr::Unknown), Some(si)),
                    Some(Source::Back { .. }) | None => match back.or_else(|| self.following_speaker(si)) {
                        Some((a, t)) => (Some(a), Some(t)),
                        None => (None, None),
                    },
                };
                let mut date = locals[fi].or_else(|| self.clause_date(si, figure, &locals));
                if inherits {
                    if date.is_none()
                        && let Some(t) = from.filter(|&t| t != si)
                    {
                        date = last_date[t].or_else(|| self.sentence_date(t));
                    }
                    if date.is_none()
                        && let Some(Attr::Known(mi)) = attr
                    {
                        date = self.same_source_date(si, mi, first_in_para, prev_para_last, &last_date);
                    }
                }
                last_date[si] = date.or(last_date[si]);
                found.push(Found {
                    span: doc.span(figure.toks.start, figure.toks.end),
                    sentence: sentence_span,
                    figure: figure.clone(),
                    attr,
                    date,
                });
            }
            match own.map(|c| c.source) {
                Some(Source::Known(mi)) => para_last = Some((Attr::Known(mi), si)),
                Some(Source::Unknown) => para_last = Some((Attr::Unknown, si)),
                _ => {
                    if para_last.is_none() && back.is_some() {
                        para_last = back;
                    }
                }
            }
        }
        self.into_suggestions(found)
    }

    /// "now", "currently", "so far": the sentence describes the present,
    /// not the date of the sentence it follows.
    fn speaks_of_now(&self, s: &Sentence) -> bool {
        let doc = self.doc;
        s.toks.clone().any(|k| {
            doc.is_any(k, &["now", "currently"])
                || doc.is(k, "so") && doc.is(k + 1, "far")
                || doc.is(k, "to") && doc.is(k + 1, "date")
        })
    }

    /// "X said" in the next sentence of the same paragraph.
    fn following_speaker(&self, si: usize) -> Option<(Attr, usize)> {
        let next = self.sentences.get(si + 1)?;
        if next.para != self.sentences[si].para {
            return None;
        }
        self.cues[si + 1].iter().find_map(|c| match c.source {
            Source::Known(mi) if c.said => Some((Attr::Known(mi), si + 1)),
            _ => None,
        })
    }

    /// Dates of sentence `si` that can date a figure: resolved, not the
    /// start of a period, not after publication.
    fn usable_dates(&self, si: usize) -> impl Iterator<Item = usize> + '_ {
        self.date_ranges[si].clone().filter(|&d| {
            let m = &self.dates[d];
            m.role != Role::Since
                && m.value.is_some_and(|(v, _)| self.published.is_none_or(|p| v <= p))
        })
    }

    /// A date right after the figure in the same clause: "11,000 troops
    /// sent last autumn", "4,000 casualties as of mid-January".
    fn local_date(&self, si: usize, f: &FigureMatch, next_core: Option<usize>) -> Option<usize> {
        let doc = self.doc;
        self.usable_dates(si).find(|&d| {
            let t = &self.dates[d].toks;
            t.start >= f.toks.end
                && t.start - f.toks.end <= 12
                && !self.dates[d].dateline
                && next_core.is_none_or(|n| n >= t.start)
                && (f.toks.end..t.start).all(|k| {
                    !doc.punct(k).is_some_and(|c| matches!(c, ',' | ';' | '(' | ')' | '\u{2014}' | '\u{2013}' | ':'))
                        && !(doc.is_punct(k, '-') && doc.toks.get(k).is_some_and(|tk| tk.space))
                })
        })
    }

    /// The date of a figure from its clause: as-of, else reported, else
    /// another date (not one that dates another figure), else the dateline.
    fn clause_date(&self, si: usize, f: &FigureMatch, locals: &[Option<usize>]) -> Option<usize> {
        let clause = attribution::clause_of(self.doc, &self.sentences[si], f.core.start);
        let distance = |d: usize| {
            let t = &self.dates[d].toks;
            if t.start >= f.toks.end { t.start - f.toks.end } else { f.toks.start.saturating_sub(t.end) }
        };
        let candidates: Vec<usize> = self
            .usable_dates(si)
            .filter(|&d| !locals.contains(&Some(d)))
            .filter(|&d| clause.contains(&self.dates[d].toks.start) || self.dates[d].dateline)
            .collect();
        let nearest = |pred: &dyn Fn(&DateMention) -> bool| {
            candidates.iter().copied().filter(|&d| pred(&self.dates[d])).min_by_key(|&d| distance(d))
        };
        nearest(&|d| d.role == Role::AsOf)
            .or_else(|| nearest(&|d| d.reported && !d.dateline))
            .or_else(|| nearest(&|d| !d.reported))
            .or_else(|| nearest(&|d| d.dateline))
    }

    /// The date a whole sentence gives: as-of, else reported, else the last
    /// other date.
    fn sentence_date(&self, si: usize) -> Option<usize> {
        let all: Vec<usize> = self.usable_dates(si).collect();
        all.iter()
            .copied()
            .find(|&d| self.dates[d].role == Role::AsOf)
            .or_else(|| all.iter().copied().find(|&d| self.dates[d].reported && !self.dates[d].dateline))
            .or_else(|| all.iter().copied().rev().find(|&d| !self.dates[d].reported))
            .or_else(|| all.first().copied())
    }

    /// A sentence that goes on citing the same agency as an earlier one in
    /// its paragraph (or, when it opens with "Of those", the previous
    /// paragraph) takes that sentence's date.
    fn same_source_date(
        &self,
        si: usize,
        mention: usize,
        first_in_para: bool,
        prev_para_last: Option<(Attr, usize)>,
        last_date: &[Option<usize>],
    ) -> Option<usize> {
        let agency = self.mentions[mention].agency;
        let para = self.sentences[si].para;
        let mut t = si;
        while t > 0 && self.sentences[t - 1].para == para && si - t < 8 {
            t -= 1;
            let cites_same = attribution::choose(self.doc, &self.sentences[t], &self.cues[t], self.sentences[t].toks.end)
                .is_some_and(|c| matches!(c.source, Source::Known(m) if self.mentions[m].agency == agency));
            if cites_same && let Some(d) = last_date[t].or_else(|| self.sentence_date(t)) {
                return Some(d);
            }
        }
        if first_in_para
            && attribution::opens_with_anaphor(self.doc, &self.sentences[si])
            && let Some((_, t)) = prev_para_last
        {
            return last_date[t].or_else(|| self.sentence_date(t));
        }
        None
    }

    fn into_suggestions(self, found: Vec<Found>) -> Vec<Suggestion> {
        let doc = self.doc;
        let text = doc.text;
        let mut offsets: Vec<usize> = Vec::with_capacity(found.len() * 4);
        for f in &found {
            offsets.extend([f.span.0, f.span.1, f.sentence.0, f.sentence.1]);
        }
        offsets.sort_unstable();
        offsets.dedup();
        let chars = char_offsets_sorted(text, &offsets);
        let to_char = |b: usize| offsets.binary_search(&b).ok().and_then(|i| chars.get(i).copied()).unwrap_or(0);
        found
            .into_iter()
            .map(|f| {
                let (agency, agency_text) = match f.attr {
                    Some(Attr::Known(mi)) => {
                        let m = &self.mentions[mi];
                        (
                            self.extractor.index.names.get(m.agency).cloned(),
                            Some(doc.text_of(m.toks.start, m.toks.end).to_string()),
                        )
                    }
                    _ => (None, None),
                };
                let date = f.date.map(|d| &self.dates[d]);
                Suggestion {
                    start: to_char(f.span.0),
                    end: to_char(f.span.1),
                    text: text[f.span.0..f.span.1].to_string(),
                    value: f.figure.value,
                    kind: f.figure.kind,
                    qualifier: f.figure.qualifier,
                    measure: f.figure.measure,
                    agency,
                    agency_text,
                    date: date.and_then(|d| {
                        d.value.map(|(value, precision)| ClaimDate {
                            value,
                            precision,
                            kind: if d.reported { DateKind::Reported } else { DateKind::AsOf },
                        })
                    }),
                    date_text: date.map(|d| doc.text_of(d.toks.start, d.toks.end).to_string()),
                    sentence: text[f.sentence.0..f.sentence.1].to_string(),
                    sentence_start: to_char(f.sentence.0),
                    sentence_end: to_char(f.sentence.1),
                }
            })
            .collect()
    }
}
