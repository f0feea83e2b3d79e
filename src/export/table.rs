//! A table of an export, built once and written as Markdown, HTML or CSV, so that each format
//! says the same thing in the same cells.

use maud::{Markup, html};

use super::words::{md, user};

/// One cell: the export's own words and figures, or text someone typed (isolated and escaped
/// as such in each format).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Ours(String),
    Theirs(String),
}

impl Cell {
    pub fn text(&self) -> &str {
        match self {
            Cell::Ours(t) | Cell::Theirs(t) => t,
        }
    }

    fn md(&self) -> String {
        md(self.text())
    }

    fn html(&self) -> Markup {
        match self {
            Cell::Ours(t) => html! { (t) },
            Cell::Theirs(t) => user(t),
        }
    }
}

/// A table: its header, its rows, and the first column that holds figures (aligned right).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub figures_from: usize,
}

impl Table {
    /// The table in Markdown.
    pub fn md(&self) -> String {
        let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
        let mut out = line(self.header.iter().map(|h| md(h)).collect());
        let rule: Vec<&str> = (0..self.header.len())
            .map(|i| if i < self.figures_from { "---" } else { "---:" })
            .collect();
        out.push_str(&format!("|{}|\n", rule.join("|")));
        for row in &self.rows {
            out.push_str(&line(row.iter().map(Cell::md).collect()));
        }
        out
    }

    /// The table in HTML.
    pub fn html(&self) -> Markup {
        let class = |i: usize| (i >= self.figures_from).then_some("n");
        html! {
            table {
                tr { @for (i, h) in self.header.iter().enumerate() { th class=[class(i)] { (h) } } }
                @for row in &self.rows {
                    tr { @for (i, c) in row.iter().enumerate() { td class=[class(i)] { (c.html()) } } }
                }
            }
        }
    }

    /// The header and the rows as CSV lines (each cell made safe for a spreadsheet).
    pub fn csv(&self) -> Result<String, String> {
        let problem = |e: ::csv::Error| format!("the table could not be written as CSV: {e}");
        let mut writer = ::csv::Writer::from_writer(Vec::new());
        writer
            .write_record(self.header.iter().map(|h| super::attendance::cell(h)))
            .map_err(problem)?;
        for row in &self.rows {
            writer
                .write_record(row.iter().map(|c| super::attendance::cell(c.text())))
                .map_err(problem)?;
        }
        let bytes = writer
            .into_inner()
            .map_err(|e| format!("the table could not be written as CSV: {e}"))?;
        String::from_utf8(bytes).map_err(|e| format!("the table is not valid text: {e}"))
    }
}
