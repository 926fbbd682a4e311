//! Drives the real workbench headless with egui_kittest, as an editor
//! would: click, type, press keys, then check the project.

use crosscheck::analysis::{FindingKind, compare};
use crosscheck::model::{ClaimId, DateKind, DatePrecision, FigureKind, FindingDecision, Project, Verdict};
use crosscheck::store::{load_project, parse_project, save_project};
use crosscheck::ui::{
    Actions, App, BottomTab, EditAction, FileAction, ReviewAction, SAMPLE_PROJECT, SortColumn, SuggestionKey,
    UiCommand, ViewAction, visible_claims,
};
use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::{Harness, SnapshotOptions};
use std::path::{Path, PathBuf};

/// Every harness is made here: one window size, one set of snapshot
/// thresholds.
fn harness(app: App) -> Harness<'static, App> {
    Harness::builder()
        .with_size([1280.0, 800.0])
        .with_options(SnapshotOptions::new().threshold(1.0).max_failed_pixels(200))
        .build_ui_state(|ui, app: &mut App| app.show(ui), app)
}

fn sample_app() -> Harness<'static, App> {
    let mut h = harness(App::new(None, false));
    h.run_steps(3);
    h
}

fn sample() -> Project {
    parse_project(Path::new("sample"), SAMPLE_PROJECT).unwrap()
}

fn click_at(h: &mut Harness<'_, App>, pos: Pos2) {
    h.hover_at(pos);
    h.run_steps(1);
    for pressed in [true, false] {
        h.event(Event::PointerButton { pos, button: PointerButton::Primary, pressed, modifiers: Modifiers::NONE });
        h.run_steps(1);
    }
}

/// The on-screen rectangle of the article text block that starts with `start`.
fn block_rect(h: &Harness<'_, App>, start: &str) -> egui::Rect {
    h.get_all_by_role(egui::accesskit::Role::MultilineTextInput)
        .find(|n| n.value().is_some_and(|v| v.starts_with(start)))
        .unwrap_or_else(|| panic!("no text block starts with {start:?}"))
        .rect()
}

/// Drags across the first line of the text block that starts with `start`,
/// `width` points from its left edge, and returns where the drag ended.
fn drag_select(h: &mut Harness<'_, App>, start: &str, width: f32) -> Pos2 {
    let rect = block_rect(h, start);
    let from = rect.left_top() + egui::vec2(1.0, 8.0);
    let to = rect.left_top() + egui::vec2(width, 8.0);
    h.drag_at(from);
    h.run_steps(1);
    h.hover_at(to);
    h.run_steps(1);
    h.drop_at(to);
    h.run_steps(2);
    to
}

#[test]
fn opens_the_sample_project_with_its_articles_and_highlights() {
    let h = sample_app();
    assert_eq!(h.state().doc.project.articles.len(), 5);
    assert_eq!(h.state().doc.project.claims.len(), 30);
    h.get_by_label_contains("Meridian Post · ");
    // Each visible claim is a labelled node a screen reader (or test) finds.
    h.get_by_label_contains("Claim C1: around 4,000 casualties as of mid-January");
    assert!(!h.state().doc.is_dirty());
}

#[test]
fn selecting_text_and_pressing_t_tags_a_claim() {
    let mut h = sample_app();
    drag_select(&mut h, "North Korean soldiers fighting", 150.0);
    let (article, start, end) = h.state().view.text_selection.expect("a selection in the pane");
    assert!(end > start);
    h.key_press(Key::T);
    h.run_steps(2);
    let app = h.state();
    assert_eq!(app.doc.project.claims.len(), 31);
    let claim = app.doc.project.claims.last().unwrap();
    assert_eq!(Some(claim.id), app.view.selected_claim, "the new claim opens in the inspector");
    let text = &app.doc.project.article(article).unwrap().text;
    // The claim is the selection widened to whole words.
    let (start, end) = crosscheck::anchor::snap_to_words(text, start, end);
    assert_eq!((claim.article, claim.anchor.start, claim.anchor.end), (article, start, end));
    let at = |i: usize| text.chars().nth(i);
    assert!(at(end).is_none_or(|c| !c.is_alphanumeric()), "the claim ends at a word boundary");
    assert!(text.chars().skip(start).take(end - start).collect::<String>() == claim.anchor.exact);
    let paragraph = text.split("\n").find(|p| p.starts_with("North Korean soldiers fighting")).unwrap();
    assert!(paragraph.contains(&claim.anchor.exact), "{:?} is not from the dragged paragraph", claim.anchor.exact);
    assert!(claim.anchor.exact.chars().count() >= 10, "a drag of 150 points selects words: {:?}", claim.anchor.exact);
    assert!(app.doc.project.validate().is_valid());
    assert!(app.doc.is_dirty());
    h.get_by_label_contains(&format!("Claim {}: ", claim.id));
}

#[test]
fn inspector_sets_figure_agency_and_date_and_undo_redo_walk_back() {
    let mut h = sample_app();
    let article = h.state().doc.project.articles[0].id;
    // A fresh claim on "North Korean soldiers fighting".
    h.state_mut().apply(EditAction::AddClaim { article, start: 0, end: 12 });
    h.run_steps(2);
    let id = h.state().view.selected_claim.unwrap();

    let measure = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Measure");
    measure.focus();
    measure.type_text("killed");
    h.run_steps(1);
    let search = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search agencies");
    search.focus();
    search.type_text("defencehq");
    h.run_steps(2);
    h.get_by_label_contains("UK Ministry of Defence (“@DefenceHQ”)").click();
    h.run_steps(1);
    use egui::accesskit::Role;
    let click_in_inspector = |h: &mut Harness<'_, App>, role: Role, label: &str| {
        h.get_by_role_and_label(role, label).scroll_to_me();
        h.run_steps(2);
        h.get_by_role_and_label(role, label).click();
        h.run_steps(2);
    };
    click_in_inspector(&mut h, Role::CheckBox, "The figure has a date");
    click_in_inspector(&mut h, Role::RadioButton, "reported");
    click_in_inspector(&mut h, Role::RadioButton, "ratio");

    let p = &h.state().doc.project;
    let claim = p.claim(id).unwrap();
    assert_eq!(claim.figure.measure, "killed");
    assert_eq!(p.agency_name(claim.agency), "UK Ministry of Defence");
    let date = claim.date.expect("a date");
    assert_eq!((date.precision, date.kind), (DatePrecision::Day, DateKind::Reported));
    assert_eq!(claim.figure.kind, FigureKind::Ratio);

    // Typing "killed" was one undo step, not six.
    let undo = |h: &mut Harness<'_, App>| {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run_steps(1);
    };
    undo(&mut h); // kind
    undo(&mut h); // date kind
    undo(&mut h); // date
    undo(&mut h); // agency
    assert_eq!(h.state().doc.project.claim(id).unwrap().figure.measure, "killed");
    assert!(h.state().doc.project.claim(id).unwrap().agency.is_none());
    undo(&mut h); // measure
    assert_eq!(h.state().doc.project.claim(id).unwrap().figure.measure, "");
    undo(&mut h); // the claim itself
    assert!(h.state().doc.project.claim(id).is_none());
    assert_eq!(h.state().doc.project, sample());
    assert!(!h.state().doc.is_dirty(), "undone back to the file's state");

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run_steps(1);
    assert_eq!(h.state().doc.project.claim(id).unwrap().figure.measure, "killed");
}

#[test]
fn claims_table_sorts_filters_selects_and_deletes() {
    let mut h = sample_app();
    h.get_by_label("Value").click();
    h.run_steps(2);
    assert_eq!(h.state().view.table.sort, SortColumn::Value);
    let values = |h: &Harness<'_, App>| -> Vec<f64> {
        visible_claims(&h.state().doc.project, &h.state().view.table)
            .iter()
            .map(|c| c.figure.value.unwrap_or(f64::NEG_INFINITY))
            .collect()
    };
    let up = values(&h);
    assert!(up.windows(2).all(|w| w[0] <= w[1]));
    h.get_by_label_contains("Value ⬆").click();
    h.run_steps(2);
    let down = values(&h);
    assert!(down.windows(2).all(|w| w[0] >= w[1]));

    let filter = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Filter");
    filter.focus();
    filter.type_text("Syrsky");
    h.run_steps(2);
    let shown = visible_claims(&h.state().doc.project, &h.state().view.table);
    assert!(!shown.is_empty() && shown.len() < 30);
    assert!(shown.iter().all(|c| h.state().doc.project.agency_name(c.agency) == "Oleksandr Syrsky"
        || c.note.contains("Syrsky")
        || c.anchor.exact.contains("Syrsky")));
    let first = shown[0].id;
    let quote = shown[0].anchor.exact.clone();

    // Clicking a row selects the claim and opens its article in a pane.
    h.get_by_label(&quote).click();
    h.run_steps(2);
    assert_eq!(h.state().view.selected_claim, Some(first));
    let article = h.state().doc.project.claim(first).unwrap().article;
    assert!(h.state().view.panes.iter().any(|p| p.article == Some(article)));

    h.key_press(Key::Delete);
    h.run_steps(2);
    assert!(h.state().doc.project.claim(first).is_none());
    assert_eq!(h.state().doc.project.claims.len(), 29);
    assert_eq!(h.state().view.selected_claim, None);
}

fn temp_project(dir: &Path) -> PathBuf {
    let path = dir.join("kursk.ron");
    save_project(&sample(), &path).unwrap();
    path
}

