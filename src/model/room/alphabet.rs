//! The alphabet room codes and room links are written in, the check character of a room
//! code and the checksum of a room link.

/// The 32 symbols, in value order: Crockford's base 32, the digits and the capital letters
/// without I, L and O (read as 1, 1 and 0) and U.
pub const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The symbol for a value; only the low five bits count.
pub(super) fn symbol(value: u8) -> char {
    let bytes = ALPHABET.as_bytes();
    bytes
        .get(usize::from(value & 31))
        .map_or('0', |&b| char::from(b))
}

/// The value of a symbol written exactly as [`symbol`] writes it.
pub(super) fn value_exact(c: char) -> Option<u8> {
    ALPHABET
        .chars()
        .position(|a| a == c)
        .and_then(|i| u8::try_from(i).ok())
}

/// The value of a symbol as a person might type it: either case, and the letters O, I
/// and L for the digits 0, 1 and 1 they look like.
pub(super) fn value_forgiving(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    value_exact(c)
}

/// A value times x in GF(32), the field of polynomials over GF(2) modulo the primitive
/// polynomial x⁵ + x² + 1.
fn times_x(value: u8) -> u8 {
    let shifted = (value & 31) << 1;
    if shifted & 32 != 0 {
        shifted ^ 0b10_0101
    } else {
        shifted
    }
}

/// The weighted sum Σ vᵢ·x^(n−i) in GF(32) of the values v₁ … vₙ (Horner's rule).
pub(super) fn weighted_sum(values: &[u8]) -> u8 {
    values.iter().fold(0, |sum, &v| times_x(sum) ^ (v & 31))
}

/// The check value that makes the weighted sum of `values` followed by it zero.
///
/// Each position has its own non-zero weight (a power of x; x has order 31), so any one
/// changed symbol changes the sum, and so does swapping two different symbols up to 30
/// places apart, adjacent ones included: (a − b)(xᵏ − xʲ) is never zero.
pub(super) fn check_value(values: &[u8]) -> u8 {
    times_x(weighted_sum(values))
}

/// CRC-32 (IEEE 802.3, as in zip and PNG) of some bytes: it catches every change to one
/// byte and every burst of changed bits up to 32 long, and random damage all but once in
/// four billion times. It is no seal: anyone can compute it for made-up data.
pub(super) fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x_has_order_31() {
        let mut v = 1;
        for k in 1..=31 {
            v = times_x(v);
            assert_eq!(v == 1, k == 31, "x^{k}");
        }
    }

    #[test]
    fn crc32_of_the_standard_check_string() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn every_symbol_reads_back() {
        for v in 0..32 {
            assert_eq!(value_exact(symbol(v)), Some(v));
            assert_eq!(value_forgiving(symbol(v).to_ascii_lowercase()), Some(v));
        }
        assert_eq!(value_forgiving('o'), Some(0));
        assert_eq!(value_forgiving('l'), Some(1));
        assert_eq!(value_forgiving('U'), None);
        assert_eq!(value_exact('o'), None);
    }
}
