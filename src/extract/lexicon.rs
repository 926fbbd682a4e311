//! The English the recognizers read: number words, hedges, measure and
//! people nouns, reporting verbs, titles, abbreviations, month and weekday
//! names, countries and the ways they are written. The words are data
//! (`assets/lexicon/en.ron`, whose comments say what each list is for);
//! this module reads the file once and answers the recognizers' questions
//! about a word. Where a word may stand and what it does there is grammar,
//! and stays in the recognizers.
//!
//! The bundled file is checked at load: every list the grammar counts on
//! (twelve months, seven weekdays…) has its length, no list holds an empty
//! word, and every country of the bundled agencies (`assets/agencies.ron`)
//! is one the lexicon lists, so that a country is never silently left
//! without its variants ("UK", "British", "Britain's").

use crate::model::{AgencySeed, Qualifier, default_agencies};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: the recognizers' keys are short words, for which SipHash is
/// slow, and none of them comes from a party that could pick collisions
/// worth the effort (a text only looks words up).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The hash of a [`WordMap`]'s words, eight bytes at a time: every word
/// its filter lets through is hashed, and FNV's byte at a time costs more
/// than the look-up. Only look-ups use it (a map's order is never read
/// for an answer), so any mixing that spreads short words will do.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

const WORD_MUL: u64 = 0x9e37_79b9_7f4a_7c15;

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // The table takes its index from the low bits and its tags from
        // the high ones: fold the well-mixed high half down.
        let h = self.0.wrapping_mul(WORD_MUL);
        h ^ (h >> 32)
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0 ^ bytes.len() as u64;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            h = (h ^ u64::from_le_bytes(word)).wrapping_mul(WORD_MUL).rotate_left(29);
        }
        // The last bytes one by one: a copy into a buffer would call `memcpy`.
        let mut tail = 0u64;
        for (k, &b) in chunks.remainder().iter().enumerate() {
            tail |= u64::from(b) << (8 * k);
        }
        self.0 = (h ^ tail).wrapping_mul(WORD_MUL).rotate_left(29);
    }
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(WORD_MUL);
    }
}
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// Bits in a [`WordMap`]'s filter: 512 bytes, so that the map of every
/// word's classes (a few hundred words, asked about each word of a text)
/// lets few other words through.
const FILTER_BITS: usize = 4096;

/// A word list's words and their values, with a filter in front: the
/// recognizers ask about nearly every word of a text, and nearly every
/// answer is no. The filter is a one-hash Bloom filter on a word's length
/// and first, second and last bytes, which rules out most words in a few
/// instructions, before the word is hashed and compared. It only ever
/// rules out words the map does not hold, so answers are the map's.
#[derive(Debug)]
pub(crate) struct WordMap<V> {
    map: HashMap<Box<str>, V, BuildHasherDefault<WordHasher>>,
    filter: [u64; FILTER_BITS / 64],
}

type WordSet = WordMap<()>;

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap { map: HashMap::default(), filter: [0; FILTER_BITS / 64] }
    }
}

impl<V> WordMap<V> {
    /// The filter bit of `w`.
    #[inline(always)]
    fn bit(w: &str) -> usize {
        let b = w.as_bytes();
        let (first, last) = match (b.first(), b.last()) {
            (Some(&f), Some(&l)) => (u32::from(f), u32::from(l)),
            _ => (0, 0),
        };
        let second = u32::from(b.get(1).copied().unwrap_or(0));
        let len = b.len().min(255) as u32;
        let h = first.wrapping_mul(0x9e37_79b1)
            ^ last.wrapping_mul(0x85eb_ca6b)
            ^ len.wrapping_mul(0xc2b2_ae35)
            ^ second.wrapping_mul(0x27d4_eb2f);
        (h.wrapping_mul(0x2716_1d4b) >> (32 - FILTER_BITS.trailing_zeros())) as usize
    }

    fn insert(&mut self, w: Box<str>, v: V) {
        let bit = Self::bit(&w);
        self.filter[bit / 64] |= 1 << (bit % 64);
        self.map.insert(w, v);
    }

    /// The filter test is inlined into every caller; only the words it
    /// lets through pay for a call and the hash look-up.
    #[inline(always)]
    pub(crate) fn get(&self, w: &str) -> Option<&V> {
        let bit = Self::bit(w);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.get_unfiltered(w)
    }

    #[inline(never)]
    fn get_unfiltered(&self, w: &str) -> Option<&V> {
        self.map.get(w)
    }

    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.map.iter().map(|(k, v)| (&**k, v))
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }
}

impl<V> FromIterator<(Box<str>, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (Box<str>, V)>>(items: I) -> Self {
        let mut m = WordMap::default();
        for (w, v) in items {
            m.insert(w, v);
        }
        m
    }
}

impl FromIterator<Box<str>> for WordMap<()> {
    fn from_iter<I: IntoIterator<Item = Box<str>>>(items: I) -> Self {
        items.into_iter().map(|w| (w, ())).collect()
    }
}

/// Why a lexicon cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("the lexicon is not valid: {0}")]
    Parse(#[from] ron::error::SpannedError),
    #[error("the lexicon's `{list}` lists {found} words where the engine reads {expected}")]
    WrongLength { list: &'static str, expected: usize, found: usize },
    #[error("the lexicon's `{list}` holds an empty word")]
    EmptyWord { list: &'static str },
    #[error("the lexicon's `{list}` gives \u{201c}{word}\u{201d} a value the engine cannot use")]
    OutOfRange { list: &'static str, word: String },
    #[error("agency \u{201c}{agency}\u{201d} is in \u{201c}{country}\u{201d}, a country the lexicon does not list")]
    UnknownCountry { agency: String, country: String },
    #[error(
        "the lexicon's `{list}` puts \u{201c}{word}\u{201d} in \u{201c}{country}\u{201d}, a country the lexicon does not list"
    )]
    NoSuchCountry { list: &'static str, word: String, country: String },
}

/// Whether a reporting verb makes a source of any subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum VerbKind {
    /// "said", "claimed": an unlisted subject ("officials said") is an
    /// unknown source.
    Speech,
    /// "assessed", "put": attributes only to a known agency.
    Report,
}

/// A long and a short order of the same name's words, as keys ("ministry
/// of defence" and "defence ministry").
type NameOrder = (Vec<Box<str>>, Vec<Box<str>>);

/// `assets/lexicon/en.ron`; see the comments there.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    units: Vec<String>,
    zeros: Vec<String>,
    tens: Vec<String>,
    scales: HashMap<String, f64>,
    fractions: Vec<(String, String, u32)>,
    hedges: Vec<(Vec<String>, Qualifier)>,
    verb_hedges: Vec<(Vec<String>, Qualifier)>,
    hyphen_hedges: HashMap<String, Qualifier>,
    hedges_after: Vec<(Vec<String>, Qualifier)>,
    intensifiers: Vec<String>,
    measure_nouns: Vec<String>,
    people_nouns: Vec<String>,
    casualty_words: Vec<String>,
    irregular_participles: Vec<String>,
    report_noun_adjectives: Vec<String>,
    reckoning_nouns: Vec<String>,
    past_tense_forms: Vec<String>,
    consequence_verbs: Vec<String>,
    sum_verbs: Vec<String>,
    pooling_quantifiers: Vec<String>,
    time_shift_words: Vec<String>,
    copulas: Vec<String>,
    resolution_bodies: Vec<String>,
    notes_headings: Vec<String>,
    contents_headings: Vec<String>,
    release_nouns: Vec<String>,
    agency_kind_words: Vec<String>,
    day_parts: Vec<String>,
    weather_readings: Vec<String>,
    correctness_words: Vec<String>,
    giving_verbs: Vec<String>,
    audience_verbs: Vec<String>,
    level_nouns: Vec<String>,
    relaying_words: Vec<String>,
    level_verbs: Vec<String>,
    weather_words: Vec<String>,
    multiplier_followers: Vec<String>,
    predicate_fillers: Vec<String>,
    measure_modifiers: Vec<String>,
    noun_phrase_fillers: Vec<String>,
    excluded_units: Vec<String>,
    unit_modifiers: Vec<String>,
    expenditure_verbs: Vec<String>,
    caption_labels: Vec<String>,
    generic_determiners: Vec<String>,
    vague_multiples: Vec<String>,
    hearsay_verbs: Vec<String>,
    street_words_before_name: Vec<String>,
    not_a_count_of_one_after: Vec<String>,
    designators: Vec<String>,
    lowercase_designators: Vec<String>,
    identifier_labels: Vec<String>,
    listing_keys: Vec<String>,
    unit_abbreviations: Vec<String>,
    words_spelled_as_acronyms: Vec<String>,
    numbered_bodies: Vec<String>,
    age_nouns: Vec<String>,
    survey_nouns: Vec<String>,
    street_words: Vec<String>,
    reporting_participles: Vec<String>,
    model_suffixes: Vec<String>,
    multiplier_words: HashMap<String, f64>,
    count_adjective_nouns: Vec<String>,
    metric_emoji: Vec<String>,
    audience_nouns: Vec<String>,
    page_controls: Vec<String>,
    page_control_verbs: Vec<String>,
    scheduled_events: Vec<String>,
    as_of_headers: Vec<String>,
    date_headers: Vec<String>,
    figure_headers: Vec<String>,
    day_ordinal_followers: Vec<String>,
    report_speakers: Vec<String>,
    spokespeople: Vec<String>,
    own_voices: Vec<String>,
    certainty_words: Vec<String>,
    spokesperson_modifiers: Vec<String>,
    comparison_heads: Vec<String>,
    own_judgement_verbs: Vec<String>,
    arithmetic_gerunds: Vec<String>,
    arithmetic_results: Vec<String>,
    press_nouns: Vec<String>,
    cited_sources: Vec<String>,
    findings_nouns: Vec<String>,
    occasion_nouns: Vec<String>,
    body_name_heads: Vec<String>,
    interval_labels: Vec<String>,
    languages: Vec<String>,
    speaker_labels: Vec<String>,
    distance_followers: Vec<String>,
    day_ordinals: Vec<String>,
    probability_terms: Vec<String>,
    id_headers: Vec<String>,
    pager_words: Vec<String>,
    glued_units: Vec<String>,
    rise_verbs: Vec<String>,
    score_words: Vec<String>,
    metre_words: Vec<String>,
    reporting_verbs: HashMap<String, VerbKind>,
    report_nouns: Vec<String>,
    statement_nouns: Vec<String>,
    published_nouns: Vec<String>,
    verb_fillers: Vec<String>,
    pronouns: Vec<String>,
    titles: Vec<String>,
    abbreviations: Vec<String>,
    months: Vec<(String, Vec<String>)>,
    weekdays: Vec<String>,
    weekday_abbreviations: Vec<Vec<String>>,
    seasons: HashMap<String, i8>,
    holidays: HashMap<String, (i8, i8)>,
    countries: Vec<(String, Vec<String>)>,
    seats_of_government: Vec<(String, String)>,
    peoples: Vec<(String, String)>,
    name_orders: Vec<(Vec<String>, Vec<String>)>,
    spellings: Vec<(String, String)>,
    fixed_spelling_names: Vec<Vec<String>>,
    name_continuations: Vec<String>,
    anaphor_heads: Vec<String>,
    person_titles: Vec<String>,
    anaphor_modifiers: Vec<String>,
    same_heads: Vec<String>,
}

