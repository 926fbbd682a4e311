//! The speakers of a transcript and whom they speak for.
//!
//! A committee's evidence session or a ministry's briefing names its
//! speakers once, in its header ("Witnesses: Major General Fiona Crane,
//! Director of Assessments, Defence Intelligence, Ministry of Defence";
//! "briefing by the Ministry spokesperson, Colonel Iryna Hordiienko"), then
//! labels each turn with a short form of the name ("Major General Crane:",
//! "COL. HORDIIENKO:"). What a witness says in a turn ("We assess that …",
//! "Around 200 artillery pieces") is the body the header lists them with;
//! a speaker the header does not list (a reporter, a committee member)
//! speaks for no one.
//!
//! Reading stays linear: a label is read in a bounded window of its line,
//! a name is looked for in the text before its label and at most
//! `ROSTER_TOKENS` tokens from the start (where a header lists speakers),
//! and at most `MAX_SPEAKERS` names are looked up, each once.

use super::agencies::Mention;
use super::tokens::Doc;

/// How much of a text's head can list its speakers, in tokens.
const ROSTER_TOKENS: usize = 2_000;
/// How many different speakers' names are looked up in the header.
const MAX_SPEAKERS: usize = 32;
/// How far a header's entry for a speaker runs either way of the name, in
/// tokens ("Major General Fiona Crane, Director of Assessments, Defence
/// Intelligence"), within its line, sentence or part of a list between
/// semicolons.
const ENTRY_REACH: usize = 16;

/// The label opening a turn at token `k`, which opens its line: up to five
/// capitalised words (with abbreviations such as "COL."), after a question
/// number ("Q112"), perhaps with a bracket ("OLHA KRAVETS (Ukrinform)"), then
/// a colon and the speech on the same line. The label's last word is the
/// speaker's name (not a one-letter "Q:", "A:" or "I:").
pub(super) fn label(doc: &Doc, k: usize) -> Option<Label> {
    if !doc.opens_line(k) {
        return None;
    }
    let mut j = k;
    // "Q112": a question's number, in one word or glued to its "Q".
    if doc.is(j, "q") && doc.is_num(j + 1) && doc.glued(j + 1) {
        j += 2;
    } else if doc
        .word(j)
        .is_some_and(|w| w.len() > 1 && w.starts_with('q') && w[1..].bytes().all(|b| b.is_ascii_digit()))
    {
        j += 1;
    }
    let mut name = None;
    let mut words = 0;
    while j < k + 10 {
        if doc.is_word(j) && doc.capitalised(j) {
            words += 1;
            name = Some(j);
        } else if !(doc.is_punct(j, '.') && doc.glued(j) && words > 0 || joins_name(doc, j)) {
            break;
        }
        j += 1;
    }
    let name = name.filter(|&n| (1..=5).contains(&words) && doc.s(n).chars().count() > 1)?;
    if doc.is_punct(j, '(') {
        j = (j + 1..j + 12).find(|&x| doc.is_punct(x, ')'))? + 1;
    }
    let speech = doc.toks.get(j + 1).is_some_and(|t| t.newlines() == 0);
    (doc.is_punct(j, ':') && speech).then_some(Label { name, colon: j })
}

/// A hyphen or an apostrophe inside a name ("SOO-YEON", "O'Neill").
fn joins_name(doc: &Doc, j: usize) -> bool {
    (doc.is_punct(j, '-') || doc.is_punct(j, '\'')) && doc.glued(j) && doc.is_word(j + 1) && doc.glued(j + 1)
}

/// A turn's label: its speaker's name and its colon, by token.
#[derive(Clone, Copy)]
pub(super) struct Label {
    pub name: usize,
    pub colon: usize,
}

/// The speakers a transcript's header lists, looked up as their labels
/// come.
#[derive(Default)]
pub(super) struct Roster {
    /// Names looked up so far (lowercase) and the mention of the body each
    /// speaks for.
    seen: Vec<(String, Option<usize>)>,
}

impl Roster {
    /// The mention (of `mentions`, in text order) of the body the speaker
    /// of `label` (opening at token `k`) speaks for: the listed agency of
    /// the header's entry that gives the name in full ("Colonel Iryna
    /// Hordiienko", after another name or a title, not a label of its
    /// own), else one the label names itself ("KIM SOO-YEON (Yonhap News
    /// Agency)", a reporter's outlet).
    pub(super) fn speaks_for(&mut self, doc: &Doc, mentions: &[Mention], k: usize, label: Label) -> Option<usize> {
        self.listed(doc, mentions, k, label.name).or_else(|| {
            let first = mentions.partition_point(|m| m.toks.start < k);
            mentions.get(first).filter(|m| m.toks.end <= label.colon).map(|_| first)
        })
    }

    /// The body the entry before token `k` that gives the name at `name`
    /// in full lists its speaker with (the first time the name is looked
    /// up).
    fn listed(&mut self, doc: &Doc, mentions: &[Mention], k: usize, name: usize) -> Option<usize> {
        let key = doc.lower_of(name);
        if let Some((_, mi)) = self.seen.iter().find(|(w, _)| w == key) {
            return *mi;
        }
        if self.seen.len() >= MAX_SPEAKERS {
            return None;
        }
        let entry = (1..k.min(ROSTER_TOKENS)).find(|&p| {
            let after_name = doc.is_word(p - 1) && doc.capitalised(p - 1) || joins_name(doc, p - 1);
            doc.lower_of(p) == key && after_name && !doc.is_punct(p + 1, ':')
        });
        let mi = entry.and_then(|p| entry_agency(doc, mentions, p));
        self.seen.push((key.to_string(), mi));
        mi
    }
}

/// The listed agency the header's entry around token `p` names, nearest to
/// it: the entry runs to its line's ends, the semicolons between a list's
/// entries or a colon.
fn entry_agency(doc: &Doc, mentions: &[Mention], p: usize) -> Option<usize> {
    // A colon ends a label: "DANIEL AHN, SEOUL CORRESPONDENT: … KCNA …"
    // lists no one, its speech follows. A full stop ends a sentence of
    // prose ("Britain's Ministry of Defence went higher. With me are Dr
    // Kim …"), not an abbreviation ("Col. Hale").
    let abbreviation = |k: usize| k > 0 && doc.capitalised(k - 1) && doc.s(k - 1).len() <= 3;
    let ends_entry =
        |k: usize| doc.is_punct(k, ';') || doc.is_punct(k, ':') || doc.is_punct(k, '.') && !abbreviation(k);
    let mut start = p;
    while start > 0 && p - start < ENTRY_REACH && !doc.opens_line(start) && !ends_entry(start - 1) {
        start -= 1;
    }
    let mut end = p + 1;
    while end < doc.len() && end - p < ENTRY_REACH && !doc.opens_line(end) && !ends_entry(end) {
        end += 1;
    }
    let first = mentions.partition_point(|m| m.toks.start < start);
    mentions[first..]
        .iter()
        .enumerate()
        .take_while(|(_, m)| m.toks.end <= end)
        .min_by_key(|(_, m)| m.toks.start.abs_diff(p))
        .map(|(i, _)| first + i)
}
