//! The workbench. The only module that knows egui.

pub fn run_native(_project: Option<std::path::PathBuf>) -> Result<(), String> {
    Err("the workbench is not built yet".into())
}
