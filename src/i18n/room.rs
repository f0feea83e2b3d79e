//! The fixed projector slides in the room's languages: a bilingual café shows "Please move to a
//! new table" in both of its languages.

use super::FluentValue;
use super::catalogue::{Catalogue, FALLBACK, ROOM, find};

/// The words of the fixed slides in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlideTexts {
    /// The catalogue's language code, e.g. "ar".
    pub code: &'static str,
    pub welcome: String,
    pub agreements_title: String,
    pub move_tables: String,
    pub move_tables_hint: String,
    pub harvest: String,
    pub harvest_hint: String,
    pub what_we_heard: String,
    pub themes_empty: String,
    pub thank_you: String,
    pub closing_prompt: String,
    /// Under the timer when the round's time is up (the room never sees a minus sign).
    pub time_up: String,
    /// Above the commitments on the closing slide.
    pub commitments_title: String,
    /// "You said, we did", its two halves, and what it says of an empty half.
    pub you_said_title: String,
    pub you_said_heard: String,
    pub you_said_did: String,
    pub you_said_none: String,
    /// The goodbye check's standard questions, its answers and its thanks.
    pub goodbye_welcome: String,
    pub goodbye_again: String,
    /// The five faces' words, the saddest first.
    pub goodbye_faces: [String; 5],
    /// Yes, maybe and no.
    pub goodbye_answers: [String; 3],
    pub goodbye_thanks: String,
    pub goodbye_skip: String,
    /// How the welcome slide writes a date: a chrono pattern and the locale whose day and
    /// month names it uses ("%A %-d %B %Y", "en_US").
    date_format: String,
    date_locale: String,
}

impl SlideTexts {
    /// The slide words for a language code or locale, if there is a room catalogue for it.
    pub fn for_code(code: &str) -> Option<SlideTexts> {
        find(&ROOM, code).map(SlideTexts::from_catalogue)
    }

    fn from_catalogue(catalogue: &'static Catalogue) -> SlideTexts {
        let text = |key: &str| room_text(catalogue.code, key, &[]);
        SlideTexts {
            code: catalogue.code,
            welcome: text("welcome"),
            agreements_title: text("agreements-title"),
            move_tables: text("move-tables"),
            move_tables_hint: text("move-tables-hint"),
            harvest: text("harvest"),
            harvest_hint: text("harvest-hint"),
            what_we_heard: text("what-we-heard"),
            themes_empty: text("themes-empty"),
            thank_you: text("thank-you"),
            closing_prompt: text("closing-prompt"),
            time_up: text("time-up"),
            commitments_title: text("commitments-title"),
            you_said_title: text("you-said-title"),
            you_said_heard: text("you-said-heard"),
            you_said_did: text("you-said-did"),
            you_said_none: text("you-said-none"),
            goodbye_welcome: text("goodbye-welcome"),
            goodbye_again: text("goodbye-again"),
            goodbye_faces: [1, 2, 3, 4, 5].map(|n| text(&format!("goodbye-face-{n}"))),
            goodbye_answers: ["yes", "maybe", "no"].map(|a| text(&format!("goodbye-{a}"))),
            goodbye_thanks: text("goodbye-thanks"),
            goodbye_skip: text("goodbye-skip"),
            date_format: text("date-format"),
            date_locale: text("date-locale"),
        }
    }

    /// "Question 2 of 5" in this language.
    pub fn question_of(&self, number: usize, total: usize) -> String {
        room_text(
            self.code,
            "question-of",
            &[("number", number.into()), ("total", total.into())],
        )
    }

    /// The date as the room reads it: "Tuesday 24 November 2026", "martes, 24 de noviembre de
    /// 2026". A locale chrono does not know falls back to English names.
    pub fn long_date(&self, date: chrono::NaiveDate) -> String {
        let locale =
            chrono::Locale::try_from(self.date_locale.as_str()).unwrap_or(chrono::Locale::en_US);
        date.format_localized(&self.date_format, locale).to_string()
    }

    /// "At our café “Being Heard” on Thursday 19 November 2026".
    pub fn you_said_from(&self, title: &str, date: chrono::NaiveDate) -> String {
        room_text(
            self.code,
            "you-said-from",
            &[
                ("title", title.into()),
                ("date", self.long_date(date).into()),
            ],
        )
    }

