//! Guessed titles on import (issue 11): page furniture ("Loading Now",
//! photo captions with their credit, "Post Comment", bylines) is skipped,
//! `.html` takes `og:title`, then `<h1>`, then `<title>` without the site's
//! name, and a long headline is cut at a word with "…". The fixtures are
//! invented, opening with such furniture.

use super::common::*;
use crosscheck::store::load_project;
use std::ffi::OsStr;

/// The titles `import` gives `files`, in order.
fn imported_titles(files: &[&str]) -> Vec<String> {
    let tmp = tempfile::tempdir().unwrap();
    let mut args = vec![OsStr::new("import").to_owned(), OsStr::new("desk.ron").to_owned()];
    args.extend(files.iter().map(|f| fixture(&format!("import/{f}")).into_os_string()));
    let run = crosscheck(tmp.path(), &args);
    assert_eq!(run.code, 0, "{run:?}");
    load_project(&tmp.path().join("desk.ron")).unwrap().articles.into_iter().map(|a| a.title).collect()
}

#[test]
fn furniture_before_the_headline_is_skipped() {
    let titles = imported_titles(&["furniture-news1.txt", "furniture.md"]);
    assert_eq!(
        titles,
        [
            "Seoul lowers its count of North Korean dead — “for now” 😀",
            "Kursk casualty figures diverge — a desk note 😀"
        ]
    );
}

#[test]
fn html_titles_come_from_og_title_or_the_title_without_the_site_name() {
    let titles = imported_titles(&["furniture-og.html", "furniture-title.html"]);
    assert_eq!(
        titles,
        [
            "Kyiv puts North Korean losses at “nearly half” of the contingent 🇺🇦",
            "Seoul and Kyiv disagree on the Kursk toll — again",
        ]
    );
}

#[test]
fn a_long_headline_is_cut_at_a_word_with_an_ellipsis() {
    let titles = imported_titles(&["long-headline.txt"]);
    let title = &titles[0];
    assert!(title.chars().count() <= 120, "{title}");
    assert!(title.ends_with('…'), "{title}");
    let kept = title.trim_end_matches('…');
    assert!(kept.starts_with("North Korean troops “suffered heavy losses” in Kursk"), "{title}");
    let full = read_text("import/long-headline.txt");
    let next = full[full.find(kept).unwrap() + kept.len()..].chars().next();
    assert_eq!(next, Some(' '), "cut at a word break: {title}");
}

#[test]
fn the_old_fixtures_keep_their_titles() {
    let titles = imported_titles(&["dispatch.txt", "briefing.md", "report.html"]);
    assert_eq!(
        titles,
        [
            "Seoul revises its count — again 🇰🇷",
            "Kursk briefing — “what we know” 😀",
            "Losses mount in Kursk — “a grim arithmetic” 🇬🇧",
        ]
    );
}