/// A hedge written before a figure: its tokens ("." for a full stop), and
/// the qualifier it makes.
#[derive(Debug)]
pub(crate) struct Hedge {
    pub words: Vec<Box<str>>,
    pub qualifier: Qualifier,
}

/// A country and the ways it is written in front of an institution's name.
#[derive(Debug)]
pub(crate) struct Country {
    pub name: String,
    pub forms: Vec<String>,
}

/// The word lists, read and indexed once.
#[derive(Debug)]
pub struct Lexicon {
    units: WordMap<u32>,
    tens: WordMap<u32>,
    /// The words that can open a number in words, a fraction or a ratio:
    /// the units, the tens, and "a", "an", "half", "quarter", "hundred".
    number_starts: WordSet,
    scales: WordMap<f64>,
    fractions: WordMap<(u32, bool)>,
    hedges: Vec<Hedge>,
    verb_hedges: Vec<Hedge>,
    /// `hedges` and `verb_hedges` by their last word, each in the file's
    /// order: a figure's hedge is looked for by the word before it.
    hedges_by_last: WordMap<Vec<usize>>,
    verb_hedges_by_last: WordMap<Vec<usize>>,
    hyphen_hedges: WordMap<Qualifier>,
    hedges_after: Vec<Hedge>,
    /// `hedges_after` by their first word, each in the file's order.
    hedges_after_by_first: WordMap<Vec<usize>>,
    intensifiers: WordSet,
    measure_nouns: WordSet,
    people_nouns: WordSet,
    casualty_words: WordSet,
    irregular_participles: WordSet,
    report_noun_adjectives: WordSet,
    reckoning_nouns: WordSet,
    past_tense_forms: WordSet,
    consequence_verbs: WordSet,
    sum_verbs: WordSet,
    pooling_quantifiers: WordSet,
    time_shift_words: WordSet,
    copulas: WordSet,
    resolution_bodies: WordSet,
    notes_headings: WordSet,
    contents_headings: WordSet,
    release_nouns: WordSet,
    agency_kind_words: WordSet,
    day_parts: WordSet,
    weather_readings: WordSet,
    correctness_words: WordSet,
    giving_verbs: WordSet,
    audience_verbs: WordSet,
    level_nouns: WordSet,
    relaying_words: WordSet,
    level_verbs: WordSet,
    weather_words: WordSet,
    multiplier_followers: WordSet,
    predicate_fillers: WordSet,
    measure_modifiers: WordSet,
    noun_phrase_fillers: WordSet,
    excluded_units: WordSet,
    unit_modifiers: WordSet,
    expenditure_verbs: WordSet,
    caption_labels: WordSet,
    generic_determiners: WordSet,
    vague_multiples: WordSet,
    hearsay_verbs: WordSet,
    street_words_before_name: WordSet,
    not_a_count_of_one_after: WordSet,
    designators: WordSet,
    lowercase_designators: WordSet,
    identifier_labels: WordSet,
    listing_keys: WordSet,
    unit_abbreviations: WordSet,
    words_spelled_as_acronyms: WordSet,
    numbered_bodies: WordSet,
    age_nouns: WordSet,
    survey_nouns: WordSet,
    street_words: WordSet,
    reporting_participles: WordSet,
    model_suffixes: WordSet,
    multiplier_words: WordMap<f64>,
    count_adjective_nouns: WordSet,
    metric_emoji: WordSet,
    audience_nouns: WordSet,
    page_controls: WordSet,
    page_control_verbs: WordSet,
    scheduled_events: WordSet,
    as_of_headers: WordSet,
    date_headers: WordSet,
    figure_headers: WordSet,
    day_ordinal_followers: WordSet,
    report_speakers: WordSet,
    spokespeople: WordSet,
    own_voices: WordSet,
    certainty_words: WordSet,
    spokesperson_modifiers: WordSet,
    comparison_heads: WordSet,
    own_judgement_verbs: WordSet,
    arithmetic_gerunds: WordSet,
    arithmetic_results: WordSet,
    press_nouns: WordSet,
    cited_sources: WordSet,
    findings_nouns: WordSet,
    occasion_nouns: WordSet,
    body_name_heads: WordSet,
    interval_labels: WordSet,
    /// Languages, and the words of the countries' names and forms (see
    /// [`Lexicon::is_country_or_language_word`]).
    languages: WordSet,
    speaker_labels: WordSet,
    distance_followers: WordSet,
    /// Keyed by the ordinal word, and by its two words joined by a space
    /// ("twenty third").
    day_ordinals: WordMap<i8>,
    probability_terms: WordSet,
    id_headers: WordSet,
    pager_words: WordSet,
    glued_units: WordSet,
    rise_verbs: WordSet,
    score_words: WordSet,
    metre_words: WordSet,
    reporting_verbs: WordMap<VerbKind>,
    report_nouns: WordSet,
    statement_nouns: WordSet,
    published_nouns: WordSet,
    verb_fillers: WordSet,
    pronouns: WordSet,
    titles: WordSet,
    /// As written: case counts.
    abbreviations: WordSet,
    months: WordMap<i8>,
    month_abbreviations: WordMap<i8>,
    weekdays: WordMap<i8>,
    weekday_abbreviations: WordMap<i8>,
    seasons: WordMap<i8>,
    /// A holiday's (month, day).
    holidays: WordMap<(i8, i8)>,
    countries: Vec<Country>,
    /// A capital or seat of government, lowercase, to its country's index.
    seats_of_government: WordMap<usize>,
    /// A country's people in the plural, as lowercase tokens, and the
    /// country's index.
    peoples: Vec<(Vec<Box<str>>, usize)>,
    /// Two word orders of one name, as lowercase tokens.
    name_orders: Vec<NameOrder>,
    /// Each spelling of a word to its other one, both ways.
    other_spellings: WordMap<Box<str>>,
    /// Names, as lowercase tokens, that keep their spelling when they
    /// stand without a country: the other spelling names another
    /// country's body ("Department of Defence" is Australia's and
    /// Ireland's, not the American "Department of Defense").
    fixed_spelling_names: Vec<Vec<Box<str>>>,
    /// As written: case counts.
    name_continuations: WordSet,
    anaphor_heads: WordSet,
    person_titles: WordSet,
    anaphor_modifiers: WordSet,
    same_heads: WordSet,
    /// Each word of the lists [`Class`] names to the bits of its classes.
    classes: WordMap<u32>,
}

/// The lists the recognizers ask about nearly every word of a text, some
/// several times: [`Doc::new`](super::tokens::Doc::new) looks each word
/// up here once and keeps its bits, so that a question about token `i` is
/// a bit test ([`Doc::has`](super::tokens::Doc::has)). The words stay the
/// lexicon's lists; this only names which lists are kept so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Month,
    MonthAbbreviation,
    Weekday,
    WeekdayAbbreviation,
    Season,
    Holiday,
    NumberStart,
    MeasureNoun,
    PeopleNoun,
    CasualtyWord,
    ReportingVerb,
    SpeechVerb,
    RiseVerb,
    ReportNoun,
    PredicateFiller,
    MeasureModifier,
    AudienceNoun,
    MultiplierWord,
    Title,
    SeatOfGovernment,
    /// A day of the month as one ordinal word ("twelfth").
    DayOrdinal,
    /// "twenty", "thirty", … "ninety".
    Tens,
    /// "outlets", "bloggers": the press.
    PressNoun,
}

