//! The room: codes a participant shows, the facilitator's tally, the room link's fragment,
//! the room beside a person's own result, and the export of the room.

mod model_support;

use model_support::cases::cases;
use model_support::Persona;
use netwhy::model::room::{
    CODE_LENGTH, FRAGMENT_LENGTH, MAX_CODE_INPUT, MAX_FRAGMENT_INPUT, MAX_PEOPLE, MAX_STORED_BYTES,
    WITHHELD,
};
use netwhy::model::{
    room_and_you, room_csv, room_json, score, Added, CodeError, Content, FragmentError, MainReason,
    Motive, PerMotive, Results, Reveal, RoomCode, RoomSummary, ScoreBand, Tally, TallyError,
    MIN_REVEAL,
};
use proptest::prelude::*;

const ALPHABET: &str = netwhy::model::room::ALPHABET;

fn results_of(persona: &Persona) -> Results {
    score(Content::embedded(), &persona.answers())
}

fn code(bands: [ScoreBand; 3], main: MainReason, nonce: u32) -> RoomCode {
    RoomCode::new(PerMotive(bands), main, nonce)
}

/// Every combination of bands and main reason, with nonces spread over their range.
fn every_kind_of_code() -> Vec<RoomCode> {
    let mut out = Vec::new();
    let mut nonce: u32 = 12_345;
    for k in ScoreBand::ALL {
        for e in ScoreBand::ALL {
            for c in ScoreBand::ALL {
                for main in MainReason::ALL {
                    nonce = nonce.wrapping_mul(2_654_435_761).wrapping_add(7);
                    out.push(code([k, e, c], main, nonce));
                }
            }
        }
    }
    out
}

/// Strips the dashes of a code's text.
fn bare(text: &str) -> String {
    text.chars().filter(|&c| c != '-').collect()
}

// --- Codes ---------------------------------------------------------------------------

#[test]
fn a_code_is_nine_characters_in_three_groups() {
    for c in every_kind_of_code() {
        let text = c.to_text();
        assert_eq!(text.len(), 11, "{text}");
        let groups: Vec<&str> = text.split('-').collect();
        assert_eq!(groups.len(), 3, "{text}");
        assert!(groups.iter().all(|g| g.len() == 3), "{text}");
        assert!(
            bare(&text).chars().all(|ch| ALPHABET.contains(ch)),
            "{text}"
        );
        assert_eq!(bare(&text).len(), CODE_LENGTH);
    }
}

#[test]
fn every_kind_of_code_reads_back_equal() {
    let codes = every_kind_of_code();
    assert_eq!(codes.len(), 27 * 8);
    for c in codes {
        assert_eq!(RoomCode::parse(&c.to_text()), Ok(c), "{}", c.to_text());
    }
}

#[test]
fn every_persona_s_code_reads_back_with_their_bands_and_main_reason() {
    for (i, case) in cases().into_iter().enumerate() {
        let results = results_of(&case.persona);
        let nonce = 0x9E37_79B9_u32.wrapping_mul(i as u32 + 1);
        let c = RoomCode::from_results(&results, nonce);
        let back = RoomCode::parse(&c.to_text()).expect(&case.persona.name);
        assert_eq!(back, c, "{}", case.persona.name);
        for m in Motive::ALL {
            assert_eq!(back.bands().get(m), ScoreBand::of(results.scores.get(m)));
        }
        let expected = if results.priorities.none_strong {
            MainReason::NoneStrong
        } else {
            MainReason::of_motives(&results.priorities.top)
        };
        assert_eq!(back.main(), expected, "{}", case.persona.name);
        assert_eq!(back.nonce(), nonce & ((1 << 26) - 1));
    }
}

#[test]
fn the_persona_levels_fall_in_the_three_bands() {
    let mut p = Persona::base("three levels");
    p.motives = [
        model_support::Level::High,
        model_support::Level::Mid,
        model_support::Level::Low,
    ];
    let c = RoomCode::from_results(&results_of(&p), 1);
    assert_eq!(
        c.bands(),
        PerMotive([ScoreBand::High, ScoreBand::Middle, ScoreBand::Low])
    );
}

