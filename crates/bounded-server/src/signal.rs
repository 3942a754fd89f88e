//! [`shutdown_signal`]: the stop of a server run from the command line.

/// Completes on Ctrl-C (SIGINT) or, on Unix, SIGTERM: the `shutdown` future of [`serve`] for a
/// server run from the command line or under a process supervisor.
///
/// A signal handler that cannot be installed is logged (`tracing`, at error level) and waited
/// on forever, so the server then runs until it is killed. Needs a tokio runtime with its I/O
/// driver enabled (`#[tokio::main]` has it); outside one, it panics as tokio's signal handling
/// does.
///
/// [`serve`]: crate::serve
pub async fn shutdown_signal() {
    let interrupt = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %err, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::error!(error = %err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => tracing::info!("SIGINT: shutting down"),
        () = terminate => tracing::info!("SIGTERM: shutting down"),
    }
}
