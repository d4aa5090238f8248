//! Counting the room on the facilitator's device: typed and scanned texts take one path,
//! the tally is kept under its own key at once, two tabs never count over each other, and
//! every outcome has words that never repeat the code.

use netwhy::model::backend::{Backend, MemoryBackend, StorageError};
use netwhy::model::room::{
    count_text, count_text_of, forget, load, people_text, room_file_name, too_few_words, Arrival,
    Kept, Taken, TALLY_KEY,
};
use netwhy::model::{
    CodeError, Content, MainReason, PerMotive, RoomCode, ScoreBand, Tally, TallyError, UtcOffset,
};

fn content() -> &'static Content {
    Content::embedded()
}

fn code(nonce: u32) -> String {
    let b = ScoreBand::ALL[(nonce % 3) as usize];
    RoomCode::new(
        PerMotive([b, ScoreBand::High, ScoreBand::Low]),
        MainReason::Known,
        nonce,
    )
    .to_text()
}

/// A code whose check character is one off.
fn mistyped(text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let last = chars.len() - 1;
    chars[last] = if chars[last] == 'Z' { 'Y' } else { 'Z' };
    chars.into_iter().collect()
}

#[test]
fn a_code_is_counted_and_kept_at_once_and_the_same_person_only_once() {
    let store = MemoryBackend::new();
    let c = count_text(&store, &Tally::new(), &code(1), Arrival::Whole);
    assert_eq!(c.taken, Taken::Counted(1));
    assert_eq!(c.not_kept, None);
    assert!(c.taken.clears_input());
    assert_eq!(load(&store), Kept::Tally(c.tally.clone()));

    // Typed again, in lower case with spaces: nothing changes, and the field is cleared.
    let spaced = code(1).to_lowercase().replace('-', " ");
    let again = count_text(&store, &c.tally, &spaced, Arrival::Whole);
    assert_eq!(again.taken, Taken::AlreadyCounted);
    assert!(again.taken.clears_input() && !again.taken.is_refusal());
    assert_eq!(again.tally.people(), 1);
    assert_eq!(
        again.taken.words(content()),
        "Already counted: this person's code was counted before. Nothing changed."
    );
}

#[test]
fn the_example_code_counts() {
    let store = MemoryBackend::new();
    let c = count_text(&store, &Tally::new(), "4ak b7h 6nm", Arrival::Whole);
    assert_eq!(c.taken, Taken::Counted(1));
    assert_eq!(c.taken.words(content()), "Counted. 1 person so far.");
}

#[test]
fn a_half_typed_code_says_nothing_until_it_is_whole() {
    let store = MemoryBackend::new();
    let text = code(5);
    for end in 0..text.len() {
        let c = count_text(&store, &Tally::new(), &text[..end], Arrival::Typing);
        assert_eq!(c.taken, Taken::Incomplete, "{end}");
        assert_eq!(c.taken.words(content()), "");
    }
    // On Enter a short text is refused, and kept for correcting.
    let short = count_text(&store, &Tally::new(), &text[..5], Arrival::Whole);
    assert_eq!(short.taken, Taken::NotACode(CodeError::WrongLength(4)));
    assert!(short.taken.is_refusal() && !short.taken.clears_input());
    assert_eq!(
        short.taken.words(content()),
        "Too short for a code: 4 of 9 characters. Check it and finish typing."
    );
    // A wrong character is said at once, while typing.
    let wrong = count_text(&store, &Tally::new(), "4A#", Arrival::Typing);
    assert_eq!(
        wrong.taken.words(content()),
        "Not a netwhy code: a code never has #. Nothing changed."
    );
    assert_eq!(
        store.get(TALLY_KEY),
        Ok(None),
        "nothing is written for a refusal"
    );
}

