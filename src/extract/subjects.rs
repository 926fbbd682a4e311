//! Whose figure it is: the subject of a claim ("North Korean troops",
//! "Russian troops", "civilians"), and for a share, the whole it is a share
//! of ("more than a third of the approximately 11,000" → 11,000).
//!
//! The analysis groups claims by subject, so two articles about one group
//! must give one string, and a wrong subject splits a group or merges two.
//! The reading therefore answers only when the sentence says plainly whose
//! figure it is, and otherwise gives none. It reads, in order:
//! 1. the noun phrase the figure counts: "5,000 North Korean soldiers",
//!    "nearly half of the 11,000 DPRK troops", "North Korea's 11,000
//!    troops";
//! 2. a phrase that names the owner after it: "troops Pyongyang sent",
//!    "casualties among North Korean troops", "losses of Russian forces";
//! 3. the subject of the figure's clause, when its verb makes the figure
//!    the subject's own: "Russia has lost 1,500 troops", "North Korean
//!    forces fighting in Kursk have suffered 4,000 casualties", "Moscow's
//!    losses reached 850,000". Verbs whose subject acts on others
//!    ("killed", "captured") never lend it;
//! 4. "of them", "of those casualties", "Of those, …": the figure before.
//!
//! The subject is "<demonym> <noun>" with the words of
//! `assets/subjects.ron`, where soldiers, forces and their casualties are
//! all "troops". Every step reads a bounded window around the figure, in
//! its sentence, so the cost per figure is constant.

use super::figures::FigureMatch;
use super::lexicon::{
    Class, FastMap, FastSet, WordMap, is_casualty_word, is_measure_noun, is_noun_phrase_filler, is_reporting_verb,
};
use super::tokens::{Doc, Kind};
use crate::model::FigureKind;
use serde::Deserialize;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// `assets/subjects.ron`; see the comments there.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SubjectsFile {
    demonyms: HashMap<String, String>,
    countries: HashMap<String, String>,
    heads: HashMap<String, String>,
    subject_heads: HashMap<String, String>,
    bare: Vec<String>,
    owner_verbs: Vec<String>,
    link_words: Vec<String>,
    verb_fillers: Vec<String>,
    modifiers: Vec<String>,
    tail_openers: Vec<String>,
    count_nouns: Vec<String>,
}

/// One token of a name.
#[derive(Debug)]
enum NameTok {
    /// Lowercase; `case`: the text must be capitalised as the name is
    /// ("Russian"), or written in capitals ("US", so "us" is no country).
    Word {
        lower: String,
        case: Case,
    },
    Punct(char),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    Any,
    Capital,
    Upper,
}

#[derive(Debug)]
struct Name {
    toks: Vec<NameTok>,
    demonym: String,
}

/// Names indexed by their first and last word, for matching forwards and
/// backwards.
#[derive(Debug, Default)]
struct Names {
    names: Vec<Name>,
    by_first: WordMap<Vec<usize>>,
    by_last: WordMap<Vec<usize>>,
}

impl Names {
    fn new(map: HashMap<String, String>) -> Names {
        let mut names: Vec<Name> = map
            .into_iter()
            .map(|(name, demonym)| {
                let doc = Doc::new(&name);
                let toks = (0..doc.len())
                    .map(|i| match doc.word(i) {
                        Some(w) => {
                            let text = doc.s(i);
                            let case = if text.chars().count() <= 4 && text.chars().all(|c| c.is_uppercase()) {
                                Case::Upper
                            } else if doc.capitalised(i) {
                                Case::Capital
                            } else {
                                Case::Any
                            };
                            NameTok::Word { lower: w.to_string(), case }
                        }
                        None => NameTok::Punct(doc.toks[i].first()),
                    })
                    .collect();
                Name { toks, demonym }
            })
            .filter(|n: &Name| !n.toks.is_empty())
            .collect();
        // Longest first, so "North Korea" wins over a shorter name.
        names.sort_by_key(|n| std::cmp::Reverse(n.toks.len()));
        let key = |t: &NameTok| match t {
            NameTok::Word { lower, .. } => lower.clone(),
            NameTok::Punct(c) => c.to_string(),
        };
        let mut by_first: FastMap<String, Vec<usize>> = FastMap::default();
        let mut by_last: FastMap<String, Vec<usize>> = FastMap::default();
        for (i, n) in names.iter().enumerate() {
            by_first.entry(key(&n.toks[0])).or_default().push(i);
            by_last.entry(key(&n.toks[n.toks.len() - 1])).or_default().push(i);
        }
        // Filtered word maps: most words of a text start and end no name.
        let filtered = |m: FastMap<String, Vec<usize>>| m.into_iter().map(|(k, v)| (Box::from(k), v)).collect();
        Names { names, by_first: filtered(by_first), by_last: filtered(by_last) }
    }

    fn tok_matches(doc: &Doc, i: usize, t: &NameTok) -> bool {
        match t {
            NameTok::Punct(c) => doc.is_punct(i, *c),
            NameTok::Word { lower, case } => {
                doc.word(i) == Some(lower.as_str())
                    && match case {
                        Case::Any => true,
                        Case::Capital => doc.capitalised(i),
                        Case::Upper => doc.s(i).chars().all(|c| !c.is_lowercase()),
                    }
            }
        }
    }

    fn key_of<'d>(doc: &'d Doc, i: usize) -> Option<&'d str> {
        match doc.kind(i)? {
            Kind::Word => doc.word(i),
            Kind::Punct => Some(doc.lower_of(i)),
            _ => None,
        }
    }

    /// The name starting at token `i`: its demonym and the token after it.
    fn at(&self, doc: &Doc, i: usize, limit: usize) -> Option<(&str, usize)> {
        let key = Names::key_of(doc, i)?;
        self.by_first.get(key)?.iter().map(|&n| &self.names[n]).find_map(|n| {
            let end = i + n.toks.len();
            (end <= limit && n.toks.iter().enumerate().all(|(k, t)| Names::tok_matches(doc, i + k, t)))
                .then_some((n.demonym.as_str(), end))
        })
    }

    /// The name ending at token `k` (included): its demonym and first token.
    fn ending(&self, doc: &Doc, k: usize, min: usize) -> Option<(&str, usize)> {
        let key = Names::key_of(doc, k)?;
        self.by_last.get(key)?.iter().map(|&n| &self.names[n]).find_map(|n| {
            let start = (k + 1).checked_sub(n.toks.len()).filter(|&s| s >= min)?;
            n.toks
                .iter()
                .enumerate()
                .all(|(j, t)| Names::tok_matches(doc, start + j, t))
                .then_some((n.demonym.as_str(), start))
        })
    }
}

