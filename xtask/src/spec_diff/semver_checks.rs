//! `cargo semver-checks` on a generated crate against the base revision (`spec-diff --semver`).

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

use super::rust::Bump;
use crate::workspace;

/// What `cargo semver-checks` said.
pub struct Verdict {
    /// What it requires: `Major` for a new major version (before 1.0 it says so of the minor
    /// number too, as Cargo reads it), `Minor`, or `Patch` when it passed.
    pub bump: Bump,
    /// Its verdict in one line.
    pub summary: String,
}

/// Whether `cargo semver-checks` can run here.
fn installed() -> bool {
    Command::new("cargo-semver-checks")
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success())
}

/// `cargo semver-checks check-release -p krate --baseline-rev base`.
pub fn run(root: &Path, krate: &str, base: &str) -> Result<Verdict> {
    if !installed() {
        bail!(
            "--semver: cargo-semver-checks is not installed \
             (cargo install --locked cargo-semver-checks)"
        );
    }
    let output = workspace::cargo(root)
        .args([
            "semver-checks",
            "check-release",
            "-p",
            krate,
            "--baseline-rev",
            base,
        ])
        .output()
        .context("running cargo semver-checks")?;
    let text = String::from_utf8_lossy(&output.stderr).into_owned()
        + &String::from_utf8_lossy(&output.stdout);
    // Its summary line, `Summary semver requires new major version: ...` or `no semver update
    // required`.
    let summary = text
        .lines()
        .map(str::trim)
        .find(|line| line.starts_with("Summary"))
        .unwrap_or_else(|| text.lines().last().unwrap_or("no output"))
        .to_string();
    let bump = if output.status.success() {
        Bump::Patch
    } else if summary.contains("new major") || summary.contains("breaking") {
        Bump::Major
    } else if summary.contains("new minor") {
        Bump::Minor
    } else {
        bail!("cargo semver-checks on {krate} failed: {}", text.trim());
    };
    Ok(Verdict { bump, summary })
}
