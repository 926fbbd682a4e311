//! Files: project load/save (versioned, atomic), article import, export.

mod error;
mod export;
mod import;
mod project_file;
mod write;

pub use error::{StoreError, StoreErrorKind, decode_utf8, describe_io, read_limited, read_utf8};
pub use export::{ClaimRow, ExportFormat, claim_row, claim_rows, export_claims, export_to_file};
pub use import::{
    ImportedText, MAX_IMPORT_BYTES, html_to_article, markdown_to_article, normalise_text, plain_to_article,
    read_article_file,
};
pub use project_file::{
    MAX_PROJECT_BYTES, OpenedProject, backup_path, load_project, open_project, parse_project, project_to_string,
    record_lines, save_project, save_project_checked, save_project_locked, save_recovery,
};
pub use write::{
    CLI_LOCK_WAIT, DiskState, Expect, GUI_LOCK_WAIT, ProjectLock, Written, disk_state, resolve_link, write_file,
};
