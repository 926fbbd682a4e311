//! Colours that stay readable in dark and light themes.

use crate::model::{Claim, Rgb};
use egui::{Color32, Stroke};

/// Highlight colour for claims without a tag.
const UNTAGGED: Rgb = Rgb([0x9e, 0x9e, 0x9e]);

pub fn rgb(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0[0], c.0[1], c.0[2])
}

/// A tag colour as a translucent highlight behind text: light enough under
/// dark text in the light theme, dark enough under light text in the dark.
pub fn highlight(ui: &egui::Ui, c: Rgb) -> Color32 {
    let alpha = if ui.visuals().dark_mode { 110 } else { 80 };
    Color32::from_rgba_unmultiplied(c.0[0], c.0[1], c.0[2], alpha)
}

pub fn claim_fill(ui: &egui::Ui, claim: &Claim, project: &crate::model::Project) -> Color32 {
    let colour = claim.tags.first().and_then(|t| project.tag(*t)).map_or(UNTAGGED, |t| t.colour);
    highlight(ui, colour)
}

pub fn suggestion_stroke(ui: &egui::Ui) -> Stroke {
    let c =
        if ui.visuals().dark_mode { Color32::from_rgb(0xff, 0xc8, 0x57) } else { Color32::from_rgb(0xb3, 0x6b, 0x00) };
    Stroke::new(1.5, c)
}