#[test]
fn someone_with_no_strong_reason_is_counted_as_none_strong() {
    let case = cases()
        .into_iter()
        .find(|c| c.persona.name == "teacher with no strong reason now")
        .expect("persona");
    let c = RoomCode::from_results(&results_of(&case.persona), 7);
    assert_eq!(c.main(), MainReason::NoneStrong);
    assert!(c.main().motives().is_empty());
}

#[test]
fn the_band_thresholds() {
    assert_eq!(ScoreBand::of(0), ScoreBand::Low);
    assert_eq!(ScoreBand::of(39), ScoreBand::Low);
    assert_eq!(ScoreBand::of(40), ScoreBand::Middle);
    assert_eq!(ScoreBand::of(69), ScoreBand::Middle);
    assert_eq!(ScoreBand::of(70), ScoreBand::High);
    assert_eq!(ScoreBand::of(100), ScoreBand::High);
}

#[test]
fn main_reasons_name_their_motives() {
    use Motive::*;
    assert_eq!(MainReason::of_motives(&[Known]), MainReason::Known);
    assert_eq!(
        MainReason::of_motives(&[Connected, Equipped]),
        MainReason::EquippedConnected
    );
    assert_eq!(
        MainReason::of_motives(&[Equipped, Known, Connected]),
        MainReason::AllThree
    );
    assert_eq!(MainReason::of_motives(&[]), MainReason::NoneStrong);
    for r in MainReason::ALL {
        if r != MainReason::NoneStrong {
            assert_eq!(MainReason::of_motives(&r.motives()), r);
        }
        assert_eq!(r.is_joint(), r.motives().len() > 1);
        assert_eq!(MainReason::ALL[r.index()], r);
    }
}

#[test]
fn a_code_reveals_its_bands_main_reason_content_and_a_nonce_and_nothing_else() {
    let c = code(
        [ScoreBand::High, ScoreBand::Low, ScoreBand::Middle],
        MainReason::Known,
        99,
    );
    assert_eq!(
        c.reveals(),
        vec![
            Reveal::Band(Motive::Known, ScoreBand::High),
            Reveal::Band(Motive::Equipped, ScoreBand::Low),
            Reveal::Band(Motive::Connected, ScoreBand::Middle),
            Reveal::Main(MainReason::Known),
            Reveal::Content(0),
            Reveal::Nonce,
        ]
    );
    assert_eq!(WITHHELD.len(), 8);
}

#[test]
fn reading_forgives_case_spaces_dashes_and_look_alikes() {
    for c in every_kind_of_code().into_iter().step_by(7) {
        let text = c.to_text();
        let plain = bare(&text);
        let variants = [
            plain.clone(),
            text.to_lowercase(),
            format!("  {}  ", plain.to_lowercase()),
            plain.chars().map(|ch| format!("{ch} ")).collect::<String>(),
            text.replace('-', " – "),
            text.replace('0', "O").replace('1', "I"),
            text.replace('0', "o").replace('1', "l"),
            format!("\t{}\n", text.replace('-', "\u{00A0}")),
        ];
        for v in variants {
            assert_eq!(RoomCode::parse(&v), Ok(c), "{v:?}");
        }
    }
}

#[test]
fn every_single_substitution_is_caught() {
    for c in every_kind_of_code().into_iter().step_by(3) {
        let text = bare(&c.to_text());
        for i in 0..CODE_LENGTH {
            for replacement in ALPHABET.chars() {
                let mut chars: Vec<char> = text.chars().collect();
                if chars[i] == replacement {
                    continue;
                }
                chars[i] = replacement;
                let typo: String = chars.into_iter().collect();
                let got = RoomCode::parse(&typo);
                assert_eq!(got, Err(CodeError::WrongCheck), "{text} -> {typo}");
            }
        }
    }
}

#[test]
fn every_swap_of_neighbours_is_caught() {
    for c in every_kind_of_code() {
        let text = bare(&c.to_text());
        for i in 0..CODE_LENGTH - 1 {
            let mut chars: Vec<char> = text.chars().collect();
            if chars[i] == chars[i + 1] {
                continue;
            }
            chars.swap(i, i + 1);
            let swapped: String = chars.into_iter().collect();
            assert_eq!(
                RoomCode::parse(&swapped),
                Err(CodeError::WrongCheck),
                "{text} -> {swapped}"
            );
        }
    }
}

