//! `cargo xtask spec-diff`: what a spec change means on the wire (for clients, for servers, in
//! each direction a schema is used), what it does to the generated Rust API, and the version
//! and CHANGELOG entry it needs.
//!
//! - [`load`]: a spec from a file or a git revision; `$ref`s followed.
//! - [`walk`]: the two versions side by side, each change with its direction of use.
//! - [`change`]: the kinds of change and what each means on the wire.
//! - [`rust`]: what each does to the generated code: the README's version table.
//! - [`report`], [`render`]: grouped findings, Markdown and JSON.
//! - [`version`]: the workspace version, bumps, CHANGELOG entries; [`release`]: the CI check.
//! - [`corpus`]: the before/after pairs of `xtask/tests/spec-diff/`, and `openapi-diff` on them.

pub mod change;
pub mod corpus;
mod git;
pub mod load;
mod release;
pub mod render;
pub mod report;
pub mod rust;
mod rust_api;
mod semver_checks;
pub mod version;
pub mod walk;

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::generate;
use change::Class;
use load::Spec;
use report::{CrateBump, GeneratedApi, Report, SpecReport, WorkspaceVersion};

/// The report's format.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Format {
    /// For a pull request; ends with the CHANGELOG entry.
    Markdown,
    /// For tools.
    Json,
}

/// What `--fail-on` fails on.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum FailOn {
    /// Any change that breaks clients.
    Breaking,
}

/// `cargo xtask spec-diff`'s options.
pub struct Options {
    /// Compare with this git revision (default: the merge base with main, else the last tag).
    pub base: Option<String>,
    /// Compare two files instead.
    pub files: Option<(PathBuf, PathBuf)>,
    /// The specs to compare (default: every generated client's).
    pub specs: Vec<String>,
    /// The report's format.
    pub format: Format,
    /// Exit non-zero when a change breaks clients.
    pub fail_on: Option<FailOn>,
    /// Run `cargo semver-checks` (an error when it is not installed). Only when asked: it builds
    /// each crate's docs at the base, minutes of work, and a report must not change with what a
    /// machine has installed (the tests run this xtask in temporary repositories).
    pub semver: bool,
    /// The CI check: against the last release tag, fail when the version or the CHANGELOG
    /// does not follow the spec changes.
    pub check_release: bool,
}

/// Entry point: `Ok(false)` when `--fail-on` or `--check-release` fails.
pub fn run(root: &Path, options: Options) -> Result<bool> {
    if options.check_release {
        return release::check(root, options.semver);
    }
    let report = match &options.files {
        Some((old, new)) => files_report(old, new)?,
        None => {
            let base = match &options.base {
                Some(base) => base.clone(),
                None => git::default_base(root)?,
            };
            let specs = if options.specs.is_empty() {
                generate::clients()
                    .iter()
                    .map(|c| c.spec.to_string())
                    .collect()
            } else {
                options.specs.clone()
            };
            workspace_report(root, &base, &specs, options.semver)?
        }
    };
    let text = match options.format {
        Format::Markdown => render::markdown(&report),
        Format::Json => render::json(&report)?,
    };
    print!("{text}");
    let breaking = report
        .specs
        .iter()
        .flat_map(|spec| &spec.changes)
        .any(|change| change.classes().contains(&Class::BreakingClients));
    Ok(!(breaking && matches!(options.fail_on, Some(FailOn::Breaking))))
}

/// Two files, no crate.
fn files_report(old: &Path, new: &Path) -> Result<Report> {
    let (old, new) = (Spec::read(old)?, Spec::read(new)?);
    let changes = report::group(walk::compare(&old, &new)?);
    Ok(Report {
        base: format!("`{}`", old.source),
        specs: vec![SpecReport {
            spec: new.source.clone(),
            old: old.source,
            new: new.source,
            changes,
            rust: None,
        }],
        workspace: None,
    })
}

