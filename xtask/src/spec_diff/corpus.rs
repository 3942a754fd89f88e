//! The corpus of `xtask/tests/spec-diff/`: one YAML file per minimal before/after pair, with
//! the changes spec-diff must find, and what Atlassian's `openapi-diff` says of the same pair.
//!
//! A pair file holds `old` and `new` (OpenAPI documents; `openapi` and `info` may be left out,
//! they are filled in), `expected` (each change: `at` a JSON pointer, `kind`, `dir` `request`,
//! `response` or none, `class` a list, optionally `detail`), and `openapi_diff` when
//! openapi-diff's breaking verdict differs from ours: `{verdict: breaking | non-breaking | error,
//! why}`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use serde_json::{Value, json};

use super::change::Class;
use super::load::Spec;
use super::walk::{self, Finding};

/// One pair file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PairFile {
    old: Value,
    new: Value,
    expected: Vec<Expected>,
    #[serde(default)]
    openapi_diff: Option<Note>,
}

/// One change a pair must produce.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    at: String,
    kind: String,
    #[serde(default)]
    dir: Option<String>,
    class: BTreeSet<String>,
    #[serde(default)]
    detail: Option<String>,
}

/// Why openapi-diff's verdict on a pair differs from ours.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// What openapi-diff says: `breaking`, `non-breaking`, or `error` when it cannot read the
    /// pair.
    pub verdict: String,
    /// Why ours differs.
    pub why: String,
}

/// A loaded pair.
pub struct Pair {
    /// The file's name.
    pub name: String,
    /// Before.
    pub old: Spec,
    /// After.
    pub new: Spec,
    expected: Vec<Expected>,
    /// The explained disagreement with openapi-diff, if any.
    pub note: Option<Note>,
}

/// Every pair of `dir`, by file name.
pub fn load(dir: &Path) -> Result<Vec<Pair>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<std::io::Result<_>>()?;
    files.retain(|path| path.extension().is_some_and(|ext| ext == "yaml"));
    files.sort();
    files.iter().map(|path| load_pair(path)).collect()
}

fn load_pair(path: &Path) -> Result<Pair> {
    let name = path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {name}"))?;
    let file: PairFile = serde_yaml::from_str(&text).with_context(|| name.clone())?;
    let document = |side: &str, mut doc: Value| -> Result<Spec> {
        let Some(object) = doc.as_object_mut() else {
            bail!("{name}: /{side} is not a mapping");
        };
        object.entry("openapi").or_insert(json!("3.0.3"));
        object
            .entry("info")
            .or_insert(json!({"title": name, "version": "1"}));
        object.entry("paths").or_insert(json!({}));
        Ok(Spec {
            source: format!("{name}: /{side}"),
            doc,
        })
    };
    Ok(Pair {
        old: document("old", file.old)?,
        new: document("new", file.new)?,
        expected: file.expected,
        note: file.openapi_diff,
        name,
    })
}

impl Pair {
    /// Our findings.
    pub fn findings(&self) -> Result<Vec<Finding>> {
        walk::compare(&self.old, &self.new)
    }

    /// What differs between our findings and the expected ones, one line each.
    pub fn mismatches(&self) -> Result<Vec<String>> {
        let found: Vec<Expected> = self.findings()?.iter().map(as_expected).collect();
        let matches = |expected: &Expected, found: &Expected| {
            expected.detail.is_none()
                && Expected {
                    detail: None,
                    ..found.clone()
                } == *expected
                || expected == found
        };
        let mut lines = Vec::new();
        for expected in &self.expected {
            if !found.iter().any(|f| matches(expected, f)) {
                lines.push(format!("{}: expected, not found: {expected:?}", self.name));
            }
        }
        for found in &found {
            if !self.expected.iter().any(|e| matches(e, found)) {
                lines.push(format!("{}: found, not expected: {found:?}", self.name));
            }
        }
        Ok(lines)
    }

    /// Whether we call the pair breaking for clients.
    pub fn breaking(&self) -> Result<bool> {
        Ok(self
            .findings()?
            .iter()
            .any(|f| f.classes.contains(&Class::BreakingClients)))
    }

    /// The kinds of change the pair expects.
    #[cfg(test)]
    pub fn expected_kinds(&self) -> impl Iterator<Item = &str> {
        self.expected.iter().map(|e| e.kind.as_str())
    }

    /// Whether an expected change is used in both directions (the same place and kind).
    #[cfg(test)]
    pub fn has_both_directions(&self) -> bool {
        self.expected.iter().any(|a| {
            self.expected.iter().any(|b| {
                a.at == b.at
                    && a.kind == b.kind
                    && a.dir.as_deref() == Some("request")
                    && b.dir.as_deref() == Some("response")
            })
        })
    }
}

fn as_expected(finding: &Finding) -> Expected {
    Expected {
        at: finding.pointer.clone(),
        kind: finding.kind.id().to_string(),
        dir: finding.direction.map(|d| d.id().to_string()),
        class: finding.classes.iter().map(|c| c.id().to_string()).collect(),
        detail: Some(finding.detail.clone()),
    }
}

