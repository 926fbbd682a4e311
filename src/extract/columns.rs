//! Tables pasted as delimited text: comma-separated values, or cells split
//! by tabs as a spreadsheet copies them. Under a header row, the column a
//! cell is in says what its number is: a figure under "Killed" or "low", a
//! label under "row" or "id". A column for the day a row's figure refers
//! to ("as_of", "source_date") dates the row's figures, which the row's
//! other dates (when it was logged or reported) do not.
//!
//! The tables are read before the text is split into tokens: a comma
//! between two cells ("2024-12-23,NIS,100,400") parts two numbers that
//! would otherwise read as one grouped in thousands (100,400).

use super::lexicon::{
    is_as_of_header, is_casualty_word, is_date_header, is_figure_header, is_id_header, is_measure_noun, scale,
};
use super::sentences::is_csv_row;
use super::tokens::currency_code;
use std::ops::Range;

/// Cells of a row read at most: a row of more is no table's a reader
/// checks by eye, and its cells past these are not split.
const MAX_CELLS: usize = 64;

/// What a column's name says of the numbers under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    /// "Killed", "low", "total": a bare number is a figure.
    Figure,
    /// "as_of", "source date": the day the row's figures refer to.
    AsOf,
    /// "Date", "Dated": a day of no said kind, the row's when the table
    /// has no as-of column and no other such.
    Date,
    /// "row", "id", "#": a bare number is a label.
    Label,
    /// "source", "notes", "claim": the name says nothing of the number,
    /// which is read as text is.
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Delimiter {
    Comma,
    Tab,
    /// A Markdown table's bars: "| NIS | 12 million |", its header
    /// underlined by "|---|---|".
    Bar,
}

/// What a column's bracket says its bare numbers count in: "Value (US$
/// million)" multiplies them by a million, and they are dollars.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Unit {
    pub factor: f64,
    pub currency: Option<&'static str>,
}

#[derive(Debug)]
struct Table {
    /// Its columns' places in `Tables::columns` (and `Tables::units`).
    columns: Range<usize>,
    /// The as-of column's place in a row, if the header has one.
    as_of: Option<usize>,
}

/// A row under a header.
#[derive(Debug)]
struct Row {
    bytes: Range<usize>,
    /// Its cells' places in `Tables::cells`.
    cells: Range<usize>,
    table: usize,
}

/// Rows and their cells are split once, when the text is read: a number's
/// look-up is then a binary search, not a scan of its row (a row may be
/// long, and hold many figures).
#[derive(Debug, Default)]
pub(crate) struct Tables {
    tables: Vec<Table>,
    columns: Vec<Column>,
    units: Vec<Option<Unit>>,
    rows: Vec<Row>,
    /// Every row's cells, in bytes of the text.
    cells: Vec<Range<usize>>,
    /// The commas between two cells with a digit either side, in text
    /// order: the tokenizer groups no thousands across them.
    separators: Vec<u32>,
}

impl Tables {
    /// Every table of `text` with a header row, in one pass over its lines.
    pub fn read(text: &str) -> Self {
        let mut out = Tables::default();
        // The table being read: its place, delimiter and number of columns.
        let mut open: Option<(usize, Delimiter, usize)> = None;
        let mut at = 0;
        let mut lines = text.split_inclusive('\n').peekable();
        while let Some(line) = lines.next() {
            let start = at;
            at += line.len();
            let row = line.trim_end_matches(['\n', '\r']);
            if let Some((table, delimiter, width)) = open {
                // The rule under a Markdown header is no row.
                if delimiter == Delimiter::Bar && is_bar_rule(row) {
                    continue;
                }
                if let Some(cells) = row_cells(row, delimiter, width) {
                    let first = out.cells.len();
                    for cell in cells {
                        let comma = start + cell.end;
                        if delimiter == Delimiter::Comma
                            && row.as_bytes().get(cell.end) == Some(&b',')
                            && cell.end > 0
                            && row.as_bytes()[cell.end - 1].is_ascii_digit()
                            && row.as_bytes().get(cell.end + 1).is_some_and(u8::is_ascii_digit)
                        {
                            out.separators.push(comma as u32);
                        }
                        out.cells.push(start + cell.start..start + cell.end);
                    }
                    out.rows.push(Row { bytes: start..start + row.len(), cells: first..out.cells.len(), table });
                    continue;
                }
                open = None;
            }
            // A header holds names, no numbers (asked first: most lines of
            // prose have a digit).
            if row.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            let delimiter = if row.bytes().filter(|&b| b == b'\t').take(2).count() == 2 {
                Delimiter::Tab
            } else if is_csv_row(row) {
                Delimiter::Comma
            } else if row.trim_start().starts_with('|')
                && lines.peek().is_some_and(|next| {
                    // A rule of as many columns: not a wikitable's "|-"
                    // under its caption "|+ Losses".
                    let width = split(row, Delimiter::Bar, false).len();
                    width >= 2
                        && is_bar_rule(next.trim_end())
                        && split(next.trim_end(), Delimiter::Bar, false).len() == width
                })
            {
                Delimiter::Bar
            } else {
                continue;
            };
            let names = split(row, delimiter, false);
            let first = out.columns.len();
            out.columns.extend(names.iter().map(|name| column(&row[name.clone()])));
            out.units.extend(names.iter().map(|name| unit(&row[name.clone()])));
            let columns = first..out.columns.len();
            let named = &out.columns[columns.clone()];
            let mut dates = named.iter().enumerate().filter(|&(_, &c)| c == Column::Date).map(|(k, _)| k);
            let only_date = dates.next().filter(|_| dates.next().is_none());
            let as_of = named.iter().position(|&c| c == Column::AsOf).or(only_date);
            out.tables.push(Table { columns, as_of });
            open = Some((out.tables.len() - 1, delimiter, names.len()));
        }
        out
    }

