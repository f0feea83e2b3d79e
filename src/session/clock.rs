//! Where the app gets the time. A round is timed with the machine's steady clock while the app
//! runs, so setting the computer's clock back (or forward) mid-round never freezes or jumps the
//! timer; only what is saved carries wall-clock times.

use std::sync::Arc;
use std::time::Instant;

use chrono::{DateTime, Utc};

/// Where the app gets the time; tests pass a clock they control.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// The real clock: the wall-clock time at start-up, moved on by the steady clock.
pub fn system_clock() -> Clock {
    let started = Instant::now();
    let wall = Utc::now();
    Arc::new(move || {
        let elapsed = chrono::Duration::from_std(started.elapsed()).unwrap_or_default();
        wall + elapsed
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_moves_on_and_never_goes_back() {
        let clock = system_clock();
        let first = clock();
        std::thread::sleep(std::time::Duration::from_millis(20));
        let second = clock();
        assert!(second - first >= chrono::Duration::milliseconds(20));
        assert!((first - Utc::now()).num_seconds().abs() < 5);
    }
}
