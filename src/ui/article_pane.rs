//! Article panes side by side: header, then the text with every claim
//! highlighted. Text is laid out per paragraph and only the paragraphs in
//! view are laid out each frame, so long articles scroll smoothly.

use super::actions::{Actions, ArticleMeta, EditAction, ReviewAction, ViewAction};
use super::app::App;
use super::colours::{claim_fill, suggestion_stroke};
use super::command::UiCommand;
use super::suggestions_tab::SuggestionKey;
use crate::model::{Article, ArticleId, Claim, ClaimId, Project};
use egui::text::{CharIndex, LayoutJob, TextFormat};
use egui::{Color32, Galley, Id, Pos2, Rect, RichText, ScrollArea, Sense, Stroke, Vec2};
use std::sync::Arc;

/// Lines longer than this are cut into several blocks for layout, so a text
/// without line breaks still only lays out what is visible.
const MAX_BLOCK_CHARS: usize = 3000;
const BLOCK_GAP: f32 = 4.0;

/// One laid-out unit of an article: a line of its text (or part of one).
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub start_char: usize,
    pub end_char: usize,
    pub start_byte: usize,
    pub end_byte: usize,
}

/// Splits `text` into blocks at line breaks (and inside very long lines at
/// a space), each with code-point and byte bounds.
pub fn split_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut start_char = 0;
    let mut start_byte = 0;
    let mut chars_in_block = 0;
    let mut last_space: Option<(usize, usize)> = None;
    for (byte, c) in text.char_indices() {
        if c == '\n' {
            blocks.push(Block { start_char, end_char: start_char + chars_in_block, start_byte, end_byte: byte });
            start_char += chars_in_block + 1;
            start_byte = byte + 1;
            chars_in_block = 0;
            last_space = None;
            continue;
        }
        chars_in_block += 1;
        if c == ' ' {
            last_space = Some((start_char + chars_in_block, byte + 1));
        }
        if chars_in_block >= MAX_BLOCK_CHARS {
            let (cut_char, cut_byte) = last_space.unwrap_or((start_char + chars_in_block, byte + c.len_utf8()));
            blocks.push(Block { start_char, end_char: cut_char, start_byte, end_byte: cut_byte });
            chars_in_block = start_char + chars_in_block - cut_char;
            start_char = cut_char;
            start_byte = cut_byte;
            last_space = None;
        }
    }
    blocks.push(Block { start_char, end_char: start_char + chars_in_block, start_byte, end_byte: text.len() });
    blocks
}

/// Block bounds and measured heights of the article a pane shows, kept
/// across frames and rebuilt when the article, its text or the width
/// changes.
#[derive(Default)]
pub struct LayoutCache {
    key: Option<(ArticleId, String)>,
    pub blocks: Vec<Block>,
    /// Byte offset of every code point (and of the end), so checking that
    /// a claim still matches its quote costs the quote's length, not the
    /// article's.
    char_bytes: Vec<usize>,
    heights: Vec<Option<f32>>,
    width: f32,
}

impl LayoutCache {
    /// Rebuilds blocks and the char index when the article or its text changed.
    fn refresh_text(&mut self, article: &Article) {
        let key = (article.id, article.text_sha256.clone());
        if self.key.as_ref() != Some(&key) {
            self.blocks = split_blocks(&article.text);
            self.char_bytes = article.text.char_indices().map(|(b, _)| b).chain([article.text.len()]).collect();
            self.heights = vec![None; self.blocks.len()];
            self.key = Some(key);
        }
    }

    /// Forgets measured heights when the wrap width changed.
    fn refresh_width(&mut self, width: f32) {
        if (self.width - width).abs() > 0.5 {
            self.heights.iter_mut().for_each(|h| *h = None);
            self.width = width;
        }
    }

    fn height(&self, i: usize, row_height: f32, chars_per_row: f32) -> f32 {
        self.heights[i].unwrap_or_else(|| {
            let chars = (self.blocks[i].end_char - self.blocks[i].start_char) as f32;
            (chars / chars_per_row).ceil().max(1.0) * row_height
        }) + BLOCK_GAP
    }

