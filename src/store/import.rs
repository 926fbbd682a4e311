//! Turning files into articles: `.txt` and `.md` as text, `.html` reduced to
//! its readable text.
//!
//! HTML is read in one pass, in time linear in its size whatever its
//! nesting, attributes or errors, and without recursion: a tokenizer that
//! follows the HTML standard where it decides what is text (character
//! references, raw text in `<script>`, `<style>`, `<title>` and the like,
//! comments, CDATA in SVG and MathML) feeds a small model of the standard's
//! tree builder, which keeps only the open elements that can change which
//! text is kept. Both are hand-written because html5ever's tokenizer checks
//! every attribute against all earlier ones of its tag, so one tag with many
//! attributes takes quadratic time, and its tree builder scans the stack of
//! open elements for every start tag; html5ever supplies the entity table.
//!
//! The model leaves out what cannot change the text kept, and simplifies
//! where only broken markup is affected: it does not move stray content of
//! a table in front of it (so only whitespace around it can differ), nor
//! re-nest misnested formatting tags such as `<b><p></b>`.

use super::error::{StoreError, decode_utf8, read_limited};
use html5ever::data::{C1_REPLACEMENTS, NAMED_ENTITIES};
use jiff::civil::Date;
use std::path::Path;

pub use crate::model::ImportedText;

/// Largest file crosscheck imports; news articles are far smaller, and a
/// bigger file is almost certainly the wrong one.
pub const MAX_IMPORT_BYTES: u64 = 20 * 1024 * 1024;

/// Reads an article file by its extension. Only regular files (or links to
/// them) of at most [`MAX_IMPORT_BYTES`] are read; a device, FIFO or socket
/// is refused before anything waits on it.
pub fn read_article_file(path: &Path) -> Result<ImportedText, StoreError> {
    read_article_source(path).map(|source| source.article)
}

/// An article file as [`read_article_file`] reads it, with what is needed
/// to point into the file itself.
#[derive(Clone, Debug)]
pub struct ArticleSource {
    /// The article as import stores it.
    pub article: ImportedText,
    /// The file's own text, as read: UTF-8, without a byte-order mark.
    pub raw: String,
    /// For `.txt` and `.md`, where the article's text is the file's text
    /// cleaned up ([`normalise_text`]), where each of its code points came
    /// from in `raw`. `None` for `.html`, whose text is extracted from the
    /// markup and has no such one-to-one reading.
    pub offsets: Option<OffsetMap>,
}

/// [`read_article_file`], keeping the file's own text and, for `.txt` and
/// `.md`, the map from the article's offsets back to it.
pub fn read_article_source(path: &Path) -> Result<ArticleSource, StoreError> {
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    if !matches!(extension.as_str(), "txt" | "md" | "markdown" | "html" | "htm") {
        return Err(StoreError::new(
            path,
            "cannot import this kind of file; crosscheck imports .txt, .md and .html articles",
        ));
    }
    let raw = decode_utf8(path, read_limited(path, MAX_IMPORT_BYTES)?)?;
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let (mut imported, offsets) = match extension.as_str() {
        "html" | "htm" => (html_to_article(&raw), None),
        "md" | "markdown" => {
            let (text, map) = normalise_text_mapped(&raw);
            (markdown_article(text), Some(map))
        }
        _ => {
            let (text, map) = normalise_text_mapped(&raw);
            (plain_article(text), Some(map))
        }
    };
    if imported.text.trim().is_empty() {
        return Err(StoreError::new(path, "the file holds no article text"));
    }
    if imported.title.is_empty() {
        imported.title = shorten_title(&stem);
    }
    Ok(ArticleSource { article: imported, raw, offsets })
}

/// Line endings unified to `\n`, trailing white space dropped from every
/// line, leading and trailing blank lines dropped.
pub fn normalise_text(raw: &str) -> String {
    clean_up(raw, false).0
}

/// Where the code points of a cleaned-up text ([`normalise_text`]) came
/// from in the text it was made of: built while cleaning, in time linear in
/// the text, one entry for each place where the two stop running in step
/// (a dropped run of white space, a CRLF made LF), so that offsets into the
/// cleaned text can be reported against the file a tool holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// Runs of code points that map one to one, by where each starts in the
    /// cleaned text (increasing) and in the original; `crlf` marks a run
    /// whose first code point is a `\n` made of a CRLF, whose `\r` is one
    /// code point before `raw`.
    runs: Vec<Run>,
    /// Code points in the cleaned text.
    len: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Run {
    clean: usize,
    raw: usize,
    crlf: bool,
}

impl OffsetMap {
    /// The span `start..end` of the cleaned text (code points, end
    /// exclusive) as a span of the original text: from where its first code
    /// point came from to just after where its last came from (a `\n` made
    /// of a CRLF covers both). An empty span maps to where the code point at
    /// `start` came from. Offsets past the end are clamped to it.
    pub fn span(&self, start: usize, end: usize) -> (usize, usize) {
        let start = start.min(self.len);
        let end = end.clamp(start, self.len);
        let from = self.char_start(start);
        if end == start { (from, from) } else { (from, self.char_end(end - 1)) }
    }

    /// Where code point `c` of the cleaned text begins in the original; at
    /// the end, just after the last.
    fn char_start(&self, c: usize) -> usize {
        if c >= self.len {
            return if self.len == 0 { 0 } else { self.char_end(self.len - 1) };
        }
        let run = self.runs[self.runs.partition_point(|r| r.clean <= c) - 1];
        if run.crlf && c == run.clean { run.raw - 1 } else { run.raw + (c - run.clean) }
    }

    /// Where code point `c` of the cleaned text ends in the original.
    fn char_end(&self, c: usize) -> usize {
        let run = self.runs[self.runs.partition_point(|r| r.clean <= c) - 1];
        run.raw + (c - run.clean) + 1
    }
}

/// [`normalise_text`], and the map from its offsets back to `raw`'s.
pub fn normalise_text_mapped(raw: &str) -> (String, OffsetMap) {
    clean_up(raw, true)
}

/// The cleanup, with the offset map when `map` is asked for (else empty).
fn clean_up(raw: &str, map: bool) -> (String, OffsetMap) {
    let is_break = |c: char| c == '\n' || c == '\r';
    // Everything before the line holding the first visible character, and
    // after the last visible character, is dropped.
    let Some(first_visible) = raw.find(|c: char| !c.is_whitespace()) else {
        return (String::new(), OffsetMap::default());
    };
    let from = raw[..first_visible].rfind(is_break).map_or(0, |i| i + 1);
    let last_visible = raw.rfind(|c: char| !c.is_whitespace()).unwrap_or(first_visible);
    let to = last_visible + raw[last_visible..].chars().next().map_or(0, char::len_utf8);
    let body = &raw[from..to];

    let mut out = String::with_capacity(body.len());
    let mut runs: Vec<Run> = Vec::new();
    let mut clean = 0usize;
    let mut at = raw[..from].chars().count();
    // Records that the next code point written, at `clean`, came from
    // `raw` in the original, opening a run when the two fall out of step.
    let step = |runs: &mut Vec<Run>, clean: usize, raw: usize, crlf: bool| {
        if !map {
            return;
        }
        let in_step = runs.last().is_some_and(|r| r.raw + (clean - r.clean) == raw);
        if crlf || !in_step {
            runs.push(Run { clean, raw, crlf });
        }
    };
    let mut rest = body;
    loop {
        let (line, after) = match rest.find(is_break) {
            Some(i) => (&rest[..i], Some(i)),
            None => (rest, None),
        };
        let kept = line.trim_end();
        let kept_chars = kept.chars().count();
        if kept_chars > 0 {
            step(&mut runs, clean, at, false);
            out.push_str(kept);
            clean += kept_chars;
        }
        at += kept_chars + line[kept.len()..].chars().count();
        let Some(i) = after else { break };
        let crlf = rest[i..].starts_with("\r\n");
        if crlf {
            // The `\n` stands for both; the run records the `\r` before it.
            step(&mut runs, clean, at + 1, true);
            at += 2;
            rest = &rest[i + 2..];
        } else {
            step(&mut runs, clean, at, false);
            at += 1;
            rest = &rest[i + 1..];
        }
        out.push('\n');
        clean += 1;
    }
    (out, OffsetMap { runs, len: clean })
}

/// Plain text: its title is the first line that reads as a headline
/// ([`guess_title`]).
pub fn plain_to_article(raw: &str) -> ImportedText {
    plain_article(normalise_text(raw))
}

fn plain_article(text: String) -> ImportedText {
    let title = guess_title(&text);
    ImportedText { title, text, ..ImportedText::default() }
}

/// Markdown is kept as written; its first heading becomes the title, else
/// the first line that reads as a headline.
pub fn markdown_to_article(raw: &str) -> ImportedText {
    markdown_article(normalise_text(raw))
}

fn markdown_article(text: String) -> ImportedText {
    let title = text
        .lines()
        .take(TITLE_LINES)
        .find_map(|l| l.trim_start().strip_prefix('#').map(|h| h.trim_start_matches('#').trim().to_string()))
        .filter(|h| !h.is_empty())
        .map(|h| shorten_title(&h))
        .unwrap_or_else(|| guess_title(&text));
    ImportedText { title, text, ..ImportedText::default() }
}

/// Lines looked at for a title; a headline comes near the top.
const TITLE_LINES: usize = 60;
/// The longest title kept whole, in code points.
pub const MAX_TITLE_CHARS: usize = 120;

/// The words and labels of page furniture (`assets/title-furniture.txt`).
fn furniture() -> &'static [String] {
    static LIST: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        include_str!("../../assets/title-furniture.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_lowercase)
            .collect()
    })
}

