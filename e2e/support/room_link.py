"""Room links for the end-to-end tests: the fragment of `src/model/room/summary.rs`,
written here from its documented format (so the tests do not borrow the app's own code to
make what they feed it). `tests/fixtures/store/format-4-room.json` holds one the native
tests read, and `test_room_share.py` checks this writer gives the same text."""

import zlib

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

# Main reasons in the order of every per-reason count.
MAIN_REASONS = (
    "known",
    "equipped",
    "connected",
    "known_equipped",
    "known_connected",
    "equipped_connected",
    "known_equipped_connected",
    "none_strong",
)


def fragment(main, bands, content=0, version=1, people=None):
    """The fragment for these counts: `main` people per main reason (8 numbers, in
    MAIN_REASONS order), `bands` per reason (known, equipped, connected) the people in
    low, middle and high. `people` defaults to the sum of `main`."""
    if people is None:
        people = sum(main)
    counts = [people, *main, *(n for reason in bands for n in reason)]
    values = [version, content]
    for n in counts:
        values += [(n >> 5) & 31, n & 31]
    text = "".join(ALPHABET[v] for v in values)
    crc = zlib.crc32(text.encode("ascii"))
    return text + "".join(ALPHABET[(crc >> (5 * i)) & 31] for i in range(6, -1, -1))


# A room of 7: three better connected, two better known, one jointly equipped and
# connected, one with no strong reason.
ROOM_OF_7 = fragment(
    main=[2, 0, 3, 0, 0, 1, 0, 1],
    bands=[[3, 2, 2], [4, 2, 1], [1, 2, 4]],
)
