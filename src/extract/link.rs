//! Linking: each figure of a text to its source, its date, its subject and,
//! for a share, its base, sentence by sentence in text order.
//!
//! A figure takes the source its own clause cites ("the MoD said"), else
//! the latest source of its paragraph ("It added…"), else, at a
//! paragraph's start that points back ("Of those, …"), the previous
//! paragraph's, else a "said" sentence right after it. Its date is one
//! written right after it, else one of its clause (as of, reported,
//! another, the dateline), else, unless its sentence speaks of now ("so
//! far", "currently"), the date of the sentence it took its source from,
//! else that of an earlier sentence citing the same agency.
//! Per sentence the pass keeps 12 bytes (`Read`), so memory stays linear
//! in the text, and it hands each sentence's suggestions out as soon as
//! they are made.

use super::Suggestion;
use super::agencies::Mention;
use super::attribution::{self, Clauses, Cue, Source};
use super::dates::{DateMention, Role};
use super::figures::{self, FigureMatch};
use super::sentences::{MAX_SENTENCE_TOKENS, Sentence};
use super::subjects::{self, Reading};
use super::tokens::Doc;
use crate::model::{ClaimDate, DateKind, FigureKind};
use jiff::civil::Date;
use std::cell::Cell;
use std::ops::Range;

/// A date right after a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Local {
    None,
    /// It dates the figure.
    Figure(usize),
    /// It dates what a share is a share of.
    Base(usize),
}

/// Where a figure's attribution came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Attr {
    Known(usize),
    Unknown,
}

/// A sentence of more than this many code points, or one the splitter cut
/// at `MAX_SENTENCE_TOKENS`, is not quoted whole: each figure in it quotes
/// a window of at most `SENTENCE_WINDOW` bytes around itself, at token
/// boundaries. No news sentence is that long; text without sentence breaks
/// (a run-on paste, a flattened table, a huge URL or run of spaces) is, and
/// each of its figures would otherwise carry a copy of up to the whole
/// chunk, so that memory and output grew with figures × sentence length.
const MAX_SENTENCE_CHARS: usize = 1000;
/// Bytes (so at most as many code points) quoted around a figure in a
/// sentence too long to quote: about a long sentence's worth.
const SENTENCE_WINDOW: usize = 300;

/// An optional index in 32 bits, for the tables kept per sentence (a text
/// can have one sentence every two bytes). Indices fit: there are fewer
/// dates and mentions than tokens, and `Doc` keeps texts under 4 GiB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Idx(u32);

impl Idx {
    const NONE: Idx = Idx(u32::MAX);

    fn new(i: Option<usize>) -> Idx {
        i.and_then(|i| u32::try_from(i).ok()).filter(|&i| i != u32::MAX).map_or(Idx::NONE, Idx)
    }

    fn get(self) -> Option<usize> {
        (self != Idx::NONE).then_some(self.0 as usize)
    }
}

/// An optional date index that may not be known yet, in 32 bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Slot(u32);

impl Slot {
    const UNKNOWN: Slot = Slot(u32::MAX);
    const NONE: u32 = u32::MAX - 1;

    fn known(d: Option<usize>) -> Slot {
        Slot(d.and_then(|d| u32::try_from(d).ok()).filter(|&d| d < Slot::NONE).unwrap_or(Slot::NONE))
    }

    /// `None` while unknown.
    fn get(self) -> Option<Option<usize>> {
        match self.0 {
            u32::MAX => None,
            Slot::NONE => Some(None),
            d => Some(Some(d as usize)),
        }
    }
}

/// What the engine remembers of each sentence it has read, for the
/// sentences after it, in 12 bytes.
#[derive(Clone, Debug)]
struct Read {
    /// The mention the sentence as a whole cites, if a known agency.
    own_known: Idx,
    /// The date its last figure got; unknown when it has no figures.
    last_date: Slot,
    /// `Analysis::sentence_date`, once a later sentence has asked for it.
    date: Cell<Slot>,
}

pub(super) struct Analysis<'a, 'd> {
    doc: &'a Doc<'d>,
    sentences: &'a [Sentence],
    dates: &'a [DateMention],
    mentions: &'a [Mention],
    /// Canonical agency names, indexed by `Mention::agency`.
    agency_names: &'a [String],
    published: Option<Date>,
    /// Tokens that belong to dates.
    blocked: Vec<bool>,
    /// Per sentence, filled in as the sentences are read.
    read: Vec<Read>,
    /// The clauses of the sentence being read.
    clauses: Clauses,
}

