"""Facts about the content the tests need, read from `content/model.toml` so they follow it."""

import os
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

with open(os.path.join(ROOT, "content", "model.toml"), "rb") as f:
    MODEL = tomllib.load(f)

# How many questions the assessment asks.
QUESTIONS = len(MODEL["items"])
