//! How saving stands, as the person is told: whether answers are kept, the notices about
//! stored data, and how a request to delete everything went.

use crate::model::backend::StorageError;
use crate::model::{term, Key};

/// Whether answers are being kept on this device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saving {
    /// Every change is written to local storage.
    Kept,
    /// Storage refused (blocked, unavailable or full): answers live in memory only.
    NotKept(StorageError),
    /// Stored data could not be read nor set aside: this tab must not write over it.
    Frozen,
}

/// A plain-language message about the stored answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Unreadable data was set aside under a backup key.
    SetAside,
    /// Data of an older format was brought up to date.
    Migrated,
    /// Another tab changed the answers and this tab took them over.
    OtherTab,
    /// Another tab saved first, so this tab's last change was not saved.
    Conflict,
    /// Another tab deleted everything, and this tab let go of it too.
    Erased,
    /// On a shared device, everything of the last person was forgotten ("done", or the idle
    /// timeout).
    Forgotten,
    /// The content pack kept on this device no longer reads: it was set aside and the
    /// built-in content is in use.
    PackSetAside,
    /// Another tab changed the content in use, and this tab follows.
    PackChanged,
    /// The person put a content pack in use.
    PackUsed,
    /// The person went back to the built-in content.
    PackBack,
    /// The language chosen could not be loaded (offline before it was ever loaded, or a
    /// file that did not read), so the screens stay in the language they were in.
    LanguageUnavailable,
}

impl Notice {
    /// Key of its text in the string table's terms.
    pub fn term_key(self) -> Key {
        match self {
            Notice::SetAside => term::ui::notice::SET_ASIDE,
            Notice::Migrated => term::ui::notice::MIGRATED,
            Notice::OtherTab => term::ui::notice::OTHER_TAB,
            Notice::Conflict => term::ui::notice::CONFLICT,
            Notice::Erased => term::ui::notice::ERASED,
            Notice::Forgotten => term::ui::notice::FORGOTTEN,
            Notice::PackSetAside => term::ui::notice::PACK_SET_ASIDE,
            Notice::PackChanged => term::ui::notice::PACK_CHANGED,
            Notice::PackUsed => term::ui::notice::PACK_USED,
            Notice::PackBack => term::ui::notice::PACK_BACK,
            Notice::LanguageUnavailable => term::ui::notice::LANGUAGE_UNAVAILABLE,
        }
    }
}

/// How the last request to delete everything went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Erasing {
    /// Nothing was asked, or it is under way.
    Idle,
    /// Everything is deleted.
    Done,
    /// The browser refused; what it still holds is shown again.
    Failed(StorageError),
}
