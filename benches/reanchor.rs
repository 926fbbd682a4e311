//! Re-anchoring after an article changes (`anchor::replace_article_text`):
//! 1,000 claims in a generated article of about 200,000 characters (curly
//! quotes, no-break spaces, emoji), after an outlet's update that
//! - inserts a paragraph near the top (every later claim moves),
//! - rewords ten quoted figures (approximate re-anchoring),
//! - deletes two sentences that held claims (orphans or approximate),
//! - swaps a no-break space for a plain one in five quotes,
//! - and, in the second case, also edits the last paragraph, so the
//!   unchanged start and end of the text cover almost nothing.
//!
//! Target: under 50 ms. Run: `cargo bench --no-default-features --bench reanchor`.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use crosscheck::anchor::{anchor_span, replace_article_text};
use crosscheck::model::{ArticleId, ImportedText, Project};
use jiff::Timestamp;
use std::hint::black_box;

const CLAIMS: usize = 1_000;
const TARGET_CHARS: usize = 200_000;

/// One sentence holding one quotable figure; returns the sentence and the
/// quote's code-point range within it.
fn sentence(i: usize) -> (String, usize, usize) {
    let agencies = ["the Ministry of Defence", "Seoul’s Joint Chiefs", "Kyiv’s general staff", "the Pentagon 🇺🇸"];
    let measures = ["casualties", "troops killed", "wounded", "soldiers lost"];
    let hedges = ["over", "about", "nearly", "more than"];
    let lead = format!("On day {i}, {} said that ", agencies[i % agencies.len()]);
    let quote = format!("“{} {},{:03}\u{a0}{}”", hedges[i % 4], 1 + i % 9, (i * 37) % 1000, measures[i % 4]);
    let tail = " had been reported across the front 😀, an estimate it called provisional and likely to be revised. ";
    let start = lead.chars().count();
    let end = start + quote.chars().count();
    (format!("{lead}{quote}{tail}"), start, end)
}

/// The article and the spans of its claims.
fn article() -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut chars = 0;
    let mut spans = Vec::with_capacity(CLAIMS);
    let per_claim = TARGET_CHARS / CLAIMS;
    for i in 0..CLAIMS {
        let (s, a, b) = sentence(i);
        spans.push((chars + a, chars + b));
        let n = s.chars().count();
        text.push_str(&s);
        chars += n;
        // Filler without figures, up to this claim's share of the text.
        const FILLER: &str = "Residents described long queues — “we waited” — at the border. ";
        let mut filler_len = 0;
        while n + filler_len + FILLER.chars().count() / 2 < per_claim {
            text.push_str(FILLER);
            filler_len += FILLER.chars().count();
        }
        chars += filler_len;
        if i % 5 == 4 {
            text.push_str("\n\n");
            chars += 2;
        }
    }
    (text, spans)
}

/// The outlet's update of `text`.
fn updated(text: &str, edit_the_end: bool) -> String {
    let mut new = text.to_string();
    // A paragraph inserted near the top.
    let at = new.find("\n\n").unwrap_or(0);
    new.insert_str(at, "\n\nUPDATE 🇬🇧: This story has been updated with figures from the ministry’s latest briefing.");
    // Ten figures reworded.
    for i in (50..CLAIMS).step_by(95).take(10) {
        let (s, _, _) = sentence(i);
        let changed = s.replacen(&format!(",{:03}", (i * 37) % 1000), &format!(",{:03}", (i * 37 + 500) % 1000), 1);
        new = new.replacen(&s, &changed, 1);
    }
    // Two sentences deleted.
    for i in [333, 666] {
        new = new.replacen(&sentence(i).0, "", 1);
    }
    // No-break spaces turned into plain ones in five quotes.
    for i in (120..CLAIMS).step_by(170).take(5) {
        let (s, _, _) = sentence(i);
        new = new.replacen(&s, &s.replace('\u{a0}', " "), 1);
    }
    if edit_the_end {
        new.push_str("\n\nCorrection: an earlier version misstated the date of the briefing.");
    }
    new
}

fn project() -> (Project, ArticleId, String) {
    let (text, spans) = article();
    let mut p = Project::new("Re-anchoring benchmark — “generated” 😀", Timestamp::UNIX_EPOCH);
    let id = p
        .add_article(ImportedText { text: text.clone(), ..ImportedText::default() }, Timestamp::UNIX_EPOCH)
        .expect("ids to spare");
    for &(s, e) in &spans {
        p.add_claim(id, anchor_span(&text, s, e).expect("a span inside the text")).expect("a claim");
    }
    (p, id, text)
}

fn bench(c: &mut Criterion) {
    let (project, id, text) = project();
    let chars = text.chars().count();
    assert!(chars >= TARGET_CHARS * 9 / 10, "{chars} characters");
    for (name, edit_the_end) in [("top and middle", false), ("top, middle and end", true)] {
        let new = updated(&text, edit_the_end);
        // Report once what the update did, so a change in the algorithm
        // that orphans more claims shows beside the time.
        let mut once = project.clone();
        let summary = replace_article_text(&mut once, id, new.clone(), Timestamp::UNIX_EPOCH).expect("the article");
        eprintln!(
            "reanchor {name}: {chars} chars, {} claims: {} stayed, {} moved, {} approximate, {} orphaned",
            summary.total(),
            summary.stayed.len(),
            summary.moved.len(),
            summary.approximate.len(),
            summary.orphaned.len()
        );
        c.bench_function(&format!("reanchor 1,000 claims in 200,000 chars, edits at {name}"), |b| {
            b.iter_batched(
                || (project.clone(), new.clone()),
                |(mut p, new)| black_box(replace_article_text(&mut p, id, new, Timestamp::UNIX_EPOCH)),
                BatchSize::LargeInput,
            )
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