/// A figure ready to become a suggestion, with byte offsets.
struct Found {
    span: (usize, usize),
    /// The sentence, or the window of it that is quoted.
    sentence: (usize, usize),
    figure: FigureMatch,
    attr: Option<Attr>,
    date: Option<usize>,
    subject: Option<String>,
    base: Option<f64>,
}

/// Code point offsets of byte offsets that come (nearly) in text order: each
/// step counts only the code points between the last offset and this one.
struct CharCursor {
    byte: usize,
    chars: usize,
}

impl CharCursor {
    fn to(&mut self, text: &str, b: usize) -> usize {
        let b = b.min(text.len());
        if b >= self.byte {
            self.chars += text.get(self.byte..b).map_or(0, |s| s.chars().count());
        } else {
            self.chars = self.chars.saturating_sub(text.get(b..self.byte).map_or(0, |s| s.chars().count()));
        }
        self.byte = b;
        self.chars
    }
}

/// Indices of the items whose key lies in `range`, for items sorted by key.
fn index_range<T>(items: &[T], key: impl Fn(&T) -> usize, range: Range<usize>) -> Range<usize> {
    let a = items.partition_point(|x| key(x) < range.start);
    let b = a + items[a..].partition_point(|x| key(x) < range.end);
    a..b
}

impl<'a, 'd> Analysis<'a, 'd> {
    pub(super) fn new(
        doc: &'a Doc<'d>,
        sentences: &'a [Sentence],
        dates: &'a [DateMention],
        mentions: &'a [Mention],
        agency_names: &'a [String],
        published: Option<Date>,
    ) -> Analysis<'a, 'd> {
        let mut blocked = vec![false; doc.len()];
        for d in dates {
            for k in d.toks.clone() {
                if let Some(b) = blocked.get_mut(k) {
                    *b = true;
                }
            }
        }
        Analysis {
            doc,
            sentences,
            dates,
            mentions,
            agency_names,
            published,
            blocked,
            read: Vec::with_capacity(sentences.len()),
            clauses: Clauses::default(),
        }
    }

    /// The mentions of sentence `si` (by their first token).
    fn mention_range(&self, si: usize) -> Range<usize> {
        index_range(self.mentions, |m| m.toks.start, self.sentences[si].toks())
    }

    /// The dates of sentence `si`.
    fn date_range(&self, si: usize) -> Range<usize> {
        index_range(self.dates, |d| d.sentence, si..si + 1)
    }

    fn cues_of(&self, si: usize) -> Vec<Cue> {
        attribution::cues(self.doc, &self.sentences[si], self.mentions, self.mention_range(si), &self.blocked)
    }

