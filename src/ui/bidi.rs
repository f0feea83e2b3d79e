//! Right-to-left text drawn right: Arabic and Hebrew questions, agreements and notes read
//! from the right, wrapped lines come in reading order, and numbers and English words inside
//! them keep their own left-to-right order.
//!
//! egui shapes each font run with harfrust (so Arabic letters join), but lays runs out left to
//! right in the order they are stored and wraps that, so an Arabic sentence came out with its
//! words reversed and its wrapped lines swapped. Here the Unicode bidirectional algorithm
//! (`unicode-bidi`) finds each paragraph's direction and each line's runs; egui measures where
//! the lines break; each line is then handed to egui in visual order, one piece per run of
//! right-to-left letters, and right-to-left paragraphs are aligned to the right.
//!
//! Text without any right-to-left character takes egui's own path, unchanged.

use std::ops::Range;
use std::sync::Arc;

use egui::epaint::text::ByteIndex;
use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Color32, FontId, Galley, Rect, Response, RichText, Ui, Vec2};
use unicode_bidi::{BidiClass, BidiInfo, bidi_class};
use unicode_script::{Script, UnicodeScript};

/// Whether `text` needs the bidirectional algorithm: it holds a right-to-left letter, an
/// Arabic number or an explicit direction mark.
pub fn needs_bidi(text: &str) -> bool {
    // Nothing below Hebrew (U+0590) reads right to left: Latin text costs one quick pass.
    text.chars().any(|c| {
        c >= '\u{0590}'
            && matches!(
                bidi_class(c),
                BidiClass::R
                    | BidiClass::AL
                    | BidiClass::AN
                    | BidiClass::RLE
                    | BidiClass::RLO
                    | BidiClass::RLI
            )
    })
}

/// Whether the first paragraph of `text` reads right to left (its first strong letter is
/// right-to-left).
pub fn is_rtl(text: &str) -> bool {
    needs_bidi(text)
        && BidiInfo::new(text, None)
            .paragraphs
            .first()
            .is_some_and(|p| p.level.is_rtl())
}

/// A label for guide and note text in any direction: wraps at the available width, puts
/// right-to-left lines in reading order and aligns right-to-left paragraphs to the mirror of
/// `align` (a left-aligned console shows Arabic on the right; centred stays centred).
/// Drawn through the one text path ([`super::say`]).
pub fn bidi_label(
    ui: &mut Ui,
    text: &str,
    font_id: FontId,
    color: Color32,
    align: Align,
) -> Response {
    let rich = RichText::new(text).font(font_id).color(color);
    let shown = super::say::said_wrapped(ui, rich, align);
    ui.add(egui::Label::new(shown).wrap())
}

/// Lay `text` out in lines no wider than `max_width`, each line in visual order, every
/// paragraph aligned within `0..max_width` (right-to-left ones to the mirror of `align`).
/// Left-to-right text is laid out exactly as egui does it.
pub fn bidi_galley(
    fonts: &mut egui::epaint::text::FontsView<'_>,
    text: &str,
    font_id: FontId,
    color: Color32,
    max_width: f32,
    align: Align,
) -> Arc<Galley> {
    if !needs_bidi(text) || !can_draw_rtl_letters(fonts, text, &font_id) {
        let mut job = LayoutJob::simple(text.to_owned(), font_id, color, max_width);
        job.halign = align;
        return fonts.layout_job(job);
    }
    bidi_galley_in(
        fonts,
        text,
        &TextFormat::simple(font_id, color),
        max_width,
        align,
    )
}

