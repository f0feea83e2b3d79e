//! A guide being edited, with undo and redo of every edit.

use super::edit::{Edit, apply};
use crate::model::Guide;

/// How many edits can be undone.
pub const UNDO_DEPTH: usize = 200;

/// The guide as the editor holds it, and the versions before and after it.
#[derive(Clone, Debug)]
pub struct Document {
    guide: Guide,
    undo: Vec<Guide>,
    redo: Vec<Guide>,
    /// Counts changes (edits, undos and redos).
    revision: u64,
    /// The last edit, while more typing in its field adds to the same step to undo.
    last: Option<Edit>,
}

impl Document {
    pub fn new(guide: Guide) -> Self {
        Self {
            guide,
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
            last: None,
        }
    }

    pub fn guide(&self) -> &Guide {
        &self.guide
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Make an edit; true when the guide changed. More typing in the field just edited is part
    /// of the same step to undo.
    pub fn apply(&mut self, edit: Edit) -> bool {
        let continues = self
            .last
            .as_ref()
            .is_some_and(|last| last.same_field(&edit));
        let before = (!continues).then(|| self.guide.clone());
        if !apply(&mut self.guide, edit.clone()) {
            return false;
        }
        self.last = Some(edit);
        if let Some(before) = before {
            self.undo.push(before);
            if self.undo.len() > UNDO_DEPTH {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.revision += 1;
        true
    }

    /// The next edit starts a new step to undo (the person left the field).
    pub fn seal(&mut self) {
        self.last = None;
    }

    pub fn undo(&mut self) -> bool {
        let Some(before) = self.undo.pop() else {
            return false;
        };
        self.redo.push(std::mem::replace(&mut self.guide, before));
        self.last = None;
        self.revision += 1;
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(after) = self.redo.pop() else {
            return false;
        };
        self.undo.push(std::mem::replace(&mut self.guide, after));
        self.last = None;
        self.revision += 1;
        true
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authoring::edit::Text;
    use crate::model::Step;

    fn typed(doc: &mut Document, value: &str) {
        doc.apply(Edit::SetText {
            text: Text::Question(0),
            language: "en".into(),
            value: value.into(),
        });
    }

    #[test]
    fn typing_in_one_field_is_one_step_and_every_edit_undoes_and_redoes() {
        let mut doc = Document::new(Guide::blank("T", "en"));
        for value in ["W", "Wh", "Wha", "What?"] {
            typed(&mut doc, value);
        }
        assert!(doc.apply(Edit::SetMinutes(Step::Question(0), 25)));
        assert!(doc.apply(Edit::AddQuestion { after: Some(0) }));
        assert_eq!(doc.guide().questions.len(), 2);
        assert!(doc.undo());
        assert_eq!(doc.guide().questions.len(), 1);
        assert!(doc.undo());
        assert_eq!(doc.guide().questions[0].minutes, 20);
        assert!(doc.undo());
        assert_eq!(doc.guide().questions[0].text, "", "the typing was one step");
        assert!(!doc.undo());
        assert!(doc.redo() && doc.redo() && doc.redo());
        assert_eq!(doc.guide().questions.len(), 2);
        assert_eq!(doc.guide().questions[0].text, "What?");
        assert!(!doc.redo());
        // Leaving the field makes the next typing a new step.
        doc.seal();
        typed(&mut doc, "What now?");
        assert!(doc.undo());
        assert_eq!(doc.guide().questions[0].text, "What?");
    }
}
