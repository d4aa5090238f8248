"""Stored data for the end-to-end tests: what the app keeps under its key, written before
the app starts, once per browser session (so a reload sees what the app made of it)."""

import json

# A result kept in History, as the app stores it; `taken` is its id.
def snapshot(taken, scores, top, channels=("meetups", "niche_communities", "mentoring_circles")):
    return {
        "taken": taken,
        "content_format": 2,
        "answers": {},
        "summary": {
            "scores": list(scores),
            "weights": [34, 33, 33],
            "top": list(top),
            "channels": [{"channel": c, "band": "good"} for c in channels],
        },
    }


def session(updated, answers):
    """An assessment in progress with these answers (item id to stored answer)."""
    return {
        "content_format": 2,
        "started": updated,
        "updated": updated,
        "answers": answers,
        "position": list(answers)[-1] if answers else None,
    }


def stored(history=(), current=None):
    """The stored envelope."""
    return {"format": 4, "current": current, "history": list(history)}


def export_file(data, exported="2026-06-01T12:00:00.000Z"):
    """The text of a saved copy ("Save a copy as a file") holding `data`."""
    return json.dumps({"app": "netwhy", "exported": exported, **data})


def seed_once(prelude, data, extra=""):
    """Has the test's prelude store `data` before the app first starts in this browser
    session (and run the script `extra` on every load)."""
    text = json.dumps(json.dumps(data))
    prelude(
        "if (!sessionStorage.getItem('seeded')) {"
        f"  localStorage.setItem('netwhy', {text});"
        "  sessionStorage.setItem('seeded', '1');"
        "}" + extra
    )
