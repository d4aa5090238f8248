//! Writes content values as Rust expressions, so the app builds its content directly
//! instead of parsing a data file when it starts (less code in the WebAssembly and no
//! parsing time on the first screen).
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

/// A value that can be written as a Rust expression that rebuilds it.
pub trait Bake {
    /// Appends the expression to `out`.
    fn bake(&self, out: &mut String);
}

/// The expression for `value`.
pub fn baked(value: &impl Bake) -> String {
    let mut out = String::new();
    value.bake(&mut out);
    out
}

macro_rules! bake_display {
    ($($t:ty),*) => {$(
        impl Bake for $t {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}
bake_display!(bool, u8, u16, u32);

impl Bake for String {
    fn bake(&self, out: &mut String) {
        // `{:?}` writes a valid Rust string literal, escapes included; `s` is one shared
        // function for all of them, so each string costs a call rather than inlined copying.
        let _ = write!(out, "s({self:?})");
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
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

fn list<'a, T: Bake + 'a>(items: impl IntoIterator<Item = &'a T>, out: &mut String) {
    for item in items {
        item.bake(out);
        out.push_str(",\n");
    }
}

impl<T: Bake> Bake for Vec<T> {
    fn bake(&self, out: &mut String) {
        out.push_str("vec![");
        list(self, out);
        out.push(']');
    }
}

impl<T: Bake, const N: usize> Bake for [T; N] {
    fn bake(&self, out: &mut String) {
        out.push('[');
        list(self, out);
        out.push(']');
    }
}

/// A string-table entry written as constant data (`&str`s in tuples and slices), which
/// the app turns into owned values with one loop per table: far less code than an
/// expression per entry.
pub trait BakeRow {
    /// Appends the constant form to `out`.
    fn row(&self, out: &mut String);
}

impl BakeRow for String {
    fn row(&self, out: &mut String) {
        let _ = write!(out, "{self:?}");
    }
}

impl BakeRow for Vec<String> {
    fn row(&self, out: &mut String) {
        out.push_str("&[");
        for text in self {
            let _ = write!(out, "{text:?}, ");
        }
        // A slice, not an array: rows of one table have slices of different lengths.
        out.push_str("] as &[_]");
    }
}

impl BakeRow for Described {
    fn row(&self, out: &mut String) {
        let _ = write!(out, "({:?}, {:?})", self.name, self.text);
    }
}

impl BakeRow for ChannelText {
    fn row(&self, out: &mut String) {
        let _ = write!(out, "({:?}, {:?})", self.name, self.rationale);
    }
}

impl BakeRow for ItemText {
    fn row(&self, out: &mut String) {
        let _ = write!(out, "({:?}, {:?}, ", self.prompt, self.help.as_deref());
        self.options.row(out);
        out.push(')');
    }
}

impl<V: BakeRow> BakeRow for BTreeMap<String, V> {
    fn row(&self, out: &mut String) {
        out.push_str("&[");
        for (k, v) in self {
            let _ = write!(out, "({k:?}, ");
            v.row(out);
            out.push_str("),\n");
        }
        out.push_str("] as &[_]");
    }
}

impl<V: BakeRow> Bake for BTreeMap<String, V> {
    fn bake(&self, out: &mut String) {
        out.push_str("table(");
        self.row(out);
        out.push(')');
    }
}

macro_rules! bake_enum {
    ($($t:ident),*) => {$(
        impl Bake for $t {
            fn bake(&self, out: &mut String) {
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
            fn bake(&self, out: &mut String) {
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
/// `rows(&[…])`.
fn rows<T: BakeRow>(items: &[T], out: &mut String) {
    out.push_str("rows(&[\n");
    for item in items {
        item.row(out);
        out.push_str(",\n");
    }
    out.push_str("])");
}

/// Constant text slices: `&["a", "b"] as &[_]`.
fn strs(texts: &[String], out: &mut String) {
    out.push_str("&[");
    for text in texts {
        let _ = write!(out, "{text:?}, ");
    }
    out.push_str("] as &[_]");
}

/// Constant slices of unit enums: `&[Motive::Known] as &[_]`.
fn enums<T: Bake>(values: &[T], out: &mut String) {
    out.push_str("&[");
    for v in values {
        v.bake(out);
        out.push_str(", ");
    }
    out.push_str("] as &[_]");
}

impl Bake for Model {
    fn bake(&self, out: &mut String) {
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
    fn row(&self, out: &mut String) {
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
        let _ = write!(
            out,
            "({id:?}, [{known}, {equipped}, {connected}], {minutes}, {privacy}, {posting}, \
             {face_to_face}, {strangers}, "
        );
        strs(regions, out);
        let _ = write!(out, ", {regional}, ");
        strs(unavailable, out);
        out.push_str(", ");
        strs(audiences, out);
        let _ = write!(out, ", {specialist}, ");
        enums(situations, out);
        let _ = write!(out, ", {situation_only})");
    }
}

impl BakeRow for Item {
    fn row(&self, out: &mut String) {
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
        let _ = write!(out, "({id:?}, ");
        for part in [layer as &dyn Bake, kind] {
            part.bake(out);
            out.push_str(", ");
        }
        let _ = write!(out, "{:?}, ", scale.as_deref());
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
            match value {
                Some(v) => write!(out, "({id:?}, Some({v}u16)), "),
                None => write!(out, "({id:?}, None), "),
            }
            .unwrap_or_default();
        }
        out.push_str("] as &[_])");
    }
}

impl BakeRow for Action {
    fn row(&self, out: &mut String) {
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
        let _ = write!(out, "({id:?}, ");
        enums(motives, out);
        let _ = write!(out, ", {:?}, ", channel.as_deref());
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
