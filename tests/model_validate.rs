//! Content validation: each check fires on deliberately broken content, names the
//! id concerned, and all problems are reported at once.

use netwhy::model::{validate, Content, LoadError, Model, Problem, ProblemKind, Strings};

const MODEL: &str = include_str!("../content/model.toml");
const EN: &str = include_str!("../content/en.toml");

fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "fixture text not found: {from}");
    text.replacen(from, to, 1)
}

fn problems(model: &str, en: &str) -> Vec<Problem> {
    let model: Model = toml::from_str(model).expect("model parses");
    let strings: Strings = toml::from_str(en).expect("strings parse");
    validate(&model, &strings).err().unwrap_or_default()
}

fn assert_has(problems: &[Problem], id: &str, kind: ProblemKind) {
    let found = problems.iter().any(|p| p.id == id && p.kind == kind);
    assert!(found, "expected {id}: {kind:?} in {problems:#?}");
}

#[test]
fn the_shipped_files_are_valid() {
    assert_eq!(problems(MODEL, EN), vec![]);
}

#[test]
fn duplicate_item_ids_are_named() {
    let m = edit(
        MODEL,
        "id = \"known_stand_for\"",
        "id = \"known_recognised\"",
    );
    assert_has(
        &problems(&m, EN),
        "known_recognised",
        ProblemKind::DuplicateId,
    );
}

#[test]
fn duplicate_channel_and_action_ids_are_named() {
    let m = edit(
        MODEL,
        "[[channels]]\nid = \"linkedin_groups\"",
        "[[channels]]\nid = \"linkedin_posts\"",
    );
    let m = edit(&m, "id = \"weekly_post\"", "id = \"comment_thoughtfully\"");
    let p = problems(&m, EN);
    assert_has(&p, "channel linkedin_posts", ProblemKind::DuplicateId);
    assert_has(&p, "action comment_thoughtfully", ProblemKind::DuplicateId);
}

#[test]
fn unknown_channel_in_an_action_is_named() {
    let m = edit(MODEL, "channel = \"coffees_1to1\"", "channel = \"coffee\"");
    let kind = ProblemKind::UnknownReference("coffee".into());
    assert_has(&problems(&m, EN), "coffee_known_contact", kind);
}

#[test]
fn unknown_channel_in_the_platforms_item_is_named() {
    let m = edit(MODEL, "  { id = \"meetups\" },", "  { id = \"meetupz\" },");
    let kind = ProblemKind::UnknownReference("meetupz".into());
    assert_has(&problems(&m, EN), "platforms_used", kind);
}

#[test]
fn unknown_region_of_a_channel_is_named() {
    let m = edit(MODEL, "regions = [\"dach\"]", "regions = [\"germany\"]");
    let kind = ProblemKind::UnknownReference("germany".into());
    assert_has(&problems(&m, EN), "xing", kind);
}

#[test]
fn strings_for_unknown_items_are_named() {
    let en = format!("{EN}\n[items.ghost]\nprompt = \"Boo\"\n");
    let kind = ProblemKind::UnknownReference("ghost".into());
    assert_has(&problems(MODEL, &en), "items.ghost", kind);
}

#[test]
fn missing_strings_are_named() {
    let en = edit(EN, "thank_you_note = ", "thank_you_notes = ");
    let p = problems(MODEL, &en);
    assert_has(&p, "actions.thank_you_note", ProblemKind::MissingString);
    let en = edit(EN, "\"band.poor\" = \"Poor fit for now\"\n", "");
    assert_has(
        &problems(MODEL, &en),
        "terms.band.poor",
        ProblemKind::MissingString,
    );
    let en = edit(EN, "up_to_30 = \"Up to half an hour\"\n", "");
    let id = "items.time_budget.options.up_to_30";
    assert_has(&problems(MODEL, &en), id, ProblemKind::MissingString);
}

#[test]
fn empty_text_is_named() {
    let en = edit(
        EN,
        "rationale = \"Since its groups closed in 2023",
        "rationale = \" \"\n# \"",
    );
    assert_has(
        &problems(MODEL, &en),
        "channels.xing.rationale",
        ProblemKind::EmptyText,
    );
}

#[test]
fn a_motive_with_too_few_items_is_named() {
    let m = edit(
        MODEL,
        "id = \"known_share_work\"\nlayer = \"why\"\nkind = \"scale\"\nscale = \"agree5\"\nmotive = \"known\"",
        "id = \"known_share_work\"\nlayer = \"why\"\nkind = \"scale\"\nscale = \"agree5\"\nmotive = \"equipped\"",
    );
    assert_has(&problems(&m, EN), "known", ProblemKind::TooFewItems(3));
}