/// [`bidi_galley`] for text that needs the bidirectional algorithm, in the style `format`
/// (its font, colour, italics, underline...). The galley keeps `text` as its text (in reading
/// order, for screen readers and tests) while its rows show it in visual order.
pub fn bidi_galley_in(
    fonts: &mut egui::epaint::text::FontsView<'_>,
    text: &str,
    format: &TextFormat,
    max_width: f32,
    align: Align,
) -> Arc<Galley> {
    let logical = text;
    // One line break however the text ends its lines.
    let text = &text.replace("\r\n", "\n");
    let font_id = format.font_id.clone();
    let color = format.color;
    let lines = line_ranges(
        text,
        |word| {
            fonts
                .layout_no_wrap(word.to_owned(), font_id.clone(), color)
                .size()
                .x
        },
        max_width,
    );
    let bidi = BidiInfo::new(text, None);
    let mut job = LayoutJob::default();
    job.wrap.max_width = f32::INFINITY;
    let mut row_aligns = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let para = bidi
            .paragraphs
            .iter()
            .find(|p| p.range.contains(&line.start))
            .or(bidi.paragraphs.last());
        let Some(para) = para else {
            continue;
        };
        row_aligns.push(if para.level.is_rtl() {
            mirror(align)
        } else {
            align
        });
        let (levels, runs) = bidi.visual_runs(para, line.clone());
        for run in runs {
            let rtl = levels
                .get(run.start)
                .is_some_and(unicode_bidi::Level::is_rtl);
            append_run(&mut job, &text[run], rtl, format);
        }
        if i + 1 < lines.len() {
            job.append("\n", 0.0, format.clone());
        }
    }
    let mut galley = place_rows(fonts.layout_job(job), &row_aligns, max_width);
    let mut stored = LayoutJob::single_section(logical.to_owned(), format.clone());
    stored.wrap.max_width = max_width;
    Arc::make_mut(&mut galley).job = Arc::new(stored);
    galley
}

/// Whether some font can draw the right-to-left letters of `text`. When none can, they show as
/// boxes that carry no meaning, and laying the text out right to left would only mirror the
/// English beside them and swap its digits: the text is then laid out as it is stored.
fn can_draw_rtl_letters(
    fonts: &mut egui::epaint::text::FontsView<'_>,
    text: &str,
    font_id: &FontId,
) -> bool {
    text.chars()
        .filter(|c| *c >= '\u{0590}' && matches!(bidi_class(*c), BidiClass::R | BidiClass::AL))
        .any(|c| fonts.has_glyph(font_id, c))
}

/// The byte range of each line when `text` is wrapped at spaces to fit `max_width`, a word
/// wider than the line standing alone (newlines end a line and are left out). The widths of
/// words do not depend on their order, so this is measured on the text as stored. (egui's own
/// wrapping cannot be reused: its glyph count per character is off for right-to-left runs.)
pub(crate) fn line_ranges(
    text: &str,
    mut width_of: impl FnMut(&str) -> f32,
    max_width: f32,
) -> Vec<Range<usize>> {
    let space = width_of(" ");
    let mut out = Vec::new();
    let mut offset = 0_usize;
    // Every paragraph separator the bidirectional algorithm knows ends a line, so no line
    // spans two of its paragraphs.
    for paragraph in text.split(|c| bidi_class(c) == BidiClass::B) {
        let mut start = offset;
        let mut used = 0.0_f32;
        let mut pos = offset;
        for word in paragraph.split(' ') {
            let w = if word.is_empty() { 0.0 } else { width_of(word) };
            if used > 0.0 && used + space + w > max_width {
                out.push(start..pos.saturating_sub(1).max(start));
                start = pos;
                used = w;
            } else {
                used += if pos == start { w } else { space + w };
            }
            pos += word.len() + 1;
        }
        out.push(start..offset + paragraph.len());
        let separator = text[offset + paragraph.len()..]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        offset += paragraph.len() + separator;
    }
    out
}

/// Scripts harfrust shapes right to left (it reverses their glyphs itself).
fn shaped_rtl(c: char) -> bool {
    matches!(
        c.script(),
        Script::Arabic
            | Script::Hebrew
            | Script::Syriac
            | Script::Thaana
            | Script::Nko
            | Script::Adlam
            | Script::Samaritan
            | Script::Mandaic
    )
}

/// Append one bidi run in visual order. egui shapes each piece it is given on its own and
/// lays pieces out left to right, so a right-to-left run is cut into pieces — each stretch of
/// right-to-left letters (which harfrust joins and reverses itself) and each other character —
/// and the pieces are appended last first. In a left-to-right run, a stretch that harfrust
/// would reverse (Arabic-Indic digits) is handed over reversed so it comes out in order.
fn append_run(job: &mut LayoutJob, run: &str, rtl: bool, format: &TextFormat) {
    for piece in run_pieces(run, rtl) {
        push_piece(job, &piece.text, format);
    }
}

/// One piece of a line in visual order: the text handed to egui, and the place (in chars from
/// the start of the run) of each of its letters from left to right as egui draws them.
pub(crate) struct Piece {
    pub text: String,
    pub chars: Vec<usize>,
}

