//! The checkout the xtask works on, and cargo's target directory for it, both found at run time.
//!
//! Nothing here may be fixed at compile time (`env!`): with a target directory shared between
//! checkouts (`CARGO_TARGET_DIR`, a CI cache), cargo reuses the xtask binary built for another
//! checkout, and a compiled-in path would have `generate --check` compare that checkout's files.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// The workspace root: the parent of the xtask package's directory, which `cargo run` (and so
/// `cargo xtask`) passes to the binary it runs as `CARGO_MANIFEST_DIR`, for the checkout cargo was
/// invoked in.
pub fn root() -> Result<PathBuf> {
    let xtask = std::env::var_os("CARGO_MANIFEST_DIR")
        .context("CARGO_MANIFEST_DIR is not set: run the xtask as `cargo xtask <command>`")?;
    let xtask = PathBuf::from(xtask);
    match xtask.parent() {
        Some(root) => Ok(root.to_path_buf()),
        None => bail!(
            "CARGO_MANIFEST_DIR={} has no parent directory",
            xtask.display()
        ),
    }
}

/// `cargo` (the one running the xtask, from `CARGO`), run in the workspace.
pub fn cargo(root: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(root);
    command
}

/// Where cargo builds this workspace: `target/` unless `CARGO_TARGET_DIR` or `build.target-dir`
/// says otherwise.
pub fn target_dir(root: &Path) -> Result<PathBuf> {
    metadata(root)?["target_directory"]
        .as_str()
        .map(PathBuf::from)
        .context("cargo metadata's output has no target_directory")
}

/// The workspace members whose normal dependencies (not dev or build) name `krate`, sorted.
pub fn dependents(root: &Path, krate: &str) -> Result<Vec<String>> {
    let metadata = metadata(root)?;
    let packages = metadata["packages"]
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    let mut found: Vec<String> = packages
        .iter()
        .filter(|package| {
            package["dependencies"].as_array().is_some_and(|deps| {
                deps.iter()
                    .any(|dep| dep["name"] == krate && dep["kind"].is_null())
            })
        })
        .filter_map(|package| package["name"].as_str().map(String::from))
        .collect();
    found.sort();
    Ok(found)
}

/// `cargo metadata --no-deps` of the workspace at `root`.
fn metadata(root: &Path) -> Result<serde_json::Value> {
    let output = cargo(root)
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .output()
        .context("running cargo metadata")?;
    if !output.status.success() {
        bail!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    serde_json::from_slice(&output.stdout).context("parsing cargo metadata's output")
}

/// Build `args` (`-p ecart`, `--example ...`) in release mode; the directory that then holds the
/// binaries (`<target>/release`, examples in its `examples/`).
pub fn build_release(root: &Path, args: &[&str]) -> Result<PathBuf> {
    let status = cargo(root)
        .args(["build", "--release"])
        .args(args)
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("cargo build --release {} failed", args.join(" "));
    }
    Ok(target_dir(root)?.join("release"))
}

/// Release builds of the `ecart` binary and of one example of the xtask package, by name,
/// as the benchmarks run them side by side: their paths. `--bin ecart` is named because with
/// `--example` alone cargo builds the example and nothing else, and a benchmark would time
/// whatever `ecart` an earlier build left.
pub fn build_ecart_and_example(root: &Path, example: &str) -> Result<(PathBuf, PathBuf)> {
    let release = build_release(
        root,
        &[
            "-p",
            "ecart",
            "--bin",
            "ecart",
            "-p",
            "xtask",
            "--example",
            example,
        ],
    )?;
    Ok((
        release.join("ecart"),
        release.join("examples").join(example),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_target_directory_is_where_cargo_built_this_test() {
        let target = target_dir(&root().unwrap()).unwrap();
        let this_test = std::env::current_exe().unwrap();
        assert!(
            this_test.starts_with(&target),
            "{} is not under {}",
            this_test.display(),
            target.display()
        );
    }
}
