//! `cargo xtask bench-requests`: the Ecwid requests each canonical request costs, counted at the
//! simulated store, and a full `sinceId` walk against the floor (`examples/request_table.rs`,
//! release-built).

use std::path::Path;
use std::process::Command;

use anyhow::Context;

pub fn run(root: &Path, customers: usize) -> anyhow::Result<bool> {
    let release =
        crate::workspace::build_release(root, &["-p", "xtask", "--example", "request_table"])?;
    let status = Command::new(release.join("examples/request_table"))
        .arg(customers.to_string())
        .status()
        .context("cannot run examples/request_table")?;
    Ok(status.success())
}
