//! Walk two versions of a spec side by side, from each operation down through its parameters,
//! request body and responses into their schemas (following `$ref`s and merging `allOf`), and
//! record every change with the direction of the use it was found through.
//!
//! A change inside a shared schema is found once per use; [`compare`] keeps one finding per
//! place, kind and direction, with every operation that reaches it.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use serde_json::{Map, Value};

use super::change::{Class, Direction, Kind};
use super::load::{Spec, child};

/// One change, in one direction of use.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Where: a JSON pointer into the new spec (into the old one for something removed), with
    /// `$ref`s followed, so that a change of a shared schema has one place.
    pub pointer: String,
    /// What kind of change.
    pub kind: Kind,
    /// The particulars: a property's name, `string -> integer`, an enum value.
    pub detail: String,
    /// The direction of the use it was found through; `None` for an operation's own change.
    pub direction: Option<Direction>,
    /// What it means on the wire in that direction.
    pub classes: BTreeSet<Class>,
    /// The operations (`GET /customers`) that reach it.
    pub operations: BTreeSet<String>,
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Keywords that only document: a change there changes nothing on the wire.
const DOCUMENTATION: [&str; 5] = ["description", "summary", "title", "example", "examples"];

/// Every change from `old` to `new`, sorted by place.
pub fn compare(old: &Spec, new: &Spec) -> Result<Vec<Finding>> {
    let mut differ = Differ {
        old,
        new,
        findings: BTreeMap::new(),
        operation: String::new(),
        stack: Vec::new(),
    };
    differ.documentation(&old.doc["info"], &new.doc["info"], "/info", None);
    let old_ops = operations(old)?;
    let new_ops = operations(new)?;
    for (key, new_op) in &new_ops {
        differ.operation = format!("{} {}", key.1.to_uppercase(), key.0);
        match old_ops.get(key) {
            None => differ.record(&new_op.pointer, Kind::OperationAdded, "", None),
            Some(old_op) => differ.operation_pair(old_op, new_op)?,
        }
    }
    for (key, old_op) in &old_ops {
        if !new_ops.contains_key(key) {
            differ.operation = format!("{} {}", key.1.to_uppercase(), key.0);
            differ.record(&old_op.pointer, Kind::OperationRemoved, "", None);
        }
    }
    Ok(differ.findings.into_values().collect())
}

/// An operation, and the parameters its path item gives every operation.
struct Operation<'a> {
    pointer: String,
    node: &'a Value,
    path_parameters: &'a Value,
    path_pointer: String,
}

type OperationKey = (String, &'static str);

fn operations(spec: &Spec) -> Result<BTreeMap<OperationKey, Operation<'_>>> {
    let mut found = BTreeMap::new();
    let Some(paths) = spec.doc.get("paths").and_then(Value::as_object) else {
        return Ok(found);
    };
    for (path, item) in paths {
        let (item, item_pointer) = spec.resolve(item, &child("/paths", path))?;
        for method in METHODS {
            if let Some(node) = item.get(method) {
                found.insert(
                    (path.clone(), method),
                    Operation {
                        pointer: child(&item_pointer, method),
                        node,
                        path_parameters: &item["parameters"],
                        path_pointer: item_pointer.clone(),
                    },
                );
            }
        }
    }
    Ok(found)
}

/// A parameter's identity (`in`, `name`) and where it is defined.
type Parameters<'a> = BTreeMap<(String, String), (&'a Value, String)>;

/// An object schema with its `allOf` parts merged: keywords, properties (each with its own
/// pointer) and required names.
#[derive(Default)]
struct Flat {
    keys: Map<String, Value>,
    properties: BTreeMap<String, (Value, String)>,
    required: BTreeSet<String>,
}

struct Differ<'a> {
    old: &'a Spec,
    new: &'a Spec,
    findings: BTreeMap<(String, Kind, String, Option<Direction>), Finding>,
    /// The operation being walked, `GET /customers`.
    operation: String,
    /// The schema pairs being compared, against cycles of references.
    stack: Vec<(String, String, Direction)>,
}

