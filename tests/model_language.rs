//! Languages: every language file the build writes reads back through the app's own reader
//! into the same texts as its source; the persona table answered in every language gets the
//! very same scores, fits and plans as in English; no language can map an option's label to
//! another option; Arabic writes a counted number alone; the choice of language, the browser's
//! preferences and broken or hostile language files are handled.

mod model_support;

use std::collections::{BTreeMap, BTreeSet};

use model_support::cases::cases;
use netwhy::model::language::{
    and_joins_next_word, is_rtl, language, preferred, read_choice, read_language, LanguageError,
    BUILT_IN, LANGUAGES, MAX_LANGUAGE_BYTES,
};
use netwhy::model::term::ui;
use netwhy::model::{score, Content, ItemKind, Motive, Strings};
use netwhy::{term_fill, term_text};

/// The language file as the build writes it beside the app.
fn built_file(tag: &str) -> String {
    let path = format!("{}/lang/{tag}.json", env!("OUT_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The source of a language, read as the build reads it.
fn source(tag: &str) -> Strings {
    let path = format!("{}/content/{tag}.toml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every language but the built-in one, read through the app's reader.
fn others() -> Vec<Content> {
    LANGUAGES
        .iter()
        .filter(|l| l.tag != BUILT_IN)
        .map(|l| {
            read_language(&built_file(l.tag), l.tag, Content::embedded())
                .unwrap_or_else(|e| panic!("{}: {e}", l.tag))
        })
        .collect()
}

#[test]
fn netwhy_speaks_english_german_and_arabic_each_named_in_its_own_words() {
    let offered: Vec<(&str, &str)> = LANGUAGES.iter().map(|l| (l.tag, l.name)).collect();
    assert_eq!(
        offered,
        [("en", "English"), ("ar", "العربية"), ("de", "Deutsch")]
    );
    assert_eq!(
        LANGUAGES[0].tag, BUILT_IN,
        "the built-in language comes first"
    );
    assert!(language("ar").is_some_and(|l| l.rtl()));
    assert!(!language("de").is_some_and(|l| l.rtl()));
}

#[test]
fn every_language_file_reads_back_as_its_source() {
    for l in LANGUAGES.iter().filter(|l| l.tag != BUILT_IN) {
        let content = read_language(&built_file(l.tag), l.tag, Content::embedded())
            .unwrap_or_else(|e| panic!("{}: {e}", l.tag));
        assert_eq!(content.strings, source(l.tag), "{}", l.tag);
        assert_eq!(content.model, Content::embedded().model, "{}", l.tag);
    }
    assert_eq!(
        Content::embedded().strings,
        source(BUILT_IN),
        "the built-in language is its file"
    );
}

#[test]
fn the_persona_table_scores_fits_and_plans_alike_in_every_language() {
    let english = Content::embedded();
    let languages = others();
    assert!(!languages.is_empty());
    for case in cases() {
        let answers = case.persona.answers();
        let expected = score(english, &answers);
        for content in &languages {
            assert_eq!(
                score(content, &answers),
                expected,
                "{} in {}",
                case.persona.name,
                content.strings.language
            );
        }
    }
}

#[test]
fn no_language_can_bind_an_option_label_to_another_option() {
    let english = Content::embedded();
    for content in others() {
        let tag = &content.strings.language;
        for item in english.items() {
            let labels: Vec<&str> = match item.kind {
                ItemKind::Scale => {
                    let scale = english.scale_of(item).expect("a scale item has a scale");
                    let ours = content.scale_labels(&scale.id);
                    assert_eq!(
                        ours.len(),
                        english.scale_labels(&scale.id).len(),
                        "{tag}: scale {}",
                        scale.id
                    );
                    ours.iter().map(String::as_str).collect()
                }
                _ => item
                    .options
                    .iter()
                    .map(|o| content.option_label(&item.id, &o.id))
                    .collect(),
            };
            let distinct: BTreeSet<&str> = labels.iter().copied().collect();
            assert_eq!(
                distinct.len(),
                labels.len(),
                "{tag}: {} has two options with one label: {labels:?}",
                item.id
            );
            // A label kept as in English (a platform's name, say) names the same option.
            let english_ids: BTreeMap<&str, &str> = item
                .options
                .iter()
                .map(|o| (english.option_label(&item.id, &o.id), o.id.as_str()))
                .collect();
            for (option, label) in item.options.iter().zip(&labels) {
                if let Some(id) = english_ids.get(label) {
                    assert_eq!(
                        *id, option.id,
                        "{tag}: {}: the label {label:?} is English for another option",
                        item.id
                    );
                }
            }
            // And the texts are keyed by the model's ids, never by their order.
            let keys: BTreeSet<&String> = content
                .strings
                .items
                .get(&item.id)
                .map(|t| t.options.keys().collect())
                .unwrap_or_default();
            let english_keys: BTreeSet<&String> = english
                .strings
                .items
                .get(&item.id)
                .map(|t| t.options.keys().collect())
                .unwrap_or_default();
            assert_eq!(keys, english_keys, "{tag}: {}", item.id);
        }
    }
}

#[test]
fn the_browser_s_preferred_languages_choose_the_first_one_on_offer() {
    assert_eq!(preferred(&["de-AT", "en"]), "de");
    assert_eq!(preferred(&["fr-FR", "ar-EG", "de"]), "ar");
    assert_eq!(preferred(&["EN-gb"]), "en");
    assert_eq!(preferred(&["fr", "ja"]), BUILT_IN);
    assert_eq!(preferred::<&str>(&[]), BUILT_IN);
    assert_eq!(preferred(&["", "-", "de_CH"]), "de");
}

#[test]
fn right_to_left_is_told_by_language_or_script() {
    for rtl in ["ar", "ar-EG", "he", "fa-IR", "ur", "az-Arab", "pa-Arab"] {
        assert!(is_rtl(rtl), "{rtl}");
    }
    for ltr in ["en", "de", "arn", "tr", "", "-"] {
        assert!(!is_rtl(ltr), "{ltr}");
    }
}

#[test]
fn lists_in_arabic_join_the_word_for_and_to_the_last_part() {
    for joined in ["ar", "ar-EG", "AR", "he", "iw-IL"] {
        assert!(and_joins_next_word(joined), "{joined}");
    }
    for apart in ["en", "de", "fa", "ur", "arn", "", "-"] {
        assert!(!and_joins_next_word(apart), "{apart}");
    }
    let base = Content::embedded();
    let arabic = read_language(&built_file("ar"), "ar", base).unwrap();
    let names = [
        arabic.motive_name(Motive::Known),
        arabic.motive_name(Motive::Equipped),
        arabic.motive_name(Motive::Connected),
    ];
    // "a، b وc": the comma and a space between the first parts, "و" written onto the last.
    assert_eq!(
        arabic.join(&names),
        format!("{}، {} و{}", names[0], names[1], names[2])
    );
    assert_eq!(
        arabic.join(&names[..2]),
        format!("{} و{}", names[0], names[1])
    );
    // Names in Latin letters are isolated, so the Arabic commas stay between them and two
    // of them side by side do not run together left to right.
    assert_eq!(
        arabic.join(&["حلقات", "Reddit", "Slack (Discord)"]),
        "حلقات، \u{2068}Reddit\u{2069} و\u{2068}Slack (Discord)\u{2069}"
    );
    // German keeps its "und" apart, and needs no isolating.
    let german = read_language(&built_file("de"), "de", base).unwrap();
    assert_eq!(german.join(&["A", "B", "C"]), "A, B und C");
}

#[test]
fn in_arabic_a_counted_number_stands_alone_since_the_noun_after_it_changes_with_it() {
    // ثانيتان (2), ثوان (3 to 10), ثانية (11 and on): one noun cannot follow every number,
    // so the countdown, the room's counts and a plan step's minutes write the number alone
    // after a colon.
    let arabic = read_language(&built_file("ar"), "ar", Content::embedded()).unwrap();
    // A filled-in value is isolated from the text around it (U+2068 … U+2069).
    let bare = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
    for n in 2..=60u32 {
        let count = n.to_string();
        assert_eq!(
            bare(term_fill!(&arabic, ui::shared::SECONDS, count = count)),
            count
        );
        assert_eq!(
            bare(term_fill!(&arabic, ui::count::PEOPLE, count = count)),
            count
        );
    }
    assert_eq!(arabic.term(ui::shared::ONE_SECOND), "1");
    let idle = term_text!(&arabic, ui::shared::IDLE_TEXT, minutes, left);
    assert!(idle.ends_with(": {left}."), "{idle}");
    // A plan step's minutes (10 for some steps) too.
    let step = term_text!(&arabic, ui::results::MINUTES, minutes);
    assert!(step.ends_with(": {minutes}"), "{step}");
    // English and German name the unit after the number.
    let german = read_language(&built_file("de"), "de", Content::embedded()).unwrap();
    assert_eq!(
        bare(term_fill!(&german, ui::shared::SECONDS, count = "7")),
        "7 Sekunden"
    );
}

#[test]
fn a_kept_choice_is_taken_only_when_it_names_a_language_on_offer() {
    let offered = ["en", "de", "ar"];
    assert_eq!(read_choice("de", &offered), Some("de"));
    assert_eq!(read_choice(" ar\n", &offered), Some("ar"));
    for refused in ["", "fr", "DE", "de-AT", "<b>de</b>", &"d".repeat(10_000)] {
        assert_eq!(read_choice(refused, &offered), None, "{refused:.20}");
    }
}

#[test]
fn broken_and_hostile_language_files_are_refused_with_the_reason() {
    let base = Content::embedded();
    let good = built_file("de");
    assert!(read_language(&good, "de", base).is_ok());

    let huge = format!("{good}{}", " ".repeat(MAX_LANGUAGE_BYTES));
    assert_eq!(
        read_language(&huge, "de", base),
        Err(LanguageError::TooLarge)
    );
    for text in [
        "",
        "null",
        "[]",
        "{",
        "<html>offline</html>",
        "{\"format\":2}",
    ] {
        assert!(
            matches!(
                read_language(text, "de", base),
                Err(LanguageError::Unreadable(_))
            ),
            "{text}"
        );
    }
    // Asked for German, given Arabic.
    assert_eq!(
        read_language(&built_file("ar"), "de", base),
        Err(LanguageError::OtherLanguage("ar".into()))
    );

    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    // A term lost, a term added, a mark lost: each is a problem against this version.
    let terms = value["terms"].as_object_mut().unwrap();
    terms.remove("ui.brand");
    terms.insert("ui.invented".into(), "Erfunden".into());
    let because = terms["ui.results.because"]
        .as_str()
        .unwrap()
        .replace("{reasons}", "");
    terms.insert("ui.results.because".into(), because.into());
    match read_language(&value.to_string(), "de", base) {
        Err(LanguageError::Incomplete(n)) => assert!(n >= 3, "{n} problems"),
        other => panic!("{other:?}"),
    }

    // Anything but text where text belongs, or a field a language cannot have.
    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    value["channels"]["linkedin_posts"]["name"] = serde_json::json!({ "html": "<b>x</b>" });
    assert!(matches!(
        read_language(&value.to_string(), "de", base),
        Err(LanguageError::Unreadable(_))
    ));
    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    value["scoring"] = serde_json::json!({ "reverse": true });
    assert!(matches!(
        read_language(&value.to_string(), "de", base),
        Err(LanguageError::Unreadable(_))
    ));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// A language file cut, with bytes changed or spliced in, never panics the reader: it is
    /// used whole or refused with a reason.
    #[test]
    fn a_mangled_language_file_is_used_or_refused_never_a_panic(
        cut in 0usize..100_000,
        at in 0usize..100_000,
        splice in "[\\PC{}\\[\\]\",:0-9]{0,12}",
    ) {
        let good = built_file("de");
        let mut text: String = good.chars().take(cut % (good.chars().count() + 1)).collect();
        let at = text.char_indices().nth(at % (text.chars().count() + 1)).map_or(text.len(), |(i, _)| i);
        text.insert_str(at, &splice);
        let _ = read_language(&text, "de", Content::embedded());
    }
}

#[test]
fn a_filled_in_name_cannot_turn_the_sentence_around_it() {
    // A pack's name or a name from an imported file with a direction override (U+202E) or
    // an isolate of its own would reverse the rest of the line ("…fingerprint" read
    // backwards); the value keeps its letters and loses only those characters, in a
    // left-to-right language and in one written right to left.
    let hostile = "Nurses\u{202E}evil\u{2066}\u{202A}";
    let english = Content::embedded();
    let line = term_fill!(
        english,
        ui::pack::FOOTER,
        name = hostile,
        fingerprint = "A175-9C93"
    );
    assert_eq!(line, "Content: “Nursesevil”, fingerprint A175-9C93.");
    let arabic = read_language(&built_file("ar"), "ar", Content::embedded()).unwrap();
    let line = term_fill!(
        &arabic,
        ui::pack::FOOTER,
        name = hostile,
        fingerprint = "A175-9C93"
    );
    assert!(line.contains("\u{2068}Nursesevil\u{2069}"), "{line}");
    let controls = line
        .chars()
        .filter(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'));
    // Only the app's own isolates, one pair per value, are left.
    assert_eq!(
        controls.collect::<String>(),
        "\u{2068}\u{2069}\u{2068}\u{2069}"
    );
}
