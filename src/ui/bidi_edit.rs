//! A text box that edits right-to-left text as a reader expects: Arabic and Hebrew read in
//! order, the caret stands where the next letter goes, Left and Right move the way the arrows
//! point, a click lands between the letters under the pointer, and the selection covers the
//! letters it holds.
//!
//! It is egui's `TextEdit` (typing, Backspace and Delete on the letters before and after the
//! caret, copy, cut, paste, undo, the keyboard's focus) over a layout of its own: each row of
//! the text is drawn in visual order by [`super::bidi`], while the row's glyph list stays in
//! reading order, one glyph per letter at the place that letter is drawn, so egui's caret
//! positions (letter indices) keep meaning the same letters. egui would draw the caret and the
//! selection from those glyphs as if every letter ran left to right; here they are drawn from
//! each letter's direction instead. Text without a right-to-left letter is egui's own box.

use std::sync::Arc;

use egui::text::{CCursor, CCursorRange, LayoutJob, TextFormat};
use egui::text_edit::{TextEditOutput, TextEditState};
use egui::{Color32, Event, Galley, Id, Key, Pos2, Rect, TextEdit, Ui, Vec2, pos2, vec2};
use unicode_bidi::BidiInfo;

use super::bidi::{line_ranges, needs_bidi, run_pieces};
use super::fonts::{needs_whole_words, whole_words_family};

/// Where each letter of a row is drawn: its left and right edge and whether it reads right to
/// left, in reading order.
struct Cell {
    left: f32,
    right: f32,
    rtl: bool,
}

/// A one-line box for `text` with the id `id` (or the next automatic one), set up by `build`
/// (width, hint...), which may read the `Ui` the box goes in.
pub fn singleline(
    ui: &mut Ui,
    id: impl Into<Option<Id>>,
    text: &mut String,
    build: impl for<'a> FnOnce(TextEdit<'a>, &Ui) -> TextEdit<'a>,
) -> TextEditOutput {
    let id = id.into().unwrap_or_else(|| ui.next_auto_id());
    show(ui, id, text, false, build)
}

/// A box of several lines for `text` with the id `id`, set up by `build`.
pub fn multiline(
    ui: &mut Ui,
    id: impl Into<Option<Id>>,
    text: &mut String,
    build: impl for<'a> FnOnce(TextEdit<'a>, &Ui) -> TextEdit<'a>,
) -> TextEditOutput {
    let id = id.into().unwrap_or_else(|| ui.next_auto_id());
    show(ui, id, text, true, build)
}

fn show(
    ui: &mut Ui,
    id: Id,
    text: &mut String,
    multiline: bool,
    build: impl for<'a> FnOnce(TextEdit<'a>, &Ui) -> TextEdit<'a>,
) -> TextEditOutput {
    let focused = ui.memory(|m| m.has_focus(id));
    let was_bidi = needs_bidi(text);
    if focused && was_bidi {
        move_by_arrows(ui, id, text);
    }
    // The box's font: the one its screen set for text (`override_font_id`), else the body's.
    let font = ui
        .style()
        .override_font_id
        .clone()
        .unwrap_or_else(|| egui::TextStyle::Body.resolve(ui.style()));
    let color = ui.visuals().widgets.inactive.text_color();
    let mut layouter = move |ui: &Ui, buf: &dyn egui::TextBuffer, wrap_width: f32| {
        let text = buf.as_str();
        // In one face, as every label (see `say`); the rows keep the box's own height, so the
        // box does not grow when a letter needing the other face is typed.
        let mut face = font.clone();
        if face.family == egui::FontFamily::Proportional && needs_whole_words(text) {
            face.family = whole_words_family();
        }
        let mut format = TextFormat::simple(face, color);
        format.line_height = Some(ui.fonts_mut(|f| f.row_height(&font)));
        ui.fonts_mut(|f| edit_galley(f, text, &format, wrap_width, multiline))
    };
    // The box's own caret and selection colours, and the screen's back after it.
    let screen = ui.visuals().clone();
    let visuals = ui.visuals_mut();
    visuals.text_cursor.stroke.color = Color32::TRANSPARENT;
    if was_bidi {
        visuals.selection.bg_fill = Color32::TRANSPARENT;
    }
    let edit = if multiline {
        TextEdit::multiline(text)
    } else {
        TextEdit::singleline(text)
    };
    let output = build(edit, ui).id(id).layouter(&mut layouter).show(ui);
    *ui.visuals_mut() = screen;
    after_show(ui, id, output)
}