#[test]
fn save_and_reload_give_the_same_project() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_project(dir.path());
    let mut h = harness(App::new(Some(path.clone()), false));
    h.run_steps(2);
    let id = h.state().doc.project.claims[3].id;
    h.state_mut().apply(EditAction::SetNote(id, "checked — “fine” 😀\u{a0}ok".into()));
    h.run_steps(1);
    assert!(h.state().doc.is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(!h.state().doc.is_dirty(), "{}", h.state().status.message);
    let reloaded = load_project(&path).unwrap();
    assert_eq!(reloaded, h.state().doc.project);
    assert_eq!(reloaded.claim(id).unwrap().note, "checked — “fine” 😀\u{a0}ok");
    assert!(dir.path().join("kursk.ron.bak").exists());

    let mut again = harness(App::new(Some(path.clone()), false));
    again.run_steps(2);
    assert_eq!(again.state().doc.project, reloaded);
}

#[test]
fn closing_with_unsaved_changes_asks_save_discard_cancel() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_project(dir.path());
    let before = std::fs::read(&path).unwrap();
    let mut h = harness(App::new(Some(path.clone()), false));
    h.run_steps(2);
    let id = h.state().doc.project.claims[0].id;
    h.state_mut().apply(EditAction::DeleteClaim(id));
    h.state_mut().apply(FileAction::Quit);
    h.run_steps(2);
    h.get_by_label_contains("Save the changes to kursk.ron before quitting?");

    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(h.query_by_label_contains("Save the changes").is_none());
    assert!(!h.state().quit_confirmed);
    assert!(h.state().doc.is_dirty());
    assert_eq!(std::fs::read(&path).unwrap(), before, "cancel writes nothing");

    h.state_mut().autosave_now();
    let recovery = crosscheck::ui::recovery_path(Some(&path));
    assert!(recovery.exists());
    h.state_mut().apply(FileAction::Quit);
    h.run_steps(2);
    h.get_by_label("Discard").click();
    h.run_steps(2);
    assert!(h.state().quit_confirmed);
    assert!(!recovery.exists(), "discarded work is not offered back");
    assert_eq!(std::fs::read(&path).unwrap(), before, "discard writes nothing");

    let mut h = harness(App::new(Some(path.clone()), false));
    h.run_steps(2);
    h.state_mut().apply(EditAction::DeleteClaim(id));
    h.state_mut().apply(FileAction::Close);
    h.run_steps(2);
    h.get_by_label("Save").click();
    h.run_steps(2);
    assert!(load_project(&path).unwrap().claim(id).is_none(), "save wrote the change");
    assert!(h.state().doc.path.is_none(), "then the project closed");
}

#[test]
fn clicking_a_plot_point_selects_its_claim() {
    let mut h = sample_app();
    h.get_by_label("Plot").click();
    h.run_steps(3);
    assert_eq!(h.state().view.bottom_tab, BottomTab::Plot);
    h.run();
    let hits = h.state().view.plot.hits.clone();
    assert!(!hits.is_empty(), "points on the plot");
    // The leftmost point with no other point near it (away from the legend).
    let (pos, id) = *hits
        .iter()
        .filter(|(p, _)| hits.iter().filter(|(q, _)| q.distance(*p) < 10.0).count() == 1)
        .min_by(|a, b| a.0.x.total_cmp(&b.0.x))
        .expect("a point standing alone");
    h.hover_at(pos);
    h.run();
    // The hover tooltip quotes the claim.
    let quote = h.state().doc.project.claim(id).unwrap().anchor.exact.clone();
    assert!(h.query_all_by_label_contains(&format!("\n“{quote}”")).next().is_some(), "a tooltip quoting the claim");
    click_at(&mut h, pos);
    h.run();
    assert_eq!(h.state().view.selected_claim, Some(id));
    let article = h.state().doc.project.claim(id).unwrap().article;
    assert!(h.state().view.panes.iter().any(|p| p.article == Some(article)), "its article is shown");
}

#[test]
fn snapshot_main_screen_inspector_and_plot() {
    let mut h = sample_app();
    h.snapshot("main_screen");
    let id = h.state().doc.project.claims[5].id;
    h.state_mut().apply(ViewAction::ShowClaim(id));
    h.run_steps(3);
    h.snapshot("inspector");
    h.get_by_label("Plot").click();
    h.run_steps(3);
    h.snapshot("plot");
}

#[test]
fn autosave_writes_a_recovery_file_that_is_offered_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_project(dir.path());
    let saved = std::fs::read(&path).unwrap();
    let mut app = App::new(Some(path.clone()), false);
    let id = app.doc.project.claims[0].id;
    app.apply(EditAction::SetNote(id, "unsaved — “work” 😀".into()));
    app.autosave_if_due(0.0);
    assert!(!crosscheck::ui::recovery_path(Some(&path)).exists(), "not before 60 seconds");
    app.autosave_if_due(61.0);
    let recovery = crosscheck::ui::recovery_path(Some(&path));
    assert!(recovery.exists());
    assert_eq!(std::fs::read(&path).unwrap(), saved, "autosave never touches the project file");
    // Make sure the recovery file is newer than the project on any file system.
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
    std::fs::File::options().write(true).open(&recovery).unwrap().set_modified(later).unwrap();

    let mut h = harness(App::new(Some(path.clone()), false));
    h.run_steps(2);
    h.get_by_label("Restore unsaved work?");
    h.get_by_label("Restore").click();
    h.run_steps(2);
    assert_eq!(h.state().doc.project.claim(id).unwrap().note, "unsaved — “work” 😀");
    assert!(h.state().doc.is_dirty(), "restored work is not saved yet");
}

#[test]
fn import_through_the_path_prompt_asks_for_metadata() {
    let mut h = sample_app();
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run_steps(2);
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ui/seoul-toll.txt");
    let field = h.get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, "one path per line");
    field.focus();
    h.key_combination_modifiers(Modifiers::COMMAND, &[Key::A]);
    field.type_text(&fixture.display().to_string());
    h.run_steps(1);
    h.get_by_label("OK").click();
    h.run_steps(2);
    // The files are read on a worker thread; wait for it.
    h.state_mut().wait_for_imports();
    h.run_steps(2);
    assert!(
        h.query_by_label("Import 1 article").is_some(),
        "status: {}; modal open: {}; prompt: {:?}",
        h.state().status.message,
        h.state().modal.is_some(),
        h.state().files.prompt.as_ref().map(|p| p.text.clone())
    );
    let outlet = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Outlet");
    outlet.focus();
    outlet.type_text("Harbour Courier");
    h.run_steps(1);
    h.get_by_label("Import").click();
    h.run_steps(2);
    let p = &h.state().doc.project;
    assert_eq!(p.articles.len(), 6);
    let article = p.articles.last().unwrap();
    assert_eq!(article.title, "Seoul raises toll estimate");
    assert_eq!(article.outlet, "Harbour Courier");
    let text = &article.text;
    let start = text.chars().position(|c| c == '😀').unwrap();
    assert_eq!(crosscheck::model::text::slice_chars(text, start..start + 1), Some("😀"));
    assert!(text.contains("near\u{a0}Kursk"));
    assert!(h.state().doc.is_dirty());
}

#[test]
fn suggestions_are_accepted_with_enter_rejected_with_delete_and_remembered() {
    let mut h = sample_app();
    // Start from the sample without its claims, so every figure is new.
    let mut project = sample();
    project.claims.clear();
    h.state_mut().replace_document(crosscheck::ui::Document::new(project, None));
    h.get_by_label_contains("Suggestions (").click();
    h.run_steps(2);
    h.get_by_label("Suggest for all").click();
    h.run_steps(1);
    let mut status = std::mem::take(&mut h.state_mut().status);
    h.state_mut().suggestions.wait(&mut status);
    h.state_mut().status = status;
    h.run_steps(2);
    let found = h.state().suggestions.items.len();
    assert!(found >= 10, "only {found} suggestions in the sample");
    let (article, first) = h.state().suggestions.items[0].clone();

    h.key_press(Key::Enter);
    h.run_steps(2);
    let p = &h.state().doc.project;
    assert_eq!(p.claims.len(), 1);
    let claim = &p.claims[0];
    assert_eq!((claim.article, claim.anchor.start, claim.anchor.end), (article, first.start, first.end));
    assert_eq!(claim.figure.text, first.text);
    assert_eq!(claim.figure.value, Some(first.value));
    assert_eq!(p.agency(claim.agency.unwrap_or(crosscheck::model::AgencyId(0))).map(|a| a.name.clone()), first.agency);
    assert!(p.validate().is_valid());

    let (_, second) = h.state().suggestions.items[0].clone();
    h.key_press(Key::Delete);
    h.run_steps(2);
    assert_eq!(h.state().doc.project.claims.len(), 1, "Delete rejects; it does not delete the claim");
    assert!(h.state().doc.project.reviewed_suggestions.iter().any(|r| !r.accepted && r.start == second.start));

    // Suggesting again does not bring back what was decided.
    let all = h.state().doc.project.articles.iter().map(|a| a.id).collect();
    h.state_mut().apply(ReviewAction::Suggest(all));
    let mut status = std::mem::take(&mut h.state_mut().status);
    h.state_mut().suggestions.wait(&mut status);
    let again = &h.state().suggestions.items;
    assert_eq!(again.len(), found - 2);
    assert!(!again.iter().any(|(a, s)| *a == article && (s.start == first.start || s.start == second.start)));
}