impl Class {
    const ALL: [Class; 23] = [
        Class::Month,
        Class::MonthAbbreviation,
        Class::Weekday,
        Class::WeekdayAbbreviation,
        Class::Season,
        Class::Holiday,
        Class::NumberStart,
        Class::MeasureNoun,
        Class::PeopleNoun,
        Class::CasualtyWord,
        Class::ReportingVerb,
        Class::SpeechVerb,
        Class::RiseVerb,
        Class::ReportNoun,
        Class::PredicateFiller,
        Class::MeasureModifier,
        Class::AudienceNoun,
        Class::MultiplierWord,
        Class::Title,
        Class::SeatOfGovernment,
        Class::DayOrdinal,
        Class::Tens,
        Class::PressNoun,
    ];

    /// The class's bit in a token's classes.
    #[inline(always)]
    pub(crate) const fn bit(self) -> u32 {
        1 << self as u32
    }
}

const BUNDLED: &str = include_str!("../../assets/lexicon/en.ron");

/// How a list's words are matched.
#[derive(Clone, Copy)]
enum Case {
    /// Against the lowercase text: the words are lowercased on load.
    Lower,
    /// As written.
    AsWritten,
}

fn word(list: &'static str, w: String, case: Case) -> Result<Box<str>, LexiconError> {
    if w.trim().is_empty() {
        return Err(LexiconError::EmptyWord { list });
    }
    Ok(match case {
        Case::Lower => w.to_lowercase().into(),
        Case::AsWritten => w.into(),
    })
}

fn set(list: &'static str, words: Vec<String>, case: Case) -> Result<WordSet, LexiconError> {
    words.into_iter().map(|w| word(list, w, case)).collect()
}

fn map<V>(list: &'static str, entries: impl IntoIterator<Item = (String, V)>) -> Result<WordMap<V>, LexiconError> {
    entries.into_iter().map(|(w, v)| Ok((word(list, w, Case::Lower)?, v))).collect()
}

/// Words whose place in their list gives their value ("zero" first is 0),
/// in a list the grammar reads at a fixed length.
fn ordinals<V>(
    list: &'static str,
    words: Vec<String>,
    expected: usize,
    value: impl Fn(usize) -> V,
) -> Result<WordMap<V>, LexiconError> {
    if words.len() != expected {
        return Err(LexiconError::WrongLength { list, expected, found: words.len() });
    }
    map(list, words.into_iter().enumerate().map(|(i, w)| (w, value(i))))
}

/// Hedges as token lists, none empty: a hedge of no words would match
/// everywhere.
fn read_hedges(list: &'static str, hedges: Vec<(Vec<String>, Qualifier)>) -> Result<Vec<Hedge>, LexiconError> {
    hedges
        .into_iter()
        .map(|(words, qualifier)| {
            if words.is_empty() {
                return Err(LexiconError::EmptyWord { list });
            }
            let words = words.into_iter().map(|w| word(list, w, Case::Lower)).collect::<Result<_, _>>()?;
            Ok(Hedge { words, qualifier })
        })
        .collect()
}

/// The positions of `hedges` by the word `pick` takes of each, in order.
fn by_word(hedges: &[Hedge], pick: impl Fn(&[Box<str>]) -> Option<&Box<str>>) -> WordMap<Vec<usize>> {
    let mut by: FastMap<&str, Vec<usize>> = FastMap::default();
    for (i, h) in hedges.iter().enumerate() {
        if let Some(w) = pick(&h.words) {
            by.entry(w).or_default().push(i);
        }
    }
    by.into_iter().map(|(w, ids)| (Box::from(w), ids)).collect()
}

fn by_last_word(hedges: &[Hedge]) -> WordMap<Vec<usize>> {
    by_word(hedges, <[_]>::last)
}

impl Lexicon {
    /// Reads a lexicon in the format of `assets/lexicon/en.ron` and checks
    /// that every country of `agencies` is one it lists.
    pub fn load(text: &str, agencies: &[AgencySeed]) -> Result<Lexicon, LexiconError> {
        let lexicon = Lexicon::parse(text)?;
        for agency in agencies {
            let country = agency.country.trim();
            if !country.is_empty() && lexicon.country_index(country).is_none() {
                return Err(LexiconError::UnknownCountry { agency: agency.name.clone(), country: country.to_string() });
            }
        }
        Ok(lexicon)
    }

