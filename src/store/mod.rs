//! Files: project load/save (versioned, atomic), article import, export.

mod error;
mod export;
mod import;
mod project_file;

pub use error::{StoreError, decode_utf8, describe_io, read_utf8};
pub use export::{ClaimRow, ExportFormat, claim_row, claim_rows, export_claims};
pub use import::{
    ImportedText, MAX_IMPORT_BYTES, html_to_article, markdown_to_article, normalise_text, plain_to_article,
    read_article_file,
};
pub use project_file::{backup_path, load_project, parse_project, project_to_string, save_project, write_atomic};