#[test]
fn merging_agencies_moves_their_claims_and_keeps_the_names() {
    let mut h = sample_app();
    let p = &h.state().doc.project;
    let into = p.agency_named("UK Ministry of Defence").unwrap().id;
    let cited = p.claims.iter().filter(|c| c.agency == Some(into)).count();
    h.state_mut().apply(EditAction::AddAgency { name: "British MoD press office".into(), for_claim: None });
    let from = h.state().doc.project.agency_named("British MoD press office").unwrap().id;
    let moved = h.state().doc.project.claims[0].id;
    h.state_mut().apply(EditAction::SetAgency(moved, Some(from)));
    h.state_mut().apply(EditAction::MergeAgencies { from, into });
    h.run_steps(1);
    let p = &h.state().doc.project;
    assert!(p.agency(from).is_none());
    assert_eq!(p.claim(moved).unwrap().agency, Some(into));
    assert_eq!(p.claims.iter().filter(|c| c.agency == Some(into)).count(), cited.max(1));
    assert_eq!(p.agency_named("British MoD press office").map(|a| a.id), Some(into), "the old name is an alias now");
    assert!(p.validate().is_valid());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(1);
    assert!(h.state().doc.project.agency(from).is_some(), "undo brings the merged agency back");
}

#[test]
fn snapshot_light_theme_keeps_highlights_readable() {
    let mut h = sample_app();
    h.ctx.set_theme(egui::Theme::Light);
    h.run_steps(3);
    h.snapshot("main_screen_light");
}

#[test]
fn article_panes_keep_their_width_frame_after_frame() {
    let mut h = sample_app();
    let width_of_first_pane = |h: &Harness<'_, App>| {
        h.get_all_by_role(egui::accesskit::Role::MultilineTextInput)
            .find(|n| n.value().is_some_and(|v| v.starts_with("North Korean soldiers fighting")))
            .unwrap()
            .rect()
            .width()
    };
    let before = width_of_first_pane(&h);
    h.run_steps(30);
    let after = width_of_first_pane(&h);
    assert!((before - after).abs() < 1.0, "the pane crept from {before} to {after} points");
    assert!(after < 640.0, "two panes share the centre; the first is {after} points wide");
}

#[test]
fn right_click_keeps_the_selection_and_tags_it_from_the_menu() {
    let mut h = sample_app();
    let to = drag_select(&mut h, "North Korean soldiers fighting", 120.0);
    let selection = h.state().view.text_selection.expect("a selection");
    h.hover_at(to);
    h.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Secondary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Secondary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run_steps(2);
    assert_eq!(h.state().view.text_selection, Some(selection), "right-click keeps the selection");
    h.get_by_label("Tag selection as claim").click();
    h.run_steps(2);
    assert_eq!(h.state().doc.project.claims.len(), 31);
    h.key_press(Key::Escape);
    h.run_steps(1);
    assert_eq!(h.state().view.selected_claim, None, "Esc lets go of the claim");
}

#[test]
fn saving_over_a_project_changed_elsewhere_offers_reload_overwrite_and_save_as() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_project(dir.path());
    let mut h = harness(App::new(Some(path.clone()), false));
    h.run_steps(2);
    let id = h.state().doc.project.claims[0].id;
    // Another program (a second window, a crosscheck import) writes the file.
    let mut theirs = load_project(&path).unwrap();
    theirs.title = "Theirs — “edited elsewhere” 😀".into();
    save_project(&theirs, &path).unwrap();

    h.state_mut().apply(EditAction::SetNote(id, "mine —\u{a0}“kept”".into()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    h.get_by_label("The project changed on disk");
    assert_eq!(load_project(&path).unwrap(), theirs, "nothing was written over their change");
    assert!(h.state().doc.is_dirty());
    h.get_by_label("Overwrite").click();
    h.run_steps(2);
    let saved = load_project(&path).unwrap();
    assert_eq!(saved.claim(id).unwrap().note, "mine —\u{a0}“kept”");
    assert!(!h.state().doc.is_dirty(), "{}", h.state().status.message);

    // Again, and this time take their version.
    save_project(&theirs, &path).unwrap();
    h.state_mut().apply(EditAction::SetNote(id, "dropped".into()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    h.get_by_label("Reload").click();
    h.run_steps(2);
    assert_eq!(h.state().doc.project, theirs);
    assert!(!h.state().doc.is_dirty());
    assert!(h.query_by_label("The project changed on disk").is_none());
}

#[test]
fn export_refuses_to_overwrite_the_open_project() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_project(dir.path());
    let before = std::fs::read(&path).unwrap();
    let mut h = harness(App::new(Some(path.clone()), false));
    h.run_steps(2);
    h.state_mut().apply(FileAction::Export(crosscheck::store::ExportFormat::Csv, path.clone()));
    h.run_steps(1);
    let status = &h.state().status;
    assert!(status.is_error && status.message.contains("this is the open project"), "{}", status.message);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let csv = dir.path().join("claims — “export”.csv");
    h.state_mut().apply(FileAction::Export(crosscheck::store::ExportFormat::Csv, csv.clone()));
    assert!(std::fs::read_to_string(&csv).unwrap().starts_with("claim_id,"));
}

#[test]
fn imported_files_are_read_off_the_ui_thread() {
    let mut h = sample_app();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ui/seoul-toll.txt");
    h.state_mut().apply(FileAction::ImportFiles(vec![fixture, PathBuf::from("/nonexistent/“missing”.txt")]));
    // The action returns at once; a worker reads the files.
    assert!(h.state().imports.is_running());
    assert!(h.state().modal.is_none());
    h.state_mut().wait_for_imports();
    h.run_steps(2);
    h.get_by_label("Import 1 article");
    let status = &h.state().status;
    assert!(status.is_error && status.message.contains("“missing”.txt"), "{}", status.message);
}

/// Opens the Compare tab on the sample.
fn compare_app() -> Harness<'static, App> {
    let mut h = sample_app();
    h.get_by_label_contains("Compare (").click();
    h.run_steps(3);
    assert_eq!(h.state().view.bottom_tab, BottomTab::Compare);
    h
}

#[test]
fn clicking_a_finding_opens_its_claims_side_by_side() {
    let mut h = compare_app();
    let comparison = compare(&h.state().doc.project);
    // “around 4,000 casualties” retold as “eliminated” in a third article,
    // which no pane shows yet.
    let finding = comparison
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::Measure && f.claims == [ClaimId(1), ClaimId(15)])
        .expect("the sample's eliminated retelling")
        .clone();
    let articles = |h: &Harness<'_, App>| -> Vec<_> {
        finding.claims.iter().map(|&c| h.state().doc.project.claim(c).unwrap().article).collect()
    };
    let wanted = articles(&h);
    assert!(
        !h.state().view.panes.iter().any(|p| p.article == Some(wanted[1])),
        "the retelling's article starts closed"
    );
    h.get_by_label(&finding.message).click();
    h.run_steps(3);
    let view = &h.state().view;
    let open: Vec<_> = view.panes.iter().filter_map(|p| p.article).collect();
    for article in &wanted {
        assert!(open.contains(article), "article {article} is not in a pane: {open:?}");
    }
    assert_eq!(view.selected_claim, finding.drifting, "the drifting claim is selected");
    assert!(finding.claims.contains(&view.selected_claim.unwrap()));
    assert_eq!(view.highlighted, finding.claims);
    // Both claims are on screen in their panes.
    for claim in &finding.claims {
        h.get_by_label_contains(&format!("Claim {claim}: "));
    }
}

#[test]
fn dismissing_a_finding_hides_it_and_undo_brings_it_back() {
    let mut h = compare_app();
    let first = compare(&h.state().doc.project).findings[0].clone();
    h.get_by_label(&first.message);
    h.get_all_by_label("Dismiss").next().expect("a Dismiss button on each row").click();
    h.run_steps(2);
    let note = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Note");
    note.focus();
    note.type_text("same figure — “fine” 😀");
    h.run_steps(1);
    h.get_by_label("Dismiss finding").click();
    h.run_steps(3);
    let reviews = &h.state().doc.project.finding_reviews;
    assert_eq!(reviews.len(), 1);
    assert_eq!(reviews[0].key, first.key());
    assert_eq!(reviews[0].decision, FindingDecision::Dismissed);
    assert_eq!(reviews[0].note, "same figure — “fine” 😀");
    assert!(h.query_by_label(&first.message).is_none(), "a dismissed finding leaves the list");
    assert!(!compare(&h.state().doc.project).findings.iter().any(|f| f.key() == first.key()));
    assert!(h.state().doc.is_dirty());

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert!(h.state().doc.project.finding_reviews.is_empty());
    h.get_by_label(&first.message);
    assert!(!h.state().doc.is_dirty());
}