    /// Whether `claim` still reads its quote in `text` (the cached article).
    pub fn anchored(&self, text: &str, claim: &Claim) -> bool {
        let a = &claim.anchor;
        match (self.char_bytes.get(a.start), self.char_bytes.get(a.end)) {
            (Some(&s), Some(&e)) if a.start < a.end => text.get(s..e) == Some(a.exact.as_str()),
            _ => false,
        }
    }

    /// Index of the block holding `offset_chars`.
    pub fn block_of(&self, offset_chars: usize) -> usize {
        self.blocks.partition_point(|b| b.end_char < offset_chars).min(self.blocks.len().saturating_sub(1))
    }
}

/// The panes, side by side; each but the last in a resizable side panel.
pub fn panes_ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Actions) {
    if app.doc.project.articles.is_empty() {
        ui.vertical_centered(|ui| {
            ui.add_space(40.0);
            ui.heading("No articles yet");
            let import = UiCommand::Import;
            ui.label(format!(
                "Import .txt, .md or .html articles with File > {} ({}), or drop files on the window.",
                import.text(),
                import.shortcut_text(ui.ctx())
            ));
            if ui.button(import.text()).on_hover_text(import.tooltip()).clicked()
                && let Some(action) = import.action(app)
            {
                actions.push(action);
            }
        });
        return;
    }
    let count = app.view.panes.len();
    let rect = ui.available_rect_before_wrap();
    ui.allocate_rect(rect, Sense::hover());
    if app.view.pane_widths.len() != count {
        app.view.pane_widths = vec![1.0 / count as f32; count];
    }
    // The panes share the width by the fractions in `pane_widths` (equal
    // until the editor drags a divider), each in its own clipped child, so
    // none can push a neighbour's header out of the window.
    let usable = (rect.width() - PANE_GAP * (count - 1) as f32).max(1.0);
    let min_fraction = (MIN_PANE_WIDTH / usable).min(1.0 / count as f32);
    let mut rects = Vec::with_capacity(count);
    let mut x = rect.left();
    for &fraction in &app.view.pane_widths {
        let w = usable * fraction;
        rects.push(Rect::from_min_max(Pos2::new(x, rect.top()), Pos2::new(x + w, rect.bottom())));
        x += w + PANE_GAP;
    }
    for i in 0..count.saturating_sub(1) {
        let divider =
            Rect::from_min_max(Pos2::new(rects[i].right(), rect.top()), Pos2::new(rects[i + 1].left(), rect.bottom()));
        let response = ui
            .interact(divider, Id::unique(("pane_divider", i)), Sense::click_and_drag())
            .on_hover_text("Drag to resize; double-click for equal widths");
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Splitter, true, "Pane divider"));
        let active = response.hovered() || response.dragged();
        if active {
            ui.ctx().set_cursor_icon(egui::CursorIcon::ResizeHorizontal);
        }
        let stroke =
            if active { ui.visuals().widgets.hovered.fg_stroke } else { ui.visuals().widgets.noninteractive.bg_stroke };
        ui.painter().vline(divider.center().x, rect.y_range(), stroke);
        if response.double_clicked() {
            app.view.pane_widths = vec![1.0 / count as f32; count];
        } else if response.dragged() {
            let widths = &mut app.view.pane_widths;
            let pair = widths[i] + widths[i + 1];
            let left = (widths[i] + response.drag_delta().x / usable).clamp(min_fraction, pair - min_fraction);
            widths[i] = left;
            widths[i + 1] = pair - left;
        }
    }
    for (index, pane_rect) in rects.into_iter().enumerate() {
        let mut child = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(pane_rect)
                .id_salt(("pane", index))
                .layout(egui::Layout::top_down(egui::Align::Min)),
        );
        child.set_clip_rect(pane_rect.intersect(ui.clip_rect()));
        pane_ui(&mut child, app, index, actions);
    }
}