    /// How far an action has got, in this language.
    pub fn state(&self, state: crate::model::ActionState) -> String {
        use crate::model::ActionState;
        let key = match state {
            ActionState::Done => "state-done",
            ActionState::UnderWay => "state-under-way",
            ActionState::NotYet => "state-not-yet",
        };
        room_text(self.code, key, &[])
    }

    /// "12 minutes": the round's time left as the room reads it before the last minute.
    pub fn minutes_left(&self, minutes: i64) -> String {
        room_text(self.code, "minutes-left", &[("minutes", minutes.into())])
    }

    /// "3 tables" (how many tables raised a theme) with this language's plural rules.
    pub fn tables_raised(&self, count: usize) -> String {
        room_text(self.code, "tables-raised", &[("count", count.into())])
    }
}

fn room_text(code: &str, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    super::catalogue::format_in(&ROOM, code, key, args)
}

/// The languages the fixed slides are shown in, and the room's languages that have no slide
/// words yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoomLanguages {
    /// One entry per language to show, main language first; never empty.
    pub texts: Vec<SlideTexts>,
    /// Codes the guide names that have no room catalogue (their slides are left out).
    pub missing: Vec<String>,
}

/// Whether the fixed slides have words in the language `code` (a quick look-up, for every
/// frame).
pub fn has_slide_words(code: &str) -> bool {
    find(&ROOM, code).is_some()
}

/// The fixed-slide words for each of the guide's language `codes`, main language first, each
/// language once. Languages without a catalogue are listed in `missing`; when none of the codes
/// has one, the slides fall back to English so the room never sees an empty slide.
pub fn room_languages<S: AsRef<str>>(codes: &[S]) -> RoomLanguages {
    let mut texts: Vec<SlideTexts> = Vec::new();
    let mut missing = Vec::new();
    for code in codes {
        let code = code.as_ref();
        match SlideTexts::for_code(code) {
            Some(t) if texts.iter().any(|known| known.code == t.code) => {}
            Some(t) => texts.push(t),
            None if code.trim().is_empty() => {}
            None => missing.push(code.to_owned()),
        }
    }
    if texts.is_empty()
        && let Some(english) = SlideTexts::for_code(FALLBACK)
    {
        texts.push(english);
    }
    RoomLanguages { texts, missing }
}

impl RoomLanguages {
    /// A plain-words note for the facilitator when some of the guide's languages have no slide
    /// words, e.g. "The fixed slides have no words in Soomaali yet; they show in English."
    pub fn missing_note(&self, lang: super::Lang) -> Option<String> {
        if self.missing.is_empty() {
            return None;
        }
        let names = |codes: Vec<&str>| {
            codes
                .into_iter()
                .map(crate::model::guide::language_name)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let missing = names(self.missing.iter().map(String::as_str).collect());
        let shown = names(self.texts.iter().map(|t| t.code).collect());
        Some(super::tr_args(
            lang,
            "room-languages-missing",
            &[("missing", missing.into()), ("shown", shown.into())],
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::SlideTexts;

    #[test]
    fn the_room_reads_the_minutes_left_in_its_own_language_and_plural() {
        let words = |code| SlideTexts::for_code(code).expect("a room catalogue");
        let en = words("en");
        assert_eq!(en.minutes_left(1), "1 minute");
        assert!(
            en.minutes_left(12).ends_with("12 minutes"),
            "{}",
            en.minutes_left(12)
        );
        assert!(words("es").minutes_left(12).contains("12 minutos"));
        let ar = words("ar");
        assert_eq!(ar.minutes_left(2), "دقيقتان");
        assert!(
            ar.minutes_left(5).contains("دقائق"),
            "{}",
            ar.minutes_left(5)
        );
        assert!(
            ar.minutes_left(12).contains("دقيقة"),
            "{}",
            ar.minutes_left(12)
        );
        assert!(words("vi").minutes_left(12).contains("phút"));
        assert!(words("zh").minutes_left(12).contains("分钟"));
    }
}
