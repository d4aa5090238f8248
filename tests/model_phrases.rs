//! The plain sentences the model builds from the string table: lists in words, the
//! "because … but …" line of a channel, and names with fallbacks.

use netwhy::model::{
    reason_lines, Band, ChannelFit, Content, Motive, Reason, ReasonKind, ReasonLine,
};

fn reason(kind: ReasonKind, delta: i32) -> Reason {
    Reason { kind, delta }
}

#[test]
fn lists_are_joined_with_commas_and_the_word_for_and() {
    let c = Content::embedded();
    assert_eq!(c.join(&[]), "");
    assert_eq!(c.join(&["one"]), "one");
    assert_eq!(c.join(&["one", "two"]), "one and two");
    assert_eq!(c.join(&["one", "two", "three"]), "one, two and three");
}

#[test]
fn the_because_line_names_what_raised_and_what_lowered_a_fit() {
    let c = Content::embedded();
    let line = ReasonLine {
        ups: vec![ReasonKind::AlreadyUsed, ReasonKind::RegionRelevant],
        downs: vec![ReasonKind::OverTimeBudget],
    };
    assert_eq!(
        c.because(&line),
        "Because you already use it and it is especially used in your region. \
         But it needs more time each week than you have."
    );
    // A part that names nothing is left out.
    let only_down = ReasonLine {
        ups: vec![],
        downs: vec![ReasonKind::NeedsPosting],
    };
    assert_eq!(
        c.because(&only_down),
        "But it only works if you post publicly."
    );
    let nothing = ReasonLine {
        ups: vec![],
        downs: vec![],
    };
    assert_eq!(c.because(&nothing), "");
}

fn fit(channel: &str, reasons: &[(ReasonKind, i32)]) -> ChannelFit {
    ChannelFit {
        channel: channel.into(),
        fit: 50,
        band: Band::Good,
        face_to_face: false,
        reasons: reasons.iter().map(|&(k, d)| reason(k, d)).collect(),
    }
}

#[test]
fn a_reason_line_names_the_two_strongest_lifts_first_and_the_biggest_drawback() {
    let c = Content::embedded();
    let f = fit(
        "meetups",
        &[
            (ReasonKind::MotiveMatch(Motive::Known), 12),
            (ReasonKind::MotiveBest(Motive::Connected), 40),
            (ReasonKind::OverPrivacy, -12),
            (ReasonKind::AlreadyUsed, 8),
            (ReasonKind::OverTimeBudget, -25),
        ],
    );
    let lines = reason_lines(c, &[&f]);
    assert_eq!(
        lines[0],
        ReasonLine {
            ups: vec![
                ReasonKind::MotiveBest(Motive::Connected),
                ReasonKind::MotiveMatch(Motive::Known)
            ],
            downs: vec![ReasonKind::OverTimeBudget],
        }
    );
}

#[test]
fn a_line_that_would_repeat_an_earlier_one_names_more_until_it_differs() {
    let c = Content::embedded();
    let same = [
        (ReasonKind::MotiveBest(Motive::Equipped), 60),
        (ReasonKind::MotiveMatch(Motive::Known), 10),
        (ReasonKind::AlreadyUsed, 8),
    ];
    let a = fit("meetups", &same);
    let b = fit("coffees_1to1", &same);
    let lines = reason_lines(c, &[&a, &b]);
    assert_eq!(
        lines[0].ups.len(),
        2,
        "the first keeps its two strongest terms"
    );
    assert_ne!(lines[0], lines[1]);
    assert_eq!(
        lines[1].ups[..3],
        [
            ReasonKind::MotiveBest(Motive::Equipped),
            ReasonKind::MotiveMatch(Motive::Known),
            ReasonKind::AlreadyUsed
        ],
        "the next term comes first"
    );
    assert_ne!(c.because(&lines[0]), c.because(&lines[1]));
}

#[test]
fn names_fall_back_to_the_id_and_motives_are_listed_in_words() {
    let c = Content::embedded();
    let meetups = c.channel_name("meetups");
    assert!(!meetups.is_empty());
    assert_eq!(c.channel_name_or_id("meetups"), meetups);
    assert_eq!(c.channel_name_or_id("gone_channel"), "gone_channel");
    let known = c.motive_name(Motive::Known);
    let equipped = c.motive_name(Motive::Equipped);
    assert_eq!(c.motive_names(&[Motive::Known]), known);
    assert_eq!(
        c.motive_names(&[Motive::Known, Motive::Equipped]),
        format!("{known} and {equipped}")
    );
    assert_eq!(c.motive_names(&[]), "");
}

#[test]
fn a_room_s_main_reasons_and_bands_are_named_in_words() {
    use netwhy::model::room::{MainReason, ScoreBand};
    let content = Content::embedded();
    assert_eq!(content.main_reason_name(MainReason::Known), "Better known");
    assert_eq!(
        content.main_reason_name(MainReason::EquippedConnected),
        "Better equipped and Better connected, jointly"
    );
    assert_eq!(
        content.main_reason_name(MainReason::AllThree),
        "Better known, Better equipped and Better connected, jointly"
    );
    assert_eq!(
        content.main_reason_name(MainReason::NoneStrong),
        "None strong now"
    );
    let bands: Vec<&str> = ScoreBand::ALL
        .into_iter()
        .map(|b| content.score_band_name(b))
        .collect();
    assert_eq!(bands, ["Low", "Middle", "High"]);
    // Inside a sentence (the room code's "what it tells"), the same bands as words.
    let words: Vec<&str> = ScoreBand::ALL
        .into_iter()
        .map(|b| content.score_band_word(b))
        .collect();
    assert_eq!(words, ["low", "middle", "high"]);
}