/// Left and Right (with Shift to select) move by what the person sees: a step left is the
/// letter to the left, whichever way the text reads there.
fn move_by_arrows(ui: &mut Ui, id: Id, text: &str) {
    let Some(galley) = last_galley(ui.ctx(), id, text) else {
        return;
    };
    let Some(mut state) = TextEditState::load(ui.ctx(), id) else {
        return;
    };
    let Some(mut range) = state.cursor.char_range() else {
        return;
    };
    let mut moved = false;
    ui.input_mut(|i| {
        i.events.retain(|event| {
            let Event::Key {
                key: key @ (Key::ArrowLeft | Key::ArrowRight),
                pressed: true,
                modifiers,
                ..
            } = event
            else {
                return true;
            };
            if modifiers.command || modifiers.alt || modifiers.ctrl {
                return true;
            }
            let left = *key == Key::ArrowLeft;
            range = step(&galley, text, range, left, modifiers.shift);
            moved = true;
            false
        });
    });
    if moved {
        state.cursor.set_char_range(Some(range));
        state.store(ui.ctx(), id);
    }
}

/// The caret after one step left (or right) from `range`; with `select`, the selection grows.
pub fn step(
    galley: &Galley,
    text: &str,
    range: CCursorRange,
    left: bool,
    select: bool,
) -> CCursorRange {
    let cells = cells(galley, text);
    let caret = range.primary;
    if !select && range.primary != range.secondary {
        // A selection collapses to its edge on the side of the arrow.
        let x = |c: CCursor| caret_x(galley, &cells, c.index.0);
        let (a, b) = (range.primary, range.secondary);
        let pick = if (x(a) < x(b)) == left { a } else { b };
        return CCursorRange::one(pick);
    }
    let row = galley.layout_from_cursor(caret).row;
    let stops = row_stops(galley, &cells, row);
    let here = stops.iter().position(|(p, _)| *p == caret.index.0);
    let next = here.and_then(|i| {
        if left {
            i.checked_sub(1)
        } else {
            (i + 1 < stops.len()).then_some(i + 1)
        }
    });
    let len = text.chars().count();
    let index = match next {
        Some(i) => stops[i].0,
        None => {
            // Past the row's edge: on to the next letter in reading order of that row's way.
            let rtl = row_reads_rtl(galley, &cells, row);
            let forward = left == rtl;
            if forward {
                (caret.index.0 + 1).min(len)
            } else {
                caret.index.0.saturating_sub(1)
            }
        }
    };
    let new = CCursor::new(index);
    if select {
        CCursorRange::two(range.secondary, new).with_primary(new)
    } else {
        CCursorRange::one(new)
    }
}

trait WithPrimary {
    fn with_primary(self, primary: CCursor) -> Self;
}

impl WithPrimary for CCursorRange {
    fn with_primary(mut self, primary: CCursor) -> Self {
        if self.primary != primary {
            std::mem::swap(&mut self.primary, &mut self.secondary);
        }
        self
    }
}

/// Caret places of `row` (letter index, x) from left to right.
fn row_stops(galley: &Galley, cells: &[Cell], row: usize) -> Vec<(usize, f32)> {
    let start: usize = galley.rows[..row]
        .iter()
        .map(|r| r.char_count_including_newline().0)
        .sum();
    let placed = &galley.rows[row];
    let count = placed.char_count_excluding_newline().0;
    let last = row + 1 == galley.rows.len() || placed.ends_with_newline;
    let end = if last {
        start + count
    } else {
        start + count.saturating_sub(1)
    };
    let mut stops: Vec<(usize, f32)> = (start..=end)
        .map(|p| (p, caret_x(galley, cells, p)))
        .collect();
    stops.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    stops
}

fn row_reads_rtl(galley: &Galley, cells: &[Cell], row: usize) -> bool {
    let start: usize = galley.rows[..row]
        .iter()
        .map(|r| r.char_count_including_newline().0)
        .sum();
    let count = galley.rows[row].char_count_excluding_newline().0;
    let rtl = cells[start..start + count].iter().filter(|c| c.rtl).count();
    rtl * 2 > count
}