#[test]
fn refusals_say_why() {
    let good = bare(&code([ScoreBand::Low; 3], MainReason::Known, 5).to_text());
    assert_eq!(RoomCode::parse(""), Err(CodeError::Empty));
    assert_eq!(RoomCode::parse(" - - "), Err(CodeError::Empty));
    assert_eq!(
        RoomCode::parse(&"A".repeat(MAX_CODE_INPUT + 1)),
        Err(CodeError::TooLong(MAX_CODE_INPUT + 1))
    );
    assert_eq!(
        RoomCode::parse("4U8-N!Q-U7F"),
        Err(CodeError::WrongCharacters(vec!['U', '!']))
    );
    assert_eq!(RoomCode::parse(&good[..8]), Err(CodeError::WrongLength(8)));
    assert_eq!(
        RoomCode::parse(&format!("{good}0")),
        Err(CodeError::WrongLength(10))
    );
}

/// A text with a valid check character for these eight data symbols.
fn with_check(data: &str) -> String {
    let found: Vec<String> = ALPHABET
        .chars()
        .map(|ch| format!("{data}{ch}"))
        .filter(|t| !matches!(RoomCode::parse(t), Err(CodeError::WrongCheck)))
        .collect();
    assert_eq!(found.len(), 1, "exactly one check character for {data}");
    found[0].clone()
}

#[test]
fn a_made_up_code_that_passes_the_check_is_still_refused() {
    // Version 0 and version 2 (the first symbol holds the version's three bits).
    assert_eq!(
        RoomCode::parse(&with_check("00000000")),
        Err(CodeError::UnknownVersion(0))
    );
    assert_eq!(
        RoomCode::parse(&with_check("80000000")),
        Err(CodeError::UnknownVersion(2))
    );
    // Version 1, bands value 27 (bits 33..29): symbol 1 holds bits 34..30, symbol 2 bit 29.
    let bands_27 = 27u64 << 29 | 1 << 37;
    let data: String = (0..8)
        .map(|i| {
            let v = (bands_27 >> (5 * (7 - i))) & 31;
            ALPHABET.as_bytes()[v as usize] as char
        })
        .collect();
    assert_eq!(
        RoomCode::parse(&with_check(&data)),
        Err(CodeError::ImpossibleContent)
    );
}

#[test]
fn hostile_input_is_refused_without_panic() {
    let long = "4".repeat(10_000_000);
    assert_eq!(RoomCode::parse(&long), Err(CodeError::TooLong(10_000_000)));
    let inputs = [
        "\0\0\0\0\0\0\0\0\0",
        "４AK-B7H-6NM",
        "🙂🙂🙂🙂🙂🙂🙂🙂🙂",
        "\u{202E}4AKB7H6NM",
        "4AK\u{200B}B7H6NM",
        "\x1b[31m4AKB7H6NM",
        "ǅǅǅǅǅǅǅǅǅ",
        "ı", // dotless i: its upper case is an ASCII I only in Turkish rules
    ];
    for input in inputs {
        assert!(RoomCode::parse(input).is_err(), "{input:?}");
    }
    // A good code with one stray character in it names the character.
    assert!(RoomCode::parse("4AK-B7H-6NM").is_ok());
    assert_eq!(
        RoomCode::parse("4AK\u{200B}B7H6NM"),
        Err(CodeError::WrongCharacters(vec!['\u{200B}']))
    );
    assert_eq!(
        RoomCode::parse("４AK-B7H-6NM"),
        Err(CodeError::WrongCharacters(vec!['４']))
    );
}

proptest! {
    #[test]
    fn any_code_reads_back_equal(k in 0usize..3, e in 0usize..3, c in 0usize..3,
                                 main in 0usize..8, nonce in any::<u32>(), content in 0u8..8) {
        let code = RoomCode::new(
            PerMotive([ScoreBand::ALL[k], ScoreBand::ALL[e], ScoreBand::ALL[c]]),
            MainReason::ALL[main],
            nonce,
        )
        .with_content(content)
        .expect("content 0-7");
        prop_assert_eq!(RoomCode::parse(&code.to_text()), Ok(code));
        prop_assert_eq!(RoomCode::parse(&code.to_text().to_lowercase()), Ok(code));
    }

    #[test]
    fn any_text_is_read_or_refused_without_panic(text in any::<String>()) {
        let _ = RoomCode::parse(&text);
        let _ = RoomSummary::from_fragment(&text);
        let _ = Tally::from_stored(&text);
    }

    #[test]
    fn any_text_of_the_alphabet_is_read_or_refused_without_panic(
        text in "[0-9A-Za-z -]{0,40}"
    ) {
        if let Ok(code) = RoomCode::parse(&text) {
            prop_assert_eq!(RoomCode::parse(&code.to_text()), Ok(code));
        }
    }
}

