//! Turning key presses into commands, in the order they were typed.
//!
//! A fast typist (or a clicker) can put several keys into one frame. egui hands a frame's text
//! to the focused box all at once, so a command key in the middle of typing would act before the
//! letters typed ahead of it, and the letters after it would land in the wrong box. Here each
//! frame carries at most one command key: what was typed before it is handled first, and what
//! comes after it waits for the next frame, when the command has done its work (switched the
//! table, moved the keyboard). Tab, which moves the keyboard to the next box, ends a frame's
//! keys the same way.

use egui::{Event, Key};

use super::command::{AppCommand, Focus, Place};

/// Keyboard events held back for the next frame.
#[derive(Default)]
pub struct KeyRouter {
    held: Vec<Event>,
}

fn is_keyboard(event: &Event) -> bool {
    matches!(
        event,
        Event::Key { .. }
            | Event::Text(_)
            | Event::Paste(_)
            | Event::Copy
            | Event::Cut
            | Event::Ime(_)
    )
}

/// Whether the event puts something into a text box (or edits it).
fn is_typing(event: &Event) -> bool {
    matches!(
        event,
        Event::Key { pressed: true, .. } | Event::Text(_) | Event::Paste(_) | Event::Ime(_)
    )
}

/// Whether `text` is what pressing `key` types.
fn produced_by(key: Key, text: &str) -> bool {
    let name = key.symbol_or_name();
    let own = match key {
        Key::Space => " ",
        _ => name,
    };
    text.eq_ignore_ascii_case(own)
}

impl KeyRouter {
    /// The command key of this frame, if any, taken out of `ctx`'s input together with the text
    /// it produced (Alt+1 also types "1" on some systems). Keys typed after it are held for the
    /// next frame; a repaint is requested for them.
    pub fn route(&mut self, ctx: &egui::Context, place: Place, focus: Focus) -> Option<AppCommand> {
        let (found, held_more) = ctx.input_mut(|input| {
            let mut events = std::mem::take(&mut self.held);
            events.append(&mut input.events);
            let mut kept = Vec::with_capacity(events.len());
            let mut found = None;
            let mut typed = false;
            let mut rest = events.into_iter();
            while let Some(event) = rest.next() {
                let command = match &event {
                    Event::Key {
                        key,
                        modifiers,
                        pressed: true,
                        ..
                    } => AppCommand::for_key(*key, *modifiers, place, focus),
                    _ => None,
                };
                // Tab moves the keyboard to the next box only at the end of this frame: what is
                // typed after it waits for the next frame, so it lands in that box.
                let moves_focus = matches!(
                    event,
                    Event::Key {
                        key: Key::Tab,
                        pressed: true,
                        ..
                    }
                );
                if command.is_none() && moves_focus {
                    if typed {
                        self.held.push(event);
                    } else {
                        kept.push(event);
                    }
                    break;
                }
                match command {
                    Some(_) if typed => {
                        // Let the typing before it land first.
                        self.held.push(event);
                        break;
                    }
                    Some(command) => {
                        found = Some(command);
                        // The text this very key produced (Alt+1 types "1" on some systems)
                        // belongs to the command, not a box.
                        let mut after: Vec<Event> = rest.by_ref().collect();
                        if let (Some(Event::Text(t)), Event::Key { key, .. }) =
                            (after.first(), &event)
                            && produced_by(*key, t)
                        {
                            after.remove(0);
                        }
                        rest = after.into_iter();
                        break;
                    }
                    None => {
                        typed |= is_typing(&event);
                        kept.push(event);
                    }
                }
            }
            for event in rest {
                if is_keyboard(&event) {
                    self.held.push(event);
                } else {
                    kept.push(event);
                }
            }
            input.events = kept;
            (found, !self.held.is_empty())
        });
        if held_more {
            ctx.request_repaint();
        }
        found
    }
}