    /// The commas between two cells that have a digit either side, in text
    /// order.
    pub fn separators(&self) -> &[u32] {
        &self.separators
    }

    /// The row `at` (a byte of the text) is in and the place of its cell.
    fn cell(&self, at: usize) -> Option<(&Row, usize)> {
        let i = self.rows.partition_point(|r| r.bytes.end < at);
        let row = self.rows.get(i).filter(|r| r.bytes.start <= at)?;
        let cells = &self.cells[row.cells.clone()];
        let place = cells.partition_point(|c| c.end < at);
        (place < cells.len()).then_some((row, place))
    }

    /// The bytes of the table's row that byte `at` is in.
    pub fn row_at(&self, at: usize) -> Option<Range<usize>> {
        self.cell(at).map(|(row, _)| row.bytes.clone())
    }

    /// For the byte `at` in a row under an as-of column: the as-of cell's
    /// bytes and those of the cell `at` is in.
    pub fn cells_at(&self, at: usize) -> Option<(Range<usize>, Range<usize>)> {
        let (row, place) = self.cell(at)?;
        let cells = &self.cells[row.cells.clone()];
        let as_of = cells.get(self.tables[row.table].as_of?)?.clone();
        Some((as_of, cells[place].clone()))
    }

    /// The unit of the column whose cell opens with the figure in `bytes`
    /// of `text`, when nothing but a note's mark or a "+" follows it there
    /// ("| 5,500[^1] |" under "Value (US$ million)"). A figure with a scale
    /// of its own ("| 12 million |") the caller leaves out.
    pub fn unit_at(&self, text: &str, bytes: Range<usize>) -> Option<Unit> {
        let (row, place) = self.cell(bytes.start)?;
        let cell = self.cells[row.cells.clone()][place].clone();
        let before = text.get(cell.start..bytes.start)?.trim_start().trim_start_matches('*');
        let after = text.get(bytes.end..cell.end)?.trim();
        let marked = after.is_empty() || after.starts_with(['[', '^', '*', '+', '\u{2020}']);
        if !before.is_empty() || !marked {
            return None;
        }
        let table = &self.tables[row.table];
        table.columns.clone().nth(place).and_then(|c| self.units[c])
    }

    /// Whether the number in `bytes` of `text`, when it is a cell's whole
    /// content, is a figure by its column: `Some(true)` under a figure's
    /// column ("Killed", "high"), `Some(false)` bare (not quoted) under
    /// any other ("row", "id"), else `None`: the number is one in a cell's
    /// text, or in no table, and what is around it decides.
    pub fn bare_cell(&self, text: &str, bytes: Range<usize>) -> Option<bool> {
        let (row, place) = self.cell(bytes.start)?;
        let cell = self.cells[row.cells.clone()][place].clone();
        let content = &text[cell.clone()];
        let trimmed = content.trim();
        let quoted = trimmed.len() >= 2 && trimmed.starts_with('"') && trimmed.ends_with('"');
        let inner = if quoted { trimmed[1..trimmed.len() - 1].trim() } else { trimmed };
        let inner_start = cell.start + (inner.as_ptr() as usize - content.as_ptr() as usize);
        if inner_start != bytes.start || inner_start + inner.len() != bytes.end {
            return None;
        }
        let table = &self.tables[row.table];
        let column = table.columns.clone().nth(place).map_or(Column::Other, |c| self.columns[c]);
        match column {
            Column::Figure => Some(true),
            Column::Label if !quoted => Some(false),
            _ => None,
        }
    }
}

