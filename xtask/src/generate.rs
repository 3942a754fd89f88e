//! `cargo xtask generate [--check]`: specs -> progenitor -> prettyplease -> three files per client
//! crate, `src/generated/types.rs` (the request and response types),
//! `src/generated/client.rs` (the HTTP client and its builders) and `src/generated/mod.rs` (the
//! module that holds them, with the lint settings generated code needs, so the crate's `lib.rs`
//! only declares it).
//!
//! The two are apart so that a crate can compile its types without an HTTP stack: the client
//! crates gate the second file behind their `client` feature, and `ecwid-mapping` uses the types
//! alone. progenitor emits one token stream; [`split`] takes its `types` module out.
//!
//! Every setting that shapes the generated code lives in [`clients`], each with the reason.

use std::fs;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};
use schemars::schema::{InstanceType, SchemaObject};
use similar::TextDiff;

/// One generated client: which spec, which crate, which settings.
pub struct ClientSpec {
    /// Spec path relative to the workspace root.
    pub spec: &'static str,
    /// The crate's directory relative to the workspace root; the files go to its
    /// `src/generated/`.
    pub krate: &'static str,
    settings: fn() -> GenerationSettings,
}

impl ClientSpec {
    /// The generated types, relative to the workspace root.
    pub fn types_output(&self) -> String {
        format!("{}/src/generated/types.rs", self.krate)
    }

    /// The generated HTTP client, relative to the workspace root.
    pub fn client_output(&self) -> String {
        format!("{}/src/generated/client.rs", self.krate)
    }

    /// The module holding both, relative to the workspace root.
    pub fn module_output(&self) -> String {
        format!("{}/src/generated/mod.rs", self.krate)
    }

    /// Where the one-file layout wrote everything; it must not linger (nothing compiles it).
    pub fn legacy_output(&self) -> String {
        format!("{}/src/generated.rs", self.krate)
    }
}

/// The three files generated from one spec.
pub struct Rendered {
    /// `src/generated/types.rs`.
    pub types: String,
    /// `src/generated/client.rs`.
    pub client: String,
    /// `src/generated/mod.rs`.
    pub module: String,
}

impl Rendered {
    /// Each file with where it goes, relative to the workspace root.
    pub fn outputs(&self, client: &ClientSpec) -> [(String, &str); 3] {
        [
            (client.types_output(), &self.types),
            (client.client_output(), &self.client),
            (client.module_output(), &self.module),
        ]
    }
}

/// The generated clients and the settings that shape them.
pub fn clients() -> [ClientSpec; 2] {
    [
        ClientSpec {
            spec: "specs/ecwid/customers.yaml",
            krate: "crates/ecwid-client",
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
                // hand-written request hook (`impl ClientHooks<RequestHook> for Client`).
                request_hook(&mut settings);
                settings
            },
        },
        ClientSpec {
            spec: "specs/ecartapi/customers.yaml",
            krate: "crates/ecartapi-client",
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
                // Retries and tracing, as for Ecwid.
                request_hook(&mut settings);
                settings
            },
        },
    ]
}