/// Space between two panes, where the divider is dragged.
const PANE_GAP: f32 = 9.0;
/// No pane is dragged narrower than this (unless the window is so narrow
/// that equal shares are narrower).
const MIN_PANE_WIDTH: f32 = 160.0;

fn pane_header_ui(
    ui: &mut egui::Ui,
    app: &App,
    index: usize,
    article: &Article,
    orphans: &[&Claim],
    actions: &mut Actions,
) {
    ui.horizontal(|ui| {
        let closable = app.view.panes.len() > 1;
        let combo_label = ui.label("Article");
        // Room for the close button, so the chooser never pushes it out
        // of a narrow pane.
        let reserve = if closable { 30.0 } else { 4.0 };
        let width = (ui.available_width() - reserve).max(40.0);
        // In a box of its own: a truncated combo box otherwise takes the
        // whole rest of the row.
        ui.allocate_ui_with_layout(
            egui::vec2(width, ui.spacing().interact_size.y),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                egui::ComboBox::from_id_salt(("pane_article", index))
                    .selected_text(article.title.as_str())
                    .truncate()
                    .width(width)
                    .show_ui(ui, |ui| {
                        for a in &app.doc.project.articles {
                            if ui.selectable_label(a.id == article.id, &a.title).clicked() {
                                actions.push(ViewAction::SetPaneArticle(index, a.id));
                            }
                        }
                    })
                    .response
                    .labelled_by(combo_label.id);
            },
        );
        if closable && ui.small_button("×").on_hover_text("Close this pane").clicked() {
            actions.push(ViewAction::ClosePane(index));
        }
    });
    ui.add(egui::Label::new(RichText::new(&article.title).strong().size(16.0)).wrap());
    ui.horizontal_wrapped(|ui| {
        let date = article.published_on.map(|d| d.to_string()).unwrap_or_else(|| "no date".into());
        ui.label(
            RichText::new(format!(
                "{} · {date}",
                if article.outlet.is_empty() { "no outlet" } else { &article.outlet }
            ))
            .weak(),
        );
        if !article.url.is_empty() {
            let chars = (ui.available_width() / 7.0).max(12.0) as usize;
            ui.hyperlink_to(truncate(&article.url, chars.min(60)), &article.url);
        }
    });
    ui.horizontal_wrapped(|ui| {
        let mut primary = article.primary_source;
        if ui
            .checkbox(&mut primary, "primary source")
            .on_hover_text("The agency's own statement: the comparison measures the other articles against it")
            .changed()
        {
            actions.push(EditAction::SetArticleMeta(
                article.id,
                ArticleMeta { primary_source: primary, ..meta_of(article) },
            ));
        }
        if ui.button("✏ Details…").on_hover_text("Edit the title, outlet, URL and publication date").clicked() {
            actions.push(ViewAction::EditArticleDetails(article.id));
        }
    });
    pane_summary_ui(ui, app, article, orphans, actions);
}

/// Claims, length and orphans of the pane's article, under its header.
/// A claim whose quote is no longer in the text is listed with its old
/// quote, and re-attached to the text the editor selects.
fn pane_summary_ui(ui: &mut egui::Ui, app: &App, article: &Article, orphans: &[&Claim], actions: &mut Actions) {
    let claims = app.doc.project.claims_of(article.id).count();
    let summary = format!("{} · {} characters", super::widgets::count(claims, "claim"), article.text.chars().count());
    ui.label(RichText::new(summary).small().weak());
    if !orphans.is_empty() {
        let selected_here = app.view.text_selection.is_some_and(|(a, s, e)| a == article.id && s < e);
        egui::CollapsingHeader::new(
            RichText::new(format!("{} orphaned: the quote is no longer in the text", orphans.len()))
                .color(ui.visuals().warn_fg_color),
        )
        .id_salt(("orphans", article.id.0))
        .show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt(("orphans_scroll", article.id.0)).max_height(120.0).show(ui, |ui| {
                for claim in orphans {
                    ui.horizontal(|ui| {
                        let attach = ui
                            .add_enabled(selected_here, egui::Button::new("Re-attach").small())
                            .on_hover_text("Anchor this claim to the text selected in this pane")
                            .on_disabled_hover_text("Select the text this claim now quotes, in this pane");
                        if attach.clicked() {
                            actions.push(ReviewAction::Reattach(claim.id));
                        }
                        let label = format!("{} “{}”", claim.id, truncate(&claim.anchor.exact, 80));
                        if ui.add(egui::Label::new(label).truncate().sense(Sense::click())).clicked() {
                            actions.push(ViewAction::SelectClaim(Some(claim.id)));
                        }
                    });
                }
            });
        });
    }
    ui.separator();
}

