//! Random numbers from the browser's cryptographic generator (`crypto.getRandomValues`),
//! for the nonce of a room code. Thin: the model takes the number as it is given.

/// A random 32-bit number, or `None` if the browser has no `crypto` (every browser the
/// app supports has it).
pub fn random_u32() -> Option<u32> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let mut bytes = [0u8; 4];
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(u32::from_le_bytes(bytes))
}
