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

/// One colour per kind of finding, for the comparison grid and its legend:
/// the drift kinds warm to cool by how much they change the figure,
/// disagreement (not drift) a neutral slate.
pub fn finding_colour(kind: crate::analysis::FindingKind) -> Color32 {
    use crate::analysis::FindingKind as K;
    match kind {
        K::Value => Color32::from_rgb(0xe0, 0x4f, 0x4f),
        K::Arithmetic => Color32::from_rgb(0xe8, 0x86, 0x2a),
        K::Qualifier => Color32::from_rgb(0xd4, 0xb0, 0x17),
        K::Measure => Color32::from_rgb(0xa6, 0x6b, 0xd3),
        K::Date => Color32::from_rgb(0x3b, 0x82, 0xf6),
        K::Attribution => Color32::from_rgb(0x1f, 0xa9, 0x8f),
        K::Disagreement => Color32::from_rgb(0x8a, 0x96, 0xaa),
    }
}

/// A finding colour as a cell's background, translucent like the claim
/// highlights so the cell's text stays readable in both themes.
pub fn finding_fill(ui: &egui::Ui, kind: crate::analysis::FindingKind) -> Color32 {
    let c = finding_colour(kind);
    let alpha = if ui.visuals().dark_mode { 90 } else { 70 };
    Color32::from_rgba_unmultiplied(c.r(), c.g(), c.b(), alpha)
}

/// The colour of the `index`th plot series, given explicitly to its points,
/// lines and legend entry so the legend shows the colour of the points.
pub fn series_colour(ui: &egui::Ui, index: usize) -> Color32 {
    const PALETTE: [[u8; 3]; 10] = [
        [0x4e, 0x79, 0xa7],
        [0xf2, 0x8e, 0x2b],
        [0xe1, 0x57, 0x59],
        [0x59, 0xa1, 0x4f],
        [0xb0, 0x7a, 0xa1],
        [0x76, 0xb7, 0xb2],
        [0xed, 0xc9, 0x48],
        [0x9c, 0x75, 0x5f],
        [0xff, 0x9d, 0xa7],
        [0x79, 0x70, 0x6e],
    ];
    let [r, g, b] = PALETTE[index % PALETTE.len()];
    let c = Color32::from_rgb(r, g, b);
    // Dark blues and browns sink into a dark background; lift them.
    if ui.visuals().dark_mode { c.lerp_to_gamma(Color32::WHITE, 0.2) } else { c }
}
