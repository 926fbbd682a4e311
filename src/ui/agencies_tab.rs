//! Agencies and tags: add, rename, recolour, add aliases, merge agencies.

use super::actions::{Actions, EditAction};
use super::app::App;
use crate::model::Rgb;
use egui::RichText;

pub fn ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Actions) {
    ui.columns(2, |cols| {
        agencies_ui(&mut cols[0], app, actions);
        tags_ui(&mut cols[1], app, actions);
    });
}

fn agencies_ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Actions) {
    let project = &app.doc.project;
    ui.label(RichText::new("Agencies").strong());
    ui.horizontal(|ui| {
        let field = ui.add(
            egui::TextEdit::singleline(&mut app.view.new_agency_name)
                .hint_text("new agency name")
                .id_salt("agency_tab_new"),
        );
        let name = app.view.new_agency_name.trim().to_string();
        if ui.add_enabled(!name.is_empty(), egui::Button::new("Add agency")).clicked()
            || (entered(ui, &field) && !name.is_empty())
        {
            actions.push(EditAction::AddAgency { name, for_claim: None });
            app.view.new_agency_name.clear();
        }
    });
    ui.horizontal_wrapped(|ui| {
        let name = |id: Option<crate::model::AgencyId>| {
            id.and_then(|a| project.agency(a)).map_or("choose…", |a| a.name.as_str()).to_string()
        };
        for (salt, slot) in [("merge_from", &mut app.view.merge_from), ("merge_into", &mut app.view.merge_into)] {
            let combo_label = ui.label(if salt == "merge_from" { "Merge" } else { "into" });
            egui::ComboBox::from_id_salt(salt)
                .selected_text(name(*slot))
                .width(130.0)
                .show_ui(ui, |ui| {
                    for a in &project.agencies {
                        ui.selectable_value(slot, Some(a.id), &a.name);
                    }
                })
                .response
                .labelled_by(combo_label.id);
        }
        let ready = matches!((app.view.merge_from, app.view.merge_into), (Some(a), Some(b)) if a != b);
        if ui
            .add_enabled(ready, egui::Button::new("Merge"))
            .on_hover_text("Claims citing the first follow to the second; its names become aliases")
            .clicked()
            && let (Some(from), Some(into)) = (app.view.merge_from, app.view.merge_into)
        {
            actions.push(EditAction::MergeAgencies { from, into });
            app.view.merge_from = None;
        }
    });
    egui::ScrollArea::vertical().id_salt("agencies_scroll").show(ui, |ui| {
        for agency in &project.agencies {
            let cited = project.claims.iter().filter(|c| c.agency == Some(agency.id)).count();
            egui::CollapsingHeader::new(format!("{} ({})", agency.name, super::widgets::count(cited, "claim")))
                .id_salt(("agency", agency.id.0))
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label("Name");
                        let mut name = agency.name.clone();
                        if ui.text_edit_singleline(&mut name).changed() && !name.trim().is_empty() {
                            actions.push(EditAction::RenameAgency(agency.id, name));
                        }
                    });
                    ui.horizontal(|ui| {
                        ui.label("Country");
                        let mut country = agency.country.clone();
                        if ui.text_edit_singleline(&mut country).changed() {
                            actions.push(EditAction::SetAgencyCountry(agency.id, country));
                        }
                    });
                    ui.horizontal_wrapped(|ui| {
                        ui.label("Aliases");
                        for (i, alias) in agency.aliases.iter().enumerate() {
                            if ui.small_button(format!("{alias} ×")).on_hover_text("Remove this alias").clicked() {
                                let mut aliases = agency.aliases.clone();
                                aliases.remove(i);
                                actions.push(EditAction::SetAgencyAliases(agency.id, aliases));
                            }
                        }
                    });
                    let buffer_id = egui::Id::unique(("alias_buffer", agency.id.0));
                    let mut buffer: String = ui.data_mut(|d| d.get_temp(buffer_id).unwrap_or_default());
                    ui.horizontal(|ui| {
                        ui.add(egui::TextEdit::singleline(&mut buffer).hint_text("new alias").desired_width(160.0));
                        if ui.add_enabled(!buffer.trim().is_empty(), egui::Button::new("Add alias")).clicked() {
                            let mut aliases = agency.aliases.clone();
                            aliases.push(buffer.trim().to_string());
                            actions.push(EditAction::SetAgencyAliases(agency.id, aliases));
                            buffer.clear();
                        }
                    });
                    ui.data_mut(|d| d.insert_temp(buffer_id, buffer));
                });
        }
    });
}

fn tags_ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Actions) {
    ui.label(RichText::new("Tags").strong());
    ui.horizontal(|ui| {
        let field =
            ui.add(egui::TextEdit::singleline(&mut app.view.new_tag_name).hint_text("new tag name").id_salt("new_tag"));
        let name = app.view.new_tag_name.trim().to_string();
        if ui.add_enabled(!name.is_empty(), egui::Button::new("Add tag")).clicked()
            || (entered(ui, &field) && !name.is_empty())
        {
            actions.push(EditAction::AddTag(name));
            app.view.new_tag_name.clear();
        }
    });
    for tag in &app.doc.project.tags {
        ui.horizontal(|ui| {
            let mut colour = tag.colour.0;
            if ui.color_edit_button_srgb(&mut colour).changed() {
                actions.push(EditAction::RecolourTag(tag.id, Rgb(colour)));
            }
            let mut name = tag.name.clone();
            if ui.add(egui::TextEdit::singleline(&mut name).desired_width(140.0)).changed() && !name.trim().is_empty() {
                actions.push(EditAction::RenameTag(tag.id, name));
            }
            let used = app.doc.project.claims.iter().filter(|c| c.tags.contains(&tag.id)).count();
            ui.label(super::widgets::count(used, "claim"));
            if ui.small_button("🗑").on_hover_text("Delete this tag (claims keep everything else)").clicked() {
                actions.push(EditAction::DeleteTag(tag.id));
            }
        });
    }
}

/// Whether the editor pressed Enter in the single-line `field` this frame
/// (egui lets go of the focus on Enter).
fn entered(ui: &egui::Ui, field: &egui::Response) -> bool {
    field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
}