    pub(super) fn run(mut self, emit: &mut dyn FnMut(Suggestion)) {
        let doc = self.doc;
        let mut cursor = CharCursor { byte: 0, chars: 0 };
        // The cues of the next sentence, when a figure has looked ahead.
        let mut next_cues: Option<Vec<Cue>> = None;
        // Buffers for one sentence at a time, reused: fewer allocations, and
        // fewer small holes between the suggestions the caller keeps.
        let mut found: Vec<Found> = Vec::new();
        let mut locals: Vec<Local> = Vec::new();
        let mut taken: Vec<usize> = Vec::new();
        let mut offsets: Vec<(usize, usize)> = Vec::new();
        // Each figure's subject and ratio base, read before the figures are
        // moved into `found`: both look at the figures beside it.
        let mut readings: Vec<(Option<String>, Option<f64>)> = Vec::new();
        // The sentence of the last figure and its subject, for "of them".
        let mut prev_subject: Option<(usize, Option<String>)> = None;
        // The last sentence with a source in this paragraph and the previous.
        let mut para_last: Option<(Attr, usize)> = None;
        let mut prev_para_last: Option<(Attr, usize)> = None;
        for (si, s) in self.sentences.iter().enumerate() {
            let first_in_para = si == 0 || self.sentences[si - 1].para() != s.para();
            if first_in_para {
                prev_para_last = para_last;
                para_last = None;
            }
            let cues = next_cues.take().unwrap_or_else(|| self.cues_of(si));
            self.clauses.fill(doc, s);
            let dates = self.date_range(si);
            let figures = figures::find(doc, s.toks(), &self.blocked);
            let own = attribution::choose(&cues, s.toks().end - 1, &self.clauses);
            let own_known = match own.map(|c| c.source) {
                Some(Source::Known(mi)) => Some(mi),
                _ => None,
            };
            self.read.push(Read {
                own_known: Idx::new(own_known),
                last_date: Slot::UNKNOWN,
                date: Cell::new(Slot::UNKNOWN),
            });
            if figures.is_empty() {
                // No figure: only the sources carry on.
                match own.map(|c| c.source) {
                    Some(Source::Known(mi)) => para_last = Some((Attr::Known(mi), si)),
                    Some(Source::Unknown) => para_last = Some((Attr::Unknown, si)),
                    _ => {
                        if para_last.is_none() {
                            let pronoun_back = own.is_some_and(|c| c.source == Source::Back { pronoun: true });
                            let anaphoric = first_in_para && (attribution::opens_with_anaphor(doc, s) || pronoun_back);
                            if anaphoric {
                                para_last = prev_para_last;
                            }
                        }
                    }
                }
                continue;
            }
            let pronoun_back = own.is_some_and(|c| c.source == Source::Back { pronoun: true });
            let back = para_last.or_else(|| {
                let anaphoric = first_in_para && (attribution::opens_with_anaphor(doc, s) || pronoun_back);
                if anaphoric { prev_para_last } else { None }
            });
            let inherits = !self.speaks_of_now(s);
            locals.clear();
            locals.extend(
                figures
                    .iter()
                    .enumerate()
                    .map(|(fi, f)| self.local_date(dates.clone(), f, figures.get(fi + 1).map(|n| n.core.start))),
            );
            // Plain dates right after a figure belong to it, not to the others.
            taken.clear();
            taken.extend(
                locals
                    .iter()
                    .filter_map(|l| match *l {
                        Local::Figure(d) | Local::Base(d) => Some(d),
                        Local::None => None,
                    })
                    .filter(|&d| self.dates[d].role == Role::Plain && !self.dates[d].reported),
            );
            taken.sort_unstable();
            taken.dedup();
            let first_also = s.toks().find(|&k| doc.is(k, "also"));
            // "X said" in the next sentence, looked for once.
            let mut following: Option<Option<(Attr, usize)>> = None;
            let sentence_span = doc.span(s.toks().start, s.toks().end);
            let mut last_date = None;
            readings.clear();
            for (fi, f) in figures.iter().enumerate() {
                let next = figures.get(fi + 1);
                let prev = fi.checked_sub(1).map(|p| &figures[p]);
                let subject = match subjects::read(doc, s.toks(), &self.blocked, f, prev, next) {
                    Reading::Subject(x) => Some(x),
                    // "of them" points at the figure before, in this
                    // sentence or one of the two before (a sentence
                    // without figures may come between).
                    Reading::Anaphor => prev_subject.as_ref().filter(|(t, _)| t + 2 >= si).and_then(|(_, x)| x.clone()),
                    Reading::Elided => prev_subject.as_ref().filter(|(t, _)| *t == si).and_then(|(_, x)| x.clone()),
                    Reading::Unknown => None,
                };
                prev_subject = Some((si, subject.clone()));
                readings.push((subject, subjects::base_of(doc, f, next)));
            }
            for (fi, figure) in figures.into_iter().enumerate() {
                let (subject, base) = std::mem::take(&mut readings[fi]);
                let cue = attribution::choose(&cues, figure.core.start, &self.clauses);
                let (attr, from) = match cue.map(|c| c.source) {
                    Some(Source::Known(mi)) => (Some(Attr::Known(mi)), Some(si)),
                    Some(Source::Unknown) => (Some(Attr::Unknown), Some(si)),
                    Some(Source::Back { .. }) | None => {
                        let lent = back
                            .or_else(|| *following.get_or_insert_with(|| self.following_speaker(si, &mut next_cues)));
                        match lent {
                            Some((a, t)) => (Some(a), Some(t)),
                            None => (None, None),
                        }
                    }
                };
                let own_local = match locals[fi] {
                    Local::Figure(d) => Some(d),
                    _ => None,
                };
                let mut date = own_local.or_else(|| self.clause_date(dates.clone(), &figure, &taken));
                if inherits {
                    if date.is_none()
                        && let Some(t) = from.filter(|&t| t != si)
                    {
                        date = self.date_of(t);
                    }
                    if date.is_none()
                        && let Some(Attr::Known(mi)) = attr
                    {
                        date = self.same_source_date(si, mi, first_in_para, prev_para_last, first_also);
                    }
                }
                last_date = Some(date);
                found.push(Found {
                    span: doc.span(figure.toks.start, figure.toks.end),
                    sentence: sentence_span,
                    figure,
                    attr,
                    date,
                    subject,
                    base,
                });
            }
            if let Some(date) = last_date {
                self.read[si].last_date = Slot::known(date);
            }
            match own.map(|c| c.source) {
                Some(Source::Known(mi)) => para_last = Some((Attr::Known(mi), si)),
                Some(Source::Unknown) => para_last = Some((Attr::Unknown, si)),
                _ => {
                    // A sentence whose figures took their source from an
                    // earlier one now stands in for it, with its dates.
                    let carried = found.last().and_then(|f| f.attr);
                    if let Some(attr) = carried {
                        para_last = Some((attr, si));
                    } else if para_last.is_none() && back.is_some() {
                        para_last = back;
                    }
                }
            }
            self.clip_sentences(s, &mut found);
            self.emit_found(&mut found, &mut offsets, &mut cursor, emit);
        }
    }