// --- The tally -----------------------------------------------------------------------

#[test]
fn the_same_nonce_counts_once() {
    let mut tally = Tally::new();
    let a = code([ScoreBand::High; 3], MainReason::Known, 1);
    assert_eq!(tally.add(a), Ok(Added::Added));
    assert_eq!(tally.add(a), Ok(Added::AlreadyCounted));
    let same_person_other_result = code([ScoreBand::Low; 3], MainReason::Equipped, 1);
    assert_eq!(
        tally.add(same_person_other_result),
        Ok(Added::AlreadyCounted)
    );
    assert_eq!(tally.people(), 1);
}

#[test]
fn nothing_is_revealed_below_five() {
    let mut tally = Tally::new();
    for n in 0..MIN_REVEAL as u32 {
        assert_eq!(tally.reveal(), Err(TallyError::TooFew(n as usize)));
        tally
            .add(code([ScoreBand::Middle; 3], MainReason::Connected, n))
            .expect("added");
        // A duplicate does not bring the reveal nearer.
        tally
            .add(code([ScoreBand::Middle; 3], MainReason::Connected, n))
            .expect("already counted");
    }
    let room = tally.reveal().expect("five people");
    assert_eq!(room.people(), 5);
    assert_eq!(room.main(MainReason::Connected), 5);
}

/// Six people, like the end-to-end test: two codes are typed twice, two are malformed.
#[test]
fn six_people_with_a_duplicate_and_two_malformed_codes() {
    let mut tally = Tally::new();
    let people: Vec<RoomCode> = cases()
        .iter()
        .take(6)
        .enumerate()
        .map(|(i, c)| RoomCode::from_results(&results_of(&c.persona), 1000 + i as u32))
        .collect();
    let mut typed: Vec<String> = people.iter().map(|c| c.to_text()).collect();
    typed.push(people[2].to_text().to_lowercase());
    let mut typo = bare(&people[0].to_text());
    typo.replace_range(0..1, if typo.starts_with('4') { "5" } else { "4" });
    typed.push(typo);
    typed.push("HELLO".into());
    let mut refused = 0;
    for text in &typed {
        match RoomCode::parse(text) {
            Ok(c) => {
                tally.add(c).expect("room for it");
            }
            Err(_) => refused += 1,
        }
    }
    assert_eq!(refused, 2);
    let room = tally.reveal().expect("six people");
    assert_eq!(room.people(), 6);
    let mut main = [0u16; 8];
    for c in &people {
        main[c.main().index()] += 1;
    }
    for r in MainReason::ALL {
        assert_eq!(room.main(r), main[r.index()], "{r:?}");
    }
    for m in Motive::ALL {
        for b in ScoreBand::ALL {
            let n = people.iter().filter(|c| c.bands().get(m) == b).count();
            assert_eq!(usize::from(room.band(m, b)), n, "{m:?} {b:?}");
        }
    }
}

#[test]
fn a_tally_is_full_at_its_cap() {
    let mut tally = Tally::new();
    for n in 0..MAX_PEOPLE as u32 {
        tally
            .add(code([ScoreBand::Low; 3], MainReason::NoneStrong, n))
            .expect("room");
    }
    assert_eq!(
        tally.add(code([ScoreBand::Low; 3], MainReason::NoneStrong, 999_999)),
        Err(TallyError::Full)
    );
    // A code already counted is still recognised when full.
    assert_eq!(
        tally.add(code([ScoreBand::Low; 3], MainReason::NoneStrong, 3)),
        Ok(Added::AlreadyCounted)
    );
    let stored = tally.to_stored();
    assert!(stored.len() <= MAX_STORED_BYTES, "{}", stored.len());
    assert_eq!(Tally::from_stored(&stored), Ok(tally.clone()));
    assert_eq!(tally.reveal().map(|r| r.people()), Ok(500));
}