/// Whether a line is furniture rather than a headline: a widget or label
/// ("Loading Now", "Post Comment", "Comments (12)"), a byline ("By Jane
/// Doe", "Posted 3 Feb 2025"), a photo caption ending with its credit
/// ("… on Monday. /News1", "(Photo: Reuters)", "© AFP"), or too short to
/// be a headline (fewer than three words).
pub fn is_title_furniture(line: &str) -> bool {
    let line = line.trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 3 {
        return true;
    }
    let lower = line.to_lowercase();
    let bare = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    let label = bare.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || "()[]".contains(c));
    if furniture().iter().any(|f| f == bare || f == label) {
        return true;
    }
    // Bylines and datelines of the page, not of the story.
    let first = words[0].to_lowercase();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if (first == "by" || lower.starts_with("written by") || lower.starts_with("reporting by"))
        && words.get(1).is_some_and(|w| capitalised(w))
    {
        return true;
    }
    if ["posted", "updated", "published", "last updated", "first published"]
        .iter()
        .any(|p| lower.strip_prefix(p).is_some_and(|rest| rest.starts_with([' ', ':']) || rest.is_empty()))
    {
        return true;
    }
    // Photo captions that end with their credit: "… /News1", "/ AP Photo",
    // "(Photo: Reuters)", "Getty Images", "© AFP".
    if lower.starts_with('©') || lower.starts_with("photo:") || lower.starts_with("image:") {
        return true;
    }
    if let Some(slash) = line.rfind('/') {
        let credit = line[slash + 1..].trim();
        let credit_words: Vec<&str> = credit.split_whitespace().collect();
        if !credit.is_empty()
            && credit_words.len() <= 3
            && credit_words.iter().all(|w| capitalised(w) || w.chars().next().is_some_and(|c| c.is_ascii_digit()))
            && !line[..slash].ends_with(|c: char| c.is_ascii_digit())
        {
            return true;
        }
    }
    let credit_in_brackets = lower.ends_with(')')
        && lower.rfind('(').is_some_and(|i| {
            ["photo", "image", "credit", "pictured", "file photo"].iter().any(|w| lower[i + 1..].starts_with(w))
        });
    let credit_at_end = ["getty images", "ap photo", "afp photo", "via reuters", "via afp", "file photo"]
        .iter()
        .any(|c| bare.ends_with(c));
    credit_in_brackets || credit_at_end
}

/// The title of a text: the first of its first lines that reads as a
/// headline (not [`is_title_furniture`]), else its first line, cut to
/// [`MAX_TITLE_CHARS`] by [`shorten_title`].
pub fn guess_title(text: &str) -> String {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(TITLE_LINES);
    let first = lines.clone().next().unwrap_or("");
    let headline = lines.find(|l| !is_title_furniture(l)).unwrap_or(first);
    shorten_title(headline)
}

/// A title of at most [`MAX_TITLE_CHARS`] code points: a longer one is cut
/// at the last word break that fits and ends with "…".
pub fn shorten_title(title: &str) -> String {
    // Layout spaces collapse; no-break spaces are text and stay.
    let title = title.split(|c: char| c.is_ascii_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
    if title.chars().count() <= MAX_TITLE_CHARS {
        return title;
    }
    let room: String = title.chars().take(MAX_TITLE_CHARS - 1).collect();
    let cut = match room.rfind(' ') {
        Some(at) if at > 0 => &room[..at],
        _ => room.as_str(),
    };
    format!("{}…", cut.trim_end_matches(|c: char| c.is_whitespace() || ",;:—–-".contains(c)))
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

/// The readable text of an HTML page: its title and body paragraphs, no
/// scripts, styles, navigation, headers or footers.
///
/// - Script, style, nav, header, footer, aside, noscript, form, template,
///   svg, button and iframe elements give no text.
/// - Each outermost block (h1–h6, p, li, blockquote, pre, figcaption, dd,
///   dt) is one paragraph; blocks inside it add to it. `<br>` is a space;
///   whitespace is collapsed, no-break spaces are kept.
/// - The text comes from the first `<article>`, else the first `<main>`,
///   else the whole page; if it has no paragraph, all its visible text is
///   one. Elements around that `<article>` or `<main>` do not count: one
///   inside a `<form>` (some sites wrap whole pages in one) or a `<li>` is
///   still read paragraph by paragraph.
/// - The first `<h1>` paragraph is the title, else the first `<title>`.
/// - Outlet, address and date come from `meta[property=og:site_name]`,
///   `link[rel=canonical]` or `meta[property=og:url]`, and
///   `meta[property=article:published_time]`, `meta[name=date]` or
///   `meta[itemprop=datePublished]` (its first 10 characters, YYYY-MM-DD).
pub fn html_to_article(raw: &str) -> ImportedText {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let mut tree = Tree::new();
    Tokenizer { src: raw, b: raw.as_bytes(), pos: 0 }.run(&mut tree);
    tree.finish()
}

/// The title of an HTML page: its `og:title`, else its first `<h1>`, else
/// its `<title>` without the site's name ("Story | Site" → "Story"), else
/// the first paragraph that reads as a headline; cut by [`shorten_title`].
fn html_title(
    og_title: Option<String>,
    h1: String,
    title: String,
    site: Option<&str>,
    paragraphs: &[String],
) -> String {
    let og = og_title.map(|t| collapse_spaces(&t)).filter(|t| !t.is_empty());
    let chosen = og.or_else(|| (!h1.trim().is_empty()).then_some(h1)).or_else(|| {
        let t = strip_site_name(&title, site);
        (!t.is_empty()).then_some(t)
    });
    match chosen {
        Some(t) => shorten_title(&t),
        None => guess_title(&paragraphs.iter().take(TITLE_LINES).cloned().collect::<Vec<_>>().join("\n")),
    }
}

/// "Story | Site", "Story - Site", "Site: Story" → "Story", when the site
/// is named (by `og:site_name`) or the part cut off is short.
fn strip_site_name(title: &str, site: Option<&str>) -> String {
    let title = title.trim();
    for separator in [" | ", " – ", " — ", " - ", " :: ", ": "] {
        if let Some((head, tail)) = title.rsplit_once(separator) {
            let short_tail =
                separator != ": " && tail.split_whitespace().count() <= 3 && head.split_whitespace().count() >= 3;
            let tail_is_site = site.is_some_and(|s| s.eq_ignore_ascii_case(tail.trim())) || short_tail;
            if tail_is_site {
                return head.trim().to_string();
            }
        }
        if let Some((head, tail)) = title.split_once(separator)
            && site.is_some_and(|s| s.eq_ignore_ascii_case(head.trim()))
        {
            return tail.trim().to_string();
        }
    }
    title.to_string()
}

// ------------------------------------------------------------- elements

/// The elements whose tags change which text is kept; every other name is
/// [`El::Other`]. Names are matched lower-cased, as the tokenizer reports
/// them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
enum El {
    // Blocks.
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    P,
    Li,
    Blockquote,
    Pre,
    Figcaption,
    Dd,
    Dt,
    // Skipped.
    Script,
    Style,
    Nav,
    Header,
    Footer,
    Aside,
    Noscript,
    Form,
    Template,
    Svg,
    Button,
    Iframe,
    // Where the text is.
    Article,
    Main,
    // Never pushed: their tags are ignored after the first.
    Html,
    Head,
    Body,
    // The rest of the standard's "special" elements that hold content.
    Address,
    Applet,
    Caption,
    Center,
    Colgroup,
    Details,
    Dir,
    Div,
    Dl,
    Fieldset,
    Figure,
    Hgroup,
    Listing,
    Marquee,
    Menu,
    Noembed,
    Noframes,
    Object,
    Ol,
    Plaintext,
    Search,
    Section,
    Select,
    Summary,
    Table,
    Tbody,
    Td,
    Textarea,
    Tfoot,
    Th,
    Thead,
    Title,
    Tr,
    Ul,
    Xmp,
    // MathML and its elements that hold HTML again (`title` serves SVG).
    Math,
    ForeignObject,
    Desc,
    Mi,
    Mo,
    Mn,
    Ms,
    Mtext,
    AnnotationXml,
    // Void elements: never pushed.
    Br,
    Hr,
    Meta,
    Link,
    Img,
    Embed,
    Input,
    Void,
    // Not special, but a `<dialog>` closes a paragraph, and these end SVG
    // or MathML content when they start inside it.
    Dialog,
    Font,
    InlineBreakout,
    Other,
    /// On the stack in place of a `<form>` ended by `</form>` while
    /// elements opened inside it were still open; popped with them.
    Gone,
}

const ELEMENT_KINDS: usize = El::Gone as usize + 1;

/// The element a tag name (as written) names.
fn element(name: &str) -> El {
    let mut lower = [0u8; 16];
    let Some(buffer) = lower.get_mut(..name.len()) else { return El::Other };
    buffer.copy_from_slice(name.as_bytes());
    buffer.make_ascii_lowercase();
    use El::*;
    match &*buffer {
        b"h1" => H1,
        b"h2" => H2,
        b"h3" => H3,
        b"h4" => H4,
        b"h5" => H5,
        b"h6" => H6,
        b"p" => P,
        b"li" => Li,
        b"blockquote" => Blockquote,
        b"pre" => Pre,
        b"figcaption" => Figcaption,
        b"dd" => Dd,
        b"dt" => Dt,
        b"script" => Script,
        b"style" => Style,
        b"nav" => Nav,
        b"header" => Header,
        b"footer" => Footer,
        b"aside" => Aside,
        b"noscript" => Noscript,
        b"form" => Form,
        b"template" => Template,
        b"svg" => Svg,
        b"button" => Button,
        b"iframe" => Iframe,
        b"article" => Article,
        b"main" => Main,
        b"html" => Html,
        b"head" => Head,
        b"body" => Body,
        b"address" => Address,
        b"applet" => Applet,
        b"caption" => Caption,
        b"center" => Center,
        b"colgroup" => Colgroup,
        b"details" => Details,
        b"dir" => Dir,
        b"div" => Div,
        b"dl" => Dl,
        b"fieldset" => Fieldset,
        b"figure" => Figure,
        b"hgroup" => Hgroup,
        b"listing" => Listing,
        b"marquee" => Marquee,
        b"menu" => Menu,
        b"noembed" => Noembed,
        b"noframes" => Noframes,
        b"object" => Object,
        b"ol" => Ol,
        b"plaintext" => Plaintext,
        b"search" => Search,
        b"section" => Section,
        b"select" => Select,
        b"summary" => Summary,
        b"table" => Table,
        b"tbody" => Tbody,
        b"td" => Td,
        b"textarea" => Textarea,
        b"tfoot" => Tfoot,
        b"th" => Th,
        b"thead" => Thead,
        b"title" => Title,
        b"tr" => Tr,
        b"ul" => Ul,
        b"xmp" => Xmp,
        b"math" => Math,
        b"foreignobject" => ForeignObject,
        b"desc" => Desc,
        b"mi" => Mi,
        b"mo" => Mo,
        b"mn" => Mn,
        b"ms" => Ms,
        b"mtext" => Mtext,
        b"annotation-xml" => AnnotationXml,
        b"br" => Br,
        b"hr" => Hr,
        b"meta" => Meta,
        b"link" => Link,
        b"img" | b"image" => Img,
        b"embed" => Embed,
        b"input" | b"keygen" => Input,
        b"area" | b"base" | b"basefont" | b"bgsound" | b"col" | b"frame" | b"param" | b"source" | b"track" | b"wbr" => {
            Void
        }
        b"dialog" => Dialog,
        b"font" => Font,
        b"b" | b"big" | b"code" | b"em" | b"i" | b"nobr" | b"ruby" | b"s" | b"small" | b"span" | b"strong"
        | b"strike" | b"sub" | b"sup" | b"tt" | b"u" | b"var" => InlineBreakout,
        _ => Other,
    }
}

/// One paragraph each; blocks inside an open one add to it.
fn is_block(el: El) -> bool {
    use El::*;
    matches!(el, H1 | H2 | H3 | H4 | H5 | H6 | P | Li | Blockquote | Pre | Figcaption | Dd | Dt)
}

/// Never article text.
fn is_skipped(el: El) -> bool {
    use El::*;
    matches!(el, Script | Style | Nav | Header | Footer | Aside | Noscript | Form | Template | Svg | Button | Iframe)
}

fn is_heading(el: El) -> bool {
    use El::*;
    matches!(el, H1 | H2 | H3 | H4 | H5 | H6)
}

/// Elements the model keeps on its stack while they are open: the
/// standard's "special" HTML elements that hold content. Any other element
/// (`<b>`, `<span>`, `<a>`, unknown names) cannot end or hide text, so its
/// tags change nothing and need no memory however deep they nest.
fn is_tracked(el: El) -> bool {
    use El::*;
    !matches!(
        el,
        Html | Head
            | Body
            | Br
            | Hr
            | Meta
            | Link
            | Img
            | Embed
            | Input
            | Void
            | Dialog
            | Font
            | InlineBreakout
            | Other
            | Gone
    ) && !matches!(el, Math | ForeignObject | Desc | Mi | Mo | Mn | Ms | Mtext | AnnotationXml)
}

/// Start tags that end an open `<p>` (when no `<button>`, table cell or the
/// like lies between).
fn closes_paragraph(el: El) -> bool {
    use El::*;
    matches!(
        el,
        Address
            | Article
            | Aside
            | Blockquote
            | Center
            | Details
            | Dialog
            | Dir
            | Div
            | Dl
            | Fieldset
            | Figcaption
            | Figure
            | Footer
            | Header
            | Hgroup
            | Main
            | Menu
            | Nav
            | Ol
            | P
            | Search
            | Section
            | Summary
            | Ul
            | H1
            | H2
            | H3
            | H4
            | H5
            | H6
            | Pre
            | Listing
            | Form
            | Plaintext
            | Xmp
            | Hr
            | Li
            | Dd
            | Dt
    )
}

/// How the tokenizer reads what follows a start tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TextMode {
    /// Markup.
    Data,
    /// Text with character references, up to the element's end tag
    /// (`<title>`, `<textarea>`).
    Rcdata,
    /// Text as written up to the element's end tag (`<style>`, `<xmp>`,
    /// `<iframe>`, `<noembed>`, `<noframes>`, `<noscript>`).
    Rawtext,
    /// A script: like raw text, but `<!--` and `<script>` inside can hide
    /// a `</script>`.
    ScriptData,
    /// Text to the end of the file.
    Plaintext,
}

/// The lower-case name whose end tag ends raw text.
fn raw_name(el: El) -> &'static str {
    match el {
        El::Script => "script",
        El::Style => "style",
        El::Xmp => "xmp",
        El::Iframe => "iframe",
        El::Noembed => "noembed",
        El::Noframes => "noframes",
        El::Noscript => "noscript",
        El::Title => "title",
        El::Textarea => "textarea",
        _ => "plaintext",
    }
}

