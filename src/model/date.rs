//! Calendar dates without a time zone: parsing the date part of an ISO 8601 time stamp,
//! finding the day a moment falls on in the person's time zone, adding days, and printing
//! them back. Enough for "taken on" labels, retake dates and calendar files, without
//! pulling a date crate into the WebAssembly.
//!
//! The time zone comes from the caller as a [`UtcOffset`] (the browser knows it, the
//! model does not ask).

use std::fmt;

/// A day in the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2026.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

/// How far a time zone's clocks are ahead of UTC at some moment, in minutes: UTC+2 is
/// `120`, UTC−5 is `-300`. (JavaScript's `getTimezoneOffset` counts the other way round.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct UtcOffset {
    /// Minutes ahead of UTC (negative behind it).
    pub minutes: i32,
}

impl UtcOffset {
    /// UTC itself.
    pub const UTC: Self = Self { minutes: 0 };

    /// An offset of `minutes` ahead of UTC (negative behind it).
    pub const fn minutes(minutes: i32) -> Self {
        Self { minutes }
    }
}

const MINUTES_A_DAY: i64 = 24 * 60;

impl Date {
    /// The day that the moment `stamp` (ISO 8601: `2026-11-26T23:30:00.000Z`, or with an
    /// offset such as `+01:00`) falls on where the clocks are `offset` ahead of UTC, so a
    /// person sees the day of their own calendar. A stamp with no time, or with a time but
    /// no zone (already a local time), gives its own day; a time that cannot be read gives
    /// the day as written. `None` when there is no real day at the start.
    pub fn local(stamp: &str, offset: UtcOffset) -> Option<Self> {
        let day = Self::parse(stamp)?;
        let Some((minute_of_day, zone)) = time_and_zone(stamp) else {
            return Some(day);
        };
        let Some(zone) = zone else {
            return Some(day);
        };
        let minutes = day.days_since_epoch() * MINUTES_A_DAY + minute_of_day - zone
            + i64::from(offset.minutes);
        Some(Self::from_days_since_epoch(
            minutes.div_euclid(MINUTES_A_DAY),
        ))
    }

    /// Reads the leading `YYYY-MM-DD` of an ISO 8601 date or date-time; `None` when it
    /// is not a real calendar day.
    pub fn parse(text: &str) -> Option<Self> {
        let head = text.get(..10)?;
        let bytes = head.as_bytes();
        if !head.is_ascii() || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year = head[..4].parse::<i32>().ok()?;
        let month = head[5..7].parse::<u8>().ok()?;
        let day = head[8..10].parse::<u8>().ok()?;
        let real = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        real.then_some(Self { year, month, day })
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` since 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }

    /// This date moved by `days` (negative goes back).
    pub fn add_days(self, days: i64) -> Self {
        Self::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// `YYYYMMDD`, as calendar files write dates.
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The minute of the day of a stamp's `THH:MM` (seconds and fractions do not move the
/// day) and its zone in minutes ahead of UTC (`Z` is 0; `None` when it has no zone).
/// `None` when there is no readable time.
fn time_and_zone(stamp: &str) -> Option<(i64, Option<i64>)> {
    let rest = stamp.get(10..)?;
    let rest = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' '))?;
    let hour = two_digits(rest.get(..2)?).filter(|h| *h < 24)?;
    let rest = rest.get(2..)?.strip_prefix(':')?;
    let minute = two_digits(rest.get(..2)?).filter(|m| *m < 60)?;
    // Seconds and fractions of any length, then the zone.
    let rest = rest[2..].trim_start_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '.');
    let zone = match rest {
        "" => None,
        "Z" | "z" => Some(0),
        _ => {
            let sign = match rest.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let digits: String = rest[1..].chars().filter(|c| *c != ':').collect();
            if !matches!(digits.len(), 2 | 4) || !digits.is_ascii() {
                return None;
            }
            let hours = two_digits(&digits[..2]).filter(|h| *h < 24)?;
            let minutes = match digits.get(2..4) {
                Some(m) => two_digits(m).filter(|m| *m < 60)?,
                None => 0,
            };
            Some(sign * (hours * 60 + minutes))
        }
    };
    Some((hour * 60 + minute, zone))
}

/// Exactly two ASCII digits as a number.
fn two_digits(text: &str) -> Option<i64> {
    let ok = text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| text.parse().ok()).flatten()
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
