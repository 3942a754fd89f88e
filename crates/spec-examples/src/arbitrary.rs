//! Random JSON documents that follow a schema of a spec: the input of the "JSON -> typed -> JSON
//! keeps every field" properties, so a field added to a spec is covered without touching a test.

use chrono::{DateTime, FixedOffset, TimeZone};
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Which values the generator draws.
#[derive(Clone, Copy, Debug, Default)]
pub struct JsonOptions {
    /// Also draw `null` for properties the schema marks `nullable: true`.
    pub nulls: bool,
}

/// A strategy for JSON values valid against `schema` (a schema object of `doc`, `$ref`s
/// followed). Every property is present or absent at random; strings mix realistic text,
/// whitespace, empty strings and arbitrary unicode; integers and numbers respect
/// `minimum`/`maximum`; `date-time` strings are RFC 3339 with offsets other than `Z`.
///
/// `allOf` with one member is that member (how the specs put a description on a `$ref`); with
/// several, every member must be an object schema, and the value is one object with the
/// properties of all of them (how the Ecwid spec builds a response type from its write type).
///
/// # Panics
/// On a schema construct the generator does not know (`oneOf`, an `allOf` member that is not an
/// object...), so that a spec change that needs it is noticed.
pub fn json_for(doc: &Value, schema: &Value, options: JsonOptions) -> BoxedStrategy<Value> {
    let value = value_for(doc, schema, options);
    let nullable = schema.get("nullable") == Some(&Value::Bool(true));
    if nullable && options.nulls {
        prop_oneof![4 => value, 1 => Just(Value::Null)].boxed()
    } else {
        value
    }
}

fn value_for(doc: &Value, schema: &Value, options: JsonOptions) -> BoxedStrategy<Value> {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let target = doc
            .pointer(reference.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("unresolved $ref {reference}"));
        return json_for(doc, target, options);
    }
    if let Some(all_of) = schema.get("allOf").and_then(Value::as_array) {
        if let [only] = all_of.as_slice() {
            return json_for(doc, only, options);
        }
        return object(doc, &merged_object(doc, all_of), options);
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        return proptest::sample::select(values.clone()).boxed();
    }
    let bound = |key| schema.get(key).and_then(Value::as_i64);
    match schema.get("type").and_then(Value::as_str) {
        Some("object") => object(doc, schema, options),
        Some("array") => {
            let items = json_for(doc, &schema["items"], options);
            proptest::collection::vec(items, 0..4)
                .prop_map(Value::Array)
                .boxed()
        }
        Some("string") if schema.get("format") == Some(&Value::from("date-time")) => date_time()
            .prop_map(|d| serde_json::to_value(d).expect("a date serializes"))
            .boxed(),
        Some("string") => text().prop_map(Value::String).boxed(),
        Some("integer") => {
            let low = bound("minimum").unwrap_or(i64::MIN);
            let high = bound("maximum").unwrap_or(i64::MAX);
            prop_oneof![low..=high, Just(low), Just(high)]
                .prop_map(Value::from)
                .boxed()
        }
        Some("number") => prop_oneof![
            any::<f64>().prop_filter("JSON has no NaN or infinity", |f| f.is_finite()),
            (0u32..100_000).prop_map(|cents| f64::from(cents) / 100.0),
        ]
        .prop_map(Value::from)
        .boxed(),
        Some("boolean") => any::<bool>().prop_map(Value::Bool).boxed(),
        other => panic!("schema type {other:?} is not generated: {schema}"),
    }
}

fn object(doc: &Value, schema: &Value, options: JsonOptions) -> BoxedStrategy<Value> {
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let properties: Vec<BoxedStrategy<Option<(String, Value)>>> = schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, property)| {
            let name = name.clone();
            let value = json_for(doc, property, options);
            if required.contains(&name.as_str()) {
                value.prop_map(move |v| Some((name.clone(), v))).boxed()
            } else {
                proptest::option::of(value.prop_map(move |v| (name.clone(), v))).boxed()
            }
        })
        .collect();
    if properties.is_empty() && schema.get("additionalProperties") == Some(&Value::Bool(true)) {
        return proptest::collection::btree_map("[a-z]{1,8}", text().prop_map(Value::String), 0..3)
            .prop_map(|map| Value::Object(map.into_iter().collect()))
            .boxed();
    }
    properties
        .prop_map(|fields| Value::Object(fields.into_iter().flatten().collect::<Map<_, _>>()))
        .boxed()
}

/// The object schema `allOf: members` stands for: the union of the members' `properties` and
/// `required` names, members' `$ref`s and nested `allOf`s followed.
fn merged_object(doc: &Value, members: &[Value]) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for member in members {
        let mut member = member;
        while let Some(reference) = member.get("$ref").and_then(Value::as_str) {
            member = doc
                .pointer(reference.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("unresolved $ref {reference}"));
        }
        let merged;
        let member = match member.get("allOf").and_then(Value::as_array) {
            Some(nested) => {
                merged = merged_object(doc, nested);
                &merged
            }
            None => member,
        };
        assert_eq!(
            member.get("type").and_then(Value::as_str),
            Some("object"),
            "an allOf member that is not an object is not generated: {member}"
        );
        if let Some(Value::Object(more)) = member.get("properties") {
            properties.extend(more.clone());
        }
        if let Some(Value::Array(names)) = member.get("required") {
            required.extend(names.iter().cloned());
        }
    }
    serde_json::json!({"type": "object", "properties": properties, "required": required})
}

/// Realistic and nasty text: words, blanks, empty strings, arbitrary unicode, line breaks.
pub fn text() -> BoxedStrategy<String> {
    prop_oneof![
        3 => "[A-Za-z][a-z]{0,8}( [A-Z][a-z]{0,8}){0,2}",
        1 => Just(String::new()),
        1 => "[ \t\n\u{a0}\u{3000}]{1,3}",
        2 => ".{0,12}",
        1 => "[^\n]{1,8}\n.{0,8}",
    ]
    .boxed()
}

/// Instants with whole seconds (Ecwid's dates have no fraction) in offsets of whole minutes
/// between -12:00 and +14:00, from 1990 to 2100.
pub fn date_time() -> BoxedStrategy<DateTime<FixedOffset>> {
    (631_152_000i64..4_102_444_800, -(12 * 4)..=(14 * 4))
        .prop_map(|(seconds, quarter_hours)| {
            let offset = FixedOffset::east_opt(quarter_hours * 15 * 60).expect("within a day");
            offset
                .timestamp_opt(seconds, 0)
                .single()
                .expect("a fixed offset has one local time per instant")
        })
        .boxed()
}
