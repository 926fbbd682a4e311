//! Finding agencies in text. Names and aliases are compiled once into a
//! token trie, with their variants: "UK"/"U.K."/"British"/"Britain's"/
//! "United Kingdom's" (and the same for the other countries),
//! defence/defense, "Ministry of Defence"/"Defence Ministry". Short
//! all-capital aliases ("MoD", "JCS", "AP") match only in capitals, the
//! others ignoring case. A match preceded by another country's adjective
//! ("Ukraine's Defence Intelligence") or followed by a capitalised
//! continuation ("Defense Intelligence Agency") is another body and is
//! dropped. A name without its country ("the MoD", "the Ministry of
//! Defence") is the body of the country the text last named one for
//! ("according to Ukrainian MOD data … the MoD's tally"), unless the
//! same words already named another ("the MoD" said before stays the
//! UK's after "Ukraine's defence ministry"), and only
//! without one the agency the bare name is an alias of. "the ministry", "the spy agency" and the like resolve to the
//! latest agency mentioned whose names contain those words. The country
//! forms, continuations and anaphor words are the lexicon's
//! (`assets/lexicon/en.ron`).

use super::lexicon::{
    Class, FastMap, FastSet, Lexicon, is_report_noun, is_report_speaker, is_reporting_verb, is_speech_verb, month,
    weekday,
};
use super::tokens::{Doc, Kind, partition_from};
use std::ops::Range;

/// An agency as the extractor knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgencyDef {
    pub name: String,
    pub aliases: Vec<String>,
    pub country: String,
}

type Key = Box<str>;

#[derive(Clone, Debug)]
struct Term {
    agency: u32,
    /// For short capitalised aliases: the exact spellings accepted.
    exact: Option<Vec<String>>,
    /// The variant starts with a country form.
    prefixed: bool,
}

#[derive(Debug, Default)]
struct Node {
    next: FastMap<Key, u32>,
    term: Option<Term>,
}

/// A mention of an agency in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    /// The name's tokens.
    pub toks: Range<usize>,
    /// First token after the name and its possessive "'s".
    pub after: usize,
    pub agency: usize,
    pub possessive: bool,
    /// "the ministry" and the like.
    pub anaphor: bool,
    /// Named with its country ("Ukrainian MoD", "UK Defence Ministry").
    pub prefixed: bool,
    /// Inferred from a people ("the South Koreans counted") or a country's
    /// document ("the UK's estimate of"): a bare mention, which any
    /// speaker the sentence names outranks.
    pub weak: bool,
}

impl Mention {
    /// A mention that points back at an agency named before ("the
    /// ministry", "the general", a surname).
    fn anaphor(toks: Range<usize>, after: usize, agency: usize, possessive: bool) -> Mention {
        Mention { toks, after, agency, possessive, anaphor: true, prefixed: false, weak: false }
    }
}

/// Whether one of `mentions` (in text order, never overlapping) holds
/// token `k`, its possessive included: only the last one starting at or
/// before `k` can.
pub(crate) fn in_any_mention(mentions: &[Mention], k: usize) -> bool {
    let i = mentions.partition_point(|m| m.toks.start <= k);
    i > 0 && k < mentions[i - 1].after
}

/// People remembered with their agency: the latest few.
const MAX_PEOPLE: usize = 8;

/// "Ms", "Dr", "Gen": what may stand before a surname.
fn is_honorific(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Ms"
            | "Mrs"
            | "Miss"
            | "Dr"
            | "Prof"
            | "Gen"
            | "Col"
            | "Maj"
            | "Lt"
            | "Adm"
            | "Capt"
            | "Sgt"
            | "Brig"
            | "Cmdr"
    )
}

/// A capitalised word of a name: a capital, then lowercase letters.
fn is_name_word(doc: &Doc, k: usize) -> bool {
    let w = doc.s(k);
    doc.is_word(k)
        && w.len() > 1
        && doc.capitalised(k)
        && w.bytes().skip(1).all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// "Harriet Cole, Director of Strategic Assessment at the Ministry of
/// Defence": the surname's token of a person named before a comma, a
/// title and "at" or "of" before the agency's name at `start`.
fn introduced_before(doc: &Doc, start: usize) -> Option<usize> {
    let mut k = start.checked_sub(1)?;
    if doc.is(k, "the") {
        k = k.checked_sub(1)?;
    }
    if !doc.is_any(k, &["at", "of", "for"]) {
        return None;
    }
    // The title: a few words back to the comma after the name.
    let comma = (k.saturating_sub(7)..k).rev().find(|&j| !doc.is_word(j))?;
    let title = comma + 1..k;
    if !doc.is_punct(comma, ',') || title.is_empty() || !title.clone().any(|j| doc.has(j, Class::Title)) {
        return None;
    }
    let surname = comma.checked_sub(1)?;
    // Not "On Monday, officials at the Pentagon": a preposition and a
    // day or a place make no name.
    let first = surname.checked_sub(1)?;
    let named = is_name_word(doc, surname)
        && is_name_word(doc, first)
        && !doc.word(first).is_some_and(is_preposition)
        && !doc.word(surname).is_some_and(|w| weekday(w).is_some() || month(w).is_some());
    named.then_some(surname)
}

/// Words that open a phrase of place or time ("On Monday", "In London").
fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "on" | "in" | "at" | "by" | "for" | "from" | "after" | "before" | "since" | "with" | "to" | "of" | "during"
    )
}

/// "Pentagon spokesman Pat Ryder", "the ministry's director, Harriet
/// Cole,": a title after the agency (at `after`), then a first name and
/// a surname; the surname's token.
fn introduced_after(doc: &Doc, after: usize) -> Option<usize> {
    let title = (after..after + 3).take_while(|&j| doc.is_word(j)).find(|&j| doc.has(j, Class::Title))?;
    // Not "the agency's former spokesman, Vadym Holt,": no longer its voice.
    if (after..title).any(|j| doc.is_any(j, &["former", "ex"])) {
        return None;
    }
    let mut first = if doc.is_punct(title + 1, ',') { title + 2 } else { title + 1 };
    // Ranks before the name: "press secretary Maj. Gen. Pat Ryder".
    while doc.is_word(first) && is_honorific(doc.s(first)) && first < title + 8 {
        first += if doc.is_punct(first + 1, '.') && doc.glued(first + 1) { 2 } else { 1 };
    }
    let named = is_name_word(doc, first) && is_name_word(doc, first + 1);
    (named && !doc.capitalised(first + 2) && !doc.is_punct(first + 2, '.')).then_some(first + 1)
}

/// How many mentions back "the agency" looks for a name the text
/// followed with that word ("Ukraine's military intelligence agency"):
/// bounded, so that a text of many mentions is read in linear time.
const CALLED_REACH: usize = 32;

/// Keeps the surname of a person the mention `m` introduces with their
/// title (see `introduced_before`, `introduced_after`, `titled_person`)
/// as a name of its agency, dropping the oldest past `MAX_PEOPLE`.
///
/// Each person is kept as their surname's token, their agency, and
/// whether that token itself names them as the speaker of its sentence
/// (`introduced_at_venue`: the agency there is only a place).
fn introduce(doc: &Doc, m: &Mention, people: &mut Vec<(usize, usize, bool)>) {
    let (surname, speaks_here) = match introduced_before(doc, m.toks.start)
        .or_else(|| introduced_after(doc, m.after))
        .or_else(|| titled_person(doc, &m.toks))
    {
        Some(surname) => (surname, false),
        None => match introduced_at_venue(doc, m) {
            Some(surname) => (surname, true),
            None => return,
        },
    };
    if people.len() >= MAX_PEOPLE {
        people.remove(0);
    }
    people.push((surname, m.agency, speaks_here));
}

/// "At the State Department on Wednesday, spokesperson Dana Whitcombe
/// said": a sentence opening on the agency as the place, then, after a
/// comma, a title and a name; the surname's token. The name, not the
/// place, is the sentence's speaker.
fn introduced_at_venue(doc: &Doc, m: &Mention) -> Option<usize> {
    /// Words of time or place between the agency and the comma.
    const VENUE_REACH: usize = 6;
    let mut at = m.toks.start.checked_sub(1)?;
    if doc.is(at, "the") {
        at = at.checked_sub(1)?;
    }
    let opens = at == 0 || doc.opens_line(at) || doc.punct(at - 1).is_some_and(|c| matches!(c, '.' | '!' | '?'));
    if !(opens && doc.is(at, "at") && doc.capitalised(at)) {
        return None;
    }
    let comma = (m.after..m.after + VENUE_REACH)
        .take_while(|&k| doc.is_word(k) || doc.is_num(k) || doc.is_punct(k, ','))
        .find(|&k| doc.is_punct(k, ','))?;
    // The place's own voice, titled in lower case ("spokesperson", "a
    // deputy press secretary"), not a visitor with a country or an office
    // of their own ("Ukrainian Foreign Minister Andrii Sybiha").
    let own_voice =
        (comma + 1..comma + 4).take_while(|&k| doc.is_word(k) && !doc.capitalised(k)).any(|k| doc.has(k, Class::Title));
    if !own_voice {
        return None;
    }
    introduced_after(doc, comma + 1)
}