#[test]
fn a_motive_without_a_reverse_item_is_named() {
    let m = edit(
        MODEL,
        "motive = \"equipped\"\nreverse = true\n",
        "motive = \"equipped\"\n",
    );
    assert_has(&problems(&m, EN), "equipped", ProblemKind::NoReverseItem);
}

#[test]
fn ratings_out_of_range_are_named() {
    let m = edit(MODEL, "ratings = [3, 1, 1]", "ratings = [4, 1, 1]");
    let m = edit(&m, "privacy = 3", "privacy = 7");
    let p = problems(&m, EN);
    assert_has(&p, "linkedin_posts", ProblemKind::OutOfRange(4, 3));
    assert_has(&p, "video_podcast", ProblemKind::OutOfRange(7, 3));
}

#[test]
fn scale_label_count_must_match_points() {
    let en = edit(EN, "\"Neither agree nor disagree\", ", "");
    assert_has(
        &problems(MODEL, &en),
        "scales.agree5",
        ProblemKind::LabelCount(5, 4),
    );
}

#[test]
fn unknown_format_versions_are_refused() {
    let m = edit(MODEL, "format = 2", "format = 3");
    let en = edit(EN, "format = 2", "format = 1");
    let p = problems(&m, &en);
    assert_has(&p, "model", ProblemKind::UnknownFormat(3));
    assert_has(&p, "strings", ProblemKind::UnknownFormat(1));
}

#[test]
fn a_plan_without_a_possible_face_to_face_step_is_named() {
    // Whoever the person is, some face-to-face step must fit: here the only ones that need
    // no channel, no comfort and at most the smallest budget are made too long, or only
    // for people who are employed.
    let m = edit(
        MODEL,
        "id = \"early_to_meeting\"\nmotives = [\"connected\"]\nstages = [\"curiosity\", \"focus\", \"strategy\"]\nminutes = 10",
        "id = \"early_to_meeting\"\nmotives = [\"connected\"]\nstages = [\"curiosity\", \"focus\", \"strategy\"]\nminutes = 40",
    );
    let m = edit(
        &m,
        "id = \"ask_in_person\"\nmotives = [\"equipped\"]\nstages = [\"curiosity\", \"focus\", \"strategy\"]\nminutes = 20",
        "id = \"ask_in_person\"\nmotives = [\"equipped\"]\nstages = [\"curiosity\", \"focus\", \"strategy\"]\nminutes = 40",
    );
    let m = edit(
        &m,
        "id = \"two_questions_first\"\nmotives = [\"connected\", \"equipped\"]\nstages = [\"curiosity\", \"focus\", \"strategy\"]\nminutes = 10\nface_to_face = true\nrule = \"show_interest\"",
        "id = \"two_questions_first\"\nmotives = [\"connected\", \"equipped\"]\nstages = [\"curiosity\", \"focus\", \"strategy\"]\nminutes = 10\nface_to_face = true\nrule = \"show_interest\"\nsituations = [\"employed\"]",
    );
    let p = problems(&m, EN);
    assert_has(&p, "curiosity job_seeking", ProblemKind::NoFaceToFaceAction);
    assert_has(&p, "strategy studying", ProblemKind::NoFaceToFaceAction);
    assert!(
        !p.iter().any(|x| x.id == "focus employed"),
        "an employed person still has one: {p:#?}"
    );
}

#[test]
fn a_step_that_needs_more_comfort_than_there_is_is_named() {
    let m = edit(
        MODEL,
        "id = \"monthly_review\"",
        "id = \"monthly_review\"\nstrangers = 4",
    );
    assert_has(
        &problems(&m, EN),
        "monthly_review",
        ProblemKind::OutOfRange(4, 3),
    );
}

#[test]
fn unknown_situation_of_a_channel_and_a_specialist_without_a_field_are_named() {
    let m = edit(
        MODEL,
        "situations = [\"employed\"]\nsituation_only = true",
        "situations = [\"retired\"]\nsituation_only = true",
    );
    assert!(
        toml::from_str::<Model>(&m).is_err(),
        "an unknown situation is not a situation"
    );
    let m = edit(
        MODEL,
        "audiences = [\"design\"]\nspecialist = true",
        "specialist = true",
    );
    assert_has(
        &problems(&m, EN),
        "portfolio_networks",
        ProblemKind::Malformed("specialist channel names no field"),
    );
    let m = edit(
        MODEL,
        "regions = [\"china\"]",
        "regions = [\"china\"]\nunavailable = [\"china\"]",
    );
    assert_has(
        &problems(&m, EN),
        "wechat",
        ProblemKind::Malformed("channel both used and unavailable in a region"),
    );
}

