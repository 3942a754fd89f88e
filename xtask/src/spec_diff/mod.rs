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
mod semver_checks;
pub mod version;
pub mod walk;

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::generate;
use change::Class;
use load::Spec;
use report::{CrateBump, Report, SpecReport, WorkspaceVersion};

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
    /// Run `cargo semver-checks` (an error when it is not installed); without the flag it runs
    /// when installed.
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
                let semver_checks = if semver || semver_checks::installed() {
                    let verdict = semver_checks::run(root, &krate, base)?;
                    bump = bump.max(verdict.bump);
                    Some(verdict.summary)
                } else {
                    None
                };
                Some(CrateBump {
                    dependents: git::dependents(root, &krate)?,
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
        .filter(|spec| !spec.changes.is_empty())
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

/// `ecwid-client` for `crates/ecwid-client`.
fn crate_name(dir: &str) -> String {
    dir.rsplit('/').next().unwrap_or(dir).to_string()
}
