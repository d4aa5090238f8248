//! [`Content`]: the model data and a string table together, validated, with lookups
//! by id. Owns the content that `build.rs` compiled into the app.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use super::content::{Action, Channel, ChoiceOption, Item, Model, Scale};
use super::strings::{ChannelText, Described, ItemText, Strings};
use super::validate::{validate_with, Problem};
use super::vocab::{
    Activity, Habit, ItemKind, Layer, Level, Mode, Motive, Role, Rule, Situation, Stage,
};

/// The content of `content/model.toml` and `content/en.toml`, as `build.rs` wrote it out
/// in Rust after validating it (see `build/bake.rs`).
fn built_in() -> Content {
    // The names the generated code uses besides those this module imports already.
    use super::content::Scoring;
    use super::strings::Entry;
    include!(concat!(env!("OUT_DIR"), "/content.rs"))
}

/// Checks the model data and a string table, whose terms must be those of the reference
/// language ([`super::term::table`]); returns every problem found.
pub fn validate(model: &Model, strings: &Strings) -> Result<(), Vec<Problem>> {
    validate_with(model, strings, super::term::table())
}

/// The built-in content's texts in the order the generated code takes them (see
/// `build/bake.rs`): one constant string, split at the U+001F after each text.
type Texts = std::str::Split<'static, char>;

/// The next text.
#[inline(never)]
fn s(t: &mut Texts) -> String {
    t.next().unwrap_or_default().to_owned()
}

/// The next `n` texts.
fn owned(t: &mut Texts, n: u8) -> Vec<String> {
    (0..n).map(|_| s(t)).collect()
}

/// The next text if there is one (`has`).
fn optional(t: &mut Texts, has: bool) -> Option<String> {
    has.then(|| s(t))
}

/// A string-table entry as `build.rs` writes it: what is not text in tuples and slices,
/// its texts taken in order from `t`.
trait Row: Sized {
    type Data: Copy + 'static;
    fn unpack(data: Self::Data, t: &mut Texts) -> Self;
}

/// Builds a list from its constant rows.
fn rows<V: Row>(t: &mut Texts, rows: &'static [V::Data]) -> Vec<V> {
    rows.iter().map(|&data| V::unpack(data, t)).collect()
}

/// A channel as `build/bake.rs` writes it: its fields in order (its id first, from the
/// texts), lists of texts as their lengths.
type ChannelRow = (
    [u8; 3],
    u16,
    u8,
    bool,
    bool,
    bool,
    u8,
    bool,
    u8,
    u8,
    bool,
    &'static [Situation],
    bool,
);

impl Row for Channel {
    type Data = ChannelRow;
    fn unpack(row: ChannelRow, t: &mut Texts) -> Self {
        let (ratings, minutes, privacy, posting, face_to_face, strangers, regions, regional) =
            (row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7);
        let (unavailable, audiences, specialist, situations, situation_only) =
            (row.8, row.9, row.10, row.11, row.12);
        // The texts in the order they were written.
        let id = s(t);
        let regions = owned(t, regions);
        let unavailable = owned(t, unavailable);
        let audiences = owned(t, audiences);
        Channel {
            id,
            ratings,
            minutes,
            privacy,
            posting,
            face_to_face,
            strangers,
            regions,
            regional,
            unavailable,
            audiences,
            specialist,
            situations: situations.to_vec(),
            situation_only,
        }
    }
}

/// An item as `build/bake.rs` writes it (its id and scale from the texts); options as
/// their values, their ids from the texts.
type ItemRow = (
    Layer,
    ItemKind,
    bool,
    Option<Motive>,
    bool,
    u8,
    Option<Activity>,
    Option<Mode>,
    &'static [Motive],
    Option<Habit>,
    Option<Role>,
    Option<u8>,
    &'static [Option<u16>],
);

impl Row for Item {
    type Data = ItemRow;
    fn unpack(row: ItemRow, t: &mut Texts) -> Self {
        let (layer, kind, scale, motive, reverse, weight) =
            (row.0, row.1, row.2, row.3, row.4, row.5);
        let (activity, mode, serves, habit, role, total, options) =
            (row.6, row.7, row.8, row.9, row.10, row.11, row.12);
        // The texts in the order they were written.
        let id = s(t);
        let scale = optional(t, scale);
        Item {
            id,
            layer,
            kind,
            scale,
            motive,
            reverse,
            weight,
            activity,
            mode,
            serves: serves.to_vec(),
            habit,
            role,
            total,
            options: options
                .iter()
                .map(|&value| ChoiceOption { id: s(t), value })
                .collect(),
        }
    }
}

/// An action as `build/bake.rs` writes it (its id and channel from the texts).
type ActionRow = (
    &'static [Motive],
    bool,
    &'static [Stage],
    u16,
    bool,
    Rule,
    u8,
    u8,
    u8,
    &'static [Situation],
    Option<Habit>,
    Option<Activity>,
    Level,
);

