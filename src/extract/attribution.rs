//! Who a sentence cites. Each agency mention gets a cue strength:
//! "citing"/"data from X" (the original source) beats a speaker ("X said",
//! "according to X", "per X", "X's update", "X:"), which beats a bare
//! mention. Reporting verbs whose subject is not a known agency ("officials
//! said", "Kyiv said") make an unknown speaker; pronouns and report nouns
//! ("it said", "the update said") point back to an earlier sentence.

use super::agencies::{Mention, in_any_mention, unlisted_body_at};
use super::figures;
use super::lexicon::{
    Class, Lexicon, is_arithmetic_gerund, is_arithmetic_result, is_body_name_head, is_cited_source, is_comparison_head,
    is_copula, is_findings_noun, is_giving_verb, is_hearsay_verb, is_occasion_noun, is_own_judgement_verb,
    is_own_voice, is_press_noun, is_pronoun, is_relaying_word, is_report_noun, is_report_noun_adjective,
    is_report_speaker, is_reporting_participle, is_reporting_verb, is_speech_verb, is_spokesperson,
    is_spokesperson_modifier, is_statement_noun, is_title, is_verb_filler, month, month_abbreviation, scale, singular,
    weekday,
};
use super::sentences::Sentence;
use super::tokens::Doc;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// A known agency: index into the mention list.
    Known(usize),
    /// A source the agency list does not know ("officials said").
    Unknown,
    /// The writer's own judgement ("We assess", "I estimate"): no one's,
    /// unless the text is a release its issuer speaks in.
    Writer,
    /// "it said", "he added", "the update said": the source of an earlier
    /// sentence. `pronoun` when a pronoun (which may reach back into the
    /// previous paragraph), not a definite description.
    Back { pronoun: bool },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cue {
    /// Token the cue is anchored at (the mention's start or the verb).
    pub pos: usize,
    pub priority: u8,
    pub source: Source,
    /// A "said"-type verb: a following sentence may lend its source.
    pub said: bool,
}

/// Tokens from a cleft's source to its "was that": "What the NIS told
/// lawmakers on Monday, 3 March, was that".
const CLEFT_REACH: usize = 14;

/// How far into its sentence a judging verb may stand after the name that
/// opens it: three words of the name, a hyphen and ", however,".
const NAMED_SUBJECT_REACH: usize = 8;

const SOURCE: u8 = 4;
const SPEAKER: u8 = 3;
const BACK: u8 = 2;
pub(crate) const BARE: u8 = 1;

fn is_determiner(doc: &Doc, i: usize) -> bool {
    doc.is_any(i, &["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"])
}

fn is_clause_break(doc: &Doc, k: usize) -> bool {
    doc.punct(k).is_some_and(|c| matches!(c, ',' | ';' | '.' | ':' | '\u{2014}' | '(' | ')'))
}

/// Skips "the", "a" before token `i` (exclusive), returning the index of
/// the word before them.
fn before_determiners(doc: &Doc, i: usize, min: usize) -> Option<usize> {
    let mut k = i.checked_sub(1)?;
    // "according to our National Intelligence Service", a delegate's
    // "its Joint Chiefs": a possessive is a determiner too.
    while k > min && doc.is_any(k, &["the", "a", "an", "our", "my", "its", "their"]) {
        k -= 1;
    }
    // A first name before a surname the list knows: "stated by Oleksandr
    // Syrskyi", "according to Kim Yong-hyun".
    if k > min
        && doc.capitalised(k)
        && doc.is_any(k - 1, &["by", "to", "per", "from", "citing", "cited", "said", "says", "told"])
    {
        k -= 1;
    }
    (k >= min).then_some(k)
}

/// "…,” said Oksana Holt, a spokeswoman for the Defence Ministry", "said
/// a senior official for the agency": a title for the body after "for"
/// (token `p`), held by whom the verb before names, speaks for that body:
/// that verb.
/// Not "a war that is costly for the ministry", nor a title with no verb
/// before it to say it speaks ("Holt, a spokeswoman for the ministry,
/// said" is read from the verb after the name).
fn speaks_for(doc: &Doc, p: usize, min: usize) -> Option<usize> {
    if p <= min || !doc.word(p - 1).is_some_and(|w| is_spokesperson(w) || is_title(w)) {
        return None;
    }
    // "a senior press officer": up to two lowercase words before the title.
    let mut k = p - 1;
    while k > min
        && k + 3 > p
        && doc.is_word(k - 1)
        && !doc.capitalised(k - 1)
        && !doc.is_any(k - 1, &["a", "an", "the"])
    {
        k -= 1;
    }
    if !(k > min && doc.is_any(k - 1, &["a", "an", "the"])) {
        return None;
    }
    let determiner = k - 1;
    if determiner > min && doc.has(determiner - 1, Class::SpeechVerb) {
        return Some(determiner - 1);
    }
    // ", Oksana Holt-Smith, a spokeswoman": the name between the verb and
    // the title.
    if !(determiner > min && doc.is_punct(determiner - 1, ',')) {
        return None;
    }
    let mut j = determiner - 1;
    while j > min && j + 6 > determiner && (doc.is_word(j - 1) && doc.capitalised(j - 1) || doc.is_punct(j - 1, '-')) {
        j -= 1;
    }
    (j + 1 < determiner && j > min && doc.has(j - 1, Class::SpeechVerb)).then(|| j - 1)
}

/// The reporting verb after a mention, skipping fillers, a parenthesised
/// acronym and a comma-enclosed aside: "X (JCS) said", "X, for its part,
/// claimed", "X's update added".
fn verb_after(doc: &Doc, from: usize, end: usize, dates: &[bool]) -> Option<usize> {
    let mut k = from;
    let mut fillers = 0;
    let mut asides = 0;
    while k < end && fillers < 6 {
        if doc.is_punct(k, '(') {
            let close = (k + 1..end.min(k + 6)).find(|&c| doc.is_punct(c, ')'))?;
            k = close + 1;
            continue;
        }
        if doc.is_punct(k, ',') {
            // "KCNA, reported", "the MoD, which said", or an aside: "X,
            // for its part, claimed".
            if doc.has(k + 1, Class::ReportingVerb) {
                k += 1;
                continue;
            }
            // "X, Commander-in-Chief of the Armed Forces, had reported":
            // the title is the mention and the verb follows its comma.
            if doc.is_any(k + 1, &["which", "who", "had", "has", "have"]) && doc.has(k + 2, Class::ReportingVerb) {
                k += 2;
                continue;
            }
            if asides > 0 {
                return None;
            }
            asides += 1;
            let close = (k + 1..end.min(k + 9)).find(|&c| doc.is_punct(c, ','))?;
            k = close + 1;
            continue;
        }
        if dates.get(k).copied().unwrap_or(false) {
            k += 1;
            continue;
        }
        let w = doc.word(k)?;
        if is_reporting_verb(w) {
            return (!doc.is(k + 1, "to")).then_some(k);
        }
        // "was still saying", "has been estimating": a progressive.
        if is_reporting_participle(w) && (from..k).any(|j| doc.is_any(j, &["was", "were", "is", "are", "been"])) {
            return Some(k);
        }
        // "the Ministry of Defence in Kyiv says", "the National
        // Intelligence Service (NIS) in Seoul said": a place after the name.
        if w == "in" && (k == from || k > from && doc.is_punct(k - 1, ')')) && doc.capitalised(k + 1) {
            k += 2;
            continue;
        }
        if !is_verb_filler(w) && !is_report_noun(w) && w != "of" {
            return None;
        }
        k += 1;
        fillers += 1;
    }
    None
}

/// "The NIS went further on Tuesday, telling lawmakers that …": a
/// reporting participle after the comma that ends the subject's short
/// clause (words and dates only) reports for the subject.
fn participle_after(doc: &Doc, from: usize, end: usize, dates: &[bool]) -> Option<usize> {
    let mut k = from;
    while k < end.min(from + 9) {
        if doc.is_punct(k, ',') {
            return (k > from && doc.word(k + 1).is_some_and(is_reporting_participle)).then_some(k + 1);
        }
        if !(doc.is_word(k) || dates.get(k).copied().unwrap_or(false)) {
            return None;
        }
        k += 1;
    }
    None
}

/// "Pentagon spokesman Maj. Gen. Pat Ryder told": the verb a title after
/// a mention leads to, within the clause.
fn verb_after_title(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    // "press secretary", "chief spokesman": up to two words before the title.
    let title = (from..end.min(from + 3))
        .take_while(|&k| doc.is_word(k) && !doc.capitalised(k) || k == from)
        .find(|&k| doc.has(k, Class::Title))?;
    let speech = |k: usize| doc.has(k, Class::SpeechVerb) && !doc.is(k + 1, "to");
    // "the Pentagon's press secretary, Sean Parnell, said": a name between
    // commas.
    if doc.is_punct(title + 1, ',') {
        let mut k = title + 2;
        while k < end && k < title + 8 && (doc.is_word(k) && doc.capitalised(k) || doc.is_punct(k, '.')) {
            k += 1;
        }
        if k > title + 2 && doc.is_punct(k, ',') {
            let mut v = k + 1;
            if doc.is(v, "also") {
                v += 1;
            }
            return speech(v).then_some(v);
        }
        return None;
    }
    (title + 1..end.min(title + 10))
        .take_while(|&k| !(doc.is_punct(k, ',') || doc.is_punct(k, ';') || doc.is_punct(k, '\u{2014}')))
        .find(|&k| speech(k))
}

/// Whether a listed body speaks before token `k`, by a cue already made.
fn listed_speaker_before(out: &[Cue], k: usize) -> bool {
    out.iter().any(|c| matches!(c.source, Source::Known(_)) && c.pos < k && c.priority >= SPEAKER)
}

/// A speech verb ending at most three words before `at` ("said after",
/// "told reporters after", "said shortly after").
fn speech_just_before(doc: &Doc, at: usize, min: usize) -> bool {
    /// "told reporters shortly after" is three words back.
    const REACH: usize = 3;
    (at.saturating_sub(REACH).max(min)..at).rev().take_while(|&k| doc.is_word(k)).any(|k| doc.has(k, Class::SpeechVerb))
}

/// "the closed-door briefing", "the hearing" from `from`: the occasion
/// noun of a definite occasion no "by" or "of" names the body of.
fn definite_occasion(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    /// "the closed-door committee briefing" (the hyphen is a token).
    const MAX_WORDS: usize = 5;
    if !doc.is_any(from, &["the", "that", "this", "its"]) {
        return None;
    }
    let j = (from + 1..(from + 1 + MAX_WORDS).min(end))
        .take_while(|&j| doc.is_word(j) || doc.is_punct(j, '-'))
        .find(|&j| doc.word(j).is_some_and(is_occasion_noun))?;
    (!doc.is_any(j + 1, &["by", "of", "with"])).then_some(j)
}

