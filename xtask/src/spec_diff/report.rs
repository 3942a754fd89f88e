//! The report: each spec's changes grouped by place, and what they ask of each crate's version.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::change::{Class, Direction};
use super::rust::{self, Bump, Rule};
use super::walk::Finding;

/// Everything `spec-diff` found.
#[derive(Serialize)]
pub struct Report {
    /// What the specs were compared with: a git revision, or the old file.
    pub base: String,
    /// One entry per compared spec.
    pub specs: Vec<SpecReport>,
    /// The workspace's version and the one the changes need, when run in the workspace.
    pub workspace: Option<WorkspaceVersion>,
}

/// One spec's changes and its crate's bump.
#[derive(Serialize)]
pub struct SpecReport {
    /// The spec's path (or the new file).
    pub spec: String,
    /// Where the old and the new text came from.
    pub old: String,
    /// Where the new text came from.
    pub new: String,
    /// Every change, one per place and kind, with each direction it is used in.
    pub changes: Vec<Change>,
    /// The generated crate and the bump the changes need, when the spec has a crate.
    pub rust: Option<CrateBump>,
}

impl SpecReport {
    /// Whether anything changed: the spec, or the generated API it gives its crate.
    pub fn changed(&self) -> bool {
        let generated = self.rust.as_ref().and_then(|rust| rust.generated.as_ref());
        !self.changes.is_empty() || generated.is_some_and(|api| !api.changes.is_empty())
    }
}

/// One change at one place, and each use it was found through.
#[derive(Serialize)]
pub struct Change {
    /// JSON pointer, `#/components/schemas/Customer/properties/email`.
    pub pointer: String,
    /// `property-added-optional`, ...
    pub kind: &'static str,
    /// The particulars.
    pub detail: String,
    /// One per direction of use (one entry with no direction for an operation's own change).
    pub uses: Vec<Use>,
    /// The bump this change needs in the generated Rust API, and why.
    pub rust: Bump,
    /// What the change does to the generated code.
    pub rust_effect: &'static str,
    /// The README table's row for it.
    #[serde(skip)]
    pub rule: &'static Rule,
}

impl Change {
    /// Whether it is used in requests and in responses.
    pub fn both_directions(&self) -> bool {
        let directions: BTreeSet<_> = self.uses.iter().filter_map(|u| u.direction).collect();
        directions.len() == 2
    }

    /// Every class over its uses.
    pub fn classes(&self) -> BTreeSet<Class> {
        self.uses
            .iter()
            .flat_map(|u| u.classes.iter().copied())
            .collect()
    }
}

/// What a change means in one direction of use.
#[derive(Serialize)]
pub struct Use {
    /// `request`, `response`, or none for an operation's own change.
    pub direction: Option<Direction>,
    /// What it means on the wire there.
    pub classes: BTreeSet<Class>,
    /// The operations that reach it this way.
    pub operations: BTreeSet<String>,
}

/// A generated client crate's bump.
#[derive(Serialize)]
pub struct CrateBump {
    /// `ecwid-client`.
    #[serde(rename = "crate")]
    pub krate: String,
    /// The largest bump any change needs.
    pub bump: Bump,
    /// Why: the largest rule's effect on the generated code and the changes it covers.
    pub reasons: Vec<String>,
    /// The generated public API at the base against the one checked in now.
    pub generated: Option<GeneratedApi>,
    /// `cargo semver-checks`'s verdict, when it ran.
    pub semver_checks: Option<String>,
    /// The workspace crates built on this crate's types.
    pub dependents: Vec<String>,
}

/// What changed in the generated public API, item by item.
#[derive(Serialize)]
pub struct GeneratedApi {
    /// The bump those changes need.
    pub bump: Bump,
    /// One line per added, removed or changed item.
    pub changes: Vec<String>,
    /// Whether the checked-in generated files differ from what the spec generates now (run
    /// `cargo xtask generate`); the comparison reads the checked-in files when there are any.
    pub stale: bool,
}

/// The workspace's version and the smallest the changes allow.
#[derive(Serialize)]
pub struct WorkspaceVersion {
    /// `[workspace.package] version` now.
    pub current: String,
    /// The version at the base, when the base has one.
    pub base: Option<String>,
    /// The largest bump over the crates.
    pub bump: Bump,
    /// The smallest version the changes allow after the base's.
    pub required: Option<String>,
}