/// The word lists, compiled once. Looked up with the lexicon's FNV hash:
/// the keys are short words, for which SipHash is slow.
#[derive(Debug)]
pub(crate) struct Lexicon {
    demonyms: Names,
    countries: Names,
    heads: WordMap<String>,
    subject_heads: WordMap<String>,
    bare: FastSet<String>,
    owner_verbs: WordMap<()>,
    link_words: WordMap<()>,
    verb_fillers: WordMap<()>,
    modifiers: WordMap<()>,
    tail_openers: WordMap<()>,
    count_nouns: WordMap<()>,
}

const BUNDLED: &str = include_str!("../../assets/subjects.ron");

fn parse(text: &str) -> Result<Lexicon, ron::error::SpannedError> {
    let file: SubjectsFile = ron::from_str(text)?;
    let set = |v: Vec<String>| v.into_iter().map(|w| Box::from(w.to_lowercase())).collect::<WordMap<()>>();
    Ok(Lexicon {
        demonyms: Names::new(file.demonyms),
        countries: Names::new(file.countries),
        heads: file.heads.into_iter().map(|(k, v)| (Box::from(k.to_lowercase()), v)).collect(),
        subject_heads: file.subject_heads.into_iter().map(|(k, v)| (Box::from(k.to_lowercase()), v)).collect(),
        bare: file.bare.into_iter().collect(),
        owner_verbs: set(file.owner_verbs),
        link_words: set(file.link_words),
        verb_fillers: set(file.verb_fillers),
        modifiers: set(file.modifiers),
        tail_openers: set(file.tail_openers),
        count_nouns: set(file.count_nouns),
    })
}

/// The bundled word lists. The file is part of the build and checked by a
/// unit test, so a parse failure is a programming error, not user input.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| parse(BUNDLED).expect("assets/subjects.ron is valid"))
}

/// What the reading found for one figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Reading {
    Subject(String),
    /// "of them", "of those casualties", "Of those, …": the subject of
    /// the figure before, if it is near.
    Anaphor,
    /// "300 North Korean soldiers were killed and 2,700 wounded",
    /// "including 1,310 in a day": a figure that leaves out what it
    /// counts shares the subject of the figure before it in the sentence.
    Elided,
    Unknown,
}

/// For a share, the count right after "of (the) (hedge)": "more than a
/// third of the approximately 11,000 troops" → 11,000. `next` is the
/// figure after `f` in its sentence; the count stays a figure of its own.
pub(crate) fn base_of(doc: &Doc, f: &FigureMatch, next: Option<&FigureMatch>) -> Option<f64> {
    let next = next?;
    if f.kind != FigureKind::Ratio || next.kind != FigureKind::Count {
        return None;
    }
    let whole = whole_at(doc, f)?;
    // At most two words between "of" and the count: "of the", "of its
    // initial", "of an estimated".
    let between = whole..next.toks.start;
    let ok = between.len() <= 2
        && between.clone().all(|k| {
            doc.is_any(k, &["the", "its", "their", "an", "those", "these", "all", "initial", "original"])
                || doc.word(k).is_some_and(|w| lexicon().modifiers.contains(w))
        });
    ok.then_some(next.value)
}

/// Where the whole a share is a share of starts: after "of" ("a third of
/// the 11,000"), or right after "half" ("half the 11,000", "half its
/// troops").
fn whole_at(doc: &Doc, f: &FigureMatch) -> Option<usize> {
    let k = after_quote(doc, f.toks.end);
    if doc.is(k, "of") {
        return Some(k + 1);
    }
    let half = f.kind == FigureKind::Ratio && doc.is(f.core.end - 1, "half");
    (half && doc.is_any(k, &["the", "its", "their"])).then_some(k)
}

/// The token after a closing quote glued to the figure ("two-thirds" in
/// quotes, then "of"), else `k`.
fn after_quote(doc: &Doc, k: usize) -> usize {
    if doc.glued(k) && (doc.is_punct(k, '"') || doc.is_punct(k, '\'') && !doc.is(k + 1, "s")) { k + 1 } else { k }
}

/// Words after a figure that show it counts nothing named, so that a
/// clause's subject can say what: "Russia lost 1,500 in a day", "lost
/// 1,500, the ministry said". A noun the lists do not know ("1,500 square
/// kilometres") gives no subject instead.
fn counts_nothing(doc: &Doc, k: usize) -> bool {
    match doc.word(k) {
        None => doc.kind(k).is_none_or(|kind| kind == Kind::Punct),
        Some(w) => {
            super::lexicon::is_predicate_filler(w)
                || matches!(
                    w,
                    "in" | "a"
                        | "an"
                        | "per"
                        | "over"
                        | "on"
                        | "during"
                        | "since"
                        | "by"
                        | "last"
                        | "this"
                        | "each"
                        | "every"
                        | "and"
                        | "or"
                        | "while"
                        | "as"
                        | "from"
                        | "across"
                        | "at"
                        | "between"
                )
        }
    }
}

/// The noun phrase read forward from a token.
#[derive(Debug, Default)]
struct Np<'l> {
    owner: Option<&'l str>,
    /// The canonical noun.
    head: Option<&'l str>,
    /// The token after the phrase.
    end: usize,
    stop: Stop,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Stop {
    #[default]
    Plain,
    /// A noun the subjects do not cover: "220 artillery pieces".
    Other,
    /// Two nationalities, or a name the lists do not know ("Wagner
    /// fighters"): no subject, whatever else the sentence says.
    Ambiguous,
}

