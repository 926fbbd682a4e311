//! The cross-check on generated projects of 10,000, 25,000 and 50,000
//! claims (50 claims an article, so 1,000 articles at the top), shaped like
//! real work: twenty subjects, a dozen agencies, six months, statements
//! retold by many articles, about one retelling in ten drifting in its
//! hedge, number or measure. Run: `cargo bench --no-default-features --bench compare`.
//! Growth between the sizes should stay close to linear; the machine is
//! shared, so read ratios within one run.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use crosscheck::analysis::compare;
use crosscheck::model::{
    AgencySeed, Anchor, Article, ArticleId, Claim, ClaimDate, DateKind, DatePrecision, Figure, FigureKind, Project,
    Qualifier, Verdict,
};
use std::hint::black_box;

const CLAIMS_PER_ARTICLE: usize = 50;

/// A small deterministic generator, so every run compares the same project.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn generated(claims: usize) -> Project {
    let mut rng = Lcg(0x5eed);
    let mut project = Project::new("Compare benchmark — “generated” 😀", jiff::Timestamp::UNIX_EPOCH);
    let agencies: Vec<_> = (0..12)
        .map(|i| {
            project
                .add_agency(AgencySeed { name: format!("Agency {i}"), country: String::new(), aliases: vec![] })
                .expect("ids to spare")
        })
        .collect();
    let subjects: Vec<String> = (0..20).map(|i| format!("Subject {i} troops")).collect();
    let measures = ["casualties", "killed", "wounded", "lost", "eliminated", "troops", "sent"];
    let qualifiers =
        [None, Some(Qualifier::Around), Some(Qualifier::Over), Some(Qualifier::Nearly), Some(Qualifier::About)];
    let articles = claims.div_ceil(CLAIMS_PER_ARTICLE);
    for n in 0..articles {
        let id = project.next_ids.article().expect("ids to spare");
        let text = format!("Article {n}: officials said — “figures” 😀 were\u{a0}given.");
        project.articles.push(Article {
            id,
            title: format!("Story {n}"),
            outlet: format!("Outlet {}", n % 40),
            url: String::new(),
            published_on: Some(jiff::civil::date(2025, 1 + (n % 6) as i8, 1 + (n % 28) as i8)),
            retrieved_at: None,
            primary_source: n % 50 == 0,
            text_sha256: Article::text_hash(&text),
            text,
        });
    }
    for k in 0..claims {
        // A statement: subject, agency, month and measure; its figure.
        let subject = rng.below(subjects.len());
        let agency = rng.below(agencies.len());
        let month = rng.below(6);
        let mut measure = rng.below(3);
        // Each statement its own round figure; agencies rarely agree.
        let base_value = 100.0 * (10 + (subject * 131 + agency * 37 + month * 11) % 400) as f64;
        // Casualties, the killed among them (a quarter) and the wounded.
        let mut value = match measure {
            0 => base_value,
            1 => base_value / 4.0,
            _ => base_value * 3.0 / 4.0,
        };
        let mut qualifier = qualifiers[(subject + agency) % qualifiers.len()];
        // About one retelling in ten drifts, one way or another.
        match rng.below(30) {
            0 => qualifier = qualifiers[rng.below(qualifiers.len())],
            1 => value *= 1.0 + rng.below(40) as f64 / 100.0,
            2 => measure = 3 + rng.below(4),
            _ => {}
        }
        let ratio = rng.below(5) == 0;
        let (kind, value, base) = if ratio {
            (FigureKind::Ratio, value / 50_000.0, Some(50_000.0))
        } else {
            (FigureKind::Count, value, None)
        };
        let id = project.next_ids.claim().expect("ids to spare");
        let exact = "figures".to_string();
        project.claims.push(Claim {
            id,
            article: ArticleId(1 + (k / CLAIMS_PER_ARTICLE) as u32),
            anchor: Anchor { start: 40, end: 47, exact, prefix: String::new(), suffix: String::new() },
            figure: Figure {
                text: format!("{value}"),
                value: Some(value),
                qualifier,
                measure: measures[measure].to_string(),
                kind,
                subject: subjects[subject].clone(),
                base,
            },
            agency: Some(agencies[agency]),
            date: Some(ClaimDate::new(
                jiff::civil::date(2025, 1 + month as i8, 1),
                DatePrecision::Month,
                if rng.below(2) == 0 { DateKind::AsOf } else { DateKind::Reported },
            )),
            tags: vec![],
            verdict: Verdict::Unchecked,
            note: String::new(),
        });
    }
    project
}

fn bench_compare(c: &mut Criterion) {
    let mut group = c.benchmark_group("compare");
    group.sample_size(10);
    for claims in [10_000, 25_000, 50_000] {
        let project = generated(claims);
        let result = compare(&project);
        let by_kind: Vec<String> = crosscheck::analysis::FindingKind::ALL
            .iter()
            .map(|k| format!("{} {}", result.findings.iter().filter(|f| f.kind == *k).count(), k.label()))
            .collect();
        eprintln!(
            "{claims} claims, {} articles: {} groups, {} findings ({})",
            project.articles.len(),
            result.groups.len(),
            result.findings.len(),
            by_kind.join(", ")
        );
        group.throughput(Throughput::Elements(claims as u64));
        group.bench_with_input(BenchmarkId::from_parameter(claims), &project, |b, p| b.iter(|| compare(black_box(p))));
    }
    group.finish();
}

criterion_group!(benches, bench_compare);
criterion_main!(benches);