    fn parse(text: &str) -> Result<Lexicon, LexiconError> {
        use Case::{AsWritten, Lower};
        let file: LexiconFile = ron::from_str(text)?;
        let months_len = file.months.len();
        if months_len != 12 {
            return Err(LexiconError::WrongLength { list: "months", expected: 12, found: months_len });
        }
        let mut months = WordMap::default();
        let mut month_abbreviations = WordMap::default();
        for (m, (name, abbreviations)) in (1i8..).zip(file.months) {
            months.insert(word("months", name, Lower)?, m);
            for a in abbreviations {
                month_abbreviations.insert(word("months", a, Lower)?, m);
            }
        }
        let abbreviations_len = file.weekday_abbreviations.len();
        if abbreviations_len != 7 {
            return Err(LexiconError::WrongLength {
                list: "weekday_abbreviations",
                expected: 7,
                found: abbreviations_len,
            });
        }
        let mut weekday_abbreviations = WordMap::default();
        for (d, abbreviations) in (0i8..).zip(file.weekday_abbreviations) {
            for a in abbreviations {
                weekday_abbreviations.insert(word("weekday_abbreviations", a, Lower)?, d);
            }
        }
        let mut fractions = WordMap::default();
        for (singular, plural, denominator) in file.fractions {
            if denominator < 2 {
                return Err(LexiconError::OutOfRange { list: "fractions", word: singular });
            }
            fractions.insert(word("fractions", singular, Lower)?, (denominator, false));
            fractions.insert(word("fractions", plural, Lower)?, (denominator, true));
        }
        let hedges = read_hedges("hedges", file.hedges)?;
        let verb_hedges = read_hedges("verb_hedges", file.verb_hedges)?;
        let hedges_after = read_hedges("hedges_after", file.hedges_after)?;
        let countries: Vec<Country> = file
            .countries
            .into_iter()
            .map(|(name, forms)| {
                let forms = forms
                    .into_iter()
                    .map(|f| word("countries", f, AsWritten).map(String::from))
                    .collect::<Result<_, _>>()?;
                Ok(Country { name: word("countries", name, AsWritten)?.into(), forms })
            })
            .collect::<Result<_, LexiconError>>()?;
        let country_of = |list: &'static str, word: &str, country: &str| {
            countries.iter().position(|c: &Country| c.name.eq_ignore_ascii_case(country.trim())).ok_or_else(|| {
                LexiconError::NoSuchCountry { list, word: word.to_string(), country: country.to_string() }
            })
        };
        let mut seats_of_government = WordMap::default();
        for (seat, country) in file.seats_of_government {
            let index = country_of("seats_of_government", &seat, &country)?;
            seats_of_government.insert(word("seats_of_government", seat, Lower)?, index);
        }
        let mut peoples = Vec::new();
        for (people, country) in file.peoples {
            let index = country_of("peoples", &people, &country)?;
            let tokens: Vec<Box<str>> = people.split_whitespace().map(|w| w.to_lowercase().into()).collect();
            if tokens.is_empty() {
                return Err(LexiconError::EmptyWord { list: "peoples" });
            }
            peoples.push((tokens, index));
        }
        let tokens = |words: Vec<String>| -> Result<Vec<Box<str>>, LexiconError> {
            if words.is_empty() {
                return Err(LexiconError::EmptyWord { list: "name_orders" });
            }
            words.into_iter().map(|w| word("name_orders", w, Lower)).collect()
        };
        let name_orders = file
            .name_orders
            .into_iter()
            .map(|(a, b)| Ok((tokens(a)?, tokens(b)?)))
            .collect::<Result<_, LexiconError>>()?;
        let mut other_spellings = WordMap::default();
        for (a, b) in file.spellings {
            let (a, b) = (word("spellings", a, Lower)?, word("spellings", b, Lower)?);
            other_spellings.insert(a.clone(), b.clone());
            other_spellings.insert(b, a);
        }
        let fixed_spelling_names = file
            .fixed_spelling_names
            .into_iter()
            .map(|name| {
                if name.is_empty() {
                    return Err(LexiconError::EmptyWord { list: "fixed_spelling_names" });
                }
                name.into_iter().map(|w| word("fixed_spelling_names", w, Lower)).collect()
            })
            .collect::<Result<_, LexiconError>>()?;
        if let Some((w, _)) = file.seasons.iter().find(|(_, m)| !(1..=12).contains(*m)) {
            return Err(LexiconError::OutOfRange { list: "seasons", word: w.clone() });
        }
        if let Some((w, _)) = file.holidays.iter().find(|(_, (m, d))| jiff::civil::Date::new(2024, *m, *d).is_err()) {
            return Err(LexiconError::OutOfRange { list: "holidays", word: w.clone() });
        }
        if let Some((w, _)) = file.scales.iter().find(|(_, f)| !(f.is_finite() && **f >= 1.0)) {
            return Err(LexiconError::OutOfRange { list: "scales", word: w.clone() });
        }
        let reporting_verbs = map("reporting_verbs", file.reporting_verbs)?;
        let mut units = ordinals("units", file.units, 20, |i| i as u32)?;
        for w in file.zeros {
            units.insert(word("zeros", w, Lower)?, 0);
        }
        let tens = ordinals("tens", file.tens, 8, |i| 20 + 10 * i as u32)?;
        let number_starts = ["a", "an", "half", "quarter", "hundred"]
            .into_iter()
            .chain(units.iter().map(|(w, _)| w))
            .chain(tens.iter().map(|(w, _)| w))
            .map(Box::from)
            .collect();
        let mut lexicon = Lexicon {
            units,
            tens,
            number_starts,
            scales: map("scales", file.scales)?,
            fractions,
            hedges_by_last: by_last_word(&hedges),
            verb_hedges_by_last: by_last_word(&verb_hedges),
            hedges,
            verb_hedges,
            hyphen_hedges: map("hyphen_hedges", file.hyphen_hedges)?,
            hedges_after_by_first: by_word(&hedges_after, <[_]>::first),
            hedges_after,
            intensifiers: set("intensifiers", file.intensifiers, Lower)?,
            measure_nouns: set("measure_nouns", file.measure_nouns, Lower)?,
            people_nouns: set("people_nouns", file.people_nouns, Lower)?,
            casualty_words: set("casualty_words", file.casualty_words, Lower)?,
            irregular_participles: set("irregular_participles", file.irregular_participles, Lower)?,
            report_noun_adjectives: set("report_noun_adjectives", file.report_noun_adjectives, Lower)?,
            reckoning_nouns: set("reckoning_nouns", file.reckoning_nouns, Lower)?,
            past_tense_forms: set("past_tense_forms", file.past_tense_forms, Lower)?,
            consequence_verbs: set("consequence_verbs", file.consequence_verbs, Lower)?,
            sum_verbs: set("sum_verbs", file.sum_verbs, Lower)?,
            pooling_quantifiers: set("pooling_quantifiers", file.pooling_quantifiers, Lower)?,
            time_shift_words: set("time_shift_words", file.time_shift_words, Lower)?,
            copulas: set("copulas", file.copulas, Lower)?,
            resolution_bodies: set("resolution_bodies", file.resolution_bodies, Lower)?,
            notes_headings: set("notes_headings", file.notes_headings, Lower)?,
            contents_headings: set("contents_headings", file.contents_headings, Lower)?,
            release_nouns: set("release_nouns", file.release_nouns, Lower)?,
            agency_kind_words: set("agency_kind_words", file.agency_kind_words, Lower)?,
            day_parts: set("day_parts", file.day_parts, Lower)?,
            weather_readings: set("weather_readings", file.weather_readings, Lower)?,
            correctness_words: set("correctness_words", file.correctness_words, Lower)?,
            giving_verbs: set("giving_verbs", file.giving_verbs, Lower)?,
            audience_verbs: set("audience_verbs", file.audience_verbs, Lower)?,
            level_nouns: set("level_nouns", file.level_nouns, Lower)?,
            relaying_words: set("relaying_words", file.relaying_words, Lower)?,
            level_verbs: set("level_verbs", file.level_verbs, Lower)?,
            weather_words: set("weather_words", file.weather_words, Lower)?,
            multiplier_followers: set("multiplier_followers", file.multiplier_followers, Lower)?,
            predicate_fillers: set("predicate_fillers", file.predicate_fillers, Lower)?,
            measure_modifiers: set("measure_modifiers", file.measure_modifiers, Lower)?,
            noun_phrase_fillers: set("noun_phrase_fillers", file.noun_phrase_fillers, Lower)?,
            excluded_units: set("excluded_units", file.excluded_units, Lower)?,
            unit_modifiers: set("unit_modifiers", file.unit_modifiers, Lower)?,
            expenditure_verbs: set("expenditure_verbs", file.expenditure_verbs, Lower)?,
            caption_labels: set("caption_labels", file.caption_labels, Lower)?,
            generic_determiners: set("generic_determiners", file.generic_determiners, Lower)?,
            vague_multiples: set("vague_multiples", file.vague_multiples, Lower)?,
            hearsay_verbs: set("hearsay_verbs", file.hearsay_verbs, Lower)?,
            street_words_before_name: set("street_words_before_name", file.street_words_before_name, Lower)?,
            not_a_count_of_one_after: set("not_a_count_of_one_after", file.not_a_count_of_one_after, Lower)?,
            designators: set("designators", file.designators, Lower)?,
            lowercase_designators: set("lowercase_designators", file.lowercase_designators, Lower)?,
            identifier_labels: set("identifier_labels", file.identifier_labels, Lower)?,
            listing_keys: set("listing_keys", file.listing_keys, Lower)?,
            unit_abbreviations: set("unit_abbreviations", file.unit_abbreviations, Lower)?,
            words_spelled_as_acronyms: set("words_spelled_as_acronyms", file.words_spelled_as_acronyms, Lower)?,
            numbered_bodies: set("numbered_bodies", file.numbered_bodies, Lower)?,
            age_nouns: set("age_nouns", file.age_nouns, Lower)?,
            survey_nouns: set("survey_nouns", file.survey_nouns, Lower)?,
            street_words: set("street_words", file.street_words, Lower)?,
            reporting_participles: set("reporting_participles", file.reporting_participles, Lower)?,
            model_suffixes: set("model_suffixes", file.model_suffixes, Lower)?,
            multiplier_words: map("multiplier_words", file.multiplier_words)?,
            count_adjective_nouns: set("count_adjective_nouns", file.count_adjective_nouns, Lower)?,
            metric_emoji: set("metric_emoji", file.metric_emoji, AsWritten)?,
            audience_nouns: set("audience_nouns", file.audience_nouns, Lower)?,
            page_controls: set("page_controls", file.page_controls, Lower)?,
            page_control_verbs: set("page_control_verbs", file.page_control_verbs, Lower)?,
            scheduled_events: set("scheduled_events", file.scheduled_events, Lower)?,
            as_of_headers: set("as_of_headers", file.as_of_headers, Lower)?,
            date_headers: set("date_headers", file.date_headers, Lower)?,
            figure_headers: set("figure_headers", file.figure_headers, Lower)?,
            day_ordinal_followers: set("day_ordinal_followers", file.day_ordinal_followers, Lower)?,
            report_speakers: set("report_speakers", file.report_speakers, Lower)?,
            spokespeople: set("spokespeople", file.spokespeople, Lower)?,
            own_voices: set("own_voices", file.own_voices, Lower)?,
            certainty_words: set("certainty_words", file.certainty_words, Lower)?,
            spokesperson_modifiers: set("spokesperson_modifiers", file.spokesperson_modifiers, Lower)?,
            comparison_heads: set("comparison_heads", file.comparison_heads, Lower)?,
            own_judgement_verbs: set("own_judgement_verbs", file.own_judgement_verbs, Lower)?,
            arithmetic_gerunds: set("arithmetic_gerunds", file.arithmetic_gerunds, Lower)?,
            arithmetic_results: set("arithmetic_results", file.arithmetic_results, Lower)?,
            press_nouns: set("press_nouns", file.press_nouns, Lower)?,
            cited_sources: set("cited_sources", file.cited_sources, Lower)?,
            findings_nouns: set("findings_nouns", file.findings_nouns, Lower)?,
            occasion_nouns: set("occasion_nouns", file.occasion_nouns, Lower)?,
            body_name_heads: set("body_name_heads", file.body_name_heads, Lower)?,
            interval_labels: set("interval_labels", file.interval_labels, Lower)?,
            languages: {
                // A language's name, and each word of a country's name and
                // forms ("korean" of "South Korean", "britain" of
                // "Britain's"): asked by one look-up.
                let mut words = set("languages", file.languages, Lower)?;
                for c in &countries {
                    for part in std::iter::once(&c.name).chain(&c.forms).flat_map(|f| f.split(' ')) {
                        let part = part.trim_end_matches("'s").to_ascii_lowercase();
                        if !part.is_empty() {
                            words.insert(part.into(), ());
                        }
                    }
                }
                words
            },
            speaker_labels: set("speaker_labels", file.speaker_labels, Lower)?,
            distance_followers: set("distance_followers", file.distance_followers, Lower)?,
            day_ordinals: {
                let mut days = ordinals("day_ordinals", file.day_ordinals, 31, |i| i as i8 + 1)?;
                let spaced: Vec<(Box<str>, i8)> = days
                    .iter()
                    .filter(|(w, _)| w.contains('-'))
                    .map(|(w, &d)| (Box::from(w.replace('-', " ")), d))
                    .collect();
                for (w, d) in spaced {
                    days.insert(w, d);
                }
                days
            },
            probability_terms: set("probability_terms", file.probability_terms, Lower)?,
            id_headers: set("id_headers", file.id_headers, Lower)?,
            pager_words: set("pager_words", file.pager_words, Lower)?,
            glued_units: set("glued_units", file.glued_units, Lower)?,
            rise_verbs: set("rise_verbs", file.rise_verbs, Lower)?,
            score_words: set("score_words", file.score_words, Lower)?,
            metre_words: set("metre_words", file.metre_words, Lower)?,
            reporting_verbs,
            report_nouns: set("report_nouns", file.report_nouns, Lower)?,
            statement_nouns: set("statement_nouns", file.statement_nouns, Lower)?,
            published_nouns: set("published_nouns", file.published_nouns, Lower)?,
            verb_fillers: set("verb_fillers", file.verb_fillers, Lower)?,
            pronouns: set("pronouns", file.pronouns, Lower)?,
            titles: set("titles", file.titles, Lower)?,
            abbreviations: set("abbreviations", file.abbreviations, AsWritten)?,
            months,
            month_abbreviations,
            weekdays: ordinals("weekdays", file.weekdays, 7, |i| i as i8)?,
            weekday_abbreviations,
            seasons: map("seasons", file.seasons)?,
            holidays: map("holidays", file.holidays)?,
            countries,
            seats_of_government,
            peoples,
            name_orders,
            other_spellings,
            fixed_spelling_names,
            name_continuations: set("name_continuations", file.name_continuations, AsWritten)?,
            anaphor_heads: set("anaphor_heads", file.anaphor_heads, Lower)?,
            person_titles: set("person_titles", file.person_titles, Lower)?,
            anaphor_modifiers: set("anaphor_modifiers", file.anaphor_modifiers, Lower)?,
            same_heads: set("same_heads", file.same_heads, Lower)?,
            classes: WordMap::default(),
        };
        lexicon.classes = lexicon.index_classes();
        Ok(lexicon)
    }

    /// The words of `class`'s list.
    fn words_of(&self, class: Class) -> Vec<&str> {
        fn words<V>(map: &WordMap<V>) -> Vec<&str> {
            map.iter().map(|(w, _)| w).collect()
        }
        match class {
            Class::Month => words(&self.months),
            Class::MonthAbbreviation => words(&self.month_abbreviations),
            Class::Weekday => words(&self.weekdays),
            Class::WeekdayAbbreviation => words(&self.weekday_abbreviations),
            Class::Season => words(&self.seasons),
            Class::Holiday => words(&self.holidays),
            Class::NumberStart => words(&self.number_starts),
            // People count as a measure too, as [`is_measure_noun`] reads them.
            Class::MeasureNoun => [words(&self.measure_nouns), words(&self.people_nouns)].concat(),
            Class::PeopleNoun => words(&self.people_nouns),
            Class::CasualtyWord => words(&self.casualty_words),
            Class::ReportingVerb => words(&self.reporting_verbs),
            Class::SpeechVerb => {
                self.reporting_verbs.iter().filter(|(_, kind)| **kind == VerbKind::Speech).map(|(w, _)| w).collect()
            }
            Class::RiseVerb => words(&self.rise_verbs),
            Class::ReportNoun => words(&self.report_nouns),
            Class::PredicateFiller => words(&self.predicate_fillers),
            Class::MeasureModifier => words(&self.measure_modifiers),
            Class::AudienceNoun => words(&self.audience_nouns),
            Class::MultiplierWord => words(&self.multiplier_words),
            Class::Title => words(&self.titles),
            Class::SeatOfGovernment => words(&self.seats_of_government),
            Class::DayOrdinal => self.day_ordinals.iter().map(|(w, _)| w).filter(|w| !w.contains([' ', '-'])).collect(),
            Class::Tens => words(&self.tens),
            Class::PressNoun => words(&self.press_nouns),
        }
    }

    /// Each word of the classes' lists to the bits of the classes it is in.
    fn index_classes(&self) -> WordMap<u32> {
        let mut bits: FastMap<&str, u32> = FastMap::default();
        for class in Class::ALL {
            for w in self.words_of(class) {
                *bits.entry(w).or_default() |= class.bit();
            }
        }
        bits.into_iter().map(|(w, b)| (Box::from(w), b)).collect()
    }

    /// The classes `w` (lowercase) is in, as [`Class::bit`]s.
    #[inline]
    pub(crate) fn classes_of(&self, w: &str) -> u32 {
        self.classes.get(w).copied().unwrap_or(0)
    }

    /// The bundled lexicon, checked against the bundled agencies, read on
    /// first use. Both files are part of the build and loaded by a unit
    /// test, so a failure here is a programming error, not user input.
    pub(crate) fn bundled() -> &'static Lexicon {
        static BUNDLED_LEXICON: OnceLock<Lexicon> = OnceLock::new();
        BUNDLED_LEXICON.get_or_init(|| {
            Lexicon::load(BUNDLED, &default_agencies())
                .expect("assets/lexicon/en.ron is valid and lists every country of assets/agencies.ron")
        })
    }

    /// The countries, in the file's order.
    pub(crate) fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// A word of a country's name or forms ("korean", "british"), or of a
    /// language ("english"): a report so named is still its agency's ("the
    /// Korean summary", "the NIS English text").
    pub(crate) fn is_country_or_language_word(&self, w: &str) -> bool {
        self.languages.contains(w)
    }

    /// The position of the country named `name` (ignoring ASCII case).
    pub(crate) fn country_index(&self, name: &str) -> Option<usize> {
        self.countries.iter().position(|c| c.name.eq_ignore_ascii_case(name.trim()))
    }

    /// The country a capital or seat of government stands for when it is
    /// the subject of a reporting verb ("Seoul estimates", "the Kremlin
    /// said"): its index in [`Lexicon::countries`].
    pub(crate) fn seat_country(&self, w: &str) -> Option<usize> {
        self.seats_of_government.get(w).copied()
    }

    /// The country whose people, in the plural, `words` name ("the South
    /// Koreans counted" for their government): its index in
    /// [`Lexicon::countries`].
    pub(crate) fn people_country<'w>(&self, words: impl Iterator<Item = &'w str> + Clone) -> Option<usize> {
        self.peoples
            .iter()
            .find(|(tokens, _)| tokens.iter().map(|t| &**t).eq(words.clone()))
            .map(|&(_, country)| country)
    }

    /// Names written in two word orders, as lowercase tokens.
    pub(crate) fn name_orders(&self) -> &[NameOrder] {
        &self.name_orders
    }

    /// The other spelling of a word of agency names ("defense" for
    /// "defence").
    pub(crate) fn other_spelling(&self, w: &str) -> Option<&str> {
        self.other_spellings.get(w).map(|s| &**s)
    }

    /// Whether `name`, lowercase tokens without a country, keeps its
    /// spelling.
    pub(crate) fn has_fixed_spelling(&self, name: &[Box<str>]) -> bool {
        self.fixed_spelling_names.iter().any(|fixed| fixed.as_slice() == name)
    }

    pub(crate) fn is_name_continuation(&self, w: &str) -> bool {
        self.name_continuations.contains(w)
    }

    pub(crate) fn is_anaphor_head(&self, w: &str) -> bool {
        self.anaphor_heads.contains(w)
    }

    /// A person's title that ends or opens an alias ("Ukraine's top
    /// general", "President Zelensky"): "the general" then points back at
    /// that person.
    pub(crate) fn is_person_title(&self, w: &str) -> bool {
        self.person_titles.contains(w)
    }

    /// "the same body": a head that, after "same", points back at the
    /// latest agency named, whatever its name.
    pub(crate) fn is_same_head(&self, w: &str) -> bool {
        self.same_heads.contains(w)
    }

    pub(crate) fn is_anaphor_modifier(&self, w: &str) -> bool {
        self.anaphor_modifiers.contains(w)
    }
}

