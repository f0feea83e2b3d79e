//! A disk that records every change the store makes and works out, for every moment, the disks
//! a power cut at that moment could leave, as SQLite's crash tests and LazyFS do.
//!
//! Each operation is done on the real folder at once (what a killed process leaves: everything
//! that reached the kernel) and recorded. A power cut keeps less: only what was flushed.
//! - A file's bytes survive once the file was synced; bytes written after its last sync are
//!   dropped, torn (half of them written), zeroed (the new length, half of it zeros) or, by
//!   luck, all written.
//! - A name made in a folder (a file created, renamed, linked, removed, a folder made) survives
//!   once that folder was synced. Names not yet synced may be undone: the journal keeps them in
//!   order, so a cut keeps any first few of them and loses the rest.
//! - A folder whose own name was never synced into its parent is lost with everything in it.
//!
//! Lock files are not data and are left out: after a power cut no process holds a lock, and
//! the app takes over a lock file left behind.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use cafe_host::store::disk::{Disk, DiskFile, RealDisk};

type Ino = u64;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Node {
    File(Ino),
    Dir,
}

/// One folder's names.
type Table = BTreeMap<OsString, Node>;
/// Every folder's names, by the folder's path inside the root (`""` is the root).
type Tables = BTreeMap<PathBuf, Table>;

#[derive(Clone, Debug)]
enum Change {
    Add(OsString, Node),
    Remove(OsString),
    Rename(OsString, OsString),
}

#[derive(Clone, Debug)]
enum Event {
    /// A name changed in a folder.
    Meta {
        dir: PathBuf,
        change: Change,
    },
    Truncate(Ino),
    Write(Ino, Vec<u8>),
    SyncFile(Ino),
    SyncDir(PathBuf),
}

/// The operations a [`Fault`] can make fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Create,
    Write,
    SyncFile,
    Rename,
    Link,
    Remove,
    CreateDir,
    SyncDir,
}

/// Make `op` on paths under `under` fail with `error`, `times` times (for ever with `None`).
#[derive(Clone, Debug)]
pub struct Fault {
    pub op: Op,
    pub under: PathBuf,
    pub error: io::ErrorKind,
    pub times: Option<usize>,
}

/// What a power cut did to bytes written since a file's last sync.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unsynced {
    Dropped,
    Torn,
    Zeroed,
    Written,
}

const EVERY_LOSS: [Unsynced; 4] = [
    Unsynced::Dropped,
    Unsynced::Torn,
    Unsynced::Zeroed,
    Unsynced::Written,
];

/// A disk a power cut could leave: files and folders by their path inside the root.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Image {
    pub dirs: Vec<PathBuf>,
    pub files: BTreeMap<PathBuf, Vec<u8>>,
}

/// One moment a power cut is simulated at, and one of the disks it could leave.
pub struct Cut<'a> {
    /// Events that happened before the cut: compare with [`PowerCutDisk::position`].
    pub position: usize,
    /// How many names not yet synced survived the cut.
    pub kept_names: usize,
    pub unsynced: Unsynced,
    pub image: &'a Image,
}

struct Recorder {
    events: Vec<Event>,
    /// The folders as they are now (mirroring the real folder).
    now: Tables,
    /// The folders when recording began, all on the disk.
    initial: Tables,
    initial_data: HashMap<Ino, Vec<u8>>,
    next_ino: Ino,
    faults: Vec<Fault>,
}

/// The recording disk. Paths outside its root, and lock files, are passed through unrecorded.
#[derive(Clone)]
pub struct PowerCutDisk {
    root: PathBuf,
    rec: Arc<Mutex<Recorder>>,
}

fn is_lock(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "lock")
}