impl Differ<'_> {
    fn record(&mut self, pointer: &str, kind: Kind, detail: &str, direction: Option<Direction>) {
        let key = (format!("#{pointer}"), kind, detail.to_string(), direction);
        let finding = self.findings.entry(key.clone()).or_insert_with(|| Finding {
            pointer: key.0,
            kind,
            detail: key.2,
            direction,
            classes: kind.classes(direction),
            operations: BTreeSet::new(),
        });
        if !self.operation.is_empty() {
            finding.operations.insert(self.operation.clone());
        }
    }

    /// A change of any documenting keyword of one node.
    fn documentation(&mut self, old: &Value, new: &Value, pointer: &str, dir: Option<Direction>) {
        for key in DOCUMENTATION {
            if old.get(key) != new.get(key) {
                self.record(&child(pointer, key), Kind::Documentation, key, dir);
            }
        }
    }

    fn operation_pair(&mut self, old: &Operation, new: &Operation) -> Result<()> {
        self.documentation(old.node, new.node, &new.pointer, None);
        if old.node.get("operationId") != new.node.get("operationId") {
            let name = |op: &Operation| {
                op.node["operationId"]
                    .as_str()
                    .unwrap_or("(none)")
                    .to_string()
            };
            let detail = format!("{} -> {}", name(old), name(new));
            self.record(&new.pointer, Kind::OperationIdChanged, &detail, None);
        }
        let old_params = parameters(self.old, old)?;
        let new_params = parameters(self.new, new)?;
        self.parameters(&old_params, &new_params)?;
        self.request_body(old, new)?;
        self.responses(old, new)
    }

    fn parameters(&mut self, old: &Parameters, new: &Parameters) -> Result<()> {
        let request = Some(Direction::Request);
        for (key, (new_param, new_pointer)) in new {
            let detail = format!("{} `{}`", key.0, key.1);
            let Some((old_param, old_pointer)) = old.get(key) else {
                let kind = if required(new_param) {
                    Kind::ParameterAddedRequired
                } else {
                    Kind::ParameterAddedOptional
                };
                self.record(new_pointer, kind, &detail, request);
                continue;
            };
            self.toggled(
                [required(old_param), required(new_param)],
                new_pointer,
                [Kind::ParameterRequired, Kind::ParameterOptional],
                &detail,
                request,
            );
            self.documentation(old_param, new_param, new_pointer, request);
            self.schema(
                &old_param["schema"],
                &child(old_pointer, "schema"),
                &new_param["schema"],
                &child(new_pointer, "schema"),
                Direction::Request,
            )?;
        }
        for (key, (_, old_pointer)) in old {
            if !new.contains_key(key) {
                let detail = format!("{} `{}`", key.0, key.1);
                self.record(old_pointer, Kind::ParameterRemoved, &detail, request);
            }
        }
        Ok(())
    }

    fn request_body(&mut self, old: &Operation, new: &Operation) -> Result<()> {
        let request = Some(Direction::Request);
        let old_body = old.node.get("requestBody");
        let new_body = new.node.get("requestBody");
        let body_pointer = |op: &Operation| child(&op.pointer, "requestBody");
        match (old_body, new_body) {
            (None, None) => Ok(()),
            (None, Some(body)) => {
                let (body, pointer) = self.new.resolve(body, &body_pointer(new))?;
                let kind = if required(body) {
                    Kind::RequestBodyAddedRequired
                } else {
                    Kind::RequestBodyAddedOptional
                };
                self.record(&pointer, kind, "", request);
                Ok(())
            }
            (Some(body), None) => {
                let (_, pointer) = self.old.resolve(body, &body_pointer(old))?;
                self.record(&pointer, Kind::RequestBodyRemoved, "", request);
                Ok(())
            }
            (Some(old_body), Some(new_body)) => {
                let (old_body, old_pointer) = self.old.resolve(old_body, &body_pointer(old))?;
                let (new_body, new_pointer) = self.new.resolve(new_body, &body_pointer(new))?;
                self.toggled(
                    [required(old_body), required(new_body)],
                    &new_pointer,
                    [Kind::RequestBodyRequired, Kind::RequestBodyOptional],
                    "",
                    request,
                );
                self.documentation(old_body, new_body, &new_pointer, request);
                self.content(
                    old_body,
                    &old_pointer,
                    new_body,
                    &new_pointer,
                    Direction::Request,
                )
            }
        }
    }

    fn responses(&mut self, old: &Operation, new: &Operation) -> Result<()> {
        let direction = Some(Direction::Response);
        let empty = Map::new();
        let codes = |op: &Operation<'_>| -> Map<String, Value> {
            op.node
                .get("responses")
                .and_then(Value::as_object)
                .unwrap_or(&empty)
                .clone()
        };
        let (old_codes, new_codes) = (codes(old), codes(new));
        let success = |code: &str| code.starts_with('2');
        for (code, new_response) in &new_codes {
            let new_pointer = child(&child(&new.pointer, "responses"), code);
            let (new_response, new_pointer) = self.new.resolve(new_response, &new_pointer)?;
            let Some(old_response) = old_codes.get(code) else {
                let kind = if success(code) {
                    Kind::SuccessResponseAdded
                } else {
                    Kind::ErrorResponseAdded
                };
                self.record(&new_pointer, kind, code, direction);
                continue;
            };
            let old_pointer = child(&child(&old.pointer, "responses"), code);
            let (old_response, old_pointer) = self.old.resolve(old_response, &old_pointer)?;
            self.documentation(old_response, new_response, &new_pointer, direction);
            self.content(
                old_response,
                &old_pointer,
                new_response,
                &new_pointer,
                Direction::Response,
            )?;
        }
        for (code, old_response) in &old_codes {
            if !new_codes.contains_key(code) {
                let old_pointer = child(&child(&old.pointer, "responses"), code);
                let (_, old_pointer) = self.old.resolve(old_response, &old_pointer)?;
                let kind = if success(code) {
                    Kind::SuccessResponseRemoved
                } else {
                    Kind::ErrorResponseRemoved
                };
                self.record(&old_pointer, kind, code, direction);
            }
        }
        Ok(())
    }

    /// The media types of a request body or a response, and their schemas.
    fn content(
        &mut self,
        old: &Value,
        old_pointer: &str,
        new: &Value,
        new_pointer: &str,
        dir: Direction,
    ) -> Result<()> {
        let empty = Map::new();
        let old_content = old
            .get("content")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let new_content = new
            .get("content")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let old_pointer = child(old_pointer, "content");
        let new_pointer = child(new_pointer, "content");
        for (media, new_media) in new_content {
            let new_media_pointer = child(&new_pointer, media);
            let Some(old_media) = old_content.get(media) else {
                self.record(&new_media_pointer, Kind::MediaTypeAdded, media, Some(dir));
                continue;
            };
            let old_media_pointer = child(&old_pointer, media);
            self.documentation(old_media, new_media, &new_media_pointer, Some(dir));
            self.schema(
                &old_media["schema"],
                &child(&old_media_pointer, "schema"),
                &new_media["schema"],
                &child(&new_media_pointer, "schema"),
                dir,
            )?;
        }
        for media in old_content.keys() {
            if !new_content.contains_key(media) {
                let pointer = child(&old_pointer, media);
                self.record(&pointer, Kind::MediaTypeRemoved, media, Some(dir));
            }
        }
        Ok(())
    }

    fn schema(
        &mut self,
        old: &Value,
        old_pointer: &str,
        new: &Value,
        new_pointer: &str,
        dir: Direction,
    ) -> Result<()> {
        let (old_node, old_at) = self.old.resolve(old, old_pointer)?;
        let (new_node, new_at) = self.new.resolve(new, new_pointer)?;
        let (old_name, new_name) = (component_name(old), component_name(new));
        if old_name != new_name {
            let name = |name: Option<&str>| name.unwrap_or("inline").to_string();
            let detail = format!("{} -> {}", name(old_name), name(new_name));
            self.record(new_pointer, Kind::SchemaRenamed, &detail, Some(dir));
        }
        let frame = (old_at.clone(), new_at.clone(), dir);
        if self.stack.contains(&frame) {
            return Ok(());
        }
        self.stack.push(frame);
        let result = self.schema_nodes(old_node, &old_at, new_node, &new_at, dir);
        self.stack.pop();
        result
    }

    fn schema_nodes(
        &mut self,
        old_node: &Value,
        old_at: &str,
        new_node: &Value,
        new_at: &str,
        dir: Direction,
    ) -> Result<()> {
        let old = flatten(self.old, old_node, old_at)?;
        let new = flatten(self.new, new_node, new_at)?;
        let d = Some(dir);
        let keyword = |flat: &Flat, key: &str| flat.keys.get(key).cloned();
        let (old_type, new_type) = (keyword(&old, "type"), keyword(&new, "type"));
        if old_type != new_type {
            let detail = format!("{} -> {}", shown(&old_type), shown(&new_type));
            self.record(new_at, Kind::TypeChanged, &detail, d);
            // Nothing below compares meaningfully across types.
            return Ok(());
        }
        self.presence(
            &old,
            &new,
            "format",
            new_at,
            d,
            [Kind::FormatAdded, Kind::FormatRemoved, Kind::FormatChanged],
        );
        self.presence(
            &old,
            &new,
            "pattern",
            new_at,
            d,
            [
                Kind::PatternAdded,
                Kind::PatternRemoved,
                Kind::PatternChanged,
            ],
        );
        let nullable = |flat: &Flat| flat.keys.get("nullable") == Some(&Value::Bool(true));
        self.toggled(
            [nullable(&old), nullable(&new)],
            new_at,
            [Kind::NullableAdded, Kind::NullableRemoved],
            "",
            d,
        );
        if keyword(&old, "default") != keyword(&new, "default") {
            let detail = format!(
                "{} -> {}",
                shown(&keyword(&old, "default")),
                shown(&keyword(&new, "default"))
            );
            self.record(new_at, Kind::DefaultChanged, &detail, d);
        }
        self.enumeration(&old, &new, new_at, d);
        self.bounds(&old, &new, new_at, d);
        self.documentation(
            &Value::Object(old.keys.clone()),
            &Value::Object(new.keys.clone()),
            new_at,
            d,
        );
        self.properties(&old, &new, dir)?;
        for key in ["items", "additionalProperties"] {
            let (Some(old_sub), Some(new_sub)) = (old.keys.get(key), new.keys.get(key)) else {
                continue;
            };
            if old_sub.is_object() && new_sub.is_object() {
                self.schema(
                    old_sub,
                    &child(old_at, key),
                    new_sub,
                    &child(new_at, key),
                    dir,
                )?;
            }
        }
        for key in ["oneOf", "anyOf"] {
            let empty = Vec::new();
            let old_parts = old
                .keys
                .get(key)
                .and_then(Value::as_array)
                .unwrap_or(&empty);
            let new_parts = new
                .keys
                .get(key)
                .and_then(Value::as_array)
                .unwrap_or(&empty);
            if old_parts.len() != new_parts.len() {
                let detail = format!("{key} of {} -> {}", old_parts.len(), new_parts.len());
                self.record(new_at, Kind::TypeChanged, &detail, d);
                continue;
            }
            for (i, (old_part, new_part)) in old_parts.iter().zip(new_parts).enumerate() {
                let old_part_at = child(&child(old_at, key), &i.to_string());
                let new_part_at = child(&child(new_at, key), &i.to_string());
                self.schema(old_part, &old_part_at, new_part, &new_part_at, dir)?;
            }
        }
        Ok(())
    }

    /// A flag (`required`, `nullable`) turned on (`on`) or off (`off`) between `before` and
    /// `after`.
    fn toggled(
        &mut self,
        [before, after]: [bool; 2],
        at: &str,
        [on, off]: [Kind; 2],
        detail: &str,
        dir: Option<Direction>,
    ) {
        match (before, after) {
            (false, true) => self.record(at, on, detail, dir),
            (true, false) => self.record(at, off, detail, dir),
            _ => {}
        }
    }

    /// A keyword that either constrains or not (`format`, `pattern`): added, removed, changed.
    fn presence(
        &mut self,
        old: &Flat,
        new: &Flat,
        key: &str,
        at: &str,
        dir: Option<Direction>,
        [added, removed, changed]: [Kind; 3],
    ) {
        let (before, after) = (old.keys.get(key), new.keys.get(key));
        let kind = match (before, after) {
            (None, Some(_)) => added,
            (Some(_), None) => removed,
            (Some(a), Some(b)) if a != b => changed,
            _ => return,
        };
        let detail = format!("{} -> {}", shown(&before.cloned()), shown(&after.cloned()));
        self.record(at, kind, &detail, dir);
    }

    fn enumeration(&mut self, old: &Flat, new: &Flat, at: &str, dir: Option<Direction>) {
        let values = |flat: &Flat| -> Option<Vec<Value>> {
            flat.keys.get("enum").and_then(Value::as_array).cloned()
        };
        match (values(old), values(new)) {
            (None, Some(_)) => self.record(at, Kind::ConstraintNarrowed, "enum", dir),
            (Some(_), None) => self.record(at, Kind::ConstraintWidened, "enum", dir),
            (Some(before), Some(after)) => {
                for value in after.iter().filter(|value| !before.contains(value)) {
                    self.record(at, Kind::EnumValueAdded, &value.to_string(), dir);
                }
                for value in before.iter().filter(|value| !after.contains(value)) {
                    self.record(at, Kind::EnumValueRemoved, &value.to_string(), dir);
                }
            }
            (None, None) => {}
        }
    }

    /// Upper and lower bounds, and the boolean keywords that narrow when set.
    fn bounds(&mut self, old: &Flat, new: &Flat, at: &str, dir: Option<Direction>) {
        let number = |flat: &Flat, key: &str| flat.keys.get(key).and_then(Value::as_f64);
        for (key, upper) in [
            ("maxLength", true),
            ("maximum", true),
            ("maxItems", true),
            ("maxProperties", true),
            ("minLength", false),
            ("minimum", false),
            ("minItems", false),
            ("minProperties", false),
        ] {
            let narrowed = match (number(old, key), number(new, key)) {
                (None, Some(_)) => true,
                (Some(_), None) => false,
                (Some(a), Some(b)) if a != b => (b < a) == upper,
                _ => continue,
            };
            self.bound(key, narrowed, old, new, at, dir);
        }
        let flag = |flat: &Flat, key: &str| flat.keys.get(key) == Some(&Value::Bool(true));
        for key in ["exclusiveMaximum", "exclusiveMinimum", "uniqueItems"] {
            if flag(old, key) != flag(new, key) {
                self.bound(key, flag(new, key), old, new, at, dir);
            }
        }
        // `additionalProperties: false` refuses what any other value lets through.
        let closed =
            |flat: &Flat| flat.keys.get("additionalProperties") == Some(&Value::Bool(false));
        if closed(old) != closed(new) {
            self.bound("additionalProperties", closed(new), old, new, at, dir);
        }
    }

    fn bound(
        &mut self,
        key: &str,
        narrowed: bool,
        old: &Flat,
        new: &Flat,
        at: &str,
        dir: Option<Direction>,
    ) {
        let kind = if narrowed {
            Kind::ConstraintNarrowed
        } else {
            Kind::ConstraintWidened
        };
        let detail = format!(
            "{key}: {} -> {}",
            shown(&old.keys.get(key).cloned()),
            shown(&new.keys.get(key).cloned())
        );
        self.record(at, kind, &detail, dir);
    }

    fn properties(&mut self, old: &Flat, new: &Flat, dir: Direction) -> Result<()> {
        let d = Some(dir);
        // A read-only property never travels in a request, a write-only one in a response.
        let travels = |node: &Value| {
            let hidden = match dir {
                Direction::Request => "readOnly",
                Direction::Response => "writeOnly",
            };
            node.get(hidden) != Some(&Value::Bool(true))
        };
        let added = |name: &String| {
            if new.required.contains(name) {
                Kind::PropertyAddedRequired
            } else {
                Kind::PropertyAddedOptional
            }
        };
        for (name, (new_node, new_at)) in &new.properties {
            let Some((old_node, old_at)) = old.properties.get(name) else {
                if travels(new_node) {
                    self.record(new_at, added(name), name, d);
                }
                continue;
            };
            // Made (or no longer) read-only or write-only: it stops (or starts) travelling
            // this way, as if removed (or added).
            match (travels(old_node), travels(new_node)) {
                (false, false) => continue,
                (true, false) => {
                    self.record(new_at, Kind::PropertyRemoved, name, d);
                    continue;
                }
                (false, true) => {
                    self.record(new_at, added(name), name, d);
                    continue;
                }
                (true, true) => {}
            }
            self.toggled(
                [old.required.contains(name), new.required.contains(name)],
                new_at,
                [Kind::PropertyRequired, Kind::PropertyOptional],
                name,
                d,
            );
            self.schema(old_node, old_at, new_node, new_at, dir)?;
        }
        for (name, (old_node, old_at)) in &old.properties {
            if !new.properties.contains_key(name) && travels(old_node) {
                self.record(old_at, Kind::PropertyRemoved, name, d);
            }
        }
        Ok(())
    }
}