/// "I", "we" before the verb at `v`, past an auxiliary, an apostrophe's
/// contraction and an adverb ("I've also", "we had").
fn first_person_before(doc: &Doc, v: usize, min: usize) -> bool {
    /// "I've also" is four tokens.
    const REACH: usize = 5;
    let mut k = v;
    while k > min && v - k < REACH {
        k -= 1;
        if doc.is_any(k, &["i", "we"]) {
            return true;
        }
        // Curly apostrophes are straight by now (`normalise_punct`).
        let between = doc.is_any(k, &["ve", "d", "have", "had", "also", "just", "recently", "often", "all"])
            || doc.is_punct(k, '\'');
        if !between {
            return false;
        }
    }
    false
}

/// "that" at token `k`, or after a time the telling took place ("in June
/// that", "on Monday, 3 March, that"), inside the sentence that ends at
/// `end`: the clause told.
fn that_after_time(doc: &Doc, k: usize, end: usize, dates: &[bool]) -> bool {
    /// A time's words: "on Monday, 3 March," and a little more.
    const MAX_TIME: usize = 8;
    let date = |j: usize| dates.get(j).copied().unwrap_or(false);
    let mut j = k;
    // A preposition only before a date: not "said TASS in that report".
    while j < end
        && j < k + MAX_TIME
        && (date(j) || doc.is_any(j, &["on", "in", "at", "during"]) && date(j + 1) || doc.is_punct(j, ','))
    {
        j += 1;
    }
    j < end && doc.is(j, "that")
}

/// `made`: the sentence's cues so far, of the mentions before `m`.
fn cue_for_mention(
    doc: &Doc,
    m: &Mention,
    sentence: &Range<usize>,
    dates: &[bool],
    made: &[Cue],
) -> (u8, bool, Option<usize>) {
    if m.weak {
        return (BARE, false, None);
    }
    let min = sentence.start;
    if let Some(p) = before_determiners(doc, m.toks.start, min)
        && p < m.toks.start
    {
        let w = doc.word(p);
        let w = w.unwrap_or("");
        // "citing the NIS"; "a Reuters report quotes South Korea's spy
        // agency as estimating that …", "Yonhap quoted the NIS as saying":
        // the one quoted is the source, as one cited is.
        // "…, Lee said, quoting the agency.": the speaker passes on the
        // body's words, as one citing it does.
        let quoting_after_verb = w == "quoting"
            && p > min
            && doc.is_punct(p - 1, ',')
            && doc.punct(m.after).is_some_and(|c| matches!(c, '.' | ',' | ';'));
        if matches!(w, "citing" | "cites" | "cited")
            || matches!(w, "quotes" | "quoted" | "quoting") && doc.is(m.after, "as")
            || quoting_after_verb
        {
            return (cited_strength(doc, m.after), false, None);
        }
        if w == "from"
            && (p.saturating_sub(6).max(min)..p).any(|k| {
                doc.word(k).is_some_and(|x| is_report_noun(x) || matches!(x, "citing" | "information" | "statistics"))
            })
        {
            return (SOURCE, false, None);
        }
        // "said after a closed-door briefing by the National Intelligence
        // Service", "a transcript of remarks by President Zelensky": the
        // occasion the body spoke on, right before "by", after "after",
        // "at", "during", "of" a few words back. Not what an outlet can
        // author or pass on ("According to a report by TASS", "a statement
        // carried by TASS").
        if w == "by"
            && p > min
            && doc.word(p - 1).is_some_and(is_occasion_noun)
            && (p.saturating_sub(7).max(min)..p - 1)
                .rev()
                .take_while(|&k| doc.is_word(k) || doc.is_punct(k, '-'))
                .any(|k| doc.is_any(k, &["after", "at", "during", "following", "in", "of"]))
        {
            return (SOURCE, false, None);
        }
        // "Lee said after the spy agency briefed the committee": a
        // speaker the list does not know passes on what the body told
        // them, so the body is the source. "…, Ukraine's General Staff said
        // after Russia's defence ministry claimed …": a listed speaker
        // before speaks for itself.
        if matches!(w, "after" | "following")
            && (doc.has(m.after, Class::SpeechVerb) || doc.is(m.after, "briefed"))
            && speech_just_before(doc, p, min)
        {
            let priority = if listed_speaker_before(made, m.toks.start) { BARE } else { SOURCE };
            return (priority, false, None);
        }
        if w == "on" && p > min && doc.is(p - 1, "based") {
            return (SOURCE, false, None);
        }
        if w == "to" && p > min && doc.is(p - 1, "according") {
            return (SPEAKER, true, None);
        }
        if w == "per" {
            return (SPEAKER, true, None);
        }
        if w == "for"
            && let Some(v) = speaks_for(doc, p, min)
        {
            return (SPEAKER, true, Some(v));
        }
        // "told TASS that …", "told TASS in June that …": the one told
        // listens; "…, said TASS" speaks.
        if is_speech_verb(w) && !that_after_time(doc, m.after, sentence.end, dates) {
            return (SPEAKER, true, Some(p));
        }
        // "The ministry, quoted by TASS, said", "in comments carried by
        // TASS": the outlet passes on another's words, so its cue is bare
        // and the speaker's outranks it.
        // Only as an aside or of words ("9,000, a toll quoted by the UN", "Peskov
        // was quoted by TASS as saying" name the source).
        if w == "by"
            && p > min + 1
            && doc.is_any(p - 1, &["quoted", "carried", "relayed"])
            && (doc.is_punct(p - 2, ',') || doc.is_any(p - 2, &["comments", "remarks", "statement", "words"]))
        {
            return (BARE, false, None);
        }
        if w == "by" && (p.saturating_sub(5).max(min)..p).any(|k| doc.has(k, Class::ReportingVerb)) {
            return (SPEAKER, false, None);
        }
    }
    if doc.is_punct(m.after, ':') {
        return (SPEAKER, true, None);
    }
    // "• 11,000 — troops sent, Oct.–Nov. 2024 (South Korean JCS)": a
    // citation in brackets that closes its clause.
    let mut open = m.toks.start;
    // Past a country's words before the name ("(South Korean JCS)").
    while open > min && open + 3 > m.toks.start && doc.is_word(open - 1) && doc.capitalised(open - 1) {
        open -= 1;
    }
    if open > min
        && doc.is_punct(open - 1, '(')
        && doc.is_punct(m.after, ')')
        && (m.after + 1 >= sentence.end || is_clause_break(doc, m.after + 1))
    {
        return (SOURCE, false, None);
    }
    // "Ukraine's military intelligence agency said", "the NIS spy agency
    // reported": the name with a lowercase word or two for what it is
    // (the lexicon's anaphor heads, "ministry", "agency", "service") is
    // still the subject.
    // Not after a name that ends in a head of its own ("the US military
    // intelligence agency" is another body than "the US military").
    let headed =
        m.toks.end > m.toks.start && doc.word(m.toks.end - 1).is_some_and(|w| Lexicon::bundled().is_anaphor_head(w));
    let after = if headed || m.possessive { m.after } else { described_after(doc, m.after) };
    if let Some(v) = verb_after(doc, after, sentence.end, dates) {
        // "The JCS revealed this on the 27th", "the MoD disclosed the
        // figure": a verb of reporting whose object points back lends the
        // agency to the sentence before, as "said" does.
        let said = doc.has(v, Class::SpeechVerb) || object_refers_back(doc, v + 1);
        return (SPEAKER, said, Some(v));
    }
    if let Some(v) = verb_after_title(doc, m.after, sentence.end) {
        return (SPEAKER, true, Some(v));
    }
    if let Some(v) = participle_after(doc, m.after, sentence.end, dates) {
        return (SPEAKER, true, Some(v));
    }
    // "Syrsky's estimate", "the British Military Intelligence assessment".
    let mut k = m.after;
    while doc.is_any(k, &["latest", "daily", "own", "intelligence", "new", "weekly"]) && k < m.after + 2 {
        k += 1;
    }
    if doc.has(k, Class::ReportNoun) {
        return (SPEAKER, false, None);
    }
    (BARE, false, None)
}

/// The token after a name's lowercase description: "agency", "spy
/// agency", "intelligence service" (at most two words, the last an
/// anaphor head), else `after` itself.
fn described_after(doc: &Doc, after: usize) -> usize {
    let lower_word = |k: usize| doc.is_word(k) && !doc.capitalised(k);
    let en = Lexicon::bundled();
    if lower_word(after) && doc.word(after).is_some_and(|w| en.is_anaphor_head(w)) {
        return after + 1;
    }
    if lower_word(after)
        && lower_word(after + 1)
        && doc.word(after).is_some_and(|w| en.is_anaphor_modifier(w))
        && doc.word(after + 1).is_some_and(|w| en.is_anaphor_head(w))
    {
        return after + 2;
    }
    after
}

/// Token `k`, after a verb, is an object that points back: "this",
/// "We judge that about 1,000 …", "We now assess", "I estimate": a
/// sentence the writer opens with a judgement of its own states its own
/// figure, no agency's, even after a paragraph of the NIS's. Only at the
/// sentence's start, outside quotation marks and transcripts' turns: a
/// snippet's "… we now assess that …", "“We estimate 3,000 …,” the HUR
/// said" and "SPOKESPERSON: … We put the total at …" are a spokesperson's
/// "we".
fn writer_judges(doc: &Doc, range: &Range<usize>) -> Option<usize> {
    let subject = range.start;
    // "Adding the JCS's reinforcements gives roughly 14,000": a sum the
    // writer works out, whatever agency its parts came from.
    if doc.capitalised(subject)
        && doc.word(subject).is_some_and(is_arithmetic_gerund)
        && !doc.line_before(subject).quote_open
    {
        // Not "Adding to the pressure, the Pentagon puts …" (a subject
        // after the comma), nor a sum credited after it ("…, according to
        // Reuters calculations").
        let credited = (subject..range.end).any(|j| doc.is(j, "according"));
        return (subject + 1..range.end.min(subject + 12))
            .take_while(|&j| !doc.is_num(j) && !doc.is_punct(j, '"') && !doc.is_punct(j, ','))
            .find(|&j| doc.word(j).is_some_and(is_arithmetic_result))
            .filter(|_| !credited);
    }
    if !(doc.capitalised(subject) && doc.is_any(subject, &["we", "i"])) {
        return None;
    }
    let mut k = subject + 1;
    while k < range.end && k < subject + 3 {
        let adverb = doc.is_any(k, &["now", "also", "still", "therefore", "thus", "have", "had"])
            || doc.word(k).is_some_and(|w| w.len() > 4 && w.ends_with("ly"));
        if !adverb {
            break;
        }
        k += 1;
    }
    if !doc.word(k).is_some_and(is_own_judgement_verb) {
        return None;
    }
    // Nor in a transcript's turn ("SPOKESPERSON: … We put the total at …",
    // or its label on the line before), nor in the middle of a quotation
    // that opened earlier on its line ("“Losses are heavy. We estimate …
    // Many more are missing,” the HUR said").
    let before = doc.line_before(subject);
    let quoted = before.quote_open || range.clone().any(|j| doc.is_punct(j, '"'));
    // Nor when the sentence gives its words to a speaker: "We estimate
    // 3,000 were killed, he said".
    let spoken = (k + 1..range.end).any(|j| doc.has(j, Class::SpeechVerb));
    // An "I" in a turn is the one person answering ("A: … I expect we
    // will see 5,000 or so"), whose own judgement it is.
    let turn = (before.colon || before.label_above) && !doc.is(subject, "i");
    (!turn && !quoted && !spoken).then_some(k)
}