impl PowerCutDisk {
    /// Start recording changes under `root`; what is there now counts as on the disk.
    pub fn new(root: &Path) -> Self {
        let mut rec = Recorder::empty();
        rec.walk(root, PathBuf::new());
        rec.initial = rec.now.clone();
        Self {
            root: root.to_owned(),
            rec: Arc::new(Mutex::new(rec)),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn lock(&self) -> MutexGuard<'_, Recorder> {
        self.rec.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// How many events so far: a cut at this position or later has everything done until now.
    /// The events just before `position`, one a line, for a failure to show where it was.
    pub fn events_before(&self, position: usize) -> String {
        let rec = self.lock();
        let from = position.saturating_sub(12);
        let mut out = String::new();
        for (i, event) in rec.events.iter().enumerate().take(position).skip(from) {
            let line = match event {
                Event::Write(ino, bytes) => format!("Write({ino}, {} bytes)", bytes.len()),
                other => format!("{other:?}"),
            };
            out.push_str(&format!("  {i}: {line}\n"));
        }
        out
    }

    pub fn position(&self) -> usize {
        self.lock().events.len()
    }

    pub fn fail(&self, fault: Fault) {
        self.lock().faults.push(fault);
    }

    pub fn heal(&self) {
        self.lock().faults.clear();
    }

    /// Inside the root, not a lock: `(folder, name)`.
    fn place(&self, path: &Path) -> Option<(PathBuf, OsString)> {
        let rel = path.strip_prefix(&self.root).ok()?;
        if is_lock(rel) {
            return None;
        }
        Some((rel.parent()?.to_owned(), rel.file_name()?.to_owned()))
    }

    /// Every cut from the first event to the last, each with every disk it could leave.
    pub fn for_each_cut(&self, mut visit: impl FnMut(&Cut<'_>)) -> usize {
        let rec = self.lock();
        let events = &rec.events;
        // For each change of a name, the event whose folder sync made it survive.
        let mut synced_by = vec![usize::MAX; events.len()];
        let mut waiting: HashMap<&Path, Vec<usize>> = HashMap::new();
        for (i, event) in events.iter().enumerate() {
            match event {
                Event::Meta { dir, .. } => waiting.entry(dir.as_path()).or_default().push(i),
                Event::SyncDir(dir) => {
                    for j in waiting.remove(dir.as_path()).unwrap_or_default() {
                        synced_by[j] = i;
                    }
                }
                _ => {}
            }
        }
        let mut current = rec.initial_data.clone();
        let mut synced = rec.initial_data.clone();
        let mut names: Vec<usize> = Vec::new();
        let mut images = 0;
        for position in 0..=events.len() {
            let unsynced: Vec<usize> = names
                .iter()
                .copied()
                .filter(|&i| synced_by[i] >= position)
                .collect();
            for kept in 0..=unsynced.len() {
                let keep: HashSet<usize> = unsynced[..kept].iter().copied().collect();
                let tables = rec.replay(names.iter().filter_map(|&i| {
                    (synced_by[i] < position || keep.contains(&i)).then_some(&events[i])
                }));
                let mut seen: Vec<Image> = Vec::new();
                for unsynced in EVERY_LOSS {
                    let image = build(&tables, |ino| {
                        lose(
                            current.get(&ino).map_or(&[][..], Vec::as_slice),
                            synced.get(&ino).map_or(&[][..], Vec::as_slice),
                            unsynced,
                        )
                    });
                    if seen.contains(&image) {
                        continue;
                    }
                    images += 1;
                    visit(&Cut {
                        position,
                        kept_names: kept,
                        unsynced,
                        image: &image,
                    });
                    seen.push(image);
                }
            }
            let Some(event) = events.get(position) else {
                break;
            };
            match event {
                Event::Meta { .. } => names.push(position),
                Event::Truncate(ino) => current.entry(*ino).or_default().clear(),
                Event::Write(ino, bytes) => current.entry(*ino).or_default().extend(bytes),
                Event::SyncFile(ino) => {
                    synced.insert(*ino, current.get(ino).cloned().unwrap_or_default());
                }
                Event::SyncDir(_) => {}
            }
        }
        images
    }

    /// Panics unless what was recorded is exactly what the real folder holds: every change
    /// went through the disk interface.
    pub fn assert_follows_the_real_folder(&self) {
        let rec = self.lock();
        let mut current = rec.initial_data.clone();
        for event in &rec.events {
            match event {
                Event::Truncate(ino) => current.entry(*ino).or_default().clear(),
                Event::Write(ino, bytes) => current.entry(*ino).or_default().extend(bytes),
                _ => {}
            }
        }
        let recorded = build(&rec.now, |ino| {
            current.get(&ino).cloned().unwrap_or_default()
        });
        let mut real = Recorder::empty();
        real.walk(&self.root, PathBuf::new());
        let real = build(&real.now, |ino| {
            real.initial_data.get(&ino).cloned().unwrap_or_default()
        });
        assert_eq!(
            recorded.dirs, real.dirs,
            "folders changed behind the disk interface"
        );
        let names = |image: &Image| image.files.keys().cloned().collect::<Vec<_>>();
        assert_eq!(
            names(&recorded),
            names(&real),
            "files changed behind the disk interface"
        );
        for (path, bytes) in &real.files {
            assert!(
                recorded.files.get(path) == Some(bytes),
                "{} was written behind the disk interface",
                path.display()
            );
        }
    }

    /// Put `image` in the root in place of what is there (lock files included).
    pub fn lay_down(&self, image: &Image) {
        if self.root.exists() {
            std::fs::remove_dir_all(&self.root).expect("clear the root");
        }
        std::fs::create_dir_all(&self.root).expect("root");
        for dir in &image.dirs {
            std::fs::create_dir_all(self.root.join(dir)).expect("folder");
        }
        for (path, bytes) in &image.files {
            std::fs::write(self.root.join(path), bytes).expect("file");
        }
    }
}

/// The bytes of a file after a power cut, from what was written and what was synced.
fn lose(current: &[u8], synced: &[u8], unsynced: Unsynced) -> Vec<u8> {
    if current == synced {
        return current.to_vec();
    }
    let half = current.len() / 2;
    match unsynced {
        Unsynced::Dropped => synced.to_vec(),
        Unsynced::Torn => current[..half].to_vec(),
        Unsynced::Zeroed => {
            let mut bytes = current[..half].to_vec();
            bytes.resize(current.len(), 0);
            bytes
        }
        Unsynced::Written => current.to_vec(),
    }
}

/// The files and folders reachable from the root through `tables`.
fn build(tables: &Tables, data: impl Fn(Ino) -> Vec<u8>) -> Image {
    let mut image = Image::default();
    let mut stack = vec![PathBuf::new()];
    while let Some(dir) = stack.pop() {
        let Some(table) = tables.get(&dir) else {
            continue;
        };
        for (name, node) in table {
            let path = dir.join(name);
            match node {
                Node::File(ino) => {
                    image.files.insert(path, data(*ino));
                }
                Node::Dir => {
                    image.dirs.push(path.clone());
                    stack.push(path);
                }
            }
        }
    }
    image.dirs.sort();
    image
}

fn apply(tables: &mut Tables, dir: &Path, change: &Change) {
    let table = tables.entry(dir.to_owned()).or_default();
    match change {
        Change::Add(name, node) => {
            table.insert(name.clone(), *node);
            if *node == Node::Dir {
                tables.entry(dir.join(name)).or_default();
            }
        }
        Change::Remove(name) => {
            table.remove(name);
        }
        Change::Rename(from, to) => {
            // Skipped when an earlier change it needs was lost.
            if let Some(node) = table.remove(from) {
                table.insert(to.clone(), node);
            }
        }
    }
}

impl Recorder {
    fn empty() -> Self {
        Self {
            events: Vec::new(),
            now: Tables::new(),
            initial: Tables::new(),
            initial_data: HashMap::new(),
            next_ino: 0,
            faults: Vec::new(),
        }
    }

    /// Record what is under `dir` as it is now.
    fn walk(&mut self, dir: &Path, rel: PathBuf) {
        self.now.entry(rel.clone()).or_default();
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
        entries.sort_by_key(std::fs::DirEntry::file_name);
        for entry in entries {
            let name = entry.file_name();
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                self.now
                    .entry(rel.clone())
                    .or_default()
                    .insert(name.clone(), Node::Dir);
                self.walk(&path, rel.join(&name));
            } else if kind.is_file() && !is_lock(&path) {
                let ino = self.new_ino();
                self.initial_data
                    .insert(ino, std::fs::read(&path).expect("read"));
                self.now
                    .entry(rel.clone())
                    .or_default()
                    .insert(name, Node::File(ino));
            }
        }
    }

    fn new_ino(&mut self) -> Ino {
        self.next_ino += 1;
        self.next_ino
    }

    fn meta(&mut self, dir: PathBuf, change: Change) {
        apply(&mut self.now, &dir, &change);
        self.events.push(Event::Meta { dir, change });
    }

    fn node(&self, dir: &Path, name: &OsString) -> Option<Node> {
        self.now.get(dir).and_then(|t| t.get(name)).copied()
    }

    fn replay<'e>(&self, events: impl Iterator<Item = &'e Event>) -> Tables {
        let mut tables = self.initial.clone();
        for event in events {
            if let Event::Meta { dir, change } = event {
                apply(&mut tables, dir, change);
            }
        }
        tables
    }

    /// The error a fault makes `op` on `path` fail with, if one does.
    fn fault(&mut self, op: Op, path: &Path) -> io::Result<()> {
        let Some(at) = self
            .faults
            .iter()
            .position(|f| f.op == op && path.starts_with(&f.under))
        else {
            return Ok(());
        };
        let fault = &mut self.faults[at];
        let error = io::Error::new(fault.error, "a simulated failure of the disk");
        match &mut fault.times {
            Some(1) => {
                self.faults.remove(at);
            }
            Some(n) => *n -= 1,
            None => {}
        }
        Err(error)
    }
}

struct SimFile {
    real: Box<dyn DiskFile>,
    path: PathBuf,
    ino: Option<Ino>,
    rec: Arc<Mutex<Recorder>>,
}

impl SimFile {
    fn lock(&self) -> MutexGuard<'_, Recorder> {
        self.rec.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl DiskFile for SimFile {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        let rec = Arc::clone(&self.rec);
        let mut rec = rec.lock().unwrap_or_else(PoisonError::into_inner);
        rec.fault(Op::Write, &self.path)?;
        self.real.write_all(bytes)?;
        if let Some(ino) = self.ino {
            rec.events.push(Event::Write(ino, bytes.to_vec()));
        }
        Ok(())
    }

