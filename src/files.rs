//! Files in and out of the browser: saving a text as a download, reading a chosen
//! file, and printing; and dates as the person's own clock and language show them.
//! Nothing here leaves the device: downloads are made from memory (`blob:` addresses)
//! and files are read locally.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};

use crate::model::{Date, UtcOffset};

/// A text made available as a download: its `blob:` address, revoked when dropped.
#[derive(Debug, PartialEq, Eq)]
pub struct Download {
    /// The address to link to.
    pub url: String,
    /// The file name to save under.
    pub name: String,
}

impl Drop for Download {
    fn drop(&mut self) {
        let _ = web_sys::Url::revoke_object_url(&self.url);
    }
}

/// Makes `text` a file of type `mime` called `name`, and asks the browser to save it.
/// The returned address stays valid (for a visible link to the same file) until the
/// [`Download`] is dropped.
pub fn save(name: &str, mime: &str, text: &str) -> Result<Download, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let download = Download {
        url: web_sys::Url::create_object_url_with_blob(&blob)?,
        name: name.to_owned(),
    };
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&download.url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    Ok(download)
}

/// Why a chosen file was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// It is larger than the limit (its size in bytes).
    TooLarge(usize),
    /// The browser could not read it.
    Failed,
}

/// Reads a chosen file as text, refusing files over `limit` bytes before reading them.
pub async fn read_text(file: web_sys::File, limit: usize) -> Result<String, ReadError> {
    let size = file.size();
    if size > limit as f64 {
        return Err(ReadError::TooLarge(size as usize));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| ReadError::Failed)?;
    text.as_string().ok_or(ReadError::Failed)
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
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

/// The ways dates are written out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DateStyle {
    /// A moment: the day in long form and the time of day.
    DayTime,
    /// A moment: the day in medium form and the time of day.
    ShortDayTime,
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
