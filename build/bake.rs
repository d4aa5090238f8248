//! Writes content values as Rust expressions, so the app builds its content directly
//! instead of parsing a data file when it starts (less code in the WebAssembly and no
//! parsing time on the first screen).
//!
//! The texts are not written where they are used: each goes, in the order it is written,
//! into one constant string with a separator (U+001F, the unit separator) after each, and
//! the expression takes them from it in the same order (`s(t)`, where `t` splits that
//! string). A text in place would be a pointer and a length in the WebAssembly's data,
//! eight bytes that barely compress, for each of some 2,000 texts; in order they cost
//! nothing but the separator.
//!
//! Every struct lists its fields here; a field added to the content types but not here
//! leaves the generated expression incomplete, and the app does not compile.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::content::{Action, Channel, ChoiceOption, Item, Model, Scale, Scoring};
use crate::strings::{ChannelText, Described, Entry, ItemText, Strings};
use crate::vocab::{
    Activity, Habit, ItemKind, Layer, Level, Mode, Motive, Role, Rule, Situation, Stage,
};

/// What follows each text in the one string of texts: a control character that no text
/// has (checked as each is added).
pub const SEPARATOR: char = '\u{1f}';

/// The expression being written and the texts it takes, in the order it takes them.
#[derive(Default)]
struct Out {
    code: String,
    texts: String,
}

impl Out {
    fn push_str(&mut self, code: &str) {
        self.code.push_str(code);
    }

    fn push(&mut self, c: char) {
        self.code.push(c);
    }

    /// Adds `text` to the texts, to be taken next by the expression.
    fn text(&mut self, text: &str) {
        assert!(!text.contains(SEPARATOR), "a text holds U+001F: {text:?}");
        self.texts.push_str(text);
        self.texts.push(SEPARATOR);
    }

    /// The block that rebuilds what was written: `t`, the texts in order, then the
    /// expression.
    fn block(self) -> String {
        format!(
            "{{\nlet t = &mut {:?}.split({SEPARATOR:?});\n{}\n}}\n",
            self.texts, self.code
        )
    }
}

impl Write for Out {
    fn write_str(&mut self, code: &str) -> std::fmt::Result {
        self.code.push_str(code);
        Ok(())
    }
}

/// The block that builds the content: `Content { model, strings }`.
pub fn baked(model: &Model, strings: &Strings) -> String {
    let mut out = Out::default();
    out.push_str("Content {\nmodel: ");
    model.bake(&mut out);
    out.push_str(",\nstrings: ");
    strings.bake(&mut out);
    out.push_str(",\n}");
    out.block()
}

/// A value that can be written as a Rust expression that rebuilds it.
trait Bake {
    /// Appends the expression to `out`.
    fn bake(&self, out: &mut Out);
}

macro_rules! bake_display {
    ($($t:ty),*) => {$(
        impl Bake for $t {
            fn bake(&self, out: &mut Out) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}
bake_display!(bool, u8, u16, u32);

impl Bake for String {
    fn bake(&self, out: &mut Out) {
        // `s` is one shared function for all of them, so each string costs a call rather
        // than inlined copying.
        out.text(self);
        out.push_str("s(t)");
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut Out) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.bake(out);
                out.push(')');
            }
        }
    }
}

fn list<'a, T: Bake + 'a>(items: impl IntoIterator<Item = &'a T>, out: &mut Out) {
    for item in items {
        item.bake(out);
        out.push_str(",\n");
    }
}

impl<T: Bake> Bake for Vec<T> {
    fn bake(&self, out: &mut Out) {
        out.push_str("vec![");
        list(self, out);
        out.push(']');
    }
}

impl<T: Bake, const N: usize> Bake for [T; N] {
    fn bake(&self, out: &mut Out) {
        out.push('[');
        list(self, out);
        out.push(']');
    }
}