/// What a column's name says, read without its bracketed part ("Killed
/// (year to date)"): an as-of name; a label's when its last word is one
/// ("checker_ext", "row no"), or "number" after no measure ("Brigade
/// number"); a figure's when a word is one ("low", "Killed",
/// "front_line_troops"); a label's when a label word is in it; else
/// nothing. "#" names a label.
fn column(name: &str) -> Column {
    let name = name.trim().trim_matches('"').to_lowercase().replace(['_', '-'], " ");
    let name = name.split(['(', '[']).next().unwrap_or_default().trim();
    if name == "#" || name == "no." || name == "nr." {
        return Column::Label;
    }
    if is_as_of_header(name) {
        return Column::AsOf;
    }
    if is_date_header(name) {
        return Column::Date;
    }
    let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let measure = |w: &str| is_measure_noun(w) || is_casualty_word(w);
    let Some(&last) = words.last() else { return Column::Other };
    let counted = words.len() >= 2 && measure(words[words.len() - 2]);
    if is_id_header(last) || last == "number" && words.len() >= 2 && !counted {
        return Column::Label;
    }
    if words.iter().any(|&w| is_figure_header(w) || measure(w)) {
        Column::Figure
    } else if words.iter().any(|&w| is_id_header(w)) {
        Column::Label
    } else {
        Column::Other
    }
}

/// The unit a column's name gives in brackets: a scale ("(millions)",
/// "(US$ m)", "('000)") and perhaps a currency ("(£bn)", "(USD million)").
/// An abbreviated scale ("m", "bn", "mil") counts only beside a currency:
/// "(t)" may be tonnes, "(bn)" battalions, "(mil)" military.
fn unit(name: &str) -> Option<Unit> {
    let inside = name.split_once(['(', '['])?.1;
    let inside = inside.split([')', ']']).next()?;
    let symbol = inside.chars().find_map(super::figures::currency_name);
    let words: Vec<&str> =
        inside.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    let code = words.iter().find_map(|w| currency_code(&w.to_uppercase()).filter(|_| w.len() >= 3));
    let currency = symbol.or(code);
    let factor = words.iter().find_map(|w| {
        let lower = w.to_lowercase();
        if lower == "'000" || lower == "000" {
            return Some(1000.0);
        }
        let stem = lower.strip_suffix('s').filter(|s| s.len() > 2).unwrap_or(&lower);
        scale(stem).filter(|_| stem.len() > 3 || currency.is_some())
    })?;
    Some(Unit { factor, currency })
}

/// The cells of a line under a header of `width` columns, if it is a row
/// of the table.
fn row_cells(row: &str, delimiter: Delimiter, width: usize) -> Option<Vec<Range<usize>>> {
    match delimiter {
        Delimiter::Tab => row.contains('\t').then(|| split(row, delimiter, false)),
        Delimiter::Bar => row.trim_start().starts_with('|').then(|| split(row, delimiter, false)),
        Delimiter::Comma => {
            // A writer quotes a cell with a comma of its own; an unquoted
            // "1,100" is one cell only when the row has a cell too many
            // with every comma a separator.
            let cells = split(row, delimiter, false);
            // Trailing empty cells ("…,100,400,") count for no column.
            let filled = cells.iter().rposition(|c| !row[c.clone()].trim().is_empty()).map_or(0, |k| k + 1);
            let cells = if filled > width { split(row, delimiter, true) } else { cells };
            let separated = cells.windows(2).filter(|w| !row[w[1].clone()].starts_with(' ')).count();
            (separated >= 3).then_some(cells)
        }
    }
}