    /// "now", "currently", "so far": the sentence describes the present,
    /// not the date of the sentence it follows.
    fn speaks_of_now(&self, s: &Sentence) -> bool {
        let doc = self.doc;
        s.toks().any(|k| {
            doc.is_any(k, &["now", "currently"])
                || doc.is(k, "so") && doc.is(k + 1, "far")
                || doc.is(k, "to") && doc.is(k + 1, "date")
        })
    }

    /// "X said" in the next sentence of the same paragraph. The next
    /// sentence's cues are kept for when it is read.
    fn following_speaker(&self, si: usize, next_cues: &mut Option<Vec<Cue>>) -> Option<(Attr, usize)> {
        let next = self.sentences.get(si + 1)?;
        if next.para() != self.sentences[si].para() {
            return None;
        }
        let cues = next_cues.get_or_insert_with(|| self.cues_of(si + 1));
        cues.iter().find_map(|c| match c.source {
            Source::Known(mi) if c.said => Some((Attr::Known(mi), si + 1)),
            _ => None,
        })
    }

    /// Of the dates `range` (one sentence's), those that can date a
    /// figure: resolved, not the start of a period, not after publication.
    fn usable_dates(&self, range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        range.filter(|&d| self.usable(d))
    }

    fn usable(&self, d: usize) -> bool {
        let m = &self.dates[d];
        m.role != Role::Since && m.value.is_some_and(|v| self.published.is_none_or(|p| v.value <= p))
    }

    /// A date right after the figure in the same clause: "11,000 troops
    /// sent last autumn", "4,000 casualties as of mid-January". After a
    /// share it dates the whole ("a fifth of the ground they took in
    /// August") and is kept from the share. `range`: the sentence's dates.
    fn local_date(&self, range: Range<usize>, f: &FigureMatch, next_core: Option<usize>) -> Local {
        let doc = self.doc;
        // Dates are in text order: only those starting within 12 tokens
        // after the figure can qualify.
        let near = index_range(&self.dates[range.clone()], |d| d.toks.start, f.toks.end..f.toks.end + 13);
        let found = (range.start + near.start..range.start + near.end).find(|&d| {
            let t = &self.dates[d].toks;
            self.usable(d)
                && !self.dates[d].dateline
                && next_core.is_none_or(|n| n >= t.start)
                && (f.toks.end..t.start).all(|k| {
                    !(doc.punct(k).is_some_and(|c| matches!(c, ',' | ';' | '(' | ')' | '\u{2014}' | '\u{2013}' | ':'))
                        || doc.is_punct(k, '-') && doc.toks.get(k).is_some_and(|tk| tk.space()))
                })
        });
        match found {
            None => Local::None,
            Some(d)
                if f.kind == FigureKind::Ratio && (f.toks.end..self.dates[d].toks.start).any(|k| doc.is(k, "of")) =>
            {
                Local::Base(d)
            }
            Some(d) => Local::Figure(d),
        }
    }

