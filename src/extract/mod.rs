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
//!    is attributed to; the date follows the same rules;
//! 7. `subjects`: whose figure it is ("North Korean troops"), from the
//!    words of `assets/subjects.ron`, and for a share the count it is a
//!    share of ("nearly half of the 11,000" → 11,000);
//! 8. `link`: the pass that reads the sentences in order and puts the
//!    steps together, giving each figure its source, date, subject and
//!    base, and turns them into [`Suggestion`]s.
//!
//! The English the steps read (number words, hedges, reporting verbs,
//! titles, month names, countries…) is data, in `assets/lexicon/en.ron`,
//! read by `lexicon`.
//!
//! Offsets in a [`Suggestion`] are code points, end exclusive.
//!
//! Time and memory are linear in the text, whatever it holds: every step
//! reads each token a bounded number of times (text without full stops is
//! cut into 300-token sentences, runs of stops and of number words are read
//! once), the tables kept for the whole text take 12 bytes per token and per
//! sentence, and suggestions are made and handed out a sentence at a time
//! ([`Extractor::suggest_each`]; a figure without a source waits for the
//! end of its paragraph, with at most 256 held), each quoting at most a
//! bounded window of a sentence too long to quote.

mod accept;
mod agencies;
mod attribution;
mod columns;
mod dates;
mod decode;
mod figures;
mod lexicon;
mod link;
mod notes;
mod numbers;
mod roster;
mod sentences;
mod subjects;
mod tokens;
mod truecase;

pub use accept::{
    AcceptError, accept_suggestion, fill_from_reading, read_figure_text, read_selection, suggestion_claim,
};
pub use agencies::AgencyDef;
pub use lexicon::{Lexicon, LexiconError};

use crate::model::{
    Agency, AgencySeed, ArticleId, ClaimDate, Figure, FigureKind, Project, Qualifier, default_agencies,
};
use agencies::AgencyIndex;
use dates::DateMention;
use jiff::civil::Date;
use link::{Analysis, Countries};
use sentences::Sentence;
use serde::Serialize;
use tokens::Doc;

/// Suggestions whose [`Suggestion::confidence`] is below this are likely
/// not figure claims ("the two forces", "one of the"): a reader may hide
/// them unless asked.
pub const LOW_CONFIDENCE: f64 = 0.35;

/// Where a suggestion's date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// The text gives it: as of, or when it was reported.
    Text,
    /// The text gives none: the article's publication date, as reported.
    Published,
}

impl DateSource {
    pub fn label(self) -> &'static str {
        match self {
            DateSource::Text => "text",
            DateSource::Published => "published",
        }
    }
}

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
    /// Whose figure it is ("North Korean troops"), when the sentence says.
    pub subject: Option<String>,
    /// For a ratio, the whole it is a share of, when the sentence gives it.
    pub base: Option<f64>,
    /// The canonical name of the cited agency.
    pub agency: Option<String>,
    /// The agency as the text names it ("the British defense ministry").
    pub agency_text: Option<String>,
    /// The date the text gives the figure (as of, or reported), else,
    /// when the article has a publication date, that date as reported:
    /// `date_source` says which.
    pub date: Option<ClaimDate>,
    /// The date as written; `None` for the publication date.
    pub date_text: Option<String>,
    /// Where `date` came from; `None` when there is no date.
    pub date_source: Option<DateSource>,
    /// How sure the engine is that this is a figure claim worth checking,
    /// from 0 to 1: a measure noun, a hedge, a cited agency, a reporting
    /// verb and a date the text gives raise it; a small bare number in a
    /// generic phrase ("the two forces do not share a language") lowers
    /// it. Below [`LOW_CONFIDENCE`] a reader may hide it.
    pub confidence: f64,
    /// The sentence the figure is in; `sentence_start..sentence_end` is
    /// where, in code points. A sentence no reader would quote whole (over
    /// 1,000 code points, or a 300-token piece of text without full stops)
    /// gives each of its figures a window of at most 300 code points around
    /// it instead, so that a figure never carries a copy of a huge run-on.
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
            subject: self.subject.clone().unwrap_or_default(),
            base: self.base,
        }
    }
}

