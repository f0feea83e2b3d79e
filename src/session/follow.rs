//! Following a café's shared folder: a background thread watches the folder (and looks it
//! over every few seconds besides, as watchers miss changes on network shares and when
//! overwhelmed), reads every other laptop's copy when it changes, and works out what it brings
//! against a recent copy of the café, so the window only has a few records to take in.
//! Reading and merging never happen on the window's thread.
//!
//! A file that does not read yet (the sync program or a network share is still writing it)
//! is tried again; it is said to be broken only once it has stayed so for a while.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::Clock;
use super::merge::{ImportError, Prepared, prepare_merge};
use crate::model::Session;
use crate::store::shared::{LaptopFile, Role, laptop_file};

/// How a follower paces itself.
#[derive(Clone, Copy, Debug)]
pub struct Pace {
    /// How often the folder is looked over whole, whatever the watcher says.
    pub rescan: Duration,
    /// How long the watcher waits for a burst of changes to settle.
    pub settle: Duration,
    /// How long a copy must stay unreadable before it is said to be broken.
    pub broken_after: Duration,
}

impl Default for Pace {
    fn default() -> Self {
        Self {
            rescan: Duration::from_secs(4),
            settle: Duration::from_millis(300),
            broken_after: Duration::from_secs(20),
        }
    }
}

/// One other laptop's copy, as last seen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Laptop {
    /// The file's name in the café's folder.
    pub file: String,
    pub name: LaptopFile,
    /// Notes in its copy (not deleted).
    pub notes: usize,
    /// When its newest note was taken.
    pub last_note: Option<DateTime<Utc>>,
    /// When its copy last changed, by this computer's clock.
    pub heard: Option<DateTime<Utc>>,
    /// Why its copy cannot be read or used, once that has lasted.
    pub problem: Option<String>,
}

/// What one other laptop's copy brings, worked out on the follower's thread.
pub struct Arrival {
    pub file: String,
    pub name: LaptopFile,
    /// The records it holds that the café lacked or had older (or why it cannot come in).
    pub merge: Result<Prepared, ImportError>,
    /// The facilitator's copy: what the room sees, for a table laptop to follow.
    pub step: Option<Box<Session>>,
    /// The notes in the copy, to tell which laptop a note came from.
    pub notes: Vec<Uuid>,
}

enum Message {
    /// The café as it is now, to work out arrivals against.
    Snapshot(Arc<Session>),
    /// The watcher saw something change.
    Changed,
}

/// A café's shared folder being followed.
pub struct Follower {
    folder: PathBuf,
    tx: Sender<Message>,
    arrivals: Receiver<Arrival>,
    laptops: Arc<Mutex<Vec<Laptop>>>,
    /// Why the folder is not watched (it is still looked over every few seconds).
    unwatched: Option<String>,
    thread: Option<JoinHandle<()>>,
    // Dropped first, so its events stop before the thread does.
    _watcher: Option<
        notify_debouncer_full::Debouncer<
            notify::RecommendedWatcher,
            notify_debouncer_full::RecommendedCache,
        >,
    >,
}

/// Which copies a laptop takes in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Takes {
    /// The facilitator takes in every other laptop's copy.
    Everything,
    /// A table laptop takes in only the facilitator's copy (the step, the tables, erasure).
    Facilitator,
}

impl Follower {
    /// Follow `folder` (a café's folder in a shared folder), leaving out `own` (this laptop's
    /// copy). `wake` is called when something arrived. `snapshot` is the café now.
    pub fn start(
        folder: PathBuf,
        own: PathBuf,
        takes: Takes,
        snapshot: Arc<Session>,
        clock: Clock,
        pace: Pace,
        wake: super::Notify,
    ) -> Self {
        let (tx, rx) = mpsc::channel();
        let (arrived_tx, arrivals) = mpsc::channel();
        let laptops = Arc::new(Mutex::new(Vec::new()));
        let mut unwatched = None;
        let watcher = {
            let tx = tx.clone();
            let settle = pace.settle;
            notify_debouncer_full::new_debouncer(
                settle,
                Some(settle / 2),
                move |_: notify_debouncer_full::DebounceEventResult| {
                    // The thread is gone only when the follower is: nobody to tell then.
                    if tx.send(Message::Changed).is_err() {
                        log::debug!(
                            "a change in the shared folder after it stopped being followed"
                        );
                    }
                },
            )
            .and_then(|mut watcher| {
                watcher.watch(&folder, notify::RecursiveMode::NonRecursive)?;
                Ok(watcher)
            })
            .map_err(|e| {
                log::warn!(
                    "{} is not watched ({e}); it is looked over every few seconds",
                    folder.display()
                );
                unwatched = Some(e.to_string());
            })
            .ok()
        };
        let worker = Worker {
            folder: folder.clone(),
            own,
            takes,
            snapshot,
            clock,
            pace,
            files: HashMap::new(),
            laptops: Arc::clone(&laptops),
            arrived: arrived_tx,
            wake,
        };
        let thread = std::thread::Builder::new()
            .name("shared-folder".into())
            .spawn(move || worker.run(&rx))
            .map_err(|e| log::error!("the shared folder cannot be followed: {e}"))
            .ok();
        Self {
            folder,
            tx,
            arrivals,
            laptops,
            unwatched,
            thread,
            _watcher: watcher,
        }
    }

    /// The café's folder being followed.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Work out what arrives against this copy of the café from now on.
    pub fn set_snapshot(&self, snapshot: Arc<Session>) {
        if self.tx.send(Message::Snapshot(snapshot)).is_err() {
            log::warn!("the shared folder is no longer followed");
        }
    }

    /// What arrived since last asked.
    pub fn take_arrivals(&self) -> Vec<Arrival> {
        self.arrivals.try_iter().collect()
    }