/// "Kremlin spokesman Dmitry Peskov", "NATO Secretary General Mark
/// Rutte": a listed alias that is a first name and a surname after a
/// title is a person, whose surname alone ("…,” Peskov said) names them
/// later; the surname's token. Not "the Joint Chiefs", "Ukraine's Defence
/// Intelligence": no title before them.
fn titled_person(doc: &Doc, toks: &Range<usize>) -> Option<usize> {
    let title = toks.start.checked_sub(1)?;
    let titled = doc.has(title, Class::Title) || doc.word(title).is_some_and(|w| Lexicon::bundled().is_person_title(w));
    (titled && toks.len() == 2 && is_name_word(doc, toks.start) && is_name_word(doc, toks.start + 1))
        .then_some(toks.start + 1)
}

/// The first token of the capitalised words before token `end` whose
/// initials are `acronym`'s ("Armed Forces of the Philippines" for
/// "AFP"), when they join "of", "the", "and" or "for" between them: a
/// name spelled out in English, not a transliteration ("Holovne
/// Upravlinnia Rozvidky").
fn spelled_out(doc: &Doc, end: usize, acronym: &str) -> Option<usize> {
    const JOINERS: &[&str] = &["of", "the", "and", "for"];
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    let mut k = end;
    let mut i = letters.len();
    let mut joined = false;
    while i > 0 && k > 0 {
        k -= 1;
        if doc.is_any(k, JOINERS) {
            joined = true;
            continue;
        }
        let initial = doc.capitalised(k).then(|| doc.s(k).chars().next()).flatten();
        if initial.is_none_or(|c| !c.eq_ignore_ascii_case(&letters[i - 1])) {
            return None;
        }
        i -= 1;
    }
    (i == 0 && joined).then_some(k)
}

#[derive(Debug)]
pub(crate) struct AgencyIndex {
    pub names: Vec<String>,
    country: Vec<Option<usize>>,
    /// Each agency's words, looked up with the lexicon's FNV hash (short
    /// words, for which SipHash is slow).
    words: Vec<FastSet<String>>,
    /// Each agency's person titles: the title that ends an alias
    /// ("Ukraine's top general") or opens a two-word one ("President
    /// Zelensky").
    titles: Vec<FastSet<String>>,
    nodes: Vec<Node>,
    /// A bit for the first two bytes of every first key of a name: most
    /// tokens fail this test and skip the hash lookup.
    first_bigrams: Vec<u64>,
    /// Country forms as token keys, with their country index.
    country_forms: Vec<(Vec<Key>, usize)>,
    /// Every word of a country form ("ukrainian", "korea"), to leave a
    /// name's country out of the words it is known by.
    country_words: FastSet<Key>,
    /// The positions in `country_forms` of the forms ending with each key,
    /// in order; `None` if a form has no keys (it would end with any).
    forms_by_last: Option<FastMap<Key, Vec<usize>>>,
    lexicon: &'static Lexicon,
}

/// The trie key of token `i`: lowercase text, or the normalised
/// punctuation mark. `None` for URLs and past the end.
#[inline]
fn token_key<'s>(doc: &'s Doc, i: usize, buf: &'s mut [u8; 4]) -> Option<&'s str> {
    let t = doc.toks.get(i)?;
    match t.kind() {
        Kind::Word | Kind::Handle | Kind::Hashtag | Kind::Num => Some(doc.lower_of(i)),
        Kind::Punct => Some(t.first().encode_utf8(buf)),
        Kind::Url => None,
    }
}

/// The first two bytes of a key as a number below 65,536.
fn bigram(key: &str) -> usize {
    let b = key.as_bytes();
    (usize::from(b.first().copied().unwrap_or(0)) << 8) | usize::from(b.get(1).copied().unwrap_or(0))
}

fn keys_of(text: &str) -> Vec<Key> {
    let doc = Doc::new(text);
    let mut buf = [0u8; 4];
    (0..doc.len()).filter_map(|i| token_key(&doc, i, &mut buf).map(Key::from)).collect()
}

/// The spellings an acronym is accepted in: as listed, in capitals, and,
/// for one of three letters or more all in capitals, in lowercase, as a
/// page set in small capitals gives it when copied ("the nis", "hur
/// analysts"). Not those that spell a word the lexicon lists ("dia"),
/// nor "MoD" (a "mod") and two-letter ones ("ap"), outside a text without
/// capitals.
fn acronym_spellings(alias: &str) -> Vec<String> {
    let mut forms = vec![alias.to_string(), alias.to_uppercase()];
    let letters = alias.chars().filter(|c| c.is_alphabetic()).count();
    let lower = alias.to_lowercase();
    if letters >= 3 && !alias.chars().any(char::is_lowercase) && !super::lexicon::is_word_spelled_as_acronym(&lower) {
        forms.push(lower);
    }
    forms
}

fn is_acronym(alias: &str) -> bool {
    // Counted, not collected: `find` asks this of every one-token match.
    let (mut letters, mut upper) = (0usize, 0usize);
    for c in alias.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    !alias.contains(' ') && !alias.starts_with('@') && letters <= 5 && upper >= 2.min(letters) && upper > 0
}

/// `keys` with the first run of `from` replaced by `to`; `None` when `from`
/// is not there (or empty).
fn replace_seq(keys: &[Key], from: &[Key], to: &[Key]) -> Option<Vec<Key>> {
    if from.is_empty() {
        return None;
    }
    let pos = keys.windows(from.len()).position(|w| w == from)?;
    let mut out: Vec<Key> = keys[..pos].to_vec();
    out.extend_from_slice(to);
    out.extend_from_slice(&keys[pos + from.len()..]);
    Some(out)
}

/// How far back, in tokens, "the general" may point at the person the
/// title is of.
const MAX_TITLE_REACH: usize = 400;

/// Where the latest of the last 64 `before` mentions of `agency` ends.
fn last_named(before: &[Mention], agency: usize) -> Option<usize> {
    before.iter().rev().take(64).find(|m| m.agency == agency).map(|m| m.after)
}

/// Whether `agency` was named in `before` no more than `reach` tokens
/// before token `i`.
fn named_within(before: &[Mention], agency: usize, i: usize, reach: usize) -> bool {
    last_named(before, agency).is_some_and(|after| i <= after + reach)
}

/// The person titles of an agency's names: the last word when a title and
/// not part of a two-word title ("NATO Secretary General" gives none), or
/// the first of a title and a surname.
fn person_titles(name: &str, aliases: &[String], lexicon: &Lexicon) -> FastSet<String> {
    let mut titles = FastSet::default();
    for alias in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
        let words: Vec<String> = alias
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let title = |k: usize| words.get(k).is_some_and(|w| lexicon.is_person_title(w));
        if let Some(last) = words.len().checked_sub(1)
            && title(last)
            && !(last > 0 && title(last - 1))
        {
            titles.insert(words[last].clone());
        }
        // "commander-in-chief" ends with a title the first word gives.
        if words.len() >= 3 && title(0) && words[1] == "in" && title(2) {
            titles.insert(words[0].clone());
        }
        if words.len() == 2 && title(0) && !title(1) && !lexicon.is_anaphor_head(&words[1]) {
            titles.insert(words[0].clone());
        }
    }
    titles
}

