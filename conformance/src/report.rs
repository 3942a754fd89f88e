//! [`Report`]: the result of every case of a run, as an aligned table or JUnit XML.

use std::io::{self, Write};
use std::path::Path;
use std::time::Duration;

use crate::case::Suite;

/// How one case ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The server behaved as the contract says.
    Passed,
    /// The server broke the contract: what was expected and what came.
    Failed(String),
    /// The case did not apply (no target for its side, or the store lacks what it needs).
    Skipped(String),
}

impl Outcome {
    /// `pass`, `FAIL` or `skip`.
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::Passed => "pass",
            Outcome::Failed(_) => "FAIL",
            Outcome::Skipped(_) => "skip",
        }
    }

    /// Why the case failed or was skipped; `None` when it passed.
    pub fn reason(&self) -> Option<&str> {
        match self {
            Outcome::Passed => None,
            Outcome::Failed(why) | Outcome::Skipped(why) => Some(why),
        }
    }
}

/// One case of a run.
#[derive(Debug, Clone)]
pub struct CaseResult {
    /// The case id (`canonical.list.envelope`).
    pub id: &'static str,
    /// What the case checks.
    pub description: &'static str,
    /// The document the behaviour comes from.
    pub source: &'static str,
    /// The API the case checks.
    pub suite: Suite,
    /// How it ended.
    pub outcome: Outcome,
    /// How long it took, its setup included.
    pub duration: Duration,
}

/// Passed, failed and skipped cases of a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Cases that passed.
    pub passed: usize,
    /// Cases that failed.
    pub failed: usize,
    /// Cases that were skipped.
    pub skipped: usize,
}

/// The results of a run, in run order. Holds no secret: failure messages that would quote the
/// API key or the token have it redacted.
#[derive(Debug, Clone)]
pub struct Report {
    run_id: String,
    results: Vec<CaseResult>,
    cleanup: Vec<String>,
    elapsed: Duration,
}

impl Report {
    pub(crate) fn new(
        run_id: String,
        results: Vec<CaseResult>,
        cleanup: Vec<String>,
        elapsed: Duration,
    ) -> Self {
        Self {
            run_id,
            results,
            cleanup,
            elapsed,
        }
    }

    /// The run id that marks the customers this run created (`conf-<run>-alpha@example.com`).
    pub fn run_id(&self) -> &str {
        &self.run_id
    }

    /// Every case that ran or was skipped, in run order.
    pub fn results(&self) -> &[CaseResult] {
        &self.results
    }

    /// The result of the case `id`, if it was selected.
    pub fn result(&self, id: &str) -> Option<&CaseResult> {
        self.results.iter().find(|r| r.id == id)
    }

    /// Customers the run created but could not delete at the end, with why; empty normally.
    pub fn cleanup_problems(&self) -> &[String] {
        &self.cleanup
    }

    /// The whole run, clean-up included.
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }

    /// Passed, failed and skipped counts.
    pub fn summary(&self) -> Summary {
        let mut summary = Summary::default();
        for result in &self.results {
            match result.outcome {
                Outcome::Passed => summary.passed += 1,
                Outcome::Failed(_) => summary.failed += 1,
                Outcome::Skipped(_) => summary.skipped += 1,
            }
        }
        summary
    }

    /// No case failed and at least one passed (a run that checked nothing does not pass).
    pub fn passed(&self) -> bool {
        let summary = self.summary();
        summary.failed == 0 && summary.passed > 0
    }

    /// The results as an aligned table (case, result, time, source, detail), then the clean-up
    /// problems and a closing `conformance: N passed, N failed, N skipped` line. The detail is
    /// the failure or skip reason, or the description of a case that passed.
    ///
    /// ```
    /// # async fn demo() -> std::io::Result<()> {
    /// let report = conformance::run(&conformance::Target::default(), &Default::default()).await;
    /// let mut out = Vec::new();
    /// report.print_table(&mut out)?;
    /// let text = String::from_utf8(out).unwrap();
    /// assert!(text.lines().last().unwrap().starts_with("conformance: 0 passed, 0 failed"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn print_table(&self, out: &mut impl Write) -> io::Result<()> {
        let rows: Vec<[String; 5]> = self
            .results
            .iter()
            .map(|r| {
                [
                    r.id.to_owned(),
                    r.outcome.label().to_owned(),
                    format_duration(r.duration),
                    documents(r.source),
                    one_line(r.outcome.reason().unwrap_or(r.description)),
                ]
            })
            .collect();
        let header = ["CASE", "RESULT", "TIME", "SOURCE", "DETAIL"].map(str::to_owned);
        let mut widths = [0usize; 4];
        for row in std::iter::once(&header).chain(&rows) {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.chars().count());
            }
        }
        for row in std::iter::once(&header).chain(&rows) {
            writeln!(
                out,
                "{:<w0$}  {:<w1$}  {:>w2$}  {:<w3$}  {}",
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                w0 = widths[0],
                w1 = widths[1],
                w2 = widths[2],
                w3 = widths[3],
            )?;
        }
        for problem in &self.cleanup {
            writeln!(out, "clean-up: {}", one_line(problem))?;
        }
        let s = self.summary();
        writeln!(
            out,
            "run {} took {}",
            self.run_id,
            format_duration(self.elapsed)
        )?;
        writeln!(
            out,
            "conformance: {} passed, {} failed, {} skipped",
            s.passed, s.failed, s.skipped
        )
    }

    /// Write the results as JUnit XML to `path`: one `<testsuite>` per API, one `<testcase>` per
    /// case with its description and source, failures and skips with their reason.
    pub fn write_junit(&self, path: impl AsRef<Path>) -> io::Result<()> {
        let xml = crate::junit::to_xml(self)?;
        std::fs::write(path, xml)
    }
}