#[test]
fn confirming_a_finding_marks_the_drifting_claim_misreported() {
    let mut h = compare_app();
    let findings = compare(&h.state().doc.project).findings;
    // A finding whose drifting claim is not marked yet, brought to the top
    // of the list by the kind filter.
    let project = &h.state().doc.project;
    let finding = findings
        .iter()
        .find(|f| f.drifting.is_some_and(|d| project.claim(d).unwrap().verdict != Verdict::Misreported))
        .expect("a finding with unmarked drift");
    let row = findings.iter().filter(|f| f.kind == finding.kind).position(|f| f == finding).unwrap();
    h.state_mut().view.compare.kind = Some(finding.kind);
    h.run_steps(2);
    let drifting = finding.drifting.unwrap();
    assert_ne!(h.state().doc.project.claim(drifting).unwrap().verdict, Verdict::Misreported);
    h.get_all_by_label("Confirm").nth(row).expect("a Confirm button on each row").click();
    h.run_steps(3);
    let claim = h.state().doc.project.claim(drifting).unwrap();
    assert_eq!(claim.verdict, Verdict::Misreported);
    assert!(claim.note.contains(&format!("Finding: {}", finding.message)), "{}", claim.note);
    let review = &h.state().doc.project.finding_reviews[0];
    assert_eq!((review.key.as_str(), review.decision), (finding.key().as_str(), FindingDecision::Confirmed));
    // A confirmed finding stays listed, marked, and can be reopened.
    h.get_by_label(&finding.message);
    h.get_by_label("✔ confirmed");
    h.get_by_label("Reopen").click();
    h.run_steps(3);
    assert!(h.state().doc.project.finding_reviews.is_empty());
}

#[test]
fn compare_filters_narrow_the_findings_and_the_grid() {
    let mut h = compare_app();
    let all = compare(&h.state().doc.project);
    h.state_mut().view.compare.kind = Some(FindingKind::Disagreement);
    h.run_steps(2);
    for f in &all.findings {
        let shown = h.query_by_label(&f.message).is_some();
        assert_eq!(shown, f.kind == FindingKind::Disagreement, "{}", f.message);
    }
    h.state_mut().view.compare.kind = None;
    h.state_mut().view.compare.subject = Some("Russian troops".into());
    h.run_steps(2);
    // One row: the Ukrainian figures on Russian troops.
    h.get_by_label_contains("Group ").click();
    h.run_steps(2);
    let selected = h.state().view.selected_claim.expect("a group's claims open side by side");
    assert_eq!(h.state().doc.project.claim(selected).unwrap().figure.subject, "Russian troops");
}

#[test]
fn snapshot_compare_tab() {
    let mut h = compare_app();
    let finding = compare(&h.state().doc.project).findings[0].message.clone();
    h.get_by_label(&finding).click();
    h.run_steps(3);
    h.snapshot("compare_tab");
}

#[test]
fn inspector_edits_subject_base_range_and_the_pane_a_primary_source() {
    use egui::accesskit::Role;
    let mut h = sample_app();
    let article = h.state().doc.project.articles[0].id;
    h.state_mut().apply(EditAction::AddClaim { article, start: 0, end: 12 });
    h.run_steps(2);
    let id = h.state().view.selected_claim.unwrap();
    let subject = h.get_by_role_and_label(Role::TextInput, "Subject");
    subject.focus();
    subject.type_text("north");
    h.run_steps(2);
    // The project's subjects that fit what is typed are offered.
    h.get_by_role_and_label(Role::Button, "North Korean artillery");
    h.get_by_role_and_label(Role::Button, "North Korean troops").click();
    h.run_steps(2);
    assert_eq!(h.state().doc.project.claim(id).unwrap().figure.subject, "North Korean troops");

    // Scrolling the inspector is animated: let it settle before clicking.
    let click = |h: &mut Harness<'_, App>, role: Role, label: &str| {
        h.get_by_role_and_label(role, label).scroll_to_me();
        h.run();
        h.get_by_role_and_label(role, label).click();
        h.run_steps(2);
    };
    click(&mut h, Role::RadioButton, "ratio");
    click(&mut h, Role::CheckBox, "Of (base)");
    assert_eq!(h.state().doc.project.claim(id).unwrap().figure.base, Some(0.0));
    click(&mut h, Role::CheckBox, "The figure has a date");
    click(&mut h, Role::CheckBox, "range");
    let date = h.state().doc.project.claim(id).unwrap().date.unwrap();
    assert_eq!(date.end, Some(date.value), "a day's range ends on that day until the editor picks an end");

    h.get_all_by_label("primary source").next().expect("a checkbox in each pane header").click();
    h.run_steps(2);
    let first_pane = h.state().view.panes[0].article.unwrap();
    assert!(h.state().doc.project.article(first_pane).unwrap().primary_source);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(1);
    assert!(!h.state().doc.project.article(first_pane).unwrap().primary_source, "undo takes it back");
}

#[test]
fn claims_table_shows_qualifier_subject_outlet_and_published() {
    let mut h = sample_app();
    for column in ["Qualifier", "Subject", "Outlet", "Published"] {
        h.get_by_label(column);
    }
    assert!(h.query_all_by_label("Meridian Post").count() > 1, "the outlet of each row");
    // The table scrolls sideways to its later columns.
    h.get_by_label("Subject").scroll_to_me();
    h.run();
    h.get_by_label("Subject").click();
    h.run_steps(2);
    assert_eq!(h.state().view.table.sort, SortColumn::Subject);
    let subjects: Vec<String> = visible_claims(&h.state().doc.project, &h.state().view.table)
        .iter()
        .map(|c| c.figure.subject.to_lowercase())
        .collect();
    assert!(subjects.windows(2).all(|w| w[0] <= w[1]));
    assert!(h.query_all_by_label("North Korean artillery").next().is_some());
}

#[test]
fn the_plot_filters_by_subject_and_draws_a_log_scale() {
    let mut h = sample_app();
    h.get_by_label("Plot").click();
    h.run_steps(3);
    assert_eq!(h.state().view.plot.subject.as_deref(), Some("North Korean troops"));
    h.get_by_label("Log scale").click();
    h.run();
    assert!(h.state().view.plot.log);
    let hits = h.state().view.plot.hits.clone();
    let project = &h.state().doc.project;
    let value = |id| project.claim(id).unwrap().figure.value.unwrap();
    assert!(!hits.is_empty());
    // Higher values sit higher on the log axis too.
    for (a, ida) in &hits {
        for (b, idb) in &hits {
            if value(*ida) > value(*idb) * 1.5 {
                assert!(a.y < b.y, "{} drawn below {}", value(*ida), value(*idb));
            }
        }
    }
    let (pos, _) = hits[0];
    click_at(&mut h, pos);
    h.run();
    let selected = h.state().view.selected_claim.expect("a click on a point selects a claim");
    assert!(hits.iter().any(|(_, id)| *id == selected));
}

#[test]
fn a_large_project_is_compared_off_the_ui_thread() {
    let mut h = compare_app();
    // The sample's claims retold 200 times over: 6,000 claims, more than
    // the UI thread compares itself.
    let mut project = sample();
    let originals = project.claims.clone();
    for round in 1..200 {
        for claim in &originals {
            let mut copy = claim.clone();
            copy.id = project.next_ids.claim().unwrap();
            copy.figure.value = copy.figure.value.map(|v| v * (1.0 + round as f64 / 1000.0));
            project.claims.push(copy);
        }
    }
    h.state_mut().replace_document(crosscheck::ui::Document::new(project, None));
    h.state_mut().view.bottom_tab = BottomTab::Compare;
    h.run_steps(1);
    assert!(h.state().comparison.is_stale(&h.state().doc), "a worker compares; the frame does not wait");
    let app = h.state_mut();
    app.comparison.wait(&app.doc);
    let expected = compare(&h.state().doc.project);
    assert_eq!(*h.state().comparison.get(), expected);
    h.run_steps(2);
    h.get_by_label(&expected.findings[0].message);
}

#[test]
fn a_command_runs_from_its_shortcut_and_its_menu_entry_shows_that_shortcut() {
    let mut h = sample_app();
    let id = h.state().doc.project.claims[0].id;
    let before = h.state().doc.project.claim(id).unwrap().note.clone();
    h.state_mut().apply(EditAction::SetNote(id, "“undo me” 😀\u{a0}later".into()));
    h.run_steps(1);
    let undo = UiCommand::Undo.primary_shortcut().expect("Undo has a shortcut");
    h.key_press_modifiers(undo.modifiers, undo.logical_key);
    h.run_steps(1);
    assert_eq!(h.state().doc.project.claim(id).unwrap().note, before);

    h.get_by_label("Edit").click();
    h.run_steps(2);
    let redo = h.get_by_label_contains(UiCommand::Redo.text());
    let shown = redo.accesskit_node().label().unwrap_or_default();
    let shortcut = UiCommand::Redo.shortcut_text(&h.ctx);
    assert!(!shortcut.is_empty() && shown.contains(&shortcut), "{shown:?} does not show {shortcut:?}");
    redo.click();
    h.run_steps(2);
    assert_eq!(h.state().doc.project.claim(id).unwrap().note, "“undo me” 😀\u{a0}later");
}