/// Nouns for a figure as a thing given: "the figure", "a number the NIS
/// gave".
pub(crate) const FIGURE_NOUNS: &[&str] =
    &["figure", "figures", "estimate", "estimates", "toll", "number", "numbers", "tally", "count", "data"];

/// Whether token `k`, after a verb, shows the verb's object is done: a
/// stop, a preposition or an adverb of time (not "it would investigate",
/// a clause's subject, nor "this week that …", nor "a toll the Pentagon
/// believes has done little").
fn object_closed(doc: &Doc, k: usize) -> bool {
    const AFTER: &[&str] = &[
        "on",
        "in",
        "at",
        "to",
        "through",
        "during",
        "via",
        "yesterday",
        "today",
        "earlier",
        "later",
        "when",
        "after",
        "before",
        "last",
        "and",
    ];
    doc.punct(k).is_some_and(|c| c != '"') || doc.is_any(k, AFTER)
}

/// "— a figure Seoul's NIS circulated last autumn", ", a number that the
/// Pentagon gave in March": in an aside on a figure (`figure_aside`), the
/// verb after the mention (ending before `after`) says it gave the figure.
fn gave_the_figure(doc: &Doc, after: usize, range: &Range<usize>) -> bool {
    let verb = verb_past_auxiliaries(doc, after, range.end);
    // Not "a figure the Kremlin said on Monday was inflated": nothing said
    // of the figure after the verb.
    // (Up to a clause's length: a long sentence stays linear.)
    let judged = || {
        (verb + 1..range.end.min(verb + 24))
            .take_while(|&j| doc.punct(j).is_none())
            .any(|j| doc.word(j).is_some_and(is_copula))
    };
    doc.word(verb).is_some_and(is_giving_verb) && object_closed(doc, verb + 1) && !doc.is(verb + 1, "to") && !judged()
}

/// Whether the mention at `start` opens the clause of an aside on a
/// figure: "— a figure Seoul's NIS …", ", a number that the Pentagon …".
fn figure_aside(doc: &Doc, start: usize, range: &Range<usize>) -> bool {
    let mut k = start;
    // Past "the" or a place's possessive ("Seoul's NIS").
    if k > range.start && doc.is(k - 1, "the") {
        k -= 1;
    } else if k >= range.start + 3 && doc.possessive_at(k - 2) && doc.capitalised(k - 3) {
        k -= 3;
    }
    if k > range.start && doc.is_any(k - 1, &["that", "which"]) {
        k -= 1;
    }
    let noun =
        k.checked_sub(1).filter(|&n| n > range.start + 1 && doc.word(n).is_some_and(|w| FIGURE_NOUNS.contains(&w)));
    noun.is_some_and(|n| {
        doc.is_any(n - 1, &["a", "the"])
            && doc.punct(n - 2).is_some_and(|c| c == ',' || c == '\u{2014}' || c == '\u{2013}')
    })
}

/// Whether mention `m` stands in an aside opened by "a" or "an" right
/// after mention `named` and closed right after `m`, one that says what
/// `named` is ("ISW, a think tank close to the Pentagon,", "Yonhap, a
/// partner of the NIS —") and reports nothing itself (not "Yonhap, an
/// agency citing the JCS,").
fn describes(doc: &Doc, named: &Mention, m: &Mention, range: &Range<usize>) -> bool {
    let comma = named.after;
    let opened = doc.is_punct(comma, ',') && doc.is_any(comma + 1, &["a", "an"]) && m.toks.start > comma + 2;
    // Closed by a comma the verb follows ("…, claimed"), not an aside that
    // goes on ("Yonhap, a partner of the NIS — which briefed it —").
    let closed =
        m.after < range.end && doc.is_punct(m.after, ',') && !doc.is_any(m.after + 1, &["which", "who", "that", "and"]);
    opened
        && closed
        && m.toks.start - comma <= 10
        && (comma + 2..m.toks.start).all(|k| {
            (doc.is_word(k) || doc.is_punct(k, '-'))
                && !doc.has(k, Class::ReportingVerb)
                && !doc.word(k).is_some_and(is_relaying_word)
        })
}

/// "these", "it", "the figure", "these estimates" (not "that", which opens
/// a clause).
fn object_refers_back(doc: &Doc, k: usize) -> bool {
    let figure_noun = |j: usize| doc.word(j).is_some_and(|w| FIGURE_NOUNS.contains(&w));
    let closes = |j: usize| object_closed(doc, j);
    doc.is_any(k, &["this", "these", "it"])
        && (closes(k + 1) || doc.is_any(k, &["this", "these"]) && figure_noun(k + 1))
        || doc.is_any(k, &["the", "this", "these"]) && figure_noun(k + 1)
}

