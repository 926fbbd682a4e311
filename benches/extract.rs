//! Throughput of the suggestion engine on generated news-like text: curly
//! quotes, em dashes, emoji, non-breaking spaces, abbreviations, URLs,
//! figures in digits and words, relative dates and agencies. Run:
//! `cargo bench --bench extract`; criterion reports MiB/s (one core).
//!
//! Two cases: one 4 MiB text in a single call (the worst case: a very long
//! article), and the same text cut into 4 KiB articles, one call each (the
//! GUI's "suggest for all"). The `degenerate` groups run attackers' inputs
//! at three sizes so the ratio of their times shows whether time is linear:
//! `cargo bench --bench extract -- degenerate`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The allocator the app and the command line run the engine with
/// (src/main.rs), so that the figures are theirs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use crosscheck::extract::Extractor;
use jiff::civil::Date;
use std::hint::black_box;

/// A small deterministic generator (xorshift), so every run measures the
/// same text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn number(&mut self) -> String {
        let n = 100 + self.next() % 900_000;
        let s = n.to_string();
        // Thousands separators.
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    }
}

const CITIES: &[&str] = &["LONDON", "SEOUL", "KYIV", "WASHINGTON", "MOSCOW"];
const AGENCIES: &[&str] = &[
    "Britain\u{2019}s Ministry of Defence",
    "the U.K. Ministry of Defence",
    "South Korea\u{2019}s Joint Chiefs of Staff",
    "the JCS",
    "Ukraine\u{2019}s General Staff",
    "the British defense ministry",
    "@DefenceHQ",
    "the National Intelligence Service",
    "Oleksandr Syrsky",
    "the Pentagon",
];
const HEDGES: &[&str] = &["over", "more than", "about", "around", "nearly", "roughly", "some", "at least", "up to", ""];
const SHARES: &[&str] =
    &["one-third", "a quarter", "nearly half", "two-thirds", "40 per cent", "almost 40%", "one in four"];
const MEASURES: &[&str] = &["casualties", "troops", "soldiers", "killed", "wounded", "North Korean soldiers"];
const MONTHS: &[&str] = &["January", "February", "March", "Mar.", "Jan.", "October", "November"];
const WHEN: &[&str] = &["on Friday", "last week", "as of mid-January", "on Mar.\u{a0}28", "in January", "this month"];

fn sentence(rng: &mut Rng) -> String {
    let n = rng.number();
    let hedge = rng.pick(HEDGES);
    let hedge = if hedge.is_empty() { String::new() } else { format!("{hedge} ") };
    match rng.next() % 9 {
        0 => format!(
            "North Korean troops have suffered {hedge}{n} {} in the Kursk region, {} said {}.",
            rng.pick(MEASURES),
            rng.pick(AGENCIES),
            rng.pick(WHEN)
        ),
        1 => format!("Roughly {} of those casualties are believed to be fatalities.", rng.pick(SHARES)),
        2 => format!("\u{201c}We lost {n} men in {} days,\u{201d} a commander told reporters. 🇺🇦", rng.next() % 30),
        3 => format!(
            "According to {}, about {n} troops arrived between {} and {} last year.",
            rng.pick(AGENCIES),
            rng.pick(MONTHS),
            rng.pick(MONTHS)
        ),
        4 => format!(
            "The assessment \u{2014} published at 14:00 GMT \u{2014} put the toll at {hedge}{n}, about {} per cent of the force.",
            rng.next() % 100
        ),
        5 => format!("Follow live updates at https://example.com/live/{n} and #Kursk{n} or @DefenceHQ."),
        6 => format!(
            "Pyongyang has shipped some {} 170mm guns and {} 240-mm rocket launchers since August 2023, per the JCS.",
            rng.next() % 500,
            rng.next() % 500
        ),
        7 => format!(
            "Dr.\u{a0}Kim said {} that {n} of the soldiers were wounded \u{2014} {} of the contingent.",
            rng.pick(WHEN),
            rng.pick(SHARES)
        ),
        _ => {
            "The toll accounts for nearly half of the eleven thousand troops sent last autumn, the U.S. military said."
                .to_string()
        }
    }
}

