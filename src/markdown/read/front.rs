//! The front matter: the title, purpose, languages and clock between two `---` lines.

use super::{Reader, closest, column};
use crate::model::ClockTime;

impl<'t> Reader<'t> {
    /// Read the front matter; returns the index of the first line of the body.
    pub(super) fn front_matter(&mut self, lines: &[&'t str]) -> usize {
        let Some(first) = lines.iter().position(|l| !l.trim().is_empty()) else {
            self.error(1, 1, "the file is empty");
            return lines.len();
        };
        if lines[first].trim() != "---" {
            self.error(
                first + 1,
                1,
                "a guide starts with its front matter: a line `---`, then `title: …`, `purpose: …` and `languages: …`, and `---` again",
            );
            self.places.body = (first + 1, 1);
            return first;
        }
        let close = lines[first + 1..]
            .iter()
            .position(|l| l.trim() == "---")
            .map(|i| first + 1 + i);
        let end = close.unwrap_or_else(|| {
            self.error(
                first + 1,
                1,
                "the front matter is never closed: end it with a line `---` before the first heading",
            );
            lines[first + 1..]
                .iter()
                .position(|l| l.trim_start().starts_with('#'))
                .map_or(lines.len(), |i| first + 1 + i)
        });
        let mut seen = Vec::new();
        for (i, line) in lines.iter().enumerate().take(end).skip(first + 1) {
            self.front_line(i + 1, line, &mut seen);
        }
        let body = if close.is_some() { end + 1 } else { end };
        self.places.body = (body.min(lines.len().saturating_sub(1)) + 1, 1);
        body
    }

    pub(super) fn front_line(&mut self, n: usize, line: &'t str, seen: &mut Vec<String>) {
        if line.trim().is_empty() {
            return;
        }
        let Some((key, value)) = line.split_once(':') else {
            self.error(
                n,
                column(line, line.trim_start()),
                "write each detail of the front matter as `name: value`, for example `title: Our Café`",
            );
            return;
        };
        let name = key.trim().to_lowercase();
        let key_col = column(line, key.trim_start());
        let value_col = column(line, value.trim_start());
        if seen.contains(&name) {
            self.error(n, key_col, format!("`{}` is written twice", key.trim()));
            return;
        }
        seen.push(name.clone());
        match name.as_str() {
            "title" => {
                self.guide.title = self.value(n, line, value);
                self.places.title = Some((n, key_col));
            }
            "purpose" => self.guide.purpose = self.value(n, line, value),
            "languages" => self.languages(n, line, value),
            "starts" | "ends" => {
                let text = value.trim();
                let time = ClockTime::parse(text);
                if time.is_none() && !text.is_empty() {
                    self.error(
                        n,
                        value_col,
                        format!(
                            "`{text}` is not a time of day; write hours and minutes, like 18:30"
                        ),
                    );
                }
                if name == "starts" {
                    self.guide.plan.starts_at = time;
                } else {
                    self.guide.plan.ends_by = time;
                    self.places.ends = Some((n, key_col));
                }
            }
            _ => {
                let known = ["title", "purpose", "languages", "starts", "ends"];
                let hint = closest(&name, &known).map_or_else(
                    || format!("; the front matter holds {}", known.join(", ")),
                    |k| format!("; did you mean `{k}`?"),
                );
                self.error(
                    n,
                    key_col,
                    format!("`{}` is not something a guide has{hint}", key.trim()),
                );
            }
        }
    }

    pub(super) fn languages(&mut self, n: usize, line: &str, value: &str) {
        for code in value.split(',') {
            let c = code.trim();
            let at = column(line, code.trim_start());
            let well_formed = {
                let mut parts = c.split('-');
                let first = parts.next().unwrap_or_default();
                (2..=8).contains(&first.len())
                    && first.chars().all(|ch| ch.is_ascii_alphabetic())
                    && parts.all(|p| {
                        (1..=8).contains(&p.len()) && p.chars().all(|ch| ch.is_ascii_alphanumeric())
                    })
            };
            if c.is_empty() {
                self.error(n, at, "a language is missing between two commas");
            } else if !well_formed {
                self.error(
                    n,
                    at,
                    format!("`{c}` is not a language code; use codes such as en, es, ar, vi or zh-TW, separated by commas"),
                );
            } else if self.guide.languages.iter().any(|l| l == c) {
                self.error(n, at, format!("`{c}` is listed twice"));
            } else {
                self.guide.languages.push(c.to_owned());
            }
        }
    }
}
