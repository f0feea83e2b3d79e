//! A guide written out as Markdown, so that [`super::read`] gives the same guide back.

use super::quote::{inline, is_plain, quote};
use super::{fixed_step, notes_line_needs_escape, question_prefix};
use crate::model::{Guide, Question, Resource, Wording};
use std::collections::BTreeMap;

/// One line of output.
macro_rules! put {
    ($o:expr, $($arg:tt)*) => {{
        $o.push_str(&format!($($arg)*));
        $o.push('\n');
    }};
}

/// The guide as Markdown text.
pub fn write(guide: &Guide) -> String {
    let mut languages = guide.languages.clone();
    for lang in guide.used_languages() {
        if !languages.contains(&lang) {
            languages.push(lang);
        }
    }
    let mut out = String::with_capacity(256 + guide.questions.len() * 1024);
    out.push_str("---\n");
    put!(out, "title: {}", inline(&guide.title));
    put!(out, "purpose: {}", inline(&guide.purpose));
    if !languages.is_empty() {
        put!(out, "languages: {}", languages.join(", "));
    }
    if let Some(t) = guide.plan.starts_at {
        put!(out, "starts: {t}");
    }
    if let Some(t) = guide.plan.ends_by {
        put!(out, "ends: {t}");
    }
    out.push_str("---\n\n");
    put!(out, "# Welcome\nminutes: {}\n", guide.plan.welcome_minutes);
    put!(
        out,
        "# Café agreements\nminutes: {}",
        guide.plan.agreements_minutes
    );
    for a in &guide.agreements {
        item(&mut out, a, &languages);
    }
    out.push('\n');
    for q in &guide.questions {
        question(&mut out, q, &languages);
    }
    put!(out, "# Harvest\nminutes: {}\n", guide.plan.harvest_minutes);
    put!(out, "# Closing\nminutes: {}", guide.plan.closing_minutes);
    out
}

/// The text of a question's heading: quoted when it would otherwise read as a fixed step, a
/// "Question 3:" prefix, or not at all.
fn heading(text: &str) -> String {
    if is_plain(text)
        && fixed_step(text).is_none()
        && question_prefix(text) == 0
        && !text.starts_with('#')
    {
        text.to_owned()
    } else {
        quote(text)
    }
}

/// Each translation of a text, in the order of the guide's languages.
fn in_order<'a>(
    translations: &'a BTreeMap<String, String>,
    languages: &'a [String],
) -> impl Iterator<Item = (&'a str, &'a str)> {
    languages
        .iter()
        .filter_map(|l| translations.get(l).map(|t| (l.as_str(), t.as_str())))
}

fn item(out: &mut String, wording: &Wording, languages: &[String]) {
    put!(out, "- {}", inline(&wording.text));
    for (lang, text) in in_order(&wording.translations, languages) {
        put!(out, "  {lang}: {}", inline(text));
    }
}

fn question(out: &mut String, q: &Question, languages: &[String]) {
    put!(out, "# {}", heading(&q.text));
    for (lang, text) in in_order(&q.translations, languages) {
        put!(out, "{lang}: {}", inline(text));
    }
    put!(out, "minutes: {}", q.minutes);
    if !q.points.is_empty() {
        out.push_str("\nPoints:\n");
        for p in &q.points {
            item(out, p, languages);
        }
    }
    if !q.notes.text.is_empty() || !q.notes.translations.is_empty() {
        out.push_str("\nNotes:");
        notes_block(out, &q.notes.text, languages);
        for (lang, text) in in_order(&q.notes.translations, languages) {
            out.push_str(lang);
            out.push(':');
            notes_block(out, text, languages);
        }
    }
    if !q.resources.is_empty() {
        out.push_str("\nResources:\n");
        for r in &q.resources {
            resource(out, r, languages);
        }
    }
    out.push('\n');
}

/// A notes text after its label (`Notes:` or `es:`): on the lines below, or quoted on the
/// label's line when lines cannot hold it exactly (it begins or ends with a blank line).
fn notes_block(out: &mut String, text: &str, languages: &[String]) {
    let lines: Vec<&str> = text.split('\n').collect();
    let edge_blank = |l: Option<&&str>| l.is_some_and(|l| l.trim().is_empty());
    if text.is_empty() {
        out.push('\n');
        return;
    }
    if text.contains('\r') || edge_blank(lines.first()) || edge_blank(lines.last()) {
        put!(out, " {}", quote(text));
        return;
    }
    out.push('\n');
    for line in lines {
        if notes_line_needs_escape(line, languages) {
            out.push('\\');
        }
        out.push_str(line);
        out.push('\n');
    }
}

/// `title: detail`, the title quoted when it holds `: ` itself or cannot stand plain.
fn resource_line(title: Option<&str>, detail: Option<&str>) -> String {
    let title_text = title.unwrap_or_default();
    let title_part = if is_plain(title_text) && !title_text.contains(": ") {
        title_text.to_owned()
    } else {
        quote(title_text)
    };
    match detail {
        Some(d) if !d.is_empty() => format!("{title_part}: {}", inline(d)),
        _ => title_part,
    }
}

fn resource(out: &mut String, r: &Resource, languages: &[String]) {
    put!(
        out,
        "- {}",
        resource_line(Some(&r.title.text), Some(&r.detail.text))
    );
    for lang in languages {
        let title = r.title.translations.get(lang).map(String::as_str);
        let detail = r.detail.translations.get(lang).map(String::as_str);
        if title.is_some() || detail.is_some() {
            put!(out, "  {lang}: {}", resource_line(title, detail));
        }
    }
}
