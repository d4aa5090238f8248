//! Content packs: the built-in content written out as a pack reads back as itself, the
//! changes a pack makes are listed exactly, the fingerprint tells contents apart, and a
//! pack survives a link and the device's storage.

use netwhy::model::pack::words::change_lines;
use netwhy::model::pack::{
    decode_stored, diff, encode_stored, link_payload, read_link, Changes, Fields, StoredPackError,
    PACK_KEY, PACK_STORE_FORMAT,
};
use netwhy::model::{
    pack_file_of, read_pack, to_text, About, Content, ContentTag, Fingerprint, Pack, PackFile,
    BUILT_IN_ID, MAX_PACK_BYTES,
};

fn base() -> &'static Content {
    Content::embedded()
}

fn built_in_file() -> PackFile {
    pack_file_of(base(), &About::built_in(), None)
}

fn read(file: &PackFile) -> Pack {
    match read_pack(&to_text(file), base()) {
        Ok(pack) => pack,
        Err(problems) => panic!("pack refused: {problems:#?}"),
    }
}

/// A pack of the built-in content with one channel renamed and, if asked, re-rated.
fn adapted(rename: bool, rerate: bool) -> (PackFile, String) {
    let mut file = built_in_file();
    file.id = "workshop".into();
    file.name = "Workshop".into();
    let id = file.model.channels[3].id.clone();
    if rename {
        let text = file.languages[0]
            .channels
            .get_mut(&id)
            .expect("channel text");
        text.name = "Meetups near you".into();
    }
    if rerate {
        let c = &mut file.model.channels[3];
        c.ratings[0] = (c.ratings[0] + 1) % 4;
    }
    (file, id)
}

#[test]
fn the_built_in_content_reads_back_as_itself() {
    let file = built_in_file();
    assert_eq!(file.id, BUILT_IN_ID);
    let text = to_text(&file);
    assert!(text.starts_with("{\n  \"pack_format\": 1,\n  \"id\": \"netwhy\""));
    assert!(text.len() < MAX_PACK_BYTES / 3, "{} bytes", text.len());
    let pack = read(&file);
    assert_eq!(&pack.content, base());
    assert_eq!(pack.file, file);
    assert!(pack.changes.is_empty(), "{:#?}", pack.changes);
    assert!(!pack.changes.wording_only());
    assert!(!pack.changes.changes_calculation());
    assert_eq!(pack.changes.terms_filled, 0);
    assert_eq!(pack.fingerprint, Fingerprint::of_content(base()));
    let tag = pack.tag();
    assert_eq!((tag.id.as_str(), tag.calculation), (BUILT_IN_ID, false));
}

#[test]
fn a_byte_order_mark_before_the_json_is_ignored() {
    let text = format!("\u{feff}{}", to_text(&built_in_file()));
    assert!(read_pack(&text, base()).is_ok_and(|p| p.changes.is_empty()));
}

#[test]
fn the_schema_address_is_kept_first_and_ignored() {
    let file = pack_file_of(base(), &About::built_in(), Some("./pack.schema.json"));
    let text = to_text(&file);
    assert!(text.starts_with("{\n  \"$schema\": \"./pack.schema.json\",\n  \"pack_format\""));
    let pack = read_pack(&text, base()).expect("reads");
    assert_eq!(pack.file.schema.as_deref(), Some("./pack.schema.json"));
    assert_eq!(pack.fingerprint, Fingerprint::of_content(base()));
    let again = pack.file_with_schema(None);
    assert_eq!(again.schema, None);
    assert_eq!(Fingerprint::of_file(&again), pack.fingerprint);
}

#[test]
fn a_renamed_channel_is_wording_only() {
    let (file, id) = adapted(true, false);
    let changes = read(&file).changes;
    let expected = Changes {
        channels_reworded: vec![Fields {
            id,
            fields: vec!["name".into()],
        }],
        ..Changes::default()
    };
    assert_eq!(changes, expected);
    assert!(changes.wording_only());
    assert!(!changes.changes_calculation());
    assert!(!read(&file).tag().calculation);
}

#[test]
fn a_rename_and_a_rating_are_exactly_two_changes_and_the_rating_counts() {
    let (file, id) = adapted(true, true);
    let pack = read(&file);
    let c = &pack.changes;
    assert_eq!(c.channels_rerated.len(), 1);
    let rerated = &c.channels_rerated[0];
    assert_eq!(rerated.id, id);
    assert_eq!(rerated.from, base().channel(&id).expect("channel").ratings);
    assert_eq!(rerated.to, file.model.channels[3].ratings);
    let rest = Changes {
        channels_rerated: Vec::new(),
        ..c.clone()
    };
    let only_name = Changes {
        channels_reworded: vec![Fields {
            id,
            fields: vec!["name".into()],
        }],
        ..Changes::default()
    };
    assert_eq!(rest, only_name);
    assert!(c.changes_calculation());
    assert!(!c.wording_only());
    assert!(pack.tag().calculation);
}