#[test]
fn suggestions_chosen_in_one_frame_are_the_ones_accepted() {
    let mut h = sample_app();
    let mut project = sample();
    project.claims.clear();
    h.state_mut().replace_document(crosscheck::ui::Document::new(project, None));
    let all = h.state().doc.project.articles.iter().map(|a| a.id).collect();
    h.state_mut().apply(ReviewAction::Suggest(all));
    let mut status = std::mem::take(&mut h.state_mut().status);
    h.state_mut().suggestions.wait(&mut status);
    let items = h.state().suggestions.items.clone();
    let (first_article, first) = items[0].clone();
    // One further down the list that does not overlap the first, so
    // accepting the first shifts it to another place in the list.
    let (second_article, second) = items
        .iter()
        .skip(2)
        .find(|(a, s)| *a != first_article || s.start >= first.end || s.end <= first.start)
        .cloned()
        .expect("the sample has more than two suggestions");
    let mut actions = Actions::default();
    actions.push(ReviewAction::Accept(SuggestionKey::of(first_article, &first)));
    actions.push(ReviewAction::Accept(SuggestionKey::of(second_article, &second)));
    h.state_mut().apply_all(actions);
    let p = &h.state().doc.project;
    let mut accepted: Vec<_> = p.claims.iter().map(|c| (c.article, c.anchor.start, c.anchor.end)).collect();
    accepted.sort();
    let mut chosen = vec![(first_article, first.start, first.end), (second_article, second.start, second.end)];
    chosen.sort();
    assert_eq!(accepted, chosen);
    assert!(h.state().suggestions.get(SuggestionKey::of(second_article, &second)).is_none());
}

/// Replaces the text of the text field labelled `label` by typing.
fn retype(h: &mut Harness<'_, App>, label: &str, text: &str) {
    let field = h.get_by_role_and_label(egui::accesskit::Role::TextInput, label);
    field.focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, label).type_text(text);
    h.run_steps(1);
}

#[test]
fn article_details_and_the_project_title_are_edited_and_undone_in_one_step() {
    let mut h = sample_app();
    let article = h.state().view.panes[0].article.unwrap();
    let before = h.state().doc.project.article(article).unwrap().clone();
    h.get_all_by_label("✏ Details…").next().expect("a Details button in the pane header").click();
    h.run();
    h.get_by_label_contains(&format!("Details of article {article}"));
    retype(&mut h, "Title", "UK: 4,000 North Korean casualties");
    retype(&mut h, "Outlet", "Baltic Wire Weekly");
    retype(&mut h, "URL", "https://example.org/kursk");
    retype(&mut h, "Published", "2025-01-26");
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "primary source (the agency's own statement)").click();
    h.run_steps(1);
    h.get_by_label("Save details").click();
    h.run_steps(2);
    let changed = h.state().doc.project.article(article).unwrap().clone();
    assert_eq!(changed.title, "UK: 4,000 North Korean casualties");
    assert_eq!(changed.outlet, "Baltic Wire Weekly");
    assert_eq!(changed.url, "https://example.org/kursk");
    assert_eq!(changed.published_on, Some("2025-01-26".parse().unwrap()));
    assert!(changed.primary_source);
    assert!(h.state().modal.is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(1);
    assert_eq!(h.state().doc.project.article(article).unwrap(), &before, "one undo step brings all five back");
    let message = &h.state().status.message;
    assert!(message.starts_with(&format!("Undid: details of “{}", &before.title[..20])), "{message}");

    // The article list's context menu opens the same dialog; a bad date
    // keeps it from saving.
    let last = h.state().doc.project.articles[4].clone();
    h.get_by_label_contains(&format!("{}\n", last.title)).click_secondary();
    h.run_steps(2);
    h.get_by_label("Edit details…").click();
    h.run();
    h.get_by_label_contains(&format!("Details of article {}", last.id));
    retype(&mut h, "Published", "2025-13-40");
    h.get_by_label_contains("Write the date as YYYY-MM-DD");
    h.get_by_label("Save details").click();
    h.run_steps(2);
    assert!(h.state().modal.is_some(), "an impossible date is not saved");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().modal.is_none());
    assert_eq!(h.state().doc.project.article(last.id).unwrap(), &last);

    retype(&mut h, "Project", "Kursk desk");
    assert_eq!(h.state().doc.project.title, "Kursk desk");
    h.key_press(Key::Escape);
    h.run_steps(1);
    h.state_mut().apply(crosscheck::ui::Action::Undo);
    assert_eq!(h.state().doc.project.title, sample().title, "typing the title is one undo step");
    assert_eq!(h.state().status.message, "Undid: project title");
}

/// A harness at another window size.
fn harness_sized(app: App, size: [f32; 2]) -> Harness<'static, App> {
    Harness::builder().with_size(size).build_ui_state(|ui, app: &mut App| app.show(ui), app)
}

#[test]
fn three_and_four_panes_share_the_width_and_every_header_and_close_button_is_in_the_window() {
    for size in [[1280.0, 800.0], [1920.0, 1080.0]] {
        for count in [2, 3, 4] {
            let mut h = harness_sized(App::new(None, false), size);
            h.state_mut().apply(ViewAction::SetPaneCount(count));
            h.run_steps(4);
            let window = egui::Rect::from_min_size(Pos2::ZERO, egui::vec2(size[0], size[1]));
            let closes: Vec<egui::Rect> = h.get_all_by_label("×").map(|n| n.rect()).collect();
            assert_eq!(closes.len(), count, "{count} panes at {size:?}: one close button each");
            let combos: Vec<egui::Rect> = h
                .get_all_by_role(egui::accesskit::Role::ComboBox)
                .filter(|n| n.accesskit_node().label().as_deref() == Some("Article"))
                .map(|n| n.rect())
                .collect();
            assert_eq!(combos.len(), count);
            for (close, combo) in closes.iter().zip(&combos) {
                assert!(window.contains_rect(*close), "a close button at {close:?} is outside {window:?}");
                assert!(window.contains_rect(*combo));
                assert!(combo.right() <= close.left(), "the chooser {combo:?} covers the close button {close:?}");
            }
            // Equal shares: the dividers are evenly spaced, and each close
            // button lies left of the divider after its pane.
            let dividers: Vec<f32> = h.get_all_by_label("Pane divider").map(|n| n.rect().center().x).collect();
            assert_eq!(dividers.len(), count - 1);
            for (i, close) in closes.iter().enumerate() {
                if let Some(divider) = dividers.get(i) {
                    assert!(
                        close.right() <= *divider,
                        "pane {i}'s close button {close:?} crosses its divider at {divider} ({size:?})"
                    );
                }
            }
            let gaps: Vec<f32> = dividers.windows(2).map(|w| w[1] - w[0]).collect();
            for gap in &gaps {
                assert!((gap - gaps[0]).abs() < 1.0, "panes of unequal width at {size:?}: {gaps:?}");
            }
            let shares = &h.state().view.pane_widths;
            assert!(shares.iter().all(|w| (w - 1.0 / count as f32).abs() < 1e-4), "{shares:?}");
        }
    }
}

#[test]
fn dragging_a_divider_resizes_the_panes_and_closing_one_keeps_the_others() {
    let mut h = sample_app();
    h.state_mut().apply(ViewAction::SetPaneCount(3));
    h.run_steps(3);
    let dividers: Vec<egui::Rect> = h.get_all_by_label("Pane divider").map(|n| n.rect()).collect();
    assert_eq!(dividers.len(), 2);
    let from = Pos2::new(dividers[0].center().x, 400.0);
    let before = h.state().view.pane_widths.clone();
    h.drag_at(from);
    h.run_steps(1);
    h.hover_at(from + egui::vec2(60.0, 0.0));
    h.run_steps(1);
    h.drop_at(from + egui::vec2(60.0, 0.0));
    h.run_steps(2);
    let after = h.state().view.pane_widths.clone();
    assert!(after[0] > before[0] + 0.05, "dragging right widens the first pane: {before:?} → {after:?}");
    assert!((after.iter().sum::<f32>() - 1.0).abs() < 1e-4);
    assert!((after[2] - before[2]).abs() < 1e-4, "the third pane keeps its width");

    // Away from the divider, so its tooltip covers nothing.
    h.hover_at(Pos2::new(640.0, 790.0));
    h.run();
    let shown: Vec<_> = h.state().view.panes.iter().map(|p| p.article).collect();
    h.get_all_by_label("×").nth(1).unwrap().click();
    h.run_steps(2);
    let left: Vec<_> = h.state().view.panes.iter().map(|p| p.article).collect();
    assert_eq!(left, vec![shown[0], shown[2]], "the middle pane closed, not the last");
}

/// eframe's storage, in memory.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_string(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn the_panes_and_their_articles_come_back_when_the_project_is_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_project(dir.path());
    let mut h = harness(App::new(Some(path.clone()), false));
    h.run_steps(2);
    let ids: Vec<_> = h.state().doc.project.articles.iter().map(|a| a.id).collect();
    h.state_mut().apply(ViewAction::SetPaneCount(3));
    for (pane, article) in [(0, ids[4]), (1, ids[2]), (2, ids[0])] {
        h.state_mut().apply(ViewAction::SetPaneArticle(pane, article));
    }
    h.run_steps(2);
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);

    let mut again = App::new(Some(path.clone()), false);
    again.load_recent(Some(&storage));
    let shown: Vec<_> = again.view.panes.iter().map(|p| p.article).collect();
    assert_eq!(shown, vec![Some(ids[4]), Some(ids[2]), Some(ids[0])]);

    // Opening another project and coming back within one session too.
    let other = dir.path().join("other.ron");
    save_project(&sample(), &other).unwrap();
    again.apply(FileAction::Open(other));
    assert_eq!(again.view.panes.len(), 2, "a project never seen opens with two panes");
    again.apply(FileAction::Open(path));
    let shown: Vec<_> = again.view.panes.iter().map(|p| p.article).collect();
    assert_eq!(shown, vec![Some(ids[4]), Some(ids[2]), Some(ids[0])]);
}