#[test]
fn every_refusal_has_its_own_words_and_changes_nothing() {
    let store = MemoryBackend::new();
    let first = count_text(&store, &Tally::new(), &code(9), Arrival::Whole).tally;
    let before = store.get(TALLY_KEY).unwrap();
    let newer = {
        // Version 2 in the first character's top bits, with a check that adds up.
        let c = code(3);
        let mut t: Vec<char> = c.replace('-', "").chars().collect();
        t[0] = '8'; // 0b01000: version 2
        fix_check(&mut t);
        t.into_iter().collect::<String>()
    };
    let other = {
        let c = code(4);
        let mut t: Vec<char> = c.replace('-', "").chars().collect();
        t[0] = '5'; // 0b00101: version 1, content 1
        fix_check(&mut t);
        t.into_iter().collect::<String>()
    };
    let cases = [
        (mistyped(&code(2)), "This code does not add up: a character is mistyped or two are swapped. Check it with its owner and try again."),
        ("HELLO U!".to_owned(), "Not a netwhy code: a code never has U!. Nothing changed."),
        (format!("{}A", code(2)), "Too long for a code: 10 characters, and a code has 9. Check it and try again."),
        ("X".repeat(41), "That is far too long for a code: a code has 9 characters. Nothing changed."),
        ("  - ".to_owned(), "Type a code first."),
        (newer, "This code comes from a newer version of netwhy. Reload this page to update it, then count the code again."),
        (other, "This code was made with other questions or channels than the ones in use on this screen, so it cannot be counted in this room. Check that the fingerprint at the foot of the person's screen matches this one. Nothing changed."),
    ];
    for (text, words) in cases {
        let c = count_text(&store, &first, &text, Arrival::Whole);
        assert!(c.taken.is_refusal(), "{text}: {:?}", c.taken);
        assert!(!c.taken.clears_input(), "{text}");
        assert_eq!(c.taken.words(content()), words, "{text}");
        assert_eq!(c.tally, first);
        assert_eq!(store.get(TALLY_KEY).unwrap(), before, "{text}");
        assert!(!c.taken.words(content()).contains(&code(9)));
    }
}

/// Sets the last symbol so the code's check adds up (the format of `src/model/room/code.rs`).
fn fix_check(symbols: &mut [char]) {
    const ALPHABET: &str = netwhy::model::room::ALPHABET;
    let value = |c: char| ALPHABET.find(c).unwrap() as u8;
    let times_x = |v: u8| {
        let s = (v & 31) << 1;
        if s & 32 != 0 {
            s ^ 0b10_0101
        } else {
            s
        }
    };
    let sum = symbols[..8].iter().fold(0u8, |s, &c| times_x(s) ^ value(c));
    symbols[8] = ALPHABET.as_bytes()[times_x(sum) as usize] as char;
}

