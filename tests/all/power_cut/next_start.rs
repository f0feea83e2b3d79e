//! Reading a disk a power cut left the way the next start reads it: every file by the app's
//! own code, once per content, and each promise the app had made checked against it.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use cafe_host::store::{DataDir, drafts, load_session, recovery};

use super::sim::{Cut, Image, PowerCutDisk};
use super::{Evening, Promise, texts};

impl Evening {
    /// Check every disk a power cut could leave; returns how many were checked.
    pub(super) fn check_every_cut(&self) -> usize {
        let mut failure = None;
        let mut memo = Memo::default();
        let images = self.disk.for_each_cut(|cut| {
            if failure.is_some() {
                return;
            }
            if let Err(why) = self.check(cut, &mut memo) {
                failure = Some((
                    cut.position,
                    format!(
                        "a power cut after {} events (keeping {} unsynced names, unsynced bytes {:?}): {why}\nfiles: {:?}",
                        cut.position,
                        cut.kept_names,
                        cut.unsynced,
                        cut.image.files.keys().collect::<Vec<_>>(),
                    ),
                ));
            }
        });
        if let Some((position, failure)) = failure {
            panic!(
                "{failure}\nthe last events:\n{}",
                self.disk.events_before(position)
            );
        }
        images
    }

    /// Read `cut`'s disk as the next start reads it. Each file is read by the app's own code,
    /// once per content (a file unchanged between cuts gives the same answer).
    fn check(&self, cut: &Cut<'_>, memo: &mut Memo) -> Result<(), String> {
        let root = self.root.path();
        let mut sessions: BTreeMap<PathBuf, Vec<String>> = BTreeMap::new();
        for (rel, bytes) in &cut.image.files {
            let path = root.join(rel);
            if let Some(notes) = memo.read(&path, bytes)? {
                sessions.insert(path, notes);
            }
        }
        let offered = memo.offered(&self.disk, cut.image, &self.data);
        let offered_for = |file: &Path| {
            offered
                .iter()
                .filter(|(original, _)| original == file)
                .map(|(_, notes)| notes)
                .collect::<Vec<_>>()
        };
        let mut newest: BTreeMap<String, &Promise> = BTreeMap::new();
        for (position, promise) in &self.promises {
            if *position <= cut.position {
                newest.insert(promise.key(), promise);
            }
        }
        for promise in newest.values() {
            match promise {
                Promise::Saved { file, notes } => {
                    let held = sessions
                        .get(file)
                        .ok_or_else(|| format!("{} is gone", file.display()))?;
                    missing(notes, held, file)?;
                    for copy in offered_for(file) {
                        missing(notes, copy, &self.data.recovery())?;
                    }
                }
                Promise::Kept { file, notes } => {
                    let mut held = sessions.get(file).cloned().unwrap_or_default();
                    held.extend(offered_for(file).into_iter().flatten().cloned());
                    missing(notes, &held, file)?;
                }
                Promise::Drafts { texts } => {
                    let kept: Vec<String> = cut
                        .image
                        .files
                        .iter()
                        .filter(|(rel, _)| {
                            root.join(rel).parent() == Some(self.data.drafts().as_path())
                                && rel.extension().is_some_and(|e| e == "ron")
                        })
                        .flat_map(|(rel, bytes)| memo.drafts(&root.join(rel), bytes))
                        .collect();
                    // The text flushed, or more typed since and being written.
                    if let Some(lost) = texts
                        .iter()
                        .find(|t| !kept.iter().any(|k| k.trim().starts_with(*t)))
                    {
                        return Err(format!(
                            "the half-typed {lost:?} is not in {}",
                            self.data.drafts().display()
                        ));
                    }
                }
                Promise::Erased { file, name } => {
                    let bak = cafe_host::store::atomic::backup_path(file);
                    for (rel, bytes) in &cut.image.files {
                        let path = root.join(rel);
                        let of_the_cafe =
                            path == *file || path == bak || path.starts_with(self.data.recovery());
                        if of_the_cafe && memchr::memmem::find(bytes, name.as_bytes()).is_some() {
                            return Err(format!("{} still holds {name}", path.display()));
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

/// What the app's readers said about each file content already read.
#[derive(Default)]
struct Memo {
    /// By path and content: the notes of a café file, nothing for another file, or the error.
    read: HashMap<u64, Result<Option<Vec<String>>, String>>,
    drafts: HashMap<u64, Vec<String>>,
    /// By the recovery folder and the café files: the copies offered, with their notes.
    offered: HashMap<u64, Vec<(PathBuf, Vec<String>)>>,
}

fn key(parts: &[(&Path, &[u8])]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for (path, bytes) in parts {
        path.hash(&mut hasher);
        bytes.hash(&mut hasher);
    }
    hasher.finish()
}

/// Put one file where the app will read it.
fn put(path: &Path, bytes: &[u8]) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("folder");
    }
    std::fs::write(path, bytes).expect("file");
}

impl Memo {
    fn read(&mut self, path: &Path, bytes: &[u8]) -> Result<Option<Vec<String>>, String> {
        self.read
            .entry(key(&[(path, bytes)]))
            .or_insert_with(|| {
                put(path, bytes);
                opens(path)
            })
            .clone()
    }

    fn drafts(&mut self, path: &Path, bytes: &[u8]) -> Vec<String> {
        self.drafts
            .entry(key(&[(path, bytes)]))
            .or_insert_with(|| {
                put(path, bytes);
                drafts::try_load(path)
                    .map(|kept| kept.into_values().map(|d| d.text).collect())
                    .unwrap_or_default()
            })
            .clone()
    }

    /// The recovery copies the next start offers, from the whole disk laid down.
    fn offered(
        &mut self,
        disk: &PowerCutDisk,
        image: &Image,
        data: &DataDir,
    ) -> Vec<(PathBuf, Vec<String>)> {
        let recovery = data.recovery();
        let root = disk.root();
        let copies: Vec<(&Path, &[u8])> = image
            .files
            .iter()
            .filter(|(rel, _)| root.join(rel).starts_with(&recovery))
            .map(|(rel, bytes)| (rel.as_path(), bytes.as_slice()))
            .collect();
        if copies.is_empty() {
            return Vec::new();
        }
        let mut parts = copies;
        parts.extend(
            image
                .files
                .iter()
                .filter(|(rel, _)| rel.extension().is_some_and(|e| e == "ron"))
                .map(|(rel, bytes)| (rel.as_path(), bytes.as_slice())),
        );
        self.offered
            .entry(key(&parts))
            .or_insert_with(|| {
                disk.lay_down(image);
                recovery::pending(&recovery)
                    .into_iter()
                    .map(|p| (p.original, texts(&p.loaded.session)))
                    .collect()
            })
            .clone()
    }
}

fn missing(wanted: &[String], held: &[String], place: &Path) -> Result<(), String> {
    match wanted.iter().find(|w| !held.contains(w)) {
        Some(lost) => Err(format!("{lost:?} is not in {}", place.display())),
        None => Ok(()),
    }
}

/// Whether the file at `path` opens the way the app opens it, and the notes of a café file.
/// Temp files of a save cut short are read by nothing (the next save clears them).
fn opens(path: &Path) -> Result<Option<Vec<String>>, String> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.ends_with(".tmp") {
        return Ok(None);
    }
    let in_drafts = path
        .parent()
        .and_then(Path::file_name)
        .is_some_and(|n| n == "drafts");
    let plain = name.strip_suffix(".bak").unwrap_or(&name);
    let failed = |why: String| format!("{} does not open: {why}", path.display());
    if in_drafts {
        return drafts::try_load(path)
            .map(|_| None)
            .map_err(|e| failed(e.to_string()));
    }
    if plain.ends_with(".ron") {
        return load_session(path)
            .map(|l| Some(texts(&l.session)))
            .map_err(|e| failed(e.to_string()));
    }
    // The names of files: the café last open, the file a recovery copy belongs to.
    match std::fs::read_to_string(path) {
        Ok(text) if Path::new(text.trim()).is_absolute() => Ok(None),
        Ok(text) => Err(failed(format!("it names no file: {text:?}"))),
        Err(e) => Err(failed(e.to_string())),
    }
}