/// The cues of one sentence, into `out` (cleared first: a buffer reused
/// from sentence to sentence). `mentions` are all mentions; `in_sentence`
/// the indices of those inside it.
pub(crate) fn cues(
    doc: &Doc,
    sentence: &Sentence,
    mentions: &[Mention],
    in_sentence: Range<usize>,
    dates: &[bool],
    out: &mut Vec<Cue>,
) {
    let range = sentence.toks();
    out.clear();
    let mut claimed: Vec<usize> = Vec::new();
    // Whether the mention before opens an aside on a figure: each
    // mention's is asked once.
    let mut aside_before = false;
    for mi in in_sentence.clone() {
        let m = &mentions[mi];
        let aside = figure_aside(doc, m.toks.start, &range);
        let prev_aside = std::mem::replace(&mut aside_before, aside);
        // "a figure the NIS has declined to endorse": named as the one that
        // did not say it.
        let mut k = m.after;
        if doc.is_any(k, &["has", "have", "had"]) {
            k += 1;
        }
        if doc.is_any(k, &["declined", "refused", "declines", "refuses"]) && doc.is(k + 1, "to") {
            continue;
        }
        // "the Institute for the Study of War, a think tank close to the
        // Pentagon, claimed …": a name inside an aside describing the
        // source named before it is not the source.
        if mi > in_sentence.start && describes(doc, &mentions[mi - 1], m, &range) {
            continue;
        }
        // The source of the figure the aside points back at outranks a
        // speaker judging the claim ("Equally baseless, experts say, is
        // the claim that … “around $2,000 a month” — a figure Seoul's NIS
        // circulated last autumn").
        if aside && gave_the_figure(doc, m.after, &range) {
            out.push(Cue { pos: m.toks.start, priority: SOURCE, source: Source::Known(mi), said: false });
            continue;
        }
        // "…, a figure the Pentagon and Ukraine's military intelligence
        // soon matched": others who hold the figure, not its source (but
        // "a figure the NIS gave lawmakers", "— the number the Pentagon
        // said had reached Kursk" are theirs).
        let joined = |p: &Mention| {
            p.after < m.toks.start
                && (p.after..m.toks.start).all(|j| doc.is_any(j, &["and", "or"]) || doc.is_punct(j, ','))
        };
        let in_aside = aside || mi > in_sentence.start && prev_aside && joined(&mentions[mi - 1]);
        if in_aside
            && !(m.after..(m.after + 8).min(range.end))
                .take_while(|&j| doc.punct(j).is_none())
                .any(|j| doc.word(j).is_some_and(is_giving_verb) || doc.has(j, Class::SpeechVerb))
        {
            continue;
        }
        // "more than five times what Seoul's spy agency was saying",
        // "higher than the Pentagon estimated": the source of the figure
        // compared with, not of this one.
        let mut before = m.toks.start;
        if before > range.start && doc.is(before - 1, "the") {
            before -= 1;
        }
        // But "2,000 is what the MoD says": what the figure is.
        let is_what = before > range.start + 1
            && doc.is(before - 1, "what")
            && doc.is_any(before - 2, &["is", "was", "are", "were"]);
        // "What the NIS said in April was that …" opening its clause: the
        // sentence's subject, what the agency said.
        // Not "What the Pentagon would not confirm is that …".
        let cleft = before > range.start
            && doc.is(before - 1, "what")
            && (before - 1 == range.start || doc.punct(before - 2).is_some_and(|c| c != ','))
            && (m.after..(m.after + CLEFT_REACH).min(range.end))
                .take_while(|&j| !doc.is_any(j, &["not", "never", "t"]))
                .any(|j| doc.is_any(j, &["was", "is"]) && doc.is(j + 1, "that"));
        if before > range.start
            && doc.is_any(before - 1, &["what", "than"])
            && !is_what
            && !cleft
            && verb_after(doc, m.after, range.end, dates).is_some()
        {
            continue;
        }
        // "close to the figures the spy agency gave lawmakers in
        // September", "in line with the estimate the JCS published": the
        // source of the figures compared with.
        if figures_compared_before(doc, before, range.start) && verb_after(doc, m.after, range.end, dates).is_some() {
            continue;
        }
        // "so they're basically matching the NIS", "unlike the JCS,",
        // "contradicting the MoD.": the source the figures are held
        // against. Not "matching the NIS's figure of 300" nor "echoing the
        // NIS assessment that 300 …", whose own figure it names.
        let bare = !m.possessive && (m.after >= range.end || doc.punct(m.after).is_some());
        if bare
            && before > range.start
            && doc.is_any(
                before - 1,
                &["matching", "matches", "echoing", "echoes", "unlike", "contradicting", "contradicts", "contradicted"],
            )
        {
            continue;
        }
        // "contribute $5 million to NATO's trust fund", "sent 300 troops to
        // the Pentagon": the one given to, not the source. Not "according
        // to", "close to", nor "rose to NATO's estimate of 5,000" or
        // "from 300 to Kyiv's 3,000", whose figure the name gives, nor "to
        // the MoD, which said".
        let given_to = before > range.start
            && doc.is(before - 1, "to")
            && !(before - 1 > range.start
                && doc.is_any(
                    before - 2,
                    &[
                        "according",
                        "close",
                        "compared",
                        "similar",
                        "contrary",
                        "next",
                        "thanks",
                        "due",
                        "attributed",
                        "credited",
                        "ascribed",
                        "sourced",
                        "owing",
                        "addition",
                    ],
                ))
            && !(m.after..(m.after + 3).min(range.end)).any(|j| doc.has(j, Class::ReportNoun))
            && !(m.possessive
                && (doc.is_punct(m.after, '"') || (m.after..(m.after + 3).min(range.end)).any(|j| doc.is_num(j))))
            && verb_after(doc, m.after, range.end, dates).is_none();
        if given_to {
            continue;
        }
        // "$1.89 billion in emergency appropriations for the Department of
        // Defense": the one a sum is for, not its source. Not "a
        // spokesman for the Pentagon", "Deputy Director for Analysis" nor
        // "writing for the ISW", who speak for it, nor "for the NIS's
        // estimate of 300", whose figure it gives.
        // Only after a sum a few words back ("$1.89 billion in emergency
        // appropriations for"), not "said a representative for the MoD".
        const SUM_REACH: usize = 8;
        let sum_before = |for_at: usize| {
            (for_at.saturating_sub(SUM_REACH).max(range.start)..for_at).any(|k| {
                doc.punct(k).is_some_and(|c| figures::currency_name(c).is_some())
                    || doc.word(k).is_some_and(|w| figures::is_currency(w) || scale(w).is_some())
            })
        };
        let given_for = before > range.start + 1
            && doc.is(before - 1, "for")
            && sum_before(before - 1)
            && doc.word(before - 2).is_some_and(|w| {
                !(is_title(w)
                    || is_report_speaker(w)
                    || is_spokesperson(w)
                    || doc.capitalised(before - 2) && before - 2 > range.start
                    || matches!(
                        w,
                        "speaking"
                            | "speaks"
                            | "spoke"
                            | "writing"
                            | "writes"
                            | "wrote"
                            | "working"
                            | "works"
                            | "worked"
                    ))
            })
            && !(m.after..(m.after + 3).min(range.end))
                .any(|j| doc.has(j, Class::ReportNoun) || m.possessive && doc.is_num(j))
            && verb_after(doc, m.after, range.end, dates).is_none();
        if given_for {
            continue;
        }
        // "— our calculation, not the agency's": a source the text denies
        // is no source of the sentence.
        if m.possessive
            && (m.after >= range.end || doc.punct(m.after).is_some())
            && before_determiners(doc, m.toks.start, range.start).is_some_and(|p| doc.is(p, "not"))
        {
            continue;
        }
        let (priority, said, verb) = cue_for_mention(doc, m, &range, dates, &out);
        claimed.extend(verb);
        out.push(Cue { pos: m.toks.start, priority, source: Source::Known(mi), said });
    }
    // Verbs a mention's cue already used, for binary search.
    claimed.sort_unstable();
    claimed.dedup();
    let here = &mentions[in_sentence.clone()];
    let in_mention = |k: usize| in_any_mention(here, k);
    if let Some(k) = writer_judges(doc, &range) {
        out.push(Cue { pos: k, priority: SPEAKER, source: Source::Writer, said: true });
    }
    for k in range.clone() {
        // "…, without citing anyone", "citing no source": a figure said to
        // have none, which no source before lends one.
        let source_word = |j: usize| doc.is_any(j, &["source", "sources"]);
        let unsourced = doc.is(k, "without")
            && doc.is(k + 1, "citing")
            && (doc.is_any(k + 2, &["anyone", "anybody", "sources"])
                || doc.is_any(k + 2, &["a", "any", "its"]) && source_word(k + 3))
            || doc.is(k, "citing") && doc.is(k + 1, "no") && source_word(k + 2);
        if unsourced {
            out.push(Cue { pos: k, priority: SPEAKER, source: Source::Unknown, said: false });
            continue;
        }
        // "I've also read that 1 in 10 …", "we heard that …": the
        // speaker's own hearsay, from no source a sentence before named.
        // Not "I read that as a sign …", where "that" is what was read.
        // "that" asked first: a string's test, where the verb's is a
        // look-up in the lexicon, and most tokens fail it.
        // Nor a quotation a source is credited with ("“We have heard that
        // 300 deserted,” HUR said"), nor "I have read that report".
        if doc.is(k + 1, "that")
            && doc.word(k).is_some_and(is_hearsay_verb)
            && !doc.is(k + 2, "as")
            && !doc.has(k + 2, Class::ReportNoun)
            && first_person_before(doc, k, range.start)
            && !(range.start..k).any(|j| doc.is_punct(j, '"'))
        {
            out.push(Cue { pos: k, priority: SPEAKER, source: Source::Unknown, said: false });
            continue;
        }
        // "2,300 documented by name (Baltic Security Forum)": a source the
        // list does not know, cited in brackets after its figure.
        if doc.is_punct(k, '(') && bracketed_name(doc, k).is_some_and(|close| !(k + 1..close).any(in_mention)) {
            out.push(Cue { pos: k, priority: SPEAKER, source: Source::Unknown, said: false });
            continue;
        }
        // "a study by the Korea Institute for Defense Analyses … put", "figures
        // from the Kiel Institute show": the findings of a body the list
        // does not know, credited by name, are that body's, not those of the
        // agency the sentence before cited.
        // Not findings a body before owns ("its data from Starlink
        // terminals", "the ministry said data from …", whose speaker passes
        // them on).
        if doc.is_any(k + 1, &["by", "from"])
            && doc.word(k).is_some_and(is_findings_noun)
            && !(k > range.start && (doc.is_any(k - 1, &["its", "their"]) || k >= 2 && doc.possessive_at(k - 2)))
            && !listed_speaker_before(&out, k)
            && names_unlisted_body(doc, k + 2, range.end, &in_mention)
        {
            out.push(Cue { pos: k, priority: SPEAKER, source: Source::Unknown, said: false });
            continue;
        }
        // "Lee told reporters after the closed-door briefing": the occasion
        // named before, whose body the figures are passed on from; "by …"
        // after it names the body itself (`cue_for_mention`).
        if doc.is_any(k, &["after", "following"])
            && speech_just_before(doc, k, range.start)
            && !listed_speaker_before(&out, k)
            && let Some(j) = definite_occasion(doc, k + 1, range.end)
        {
            out.push(Cue { pos: j, priority: SOURCE, source: Source::Back { pronoun: false }, said: true });
            continue;
        }
        // "which Seoul has put at up to 2,000": a government at large, which
        // no listed agency is, states the figure with a verb that names
        // only known agencies otherwise.
        if doc.capitalised(k) && doc.has(k, Class::SeatOfGovernment) && !in_mention(k) {
            let v = verb_past_auxiliaries(doc, k + 1, range.end);
            if doc.has(v, Class::ReportingVerb)
                && !doc.has(v, Class::SpeechVerb)
                && !doc.is(v + 1, "to")
                && !gives_goods(doc, v)
            {
                out.push(Cue { pos: v, priority: SPEAKER, source: Source::Unknown, said: false });
            }
        }
        // "Several outlets have put the number at …", "bloggers claim": the
        // press, which no listed agency is, states the figure.
        if doc.has(k, Class::PressNoun) && !in_mention(k) && !(k > range.start && in_mention(k - 1)) {
            let v = verb_past_auxiliaries(doc, k + 1, range.end);
            // Not a relay set off by commas: "The military believes, the
            // paper notes, that around 220 …" is the military's.
            let opener = if k > range.start && doc.is(k - 1, "the") { k - 1 } else { k };
            let relay = opener > range.start && doc.is_punct(opener - 1, ',') && doc.is_punct(v + 1, ',');
            // Below a source named with "according to": "The paper reports
            // that more than 5,000 …, according to the Ministry of
            // Defence's update" relays the ministry.
            if doc.has(v, Class::ReportingVerb) && !doc.is(v + 1, "to") && !relay {
                out.push(Cue { pos: v, priority: BACK, source: Source::Unknown, said: true });
            }
        }
        // "Defence's own estimate of casualties is 5,000", "Holt's own March
        // figure was 4,400": a name the list does not know sets its figure
        // against the sources around it (not "Russia's own average daily
        // casualties", its losses).
        if doc.is(k, "own")
            && k >= range.start + 3
            && doc.possessive_at(k - 2)
            && doc.capitalised(k - 3)
            && !in_mention(k - 3)
            && (k + 1..(k + 3).min(range.end))
                .any(|j| doc.has(j, Class::ReportNoun) && !(doc.is(j, "daily") && doc.is_word(j + 1)))
        {
            out.push(Cue { pos: k - 3, priority: SPEAKER, source: Source::Unknown, said: true });
            continue;
        }
        // "Yonhap reported, citing an unnamed official in Seoul, …", "TASS
        // reported, citing a finance ministry document": a relay of a
        // source the list does not know, which stays the figure's source
        // (not the source's own "citing its data", nor evidence such as
        // "citing drone footage").
        if doc.is_any(k, &["citing", "cites"])
            && let Some(priority) = cited_unlisted_source(doc, k, range.start, range.end, &in_mention)
        {
            out.push(Cue { pos: k, priority, source: Source::Unknown, said: false });
            continue;
        }
        // "Holt thinks that 5,000 is too high", "Dagny Holt reckons …": a
        // person the list does not know, the sentence's subject by name,
        // judges the figure with a verb that otherwise names only known
        // agencies.
        if k <= range.start + NAMED_SUBJECT_REACH
            && doc.has(k, Class::ReportingVerb)
            && !doc.has(k, Class::SpeechVerb)
            && !gives_goods(doc, k)
            && named_subject(doc, k, range.start, &in_mention)
        {
            out.push(Cue { pos: k, priority: SPEAKER, source: Source::Unknown, said: true });
            continue;
        }
        // Most words are neither.
        let according = doc.is(k, "according");
        // "Independent analysts … put it at between 3,500 and 4,500",
        // "which one Seoul think tank has put at": a figure's setter.
        let puts_at = doc.is(k, "put")
            && (k + 1..k + 5)
                .take_while(|&j| doc.is_word(j))
                .any(|j| doc.is(j, "at") && (j + 1..j + 6).any(|n| doc.is_num(n) || doc.has(n, Class::NumberStart)));
        if !(according || puts_at || doc.has(k, Class::SpeechVerb)) {
            continue;
        }
        let Some(w) = doc.word(k) else { continue };
        if according && doc.is(k + 1, "to") {
            let mut target = k + 2;
            while doc.is_any(target, &["the", "a", "an"]) {
                target += 1;
            }
            if in_mention(target) || doc.is_any(target, &["our", "my", "its", "their"]) && in_mention(target + 1) {
                continue;
            }
            let pronoun = doc.word(target).is_some_and(is_pronoun);
            // "according to the report", "according to its data": the
            // source named before.
            let definite = doc.is_any(k + 2, &["the", "its", "their"]) && doc.has(target, Class::ReportNoun);
            let (priority, source) =
                if pronoun || definite { (BACK, Source::Back { pronoun }) } else { (SPEAKER, Source::Unknown) };
            out.push(Cue { pos: k, priority, source, said: true });
            continue;
        }
        if !(puts_at || doc.has(k, Class::SpeechVerb))
            || claimed.binary_search(&k).is_ok()
            || doc.is_any(k + 1, &["to", "by", "as"])
        {
            continue;
        }
        // A plural noun, not a verb: "late reports from the front had been
        // left out", "reports have suggested".
        if w.ends_with('s')
            && (doc.is_any(k + 1, &["had", "have", "were", "are"])
                || k > range.start && doc.word(k - 1).is_some_and(is_report_noun_adjective))
        {
            continue;
        }
        // "estimates of North Korean casualties range from …": a noun.
        if doc.is(k + 1, "of") && is_report_noun(w) {
            continue;
        }
        // A singular noun, not a verb: "the estimate", "the Ukrainian
        // estimate", "its report" ("the Ukrainians estimate" is a verb).
        if !w.ends_with('s') && is_report_noun(w) && k > range.start {
            const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "this", "that"];
            let before = k - 1;
            let adjective = doc.capitalised(before)
                && doc.word(before).is_some_and(|a| !a.ends_with('s'))
                && before > range.start
                && doc.is_any(before - 1, DETERMINERS);
            if doc.is_any(before, DETERMINERS) || adjective {
                // "By 28 March its estimate had grown to over 5,000": the
                // source named before, whose estimate it is.
                // Not when a name the list does not know stands before it
                // ("The Red Cross is more cautious: its estimate is …").
                let other_name = (range.start + 1..before).any(|j| {
                    doc.capitalised(j)
                        && !in_mention(j)
                        && doc.word(j).is_some_and(|x| month(x).is_none() && weekday(x).is_none())
                });
                if doc.is_any(before, &["its", "their"]) && !in_mention(before) && !other_name {
                    out.push(Cue { pos: k, priority: BACK, source: Source::Back { pronoun: true }, said: false });
                }
                continue;
            }
        }
        // The subject before the verb, past "also", "has", adverbs and dates.
        let mut b = k;
        while b > range.start {
            b -= 1;
            let skip = dates.get(b).copied().unwrap_or(false)
                || doc.is_any(
                    b,
                    &["also", "has", "have", "had", "previously", "first", "later", "further", "then", "once"],
                )
                || doc.word(b).is_some_and(|x| x.len() > 4 && x.ends_with("ly"));
            if !skip {
                break;
            }
        }
        if b == k || in_mention(b) {
            continue;
        }
        // A noun, not a verb: "a slightly lower casualty estimate, stating
        // that", "an estimate of", "a lower estimate a day earlier".
        if doc.punct(k + 1).is_some_and(|c| matches!(c, ',' | '.' | ';' | ')'))
            || doc.is(k + 1, "of")
            || dates.get(k + 1).copied().unwrap_or(false)
        {
            let mut j = k;
            // Not "A Ukrainian official said, adding that": after a
            // speaker's title the word is its verb.
            let mut noun = false;
            let speaker = doc.word(k - 1).is_some_and(|x| is_report_speaker(x) || is_title(x) || is_own_voice(x));
            while !speaker && j > range.start && k - j < 5 {
                j -= 1;
                if doc.is_any(j, &["a", "an"]) {
                    noun = true;
                    break;
                }
                if !(doc.is_word(j) || doc.is_punct(j, '"')) || doc.has(j, Class::ReportingVerb) {
                    break;
                }
            }
            if noun {
                continue;
            }
        }
        // Passives, adjectives and nouns: "was widely reported", "an
        // estimated", "Moscow's reported losses", "citing reports".
        if doc.is_any(b, &["were", "was", "is", "are", "been", "be", "being"])
            || is_determiner(doc, b)
            || b > 0 && doc.possessive_at(b - 1)
            || doc
                .is_any(b, &["of", "from", "in", "on", "to", "with", "by", "for", "about", "despite", "amid", "after"])
            || doc.word(b).is_some_and(|x| x.len() > 4 && x.ends_with("ing"))
        {
            continue;
        }
        // ", saying …", ", adding …": the clause's own subject speaks; a
        // participle has no inverted subject after it.
        if doc.is_punct(b, ',') && w.ends_with("ing") {
            continue;
        }
        // "Independent analysts who have rebuilt the toll from drone
        // footage put it at": the subject a relative clause hangs on.
        // "Svitlana Horbenko, 67, who has lived on the ninth floor since
        // 1989, said": the name before an aside.
        let b = (b.saturating_sub(16).max(range.start + 1)..b)
            .rev()
            .take_while(|&j| doc.is_word(j) || doc.is_punct(j, '"'))
            .find(|&j| doc.is(j, "who"))
            .and_then(|j| {
                if doc.is_word(j - 1) {
                    (!in_mention(j - 1)).then_some(j - 1)
                } else {
                    subject_before_aside(doc, j - 1, range.start)
                }
            })
            .unwrap_or(b);
        // The head of an inverted subject ("…,” said the regional
        // governor."), which the subject's first word is not.
        let mut inverted_head = None;
        let subject = if doc.is_word(b) {
            b
        } else if let Some(j) = subject_before_aside(doc, b, range.start) {
            j
        } else if let Some(j) = name_before_office(doc, b, range.start).filter(|&j| !(j..b).any(in_mention)) {
            j
        } else if doc.punct(b).is_some_and(|c| matches!(c, ',' | '"' | '\'')) {
            // Inverted: "…,” said one western official." The subject is a
            // short phrase that ends the clause.
            let mut a = k + 1;
            while doc.is_any(a, &["the", "a", "an", "one"]) {
                a += 1;
            }
            if in_mention(a) {
                continue;
            }
            let mut z = a;
            while z < range.end && z < a + 5 && doc.is_word(z) && !doc.is_any(z, &["who", "which", "whose", "that"]) {
                z += 1;
            }
            let ends_clause = z >= range.end || is_clause_break(doc, z) || doc.is_any(z, &["who", "which", "whose"]);
            if z == a || !ends_clause {
                continue;
            }
            inverted_head = Some(z - 1);
            a
        } else {
            continue;
        };
        // "Syrsky, 59, said": a named source's own cue speaks for it.
        if doc.capitalised(subject) && in_mention(subject) {
            continue;
        }
        let subject_word = doc.word(subject).unwrap_or_default();
        // "put … at" speaks only for a plain noun phrase of its own, plural
        // or indefinite ("analysts", "one Seoul think tank"): not "which
        // put", "Budanov's people put", "the update put", "X now put".
        if puts_at && !doc.has(k, Class::SpeechVerb) {
            let before = subject.saturating_sub(4).max(range.start)..subject;
            let plain = (!doc.capitalised(subject) || subject == range.start)
                && !is_pronoun(subject_word)
                && !is_report_noun(subject_word)
                // Not "Both agencies put the toll at 300": the bodies named.
                && !{
                    let head = singular(subject_word);
                    Lexicon::bundled().is_anaphor_head(head.as_deref().unwrap_or(subject_word))
                }
                && !matches!(subject_word, "which" | "who" | "that" | "and" | "but" | "then" | "now")
                && !subject.checked_sub(1).is_some_and(&in_mention)
                && !before.clone().any(|j| doc.possessive_at(j));
            let counted = subject_word.ends_with('s')
                || before.clone().rev().take_while(|&j| doc.is_word(j)).any(|j| doc.is_any(j, &["a", "an", "one"]));
            // "Unverified reports put the toll at 12", "Independent
            // estimates put": reports no one is named for, not "the
            // reports", "its estimates", "the MoD's reports".
            let unowned_reports = subject_word.ends_with('s')
                && is_report_noun(subject_word)
                && !before.clone().any(|j| is_determiner(doc, j) || doc.possessive_at(j) || in_mention(j));
            if unowned_reports {
                out.push(Cue { pos: k, priority: BACK, source: Source::Unknown, said: false });
                continue;
            }
            if !(plain && counted) {
                continue;
            }
            // A named speaker of the clause still wins: "Ukrainian troops
            // put Russian losses at 200 a day, Syrsky said".
            out.push(Cue { pos: k, priority: BACK, source: Source::Unknown, said: false });
            continue;
        }
        // "X estimated …, and said …": no subject of its own; X's cue
        // covers the clause.
        if matches!(subject_word, "and" | "but" | "then") {
            continue;
        }
        // "We wrote that Ukraine had counted 826,000": the writer (or,
        // inside a quotation, the speaker the quotation is given to) is no
        // source of its own.
        if matches!(subject_word, "we" | "i") {
            continue;
        }
        // "according to British military intelligence, which said about
        // 1,000 …": the name the relative clause hangs on.
        if matches!(subject_word, "which" | "who") && subject >= range.start + 2 && doc.is_punct(subject - 1, ',') {
            let n = here.partition_point(|m| m.toks.start < subject - 1);
            if let Some(i) = n.checked_sub(1).filter(|&i| here[i].after == subject - 1) {
                out.push(Cue { pos: k, priority: SPEAKER, source: Source::Known(in_sentence.start + i), said: true });
                continue;
            }
        }
        // "Cllr Hollis said he backed it but that the food bank, which he
        // said had handed out 3,140 parcels, …": "he" is the person the
        // sentence already gave as its speaker, not a source before it.
        // Not a speaker inside a quotation the pronoun's verb closes
        // ("“Moscow claims 76,000 …,” he said").
        // Only the nearest speaker before decides: "Syrsky said 300 … and
        // he said 40 …" is still Syrsky.
        let person_before = matches!(subject_word, "he" | "she")
            && out
                .iter()
                .filter(|c| c.said && c.pos < subject)
                .max_by_key(|c| c.pos)
                .is_some_and(|c| c.source == Source::Unknown && !(c.pos..subject).any(|j| doc.is_punct(j, '"')));
        if person_before {
            out.push(Cue { pos: k, priority: SPEAKER, source: Source::Unknown, said: true });
            continue;
        }
        let pronoun = is_pronoun(subject_word);
        // "the update said", "the Washington-based think tank said".
        // Not a report of a source the text names and no listed agency is
        // ("a DI thread says", "the Kremlin readout said"): someone else's.
        // The capitalised words before the subject ("DI", "DI Telegram").
        let mut run = subject;
        while run > range.start && doc.capitalised(run - 1) && !is_determiner(doc, run - 1) && subject - run < 4 {
            run -= 1;
        }
        // Not its own: "Its DI Telegram channel", "the NIS English text",
        // "Its Monday update", "The Korean summary".
        let own = |j: usize| {
            doc.has(j, Class::Weekday)
                || doc.has(j, Class::Month)
                || doc.word(j).is_some_and(|w| Lexicon::bundled().is_country_or_language_word(w))
                || in_mention(j)
        };
        // "spokesman Andriy Yusov said", "Its spokeswoman Anna Holt told
        // reporters", "Spokesman Andriy Yusov said": someone who speaks for
        // the body the text is on. Not with a body of their own before the
        // title ("Red Cross spokesman Tom Holt", "air force spokesman Yuriy
        // Ihnat", "police spokesman"): only a determiner, the sentence's
        // start, a stop or a listed name ("Pentagon spokesman") stands there.
        let title = if run > range.start && doc.word(run - 1).is_some_and(is_spokesperson) {
            Some(run - 1)
        } else {
            (run < subject && doc.word(run).is_some_and(is_spokesperson)).then_some(run)
        };
        let spokesperson = title.is_some_and(|t| {
            let mut before = t;
            while before > range.start && before + 2 > t && doc.word(before - 1).is_some_and(is_spokesperson_modifier) {
                before -= 1;
            }
            if before > range.start && is_determiner(doc, before - 1) {
                before -= 1;
            }
            before == range.start
                || doc.punct(before - 1).is_some()
                || in_mention(before - 1)
                || doc.is_any(before - 1, &["and", "but", "that", "while"])
        });
        let named_other = run < subject
            && !(run > range.start && doc.is_any(run - 1, &["its", "their"]))
            && !(run..subject).any(own)
            && !spokesperson;
        // "A pro-war channel said": some source, not the last agency's (but
        // "an official told reporters" speaks for it).
        let indefinite = !is_report_speaker(subject_word)
            && (subject.saturating_sub(4).max(range.start)..subject)
                .rev()
                .take_while(|&j| doc.is_word(j) || doc.is_punct(j, '-'))
                .any(|j| doc.is_any(j, &["a", "an"]));
        // "The U.N. refugee agency said": a body no listed agency is;
        // "the regional governor said", "residents told": people who speak
        // for an office or what they saw.
        let unlisted = unlisted_body_at(Lexicon::bundled(), doc, subject, here).is_some()
            || doc.word(inverted_head.unwrap_or(subject)).is_some_and(is_own_voice);
        let definite = !doc.capitalised(subject)
            && (subject.saturating_sub(6).max(range.start)..subject).any(|j| doc.is_any(j, &["the", "its", "their"]))
            && !named_other
            && !unlisted
            || is_report_noun(subject_word) && subject_word != "officials" && !named_other && !indefinite
            || spokesperson;
        // "The Pentagon has given no total since December, when its press
        // secretary said …": "its" is the body the sentence named before.
        if definite && (subject.saturating_sub(3).max(range.start)..subject).any(|j| doc.is(j, "its")) {
            let n = here.partition_point(|m| m.toks.end <= subject.saturating_sub(3));
            if let Some(i) = n.checked_sub(1) {
                out.push(Cue { pos: k, priority: SPEAKER, source: Source::Known(in_sentence.start + i), said: true });
                continue;
            }
        }
        let cue = if pronoun || definite {
            Cue { pos: k, priority: BACK, source: Source::Back { pronoun }, said: true }
        } else {
            Cue { pos: k, priority: SPEAKER, source: Source::Unknown, said: true }
        };
        out.push(cue);
    }
    // "A second wave, which officials in Seoul believe slipped in during
    // January, added about 3,000 more, according to the JCS": a speaker
    // inside a relative clause set off by commas, with no figure of its
    // own there, speaks for nothing outside it.
    out.retain(|c| !(c.source == Source::Unknown && in_figureless_relative(doc, c.pos, &range)));
}

