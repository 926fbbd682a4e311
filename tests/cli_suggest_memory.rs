//! `crosscheck suggest` on attackers' inputs stays within a memory budget
//! linear in the input: at most `BYTES_PER_INPUT_BYTE` bytes of peak
//! resident memory per input byte, over a fixed `BASELINE` for the program
//! itself (code, the agency index, the allocator's arenas).
//!
//! Each run is one child process. Its peak RSS comes from `wait4`, which
//! reports the usage of that child alone (`getrusage(RUSAGE_CHILDREN)`
//! would give the largest of all children this test binary has waited for,
//! and the tests run in parallel). Linux reports `ru_maxrss` in KiB.
//!
//! A child's `ru_maxrss` also counts this test process: until it execs, the
//! spawned child shares (or copies) our address space, and Linux keeps that
//! space's high-water mark as the child's peak. So this process
//! must stay small all along: it writes each input to a file and counts the
//! figures in the output line by line instead of parsing the JSON (parsing
//! 500 MB of output once made every later child report 3 GB).
//!
//! Time is not asserted here (timed tests are flaky on shared machines); the
//! `degenerate` groups of `benches/extract.rs` show that it is linear.

#![cfg(target_os = "linux")]

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

/// The budget per input byte, for the whole process.
const BYTES_PER_INPUT_BYTE: u64 = 50;

/// What the process needs whatever its input, plus this test process (see
/// above). `suggest` on a 2 KB article peaks at about 5 MB with a release
/// build and 6.5 MB with the test profile's debug build (measured;
/// `baseline_is_small` prints it); 30 MB leaves room for other allocators,
/// libc versions and the tests running beside each other.
const BASELINE: u64 = 30 << 20;

/// The size of each attack.
const INPUT_BYTES: usize = 2 << 20;

/// `unit` repeated to exactly `bytes` bytes of ASCII.
fn repeated(unit: &str, bytes: usize) -> String {
    assert!(unit.is_ascii());
    let mut text = unit.repeat(bytes / unit.len() + 1);
    text.truncate(bytes);
    text
}

struct Measured {
    peak_rss: u64,
    figures: usize,
}

/// Runs `crosscheck suggest` on `text` (written to `name` in a temporary
/// folder) and returns its peak RSS and how many figures it printed.
fn suggest_peak(name: &str, text: &str) -> Measured {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let input = tmp.path().join(name);
    std::fs::write(&input, text).expect("the input is written");
    let stdout_path = tmp.path().join("stdout.json");
    let stdout = std::fs::File::create(&stdout_path).expect("a file for stdout");
    let child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .arg("suggest")
        .arg(&input)
        .args(["--published", "2025-04-02", "--format", "json"])
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()
        .expect("the crosscheck binary runs");
    let mut stderr = String::new();
    let mut child = child;
    if let Some(mut pipe) = child.stderr.take() {
        pipe.read_to_string(&mut stderr).expect("stderr is UTF-8");
    }
    let (code, peak_rss) = wait_with_usage(child.id());
    assert_eq!(code, 0, "crosscheck suggest {name} failed: {stderr}");
    let figures = count_figures(&stdout_path);
    drop(tmp);
    Measured { peak_rss, figures }
}

/// The figures in `suggest --format json` output, counted line by line: the
/// JSON is pretty-printed, one key per line.
fn count_figures(path: &std::path::Path) -> usize {
    let file = std::fs::File::open(path).expect("the output is there");
    let mut lines = BufReader::new(file).lines().map(|l| l.expect("stdout is UTF-8"));
    assert!(lines.next().is_some_and(|first| first.starts_with('[')), "stdout is a JSON array");
    let mut figures = 0;
    let mut last = String::new();
    for line in lines {
        if line.trim_start().starts_with("\"start\":") {
            figures += 1;
        }
        last = line;
    }
    assert!(last.ends_with(']') || figures == 0, "stdout is a whole JSON array");
    figures
}