/// The suggestion engine, built once from a list of agencies and reused for
/// every article.
#[derive(Debug)]
pub struct Extractor {
    index: AgencyIndex,
    truecase: truecase::Truecaser,
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
        Extractor {
            index: AgencyIndex::new(defs, Lexicon::bundled()),
            truecase: truecase::Truecaser::new(defs, Lexicon::bundled()),
        }
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
        let mut out = Vec::new();
        self.suggest_each(text, published_on, |s| out.push(s));
        out
    }

    /// The figures of [`Extractor::suggest`], handed to `emit` one at a
    /// time in text order as each sentence is read (or, for a paragraph
    /// whose figures wait for an attribution after them, as it ends; never
    /// more than 256 held). The engine's own memory is linear in the text
    /// and does not grow with the number of figures,
    /// so a caller that writes each suggestion out as it comes (rather than
    /// collecting them) stays within a few bytes per input byte whatever
    /// the text.
    pub fn suggest_each(&self, text: &str, published_on: Option<Date>, mut emit: impl FnMut(Suggestion)) {
        // A pasted mail's or paper's source reads as what it shows, and
        // its words broken at line ends read joined.
        let decoded = decode::decode_source(text);
        let joined = tokens::join_broken_words(decoded.as_ref().map_or(text, |(d, _)| d.as_str()));
        let copy = match (decoded, joined) {
            (Some((_, decoding)), Some((j, mut joining))) => {
                joining.outer = Some(Box::new(decoding));
                Some((j, joining))
            }
            (decoded, joined) => joined.or(decoded),
        };
        let (copy_text, copy_map) = copy.unzip();
        // Lines in capitals read as a copy sets them: the same length.
        let cased = self.truecase.apply(copy_text.as_deref().unwrap_or(text));
        let copy_text = cased.or(copy_text);
        let doc = match copy_text.as_deref() {
            Some(j) => Doc::joined(j, copy_map.unwrap_or_default(), text),
            None => Doc::new(text),
        };
        if doc.len() == 0 {
            return;
        }
        let sentences = sentences::split(&doc);
        let mut published = published_on;
        if published.is_none() {
            // The dateline or byline is in the first paragraphs: only their
            // dates are read twice.
            let top = sentences.partition_point(|s| s.para() <= 2);
            published = infer_published(&dates::find(&doc, &sentences[..top], None), &sentences);
        }
        let date_list = dates::find(&doc, &sentences, published);
        let mentions = self.index.find(&doc);
        let bracketed = self.index.bracketed_countries(&doc);
        let speakers = self.index.speaker_countries(&doc);
        let countries = Countries { bracketed: &bracketed, of_agency: self.index.countries(), speakers: &speakers };
        Analysis::new(&doc, &sentences, &date_list, &mentions, &self.index.names, countries, published).run(&mut emit);
    }
}

fn seed_def(seed: AgencySeed) -> AgencyDef {
    AgencyDef { name: seed.name, aliases: seed.aliases, country: seed.country }
}

