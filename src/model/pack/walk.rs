//! The structural walk of a pack's JSON before it is parsed into types: caps on counts
//! and text lengths, unknown fields and wrong types, every one with its path.
