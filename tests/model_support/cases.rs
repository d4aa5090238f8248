//! The persona table: people a coach would recognise, with the top motive and the
//! channels a sensible coach would expect in and out of the top of their list.

use super::{Level::*, Persona};
use netwhy::model::Motive;

pub struct Case {
    pub persona: Persona,
    /// The expected top motive, or all motives expected among joint priorities.
    pub top: &'static [Motive],
    /// Channels expected among the first `depth` of the ranking.
    pub within: &'static [&'static str],
    /// Channels expected outside the first `depth` of the ranking.
    pub outside: &'static [&'static str],
    pub depth: usize,
}

pub fn cases() -> Vec<Case> {
    vec![
        Case {
            persona: Persona {
                motives: [Low, High, Mid],
                split: [1, 7, 2],
                audience: "research",
                region: "europe_other",
                time: "up_to_120",
                strangers: "fine",
                platforms: &["academic_networks"],
                ..Persona::base("researcher who wants to learn")
            },
            top: &[Motive::Equipped],
            within: &["academic_networks", "conferences_attend"],
            outside: &["video_podcast", "referral_breakfast", "portfolio_networks"],
            depth: 5,
        },
        Case {
            persona: Persona {
                motives: [Mid, Low, High],
                split: [2, 1, 7],
                audience: "consulting",
                time: "up_to_120",
                privacy: "opinions",
                posting: "sometimes",
                strangers: "fine",
                stage: "strategy",
                platforms: &["linkedin_outreach"],
                ..Persona::base("consultant who lives on referrals")
            },
            top: &[Motive::Connected],
            within: &["linkedin_outreach", "referral_breakfast", "alumni_networks"],
            outside: &[
                "qa_communities",
                "academic_networks",
                "open_networks",
                "xing",
            ],
            depth: 6,
        },
        Case {
            persona: Persona {
                motives: [High, Low, Mid],
                split: [7, 1, 2],
                audience: "design",
                time: "up_to_240",
                privacy: "open",
                posting: "regularly",
                strangers: "fine",
                ..Persona::base("designer who wants to be seen")
            },
            top: &[Motive::Known],
            within: &["portfolio_networks", "linkedin_posts"],
            outside: &["qa_communities", "xing", "mentoring_circles"],
            depth: 5,
        },
        Case {
            persona: Persona {
                motives: [Mid, Low, High],
                split: [3, 1, 6],
                region: "dach",
                audience: "business",
                time: "up_to_120",
                stage: "curiosity",
                ..Persona::base("job seeker in Germany")
            },
            top: &[Motive::Connected],
            within: &["xing"],
            outside: &["qa_communities", "video_podcast"],
            depth: 3,
        },
        Case {
            persona: Persona {
                motives: [Low, High, Low],
                split: [1, 8, 1],
                audience: "tech",
                time: "up_to_30",
                privacy: "minimal",
                posting: "never",
                strangers: "avoid",
                stage: "curiosity",
                ..Persona::base("shy engineer with 30 minutes who avoids posting")
            },
            top: &[Motive::Equipped],
            within: &["qa_communities"],
            outside: &[
                "linkedin_posts",
                "linkedin_groups",
                "blog_newsletter",
                "video_podcast",
                "portfolio_networks",
                "conference_speaking",
                "work_showcase",
            ],
            depth: 6,
        },
        Case {
            persona: Persona {
                motives: [High, High, High],
                split: [4, 3, 3],
                audience: "business",
                time: "over_240",
                privacy: "open",
                posting: "regularly",
                strangers: "enjoy",
                stage: "strategy",
                ..Persona::base("founder who wants everything")
            },
            top: &[Motive::Known, Motive::Equipped, Motive::Connected],
            within: &["conference_speaking"],
            outside: &["qa_communities"],
            depth: 6,
        },
        Case {
            persona: Persona {
                motives: [Low, High, High],
                split: [1, 5, 4],
                audience: "tech",
                stage: "curiosity",
                platforms: &["alumni_networks"],
                ..Persona::base("new graduate")
            },
            top: &[Motive::Equipped, Motive::Connected],
            within: &["alumni_networks", "niche_communities"],
            outside: &["video_podcast", "conference_speaking", "blog_newsletter"],
            depth: 6,
        },
        Case {
            persona: Persona {
                motives: [Low, High, Mid],
                split: [1, 6, 3],
                time: "up_to_120",
                strangers: "fine",
                stage: "curiosity",
                ..Persona::base("career changer")
            },
            top: &[Motive::Equipped],
            within: &["mentoring_circles", "niche_communities"],
            outside: &["video_podcast", "portfolio_networks", "referral_breakfast"],
            depth: 6,
        },
        Case {
            persona: Persona {
                motives: [Mid, Low, High],
                split: [3, 1, 6],
                audience: "business",
                time: "up_to_30",
                privacy: "opinions",
                posting: "sometimes",
                strangers: "enjoy",
                stage: "strategy",
                ..Persona::base("senior leader with little time")
            },
            top: &[Motive::Connected],
            within: &["linkedin_outreach", "alumni_networks"],
            outside: &[
                "video_podcast",
                "blog_newsletter",
                "conference_speaking",
                "referral_breakfast",
            ],
            depth: 5,
        },
        Case {
            persona: Persona {
                motives: [High, Low, High],
                split: [5, 0, 5],
                audience: "tech",
                time: "up_to_120",
                privacy: "opinions",
                posting: "sometimes",
                strangers: "fine",
                platforms: &["work_showcase"],
                ..Persona::base("freelance developer")
            },
            top: &[Motive::Known, Motive::Connected],
            within: &["work_showcase", "meetups"],
            outside: &["academic_networks", "qa_communities"],
            depth: 6,
        },
        Case {
            persona: Persona {
                motives: [Mid, Mid, High],
                split: [3, 2, 5],
                audience: "public",
                region: "north_america",
                time: "up_to_240",
                strangers: "enjoy",
                stage: "focus",
                ..Persona::base("non-profit manager building partnerships")
            },
            top: &[Motive::Connected],
            within: &["volunteering", "professional_associations"],
            outside: &["portfolio_networks", "qa_communities"],
            depth: 6,
        },
    ]
}
