//! Files in and out of the browser: saving a text as a download, reading a chosen
//! file, and printing. Nothing here leaves the device: downloads are made from memory (`blob:` addresses)
//! and files are read locally.

use wasm_bindgen::{JsCast, JsValue};

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