#[test]
fn small_things_enter_adds_a_tag_agency_search_resets_and_undo_names_what_it_undid() {
    let mut h = sample_app();
    h.state_mut().view.bottom_tab = BottomTab::AgenciesAndTags;
    h.run_steps(2);
    let tags = h.state().doc.project.tags.len();
    let node = h
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .find(|n| n.accesskit_node().placeholder() == Some("new tag name"))
        .expect("the new tag field");
    node.focus();
    node.type_text("checked twice");
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(2);
    assert_eq!(h.state().doc.project.tags.len(), tags + 1, "Enter adds the tag");
    assert_eq!(h.state().doc.project.tags.last().unwrap().name, "checked twice");
    assert!(h.state().view.new_tag_name.is_empty());

    // The agency search starts empty for each claim.
    let claims: Vec<ClaimId> = h.state().doc.project.claims.iter().map(|c| c.id).collect();
    h.state_mut().apply(ViewAction::SelectClaim(Some(claims[0])));
    h.run_steps(2);
    let search = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search agencies");
    search.focus();
    search.type_text("syrsky");
    h.run_steps(2);
    assert_eq!(h.state().view.agency_search, "syrsky");
    h.state_mut().apply(ViewAction::SelectClaim(Some(claims[1])));
    h.run_steps(2);
    assert_eq!(h.state().view.agency_search, "");
    assert_eq!(
        h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search agencies").value().as_deref(),
        Some("")
    );

    // Undo and redo name what they undid.
    let c3 = claims[2];
    h.state_mut().apply(EditAction::SetAgency(c3, None));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(1);
    assert_eq!(h.state().status.message, format!("Undid: agency of {c3}"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run_steps(1);
    assert_eq!(h.state().status.message, format!("Redid: agency of {c3}"));

    // One claim is "1 claim", in the article list and the agency list.
    let article = h.state().doc.project.articles[0].id;
    let theirs: Vec<ClaimId> = h.state().doc.project.claims_of(article).map(|c| c.id).skip(1).collect();
    for id in theirs {
        h.state_mut().apply(EditAction::DeleteClaim(id));
    }
    h.run_steps(2);
    let outlet = h.state().doc.project.articles[0].outlet.clone();
    h.get_by_label_contains(&format!("{outlet} · 1 claim"));
    assert!(h.query_all_by_label_contains("1 claims").next().is_none(), "no “1 claims” anywhere");
}

/// Opens the combo box labelled `combo` and clicks `item` in its popup
/// (the entry of that name nearest the combo box: the table may show the
/// same name).
fn choose(h: &mut Harness<'_, App>, combo: &str, item: &str) {
    let at = h.get_by_role_and_label(egui::accesskit::Role::ComboBox, combo).rect();
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, combo).click();
    h.run();
    let entry = h
        .get_all_by_label(item)
        .filter(|n| n.accesskit_node().role() == egui::accesskit::Role::Button)
        .min_by(|a, b| {
            let d = |n: &egui_kittest::Node<'_>| (n.rect().left() - at.left()).abs();
            d(a).total_cmp(&d(b))
        })
        .unwrap_or_else(|| panic!("no {item:?} in the {combo:?} popup"));
    entry.click();
    h.run_steps(2);
}

#[test]
fn claims_table_multi_select_sets_agency_tag_and_verdict_in_one_step_each() {
    let mut h = sample_app();
    h.get_by_label("Id").click();
    h.run_steps(2);
    let rows: Vec<(ClaimId, String)> = visible_claims(&h.state().doc.project, &h.state().view.table)
        .iter()
        .map(|c| (c.id, c.anchor.exact.replace('\n', " ")))
        .collect();
    h.get_by_label(&rows[0].1).click();
    h.run_steps(2);
    h.get_by_label(&rows[2].1).click_modifiers(Modifiers::SHIFT);
    h.run_steps(2);
    h.get_by_label(&rows[4].1).click_modifiers(Modifiers::COMMAND);
    h.run_steps(2);
    let chosen = vec![rows[0].0, rows[1].0, rows[2].0, rows[4].0];
    let mut selection = h.state().view.table.selection.clone();
    selection.sort();
    assert_eq!(selection, chosen);
    h.get_by_label_contains("4 claims selected");

    let before = h.state().doc.project.clone();
    let syrsky = before.agencies.iter().find(|a| a.name == "Oleksandr Syrsky").unwrap().id;
    choose(&mut h, "Set agency", "Oleksandr Syrsky");
    h.run_steps(2);
    let drift = before.tags.iter().find(|t| t.name == "drift").unwrap().id;
    choose(&mut h, "Add tag", "drift");
    h.run_steps(2);
    choose(&mut h, "Set verdict", Verdict::Misreported.label());
    h.run_steps(2);
    let p = &h.state().doc.project;
    for id in &chosen {
        let c = p.claim(*id).unwrap();
        assert_eq!(c.agency, Some(syrsky));
        assert!(c.tags.contains(&drift));
        assert_eq!(c.verdict, Verdict::Misreported);
    }
    assert_eq!(p.claim(rows[3].0).unwrap(), before.claim(rows[3].0).unwrap(), "an unselected claim is untouched");
    for _ in 0..3 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run_steps(1);
    }
    assert_eq!(h.state().status.message, "Undid: agency of 4 claims");
    assert_eq!(h.state().doc.project, before, "three undo steps, one per bulk edit");

    // A plain click ends the multi-selection.
    h.get_by_label(&rows[3].1).click();
    h.run_steps(2);
    assert_eq!(h.state().view.table.selection, vec![rows[3].0]);
    assert!(h.query_by_label_contains("claims selected").is_none());
}

#[test]
fn claims_table_filters_claims_with_no_agency_and_shows_the_sentence_of_a_quote() {
    let mut h = sample_app();
    let id = h.state().doc.project.claims[0].id;
    h.state_mut().apply(EditAction::SetAgency(id, None));
    h.run_steps(1);
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Agency").click();
    h.run();
    h.get_by_label("(no agency)").click();
    h.run_steps(2);
    let shown = visible_claims(&h.state().doc.project, &h.state().view.table);
    assert!(!shown.is_empty() && shown.iter().all(|c| c.agency.is_none()));
    assert!(shown.iter().any(|c| c.id == id));
    assert_eq!(h.state().view.table.filter_agency, crosscheck::ui::AgencyFilter::NoAgency);

    // Hovering a quote shows the sentence around it.
    let claim = h.state().doc.project.claim(id).unwrap().clone();
    h.ctx.all_styles_mut(|s| s.interaction.tooltip_delay = 0.0);
    h.get_by_label(&claim.anchor.exact).hover();
    h.run();
    h.get_by_label_contains("North Korean soldiers fighting for Russia in the Kursk region had suffered");
}

#[test]
fn claims_table_column_widths_are_kept() {
    let mut h = sample_app();
    let quote_header = h.get_by_label("Quote").rect();
    // The column's resize handle is at its right edge (after the cell's padding).
    let handle = h.get_by_label("Value").rect().left() - 6.0;
    let from = Pos2::new(handle, quote_header.center().y);
    h.drag_at(from);
    h.run_steps(1);
    h.hover_at(from + egui::vec2(80.0, 0.0));
    h.run_steps(1);
    h.drop_at(from + egui::vec2(80.0, 0.0));
    h.run_steps(2);
    let wider = h.get_by_label("Value").rect().left();
    assert!(wider > handle + 40.0, "dragging the Quote column's edge widened it: {handle} → {wider}");
    h.state_mut().view.bottom_tab = BottomTab::Plot;
    h.run_steps(2);
    h.state_mut().view.bottom_tab = BottomTab::Claims;
    h.run_steps(2);
    let after = h.get_by_label("Value").rect().left();
    assert!((after - wider).abs() < 1.0, "the width came back after switching tabs: {wider} → {after}");
    // …and is kept in egui's memory, which eframe saves with the window.
    let memory = h.ctx.memory(|m| ron::to_string(m).unwrap());
    h.ctx.memory_mut(|m| *m = ron::from_str(&memory).unwrap());
    h.run_steps(2);
    let restored = h.get_by_label("Value").rect().left();
    assert!((restored - wider).abs() < 1.0, "after a restart the Quote column is {restored}, not {wider}");
}

#[test]
fn ctrl_shift_v_opens_the_import_dialog_on_the_clipboard_text() {
    let mut h = sample_app();
    let paste = UiCommand::PasteArticle.primary_shortcut().unwrap();
    assert_eq!(paste.modifiers, Modifiers::COMMAND | Modifiers::SHIFT);
    h.key_press_modifiers(paste.modifiers, paste.logical_key);
    h.run_steps(1);
    assert!(h.state().paste_as_article.is_some(), "the command asks the window for the clipboard");
    h.event(Event::Paste("Kyiv revises its count\n\nOfficials said “about 1,200” were killed 😀.\r\n".into()));
    h.run();
    h.get_by_label("Import 1 article");
    assert_eq!(
        h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Title").value().as_deref(),
        Some("Kyiv revises its count")
    );
    h.get_by_label("Import").click();
    h.run_steps(2);
    let article = h.state().doc.project.articles.last().unwrap();
    assert_eq!(article.title, "Kyiv revises its count");
    assert!(article.text.contains("“about 1,200” were killed 😀."));
    assert_eq!(h.state().doc.project.articles.len(), 6);

    // With nothing on the clipboard the window gives up, and says so.
    h.key_press_modifiers(paste.modifiers, paste.logical_key);
    h.run_steps(1);
    // The harness's clock moves a frame's time per step.
    for _ in 0..1000 {
        h.step();
        if h.state().paste_as_article.is_none() {
            break;
        }
    }
    assert!(h.state().paste_as_article.is_none());
    assert_eq!(h.state().status.message, "The clipboard holds no text to import");
    h.event(Event::Paste("a later paste is only a paste".into()));
    h.run_steps(1);
    assert!(h.state().modal.is_none());

    // The Edit menu offers it with its shortcut.
    h.get_by_label("Edit").click();
    h.run_steps(2);
    let entry = h.get_by_label_contains(UiCommand::PasteArticle.text());
    let shown = entry.accesskit_node().label().unwrap_or_default();
    assert!(shown.contains(&UiCommand::PasteArticle.shortcut_text(&h.ctx)), "{shown:?}");
}