pub(super) fn meta_of(article: &Article) -> ArticleMeta {
    ArticleMeta {
        title: article.title.clone(),
        outlet: article.outlet.clone(),
        url: article.url.clone(),
        published_on: article.published_on,
        primary_source: article.primary_source,
    }
}

pub fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(max_chars.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

/// Spans to draw in one article: claims, plus the suggestions on show.
struct Spans<'a> {
    claims: Vec<&'a Claim>,
    suggestions: Vec<SuggestionKey>,
    /// Claims opened side by side with the selected one (a finding's),
    /// outlined so the editor sees what is being compared.
    focus: Vec<ClaimId>,
}

fn pane_ui(ui: &mut egui::Ui, app: &mut App, index: usize, actions: &mut Actions) {
    let Some(article_id) = app.view.panes.get(index).and_then(|p| p.article) else { return };
    let project: &Project = &app.doc.project;
    let Some(article) = project.article(article_id) else { return };
    app.view.panes[index].layout.refresh_text(article);
    let cache = &app.view.panes[index].layout;
    let (mut claims, orphans): (Vec<&Claim>, Vec<&Claim>) =
        project.claims_of(article_id).partition(|c| cache.anchored(&article.text, c));
    pane_header_ui(ui, app, index, article, &orphans, actions);

    claims.sort_by_key(|c| (c.anchor.start, c.anchor.end));
    // The outline of a finding's claims lasts while one of them is selected.
    let focus = match app.view.selected_claim {
        Some(id) if app.view.highlighted.contains(&id) => app.view.highlighted.clone(),
        _ => Vec::new(),
    };
    let spans = Spans { claims, suggestions: app.suggestions.spans_for(article_id), focus };

    // Never wider than what is visible: a pane squeezed by its neighbours
    // still wraps its text inside the window.
    let visible = ui.clip_rect().right() - ui.cursor().left() - ui.spacing().scroll.bar_width - 4.0;
    let width = ui.available_width().min(visible).max(50.0);
    let row_height = ui.text_style_height(&egui::TextStyle::Body);
    let char_width = ui.fonts_mut(|f| f.glyph_width(&egui::TextStyle::Body.resolve(ui.style()), 'n')).max(1.0);
    let chars_per_row = (width / char_width).max(10.0);

    let pane = &mut app.view.panes[index];
    pane.layout.refresh_width(width);
    let tops: Vec<f32> = {
        let mut y = 0.0;
        (0..pane.layout.blocks.len())
            .map(|i| {
                let top = y;
                y += pane.layout.height(i, row_height, chars_per_row);
                top
            })
            .collect()
    };
    let mut scroll = ScrollArea::vertical().id_salt(("pane_scroll", index)).auto_shrink([false, false]);
    if let Some(offset) = pane.scroll_to_char.take() {
        let block = pane.layout.block_of(offset);
        scroll = scroll.vertical_scroll_offset((tops.get(block).copied().unwrap_or(0.0) - 60.0).max(0.0));
    }
    let total: f32 = tops.last().copied().unwrap_or(0.0)
        + pane.layout.blocks.len().checked_sub(1).map_or(0.0, |i| pane.layout.height(i, row_height, chars_per_row));

    let selected = app.view.selected_claim;
    let mut new_selection = None;
    let mut measured: Vec<(usize, f32)> = Vec::new();
    let mut reading_ids = Vec::new();
    scroll.show_viewport(ui, |ui, viewport| {
        ui.set_min_height(total);
        let first = tops.partition_point(|&t| t <= viewport.min.y).saturating_sub(1);
        let top = ui.min_rect().top();
        for i in first..pane.layout.blocks.len() {
            let y = tops[i];
            if y > viewport.max.y {
                break;
            }
            let block = pane.layout.blocks[i].clone();
            let block_rect = Rect::from_min_size(Pos2::new(ui.min_rect().left(), top + y), Vec2::new(width, 0.0));
            let mut block_ui = ui.new_child(egui::UiBuilder::new().max_rect(block_rect.with_max_y(f32::INFINITY)));
            let id = Id::unique(("block", index, article_id, i));
            reading_ids.push(id);
            let out = block_ui_show(&mut block_ui, id, article, &block, &spans, project, selected, actions);
            measured.push((i, out.height));
            // A non-empty selection anywhere wins over a focused block
            // with an empty one.
            match out.selection {
                Some(Some(range)) => new_selection = Some(Some(range)),
                Some(None) if new_selection.is_none() => new_selection = Some(None),
                _ => {}
            }
        }
    });
    for (i, h) in measured {
        pane.layout.heights[i] = Some(h);
    }
    app.view.reading_ids.extend(reading_ids);
    match new_selection {
        Some(Some((start, end))) => app.view.text_selection = Some((article_id, start, end)),
        // Only a primary click empties the selection: a right-click (for
        // the context menu) or a key press keeps it.
        Some(None) if ui.input(|i| i.pointer.primary_released()) => {
            if app.view.text_selection.is_some_and(|(a, _, _)| a == article_id) {
                app.view.text_selection = None;
            }
        }
        Some(None) | None => {}
    }
}