// ---------------------------------------------------------------- tokenizer

/// The attributes of a start tag that the model reads, decoded; the first
/// of a name wins, as in the standard. Any others are skipped unread.
#[derive(Debug, Default)]
struct Attributes {
    property: Option<String>,
    name: Option<String>,
    itemprop: Option<String>,
    content: Option<String>,
    href: Option<String>,
    rel: Option<String>,
    /// A `<font>` with `color`, `face` or `size` ends SVG or MathML content.
    font_styled: bool,
}

struct Tag {
    el: El,
    end: bool,
    self_closing: bool,
    attributes: Attributes,
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// Reads HTML as the standard's tokenizer does, for what decides text:
/// where tags, comments and raw text begin and end, and the text between.
/// Every loop moves forward; nothing is read twice but the few bytes of a
/// character reference or tag name being matched.
struct Tokenizer<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
}

impl Tokenizer<'_> {
    fn run(mut self, tree: &mut Tree) {
        while self.pos < self.b.len() {
            let Some(tag) = self.data(tree) else { break };
            let mode = if tag.end {
                tree.end_tag(tag.el);
                TextMode::Data
            } else {
                tree.start_tag(&tag)
            };
            // A line break right after `<pre>`, `<listing>` or `<textarea>`
            // is not part of its text.
            if std::mem::take(&mut tree.drop_newline) {
                if self.b[self.pos..].starts_with(b"\r\n") {
                    self.pos += 2;
                } else if self.b.get(self.pos).is_some_and(|&c| c == b'\n' || c == b'\r') {
                    self.pos += 1;
                }
            }
            match mode {
                TextMode::Data => {}
                TextMode::Plaintext => {
                    self.text_run(tree, self.pos, self.b.len(), false, true);
                    self.pos = self.b.len();
                }
                TextMode::Rcdata | TextMode::Rawtext | TextMode::ScriptData => self.raw_text(tree, mode, tag.el),
            }
        }
    }

    /// Text and markup up to the next tag, which it returns; `None` at the
    /// end of the input.
    fn data(&mut self, tree: &mut Tree) -> Option<Tag> {
        loop {
            let start = self.pos;
            let Some(offset) = self.b[start..].iter().position(|&c| c == b'<' || c == b'&' || c == 0) else {
                tree.text(&self.src[start..]);
                self.pos = self.b.len();
                return None;
            };
            let at = start + offset;
            if at > start {
                tree.text(&self.src[start..at]);
            }
            match self.b[at] {
                // The tree builder drops NUL in body text.
                0 => self.pos = at + 1,
                b'&' => self.pos = self.char_ref(tree, at, self.b.len()),
                _ => {
                    if let Some(tag) = self.markup(tree, at) {
                        return Some(tag);
                    }
                }
            }
        }
    }

    /// Whatever starts with the `<` at `at`: a tag (returned), a comment, a
    /// doctype, CDATA, or just a `<` in the text. Moves `pos` past it.
    fn markup(&mut self, tree: &mut Tree, at: usize) -> Option<Tag> {
        let b = self.b;
        match b.get(at + 1) {
            Some(c) if c.is_ascii_alphabetic() => self.tag(at + 1, false),
            Some(b'/') => match b.get(at + 2) {
                Some(c) if c.is_ascii_alphabetic() => self.tag(at + 2, true),
                Some(b'>') => {
                    self.pos = at + 3;
                    None
                }
                None => {
                    tree.text("</");
                    self.pos = b.len();
                    None
                }
                Some(_) => {
                    self.pos = self.after(at + 2, b">");
                    None
                }
            },
            Some(b'!') => {
                let rest = &b[at + 2..];
                self.pos = if rest.starts_with(b"--") {
                    self.comment_end(at + 4)
                } else if rest.get(..7).is_some_and(|word| word.eq_ignore_ascii_case(b"doctype")) {
                    let start = at + 9;
                    let close = self.find(start, b">");
                    tree.doctype(&self.src[start..close.unwrap_or(b.len())], close.is_some());
                    close.map_or(b.len(), |close| close + 1)
                } else if rest.starts_with(b"[CDATA[") && tree.cdata_allowed() {
                    let start = at + 9;
                    let close = self.find(start, b"]]>");
                    self.text_run(tree, start, close.unwrap_or(b.len()), false, true);
                    close.map_or(b.len(), |close| close + 3)
                } else {
                    self.after(at + 2, b">")
                };
                None
            }
            Some(b'?') => {
                self.pos = self.after(at + 1, b">");
                None
            }
            _ => {
                tree.text("<");
                self.pos = at + 1;
                None
            }
        }
    }

    /// The index of the first `needle` at or after `from`, if any.
    fn find(&self, from: usize, needle: &[u8]) -> Option<usize> {
        let first = *needle.first()?;
        let mut i = from;
        while let Some(offset) = self.b.get(i..).and_then(|rest| rest.iter().position(|&c| c == first)) {
            let at = i + offset;
            if self.b[at..].starts_with(needle) {
                return Some(at);
            }
            i = at + 1;
        }
        None
    }

    /// The index just past the first `needle` at or after `from`, or the end
    /// of the input.
    fn after(&self, from: usize, needle: &[u8]) -> usize {
        self.find(from, needle).map_or(self.b.len(), |at| at + needle.len())
    }

    /// The index just past a comment whose `<!--` ends before `start`: the
    /// first `-->` or `--!>`, or `>` / `->` right at the start.
    fn comment_end(&self, start: usize) -> usize {
        let b = self.b;
        if b.get(start) == Some(&b'>') {
            return start + 1;
        }
        if b[start..].starts_with(b"->") {
            return start + 2;
        }
        let mut i = start;
        while let Some(offset) = b[i..].iter().position(|&c| c == b'-') {
            let at = i + offset;
            if b[at..].starts_with(b"-->") {
                return at + 3;
            }
            if b[at..].starts_with(b"--!>") {
                return at + 4;
            }
            i = at + 1;
        }
        b.len()
    }

    /// A tag whose name starts at `name_start`; `None` (and `pos` at the
    /// end) if the input ends inside it, which drops it.
    fn tag(&mut self, name_start: usize, end: bool) -> Option<Tag> {
        let (b, len) = (self.b, self.b.len());
        let mut j = name_start;
        while j < len && !is_space(b[j]) && b[j] != b'/' && b[j] != b'>' {
            j += 1;
        }
        let el = element(&self.src[name_start..j]);
        let wanted = !end && matches!(el, El::Meta | El::Link);
        let mut tag = Tag { el, end, self_closing: false, attributes: Attributes::default() };
        self.pos = len;
        loop {
            // Before an attribute's name.
            while j < len && is_space(b[j]) {
                j += 1;
            }
            match b.get(j) {
                None => return None,
                Some(b'>') => {
                    self.pos = j + 1;
                    return Some(tag);
                }
                Some(b'/') => {
                    j += 1;
                    match b.get(j) {
                        None => return None,
                        Some(b'>') => {
                            tag.self_closing = true;
                            self.pos = j + 1;
                            return Some(tag);
                        }
                        Some(_) => continue,
                    }
                }
                Some(_) => {}
            }
            // The name; its first character may be `=`.
            let attribute_start = j;
            j += 1;
            while j < len && !is_space(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
                j += 1;
            }
            let attribute = &b[attribute_start..j];
            while j < len && is_space(b[j]) {
                j += 1;
            }
            let mut value = None;
            if b.get(j) == Some(&b'=') {
                j += 1;
                while j < len && is_space(b[j]) {
                    j += 1;
                }
                match b.get(j) {
                    None => return None,
                    Some(&quote @ (b'"' | b'\'')) => {
                        let start = j + 1;
                        let close = b[start..].iter().position(|&c| c == quote)? + start;
                        value = Some((start, close));
                        j = close + 1;
                    }
                    // A missing value; the `>` ends the tag.
                    Some(b'>') => {}
                    Some(_) => {
                        let start = j;
                        while j < len && !is_space(b[j]) && b[j] != b'>' {
                            j += 1;
                        }
                        value = Some((start, j));
                    }
                }
            }
            if wanted {
                self.keep_attribute(&mut tag.attributes, attribute, value);
            } else if !end && el == El::Font {
                tag.attributes.font_styled |=
                    [&b"color"[..], b"face", b"size"].iter().any(|name| attribute.eq_ignore_ascii_case(name));
            }
        }
    }

    fn keep_attribute(&self, attributes: &mut Attributes, name: &[u8], value: Option<(usize, usize)>) {
        let slot = if name.eq_ignore_ascii_case(b"property") {
            &mut attributes.property
        } else if name.eq_ignore_ascii_case(b"name") {
            &mut attributes.name
        } else if name.eq_ignore_ascii_case(b"itemprop") {
            &mut attributes.itemprop
        } else if name.eq_ignore_ascii_case(b"content") {
            &mut attributes.content
        } else if name.eq_ignore_ascii_case(b"href") {
            &mut attributes.href
        } else if name.eq_ignore_ascii_case(b"rel") {
            &mut attributes.rel
        } else {
            return;
        };
        if slot.is_none() {
            let mut decoded = String::new();
            if let Some((start, end)) = value {
                self.decode_attribute(&mut decoded, start, end);
            }
            *slot = Some(decoded);
        }
    }

    /// An attribute value with its character references decoded.
    fn decode_attribute(&self, out: &mut String, start: usize, end: usize) {
        let mut i = start;
        while let Some(offset) = self.b[i..end].iter().position(|&c| c == b'&' || c == 0) {
            let at = i + offset;
            out.push_str(&self.src[i..at]);
            if self.b[at] == 0 {
                out.push('\u{fffd}');
                i = at + 1;
            } else {
                let (decoded, next) = self.reference(at, end, true);
                match decoded {
                    Some((first, second)) => {
                        out.push(first);
                        out.extend(second);
                    }
                    None => out.push('&'),
                }
                i = next;
            }
        }
        out.push_str(&self.src[i..end]);
    }

    /// Text from `start` to `end` with character references decoded if
    /// `references`, and NUL as U+FFFD if `nul_replaced` (else dropped).
    fn text_run(&self, tree: &mut Tree, start: usize, end: usize, references: bool, nul_replaced: bool) {
        let mut i = start;
        while let Some(offset) = self.b[i..end].iter().position(|&c| (references && c == b'&') || c == 0) {
            let at = i + offset;
            tree.text(&self.src[i..at]);
            if self.b[at] == 0 {
                if nul_replaced {
                    tree.text("\u{fffd}");
                }
                i = at + 1;
            } else {
                i = self.char_ref(tree, at, end);
            }
        }
        tree.text(&self.src[i..end]);
    }

    /// Emits the character reference at `at` (an `&`) as text; returns the
    /// index after it.
    fn char_ref(&self, tree: &mut Tree, at: usize, end: usize) -> usize {
        let (decoded, next) = self.reference(at, end, false);
        match decoded {
            Some((first, second)) => {
                let mut buffer = [0u8; 8];
                let mut used = first.encode_utf8(&mut buffer).len();
                if let Some(second) = second {
                    used += second.encode_utf8(&mut buffer[used..]).len();
                }
                tree.text(std::str::from_utf8(&buffer[..used]).unwrap_or("\u{fffd}"));
            }
            None => tree.text("&"),
        }
        next
    }

    /// The character reference at `at` (an `&`), read no further than
    /// `end`: the characters it stands for and the index after it, or `None`
    /// and the index after the `&` when it is not one and the `&` is text.
    fn reference(&self, at: usize, end: usize, in_attribute: bool) -> (Option<(char, Option<char>)>, usize) {
        let b = &self.b[..end];
        let not_one = (None, at + 1);
        match b.get(at + 1) {
            Some(b'#') => {
                let mut j = at + 2;
                let hex = matches!(b.get(j), Some(b'x' | b'X'));
                if hex {
                    j += 1;
                }
                let radix = if hex { 16 } else { 10 };
                let digits = j;
                let mut value: u32 = 0;
                while let Some(digit) = b.get(j).and_then(|&c| char::from(c).to_digit(radix)) {
                    value = (value * radix + digit).min(0x11_0000);
                    j += 1;
                }
                if j == digits {
                    return not_one;
                }
                if b.get(j) == Some(&b';') {
                    j += 1;
                }
                let c = match value {
                    0 | 0xD800..=0xDFFF | 0x11_0000.. => '\u{fffd}',
                    0x80..=0x9F => {
                        C1_REPLACEMENTS[(value - 0x80) as usize].or_else(|| char::from_u32(value)).unwrap_or('\u{fffd}')
                    }
                    _ => char::from_u32(value).unwrap_or('\u{fffd}'),
                };
                (Some((c, None)), j)
            }
            Some(c) if c.is_ascii_alphanumeric() => {
                // The longest name in the table the input starts with; the
                // table also holds every prefix of a name, as (0, 0).
                let mut j = at + 1;
                let mut best = None;
                while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b';') {
                    j += 1;
                    match NAMED_ENTITIES.get(&self.src[at + 1..j]) {
                        None => break,
                        Some(&(0, _)) => {}
                        Some(&found) => best = Some((j, found)),
                    }
                    if b[j - 1] == b';' {
                        break;
                    }
                }
                let Some((after, (first, second))) = best else { return not_one };
                // In an attribute, `&copy=` or `&copyx` is kept as written.
                if in_attribute
                    && b[after - 1] != b';'
                    && b.get(after).is_some_and(|&c| c == b'=' || c.is_ascii_alphanumeric())
                {
                    return not_one;
                }
                let first = char::from_u32(first).unwrap_or('\u{fffd}');
                let second = (second != 0).then(|| char::from_u32(second).unwrap_or('\u{fffd}'));
                (Some((first, second)), after)
            }
            _ => not_one,
        }
    }

    /// The text of a `<script>`, `<style>`, `<title>` or the like whose start
    /// tag ended at `pos`, and its end tag.
    fn raw_text(&mut self, tree: &mut Tree, mode: TextMode, el: El) {
        let name = raw_name(el);
        let start = self.pos;
        let end = if mode == TextMode::ScriptData { self.script_end(start) } else { self.raw_end(start, name) };
        match end {
            Some(end) => {
                self.text_run(tree, start, end, mode == TextMode::Rcdata, true);
                // The end tag, attributes and all.
                if let Some(tag) = self.tag(end + 2, true) {
                    tree.end_tag(tag.el);
                }
            }
            None => {
                self.text_run(tree, start, self.b.len(), mode == TextMode::Rcdata, true);
                self.pos = self.b.len();
            }
        }
    }

    /// Whether an end tag for `name` (lower case) starts at `at`.
    fn end_tag_at(&self, at: usize, name: &str) -> bool {
        let b = self.b;
        let after = at + 2 + name.len();
        b.get(at + 1) == Some(&b'/')
            && b.get(at + 2..after).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            && b.get(after).is_some_and(|&c| is_space(c) || c == b'/' || c == b'>')
    }

    /// Where the end tag of raw text named `name` starts, if it does.
    fn raw_end(&self, from: usize, name: &str) -> Option<usize> {
        let mut i = from;
        while let Some(offset) = self.b[i..].iter().position(|&c| c == b'<') {
            let at = i + offset;
            if self.end_tag_at(at, name) {
                return Some(at);
            }
            i = at + 1;
        }
        None
    }

    /// Where a script's `</script>` starts, if it does, following the
    /// standard's script states: after `<!--`, a `<script>` hides every
    /// `</script>` until its own `</script>` or the `-->`.
    fn script_end(&self, from: usize) -> Option<usize> {
        #[derive(Clone, Copy, PartialEq)]
        enum S {
            Data,
            Escaped,
            EscapedDash,
            EscapedDashDash,
            Double,
            DoubleDash,
            DoubleDashDash,
        }
        let b = self.b;
        // The index after a run of ASCII letters from `i`, and whether they
        // spell "script" followed by a space, `/` or `>`.
        let script_word = |i: usize| -> (usize, bool) {
            let mut e = i;
            while e < b.len() && b[e].is_ascii_alphabetic() {
                e += 1;
            }
            let is_script = b[i..e].eq_ignore_ascii_case(b"script")
                && b.get(e).is_some_and(|&c| is_space(c) || c == b'/' || c == b'>');
            (e, is_script)
        };
        let mut i = from;
        let mut s = S::Data;
        while i < b.len() {
            match s {
                S::Data => {
                    let offset = b[i..].iter().position(|&c| c == b'<')?;
                    let at = i + offset;
                    if self.end_tag_at(at, "script") {
                        return Some(at);
                    }
                    if b[at + 1..].starts_with(b"!--") {
                        s = S::EscapedDashDash;
                        i = at + 4;
                    } else {
                        i = at + 1;
                    }
                }
                S::Escaped | S::EscapedDash | S::EscapedDashDash => match b[i] {
                    b'-' => {
                        s = if s == S::Escaped { S::EscapedDash } else { S::EscapedDashDash };
                        i += 1;
                    }
                    b'<' => {
                        if self.end_tag_at(i, "script") {
                            return Some(i);
                        }
                        s = S::Escaped;
                        if b.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
                            let (e, is_script) = script_word(i + 1);
                            if is_script {
                                s = S::Double;
                                i = e + 1;
                            } else {
                                i = e;
                            }
                        } else {
                            i += 1;
                        }
                    }
                    b'>' if s == S::EscapedDashDash => {
                        s = S::Data;
                        i += 1;
                    }
                    _ => {
                        s = S::Escaped;
                        i += 1;
                    }
                },
                S::Double | S::DoubleDash | S::DoubleDashDash => match b[i] {
                    b'-' => {
                        s = if s == S::Double { S::DoubleDash } else { S::DoubleDashDash };
                        i += 1;
                    }
                    b'<' => {
                        s = S::Double;
                        if b.get(i + 1) == Some(&b'/') {
                            let (e, is_script) = script_word(i + 2);
                            if is_script {
                                s = S::Escaped;
                                i = e + 1;
                            } else {
                                i = e.max(i + 2);
                            }
                        } else {
                            i += 1;
                        }
                    }
                    b'>' if s == S::DoubleDashDash => {
                        s = S::Data;
                        i += 1;
                    }
                    _ => {
                        s = S::Double;
                        i += 1;
                    }
                },
            }
        }
        None
    }
}

