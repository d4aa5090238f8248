//! The clock at the bottom of the tree: the current time, and moments as the person's own
//! calendar, time zone and language show them. Every layer may use it; it uses nothing of
//! the app but the pure model's date types.

use std::cell::RefCell;

use wasm_bindgen::JsValue;

use crate::model::{Date, UtcOffset};

/// The current time as ISO 8601 text (UTC).
pub fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// The current time in milliseconds since 1970, read from the page's `Date.now()` at each
/// call: the idle timeout's only clock, which the end-to-end tests replace in the page to move
/// time on without waiting.
pub fn millis() -> u64 {
    js_sys::Date::now() as u64
}

/// How far the person's clocks are ahead of UTC at the moment `stamp` (ISO 8601), by the
/// browser's time zone (which knows daylight saving time); now, if `stamp` is not a time.
pub fn utc_offset_at(stamp: &str) -> UtcOffset {
    let behind = js_sys::Date::new(&JsValue::from_str(stamp)).get_timezone_offset();
    let behind = if behind.is_nan() {
        js_sys::Date::new_0().get_timezone_offset()
    } else {
        behind
    };
    UtcOffset::minutes(-(behind as i32))
}

/// The day of the person's own calendar on which the moment `stamp` (ISO 8601) falls;
/// `None` if it has no readable day.
pub fn local_day(stamp: &str) -> Option<Date> {
    Date::local(stamp, utc_offset_at(stamp))
}

/// A moment (ISO 8601) written out as a day and a time of day in the person's time
/// zone, e.g. "26 November 2026, 09:30" (`short`: "26 Nov 2026, 09:30"); the text
/// itself if it is not a time.
pub fn long_date_time(language: &str, stamp: &str, short: bool) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(stamp));
    let style = if short {
        DateStyle::ShortDayTime
    } else {
        DateStyle::DayTime
    };
    written(language, style, &date).unwrap_or_else(|| stamp.to_owned())
}

/// Moments (ISO 8601) written out as [`long_date_time`] writes them short, and those that
/// would then read alike (taken within the same minute) to the second, so a list of them
/// never names two the same way.
pub fn distinct_date_times(language: &str, stamps: &[&str]) -> Vec<String> {
    let minutes: Vec<String> = stamps
        .iter()
        .map(|s| long_date_time(language, s, true))
        .collect();
    minutes
        .iter()
        .zip(stamps)
        .map(|(text, stamp)| {
            if minutes.iter().filter(|other| *other == text).count() > 1 {
                let date = js_sys::Date::new(&JsValue::from_str(stamp));
                written(language, DateStyle::ShortDayTimeSeconds, &date)
                    .unwrap_or_else(|| text.clone())
            } else {
                text.clone()
            }
        })
        .collect()
}

/// Makes the browser's date formatters for `language` now, if they are not made yet, so the
/// first screen that writes out a moment (History) does not wait for them: the first one a
/// page makes is the slowest, as the browser then loads its calendar and language data.
pub fn prepare(language: &str) {
    let moment = js_sys::Date::new_0();
    for style in [DateStyle::DayTime, DateStyle::ShortDayTime] {
        let _ = written(language, style, &moment);
    }
}

/// The ways dates are written out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DateStyle {
    /// A moment: the day in long form and the time of day.
    DayTime,
    /// A moment: the day in medium form and the time of day.
    ShortDayTime,
    /// A moment: the day in medium form and the time of day to the second.
    ShortDayTimeSeconds,
}

thread_local! {
    /// The browser's date formatters made so far, by language and style: making one is
    /// the slow part of writing out a date (tens of milliseconds on a slow phone), so
    /// each is made once and kept.
    static FORMATTERS: RefCell<Vec<(String, DateStyle, js_sys::Function)>> =
        const { RefCell::new(Vec::new()) };
}

/// `date` written out in `language` and `style`; `None` if it is not a real moment.
fn written(language: &str, style: DateStyle, date: &js_sys::Date) -> Option<String> {
    if date.get_time().is_nan() {
        return None;
    }
    let format = FORMATTERS.with(|made| {
        let found = made
            .borrow()
            .iter()
            .find(|(l, s, _)| l == language && *s == style)
            .map(|(_, _, format)| format.clone());
        found.unwrap_or_else(|| {
            let options = js_sys::Object::new();
            let set = |key: &str, value: &str| {
                let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
            };
            match style {
                DateStyle::DayTime => {
                    set("dateStyle", "long");
                    set("timeStyle", "short");
                }
                DateStyle::ShortDayTime => {
                    set("dateStyle", "medium");
                    set("timeStyle", "short");
                }
                DateStyle::ShortDayTimeSeconds => {
                    set("dateStyle", "medium");
                    set("timeStyle", "medium");
                }
            }
            let locales = js_sys::Array::of1(&language.into());
            let format = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
            made.borrow_mut()
                .push((language.to_owned(), style, format.clone()));
            format
        })
    });
    format.call1(&JsValue::UNDEFINED, date).ok()?.as_string()
}
