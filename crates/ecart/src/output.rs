//! Writing to stdout the way a Unix filter should.

/// Whether the failure is stdout closed by the reader (`ecart map --ndjson big | head`): that
/// ends the program quietly, it is not an error.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Print `value` on stdout as pretty JSON, the output of every command that answers one value.
pub fn print<T: serde::Serialize>(value: &T) -> anyhow::Result<std::process::ExitCode> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(std::process::ExitCode::SUCCESS)
}