/// Each letter's place on screen, in reading order (newlines get an empty cell at their row's
/// end).
fn cells(galley: &Galley, text: &str) -> Vec<Cell> {
    let bidi = BidiInfo::new(text, None);
    let levels: Vec<bool> = text
        .char_indices()
        .map(|(b, _)| bidi.levels.get(b).is_some_and(unicode_bidi::Level::is_rtl))
        .collect();
    let mut out = Vec::with_capacity(levels.len());
    for placed in &galley.rows {
        for g in &placed.row.glyphs {
            let left = placed.pos.x + g.pos.x;
            out.push(Cell {
                left,
                right: left + g.advance_width,
                rtl: levels.get(out.len()).copied().unwrap_or(false),
            });
        }
        if placed.ends_with_newline {
            let x = placed.pos.x + placed.row.size.x;
            out.push(Cell {
                left: x,
                right: x,
                rtl: false,
            });
        }
    }
    out
}

/// Where the caret stands before letter `p`: on the side of that letter where reading
/// begins (its right edge if it reads right to left); at the end of a row, after its last
/// letter.
fn caret_x(galley: &Galley, cells: &[Cell], p: usize) -> f32 {
    let at = galley.layout_from_cursor(CCursor::new(p));
    let placed = &galley.rows[at.row.min(galley.rows.len().saturating_sub(1))];
    let in_row = at.column.0 < placed.char_count_excluding_newline().0;
    match (
        in_row,
        cells.get(p),
        p.checked_sub(1).and_then(|q| cells.get(q)),
    ) {
        (true, Some(c), _) => {
            if c.rtl {
                c.right
            } else {
                c.left
            }
        }
        (_, _, Some(before)) if at.column.0 > 0 => {
            if before.rtl {
                before.left
            } else {
                before.right
            }
        }
        _ => {
            placed.pos.x
                + if placed.row.glyphs.is_empty() {
                    0.0
                } else {
                    placed.row.size.x
                }
        }
    }
}

/// The letter index nearest to `pos` (relative to the galley).
fn index_at(galley: &Galley, text: &str, pos: Vec2) -> usize {
    let cells = cells(galley, text);
    let row = galley
        .rows
        .iter()
        .position(|r| pos.y < r.max_y())
        .unwrap_or(galley.rows.len().saturating_sub(1));
    row_stops(galley, &cells, row)
        .into_iter()
        .min_by(|a, b| (a.1 - pos.x).abs().total_cmp(&(b.1 - pos.x).abs()))
        .map_or(0, |(p, _)| p)
}

fn galley_key(id: Id) -> Id {
    id.with("bidi galley")
}

fn last_galley(ctx: &egui::Context, id: Id, text: &str) -> Option<Arc<Galley>> {
    ctx.data(|d| d.get_temp::<Arc<Galley>>(galley_key(id)))
        .filter(|g| g.text() == text)
}

/// After egui's box: the pointer's caret by what is drawn, the caret and the selection painted.
fn after_show(ui: &mut Ui, id: Id, mut output: TextEditOutput) -> TextEditOutput {
    let galley = output.galley.clone();
    let text = galley.text().to_owned();
    ui.ctx()
        .data_mut(|d| d.insert_temp(galley_key(id), galley.clone()));
    let bidi = needs_bidi(&text);
    if bidi {
        super::say::register_box(ui.ctx(), &text);
    }
    let response = output.response.response.clone();
    let to_galley = |p: Pos2| p - output.galley_pos;
    if bidi
        && response.is_pointer_button_down_on()
        && let Some(pointer) = ui.input(|i| i.pointer.interact_pos())
    {
        {
            let p = CCursor::new(index_at(&galley, &text, to_galley(pointer)));
            let pressed = ui.input(|i| i.pointer.any_pressed());
            let range = match output.cursor_range {
                Some(r) if !pressed => CCursorRange::two(r.secondary, p).with_primary(p),
                _ => CCursorRange::one(p),
            };
            output.state.cursor.set_char_range(Some(range));
            output.state.clone().store(ui.ctx(), id);
            output.cursor_range = Some(range);
        }
    }
    let focused = ui.memory(|m| m.has_focus(id));
    let Some(range) = output.cursor_range.filter(|_| focused) else {
        return output;
    };
    let painter = ui.painter().with_clip_rect(output.text_clip_rect);
    let row_height = galley.rows.first().map_or(16.0, |r| r.height());
    let caret = if bidi {
        let cells = cells(&galley, &text);
        if range.primary != range.secondary {
            paint_selection(ui, &painter, &galley, &cells, range, output.galley_pos);
        }
        let at = galley.layout_from_cursor(range.primary);
        let y = galley
            .rows
            .get(at.row)
            .map_or(0.0, egui::epaint::text::PlacedRow::min_y);
        let x = caret_x(&galley, &cells, range.primary.index.0);
        Rect::from_min_size(pos2(x, y), vec2(0.0, row_height))
            .translate(output.galley_pos.to_vec2())
            .expand(1.5)
    } else {
        egui::text_selection::text_cursor_state::cursor_rect(&galley, &range.primary, row_height)
            .translate(output.galley_pos.to_vec2())
    };
    let since = interaction_time(ui, id, &text, range);
    egui::text_selection::visuals::paint_text_cursor(ui, &painter, caret, since);
    output
}