/// openapi-diff's verdict on a pair: `breaking`, `non-breaking`, or `error` when it cannot read
/// the pair (its message is printed). It reads JSON files, written to `scratch`.
pub fn openapi_diff(bin: &Path, pair: &Pair, scratch: &Path) -> Result<&'static str> {
    let stem = pair.name.trim_end_matches(".yaml");
    let old = scratch.join(format!("{stem}.old.json"));
    let new = scratch.join(format!("{stem}.new.json"));
    std::fs::write(&old, serde_json::to_vec_pretty(&pair.old.doc)?)?;
    std::fs::write(&new, serde_json::to_vec_pretty(&pair.new.doc)?)?;
    let output = Command::new(bin)
        .arg(&old)
        .arg(&new)
        .output()
        .with_context(|| format!("running {}", bin.display()))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    // It prints a sentence, then the result as JSON; only the sentence when nothing changed.
    if output.status.success() && stdout.starts_with("No changes found") {
        return Ok("non-breaking");
    }
    let result = stdout
        .find('{')
        .and_then(|start| serde_json::from_str::<Value>(&stdout[start..]).ok());
    match result.as_ref().map(|r| &r["breakingDifferencesFound"]) {
        Some(Value::Bool(true)) => Ok("breaking"),
        Some(Value::Bool(false)) => Ok("non-breaking"),
        _ => {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let first = stderr
                .lines()
                .chain(stdout.lines())
                .next()
                .unwrap_or("no output");
            eprintln!("{}: openapi-diff gave no verdict: {first}", pair.name);
            Ok("error")
        }
    }
}

/// `cargo xtask spec-diff-corpus`: every pair classified as expected and, with `openapi_diff`,
/// every disagreement with it explained (and every explanation still needed). Prints one line
/// per pair; `Ok(false)` on any failure.
pub fn run(root: &Path, openapi_diff_bin: Option<&Path>) -> Result<bool> {
    let pairs = load(&root.join("xtask/tests/spec-diff"))?;
    let scratch = std::env::temp_dir().join(format!("spec-diff-corpus-{}", std::process::id()));
    std::fs::create_dir_all(&scratch)?;
    let mut failures = 0;
    let mut disagreements = 0;
    for pair in &pairs {
        let mismatches = pair.mismatches()?;
        for line in &mismatches {
            eprintln!("{line}");
        }
        failures += usize::from(!mismatches.is_empty());
        let ours = if pair.breaking()? {
            "breaking"
        } else {
            "non-breaking"
        };
        let Some(bin) = openapi_diff_bin else {
            println!("{}: {ours}", pair.name);
            continue;
        };
        let theirs = openapi_diff(bin, pair, &scratch)?;
        let verdict = match (&pair.note, ours == theirs) {
            (None, true) => "agree".to_string(),
            (Some(note), false) if note.verdict == theirs => {
                disagreements += 1;
                format!("differ, explained: {}", note.why)
            }
            (Some(note), true) => {
                failures += 1;
                format!(
                    "agree, but the pair explains a disagreement ({}): remove the note",
                    note.verdict
                )
            }
            (Some(note), false) => {
                failures += 1;
                format!(
                    "differ, and the note says openapi-diff says {}",
                    note.verdict
                )
            }
            (None, false) => {
                failures += 1;
                "differ, UNEXPLAINED: fix spec-diff or add `openapi_diff` to the pair".to_string()
            }
        };
        println!(
            "{}: ours {ours}, openapi-diff {theirs}: {verdict}",
            pair.name
        );
    }
    let _ = std::fs::remove_dir_all(&scratch);
    println!(
        "{} pairs, {failures} failing{}",
        pairs.len(),
        if openapi_diff_bin.is_some() {
            format!(", {disagreements} explained disagreements with openapi-diff")
        } else {
            String::new()
        }
    );
    Ok(failures == 0)
}

#[cfg(test)]
mod tests {
    use super::super::change::Kind;
    use super::*;

    fn corpus() -> Vec<Pair> {
        load(
            &crate::workspace::root()
                .unwrap()
                .join("xtask/tests/spec-diff"),
        )
        .unwrap()
    }

    #[test]
    fn every_pair_of_the_corpus_is_classified_as_expected() {
        let pairs = corpus();
        assert!(pairs.len() >= 25, "{} pairs", pairs.len());
        let mismatches: Vec<String> = pairs
            .iter()
            .flat_map(|pair| pair.mismatches().unwrap())
            .collect();
        assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    }

    #[test]
    fn the_corpus_exercises_every_kind_of_change_and_a_schema_used_both_ways() {
        let pairs = corpus();
        let covered: BTreeSet<&str> = pairs.iter().flat_map(Pair::expected_kinds).collect();
        let missing: Vec<_> = Kind::ALL
            .iter()
            .map(|kind| kind.id())
            .filter(|id| !covered.contains(id))
            .collect();
        assert!(missing.is_empty(), "no pair expects {missing:?}");
        assert!(pairs.iter().any(Pair::has_both_directions));
    }

    #[test]
    fn a_wrong_expectation_is_reported_with_the_pair_and_the_change() {
        let dir = std::env::temp_dir().join(format!("spec-diff-pair-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("wrong.yaml"),
            "old: {paths: {/a: {get: {responses: {'200': {description: ok}}}}}}\n\
             new: {paths: {}}\n\
             expected:\n  - {at: '#/paths/~1a/get', kind: operation-added, class: [additive]}\n",
        )
        .unwrap();
        let pairs = load(&dir).unwrap();
        let lines = pairs[0].mismatches().unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(
            lines[0].starts_with("wrong.yaml: expected, not found")
                && lines[0].contains("operation-added")
        );
        assert!(
            lines[1].starts_with("wrong.yaml: found, not expected")
                && lines[1].contains("operation-removed")
        );
    }
}
