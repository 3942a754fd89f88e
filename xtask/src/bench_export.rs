//! `cargo xtask bench-export`: `ecart customers export` from `ecart sim` on 127.0.0.1 against a
//! baseline that fetches the same pages and discards the bytes (`xtask/examples/fetch_pages.rs`),
//! at 10,000 and 100,000 customers, with the export's peak memory (max RSS, from
//! `/usr/bin/time`). Both are release-built processes timed from start to exit; the export
//! writes its NDJSON to a file, which is then checked for every customer.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::server_process::{self, ServerProcess};

use anyhow::{Context, bail};

const PORT: u16 = 18_301;
const STORE: i64 = 1003;
const TOKEN: &str = "secret_bench_token";

pub fn run(root: &Path, sizes: &[usize], runs: usize) -> anyhow::Result<bool> {
    let (ecart, fetch_pages) = crate::workspace::build_ecart_and_example(root, "fetch_pages")?;
    let output =
        std::env::temp_dir().join(format!("ecart-bench-export-{}.ndjson", std::process::id()));
    let mut rows = Vec::new();
    for &size in sizes {
        let _sim = start_sim(&ecart, size)?;
        let base = format!("http://127.0.0.1:{PORT}/api/v3");
        let total = size + 2; // and the two customers of Ecwid's search example
        let mut baseline = Vec::new();
        let mut export = Vec::new();
        let mut memory = Vec::new();
        for _ in 0..runs {
            let (seconds, bytes) = time_baseline(&fetch_pages, &base, total)?;
            baseline.push(seconds);
            let (seconds, rss_kib) = time_export(&ecart, &base, total, &output)?;
            export.push(seconds);
            memory.push(rss_kib);
            eprintln!(
                "{size}: baseline {:.3} s ({bytes} bytes), export {seconds:.3} s, {rss_kib} KiB",
                baseline.last().unwrap()
            );
        }
        rows.push((
            size,
            server_process::median(&mut baseline),
            server_process::median(&mut export),
            memory.iter().copied().max().unwrap_or(0),
            total,
        ));
    }
    println!(
        "| customers | baseline: fetch pages, discard (median s) | `ecart customers export` (median s) | export customers/s | ratio | export peak RSS |"
    );
    println!("|---:|---:|---:|---:|---:|---:|");
    for (size, base, exp, rss, total) in rows {
        println!(
            "| {size} | {base:.3} | {exp:.3} | {:.0} | {:.2}x | {:.1} MiB |",
            total as f64 / exp,
            base / exp,
            rss as f64 / 1024.0
        );
    }
    Ok(true)
}

fn start_sim(ecart: &Path, customers: usize) -> anyhow::Result<ServerProcess> {
    let mut command = Command::new(ecart);
    command
        .args(server_process::sim_args(PORT, STORE, TOKEN, customers))
        .args(["--rate-limit", "0"]);
    server_process::start(command, PORT, "ecart sim")
}

/// Wall seconds of one baseline run (the `fetch_pages` example), and the bytes it read.
fn time_baseline(fetch_pages: &Path, base: &str, total: usize) -> anyhow::Result<(f64, u64)> {
    let started = Instant::now();
    let output = Command::new(fetch_pages)
        .args([base, &STORE.to_string(), &total.to_string()])
        .env("ECWID_TOKEN", TOKEN)
        .output()
        .context("running the fetch_pages baseline")?;
    let seconds = started.elapsed().as_secs_f64();
    if !output.status.success() {
        bail!(
            "baseline failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let bytes = String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .context("bytes read by the baseline")?;
    Ok((seconds, bytes))
}

/// Wall seconds and max RSS (KiB) of one export, checking it printed every customer.
///
/// The export writes to a file, as `ecart customers export > customers.ndjson` does.
fn time_export(
    ecart: &Path,
    base: &str,
    total: usize,
    output_file: &Path,
) -> anyhow::Result<(f64, u64)> {
    let file = std::fs::File::create(output_file)
        .with_context(|| format!("creating {}", output_file.display()))?;
    let started = Instant::now();
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(ecart)
        .args([
            "customers",
            "--base-url",
            base,
            "--store-id",
            &STORE.to_string(),
            "export",
        ])
        .env("ECWID_TOKEN", TOKEN)
        .stdout(file)
        .output()
        .context("running /usr/bin/time ecart customers export")?;
    let seconds = started.elapsed().as_secs_f64();
    if !output.status.success() {
        bail!("export failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let written =
        std::fs::read(output_file).with_context(|| format!("reading {}", output_file.display()))?;
    let _ = std::fs::remove_file(output_file);
    let lines = written.iter().filter(|&&b| b == b'\n').count();
    if lines != total {
        bail!("export printed {lines} customers, expected {total}");
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let rss = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .context("max RSS from /usr/bin/time")?;
    Ok((seconds, rss))
}
