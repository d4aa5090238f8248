"""People from the persona table that the model's tests share (`tests/personas.toml`), as
answers to every question for `flow.answer_as`, with what their results should say."""

import os
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TABLE_PATH = os.path.join(ROOT, "tests", "personas.toml")
CONTENT_PATH = os.path.join(ROOT, "content", "model.toml")

with open(TABLE_PATH, "rb") as f:
    TABLE = tomllib.load(f)
with open(CONTENT_PATH, "rb") as f:
    _ITEMS = tomllib.load(f)["items"]

MOTIVES = ("known", "equipped", "connected")
# Each motive's statements in the content's order, as the model's tests take them.
MOTIVE_ITEMS = {m: [i["id"] for i in _ITEMS if i.get("motive") == m] for m in MOTIVES}


def answers_of(fields):
    """Answers in `answer_as`'s form (scale points as "1".."5", option ids, the split and
    the platforms as lists) for a persona's fields."""
    questions = TABLE["questions"]
    answers = {}
    for motive, level in zip(MOTIVES, fields["motives"]):
        for item, point in zip(MOTIVE_ITEMS[motive], TABLE["levels"][level]):
            answers[item] = str(point)
    for field, item in questions.items():
        value = fields[field]
        if isinstance(item, list):
            answers.update({one: str(point) for one, point in zip(item, value)})
        else:
            answers[item] = list(value) if isinstance(value, list) else value
    return answers


class Persona:
    """One person of the table: `answers` for the browser, `expect` for the results."""

    def __init__(self, entry):
        fields = {**TABLE["base"], **entry}
        self.name = fields.pop("name")
        self.expect = fields.pop("expect")
        self.answers = answers_of(fields)


PEOPLE = [Persona(entry) for entry in TABLE["persona"]]


def persona(name):
    """The one person of the table whose name is `name`."""
    found = [p for p in PEOPLE if p.name == name]
    assert len(found) == 1, f"{name!r} is not one person of {TABLE_PATH}"
    return found[0]


# Wants to be seen: top motive Known, visible channels.
DESIGNER = persona("designer who wants to be seen")
# Wants to learn, has 30 minutes, shows little and never posts; already on LinkedIn.
ENGINEER = persona("shy engineer who already posts on LinkedIn")
