//! The series screen's follow-through: first visits against returning people, what came of
//! each café's actions by the next café, and the goodbye check across cafés, each as a chart
//! and, under it, a table of the same figures with their n. A group of fewer than five people
//! has no bar and reads "fewer than 5"; one held back so that it cannot be subtracted reads
//! "at least" a bound (the one rule, `model::groups`, through `review::follow`).

use egui::{RichText, Ui};
use egui_plot::Bar;

use super::{BODY, slot_chart_ui, solid_bars};
use crate::model::goodbye::FACES;
use crate::model::groups::Shown;
use crate::review::series::{SeriesCafe, SeriesSummary};
use crate::ui::say::Say;
use crate::ui::text::{t, ta};
use crate::ui::theme::chart_colour;

/// The words of the five faces, the saddest first.
const FACE_KEYS: [&str; FACES] = [
    "series-face-1",
    "series-face-2",
    "series-face-3",
    "series-face-4",
    "series-face-5",
];

/// A count as the one rule allows it: "12", "fewer than 5" or "at least 8".
pub(crate) fn shown_text(ui: &Ui, shown: Shown) -> String {
    match shown {
        Shown::Count(n) => n.to_string(),
        Shown::FewerThan => t(ui, "series-fewer-than-five"),
        Shown::HeldBack(n) => ta(ui, "series-at-least", &[("count", n.into())]),
    }
}

/// The bar of a count at slot `x`, when it may have one.
pub(crate) fn shown_bar(x: f64, width: f64, shown: Shown) -> Option<Bar> {
    shown.bar().map(|n| Bar::new(x, n).width(width))
}

/// A table of figures: a header row of `header` message keys, then `rows`.
fn figures_grid(ui: &mut Ui, id: &str, header: &[&str], rows: &[Vec<String>]) {
    let header: Vec<String> = header.iter().map(|k| t(ui, k)).collect();
    words_grid(ui, id, &header, rows);
}

/// A table of figures under a header row of `header`'s words.
fn words_grid(ui: &mut Ui, id: &str, header: &[String], rows: &[Vec<String>]) {
    egui::Grid::new(id)
        .striped(true)
        .spacing([24.0, 4.0])
        .show(ui, |ui| {
            for words in header {
                ui.say(RichText::new(words).size(BODY).strong());
            }
            ui.end_row();
            for row in rows {
                for cell in row {
                    ui.say(RichText::new(cell).size(BODY));
                }
                ui.end_row();
            }
        });
    ui.add_space(8.0);
}

/// A chart of two bars per café, side by side: for each, its name's message key, its count at
/// each café (`None`, or a count that may not be a number: no bar) and its colour's number.
fn pair_chart_ui(
    ui: &mut Ui,
    id: &str,
    dates: &[String],
    pair: [(&str, Vec<Option<Shown>>, usize); 2],
) {
    let charts: Vec<(String, Vec<Bar>, usize)> = pair
        .into_iter()
        .zip([-0.2, 0.2])
        .map(|((key, counts, colour), offset)| {
            let bars = counts
                .into_iter()
                .enumerate()
                .filter_map(|(i, n)| shown_bar(i as f64 + offset, 0.4, n?))
                .collect();
            (t(ui, key), bars, colour)
        })
        .collect();
    let names: Vec<&str> = charts.iter().map(|(name, _, _)| name.as_str()).collect();
    slot_chart_ui(ui, id, 180.0, dates.to_vec(), &names, |plot| {
        for (name, bars, colour) in &charts {
            plot.bar_chart(solid_bars(name, bars.clone(), chart_colour(*colour)));
        }
    });
}

fn subheading_ui(ui: &mut Ui, key: &str) {
    ui.say(RichText::new(t(ui, key)).size(BODY + 4.0).strong());
}

/// The cafés the table of people by role shows at most (the latest): each is a column.
const ROLE_TABLE_CAFES: usize = 8;

/// The people by role at each of the latest cafés (`dates` names the cafés from `from` on), in
/// words: a small group, which has no bar in the chart above, reads "fewer than 5" here.
pub(crate) fn roles_table_ui(ui: &mut Ui, s: &SeriesSummary, from: usize, dates: &[String]) {
    let skip = dates.len().saturating_sub(ROLE_TABLE_CAFES);
    let mut header = vec![String::new()];
    header.extend(dates[skip..].iter().cloned());
    let rows: Vec<Vec<String>> = s
        .roles_shown()
        .into_iter()
        .map(|(role, shown)| {
            let mut row = vec![crate::ui::text::role_text(ui, role)];
            row.extend(shown[from + skip..].iter().map(|n| shown_text(ui, *n)));
            row
        })
        .collect();
    words_grid(ui, "series-roles-table", &header, &rows);
}

