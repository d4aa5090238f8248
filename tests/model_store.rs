//! The storage format: what is written reads back exactly, older formats migrate,
//! and anything else is refused with a reason instead of being misread.

use netwhy::model::store::{
    backup_key, decode, decode_with, encode, Decoded, Session, Stored, Unreadable, BACKUP_PREFIX,
    FORMAT, KEY, MIGRATIONS,
};
use netwhy::model::{score, AnswerValue, Answers, Content, Snapshot};
use serde_json::{json, Value};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/store/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read(text: &str) -> Stored {
    match decode(text) {
        Decoded::Read(s) => s,
        other => panic!("expected current-format data, got {other:?}"),
    }
}

fn unreadable(text: &str) -> Unreadable {
    match decode(text) {
        Decoded::Unreadable(u) => u,
        other => panic!("expected unreadable, got {other:?}"),
    }
}

fn sample() -> Stored {
    let mut answers = Answers::new();
    answers.set("known_recognised", AnswerValue::Point(4));
    answers.set("priority_split", AnswerValue::Split([5, 3, 2]));
    answers.set(
        "platforms_used",
        AnswerValue::Choices(vec!["linkedin_posts".into(), "meetups".into()]),
    );
    answers.set("stage", AnswerValue::Choice("focus".into()));
    let mut session = Session::start("2025-01-31T09:00:00.000Z");
    session.updated = "2025-01-31T09:04:12.345Z".into();
    session.answers = answers;
    session.position = Some("stage".into());
    Stored {
        format: FORMAT,
        current: Some(session),
        history: Vec::new(),
        room_nonce: Some(31_415_926),
    }
}

/// [`sample`] as format 2 had it: without the nonce of room codes, which came in format 3.
fn sample_before_rooms() -> Stored {
    Stored {
        room_nonce: None,
        ..sample()
    }
}

#[test]
fn the_key_and_backup_keys_are_namespaced() {
    assert_eq!(KEY, "netwhy");
    assert_eq!(
        backup_key("2025-01-31T09:00:00.000Z", 1),
        "netwhy.unreadable.2025-01-31T09:00:00.000Z"
    );
    assert_eq!(
        backup_key("2025-01-31T09:00:00.000Z", 2),
        "netwhy.unreadable.2025-01-31T09:00:00.000Z.2"
    );
    assert!(backup_key("t", 3).starts_with(BACKUP_PREFIX));
}

#[test]
fn what_is_written_reads_back_exactly() {
    let stored = sample();
    assert_eq!(read(&encode(&stored)), stored);
    assert_eq!(read(&encode(&Stored::new())), Stored::new());
}

#[test]
fn the_written_text_is_the_documented_shape() {
    let text = encode(&sample());
    let value: Value = serde_json::from_str(&text).expect("JSON");
    let expected: Value = serde_json::from_str(&fixture("format-4.json")).expect("fixture");
    assert_eq!(value, expected);
    assert_eq!(value["format"], json!(4));
    assert_eq!(value["room_nonce"], json!(31_415_926));
    assert_eq!(value["current"]["position"], json!("stage"));
    assert_eq!(value["history"], json!([]));
}

#[test]
fn the_current_format_fixture_reads_with_every_answer() {
    let stored = read(&fixture("format-4.json"));
    assert_eq!(stored, sample());
}

#[test]
fn format_3_migrates_to_4_with_everything_kept_and_every_result_taken_with_the_built_in_content() {
    match decode(&fixture("format-3.json")) {
        Decoded::Migrated { stored, from: 3 } => assert_eq!(stored, sample()),
        other => panic!("expected a migration from format 3, got {other:?}"),
    }
}

