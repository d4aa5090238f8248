//! The room: codes a participant shows.

mod model_support;

use model_support::cases::cases;
use model_support::Persona;
use netwhy::model::room::{CODE_LENGTH, MAX_CODE_INPUT, WITHHELD};
use netwhy::model::{
    score, CodeError, Content, MainReason, Motive, PerMotive, Results, Reveal, RoomCode, ScoreBand,
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
