//! ASCII byte classes, one table for the scanners that read a text byte
//! by byte (the frame reader's tokens, the dates' trigger scan): a class
//! looked up costs one load where the `u8::is_ascii_*` tests branch.

/// An ASCII letter.
pub(crate) const LETTER: u8 = 1;
/// An ASCII digit.
pub(crate) const DIGIT: u8 = 2;
/// ASCII punctuation.
pub(crate) const MARK: u8 = 3;
/// A byte of a non-ASCII character.
pub(crate) const HIGH: u8 = 4;

/// The class of each byte: [`LETTER`], [`DIGIT`], [`MARK`], [`HIGH`], or
/// 0 (space and control bytes).
pub(crate) static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_punctuation() {
            MARK
        } else if c >= 0x80 {
            HIGH
        } else {
            0
        };
        i += 1;
    }
    t
};

/// The class of `c`.
#[inline]
pub(crate) fn of(c: u8) -> u8 {
    CLASS[usize::from(c)]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The classes are the `u8::is_ascii_*` tests.
    #[test]
    fn classes_are_the_std_tests() {
        for c in 0..=255u8 {
            let want = if c.is_ascii_alphabetic() {
                LETTER
            } else if c.is_ascii_digit() {
                DIGIT
            } else if c.is_ascii_punctuation() {
                MARK
            } else if c >= 0x80 {
                HIGH
            } else {
                0
            };
            assert_eq!(of(c), want, "{c}");
        }
    }
}