// --------------------------------------------------------------- the tree

/// What namespace an open element is in, for the model: SVG and MathML
/// content is read differently until an element that holds HTML again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ns {
    Html,
    /// `<svg>` or `<math>`.
    Foreign,
    /// An SVG `foreignObject`, `desc` or `title`, or a MathML `mi`, `mo`,
    /// `mn`, `ms`, `mtext` or `annotation-xml`: HTML inside.
    Integration,
}

/// An element on the model's stack of open elements.
#[derive(Clone, Copy, Debug)]
struct Open {
    el: El,
    ns: Ns,
    /// 1 + the index of the innermost element at or below this one that
    /// bounds the standard's "scope" (table, cell, caption, template,
    /// object, applet, marquee, or an SVG/MathML element holding HTML);
    /// 0 if none. Keeps every scope check O(1).
    scope_floor: u32,
    /// 1 + the index of the innermost element at or below this one that
    /// stops a new `<li>`, `<dd>` or `<dt>` from closing an open one: any
    /// tracked element but address, div and p, and not `<svg>`/`<math>`.
    item_floor: u32,
    /// [`Tree::inline_depth`] when this element was pushed.
    inline_below: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RegionKind {
    Page,
    Main,
    Article,
}

/// Metadata values found so far: the first of each.
#[derive(Debug, Default)]
struct Metadata {
    site_name: Option<String>,
    canonical: Option<String>,
    og_url: Option<String>,
    og_title: Option<String>,
    published_time: Option<String>,
    date: Option<String>,
    date_published: Option<String>,
}

/// The model of the tree builder and the text it keeps. Pushing and
/// popping are O(1), and each element is pushed and popped once, so the
/// whole walk is linear.
struct Tree {
    stack: Vec<Open>,
    /// Per element kind, the stack indices where it is open, innermost last.
    open_at: Vec<Vec<u32>>,
    quirks: bool,
    /// A tag or text other than whitespace has been read: a doctype now
    /// comes too late to count.
    started: bool,
    region: RegionKind,
    /// The stack index of the region's element while it is open.
    region_at: Option<u32>,
    region_open: bool,
    /// The outermost open skipped element inside the region.
    skip_at: Option<u32>,
    /// The outermost open block inside the region and its kind.
    block_at: Option<(u32, El)>,
    block_text: String,
    paragraphs: Vec<String>,
    heading: String,
    /// All visible text of the region, while no paragraph has been found.
    all_text: String,
    title: String,
    title_seen: bool,
    title_at: Option<u32>,
    metadata: Metadata,
    /// Elements the model does not keep (`<a>`, `<span>`…) opened and not
    /// yet closed since the top of the stack was pushed: whether the top is
    /// the standard's "current node", for a heading that starts inside a
    /// heading.
    inline_depth: u32,
    /// A `<pre>`, `<listing>` or `<textarea>` just started: a line break
    /// right after it is not text.
    drop_newline: bool,
}

impl Tree {
    fn new() -> Tree {
        Tree {
            stack: Vec::new(),
            open_at: vec![Vec::new(); ELEMENT_KINDS],
            quirks: true,
            started: false,
            region: RegionKind::Page,
            region_at: None,
            region_open: true,
            skip_at: None,
            block_at: None,
            block_text: String::new(),
            paragraphs: Vec::new(),
            heading: String::new(),
            all_text: String::new(),
            title: String::new(),
            title_seen: false,
            title_at: None,
            metadata: Metadata::default(),
            inline_depth: 0,
            drop_newline: false,
        }
    }