/// The lexicon the recognizers read.
fn en() -> &'static Lexicon {
    Lexicon::bundled()
}

/// 0 to 19 written as a word.
pub(crate) fn small_number(w: &str) -> Option<u32> {
    en().units.get(w).copied()
}

/// A word that can open a number in words, a fraction or a ratio ("a",
/// "half", "three", "twenty"): one look-up for every word of a text.
pub(crate) fn starts_number_words(w: &str) -> bool {
    en().number_starts.contains(w)
}

/// 20, 30, … 90 written as a word.
pub(crate) fn tens(w: &str) -> Option<u32> {
    en().tens.get(w).copied()
}

/// What a scale word ("million", "bn") multiplies by.
pub(crate) fn scale(w: &str) -> Option<f64> {
    en().scales.get(w).copied()
}

/// The denominator a fraction word names, and whether it is plural.
pub(crate) fn denominator(w: &str) -> Option<(u32, bool)> {
    en().fractions.get(w).copied()
}

/// Hedges written before a figure, in the file's order.
#[cfg(test)]
pub(crate) fn hedges() -> &'static [Hedge] {
    &en().hedges
}

/// The hedges written before a figure (`verb`: the verbs that hedge the
/// figure after them, "exceed") whose last token is `last`, in the file's
/// order.
pub(crate) fn hedges_ending(verb: bool, last: &str) -> impl Iterator<Item = &'static Hedge> {
    let en = en();
    let (list, by_last) =
        if verb { (&en.verb_hedges, &en.verb_hedges_by_last) } else { (&en.hedges, &en.hedges_by_last) };
    by_last.get(last).into_iter().flatten().map(move |&i| &list[i])
}

/// The hedge a word glued to a figure by a hyphen makes ("20,000-odd").
pub(crate) fn hyphen_hedge(w: &str) -> Option<Qualifier> {
    en().hyphen_hedges.get(w).copied()
}

/// Hedges written as words after a figure ("or so") whose first token is
/// `first` (a word, lowercase, or a punctuation mark), in the file's order.
pub(crate) fn hedges_after_starting(first: &str) -> impl Iterator<Item = &'static Hedge> + use<> {
    let en = en();
    en.hedges_after_by_first.get(first).into_iter().flatten().map(move |&i| &en.hedges_after[i])
}

/// Words that may stand before a hedge and belong to it ("well over").
pub(crate) fn is_intensifier(w: &str) -> bool {
    en().intensifiers.contains(w)
}

/// What is counted: nouns that follow a figure, people included.
pub(crate) fn is_measure_noun(w: &str) -> bool {
    is_people_noun(w) || en().measure_nouns.contains(w)
}

/// People: a casualty word after them is the better measure
/// ("300 soldiers had been killed" counts the killed).
pub(crate) fn is_people_noun(w: &str) -> bool {
    en().people_nouns.contains(w)
}