#[test]
fn codes_of_other_content_are_not_mixed() {
    let mut tally = Tally::new();
    let a = code([ScoreBand::Low; 3], MainReason::Known, 1);
    tally.add(a).expect("first");
    let other = code([ScoreBand::Low; 3], MainReason::Known, 2)
        .with_content(3)
        .expect("content 3");
    assert_eq!(
        tally.add(other),
        Err(TallyError::OtherContent {
            counted: 0,
            code: 3
        })
    );
    assert_eq!(tally.people(), 1);
    assert_eq!(a.with_content(8), None);
}

#[test]
fn a_tally_survives_a_reload() {
    let mut tally = Tally::new();
    for (i, c) in every_kind_of_code().into_iter().take(40).enumerate() {
        assert_eq!(tally.add(c), Ok(Added::Added), "{i}");
    }
    let stored = tally.to_stored();
    assert!(
        stored.starts_with("{\"format\":1,\"codes\":[\""),
        "{stored}"
    );
    let back = Tally::from_stored(&stored).expect("reads back");
    assert_eq!(back, tally);
    assert_eq!(back.reveal(), tally.reveal());
    // Through serde as well, as part of something larger.
    let json = serde_json::to_string(&tally).expect("serialises");
    assert_eq!(json, stored);
    assert_eq!(serde_json::from_str::<Tally>(&json).expect("reads"), tally);
}

#[test]
fn a_stored_tally_that_cannot_be_trusted_is_refused() {
    let a = code([ScoreBand::Low; 3], MainReason::Known, 1).to_text();
    let b = code([ScoreBand::High; 3], MainReason::Known, 1).to_text();
    let other = code([ScoreBand::Low; 3], MainReason::Known, 2)
        .with_content(1)
        .expect("content 1")
        .to_text();
    let cases = [
        ("", "Unreadable"),
        ("[]", "Unreadable"),
        ("{\"codes\":[]}", "Unreadable"),
        ("{\"format\":2,\"codes\":[]}", "UnknownFormat"),
        ("{\"format\":1,\"codes\":[],\"extra\":1}", "Unreadable"),
        ("{\"format\":1,\"codes\":[\"nope\"]}", "BadCode"),
        (
            &*format!("{{\"format\":1,\"codes\":[\"{a}\",\"{b}\"]}}"),
            "Inconsistent",
        ),
        (
            &*format!("{{\"format\":1,\"codes\":[\"{a}\",\"{other}\"]}}"),
            "Inconsistent",
        ),
    ];
    for (text, want) in cases {
        let got = Tally::from_stored(text);
        assert!(format!("{got:?}").contains(want), "{text}: {got:?}");
    }
    let too_many: Vec<String> = (0..=MAX_PEOPLE as u32)
        .map(|n| {
            format!(
                "\"{}\"",
                bare(&code([ScoreBand::Low; 3], MainReason::Known, n).to_text())
            )
        })
        .collect();
    let text = format!("{{\"format\":1,\"codes\":[{}]}}", too_many.join(","));
    assert!(text.len() <= MAX_STORED_BYTES);
    assert_eq!(Tally::from_stored(&text), Err(TallyError::Inconsistent));
    let huge = format!("{{\"format\":1,\"codes\":[{}]}}", "\"x\",".repeat(10_000));
    assert_eq!(
        Tally::from_stored(&huge),
        Err(TallyError::TooLarge(huge.len()))
    );
    assert_eq!(
        Tally::from_stored("{\"format\":1,\"codes\":[]}"),
        Ok(Tally::new())
    );
}

// --- The room link -------------------------------------------------------------------

fn a_room() -> RoomSummary {
    let mut tally = Tally::new();
    for (i, c) in every_kind_of_code().into_iter().step_by(11).enumerate() {
        assert_eq!(tally.add(c), Ok(Added::Added), "{i}");
    }
    tally.reveal().expect("enough people")
}

