//! Answers, motive scores, priorities, behaviour, channel reasons and what-if views
//! on hand-made answers with known outcomes.

mod model_support;

use model_support::{Level::*, Persona};
use netwhy::model::{
    score, score_with, shortlist, AnswerValue, Answers, Content, GapKind, Motive, ReasonKind,
};

fn base() -> Answers {
    Persona::base("neutral").answers()
}

#[test]
fn answers_are_keyed_by_id_and_round_trip_as_json() {
    let a = base();
    let json = serde_json::to_string(&a).unwrap();
    assert!(
        json.contains("\"known_recognised\":{\"point\":4}"),
        "{json}"
    );
    assert!(
        json.contains("\"priority_split\":{\"split\":[4,3,3]}"),
        "{json}"
    );
    assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), a);
}

#[test]
fn progress_counts_required_items_and_platforms_are_optional() {
    let c = Content::embedded();
    let empty = Answers::new();
    let p = empty.progress(c);
    assert_eq!(p.answered, 0);
    assert_eq!(p.required, c.items().len() - 1);
    assert!(!empty.is_complete(c));
    let mut a = base();
    a.clear("platforms_used");
    assert!(a.is_complete(c));
    assert_eq!(a.progress(c).percent(), 100);
    a.clear("stage");
    assert_eq!(a.missing(c), vec!["stage"]);
}

#[test]
fn invalid_answers_do_not_count() {
    let c = Content::embedded();
    let mut a = base();
    a.set("known_recognised", AnswerValue::Point(9));
    a.set("priority_split", AnswerValue::Split([5, 5, 5]));
    a.set("region", AnswerValue::Choice("atlantis".into()));
    let missing = a.missing(c);
    for id in ["known_recognised", "priority_split", "region"] {
        assert!(missing.contains(&id), "{id}");
    }
}

#[test]
fn reverse_items_are_flipped_and_contributions_add_up() {
    let c = Content::embedded();
    let mut a = base();
    for id in ["known_recognised", "known_stand_for", "known_share_work"] {
        a.set(id, AnswerValue::Point(5));
    }
    a.set("known_low_profile", AnswerValue::Point(1));
    let r = score(c, &a);
    assert_eq!(r.scores.get(Motive::Known), 100);
    a.set("known_low_profile", AnswerValue::Point(5));
    let r = score(c, &a);
    assert_eq!(r.scores.get(Motive::Known), 75);
    let known: Vec<_> = r
        .contributions
        .iter()
        .filter(|x| x.motive == Motive::Known)
        .collect();
    assert_eq!(known.len(), 4);
    let reversed = known.iter().find(|x| x.reverse).unwrap();
    assert_eq!((reversed.point, reversed.keyed, reversed.points), (5, 1, 0));
    let sum: u32 = known.iter().map(|x| u32::from(x.points)).sum();
    assert_eq!(sum, 75);
}

#[test]
fn weights_blend_statements_and_split_half_and_half() {
    let c = Content::embedded();
    let p = Persona {
        motives: [High, Low, Low],
        split: [0, 10, 0],
        ..Persona::base("torn")
    };
    let r = score(c, &p.answers());
    let w = r.priorities.weights;
    assert_eq!(w.0.iter().map(|&x| u32::from(x)).sum::<u32>(), 100);
    assert!(w.get(Motive::Equipped) >= 50, "{w:?}");
    assert!(w.get(Motive::Known) >= 30, "{w:?}");
    assert!(r.priorities.disagreement);
    assert_eq!(r.priorities.likert_top, vec![Motive::Known]);
    assert_eq!(r.priorities.split_top, vec![Motive::Equipped]);
}

#[test]
fn close_weights_are_joint_priorities() {
    let c = Content::embedded();
    let p = Persona {
        motives: [High, High, Low],
        split: [5, 5, 0],
        ..Persona::base("two-sided")
    };
    let r = score(c, &p.answers());
    assert!(r.priorities.is_joint());
    assert_eq!(r.priorities.top, vec![Motive::Known, Motive::Equipped]);
    assert!(!r.priorities.disagreement);
}

#[test]
fn same_answer_everywhere_is_flagged() {
    let c = Content::embedded();
    let mut a = base();
    for item in c.items().iter().filter(|i| i.motive.is_some()) {
        a.set(item.id.clone(), AnswerValue::Point(4));
    }
    let r = score(c, &a);
    assert!(r.priorities.straight_lining);
    assert!(!score(c, &base()).priorities.straight_lining);
}

#[test]
fn a_gap_shows_what_matters_but_is_not_done() {
    let c = Content::embedded();
    let p = Persona {
        motives: [Low, Low, High],
        behaviour: [1, 1, 1, 1, 1, 1],
        ..Persona::base("wants referrals, does nothing")
    };
    let r = score(c, &p.answers());
    let gap = r
        .gaps
        .iter()
        .find(|g| g.motive == Motive::Connected)
        .unwrap();
    assert_eq!(gap.kind, GapKind::Under);
    assert_eq!(gap.activity, 0);
    assert_eq!(r.behaviour.face_to_face, 0);
}