    /// The date of a figure from its clause: as-of (anywhere in the
    /// sentence), else reported, else another date that does not belong to
    /// another figure, else the dateline. `range`: the sentence's dates;
    /// `taken`: those that belong to other figures (sorted).
    fn clause_date(&self, range: Range<usize>, f: &FigureMatch, taken: &[usize]) -> Option<usize> {
        let clause = self.clauses.get(f.core.start);
        let distance = |d: usize| {
            let t = &self.dates[d].toks;
            if t.start >= f.toks.end { t.start - f.toks.end } else { f.toks.start.saturating_sub(t.end) }
        };
        let candidates = || {
            self.usable_dates(range.clone()).filter(move |&d| {
                let m = &self.dates[d];
                taken.binary_search(&d).is_err()
                    && (self.clauses.get(m.toks.start) == clause || m.dateline || m.role == Role::AsOf)
            })
        };
        let nearest = |pred: &dyn Fn(&DateMention) -> bool| {
            candidates().filter(|&d| pred(&self.dates[d])).min_by_key(|&d| distance(d))
        };
        nearest(&|d| d.role == Role::AsOf)
            .or_else(|| nearest(&|d| d.reported && !d.dateline))
            .or_else(|| nearest(&|d| !d.reported))
            .or_else(|| nearest(&|d| d.dateline))
    }

    /// The date a whole sentence gives: as-of, else reported, else the last
    /// other date. `range`: the sentence's dates.
    fn sentence_date(&self, range: Range<usize>) -> Option<usize> {
        let all = || self.usable_dates(range.clone());
        all()
            .find(|&d| self.dates[d].role == Role::AsOf)
            .or_else(|| all().find(|&d| self.dates[d].reported && !self.dates[d].dateline))
            .or_else(|| all().filter(|&d| !self.dates[d].reported).last())
            .or_else(|| all().next())
    }

    /// The date sentence `t` lends: its figures' if it had any, else its
    /// own.
    fn date_of(&self, t: usize) -> Option<usize> {
        let Some(r) = self.read.get(t) else {
            // The next sentence, not read yet.
            return self.sentence_date(self.date_range(t));
        };
        if let Some(d) = r.last_date.get() {
            return d;
        }
        r.date.get().get().unwrap_or_else(|| {
            let d = self.sentence_date(self.date_range(t));
            r.date.set(Slot::known(d));
            d
        })
    }

    /// The known agency sentence `t` (already read) cites as a whole.
    fn own_agency(&self, t: usize) -> Option<usize> {
        self.read.get(t).and_then(|r| r.own_known.get()).map(|mi| self.mentions[mi].agency)
    }

    /// A sentence that goes on citing the same agency as an earlier one in
    /// its paragraph (or, when it opens with "Of those", the previous
    /// paragraph) takes that sentence's date. `first_also`: the first
    /// "also" in the sentence.
    fn same_source_date(
        &self,
        si: usize,
        mention: usize,
        first_in_para: bool,
        prev_para_last: Option<(Attr, usize)>,
        first_also: Option<usize>,
    ) -> Option<usize> {
        let agency = self.mentions[mention].agency;
        let para = self.sentences[si].para();
        let mut t = si;
        while t > 0 && self.sentences[t - 1].para() == para && si - t < 8 {
            t -= 1;
            if self.own_agency(t) == Some(agency)
                && let Some(d) = self.date_of(t)
            {
                return Some(d);
            }
        }
        if first_in_para
            && attribution::opens_with_anaphor(self.doc, &self.sentences[si])
            && let Some((_, t)) = prev_para_last
        {
            return self.date_of(t);
        }
        // "X also said", "X also reported": the same statement as X's
        // latest one in the previous paragraphs.
        let also = first_also.is_some_and(|k| self.mentions[mention].after + 2 >= k);
        if first_in_para && also {
            let mut t = si;
            while t > 0 && si - t < 12 {
                t -= 1;
                if self.own_agency(t) == Some(agency) {
                    return self.date_of(t);
                }
            }
        }
        None
    }

