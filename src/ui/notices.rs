//! Messages for the person, shown in a corner above everything: they never push the layout
//! down (a second click lands where the first one aimed), and each can be dismissed.

use egui::RichText;

use super::command::AppCommand;

/// How a message looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Info,
    Error,
}

/// The messages waiting to be read, oldest first.
#[derive(Default)]
pub struct Notices {
    items: Vec<(Kind, String)>,
}

/// At most this many show at once; older ones wait behind "and N more".
const SHOWN: usize = 4;

impl Notices {
    pub fn info(&mut self, text: impl Into<String>) {
        self.push(Kind::Info, text.into());
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.push(Kind::Error, text.into());
    }

    fn push(&mut self, kind: Kind, text: String) {
        log::info!("{text}");
        // The same message twice in a row says nothing new.
        if self.items.last().is_some_and(|(_, t)| *t == text) {
            return;
        }
        self.items.push((kind, text));
    }

    pub fn dismiss(&mut self, index: usize) {
        if index < self.items.len() {
            self.items.remove(index);
        }
    }

    pub fn texts(&self) -> Vec<&str> {
        self.items.iter().map(|(_, t)| t.as_str()).collect()
    }

    /// Draw the newest messages in the lower right corner of the window.
    pub fn ui(&self, ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        if self.items.is_empty() {
            return;
        }
        let width = (ctx.content_rect().width() * 0.45).clamp(280.0, 560.0);
        let lang = super::text::language(ctx);
        egui::Area::new(egui::Id::unique("notices"))
            .anchor(egui::Align2::RIGHT_BOTTOM, [-12.0, -12.0])
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                ui.set_max_width(width);
                let first = self.items.len().saturating_sub(SHOWN);
                if first > 0 {
                    let more = crate::i18n::count(lang, "notice-earlier", first);
                    ui.label(RichText::new(more).small());
                }
                for (i, (kind, text)) in self.items.iter().enumerate().skip(first) {
                    let (fill, ink) = match kind {
                        Kind::Info => (super::theme::NOTICE_BG, super::theme::NOTICE_TEXT),
                        Kind::Error => (super::theme::ERROR_BG, super::theme::ERROR_TEXT),
                    };
                    egui::Frame::default()
                        .fill(fill)
                        .stroke(egui::Stroke::new(1.0, ink))
                        .inner_margin(10.0)
                        .corner_radius(6.0)
                        .show(ui, |ui| {
                            ui.set_width(width);
                            ui.horizontal(|ui| {
                                ui.add(egui::Label::new(RichText::new(text).color(ink)).wrap());
                            });
                            if ui
                                .button(AppCommand::DismissNotice(i).label(lang))
                                .on_hover_text(AppCommand::DismissNotice(i).tooltip(lang))
                                .clicked()
                            {
                                commands.push(AppCommand::DismissNotice(i));
                            }
                        });
                    ui.add_space(6.0);
                }
            });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_messages_show_once_and_dismiss_removes_the_right_one() {
        let mut n = Notices::default();
        n.info("a");
        n.info("a");
        n.error("b");
        assert_eq!(n.texts(), ["a", "b"]);
        n.dismiss(0);
        assert_eq!(n.texts(), ["b"]);
        n.dismiss(7);
        assert_eq!(n.texts(), ["b"]);
    }
}