/// Whether the verb at `v` gives goods to someone, not a figure: "North
/// Korea gave Russia about 150 missiles" (but "Seoul gave a toll of 300").
fn gives_goods(doc: &Doc, v: usize) -> bool {
    doc.is_any(v, &["gave", "gives", "give"]) && doc.capitalised(v + 1)
}

/// Whether token `v` sits in ", which … ," or ", who … ," holding no number.
fn in_figureless_relative(doc: &Doc, v: usize, range: &Range<usize>) -> bool {
    let Some(r) = (v.saturating_sub(6).max(range.start + 1)..v)
        .rev()
        .find(|&j| doc.is_any(j, &["which", "who"]) && doc.is_punct(j - 1, ','))
    else {
        return false;
    };
    let Some(close) = (v + 1..range.end.min(v + 16)).find(|&j| doc.is_punct(j, ',')) else { return false };
    (r..close).all(|j| !doc.is_num(j))
}

/// "a defence official, speaking on condition of anonymity, said": the
/// subject (an official's title or a report's noun, or a name before its
/// age) before an aside between commas that ends at `comma`, right before
/// the verb.
fn subject_before_aside(doc: &Doc, comma: usize, min: usize) -> Option<usize> {
    if !doc.is_punct(comma, ',') {
        return None;
    }
    // "Cllr Hollis, 67, said": a name and the age set off after it.
    if comma >= min + 3
        && doc.is_num(comma - 1)
        && doc.s(comma - 1).len() <= 3
        && doc.is_punct(comma - 2, ',')
        && doc.capitalised(comma - 3)
    {
        return Some(comma - 3);
    }
    // "Analysts at the Korea Institute for Defense Analyses, a
    // state-funded research body in Seoul, estimate", "Dr Hannah Pryce, of
    // the Royal United Services Institute, told us": a name described in an
    // aside that opens with "a" or says where it is from (a hyphen inside
    // a word is no break).
    let in_word_hyphen = |j: usize| doc.is_punct(j, '-') && doc.toks.get(j).is_some_and(|t| !t.space());
    let described = (comma.saturating_sub(14).max(min)..comma).rev().find(|&j| !doc.is_word(j) && !in_word_hyphen(j));
    if let Some(open) = described
        && open > min
        && doc.is_punct(open, ',')
        && doc.is_any(open + 1, &["a", "an", "of", "from"])
        && doc.is_word(open - 1)
        && doc.capitalised(open - 1)
    {
        return Some(open - 1);
    }
    // "Oleh Syniehubov, the regional governor, said", "Oleh Holt, the
    // city's mayor, said": a name the aside gives an office of its own,
    // whose head word decides (a title such as "the agency's spokesman"
    // is the name's own, read elsewhere).
    if let Some(open) = aside_open(doc, comma, min, 9)
        && open > min
        && doc.is_punct(open, ',')
        && doc.capitalised(open - 1)
        && doc.is_any(open + 1, &["the", "a", "an"])
        && doc.word(comma - 1).is_some_and(is_own_voice)
    {
        return Some(comma - 1);
    }
    let open = (comma.saturating_sub(9).max(min)..comma).rev().find(|&j| !doc.is_word(j))?;
    let aside = open + 1..comma;
    let subject = open.checked_sub(1)?;
    let titled = doc.word(subject).is_some_and(|w| is_title(w) || is_report_noun(w) || is_press_noun(w))
        && !doc.capitalised(subject);
    (doc.is_punct(open, ',') && aside.len() >= 2 && !doc.capitalised(aside.start) && titled).then_some(subject)
}

