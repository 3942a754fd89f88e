//! `cargo xtask spec-diff --check-release`, CI's check: when a spec changed since the last
//! release tag, the workspace version must be at least the one the changes need, and
//! `CHANGELOG.md` must have an entry naming each changed spec above the released version.

use std::path::Path;

use anyhow::{Context, Result};

use super::{git, render, version, workspace_report};
use crate::generate;

/// `Ok(false)` when the version or the CHANGELOG does not follow the spec changes; every
/// missing thing is printed to stderr.
pub fn check(root: &Path, semver: bool) -> Result<bool> {
    let Some(tag) = git::last_release_tag(root)? else {
        eprintln!(
            "spec-diff --check-release: no release tag (v*) yet: nothing to compare with, skipped"
        );
        return Ok(true);
    };
    let mut changed = Vec::new();
    for client in generate::clients() {
        if git::changed_since(root, &tag, client.spec)? {
            changed.push(client.spec.to_string());
        }
    }
    if changed.is_empty() {
        eprintln!("spec-diff --check-release: no spec changed since {tag}: skipped");
        return Ok(true);
    }
    let report = workspace_report(root, &tag, &changed, semver)?;
    print!("{}", render::markdown(&report));
    let workspace = report
        .workspace
        .as_ref()
        .context("a workspace report has a version")?;
    let mut missing = Vec::new();
    if let Some(required) = &workspace.required {
        let required = semver::Version::parse(required)?;
        let current = semver::Version::parse(&workspace.current)?;
        if current < required {
            missing.push(format!(
                "the workspace version (Cargo.toml, [workspace.package]) is {current}; the spec \
                 changes since {tag} are {} for Rust users and need at least {required}",
                workspace.bump.words()
            ));
        }
    }
    let changelog = std::fs::read_to_string(root.join("CHANGELOG.md")).unwrap_or_default();
    let released = match &workspace.base {
        Some(base) => semver::Version::parse(base)?,
        None => semver::Version::new(0, 0, 0),
    };
    for spec in report.specs.iter().filter(|spec| !spec.changes.is_empty()) {
        if let Err(message) = version::changelog_entry(&changelog, &released, &spec.spec)
            && !missing.contains(&message)
        {
            missing.push(message);
        }
    }
    for line in &missing {
        eprintln!("spec-diff --check-release: {line}");
    }
    if missing.is_empty() {
        eprintln!(
            "spec-diff --check-release: version {} and the CHANGELOG follow the spec changes since {tag}",
            workspace.current
        );
    }
    Ok(missing.is_empty())
}
