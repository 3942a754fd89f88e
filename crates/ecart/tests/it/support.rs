//! Running the `ecart` binary against a simulated store, as a user runs it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use ecwid_sim::RunningSim;
use serde_json::Value;

/// Run `ecart <command> --base-url <store> --store-id 1003 <args>` with `token` in `ECWID_TOKEN`,
/// `stdin` on its standard input and every log level on (so checks that the token never shows
/// see the most output). Blocking: runs off the runtime's threads.
pub async fn ecart(
    running: &RunningSim,
    token: &str,
    command: &str,
    args: &[&str],
    stdin: &str,
) -> Output {
    let base_url = running.base_url().to_owned();
    let token = token.to_owned();
    let command = command.to_owned();
    let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    let stdin = stdin.to_owned();
    tokio::task::spawn_blocking(move || {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ecart"))
            .arg(command)
            .args(["--base-url", &base_url, "--store-id", "1003"])
            .args(&args)
            .env("ECWID_TOKEN", token)
            .env("RUST_LOG", "trace")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("ecart starts");
        let _ = child
            .stdin
            .take()
            .expect("piped")
            .write_all(stdin.as_bytes());
        child.wait_with_output().expect("ecart ends")
    })
    .await
    .unwrap()
}

/// The JSON `ecart` printed, after checking that it succeeded.
pub fn json_out(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}