/// "Sergei Shoigu, the secretary of Russia's Security Council, told": a
/// name before an aside that gives its office ("the" and a title, then
/// where it holds it, not "the head of the agency"), ending at `comma`
/// right before the verb; the name's last word. (The caller keeps out an
/// aside naming a listed agency, whose own cue speaks.)
fn name_before_office(doc: &Doc, comma: usize, min: usize) -> Option<usize> {
    if !doc.is_punct(comma, ',') {
        return None;
    }
    let open = aside_open(doc, comma, min, 12)?;
    let office = open > min
        && doc.is_punct(open, ',')
        && doc.is(open + 1, "the")
        && doc.word(open + 2).is_some_and(is_title)
        && doc.is_any(open + 3, &["of", "for", "at"])
        // Not "the head of the agency", "its chief": the body named before.
        && !doc.is_any(open + 4, &["the", "its", "their"]);
    let name = open.checked_sub(1).filter(|&n| doc.is_word(n) && doc.capitalised(n));
    name.filter(|_| office)
}

/// The token that opens an aside ending at `comma` ("Oleh Holt, the
/// city's mayor,"): the nearest one before it, at most `reach` back and
/// not before `min`, that is no word nor part of a possessive.
fn aside_open(doc: &Doc, comma: usize, min: usize, reach: usize) -> Option<usize> {
    let in_possessive = |j: usize| doc.possessive_at(j) || j > 0 && doc.possessive_at(j - 1);
    (comma.saturating_sub(reach).max(min)..comma).rev().find(|&j| !doc.is_word(j) && !in_possessive(j))
}

/// "(Baltic Security Forum)", "(Centre for Data and Conflict)": two to
/// six capitalised words (with "of", "for", "and", "the" between) alone
/// in brackets at `open`; not a month, a weekday or a lone acronym. The
/// closing bracket's token.
fn bracketed_name(doc: &Doc, open: usize) -> Option<usize> {
    let mut k = open + 1;
    let mut names = 0;
    while k < open + 9 {
        if doc.is_word(k) && doc.capitalised(k) {
            let w = doc.word(k).unwrap_or_default();
            if month(w).is_some() || month_abbreviation(w).is_some() || weekday(w).is_some() {
                return None;
            }
            names += 1;
        } else if !(names > 0 && doc.is_any(k, &["of", "for", "and", "the", "on"])) {
            break;
        }
        k += 1;
    }
    // Not a gloss of the name before it ("NIS (South Korea)"), a
    // speaker's label ("SPOKESPERSON (Dana Roe):") or a wire's credit
    // ("March 28 (Meridian Wire) —").
    let gloss = open > 0 && doc.is_word(open - 1) && doc.capitalised(open - 1);
    let label_or_credit = doc.punct(k + 1).is_some_and(|c| matches!(c, ':' | '\u{2014}' | '\u{2013}' | '-'));
    // It closes its clause: not "troops sent to the region (Kursk Oblast)
    // numbered 11,000".
    let closes = !doc.is_word(k + 1);
    let name =
        (2..=6).contains(&names) && doc.is_punct(k, ')') && doc.is_word(k - 1) && doc.capitalised(k - 1) && closes;
    (name && !gloss && !label_or_credit).then_some(k)
}