/// Waits for the child `pid` and returns its exit code and peak RSS in
/// bytes.
fn wait_with_usage(pid: u32) -> (i32, u64) {
    let pid = libc::pid_t::try_from(pid).expect("a pid");
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is plain data, for which all zeroes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: both pointers are to live locals of the right types; the
        // child is ours and has not been waited for (std only reaps a child
        // in `wait`, `try_wait` and `output`, none of which is called).
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        let err = std::io::Error::last_os_error();
        assert_eq!(err.kind(), std::io::ErrorKind::Interrupted, "wait4: {err}");
    }
    assert!(libc::WIFEXITED(status), "crosscheck was killed by signal {}", libc::WTERMSIG(status));
    let kib = u64::try_from(usage.ru_maxrss).expect("a non-negative RSS");
    (libc::WEXITSTATUS(status), kib * 1024)
}

fn budget(input_bytes: usize) -> u64 {
    BASELINE + BYTES_PER_INPUT_BYTE * input_bytes as u64
}

fn check(name: &str, text: &str) -> Measured {
    let m = suggest_peak(name, text);
    let mib = |b: u64| b as f64 / f64::from(1 << 20);
    let per_byte = m.peak_rss as f64 / text.len() as f64;
    println!(
        "{name}: {} bytes, {} figures, peak RSS {:.1} MiB ({per_byte:.1} bytes per input byte), budget {:.1} MiB",
        text.len(),
        m.figures,
        mib(m.peak_rss),
        mib(budget(text.len()))
    );
    assert!(
        m.peak_rss <= budget(text.len()),
        "{name}: peak RSS {:.1} MiB is over the budget of {:.1} MiB ({} MiB + {BYTES_PER_INPUT_BYTE} bytes per input byte)",
        mib(m.peak_rss),
        mib(budget(text.len())),
        BASELINE >> 20
    );
    m
}

#[test]
fn baseline_is_small() {
    let text = "LONDON \u{2014} The UK Ministry of Defence said on Friday that over 5,000 North Korean troops had \
                been killed or wounded, about a third of the 11,000 sent last autumn.\n\n"
        .repeat(12);
    let m = check("baseline.txt", &text);
    assert!(m.figures > 0);
    assert!(m.peak_rss < BASELINE, "the baseline itself is {} KiB", m.peak_rss >> 10);
}

/// "1,1,1,…": the tokenizer splits it into a million numbers and a million
/// commas.
#[test]
fn comma_separated_ones() {
    check("ones.txt", &repeated("1,", INPUT_BYTES));
}

/// Ordinary clauses, full of figures, agencies and dates, pasted as one
/// sentence: no full stop, no line break.
#[test]
fn one_long_sentence() {
    let unit = "the ministry said that over 5,000 troops were killed and about 1,200 wounded as of mid-January \
                according to the UK Ministry of Defence while officials said some 300 were captured on Friday \
                and a third of the 11,000 soldiers sent last autumn had been lost, per the JCS, ";
    let m = check("run-on.txt", &repeated(unit, INPUT_BYTES));
    // The figures are still found: five in each repetition of `unit`, but
    // for a few where the splitter cuts the run into 300-token pieces.
    let repetitions = INPUT_BYTES / unit.len();
    assert!(m.figures * 10 >= 49 * repetitions, "{} figures in {repetitions} repetitions", m.figures);
}

/// "1 1 1 …": a million figures. The engine hands them out one at a time
/// (`Extractor::suggest_each`) and the command writes each as it comes, so
/// memory does not grow with the figures (collecting them all, then a row
/// for each, then the whole JSON text took about 1.3 KB per figure).
#[test]
fn one_figure_per_token() {
    let m = check("spaced-ones.txt", &repeated("1 ", INPUT_BYTES));
    assert_eq!(m.figures, INPUT_BYTES / 2);
}
