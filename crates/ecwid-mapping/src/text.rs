//! String rules shared by both directions: trimming, empty-as-absent, names and street lines.

use std::borrow::Cow;

use crate::json_str::JsonStr;

/// A string value as the mapping keeps it: blank (empty or whitespace only) is absent on the
/// canonical side, and what is kept is trimmed. Each kind of string keeps what it can: borrowed
/// text stays borrowed, an owned `String` is kept when there is nothing to trim, and only a
/// `&String` is copied.
pub(crate) trait NonBlank {
    /// The trimmed value.
    type Trimmed;

    /// The trimmed value, or `None` when it is blank.
    fn non_blank(self) -> Option<Self::Trimmed>;
}

/// `value` trimmed, or `None` when it is absent or blank: see [`NonBlank`].
pub(crate) fn non_blank<T: NonBlank>(value: Option<T>) -> Option<T::Trimmed> {
    value?.non_blank()
}

impl NonBlank for &String {
    type Trimmed = String;

    fn non_blank(self) -> Option<String> {
        let trimmed = self.trim();
        (!trimmed.is_empty()).then(|| trimmed.to_owned())
    }
}

impl NonBlank for String {
    type Trimmed = String;

    fn non_blank(self) -> Option<String> {
        let trimmed = self.trim();
        if trimmed.is_empty() {
            None
        } else if trimmed.len() == self.len() {
            Some(self)
        } else {
            Some(trimmed.to_owned())
        }
    }
}

impl<'a> NonBlank for Cow<'a, str> {
    type Trimmed = Cow<'a, str>;

    fn non_blank(self) -> Option<Cow<'a, str>> {
        match self {
            Cow::Borrowed(text) => {
                let trimmed = text.trim();
                (!trimmed.is_empty()).then_some(Cow::Borrowed(trimmed))
            }
            Cow::Owned(text) => text.non_blank().map(Cow::Owned),
        }
    }
}

impl<'a> NonBlank for JsonStr<'a> {
    type Trimmed = Cow<'a, str>;

    fn non_blank(self) -> Option<Cow<'a, str>> {
        self.0.non_blank()
    }
}

/// The two parts of a split string (a name, a street), borrowed from it when it is borrowed.
type Split<'a> = (Option<Cow<'a, str>>, Option<Cow<'a, str>>);

fn split_with<'a>(
    value: Option<Cow<'a, str>>,
    parts: for<'x> fn(&'x str) -> (Option<&'x str>, Option<&'x str>),
) -> Split<'a> {
    match value {
        None => (None, None),
        Some(Cow::Borrowed(text)) => {
            let (a, b) = parts(text);
            (a.map(Cow::Borrowed), b.map(Cow::Borrowed))
        }
        Some(Cow::Owned(text)) => {
            let (a, b) = parts(&text);
            let own = |part: &str| Cow::Owned(part.to_owned());
            (a.map(own), b.map(own))
        }
    }
}

/// Split a trimmed full name at the first run of whitespace: `"Mary Ann Smith"` -> (`Mary`,
/// `Ann Smith`); one word -> first name only. The rest is kept verbatim (inner whitespace
/// included).
pub(crate) fn split_name(full: Option<Cow<'_, str>>) -> Split<'_> {
    split_with(full, |full| match full.split_once(char::is_whitespace) {
        Some((first, rest)) => {
            let rest = rest.trim_start();
            (Some(first), (!rest.is_empty()).then_some(rest))
        }
        None => (Some(full), None),
    })
}

/// Join first and last name with one space; either alone when the other is absent.
pub(crate) fn join_name(first: Option<&String>, last: Option<&String>) -> Option<String> {
    join(non_blank(first), non_blank(last), " ")
}

/// Split a trimmed street at the first `\n`: line 1, and the rest verbatim (both trimmed at the
/// ends).
pub(crate) fn split_street(street: Option<Cow<'_, str>>) -> Split<'_> {
    split_with(street, |street| match street.split_once('\n') {
        Some((line1, rest)) => {
            let (line1, rest) = (line1.trim(), rest.trim());
            (
                (!line1.is_empty()).then_some(line1),
                (!rest.is_empty()).then_some(rest),
            )
        }
        None => (Some(street), None),
    })
}

/// `address1` + `"\n"` + `address2`, either alone when the other is absent.
pub(crate) fn join_street(line1: Option<&String>, line2: Option<&String>) -> Option<String> {
    join(non_blank(line1), non_blank(line2), "\n")
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

    fn b(v: &str) -> Option<Cow<'_, str>> {
        Some(Cow::Borrowed(v))
    }

    fn o(v: &str) -> Option<Cow<'static, str>> {
        Some(Cow::Owned(v.to_owned()))
    }

    #[test]
    fn names_split_at_the_first_whitespace_run() {
        assert_eq!(split_name(b("Mary Ann Smith")), (b("Mary"), b("Ann Smith")));
        assert_eq!(
            split_name(b("Mary \t Ann  Smith")),
            (b("Mary"), b("Ann  Smith"))
        );
        assert_eq!(split_name(b("Cher")), (b("Cher"), None));
        assert_eq!(split_name(None), (None, None));
        // An owned string (one with escapes in its JSON) splits the same way.
        assert_eq!(split_name(o("Mary Ann Smith")), (b("Mary"), b("Ann Smith")));
        assert!(matches!(split_name(o("Mary Ann")).0, Some(Cow::Owned(_))));
    }

    #[test]
    fn streets_split_at_the_first_newline() {
        assert_eq!(
            split_street(b("1 Main St\nApt 2\nBack")),
            (b("1 Main St"), b("Apt 2\nBack"))
        );
        assert_eq!(split_street(b("1 Main St")), (b("1 Main St"), None));
        assert_eq!(split_street(b("\nApt 2")), (None, b("Apt 2")));
        assert_eq!(split_street(o("1 \n 2 ")), (b("1"), b("2")));
        assert_eq!(join_street(s("a").as_ref(), s("b").as_ref()), s("a\nb"));
        assert_eq!(join_street(None, s("b").as_ref()), s("b"));
    }

    #[test]
    fn every_kind_of_string_is_trimmed_alike() {
        for text in ["", " ", "a", " a", "a ", " a b ", "\u{3000}x"] {
            let expected = non_blank(s(text).as_ref());
            assert_eq!(non_blank(s(text)), expected, "{text:?}");
            assert_eq!(
                non_blank(b(text)).map(Cow::into_owned),
                expected,
                "{text:?}"
            );
            assert_eq!(
                non_blank(o(text)).map(Cow::into_owned),
                expected,
                "{text:?}"
            );
            let json = JsonStr(Cow::Borrowed(text));
            assert_eq!(
                non_blank(Some(json)).map(Cow::into_owned),
                expected,
                "{text:?}"
            );
        }
        assert_eq!(non_blank(None::<String>), None);
        assert!(matches!(non_blank(b(" a ")), Some(Cow::Borrowed("a"))));
        // An owned string with nothing to trim is kept, not copied.
        let kept = String::from("kept");
        let pointer = kept.as_ptr();
        assert_eq!(non_blank(Some(kept)).map(|k| k.as_ptr()), Some(pointer));
    }

    #[test]
    fn blank_is_absent() {
        assert_eq!(non_blank(Some(&" \t\n".to_owned())), None);
        assert_eq!(non_blank(Some(&"  Tbilisi ".to_owned())), s("Tbilisi"));
        assert_eq!(join_name(s(" ").as_ref(), s("Smith").as_ref()), s("Smith"));
    }
}
