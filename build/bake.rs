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
bake_struct! {
    Model { format, scales, items, channels, actions, scoring }
    Scale { id, points }
    Item {
        id, layer, kind, scale, motive, reverse, weight, activity, mode, serves, habit, role,
        total, options,
    }
    ChoiceOption { id, value }
    Channel {
        id, ratings, minutes, privacy, posting, face_to_face, strangers, regions, regional,
        unavailable, audiences, specialist, situations, situation_only,
    }
    Action {
        id, motives, channel, stages, minutes, face_to_face, rule, posting, privacy, strangers,
        situations, habit, activity, level,
    }
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