#[test]
fn every_fit_carries_its_reasons() {
    let c = Content::embedded();
    let p = Persona {
        time: "up_to_30".into(),
        posting: "react".into(),
        region: "dach".into(),
        situation: "job_seeking".into(),
        platforms: vec!["xing".into()],
        ..Persona::base("reasons")
    };
    let r = score(c, &p.answers());
    for f in &r.channels {
        let sum: i32 = f.reasons.iter().map(|x| x.delta).sum();
        assert_eq!(i32::from(f.fit), sum.clamp(0, 100), "{}", f.channel);
        assert!(!c.channel_name(&f.channel).is_empty());
        for reason in &f.reasons {
            assert!(!c.reason_text(reason.kind).starts_with("reason."));
        }
    }
    let find = |id: &str| r.channels.iter().find(|f| f.channel == id).unwrap();
    let kinds = |id: &str| -> Vec<ReasonKind> { find(id).reasons.iter().map(|x| x.kind).collect() };
    assert!(kinds("xing").contains(&ReasonKind::AlreadyUsed));
    assert!(kinds("xing").contains(&ReasonKind::RegionRelevant));
    assert!(kinds("blog_newsletter").contains(&ReasonKind::OverTimeBudget));
    assert!(kinds("blog_newsletter").contains(&ReasonKind::NeedsPosting));
    // Channels that make no sense for this person are left out, and say why.
    assert_eq!(kinds("internal_network"), [ReasonKind::OtherSituation]);
    assert_eq!(find("internal_network").fit, 0);
    let never_posts = Persona {
        posting: "never".into(),
        ..Persona::base("never posts")
    };
    let r = score(c, &never_posts.answers());
    for f in r
        .channels
        .iter()
        .filter(|f| c.channel(&f.channel).unwrap().posting)
    {
        assert_eq!(f.fit, 0, "{}", f.channel);
        assert_eq!(f.reasons[0].kind, ReasonKind::NeedsPosting);
        // Its line says why it is left out.
        let line = &netwhy::model::reason_lines(c, &[f])[0];
        assert_eq!(line.downs, [ReasonKind::NeedsPosting]);
    }
    let in_china = Persona {
        region: "china".into(),
        ..Persona::base("in China")
    };
    let r = score(c, &in_china.answers());
    let linkedin = r
        .channels
        .iter()
        .find(|f| f.channel == "linkedin_outreach")
        .unwrap();
    assert_eq!(linkedin.fit, 0);
    assert_eq!(linkedin.reasons[0].kind, ReasonKind::Unavailable);
    assert!(!r
        .plan
        .steps
        .iter()
        .any(|s| s.channel.as_deref() == Some("linkedin_outreach")));
}

#[test]
fn shortlist_always_has_a_face_to_face_channel() {
    let c = Content::embedded();
    let p = Persona {
        motives: [High, Low, Low],
        split: [10, 0, 0],
        posting: "regularly".into(),
        privacy: "open".into(),
        time: "over_240".into(),
        ..Persona::base("online only")
    };
    let r = score(c, &p.answers());
    let list = shortlist(&r.channels, 3);
    assert_eq!(list.len(), 3);
    assert!(list.iter().any(|f| f.face_to_face));
}

#[test]
fn what_if_changes_fit_without_changing_answers() {
    let c = Content::embedded();
    let a = base();
    let before = score(c, &a);
    let mut roomy = before.constraints.clone();
    roomy.minutes = 360;
    roomy.posting = 3;
    roomy.privacy = 3;
    let after = score_with(c, &a, &roomy);
    assert_eq!(after.scores, before.scores);
    assert_eq!(after.priorities, before.priorities);
    let fit = |r: &netwhy::model::Results, id: &str| {
        r.channels.iter().find(|f| f.channel == id).unwrap().fit
    };
    assert!(fit(&after, "blog_newsletter") > fit(&before, "blog_newsletter"));
    assert_eq!(after.plan.budget, 360);
    // The what-if view shows the values it was given, and going back to the person's own
    // values (the ones their results carry) gives their own results again.
    assert_eq!(after.constraints, roomy);
    assert_ne!(before.constraints, roomy);
    assert_eq!(score_with(c, &a, &before.constraints), before);
}

#[test]
fn habits_read_in_words_and_frequencies_as_the_answer_given() {
    use netwhy::model::{Activity, HabitLevel, Mode};
    let c = Content::embedded();
    let s = &c.model.scoring;
    assert_eq!(HabitLevel::of(s.weak_below - 1, s), HabitLevel::Weak);
    assert_eq!(HabitLevel::of(s.weak_below, s), HabitLevel::Growing);
    assert_eq!(HabitLevel::of(s.active_from, s), HabitLevel::Strong);
    let mut a = base();
    a.set("maintain_f2f", AnswerValue::Point(4));
    assert_eq!(
        c.frequency_label(&a, Activity::Maintaining, Mode::FaceToFace),
        Some("Most weeks")
    );
    a.clear("use_online");
    assert_eq!(c.frequency_label(&a, Activity::Using, Mode::Online), None);
}