struct BlockOutput {
    height: f32,
    /// `Some(range)` when this block holds the focus: the selected span
    /// (`None` when the selection is empty).
    selection: Option<Option<(usize, usize)>>,
}

/// The claims and suggestions that overlap a block, in block-relative chars.
/// A span clipped to one block: block-relative code points, and what it is.
type BlockSpan<T> = (usize, usize, T);

fn block_spans(block: &Block, spans: &Spans<'_>) -> (Vec<BlockSpan<ClaimId>>, Vec<BlockSpan<SuggestionKey>>) {
    let clip = |s: usize, e: usize| {
        let (s, e) = (s.max(block.start_char), e.min(block.end_char));
        (s < e).then(|| (s - block.start_char, e - block.start_char))
    };
    let claims = spans
        .claims
        .iter()
        .take_while(|c| c.anchor.start < block.end_char)
        .filter_map(|c| clip(c.anchor.start, c.anchor.end).map(|(s, e)| (s, e, c.id)))
        .collect();
    let suggestions =
        spans.suggestions.iter().filter_map(|&key| clip(key.start, key.end).map(|(s, e)| (s, e, key))).collect();
    (claims, suggestions)
}

fn block_ui_show(
    ui: &mut egui::Ui,
    id: Id,
    article: &Article,
    block: &Block,
    spans: &Spans<'_>,
    project: &Project,
    selected: Option<ClaimId>,
    actions: &mut Actions,
) -> BlockOutput {
    let text = &article.text[block.start_byte..block.end_byte];
    let (claims, suggestions) = block_spans(block, spans);
    let colours: Vec<Color32> = claims
        .iter()
        .map(|(_, _, cid)| {
            spans.claims.iter().find(|c| c.id == *cid).map_or(Color32::GRAY, |c| claim_fill(ui, c, project))
        })
        .collect();
    let job = highlight_job(ui, text, &claims, &colours);
    let mut layouter = |ui: &egui::Ui, _buf: &dyn egui::TextBuffer, wrap_width: f32| {
        let mut job = job.clone();
        job.wrap.max_width = wrap_width;
        ui.fonts_mut(|f| f.layout_job(job))
    };
    let mut readonly: &str = text;
    let output = egui::TextEdit::multiline(&mut readonly)
        .id(id)
        .frame(egui::Frame::NONE)
        .margin(egui::Margin::ZERO)
        .desired_rows(1)
        .desired_width(f32::INFINITY)
        .layouter(&mut layouter)
        .show(ui);
    let response = output.response.response.clone();
    let galley = output.galley.clone();
    let origin = output.galley_pos;

    // Outline the selected claim; dotted underline for suggestions.
    let painter = ui.painter();
    for (s, e, cid) in &claims {
        let rects = span_rects(&galley, *s, *e);
        let outline = if Some(*cid) == selected {
            Some(Stroke::new(2.0, ui.visuals().strong_text_color()))
        } else if spans.focus.contains(cid) {
            Some(Stroke::new(2.0, ui.visuals().selection.stroke.color))
        } else {
            None
        };
        if let Some(stroke) = outline {
            for r in &rects {
                painter.rect_stroke(r.translate(origin.to_vec2()).expand(1.0), 2.0, stroke, egui::StrokeKind::Outside);
            }
        }
        // A node per highlight, so screen readers and tests can find it.
        if let Some(first) = rects.first() {
            let quote: String = text.chars().skip(*s).take(e - s).collect();
            let r = ui.interact(first.translate(origin.to_vec2()), id.with(("claim", cid.0)), Sense::hover());
            let label = format!("Claim {cid}: {quote}");
            r.widget_info(move || egui::WidgetInfo::labeled(egui::Role::Label, true, label.clone()));
        }
    }
    for (s, e, _) in &suggestions {
        for r in span_rects(&galley, *s, *e) {
            let r = r.translate(origin.to_vec2());
            let y = r.bottom() - 1.0;
            painter.extend(egui::Shape::dotted_line(
                &[Pos2::new(r.left(), y), Pos2::new(r.right(), y)],
                suggestion_stroke(ui).color,
                3.0,
                1.0,
            ));
        }
    }

    // Hover tooltip and click-to-select on highlights.
    let pointer_char =
        response.hover_pos().map(|p| galley.cursor_from_pos(p - origin).index.0).filter(|_| response.hovered());
    let hovered_claim = pointer_char.and_then(|c| {
        claims.iter().filter(|(s, e, _)| *s <= c && c < *e).min_by_key(|(s, e, _)| e - s).map(|(_, _, id)| *id)
    });
    if let Some(cid) = hovered_claim
        && let Some(claim) = spans.claims.iter().find(|c| c.id == cid)
    {
        let tip = super::inspector::claim_summary(project, claim);
        response.clone().on_hover_ui_at_pointer(|ui| {
            ui.label(tip);
        });
    }
    let mut selection = None;
    let cursor = output.cursor_range;
    if response.has_focus() || response.dragged() {
        selection = Some(cursor.and_then(|c| {
            let (a, b) = (c.primary.index.0, c.secondary.index.0);
            (a != b).then(|| (block.start_char + a.min(b), block.start_char + a.max(b)))
        }));
    }
    if response.clicked() {
        if let Some(cid) = hovered_claim.or_else(|| {
            response.interact_pointer_pos().and_then(|p| {
                let c = galley.cursor_from_pos(p - origin).index.0;
                claims.iter().find(|(s, e, _)| *s <= c && c < *e).map(|(_, _, id)| *id)
            })
        }) {
            let empty = cursor.is_none_or(|c| c.primary.index == c.secondary.index);
            if empty {
                actions.push(ViewAction::SelectClaim(Some(cid)));
            }
        } else if selected.is_some() && cursor.is_none_or(|c| c.primary.index == c.secondary.index) {
            // A click on plain text lets go of the selected claim.
            actions.push(ViewAction::SelectClaim(None));
        }
        if let Some(sugg) = response.interact_pointer_pos().and_then(|p| {
            let c = galley.cursor_from_pos(p - origin).index.0;
            suggestions.iter().find(|(s, e, _)| *s <= c && c < *e).map(|(_, _, n)| *n)
        }) {
            actions.push(ReviewAction::Focus(sugg));
        }
    }
    response.context_menu(|ui| {
        if ui.button("Tag selection as claim").clicked() {
            actions.push(ReviewAction::TagSelection);
            ui.close();
        }
        if let Some(cid) = hovered_claim.or(selected)
            && ui.button(format!("Delete claim {cid}")).clicked()
        {
            actions.push(EditAction::DeleteClaim(cid));
            ui.close();
        }
    });
    BlockOutput { height: response.rect.height(), selection }
}