    /// Recorded, not done: the real folder's own durability is no part of the simulation, and
    /// skipping it keeps the runs quick.
    fn sync(&mut self) -> io::Result<()> {
        let ino = self.ino;
        let path = self.path.clone();
        let mut rec = self.lock();
        rec.fault(Op::SyncFile, &path)?;
        if let Some(ino) = ino {
            rec.events.push(Event::SyncFile(ino));
        }
        Ok(())
    }
}

impl Disk for PowerCutDisk {
    fn create(&self, path: &Path) -> io::Result<Box<dyn DiskFile>> {
        let mut rec = self.lock();
        rec.fault(Op::Create, path)?;
        let real = RealDisk.create(path)?;
        let ino = self
            .place(path)
            .map(|(dir, name)| match rec.node(&dir, &name) {
                Some(Node::File(ino)) => {
                    rec.events.push(Event::Truncate(ino));
                    ino
                }
                _ => {
                    let ino = rec.new_ino();
                    rec.meta(dir, Change::Add(name, Node::File(ino)));
                    ino
                }
            });
        Ok(Box::new(SimFile {
            real,
            path: path.to_owned(),
            ino,
            rec: Arc::clone(&self.rec),
        }))
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        let mut rec = self.lock();
        rec.fault(Op::Rename, to)?;
        RealDisk.rename(from, to)?;
        match (self.place(from), self.place(to)) {
            (Some((a, from)), Some((b, to))) if a == b => rec.meta(a, Change::Rename(from, to)),
            (from, to) => {
                let node = from.as_ref().and_then(|(dir, name)| rec.node(dir, name));
                if let Some((dir, name)) = from {
                    rec.meta(dir, Change::Remove(name));
                }
                if let (Some((dir, name)), Some(node)) = (to, node) {
                    rec.meta(dir, Change::Add(name, node));
                }
            }
        }
        Ok(())
    }