impl AgencyIndex {
    /// The index of `defs`, with the country forms of `lexicon`. An
    /// agency whose country the lexicon does not list (one a project
    /// added) gets no country variants and no check against other
    /// countries' bodies; the bundled agencies' countries are checked when
    /// the lexicon loads.
    pub fn new(defs: &[AgencyDef], lexicon: &'static Lexicon) -> AgencyIndex {
        let country_forms: Vec<(Vec<Key>, usize)> = lexicon
            .countries()
            .iter()
            .enumerate()
            .flat_map(|(ci, country)| country.forms.iter().map(move |f| (keys_of(f), ci)))
            .collect();
        let mut forms_by_last: Option<FastMap<Key, Vec<usize>>> = Some(FastMap::default());
        for (i, (form, _)) in country_forms.iter().enumerate() {
            match (form.last(), forms_by_last.as_mut()) {
                (Some(last), Some(by_last)) => by_last.entry(last.clone()).or_default().push(i),
                _ => forms_by_last = None,
            }
        }
        let mut index = AgencyIndex {
            names: Vec::new(),
            country: Vec::new(),
            words: Vec::new(),
            titles: Vec::new(),
            nodes: vec![Node::default()],
            first_bigrams: vec![0; 1024],
            // Not the "of" of "Republic of Korea": names keep their "of".
            country_words: country_forms
                .iter()
                .flat_map(|(keys, _)| keys.iter().filter(|k| &***k != "of").cloned())
                .collect(),
            forms_by_last,
            country_forms,
            lexicon,
        };
        for def in defs {
            let agency = index.names.len() as u32;
            index.names.push(def.name.clone());
            index.country.push(lexicon.country_index(&def.country));
            let mut words = FastSet::default();
            for alias in std::iter::once(&def.name).chain(&def.aliases) {
                for key in keys_of(alias) {
                    words.insert(key.to_string());
                    if let Some(other) = lexicon.other_spelling(&key) {
                        words.insert(other.to_string());
                    }
                }
            }
            index.words.push(words);
            index.titles.push(person_titles(&def.name, &def.aliases, lexicon));
            for alias in std::iter::once(&def.name).chain(&def.aliases) {
                let alias = alias.trim();
                if alias.is_empty() {
                    continue;
                }
                let exact = is_acronym(alias).then(|| acronym_spellings(alias));
                for (variant, prefixed) in index.variants(&keys_of(alias)) {
                    index.insert(&variant, Term { agency, exact: exact.clone(), prefixed });
                }
            }
        }
        let firsts: Vec<usize> = index.nodes[0].next.keys().map(|k| bigram(k)).collect();
        for b in firsts {
            index.first_bigrams[b / 64] |= 1 << (b % 64);
        }
        index
    }

    /// Country-prefix, spelling and word-order variants of an alias.
    fn variants(&self, keys: &[Key]) -> Vec<(Vec<Key>, bool)> {
        let mut base = vec![keys.to_vec()];
        // Word order: "Ministry of Defence" / "Defence Ministry".
        for (long, short) in self.lexicon.name_orders() {
            let mut extra = Vec::new();
            for k in &base {
                extra.extend(replace_seq(k, long, short));
                extra.extend(replace_seq(k, short, long));
            }
            base.extend(extra);
        }
        // Spellings: defence / defense.
        let mut spelled = Vec::new();
        for k in &base {
            if k.iter().any(|w| self.lexicon.other_spelling(w).is_some()) && !self.lexicon.has_fixed_spelling(k) {
                let flip = |w: &Key| self.lexicon.other_spelling(w).map_or_else(|| w.clone(), Key::from);
                spelled.push(k.iter().map(flip).collect::<Vec<_>>());
            }
        }
        base.extend(spelled);
        // Country prefixes: an alias starting with one form of its country
        // gets all the others.
        let mut out: Vec<(Vec<Key>, bool)> = Vec::new();
        for k in base {
            let prefix = self
                .country_forms
                .iter()
                .filter(|(form, _)| k.len() > form.len() && k.starts_with(form))
                .max_by_key(|(form, _)| form.len());
            match prefix {
                Some((form, ci)) => {
                    let rest = &k[form.len()..];
                    for (other, oci) in &self.country_forms {
                        if oci == ci {
                            let mut v = other.clone();
                            v.extend_from_slice(rest);
                            out.push((v, true));
                        }
                    }
                }
                None => out.push((k, false)),
            }
        }
        out.sort();
        out.dedup();
        out
    }

    fn insert(&mut self, keys: &[Key], term: Term) {
        let mut node = 0usize;
        for key in keys {
            node = match self.nodes[node].next.get(key) {
                Some(&n) => n as usize,
                None => {
                    let n = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[node].next.insert(key.clone(), n as u32);
                    n
                }
            };
        }
        // The first definition wins: project agencies come before defaults.
        // The same agency's spellings merge ("TASS", "Tass").
        match &mut self.nodes[node].term {
            None => self.nodes[node].term = Some(term),
            Some(old) if old.agency == term.agency => {
                old.exact = match (old.exact.take(), term.exact) {
                    (Some(mut a), Some(b)) => {
                        a.extend(b);
                        Some(a)
                    }
                    _ => None,
                };
                old.prefixed &= term.prefixed;
            }
            Some(_) => {}
        }
    }

    /// The country a sequence of tokens ending just before `end` names.
    fn country_before(&self, doc: &Doc, end: usize) -> Option<usize> {
        self.country_form_before(doc, end).map(|(_, country)| country)
    }

    /// The first token of the longest country form written right before
    /// `end`, and its country.
    fn country_form_before(&self, doc: &Doc, end: usize) -> Option<(usize, usize)> {
        let Some(by_last) = &self.forms_by_last else {
            return self.country_ending(doc, end, self.country_forms.iter());
        };
        // Only the forms ending with the token before `end` can match.
        let mut last_buf = [0u8; 4];
        let last = token_key(doc, end.checked_sub(1)?, &mut last_buf)?;
        let forms = by_last.get(last)?;
        self.country_ending(doc, end, forms.iter().map(|&i| &self.country_forms[i]))
    }