    /// In a sentence too long to quote (see `MAX_SENTENCE_CHARS`), each
    /// figure quotes a window around itself instead.
    fn clip_sentences(&self, s: &Sentence, found: &mut [Found]) {
        let text = self.doc.text;
        let Some(&Found { sentence: (ss, se), .. }) = found.first() else { return };
        let cut = s.toks().len() >= MAX_SENTENCE_TOKENS;
        let long = se - ss > MAX_SENTENCE_CHARS && text[ss..se].chars().nth(MAX_SENTENCE_CHARS).is_some();
        if !cut && !long {
            return;
        }
        let toks = &self.doc.toks[s.toks()];
        for f in found {
            let fs = f.span.0.clamp(ss, se);
            let fe = f.span.1.clamp(fs, se);
            let room = SENTENCE_WINDOW.saturating_sub(fe - fs);
            let (left_avail, right_avail) = (fs - ss, se - fe);
            let mut left = room / 2;
            let mut right = room - left;
            if left > left_avail {
                right += left - left_avail;
                left = left_avail;
            }
            if right > right_avail {
                left = (left + right - right_avail).min(left_avail);
                right = right_avail;
            }
            let (a, b) = (fs - left, fe + right);
            // Whole tokens only: from the first that starts at or after `a`
            // to the last that ends at or before `b`.
            let first = toks.partition_point(|t| t.start() < a);
            let last = toks.partition_point(|t| t.end() <= b);
            let a = toks.get(first).map_or(fs, |t| t.start().min(fs));
            let b = last.checked_sub(1).and_then(|l| toks.get(l)).map_or(fe, |t| t.end().max(fe));
            f.sentence = (a, b);
        }
    }

    /// Turns one sentence's figures into suggestions and hands them out.
    /// `offsets`: a buffer for the byte offsets to convert and their code
    /// point offsets.
    fn emit_found(
        &self,
        found: &mut Vec<Found>,
        offsets: &mut Vec<(usize, usize)>,
        cursor: &mut CharCursor,
        emit: &mut dyn FnMut(Suggestion),
    ) {
        let doc = self.doc;
        let text = doc.text;
        offsets.clear();
        for f in found.iter() {
            offsets.extend([f.span.0, f.span.1, f.sentence.0, f.sentence.1].map(|b| (b, 0)));
        }
        offsets.sort_unstable();
        offsets.dedup();
        for (b, c) in offsets.iter_mut() {
            *c = cursor.to(text, *b);
        }
        let offsets = &*offsets;
        let to_char = |b: usize| {
            offsets.binary_search_by_key(&b, |&(b, _)| b).ok().and_then(|i| offsets.get(i)).map_or(0, |&(_, c)| c)
        };
        for f in found.drain(..) {
            let (agency, agency_text) = match f.attr {
                Some(Attr::Known(mi)) => {
                    let m = &self.mentions[mi];
                    (self.agency_names.get(m.agency).cloned(), Some(doc.text_of(m.toks.start, m.toks.end).to_string()))
                }
                _ => (None, None),
            };
            let date = f.date.map(|d| &self.dates[d]);
            emit(Suggestion {
                start: to_char(f.span.0),
                end: to_char(f.span.1),
                text: text[f.span.0..f.span.1].to_string(),
                value: f.figure.value,
                kind: f.figure.kind,
                qualifier: f.figure.qualifier,
                measure: f.figure.measure,
                subject: f.subject,
                base: f.base,
                agency,
                agency_text,
                date: date.and_then(|d| {
                    d.value.map(|v| ClaimDate {
                        end: v.end,
                        ..ClaimDate::new(
                            v.value,
                            v.precision,
                            if d.reported { DateKind::Reported } else { DateKind::AsOf },
                        )
                    })
                }),
                date_text: date.map(|d| doc.text_of(d.toks.start, d.toks.end).to_string()),
                sentence: text[f.sentence.0..f.sentence.1].to_string(),
                sentence_start: to_char(f.sentence.0),
                sentence_end: to_char(f.sentence.1),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::extract::tests::{assert_offsets, date, suggest};
    use crate::model::{DatePrecision, Qualifier};

    #[test]
    fn attribution_reaches_the_next_sentence() {
        let text = "The UK Ministry of Defence reported over 5,000 casualties as of March. Roughly one-third of those \
                    casualties are believed to be fatalities.";
        let got = suggest(text, "2025-04-02");
        assert_eq!(got.len(), 2);
        for s in &got {
            assert_eq!(s.agency.as_deref(), Some("UK Ministry of Defence"));
            assert_eq!(s.date.map(|d| d.value), Some(date("2025-03-01")));
            assert_eq!(s.date.map(|d| d.kind), Some(DateKind::AsOf));
        }
        assert_eq!(got[1].kind, FigureKind::Ratio);
        assert_eq!(got[1].qualifier, Some(Qualifier::Roughly));
    }

    #[test]
    fn a_following_said_sentence_lends_its_source() {
        let text = "Russia lost about 1,500 troops in 24 hours. Ukraine\u{2019}s General Staff said so on Friday.";
        let got = suggest(text, "2025-01-22");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].agency.as_deref(), Some("General Staff of the Armed Forces of Ukraine"));
        assert_eq!(got[0].agency_text.as_deref(), Some("Ukraine\u{2019}s General Staff"));
        assert_eq!(got[0].date.map(|d| d.value), Some(date("2025-01-17")));
    }

    #[test]
    fn attribution_patterns() {
        let cases = [
            ("According to the JCS, about 4,000 were wounded.", "South Korean Joint Chiefs of Staff"),
            ("Per UK Defense Intelligence, over 5,000 were lost.", "UK Ministry of Defence"),
            ("Over 5,000 were lost, the MoD\u{2019}s intelligence update said.", "UK Ministry of Defence"),
            ("The British defence ministry estimated 5,000 casualties.", "UK Ministry of Defence"),
            ("Syrsky said nearly half were killed.", "Oleksandr Syrsky"),
            ("@DefenceHQ put the toll at 5,000.", "UK Ministry of Defence"),
            (
                "Citing data from Ukraine\u{2019}s General Staff, Reuters reported 1,500 losses.",
                "General Staff of the Armed Forces of Ukraine",
            ),
        ];
        for (text, agency) in cases {
            let got = suggest(text, "2025-04-02");
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].agency.as_deref(), Some(agency), "{text}");
        }
        let got = suggest("Officials said 300 were killed.", "2025-04-02");
        assert_eq!(got[0].agency, None);
        // "reported" and "reports" as adjective and noun are no speakers.
        let got = suggest(
            "Ukraine\u{2019}s General Staff said on Friday that Moscow\u{2019}s reported losses reached 850,290, citing reports \
             from the front.",
            "2025-02-07",
        );
        assert_eq!(got[0].agency.as_deref(), Some("General Staff of the Armed Forces of Ukraine"));
    }

