//! Throughput of HTML import (`html_to_article`) on generated pages: about
//! 1, 5 and 20 MB of ordinary article paragraphs (curly quotes, em dashes,
//! emoji, entities, no-break spaces, inline markup, scripts and chrome), and
//! hostile pages of about 1 MB: divs nested to the bottom, inline tags
//! nested likewise, and one tag with tens of thousands of attributes. Run:
//! `cargo bench --bench import`; criterion reports MiB/s (one core).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use crosscheck::store::html_to_article;
use std::hint::black_box;

/// A small deterministic generator (xorshift), so every run measures the
/// same page.
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
}

const SUBJECTS: &[&str] = &[
    "The harbour authority",
    "Britain\u{2019}s Ministry of Defence",
    "A spokesperson for the regional council",
    "Officials in the capital",
    "The <b>coastguard</b>",
    "An independent monitor",
];
const VERBS: &[&str] = &["said", "estimated", "reported", "told reporters", "<em>confirmed</em>"];
const OBJECTS: &[&str] = &[
    "that about 4,000&nbsp;people had left the valley",
    "\u{201c}nearly half\u{201d} of the ferries were idle \u{2014} again",
    "some 1,200\u{a0}homes were without power &mdash; for a third day",
    "that the figure was <a href=\"https://example.org/x?a=1&amp;b=2\">provisional</a> \u{1f1ec}\u{1f1e7}",
    "a rise of 12&#x202f;% on the week \u{1f600}",
];

/// About `bytes` of an ordinary news page.
fn page(bytes: usize) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut html = String::with_capacity(bytes + 4096);
    html.push_str(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour Wire | Valley count</title>\
         <meta property=\"og:site_name\" content=\"Harbour Wire\">\
         <link rel=\"canonical\" href=\"https://example.org/valley\">\
         <meta property=\"article:published_time\" content=\"2025-03-28T09:00:00Z\">\
         <style>p { margin: 0 } .lede { font-weight: bold }</style>\
         <script>window.dataLayer = [{\"page\": \"<p>not text</p>\"}];</script></head>\
         <body><header><nav><ul><li><a href=\"/\">Home</a></li><li>World</li></ul></nav></header>\
         <article><h1>Valley count rises \u{2014} \u{201c}a long week\u{201d}</h1>\n",
    );
    let mut paragraphs = 0;
    while html.len() < bytes {
        html.push_str("<p class=\"body\">");
        for k in 0..2 + rng.next() % 4 {
            if k > 0 {
                html.push(' ');
            }
            html.push_str(&format!("{} {} {}.", rng.pick(SUBJECTS), rng.pick(VERBS), rng.pick(OBJECTS)));
        }
        html.push_str("</p>\n");
        paragraphs += 1;
        if paragraphs % 40 == 0 {
            html.push_str(
                "<aside class=\"related\"><p>Related: more stories</p></aside>\
                 <figure><img src=\"x.jpg\" alt=\"\"><figcaption>The valley at dawn \u{2014} photo</figcaption></figure>\
                 <script>track(\"para\", 40);</script>\n",
            );
        }
    }
    html.push_str("</article><footer><p>\u{a9} 2025 Harbour Wire</p></footer></body></html>\n");
    html
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("import html");
    group.sample_size(10);
    for mb in [1, 5, 20] {
        let html = page(mb << 20);
        let article = html_to_article(&html);
        println!("{mb} MB page: {} bytes in, {} characters of text out", html.len(), article.text.chars().count());
        group.throughput(Throughput::Bytes(html.len() as u64));
        group.bench_function(format!("{mb} MB article page"), |b| b.iter(|| html_to_article(black_box(&html))));
    }

    let depth = (1 << 20) / "<div></div>".len();
    let divs =
        format!("<body>{}Bottom \u{2014} \u{201c}deep\u{201d}{}</body>", "<div>".repeat(depth), "</div>".repeat(depth));
    group.throughput(Throughput::Bytes(divs.len() as u64));
    group.bench_function("1 MB nested divs", |b| b.iter(|| html_to_article(black_box(&divs))));

    let depth = (1 << 20) / "<span></span>".len();
    let spans =
        format!("<p>{}Bottom \u{2014} \u{201c}deep\u{201d}{}</p>", "<span>".repeat(depth), "</span>".repeat(depth));
    group.throughput(Throughput::Bytes(spans.len() as u64));
    group.bench_function("1 MB nested spans", |b| b.iter(|| html_to_article(black_box(&spans))));

    let mut attributes = String::from("<p");
    let mut i = 0u32;
    while attributes.len() < 1 << 20 {
        attributes.push_str(&format!(" a{i:x}"));
        i += 1;
    }
    attributes.push_str(">Many attributes \u{1f600}</p>");
    group.throughput(Throughput::Bytes(attributes.len() as u64));
    group.bench_function("1 MB one tag's attributes", |b| b.iter(|| html_to_article(black_box(&attributes))));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
