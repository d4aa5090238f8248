//! Dates, snapshots, comparisons and the retake reminder file.

mod model_support;

use model_support::cases::cases;
use netwhy::model::{
    compare, reminder_ics, score, Content, Date, Motive, Reminder, Snapshot, RETAKE_AFTER_DAYS,
};

fn date(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|| panic!("{text} should parse"))
}

#[test]
fn dates_parse_only_real_days() {
    assert_eq!(
        Date::parse("2026-11-26T09:30:00.000Z"),
        Some(Date {
            year: 2026,
            month: 11,
            day: 26
        })
    );
    assert_eq!(date("2028-02-29").to_string(), "2028-02-29");
    for bad in [
        "2026-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-04-31",
        "26-11-26",
        "",
        "2026/11/26",
        "2026-1é-01",
    ] {
        assert_eq!(Date::parse(bad), None, "{bad:?} is not a date");
    }
}

#[test]
fn adding_days_crosses_months_years_and_leap_days() {
    assert_eq!(date("2026-11-26").add_days(30).to_string(), "2026-12-26");
    assert_eq!(date("2026-11-26").add_days(90).to_string(), "2027-02-24");
    assert_eq!(date("2028-02-28").add_days(1).to_string(), "2028-02-29");
    assert_eq!(date("2100-02-28").add_days(1).to_string(), "2100-03-01");
    assert_eq!(date("2000-02-28").add_days(1).to_string(), "2000-02-29");
    assert_eq!(date("1970-01-01").days_since_epoch(), 0);
    assert_eq!(date("2026-01-01").add_days(-1).to_string(), "2025-12-31");
    assert_eq!(date("2026-11-26").days_until(date("2027-02-24")), 90);
    // Every day of a 30-year span round-trips through the day count.
    let start = date("2000-01-01").days_since_epoch();
    for day in start..start + 366 * 30 {
        let d = Date::from_days_since_epoch(day);
        assert_eq!(d.days_since_epoch(), day);
        assert_eq!(Date::parse(&d.to_string()), Some(d));
    }
}

fn snapshots() -> (Snapshot, Snapshot) {
    let content = Content::embedded();
    let all = cases();
    let pick = |name: &str| {
        all.iter()
            .find(|c| c.persona.name.contains(name))
            .unwrap_or_else(|| panic!("persona {name}"))
            .persona
            .answers()
    };
    let older = pick("researcher");
    let newer = pick("consultant");
    (
        Snapshot::new(
            "2026-08-01T10:00:00.000Z",
            older.clone(),
            &score(content, &older),
        ),
        Snapshot::new(
            "2026-11-26T10:00:00.000Z",
            newer.clone(),
            &score(content, &newer),
        ),
    )
}

#[test]
fn a_snapshot_keeps_the_headline_with_a_face_to_face_channel() {
    let content = Content::embedded();
    let (older, _) = snapshots();
    let results = score(content, &older.answers);
    assert_eq!(older.summary.scores, results.scores);
    assert_eq!(older.summary.top, results.priorities.top);
    assert!(!older.summary.channels.is_empty());
    assert!(older.summary.channels.iter().any(|c| content
        .channel(&c.channel)
        .is_some_and(|ch| ch.face_to_face)));
    let json = serde_json::to_string(&older).expect("serialises");
    let back: Snapshot = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back, older);
}

#[test]
fn comparing_a_learner_with_a_referral_seeker_shows_what_rose_and_fell() {
    let (older, newer) = snapshots();
    let diff = compare(&older, &newer);
    let change = |m: Motive| {
        diff.motives
            .iter()
            .find(|c| c.motive == m)
            .copied()
            .expect("motive")
    };
    assert!(change(Motive::Equipped).delta() < 0, "{diff:?}");
    assert!(change(Motive::Connected).delta() > 0, "{diff:?}");
    assert!(diff.top_changed);
    assert!(!diff.channels_added.is_empty() || !diff.channels_dropped.is_empty());
    // Compared with itself nothing moves.
    let same = compare(&older, &older);
    assert!(same.motives.iter().all(|c| c.delta() == 0));
    assert!(
        !same.top_changed && same.channels_added.is_empty() && same.channels_dropped.is_empty()
    );
    assert_eq!(same.channels_kept.len(), older.summary.channels.len());
}

#[test]
fn the_reminder_file_is_valid_icalendar_on_the_retake_day() {
    let on = date("2026-11-26").add_days(RETAKE_AFTER_DAYS.0);
    let ics = reminder_ics(&Reminder {
        on,
        made: "2026-11-26T09:30:05.120Z",
        title: "Retake netwhy; see what changed",
        description: "Your last results, 26 Nov 2026:\nBetter connected first. A line long enough to need folding, with ümlauts and more words after it.",
    });
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.contains("DTSTART;VALUE=DATE:20261226\r\n"), "{ics}");
    assert!(ics.contains("DTEND;VALUE=DATE:20261227\r\n"));
    assert!(ics.contains("DTSTAMP:20261126T093005Z\r\n"));
    assert!(ics.contains("SUMMARY:Retake netwhy\\; see what changed\r\n"));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "line too long: {line:?}");
        assert!(!line.contains('\n'), "bare line break in {line:?}");
    }
    // Unfolding gives back the escaped description in one piece.
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains(
        "DESCRIPTION:Your last results\\, 26 Nov 2026:\\nBetter connected first. A line long enough to need folding\\, with ümlauts and more words after it.\r\n"
    ));
}