    #[test]
    fn dates_are_resolved_with_precision_and_kind() {
        let got = suggest("The JCS said on Thursday that 4,000 casualties had been confirmed.", "2025-03-29");
        let d = got[0].date.expect("a date");
        assert_eq!((d.value, d.precision, d.kind), (date("2025-03-27"), DatePrecision::Day, DateKind::Reported));
        assert_eq!(got[0].date_text.as_deref(), Some("Thursday"));
        let got = suggest("The MoD put casualties at around 4,000 as of mid-January 2025.", "2025-03-29");
        let d = got[0].date.expect("a date");
        assert_eq!((d.value, d.precision, d.kind), (date("2025-01-11"), DatePrecision::Day, DateKind::AsOf));
        assert_eq!(d.end, Some(date("2025-01-20")));
        assert_eq!(d.span(), (date("2025-01-11"), date("2025-01-20")));
        // A week is stored as its Monday, a range of months with its end.
        let got = suggest("The JCS said last week that 3,000 more were sent in January and February.", "2025-04-03");
        let d = got[0].date.expect("a date");
        assert_eq!((d.value, d.precision, d.end), (date("2025-01-01"), DatePrecision::Month, Some(date("2025-02-28"))));
        assert_eq!(got[0].date_text.as_deref(), Some("January and February"));
        let got = suggest("The JCS said last week that 3,000 had been sent.", "2025-04-03");
        let d = got[0].date.expect("a date");
        assert_eq!((d.value, d.precision, d.end), (date("2025-03-24"), DatePrecision::Week, None));
        assert_eq!(d.span().1, date("2025-03-30"));
        // A dateline's range is no publication date: "Friday" stays
        // unresolved, and the figure falls back on the dateline itself.
        let got = Extractor::with_default_agencies()
            .suggest("Mid-January 2025 \u{2014} The MoD said on Friday that 4,000 were lost.", None);
        assert_eq!(got[0].date_text.as_deref(), Some("Mid-January 2025"));
        assert_eq!(got[0].date.map(|d| d.end), Some(Some(date("2025-01-20"))));
        // Without a publication date, the dateline's year dates the rest.
        let got = Extractor::with_default_agencies()
            .suggest("Feb. 24, 2025 \u{2014} Zelensky said last week that 46,000 soldiers had been killed.", None);
        assert_eq!(got[0].date.map(|d| d.value), Some(date("2025-02-17")));
    }

