//! Building blocks of the checks: failures that say what was expected and what came, and a JSON
//! "what was sent is what came back" comparison.

use std::fmt::Debug;

use serde_json::Value;

use crate::case::{Failure, Verdict};

/// A failure with `message`.
pub(crate) fn fail(message: impl Into<String>) -> Failure {
    Failure::Fail(message.into())
}

/// A skip with `reason`.
pub(crate) fn skip(reason: impl Into<String>) -> Failure {
    Failure::Skip(reason.into())
}

/// Pass when `condition` holds, else fail with the message `why` builds.
pub(crate) fn ensure(condition: bool, why: impl FnOnce() -> String) -> Verdict {
    if condition { Ok(()) } else { Err(fail(why())) }
}

/// `what: expected E, got G` unless the two are equal.
pub(crate) fn expect_eq<T: PartialEq + Debug>(what: &str, expected: T, got: T) -> Verdict {
    ensure(expected == got, || {
        format!("{what}: expected {expected:?}, got {got:?}")
    })
}

/// At most `max` characters of `text`, with `…` when cut: bodies in failure messages stay short.
pub(crate) fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// Every value in `sent` (what was sent, or what is expected) is in `got` at the same place:
/// objects may carry more keys, arrays must have the same length, `null` in `sent` asks for
/// nothing. Err names the first JSON path that differs (`addresses[1].country.code`).
pub(crate) fn json_contains(sent: &Value, got: &Value) -> Result<(), String> {
    contains_at("", sent, got)
}

fn contains_at(path: &str, sent: &Value, got: &Value) -> Result<(), String> {
    let at = |path: &str| {
        if path.is_empty() {
            "the body".to_owned()
        } else {
            format!("`{path}`")
        }
    };
    match (sent, got) {
        (Value::Null, _) => Ok(()),
        (Value::Object(sent), Value::Object(got)) => {
            for (key, value) in sent {
                if value.is_null() {
                    continue;
                }
                let inner = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                match got.get(key) {
                    None | Some(Value::Null) => {
                        return Err(format!("{}: expected {value}, got nothing", at(&inner)));
                    }
                    Some(found) => contains_at(&inner, value, found)?,
                }
            }
            Ok(())
        }
        (Value::Array(sent), Value::Array(got)) => {
            if sent.len() != got.len() {
                return Err(format!(
                    "{}: expected {} items, got {}: {}",
                    at(path),
                    sent.len(),
                    got.len(),
                    clip(&Value::Array(got.clone()).to_string(), 400)
                ));
            }
            for (i, (s, g)) in sent.iter().zip(got).enumerate() {
                contains_at(&format!("{path}[{i}]"), s, g)?;
            }
            Ok(())
        }
        (sent, got) if sent == got => Ok(()),
        (sent, got) => Err(format!(
            "{}: expected {sent}, got {}",
            at(path),
            clip(&got.to_string(), 200)
        )),
    }
}

/// The first difference between `expected` and `got` (`` `note`: expected "a", got nothing ``),
/// or `None` when they are equal. Unlike [`json_contains`], a key only `got` has is a difference.
pub(crate) fn json_diff(expected: &Value, got: &Value) -> Option<String> {
    diff_at("", expected, got)
}

fn diff_at(path: &str, expected: &Value, got: &Value) -> Option<String> {
    let show = |v: Option<&Value>| match v {
        None | Some(Value::Null) => "nothing".to_owned(),
        Some(v) => clip(&v.to_string(), 200),
    };
    let at = if path.is_empty() { "the body" } else { path };
    match (expected, got) {
        (Value::Object(e), Value::Object(g)) => {
            let mut keys: Vec<&String> = e.keys().chain(g.keys()).collect();
            keys.sort();
            keys.dedup();
            keys.into_iter().find_map(|key| {
                let inner = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                match (e.get(key), g.get(key)) {
                    (Some(ev), Some(gv)) => diff_at(&inner, ev, gv),
                    (ev, gv) if show(ev) == show(gv) => None,
                    (ev, gv) => Some(format!(
                        "`{inner}`: expected {}, got {}",
                        show(ev),
                        show(gv)
                    )),
                }
            })
        }
        (Value::Array(e), Value::Array(g)) if e.len() == g.len() => e
            .iter()
            .zip(g)
            .enumerate()
            .find_map(|(i, (ev, gv))| diff_at(&format!("{path}[{i}]"), ev, gv)),
        (e, g) if e == g => None,
        (e, g) => Some(format!(
            "`{at}`: expected {}, got {}",
            show(Some(e)),
            show(Some(g))
        )),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn contains_allows_more_and_names_the_first_difference() {
        let sent = json!({"a": 1, "b": {"c": "x"}, "list": [{"k": 1}], "skip": null});
        let got = json!({"a": 1, "b": {"c": "x", "d": 2}, "list": [{"k": 1, "id": "7"}]});
        assert_eq!(json_contains(&sent, &got), Ok(()));

        let got = json!({"a": 1, "b": {"c": "y"}, "list": [{"k": 1}]});
        assert_eq!(
            json_contains(&sent, &got).unwrap_err(),
            "`b.c`: expected \"x\", got \"y\""
        );
        let got = json!({"a": 1, "b": {"c": "x"}, "list": []});
        assert_eq!(
            json_contains(&sent, &got).unwrap_err(),
            "`list`: expected 1 items, got 0: []"
        );
        let got = json!({"b": {"c": "x"}, "list": [{"k": 1}]});
        assert_eq!(
            json_contains(&sent, &got).unwrap_err(),
            "`a`: expected 1, got nothing"
        );
    }

    #[test]
    fn diff_names_missing_extra_and_changed_fields() {
        let expected = json!({"a": 1, "b": [1, 2], "c": null});
        assert_eq!(json_diff(&expected, &json!({"a": 1, "b": [1, 2]})), None);
        assert_eq!(
            json_diff(&expected, &json!({"a": 1, "b": [1, 3]})).unwrap(),
            "`b[1]`: expected 2, got 3"
        );
        assert_eq!(
            json_diff(&expected, &json!({"a": 1, "b": [1, 2], "d": "x"})).unwrap(),
            "`d`: expected nothing, got \"x\""
        );
        assert_eq!(
            json_diff(&expected, &json!({"b": [1, 2]})).unwrap(),
            "`a`: expected 1, got nothing"
        );
    }

    #[test]
    fn clip_cuts_on_characters() {
        assert_eq!(clip("ünïcode", 3), "ünï…");
        assert_eq!(clip("short", 10), "short");
    }

    #[test]
    fn expect_eq_says_expected_and_got() {
        assert_eq!(
            expect_eq("count", 2, 3),
            Err(Failure::Fail("count: expected 2, got 3".into()))
        );
    }
}
