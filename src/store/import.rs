//! Turning files into articles: `.txt` and `.md` as text, `.html` reduced to
//! its readable text with a real HTML parser.

use super::error::{StoreError, read_utf8};
use crate::model::{Article, ArticleId, Project};
use jiff::Timestamp;
use jiff::civil::Date;
use scraper::{ElementRef, Html, Node, Selector};
use std::path::Path;

/// What an imported file yields before the editor confirms its metadata.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportedText {
    pub title: String,
    pub outlet: String,
    pub url: String,
    pub published_on: Option<Date>,
    pub text: String,
}

/// Largest file crosscheck imports; news articles are far smaller, and a
/// bigger file is almost certainly the wrong one.
pub const MAX_IMPORT_BYTES: u64 = 20 * 1024 * 1024;

/// Reads an article file by its extension.
pub fn read_article_file(path: &Path) -> Result<ImportedText, StoreError> {
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    if !matches!(extension.as_str(), "txt" | "md" | "markdown" | "html" | "htm") {
        return Err(StoreError::new(
            path,
            "cannot import this kind of file; crosscheck imports .txt, .md and .html articles",
        ));
    }
    let size = std::fs::metadata(path).map_err(|e| StoreError::io(path, "cannot read", &e))?.len();
    if size > MAX_IMPORT_BYTES {
        return Err(StoreError::new(
            path,
            format!(
                "the file is {} MB; crosscheck imports articles up to {} MB",
                size / 1_000_000,
                MAX_IMPORT_BYTES / 1_000_000
            ),
        ));
    }
    let raw = read_utf8(path)?;
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let imported = match extension.as_str() {
        "html" | "htm" => html_to_article(&raw),
        "md" | "markdown" => markdown_to_article(&raw),
        _ => plain_to_article(&raw),
    };
    let mut imported = imported;
    if imported.text.trim().is_empty() {
        return Err(StoreError::new(path, "the file holds no article text"));
    }
    if imported.title.is_empty() {
        imported.title = stem;
    }
    Ok(imported)
}

/// Line endings unified to `\n`, leading and trailing blank lines dropped.
pub fn normalise_text(raw: &str) -> String {
    let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = unified.lines().map(str::trim_end).collect();
    let first = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(lines.len());
    let last = lines.iter().rposition(|l| !l.trim().is_empty()).map_or(first, |i| i + 1);
    lines[first..last].join("\n")
}

pub fn plain_to_article(raw: &str) -> ImportedText {
    let text = normalise_text(raw);
    let title = text.lines().next().unwrap_or("").trim().chars().take(120).collect();
    ImportedText { title, text, ..ImportedText::default() }
}

/// Markdown is kept as written; its first heading becomes the title.
pub fn markdown_to_article(raw: &str) -> ImportedText {
    let text = normalise_text(raw);
    let title = text
        .lines()
        .find_map(|l| l.trim_start().strip_prefix('#').map(|h| h.trim_start_matches('#').trim().to_string()))
        .unwrap_or_else(|| text.lines().next().unwrap_or("").trim().to_string());
    ImportedText { title, text, ..ImportedText::default() }
}

/// Elements whose text is never article text.
const SKIPPED: &[&str] =
    &["script", "style", "nav", "header", "footer", "aside", "noscript", "form", "template", "svg", "button", "iframe"];
/// Elements that make one paragraph each.
const BLOCKS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "figcaption", "dd", "dt"];

fn sel(css: &str) -> Selector {
    // Only called with the literal selectors below.
    Selector::parse(css).expect("static selector")
}

/// Collapses runs of ASCII whitespace to one space; non-breaking spaces are
/// text, not layout, and are kept.
fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_ascii_whitespace() {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

fn visible_text(element: ElementRef<'_>, out: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if SKIPPED.contains(&e.name()) => {}
            Node::Element(e) if e.name() == "br" => out.push(' '),
            Node::Element(_) => {
                if let Some(el) = ElementRef::wrap(child) {
                    visible_text(el, out);
                }
            }
            _ => {}
        }
    }
}

fn is_skipped(element: ElementRef<'_>) -> bool {
    element.ancestors().filter_map(ElementRef::wrap).any(|a| SKIPPED.contains(&a.value().name()))
}

fn inside_block(element: ElementRef<'_>) -> bool {
    element.ancestors().filter_map(ElementRef::wrap).any(|a| BLOCKS.contains(&a.value().name()))
}