#[test]
fn a_room_link_reads_back_equal() {
    let room = a_room();
    let fragment = room.to_fragment();
    assert_eq!(fragment.len(), FRAGMENT_LENGTH);
    assert!(fragment.chars().all(|c| ALPHABET.contains(c)), "{fragment}");
    assert_eq!(RoomSummary::from_fragment(&fragment), Ok(room.clone()));
    let json = serde_json::to_string(&room).expect("serialises");
    assert_eq!(json, format!("\"{fragment}\""));
    assert_eq!(
        serde_json::from_str::<RoomSummary>(&json).expect("reads"),
        room
    );
}

#[test]
fn every_change_to_one_character_of_a_room_link_is_refused() {
    for room in [a_room(), full_room()] {
        let fragment = room.to_fragment();
        for i in 0..fragment.len() {
            for byte in 0u8..=127 {
                let mut bytes = fragment.clone().into_bytes();
                if bytes[i] == byte {
                    continue;
                }
                bytes[i] = byte;
                let broken = String::from_utf8(bytes).expect("ASCII");
                assert!(
                    RoomSummary::from_fragment(&broken).is_err(),
                    "{fragment} -> {broken:?}"
                );
            }
            let mut chars: Vec<char> = fragment.chars().collect();
            chars[i] = 'é';
            let broken: String = chars.into_iter().collect();
            assert_eq!(
                RoomSummary::from_fragment(&broken),
                Err(FragmentError::WrongCharacter('é'))
            );
        }
        assert!(RoomSummary::from_fragment(&fragment[..FRAGMENT_LENGTH - 1]).is_err());
        assert!(RoomSummary::from_fragment(&format!("{fragment}0")).is_err());
        assert!(RoomSummary::from_fragment(&fragment.to_lowercase()).is_err());
    }
}

fn full_room() -> RoomSummary {
    let mut tally = Tally::new();
    let kinds = every_kind_of_code();
    for n in 0..MAX_PEOPLE {
        let c = kinds[n % kinds.len()];
        let fresh = RoomCode::new(c.bands(), c.main(), n as u32);
        tally.add(fresh).expect("room");
    }
    tally.reveal().expect("full room")
}