    fn text(&mut self, text: &str) {
        if !self.started && !text.bytes().all(is_space) {
            self.started = true;
        }
        if let Some(at) = self.title_at
            && self.stack.len() as u32 == at + 1
        {
            self.title.push_str(text);
            return;
        }
        if !self.region_open || self.skip_at.is_some() || self.in_html_title() {
            return;
        }
        if self.block_at.is_some() {
            self.block_text.push_str(text);
        }
        if self.paragraphs.is_empty() {
            self.all_text.push_str(text);
        }
    }

    /// Whether the innermost open table has no cell or caption open in it:
    /// what the tree builder reads there goes before the table, but tables
    /// and forms are handled apart.
    fn in_table_body(&self) -> bool {
        self.innermost(El::Table).is_some_and(|table| {
            [El::Td, El::Th, El::Caption, El::Template].iter().all(|&k| self.innermost(k).is_none_or(|at| at < table))
        })
    }

    /// Whether a `<select>` is the current element (of those the model
    /// keeps): its options are text, but most tags inside are dropped.
    fn in_select(&self) -> bool {
        self.stack.last().is_some_and(|o| o.el == El::Select && o.ns == Ns::Html)
    }

    fn in_html_title(&self) -> bool {
        self.stack.last().is_some_and(|o| o.el == El::Title && o.ns == Ns::Html)
    }

    fn doctype(&mut self, inside: &str, closed: bool) {
        if self.started {
            return;
        }
        let name = inside.split(|c: char| c.is_ascii_whitespace()).find(|w| !w.is_empty());
        self.quirks = !closed || !name.is_some_and(|n| n.eq_ignore_ascii_case("html"));
    }

    /// CDATA sections are text only in SVG and MathML.
    fn cdata_allowed(&self) -> bool {
        self.stack.last().is_some_and(|o| o.ns != Ns::Html)
    }

    fn innermost(&self, el: El) -> Option<u32> {
        self.open_at[el as usize].last().copied()
    }

    /// Whether the element at `index` is in the standard's default scope.
    fn in_scope(&self, index: u32) -> bool {
        index + 1 >= self.stack.last().map_or(0, |o| o.scope_floor)
    }

    /// Whether the element at `index` is above every open `bounds`.
    fn above(&self, index: u32, bounds: &[El]) -> bool {
        bounds.iter().all(|&el| self.innermost(el).is_none_or(|at| index >= at))
    }

    fn push(&mut self, el: El, ns: Ns) {
        let index = self.stack.len() as u32;
        let below = self.stack.last();
        let bounds_scope = ns == Ns::Integration
            || (ns == Ns::Html
                && matches!(
                    el,
                    El::Applet | El::Caption | El::Table | El::Td | El::Th | El::Marquee | El::Object | El::Template
                ));
        let bounds_items = ns != Ns::Foreign && !matches!(el, El::Address | El::Div | El::P);
        self.stack.push(Open {
            el,
            ns,
            scope_floor: if bounds_scope { index + 1 } else { below.map_or(0, |o| o.scope_floor) },
            item_floor: if bounds_items { index + 1 } else { below.map_or(0, |o| o.item_floor) },
            inline_below: self.inline_depth,
        });
        self.inline_depth = 0;
        self.drop_newline = ns == Ns::Html && matches!(el, El::Pre | El::Listing | El::Textarea);
        self.open_at[el as usize].push(index);
        if ns == Ns::Html && el == El::Title && !self.title_seen {
            self.title_seen = true;
            self.title_at = Some(index);
        }
        if (ns == Ns::Html || el == El::Svg) && is_skipped(el) && self.skip_at.is_none() {
            self.skip_at = Some(index);
        }
        if ns == Ns::Html && is_block(el) && self.region_open && self.skip_at.is_none() && self.block_at.is_none() {
            self.block_at = Some((index, el));
            self.block_text.clear();
        }
        let region = match (ns, el) {
            (Ns::Html, El::Article) if self.region != RegionKind::Article => Some(RegionKind::Article),
            (Ns::Html, El::Main) if self.region == RegionKind::Page => Some(RegionKind::Main),
            _ => None,
        };
        if let Some(region) = region {
            // A better place for the text: start over inside it.
            self.region = region;
            self.region_at = Some(index);
            self.region_open = true;
            self.skip_at = None;
            self.block_at = None;
            self.block_text.clear();
            self.paragraphs.clear();
            self.heading.clear();
            self.all_text.clear();
        }
    }

    /// Pops the current element, and any ended form it leaves on top.
    fn pop(&mut self) {
        self.pop_one();
        while self.stack.last().is_some_and(|o| o.el == El::Gone) {
            self.pop_one();
        }
    }