/// Of two nouns in one phrase, the one the subject takes: the civilian
/// one ("civilian casualties"), else `later` when reading forward.
fn pick<'l>(lex: &'l Lexicon, current: Option<&'l str>, new: &'l str, later_wins: bool) -> &'l str {
    match current {
        Some(c) if lex.bare.contains(c) => c,
        _ if lex.bare.contains(new) => new,
        Some(c) if !later_wins => c,
        _ => new,
    }
}

/// A figure and the words around it in its sentence.
struct Ctx<'a, 'd> {
    doc: &'a Doc<'d>,
    lex: &'static Lexicon,
    sentence: Range<usize>,
    blocked: &'a [bool],
}

impl Ctx<'_, '_> {
    fn word(&self, k: usize) -> Option<&str> {
        if self.sentence.contains(&k) { self.doc.word(k) } else { None }
    }

    /// "-strong", "-man" glued after a number.
    fn skip_strong(&self, k: usize) -> usize {
        let doc = self.doc;
        if doc.glued(k) && doc.is_punct(k, '-') && doc.glued(k + 1) && doc.is_any(k + 1, &["strong", "man"]) {
            k + 2
        } else {
            k
        }
    }

    /// The noun phrase from `from`: "North Korean soldiers", "wounded
    /// DPRK troops", "North Korea's forces". `skip`: a figure inside it
    /// ("the approximately 11,000 North Korean troops").
    fn np_forward(&self, from: usize, skip: Option<&Range<usize>>) -> Np<'static> {
        let (doc, lex) = (self.doc, self.lex);
        let limit = self.sentence.end;
        let mut np = Np { end: from, ..Np::default() };
        let mut k = from;
        let set_owner = |np: &mut Np<'static>, o: &'static str| {
            if np.owner.is_some_and(|c| c != o) {
                np.stop = Stop::Ambiguous;
            }
            np.owner = Some(o);
        };
        for _ in 0..12 {
            if k >= limit {
                break;
            }
            if let Some(r) = skip.filter(|r| r.start == k && np.head.is_none()) {
                k = self.skip_strong(r.end);
                continue;
            }
            if np.head.is_none() {
                if let Some((o, end)) = lex.demonyms.at(doc, k, limit)
                    && !(doc.glued(end) && doc.is_punct(end, '-'))
                {
                    set_owner(&mut np, o);
                    k = end;
                    continue;
                }
                if let Some((o, end)) = lex.countries.at(doc, k, limit)
                    && doc.possessive_at(end)
                {
                    set_owner(&mut np, o);
                    k = end + 2;
                    continue;
                }
            }
            let Some(w) = self.word(k) else { break };
            if let Some(canonical) = lex.heads.get(w) {
                np.head = Some(pick(lex, np.head, canonical, true));
                k += 1;
                continue;
            }
            if np.head.is_some() {
                break;
            }
            if matches!(w, "and" | "or") {
                // "killed and wounded North Korean soldiers"; but "Russian
                // and North Korean troops" is two groups.
                let joins_casualties = doc.has(k - 1, Class::CasualtyWord) && doc.has(k + 1, Class::CasualtyWord);
                if joins_casualties {
                    k += 1;
                    continue;
                }
                if np.owner.is_some() {
                    np.stop = Stop::Ambiguous;
                }
                break;
            }
            let pronoun = matches!(w, "them" | "those" | "these" | "whom");
            if !pronoun && (lex.modifiers.contains(w) || is_noun_phrase_filler(w)) {
                k += 1;
                continue;
            }
            if doc.capitalised(k) {
                np.stop = Stop::Ambiguous;
            } else if is_measure_noun(w) {
                np.stop = Stop::Other;
            }
            break;
        }
        np.end = k;
        if np.stop == Stop::Ambiguous {
            np.owner = None;
            np.head = None;
        }
        np
    }

    /// "(that) Pyongyang (is thought to have) sent" or "from North Korea"
    /// at `k`, after a noun: the country that owns what the noun names.
    fn owner_after(&self, mut k: usize) -> Option<&'static str> {
        let (doc, lex) = (self.doc, self.lex);
        if doc.is(k, "from") {
            let (o, end) = lex.countries.at(doc, k + 1, self.sentence.end)?;
            return (!doc.possessive_at(end)).then_some(o);
        }
        if doc.is_any(k, &["that", "which"]) {
            k += 1;
        }
        let (o, mut j) = lex.countries.at(doc, k, self.sentence.end)?;
        for _ in 0..7 {
            let w = self.word(j)?;
            if lex.owner_verbs.contains(w) {
                return Some(o);
            }
            if !lex.verb_fillers.contains(w) {
                return None;
            }
            j += 1;
        }
        None
    }

    /// "among North Korean troops" (after "had been confirmed" and the
    /// like) or "of Russian forces" right after the counted noun.
    fn owner_phrase(&self, k: usize, has_head: bool, skip: Option<&Range<usize>>) -> Option<Np<'static>> {
        let doc = self.doc;
        let mut j = k;
        if !(has_head && doc.is(j, "of")) {
            let mut steps = 0;
            while steps < 6
                && self.word(j).is_some_and(|w| {
                    super::lexicon::is_predicate_filler(w) || is_casualty_word(w) || w == "in" || w == "action"
                })
            {
                j += 1;
                steps += 1;
            }
            if !doc.is(j, "among") {
                return None;
            }
        }
        let np = self.np_forward(j + 1, skip);
        let named = np.owner.is_some() || np.head.is_some_and(|h| self.lex.bare.contains(h));
        (np.stop == Stop::Plain && np.head.is_some() && named).then_some(np)
    }

    /// "North Korea's 11,000 troops": a country's possessive right before
    /// the figure (and a modifier or two).
    fn possessive_before(&self, start: usize) -> Option<&'static str> {
        let (doc, lex) = (self.doc, self.lex);
        let mut k = start;
        while k > self.sentence.start + 2
            && start - k < 2
            && self.word(k - 1).is_some_and(|w| lex.modifiers.contains(w))
        {
            k -= 1;
        }
        if k < self.sentence.start + 3 || !doc.possessive_at(k - 2) {
            return None;
        }
        lex.countries.ending(doc, k - 3, self.sentence.start).map(|(o, _)| o)
    }

    /// Whether the token before a subject noun phrase starting at `s`
    /// opens a clause: the sentence start, punctuation, a date, a
    /// conjunction, "that", a reporting verb ("said Russia lost"), or "the
    /// number of". A preposition or a verb there makes the phrase an
    /// object ("troops sent to Russia lost", "fighting North Korean
    /// troops").
    fn opens_before(&self, s: usize) -> bool {
        let doc = self.doc;
        let min = self.sentence.start;
        let mut b = s;
        if b > min && doc.is(b - 1, "the") {
            b -= 1;
        }
        if b <= min {
            return true;
        }
        let p = b - 1;
        if self.blocked.get(p).copied().unwrap_or(false) {
            return true;
        }
        if let Some(c) = doc.punct(p) {
            // A glued hyphen or slash joins words; anything else breaks.
            return !(matches!(c, '-' | '/') && doc.glued(p) && doc.glued(b));
        }
        let Some(w) = doc.word(p) else { return false };
        // "Ukraine and Russia have lost": two subjects, neither alone.
        if matches!(w, "and" | "or" | "nor") && p > min && doc.capitalised(p - 1) {
            return false;
        }
        if w == "of" && p > min {
            let mut q = p - 1;
            if doc.is(q, "the") && q > min {
                q -= 1;
            }
            return doc.word(p - 1).is_some_and(|n| self.lex.count_nouns.contains(n))
                || doc.word(q).is_some_and(|n| self.lex.count_nouns.contains(n));
        }
        matches!(
            w,
            "that"
                | "which"
                | "who"
                | "where"
                | "when"
                | "while"
                | "whereas"
                | "as"
                | "after"
                | "because"
                | "since"
                | "and"
                | "but"
                | "although"
                | "though"
                | "if"
                | "so"
                | "whether"
                | "meanwhile"
        ) || is_reporting_verb(w)
    }

    /// The noun phrase ending at `k` that can be a clause's subject: a
    /// country ("Russia"), or a noun the subjects cover with its owner
    /// ("North Korean forces", "Moscow's reported losses", "North Korean
    /// dead and wounded"). Its owner, noun and first token.
    fn np_backward(&self, k: usize) -> Option<(&'static str, Option<&'static str>, usize)> {
        let (doc, lex) = (self.doc, self.lex);
        let min = self.sentence.start;
        if let Some((o, s)) = lex.countries.ending(doc, k, min) {
            return Some((o, None, s));
        }
        let w = self.word(k)?;
        let mut head: Option<&'static str> = match lex.heads.get(w).or_else(|| lex.subject_heads.get(w)) {
            Some(c) => Some(c.as_str()),
            None if is_casualty_word(w) => Some("troops"),
            None => return None,
        };
        let mut owner: Option<&'static str> = None;
        let mut s = k;
        for _ in 0..8 {
            if s <= min {
                break;
            }
            let p = s - 1;
            let new_owner = if p >= min + 2 && doc.possessive_at(p - 1) {
                match lex.countries.ending(doc, p - 2, min) {
                    Some((o, start)) => Some((o, start)),
                    // "the ministry's losses": someone else's.
                    None => return None,
                }
            } else {
                lex.demonyms.ending(doc, p, min)
            };
            if let Some((o, start)) = new_owner {
                if owner.is_some_and(|c| c != o) {
                    return None;
                }
                owner = Some(o);
                s = start;
                continue;
            }
            let Some(w) = self.word(p) else { break };
            if let Some(c) = lex.heads.get(w) {
                head = Some(pick(lex, head, c, false));
                s = p;
                continue;
            }
            // A place before the noun: "North Korea's Kursk losses".
            if lex.modifiers.contains(w) || is_casualty_word(w) || matches!(w, "and" | "or") || doc.capitalised(p) {
                s = p;
                continue;
            }
            break;
        }
        Some((owner?, head, s))
    }

    /// The owner and noun a clause's subject lends a figure starting at
    /// `start`, read backwards over its verb group ("has lost", "is
    /// estimated to have incurred", "reached", "stand at").
    fn clause_subject(&self, start: usize) -> Option<(&'static str, Option<&'static str>)> {
        let lex = self.lex;
        let min = self.sentence.start;
        let mut j = start;
        // A hedge that is a verb here: "casualties near 4,000".
        let (mut owns, mut links) = (false, self.word(start).is_some_and(|w| lex.link_words.contains(w)));
        let mut steps = 0;
        while j > min && steps < 12 {
            let k = j - 1;
            steps += 1;
            // Quotes around the figure: "had lost “around 4,000” troops".
            if self.blocked.get(k).copied().unwrap_or(false) || self.doc.is_punct(k, '"') {
                // A date inside the verb group: "since February 2022 now
                // stand at".
                j = k;
                continue;
            }
            let Some(w) = self.word(k) else { break };
            if lex.owner_verbs.contains(w) {
                owns = true;
            } else if lex.link_words.contains(w) {
                links = true;
            } else if !lex.verb_fillers.contains(w) {
                break;
            }
            j = k;
        }
        if !(owns || links) || j <= min {
            return None;
        }
        let k = j - 1;
        if let Some((o, head, s)) = self.np_backward(k) {
            // A bare country needs a verb of owning: "Russia has lost",
            // not "Britain estimated".
            if (head.is_some() || owns) && self.opens_before(s) {
                return Some((o, head));
            }
        }
        // "North Korean forces fighting alongside Russia in the Kursk
        // region have suffered": a phrase between the subject and its verb.
        for e in (k.saturating_sub(9).max(min)..k).rev() {
            if !self.word(e).is_some_and(|w| lex.heads.contains(w) || lex.subject_heads.contains(w)) {
                continue;
            }
            let opener = self.word(e + 1).is_some_and(|w| lex.tail_openers.contains(w) || w.ends_with("ing"));
            // Words, numbers, and the hyphens and apostrophes inside them
            // ("Russia\u{2019}s Kursk region").
            let words = (e + 1..=k).all(|t| {
                self.word(t).is_some()
                    || self.doc.is_num(t)
                    || self.doc.glued(t) && self.doc.punct(t).is_some_and(|c| matches!(c, '-' | '\'' | '\u{2019}'))
            });
            if !(opener && words) {
                continue;
            }
            if let Some((o, head, s)) = self.np_backward(e)
                && head.is_some()
                && self.opens_before(s)
            {
                return Some((o, head));
            }
        }
        None
    }

    /// "Of those, about 1,000 …": the sentence opens by pointing back.
    fn opens_with_of_those(&self) -> bool {
        let doc = self.doc;
        let s = self.sentence.start;
        doc.is(s, "of") && doc.is_any(s + 1, &["those", "them", "these", "whom"])
    }
}