#[test]
fn the_preview_has_a_line_for_the_rating_and_one_for_the_name() {
    let (file, id) = adapted(true, true);
    let pack = read(&file);
    let lines = change_lines(base(), &pack.content, &pack.changes);
    assert_eq!(lines.len(), 2, "{lines:#?}");
    let ratings = |r: [u8; 3]| r.map(|n| n.to_string()).join(" · ");
    let rerated = &pack.changes.channels_rerated[0];
    assert!(lines[0].contains(&ratings(rerated.to)), "{lines:#?}");
    assert!(lines[0].contains(&ratings(rerated.from)), "{lines:#?}");
    assert!(lines[1].contains("Meetups near you"), "{lines:#?}");
    assert_eq!(rerated.id, id);
    assert!(change_lines(base(), base(), &read(&built_in_file()).changes).is_empty());
}

#[test]
fn each_kind_of_change_lands_in_its_list() {
    let mut pack = base().clone();
    pack.model.scoring.sharpen = 3;
    pack.model.items[0].reverse = !pack.model.items[0].reverse;
    pack.model.actions[1].minutes += 5;
    let removed = pack.model.channels.remove(0);
    pack.strings.channels.remove(&removed.id);
    let truth = pack.strings.truths[0].id.clone();
    pack.strings.truths[0].text.push_str(" Really.");
    pack.strings
        .terms
        .insert("ui.brand".into(), "netwhy at work".into());
    let item = pack.model.items[2].id.clone();
    pack.strings.items.get_mut(&item).expect("item").prompt = "Another question?".into();
    let c = diff(base(), &pack);
    assert_eq!(c.scoring.len(), 1);
    assert_eq!(
        (
            c.scoring[0].name.as_str(),
            c.scoring[0].from.as_str(),
            c.scoring[0].to.as_str()
        ),
        ("sharpen", "2", "3")
    );
    assert_eq!(c.items_rekeyed.len(), 1);
    assert_eq!(c.items_rekeyed[0].fields, vec!["reverse".to_owned()]);
    assert_eq!(c.actions_changed.len(), 1);
    assert_eq!(c.actions_changed[0].fields, vec!["minutes".to_owned()]);
    assert_eq!(c.channels_removed.len(), 1);
    assert_eq!(c.channels_removed[0].id, removed.id);
    assert_eq!(
        c.channels_removed[0].name,
        base().strings.channels[&removed.id].name
    );
    assert_eq!(
        c.texts_reworded,
        vec![format!("truths.{truth}"), "terms.ui.brand".to_owned()]
    );
    assert_eq!(c.items_reworded.len(), 1);
    assert_eq!(c.items_reworded[0].id, item);
    assert!(!c.channels_reordered && !c.items_reordered && !c.actions_reordered);
    assert!(c.changes_calculation());
}

#[test]
fn moving_a_channel_is_a_change_of_order_that_counts() {
    let mut pack = base().clone();
    pack.model.channels.swap(0, 1);
    let c = diff(base(), &pack);
    assert!(c.channels_reordered);
    assert!(c.changes_calculation());
    let mut pack = base().clone();
    pack.model.items.swap(0, 1);
    let c = diff(base(), &pack);
    assert!(c.items_reordered && !c.changes_calculation() && !c.wording_only() && !c.is_empty());
}

#[test]
fn missing_interface_terms_are_filled_from_the_built_in_content() {
    let mut file = built_in_file();
    let gone: Vec<String> = file.languages[0].terms.keys().take(3).cloned().collect();
    for key in &gone {
        file.languages[0].terms.remove(key);
    }
    let pack = read(&file);
    assert_eq!(pack.changes.terms_filled, 3);
    assert!(pack.changes.is_empty());
    assert_eq!(&pack.content, base());
    assert_eq!(
        pack.file.languages[0].terms.len(),
        base().strings.terms.len() - 3
    );
}

#[test]
fn a_second_language_is_offered_and_english_stays_in_use() {
    let mut file = built_in_file();
    let mut german = file.languages[0].clone();
    german.language = "de".into();
    german
        .terms
        .insert("ui.brand".into(), "netwhy auf Deutsch".into());
    file.languages.insert(0, german);
    let pack = read(&file);
    assert_eq!(pack.content.strings.language, "en");
    assert_eq!(pack.changes.languages_added, vec!["de".to_owned()]);
    assert!(pack.changes.wording_only());
    file.languages.remove(1);
    let pack = read(&file);
    assert_eq!(pack.content.strings.language, "de");
    assert_eq!(pack.changes.languages_removed, vec!["en".to_owned()]);
}

