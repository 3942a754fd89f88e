//! [`Report`]: the result of every case of a run, as an aligned table, a verbose listing or
//! JUnit XML.

use std::collections::BTreeSet;
use std::io::{self, Write};
use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};

use crate::capability::{Capabilities, Capability};
use crate::case::Suite;
use crate::source::{Citation, Source};

/// The columns [`Report::print_table`] fits in.
pub const TABLE_WIDTH: usize = 120;

/// The narrowest the DETAIL column gets, however wide the other columns are.
const MIN_DETAIL_WIDTH: usize = 24;

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
    /// The documents the behaviour comes from.
    pub sources: &'static [Citation],
    /// The capabilities the case needs.
    pub needs: &'static [Capability],
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
    capabilities: Option<Capabilities>,
    unreachable: Option<String>,
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
            capabilities: None,
            unreachable: None,
        }
    }

    pub(crate) fn set_capabilities(&mut self, capabilities: Option<Capabilities>) {
        self.capabilities = capabilities;
    }

    pub(crate) fn set_unreachable(&mut self, why: Option<String>) {
        self.unreachable = why;
    }

    /// The canonical target's capabilities as the run found them (probed or given); `None` when
    /// no canonical case ran.
    pub fn capabilities(&self) -> Option<&Capabilities> {
        self.capabilities.as_ref()
    }

    /// Why the canonical target could not be checked at all (no answer, or the key refused);
    /// its cases are then skipped with this reason. `ecart conformance` exits 2.
    pub fn unreachable(&self) -> Option<&str> {
        self.unreachable.as_deref()
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

    /// The results as an aligned table (case, result, time, source keys, detail) within
    /// [`TABLE_WIDTH`] columns, the legend of the source keys it used (key, URL or path), then
    /// the clean-up problems and a closing `conformance: N passed, N failed, N skipped` line.
    /// The detail is the failure or skip reason, or the description of a case that passed; a
    /// cell too long for its column goes on over the next lines.
    ///
    /// ```
    /// # async fn demo() -> std::io::Result<()> {
    /// let report = conformance::run(&conformance::Target::default(), &Default::default()).await;
    /// let mut out = Vec::new();
    /// report.print_table(&mut out)?;
    /// let text = String::from_utf8(out).unwrap();
    /// assert!(text.lines().last().unwrap().starts_with("conformance: 0 passed, 0 failed"));
    /// assert!(text.lines().all(|line| line.chars().count() <= conformance::TABLE_WIDTH));
    /// # Ok(())
    /// # }
    /// ```
    pub fn print_table(&self, out: &mut impl Write) -> io::Result<()> {
        self.print_capabilities(out)?;
        let rows: Vec<TableRow> = self.results.iter().map(TableRow::new).collect();
        let header = TableRow {
            cells: ["CASE", "RESULT", "TIME"].map(str::to_owned),
            keys: vec!["SOURCE"],
            detail: "DETAIL".to_owned(),
        };
        let mut widths = [0usize; 4];
        for row in std::iter::once(&header).chain(&rows) {
            for (width, cell) in widths.iter_mut().zip(&row.cells) {
                *width = (*width).max(cell.chars().count());
            }
            for key in &row.keys {
                widths[3] = widths[3].max(key.chars().count());
            }
        }
        let detail_width = TABLE_WIDTH
            .saturating_sub(widths.iter().sum::<usize>() + 2 * widths.len())
            .max(MIN_DETAIL_WIDTH);
        // Break lines at spaces only: `Content-Type` and `yyyy-MM-dd` stay whole.
        let wrap = textwrap::Options::new(detail_width)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for row in std::iter::once(&header).chain(&rows) {
            let detail = textwrap::wrap(&row.detail, &wrap);
            for line in 0..row.keys.len().max(detail.len()).max(1) {
                let cell = |i: usize| if line == 0 { row.cells[i].as_str() } else { "" };
                let text = format!(
                    "{:<w0$}  {:<w1$}  {:>w2$}  {:<w3$}  {}",
                    cell(0),
                    cell(1),
                    cell(2),
                    row.keys.get(line).copied().unwrap_or(""),
                    detail.get(line).map_or("", |d| d.as_ref()),
                    w0 = widths[0],
                    w1 = widths[1],
                    w2 = widths[2],
                    w3 = widths[3],
                );
                writeln!(out, "{}", text.trim_end())?;
            }
        }
        self.print_legend(out)?;
        self.print_end(out)
    }

    /// Every case with its full sources: a line with the case, its result and time, then what it
    /// checks, the failure or skip reason, and each source's URL or path with the section the case
    /// relies on. Closed as [`print_table`](Self::print_table) closes.
    ///
    /// ```text
    /// canonical.filter.ids: pass, 12 ms
    ///   ids=A returns A and not B; ids=A,B both and nothing else; an unknown id is left out
    ///   source: https://docs.ecartapi.com/docs/customers (Query filters: ids)
    ///   source: specs/ecartapi/customers.yaml (Ids)
    /// ```
    pub fn print_verbose(&self, out: &mut impl Write) -> io::Result<()> {
        self.print_capabilities(out)?;
        for result in &self.results {
            writeln!(
                out,
                "{}: {}, {}",
                result.id,
                result.outcome.label(),
                format_duration(result.duration)
            )?;
            writeln!(out, "  {}", one_line(result.description))?;
            if let Some(reason) = result.outcome.reason() {
                writeln!(out, "  {}: {}", result.outcome.label(), one_line(reason))?;
            }
            for citation in result.sources {
                writeln!(out, "  source: {}", citation.full())?;
            }
        }
        self.print_end(out)
    }

    /// `Capabilities:` and, for each, whether the target has it and how the run knows (probed or
    /// given); then why the target could not be checked, if so. Nothing when no canonical case
    /// ran.
    fn print_capabilities(&self, out: &mut impl Write) -> io::Result<()> {
        if let Some(capabilities) = &self.capabilities {
            writeln!(out, "Capabilities:")?;
            let wrap = textwrap::Options::new(TABLE_WIDTH)
                .subsequent_indent("                              ")
                .word_splitter(textwrap::WordSplitter::NoHyphenation);
            for (capability, finding) in capabilities.iter() {
                let line = format!(
                    "  {:<10}  {:<7}  {:<5}  {}",
                    capability.name(),
                    if finding.present { "present" } else { "absent" },
                    if finding.probed { "probe" } else { "given" },
                    finding.how
                );
                for part in textwrap::wrap(&line, &wrap) {
                    writeln!(out, "{part}")?;
                }
            }
        }
        if let Some(why) = &self.unreachable {
            writeln!(
                out,
                "the canonical target cannot be checked: {}",
                one_line(why)
            )?;
        }
        Ok(())
    }

    /// `Sources:` and each source the results cite: its key, then its URL or path; a URL too long
    /// for the line goes on the next one, indented by two spaces (URLs are never cut).
    fn print_legend(&self, out: &mut impl Write) -> io::Result<()> {
        let used: BTreeSet<Source> = self
            .results
            .iter()
            .flat_map(|r| r.sources)
            .map(Citation::source)
            .collect();
        if used.is_empty() {
            return Ok(());
        }
        let width = used.iter().map(|s| s.key().len()).max().unwrap_or(0);
        writeln!(out, "Sources:")?;
        for source in used {
            let location = source.location().as_str();
            if width + 2 + location.chars().count() <= TABLE_WIDTH {
                writeln!(out, "{:<width$}  {location}", source.key())?;
            } else {
                writeln!(out, "{}\n  {location}", source.key())?;
            }
        }
        Ok(())
    }

    /// The clean-up problems, the run id and time, and the closing summary line.
    fn print_end(&self, out: &mut impl Write) -> io::Result<()> {
        let indent = " ".repeat("clean-up: ".len());
        let wrap = textwrap::Options::new(TABLE_WIDTH)
            .initial_indent("clean-up: ")
            .subsequent_indent(&indent)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for problem in &self.cleanup {
            for line in textwrap::wrap(&one_line(problem), &wrap) {
                writeln!(out, "{line}")?;
            }
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

    /// The report as JSON, for tools (`ecart conformance --report json`, `--json FILE`):
    ///
    /// ```json
    /// {"runId": "0a1b2c3d", "elapsedMs": 3000, "passed": false,
    ///  "summary": {"passed": 1, "failed": 1, "skipped": 1},
    ///  "unreachable": null,
    ///  "capabilities": [{"name": "count", "present": false, "probed": true, "how": "..."}],
    ///  "cases": [{"id": "canonical.filter.ids", "suite": "canonical", "result": "pass",
    ///             "reason": null, "durationMs": 12, "description": "...",
    ///             "needs": ["ids"], "sources": ["specs/ecartapi/customers.yaml (Ids)"]}],
    ///  "cleanup": []}
    /// ```
    ///
    /// `result` is `pass`, `fail` or `skip`; `reason` says why a case failed or was skipped.
    pub fn to_json(&self) -> Value {
        let s = self.summary();
        let capabilities: Vec<Value> = self
            .capabilities
            .iter()
            .flat_map(Capabilities::iter)
            .map(|(capability, finding)| {
                json!({
                    "name": capability.name(),
                    "present": finding.present,
                    "probed": finding.probed,
                    "how": finding.how,
                })
            })
            .collect();
        let cases: Vec<Value> = self
            .results
            .iter()
            .map(|r| {
                json!({
                    "id": r.id,
                    "suite": r.suite.to_string(),
                    "result": match r.outcome {
                        Outcome::Passed => "pass",
                        Outcome::Failed(_) => "fail",
                        Outcome::Skipped(_) => "skip",
                    },
                    "reason": r.outcome.reason(),
                    "durationMs": duration_ms(r.duration),
                    "description": r.description,
                    "needs": r.needs.iter().map(|c| c.name()).collect::<Vec<_>>(),
                    "sources": r.sources.iter().map(Citation::full).collect::<Vec<_>>(),
                })
            })
            .collect();
        json!({
            "runId": self.run_id,
            "elapsedMs": duration_ms(self.elapsed),
            "passed": self.passed(),
            "summary": {"passed": s.passed, "failed": s.failed, "skipped": s.skipped},
            "unreachable": self.unreachable,
            "capabilities": capabilities,
            "cases": cases,
            "cleanup": self.cleanup,
        })
    }

    /// Write [`to_json`](Self::to_json) to `path`, pretty-printed.
    pub fn write_json(&self, path: impl AsRef<Path>) -> io::Result<()> {
        let text = serde_json::to_string_pretty(&self.to_json()).map_err(io::Error::other)?;
        std::fs::write(path, text + "\n")
    }

    /// Write the results as JUnit XML to `path`: one `<testsuite>` per API, one `<testcase>` per
    /// case with its description and its sources (URL or path, and section), failures and skips
    /// with their reason.
    pub fn write_junit(&self, path: impl AsRef<Path>) -> io::Result<()> {
        std::fs::write(path, self.to_junit()?)
    }

    /// The results as JUnit XML (what [`write_junit`](Self::write_junit) writes).
    pub fn to_junit(&self) -> io::Result<String> {
        crate::junit::to_xml(self)
    }
}

/// Whole milliseconds, saturating.
fn duration_ms(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// `12 ms`, `3.4 s`.
fn format_duration(d: Duration) -> String {
    if d < Duration::from_secs(1) {
        format!("{} ms", d.as_millis())
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}

/// The cells of one case in the table.
struct TableRow {
    /// Case, result, time.
    cells: [String; 3],
    /// The keys of its sources, one per line.
    keys: Vec<&'static str>,
    /// The reason, or the description; wrapped to the DETAIL column.
    detail: String,
}

impl TableRow {
    fn new(result: &CaseResult) -> Self {
        let mut keys: Vec<&'static str> = Vec::new();
        for citation in result.sources {
            let key = citation.source().key();
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        Self {
            cells: [
                result.id.to_owned(),
                result.outcome.label().to_owned(),
                format_duration(result.duration),
            ],
            keys,
            detail: one_line(result.outcome.reason().unwrap_or(result.description)),
        }
    }
}

/// `text` on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILTER: &[Citation] = &[
        Source::EcartapiCustomers.at("Query filters: ids"),
        Source::CanonicalSpec.at("Ids"),
    ];
    const GET: &[Citation] = &[Source::EcwidGet.at("Errors: 404")];

    fn result(
        id: &'static str,
        sources: &'static [Citation],
        outcome: Outcome,
        ms: u64,
    ) -> CaseResult {
        CaseResult {
            id,
            description: "what it checks",
            sources,
            needs: &[],
            suite: Suite::Canonical,
            outcome,
            duration: Duration::from_millis(ms),
        }
    }

    fn report() -> Report {
        Report::new(
            "0a1b2c3d".into(),
            vec![
                result("canonical.filter.ids", FILTER, Outcome::Passed, 12),
                result(
                    "canonical.list.envelope",
                    FILTER,
                    Outcome::Failed("expected 200,\ngot 500".into()),
                    1_500,
                ),
                result(
                    "ecwid.get.unknown",
                    GET,
                    Outcome::Skipped("no Ecwid target given".into()),
                    0,
                ),
            ],
            vec![],
            Duration::from_secs(3),
        )
    }

    fn printed(print: impl Fn(&Report, &mut Vec<u8>) -> io::Result<()>, report: &Report) -> String {
        let mut out = Vec::new();
        print(report, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn table_is_aligned_with_a_legend_and_a_summary_line() {
        let expected = "\
CASE                     RESULT   TIME  SOURCE              DETAIL
canonical.filter.ids     pass    12 ms  ecartapi:customers  what it checks
                                        spec:ecartapi
canonical.list.envelope  FAIL    1.5 s  ecartapi:customers  expected 200, got 500
                                        spec:ecartapi
ecwid.get.unknown        skip     0 ms  ecwid:get           no Ecwid target given
Sources:
ecwid:get           https://docs.ecwid.com/api-reference/rest-api/customers/get-customer
ecartapi:customers  https://docs.ecartapi.com/docs/customers
spec:ecartapi       specs/ecartapi/customers.yaml
run 0a1b2c3d took 3.0 s
conformance: 1 passed, 1 failed, 1 skipped
";
        assert_eq!(printed(Report::print_table, &report()), expected);
    }

    #[test]
    fn a_url_too_long_for_its_keys_line_goes_whole_on_the_next() {
        const LONG: &[Citation] = &[
            Source::EcartapiCustomers.at("Response shape"),
            Source::EcwidExtraFieldsSearch.whole(),
        ];
        let report = Report::new(
            "0a1b2c3d".into(),
            vec![result("ecwid.extrafields.x", LONG, Outcome::Passed, 1)],
            vec![],
            Duration::from_secs(1),
        );
        let table = printed(Report::print_table, &report);
        let url = Source::EcwidExtraFieldsSearch.location().as_str();
        assert!(
            table.contains(&format!("ecwid:extrafields-search\n  {url}\n")),
            "{table}"
        );
        assert!(
            table.lines().all(|l| l.chars().count() <= TABLE_WIDTH),
            "{table}"
        );
    }

    #[test]
    fn long_cells_go_on_over_lines_within_the_table_width() {
        const MANY: &[Citation] = &[
            Source::EcwidCreate.at("Response: id"),
            Source::EcwidGet.at("Errors: 404"),
            Source::EcwidUpdate.at("Response: updateCount"),
            Source::EcwidDelete.at("Response: deleteCount"),
        ];
        let url = format!("http://127.0.0.1:8080/api/v2/customers?{}", "Z".repeat(150));
        let reason = format!(
            "GET {url}: expected 200 with {{\"success\": true, \"customers\": [...]}}, got 500 \
             with a body of 2 kB that says the upstream store timed out after 30 s"
        );
        let mut report = Report::new(
            "0a1b2c3d".into(),
            vec![
                result(
                    "canonical.errors.method_not_allowed",
                    MANY,
                    Outcome::Failed(reason.clone()),
                    120_000,
                ),
                result("ecwid.search.response_fields", GET, Outcome::Passed, 3),
            ],
            vec![format!(
                "conf-0a1b2c3d-alpha@example.com: DELETE {url} answered 500"
            )],
            Duration::from_secs(125),
        );
        report.results[1].description = "responseFields=total,items(id,name,email) strips every other field, however many there are, on every page of the walk";
        let table = printed(Report::print_table, &report);
        for line in table.lines() {
            assert!(line.chars().count() <= TABLE_WIDTH, "{line:?} is too wide");
        }
        let words: Vec<&str> = table.split_whitespace().collect();
        for word in reason.split_whitespace().filter(|w| !w.contains(&url)) {
            assert!(words.contains(&word), "{word:?} is lost:\n{table}");
        }
        assert_eq!(
            table.matches('Z').count(),
            2 * 150,
            "the long URL is cut, in the reason or the clean-up:\n{table}"
        );
        for key in ["ecwid:create", "ecwid:update", "ecwid:delete"] {
            assert_eq!(
                table.lines().filter(|l| l.contains(key)).count(),
                2,
                "{key} in a row and in the legend:\n{table}"
            );
        }
        assert!(table.contains("\nclean-up: conf-0a1b2c3d-alpha@example.com: DELETE"));
        assert!(table.ends_with("conformance: 1 passed, 1 failed, 0 skipped\n"));
    }

    #[test]
    fn verbose_gives_every_case_its_full_sources() {
        let expected = "\
canonical.filter.ids: pass, 12 ms
  what it checks
  source: https://docs.ecartapi.com/docs/customers (Query filters: ids)
  source: specs/ecartapi/customers.yaml (Ids)
canonical.list.envelope: FAIL, 1.5 s
  what it checks
  FAIL: expected 200, got 500
  source: https://docs.ecartapi.com/docs/customers (Query filters: ids)
  source: specs/ecartapi/customers.yaml (Ids)
ecwid.get.unknown: skip, 0 ms
  what it checks
  skip: no Ecwid target given
  source: https://docs.ecwid.com/api-reference/rest-api/customers/get-customer (Errors: 404)
run 0a1b2c3d took 3.0 s
conformance: 1 passed, 1 failed, 1 skipped
";
        assert_eq!(printed(Report::print_verbose, &report()), expected);
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