#[test]
fn suggestions_show_the_sentence_the_agency_mention_and_the_article() {
    let mut h = sample_app();
    let mut project = sample();
    project.claims.clear();
    h.state_mut().replace_document(crosscheck::ui::Document::new(project, None));
    let all = h.state().doc.project.articles.iter().map(|a| a.id).collect();
    h.state_mut().apply(ReviewAction::Suggest(all));
    let mut status = std::mem::take(&mut h.state_mut().status);
    h.state_mut().suggestions.wait(&mut status);
    h.state_mut().view.bottom_tab = BottomTab::Suggestions;
    h.run_steps(3);
    let (article, s) = h
        .state()
        .suggestions
        .items
        .iter()
        .find(|(_, s)| {
            s.agency.is_some()
                && s.agency_text.as_ref().is_some_and(|t| !t.eq_ignore_ascii_case(s.agency.as_ref().unwrap()))
        })
        .cloned()
        .expect("a suggestion whose agency the text names in its own words");
    let title = h.state().doc.project.article(article).unwrap().title.clone();
    let key = SuggestionKey::of(article, &s);
    h.state_mut().apply(ReviewAction::Focus(key));
    h.run_steps(2);
    h.get_by_label(&s.sentence).scroll_to_me();
    h.run_steps(2);
    h.get_by_label(&s.sentence);
    let agency = format!("{} (“{}”)", s.agency.as_ref().unwrap(), s.agency_text.as_ref().unwrap());
    assert!(h.query_all_by_label(&agency).next().is_some(), "no {agency}");
    assert!(h.query_all_by_label_contains(&format!("in {}", &title[..20])).next().is_some());
}

/// Types `path` into the in-app path field and presses OK.
fn answer_path_prompt(h: &mut Harness<'_, App>, path: &Path) {
    h.run();
    let field = h.get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, "path to the file");
    field.focus();
    h.key_combination_modifiers(Modifiers::COMMAND, &[Key::A]);
    h.get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, "path to the file")
        .type_text(&path.display().to_string());
    h.run_steps(1);
    h.get_by_label("OK").click();
    h.run_steps(2);
}

#[test]
fn replace_text_from_the_article_list_re_anchors_the_claims_and_reports_what_happened() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app();
    let article = h.state().doc.project.articles[0].clone();
    let claims: Vec<_> = h.state().doc.project.claims_of(article.id).map(|c| c.id).collect();
    // The outlet's update: a new first line moves everything, one quote is
    // reworded, and one paragraph with a quote is gone.
    let first = h.state().doc.project.claim(claims[0]).unwrap().anchor.exact.clone();
    let newer = format!(
        "UPDATED 🇬🇧 — with the ministry's correction.\n{}",
        article.text.replace(&first, &first.replace("around", "about"))
    );
    let file = dir.path().join("newer “version”.txt");
    std::fs::write(&file, &newer).unwrap();

    h.get_by_label_contains(&format!("{}\n", article.title)).click_secondary();
    h.run_steps(2);
    h.get_by_label("Replace text…").click();
    h.run_steps(2);
    answer_path_prompt(&mut h, &file);
    let p = &h.state().doc.project;
    assert_eq!(p.article(article.id).unwrap().text, crosscheck::store::plain_to_article(&newer).text);
    assert!(p.validate().is_valid());
    assert_eq!(p.claims_of(article.id).count(), claims.len(), "no claim is dropped");
    let status = &h.state().status.message;
    assert!(
        status.starts_with(&format!(
            "Replaced the text of {}: 0 stayed, {} moved, 1 re-anchored approximately, 0 orphaned",
            article.id,
            claims.len() - 1
        )),
        "{status}"
    );
    assert!(p.claim(claims[0]).unwrap().anchor.exact.contains("about"), "the quote follows the new wording");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(1);
    assert_eq!(h.state().doc.project, sample(), "one undo step brings the old text back");
}

#[test]
fn a_text_already_in_the_project_is_not_imported_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app();
    let article = h.state().doc.project.articles[1].clone();
    let copy = dir.path().join("copy.txt");
    std::fs::write(&copy, &article.text).unwrap();
    h.state_mut().apply(FileAction::ImportFiles(vec![copy]));
    h.state_mut().wait_for_imports();
    h.run_steps(2);
    assert!(h.state().modal.is_none(), "no dialog for a text the project has");
    let status = &h.state().status;
    assert!(
        status.is_error && status.message.contains(&format!("already has this text as {}", article.id)),
        "{}",
        status.message
    );
    // Pasted, too.
    h.state_mut().apply(FileAction::ArticleFromText(article.text.clone()));
    h.run_steps(1);
    assert!(h.state().modal.is_none());
    assert!(h.state().status.message.contains(&article.id.to_string()), "{}", h.state().status.message);
    assert_eq!(h.state().doc.project.articles.len(), 5);
}

#[test]
fn the_export_menu_writes_claimreview_and_the_html_report() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app();
    for (entry, name, holds) in [
        ("Report as HTML…", "report.html", "<html"),
        ("Reviewed claims as ClaimReview (JSON-LD)…", "reviews.json", "\"ClaimReview\""),
    ] {
        h.get_by_label("Export").click();
        h.run_steps(2);
        h.get_by_label(entry).click();
        h.run_steps(2);
        let target = dir.path().join(name);
        answer_path_prompt(&mut h, &target);
        let written =
            std::fs::read_to_string(&target).unwrap_or_else(|e| panic!("{name}: {e}; {}", h.state().status.message));
        assert!(written.contains(holds), "{name} has no {holds}");
        assert!(!h.state().status.is_error, "{}", h.state().status.message);
    }
}

#[test]
fn an_orphaned_claim_is_listed_in_its_pane_and_re_attached_to_selected_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app();
    let article = h.state().doc.project.articles[0].clone();
    let claim = h.state().doc.project.claims_of(article.id).next().unwrap().clone();
    // The newer version rewrites the claim's sentence beyond recognition.
    let paragraph = article.text.split('\n').find(|p| p.contains(&claim.anchor.exact)).unwrap();
    let newer =
        article.text.replace(paragraph, "North Korean soldiers fighting in Kursk: a new toll is due next week.");
    let file = dir.path().join("newer.txt");
    std::fs::write(&file, &newer).unwrap();
    h.state_mut().apply(FileAction::ReplaceText(article.id, file));
    h.run_steps(2);
    assert!(h.state().status.message.contains("1 orphaned"), "{}", h.state().status.message);
    h.get_by_label_contains("1 orphaned: the quote is no longer in the text").click();
    h.run_steps(2);
    h.get_by_label_contains(&format!("{} “", claim.id));
    drag_select(&mut h, "North Korean soldiers fighting in Kursk", 150.0);
    assert!(h.state().view.text_selection.is_some());
    h.get_by_label("Re-attach").click();
    h.run_steps(2);
    let p = &h.state().doc.project;
    let anchor = &p.claim(claim.id).unwrap().anchor;
    assert!(anchor.problem(&p.article(article.id).unwrap().text).is_none(), "re-attached to the new text");
    assert!(anchor.exact.starts_with("North Korean"), "{:?}", anchor.exact);
    assert!(p.validate().orphaned_claims().is_empty());
    assert_eq!(h.state().status.message, format!("Re-attached {}", claim.id));
    assert!(h.query_by_label_contains("orphaned: the quote").is_none());
}

#[test]
fn the_plot_is_saved_as_an_svg_of_its_filters() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app();
    h.state_mut().view.bottom_tab = BottomTab::Plot;
    h.run_steps(3);
    h.get_by_label("Save as SVG…").click();
    h.run_steps(2);
    let target = dir.path().join("plot “kursk” 😀");
    answer_path_prompt(&mut h, &target);
    h.run_steps(2);
    let saved = target.with_extension("svg");
    assert_eq!(h.state().status.message, format!("Saved the plot to {}", saved.display()));
    let svg = std::fs::read_to_string(&saved).unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""), "{svg}");
    assert!(svg.trim_end().ends_with("</svg>"));
    // One point a plotted claim: the sample's North Korean casualties.
    let points = svg.matches("<circle").count();
    assert!(points >= 5, "{points} points");
    // A filter that matches nothing saves nothing and says so.
    h.state_mut().view.plot.subject = Some("nobody at all".into());
    h.state_mut().apply(FileAction::SavePlotSvg(dir.path().join("none.svg")));
    assert!(h.state().status.is_error);
    assert!(!dir.path().join("none.svg").exists());
}