    #[test]
    fn subjects_and_bases_reach_the_suggestions() {
        let text = "\u{1f1f0}\u{1f1f5} North Korean forces fighting for Russia have suffered \u{201c}over\u{a0}5,000\u{201d} \
                    casualties, the MoD said \u{2014} nearly half of the 11\u{202f}000 troops Pyongyang sent.\n\n\
                    Of those, about 1,500 were killed and 3,400 wounded. Russia has lost 1,200 troops in a day, \
                    including 300 in Kursk, and 40 tanks. Strikes killed 12 civilians. Officials said 700 were hurt.";
        let got = suggest(text, "2025-04-02");
        assert_offsets(text, &got);
        let rows: Vec<(&str, Option<&str>, Option<f64>)> =
            got.iter().map(|s| (s.text.as_str(), s.subject.as_deref(), s.base)).collect();
        let nk = Some("North Korean troops");
        let ru = Some("Russian troops");
        assert_eq!(
            rows,
            [
                ("over\u{a0}5,000", nk, None),
                ("nearly half", nk, Some(11_000.0)),
                // The whole is still a figure of its own.
                ("11\u{202f}000", nk, None),
                // "Of those" and "and 3,400 wounded" point back.
                ("about 1,500", nk, None),
                ("3,400", nk, None),
                ("1,200", ru, None),
                ("300", ru, None),
                ("40", None, None),
                ("12", Some("civilians"), None),
                ("700", None, None),
            ]
        );
        // The claim an accepted suggestion makes carries both.
        let figure = got[1].figure();
        assert_eq!((figure.subject.as_str(), figure.base), ("North Korean troops", Some(11_000.0)));
        assert_eq!(got[9].figure().subject, "");
    }

    #[test]
    fn pointers_back_reach_no_further_than_two_sentences() {
        let text = "Russia has lost 1,200 troops. It was cold. It rained. It snowed. About 300 of them were killed.";
        let got = suggest(text, "2025-04-02");
        assert_eq!(got[0].subject.as_deref(), Some("Russian troops"));
        assert_eq!(got[1].subject, None);
        let text = "Russia has lost 1,200 troops. It was cold. About 300 of them were killed.";
        assert_eq!(suggest(text, "2025-04-02")[1].subject.as_deref(), Some("Russian troops"));
        // An elided count takes its subject only from its own sentence.
        let text = "Russia has lost 1,200 troops. Kyiv said 300 were killed and 900 wounded.";
        let got = suggest(text, "2025-04-02");
        assert_eq!((got[1].subject.as_deref(), got[2].subject.as_deref()), (None, None));
    }

    #[test]
    fn sentences_too_long_to_quote_are_quoted_around_each_figure() {
        // No full stop: the splitter cuts this into 300-token pieces.
        // 13 tokens, so 300 clauses are 13 pieces of exactly 300 tokens.
        let clause = "the ministry said over 5,000 troops were killed and about 1,200 wounded, ";
        let text = clause.repeat(300);
        let got = suggest(&text, "2025-04-02");
        assert_eq!(got.len(), 600);
        assert_offsets(&text, &got);
        for s in &got {
            assert!(s.sentence.len() <= SENTENCE_WINDOW, "{s:?}");
            assert!(s.sentence_start <= s.start && s.end <= s.sentence_end, "{s:?}");
            // About as much context on each side.
            assert!(s.sentence.len() > SENTENCE_WINDOW - 20, "{s:?}");
        }
        // A sentence of few tokens made long by a run of spaces.
        let text = format!("Over 5,000 troops were killed,{}and 300 were wounded.", " ".repeat(5_000));
        let got = suggest(&text, "2025-04-02");
        assert_offsets(&text, &got);
        assert_eq!(got[0].sentence, "Over 5,000 troops were killed,");
        assert_eq!(got[1].sentence, "and 300 were wounded.");
        // A sentence of ordinary length is quoted whole whatever it holds.
        let text = "The MoD said 5,000 were killed, 1,200 wounded, 300 captured, 40 missing and 20 deserted. Next.";
        let got = suggest(text, "2025-04-02");
        assert_eq!(got.len(), 5);
        assert!(got.iter().all(|s| s.sentence == text[..text.len() - 6]));
    }

    #[test]
    fn char_cursor_counts_forward_and_back() {
        let text = "a\u{1f3af}b\u{e9}c";
        let mut cursor = CharCursor { byte: 0, chars: 0 };
        assert_eq!(cursor.to(text, 5), 2);
        assert_eq!(cursor.to(text, text.len()), 5);
        assert_eq!(cursor.to(text, 1), 1);
        assert_eq!(cursor.to(text, 6), 3);
    }
}