/// The paragraph's text with each claim's span on its tag colour; where
/// claims overlap the colours are mixed and underlined, so both stay visible.
fn highlight_job(ui: &egui::Ui, text: &str, claims: &[(usize, usize, ClaimId)], colours: &[Color32]) -> LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let text_colour = ui.visuals().text_color();
    let mut cuts: Vec<usize> = vec![0];
    for (s, e, _) in claims {
        cuts.push(*s);
        cuts.push(*e);
    }
    let char_count = text.chars().count();
    cuts.push(char_count);
    cuts.sort_unstable();
    cuts.dedup();
    let byte_at: Vec<usize> = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
    let mut job = LayoutJob { text: text.to_string(), ..Default::default() };
    for w in cuts.windows(2) {
        let (s, e) = (w[0], w[1]);
        if s >= e || e > char_count {
            continue;
        }
        let covering: Vec<Color32> =
            claims.iter().zip(colours).filter(|((cs, ce, _), _)| *cs <= s && e <= *ce).map(|(_, c)| *c).collect();
        let mut format = TextFormat::simple(font.clone(), text_colour);
        if let Some(first) = covering.first() {
            let mut fill = *first;
            for c in &covering[1..] {
                fill = fill.lerp_to_gamma(*c, 0.5);
            }
            format.background = fill;
            if covering.len() > 1 {
                format.underline = Stroke::new(2.0, text_colour);
            }
        }
        job.sections.push(egui::text::LayoutSection {
            leading_space: 0.0,
            byte_range: egui::text::ByteIndex(byte_at[s])..egui::text::ByteIndex(byte_at[e]),
            format,
        });
    }
    job
}