/// Every generated operation goes through the crate's hand-written
/// `impl ClientHooks<RequestHook> for Client` (its `exec` hook), which applies the crate's retry
/// policy. The hook needs per-client state (the policy, counters), which progenitor carries as
/// the client's `inner` value of type `crate::RequestHook`.
fn request_hook(settings: &mut GenerationSettings) {
    settings.with_inner_type(
        "crate::RequestHook"
            .parse()
            .expect("a Rust path is a valid token stream"),
    );
    // No default hooks: a missing hand-written impl is a compile error rather than a client
    // that silently sends every request once.
    settings.with_hooks(HooksMode::Expected);
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
pub fn render(root: &Path, client: &ClientSpec) -> Result<Rendered> {
    let text = fs::read_to_string(root.join(client.spec))
        .with_context(|| format!("reading {}", client.spec))?;
    render_spec(&text, client)
}

/// Generate the source text of one client from spec text.
pub fn render_spec(spec_text: &str, client: &ClientSpec) -> Result<Rendered> {
    let spec: openapiv3::OpenAPI =
        serde_yaml::from_str(spec_text).with_context(|| format!("parsing {}", client.spec))?;
    let mut generator = Generator::new(&(client.settings)());
    let tokens = generator
        .generate_tokens(&spec)
        .map_err(|err| anyhow::anyhow!("progenitor failed on {}: {err}", client.spec))?;
    let file: syn::File = syn::parse2(tokens).context("progenitor produced unparsable Rust")?;
    let (types, client_file) = split(file)?;
    let header = |what: &str| {
        format!(
            "// Generated from {} by cargo xtask generate ({what}). Do not edit.\n// Regenerate with `cargo xtask generate`; CI runs `cargo xtask generate --check`.\n\n",
            client.spec
        )
    };
    Ok(Rendered {
        types: header("the types") + &prettyplease::unparse(&types),
        client: header("the HTTP client") + &prettyplease::unparse(&client_file),
        module: header("the module") + &module(client.spec),
    })
}

/// `src/generated/mod.rs`: the two files as modules, the client behind the crate's `client`
/// feature (so the types build without an HTTP stack), and the lints generated code cannot meet
/// (docs on every item, clippy's style) allowed for them alone.
fn module(spec: &str) -> String {
    let doc = format!(" The code progenitor generates from `{spec}`.");
    let reason = format!("generated by progenitor from {spec}");
    let file: syn::File = syn::parse_quote! {
        #![doc = #doc]
        #![allow(missing_docs, clippy::all, clippy::pedantic, reason = #reason)]

        #[cfg(feature = "client")]
        pub mod client;
        pub mod types;
    };
    prettyplease::unparse(&file)
}

/// progenitor's output as two files: the body of its `types` module (whose outer attributes
/// become the file's inner ones), and everything else, which reaches the types as
/// `crate::types`.
fn split(mut file: syn::File) -> Result<(syn::File, syn::File)> {
    let mut types = None;
    let mut rest = Vec::new();
    for item in std::mem::take(&mut file.items) {
        match item {
            syn::Item::Mod(module) if module.ident == "types" => types = Some(module),
            other => rest.push(other),
        }
    }
    let Some(types) = types else {
        bail!("progenitor produced no `types` module");
    };
    let Some((_, items)) = types.content else {
        bail!("progenitor's `types` module has no body");
    };
    let attrs = types
        .attrs
        .into_iter()
        .map(|mut attr| {
            attr.style = syn::AttrStyle::Inner(Default::default());
            attr
        })
        .collect();
    // The client's builders import `super::types`.
    let import: syn::Item = syn::parse_quote!(
        use crate::types;
    );
    rest.insert(0, import);
    let mut types_file = file.clone();
    types_file.attrs = attrs;
    types_file.items = items;
    file.items = rest;
    Ok((types_file, file))
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
        let rendered = render(root, &client)?;
        let elapsed = started.elapsed();
        let legacy = root.join(client.legacy_output());
        for (output, fresh) in rendered.outputs(&client) {
            let path = root.join(&output);
            if check {
                let current = fs::read_to_string(&path).unwrap_or_default();
                match staleness(&output, &current, fresh) {
                    Some(diff) => {
                        fresh_everywhere = false;
                        eprintln!(
                            "{output} is stale: run `cargo xtask generate` and commit the result.\n{diff}"
                        );
                    }
                    None => eprintln!("{output} is up to date with {}", client.spec),
                }
            } else {
                if let Some(dir) = path.parent() {
                    fs::create_dir_all(dir)
                        .with_context(|| format!("creating {}", dir.display()))?;
                }
                fs::write(&path, fresh).with_context(|| format!("writing {output}"))?;
                eprintln!(
                    "wrote {output} from {} in {:.0} ms",
                    client.spec,
                    elapsed.as_secs_f64() * 1e3
                );
            }
        }
        if legacy.exists() {
            if check {
                fresh_everywhere = false;
                eprintln!(
                    "{} is left from the one-file layout and compiled by nothing: run `cargo xtask generate`.",
                    client.legacy_output()
                );
            } else {
                fs::remove_file(&legacy)
                    .with_context(|| format!("removing {}", client.legacy_output()))?;
                eprintln!("removed {} (now src/generated/)", client.legacy_output());
            }
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
            let rendered = render(&root(), &client).unwrap();
            for (output, fresh) in rendered.outputs(&client) {
                let current = fs::read_to_string(root().join(&output)).unwrap();
                assert!(
                    staleness(&output, &current, fresh).is_none(),
                    "{output} is stale: run `cargo xtask generate`"
                );
            }
            assert!(!root().join(client.legacy_output()).exists());
        }
    }

    #[test]
    fn generation_is_deterministic() {
        for client in clients() {
            let (first, second) = (
                render(&root(), &client).unwrap(),
                render(&root(), &client).unwrap(),
            );
            assert_eq!(first.types, second.types);
            assert_eq!(first.client, second.client);
            assert_eq!(first.module, second.module);
        }
    }

    #[test]
    fn an_edited_generated_file_is_reported_with_a_diff() {
        let [client, _] = clients();
        let fresh = render(&root(), &client).unwrap().types;
        let edited = fresh.replacen(
            "pub struct Customer {",
            "pub struct Customer { // edited",
            1,
        );
        assert_ne!(edited, fresh, "the edit must land in the file");
        let diff = staleness(&client.types_output(), &edited, &fresh).expect("stale");
        assert!(
            diff.contains("\n-pub struct Customer { // edited\n"),
            "{diff}"
        );
        assert!(diff.contains("\n+pub struct Customer {\n"), "{diff}");
        assert!(diff.starts_with("--- crates/ecwid-client/src/generated/types.rs (checked in)"));
    }

    #[test]
    fn a_renamed_operation_without_regeneration_is_stale() {
        let [client, _] = clients();
        let spec = fs::read_to_string(root().join(client.spec)).unwrap();
        let renamed = spec.replace("operationId: getCustomer", "operationId: fetchCustomer");
        assert_ne!(renamed, spec);
        let current = fs::read_to_string(root().join(client.client_output())).unwrap();
        let fresh = render_spec(&renamed, &client).unwrap().client;
        let diff = staleness(&client.client_output(), &current, &fresh).expect("stale");
        assert!(diff.contains("+    pub fn fetch_customer("), "{diff}");
        assert!(diff.contains("-    pub fn get_customer("), "{diff}");
    }
}
