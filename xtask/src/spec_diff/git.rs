//! The git questions spec-diff asks, and which workspace crates use a crate.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

/// `git <args>` in `root`: its stdout when it succeeds, `None` when it fails.
fn git(root: &Path, args: &[&str]) -> Result<Option<String>> {
    let output = Command::new("git")
        .current_dir(root)
        .args(args)
        .output()
        .context("running git")?;
    Ok(output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string()))
}

/// The last release tag (`v*`) reachable from `HEAD`, as CI's semver step finds it.
pub fn last_release_tag(root: &Path) -> Result<Option<String>> {
    git(
        root,
        &["describe", "--tags", "--abbrev=0", "--match", "v[0-9]*"],
    )
}

/// The default base: the merge base of `HEAD` with `main`, else the last release tag.
pub fn default_base(root: &Path) -> Result<String> {
    if let Some(base) = git(root, &["merge-base", "HEAD", "main"])? {
        return Ok(base);
    }
    match last_release_tag(root)? {
        Some(tag) => Ok(tag),
        None => bail!("no branch `main` and no release tag (v*) to compare with: pass --base REV"),
    }
}

/// A file's text at a revision as it is; `None` when it does not exist there.
pub fn show(root: &Path, rev: &str, path: &str) -> Result<Option<String>> {
    let output = Command::new("git")
        .current_dir(root)
        .args(["show", &format!("{rev}:{path}")])
        .output()
        .context("running git show")?;
    if !output.status.success() {
        return Ok(None);
    }
    String::from_utf8(output.stdout)
        .map(Some)
        .with_context(|| format!("{rev}:{path} is not UTF-8"))
}

/// Whether `rev` names a commit.
pub fn is_revision(root: &Path, rev: &str) -> Result<bool> {
    let commit = format!("{rev}^{{commit}}");
    Ok(git(root, &["rev-parse", "--verify", "--quiet", &commit])?.is_some())
}

/// Whether `path` differs between `rev` and the working tree.
pub fn changed_since(root: &Path, rev: &str, path: &str) -> Result<bool> {
    let status = Command::new("git")
        .current_dir(root)
        .args(["diff", "--quiet", rev, "--", path])
        .status()
        .context("running git diff")?;
    match status.code() {
        Some(0) => Ok(false),
        Some(1) => Ok(true),
        _ => bail!("git diff {rev} -- {path} failed"),
    }
}
