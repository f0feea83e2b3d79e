//! Search across every café's notes, themes and actions. Results are grouped by café, the
//! matching words are marked, and choosing a result opens that café's report at it.

use crate::ui::say::Say;
use std::path::PathBuf;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, RichText, Ui};

use super::{BODY, HEADING, ReviewRequest, file_label, labelled_text, table_words};
use crate::review::library::{LibraryLoader, Scan};
use crate::review::search::{CafeHits, Corpus, ItemKind, Origin, SearchHit};
use crate::ui::text::{t, ta, tn};

/// Results shown at most; more words narrow them.
pub const MAX_RESULTS: usize = 300;

/// What the search screen keeps between frames.
pub struct SearchScreen {
    loader: Option<LibraryLoader>,
    corpus: Corpus,
    /// Café titles by file, for the group headings.
    titles: Vec<(PathBuf, String)>,
    query: String,
    searched: String,
    results: Vec<CafeHits>,
    /// The search box takes the keyboard on the next frame (when the screen is shown).
    focus_query: bool,
}

impl SearchScreen {
    /// Start reading the searchable text of every café in `folders` (index in `index_dir`).
    pub fn new(
        folders: Vec<PathBuf>,
        index_dir: PathBuf,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        Self {
            loader: Some(LibraryLoader::start(folders, index_dir, true, wake)),
            corpus: Corpus::default(),
            titles: Vec::new(),
            query: String::new(),
            searched: String::new(),
            results: Vec::new(),
            focus_query: true,
        }
    }

    /// Put the keyboard in the search box, so a person can type straight away.
    pub fn focus_query(&mut self) {
        self.focus_query = true;
    }

    /// Search for `query`, as if typed (e.g. a word chosen elsewhere in the app).
    pub fn set_query(&mut self, query: &str) {
        query.clone_into(&mut self.query);
    }

    /// Take a finished scan's text (also used when the library has just scanned with search).
    pub fn set_scan(&mut self, scan: Scan) {
        self.titles = scan
            .rows
            .iter()
            .filter_map(|r| {
                r.summary
                    .as_ref()
                    .ok()
                    .map(|s| (r.path.clone(), format!("{} · {}", s.date, s.title)))
            })
            .collect();
        self.corpus = scan.corpus.unwrap_or_default();
        self.searched.clear();
    }

    pub fn ui(&mut self, ui: &mut Ui) -> Option<ReviewRequest> {
        if let Some(scan) = self.loader.as_ref().and_then(LibraryLoader::poll) {
            self.set_scan(scan);
            self.loader = None;
        }
        let mut request = None;
        ui.say(
            RichText::new(t(ui, "search-heading"))
                .size(HEADING)
                .strong(),
        );
        let field = labelled_text(ui, &t(ui, "search-field"), &mut self.query, 420.0);
        if std::mem::take(&mut self.focus_query) {
            field.request_focus();
        }
        if let Some(loader) = &self.loader {
            let (done, total) = loader.progress.get();
            let reading = ta(
                ui,
                "search-reading",
                &[("done", done.into()), ("total", total.into())],
            );
            ui.say(RichText::new(reading).size(BODY));
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
        }
        if self.query != self.searched {
            self.results = self.corpus.search(&self.query, MAX_RESULTS);
            self.searched = self.query.clone();
        }
        let count: usize = self.results.iter().map(|c| c.hits.len()).sum();
        if !self.query.trim().is_empty() {
            let found = ta(
                ui,
                "search-found",
                &[
                    ("count", count.into()),
                    ("cafes", self.results.len().into()),
                ],
            );
            ui.say(RichText::new(found).size(BODY));
        }
        crate::ui::steady::Scroll::vertical()
            .id_salt("review-search")
            .auto_shrink(false)
            .show(ui, |ui| {
                for cafe in &self.results {
                    let title = self
                        .titles
                        .iter()
                        .find(|(p, _)| *p == cafe.path)
                        .map_or_else(|| file_label(&cafe.path), |(_, t)| t.clone());
                    ui.add_space(8.0);
                    ui.say(RichText::new(title).size(BODY + 2.0).strong());
                    for hit in &cafe.hits {
                        let prefix = ta(
                            ui,
                            "search-hit",
                            &[
                                ("kind", kind_words(ui, hit.item.kind()).into()),
                                ("context", origin_words(ui, &hit.item.origin).into()),
                            ],
                        );
                        let job = highlighted(&prefix, hit, ui.visuals().text_color());
                        let hint = t(ui, "search-open-here");
                        if ui.say_link(job).on_hover_text(hint).clicked() {
                            request = Some(ReviewRequest::OpenReport {
                                path: cafe.path.clone(),
                                note: (hit.item.kind() == ItemKind::Note).then_some(hit.item.id),
                            });
                        }
                    }
                }
            });
        request
    }
}

/// What kind of record a result is, in the interface's language.
fn kind_words(ui: &Ui, kind: ItemKind) -> String {
    t(
        ui,
        match kind {
            ItemKind::Note => "search-kind-note",
            ItemKind::Theme => "search-kind-theme",
            ItemKind::Commitment => "search-kind-action",
        },
    )
}

/// Where a result was said, in the interface's language: "Table 1 · Question 6", "Theme from
/// 3 notes", "Done".
fn origin_words(ui: &Ui, origin: &Origin) -> String {
    match origin {
        Origin::Note { table, question } => {
            let table = table_words(ui, table.as_ref().map(|(n, name)| (*n, name.as_str())));
            match question {
                Some(q) => ta(
                    ui,
                    "search-note-place",
                    &[("table", table.into()), ("number", (q + 1).into())],
                ),
                None => table,
            }
        }
        Origin::Theme { notes } => tn(ui, "search-theme-from", *notes),
        Origin::Commitment { done } => ta(
            ui,
            "search-action-state",
            &[("done", if *done { "yes" } else { "no" }.into())],
        ),
    }
}

/// `prefix` (what and where), then the hit's text with its matches on a yellow background.
fn highlighted(prefix: &str, hit: &SearchHit, color: Color32) -> LayoutJob {
    let font = FontId::proportional(BODY);
    let plain = TextFormat::simple(font.clone(), color);
    let marked = TextFormat {
        background: crate::ui::theme::palette::MARK,
        color: Color32::BLACK,
        ..TextFormat::simple(font, color)
    };
    let mut job = LayoutJob::default();
    job.append(prefix, 0.0, plain.clone());
    let text = &hit.item.text;
    let mut at = 0;
    for r in &hit.highlights {
        if r.start < at
            || r.end > text.len()
            || !text.is_char_boundary(r.start)
            || !text.is_char_boundary(r.end)
        {
            continue;
        }
        job.append(&text[at..r.start], 0.0, plain.clone());
        job.append(&text[r.clone()], 0.0, marked.clone());
        at = r.end;
    }
    job.append(&text[at..], 0.0, plain);
    job
}
