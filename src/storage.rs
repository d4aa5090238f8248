//! The only code that touches browser storage: the browser's `localStorage` and
//! `sessionStorage` as a [`Backend`] for the saving rules, the shared-device flag in
//! `sessionStorage` ([`shared_place`], [`set_shared`]), and asking the browser to keep
//! the site's storage ([`request_persistence`]).
//!
//! Every browser call that can throw (a blocked storage in private modes or under a
//! policy, a full quota) comes back as a [`StorageError`] the interface can explain, never
//! as a panic.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};

use crate::model::backend::{Backend, StorageError};
use crate::model::shared::{self, Place};

fn storage_error(error: JsValue) -> StorageError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => StorageError::Full,
        Some(e) if e.name() == "SecurityError" => StorageError::Unavailable,
        Some(e) => StorageError::Other(format!("{}: {}", e.name(), e.message())),
        None => StorageError::Other(error.as_string().unwrap_or_else(|| format!("{error:?}"))),
    }
}

/// Which of the browser's storages to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `localStorage`: kept until deleted, shared by every tab of the site.
    Local,
    /// `sessionStorage`: kept for this tab only, forgotten when it closes.
    Session,
}

/// A handle on one of the browser's storages.
#[derive(Clone, Debug)]
pub struct BrowserStorage {
    storage: web_sys::Storage,
}

impl BrowserStorage {
    /// Opens the browser's storage of `kind`, or says why it cannot be used (the getter
    /// throws, or gives nothing).
    pub fn open(kind: Kind) -> Result<Self, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Unavailable)?;
        let storage = match kind {
            Kind::Local => window.local_storage(),
            Kind::Session => window.session_storage(),
        };
        match storage {
            Ok(Some(storage)) => Ok(Self { storage }),
            Ok(None) => Err(StorageError::Unavailable),
            Err(error) => Err(match storage_error(error) {
                StorageError::Other(_) => StorageError::Unavailable,
                known => known,
            }),
        }
    }
}

impl Backend for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(storage_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(storage_error)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(storage_error)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let n = self.storage.length().map_err(storage_error)?;
        let mut keys = Vec::new();
        for i in 0..n {
            if let Some(key) = self.storage.key(i).map_err(storage_error)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// Where this tab keeps answers: in the device's storage, or (shared-device mode, its flag
/// in this tab's `sessionStorage`) in the tab only. Reads `sessionStorage` alone.
pub fn shared_place() -> Place {
    BrowserStorage::open(Kind::Session).map_or(Place::Device, |tab| shared::place_in(&tab))
}

/// Turns shared-device mode on for this tab (starting it clean), or off (forgetting what
/// the person there answered). Takes effect when the app next starts.
pub fn set_shared(on: bool) -> Result<(), StorageError> {
    let tab: Rc<dyn Backend> = Rc::new(BrowserStorage::open(Kind::Session)?);
    if on {
        shared::turn_on(tab)
    } else {
        shared::turn_off(tab)
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