    /// The other laptops' copies, as last seen.
    pub fn laptops(&self) -> Vec<Laptop> {
        self.laptops
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Why the folder is only looked over every few seconds rather than watched.
    pub fn unwatched(&self) -> Option<&str> {
        self.unwatched.as_deref()
    }

    /// Whether the follower's thread runs.
    pub fn is_running(&self) -> bool {
        self.thread.as_ref().is_some_and(|t| !t.is_finished())
    }
}

impl Drop for Follower {
    fn drop(&mut self) {
        self._watcher.take();
        // Closing the channel ends the thread at its next wake.
        let (tx, _) = mpsc::channel();
        drop(std::mem::replace(&mut self.tx, tx));
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            log::error!("following the shared folder ended with a panic");
        }
    }
}

/// One copy's file, as last looked at.
#[derive(Default)]
struct Seen {
    /// Size and modification time when it was last read whole.
    stamp: Option<(u64, SystemTime)>,
    /// Since when it has not read (with the stamp it had then).
    failing: Option<(DateTime<Utc>, String)>,
    laptop: Option<Laptop>,
}

struct Worker {
    folder: PathBuf,
    own: PathBuf,
    takes: Takes,
    snapshot: Arc<Session>,
    clock: Clock,
    pace: Pace,
    files: HashMap<String, Seen>,
    laptops: Arc<Mutex<Vec<Laptop>>>,
    arrived: Sender<Arrival>,
    wake: super::Notify,
}

impl Worker {
    fn run(mut self, rx: &Receiver<Message>) {
        self.scan();
        loop {
            match rx.recv_timeout(self.pace.rescan) {
                Ok(Message::Snapshot(snapshot)) => self.snapshot = snapshot,
                Ok(Message::Changed) | Err(RecvTimeoutError::Timeout) => {
                    // Take the newest café before working out what arrived against it.
                    let mut changed = true;
                    while let Ok(message) = rx.try_recv() {
                        match message {
                            Message::Snapshot(snapshot) => self.snapshot = snapshot,
                            Message::Changed => changed = true,
                        }
                    }
                    if changed {
                        self.scan();
                    }
                }
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
    }

    /// Look over the folder: read every copy that changed (or did not read last time).
    fn scan(&mut self) {
        let Ok(entries) = std::fs::read_dir(&self.folder) else {
            return;
        };
        let now = (self.clock)();
        let mut present = Vec::new();
        let mut arrived = false;
        for entry in entries.filter_map(Result::ok) {
            let file = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            if path == self.own {
                continue;
            }
            let Some(name) = laptop_file(&file) else {
                continue;
            };
            if self.takes == Takes::Facilitator && name.role != Some(Role::Facilitator) {
                continue;
            }
            present.push(file.clone());
            let Ok(meta) = entry.metadata() else { continue };
            if !meta.is_file() {
                continue;
            }
            let stamp = meta.modified().ok().map(|m| (meta.len(), m));
            let seen = self.files.entry(file.clone()).or_default();
            if stamp.is_some() && seen.stamp == stamp && seen.failing.is_none() {
                continue;
            }
            match crate::store::load_session(&path) {
                Ok(loaded) if loaded.session.id != self.snapshot.id => {
                    seen.stamp = stamp;
                    seen.failing = None;
                    let mut laptop = laptop_seen(&file, &name, &loaded.session, now);
                    laptop.problem = Some(format!(
                        "it is a copy of another café (\"{}\")",
                        loaded.session.details.title
                    ));
                    seen.laptop = Some(laptop);
                }
                Ok(loaded) => {
                    seen.stamp = stamp;
                    seen.failing = None;
                    seen.laptop = Some(laptop_seen(&file, &name, &loaded.session, now));
                    let theirs = loaded.session;
                    let arrival = Arrival {
                        file: file.clone(),
                        merge: prepare_merge(&self.snapshot, &theirs),
                        step: (name.role == Some(Role::Facilitator))
                            .then(|| Box::new(theirs.facilitator_view())),
                        notes: theirs.live_notes().map(|n| n.id).collect(),
                        name,
                    };
                    arrived |= self.arrived.send(arrival).is_ok();
                }
                Err(e) => {
                    let since = seen.failing.get_or_insert((now, String::new()));
                    since.1 = e.plain();
                    let lasted = (now - since.0).to_std().unwrap_or_default();
                    if lasted >= self.pace.broken_after {
                        let problem = since.1.clone();
                        let laptop = seen.laptop.get_or_insert_with(|| Laptop {
                            file: file.clone(),
                            name,
                            notes: 0,
                            last_note: None,
                            heard: None,
                            problem: None,
                        });
                        laptop.problem = Some(problem);
                    }
                }
            }
        }
        self.files.retain(|file, _| present.contains(file));
        let mut laptops: Vec<Laptop> = self
            .files
            .values()
            .filter_map(|seen| seen.laptop.clone())
            .collect();
        laptops.sort_by(|a, b| (a.name.role, &a.file).cmp(&(b.name.role, &b.file)));
        let changed = {
            let mut shown = self.laptops.lock().unwrap_or_else(PoisonError::into_inner);
            let changed = *shown != laptops;
            *shown = laptops;
            changed
        };
        // The window wakes only when there is something new to show: an idle folder costs it
        // nothing.
        if arrived || changed {
            (self.wake)();
        }
    }
}

/// A laptop as its copy tells, seen changed at `now`.
fn laptop_seen(file: &str, name: &LaptopFile, session: &Session, now: DateTime<Utc>) -> Laptop {
    Laptop {
        file: file.to_owned(),
        name: name.clone(),
        notes: session.live_notes().count(),
        last_note: session.live_notes().map(|n| n.created).max(),
        heard: Some(now),
        problem: None,
    }
}