    /// The longest (the last of the longest) of `forms` written right
    /// before `end`: where it starts, and its country.
    fn country_ending<'f>(
        &self,
        doc: &Doc,
        end: usize,
        forms: impl Iterator<Item = &'f (Vec<Key>, usize)>,
    ) -> Option<(usize, usize)> {
        let mut buf = [0u8; 4];
        forms
            .filter(|(form, _)| {
                form.len() <= end
                    && form
                        .iter()
                        .enumerate()
                        .all(|(k, key)| token_key(doc, end - form.len() + k, &mut buf) == Some(key))
            })
            .max_by_key(|(form, _)| form.len())
            .map(|(form, ci)| (end - form.len(), *ci))
    }

    /// Every mention of a known agency, in text order.
    /// Each agency's country, by agency.
    pub fn countries(&self) -> &[Option<usize>] {
        &self.country
    }

    /// "about 4,000 (South Korea)", "over 5,000 (U.K.)", "c. 4,000 (South
    /// Korean estimate, 27 Mar.)": each bracket that holds only a country's
    /// name, or opens with it and a report, as the token that opens it and the
    /// country. A summary's figure that names its country this way is that
    /// country's agency's.
    pub fn bracketed_countries(&self, doc: &Doc) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        // Only where the text has a bracket: most texts have few.
        let mut k = 0;
        for (at, _) in doc.text.match_indices('(') {
            k = partition_from(&doc.toks, k, |t| t.start() < at);
            if !doc.is_punct(k, '(') {
                continue;
            }
            // The country's name alone, or before a word for a report and
            // the rest of the bracket ("(South Korean estimate, 27 Mar.)").
            let report = (k + 2..(k + 5).min(doc.len()))
                .find(|&j| doc.has(j, Class::ReportNoun) && (doc.is_punct(j + 1, ',') || doc.is_punct(j + 1, ')')));
            let Some(close) = report.or_else(|| (k + 2..(k + 6).min(doc.len())).find(|&c| doc.is_punct(c, ')'))) else {
                continue;
            };
            // It starts with a capital ("(not South Korea)" names none).
            if doc.capitalised(k + 1)
                && (k + 1..close).all(|j| doc.word(j).is_some() || doc.is_punct(j, '.'))
                && let Some(country) = self.country_before(doc, close)
            {
                out.push((k, country));
            }
        }
        out
    }

    /// "A US defence official", "a South Korean government official": the
    /// country a speaker's noun phrase names, up to three words before the
    /// word for the speaker, as that word's token and the country, in text
    /// order. Such a speaker is no official of another country's agency
    /// the text cited before.
    pub fn speaker_countries(&self, doc: &Doc) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for k in 1..doc.len() {
            if !doc.has(k, Class::ReportNoun) || !doc.word(k).is_some_and(is_report_speaker) {
                continue;
            }
            let mut end = k;
            while end + 3 > k && end > 0 {
                if let Some(country) = self.country_before(doc, end) {
                    out.push((k, country));
                    break;
                }
                if !doc.is_word(end - 1) || doc.capitalised(end - 1) && end < k {
                    break;
                }
                end -= 1;
            }
        }
        out
    }

    pub fn find(&self, doc: &Doc) -> Vec<Mention> {
        let mut out: Vec<Mention> = Vec::new();
        let mut recent: Vec<usize> = Vec::new();
        // Head words a body no listed agency is has taken (see below).
        let mut unlisted_heads: Vec<&str> = Vec::new();
        // Agencies named with their country, latest last: a bare "MoD" or
        // "Ministry of Defence" is the ministry of the country the text
        // last named one for.
        let mut prefixed: Vec<usize> = Vec::new();
        // What each name, its country left out, last stood for: "the MoD"
        // goes on meaning the ministry it meant before, until a country's
        // "Ukrainian MOD" gives those words to another.
        let mut named_as: Vec<(u64, usize)> = Vec::new();
        // People introduced with their agency ("Harriet Cole, Director of
        // Strategic Assessment at the Ministry of Defence", "Pentagon
        // spokesman Pat Ryder"): each surname's token and agency, the
        // latest last, for a later "Ms Cole said" or "Ryder added".
        let mut people: Vec<(usize, usize, bool)> = Vec::new();
        // Acronyms the text gives to a name no listed agency has ("the
        // Armed Forces of the Philippines (AFP)"): never that agency's.
        let mut redefined: Vec<&str> = Vec::new();
        let n = doc.len();
        let mut i = 0;
        while i < n {
            if !people.is_empty()
                && doc.capitalised(i)
                && let Some(&(t, agency, _)) = people
                    .iter()
                    .rev()
                    .find(|&&(t, _, speaks_here)| (t < i || speaks_here && t == i) && doc.s(t) == doc.s(i))
                && (t == i || i == 0 || !doc.capitalised(i - 1) || is_honorific(doc.s(i - 1)))
                && !doc.capitalised(i + 1)
            {
                let possessive = doc.possessive_at(i + 1);
                let after = if possessive { i + 3 } else { i + 1 };
                recent.retain(|&a| a != agency);
                recent.push(agency);
                out.push(Mention::anaphor(i..i + 1, after, agency, possessive));
                i = after;
                continue;
            }
            let mut foreign = None;
            let matched = self.match_at(doc, i, &mut foreign);
            if let Some(toks) = foreign {
                // "Japan's Ministry of Defense has warned …, the ministry
                // estimated": "the ministry" is now that one, which no
                // listed agency is, when it is the subject that opens its
                // sentence (not "more than France's Ministry of Defence
                // had estimated").
                if opens_sentence_with_country(doc, toks.start) {
                    recent.retain(|&a| !self.words_of(doc, toks.clone()).all(|w| self.words[a].contains(w)));
                }
                i = toks.end;
                continue;
            }
            if let Some(m) = matched.as_ref().filter(|m| m.toks.len() == 1 && is_acronym(doc.s(m.toks.start))) {
                let k = m.toks.start;
                // Not the agency's own name written another way ("Agence
                // France Presse (AFP)").
                let defines = k >= 2
                    && doc.is_punct(k - 1, '(')
                    && doc.is_punct(k + 1, ')')
                    && out.last().is_none_or(|last: &Mention| last.toks.end + 1 != k)
                    && spelled_out(doc, k - 1, doc.s(k)).is_some_and(|first| {
                        !self.words_of(doc, first..k - 1).all(|w| self.words[m.agency].contains(w))
                    });
                if defines && !redefined.contains(&doc.s(k)) {
                    redefined.push(doc.s(k));
                }
                if redefined.contains(&doc.s(k)) {
                    i = m.after.max(i + 1);
                    continue;
                }
            }
            if let Some(mut m) = matched {
                // "the Main Intelligence Directorate of the Ministry of
                // Defence of Ukraine": the body it belongs to is part of
                // its name, not a source of its own.
                if !m.possessive && doc.is(m.after, "of") {
                    let k = m.after + 1 + usize::from(doc.is(m.after + 1, "the"));
                    let mut parent_foreign = None;
                    if let Some(parent) = self.match_at(doc, k, &mut parent_foreign) {
                        m.toks.end = parent.toks.end;
                        m.after = parent.after;
                        m.possessive = parent.possessive;
                    }
                }
                let key = self.name_key(doc, &m);
                if m.prefixed {
                    prefixed.retain(|&a| a != m.agency);
                    prefixed.push(m.agency);
                } else if let Some(there) = self.seated_after(doc, &m) {
                    // "the Ministry of Defence in Kyiv": Ukraine's.
                    m.agency = there;
                } else if let Some((end, there)) = self.country_of_after(doc, &m) {
                    let Some(there) = there else {
                        // Another country's body.
                        i = end;
                        continue;
                    };
                    m.agency = there;
                    m.toks.end = end;
                    m.after = end;
                } else if let Some(&(_, before)) = named_as.iter().find(|(k, _)| Some(*k) == key) {
                    m.agency = before;
                } else if let Some(other) = self.in_context(doc, &m, &prefixed) {
                    m.agency = other;
                }
                if let Some(key) = key {
                    named_as.retain(|(k, _)| *k != key);
                    named_as.push((key, m.agency));
                }
                introduce(doc, &m, &mut people);
                i = m.after.max(i + 1);
                recent.retain(|&a| a != m.agency);
                recent.push(m.agency);
                match out.last_mut() {
                    // "Ukrainian President Volodymyr Zelensky": one mention.
                    Some(last) if last.agency == m.agency && last.after == m.toks.start && !last.possessive => {
                        last.toks.end = m.toks.end;
                        last.after = m.after;
                        last.possessive = m.possessive;
                    }
                    _ => out.push(m),
                }
                continue;
            }
            if let Some(m) = self
                .anaphor_at(doc, i, &recent, &out, &unlisted_heads)
                .or_else(|| self.seat_at(doc, i, &recent, &out))
                .or_else(|| self.country_report_at(doc, i, &recent, &out))
            {
                // "the agency's spokesman, Andriy Holt," and "Yurii Holt, a
                // spokesman for the agency": Holt speaks for it later too.
                introduce(doc, &m, &mut people);
                i = m.after;
                recent.retain(|&a| a != m.agency);
                recent.push(m.agency);
                out.push(m);
                continue;
            }
            // "the health ministry", "the U.N. refugee agency": a body no
            // listed agency is, which "the ministry" after it means.
            // Nor, with none named since, the only listed agency whose name
            // has the word ("The State Emergency Service said …" then "the
            // service added" is not the NIS).
            if let Some(head) = unlisted_body_at(self.lexicon, doc, i, &out) {
                recent
                    .retain(|&a| !self.words[a].contains(head) && !(head == "agency" && named_as_agency(doc, &out, a)));
                if !unlisted_heads.contains(&head) {
                    unlisted_heads.push(head);
                }
            }
            i += 1;
        }
        out
    }

    /// For a name followed by "in" and a capital ("the Ministry of Defence
    /// in Kyiv"), the agency of that capital's country with the same words.
    fn seated_after(&self, doc: &Doc, m: &Mention) -> Option<usize> {
        if !doc.is(m.after, "in") || !doc.capitalised(m.after + 1) {
            return None;
        }
        let country = self.lexicon.seat_country(doc.word(m.after + 1)?)?;
        self.country_agency(doc, m, country)
    }

    /// "the National Intelligence Service of the Republic of Korea", "the
    /// Ministry of Defence of Russia": a name its country follows. The end
    /// of the country's form (the mention grows to it) and the agency of
    /// that country the name's words fit, `None` when no listed agency of
    /// that country is ("the Ministry of Defence of Japan").
    fn country_of_after(&self, doc: &Doc, m: &Mention) -> Option<(usize, Option<usize>)> {
        if m.possessive || !doc.is(m.after, "of") {
            return None;
        }
        let k = m.after + 1 + usize::from(doc.is(m.after + 1, "the"));
        if !doc.capitalised(k) {
            return None;
        }
        // Not a possessive that goes on ("of South Korea's government").
        let (end, country) = (k + 1..=k + 4)
            .rev()
            .find_map(|end| self.country_form_before(doc, end).filter(|&(start, _)| start == k).map(|(_, c)| (end, c)))
            .filter(|&(end, _)| !doc.possessive_at(end.saturating_sub(2)))?;
        Some((end, self.country_agency(doc, m, country)))
    }

    /// The agency of `country` whose names hold every word of `m`'s.
    fn country_agency(&self, doc: &Doc, m: &Mention, country: usize) -> Option<usize> {
        (0..self.names.len()).find(|&a| {
            self.country[a] == Some(country) && {
                let mut words = self.name_words(doc, m).peekable();
                words.peek().is_some() && words.all(|w| self.words[a].contains(w))
            }
        })
    }

    /// The words of a mention's name without its country's ("Ukrainian
    /// MOD" and "the MoD" are both `mod`).
    fn name_words<'d>(&self, doc: &'d Doc, m: &Mention) -> impl Iterator<Item = &'d str> + use<'d, '_> {
        self.words_of(doc, m.toks.clone())
    }

    /// The words of the name at tokens `toks` without its country's.
    fn words_of<'d>(&self, doc: &'d Doc, toks: Range<usize>) -> impl Iterator<Item = &'d str> + use<'d, '_> {
        toks.filter(|&k| doc.is_word(k))
            .map(|k| doc.lower_of(k))
            .filter(|w| !self.country_words.contains(*w) && !matches!(*w, "the" | "s"))
    }

    /// A hash of [`AgencyIndex::name_words`] (FNV-1a), to tell whether two
    /// mentions use the same name without keeping the words; `None` for a
    /// name that is all country.
    fn name_key(&self, doc: &Doc, m: &Mention) -> Option<u64> {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut any = false;
        for w in self.name_words(doc, m) {
            any = true;
            for b in w.bytes().chain(std::iter::once(0)) {
                hash = (hash ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
            }
        }
        any.then_some(hash)
    }

    /// For a mention named without its country, the agency of another
    /// country the text last named with its country whose names have all
    /// the mention's words: after "Ukrainian MoD", "the MoD" is Ukraine's.
    fn in_context(&self, doc: &Doc, m: &Mention, prefixed: &[usize]) -> Option<usize> {
        /// How far back a country the text has turned to is looked for.
        const CONTEXT_COUNTRY_REACH: usize = 24;
        let own = self.country[m.agency]?;
        // The mention's words, lowercase (a word's key is its lowercase
        // text), read from the text each time rather than copied.
        let keys = || m.toks.clone().filter(|&k| doc.is_word(k)).map(|k| doc.lower_of(k));
        keys().next()?;
        // "Britain sits in between. Defence Intelligence said …": the
        // country the text has just turned to, in its paragraph, is the
        // mention's own, whatever body was named with a country before.
        // Another country decides only where the text turns to it: "In
        // Kyiv, the defence ministry said", "Russia disputes the figures.
        // The defence ministry said" (not "Russia has lost 1,500, the
        // Ministry of Defence said" nor "Russia lost 500 tanks. The
        // Ministry of Defence said …": the country the figures are about).
        let stop = |j: usize| doc.punct(j).is_some_and(|c| matches!(c, '.' | '?' | '!'));
        // The stop ending the sentence before, once passed.
        let mut stop_between = None;
        let mut j = m.toks.start;
        while j > 0 && m.toks.start - j < CONTEXT_COUNTRY_REACH && doc.toks.get(j).is_some_and(|t| t.newlines() < 2) {
            j -= 1;
            if stop(j) {
                stop_between = Some(j);
                continue;
            }
            let seat = || {
                let w = doc.word(j).filter(|_| doc.capitalised(j))?;
                Some((j, self.lexicon.seat_country(w)?))
            };
            let Some((start, country)) = self.country_form_before(doc, j + 1).or_else(seat) else { continue };
            if country == own {
                return None;
            }
            let opens = start == 0 || doc.opens_line(start) || stop(start - 1);
            let turns = stop_between.is_some_and(|end| opens && !(j + 1..end).any(|k| doc.is_num(k)));
            let located = start > 0 && doc.is_any(start - 1, &["in", "from"]) && doc.is_punct(j + 1, ',');
            if (located || turns)
                && let Some(there) = self.country_agency(doc, m, country)
            {
                return Some(there);
            }
            break;
        }
        // The latest agency named with its country that these words fit:
        // when that is the mention's own ("UK MoD", later "the MoD"), it
        // stays.
        let latest = prefixed.iter().rev().copied().find(|&a| {
            (a == m.agency || self.country[a].is_some_and(|c| c != own)) && keys().all(|k| self.words[a].contains(k))
        })?;
        (latest != m.agency).then_some(latest)
    }

    /// The listed agency whose name starts at token `i`. When the name is
    /// another country's institution ("Japan's Ministry of Defense"),
    /// `foreign` gets its tokens and there is no mention.
    ///
    /// Asked at every token, and nearly always answered by the first
    /// bigrams: that test is inlined into the caller, and only the tokens
    /// it lets through pay for the call that reads the names.
    #[inline(always)]
    fn match_at(&self, doc: &Doc, i: usize, foreign: &mut Option<Range<usize>>) -> Option<Mention> {
        let mut buf = [0u8; 4];
        let b = bigram(token_key(doc, i, &mut buf)?);
        if self.first_bigrams[b / 64] & (1 << (b % 64)) == 0 {
            return None;
        }
        self.match_names_at(doc, i, foreign)
    }

    /// [`AgencyIndex::match_at`] past its first test.
    #[inline(never)]
    fn match_names_at(&self, doc: &Doc, i: usize, foreign: &mut Option<Range<usize>>) -> Option<Mention> {
        let mut node = 0usize;
        let mut best: Option<(usize, &Term)> = None;
        let mut j = i;
        let mut buf = [0u8; 4];
        while let Some(key) = token_key(doc, j, &mut buf) {
            let Some(&next) = self.nodes[node].next.get(key) else { break };
            node = next as usize;
            j += 1;
            // Multi-token names must be written without line breaks that
            // end a paragraph.
            if j > i + 1 && doc.toks.get(j - 1).is_some_and(|t| t.newlines() >= 2) {
                break;
            }
            if let Some(term) = &self.nodes[node].term {
                // In a text without capitals any case will do for an
                // all-capital name ("the nis"); one that mixes them is a
                // word too ("a reddit mod"), and needs "the" or its
                // country before it ("the mod", "uk mod").
                let caseless = doc.caseless
                    && term.exact.as_ref().and_then(|forms| forms.first()).is_some_and(|alias| {
                        alias.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
                            || i > 0 && doc.word(i - 1).is_some_and(|w| w == "the" || self.country_words.contains(w))
                    });
                let ok =
                    caseless || term.exact.as_ref().is_none_or(|forms| forms.iter().any(|f| f == doc.text_of(i, j)));
                if ok {
                    best = Some((j, term));
                }
            }
        }
        let (end, term) = best?;
        let agency = term.agency as usize;
        // Part of a longer name: "Defense Intelligence Agency".
        if doc.is_word(end) && self.lexicon.is_name_continuation(doc.s(end)) {
            return None;
        }
        // Another country's institution: "Ukraine's Defence Intelligence".
        // Not across a line break: "Politics > Defense/North Korea" above
        // a headline that opens with "JCS".
        if !term.prefixed
            && let Some(own) = self.country[agency]
            && !doc.opens_line(i)
            && let Some(other) = self.country_before(doc, i).or_else(|| {
                // "the German Federal Ministry of Defence", "Germany's
                // Federal Ministry": a capitalised word or two between, after
                // "the" or a possessive (not a headline's "Ukraine Welcomes
                // MoD Estimate").
                (1..=2)
                    .take_while(|&n| {
                        i > n && doc.is_word(i - n) && doc.capitalised(i - n) && !doc.opens_line(i - n + 1)
                    })
                    .find_map(|n| {
                        let (start, country) = self.country_form_before(doc, i - n)?;
                        (start > 0 && doc.is(start - 1, "the") || doc.is(i - n - 1, "s")).then_some(country)
                    })
            })
            && other != own
        {
            *foreign = Some(i..end);
            return None;
        }
        // A country form inside another's longer name: "the Democratic
        // People's Republic of Korea's military" is no "Republic of
        // Korea's military".
        if term.prefixed
            && let Some(own) = self.country[agency]
            && (i + 1..=end.min(i + 4))
                .any(|e| self.country_form_before(doc, e).is_some_and(|(start, other)| start < i && other != own))
        {
            *foreign = Some(i..end);
            return None;
        }
        // A wire credit in a dateline: "KYIV (AP) —".
        if doc.is_punct(i.wrapping_sub(1), '(')
            && doc.is_punct(end, ')')
            && doc.punct(end + 1).is_some_and(|c| matches!(c, '\u{2014}' | '\u{2013}' | '-'))
        {
            return None;
        }
        let possessive = doc.possessive_at(end);
        let after = if possessive { end + 2 } else { end };
        Some(Mention { toks: i..end, after, agency, possessive, anaphor: false, prefixed: term.prefixed, weak: false })
    }

    /// "the ministry", "the spy agency", "its General Staff": the latest
    /// agency mentioned whose names have these words, or the only agency
    /// that has them.
    /// "Seoul also estimates", "the Kremlin has also said": a seat of
    /// government as the subject of a reporting verb, with "also", stands
    /// for the latest agency of its country the text named; with none
    /// named, for nobody.
    fn seat_at(&self, doc: &Doc, i: usize, recent: &[usize], before: &[Mention]) -> Option<Mention> {
        if !doc.capitalised(i) {
            return None;
        }
        // "London's c. 4,000", "Seoul's 3,000": a seat's possessive right
        // before a figure is its country's latest agency's figure.
        if doc.possessive_at(i + 1) {
            let after = i + 3;
            // Only a hedge between: not "Seoul's is 36 percent".
            let hedge = |k: usize| {
                doc.punct(k).is_some_and(|c| matches!(c, '.' | '"' | '~'))
                    || doc.is_any(
                        k,
                        &[
                            "c", "ca", "circa", "about", "around", "some", "nearly", "almost", "over", "roughly",
                            "more", "than",
                        ],
                    )
            };
            // "London's first estimate of around 4,000": the seat's
            // document of that figure.
            let mut from = after;
            while from < after + 2
                && doc.is_any(from, &["first", "latest", "new", "previous", "last", "earlier", "initial", "own"])
            {
                from += 1;
            }
            // An agency's document, not a city's own "toll" or "count".
            let document = doc.is_any(from, &["estimate", "assessment", "update", "figure", "estimates", "figures"])
                && doc.is_any(from + 1, &["of", "at", "was", "is"]);
            from = if document { from + 2 } else { after };
            let figure_next = (from..from + 4).take_while(|&k| doc.is_num(k) || hedge(k)).any(|k| doc.is_num(k));
            if !figure_next {
                return None;
            }
            let (start, country, seat) = match self.lexicon.seat_country(doc.word(i)?) {
                Some(country) => (i, country, true),
                // "the UK's previous estimate of 2,900": a country's
                // document of a figure. Not "Ukraine's 3,000 troops", which
                // are the country's own.
                None if document => {
                    let (start, country) = self.country_form_before(doc, after)?;
                    (start, country, false)
                }
                None => return None,
            };
            let agency = recent.iter().rev().copied().find(|&a| self.country[a] == Some(country))?;
            // A country's estimate of births or voters is no ministry's:
            // only while its agency was named nearby.
            if !seat && !named_within(before, agency, i, MAX_TITLE_REACH) {
                return None;
            }
            return Some(Mention {
                toks: start..i + 1,
                after,
                agency,
                possessive: true,
                anaphor: true,
                prefixed: false,
                weak: !seat,
            });
        }
        // "also" comes first or second after the name: checked before the
        // look-up, which most capitalised words would fail anyway.
        if !(doc.is(i + 1, "also") || doc.is(i + 2, "also")) {
            return None;
        }
        let country = self.lexicon.seat_country(doc.word(i)?)?;
        // "also" says the speaker is one already quoted; without it, "Kyiv
        // said" is the government at large, which no listed agency is.
        let mut k = i + 1;
        let mut also = false;
        while k < i + 3 && doc.is_any(k, &["also", "has", "have", "had"]) {
            also |= doc.is(k, "also");
            k += 1;
        }
        if !also || !doc.has(k, Class::ReportingVerb) || doc.is(k + 1, "to") {
            return None;
        }
        let agency = recent.iter().rev().copied().find(|&a| self.country[a] == Some(country))?;
        Some(Mention::anaphor(i..i + 1, i + 1, agency, false))
    }

    /// "the British update", "the South Korean estimate": a document of a
    /// country's, from the agency of that country cited last.
    fn country_report_at(&self, doc: &Doc, i: usize, recent: &[usize], before: &[Mention]) -> Option<Mention> {
        if !doc.is(i, "the") {
            return None;
        }
        let document = |k: usize| {
            doc.word(k).is_some_and(|w| {
                is_report_noun(w)
                    && !matches!(
                        w,
                        "official"
                            | "officials"
                            | "spokesman"
                            | "spokeswoman"
                            | "spokesperson"
                            | "source"
                            | "sources"
                            | "chief"
                            | "post"
                            | "account"
                            | "map"
                            | "daily"
                            | "latest"
                    )
            })
        };
        let (country, after, people) = match (i + 2..i + 4).find(|&k| document(k)) {
            Some(end) => (self.country_before(doc, end)?, end + 1, false),
            // "the British say", "the South Koreans were counting": the
            // people for their government, speaking.
            None => {
                let mut people_end = i + 1;
                while people_end < i + 3 && doc.capitalised(people_end) {
                    people_end += 1;
                }
                if people_end == i + 1 {
                    return None;
                }
                let mut v = people_end;
                while doc.is_any(v, &["were", "are", "have", "had", "also", "now"]) && v < people_end + 2 {
                    v += 1;
                }
                // Not "the British gave 3,000 rifles" nor "the Ukrainians
                // believe", a poll's finding: verbs of telling or reckoning
                // only.
                let speaks = |w: &str| {
                    is_speech_verb(w)
                        || matches!(
                            w,
                            "saying"
                                | "claiming"
                                | "claim"
                                | "estimating"
                                | "reporting"
                                | "counting"
                                | "counted"
                                | "count"
                                | "counts"
                                | "assessed"
                                | "assess"
                                | "tallied"
                                | "calculated"
                                | "reckon"
                                | "reckoned"
                        )
                };
                if !doc.word(v).is_some_and(speaks) {
                    return None;
                }
                let country = if people_end == i + 2 { self.country_before(doc, i + 2) } else { None };
                let country =
                    country.or_else(|| self.lexicon.people_country((i + 1..people_end).map(|k| doc.lower_of(k))))?;
                (country, people_end, true)
            }
        };
        let agency = recent.iter().rev().copied().find(|&a| self.country[a] == Some(country))?;
        // A people is its government's voice only while that government's
        // agency was named nearby: not "the South Koreans say 40,000 fans
        // came" in the sports pages.
        if people && !named_within(before, agency, i, MAX_TITLE_REACH) {
            return None;
        }
        Some(Mention { toks: i..after, after, agency, possessive: false, anaphor: true, prefixed: false, weak: people })
    }

    /// "the general said", "the top commander", "the president's
    /// estimate": the latest person named whose alias has that title (and
    /// the word before it, if one stands there). Only as the subject or
    /// the owner of what follows: not "the general election", "the
    /// president of France".
    fn person_title_at(&self, doc: &Doc, i: usize, recent: &[usize], before: &[Mention]) -> Option<Mention> {
        if !doc.is(i, "the") {
            return None;
        }
        let lower_title =
            |k: usize| !doc.capitalised(k) && doc.word(k).is_some_and(|w| self.lexicon.is_person_title(w));
        let (modifier, k) = if lower_title(i + 1) {
            (None, i + 1)
        } else if doc.word(i + 1).is_some_and(|w| !doc.capitalised(i + 1) && !self.lexicon.is_person_title(w))
            && lower_title(i + 2)
        {
            (doc.word(i + 1), i + 2)
        } else {
            return None;
        };
        let title = doc.word(k)?;
        let mut end = k + 1;
        // "the commander-in-chief".
        if doc.is_punct(end, '-') && doc.is(end + 1, "in") && doc.is_punct(end + 2, '-') && lower_title(end + 3) {
            end += 4;
        }
        let possessive = doc.possessive_at(end);
        let subject = doc.word(end).is_none_or(|w| {
            is_reporting_verb(w) || matches!(w, "has" | "had" | "also" | "who" | "told" | "added" | "later")
        });
        if !possessive && (!subject || doc.is(end, "of") || doc.capitalised(end)) {
            return None;
        }
        let agency = recent
            .iter()
            .rev()
            .copied()
            .find(|&a| self.titles[a].contains(title) && modifier.is_none_or(|w| self.words[a].contains(w)))?;
        // The person must be the last named with that title: not after
        // "South Korea's president, Yoon Suk Yeol, met troops", nor once
        // the person was named too far back to tell (400 tokens).
        let named = last_named(before, agency)?;
        // A name that holds the word ("the General Staff") is no other
        // person.
        if i > named + MAX_TITLE_REACH || (named..i).any(|k| doc.is(k, title) && !in_any_mention(before, k)) {
            return None;
        }
        let after = if possessive { end + 2 } else { end };
        Some(Mention::anaphor(i..end, after, agency, possessive))
    }

    fn anaphor_at(
        &self,
        doc: &Doc,
        i: usize,
        recent: &[usize],
        before: &[Mention],
        unlisted_heads: &[&str],
    ) -> Option<Mention> {
        // Read for every token: the cheapest tests first.
        let article = doc.is_any(i, &["the", "its"]);
        // "our General Staff" in a spokesman's words: only before a name
        // in capitals, not "our ministry" in a writer's aside.
        let ours = !article && doc.is_any(i, &["our"]) && doc.capitalised(i + 1) && doc.capitalised(i + 2);
        // "(General Staff data, …)": a bracket opening on a modifier and
        // a head in capitals needs no article.
        let bare = !article
            && !ours
            && doc.capitalised(i)
            && i > 0
            && doc.is_punct(i - 1, '(')
            && doc.capitalised(i + 1)
            && doc.word(i).is_some_and(|w| w != "same" && self.lexicon.is_anaphor_modifier(w));
        if !article && !ours && !bare {
            return None;
        }
        if !bare
            && !ours
            && let Some(m) = self.person_title_at(doc, i, recent, before)
        {
            return Some(m);
        }
        // "the British ministry's update", "the South Korean military":
        // a country's form before the words, and the agency must be that
        // country's.
        let named_country = |e: usize| {
            let next = doc.word(e)?;
            if !(self.lexicon.is_anaphor_head(next) || self.lexicon.is_anaphor_modifier(next)) {
                return None;
            }
            self.country_before(doc, e).map(|c| (c, e))
        };
        let country = if doc.is(i, "the") && doc.capitalised(i + 1) {
            named_country(i + 2).or_else(|| named_country(i + 3).filter(|_| doc.capitalised(i + 2)))
        } else {
            None
        };
        let mut j = country.map_or(if bare { i } else { i + 1 }, |(_, e)| e);
        let country = country.map(|(c, _)| c);
        // The words the agency's names must have: the modifier, if any,
        // and the head.
        let mut modifier: Option<&str> = None;
        let mut same = false;
        if let Some(w) = doc.word(j).filter(|w| self.lexicon.is_anaphor_modifier(w)) {
            if w == "same" {
                same = true;
            } else {
                modifier = Some(w);
            }
            j += 1;
        }
        // "the same body": the latest agency named.
        if same
            && country.is_none()
            && doc.word(j).is_some_and(|w| self.lexicon.is_same_head(w))
            && !(doc.is(j + 1, "of") || doc.capitalised(j + 1))
        {
            let agency = *recent.last()?;
            let end = j + 1;
            let possessive = doc.possessive_at(end);
            let after = if possessive { end + 2 } else { end };
            return Some(Mention::anaphor(i..end, after, agency, possessive));
        }
        // "the same General Staff": a modifier after "same" too.
        if same && let Some(w) = doc.word(j).filter(|w| *w != "same" && self.lexicon.is_anaphor_modifier(w)) {
            modifier = Some(w);
            j += 1;
        }
        let head = doc.word(j).filter(|w| self.lexicon.is_anaphor_head(w))?;
        let end = j + 1;
        if doc.is(end, "of") || doc.capitalised(end) {
            return None;
        }
        let has_all = |a: usize| {
            modifier.is_none_or(|w| self.words[a].contains(w))
                && self.words[a].contains(head)
                && country.is_none_or(|c| self.country[a] == Some(c))
        };
        // Or the text called it so where it named it (lately): "Ukraine's
        // military intelligence agency, the HUR, said …", then "a spokesman
        // for the agency".
        let called = |a: usize| {
            modifier.is_none()
                && country.is_none()
                && (before.iter().rev().take(CALLED_REACH).any(|m| m.agency == a && doc.is(m.toks.end, head))
                    || head == "agency" && named_as_agency(doc, before, a))
        };
        // "the same service" points back at one already named: never at
        // the only agency whose name has the word.
        // "…, Yonhap reported. The agency estimated …": an outlet that
        // closed the last sentence only relayed it; "the agency" is the
        // one it relayed, when that one is called so too.
        let relayed_only = |a: usize| {
            before.iter().rev().find(|m| m.agency == a).is_some_and(|m| {
                m.toks.start > 0
                    && doc.is_punct(m.toks.start - 1, ',')
                    && doc.is_any(m.after, &["reported", "reports"])
                    && doc.is_punct(m.after + 1, '.')
            })
        };
        let fits = |a: usize| has_all(a) || called(a);
        let agency = recent
            .iter()
            .rev()
            .copied()
            .find(|&a| fits(a) && !relayed_only(a))
            .or_else(|| recent.iter().rev().copied().find(|&a| fits(a)))
            .or_else(|| {
                if same || unlisted_heads.contains(&head) {
                    return None;
                }
                let mut all = (0..self.names.len()).filter(|&a| has_all(a));
                let only = all.next()?;
                all.next().is_none().then_some(only)
            })?;
        let possessive = doc.possessive_at(end);
        let after = if possessive { end + 2 } else { end };
        Some(Mention::anaphor(i..end, after, agency, possessive))
    }
}