/// Past participles without "-ed" ("taken", "held", "shot"): "two had
/// been taken alive" counts the two.
pub(crate) fn is_irregular_participle(w: &str) -> bool {
    en().irregular_participles.contains(w)
}

/// Adjectives that make the speech verb after them a plural noun: "late
/// reports from the front", "conflicting claims".
pub(crate) fn is_report_noun_adjective(w: &str) -> bool {
    en().report_noun_adjectives.contains(w)
}

/// Nouns for working a figure out ("our arithmetic", "by my count"):
/// after "our" or "my" the writer's own figure.
pub(crate) fn is_reckoning_noun(w: &str) -> bool {
    en().reckoning_nouns.contains(w)
}

/// A verb in the past: "-ed", an irregular participle ("taken", "brought")
/// or a simple past form ("saw", "began", "fell"). Lower-case words only.
pub(crate) fn is_past_verb(w: &str) -> bool {
    w.ends_with("ed") || is_irregular_participle(w) || en().past_tense_forms.contains(w)
}

/// "would bring", "would lift": the writer's consequence of figures given.
pub(crate) fn is_consequence_verb(w: &str) -> bool {
    en().consequence_verbs.contains(w)
}

/// "That comes to", "That works out at": the writer's sum.
pub(crate) fn is_sum_verb(w: &str) -> bool {
    en().sum_verbs.contains(w)
}

/// "Most estimates", "Other figures": the writer pooling sources.
pub(crate) fn is_pooling_quantifier(w: &str) -> bool {
    en().pooling_quantifiers.contains(w)
}

/// "now", "since", "next": a clause that moves the time from the date
/// its sentence opened with.
pub(crate) fn is_time_shift_word(w: &str) -> bool {
    en().time_shift_words.contains(w)
}

/// "is", "was", "been": before a multiplier's number ("is roughly 1.2
/// times Seoul's").
pub(crate) fn is_copula(w: &str) -> bool {
    en().copulas.contains(w)
}

/// "Council", "UN": the body naming a resolution by its number.
pub(crate) fn is_resolution_body(w: &str) -> bool {
    en().resolution_bodies.contains(w)
}

/// "Notes", "Sources", "References": a heading alone on its line above a
/// text's numbered notes.
pub(crate) fn is_notes_heading(w: &str) -> bool {
    en().notes_headings.contains(w)
}

/// "statement", "release": what a letterhead says it is before its name.
pub(crate) fn is_release_noun(w: &str) -> bool {
    en().release_nouns.contains(w)
}

/// "intelligence": a body named with it is an agency, whatever its name's
/// head ("Britain's Defence Intelligence said …", then "the same agency").
pub(crate) fn is_agency_kind_word(w: &str) -> bool {
    en().agency_kind_words.contains(w)
}

/// "contents", "issue": the last word of a table of contents' heading.
pub(crate) fn is_contents_heading(w: &str) -> bool {
    en().contents_headings.contains(w)
}

/// "morning", "evening": after "this" or "tomorrow", the part of a day an
/// hour before it belongs to ("at 7 this morning").
pub(crate) fn is_day_part(w: &str) -> bool {
    en().day_parts.contains(w)
}

/// "highs", "lows": a forecast's readings ("lows of minus 3").
pub(crate) fn is_weather_reading(w: &str) -> bool {
    en().weather_readings.contains(w)
}

/// "right", "accurate": a premise taking a source as right ("If the
/// agency's count is right, …").
pub(crate) fn is_correctness_word(w: &str) -> bool {
    en().correctness_words.contains(w)
}

/// "circulated", "gave": a verb whose object is the figure itself, in "a
/// figure Seoul's NIS circulated last autumn".
pub(crate) fn is_giving_verb(w: &str) -> bool {
    en().giving_verbs.contains(w)
}

/// The singular of a regular plural: "agencies" → "agency", "staffs" →
/// "staff"; `None` for a word that is none ("press", "staff").
pub(crate) fn singular(w: &str) -> Option<String> {
    if let Some(stem) = w.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    w.strip_suffix('s').filter(|stem| !stem.ends_with('s')).map(str::to_string)
}

/// "briefed", "told": a statement given to an audience.
pub(crate) fn is_audience_verb(w: &str) -> bool {
    en().audience_verbs.contains(w)
}

/// "rate", "toll": a level's noun ("kept interest rates at 4").
pub(crate) fn is_level_noun(w: &str) -> bool {
    en().level_nouns.contains(w)
}

/// "citing", "quoting": an aside that passes on a source's word.
pub(crate) fn is_relaying_word(w: &str) -> bool {
    en().relaying_words.contains(w)
}

/// "stood", "sat", "held": a level's verb before "at" ("the toll stood at
/// 7").
pub(crate) fn is_level_verb(w: &str) -> bool {
    en().level_verbs.contains(w)
}

/// "tonight", "cold", "frost": a forecast's words.
pub(crate) fn is_weather_word(w: &str) -> bool {
    en().weather_words.contains(w)
}

/// The first word of a hedge written before a figure ("some", "about",
/// "more" of "more than").
pub(crate) fn is_hedge_opener(w: &str) -> bool {
    en().hedges.iter().any(|h| h.words.first().is_some_and(|first| &**first == w))
}

/// Words after "N times" that make it a multiplier ("four times the cap",
/// "nine times earnings"), not a count of occurrences.
pub(crate) fn is_multiplier_follower(w: &str) -> bool {
    en().multiplier_followers.contains(w)
}

/// Words for being killed, wounded, captured or lost.
pub(crate) fn is_casualty_word(w: &str) -> bool {
    en().casualty_words.contains(w)
}

/// Words that may stand between a people noun and its casualty word
/// ("had been killed", "are believed to be fatalities").
pub(crate) fn is_predicate_filler(w: &str) -> bool {
    en().predicate_fillers.contains(w)
}

/// Noun modifiers kept with the measure noun ("artillery systems").
pub(crate) fn is_measure_modifier(w: &str) -> bool {
    en().measure_modifiers.contains(w)
}

/// Words skipped between a figure and its noun.
pub(crate) fn is_noun_phrase_filler(w: &str) -> bool {
    en().noun_phrase_fillers.contains(w)
}

/// Units after which a number is a size, a distance, a time or a duration,
/// not a claim.
pub(crate) fn is_excluded_unit(w: &str) -> bool {
    en().excluded_units.contains(w)
}

/// Words that may stand between a number and its unit without making the
/// number a count ("12 straight days", "two more weeks").
pub(crate) fn is_unit_modifier(w: &str) -> bool {
    en().unit_modifiers.contains(w)
}

/// Verbs of spending a stock over a period ("the shells Russia fired in
/// September"): a share of what was spent is a share of that period's.
pub(crate) fn is_expenditure_verb(w: &str) -> bool {
    en().expenditure_verbs.contains(w)
}

/// A broadcast script's on-screen caption ("SUPER: Col. Kim, Joint Chiefs of
/// Staff"), lowercase: it names who speaks in the clip after it.
pub(crate) fn is_caption_label(label: &str) -> bool {
    en().caption_labels.contains(label)
}

/// Determiners before which a small number word is generic, not a count
/// ("the two forces", "both three").
pub(crate) fn is_generic_determiner(w: &str) -> bool {
    en().generic_determiners.contains(w)
}

/// Words before a bare "hundred" that leave its number unsaid ("several
/// hundred million dollars"): no figure, as "several hundred troops" is
/// none.
pub(crate) fn is_vague_multiple(w: &str) -> bool {
    en().vague_multiples.contains(w)
}

/// "I've read that …", "we heard that …": verbs by which a speaker
/// passes on what reached them, from no source they name.
pub(crate) fn is_hearsay_verb(w: &str) -> bool {
    en().hearsay_verbs.contains(w)
}

/// Words that open a street's name in languages that set the street
/// before its name ("14 Ulitsa Lenina", "8 Rue Cler"): a number before
/// them is an address.
pub(crate) fn is_street_word_before_name(w: &str) -> bool {
    en().street_words_before_name.contains(w)
}

/// Words before "one" after which it counts nothing ("no one", "at one
/// point").
pub(crate) fn is_not_a_count_of_one_after(w: &str) -> bool {
    en().not_a_count_of_one_after.contains(w)
}

/// Capitalised words that make the following number a name or a model
/// number ("Article 5", "Unit 29155").
pub(crate) fn is_designator(w: &str) -> bool {
    en().designators.contains(w)
}

/// Lowercase words that make the following number a label, not a count
/// ("day 1,129", "aged 26").
pub(crate) fn is_lowercase_designator(w: &str) -> bool {
    en().lowercase_designators.contains(w)
}

/// Labels of codes, which stay labels across a colon ("Group IDs:
/// 16801-16805"), unlike a count's label ("Deaths: 3,000").
pub(crate) fn is_identifier_label(w: &str) -> bool {
    en().identifier_labels.contains(w)
}

/// A key of a pasted JSON listing's furniture ("totalResults", "page_size",
/// lowercase and without "_" or "-"): its number counts no claim.
pub(crate) fn is_listing_key(w: &str) -> bool {
    en().listing_keys.contains(w)
}

/// A military unit's abbreviation ("BDE", "AAB"), lowercase: in capitals
/// after a number, the number names the unit ("41 BDE").
pub(crate) fn is_unit_abbreviation(w: &str) -> bool {
    en().unit_abbreviations.contains(w)
}

/// A word that an agency's acronym spells in lowercase ("dia" of "bom
/// dia"): the acronym is not read in lowercase.
pub(crate) fn is_word_spelled_as_acronym(w: &str) -> bool {
    en().words_spelled_as_acronyms.contains(w)
}

