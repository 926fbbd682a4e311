//! Loading a large project: 1,000 articles and 50,000 claims (about 30 MB
//! of RON), parsed by `parse_project`, beside serde_json parsing the same
//! data in the same run as a yardstick. Run: `cargo bench --bench load`.
//! The machine is shared, so read the ratio between the two, not the
//! absolute times.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use crosscheck::anchor::anchor_span;
use crosscheck::model::{Article, Claim, Figure, FigureKind, Project, Qualifier, Verdict};
use crosscheck::store::{parse_project, project_to_string};
use std::hint::black_box;
use std::path::Path;

const ARTICLES: usize = 1_000;
const CLAIMS_PER_ARTICLE: usize = 50;

/// The sample's articles repeated (with their claims' agencies and tags),
/// each carrying fifty claims over its own text.
fn large_project() -> Project {
    let sample = parse_project(Path::new("sample"), include_str!("../projects/kursk-casualties.ron"))
        .expect("the sample parses");
    let mut project = Project::new("Load benchmark — “large” 😀", jiff::Timestamp::UNIX_EPOCH);
    project.agencies = sample.agencies.clone();
    project.tags = sample.tags.clone();
    project.next_ids = sample.next_ids.clone();
    project.next_ids.article = 1;
    project.next_ids.claim = 1;
    for i in 0..ARTICLES {
        let source = &sample.articles[i % sample.articles.len()];
        let id = project.next_ids.article().expect("ids to spare");
        let text = format!("{}\n\nCopy {i}\u{a0}— end.", source.text);
        let chars = text.chars().count();
        for k in 0..CLAIMS_PER_ARTICLE {
            let start = (k * 37) % (chars - 40);
            let anchor = anchor_span(&text, start, start + 12 + k % 20).expect("a span inside the text");
            project.claims.push(Claim {
                id: project.next_ids.claim().expect("ids to spare"),
                article: id,
                figure: Figure {
                    text: anchor.exact.clone(),
                    value: Some(1000.0 + k as f64),
                    qualifier: if k % 3 == 0 { Some(Qualifier::About) } else { None },
                    measure: "casualties".into(),
                    kind: FigureKind::Count,
                    subject: "North Korean troops".into(),
                    base: None,
                },
                anchor,
                agency: sample.agencies.get(k % sample.agencies.len()).map(|a| a.id),
                date: None,
                tags: sample.tags.iter().take(k % 3).map(|t| t.id).collect(),
                verdict: Verdict::default(),
                note: if k % 5 == 0 { format!("checked — “note” {k}") } else { String::new() },
            });
        }
        project.articles.push(Article {
            id,
            title: format!("{} ({i})", source.title),
            outlet: source.outlet.clone(),
            url: source.url.clone(),
            published_on: source.published_on,
            retrieved_at: source.retrieved_at,
            primary_source: false,
            text_sha256: Article::text_hash(&text),
            text,
        });
    }
    project
}

fn load(c: &mut Criterion) {
    let project = large_project();
    let ron_text = project_to_string(&project);
    let json_text = serde_json::to_string(&project).expect("the project serialises as JSON");
    assert_eq!(parse_project(Path::new("large.ron"), &ron_text).expect("parses"), project);
    eprintln!(
        "large project: {} articles, {} claims, {:.1} MB of RON, {:.1} MB of JSON",
        project.articles.len(),
        project.claims.len(),
        ron_text.len() as f64 / 1e6,
        json_text.len() as f64 / 1e6
    );
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(ron_text.len() as u64));
    group.bench_function("parse_project (RON)", |b| {
        b.iter(|| parse_project(Path::new("large.ron"), black_box(&ron_text)).expect("parses"))
    });
    group.throughput(Throughput::Bytes(json_text.len() as u64));
    group.bench_function("serde_json, same data", |b| {
        b.iter(|| serde_json::from_str::<Project>(black_box(&json_text)).expect("parses"))
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