/// Rectangles (galley coordinates) covering chars `start..end`, one a row.
pub fn span_rects(galley: &Arc<Galley>, start: usize, end: usize) -> Vec<Rect> {
    let mut rects = Vec::new();
    let mut row_start = 0;
    for row in &galley.rows {
        let len = row.char_count_excluding_newline().0;
        let row_end = row_start + len;
        let (a, b) = (start.max(row_start), end.min(row_end));
        if a < b {
            let x0 = row.pos.x + row.x_offset(CharIndex(a - row_start));
            let x1 = row.pos.x + row.x_offset(CharIndex(b - row_start));
            rects.push(Rect::from_min_max(Pos2::new(x0, row.pos.y), Pos2::new(x1, row.pos.y + row.height())));
        }
        row_start = row_end + usize::from(row.ends_with_newline);
        if row_start >= end {
            break;
        }
    }
    rects
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_cover_the_text_at_char_boundaries() {
        let text = "Kyiv — “one” 😀\n\nnbsp\u{a0}here\nlast";
        let blocks = split_blocks(text);
        assert_eq!(blocks.len(), 4);
        for b in &blocks {
            assert_eq!(
                crate::model::text::slice_chars(text, b.start_char..b.end_char),
                Some(&text[b.start_byte..b.end_byte])
            );
        }
        assert_eq!(&text[blocks[3].start_byte..blocks[3].end_byte], "last");
        let long = "word 😀 ".repeat(1000);
        let blocks = split_blocks(&long);
        assert!(blocks.len() > 2);
        assert!(blocks.iter().all(|b| b.end_char - b.start_char <= MAX_BLOCK_CHARS));
        let joined: String = blocks.iter().map(|b| &long[b.start_byte..b.end_byte]).collect();
        assert_eq!(joined, long);
    }
}