    fn pop_one(&mut self) {
        let Some(open) = self.stack.pop() else { return };
        let index = self.stack.len() as u32;
        self.inline_depth = open.inline_below;
        self.open_at[open.el as usize].pop();
        if let Some((at, el)) = self.block_at
            && at == index
        {
            self.block_at = None;
            self.end_paragraph(el);
        }
        if self.skip_at == Some(index) {
            self.skip_at = None;
        }
        if self.title_at == Some(index) {
            self.title_at = None;
        }
        if self.region_at == Some(index) {
            self.region_at = None;
            self.region_open = false;
        }
    }

    /// Pops the element at `index` and all above it.
    fn pop_to(&mut self, index: u32) {
        while self.stack.len() as u32 > index {
            self.pop();
        }
    }

    fn end_paragraph(&mut self, el: El) {
        let text = collapse_spaces(&self.block_text);
        self.block_text.clear();
        if text.is_empty() {
            return;
        }
        if el == El::H1 && self.heading.is_empty() {
            self.heading = text;
            return;
        }
        self.paragraphs.push(text);
        self.all_text = String::new();
    }

    /// Ends an open `<p>` unless a button, cell or the like lies between.
    fn close_paragraph(&mut self) {
        if let Some(p) = self.innermost(El::P)
            && self.in_scope(p)
            && self.above(p, &[El::Button])
        {
            self.pop_to(p);
        }
    }

    /// The index of the innermost open element of `kinds` if no element
    /// that stops list items lies above it.
    fn open_item(&self, kinds: &[El]) -> Option<u32> {
        let floor = self.stack.last()?.item_floor;
        let at = floor.checked_sub(1)?;
        kinds.contains(&self.stack[at as usize].el).then_some(at)
    }

    /// Handles a start tag; returns how the text after it is read.
    fn start_tag(&mut self, tag: &Tag) -> TextMode {
        use El::*;
        let el = tag.el;
        self.started = true;
        if self.in_select() {
            // Inside a `<select>` the tree builder drops all but a few tags.
            match el {
                Select => {
                    self.pop();
                    return TextMode::Data;
                }
                Input | Textarea => self.pop(),
                Caption | Table | Tbody | Tfoot | Thead | Tr | Td | Th if self.innermost(Table).is_some() => self.pop(),
                Script | Template => {}
                _ => return TextMode::Data,
            }
        }
        if el == Meta || el == Link {
            self.metadata(el, &tag.attributes);
        }
        if let Some(top) = self.stack.last()
            && top.ns == Ns::Foreign
        {
            let breaks_out = matches!(
                el,
                InlineBreakout
                    | Blockquote
                    | Body
                    | Br
                    | Center
                    | Dd
                    | Div
                    | Dl
                    | Dt
                    | Embed
                    | H1
                    | H2
                    | H3
                    | H4
                    | H5
                    | H6
                    | Head
                    | Hr
                    | Img
                    | Li
                    | Listing
                    | Menu
                    | Meta
                    | Ol
                    | P
                    | Pre
                    | Table
                    | Ul
            ) || (el == Font && tag.attributes.font_styled);
            if !breaks_out {
                let integration = match top.el {
                    Svg => matches!(el, ForeignObject | Desc | Title),
                    _ => matches!(el, Mi | Mo | Mn | Ms | Mtext | AnnotationXml),
                };
                if !tag.self_closing {
                    if matches!(el, Svg | Math) {
                        self.push(el, Ns::Foreign);
                    } else if integration {
                        self.push(el, Ns::Integration);
                    }
                }
                return TextMode::Data;
            }
            while self.stack.last().is_some_and(|o| o.ns == Ns::Foreign) {
                self.pop();
            }
        }
        match el {
            Svg | Math => {
                if !tag.self_closing {
                    self.push(el, Ns::Foreign);
                }
            }
            Br => self.text(" "),
            Li | Dd | Dt => {
                let kinds: &[El] = if el == Li { &[Li] } else { &[Dd, Dt] };
                if let Some(at) = self.open_item(kinds) {
                    self.pop_to(at);
                }
                self.close_paragraph();
                self.push(el, Ns::Html);
            }
            H1 | H2 | H3 | H4 | H5 | H6 => {
                self.close_paragraph();
                if self.inline_depth == 0 && self.stack.last().is_some_and(|o| is_heading(o.el) && o.ns == Ns::Html) {
                    self.pop();
                }
                self.push(el, Ns::Html);
            }
            Form => {
                // A form inside a form is dropped; one straight inside a
                // table is left empty.
                let nested = self.innermost(Form).is_some() && self.innermost(Template).is_none();
                if !nested && !self.in_table_body() {
                    self.close_paragraph();
                    self.push(el, Ns::Html);
                }
            }
            Button => {
                if let Some(at) = self.innermost(Button)
                    && self.in_scope(at)
                {
                    self.pop_to(at);
                }
                self.push(el, Ns::Html);
            }
            Table => {
                // A table straight inside a table (not in a cell) ends it.
                if let Some(table) = self.innermost(Table)
                    && self.in_table_body()
                {
                    self.pop_to(table);
                }
                if !self.quirks {
                    self.close_paragraph();
                }
                self.push(el, Ns::Html);
            }
            Caption | Colgroup | Tbody | Thead | Tfoot | Tr | Td | Th => {
                // Outside a table these are dropped. Inside one, a new cell
                // ends the open cell, a new row the open row, and so on:
                // whatever is open above the part of the table they belong
                // in is closed.
                let table = self.innermost(Table);
                if self.innermost(Template).is_some_and(|template| table.is_none_or(|table| template > table)) {
                    // Template contents: never text, nothing to end.
                    self.push(el, Ns::Html);
                    return TextMode::Data;
                }
                let Some(table) = table else { return TextMode::Data };
                let above_table = |tree: &Tree, kinds: &[El]| {
                    kinds.iter().filter_map(|&k| tree.innermost(k)).filter(|&at| at > table).max()
                };
                let cell = above_table(self, &[Td, Th]);
                match el {
                    Td | Th => match cell {
                        Some(cell) => self.pop_to(cell),
                        None => {
                            let row = above_table(self, &[Tr, Tbody, Thead, Tfoot]).unwrap_or(table);
                            self.pop_to(row + 1);
                        }
                    },
                    Tr => match above_table(self, &[Tr]) {
                        Some(row) => self.pop_to(row),
                        None => {
                            let group = above_table(self, &[Tbody, Thead, Tfoot]).unwrap_or(table);
                            self.pop_to(group + 1);
                        }
                    },
                    _ => self.pop_to(table + 1),
                }
                self.push(el, Ns::Html);
            }
            Plaintext => {
                self.close_paragraph();
                self.push(el, Ns::Html);
                return TextMode::Plaintext;
            }
            Xmp => {
                self.close_paragraph();
                self.push(el, Ns::Html);
                return TextMode::Rawtext;
            }
            Script => {
                self.push(el, Ns::Html);
                return TextMode::ScriptData;
            }
            Style | Iframe | Noembed | Noframes | Noscript => {
                self.push(el, Ns::Html);
                return TextMode::Rawtext;
            }
            Title | Textarea => {
                self.push(el, Ns::Html);
                return TextMode::Rcdata;
            }
            _ => {
                if closes_paragraph(el) {
                    self.close_paragraph();
                }
                if is_tracked(el) {
                    self.push(el, Ns::Html);
                } else if !matches!(el, Html | Head | Body | Br | Hr | Meta | Link | Img | Embed | Input | Void) {
                    self.inline_depth += 1;
                }
            }
        }
        TextMode::Data
    }

    fn end_tag(&mut self, el: El) {
        use El::*;
        self.started = true;
        if self.in_select() {
            match el {
                Select | Template => {}
                Caption | Table | Tbody | Tfoot | Thead | Tr | Td | Th
                    if self.innermost(Table).is_some() && self.innermost(el).is_some() =>
                {
                    self.pop()
                }
                _ => return,
            }
        }
        if let Some(top) = self.stack.last()
            && top.ns == Ns::Foreign
        {
            if matches!(el, Svg | Math | ForeignObject | Desc | Title | Mi | Mo | Mn | Ms | Mtext | AnnotationXml) {
                if let Some(at) = self.innermost(el) {
                    self.pop_to(at);
                }
                return;
            }
            if matches!(el, Br | P) {
                while self.stack.last().is_some_and(|o| o.ns == Ns::Foreign) {
                    self.pop();
                }
            }
        }
        if is_heading(el) {
            // Any heading's end tag ends the innermost open heading.
            if let Some(heading) = [H1, H2, H3, H4, H5, H6].iter().filter_map(|&h| self.innermost(h)).max()
                && self.in_scope(heading)
            {
                self.pop_to(heading);
            }
            return;
        }
        let Some(at) = self.innermost(el) else {
            // `</br>` is read as `<br>`; any other end tag with nothing open
            // to close is ignored.
            if el == Br {
                self.text(" ");
            } else if !is_tracked(el) {
                self.inline_depth = self.inline_depth.saturating_sub(1);
            }
            return;
        };
        let closes = match el {
            P => self.in_scope(at) && self.above(at, &[Button]),
            Li => self.in_scope(at) && self.above(at, &[Ol, Ul]),
            Table | Td | Th | Tr | Tbody | Thead | Tfoot | Caption | Colgroup => self.above(at, &[Table, Template]),
            // A template ends whatever is open inside it.
            Template => true,
            Form => {
                // Paragraphs and list items end with the form; anything else
                // open inside it stays open, and so still inside it.
                if self.in_scope(at) {
                    while self.stack.last().is_some_and(|o| o.ns == Ns::Html && matches!(o.el, P | Li | Dd | Dt)) {
                        self.pop();
                    }
                    if self.stack.len() as u32 == at + 1 {
                        self.pop_to(at);
                    } else {
                        self.open_at[Form as usize].pop();
                        self.stack[at as usize].el = Gone;
                    }
                }
                return;
            }
            _ => self.in_scope(at),
        };
        if closes {
            self.pop_to(at);
        }
    }