/// `12 ms`, `3.4 s`.
fn format_duration(d: Duration) -> String {
    if d < Duration::from_secs(1) {
        format!("{} ms", d.as_millis())
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}

/// The documents a source names, without the section notes:
/// `seeds/003_….txt (ids); specs/x.yaml (Ids)` -> `seeds/003_….txt, specs/x.yaml`.
fn documents(source: &str) -> String {
    let mut bare = String::new();
    let mut depth = 0usize;
    for c in source.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    bare.split(';')
        .map(str::trim)
        .filter(|doc| !doc.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `text` on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        let result = |id, outcome, ms| CaseResult {
            id,
            description: "what it checks",
            source: "seeds/003_cfc2b35397741154.txt (ids); specs/ecartapi/customers.yaml (Ids)",
            suite: Suite::Canonical,
            outcome,
            duration: Duration::from_millis(ms),
        };
        Report::new(
            "0a1b2c3d".into(),
            vec![
                result("canonical.filter.ids", Outcome::Passed, 12),
                result(
                    "canonical.list.envelope",
                    Outcome::Failed("expected 200,\ngot 500".into()),
                    1_500,
                ),
                result(
                    "ecwid.get.unknown",
                    Outcome::Skipped("no Ecwid target given".into()),
                    0,
                ),
            ],
            vec![],
            Duration::from_secs(3),
        )
    }

    #[test]
    fn table_is_aligned_with_a_summary_line() {
        let mut out = Vec::new();
        report().print_table(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let expected = "\
CASE                     RESULT   TIME  SOURCE                                                         DETAIL
canonical.filter.ids     pass    12 ms  seeds/003_cfc2b35397741154.txt, specs/ecartapi/customers.yaml  what it checks
canonical.list.envelope  FAIL    1.5 s  seeds/003_cfc2b35397741154.txt, specs/ecartapi/customers.yaml  expected 200, got 500
ecwid.get.unknown        skip     0 ms  seeds/003_cfc2b35397741154.txt, specs/ecartapi/customers.yaml  no Ecwid target given
run 0a1b2c3d took 3.0 s
conformance: 1 passed, 1 failed, 1 skipped
";
        assert_eq!(text, expected);
    }

    #[test]
    fn documents_drop_the_section_notes() {
        assert_eq!(
            documents(
                "specs/ecartapi/customers.yaml (Limit: 1..100; BadRequest); shared ECWID_FACTS.md"
            ),
            "specs/ecartapi/customers.yaml, shared ECWID_FACTS.md"
        );
    }

    #[test]
    fn passed_needs_no_failure_and_one_pass() {
        let mut r = report();
        assert!(!r.passed());
        r.results
            .retain(|c| c.outcome != Outcome::Failed("expected 200,\ngot 500".into()));
        assert!(r.passed());
        r.results.retain(|c| c.outcome != Outcome::Passed);
        assert!(!r.passed());
    }
}
