//! The guide's goodbye check: the question families answer with five faces at the door, and
//! an optional second one answered yes, maybe or no. A guide that says nothing asks the
//! standard questions, in the room's words ("How welcome did you feel tonight?", "Will you
//! come again?").

use serde::{Deserialize, Serialize};

use super::Wording;

/// The goodbye check's questions.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct GoodbyeQuestions {
    /// The question answered with five faces; blank: the standard words.
    #[serde(default)]
    pub welcome: Wording,
    /// The question answered yes, maybe or no; blank: the standard words; `None`: not asked.
    #[serde(default = "standard_again")]
    pub again: Option<Wording>,
}

fn standard_again() -> Option<Wording> {
    Some(Wording::default())
}

impl Default for GoodbyeQuestions {
    fn default() -> Self {
        Self {
            welcome: Wording::default(),
            again: standard_again(),
        }
    }
}

impl GoodbyeQuestions {
    /// Whether these are the standard questions, both asked (nothing to write in a file).
    pub fn is_standard(&self) -> bool {
        *self == Self::default()
    }

    /// The texts the guide writes itself.
    pub fn wordings(&self) -> impl Iterator<Item = &Wording> {
        std::iter::once(&self.welcome).chain(self.again.iter())
    }

    /// Call `f` on each text with its translations.
    pub fn for_each_text(
        &mut self,
        f: &mut dyn FnMut(&mut String, &mut std::collections::BTreeMap<String, String>),
    ) {
        f(&mut self.welcome.text, &mut self.welcome.translations);
        if let Some(again) = &mut self.again {
            f(&mut again.text, &mut again.translations);
        }
    }
}