#[test]
fn a_result_remembers_the_content_pack_it_was_taken_with_and_a_damaged_tag_reads_as_none() {
    let stored = read(&fixture("format-4-packs.json"));
    let tags: Vec<Option<&str>> = stored
        .history
        .iter()
        .map(|s| s.content.as_ref().map(|t| t.id.as_str()))
        .collect();
    assert_eq!(tags, [None, Some("nurses-lyon"), None, None]);
    let tag = stored.history[1].content.clone().expect("tag");
    assert_eq!(tag.fingerprint.to_string(), "3F9A-12BC");
    assert_eq!(tag.name, "Nurses in Lyon <b>2027</b>", "kept as text");
    assert!(tag.calculation);
    // Written back as it was read.
    assert_eq!(read(&encode(&stored)), stored);
    // Only a result taken with the content in use is scored again; the others show what
    // they said.
    let content = Content::embedded();
    assert!(!stored.history[1].same_content(None));
    assert!(stored.history[1].same_content(Some(&tag)));
    assert!(stored.history[0].same_content(None));
    assert!(!stored.history[0].same_content(Some(&tag)));
    assert!(!stored.history[1].rescorable_with(content, None));
}

fn migrated(text: &str) -> Stored {
    match decode(text) {
        Decoded::Migrated { stored, from: 1 } => stored,
        other => panic!("expected a migration from format 1, got {other:?}"),
    }
}

#[test]
fn the_first_format_migrates_and_keeps_every_answer_whose_meaning_stayed() {
    assert_eq!(migrated(&fixture("format-1.json")), sample_before_rooms());
    let extra = migrated(&fixture("format-1-extra-fields.json"));
    let current = extra.current.expect("current");
    assert_eq!(current.content_format, 2);
    assert_eq!(current.answers.point("retired_item"), Some(2));
    assert_eq!(extra.history[0].content_format, 1);
    assert_eq!(migrated(&fixture("format-1-minimal.json")), Stored::new());
}

#[test]
fn answers_whose_meaning_changed_are_asked_again_and_old_snapshots_are_kept() {
    let stored = migrated(&fixture("format-1-changed-answers.json"));
    let current = stored.current.expect("current");
    let kept: Vec<&str> = current.answers.iter().map(|(id, _)| id).collect();
    assert_eq!(kept, ["audience", "habit_interest", "known_recognised"]);
    assert_eq!(current.content_format, 2);
    // The person was on a statement that is gone: they start where the app decides.
    assert_eq!(current.position, None);
    let content = Content::embedded();
    for id in [
        "known_low_profile",
        "habit_accept_all",
        "region",
        "situation",
    ] {
        assert!(
            current.answers.missing(content).contains(&id),
            "{id} asked again"
        );
    }
    // What a snapshot said is history: its answers and summary stay as they were.
    let old = &stored.history[0];
    assert_eq!(old.content_format, 1);
    assert_eq!(old.answers.point("known_work_speaks"), Some(2));
    assert_eq!(old.answers.choice("region"), Some("asia_pacific"));
    assert_eq!(old.summary.channels[0].channel, "portfolio_networks");
}

fn migrated_from_2(text: &str) -> Stored {
    match decode(text) {
        Decoded::Migrated { stored, from: 2 } => stored,
        other => panic!("expected a migration from format 2, got {other:?}"),
    }
}

#[test]
fn format_2_migrates_to_the_current_format_with_everything_kept() {
    assert_eq!(
        migrated_from_2(&fixture("format-2.json")),
        sample_before_rooms()
    );
    assert_eq!(
        migrated_from_2(&fixture("format-2-minimal.json")),
        Stored::new()
    );
    let stored = migrated_from_2(&fixture("format-2-extra-fields.json"));
    assert_eq!(stored.format, FORMAT);
    assert_eq!(stored.room_nonce, None, "drawn when a code is first shown");
    assert_eq!(stored.history.len(), 1);
    assert_eq!(stored.history[0].room, None);
    assert_eq!(stored.history[0].summary.scores.0, [40, 70, 55]);
    // Written back, it is the current format and reads as it is.
    assert_eq!(read(&encode(&stored)), stored);
}