/// Bodies named by a number before them ("the 1718 Committee", "the 9/11
/// Commission").
pub(crate) fn is_numbered_body(w: &str) -> bool {
    en().numbered_bodies.contains(w)
}

/// People a number after "of" gives the age of ("boys of 19").
pub(crate) fn is_age_noun(w: &str) -> bool {
    en().age_nouns.contains(w)
}

/// Surveys whose sample a number after "of" gives ("a poll of 1,010").
pub(crate) fn is_survey_noun(w: &str) -> bool {
    en().survey_nouns.contains(w)
}

/// Words that end a street's name, after which a number before the name
/// is an address ("10 Downing Street").
pub(crate) fn is_street_word(w: &str) -> bool {
    en().street_words.contains(w)
}

/// "telling", "saying": a participle that reports for the subject of the
/// clause before it ("The NIS went further, telling lawmakers that …").
pub(crate) fn is_reporting_participle(w: &str) -> bool {
    en().reporting_participles.contains(w)
}

/// "doubled", "triple", "twice": a multiplier in one word, and its factor
/// (the map's filter rules out most words before the look-up).
pub(crate) fn multiplier_word(w: &str) -> Option<f64> {
    en().multiplier_words.get(w).copied()
}

/// Nouns a number is hyphened to as a count ("a 120-member assembly",
/// "a 300-bed hospital").
pub(crate) fn is_count_adjective_noun(w: &str) -> bool {
    en().count_adjective_nouns.contains(w)
}

/// Pictographs a post's counts of views, reposts and comments stand after
/// ("👁 612K"), as written.
pub(crate) fn is_metric_emoji(s: &str) -> bool {
    en().metric_emoji.contains(s)
}

/// A channel's or account's audience ("1.4M subscribers").
pub(crate) fn is_audience_noun(w: &str) -> bool {
    en().audience_nouns.contains(w)
}

/// A comment's or a post's buttons ("Reply", "Share").
pub(crate) fn is_page_control(w: &str) -> bool {
    en().page_controls.contains(w)
}

/// A table column's name for the day its row's figure refers to ("as of").
pub(crate) fn is_as_of_header(name: &str) -> bool {
    en().as_of_headers.contains(name)
}

/// A table column's name for a day of some kind ("Date", "Reported"): the
/// row's day when it is the table's only one and no as-of column is.
pub(crate) fn is_date_header(name: &str) -> bool {
    en().date_headers.contains(name)
}

/// A word of a table column's name saying its bare numbers are figures
/// ("low", "total").
pub(crate) fn is_figure_header(w: &str) -> bool {
    en().figure_headers.contains(w)
}

/// A report noun that is a person speaking for an agency ("official").
pub(crate) fn is_report_speaker(w: &str) -> bool {
    en().report_speakers.contains(w)
}

/// A word that with "to" or "with" after it sets one thing against
/// another ("close to", "in line with").
pub(crate) fn is_comparison_head(w: &str) -> bool {
    en().comparison_heads.contains(w)
}

/// A word before a spokesperson's title that names no body of its own
/// ("military spokeswoman", "deputy press secretary").
pub(crate) fn is_spokesperson_modifier(w: &str) -> bool {
    en().spokesperson_modifiers.contains(w)
}

/// Whose only part is to speak for a body ("spokesman"): named by title
/// alone, the body is the one the text is on.
pub(crate) fn is_spokesperson(w: &str) -> bool {
    en().spokespeople.contains(w)
}

/// People who speak from an office or a witness of their own, which no
/// listed agency is ("the regional governor said", "the mayor told
/// reporters", "residents said"): named so, they are no pointer back to
/// the agency an earlier sentence cited.
pub(crate) fn is_own_voice(w: &str) -> bool {
    en().own_voices.contains(w)
}

/// How sure a speaker is ("I'm not 100 percent sure", "90% certain"): a
/// share before such a word is no figure anyone claims.
pub(crate) fn is_certainty_word(w: &str) -> bool {
    en().certainty_words.contains(w)
}

/// Verbs with which the writer states a figure of its own ("We judge …").
pub(crate) fn is_own_judgement_verb(w: &str) -> bool {
    en().own_judgement_verbs.contains(w)
}

/// "Adding", "Taking": a gerund that opens the writer's own sum.
pub(crate) fn is_arithmetic_gerund(w: &str) -> bool {
    en().arithmetic_gerunds.contains(w)
}

/// "gives", "leaves": the verb that states such a sum's result.
pub(crate) fn is_arithmetic_result(w: &str) -> bool {
    en().arithmetic_results.contains(w)
}

/// "outlets", "bloggers": the press, a source no agency list names.
pub(crate) fn is_press_noun(w: &str) -> bool {
    en().press_nouns.contains(w)
}

/// "official", "data": what a relay cites as the source it passes on.
pub(crate) fn is_cited_source(w: &str) -> bool {
    en().cited_sources.contains(w)
}

/// "study", "figures": what "by" or "from" and a name credit to a body.
pub(crate) fn is_findings_noun(w: &str) -> bool {
    en().findings_nouns.contains(w)
}

/// "briefing", "hearing": an occasion on which a body speaks.
pub(crate) fn is_occasion_noun(w: &str) -> bool {
    en().occasion_nouns.contains(w)
}

/// "institute", "centre": a word that heads the name of a body.
pub(crate) fn is_body_name_head(w: &str) -> bool {
    en().body_name_heads.contains(w)
}

/// A statistical interval's abbreviation ("CI", "CrI").
pub(crate) fn is_interval_label(w: &str) -> bool {
    en().interval_labels.contains(w)
}

/// A transcript's name for an unnamed voice ("speaker", "caller").
pub(crate) fn is_speaker_label(w: &str) -> bool {
    en().speaker_labels.contains(w)
}

/// A word after "N m" that makes "m" metres ("north", "across").
pub(crate) fn is_distance_follower(w: &str) -> bool {
    en().distance_followers.contains(w)
}

/// The last word of a probability term an assessment's yardstick defines
/// ("likely", "a realistic possibility").
pub(crate) fn is_probability_term(w: &str) -> bool {
    en().probability_terms.contains(w)
}

/// A word of a table column's name saying its bare numbers are labels
/// ("row", "id").
pub(crate) fn is_id_header(w: &str) -> bool {
    en().id_headers.contains(w)
}

/// Something held at an hour of the clock ("the briefing at 10").
pub(crate) fn is_scheduled_event(w: &str) -> bool {
    en().scheduled_events.contains(w)
}

/// A link's verb before a count of hidden items ("Show 4 more replies").
pub(crate) fn is_page_control_verb(w: &str) -> bool {
    en().page_control_verbs.contains(w)
}

/// A pager's links beside its page numbers ("Next", "Previous").
pub(crate) fn is_pager_word(w: &str) -> bool {
    en().pager_words.contains(w)
}

/// Units that may be glued to a number and still make it a figure:
/// capacities and emissions ("18.5GW", "3Mt").
pub(crate) fn is_glued_unit(w: &str) -> bool {
    en().glued_units.contains(w)
}

/// Verbs of change before "up to", "by" and a bare fraction: "edged up to
/// 3.9%" is a level reached, not a bound; "jumped a third" is a change.
pub(crate) fn is_rise_verb(w: &str) -> bool {
    en().rise_verbs.contains(w)
}

/// Capitalised words after a number that make it a model's name ("737
/// Max", "iPhone 15 Pro").
pub(crate) fn is_model_suffix(w: &str) -> bool {
    en().model_suffixes.contains(w)
}

/// Words next to a result that make "2-1" a score ("won 2-1", "a 3-0 win").
pub(crate) fn is_score_word(w: &str) -> bool {
    en().score_words.contains(w)
}

/// Words after "100m" that make the "m" metres, not millions ("the 100m
/// sprint", "a 5m wall").
pub(crate) fn is_metre_word(w: &str) -> bool {
    en().metre_words.contains(w)
}

/// Verbs that attribute a statement to their subject.
pub(crate) fn is_reporting_verb(w: &str) -> bool {
    en().reporting_verbs.contains(w)
}

/// Reporting verbs that, with an unlisted subject ("officials said"),
/// attribute the sentence to a source the agency list does not know.
pub(crate) fn is_speech_verb(w: &str) -> bool {
    en().reporting_verbs.get(w) == Some(&VerbKind::Speech)
}

/// Nouns for what an agency publishes ("the MoD's update").
pub(crate) fn is_report_noun(w: &str) -> bool {
    en().report_nouns.contains(w)
}

/// What an agency puts out at a moment, so that a date on it is the day
/// the figure was reported ("the Mar. 28 update", "an interview on Friday").
pub(crate) fn is_statement_noun(w: &str) -> bool {
    en().statement_nouns.contains(w)
}

/// "post", "release": a statement only after "in a", "in its".
pub(crate) fn is_published_noun(w: &str) -> bool {
    en().published_nouns.contains(w)
}

/// Words that may sit between a source and its reporting verb.
pub(crate) fn is_verb_filler(w: &str) -> bool {
    en().verb_fillers.contains(w)
}

pub(crate) fn is_pronoun(w: &str) -> bool {
    en().pronouns.contains(w)
}

/// Nouns for people who speak for an agency ("Pentagon spokesman").
pub(crate) fn is_title(w: &str) -> bool {
    en().titles.contains(w)
}

/// Words that take a full stop and go on with the sentence, as written.
pub(crate) fn is_abbreviation(w: &str) -> bool {
    en().abbreviations.contains(w)
}

