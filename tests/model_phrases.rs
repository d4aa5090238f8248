//! The plain sentences the model builds from the string table: lists in words, the
//! "because … but …" line of a channel, and names with fallbacks.

use netwhy::model::{Content, Motive, Reason, ReasonKind};

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
    let reasons = [
        reason(ReasonKind::AlreadyUsed, 10),
        reason(ReasonKind::OverTimeBudget, -20),
        reason(ReasonKind::RegionRelevant, 5),
        reason(ReasonKind::OutsideRegion, 0),
    ];
    assert_eq!(
        c.reason_texts(&reasons, true),
        ["you already use it", "it is especially used in your region"]
    );
    assert_eq!(
        c.reason_texts(&reasons, false),
        ["it needs more time each week than you have"]
    );
    assert_eq!(
        c.because(&reasons),
        "Because you already use it and it is especially used in your region. \
         But it needs more time each week than you have."
    );
    // A part without reasons is left out; reasons that changed nothing count for neither.
    let only_down = [reason(ReasonKind::NeedsPosting, -5)];
    assert_eq!(
        c.because(&only_down),
        "But it only works if you post publicly."
    );
    assert_eq!(c.because(&[reason(ReasonKind::AlreadyUsed, 0)]), "");
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