#[test]
fn unknown_fields_are_tolerated_and_missing_optional_ones_default() {
    let stored = migrated_from_2(&fixture("format-2-extra-fields.json"));
    let current = stored.current.expect("current");
    assert_eq!(current.answers.point("known_recognised"), Some(4));
    // Answers to items this content does not have are kept, not dropped.
    assert_eq!(current.answers.point("retired_item"), Some(2));
    assert_eq!(current.position.as_deref(), Some("known_stand_for"));
    assert_eq!(stored.history.len(), 1);
    assert_eq!(stored.history[0].taken, "2024-11-02T18:30:00.000Z");

    assert_eq!(read("{\"format\":4}"), Stored::new());
}

#[test]
fn a_newer_format_is_refused_not_misread() {
    assert_eq!(
        unreadable(&fixture("newer-format.json")),
        Unreadable::Newer(5)
    );
}

#[test]
fn garbage_and_wrong_shapes_are_refused_with_a_reason() {
    assert!(matches!(
        unreadable(&fixture("not-json.txt")),
        Unreadable::NotJson(_)
    ));
    assert!(matches!(unreadable(""), Unreadable::NotJson(_)));
    assert_eq!(unreadable(&fixture("no-format.json")), Unreadable::NoFormat);
    assert_eq!(unreadable("[1,2,3]"), Unreadable::NoFormat);
    assert_eq!(unreadable("{\"format\":\"1\"}"), Unreadable::NoFormat);
    assert_eq!(unreadable("{\"format\":0}"), Unreadable::Unknown(0));
    let shape = unreadable(&fixture("wrong-shape.json"));
    assert!(matches!(shape, Unreadable::WrongShape(_)), "{shape:?}");
    // Every reason can be shown to a developer.
    assert!(shape.to_string().starts_with("unexpected shape"));
}

/// The made-up format 0 of `example-format-0.json` to format 1: wrap the session
/// in the envelope.
fn example_step(mut old: Value) -> Result<Value, String> {
    let obj = old.as_object_mut().ok_or("not an object")?;
    obj.remove("format");
    let started = obj.get("started").cloned().ok_or("no start time")?;
    obj.insert("content_format".into(), json!(1));
    obj.insert("updated".into(), started);
    Ok(json!({ "format": 1, "current": old }))
}

#[test]
fn an_older_format_migrates_through_the_chain() {
    let text = fixture("example-format-0.json");
    match decode_with(&text, 0, &[example_step]) {
        Decoded::Migrated { stored, from } => {
            assert_eq!(from, 0);
            assert_eq!(stored.format, 1);
            let current = stored.current.expect("current");
            assert_eq!(current.answers.point("known_recognised"), Some(4));
            assert_eq!(current.updated, "2025-01-31T09:00:00.000Z");
            assert_eq!(current.position.as_deref(), Some("known_stand_for"));
        }
        other => panic!("expected a migration, got {other:?}"),
    }
    // The chain's current format passes through it untouched.
    let mut older = sample_before_rooms();
    older.format = 1;
    if let Some(session) = older.current.as_mut() {
        session.content_format = 1;
    }
    assert_eq!(
        decode_with(&fixture("format-1.json"), 0, &[example_step]),
        Decoded::Read(older)
    );
    // And the steps chain: the made-up format 0, through format 1, to this build's.
    let chain: Vec<_> = std::iter::once(example_step as fn(Value) -> Result<Value, String>)
        .chain(MIGRATIONS.iter().copied())
        .collect();
    match decode_with(&text, 0, &chain) {
        Decoded::Migrated { stored, from: 0 } => {
            assert_eq!(stored.format, FORMAT);
            let current = stored.current.expect("current");
            assert_eq!(current.content_format, 2);
            assert_eq!(current.answers.point("known_recognised"), Some(4));
        }
        other => panic!("expected a migration, got {other:?}"),
    }
}

#[test]
fn a_migration_that_fails_makes_the_data_unreadable() {
    let broken = "{\"format\":0,\"answers\":{}}";
    assert!(matches!(
        decode_with(broken, 0, &[example_step]),
        Decoded::Unreadable(Unreadable::WrongShape(reason)) if reason.contains("format 0")
    ));
}

