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

/// A comma-separated row under a header with an as-of column.
#[derive(Debug)]
struct Row {
    bytes: Range<usize>,
    /// Its cells' places in `AsOfColumns::cells`.
    cells: Range<usize>,
    /// The as-of column's place in the row.
    column: usize,
}

/// Rows and their cells are split once, when the text is read: a figure's
/// look-up is then a binary search, not a scan of its row (a row may be
/// long, and hold many figures).
#[derive(Debug, Default)]
pub(super) struct AsOfColumns {
    rows: Vec<Row>,
    /// Every stored row's cells, in bytes of the text.
    cells: Vec<Range<usize>>,
}

impl AsOfColumns {
    /// Every row of `text` under a header with an as-of column, in one
    /// pass over its lines.
    pub fn read(text: &str) -> Self {
        let mut out = AsOfColumns::default();
        // The as-of column of the table being read, if its header has one.
        let mut open: Option<usize> = None;
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let start = at;
            at += line.len();
            let row = line.trim_end_matches(['\n', '\r']);
            if let Some(column) = open {
                if !is_csv_row(row) {
                    open = None;
                    continue;
                }
                let first = out.cells.len();
                out.cells.extend(cells(row).into_iter().map(|c| start + c.start..start + c.end));
                out.rows.push(Row { bytes: start..start + row.len(), cells: first..out.cells.len(), column });
                continue;
            }
            // A header holds names, no numbers (asked first: most lines of
            // prose have a digit).
            if row.bytes().any(|b| b.is_ascii_digit()) || !is_csv_row(row) {
                continue;
            }
            open = cells(row).iter().position(|cell| {
                let name = row[cell.clone()].trim().trim_matches('"').to_lowercase().replace(['_', '-'], " ");
                is_as_of_header(&name)
            });
        }
        out
    }

    /// For the byte `at` in a row under an as-of column: the as-of cell's
    /// bytes and those of the cell `at` is in.
    pub fn cells_at(&self, at: usize) -> Option<(Range<usize>, Range<usize>)> {
        let i = self.rows.partition_point(|r| r.bytes.end < at);
        let row = self.rows.get(i).filter(|r| r.bytes.start <= at)?;
        let cells = &self.cells[row.cells.clone()];
        let as_of = cells.get(row.column)?.clone();
        let own = cells.get(cells.partition_point(|c| c.end < at))?.clone();
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
        let (as_of, own) = columns.cells_at(at).unwrap();
        assert_eq!(&text[as_of], "2024-12-22");
        assert_eq!(&text[own], "\"more than 1,100\"");
        let at = text.find("3,000").unwrap();
        let (as_of, _) = columns.cells_at(at).unwrap();
        assert_eq!(&text[as_of], "");
        assert!(columns.cells_at(text.find("1,2,3").unwrap()).is_none());
        assert!(columns.cells_at(text.find("stood").unwrap()).is_none());
        // A header without an as-of column: no block.
        assert!(AsOfColumns::read("date,source,figure,notes\n2025-01-02,NIS,300,x\n").rows.is_empty());
    }
}
