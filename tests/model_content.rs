//! The embedded content: it loads, validates and has the promised shape.

use netwhy::model::strings::Strings;
use netwhy::model::term::ui;
use netwhy::model::Date;
use netwhy::model::{
    fill, pieces, validate, Content, ItemKind, Key, Layer, Model, Motive, Piece, Role, Stage,
};

#[test]
fn embedded_content_validates() {
    let c = Content::embedded();
    assert_eq!(validate(&c.model, &c.strings), Ok(()));
}

#[test]
fn the_built_in_content_is_exactly_the_content_files() {
    let read = |path: &str| std::fs::read_to_string(path).unwrap();
    let model: Model = toml::from_str(&read("content/model.toml")).unwrap();
    let strings: Strings = toml::from_str(&read("content/en.toml")).unwrap();
    let c = Content::embedded();
    assert_eq!(c.model, model);
    assert_eq!(c.strings, strings);
}

#[test]
fn has_about_thirty_items_in_three_layers() {
    let c = Content::embedded();
    let n = c.items().len();
    assert!((28..=34).contains(&n), "{n} items");
    for layer in Layer::ALL {
        assert!(c.items_in(layer).count() >= 6, "{layer:?}");
    }
}

#[test]
fn every_motive_has_four_items_and_a_reverse_one() {
    let c = Content::embedded();
    for m in Motive::ALL {
        let items: Vec<_> = c.items().iter().filter(|i| i.motive == Some(m)).collect();
        assert!(items.len() >= 4, "{m:?}");
        assert!(items.iter().any(|i| i.reverse), "{m:?}");
    }
}

#[test]
fn catalogue_and_library_are_large_enough() {
    let c = Content::embedded();
    assert!(c.channels().len() >= 18);
    assert!(c.channels().iter().filter(|ch| ch.face_to_face).count() >= 5);
    assert!(c.model.actions.len() >= 30);
    for stage in Stage::ALL {
        let n = c
            .model
            .actions
            .iter()
            .filter(|a| a.stages.contains(&stage))
            .count();
        assert!(n >= 10, "{stage:?} has {n} actions");
    }
}

#[test]
fn there_is_exactly_one_split_and_one_item_per_role() {
    let c = Content::embedded();
    let splits = c.items().iter().filter(|i| i.kind == ItemKind::Split);
    assert_eq!(splits.count(), 1);
    for role in Role::ALL {
        assert!(c.role_item(role).is_some(), "{role:?}");
    }
}

#[test]
fn strings_are_looked_up_by_id() {
    let c = Content::embedded();
    assert_eq!(c.motive_name(Motive::Known), "Better known");
    assert_eq!(
        c.option_label("time_budget", "up_to_30"),
        "Up to half an hour"
    );
    assert_eq!(
        c.option_label("platforms_used", "xing"),
        "XING (job profile in German-speaking countries)"
    );
    assert_eq!(c.scale_labels("agree5").len(), 5);
    assert!(!c.action_text("comment_thoughtfully").is_empty());
    assert!(!c.strings.truths.is_empty());
}

#[test]
fn strings_split_at_their_marks_in_order() {
    assert_eq!(
        pieces("better {known} in, {equipped}{connected}."),
        [
            Piece::Text("better "),
            Piece::Mark("known"),
            Piece::Text(" in, "),
            Piece::Mark("equipped"),
            Piece::Mark("connected"),
            Piece::Text("."),
        ]
    );
    assert_eq!(pieces("{n}"), [Piece::Mark("n")]);
    assert_eq!(pieces(""), []);
    // Braces around anything but a name are text.
    assert_eq!(pieces("a {} b { c } {d"), [Piece::Text("a {} b { c } {d")]);
    assert_eq!(pieces("{ {x}"), [Piece::Text("{ "), Piece::Mark("x")]);
}

#[test]
fn the_welcome_text_names_the_three_reasons_and_the_real_number_of_questions() {
    let c = Content::embedded();
    let marks: Vec<&str> = pieces(c.term(ui::welcome::LEAD.key()))
        .into_iter()
        .filter_map(|p| match p {
            Piece::Mark(m) => Some(m),
            Piece::Text(_) => None,
        })
        .collect();
    let reasons: Vec<&str> = Motive::ALL.iter().map(|m| m.id()).collect();
    assert_eq!(marks, reasons);
    for reason in reasons {
        let name = format!("ui.welcome.{reason}");
        let key = Key::all().find(|k| k.name() == name).expect(&name);
        assert!(!c.term(key).is_empty());
    }
    let count = c.items().len().to_string();
    let line = fill(c.term(ui::welcome::TIME_TEXT.key()), &[("count", &count)]);
    assert!(
        line.starts_with(&format!("{count} short questions")),
        "{line}"
    );
    assert!(!line.contains('{'), "{line}");
}

#[test]
fn json_round_trip_loads_the_same_content() {
    let c = Content::embedded();
    let model = serde_json::to_string(&c.model).unwrap();
    let strings = serde_json::to_string(&c.strings).unwrap();
    assert_eq!(&Content::from_json(&model, &strings).unwrap(), c);
}

#[test]
fn a_day_is_written_out_in_words_from_the_string_table() {
    let c = Content::embedded();
    let day = |text: &str| c.long_day(Date::parse(text).unwrap());
    assert_eq!(day("2026-08-02"), "August 2, 2026");
    assert_eq!(day("2026-12-31"), "December 31, 2026");
    assert_eq!(day("2027-01-01"), "January 1, 2027");
}