/// Agency `a` was named lately with a word that makes it an agency
/// ("Ukraine's Defence Intelligence"), whatever its name's head.
fn named_as_agency(doc: &Doc, before: &[Mention], a: usize) -> bool {
    before
        .iter()
        .rev()
        .take(CALLED_REACH)
        .any(|m| m.agency == a && m.toks.clone().any(|t| doc.word(t).is_some_and(super::lexicon::is_agency_kind_word)))
}

/// The head word at token `i` when it ends the name of a body no
/// listed agency is: a word before it that is no determiner nor a word
/// an anaphor takes ("the health ministry", "Ukraine's foreign
/// ministry", "the International Atomic Energy Agency"; not "the spy
/// agency", "the same ministry"), with no mention just before ("Yonhap
/// news agency" is Yonhap).
pub(crate) fn unlisted_body_at<'t>(lexicon: &Lexicon, doc: &'t Doc, i: usize, before: &[Mention]) -> Option<&'t str> {
    // A name's last word, not "military technology", "forces launched";
    // matched first, as this is asked of every token.
    let head = doc
        .word(i)
        .filter(|w| matches!(*w, "ministry" | "agency" | "service" | "department" | "directorate" | "office"))?;
    let prev = doc.word(i.checked_sub(1)?)?;
    let plain = !matches!(prev, "the" | "its" | "their" | "this" | "that" | "a" | "an" | "same" | "whose")
        && !lexicon.is_anaphor_modifier(prev)
        && !doc.possessive_at(i - 1)
        && !doc.is(i - 1, "s");
    let last = before.partition_point(|m| m.toks.start < i);
    let after_mention = last.checked_sub(1).is_some_and(|k| before[k].toks.end + 3 > i);
    let ends_name = !doc.is_word(i + 1)
        || doc.is_any(i + 1, &["said", "says", "has", "had", "is", "was", "which", "that", "of", "in", "and", "also"])
        || doc.has(i + 1, Class::ReportingVerb);
    (plain && ends_name && !after_mention && lexicon.is_anaphor_head(head)).then_some(head)
}

