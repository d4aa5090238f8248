//! Turns validation problems ([`crate::model::Problem`], named by id or string key) into
//! problems at a place in a pack file, in plain words.