#[test]
fn a_missing_role_is_named() {
    let m = edit(MODEL, "role = \"strangers\"\n", "");
    assert_has(
        &problems(&m, EN),
        "role Strangers",
        ProblemKind::RoleCount(0),
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let m = edit(MODEL, "ratings = [3, 1, 2]", "ratings = [9, 1, 2]");
    let m = edit(&m, "channel = \"coffees_1to1\"", "channel = \"coffee\"");
    let en = edit(EN, "thank_you_note = ", "thank_you_notes = ");
    assert!(problems(&m, &en).len() >= 4, "{:#?}", problems(&m, &en));
}

#[test]
fn problems_read_as_id_and_message() {
    let m = edit(MODEL, "ratings = [3, 1, 1]", "ratings = [4, 1, 1]");
    let text: Vec<String> = problems(&m, EN).iter().map(|p| p.to_string()).collect();
    assert!(text.contains(&"linkedin_posts: value 4 is out of range 0..=3".to_string()));
}

#[test]
fn unknown_fields_are_refused_when_parsing() {
    let m = edit(MODEL, "reverse = true", "reverse_keyed = true");
    assert!(toml::from_str::<Model>(&m).is_err());
}

#[test]
fn loading_broken_json_reports_every_problem() {
    let c = Content::embedded();
    let mut model = c.model.clone();
    model.channels[0].ratings = [5, 5, 5];
    model.items[0].scale = Some("nope".into());
    let json = serde_json::to_string(&model).unwrap();
    let strings = serde_json::to_string(&c.strings).unwrap();
    match Content::from_json(&json, &strings) {
        Err(LoadError::Invalid(p)) => assert!(p.len() >= 4, "{p:#?}"),
        other => panic!("expected invalid content, got {other:?}"),
    }
    assert!(matches!(
        Content::from_json("{", &strings),
        Err(LoadError::Parse("model", _))
    ));
}

#[test]
fn a_text_that_drops_or_misspells_a_mark_is_named() {
    // A translator reworded the date line and lost its mark, and added one nothing fills.
    let en = edit(
        EN,
        "\"ui.results.completed\" = \"Completed on {date}.\"",
        "\"ui.results.completed\" = \"Completed on {datum}.\"",
    );
    let en = edit(&en, "\"ui.start\" = \"", "\"ui.start\" = \"{name}, ");
    let p = problems(MODEL, &en);
    assert_has(
        &p,
        "terms.ui.results.completed",
        ProblemKind::MissingMark("date".into()),
    );
    assert_has(
        &p,
        "terms.ui.results.completed",
        ProblemKind::UnknownMark("datum".into()),
    );
    assert_has(
        &p,
        "terms.ui.start",
        ProblemKind::UnknownMark("name".into()),
    );
    // Moving marks around is fine.
    let en = edit(
        EN,
        "\"ui.in_progress\" = \"",
        "\"ui.in_progress\" = \"{total} / {answered}: ",
    );
    assert_eq!(problems(MODEL, &en), vec![]);
}

#[test]
fn a_term_the_reference_language_lacks_is_named() {
    // A misspelled key in a language file is a stray, and the key it meant is missing.
    let en = edit(EN, "\"ui.brand\" = ", "\"ui.brnad\" = ");
    let p = problems(MODEL, &en);
    let kind = ProblemKind::UnknownReference("ui.brnad".into());
    assert_has(&p, "terms.ui.brnad", kind);
    assert_has(&p, "terms.ui.brand", ProblemKind::MissingString);
}

#[test]
fn the_typed_keys_carry_the_marks_of_the_reference_texts() {
    use netwhy::model::term::{names, table, ui, Key};
    assert_eq!(ui::DATE.key().name(), "ui.date");
    assert_eq!(ui::DATE.key().marks(), ui::DATE.marks());
    assert_eq!(ui::DATE.marks(), ["month", "day", "year"]);
    assert_eq!(ui::results::BECAUSE.marks(), ["reasons"]);
    assert!(ui::BRAND.marks().is_empty());
    let months: Vec<&str> = ui::month::ALL.iter().map(|k| k.name()).collect();
    assert_eq!(months[0], "ui.month.1");
    assert_eq!(months[11], "ui.month.12");
    // One key for every term of the shipped language file, in the table's order.
    let en: Strings = toml::from_str(EN).expect("strings parse");
    let keys: Vec<&str> = Key::all().map(Key::name).collect();
    assert_eq!(
        keys,
        en.terms.keys().map(String::as_str).collect::<Vec<_>>()
    );
    assert_eq!(keys, names());
    assert!(table()
        .iter()
        .zip(Key::all())
        .all(|((k, m), key)| *k == key.name() && *m == key.marks()));
}