impl Row for Action {
    type Data = ActionRow;
    fn unpack(row: ActionRow, t: &mut Texts) -> Self {
        let (motives, channel, stages, minutes, face_to_face, rule) =
            (row.0, row.1, row.2, row.3, row.4, row.5);
        let (posting, privacy, strangers, situations, habit, activity, level) =
            (row.6, row.7, row.8, row.9, row.10, row.11, row.12);
        // The texts in the order they were written.
        let id = s(t);
        let channel = optional(t, channel);
        Action {
            id,
            motives: motives.to_vec(),
            channel,
            stages: stages.to_vec(),
            minutes,
            face_to_face,
            rule,
            posting,
            privacy,
            strangers,
            situations: situations.to_vec(),
            habit,
            activity,
            level,
        }
    }
}

/// Builds a string table from its constant rows, each key from the texts before its
/// entry's.
fn table<V: Row>(t: &mut Texts, rows: &'static [V::Data]) -> BTreeMap<String, V> {
    super::order::map_of(rows.iter().map(|&data| {
        let key = s(t);
        (key, V::unpack(data, t))
    }))
}

impl Row for String {
    type Data = ();
    fn unpack((): (), t: &mut Texts) -> Self {
        s(t)
    }
}

impl Row for Vec<String> {
    type Data = u8;
    fn unpack(n: u8, t: &mut Texts) -> Self {
        owned(t, n)
    }
}

impl Row for Described {
    type Data = ();
    fn unpack((): (), t: &mut Texts) -> Self {
        let name = s(t);
        Described { name, text: s(t) }
    }
}

impl Row for ChannelText {
    type Data = ();
    fn unpack((): (), t: &mut Texts) -> Self {
        let name = s(t);
        ChannelText {
            name,
            rationale: s(t),
        }
    }
}

impl Row for ItemText {
    type Data = (bool, &'static [()]);
    fn unpack((help, options): Self::Data, t: &mut Texts) -> Self {
        let prompt = s(t);
        let help = optional(t, help);
        ItemText {
            prompt,
            help,
            options: table(t, options),
        }
    }
}

/// Validated content: the language-neutral model and one language's strings.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    /// Items, scales, channels, actions and scoring parameters.
    pub model: Model,
    /// The user-visible strings for one language.
    pub strings: Strings,
}

/// Why content could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The JSON could not be read as content (which file, and the parser's message).
    Parse(&'static str, String),
    /// The content was read but is inconsistent.
    Invalid(Vec<Problem>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Parse(which, msg) => write!(f, "{which}: {msg}"),
            LoadError::Invalid(problems) => {
                write!(f, "{} problems", problems.len())?;
                for p in problems {
                    write!(f, "\n  {p}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for LoadError {}

impl Content {
    /// The content compiled into the app (English), built once and kept.
    ///
    /// `build.rs` runs [`validate`] on the very same files and fails the build if they
    /// are broken, and the native tests check that this copy equals the files and passes
    /// [`validate`]; so it is not validated again here, which would only add code and time
    /// to the app's start.
    pub fn embedded() -> &'static Content {
        static CONTENT: OnceLock<Content> = OnceLock::new();
        CONTENT.get_or_init(built_in)
    }

    /// Reads content from JSON without validating it.
    fn parse(model: &str, strings: &str) -> Result<Content, LoadError> {
        let model: Model =
            serde_json::from_str(model).map_err(|e| LoadError::Parse("model", e.to_string()))?;
        let strings: Strings = serde_json::from_str(strings)
            .map_err(|e| LoadError::Parse("strings", e.to_string()))?;
        Ok(Content { model, strings })
    }

    /// Reads content from the JSON forms of a model file and a language file, and
    /// validates it (for content packs loaded at run time).
    pub fn from_json(model: &str, strings: &str) -> Result<Content, LoadError> {
        let Content { model, strings } = Content::parse(model, strings)?;
        Content::from_parts(model, strings)
    }

    /// Validates already-parsed model data and strings and puts them together.
    pub fn from_parts(model: Model, strings: Strings) -> Result<Content, LoadError> {
        validate(&model, &strings).map_err(LoadError::Invalid)?;
        Ok(Content { model, strings })
    }

    /// All items in questionnaire order.
    pub fn items(&self) -> &[Item] {
        &self.model.items
    }

    /// The items of one layer, in questionnaire order.
    pub fn items_in(&self, layer: Layer) -> impl Iterator<Item = &Item> {
        self.model.items.iter().filter(move |i| i.layer == layer)
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.model.items.iter().find(|i| i.id == id)
    }

    /// The item that carries a constraints role (exactly one in valid content).
    pub fn role_item(&self, role: Role) -> Option<&Item> {
        self.model.items.iter().find(|i| i.role == Some(role))
    }

    /// The scale with this id.
    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.model.scales.iter().find(|s| s.id == id)
    }

    /// The scale a scale item is answered on.
    pub fn scale_of(&self, item: &Item) -> Option<&Scale> {
        item.scale.as_deref().and_then(|s| self.scale(s))
    }

    /// The channel catalogue in its published order.
    pub fn channels(&self) -> &[Channel] {
        &self.model.channels
    }

    /// The channel with this id.
    pub fn channel(&self, id: &str) -> Option<&Channel> {
        self.model.channels.iter().find(|c| c.id == id)
    }

    /// The action with this id.
    pub fn action(&self, id: &str) -> Option<&Action> {
        self.model.actions.iter().find(|a| a.id == id)
    }
}