/// The one group a headline is about ("How one British estimate of North
/// Korean losses changed" → North Korean, troops): a demonym, or a
/// country's possessive, before a noun of `heads`. `None` when it names no
/// group or more than one.
pub(crate) fn topic(doc: &Doc, range: Range<usize>) -> Option<(String, String)> {
    let lex = lexicon();
    let mut found: Option<(&str, &str)> = None;
    let mut k = range.start;
    while k < range.end {
        // "North Korean losses", "North Korea's Kursk losses", "North
        // Korea has lost about 300 soldiers", "N. Korea suffered about
        // 4,000 casualties".
        let mut owner = false;
        let name = lex.demonyms.at(doc, k, range.end).or_else(|| {
            let (d, end) = lex.countries.at(doc, k, range.end)?;
            if doc.possessive_at(end) {
                return Some((d, end + 2));
            }
            let mut v = end;
            while v < end + 3 && doc.word(v).is_some_and(|w| lex.verb_fillers.contains(w)) {
                v += 1;
            }
            owner = doc.word(v).is_some_and(|w| lex.owner_verbs.contains(w));
            owner.then_some((d, v + 1))
        });
        let Some((demonym, mut end)) = name else {
            k += 1;
            continue;
        };
        let room = if owner { 6 } else { 2 };
        let from = end;
        while end < range.end
            && end < from + room
            && (doc.word(end).is_some_and(|w| lex.modifiers.contains(w) || is_noun_phrase_filler(w))
                // After "has lost": the figure and its hedge ("more than
                // 5,000 soldiers"), up to the noun.
                || owner
                    && !doc.punct(end).is_some_and(|c| matches!(c, ',' | ';' | ':' | '.'))
                    && !doc.word(end).is_some_and(|w| lex.heads.contains(w))
                || !owner && doc.capitalised(end))
        {
            end += 1;
        }
        if let Some(head) = doc.word(end).and_then(|w| lex.heads.get(w)) {
            match found {
                Some(f) if f != (demonym, head.as_str()) => return None,
                _ => found = Some((demonym, head.as_str())),
            }
        } else if doc.is_any(end, &["and", "or", "&", "vs", "versus"]) || doc.is_punct(end, '/') {
            // "Russian and Ukrainian losses": two groups.
            return None;
        }
        k = end.max(k + 1);
    }
    found.map(|(d, h)| (d.to_string(), h.to_string()))
}