/// The month (1 to 12) a month name names.
pub(crate) fn month(w: &str) -> Option<i8> {
    en().months.get(w).copied()
}

/// The day of a month (1 to 31) an ordinal word names: "twelfth", and
/// "twenty-third" or "twenty third" whole.
pub(crate) fn day_ordinal(w: &str) -> Option<i8> {
    en().day_ordinals.get(w).copied()
}

/// A word that may follow a day written as an ordinal word ("of").
pub(crate) fn is_day_ordinal_follower(w: &str) -> bool {
    en().day_ordinal_followers.contains(w)
}

/// The month (1 to 12) an abbreviated month name names ("sept").
pub(crate) fn month_abbreviation(w: &str) -> Option<i8> {
    en().month_abbreviations.get(w).copied()
}

/// A weekday, from Monday as 0.
pub(crate) fn weekday(w: &str) -> Option<i8> {
    en().weekdays.get(w).copied()
}

/// "thurs", "fri": a weekday's abbreviation, which only a word before it
/// makes a date ("last Thurs").
pub(crate) fn weekday_abbreviation(w: &str) -> Option<i8> {
    en().weekday_abbreviations.get(w).copied()
}

/// A holiday's month and day.
pub(crate) fn holiday(w: &str) -> Option<(i8, i8)> {
    en().holidays.get(w).copied()
}

/// The month a season starts in.
pub(crate) fn season(w: &str) -> Option<i8> {
    en().seasons.get(w).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_lexicon_loads_and_knows_every_bundled_agency_country() {
        let lexicon = Lexicon::load(BUNDLED, &default_agencies()).expect("the bundled lexicon");
        assert_eq!(lexicon.months.len(), 12);
        assert_eq!(lexicon.weekdays.len(), 7);
        for seed in default_agencies() {
            assert!(seed.country.is_empty() || lexicon.country_index(&seed.country).is_some(), "{seed:?}");
        }
        // The function the recognizers call reads the same file.
        assert!(std::ptr::eq(en(), Lexicon::bundled()));
    }

    #[test]
    fn a_regular_plural_has_its_singular_and_a_word_in_ss_none() {
        assert_eq!(singular("agencies").as_deref(), Some("agency"));
        assert_eq!(singular("staffs").as_deref(), Some("staff"));
        assert_eq!(singular("ministries").as_deref(), Some("ministry"));
        assert_eq!(singular("press"), None);
        assert_eq!(singular("staff"), None);
        assert_eq!(singular("caf\u{e9}s").as_deref(), Some("caf\u{e9}"));
    }

    #[test]
    fn a_words_classes_answer_as_its_lists_do() {
        let lexicon = Lexicon::bundled();
        let asks: [(Class, fn(&str) -> bool); Class::ALL.len()] = [
            (Class::Month, |w| month(w).is_some()),
            (Class::MonthAbbreviation, |w| month_abbreviation(w).is_some()),
            (Class::Weekday, |w| weekday(w).is_some()),
            (Class::WeekdayAbbreviation, |w| weekday_abbreviation(w).is_some()),
            (Class::Season, |w| season(w).is_some()),
            (Class::Holiday, |w| holiday(w).is_some()),
            (Class::NumberStart, starts_number_words),
            (Class::MeasureNoun, is_measure_noun),
            (Class::PeopleNoun, is_people_noun),
            (Class::CasualtyWord, is_casualty_word),
            (Class::ReportingVerb, is_reporting_verb),
            (Class::SpeechVerb, is_speech_verb),
            (Class::RiseVerb, is_rise_verb),
            (Class::ReportNoun, is_report_noun),
            (Class::PredicateFiller, is_predicate_filler),
            (Class::MeasureModifier, is_measure_modifier),
            (Class::AudienceNoun, is_audience_noun),
            (Class::MultiplierWord, |w| multiplier_word(w).is_some()),
            (Class::Title, is_title),
            (Class::SeatOfGovernment, |w| Lexicon::bundled().seat_country(w).is_some()),
            (Class::DayOrdinal, |w| !w.contains([' ', '-']) && day_ordinal(w).is_some()),
            (Class::Tens, |w| tens(w).is_some()),
            (Class::PressNoun, is_press_noun),
        ];
        assert!(asks.iter().map(|(c, _)| *c).eq(Class::ALL));
        let others = ["the", "said", "Forces", "forces", "troops", "march", "", "x"];
        for w in lexicon.classes.iter().map(|(w, _)| w).chain(others) {
            for (class, ask) in asks {
                assert_eq!(lexicon.classes_of(w) & class.bit() != 0, ask(w), "{w:?} {class:?}");
            }
        }
    }

    #[test]
    fn the_merged_verb_list_keeps_speech_verbs_apart() {
        for w in ["said", "told", "claimed", "estimated", "added"] {
            assert!(is_reporting_verb(w) && is_speech_verb(w), "{w}");
        }
        for w in ["assessed", "put", "found", "showed"] {
            assert!(is_reporting_verb(w) && !is_speech_verb(w), "{w}");
        }
        assert!(!is_reporting_verb("troops") && !is_speech_verb("troops"));
    }

    #[test]
    fn words_read_as_their_values() {
        assert_eq!((small_number("zero"), small_number("nineteen"), small_number("twenty")), (Some(0), Some(19), None));
        assert_eq!((tens("twenty"), tens("ninety")), (Some(20), Some(90)));
        assert_eq!((scale("bn"), scale("thousand")), (Some(1e9), Some(1e3)));
        assert_eq!((denominator("third"), denominator("quarters")), (Some((3, false)), Some((4, true))));
        assert_eq!((month("january"), month("december"), month_abbreviation("sept")), (Some(1), Some(12), Some(9)));
        assert_eq!((weekday("monday"), weekday("sunday"), season("fall")), (Some(0), Some(6), Some(9)));
        assert!(is_abbreviation("Lt") && !is_abbreviation("LT"));
        for w in ["a", "an", "half", "quarter", "hundred", "zero", "nineteen", "twenty", "ninety"] {
            assert!(starts_number_words(w), "{w}");
        }
        assert!(!starts_number_words("thousand") && !starts_number_words("troops"));
        assert_eq!(hedges().first().map(|h| h.qualifier), Some(Qualifier::MoreThan));
    }

    fn seed(name: &str, country: &str) -> AgencySeed {
        AgencySeed { name: name.into(), country: country.into(), aliases: Vec::new() }
    }

    #[test]
    fn an_agency_country_the_lexicon_does_not_list_is_an_error_at_load() {
        let err =
            Lexicon::load(BUNDLED, &[seed("Israeli Defense Forces", "Israel")]).expect_err("Israel is not listed");
        assert!(
            matches!(&err, LexiconError::UnknownCountry { agency, country } if agency == "Israeli Defense Forces" && country == "Israel"),
            "{err:?}"
        );
        // Case and surrounding spaces do not matter; no country is fine.
        Lexicon::load(BUNDLED, &[seed("a", " united kingdom "), seed("b", "")]).expect("known countries");
        // A lexicon without one of the bundled agencies' countries fails.
        let without_france =
            BUNDLED.replace("(\"France\", [", "(\"Francia\", [").replace("(\"Paris\", \"France\"),", "");
        assert!(matches!(
            Lexicon::load(&without_france, &default_agencies()),
            Err(LexiconError::UnknownCountry { country, .. }) if country == "France"
        ));
        // So does a seat of government in a country it does not list.
        let paris_unknown = BUNDLED.replace("(\"Paris\", \"France\")", "(\"Paris\", \"Gaul\")");
        assert!(matches!(
            Lexicon::load(&paris_unknown, &default_agencies()),
            Err(LexiconError::NoSuchCountry { list: "seats_of_government", word, country }) if word == "Paris" && country == "Gaul"
        ));
    }

    #[test]
    fn malformed_lexicons_are_typed_errors() {
        assert!(matches!(Lexicon::load("(", &[]), Err(LexiconError::Parse(_))));
        let short_week = BUNDLED.replace("\"saturday\", \"sunday\"", "\"saturday\"");
        assert!(matches!(
            Lexicon::load(&short_week, &[]),
            Err(LexiconError::WrongLength { list: "weekdays", expected: 7, found: 6 })
        ));
        let empty_hedge = BUNDLED.replace("([\"over\"], over)", "([], over)");
        assert!(matches!(Lexicon::load(&empty_hedge, &[]), Err(LexiconError::EmptyWord { list: "hedges" })));
        let bad_season = BUNDLED.replace("\"winter\": 12", "\"winter\": 13");
        assert!(matches!(Lexicon::load(&bad_season, &[]), Err(LexiconError::OutOfRange { list: "seasons", .. })));
        let empty_order =
            BUNDLED.replace("([\"department\", \"of\", \"state\"], [\"state\", \"department\"])", "([], [])");
        assert!(matches!(Lexicon::load(&empty_order, &[]), Err(LexiconError::EmptyWord { list: "name_orders" })));
        let empty_fixed = BUNDLED.replace("[\"defense\", \"department\"],", "[],");
        assert!(matches!(
            Lexicon::load(&empty_fixed, &[]),
            Err(LexiconError::EmptyWord { list: "fixed_spelling_names" })
        ));
        let empty_word = BUNDLED.replace("\"tanks\",", "\"\",");
        assert!(matches!(Lexicon::load(&empty_word, &[]), Err(LexiconError::EmptyWord { list: "measure_nouns" })));
    }
}
