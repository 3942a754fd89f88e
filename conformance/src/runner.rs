//! [`run`]: every selected case in order, each within its time limit, then the clean-up.

use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;
use std::time::{Duration, Instant};

use futures::FutureExt as _;
use secrecy::ExposeSecret;
use tracing::Instrument as _;

use crate::capability::Capability;
use crate::case::{Case, CaseFuture, Check, Failure, Suite, catalog};
use crate::cases::canonical::{CanonicalCtx, probe};
use crate::cases::ecwid::EcwidCtx;
use crate::report::{CaseResult, Outcome, Report};
use crate::target::Target;

/// How a run goes. Every field has a default ([`RunOptions::default`]).
///
/// ```
/// use std::time::Duration;
/// use conformance::RunOptions;
///
/// let options = RunOptions {
///     only: vec!["canonical.filter".into(), "ecwid.search.envelope".into()],
///     case_timeout: Duration::from_secs(30),
///     ..RunOptions::default()
/// };
/// assert_eq!(options.max_pages, 1_000);
/// ```
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Time limit of one case, its setup included; over it the case fails. Default 120 s.
    pub case_timeout: Duration,
    /// Time limit of one HTTP request. Default 30 s.
    pub request_timeout: Duration,
    /// Case ids, or id prefixes ending before a dot (`canonical.filter`, `ecwid`), to run;
    /// empty runs every case.
    pub only: Vec<String>,
    /// Case ids or prefixes, as in [`only`](Self::only), to leave out (not run, not reported).
    pub skip: Vec<String>,
    /// The capabilities of the canonical target known beforehand: `true` present, `false`
    /// absent. The run probes the others ([`Capability`]).
    pub capabilities: BTreeMap<Capability, bool>,
    /// Most pages a walk of the customers may take before it fails; bounds the suite on a huge
    /// store. Default 1 000 (100 000 customers in pages of 100).
    pub max_pages: usize,
    /// Size of the body `canonical.create.oversized_body` sends; must be over the server's
    /// limit. Default 1 MiB.
    pub oversized_body_bytes: usize,
    /// The run id put in every name and email the run creates; default a random 8-digit hex.
    pub run_id: Option<String>,
}

impl Default for RunOptions {
    fn default() -> Self {
        Self {
            case_timeout: Duration::from_secs(120),
            request_timeout: Duration::from_secs(30),
            only: Vec::new(),
            skip: Vec::new(),
            capabilities: BTreeMap::new(),
            max_pages: 1_000,
            oversized_body_bytes: 1024 * 1024,
            run_id: None,
        }
    }
}

impl RunOptions {
    /// Whether `case` is selected: by [`only`](Self::only) (when given), and not by
    /// [`skip`](Self::skip).
    pub fn selects(&self, case: &Case) -> bool {
        let matches = |pattern: &String| {
            case.id() == pattern
                || case
                    .id()
                    .strip_prefix(pattern.as_str())
                    .is_some_and(|rest| rest.starts_with('.'))
        };
        (self.only.is_empty() || self.only.iter().any(matches)) && !self.skip.iter().any(matches)
    }
}

/// Run the selected cases against `target`, one after another, and delete what they created.
///
/// A case whose side of the target is `None` is skipped; one whose client cannot be built fails
/// with the reason. Secrets never reach the report: any failure message that would quote the API
/// key or the token has it replaced by `[redacted]`.
pub async fn run(target: &Target, options: &RunOptions) -> Report {
    let run_id = options.run_id.clone().unwrap_or_else(new_run_id);
    let started = Instant::now();
    let selected: Vec<Case> = catalog()
        .into_iter()
        .filter(|c| options.selects(c))
        .collect();
    let mut canonical = target
        .canonical
        .as_ref()
        .map(|t| CanonicalCtx::new(t, &run_id, options));
    let mut capabilities = None;
    let mut unreachable = None;
    if let Some(Ok(ctx)) = &mut canonical
        && selected.iter().any(|c| c.suite() == Suite::Canonical)
    {
        match probe(ctx, &options.capabilities).await {
            Ok(found) => {
                capabilities = Some(found.clone());
                ctx.set_capabilities(found);
            }
            Err(why) => unreachable = Some(why),
        }
    }
    let ecwid = target
        .ecwid
        .as_ref()
        .map(|t| EcwidCtx::new(t, &run_id, options));
    let secrets: Vec<String> = [
        target
            .canonical
            .as_ref()
            .map(|t| t.api_key.expose_secret().to_owned()),
        target
            .ecwid
            .as_ref()
            .map(|t| t.token.expose_secret().to_owned()),
    ]
    .into_iter()
    .flatten()
    .collect();

    let mut results = Vec::new();
    for case in selected {
        let span = tracing::info_span!("conformance_case", id = case.id());
        let began = Instant::now();
        let outcome = match case.check() {
            Check::Canonical(_) if unreachable.is_some() => Outcome::Skipped(
                "the canonical target cannot be checked (no answer, or the key refused: see \
                 Report::unreachable)"
                    .to_owned(),
            ),
            Check::Canonical(check) => {
                let missing = canonical
                    .as_ref()
                    .and_then(|ctx| ctx.as_ref().ok())
                    .and_then(|ctx| ctx.capabilities().missing(case.needs()));
                match missing {
                    Some(why) => Outcome::Skipped(why),
                    None => {
                        execute(canonical.as_ref(), "canonical", options, |ctx| check(ctx))
                            .instrument(span)
                            .await
                    }
                }
            }
            Check::Ecwid(check) => {
                execute(ecwid.as_ref(), "Ecwid", options, |ctx| check(ctx))
                    .instrument(span)
                    .await
            }
        };
        let outcome = outcome.redacted(&secrets);
        tracing::info!(id = case.id(), result = outcome.label(), "case finished");
        results.push(CaseResult {
            id: case.id(),
            description: case.description(),
            sources: case.sources(),
            needs: case.needs(),
            suite: case.suite(),
            outcome,
            duration: began.elapsed(),
        });
    }

    let mut cleanup = Vec::new();
    if let Some(Ok(ctx)) = &canonical {
        cleanup.extend(ctx.cleanup().await);
    }
    if let Some(Ok(ctx)) = &ecwid {
        cleanup.extend(ctx.cleanup().await);
    }
    let cleanup = cleanup
        .into_iter()
        .map(|problem| redact(&problem, &secrets))
        .collect();
    let mut report = Report::new(run_id, results, cleanup, started.elapsed());
    report.set_capabilities(capabilities);
    report.set_unreachable(unreachable.map(|why| redact(&why, &secrets)));
    report
}

