//! Small widgets several panels share.

/// A labelled "any tag" / one-tag filter, shared by the claims table and
/// the plot.
pub fn tag_filter_ui(
    ui: &mut egui::Ui,
    id_salt: &str,
    project: &crate::model::Project,
    tag: &mut Option<crate::model::TagId>,
) {
    let tag_name = tag.and_then(|t| project.tag(t)).map_or("any tag", |t| t.name.as_str()).to_string();
    let combo_label = ui.label("Tag");
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(tag_name)
        .show_ui(ui, |ui| {
            ui.selectable_value(tag, None, "any tag");
            for t in &project.tags {
                ui.selectable_value(tag, Some(t.id), &t.name);
            }
        })
        .response
        .labelled_by(combo_label.id);
}

/// "1 claim", "2 claims".
pub fn count(n: usize, noun: &str) -> String {
    crate::model::text::count(n, noun, &format!("{noun}s"))
}

/// egui's proportional font has no arrows or geometric shapes ("→",
/// "◆"), which the comparison's messages use ("“around” → “over”"); its
/// monospace font has them, so it backs the proportional one up instead of
/// leaving boxes in the text.
pub fn install_fallback_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    let monospace = fonts.families.get(&egui::FontFamily::Monospace).and_then(|f| f.first()).cloned();
    if let Some(name) = monospace
        && let Some(proportional) = fonts.families.get_mut(&egui::FontFamily::Proportional)
        && !proportional.contains(&name)
    {
        proportional.push(name);
    }
    ctx.set_fonts(fonts);
}
