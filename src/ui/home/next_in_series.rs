//! "Next in the series" on Home: for each planned series with a café still to hold, what
//! comes next and the buttons that start it with its details filled in (exactly as if typed
//! in Home's form) or put them in the form.

use crate::ui::say::{Hint, Say};

use egui::{RichText, Ui};

use super::series_plan::day;
use super::{HomeState, RED};
use crate::model::series_plan::{CafeOnFile, PlannedCafe};
use crate::store::catalog::GuideEntry;
use crate::ui::command::Commands;
use crate::ui::text::{t, ta};

/// What a press on a next-in-series line asks of Home's form.
pub(super) enum PlanAction {
    /// Put this café's details in Home's form.
    Fill { series: String, cafe: PlannedCafe },
    /// Put them in the form and press start.
    Start { series: String, cafe: PlannedCafe },
}

/// The guide a planned café names: its file first, then a guide of its title.
fn guide_of<'a>(guides: &'a [GuideEntry], cafe: &PlannedCafe) -> Option<(usize, &'a GuideEntry)> {
    let usable = |e: &&GuideEntry| e.guide.is_ok();
    let by_file = guides
        .iter()
        .enumerate()
        .filter(|(_, e)| usable(e))
        .find(|(_, e)| e.file_name() == cafe.guide_file);
    by_file.or_else(|| {
        guides
            .iter()
            .enumerate()
            .filter(|(_, e)| usable(e))
            .find(|(_, e)| {
                e.guide
                    .as_ref()
                    .is_ok_and(|g| g.title.trim() == cafe.guide_title.trim())
            })
    })
}

impl HomeState {
    /// One box per planned series with a café still to hold: what comes next, and the
    /// buttons that start it or fill the form with it. Shown once the cafés on file are known,
    /// so a café already held is never offered again.
    pub(super) fn next_in_series_ui(&mut self, ui: &mut Ui, commands: &mut Commands) {
        // Back from a café, the list is read again: until then the café just held is not in
        // it, and must not be offered as next.
        if !self.recent.read || self.is_reading() {
            return;
        }
        let mut action = None;
        for series in self.plans.series() {
            let Some((_, cafe)) = series.next(&self.recent.on_file) else {
                continue;
            };
            egui::Frame::group(ui.style()).show(ui, |ui| {
                let mut args = vec![
                    ("series", series.name.clone().into()),
                    ("guide", cafe.guide_title.clone().into()),
                    ("date", day(cafe.date).into()),
                ];
                let key = if cafe.venue.is_empty() {
                    "home-plan-next-no-venue"
                } else {
                    args.push(("venue", cafe.venue.clone().into()));
                    "home-plan-next"
                };
                let mut line = ta(ui, key, &args);
                if let Some(time) = cafe.starts_at {
                    let starts = ta(ui, "home-plan-starts", &[("time", time.to_string().into())]);
                    line = format!("{line} · {starts}");
                }
                ui.horizontal_wrapped(|ui| {
                    // The buttons first, so a long line wraps beside them on a small screen.
                    if guide_of(&self.guides, cafe).is_none() {
                        ui.say(RichText::new(line).strong());
                        let gone = ta(
                            ui,
                            "home-plan-guide-gone",
                            &[("guide", cafe.guide_title.clone().into())],
                        );
                        ui.say(RichText::new(gone).color(RED));
                        return;
                    }
                    for (key, start) in [("home-plan-start", true), ("home-plan-fill", false)] {
                        let hint = t(ui, &format!("{key}-hint"));
                        if ui.say_button(t(ui, key)).hint(hint).clicked() {
                            let (series, cafe) = (series.name.clone(), cafe.clone());
                            action = Some(if start {
                                PlanAction::Start { series, cafe }
                            } else {
                                PlanAction::Fill { series, cafe }
                            });
                        }
                    }
                    ui.say(RichText::new(line).strong());
                });
            });
            ui.add_space(4.0);
        }
        if let Some(action) = action {
            self.take_plan_action(action, commands);
        }
    }

    /// Fill Home's form with a planned café, as a person would type it, and start it when
    /// asked: the start goes the start button's way (a guide with something to fix says so
    /// first). The café is dated today, the day it is run.
    fn take_plan_action(&mut self, action: PlanAction, commands: &mut Commands) {
        let (PlanAction::Fill { series, cafe } | PlanAction::Start { series, cafe }) = &action;
        let Some((index, _)) = guide_of(&self.guides, cafe) else {
            return;
        };
        self.select(Some(index));
        self.title = cafe.title_or_guide().to_owned();
        self.title_edited = !cafe.title.trim().is_empty();
        self.date = day(self.today);
        self.venue.clone_from(&cafe.venue);
        self.series.clone_from(series);
        self.typed_for = self.selected_source();
        if matches!(action, PlanAction::Start { .. }) {
            self.press_start(commands);
        }
    }
}

/// The cafés on file, as the plans compare them.
pub(super) fn on_file(rows: &[crate::review::CafeRow]) -> Vec<CafeOnFile> {
    rows.iter()
        .filter_map(|r| r.summary.as_ref().ok())
        .map(|s| CafeOnFile {
            series: s.series.clone(),
            guide: s.guide.clone(),
            date: s.date,
        })
        .collect()
}