/// The cue that attributes a figure at token `pos`: the strongest in the
/// figure's clause (or, when its clause has none, in the sentence), and
/// among equals the nearest before it, else the nearest after it.
/// `clauses` numbers the clauses of the cues' sentence.
/// The cue strength of "citing" at `k` when the phrase after it names a
/// source no listed agency is: an official, a document, data, the press
/// ("citing an unnamed official", "citing customs data", "citing local
/// media"). As with a listed name, a relay that goes on ", that X told …"
/// leaves the nearer speaker the source.
fn cited_unlisted_source(
    doc: &Doc,
    k: usize,
    start: usize,
    end: usize,
    in_mention: &impl Fn(usize) -> bool,
) -> Option<u8> {
    if doc.is_any(k + 1, &["its", "their", "his", "her", "own"]) {
        return None;
    }
    // An outlet's relay says it reports ("Yonhap reported, citing
    // officials"); a source that says or estimates, citing data or records,
    // gives its own evidence ("The MoD said …, citing battlefield data").
    let relayed = (k.saturating_sub(10).max(start)..(k + 14).min(end))
        .any(|j| doc.is_any(j, &["reported", "reports", "reporting"]));
    let mut z = k + 1;
    let mut source_noun = false;
    while z < end && z < k + 9 && (doc.is_word(z) || doc.is_punct(z, '-') || doc.possessive_at(z)) {
        if in_mention(z) || doc.is_any(z, &["that", "as", "who", "which", "and"]) {
            break;
        }
        source_noun |= doc.has(z, Class::PressNoun) || relayed && doc.word(z).is_some_and(is_cited_source);
        z += if doc.possessive_at(z) { 2 } else { 1 };
    }
    if !source_noun || in_mention(z) {
        return None;
    }
    Some(cited_strength(doc, z))
}

/// Whether the tokens from `from` name a body no listed agency is: a run of
/// capitalised words (with "of", "for", "and", "the", "on" or a possessive
/// between them) that is no listed name, has a word that heads a body's
/// name or two words that are no country, people or seat of government
/// ("the Korea Institute for Defense Analyses", "Gallup Korea Research";
/// not "Seoul", "Starlink", "South Korea's spy agency", "Sept. 2024").
fn names_unlisted_body(doc: &Doc, from: usize, end: usize, in_mention: &impl Fn(usize) -> bool) -> bool {
    const NAME_REACH: usize = 9;
    let lexicon = Lexicon::bundled();
    let mut k = if doc.is(from, "the") { from + 1 } else { from };
    let mut names = 0;
    let mut own_words = 0;
    while k < end && k < from + NAME_REACH {
        if in_mention(k) {
            return false;
        }
        if doc.is_word(k) && doc.capitalised(k) {
            let w = doc.word(k).unwrap_or_default();
            if month(w).is_some() || month_abbreviation(w).is_some() || weekday(w).is_some() {
                return false;
            }
            if is_body_name_head(w) {
                own_words += 2;
            } else if !(lexicon.is_country_or_language_word(w) || doc.has(k, Class::SeatOfGovernment)) {
                own_words += 1;
            }
            names += 1;
        } else if names > 0 && doc.possessive_at(k) {
            k += 2;
            continue;
        } else if !(names > 0 && doc.is_any(k, &["of", "for", "and", "the", "on"])) {
            break;
        }
        k += 1;
    }
    own_words >= 2
}

/// The cue strength of a source named after "citing", whose name ends
/// before token `after`: a source, unless the relay goes on to a
/// statement whose own speaker is named after it ("reports, citing
/// Yonhap, that the JCS told lawmakers …"), the nearer source.
fn cited_strength(doc: &Doc, after: usize) -> u8 {
    let relays = doc.is_punct(after, ',') && doc.is(after + 1, "that");
    if relays { SPEAKER } else { SOURCE }
}

pub(crate) fn choose(cues: &[Cue], pos: usize, clauses: &Clauses) -> Option<Cue> {
    let clause = clauses.get(pos);
    let in_clause = |c: &Cue| clauses.get(c.pos) == clause;
    let local = cues.iter().any(in_clause);
    let pool = || cues.iter().filter(move |c| !local || in_clause(c));
    let top = pool().map(|c| c.priority).max()?;
    let best = || pool().filter(move |c| c.priority == top);
    best()
        .filter(|c| c.pos <= pos)
        .max_by_key(|c| c.pos)
        .or_else(|| best().filter(|c| c.pos > pos).min_by_key(|c| c.pos))
        .copied()
}

/// Clause boundaries inside a sentence: ";" and a comma before "and",
/// "but", "while", "whereas".
fn is_clause_boundary(doc: &Doc, k: usize) -> bool {
    // Read for every token of every sentence: words answer at once.
    match doc.punct(k) {
        Some(';') => true,
        Some(',') => {
            // Not ", and said …": the same speaker goes on.
            let same_speaker = doc.is(k + 1, "and")
                && (doc.has(k + 2, Class::SpeechVerb) || doc.is(k + 2, "also") && doc.has(k + 3, Class::SpeechVerb));
            // "from 100 in the NIS briefing, to more than 1,100 in the JCS
            // assessment, to roughly 3,000 in Zelensky's statement": each
            // step of a series names its own source.
            // Only a step that names a source: "from 40, to 55, the
            // ministry said" is one statement.
            let next_step = doc.is(k + 1, "to")
                && (k + 2..k + 5).take_while(|&j| doc.is_word(j) || doc.is_num(j)).any(|j| doc.is_num(j))
                && (k + 3..k + 14)
                    .take_while(|&j| !doc.punct(j).is_some_and(|c| matches!(c, ',' | ';' | '.' | '\u{2014}')))
                    .any(|j| doc.capitalised(j) || doc.is_punct(j, '('));
            doc.is_any(k + 1, &["and", "but", "while", "whereas"])
                && !same_speaker
                && !ends_figure_list(doc, k)
                && !goes_on_telling(doc, k)
                || next_step
        }
        // "… — a figure that cannot be checked — while the MoD's own …".
        Some('\u{2014}') => doc.is_any(k + 1, &["while", "whereas", "but"]),
        _ => false,
    }
}

/// ", and that" at the comma `k` after "said that …", "told lawmakers
/// that …" before it (back to a full stop): the
/// speaker's next point ("said that 1,500 had been shipped from the port
/// of Chongjin, and that Kim intended to send some 12,000"), one telling.
fn goes_on_telling(doc: &Doc, k: usize) -> bool {
    /// A told clause's length, looked back over.
    const REACH: usize = 40;
    // Not "that" pointing at a figure or a fact: ", and that toll has
    // since risen", ", and that was before …".
    let pointing = doc.word(k + 3).is_some_and(|w| {
        is_report_noun(w)
            || is_statement_noun(w)
            || matches!(
                w,
                "toll" | "figure" | "number" | "count" | "total" | "estimate" | "tally" | "is" | "was" | "has" | "had"
            )
    });
    doc.is(k + 1, "and")
        && doc.is(k + 2, "that")
        && !pointing
        && (k.saturating_sub(REACH)..k)
            .rev()
            .take_while(|&j| !doc.punct(j).is_some_and(|c| matches!(c, '.' | ';' | '?' | '!')))
            .any(|j| {
                doc.is(j, "that")
                    && (j.saturating_sub(3)..j)
                        .rev()
                        .take_while(|&v| doc.is_word(v))
                        .any(|v| doc.has(v, Class::SpeechVerb))
            })
}

/// The token at `from`, or after up to two of "has", "have", "had",
/// "also" ("Seoul has put", "outlets have also put"): where a subject's
/// verb stands.
fn verb_past_auxiliaries(doc: &Doc, from: usize, end: usize) -> usize {
    let mut v = from;
    while v < end && v < from + 2 && doc.is_any(v, &["has", "have", "had", "also"]) {
        v += 1;
    }
    v
}

/// "over 5 million rounds, more than 200 guns, and an estimated 150
/// missiles": the comma at `k` before "and" closes a list of figures (the
/// item after "and" is a figure, as is the one after an earlier comma of
/// the same stretch), not a clause.
fn ends_figure_list(doc: &Doc, k: usize) -> bool {
    // A figure within three words after token `j` ("an estimated 150").
    let figure_after =
        |j: usize| (j + 1..j + 5).take_while(|&i| doc.is_word(i) || doc.is_num(i)).any(|i| doc.is_num(i));
    if !doc.is(k + 1, "and") {
        return false;
    }
    // The last item is a figure within three words after "and" and what it
    // counts, no clause of its own: not a date ("and on 12 March the
    // Kremlin claimed"), a time ago ("and 18 months ago"), or a verb after
    // it ("and 40 per cent of them have since been killed").
    let Some(last) = (k + 2..k + 5).find(|&i| doc.is_num(i)) else { return false };
    let plain_item = (k + 2..last)
        .all(|i| doc.is_word(i) && !doc.is_any(i, &["on", "in", "at", "by", "since", "until"]))
        && !doc.has(last + 1, Class::Month)
        && (last + 1..k + 16)
            .take_while(|&i| !doc.punct(i).is_some_and(|c| matches!(c, ',' | ';' | '.' | '\u{2014}')))
            .all(|i| {
                !doc.is_any(i, &["ago", "later", "earlier", "have", "has", "had", "were", "was", "are", "is", "will"])
                    && !doc.has(i, Class::ReportingVerb)
            });
    plain_item
        && (k.saturating_sub(16)..k)
            .rev()
            .take_while(|&j| !doc.punct(j).is_some_and(|c| matches!(c, ';' | '.' | ':' | '\u{2014}')))
            .any(|j| doc.is_punct(j, ',') && figure_after(j))
}

/// "Zelensky says it is higher … and Budanov's people have been saying
/// 3,800": after a verb of speech, an "and" or "but" at `k` before another
/// subject and its verb of speech, with no comma (not "said 300 died and
/// 400 were hurt", nor "and said"). Without a speaker before it the
/// sentence's opening date still covers both ("On Tuesday, missiles struck
/// and the MoD said …").
fn opens_other_speaker(doc: &Doc, k: usize) -> bool {
    doc.is_any(k, &["and", "but"])
        && (doc.capitalised(k + 1) || doc.is(k + 1, "the") && doc.capitalised(k + 2))
        && (k + 2..k + 8).take_while(|&j| doc.is_word(j) || doc.is_punct(j, '\'')).any(|j| {
            doc.has(j, Class::SpeechVerb)
                || doc.word(j).is_some_and(|w| doc.is(j - 1, "been") && is_reporting_participle(w))
        })
}