#[test]
fn markup_in_texts_is_kept_verbatim() {
    let mut file = built_in_file();
    let id = file.model.channels[0].id.clone();
    let name = "<script>alert(1)</script> <b>bold</b> & \"quoted\"";
    file.languages[0].channels.get_mut(&id).expect("text").name = name.into();
    let pack = read(&file);
    assert_eq!(pack.content.strings.channels[&id].name, name);
}

#[test]
fn the_fingerprint_is_stable_and_sensitive() {
    let file = built_in_file();
    let fp = Fingerprint::of_file(&file);
    assert_eq!(fp, Fingerprint::of_file(&file.clone()));
    assert_eq!(fp, Fingerprint::of_content(base()));
    let text = fp.to_string();
    assert_eq!(text.len(), 9);
    assert_eq!(&text[4..5], "-");
    assert!(text
        .chars()
        .all(|c| c == '-' || c.is_ascii_digit() || c.is_ascii_uppercase()));
    assert_eq!(text.parse::<Fingerprint>(), Ok(fp));
    assert_eq!(
        text.to_lowercase().replace('-', "").parse::<Fingerprint>(),
        Ok(fp)
    );
    assert!("3F9A-12B".parse::<Fingerprint>().is_err());
    assert!("3F9A-12BG".parse::<Fingerprint>().is_err());
    assert!("3F9A--12BC".parse::<Fingerprint>().is_err());
    let json = serde_json::to_string(&fp).expect("json");
    assert_eq!(json, format!("\"{text}\""));
    assert_eq!(
        serde_json::from_str::<Fingerprint>(&json).expect("back"),
        fp
    );

    let mut named = file.clone();
    named.id = "other".into();
    named.name = "Other".into();
    named.author = "Someone".into();
    named.date = "2027-01-01".into();
    named.schema = Some("x".into());
    assert_eq!(Fingerprint::of_file(&named), fp, "only the content counts");

    let (renamed, _) = adapted(true, false);
    let (rerated, _) = adapted(false, true);
    let mut one_more_minute = file.clone();
    one_more_minute.model.actions[0].minutes += 1;
    let prints = [
        fp,
        Fingerprint::of_file(&renamed),
        Fingerprint::of_file(&rerated),
        Fingerprint::of_file(&one_more_minute),
    ];
    for (n, a) in prints.iter().enumerate() {
        assert!(!prints[n + 1..].contains(a), "{prints:?}");
    }
}

#[test]
fn room_content_is_one_to_seven() {
    let mut seen = [false; 8];
    let mut file = built_in_file();
    for minutes in 1..200u16 {
        file.model.actions[0].minutes = minutes;
        let n = Fingerprint::of_file(&file).room_content();
        assert!((1..=7).contains(&n), "{n}");
        seen[usize::from(n)] = true;
    }
    assert!(
        seen[1..].iter().all(|s| *s),
        "every value is used: {seen:?}"
    );
}

#[test]
fn the_built_in_content_is_room_content_zero_and_a_pack_is_not() {
    assert_eq!(Fingerprint::built_in(), Fingerprint::of_content(base()));
    let built_in = ContentTag::built_in(base());
    assert_eq!(built_in.room_content(), 0);
    assert_eq!(read(&built_in_file()).tag().room_content(), 0);
    // The codes a device makes: the built-in content put in use as a pack (downloaded and
    // loaded back unchanged) is counted with everyone on the built-in content.
    netwhy::active::set(Some(read(&built_in_file())));
    assert_eq!(netwhy::active::room_content(), 0);
    let (file, _) = adapted(true, false);
    let tag = read(&file).tag();
    netwhy::active::set(Some(read(&file)));
    assert_eq!(netwhy::active::room_content(), tag.room_content());
    netwhy::active::set(None);
    assert!((1..=7).contains(&tag.room_content()));
    assert_eq!(tag.room_content(), tag.fingerprint.room_content());
    let json = serde_json::to_string(&tag).expect("json");
    assert!(
        json.contains(&format!("\"fingerprint\":\"{}\"", tag.fingerprint)),
        "{json}"
    );
    assert_eq!(
        serde_json::from_str::<ContentTag>(&json).expect("back"),
        tag
    );
}