/// Whether the name at token `i`, with the country's words before it
/// ("Japan's Ministry of Defense", "The Japanese Defense Ministry"),
/// opens its sentence.
fn opens_sentence_with_country(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    while k > 0 && k + 4 > i && (doc.capitalised(k - 1) || doc.possessive_at(k - 1) || doc.is(k - 1, "s")) {
        k -= 1;
    }
    doc.opens_line(k) || doc.punct(k - 1).is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | ':'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::default_agencies;

    fn index() -> AgencyIndex {
        let defs: Vec<AgencyDef> = default_agencies()
            .into_iter()
            .map(|s| AgencyDef { name: s.name, aliases: s.aliases, country: s.country })
            .collect();
        AgencyIndex::new(&defs, Lexicon::bundled())
    }

    fn found(text: &str) -> Vec<(String, String)> {
        let index = index();
        let doc = Doc::new(text);
        index
            .find(&doc)
            .into_iter()
            .map(|m| (doc.text_of(m.toks.start, m.toks.end).to_string(), index.names[m.agency].clone()))
            .collect()
    }

    const UK: &str = "UK Ministry of Defence";

    #[test]
    fn country_variants_spellings_and_possessives() {
        for text in [
            "the United Kingdom\u{2019}s Ministry of Defence said",
            "the U.K. Ministry of Defence said",
            "British Defense Ministry Reports",
            "according to the British defense ministry.",
            "as per UK Defense Intelligence.",
            "the MoD\u{2019}s update",
            "the MOD said",
            "posted by @DefenceHQ today",
            "Britain\u{2019}s Ministry of Defence said",
        ] {
            let f = found(text);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            assert_eq!(f[0].1, UK, "{text}");
        }
        assert_eq!(found("the U.K. Ministry\nof Defence on Mar. 28")[0].0, "U.K. Ministry\nof Defence");
    }

    #[test]
    fn a_bare_name_keeps_meaning_what_it_meant_before() {
        let names = |text: &str| found(text).into_iter().map(|(_, n)| n).collect::<Vec<_>>();
        let ukraine = "Ukrainian Ministry of Defence";
        // "the MoD" was Britain's; Ukraine's ministry named in other words
        // does not take it over.
        assert_eq!(
            names(
                "The MoD said 5,000. Ukraine\u{2019}s defence ministry says 900,000 \u{2014} while the MoD\u{2019}s own estimate is 850,000."
            ),
            [UK, ukraine, UK]
        );
        // "in Kyiv" after the name says whose it is.
        assert_eq!(names("The Ministry of Defence in Kyiv said 30 were hurt."), [ukraine]);
        assert_eq!(names("The Ministry of Defence in London said so."), [UK]);
        // A country's "MOD" does.
        assert_eq!(
            names("The MoD said 5,000. Ukrainian MOD data show 900,000; the MoD\u{2019}s tally grew."),
            [UK, ukraine, ukraine]
        );
    }

    #[test]
    fn a_country_the_text_has_just_turned_to_keeps_a_bare_name_its_own() {
        let names = |text: &str| found(text).into_iter().map(|(_, n)| n).collect::<Vec<_>>();
        let hur = "Ukrainian Military Intelligence (HUR)";
        let uk = "UK Ministry of Defence";
        // Read in context, the bare name is Ukraine's after Ukraine's body…
        assert_eq!(
            names("Ukrainian military intelligence counts 6,000 \u{1f4a3}. Defence Intelligence said so."),
            [hur, hur]
        );
        // … but Britain's once the text turns to Britain, in the same paragraph.
        assert_eq!(
            names(
                "Ukrainian military intelligence counts 6,000 \u{1f4a3}. Britain\u{a0}sits in between. Defence Intelligence said so."
            ),
            [hur, uk]
        );
        assert_eq!(
            names(
                "Ukrainian military intelligence counts 6,000.\n\nBritain\u{2019}s view \u{2014} and Kyiv\u{2019}s. Defence Intelligence said so."
            ),
            [hur, hur]
        );
        // Another country the text turns to, or a capital a paragraph is
        // set in, makes the bare name that country's body…
        let russia = "Russian Ministry of Defence";
        assert_eq!(names("Russia disputes it \u{1f937}. The defence ministry said 200 died."), [russia]);
        assert_eq!(names("In Kyiv,\u{a0}the defence ministry said 4,000 died."), ["Ukrainian Ministry of Defence"]);
        assert_eq!(
            names("Britain is sanguine. Kyiv is \u{201c}more pessimistic\u{201d}. Defence Intelligence said 4,000."),
            [hur]
        );
        // … but not the country the figures are about.
        assert_eq!(names("Russia has lost 1,500, the Ministry of Defence said."), [uk]);
        assert_eq!(names("Russia lost 500 tanks. The Ministry of Defence said 1,200 died daily."), [uk]);
    }

    #[test]
    fn acronyms_need_capitals() {
        assert!(found("a mod for the game").is_empty());
        assert!(found("the ap style").is_empty());
        // Except those of three capitals or more, which a page set in small
        // capitals gives in lowercase; not in mixed case.
        let f = found("\u{201c}the nis\u{201d} \u{1f50e} \u{2014} hur\u{a0}analysts; the jcs, Nis, nIS, bom dia");
        let names: Vec<&str> = f.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "South Korean National Intelligence Service",
                "Ukrainian Military Intelligence (HUR)",
                "South Korean Joint Chiefs of Staff"
            ]
        );
        assert_eq!(found("a JCS official")[0].1, "South Korean Joint Chiefs of Staff");
    }

    #[test]
    fn other_bodies_are_not_matched() {
        // The US agency of a similar name is its own entry, never the UK's.
        assert_eq!(found("director of the Defense Intelligence Agency, said")[0].1, "US Defense Intelligence Agency");
        // Ukraine's Defence Intelligence is HUR, never the UK's Defence Intelligence.
        assert_eq!(found("Ukraine\u{2019}s Defence Intelligence said")[0].1, "Ukrainian Military Intelligence (HUR)");
        assert!(found("KYIV, Ukraine (AP) \u{2014} Nearly half").is_empty());
        assert_eq!(found("Ukraine\u{2019}s Ministry of Defence said")[0].1, "Ukrainian Ministry of Defence");
        assert_eq!(found("Russia\u{2019}s Defence Ministry said")[0].1, "Russian Ministry of Defence");
    }

    #[test]
    fn a_name_whose_other_spelling_is_another_body_keeps_its_spelling() {
        assert_eq!(found("the Department of Defense said")[0].1, "US Department of Defense");
        assert_eq!(found("the Defense Department\u{2019}s \u{201c}floor\u{201d}")[0].1, "US Department of Defense");
        // Ireland's and Australia's department, written the other way.
        assert!(found("according to the\u{a0}Department of Defence \u{1f1ee}\u{1f1ea}").is_empty());
        // With its country, either spelling is the American one.
        assert_eq!(found("the US Department of Defence said")[0].1, "US Department of Defense");
    }

    #[test]
    fn the_general_staff_named_with_its_country_inside() {
        let staff = "General Staff of the Armed Forces of Ukraine";
        assert_eq!(found("the General Staff of Ukraine\u{2019}s Armed Forces said")[0].1, staff);
        assert_eq!(found("the General Staff of the Ukrainian Armed Forces \u{26a1} said")[0].1, staff);
        // Russia's is another body.
        assert!(found("Russia\u{2019}s General Staff of the Armed Forces said").is_empty());
    }

    #[test]
    fn anaphors_resolve_to_the_latest_matching_agency() {
        let f = found(
            "South Korea\u{2019}s National Intelligence Service briefed MPs. The spy agency said. The JCS said. The military said, and the agency added.",
        );
        let names: Vec<&str> = f.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "South Korean National Intelligence Service",
                "South Korean National Intelligence Service",
                "South Korean Joint Chiefs of Staff",
                "South Korean Joint Chiefs of Staff",
                "South Korean National Intelligence Service"
            ]
        );
        // "the British update": the British agency cited last.
        let f =
            found("The UK MoD spoke, then the JCS. From the British update: more. And the South Korean estimate 🇰🇷.");
        let names: Vec<&str> = f.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "UK Ministry of Defence",
                "South Korean Joint Chiefs of Staff",
                "UK Ministry of Defence",
                "South Korean Joint Chiefs of Staff"
            ]
        );
        // "the same service" needs a service named before it.
        let f = found("The JCS said so. Weeks earlier the same service had said more 🙂. The spy service agreed.");
        let names: Vec<&str> = f.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(names, ["South Korean Joint Chiefs of Staff", "South Korean National Intelligence Service"]);
    }

    #[test]
    fn an_intelligence_body_is_the_agency_named_last() {
        // Named as "Intelligence", a body is "the agency" later, though
        // "agency" is in none of its names: the one named last wins over
        // the spy agency named before it.
        let f = found(
            "Seoul\u{2019}s spy agency briefed MPs \u{1f4cb}. Ukraine\u{2019}s Defence Intelligence\u{a0}said more \u{2014} and \u{201c}the agency\u{201d} added 12.",
        );
        let names: Vec<&str> = f.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "South Korean National Intelligence Service",
                "Ukrainian Military Intelligence (HUR)",
                "Ukrainian Military Intelligence (HUR)"
            ]
        );
        // An unlisted agency named after it is "the agency".
        let f = found(
            "Ukraine\u{2019}s Defence Intelligence said the town fell. The UN refugee agency said 12,000 fled, the agency added.",
        );
        let names: Vec<&str> = f.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(names, ["Ukrainian Military Intelligence (HUR)"]);
        // Named as a ministry, the same body is no agency.
        let f = found(
            "Seoul\u{2019}s spy agency briefed MPs. Ukraine\u{2019}s defence ministry said more, and the agency added 12.",
        );
        let names: Vec<&str> = f.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "South Korean National Intelligence Service",
                "Ukrainian Ministry of Defence",
                "South Korean National Intelligence Service"
            ]
        );
    }

    #[test]
    fn a_body_of_another_names_one_source() {
        let f = found(
            "The Main Intelligence Directorate of the Ministry of Defence of Ukraine\u{a0}said 3,800 \u{2014} \u{201c}at least\u{201d} 🙂. \
             The UK MoD, of all sources, agreed.",
        );
        let names: Vec<(&str, &str)> = f.iter().map(|(t, n)| (t.as_str(), n.as_str())).collect();
        assert_eq!(
            names,
            [
                (
                    "Main Intelligence Directorate of the Ministry of Defence of Ukraine",
                    "Ukrainian Military Intelligence (HUR)"
                ),
                ("UK MoD", UK),
            ]
        );
    }

    #[test]
    fn a_country_before_an_anaphor_picks_that_country_s_agency() {
        // The JCS is the latest agency with "military" in its names; "the
        // British military" is still Britain's, and "the Ukrainian
        // ministry" Ukraine's with no Ukrainian agency named before.
        let f = found(
            "Britain\u{2019}s MoD spoke \u{2014} then the JCS. The British military\u{a0}said 😐. The Ukrainian ministry\u{2019}s \u{201c}bulletin\u{201d} too.",
        );
        let names: Vec<(&str, &str)> = f.iter().map(|(t, n)| (t.as_str(), n.as_str())).collect();
        assert_eq!(
            names,
            [
                ("Britain\u{2019}s MoD", "UK Ministry of Defence"),
                ("JCS", "South Korean Joint Chiefs of Staff"),
                ("The British military", "UK Ministry of Defence"),
                ("The Ukrainian ministry", "Ukrainian Ministry of Defence"),
            ]
        );
        // Not a country's: "the Kursk ministry" names no agency.
        assert!(found("The Kursk ministry said so.").is_empty());
        // A capital before the name stands for its country.
        let f = found("And the Kyiv MoD \u{201c}tally\u{201d} (826k) \u{1f440}?");
        assert_eq!(f[0].1, "Ukrainian Ministry of Defence");
    }
}