/// A string-table entry written as constant data (what is not text, in tuples and slices;
/// its texts go to the texts in order), which the app turns into owned values with one loop
/// per table: far less code than an expression per entry.
trait BakeRow {
    /// Appends the constant form to `out`.
    fn row(&self, out: &mut Out);
}

impl BakeRow for String {
    fn row(&self, out: &mut Out) {
        out.text(self);
        out.push_str("()");
    }
}

/// A list of texts: their number, the texts themselves in order.
fn texts(texts: &[String], out: &mut Out) {
    assert!(
        texts.len() <= usize::from(u8::MAX),
        "a list of more than 255 texts"
    );
    for text in texts {
        out.text(text);
    }
    let _ = write!(out, "{}u8", texts.len());
}

impl BakeRow for Vec<String> {
    fn row(&self, out: &mut Out) {
        texts(self, out);
    }
}

impl BakeRow for Described {
    fn row(&self, out: &mut Out) {
        out.text(&self.name);
        out.text(&self.text);
        out.push_str("()");
    }
}

impl BakeRow for ChannelText {
    fn row(&self, out: &mut Out) {
        out.text(&self.name);
        out.text(&self.rationale);
        out.push_str("()");
    }
}

impl BakeRow for ItemText {
    fn row(&self, out: &mut Out) {
        out.text(&self.prompt);
        if let Some(help) = &self.help {
            out.text(help);
        }
        let _ = write!(out, "({}, ", self.help.is_some());
        self.options.row(out);
        out.push(')');
    }
}

impl<V: BakeRow> BakeRow for BTreeMap<String, V> {
    fn row(&self, out: &mut Out) {
        // A slice, not an array: rows of one table have slices of different lengths.
        out.push_str("&[");
        for (k, v) in self {
            out.text(k);
            v.row(out);
            out.push_str(",\n");
        }
        out.push_str("] as &[_]");
    }
}

impl<V: BakeRow> Bake for BTreeMap<String, V> {
    fn bake(&self, out: &mut Out) {
        out.push_str("table(t, ");
        self.row(out);
        out.push(')');
    }
}

macro_rules! bake_enum {
    ($($t:ident),*) => {$(
        impl Bake for $t {
            fn bake(&self, out: &mut Out) {
                // A unit variant's `Debug` form is its name.
                let _ = write!(out, "{}::{:?}", stringify!($t), self);
            }
        }
    )*};
}
bake_enum!(Activity, Habit, ItemKind, Layer, Level, Mode, Motive, Role, Rule, Situation, Stage);

macro_rules! bake_struct {
    ($($t:ident { $($f:ident),* $(,)? })*) => {$(
        impl Bake for $t {
            fn bake(&self, out: &mut Out) {
                out.push_str(concat!(stringify!($t), " {\n"));
                $(
                    out.push_str(concat!(stringify!($f), ": "));
                    self.$f.bake(out);
                    out.push_str(",\n");
                )*
                out.push('}');
            }
        }
    )*};
}
/// A list written as constant rows (see [`BakeRow`]) that the app unpacks with one loop:
/// `rows(t, &[…])`.
fn rows<T: BakeRow>(items: &[T], out: &mut Out) {
    out.push_str("rows(t, &[\n");
    for item in items {
        item.row(out);
        out.push_str(",\n");
    }
    out.push_str("])");
}

/// Constant slices of unit enums: `&[Motive::Known] as &[_]`.
fn enums<T: Bake>(values: &[T], out: &mut Out) {
    out.push_str("&[");
    for v in values {
        v.bake(out);
        out.push_str(", ");
    }
    out.push_str("] as &[_]");
}

