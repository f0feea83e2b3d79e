//! Messages for the person, shown in the lower right above everything: they never push the
//! layout down (a second click lands where the first one aimed), each can be dismissed, and
//! a page with a control bar at its foot keeps them above it ([`keep_above`]). Information
//! goes away by itself after a while; an error stays until it is dismissed.

use egui::RichText;

use super::command::AppCommand;

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

fn floor_id() -> egui::Id {
    egui::Id::unique("notices floor")
}

/// Keep this frame's notices above `y`: the top of the page's control bar at the foot of the
/// window, so a message never covers the buttons a person is about to press.
pub fn keep_above(ctx: &egui::Context, y: f32) {
    ctx.data_mut(|d| d.insert_temp(floor_id(), y));
}

/// At most this many show at once; older ones wait behind "and N more".
const SHOWN: usize = 4;

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

    /// Draw the newest messages in the lower right, above the page's control bar.
    pub fn ui(&mut self, ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        let floor = ctx
            .data_mut(|d| d.remove_temp::<f32>(floor_id()))
            .unwrap_or(ctx.content_rect().bottom());
        let now = std::time::Instant::now();
        self.expire(now);
        if self.items.is_empty() {
            return;
        }
        if let Some(first_info) = self
            .items
            .iter()
            .filter(|n| n.kind == Kind::Info)
            .map(|n| n.since)
            .min()
        {
            ctx.request_repaint_after((first_info + INFO_SHOWN_FOR).saturating_duration_since(now));
        }
        let width = (ctx.content_rect().width() * 0.4).clamp(280.0, 520.0);
        let lang = super::text::language(ctx);
        egui::Area::new(egui::Id::unique("notices"))
            .pivot(egui::Align2::RIGHT_BOTTOM)
            .fixed_pos(egui::pos2(ctx.content_rect().right() - 12.0, floor - 8.0))
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                ui.set_max_width(width);
                let first = self.items.len().saturating_sub(SHOWN);
                if first > 0 {
                    let more = crate::i18n::count(lang, "notice-earlier", first);
                    ui.label(RichText::new(more).small());
                }
                for &Notice {
                    id, kind, ref text, ..
                } in self.items.iter().skip(first)
                {
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
                                .button(AppCommand::DismissNotice(id).label(lang))
                                .on_hover_text(AppCommand::DismissNotice(id).tooltip(lang))
                                .clicked()
                            {
                                commands.push(AppCommand::DismissNotice(id));
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
