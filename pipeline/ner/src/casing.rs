//! Casing classes of sub-tokens.
//!
//! The encoder's vocabulary is lower-cased, so the casing it loses is fed back in
//! through the token-type embedding table (7 rows). The classes must match
//! `casing_class` in scripts/train_ner.py exactly, or the model sees other inputs
//! than it was trained on.

/// Class of special and padding positions.
pub const SPECIAL: i64 = 0;

/// Casing class of a sub-token's surface text: 1 lower, 2 title (or a single
/// capital), 3 upper, 4 mixed (or letters with digits), 5 digits, 6 other.
pub fn casing_class(surface: &str) -> i64 {
    let mut letters = 0usize;
    let mut upper = 0usize;
    let mut lower = 0usize;
    let mut digit = false;
    let mut first_upper = false;
    let mut rest_lower = true;
    for c in surface.chars() {
        if c.is_alphabetic() {
            let (u, l) = (c.is_uppercase(), c.is_lowercase());
            if letters == 0 {
                first_upper = u;
            } else if !l {
                rest_lower = false;
            }
            letters += 1;
            upper += u as usize;
            lower += l as usize;
        } else if c.is_numeric() {
            digit = true;
        }
    }
    if letters == 0 {
        return if digit { 5 } else { 6 };
    }
    if digit {
        return 4;
    }
    if lower == letters {
        1
    } else if upper == letters {
        if letters == 1 {
            2
        } else {
            3
        }
    } else if first_upper && rest_lower {
        2
    } else {
        4
    }
}

#[cfg(test)]
mod tests {
    use super::casing_class;

    #[test]
    fn classes() {
        assert_eq!(casing_class("kirby"), 1);
        assert_eq!(casing_class("Kirby"), 2);
        assert_eq!(casing_class("K"), 2);
        assert_eq!(casing_class("NATO"), 3);
        assert_eq!(casing_class("McDonald"), 4);
        assert_eq!(casing_class("F16"), 4);
        assert_eq!(casing_class("2024"), 5);
        assert_eq!(casing_class("."), 6);
        assert_eq!(casing_class("José"), 2);
    }
}
