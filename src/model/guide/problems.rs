//! What a person should fix in a guide before the evening. The same checks run in the editor as
//! the guide is typed, on Home, and in `cafe-host check`. A guide with problems still loads,
//! can be saved, and can be run (starting a café from it warns first); each problem is a typed
//! value, worded in English here for the command line and in the person's language by the
//! interface.

use std::fmt;

use super::{Guide, STEP_MINUTES, language_name};
use crate::model::Step;

/// One thing to fix, with the facts needed to show it beside the field it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuideProblem {
    NoTitle,
    NoQuestions,
    /// The question (by index) has no text in the guide's main language.
    QuestionWithoutText {
        question: usize,
    },
    /// The question has no discussion points for the facilitator.
    QuestionWithoutPoints {
        question: usize,
    },
    /// The question is not written in one of the guide's languages.
    QuestionNotTranslated {
        question: usize,
        language: String,
    },
    /// The agreement (by index) is not written in one of the guide's languages.
    AgreementNotTranslated {
        agreement: usize,
        language: String,
    },
    /// A step plans no time, or more than an evening holds.
    Minutes {
        step: Step,
        minutes: u32,
    },
    /// The steps add up to more than the time between the start and the planned end.
    OverPlannedEnd {
        minutes_over: u64,
    },
}

impl GuideProblem {
    /// The step of the agenda the problem belongs to, if it belongs to one.
    pub fn step(&self) -> Option<Step> {
        match self {
            GuideProblem::NoTitle
            | GuideProblem::NoQuestions
            | GuideProblem::OverPlannedEnd { .. } => None,
            GuideProblem::QuestionWithoutText { question }
            | GuideProblem::QuestionWithoutPoints { question }
            | GuideProblem::QuestionNotTranslated { question, .. } => {
                Some(Step::Question(*question))
            }
            GuideProblem::AgreementNotTranslated { .. } => Some(Step::Agreements),
            GuideProblem::Minutes { step, .. } => Some(*step),
        }
    }

    /// A missing translation is work still to do, not a mistake: it is shown more gently.
    pub fn is_missing_translation(&self) -> bool {
        matches!(
            self,
            GuideProblem::QuestionNotTranslated { .. }
                | GuideProblem::AgreementNotTranslated { .. }
        )
    }
}

/// A step as the English messages name it.
fn step_words(step: Step) -> String {
    match step {
        Step::Welcome => "the welcome".to_owned(),
        Step::YouSaid => "\"you said, we did\"".to_owned(),
        Step::Agreements => "the café agreements".to_owned(),
        Step::Question(i) => format!("question {}", i + 1),
        Step::Harvest => "the harvest".to_owned(),
        Step::Closing => "the closing".to_owned(),
    }
}

impl fmt::Display for GuideProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GuideProblem::NoTitle => f.write_str("the guide has no title"),
            GuideProblem::NoQuestions => f.write_str("the guide has no questions"),
            GuideProblem::QuestionWithoutText { question } => {
                write!(f, "question {} has no text", question + 1)
            }
            GuideProblem::QuestionWithoutPoints { question } => {
                write!(f, "question {} has no discussion points", question + 1)
            }
            GuideProblem::QuestionNotTranslated { question, language } => write!(
                f,
                "question {} is not written in {} ({language}), one of the guide's languages",
                question + 1,
                language_name(language)
            ),
            GuideProblem::AgreementNotTranslated {
                agreement,
                language,
            } => write!(
                f,
                "agreement {} is not written in {} ({language}), one of the guide's languages",
                agreement + 1,
                language_name(language)
            ),
            GuideProblem::Minutes { step, minutes } => write!(
                f,
                "{} plans {minutes} minutes; use {} to {}",
                step_words(*step),
                STEP_MINUTES.start(),
                STEP_MINUTES.end()
            ),
            GuideProblem::OverPlannedEnd { minutes_over } => write!(
                f,
                "the evening runs {minutes_over} minutes past its planned end"
            ),
        }
    }
}

impl Guide {
    /// Everything to fix before the evening, in agenda order.
    pub fn problems(&self) -> Vec<GuideProblem> {
        let mut out = Vec::new();
        if self.title.trim().is_empty() {
            out.push(GuideProblem::NoTitle);
        }
        if self.questions.is_empty() {
            out.push(GuideProblem::NoQuestions);
        }
        let others: Vec<&String> = self.languages.iter().skip(1).collect();
        for timed in self.timed_agenda() {
            let step = timed.step;
            if !STEP_MINUTES.contains(&timed.minutes) {
                out.push(GuideProblem::Minutes {
                    step,
                    minutes: timed.minutes,
                });
            }
            match step {
                Step::Agreements => {
                    for (i, a) in self.agreements.iter().enumerate() {
                        for lang in &others {
                            if a.translation(lang).is_none() {
                                out.push(GuideProblem::AgreementNotTranslated {
                                    agreement: i,
                                    language: (*lang).clone(),
                                });
                            }
                        }
                    }
                }
                Step::Question(i) => {
                    let Some(q) = self.questions.get(i) else {
                        continue;
                    };
                    if q.text.trim().is_empty() {
                        out.push(GuideProblem::QuestionWithoutText { question: i });
                    }
                    for lang in &others {
                        if q.translation(lang).is_none() {
                            out.push(GuideProblem::QuestionNotTranslated {
                                question: i,
                                language: (*lang).clone(),
                            });
                        }
                    }
                    if q.points.iter().all(|p| p.text.trim().is_empty()) {
                        out.push(GuideProblem::QuestionWithoutPoints { question: i });
                    }
                }
                Step::Welcome | Step::YouSaid | Step::Harvest | Step::Closing => {}
            }
        }
        if let Some(minutes_over) = self.minutes_over() {
            out.push(GuideProblem::OverPlannedEnd { minutes_over });
        }
        out
    }
}
