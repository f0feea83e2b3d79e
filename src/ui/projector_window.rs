//! The projector's native window: which screen it goes to, fullscreen, and remembering both
//! with the café so a resumed café puts the projector back where it was.

/// A screen the system knows about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Monitor {
    pub name: String,
    pub width: u32,
    pub height: u32,
    /// The presenter's window is on this screen.
    pub has_presenter: bool,
    /// The system gave the screen no name: `name` is "Screen N" and menus say it in the
    /// person's language.
    pub unnamed: Option<usize>,
}

impl Monitor {
    /// "HDMI-1 (1024×768)", for menus, in `lang`.
    pub fn label(&self, lang: crate::i18n::Lang) -> String {
        let name = match self.unnamed {
            Some(number) => {
                crate::i18n::tr_args(lang, "projector-screen", &[("number", number.into())])
            }
            None => self.name.clone(),
        };
        format!("{name} ({}×{})", self.width, self.height)
    }
}

/// The projector window's state.
#[derive(Default)]
pub struct Projector {
    pub open: bool,
    /// The screen (by index) the projector fills, when fullscreen.
    pub fullscreen: Option<usize>,
    /// The screens, as the system lists them (empty until looked up).
    pub monitors: Vec<Monitor>,
    /// The screen to fill once the screens are known (remembered with the café).
    pub wanted: Option<String>,
    /// The window is opening for the first time this evening, or F5 asked for it back:
    /// choose its screen.
    pub placing: bool,
    /// The screen it last filled, so F5 puts it back there after it left fullscreen.
    pub last_screen: Option<String>,
    pub(super) fit: super::projector::FitCache,
}

impl Projector {
    /// The names of the screens, for menus, in `lang`.
    pub fn monitor_labels(&self, lang: crate::i18n::Lang) -> Vec<String> {
        self.monitors.iter().map(|m| m.label(lang)).collect()
    }

    /// Where the projector goes: the remembered screen if it is there; on a first opening
    /// with two or more screens, one the presenter is not on; otherwise a window.
    pub fn choose_screen(&self) -> Option<usize> {
        if let Some(name) = &self.wanted {
            return self.monitors.iter().position(|m| &m.name == name);
        }
        if !self.placing || self.monitors.len() < 2 {
            return None;
        }
        self.monitors.iter().position(|m| !m.has_presenter)
    }

    /// The screen name to remember with the café.
    pub fn fullscreen_name(&self) -> Option<String> {
        self.fullscreen
            .and_then(|i| self.monitors.get(i))
            .map(|m| m.name.clone())
    }
}

/// The screens as the system reports them, marking the one the presenter's window is on
/// (`None` without a native window, as in tests).
pub fn monitors_of(frame: &eframe::Frame) -> Option<Vec<Monitor>> {
    let window = frame.winit_window()?;
    let current = window.current_monitor().and_then(|m| m.name());
    let monitors = window
        .available_monitors()
        .enumerate()
        .map(|(i, m)| {
            let size = m.size();
            // The fallback name is remembered with the café, so it stays the same in every
            // language; menus translate it.
            let unnamed = m.name().is_none().then_some(i + 1);
            let name = m.name().unwrap_or_else(|| format!("Screen {}", i + 1));
            Monitor {
                unnamed,
                has_presenter: current.as_deref() == Some(name.as_str()),
                name,
                width: size.width,
                height: size.height,
            }
        })
        .collect();
    Some(monitors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen(name: &str, presenter: bool) -> Monitor {
        Monitor {
            name: name.into(),
            width: 1024,
            height: 768,
            has_presenter: presenter,
            unnamed: None,
        }
    }

    #[test]
    fn the_first_opening_goes_to_the_screen_the_presenter_is_not_on() {
        let mut p = Projector {
            placing: true,
            monitors: vec![screen("eDP-1", true), screen("HDMI-1", false)],
            ..Projector::default()
        };
        assert_eq!(p.choose_screen(), Some(1));
        p.monitors = vec![screen("HDMI-1", false), screen("eDP-1", true)];
        assert_eq!(p.choose_screen(), Some(0));
        p.monitors.truncate(1);
        assert_eq!(
            p.choose_screen(),
            None,
            "one screen: a window, not fullscreen"
        );
        p.placing = false;
        p.monitors = vec![screen("eDP-1", true), screen("HDMI-1", false)];
        assert_eq!(p.choose_screen(), None, "reopened by hand: a window");
    }

    #[test]
    fn a_remembered_screen_is_found_by_name_and_a_missing_one_means_a_window() {
        let p = Projector {
            wanted: Some("HDMI-1".into()),
            monitors: vec![screen("HDMI-1", false), screen("eDP-1", true)],
            ..Projector::default()
        };
        assert_eq!(p.choose_screen(), Some(0));
        let gone = Projector {
            wanted: Some("DP-3".into()),
            monitors: vec![screen("eDP-1", true)],
            ..Projector::default()
        };
        assert_eq!(gone.choose_screen(), None);
    }

    #[test]
    fn a_screen_without_a_name_is_named_in_the_persons_language() {
        let es = crate::i18n::Lang::from_code("es").expect("Spanish");
        let mut m = screen("Screen 2", false);
        m.unnamed = Some(2);
        assert_eq!(m.label(crate::i18n::Lang::ENGLISH), "Screen 2 (1024×768)");
        assert_eq!(m.label(es), "Pantalla 2 (1024×768)");
        assert_eq!(screen("HDMI-1", false).label(es), "HDMI-1 (1024×768)");
    }
}