#[test]
fn a_small_change_fits_a_short_link_and_reads_back() {
    let (file, _) = adapted(true, true);
    let payload = link_payload(&file, &built_in_file());
    assert!(payload.len() < 500, "{} chars: {payload}", payload.len());
    assert!(payload
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    let pack = read_link(&payload, base()).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(pack.file, file);
    assert!(pack == read(&file));
    let pasted = format!(" https://example.org/netwhy/#/pack/{payload}\n");
    assert!(read_link(&pasted, base()).is_ok_and(|p| p.file == file));
}

#[test]
fn bigger_changes_survive_a_link() {
    let mut file = built_in_file();
    file.id = "big".into();
    file.model.channels.swap(2, 5);
    let gone = file.model.channels.remove(7);
    file.languages[0].channels.remove(&gone.id);
    file.model
        .actions
        .retain(|a| a.channel.as_deref() != Some(gone.id.as_str()));
    for item in &mut file.model.items {
        item.options.retain(|o| o.id != gone.id);
    }
    let actions: Vec<String> = file.model.actions.iter().map(|a| a.id.clone()).collect();
    file.languages[0].actions.retain(|k, _| actions.contains(k));
    for text in file.languages[0].channels.values_mut() {
        text.name.push_str(" (ours)");
    }
    let payload = link_payload(&file, &built_in_file());
    assert!(payload.len() < 4_000, "{} chars", payload.len());
    let pack = read_link(&payload, base()).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(pack.file, file);
    assert_eq!(pack.changes.channels_removed.len(), 1);
    let unchanged = link_payload(&built_in_file(), &built_in_file());
    assert!(unchanged.len() < 100, "{unchanged}");
    assert!(read_link(&unchanged, base()).is_ok_and(|p| p.file == built_in_file()));
}

#[test]
fn a_link_made_for_other_content_is_refused_in_words() {
    let (file, _) = adapted(true, false);
    let mut other = built_in_file();
    other.model.scoring.sharpen = 1;
    let payload = link_payload(&file, &other);
    let Err(problems) = read_link(&payload, base()) else {
        panic!("read");
    };
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].place, "(link)");
    assert!(problems[0].message.contains("another version of netwhy"));
    assert!(problems[0].message.contains("ask for the pack file"));
}

/// The payload with the character at `at` changed.
fn flip(payload: &str, at: usize) -> String {
    let mut chars: Vec<char> = payload.chars().collect();
    chars[at] = if chars[at] == 'A' { 'B' } else { 'A' };
    chars.into_iter().collect()
}

#[test]
fn damaged_links_are_refused() {
    let (file, _) = adapted(true, false);
    let payload = link_payload(&file, &built_in_file());
    for bad in [
        "".to_owned(),
        "!!!!".to_owned(),
        payload[..payload.len() / 2].to_owned(),
        flip(&payload, payload.len() / 2),
        flip(&payload, payload.len() - 3),
        "A".repeat(20_000),
    ] {
        let Err(problems) = read_link(&bad, base()) else {
            panic!("read: {bad}");
        };
        assert!(problems
            .iter()
            .all(|p| !p.place.is_empty() && !p.message.is_empty()));
    }
}

#[test]
fn the_stored_pack_reads_back_and_is_checked_again() {
    let (file, _) = adapted(true, true);
    let pack = read(&file);
    let text = encode_stored(&pack);
    assert_eq!(PACK_KEY, "netwhy.pack");
    let envelope: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(envelope["format"], PACK_STORE_FORMAT);
    assert!(decode_stored(&text, base()) == Ok(pack));

    let broken = text.replacen("\"ratings\":[", "\"ratings\":[7,", 1);
    match decode_stored(&broken, base()) {
        Err(StoredPackError::Unreadable(problems)) => assert!(!problems.is_empty()),
        Err(other) => panic!("{other:?}"),
        Ok(_) => panic!("read"),
    }
    let Err(err) = decode_stored("not json", base()) else {
        panic!("read");
    };
    assert!(matches!(err, StoredPackError::Unreadable(_)));
    assert!(err.to_string().contains("can no longer be read"));
}

#[test]
fn a_pack_stored_by_a_newer_version_is_named_as_such() {
    let text = encode_stored(&read(&built_in_file())).replacen("\"format\":1", "\"format\":2", 1);
    let Err(err) = decode_stored(&text, base()) else {
        panic!("read");
    };
    assert_eq!(err, StoredPackError::Newer(2));
    assert!(err.to_string().contains("newer version of netwhy"));
}

#[test]
fn the_built_in_content_downloaded_in_german_keeps_its_german_words() {
    // "Download this content to edit" on screens read in German gives the German words too,
    // so an adapted pack does not turn a German workshop English; read in English it gives
    // English alone, the built-in content itself.
    let path = format!("{}/lang/de.json", env!("OUT_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let german = netwhy::model::language::read_language(&text, "de", base()).expect("German");
    assert_eq!(netwhy::model::built_in_file(base(), None), built_in_file());
    let file = netwhy::model::built_in_file(&german, None);
    let tags: Vec<&str> = file.languages.iter().map(|l| l.language.as_str()).collect();
    assert_eq!(tags, ["en", "de"]);
    let pack = read(&file);
    assert!(!pack.changes.changes_calculation());
    let contents = pack.contents();
    let (tag, in_german) = &contents[1];
    assert_eq!(tag, "de");
    assert_eq!(in_german.strings, german.strings);
}
