//! The only code that touches browser storage.
//!
//! Every browser call that can throw (a blocked `localStorage` in private modes or under a
//! policy, a full quota) comes back as a [`StorageError`] the interface can explain, never as
//! a panic. [`AssessmentStore`] reads and writes the assessment in the format of
//! [`crate::model::store`], sets unreadable data aside instead of overwriting it, and
//! refuses to overwrite what another tab wrote since this tab last looked. It also asks the
//! browser to keep the storage ([`request_persistence`]).

use std::fmt;

use wasm_bindgen::{JsCast, JsValue};

use crate::model::store::{self, Decoded, Stored, Unreadable};

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

    /// Every key stored for this site.
    pub fn keys(&self) -> Result<Vec<String>, StorageError> {
        let n = self.storage.length().map_err(StorageError::from_js)?;
        let mut keys = Vec::new();
        for i in 0..n {
            if let Some(key) = self.storage.key(i).map_err(StorageError::from_js)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// What was found in storage when the app started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing is stored yet.
    Empty,
    /// Data in the current format.
    Read(Stored),
    /// Data in an older format, brought up to date (and not yet written back).
    Migrated {
        /// The data in the current format.
        stored: Stored,
        /// The format it was stored in.
        from: u32,
    },
    /// Data that could not be read, now kept under `backup` and removed from the key.
    SetAside {
        /// The key the original text is kept under.
        backup: String,
        /// Why it could not be read.
        reason: Unreadable,
    },
    /// Data that could not be read and could not be set aside either: it stays where
    /// it is, and this tab must not write over it.
    Stuck {
        /// Why it could not be read.
        reason: Unreadable,
        /// Why it could not be copied.
        error: StorageError,
    },
}

/// Why the assessment could not be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser refused the write.
    Storage(StorageError),
    /// Another tab saved since this tab last read or wrote; nothing was written.
    /// Carries what is stored now, as it would be read at start.
    Changed(Box<Loaded>),
}

/// The assessment's place in local storage.
#[derive(Clone, Debug)]
pub struct AssessmentStore {
    store: LocalStore,
}

impl AssessmentStore {
    /// Opens local storage, or says why it cannot be used.
    pub fn open() -> Result<Self, StorageError> {
        LocalStore::open().map(|store| Self { store })
    }

    /// The text stored under the assessment key right now.
    pub fn raw(&self) -> Result<Option<String>, StorageError> {
        self.store.get(store::KEY)
    }

    /// Reads the stored assessment. Unreadable data is copied under a backup key made
    /// from `now` (ISO 8601) and removed from the main key, so it is kept but no longer
    /// in the way.
    pub fn load(&self, now: &str) -> Result<Loaded, StorageError> {
        let Some(text) = self.raw()? else {
            return Ok(Loaded::Empty);
        };
        Ok(self.interpret(&text, now))
    }

    /// Interprets stored `text` as [`Self::load`] does (setting it aside if it cannot
    /// be read), e.g. text another tab has just written.
    pub fn interpret(&self, text: &str, now: &str) -> Loaded {
        match store::decode(text) {
            Decoded::Read(stored) => Loaded::Read(stored),
            Decoded::Migrated { stored, from } => Loaded::Migrated { stored, from },
            Decoded::Unreadable(reason) => match self.set_aside(text, now) {
                Ok(backup) => Loaded::SetAside { backup, reason },
                Err(error) => Loaded::Stuck { reason, error },
            },
        }
    }

    /// Copies `text` under a fresh backup key, checks the copy, then removes the main
    /// key. Returns the backup key. Fails, leaving the main key alone, if the copy
    /// cannot be made.
    pub fn set_aside(&self, text: &str, now: &str) -> Result<String, StorageError> {
        let mut attempt = 1;
        let key = loop {
            let key = store::backup_key(now, attempt);
            if self.store.get(&key)?.is_none() {
                break key;
            }
            attempt += 1;
        };
        self.store.set(&key, text)?;
        if self.store.get(&key)?.as_deref() != Some(text) {
            return Err(StorageError::Other("the copy did not read back".into()));
        }
        self.store.remove(store::KEY)?;
        Ok(key)
    }

    /// Deletes everything netwhy keeps here: the assessment and history, and any data
    /// set aside because it could not be read.
    pub fn erase(&self) -> Result<(), StorageError> {
        for key in self.store.keys()? {
            if key == store::KEY || key.starts_with(store::BACKUP_PREFIX) {
                self.store.remove(&key)?;
            }
        }
        Ok(())
    }

    /// Writes `stored` if what is stored is still `expected` (the text this tab last
    /// read or wrote; `None` for nothing). Returns the text written.
    pub fn save(
        &self,
        stored: &Stored,
        expected: Option<&str>,
        now: &str,
    ) -> Result<String, SaveError> {
        let text = store::encode(stored);
        let found = self.raw().map_err(SaveError::Storage)?;
        if found.as_deref() == Some(text.as_str()) {
            return Ok(text);
        }
        if let Some(found) = found.filter(|f| Some(f.as_str()) != expected) {
            return Err(SaveError::Changed(Box::new(self.interpret(&found, now))));
        }
        self.store
            .set(store::KEY, &text)
            .map_err(SaveError::Storage)?;
        Ok(text)
    }
}

/// Whether the browser has agreed to keep this site's storage until the person deletes
/// it, rather than evicting it when space runs low or the site goes unused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// The browser offers no way to ask (`navigator.storage.persist` is missing).
    Unsupported,
    /// Storage is persistent.
    Granted,
    /// Storage may be evicted.
    NotGranted,
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let manager = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    let has = |name: &str| {
        js_sys::Reflect::get(&manager, &JsValue::from_str(name)).is_ok_and(|f| f.is_function())
    };
    (has("persist") && has("persisted")).then(|| manager.unchecked_into())
}

async fn ask(
    call: fn(&web_sys::StorageManager) -> Result<js_sys::Promise, JsValue>,
) -> Persistence {
    let Some(manager) = storage_manager() else {
        return Persistence::Unsupported;
    };
    let Ok(promise) = call(&manager) else {
        return Persistence::Unsupported;
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(granted) if granted.as_bool() == Some(true) => Persistence::Granted,
        Ok(_) => Persistence::NotGranted,
        Err(_) => Persistence::Unsupported,
    }
}

/// Whether storage is persistent now.
pub async fn persisted() -> Persistence {
    ask(web_sys::StorageManager::persisted).await
}

/// Asks the browser to make storage persistent (some browsers ask the person, most
/// decide by themselves), and says whether it is.
pub async fn request_persistence() -> Persistence {
    ask(web_sys::StorageManager::persist).await
}