/// The workspace's `specs` against revision `base`, with each generated crate's bump and the
/// workspace version's.
pub fn workspace_report(root: &Path, base: &str, specs: &[String], semver: bool) -> Result<Report> {
    let clients = generate::clients();
    let mut reports = Vec::new();
    for spec in specs {
        let new = Spec::read(&root.join(spec))?;
        let new = Spec {
            source: spec.clone(),
            ..new
        };
        let empty = || {
            Spec::parse(
                format!("{base}:{spec} (absent)"),
                "openapi: 3.0.3\npaths: {}\n",
            )
        };
        let old = match Spec::at_revision(root, base, spec)? {
            Some(old) => old,
            None => empty()?,
        };
        let changes = report::group(walk::compare(&old, &new)?);
        let rust = match clients.iter().find(|c| c.spec == spec) {
            Some(client) => {
                let krate = crate_name(client.krate);
                let (mut bump, reasons) = report::crate_bump(&changes);
                let generated = generated_api(root, base, client)?;
                if let Some(api) = &generated {
                    bump = bump.max(api.bump);
                }
                let semver_checks = if semver {
                    let verdict = semver_checks::run(root, &krate, base)?;
                    bump = bump.max(verdict.bump);
                    Some(verdict.summary)
                } else {
                    None
                };
                Some(CrateBump {
                    generated,
                    dependents: crate::workspace::dependents(root, &krate)?,
                    krate,
                    bump,
                    reasons,
                    semver_checks,
                })
            }
            None => None,
        };
        reports.push(SpecReport {
            spec: spec.clone(),
            old: old.source,
            new: format!("{spec} (working tree)"),
            changes,
            rust,
        });
    }
    let workspace = workspace_version(root, base, &reports)?;
    Ok(Report {
        base: format!("`{base}`"),
        specs: reports,
        workspace: Some(workspace),
    })
}

fn workspace_version(root: &Path, base: &str, reports: &[SpecReport]) -> Result<WorkspaceVersion> {
    let manifest = std::fs::read_to_string(root.join("Cargo.toml"))?;
    let current = version::workspace_version(&manifest, "Cargo.toml")?;
    let base_version = match git::show(root, base, "Cargo.toml")? {
        Some(text) => Some(version::workspace_version(
            &text,
            &format!("{base}:Cargo.toml"),
        )?),
        None => None,
    };
    let bump = reports
        .iter()
        .filter(|spec| spec.changed())
        .filter_map(|spec| spec.rust.as_ref().map(|r| r.bump))
        .max();
    let Some(bump) = bump else {
        return Ok(WorkspaceVersion {
            current: current.to_string(),
            base: base_version.map(|v| v.to_string()),
            bump: rust::Bump::Patch,
            required: None,
        });
    };
    Ok(WorkspaceVersion {
        current: current.to_string(),
        required: base_version
            .as_ref()
            .map(|v| version::next(v, bump).to_string()),
        base: base_version.map(|v| v.to_string()),
        bump,
    })
}

/// The generated API at `base` against the one checked in now (against the code the spec
/// generates when none is); `None` when `base` has no generated files. Either side may have
/// the one-file layout of earlier revisions (`src/generated.rs`).
fn generated_api(
    root: &Path,
    base: &str,
    client: &generate::ClientSpec,
) -> Result<Option<GeneratedApi>> {
    let Some(old_files) = generated_files(client, |path| {
        Ok(git::show(root, base, path)?.map(|text| (format!("{base}:{path}"), text)))
    })?
    else {
        return Ok(None);
    };
    let checked_in = generated_files(client, |path| {
        Ok(std::fs::read_to_string(root.join(path))
            .ok()
            .map(|text| (path.to_string(), text)))
    })?;
    let spec_text = std::fs::read_to_string(root.join(client.spec))?;
    let fresh = generate::render_spec(&spec_text, client)?;
    // The API is in `types.rs` and `client.rs`; `mod.rs` only declares them.
    let fresh = vec![
        (client.types_output(), fresh.types),
        (client.client_output(), fresh.client),
    ];
    let stale = checked_in.as_ref() != Some(&fresh);
    let new_files = checked_in.unwrap_or(fresh);
    let (bump, changes) = rust_api::compare(
        &rust_api::Api::parse(&old_files)?,
        &rust_api::Api::parse(&new_files)?,
    );
    Ok(Some(GeneratedApi {
        bump,
        changes,
        stale,
    }))
}

/// A client's generated files (`types.rs` and `client.rs`, or the earlier `generated.rs`) as
/// `read` finds them: each with the name it is reported under.
fn generated_files(
    client: &generate::ClientSpec,
    read: impl Fn(&str) -> Result<Option<(String, String)>>,
) -> Result<Option<Vec<(String, String)>>> {
    if let (Some(types), Some(code)) = (
        read(&client.types_output())?,
        read(&client.client_output())?,
    ) {
        return Ok(Some(vec![types, code]));
    }
    Ok(read(&client.legacy_output())?.map(|file| vec![file]))
}

/// `ecwid-client` for `crates/ecwid-client`.
fn crate_name(dir: &str) -> String {
    dir.rsplit('/').next().unwrap_or(dir).to_string()
}