/// A clause number for every token of one sentence: tokens share one when
/// there is no clause boundary between them. Refilled for each sentence,
/// so it takes memory for one sentence, not for the text.
#[derive(Debug, Default)]
pub(crate) struct Clauses {
    start: usize,
    ids: Vec<u32>,
}

impl Clauses {
    pub fn fill(&mut self, doc: &Doc, sentence: &Sentence) {
        self.start = sentence.toks().start;
        self.ids.clear();
        let mut id = 0u32;
        // Inside a quotation a dash also ends a clause: "“Moscow claims
        // 76,000 — the real figure is under 20,000,” he said" gives Moscow
        // the first figure only.
        let mut quoted = false;
        // An aside between two dashes ("shells—the spy agency has spoken
        // of 13,000 containers—along with 220 guns, by the JCS's count") is
        // a clause of its own, and the clause it interrupts goes on after
        // it: the clause it interrupted, and how many dashes are left.
        // Counted at the first dash that needs it: most sentences have none.
        let mut dashes_left: Option<usize> = None;
        let end = sentence.toks().end;
        let mut interrupted: Option<u32> = None;
        // A bracket ("(n = 1,204; margin of error ±2.8 points)", "(800
        // infantry; 200 engineers)") is part of the clause it sits in,
        // whatever punctuation it holds; one left open is no bracket.
        // Each scan for a ")" starts past the last: once none is left, no
        // later "(" looks again.
        let mut close: Option<usize> = None;
        let mut none_left = false;
        let mut next = 1u32;
        // Whether a verb of speech came before: only then can another
        // speaker's clause begin.
        let mut spoke = false;
        // One `extend` over the range: its length is known, so the buffer
        // is sized once and not checked per token.
        self.ids.extend(sentence.toks().map(|k| {
            let here = id;
            let Some(p) = doc.punct(k) else {
                if spoke && close.is_none_or(|c| k > c) && opens_other_speaker(doc, k) {
                    id = next;
                    next = next.saturating_add(1);
                }
                spoke = spoke || doc.has(k, Class::SpeechVerb);
                return here;
            };
            if p == '"' {
                quoted = !quoted;
            }
            if close.is_some_and(|c| k < c) {
                return here;
            }
            if p == '(' && !none_left {
                close = (k + 1..end).find(|&j| doc.is_punct(j, ')'));
                none_left = close.is_none();
                return here;
            }
            let dash = p == '\u{2014}';
            if is_clause_boundary(doc, k) || quoted && dash {
                id = next;
                next = next.saturating_add(1);
            } else if dash && !quoted {
                let left =
                    *dashes_left.get_or_insert_with(|| (k..end).filter(|&j| doc.is_punct(j, '\u{2014}')).count());
                if let Some(outer) = interrupted.take() {
                    id = outer;
                } else if left >= 2 {
                    interrupted = Some(id);
                    id = next;
                    next = next.saturating_add(1);
                }
            }
            if dash && let Some(left) = dashes_left.as_mut() {
                *left -= 1;
            }
            here
        }));
    }

    /// The clause of token `k`; `None` outside the sentence.
    pub fn get(&self, k: usize) -> Option<u32> {
        k.checked_sub(self.start).and_then(|i| self.ids.get(i)).copied()
    }
}

/// The sentence opening at `start` with a name of one to three capitalised
/// words (joined by a hyphen or an apostrophe or not), none of a mention,
/// a seat of government ("London now reckons" is the government's, read
/// elsewhere), a month or a weekday, before the verb at `verb`, an adverb or an aside
/// word between: "Holt thinks", "Dr Dagny Holt reckons", "O'Brien now
/// believes", "Holt, however, thinks".
fn named_subject(doc: &Doc, verb: usize, start: usize, in_mention: &impl Fn(usize) -> bool) -> bool {
    let mut end = verb;
    while end > start
        && verb - end < 4
        && (doc.is_punct(end - 1, ',')
            || doc
                .word(end - 1)
                .is_some_and(|w| matches!(w, "now" | "also" | "still" | "however") || w.len() > 4 && w.ends_with("ly")))
    {
        end -= 1;
    }
    let name = start..end;
    // A hyphened or an apostrophed name is one word: "Holt-Smith", "O'Brien".
    let words = name.clone().filter(|&j| doc.is_word(j) && !(j > start && doc.punct(j - 1).is_some())).count();
    (1..=3).contains(&words)
        && !is_determiner(doc, start)
        && !doc.word(start).is_some_and(is_pronoun)
        && name.clone().all(|j| match doc.punct(j) {
            Some('-' | '\'' | '\u{2019}') => j > start && doc.glued(j) && doc.glued(j + 1),
            Some(_) => false,
            None => {
                doc.capitalised(j)
                    && !in_mention(j)
                    && !doc.has(j, Class::SeatOfGovernment)
                    && doc.word(j).is_some_and(|x| month(x).is_none() && weekday(x).is_none())
            }
        })
}

/// "close to the figures", "in line with the estimate that", "higher
/// than the number": the words ending just before `at` name figures that
/// others are compared with (a report noun after "the", before which a
/// comparison stands), from no further back than `min`.
pub(crate) fn figures_compared_before(doc: &Doc, at: usize, min: usize) -> bool {
    let mut k = at;
    if k > min && doc.is(k - 1, "that") {
        k -= 1;
    }
    if !(k >= min + 3 && doc.has(k - 1, Class::ReportNoun) && doc.is_any(k - 2, &["the", "those", "its", "their"])) {
        return false;
    }
    let before = k - 3;
    doc.is_any(before, &["than", "matching", "unlike", "versus", "vs", "against"])
        || doc.is_any(before, &["to", "with"]) && before > min && doc.word(before - 1).is_some_and(is_comparison_head)
}

/// Sentences whose first words refer back to the previous paragraph
/// ("The toll", "This casualty count", "Of those", "It").
pub(crate) fn opens_with_anaphor(doc: &Doc, sentence: &Sentence) -> bool {
    let s = sentence.toks().start;
    let k = subject_start(doc, s);
    if doc.is_any(k, &["this", "that", "these", "those", "it", "they", "he", "she"])
        || doc.is(k, "of") && doc.is_any(k + 1, &["those", "them", "these", "whom"])
    {
        return true;
    }
    if !doc.is_any(k, &["the", "its", "their"]) {
        return false;
    }
    let k = past_opening_date(doc, s, k);
    (k + 1..k + 3).any(|j| {
        doc.is_any(
            j,
            &[
                "toll",
                "figure",
                "figures",
                "number",
                "numbers",
                "count",
                "tally",
                "briefing",
                "update",
                "assessment",
                "estimate",
                "report",
                "casualty",
                "losses",
            ],
        )
    })
}

/// Sentences whose subject is a statement named before ("The update, posted
/// on …, added", "Its report said"), not a figure ("The estimate", "The
/// toll").
pub(crate) fn opens_with_statement(doc: &Doc, sentence: &Sentence) -> bool {
    let range = sentence.toks();
    let k = subject_start(doc, range.start);
    if !doc.is_any(k, &["the", "its", "their", "this", "that"]) {
        return false;
    }
    let k = past_opening_date(doc, range.start, k);
    (k + 1..(k + 3).min(range.end))
        .any(|j| doc.word(j).is_some_and(|w| is_statement_noun(w) && !FIGURE_NOUNS.contains(&w)))
}

/// The first token of the subject of a sentence starting at `s`: past
/// opening quotation marks, and an answer's label and its yes or no ("A:
/// It did, on …", "Yes, they have").
fn subject_start(doc: &Doc, s: usize) -> usize {
    let mut k = s;
    while doc.is_punct(k, '"') && k < s + 2 {
        k += 1;
    }
    if k == s && doc.s(k) == "A" && doc.is_punct(k + 1, ':') {
        k += 2;
    }
    if doc.is_any(k, &["yes", "no"]) && doc.is_punct(k + 1, ',') {
        k += 2;
    }
    k
}

/// Past a date after the determiner at `k` of a sentence starting at `s`:
/// "The Jan. 24 update", "its 28 March assessment".
fn past_opening_date(doc: &Doc, s: usize, mut k: usize) -> usize {
    if doc.is_num(k + 1) || doc.capitalised(k + 1) {
        while k < s + 6 && (doc.is_num(k + 1) || doc.is_punct(k + 1, '.') || doc.word(k + 1).is_some_and(is_month_word))
        {
            k += 1;
        }
    }
    k
}

/// A month's name or its abbreviation ("jan", "march").
fn is_month_word(w: &str) -> bool {
    month(w).is_some() || month_abbreviation(w).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences::split;

    #[test]
    fn clauses_are_numbered_within_one_sentence() {
        let doc = Doc::new("First one. It fell, and it rose; then it fell again, while we watched.");
        let sentences = split(&doc);
        let mut clauses = Clauses::default();
        clauses.fill(&doc, &sentences[1]);
        let start = sentences[1].toks().start;
        let ids: Vec<Option<u32>> = (start - 1..sentences[1].toks().end + 1).map(|k| clauses.get(k)).collect();
        // "It fell ," | "and it rose ;" | "then it fell again ," | "while we watched ."
        assert_eq!(ids[0], None);
        assert_eq!(&ids[1..4], [Some(0); 3]);
        assert_eq!(&ids[4..8], [Some(1); 4]);
        assert_eq!(&ids[8..13], [Some(2); 5]);
        assert_eq!(&ids[13..17], [Some(3); 4]);
        assert_eq!(ids[17], None);
    }

    /// The clause of each named token in the first sentence of `text`.
    fn clause_of_words<const N: usize>(text: &str, words: [&str; N]) -> [Option<u32>; N] {
        let doc = Doc::new(text);
        let sentences = split(&doc);
        let mut clauses = Clauses::default();
        clauses.fill(&doc, &sentences[0]);
        words.map(|w| {
            let k = doc.toks.iter().position(|t| &doc.text[t.start()..t.end()] == w).expect(w);
            clauses.get(k)
        })
    }

    #[test]
    fn a_bracket_is_part_of_the_clause_it_sits_in() {
        let [n, margin, first, share, after] = clause_of_words(
            "A poll (n = 1,204; \u{b1}2.8 points \u{1f4ca}) found that 61% agreed; then it fell.",
            ["1,204", "2.8", "A", "61", "fell"],
        );
        // The ";" inside the bracket ends no clause; the one outside does.
        assert_eq!((n, first), (margin, share));
        assert_ne!(share, after);
        // A bracket left open holds no clause together.
        let [killed, hurt] =
            clause_of_words("The raid (which the MoD said killed 40; 300 were hurt, Kyiv said.", ["40", "300"]);
        assert_ne!(killed, hurt);
    }
}