/// The parameters of an operation: its path item's, overridden by its own (same `in` and `name`).
fn parameters<'a>(spec: &'a Spec, op: &Operation<'a>) -> Result<Parameters<'a>> {
    let mut found = Parameters::new();
    let lists = [
        (op.path_parameters, child(&op.path_pointer, "parameters")),
        (&op.node["parameters"], child(&op.pointer, "parameters")),
    ];
    for (list, pointer) in lists {
        for (i, param) in list.as_array().into_iter().flatten().enumerate() {
            let (param, at) = spec.resolve(param, &child(&pointer, &i.to_string()))?;
            let field = |key: &str| param[key].as_str().unwrap_or_default().to_string();
            found.insert((field("in"), field("name")), (param, at));
        }
    }
    Ok(found)
}

fn required(node: &Value) -> bool {
    node.get("required") == Some(&Value::Bool(true))
}

/// The component a schema names, and so the generated Rust type it is: `Customer` for a `$ref`
/// to `#/components/schemas/Customer`, alone or as the one part of an `allOf` (how a property
/// with its own description refers to a component); `None` for an inline schema.
fn component_name(node: &Value) -> Option<&str> {
    let reference = match node.get("allOf").and_then(Value::as_array) {
        Some(parts) if parts.len() == 1 => &parts[0],
        _ => node,
    };
    reference
        .get("$ref")?
        .as_str()?
        .strip_prefix("#/components/schemas/")
}

