//! `cargo xtask bench-budget`: how well exports use a token's rate limit. `ecart sim` keeps
//! Ecwid's 600 requests per window on a shorter window (6 s by default, so a run takes seconds;
//! `--window-ms 60000` is Ecwid's own minute); one export of 100,000 customers, then four
//! concurrent exports of 20,000 sharing the token. For each: the 429s received (the export's
//! retries; the store injects no other fault), and the wall time against the ideal schedule of a
//! fixed window, measured in the same run: every window but the last is used whole, and the last
//! window's requests go at the speed the same exports reach without a limit (timed first, against
//! the same store with `--rate-limit 0`):
//! `(ceil(requests / 600) - 1) * window + unlimited_wall * (requests in the last window) / requests`.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use crate::server_process::{self, ServerProcess};

use anyhow::{Context, bail};

const PORT: u16 = 18_321;
const STORE: i64 = 1003;
const TOKEN: &str = "secret_budget_token";
const PER_WINDOW: u64 = 600;

pub fn run(root: &Path, window_ms: u64) -> anyhow::Result<bool> {
    let release = crate::workspace::build_release(root, &["-p", "ecart"])?;
    let ecart = release.join("ecart");
    let window = window_ms as f64 / 1000.0;
    println!("{PER_WINDOW} requests per {window} s window:");
    println!(
        "| run | customers | pages (answered requests) | 429s (retries) | wall, each export | wall without a limit | ideal | slowest / ideal |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for (label, size, exports) in [
        ("one export", 100_000usize, 1usize),
        ("four concurrent exports, one token", 20_000, 4),
    ] {
        let unlimited = {
            let _sim = start_sim(&ecart, size, None)?;
            exports_together(&ecart, exports)?
        };
        let limited = {
            let _sim = start_sim(&ecart, size, Some(window_ms))?;
            exports_together(&ecart, exports)?
        };
        let requests = limited.requests;
        let windows = requests.div_ceil(PER_WINDOW);
        let last_window = requests - (windows - 1) * PER_WINDOW;
        let unlimited_wall = unlimited.walls.iter().copied().fold(0.0, f64::max);
        let ideal = (windows - 1) as f64 * window
            + unlimited_wall * last_window as f64 / unlimited.requests as f64;
        let walls: Vec<String> = limited.walls.iter().map(|w| format!("{w:.2} s")).collect();
        let slowest = limited.walls.iter().copied().fold(0.0, f64::max);
        println!(
            "| {label} | {} x {} | {requests} | {} | {} | {unlimited_wall:.2} s | {ideal:.2} s | {:.3}x |",
            exports,
            size + 2,
            limited.retries,
            walls.join(", "),
            slowest / ideal
        );
    }
    Ok(true)
}

/// What a set of concurrent exports did: each one's wall time (from the common start), the pages
/// answered and the 429s retried, summed over them.
struct Exports {
    walls: Vec<f64>,
    requests: u64,
    retries: u64,
}

/// Start `count` exports at once against the store and wait for all of them.
fn exports_together(ecart: &Path, count: usize) -> anyhow::Result<Exports> {
    let started = Instant::now();
    let children: Vec<_> = (0..count)
        .map(|_| export(ecart))
        .collect::<anyhow::Result<_>>()?;
    let mut done = Exports {
        walls: Vec::new(),
        requests: 0,
        retries: 0,
    };
    for child in children {
        let output = child.wait_with_output().context("waiting for an export")?;
        done.walls.push(started.elapsed().as_secs_f64());
        let stderr = String::from_utf8_lossy(&output.stderr);
        if !output.status.success() {
            bail!("export failed: {stderr}");
        }
        let (pages, retried) = summary(&stderr)?;
        done.retries += retried;
        done.requests += pages;
    }
    Ok(done)
}

/// `ecart sim` with `customers`, limited to 600 requests per `window_ms`, or not limited.
fn start_sim(
    ecart: &Path,
    customers: usize,
    window_ms: Option<u64>,
) -> anyhow::Result<ServerProcess> {
    let mut command = Command::new(ecart);
    command.args(server_process::sim_args(PORT, STORE, TOKEN, customers));
    match window_ms {
        Some(window_ms) => command
            .args(["--rate-limit", &PER_WINDOW.to_string()])
            .args(["--rate-limit-window-ms", &window_ms.to_string()]),
        None => command.args(["--rate-limit", "0"]),
    };
    server_process::start(command, PORT, "ecart sim")
}

fn export(ecart: &Path) -> anyhow::Result<Child> {
    Command::new(ecart)
        .args([
            "customers",
            "--base-url",
            &format!("http://127.0.0.1:{PORT}/api/v3"),
        ])
        .args(["--store-id", &STORE.to_string(), "export"])
        .env("ECWID_TOKEN", TOKEN)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .context("starting ecart customers export")
}

/// Pages and retries from the export's last line: "exported N customers (F failed), P pages,
/// R retries, T s".
fn summary(stderr: &str) -> anyhow::Result<(u64, u64)> {
    let line = stderr
        .lines()
        .rev()
        .find(|l| l.contains("exported"))
        .with_context(|| format!("no summary line in the export's output: {stderr}"))?;
    let number_before = |word: &str| -> anyhow::Result<u64> {
        let at = line
            .find(word)
            .with_context(|| format!("{word:?} in {line:?}"))?;
        line[..at]
            .split_whitespace()
            .last()
            .and_then(|n| n.trim_start_matches(',').parse().ok())
            .with_context(|| format!("the number before {word:?} in {line:?}"))
    };
    Ok((number_before(" pages")?, number_before(" retries")?))
}
