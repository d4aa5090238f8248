//! The assessment in a storage [`Backend`]: reading it (setting unreadable data aside
//! instead of overwriting it), writing it only over what this tab last saw, and deleting
//! everything netwhy keeps. Pure: the backend decides where the text lives.

use std::rc::Rc;

use super::backend::{Backend, StorageError};
use super::language::LANGUAGE_KEY;
use super::pack::PACK_KEY;
use super::store::{self, Decoded, Stored, Unreadable};

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
    /// Another tab saved, or deleted everything, since this tab last read or wrote;
    /// nothing was written. Carries what is stored now, as it would be read at start.
    Changed(Box<Loaded>),
}

/// The assessment's place in a storage [`Backend`].
#[derive(Clone)]
pub struct AssessmentStore {
    store: Rc<dyn Backend>,
}

impl AssessmentStore {
    /// The assessment kept in `store`.
    pub fn new(store: Rc<dyn Backend>) -> Self {
        Self { store }
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

    /// Deletes everything netwhy keeps here: the assessment and history, the content pack
    /// in use, the language chosen, and any data set aside because it could not be read.
    pub fn erase(&self) -> Result<(), StorageError> {
        self.remove_where(|key| {
            key == store::KEY
                || key == PACK_KEY
                || key == LANGUAGE_KEY
                || key.starts_with(store::BACKUP_PREFIX)
        })
    }

    /// Deletes a person's answers, results and anything set aside, keeping the content pack
    /// and the language in use: how a shared device is set up for the next person.
    pub fn forget_answers(&self) -> Result<(), StorageError> {
        self.remove_where(|key| key == store::KEY || key.starts_with(store::BACKUP_PREFIX))
    }

    fn remove_where(&self, netwhy_s: impl Fn(&str) -> bool) -> Result<(), StorageError> {
        for key in self.store.keys()? {
            if netwhy_s(&key) {
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
        if found.as_deref() != expected {
            // Another tab wrote, or deleted everything: never write over either.
            let loaded = match found {
                Some(found) => self.interpret(&found, now),
                None => Loaded::Empty,
            };
            return Err(SaveError::Changed(Box::new(loaded)));
        }
        self.store
            .set(store::KEY, &text)
            .map_err(SaveError::Storage)?;
        Ok(text)
    }
}