/// Seconds since the text or the caret last changed, for the caret's blink.
fn interaction_time(ui: &Ui, id: Id, text: &str, range: CCursorRange) -> f64 {
    let now = ui.input(|i| i.time);
    let key = id.with("bidi caret");
    let fingerprint = (
        egui::util::hash(text),
        range.primary.index.0,
        range.secondary.index.0,
    );
    ui.ctx().data_mut(|d| {
        let entry = d.get_temp_mut_or_insert_with(key, || (fingerprint, now));
        if entry.0 != fingerprint {
            *entry = (fingerprint, now);
        }
        now - entry.1
    })
}

fn paint_selection(
    ui: &Ui,
    painter: &egui::Painter,
    galley: &Galley,
    cells: &[Cell],
    range: CCursorRange,
    origin: Pos2,
) {
    let [from, to] = range.sorted_cursors();
    let fill = ui.visuals().selection.bg_fill.gamma_multiply(0.5);
    let mut start = 0;
    for placed in &galley.rows {
        let count = placed.char_count_including_newline().0;
        for p in start.max(from.index.0)..(start + count).min(to.index.0) {
            if let Some(c) = cells.get(p) {
                let rect = Rect::from_min_max(
                    pos2(c.left, placed.min_y()),
                    pos2(c.right.max(c.left + 3.0), placed.max_y()),
                );
                painter.rect_filled(rect.translate(origin.to_vec2()), 0.0, fill);
            }
        }
        start += count;
    }
}

