//! The HTML report: one self-contained file (styles inline, the plot as
//! inline SVG, no script, nothing fetched from the network) that opens in
//! any browser and prints well. Every piece of text from the project is
//! escaped.

use super::export::{SentenceFinder, number_text};
use crate::analysis::{self, Comparison, PlotFilter};
use crate::model::text::count;
use crate::model::{Claim, FigureKind, Project};

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A link target only when it is a web address: anything else (a
/// `javascript:` URL) is shown as text, not linked.
fn web_address(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url)
}

const STYLE: &str = r#"
body { font-family: Georgia, 'Times New Roman', serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; line-height: 1.45; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #bbb; padding-bottom: 0.2rem; margin-top: 2rem; }
.meta { color: #555; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
th, td { border: 1px solid #ccc; padding: 0.3rem 0.4rem; vertical-align: top; text-align: left; }
th { background: #f0f0f0; }
table.claims { table-layout: fixed; }
table.claims col.id { width: 8%; } table.claims col.article { width: 6%; } table.claims col.quote { width: 29%; }
table.claims col.figure { width: 10%; } table.claims col.agency { width: 11%; } table.claims col.date { width: 10%; }
table.claims col.verdict { width: 12%; } table.claims col.note { width: 14%; }
table.claims td { overflow-wrap: break-word; }
td .meta { font-size: 0.9em; }
td[class^="sev-"] { white-space: nowrap; }
mark { background: #ffe58a; padding: 0 0.1rem; }
.sev-high { color: #a40000; font-weight: bold; }
.sev-medium { color: #8a5a00; font-weight: bold; }
.sev-low { color: #555; }
.verdict-false, .verdict-misreported { color: #a40000; }
.verdict-confirmed { color: #1e6b1e; }
svg { width: 100%; height: auto; }
svg text { font-family: Georgia, serif; font-size: 11px; fill: #333; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  table { font-size: 8pt; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 8pt; color: #555; word-break: break-all; }
  h2 { break-after: avoid; }
  tr, figure, li { break-inside: avoid; }
  thead { display: table-header-group; }
  mark { background: none; font-weight: bold; text-decoration: underline; }
}
"#;

/// Colours of the plot's series, in turn.
const SERIES_COLOURS: [&str; 8] =
    ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"];

/// The HTML report of a project: its title, the articles with links, the
/// findings of the comparison (when it has any), a plot of the counts over
/// time per agency (inline SVG), and the claim table with each quote shown
/// in its sentence.
pub fn html_report(project: &Project) -> String {
    let comparison = analysis::compare(project);
    let mut out = String::new();
    let title = escape_html(&project.title);
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title} — crosscheck report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
    ));
    out.push_str(&format!("<h1>{title}</h1>\n"));
    let modified = project.modified_at.to_zoned(jiff::tz::TimeZone::UTC).date();
    out.push_str(&format!(
        "<p class=\"meta\">{} · {} · last changed {modified} · made with crosscheck</p>\n",
        count(project.articles.len(), "article", "articles"),
        count(project.claims.len(), "claim", "claims"),
    ));
    articles_section(project, &mut out);
    findings_section(project, &comparison, &mut out);
    plot_section(project, &comparison, &mut out);
    claims_section(project, &mut out);
    out.push_str("</body>\n</html>\n");
    out
}

fn articles_section(project: &Project, out: &mut String) {
    out.push_str("<h2>Articles</h2>\n<ol>\n");
    for a in &project.articles {
        let title = escape_html(if a.title.trim().is_empty() { "(untitled)" } else { a.title.trim() });
        let headline = match web_address(&a.url) {
            Some(url) => format!("<a href=\"{}\">{title}</a>", escape_html(url)),
            None => title,
        };
        let mut meta = Vec::new();
        if !a.outlet.trim().is_empty() {
            meta.push(escape_html(a.outlet.trim()));
        }
        if let Some(d) = a.published_on {
            meta.push(d.to_string());
        }
        if a.primary_source {
            meta.push("primary source".to_string());
        }
        let claims = project.claims.iter().filter(|c| c.article == a.id).count();
        meta.push(count(claims, "claim", "claims"));
        out.push_str(&format!(
            "<li id=\"article-{}\">{headline} <span class=\"meta\">({}; {})</span></li>\n",
            a.id,
            a.id,
            meta.join(" · ")
        ));
    }
    out.push_str("</ol>\n");
}

fn findings_section(project: &Project, comparison: &Comparison, out: &mut String) {
    if comparison.findings.is_empty() {
        return;
    }
    out.push_str("<h2>Findings of the comparison</h2>\n<table>\n<thead><tr><th>Severity</th><th>Finding</th><th>Claims</th></tr></thead>\n<tbody>\n");
    for f in &comparison.findings {
        let severity = f.severity.label();
        let claims: Vec<String> = f
            .claims
            .iter()
            .filter_map(|id| project.claim(*id))
            .map(|c| {
                let article = project.article(c.article).map_or(String::new(), |a| a.title.clone());
                format!(
                    "<a href=\"#claim-{}\">{}</a> “{}” <span class=\"meta\">({})</span>",
                    c.id,
                    c.id,
                    escape_html(&c.anchor.exact),
                    escape_html(&article)
                )
            })
            .collect();
        out.push_str(&format!(
            "<tr><td class=\"sev-{severity}\">{severity}</td><td>{}{}</td><td>{}</td></tr>\n",
            escape_html(&f.message),
            if f.decision.is_some() { " <span class=\"meta\">(confirmed by the editor)</span>" } else { "" },
            claims.join("<br>")
        ));
    }
    out.push_str("</tbody>\n</table>\n");
    if comparison.dismissed > 0 {
        out.push_str(&format!(
            "<p class=\"meta\">{} dismissed by the editor.</p>\n",
            count(comparison.dismissed, "finding", "findings")
        ));
    }
}

/// Counts of the most common subject and measure over time, one line per
/// agency, as an inline SVG.
fn plot_section(project: &Project, comparison: &Comparison, out: &mut String) {
    let subject = analysis::most_common_subject(project, FigureKind::Count);
    let measure = analysis::most_common_measure(project, FigureKind::Count, subject.as_deref());
    let filter = PlotFilter { kind: FigureKind::Count, subject: subject.clone(), measure: measure.clone(), tag: None };
    let Some(plot) = plot_svg(project, &filter, comparison) else { return };
    let what = [subject.as_deref(), measure.as_deref()]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    out.push_str(&format!(
        "<h2>Figures over time{}</h2>\n<figure>\n",
        if what.is_empty() { String::new() } else { format!(": {}", escape_html(&what)) }
    ));
    out.push_str(&plot.svg);
    out.push_str(&format!(
        "<figcaption class=\"meta\">Counts by date, one colour per cited agency; a line joins the retellings of one statement{}.</figcaption>\n</figure>\n",
        if plot.undated > 0 {
            format!(
                "; {} drawn at their article's publication date",
                count(plot.undated, "undated claim is", "undated claims are")
            )
        } else {
            String::new()
        }
    ));
}

/// A plot drawn as SVG, and how many of its claims had no date of their
/// own.
pub struct PlotSvg {
    pub svg: String,
    pub undated: usize,
}

/// The claims `filter` selects, by date, one colour and line per agency,
/// as a standalone SVG document (the HTML report inlines it; the Plot
/// tab saves it). `None` when no claim has a value to draw.
pub fn plot_svg(project: &Project, filter: &PlotFilter, comparison: &Comparison) -> Option<PlotSvg> {
    let data = analysis::plot_series(project, filter, comparison);
    let points: Vec<(f64, f64)> =
        data.series.iter().flat_map(|s| s.points.iter().map(|p| (p.x_days, p.value))).collect();
    if points.is_empty() {
        return None;
    }
    let mut out = String::new();
    let (w, h, left, right, top, bottom) = (760.0, 320.0, 70.0, 230.0, 20.0, 40.0);
    let (mut x0, mut x1) = points.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let y1 = points.iter().fold(0.0f64, |m, p| m.max(p.1));
    if x1 - x0 < 1.0 {
        x0 -= 1.0;
        x1 += 1.0;
    }
    let y1 = if y1 <= 0.0 { 1.0 } else { y1 * 1.1 };
    let px = |x: f64| left + (x - x0) / (x1 - x0) * (w - left - right);
    let py = |y: f64| top + (1.0 - y / y1) * (h - top - bottom);
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"Counts over time per agency\">\n"
    ));
    // Axes, with the value axis in four steps and the first and last date.
    out.push_str(&format!(
        "<line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#333\"/>\n<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{}\" stroke=\"#333\"/>\n",
        h - bottom,
        w - right,
        h - bottom,
        h - bottom
    ));
    for i in 0..=4 {
        let v = y1 / 1.1 * f64::from(i) / 4.0;
        let y = py(v);
        out.push_str(&format!(
            "<line x1=\"{left}\" y1=\"{y:.1}\" x2=\"{}\" y2=\"{y:.1}\" stroke=\"#ddd\"/>\n<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>\n",
            w - right,
            left - 6.0,
            y + 4.0,
            number_text(v.round())
        ));
    }
    for (x, anchor) in [(x0, "start"), (x1, "end")] {
        if let Some(d) = analysis::date_from_days(x.round()) {
            out.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"{anchor}\">{d}</text>\n",
                px(x),
                h - bottom + 18.0
            ));
        }
    }
    for (i, series) in data.series.iter().enumerate() {
        let colour = SERIES_COLOURS[i % SERIES_COLOURS.len()];
        let line: Vec<String> =
            series.points.iter().map(|p| format!("{:.1},{:.1}", px(p.x_days), py(p.value))).collect();
        if line.len() > 1 {
            out.push_str(&format!(
                "<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" points=\"{}\"/>\n",
                line.join(" ")
            ));
        }
        for p in &series.points {
            let label = project.claim(p.claim).map_or(String::new(), |c| c.anchor.exact.clone());
            out.push_str(&format!(
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\" fill=\"{colour}\"><title>{}: {}</title></circle>\n",
                px(p.x_days),
                py(p.value),
                p.claim,
                escape_html(&label)
            ));
        }
        let ly = top + 14.0 * i as f64 + 6.0;
        let name: String = series.agency.chars().take(34).collect();
        out.push_str(&format!(
            "<rect x=\"{}\" y=\"{:.1}\" width=\"10\" height=\"10\" fill=\"{colour}\"/><text x=\"{}\" y=\"{:.1}\">{}</text>\n",
            w - right + 10.0,
            ly - 9.0,
            w - right + 24.0,
            ly,
            escape_html(&name)
        ));
    }
    out.push_str("</svg>\n");
    Some(PlotSvg { svg: out, undated: data.undated })
}

/// `sentence` (the claim's, one line) with the quote marked, escaped; the
/// quote alone when there is no sentence.
fn sentence_with_quote(claim: &Claim, sentence: Option<&str>) -> String {
    let quote = &claim.anchor.exact;
    let Some(sentence) = sentence else { return format!("<mark>{}</mark>", escape_html(quote)) };
    // The quote inside the one-line sentence: found by its text, since
    // spaces were tidied.
    let tidy = quote.split_whitespace().collect::<Vec<_>>().join(" ");
    match sentence.find(&tidy).filter(|_| !tidy.is_empty()) {
        Some(at) => format!(
            "{}<mark>{}</mark>{}",
            escape_html(&sentence[..at]),
            escape_html(&tidy),
            escape_html(&sentence[at + tidy.len()..])
        ),
        None => format!("<mark>{}</mark>", escape_html(quote)),
    }
}

fn claims_section(project: &Project, out: &mut String) {
    let mut claims: Vec<&Claim> = project.claims.iter().collect();
    claims.sort_by_key(|c| (c.article, c.anchor.start, c.id));
    out.push_str("<h2>Claims</h2>\n");
    if claims.is_empty() {
        out.push_str("<p>No claims yet.</p>\n");
        return;
    }
    out.push_str("<table class=\"claims\">\n<colgroup><col class=\"id\"><col class=\"article\"><col class=\"quote\"><col class=\"figure\"><col class=\"agency\"><col class=\"date\"><col class=\"verdict\"><col class=\"note\"></colgroup>\n<thead><tr><th>Claim</th><th>Article</th><th>Quote in its sentence</th><th>Figure</th><th>Agency</th><th>Date</th><th>Verdict</th><th>Note</th></tr></thead>\n<tbody>\n");
    let articles: std::collections::HashMap<_, _> = project.articles.iter().map(|a| (a.id, a)).collect();
    let mut finder: Option<(crate::model::ArticleId, SentenceFinder)> = None;
    for c in claims {
        let sentence = articles.get(&c.article).and_then(|article| {
            if finder.as_ref().is_none_or(|(id, _)| *id != c.article) {
                finder = Some((c.article, SentenceFinder::new(&article.text)));
            }
            finder.as_mut().and_then(|(_, f)| f.sentence_if_anchored(c))
        });
        let orphaned = sentence.is_none();
        let figure = c.figure.value.map_or(String::new(), |v| analysis::format_value(v, c.figure.kind));
        let qualifier = c.figure.qualifier.map_or(String::new(), |q| format!("{} ", q.label()));
        let measure = escape_html(&c.figure.measure);
        let tags: Vec<String> = c.tags.iter().filter_map(|t| project.tag(*t)).map(|t| escape_html(&t.name)).collect();
        let quote = sentence_with_quote(c, sentence.as_deref());
        out.push_str(&format!(
            "<tr id=\"claim-{id}\"><td>{id}{tags}</td><td><a href=\"#article-{a}\">{a}</a></td><td>{quote}{orphan}</td><td>{qualifier}{figure} {measure}</td><td>{agency}</td><td>{date}</td><td class=\"verdict-{verdict}\">{verdict}</td><td>{note}</td></tr>\n",
            id = c.id,
            tags = if tags.is_empty() { String::new() } else { format!("<br><span class=\"meta\">{}</span>", tags.join(", ")) },
            a = c.article,
            orphan = if orphaned { " <span class=\"meta\">(orphaned: the article's text no longer holds this quote)</span>" } else { "" },
            agency = escape_html(project.agency_name(c.agency)),
            date = c.date.map_or(String::new(), |d| format!("{d} ({})", d.kind.label())),
            verdict = c.verdict.label(),
            note = escape_html(&c.note).replace('\n', "<br>"),
        ));
    }
    out.push_str("</tbody>\n</table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_only_web_addresses_are_linked() {
        assert_eq!(escape_html("<b>“R&D”</b> 'x' \"y\""), "&lt;b&gt;“R&amp;D”&lt;/b&gt; &#39;x&#39; &quot;y&quot;");
        assert_eq!(web_address(" https://example.org/a "), Some("https://example.org/a"));
        assert_eq!(web_address("javascript:alert(1)"), None);
    }
}
