//! The only code that touches browser storage: the browser's `localStorage` and
//! `sessionStorage` as a [`Backend`] for the saving rules, the shared-device flag in
//! `sessionStorage` ([`shared_place`], [`set_shared`]), the content pack in use
//! ([`load_pack`], [`keep_pack`]), and asking the browser to keep the site's storage
//! ([`request_persistence`]).
//!
//! Every browser call that can throw (a blocked storage in private modes or under a
//! policy, a full quota) comes back as a [`StorageError`] the interface can explain, never
//! as a panic.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};

use crate::model::backend::{Backend, StorageError};
use crate::model::language::{read_choice, LANGUAGE_KEY};
use crate::model::pack::{decode_stored, encode_stored, Pack, PACK_KEY};
use crate::model::shared::{self, Place};
use crate::model::store::BACKUP_PREFIX;
use crate::model::Content;

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

/// Turns shared-device mode on for this tab (starting it clean, with the content pack and
/// language in use on this device), or off (forgetting what the person there answered).
/// Takes effect when the app next starts.
pub fn set_shared(on: bool) -> Result<(), StorageError> {
    let tab: Rc<dyn Backend> = Rc::new(BrowserStorage::open(Kind::Session)?);
    if on {
        let device = BrowserStorage::open(Kind::Local).ok();
        shared::turn_on(tab, device.as_ref().map(|d| d as &dyn Backend))
    } else {
        shared::turn_off(tab)
    }
}

/// Where the content pack is kept: where the answers are (the tab's `sessionStorage` on a
/// shared device, else `localStorage`).
fn pack_storage(shared: bool) -> Result<BrowserStorage, StorageError> {
    BrowserStorage::open(if shared { Kind::Session } else { Kind::Local })
}

/// What was found under [`PACK_KEY`].
pub enum PackFound {
    /// No pack: the built-in content is in use (or storage cannot be read at all, which
    /// the saving rules explain).
    None,
    /// A pack, read and checked again.
    Read(Box<Pack>),
    /// A pack that no longer reads (damaged, or from a newer version), copied under a
    /// backup key and removed, so the built-in content is used and nothing is lost.
    SetAside,
}

/// The key a stored pack that does not read is copied to (deleted with everything else).
pub fn pack_backup_key() -> String {
    format!("{BACKUP_PREFIX}pack")
}

/// Reads the content pack kept on this device (or, shared, in this tab), checking it as if
/// it were loaded for the first time: stored text is untrusted input.
pub fn load_pack(shared: bool) -> PackFound {
    let Ok(storage) = pack_storage(shared) else {
        return PackFound::None;
    };
    let Ok(Some(text)) = storage.get(PACK_KEY) else {
        return PackFound::None;
    };
    match decode_stored(&text, Content::embedded()) {
        Ok(pack) => PackFound::Read(Box::new(pack)),
        Err(_) => {
            // Removed only once the copy is in place; if either fails, the pack stays where
            // it is and the built-in content is used for now.
            if storage.set(&pack_backup_key(), &text).is_ok() {
                let _ = storage.remove(PACK_KEY);
            }
            PackFound::SetAside
        }
    }
}

/// Keeps `pack` as the content in use on this device (or, shared, in this tab), or removes
/// the pack kept so the built-in content is used.
pub fn keep_pack(shared: bool, pack: Option<&Pack>) -> Result<(), StorageError> {
    let storage = pack_storage(shared)?;
    match pack {
        Some(pack) => storage.set(PACK_KEY, &encode_stored(pack)),
        None => storage.remove(PACK_KEY),
    }
}

/// The language chosen on this device (or, shared, in this tab), if it is one on offer.
pub fn load_language(shared: bool) -> Option<&'static str> {
    let text = pack_storage(shared).ok()?.get(LANGUAGE_KEY).ok()??;
    let offered: Vec<&'static str> = crate::active::offered()
        .iter()
        .map(|(tag, _)| *tag)
        .collect();
    read_choice(&text, &offered)
}

/// Keeps the language chosen on this device (or, shared, in this tab). A language that
/// cannot be kept is still used in this tab.
pub fn keep_language(shared: bool, tag: &str) -> Result<(), StorageError> {
    pack_storage(shared)?.set(LANGUAGE_KEY, tag)
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
