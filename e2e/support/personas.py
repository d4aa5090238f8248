"""Two people who network for different reasons, as answers to every question (the
same people as in the model's persona tests), and what their results should say."""

BASE = {
    "build_online": "2",
    "build_f2f": "2",
    "maintain_online": "3",
    "maintain_f2f": "2",
    "use_online": "2",
    "use_f2f": "2",
    "habit_interest": "4",
    "habit_in_touch": "3",
    "habit_known_first": "4",
    "habit_mass_invites": "2",
    "region": "uk_ireland",
    "stage": "focus",
    "platforms_used": [],
}

MOTIVE_ITEMS = {
    "known": ["known_recognised", "known_stand_for", "known_share_work", "known_work_speaks"],
    "equipped": ["equipped_learn", "equipped_advice", "equipped_expertise", "equipped_figure_alone"],
    "connected": [
        "connected_introductions",
        "connected_referrals",
        "connected_trusted_circle",
        "connected_few_enough",
    ],
}
# Raw answers to a motive's four statements; the reverse-keyed one is last.
LEVELS = {"high": [5, 5, 4, 1], "mid": [4, 3, 3, 3], "low": [2, 1, 2, 4]}


def persona(levels, **choices):
    answers = dict(BASE)
    for motive, level in levels.items():
        for item, point in zip(MOTIVE_ITEMS[motive], LEVELS[level]):
            answers[item] = str(point)
    answers.update(choices)
    return answers


# Wants to be seen: top motive Known, visible channels.
DESIGNER = persona(
    {"known": "high", "equipped": "low", "connected": "mid"},
    priority_split=[7, 1, 2],
    audience="design",
    time_budget="up_to_240",
    privacy_comfort="open",
    posting_comfort="regularly",
    strangers_comfort="fine",
)

# Wants to learn, has 30 minutes, shows little and never posts; already on LinkedIn.
ENGINEER = persona(
    {"known": "low", "equipped": "high", "connected": "low"},
    priority_split=[1, 8, 1],
    audience="tech",
    time_budget="up_to_30",
    privacy_comfort="minimal",
    posting_comfort="never",
    strangers_comfort="avoid",
    stage="curiosity",
    platforms_used=["linkedin_posts"],
)