    fn metadata(&mut self, el: El, attributes: &Attributes) {
        let Some(value) = attributes.content.as_ref().or(attributes.href.as_ref()) else { return };
        let m = &mut self.metadata;
        let is = |attribute: &Option<String>, wanted: &str| attribute.as_deref() == Some(wanted);
        let keep = |slot: &mut Option<String>| {
            if slot.is_none() {
                *slot = Some(collapse_spaces(value));
            }
        };
        if el == El::Link {
            if is(&attributes.rel, "canonical") {
                keep(&mut m.canonical);
            }
            return;
        }
        if is(&attributes.property, "og:site_name") {
            keep(&mut m.site_name);
        }
        if is(&attributes.property, "og:url") {
            keep(&mut m.og_url);
        }
        if is(&attributes.property, "og:title") {
            keep(&mut m.og_title);
        }
        if is(&attributes.property, "article:published_time") {
            keep(&mut m.published_time);
        }
        if is(&attributes.name, "date") {
            keep(&mut m.date);
        }
        if is(&attributes.itemprop, "datePublished") {
            keep(&mut m.date_published);
        }
    }

    fn finish(mut self) -> ImportedText {
        self.pop_to(0);
        let mut paragraphs = self.paragraphs;
        if paragraphs.is_empty() {
            let text = collapse_spaces(&self.all_text);
            if !text.is_empty() {
                paragraphs.push(text);
            }
        }
        let m = self.metadata;
        let published_on = [m.published_time, m.date, m.date_published]
            .into_iter()
            .flatten()
            .next()
            .and_then(|d| d.get(..10).and_then(|d| d.parse::<Date>().ok()));
        let site_name = m.site_name.clone();
        ImportedText {
            title: html_title(
                m.og_title,
                self.heading,
                collapse_spaces(&self.title),
                site_name.as_deref(),
                &paragraphs,
            ),
            outlet: m.site_name.unwrap_or_default(),
            url: m.canonical.or(m.og_url).unwrap_or_default(),
            published_on,
            text: paragraphs.join("\n\n"),
        }
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
    fn furniture_lines_are_not_titles() {
        for line in [
            "Loading Now",
            "LOADING…",
            "Post Comment",
            "Comments (12)",
            "By Kim Ji-won and Lee Min-ho",
            "Posted: 3 February 2025 09:14",
            "Updated 2025-02-03",
            "North Korean soldiers captured in Kursk are seen in a video released on Monday. /News1",
            "Soldiers at a checkpoint near Sudzha. / AP Photo",
            "Soldiers at a checkpoint near Sudzha (Photo: Reuters)",
            "A memorial in Kyiv, 3 February. Getty Images",
            "© AFP 2025",
            "Share",
        ] {
            assert!(is_title_furniture(line), "{line:?}");
        }
        for line in [
            "Seoul revises its count — again 🇰🇷",
            "Kyiv says 1/3 of the contingent was lost",
            "By the numbers: North Korea’s losses in Kursk",
            "Ukraine/Russia war: Seoul raises its estimate again",
        ] {
            assert!(!is_title_furniture(line), "{line:?}");
        }
    }

    #[test]
    fn long_titles_are_cut_at_a_word_with_an_ellipsis() {
        let long = "North Korean troops “suffered heavy losses” 😀 in Kursk, Seoul’s spy agency told lawmakers on Thursday, citing intercepted communications and satellite images";
        let cut = shorten_title(long);
        assert!(cut.chars().count() <= MAX_TITLE_CHARS, "{cut}");
        assert!(cut.ends_with("citing…") || cut.ends_with('…'), "{cut}");
        assert!(long.starts_with(cut.trim_end_matches('…')), "cut at a word: {cut}");
        assert_eq!(shorten_title("  Short\u{a0}one \n two "), "Short\u{a0}one two");
        assert_eq!(
            guess_title("Loading Now\nPost Comment\n\nSeoul raises its toll 😀\nBody."),
            "Seoul raises its toll 😀"
        );
        assert_eq!(guess_title("Loading\nOK"), "Loading", "nothing reads as a headline: the first line");
    }

    #[test]
    fn html_titles_come_from_og_title_then_h1_then_the_title_without_the_site() {
        let og = "<meta property=\"og:title\" content=\"OG — “title” 😀\"><title>T | Site</title><h1>Heading here now</h1><p>x</p>";
        assert_eq!(html_to_article(og).title, "OG — “title” 😀");
        let t = "<meta property=\"og:site_name\" content=\"Harbour Wire\"><title>Toll rises again | Harbour Wire</title><p>Loading Now</p><p>x</p>";
        assert_eq!(html_to_article(t).title, "Toll rises again");
        let t = "<title>Harbour Wire: Toll rises again in Kursk</title><meta property=\"og:site_name\" content=\"Harbour Wire\"><p>x</p>";
        assert_eq!(html_to_article(t).title, "Toll rises again in Kursk");
        let none = "<p>Loading Now</p><p>By Jane Roe</p><p>Seoul raises its estimate of the dead</p>";
        assert_eq!(html_to_article(none).title, "Seoul raises its estimate of the dead");
    }

    #[test]
    fn plain_text_unifies_line_endings_and_keeps_unicode() {
        let a = plain_to_article("\r\n\r\nTitle — “x” 😀\r\n\r\nBody\u{a0}text  \r\n\r\n");
        assert_eq!(a.text, "Title — “x” 😀\n\nBody\u{a0}text");
        assert_eq!(a.title, "Title — “x” 😀");
        let m = markdown_to_article("Intro\n\n## Kursk — “toll”\n\ntext");
        assert_eq!(m.title, "Kursk — “toll”");
    }

    /// The cleanup as it was first written, before it kept an offset map:
    /// the map's cleanup must give the same text.
    fn normalise_by_lines(raw: &str) -> String {
        let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
        let lines: Vec<&str> = unified.lines().map(str::trim_end).collect();
        let first = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(lines.len());
        let last = lines.iter().rposition(|l| !l.trim().is_empty()).map_or(first, |i| i + 1);
        lines[first..last].join("\n")
    }

    #[test]
    fn the_offset_map_points_each_code_point_back_to_where_it_came_from() {
        let pieces = ["a", "Zé", "😀", "\u{201c}", " ", "\u{a0}", "\t", "\r", "\n", "\r\n", "\u{2028}", "5,000"];
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for round in 0..3000 {
            let mut raw = String::new();
            for _ in 0..(round % 23) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                raw.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let (text, map) = normalise_text_mapped(&raw);
            assert_eq!(text, normalise_by_lines(&raw), "{raw:?}");
            assert_eq!(normalise_text(&raw), text, "{raw:?}");
            let original: Vec<char> = raw.chars().collect();
            let mut last_end = 0;
            for (c, ch) in text.chars().enumerate() {
                let (start, end) = map.span(c, c + 1);
                assert!(start >= last_end, "{raw:?} at {c}");
                let came_from: String = original[start..end].iter().collect();
                let want: &[&str] = if ch == '\n' { &["\n", "\r", "\r\n"] } else { &[&ch.to_string()] };
                assert!(want.contains(&came_from.as_str()), "{raw:?}: {c} {ch:?} from {came_from:?}");
                last_end = end;
            }
            let n = text.chars().count();
            assert_eq!(map.span(n, n).0, last_end, "{raw:?}");
            assert_eq!(map.span(0, n).1, last_end, "{raw:?}");
        }
    }

    #[test]
    fn spans_of_a_crlf_file_count_its_own_code_points() {
        let raw = "\r\n  \r\n\u{a0}Kursk \u{201c}toll\u{201d} 😀  \r\n\r\nover\u{a0}5,000 killed\t\r\n";
        let (text, map) = normalise_text_mapped(raw);
        assert_eq!(text, "\u{a0}Kursk \u{201c}toll\u{201d} 😀\n\nover\u{a0}5,000 killed");
        let chars = |s: &str, (a, b): (usize, usize)| s.chars().skip(a).take(b - a).collect::<String>();
        let clean_start = text[..text.find("over").expect("over")].chars().count();
        let clean = (clean_start, clean_start + "over\u{a0}5,000".chars().count());
        assert_eq!(chars(&text, clean), "over\u{a0}5,000");
        let (start, end) = map.span(clean.0, clean.1);
        assert_eq!(chars(raw, (start, end)), "over\u{a0}5,000");
        // Moved by the blank lines before the text (6), the spaces after
        // the emoji (2) and the two CRLFs (1 each).
        assert_eq!(start, clean.0 + 6 + 2 + 1 + 1);
        // A span over a line break covers both halves of the CRLF.
        let emoji = text.chars().position(|c| c == '😀').expect("emoji");
        assert_eq!(chars(raw, map.span(emoji, clean.0)), "😀  \r\n\r\n");
    }

    // ------------------------------------------------ hostile and odd HTML

    /// Runs `f` on a thread with a 256 KiB stack, so that any recursion the
    /// input's nesting can drive overflows here instead of passing unnoticed.
    fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
        std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(f)
            .expect("a test thread starts")
            .join()
            .expect("the test thread did not panic")
    }

    #[test]
    fn inline_tags_nested_100_000_deep_do_not_exhaust_the_stack() {
        for tag in ["span", "b"] {
            let html = format!(
                "<!doctype html><article><p>Deep {}“inside” — 😀{} out</p><p>after\u{a0}all</p></article>",
                format!("<{tag}>").repeat(100_000),
                format!("</{tag}>").repeat(100_000)
            );
            let a = on_small_stack(move || html_to_article(&html));
            assert_eq!(a.text, "Deep “inside” — 😀 out\n\nafter\u{a0}all", "<{tag}>");
        }
        // Never closed at all.
        let html = format!("<p>Open {}ended — “never” 🇬🇧", "<em>".repeat(100_000));
        let a = on_small_stack(move || html_to_article(&html));
        assert_eq!(a.text, "Open ended — “never” 🇬🇧");
    }