#[test]
fn a_second_tab_counts_onto_what_the_first_kept() {
    let store = MemoryBackend::new();
    let tab_a = count_text(&store, &Tally::new(), &code(1), Arrival::Whole).tally;
    // Tab B still shows an empty tally, but counts onto what storage holds.
    let tab_b = count_text(&store, &Tally::new(), &code(2), Arrival::Whole);
    assert_eq!(tab_b.taken, Taken::Counted(2));
    // Tab A then counts a third: nobody is lost.
    let tab_a = count_text(&store, &tab_a, &code(3), Arrival::Whole);
    assert_eq!(tab_a.taken, Taken::Counted(3));
    match load(&store) {
        Kept::Tally(t) => assert_eq!(t.people(), 3),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_unreadable_kept_tally_is_never_counted_over_until_forgotten() {
    let store = MemoryBackend::new();
    store
        .set(TALLY_KEY, "{\"format\": 1, \"codes\": [\"not a code\"]}")
        .unwrap();
    assert!(matches!(
        load(&store),
        Kept::Unreadable(TallyError::BadCode(0, _))
    ));
    let c = count_text(&store, &Tally::new(), &code(1), Arrival::Whole);
    assert_eq!(c.taken, Taken::StoredUnreadable);
    assert!(c.taken.words(content()).contains("cannot be read"));
    assert!(store
        .get(TALLY_KEY)
        .unwrap()
        .unwrap()
        .contains("not a code"));
    for broken in ["", "null", "{", "[1,2]", "{\"format\": 9, \"codes\": []}"] {
        store.set(TALLY_KEY, broken).unwrap();
        assert!(matches!(load(&store), Kept::Unreadable(_)), "{broken}");
    }
    forget(&store).unwrap();
    assert_eq!(load(&store), Kept::Tally(Tally::new()));
    assert_eq!(
        count_text(&store, &Tally::new(), &code(1), Arrival::Whole).taken,
        Taken::Counted(1)
    );
}

/// Storage that refuses everything, as a blocked browser storage does.
struct Blocked;

impl Backend for Blocked {
    fn get(&self, _: &str) -> Result<Option<String>, StorageError> {
        Err(StorageError::Unavailable)
    }
    fn set(&self, _: &str, _: &str) -> Result<(), StorageError> {
        Err(StorageError::Unavailable)
    }
    fn remove(&self, _: &str) -> Result<(), StorageError> {
        Err(StorageError::Unavailable)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Err(StorageError::Unavailable)
    }
}

#[test]
fn without_storage_the_room_is_still_counted_on_the_page_and_says_so() {
    let one = count_text(&Blocked, &Tally::new(), &code(1), Arrival::Whole);
    assert_eq!(one.taken, Taken::Counted(1));
    assert_eq!(one.not_kept, Some(StorageError::Unavailable));
    let two = count_text(&Blocked, &one.tally, &code(2), Arrival::Whole);
    assert_eq!(two.taken, Taken::Counted(2));
    assert!(matches!(load(&Blocked), Kept::Unavailable(_)));
}

#[test]
fn counts_and_file_names_read_as_words() {
    assert_eq!(people_text(content(), 1), "1 person");
    assert_eq!(people_text(content(), 6), "6 people");
    assert_eq!(
        too_few_words(content(), 3),
        "The room is shown from 5 people: with fewer, a person's result could be told from the counts. 3 people counted so far."
    );
    // The day where the facilitator is: late evening in New York is the next day in UTC.
    let at = "2026-12-03T02:30:00.000Z";
    assert_eq!(
        room_file_name(at, UtcOffset::minutes(-300), "csv"),
        "netwhy-room-2026-12-02.csv"
    );
    assert_eq!(
        room_file_name(at, UtcOffset::minutes(0), "json"),
        "netwhy-room-2026-12-03.json"
    );
    assert_eq!(
        room_file_name("garbage", UtcOffset::minutes(0), "csv"),
        "netwhy-room.csv"
    );
}

/// A code made with a content pack (room-code content value 3).
fn pack_code(nonce: u32) -> String {
    RoomCode::new(PerMotive([ScoreBand::High; 3]), MainReason::Known, nonce)
        .with_content(3)
        .expect("content 3")
        .to_text()
}

#[test]
fn a_code_of_other_content_is_refused_even_as_the_first_and_a_room_of_one_pack_counts() {
    let store = MemoryBackend::new();
    // A device with the built-in content refuses a pack's code, even in an empty room.
    let c = count_text_of(&store, &Tally::new(), &pack_code(1), Arrival::Whole, 0);
    assert_eq!(
        c.taken,
        Taken::Refused(TallyError::OtherContent {
            counted: 0,
            code: 3
        })
    );
    assert!(c.taken.is_refusal() && !c.taken.clears_input());
    assert_eq!(load(&store), Kept::Tally(Tally::new()), "nothing kept");
    // A device with that pack counts it, and refuses the built-in content's codes.
    let c = count_text_of(&store, &Tally::new(), &pack_code(1), Arrival::Whole, 3);
    assert_eq!(c.taken, Taken::Counted(1));
    let other = count_text_of(&store, &c.tally, &code(2), Arrival::Whole, 3);
    assert!(matches!(
        other.taken,
        Taken::Refused(TallyError::OtherContent {
            counted: 3,
            code: 0
        })
    ));
    assert_eq!(other.tally.people(), 1);
}
