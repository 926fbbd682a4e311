//! CPU time of one `Harness::step` of the whole workbench while scrolling an
//! article pane: a 200,000-character article with 2,000 claims against the
//! sample's ~2,000-character articles. Run: `cargo bench --bench scroll`.
//! Besides criterion's estimates it prints the median and p99 of 600 timed
//! steps of each case, since a scroll that stutters shows in the tail.

use criterion::{Criterion, criterion_group, criterion_main};
use crosscheck::anchor::anchor_span;
use crosscheck::model::*;
use crosscheck::store::{ImportedText, parse_project};
use crosscheck::ui::{App, Document, SAMPLE_PROJECT};
use egui::{Event, Modifiers, MouseWheelSource, MouseWheelUnit, TouchPhase, vec2};
use egui_kittest::Harness;
use std::path::Path;
use std::time::{Duration, Instant};

const PARAGRAPH: &str = "The UK Ministry of Defence said on Friday that North Korean units near Kursk had \
suffered around 4,000 casualties — “a heavy toll” 😀 — as of mid\u{a0}January, while Ukraine’s \
commander-in-chief put the share killed or wounded at nearly half of the 11,000 troops sent. ";

/// A project with one long article: paragraphs of about 1,000 characters
/// until 200,000, and 2,000 claims spread evenly over it.
fn long_project() -> Project {
    let mut text = String::new();
    while text.chars().count() < 200_000 {
        for _ in 0..4 {
            text.push_str(PARAGRAPH);
        }
        text.push_str("\n\n");
    }
    let mut project = Project::with_default_agencies("bench", jiff::Timestamp::UNIX_EPOCH);
    let tag = project.next_ids.tag().expect("a new project has tag ids");
    project.tags.push(Tag { id: tag, name: "casualties".into(), colour: Rgb([0xd9, 0x53, 0x4f]) });
    let article = project
        .add_article(
            ImportedText { title: "Long".into(), text: text.clone(), ..Default::default() },
            jiff::Timestamp::UNIX_EPOCH,
        )
        .expect("a new project has article ids");
    let len = text.chars().count();
    let step = len / 2000;
    for i in 0..2000 {
        let start = i * step;
        let Some(anchor) = anchor_span(&text, start, start + 25) else { continue };
        let id = project.next_ids.claim().expect("ids to spare");
        project.claims.push(Claim {
            id,
            article,
            anchor,
            figure: Figure::default(),
            agency: None,
            date: None,
            tags: vec![tag],
            verdict: Verdict::Unchecked,
            note: String::new(),
        });
    }
    project
}

fn harness(project: Project) -> Harness<'static, App> {
    let mut app = App::new(None, false);
    app.replace_document(Document::new(project, None));
    app.apply(crosscheck::ui::ViewAction::SetPaneCount(1));
    let mut h = Harness::builder().with_size([1280.0, 800.0]).build_ui_state(|ui, app: &mut App| app.show(ui), app);
    h.run_steps(3);
    h
}

fn scroll_step(h: &mut Harness<'_, App>, down: bool) -> Duration {
    h.hover_at(egui::pos2(600.0, 250.0));
    h.event(Event::MouseWheel {
        unit: MouseWheelUnit::Point,
        delta: vec2(0.0, if down { -120.0 } else { 120.0 }),
        phase: TouchPhase::Move,
        source: MouseWheelSource::Unknown,
        modifiers: Modifiers::NONE,
    });
    let started = Instant::now();
    h.step();
    started.elapsed()
}

fn percentiles(h: &mut Harness<'_, App>, name: &str) {
    let mut times: Vec<Duration> = (0..600).map(|i| scroll_step(h, (i / 150) % 2 == 0)).collect();
    times.sort();
    let p = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    println!("{name}: median {:?}, p99 {:?} per step over {} steps", p(0.5), p(0.99), times.len());
}

fn bench(c: &mut Criterion) {
    let sample = parse_project(Path::new("sample"), SAMPLE_PROJECT).expect("sample parses");
    let mut long = harness(long_project());
    let mut short = harness(sample);
    percentiles(&mut long, "200k chars, 2,000 claims");
    percentiles(&mut short, "sample article (~2k chars)");
    let mut group = c.benchmark_group("scroll_step");
    let mut i = 0usize;
    group.bench_function("200k_chars_2000_claims", |b| {
        b.iter_custom(|n| {
            (0..n)
                .map(|_| {
                    i += 1;
                    scroll_step(&mut long, (i / 150) % 2 == 0)
                })
                .sum()
        })
    });
    group.bench_function("sample_article", |b| {
        b.iter_custom(|n| {
            (0..n)
                .map(|_| {
                    i += 1;
                    scroll_step(&mut short, (i / 150) % 2 == 0)
                })
                .sum()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
