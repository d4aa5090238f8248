"""Room codes for the end-to-end tests and the screenshots: a mirror of the format documented
in `src/model/room/code.rs` and `alphabet.rs` (checked against the documentation's example
code here, and by the app, which counts the codes it makes)."""

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def times_x(v):
    s = (v & 31) << 1
    return s ^ 0b100101 if s & 32 else s


def weighted_sum(values):
    total = 0
    for v in values:
        total = times_x(total) ^ (v & 31)
    return total


def code(bands, main, nonce, version=1, content=0):
    """A room code: bands as (known, equipped, connected) indices 0–2, the main reason's
    bits, a nonce of 26 bits, written `XXX-XXX-XXX`."""
    packed = bands[0] * 9 + bands[1] * 3 + bands[2]
    bits = version << 37 | content << 34 | packed << 29 | main << 26 | (nonce & (2**26 - 1))
    values = [(bits >> (5 * (7 - i))) & 31 for i in range(8)]
    values.append(times_x(weighted_sum(values)))
    text = "".join(ALPHABET[v] for v in values)
    return f"{text[:3]}-{text[3:6]}-{text[6:]}"


# The mirror agrees with the documented example, which the model's tests parse.
assert weighted_sum([ALPHABET.index(c) for c in "4AKB7H6NM"]) == 0
