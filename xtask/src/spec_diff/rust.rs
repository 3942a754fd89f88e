//! What a spec change does to the generated Rust API, and so to the version: the rules of the
//! README's table "What a spec change does to the version", which `readme_table` renders and
//! a test keeps the README in step with.
//!
//! The rules follow from the settings of `xtask/src/generate.rs`: progenitor turns each schema
//! into a struct with all fields `pub` and not `#[non_exhaustive]`, each string enum into an
//! exhaustive Rust enum, a constrained string into a validated newtype, each operation into a
//! client method returning a builder with one method per parameter.

use serde::Serialize;

use super::change::Kind;

/// A version bump, in semver's terms; before 1.0 Cargo reads the minor number as the breaking
/// one, which [`super::version`] applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bump {
    /// Nothing in the API changes: a fix or documentation.
    Patch,
    /// Something is added; code that compiled still compiles.
    Minor,
    /// Code that compiled may stop compiling, or behave differently.
    Major,
}

impl Bump {
    /// How the README's table says it.
    pub fn words(self) -> &'static str {
        match self {
            Bump::Patch => "a patch",
            Bump::Minor => "additive",
            Bump::Major => "breaking",
        }
    }
}

/// One row of the README's table.
pub struct Rule {
    /// The spec changes the row covers.
    pub kinds: &'static [Kind],
    /// The change, as the README says it.
    pub spec_change: &'static str,
    /// What it does to the generated code.
    pub generated: &'static str,
    /// The release it needs.
    pub bump: Bump,
    /// Why, when the bump alone does not say it (empty otherwise).
    pub why: &'static str,
}

use Kind::*;

/// The rules, in the README's order.
pub static RULES: &[Rule] = &[
    Rule {
        kinds: &[PropertyAddedOptional],
        spec_change: "an optional field added to a schema",
        generated: "a new `pub` field",
        bump: Bump::Major,
        why: "struct literals and exhaustive patterns stop compiling (`cargo-semver-checks`: `constructible_struct_adds_field`); code that builds values with the builders or `..Default::default()` still compiles, which is why the crates' docs and examples build that way",
    },
    Rule {
        kinds: &[PropertyAddedRequired],
        spec_change: "a required field added",
        generated: "a new field that is not an `Option`; the builder's conversion fails without it",
        bump: Bump::Major,
        why: "",
    },
    Rule {
        kinds: &[
            PropertyRemoved,
            PropertyRequired,
            PropertyOptional,
            TypeChanged,
            FormatAdded,
            FormatRemoved,
            FormatChanged,
            NullableAdded,
            NullableRemoved,
        ],
        spec_change: "a field removed, renamed or retyped (also optional <-> required, nullable or not, a `format`)",
        generated: "the field is gone or has another type",
        bump: Bump::Major,
        why: "",
    },
    Rule {
        kinds: &[EnumValueAdded],
        spec_change: "an enum value added",
        generated: "a new variant of an exhaustive enum",
        bump: Bump::Major,
        why: "a `match` stops compiling; in a response, older versions also fail to read the new value, which is why the specs keep values a vendor extends as plain strings (Ecwid's `b2b_b2c`; `ContactType` is a hand-written enum with an `Unknown` fallback)",
    },
    Rule {
        kinds: &[
            EnumValueRemoved,
            OperationRemoved,
            ParameterRemoved,
            ParameterRequired,
            ParameterAddedRequired,
            RequestBodyRemoved,
            RequestBodyRequired,
            RequestBodyAddedRequired,
        ],
        spec_change: "an enum value removed, an operation, parameter or request body removed, a parameter or body added as or made required",
        generated: "a variant, method or builder method gone, or a builder that fails without a value it did not need",
        bump: Bump::Major,
        why: "",
    },
    Rule {
        kinds: &[
            PatternAdded,
            PatternRemoved,
            PatternChanged,
            ConstraintNarrowed,
            ConstraintWidened,
        ],
        spec_change: "a `pattern`, a length or range bound, an `enum` list or `additionalProperties` added, removed or changed",
        generated: "a constrained string becomes (or stops being) a validated newtype, or its validation changes",
        bump: Bump::Major,
        why: "values that converted before may not, or the type is another",
    },
    Rule {
        kinds: &[DefaultChanged],
        spec_change: "a `default` added, removed or changed",
        generated: "the value a missing field is read as",
        bump: Bump::Major,
        why: "the same input reads differently, as a changed mapping rule does",
    },
    Rule {
        kinds: &[
            SuccessResponseAdded,
            SuccessResponseRemoved,
            MediaTypeAdded,
            MediaTypeRemoved,
        ],
        spec_change: "a success response or a media type added or removed",
        generated: "the method's return type can change",
        bump: Bump::Major,
        why: "",
    },
    Rule {
        kinds: &[SchemaRenamed, OperationIdChanged],
        spec_change: "a schema or an `operationId` renamed, or a schema moved into or out of `components` (the wire unchanged)",
        generated: "the type or the method is renamed (an inline schema's type is named after its place, or is a plain `String`)",
        bump: Bump::Major,
        why: "",
    },
    Rule {
        kinds: &[OperationAdded],
        spec_change: "an operation added",
        generated: "a new client method and builder",
        bump: Bump::Minor,
        why: "",
    },
    Rule {
        kinds: &[
            ParameterAddedOptional,
            ParameterOptional,
            RequestBodyAddedOptional,
            RequestBodyOptional,
        ],
        spec_change: "an optional parameter or request body added, a parameter or body made optional",
        generated: "a new builder method, or one that may now be left out",
        bump: Bump::Minor,
        why: "",
    },
    Rule {
        kinds: &[ErrorResponseAdded, ErrorResponseRemoved],
        spec_change: "an error response added or removed",
        generated: "the method's error cases; its signature stays while the error answers share one schema",
        bump: Bump::Minor,
        why: "",
    },
    Rule {
        kinds: &[Documentation],
        spec_change: "descriptions, summaries, examples only",
        generated: "doc comments",
        bump: Bump::Patch,
        why: "",
    },
];

/// The rule for one kind of change.
pub fn rule(kind: Kind) -> &'static Rule {
    RULES
        .iter()
        .find(|rule| rule.kinds.contains(&kind))
        .expect("every kind has a rule (a test checks it)")
}

/// The README's table "What a spec change does to the version", from [`RULES`].
#[cfg(test)]
pub fn readme_table() -> String {
    let mut table =
        String::from("| spec change | in the generated code | release |\n|---|---|---|\n");
    for rule in RULES {
        let release = if rule.why.is_empty() {
            rule.bump.words().to_string()
        } else {
            format!("{}: {}", rule.bump.words(), rule.why)
        };
        table.push_str(&format!(
            "| {} | {} | {} |\n",
            rule.spec_change, rule.generated, release
        ));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_exactly_one_rule() {
        for kind in Kind::ALL {
            let rules = RULES
                .iter()
                .filter(|rule| rule.kinds.contains(kind))
                .count();
            assert_eq!(rules, 1, "{} is in {rules} rules", kind.id());
        }
    }

    #[test]
    fn the_readme_table_is_the_rules() {
        let readme =
            std::fs::read_to_string(crate::workspace::root().unwrap().join("README.md")).unwrap();
        let table = readme_table();
        assert!(
            readme.contains(&table),
            "README.md's table \"What a spec change does to the version\" differs from \
             xtask/src/spec_diff/rust.rs; it must read:\n{table}"
        );
    }
}