/// A keyword's value for a report: `none` when absent.
fn shown(value: &Option<Value>) -> String {
    match value {
        None => "none".to_string(),
        Some(Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
    }
}

/// Merge an object schema's `allOf` parts (each resolved) into one view, the schema's own
/// keywords last.
fn flatten(spec: &Spec, node: &Value, pointer: &str) -> Result<Flat> {
    let mut flat = Flat::default();
    if let Some(parts) = node.get("allOf").and_then(Value::as_array) {
        for (i, part) in parts.iter().enumerate() {
            let part_pointer = child(&child(pointer, "allOf"), &i.to_string());
            let (part, part_pointer) = spec.resolve(part, &part_pointer)?;
            let inner = flatten(spec, part, &part_pointer)?;
            flat.keys.extend(inner.keys);
            flat.properties.extend(inner.properties);
            flat.required.extend(inner.required);
        }
    }
    let Some(object) = node.as_object() else {
        return Ok(flat);
    };
    for (key, value) in object {
        match key.as_str() {
            "allOf" => {}
            "properties" => {
                for (name, property) in value.as_object().into_iter().flatten() {
                    let at = child(&child(pointer, "properties"), name);
                    flat.properties.insert(name.clone(), (property.clone(), at));
                }
            }
            "required" => {
                let names = value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str);
                flat.required.extend(names.map(String::from));
            }
            _ => {
                flat.keys.insert(key.clone(), value.clone());
            }
        }
    }
    Ok(flat)
}
