//! What the room sees, decided without any drawing code.

use super::{LiveState, ProjectorScreen};
use crate::model::{ActionState, Guide, Step, Wording};

/// One projector slide, with the text it carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slide {
    Black,
    White,
    MoveTables,
    Welcome {
        title: String,
        /// Written out in the room's language by the projector.
        date: chrono::NaiveDate,
        venue: String,
    },
    /// "You said, we did": the last café's themes and what came of its actions, each with
    /// its translation when one is switched on.
    YouSaid {
        /// The café reported on, and its date (written out in the room's language).
        from: String,
        date: chrono::NaiveDate,
        themes: Vec<(String, Option<String>)>,
        actions: Vec<SaidAction>,
    },
    /// Each agreement with its translation, when one is switched on.
    Agreements(Vec<(String, Option<String>)>),
    Question {
        number: usize,
        of: usize,
        text: String,
        translation: Option<String>,
    },
    Harvest,
    /// The harvest themes with how many tables raised each.
    Themes(Vec<(String, usize)>),
    /// Thanks, and what people said they will do before the next café.
    Closing {
        title: String,
        commitments: Vec<String>,
    },
}

/// An action on the "you said, we did" slide: its words (and translation) and how far it got.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaidAction {
    pub text: String,
    pub translation: Option<String>,
    pub state: ActionState,
}

/// A text and its translation into `lang`, when one is asked for and written.
fn with_translation(w: &Wording, lang: Option<&str>) -> (String, Option<String>) {
    let tr = lang.and_then(|l| w.translation(l)).map(str::to_owned);
    (w.text.clone(), tr)
}

impl Slide {
    /// The slide of `step` of a guide being prepared, as a room reading `language` would see
    /// it (a text not yet translated shows in the guide's main language): the editor's "The
    /// room sees". The welcome and closing carry the guide's title and `date`.
    pub fn preview(guide: &Guide, step: Step, language: &str, date: chrono::NaiveDate) -> Slide {
        let main = guide.main_language() == language;
        let lang = (!main).then_some(language);
        match step {
            Step::Welcome => Slide::Welcome {
                title: guide.title.clone(),
                date,
                venue: String::new(),
            },
            Step::YouSaid => Slide::YouSaid {
                from: guide.title.clone(),
                date,
                themes: Vec::new(),
                actions: Vec::new(),
            },
            Step::Agreements => Slide::Agreements(
                guide
                    .agreements
                    .iter()
                    .map(|a| (a.in_language(lang).to_owned(), None))
                    .collect(),
            ),
            Step::Question(i) => match guide.questions.get(i) {
                Some(q) => Slide::Question {
                    number: i + 1,
                    of: guide.questions.len(),
                    text: lang
                        .and_then(|l| q.translation(l))
                        .unwrap_or(&q.text)
                        .to_owned(),
                    translation: None,
                },
                None => Slide::Harvest,
            },
            Step::Harvest => Slide::Harvest,
            Step::Closing => Slide::Closing {
                title: guide.title.clone(),
                commitments: Vec::new(),
            },
        }
    }

    pub fn for_state(live: &LiveState) -> Slide {
        match live.screen {
            ProjectorScreen::Black => return Slide::Black,
            ProjectorScreen::White => return Slide::White,
            ProjectorScreen::MoveTables => return Slide::MoveTables,
            ProjectorScreen::Themes => return Slide::Themes(live.theme_summary()),
            ProjectorScreen::Normal => {}
        }
        let session = &live.session;
        let lang = session.projector.translation.as_deref();
        match live.projector_step() {
            Step::Welcome => Slide::Welcome {
                title: session.details.title.clone(),
                date: session.details.date,
                venue: session.details.venue.clone(),
            },
            Step::YouSaid => match &session.you_said {
                Some(said) => Slide::YouSaid {
                    from: said.from.title.clone(),
                    date: said.from.date,
                    themes: said
                        .themes
                        .iter()
                        .filter(|t| !t.is_blank())
                        .map(|t| with_translation(t, lang))
                        .collect(),
                    actions: said
                        .actions
                        .iter()
                        .filter(|a| !a.text.is_blank())
                        .map(|a| {
                            let (text, translation) = with_translation(&a.text, lang);
                            SaidAction {
                                text,
                                translation,
                                state: a.state,
                            }
                        })
                        .collect(),
                },
                None => Slide::Welcome {
                    title: session.details.title.clone(),
                    date: session.details.date,
                    venue: session.details.venue.clone(),
                },
            },
            Step::Agreements => Slide::Agreements(
                session
                    .guide
                    .agreements
                    .iter()
                    .map(|a| with_translation(a, lang))
                    .collect(),
            ),
            Step::Question(i) => match session.guide.questions.get(i) {
                Some(q) => Slide::Question {
                    number: i + 1,
                    of: session.guide.questions.len(),
                    text: q.text.clone(),
                    translation: lang.and_then(|l| q.translation(l)).map(str::to_owned),
                },
                None => Slide::Harvest,
            },
            Step::Harvest => Slide::Harvest,
            Step::Closing => Slide::Closing {
                title: session.details.title.clone(),
                commitments: session
                    .commitments
                    .iter()
                    .filter(|c| !c.deleted)
                    .map(|c| {
                        if c.owner.trim().is_empty() {
                            c.text.clone()
                        } else {
                            format!("{} ({})", c.text, c.owner.trim())
                        }
                    })
                    .collect(),
            },
        }
    }
}