/// Run one check on `ctx` (when the target has that side) within the case's time limit,
/// turning a panic into a failure.
async fn execute<'a, C>(
    ctx: Option<&'a Result<C, String>>,
    side: &str,
    options: &RunOptions,
    check: impl FnOnce(&'a C) -> CaseFuture<'a>,
) -> Outcome {
    let ctx = match ctx {
        None => return Outcome::Skipped(format!("no {side} target given")),
        Some(Err(why)) => return Outcome::Failed(why.clone()),
        Some(Ok(ctx)) => ctx,
    };
    let limit = options.case_timeout;
    match tokio::time::timeout(limit, AssertUnwindSafe(check(ctx)).catch_unwind()).await {
        Err(_) => Outcome::Failed(format!("timed out after {} s", limit.as_secs_f64())),
        Ok(Err(panic)) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic without a message".to_owned());
            Outcome::Failed(format!("the check panicked: {message}"))
        }
        Ok(Ok(Ok(()))) => Outcome::Passed,
        Ok(Ok(Err(Failure::Fail(why)))) => Outcome::Failed(why),
        Ok(Ok(Err(Failure::Skip(why)))) => Outcome::Skipped(why),
    }
}

/// A fresh run id: 8 lower-case hex digits.
fn new_run_id() -> String {
    format!("{:08x}", fastrand::u32(..))
}

/// `text` with every secret of `secrets` replaced by `[redacted]`.
pub(crate) fn redact(text: &str, secrets: &[String]) -> String {
    secrets
        .iter()
        .filter(|s| !s.is_empty())
        .fold(text.to_owned(), |text, secret| {
            text.replace(secret.as_str(), "[redacted]")
        })
}

impl Outcome {
    fn redacted(self, secrets: &[String]) -> Self {
        match self {
            Outcome::Passed => Outcome::Passed,
            Outcome::Failed(why) => Outcome::Failed(redact(&why, secrets)),
            Outcome::Skipped(why) => Outcome::Skipped(redact(&why, secrets)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_selects_ids_and_dotted_prefixes() {
        let cases = catalog();
        let pick = |only: &[&str]| {
            let options = RunOptions {
                only: only.iter().map(|s| (*s).to_owned()).collect(),
                ..RunOptions::default()
            };
            cases
                .iter()
                .filter(|c| options.selects(c))
                .map(|c| c.id())
                .collect::<Vec<_>>()
        };
        assert_eq!(pick(&[]).len(), cases.len());
        assert_eq!(
            pick(&["canonical.list.envelope"]),
            ["canonical.list.envelope"]
        );
        assert!(
            pick(&["canonical.filter"])
                .iter()
                .all(|id| id.starts_with("canonical.filter."))
        );
        assert!(pick(&["canonical.filt"]).is_empty());
        assert!(pick(&["ecwid"]).iter().all(|id| id.starts_with("ecwid.")));
    }

    #[test]
    fn secrets_are_redacted() {
        let secrets = vec!["k3y".to_owned(), String::new()];
        assert_eq!(
            redact("sent Bearer k3y, got 401", &secrets),
            "sent Bearer [redacted], got 401"
        );
    }

    #[tokio::test]
    async fn a_run_without_targets_skips_everything() {
        let report = run(&Target::default(), &RunOptions::default()).await;
        let summary = report.summary();
        assert_eq!(summary.skipped, catalog().len());
        assert!(!report.passed(), "a run that checked nothing must not pass");
    }
}