#[test]
fn history_snapshots_read_back_with_their_content_version() {
    let mut stored = sample();
    let answers = stored.current.as_ref().expect("current").answers.clone();
    let results = score(Content::embedded(), &answers);
    stored
        .history
        .push(Snapshot::new("2025-02-01T10:00:00.000Z", answers, &results));
    let back = read(&encode(&stored));
    assert_eq!(back.history, stored.history);
    assert_eq!(back.history[0].content_format, 2);
}

fn complete_session(at: &str) -> Session {
    let content = Content::embedded();
    let mut answers = Answers::new();
    for item in content.items() {
        let value = match item.kind {
            netwhy::model::ItemKind::Scale => AnswerValue::Point(4),
            netwhy::model::ItemKind::Split => AnswerValue::Split([4, 3, 3]),
            netwhy::model::ItemKind::Multi => AnswerValue::Choices(Vec::new()),
            netwhy::model::ItemKind::Single => AnswerValue::Choice(item.options[0].id.clone()),
        };
        answers.set(item.id.clone(), value);
    }
    let mut session = Session::start(at);
    session.answers = answers;
    session
}

#[test]
fn a_complete_assessment_is_kept_once_as_a_snapshot() {
    let content = Content::embedded();
    const T1: &str = "2026-11-26T09:30:00.000Z";
    const T2: &str = "2026-11-26T09:45:00.000Z";
    let mut stored = Stored::new();
    assert!(!stored.record_completion(content, T1), "nothing to keep");
    stored.current = Some(Session::start(T1));
    assert!(!stored.record_completion(content, T1), "not complete");
    assert!(stored.history.is_empty());

    stored.current = Some(complete_session(T1));
    assert!(stored.record_completion(content, T1));
    assert_eq!(stored.history.len(), 1);
    assert_eq!(stored.history[0].taken, T1);
    let current = stored.current.clone().expect("current");
    assert_eq!(current.snapshot.as_deref(), Some(T1));
    assert_eq!(stored.history[0].answers, current.answers);
    // Coming back to the results later adds nothing.
    assert!(!stored.record_completion(content, T2));
    assert_eq!(stored.history.len(), 1);

    // A changed answer updates the same snapshot, which keeps its date.
    let session = stored.current.as_mut().expect("current");
    session
        .answers
        .set("known_recognised", AnswerValue::Point(1));
    assert!(stored.record_completion(content, T2));
    assert_eq!(stored.history.len(), 1);
    assert_eq!(stored.history[0].taken, T1);
    assert_eq!(stored.history[0].answers.point("known_recognised"), Some(1));

    // A snapshot the person deleted is not brought back.
    assert!(stored.delete_snapshot(T1));
    assert!(!stored.delete_snapshot(T1));
    assert!(!stored.record_completion(content, T2));
    assert!(stored.history.is_empty());

    // Retaking is a new session with a snapshot of its own.
    stored.current = Some(complete_session(T2));
    assert!(stored.record_completion(content, T2));
    assert_eq!(stored.history.len(), 1);
    assert_eq!(stored.history[0].taken, T2);
}

#[test]
fn the_snapshot_marker_is_written_only_when_there_is_one() {
    let mut stored = sample();
    let text = encode(&stored);
    assert!(!text.contains("snapshot"));
    if let Some(c) = stored.current.as_mut() {
        c.snapshot = Some("2025-02-01T10:00:00.000Z".into());
    }
    assert_eq!(read(&encode(&stored)), stored);
}

/// The room of seven in `format-4-room.json` (written by `e2e/support/room_link.py`).
const ROOM_OF_7: &str = "100702000300000100010302020402010102043JRAT43";

