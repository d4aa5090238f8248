//! The export file: it round-trips, imports merge or replace as documented, and every
//! kind of wrong file is refused with a reason, changing nothing.

mod model_support;

use model_support::cases::cases;
use netwhy::model::store::{Session, Stored, FORMAT};
use netwhy::model::transfer::{
    apply, export, file_name, merge, preview, read, ImportError, Mode, APP, MAX_BYTES,
};
use netwhy::model::{score, AnswerValue, Answers, Content, Date, Snapshot, UtcOffset};
use serde_json::{json, Value};

const NOW: &str = "2026-11-26T09:30:00.000Z";

fn persona(name: &str) -> Answers {
    cases()
        .into_iter()
        .find(|c| c.persona.name.contains(name))
        .unwrap_or_else(|| panic!("persona {name}"))
        .persona
        .answers()
}

fn snapshot(taken: &str, name: &str) -> Snapshot {
    let answers = persona(name);
    Snapshot::new(
        taken,
        answers.clone(),
        &score(Content::embedded(), &answers),
    )
}

fn session(updated: &str, answered: usize) -> Session {
    let mut s = Session::start("2026-11-20T08:00:00.000Z");
    s.updated = updated.into();
    let mut answers = Answers::new();
    for item in Content::embedded().items().iter().take(answered) {
        answers.set(item.id.clone(), AnswerValue::Point(3));
    }
    s.answers = answers;
    s
}

fn device() -> Stored {
    Stored {
        format: FORMAT,
        current: Some(session("2026-11-25T10:00:00.000Z", 5)),
        history: vec![
            snapshot("2026-08-01T10:00:00.000Z", "researcher"),
            snapshot("2026-10-01T10:00:00.000Z", "consultant"),
        ],
        room_nonce: Some(1111),
    }
}

fn other_device() -> Stored {
    Stored {
        format: FORMAT,
        current: Some(session("2026-11-26T08:00:00.000Z", 9)),
        history: vec![
            snapshot("2026-10-01T10:00:00.000Z", "consultant"),
            snapshot("2026-06-15T10:00:00.000Z", "designer"),
        ],
        room_nonce: Some(2222),
    }
}

fn dates(stored: &Stored) -> Vec<&str> {
    stored.history.iter().map(|s| s.taken.as_str()).collect()
}

#[test]
fn an_export_reads_back_as_the_same_data() {
    let stored = device();
    let text = export(&stored, NOW);
    let imported = read(&text).expect("own export reads");
    assert_eq!(imported.stored, stored);
    assert_eq!(imported.exported.as_deref(), Some(NOW));
    assert_eq!(
        read(&export(&Stored::new(), NOW)).map(|i| i.stored),
        Ok(Stored::new())
    );
}

#[test]
fn the_file_is_the_storage_envelope_with_the_app_and_the_export_time() {
    let value: Value = serde_json::from_str(&export(&device(), NOW)).expect("JSON");
    assert_eq!(value["app"], json!(APP));
    assert_eq!(value["exported"], json!(NOW));
    assert_eq!(value["format"], json!(FORMAT));
    assert_eq!(value["history"].as_array().map(Vec::len), Some(2));
    assert_eq!(
        value["history"][0]["taken"],
        json!("2026-08-01T10:00:00.000Z")
    );
    assert!(value["current"]["answers"].is_object());
    assert_eq!(file_name(NOW, UtcOffset::UTC), "netwhy-2026-11-26.json");
    assert_eq!(file_name("garbage", UtcOffset::UTC), "netwhy.json");
    // Named by the person's own day: just after midnight in UTC+2 is still the day
    // before in UTC, and late evening in UTC−5 is already the next day in UTC.
    let late = "2026-11-25T22:30:00.000Z";
    assert_eq!(
        file_name(late, UtcOffset::minutes(120)),
        "netwhy-2026-11-26.json"
    );
    assert_eq!(
        file_name("2026-11-27T03:00:00.000Z", UtcOffset::minutes(-300)),
        "netwhy-2026-11-26.json"
    );
}

