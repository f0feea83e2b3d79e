use std::time::Duration;

use chrono::Utc;

use super::*;
use crate::store::guides;

const WAIT: Duration = Duration::from_secs(5);

fn setup() -> (tempfile::TempDir, DataDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path());
    data.ensure().expect("folders");
    let path = guides::create(&data.guides(), &Guide::blank("Our café", "en")).expect("made");
    (dir, data, path)
}

fn typed(open: &mut OpenGuide, value: &str) {
    open.apply(Edit::SetText {
        text: Text::Question(0),
        language: "en".into(),
        value: value.into(),
    });
}

#[test]
fn a_saved_guide_is_written_privately_with_its_previous_version_kept() {
    let (_dir, data, path) = setup();
    let mut open = OpenGuide::open(&data, &path, || {}).expect("opens");
    assert!(!open.is_dirty());
    typed(&mut open, "What helps?");
    assert!(open.is_dirty());
    open.save().expect("handed over");
    assert!(open.flush(WAIT));
    assert!(open.all_saved());
    let on_disk = load_guide_file(&path).expect("loads").guide;
    assert_eq!(on_disk.questions[0].text, "What helps?");
    let backup = crate::store::atomic::backup_path(&path);
    assert!(backup.exists(), "the previous version is kept");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in [&path, &backup] {
            let mode = std::fs::metadata(file).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", file.display());
        }
    }
    open.close(false, Utc::now());
}

#[test]
fn a_second_window_on_one_guide_is_read_only_and_changes_nothing() {
    let (_dir, data, path) = setup();
    let mut first = OpenGuide::open(&data, &path, || {}).expect("opens");
    let mut second = OpenGuide::open(&data, &path, || {}).expect("opens too");
    assert!(first.read_only().is_none());
    assert!(matches!(
        second.read_only(),
        Some(ReadOnly::EditedElsewhere(_))
    ));
    typed(&mut second, "Lost?");
    assert_eq!(second.guide().questions[0].text, "", "no edit is accepted");
    assert!(
        guides::rename(&path, "Another").is_err(),
        "nor renamed under the editor"
    );
    assert!(guides::delete(&path).is_err(), "nor deleted");
    second.close(false, Utc::now());
    typed(&mut first, "Kept");
    first.save().expect("saved");
    assert!(first.flush(WAIT));
    first.close(false, Utc::now());
    assert!(
        !crate::store::lock::lock_path(&path).exists(),
        "the lock is let go"
    );
}

#[test]
fn unsaved_changes_are_kept_on_disk_and_put_back_as_one_undoable_edit() {
    let (_dir, data, path) = setup();
    let mut open = OpenGuide::open(&data, &path, || {}).expect("opens");
    typed(&mut open, "Half-typed question");
    assert_eq!(open.keep_draft(Utc::now(), true), None);
    // The app is killed: nothing saved, the draft is on disk.
    assert!(open.drafts.flush(WAIT));
    drop(open);
    assert_eq!(guide_drafts::pending(&data.drafts()).len(), 1);
    let mut back = OpenGuide::open(&data, &path, || {}).expect("opens");
    assert!(back.restored().is_some());
    assert_eq!(back.guide().questions[0].text, "Half-typed question");
    assert!(back.is_dirty());
    assert!(back.undo(), "undo returns to the file as saved");
    assert_eq!(back.guide().questions[0].text, "");
    assert!(back.redo());
    back.save().expect("saved");
    assert!(back.flush(WAIT));
    back.keep_draft(Utc::now(), false);
    assert!(
        guide_drafts::pending(&data.drafts()).is_empty(),
        "saved: the draft goes"
    );
    back.close(false, Utc::now());
}

#[test]
fn renaming_deleting_and_undoing_a_delete_keep_the_files_straight() {
    let (_dir, data, path) = setup();
    let renamed = guides::rename(&path, "Autumn café").expect("renamed");
    assert!(renamed.ends_with("autumn-cafe.ron"));
    assert!(!path.exists());
    assert_eq!(
        load_guide_file(&renamed).expect("loads").guide.title,
        "Autumn café"
    );
    let second = guides::create(&data.guides(), &Guide::blank("Autumn café", "en")).expect("made");
    assert!(
        second.ends_with("autumn-cafe-2.ron"),
        "two guides, one title, two files"
    );
    let deleted = guides::delete(&renamed).expect("deleted");
    assert_eq!(deleted.title, "Autumn café");
    assert!(!renamed.exists());
    assert_eq!(guides::last_deleted(&data.guides()), Some(deleted));
    let back = guides::undo_delete(&data.guides()).expect("undone");
    assert_eq!(back, renamed);
    assert!(guides::last_deleted(&data.guides()).is_none());
    assert_eq!(
        guides::undo_delete(&data.guides()),
        Err(guides::GuideFileError::NothingDeleted)
    );
    let listed = crate::store::catalog::list_guides(&data.guides());
    assert_eq!(listed.iter().filter(|g| !g.is_template()).count(), 2);
}

#[test]
fn an_export_replaces_only_a_new_file_or_another_guide() {
    let dir = tempfile::tempdir().expect("temp dir");
    let guide = Guide::blank("Our café", "en");
    let md = dir.path().join("ours.md");
    guides::export(&guide, &md).expect("a new file");
    guides::export(&guide, &md).expect("an earlier export is replaced");
    let cafe = dir.path().join("cafe.ron");
    std::fs::write(&cafe, "Session(schema_version: 2, id: \"x\")").expect("write");
    let notes = dir.path().join("notes.md");
    std::fs::write(&notes, "# My shopping list\n- milk\n").expect("write");
    for other in [&cafe, &notes] {
        let before = std::fs::read(other).expect("read");
        assert_eq!(
            guides::export(&guide, other),
            Err(guides::GuideFileError::NotAGuide(other.clone()))
        );
        assert_eq!(
            std::fs::read(other).expect("read"),
            before,
            "left as it was"
        );
    }
}