/// First visits against returning people at each of `cafes` (the latest of the series),
/// named by `dates`.
pub(crate) fn visits_ui(ui: &mut Ui, cafes: &[SeriesCafe], dates: &[String]) {
    subheading_ui(ui, "series-visits");
    let visits: Vec<_> = cafes.iter().map(SeriesCafe::visits).collect();
    let first = visits.iter().map(|v| v.map(|v| v.first)).collect();
    let back = visits.iter().map(|v| v.map(|v| v.returning)).collect();
    pair_chart_ui(
        ui,
        "series-visits",
        dates,
        [
            ("series-first-visit", first, 0),
            ("series-returning", back, 1),
        ],
    );
    let rows: Vec<Vec<String>> = cafes
        .iter()
        .zip(&visits)
        .zip(dates)
        .map(|((c, v), date)| {
            let (first, back) = v.map_or_else(
                || (t(ui, "series-not-known"), t(ui, "series-not-known")),
                |v| (shown_text(ui, v.first), shown_text(ui, v.returning)),
            );
            vec![date.clone(), c.figures.total.to_string(), first, back]
        })
        .collect();
    figures_grid(
        ui,
        "series-visits-table",
        &[
            "series-cafe",
            "series-people",
            "series-first-visit",
            "series-returning",
        ],
        &rows,
    );
}

/// How many of each café's actions were done by the next café, beside how many it agreed.
pub(crate) fn follow_through_ui(ui: &mut Ui, cafes: &[SeriesCafe], dates: &[String]) {
    subheading_ui(ui, "series-follow-through");
    // Actions are not people: each count is a bar.
    let agreed = cafes
        .iter()
        .map(|c| Some(Shown::Count(c.follow.actions)))
        .collect();
    let done = cafes
        .iter()
        .map(|c| c.follow.done_by_next.map(Shown::Count))
        .collect();
    pair_chart_ui(
        ui,
        "series-follow-through",
        dates,
        [
            ("series-actions-agreed", agreed, 0),
            ("series-done-by-next", done, 2),
        ],
    );
    let rows: Vec<Vec<String>> = cafes
        .iter()
        .zip(dates)
        .map(|(c, date)| {
            let f = c.follow;
            vec![
                date.clone(),
                f.actions.to_string(),
                f.done_by_next
                    .map_or_else(|| t(ui, "series-no-next-cafe"), |n| n.to_string()),
                f.open.to_string(),
            ]
        })
        .collect();
    figures_grid(
        ui,
        "series-follow-table",
        &[
            "series-cafe",
            "series-actions-agreed",
            "series-done-by-next",
            "series-still-open",
        ],
        &rows,
    );
}

/// The goodbye check across cafés: each face's count stacked per café, the response rate
/// (answers of the people who came) as a line, and a table of both with their n.
pub(crate) fn goodbye_ui(ui: &mut Ui, s: &SeriesSummary, cafes: &[SeriesCafe], dates: &[String]) {
    subheading_ui(ui, "series-goodbye");
    if !s.has_goodbye() {
        super::empty_ui(ui, "series-goodbye-none");
        return;
    }
    let doors: Vec<_> = cafes.iter().map(SeriesCafe::door).collect();
    let faces: Vec<String> = FACE_KEYS.iter().rev().map(|k| t(ui, k)).collect();
    let rate_name = t(ui, "series-response-rate");
    let legend: Vec<&str> = faces.iter().map(String::as_str).collect();
    slot_chart_ui(
        ui,
        "series-goodbye",
        220.0,
        dates.to_vec(),
        &legend,
        |plot| {
            let mut below: Vec<egui_plot::BarChart> = Vec::new();
            // The happiest face at the bottom of each stack.
            for (k, name) in faces.iter().enumerate() {
                let face = FACES - 1 - k;
                let bars = doors
                    .iter()
                    .enumerate()
                    .filter_map(|(i, d)| shown_bar(i as f64, 0.6, d.as_ref()?.welcome[face]))
                    .collect();
                let chart = solid_bars(name, bars, chart_colour(k + 2));
                let refs: Vec<&egui_plot::BarChart> = below.iter().collect();
                let chart = chart.stack_on(&refs);
                below.push(chart);
            }
            for chart in below {
                plot.bar_chart(chart);
            }
        },
    );
    // The rate is a share, on its own scale from none to all (or more, when more answered
    // than were counted): a chart of its own under the answers.
    let rates: Vec<Bar> = doors
        .iter()
        .enumerate()
        .filter_map(|(i, d)| Some(Bar::new(i as f64, f64::from(d.as_ref()?.rate?)).width(0.6)))
        .collect();
    let top = rates.iter().map(|b| b.value).fold(100.0_f64, f64::max) * 1.1;
    slot_chart_ui(
        ui,
        "series-response-rate",
        140.0,
        dates.to_vec(),
        &[&rate_name],
        |plot| {
            plot.bar_chart(solid_bars(&rate_name, rates, chart_colour(0)));
            plot.set_plot_bounds_y(0.0..=top);
        },
    );
    let rows: Vec<Vec<String>> = cafes
        .iter()
        .zip(&doors)
        .zip(dates)
        .filter_map(|((c, d), date)| {
            let d = d.as_ref()?;
            let rate = d.rate.map_or_else(
                || t(ui, "series-no-figure"),
                |r| ta(ui, "series-per-cent", &[("count", r.into())]),
            );
            let mut row = vec![
                date.clone(),
                c.figures.total.to_string(),
                shown_text(ui, d.answered),
                rate,
            ];
            row.extend(d.welcome.iter().rev().map(|n| shown_text(ui, *n)));
            Some(row)
        })
        .collect();
    let mut header = vec![
        "series-cafe",
        "series-people",
        "series-answered",
        "series-response-rate",
    ];
    header.extend(FACE_KEYS.iter().rev());
    figures_grid(ui, "series-goodbye-table", &header, &rows);
}
