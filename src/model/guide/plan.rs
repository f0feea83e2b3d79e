//! The evening's timing: planned minutes for the steps around the questions, and the optional
//! clock times the café starts at and should end by, so the agenda adds up before the night.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Guide, saturating_u32};
use crate::model::Step;

/// Minutes any one step may plan.
pub const STEP_MINUTES: std::ops::RangeInclusive<u32> = 1..=240;

/// Planned minutes of the welcome, agreements, harvest and closing, and the evening's clock.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    #[serde(default = "welcome", deserialize_with = "saturating_u32")]
    pub welcome_minutes: u32,
    #[serde(default = "agreements", deserialize_with = "saturating_u32")]
    pub agreements_minutes: u32,
    #[serde(default = "harvest", deserialize_with = "saturating_u32")]
    pub harvest_minutes: u32,
    #[serde(default = "closing", deserialize_with = "saturating_u32")]
    pub closing_minutes: u32,
    /// When the café begins, so each step's clock time can be shown.
    #[serde(default)]
    pub starts_at: Option<ClockTime>,
    /// When the café must be over (the room is booked, childcare ends).
    #[serde(default)]
    pub ends_by: Option<ClockTime>,
}

fn welcome() -> u32 {
    20
}
fn agreements() -> u32 {
    5
}
fn harvest() -> u32 {
    15
}
fn closing() -> u32 {
    10
}

impl Default for Plan {
    fn default() -> Self {
        Self {
            welcome_minutes: welcome(),
            agreements_minutes: agreements(),
            harvest_minutes: harvest(),
            closing_minutes: closing(),
            starts_at: None,
            ends_by: None,
        }
    }
}

/// A time of day to the minute, written `"18:30"` in files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime(u16);

impl ClockTime {
    /// `hour` 0–23 and `minute` 0–59; anything else is no time.
    pub fn new(hour: u32, minute: u32) -> Option<Self> {
        (hour < 24 && minute < 60).then(|| Self((hour * 60 + minute) as u16))
    }

    /// Minutes since midnight.
    pub fn minute_of_day(self) -> u32 {
        u32::from(self.0)
    }

    /// `"18:30"` or `"8:05"` → the time; anything else → `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let (h, m) = text.trim().split_once(':')?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return None;
        }
        if !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        Self::new(h.parse().ok()?, m.parse().ok()?)
    }

    /// The time `minutes` later, on the clock (past midnight it wraps round).
    pub fn plus(self, minutes: u64) -> Self {
        Self(((u64::from(self.0) + minutes) % (24 * 60)) as u16)
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        ClockTime::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{text}\" is not a time of day; write it as hours and minutes, like \"18:30\""
            ))
        })
    }
}

/// One step of the agenda with its planned minutes and, when the start is known, its clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timed {
    pub step: Step,
    pub minutes: u32,
    /// Minutes from the start of the café to the start of this step.
    pub offset: u64,
    pub starts: Option<ClockTime>,
}

impl Guide {
    /// The planned minutes of `step` (a question the guide lacks plans none, and "you said,
    /// we did", which a café adds, is part of its welcome).
    pub fn minutes_of(&self, step: Step) -> u32 {
        match step {
            Step::Welcome => self.plan.welcome_minutes,
            Step::YouSaid => 0,
            Step::Agreements => self.plan.agreements_minutes,
            Step::Question(i) => self.questions.get(i).map_or(0, |q| q.minutes),
            Step::Harvest => self.plan.harvest_minutes,
            Step::Closing => self.plan.closing_minutes,
        }
    }

    /// Set the planned minutes of `step`; false when the guide has no such step.
    pub fn set_minutes(&mut self, step: Step, minutes: u32) -> bool {
        let slot = match step {
            Step::YouSaid => return false,
            Step::Welcome => &mut self.plan.welcome_minutes,
            Step::Agreements => &mut self.plan.agreements_minutes,
            Step::Question(i) => match self.questions.get_mut(i) {
                Some(q) => &mut q.minutes,
                None => return false,
            },
            Step::Harvest => &mut self.plan.harvest_minutes,
            Step::Closing => &mut self.plan.closing_minutes,
        };
        *slot = minutes;
        true
    }

    /// Every step of the evening with its minutes and start time.
    pub fn timed_agenda(&self) -> Vec<Timed> {
        let mut offset = 0u64;
        crate::model::session::agenda(self)
            .into_iter()
            .map(|step| {
                let minutes = self.minutes_of(step);
                let timed = Timed {
                    step,
                    minutes,
                    offset,
                    starts: self.plan.starts_at.map(|s| s.plus(offset)),
                };
                offset += u64::from(minutes);
                timed
            })
            .collect()
    }

    /// The whole evening's planned minutes.
    pub fn total_minutes(&self) -> u64 {
        crate::model::session::agenda(self)
            .into_iter()
            .map(|step| u64::from(self.minutes_of(step)))
            .sum()
    }

    /// How many minutes the plan runs past its planned end (none when it fits, or when the
    /// start or the end is not given). An end before the start is taken as after midnight.
    pub fn minutes_over(&self) -> Option<u64> {
        let (start, end) = (self.plan.starts_at?, self.plan.ends_by?);
        let mut room = i64::from(end.minute_of_day()) - i64::from(start.minute_of_day());
        if room <= 0 {
            room += 24 * 60;
        }
        let over = i64::try_from(self.total_minutes()).unwrap_or(i64::MAX) - room;
        u64::try_from(over).ok().filter(|o| *o > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times_read_and_write_as_hours_and_minutes() {
        let t = ClockTime::parse("18:30").expect("a time");
        assert_eq!(t.to_string(), "18:30");
        assert_eq!(
            ClockTime::parse("8:05").map(|t| t.to_string()),
            Some("08:05".into())
        );
        for bad in [
            "24:00", "18:60", "18", "18:5", "ab:cd", "", "-1:00", "180:00",
        ] {
            assert_eq!(ClockTime::parse(bad), None, "{bad}");
        }
        assert_eq!(t.plus(90).to_string(), "20:00");
        assert_eq!(t.plus(6 * 60).to_string(), "00:30");
        let read: ClockTime = ron::from_str("\"07:15\"").expect("reads");
        assert_eq!(ron::to_string(&read).expect("writes"), "\"07:15\"");
        assert!(ron::from_str::<ClockTime>("\"7pm\"").is_err());
    }
}
