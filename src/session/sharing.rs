//! A café shared with other laptops through a folder a sync program keeps: this laptop writes
//! its own copy there (through the café's saver, after every save and every half minute) and
//! follows the others' copies. The facilitator's laptop takes in every table laptop's notes as
//! they arrive; a table laptop takes the step on screen from the facilitator's copy, so each
//! note is filed under the question the room sees. The café's own file stays where it is, so
//! a sync that stops costs nothing.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::follow::{Follower, Laptop, Pace, Takes};
use super::{Clock, ImportError, Notify, OpenCafe, Opened, take_prepared};
use crate::model::MergeReport;
use crate::store::DataDir;
use crate::store::reason::OsReason;
use crate::store::saver::{Mirror, SharedStatus};
use crate::store::shared::{self, Role};

/// Why a laptop could not join a café shared in a folder, as facts the interface words
/// (`ui::trouble::join_error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JoinError {
    /// No facilitator's copy is in the folder (yet).
    NothingShared(PathBuf),
    /// The café has no table of that number; it has `tables` tables.
    NoTable {
        title: String,
        table: u32,
        tables: usize,
    },
    /// The café's folder on this computer cannot be used.
    Folder { folder: PathBuf, reason: OsReason },
    /// This computer's copy of the café did not open.
    Open(super::OpenError),
    /// This computer's copy of the café cannot be changed.
    ReadOnly(super::ReadOnlyWhy),
    /// This laptop's copy could not be shared in the folder.
    Share(ShareError),
    /// The facilitator's copy in the shared folder could not be read.
    Shared(Box<crate::store::FileError>),
}

/// Why a café could not be shared in a folder, as facts the interface words
/// (`ui::trouble::share_error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// This copy of the café cannot be changed.
    ReadOnly(super::ReadOnlyWhy),
    /// The folder chosen is a file.
    NotAFolder(PathBuf),
    /// The folder chosen does not exist.
    Missing(PathBuf),
    /// The café's own folder in it cannot be made or used.
    Folder { folder: PathBuf, reason: OsReason },
}

/// How the café is shared.
pub struct Sharing {
    /// The café's folder in the shared folder.
    folder: PathBuf,
    role: Role,
    pub(super) follower: Follower,
    clock: Clock,
    /// Which laptop each note arrived from (by its computer's name), first copy first.
    origins: HashMap<Uuid, String>,
    /// When the facilitator's copy last changed, by this computer's clock (table laptops).
    facilitator_heard: Option<DateTime<Utc>>,
    /// The stamp of the facilitator's copy followed, so an older copy (another laptop the
    /// café was run from before) never takes the room back.
    followed: Option<DateTime<Utc>>,
    /// Problems already told, so each is said once.
    told: HashSet<String>,
}

/// What came from the shared folder since last asked.
#[derive(Debug, Default)]
pub struct SharedNews {
    /// What the other laptops' copies brought.
    pub brought: MergeReport,
    /// Copies that could not be taken in: the copy's file name and why (each said once).
    pub problems: Vec<(String, ImportError)>,
}

