//! Tables pasted as comma-separated values. A tracker's header often has a
//! column for the day a row's figure refers to ("as_of", "source_date")
//! beside the day the row was logged or reported: a figure in the row is
//! the source's figure as of the first, which the row's other dates are
//! not.

use super::lexicon::is_as_of_header;
use super::sentences::is_csv_row;
use std::ops::Range;

/// Cells of a row read at most: a row of more is no table's a reader
/// checks by eye, and its cells past these are not split.
const MAX_CELLS: usize = 64;

/// A run of comma-separated rows under a header with an as-of column.
#[derive(Debug)]
struct Block {
    /// Bytes of the rows under the header.
    rows: Range<usize>,
    /// The as-of column's place in a row.
    column: usize,
}

#[derive(Debug, Default)]
pub(super) struct AsOfColumns {
    blocks: Vec<Block>,
}

impl AsOfColumns {
    /// Every table of `text` with an as-of column, in one pass over its
    /// lines.
    pub fn read(text: &str) -> Self {
        let mut blocks = Vec::new();
        // The as-of column of the table being read, if its header has one.
        let mut open: Option<(usize, usize)> = None;
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let start = at;
            at += line.len();
            let row = line.trim_end_matches(['\n', '\r']);
            if open.is_some() {
                if !is_csv_row(row) {
                    if let Some((first, column)) = open.take() {
                        blocks.push(Block { rows: first..start, column });
                    }
                }
                continue;
            }
            // A header holds names, no numbers (asked first: most lines of
            // prose have a digit).
            if row.bytes().any(|b| b.is_ascii_digit()) || !is_csv_row(row) {
                continue;
            }
            let column = cells(row).iter().position(|cell| {
                let name = row[cell.clone()].trim().trim_matches('"').to_lowercase().replace(['_', '-'], " ");
                is_as_of_header(&name)
            });
            open = column.map(|c| (at, c));
        }
        if let Some((first, column)) = open {
            blocks.push(Block { rows: first..text.len(), column });
        }
        AsOfColumns { blocks }
    }

    /// For the byte `at` in a row under an as-of column: the as-of cell's
    /// bytes and those of the cell `at` is in.
    pub fn cells_at(&self, text: &str, at: usize) -> Option<(Range<usize>, Range<usize>)> {
        let i = self.blocks.partition_point(|b| b.rows.end <= at);
        let block = self.blocks.get(i).filter(|b| b.rows.contains(&at))?;
        let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1).max(block.rows.start);
        let line_end = text[at..].find('\n').map_or(text.len(), |p| at + p);
        let row = &text[line_start..line_end];
        let cells = cells(row);
        let shift = |r: &Range<usize>| line_start + r.start..line_start + r.end;
        let as_of = cells.get(block.column).map(shift)?;
        let own = cells.iter().map(shift).find(|r| r.start <= at && at <= r.end)?;
        Some((as_of, own))
    }
}

/// The cells of a row, split at commas outside double quotes; a doubled
/// quote inside quotes is one quote. At most `MAX_CELLS`.
fn cells(row: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    for (at, b) in row.bytes().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => {
                out.push(start..at);
                start = at + 1;
                if out.len() == MAX_CELLS {
                    return out;
                }
            }
            _ => {}
        }
    }
    out.push(start..row.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_s_cells_and_its_as_of_cell() {
        let text = "Note \u{1f4cb}: as it stood.\n\
                    date_reported,source,figure_text,as_of,notes\n\
                    2024-12-23,JCS,\"more than 1,100\",2024-12-22,\"a \"\"rough\"\" count, \u{2014} ok\"\n\
                    2025-01-13,NIS,\"around 3,000\",,\n\
                    \n\
                    Below, 1,2,3,4 is no table.\n";
        let columns = AsOfColumns::read(text);
        let at = text.find("1,100").unwrap();
        let (as_of, own) = columns.cells_at(text, at).unwrap();
        assert_eq!(&text[as_of], "2024-12-22");
        assert_eq!(&text[own], "\"more than 1,100\"");
        let at = text.find("3,000").unwrap();
        let (as_of, _) = columns.cells_at(text, at).unwrap();
        assert_eq!(&text[as_of], "");
        assert!(columns.cells_at(text, text.find("1,2,3").unwrap()).is_none());
        assert!(columns.cells_at(text, text.find("stood").unwrap()).is_none());
        // A header without an as-of column: no block.
        assert!(AsOfColumns::read("date,source,figure,notes\n2025-01-02,NIS,300,x\n").blocks.is_empty());
    }
}