/// The cells of a row, split at its delimiter outside double quotes (a
/// doubled quote inside quotes is one quote); with `grouping`, not at a
/// comma that groups a number's thousands ("1,100"). At most `MAX_CELLS`.
fn split(row: &str, delimiter: Delimiter, grouping: bool) -> Vec<Range<usize>> {
    let bytes = row.as_bytes();
    let separator = match delimiter {
        Delimiter::Comma => b',',
        Delimiter::Tab => b'\t',
        Delimiter::Bar => b'|',
    };
    let groups = |at: usize| {
        at > 0
            && bytes[at - 1].is_ascii_digit()
            && bytes.get(at + 1..at + 4).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !bytes.get(at + 4).is_some_and(u8::is_ascii_digit)
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    for (at, &b) in bytes.iter().enumerate() {
        // A Markdown cell quotes nothing: its bars part it.
        if b == b'"' && delimiter != Delimiter::Bar {
            quoted = !quoted;
        } else if b == separator && !quoted && !(grouping && groups(at)) {
            out.push(start..at);
            start = at + 1;
            if out.len() == MAX_CELLS {
                break;
            }
        }
    }
    if out.len() < MAX_CELLS {
        out.push(start..row.len());
    }
    // A Markdown row's outer bars open and close it: no cells outside them.
    if delimiter == Delimiter::Bar {
        if out.len() > 1 && row[out[0].clone()].trim().is_empty() {
            out.remove(0);
        }
        if out.len() > 1 && out.last().is_some_and(|c| row[c.clone()].trim().is_empty()) {
            out.pop();
        }
    }
    out
}

/// "|---|:---:|", "| --- | --- |": the rule under a Markdown table's header.
fn is_bar_rule(row: &str) -> bool {
    let row = row.trim();
    row.starts_with('|') && row.contains('-') && row.bytes().all(|b| matches!(b, b'|' | b'-' | b':' | b' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_s_bracket_gives_its_unit() {
        let u = |name: &str| unit(name).map(|u| (u.factor, u.currency));
        assert_eq!(u("Value (US$ million)"), Some((1e6, Some("dollars"))));
        assert_eq!(u("Cost (\u{a3}bn)"), Some((1e9, Some("pounds"))));
        assert_eq!(u("Aid (USD m)"), Some((1e6, Some("dollars"))));
        assert_eq!(u("Shells ('000)"), Some((1e3, None)));
        assert_eq!(u("Troops (thousands) \u{1f4ca}"), Some((1e3, None)));
        // An abbreviation without a currency may be a unit: tonnes,
        // battalions, military.
        assert_eq!(u("Cargo (t)"), None);
        assert_eq!(u("Strength (bn)"), None);
        assert_eq!(u("Killed (mil/civ)"), None);
        assert_eq!(u("Value, \u{201c}as published\u{201d}"), None);
    }

    #[test]
    fn a_markdown_table_s_rows_are_read_under_its_header() {
        let text = "| Item | Value (US$ million) | Date |\n|---|:---:|---|\n| Shells \u{2014} 152 mm | 5,500[^1] | 2 Sep 2025 |\n\nAfter.";
        let tables = Tables::read(text);
        let at = text.find("5,500").unwrap();
        assert_eq!(tables.unit_at(text, at..at + 5).map(|u| u.factor), Some(1e6));
        let (as_of, _) = tables.cells_at(at).unwrap();
        assert_eq!(text[as_of].trim(), "2 Sep 2025");
        // Not a wikitable's caption over its "|-".
        let wiki = "{| class=\"wikitable\"\n|+ Losses\n|-\n| Feb. || ISW || 1,000\n|}";
        let at = wiki.find("1,000").unwrap();
        assert!(Tables::read(wiki).cells_at(at).is_none() && Tables::read(wiki).row_at(at).is_none());
        // Not a table without the rule under its header.
        let loose = "| Item | Value (US$ million) |\n| Shells | 5,500 |";
        let at = loose.find("5,500").unwrap();
        assert!(Tables::read(loose).unit_at(loose, at..at + 5).is_none());
    }

    #[test]
    fn a_row_s_cells_and_its_as_of_cell() {
        let text = "Note \u{1f4cb}: as it stood.\n\
                    date_reported,source,figure_text,as_of,notes\n\
                    2024-12-23,JCS,\"more than 1,100\",2024-12-22,\"a \"\"rough\"\" count, \u{2014} ok\"\n\
                    2025-01-13,NIS,\"around 3,000\",,\n\
                    \n\
                    Below, 1,2,3,4 is no table.\n";
        let tables = Tables::read(text);
        let at = text.find("1,100").unwrap();
        let (as_of, own) = tables.cells_at(at).unwrap();
        assert_eq!(&text[as_of], "2024-12-22");
        assert_eq!(&text[own], "\"more than 1,100\"");
        let at = text.find("3,000").unwrap();
        let (as_of, _) = tables.cells_at(at).unwrap();
        assert_eq!(&text[as_of], "");
        assert!(tables.cells_at(text.find("1,2,3").unwrap()).is_none());
        assert!(tables.cells_at(text.find("stood").unwrap()).is_none());
        // A header without an as-of column: rows, but no as-of cell.
        let plain = Tables::read("date,source,figure,notes\n2025-01-02,NIS,300,x\n");
        assert_eq!(plain.rows.len(), 1);
        assert!(plain.cells_at(22).is_none());
    }

    #[test]
    fn a_bare_number_is_a_figure_by_its_column() {
        let text = "row,date,source,killed,wounded,checker_ext,notes\n\
                    1,2024-12-23,NIS,100,400,4420,\"about 1,000 \u{2014} \u{201c}rough\u{201d}\"\n\
                    2,2025-01-13,JCS,\"1,100\",,4431,\u{1f4cc}\u{a0}ok\n";
        let tables = Tables::read(text);
        let at = |needle: &str, nth: usize| {
            let start = text.match_indices(needle).nth(nth).unwrap().0;
            start..start + needle.len()
        };
        // The comma between the killed and the wounded cells parts them;
        // the one inside the quoted "1,100" does not.
        let comma = (text.find("100,400").unwrap() + 3) as u32;
        assert!(tables.separators().contains(&comma));
        let quoted = (text.find("1,100").unwrap() + 1) as u32;
        assert!(!tables.separators().contains(&quoted));
        assert_eq!(tables.bare_cell(text, at("100", 0)), Some(true));
        assert_eq!(tables.bare_cell(text, at("400", 0)), Some(true));
        assert_eq!(tables.bare_cell(text, at("1,100", 0)), Some(true));
        // Row numbers and extensions are labels.
        assert_eq!(tables.bare_cell(text, at("1", 0)), Some(false));
        assert_eq!(tables.bare_cell(text, at("4420", 0)), Some(false));
        // A number in a cell's text is read as text is.
        assert_eq!(tables.bare_cell(text, at("1,000", 0)), None);
    }

    #[test]
    fn tab_separated_rows_under_a_header() {
        let text = "Copied from the sheet.\n\
                    #\tDate\tSource\tKilled\tWounded\tAs of\tComment\n\
                    1\t13/01/2025\tNIS\t300\t2,700\t2025-01-13\tclosed briefing\n\
                    2\t24/01/2025\tUK MoD\t1,000\t\t24/01/2025\tsome 1,000 killed\n\
                    \n\
                    Rows 1 and 2\tare older.\n";
        let tables = Tables::read(text);
        assert_eq!(tables.rows.len(), 2);
        let at = |needle: &str| {
            let start = text.find(needle).unwrap();
            start..start + needle.len()
        };
        assert_eq!(tables.bare_cell(text, at("300")), Some(true));
        assert_eq!(tables.bare_cell(text, at("2,700")), Some(true));
        let one = text.find("1\t13").unwrap();
        assert_eq!(tables.bare_cell(text, one..one + 1), Some(false));
        assert_eq!(tables.bare_cell(text, at("some 1,000").start + 5..at("some 1,000").end), None);
        let (as_of, _) = tables.cells_at(at("300").start).unwrap();
        assert_eq!(&text[as_of], "2025-01-13");
        assert!(tables.bare_cell(text, at("1 and")).is_none());
    }

    #[test]
    fn what_a_column_s_name_says() {
        for (name, want) in [
            ("Killed (year to date)", Column::Figure),
            ("Front_line_troops", Column::Figure),
            ("KIA", Column::Figure),
            ("low", Column::Figure),
            ("Number of troops", Column::Figure),
            ("Brigade number", Column::Label),
            ("checker_ext", Column::Label),
            ("#", Column::Label),
            ("Row", Column::Label),
            ("claim", Column::Other),
            ("Source \u{1f4f0}", Column::Other),
            ("As of", Column::AsOf),
        ] {
            assert_eq!(column(name), want, "{name}");
        }
        // A trailing empty cell does not merge two number cells.
        let text = "date,source,killed,wounded\n2024-12-23,NIS,100,400,\n";
        let tables = Tables::read(text);
        let at = text.find("400").unwrap();
        assert_eq!(tables.bare_cell(text, at..at + 3), Some(true));
    }

    #[test]
    fn prose_with_commas_is_no_header() {
        assert!(Tables::read("Seoul, Kyiv, London and Tokyo agreed.\n1,2,3,4\n").rows.is_empty());
        assert!(Tables::read("a,b,c,d\n").rows.is_empty());
    }
}
