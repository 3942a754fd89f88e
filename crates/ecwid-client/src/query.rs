//! Ecwid's list-valued query parameters.

use std::fmt::{Display, Write};

/// Join values into Ecwid's comma-separated list form: `comma_list([1, 2])` is `"1,2"`.
///
/// progenitor always sends array parameters exploded (`ids=1&ids=2`), which Ecwid does not read,
/// so the spec declares `customerGroupIds`, `countryCodes` and `purchasedProductIds` as strings and
/// callers build them with this function. On the wire the comma is percent-encoded (`1%2C2`),
/// which decodes to the same value.
pub fn comma_list<I>(values: I) -> String
where
    I: IntoIterator,
    I::Item: Display,
{
    let mut joined = String::new();
    for (i, value) in values.into_iter().enumerate() {
        if i > 0 {
            joined.push(',');
        }
        write!(joined, "{value}").expect("writing to a String cannot fail");
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::comma_list;

    #[test]
    fn joins_with_commas() {
        assert_eq!(comma_list([1, 2, 3]), "1,2,3");
        assert_eq!(comma_list(["GE", "US"]), "GE,US");
        assert_eq!(comma_list(Vec::<u8>::new()), "");
        assert_eq!(comma_list([42]), "42");
    }
}
