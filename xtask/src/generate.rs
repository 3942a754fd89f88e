//! `cargo xtask generate [--check]`: specs -> progenitor -> prettyplease -> `generated.rs`.
//!
//! Every setting that shapes the generated code lives in [`clients`], each with the reason.

use std::fs;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};
use schemars::schema::{InstanceType, SchemaObject};
use similar::TextDiff;

/// One generated client: which spec, which output file, which settings.
pub struct ClientSpec {
    /// Spec path relative to the workspace root.
    pub spec: &'static str,
    /// Output path relative to the workspace root.
    pub output: &'static str,
    settings: fn() -> GenerationSettings,
}

/// The generated clients and the settings that shape them.
pub fn clients() -> [ClientSpec; 2] {
    [
        ClientSpec {
            spec: "specs/ecwid/customers.yaml",
            output: "crates/ecwid-client/src/generated.rs",
            settings: || {
                let mut settings = common_settings();
                // Ecwid adds contact types over time; the spec keeps `ContactType` a plain string
                // and the crate supplies an enum with an `Unknown(String)` fallback so a new value
                // never fails deserialization.
                settings.with_replacement(
                    "ContactType",
                    "crate::ContactType",
                    [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
                );
                // Passwords are secrets: the crate's type redacts them in `Debug`.
                settings.with_replacement("Password", "crate::Password", std::iter::empty());
                // Retries, rate-limit waits, statistics and tracing live in the crate's
                // hand-written `impl ClientHooks<Retrier> for Client` (its `exec` hook), so every
                // generated operation gets them. The hook needs per-client state (the retry policy
                // and the shared counters), which progenitor carries as the client's `inner` value.
                settings.with_inner_type(
                    "crate::Retrier"
                        .parse()
                        .expect("a Rust path is a valid token stream"),
                );
                // No default hooks: a missing hand-written impl is a compile error rather than a
                // client that silently sends every request once.
                settings.with_hooks(HooksMode::Expected);
                settings
            },
        },
        ClientSpec {
            spec: "specs/ecartapi/customers.yaml",
            output: "crates/ecartapi-client/src/generated.rs",
            settings: || {
                let mut settings = common_settings();
                // Canonical dates carry their offset (`2014-06-06T18:57:19+04:00`); typify's
                // default `DateTime<Utc>` would silently rewrite them to `Z`.
                settings.with_conversion(
                    SchemaObject {
                        instance_type: Some(InstanceType::String.into()),
                        format: Some("date-time".to_owned()),
                        ..SchemaObject::default()
                    },
                    "::chrono::DateTime<::chrono::FixedOffset>",
                    [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
                );
                settings
            },
        },
    ]
}

fn common_settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        // Search has ~30 optional filters: builders read far better than positional arguments.
        .with_interface(InterfaceStyle::Builder)
        // One tag per spec: merged keeps every method on `Client`.
        .with_tag(TagStyle::Merged)
        // Tests and the mapping compare values; `f64` money rules out `Eq`.
        .with_derive("PartialEq")
        // Deterministic field order for free-form objects.
        .with_map_type("::std::collections::BTreeMap");
    settings
}

/// Generate the source text of one client from its spec file.
pub fn render(root: &Path, client: &ClientSpec) -> Result<String> {
    let text = fs::read_to_string(root.join(client.spec))
        .with_context(|| format!("reading {}", client.spec))?;
    render_spec(&text, client)
}

/// Generate the source text of one client from spec text.
pub fn render_spec(spec_text: &str, client: &ClientSpec) -> Result<String> {
    let spec: openapiv3::OpenAPI =
        serde_yaml::from_str(spec_text).with_context(|| format!("parsing {}", client.spec))?;
    let mut generator = Generator::new(&(client.settings)());
    let tokens = generator
        .generate_tokens(&spec)
        .map_err(|err| anyhow::anyhow!("progenitor failed on {}: {err}", client.spec))?;
    let file: syn::File = syn::parse2(tokens).context("progenitor produced unparsable Rust")?;
    Ok(format!(
        "// Generated from {} by cargo xtask generate. Do not edit.\n// Regenerate with `cargo xtask generate`; CI runs `cargo xtask generate --check`.\n\n{}",
        client.spec,
        prettyplease::unparse(&file)
    ))
}

/// A unified diff from `current` to `fresh`, or `None` when they are equal.
pub fn staleness(path: &str, current: &str, fresh: &str) -> Option<String> {
    (current != fresh).then(|| {
        TextDiff::from_lines(current, fresh)
            .unified_diff()
            .context_radius(3)
            .header(
                &format!("{path} (checked in)"),
                &format!("{path} (regenerated)"),
            )
            .to_string()
    })
}

/// Entry point: returns `Ok(false)` when `--check` found stale files.
pub fn run(root: &Path, check: bool) -> Result<bool> {
    let mut fresh_everywhere = true;
    for client in clients() {
        let started = Instant::now();
        let fresh = render(root, &client)?;
        let elapsed = started.elapsed();
        let output = root.join(client.output);
        if check {
            let current = fs::read_to_string(&output).unwrap_or_default();
            match staleness(client.output, &current, &fresh) {
                Some(diff) => {
                    fresh_everywhere = false;
                    eprintln!(
                        "{} is stale: run `cargo xtask generate` and commit the result.\n{diff}",
                        client.output
                    );
                }
                None => eprintln!("{} is up to date with {}", client.output, client.spec),
            }
        } else {
            fs::write(&output, &fresh).with_context(|| format!("writing {}", client.output))?;
            eprintln!(
                "wrote {} from {} in {:.0} ms",
                client.output,
                client.spec,
                elapsed.as_secs_f64() * 1e3
            );
        }
    }
    Ok(fresh_everywhere)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> std::path::PathBuf {
        crate::workspace::root().unwrap()
    }

    #[test]
    fn checked_in_clients_match_their_specs() {
        for client in clients() {
            let fresh = render(&root(), &client).unwrap();
            let current = fs::read_to_string(root().join(client.output)).unwrap();
            assert!(
                staleness(client.output, &current, &fresh).is_none(),
                "{} is stale: run `cargo xtask generate`",
                client.output
            );
        }
    }

    #[test]
    fn generation_is_deterministic() {
        for client in clients() {
            assert_eq!(
                render(&root(), &client).unwrap(),
                render(&root(), &client).unwrap()
            );
        }
    }

    #[test]
    fn an_edited_generated_file_is_reported_with_a_diff() {
        let [client, _] = clients();
        let fresh = render(&root(), &client).unwrap();
        let edited = fresh.replacen(
            "pub struct Customer {",
            "pub struct Customer { // edited",
            1,
        );
        assert_ne!(edited, fresh, "the edit must land in the file");
        let diff = staleness(client.output, &edited, &fresh).expect("stale");
        assert!(
            diff.contains("\n-    pub struct Customer { // edited\n"),
            "{diff}"
        );
        assert!(diff.contains("\n+    pub struct Customer {\n"), "{diff}");
        assert!(diff.starts_with("--- crates/ecwid-client/src/generated.rs (checked in)"));
    }

    #[test]
    fn a_renamed_operation_without_regeneration_is_stale() {
        let [client, _] = clients();
        let spec = fs::read_to_string(root().join(client.spec)).unwrap();
        let renamed = spec.replace("operationId: getCustomer", "operationId: fetchCustomer");
        assert_ne!(renamed, spec);
        let current = fs::read_to_string(root().join(client.output)).unwrap();
        let fresh = render_spec(&renamed, &client).unwrap();
        let diff = staleness(client.output, &current, &fresh).expect("stale");
        assert!(diff.contains("+    pub fn fetch_customer("), "{diff}");
        assert!(diff.contains("-    pub fn get_customer("), "{diff}");
    }
}