fn news(bytes: usize) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut text = String::with_capacity(bytes + 1024);
    while text.len() < bytes {
        text.push_str(&format!("{}, {} {} (Wire) \u{2014} ", rng.pick(CITIES), rng.pick(MONTHS), 1 + rng.next() % 28));
        for k in 0..2 + rng.next() % 4 {
            if k > 0 {
                text.push(' ');
            }
            text.push_str(&sentence(&mut rng));
        }
        text.push_str("\n\n");
    }
    text
}

/// `text` cut at paragraph breaks into articles of about `size` bytes.
fn articles(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + size).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        if let Some(p) = text[end..].find("\n\n") {
            end += p + 2;
        } else {
            end = text.len();
        }
        out.push(&text[start..end]);
        start = end;
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = news(4 << 20);
    let extractor = Extractor::with_default_agencies();
    let published: Option<Date> = "2025-04-02".parse().ok();
    let found = extractor.suggest(&text, published).len();
    println!("generated {} bytes of news, {found} figures", text.len());

    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("suggest 4 MiB in one call", |b| b.iter(|| extractor.suggest(black_box(&text), published)));
    let parts = articles(&text, 4096);
    group.bench_function("suggest 4 KiB articles", |b| {
        b.iter(|| parts.iter().map(|a| extractor.suggest(black_box(a), published).len()).sum::<usize>())
    });
    group.finish();

    c.bench_function("Extractor::with_default_agencies", |b| b.iter(Extractor::with_default_agencies));
}

/// `unit` repeated to exactly `bytes` bytes (cut at a character boundary).
fn repeated(unit: &str, bytes: usize) -> String {
    let mut text = unit.repeat(bytes / unit.len() + 1);
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

/// Ordinary sentences run together with no full stop and no line break:
/// one pasted paragraph the sentence splitter cannot cut.
const RUN_ON: &str = "the ministry said that over 5,000 troops were killed and about 1,200 wounded as of mid-January \
                      according to the UK Ministry of Defence while officials said some 300 were captured on Friday \
                      and a third of the 11,000 soldiers sent last autumn had been lost, per the JCS, ";

/// Inputs an attacker can send: every token a figure ("1,1,1,", "1 1 1 "),
/// one sentence without a break, figures and sources back to back, number
/// words that never end, the same agency named over and over, dates back
/// to back, nothing but full stops, the writer's own estimates on one
/// line, bounds and cells with no space to stop a look back, two agencies
/// in turn on one line, a line of white space outside ASCII. Each at 0.5,
/// 1 and 2 MiB after a short paragraph: with linear time the throughput
/// is the same at every size.
fn degenerate(c: &mut Criterion) {
    let extractor = Extractor::with_default_agencies();
    let published: Option<Date> = "2025-04-02".parse().ok();
    let inputs: [(&str, &str); 16] = [
        ("1,1,1", "1,"),
        ("1 1 1", "1 "),
        ("run-on", RUN_ON),
        ("cited figures", "the MoD said 5,000 on Friday, "),
        ("number words", "one, two, three, four, five, twenty-one, a hundred, "),
        ("number-word run", "one thousand "),
        ("agency", "according to the Ministry of Defence "),
        ("dates", "on March 3, 2024 and 12 April and last week, "),
        ("full stops", "."),
        ("writer's judgements", "We estimate that 300 were lost. "),
        ("bounds without spaces", ">300"),
        ("cells without spaces", "|300"),
        ("two agencies on one line", "the NIS said 300, the MoD said 400, "),
        ("white space outside ASCII", "\u{3000}\u{a0}"),
        // Openers a decoder looks for a closer of (src/extract/decode.rs).
        ("unclosed Markdown markup", "[^1] {{< <!-- {{% "),
        ("unclosed LaTeX options", "\\section{a} \\cite[ "),
    ];
    for (name, unit) in inputs {
        let mut group = c.benchmark_group(format!("degenerate {name}"));
        group.sample_size(10);
        for size in [512 << 10, 1 << 20, 2 << 20] {
            // After a paragraph: a long line is read back to a line's start,
            // which at the text's start is no longer than the line.
            let text = format!("Report\n\nIntro.\n\n{}", repeated(unit, size));
            group.throughput(Throughput::Bytes(text.len() as u64));
            let label = format!("{} KiB", size >> 10);
            group.bench_function(label, |b| b.iter(|| extractor.suggest(black_box(&text), published).len()));
        }
        group.finish();
    }
}

criterion_group!(benches, bench, degenerate);
criterion_main!(benches);
