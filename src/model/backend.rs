//! Where the stored text lives: a small key–value [`Backend`] that the saving rules are
//! written against, the [`StorageError`]s it reports, and [`MemoryBackend`], which keeps
//! everything in memory (for native tests, and for a device that must forget).
//!
//! The browser's `localStorage` and `sessionStorage` implement the same trait in
//! `crate::storage`; nothing here touches the browser.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

/// Why a storage operation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser offers no storage here, or refuses access to it.
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

/// A place that keeps texts under keys, shared by every tab of the site that uses it.
/// Every call can fail, and says why.
pub trait Backend {
    /// The text under `key`, `None` when nothing is stored there.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Stores `value` under `key`, replacing what was there.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes whatever is stored under `key`.
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key stored.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// Texts kept in memory only: gone when the last clone is dropped. Clones share one
/// store, as the tabs of a site share its `localStorage`.
#[derive(Clone, Debug, Default)]
pub struct MemoryBackend {
    entries: Rc<RefCell<BTreeMap<String, String>>>,
}

impl MemoryBackend {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.entries
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}