    fn hard_link(&self, original: &Path, link: &Path) -> io::Result<()> {
        let mut rec = self.lock();
        rec.fault(Op::Link, link)?;
        RealDisk.hard_link(original, link)?;
        let node = self
            .place(original)
            .and_then(|(dir, name)| rec.node(&dir, &name));
        if let (Some((dir, name)), Some(node)) = (self.place(link), node) {
            rec.meta(dir, Change::Add(name, node));
        }
        Ok(())
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        let mut rec = self.lock();
        rec.fault(Op::Remove, path)?;
        RealDisk.remove_file(path)?;
        if let Some((dir, name)) = self.place(path) {
            rec.meta(dir, Change::Remove(name));
        }
        Ok(())
    }

    fn create_dir(&self, path: &Path) -> io::Result<()> {
        let mut rec = self.lock();
        rec.fault(Op::CreateDir, path)?;
        RealDisk.create_dir(path)?;
        if let Some((dir, name)) = self.place(path) {
            rec.meta(dir, Change::Add(name, Node::Dir));
        }
        Ok(())
    }

    /// Recorded, not done (see [`SimFile::sync`]); a folder that is not there still fails.
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        let mut rec = self.lock();
        rec.fault(Op::SyncDir, dir)?;
        std::fs::File::open(dir)?;
        if let Ok(rel) = dir.strip_prefix(&self.root) {
            rec.events.push(Event::SyncDir(rel.to_owned()));
        }
        Ok(())
    }
}
