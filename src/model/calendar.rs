//! A calendar file (iCalendar, RFC 5545) with one all-day reminder to retake the
//! assessment. The texts come from the caller, so they can be translated.

use super::date::Date;

/// Days after completing that the results suggest retaking, earliest and latest.
pub const RETAKE_AFTER_DAYS: (i64, i64) = (30, 90);

/// What goes into the reminder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder<'a> {
    /// The day of the reminder.
    pub on: Date,
    /// When the file was made, ISO 8601 UTC (`2026-11-26T09:30:00.000Z`).
    pub made: &'a str,
    /// Event title.
    pub title: &'a str,
    /// Event description (may contain line breaks).
    pub description: &'a str,
}

/// The `.ics` file text for `reminder`, with CRLF line ends and long lines folded.
pub fn reminder_ics(reminder: &Reminder<'_>) -> String {
    let stamp = utc_stamp(reminder.made);
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//netwhy//retake reminder//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!(
            "UID:netwhy-retake-{}-{}@netwhy.invalid",
            reminder.on.compact(),
            stamp
        ),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{}", reminder.on.compact()),
        format!("DTEND;VALUE=DATE:{}", reminder.on.add_days(1).compact()),
        format!("SUMMARY:{}", escape(reminder.title)),
        format!("DESCRIPTION:{}", escape(reminder.description)),
        "TRANSP:TRANSPARENT".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    lines.iter().map(|line| fold(line)).collect()
}

/// `YYYYMMDDTHHMMSSZ` from an ISO 8601 UTC time stamp; midnight when only a date is given
/// or the time cannot be read.
fn utc_stamp(iso: &str) -> String {
    let date = Date::parse(iso).unwrap_or(Date {
        year: 1970,
        month: 1,
        day: 1,
    });
    let time: String = iso
        .get(11..19)
        .filter(|t| t.len() == 8 && t.as_bytes()[2] == b':' && t.as_bytes()[5] == b':')
        .map(|t| t.chars().filter(char::is_ascii_digit).collect())
        .filter(|digits: &String| digits.len() == 6)
        .unwrap_or_else(|| "000000".to_owned());
    format!("{}T{time}Z", date.compact())
}

/// Escapes text values: backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Folds a content line into pieces of at most 75 octets, never splitting a character,
/// continuation lines starting with a space; every piece ends with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}