fn meta(document: &Html, selectors: &[&str]) -> String {
    selectors
        .iter()
        .find_map(|css| {
            document
                .select(&sel(css))
                .find_map(|m| m.value().attr("content").or_else(|| m.value().attr("href")).map(|c| collapse_spaces(c)))
        })
        .unwrap_or_default()
}

/// The readable text of an HTML page: its title and body paragraphs, no
/// scripts, styles, navigation, headers or footers.
pub fn html_to_article(raw: &str) -> ImportedText {
    let document = Html::parse_document(raw);
    let title_from_head = document
        .select(&sel("title"))
        .next()
        .map(|t| collapse_spaces(&t.text().collect::<String>()))
        .unwrap_or_default();
    let root = document
        .select(&sel("article"))
        .next()
        .or_else(|| document.select(&sel("main")).next())
        .or_else(|| document.select(&sel("body")).next())
        .unwrap_or_else(|| document.root_element());
    let blocks = sel(&BLOCKS.join(","));
    let mut paragraphs: Vec<String> = Vec::new();
    let mut first_heading = String::new();
    for element in root.select(&blocks) {
        if is_skipped(element) || inside_block(element) {
            continue;
        }
        let mut text = String::new();
        visible_text(element, &mut text);
        let text = collapse_spaces(&text);
        if text.is_empty() {
            continue;
        }
        if element.value().name() == "h1" && first_heading.is_empty() {
            first_heading = text;
            continue;
        }
        paragraphs.push(text);
    }
    if paragraphs.is_empty() {
        let mut text = String::new();
        visible_text(root, &mut text);
        let text = collapse_spaces(&text);
        if !text.is_empty() {
            paragraphs.push(text);
        }
    }
    let title = if first_heading.is_empty() { title_from_head } else { first_heading };
    let published_on = meta(
        &document,
        &["meta[property='article:published_time']", "meta[name='date']", "meta[itemprop='datePublished']"],
    )
    .get(..10)
    .and_then(|d| d.parse::<Date>().ok());
    ImportedText {
        title,
        outlet: meta(&document, &["meta[property='og:site_name']"]),
        url: meta(&document, &["link[rel='canonical']", "meta[property='og:url']"]),
        published_on,
        text: paragraphs.join("\n\n"),
    }
}

impl Project {
    /// Adds an article with a fresh id, its hash computed from its text.
    pub fn add_article(&mut self, imported: ImportedText, retrieved_at: Timestamp) -> ArticleId {
        let id = self.next_ids.article();
        self.articles.push(Article {
            id,
            title: imported.title,
            outlet: imported.outlet,
            url: imported.url,
            published_on: imported.published_on,
            retrieved_at: Some(retrieved_at),
            text_sha256: Article::text_hash(&imported.text),
            text: imported.text,
        });
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_keeps_paragraphs_and_drops_chrome() {
        let html = r#"<!doctype html><html><head><title>Site | Story</title>
            <meta property="og:site_name" content="Baltic Wire">
            <link rel="canonical" href="https://example.org/story">
            <meta property="article:published_time" content="2025-03-28T09:00:00Z">
            <style>p { color: red }</style><script>var x = "<p>no</p>";</script></head>
            <body><nav><p>Home | World</p></nav><header>Menu</header>
            <article><h1>Kursk toll “rises” — 🇬🇧</h1>
            <p>Over 5,000&nbsp;casualties,   the <b>U.K.</b> said.</p>
            <blockquote><p>“Nearly half”</p></blockquote>
            <ul><li>one-third killed</li></ul><script>alert(1)</script>
            </article><footer><p>© 2025</p></footer></body></html>"#;
        let a = html_to_article(html);
        assert_eq!(a.title, "Kursk toll “rises” — 🇬🇧");
        assert_eq!(a.text, "Over 5,000\u{a0}casualties, the U.K. said.\n\n“Nearly half”\n\none-third killed");
        assert_eq!(a.outlet, "Baltic Wire");
        assert_eq!(a.url, "https://example.org/story");
        assert_eq!(a.published_on, Some(jiff::civil::date(2025, 3, 28)));
    }

    #[test]
    fn plain_text_unifies_line_endings_and_keeps_unicode() {
        let a = plain_to_article("\r\n\r\nTitle — “x” 😀\r\n\r\nBody\u{a0}text  \r\n\r\n");
        assert_eq!(a.text, "Title — “x” 😀\n\nBody\u{a0}text");
        assert_eq!(a.title, "Title — “x” 😀");
        let m = markdown_to_article("Intro\n\n## Kursk — “toll”\n\ntext");
        assert_eq!(m.title, "Kursk — “toll”");
    }
}