#[test]
fn a_kept_room_and_the_nonce_read_back_and_are_written_as_they_were() {
    use netwhy::model::room::{MainReason, RoomSummary};
    let stored = read(&fixture("format-4-room.json"));
    assert_eq!(stored.room_nonce, Some(31_415_926));
    assert_eq!(stored.history.len(), 2);
    assert_eq!(stored.history[0].room, None);
    let room = stored.history[1].room.clone().expect("the kept room");
    assert_eq!(room.people(), 7);
    assert_eq!(room.main(MainReason::Connected), 3);
    assert_eq!(room.most_common(), [MainReason::Connected]);
    assert_eq!(RoomSummary::from_fragment(ROOM_OF_7), Ok(room));
    // Written as the fragment, only where there is a room.
    let text = encode(&stored);
    assert!(text.contains(&format!("\"room\":\"{ROOM_OF_7}\"")));
    assert_eq!(text.matches("\"room\"").count(), 1);
    assert_eq!(read(&text), stored);
    assert!(!encode(&Stored::new()).contains("room"));
}

#[test]
fn a_damaged_forged_or_hostile_room_in_storage_is_dropped_and_its_result_kept() {
    let stored = read(&fixture("format-4-hostile-rooms.json"));
    assert_eq!(stored.history.len(), 8, "every result is kept");
    for snapshot in &stored.history {
        assert_eq!(snapshot.room, None, "{}", snapshot.taken);
        assert_eq!(snapshot.summary.top.len(), 1);
    }
    assert_eq!(stored.room_nonce, None, "a negative nonce reads as none");
    // Written back, the broken rooms are gone and nothing else is.
    let again = read(&encode(&stored));
    assert_eq!(again, stored);
    assert!(!encode(&stored).contains("room"));
}

#[test]
fn a_stored_nonce_that_is_not_a_32_bit_number_reads_as_none() {
    for (nonce, expected) in [
        ("0", Some(0)),
        ("4294967295", Some(u32::MAX)),
        ("4294967296", None),
        ("-1", None),
        ("3.5", None),
        ("1e300", None),
        ("\"12\"", None),
        ("null", None),
        ("[1]", None),
        ("{\"n\":1}", None),
    ] {
        let text = format!("{{\"format\":4,\"history\":[],\"room_nonce\":{nonce}}}");
        assert_eq!(read(&text).room_nonce, expected, "{nonce}");
    }
}

#[test]
fn the_nonce_is_drawn_once_and_kept() {
    let mut stored = Stored::new();
    assert_eq!(stored.room_nonce_or(77), (77, true));
    assert_eq!(stored.room_nonce_or(99), (77, false));
    assert_eq!(read(&encode(&stored)).room_nonce, Some(77));
}

#[test]
fn a_room_is_kept_with_the_latest_result_only_when_asked_and_goes_with_it() {
    use netwhy::model::room::RoomSummary;
    const T1: &str = "2026-11-26T09:30:00.000Z";
    const T2: &str = "2026-11-26T10:30:00.000Z";
    let content = Content::embedded();
    let room = RoomSummary::from_fragment(ROOM_OF_7).expect("room");
    let mut stored = Stored::new();
    assert_eq!(
        stored.keep_room(room.clone()),
        None,
        "no result to keep it with"
    );

    stored.current = Some(complete_session(T1));
    assert!(stored.record_completion(content, T1));
    assert_eq!(stored.history[0].room, None, "nothing is kept unasked");
    assert_eq!(stored.keep_room(room.clone()), Some(T1.to_owned()));
    assert_eq!(stored.keep_room(room.clone()), None, "already kept");
    assert_eq!(stored.history[0].room.as_ref(), Some(&room));

    // Changing an answer brings the result up to date and keeps its room.
    if let Some(session) = stored.current.as_mut() {
        session
            .answers
            .set("known_recognised", AnswerValue::Point(1));
    }
    assert!(stored.record_completion(content, T2));
    assert_eq!(stored.history[0].room.as_ref(), Some(&room));

    // A retake is a new result: the room stays with the one it was kept with.
    stored.current = Some(complete_session(T2));
    assert!(stored.record_completion(content, T2));
    assert_eq!(stored.history[1].room, None);
    assert_eq!(stored.history[0].room.as_ref(), Some(&room));

    // Deleting the result deletes its room.
    assert!(stored.delete_snapshot(T1));
    assert!(!encode(&stored).contains(ROOM_OF_7));
}