/// The token after a nationality adjective starting at `k` ("Russian",
/// "North Korean"), when one does.
pub(crate) fn demonym_end(doc: &Doc, k: usize, limit: usize) -> Option<usize> {
    lexicon().demonyms.at(doc, k, limit).map(|(_, end)| end)
}

/// The demonyms a sentence names (adjectives, countries, and plural
/// nationality nouns such as "Russians"), outside the tokens `skip` says
/// belong to something else (an agency's name): for each, `seen` is called.
pub(crate) fn demonyms_in(doc: &Doc, range: Range<usize>, skip: impl Fn(usize) -> bool, mut seen: impl FnMut(&str)) {
    let lex = lexicon();
    let mut k = range.start;
    while k < range.end {
        if skip(k) {
            k += 1;
            continue;
        }
        if let Some((d, end)) = lex.demonyms.at(doc, k, range.end) {
            seen(d);
            k = end.max(k + 1);
            continue;
        }
        if let Some((d, end)) = lex.countries.at(doc, k, range.end) {
            // A country as a place names no group: "sent to Russia", "in
            // Russia's Kursk region".
            let mut p = k;
            if p > range.start && doc.is(p - 1, "the") {
                p -= 1;
            }
            // A dateline ("SEOUL —", "KYIV, April 2") is a place too.
            let dash = doc.punct(end).is_some_and(|c| matches!(c, '\u{2014}' | '\u{2013}' | '-'));
            let capitals = doc.s(k).chars().filter(|c| c.is_alphabetic()).count() >= 4
                && doc.s(k).chars().all(|c| !c.is_lowercase());
            let dateline = (capitals && (dash || doc.is_punct(end, ','))) || k == range.start && dash;
            let place = dateline
                || p > range.start
                    && doc.is_any(
                        p - 1,
                        &["in", "to", "into", "from", "inside", "within", "across", "at", "near", "toward", "towards"],
                    );
            if !place {
                seen(d);
            }
            k = end.max(k + 1);
            continue;
        }
        if doc.capitalised(k)
            && let Some(w) = doc.word(k)
            && let Some(stem) = w.strip_suffix('s')
            && let Some(ids) = lex.demonyms.by_first.get(stem)
            && let Some(&n) = ids.first()
            && lex.demonyms.names[n].toks.len() == 1
        {
            seen(&lex.demonyms.names[n].demonym);
        }
        k += 1;
    }
}

/// The group a noun names ("generals" → officers, "soldiers" → troops).
pub(crate) fn group_noun(w: &str) -> Option<&'static str> {
    lexicon().heads.get(w).map(String::as_str)
}

/// The subject noun a measure gives ("casualties", "killed" → troops;
/// "generals" → officers), for a figure that counts people.
pub(crate) fn people_head(measure: &str) -> Option<&'static str> {
    let lex = lexicon();
    lex.heads.get(measure).map(String::as_str).or_else(|| is_casualty_word(measure).then_some("troops"))
}

