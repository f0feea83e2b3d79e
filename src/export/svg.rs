//! Charts drawn as inline SVG, so an HTML export needs no other file and no script. Every bar
//! carries its number as text, so colour is never the only way to read it.

use maud::{Markup, html};

/// One group of bars: a label and one value per series: a bar, or the words said in its
/// place ("fewer than 5", "no figure") when it may not or cannot be drawn.
pub struct Row {
    pub label: String,
    pub values: Vec<Result<f64, String>>,
}

const LABEL_W: f64 = 230.0;
const BAR_H: f64 = 16.0;
const GAP: f64 = 10.0;
const WIDTH: f64 = 720.0;
const CLASSES: [&str; 3] = ["a", "b", "c"];

/// A horizontal bar chart: for each row, one bar per series, with a legend above.
pub fn bars(caption: &str, series: &[&str], rows: &[Row], unit: &str) -> Markup {
    let max = rows
        .iter()
        .flat_map(|r| r.values.iter().filter_map(|v| v.as_ref().ok()).copied())
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let per_row = BAR_H * series.len().max(1) as f64 + GAP;
    let legend_h = 26.0;
    let height = legend_h + per_row * rows.len() as f64 + 4.0;
    // Room on the right for the longest value text ("Actual: 125 min").
    let span = WIDTH - LABEL_W - 140.0;
    html! {
        figure {
            svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img"
                viewBox=(format!("0 0 {WIDTH} {height:.0}")) aria-label=(caption) {
                title { (caption) }
                @for (s, name) in series.iter().enumerate() {
                    rect class=(CLASSES[s % 3]) x=(format!("{:.0}", LABEL_W + s as f64 * 170.0))
                        y="4" width="14" height="14" {}
                    text x=(format!("{:.0}", LABEL_W + 20.0 + s as f64 * 170.0)) y="16" { (name) }
                }
                @for (i, row) in rows.iter().enumerate() {
                    @let top = legend_h + per_row * i as f64;
                    text x=(format!("{:.0}", LABEL_W - 8.0)) y=(format!("{:.1}", top + BAR_H * 0.8))
                        text-anchor="end" { (short(&row.label)) }
                    @for (s, v) in row.values.iter().enumerate() {
                        @let y = top + BAR_H * s as f64;
                        @let w = v.as_ref().map_or(0.0, |v| (v / max * span).max(0.0));
                        @if w > 0.0 {
                            rect class=(CLASSES[s % 3]) x=(format!("{LABEL_W:.0}")) y=(format!("{y:.1}"))
                                width=(format!("{w:.1}")) height=(format!("{:.1}", BAR_H - 2.0)) {}
                        }
                        text x=(format!("{:.1}", LABEL_W + w + 5.0)) y=(format!("{:.1}", y + BAR_H * 0.75)) {
                            @match v {
                                Ok(v) => { (series[s % series.len().max(1)]) ": " (number(*v)) " " (unit) }
                                Err(words) => { (series[s % series.len().max(1)]) ": " (words) }
                            }
                        }
                    }
                }
            }
            figcaption { (caption) }
        }
    }
}

fn short(label: &str) -> String {
    if label.chars().count() > 30 {
        let cut: String = label.chars().take(29).collect();
        format!("{cut}…")
    } else {
        label.to_owned()
    }
}

/// A number with no decimals when it is whole, one otherwise.
pub fn number(v: f64) -> String {
    if (v - v.round()).abs() < 0.05 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}