impl OpenCafe {
    /// Share this café with table laptops through `shared` (a folder a sync program keeps,
    /// or a network share): its copy goes in a folder of its own there. Returns that folder.
    pub fn share(&mut self, shared: &Path, clock: Clock) -> Result<PathBuf, ShareError> {
        match std::fs::metadata(shared) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => return Err(ShareError::NotAFolder(shared.to_owned())),
            Err(_) => return Err(ShareError::Missing(shared.to_owned())),
        }
        let folder = shared::cafe_folder(shared, &self.live.session);
        self.share_in(folder.clone(), Role::Facilitator, clock, Pace::default())?;
        Ok(folder)
    }

    /// Share this café through its folder `folder` in a shared folder, as `role`, following
    /// the other laptops' copies at `pace`.
    pub fn share_in(
        &mut self,
        folder: PathBuf,
        role: Role,
        clock: Clock,
        pace: Pace,
    ) -> Result<(), ShareError> {
        if let Some(reason) = &self.read_only {
            return Err(ShareError::ReadOnly(reason.clone()));
        }
        crate::store::atomic::ensure_private_dir(&folder).map_err(|e| ShareError::Folder {
            folder: folder.clone(),
            reason: OsReason::of(&e),
        })?;
        self.stop_sharing();
        let own = shared::laptop_path(&folder, role, &shared::computer_name());
        let copy = Arc::new(self.live.session.clone());
        self.saver.set_mirror(
            Some(Mirror {
                path: own.clone(),
                role,
            }),
            self.path.clone(),
            self.live.revision,
            Arc::clone(&copy),
        );
        self.sent_revision = Some(self.live.revision);
        let takes = match role {
            Role::Facilitator => Takes::Everything,
            Role::Table(_) => Takes::Facilitator,
        };
        let notify: Notify = Arc::clone(&self.notify);
        let follower = Follower::start(
            folder.clone(),
            own,
            takes,
            copy,
            Arc::clone(&clock),
            pace,
            notify,
        );
        self.sharing = Some(Sharing {
            folder,
            role,
            follower,
            clock,
            origins: HashMap::new(),
            facilitator_heard: None,
            followed: None,
            told: HashSet::new(),
        });
        Ok(())
    }

    /// Stop writing to the shared folder and following it (this laptop's copy stays there).
    pub fn stop_sharing(&mut self) {
        if self.sharing.take().is_some() {
            let copy = Arc::new(self.live.session.clone());
            self.saver
                .set_mirror(None, self.path.clone(), self.live.revision, copy);
        }
    }

    /// Join a café shared in `folder` (its folder in a shared folder) as the laptop of table
    /// `table`: the café is copied into this computer's sessions (or the copy made when it
    /// joined before is opened), with the notes this laptop left in the shared folder before,
    /// and it writes its own copy there from now on.
    pub fn join(
        data: &DataDir,
        folder: &Path,
        table: u32,
        notify: Notify,
        clock: Clock,
        pace: Pace,
    ) -> Result<Opened, JoinError> {
        let (theirs, _) = shared::newest_facilitator_copy(folder)
            .map_err(|e| JoinError::Shared(Box::new(e)))?
            .ok_or_else(|| JoinError::NothingShared(folder.to_owned()))?;
        if !theirs.tables.iter().any(|t| t.number == table) {
            return Err(JoinError::NoTable {
                title: theirs.details.title.clone(),
                table,
                tables: theirs.tables.len(),
            });
        }
        data.ensure().map_err(|e| JoinError::Folder {
            folder: data.sessions(),
            reason: OsReason::of(&e),
        })?;
        let local = data.sessions().join(theirs.file_name());
        let (mut cafe, mut notices) = if local.exists() {
            Self::open(data, &local, notify).map_err(JoinError::Open)?
        } else {
            let mut fresh = theirs.clone();
            fresh.shared_at = None;
            let (mut cafe, notices) = Self::install(data, fresh, local, None, notify);
            cafe.queue_save();
            (cafe, notices)
        };
        if let Some(reason) = cafe.read_only.clone() {
            cafe.abandon();
            return Err(JoinError::ReadOnly(reason));
        }
        // What this laptop wrote there before (its own copy on this computer was lost, or
        // is older) comes back.
        let own = shared::laptop_path(folder, Role::Table(table), &shared::computer_name());
        if own.exists() {
            match cafe.import(&own) {
                Ok(report) if report.notes > 0 => {
                    notices.push(super::OpenNotice::SharedNotesBack {
                        count: report.notes,
                    });
                }
                Ok(_) => {}
                Err(e) => notices.push(super::OpenNotice::NotBroughtBack(e)),
            }
        }
        let erased = cafe.live.session.erased_everyone;
        if let Ok(report) = super::merge_copy(&mut cafe.live.session, &theirs)
            && report.total() > 0
        {
            cafe.live.merged(erased);
            cafe.live.touch();
        }
        if cafe.live.session.follow_step(&theirs) {
            cafe.live.touch();
        }
        cafe.share_in(folder.to_owned(), Role::Table(table), clock, pace)
            .map_err(JoinError::Share)?;
        if let Some(sharing) = &mut cafe.sharing {
            sharing.followed = theirs.shared_at;
        }
        cafe.queue_save();
        Ok((cafe, notices))
    }

    /// Take in what arrived from the shared folder since last asked (quick: the reading and
    /// merging were done on the follower's thread).
    pub fn take_shared(&mut self) -> SharedNews {
        let mut news = SharedNews::default();
        let Some(sharing) = &mut self.sharing else {
            return news;
        };
        let mut changed = false;
        for arrival in sharing.follower.take_arrivals() {
            match &arrival.merge {
                Ok(prepared) if self.read_only.is_none() => {
                    let erased = self.live.session.erased_everyone;
                    let report = take_prepared(&mut self.live.session, prepared);
                    if report.total() > 0 {
                        self.live.merged(erased);
                        news.brought.add(&report);
                        changed = true;
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    if sharing.told.insert(format!("{}: {e:?}", arrival.file)) {
                        news.problems.push((arrival.file.clone(), e.clone()));
                    }
                }
            }
            if sharing.role == Role::Facilitator && arrival.name.role != Some(Role::Facilitator) {
                for note in &arrival.notes {
                    sharing
                        .origins
                        .entry(*note)
                        .or_insert_with(|| arrival.name.computer.clone());
                }
            }
            if let (Role::Table(_), Some(step)) = (sharing.role, &arrival.step)
                && step.shared_at >= sharing.followed
            {
                sharing.followed = step.shared_at;
                sharing.facilitator_heard = Some((sharing.clock)());
                changed |= self.live.session.follow_step(step);
            }
        }
        if changed {
            self.live.touch();
            self.queue_save();
        }
        news
    }

    /// The café's folder in the shared folder and this laptop's part, while shared.
    pub fn sharing(&self) -> Option<(&Path, Role)> {
        self.sharing.as_ref().map(|s| (s.folder.as_path(), s.role))
    }

    /// The other laptops' copies, as last seen (while shared).
    pub fn laptops(&self) -> Vec<Laptop> {
        self.sharing
            .as_ref()
            .map(|s| s.follower.laptops())
            .unwrap_or_default()
    }

    /// The computer a note arrived from, when another laptop's copy brought it.
    pub fn came_from(&self, note: Uuid) -> Option<&str> {
        self.sharing
            .as_ref()
            .and_then(|s| s.origins.get(&note))
            .map(String::as_str)
    }

    /// When the facilitator's copy last changed, on a table laptop following it.
    pub fn facilitator_heard(&self) -> Option<DateTime<Utc>> {
        self.sharing.as_ref().and_then(|s| s.facilitator_heard)
    }

    /// How writing this laptop's copy in the shared folder goes.
    pub fn shared_status(&self) -> Option<SharedStatus> {
        self.saver.status().shared
    }

    /// Why the shared folder is only looked over every few seconds rather than watched.
    pub fn shared_unwatched(&self) -> Option<String> {
        self.sharing
            .as_ref()
            .and_then(|s| s.follower.unwatched().map(str::to_owned))
    }
}