/// The subject of figure `f` in sentence `sentence`. `prev` and `next`:
/// the figures before and after it in the sentence; `blocked`: the tokens
/// that belong to dates.
pub(crate) fn read(
    doc: &Doc,
    sentence: Range<usize>,
    blocked: &[bool],
    f: &FigureMatch,
    prev: Option<&FigureMatch>,
    next: Option<&FigureMatch>,
) -> Reading {
    let ctx = Ctx { doc, lex: lexicon(), sentence, blocked };
    let lex = ctx.lex;
    // The second figure of a range ("3,500–4,000", "600,000 or 700,000")
    // counts what the first does.
    if let Some(p) = prev
        && p.toks.end + 1 == f.toks.start
        && (doc.punct(p.toks.end).is_some_and(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}'))
            && doc.glued(p.toks.end)
            && doc.glued(f.toks.start)
            || doc.is_any(p.toks.end, &["to", "or"]))
    {
        return Reading::Elided;
    }
    let from = ctx.skip_strong(after_quote(doc, f.toks.end));
    let skip = next.map(|n| n.toks.clone());
    // 1. What the figure counts, or what it is a share or a part of.
    let whole = if doc.is(from, "of") { Some(from + 1) } else { whole_at(doc, f) };
    let np = if let Some(w) = whole {
        if doc.is_any(w, &["them", "whom"]) {
            return Reading::Anaphor;
        }
        if doc.is_any(w, &["those", "these"]) {
            let np = ctx.np_forward(w + 1, None);
            return if np.stop == Stop::Plain { Reading::Anaphor } else { Reading::Unknown };
        }
        ctx.np_forward(w, skip.as_ref())
    } else {
        ctx.np_forward(from, None)
    };
    if np.stop != Stop::Plain {
        return Reading::Unknown;
    }
    if let (Some(o), Some(h)) = (np.owner, np.head) {
        return Reading::Subject(format!("{o} {h}"));
    }
    let head = np.head;
    // 2. An owner after the noun.
    if let Some(h) = head
        && let Some(o) = ctx.owner_after(np.end)
    {
        return Reading::Subject(format!("{o} {h}"));
    }
    if np.owner.is_none()
        && let Some(p) = ctx.owner_phrase(np.end, head.is_some(), skip.as_ref())
        && let Some(h) = p.head
    {
        // The phrase's own noun is the group: "casualties among civilians".
        return Reading::Subject(match p.owner {
            Some(o) => format!("{o} {h}"),
            None => h.to_string(),
        });
    }
    if let Some(h) = head
        && let Some(o) = ctx.possessive_before(f.toks.start)
    {
        return Reading::Subject(format!("{o} {h}"));
    }
    // 3. The clause's subject. A figure that counts nothing named
    // ("Russia lost about 1,500 in a day") counts the subject's troops.
    if np.owner.is_none()
        && let Some((o, np_head)) = ctx.clause_subject(f.toks.start)
    {
        let nothing = head.is_none() && counts_nothing(doc, from);
        let h = head.or(np_head).or(nothing.then_some("troops"));
        if let Some(h) = h {
            return Reading::Subject(format!("{o} {h}"));
        }
    }
    if let Some(h) = head.filter(|h| lex.bare.contains(*h)) {
        return Reading::Subject(h.to_string());
    }
    if head.is_none()
        && np.owner.is_none()
        && f.toks.start > ctx.sentence.start
        && doc.is_any(f.toks.start - 1, &["and", "including", "plus", "with"])
        && (counts_nothing(doc, from) || doc.has(from, Class::CasualtyWord))
    {
        return Reading::Elided;
    }
    // 4. "Of those, about 1,000 were killed."
    if prev.is_none() && np.owner.is_none() && head.is_none() && ctx.opens_with_of_those() {
        return Reading::Anaphor;
    }
    Reading::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::figures;
    use std::collections::HashSet;

    #[test]
    fn the_bundled_lists_parse() {
        let lex = parse(BUNDLED).expect("assets/subjects.ron parses");
        assert!(lex.heads.get("soldiers").is_some_and(|h| h == "troops"));
        assert!(lex.bare.iter().all(|b| lex.heads.iter().any(|(_, h)| h == b)), "a bare noun is a canonical noun");
        assert!(lex.owner_verbs.contains("lost") && !lex.owner_verbs.contains("killed"));
        // Every demonym a country maps to is one a demonym adjective gives,
        // so "Russia lost" and "Russian troops" meet.
        let demonyms: HashSet<&str> = lex.demonyms.names.iter().map(|n| n.demonym.as_str()).collect();
        for n in &lex.countries.names {
            assert!(demonyms.contains(n.demonym.as_str()), "{}", n.demonym);
        }
    }

    /// Subject of each figure of one sentence, as text.
    fn subjects(text: &str) -> Vec<(String, Reading)> {
        let doc = Doc::new(text);
        let blocked = vec![false; doc.len()];
        let range = 0..doc.len();
        let found = figures::find(&doc, range.clone(), &blocked);
        found
            .iter()
            .enumerate()
            .map(|(i, f)| {
                (
                    doc.text_of(f.toks.start, f.toks.end).to_string(),
                    read(&doc, range.clone(), &blocked, f, i.checked_sub(1).map(|p| &found[p]), found.get(i + 1)),
                )
            })
            .collect()
    }

    fn subject_of(text: &str, figure: &str) -> Option<String> {
        let all = subjects(text);
        let (_, r) = all.iter().find(|(t, _)| t == figure).unwrap_or_else(|| panic!("{figure} in {text}: {all:?}"));
        match r {
            Reading::Subject(s) => Some(s.clone()),
            _ => None,
        }
    }

    #[test]
    fn the_counted_noun_phrase() {
        let s = |t: &str, f: &str| subject_of(t, f);
        assert_eq!(
            s("Kyiv said 300 North Korean soldiers were killed.", "300").as_deref(),
            Some("North Korean troops")
        );
        assert_eq!(s("about 1,200 DPRK troops", "about 1,200").as_deref(), Some("North Korean troops"));
        assert_eq!(s("two wounded North Korean soldiers", "two").as_deref(), Some("North Korean troops"));
        assert_eq!(s("some 1,500 Russian forces", "some 1,500").as_deref(), Some("Russian troops"));
        assert_eq!(s("826,000 Russian casualties", "826,000").as_deref(), Some("Russian troops"));
        assert_eq!(s("40 Ukrainian civilians", "40").as_deref(), Some("Ukrainian civilians"));
        assert_eq!(s("40 Ukrainian civilian casualties", "40").as_deref(), Some("Ukrainian civilians"));
        assert_eq!(s("an 11,000-strong North Korean contingent", "11,000").as_deref(), Some("North Korean troops"));
        assert_eq!(s("a dozen North Korean generals", "a dozen").as_deref(), Some("North Korean officers"));
        assert_eq!(s("the 500 U.S. troops", "500").as_deref(), Some("US troops"));
        assert_eq!(s("5,000 of North Korea\u{2019}s troops", "5,000").as_deref(), Some("North Korean troops"));
        assert_eq!(s("North Korea\u{2019}s 11,000 troops", "11,000").as_deref(), Some("North Korean troops"));
        // Bare civilians say whose figure it is; bare soldiers do not.
        assert_eq!(s("Strikes killed 12 civilians.", "12").as_deref(), Some("civilians"));
        assert_eq!(s("About 300 soldiers were killed.", "About 300"), None);
    }

    #[test]
    fn shares_take_the_noun_phrase_of_their_whole() {
        let s = |t: &str, f: &str| subject_of(t, f);
        let t = "nearly half of the approximately 11,000 North Korean troops";
        assert_eq!(s(t, "nearly half").as_deref(), Some("North Korean troops"));
        assert_eq!(s(t, "approximately 11,000").as_deref(), Some("North Korean troops"));
        assert_eq!(
            s("Nearly half of the North Korean troops were hit.", "Nearly half").as_deref(),
            Some("North Korean troops")
        );
        assert_eq!(s("40 percent of the roughly 11,000 soldiers", "40 percent"), None);
        assert_eq!(s("Russia has lost nearly half of its tanks.", "nearly half"), None);
        assert_eq!(
            s("North Korea has lost nearly half of its troops.", "nearly half").as_deref(),
            Some("North Korean troops")
        );
    }

    #[test]
    fn owners_named_after_the_noun() {
        let s = |t: &str, f: &str| subject_of(t, f);
        assert_eq!(
            s("nearly half of the roughly 11,000 soldiers Pyongyang sent last autumn", "nearly half").as_deref(),
            Some("North Korean troops")
        );
        assert_eq!(
            s("the eleven thousand troops Pyongyang is thought to have sent", "eleven thousand").as_deref(),
            Some("North Korean troops")
        );
        assert_eq!(
            s("about 4,000 casualties had been confirmed among the 11,000 North Korean troops", "about 4,000")
                .as_deref(),
            Some("North Korean troops")
        );
        assert_eq!(s("4,000 losses among North Korean troops", "4,000").as_deref(), Some("North Korean troops"));
        assert_eq!(s("1,500 losses of Russian forces", "1,500").as_deref(), Some("Russian troops"));
        assert_eq!(s("300 casualties among civilians", "300").as_deref(), Some("civilians"));
    }

    #[test]
    fn clause_subjects_that_own_the_figure() {
        let s = |t: &str, f: &str| subject_of(t, f);
        assert_eq!(
            s("North Korean forces fighting in Russia\u{2019}s Kursk region have suffered \u{201c}over 4,000\u{201d} casualties \u{1f4a5}", "over 4,000")
                .as_deref(),
            Some("North Korean troops")
        );
        assert_eq!(s("Russia has lost 1,500 troops.", "1,500").as_deref(), Some("Russian troops"));
        assert_eq!(s("Russia lost about 1,500 in a day.", "about 1,500").as_deref(), Some("Russian troops"));
        assert_eq!(s("Kyiv said Russia lost 1,500 troops.", "1,500").as_deref(), Some("Russian troops"));
        assert_eq!(
            s("North Korea is estimated to have incurred 4,000 casualties.", "4,000").as_deref(),
            Some("North Korean troops")
        );
        assert_eq!(
            s(
                "\u{1f1f0}\u{1f1f5} North Korean forces fighting alongside Russia in the Kursk region have probably \
                 suffered around 4,000 casualties.",
                "around 4,000"
            )
            .as_deref(),
            Some("North Korean troops")
        );
        assert_eq!(s("Moscow\u{2019}s reported losses reached 850,290.", "850,290").as_deref(), Some("Russian troops"));
        assert_eq!(
            s("Russia\u{2019}s own losses averaged about 1,500 a day.", "about 1,500").as_deref(),
            Some("Russian troops")
        );
        assert_eq!(
            s("Zelensky put the number of North Korean dead and wounded at 3,000.", "3,000").as_deref(),
            Some("North Korean troops")
        );
        assert_eq!(
            s("\u{201c}North Korean troops have faced over 5,000 casualties\u{201d}\u{a0}\u{2014} MoD", "over 5,000")
                .as_deref(),
            Some("North Korean troops")
        );
        assert_eq!(s("Ukraine has lost 500 civilians.", "500").as_deref(), Some("Ukrainian civilians"));
        assert_eq!(s("Pyongyang sent 11,000 to Kursk.", "11,000").as_deref(), Some("North Korean troops"));
        // Where the troops come from beats who deployed them.
        assert_eq!(
            s("Moscow has deployed 11,000 troops from North Korea.", "11,000").as_deref(),
            Some("North Korean troops")
        );
        assert_eq!(
            s("Ukrainian forces fighting North Korean troops in Kursk have suffered 500 casualties.", "500").as_deref(),
            Some("Ukrainian troops")
        );
    }

    #[test]
    fn headlines_abbreviations_hedges_as_verbs_and_ranges() {
        let s = |t: &str, f: &str| subject_of(t, f);
        assert_eq!(
            s("JCS says N. Korea suffered about 4,000 casualties", "about 4,000").as_deref(),
            Some("North Korean troops")
        );
        // "near", "top", "exceed" are verbs here.
        assert_eq!(
            s("North Korea\u{2019}s casualties in Kursk near 4,000", "near 4,000").as_deref(),
            Some("North Korean troops")
        );
        assert_eq!(s("\u{1f1fa}\u{1f1e6} Russian losses pass 826,000", "826,000").as_deref(), Some("Russian troops"));
        assert_eq!(
            s("It says North Korean casualties in Kursk now exceed 5,000 \u{1f1f0}\u{1f1f5}.", "5,000").as_deref(),
            Some("North Korean troops")
        );
        // A phrase with a number between the subject and its verb.
        assert_eq!(
            s("It said Ukrainian losses over the past 24 hours amounted to up to 250 servicemen.", "up to 250")
                .as_deref(),
            Some("Ukrainian troops")
        );
        // A unit as the subject of a clause, but not after a number.
        assert_eq!(
            s("North Korean units had suffered 3,500 casualties.", "3,500").as_deref(),
            Some("North Korean troops")
        );
        assert_eq!(s("North Korea had sent 220 units of artillery.", "220"), None);
        // Quotes around the figure; "half the".
        assert_eq!(
            s("Kyiv said North Korea had lost \u{201c}around 4,000\u{201d} troops.", "around 4,000").as_deref(),
            Some("North Korean troops")
        );
        assert_eq!(
            s("almost half the 11,000 troops Pyongyang deployed", "almost half").as_deref(),
            Some("North Korean troops")
        );
        // The second figure of a range is elided; an aside after a dash is not.
        let r = subjects("North Korean units had suffered 3,500\u{2013}4,000 casualties \u{2014} 300 killed.");
        assert_eq!(r[0].1, Reading::Subject("North Korean troops".into()));
        assert_eq!(r[1].1, Reading::Elided);
        assert_eq!(r[2].1, Reading::Unknown);
    }

    #[test]
    fn no_subject_unless_the_sentence_says() {
        let none = |t: &str, f: &str| assert_eq!(subject_of(t, f), None, "{t}");
        // Verbs that act on others lend nothing.
        none("Russian forces killed 500.", "500");
        none("Ukrainian forces captured 200 soldiers.", "200");
        // Estimating is not owning.
        none("Britain estimated 5,000 casualties.", "5,000");
        none("Ukraine\u{2019}s General Staff estimated 5,000 casualties.", "5,000");
        // Two nationalities, an unknown name, a noun that is not people.
        none("about 5,000 Russian and North Korean troops", "about 5,000");
        none("Russia has lost 5,000 Russian and North Korean troops", "5,000");
        none("5,000 Wagner fighters", "5,000");
        none("North Korea supplied 220 artillery pieces.", "220");
        none("Russia has lost 3,000 tanks.", "3,000");
        // An object, not a subject, before the verb.
        none("Troops sent to Russia lost 500.", "500");
        none("Ukraine and Russia have lost 500 troops.", "500");
        none("North Korea and Russia have suffered 5,000 casualties.", "5,000");
        none("The attack on Russian troops left 40 dead.", "40");
        // "Korean" alone, "us" in lowercase, a plain count.
        none("5,000 Korean troops", "5,000");
        none("It told us 300 troops were killed.", "300");
        none("An additional 3,000 soldiers were deployed.", "3,000");
        // A share of something that is not people.
        none("More than 90 per cent of the casualties were caused by drones.", "More than 90 per cent");
    }

    #[test]
    fn pointers_back_are_anaphors() {
        let r = subjects("North Korea has suffered over 5,000 casualties, about 1,000 of them killed.");
        assert_eq!(r[0].1, Reading::Subject("North Korean troops".into()));
        assert_eq!(r[1].1, Reading::Anaphor);
        let r = subjects("Roughly one-third of those casualties are believed to be fatalities.");
        assert_eq!(r[0].1, Reading::Anaphor);
        let r = subjects("Of those, about 1,000 are estimated to have been killed.");
        assert_eq!(r[0].1, Reading::Anaphor);
        let r = subjects("a third of those tanks");
        assert_eq!(r[0].1, Reading::Unknown);
    }

    #[test]
    fn ratio_bases() {
        let bases = |text: &str| -> Vec<(String, Option<f64>)> {
            let doc = Doc::new(text);
            let blocked = vec![false; doc.len()];
            let found = figures::find(&doc, 0..doc.len(), &blocked);
            found
                .iter()
                .enumerate()
                .map(|(i, f)| (doc.text_of(f.toks.start, f.toks.end).to_string(), base_of(&doc, f, found.get(i + 1))))
                .collect()
        };
        let b = bases("more than a third of the approximately 11,000 troops");
        assert_eq!(b, [("more than a third".into(), Some(11_000.0)), ("approximately 11,000".into(), None)]);
        // Non-breaking and thin spaces group thousands.
        assert_eq!(bases("nearly half of the 11\u{a0}000 troops")[0].1, Some(11_000.0));
        assert_eq!(bases("nearly half of the 11\u{202f}000 troops")[0].1, Some(11_000.0));
        assert_eq!(bases("40 percent of the roughly 11,000 soldiers")[0].1, Some(11_000.0));
        assert_eq!(bases("\u{201c}two-thirds\u{201d} of its initial 11,000-strong force")[0].1, Some(11_000.0));
        assert_eq!(bases("two-thirds of its initial 11,000-strong force")[0].1, Some(11_000.0));
        assert_eq!(bases("a third of the eleven thousand troops")[0].1, Some(11_000.0));
        assert_eq!(bases("almost half the 11,000 troops")[0].1, Some(11_000.0));
        assert_eq!(bases("\u{201c}almost half\u{201d} of its roughly 11,000 troops")[0].1, Some(11_000.0));
        // Nothing to take: a pronoun, another clause, a count of its own.
        assert_eq!(bases("a quarter of them")[0].1, None);
        assert_eq!(bases("a quarter were killed, and 11,000 troops stayed")[0].1, None);
        assert_eq!(bases("nearly half of the troops, or 11,000")[0].1, None);
        assert_eq!(bases("4,000 of the 11,000 troops")[0].1, None);
        assert_eq!(bases("a third of the \u{1f3af} 11,000 troops")[0].1, None);
        assert_eq!(bases("a third the 11,000 troops")[0].1, None);
        assert_eq!(bases("half of Russia\u{2019}s 11,000 troops")[0].1, None);
    }
}