#[test]
fn the_preview_counts_results_dates_and_the_assessment_in_progress() {
    let content = Content::embedded();
    let p = preview(content, &device(), |_| UtcOffset::UTC);
    assert_eq!(p.snapshots, 2);
    assert_eq!(p.first, Date::parse("2026-08-01"));
    assert_eq!(p.last, Date::parse("2026-10-01"));
    let s = p.session.expect("in progress");
    assert_eq!((s.answered, s.total), (5, content.items().len()));
    assert!(!s.complete);
    assert_eq!(s.updated, Date::parse("2026-11-25"));
    // The days are the person's: 10:00 UTC is the next day in UTC+14 (and the offset is
    // asked for each moment, as daylight saving time changes it).
    let asked = std::cell::RefCell::new(Vec::new());
    let east = preview(content, &device(), |stamp| {
        asked.borrow_mut().push(stamp.to_owned());
        UtcOffset::minutes(14 * 60)
    });
    assert_eq!(east.first, Date::parse("2026-08-02"));
    assert_eq!(east.last, Date::parse("2026-10-02"));
    assert_eq!(
        east.session.and_then(|s| s.updated),
        Date::parse("2026-11-26")
    );
    assert!(asked
        .borrow()
        .iter()
        .any(|s| s == "2026-08-01T10:00:00.000Z"));
    // Once every question is answered, the answers are those of the latest result.
    let mut finished = device();
    if let Some(current) = finished.current.as_mut() {
        current.answers = persona("designer");
    }
    let done = preview(content, &finished, |_| UtcOffset::UTC)
        .session
        .expect("finished");
    assert!(done.complete);
    assert_eq!(done.answered, done.total);
    let empty = preview(content, &Stored::new(), |_| UtcOffset::UTC);
    assert_eq!(
        (empty.snapshots, empty.first, empty.session),
        (0, None, None)
    );
}

#[test]
fn merging_keeps_both_histories_once_each_and_the_newer_assessment() {
    let (mine, theirs) = (device(), other_device());
    let merged = merge(&mine, &theirs);
    assert_eq!(
        dates(&merged),
        [
            "2026-06-15T10:00:00.000Z",
            "2026-08-01T10:00:00.000Z",
            "2026-10-01T10:00:00.000Z"
        ]
    );
    // The file's assessment changed later, so it is the one kept.
    assert_eq!(merged.current, theirs.current);
    // The other way round the device's is newer; the history is the same.
    let back = merge(&theirs, &mine);
    assert_eq!(back.current, theirs.current);
    assert_eq!(dates(&back), dates(&merged));
    // Importing the same file twice adds nothing more.
    assert_eq!(merge(&merged, &theirs), merged);
    // An assessment on one side only is kept.
    let none = Stored {
        current: None,
        ..theirs.clone()
    };
    assert_eq!(merge(&none, &mine).current, mine.current);
    assert_eq!(merge(&mine, &none).current, mine.current);
    // The device keeps the nonce of its room codes, so its person is still counted once;
    // a device without one takes the file's.
    assert_eq!(merge(&mine, &theirs).room_nonce, mine.room_nonce);
    let fresh = Stored {
        room_nonce: None,
        ..mine.clone()
    };
    assert_eq!(merge(&fresh, &theirs).room_nonce, theirs.room_nonce);
    assert_eq!(apply(Mode::Merge, &mine, &theirs), merged);
}

#[test]
fn replacing_takes_the_file_as_it_is() {
    let theirs = other_device();
    let replaced = apply(Mode::Replace, &device(), &theirs);
    assert_eq!(replaced, theirs);
    assert_eq!(
        apply(Mode::Replace, &device(), &Stored::new()),
        Stored::new()
    );
}

#[test]
fn duplicate_results_in_a_file_are_read_once_in_date_order() {
    let mut file = other_device();
    file.history
        .push(snapshot("2026-06-15T10:00:00.000Z", "designer"));
    let imported = read(&export(&file, NOW)).expect("reads");
    assert_eq!(
        dates(&imported.stored),
        ["2026-06-15T10:00:00.000Z", "2026-10-01T10:00:00.000Z"]
    );
}

