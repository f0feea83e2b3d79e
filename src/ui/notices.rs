//! Messages for the person, in a strip of their own at the foot of the window that is always
//! there, one line tall: a message coming or going never moves a control, and none ever covers
//! one or takes its click. The newest is shown (all of it under the pointer), with the others
//! a click away. Information goes away by itself after a while; an error stays until it is
//! dismissed.

use crate::ui::say::{Hint, Say, said};
use egui::RichText;

use super::command::{Commands, Request};

/// How a message looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Info,
    Error,
}

/// A state a message tells of, so the message goes once the state no longer holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// The café's last changes are not saved.
    Saving,
    /// A recovery copy waits for a decision, or could not be recovered.
    Recovery,
    /// What opening the café now open had to say (read-only, reopened after a crash…): it
    /// goes when that café is closed.
    OpenCafe,
}

/// One message on screen.
struct Notice {
    /// Its own number, so a click dismisses the message it was on even when an older one
    /// went by itself in the same moment.
    id: usize,
    kind: Kind,
    text: String,
    since: std::time::Instant,
    /// The state it tells of, if it tells of one.
    topic: Option<Topic>,
}

/// The messages waiting to be read, oldest first.
#[derive(Default)]
pub struct Notices {
    items: Vec<Notice>,
    next_id: usize,
}

/// How long a piece of information stays on screen.
const INFO_SHOWN_FOR: std::time::Duration = std::time::Duration::from_secs(12);

/// The popup listing every message.
fn all_id() -> egui::Id {
    egui::Id::unique("all notices")
}

impl Notices {
    pub fn info(&mut self, text: impl Into<String>) {
        self.push(Kind::Info, text.into(), None);
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.push(Kind::Error, text.into(), None);
    }

    /// Information about a state, which goes by itself or once `topic` no longer holds.
    pub fn info_about(&mut self, topic: Topic, text: impl Into<String>) {
        self.push(Kind::Info, text.into(), Some(topic));
    }

    /// A problem that is a state: it stays until dismissed or until `topic` no longer holds.
    pub fn error_about(&mut self, topic: Topic, text: impl Into<String>) {
        self.push(Kind::Error, text.into(), Some(topic));
    }

    /// The state `topic` no longer holds: its messages go.
    pub fn clear(&mut self, topic: Topic) {
        self.items.retain(|n| n.topic != Some(topic));
    }

    fn push(&mut self, kind: Kind, text: String, topic: Option<Topic>) {
        log::info!("{text}");
        // The same message twice in a row says nothing new.
        if self.items.last().is_some_and(|n| n.text == text) {
            return;
        }
        self.items.push(Notice {
            id: self.next_id,
            kind,
            text,
            since: std::time::Instant::now(),
            topic,
        });
        self.next_id += 1;
    }

    /// Dismiss the message numbered `id` (gone already: nothing happens).
    pub fn dismiss(&mut self, id: usize) {
        self.items.retain(|n| n.id != id);
    }

    /// Let information that has been on screen long enough go; errors stay.
    fn expire(&mut self, now: std::time::Instant) {
        self.items
            .retain(|n| n.kind == Kind::Error || now.duration_since(n.since) < INFO_SHOWN_FOR);
    }

    pub fn texts(&self) -> Vec<&str> {
        self.items.iter().map(|n| n.text.as_str()).collect()
    }

