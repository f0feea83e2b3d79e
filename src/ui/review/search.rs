//! Search across every café's notes, themes and actions. Results are grouped by café, the
//! matching words are marked, and choosing a result opens that café's report at it.

use crate::ui::say::{Hint, Say};
use std::path::PathBuf;
use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, RichText, Ui};

use super::{BODY, HEADING, ReviewRequest, labelled_text, table_words};
use crate::review::search::{CafeHits, ItemKind, Origin, SearchEvent, SearchHit, Searching};
use crate::ui::text::{t, ta, tn};

/// Results shown at most; more words narrow them.
pub const MAX_RESULTS: usize = 300;

/// What the search screen keeps between frames.
pub struct SearchScreen {
    folders: Vec<PathBuf>,
    index_dir: PathBuf,
    wake: Arc<dyn Fn() + Send + Sync>,
    /// The search running now, if any (a newer query stops it).
    searching: Option<Searching>,
    query: String,
    /// The query whose results are shown (or being found).
    searched: Option<String>,
    results: Vec<CafeHits>,
    /// A problem saving the index, in plain words.
    index_problem: Option<String>,
    /// The search box takes the keyboard on the next frame (when the screen is shown).
    focus_query: bool,
}

impl SearchScreen {
    /// A search of every café in `folders` (index in `index_dir`); `wake` asks for a repaint
    /// when results come in. It starts by bringing the index up to date in the background.
    pub fn new(
        folders: Vec<PathBuf>,
        index_dir: PathBuf,
        wake: impl Fn() + Send + Sync + 'static,
    ) -> Self {
        Self {
            folders,
            index_dir,
            wake: Arc::new(wake),
            searching: None,
            query: String::new(),
            searched: None,
            results: Vec::new(),
            index_problem: None,
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

    /// Start searching for the query typed, stopping the search before it.
    fn start(&mut self) {
        if let Some(old) = self.searching.take() {
            old.stop();
        }
        self.results.clear();
        let wake = Arc::clone(&self.wake);
        self.searching = Some(Searching::start(
            self.folders.clone(),
            self.index_dir.clone(),
            self.query.clone(),
            MAX_RESULTS,
            move || wake(),
        ));
        self.searched = Some(self.query.clone());
    }

    /// Take in what the running search found since the last frame.
    fn poll(&mut self) {
        let Some(searching) = &self.searching else {
            return;
        };
        let mut done = false;
        for event in searching.poll() {
            match event {
                SearchEvent::Found(hits) => self.results.push(hits),
                SearchEvent::Done(searched) => {
                    self.index_problem = searched.index_problem;
                    done = true;
                }
            }
        }
        if done {
            self.searching = None;
        }
    }

    pub fn ui(&mut self, ui: &mut Ui) -> Option<ReviewRequest> {
        if self.searched.as_deref() != Some(self.query.as_str()) {
            self.start();
        }
        self.poll();
        let mut request = None;
        ui.say(
            RichText::new(t(ui, "search-heading"))
                .size(HEADING)
                .strong(),
        );
        let field = labelled_text(ui, &t(ui, "search-field"), &mut self.query, 420.0);
        // Asked for on a frame of its own: egui takes the focus back from a box when the
        // pointer is pressed elsewhere in the same frame (on the tab that opened Search).
        let pointer_busy = ui.input(|i| i.pointer.any_pressed() || i.pointer.any_released());
        if self.focus_query && !pointer_busy {
            self.focus_query = false;
            field.request_focus();
        } else if self.focus_query {
            ui.ctx().request_repaint();
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
        if let Some(searching) = &self.searching {
            let (done, total) = searching.progress.get();
            let still = if total > done {
                ta(
                    ui,
                    "search-reading",
                    &[("done", done.into()), ("total", total.into())],
                )
            } else {
                t(ui, "search-looking")
            };
            ui.say(RichText::new(still).size(BODY).weak());
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
        }
        if let Some(problem) = &self.index_problem {
            ui.say_colored(crate::ui::theme::palette::ALERT, problem);
        }
        crate::ui::steady::Scroll::vertical()
            .id_salt("review-search")
            .auto_shrink(false)
            .show(ui, |ui| {
                for cafe in &self.results {
                    let title = format!("{} · {}", cafe.date, cafe.title);
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
                        if ui.say_link(job).hint(hint).clicked() {
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