#[test]
fn wrong_files_are_refused_with_a_reason() {
    assert!(matches!(
        read("not json at all"),
        Err(ImportError::NotJson(_))
    ));
    assert!(matches!(read(""), Err(ImportError::NotJson(_))));
    assert_eq!(read("[1,2]"), Err(ImportError::NotNetwhy));
    assert_eq!(
        read("{\"format\":1,\"history\":[]}"),
        Err(ImportError::NotNetwhy)
    );
    assert_eq!(
        read("{\"app\":\"otherapp\",\"format\":1,\"history\":[]}"),
        Err(ImportError::NotNetwhy)
    );
    // A content pack chosen here by mistake is named as one, so the person knows where it
    // goes: the built-in content as "download this content to edit" saves it.
    let pack = netwhy::model::to_text(&netwhy::model::pack_file_of(
        netwhy::model::Content::embedded(),
        &netwhy::model::About::built_in(),
        None,
    ));
    assert_eq!(read(&pack), Err(ImportError::ContentPack));
    assert_eq!(
        read("{\"app\":\"netwhy\",\"format\":5,\"history\":[]}"),
        Err(ImportError::Newer(5))
    );
    assert_eq!(
        read("{\"app\":\"netwhy\",\"format\":0}"),
        Err(ImportError::Unknown(0))
    );
    assert!(matches!(
        read("{\"app\":\"netwhy\"}"),
        Err(ImportError::WrongShape(_))
    ));
    assert!(matches!(
        read("{\"app\":\"netwhy\",\"format\":1,\"history\":{}}"),
        Err(ImportError::WrongShape(_))
    ));
    let mut bad_date = device();
    bad_date.history[0].taken = "yesterday".into();
    assert!(matches!(
        read(&export(&bad_date, NOW)),
        Err(ImportError::WrongShape(reason)) if reason.contains("yesterday")
    ));
    let err = read("{\"app\":\"netwhy\",\"format\":7}").expect_err("newer");
    assert!(err.to_string().contains("newer"));
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let mut text = export(&device(), NOW);
    let pad = MAX_BYTES + 1 - text.len();
    text.insert_str(1, &" ".repeat(pad));
    assert_eq!(read(&text), Err(ImportError::TooLarge(MAX_BYTES + 1)));
    // One byte less is fine.
    text.remove(1);
    assert!(read(&text).is_ok());
}

#[test]
fn a_file_that_adds_nothing_leaves_the_device_as_it_was() {
    // A refused file never reaches `apply` (the data screen's test shows "nothing changed"
    // in the browser); a file that is read but holds nothing new must change nothing either,
    // or merging would rewrite the device's data.
    let mine = device();
    let own = read(&export(&mine, NOW)).expect("own export reads").stored;
    assert_eq!(apply(Mode::Merge, &mine, &own), mine);
    // An older copy of this device: one result of the two, and the assessment as it was
    // before its last answers. The device keeps its newer assessment and both results.
    let older = Stored {
        format: FORMAT,
        current: Some(session("2026-11-24T10:00:00.000Z", 2)),
        history: vec![mine.history[0].clone()],
        room_nonce: None,
    };
    assert_eq!(apply(Mode::Merge, &mine, &older), mine);
    // A result of the same date in the file is the same result: the device's copy stays.
    let mut same_day = older.clone();
    same_day.history = vec![snapshot(&mine.history[1].taken, "designer")];
    assert_ne!(same_day.history[0], mine.history[1]);
    assert_eq!(apply(Mode::Merge, &mine, &same_day), mine);
}

#[test]
fn a_file_saved_in_format_1_keeps_importing() {
    let path = format!(
        "{}/tests/fixtures/transfer/export-format-1.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let imported = read(&text).expect("the documented example reads");
    assert_eq!(
        imported.exported.as_deref(),
        Some("2026-11-26T09:30:00.000Z")
    );
    let current = imported.stored.current.expect("an assessment in progress");
    assert_eq!(current.answers.point("known_recognised"), Some(4));
    assert_eq!(current.position.as_deref(), Some("stage"));
    assert_eq!(imported.stored.history.len(), 1);
    assert_eq!(
        imported.stored.history[0].summary.channels[1].channel,
        "meetups"
    );
}