impl Bake for Model {
    fn bake(&self, out: &mut Out) {
        // The catalogue and the action library are most of the model: as constant rows
        // they are data, not code.
        let Model {
            format,
            scales,
            items,
            channels,
            actions,
            scoring,
        } = self;
        out.push_str("Model {\nformat: ");
        format.bake(out);
        out.push_str(",\nscales: ");
        scales.bake(out);
        out.push_str(",\nitems: ");
        rows(items, out);
        out.push_str(",\nchannels: ");
        rows(channels, out);
        out.push_str(",\nactions: ");
        rows(actions, out);
        out.push_str(",\nscoring: ");
        scoring.bake(out);
        out.push_str(",\n}");
    }
}

impl BakeRow for Channel {
    fn row(&self, out: &mut Out) {
        // Destructured in full: a field added to `Channel` and not here does not compile.
        let Channel {
            id,
            ratings: [known, equipped, connected],
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
            situations,
            situation_only,
        } = self;
        out.text(id);
        let _ = write!(
            out,
            "([{known}, {equipped}, {connected}], {minutes}, {privacy}, {posting}, \
             {face_to_face}, {strangers}, "
        );
        texts(regions, out);
        let _ = write!(out, ", {regional}, ");
        texts(unavailable, out);
        out.push_str(", ");
        texts(audiences, out);
        let _ = write!(out, ", {specialist}, ");
        enums(situations, out);
        let _ = write!(out, ", {situation_only})");
    }
}

impl BakeRow for Item {
    fn row(&self, out: &mut Out) {
        let Item {
            id,
            layer,
            kind,
            scale,
            motive,
            reverse,
            weight,
            activity,
            mode,
            serves,
            habit,
            role,
            total,
            options,
        } = self;
        out.text(id);
        out.push('(');
        for part in [layer as &dyn Bake, kind] {
            part.bake(out);
            out.push_str(", ");
        }
        if let Some(scale) = scale {
            out.text(scale);
        }
        let _ = write!(out, "{}, ", scale.is_some());
        for part in [motive as &dyn Bake, reverse, weight, activity, mode] {
            part.bake(out);
            out.push_str(", ");
        }
        enums(serves, out);
        out.push_str(", ");
        for part in [habit as &dyn Bake, role, total] {
            part.bake(out);
            out.push_str(", ");
        }
        out.push_str("&[");
        for ChoiceOption { id, value } in options {
            // Typed, so the slice's type does not rest on inference.
            out.text(id);
            match value {
                Some(v) => write!(out, "Some({v}u16), "),
                None => write!(out, "None, "),
            }
            .unwrap_or_default();
        }
        out.push_str("] as &[_])");
    }
}

impl BakeRow for Action {
    fn row(&self, out: &mut Out) {
        let Action {
            id,
            motives,
            channel,
            stages,
            minutes,
            face_to_face,
            rule,
            posting,
            privacy,
            strangers,
            situations,
            habit,
            activity,
            level,
        } = self;
        out.text(id);
        out.push('(');
        enums(motives, out);
        if let Some(channel) = channel {
            out.text(channel);
        }
        let _ = write!(out, ", {}, ", channel.is_some());
        enums(stages, out);
        let _ = write!(out, ", {minutes}, {face_to_face}, ");
        rule.bake(out);
        let _ = write!(out, ", {posting}, {privacy}, {strangers}, ");
        enums(situations, out);
        out.push_str(", ");
        habit.bake(out);
        out.push_str(", ");
        activity.bake(out);
        out.push_str(", ");
        level.bake(out);
        out.push(')');
    }
}

bake_struct! {
    Scale { id, points }
    Scoring {
        split_share, joint_threshold, gap_threshold, time_penalty, privacy_penalty,
        posting_penalty, strangers_penalty, comfort_needed, used_bonus, region_bonus,
        outside_region_penalty, audience_bonus, bands, sharpen, outside_field_penalty,
        situation_bonus, strong_motive, weak_below, active_from,
    }
    Strings { format, language, motives, layers, scales, items, channels, actions, rules, truths, terms }
    Described { name, text }
    ItemText { prompt, help, options }
    ChannelText { name, rationale }
    Entry { id, text }
}
