//! Shared-device mode: a laptop the facilitator hands round to people without a phone.
//! While the mode is on, a tab keeps answers only for itself (the browser's
//! `sessionStorage`, or memory) and never in the device's own storage (`localStorage`),
//! where the owner's results are; "done" and the idle timeout forget everything of the
//! person and leave the mode on for the next one.
//!
//! The mode is a flag under [`FLAG_KEY`] in the tab's own storage, so it survives a reload
//! and the next person in the same tab, and ends with the tab. Pure: the caller hands in the
//! tab's storage as a [`Backend`].

use std::rc::Rc;

use super::backend::{Backend, StorageError};
use super::language::LANGUAGE_KEY;
use super::pack::PACK_KEY;
use super::vault::AssessmentStore;

/// The key of the flag in the tab's storage. Outside the assessment's keys, so forgetting
/// a person's answers leaves it.
pub const FLAG_KEY: &str = "netwhy.shared";

/// The flag's value while the mode is on; anything else is off.
pub const FLAG_ON: &str = "on";

/// Where a tab keeps its answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The device's own storage (`localStorage`), kept until deleted: the usual.
    Device,
    /// This tab only (`sessionStorage`, or memory): shared-device mode.
    Tab,
}

/// Where a tab keeps answers, from the flag found in its storage (`None`: no flag). Only
/// the exact value [`FLAG_ON`] turns the mode on.
pub fn place(flag: Option<&str>) -> Place {
    match flag {
        Some(FLAG_ON) => Place::Tab,
        _ => Place::Device,
    }
}

/// Where a tab keeps answers, reading the flag from `tab`; a storage that cannot be read
/// has no flag.
pub fn place_in(tab: &dyn Backend) -> Place {
    place(tab.get(FLAG_KEY).ok().flatten().as_deref())
}

/// Forgets everything of the person in `tab` (the assessment, its history and anything set
/// aside), leaving the flag and the laptop's set-up: the content pack and the language in
/// use, which the next person needs as much as the last one did.
pub fn forget(tab: Rc<dyn Backend>) -> Result<(), StorageError> {
    AssessmentStore::new(tab).forget_answers()
}

/// What a tab in the mode takes over from the device when the mode is turned on: the content
/// pack in use (without it the room's tally would refuse the laptop's codes) and the
/// language chosen.
pub const SET_UP_KEYS: [&str; 2] = [PACK_KEY, LANGUAGE_KEY];

/// Turns the mode on for `tab`: starts it clean (nothing of an earlier person), with the
/// content pack and language in use on the `device` (its own storage, if it can be read), and
/// sets the flag, checking that it reads back. Fails, with the mode off, when the tab's
/// storage refuses, for then a reload would fall back to the device's storage, or would show
/// other content than the room's.
pub fn turn_on(tab: Rc<dyn Backend>, device: Option<&dyn Backend>) -> Result<(), StorageError> {
    AssessmentStore::new(tab.clone()).erase()?;
    for key in SET_UP_KEYS {
        if let Some(value) = device.and_then(|d| d.get(key).ok().flatten()) {
            tab.set(key, &value)?;
        }
    }
    tab.set(FLAG_KEY, FLAG_ON)?;
    match place_in(&*tab) {
        Place::Tab => Ok(()),
        Place::Device => Err(StorageError::Other("the flag did not read back".into())),
    }
}

/// Turns the mode off for `tab`: forgets what the person there answered and the tab's own
/// set-up (the device's is used again), then removes the flag.
pub fn turn_off(tab: Rc<dyn Backend>) -> Result<(), StorageError> {
    AssessmentStore::new(tab.clone()).erase()?;
    tab.remove(FLAG_KEY)
}
