//! The round timer, driven by timestamps the caller passes in so it can be tested
//! with any clock and resumed exactly after a restart.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Longest a round may be set to (4 hours).
pub const MAX_ROUND_SECS: i64 = 4 * 60 * 60;

/// Shortest a round may be set to (1 minute): a round of nothing is a slip of the finger.
pub const MIN_ROUND_SECS: i64 = 60;

/// The most time a round can have run (a week): more only comes from a damaged file.
pub const MAX_ELAPSED_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// A countdown for one table round. It counts on past zero (overtime) until paused.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct RoundTimer {
    /// Length of the round in seconds, including +1/−1 minute adjustments.
    pub planned_secs: i64,
    /// Milliseconds run before the current run began (or in total, when paused).
    pub elapsed_ms: i64,
    /// When the current run began, if the timer is running.
    pub running_since: Option<DateTime<Utc>>,
    /// The question (by index) whose round this timer was set for, if any.
    #[serde(default)]
    pub question: Option<usize>,
}

/// Impossible values a file held for the round timer, and what they were set to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimerRepair {
    /// What the file said, as it said it.
    pub planned_secs: i64,
    pub elapsed_ms: i64,
    /// What the timer holds now.
    pub now_planned_secs: i64,
    pub now_elapsed_secs: i64,
}

/// How urgent the remaining time is, for colour and wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Urgency {
    Plenty,
    /// The last 20 % of the round.
    Warning,
    /// The last minute.
    LastMinute,
    /// Past zero.
    Overtime,
}

impl Default for RoundTimer {
    fn default() -> Self {
        Self::new(20 * 60)
    }
}

impl RoundTimer {
    pub fn new(planned_secs: i64) -> Self {
        Self {
            planned_secs: planned_secs.clamp(MIN_ROUND_SECS, MAX_ROUND_SECS),
            elapsed_ms: 0,
            running_since: None,
            question: None,
        }
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// True when the timer has not run at all since it was set.
    pub fn is_untouched(&self) -> bool {
        self.elapsed_ms == 0 && self.running_since.is_none()
    }

    pub fn elapsed_ms(&self, now: DateTime<Utc>) -> i64 {
        let running = self
            .running_since
            .map_or(0, |since| (now - since).num_milliseconds().max(0));
        self.elapsed_ms.saturating_add(running)
    }

    /// Milliseconds left; negative in overtime.
    pub fn remaining_ms(&self, now: DateTime<Utc>) -> i64 {
        self.planned_secs
            .saturating_mul(1000)
            .saturating_sub(self.elapsed_ms(now))
    }

    /// Whole seconds left, rounded so that the display shows 0:00 only at the end.
    /// Negative in overtime.
    pub fn remaining_secs(&self, now: DateTime<Utc>) -> i64 {
        let ms = self.remaining_ms(now);
        if ms > 0 {
            ms.saturating_add(999) / 1000
        } else {
            ms / 1000
        }
    }

    pub fn start(&mut self, now: DateTime<Utc>) {
        if self.running_since.is_none() {
            self.running_since = Some(now);
        }
    }

    pub fn pause(&mut self, now: DateTime<Utc>) {
        if self.running_since.is_some() {
            self.elapsed_ms = self.elapsed_ms(now);
            self.running_since = None;
        }
    }

    pub fn toggle(&mut self, now: DateTime<Utc>) {
        if self.is_running() {
            self.pause(now);
        } else {
            self.start(now);
        }
    }

    /// Stop and set the timer to a new round length.
    pub fn reset(&mut self, planned_secs: i64) {
        *self = Self::new(planned_secs);
    }

    /// Stop and set the timer for the round of `question`, `planned_secs` long.
    pub fn reset_for(&mut self, question: Option<usize>, planned_secs: i64) {
        self.reset(planned_secs);
        self.question = question;
    }

    /// Add (or with a negative number, take away) whole minutes from the round.
    pub fn adjust_minutes(&mut self, minutes: i64) {
        self.planned_secs = self
            .planned_secs
            .saturating_add(minutes.saturating_mul(60))
            .clamp(MIN_ROUND_SECS, MAX_ROUND_SECS);
    }

    pub fn urgency(&self, now: DateTime<Utc>) -> Urgency {
        let left = self.remaining_ms(now);
        if left <= 0 && !self.is_untouched() {
            Urgency::Overtime
        } else if left <= 60_000 {
            Urgency::LastMinute
        } else if left.saturating_mul(5) <= self.planned_secs.saturating_mul(1000) {
            Urgency::Warning
        } else {
            Urgency::Plenty
        }
    }

    /// Bring values a hand-edited file may hold back into range; a note of what changed.
    pub fn clamp_loaded(&mut self) -> Option<TimerRepair> {
        let before = self.clone();
        self.planned_secs = self.planned_secs.clamp(MIN_ROUND_SECS, MAX_ROUND_SECS);
        self.elapsed_ms = self.elapsed_ms.clamp(0, MAX_ELAPSED_MS);
        (*self != before).then_some(TimerRepair {
            planned_secs: before.planned_secs,
            elapsed_ms: before.elapsed_ms,
            now_planned_secs: self.planned_secs,
            now_elapsed_secs: self.elapsed_ms / 1000,
        })
    }

    /// Milliseconds until the displayed seconds next change, so the UI can sleep till then.
    pub fn ms_to_next_tick(&self, now: DateTime<Utc>) -> Option<i64> {
        self.is_running().then(|| {
            let ms = self.remaining_ms(now).rem_euclid(1000);
            if ms == 0 { 1000 } else { ms }
        })
    }
}

/// What the room reads of a round's time: a calm countdown in whole minutes until the last
/// minute (it changes once a minute, so the projector draws once a minute), then the seconds,
/// then that the time is up (never a minus sign).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoomTime {
    /// More than a minute left: the minutes, rounded up ("12 min" from 11:01 to 12:00).
    Minutes(i64),
    /// The last minute: the seconds left, 60 down to 1.
    Seconds(i64),
    /// The round's time is up.
    Up,
}