#[test]
fn the_plot_is_saved_as_a_png_of_what_is_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app();
    h.state_mut().view.bottom_tab = BottomTab::Plot;
    h.run_steps(3);
    h.get_by_label("Save as PNG…").click();
    h.run_steps(2);
    let target = dir.path().join("plot “kursk”");
    answer_path_prompt(&mut h, &target);
    for _ in 0..10 {
        h.run_steps(1);
        if h.state().view.plot.saving.is_none() {
            break;
        }
    }
    let saved = target.with_extension("png");
    assert_eq!(h.state().status.message, format!("Saved the plot to {}", saved.display()));
    let png = std::fs::read(&saved).unwrap();
    if let Ok(copy) = std::env::var("CROSSCHECK_PLOT_PNG") {
        std::fs::write(copy, &png).unwrap();
    }
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&png[12..16], b"IHDR");
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap()) as f32;
    let height = u32::from_be_bytes(png[20..24].try_into().unwrap()) as f32;
    let rect = h.state().view.plot.rect.unwrap();
    let scale = h.ctx.pixels_per_point();
    assert!((width - rect.width() * scale).abs() <= 1.0 && (height - rect.height() * scale).abs() <= 1.0);
    assert!(rect.height() > 100.0, "the legend and the plot: {rect:?}");

    // Away from the Plot tab there is nothing to save.
    h.state_mut().view.bottom_tab = BottomTab::Claims;
    h.run_steps(2);
    h.state_mut().apply(FileAction::SavePlot(dir.path().join("none.png")));
    assert!(h.state().status.is_error);
    assert!(!dir.path().join("none.png").exists());
}

/// The sample without its claims, so every figure in it is new.
fn sample_app_without_claims() -> Harness<'static, App> {
    let mut h = sample_app();
    let mut project = sample();
    project.claims.clear();
    h.state_mut().replace_document(crosscheck::ui::Document::new(project, None));
    h.run_steps(2);
    h
}

fn wait_for_suggestions(h: &mut Harness<'_, App>) {
    let mut status = std::mem::take(&mut h.state_mut().status);
    h.state_mut().suggestions.wait(&mut status);
    h.state_mut().status = status;
    h.run_steps(2);
}

#[test]
fn low_confidence_suggestions_are_hidden_counted_and_skipped_by_the_keys() {
    let mut project = Project::with_default_agencies("low", jiff::Timestamp::UNIX_EPOCH);
    let article = project
        .add_article(
            crosscheck::model::ImportedText {
                title: "Low".into(),
                // "two forces" is a small number in a generic phrase: the
                // engine doubts it, and it comes first in the list.
                text: "The two forces do not share a language, one of the officers said. \
                       The UK Ministry of Defence said over 5,000 soldiers were killed."
                    .into(),
                ..Default::default()
            },
            jiff::Timestamp::UNIX_EPOCH,
        )
        .unwrap();
    let mut h = sample_app();
    h.state_mut().replace_document(crosscheck::ui::Document::new(project, None));
    h.get_by_label_contains("Suggestions (").click();
    h.run_steps(2);
    h.get_by_label("Suggest for all").click();
    h.run_steps(1);
    wait_for_suggestions(&mut h);
    let items = h.state().suggestions.items.clone();
    let texts: Vec<&str> = items.iter().map(|(_, s)| s.text.as_str()).collect();
    assert_eq!(texts, ["two", "over 5,000"]);
    assert!(items[0].1.confidence < crosscheck::extract::LOW_CONFIDENCE);
    assert!(items[1].1.confidence >= crosscheck::extract::LOW_CONFIDENCE);
    // The low one is counted, not listed, and not focused.
    h.get_by_label("Show low-confidence (1)");
    assert!(h.query_by_label("two forces").is_none(), "the low-confidence suggestion is listed");
    h.get_by_label("over 5,000 killed");
    assert_eq!(h.state().suggestions.focused, Some(SuggestionKey::of(article, &items[1].1)));
    assert!(h.state().status.message.contains("1 of low confidence hidden"), "{}", h.state().status.message);

    // Enter accepts the one on show; Delete then has nothing on show to reject.
    h.key_press(Key::Enter);
    h.run_steps(2);
    let p = &h.state().doc.project;
    assert_eq!(p.claims.iter().map(|c| c.anchor.exact.as_str()).collect::<Vec<_>>(), ["over 5,000"]);
    assert_eq!(h.state().suggestions.focused, None);
    h.key_press(Key::Delete);
    h.run_steps(2);
    assert!(h.state().doc.project.reviewed_suggestions.iter().all(|r| r.accepted), "a hidden one was rejected");
    assert_eq!(h.state().suggestions.items.len(), 1);

    // Asked for, it is listed and focused; Delete rejects it.
    h.get_by_label("Show low-confidence (1)").click();
    h.run_steps(2);
    h.get_by_label("two forces");
    h.get_by_label_contains("low confidence 0.");
    assert_eq!(h.state().suggestions.focused, Some(SuggestionKey::of(article, &items[0].1)));
    h.key_press(Key::Delete);
    h.run_steps(2);
    let p = &h.state().doc.project;
    assert!(p.reviewed_suggestions.iter().any(|r| !r.accepted && r.start == items[0].1.start));
    assert!(h.state().suggestions.items.is_empty());
    h.get_by_label("Show low-confidence (0)");
}

#[test]
fn t_on_a_selection_reads_the_figure_in_its_sentence_in_one_undo_step() {
    let mut h = sample_app_without_claims();
    let before = h.state().doc.project.clone();
    // "About 1,000 of those troops were killed, the update said." after
    // a paragraph naming the UK Ministry of Defence.
    drag_select(&mut h, "About 1,000 of those troops", 120.0);
    let (article, s, e) = h.state().view.text_selection.expect("a selection in the pane");
    let text = h.state().doc.project.article(article).unwrap().text.clone();
    let selected: String = text.chars().skip(s).take(e - s).collect();
    assert!(selected.starts_with("About 1,0"), "the drag selected {selected:?}");

    h.key_press(Key::T);
    h.run_steps(2);
    let p = &h.state().doc.project;
    assert_eq!(p.claims.len(), 1);
    let claim = &p.claims[0];
    assert_eq!(Some(claim.id), h.state().view.selected_claim);
    // The quote is the editor's selection; the figure is the engine's reading.
    let (s, e) = crosscheck::anchor::snap_to_words(&text, s, e);
    assert_eq!((claim.anchor.start, claim.anchor.end), (s, e));
    assert_eq!(claim.figure.text, "About 1,000");
    assert_eq!(claim.figure.value, Some(1000.0));
    assert_eq!(claim.figure.qualifier, Some(crosscheck::model::Qualifier::About));
    assert_eq!(claim.figure.kind, FigureKind::Count);
    assert_eq!(claim.figure.measure, "killed");
    assert_eq!(p.agency_name(claim.agency), "UK Ministry of Defence");
    assert!(claim.date.is_some(), "no date read");
    assert!(p.validate().is_valid());
    assert!(h.state().status.message.contains("About 1,000"), "{}", h.state().status.message);
    // The inspector shows what was read.
    let field = |h: &Harness<'_, App>, label: &str| {
        h.get_by_role_and_label(egui::accesskit::Role::TextInput, label).value().unwrap_or_default()
    };
    assert_eq!(field(&h, "As written"), "About 1,000");
    assert_eq!(field(&h, "Measure"), "killed");

    // One undo step takes the whole claim away.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(h.state().doc.project, before);

    // A selection without a figure is tagged as before: quote only.
    h.state_mut().view.text_selection = Some((article, 0, 12));
    h.state_mut().apply(ReviewAction::TagSelection);
    let claim = h.state().doc.project.claims.last().unwrap();
    assert_eq!(claim.figure.text, "North Korean");
    assert_eq!((claim.figure.value, claim.agency, claim.date), (None, None, None));
}

#[test]
fn editing_as_written_re_reads_value_qualifier_and_kind() {
    let mut h = sample_app();
    let article = h.state().doc.project.articles[0].id;
    h.state_mut().apply(EditAction::AddClaim { article, start: 0, end: 12 });
    h.run_steps(2);
    let id = h.state().view.selected_claim.unwrap();
    let figure = |h: &Harness<'_, App>| h.state().doc.project.claim(id).unwrap().figure.clone();
    use crosscheck::model::Qualifier;

    retype(&mut h, "As written", "nearly half");
    let f = figure(&h);
    assert_eq!(
        (f.text.as_str(), f.value, f.kind, f.qualifier),
        ("nearly half", Some(0.5), FigureKind::Ratio, Some(Qualifier::Nearly))
    );

    retype(&mut h, "As written", "over 5,000");
    let f = figure(&h);
    assert_eq!((f.value, f.kind, f.qualifier), (Some(5000.0), FigureKind::Count, Some(Qualifier::Over)));

    // Curly quotes, a no-break space and an emoji do not get in the way.
    retype(&mut h, "As written", "\u{201c}about\u{a0}1,000\u{201d} \u{1f600}");
    let f = figure(&h);
    assert_eq!(f.text, "\u{201c}about\u{a0}1,000\u{201d} \u{1f600}");
    assert_eq!((f.value, f.kind, f.qualifier), (Some(1000.0), FigureKind::Count, Some(Qualifier::About)));

    // The hedge the text gave goes with it; a text without a figure
    // leaves the value alone.
    retype(&mut h, "As written", "1,200");
    let f = figure(&h);
    assert_eq!((f.value, f.qualifier), (Some(1200.0), None));
    retype(&mut h, "As written", "many");
    assert_eq!(figure(&h).value, Some(1200.0));
}
