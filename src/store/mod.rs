//! Files: project load/save (versioned, atomic), article import, export,
//! and claim tables read back.

mod error;
mod export;
mod html;
mod import;
mod import_claims;
mod project_file;
mod write;

pub use error::{StoreError, StoreErrorKind, decode_utf8, describe_io, read_limited, read_utf8};
pub use export::{
    CLAIM_COLUMNS, ClaimRow, ExportFormat, ExportOptions, SentenceFinder, claim_row, claim_rows, claim_sentence,
    claimreview_json, date_cell, export_claims, export_claims_with, export_to_file, export_to_file_with,
    holds_a_project, number_text, verdict_rating, write_report,
};
pub use html::{PlotSvg, escape_html, html_report, plot_svg};
pub use import::{
    ArticleSource, ImportedText, MAX_IMPORT_BYTES, MAX_TITLE_CHARS, OffsetMap, guess_title, html_to_article,
    is_title_furniture, markdown_to_article, normalise_text, normalise_text_mapped, plain_to_article,
    read_article_file, read_article_source, shorten_title,
};
pub use import_claims::{
    ClaimTableError, ClaimTableImport, MAX_CLAIM_TABLE_BYTES, RowProblem, read_claim_table, tag_colour,
};
pub use project_file::{
    MAX_PROJECT_BYTES, OpenedProject, backup_path, load_project, open_project, parse_project, project_to_string,
    record_lines, save_project, save_project_checked, save_project_locked, save_recovery,
};
pub use write::{
    CLI_LOCK_WAIT, DiskState, Expect, GUI_LOCK_WAIT, ProjectLock, Written, disk_state, resolve_link, write_file,
};