/// The payload of a fragment for these counts, with a correct CRC-32.
fn forged(people: u16, content: u8, main: [u16; 8], bands: [[u16; 3]; 3]) -> String {
    let sym = |v: u16| ALPHABET.as_bytes()[usize::from(v & 31)] as char;
    let mut text = String::new();
    text.push(sym(1));
    text.push(sym(content.into()));
    for n in std::iter::once(people)
        .chain(main)
        .chain(bands.into_iter().flatten())
    {
        text.push(sym(n >> 5));
        text.push(sym(n));
    }
    let crc = crc32(text.as_bytes());
    for i in (0..7).rev() {
        text.push(sym(((u64::from(crc) >> (5 * i)) & 31) as u16));
    }
    text
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn a_forged_room_link_with_a_valid_checksum_is_still_checked() {
    let ok = forged(
        6,
        0,
        [6, 0, 0, 0, 0, 0, 0, 0],
        [[6, 0, 0], [0, 6, 0], [0, 0, 6]],
    );
    assert_eq!(RoomSummary::from_fragment(&ok).map(|r| r.people()), Ok(6));
    let refusals = [
        (
            forged(4, 0, [4, 0, 0, 0, 0, 0, 0, 0], [[4, 0, 0]; 3]),
            FragmentError::TooFew(4),
        ),
        (forged(0, 0, [0; 8], [[0; 3]; 3]), FragmentError::TooFew(0)),
        (
            forged(1000, 0, [1000, 0, 0, 0, 0, 0, 0, 0], [[1000, 0, 0]; 3]),
            FragmentError::TooMany(1000),
        ),
        (
            forged(
                6,
                0,
                [6, 0, 0, 0, 0, 0, 0, 0],
                [[6, 0, 0], [5, 0, 0], [6, 0, 0]],
            ),
            FragmentError::Inconsistent,
        ),
        (
            forged(7, 0, [6, 0, 0, 0, 0, 0, 0, 0], [[6, 0, 0]; 3]),
            FragmentError::Inconsistent,
        ),
        (
            forged(6, 9, [6, 0, 0, 0, 0, 0, 0, 0], [[6, 0, 0]; 3]),
            FragmentError::Inconsistent,
        ),
    ];
    for (fragment, want) in refusals {
        assert_eq!(
            RoomSummary::from_fragment(&fragment),
            Err(want),
            "{fragment}"
        );
    }
    // The CRC in 35 bits: its top three bits must be zero.
    let mut high = ok.clone().into_bytes();
    high[38] = b'Z';
    let high = String::from_utf8(high).expect("ASCII");
    assert_eq!(
        RoomSummary::from_fragment(&high),
        Err(FragmentError::WrongCheck)
    );
}

#[test]
fn a_room_link_refuses_hostile_input() {
    assert_eq!(RoomSummary::from_fragment(""), Err(FragmentError::Empty));
    let long = "1".repeat(MAX_FRAGMENT_INPUT + 1);
    assert_eq!(
        RoomSummary::from_fragment(&long),
        Err(FragmentError::TooLong(MAX_FRAGMENT_INPUT + 1))
    );
    assert_eq!(
        RoomSummary::from_fragment("2"),
        Err(FragmentError::UnknownVersion(2))
    );
    assert_eq!(
        RoomSummary::from_fragment("10"),
        Err(FragmentError::WrongLength(2))
    );
    assert_eq!(
        RoomSummary::from_fragment("#/room/1"),
        Err(FragmentError::WrongCharacter('#'))
    );
    assert!(RoomSummary::from_fragment(&"🙂".repeat(50)).is_err());
    assert!(RoomSummary::from_fragment(&"\0".repeat(45)).is_err());
    // The browser percent-encodes what a link cannot hold; the character is named, not `%`.
    assert_eq!(
        RoomSummary::from_fragment("1%3Cscript%3E"),
        Err(FragmentError::WrongCharacter('<'))
    );
    assert_eq!(
        RoomSummary::from_fragment("1%F0%9F%99%82"),
        Err(FragmentError::WrongCharacter('🙂'))
    );
    for broken in ["1%", "1%4", "1%zz", "1%FF%FF"] {
        assert_eq!(
            RoomSummary::from_fragment(broken),
            Err(FragmentError::WrongCharacter('%')),
            "{broken}"
        );
    }
}

#[test]
fn a_summary_is_made_only_of_counts_that_add_up() {
    let bands = PerMotive([[5, 0, 0], [0, 5, 0], [0, 0, 5]]);
    assert!(RoomSummary::new(0, [5, 0, 0, 0, 0, 0, 0, 0], bands).is_ok());
    assert_eq!(
        RoomSummary::new(0, [4, 0, 0, 0, 0, 0, 0, 0], PerMotive([[4, 0, 0]; 3])),
        Err(FragmentError::TooFew(4))
    );
    assert_eq!(
        RoomSummary::new(0, [u16::MAX; 8], bands),
        Err(FragmentError::TooMany(u16::MAX))
    );
    assert_eq!(
        RoomSummary::new(0, [6, 0, 0, 0, 0, 0, 0, 0], bands),
        Err(FragmentError::Inconsistent)
    );
}

proptest! {
    #[test]
    fn any_room_reads_back_equal(
        mains in prop::collection::vec(0usize..8, MIN_REVEAL..=60),
        bands in prop::collection::vec((0usize..3, 0usize..3, 0usize..3), 60),
    ) {
        let mut tally = Tally::new();
        for (i, &m) in mains.iter().enumerate() {
            let (k, e, c) = bands[i];
            let b = PerMotive([ScoreBand::ALL[k], ScoreBand::ALL[e], ScoreBand::ALL[c]]);
            tally.add(RoomCode::new(b, MainReason::ALL[m], i as u32)).expect("room");
        }
        let room = tally.reveal().expect("enough");
        prop_assert_eq!(usize::from(room.people()), mains.len());
        prop_assert_eq!(RoomSummary::from_fragment(&room.to_fragment()), Ok(room));
    }
}

// --- The room and you ----------------------------------------------------------------

#[test]
fn the_room_beside_a_person() {
    let mut p = Persona::base("designer");
    p.motives = [
        model_support::Level::High,
        model_support::Level::Low,
        model_support::Level::Mid,
    ];
    p.split = [8, 0, 2];
    let results = results_of(&p);
    assert_eq!(MainReason::of(&results), MainReason::Known);
    let room = RoomSummary::new(
        0,
        [2, 1, 4, 0, 0, 0, 0, 1],
        PerMotive([[3, 3, 2], [0, 4, 4], [1, 1, 6]]),
    )
    .expect("a room of 8");
    let side = room_and_you(&results, &room);
    assert_eq!(side.people, 8);
    assert_eq!(side.yours, MainReason::Known);
    assert_eq!(side.same_as_yours, 2);
    assert_eq!(side.most_common, vec![MainReason::Connected]);
    assert!(!side.yours_is_most_common());
    let bands: Vec<(Motive, ScoreBand, [u16; 3], u16)> = side
        .reasons
        .iter()
        .map(|r| (r.motive, r.yours, r.room, r.same_band()))
        .collect();
    assert_eq!(
        bands,
        vec![
            (Motive::Known, ScoreBand::High, [3, 3, 2], 2),
            (Motive::Equipped, ScoreBand::Low, [0, 4, 4], 0),
            (Motive::Connected, ScoreBand::Middle, [1, 1, 6], 1),
        ]
    );
    assert_eq!(
        side.reasons.iter().map(|r| r.naming).collect::<Vec<_>>(),
        vec![2, 1, 4]
    );
}

#[test]
fn joint_reasons_count_for_each_reason_they_name() {
    let room = RoomSummary::new(0, [1, 0, 0, 2, 0, 1, 1, 0], PerMotive([[5, 0, 0]; 3]))
        .expect("a room of 5");
    assert_eq!(room.naming(Motive::Known), 4);
    assert_eq!(room.naming(Motive::Equipped), 4);
    assert_eq!(room.naming(Motive::Connected), 2);
    assert_eq!(room.most_common(), vec![MainReason::KnownEquipped]);
}

// --- Export --------------------------------------------------------------------------

fn export_room() -> RoomSummary {
    RoomSummary::new(
        0,
        [4, 2, 1, 0, 2, 0, 1, 2],
        PerMotive([[2, 5, 5], [1, 6, 5], [7, 3, 2]]),
    )
    .expect("a room of 12")
}

#[test]
fn the_room_as_csv() {
    let expected = "count,reason,band,people\r\n\
people,,,12\r\n\
main,known,,4\r\n\
main,equipped,,2\r\n\
main,connected,,1\r\n\
main,known_equipped,,0\r\n\
main,known_connected,,2\r\n\
main,equipped_connected,,0\r\n\
main,known_equipped_connected,,1\r\n\
main,none_strong,,2\r\n\
band,known,low,2\r\n\
band,known,middle,5\r\n\
band,known,high,5\r\n\
band,equipped,low,1\r\n\
band,equipped,middle,6\r\n\
band,equipped,high,5\r\n\
band,connected,low,7\r\n\
band,connected,middle,3\r\n\
band,connected,high,2\r\n";
    assert_eq!(room_csv(&export_room()), expected);
}

#[test]
fn the_room_as_json() {
    let expected = r#"{
  "app": "netwhy",
  "kind": "room",
  "format": 1,
  "content": 0,
  "people": 12,
  "main": {
    "known": 4,
    "equipped": 2,
    "connected": 1,
    "known_equipped": 0,
    "known_connected": 2,
    "equipped_connected": 0,
    "known_equipped_connected": 1,
    "none_strong": 2
  },
  "bands": {
    "known": {
      "low": 2,
      "middle": 5,
      "high": 5
    },
    "equipped": {
      "low": 1,
      "middle": 6,
      "high": 5
    },
    "connected": {
      "low": 7,
      "middle": 3,
      "high": 2
    }
  }
}
"#;
    let json = room_json(&export_room());
    assert_eq!(json, expected);
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["bands"]["connected"]["low"], 7);
}

#[test]
fn the_exports_hold_counts_only() {
    let mut tally = Tally::new();
    let codes: Vec<RoomCode> = every_kind_of_code().into_iter().take(6).collect();
    for c in &codes {
        tally.add(*c).expect("room");
    }
    let room = tally.reveal().expect("six");
    let (csv, json, fragment) = (room_csv(&room), room_json(&room), room.to_fragment());
    for c in &codes {
        assert!(c.nonce() > 99_999, "a nonce that cannot pass for a count");
        for t in [&csv, &json] {
            assert!(!t.contains(&c.nonce().to_string()), "{t}");
        }
        assert!(!fragment.contains(&bare(&c.to_text())), "{fragment}");
    }
}