impl RoundTimer {
    /// What the room reads of the time left at `now`.
    pub fn room_time(&self, now: DateTime<Utc>) -> RoomTime {
        let left = self.remaining_secs(now);
        if left > 60 {
            RoomTime::Minutes((left + 59) / 60)
        } else if left > 0 {
            RoomTime::Seconds(left)
        } else {
            RoomTime::Up
        }
    }

    /// Milliseconds until what the room reads next changes, so the projector can sleep till
    /// then; `None` while nothing will change (paused, or the time is up).
    pub fn ms_to_room_change(&self, now: DateTime<Utc>) -> Option<i64> {
        let ms = self.remaining_ms(now);
        if !self.is_running() || ms <= 0 {
            None
        } else if ms > 60_000 {
            Some((ms - 1).rem_euclid(60_000) + 1)
        } else {
            self.ms_to_next_tick(now)
        }
    }
}

/// `m:ss`, with a minus sign in overtime (e.g. `-1:05`).
pub fn format_secs(secs: i64) -> String {
    let sign = if secs < 0 { "-" } else { "" };
    let abs = secs.unsigned_abs();
    format!("{sign}{}:{:02}", abs / 60, abs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn t0() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 24, 19, 0, 0)
            .single()
            .expect("valid time")
    }

    #[test]
    fn counts_down_pauses_and_resumes() {
        let mut timer = RoundTimer::new(20 * 60);
        timer.start(t0());
        assert_eq!(
            timer.remaining_secs(t0() + Duration::seconds(90)),
            18 * 60 + 30
        );
        timer.pause(t0() + Duration::seconds(90));
        // Time passing while paused changes nothing.
        assert_eq!(
            timer.remaining_secs(t0() + Duration::hours(2)),
            18 * 60 + 30
        );
        timer.start(t0() + Duration::hours(2));
        assert_eq!(
            timer.remaining_secs(t0() + Duration::hours(2) + Duration::seconds(30)),
            18 * 60
        );
    }

    #[test]
    fn overtime_counts_on_as_negative() {
        let mut timer = RoundTimer::new(60);
        timer.start(t0());
        let later = t0() + Duration::seconds(125);
        assert_eq!(timer.remaining_secs(later), -65);
        assert_eq!(format_secs(timer.remaining_secs(later)), "-1:05");
        assert_eq!(timer.urgency(later), Urgency::Overtime);
    }

    #[test]
    fn urgency_follows_the_last_fifth_and_last_minute() {
        let mut timer = RoundTimer::new(10 * 60);
        timer.start(t0());
        assert_eq!(
            timer.urgency(t0() + Duration::seconds(7 * 60)),
            Urgency::Plenty
        );
        assert_eq!(
            timer.urgency(t0() + Duration::seconds(8 * 60)),
            Urgency::Warning
        );
        assert_eq!(
            timer.urgency(t0() + Duration::seconds(9 * 60 + 1)),
            Urgency::LastMinute
        );
    }

    #[test]
    fn adjust_minutes_is_clamped() {
        let mut timer = RoundTimer::new(60);
        timer.adjust_minutes(-5);
        assert_eq!(timer.planned_secs, 60, "a round is never below a minute");
        timer.adjust_minutes(1);
        assert_eq!(timer.planned_secs, 120);
        timer.adjust_minutes(i64::MIN);
        assert_eq!(timer.planned_secs, MIN_ROUND_SECS);
        timer.adjust_minutes(i64::MAX);
        assert_eq!(timer.planned_secs, MAX_ROUND_SECS);
        assert_eq!(RoundTimer::new(0).planned_secs, MIN_ROUND_SECS);
        timer.adjust_minutes(1_000);
        assert_eq!(timer.planned_secs, MAX_ROUND_SECS);
    }

    #[test]
    fn display_shows_zero_only_at_the_end() {
        let mut timer = RoundTimer::new(60);
        timer.start(t0());
        assert_eq!(
            timer.remaining_secs(t0() + Duration::milliseconds(59_500)),
            1
        );
        assert_eq!(timer.remaining_secs(t0() + Duration::seconds(60)), 0);
        assert_eq!(
            timer.ms_to_next_tick(t0() + Duration::milliseconds(59_500)),
            Some(500)
        );
    }

    #[test]
    fn the_room_reads_minutes_until_the_last_minute_and_is_woken_only_when_they_change() {
        let mut timer = RoundTimer::new(20 * 60);
        assert_eq!(timer.room_time(t0()), RoomTime::Minutes(20));
        assert_eq!(timer.ms_to_room_change(t0()), None, "not running");
        timer.start(t0());
        let at = |ms| t0() + Duration::milliseconds(ms);
        assert_eq!(timer.room_time(at(1)), RoomTime::Minutes(20));
        assert_eq!(timer.ms_to_room_change(at(1)), Some(59_999));
        assert_eq!(timer.room_time(at(60_000)), RoomTime::Minutes(19));
        assert_eq!(timer.ms_to_room_change(at(60_000)), Some(60_000));
        // 11:00.5 left reads 12 min; at 11:00 it reads 11 min.
        let eleven = 20 * 60_000 - 11 * 60_000;
        assert_eq!(timer.room_time(at(eleven - 500)), RoomTime::Minutes(12));
        assert_eq!(timer.ms_to_room_change(at(eleven - 500)), Some(500));
        assert_eq!(timer.room_time(at(eleven)), RoomTime::Minutes(11));
        // The last minute counts seconds, woken once a second.
        let last = 19 * 60_000;
        assert_eq!(timer.room_time(at(last - 1)), RoomTime::Minutes(2));
        assert_eq!(timer.ms_to_room_change(at(last - 1)), Some(1));
        assert_eq!(timer.room_time(at(last)), RoomTime::Seconds(60));
        assert_eq!(timer.room_time(at(last + 250)), RoomTime::Seconds(60));
        assert_eq!(timer.ms_to_room_change(at(last + 250)), Some(750));
        assert_eq!(timer.room_time(at(20 * 60_000 - 1)), RoomTime::Seconds(1));
        assert_eq!(timer.ms_to_room_change(at(20 * 60_000 - 1)), Some(1));
        // Then the time is up, and stays up: nothing more to wake for.
        assert_eq!(timer.room_time(at(20 * 60_000)), RoomTime::Up);
        assert_eq!(timer.ms_to_room_change(at(20 * 60_000)), None);
        assert_eq!(timer.room_time(at(25 * 60_000)), RoomTime::Up);
    }

    #[test]
    fn impossible_values_from_a_file_are_clamped_and_never_overflow() {
        let mut timer = RoundTimer {
            planned_secs: i64::MAX,
            elapsed_ms: i64::MIN,
            running_since: None,
            question: None,
        };
        // Before clamping, arithmetic saturates instead of wrapping or panicking.
        assert!(timer.remaining_secs(t0()) > 0);
        assert_ne!(timer.urgency(t0()), Urgency::Overtime);
        let repair = timer.clamp_loaded().expect("changed");
        assert_eq!(
            (
                repair.planned_secs,
                repair.now_planned_secs,
                repair.now_elapsed_secs
            ),
            (i64::MAX, MAX_ROUND_SECS, 0)
        );
        assert_eq!((timer.planned_secs, timer.elapsed_ms), (MAX_ROUND_SECS, 0));
        assert!(timer.clamp_loaded().is_none(), "in range now");
    }
}
