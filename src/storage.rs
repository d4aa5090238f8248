//! The only code that touches browser storage.
//!
//! Every browser call that can throw (a blocked `localStorage` in private modes or under a
//! policy, a full quota) comes back as a [`StorageError`] the interface can explain, never as
//! a panic.

use std::fmt;

use wasm_bindgen::{JsCast, JsValue};

/// Why a storage operation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser offers no local storage here, or refuses access to it.
    Unavailable,
    /// The storage is full.
    Full,
    /// Any other failure, with the browser's own description.
    Other(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable => f.write_str("this browser does not allow saving data here"),
            Self::Full => f.write_str("this browser's storage for the site is full"),
            Self::Other(detail) => write!(f, "the browser could not save: {detail}"),
        }
    }
}

impl StorageError {
    fn from_js(error: JsValue) -> Self {
        match error.dyn_ref::<web_sys::DomException>() {
            Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => Self::Full,
            Some(e) if e.name() == "SecurityError" => Self::Unavailable,
            Some(e) => Self::Other(format!("{}: {}", e.name(), e.message())),
            None => Self::Other(error.as_string().unwrap_or_else(|| format!("{error:?}"))),
        }
    }
}

/// A handle on the browser's local storage.
#[derive(Clone, Debug)]
pub struct LocalStore {
    storage: web_sys::Storage,
}

impl LocalStore {
    /// Opens local storage, or says why it cannot be used.
    pub fn open() -> Result<Self, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(Self { storage }),
            Ok(None) => Err(StorageError::Unavailable),
            Err(error) => Err(match StorageError::from_js(error) {
                StorageError::Other(_) => StorageError::Unavailable,
                known => known,
            }),
        }
    }

    /// Reads the value under `key`, `None` when nothing is stored there.
    pub fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(StorageError::from_js)
    }

    /// Stores `value` under `key`, replacing what was there.
    pub fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage
            .set_item(key, value)
            .map_err(StorageError::from_js)
    }

    /// Removes whatever is stored under `key`.
    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(StorageError::from_js)
    }
}