/// The pieces of one bidi run, left to right (see [`append_run`]).
pub(crate) fn run_pieces(run: &str, rtl: bool) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut letters = String::new();
    let mut letter_at = Vec::new();
    for (i, c) in run.chars().enumerate() {
        let joins = shaped_rtl(c) || (c.script() == Script::Inherited && !letters.is_empty());
        if joins {
            letters.push(c);
            letter_at.push(i);
            continue;
        }
        if !letters.is_empty() {
            pieces.push(letter_piece(
                std::mem::take(&mut letters),
                std::mem::take(&mut letter_at),
            ));
        }
        let shown = if rtl { mirrored(c) } else { c };
        pieces.push(Piece {
            text: shown.to_string(),
            chars: vec![i],
        });
    }
    if !letters.is_empty() {
        pieces.push(letter_piece(letters, letter_at));
    }
    if rtl {
        pieces.reverse();
    } else {
        for piece in &mut pieces {
            if piece.text.chars().any(shaped_rtl) {
                // Handed over reversed, shaped reversed again: drawn in reading order.
                piece.text = piece.text.chars().rev().collect();
                piece.chars.reverse();
            }
        }
        // Keep left-to-right text in one piece where it can be, so it shapes as today.
        if !pieces.iter().any(|p| p.text.chars().any(shaped_rtl)) {
            let text = pieces.iter().map(|p| p.text.as_str()).collect();
            let chars = pieces
                .iter()
                .flat_map(|p| p.chars.iter().copied())
                .collect();
            pieces = vec![Piece { text, chars }];
        }
    }
    pieces
}

/// A stretch of right-to-left letters: harfrust draws its last letter leftmost.
fn letter_piece(text: String, mut chars: Vec<usize>) -> Piece {
    chars.reverse();
    Piece { text, chars }
}

/// Add `piece` as a section of its own. (`LayoutJob::append` would merge it into the previous
/// section of the same format, and egui would then shape an Arabic word and the Arabic comma
/// after it as one right-to-left run, putting the comma on the wrong side once the pieces of
/// the line are in visual order.)
fn push_piece(job: &mut LayoutJob, piece: &str, format: &TextFormat) {
    let start = job.text.len();
    job.text.push_str(piece);
    job.sections.push(egui::text::LayoutSection {
        leading_space: 0.0,
        byte_range: ByteIndex(start)..ByteIndex(job.text.len()),
        format: format.clone(),
    });
}

/// The mirror image of a bracket for right-to-left text (Unicode's Bidi_Mirrored pairs in
/// common use).
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

fn mirror(align: Align) -> Align {
    match align {
        Align::Min => Align::Max,
        Align::Max => Align::Min,
        Align::Center => Align::Center,
    }
}

/// Move each row to its alignment within `0..width` (or the widest row when `width` is
/// unbounded), ignoring spaces at either end.
fn place_rows(galley: Arc<Galley>, aligns: &[Align], width: f32) -> Arc<Galley> {
    let mut galley = (*galley).clone();
    let spans: Vec<Option<(f32, f32)>> = galley
        .rows
        .iter()
        .map(|placed| {
            let visible = placed
                .row
                .glyphs
                .iter()
                .filter(|g| !g.chr.is_whitespace() && g.advance_width > 0.0);
            visible.fold(None, |span, g| {
                let (lo, hi) = span.unwrap_or((f32::INFINITY, f32::NEG_INFINITY));
                Some((lo.min(g.pos.x), hi.max(g.pos.x + g.advance_width)))
            })
        })
        .collect();
    let width = if width.is_finite() {
        width
    } else {
        spans
            .iter()
            .flatten()
            .map(|(lo, hi)| hi - lo)
            .fold(0.0, f32::max)
    };
    let mut bounds = Rect::NOTHING;
    let mut height = 0.0_f32;
    for (i, placed) in galley.rows.iter_mut().enumerate() {
        if let Some(Some((min_x, max_x))) = spans.get(i) {
            let used = max_x - min_x;
            let left = match aligns.get(i).copied().unwrap_or(Align::Min) {
                Align::Min => 0.0,
                Align::Center => (width - used) / 2.0,
                Align::Max => width - used,
            };
            placed.pos.x = left - min_x;
        }
        bounds = bounds.union(
            placed
                .row
                .visuals
                .mesh_bounds
                .translate(placed.pos.to_vec2()),
        );
        height = height.max(placed.pos.y + placed.row.size.y);
    }
    galley.rect = Rect::from_min_size(egui::Pos2::ZERO, Vec2::new(width, height));
    galley.mesh_bounds = bounds;
    Arc::new(galley)
}
