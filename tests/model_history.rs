//! Dates, snapshots, comparisons and the retake reminder file.

mod model_support;

use model_support::cases::cases;
use netwhy::model::{
    compare, reminder_ics, score, Content, Date, Motive, Reminder, Snapshot, UtcOffset,
    RETAKE_AFTER_DAYS,
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

fn local(stamp: &str, minutes: i32) -> String {
    Date::local(stamp, UtcOffset::minutes(minutes))
        .map(|d| d.to_string())
        .unwrap_or_else(|| format!("no day in {stamp:?}"))
}

#[test]
fn a_moment_falls_on_the_day_of_the_persons_own_clock() {
    // 00:30 on 2 August in UTC+2 is still 1 August in UTC.
    assert_eq!(local("2026-08-01T22:30:00.000Z", 120), "2026-08-02");
    assert_eq!(local("2026-08-01T22:30:00.000Z", 0), "2026-08-01");
    assert_eq!(local("2026-08-01T21:59:59.999Z", 120), "2026-08-01");
    assert_eq!(local("2026-08-01T22:00:00.000Z", 120), "2026-08-02");
    // West of UTC the evening is already the next day in UTC.
    assert_eq!(local("2026-08-02T03:00:00.000Z", -300), "2026-08-01");
    assert_eq!(local("2026-01-01T04:59:00.000Z", -300), "2025-12-31");
    // Half-hour zones, the far ends, month ends and leap days.
    assert_eq!(local("2026-08-01T18:30:00.000Z", 330), "2026-08-02");
    assert_eq!(local("2026-08-01T18:29:00.000Z", 330), "2026-08-01");
    assert_eq!(local("2026-08-01T10:00:00.000Z", 14 * 60), "2026-08-02");
    assert_eq!(local("2026-08-01T11:00:00.000Z", -12 * 60), "2026-07-31");
    assert_eq!(local("2026-12-31T23:30:00.000Z", 60), "2027-01-01");
    assert_eq!(local("2026-02-28T23:30:00.000Z", 60), "2026-03-01");
    assert_eq!(local("2028-02-28T23:30:00.000Z", 60), "2028-02-29");
    assert_eq!(local("2028-03-01T00:30:00.000Z", -60), "2028-02-29");
    // A stamp with its own offset is read as that moment.
    assert_eq!(local("2026-08-02T00:30:00+02:00", 0), "2026-08-01");
    assert_eq!(local("2026-08-02T00:30:00+02:00", 120), "2026-08-02");
    assert_eq!(local("2026-08-01T19:30-0500", 0), "2026-08-02");
    // A day alone, or a time with no zone (already local), is its own day; so is a
    // time that cannot be read.
    assert_eq!(local("2026-08-01", 14 * 60), "2026-08-01");
    assert_eq!(local("2026-08-01T23:30:00", 120), "2026-08-01");
    assert_eq!(local("2026-08-01Tlate", 120), "2026-08-01");
    assert_eq!(local("2026-08-01T25:00:00Z", 120), "2026-08-01");
    assert_eq!(Date::local("not a date", UtcOffset::minutes(120)), None);
    assert_eq!(Date::local("2026-02-30T10:00:00Z", UtcOffset::UTC), None);
}

#[test]
fn the_retake_window_counts_from_the_persons_day_of_completing() {
    // Completed at 00:30 on 2 August in UTC+2: the window opens 30 days after 2 August.
    let done = Date::local("2026-08-01T22:30:00.000Z", UtcOffset::minutes(120)).unwrap();
    assert_eq!(done.add_days(RETAKE_AFTER_DAYS.0).to_string(), "2026-09-01");
    assert_eq!(done.add_days(RETAKE_AFTER_DAYS.1).to_string(), "2026-10-31");
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

#[test]
fn a_snapshot_of_other_content_or_with_questions_now_open_is_shown_as_it_was() {
    let c = Content::embedded();
    let (a, _) = snapshots();
    assert!(a.rescorable(c), "complete, taken with this content");
    let older = Snapshot {
        content_format: 1,
        ..a.clone()
    };
    assert!(!older.rescorable(c), "taken with content format 1");
    let mut open = a.clone();
    open.answers.clear("situation");
    assert!(
        !open.rescorable(c),
        "a question the current content asks is open"
    );
}
