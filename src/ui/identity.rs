//! Who the app's windows say they are. Every window carries the one app id and the one icon
//! that also name the installed desktop entry, icon files, metainfo and file type
//! (`assets/desktop/`, `assets/icons/`), so the task bar, the menu and the file manager agree.
//! On X11 the id is the window's `WM_CLASS`, on Wayland its app id.

use std::sync::{Arc, OnceLock};

use egui::{IconData, ViewportBuilder};

use crate::store::preferences::WindowPlace;

/// The app's id: reverse domain name, as the desktop entry's file name and AppStream want it.
pub const APP_ID: &str = "org.cafehost.CafeHost";

/// The window's title before any café is open (the name in the menu entry).
pub const APP_NAME: &str = "Café Host";

/// The icon the windows show, drawn in `assets/icons/org.cafehost.CafeHost.svg` and rendered
/// at the size task bars and window switchers scale down from.
const ICON_PNG: &[u8] =
    include_bytes!("../../assets/icons/hicolor/256x256/apps/org.cafehost.CafeHost.png");

/// The icon, decoded once; `None` only if the embedded PNG is broken (a test makes sure it is
/// not), and then the windows go without one rather than the app failing to start.
pub fn icon() -> Option<Arc<IconData>> {
    static ICON: OnceLock<Option<Arc<IconData>>> = OnceLock::new();
    ICON.get_or_init(|| match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => Some(Arc::new(icon)),
        Err(e) => {
            log::warn!("the app's icon could not be read: {e}");
            None
        }
    })
    .clone()
}

/// `builder` with the app's id and icon: every window the app opens goes through here.
pub fn identified(builder: ViewportBuilder) -> ViewportBuilder {
    let builder = builder.with_app_id(APP_ID);
    match icon() {
        Some(icon) => builder.with_icon(icon),
        None => builder,
    }
}

/// The main window: the presenter console, Home, the tables and the review of past cafés,
/// where it was when it last closed (see [`super::window::viewport`]).
pub fn main_viewport(remembered: Option<&WindowPlace>) -> ViewportBuilder {
    identified(super::window::viewport(remembered))
}