/// The box's layout: egui's own for text without a right-to-left letter; else each row in
/// visual order with its glyphs in reading order (see the module's notes), wrapped at
/// `wrap_width` with spaces kept at the end of the row they end.
pub fn edit_galley(
    fonts: &mut egui::epaint::text::FontsView<'_>,
    text: &str,
    format: &TextFormat,
    wrap_width: f32,
    wraps: bool,
) -> Arc<Galley> {
    if !needs_bidi(text) {
        let mut job = LayoutJob::single_section(text.to_owned(), format.clone());
        job.wrap.max_width = if wraps { wrap_width } else { f32::INFINITY };
        job.keep_trailing_whitespace = true;
        return fonts.layout_job(job);
    }
    let break_at = if wraps { wrap_width } else { f32::INFINITY };
    let lines = edit_lines(fonts, text, format, break_at);
    let bidi = BidiInfo::new(text, None);
    let mut job = LayoutJob::default();
    job.wrap.max_width = f32::INFINITY;
    job.keep_trailing_whitespace = true;
    let mut line_cells: Vec<Vec<(usize, f32, f32)>> = Vec::new();
    let mut line_rtl = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let para = bidi
            .paragraphs
            .iter()
            .find(|p| p.range.contains(&line.start))
            .or(bidi.paragraphs.last());
        let mut cells = Vec::new();
        let mut x = 0.0;
        if let Some(para) = para.filter(|_| !line.is_empty()) {
            line_rtl.push(para.level.is_rtl());
            let (levels, runs) = bidi.visual_runs(para, line.clone());
            for run in runs {
                let rtl = levels
                    .get(run.start)
                    .is_some_and(unicode_bidi::Level::is_rtl);
                let first = text[..run.start].chars().count();
                for piece in run_pieces(&text[run.clone()], rtl) {
                    let shaped = fonts.layout_no_wrap(
                        piece.text.clone(),
                        format.font_id.clone(),
                        format.color,
                    );
                    let width = shaped.size().x;
                    let glyphs: Vec<(f32, f32)> = shaped
                        .rows
                        .iter()
                        .flat_map(|r| r.row.glyphs.iter().map(|g| (g.pos.x, g.advance_width)))
                        .collect();
                    let n = piece.chars.len();
                    for (k, at) in piece.chars.iter().enumerate() {
                        let (left, w) = if glyphs.len() == n {
                            glyphs[k]
                        } else {
                            (width * k as f32 / n as f32, width / n as f32)
                        };
                        cells.push((first + at, x + left, w));
                    }
                    x += width;
                    let start = job.text.len();
                    job.text.push_str(&piece.text);
                    job.sections.push(egui::text::LayoutSection {
                        leading_space: 0.0,
                        byte_range: egui::epaint::text::ByteIndex(start)
                            ..egui::epaint::text::ByteIndex(job.text.len()),
                        format: format.clone(),
                    });
                }
            }
        } else {
            line_rtl.push(para.is_some_and(|p| p.level.is_rtl()));
        }
        cells.sort_by_key(|c| c.0);
        line_cells.push(cells);
        if i + 1 < lines.len() {
            job.append("\n", 0.0, format.clone());
        }
    }
    let visual = fonts.layout_job(job);
    let mut galley = (*visual).clone();
    let width = if wrap_width.is_finite() {
        wrap_width
    } else {
        visual.rect.width()
    };
    let mut bounds = Rect::NOTHING;
    let mut height = 0.0_f32;
    for (i, placed) in galley.rows.iter_mut().enumerate() {
        let cells = line_cells.get(i).map_or(&[][..], Vec::as_slice);
        let template = placed.row.glyphs.first().copied();
        let row = Arc::make_mut(&mut placed.row);
        if let Some(template) = template {
            row.glyphs = cells
                .iter()
                .map(|&(at, left, w)| {
                    let mut g = template;
                    g.chr = text.chars().nth(at).unwrap_or(' ');
                    g.pos.x = left;
                    g.advance_width = w;
                    g.first_vertex = 0;
                    g
                })
                .collect();
        }
        let used = row.size.x;
        let rtl = line_rtl.get(i).copied().unwrap_or(false);
        placed.pos.x = if rtl { (width - used).max(0.0) } else { 0.0 };
        placed.ends_with_newline = lines
            .get(i)
            .is_some_and(|l| text[l.end..].starts_with('\n'));
        bounds = bounds.union(row.visuals.mesh_bounds.translate(placed.pos.to_vec2()));
        height = height.max(placed.pos.y + row.size.y);
    }
    galley.rect = Rect::from_min_size(Pos2::ZERO, Vec2::new(width, height));
    galley.mesh_bounds = bounds;
    let mut stored = LayoutJob::single_section(text.to_owned(), format.clone());
    stored.wrap.max_width = wrap_width;
    galley.job = Arc::new(stored);
    Arc::new(galley)
}

/// Byte ranges of the box's rows: every letter in one row, a wrapping space at the end of the
/// row it ends, newlines left out.
fn edit_lines(
    fonts: &mut egui::epaint::text::FontsView<'_>,
    text: &str,
    format: &TextFormat,
    wrap_width: f32,
) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for paragraph in text.split('\n') {
        let rows = line_ranges(
            paragraph,
            |w| {
                fonts
                    .layout_no_wrap(w.to_owned(), format.font_id.clone(), format.color)
                    .size()
                    .x
            },
            wrap_width,
        );
        let count = rows.len();
        for (i, row) in rows.into_iter().enumerate() {
            let end = if i + 1 < count {
                row.end + 1
            } else {
                paragraph.len()
            };
            let start = out
                .last()
                .filter(|_| i > 0)
                .map_or(offset + row.start, |r: &std::ops::Range<usize>| r.end);
            out.push(start..offset + end.min(paragraph.len()));
        }
        offset += paragraph.len() + 1;
    }
    out
}
