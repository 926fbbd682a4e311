//! Linking: each figure of a text to its source, its date, its subject and,
//! for a share, its base, sentence by sentence in text order.
//!
//! A figure takes the source its own clause cites ("the MoD said"), else,
//! inside a quotation that closes in a later sentence, the source named
//! right after it ("…,” the British Military Intelligence assessed"),
//! else, for a part of an earlier figure ("1,000 of these casualties"),
//! that figure's source, else the latest source of its paragraph ("It
//! added…"), else, at a paragraph's start that points back ("Of those,
//! …"), the previous paragraph's, else a "said" sentence right after it.
//! A list item is a unit of its own: it takes only the source of a lead
//! line ending in a colon, and lends nothing to the next item. A figure
//! still without a source waits for the end of its paragraph: a sentence
//! there that points back and cites one ("This was reported by the UK
//! Ministry of Defence on Sunday") gives it that source and date, and the
//! same for the headline's figures. A headline's or list item's figure
//! still without one takes the source (and, lacking one, the date) of the
//! first later figure of the same value that has one: the body restating
//! it. Its date is one
//! written right after it, else one of its clause (as of, reported,
//! another, the dateline), else, unless its sentence speaks of now ("so
//! far", "currently"), the date of the sentence it took its source from,
//! else that of an earlier sentence citing the same agency (in the
//! paragraph before, one the text dates as reported, when the agency is
//! named again). A figure the text gives no date gets the publication
//! date, as reported, with `date_source` saying so. A figure of people
//! whose sentence names no group takes the group of a headline about one
//! ("North Korean losses …").
//! Per sentence the pass keeps 12 bytes (`Read`), so memory stays linear
//! in the text, and it hands each sentence's suggestions out as soon as
//! they are made, or, while a figure of the paragraph waits for a source,
//! when the paragraph ends (at most `MAX_PENDING` held).

use super::agencies::{Mention, in_any_mention};
use super::attribution::{self, Clauses, Cue, Source};
use super::dates::{DateMention, Role, year_at};
use super::figures::{self, FigureMatch, part_of_them_at};
use super::lexicon::{
    Class, hedges_ending, is_audience_verb, is_caption_label, is_casualty_word, is_consequence_verb,
    is_correctness_word, is_expenditure_verb, is_giving_verb, is_irregular_participle, is_occasion_noun, is_past_verb,
    is_pooling_quantifier, is_predicate_filler, is_pronoun, is_published_noun, is_reckoning_noun, is_release_noun,
    is_report_noun, is_statement_noun, is_sum_verb, is_survey_noun, is_time_shift_word, is_title, month,
    multiplier_word,
};
use super::notes::{self, Note, Notes};
use super::roster::{self, Roster};
use super::sentences::{
    MAX_SENTENCE_TOKENS, Sentence, ends_with_signature, is_spaced_row, opens_figure_line, opens_label_figure_line,
    opens_timestamp,
};
use super::subjects::{self, Reading};
use super::tokens::{Doc, partition_from};
use super::{DateSource, Suggestion};
use crate::model::{Bound, ClaimDate, DateKind, DatePrecision, FigureKind};
use jiff::civil::Date;
use std::cell::Cell;
use std::collections::VecDeque;
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
/// Tokens after a figure within which a date of its clause is its own.
const LOCAL_DATE_REACH: usize = 18;
/// Bytes (so at most as many code points) quoted around a figure in a
/// sentence too long to quote: about a long sentence's worth.
const SENTENCE_WINDOW: usize = 300;
/// Figures held back for an attribution that may follow them in their
/// paragraph; past this many they are handed out as they are.
const MAX_PENDING: usize = 256;
/// Numbered items above this are no quiz's questions.
const MAX_ITEM_NUMBER: usize = 100;
/// A quiz's numbered question: whether its item asked, and the source it
/// ended with.
type Question = (bool, Option<(Attr, usize)>);
/// How many cited figures a recap's item is compared with.
const MAX_CITED: usize = 64;
/// How many sentences back a statement an agency goes on with is looked
/// for: a story's lede and the paragraphs that relay it.
const STATEMENT_REACH: usize = 12;

/// What `Analysis::statement_day` accepts on its way back.
#[derive(Clone, Copy)]
struct StatementWalk {
    /// "X added": X's day where X is named beside another agency counts,
    /// and others' statements between are asides, walked past.
    added: bool,
    /// Only a day the statement was reported ("told lawmakers on
    /// Thursday"; a month is no one occasion), and any other agency's
    /// statement ends the walk: for a bare "the agency said", which has
    /// no "also" to tie it to the earlier statement.
    one_day: bool,
}

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
/// sentences after it, in 16 bytes.
#[derive(Clone, Debug)]
struct Read {
    /// The mention the sentence as a whole cites, if a known agency.
    own_known: Idx,
    /// The listed speaker an outlet closing the sentence relays ("Peskov
    /// told reporters on Monday …, TASS reported."), whose statement the
    /// next sentences may go on with as they may with the outlet's.
    relayed: Idx,
    /// The date its last figure got; unknown when it has no figures.
    last_date: Slot,
    /// `Analysis::sentence_date`, once a later sentence has asked for it.
    date: Cell<Slot>,
}

/// Countries the text names in brackets after figures, and the country of
/// each agency.
#[derive(Clone, Copy)]
pub(super) struct Countries<'a> {
    /// The token opening each bracket that names only a country, with the
    /// country, in text order.
    pub bracketed: &'a [(usize, usize)],
    pub of_agency: &'a [Option<usize>],
    /// The word for each speaker whose noun phrase names a country ("a US
    /// defence official"), with the country, in text order.
    pub speakers: &'a [(usize, usize)],
}

pub(super) struct Analysis<'a, 'd> {
    doc: &'a Doc<'d>,
    sentences: &'a [Sentence],
    countries: Countries<'a>,
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
    /// Where the last look-up of a sentence's mentions, and of its dates,
    /// started (see `index_range_near`).
    mention_hint: Cell<usize>,
    date_hint: Cell<usize>,
    /// A cue list's buffer, reused from sentence to sentence.
    spare_cues: Cell<Vec<Cue>>,
    /// The notes at the text's foot, which its marks point to.
    notes: Notes,
    /// The day a report's header says its figures stand at (see
    /// [`header_as_of`]).
    header_as_of: Option<usize>,
}

impl Found {
    /// Whether the paragraph `para`, when it opens by naming a source, is
    /// the one this figure waits for: the next, after an unattributed
    /// quotation or a figure with no source.
    fn awaits_next_paragraph(&self, para: usize) -> bool {
        self.para + 1 == para && !self.writers && (self.unclaimed_quote || self.attr.is_none())
    }

    /// Whether the paragraph `para`, when it opens by dating the figures
    /// before it ("The figures, released on Friday, …"), may date this one:
    /// the next, after a figure with a source and no date.
    fn awaits_date(&self, para: usize) -> bool {
        self.para + 1 == para && !self.writers && self.date.is_none() && matches!(self.attr, Some(Attr::Known(_)))
    }
}

/// A body figure that may state a waiting summary's figure again (see
/// [`Analysis::credit_restated`]).
struct Told<'f> {
    figure: &'f FigureMatch,
    attr: Option<Attr>,
    date: Option<usize>,
    /// It is a list item itself.
    item: bool,
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
    /// The sentence has a reporting verb or an attribution ("said",
    /// "according to").
    reported: bool,
    /// A definite word right before the figure: "the two forces".
    definite: bool,
    /// Its paragraph.
    para: usize,
    /// A headline's or a list item's figure that names no source: a
    /// summary of the story, waiting for the body to state it again with
    /// one (see [`Analysis::credit_summaries`]).
    summary: bool,
    /// In a list's item: an item with a day of its own restates no other
    /// item ("• … some 3,000 reinforcements in the first quarter" is not
    /// "• Thu 1 May — HUR said up to 3,000"); a key point with none may be
    /// a list's at the end ("- 220 - artillery systems supplied (JCS)").
    item: bool,
    /// In a paragraph that is a quotation with no speaker: the paragraph
    /// after it may say whose it was ("The assessment, from HUR, …").
    unclaimed_quote: bool,
    /// The country a bracket right after it names ("about 4,000 (South
    /// Korea)"): a summary's figure is credited only by that country's.
    named_country: Option<usize>,
    /// The writer's own figure (a reckoning, a comparison, a conversion):
    /// no later attribution claims it.
    writers: bool,
    /// Its source is lent by what it is a part of ("Around 1,700 of those
    /// casualties"): a sentence after it that names the figure's source
    /// ("That estimate was published by HUR") overrides it.
    referred: bool,
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

/// [`index_range`] searched from `hint`, which is then set to the start of
/// the answer.
fn index_range_near<T>(
    items: &[T],
    key: impl Fn(&T) -> usize,
    range: Range<usize>,
    hint: &Cell<usize>,
) -> Range<usize> {
    let a = partition_from(items, hint.get(), |x| key(x) < range.start);
    let b = partition_from(items, a, |x| key(x) < range.end);
    hint.set(a);
    a..b
}

impl<'a, 'd> Analysis<'a, 'd> {
    pub(super) fn new(
        doc: &'a Doc<'d>,
        sentences: &'a [Sentence],
        dates: &'a [DateMention],
        mentions: &'a [Mention],
        agency_names: &'a [String],
        countries: Countries<'a>,
        published: Option<Date>,
    ) -> Analysis<'a, 'd> {
        // The searches of `index_range_near` count on these orders.
        debug_assert!(mentions.windows(2).all(|w| w[0].toks.start <= w[1].toks.start));
        debug_assert!(dates.windows(2).all(|w| w[0].sentence <= w[1].sentence));
        debug_assert!(dates.windows(2).all(|w| w[0].toks.start <= w[1].toks.start));
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
            countries,
            published,
            blocked,
            read: Vec::with_capacity(sentences.len()),
            clauses: Clauses::default(),
            mention_hint: Cell::new(0),
            date_hint: Cell::new(0),
            spare_cues: Cell::new(Vec::new()),
            notes: Notes::read(doc, mentions, dates),
            header_as_of: header_as_of(doc, sentences, dates, published),
        }
    }

    /// The mentions of sentence `si` (by their first token).
    fn mention_range(&self, si: usize) -> Range<usize> {
        index_range_near(self.mentions, |m| m.toks.start, self.sentences[si].toks(), &self.mention_hint)
    }

    /// The dates of sentence `si`.
    fn date_range(&self, si: usize) -> Range<usize> {
        index_range_near(self.dates, |d| d.sentence, si..si + 1, &self.date_hint)
    }

    fn cues_of(&self, si: usize) -> Vec<Cue> {
        let mut cues = self.spare_cues.take();
        attribution::cues(
            self.doc,
            &self.sentences[si],
            self.mentions,
            self.mention_range(si),
            &self.blocked,
            &mut cues,
        );
        cues
    }

    /// Keeps a cue list's buffer for the next `cues_of`.
    fn recycle(&self, cues: Vec<Cue>) {
        let spare = self.spare_cues.take();
        self.spare_cues.set(if spare.capacity() >= cues.capacity() { spare } else { cues });
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
        let mut quotes: Vec<usize> = Vec::new();
        let mut figures: Vec<FigureMatch> = Vec::new();
        // Where each of a sentence's figures starts, once they are drained.
        let mut figure_starts: Vec<usize> = Vec::new();
        // Each figure's subject and ratio base, read before the figures are
        // moved into `found`: both look at the figures beside it.
        let mut readings: Vec<(Option<String>, Option<f64>)> = Vec::new();
        // The sentence of the last figure and its subject, for "of them".
        let mut prev_subject: Option<(usize, Option<String>)> = None;
        // The last sentence with a source in this paragraph and the previous.
        let mut para_last: Option<(Attr, usize)> = None;
        let mut prev_para_last: Option<(Attr, usize)> = None;
        // Figures held back until their paragraph ends, for an attribution
        // that follows them ("This was reported by the MoD."): at most
        // `MAX_PENDING`, in text order.
        let mut pending: Vec<Found> = Vec::new();
        // A headline (a first paragraph of one sentence without a full
        // stop): its figures wait for the end of the next paragraph too.
        let headline = self.headline();
        let standfirst = headline.and_then(|h| self.standfirst(h));
        // The one group the headline is about, else the lede (the first
        // sentence of the story's first paragraph), for figures of people
        // whose sentence names no group.
        let lede = self.sentences.iter().find(|s| Some(s.para()) != headline);
        let topic = headline
            .and_then(|_| subjects::topic(doc, self.sentences[0].toks()))
            .or_else(|| subjects::topic(doc, lede?.toks()));
        // Inside a list: the source the line introducing it gave
        // ("The Pentagon said:"), lent to each item; items lend nothing
        // to each other.
        let mut list_lead: Option<(Attr, usize)> = None;
        // The date a list's lead line ending in a colon gives ("Losses as
        // of 28.01.2025:"), for items that give none.
        let mut list_lead_day: Option<usize> = None;
        // An agency's name on a line of its own over a statement
        // ("MINISTRY OF DEFENCE OF UKRAINE"): the source of what follows
        // with no source of its own, until a heading in capitals.
        let mut letterhead: Option<(Attr, usize)> = None;
        // The day a release's header gives under its "From:" line.
        let mut issue_day: Option<usize> = None;
        // Whether the paragraph speaks as the release's issuer.
        let mut issuer_para = false;
        // In a briefing's transcript, the agency its header names, for the
        // answers of its speakers ("SPOKESPERSON: … 3,000 to 3,500 …").
        let briefing_host = self.briefing_host();
        // A transcript's header lists its speakers and whom each speaks
        // for; a labelled turn speaks for its speaker's body until the next
        // label ("Major General Crane: We assess …").
        // A text is a transcript when at least `MIN_TURNS` of its lines open a
        // turn.
        let mut turns = (0..self.sentences.len()).filter(|&si| self.turn_at(si).is_some());
        let transcript = turns.nth(MIN_TURNS - 1).is_some();
        let mut roster = Roster::default();
        let mut turn_voice: Option<(Attr, usize)> = None;
        // The colon ending the label of the latest turn: what the label
        // names is who speaks, not a source the speech cites.
        let mut turn_label_end: Option<usize> = None;
        // The latest figures with a known source: kind, value, source and
        // date, for a recap that restates one.
        // Whether each came from a list's item or a table's row.
        let mut cited: VecDeque<(FigureKind, f64, Attr, Option<usize>, bool)> = VecDeque::with_capacity(MAX_CITED);
        // Whether the paragraph is an answer of the briefing's officials.
        let mut official_turn = false;
        // Whether a quotation opened in an earlier sentence of the
        // paragraph is still open.
        let mut quote_open = false;
        // The latest figures' measures and sources, for "1,000 of these
        // casualties".
        let mut recent: VecDeque<(Option<String>, Option<Attr>, Option<usize>)> = VecDeque::with_capacity(16);
        // Whether every sentence of the paragraph so far is a preamble
        // without figures, source or date ("09:31 GMT — Some context."):
        // the next still opens the paragraph.
        let mut preamble_only = true;
        // Whether the paragraph opens with a quotation mark.
        let mut para_quoted = false;
        // Whether that quotation follows a lead ending in a colon ("The
        // ministry wrote:"), whose source speaks it.
        let mut colon_quote = false;
        // The date of a colon's lead before a quoted paragraph ("A post
        // shared on Monday, 16 June, reads:"): when the quotation was
        // posted or spoken.
        // With the quotation's first sentence: it dates only a quotation
        // that gives no date of its own.
        let mut colon_lead_day: Option<(usize, usize)> = None;
        // A quiz's or an FAQ's numbered questions ("1. On Thursday, the JCS
        // … How many?") and the answers numbered again below them ("1.
        // About 4,000."): for each number seen, whether its first item
        // asked a question and the source it ended with, which its answer
        // takes.
        let mut questions: [Option<Question>; MAX_ITEM_NUMBER] = [None; MAX_ITEM_NUMBER];
        let mut asking: Option<usize> = None;
        // Whether the current list has a lead ending in a colon ("Our own
        // tally:"), whose items answer no question.
        let mut list_colon_lead = false;
        // The day a heading of its own gives ("MONDAY", "Tuesday 21
        // January"), for the figures under it that give none, until the
        // next heading.
        let mut section_date: Option<usize> = None;
        let mut body_started = false;
        // The label of the transcript's or caption file's latest turn
        // ("NARRATOR", "LIM").
        let mut turn_label: Option<&str> = None;
        // Whether the sentence before was a list's item: each sentence's
        // `is_bullet` is asked once, and kept for the next.
        let mut last_bullet = false;
        let mut item_day: Option<usize> = None;
        let mut in_item = false;
        // The paragraph of a table's first row set apart by runs of
        // spaces, while its rows go on line by line: a "Source:" line
        // under the table credits every row's figures.
        let mut spaced_rows_from: Option<usize> = None;
        for (si, s) in self.sentences.iter().enumerate() {
            let first_in_para = si == 0 || self.sentences[si - 1].para() != s.para();
            if let Some(n) = asking {
                if let Some((asked, source)) = &mut questions[n] {
                    *asked |= self.ends_with(si - 1, '?');
                    *source = para_last.or(*source);
                }
                if first_in_para {
                    asking = None;
                }
            }
            if first_in_para {
                preamble_only = true;
                para_quoted = doc.is_punct(s.toks().start, '"');
                // An interview's question ("The MoD's figures imply one in
                // three. Is that unusual?") lends nothing to the answer
                // after it: another speaker.
                let asked = si > 0 && self.ends_with(si - 1, '?');
                prev_para_last = if asked { None } else { para_last };
                // Asked only before a quoted paragraph, the only one it leads.
                let caption = para_quoted && si > 0 && self.is_caption(si - 1);
                colon_quote = para_quoted && si > 0 && (self.ends_with(si - 1, ':') || caption);
                // The day the lead says it was said ("Writing of the strikes
                // of 12 May, the governor said on 14 May:"), else its first.
                colon_lead_day = if colon_quote && !caption {
                    let lead = self.date_range(si - 1);
                    let reported = self.usable_dates(lead.clone()).find(|&d| self.dates[d].reported);
                    reported.or_else(|| self.usable_dates(lead).next()).map(|d| (d, si))
                } else {
                    None
                };
                if colon_quote {
                    prev_para_last =
                        if caption { Some(self.caption_voice(si - 1)) } else { self.colon_lead(si - 1, para_last) };
                }
                // Another speaker's turn ("NARRATOR: … Britain's Defence
                // Intelligence estimated 4,000" then "LIM: Roughly one in
                // four of those casualties were deaths") speaks for its
                // speaker, not for the source the last one cited.
                // A reader's question and its answer ("Q: Didn't the NIS
                // say 300?" "A: It did, …") are one exchange.
                let exchange = |l: &str| {
                    l.len() == 1 || ["question", "answer", "reporter"].iter().any(|w| l.eq_ignore_ascii_case(w))
                };
                if let Some(label) = self.turn_label(si).filter(|l| !exchange(l)) {
                    if turn_label.is_some_and(|l| !l.eq_ignore_ascii_case(label)) {
                        prev_para_last = None;
                        recent.clear();
                    }
                    turn_label = Some(label);
                }
                para_last = None;
                quote_open = false;
                let summary_waits = pending.len() < MAX_PENDING && pending.iter().any(|f| f.summary);
                // A quotation's figures, and figures with no source, wait
                // for a paragraph that opens by naming the source of "the
                // assessment", "the figures" or "this".
                let quote_waits = pending.len() < MAX_PENDING
                    && pending.iter().any(|f| f.awaits_next_paragraph(s.para()) || f.awaits_date(s.para()))
                    && (attribution::opens_with_anaphor(doc, s) || self.names_back(si));
                let under_row = self.under_spaced_row(si);
                spaced_rows_from =
                    if under_row { spaced_rows_from.or(Some(self.sentences[si - 1].para())) } else { None };
                let table_waits = under_row && pending.len() < MAX_PENDING;
                if !pending.is_empty()
                    && headline.is_none_or(|h| s.para() != h + 1)
                    && !summary_waits
                    && !quote_waits
                    && !table_waits
                {
                    self.emit_found(&mut pending, &mut offsets, &mut cursor, emit);
                }
            }
            // Before the body's first full stop, a date on its own line is
            // the story's dateline, no section's.
            body_started = body_started || si > 0 && self.ends_with(si - 1, '.');
            if first_in_para
                && body_started
                && let Some(day) = self.heading_date(si)
            {
                section_date = day;
            }
            if let Some(mi) = self.issued_by(si) {
                letterhead = Some((Attr::Known(mi), si));
                issue_day = self.issue_day(si);
            } else if first_in_para {
                if let Some(mi) = self.letterhead_at(si, body_started) {
                    letterhead = Some((Attr::Known(mi), si));
                } else if letterhead.is_some() && opens_with_capitals(doc, s.toks().start) {
                    letterhead = None;
                }
            }
            let mut bullet = self.is_bullet(si);
            // The headline, or a standfirst right after it (a paragraph of
            // one sentence without a full stop).
            let in_headline = headline == Some(s.para()) || standfirst == Some(s.para());
            // "• Wed 30 Apr — the NIS said …" then, indented under it, "  –
            // It also estimated …": an item nested in the one before goes
            // on with it, its source and its day.
            // Not an item indented under a heading in capitals ("📊 IN
            // FIGURES"), which is no item.
            let sub_item = bullet && !first_in_para && {
                let parent = doc.line_of(self.sentences[si - 1].toks().start);
                let heading = !bullet_at(doc, parent.start)
                    && !opens_figure_line(doc, parent.start)
                    && parent.clone().any(|k| doc.is_word(k) && doc.s(k).bytes().any(|b| b.is_ascii_uppercase()))
                    && parent.clone().all(|k| !doc.is_word(k) || doc.s(k).chars().all(|c| !c.is_lowercase()));
                doc.indent(s.toks().start) > doc.indent(parent.start) && !heading
            };
            let prev_bullet = std::mem::replace(&mut last_bullet, bullet) || sub_item;
            // "• The Pentagon said on Monday … . It put the losses at
            // 3,000.": a sentence on the item's own line goes on with it.
            let rest_of_item = sub_item || prev_bullet && !bullet && !doc.opens_line(s.toks().start);
            bullet &= !sub_item;
            if bullet {
                // A day opening the item ("• Wed 30 Apr — …"), for the
                // items nested under it.
                item_day = self
                    .usable_dates(self.date_range(si))
                    .next()
                    .filter(|&d| self.dates[d].toks.start <= s.toks().start + ITEM_DAY_REACH);
            }
            if bullet {
                if !prev_bullet {
                    let lead_colon = si > 0 && self.ends_with(si - 1, ':');
                    // The lead line's source, which `para_last` holds until
                    // now (or held for the paragraph before).
                    let own_lead = if first_in_para { prev_para_last } else { para_last };
                    // "… amounted to (General Staff data, …):": the source
                    // the lead names in a bracket before what it publishes
                    // comes before the letterhead's (not before a source the
                    // lead cites itself).
                    let bracketed = lead_colon
                        .then(|| self.bracketed_source(si - 1))
                        .flatten()
                        .filter(|_| own_lead.is_none() || own_lead == letterhead);
                    let lead = bracketed.map(|mi| (Attr::Known(mi), si - 1)).or(own_lead).or(letterhead);
                    list_lead = if lead_colon { lead } else { None };
                    list_colon_lead = lead_colon;
                    list_lead_day = if lead_colon { self.usable_dates(self.date_range(si - 1)).next() } else { None };
                    // A heading's "(Source: General Staff)" line right above
                    // the list: the items are that source's, as of the day
                    // the heading (or the line itself) gives.
                    if !lead_colon
                        && let Some(label) = si.checked_sub(1)
                        && let Some(mi) = self.source_label(label)
                    {
                        list_lead = Some((Attr::Known(mi), label));
                        // The heading's day: the line above, with no full
                        // stop, when the label line has none.
                        let heading = label.checked_sub(1).filter(|&h| !self.ends_with(h, '.'));
                        list_lead_day = self
                            .usable_dates(self.date_range(label))
                            .next()
                            .or_else(|| heading.and_then(|h| self.usable_dates(self.date_range(h)).next()));
                    }
                }
                // "• It also estimated …": a pronoun that speaks opens an
                // item that goes on with the source of the item before.
                let item_before = if first_in_para { prev_para_last } else { para_last };
                let k = s.toks().start + usize::from(bullet_at(doc, s.toks().start));
                let speaks_on = doc.is_any(k, &["it", "they"])
                    && (k + 1..(k + 3).min(s.toks().end)).any(|j| doc.has(j, Class::SpeechVerb));
                para_last = list_lead;
                prev_para_last = if speaks_on { item_before.or(list_lead) } else { list_lead };
            } else if prev_bullet && !first_in_para && !rest_of_item {
                // The rest of a numbered item ("2." "Nearly half.") goes on
                // with its list's source; a sentence after an item, none.
                para_last = if self.item_number(si - 1).is_some() { list_lead } else { None };
            }
            if let Some(n) = self.item_number(si) {
                match questions[n] {
                    None => {
                        questions[n] = Some((false, None));
                        asking = Some(n);
                    }
                    Some((true, Some(source))) if !list_colon_lead => {
                        list_lead = Some(source);
                        list_lead_day = None;
                        para_last = list_lead;
                    }
                    Some(_) => {}
                }
            }
            if first_in_para {
                official_turn = briefing_host.is_some() && self.speaker_turn(si) == Some(Speaker::Official);
                if official_turn && let Some(host) = briefing_host {
                    para_last = Some((Attr::Known(host), si));
                }
                if transcript && let Some(label) = self.turn_at(si) {
                    turn_voice =
                        roster.speaks_for(doc, self.mentions, s.toks().start, label).map(|mi| (Attr::Known(mi), si));
                    turn_label_end = Some(label.colon);
                }
                if turn_voice.is_some() {
                    para_last = turn_voice;
                    // "By our estimate, …" in the turn is the body's.
                    official_turn = true;
                }
            }
            let unit_start = first_in_para || bullet || prev_bullet && !rest_of_item;
            // Every sentence of an item, and of the items nested in it,
            // falls back on the day opening it ("• Sat 26 Apr — … . Russia's
            // defence ministry said …").
            in_item = bullet || in_item && !unit_start;
            let first_in_para = unit_start;
            let mut cues = next_cues.take().unwrap_or_else(|| self.cues_of(si));
            if let Some(colon) = turn_label_end.filter(|&c| s.toks().contains(&c)) {
                cues.retain(|c| c.pos > colon);
            }
            self.foreign_speakers(&mut cues, s, para_last.or(prev_para_last));
            self.clauses.fill(doc, s);
            let dates = self.date_range(si);
            figures::find_into(doc, s.toks(), &self.blocked, &mut figures);
            let own = self.choose_cue(&cues, s.toks().end - 1, s.toks().start);
            // The sentence says who says it ("…, the ministry said", "the
            // Pentagon puts the toll at"), not only whose figures it sums
            // ("the two JCS figures imply").
            // "…, the General Staff said": a credit set off by a comma, not
            // a clause inside the sentence's comparison ("more than the
            // 825,710 the staff reported").
            let credited_aside = own.is_some_and(|c| {
                c.said && (c.pos >= 1 && doc.is_punct(c.pos - 1, ',') || c.pos >= 2 && doc.is_punct(c.pos - 2, ','))
            });
            let sourced = own.is_some_and(|c| match c.source {
                Source::Known(mi) => {
                    let after = self.mentions[mi].after;
                    !doc.has(after, Class::ReportNoun) || doc.is(after + 1, "that")
                }
                Source::Unknown | Source::Writer => c.said,
                Source::Back { .. } => false,
            });
            // "More than 5,000 …, British intelligence has estimated." then
            // "The figures, released by the Ministry of Defence on Friday,
            // …": the day the paragraph after gives the figures of the same
            // agency before it (and the headline's) that gave none.
            // "In an update posted on Friday, the ministry said about a
            // third of the casualties were deaths": pointing back at the
            // source and at the figure it breaks down. Not "On Monday the
            // ministry said 300 more had died", a statement of its own.
            let part_of_before = || {
                figures
                    .iter()
                    .any(|f| doc.is(f.toks.end, "of") && doc.is_any(f.toks.end + 1, &["the", "them", "those", "these"]))
            };
            if first_in_para
                && let Some(Source::Known(mi)) = own.map(|c| c.source)
                && (attribution::opens_with_anaphor(doc, s) || self.mentions[mi].anaphor && part_of_before())
                && let Some(day) = self.reported_date(si).or_else(|| self.release_aside_date(si))
            {
                for f in pending.iter_mut() {
                    let before = f.awaits_date(s.para()) || Some(f.para) == headline && f.date.is_none();
                    if before && f.attr.is_some_and(|a| self.same_agency(a, Attr::Known(mi))) {
                        f.date = Some(day);
                    }
                }
            }
            let preamble = own.is_none() && self.usable_dates(dates.clone()).next().is_none();
            // "Kremlin spokesman Dmitry Peskov told reporters on Monday
            // that …, TASS reported.": the outlet closing the sentence
            // relays the listed speaker before it, whose statement the next
            // sentences go on with.
            let relayed = own.filter(|c| closing_relay(doc, c.pos, s.toks().end)).and_then(|c| {
                cues.iter().rev().find_map(|k| match k.source {
                    Source::Known(mi) if k.said && k.pos < c.pos && Source::Known(mi) != c.source => Some(mi),
                    _ => None,
                })
            });
            let own_known = match own.map(|c| c.source) {
                Some(Source::Known(mi)) => Some(mi),
                _ => None,
            };
            self.read.push(Read {
                own_known: Idx::new(own_known),
                relayed: Idx::new(relayed),
                last_date: Slot::UNKNOWN,
                date: Cell::new(Slot::UNKNOWN),
            });
            // The sentence's quotation marks, for whether each figure is
            // inside a quotation.
            quotes.clear();
            quotes.extend(s.toks().filter(|&k| doc.is_punct(k, '"')));
            let quotes_here = quotes.len();
            let quote_open_before = quote_open;
            if quotes_here % 2 == 1 {
                quote_open = !quote_open;
            }
            if figures.is_empty() {
                // "• Source: NIS, 13 Jan" under a list's figures, a chart's
                // "Source: UK MoD": the figures before it in its paragraph
                // that have no source take it, and its date.
                if let Some(mi) = self.source_label(si) {
                    let date = self.usable_dates(self.date_range(si)).next();
                    let from = spaced_rows_from.unwrap_or(s.para());
                    for f in pending.iter_mut().filter(|f| (from..=s.para()).contains(&f.para) && !f.writers) {
                        // One already lent the same source dates by it too.
                        if f.attr.is_none() || f.attr.is_some_and(|a| self.same_agency(a, Attr::Known(mi))) {
                            f.attr = Some(Attr::Known(mi));
                            f.reported = true;
                            if f.date.is_none() {
                                f.date = date;
                            }
                        }
                    }
                }
                // "This was reported by the UK Ministry of Defence": the
                // figures before it in its paragraph (and the headline)
                // that have no source take this one, and its date.
                if let Some(Source::Known(mi)) = own.map(|c| c.source)
                    && own.is_some_and(|c| c.priority > attribution::BARE)
                    && attribution::opens_with_anaphor(doc, s)
                {
                    let date = self.date_of(si);
                    for f in pending.iter_mut().filter(|f| f.para == s.para() || Some(f.para) == headline) {
                        if f.attr.is_none() || f.referred && f.para == s.para() {
                            f.attr = Some(Attr::Known(mi));
                            f.reported = true;
                            if f.date.is_none() {
                                f.date = date;
                            }
                        }
                    }
                    // "“… fewer than 7,000 …”" then "The assessment, from
                    // HUR, was shared on Wednesday.": the quotation was HUR's;
                    // "This was stated by Syrskyi on Wednesday" after a lede
                    // with no source.
                    if first_in_para {
                        let mut claimed = Vec::new();
                        for f in pending.iter_mut().filter(|f| f.awaits_next_paragraph(s.para())) {
                            f.attr = Some(Attr::Known(mi));
                            f.reported = true;
                            f.date = date.or(f.date);
                            if !f.summary {
                                claimed.push((f.figure.clone(), f.date, f.item));
                            }
                        }
                        // The headline that restates them waits for them.
                        let told = claimed.iter().map(|(figure, date, item)| Told {
                            figure,
                            attr: Some(Attr::Known(mi)),
                            date: *date,
                            item: *item,
                        });
                        self.credit_restated(&mut pending, told);
                    }
                }
                // No figure: only the sources carry on.
                match own.map(|c| c.source) {
                    Some(Source::Known(mi)) => para_last = Some((Attr::Known(mi), si)),
                    Some(Source::Unknown) => para_last = Some((Attr::Unknown, si)),
                    Some(Source::Writer) => para_last = Some(writer_voice(turn_voice.or(letterhead), si)),
                    _ => {
                        if para_last.is_none() {
                            let pronoun_back = own.is_some_and(|c| c.source == Source::Back { pronoun: true });
                            let anaphoric = first_in_para && (attribution::opens_with_anaphor(doc, s) || pronoun_back);
                            if anaphoric {
                                para_last = prev_para_last;
                            }
                        }
                        if para_last.is_none()
                            && let Some(c) = own.filter(|c| c.source == Source::Back { pronoun: false })
                        {
                            para_last = self.titled_source(si, c.pos);
                        }
                    }
                }
                preamble_only &= preamble;
                self.recycle(cues);
                continue;
            }
            // A figure's sentence after a preamble opens its paragraph.
            let first_in_para = first_in_para || preamble_only;
            preamble_only = false;
            // "he said", and "the spokesman added" when the source before
            // was "a Pentagon spokesman", point back across a paragraph
            // break; "the regional governor said" does not.
            let pronoun_back = own.is_some_and(|c| match c.source {
                Source::Back { pronoun: true } => true,
                // "The casualties, the assessment said, …" after a paragraph
                // citing the agency: its assessment; "…, Lee told reporters
                // after the closed-door briefing": the occasion the paragraph
                // before gave its agency.
                Source::Back { pronoun: false } => prev_para_last.is_some_and(|(a, t)| {
                    self.same_title_as(s.toks(), c.pos, t)
                        || matches!(a, Attr::Known(_))
                            && (self.document_subject(s.toks(), c.pos) || doc.word(c.pos).is_some_and(is_occasion_noun))
                }),
                _ => false,
            });
            // A paragraph's unknown speaker yields to "the update said"
            // naming the agency whose update it was.
            let words = self.sentence_words(s);
            // A paragraph a release's issuer speaks in ("We assess that
            // around 1,000 …", then "Together, these losses …"), outside
            // the quotations it gives (the figure's own, below).
            issuer_para =
                issuer_para && !first_in_para || letterhead.is_some() && words.first_person && !quote_open_before;
            // "Mira Vance posted:" then "“London's 5,000 is a ceiling. My
            // own count …”": the quotation's first person is its speaker,
            // whatever source a sentence before it cited.
            let speaker_speaks = colon_quote && words.first_person && quote_open_before;
            let known_before = para_last.filter(|(a, _)| matches!(a, Attr::Known(_)));
            let back = if speaker_speaks { prev_para_last } else { known_before }
                .or_else(|| {
                    let anaphoric =
                        first_in_para && (colon_quote || attribution::opens_with_anaphor(doc, s) || pronoun_back);
                    if anaphoric { prev_para_last } else { None }
                })
                .or_else(|| {
                    let c = own.filter(|c| c.source == Source::Back { pronoun: false })?;
                    self.titled_source(si, c.pos)
                })
                .or(para_last);
            // A letterhead's issuer yields to a sentence after naming the
            // figure's source ("That figure was given … by the NIS").
            let back_in_text = back;
            let back = back.or(letterhead);
            let (now, first_also) = (words.now, words.first_also);
            // Without "our", "my" or "this" only the sentence's opening
            // can make it the writer's reckoning.
            let reckoning_window = if words.ours { s.toks() } else { s.toks().start..s.toks().start };
            locals.clear();
            locals.extend(
                figures
                    .iter()
                    .enumerate()
                    .map(|(fi, f)| self.local_date(dates.clone(), f, figures.get(fi + 1).map(|n| n.core.start))),
            );
            // Plain dates right after a figure belong to it, not to the others.
            taken.clear();
            // So are those of a figure set against another ("up from the
            // 3,000 it gave on Monday"), reported or not.
            taken.extend(
                locals
                    .iter()
                    .zip(figures.iter())
                    .filter_map(|(l, f)| match *l {
                        Local::Figure(d) | Local::Base(d) => Some((d, f)),
                        Local::None => None,
                    })
                    .filter(|&(d, f)| {
                        self.dates[d].role == Role::Plain
                            && (!self.dates[d].reported || compared_before(doc, f.toks.start))
                    })
                    .map(|(d, _)| d),
            );
            // "A survey of 1,010 people in late March found 72 per cent
            // …": the date after a survey's sample is the survey's, and
            // dates its findings too.
            taken.retain(|&d| {
                !figures.iter().zip(locals.iter()).any(|(f, l)| *l == Local::Figure(d) && self.is_survey_sample(f, d))
            });
            taken.sort_unstable();
            taken.dedup();
            let sentence_reported = cues.iter().any(|c| c.priority > attribution::BARE);
            // "X said" in the next sentence, looked for once.
            let mut following: Option<Option<Following>> = None;
            let sentence_span = doc.span(s.toks().start, s.toks().end);
            let mut last_date = None;
            readings.clear();
            // Whether the sentence is a subhead, read once when a figure
            // needs it.
            let mut subhead: Option<bool> = None;
            // Whether the sentence names no group but the headline's, read
            // once when a figure needs it.
            let mut topic_fits: Option<bool> = None;
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
                    Reading::Unknown => self.topic_subject(topic.as_ref(), f, si, &mut topic_fits),
                };
                // Reuses the last subject's buffer.
                match &mut prev_subject {
                    Some((t, x)) => {
                        *t = si;
                        x.clone_from(&subject);
                    }
                    None => prev_subject = Some((si, subject.clone())),
                }
                readings.push((subject, subjects::base_of(doc, f, next)));
            }
            // The previous figure of the sentence: where it ends, its date,
            // and whether it is a part listed after "including".
            let mut prev_figure: Option<(usize, Option<usize>, bool)> = None;
            // Whether the sentence speaks of the writer's reckoning at all,
            // read once when a figure needs it.
            let mut reckoning: Option<bool> = None;
            let mut next_owns_up: Option<bool> = None;
            // Whether a sentence of a figure alone restated an earlier one:
            // an echo, which cites no one for the sentences after it.
            let mut echoed = false;
            // Whether the sentence is a table's row with cells split by
            // bars, read once when a figure needs it.
            let mut table_row: Option<bool> = None;
            // Whether the sentence says it sums up, read once when needed.
            let mut sums_up: Option<bool> = None;
            figure_starts.clear();
            figure_starts.extend(figures.iter().map(|f| f.toks.start));
            for (fi, figure) in figures.drain(..).enumerate() {
                let (subject, base) = std::mem::take(&mut readings[fi]);
                // "London's c. 4,000", "the MoD's 5,000": a possessive right
                // before the figure owns it, whoever else the clause cites.
                // So does a source named right after it: "filing \"over
                // 4,000\" for the JCS and then \"over 5,000\" from the MoD".
                let mut from = figure.toks.end;
                while doc.is_punct(from, '"') {
                    from += 1;
                }
                // Not where "from" names an origin or a baseline: "$61bn
                // from the Pentagon", "rose to 3,000 from the JCS figure",
                // "up 400,000 from the NATO target".
                let quoted = from > figure.toks.end;
                let change = (figure.toks.start.saturating_sub(3)..figure.toks.start)
                    .any(|k| doc.has(k, Class::RiseVerb) || doc.is_any(k, &["up", "down", "to"]));
                let named_after = (doc.is(from, "from")
                    && !figure.measure.as_deref().is_some_and(figures::is_currency)
                    && (quoted || !change))
                    .then(|| from + 1 + usize::from(doc.is(from + 1, "the")))
                    .or_else(|| {
                        // "the range of 10,000 to 12,000 given by the US
                        // Department of Defense": a participle of giving and
                        // "by" after the figure and the few words it counts.
                        // Not who acted on it ("videos posted by").
                        let by = (from..(from + 6).min(s.toks().end))
                            .take_while(|&k| doc.is_word(k) || doc.is_num(k))
                            .find(|&k| k > from && doc.is(k, "by") && doc.is_any(k - 1, &["given", "estimated"]))?;
                        Some(by + 1 + usize::from(doc.is(by + 1, "the")))
                    });
                // "3,000 (NIS) vs 1,100 (JCS)", "about 3,000 killed (NIS,
                // Jan.)": a source in brackets after the figure and the few
                // words it counts. Not a citation of where it was read
                // ("(Yonhap, 2025)").
                let bracket = (from..(from + 5).min(s.toks().end))
                    .take_while(|&k| doc.is_word(k) || doc.is_punct(k, '('))
                    .find(|&k| doc.is_punct(k, '('));
                let owner = cues.iter().copied().find(|c| match c.source {
                    Source::Known(mi) => {
                        let m = &self.mentions[mi];
                        bracket.is_some_and(|b| {
                            m.toks.start == b + 1
                                && (doc.is_punct(m.after, ')')
                                    || doc.is_punct(m.after, ',') && year_at(doc, m.after + 1).is_none())
                        }) || m.possessive
                            && m.after <= figure.toks.start
                            && (m.after..figure.toks.start).all(|k| doc.is_punct(k, '"'))
                            || !m.possessive
                                && !m.weak
                                && named_after == Some(m.toks.start)
                                && !doc.word(m.after).is_some_and(|w| {
                                    is_report_noun(w)
                                        || matches!(
                                            w,
                                            "figure"
                                                | "figures"
                                                | "estimate"
                                                | "count"
                                                | "total"
                                                | "tally"
                                                | "target"
                                                | "level"
                                        )
                                })
                    }
                    _ => false,
                });
                let cue = owner.or_else(|| self.choose_cue(&cues, figure.core.start, figure.toks.end));
                let in_quote = quote_open_before ^ (quotes.partition_point(|&k| k < figure.toks.start) % 2 == 1);
                // "1,000 of these casualties": the figure it is a part of,
                // when that is not the source the paragraph goes on with.
                let mut referred_date = None;
                // Whether the source is only lent by "of those casualties".
                let mut referred_source = None;
                let mut unclaimed_quote = false;
                // "Oleksandr Syrsky, the commander, goes further: on
                // Saturday he said …": the pronoun is the sentence's own
                // subject, named before it.
                let pronoun_subject = cue.filter(|c| c.source == (Source::Back { pronoun: true })).and_then(|c| {
                    cues.iter().filter(|d| d.pos < c.pos).find_map(|d| match d.source {
                        Source::Known(mi) if self.names_the_subject(mi, c.pos, s.toks().start) => Some(mi),
                        _ => None,
                    })
                });
                let (attr, from) = match cue.map(|c| c.source) {
                    Some(Source::Back { .. }) if pronoun_subject.is_some() => {
                        (pronoun_subject.map(Attr::Known), Some(si))
                    }
                    // An outlet relaying a figure whose source stays the one
                    // before: "This casualty count represents nearly half …,
                    // as reported by Yonhap" (the sentence refers back), and
                    // "On 12 March it said Ukraine had lost more than 1,400
                    // troops, TASS reported" (the outlet closing the sentence
                    // relays the listed body "it" points back at).
                    Some(Source::Known(mi))
                        if back.is_some_and(|(b, _)| !self.same_agency(b, Attr::Known(mi)))
                            && (self.relays(mi) && attribution::opens_with_anaphor(doc, s)
                                || back.is_some_and(|(b, _)| matches!(b, Attr::Known(_)))
                                    && cue.is_some_and(|c| {
                                        closing_relay(doc, c.pos, s.toks().end)
                                            && cues.iter().any(|d| {
                                                d.said && d.pos < c.pos && d.source == Source::Back { pronoun: true }
                                            })
                                    })) =>
                    {
                        let (b, t) = back.unwrap_or((Attr::Known(mi), si));
                        (Some(b), Some(t))
                    }
                    Some(Source::Known(mi)) => {
                        // "About 1,000 of them had died, the ministry said":
                        // a part of the same source's figure before is
                        // dated as that is.
                        if cue.is_some_and(|c| c.said)
                            && !in_quote
                            && let Some((a, d)) = self.refers_back(&figure, &recent)
                            && self.same_agency(a, Attr::Known(mi))
                        {
                            referred_date = Some(d);
                        }
                        (Some(Attr::Known(mi)), Some(si))
                    }
                    Some(Source::Unknown) => (Some(Attr::Unknown), Some(si)),
                    Some(Source::Writer) => {
                        let (a, t) = writer_voice(turn_voice.or(letterhead), si);
                        (Some(a), Some(t))
                    }
                    Some(Source::Back { .. }) | None => {
                        let quoted = in_quote.then(|| self.quote_speaker(si, figure.toks.end)).flatten();
                        unclaimed_quote = para_quoted && !colon_quote && in_quote && cue.is_none() && quoted.is_none();
                        let referred = if quoted.is_none() { self.refers_back(&figure, &recent) } else { None };
                        // Not when a speaker of its own says it ("“Four in ten
                        // of them …,” he said"): "them" is the speaker's, and
                        // only a figure of the speaker's own lends its date.
                        let speaker_cue = cue.is_some() || in_quote;
                        let overrides = referred.filter(|(a, _)| !speaker_cue && back.is_none_or(|(b, _)| b != *a));
                        if let Some((a, d)) = overrides {
                            referred_date = Some(d);
                            referred_source = Some(a);
                            (Some(a), None)
                        } else {
                            let lent = quoted
                                .or(back_in_text)
                                .or_else(|| {
                                    following
                                        .get_or_insert_with(|| self.following_speaker(si, &mut next_cues))
                                        .as_ref()
                                        .filter(|f| f.covers(figure.value))
                                        .map(|f| f.speaker)
                                })
                                .or(letterhead);
                            if let (Some((a, d)), Some((b, _))) = (referred, lent)
                                && speaker_cue
                                && self.same_agency(a, b)
                            {
                                referred_date = Some(d);
                            }
                            // Only a quotation with no speaker of its own in
                            // its paragraph waits for the next to name one.
                            unclaimed_quote &= lent.is_none_or(|(_, t)| self.sentences[t].para() != s.para());
                            match lent {
                                Some((a, t)) => (Some(a), Some(t)),
                                None => (None, None),
                            }
                        }
                    }
                };
                // The writer's own conversion of an amount ("roughly €1.9bn
                // at current rates") is no one's claim; its date is the
                // amount's. One in brackets right after the amount ("23
                // trillion won ($16 billion)") restates the amount's claim
                // and keeps its source.
                let prev_end = prev_figure.map(|(end, _, _)| end);
                let conversion = is_conversion(doc, &figure, prev_end) == Some(Conversion::AtRates);
                let attr = if conversion { None } else { attr };
                // "14,000 or so — our arithmetic, not Seoul's", "by my
                // count": the writer's own figure, unless a quoted speaker
                // or a briefing's official says it.
                // "Those are our calculations." after the sentence owns up to
                // all of its figures.
                let owned_up = *next_owns_up.get_or_insert_with(|| self.next_owns_up(si));
                let reckons = !in_quote
                    && !official_turn
                    && (owned_up
                        || *reckoning.get_or_insert_with(|| {
                            writers_own(doc, s.toks(), reckoning_window.clone(), None, sourced, !cues.is_empty())
                        }));
                let window = figure.toks.start.saturating_sub(14)..figure.toks.end + 10;
                let compares = !in_quote
                    && !official_turn
                    && (compares_with_a_figure(doc, &figure, s.toks(), words.between, credited_aside)
                        || counted_by_writer(doc, &figure, s.toks())
                        // "numbers that are 2,000 apart" in a sentence that
                        // names no source (not "set 3,000 apart from").
                        || cues.is_empty()
                            && doc.is(figure.toks.end, "apart")
                            && (figure.toks.end + 1 >= s.toks().end || doc.punct(figure.toks.end + 1).is_some())
                        || inferred(doc, &figure, s.toks()));
                // "our estimate implies that one in three of the 11,000 or
                // so soldiers the Pentagon said were sent": a figure a
                // source's clause right after it credits stays the source's.
                let credited_after = || {
                    let first = self.mentions.partition_point(|m| m.toks.start <= figure.toks.end);
                    self.mentions[first..]
                        .iter()
                        .take_while(|m| m.toks.start <= figure.toks.end + 4)
                        .any(|m| doc.has(m.after, Class::ReportingVerb))
                };
                let reckoned = compares
                    || reckons
                        && (owned_up
                            || writers_own(
                                doc,
                                s.toks(),
                                window,
                                Some(figure.toks.clone()),
                                sourced,
                                !cues.is_empty(),
                            ))
                        && !credited_after();
                // "Our analysis indicates that around half …" under a
                // release's "From:" line: the issuer's own reckoning.
                let issuer = letterhead.filter(|_| !compares && words.first_person);
                let (attr, from) = match issuer {
                    Some((a, t)) if reckoned => (Some(a), Some(t)),
                    _ if reckoned => (None, None),
                    _ => (attr, from),
                };
                let writers = conversion || reckoned;
                let own_local = match locals[fi] {
                    Local::Figure(d) => Some(d),
                    _ => None,
                };
                let mut date = own_local
                    .or_else(|| self.clause_date(dates.clone(), s.toks().start, &figure, &taken, &figure_starts));
                // "an estimated 60% of the shells Russia fired in January":
                // with no date of its own in its sentence, a share is of the
                // whole the date describes. Not a state now ("have
                // recaptured about 86% of the territory Ukraine seized last
                // summer", "still hold roughly a tenth of the land they
                // seized in October"), nor where the sentence says when it
                // was said.
                // Only a past event: the share is an object of a verb in the
                // past ("supplied an estimated 60%") or the subject of
                // "was"/"were" ("As much as 60% of … fired in March was …").
                let past_event = |d: usize| {
                    let before = figure.toks.start.checked_sub(1);
                    let after_whole = self.dates[d].toks.end..s.toks().end;
                    // A form of "be" or "have" before it is a state ("had
                    // about 18% of the land it seized").
                    before.is_some_and(|k| {
                        doc.word(k).is_some_and(|w| is_past_verb(w) && !matches!(w, "was" | "were" | "had"))
                            && !(k.saturating_sub(2).max(s.toks().start)..k)
                                .any(|j| doc.is_any(j, &["has", "have", "had", "is", "are", "be", "been"]))
                    }) || (figure.toks.start == s.toks().start
                        || before.is_some_and(|k| doc.is(k, "that") || doc.has(k, Class::SpeechVerb)))
                        && doc.word(after_whole.start).is_some_and(is_past_verb)
                };
                if date.is_none()
                    && let Local::Base(d) = locals[fi]
                    && past_event(d)
                    && !self.usable_dates(dates.clone()).any(|r| self.dates[r].reported)
                {
                    date = Some(d);
                }
                if date.is_none() && in_quote {
                    date = self.credit_line_date(si).or_else(|| {
                        let (d, first) = colon_lead_day?;
                        (first..=si).all(|x| self.usable_dates(self.date_range(x)).next().is_none()).then_some(d)
                    });
                }
                // Not an item with a date of its own ("- 2023: 60,000").
                if date.is_none() && bullet && self.usable_dates(dates.clone()).next().is_none() {
                    date = list_lead_day;
                }
                // "about 12,000 in early November, including some 500
                // officers and three generals": the parts share the whole's
                // date.
                let mut listed = false;
                if date.is_none()
                    && let Some((end, Some(d), prev_listed)) = prev_figure
                {
                    let between = end..figure.toks.start;
                    // "… — three of them at night", "…, with North Korean
                    // troops leading at least two": a part of the figure
                    // before, or a clause hung on it.
                    let part = part_of_them_at(doc, figure.toks.end);
                    let with_clause = between.clone().any(|k| doc.is_punct(k, ',') && doc.is(k + 1, "with"));
                    listed = part
                        || with_clause
                        || between.clone().any(|k| doc.is_any(k, &["including", "includes", "among"]))
                        // "… 500 officers and three generals": the list goes on.
                        || prev_listed
                            && between.len() <= 4
                            && between.clone().any(|k| doc.is_any(k, &["and", "or"]) || doc.is_punct(k, ','));
                    if listed {
                        date = Some(d);
                    }
                }
                // "six officers and two firms on Wednesday": a date after
                // the last of a list of figures dates each of them; ahead of
                // the day the list was told ("said on Tuesday that …") only
                // for parts of one group ("killed about 40 of them and
                // wounded more than 60 on Sunday") and a range's ends
                // ("between 1,000 and 1,500 … in January"), not "4,000 drones
                // overall and 120 on Tuesday night".
                let (start, end) = (figure.toks.start, figure.toks.end);
                let range_to_next = figure_starts.get(fi + 1) == Some(&(end + 1))
                    && start > 0
                    && (doc.is(start - 1, "between") && doc.is(end, "and")
                        || doc.is(start - 1, "from") && doc.is(end, "to"));
                if date.is_none_or(|t| {
                    own_local.is_none() && self.dates[t].reported && (part_of_them_at(doc, end) || range_to_next)
                }) && let Some(Local::Figure(d)) = locals.get(fi + 1)
                    && let Some(&next_start) = figure_starts.get(fi + 1)
                {
                    let between = figure.toks.end..next_start;
                    let joined = between.clone().any(|k| doc.is_any(k, &["and", "or"]));
                    // "killed about 40 of them and wounded more than 60 on
                    // Sunday": the group both counts are parts of.
                    let past_them = if doc.is(end, "of") && doc.is_any(end + 1, &["them", "those", "these"]) {
                        end + 2
                    } else {
                        end
                    };
                    // Nouns and their modifiers only: not "passed 900,000,
                    // with an average of 1,300 a day in March".
                    let plain = (past_them..next_start).all(|k| {
                        doc.word(k).is_some_and(|w| {
                            !is_predicate_filler(w)
                                // "about 300 killed and 2,700 wounded on the
                                // same day": what a casualty count counts.
                                && (!w.ends_with("ed") || is_casualty_word(w))
                                && !matches!(
                                    w,
                                    "of" | "in"
                                        | "on"
                                        | "at"
                                        | "with"
                                        | "for"
                                        | "to"
                                        | "from"
                                        | "by"
                                        | "than"
                                        | "as"
                                        | "a"
                                        | "an"
                                        | "the"
                                        | "per"
                                        | "each"
                                        | "them"
                                )
                        }) || doc.punct(k).is_some_and(|c| matches!(c, ',' | '"' | '\u{201d}' | '\u{2019}'))
                    });
                    if joined && plain && between.len() <= 6 {
                        date = Some(*d);
                    }
                }
                // A sentence that speaks of now takes from the sentences
                // before only the day a statement was made ("the update on
                // Friday" … "nearly half … is now dead or wounded"): now
                // is when the speaker spoke, not the period a figure
                // before described.
                let inherited_from = date.is_none();
                if date.is_none() && sub_item {
                    date = item_day;
                }
                {
                    // "…, X said on Monday, and nearly a third …", "Its
                    // update of 28 March raised that to …, and described the
                    // losses as nearly half …": the day the sentence's
                    // speaker spoke, from another clause.
                    if date.is_none()
                        && matches!(attr, Some(Attr::Known(_)))
                        && let Some(c) = cue
                        && (from == Some(si) || matches!(c.source, Source::Back { .. }))
                    {
                        let speaker_clause = self.clauses.get(c.pos);
                        date = self
                            .reported_date(si)
                            .filter(|&d| self.clauses.get(self.dates[d].toks.start) == speaker_clause);
                    }
                    // The sentence's subject refers back and carries the
                    // day ("Its update of 28 March …"): that day for every
                    // clause the subject governs.
                    if date.is_none()
                        && cue.is_none()
                        && from.is_some_and(|t| t != si)
                        && attribution::opens_with_anaphor(doc, s)
                    {
                        date = self.reported_date(si);
                    }
                    if date.is_none()
                        && let Some(t) = from.filter(|&t| t != si)
                    {
                        // "The official said …", "he added": a further
                        // statement made when the speaker spoke, not as of
                        // the date the last figure describes.
                        // After the figure ("…, it said") only when the
                        // sentence does not speak of the last figure's
                        // people ("Nearly a dozen generals are among them,
                        // it said", "About 1,000 of them …").
                        let of_the_last = || s.toks().any(|k| doc.is_any(k, &["them", "these", "those"]));
                        let further = own.is_some_and(|c| {
                            c.said
                                && matches!(c.source, Source::Back { .. })
                                && (c.pos < figure.toks.start || !of_the_last())
                        });
                        date = further.then(|| self.speakers_day(t)).flatten().or_else(|| self.date_of(t));
                    }
                    if date.is_none()
                        && let Some(Attr::Known(mi)) = attr
                    {
                        date = self.same_source_date(si, mi, first_in_para, prev_para_last, first_also);
                        // "…, the ISW said, citing Ukrainian military
                        // intelligence": the statement is the speaker's, made
                        // when the speaker's earlier one was.
                        if date.is_none() && from == Some(si) {
                            date = cues.iter().find_map(|c| match c.source {
                                Source::Known(speaker)
                                    if c.said && self.mentions[speaker].agency != self.mentions[mi].agency =>
                                {
                                    self.same_source_date(si, speaker, first_in_para, prev_para_last, first_also)
                                }
                                _ => None,
                            });
                        }
                        if date.is_none() {
                            date = self.next_statement_day(si, self.mentions[mi].agency, &mut next_cues);
                        }
                    }
                    // "…, the air force said in a statement" after "the
                    // country's air force said on Tuesday": a speaker no
                    // listed agency is, named again, on the day it spoke.
                    if date.is_none()
                        && attr == Some(Attr::Unknown)
                        && from == Some(si)
                        && let Some(c) = cue.filter(|c| c.said && c.source == Source::Unknown)
                    {
                        date = self.unlisted_speaker_day(si, c.pos);
                    }
                    // The issuer's own figure under a release's "From:"
                    // line, in a paragraph it speaks in: the day the
                    // release gives (not its notes' standing facts).
                    if date.is_none()
                        && issuer_para
                        && !in_quote
                        && letterhead.is_some_and(|(a, t)| attr == Some(a) && from == Some(t))
                    {
                        date = issue_day;
                    }
                    // "Q: Didn't the NIS say only 300 had died?" answered
                    // "A: It did, on 13 January": the day the answer gives.
                    if date.is_none() && matches!(attr, Some(Attr::Known(_))) && !in_quote {
                        date = self.answer_day(si);
                    }
                    // "Syrsky said at the time that nearly half …": the time
                    // the sentence before gave.
                    if date.is_none() && si > 0 && words.at_the_time {
                        date = self.date_of(si - 1);
                    }
                    // "… the turnout at Friday's march. It was about 300
                    // people": a sentence saying what the one before spoke
                    // of was, with no source, is of that one's date.
                    let k = s.toks().start;
                    if date.is_none()
                        && attr.is_none()
                        && !writers
                        && si > 0
                        && self.sentences[si - 1].para() == s.para()
                        && doc.is_any(k, &["it", "that", "this"])
                        && doc.is_any(k + 1, &["was", "is"])
                    {
                        date = self.date_of(si - 1);
                    }
                    // "412 registered between 24 and 31 March. Of the new
                    // arrivals, 97 were children": a part of what the
                    // sentence before counted, of its figures' date.
                    if date.is_none()
                        && attr.is_none()
                        && !writers
                        && si > 0
                        && self.sentences[si - 1].para() == s.para()
                        && (opens_with_part_of(doc, s.toks(), figure.toks.start)
                            || opens_with_part_of_them(doc, s.toks(), &figure))
                        // Its last figure's date, else its own ("…, up from
                        // 288 in the previous period").
                        && let Some(d) = self.read[si - 1]
                            .last_date
                            .get()
                            .flatten()
                            .or_else(|| self.sentence_date(self.date_range(si - 1)))
                    {
                        date = Some(d);
                        // "…, 97 were children and 64 were over 70": the
                        // list goes on.
                        listed = true;
                    }
                }
                if now && inherited_from {
                    date = date.filter(|&d| self.dates[d].reported);
                }
                if !now {
                    date = date.or(item_day.filter(|_| in_item)).or(section_date);
                }
                // A figure set against another ("up from 100 a day
                // earlier") lends the next sentences nothing.
                if !compared_before(doc, figure.toks.start) {
                    last_date = Some(date);
                }
                prev_figure = Some((figure.toks.end, date, listed));
                if let Some(d) = referred_date
                    && date.is_none()
                {
                    date = d;
                }
                // The oldest entry's measure buffer is reused for the newest.
                if !baseline_before(doc, figure.toks.start) {
                    let mut measure = if recent.len() >= 16 { recent.pop_front().and_then(|r| r.0) } else { None };
                    measure.clone_from(&figure.measure);
                    recent.push_back((measure, attr, date));
                }
                let mut figure = figure;
                if let Some(m) = self.measure_of_part(&figure, s.toks().end) {
                    figure.measure = Some(m);
                }
                // A recap's item ("• U.K.: over 5,000 casualties") restating
                // a figure the text gave earlier with its source: that
                // source, and that figure's date.
                let mut attr = attr;
                let mut restated = false;
                // "Nearly half." after the quotation that gave it: a
                // sentence of the figure alone restates it too.
                let fragment = figure.toks.start == s.toks().start
                    && (figure.toks.end..s.toks().end)
                        .all(|k| doc.punct(k).is_some_and(|c| matches!(c, '.' | '!' | '"')));
                if attr.is_none()
                    && !writers
                    && (bullet || fragment)
                    && let Some(&(_, _, a, d, _)) = cited
                        .iter()
                        .rev()
                        .find(|&&(kind, value, _, _, _)| same_figure(kind, value, figure.kind, figure.value))
                {
                    attr = Some(a);
                    date = date.or(d);
                    restated = true;
                    echoed = fragment;
                }
                // "Seoul's “about 4,000” and London's “over 5,000”" after a
                // table whose rows dated both: the same source's same
                // figure, of the row's date.
                // "So, to sum up: the ministry says more than 5,000": a recap
                // in prose restates figures given anywhere before.
                let recap = *sums_up.get_or_insert_with(|| sums_up_at(doc, s.toks()));
                if date.is_none()
                    && let Some(a @ Attr::Known(_)) = attr
                    && let Some(&(_, _, _, d @ Some(_), _)) = cited.iter().rev().find(|&&(kind, value, b, _, row)| {
                        (row || recap) && self.same_agency(a, b) && same_figure(kind, value, figure.kind, figure.value)
                    })
                {
                    date = d;
                }
                if let Some(a @ Attr::Known(_)) = attr {
                    if cited.len() >= MAX_CITED {
                        cited.pop_front();
                    }
                    let row = bullet || *table_row.get_or_insert_with(|| s.toks().any(|k| doc.is_punct(k, '|')));
                    cited.push_back((figure.kind, figure.value, a, date, row));
                }
                let definite = figure.toks.start > s.toks().start
                    && doc.is_any(
                        figure.toks.start - 1,
                        &["the", "these", "those", "both", "its", "their", "his", "her", "our", "all"],
                    );
                if !restated && !writers {
                    let unknown_here = attr == Some(Attr::Unknown) && from == Some(si);
                    self.apply_note(si, &figure, unknown_here, &mut attr, &mut date);
                }
                self.apply_as_of_column(&figure, &mut date);
                if date.is_none() {
                    date = self.record_date(si);
                }
                let figure_end = figure.toks.end;
                found.push(Found {
                    span: doc.span(figure.toks.start, figure.toks.end),
                    sentence: sentence_span,
                    figure,
                    attr,
                    date,
                    subject,
                    base,
                    reported: sentence_reported || restated,
                    definite,
                    para: s.para(),
                    // A restated item still waits for the body, which may
                    // date it.
                    // A headline's figure with a source but no date waits
                    // for the body's date too.
                    // A key point that names its own source ("• Kyiv says …",
                    // "• British intelligence puts …") but no date waits
                    // for the body's, as a headline does. A question is no
                    // key point ("4. Who said in January that almost half
                    // …?").
                    summary: !writers
                        && (bullet && !self.ends_with(si, '?') || in_headline)
                        && (restated || date.is_none() || !matches!(attr, Some(Attr::Known(_))))
                        || !matches!(attr, Some(Attr::Known(_))) && *subhead.get_or_insert_with(|| self.is_subhead(si)),
                    item: bullet || sub_item,
                    unclaimed_quote,
                    named_country: self.bracketed_country(figure_end),
                    writers,
                    referred: referred_source.is_some() && referred_source == attr,
                });
            }
            // "3,500–4,000 … at the end of February": a range's two ends are
            // one estimate, of one date, whichever end the date was read for.
            for j in 1..found.len() {
                let (before, after) = found.split_at_mut(j);
                let (a, b) = (&mut before[j - 1], &mut after[0]);
                // "My own count … is somewhere between 11 million and 12
                // million": a range the writer gives is the writer's to its
                // far end, which the reckoning's words may lie too far from.
                if a.writers && !b.writers && b.attr.is_some() && range_ends(doc, &a.figure, &b.figure) {
                    (b.writers, b.attr, b.reported) = (true, a.attr, a.reported);
                    b.date = a.date;
                }
                if a.attr == b.attr && range_ends(doc, &a.figure, &b.figure) {
                    match (a.date, b.date) {
                        (Some(d), None) => b.date = Some(d),
                        (None, Some(d)) => a.date = Some(d),
                        // "said on 24 February that 1,000 to 3,000 were sent
                        // in January": a date after the range dates it as a
                        // whole, as it would a figure alone, not the day the
                        // first end was nearer to.
                        (Some(da), Some(db))
                            if self.dates[da].toks.start < a.figure.toks.start
                                && self.dates[db].toks.start >= b.figure.toks.end =>
                        {
                            a.date = Some(db);
                        }
                        _ => {}
                    }
                }
            }
            if let Some(date) = last_date {
                self.read[si].last_date = Slot::known(date);
            }
            // The agency the sentence's last figure took, when the sentence
            // names it: the source a relay passed on, which the next "It
            // claimed" goes on with rather than the relay.
            let relayed = || match found.last().and_then(|f| f.attr) {
                Some(Attr::Known(x)) if cues.iter().any(|c| c.source == Source::Known(x)) => Some(x),
                _ => None,
            };
            match own.map(|c| c.source) {
                // "Defence's own estimate is 5,000, above the NIS figure."
                // then "On that estimate, …": the figures' source goes on,
                // not the agency they were set against.
                Some(Source::Known(_)) if !found.is_empty() && found.iter().all(|f| f.attr == Some(Attr::Unknown)) => {
                    para_last = Some((Attr::Unknown, si));
                }
                // "The ministry said …, TASS reported": not the outlet.
                Some(Source::Known(mi)) => para_last = Some((Attr::Known(relayed().unwrap_or(mi)), si)),
                // "The NIS told lawmakers …, according to lawmaker Park": not
                // the unlisted speaker, so "The spy agency also estimated"
                // goes on with the NIS.
                Some(Source::Unknown) => para_last = Some((relayed().map_or(Attr::Unknown, Attr::Known), si)),
                Some(Source::Writer) => para_last = Some(writer_voice(turn_voice.or(letterhead), si)),
                _ => {
                    // A sentence whose figures took their source from an
                    // earlier one now stands in for it, with its dates.
                    let carried = found.last().and_then(|f| f.attr);
                    // "…, it said": the sentence cites that agency as a whole,
                    // for a later "the ministry noted" to find.
                    if let (Some(Source::Back { .. }), Some(Attr::Known(mi))) = (own.map(|c| c.source), carried)
                        && back.is_some_and(|(a, _)| a == Attr::Known(mi))
                    {
                        self.read[si].own_known = Idx::new(Some(mi));
                    }
                    match carried {
                        _ if echoed => {}
                        Some(attr) => para_last = Some((attr, si)),
                        None if para_last.is_none() && back.is_some() => para_last = back,
                        // "…, the country's air force said on Tuesday" with
                        // no source before to point back at: a speaker no
                        // listed agency is, whom "the air force said in a
                        // statement", "It said" go on with.
                        None if back.is_none()
                            && !found.is_empty()
                            && own.is_some_and(|c| c.said && c.source == Source::Back { pronoun: false }) =>
                        {
                            para_last = Some((Attr::Unknown, si));
                        }
                        None => {}
                    }
                }
            }
            self.recycle(cues);
            self.clip_sentences(s, &mut found);
            self.credit_summaries(&mut pending, &found);
            if pending.is_empty()
                && found.iter().all(|f| {
                    f.attr.is_some() && !f.summary && !f.unclaimed_quote && !f.referred && !f.awaits_date(f.para + 1)
                })
            {
                self.emit_found(&mut found, &mut offsets, &mut cursor, emit);
            } else {
                pending.append(&mut found);
                if pending.len() > MAX_PENDING {
                    self.emit_found(&mut pending, &mut offsets, &mut cursor, emit);
                }
            }
        }
        self.emit_found(&mut pending, &mut offsets, &mut cursor, emit);
    }

    /// A figure of people (its measure "casualties", "killed", "troops")
    /// whose sentence names no group but the headline's topic, in a story
    /// about that one group, is that group's. `fits` caches whether the
    /// sentence names another group (agency names aside: "South Korea's
    /// military said").
    fn topic_subject(
        &self,
        topic: Option<&(String, String)>,
        f: &FigureMatch,
        si: usize,
        fits: &mut Option<bool>,
    ) -> Option<String> {
        let (demonym, _) = topic?;
        // The noun right after the figure names the group ("two generals
        // killed" are officers), else its measure does.
        let head = (f.toks.end..f.toks.end + 3)
            .find_map(|k| self.doc.word(k).and_then(subjects::group_noun))
            .or_else(|| subjects::people_head(f.measure.as_deref()?))?;
        let ok = *fits.get_or_insert_with(|| {
            let s = &self.sentences[si];
            let here = self.mention_range(si);
            let mentions = &self.mentions[here];
            let in_mention = |k: usize| in_any_mention(mentions, k);
            let mut only = true;
            subjects::demonyms_in(self.doc, s.toks(), in_mention, |d| only &= d == demonym);
            only
        });
        ok.then(|| format!("{demonym} {head}"))
    }

    /// A headline or a list of key points restates figures the body gives
    /// with their source ("Over 5,000 casualties" above "…more than 5,000
    /// casualties, the ministry said"): a waiting summary figure takes the
    /// source, and the date if it has none, of the first later figure of
    /// the same kind and value that cites a known agency. Small counts
    /// match too easily to be the same statement and are left alone.
    /// The country named in a bracket opening at token `k`.
    fn bracketed_country(&self, k: usize) -> Option<usize> {
        let b = self.countries.bracketed;
        b.binary_search_by_key(&k, |&(open, _)| open).ok().map(|i| b[i].1)
    }

    /// "about 3,000.[6]" … "6. NIS briefing, 13 January 2025.": the note
    /// the figure's mark points to names its source and date, unless its
    /// sentence names its own (`unknown_here`: the sentence's own speaker
    /// is one the list does not know). Of a joint citation ("about 4,000 (South
    /// Korea) to over 5,000 (Britain) [2][4]") the note of the country the
    /// figure's bracket names counts; without one, none.
    fn apply_note(
        &self,
        si: usize,
        figure: &FigureMatch,
        unknown_here: bool,
        attr: &mut Option<Attr>,
        date: &mut Option<usize>,
    ) {
        let doc = self.doc;
        let sentence = self.sentences[si].toks();
        let note = match self.notes.after(doc, figure.toks.end, sentence.clone()) {
            [Some(only), None, ..] => only,
            several => {
                let Some(country) = self.bracketed_country(figure.toks.end) else { return };
                let of_country = |n: &Note| {
                    n.mention.is_some_and(|mi| {
                        self.countries.of_agency.get(self.mentions[mi].agency) == Some(&Some(country))
                    })
                };
                let Some(note) = several.into_iter().flatten().find(of_country) else { return };
                note
            }
        };
        // A mark between the sentence's source and the figure ends that
        // source's citation: "HUR answered with nearly 4,000⁷ and a think
        // tank settled on roughly 4,000⁸".
        // And a mark after the figure ends its clause before a source
        // that goes on to give a figure of its own ("… since March 2024,⁶
        // and the NIS estimates that … $5.4 billion"), not before one
        // that closes the figure's sentence ("4,000,⁷ the NIS said").
        let mark = notes::first_mark(doc, figure.toks.end, sentence.clone());
        // A figure's number: not a date's ("said on 4 September") nor a
        // note's mark ("said.[3]").
        let in_date = |j: usize| self.blocked.get(j).copied().unwrap_or(false);
        let speaks_on = |m: &Mention| {
            mark.is_some_and(|k| m.toks.start > k)
                && (m.after..sentence.end).any(|j| doc.is_num(j) && !in_date(j) && !(j > 0 && doc.is_punct(j - 1, '[')))
        };
        let own_source = matches!(*attr, Some(Attr::Known(mi))
            if sentence.contains(&self.mentions[mi].toks.start)
                && !(self.mentions[mi].after..figure.toks.start).any(|k| notes::mark_at(doc, k).is_some())
                && !speaks_on(&self.mentions[mi]));
        // "The secretary of Russia's Security Council said …, TASS
        // reported.⁴" with the note "4. TASS, 17 June 2025.": the outlet
        // the note cites closed the sentence only relaying a speaker of
        // its own whom the list does not know; the note gives the day.
        // The sentence ends at its full stop, before the mark.
        let stop = sentence.clone().rev().take(4).find(|&k| doc.is_punct(k, '.')).map_or(sentence.end, |k| k + 1);
        let unlisted_speaker = unknown_here
            && note.mention.is_some_and(|nm| {
                let agency = self.mentions[nm].agency;
                self.mention_range(si).any(|mi| {
                    self.mentions[mi].agency == agency && closing_relay(doc, self.mentions[mi].toks.start, stop)
                })
            });
        if !own_source && !unlisted_speaker {
            if note.denies {
                *attr = None;
            } else if let Some(mi) = note.mention {
                *attr = Some(Attr::Known(mi));
            }
        }
        // A note's date is when the source it names spoke: it dates that
        // source's figures only ("… the MoD says, were killed; Syrsky has
        // said …[6]" dates Syrsky's; a note of interviews dates none), and
        // not over a date of the figure's own sentence.
        let of_note = unlisted_speaker
            || note.mention.is_some_and(|mi| attr.is_some_and(|a| self.same_agency(a, Attr::Known(mi))));
        if of_note && date.is_none_or(|d| self.dates[d].sentence != si) {
            *date = note.date.or(*date);
        }
    }

    /// A figure in a table's row under an "as_of" column (or its only
    /// "Date" column) takes the date in the row's as-of cell, unless its
    /// own cell gives one ("the earlier figure of 10,000 (28 Oct)" in a
    /// notes cell): the row's other dates are when it was logged or
    /// reported. An as-of cell with no day leaves a heading's or the lead's
    /// date as it was, and clears one taken from another row.
    fn apply_as_of_column(&self, figure: &FigureMatch, date: &mut Option<usize>) {
        let doc = self.doc;
        let Some(at) = doc.toks.get(figure.toks.start).map(|t| t.start()) else { return };
        let Some((as_of, own)) = doc.tables.cells_at(at) else { return };
        if own == as_of {
            return;
        }
        let byte = |d: &DateMention| doc.toks.get(d.toks.start).map_or(usize::MAX, |t| t.start());
        if date.is_some_and(|d| own.contains(&byte(&self.dates[d]))) {
            return;
        }
        let first = self.dates.partition_point(|d| byte(d) < as_of.start);
        if let Some(d) = (first..self.dates.len())
            .take_while(|&d| as_of.contains(&byte(&self.dates[d])))
            .find(|&d| self.dates[d].value.is_some())
        {
            *date = Some(d);
        } else if let Some(row) = doc.tables.row_at(at)
            && date.is_some_and(|d| {
                let b = byte(&self.dates[d]);
                !row.contains(&b) && doc.tables.row_at(b).is_some()
            })
        {
            // A row with no day in its date cell ("| **Total** | | 5,975
            // | |") takes none from another row; a heading's or the
            // lead's day stays.
            *date = None;
        }
    }

    /// The date a record's field gives the field it is named for: in a
    /// block of "Key: value" lines (between blank lines or lines of
    /// dashes, equals signs or stars), three at least, "Claim date: 2024-12-28" dates the figures
    /// of "Claim: … 3,000 soldiers" that no date of their own line dates,
    /// not when the record was reviewed or exported. Its other fields'
    /// figures ("Notes: … 4,000 (14 March)") keep their own.
    fn record_date(&self, si: usize) -> Option<usize> {
        /// A record has a few lines; a longer block is prose.
        const MAX_FIELDS: usize = 24;
        let doc = self.doc;
        // "Claim date:", "Date:": words from the line's start, then a colon.
        let key = |sj: usize| {
            let r = self.sentences[sj].toks();
            let mut k = r.start;
            while k < r.end && k - r.start < 3 && doc.is_word(k) {
                k += 1;
            }
            (doc.opens_line(r.start) && k > r.start && doc.is_punct(k, ':')).then_some(r.start..k)
        };
        let opens_block = |sj: usize| {
            let r = self.sentences[sj].toks();
            doc.toks.get(r.start).is_some_and(|t| t.newlines() >= 2)
                || r.clone()
                    .all(|k| doc.punct(k).is_some_and(|c| figures::is_dash(c) || matches!(c, '=' | '*' | '_' | '~')))
        };
        // The line the sentence is on must be a field: prose costs one look.
        let mut line = si;
        while line > 0 && si - line < 8 && !doc.opens_line(self.sentences[line].toks().start) {
            line -= 1;
        }
        let own_key = key(line)?;
        let mut first = line;
        while first > 0 && line - first < MAX_FIELDS && !opens_block(first) {
            first -= 1;
        }
        let same_name = |a: Range<usize>, b: Range<usize>| {
            a.len() == b.len() && a.zip(b).all(|(x, y)| doc.lower_of(x) == doc.lower_of(y))
        };
        // Bounded either way: each figure of a field reads a few lines.
        let (mut fields, mut named_date, mut twice) = (0, None, false);
        let mut end = first;
        while end < self.sentences.len() && end - first < 2 * MAX_FIELDS && (end == first || !opens_block(end)) {
            if let Some(k) = key(end) {
                fields += 1;
                if k.len() >= 2 && doc.is(k.end - 1, "date") && same_name(k.start..k.end - 1, own_key.clone()) {
                    // The same field twice: records run together with no
                    // line between them, and which dates which is not told.
                    twice |= named_date.is_some();
                    named_date = self.date_range(end).find(|&d| self.dates[d].value.is_some());
                }
            }
            end += 1;
        }
        named_date.filter(|_| fields >= 3 && !twice)
    }

    fn credit_summaries(&self, pending: &mut [Found], found: &[Found]) {
        if !pending.iter().any(|f| f.summary) {
            return;
        }
        // Only the body credits: a recap's item restating the headline is
        // a summary itself.
        let told = found.iter().filter(|f| !f.summary).map(|f| Told {
            figure: &f.figure,
            attr: f.attr,
            date: f.date,
            item: f.item,
        });
        self.credit_restated(pending, told);
    }

    /// Credits the summaries among `pending` that the body's figures
    /// state again: the same amount from a listed source ("Over 5,000
    /// casualties" above "…more than 5,000 casualties, the ministry
    /// said"), or the same measure retold within a hedge ("• Russia fired
    /// 405 drones" over "more than 400 drones …, the air force said on
    /// Wednesday"), which with no listed source gives only its date.
    fn credit_restated<'f>(&self, pending: &mut [Found], restated: impl Iterator<Item = Told<'f>>) {
        for told in restated {
            let known = match told.attr {
                Some(Attr::Known(mi)) => Some(mi),
                _ => None,
            };
            if known.is_none() && told.date.is_none() {
                continue;
            }
            let agency = known.map(|mi| self.mentions[mi].agency);
            let country = agency.and_then(|a| self.countries.of_agency.get(a).copied().flatten());
            let (kind, value) = (told.figure.kind, told.figure.value);
            let same = |w: &Found| {
                (known.is_some() && same_figure(kind, value, w.figure.kind, w.figure.value)
                    || retold(&w.figure, told.figure))
                    && !(told.item && w.item && w.date.is_some())
                    && w.named_country.is_none_or(|c| country == Some(c))
                    // A summary naming its own source ("Syrsky's 'nearly
                    // half' claim") is restated only by that source's
                    // figure.
                    && match (w.attr, agency) {
                        (Some(Attr::Known(own)), Some(agency)) => self.mentions[own].agency == agency,
                        _ => true,
                    }
            };
            for w in pending.iter_mut().filter(|w| w.summary && same(w)) {
                if w.date.is_none() {
                    w.date = told.date;
                }
                let Some(mi) = known else { continue };
                w.summary = false;
                // A headline's own source stays ("…, MoD says").
                if !matches!(w.attr, Some(Attr::Known(_))) {
                    w.attr = Some(Attr::Known(mi));
                }
                w.reported = true;
            }
        }
    }

    /// "the official said" a few paragraphs after "a JCS official told
    /// reporters": the latest of the dozen sentences before `si` that cites
    /// a known agency and holds the title next to the verb at `verb`.
    ///
    /// "The Jan. 24 update in fact said …" likewise: the agency whose
    /// sentence spoke of an update.
    fn titled_source(&self, si: usize, verb: usize) -> Option<(Attr, usize)> {
        let s = self.sentences[si].toks();
        (si.saturating_sub(12)..si).rev().find_map(|t| {
            let mi = self.read.get(t)?.own_known.get()?;
            (self.same_title_as(s.clone(), verb, t) || self.same_word_as(s.clone(), verb, t, is_document_noun))
                .then_some((Attr::Known(mi), t))
        })
    }

    /// Whether a title next to the reporting verb at `verb` ("the
    /// spokesman added") is one the sentence `t` gave its source
    /// ("a Pentagon spokesman told reporters").
    /// The title must stand beside the source's name there: not "two U.S.
    /// officials said …, a toll the Pentagon believes …", whose officials
    /// are not the Pentagon's.
    fn same_title_as(&self, sentence: Range<usize>, verb: usize, t: usize) -> bool {
        let doc = self.doc;
        let Some(mi) = self.read.get(t).and_then(|r| r.own_known.get()) else { return false };
        let m = &self.mentions[mi];
        let beside = m.toks.start.saturating_sub(3)..m.after + 3;
        let near = verb.saturating_sub(3).max(sentence.start)..(verb + 3).min(sentence.end);
        near.filter_map(|k| doc.word(k).filter(|w| is_title(w)))
            .any(|w| self.sentences.get(t).is_some_and(|ts| ts.toks().any(|j| beside.contains(&j) && doc.is(j, w))))
    }

    /// Whether the subject of the verb at `verb` is "the assessment", "the
    /// update" and the like.
    fn document_subject(&self, sentence: Range<usize>, verb: usize) -> bool {
        let doc = self.doc;
        (verb.saturating_sub(3).max(sentence.start)..verb).any(|k| {
            doc.word(k).is_some_and(is_document_noun) && k > sentence.start && doc.is_any(k - 1, &["the", "its"])
        })
    }

    /// Whether a word `kind` takes next to the verb at `verb` is in
    /// sentence `t` too.
    fn same_word_as(&self, sentence: Range<usize>, verb: usize, t: usize, kind: fn(&str) -> bool) -> bool {
        let doc = self.doc;
        let near = verb.saturating_sub(3).max(sentence.start)..(verb + 3).min(sentence.end);
        near.filter_map(|k| doc.word(k).filter(|w| kind(w)))
            .any(|w| self.sentences.get(t).is_some_and(|ts| ts.toks().any(|j| doc.is(j, w))))
    }

    /// The headline's paragraph: a paragraph of one sentence that does not
    /// end with a full stop, followed by more text. Among the lines of
    /// that kind that open the text (a masthead, the headline, a byline),
    /// the first that holds a number other than a date's, else the first.
    fn headline(&self) -> Option<usize> {
        let doc = self.doc;
        let mut first_line = None;
        for (si, s) in self.sentences.iter().enumerate().take(4) {
            let next = self.sentences.get(si + 1)?;
            let alone = next.para() != s.para() && (si == 0 || self.sentences[si - 1].para() != s.para());
            let last = s.toks().end.checked_sub(1)?;
            if !alone || doc.punct(last).is_some_and(|c| matches!(c, '.' | '!' | '?' | ':')) {
                break;
            }
            first_line.get_or_insert(s.para());
            let has_number = s.toks().any(|k| {
                !self.blocked.get(k).copied().unwrap_or(false)
                    && (doc.is_num(k) || doc.word(k).is_some_and(crate::extract::lexicon::starts_number_words))
            });
            if has_number {
                return Some(s.para());
            }
        }
        first_line
    }

    /// A subhead inside the text ("🪖 Kursk toll passes 5,000, London
    /// says"): a paragraph of one sentence without a full stop, with more
    /// text after it. Like a headline, it sums up what the body states
    /// with its source.
    fn is_subhead(&self, si: usize) -> bool {
        let s = &self.sentences[si];
        let alone = self.sentences.get(si + 1).is_some_and(|n| n.para() != s.para())
            && (si == 0 || self.sentences[si - 1].para() != s.para());
        let open = s
            .toks()
            .end
            .checked_sub(1)
            .is_some_and(|last| self.doc.punct(last).is_none_or(|c| !matches!(c, '.' | '!' | '?' | ':' | '"')));
        alone && open && !self.is_bullet(si)
    }

    /// "Those are our calculations, not the ministry's." right after
    /// sentence `si`, in its paragraph: its figures are the writer's.
    fn next_owns_up(&self, si: usize) -> bool {
        let doc = self.doc;
        let Some(next) = self.sentences.get(si + 1).filter(|n| n.para() == self.sentences[si].para()) else {
            return false;
        };
        let mut k = next.toks().start;
        // "Again, that's my sum.", "So that is our count."
        if doc.is_any(k, &["again", "so", "but", "and"]) {
            k += if doc.is_punct(k + 1, ',') { 2 } else { 1 };
        }
        // "that's": the apostrophe and "s" are tokens of their own.
        let verb_len = if doc.possessive_at(k + 1) { 2 } else { 1 };
        let mut j = k + 1 + verb_len;
        if doc.is(j, "all") {
            j += 1;
        }
        // Not when the sentence has a speaker of its own ("But that's our
        // count only, a spokesman said.").
        let speaker = next.toks().any(|t| doc.has(t, Class::ReportingVerb));
        !speaker
            && doc.is_any(k, &["those", "these", "that", "this"])
            && (verb_len == 2 || doc.is_any(k + 1, &["are", "is", "were", "was"]))
            && doc.is_any(j, &["our", "my"])
            && doc.word(j + 1).is_some_and(is_reckoning_noun)
    }

    /// The paragraph after the headline's `h` when it is a standfirst: one
    /// sentence without a full stop, followed by more text, or any
    /// paragraph between the headline and the byline ("By Jane Roe").
    fn standfirst(&self, h: usize) -> Option<usize> {
        let doc = self.doc;
        let i = self.sentences.iter().position(|s| s.para() == h + 1)?;
        let s = &self.sentences[i];
        let alone = self.sentences.get(i + 1).is_some_and(|n| n.para() != s.para());
        let last = s.toks().end.checked_sub(1)?;
        let open = !doc.punct(last).is_some_and(|c| matches!(c, '.' | '!' | '?' | ':'));
        let before_byline = || {
            self.sentences[i..].iter().find(|n| n.para() != h + 1).is_some_and(|n| {
                let k = n.toks().start;
                n.para() == h + 2 && doc.is(k, "by") && doc.capitalised(k) && doc.capitalised(k + 1)
            })
        };
        (alone && open || before_byline()).then_some(h + 1)
    }

    /// Who speaks in sentence `si` when it opens a transcript's turn: a
    /// line that starts with a speaker's label in capitals, perhaps with a
    /// name in brackets, and a colon ("SPOKESPERSON:", "GEN. RYDER:",
    /// "Q (Jane Roe, Reuters):").
    fn speaker_turn(&self, si: usize) -> Option<Speaker> {
        let doc = self.doc;
        let s = self.sentences.get(si)?;
        let k = s.toks().start;
        if k != 0 && doc.toks.get(k).is_none_or(|t| t.newlines() == 0) {
            return None;
        }
        let end = s.toks().end.min(k + 30);
        let mut j = k;
        let mut words = 0;
        while j < end {
            let w = doc.s(j);
            if doc.is_word(j) && w.bytes().all(|b| b.is_ascii_uppercase()) {
                words += 1;
            } else if !(doc.is_punct(j, '.') && doc.glued(j) && words > 0) {
                break;
            }
            j += 1;
        }
        if words == 0 || words > 4 {
            return None;
        }
        let questioner = doc.is_any(k, &["q", "question", "reporter"]) && words == 1;
        if doc.is_punct(j, '(') {
            j = (j + 1..end).find(|&x| doc.is_punct(x, ')'))? + 1;
        }
        doc.is_punct(j, ':').then_some(if questioner { Speaker::Questioner } else { Speaker::Official })
    }

    /// The label of the turn sentence `si` opens, up to its colon or
    /// bracket ("LIM", "RI").
    /// Sentence `si` ends with a wiki comment's signature (see
    /// [`ends_with_signature`]).
    fn signed_off(&self, si: usize) -> bool {
        const SIGNATURE_BYTES: usize = 512;
        let doc = self.doc;
        let Some(last) = self.sentences[si].toks().end.checked_sub(1).and_then(|k| doc.toks.get(k)) else {
            return false;
        };
        // A signature is short and ends its line: only the line's last
        // bytes are read, so a long line is not read again per sentence.
        let from = doc.text.floor_char_boundary(last.end().saturating_sub(SIGNATURE_BYTES));
        let line_start = doc.text[from..last.end()].rfind('\n').map_or(from, |n| from + n + 1);
        ends_with_signature(&doc.text[line_start..last.end()])
    }

    fn turn_label(&self, si: usize) -> Option<&'d str> {
        self.speaker_turn(si)?;
        let s = self.sentences[si].toks();
        let end = (s.start..s.end).find(|&k| self.doc.punct(k).is_some_and(|c| c == ':' || c == '('))?;
        Some(self.doc.text_of(s.start, end).trim())
    }

    /// The agency a briefing's transcript is of: the first one its text
    /// names before the first turn, when the text has questions ("Q:")
    /// and answers. Without questions a label such as "UPDATE:" makes no
    /// transcript.
    fn briefing_host(&self) -> Option<usize> {
        // A transcript opens with its turns after a short header: a few
        // paragraphs, or (web copy with a line per paragraph) lines with no
        // sentence of prose, fewer than the turns that follow, when the
        // answers name their speaker. A column whose last section answers readers
        // ("Q: …" "A: …") is no briefing of the agency its body named
        // first.
        const TRANSCRIPT_HEADER_PARAS: usize = 4;
        let mut first_turn = None;
        let mut header_paras = None;
        let mut questions = false;
        let mut turn_paras = 0;
        let mut last_turn_para = None;
        let mut named_answers = false;
        // Whether the header before the first turn has a sentence of prose
        // (a story before an interview) rather than lines of a header.
        let mut prose_header = false;
        for si in 0..self.sentences.len() {
            let turn = if self.doc.opens_line(self.sentences[si].toks().start) { self.speaker_turn(si) } else { None };
            if header_paras.is_none() && turn.is_none() && self.ends_with(si, '.') {
                prose_header = true;
            }
            let para = self.sentences[si].para();
            let Some(speaker) = turn else { continue };
            header_paras.get_or_insert(para);
            if last_turn_para != Some(para) {
                turn_paras += 1;
                last_turn_para = Some(para);
            }
            match speaker {
                Speaker::Questioner => questions = true,
                Speaker::Official if first_turn.is_none() => {
                    let k = self.sentences[si].toks().start;
                    first_turn = Some(k);
                    named_answers = !self.doc.is_any(k, &["a", "answer"]);
                }
                Speaker::Official => {}
            }
        }
        let header_paras = header_paras?;
        if header_paras > TRANSCRIPT_HEADER_PARAS && (header_paras >= turn_paras || !named_answers || prose_header) {
            return None;
        }
        let first_turn = first_turn.filter(|_| questions)?;
        self.mentions.iter().position(|m| m.toks.start < first_turn && !m.anaphor)
    }

    /// For a heading (a paragraph of one sentence without a closing stop,
    /// or a line ending in a colon that opens its paragraph, at `si`): the day it gives when it is a date and nothing else
    /// ("FRIDAY", "Tuesday, 21 January:"), `Some(None)` for any other
    /// heading ("QUOTE OF THE WEEK"). `None` when `si` is no heading.
    fn heading_date(&self, si: usize) -> Option<Option<usize>> {
        let doc = self.doc;
        let s = self.sentences.get(si)?;
        // A date under a quotation is its sign-off, no heading.
        if si > 0 && self.ends_with(si - 1, '"') {
            return None;
        }
        let last = s.toks().end.checked_sub(1)?;
        // A post's stamp in brackets on its own line ("[26.04.2025 ·
        // 13:42 MSK]") heads the lines under it, in its paragraph or not.
        let next = self.sentences.get(si + 1);
        let stamp = doc.is_punct(s.toks().start, '[')
            && doc.is_punct(last, ']')
            && next.is_none_or(|next| doc.opens_line(next.toks().start));
        let own_paragraph = next.is_none_or(|next| next.para() != s.para());
        let alone = stamp || own_paragraph;
        if !(alone || doc.is_punct(last, ':'))
            || doc.punct(last).is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '\u{2026}'))
        {
            return None;
        }
        let mut dates = self.usable_dates(self.date_range(si));
        let day = dates.next().filter(|_| dates.next().is_none()).filter(|&d| {
            let m = &self.dates[d];
            // The day of publication on a line of its own is a dateline.
            let published_day = m.value.is_some_and(|v| Some(v.value) == self.published);
            !m.dateline
                && !published_day
                && s.toks().all(|k| m.toks.contains(&k) || doc.punct(k).is_some() || clock_part(doc, k))
        });
        // A lead ending in a colon that gives no date ("The ministry
        // listed:") is no heading, nor a bracketed line without one
        // ("[Photo: Reuters]") that opens its paragraph.
        if day.is_none() && stamp && !own_paragraph {
            return None;
        }
        (alone || day.is_some()).then_some(day)
    }

    /// "The figures, released by the ministry on Friday, …": the date in
    /// the aside between commas right after the sentence's opening noun
    /// phrase, which says when the figures came out (not "Those figures
    /// are higher than in 2022", a date of the comparison).
    fn release_aside_date(&self, si: usize) -> Option<usize> {
        let doc = self.doc;
        let toks = self.sentences[si].toks();
        let open = (toks.start + 1..(toks.start + 5).min(toks.end)).find(|&k| doc.is_punct(k, ','))?;
        let close = (open + 1..(open + 16).min(toks.end)).find(|&k| doc.is_punct(k, ','))?;
        self.usable_dates(self.date_range(si)).find(|&d| {
            let m = &self.dates[d];
            m.toks.start > open && m.toks.end <= close
        })
    }

    /// The number of a numbered item whose marker the sentences split off
    /// as sentence `si` ("1." before "Personnel — …"), below
    /// `MAX_ITEM_NUMBER`.
    fn item_number(&self, si: usize) -> Option<usize> {
        let marker = self.sentences.get(si)?.toks();
        let is_marker = marker.len() == 2 && self.doc.opens_line(marker.start) && numbered_at(self.doc, marker.start);
        is_marker.then(|| self.doc.s(marker.start).parse::<usize>().ok()).flatten().filter(|&n| n < MAX_ITEM_NUMBER)
    }

    /// A list item: a line that starts with a bullet ("-", "•", "*"), or
    /// the rest of a numbered line whose stop the sentences split off
    /// ("1." then "Personnel — about 826,140"), when that rest is the whole
    /// line (a numbered paragraph of sentences is no item).
    fn is_bullet(&self, si: usize) -> bool {
        let Some(s) = self.sentences.get(si) else { return false };
        let k = s.toks().start;
        let after_marker = si > 0 && {
            let line_ends = self.sentences.get(si + 1).is_none_or(|next| self.doc.opens_line(next.toks().start));
            self.item_number(si - 1).is_some() && line_ends
        };
        after_marker
            || bullet_at(self.doc, k)
            || lettered_at(self.doc, k)
            || self.doc.opens_line(k)
                && (opens_figure_line(self.doc, k)
                    || opens_label_figure_line(self.doc, k)
                    || opens_timestamp(self.doc, k)
                    || numbered_at(self.doc, k)
                    || fact_line_at(self.doc, k) && !self.ends_with(si, '.'))
    }

    /// The label of the transcript's turn sentence `si` opens, when its
    /// speech is a sentence: not a headline's "Syrskyi: nearly half of
    /// North Korean troops killed" nor a brief's "Budanov: shells from the
    /// North".
    fn turn_at(&self, si: usize) -> Option<roster::Label> {
        let label = roster::label(self.doc, self.sentences[si].toks().start)?;
        let para = self.sentences[si].para();
        let goes_on = self.sentences.get(si + 1).is_some_and(|next| next.para() == para);
        let ends = ['.', '?', '!', '"', '\u{2026}'].iter().any(|&c| self.ends_with(si, c));
        (goes_on || ends).then_some(label)
    }

    /// Sentence `si` ends with the punctuation mark `c`.
    fn ends_with(&self, si: usize, c: char) -> bool {
        self.sentences[si].toks().end.checked_sub(1).is_some_and(|last| self.doc.is_punct(last, c))
    }

    /// Whether mention `mi` names the subject a pronoun at `pronoun` goes
    /// on with: not a possessive, not after a preposition ("Unlike the
    /// JCS, they …"), and a colon or semicolon between ("Syrsky, the
    /// commander, goes further: he said …").
    fn names_the_subject(&self, mi: usize, pronoun: usize, sentence_start: usize) -> bool {
        let doc = self.doc;
        let m = &self.mentions[mi];
        let mut before = m.toks.start;
        while before > 0 && doc.is_any(before - 1, &["the", "its", "a"]) {
            before -= 1;
        }
        let after_preposition = before > 0
            && doc.word(before - 1).is_some_and(|w| {
                matches!(
                    w,
                    "unlike"
                        | "after"
                        | "before"
                        | "like"
                        | "than"
                        | "to"
                        | "from"
                        | "with"
                        | "by"
                        | "of"
                        | "for"
                        | "at"
                        | "in"
                        | "on"
                )
            });
        // A caption that opens with the name (a first name may come before
        // the one listed): "Oleksandr Syrskyi, the commander, at a briefing
        // in January, when he said …".
        // (`pronoun` is the pronoun's cue: the pronoun or its verb.)
        let opens = before == sentence_start || before == sentence_start + 1 && doc.capitalised(sentence_start);
        let caption = opens && (pronoun.saturating_sub(2)..pronoun).any(|k| doc.is_any(k, &["when", "where"]));
        // "When Russia's defence ministry declared …, it also claimed …":
        // the subject of the clause the sentence opens with.
        let opening_clause = before == sentence_start + 1
            && doc.is_any(sentence_start, &["when", "after", "once", "as", "while"])
            && (m.after..pronoun).any(|k| doc.is_punct(k, ','));
        !m.possessive
            && (opening_clause
                || !after_preposition
                    && (caption || (m.after..pronoun).any(|k| doc.is_punct(k, ':') || doc.is_punct(k, ';'))))
    }

    /// For a question (sentence `si`, ending in "?"), the day the answer
    /// in the next paragraph gives when it affirms it, in its opening
    /// ("A: It did, on 13 January", "Yes, they have — since March").
    fn answer_day(&self, si: usize) -> Option<usize> {
        let doc = self.doc;
        let s = &self.sentences[si];
        if !self.ends_with(si, '?') {
            return None;
        }
        let t = (si + 1..(si + 4).min(self.sentences.len())).find(|&t| self.sentences[t].para() != s.para())?;
        let answer = &self.sentences[t];
        if answer.para() != s.para() + 1 {
            return None;
        }
        let mut k = answer.toks().start;
        if doc.s(k) == "A" && doc.is_punct(k + 1, ':') {
            k += 2;
        }
        if doc.is(k, "yes") && doc.is_punct(k + 1, ',') {
            k += 2;
        }
        // A short answer: "It did,", "They have." (not "It is hard to say").
        let affirms = doc.is_any(k, &["it", "they", "he", "she"])
            && doc.is_any(k + 1, &["did", "does", "has", "have", "had", "was", "were", "is", "are"])
            && doc.punct(k + 2).is_some_and(|c| matches!(c, ',' | '.' | ';' | '\u{2014}'));
        if !affirms {
            return None;
        }
        self.reported_date(t).or_else(|| self.usable_dates(self.date_range(t)).next())
    }

    /// A letterhead opening sentence `si`'s paragraph: a listed agency's
    /// name that fills its line, in capitals, or in any case in the
    /// text's head before its first full stop (a letter's address block:
    /// "Defence Intelligence Secretariat / Ministry of Defence / Whitehall").
    fn letterhead_at(&self, si: usize, body_started: bool) -> Option<usize> {
        let doc = self.doc;
        let k = self.sentences[si].toks().start;
        if !doc.opens_line(k) {
            return None;
        }
        // "STATEMENT OF THE KOREAN CENTRAL NEWS AGENCY", "PRESS RELEASE BY
        // THE …": what it publishes, in capitals, before the name.
        let prefixed = (k..(k + 5).min(self.sentences[si].toks().end))
            .take_while(|&j| word_in_capitals(doc, j))
            .find(|&j| j > k + 1 && doc.is_any(j - 1, &["of", "by", "the"]) && !doc.is(j, "the"))
            .filter(|&j| (k..j - 1).any(|x| doc.word(x).is_some_and(is_release_noun)));
        let starts_at = |at: usize| self.mention_range(si).find(|&mi| self.mentions[mi].toks.start == at);
        let mi = prefixed.and_then(starts_at).or_else(|| starts_at(k))?;
        let end = self.mentions[mi].toks.end;
        // In capitals, as a letterhead is set; not a subhead in title case.
        let capitals = (k..end).all(|j| !doc.is_word(j) || word_in_capitals(doc, j));
        // A block of lines, not a subhead set apart by blank lines.
        let in_block = doc.toks.get(k).is_some_and(|t| k > 0 && t.newlines() == 1)
            || doc.toks.get(end).is_some_and(|t| t.newlines() == 1);
        let head = !body_started && in_block;
        ((capitals || head) && doc.toks.get(end).is_none_or(|t| t.newlines() > 0)).then_some(mi)
    }

    /// "A US defence official told reporters" after the HUR's figures: a
    /// speaker pointing back ("an official said") whose noun phrase names
    /// another country than the agency before (`before`) is an unknown
    /// source, not that agency's official.
    fn foreign_speakers(&self, cues: &mut [Cue], s: &Sentence, before: Option<(Attr, usize)>) {
        let Some((Attr::Known(mi), _)) = before else { return };
        let Some(country) = self.countries.of_agency.get(self.mentions[mi].agency).copied().flatten() else { return };
        let range = s.toks();
        let speakers = self.countries.speakers;
        let first = speakers.partition_point(|&(k, _)| k < range.start);
        let here = &speakers[first..speakers[first..].partition_point(|&(k, _)| k < range.end) + first];
        if here.is_empty() {
            return;
        }
        for c in cues.iter_mut().filter(|c| c.source == (Source::Back { pronoun: false })) {
            // The speaker right before its verb, past an aside (", speaking
            // on condition of anonymity,").
            let speaker = here.iter().rev().find(|&&(k, _)| k < c.pos && k + 12 > c.pos);
            if speaker.is_some_and(|&(_, other)| other != country) {
                c.source = Source::Unknown;
            }
        }
    }

    /// A release's "From: Ministry of Defence" line in sentence `si` (a
    /// line of its own, or one of a header's lines read as one sentence):
    /// the listed agency it names first, which issues what follows.
    fn issued_by(&self, si: usize) -> Option<usize> {
        let doc = self.doc;
        let range = self.sentences[si].toks();
        let from = range
            .clone()
            .find(|&k| doc.opens_line(k) && doc.s(k) == "From" && doc.is_punct(k + 1, ':') && k + 2 < range.end)?;
        self.mention_range(si).find(|&mi| self.mentions[mi].toks.start == from + 2)
    }

    /// The day a release's header gives on its "From:" line (sentence
    /// `si`) or the line after it ("Published: 14 March 2025").
    fn issue_day(&self, si: usize) -> Option<usize> {
        // The next line, not a paragraph after a blank one.
        let next_line = self.sentences.get(si + 1).is_some_and(|n| {
            let k = n.toks().start;
            self.doc.toks.get(k).is_some_and(|t| t.newlines() == 1)
        });
        self.usable_dates(self.date_range(si))
            .next()
            .or_else(|| next_line.then(|| self.usable_dates(self.date_range(si + 1)).next()).flatten())
    }

    /// The source of a lead that ends in a colon before a quotation
    /// (sentence `t`; `para_last`, its paragraph's source so far): its own
    /// ("The ministry wrote:"), the agency it opens with ("Ukraine's
    /// General Staff followed with its tally:"), someone the list does not
    /// know ("Mira Vance, an analyst, posted:"), else its paragraph's.
    /// Sentence `t` is a broadcast script's caption line: a label of one
    /// or two capitalised words the lexicon knows, maybe in a bracket,
    /// then a colon ("SUPER: Col. Kim Ji-hoon, Joint Chiefs of Staff",
    /// "[LOWER THIRD: …]").
    fn is_caption(&self, t: usize) -> bool {
        let doc = self.doc;
        let toks = self.sentences[t].toks();
        let start = toks.start + usize::from(doc.is_punct(toks.start, '['));
        if !doc.opens_line(toks.start) {
            return false;
        }
        let Some(colon) = (start + 1..(start + 3).min(toks.end)).find(|&k| doc.is_punct(k, ':')) else {
            return false;
        };
        (start..colon).all(|k| word_in_capitals(doc, k)) && is_caption_label(&doc.text_of(start, colon).to_lowercase())
    }

    /// The voice of the clip after caption line `t`: the last agency the
    /// caption names ("Col. Kim Ji-hoon, Joint Chiefs of Staff"), else a
    /// speaker the list does not know, who cites no agency.
    fn caption_voice(&self, t: usize) -> (Attr, usize) {
        match self.mention_range(t).last() {
            Some(mi) => (Attr::Known(mi), t),
            None => (Attr::Unknown, t),
        }
    }

    fn colon_lead(&self, t: usize, para_last: Option<(Attr, usize)>) -> Option<(Attr, usize)> {
        let doc = self.doc;
        if let Some(own) = para_last.filter(|&(_, u)| u == t) {
            // "The ministry's update put it bluntly:" with no day of its
            // own: the update the text last cited that agency for, when
            // it gave the day.
            if let (Attr::Known(mi), true) = (own.0, self.usable_dates(self.date_range(t)).next().is_none()) {
                let agency = self.mentions[mi].agency;
                let earlier = (t.saturating_sub(6)..t)
                    .rev()
                    .find(|&u| self.own_agency(u) == Some(agency) && self.reported_date(u).is_some());
                if let Some(u) = earlier {
                    return Some((own.0, u));
                }
            }
            return Some(own);
        }
        let start = self.sentences[t].toks().start;
        if let Some(mi) = self.mention_range(t).find(|&mi| self.mentions[mi].toks.start < start + 4) {
            return Some((Attr::Known(mi), t));
        }
        let colon = self.sentences[t].toks().end - 1;
        if colon > start && doc.has(colon - 1, Class::ReportingVerb) {
            return Some((Attr::Unknown, t));
        }
        para_last
    }

    /// Whether sentence `si` opens the line right under a row of cells
    /// set apart by runs of spaces, with no blank line between: the
    /// table's next row, or the line under it.
    fn under_spaced_row(&self, si: usize) -> bool {
        let doc = self.doc;
        let Some(t) = doc.toks.get(self.sentences[si].toks().start) else { return false };
        if si == 0 || t.newlines() != 1 {
            return false;
        }
        let Some(prev_end) = doc.text[..t.start()].rfind('\n') else { return false };
        let prev_start = doc.text[..prev_end].rfind('\n').map_or(0, |p| p + 1);
        is_spaced_row(&doc.text[prev_start..prev_end])
    }

    /// The agency a line labelled "Source:" names first ("• Source: NIS,
    /// 13 Jan", "Sources: UK MoD; ISW").
    fn source_label(&self, si: usize) -> Option<usize> {
        let doc = self.doc;
        let toks = self.sentences[si].toks();
        // "(Source: General Staff …)" in brackets too, on its own line
        // under a heading the sentence runs on from.
        // The first line so labelled decides, naming an agency or not.
        let k = toks.clone().filter(|&j| doc.opens_line(j)).find_map(|line| {
            let k = if bullet_at(doc, line) || doc.is_punct(line, '(') { line + 1 } else { line };
            doc.source_label_at(k).then_some(k)
        })?;
        self.labelled_source(si, k)
    }

    /// The cue of the clause at `pos` (see `attribution::choose`), unless
    /// it is a relative clause's source that tells only the figure it
    /// follows ("more than a quarter of the 13,000 that the NIS says were
    /// shipped"): for a figure ending before that one's number
    /// (`figure_end`), or for the sentence as a whole, the best of the
    /// others.
    fn choose_cue(&self, cues: &[Cue], pos: usize, figure_end: usize) -> Option<Cue> {
        let cue = attribution::choose(cues, pos, &self.clauses)?;
        match self.relative_source_of(&cue) {
            Some(told) if figure_end <= told => {
                let others: Vec<Cue> = cues.iter().filter(|c| c.source != cue.source).copied().collect();
                attribution::choose(&others, pos, &self.clauses)
            }
            _ => Some(cue),
        }
    }

    /// For a listed source in a relative clause right after a figure
    /// ("the 13,000 that the NIS says", "4,000 troops, which HUR
    /// estimates"), the figure's number.
    fn relative_source_of(&self, cue: &Cue) -> Option<usize> {
        let doc = self.doc;
        let Source::Known(mi) = cue.source else { return None };
        let m = &self.mentions[mi];
        let mut k = m.toks.start;
        if k > 0 && doc.is(k - 1, "the") {
            k -= 1;
        }
        // Asked for every figure: the cheap test first.
        if k < 2 || !doc.is_any(k - 1, &["that", "which"]) || !doc.has(m.after, Class::SpeechVerb) {
            return None;
        }
        // The figure, or the figure and the one word it counts; not a
        // date's number ("told on 3 March that the NIS says"), nor a
        // clause after a comma that comments on the whole statement.
        let mut end = k - 1;
        if end >= 2 && doc.is_word(end - 1) && doc.is_num(end - 2) {
            end -= 1;
        }
        (end >= 1 && doc.is_num(end - 1) && !self.blocked[end - 1]).then_some(end - 1)
    }

    /// A listed agency opening a bracket of sentence `si` before a noun
    /// for what it publishes: "(General Staff data, change in brackets)",
    /// "(NIS estimates)".
    fn bracketed_source(&self, si: usize) -> Option<usize> {
        let doc = self.doc;
        self.mention_range(si).find(|&mi| {
            let m = &self.mentions[mi];
            m.toks.start > 0
                && doc.is_punct(m.toks.start - 1, '(')
                && doc.has(m.toks.end, Class::ReportNoun)
                && doc.punct(m.toks.end + 1).is_some_and(|c| matches!(c, ')' | ','))
        })
    }

    /// For a "Source:" label at token `k` of sentence `si` (see
    /// `Doc::source_label_at`): the listed agency it names first ("Source: NIS",
    /// "Sources: the JCS").
    fn labelled_source(&self, si: usize, k: usize) -> Option<usize> {
        let doc = self.doc;
        let first = k + 2 + usize::from(doc.is(k + 2, "the"));
        self.mention_range(si).find(|&mi| self.mentions[mi].toks.start == first)
    }

    /// "“… over 5,000 casualties …”" then "— @DefenceHQ, 28 Mar 2025": the
    /// date a quoted post's credit line gives, for the figures of the
    /// quotation (sentence `si` or one that goes on to close it) above it.
    fn credit_line_date(&self, si: usize) -> Option<usize> {
        let doc = self.doc;
        let para = self.sentences[si].para();
        for t in si..(si + 4).min(self.sentences.len().saturating_sub(1)) {
            let next = &self.sentences[t + 1];
            if next.para() != para {
                return None;
            }
            if !self.ends_with(t, '"') {
                continue;
            }
            let credit = credit_at(doc, next.toks().start, next.toks().end);
            return if credit { self.usable_dates(self.date_range(t + 1)).next() } else { None };
        }
        None
    }

    /// A figure inside a quotation that does not close in its sentence:
    /// the source named right after the closing quote, within the next
    /// sentences of the paragraph ("…,” the British Military Intelligence
    /// assessed).
    fn quote_speaker(&self, si: usize, from: usize) -> Option<(Attr, usize)> {
        let doc = self.doc;
        let para = self.sentences[si].para();
        let first_close = |range: Range<usize>| range.into_iter().find(|&k| doc.is_punct(k, '"'));
        if first_close(from..self.sentences[si].toks().end).is_some() {
            return self.credited_speaker(si);
        }
        for t in si + 1..(si + 6).min(self.sentences.len()) {
            let s = &self.sentences[t];
            if s.para() != para {
                return None;
            }
            let Some(close) = first_close(s.toks()) else { continue };
            let cues = self.cues_of(t);
            let found = cues
                .iter()
                .find_map(|c| {
                    let near = c.pos > close && c.pos <= close + 6 && c.priority > attribution::BARE;
                    match c.source {
                        Source::Known(mi) if near => Some((Attr::Known(mi), t)),
                        Source::Unknown if near => Some((Attr::Unknown, t)),
                        _ => None,
                    }
                })
                // "…,” said Oksana Holt, a spokeswoman for the ministry": a
                // speaker named, then the body they speak for.
                .or_else(|| {
                    cues.iter().find_map(|c| match c.source {
                        Source::Known(mi) if c.said && c.pos > close && c.pos <= close + 12 => {
                            Some((Attr::Known(mi), t))
                        }
                        _ => None,
                    })
                });
            self.recycle(cues);
            return found;
        }
        None
    }

    /// "“Close to half are out of action.” — Oleksandr Syrsky, on
    /// Wednesday": the agency a credit after the quotation closing sentence
    /// `si` names, in the same paragraph.
    fn credited_speaker(&self, si: usize) -> Option<(Attr, usize)> {
        let t = si + 1;
        let next = self.sentences.get(t)?;
        if next.para() != self.sentences[si].para()
            || !self.ends_with(si, '"')
            || !credit_at(self.doc, next.toks().start, next.toks().end)
        {
            return None;
        }
        // A credit is short and names its speaker first.
        let k = next.toks().start;
        let mi = self.mention_range(t).next().filter(|&mi| self.mentions[mi].toks.start <= k + 3)?;
        (next.toks().len() <= 16).then_some((Attr::Known(mi), t))
    }

    /// Whether mention `mi` relays a figure ("as reported by Yonhap",
    /// "as reported in the Times") rather than states it.
    fn relays(&self, mi: usize) -> bool {
        let mut start = self.mentions[mi].toks.start;
        if start > 0 && self.doc.is(start - 1, "the") {
            start -= 1;
        }
        start >= 3
            && self.doc.is_any(start - 1, &["by", "in"])
            && self.doc.is(start - 2, "reported")
            && self.doc.is(start - 3, "as")
    }

    fn same_agency(&self, a: Attr, b: Attr) -> bool {
        match (a, b) {
            (Attr::Known(x), Attr::Known(y)) => self.mentions[x].agency == self.mentions[y].agency,
            _ => false,
        }
    }

    /// "1,000 of these casualties", "a third of those killed": the source
    /// of the latest figure counting what "these" names (or of the latest
    /// figure, when no noun follows).
    fn refers_back(
        &self,
        f: &FigureMatch,
        recent: &VecDeque<(Option<String>, Option<Attr>, Option<usize>)>,
    ) -> Option<(Attr, Option<usize>)> {
        let doc = self.doc;
        let k = f.toks.end;
        if !part_of_them_at(doc, k) {
            return None;
        }
        let noun = doc.word(k + 2).filter(|_| {
            doc.has(k + 2, Class::MeasureNoun)
                || doc.has(k + 2, Class::PeopleNoun)
                || doc.has(k + 2, Class::CasualtyWord)
        });
        recent
            .iter()
            .rev()
            .find(|(m, _, _)| noun.is_none_or(|n| m.as_deref() == Some(n)))
            .or_else(|| recent.back())
            .and_then(|(_, a, t)| Some(((*a)?, *t)))
    }

    /// "Approximately 1,000 of these casualties have been killed": a part
    /// of a whole counts the casualty word its clause ends on, not the
    /// whole's noun.
    fn measure_of_part(&self, f: &FigureMatch, end: usize) -> Option<String> {
        let doc = self.doc;
        let mut k = f.toks.end;
        if !(doc.is(k, "of") && doc.is_any(k + 1, &["these", "those", "the", "them", "whom"])) {
            return None;
        }
        k += 2;
        let mut nouns = 0;
        while k < end && nouns < 3 && (doc.has(k, Class::MeasureNoun) || doc.has(k, Class::PeopleNoun)) {
            k += 1;
            nouns += 1;
        }
        let mut fillers = 0;
        while k < end && fillers < 5 && doc.has(k, Class::PredicateFiller) {
            k += 1;
            fillers += 1;
        }
        let w = doc.word(k).filter(|_| doc.has(k, Class::CasualtyWord))?;
        (fillers > 0 && Some(w) != f.measure.as_deref()).then(|| w.to_string())
    }

    /// What several checks of a figure ask of its whole sentence, read
    /// in one pass over its words rather than once per figure.
    fn sentence_words(&self, s: &Sentence) -> SentenceWords {
        let doc = self.doc;
        let mut found = SentenceWords::default();
        for k in s.toks() {
            match doc.word(k) {
                Some("now") => found.now |= !self.postnominal_now(k),
                Some("currently") => found.now = true,
                Some("so") => found.now |= doc.is(k + 1, "far"),
                Some("to") => found.now |= doc.is(k + 1, "date"),
                Some("also") if found.first_also.is_none() => found.first_also = Some(k),
                Some("our" | "my") => {
                    found.ours = true;
                    found.first_person = true;
                }
                // "the graphics desk's sum".
                Some("this" | "desk" | "newsroom") => found.ours = true,
                Some("i" | "we") => found.first_person = true,
                Some(w) if is_calculation_noun(w) => found.ours = true,
                Some("between") => found.between = true,
                // "at the time" (not "at the time of …"): the time just given.
                Some("at") => {
                    found.at_the_time |= doc.is(k + 1, "the") && doc.is(k + 2, "time") && !doc.is(k + 3, "of");
                }
                _ => {}
            }
        }
        found
    }

    /// "the troops now in Kursk": a "now" between a noun and a preposition
    /// places the noun's referents, it does not put the sentence's
    /// statement in the present ("are now in Kursk", "now stand at" do).
    fn postnominal_now(&self, k: usize) -> bool {
        let doc = self.doc;
        let Some(before) = k.checked_sub(1).and_then(|b| doc.word(b)) else {
            return false;
        };
        let verbal = is_predicate_filler(before)
            || matches!(before, "and" | "or" | "but" | "that" | "which" | "who" | "it" | "they" | "there");
        !verbal && doc.is_any(k + 1, &["in", "inside", "at", "on", "near", "along", "across", "under", "with"])
    }

    /// "More than 5,000 …, the ministry says." then "About a third of them
    /// …, according to the ministry's update, published on Friday.": the
    /// next sentence (in the same paragraph or the next) goes on with the
    /// same agency's statement, referring back to it, and says when it was
    /// made.
    fn next_statement_day(&self, si: usize, agency: usize, next_cues: &mut Option<Vec<Cue>>) -> Option<usize> {
        let next = self.sentences.get(si + 1)?;
        if next.para() > self.sentences[si].para() + 1 || self.is_bullet(si) || self.is_bullet(si + 1) {
            return None;
        }
        let day = self.reported_date(si + 1)?;
        let doc = self.doc;
        let refers_back = attribution::opens_with_anaphor(doc, next) || next.toks().any(|k| part_of_them_at(doc, k));
        if !refers_back {
            // "South Korea's spy agency says some 300 … . The National
            // Intelligence Service briefed MPs in Seoul this morning.": the
            // same agency named again as the next sentence's subject, on
            // the day it gives for it, its verb right after the name (not
            // "The Pentagon had estimated 200 in December", an earlier
            // statement, nor "The NIS will publish a report in April").
            let start = next.toks().start;
            let first = self.mentions.partition_point(|m| m.toks.start < start);
            let end = next.toks().end;
            let verb = self.mentions.get(first).and_then(|m| {
                let named = m.agency == agency
                    && !m.anaphor
                    && (m.toks.start == start || m.toks.start == start + 1 && doc.is(start, "the"));
                let verb = past_aside(doc, m.after, end);
                (named && doc.word(verb).is_some_and(is_audience_verb)).then_some(verb)
            });
            // Not a sentence of figures, years or days of its own, another
            // statement ("The NIS said last year about 3,000 were sent"), nor
            // one that says what the agency said then ("told lawmakers in
            // November that the first units arrived").
            let says_more = |verb: usize| next.toks().any(|k| doc.is_num(k)) || (verb..end).any(|k| doc.is(k, "that"));
            return verb.filter(|&v| !says_more(v)).and_then(|_| self.agency_day_in(si + 1, agency));
        }
        let cues = next_cues.get_or_insert_with(|| self.cues_of(si + 1));
        let same = cues.iter().any(|c| matches!(c.source, Source::Known(m) if self.mentions[m].agency == agency));
        same.then_some(day)
    }

    /// "X said" in the next sentence of the same paragraph, with what
    /// decides which figures before it X's words cover (see
    /// [`Following::covers`]). The next sentence's cues are kept for when
    /// it is read.
    fn following_speaker(&self, si: usize, next_cues: &mut Option<Vec<Cue>>) -> Option<Following> {
        let next = self.sentences.get(si + 1)?;
        if next.para() != self.sentences[si].para() || self.is_bullet(si) || self.is_bullet(si + 1) {
            return None;
        }
        let doc = self.doc;
        let toks = next.toks();
        // A caption's credit after it: "Chart: … rose to about 4,700.
        // Source: NIS briefings to the National Assembly".
        if doc.source_label_at(toks.start) {
            let mi = self.labelled_source(si + 1, toks.start)?;
            return Some(Following { speaker: (Attr::Known(mi), si + 1), values: Vec::new(), refers_back: true });
        }
        let cues = next_cues.get_or_insert_with(|| self.cues_of(si + 1));
        // "The British Ministry of Defence said no such thing.", "… did
        // not say so": a denial, not a source ("no fewer than" is none).
        let denied = |verb: usize| {
            (verb.saturating_sub(3).max(next.toks().start)..(verb + 3).min(next.toks().end)).any(|k| {
                doc.is_any(k, &["not", "never", "nothing", "denied"])
                    && !(doc.is(k, "not")
                        && doc.is_any(k + 1, &["fewer", "less", "more", "over", "under", "below", "above"]))
                    || doc.is(k, "no") && doc.is(k + 1, "such")
            })
        };
        // "That figure was given to lawmakers by the NIS": the figure
        // before, named as given by a source.
        let given_by = |mi: usize| {
            let start = self.mentions[mi].toks.start;
            let by = start.checked_sub(1 + usize::from(start >= 1 && doc.is(start - 1, "the")));
            doc.is_any(toks.start, &["that", "this"])
                && doc.word(toks.start + 1).is_some_and(|w| attribution::FIGURE_NOUNS.contains(&w))
                && by.is_some_and(|b| {
                    doc.is(b, "by")
                        && (toks.start + 2..b)
                            .take_while(|&j| doc.punct(j).is_none())
                            .any(|j| doc.is_any(j - 1, &["was", "were"]) && doc.word(j).is_some_and(is_giving_verb))
                })
        };
        let speaker = cues.iter().find_map(|c| match c.source {
            // A relative clause's source tells only the figure it follows.
            Source::Known(mi) if (c.said || given_by(mi)) && !denied(c.pos) && self.relative_source_of(c).is_none() => {
                Some((Attr::Known(mi), si + 1))
            }
            _ => None,
        })?;
        let mut own = Vec::new();
        figures::find_into(doc, next.toks(), &self.blocked, &mut own);
        // "Russia also lost 12 artillery systems", "some 4,000 of them":
        // going on with what was said before.
        let refers_back = doc.is_any(toks.start, &["that", "this", "these", "those"])
            || toks.clone().any(|k| {
                doc.is_any(k, &["the", "that", "this"])
                    && doc.is_any(k + 1, &["figure", "number", "toll", "tally", "estimate", "count", "total"])
                    || doc.is(k, "also")
                    || part_of_them_at(doc, k)
            });
        Some(Following { speaker, values: own.iter().map(|f| f.value).collect(), refers_back })
    }

    /// Of the dates `range` (one sentence's), those that can date a
    /// figure: resolved, not the start of a period, not after publication.
    fn usable_dates(&self, range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        range.filter(|&d| self.usable(d))
    }

    fn usable(&self, d: usize) -> bool {
        let m = &self.dates[d];
        !matches!(m.role, Role::Since | Role::Baseline | Role::Life)
            && m.value.is_some_and(|v| m.ahead || self.published.is_none_or(|p| v.value <= p))
    }

    /// A date right after the figure in the same clause: "11,000 troops
    /// sent last autumn", "4,000 casualties as of mid-January". After a
    /// share it dates the whole ("a fifth of the ground they took in
    /// August") and is kept from the share. `range`: the sentence's dates.
    fn local_date(&self, range: Range<usize>, f: &FigureMatch, next_core: Option<usize>) -> Local {
        let doc = self.doc;
        // Dates are in text order: only those starting within 17 tokens
        // after the figure can qualify, room for what it counts ("58 North
        // Korean-made KN-23 and KN-24 missiles at Ukraine between …").
        let near = index_range(&self.dates[range.clone()], |d| d.toks.start, f.toks.end..f.toks.end + LOCAL_DATE_REACH);
        // A date opening a series' next item: a colon or a number right
        // after it ("Apr 2025: about 4,700", "Q3 2024 about 50%").
        let opens_item = |end: usize| {
            doc.is_punct(end, ':') || (end..end + 2).take_while(|&j| doc.punct(j).is_none()).any(|j| doc.is_num(j))
        };
        let found = (range.start + near.start..range.start + near.end).find(|&d| {
            let t = &self.dates[d].toks;
            self.usable(d)
                && !self.dates[d].dateline
                && next_core.is_none_or(|n| n >= t.start)
                && ((f.toks.end..t.start).all(|k| {
                    // A separator of a series' items before a date that opens
                    // the next item ("Jan 2025: about 3,000 · Apr 2025: …")
                    // too: the next item's date is not this one's (but "3,000
                    // · Jan 2025 | 4,700" dates each by the date after it).
                    !(doc.punct(k).is_some_and(|c| {
                        matches!(c, ',' | ';' | '(' | ')' | '\u{2014}' | '\u{2013}' | ':')
                            || figures::is_post_separator(c) && opens_item(t.end)
                    }) || doc.is_punct(k, '-') && doc.toks.get(k).is_some_and(|tk| tk.space()))
                }) || in_citation(doc, f.toks.end..t.start))
        });
        match found {
            None => Local::None,
            Some(d)
                if f.kind == FigureKind::Ratio
                    && (f.toks.end..self.dates[d].toks.start).any(|k| doc.is(k, "of"))
                    && !self.share_takes_whole_date(f, self.dates[d].toks.start) =>
            {
                Local::Base(d)
            }
            Some(d) => Local::Figure(d),
        }
    }

    /// A survey's sample: "a poll of 1,010 adults", "(n = 1,204)", whose
    /// date `d` goes on to a verb of its findings ("… in late March found"),
    /// not "a poll of 1,000 in 2019, 72 per cent now".
    fn is_survey_sample(&self, f: &FigureMatch, d: usize) -> bool {
        let doc = self.doc;
        let after = self.dates[d].toks.end;
        let finds = (after..after + 3)
            .take_while(|&j| !doc.is_num(j) && !doc.is_punct(j, ';'))
            .any(|j| doc.has(j, Class::ReportingVerb));
        if !finds {
            return false;
        }
        let k = f.toks.start;
        let of_survey = k >= 2
            && doc.is(k - 1, "of")
            && (k.saturating_sub(4)..k - 1).any(|j| doc.word(j).is_some_and(is_survey_noun));
        let n_equals = k >= 2 && doc.is_punct(k - 1, '=') && doc.is(k - 2, "n");
        of_survey || n_equals
    }

    /// Whether a date after a share's whole dates the share too: when
    /// the whole is a plain noun phrase, the date goes with the verb
    /// ("retook a third of the salient in the week to March 9"); when a
    /// clause of its own describes the whole ("a fifth of the ground they
    /// took in August", "half of the force sent last year has been …"),
    /// only the whole, unless the share is an aside with no verb of its
    /// own ("— 60 percent of the shells Russia fired last year —").
    fn share_takes_whole_date(&self, f: &FigureMatch, date_start: usize) -> bool {
        let doc = self.doc;
        let aside = f.toks.start > 0 && doc.punct(f.toks.start - 1).is_some_and(|c| matches!(c, '\u{2014}' | '('));
        let clause_of_its_own = (f.toks.end..date_start).any(|k| {
            let Some(w) = doc.word(k) else { return false };
            // "Ukrainian-held": a compound adjective, not a clause.
            let compound = k > 0 && doc.is_punct(k - 1, '-') && doc.toks.get(k - 1).is_some_and(|t| !t.space());
            !compound
                && (w.ends_with("ed")
                    || is_irregular_participle(w)
                    || is_predicate_filler(w)
                    || matches!(w, "that" | "which" | "who" | "they" | "it" | "he" | "she" | "we"))
        });
        // "half of the rounds Russia fired in September": what was spent
        // in a period is that period's, and so is its share.
        let spent_in_period = (f.toks.end..date_start).any(|k| doc.word(k).is_some_and(is_expenditure_verb));
        aside || spent_in_period || !clause_of_its_own
    }

    /// The date of a figure from its clause: as-of (anywhere in the
    /// sentence), else reported, else another date that does not belong to
    /// another figure, else the dateline. `range`: the sentence's dates;
    /// `taken`: those that belong to other figures (sorted); `starts`:
    /// where the sentence's figures start; `opens`: the sentence's first
    /// token.
    fn clause_date(
        &self,
        range: Range<usize>,
        opens: usize,
        f: &FigureMatch,
        taken: &[usize],
        starts: &[usize],
    ) -> Option<usize> {
        let clause = self.clauses.get(f.core.start);
        // An as-of date reaches the other clauses of its sentence unless
        // its own clause has figures for it to date ("…; Syrsky said
        // nearly half … by late January").
        let doc = self.doc;
        // "…, and roughly a third of them": a part of a figure before it,
        // dated as that figure is.
        let part_of_earlier = part_of_them_at(doc, f.toks.end);
        let dates_own_figures = |m: &DateMention| {
            let c = self.clauses.get(m.toks.start);
            !(part_of_earlier && m.toks.start < f.toks.start)
                && starts.iter().any(|&k| k != f.toks.start && self.clauses.get(k) == c)
        };
        let distance = |d: usize| {
            let t = &self.dates[d].toks;
            if t.start >= f.toks.end { t.start - f.toks.end } else { f.toks.start.saturating_sub(t.end) }
        };
        // "more than a third of the 11,000 troops Pyongyang is assessed to
        // have sent in autumn 2024": a date in the clause that describes a
        // share's whole is the whole's, beyond the reach of a local date.
        let share_of = f.kind == FigureKind::Ratio
            && doc.is(f.toks.end, "of")
            && starts.iter().any(|&k| k > f.toks.end && k <= f.toks.end + 3);
        // "a similar range \u{2014} some 11,000 to 12,000 \u{2014} in early
        // December": a figure set off by dashes is the clause's around
        // them, whose date comes after the closing one.
        let dash = |k: usize| doc.is_punct(k, '\u{2014}');
        // Only an aside of the figure and what it counts ("— about 2,000
        // troops —"), not "— who stole $12 million from clients —".
        // "of" may follow the figure ("— roughly 1% of its army —"), not
        // lead to it ("— scorer of 31 goals —").
        let plain_aside = |k: usize| {
            (doc.is_word(k) || doc.is_num(k)) && !doc.is_any(k, &["who", "which", "that", "from", "for", "by", "with"])
        };
        let opening_dash = (f.toks.start.saturating_sub(4).max(opens + 1)..f.toks.start)
            .rev()
            .take_while(|&k| dash(k) || plain_aside(k) && !doc.is(k, "of"))
            .find(|&k| dash(k));
        let outer_clause = opening_dash.map(|k| self.clauses.get(k - 1));
        let after_aside = |m: &DateMention| {
            outer_clause.is_some_and(|c| self.clauses.get(m.toks.start) == c)
                && m.toks.start > f.toks.end
                && (f.toks.end..m.toks.start).filter(|&k| dash(k)).count() == 1
                && (f.toks.end..m.toks.start).take_while(|&k| !dash(k)).all(plain_aside)
                && (m.toks.start.saturating_sub(2)..m.toks.start).any(dash)
        };
        // "totaled 240.6 billion dollars in 2024, up 2.3 percent": the
        // change of the figure the date before it dates, over that period.
        // Not a comparison's base: "against 8.4 million in 2019, up 9.5
        // percent", "double the level of 2015, up 4 percent", "higher than
        // in 2020, up 2 percent".
        let base = |k: usize| doc.is_any(k, &["against", "than", "versus", "vs", "from", "with", "of", "after"]);
        let change_over = |m: &DateMention| {
            // The figure the date dates: the last to start before it.
            let dated = || starts[..starts.partition_point(|&k| k < m.toks.start)].last();
            doc.is_punct(m.toks.end, ',')
                && doc.is_any(m.toks.end + 1, &["up", "down"])
                && f.toks.start == m.toks.end + 2
                && !(m.toks.start.saturating_sub(2).max(opens)..m.toks.start).any(base)
                && dated().is_some_and(|&k| !(k.saturating_sub(2).max(opens)..k).any(base))
        };
        // "rose 29.6% in the first half of 2025 to $1.26 billion": the level
        // a change reached, over the change's period. Not "rose from 1,000
        // in January to 1,500", whose date is the start's.
        let change_to = |m: &DateMention| {
            let dated = || starts[..starts.partition_point(|&k| k < m.toks.start)].last();
            doc.is(m.toks.end, "to")
                && f.toks.start == m.toks.end + 1
                && dated().is_some_and(|&k| {
                    let before = k.saturating_sub(2).max(opens)..k;
                    before.clone().any(|j| doc.has(j, Class::RiseVerb))
                        && !before.into_iter().any(|j| doc.is(j, "from"))
                })
        };
        // "about 30 percent … over the winter, a share he said had since
        // fallen to below one fifth": "has since" moves the figure after
        // it past every date before it but the day it was said ("said on
        // Wednesday that the figure had since risen to about 250"); not
        // "In January the toll, which has
        // since risen, was 300": an aside of its own).
        // Looked for a few words back only, so that a sentence of many
        // figures is read in linear time.
        let moved_on = (f.toks.start.saturating_sub(SINCE_REACH).max(opens + 1)..f.toks.start)
            .rfind(|&k| {
                doc.is(k, "since")
                    && doc.is_any(k - 1, &["has", "have", "had"])
                    // A participle after it ("had since fallen"), not "had
                    // since its founding in 1990 housed …".
                    && doc.word(k + 1).is_some_and(|w| w.ends_with("ed") || w.ends_with("en") || is_irregular_participle(w))
            })
            .filter(|&k| !(k..f.toks.start).any(|j| doc.is_punct(j, ',')))
            // Nor "the toll that has since climbed stood at 300".
            .filter(|&k| !(k.saturating_sub(3).max(opens)..k).any(|j| doc.is_any(j, &["that", "which", "who"])));
        let candidates = || {
            self.usable_dates(range.clone()).filter(move |&d| {
                let m = &self.dates[d];
                (taken.binary_search(&d).is_err() || change_over(m) || change_to(m))
                    // Not an as-of "by June" ("by June it had since lost
                    // 400").
                    && moved_on.is_none_or(|k| {
                        m.toks.start > k || m.reported || m.toks.start > 0 && doc.is(m.toks.start - 1, "by")
                    })
                    && !(share_of
                        && m.role != Role::AsOf
                        && m.toks.start > f.toks.end
                        && !self.share_takes_whole_date(f, m.toks.start))
                    && (self.clauses.get(m.toks.start) == clause
                        || after_aside(m)
                        || m.dateline
                        // "In January, the NIS said 300 and the JCS said
                        // 400", "In total on 8 February, two were killed
                        // …, and 31 houses were damaged": a date that opens
                        // the sentence, before its comma, covers all of it
                        // (not "Today, if London is right, …", which is
                        // the writer's present).
                        // "In our reader poll last week, 62% …; 21% …": a
                        // few words may lead to it.
                        || m.toks.start <= opens + 6
                            && !doc.is_any(m.toks.start, &["today", "now", "tonight"])
                            && (opens..m.toks.start).all(|k| doc.is_word(k))
                            && doc.is_punct(m.toks.end, ',')
                            // Past a semicolon only to a clause with no time
                            // of its own ("…; 21% sided with Kyiv", not "…;
                            // this time pollsters expect 60%", "…; the share
                            // has since fallen to 25%").
                            && (m.toks.end..f.toks.start)
                                .rfind(|&k| doc.is_punct(k, ';'))
                                .is_none_or(|k| !self.clause_has_own_time(k + 1))
                            // "Compared with the same quarter in 2024, …":
                            // the date of the comparison's base.
                            && !doc.is_any(opens, &["compared", "unlike", "against"])
                        || m.role == Role::AsOf && !dates_own_figures(m))
            })
        };
        let nearest = |pred: &dyn Fn(&DateMention) -> bool| {
            candidates().filter(|&d| pred(&self.dates[d])).min_by_key(|&d| distance(d))
        };
        // "2,000, drawn from the brigades that were mauled in January": a
        // plain date in a relative clause after the figure dates that
        // clause's event.
        // Not "Two governments that trade intelligence could not agree
        // this week": the clause must hang on a later noun.
        // "about 4,000 — the level London had reported two months
        // earlier": a date in an aside after a dash is the aside's.
        // Not "11,000 — troops sent in October, per Seoul": a figure that
        // opens its line, the dash introducing what it counts.
        // "• 11,000 — troops sent in October": after a bullet too.
        let heads_line = doc.opens_line(f.toks.start) || f.toks.start > 0 && bullet_at(doc, f.toks.start - 1);
        let in_aside = |d: &DateMention| {
            !heads_line && d.toks.start > f.toks.end && (f.toks.end..d.toks.start).any(dash) && !after_aside(d)
        };
        let in_relative = |d: &DateMention| {
            let rel = (f.toks.end..d.toks.start).find(|&k| doc.is_any(k, &["that", "which", "who", "whose", "where"]));
            rel.is_some_and(|r| {
                (f.toks.end..r)
                    .any(|k| doc.is_punct(k, ',') || doc.is_any(k, &["from", "of", "in", "by", "with", "at", "on"]))
            })
        };
        nearest(&|d| d.role == Role::AsOf || change_to(d))
            .or_else(|| nearest(&|d| d.reported && !d.dateline && !in_aside(d)))
            .or_else(|| nearest(&|d| !d.reported && !in_relative(d) && !in_aside(d)))
            .or_else(|| nearest(&|d| d.dateline))
    }

    /// The clause from token `from` to its semicolon or full stop says a
    /// time of its own: a date, or a word that moves the time ("now",
    /// "since", "this time", "next").
    fn clause_has_own_time(&self, from: usize) -> bool {
        let doc = self.doc;
        let end = (from..from + 60)
            .find(|&j| j >= doc.len() || doc.punct(j).is_some_and(|c| matches!(c, ';' | '.' | '?' | '!')))
            .unwrap_or(from + 60);
        let first_date = self.dates.partition_point(|d| d.toks.start < from);
        self.dates.get(first_date).is_some_and(|d| d.toks.start < end)
            || (from..end).any(|j| {
                doc.word(j).is_some_and(is_time_shift_word) || doc.is(j, "this") && doc.is_any(j + 1, &["time", "year"])
            })
    }

    /// The date a whole sentence gives: as-of, else reported, else the last
    /// other date. `range`: the sentence's dates.
    fn sentence_date(&self, range: Range<usize>) -> Option<usize> {
        let all = || self.usable_dates(range.clone());
        all()
            .find(|&d| self.dates[d].role == Role::AsOf)
            .or_else(|| self.reported_in(range.clone()))
            .or_else(|| all().filter(|&d| !self.dates[d].reported && !self.compared_date(d)).last())
            .or_else(|| all().find(|&d| !self.compared_date(d)))
    }

    /// The day sentence `t` says its statement was made ("said on
    /// Thursday"), not a dateline.
    /// Whether sentence `t` names a source by pointing back at it ("the
    /// ministry said"), as a paragraph that dates the one before does.
    fn names_back(&self, t: usize) -> bool {
        let toks = self.sentences[t].toks();
        let first = self.mentions.partition_point(|m| m.toks.start < toks.start);
        self.mentions[first..].iter().take_while(|m| m.toks.start < toks.end).any(|m| m.anaphor)
    }

    fn reported_date(&self, t: usize) -> Option<usize> {
        self.reported_in(self.date_range(t))
    }

    /// The day the speaker of sentence `t` spoke: given there, or in one
    /// of the three sentences before it in its paragraph that go on with
    /// the same speaker (“…,” he told the session on Thursday. By his
    /// count 3,000 came in January. He added …).
    fn speakers_day(&self, t: usize) -> Option<usize> {
        let para = self.sentences[t].para();
        let agency = self.own_agency(t);
        let mut u = t;
        loop {
            if let Some(d) = self.reported_date(u) {
                return Some(d);
            }
            if u == 0 || t - u >= 3 || self.sentences[u - 1].para() != para {
                return None;
            }
            u -= 1;
            if self.own_agency(u).is_some_and(|a| agency.is_some_and(|b| a != b)) {
                return None;
            }
        }
    }

    /// The day sentence `t` says `agency` spoke: the first reported date
    /// after a mention of it with no other agency named between.
    fn agency_day_in(&self, t: usize, agency: usize) -> Option<usize> {
        let toks = self.sentences[t].toks();
        let first = self.mentions.partition_point(|m| m.toks.start < toks.start);
        let in_sentence = self.mentions[first..].iter().take_while(|m| m.toks.start < toks.end);
        let mut from = None;
        let mut spoke = None;
        for m in in_sentence {
            if m.agency == agency {
                from = Some(m.after);
            } else if let Some(start) = from {
                spoke = Some(start..m.toks.start);
                break;
            }
        }
        let window = spoke.or_else(|| from.map(|start| start..toks.end))?;
        self.date_range(t).find(|&d| {
            self.usable(d)
                && self.dates[d].reported
                && !self.dates[d].dateline
                && window.contains(&self.dates[d].toks.start)
                && !self.compared_date(d)
        })
    }

    /// The first date among `range` (a sentence's dates) that says when a
    /// statement was made, a dateline aside.
    fn reported_in(&self, range: Range<usize>) -> Option<usize> {
        self.usable_dates(range).find(|&d| self.dates[d].reported && !self.dates[d].dateline && !self.compared_date(d))
    }

    /// A date right after a figure set against another ("up from the
    /// 3,000 it gave on Monday", "a figure it had put at about 600 early
    /// this month"): the day of that figure, not of the statement.
    fn compared_date(&self, d: usize) -> bool {
        let doc = self.doc;
        let start = self.dates[d].toks.start;
        let mut k = start;
        while k > 0 && start - k < 6 {
            k -= 1;
            if doc.is_num(k) {
                return compared_before(doc, k);
            }
            if doc.punct(k).is_some_and(|c| matches!(c, ',' | ';' | '.' | ':')) {
                return false;
            }
        }
        false
    }

    /// The date sentence `t` lends: its figures' if it had any, else its
    /// own. A plan's "next year" is its own figure's and lends nothing.
    fn date_of(&self, t: usize) -> Option<usize> {
        self.date_of_sentence(t).filter(|&d| !self.dates[d].ahead)
    }

    fn date_of_sentence(&self, t: usize) -> Option<usize> {
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

    /// Sentence `t` tells of a statement its agency had made before the
    /// one the story reports: "The agency had told the same committee on
    /// April 30 that …", "the ministry had earlier said".
    fn recalls_earlier(&self, t: usize) -> bool {
        let doc = self.doc;
        let Some(mi) = self.read.get(t).and_then(|r| r.own_known.get()) else { return false };
        let after = self.mentions[mi].after;
        (after..after + 3).take_while(|&j| doc.is_word(j)).any(|j| {
            doc.is(j, "had") && (j + 1..j + 3).take_while(|&v| doc.is_word(v)).any(|v| doc.has(v, Class::ReportingVerb))
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
        let also = first_also.is_some_and(|k| self.mentions[mention].after + 2 >= k);
        let mut t = si;
        while t > 0 && self.sentences[t - 1].para() == para && si - t < 8 {
            t -= 1;
            // The relayed speaker only for the sentence right after, its
            // name then "said" ("“…,” Peskov said", "The agency
            // estimated"), not "has previously said" nor "says", a
            // statement of another time.
            let after = self.mentions[mention].after;
            let past_report = self.doc.is_any(after, &["said", "added"])
                || self.doc.has(after, Class::ReportingVerb) && self.doc.word(after).is_some_and(|w| w.ends_with("ed"));
            let relayed = (t + 1 == si && past_report)
                .then(|| self.read.get(t).and_then(|r| r.relayed.get()))
                .flatten()
                .map(|mi| self.mentions[mi].agency);
            if self.own_agency(t) != Some(agency) && relayed != Some(agency) {
                continue;
            }
            // "X also estimates": a further statement, made when X made
            // the last one (the day it was reported), not as of the date
            // the last figure describes.
            let reported = also.then(|| self.reported_date(t)).flatten();
            if let Some(d) = reported.or_else(|| self.date_of(t)) {
                return Some(d);
            }
        }
        if first_in_para
            && attribution::opens_with_anaphor(self.doc, &self.sentences[si])
            && let Some((_, t)) = prev_para_last
        {
            // "The update, posted on the ministry's X account, added …":
            // the statement itself, made on the day it was reported, not
            // as of the period the last figure before it described.
            if attribution::opens_with_statement(self.doc, &self.sentences[si])
                && let Some(d) = self.statement_day(si, agency, StatementWalk { added: false, one_day: true })
            {
                return Some(d);
            }
            return self.date_of(t);
        }
        // "The ministry said …" opening a paragraph after one that cited
        // the ministry: the same statement, made that day.
        if first_in_para
            && self.mentions[mention].anaphor
            && let Some((Attr::Known(prev), t)) = prev_para_last
            && self.mentions[prev].agency == agency
            && !self.recalls_earlier(t)
        {
            // The day the statement was made, further back if the last
            // sentence gives none ("told lawmakers Wednesday", then "…
            // engineers who arrived in August, he said"), before the date
            // the last figure describes.
            return self
                .reported_date(t)
                .or_else(|| self.statement_day(si, agency, StatementWalk { added: false, one_day: true }))
                .or_else(|| self.date_of(t));
        }
        // "Syrskyi added that …" opening the paragraph, then "He said …":
        // the paragraph goes on with X's statement as "also" does.
        // Not "The Pentagon added 500 troops": a statement follows the verb.
        let added = {
            let m = &self.mentions[mention];
            let doc = self.doc;
            let verb_end = if doc.is_any(m.after, &["added", "adds"]) {
                Some(m.after + 1)
            } else if doc.is(m.after, "went") && doc.is(m.after + 1, "on") {
                Some(m.after + 2)
            } else {
                None
            };
            verb_end.is_some_and(|k| doc.is(k, "that") || doc.punct(k).is_some()) && {
                let at = self.sentences.partition_point(|x| x.toks().end <= m.toks.start);
                at < self.sentences.len()
                    && self.sentences[at].para() == para
                    && (at == 0 || self.sentences[at - 1].para() != para)
            }
        };
        // "X also said", "X also reported": the same statement as X's
        // latest ones in the previous paragraphs, made on the day one of
        // them gives ("told reporters on Thursday", then "…,” the JCS said
        // in a text message"), else as of the latest's date.
        // Past a statement X had made before ("The agency had told the
        // same committee on April 30 …"), which is not the one the story
        // reports, to the one it does ("told lawmakers on Thursday").
        if first_in_para && also || added {
            return self.statement_day(si, agency, StatementWalk { added, one_day: false });
        }
        // "Lee said the spy agency believed about 11,000 …" in a paragraph
        // of a story whose lede gave the agency's statement a day ("told
        // lawmakers on Thursday"): the same statement, when the agency
        // speaks ("the agency's tallies" is no statement) and no other
        // agency's statement stands between. A month ("said in January")
        // is no one occasion.
        // "the agency's latest daily update", "according to the ministry's
        // post on X": its statement, named by what it put out. "post",
        // "release" only after "according to" or "in" ("the agency's post
        // in Kupiansk", "the ministry's release of 250 prisoners" are no
        // statements).
        let m = &self.mentions[mention];
        let doc = self.doc;
        let opener = if doc.is(m.toks.start, "the") || m.toks.start == 0 || !doc.is(m.toks.start - 1, "the") {
            m.toks.start
        } else {
            m.toks.start - 1
        };
        let cited =
            opener >= 2 && (doc.is(opener - 1, "to") && doc.is(opener - 2, "according") || doc.is(opener - 1, "in"));
        let speaks = (m.after..m.after + 3)
            .take_while(|&j| doc.is_word(j))
            .any(|j| doc.has(j, Class::ReportingVerb) && !doc.is(j + 1, "to"))
            || m.possessive
                && (m.after..m.after + 3)
                    .take_while(|&j| doc.is_word(j))
                    .any(|j| doc.word(j).is_some_and(|w| is_statement_noun(w) || cited && is_published_noun(w)));
        if m.anaphor
            && speaks
            && let Some(d) = self.statement_day(si, agency, StatementWalk { added: false, one_day: true })
        {
            return Some(d);
        }
        // The same agency named again (not "the agency") after it was cited
        // in the paragraph before on a day the text gives ("the JCS stated
        // on Mar. 27 …" then "According to the Joint Chiefs of Staff, …"):
        // the same statement.
        // Past a signed comment only for the report it named ("the MoD
        // post says" in a reply), not for another writer's own word on
        // the agency.
        if para > 0 && !self.mentions[mention].anaphor {
            let report = self.doc.has(self.mentions[mention].after, Class::ReportNoun);
            let mut t = si;
            while t > 0 && self.sentences[t - 1].para() + 1 >= para && si - t < 8 && (report || !self.signed_off(t - 1))
            {
                t -= 1;
                if self.own_agency(t) == Some(agency) {
                    return self
                        .date_range(t)
                        .find(|&d| self.usable(d) && self.dates[d].reported && !self.dates[d].dateline);
                }
            }
        }
        None
    }

    /// The day of `agency`'s statement that sentence `si` goes on with,
    /// read back over at most `STATEMENT_REACH` sentences: the day the
    /// latest of its statements was reported, past one it had made before
    /// ("The agency had told the same committee on April 30 …") to the one
    /// the story reports ("told lawmakers on Thursday"). See
    /// `StatementWalk` for what each caller accepts.
    fn statement_day(&self, si: usize, agency: usize, walk: StatementWalk) -> Option<usize> {
        let one_day =
            |d: usize| self.dates[d].value.is_some_and(|v| v.precision == DatePrecision::Day && v.end.is_none());
        let mut latest = None;
        let mut earlier = None;
        for t in (si.saturating_sub(STATEMENT_REACH)..si).rev() {
            // "X added": X's day where X is named beside another agency
            // ("X said on Tuesday, as Y reported …").
            if walk.added
                && let Some(d) = self.agency_day_in(t, agency)
            {
                return Some(d);
            }
            match self.own_agency(t) {
                Some(a) if a == agency => match self.reported_date(t).filter(|&d| !walk.one_day || one_day(d)) {
                    Some(d) if !self.recalls_earlier(t) => return Some(d),
                    Some(d) => {
                        earlier.get_or_insert(d);
                    }
                    None => {
                        latest.get_or_insert(t);
                    }
                },
                // Another agency's statement ends X's (but "X added" goes
                // back to X's statement past others' asides).
                Some(_) if walk.one_day || latest.is_some() && !walk.added => break,
                _ => {}
            }
        }
        if walk.one_day {
            return None;
        }
        latest.and_then(|t| self.date_of(t)).or(earlier)
    }

    /// The day a speaker no listed agency is spoke, where sentence `si`
    /// names it again at its verb `verb` ("the service added", "Marchenko
    /// said", "…, said the regional governor"): the day reported in the
    /// latest of the `STATEMENT_REACH` sentences before, in its paragraph
    /// or the one before, whose speech verb it stands right before (or
    /// before the comma that closes an aside). The nearest such sentence
    /// decides, dated or not.
    fn unlisted_speaker_day(&self, si: usize, verb: usize) -> Option<usize> {
        let doc = self.doc;
        let s = self.sentences[si].toks();
        let head = match verb.checked_sub(1) {
            Some(b) if b >= s.start && doc.is_word(b) => b,
            // Inverted: the last word of a short phrase after the verb
            // that ends its clause ("…,” said the regional governor."),
            // not "said she had counted 12".
            _ => {
                let end = (verb + 1..(verb + 6).min(s.end)).find(|&k| !doc.is_word(k)).unwrap_or(s.end);
                let ends_clause = end >= s.end || doc.punct(end).is_some();
                (ends_clause && end > verb + 1).then(|| end - 1)?
            }
        };
        let para = self.sentences[si].para();
        let word = doc.lower_of(head);
        // "according to the Open Source Centre" cites, it does not speak
        // again.
        if doc.is(verb, "according")
            || is_pronoun(word)
            || matches!(word, "and" | "but" | "then" | "who" | "which" | "that" | "the")
        {
            return None;
        }
        let reach = (si.saturating_sub(STATEMENT_REACH)..si).rev();
        reach.take_while(|&t| self.sentences[t].para() + 1 >= para).find_map(|t| {
            let r = self.sentences[t].toks();
            // The speaker's last word right before the verb, or before the
            // comma that closes an aside ("the regional governor, Oleh
            // Marchenko, wrote"): not "defence" in "the defence ministry
            // reported".
            let named = r.clone().any(|k| {
                doc.has(k, Class::SpeechVerb)
                    && [k.checked_sub(1), k.checked_sub(2).filter(|_| doc.is_punct(k - 1, ','))]
                        .into_iter()
                        .flatten()
                        .any(|j| j >= r.start && doc.lower_of(j) == word)
            });
            named.then(|| self.reported_date(t))
        })?
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
        // Counted in the text as written, where the mapped ends are.
        let text = doc.written;
        offsets.clear();
        // Ends mapped to the text as written, where a span ends in a word
        // broken at a line end.
        for f in found.iter_mut() {
            f.span = (doc.written_offset(f.span.0), doc.written_end(f.span.1));
            f.sentence = (doc.written_offset(f.sentence.0), doc.written_end(f.sentence.1));
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
            // A figure the text dates no other way stands at the day the
            // report's header gives.
            let date = f.date.or(self.header_as_of).map(|d| &self.dates[d]);
            let text_date = date.and_then(|d| {
                d.value.map(|v| ClaimDate {
                    end: v.end,
                    ..ClaimDate::new(v.value, v.precision, if d.reported { DateKind::Reported } else { DateKind::AsOf })
                })
            });
            let (claim_date, date_source) = match (text_date, self.published) {
                (Some(d), _) => (Some(d), Some(DateSource::Text)),
                (None, Some(p)) => {
                    (Some(ClaimDate::new(p, DatePrecision::Day, DateKind::Reported)), Some(DateSource::Published))
                }
                (None, None) => (None, None),
            };
            let confidence = confidence(&f, agency.is_some(), text_date.is_some());
            emit(Suggestion {
                start: to_char(f.span.0),
                end: to_char(f.span.1),
                text: doc.written_between(f.span.0, f.span.1).to_string(),
                value: f.figure.value,
                kind: f.figure.kind,
                qualifier: f.figure.qualifier,
                measure: f.figure.measure,
                subject: f.subject,
                base: f.base,
                agency,
                agency_text,
                date: claim_date,
                // The date as written, unless the publication date stands in
                // for one the text gives but cannot be resolved.
                date_text: date
                    .filter(|_| date_source != Some(DateSource::Published))
                    .map(|d| doc.text_of(d.toks.start, d.toks.end).to_string()),
                date_source,
                confidence,
                sentence: doc.written_between(f.sentence.0, f.sentence.1).to_string(),
                sentence_start: to_char(f.sentence.0),
                sentence_end: to_char(f.sentence.1),
            });
        }
    }
}

/// "to sum up", "to recap", "in summary", "all told": a sentence that says
/// it restates what came before, in its first words.
/// How many turns make a text a transcript, whose labels say who speaks.
const MIN_TURNS: usize = 3;

/// How far back from a figure "has since" is looked for ("a share he said
/// had since fallen to below one fifth").
const SINCE_REACH: usize = 12;

/// How far into a list's item its opening day may start: past the bullet
/// and a weekday ("• Wed 30 Apr — …").
const ITEM_DAY_REACH: usize = 4;

/// How many sentences (a header's lines) open a report before its header
/// is read no further.
const MAX_HEADER_SENTENCES: usize = 12;

/// "Situation Report No. 7 | As of 6 May 2025", "Key figures as at
/// 08:00, 3 March 2025": a line of the header, before the text's first
/// full stop, that says as of which day the whole report counts, the day
/// a sitrep's or a dashboard's figures stand at when the text gives them
/// none of their own. Only "as of" or "as at" before a single day that
/// ends its line, which opens the line, follows a separator or a label of
/// a few words: a headline's "Russia lost 1,200 as of Monday, Kyiv says"
/// or a period ("as of mid-May") dates no report, and a lead ending in a
/// colon ("Enemy losses as of 28.01.2025:") dates only its list.
fn header_as_of(doc: &Doc, sentences: &[Sentence], dates: &[DateMention], published: Option<Date>) -> Option<usize> {
    /// Words of a label before "as of" ("Key figures").
    const MAX_LABEL_WORDS: usize = 3;
    /// Tokens of a time between "as of" and its day ("08:00 ,").
    const MAX_TIME_TOKENS: usize = 4;
    let header_end = sentences
        .iter()
        .take(MAX_HEADER_SENTENCES)
        .position(|s| s.toks().end.checked_sub(1).is_some_and(|last| doc.is_punct(last, '.')))
        .unwrap_or(sentences.len().min(MAX_HEADER_SENTENCES));
    dates.iter().take_while(|d| d.sentence < header_end).position(|d| {
        // A day with its year, as a report's header gives it (not a
        // headline's "Curfew lifted as of Monday"), not after publication.
        let day = d.value.is_some_and(|v| {
            v.precision == DatePrecision::Day && v.end.is_none() && published.is_none_or(|p| v.value <= p)
        }) && d.toks.clone().any(|j| year_at(doc, j).is_some());
        // A time before the day leaves its role plain; "as of" is asked below.
        if !day || !matches!(d.role, Role::AsOf | Role::Plain) || d.reported {
            return false;
        }
        // Back over a time to "of" or "at", then "as".
        let mut k = d.toks.start;
        while k > 0
            && d.toks.start - k < MAX_TIME_TOKENS
            && (doc.is_num(k - 1) || doc.punct(k - 1).is_some_and(|c| matches!(c, ':' | ',')))
        {
            k -= 1;
        }
        if k < 2 || !doc.is_any(k - 1, &["of", "at"]) || !doc.is(k - 2, "as") {
            return false;
        }
        let as_tok = k - 2;
        let line = doc.line_of(as_tok);
        let opens = doc.opens_line(as_tok)
            || doc.punct(as_tok - 1).is_some_and(|c| {
                matches!(c, '(' | ':' | ',' | '\u{2014}') || figures::is_dash(c) || figures::is_post_separator(c)
            })
            || as_tok - line.start <= MAX_LABEL_WORDS && (line.start..as_tok).all(|j| doc.is_word(j));
        opens && (d.toks.end == line.end || (d.toks.end..line.end).all(|j| doc.punct(j).is_some_and(|c| c != ':')))
    })
}

/// Whose judgement the writer's "we" gives in sentence `si`: the issuer's
/// under a letterhead or a release's "From:" line (`letterhead`), the
/// writer's own (no listed agency) otherwise.
fn writer_voice(letterhead: Option<(Attr, usize)>, si: usize) -> (Attr, usize) {
    letterhead.unwrap_or((Attr::Unknown, si))
}

/// The token after an aside set off by commas that opens at `k` ("The
/// NIS, a body that reports to the president, briefed MPs"), else `k`.
fn past_aside(doc: &Doc, k: usize, end: usize) -> usize {
    if !doc.is_punct(k, ',') {
        return k;
    }
    (k + 1..(k + 12).min(end)).find(|&j| doc.is_punct(j, ',')).map_or(k, |j| j + 1)
}

/// ", TASS reported." with the cue at `at` (the name or its verb): a
/// name set off by a comma and its verb of reporting closing the sentence
/// that ends before `end`.
fn closing_relay(doc: &Doc, at: usize, end: usize) -> bool {
    let Some(verb) = (at..(at + 4).min(end)).find(|&k| doc.has(k, Class::ReportingVerb)) else { return false };
    let closes = verb + 1 >= end || verb + 2 == end && doc.punct(verb + 1).is_some();
    let mut name = verb;
    while name > 0 && verb - name < 3 && doc.capitalised(name - 1) {
        name -= 1;
    }
    closes && name < verb && name <= at && name > 0 && doc.is_punct(name - 1, ',')
}

fn sums_up_at(doc: &Doc, sentence: Range<usize>) -> bool {
    let end = sentence.end.min(sentence.start + 8);
    (sentence.start..end).any(|k| {
        doc.is(k, "sum") && doc.is(k + 1, "up")
            || doc.is(k, "to") && doc.is_any(k + 1, &["recap", "summarise", "summarize"])
            || doc.is(k, "in") && doc.is_any(k + 1, &["summary", "sum"])
            || doc.is(k, "all") && doc.is(k + 1, "told")
    })
}

/// Token `k` is a word without a lowercase letter ("STATEMENT", "SUPER",
/// "KN-23"), as a letterhead or a caption's label is set.
fn word_in_capitals(doc: &Doc, k: usize) -> bool {
    doc.is_word(k) && doc.s(k).bytes().all(|b| !b.is_ascii_lowercase())
}

/// Token `k` is part of a clock time beside a day in a post's stamp
/// ("[26.04.2025 · 13:42 MSK]"): the hour or minute of "13:42" glued to
/// its colon, or a zone in capitals of up to four letters after it.
fn clock_part(doc: &Doc, k: usize) -> bool {
    let hour = |h: usize| {
        doc.is_num(h) && doc.is_punct(h + 1, ':') && doc.glued(h + 1) && doc.is_num(h + 2) && doc.glued(h + 2)
    };
    let zone = k >= 3 && doc.s(k).len() <= 4 && opens_with_capitals(doc, k) && hour(k - 3);
    hour(k) || (k >= 2 && hour(k - 2)) || zone
}

/// "COMMENTARY — by …": a line that opens with a word in capitals (two
/// letters or more) at token `k`.
fn opens_with_capitals(doc: &Doc, k: usize) -> bool {
    let w = doc.s(k);
    doc.is_word(k) && w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// "1. personnel — about 826,140", "2) tanks", "3 | TASS": a numbered
/// item's marker at token `k`, which opens its line.
fn numbered_at(doc: &Doc, k: usize) -> bool {
    // "1 | TASS · Sat 21.06": a digest's item, numbered before a bar.
    let marker = doc.glued(k + 1) && doc.punct(k + 1).is_some_and(|c| c == '.' || c == ')')
        || !doc.glued(k + 1) && doc.is_punct(k + 1, '|') && doc.capitalised(k + 2);
    doc.is_num(k)
        && doc.s(k).len() <= 2
        && marker
        && doc.toks.get(k + 2).is_some_and(|t| t.space() && t.newlines() == 0)
}

/// "up from the 3,000 it gave on Monday", "compared with 400 a week
/// earlier", "a figure it had put at about 600": a figure set against
/// another, whose own date says when it was the figure, not when the
/// other is. `start`: the figure's first token.
fn compared_before(doc: &Doc, start: usize) -> bool {
    baseline_before(doc, start)
        || (start.saturating_sub(5)..start).any(|k| doc.is(k, "put") && (k + 1..start).any(|j| doc.is(j, "at")))
}

/// "up from 8,000 in June", "compared with 400": the figure a change is
/// measured from, which "of those" after it does not mean ("about 11,000
/// remained, up from 8,000 in June. Roughly 30% of those …").
fn baseline_before(doc: &Doc, start: usize) -> bool {
    // "from" of a change only: not "reports from 30 regions".
    (start.saturating_sub(5)..start).any(|k| {
        doc.is_any(k, &["against", "versus", "vs", "compared"])
            || doc.is(k, "from") && k > 0 && (doc.is_any(k - 1, &["up", "down"]) || doc.has(k - 1, Class::RiseVerb))
    })
}

/// A lettered item's marker opening its line at token `k`: "(a)", "(iv)",
/// "(2)", "b)" — an annex's or a legal list's items.
fn lettered_at(doc: &Doc, k: usize) -> bool {
    if !doc.opens_line(k) {
        return false;
    }
    let open = usize::from(doc.is_punct(k, '('));
    let label = k + open;
    let letter = doc.word(label).is_some_and(|w| {
        w.bytes().all(|b| b.is_ascii_lowercase())
            && (w.len() == 1 || w.len() <= 4 && w.bytes().all(|b| b"ivx".contains(&b)))
    });
    let number = open == 1 && doc.s(label).len() <= 2 && doc.is_num(label);
    (letter || number)
        && (open == 0 || doc.glued(label))
        && doc.is_punct(label + 1, ')')
        && doc.glued(label + 1)
        && doc.toks.get(label + 2).is_some_and(|t| t.space() && t.newlines() == 0)
}

/// A bullet opening its line at token `k`: a bullet sign, or a dash, star
/// or plus with a space after it (not a sign: "-5%", "+1,250").
fn bullet_at(doc: &Doc, k: usize) -> bool {
    let Some(c) = doc.punct(k).filter(|_| doc.opens_line(k)) else { return false };
    matches!(c, '\u{2022}' | '\u{2023}' | '\u{25aa}' | '\u{25e6}' | '\u{25cf}' | '\u{00b7}')
        || matches!(c, '-' | '*' | '+' | '\u{2013}' | '\u{2014}') && doc.toks.get(k + 1).is_some_and(|t| t.space())
}

/// A credit under or after a quotation at token `k`: a dash, then a
/// handle or a name ("— @DefenceHQ, 28 Mar 2025", "– Oleksandr Syrsky").
/// On the quotation's own line it must be a credit and nothing more: no
/// word in lowercase but a date's ("— Oleksandr Syrsky, on Wednesday",
/// not "— The Pentagon has not commented").
fn credit_at(doc: &Doc, k: usize, end: usize) -> bool {
    let dash = doc.punct(k).is_some_and(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}' | '\u{2015}'));
    let named = doc.s(k + 1).starts_with('@') || doc.capitalised(k + 1);
    let bare = doc.opens_line(k)
        || (k + 1..end).all(|j| !doc.is_word(j) || doc.capitalised(j) || doc.is_any(j, &["on", "in", "at", "of"]));
    dash && named && bare
}

/// A fact box's or an infobox's line at token `k`, which opens it: a label
/// of a few words in lowercase or title case, a colon, and a figure
/// ("Strength: c. 11,000 (Oct.–Nov. 2024)", "Casualties: 5,000+"). Not a
/// speaker's label in capitals, nor "UPDATE: Officials counted 41".
fn fact_line_at(doc: &Doc, k: usize) -> bool {
    let Some(colon) = (k + 1..k + 4).find(|&j| doc.is_punct(j, ':')) else { return false };
    let label =
        doc.capitalised(k) && (k..colon).all(|j| doc.is_word(j) && doc.s(j).bytes().any(|b| b.is_ascii_lowercase()));
    // The figure comes first, or after a hedge ("c. 11,000", "about 300").
    let Some(figure) = (colon + 1..colon + 4).find(|&j| doc.is_num(j)) else { return false };
    let hedged = figure == colon + 1
        || doc.punct(figure - 1).is_some_and(|c| c == '.' || c == '~')
        || doc.word(figure - 1).is_some_and(|w| hedges_ending(false, w).next().is_some());
    label && hedged && (colon + 1..figure).all(|j| !doc.is_num(j))
}

/// How a figure converts an amount into another currency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Conversion {
    /// Followed by "at current rates" (or today's, the present exchange
    /// rate): the writer's reckoning.
    AtRates,
    /// An amount of money in brackets right after another figure: the
    /// same amount restated.
    Bracketed,
}

/// Whether figure `f` converts an amount into another currency, and how;
/// `prev_end` is where the sentence's previous figure ends.
fn is_conversion(doc: &Doc, f: &FigureMatch, prev_end: Option<usize>) -> Option<Conversion> {
    let e = f.toks.end;
    let at_rates = doc.is(e, "at")
        && (e + 1..e + 8).any(|k| doc.is_any(k, &["rate", "rates"]))
        && (e + 1..e + 4).any(|k| doc.is_any(k, &["current", "today", "present", "prevailing", "latest", "market"]));
    let money = f.measure.as_deref().is_some_and(figures::is_currency);
    let bracketed = f.toks.start > 0
        && doc.is_punct(f.toks.start - 1, '(')
        && prev_end.is_some_and(|p| p + 2 >= f.toks.start && p < f.toks.start);
    if at_rates {
        Some(Conversion::AtRates)
    } else if money && bracketed {
        Some(Conversion::Bracketed)
    } else {
        None
    }
}

/// "Of the new arrivals, 97 …", "Of those, about 300 …": a sentence that
/// opens by taking a part of a group named before, a comma closing the
/// group's short phrase before the figure at `figure`.
fn opens_with_part_of(doc: &Doc, sentence: Range<usize>, figure: usize) -> bool {
    let k = sentence.start;
    if !(doc.is(k, "of") && doc.is_any(k + 1, &["the", "those", "these", "them"])) {
        return false;
    }
    (k + 1..figure.min(k + 6)).any(|j| doc.is_punct(j, ',')) && (k + 2..figure).all(|j| !doc.is_num(j))
}

/// "In 23 of them a figure appeared …", "12 of those were …": a sentence
/// opening (after a preposition at most) with a part of what the sentence
/// before counted.
fn opens_with_part_of_them(doc: &Doc, sentence: Range<usize>, f: &FigureMatch) -> bool {
    f.toks.start <= sentence.start + 1
        && (sentence.start..f.toks.start).all(|k| doc.is_any(k, &["in", "for", "of", "among", "at"]))
        && part_of_them_at(doc, f.toks.end)
}

/// "our arithmetic", "by my count", "our calculation" in `window` (near a
/// figure) of the sentence, or a sentence that opens with a sum ("Multiply
/// that by …"; "Taken together" when the sentence is not `sourced`): the
/// writer reckoned the figure.
/// `figure`, when the question is asked of one figure, is its tokens.
fn writers_own(
    doc: &Doc,
    sentence: Range<usize>,
    window: Range<usize>,
    figure: Option<Range<usize>>,
    sourced: bool,
    named: bool,
) -> bool {
    // "Multiply that by 11,000 troops and …", "Put the two updates side
    // by side and …", "On those figures, losses would be well under 1%",
    // "At that rate, …": the writer reckons from figures given before.
    // After a note's or an item's marker ("a.", "2)").
    let mut s = sentence.start;
    let marker = doc.s(s).chars().count() == 1 && (doc.is_word(s) || doc.is_num(s));
    if marker && doc.glued(s + 1) && doc.punct(s + 1).is_some_and(|c| c == '.' || c == ')') {
        s += 2;
    }
    // After a point's ordinal: "Third, set against …".
    if doc.is_any(s, &["first", "second", "third", "fourth", "finally", "lastly"]) && doc.is_punct(s + 1, ',') {
        s += 2;
    }
    // No figure in the sentence named as a source's: "Read against NATO's
    // estimate of 1,000 a day, the MoD's 1,200 looks high" and "Set
    // against the JCS figure of 3,000, …" keep each figure its own, while
    // "Set against 14,000, the JCS figure implies about 29 per cent" is
    // the writer's reckoning.
    let sources_figure = |k: usize| {
        doc.capitalised(k)
            && (k + 1..k + 3).any(|j| {
                doc.is_any(j, &["figure", "figures", "estimate", "estimates", "count", "total", "tally", "claim"])
                    && doc.is(j + 1, "of")
            })
    };
    let unnamed = || (s + 2..sentence.end).all(|k| !doc.is_punct(k, '\'') && !sources_figure(k));
    let opens = match doc.word(s) {
        // "Read against a deployment of 14,000, they imply …": the
        // writer sets one figure against another.
        Some("read" | "measured" | "weighed" | "judged") => doc.is(s + 1, "against") && !sourced && unnamed(),
        Some("multiply" | "divide" | "subtract") => true,
        // "Multiplied across the roughly 11,000 troops, that would come to
        // …": the participle too, unless a source is said to reckon it.
        // Not "Divided by sector, the heaviest losses …", a source's
        // breakdown.
        Some("multiplied" | "multiplying" | "subtracting") => !sourced && !named,
        // "Add them and you get 14,000", "Added together, that is roughly
        // 3,000": the writer's sum of figures given before.
        // Not "Adding that 300 were hurt, the JCS said", "Added the
        // spokesman: …".
        Some("add") => matches!(doc.word(s + 1), Some("them" | "those" | "these" | "the" | "up" | "together" | "both")),
        Some("added" | "adding") => {
            matches!(doc.word(s + 1), Some("them" | "those" | "these" | "up" | "together" | "both"))
        }
        // "That implies roughly 1,000 more …", "That means the force has
        // lost …": the writer's inference from what was just said.
        // "That comes to roughly 160,000 roubles", "That works out at",
        // "That is three times the cap": a sum or comparison of its own.
        Some("that" | "this") => {
            doc.word(s + 1).is_some_and(is_sum_verb) && !named
                || matches!(doc.word(s + 1), Some("implies" | "means" | "suggests"))
                || doc.is_any(s + 1, &["is", "was"])
                    && !named
                    && (s + 2..s + 6).any(|k| {
                        (doc.is_num(k) || doc.has(k, Class::NumberStart)) && doc.is_any(k + 1, &["times", "fold"])
                    })
        }
        // "Most estimates have sat between 11,000 and 12,000", "Other
        // figures run higher": the writer pooling several sources' figures,
        // unless one is named.
        Some(w) if is_pooling_quantifier(w) => {
            doc.word(s + 1).is_some_and(|w| w.ends_with('s') && is_report_noun(w))
                && !sourced
                && !named
                // Not "Other figures in its briefing": the source's own.
                && !(s + 2..s + 5).any(|k| doc.is_any(k, &["its", "their", "his", "her"]) || doc.possessive_at(k))
        }
        Some("put" | "compare" | "set") => {
            matches!(doc.word(s + 1), Some("the" | "those" | "these" | "them" | "that" | "this" | "it"))
                || doc.is(s + 1, "together") && !sourced
                || doc.is(s, "set") && doc.is(s + 1, "against") && !sourced && unnamed()
        }
        // "Taken together, the two figures imply some 14,000"; not "Taken
        // together, that is a third of the force, the ministry said".
        Some("taken") => doc.is(s + 1, "together") && !sourced,
        // "If those numbers are right, more than a third …", "Imagine
        // being one of 12,000 men": the writer's hypothesis, unless a
        // source is said to make it.
        Some("if" | "imagine" | "suppose" | "supposing") => !sourced && !named,
        Some("on" | "by" | "at") => {
            matches!(doc.word(s + 1), Some("those" | "these" | "that" | "this"))
                && matches!(
                    doc.word(s + 2),
                    Some("figures" | "numbers" | "estimates" | "measure" | "basis" | "rate" | "reckoning" | "count")
                )
        }
        _ => false,
    };
    let from = window.start.max(sentence.start);
    let to = window.end.min(sentence.end);
    // "our arithmetic", "by my count", "by this newspaper's count", "the
    // graphics desk's sum".
    let ours = |k: usize| match doc.word(k) {
        Some("our" | "my") => true,
        Some("this" | "the") => (k + 1..k + 3).any(|j| {
            (doc.is(k, "this") || j == k + 2 || doc.is_any(j, &["desk", "newsroom"]))
                && matches!(
                    doc.word(j),
                    Some(
                        "newspaper"
                            | "paper"
                            | "publication"
                            | "site"
                            | "website"
                            | "magazine"
                            | "desk"
                            | "column"
                            | "blog"
                            | "newsroom"
                            | "programme"
                            | "program"
                            | "writer"
                            | "author"
                    )
                )
                && doc.possessive_at(j + 1)
        }),
        _ => false,
    };
    // "by Meridian Wire's calculation": an outlet's own (not "by the
    // JCS's count", an agency's).
    let outlets = |k: usize| {
        doc.is(k, "by") && {
            let mut j = k + 1;
            while j < k + 4 && doc.capitalised(j) {
                j += 1;
            }
            j > k + 1 && doc.possessive_at(j) && doc.word(j + 2).is_some_and(is_calculation_noun)
        }
    };
    let reckoned_at = |k: usize| (k + 1..(k + 6).min(sentence.end)).any(|j| doc.word(j).is_some_and(is_reckoning_noun));
    // "On this desk's arithmetic, …", "By our count, …": the opening
    // phrase governs every figure of the sentence.
    if opens || doc.is_any(s, &["on", "by", "in"]) && ours(s + 1) && reckoned_at(s + 1) {
        return true;
    }
    // "more than 14 million rounds — by my own arithmetic, well over
    // 16,000 a day — and about 220 missiles": a reckoning that opens an
    // aside holding a figure is that figure's, not its neighbours'.
    let aside_elsewhere = |k: usize| {
        let opener = if k > 0 && doc.is_any(k - 1, &["by", "on", "in"]) { k - 1 } else { k };
        let Some(open) = opener.checked_sub(1).filter(|&o| o > sentence.start) else { return false };
        if !doc.punct(open).is_some_and(|c| matches!(c, '\u{2014}' | '\u{2013}' | '(')) {
            return false;
        }
        let close = (k + 1..sentence.end)
            .find(|&j| doc.punct(j).is_some_and(|c| matches!(c, '\u{2014}' | '\u{2013}' | ')')))
            .unwrap_or(sentence.end);
        // A number of its own, not a date's: "(by our count as of 12
        // June)".
        let month_beside = |j: usize| {
            [j.checked_sub(1), Some(j + 1)]
                .into_iter()
                .flatten()
                .any(|m| doc.word(m).is_some_and(|w| month(w).is_some() && doc.capitalised(m)))
        };
        // Nor a baseline the aside sets the figure before it against: "6,000
        // (by our count, up from 4,000 in March)".
        let baseline = |j: usize| doc.is_any(j - 1, &["from", "than", "with", "since"]);
        let own_figure =
            (k + 1..close).any(|j| doc.is_num(j) && year_at(doc, j).is_none() && !month_beside(j) && !baseline(j));
        own_figure && figure.as_ref().is_some_and(|f| !(open < f.start && f.start < close))
    };
    // The outlet's phrase ends its sentence, further from the figures.
    (from..to).any(|k| ours(k) && reckoned_at(k) && !aside_elsewhere(k))
        || (from..(to + 10).min(sentence.end)).any(outlets)
}

/// "they imply that between 35 and 45 per cent", "the figures imply a
/// loss rate of about 29 per cent": what figures given before imply is
/// the writer's inference, unless someone is said to draw it.
fn inferred(doc: &Doc, f: &FigureMatch, sentence: Range<usize>) -> bool {
    let figure_or_pronoun = |k: usize| {
        doc.is_any(k, &["they", "these", "those", "it", "this", "that", "figure", "figures", "estimate", "estimates"])
            || doc.is_any(k, &["numbers", "totals", "total", "tallies", "series"])
    };
    let from = f.toks.start.saturating_sub(12).max(sentence.start + 1);
    // Not "The MoD's figures imply that one in three …": a source's
    // figures say what the source says.
    let named = |k: usize| {
        (k.saturating_sub(3).max(sentence.start)..k).any(|j| {
            doc.is_punct(j, '\'')
                || doc.capitalised(j)
                    && !(j == sentence.start && doc.is_any(j, &["the", "these", "those", "they", "their", "its"]))
        })
    };
    let implied = (from..f.toks.start)
        .any(|k| doc.is_any(k, &["imply", "implies", "implied"]) && figure_or_pronoun(k - 1) && !named(k - 1));
    let told = || sentence.clone().any(|k| doc.has(k, Class::ReportingVerb) || doc.is(k, "according"));
    // "… about 300 dead and 2,700 wounded, meaning casualties have risen
    // by roughly 1,700": a clause drawing on the sentence's figures,
    // unless someone is said to draw it there.
    let meaning = (from..f.toks.start).any(|k| {
        doc.is_punct(k, ',')
            && (doc.is_any(k + 1, &["meaning", "implying"])
                || doc.is(k + 1, "which") && doc.is_any(k + 2, &["means", "meant", "implies", "implied"]))
            && (sentence.start..k).any(|j| doc.is_num(j))
            && !(k..sentence.end).any(|j| doc.has(j, Class::ReportingVerb) || doc.is(j, "according"))
    });
    // "…, which would lift the total to 14,000 or so", "that would be
    // roughly $22 million a month": the writer's consequence of figures
    // given. Not "said that would mean 3,000 more", "That would amount to
    // nearly half …, the ministry said"; a relative clause after a source's
    // statement is the writer's unless a source follows it.
    let tells = |j: usize| doc.has(j, Class::ReportingVerb) || doc.is(j, "according");
    let would = (from..f.toks.start).any(|k| {
        // "which would" after a clause that gave a figure (not "its
        // budget, which would raise spending to …", a source's plan); "That
        // would" opening the sentence or its main clause (not "a plan that
        // would put 5,000 more troops …").
        let relative = doc.is(k - 1, "which")
            && doc.is_punct(k.saturating_sub(2), ',')
            && (sentence.start..k.saturating_sub(2)).any(|j| doc.is_num(j));
        let opens = k - 1 == sentence.start || k >= 2 && doc.is_punct(k - 2, ',');
        // The clause goes on to a dash or a semicolon.
        let source_after = || {
            (k + 2..sentence.end)
                .take_while(|&j| !doc.punct(j).is_some_and(|c| matches!(c, ';' | '\u{2014}')))
                .any(tells)
        };
        doc.is(k, "would")
            && (relative || opens && doc.is_any(k - 1, &["that", "this"]) && !(sentence.start..k).any(tells))
            && doc.word(k + 1).is_some_and(is_consequence_verb)
            && !(k..f.toks.start).any(|j| doc.is_punct(j, '"'))
            && !source_after()
    });
    // "Kyiv's total is now roughly 1.2 times Seoul's": one source's figure
    // set against another's is the writer's ratio, unless someone is said
    // to draw it.
    let e = f.toks.end;
    let ratio_of_sources = doc.is(e.saturating_sub(1), "times") && doc.capitalised(e) && doc.possessive_at(e + 1);
    (implied || ratio_of_sources) && !told() || meaning || would || if_right(doc, f, sentence)
}

/// "If Kit's morning and the spy agency's count are both right, his unit
/// alone accounts for roughly a fifth of the dead": the writer's inference
/// from sources taken as right, in the clause after the premise's comma,
/// unless that clause says someone draws it.
fn if_right(doc: &Doc, f: &FigureMatch, sentence: Range<usize>) -> bool {
    if !doc.is(sentence.start, "if") {
        return false;
    }
    // A premise of a clause's length, and a speaker looked for within a
    // clause's length after it: bounded, so that a long sentence of many
    // figures is read in linear time.
    const REACH: usize = 40;
    let Some(comma) = (sentence.start + 1..f.toks.start.min(sentence.start + REACH)).find(|&k| doc.is_punct(k, ','))
    else {
        return false;
    };
    let premise = sentence.start + 1..comma;
    // A share drawn from a source's count taken as right ("his unit
    // accounts for roughly a fifth"), not the source's own figure restated
    // ("If the Pentagon is right, some 11,000 are in Kursk") nor a premise
    // about no source ("If the weather is right").
    if f.kind != FigureKind::Ratio || !premise.clone().any(|k| doc.has(k, Class::ReportNoun)) {
        return false;
    }
    let taken_as_right = premise.clone().any(|k| {
        doc.word(k).is_some_and(is_correctness_word)
            && (k.saturating_sub(2).max(premise.start)..k)
                .any(|j| doc.is_any(j, &["is", "are", "was", "were", "prove"]))
    });
    taken_as_right
        && !(comma..sentence.end.min(f.toks.end + REACH))
            .any(|k| doc.has(k, Class::ReportingVerb) || doc.is(k, "according"))
}

/// Figures `a` and `b` are the two ends of one range: "3,500–4,000",
/// "3,500 to 4,000", "between 3,500 and 4,000". Not a change from one to
/// the other ("rose from 3,000 to 4,000", "raised 3,000 to 4,000", "rose by
/// 3,500 to 4,000").
fn range_ends(doc: &Doc, a: &FigureMatch, b: &FigureMatch) -> bool {
    let k = a.toks.end;
    let before = a.toks.start.checked_sub(1);
    // "increased by 3,500 to 4,000": by how much, then to what; "down
    // 3,000 to 4,000"; "from 3,000–3,200 to 4,000": a range's end, then
    // the new figure.
    let change = before.is_some_and(|j| {
        doc.is_any(j, &["from", "by", "up", "down"])
            || doc.has(j, Class::RiseVerb)
            || doc.punct(j).is_some_and(figures::is_dash)
    });
    // "1,000--1,500": a dash typed as two hyphens.
    let double_dash = doc.is_punct(k, '-') && doc.is_punct(k + 1, '-') && doc.glued(k + 1) && b.toks.start == k + 2;
    double_dash
        || b.toks.start == k + 1
            && (doc.punct(k).is_some_and(figures::is_dash)
                || doc.is(k, "to") && !change
                || doc.is(k, "and") && before.is_some_and(|j| doc.is(j, "between")))
}

/// What only a reckoning from others' figures yields ("calculation",
/// "arithmetic"), unlike a count an agency may keep.
fn is_calculation_noun(w: &str) -> bool {
    matches!(w, "calculation" | "calculations" | "arithmetic" | "reckoning" | "maths" | "math" | "sums")
}

/// ", more than three times the South Korean number", ", half the
/// Pentagon's estimate": a multiple or a share set after a comma beside
/// another figure is the writer's comparison, not the source's claim.
/// `between`: the sentence has the word "between"; `credited`: it ends
/// naming who says it (", the General Staff said").
fn compares_with_a_figure(doc: &Doc, f: &FigureMatch, sentence: Range<usize>, between: bool, credited: bool) -> bool {
    let figure_noun = |k: usize| doc.is_any(k, &["number", "figure", "estimate", "tally", "count", "total", "toll"]);
    // "That is roughly 1,000 more than the figure Seoul gave": the
    // writer's difference.
    let s = sentence.start;
    // Not when the sentence names who says so ("That is 300 more than
    // Monday's, the General Staff said").
    let that_is = !credited && doc.is_any(s, &["that", "this"]) && doc.is_any(s + 1, &["is", "was", "means", "puts"]);
    let e = f.toks.end;
    // What it is compared with: a figure's noun, another number or a
    // source's possessive ("more than 1,000 above Seoul's total", "8,300
    // more than the 825,710 the staff reported").
    let compared = |from: usize| {
        (from..(from + 4).min(sentence.end)).any(|k| figure_noun(k) || doc.is_num(k) || doc.possessive_at(k))
    };
    let comparative = doc.is_any(e, &["more", "fewer", "less", "higher", "lower"]) && doc.is(e + 1, "than");
    if that_is && (comparative && compared(e + 2) || doc.is_any(e, &["above", "below"]) && compared(e + 1)) {
        return true;
    }
    // "That is an increase of more than 1,000 in two months": the
    // writer's difference between figures given before.
    let b = f.toks.start;
    if that_is
        && b >= s + 5
        && doc.is(b - 1, "of")
        && doc.is_any(b - 2, &["increase", "rise", "jump", "drop", "fall", "decline", "difference", "gap"])
        && doc.is_any(b - 3, &["a", "an"])
    {
        return true;
    }
    // "a gap of at least 1,000 with London's figure": the writer's
    // difference, wherever it stands.
    if b >= s + 3
        && doc.is(b - 1, "of")
        && doc.is_any(b - 2, &["gap", "difference", "discrepancy"])
        && doc.is_any(b - 3, &["a", "the"])
    {
        return true;
    }
    // "The gap between London's figure and Seoul's — more than 1,000".
    if between && (s + 1..f.toks.start).any(|k| doc.is(k, "between") && doc.is_any(k - 1, &["gap", "difference"])) {
        return true;
    }
    // "The two counts differ by roughly 1,000": the writer's difference,
    // unless the sentence names who says so.
    if !credited
        && (b.saturating_sub(3).max(s + 1)..b)
            .any(|k| doc.is(k, "by") && doc.is_any(k - 1, &["differ", "differs", "differed", "diverge", "diverged"]))
    {
        return true;
    }
    let multiple = f.kind == FigureKind::Ratio
        || doc
            .word(f.toks.end - 1)
            .is_some_and(|w| w == "times" || w.ends_with("fold") || multiplier_word(w).is_some());
    multiple
        && f.toks.start > sentence.start
        && doc.is_punct(f.toks.start - 1, ',')
        && doc.is(f.toks.end, "the")
        && (f.toks.end + 1..(f.toks.end + 5).min(sentence.end))
            .any(|k| figure_noun(k) && doc.word(k + 1).is_none_or(|w| !matches!(w, "of" | "for")))
}

/// A document an agency puts out ("update", "assessment", "briefing"):
/// "the update said" points back at the agency whose update it was.
fn is_document_noun(w: &str) -> bool {
    matches!(w, "update" | "assessment" | "briefing" | "report" | "statement" | "bulletin")
}

/// "at least two of the posts we reviewed", "the 40 videos we
/// verified", "We counted at least 12 reports": the writer counted them.
fn counted_by_writer(doc: &Doc, f: &FigureMatch, sentence: Range<usize>) -> bool {
    let counted = |v: &str| v.ends_with("ed") && !matches!(v, "needed" | "wanted") || matches!(v, "found" | "saw");
    let after = (f.toks.end..(f.toks.end + 5).min(sentence.end))
        .any(|k| doc.is(k, "we") && doc.word(k + 1).is_some_and(counted));
    // Before the figure, only verbs of counting: "we estimated 5,000" is
    // a reckoning the next words may credit to a source.
    let counting = |v: &str| matches!(v, "counted" | "tallied" | "found" | "identified" | "verified" | "reviewed");
    let mut v = f.toks.start;
    let before = v > sentence.start && doc.word(v - 1).is_some_and(counting) && {
        v -= 1;
        if v > sentence.start && doc.is(v - 1, "have") {
            v -= 1;
        }
        v > sentence.start && doc.is(v - 1, "we")
    };
    after || before
}

/// Whether two figures state the same amount: shares within a point,
/// counts within 1%, and never a count under 100 (too common to tell
/// one from another).
fn same_figure(kind: FigureKind, value: f64, other_kind: FigureKind, other_value: f64) -> bool {
    kind == other_kind
        && if kind == FigureKind::Ratio {
            (other_value - value).abs() <= 0.01
        } else {
            value.abs() >= 100.0 && (other_value - value).abs() <= 0.01 * value.abs()
        }
}

/// Whether `told` (the body's) retells `figure` (a key point's, a
/// headline's): the same kind and measure, and the same number and hedge,
/// or a plain number the hedge covers within a tenth ("405" as "more than
/// 400", "28" as "nearly 30", "1,950" as "about 2,000"). A count under
/// ten only as it was.
fn retold(figure: &FigureMatch, told: &FigureMatch) -> bool {
    if figure.kind != told.kind || figure.measure.is_none() || figure.measure != told.measure {
        return false;
    }
    let (v, b) = (figure.value, told.value);
    let same = (v - b).abs() <= 1e-9 * b.abs().max(1.0);
    let small = figure.kind == FigureKind::Count && v.abs().min(b.abs()) < 10.0;
    match told.qualifier {
        Some(q) if figure.qualifier.is_none() && !small => match q.bound() {
            Bound::Above => v >= b && v <= b * 1.1,
            Bound::Below => v <= b && v >= b * 0.9,
            Bound::Approximate => (v - b).abs() <= 0.1 * b.abs(),
        },
        q => same && q == figure.qualifier,
    }
}

/// A source the next sentence names ("X said"), for the figures before
/// it that name none.
struct Following {
    speaker: (Attr, usize),
    /// The next sentence's own figures.
    values: Vec<f64>,
    /// It opens with "That", "This" or speaks of "the figure", "the toll".
    refers_back: bool,
}

impl Following {
    /// Whether X's words cover a figure of `value` before them: when they
    /// give no figure of their own, restate it ("The second is 4,000. …
    /// Britain's Defence Intelligence estimated that around 4,000 …") or
    /// speak of it ("The General Staff said the figure, up from 1,100, was
    /// a record"); not "Whether it is a third or 40 per cent … . The
    /// General Staff says Russia loses more than 1,000 a day."
    fn covers(&self, value: f64) -> bool {
        self.values.is_empty() || self.refers_back || self.values.contains(&value)
    }
}

/// See [`Analysis::sentence_words`].
#[derive(Clone, Copy, Debug, Default)]
struct SentenceWords {
    /// It speaks of now: "now", "currently", "so far", "to date".
    now: bool,
    /// Its first "also".
    first_also: Option<usize>,
    /// A word the writer's reckoning starts with ("our", "my", "this")
    /// or a calculation noun ("by Meridian Wire's calculation").
    ours: bool,
    /// "I", "we", "my", "our": in a quotation, its speaker's own words.
    first_person: bool,
    /// "between", for "the gap between".
    between: bool,
    /// "at the time" (not "at the time of …").
    at_the_time: bool,
}

/// Who speaks in a transcript's turn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Speaker {
    /// "Q:", "QUESTION:", "REPORTER:".
    Questioner,
    /// Any other label: the briefing's spokespeople.
    Official,
}

/// "about 4,000 (JCS, 27/3)", "11,000 troops (JCS; Oct.–Nov. 2024)": the
/// tokens between a figure and a date open a bracket right after the
/// figure (and its noun) and hold only the source's words before the date.
fn in_citation(doc: &Doc, between: Range<usize>) -> bool {
    let Some(open) = between.clone().find(|&k| doc.is_punct(k, '(')) else { return false };
    (between.start..open).all(|k| doc.word(k).is_some())
        && (open + 1..between.end).all(|k| {
            doc.word(k).is_some() || doc.punct(k).is_some_and(|c| matches!(c, ',' | ';' | '.' | '&' | '\'' | '"'))
        })
}

/// How sure the engine is that a figure is a claim (see
/// [`Suggestion::confidence`]): evidence that it counts something someone
/// stated raises it, a small bare number after "the" lowers it.
fn confidence(f: &Found, agency: bool, text_date: bool) -> f64 {
    let fig = &f.figure;
    let mut c: f64 = 0.5;
    if fig.measure.is_some() {
        c += 0.15;
    }
    if fig.qualifier.is_some() {
        c += 0.1;
    }
    if agency {
        c += 0.15;
    } else if matches!(f.attr, Some(Attr::Unknown)) {
        c += 0.05;
    }
    if f.reported {
        c += 0.05;
    }
    if text_date {
        c += 0.05;
    }
    if f.subject.is_some() {
        c += 0.05;
    }
    let small = fig.kind == FigureKind::Count && fig.value.fract() == 0.0 && fig.value.abs() < 20.0;
    if fig.kind == FigureKind::Ratio || fig.value.abs() >= 100.0 {
        c += 0.1;
    } else if small && fig.qualifier.is_none() {
        c -= 0.1;
        if f.definite {
            // "the two forces", "these three countries": a number that
            // names a set, not a count anyone reported.
            c -= 0.45;
        }
    }
    c.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::DateSource;
    use crate::extract::Extractor;
    use crate::extract::tests::{assert_offsets, date, suggest};
    use crate::model::Qualifier;

    #[test]
    fn a_survey_s_date_after_its_sample_dates_its_findings() {
        let text = "A telephone survey of 1,010 people \u{1f4de} by the \u{201c}Kyiv Monitor\u{201d} in late March found \
                    72\u{a0}per cent believed it. Some 11,000 troops sent in October \u{2014} and 3,000 now.";
        let got = suggest(text, "2025-04-08");
        assert_offsets(text, &got);
        let day = |t: &str| got.iter().find(|s| s.text == t).and_then(|s| s.date.map(|d| d.value));
        assert_eq!(day("1,010"), Some(date("2025-03-21")), "{got:?}");
        assert_eq!(day("72\u{a0}per cent"), Some(date("2025-03-21")), "{got:?}");
        // A plain count keeps the date after it to itself.
        assert_eq!(day("Some 11,000"), Some(date("2024-10-01")), "{got:?}");
        assert_ne!(day("3,000"), Some(date("2024-10-01")), "{got:?}");
        // An older survey set against now keeps its date to itself.
        let got = suggest(
            "Against a poll of 1,000 people in 2019, 72\u{a0}per cent now back it \u{2014} a record.",
            "2025-04-08",
        );
        let share = got.iter().find(|s| s.text == "72\u{a0}per cent").expect("the share");
        assert_ne!(share.date.map(|d| d.value), Some(date("2019-01-01")), "{got:?}");
    }

    #[test]
    fn a_range_s_two_ends_share_the_date_either_end_was_read_for() {
        let day = |got: &[Suggestion], text: &str| {
            got.iter().find(|s| s.text == text).and_then(|s| s.date.filter(|_| s.date_source == Some(DateSource::Text)))
        };
        for text in [
            "3,500\u{2013}4,000 \u{2014} Kyiv\u{2019}s range for casualties at the end of February \u{1f4c9}.",
            "Kyiv put casualties at 3,500 to 4,000 at the end of\u{a0}February.",
            "Between 3,500 and 4,000 had died by the end of February, Kyiv said.",
            // A dash typed as two hyphens.
            "Officers put losses at 3,500--4,000 \u{1f4a5} by the end of February.",
            // A day before the range and a period after it: the period's.
            "Kyiv said on 3 March that \u{201c}3,500 to 4,000\u{201d} had died by the end of February.",
        ] {
            let got = suggest(text, "2025-05-02");
            let first = day(&got, "3,500").map(|d| d.value);
            assert_eq!(first, Some(date("2025-02-28")), "{text}: {got:?}");
            assert_eq!(day(&got, "4,000").map(|d| d.value), first, "{text}: {got:?}");
        }
        // A change from one figure to another is no range: the day is the
        // new figure's.
        for text in [
            "Casualties rose from 3,000 to 4,000 on Monday, Kyiv said.",
            "Casualties rose by 3,000 to 4,000 on Monday, Kyiv said.",
            "Casualties were down 3,000 to 4,000 on Monday, Kyiv said.",
            "Casualties rose from 2,800\u{2013}3,000 to 4,000 on Monday, Kyiv said \u{1f4c8}.",
        ] {
            let got = suggest(text, "2025-05-02");
            assert_eq!(day(&got, "3,000"), None, "{got:?}");
            assert_eq!(day(&got, "4,000").map(|d| d.value), Some(date("2025-04-28")), "{got:?}");
        }
    }

    #[test]
    fn a_signed_comment_lends_its_date_only_to_a_reply_about_the_report_it_named() {
        let thread = |reply: &str| {
            format!(
                "The MoD\u{2019}s update on 15 January put it at \u{201c}over 3,000\u{201d} \u{1f4cc}. \u{2014} Kim (talk) \
                 09:41, 16 January 2025 (UTC)\n{reply} \u{2014} Lee (talk) 11:15, 16 January 2025 (UTC)\n"
            )
        };
        let dated = |text: &str, figure: &str| {
            let got = suggest(text, "2025-01-17");
            let f = got.iter().find(|s| s.text == figure).cloned().unwrap_or_else(|| panic!("{figure}: {got:?}"));
            f.date.filter(|_| f.date_source == Some(DateSource::Text)).map(|d| d.value)
        };
        // "the MoD post": the report the comment above named, of its day.
        let text = thread(":Careful: the MoD post says 1,500 Russians a day, not North Koreans.");
        assert_eq!(dated(&text, "1,500"), Some(date("2025-01-15")), "{text}");
        // Another writer naming the agency: a statement of the writer's.
        let text = thread(":The MoD said 2,000\u{a0}in all, as I read it.");
        assert_eq!(dated(&text, "2,000"), None, "{text}");
        // Without the signature, the same agency named again in the next
        // paragraph is the same statement.
        let text = "The MoD\u{2019}s update on 15 January put it at \u{201c}over 3,000\u{201d}.\n\n\
                    The MoD said 2,000\u{a0}in all.";
        assert_eq!(dated(text, "2,000"), Some(date("2025-01-15")), "{text}");
    }

    #[test]
    fn another_speaker_after_and_owns_the_figures_of_that_clause() {
        let got = suggest(
            "Zelensky says the toll is higher \u{2013} he cited \u{201c}nearly 4,000\u{201d} on 4 January \u{2013} \
             and Budanov\u{2019}s people have been saying \u{201c}up to 3,800\u{201d} \u{1f4e2}.\n\n\
             On Tuesday, missiles struck Kyiv at 03:40 and the Pentagon said 14\u{a0}drones were downed.",
            "2025-05-02",
        );
        let find = |text: &str| got.iter().find(|s| s.text == text).unwrap_or_else(|| panic!("{text}: {got:?}"));
        assert_eq!(find("up to 3,800").agency.as_deref(), Some("Ukrainian Military Intelligence (HUR)"), "{got:?}");
        assert_eq!(find("up to 3,800").date_source, Some(DateSource::Published), "{got:?}");
        assert_eq!(find("nearly 4,000").agency.as_deref(), Some("Volodymyr Zelensky"), "{got:?}");
        // No speaker before "and": the opening day covers both clauses.
        assert_eq!(find("14").date.map(|d| d.value), Some(date("2025-04-29")), "{got:?}");
        // A day that opens the sentence covers both speakers' clauses.
        let got = suggest("In January, the NIS said 300\u{a0}died and the JCS said 400.", "2025-05-02");
        let days: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.date_source, s.date.map(|d| d.value))).collect();
        let january = Some(date("2025-01-01"));
        assert_eq!(days, [("300", Some(DateSource::Text), january), ("400", Some(DateSource::Text), january)]);
    }

    #[test]
    fn a_note_at_the_foot_names_the_source_and_date_its_mark_points_to() {
        let got = suggest(
            "Seoul first heard of about 100 killed.[1] Kyiv put the toll \u{201c}above 3,000\u{201d}.\u{b2} \
             Ukrainian military intelligence answered with nearly 4,000\u{b3} and a think tank\u{a0}\u{2014} \u{1f50e} \u{2014} settled on roughly 4,000.\u{2074} \
             The JCS said 1,100 on Monday.[5] Two people said so.[6] The counts differ by roughly 1,000.[5]\n\n\
             It ran from about 4,000 (South Korea) to over 5,000 (Britain) [7][5].\n\n\
             Notes\n\
             1. NIS briefing to lawmakers, 19 December 2024.\n\
             2. Zelensky, nightly address, 23 December 2024.\n\
             3. HUR statement on Telegram, 18 January 2025.\n\
             4. ISW assessment, 27 January 2025 (accessed 2 Feb 2025).\n\
             5. JCS regular briefing, 23 December 2024.\n\
             6. Interviews in Kyiv, January 2025.\n\
             [7] UK MoD update, 28 March 2025.",
            "2025-02-24",
        );
        let read = sourced_days(&got);
        let (nis, jcs) =
            (Some("South Korean National Intelligence Service"), Some("South Korean Joint Chiefs of Staff"));
        assert_eq!(
            read,
            [
                ("about 100", nis, Some("19 December 2024")),
                ("above 3,000", Some("Volodymyr Zelensky"), Some("23 December 2024")),
                ("nearly 4,000", Some("Ukrainian Military Intelligence (HUR)"), Some("18 January 2025")),
                // A mark between the sentence's source and the figure ends
                // that source's citation.
                ("roughly 4,000", Some("Institute for the Study of War"), Some("27 January 2025")),
                // The sentence's own date stays.
                ("1,100", jcs, Some("Monday")),
                // A note naming no source dates nothing.
                ("Two", None, None),
                // The writer's difference is nobody's.
                ("roughly 1,000", None, None),
                // Of a joint citation, the note of the bracket's country.
                ("about 4,000", jcs, Some("23 December 2024")),
                ("over 5,000", Some("UK Ministry of Defence"), Some("28 March 2025")),
            ],
            "{got:?}"
        );
        // "Ibid." repeats the note before; a note that says the source did
        // not give the figure names none; an access date dates nothing.
        let got = suggest(
            "The JCS put it at 1,100.\u{b9} Later it was over 3,000.\u{b2} The total is c. 14,000.\u{b3} \
             London said more than 4,000.\u{2074}\n\n\
             ___\n\
             \u{b9} JCS briefing, 23 December 2024.\n\
             \u{b2} Ibid.\n\
             \u{b3} The JCS did not give a total; it is our sum.\n\
             \u{2074} https://example.org/update (accessed 20 Feb 2025).",
            "2025-02-24",
        );
        let read = sourced_days(&got);
        assert_eq!(
            read,
            [
                ("1,100", jcs, Some("23 December 2024")),
                ("over 3,000", jcs, Some("23 December 2024")),
                ("c. 14,000", None, None),
                ("more than 4,000", None, None),
            ],
            "{got:?}"
        );
        // Only lines after the notes' heading are notes: not the body's
        // numbered list, nor an exponent or a unit's power.
        let got = suggest(
            "About 600 were captured.[2] About 10\u{2076} shells were fired at 40\u{a0}km\u{b2} \u{1f9ed}.\n\n\
             What we know:\n1. More artillery.\n2. The MoD said 12 were hurt.\n\n\
             Sources\n[2] NIS briefing, 13 January 2025.\n[6] UK MoD update, 1 March 2025.\n[2] A second list.",
            "2025-03-24",
        );
        let read: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref(), s.date_source)).collect();
        let (uk, text, published) =
            (Some("UK Ministry of Defence"), Some(DateSource::Text), Some(DateSource::Published));
        // "About 10" goes on with the sentence before; "⁶" is its power;
        // "²" is the unit's, and an area is a claim.
        assert_eq!(
            read,
            [("About 600", nis, text), ("About 10", nis, published), ("40", nis, published), ("12", uk, published)],
            "{got:?}"
        );
        // Without notes at the foot, a mark changes nothing.
        let got = suggest("The JCS said about 1,100 were hurt.[1] It was a lot.", "2025-02-24");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].agency.as_deref(), jcs);
        assert_eq!(got[0].date_source, Some(DateSource::Published));
    }

    #[test]
    fn each_step_of_a_series_names_its_own_source() {
        let got = suggest(
            "The toll moved in steps: from \u{201c}at least 100\u{201d} in the NIS briefing, to more than 1,100 in the \
             Joint Chiefs of Staff\u{a0}assessment, to roughly 3,000 \u{1f4c8} in President Zelensky\u{2019}s statement.\n\n\
             The NIS said losses rose from 100, to 300 by January.",
            "2025-01-20",
        );
        let agencies: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(
            agencies,
            [
                ("at least 100", nis),
                ("more than 1,100", Some("South Korean Joint Chiefs of Staff")),
                ("roughly 3,000", Some("Volodymyr Zelensky")),
                // A step that names no source keeps the sentence's.
                ("100", nis),
                ("300", nis),
            ],
            "{got:?}"
        );
        let got = suggest(
            "The Pentagon raised its estimate from 1,000, to 1,500 \u{2014} \u{201c}a jump\u{201d}, officials said.",
            "2025-01-20",
        );
        let pentagon = Some("US Department of Defense");
        let credited: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        assert_eq!(credited, [("1,000", pentagon), ("1,500", pentagon)]);
    }

    #[test]
    fn a_day_and_month_without_a_year_after_on_or_since() {
        let text = "The Pentagon said 10,000 \u{1f4cc}, up from 8,000 on 31/10. They spent 300 on 1/4 of the land; \
                    two POWs were held since 11/01.";
        let got = suggest(text, "2025-01-14");
        assert_offsets(text, &got);
        let day = |t: &str| got.iter().find(|s| s.text == t).and_then(|s| s.date.map(|d| d.value.to_string()));
        assert_eq!(day("8,000").as_deref(), Some("2024-10-31"), "{got:?}");
        // "since 11/01" is a day, no figure of 11 or 1.
        assert!(!got.iter().any(|s| s.text == "11" || s.text == "01" || s.text == "11/01"), "{got:?}");
        assert!(got.iter().any(|s| s.text == "1/4"), "{got:?}");
    }

    #[test]
    fn a_report_s_source_is_the_one_that_names_it() {
        let agency = |text: &str, figure: &str| {
            let got = suggest(text, "2025-05-02");
            assert_offsets(text, &got);
            got.iter().find(|s| s.text == figure).unwrap_or_else(|| panic!("{figure}: {got:?}")).agency.clone()
        };
        let nis = Some("South Korean National Intelligence Service".to_string());
        // A report noun ("text", "thread") after its agency.
        assert_eq!(
            agency(
                "The figure was 1,100 \u{2014} \u{201c}rough\u{201d} \u{1f4dd} \u{2014} the JCS text says.",
                "1,100"
            ),
            Some("South Korean Joint Chiefs of Staff".to_string())
        );
        // A bare report noun refers back; one a source the text names and
        // no listed agency is does not.
        assert_eq!(agency("The NIS said 300 were killed. The thread says 40%\u{a0}were hurt.", "40%"), nis);
        assert_eq!(agency("The NIS said 300 were killed. A DI thread says 40%\u{a0}were hurt.", "40%"), None);
        assert_eq!(agency("The NIS said 300 were killed. Its Monday update said 40% were hurt \u{1f915}.", "40%"), nis);
        assert_eq!(agency("The NIS said 300 died. The English text said 40% were wounded.", "40%"), nis);
        assert_eq!(
            agency("The MoD said 600 died. Its DI Telegram channel said 1,000 were wounded.", "1,000"),
            Some("UK Ministry of Defence".to_string())
        );
        // Some channel, not the last agency's.
        assert_eq!(agency("ISW said 1,000 were hurt. A pro-war channel said 200 soldiers were killed.", "200"), None);
    }

    #[test]
    fn spoken_dates_and_a_text_without_capitals() {
        // Days as ordinal words, in edited text.
        let got = suggest(
            "The General Staff put it at 3,800 as of January twelfth \u{2014} \u{201c}rough\u{201d}. Zelensky said on \
             the twenty-third of December that over 3,000 \u{1f494} were hit, and a third of March\u{a0}losses came later.",
            "2025-01-14",
        );
        assert_offsets(
            "The General Staff put it at 3,800 as of January twelfth \u{2014} \u{201c}rough\u{201d}. Zelensky said on \
             the twenty-third of December that over 3,000 \u{1f494} were hit, and a third of March\u{a0}losses came later.",
            &got,
        );
        let day = |t: &str| got.iter().find(|s| s.text == t).and_then(|s| s.date.map(|d| (d.value, d.precision)));
        assert_eq!(day("3,800"), Some((date("2025-01-12"), DatePrecision::Day)), "{got:?}");
        assert_eq!(day("over 3,000"), Some((date("2024-12-23"), DatePrecision::Day)), "{got:?}");
        // An ordinal before its noun is no day.
        let first = suggest("In December first reports said 1,100 were wounded \u{1f915}.", "2025-01-14");
        assert_eq!(first.first().and_then(|s| s.date.map(|d| d.precision)), Some(DatePrecision::Month), "{first:?}");
        // A fraction's "third" is no day.
        assert_eq!(day("a third"), Some((date("2024-03-01"), DatePrecision::Month)), "{got:?}");
        // A machine transcript: no capitals, so short agency names match in
        // lowercase, and month and weekday names date where they name days;
        // "may" the verb stays a verb.
        let transcript = "speaker one: okay so um good morning everyone and thanks for coming in today we will keep it short \
             because there is a lot to get through and we may run over time \u{1f605}\n\
             so the nis told the committee on monday that around three hundred were killed uh and they may revise it\n\
             and the jcs said in may twenty soldiers had gone missing \u{2014} that is the latest\n";
        let got = suggest(transcript, "2025-01-14");
        assert_offsets(transcript, &got);
        let found: Vec<_> =
            got.iter().map(|s| (s.text.as_str(), s.agency.as_deref(), s.date.map(|d| d.value.to_string()))).collect();
        assert_eq!(
            found,
            [
                (
                    "around three hundred",
                    Some("South Korean National Intelligence Service"),
                    Some("2025-01-13".to_string())
                ),
                ("twenty", Some("South Korean Joint Chiefs of Staff"), Some("2024-05-01".to_string())),
            ],
            "{got:?}"
        );
        // A word that is also a name ("a reddit mod"), and "march" the
        // verb before a distance.
        let filler = "okay so um this is a long stretch of talk without capitals that goes on and on with many words \
                      in it so that the text reads as a transcript would and nothing more than that really\n";
        let got = suggest(
            &format!(
                "{filler}a reddit mod said around two hundred soldiers were captured\nthe troops march 20 kilometres a day and the nis says about three hundred soldiers died\n"
            ),
            "2025-05-02",
        );
        let found: Vec<_> =
            got.iter().map(|s| (s.text.as_str(), s.agency.as_deref(), s.date.map(|d| d.value.to_string()))).collect();
        assert_eq!(
            found,
            [
                ("around two hundred", None, Some("2025-05-02".to_string())),
                (
                    "about three hundred",
                    Some("South Korean National Intelligence Service"),
                    Some("2025-05-02".to_string())
                ),
            ],
            "{got:?}"
        );
        // The same words in edited text with a capital here and there: the
        // lowercase "nis" and "jcs" are still the agencies (as small capitals
        // copy), but "monday" and "may" in lowercase date nothing.
        let edited = transcript.replacen("okay", "Okay", 1).replacen("so the", "So the", 1).replacen(
            "and the jcs",
            "And the jcs",
            1,
        );
        let got = suggest(&edited, "2025-01-14");
        let agencies: Vec<_> = got.iter().map(|s| s.agency.as_deref()).collect();
        assert_eq!(
            agencies,
            [Some("South Korean National Intelligence Service"), Some("South Korean Joint Chiefs of Staff")],
            "{got:?}"
        );
        assert!(got.iter().all(|s| s.date_source == Some(DateSource::Published)), "{got:?}");
    }

    /// An infographic's lines, a number beside a title in capitals, one
    /// after another: figures, not a page's folios.
    #[test]
    fn an_infographic_s_lines_are_no_folios() {
        let text = "BY THE NUMBERS \u{1f4ca}\n450 \u{b7} CIVILIANS EVACUATED\n12 \u{b7} NEW BRIGADES FORMED\n\n42 \u{b7} THE REVIEW\n";
        let got = suggest(text, "2025-05-06");
        let texts: Vec<_> = got.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["450", "12"], "{got:?}");
    }

    /// A record's "Claim date" dates its "Claim" field; its notes keep
    /// their own dates; a block of two fields is no record, and one with
    /// two claims and two claim dates tells not which is whose.
    #[test]
    fn a_record_s_date_field_dates_the_field_it_names() {
        let text = "FACT-CHECK EXPORT \u{1f50e}\nExported: 2025-05-06\n\n---\n\
                    Claim: \u{201c}North Korea has lost 3,000 soldiers\u{a0}in a month.\u{201d}\n\
                    Claimant: a channel \u{2014} unverified\n\
                    Claim date: 2024-12-28\n\
                    Reviewed: 2025-01-06\n\
                    Notes: The JCS said 1,100 on 23 December. A further 200 were missing.\n\n---\n\
                    Claim: 500 more were sent.\n\
                    Claim date: 2025-02-01\n\n\
                    Claim: 700 were lost.\n\
                    Claim date: 2025-01-03\n\
                    Claim: 800 were hurt.\n\
                    Claim date: 2025-01-04\n\
                    Reviewed: 2025-01-05\n";
        let got = suggest(text, "2025-05-06");
        assert_offsets(text, &got);
        let dates: Vec<_> =
            got.iter().map(|s| (s.text.as_str(), s.date.map(|d| d.value.to_string()), s.date_source)).collect();
        assert_eq!(
            dates,
            [
                ("3,000", Some("2024-12-28".into()), Some(DateSource::Text)),
                ("1,100", Some("2024-12-23".into()), Some(DateSource::Text)),
                ("200", Some("2024-12-23".into()), Some(DateSource::Text)),
                ("500", Some("2025-05-06".into()), Some(DateSource::Published)),
                // Records run together: which date is whose is not told.
                ("700", Some("2025-05-06".into()), Some(DateSource::Published)),
                ("800", Some("2025-05-06".into()), Some(DateSource::Published)),
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_comma_separated_row_s_figures_take_its_as_of_cell_s_date() {
        let got = suggest(
            "Tracker \u{1f4ca} as it stood:\n\
             date_reported,source,figure_text,low,as_of,notes\n\
             2024-12-23,JCS,\"more than 1,100\",1100,2024-12-22,\"the earlier 10,000 (28 Oct 2024) \u{2014} \u{201c}all Russia\u{201d}\"\n\
             2025-01-13,NIS,\"around 3,000\",3000,,\n",
            "2025-05-01",
        );
        let days: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.date.map(|d| d.value.to_string()))).collect();
        let day = |d: &str| Some(d.to_string());
        assert_eq!(
            days,
            [
                ("more than 1,100", day("2024-12-22")),
                // The "low" column's bare number is a figure.
                ("1100", day("2024-12-22")),
                // Its own cell's date.
                ("10,000", day("2024-10-28")),
                // An empty as-of cell: the day the row was reported.
                ("around 3,000", day("2025-01-13")),
                ("3000", day("2025-01-13")),
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_source_the_figures_are_held_against_is_not_theirs() {
        let got = suggest(
            "A quarter of 11,000 is 2,750 \u{1f9ee}, so they\u{2019}re basically matching the NIS.\n\n\
             Unlike the JCS, Kyiv\u{2019}s count is \u{201c}over 3,000\u{201d}.\n\n\
             The MoD said 4,000, contradicting the Pentagon.",
            "2025-01-20",
        );
        let agencies: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        assert_eq!(
            agencies,
            [
                ("A quarter", None),
                ("11,000", None),
                ("2,750", None),
                ("over 3,000", None),
                ("4,000", Some("UK Ministry of Defence"))
            ],
            "{got:?}"
        );
        // A source whose own figure the phrase names still owns it.
        let got = suggest(
            "Matching the NIS\u{2019}s figure of 300, the JCS said 300 died.\n\n\
             The JCS said 300 had died, echoing the NIS assessment that about 300 \u{1f480} were killed.",
            "2025-01-20",
        );
        let nis = Some("South Korean National Intelligence Service");
        let jcs = Some("South Korean Joint Chiefs of Staff");
        let credited: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        assert_eq!(credited, [("300", nis), ("300", jcs), ("300", jcs), ("about 300", nis)]);
    }

    #[test]
    fn findings_credited_to_a_body_by_name_are_that_body_s() {
        let got = suggest(
            "The State Department on Friday offered up to $7\u{a0}million \u{2014} \u{1f4b0}. \
             Separately, a study by the Korea Institute for Defense Analyses put the North\u{2019}s earnings at $19.5 billion.\n\n\
             The Pentagon said 900 were hurt. Figures from Seoul put the toll at 1,100, and data from the \
             Pentagon\u{2019}s own office at 950. The Pentagon said data from Starlink terminals showed 300 drones.",
            "2025-06-17",
        );
        let agencies: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        let state = Some("US Department of State");
        let pentagon = Some("US Department of Defense");
        assert_eq!(
            agencies,
            [
                ("up to $7\u{a0}million", state),
                ("$19.5 billion", None),
                ("900", pentagon),
                // Seoul at large, no listed agency; a listed name is its own.
                ("1,100", None),
                ("950", pentagon),
                // One capitalised word that heads no body's name.
                ("300", pentagon)
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_briefing_by_a_body_is_that_body_s_not_the_outlet_that_carried_it() {
        let got = suggest(
            "The toll has climbed to \u{201c}about 6,200\u{201d} \u{2014} \u{1f4c8}, lawmaker Lee Jun\u{2011}hyeok said \
             after a closed-door briefing by the National Intelligence Service.\n\n\
             In a statement carried by TASS, Russia\u{2019}s defence ministry said 412\u{a0}tanks were lost. \
             According to a report by TASS, Russia\u{2019}s defence ministry said 300 soldiers were lost.\n\n\
             Yonhap News Agency reported that the NIS has corrected that figure to about 5,500.",
            "2025-09-24",
        );
        let agencies: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        let russia = Some("Russian Ministry of Defence");
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(
            agencies,
            [
                ("about 6,200", nis),
                ("412", russia),
                ("300", russia),
                // The relayed body that corrected it, not the outlet.
                ("about 5,500", nis)
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_lawmaker_speaking_after_a_body_s_briefing_passes_on_that_body_s_figures() {
        let got = suggest(
            "The NIS told lawmakers on Monday that about 3,000\u{a0}troops were hurt \u{1f4c9}.\n\n\
             \u{201c}Around 300\u{201d} soldiers were killed, Rep.\u{a0}Lee \u{2014} a committee member \u{2014} \
             told reporters after the closed-door briefing, Yonhap reported.\n\n\
             Losses reached about 4,700, Lee said after the spy agency briefed the committee.\n\n\
             Some 900 were captured, Lee said after the hearing of the defence committee.",
            "2025-01-14",
        );
        let nis = Some("South Korean National Intelligence Service");
        let monday = Some("Monday");
        assert_eq!(
            sourced_days(&got),
            [
                ("about 3,000", nis, monday),
                // The briefing the paragraph before gave, and its day.
                ("Around 300", nis, monday),
                ("about 4,700", nis, monday),
                // An occasion "of" another body names no briefing before.
                ("Some 900", None, None),
            ],
            "{got:?}"
        );
        // A listed speaker before "after" speaks for itself.
        let got = suggest(
            "Russia lost 1,380 \u{1f480} troops, Ukraine\u{2019}s General Staff said after Russia\u{2019}s defence \
             ministry claimed Kurakhove.",
            "2025-01-10",
        );
        let agencies: Vec<_> = got.iter().map(|s| s.agency.as_deref()).collect();
        assert_eq!(agencies, [Some("General Staff of the Armed Forces of Ukraine")]);
    }

    #[test]
    fn an_outlet_closing_the_sentence_relays_the_body_it_points_back_at() {
        let got = suggest(
            "Russia\u{2019}s Defence Ministry gave new figures \u{2014} \u{1f4e2}. It said Ukraine had lost \
             \u{201c}more than 1,400\u{201d} troops, TASS reported. TASS said 30\u{a0}drones were downed.",
            "2025-03-13",
        );
        let agencies: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        assert_eq!(
            agencies,
            [("more than 1,400", Some("Russian Ministry of Defence")), ("30", Some("TASS"))],
            "{got:?}"
        );
    }

    #[test]
    fn a_source_in_brackets_after_its_figure_owns_it() {
        let got = suggest(
            "Casualties: about 3,000 (NIS) vs 1,100 (JCS) \u{1f4ca}.\n\n\
             Seoul gave 3,000 killed or wounded (NIS, Jan.) and 1,100\u{a0}(JCS, Dec.).\n\n\
             About 300 died and 2,700 were wounded (Yonhap, 2025), the NIS told lawmakers.",
            "2025-01-20",
        );
        let agencies: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        let nis = Some("South Korean National Intelligence Service");
        let jcs = Some("South Korean Joint Chiefs of Staff");
        assert_eq!(
            agencies,
            [
                ("about 3,000", nis),
                ("1,100", jcs),
                ("3,000", nis),
                ("1,100", jcs),
                ("About 300", nis),
                // A citation of where it was read, not its source.
                ("2,700", nis)
            ],
            "{got:?}"
        );
    }

    #[test]
    fn what_a_source_says_after_is_names_the_figure_s_source() {
        let got = suggest(
            "2,000 is what the Pentagon says \u{2014} 🪖.\n\n\
             Losses are five times what the Pentagon was saying, at\u{a0}10,000.",
            "2025-05-02",
        );
        let agency = |text: &str| got.iter().find(|s| s.text == text).map(|s| s.agency.clone());
        assert_eq!(agency("2,000"), Some(Some("US Department of Defense".to_string())), "{got:?}");
        assert_eq!(agency("10,000"), Some(None), "{got:?}");
    }

    #[test]
    fn the_same_reckoning_points_back_at_the_latest_agency() {
        let got = suggest(
            "Ukrainian military intelligence put the losses at 3,500 in February.\n\n\
             On the same reckoning, one in three troops \u{2014} 🪖 \u{2014} had been hit.\n\n\
             The same source said 400 were captured.\n\n\
             In court, two suspects were acquitted on the same count and 12 were convicted.",
            "2025-05-02",
        );
        for figure in ["one in three", "400"] {
            let f = got.iter().find(|s| s.text == figure).unwrap_or_else(|| panic!("{figure}: {got:?}"));
            assert_eq!(f.agency.as_deref(), Some("Ukrainian Military Intelligence (HUR)"), "{figure}: {got:?}");
        }
        // A charge, not a source.
        let f = got.iter().find(|s| s.text == "12").unwrap_or_else(|| panic!("12: {got:?}"));
        assert_eq!(f.agency, None, "{got:?}");
    }

    #[test]
    fn galloping_searches_find_what_a_binary_search_finds() {
        let items: Vec<usize> = (0..200).map(|i| i / 3 + i % 2 * (i / 50)).map(|v| v * 2).collect();
        let mut sorted = items.clone();
        sorted.sort_unstable();
        for from in 0..=sorted.len() + 3 {
            for key in 0..sorted.iter().max().copied().unwrap_or(0) + 3 {
                assert_eq!(partition_from(&sorted, from, |&x| x < key), sorted.partition_point(|&x| x < key));
            }
        }
        let hint = Cell::new(0);
        for range in [5..9, 0..1, 100..140, 20..20, 3..400, 399..401] {
            assert_eq!(index_range_near(&sorted, |&x| x, range.clone(), &hint), index_range(&sorted, |&x| x, range));
        }
    }

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
            (
                "On October\u{a0}18th the National Intelligence Service (NIS) in Seoul said that 1,500 \u{1f6a2} had sailed.",
                "South Korean National Intelligence Service",
            ),
            (
                "Close to 40\u{a0}per cent \u{1f6f8} were caused by drones, Lee said, quoting the NIS.",
                "South Korean National Intelligence Service",
            ),
            (
                "When Russia\u{2019}s defence ministry declared on Saturday that the region was \u{201c}liberated\u{201d} \
                 \u{1f3f3}, it also claimed that Ukraine had lost more than 76,000.",
                "Russian Ministry of Defence",
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
    fn a_transcript_s_answers_speak_for_the_briefing_s_agency() {
        let text = "Pentagon briefing on the Black Sea \u{2014} transcript\n\n\
                    MAJ. GEN. LEE (press secretary): Good morning. We count 41 drones shot down. \u{1f6e9}\n\n\
                    Q (Ana Ruiz, Reuters): The JCS said 60 were launched. Is that right?\n\n\
                    MAJ. GEN. LEE: We put the launches at about 55.\n";
        let got = suggest(text, "2025-04-02");
        let pentagon = Some("US Department of Defense");
        assert_eq!(
            agencies(&got),
            [("41", pentagon), ("60", Some("South Korean Joint Chiefs of Staff")), ("about 55", pentagon)]
        );
        // Web copy: a header of a line per paragraph, longer than four,
        // before more turns than that.
        let text = "Pentagon briefing \u{2014} transcript\n\nDecember 2, 2025\n\nAs prepared\n\nSpeakers:\n\n\
                    Maj. Gen. Lee\n\nLocation: Room 2E\n\n\
                    MAJ. GEN. LEE: We count 41 drones. \u{1f6e9}\n\nQ: And since?\n\nMAJ. GEN. LEE: About 55.\n\n\
                    Q: In the east?\n\nMAJ. GEN. LEE: \u{201c}Some 12 more\u{201d}, we think.\n\nQ: Thanks.\n\n\
                    MAJ. GEN. LEE: Thank you.\n";
        assert_eq!(
            agencies(&suggest(text, "2025-12-02")),
            [("41", pentagon), ("About 55", pentagon), ("Some 12", pentagon)]
        );
        // An interview after a story of prose is no briefing of the
        // agency the story named.
        let text = "Counting\n\nThe UK Ministry of Defence said 5,000 were hurt.\n\nOthers differ.\n\n\
                    We asked an analyst.\n\nIt was edited.\n\nQ: Trust it?\n\nJONES: Perhaps 8,000 \u{1f937}.\n\n\
                    Q: Next?\n\nJONES: More.\n\nQ: Thanks.\n\nJONES: Thanks.\n\nQ: Bye.\n\nJONES: Bye.";
        assert_eq!(
            agencies(&suggest(text, "2025-04-02")),
            [("5,000", Some("UK Ministry of Defence")), ("8,000", None)]
        );
        // Labels without questions make no transcript: "UPDATE:" is no
        // spokesman of the agency a headline names.
        let text = "Pentagon weighs new aid\n\nUPDATE: Officials counted 41 drones.\n";
        assert_eq!(agencies(&suggest(text, "2025-04-02")), [("41", None)]);
    }

    #[test]
    fn conversions_masthead_headlines_and_a_paragraph_going_on_with_the_ministry() {
        let text = "THE HARBOUR TIMES \u{b7} Friday 4 April 2025\n\n\
                    UK sends \u{a3}2.1bn more in shells \u{1f1fa}\u{1f1e6}\n\n\
                    LONDON \u{2014} Britain will send another \u{a3}2.1 billion of shells, the Ministry of \
                    Defence said on Thursday. That is about \u{20ac}2.5bn at current rates.\n\n\
                    The ministry said the deal takes support to \u{a3}9\u{a0}billion, and that 40% of the shells \
                    would be made in Wales. Seoul froze 4.3 billion won (about $2.9 million), the JCS said.\n";
        let got = suggest(text, "2025-04-04");
        let rows: Vec<_> = got
            .iter()
            .map(|s| (s.text.as_str(), s.agency.as_deref().is_some(), s.date.map(|d| d.value.to_string())))
            .collect();
        let thursday = Some("2025-04-03".to_string());
        assert_eq!(
            rows,
            [
                // The headline (not the masthead) takes the body's source.
                ("\u{a3}2.1bn", true, thursday.clone()),
                ("\u{a3}2.1 billion", true, thursday.clone()),
                // The writer's conversion is nobody's claim.
                ("about \u{20ac}2.5bn", false, thursday.clone()),
                ("\u{a3}9\u{a0}billion", true, thursday.clone()),
                ("40%", true, thursday),
                // A conversion in brackets restates the amount's claim.
                ("4.3 billion", true, Some("2025-04-04".to_string())),
                ("about $2.9 million", true, Some("2025-04-04".to_string())),
            ]
        );
    }

    #[test]
    fn a_date_after_a_list_of_figures_dates_each() {
        let got =
            suggest("The Treasury sanctioned six Iranian officers and two Russian firms on Wednesday.", "2025-04-05");
        let days = dated(&got);
        assert_eq!(days, [("six", Some("Wednesday")), ("two", Some("Wednesday"))]);
        // Not across a preposition: the rate is March's, the total is not.
        let got = suggest("Losses have passed 900,000, with an average of 1,300 a day in March.", "2025-04-05");
        let days = dated(&got);
        assert_eq!(days, [("900,000", None), ("1,300", Some("March"))]);
        // A casualty count's own word between: "killed", "wounded".
        let got = suggest(
            "The NIS gave \u{201c}about 300\u{201d} killed and 2,700 wounded\u{a0}on Monday \u{1fa79}.",
            "2025-01-15",
        );
        assert_eq!(dated(&got), [("about 300", Some("Monday")), ("2,700", Some("Monday"))]);
        // Parts of one group: "of them" between; the day the list was
        // told yields to it.
        let got = suggest(
            "The ministry said on Tuesday that its forces killed about 40 of them and wounded \u{201c}more than 60\u{201d} on Sunday and Monday \u{1f4a5}.",
            "2025-02-11",
        );
        assert_eq!(dated(&got), [("about 40", Some("Sunday and Monday")), ("more than 60", Some("Sunday and Monday"))]);
        // Not a running total before a day's count, whose day the
        // statement's stays; a range's ends share the date after them.
        let got = suggest(
            "The air force said on Wednesday it had shot down 4,000 \u{1f6e9} drones overall and 120 on Tuesday night. \
             Between 1,000 and 1,500 crossed in January, Zelensky told reporters on Wednesday.",
            "2025-03-13",
        );
        assert_eq!(
            dated(&got),
            [
                ("4,000", Some("Wednesday")),
                ("120", Some("Tuesday")),
                ("1,000", Some("January")),
                ("1,500", Some("January"))
            ]
        );
        // But not a verb of change: "mounted".
        let got = suggest("Losses of 300 mounted and 2,700 fled on Monday.", "2025-01-15");
        assert_eq!(dated(&got), [("300", None), ("2,700", Some("Monday"))]);
    }

    #[test]
    fn and_that_goes_on_with_the_same_telling() {
        let got = suggest(
            "On October\u{a0}18 the National Intelligence Service (NIS) in Seoul told lawmakers that 1,500 \
             special\u{2011}forces troops had already sailed from the port of Chongjin \u{1f6a2}, and that Kim Jong Un \
             meant to send \u{201c}some 12,000\u{201d} in all.\n\n\
             In March the toll was 300, and that figure has since doubled to 600.",
            "2025-05-08",
        );
        assert_eq!(
            dated(&got),
            [
                ("1,500", Some("October\u{a0}18")),
                ("some 12,000", Some("October\u{a0}18")),
                ("300", Some("March")),
                // No telling before: "that" is the figure's own clause.
                ("doubled", None),
                ("600", None)
            ]
        );
        // "that toll": the figure before, not a telling going on.
        let got = suggest(
            "The NIS said in January that about 300 had been killed \u{1f4c9}, and that toll has since risen to 600, \
             Ukraine\u{2019}s HUR said on Friday.",
            "2025-03-10",
        );
        let agencies: Vec<_> = got.iter().map(|s| s.agency.as_deref()).collect();
        assert_eq!(
            agencies,
            [Some("South Korean National Intelligence Service"), Some("Ukrainian Military Intelligence (HUR)")]
        );
    }

    #[test]
    fn reports_as_a_noun_make_no_speaker() {
        let text = "11:20 GMT \u{2014} Ukraine\u{2019}s defence ministry posted its tally: 1,340 lost.\n\n\
                    12:25 GMT \u{2014} The ministry later revised that to 1,390, saying late reports from \
                    the front had been left out. 📈";
        let got = suggest(text, "2025-03-28");
        let ukraine = Some("Ukrainian Ministry of Defence");
        assert_eq!(agencies(&got), [("1,340", ukraine), ("1,390", ukraine)]);
    }

    #[test]
    fn an_as_of_date_stays_in_its_clause_when_it_dates_figures_there() {
        let got = suggest(
            "Roughly a third of the 5,000, the MoD says, were killed; Syrsky has said nearly half were lost by late January. 🪖",
            "2025-04-02",
        );
        let days = dated(&got);
        assert_eq!(days, [("Roughly a third", None), ("5,000", None), ("nearly half", Some("late January"))]);
        // A part of the figure before it ("of them") is dated as that is.
        let got = suggest("The MoD said 5,000 were lost as of March, and roughly a third of them died.", "2025-04-02");
        assert_eq!(got[1].date_text.as_deref(), Some("March"));
        // With no figure of its own, it dates the sentence's.
        let got = suggest("By mid-March, the MoD says, 5,000 were killed.", "2025-04-02");
        assert_eq!(got[0].date_text.as_deref(), Some("mid-March"));
    }

    #[test]
    fn a_date_after_a_shares_whole_dates_the_share_unless_a_clause_describes_the_whole() {
        let days = |text: &str| -> Vec<(String, Option<String>)> {
            suggest(text, "2025-05-09").into_iter().map(|s| (s.text, s.date_text)).collect()
        };
        let row = |t: &str, d: Option<&str>| (t.to_string(), d.map(str::to_string));
        // The date goes with the verb: the share is that week's.
        assert_eq!(
            days(
                "Kyiv\u{2019}s brigades had recaptured about a quarter of the Russian-held valley in the week to May 4."
            ),
            [row("about a quarter", Some("the week to May 4"))]
        );
        // A clause of its own describes the whole: the share is not October's.
        assert_eq!(
            days("Its units still hold roughly a tenth of the land they seized in October."),
            [row("roughly a tenth", None)]
        );
        // An aside without a verb of its own: the share is last year's.
        assert_eq!(
            days(
                "Pyongyang shipped 9,000 containers \u{2014} nearly 70 percent of the rockets Moscow launched last year \u{2014} by rail."
            ),
            [row("9,000", None), row("nearly 70 percent", Some("last year"))]
        );
        // The whole is a figure whose own clause, beyond a local date's
        // reach, is dated: the share is the sentence before's.
        assert_eq!(
            days(
                "The ministry said on 3\u{a0}March that 2,000 had been hurt. \
                 That is more than a fifth of the 9,000 soldiers the North is believed by analysts to have sent \
                 over to the front in autumn 2024 \u{1f4c9}."
            ),
            [
                row("2,000", Some("3\u{a0}March")),
                row("more than a fifth", Some("3\u{a0}March")),
                row("9,000", Some("autumn 2024"))
            ]
        );
    }

    #[test]
    fn a_speaker_of_its_own_owns_of_them_and_its_update_refers_back() {
        // "of them" inside a quotation its own speaker says is the
        // speaker's figure, not a part of the agency's figure before it.
        let text = "The Pentagon said on Monday that 1,200 troops had reached the coast.\n\n\
                    Zelensky spoke late on Tuesday.\n\n\
                    \u{201c}Three in ten of them never return,\u{201d} he said.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(
            agencies(&got),
            [("1,200", Some("US Department of Defense")), ("Three in ten", Some("Volodymyr Zelensky"))]
        );
        // "Its update of 2 April" opens a paragraph on the agency before, and
        // its day dates every clause the subject governs.
        let text = "The Ministry of Defence said on 20 March that 3,100 had been hurt.\n\n\
                    Its update of 2 April raised that to 3,600 casualties, and described the losses as \
                    almost a third of the 11,500 men sent.";
        let got = suggest(text, "2025-04-10");
        let rows: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.is_some(), s.date_text.as_deref())).collect();
        let april = Some("2 April");
        assert_eq!(
            rows,
            [
                ("3,100", true, Some("20 March")),
                ("3,600", true, april),
                ("almost a third", true, april),
                ("11,500", true, april)
            ]
        );
    }

    #[test]
    fn also_said_takes_the_day_the_agency_spoke_not_a_quoted_period() {
        let text = "The JCS briefed reporters on Tuesday that 900 had crossed.\n\n\
                    \u{201c}About 1,400 more came in February,\u{201d} the JCS said in an email.\n\n\
                    The JCS also said Pyongyang had sent some 150 howitzers \u{2014} 🚂 by rail.";
        let got = suggest(text, "2025-04-10");
        let days = dated(&got);
        assert_eq!(days, [("900", Some("Tuesday")), ("About 1,400", Some("February")), ("some 150", Some("Tuesday"))]);
    }

    #[test]
    fn the_update_opening_a_paragraph_is_the_statement_made_that_day() {
        let text = "In its daily update on Tuesday, the Ministry of Defence said roughly\u{a0}1,000 had died. \
                    Units were pulled back, it said, before returning with 1,500 who had arrived in \
                    January and February \u{2014} \u{1f6a8}.\n\n\
                    The update, posted on the ministry\u{2019}s X account, added that \u{201c}about half\u{201d} \
                    of the shells came from the North.";
        let got = suggest(text, "2025-03-11");
        let days = dated(&got);
        assert_eq!(
            days,
            [
                ("roughly\u{a0}1,000", Some("Tuesday")),
                ("1,500", Some("January and February")),
                ("about half", Some("Tuesday"))
            ]
        );
    }

    #[test]
    fn the_agency_going_on_takes_its_statement_s_day_not_the_last_figure_s() {
        let text = "North Korea has sent roughly 18,000 troops, South Korea\u{2019}s spy agency told lawmakers Wednesday.\n\n\
                    \u{201c}Most are in Kursk,\u{201d} Lee said, citing the NIS. Among them are \
                    roughly\u{a0}1,000 engineers who arrived in August, he said \u{2014} \u{1f477}.\n\n\
                    The agency believes the North has shipped more than 12\u{a0}million shells, Lee said.";
        let got = suggest(text, "2025-09-24");
        let days = dated(&got);
        assert_eq!(
            days,
            [
                ("roughly 18,000", Some("Wednesday")),
                ("roughly\u{a0}1,000", Some("August")),
                ("more than 12\u{a0}million", Some("Wednesday"))
            ]
        );
    }

    #[test]
    fn the_agency_s_post_is_its_statement_made_that_day() {
        let text = "Britain\u{2019}s Ministry of Defence said on Monday that 2,100 had been wounded.\n\n\
                    The figure drew doubts \u{2014} \u{1f914}. It put the dead at \u{201c}about\u{a0}800\u{201d}, \
                    according to the ministry\u{2019}s post on X.";
        let got = suggest(text, "2025-04-10");
        let days = dated(&got);
        assert_eq!(days, [("2,100", Some("Monday")), ("about\u{a0}800", Some("Monday"))]);
    }

    #[test]
    fn a_multiple_set_beside_another_figure_is_the_writers_comparison() {
        let text = "On Monday the Pentagon put the missing at 2,400, nearly twice the Ukrainian estimate. \
                    It said 800 were captured, a third of the total held \u{2014} \u{1f4ca}.";
        let got = suggest(text, "2025-04-10");
        let pentagon = Some("US Department of Defense");
        assert_eq!(
            agencies(&got),
            [("2,400", pentagon), ("nearly twice", None), ("800", pentagon), ("a third", pentagon)]
        );
        // A difference the writer draws.
        let text = "On Monday the Pentagon put the missing at 2,400. That is some 600 more than the figure Kyiv gave. \
                    The gap between the two counts \u{2014} 600 men \u{2014} is wide.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got), [("2,400", pentagon), ("some 600", None), ("600", None)]);
        let text = "On Monday the Pentagon put the missing at 2,400. \
                    That is an increase of about\u{a0}700 in \u{201c}two months\u{201d} 📈.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(sourced_days(&got), [("2,400", pentagon, Some("Monday")), ("about\u{a0}700", None, None)]);
        // Compared with another number or another source's figure.
        let text = "The Pentagon put the missing at 2,400 as of March \u{1f4cb}. That is more than 600 above Kyiv\u{2019}s \
                    total. This is some 900 more than the 1,500 the staff gave \u{2014} \u{201c}a gap\u{201d}.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(
            sourced_days(&got)[..3],
            [("2,400", pentagon, Some("March")), ("more than 600", None, None), ("some 900", None, None)]
        );
    }

    #[test]
    fn a_paragraph_naming_the_source_claims_the_quotation_before_it() {
        let quote = "Zelensky said on Monday that the line held.\n\n\
                     \u{201c}Their reserves are thin. Barely 4,500 remain \u{2014} fewer every week.\u{201d}\n\n";
        let got =
            suggest(&format!("{quote}The estimate, from HUR, was shared with reporters on Sunday.\n"), "2025-04-10");
        let rows: Vec<_> = got.iter().map(|s| (s.agency.as_deref(), s.date_text.as_deref())).collect();
        assert_eq!(rows, [(Some("Ukrainian Military Intelligence (HUR)"), Some("Sunday"))]);
        // A paragraph that names nobody leaves the quotation unclaimed.
        let got = suggest(&format!("{quote}The front was quiet on Sunday.\n"), "2025-04-10");
        let rows: Vec<_> = got.iter().map(|s| (s.agency.as_deref(), s.date_text.as_deref())).collect();
        assert_eq!(rows, [(None, None)]);
    }

    #[test]
    fn a_cited_figure_is_dated_by_its_speakers_statement() {
        let text = "The ISW reported on March 4 that 2,600 had been hurt. \
                    Roughly one in six of them died, the ISW said, citing Ukrainian military intelligence \u{2014} 🪦.";
        let got = suggest(text, "2025-03-09");
        let rows = sourced_days(&got);
        assert_eq!(
            rows,
            [
                ("2,600", Some("Institute for the Study of War"), Some("March 4")),
                ("Roughly one in six", Some("Ukrainian Military Intelligence (HUR)"), Some("March 4"))
            ]
        );
    }

    #[test]
    fn reckoning_on_figures_given_before_is_the_writers() {
        let text = "Ukraine\u{2019}s Ministry of Defence said in March that 1,400 Russians die daily.[4] On those figures, \
                    the North\u{2019}s losses are under 2% of Russia\u{2019}s \u{2014} 📉.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got), [("1,400", Some("Ukrainian Ministry of Defence")), ("under 2%", None)]);
        let text = "The MoD said in March that 5,000 were hurt. \
                    Put the two updates side by side and the toll rose by a fifth \u{2014} 📈.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got), [("5,000", Some("UK Ministry of Defence")), ("a fifth", None)]);
        let text = "The MoD\u{2019}s update said 5,000 were hurt by\u{a0}March. \
                    That implies about 1,500 more since the \u{201c}January\u{201d} update 🧮.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got), [("5,000", Some("UK Ministry of Defence")), ("about 1,500", None)]);
        let text = "The MoD\u{2019}s update said 5,000 were hurt. On this desk\u{2019}s arithmetic, that exceeds the \
                    documented floor by 2,700 \u{2014} the floor is less than half the ceiling 🧮.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(
            agencies(&got),
            [("5,000", Some("UK Ministry of Defence")), ("2,700", None), ("less than half", None)]
        );
        let text = "The NIS said 200 had died and 1,800 were hurt. \
                    Added together, that is roughly 2,000 \u{2014} about two-fifths of the ministry\u{2019}s figure 🧮. \
                    Add the two and you get 2,000. Added to the list were 40\u{a0}names, the NIS said. \
                    \na. Taken together, the two NIS figures imply some 2,040 \u{201c}losses\u{201d}. \
                    Taken together, the Pentagon puts the toll at some 3,000.";
        let got = suggest(text, "2025-04-10");
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(
            agencies(&got),
            [
                ("200", nis),
                ("1,800", nis),
                ("roughly 2,000", None),
                ("about two-fifths", None),
                ("2,000", None),
                ("40", nis),
                ("some 2,040", None),
                ("some 3,000", Some("US Department of Defense"))
            ]
        );
        let text = "Adding that 300 more were wounded, the NIS said 90 had died \u{1f4cb}.";
        assert_eq!(agencies(&suggest(text, "2025-04-10")), [("300", nis), ("90", nis)]);
    }

    #[test]
    fn the_official_several_paragraphs_on_is_the_agency_official_named_before() {
        let text = "\u{201c}It is a rout,\u{201d} a JCS official told reporters on Tuesday.\n\n\
                    In January the NIS had told lawmakers of 300 deaths.\n\n\
                    The official said the pace had slowed. Almost a third of the units had been withdrawn, he added \u{2014} 🪖.\n";
        let got = suggest(text, "2025-04-10");
        let rows = sourced_days(&got);
        assert_eq!(
            rows,
            [
                ("300", Some("South Korean National Intelligence Service"), Some("January")),
                ("Almost a third", Some("South Korean Joint Chiefs of Staff"), Some("Tuesday"))
            ]
        );
    }

    #[test]
    fn an_outlet_relaying_the_figure_referred_back_to_is_not_its_source() {
        let text = "The Pentagon said on Monday that 2,300 had been hurt.\n\
                    This toll is almost a fifth of the force, as reported by the Yonhap news agency \u{2014} 📰.\n\
                    Some 900 more were sent, as reported by Yonhap.\n";
        let got = suggest(text, "2025-04-10");
        let pentagon = Some("US Department of Defense");
        assert_eq!(
            agencies(&got),
            [("2,300", pentagon), ("almost a fifth", pentagon), ("Some 900", Some("Yonhap News Agency"))]
        );
    }

    #[test]
    fn an_attribution_opening_the_next_paragraph_claims_the_lede_and_its_headline() {
        let text = "Syrskyi: a third of the brigade is lost\n\n\
                    A third of the 9th brigade has been killed or captured \u{2014} 🪖.\n\n\
                    This was stated by Oleksandr Syrskyi in an interview on Tuesday, 4 March.\n";
        let got = suggest(text, "2025-03-06");
        let rows = sourced_days(&got);
        let syrsky = Some("Oleksandr Syrsky");
        assert_eq!(
            rows,
            [("a third", syrsky, Some("Tuesday, 4 March")), ("A third", syrsky, Some("Tuesday, 4 March"))]
        );
    }

    #[test]
    fn a_by_the_numbers_line_is_dated_by_its_description() {
        let text = "By the numbers\n\n\
                    2,900 \u{2014} soldiers sent to the front in February, per the JCS\n\
                    41% \u{2014} share of them wounded by mid-March 🩹\n";
        let got = suggest(text, "2025-04-10");
        let days = dated(&got);
        assert_eq!(days, [("2,900", Some("February")), ("41%", Some("mid-March"))]);
        // Bulleted.
        let text = "📊 By the numbers\n\
                    \u{2022} 2,900 \u{2014} soldiers sent to the front in February\n\
                    \u{2022} 41%\u{a0}\u{2014} share of them wounded\n";
        let got = suggest(text, "2025-04-10");
        assert_eq!(dated(&got), [("2,900", Some("February")), ("41%", None)]);
        // Inside a sentence the dash still opens an aside.
        let got = suggest("Kyiv counted 2,900 \u{2014} the level it gave in February.", "2025-04-10");
        assert_eq!(got[0].date_text, None);
    }

    #[test]
    fn a_subhead_is_credited_by_the_body_that_restates_it() {
        let text = "Good morning. Here is the news.\n\n\
                    🚢 Exports top 9,000 tonnes, Seoul says\n\n\
                    The JCS said on Tuesday that more than 9,000 tonnes had been shipped.\n\n\
                    🌧 Rain hits 40 towns\n\n\
                    Storms swept the coast overnight.\n";
        let got = suggest(text, "2025-04-10");
        let rows = sourced_days(&got);
        let jcs = Some("South Korean Joint Chiefs of Staff");
        assert_eq!(
            rows,
            [("9,000", jcs, Some("Tuesday")), ("more than 9,000", jcs, Some("Tuesday")), ("40", None, None)]
        );
    }

    #[test]
    fn the_british_saying_speak_for_the_british_agency_cited_before() {
        let text = "British Defence Intelligence said in January that 3,800 were hurt. \
                    Syrsky said in February that almost half were. \
                    By March the British were saying almost half too \u{2014} 🇬🇧.";
        let got = suggest(text, "2025-04-10");
        let uk = Some("UK Ministry of Defence");
        assert_eq!(agencies(&got), [("3,800", uk), ("almost half", Some("Oleksandr Syrsky")), ("almost half", uk)]);
    }

    #[test]
    fn a_relay_cited_before_that_yields_to_the_speaker_it_relays() {
        let text = "The Standard reports, citing Yonhap, that South Korea\u{2019}s Joint Chiefs of Staff told \
                    lawmakers about\u{a0}4,000 were hurt \u{1f4f0}.\n\n\
                    The paper, citing Yonhap, said 300 had died.\n\n\
                    It wrote, citing Yonhap, that \u{201c}some 200\u{201d} were captured \u{2014} a first.";
        let got = suggest(text, "2025-03-29");
        assert_offsets(text, &got);
        let (jcs, yonhap) = (Some("South Korean Joint Chiefs of Staff"), Some("Yonhap News Agency"));
        assert_eq!(agencies(&got), [("about\u{a0}4,000", jcs), ("300", yonhap), ("some 200", yonhap)]);
    }

    #[test]
    fn another_country_s_ministry_with_a_word_between_is_not_the_list_s() {
        let text = "Britain\u{2019}s Ministry of Defence said 5,000 were hurt \u{1f4ca}.\n\n\
                    The German Federal Ministry of Defence said \u{201c}around 14,000\u{201d} were in Russia \u{2014} \
                    and the British Defence Ministry said 11,000.";
        let got = suggest(text, "2025-04-02");
        assert_offsets(text, &got);
        let uk = Some("UK Ministry of Defence");
        assert_eq!(agencies(&got), [("5,000", uk), ("around 14,000", None), ("11,000", uk)]);
    }

    #[test]
    fn the_russian_federation_s_ministry_in_its_official_forms() {
        let text = "The Ministry of Defence of the Russian Federation said 3,000 were lost \u{1f6e1}.\n\n\
                    The Russian Federation\u{2019}s Defence Ministry put it at \u{201c}about\u{a0}1,200\u{201d} \
                    \u{2014} and the Russian Federation Ministry of Defence said 120.";
        let got = suggest(text, "2025-04-02");
        assert_offsets(text, &got);
        let ru = Some("Russian Ministry of Defence");
        assert_eq!(agencies(&got), [("3,000", ru), ("about\u{a0}1,200", ru), ("120", ru)]);
    }

    #[test]
    fn a_people_in_the_plural_speaks_for_its_country_s_agency() {
        let text = "South Korea\u{2019}s spy agency said 1,100 were hurt \u{1f4cb}. Ukraine\u{2019}s military \
                    intelligence put deaths at 3,800.\n\n\
                    The South Koreans counted \u{201c}roughly 3,000\u{201d} casualties by March \u{2014} the \
                    Ukrainians say about\u{a0}4,000.\n\n\
                    The Ukrainians gave 300 rifles to the unit. The Britons say 2,000, and the Germans say 90.";
        let got = suggest(text, "2026-04-01");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        let hur = Some("Ukrainian Military Intelligence (HUR)");
        // Giving rifles is no report; no British or German agency was named.
        assert_eq!(
            agencies(&got),
            [
                ("1,100", nis),
                ("3,800", hur),
                ("roughly 3,000", nis),
                ("about\u{a0}4,000", hur),
                ("300", None),
                ("2,000", None),
                ("90", None)
            ]
        );
    }

    #[test]
    fn key_points_naming_their_own_source_take_the_body_date() {
        let text = "KEY POINTS\n\
                    \u{2022} British intelligence puts the wounded at about 2,600\n\
                    \u{2022} That is over a quarter of the force, London says 🇬🇧\n\n\
                    The Ministry of Defence said on Monday that about 2,600 had been wounded, \
                    over a quarter of the force.\n";
        let got = suggest(text, "2025-04-10");
        let rows = sourced_days(&got);
        let uk = Some("UK Ministry of Defence");
        assert_eq!(
            rows,
            [
                ("about 2,600", uk, Some("Monday")),
                ("over a quarter", uk, Some("Monday")),
                ("about 2,600", uk, Some("Monday")),
                ("over a quarter", uk, Some("Monday"))
            ]
        );
    }

    #[test]
    fn a_possessive_right_before_a_figure_owns_it() {
        let text = "Britain\u{2019}s Ministry of Defence counted 4,000 in January. \
                    The JCS estimate of about\u{a0}3,800 came weeks after London\u{2019}s c. 4,000 \u{2014} 🤔. \
                    Seoul\u{2019}s is 35 percent, by our arithmetic.";
        let got = suggest(text, "2025-04-10");
        let uk = Some("UK Ministry of Defence");
        let jcs = Some("South Korean Joint Chiefs of Staff");
        assert_eq!(agencies(&got), [("4,000", uk), ("about\u{a0}3,800", jcs), ("c. 4,000", uk), ("35 percent", None)]);
        // In quotation marks, or with a tilde, two in one sentence.
        let text = "Britain\u{2019}s Ministry of Defence and the JCS both spoke. \
                    Seoul\u{2019}s \u{201c}about 3,800\u{201d} and London\u{2019}s ~4,000 are close, the NIS said 🤝.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got), [("about 3,800", jcs), ("~4,000", uk)]);
    }

    #[test]
    fn a_reckoning_in_an_aside_owns_only_the_aside_s_figure() {
        // The writer's sum between dashes is the writer's; the figures
        // either side stay the Joint Chiefs'.
        let text = "Our Joint Chiefs of Staff assess that the North sent more than 14\u{a0}million rounds \u{2014} by my \
                    own arithmetic, well over 16,000 a day \u{2014} together with about 220 missiles \u{1f680}.\n\n\
                    The JCS put the force at 14,000 or so \u{2014} our arithmetic, not Seoul\u{2019}s, puts the dead at \
                    4,000 \u{2014} and said 300 were captured.\n";
        let got = suggest(text, "2025-12-08");
        assert_offsets(text, &got);
        let jcs = Some("South Korean Joint Chiefs of Staff");
        assert_eq!(
            agencies(&got),
            [
                ("more than 14\u{a0}million", jcs),
                ("well over 16,000", None),
                ("about 220", jcs),
                ("14,000 or so", jcs),
                ("4,000", None),
                ("300", jcs)
            ]
        );
        // An aside that holds only a date, or speaks of the figure right
        // before it, leaves the reckoning the sentence's.
        let text = "The JCS counted 11,000 in all; the toll reached some 6,000 (by our count as of 12\u{a0}June). \
                    The JCS said the toll was 7,000 (by our count, up from 4,000 in March).";
        let got = suggest(text, "2025-06-20");
        assert_eq!(agencies(&got), [("11,000", jcs), ("some 6,000", None), ("7,000", None), ("4,000", None)]);
    }

    #[test]
    fn a_printed_column_reads_as_prose_past_a_stray_line_and_its_indents() {
        // A newspaper page's column: one short line mid-sentence, and
        // paragraphs that open indented, each with its own day.
        let text = "SEOUL \u{2014} North Korea has lost close to 6,000 soldiers\n\
                    killed or wounded since it sent troops to Russia,\n\
                    South Korea\u{2019}s National Intelligence Service told\n\
                    lawmakers on Monday, and is preparing to send more\n\
                    troops this summer \u{1f4f0}.\n\
                    \x20  The agency said Pyongyang had shipped more than\n\
                    12\u{a0}million shells and about 250 missiles to Russia\n\
                    since August 2023, and that Moscow had paid with oil,\n\
                    food and technology worth an estimated $20 billion.\n\
                    \x20  A \u{201c}defector\u{201d} said on Friday that the families of\n\
                    the dead were given 300 apartments in Pyongyang.\n";
        let got = suggest(text, "2025-06-24");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        let monday = Some("Monday");
        assert_eq!(
            sourced_days(&got),
            [
                ("close to 6,000", nis, monday),
                ("more than\n12\u{a0}million", nis, monday),
                ("about 250", nis, monday),
                ("an estimated $20 billion", nis, monday),
                ("300", None, Some("Friday")),
            ]
        );
        // A box's lines, each opening on its label, stay lines.
        let text = "Strength: c. 11,000 (Nov. 2024), the NIS said\n\
                    Casualties: 6,000+ killed and wounded\n\
                    Munitions supplied: more than 12 million rounds\n\
                    Location: Kursk Oblast and Belgorod Oblast, Russia\n\
                    Belligerents: Russia; North Korea \u{2014} Ukraine\n\
                    Commander: Col. Gen. Kim Yong-bok of the Storm Corps\n\
                    Date: August 2023 \u{2013} present\n\
                    Units: 11th Army Corps; the 94th Brigade (reported)\n\
                    Part of the Russo-Ukrainian war since October\n";
        let got = suggest(text, "2025-06-24");
        assert_eq!(agencies(&got)[1..], [("6,000+", None), ("more than 12 million", None)]);
    }

    #[test]
    fn read_copy_in_capitals_keeps_its_sources() {
        let text = "GOOD EVENING. SOUTH KOREA\u{2019}S INTELLIGENCE SERVICE SAYS NORTH KOREA HAS NOW SENT ABOUT 15,000 \
                    TROOPS TO RUSSIA \u{2014} AND THAT NEARLY HALF OF THEM HAVE BEEN KILLED OR WOUNDED \u{1f4fa}.\n\n\
                    THE NATIONAL INTELLIGENCE SERVICE BRIEFED LAWMAKERS IN SEOUL THIS MORNING.\n\
                    ACCORDING TO ONE LAWMAKER, THE AGENCY PUT NORTH KOREAN CASUALTIES AT ABOUT\u{a0}6,800.\n";
        let got = suggest(text, "2025-11-05");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(agencies(&got), [("ABOUT 15,000", nis), ("NEARLY HALF", nis), ("ABOUT\u{a0}6,800", nis)]);
    }

    #[test]
    fn a_source_line_under_a_table_set_by_spaces_credits_every_row() {
        let text = "Table 1. Troops in Russia \u{1f4ca}\n\
                    Quarter      In Russia      Killed\n\
                    Q4 2024      11,000         300\n\
                    Q1 2025      11,500\u{a0}     800r\n\
                    Source: NIS estimates \u{2014} \u{201c}provisional\u{201d}.\n\n\
                    Q2 2025      13,000         500\n\n\
                    Source: JCS.\n";
        let got = suggest(text, "2025-11-14");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        // A row after a blank line is another table's.
        assert_eq!(
            agencies(&got),
            [("11,000", nis), ("300", nis), ("11,500", nis), ("800", nis), ("13,000", None), ("500", None)]
        );
    }

    #[test]
    fn a_possessive_before_a_name_after_according_to_is_a_determiner() {
        // A delegate's "our National Intelligence Service" is the service.
        let text = "Mr. Kim (Republic of Korea): According to our National Intelligence Service, some 17,000 \
                    soldiers \u{2014} \u{201c}volunteers\u{201d} \u{2014} had gone. Seoul agrees: according to its \
                    Joint Chiefs of Staff, about 7,200 were hurt \u{1f915}.\n";
        let got = suggest(text, "2025-12-08");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        let jcs = Some("South Korean Joint Chiefs of Staff");
        assert_eq!(agencies(&got), [("some 17,000", nis), ("about 7,200", jcs)]);
    }

    #[test]
    fn a_source_named_right_after_its_figure_owns_it() {
        let text = "The JCS spoke on Thursday. Our copy ran \u{201c}over 4,000\u{201d} for the JCS that day and \
                    then \u{201c}over\u{a0}5,000\u{201d} from the MoD on Friday \u{1f4f0}.\n\n\
                    Pyongyang sent 11,000 troops from North Korea \u{2014} a figure nobody disputes.\n";
        let got = suggest(text, "2025-03-28");
        assert_offsets(text, &got);
        let jcs = Some("South Korean Joint Chiefs of Staff");
        let uk = Some("UK Ministry of Defence");
        assert_eq!(agencies(&got), [("over 4,000", jcs), ("over\u{a0}5,000", uk), ("11,000", None)]);
    }

    #[test]
    fn words_broken_at_line_ends_are_read_whole_and_quoted_as_written() {
        let text = "North Korea has lost more than 5,000 soldiers in the Kursk re-\n\
                    gion since the autumn, the UK Ministry of De-\n\
                    fence said on Friday \u{1f4f0}. Ukraine\u{2019}s commander, Oleksandr Syr-\n\
                    sky, said in late January that near-\n\
                    ly half had been killed or wounded, a\u{a0}\u{201c}grim\u{201d} toll \u{2014} about 30 per-\n\
                    cent of them dead.\n";
        let got = suggest(text, "2025-03-29");
        assert_offsets(text, &got);
        let syrsky = Some("Oleksandr Syrsky");
        assert_eq!(
            agencies(&got),
            [
                ("more than 5,000", Some("UK Ministry of Defence")),
                ("near-\nly half", syrsky),
                ("about 30 per-\ncent", syrsky)
            ]
        );
        assert_eq!(got[1].qualifier, Some(Qualifier::Nearly));
        assert!(
            got[1].sentence.starts_with("Ukraine\u{2019}s commander, Oleksandr Syr-\nsky, said"),
            "{}",
            got[1].sentence
        );
    }

    #[test]
    fn from_naming_an_origin_or_a_baseline_credits_no_one() {
        let text = "Drones hit the vil-\nlage\u{2014}14 of them near the school\u{2014}and a\u{a0}quar-\nter of homes lost power.\n\n\
                    The NIS said deaths rose to 3,000 from the JCS figure of 2,500 \u{1f4c8}.\n\n\
                    Zelensky said $61bn from the Pentagon had yet to arrive.\n";
        let got = suggest(text, "2025-03-28");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [
                ("14", None),
                ("a\u{a0}quar-\nter", None),
                ("3,000", Some("South Korean National Intelligence Service")),
                ("2,500", Some("South Korean Joint Chiefs of Staff")),
                ("$61bn", Some("Volodymyr Zelensky"))
            ]
        );
    }

    #[test]
    fn tables_of_counts_stay_figures_beside_note_lists_and_running_heads() {
        let text = "Goals \u{26bd}\n22 Salah\n21 Haaland\n20 Isak\n\n\
                    Seats won (650 total):\nLAB      411\nCON      121\nLD       72\n\n\
                    Asylum claims:\n412 The Gambia\n12 The Netherlands\n\n\
                    Wounded by hospital:\n12 St\u{a0}Thomas\u{2019}\n13 Guy\u{2019}s\n14 King\u{2019}s\n\n\
                    7      THE NORTHERN COURIER      Saturday, March 29, 2025\n\n\
                    Notes\n23 Q 12 [Sir Mark]; see also (NKT0003)\n24 Q 45-47.\n25 Embassy of Ukraine (NKT0007)\n\n\
                    Seoul has the \u{201c}most\u{201d} troops. 420 words. Moved.\n";
        let got = suggest(text, "2025-03-29");
        assert_offsets(text, &got);
        let texts: Vec<&str> = got.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["22", "21", "20", "650", "411", "121", "72", "412", "12", "12", "13", "14"]);
    }

    #[test]
    fn a_web_page_s_own_counts_offers_and_citations_are_not_figures() {
        let text = "Support us \u{2014} subscribe from \u{a3}2 a month | Sign in\n\
                    Our 1,048 partners and we store cookies on your device.\n\n\
                    Seoul says 2,100 North Korean soldiers were hurt \u{1f1f0}\u{1f1f7}\n\
                    3.4K shares \u{b7} 512 comments\n\n\
                    The post drew 512 comments and \u{201c}1,900 shares\u{201d} in a day [3, p.\u{a0}7]. \
                    The JCS put the toll at [about 4,000] [2, 5].\n\n\
                    Popular now\n\
                    1 Farmers block roads over grain prices again\n\
                    2 Floods close schools across the north on Monday\n\
                    3 The week in pictures from around the world\n\n\
                    Join 90,000 readers.\nComments (512)\n\
                    Subscriptions rose to $5bn a year, and the site\u{2019}s 1,048 partners were fined.\n\
                    Lee, J. (2024). Counting the dead. Asian Security 19(3): 201-224.\n";
        let got = suggest(text, "2025-03-29");
        assert_offsets(text, &got);
        let texts: Vec<&str> = got.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["2,100", "512", "1,900", "about 4,000", "$5bn", "1,048"]);
    }

    #[test]
    fn a_part_s_lent_source_yields_to_the_sentence_after_that_names_one() {
        let text = "Syrsky said on Monday that 3,800 North Korean soldiers \u{2014} \u{201c}a brigade\u{201d} \u{2014} were lost.\n\n\
                    About 1,400 of those casualties came in a\u{a0}single week \u{1f4c9}. \
                    That estimate was published by Ukraine\u{2019}s military intelligence agency, HUR.\n\n\
                    About 900 of those casualties were killed.\n\n\
                    That figure was later questioned by analysts.\n";
        let got = suggest(text, "2025-03-29");
        assert_offsets(text, &got);
        let syrsky = Some("Oleksandr Syrsky");
        let rows: Vec<(&str, Option<&str>)> = sourced_days(&got).into_iter().map(|(t, a, _)| (t, a)).collect();
        assert_eq!(
            rows,
            [("3,800", syrsky), ("About 1,400", Some("Ukrainian Military Intelligence (HUR)")), ("About 900", syrsky)]
        );
    }

    #[test]
    fn a_lede_s_figure_takes_the_day_the_next_paragraph_gives_its_source() {
        let text = "More than 6,000 North Korean soldiers have been killed or wounded \u{2014} \u{201c}a grim toll\u{201d} \
                    \u{1f1f0}\u{1f1f5} \u{2014} according to the UK Ministry of Defence.\n\n\
                    In an update posted on Friday, the ministry said about a\u{a0}third of the casualties were dead.\n\n\
                    Around 2,500 were wounded, South Korea\u{2019}s spy agency said.\n\n\
                    Analysts in Seoul met on Monday to compare notes.\n";
        let got = suggest(text, "2025-03-29");
        assert_offsets(text, &got);
        let uk = Some("UK Ministry of Defence");
        assert_eq!(
            sourced_days(&got),
            [
                ("More than 6,000", uk, Some("Friday")),
                ("about a\u{a0}third", uk, Some("Friday")),
                ("Around 2,500", Some("South Korean National Intelligence Service"), None)
            ]
        );
    }

    #[test]
    fn a_statement_a_day_after_another_dates_the_other_a_day_before() {
        let text = "On Friday, the UK Ministry of Defence put the toll at over 5,000 \u{1f1ec}\u{1f1e7}.\n\n\
                    The British estimate came a day after South Korea\u{2019}s Joint Chiefs of Staff told lawmakers \
                    that \u{201c}about 4,000\u{201d} had been hurt.\n";
        let got = suggest(text, "2025-03-29");
        assert_offsets(text, &got);
        let day = |t: &str| got.iter().find(|s| s.text == t).and_then(|s| s.date.map(|d| d.value.to_string()));
        assert_eq!(day("over 5,000").as_deref(), Some("2025-03-28"));
        assert_eq!(day("about 4,000").as_deref(), Some("2025-03-27"));
    }

    #[test]
    fn a_difference_the_writer_works_out_is_no_source_s_even_in_a_bullet() {
        let text = "- The UK Ministry of Defence said on Friday that about 1,000 had been killed \u{1f1ec}\u{1f1e7}.\n\
                    - The British and Korean counts differ by roughly 1,000 \u{2014} \u{201c}timing\u{201d}, most likely.\n\
                    - The two tallies differ by about 1,000, the JCS said on Monday.\n";
        let got = suggest(text, "2025-03-29");
        assert_offsets(text, &got);
        let uk = Some("UK Ministry of Defence");
        assert_eq!(
            sourced_days(&got),
            [
                ("about 1,000", uk, Some("Friday")),
                ("roughly 1,000", None, None),
                ("about 1,000", Some("South Korean Joint Chiefs of Staff"), Some("Monday"))
            ]
        );
        let got = suggest(
            "The NIS said 3,000 and the JCS 1,100. The numbers are 1,900 apart \u{2014} \u{1f914}.",
            "2025-03-29",
        );
        assert_eq!(got.iter().map(|s| s.agency.is_some()).collect::<Vec<_>>(), [true, true, false], "{got:?}");
    }

    #[test]
    fn an_item_nested_under_another_or_opened_by_it_said_goes_on_with_it() {
        let nis = Some("South Korean National Intelligence Service");
        let hur = Some("Ukrainian Military Intelligence (HUR)");
        // Nested: the parent's source and the day opening it.
        let text = "FORCES \u{1f1f0}\u{1f1f5}\n\n\u{2022} Wed 30 Apr \u{2014} South Korea\u{2019}s National Intelligence \
                    Service said about 4,700 had been hurt. In mid-January it had put deaths at 300.\n  \u{2013} It also \
                    estimated that \u{201c}roughly 15,000\u{201d} were sent in all.\n\n\u{2022} Thu 1 May \u{2014} \
                    Ukrainian military intelligence (HUR) said up to 3,000\u{a0}troops remained.\n";
        let got = suggest(text, "2025-05-06");
        assert_offsets(text, &got);
        let day = |t: &str| got.iter().find(|s| s.text == t).and_then(|s| s.date.map(|d| d.value));
        assert_eq!(got.iter().find(|s| s.text == "roughly 15,000").and_then(|s| s.agency.as_deref()), nis.as_deref());
        assert_eq!(day("roughly 15,000"), Some(date("2025-04-30")), "{got:?}");
        // At the same depth the item is its own, unless "It said" opens it.
        let items = |third: &str| {
            format!(
                "FORCES \u{1f1f0}\u{1f1f5}\n\n\u{2022} Wed 30 Apr \u{2014} South Korea\u{2019}s National Intelligence \
                 Service said about 4,700 had been hurt.\n\n\u{2022} {third} some 3,000 reinforcements in the first \
                 quarter.\n\n\u{2022} Thu 1 May \u{2014} Ukrainian military intelligence (HUR) said up to 3,000 \
                 troops remained.\n"
            )
        };
        let agency_of = |text: &str, t: &str| {
            let got = suggest(text, "2025-05-06");
            assert_offsets(text, &got);
            got.iter().find(|s| s.text == t).map(|s| s.agency.clone())
        };
        assert_eq!(agency_of(&items("It also said Pyongyang sent"), "some 3,000"), Some(nis.map(String::from)));
        // An item with its day is no key point that the next item's 3,000
        // restates.
        assert_eq!(agency_of(&items("Pyongyang sent"), "some 3,000"), Some(None));
        assert_eq!(agency_of(&items("Pyongyang sent"), "up to 3,000"), Some(hur.map(String::from)));
        // Every sentence of an item falls back on the day opening it.
        let text = "\u{2022} Sat 26 Apr (carried over) \u{2014} Gerasimov declared Kursk \u{201c}liberated\u{201d}. \
                    Russia\u{2019}s defence ministry said Ukraine had lost more than 76,000\u{a0}troops since August \
                    2024.\n\nKyiv disputes it \u{2014} 1,000 at most, officials said.\n";
        let got = suggest(text, "2025-05-06");
        assert_offsets(text, &got);
        let day = |t: &str| got.iter().find(|s| s.text == t).and_then(|s| s.date.map(|d| (d.value, s.date_source)));
        assert_eq!(day("more than 76,000"), Some((date("2025-04-26"), Some(DateSource::Text))), "{got:?}");
        // Not the prose after the list.
        assert_eq!(day("1,000"), Some((date("2025-05-06"), Some(DateSource::Published))), "{got:?}");
    }

    #[test]
    fn a_name_s_own_estimate_is_its_own_and_goes_on() {
        let text = "The Joint Chiefs of Staff put the toll at about 4,700 on 27\u{a0}March \u{1f1f0}\u{1f1f7}. \
                    Holt\u{2019}s own March figure was 4,400 \u{2014} \u{201c}between London and Seoul.\u{201d}\n\n\
                    Defence\u{2019}s own estimate of casualties is 5,000, above the NIS figure. On that estimate, \
                    about 40\u{a0}per cent of the force was hit. Russia\u{2019}s own average daily casualties ran at \
                    about 1,200, the JCS said.\n";
        let got = suggest(text, "2025-05-06");
        assert_offsets(text, &got);
        let agency = |t: &str| got.iter().find(|s| s.text == t).map(|s| s.agency.as_deref());
        let jcs = Some("South Korean Joint Chiefs of Staff");
        assert_eq!(agency("about 4,700"), Some(jcs));
        assert_eq!(agency("4,400"), Some(None), "{got:?}");
        assert_eq!(agency("5,000"), Some(None), "{got:?}");
        assert_eq!(agency("about 40\u{a0}per cent"), Some(None), "{got:?}");
        // "own" of the losses themselves, no estimate of its own.
        assert_eq!(agency("about 1,200"), Some(jcs), "{got:?}");
    }

    #[test]
    fn a_person_the_list_does_not_know_judging_a_figure_is_its_source() {
        let text = "Kyrylo Budanov, Ukraine\u{2019}s intelligence chief, said last month that \u{201c}as many as \
                    7,000\u{201d} had been hit \u{1f4a5}. Holt thinks that is too high. She now puts the force at \
                    15,000. Dagny Holt reckons 300\u{a0}more died.";
        let got = suggest(text, "2025-07-12");
        assert_offsets(text, &got);
        let agency = |t: &str| got.iter().find(|s| s.text == t).map(|s| s.agency.as_deref());
        let hur = Some("Ukrainian Military Intelligence (HUR)");
        assert_eq!(agency("as many as 7,000"), Some(hur), "{got:?}");
        assert_eq!(agency("15,000"), Some(None), "{got:?}");
        assert_eq!(agency("300"), Some(None), "{got:?}");
        // Past an adverb or an aside word; a title and a hyphened name.
        for judging in ["Holt, however, thinks", "Dr Olena Holt-Smith now reckons", "O\u{2019}Brien also believes"] {
            let text =
                format!("The MoD said 1,100\u{a0}troops died on Monday \u{1f1ec}\u{1f1e7}. {judging} 1,300 died.");
            let got = suggest(&text, "2025-05-06");
            assert_offsets(&text, &got);
            let agencies: Vec<_> = got.iter().map(|s| s.agency.as_deref()).collect();
            assert_eq!(agencies, [Some("UK Ministry of Defence"), None], "{judging}");
        }
    }

    #[test]
    fn ukr_is_ukraine_s_abbreviation() {
        let text = "London counted the dead \u{1f1ec}\u{1f1e7}.\n\n- Ukr MoD daily tally: approx 1,500 Russian troops lost in 24\u{a0}hrs\n";
        let got = suggest(text, "2025-01-28");
        assert_offsets(text, &got);
        let rows: Vec<(&str, Option<&str>)> = sourced_days(&got).into_iter().map(|(t, a, _)| (t, a)).collect();
        assert_eq!(rows, [("approx 1,500", Some("Ukrainian Ministry of Defence"))]);
    }

    #[test]
    fn show_notes_are_key_points_restated_only_by_their_own_source() {
        // Timestamped lines are items; the one naming Syrsky takes his
        // figure's date, not the ministry's equal share.
        let text = "Episode 9 \u{2014} the toll 🎧\n\n\
                    SHOW NOTES\n\
                    [04:12] The ministry\u{2019}s update: nearly half\n\
                    [19:20] Syrsky\u{2019}s \u{201c}nearly half\u{201d} claim\n\n\
                    The UK Ministry of Defence said on Friday that nearly half of the force was lost. \
                    In late January, Syrsky said nearly\u{a0}half had been killed or wounded.";
        let got = suggest(text, "2025-04-10");
        let uk = Some("UK Ministry of Defence");
        let syrsky = Some("Oleksandr Syrsky");
        assert_eq!(
            sourced_days(&got),
            [
                ("nearly half", uk, Some("Friday")),
                ("nearly half", syrsky, Some("late January")),
                ("nearly half", uk, Some("Friday")),
                ("nearly\u{a0}half", syrsky, Some("late January"))
            ]
        );
    }

    #[test]
    fn we_the_writers_are_no_source_and_that_tally_names_one() {
        let text = "The Pentagon said on Monday that 2,300 were hurt.\n\n\
                    Kyiv is another matter. We wrote that Ukraine had counted \u{201c}910,000 dead\u{201d}. \
                    That tally came from Ukraine\u{2019}s Ministry of Defence in early March \u{2014} 📉.\n";
        let got = suggest(text, "2025-04-10");
        let rows = sourced_days(&got);
        assert_eq!(
            rows,
            [
                ("2,300", Some("US Department of Defense"), Some("Monday")),
                ("910,000", Some("Ukrainian Ministry of Defence"), Some("early March"))
            ]
        );
    }

    #[test]
    fn the_update_said_points_back_at_the_agency_whose_update_it_was() {
        let text = "The Pentagon put out an update on March 3.\n\n\
                    Our story said \u{201c}over 2,000\u{201d} were missing. The March 3 update in fact said \
                    roughly 1,900 \u{2014} 🧾.\n";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got), [("over 2,000", None), ("roughly 1,900", Some("US Department of Defense"))]);
        // A paragraph opening with the dated update goes on with the one before.
        let text = "The Pentagon said on March 3 that 1,200 were hurt.\n\nThe March 3 update put the missing at 300.\n";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got)[1], ("300", Some("US Department of Defense")));
    }

    #[test]
    fn an_interview_question_lends_nothing_to_the_answer() {
        let text = "The Pentagon\u{2019}s figures put the missing at 1,800. Is that plausible?\n\n\
                    It is low. In most wars about a tenth of casualties go missing \u{2014} 🤔.\n";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got), [("1,800", Some("US Department of Defense")), ("about a tenth", None)]);
    }

    #[test]
    fn the_assessment_said_goes_on_with_the_agency_of_the_paragraph_before() {
        let text = "In early March, British intelligence first counted 3,100 casualties.\n\n\
                    The wounded, the assessment said, were more than two-thirds of them \u{2014} 🩺.\n";
        let got = suggest(text, "2025-04-10");
        let rows = sourced_days(&got);
        let uk = Some("UK Ministry of Defence");
        assert_eq!(rows, [("3,100", uk, Some("early March")), ("more than two-thirds", uk, Some("early March"))]);
    }

    #[test]
    fn at_the_time_is_the_time_just_given() {
        let text = "In mid-February, the Pentagon counted 2,100 wounded. Syrsky said at the time that nearly \
                    a third were lost \u{2014} ⏱.";
        let got = suggest(text, "2025-04-10");
        let days = dated(&got);
        assert_eq!(days, [("2,100", Some("mid-February")), ("nearly a third", Some("mid-February"))]);
    }

    #[test]
    fn it_was_takes_the_date_of_what_the_sentence_before_spoke_of() {
        let text = "A correction: we misstated the crowd at Friday\u{2019}s \u{201c}peace march\u{201d}. \
                    It was about\u{a0}300 people \u{2014} not 3,000 🙇.\n\n\
                    That means about 30 buses. He put the cost at 4,000 won.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(
            dated(&got),
            [("about\u{a0}300", Some("Friday")), ("3,000", Some("Friday")), ("about 30", None), ("4,000", None)]
        );
    }

    #[test]
    fn what_the_writer_counted_is_nobodys_claim() {
        let text = "The Pentagon said on Monday that 640 had deserted, and 12 of the clips we verified showed it.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got), [("640", Some("US Department of Defense")), ("12", None)]);
        // "By this newspaper's count": the writer's sum.
        let text = "The Pentagon said on Monday that 640 had deserted. By this newspaper\u{2019}s count, \
                    that brings the total since January to about 1,900.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got), [("640", Some("US Department of Defense")), ("about 1,900", None)]);
        // "we were told" relays a source: not the writer's count.
        let text = "The Pentagon said on Monday that 640 had deserted, and 12 we were told about had been shot.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got)[1], ("12", Some("US Department of Defense")));
        // "We counted at least 9 …" with an agency's estimate named after.
        let text = "The Pentagon said on Monday that 640 had deserted. We have counted at least 9\u{a0}posts \
                    that turned the Pentagon\u{2019}s \u{201c}deserted\u{201d} into \u{201c}shot\u{201d} 🙄.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got), [("640", Some("US Department of Defense")), ("at least 9", None)]);
        // "by Meridian Wire's calculation" at the end of a long sentence:
        // the outlet's own; "by the JCS's count" stays the agency's.
        let text = "The Pentagon said on Monday that 640 had deserted, so the unit is down to some 2,000 \u{2014} \
                    about a fifth of its strength at the start, by Harbour Post\u{2019}s calculation. \
                    It lost 300 more, by the JCS\u{2019}s count.";
        let got = suggest(text, "2025-04-10");
        let jcs = Some("South Korean Joint Chiefs of Staff");
        assert_eq!(
            agencies(&got),
            [("640", Some("US Department of Defense")), ("some 2,000", None), ("about a fifth", None), ("300", jcs)]
        );
        // Outlets retelling a figure speak for themselves, not for the
        // agency the next clause quotes.
        let text = "On Monday several sites retold the January figure as \u{201c}over 900\u{201d} 🙃; \
                    the Pentagon itself said 640.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got), [("over 900", None), ("640", Some("US Department of Defense"))]);
        // "By our own sum": the writer's.
        let text = "The Pentagon said on Monday that 640 had deserted in March. \
                    Put together that is some 2,000 \u{2014} our own sum.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got), [("640", Some("US Department of Defense")), ("some 2,000", None)]);
    }

    #[test]
    fn he_added_takes_the_day_the_speaker_spoke_in_the_paragraph() {
        let text = "\u{201c}It is grim,\u{201d} a JCS spokesman told reporters on Thursday. \
                    By his count 3,100 replacements came in January. \
                    He added that about 190 guns had been shipped \u{2014} 🚆 by rail.";
        let got = suggest(text, "2025-03-29");
        let days = dated(&got);
        assert_eq!(days, [("3,100", Some("January")), ("about 190", Some("Thursday"))]);
    }

    #[test]
    fn a_part_of_a_dated_figure_or_a_with_clause_on_it_shares_its_date() {
        let text = "Kyiv logged 47 drone raids between May 2 and May 8 \u{2014} nine of them on hospitals. \
                    Russian units took 30 villages in the week to May 8, with conscripts storming at least six.";
        let got = suggest(text, "2025-05-12");
        let days: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.date.map(|d| d.value.to_string()))).collect();
        let (may2, may8) = (Some("2025-05-02".to_string()), Some("2025-05-05".to_string()));
        assert_eq!(days, [("47", may2.clone()), ("nine", may2), ("30", may8.clone()), ("at least six", may8)]);
    }

    #[test]
    fn owning_up_to_a_sum_is_the_writer_s_unless_a_speaker_says_it() {
        let text = "The JCS says 3,000 more arrived. So you\u{2019}re at roughly 14,000 in total. Again, that\u{2019}s \
                    my sum \u{1f9ee}.\n\n\
                    Britain\u{2019}s Defence Intelligence put losses at 4,000. But that\u{2019}s our count only, a \
                    spokesman said.";
        let got = suggest(text, "2025-04-01");
        let (jcs, uk) = (Some("South Korean Joint Chiefs of Staff"), Some("UK Ministry of Defence"));
        assert_eq!(agencies(&got), [("3,000", jcs), ("roughly 14,000", None), ("4,000", uk)]);
    }

    #[test]
    fn the_writer_s_estimate_or_analysis_is_its_own_but_not_a_figure_a_source_is_said_to_give() {
        let pentagon = Some("US Department of Defense");
        for text in [
            "The Pentagon said 11,000 were sent. By our estimate, 3,000 \u{2014} \u{201c}at least\u{201d} \u{2014} were hit.",
            "The Pentagon said 11,000 were sent. Our analysis suggests 3,000 were hit \u{1f4c9}.",
        ] {
            let got = suggest(text, "2025-04-01");
            assert_eq!(agencies(&got), [("11,000", pentagon), ("3,000", None)], "{text}");
        }
        let got = suggest(
            "The Pentagon said 11,000 were sent. Our estimate implies that roughly one in three of the 11,000 or so \
             soldiers the Pentagon said were sent has been hit.",
            "2025-04-01",
        );
        assert_eq!(agencies(&got), [("11,000", pentagon), ("roughly one in three", None), ("11,000 or so", pentagon)]);
        // A quoted speaker's estimate stays the speaker's.
        let got = suggest("\u{201c}By our estimate, 3,000 were killed,\u{201d} the HUR said.", "2025-04-01");
        assert_eq!(agencies(&got), [("3,000", Some("Ukrainian Military Intelligence (HUR)"))]);
    }

    #[test]
    fn a_date_opening_a_later_sentence_covers_all_its_clauses() {
        let got = suggest(
            "Drones hit the region \u{1f6f8}.\n\nIn total on 8 February, two people were killed and six \
             \u{201c}injured\u{201d}, and 31 houses and 12\u{a0}cars were damaged.",
            "2025-02-09",
        );
        let days: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.date_source, s.date.map(|d| d.value))).collect();
        let day = (Some(DateSource::Text), Some(date("2025-02-08")));
        assert_eq!(days, [("two", day.0, day.1), ("six", day.0, day.1), ("31", day.0, day.1), ("12", day.0, day.1)]);
    }

    #[test]
    fn a_name_its_country_follows_is_that_country_s_agency() {
        let got = suggest(
            "The National Intelligence Service of the Republic of Korea said 1,500 \u{1fa96} had come. \
             According to the Ministry of Defence of Japan, 300 \u{2014} \u{201c}at least\u{201d} \u{2014} \
             were hurt. The Ministry of Defence of Ukraine reported about 826,000.",
            "2025-04-01",
        );
        let (nis, ua) = (Some("South Korean National Intelligence Service"), Some("Ukrainian Ministry of Defence"));
        assert_eq!(agencies(&got), [("1,500", nis), ("300", None), ("about 826,000", ua)]);
        // "Republic of Korea's" inside the North's full name is no South
        // Korean form.
        let got = suggest(
            "The Democratic People\u{2019}s Republic of Korea\u{2019}s military said 300 returned.",
            "2025-04-01",
        );
        assert_eq!(agencies(&got), [("300", None)]);
    }

    #[test]
    fn a_judgement_the_writer_opens_a_sentence_with_is_its_own() {
        let nis = Some("South Korean National Intelligence Service");
        let hur = Some("Ukrainian Military Intelligence (HUR)");
        let got = suggest(
            "The NIS said 11,000 troops \u{1fa96} were sent. We judge that about 1,000 of them have been killed. \
             We now assess that 300\u{a0}more are missing \u{2014} \u{201c}at least\u{201d}. I estimate 90 fled.",
            "2025-04-01",
        );
        assert_eq!(agencies(&got), [("11,000", nis), ("about 1,000", None), ("300", None), ("90", None)]);
        // A spokesperson's "we": quoted (also in the middle of a quotation
        // of several sentences), in a transcript's turn or under its label,
        // given to a speaker, or relaying.
        for (text, figure) in [
            (
                "The HUR spoke. \u{201c}Losses are heavy. We estimate that 3,000 were killed. More are missing,\u{201d} \
                 the HUR said.",
                "3,000",
            ),
            ("HUR SPOKESPERSON ANDRIY YUSOV:\nWe estimate that 3,000 were killed \u{1f4e2}.", "3,000"),
            ("Budanov spoke to us. We estimate that 3,000 were killed, he said.", "3,000"),
            ("The NIS said 11,000 were sent. \u{201c}We estimate 3,000 were killed,\u{201d} the HUR said.", "3,000"),
            ("HUR SPOKESPERSON: Look, 11,000 were sent \u{1f4e6}. We put the total at 3,000 killed.", "3,000"),
            ("The HUR said 11,000 were sent. We wrote that 3,000 were killed.", "3,000"),
        ] {
            let got = suggest(text, "2025-04-01");
            let found = agencies(&got).into_iter().find(|(t, _)| *t == figure).map(|(_, a)| a);
            assert_eq!(found, Some(hur), "{text}");
        }
    }

    #[test]
    fn a_part_of_what_the_sentence_before_counted_takes_its_date() {
        let text = "Teams registered 412 people between 24 and 28 March \u{1f4cb}. Of the new arrivals, 97 were \
                    children and 64 were over 70.\n\nOf those, 12 needed care. Shelter is \u{201c}tight\u{201d}.";
        let got = suggest(text, "2025-04-02");
        let days: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.date.map(|d| d.value.to_string()))).collect();
        let march24 = Some("2025-03-24".to_string());
        // The next paragraph's "Of those" lends nothing across the break:
        // 12 has only the publication date.
        assert_eq!(days[..3], [("412", march24.clone()), ("97", march24.clone()), ("64", march24)]);
        assert_eq!(got[3].date_source, Some(DateSource::Published));
    }

    #[test]
    fn review_counter_examples_keep_their_sources() {
        let gs = Some("General Staff of the Armed Forces of Ukraine");
        let pentagon = Some("US Department of Defense");
        // A text and each figure's source.
        type Case<'a> = (&'a str, &'a [(&'a str, Option<&'a str>)]);
        let cases: &[Case] = &[
            // The agency's own name spelled out, or transliterated.
            (
                "Agence France Presse (AFP) reported 300 had fled \u{1f3c3}. AFP said 40 were children.",
                &[("300", Some("Agence France-Presse")), ("40", Some("Agence France-Presse"))],
            ),
            (
                "Holovne Upravlinnia Rozvidky (HUR) said 1,200 were at the front.",
                &[("1,200", Some("Ukrainian Military Intelligence (HUR)"))],
            ),
            // Another person with the title named since.
            (
                "Syrsky visited Kharkiv on Monday.\n\nThe army chief of North Korea, Ri Yong Gil, met officers. \
                 The army chief said 12,000 troops were ready.",
                &[("12,000", None)],
            ),
            // The next sentence covers each figure it restates, and "no
            // fewer than" is no denial.
            (
                "About 4,000 were hurt and two died. The Pentagon estimated that around 4,000 were hurt.",
                &[("About 4,000", pentagon), ("two", None), ("around 4,000", pentagon)],
            ),
            (
                "About 4,000 died in the battle. The Pentagon said no fewer than 4,000 had been killed.",
                &[("About 4,000", pentagon), ("no fewer than 4,000", pentagon)],
            ),
            (
                "About 4,000 died in the battle. The Pentagon said not fewer than 4,000 had been killed \u{2014} 😢.",
                &[("About 4,000", pentagon), ("not fewer than 4,000", pentagon)],
            ),
            (
                "Russia lost 1,200 troops on Tuesday. The General Staff said the figure, up from 1,100 on Monday, \
                 was a record.",
                &[("1,200", gs), ("1,100", gs)],
            ),
            // A comparison the source itself makes.
            (
                "Russia lost 1,400 troops on Tuesday, the General Staff said. That is 300 more than Monday\u{2019}s, \
                 the General Staff said.",
                &[("1,400", gs), ("300", gs)],
            ),
            // The next sentence goes on ("also", "of them").
            (
                "Russia lost 1,200 troops on Tuesday \u{1f4c9}. The General Staff said Russia also lost 12 guns.",
                &[("1,200", gs), ("12", gs)],
            ),
            // A relative clause on a listed name.
            (
                "Around 4,000 were hurt, according to British military intelligence, which said about 1,000 \
                 of them had been killed \u{1f4ca}.",
                &[("Around 4,000", Some("UK Ministry of Defence")), ("about 1,000", Some("UK Ministry of Defence"))],
            ),
            // "its" of a name the list does not know.
            (
                "On 24 January the Pentagon put the toll at around 4,000.\n\nThe Red Cross is more cautious: \
                 its estimate is 2,500.",
                &[("around 4,000", pentagon), ("2,500", None)],
            ),
        ];
        for (text, want) in cases {
            let got = suggest(text, "2025-03-30");
            assert_offsets(text, &got);
            assert_eq!(agencies(&got), *want, "{text}");
        }
        // A day ahead dates no figure.
        let text = "Stocks slipped 1.1% \u{1f4c9} on worries about tariffs due to take effect on Wednesday.";
        assert_eq!(dated(&suggest(text, "2025-03-27")), [("1.1%", None)]);
        // "The Pentagon added 500 troops": no statement, so no statement day.
        let text = "The Pentagon said on Monday that 11,000 troops were in Kursk.\n\nZelensky spoke on Thursday.\n\n\
                    The Pentagon added 500 troops to the mission.";
        assert_eq!(dated(&suggest(text, "2025-03-30"))[1], ("500", None));
    }

    #[test]
    fn the_officials_are_the_agency_s_only_when_named_beside_it_and_a_gap_is_the_writer_s() {
        let text = "Losses near 3,000, two U.S. officials said on Tuesday, a toll the Pentagon calls \u{201c}heavy\u{201d}.\n\n\
                    As of March 1, fewer than 8,000 were fit to fight, the officials said.\n\n\
                    A Pentagon spokesman said on Friday that 900 had died. About 100 were officers, the spokesman said.\n\n\
                    Seoul\u{2019}s JCS put the toll at 4,000 \u{2014} a gap of at least 1,000 with London\u{2019}s figure.\n";
        let got = suggest(text, "2025-03-30");
        assert_offsets(text, &got);
        let pentagon = Some("US Department of Defense");
        assert_eq!(
            agencies(&got),
            [
                ("near 3,000", None),
                ("fewer than 8,000", None),
                ("900", pentagon),
                ("About 100", pentagon),
                ("4,000", Some("South Korean Joint Chiefs of Staff")),
                ("at least 1,000", None)
            ]
        );
    }

    #[test]
    fn it_said_after_a_further_figure_dates_it_by_the_statement_unless_it_speaks_of_the_last() {
        let text = "Seoul\u{2019}s Joint Chiefs of Staff said on Thursday that 3,000 more troops had gone in January \
                    and February \u{1f4e6}. The North has also shipped about 220\u{a0}guns, it said.\n\n\
                    The JCS said in October that 3,000 had gone, raising it to 10,000 in November. \
                    A dozen \u{201c}generals\u{201d} are among them, it said.\n";
        let got = suggest(text, "2025-03-30");
        assert_offsets(text, &got);
        let days: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.date.map(|d| d.value.to_string()))).collect();
        assert_eq!(
            days,
            [
                ("3,000", Some("2025-01-01".to_string())),
                ("about 220", Some("2025-03-27".to_string())),
                ("3,000", Some("2024-10-01".to_string())),
                ("10,000", Some("2024-11-01".to_string())),
                ("A dozen", Some("2024-11-01".to_string())),
            ]
        );
    }

    #[test]
    fn a_source_named_after_what_or_than_is_the_compared_figure_s() {
        let text = "\u{201c}Kyiv\u{2019}s count alone, some 2,400, is more than six times what the Pentagon was saying \
                    in March \u{1f4c8},\u{201d} said Dr. Ana Ruiz, an analyst.\n\n\
                    Seoul\u{2019}s toll is 900, higher than the Pentagon estimated.\n\n\
                    The Pentagon said 5,000 had died, more than the JCS.\n";
        let got = suggest(text, "2025-04-07");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [
                ("some 2,400", None),
                ("more than six times", None),
                ("900", None),
                ("5,000", Some("US Department of Defense"))
            ]
        );
    }

    #[test]
    fn its_estimate_points_back_and_an_acronym_the_text_spells_out_is_not_the_agency_s() {
        let text = "On 24 January Britain\u{2019}s Ministry of Defence put the toll at around 4,000 \u{1f4ca}.\n\n\
                    By 28 March its estimate had grown to \u{201c}over 5,000\u{201d}.\n\n\
                    The Armed Forces of the Philippines (AFP) said on Friday that two observers were safe. \
                    AFP spokesman Col. Cruz said 300\u{a0}troops were on alert.\n\n\
                    South Korea\u{2019}s National Intelligence Service (NIS) said 1,000 had died.\n";
        let got = suggest(text, "2025-04-07");
        assert_offsets(text, &got);
        let mod_uk = Some("UK Ministry of Defence");
        assert_eq!(
            agencies(&got),
            [
                ("around 4,000", mod_uk),
                ("over 5,000", mod_uk),
                ("two", None),
                ("300", None),
                ("1,000", Some("South Korean National Intelligence Service"))
            ]
        );
    }

    #[test]
    fn a_paragraph_opening_with_x_added_takes_the_day_x_spoke() {
        let text = "Ukraine\u{2019}s top general Oleksandr Syrsky said on Tuesday that the line held, as the General \
                    Staff reported 1,200 Russian losses \u{1f4c9}.\n\n\
                    President Zelensky said on 2 January that 3,000 had died.\n\n\
                    Syrsky added that the newcomers learnt fast. He said Kyiv still held about 450\u{a0}square \
                    kilometres and that the push had cost Russia \u{201c}more than 38,000\u{201d} men.\n";
        let got = suggest(text, "2025-01-31");
        assert_offsets(text, &got);
        assert_eq!(
            sourced_days(&got)[2..],
            [
                ("about 450", Some("Oleksandr Syrsky"), Some("Tuesday")),
                ("more than 38,000", Some("Oleksandr Syrsky"), Some("Tuesday"))
            ]
        );
    }

    #[test]
    fn a_part_the_same_source_names_again_takes_its_wholes_date_when_nothing_else_dates_it() {
        let text = "TOKYO \u{2013} Some 3,000 soldiers had been wounded by late February, Britain\u{2019}s Defence \
                    Intelligence said on Monday (Mar 3), in the most detailed Western estimate yet \u{1f4ca}.\n\n\
                    About 800 of them had lost limbs, the UK Ministry of Defence said in its regular update, adding \
                    that the 12,000\u{a0}troops sent in October were \u{201c}worn out\u{201d}.\n";
        let got = suggest(text, "2025-03-05");
        assert_offsets(text, &got);
        assert_eq!(
            dated(&got),
            [("Some 3,000", Some("late February")), ("About 800", Some("late February")), ("12,000", Some("October"))]
        );
    }

    #[test]
    fn a_named_figure_implies_the_writer_s_reckoning_but_keeps_its_own_source() {
        let text = "The JCS said on Monday that 3,000 soldiers had been killed or wounded \u{1f4ca}.\n\n\
                    Set against a force of 14,000, the JCS\u{a0}figure implies a \u{201c}loss rate\u{201d} of about \
                    21 per cent. Set against the JCS figure of 3,000, the count \u{2014} a floor \u{2014} looks low.\n";
        let got = suggest(text, "2025-03-28");
        assert_offsets(text, &got);
        let rows: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        let jcs = Some("South Korean Joint Chiefs of Staff");
        assert_eq!(rows, [("3,000", jcs), ("14,000", None), ("about 21 per cent", None), ("3,000", jcs)]);
    }

    #[test]
    fn what_figures_imply_and_what_a_desk_sums_is_the_writer_s() {
        let text = "The JCS put losses at 3,000 \u{2014} the \u{201c}floor\u{201d} \u{1f9ee}. \
                    Read against a force of about 12,000, they imply that a quarter had fallen. \
                    Second, set against 12,000, a later\u{a0}figure of 4,000 gives about 33 per cent. \
                    The MoD\u{2019}s figures imply that 40% were hurt. \
                    The JCS gave no total; 15,000 is the map desk\u{2019}s sum.";
        let got = suggest(text, "2025-04-02");
        let rows: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        assert_eq!(
            rows,
            [
                ("3,000", Some("South Korean Joint Chiefs of Staff")),
                ("about 12,000", None),
                ("a quarter", None),
                ("12,000", None),
                ("4,000", None),
                ("about 33 per cent", None),
                ("40%", Some("UK Ministry of Defence")),
                ("15,000", None),
            ]
        );
    }

    #[test]
    fn a_table_row_s_source_cell_with_a_note_mark_credits_its_figures() {
        let text = "Date\tSource\tKilled and wounded \u{1f4ca}\n\
                    24 Jan 2025\tUK MoD\u{b9}\tc.\u{a0}4,000\n\
                    27 Mar 2025\tJCS\u{b2}\t\u{201c}c. 4,000\u{201d}\n";
        let got = suggest(text, "2025-04-02");
        let rows: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        assert_eq!(
            rows,
            [
                ("c.\u{a0}4,000", Some("UK Ministry of Defence")),
                ("c. 4,000", Some("South Korean Joint Chiefs of Staff"))
            ]
        );
    }

    #[test]
    fn a_summary_naming_a_country_in_brackets_is_credited_by_that_countrys_agency() {
        let text = "Key points\n\n\
                    \u{2022} Estimates of the dead run from about 2,000 (South Korea) to some 3,000 (U.K.) 📉.\n\n\
                    Body\n\n\
                    The UK Ministry of Defence said on 2 March that about 2,000 had died. \
                    The JCS said on 9 March that about 2,000 were dead. The MoD said on 10 March that some 3,000 were.\n";
        let got = suggest(text, "2025-03-20");
        let rows: Vec<_> =
            got.iter().take(2).map(|s| (s.text.as_str(), s.agency.as_deref(), s.date_text.as_deref())).collect();
        assert_eq!(
            rows,
            [
                ("about 2,000", Some("South Korean Joint Chiefs of Staff"), Some("9 March")),
                ("some 3,000", Some("UK Ministry of Defence"), Some("10 March"))
            ]
        );
    }

    #[test]
    fn the_next_sentence_going_on_with_the_statement_dates_it() {
        let text = "Nearly 6,000 troops have been wounded, the Ministry of Defence says.\n\n\
                    A quarter of them are thought to have died, according to the ministry\u{2019}s update, \
                    published on Monday \u{2014} 🇬🇧.\n";
        let got = suggest(text, "2025-04-10");
        let days = dated(&got);
        assert_eq!(days, [("Nearly 6,000", Some("Monday")), ("A quarter", Some("Monday"))]);
        // A new statement that does not refer back dates only itself.
        let text = "Nearly 6,000 troops have been wounded, the Ministry of Defence says.\n\n\
                    On Monday the ministry said 300 more had died.\n";
        let got = suggest(text, "2025-04-10");
        assert_eq!(got[0].date_text, None);
    }

    #[test]
    fn a_next_paragraph_naming_a_source_claims_only_figures_without_one() {
        // The quotation's paragraph names its speaker itself.
        let text = "\u{201c}More than 6,000 troops were lost.\u{201d} The JCS said so on Monday.\n\n\
                    The assessment, from HUR, was shared on Wednesday.\n";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got), [("More than 6,000", Some("South Korean Joint Chiefs of Staff"))]);
        // The writer's own sum stays the writer's.
        let text = "The JCS said 900 came in May. By our count, that brings the total to about 1,900.\n\n\
                    The figures were released by the JCS on Wednesday.\n";
        let got = suggest(text, "2025-06-10");
        assert_eq!(agencies(&got)[1], ("about 1,900", None));
    }

    #[test]
    fn an_aside_between_dashes_keeps_its_own_speaker() {
        let text = "Moscow received rockets\u{2014}the NIS has spoken of 6,000 crates\u{2014}as well as 90 launchers, \
                    by the JCS\u{2019}s count.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(
            agencies(&got),
            [
                ("6,000", Some("South Korean National Intelligence Service")),
                ("90", Some("South Korean Joint Chiefs of Staff"))
            ]
        );
    }

    #[test]
    fn now_in_a_noun_phrase_or_after_a_preamble_keeps_the_statements_day() {
        // "the brigades now at the front" places the brigades; the share
        // goes on with the Pentagon's mid-March statement.
        let text = "By mid-March 2,100 soldiers had crossed the border, the Pentagon said. \
                    It added that roughly a quarter of the brigades now at the front were new \u{2014} \u{201c}green\u{201d} units.";
        let got = suggest(text, "2025-04-10");
        let days = dated(&got);
        assert_eq!(days, [("2,100", Some("mid-March")), ("roughly a quarter", Some("mid-March"))]);
        // A present "now" takes only a statement's day from before, not the
        // period an earlier figure described.
        let text = "Kyiv counted 1,250 Russian losses over the past 24 hours. \
                    Its running total now stands at 912,000\u{a0}🪖.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(got[1].date_source, Some(DateSource::Published));
        // "14:02 \u{2014} Background." is a preamble: the next sentence still
        // opens its paragraph and goes on with the update of the paragraph
        // before, dated as that was.
        let text = "14:00 \u{2014} The Ministry of Defence said in an update on Monday that 3,300 had been wounded.\n\n\
                    14:02 \u{2014} Background. The update puts the first deployment at 9,000 men, so that \
                    more than a third of the men the ministry counted are now out of action.";
        let got = suggest(text, "2025-04-10");
        let days = dated(&got);
        assert_eq!(days, [("3,300", Some("Monday")), ("9,000", Some("Monday")), ("more than a third", Some("Monday"))]);
    }

    #[test]
    fn a_sentence_of_a_figure_alone_echoes_the_one_just_cited() {
        let text = "The JCS said on 9\u{a0}March that a third of the force was lost.\n\n\
                    A third! On my reading, more than 3,000 are gone \u{2014} 😬. A blogger claims 40\u{a0}percent.";
        let got = suggest(text, "2025-04-02");
        let jcs = Some("South Korean Joint Chiefs of Staff");
        let day = Some("9\u{a0}March");
        assert_eq!(
            sourced_days(&got),
            [
                ("a third", jcs, day),
                ("A third", jcs, day),
                ("more than 3,000", None, None),
                ("40\u{a0}percent", None, None)
            ]
        );
    }

    #[test]
    fn a_bracketed_name_the_list_does_not_know_is_its_figure_s_source() {
        let text = "The MoD said on 3\u{a0}March that 5,000 were hurt; the tally stood at \
                    1,900 named dead (Arctic Policy Institute) \u{1f4ca}. \
                    The NIS (South Korea) put it at 4,000.\n\n\
                    OFFICIAL (Deputy Press Secretary Jo Lee): We count 600.";
        let got = suggest(text, "2025-04-02");
        let uk = Some("UK Ministry of Defence");
        assert_eq!(
            agencies(&got),
            [
                ("5,000", uk),
                ("1,900", None),
                ("4,000", Some("South Korean National Intelligence Service")),
                ("600", None)
            ]
        );
        assert_eq!(got[1].date_source, Some(DateSource::Published));
        // A bracket inside the clause glosses a place.
        let text = "The NIS said troops sent to the region (Kursk Oblast) numbered 11,000 \u{1f5fa}.";
        assert_eq!(
            agencies(&suggest(text, "2025-04-02")),
            [("11,000", Some("South Korean National Intelligence Service"))]
        );
        // A listed agency in brackets closing a sidebar's line, its
        // country's words before it.
        let text = "KEY NUMBERS\n\
                    \u{2022} 9,000 \u{2014} troops sent, Oct.\u{2013}Nov.\u{a0}2024 (South Korean JCS)\n\
                    \u{2022} 2,000 \u{2014} reinforcements \u{1f6a2} (Arctic Policy Institute)\n";
        let got = suggest(text, "2025-04-02");
        assert_eq!(agencies(&got), [("9,000", Some("South Korean Joint Chiefs of Staff")), ("2,000", None)]);
    }

    #[test]
    fn prose_restating_a_table_row_s_figure_takes_the_row_s_date() {
        let text = "Estimates\n\nSource | Date | Figure\n\
                    UK MoD | 24 Jan 2025 | c. 4,000 casualties\n\
                    South Korean JCS | 27 Mar 2025 | about 4,000 casualties\n\n\
                    London\u{2019}s c.\u{a0}4,000 is older than Seoul\u{2019}s \u{201c}about 4,000\u{201d} 🧐.";
        let got = suggest(text, "2025-04-02");
        let uk = Some("UK Ministry of Defence");
        let jcs = Some("South Korean Joint Chiefs of Staff");
        assert_eq!(
            sourced_days(&got),
            [
                ("c. 4,000", uk, Some("24 Jan 2025")),
                ("about 4,000", jcs, Some("27 Mar 2025")),
                ("c.\u{a0}4,000", uk, Some("24 Jan 2025")),
                ("about 4,000", jcs, Some("27 Mar 2025")),
            ]
        );
    }

    #[test]
    fn a_recap_in_prose_takes_the_dates_of_the_figures_it_restates() {
        let text = "The MoD said on 28\u{a0}March that over 5,000 were hurt. Syrsky said in late January that \
                    nearly half were.\n\nHe disagreed. Others did too.\n\n\
                    So, to sum up: the Ministry of Defence in London says over 5,000 now, and Syrsky says \
                    \u{201c}nearly half\u{201d} \u{1f4dd}.";
        let got = suggest(text, "2025-04-02");
        let uk = Some("UK Ministry of Defence");
        let syrsky = Some("Oleksandr Syrsky");
        assert_eq!(
            sourced_days(&got),
            [
                ("over 5,000", uk, Some("28\u{a0}March")),
                ("nearly half", syrsky, Some("late January")),
                ("over 5,000", uk, Some("28\u{a0}March")),
                ("nearly half", syrsky, Some("late January")),
            ]
        );
    }

    #[test]
    fn a_recap_restating_earlier_figures_takes_their_sources() {
        let text = "09:12 \u{2014} The UK Ministry of Defence said on Friday that 5,200 had been wounded.\n\n\
                    10:05 \u{2014} The JCS said on Thursday that roughly 3,900 had been killed.\n\n\
                    13:50 \u{2014} 📌 The figures so far:\n\
                    \u{2022} U.K.: about 5,200 wounded\n\u{2022} South Korea: 3,900 dead\n\u{2022} Sent: 15,000\n";
        let got = suggest(text, "2025-03-29");
        let rows = sourced_days(&got);
        let (uk, jcs) = (Some("UK Ministry of Defence"), Some("South Korean Joint Chiefs of Staff"));
        assert_eq!(
            rows,
            [
                ("5,200", uk, Some("Friday")),
                ("roughly 3,900", jcs, Some("Thursday")),
                ("about 5,200", uk, Some("Friday")),
                ("3,900", jcs, Some("Thursday")),
                // Nothing earlier says 15,000.
                ("15,000", None, None),
            ]
        );
    }

    #[test]
    fn the_ministry_noting_after_it_said_takes_the_day_of_the_statement() {
        let text = "The UK Ministry of Defence has been forthcoming. In an update on March 28, it said 5,000 \
                    had been wounded. That estimate, the ministry noted, is nearly half of the 11,000 sent. 🪖";
        let got = suggest(text, "2025-04-02");
        let days: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.date.map(|d| d.value.to_string()))).collect();
        let march_28 = Some("2025-03-28".to_string());
        assert_eq!(days, [("5,000", march_28.clone()), ("nearly half", march_28.clone()), ("11,000", march_28)]);
    }

    #[test]
    fn a_dash_before_while_ends_a_clause() {
        let got = suggest(
            "Kyiv says Moscow has lost almost 900,000 since February 2022 \u{2014} a figure nobody can check \
             \u{2014} while the MoD\u{2019}s own estimate, published last month, was about 850,000.",
            "2025-04-02",
        );
        let days = dated(&got);
        assert_eq!(days, [("almost 900,000", None), ("about 850,000", Some("last month"))]);
    }

    #[test]
    fn a_dash_inside_a_quotation_ends_the_claim_it_quotes() {
        let text = "A spokesman for the HUR, Andriy Yusov, was blunter. \u{201c}Moscow claims 76,000 \u{2014} the \
                    real figure is under 20,000 on our side,\u{201d} he said.";
        let got = suggest(text, "2025-04-02");
        let rows: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        assert_eq!(rows[1], ("under 20,000", Some("Ukrainian Military Intelligence (HUR)")));
    }

    #[test]
    fn a_date_in_a_relative_clause_on_a_later_noun_is_not_the_figure_s() {
        let got = suggest(
            "The ISW said on the 3rd that some 1,500 were back, drawn from the brigades that were mauled in January.",
            "2025-03-10",
        );
        assert_eq!(got[0].date_text.as_deref(), Some("the 3rd"));
        let got = suggest("Two governments that trade intelligence could not agree this week.", "2025-03-10");
        assert_eq!(got[0].date_text.as_deref(), Some("this week"));
    }

    #[test]
    fn a_sum_of_the_writer_and_an_agency_declining_credit_nobody() {
        let text = "NATO said on Mar.\u{a0}12 that each soldier earns $2,000 a month. Multiply that by 11,000 \
                    troops and the regime collects roughly $22m. One analyst put the total at $20bn \u{2014} a \
                    figure the NIS has declined to endorse. 💰";
        let got = suggest(text, "2025-03-18");
        let rows: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        assert_eq!(rows, [("$2,000", Some("NATO")), ("11,000", None), ("roughly $22m", None), ("$20bn", None)]);
    }

    #[test]
    fn figures_the_next_sentence_owns_up_to_are_the_writer_s() {
        let text = "The UK Ministry of Defence said 5,000 were hurt. Taken at face value, the British numbers imply \
                    a rate of about 45 per cent. Those are our calculations, not the ministry\u{2019}s. 🧮";
        let got = suggest(text, "2025-04-02");
        assert_eq!(agencies(&got), [("5,000", Some("UK Ministry of Defence")), ("about 45 per cent", None)]);
    }

    #[test]
    fn a_date_in_an_aside_after_a_dash_is_the_aside_s() {
        let got = suggest(
            "On Mar. 27 the JCS raised that to about 4,000 \u{2014} the level London had reported two months earlier.",
            "2025-04-15",
        );
        assert_eq!(got[0].date_text.as_deref(), Some("Mar. 27"));
        assert_eq!(got[0].agency.as_deref(), Some("South Korean Joint Chiefs of Staff"));
        let got = suggest("The brigade said it had killed 18 soldiers in one assault last week.", "2025-01-21");
        let days = dated(&got);
        assert_eq!(days, [("18", Some("last week"))]);
    }

    #[test]
    fn a_headline_with_its_own_source_takes_the_body_s_date() {
        let text = "North Korea\u{2019}s losses top 5,000, MoD says 🇬🇧\n\n\
                    LONDON \u{2014} North Korea has suffered over 5,000 casualties, the UK Ministry of Defence \
                    said on Friday.\n";
        let got = suggest(text, "2025-03-29");
        let rows: Vec<_> =
            got.iter().map(|s| (s.text.as_str(), s.agency_text.as_deref(), s.date_text.as_deref())).collect();
        assert_eq!(rows[0], ("5,000", Some("MoD"), Some("Friday")));
        assert_eq!(rows[1].2, Some("Friday"));
        // A standfirst under the headline waits for the body as well.
        let text = "Losses top 5,000, MoD says\n\nA third of the 11,000 sent are hurt, the ministry says\n\n\
                    North Korea has suffered over 5,000 casualties as of mid-March, a third of the 11,000 it sent, \
                    the UK Ministry of Defence said on Friday.\n";
        let got = suggest(text, "2025-03-29");
        let days: Vec<_> = got.iter().take(3).map(|s| s.date.map(|d| d.value.to_string())).collect();
        assert!(days.iter().all(|d| d.as_deref() == Some("2025-03-11")), "{days:?}");
        // Key points restating the headline do not stand in for the body.
        let text = "Losses top 5,000, MoD says\n\nKey points\n\u{2022} More than 5,000 hurt\n\n\
                    The UK Ministry of Defence said more than 5,000 were hurt as of March.\n";
        let got = suggest(text, "2025-03-29");
        assert_eq!(got[0].date_text.as_deref(), Some("March"));
    }

    #[test]
    fn a_further_statement_takes_the_day_its_speaker_spoke() {
        let text = "\u{201c}About 3,000 more were sent in January and February,\u{201d} a JCS official told \
                    reporters on Thursday.\n\nThe official said Pyongyang had also shipped about 220 guns.";
        let got = suggest(text, "2025-03-28");
        let days = dated(&got);
        assert_eq!(days, [("About 3,000", Some("January and February")), ("about 220", Some("Thursday"))]);
    }

    #[test]
    fn a_government_at_large_putting_a_figure_is_no_agency() {
        let got = suggest(
            "A State Department spokesman said on Friday that it watched a second wave, which Seoul has put at up to 2,000 soldiers.",
            "2025-01-25",
        );
        assert_eq!(agencies(&got), [("up to 2,000", None)]);
    }

    #[test]
    fn a_citation_in_brackets_dates_its_figure() {
        let text = "Ledger\n\n- Boats seized: about 140 (coastguard; Feb.\u{2013}Mar. 2025) 🚤\n\
                    - Crews held: 61 (JCS, 14/2)\n- Ports shut: 3 (the \u{201c}JCS\u{201d}; January)\n";
        let got = suggest(text, "2025-04-02");
        let dates: Vec<_> =
            got.iter().map(|s| (s.text.as_str(), s.date_text.as_deref(), s.date.map(|d| d.value))).collect();
        assert_eq!(
            dates,
            [
                ("about 140", Some("Feb.\u{2013}Mar. 2025"), Some(date("2025-02-01"))),
                ("61", Some("14/2"), Some(date("2025-02-14"))),
                ("3", Some("January"), Some(date("2025-01-01"))),
            ]
        );
        // A bracket that holds another figure is no citation of this one.
        let got = suggest("Crews held: 61 (up from 12 in January).", "2025-04-02");
        assert_eq!(got[0].date_source, Some(DateSource::Published));
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

    /// An annex's lettered loss lines under a heading's "as of" day and a
    /// "(Source: …)" line: the source's figures, of that day.
    #[test]
    fn a_source_line_under_a_heading_credits_and_dates_the_list_below_it() {
        let gs = Some("General Staff of the Armed Forces of Ukraine");
        let day = Some("10\u{a0}February 2025");
        let text = "Annex\n\n\
                    Losses in the Kursk region \u{2014} \u{201c}personnel\u{201d}, as of 10\u{a0}February 2025\n\
                    (Source: General Staff of the Armed Forces of Ukraine)\n\n\
                    (a) Killed: about 1,700;\n\
                    (b) Wounded: about 2,500 \u{1f915};\n\
                    (c) Captured: 2.\n";
        let got = suggest(text, "2025-02-20");
        assert_offsets(text, &got);
        assert_eq!(sourced_days(&got), [("about 1,700", gs, day), ("about 2,500", gs, day), ("2", gs, day)]);
        // An item dated by its own label keeps its own day; "(iii)" is a
        // marker too.
        let text = "Losses, as of 10\u{a0}February 2025\n(Source: ISW)\n\n(i) 9\u{a0}February: 300 killed;\n(iii) Wounded: 500.\n";
        let got = suggest(text, "2025-02-20");
        let isw = Some("Institute for the Study of War");
        assert_eq!(sourced_days(&got), [("300", isw, Some("9\u{a0}February")), ("500", isw, day)]);
        // No source line above the list: the items keep none.
        let text = "Losses, as of 10\u{a0}February 2025\n\n(a) Killed: about 1,700;\n(b) Wounded: about 2,500.\n";
        let got = suggest(text, "2025-02-20");
        assert_eq!(agencies(&got), [("about 1,700", None), ("about 2,500", None)]);
    }

    /// The writer's "Multiplied across …" with the agency denied ("not
    /// the agency's"), and "the day before that" opening what was said.
    #[test]
    fn a_denied_source_a_multiplied_sum_and_the_day_before_that() {
        let text = "Seoul\u{2019}s spy agency estimated that Moscow pays around $2,000 a month per soldier. \
                    Multiplied across the roughly 11,000 troops, that would come to some $22\u{a0}million a month \
                    \u{2014} our calculation, not the agency\u{2019}s \u{1f9ee}.";
        let got = suggest(text, "2025-04-18");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(agencies(&got), [("around $2,000", nis), ("roughly 11,000", None), ("some $22\u{a0}million", None)]);
        // A participle with its source said keeps the source, and a
        // source's breakdown stays the source's.
        let got = suggest("Multiplied by region, the NIS said, 300 died in Kursk.", "2025-04-18");
        assert_eq!(agencies(&got), [("300", nis)]);
        let text = "The NIS published its tally on Tuesday. Divided by sector, the heaviest losses \u{2014} about 600 \
                    troops \u{2014} came near Kursk.";
        let got = suggest(text, "2025-04-18");
        assert_eq!(agencies(&got), [("about 600", nis)]);
        let text = "Take our front page of 14 January \u{2014} \u{201c}Seoul: 3,000\u{201d}. The NIS had told \
                    lawmakers the day before that some 300 had died. On 14 January the NIS said the day before \
                    that attack 40 had died.";
        let got = suggest(text, "2025-05-10");
        assert_offsets(text, &got);
        let days: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.date.as_ref().map(|d| d.to_string()))).collect();
        assert_eq!(days[1], ("some 300", Some("2025-01-13".to_string())));
        assert_eq!(days[2], ("40", Some("2025-01-14".to_string())));
        // "In 23 of them": a part of what the sentence before counted.
        let text = "I read the 58 stories we published in March \u{1f4f0}. In 23 of them a figure had no source.";
        let got = suggest(text, "2025-05-10");
        assert_eq!(dated(&got), [("58", Some("March")), ("23", Some("March"))]);
        // "that" before a named event is no "that" of speech.
        let got =
            suggest("Kim met Putin on 14 June, the day before that G7 summit, and 1,200 troops left.", "2025-07-01");
        assert_eq!(dated(&got), [("1,200", Some("14 June"))]);
    }

    /// A titled person's surname alone names them later; an outlet closing
    /// a sentence relays its speaker, whose day the next sentence keeps;
    /// an aside "a figure X circulated" names the figure's source, and one
    /// describing the source named before it names none.
    #[test]
    fn a_surname_after_a_relay_an_aside_naming_the_source_and_one_describing_it() {
        let text = "Kremlin spokesman Dmitry Peskov told reporters on Monday that the troops fought \u{201c}heroically\u{201d}, \
                    TASS reported. \u{201c}More than 90\u{a0}percent of it is invention \u{1f644},\u{201d} Peskov said.";
        let got = suggest(text, "2025-05-07");
        assert_offsets(text, &got);
        assert_eq!(agencies(&got), [("More than 90\u{a0}percent", Some("Kremlin"))]);
        assert_eq!(dated(&got), [("More than 90\u{a0}percent", Some("Monday"))]);
        // Not a surname the text never gave in full, nor one given without
        // a title: two capitalised words of an alias may be an office's
        // ("Defence Intelligence"), whose last word is no surname.
        let got = suggest("Rutte said 300 had died. \u{201c}Only 40 soldiers died,\u{201d} Rutte said.", "2025-05-07");
        assert_eq!(agencies(&got), [("300", None), ("40", None)]);
        let got =
            suggest("Mark Rutte said 300 had died. \u{201c}Only 40 soldiers died,\u{201d} Rutte said.", "2025-05-07");
        assert_eq!(agencies(&got), [("300", Some("NATO")), ("40", None)]);
        // The aside's source outranks a speaker judging the claim; a
        // source whose verb goes on to a clause of its own does not.
        let text = "Equally baseless, experts say, is the claim that Moscow pays \u{201c}around $2,000 a month\u{201d} \
                    \u{2014} a figure Seoul\u{2019}s NIS circulated last autumn.";
        let got = suggest(text, "2025-05-07");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(agencies(&got), [("around $2,000", nis)]);
        assert_eq!(dated(&got), [("around $2,000", Some("last autumn"))]);
        let text = "Two officials said close to 4,000 were hurt, a toll the Pentagon believes has done little.";
        assert_eq!(agencies(&suggest(text, "2025-05-07")), [("close to 4,000", None)]);
        // "ISW, a think tank close to the Pentagon," describes ISW.
        let text = "The Institute for the Study of War, a think tank close to the Pentagon, claimed in December \
                    that units had lost around 1,000 men \u{2014} a \u{201c}week\u{201d}.";
        let got = suggest(text, "2025-05-07");
        assert_eq!(agencies(&got), [("around 1,000", Some("Institute for the Study of War"))]);
        // An aside that cites or quotes is no description.
        let text = "Reuters, an agency citing the Pentagon, said around 1,000 had died.";
        assert_eq!(agencies(&suggest(text, "2025-05-07")), [("around 1,000", Some("US Department of Defense"))]);
        let text = "Yonhap, a news agency quoting the Joint Chiefs of Staff, said around 1,000 had died.";
        assert_eq!(
            agencies(&suggest(text, "2025-05-07")),
            [("around 1,000", Some("South Korean Joint Chiefs of Staff"))]
        );
        // The outlet's own next sentence goes on with its report too.
        let text = "The Pentagon said on Tuesday that the strike hit a depot, Reuters reported. Reuters said 14 \
                    trucks burned \u{1f525}.";
        assert_eq!(dated(&suggest(text, "2025-05-07")), [("14", Some("Tuesday"))]);
        // A source that judges the figure, or only confirms it, gave none.
        let text = "Analysts say 10,000 a week is plausible \u{2014} a figure the Kremlin said on Monday was \
                    \u{201c}fantasy\u{201d}.";
        assert_eq!(agencies(&suggest(text, "2025-05-07")), [("10,000", None)]);
        let text = "Zelensky said 300 had died, a figure the Pentagon confirmed on Monday.";
        assert_eq!(agencies(&suggest(text, "2025-05-07")), [("300", Some("Volodymyr Zelensky"))]);
        // A lede's figure takes the day the next sentence gives the same
        // agency, named again as its subject; not another agency's day.
        let text = "South Korea\u{2019}s spy agency says some 300 soldiers have been killed \u{1f622}. \
                    The National Intelligence Service briefed MPs in Seoul this morning.";
        let got = suggest(text, "2025-01-13");
        assert_offsets(text, &got);
        assert_eq!(dated(&got), [("some 300", Some("this morning"))]);
        let text = "South Korea\u{2019}s spy agency says some 300 soldiers have been killed. \
                    The Pentagon briefed reporters this morning.";
        assert_eq!(dated(&suggest(text, "2025-01-13")), [("some 300", None)]);
        // Past an aside; not an earlier statement nor one to come.
        let text = "South Korea\u{2019}s spy agency says some 300 soldiers have been killed. The NIS, a body that \
                    reports to the president, briefed MPs this morning.";
        assert_eq!(dated(&suggest(text, "2025-01-13")), [("some 300", Some("this morning"))]);
        let text = "The NIS says 90 percent of them are conscripts. The NIS will publish a full report in April.";
        assert_eq!(dated(&suggest(text, "2025-01-13")), [("90 percent", None)]);
        let text = "The NIS estimates 12,000 troops have been deployed. The NIS told lawmakers in November that the \
                    first units arrived.";
        assert_eq!(dated(&suggest(text, "2025-01-13")), [("12,000", None)]);
    }

    /// "If the agency's count is right, …": the writer's inference, unless
    /// the clause after the premise says someone draws it.
    #[test]
    fn a_figure_after_a_premise_taking_a_source_as_right_is_the_writers() {
        let text = "Seoul\u{2019}s spy agency told lawmakers that some 300 had died. If Kit\u{2019}s morning and the spy \
                    agency\u{2019}s count are both right, his unit accounts for roughly a fifth of the dead \u{2014} a sum \
                    I did on a receipt \u{1f9fe}.";
        let got = suggest(text, "2025-02-22");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(agencies(&got), [("some 300", nis), ("roughly a fifth", None)]);
        // A premise that is no judgement of a source, and a clause that
        // names who draws the figure, keep the source.
        let text = "If the NIS count is right, the unit lost roughly a fifth of its men, the NIS said.";
        assert_eq!(agencies(&suggest(text, "2025-02-22")), [("roughly a fifth", nis)]);
        let text = "If the weather holds, the NIS expects roughly 300 more troops.";
        assert_eq!(agencies(&suggest(text, "2025-02-22")), [("roughly 300", nis)]);
        // The source's own figure restated, and a premise about no source.
        let text = "If the NIS estimate is accurate, 3,000 soldiers were wounded, the agency\u{2019}s own figure.";
        assert_eq!(agencies(&suggest(text, "2025-02-22")), [("3,000", nis)]);
        let text = "If conditions are right, the NIS expects roughly a third of them to return.";
        assert_eq!(agencies(&suggest(text, "2025-02-22")), [("roughly a third", nis)]);
    }

    /// ", up 2.3 percent" after a dated figure is its change over that
    /// period; "has since" moves a figure past the dates before it, but not
    /// past the day it was said.
    #[test]
    fn a_change_after_a_dated_figure_and_a_figure_that_has_since_moved() {
        let text = "Trade totaled 240.6\u{a0}billion dollars in 2024, up 2.3 percent year on year \u{1f4c8}.";
        let got = suggest(text, "2025-04-29");
        assert_offsets(text, &got);
        assert_eq!(dated(&got), [("240.6\u{a0}billion", Some("2024")), ("2.3 percent", Some("2024"))]);
        // Not a change that follows another figure's date after a verb.
        let got = suggest("Trade totaled 240 billion dollars in 2024, and rose 2.3 percent.", "2025-04-29");
        assert_eq!(dated(&got), [("240 billion", Some("2024")), ("2.3 percent", None)]);
        // Not the change after a comparison's base.
        let got = suggest("Visitors reached 9.2 million, against 8.4 million in 2019, up 9.5 percent.", "2025-04-29");
        assert_eq!(dated(&got)[2], ("9.5 percent", None));
        let got = suggest("In January the toll that has since climbed stood at 300.", "2025-04-29");
        assert_eq!(dated(&got), [("300", Some("January"))]);
        let text = "In the winter shells arrived at about 3,000 a day, a rate he said had since fallen to below \
                    1,000 \u{2014} \u{201c}a slide\u{201d}.";
        let got = suggest(text, "2025-04-29");
        assert_offsets(text, &got);
        assert_eq!(dated(&got), [("about 3,000", Some("winter")), ("below 1,000", None)]);
        let text = "An official said on Wednesday that the figure had since risen to \u{201c}about 250\u{201d}.";
        assert_eq!(dated(&suggest(text, "2025-04-29")), [("about 250", Some("Wednesday"))]);
        let got = suggest("In January the toll, which has since risen, was 300.", "2025-04-29");
        assert_eq!(dated(&got), [("300", Some("January"))]);
    }

    /// "The same General Staff" points back at the staff named before;
    /// one source's figure as a multiple of another's is the writer's; an
    /// opening phrase's "last week" dates the clause after a semicolon.
    #[test]
    fn the_same_staff_a_ratio_of_sources_and_an_opening_date_past_a_semicolon() {
        let text = "Ukraine\u{2019}s General Staff says 4,000 were hit. The same General Staff says Russia has lost \
                    more than 850,000 soldiers \u{2014} a \u{201c}total\u{201d} \u{1f4c8}.";
        let got = suggest(text, "2025-03-08");
        assert_offsets(text, &got);
        let gs = Some("General Staff of the Armed Forces of Ukraine");
        assert_eq!(agencies(&got), [("4,000", gs), ("more than 850,000", gs)]);
        // With none named before, "the same" points at nobody.
        let got = suggest("The same General Staff says 850,000 were lost.", "2025-03-08");
        assert_eq!(agencies(&got), [("850,000", None)]);
        let text = "The NIS put the toll at 3,000. Kyiv\u{2019}s running total is now roughly 1.2\u{a0}times \
                    Seoul\u{2019}s. The NIS said Kyiv\u{2019}s tally is 1.5 times Seoul\u{2019}s.";
        let got = suggest(text, "2025-03-08");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(agencies(&got), [("3,000", nis), ("roughly 1.2\u{a0}times", None), ("1.5 times", nis)]);
        let text = "In our reader poll last week, 62% said they trusted neither side\u{2019}s numbers \u{1f937}; \
                    21% sided with Kyiv.";
        let got = suggest(text, "2025-03-08");
        assert_offsets(text, &got);
        assert_eq!(dated(&got), [("62%", Some("last week")), ("21%", Some("last week"))]);
        // Not to a clause with a time of its own after the semicolon.
        let text = "In the general election of 2019, turnout was 67%; this time pollsters expect 60%.";
        let got = suggest(text, "2025-03-08");
        assert_eq!(dated(&got), [("67%", Some("2019")), ("60%", None)]);
        // A clause after the semicolon with no time of its own keeps the
        // opening date; a comparison's base dates nothing.
        let text = "On Monday, the ministry reported 340 cases; by its count, 12\u{a0}patients died \u{1f3e5}.";
        let got = suggest(text, "2025-03-08");
        assert_eq!(dated(&got), [("340", Some("Monday")), ("12", Some("Monday"))]);
        let got = suggest("Compared with the same quarter in 2024, sales rose 8%; profits fell 2%.", "2025-03-08");
        assert_eq!(dated(&got)[1], ("2%", None));
    }

    #[test]
    fn a_spokesperson_named_by_title_alone_speaks_for_the_body_the_text_is_on() {
        let text = "Ukraine\u{2019}s military intelligence put the figure higher. \u{201c}We count over 4,500 \
                    casualties \u{1f4a5},\u{201d} spokesman Andriy Yusov said last week.\n\n\
                    The Red Cross was cautious. Red Cross spokesman Tom Holt said 4,500\u{a0}people were displaced.\n\n\
                    The NIS briefed lawmakers on Monday. Lee told reporters the agency believed some 300 had died \u{2014} \
                    a figure it would not break down.\n\n\
                    The Pentagon spoke. Its spokeswoman Anna\u{a0}Holt told reporters that 1,500 were wounded.\n\n\
                    Ukraine\u{2019}s military intelligence spoke. Spokesman Andriy Yusov said about 200 were killed.\n\n\
                    Ukraine\u{2019}s military intelligence spoke. On Tuesday, air force spokesman Yuriy Ihnat said 12 \
                    drones were downed.\n\n\
                    The Pentagon spoke. At a briefing, military spokeswoman Anna Holt said 40 were missing.\n";
        let got = suggest(text, "2025-03-03");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [
                ("over 4,500", Some("Ukrainian Military Intelligence (HUR)")),
                // A body of its own before the title: not the one before.
                ("4,500", None),
                // "believed" reports as "believes" does.
                ("some 300", Some("South Korean National Intelligence Service")),
                ("1,500", Some("US Department of Defense")),
                ("about 200", Some("Ukrainian Military Intelligence (HUR)")),
                // The air force's, no listed agency's.
                ("12", None),
                ("40", Some("US Department of Defense")),
            ]
        );
    }

    #[test]
    fn a_spokesperson_introduced_for_a_body_speaks_for_it_by_name_and_title() {
        let text = "The NIS said 2,000\u{a0}soldiers had died \u{1f4cb}.\n\n\
                    KYIV \u{2014} Missiles fell, Ukraine\u{2019}s military intelligence agency, the HUR, said. Roughly \
                    two in five were North Korean, the agency\u{2019}s spokesman, Andriy Yusov, told reporters on \
                    Monday.\n\n\
                    \u{201c}Now it is one in ten,\u{201d} Yusov said.\n\n\
                    Kyiv wants a swap. \u{201c}We have two of theirs. They have more than 8,000 of ours,\u{201d} said \
                    Oksana Holt-Smith, a spokeswoman for Ukraine\u{2019}s Ministry of Defence.\n\n\
                    \u{201c}We lost 300,\u{201d} said a senior official for the Ministry of Defence. The war is costly \
                    for the Ministry of Defence \u{2014} it lost 40\u{a0}tanks, a local paper said.\n\n\
                    Britain\u{2019}s Defence Intelligence put it at 5,000. The Pentagon has given no total since \
                    December, when its press secretary said about 1,000 were wounded.\n";
        let got = suggest(text, "2025-03-05");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [
                ("2,000", Some("South Korean National Intelligence Service")),
                // "the agency" is the one the text called an agency last,
                // not the one whose name has the word.
                ("Roughly two in five", Some("Ukrainian Military Intelligence (HUR)")),
                // The spokesman, introduced by the agency's name, by his own.
                ("one in ten", Some("Ukrainian Military Intelligence (HUR)")),
                // A quotation over two sentences: the speaker after it, "said
                // NAME, a spokeswoman for X".
                ("two", Some("Ukrainian Ministry of Defence")),
                ("more than 8,000", Some("Ukrainian Ministry of Defence")),
                // The bare name goes on meaning the ministry it meant.
                ("300", Some("Ukrainian Ministry of Defence")),
                // "costly for the Ministry": no title, no speaker.
                ("40", None),
                ("5,000", Some("UK Ministry of Defence")),
                // "its" is the Pentagon the sentence named.
                ("about 1,000", Some("US Department of Defense")),
            ]
        );
    }

    #[test]
    fn a_key_point_the_body_retells_with_a_hedge_takes_the_body_s_date() {
        let text = "Drones hit Kyiv overnight \u{1f6a8}\n\n\
                    Key points:\n\
                    - Russia fired 405\u{a0}drones and 28 missiles at Ukraine\n\
                    - At least six people were killed\n\
                    - Officials counted 3 fires and 75 shelters\n\
                    - Russia fired 9 rockets and 1,210 shells\n\n\
                    Russia attacked with more than 400 drones and nearly 30 missiles, the air force said on \
                    Wednesday \u{2014} \u{201c}a record.\u{201d} At least six people were killed, officials said on Wednesday. \
                    There were about 3 fires and over 50 shelters, they said on Tuesday. Russia fired about 10 \
                    rockets and about 1,200 shells, Ukraine\u{2019}s General Staff said.\n";
        let got = suggest(text, "2025-10-22");
        assert_offsets(text, &got);
        assert_eq!(
            dated(&got),
            [
                // Within the hedge: more than 400, nearly 30.
                ("405", Some("Wednesday")),
                ("28", Some("Wednesday")),
                ("At least six", Some("Wednesday")),
                // Under ten, only as it was; 75 is not "over 50" retold.
                ("3", None),
                ("75", None),
                ("9", None),
                ("1,210", None),
                ("more than 400", Some("Wednesday")),
                ("nearly 30", Some("Wednesday")),
                ("At least six", Some("Wednesday")),
                ("about 3", Some("Tuesday")),
                ("over 50", Some("Tuesday")),
                ("about 10", None),
                ("about 1,200", None),
            ]
        );
        // A listed source is the key point's too, within the hedge.
        let sources = agencies(&got);
        assert_eq!(sources[5], ("9", None));
        assert_eq!(sources[6], ("1,210", Some("General Staff of the Armed Forces of Ukraine")));
    }

    #[test]
    fn a_body_no_listed_agency_is_takes_the_ministry_and_the_agency_after_it() {
        let text = "South Korea\u{2019}s spy agency told lawmakers 300 died \u{1f4cb}. The U.N. refugee agency said \
                    that 3.7\u{a0}million people were displaced. The agency said 40% of them were elderly.\n\n\
                    The NIS said 50 fled. The International Atomic Energy Agency said on Monday it was worried \
                    \u{2014} the agency said 6 of its staff were on site.\n\n\
                    The NIS said 70 fled, as the health ministry warned of disease. Military technology \
                    flowed too, the agency said, and 80 engineers went.\n\n\
                    Ukraine\u{2019}s military intelligence agency, the HUR, said 90 were killed. The agency\u{2019}s \
                    former spokesman, Vadym Holt, was sceptical. \u{201c}Only 25 were killed,\u{201d} Holt said.\n";
        let got = suggest(text, "2025-09-05");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [
                ("300", Some("South Korean National Intelligence Service")),
                ("3.7\u{a0}million", None),
                ("40%", None),
                ("50", Some("South Korean National Intelligence Service")),
                ("6", None),
                ("70", Some("South Korean National Intelligence Service")),
                // "the health ministry" has no "agency"; "military
                // technology" names no body.
                ("80", Some("South Korean National Intelligence Service")),
                ("90", Some("Ukrainian Military Intelligence (HUR)")),
                // No longer its voice.
                ("25", None),
            ]
        );
    }

    #[test]
    fn a_speaker_no_listed_agency_is_keeps_the_day_it_spoke() {
        let text = "Russia launched 117 drones overnight \u{1f6a8}, the country\u{2019}s air force said on Tuesday. \
                    Air defences shot down 84 of them, the air force said in a statement. It said about 40\u{a0}percent \
                    were decoys.\n\n\
                    Three people were killed \u{2014} \u{201c}five of them children\u{201d} \u{2014} the governor said \
                    later in the day.\n\n\
                    The State Emergency Service said on Wednesday that its crews put out 23 fires. Two residents \
                    were missing, the service added.\n\n\
                    Oksana Holt, 67, who has lived in the block since 1989, said she counted 12 explosions.\n";
        let got = suggest(text, "2025-07-10");
        assert_offsets(text, &got);
        assert_eq!(
            sourced_days(&got),
            [
                ("117", None, Some("Tuesday")),
                ("84", None, Some("Tuesday")),
                ("about 40\u{a0}percent", None, Some("Tuesday")),
                ("Three", None, Some("later in the day")),
                ("five", None, Some("later in the day")),
                ("23", None, Some("Wednesday")),
                // "the service" is the one just named, not the NIS.
                ("Two", None, Some("Wednesday")),
                // Her own word, on no day the text gives.
                ("12", None, None),
            ]
        );
    }

    #[test]
    fn goods_given_a_writer_s_range_and_an_answer_s_own_expectation_keep_their_sources() {
        let text = "North Korea gave Russia about 150\u{a0}missiles last year \u{1f680}, Ukraine\u{2019}s military \
                    intelligence chief, Kyrylo Budanov, said on Sunday.\n\n\
                    A: Most counts start in Seoul. The JCS said in February that 9 million had gone. My own count, \
                    from the rail yards at Khasan, is somewhere between 11 million and \
                    12 million. The HUR said on 2 October that 2,500 more troops had crossed. I expect we will see \
                    5,000 or so of them.\n";
        let got = suggest(text, "2025-10-16");
        assert_offsets(text, &got);
        let hur = Some("Ukrainian Military Intelligence (HUR)");
        assert_eq!(
            agencies(&got),
            [
                ("about 150", hur),
                ("9 million", Some("South Korean Joint Chiefs of Staff")),
                ("11 million", None),
                ("12 million", None),
                ("2,500", hur),
                ("5,000 or so", None),
            ]
        );
    }

    #[test]
    fn those_who_matched_a_figure_are_not_its_source() {
        let text = "South Korea\u{2019}s spy agency was first \u{1f50e}. By December it put the total at around \
                    11,000, a figure the Pentagon and Ukraine\u{2019}s military intelligence soon matched. It said \
                    300\u{a0}had died \u{2014} a figure the Pentagon gave lawmakers in May. 4,000 \u{2014} the number \
                    the Pentagon said had reached Kursk.\n";
        let got = suggest(text, "2025-09-05");
        assert_offsets(text, &got);
        let pentagon = Some("US Department of Defense");
        assert_eq!(
            agencies(&got),
            [
                ("around 11,000", Some("South Korean National Intelligence Service")),
                ("300", pentagon),
                ("4,000", pentagon),
            ]
        );
    }

    #[test]
    fn a_speaker_with_an_office_of_their_own_takes_no_earlier_source() {
        let text = "Russia launched 120 drones overnight \u{1f6a8}, Ukraine\u{2019}s defence ministry said on Tuesday. \
                    The regional governor said 14\u{a0}houses were damaged. A Ukrainian official said, adding \
                    that only 8 of the drones hit targets. Unverified reports put the death toll at 12. \
                    \u{201c}Another 40 were hurt,\u{201d} said the regional governor. The ministry said 90 were shot \
                    down \u{2014} its spokesman said 7 missiles were fired too. Its reports put the toll at 15. \
                    Oleh Holt, the city\u{2019}s mayor, said 22 people were hurt. The ministry\u{2019}s estimates \
                    put losses at 16.\n";
        let got = suggest(text, "2025-03-04");
        assert_offsets(text, &got);
        let ministry = Some("Ukrainian Ministry of Defence");
        assert_eq!(
            agencies(&got),
            [
                ("120", ministry),
                ("14", None),
                ("8", None),
                ("12", None),
                ("40", None),
                ("90", ministry),
                ("7", ministry),
                // "Its", "the ministry's": still the ministry's.
                ("15", ministry),
                ("22", None),
                ("16", ministry),
            ]
        );
    }

    #[test]
    fn a_level_a_change_reached_is_of_the_change_s_period() {
        let text = "Trade with China rose 29.6% year on year in the first half of 2025 to $1.26\u{a0}billion, \
                    customs data published on Friday showed \u{1f4c8}. Exports fell 3% in March to 1.2 million \
                    tonnes \u{2014} a low. Imports rose from 1,000 in January to 1,500, the data showed on Friday.\n";
        let got = suggest(text, "2025-07-23");
        assert_offsets(text, &got);
        assert_eq!(
            dated(&got),
            [
                ("29.6%", Some("the first half of 2025")),
                ("$1.26\u{a0}billion", Some("the first half of 2025")),
                ("3%", Some("March")),
                ("1.2 million", Some("March")),
                ("1,000", Some("January")),
                // From January's level: not of January.
                ("1,500", Some("Friday")),
            ]
        );
    }

    #[test]
    fn a_figure_given_without_citing_anyone_has_no_source() {
        let text = "About 11,000 soldiers went, the NIS told lawmakers in November \u{1f4cb}. The video also says \
                    that \u{201c}nine in ten\u{201d} are dead, without citing anyone.\n\n\
                    The NIS said 300\u{a0}died \u{2014} without citing a figure for the wounded. A blog put it at \
                    3,000, citing no sources.\n";
        let got = suggest(text, "2025-03-05");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [
                ("About 11,000", Some("South Korean National Intelligence Service")),
                ("nine in ten", None),
                // Citing no figure is not citing no source.
                ("300", Some("South Korean National Intelligence Service")),
                ("3,000", None),
            ]
        );
    }

    #[test]
    fn a_story_s_later_statement_by_the_agency_is_the_one_its_lede_dated_not_one_it_had_made_before() {
        let text = "SEOUL \u{2014} About 2,000 soldiers have died, the NIS told lawmakers on Thursday \u{1f4cb}.\n\n\
                    The agency had told the same committee on April\u{a0}30 that about 4,700 were killed or wounded.\n\n\
                    Lee said the spy agency believed about 11,000 troops remained, up from 8,000 in June. \
                    Roughly 30% of those had arrived since July, he said.\n\n\
                    The NIS also said the North had shipped more than 12 million shells.\n";
        let got = suggest(text, "2025-09-05");
        assert_offsets(text, &got);
        let days: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.date.map(|d| d.value.to_string()))).collect();
        assert_eq!(
            days,
            [
                ("About 2,000", Some("2025-09-04".to_string())),
                ("about 4,700", Some("2025-04-30".to_string())),
                ("about 11,000", Some("2025-09-04".to_string())),
                ("8,000", Some("2025-06-01".to_string())),
                // "Of those" is the 11,000, not the June baseline.
                ("Roughly 30%", Some("2025-09-04".to_string())),
                // Past the statement the agency had made before.
                ("more than 12 million", Some("2025-09-04".to_string())),
            ]
        );
    }

    #[test]
    fn figures_compared_with_others_an_agency_gave_are_not_its_nor_of_its_day() {
        let text = "South Korea\u{2019}s spy agency believes 15,000 went \u{1f6a2}.\n\n\
                    Last week\u{2019}s report put the number killed at about 2,000 and the wounded at 4,000 or so, \
                    close to the figures the spy agency gave lawmakers in September.\n\n\
                    The toll of 300 is in line with the estimate the JCS published on 3\u{a0}March.\n\n\
                    The spy agency gave lawmakers 2,100 in September.\n";
        let got = suggest(text, "2025-11-18");
        assert_offsets(text, &got);
        assert_eq!(
            sourced_days(&got),
            [
                ("15,000", Some("South Korean National Intelligence Service"), None),
                ("about 2,000", None, Some("Last week")),
                ("4,000 or so", None, Some("Last week")),
                ("300", None, None),
                // Not compared: the agency's, of its day.
                ("2,100", Some("South Korean National Intelligence Service"), Some("September")),
            ]
        );
    }

    fn agencies(got: &[Suggestion]) -> Vec<(&str, Option<&str>)> {
        got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect()
    }

    /// Each figure with its date as written.
    fn dated(got: &[Suggestion]) -> Vec<(&str, Option<&str>)> {
        got.iter().map(|s| (s.text.as_str(), s.date_text.as_deref())).collect()
    }

    /// Each figure with its agency and its date as written.
    fn sourced_days(got: &[Suggestion]) -> Vec<(&str, Option<&str>, Option<&str>)> {
        got.iter().map(|s| (s.text.as_str(), s.agency.as_deref(), s.date_text.as_deref())).collect()
    }

    #[test]
    fn a_release_s_issuer_speaks_in_its_we_on_the_day_it_was_published() {
        let text = "Press release \u{1f4e2}\n\n\
                    North Korean losses pass 4,000\n\n\
                    From: Ministry of Defence\n\
                    Published: 14\u{a0}March 2025\n\n\
                    We assess that around 1,000 of them have been killed \u{2014} \u{201c}killed\u{201d}, not missing. \
                    Together, these losses amount to more than a third of the force.\n\n\
                    Notes to editors\n\n\
                    1. The estimate most often set beside ours is about 3,600. That figure was given to lawmakers \
                    by South Korea\u{2019}s National Intelligence Service in late February.";
        let uk = Some("UK Ministry of Defence");
        let day = Some("14\u{a0}March 2025");
        let got = suggest(text, "2025-03-14");
        assert_eq!(
            sourced_days(&got),
            [
                ("4,000", None, None),
                ("around 1,000", uk, day),
                ("more than a third", uk, day),
                ("about 3,600", Some("South Korean National Intelligence Service"), Some("late February")),
            ]
        );
        // Without the "From:" line the writer's "we" is no agency's.
        let text = text.replace("From: Ministry of Defence\n", "");
        let got = suggest(&text, "2025-03-14");
        assert_eq!(agencies(&got)[1..3], [("around 1,000", None), ("more than a third", None)]);
    }

    #[test]
    fn a_caption_s_source_after_it_credits_its_figures() {
        let text = "Chart \u{1f4c8}: Seoul\u{2019}s estimate rose from about 3,000 in January to about\u{a0}4,700 at the \
                    end of April. Source: NIS briefings to the National Assembly\n\n\
                    Losses rose to about 5,000 \u{2014} \u{201c}roughly\u{201d}. Source: a reporter\u{2019}s count";
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(
            agencies(&suggest(text, "2025-06-18")),
            [("about 3,000", nis), ("about\u{a0}4,700", nis), ("about 5,000", None)]
        );
    }

    #[test]
    fn a_note_citing_the_outlet_that_relayed_an_unlisted_speaker_gives_no_source() {
        let text = "The deputy secretary of Russia\u{2019}s Security Council said in Pyongyang that the North would send \
                    1,500 deminers \
                    \u{2014} \u{201c}volunteers\u{201d} \u{1f6e0} \u{2014}, TASS reported.\u{2074}\n\n\
                    The North has sent about 11,000 troops, the agency said.\u{2075}\n\n\
                    Notes\n\
                    4. TASS, 17\u{a0}June 2025.\n\
                    5. TASS, 2 May 2025.\n";
        let got = suggest(text, "2025-07-15");
        assert_offsets(text, &got);
        let agencies: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        assert_eq!(agencies, [("1,500", None), ("about 11,000", Some("TASS"))]);
        // The note still dates the relayed statement.
        assert_eq!(got[0].date_text.as_deref(), Some("17\u{a0}June 2025"));
    }

    #[test]
    fn next_year_dates_a_plan_s_figure_and_lends_the_next_sentence_nothing() {
        let text = "KCNA reported on Tuesday that Kim had ordered output raised by \u{201c}30\u{a0}per cent\u{201d} \
                    next year \u{1f3ed}.\n\n\u{201c}This year it will be 140,000 \u{2014} and next year, if the ministry \
                    signs, more than 200,000,\u{201d} Mr Kubiak said. The plant says orders have tripled since 2023.";
        let got = suggest(text, "2025-10-14");
        assert_offsets(text, &got);
        let kcna = Some("Korean Central News Agency");
        assert_eq!(
            sourced_days(&got),
            [
                ("30\u{a0}per cent", kcna, Some("next year")),
                ("140,000", None, Some("This year")),
                ("more than 200,000", None, Some("next year")),
                ("tripled", None, None),
            ]
        );
        assert_eq!(got[0].date.map(|d| d.value.to_string()).as_deref(), Some("2026-01-01"));
    }

    #[test]
    fn an_agency_s_statement_relayed_by_an_unlisted_lawmaker_goes_on_in_the_next_paragraph() {
        let text = "In Seoul, the National Intelligence Service told a closed-door committee on Tuesday that the North \
                    had shipped \u{201c}upwards of 12\u{a0}million\u{201d} shells \u{1f4a3}, according to lawmaker \
                    Park Sun-ho \u{2014} who attended the session.\n\n\
                    The spy agency also estimated that Pyongyang had earned as much as $14 billion. Park said the \
                    agency believed some 2,300 soldiers had been killed.";
        let got = suggest(text, "2025-10-14");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(
            sourced_days(&got),
            [
                ("upwards of 12\u{a0}million", nis, Some("Tuesday")),
                ("as much as $14 billion", nis, Some("Tuesday")),
                ("some 2,300", nis, Some("Tuesday")),
            ]
        );
    }

    #[test]
    fn a_script_s_caption_names_the_voice_of_the_clip_after_it() {
        let text = "[VO \u{2014} DRONE FOOTAGE]\nThe military put the cost in stark terms.\n\n\
                    [SOT \u{2014} COL. KIM]\n\
                    SUPER: Col. Kim Ji-hoon, Joint Chiefs of Staff\n\
                    \u{201c}Our assessment is that the North has lost close to 4,000\u{a0}men \u{1f614}. That is more \
                    than a third of the original force.\u{201d}\n\n\
                    [SOT \u{2014} PROF. HAN]\n\
                    SUPER: Prof. Han Seung-min, Sejong Security Forum\n\
                    \u{201c}By our estimate the trade has earned Pyongyang upwards of $5 billion.\u{201d}\n";
        let got = suggest(text, "2025-02-27");
        assert_offsets(text, &got);
        let jcs = Some("South Korean Joint Chiefs of Staff");
        assert_eq!(
            agencies(&got),
            [("close to 4,000", jcs), ("more than a third", jcs), ("upwards of $5 billion", None)]
        );
    }

    #[test]
    fn the_one_a_report_quotes_is_the_source_and_a_directorate_is_its_agency() {
        let text = "3. Exhibit\u{a0}4, a Reuters report of 3 March 2025, quotes South Korea\u{2019}s spy agency as \
                    estimating that the North had shipped \u{201c}more than 28,000\u{201d} containers \u{1f4e6}.\n\n\
                    4. Ukraine\u{2019}s military intelligence directorate said on 2 April 2025 that North Korean \
                    ammunition made up about half of the shells \u{2014} and the directorate added that Pyongyang \
                    had supplied more than 100 missiles.";
        let got = suggest(text, "2025-07-11");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        let hur = Some("Ukrainian Military Intelligence (HUR)");
        assert_eq!(agencies(&got), [("more than 28,000", nis), ("about half", hur), ("more than 100", hur)]);
    }

    #[test]
    fn a_share_of_what_was_fired_in_a_month_is_that_month_s() {
        let text = "North Korean shells accounted for \u{201c}about 60%\u{201d} of the artillery rounds Russia fired \
                    at Ukrainian positions in September \u{1f4a5}, HUR said on Tuesday. Ukrainian units still held \
                    about a fifth of the ground they took in August\u{a0}\u{2014} the General Staff said so on \
                    Wednesday.";
        let got = suggest(text, "2025-10-14");
        assert_offsets(text, &got);
        let hur = Some("Ukrainian Military Intelligence (HUR)");
        let staff = Some("General Staff of the Armed Forces of Ukraine");
        assert_eq!(
            sourced_days(&got),
            [("about 60%", hur, Some("September")), ("about a fifth", staff, Some("Wednesday"))]
        );
    }

    #[test]
    fn the_agency_after_a_relay_is_the_one_relayed_not_the_outlet() {
        let text = "South Korea\u{2019}s National Intelligence Service told lawmakers on Tuesday that the North had \
                    shipped some 9\u{a0}million shells \u{1f4a3}, Yonhap reported. The agency estimated that \
                    \u{201c}around a fifth\u{201d} of them were duds \u{2014} and that roughly 14,000 troops had gone.";
        let got = suggest(text, "2025-09-18");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(
            sourced_days(&got),
            [
                ("some 9\u{a0}million", nis, Some("Tuesday")),
                ("around a fifth", nis, Some("Tuesday")),
                ("roughly 14,000", nis, Some("Tuesday")),
            ]
        );
    }

    #[test]
    fn an_outlet_quoting_or_carrying_a_speaker_s_words_is_not_their_source() {
        let text = "Russia\u{2019}s Defence Ministry, quoted by TASS, said sappers had cleared \u{201c}more than \
                    41,000\u{201d} mines \u{1f4a3} \u{2014} and that three had died. The Russian Defence Ministry \
                    said, in comments carried by TASS on Sunday, that 54\u{a0}drones were downed. The toll of 500 \
                    was reported by TASS. Kyiv disputed the 9,000\u{a0}toll quoted by the Pentagon.";
        let got = suggest(text, "2025-12-01");
        assert_offsets(text, &got);
        let mod_ru = Some("Russian Ministry of Defence");
        assert_eq!(
            sourced_days(&got),
            [
                ("more than 41,000", mod_ru, None),
                ("three", mod_ru, None),
                ("54", mod_ru, Some("Sunday")),
                ("500", Some("TASS"), None),
                ("9,000", Some("US Department of Defense"), None),
            ]
        );
    }

    #[test]
    fn the_body_a_figure_is_given_to_is_not_its_source() {
        let text = "Tokyo will contribute \u{a5}4.5\u{a0}billion to NATO\u{2019}s trust fund \u{1f91d}. Canada sent \
                    300 troops to the Pentagon\u{2019}s mission \u{2014} \u{201c}a start\u{201d}. The toll has risen \
                    to the MoD\u{2019}s \u{201c}5,000\u{201d}. Speaking to Reuters, the NIS said 400 died. A toll of \
                    \u{201c}3,000\u{201d} attributed to the JCS has circulated.";
        let got = suggest(text, "2024-11-08");
        assert_offsets(text, &got);
        let sources: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        assert_eq!(
            sources,
            [
                ("\u{a5}4.5\u{a0}billion", None),
                ("300", None),
                ("5,000", Some("UK Ministry of Defence")),
                ("400", Some("South Korean National Intelligence Service")),
                ("3,000", Some("South Korean Joint Chiefs of Staff")),
            ]
        );
    }

    #[test]
    fn the_body_a_sum_is_for_is_not_its_source() {
        let text = "The bill provides \u{2018}emergency\u{2019} funds of $1.89\u{a0}billion for the Pentagon, \
                    $312 million above the request \u{1f4b8}. A spokesman for the Pentagon said 1,000 died \u{2014} \
                    \u{201c}a floor\u{201d}. Writing for the ISW, she put the toll at 4,000.";
        let got = suggest(text, "2025-03-01");
        assert_offsets(text, &got);
        let sources: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        assert_eq!(
            sources,
            [
                ("$1.89\u{a0}billion", None),
                ("$312 million", None),
                ("1,000", Some("US Department of Defense")),
                ("4,000", Some("Institute for the Study of War")),
            ]
        );
        // A speaker for the body, named after the figure, is its voice.
        let text = "About 300 troops were killed \u{2014} \u{201c}a floor\u{201d} \u{2014} said a representative \
                    for the Ministry of Defence.";
        assert_eq!(agencies(&suggest(text, "2025-03-01")), [("About 300", Some("UK Ministry of Defence"))]);
        // A conversion at today's rate is the writer's, even in brackets.
        let text = "The NIS said Pyongyang earned 20 trillion won (\u{a3}11bn at today\u{2019}s exchange rate).";
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(agencies(&suggest(text, "2025-03-01")), [("20 trillion", nis), ("\u{a3}11bn", None)]);
    }

    #[test]
    fn a_tally_s_label_lines_under_its_lead_are_its_items() {
        let text = "The General Staff of Ukraine\u{2019}s Armed Forces\u{a0}reported losses \u{201c}from \
                    24.02.22 to 12.03.25\u{201d} \u{26a1}:\n\ntanks \u{2014} 10,228 (+4)\nair defence systems \
                    \u{2013} 1,090\noperational-tactical UAVs \u{2014} 27,212 (+97)\n\nSeoul\u{2019}s spy agency \
                    put the toll at 4,700.";
        let got = suggest(text, "2025-03-12");
        assert_offsets(text, &got);
        let staff = Some("General Staff of the Armed Forces of Ukraine");
        let rows: Vec<_> =
            got.iter().map(|s| (s.text.as_str(), s.agency.as_deref(), s.date.map(|d| d.value.to_string()))).collect();
        assert_eq!(
            rows,
            [
                ("10,228", staff, Some("2025-03-12".to_string())),
                ("4", staff, Some("2025-03-12".to_string())),
                ("1,090", staff, Some("2025-03-12".to_string())),
                ("27,212", staff, Some("2025-03-12".to_string())),
                ("97", staff, Some("2025-03-12".to_string())),
                ("4,700", Some("South Korean National Intelligence Service"), Some("2025-03-12".to_string())),
            ]
        );
    }

    #[test]
    fn a_box_s_figures_on_leaders_are_restated_by_the_body() {
        let text = "The Monitor, issue 31\n\n\u{1f4ca} IN FIGURES\n  \
                    15,000 ....... North Korean troops sent to Russia (NIS)\n  \
                    1 in 3 ....... shells fired in May that were \u{201c}Korean\u{201d} (HUR)\n\n\
                    THE COUNT\n\n\
                    South Korea\u{2019}s NIS told lawmakers on Thursday that the North had sent about 15,000\u{a0}troops. \
                    Ukraine\u{2019}s HUR said on Monday that one in three shells fired in May \u{2014} \u{201c}a lot\u{201d} \
                    \u{2014} was North Korean.";
        let got = suggest(text, "2025-06-02");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        let hur = Some("Ukrainian Military Intelligence (HUR)");
        assert_eq!(
            sourced_days(&got),
            [
                ("15,000", nis, Some("Thursday")),
                ("1 in 3", hur, Some("May")),
                ("about 15,000", nis, Some("Thursday")),
                ("one in three", hur, Some("May")),
            ]
        );
    }

    #[test]
    fn a_digest_s_numbered_stamps_date_their_items_and_count_nothing() {
        let text = "MONITOR \u{b7} state media \u{1f4f0}\n\n\
                    1 | TASS \u{b7} Sat 14.06 \u{b7} 09:10 MSK\n\
                    Sappers have cleared 52 villages, the Russian Defence Ministry said.\n\n\
                    2 | RIA \u{b7} Sun 15.06 \u{b7} 12:30 MSK\n\
                    About\u{a0}1,800 builders will arrive \u{2014} the governor said.\n\n\
                    3 | KCNA \u{b7} Mon 16.06 (editorial)\n\
                    The agency said \u{201c}640,000\u{201d} students had volunteered.\n";
        let got = suggest(text, "2025-06-17");
        assert_offsets(text, &got);
        let figures: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.date_text.as_deref())).collect();
        assert_eq!(
            figures,
            [("52", Some("Sat 14.06")), ("About\u{a0}1,800", Some("Sun 15.06")), ("640,000", Some("Mon 16.06"))]
        );
    }

    #[test]
    fn a_transcript_s_speakers_speak_for_the_body_its_header_lists_them_with() {
        // A committee's witnesses: one from a listed body, one from a body
        // the list does not know; members ask. A reporter's outlet in a
        // label is who asks, not a source of what the question cites.
        let text = "Select Committee on Defence \u{1f3db}\n\
                    Oral evidence, Wednesday 12\u{a0}March 2025\n\n\
                    Witnesses: Air Vice-Marshal Nadia O\u{2019}Rourke, Chief of Assessments, Defence Intelligence; \
                    Tomas Lindqvist, Director, Nordic Sanctions Office.\n\n\
                    Q7 Chair: How many North Korean soldiers are in Russia now?\n\n\
                    Air Vice-Marshal O\u{2019}Rourke: We assess about 13,500 \u{2014} \u{201c}about\u{201d} doing some work there.\n\n\
                    Roughly a third of them are in reserve.\n\n\
                    Q8 Ms Akande: And the money?\n\n\
                    Mr Lindqvist: By our estimate, Pyongyang has earned some $9\u{a0}billion.\n\n\
                    LENA PARK (Yonhap News Agency): The Joint Chiefs of Staff estimate that 2,400 were killed. Is that right?\n";
        let got = suggest(text, "2025-03-12");
        assert_offsets(text, &got);
        let mod_ = Some("UK Ministry of Defence");
        let agencies: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        assert_eq!(
            agencies,
            [
                ("about 13,500", mod_),
                ("Roughly a third", mod_),
                ("some $9\u{a0}billion", None),
                ("2,400", Some("South Korean Joint Chiefs of Staff")),
            ]
        );
        // A headline and briefs in the form of a label are no turns.
        let text = "Syrsky: nearly half of the North Korean force hit\n\n\
                    Ukraine\u{2019}s army chief said on Tuesday that nearly half had been killed or wounded.\n\n\
                    Budanov: shells from the North\n\n\
                    About 120 people marched in Kyiv on Sunday \u{2014} 🇺🇦 \u{2014} the organisers said.\n";
        let got = suggest(text, "2025-03-12");
        assert_offsets(text, &got);
        let agencies: Vec<_> = got.iter().map(|s| (s.text.as_str(), s.agency.as_deref())).collect();
        assert_eq!(agencies.last(), Some(&("About 120", None)));
    }

    #[test]
    fn a_name_before_its_office_speaks_and_the_outlet_only_relays() {
        let text = "Mikhail Orlov, the secretary of Russia\u{2019}s Security Council, told reporters in Pyongyang \
                    that the North would send 1,000\u{a0}sappers and 5,000 builders \u{1f6a7}, TASS reported.\n\n\
                    The HUR said 300 had died \u{2014} \u{201c}at least\u{201d}. Oleh Ivanenko, the head of the \
                    agency, said 400 more were wounded.";
        let hur = Some("Ukrainian Military Intelligence (HUR)");
        assert_eq!(
            agencies(&suggest(text, "2025-06-18")),
            [("1,000", None), ("5,000", None), ("300", hur), ("400", hur)]
        );
    }

    #[test]
    fn an_official_of_another_country_is_not_the_agency_before() {
        let text = "The HUR said in February that losses had passed 4,000 \u{1f4a5}. A Ukrainian defence official said \
                    300 more had died. A US defence official, speaking on condition of anonymity, told reporters \
                    that 5,000 to 6,000 was \u{201c}about right\u{201d}.\n\n\
                    The US State Department said on Monday that $88\u{a0}million had reached Pyongyang. A US official \
                    said 12 \u{2014} and a South Korean government official said the North had received at least two.";
        let hur = Some("Ukrainian Military Intelligence (HUR)");
        let state = Some("US Department of State");
        assert_eq!(
            agencies(&suggest(text, "2025-06-18")),
            [
                ("4,000", hur),
                ("300", hur),
                ("5,000", None),
                ("6,000", None),
                ("$88\u{a0}million", state),
                ("12", state),
                ("at least two", None),
            ]
        );
    }

    #[test]
    fn a_described_name_a_dated_post_and_a_fact_box_keep_their_own_source_and_day() {
        // The name with a lowercase word for what it is still speaks.
        let text = "KYIV \u{2014} Ukraine\u{2019}s military intelligence agency said on Sunday that about 1,000 \
                    North Korean soldiers had been killed \u{1f480}.";
        let got = suggest(text, "2025-01-13");
        assert_offsets(text, &got);
        let hur = Some("Ukrainian Military Intelligence (HUR)");
        assert_eq!(sourced_days(&got), [("about 1,000", hur, Some("Sunday"))]);
        // A lead that dates its post ("In a post on Saturday") dates the
        // quotation it introduces, as "In a statement on Saturday" does.
        let text = "In a post on X on Saturday, Britain\u{2019}s Ministry of Defence wrote:\n\n\
                    \u{201c}Casualties likely now exceed 5,500\u{a0}\u{2014} around a third of them killed.\u{201d}";
        let got = suggest(text, "2025-04-30");
        assert_offsets(text, &got);
        let uk = Some("UK Ministry of Defence");
        let saturday = Some("Saturday");
        assert_eq!(sourced_days(&got), [("5,500", uk, saturday), ("around a third", uk, saturday)]);
        // Each line of a fact box is its own item, whatever its figure
        // opens with: a sign after it, a currency before it, a percent word.
        let text = "IN NUMBERS\n\n\
                    3,800+ \u{2013} killed and wounded, according to Zelensky (14 January)\n\
                    \u{20ac}1,900 \u{2013} monthly pay per soldier\n\
                    40 per cent \u{2013} shells from Pyongyang, per the NIS (13 January)\n";
        let got = suggest(text, "2025-01-17");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(
            sourced_days(&got),
            [
                ("3,800+", Some("Volodymyr Zelensky"), Some("14 January")),
                ("\u{20ac}1,900", None, None),
                ("40 per cent", nis, Some("13 January")),
            ]
        );
    }

    #[test]
    fn the_writer_s_sum_and_the_press_s_figure_are_no_agency_s() {
        let text = "The NIS told lawmakers in November that about 11,000\u{a0}troops had gone \u{1f1f0}\u{1f1f5}. \
                    Adding the JCS\u{2019}s reinforcements gives roughly 14,000. Several outlets have put the \
                    number at \u{201c}at least 15,000\u{201d} \u{2014} a figure no government published.";
        let got = suggest(text, "2025-05-20");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(
            sourced_days(&got),
            [("about 11,000", nis, Some("November")), ("roughly 14,000", None, None), ("at least 15,000", None, None)]
        );
    }

    #[test]
    fn a_speaker_s_own_guess_is_no_agency_s_but_a_spokesperson_s_count_is() {
        let text = "Then, in late May, the NIS said a further 1,000 or so engineers were being readied. \
                    My own guess is that the real total is something like 16,000 \u{2014} \u{201c}at least\u{201d}.";
        let got = suggest(text, "2025-06-12");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(sourced_days(&got), [("1,000 or so", nis, Some("late May")), ("something like 16,000", None, None)]);
        // A transcript's turn: the spokesperson's "our count" is the
        // agency's.
        let text = "Pentagon press briefing, 3 March\n\n\
                    QUESTION: And Russian losses?\n\n\
                    SPOKESPERSON: Look, by our count the Russians are losing upwards of 1,000\u{a0}a day.";
        let got = suggest(text, "2025-03-04");
        assert_offsets(text, &got);
        assert_eq!(sourced_days(&got), [("upwards of 1,000", Some("US Department of Defense"), None)]);
        // The press relaying a named source keeps the source.
        let text = "The paper reports that more than 5,000 soldiers were hurt, according to the Ministry of \
                    Defence\u{2019}s update.";
        let got = suggest(text, "2025-06-12");
        assert_eq!(sourced_days(&got), [("more than 5,000", Some("UK Ministry of Defence"), None)]);
    }

    #[test]
    fn a_speaker_in_a_relative_clause_without_a_figure_speaks_for_nothing_outside_it() {
        let text = "A second wave, which officials in Seoul believe slipped in during January \u{2014} quietly \
                    \u{1f687} \u{2014}, added about 3,000\u{a0}more, according to the Joint Chiefs of Staff.";
        let got = suggest(text, "2025-05-10");
        assert_offsets(text, &got);
        assert_eq!(sourced_days(&got), [("about 3,000", Some("South Korean Joint Chiefs of Staff"), Some("January"))]);
    }

    #[test]
    fn the_narrowed_rules_leave_their_look_alikes_alone() {
        // A gerund with a subject after its comma; a name that is a body of
        // its own before its description; "papers" after a name.
        let text =
            "The US military intelligence agency said 170\u{a0}guns were sent \u{2014} \u{201c}at least\u{201d}.";
        let got = suggest(text, "2025-03-01");
        assert_offsets(text, &got);
        assert_eq!(sourced_days(&got), [("170", None, None)]);
        let text = "Adding to the pressure, the Pentagon puts the number of troops at 12,000 \u{1f4c8}. \
                    Leaked Pentagon papers put Russian losses at 189,500.";
        let got = suggest(text, "2025-03-01");
        assert_offsets(text, &got);
        let dod = Some("US Department of Defense");
        assert_eq!(sourced_days(&got), [("12,000", dod, None), ("189,500", dod, None)]);
        // An event, not a statement, on a date; an airline's code and a
        // count after it; ages too far apart to be a pair.
        let text = "The July 4 address drew 20,000 people to the Mall, police said. \
                    KLM 12 flights were cancelled at Schiphol on Friday. \
                    Of the 30 arrested, 12, 17 years old or younger, were released \u{2014} \u{201c}all of them\u{201d}.";
        let got = suggest(text, "2025-03-01");
        assert_offsets(text, &got);
        let texts: Vec<&str> = got.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["20,000", "12", "30", "12"]);
        assert_eq!(got[0].date.map(|d| d.kind), Some(crate::model::DateKind::AsOf));
    }

    #[test]
    fn a_day_between_a_speaker_and_its_verb_is_the_day_it_spoke() {
        // "on Thursday raised": the statement's day, which the next
        // paragraph's "the Joint Chiefs of Staff said" takes, not the day
        // of the earlier figure it was compared with.
        let text = "SEOUL \u{2014} South Korea\u{2019}s military on Thursday raised its estimate to about 4,700, \
                    up from roughly 3,600 it reported in late January.\n\n\
                    About 800 of them have been killed, the Joint Chiefs of Staff said.\n\n\
                    \u{201c}We see more than 10,000 soldiers, and millions of shells, and in return cash,\u{201d} \
                    said Mark Rutte, speaking in Brussels on 15\u{a0}January.";
        let got = suggest(text, "2025-03-13");
        assert_offsets(text, &got);
        let jcs = Some("South Korean Joint Chiefs of Staff");
        let thursday = Some("Thursday");
        assert_eq!(
            sourced_days(&got),
            [
                ("about 4,700", jcs, thursday),
                ("roughly 3,600", jcs, Some("late January")),
                ("About 800", jcs, thursday),
                ("more than 10,000", Some("NATO"), Some("15\u{a0}January")),
            ]
        );
    }

    #[test]
    fn a_speaker_s_later_statements_take_the_day_the_speaker_spoke() {
        // A person the list does not know: the day carries to the
        // statements that name the speaker again, not to a speech about
        // another time.
        let text = "Speaking in the House of Commons on Monday, the defence secretary, John Healey, said \
                    \u{201c}about 200\u{201d} guns had gone \u{2014} \u{1f3db}.\n\n\
                    Healey announced a further \u{a3}350m for drones.\n\n\
                    Speaking in Kyiv about the fighting in October, the minister, Ivan Holub, said 40 were lost.\n\n\
                    Speaking in a town hit by missiles on Friday, the mayor, Petro Lysak, said 300 homes burned.\n\n\
                    Lysak announced 12 more shelters.";
        let got = suggest(text, "2025-03-11");
        let days = dated(&got);
        assert_eq!(
            days,
            [
                ("about 200", Some("Monday")),
                ("\u{a3}350m", Some("Monday")),
                ("40", Some("October")),
                ("300", Some("Friday")),
                // Friday was the day of the strike, not of the mayor's words.
                ("12", None)
            ]
        );
    }

    #[test]
    fn a_source_line_credits_the_figures_above_it_without_one() {
        let text = "Casualties: the Seoul view \u{1f4ca}\n\n\
                    About 500 were missing.\n\n\
                    \u{2022} ~300 killed, ~2,700\u{a0}wounded\n\
                    \u{2022} 3,800 \u{201c}casualties\u{201d} (HUR)\n\
                    \u{2022} Source: NIS, 13 Jan\n";
        let got = suggest(text, "2025-01-20");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(
            sourced_days(&got),
            [
                ("About 500", None, None),
                ("~300", nis, Some("13 Jan")),
                ("~2,700", nis, Some("13 Jan")),
                ("3,800", Some("Ukrainian Military Intelligence (HUR)"), None),
            ]
        );
    }

    #[test]
    fn a_reporter_s_shorthand_dates_and_durations_are_read() {
        let text = "Call w/ HUR contact \u{2014} notes \u{1f4dd}\n\
                    - NIS yday: 300 dead, ~2,700 wounded\n\
                    - HUR last wk: 3,800\u{a0}cas.\n\
                    - lost up to 1,700 in ~2 wks, \u{201c}mostly infantry\u{201d}\n\
                    - 3 wks ago: 1,000\n";
        let got = suggest(text, "2025-01-28");
        assert_offsets(text, &got);
        assert_eq!(
            dated(&got),
            [
                ("300", Some("yday")),
                ("~2,700", Some("yday")),
                ("3,800", Some("last wk")),
                ("up to 1,700", None),
                ("1,000", Some("3 wks ago")),
            ]
        );
    }

    #[test]
    fn a_meaning_clause_drawn_from_the_sentence_s_figures_is_the_writer_s() {
        let text = "On Jan.\u{a0}13 the NIS had counted about 300 dead and 2,700 wounded \u{2014} 😔, meaning casualties \
                    have risen by roughly 1,700 since.\n\n\
                    The NIS said 3,000 were hurt, which means about 1,000 more than in December, the agency added.\n\n\
                    The NIS said 3,000 were hurt, meaning 1,000 had been killed, according to the agency.\n";
        let got = suggest(text, "2025-04-30");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(
            agencies(&got),
            [
                ("about 300", nis),
                ("2,700", nis),
                ("roughly 1,700", None),
                ("3,000", nis),
                ("about 1,000", nis),
                ("3,000", nis),
                ("1,000", nis),
            ]
        );
    }

    #[test]
    fn a_date_of_a_figure_set_against_another_is_that_figure_s() {
        let text = "Ukraine\u{2019}s military intelligence said on Wednesday that troops fighting in the Kursk region \
                    had suffered more than 3,800\u{a0}casualties, up from the 3,000 it gave on Monday \u{2014} 📈.\n\n\
                    The agency, known as HUR, said at least 1,000 had been killed, a figure it had put at about 600 \
                    early this month.\n\n\
                    The ministry said 500 tanks were lost, compared with 400 a week earlier.\n";
        let got = suggest(text, "2025-01-15");
        assert_offsets(text, &got);
        assert_eq!(
            dated(&got),
            [
                ("more than 3,800", Some("Wednesday")),
                ("3,000", Some("Monday")),
                ("at least 1,000", Some("Wednesday")),
                ("about 600", Some("early this month")),
                ("500", None),
                ("400", Some("a week earlier")),
            ]
        );
        // "from" that is no change, and the next sentence going on with
        // the statement, not the compared figure's day.
        let text = "Officials said 400 people were hurt, citing reports from 30 regions on Monday.\n\n\
                    The ministry said on Wednesday that 120 had been killed, up from 100 a day earlier. \
                    It added that 8 tanks were destroyed \u{2014} 💥.";
        let got = suggest(text, "2025-01-15");
        let got = dated(&got);
        assert_eq!(
            got[..4],
            [
                ("400", Some("Monday")),
                ("30", Some("Monday")),
                ("120", Some("Wednesday")),
                ("100", Some("a day earlier"))
            ]
        );
        // Not the compared figure's day (the statement's would be best;
        // the engine gives none here).
        assert_eq!(got[4].0, "8");
        assert_ne!(got[4].1, Some("a day earlier"));
        // Two figures of one statement share its reported day.
        let text =
            "About 1,000 were killed and 3,000\u{a0}wounded, the ministry said on Monday \u{201c}at dawn\u{201d}.";
        let got = suggest(text, "2025-01-15");
        assert_eq!(dated(&got), [("About 1,000", Some("Monday")), ("3,000", Some("Monday"))]);
    }

    #[test]
    fn a_paragraph_in_another_script_is_skipped_between_its_english_neighbours() {
        // A Korean paragraph with its own numbers, then the English one
        // going on from the English before it.
        let text = "Lawmakers were briefed by the NIS on Wednesday \u{2014} \u{201c}behind closed doors\u{201d}.\n\n\
                    \u{AD6D}\u{C815}\u{C6D0}(NIS)\u{C740} \u{C9C0}\u{B09C}\u{D574} 10\u{223C}11\u{C6D4} \u{BD81}\u{D55C}\u{AD70} 1\u{B9CC}1\u{CC9C}\u{C5EC} \u{BA85}\u{C744} \
                    \u{B7EC}\u{C2DC}\u{C544}\u{C5D0} \u{BCF4}\u{B0C8}\u{B2E4}\u{ACE0} \u{BC1D}\u{D614}\u{B2E4}.\n\n\
                    The agency said nearly a third of the 15,000\u{a0}troops had been hurt 🤕.\n";
        let got = suggest(text, "2025-04-30");
        assert_offsets(text, &got);
        assert_eq!(
            sourced_days(&got),
            [
                ("nearly a third", Some("South Korean National Intelligence Service"), Some("Wednesday")),
                ("15,000", Some("South Korean National Intelligence Service"), Some("Wednesday")),
            ]
        );
        // A table's or a list's native names keep their figures.
        let got = suggest("\u{C11C}\u{C6B8}\u{D2B9}\u{BCC4}\u{C2DC} | 1204\n\u{BD80}\u{C0B0} | 530", "2025-04-30");
        assert_eq!(agencies(&got), [("1204", None), ("530", None)]);
        let got = suggest(
            "\u{414}\u{43D}\u{456}\u{43F}\u{440}\u{43E}\u{43F}\u{435}\u{442}\u{440}\u{43E}\u{432}\u{441}\u{44C}\u{43A}\u{430} \u{43E}\u{431}\u{43B}\u{430}\u{441}\u{442}\u{44C} \u{2014} 7 injured",
            "2025-04-30",
        );
        assert_eq!(agencies(&got), [("7", None)]);
        // A line of English with a name in another script stays.
        let got = suggest("Zelenskyy said in \u{41A}\u{438}\u{457}\u{432} that 300 died.", "2025-04-30");
        assert_eq!(agencies(&got), [("300", Some("Volodymyr Zelensky"))]);
    }

    #[test]
    fn the_title_of_a_person_named_before_points_back_at_that_person() {
        // Not at the General Staff named after the commander: "the
        // general" is a person's title (Syrsky's alias "Ukraine's top
        // general").
        let text = "Ukraine\u{2019}s top commander Oleksandr Syrsky spoke on Tuesday \u{1f399}, as the General Staff \
                    reported more losses.\n\nSpeaking to officers, the general said \u{201c}in excess of 5,000\u{201d} \
                    were killed or wounded. Of the 11,000\u{a0}sent, he said, few can fight.\n\n\
                    Zelensky met troops on Monday \u{2014} briefly.\n\nThe president\u{2019}s estimate was 3,000 dead.\n";
        let got = suggest(text, "2025-01-31");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [
                ("in excess of 5,000", Some("Oleksandr Syrsky")),
                ("11,000", Some("Oleksandr Syrsky")),
                ("3,000", Some("Volodymyr Zelensky")),
            ]
        );
        for text in [
            // No person with the title named before.
            "The Pentagon spoke on Monday.\n\nThe general said 300 were hurt \u{2014} \u{201c}a lot\u{201d}.",
            // "Secretary General" is NATO's title, not a general.
            "NATO Secretary General Mark Rutte spoke.\n\nThe general said 300 were hurt.",
            // Not a title used of the person.
            "Zelensky spoke on Monday.\n\nThe president of France said 300 were hurt.",
            "Syrsky spoke on Monday.\n\nAfter the general election 300 were hurt.",
        ] {
            let got = suggest(text, "2025-01-31");
            assert_eq!(agencies(&got), [("300", None)], "{text}");
        }
    }

    #[test]
    fn a_source_in_the_next_sentence_lends_back_only_to_what_it_restates() {
        let text = "Finland will spend about 2.4\u{a0}per cent of its GDP on arms \u{1f1eb}\u{1f1ee}. NATO said last month \
                    that all 32 allies must do more.\n\n\
                    Either way, Pyongyang sent 11,000 men. The General Staff says Russia loses more than 1,000 a day.\n\n\
                    Readers saw \u{201c}3,000\u{201d} in our headline. The Pentagon said nothing of the kind.\n\n\
                    The second number is 4,000. The Pentagon estimated that around 4,000 had died \u{2014} a lot.\n\n\
                    Two were captured. Zelensky said on Monday his forces held the pair; one, a rifleman of 20, spoke.\n";
        let got = suggest(text, "2025-02-05");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [
                ("about 2.4\u{a0}per cent", None),
                ("32", Some("NATO")),
                ("11,000", None),
                ("more than 1,000", Some("General Staff of the Armed Forces of Ukraine")),
                ("3,000", None),
                ("4,000", Some("US Department of Defense")),
                ("around 4,000", Some("US Department of Defense")),
                ("Two", Some("Volodymyr Zelensky")),
            ]
        );
    }

    #[test]
    fn a_relay_citing_a_source_the_list_does_not_know_passes_on_no_agency() {
        let text = "Yonhap, citing an unnamed government official in Seoul, reports that about 2,000 \u{201c}wounded\u{201d} \
                    soldiers were sent home \u{1f691}. About 12\u{a0}billion roubles was set aside, TASS reported in April, \
                    citing a finance ministry document. Exports rose 45%, Yonhap reported, citing Russian customs data.\n\n\
                    The NIS said 3,000 had died, citing intercepted radio traffic. Nearly a fifth were defective, it added, \
                    citing reports from the front. The JCS put the toll at 4,000, citing its own data. Yonhap \
                    reported, citing the NIS, that 300 had died \u{2014} and, citing officials, that the JCS counted 40.\n";
        let got = suggest(text, "2025-05-02");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(
            agencies(&got),
            [
                ("about 2,000", None),
                ("About 12\u{a0}billion", None),
                ("45%", None),
                ("3,000", nis),
                ("Nearly a fifth", nis),
                ("4,000", Some("South Korean Joint Chiefs of Staff")),
                ("300", nis),
                ("40", Some("South Korean Joint Chiefs of Staff")),
            ]
        );
    }

    #[test]
    fn the_writer_s_pooling_sums_and_consequences_are_no_source_s() {
        let text = "Most estimates have sat between 11,000 and 12,000 \u{1f4ca}. The NIS raised its figure to roughly \
                    11,000 in November. The JCS said in March that 3,000 more had been sent, which would lift the total \
                    to 14,000 or so.\n\n\
                    Each soldier is paid about $2,000 a month, the NIS said. That comes to roughly 160,000\u{a0}roubles. \
                    Across the force that would be roughly $22\u{a0}million a month \u{2014} small next to the munitions, \
                    which one Seoul think tank has put at as much as $5.5 billion. Britain\u{2019}s Ministry of Defence \
                    said 1.5 million barrels were delivered. That is three times the 500,000 barrels allowed.\n\n\
                    Kyiv\u{2019}s General Staff does not break out North Korean losses. Independent analysts who \
                    have rebuilt the toll from \u{201c}obituaries\u{201d} put it at 3,500.\n\n\
                    The ministry counted over 5,000 casualties. That would amount to nearly half of the 11,000 troops \
                    sent, the ministry said. Its update put deaths at about 1,000, which would mean one in five, it added.\n";
        let got = suggest(text, "2025-06-16");
        assert_offsets(text, &got);
        let (nis, jcs, uk) = (
            Some("South Korean National Intelligence Service"),
            Some("South Korean Joint Chiefs of Staff"),
            Some("UK Ministry of Defence"),
        );
        assert_eq!(
            agencies(&got),
            [
                ("11,000", None),
                ("12,000", None),
                ("roughly 11,000", nis),
                ("3,000", jcs),
                ("14,000 or so", None),
                ("about $2,000", nis),
                ("roughly 160,000", None),
                ("roughly $22\u{a0}million", None),
                ("as much as $5.5 billion", None),
                ("1.5 million", uk),
                ("three times", None),
                ("500,000", None),
                ("3,500", None),
                ("over 5,000", uk),
                ("nearly half", uk),
                ("11,000", uk),
                ("about 1,000", uk),
                ("one in five", uk),
            ]
        );
    }

    #[test]
    fn a_share_takes_its_whole_s_date_only_when_its_sentence_gives_none() {
        let text = "The MoD says the North supplied an estimated 60% of the \u{201c}shells\u{201d} Russia fired in \
                    January \u{1f4a5}.\n\nRussian troops have recaptured about 86% of the ground Ukraine seized last \
                    summer. Syrsky said on Monday that two of every three of the men sent in February were raw.\n\n\
                    The Pentagon offered a range \u{2014} some 11,000 to 12,000 \u{2014} in early December. The toll \
                    was about 4,000 \u{2014} the level London had reported in January.\n";
        let got = suggest(text, "2025-03-14");
        assert_offsets(text, &got);
        assert_eq!(
            dated(&got),
            [
                ("an estimated 60%", Some("January")),
                ("about 86%", None),
                ("two of every three", Some("Monday")),
                ("some 11,000", Some("early December")),
                ("12,000", Some("early December")),
                ("about 4,000", None),
            ]
        );
    }

    #[test]
    fn a_named_witness_described_by_where_they_are_from_speaks_for_themself() {
        let text = "Defence Intelligence assessed that casualties had exceeded 4,000 \u{1f4c9}. Dr Hannah Pryce, of the \
                    Royal United Services Institute, told us the toll was \u{201c}probably more than 5,000\u{201d}. \
                    Kim, from Korea University, said 300 were captured.\n";
        let got = suggest(text, "2025-05-20");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [("4,000", Some("UK Ministry of Defence")), ("more than 5,000", None), ("300", None)]
        );
    }

    #[test]
    fn the_explainer_rules_leave_their_look_alikes_alone() {
        let nato = Some("NATO");
        let text = "The MoD said Russia lost about 1,500 troops a day, citing battlefield \u{201c}data\u{201d}.\n\n\
                    NATO backed a plan that would bring 300,000 troops to readiness.\n\n\
                    NATO gave its numbers on Tuesday. Other figures in its report put the cost at $9 billion.\n\n\
                    Rising prices put families at a disadvantage: 1 in 5 cannot pay rent, NATO said.\n\n\
                    European allies put their aid at \u{20ac}130 billion, NATO said.\n";
        let got = suggest(text, "2025-03-01");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [
                ("about 1,500", Some("UK Ministry of Defence")),
                ("300,000", nato),
                ("$9 billion", nato),
                ("1 in 5", nato),
                ("\u{20ac}130 billion", nato),
            ]
        );
        let text = "Russia controls about 18% of the land it seized in 2014 \u{1f5fa}.\n\n\
                    About 40% of the recruits signed up in January have deserted.\n\n\
                    The court jailed the banker \u{2014} who stole $12 million \u{2014} on Monday.\n\n\
                    Police held 40 people on Friday and Saturday\u{2019}s march passed off calmly.\n\n\
                    The JCS said 40% of the missiles launched in 2023 failed.\n";
        let got = suggest(text, "2025-03-01");
        assert_eq!(
            dated(&got),
            [
                ("about 18%", None),
                ("About 40%", None),
                ("$12 million", None),
                ("40", Some("Friday")),
                ("40%", Some("2023")),
            ]
        );
    }

    #[test]
    fn a_list_item_s_later_sentences_go_on_with_its_source() {
        let text = "Plans \u{1f4cb}\n\n\u{2022} 10:00 \u{2014} The Pentagon briefs on Monday. Staff will follow up. \
                    It put the toll at \u{201c}about 3,000\u{201d}.\n\
                    \u{2022} Kyiv\u{2019}s General Staff publishes its tally. Sunday\u{2019}s tally put them at 1,310\u{a0}personnel.\n\
                    - Nearly half were wounded.\n\
                    About 900 were captured.\n";
        let got = suggest(text, "2025-03-28");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [
                ("about 3,000", Some("US Department of Defense")),
                ("1,310", Some("General Staff of the Armed Forces of Ukraine")),
                ("Nearly half", None),
                ("About 900", None),
            ]
        );
    }

    #[test]
    fn a_list_item_lends_its_source_to_no_other_item() {
        let text = "Key points \u{1f4cc}\n\n- The Pentagon said some\u{a0}12,000 troops were sent.\n\
                    - Zaluzhny thinks nearly half were wounded.\n\u{2022}About 600 were captured, Syrsky said.\n";
        let got = suggest(text, "2025-04-02");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [
                ("some\u{a0}12,000", Some("US Department of Defense")),
                ("nearly half", None),
                ("About 600", Some("Oleksandr Syrsky")),
            ]
        );
        // A lead line ending in a colon lends its source to every item.
        let text =
            "The JCS said on Monday:\n- 2,000 were wounded \u{2014} a record;\n- 300 were captured.\n\nOther news.";
        let got = suggest(text, "2025-04-02");
        let jcs = Some("South Korean Joint Chiefs of Staff");
        assert_eq!(agencies(&got), [("2,000", jcs), ("300", jcs)]);
    }

    #[test]
    fn a_headline_and_key_points_take_the_source_of_the_body_that_restates_them() {
        let text = "Toll passes 6,000 \u{2014} \u{201c}a grim winter\u{201d} \u{1f4c9}\n\n\
                    Key points\n\
                    - About 6,200 troops were killed or wounded.\n\
                    - Nearly a fifth\u{a0}of them died.\n\
                    - Two bridges fell.\n\n\
                    Ukraine\u{2019}s General Staff said on Monday that more than 6,000 soldiers had been killed or \
                    wounded since January. Roughly a fifth of the casualties were fatal, it added.\n\n\
                    Separately, the Pentagon said 2 bridges were lost.";
        let got = suggest(text, "2025-03-12");
        assert_offsets(text, &got);
        let gs = Some("General Staff of the Armed Forces of Ukraine");
        let pentagon = Some("US Department of Defense");
        assert_eq!(
            agencies(&got),
            [
                ("6,000", gs),
                ("About 6,200", None),
                ("Nearly a fifth", gs),
                ("Two", None),
                ("more than 6,000", gs),
                ("Roughly a fifth", gs),
                ("2", pentagon)
            ]
        );
        // The headline's figure takes the body's date with its source.
        assert_eq!(got[0].date.map(|d| d.value), Some(date("2025-03-10")));
        assert!(got.windows(2).all(|w| w[0].start < w[1].start));
        // A standfirst of full sentences between the headline and the
        // byline sums up the body, as the headline does.
        let text = "Fear in Sacramento \u{1f64f}\n\n\
                    London says over 6,000 troops have been hit. Here, families wait.\n\n\
                    By Jo Park | Staff\n\n\
                    Britain\u{2019}s Ministry of Defence said on Monday that more than 6,000 troops had been \
                    killed or wounded.";
        let got = suggest(text, "2025-03-12");
        let uk = Some("UK Ministry of Defence");
        assert_eq!(sourced_days(&got), [("over 6,000", uk, Some("Monday")), ("more than 6,000", uk, Some("Monday"))]);
    }

    #[test]
    fn a_lead_ending_in_a_colon_speaks_the_quotation_and_a_credit_line_dates_it() {
        let text = "Tallies climb\n\n\
                    Ukraine\u{2019}s General Staff followed within hours with its own tally, which it does not \
                    break down:\n\n\
                    \u{201c}Enemy losses, all fronts: personnel \u{2014} about 640,000 (+1,180) \u{1f525}\u{201d}\n\
                    \u{2014} @ua_staff_feed, 14 Feb 2025\n\n\
                    Britain\u{2019}s Ministry of Defence was blunter. Priya Nandi, who tracks\u{a0}footage, posted:\n\n\
                    \u{201c}London\u{2019}s 4,000 is a ceiling. My own tally backs about 2,900.\u{201d}\n\
                    \u{2014} @pnandi, 15 Feb 2025";
        let got = suggest(text, "2025-02-16");
        assert_offsets(text, &got);
        let staff = Some("General Staff of the Armed Forces of Ukraine");
        let uk = Some("UK Ministry of Defence");
        assert_eq!(
            sourced_days(&got),
            [
                ("about 640,000", staff, Some("14 Feb 2025")),
                ("1,180", staff, Some("14 Feb 2025")),
                // The possessive owns its figure; the analyst's "my own
                // tally" is hers, someone the list does not know.
                ("4,000", uk, Some("15 Feb 2025")),
                ("about 2,900", None, Some("15 Feb 2025")),
            ]
        );
        // Without the colon the quotation names nobody, and a line that is
        // no credit dates nothing.
        let text = "Tallies climb\n\n\
                    Ukraine\u{2019}s General Staff followed within hours with its own tally.\n\n\
                    \u{201c}Enemy losses: about 640,000 \u{1f525}\u{201d}\n\
                    \u{2014} then, on 14 Feb 2025, more.";
        let got = suggest(text, "2025-02-16");
        assert_eq!(sourced_days(&got), [("about 640,000", None, None)]);
        // A lead with no day of its own after the agency's dated statement.
        let text = "Britain\u{2019}s Ministry of Defence said on 3\u{a0}March that losses passed 6,000. Why?\n\n\
                    The ministry\u{2019}s update put it bluntly:\n\n\
                    \u{201c}Losses now amount to over half of the 11,000 sent \u{2014} 💀.\u{201d}";
        let got = suggest(text, "2025-04-02");
        let uk = Some("UK Ministry of Defence");
        let day = Some("3\u{a0}March");
        assert_eq!(sourced_days(&got), [("6,000", uk, day), ("over half", uk, day), ("11,000", uk, day)]);
    }

    #[test]
    fn a_progressive_reporting_verb_reports_for_its_subject() {
        let text = "By March, Kyiv said about 900 and Ukraine\u{2019}s General Staff was still estimating \
                    1,200 \u{2014} 🪖. The NIS has been saying \u{201c}300\u{201d} for weeks.";
        let got = suggest(text, "2025-04-02");
        assert_eq!(
            agencies(&got),
            [
                ("about 900", None),
                ("1,200", Some("General Staff of the Armed Forces of Ukraine")),
                ("300", Some("South Korean National Intelligence Service"))
            ]
        );
    }

    #[test]
    fn an_answer_that_affirms_a_question_dates_it_and_goes_on_with_its_source() {
        // A column whose last section answers readers: no briefing of the
        // agency its body named first, though more paragraphs are turns
        // than not (its answers, "A:", name no speaker).
        let text = "Losses, explained\n\nThe NIS briefed lawmakers again.\n\nIt gave no new toll.\n\n\
                    Analysts were unmoved.\n\nYour questions\n\n\
                    Q: Didn\u{2019}t the JCS put the wounded at 1,500? \u{2014} Ana, Lisbon \u{1f1f5}\u{1f1f9}\n\n\
                    A: It did, on 9\u{a0}February, when it also counted 400 dead. More came later.\n\n\
                    Q: Did the NIS give 600? \u{2014} Ben\n\n\
                    A: Not that I know of; on 9 February the JCS gave 450.\n\n\
                    Q: And next month? \u{2014} Jo\n\nA: Too early to say.";
        let got = suggest(text, "2025-04-02");
        let jcs = Some("South Korean Joint Chiefs of Staff");
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(
            sourced_days(&got),
            [
                ("1,500", jcs, Some("9\u{a0}February")),
                ("400", jcs, Some("9\u{a0}February")),
                // An answer that does not affirm dates nothing it was asked.
                ("600", nis, None),
                ("450", jcs, Some("9 February")),
            ]
        );
        // "It is hard to say" affirms nothing.
        let text =
            "Is the NIS\u{2019}s 5,000 credible?\n\nIt is hard to say: on 3\u{a0}March the JCS gave 450 \u{1f937}.";
        let got = suggest(text, "2025-04-02");
        assert_eq!(got[0].date_source, Some(DateSource::Published));
    }

    #[test]
    fn a_person_introduced_with_an_agency_speaks_for_it_by_surname() {
        let text = "Jane Park, head of analysis at the Ministry of Defence, and Dr Omar Haddad of the Arctic \
                    Policy Institute gave evidence.\n\n\
                    Asked about the winter, Ms Park said the update had put losses at around 3,000 \u{2014} \
                    \u{201c}about 800 of them killed.\u{201d}\n\n\
                    Haddad said 1,900 could be tied to units.\n\n\
                    Pentagon spokesman Pat Ryder spoke on Monday. The next day, Ryder said 600\u{a0}more had \
                    arrived 🪖.";
        let got = suggest(text, "2025-04-02");
        assert_offsets(text, &got);
        let uk = Some("UK Ministry of Defence");
        assert_eq!(
            agencies(&got),
            [("around 3,000", uk), ("about 800", uk), ("1,900", None), ("600", Some("US Department of Defense"))]
        );
        // A day or a place before the comma is nobody's name.
        let text = "On Monday, officials at the Pentagon spoke. Officials said on Monday that 70 had died \u{1f4f0}.";
        assert_eq!(agencies(&suggest(text, "2025-04-02")), [("70", None)]);
        // Ranks between the title and the name.
        let text = "\u{201c}Heavy losses,\u{201d} Pentagon press secretary Maj. Gen. Martin Kessler told \
                    reporters \u{2014} \u{1f4c9}. Kessler said about 11,000\u{a0}troops were sent.";
        assert_eq!(agencies(&suggest(text, "2025-04-02")), [("about 11,000", Some("US Department of Defense"))]);
        // The agency as the place, then a title and a name: the name speaks.
        let text = "At the State Department on Wednesday, spokesperson Dana Whitcombe said \u{201c}more than \
                    20,000\u{201d} containers had gone. She said at least 100 were missiles.";
        let state = Some("US Department of State");
        assert_eq!(agencies(&suggest(text, "2025-04-02")), [("more than 20,000", state), ("at least 100", state)]);
        // A visitor with an office of their own is not the place's voice.
        let text = "At NATO headquarters on Thursday, Ukrainian Foreign Minister Andrii Sybiha said 3,000 \
                    were sent \u{2014} \u{201c}at least\u{201d}. Sybiha said 40 more had died.";
        assert_eq!(agencies(&suggest(text, "2025-04-02")), [("3,000", None), ("40", None)]);
        // Not a place phrase with no name after it.
        let text = "At the NIS\u{2019}s request, analysts said 70 had died.";
        assert_eq!(agencies(&suggest(text, "2025-04-02")), [("70", None)]);
    }

    #[test]
    fn a_pronoun_after_the_sentence_s_own_subject_is_that_subject() {
        let text = "The NIS told lawmakers on 13\u{a0}January that 300 had died.\n\n\
                    Kyiv\u{2019}s commander-in-chief, Oleksandr Syrsky, goes further still: on Saturday he said \
                    \u{201c}nearly half\u{201d} were out of action \u{1f4a5}. It added 40 more.";
        let got = suggest(text, "2025-01-28");
        let syrsky = Some("Oleksandr Syrsky");
        assert_eq!(
            agencies(&got),
            [("300", Some("South Korean National Intelligence Service")), ("nearly half", syrsky), ("40", syrsky)]
        );
        // After a preposition the agency is no subject.
        let text = "Kyiv\u{2019}s Syrsky said on Friday that 2,000 had died.\n\n\
                    Unlike the JCS, he put the wounded at 900: he said so \u{1f914}.";
        let got = suggest(text, "2025-01-28");
        assert_eq!(agencies(&got), [("2,000", syrsky), ("900", syrsky)]);
    }

    #[test]
    fn a_speaker_before_an_aside_between_commas_is_the_verb_s_subject() {
        let text = "The JCS said on 27\u{a0}March that 220 guns had gone north; a defence official, speaking on \
                    condition of anonymity, said on Wednesday that it had since risen to \u{201c}about 250\u{201d} 🚂.";
        let got = suggest(text, "2025-04-10");
        assert_eq!(agencies(&got), [("220", Some("South Korean Joint Chiefs of Staff")), ("about 250", None)]);
    }

    #[test]
    fn a_letterhead_speaks_for_its_statement_and_a_numbered_list_takes_its_lead_s_date() {
        let text = "Translated by our desk \u{1f1fa}\u{1f1e6}\n\n\
                    MINISTRY OF DEFENCE OF UKRAINE\n\
                    Statement \u{2014} \u{201c}daily\u{201d} update\n\n\
                    Enemy losses as of 28.01.2025:\n\n\
                    1. personnel \u{2014} about 700,000 (+1,100)\n\
                    2. tanks \u{2014} 9,000\u{a0}(+5)\n\n\
                    On Monday alone, the Defence Forces stopped nearly 150 of them.\n\n\
                    COMMENTARY \u{2014} by a reporter\n\n\
                    These tallies cannot be checked; 1 in 3 readers doubt them.";
        let got = suggest(text, "2025-01-28");
        let ua = Some("Ukrainian Ministry of Defence");
        let day = Some("28.01.2025");
        assert_eq!(
            sourced_days(&got),
            [
                ("about 700,000", ua, day),
                ("1,100", ua, day),
                ("9,000", ua, day),
                ("5", ua, day),
                ("nearly 150", ua, Some("Monday")),
                ("1 in 3", None, None),
            ]
        );
        // Items with a capital: the sentences split "1." off its line.
        let text = "Kyiv\u{a0}\u{2014} Ukraine\u{2019}s General Staff said enemy losses as of 28.01.2025 were:\n\n\
                    1. Personnel \u{2014} about 700,000 (+1,100) \u{1f480}\n\
                    2. Tanks \u{2014} 9,000\n\n\
                    We counted 12 more.";
        let staff = Some("General Staff of the Armed Forces of Ukraine");
        assert_eq!(
            sourced_days(&suggest(text, "2025-01-28")),
            [("about 700,000", staff, day), ("1,100", staff, day), ("9,000", staff, day), ("12", None, None)]
        );
        // A subhead in title case is no letterhead.
        let text = "Losses, explained\n\nJoint Chiefs of Staff\n\nSome 1 in 3 of them died \u{1f4ca}.";
        assert_eq!(agencies(&suggest(text, "2025-01-28")), [("Some 1 in 3", None)]);
        // But a letter's address block in title case is: its figures are
        // the writer's, who is the agency.
        let text = "Defence Intelligence Secretariat\nMinistry of Defence\nWhitehall\n\n27\u{a0}June 2025\n\n\
                    Dear Ms Rowe,\n\nThe Department assessed that around 11,000 remained \u{2014} \u{201c}rounded\u{201d}.";
        let uk = Some("UK Ministry of Defence");
        assert_eq!(agencies(&suggest(text, "2025-07-02")), [("around 11,000", uk)]);
    }

    #[test]
    fn a_day_heading_dates_the_figures_under_it_until_the_next_heading() {
        let text = "The week \u{1f4c5}\n\nSaturday, 8 February 2025\n\n\
                    Our round-up of the week\u{2019}s \u{201c}numbers\u{201d}.\n\n\
                    TUESDAY\nThe JCS counted 120 drones. Two days later it counted 140.\n\n\
                    Thursday, 6 February:\nKyiv reported 1,250 losses.\n\n\
                    Seoul added:\n- 12 more.\n\nWHAT\u{2019}S NEXT\nTalks resume with 30 envoys.";
        let got = suggest(text, "2025-02-08");
        assert_eq!(
            dated(&got),
            [
                ("120", Some("TUESDAY")),
                ("140", Some("Two days later")),
                ("1,250", Some("Thursday, 6 February")),
                ("12", Some("Thursday, 6 February")),
                ("30", None)
            ]
        );
        // A fact line that is a sentence ("Update: … said on Tuesday.") is
        // a lede, and the sentence after it goes on with its source.
        let text = "Update: 40 drones were shot down, the Pentagon said on Tuesday. It said 12 were hit.";
        let got = suggest(text, "2025-04-02");
        assert_eq!(dated(&got), [("40", Some("Tuesday")), ("12", Some("Tuesday"))]);
        // Under a quotation, a date line is its sign-off; "now" is no
        // heading's day.
        let text = "The statement\n\n\u{201c}We struck 40 targets.\u{201d}\n\n14 March 2025\n\n\
                    Russia now has some 600,000 troops in Ukraine, according to Kyiv.";
        assert_eq!(dated(&suggest(text, "2025-04-02")), [("40", None), ("some 600,000", None)]);
        // Before the body, a date on its own line is the dateline.
        let text = "Losses, counted\n\nFriday, 7 February 2025\n\nThe JCS counted 120 drones.";
        assert_eq!(dated(&suggest(text, "2025-02-10")), [("120", None)]);
    }

    #[test]
    fn a_markdown_table_s_date_column_and_unit_hold_for_its_rows() {
        let text = "Tracker \u{1f50e}. Each row is a figure as its source gave it.\n\n\
                    | Item | Quantity | Value (US$ million) | Date | Source |\n\
                    |---|:---:|---|---|---|\n\
                    | Shells, \u{201c}152 mm\u{201d} | 12\u{a0}million | 5,500 | 2 Sep 2025 | NIS |\n\
                    | Guns \u{2014} Koksan | about 200 | 310 | 27 Mar 2025 | JCS |\n\
                    | **Total** | | **5,810** | | desk sum |\n\n\
                    A quarter of them failed, the desk said.";
        let got = suggest(text, "2025-09-30");
        let rows: Vec<(&str, f64, Option<&str>)> =
            got.iter().map(|s| (s.text.as_str(), s.value, s.date_text.as_deref())).collect();
        assert_eq!(
            rows,
            [
                ("12\u{a0}million", 12e6, Some("2 Sep 2025")),
                ("5,500", 5.5e9, Some("2 Sep 2025")),
                ("about 200", 200.0, Some("27 Mar 2025")),
                ("310", 3.1e8, Some("27 Mar 2025")),
                ("5,810", 5.81e9, None),
                ("A quarter", 0.25, None)
            ]
        );
        let money: Vec<Option<&str>> = got.iter().filter(|s| s.value > 1e8).map(|s| s.measure.as_deref()).collect();
        assert_eq!(money, [Some("dollars"); 3]);
    }

    #[test]
    fn a_post_s_stamp_in_brackets_dates_the_post_under_it() {
        // A channel's posts, each under its stamp with a clock time and a
        // zone, and a line the post opens with (a forward, an emoji).
        let text = "Channel digest. Posts as published.\n\n\
                    [26.04.2025 \u{b7} 13:42 MSK]\n\u{26a1}\u{fe0f} Forwarded from Front\u{a0}Notes\n\
                    The ministry says \u{201c}the enemy\u{201d} lost more than 76,000 men.\n\n\
                    [28.04.2025 \u{b7} 19:10 MSK]\nForwarded from Gazette Z\n\
                    Seoul\u{2019}s spy agency says 4,700 casualties \u{2014} 600 killed.\n\n\
                    [29.04.2025]\nThe Kremlin says 200 were decorated.";
        let got = suggest(text, "2025-04-30");
        assert_eq!(
            dated(&got),
            [
                ("more than 76,000", Some("26.04.2025")),
                ("4,700", Some("28.04.2025")),
                ("600", Some("28.04.2025")),
                ("200", Some("29.04.2025"))
            ]
        );
        // A stamp with more than a time in it is no heading: "[26.04.2025
        // 13:42 Moscow office]" dates nothing below it.
        let text = "Channel digest. Posts as published.\n\n[26.04.2025 13:42 Moscow office]\nThe ministry says it lost 70 men.";
        assert_eq!(dated(&suggest(text, "2025-04-30")), [("70", None)]);
    }

    #[test]
    fn a_numbered_answer_takes_the_source_and_date_of_its_question() {
        let text = "The quiz \u{1f9e9}\n\nQUESTIONS\n\n\
                    1. On Monday the NIS briefed lawmakers. How many \u{201c}troops\u{201d} did it count?\n\n\
                    2. Which general said in May that almost half had died?\n\n\
                    3. In March, the Pentagon named a figure. What was it?\n\n\
                    ANSWERS\n\n\
                    1. About 12,000.\n\n\
                    2. Syrsky. Nearly half.\n\n\
                    3. Roughly 900, a week later.\n";
        let got = suggest(text, "2025-06-07");
        let nis = Some("South Korean National Intelligence Service");
        assert_eq!(
            sourced_days(&got),
            [
                ("almost half", None, Some("May")),
                ("About 12,000", nis, Some("Monday")),
                // The answer names its source.
                ("Nearly half", Some("Oleksandr Syrsky"), None),
                ("Roughly 900", Some("US Department of Defense"), Some("March")),
            ]
        );
        // A later list under its own lead answers no question.
        let text = "Explained\n\n1. How many came? The NIS said on Monday it was about 11,000. Is that all?\n\n\
                    Our own tally \u{1f4cb}:\n\n1. Killed \u{2014} about 600\n2. Wounded \u{2014} 3,000";
        let got = suggest(text, "2025-06-07");
        assert_eq!(agencies(&got)[1..], [("about 600", None), ("3,000", None)]);
    }

    #[test]
    fn a_fact_box_s_lines_wait_for_the_body_and_a_bracket_s_country_report_names_its_agency() {
        let text = "The Black Sea drone war\n\n\
                    Launched: about 1,900 (Jan.\u{2013}Mar.)\n\
                    + c. 600 (April)\n\
                    Shot down: 1,300+ (Ukrainian estimate, 2\u{a0}May) \u{1f6e9}\n\n\
                    In the first quarter, Russia launched roughly 1,900 drones, according to the Pentagon. \
                    About 600 more came in April, the Pentagon said. \
                    The Pentagon said 1,300 were downed; Ukraine\u{2019}s General Staff counted 1,300 by 2 May.\n";
        let got = suggest(text, "2025-05-05");
        let pentagon = Some("US Department of Defense");
        let staff = Some("General Staff of the Armed Forces of Ukraine");
        let rows: Vec<_> = agencies(&got).into_iter().take(3).collect();
        assert_eq!(rows, [("about 1,900", pentagon), ("c. 600", pentagon), ("1,300+", staff)]);
    }

    #[test]
    fn a_caption_s_pronoun_after_when_is_the_name_it_opens_with() {
        let text = "Pete Hegseth, the Pentagon chief, in May \u{1f4f8}.\n\n\
                    A soldier near Sudzha. Oleksandr Syrskyi, Ukraine\u{2019}s commander-in-chief, at a \
                    \u{201c}briefing\u{201d} in January, when he said nearly half had been lost.\n\n\
                    The Pentagon met. At the briefing, where he said 40 had gone, nobody moved.";
        let got = suggest(text, "2025-06-02");
        let pentagon = Some("US Department of Defense");
        assert_eq!(agencies(&got), [("nearly half", Some("Oleksandr Syrsky")), ("40", pentagon)]);
    }

    #[test]
    fn an_estimate_given_a_day_earlier_is_a_noun_and_it_goes_on_with_the_subject() {
        let text = "South Korea\u{2019}s Joint Chiefs of Staff had given a \u{201c}lower\u{201d} estimate a day earlier. \
                    Briefing reporters in Seoul on Thursday, it said about 4000 soldiers had been hurt \u{1f915}.";
        let jcs = Some("South Korean Joint Chiefs of Staff");
        assert_eq!(agencies(&suggest(text, "2025-03-29")), [("about 4000", jcs)]);
    }

    #[test]
    fn the_paragraph_after_dates_the_figures_it_names_by_an_anaphor() {
        let text = "Losses \u{201c}top\u{201d} 300, British intelligence says\n\n\
                    More than 300 soldiers were hurt, British defence intelligence has estimated \u{1fa79}.\n\n\
                    The figures, released by the UK Ministry of Defence on Friday, put the dead at 40.\n\n\
                    Pyongyang sent 11,000, the NIS has said.\n\n\
                    The figures, released by the ministry on Wednesday, were not new.";
        let got = suggest(text, "2025-06-12");
        assert_eq!(
            dated(&got),
            [("300", Some("Friday")), ("More than 300", Some("Friday")), ("40", Some("Friday")), ("11,000", None)]
        );
        // A date of what the figures are compared with dates nothing before.
        let text = "Losses top 300, London says\n\n\
                    More than 300 soldiers were hurt, the UK Ministry of Defence has estimated.\n\n\
                    Those figures are far higher than in 2022, the ministry said \u{1f4c8}.";
        assert_eq!(dated(&suggest(text, "2025-06-12")), [("300", None), ("More than 300", None)]);
    }

    #[test]
    fn another_country_s_ministry_takes_the_ministry_from_the_listed_one() {
        let text = "The British Defense Ministry said 5,000 were hurt \u{1f915}.\n\n\
                    Japan\u{2019}s Ministry of Defense has warned of \u{201c}risks\u{201d}. In a report on Wednesday, \
                    the ministry estimated that more than 1 million barrels had been sent.";
        let got = suggest(text, "2025-03-28");
        assert_eq!(agencies(&got), [("5,000", Some("UK Ministry of Defence")), ("more than 1 million", None)]);
        // Named in passing, it takes nothing away.
        let text = "The UK Ministry of Defence said 5,000 were hurt, more than France\u{2019}s Ministry of Defence \
                    had estimated \u{1f4ca}. The ministry said 1,000 more had died.";
        let uk = Some("UK Ministry of Defence");
        assert_eq!(agencies(&suggest(text, "2025-03-28")), [("5,000", uk), ("1,000", uk)]);
    }

    #[test]
    fn a_credit_after_a_quotation_names_its_speaker_and_day() {
        let text = "QUOTE OF THE WEEK\n\u{201c}Close to half of them are out \u{1f4a5}.\u{201d} \u{2014} Oleksandr Syrsky, on Wednesday";
        let got = suggest(text, "2025-01-25");
        assert_eq!(sourced_days(&got), [("Close to half", Some("Oleksandr Syrsky"), Some("Wednesday"))]);
        // A sentence after the quotation is no credit.
        let text =
            "A doctor was blunt: \u{201c}We treated 300 wounded.\u{201d} \u{2013} The Pentagon has not commented.";
        assert_eq!(agencies(&suggest(text, "2025-01-25")), [("300", None)]);
    }

    #[test]
    fn a_relayed_report_by_a_title_between_commas_is_the_title_s() {
        let text = "The envoy said that Oleksandr Syrskyi, Commander-in-Chief of the Armed Forces of Ukraine, \
                    had reported in \u{201c}late\u{201d} January that nearly half had been lost \u{1f4c9}.";
        assert_eq!(agencies(&suggest(text, "2025-04-02")), [("nearly half", Some("Oleksandr Syrsky"))]);
    }

    #[test]
    fn the_same_body_is_the_latest_agency_named() {
        let text = "What the table leaves out\n\n\
                    - Guns: the JCS said on 27\u{a0}March that some 220 had been sent.\n\
                    - Troops: about 3,000 more came, according to the same body \u{1f4e6}.\n\
                    - Drones: 40 more, according to the same rumour.\n";
        let got = suggest(text, "2025-04-02");
        let jcs = Some("South Korean Joint Chiefs of Staff");
        assert_eq!(agencies(&got), [("some 220", jcs), ("about 3,000", jcs), ("40", None)]);
        // "The same body of …" is no body that speaks.
        let text = "The JCS said 220 guns were sent.\n\nThe same body of evidence puts losses at 3,000 \u{1f50e}.";
        let got = suggest(text, "2025-04-02");
        assert_eq!(agencies(&got), [("220", jcs), ("3,000", None)]);
    }

    #[test]
    fn a_seat_of_government_speaks_for_its_country_s_agency() {
        let text = "South Korea\u{2019}s Joint Chiefs of Staff said on Thursday that 3,000 more troops arrived in \
                    January. \
                    Seoul also estimates that \u{201c}some 220\u{201d} guns were shipped.\n\n\
                    Moscow also said 40\u{a0}drones were downed \u{1f6e1} Kyiv said 12 were.";
        let got = suggest(text, "2025-03-12");
        assert_offsets(text, &got);
        let jcs = Some("South Korean Joint Chiefs of Staff");
        // Moscow: no Russian agency named before; Kyiv: no "also". Nobody
        // the list knows.
        assert_eq!(agencies(&got), [("3,000", jcs), ("some 220", jcs), ("40", None), ("12", None)]);
        // "also estimates": a statement of the day the JCS spoke, not of
        // January, when the troops arrived. 2025-03-12 is a Wednesday.
        assert_eq!(got[0].date.map(|d| d.value), Some(date("2025-01-01")));
        assert_eq!(got[1].date.map(|d| d.value), Some(date("2025-03-06")));
    }

    #[test]
    fn a_seat_s_estimate_of_a_figure_is_its_country_s_agency_s() {
        let text = "Britain\u{2019}s Defence Intelligence said losses passed 5,000 \u{1f4c8}.\n\n\
                    Seoul\u{2019}s JCS says about 4,000.\n\n\
                    \u{2022} From the archive: London\u{2019}s first estimate of around 4,000 casualties.\n\
                    \u{2022} Seoul\u{2019}s latest figure is 4,000 \u{2014} and Kyiv\u{2019}s first drone of 2025 fell.";
        let got = suggest(text, "2025-04-03");
        let (uk, jcs) = (Some("UK Ministry of Defence"), Some("South Korean Joint Chiefs of Staff"));
        assert_eq!(agencies(&got), [("5,000", uk), ("about 4,000", jcs), ("around 4,000", uk), ("4,000", jcs)]);
        // A city's own toll is no agency's.
        let text = "Ukraine\u{2019}s General Staff said 1,200 were lost.\n\nKyiv\u{2019}s latest toll of 12 was \
                    confirmed by the mayor.";
        let got = suggest(text, "2025-04-03");
        assert_eq!(got[1].agency, None);
        // A country's document of a figure, with or without "the"; not a
        // country's own troops.
        let text = "Britain\u{2019}s Defence Intelligence said losses passed 5,000 \u{1f4c8}. South Korea\u{2019}s \
                    JCS says about 4,000.\n\n\
                    The UK\u{2019}s previous estimate of 2,900 was lower; South Korea\u{2019}s first estimate was \
                    \u{201c}nearly 3,000\u{201d}.\n\n\
                    Britain\u{2019}s 1,200\u{a0}troops in Estonia \u{2014} and the UK\u{2019}s guns, 40 of them.";
        let got = suggest(text, "2025-04-03");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [("5,000", uk), ("about 4,000", jcs), ("2,900", uk), ("nearly 3,000", jcs), ("1,200", None), ("40", None)]
        );
    }

    #[test]
    fn a_speaker_goes_on_after_and_said_and_a_title_with_a_name() {
        let text = "South Korea\u{2019}s National Intelligence Service estimated that at least 700 had died, \
                    and said \u{201c}roughly a third\u{201d} of the wounded had returned.\n\n\
                    Another 2,000\u{a0}troops are expected, the Pentagon\u{2019}s deputy press secretary, \
                    Jane Roe, said on Monday, and about a quarter\u{a0}are officers.";
        let got = suggest(text, "2025-03-12");
        assert_offsets(text, &got);
        let nis = Some("South Korean National Intelligence Service");
        let dod = Some("US Department of Defense");
        assert_eq!(
            agencies(&got),
            [("at least 700", nis), ("roughly a third", nis), ("2,000", dod), ("about a quarter", dod)]
        );
        // The day the speaker spoke reaches the clause after "and".
        assert_eq!(got[2].date.map(|d| d.value), Some(date("2025-03-10")));
        assert_eq!(got[3].date.map(|d| d.value), Some(date("2025-03-10")));
    }

    #[test]
    fn relative_clauses_reports_and_its_staff_point_to_the_agency() {
        let text = "The count matches Britain\u{2019}s Ministry of Defence, which said on Friday that 5,200 were hurt. \
                    The Institute for the Study of War published its map. Its analysts wrote that groups of 40\u{a0}men \
                    attacked.\n\nKCNA announced a monument. Some 1,000 families \u{2014} according to the report \
                    \u{2014} will be paid.";
        let got = suggest(text, "2025-03-12");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [
                ("5,200", Some("UK Ministry of Defence")),
                ("40", Some("Institute for the Study of War")),
                ("Some 1,000", Some("Korean Central News Agency"))
            ]
        );
    }

    #[test]
    fn a_timeline_entry_s_date_covers_its_line() {
        let text = "Timeline\n\n- Dec.\u{a0}17: The Pentagon says 40 \u{201c}drones\u{201d} fell; the Ministry of \
                    Defence in Kyiv says 30 soldiers were killed.\n- Jan. 9: Two soldiers were captured, the SBU said.";
        let got = suggest(text, "2025-04-02");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [("40", Some("US Department of Defense")), ("30", Some("Ukrainian Ministry of Defence")), ("Two", None)]
        );
        let dates: Vec<_> = got.iter().map(|s| s.date.map(|d| d.value.to_string())).collect();
        assert_eq!(dates, [Some("2024-12-17".into()), Some("2024-12-17".into()), Some("2025-01-09".into())]);
    }

    #[test]
    fn the_lede_lends_its_group_when_the_headline_names_none() {
        let text = "Cannon fodder \u{2014} \u{201c}a grim toll\u{201d}\n\nNorth Korea has lost more than 5,000\u{a0}soldiers \
                    in Kursk.\n\nThe agency had estimated in January that around 4,000 casualties were suffered.";
        let got = suggest(text, "2025-03-30");
        assert_offsets(text, &got);
        let subjects: Vec<_> = got.iter().map(|s| s.subject.as_deref()).collect();
        assert_eq!(subjects, [Some("North Korean troops"), Some("North Korean troops")]);
    }

    #[test]
    fn parts_listed_after_including_share_the_whole_s_date() {
        let text = "The NIS put the force at about 12,000 in early November, including some 500\u{a0}officers and \
                    three \u{201c}generals\u{201d}.";
        let got = suggest(text, "2025-01-15");
        let dates: Vec<_> = got.iter().map(|s| s.date.map(|d| d.value.to_string())).collect();
        assert_eq!(dates, vec![Some("2024-11-01".to_string()); 3], "{got:?}");
    }

    #[test]
    fn the_spokesman_of_the_paragraph_before_keeps_his_agency() {
        let text = "About 900 troops were lost, a Pentagon spokesman told reporters on Monday.\n\n\
                    One \u{201c}elite\u{201d} soldier was captured, the spokesman added \u{2014} \u{1f50e}\n\n\
                    Shelling killed three civilians, the regional governor said.";
        let got = suggest(text, "2025-03-12");
        assert_offsets(text, &got);
        let dod = Some("US Department of Defense");
        assert_eq!(agencies(&got), [("About 900", dod), ("One", dod), ("three", None)]);
    }

    #[test]
    fn an_attribution_after_a_paragraph_covers_its_figures_and_the_headline() {
        let text = "Over 7,000 \u{201c}losses\u{201d} in a month \u{1f1fa}\u{1f1e6}\n\n\
                    Russia lost 1,400 troops and 32 tanks in a day. The week\u{2019}s toll reached 7,100. \
                    This was reported by the UK Ministry of Defense on Sunday.\n\n\
                    Officials in Kyiv put the total at 900,000.";
        let got = suggest(text, "2025-04-08");
        assert_offsets(text, &got);
        let uk = Some("UK Ministry of Defence");
        assert_eq!(agencies(&got), [("Over 7,000", uk), ("1,400", uk), ("32", uk), ("7,100", uk), ("900,000", None)]);
        assert_eq!(got[1].date.map(|d| d.value), Some(date("2025-04-06")));
        assert_eq!(got[1].date_source, Some(DateSource::Text));
        // Text order survives the wait.
        assert!(got.windows(2).all(|w| w[0].start < w[1].start));
    }

    #[test]
    fn a_country_adjective_decides_which_ministry() {
        let text = "According to Ukrainian MOD data, Russia lost about 1,300 troops \u{2014} and the MoD\u{2019}s \
                    tally rose to 870,000 overall.";
        let got = suggest(text, "2025-04-02");
        assert!(got.iter().all(|s| s.agency.as_deref() == Some("Ukrainian Ministry of Defence")), "{got:?}");
        let got = suggest("Russia\u{2019}s MoD said 2,000 were lost. The MoD added that 300 more fled.", "2025-04-02");
        assert!(got.iter().all(|s| s.agency.as_deref() == Some("Russian Ministry of Defence")), "{got:?}");
        // With no country named, the MoD is still the UK's; after the UK's
        // is named again, so is the next bare one.
        let got = suggest("The MoD said 2,000 were lost.", "2025-04-02");
        assert_eq!(got[0].agency.as_deref(), Some("UK Ministry of Defence"));
        let got = suggest(
            "Russia\u{2019}s MoD said 2,000 were lost. The UK MoD disagreed. The MoD put it at 3,000.",
            "2025-04-02",
        );
        assert_eq!(got[1].agency.as_deref(), Some("UK Ministry of Defence"), "{got:?}");
    }

    #[test]
    fn a_reporting_clause_carries_over_stating_and_noting_that() {
        let text = "South Korea\u{2019}s military reported a slightly lower estimate, stating that around\u{a0}4,000 \
                    had been hurt, and noting that 3,000 more arrived.";
        let got = suggest(text, "2025-04-02");
        let jcs = Some("South Korean Joint Chiefs of Staff");
        assert_eq!(agencies(&got), [("around\u{a0}4,000", jcs), ("3,000", jcs)]);
        // A participle after the subject's own clause ("went further on
        // Tuesday, telling …") reports for it, past the relaying witnesses.
        let text = "The NIS went further on Tuesday \u{2014} no surprise \u{2014} \u{1f4e2}. \
                    The NIS went further on Tuesday, telling a closed hearing that some 450 had died, \
                    according to legislators who were present.";
        let got = suggest(text, "2025-04-02");
        assert_eq!(
            sourced_days(&got),
            [("some 450", Some("South Korean National Intelligence Service"), Some("Tuesday"))]
        );
    }

    #[test]
    fn a_part_of_these_casualties_inherits_their_source_and_counts_its_own_measure() {
        let text = "The UK Ministry of Defence said 5,000 casualties were recorded \u{2014} a grim tally.\n\n\
                    Syrsky toured the front. Approximately 1,000 of these casualties have been killed.";
        let got = suggest(text, "2025-04-02");
        assert_offsets(text, &got);
        assert_eq!(got[1].text, "Approximately 1,000");
        assert_eq!(got[1].agency.as_deref(), Some("UK Ministry of Defence"));
        assert_eq!(got[1].measure.as_deref(), Some("killed"));
    }

    #[test]
    fn a_quotation_belongs_to_the_source_named_after_it() {
        let text = "Syrsky spoke first. \u{201c}North Korea has lost 5,000 men. About 1,000 of them died.\u{201d} \
                    the British Military Intelligence assessed on Friday.";
        let got = suggest(text, "2025-04-02");
        let uk = Some("UK Ministry of Defence");
        assert_eq!(agencies(&got), [("5,000", uk), ("About 1,000", uk)]);
    }

    #[test]
    fn every_figure_gets_a_date_and_says_where_it_came_from() {
        let text = "Russia lost 1,500 troops over the past 24 hours, the General Staff said. \u{1f3af}\n\n\
                    Some 700 drones hit Kyiv.\n\nThe MoD said this week that 40 tanks were lost.";
        let got = suggest(text, "2025-04-03");
        type Row<'a> = (&'a str, Option<String>, Option<DateSource>, Option<DatePrecision>);
        let rows: Vec<Row> = got
            .iter()
            .map(|s| (s.text.as_str(), s.date.map(|d| d.value.to_string()), s.date_source, s.date.map(|d| d.precision)))
            .collect();
        assert_eq!(
            rows,
            [
                // "over the past 24 hours" is a duration, up to publication.
                ("1,500", Some("2025-04-03".into()), Some(DateSource::Published), Some(DatePrecision::Day)),
                ("Some 700", Some("2025-04-03".into()), Some(DateSource::Published), Some(DatePrecision::Day)),
                ("40", Some("2025-03-31".into()), Some(DateSource::Text), Some(DatePrecision::Week)),
            ]
        );
        assert_eq!(got[0].date_text, None);
        assert_eq!(got[1].date_text, None);
        assert_eq!(got[1].date.map(|d| d.kind), Some(DateKind::Reported));
        // Without a publication date there is nothing to fall back on.
        let got = Extractor::with_default_agencies().suggest("Some 700 drones hit Kyiv.", None);
        assert_eq!((got[0].date, got[0].date_source), (None, None));
    }

    #[test]
    fn confidence_rises_with_evidence_and_falls_for_sets() {
        let got = suggest(
            "The two forces do not share a language. The MoD said over\u{a0}5,000 troops were lost \u{2014} \
             and 12 observers came.",
            "2025-04-02",
        );
        let c = |t: &str| got.iter().find(|s| s.text == t).map(|s| s.confidence).expect(t);
        assert!(c("two") < crate::extract::LOW_CONFIDENCE, "{got:?}");
        assert!(c("over\u{a0}5,000") > 0.8);
        assert!(c("12") >= crate::extract::LOW_CONFIDENCE);
        assert!(got.iter().all(|s| (0.0..=1.0).contains(&s.confidence)));
        let json = serde_json::to_value(&got[1]).expect("json");
        assert_eq!(json["date_source"], "published");
        assert!(json["confidence"].is_number());
    }

    #[test]
    fn a_story_about_one_group_lends_it_to_figures_of_people() {
        let text = "\u{1f1f7}\u{1f1fa} Russia\u{2019}s Donbas losses mount, Kyiv says\n\n\
                    About\u{a0}1,200 casualties were recorded on Tuesday \u{2014} a record. Some 40 tanks were hit. \
                    Ukrainian units lost 300 soldiers. Two of the generals were wounded.";
        let got = suggest(text, "2025-04-02");
        assert_offsets(text, &got);
        let rows: Vec<(&str, Option<&str>)> = got.iter().map(|s| (s.text.as_str(), s.subject.as_deref())).collect();
        assert_eq!(
            rows,
            [
                ("About\u{a0}1,200", Some("Russian troops")),
                // Tanks are not people.
                ("Some 40", None),
                // The sentence names its own group.
                ("300", Some("Ukrainian troops")),
                ("Two", Some("Russian officers")),
            ]
        );
        // Places (a dateline, "in Russia\u{2019}s Kursk region") name no
        // group; a country that acts does.
        let text = "North Korean losses mount\n\nSEOUL \u{2014} Units in Russia\u{2019}s Kursk region suffered \
                    over\u{a0}6,000 casualties. Russia says 300 were killed.";
        let got = suggest(text, "2025-04-02");
        assert_eq!(got[0].subject.as_deref(), Some("North Korean troops"));
        assert_eq!(got[1].subject, None);
        // A headline naming two groups, or none, lends nothing.
        let got = suggest("Russian and Ukrainian losses mount\n\nAbout 1,200 casualties were recorded.", "2025-04-02");
        assert_eq!(got[0].subject, None);
    }

    #[test]
    fn he_said_after_a_person_speaking_in_the_same_sentence_is_that_person() {
        let text = "Mr Abbot doubted it. \u{201c}Seoul\u{2019}s JCS says about 4,000,\u{201d} he said \u{1f914}.\n\n\
                    Mr Abbot, 61, said the shelter, which he said had fed 2,150 families, needed the money.";
        let got = suggest(text, "2025-04-04");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].agency.as_deref(), Some("South Korean Joint Chiefs of Staff"));
        assert_eq!(got[1].agency, None);
        // The nearest speaker decides: a known one before "he said" keeps it.
        let text = "Residents said the night was quiet, but Syrsky said 300 had been captured and he said 40 tanks \
                    were lost \u{1f4a5}.";
        let syrsky = Some("Oleksandr Syrsky");
        assert_eq!(agencies(&suggest(text, "2025-04-04")), [("300", syrsky), ("40", syrsky)]);
        // Without a speaker of its own, "he said" still points back.
        let text = "Seoul\u{2019}s JCS briefed lawmakers on Friday.\n\nAbout 4,000 were hurt, he said.";
        assert_eq!(suggest(text, "2025-04-04")[0].agency.as_deref(), Some("South Korean Joint Chiefs of Staff"));
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

    /// The one told listens: "told TASS in June that" is the ministry's.
    /// And "What the NIS said in April was that …" opens with its source.
    #[test]
    fn the_one_told_listens_and_a_cleft_s_what_names_the_source() {
        let text = "Russia\u{2019}s defence ministry told TASS in June that 1,000 sappers \u{1f6a7} were clearing mines.\n\n\
                    LIM: I can\u{2019}t verify that. What the NIS said in April was that about 40\u{a0}per cent \
                    of the second group were \u{201c}conscripts\u{201d}.\n\n\
                    That is five times what the NIS was saying in March \u{2014} 8 per cent.";
        let got = suggest(text, "2025-07-11");
        assert_offsets(text, &got);
        let agency = |t: &str| got.iter().find(|s| s.text == t).and_then(|s| s.agency.clone());
        assert_eq!(agency("1,000").as_deref(), Some("Russian Ministry of Defence"), "{got:?}");
        assert_eq!(agency("about 40\u{a0}per cent").as_deref(), Some("South Korean National Intelligence Service"));
        // "five times what the NIS was saying": the figure compared with.
        assert_eq!(agency("five times"), None, "{got:?}");
        // "in that report" is no time before a clause told: TASS speaks.
        let got = suggest("About 1,000 sappers \u{1f6a7} were clearing mines, said TASS in that report.", "2025-07-11");
        assert_eq!(got.first().and_then(|s| s.agency.as_deref()), Some("TASS"), "{got:?}");
    }

    /// A quotation after a colon's lead that dates it ("A post shared on
    /// Monday, 16 June, reads:") is of that day, unless it gives its own.
    #[test]
    fn a_colon_lead_s_day_dates_the_quotation_after_it() {
        let text = "CHECK\n\nA post shared on X on Monday, 16 June, by an account with 380,000 followers reads:\n\n\
                    \u{201c}\u{1f6a8} Kim sent 100,000 soldiers and a THIRD of them are dead \u{2014} fact.\u{201d}\n\n\
                    A second post on Tuesday, 17 June, read:\n\n\
                    \u{201c}As of 1 May, 9,000\u{a0}were lost.\u{201d}";
        let got = suggest(text, "2025-06-20");
        assert_offsets(text, &got);
        let day = |t: &str| {
            got.iter()
                .find(|s| s.text == t)
                .and_then(|s| s.date.filter(|_| s.date_source == Some(DateSource::Text)))
                .map(|d| d.value)
        };
        assert_eq!(day("100,000"), Some(date("2025-06-16")), "{got:?}");
        assert_eq!(day("a THIRD"), Some(date("2025-06-16")), "{got:?}");
        assert_eq!(day("9,000"), Some(date("2025-05-01")), "{got:?}");
        // The day the lead says it was said, not a day it speaks of.
        let text = "Writing of the strikes of 12 May, the governor said on 14 May:\n\n\u{201c}We lost 40\u{a0}homes \u{2014} 40.\u{201d}";
        let got = suggest(text, "2025-06-20");
        let homes = got.first().and_then(|s| s.date).map(|d| d.value);
        assert_eq!(homes, Some(date("2025-05-14")), "{got:?}");
    }

    /// A note's mark after a figure closes its clause: a source named
    /// after the mark that goes on to give a figure of its own is not the
    /// first figure's.
    #[test]
    fn a_note_s_mark_closes_its_figure_s_clause_before_the_next_source() {
        let text = "Brief \u{1f4d1}\n\nRussia has shipped more than 1\u{a0}million barrels since March 2024,\u{2076} and the NIS \
                    estimates that Pyongyang earned some $5.4 billion.\u{b3} About 4,000 died,\u{2076} the NIS said.\n\n\
                    Notes\n\n\
                    3. National Intelligence Service, \u{201c}briefing\u{201d}, 4 September 2025.\n\
                    6. US Department of State, fact sheet, 12 June 2025.\n";
        let got = suggest(text, "2025-10-06");
        assert_offsets(text, &got);
        let agency = |t: &str| got.iter().find(|s| s.text == t).and_then(|s| s.agency.clone());
        assert_eq!(agency("more than 1\u{a0}million").as_deref(), Some("US Department of State"), "{got:?}");
        assert_eq!(agency("some $5.4 billion").as_deref(), Some("South Korean National Intelligence Service"));
        assert_eq!(agency("About 4,000").as_deref(), Some("South Korean National Intelligence Service"));
        // A date or a note's mark after the source is no figure of its own.
        let text = "Brief\n\nAbout 4,000 died,\u{2076} the NIS said on 4\u{a0}September.\n\nNotes\n\n\
                    6. US Department of State, fact sheet, 12 June 2025.\n";
        let got = suggest(text, "2025-10-06");
        assert_eq!(
            got.first().and_then(|s| s.agency.as_deref()),
            Some("South Korean National Intelligence Service"),
            "{got:?}"
        );
    }

    /// A date after what a figure counts is the figure's, however long
    /// the name of what it counts.
    #[test]
    fn a_period_after_a_long_counted_noun_dates_the_figure() {
        let text = "Moscow\u{2019}s forces launched 63 North Korean-built Hwasong-11 ballistic missiles at Ukrainian \
                    cities from January to May 2025 \u{1f680}, Kyiv\u{2019}s air force said on 2\u{a0}June.";
        let got = suggest(text, "2025-06-05");
        assert_offsets(text, &got);
        let first = got.iter().find(|s| s.text == "63").and_then(|s| s.date).expect("a date");
        assert_eq!((first.value, first.end), (date("2025-01-01"), Some(date("2025-05-31"))), "{got:?}");
    }

    /// "I've also read that …": the speaker's own hearsay takes no source
    /// from the sentence before; "I read that as …" is no hearsay.
    #[test]
    fn first_person_hearsay_takes_no_source_from_before() {
        let text = "QUESTION (a student \u{1f393}): TASS reported last week that 300 volunteers got medals. \
                    I\u{2019}ve also read that 1\u{a0}in\u{a0}10 of the troops are \u{201c}conscripts\u{201d}. Is it true?\n\n\
                    The NIS said 500 died. I read that as a sign of strain \u{2014} with 400 hurt.";
        let got = suggest(text, "2025-07-11");
        assert_offsets(text, &got);
        let agency = |t: &str| got.iter().find(|s| s.text == t).and_then(|s| s.agency.clone());
        assert_eq!(agency("300").as_deref(), Some("TASS"), "{got:?}");
        assert_eq!(agency("1\u{a0}in\u{a0}10"), None, "{got:?}");
        assert_eq!(agency("400").as_deref(), Some("South Korean National Intelligence Service"), "{got:?}");
        // A quotation its source is credited with is that source's.
        let got = suggest(
            "\u{201c}We have heard that 300 soldiers deserted \u{1f3c3},\u{201d} Ukraine\u{2019}s HUR said.",
            "2025-07-11",
        );
        assert_eq!(
            got.first().and_then(|s| s.agency.as_deref()),
            Some("Ukrainian Military Intelligence (HUR)"),
            "{got:?}"
        );
    }

    #[test]
    fn a_report_s_as_of_header_dates_what_the_text_dates_no_other_way() {
        let text = "OFFICE FOR RELIEF \u{1f4cb}\n\
                    Situation Update No.\u{a0}4 | As of 12\u{a0}May 2025\n\n\
                    This update covers \u{201c}Kharkiv Oblast\u{201d} \u{2014} the front line.\n\n\
                    Some 6,200 people have left since 1 April. Strikes on 9 May killed 14.\n\n\
                    Funding\nShelter 38%\n";
        let got = suggest(text, "2025-05-15");
        assert_offsets(text, &got);
        assert_eq!(
            dated(&got),
            [("Some 6,200", Some("12\u{a0}May 2025")), ("14", Some("9 May")), ("38%", Some("12\u{a0}May 2025"))]
        );
        // A label of a few words and a time may stand before the day.
        let text = "Key figures as at 08:00, 3\u{a0}March 2025\n\nShelters hold 1,900 people.";
        assert_eq!(dated(&suggest(text, "2025-03-04")), [("1,900", Some("3\u{a0}March 2025"))]);
        let text = "SITREP No.\u{a0}7 \u{2014} As of 3 March 2025\n\nShelters hold 1,900 people.";
        assert_eq!(dated(&suggest(text, "2025-03-04")), [("1,900", Some("3 March 2025"))]);
        // A headline's "as of" a day in its sentence, a period, or an "as
        // of" below the body's first full stop dates no report.
        for text in [
            "Russia lost 1,200 as of Monday, Kyiv says\n\nShelters hold 1,900 people.",
            "Status as of mid-May\n\nShelters hold 1,900 people.",
            "Shelters \u{2014} an update.\n\nAs of 3 March 2025\n\nShelters hold 1,900 people.",
            // No year, as a headline gives a day; a day after publication.
            "Curfew lifted as of Monday\n\nShelters hold 1,900 people.",
            "Tariffs \u{2014} as of 1 June 2025\n\nShelters hold 1,900 people.",
        ] {
            let got = suggest(text, "2025-05-20");
            assert_eq!(got.last().map(|s| (s.text.as_str(), s.date_text.as_deref())), Some(("1,900", None)), "{text}");
        }
    }

    #[test]
    fn each_item_of_a_series_takes_the_day_that_opens_it() {
        let text = "Chart 2 \u{2014} the \u{201c}toll\u{201d} \u{1f4c8}\n\
                    NIS \u{2014} Jan\u{a0}2025: about 3,000 \u{b7} Apr 2025: about 4,700\n\
                    Values: Q1 2024 about 30% | Q3 2024 about 50% \u{2022} Q4 2024 about 60%\n";
        let got = suggest(text, "2025-12-04");
        assert_offsets(text, &got);
        assert_eq!(
            dated(&got),
            [
                ("about 3,000", Some("Jan\u{a0}2025")),
                ("about 4,700", Some("Apr 2025")),
                ("about 30%", Some("Q1 2024")),
                ("about 50%", Some("Q3 2024")),
                ("about 60%", Some("Q4 2024"))
            ]
        );
        // A date after its figure, then a separator: each item's own.
        let text = "Toll: 3,000 \u{b7} Jan 2025 | 4,700 \u{b7} Apr 2025\n";
        assert_eq!(dated(&suggest(text, "2025-12-04")), [("3,000", Some("Jan 2025")), ("4,700", Some("Apr 2025"))]);
    }

    #[test]
    fn a_lead_s_bracketed_source_comes_before_the_letterhead() {
        let text = "MINISTRY OF DEFENCE OF UKRAINE\nDaily briefing \u{1f1fa}\u{1f1e6}\n\n\
                    Enemy losses amounted to (General Staff data, \u{201c}change\u{201d} in brackets):\n\
                    \u{2022} personnel \u{2014} about 893,050 (+1,160)\n\
                    \u{2022} tanks \u{2014} 10,246\u{a0}(+7)\n\n\
                    The ministry added that 40 drones were downed.";
        let got = suggest(text, "2025-03-18");
        assert_offsets(text, &got);
        let staff = Some("General Staff of the Armed Forces of Ukraine");
        let ministry = Some("Ukrainian Ministry of Defence");
        assert_eq!(
            agencies(&got),
            [("about 893,050", staff), ("1,160", staff), ("10,246", staff), ("7", staff), ("40", ministry)]
        );
    }

    #[test]
    fn a_relative_clause_s_source_tells_only_the_figure_it_follows() {
        let text = "The logs \u{1f4d2} show 41 voyages. Those could have moved some 3,700 containers \u{2014} more than \
                    a quarter of the 13,000 that the NIS says were shipped. Part of the roughly 11,000\u{a0}troops that \
                    South Korea\u{2019}s Joint Chiefs of Staff say went in \u{201c}November\u{201d} were drone crews.";
        let got = suggest(text, "2025-11-07");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [
                ("41", None),
                ("some 3,700", None),
                ("more than a quarter", None),
                ("13,000", Some("South Korean National Intelligence Service")),
                ("roughly 11,000", Some("South Korean Joint Chiefs of Staff"))
            ]
        );
        // A clause after a comma comments on the whole statement.
        let text = "Russia lost 1,200 troops on Monday and another 900 troops, which the General Staff says is a low.";
        let staff = Some("General Staff of the Armed Forces of Ukraine");
        assert_eq!(agencies(&suggest(text, "2025-11-07")), [("1,200", staff), ("900", staff)]);
    }

    #[test]
    fn a_figure_given_by_a_source_named_after_it_is_that_source_s() {
        let text = "The NIS figure of about 11,000\u{a0}soldiers and the \u{201c}range\u{201d} of 10,000 to 12,000 \
                    given by the US Department of Defense \u{2014} in November 2024 \u{1f4ca} \u{2014} are close.";
        let got = suggest(text, "2025-11-07");
        assert_offsets(text, &got);
        let pentagon = Some("US Department of Defense");
        assert_eq!(
            agencies(&got),
            [
                ("about 11,000", Some("South Korean National Intelligence Service")),
                ("10,000", pentagon),
                ("12,000", pentagon)
            ]
        );
        // Not across a semicolon, nor who posted what.
        let text = "Zelensky said 31,000 had died; figures published by the Russian Ministry of Defence are higher.";
        assert_eq!(agencies(&suggest(text, "2025-11-07")), [("31,000", Some("Volodymyr Zelensky"))]);
    }

    #[test]
    fn a_statement_s_letterhead_and_a_spokesman_s_our_name_their_source() {
        let text = "Translations \u{1f4f0}\n\nThe text follows.\n\n\
                    STATEMENT OF THE KOREAN CENTRAL NEWS AGENCY\n\n\
                    The units wiped out more than 3,600\u{a0}troops \u{2014} \u{201c}a victory\u{201d}.\n\n\
                    KYIV RESPONDS\n\n\
                    The spokesman said: \u{201c}According to figures our General Staff published, 1,300 were \
                    killed.\u{201d}";
        let got = suggest(text, "2025-08-18");
        assert_offsets(text, &got);
        assert_eq!(
            agencies(&got),
            [
                ("more than 3,600", Some("Korean Central News Agency")),
                ("1,300", Some("General Staff of the Armed Forces of Ukraine"))
            ]
        );
        // A subhead in capitals about an agency is no letterhead.
        let text = "Notes.\n\nAN ASSESSMENT OF THE NIS\n\nWe put the toll at 2,000.";
        assert_eq!(agencies(&suggest(text, "2025-08-18")), [("2,000", None)]);
    }
}