/// A date with a year in a dateline or a byline near the top of the text.
fn infer_published(dates: &[DateMention], sentences: &[Sentence]) -> Option<Date> {
    dates.iter().filter(|d| sentences.get(d.sentence).is_some_and(|s| s.para() <= 2)).find_map(|d| {
        // A range ("mid-January 2025") is no publication date, even
        // when its precision is days.
        d.value.filter(|v| v.precision == crate::model::DatePrecision::Day && v.end.is_none()).map(|v| v.value)
    })
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

#[cfg(test)]
#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::slice_chars;
    use crate::model::{Anchor, Claim, ClaimId, ReviewedSuggestion, Verdict};
    use crate::store::ImportedText;
    use jiff::Timestamp;

    pub(super) fn date(s: &str) -> Date {
        s.parse().expect("test date")
    }

    pub(super) fn suggest(text: &str, published: &str) -> Vec<Suggestion> {
        Extractor::with_default_agencies().suggest(text, Some(date(published)))
    }

    /// Every suggestion's offsets are code points that slice out its text
    /// and its sentence.
    pub(super) fn assert_offsets(text: &str, got: &[Suggestion]) {
        if got.len() < 50 {
            for s in got {
                assert_eq!(slice_chars(text, s.start..s.end), Some(s.text.as_str()), "{s:?}");
                assert_eq!(slice_chars(text, s.sentence_start..s.sentence_end), Some(s.sentence.as_str()));
            }
            return;
        }
        // Long outputs: one table of byte offsets instead of a scan each.
        let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
        let slice = |a: usize, b: usize| Some(&text[*bytes.get(a)?..*bytes.get(b)?]);
        for s in got {
            assert_eq!(slice(s.start, s.end), Some(s.text.as_str()), "{s:?}");
            assert_eq!(slice(s.sentence_start, s.sentence_end), Some(s.sentence.as_str()));
        }
    }

    #[test]
    fn offsets_are_code_points_after_emoji_quotes_dashes_and_nbsp() {
        let text = "🇰🇵\u{1f3af} \u{201c}Over 5,000\u{201d}\u{a0}\u{2014} the UK\u{a0}Ministry of Defence\u{2019}s figure \u{2014} \
                    includes about\u{a0}1,000 killed.";
        let got = suggest(text, "2025-03-29");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_offsets(text, &got);
        // Two regional indicators, the target emoji, a space and a quote.
        assert_eq!(got[0].start, 5);
        assert_eq!(got[0].text, "Over 5,000");
        assert_eq!(got[1].text, "about\u{a0}1,000");
        assert_eq!(got[1].measure.as_deref(), Some("killed"));
        assert!(got.iter().all(|s| s.agency.as_deref() == Some("UK Ministry of Defence")));
    }

    /// A caption file breaks its sentences across cues: the source in one
    /// cue and the figure in the next are one sentence, and the cue numbers
    /// and timing lines between are no figures.
    #[test]
    fn caption_cues_join_into_sentences() {
        let text = "WEBVTT\n\n1\n00:00:00,000 --> 00:00:03,200\n[music] \u{1f3b5}\n\n\
                    2\n00:00:03,300 --> 00:00:07,900\n>> ANCHOR: Good evening.\u{a0}The \u{201c}Ministry\n\
                    of Defence\u{201d} said this morning\n\n\
                    3\n00:00:08,000 --> 00:00:11,400 align:start\nthat more than\n\n\
                    4\n00:00:11.500 --> 00:00:14.800\n5,000 were killed \u{2014} about\u{a0}a third.\n\n\
                    5\n00:15.000 --> 00:18.000\n>> REPORTER: Kyiv's General Staff\ncounted 1,290 on Thursday.\n";
        let got = suggest(text, "2025-03-28");
        assert_offsets(text, &got);
        let texts: Vec<&str> = got.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["5,000", "about\u{a0}a third", "1,290"], "{got:?}");
        // The hedge in the cue before holds; the span is the number alone.
        assert_eq!(got[0].qualifier, Some(Qualifier::MoreThan), "{got:?}");
        for s in &got[..2] {
            assert_eq!(s.agency.as_deref(), Some("UK Ministry of Defence"), "{s:?}");
            assert_eq!(s.date.map(|d| d.value), Some(date("2025-03-28")), "{s:?}");
        }
        assert!(got[0].sentence.starts_with("The \u{201c}Ministry"), "{:?}", got[0].sentence);
        assert_eq!(got[2].agency.as_deref(), Some("General Staff of the Armed Forces of Ukraine"), "{got:?}");
        // A speaker's label opens a turn of its own.
        let text = "1\n00:00:01,000 --> 00:00:03,000\nKIM: The Joint Chiefs of Staff said\n\n\
                    2\n00:00:03,100 --> 00:00:06,000\nthe North fired 10 missiles \u{1f680}\n\n\
                    3\n00:00:06,100 --> 00:00:09,000\nLEE: Our own survey found 62% want talks.\n";
        let got = suggest(text, "2025-03-28");
        assert_offsets(text, &got);
        let agency = |t: &str| got.iter().find(|s| s.text == t).map(|s| s.agency.clone());
        assert_eq!(agency("10"), Some(Some("South Korean Joint Chiefs of Staff".to_string())), "{got:?}");
        assert_eq!(agency("62%"), Some(None), "{got:?}");
        // One timing line quoted in an article makes no caption file.
        let text = "One cue read:\n\n00:01:02,500 --> 00:01:05,000\n\nDrones downed: 152\nMissiles fired: 12\n";
        let got = suggest(text, "2025-03-28");
        assert!(got.iter().any(|s| s.text == "152" && s.measure.as_deref() != Some("missiles")), "{got:?}");
        // Without a timing line, a number alone on its line is no cue.
        let plain = suggest("The MoD said on Friday:\n\n4\n\nmore than 5,000 were killed.", "2025-03-28");
        assert!(plain.iter().any(|s| s.text == "more than 5,000"), "{plain:?}");
    }

    /// "The JCS revealed this on the 27th": a verb of reporting whose object
    /// points back credits the figures before it, and dates them.
    #[test]
    fn a_report_verb_with_an_object_pointing_back_lends_its_source() {
        let text = "North Korea\u{2019}s troops had about 4,000 casualties \u{1f4a5}. \
                    The Joint Chiefs of Staff (JCS) revealed this on the 27th in a report.\n\n\
                    Some 1,200 were sent \u{2014} by one count. The NIS revealed that 300 died on the 13th.";
        let got = suggest(text, "2025-03-28");
        assert_offsets(text, &got);
        assert_eq!(got[0].text, "about 4,000", "{got:?}");
        assert_eq!(got[0].agency.as_deref(), Some("South Korean Joint Chiefs of Staff"), "{got:?}");
        assert_eq!(got[0].date.map(|d| d.value), Some(date("2025-03-27")), "{got:?}");
        // "revealed that …" opens a clause of its own figures.
        let some = got.iter().find(|s| s.text == "Some 1,200").expect("the count");
        assert_eq!(some.agency, None, "{got:?}");
        // "it" as the subject of a clause points back to nothing.
        let got =
            suggest("Exports rose to 3\u{a0}million tons. The NIS revealed it would look into leaks.", "2025-03-28");
        assert_eq!(got[0].agency, None, "{got:?}");
    }

    #[test]
    fn sentences_survive_abbreviations() {
        let got = suggest(
            "The U.K. Ministry of Defence said on Mar. 28 that Lt. Gen. Smith saw over 5,000 casualties.",
            "2025-04-02",
        );
        assert_eq!(
            got[0].sentence,
            "The U.K. Ministry of Defence said on Mar. 28 that Lt. Gen. Smith saw over 5,000 casualties."
        );
        assert_eq!(got[0].agency.as_deref(), Some("UK Ministry of Defence"));
    }

    #[test]
    fn each_suggestion_is_handed_out_in_text_order() {
        let text = "LONDON \u{2014} The MoD said 5,000 were killed.\n\nSyrsky said 1,200 were wounded. It added 300.";
        let mut each = Vec::new();
        Extractor::with_default_agencies().suggest_each(text, Some(date("2025-04-02")), |s| each.push(s));
        assert_eq!(each, suggest(text, "2025-04-02"));
        assert_eq!(each.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(), ["5,000", "1,200", "300"]);
        assert_eq!(each[2].agency.as_deref(), Some("Oleksandr Syrsky"));
    }

    /// A military message in capitals: "EST" hedges, a date-time group
    /// dates its item, grid references and units' numbers count nothing,
    /// and its hard-wrapped items read as paragraphs under short headings.
    #[test]
    fn a_military_message_reads_its_hedges_dates_and_references() {
        let text = "DTG 190600ZDEC24\nTO: 3/27 BDE, 41 BDE, 95 AAB\n\n\
                    2. ENEMY ACTIVITY.\n\
                    A. 180715Z. DPRK INF ELM, EST 200\u{2013}300 PERS \u{1f4a5}, ATTACKED POSNS VIC\n\
                    MGRS 37UCR 1234 5678. ENEMY LOSSES EST 40 KIA, PER NIS.\n\
                    B. TOTAL STRENGTH IN RUS ASSESSED APPROX 11,000. IAW UK\n\
                    MOD DI UPDATE 17 DEC, EST 8,000 COMMITTED TO KURSK AO, WITH\n\
                    REMAINDER IN RESERVE.\n";
        let got = suggest(text, "2024-12-19");
        assert_offsets(text, &got);
        let texts: Vec<&str> = got.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["EST 200", "300", "EST 40", "APPROX 11,000", "EST 8,000"], "{got:?}");
        assert_eq!(got[0].qualifier, Some(Qualifier::Approximately));
        // The item's time dates its sentence (not yet the item's next).
        for s in &got[..2] {
            assert_eq!(s.date.map(|d| d.value), Some(date("2024-12-18")), "{s:?}");
        }
        assert_eq!(got[4].agency.as_deref(), Some("UK Ministry of Defence"), "{got:?}");
        assert_eq!(got[4].date.map(|d| d.value), Some(date("2024-12-17")), "{got:?}");
        // Not "EST" a time zone, nor French, nor "C." lettering an item;
        // a day and month is no grid square, and plural units are counted.
        for (text, want) in [
            ("Markets closed at 4pm EST\u{a0}500 points down.", None),
            ("Le bilan est 300 morts \u{1f622}, says the city.", Some(("300", None))),
            ("C. 40 WIA EVACUATED TO 41 BDE HQ.", Some(("40", None))),
            ("RUS LOSSES BY DAY:\n18DEC 1420 1530\n", Some(("1530", None))),
            ("EST 2 BDES MOVED NORTH.", Some(("EST 2", Some(Qualifier::Approximately)))),
        ] {
            let got = suggest(text, "2024-12-19");
            assert_offsets(text, &got);
            let last = got.last().map(|s| (s.text.as_str(), s.qualifier));
            assert_eq!(last, want, "{text}: {got:?}");
        }
        // "est." in a pasted table's cell hedges no number in the next.
        let got = suggest("Source\tNote\tKilled\nNIS\test.\t100\n", "2024-12-19");
        assert_eq!(got.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(), ["100"], "{got:?}");
    }

    #[test]
    fn empty_and_figureless_texts() {
        assert!(suggest("", "2025-04-02").is_empty());
        assert!(suggest("   \n\n ", "2025-04-02").is_empty());
        assert!(suggest("In 2023, at 14:00, the 575th unit fired 170mm shells for 24 hours.", "2025-04-02").is_empty());
    }

    #[test]
    fn odd_inputs_never_panic_and_offsets_stay_in_bounds() {
        let extractor = Extractor::with_default_agencies();
        let mut cases: Vec<String> = [
            "",
            ".",
            "\n\n\n",
            "5",
            "$",
            "\u{a3}5bn",
            "one-",
            "-one",
            "a",
            "half",
            "1,",
            ",000",
            "1.",
            "11\u{202f}",
            "Mar.",
            "May 32",
            "2025-13-45",
            "on 31 February 2025",
            "@",
            "#",
            "http://",
            "(AP) \u{2014}",
            "the ministry said 5",
            "\u{201c}\u{201d}\u{2019}s 5%",
            "\u{1f1f0}\u{1f1f5}5\u{1f1f0}",
            "9".repeat(400).as_str(),
            "UK UK UK UK 5,000",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Pseudo-random mixtures of the tokens the recognizers care about.
        let parts = [
            "5,000",
            " ",
            "\n",
            "\n\n",
            ".",
            ",",
            "over",
            "the MoD",
            "said",
            "last week",
            "Friday",
            "one-third",
            "\u{a0}",
            "\u{1f3af}",
            "\u{2014}",
            "\u{201c}",
            "per cent",
            "January",
            "2025",
            "14:00",
            "@DefenceHQ",
            "U.K.",
            "a third",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..200 {
            let mut s = String::new();
            for _ in 0..60 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push_str(parts[(seed % parts.len() as u64) as usize]);
            }
            cases.push(s);
        }
        // One long line without stops.
        cases.push("over 5,000 troops and ".repeat(5_000));
        // Inputs that once took time quadratic in their length (full stops
        // and number words each read to the end of the run) or a figure
        // per token.
        cases.push(".".repeat(100_000));
        cases.push(format!("It fell{}", "\u{201d}.".repeat(30_000)));
        cases.push("one thousand ".repeat(20_000));
        cases.push("1,".repeat(50_000));
        cases.push("1 ".repeat(20_000));
        cases.push("a\n".repeat(50_000));
        for text in &cases {
            for published in [None, Some(date("2025-04-02"))] {
                let got = extractor.suggest(text, published);
                assert_offsets(text, &got);
            }
        }
    }

    fn project_with_article(text: &str) -> (Project, ArticleId) {
        let mut project = Project::with_default_agencies("t", Timestamp::UNIX_EPOCH);
        let imported = ImportedText { title: "a".into(), text: text.into(), ..ImportedText::default() };
        let id = project.add_article(imported, Timestamp::UNIX_EPOCH).unwrap();
        (project, id)
    }

    #[test]
    fn reviewed_and_claimed_spans_are_not_suggested_again() {
        let text = "The MoD said 5,000 were wounded, 1,000 were killed and 300 were captured.";
        let (mut project, article) = project_with_article(text);
        let extractor = extractor_for(&project);
        let all = suggest_for_article(&project, &extractor, article);
        assert_eq!(all.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(), ["5,000", "1,000", "300"]);
        project.reviewed_suggestions.push(ReviewedSuggestion {
            article,
            start: all[0].start,
            end: all[0].end,
            accepted: false,
        });
        project.claims.push(Claim {
            id: ClaimId(1),
            article,
            anchor: Anchor {
                start: all[1].start - 2,
                end: all[1].end + 5,
                exact: String::new(),
                prefix: String::new(),
                suffix: String::new(),
            },
            figure: all[1].figure(),
            agency: None,
            date: None,
            tags: Vec::new(),
            verdict: Verdict::Unchecked,
            note: String::new(),
        });
        let left = suggest_for_article(&project, &extractor, article);
        assert_eq!(left.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(), ["300"]);
        assert!(suggest_for_article(&project, &extractor, ArticleId(999)).is_empty());
    }

    #[test]
    fn project_agencies_are_merged_and_win() {
        let (mut project, _) = project_with_article("x");
        let uk = project.agencies.iter_mut().find(|a| a.name == "UK Ministry of Defence").expect("default agency");
        uk.aliases.push("Whitehall".into());
        project
            .add_agency(AgencySeed {
                name: "Stimson Center".into(),
                country: "United States".into(),
                aliases: vec!["Stimson".into()],
            })
            .unwrap();
        let extractor = extractor_for(&project);
        let got =
            extractor.suggest("Whitehall said 5,000 were hurt. Stimson estimated 6,000. The JCS said 4,000.", None);
        let agencies: Vec<Option<&str>> = got.iter().map(|s| s.agency.as_deref()).collect();
        assert_eq!(
            agencies,
            [Some("UK Ministry of Defence"), Some("Stimson Center"), Some("South Korean Joint Chiefs of Staff")]
        );
        assert_eq!(extractor.agency_names().iter().filter(|n| *n == "UK Ministry of Defence").count(), 1);
    }

    /// Numbers that name or place things in a written answer, a thread, a
    /// sanctions list's addresses, and an amount left unsaid.
    #[test]
    fn question_numbers_post_counters_foreign_addresses_and_unsaid_amounts_are_no_figures() {
        let text = "Written Answers Nos.\u{a0}88\u{2013}91 \u{1f4dc}\n\n\
                    88. Deputy Mary Quill asked the Minister about the \u{201c}envoys\u{201d}.\n\n\
                    The Minister said 1,200 had arrived.\n\n\
                    89. Deputy Tom Reel asked about shells \u{2014} again.\n\n\
                    3/7 \u{b7} 09:14\n\
                    The NIS says 4,000 were hurt; 1/4 of them died.\n\n\
                    Office 5, 27 Ulitsa Pushkina, Primorsky Krai 690045, Russia; 8 Rue Cler, Paris 75007, France.\n\n\
                    Moscow paid several hundred million dollars\u{2019} worth of oil, roughly three times \
                    North Korea\u{2019}s trade with China.";
        let got = suggest(text, "2025-03-18");
        assert_offsets(text, &got);
        let spans: Vec<&str> = got.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(spans, ["1,200", "4,000", "1/4", "roughly three times"], "{got:?}");
        // A number opening a wrapped line after no sentence's end is read.
        let got = suggest("The toll rose to\n212. The ministry gave no detail \u{1f937}.", "2025-03-18");
        assert_eq!(got.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(), ["212"], "{got:?}");
        // Nor an answer on a line of its own with no item numbered next to it.
        let got = suggest("How many were killed \u{2014} really?\n300. The rest fled.", "2025-03-18");
        assert_eq!(got.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(), ["300"], "{got:?}");
    }
}