    #[test]
    fn divs_nested_100_000_deep_keep_their_text() {
        // No paragraph at all: the whole visible text is the article.
        let html = format!(
            "<body>{}Bottom — “of the well” 🇬🇧{}\u{a0}top</body>",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        let a = on_small_stack(move || html_to_article(&html));
        assert_eq!(a.text, "Bottom — “of the well” 🇬🇧\u{a0}top");
        // A paragraph at the bottom and one after the divs close.
        let html = format!(
            "<body>{}<p>Deep “p” 😀</p>{}<p>Shallow — p</p></body>",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        let a = on_small_stack(move || html_to_article(&html));
        assert_eq!(a.text, "Deep “p” 😀\n\nShallow — p");
    }

    #[test]
    fn a_tag_with_100_000_attributes_is_read() {
        let attributes: String = (0..100_000).map(|i| format!(" a{i:x}=\"{i}\"")).collect();
        let html = format!(
            "<head><meta{attributes} property=\"og:site_name\" content=\"Wire &amp; Co — “W”\"></head>\
             <p{attributes}>Many — “attributes” 😀</p>"
        );
        let a = on_small_stack(move || html_to_article(&html));
        assert_eq!(a.text, "Many — “attributes” 😀");
        assert_eq!(a.outlet, "Wire & Co — “W”");
    }

    #[test]
    fn entities_nbsp_and_unicode_are_decoded_as_a_browser_does() {
        let html = "<p>5&nbsp;000 &amp; more &lt;tags&gt; &ldquo;q&rdquo; &mdash; &#8212; &#x1F1EC;&#x1F1E7; \
                    &copy 2025 &notit; &amp &#0; &#x110000; &#128; AT&T &#x; &#; &unknownentity; \
                    “curly” — 😀\u{a0}kept</p>";
        let a = html_to_article(html);
        assert_eq!(
            a.text,
            "5\u{a0}000 & more <tags> “q” — — 🇬🇧 © 2025 ¬it; & \u{fffd} \u{fffd} € AT&T &#x; &#; \
             &unknownentity; “curly” — 😀\u{a0}kept"
        );
        // In attribute values a legacy name before `=` stays as written.
        let html = "<link rel=\"canonical\" href=\"https://example.org/a?x=1&amp;y=2&copy=3&copy;\"><p>x</p>";
        assert_eq!(html_to_article(html).url, "https://example.org/a?x=1&y=2&copy=3©");
    }

    #[test]
    fn script_style_and_other_hidden_contents_never_appear() {
        let html = r#"<!doctype html><html><head><title>T</title>
            <script>var s = "</scr" + "ipt>"; if (a<b) { x = "<p>LEAK-1</p>"; }
            <!-- <script> "</script>" LEAK-2 --> "LEAK-3"</script>
            <style>p::after { content: "</p><p>LEAK-4" }</style></head>
            <body><p>Before — “one”</p>
            <noscript><p>LEAK-5</p></noscript><template><p>LEAK-6</p></template>
            <iframe><p>LEAK-7</p></iframe><form><p>LEAK-8</p></form><button>LEAK-9</button>
            <aside><p>LEAK-10</p></aside><svg><text>LEAK-11</text><p>After 😀</p>
            <!-- <p>LEAK-12</p> --><p>Last<SCRIPT type="x">LEAK-13</SCRIPT >&nbsp;one</p></body></html>"#;
        let a = html_to_article(html);
        assert!(!a.text.contains("LEAK"), "{:?}", a.text);
        assert_eq!(a.text, "Before — “one”\n\nAfter 😀\n\nLast\u{a0}one");
        assert_eq!(a.title, "T");
    }

    #[test]
    fn unclosed_paragraphs_and_list_items_are_separate_paragraphs() {
        let html = "<article><p>One — “first”<p>Two 😀<div>in a div</div><p>Three&nbsp;3\
                    <ul><li>Alpha<li>Beta — β<li>Gamma “γ”</ul>\
                    <ol><li>Outer\n<ol><li>inner</ol></li><li>Next</ol>\
                    <dl><dt>Term<dd>Meaning — “m”<dt>Term 2<dd>Meaning 2</dl>\
                    <h2>Heading<h3>Subheading</h3><p>line<br>break</article>";
        let a = html_to_article(html);
        assert_eq!(
            a.text.split("\n\n").collect::<Vec<_>>(),
            [
                "One — “first”",
                "Two 😀",
                "Three\u{a0}3",
                "Alpha",
                "Beta — β",
                "Gamma “γ”",
                "Outer inner",
                "Next",
                "Term",
                "Meaning — “m”",
                "Term 2",
                "Meaning 2",
                "Heading",
                "Subheading",
                "line break"
            ]
        );
    }

    #[test]
    fn the_text_comes_from_the_first_article_else_main_else_body() {
        let html = "<body><p>Outside</p><main><p>In “main”</p></main><p>After</p></body>";
        assert_eq!(html_to_article(html).text, "In “main”");
        let html = "<main><p>Main</p></main><article><h1>First — 1</h1><p>Article one 😀</p></article>\
                    <article><p>Article two</p></article>";
        let a = html_to_article(html);
        assert_eq!((a.title.as_str(), a.text.as_str()), ("First — 1", "Article one 😀"));
        let html = "<title>From &amp; the head</title><p>Body one</p><div>loose</div><p>Body two</p>";
        let a = html_to_article(html);
        assert_eq!((a.title.as_str(), a.text.as_str()), ("From & the head", "Body one\n\nBody two"));
        // A heading alone is the title, and the whole visible text the article.
        let a = html_to_article("<article><h1>Only — “h”</h1> and words</article>");
        assert_eq!((a.title.as_str(), a.text.as_str()), ("Only — “h”", "Only — “h” and words"));
    }

    #[test]
    fn metadata_comes_from_meta_and_link_wherever_they_are() {
        let html = "<p>Text</p><meta property=\"og:url\" content=\" https://example.org/og \">\
                    <meta name=\"date\" content=\"2024-12-31 late\"><meta itemprop=\"datePublished\" content=\"2020-01-01\">\
                    <meta property=\"og:site_name\"><meta property=\"og:site_name\" content=\"Second — “S”\">";
        let a = html_to_article(html);
        assert_eq!(a.url, "https://example.org/og");
        assert_eq!(a.published_on, Some(jiff::civil::date(2024, 12, 31)));
        assert_eq!(a.outlet, "Second — “S”");
        let a = html_to_article("<meta itemprop=\"datePublished\" content=\"2020-02-29T00:00\"><p>x</p>");
        assert_eq!(a.published_on, Some(jiff::civil::date(2020, 2, 29)));
        let a = html_to_article("<meta name=\"date\" content=\"soon\"><p>x</p>");
        assert_eq!(a.published_on, None);
    }

    #[test]
    fn foreign_content_comments_and_odd_markup() {
        let html = "<p>Chart<svg><text>SVG</text></svg> done</p><p>A<svg/> B</p>\
                    <p>x <math><mi>y</mi></math> z</p><svg><g><p>Escaped 😀</p>\
                    <p>a<!-- <p>hidden --> b</p><p>c<!-->d</p><p>e<!--->f</p><p>g<!--!>h-->i</p>\
                    <p>j<![CDATA[k]]>l</p><p>m<math><![CDATA[<n>]]></math></p><p>nu\0ll</p>\
                    <p>1 < 2 </ 3 <? 4 ?> 5</p><p>end</P >";
        let a = html_to_article(html);
        assert_eq!(
            a.text.split("\n\n").collect::<Vec<_>>(),
            [
                "Chart done",
                "A B",
                "x y z",
                "Escaped 😀",
                "a b",
                "cd",
                "ef",
                "gi",
                "jl",
                "m<n>",
                "null",
                "1 < 2 5",
                "end"
            ]
        );
    }

    #[test]
    fn tables_selects_forms_and_unfinished_markup() {
        let cases: &[(&str, &str)] = &[
            ("<table><tr><td><p>Cell one<td>Cell two — “2”<tr><th>Head</table><p>After</p>", "Cell one\n\nAfter"),
            ("<p>Pick <select><option>one<option>two<p>not a p</select> done</p>", "Pick onetwonot a p done"),
            ("<form><div>in div</form> still in form</div><p>out — “o”</p>", "out — “o”"),
            ("<pre>\nline one\ntwo</pre><p>a<textarea>\nb</textarea></p>", "line one two\n\nab"),
            ("<p>Open quote <a title=\"x", "Open quote"),
            ("<p>Open comment<!-- never closed <p>x", "Open comment"),
            ("<p>Open script<script>alert(\"x\")", "Open script"),
            ("<p>a</p><![CDATA[ x ]]><p>b&#x27;s &#39;q&#39; &#8217;</p>", "a\n\nb's 'q' ’"),
        ];
        for &(html, text) in cases {
            assert_eq!(html_to_article(html).text, text, "{html}");
        }
        let a = html_to_article("<title>Never closed <b>x");
        assert_eq!((a.title.as_str(), a.text.as_str()), ("Never closed <b>x", ""));
    }

    #[test]
    fn an_article_wrapped_in_a_form_is_read_paragraph_by_paragraph() {
        // Some sites wrap the whole page in one <form>; what is around the
        // article does not hide it or merge its paragraphs.
        let html = "<body><form id=\"page\"><nav><p>Menu</p></nav><article><h1>T — “t”</h1><p>One</p>\
                    <aside><p>Related</p></aside><p>Two 😀</p></article><p>Outside</p></form></body>";
        let a = html_to_article(html);
        assert_eq!((a.title.as_str(), a.text.as_str()), ("T — “t”", "One\n\nTwo 😀"));
        let a = html_to_article("<ul><li><main><p>In — “main”</p><p>and\u{a0}more</p></main></li></ul>");
        assert_eq!(a.text, "In — “main”\n\nand\u{a0}more");
    }

    #[test]
    fn garbage_never_panics() {
        const PIECES: &[&str] = &[
            "<",
            "</",
            ">",
            "&",
            "&#",
            "&#x",
            "&amp",
            ";",
            "<!--",
            "-->",
            "--!>",
            "<!",
            "<?",
            "<![CDATA[",
            "]]>",
            "<script>",
            "</script>",
            "<style>",
            "</style",
            "<title>",
            "<textarea>",
            "<plaintext>",
            "<svg>",
            "<math>",
            "</svg>",
            "<p>",
            "<li>",
            "<dd>",
            "<table>",
            "<td>",
            "<article>",
            "<main>",
            "<h1>",
            "</h1>",
            "<nav>",
            "<meta property=og:site_name content=",
            "\"",
            "'",
            "=",
            " ",
            "\n",
            "\r",
            "\0",
            "é",
            "😀",
            "\u{a0}",
            "p",
            "div",
            "script",
            "/",
            "<br/>",
            "<template>",
            "<form>",
            "</form>",
            "<button>",
            "</p>",
            "x",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..3_000 {
            let mut html = String::new();
            for _ in 0..(state % 60) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                html.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            }
            let a = html_to_article(&html);
            assert!(!a.text.contains("\n\n\n"), "{html:?}");
        }
    }
}
