//! String rules shared by both directions: trimming, empty-as-absent, names and street lines.

/// A trimmed, non-empty copy: empty and whitespace-only strings are absent on the canonical side.
pub(crate) fn clean(value: Option<&String>) -> Option<String> {
    let trimmed = value?.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// [`clean`] for a string the caller owns: it is kept, not copied, when it has nothing to trim.
pub(crate) fn clean_owned(value: Option<String>) -> Option<String> {
    let value = value?;
    let trimmed = value.trim();
    if trimmed.is_empty() {
        None
    } else if trimmed.len() == value.len() {
        Some(value)
    } else {
        Some(trimmed.to_owned())
    }
}

/// Split a full name at the first run of whitespace: `"Mary Ann Smith"` -> (`Mary`, `Ann Smith`);
/// one word -> first name only. The rest is kept verbatim (inner whitespace included).
pub(crate) fn split_name(full: Option<String>) -> (Option<String>, Option<String>) {
    let Some(full) = full else {
        return (None, None);
    };
    match full.split_once(char::is_whitespace) {
        Some((first, rest)) => {
            let rest = rest.trim_start();
            (
                Some(first.to_owned()),
                (!rest.is_empty()).then(|| rest.to_owned()),
            )
        }
        None => (Some(full), None),
    }
}

/// Join first and last name with one space; either alone when the other is absent.
pub(crate) fn join_name(first: Option<&String>, last: Option<&String>) -> Option<String> {
    join(clean(first), clean(last), " ")
}

/// Split a street at the first `\n`: line 1, and the rest verbatim (both trimmed at the ends).
pub(crate) fn split_street(street: Option<String>) -> (Option<String>, Option<String>) {
    let Some(street) = street else {
        return (None, None);
    };
    match street.split_once('\n') {
        Some((line1, rest)) => (
            clean(Some(&line1.to_owned())),
            clean(Some(&rest.to_owned())),
        ),
        None => (Some(street), None),
    }
}

/// `address1` + `"\n"` + `address2`, either alone when the other is absent.
pub(crate) fn join_street(line1: Option<&String>, line2: Option<&String>) -> Option<String> {
    join(clean(line1), clean(line2), "\n")
}

fn join(a: Option<String>, b: Option<String>, separator: &str) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(format!("{a}{separator}{b}")),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Option<String> {
        Some(v.to_owned())
    }

    #[test]
    fn names_split_at_the_first_whitespace_run() {
        assert_eq!(split_name(s("Mary Ann Smith")), (s("Mary"), s("Ann Smith")));
        assert_eq!(
            split_name(s("Mary \t Ann  Smith")),
            (s("Mary"), s("Ann  Smith"))
        );
        assert_eq!(split_name(s("Cher")), (s("Cher"), None));
        assert_eq!(split_name(None), (None, None));
    }

    #[test]
    fn streets_split_at_the_first_newline() {
        assert_eq!(
            split_street(s("1 Main St\nApt 2\nBack")),
            (s("1 Main St"), s("Apt 2\nBack"))
        );
        assert_eq!(split_street(s("1 Main St")), (s("1 Main St"), None));
        assert_eq!(split_street(s("\nApt 2")), (None, s("Apt 2")));
        assert_eq!(join_street(s("a").as_ref(), s("b").as_ref()), s("a\nb"));
        assert_eq!(join_street(None, s("b").as_ref()), s("b"));
    }

    #[test]
    fn owned_strings_are_trimmed_like_borrowed_ones() {
        for text in ["", " ", "a", " a", "a ", " a b ", "\u{3000}x"] {
            assert_eq!(clean_owned(s(text)), clean(s(text).as_ref()), "{text:?}");
        }
        assert_eq!(clean_owned(None), None);
    }

    #[test]
    fn blank_is_absent() {
        assert_eq!(clean(Some(&" \t\n".to_owned())), None);
        assert_eq!(clean(Some(&"  Tbilisi ".to_owned())), s("Tbilisi"));
        assert_eq!(join_name(s(" ").as_ref(), s("Smith").as_ref()), s("Smith"));
    }
}