/// Group findings by place, kind and detail, each with its uses.
pub fn group(findings: Vec<Finding>) -> Vec<Change> {
    let mut groups: BTreeMap<(String, &'static str, String), Change> = BTreeMap::new();
    for finding in findings {
        let rule = rust::rule(finding.kind);
        let key = (
            finding.pointer.clone(),
            finding.kind.id(),
            finding.detail.clone(),
        );
        let change = groups.entry(key).or_insert_with(|| Change {
            pointer: finding.pointer,
            kind: finding.kind.id(),
            detail: finding.detail,
            uses: Vec::new(),
            rust: rule.bump,
            rust_effect: rule.generated,
            rule,
        });
        change.uses.push(Use {
            direction: finding.direction,
            classes: finding.classes,
            operations: finding.operations,
        });
    }
    groups.into_values().collect()
}

/// The bump a crate needs for `changes` alone (before `cargo semver-checks`), with the reasons:
/// each rule of the README's table that asks for that bump, and the changes it covers.
pub fn crate_bump(changes: &[Change]) -> (Bump, Vec<String>) {
    let Some(bump) = changes.iter().map(|c| c.rust).max() else {
        return (Bump::Patch, vec!["no change to the spec".to_string()]);
    };
    let mut reasons = Vec::new();
    for rule in rust::RULES.iter().filter(|rule| rule.bump == bump) {
        let places: Vec<_> = changes
            .iter()
            .filter(|c| std::ptr::eq(c.rule, rule))
            .map(place)
            .collect();
        if places.is_empty() {
            continue;
        }
        let why = if rule.why.is_empty() {
            String::new()
        } else {
            format!(" ({})", rule.why)
        };
        reasons.push(format!(
            "{}: {}{why}: {}",
            rule.spec_change,
            rule.generated,
            places.join(", ")
        ));
    }
    (bump, reasons)
}

/// A change's place and particulars, as one short phrase: `Customer.email`,
/// `parameter Limit` (query `limit`).
pub fn place(change: &Change) -> String {
    match particulars(change) {
        Some(detail) => format!("`{}` ({detail})", short_place(&change.pointer)),
        None => format!("`{}`", short_place(&change.pointer)),
    }
}

/// A change's particulars, unless its place already says them (a property's name).
pub fn particulars(change: &Change) -> Option<&str> {
    let said = change.detail.is_empty() || change.kind.starts_with("property-");
    (!said).then_some(change.detail.as_str())
}

/// A change's place as a reader names it: `Customer.contacts[].type` for a schema's property,
/// `parameter Limit`, `GET /customers` for anything of an operation; the pointer otherwise.
pub fn short_place(pointer: &str) -> String {
    let segments: Vec<String> = pointer
        .trim_start_matches("#/")
        .split('/')
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    match segments
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["components", "schemas", name, rest @ ..] => {
            let mut place = name.to_string();
            let mut rest = rest.iter();
            while let Some(segment) = rest.next() {
                match *segment {
                    "properties" => {
                        if let Some(property) = rest.next() {
                            place.push('.');
                            place.push_str(property);
                        }
                    }
                    "items" => place.push_str("[]"),
                    "allOf" | "oneOf" | "anyOf" => {
                        rest.next();
                    }
                    _ => {}
                }
            }
            place
        }
        ["components", "parameters", name, ..] => format!("parameter {name}"),
        ["paths", path, method, ..] => format!("{} {path}", method.to_uppercase()),
        _ => pointer.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_named_as_a_reader_names_it() {
        let schema =
            "#/components/schemas/Customer/allOf/1/properties/contacts/items/properties/type";
        assert_eq!(short_place(schema), "Customer.contacts[].type");
        assert_eq!(
            short_place("#/components/parameters/Limit/schema"),
            "parameter Limit"
        );
        assert_eq!(
            short_place("#/paths/~1{storeId}~1customers/get/parameters/0"),
            "GET /{storeId}/customers"
        );
        assert_eq!(short_place("#/info/description"), "#/info/description");
    }
}