    /// Draw the strip at the foot of the window (before the page, so the page sits above it).
    pub fn ui(&mut self, ui: &mut egui::Ui, commands: &mut Commands) {
        let now = std::time::Instant::now();
        self.expire(now);
        if let Some(first_info) = self
            .items
            .iter()
            .filter(|n| n.kind == Kind::Info)
            .map(|n| n.since)
            .min()
        {
            ui.ctx().request_repaint_after(
                (first_info + INFO_SHOWN_FOR).saturating_duration_since(now),
            );
        }
        let newest = self.items.last();
        let (fill, ink) = match newest.map(|n| n.kind) {
            Some(Kind::Info) => (super::theme::NOTICE_BG, super::theme::NOTICE_TEXT),
            Some(Kind::Error) => (super::theme::ERROR_BG, super::theme::ERROR_TEXT),
            None => (super::theme::palette::PAPER, ui.visuals().text_color()),
        };
        let height = ui.spacing().interact_size.y;
        egui::Panel::bottom("notices")
            .exact_size(height + 8.0)
            .resizable(false)
            .frame(
                egui::Frame::side_top_panel(ui.style())
                    .fill(fill)
                    .inner_margin(egui::Margin::symmetric(8, 4)),
            )
            .show(ui, |ui| {
                ui.horizontal_centered(|ui| self.strip_ui(ui, ink, commands));
            });
    }

    /// The newest message on one line, and its buttons at the right end.
    fn strip_ui(&self, ui: &mut egui::Ui, ink: egui::Color32, commands: &mut Commands) {
        let Some(newest) = self.items.last() else {
            return;
        };
        let lang = super::text::language(ui.ctx());
        let dismiss = Request::DismissNotice(newest.id);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .say_button(dismiss.label(lang))
                .hint(dismiss.tooltip(lang))
                .clicked()
            {
                commands.push(dismiss);
            }
            let earlier = self.items.len() - 1;
            if earlier > 0 {
                let more = crate::i18n::count(lang, "notice-earlier", earlier);
                let button = ui.say_button(more);
                egui::Popup::menu(&button)
                    .id(all_id())
                    .align(egui::RectAlign::TOP_END)
                    .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
                    .show(|ui| self.all_ui(ui, commands));
            }
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(
                    egui::Label::new(said(ui, RichText::new(&newest.text).color(ink))).truncate(),
                )
                .hint(&newest.text);
            });
        });
    }

    /// Every message, newest first, each with its own Dismiss.
    fn all_ui(&self, ui: &mut egui::Ui, commands: &mut Commands) {
        let lang = super::text::language(ui.ctx());
        let width = (ui.ctx().content_rect().width() * 0.5).clamp(280.0, 560.0);
        ui.set_max_width(width);
        for notice in self.items.iter().rev() {
            let (fill, ink) = match notice.kind {
                Kind::Info => (super::theme::NOTICE_BG, super::theme::NOTICE_TEXT),
                Kind::Error => (super::theme::ERROR_BG, super::theme::ERROR_TEXT),
            };
            egui::Frame::default()
                .fill(fill)
                .inner_margin(8.0)
                .corner_radius(6.0)
                .show(ui, |ui| {
                    ui.set_width(width);
                    ui.add(
                        egui::Label::new(said(ui, RichText::new(&notice.text).color(ink))).wrap(),
                    );
                    let dismiss = Request::DismissNotice(notice.id);
                    if ui.say_button(dismiss.label(lang)).clicked() {
                        commands.push(dismiss);
                    }
                });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn information_goes_by_itself_and_errors_stay_until_dismissed() {
        let mut n = Notices::default();
        n.info("exported");
        n.error("could not save");
        n.info("opened");
        let start = std::time::Instant::now();
        n.expire(start);
        assert_eq!(n.texts().len(), 3, "nothing goes at once");
        n.expire(start + INFO_SHOWN_FOR + std::time::Duration::from_secs(1));
        assert_eq!(n.texts(), ["could not save"]);
        // A click on the error's Dismiss, made while "exported" was still above it, still
        // dismisses the error and nothing else.
        n.error("another problem");
        n.dismiss(1);
        assert_eq!(n.texts(), ["another problem"]);
    }

    #[test]
    fn a_message_about_a_state_goes_when_the_state_does() {
        let mut n = Notices::default();
        n.error_about(Topic::Saving, "not saved");
        n.error("something else");
        n.info_about(Topic::Recovery, "a copy waits");
        n.clear(Topic::Saving);
        assert_eq!(n.texts(), ["something else", "a copy waits"]);
        n.clear(Topic::Recovery);
        assert_eq!(n.texts(), ["something else"]);
    }

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
