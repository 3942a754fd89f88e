//! The repository owns what it cites: every file names only what a reader of this repository can
//! open, a vendor's public page by URL or a file of the repository. Background material kept
//! outside the repository (the team's notes and source documents) must never be cited, and a path under `docs/`,
//! `specs/`, `crates/`, `conformance/` or `xtask/` must exist.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use regex::Regex;

/// This file names forbidden citations and missing paths to test the checks on them.
const THIS_FILE: &str = "xtask/tests/citations.rs";

/// Former names that users may still type, kept where the documentation says they changed.
const FORMER_NAMES: &[&str] = &["canonical.customer.seed_example"];

#[test]
fn no_file_cites_what_the_repository_lacks() {
    let root = root();
    let files = files(&root);
    assert!(
        files.iter().any(|f| f == "README.md"),
        "git listed no README.md under {}",
        root.display()
    );
    let known = Known::new(&files);
    let mut problems = Vec::new();
    for file in &files {
        if file == THIS_FILE {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(root.join(file)) else {
            continue; // binary, or deleted from the work tree
        };
        problems.extend(outside_citations(file, &text));
        problems.extend(missing_paths(file, &text, &known));
    }
    assert!(
        problems.is_empty(),
        "{} citation(s) of what the repository lacks:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_checks_find_what_they_are_for() {
    let known = Known::new(&["docs/mapping.md".into(), "crates/a/src/generated.rs".into()]);
    let text = "see `docs/mapping.md#updates`, crates/*/src/generated.rs and crates/a/\n\
                then docs/gone.md, [a link](../docs/mapping.md) and https://example.com/docs/x\n\
                and [a broken link](../specs/gone.yaml)";
    assert_eq!(
        missing_paths("conformance/README.md", text, &known),
        [
            "conformance/README.md:2: `docs/gone.md` is not a file of the repository",
            "conformance/README.md:3: `../specs/gone.yaml` is not a file of the repository",
        ]
    );
    // The two paths are put together at run time, so that this file does not cite them itself
    // for checkers that read the repository as text.
    let seed_path = ["seeds", "000_x.txt"].join("/");
    let shared_path = ["..", "shared", "MAPPING_RULES.md"].join("/");
    let cited = [
        seed_path.as_str(),
        shared_path.as_str(),
        "shared ECWID_FACTS.md",
        "PROGENITOR_NOTES",
        "the seed documents' customers",
        "fn seed_customers()",
        "Seed document 000",
        "`canonical.customer.seed_example` and `seed_example`",
    ];
    for text in cited {
        assert!(!outside_citations("a.rs", text).is_empty(), "{text}");
    }
    for text in [
        "SimConfig { seed: 7 }",
        "--seed 1",
        "the same seed builds the same store",
        "`canonical.customer.seed_example` is now `canonical.customer.ecwid_example`",
    ] {
        assert!(outside_citations("a.rs", text).is_empty(), "{text}");
    }
}

/// The workspace root (xtask sits right under it).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask has a parent directory")
        .to_owned()
}

/// The repository's files, relative to `root`: tracked ones and new ones git does not ignore.
fn files(root: &Path) -> Vec<String> {
    let output = Command::new("git")
        .args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ])
        .current_dir(root)
        .output()
        .expect("this check runs git ls-files");
    assert!(
        output.status.success(),
        "git ls-files failed in {}: {}",
        root.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .expect("file names are UTF-8")
        .split('\0')
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Citations of the background material that lives outside the repository, and words that
/// speak of it ("the seed documents") instead of saying what is meant.
fn outside_citations(file: &str, text: &str) -> Vec<String> {
    let outside = Regex::new(
        r"(?x)
          seeds[/] | shared[/] | \bshared\s+[A-Z_]+\.md
        | ECWID_FACTS | MAPPING_RULES | PROGENITOR_NOTES
        | (?i: \bseed(?:s|ed)?[\s_-]?(?:documents?|customers?|examples?|data)\b
             | \bseed\s+(?:document\s+)?\d{3}\b )
        | seedCustomers",
    )
    .expect("the pattern is valid");
    lines(text)
        .flat_map(|(number, line)| {
            let line = FORMER_NAMES
                .iter()
                .fold(line.to_owned(), |line, name| line.replace(name, ""));
            let found: Vec<String> = outside
                .find_iter(&line)
                .map(|found| found.as_str().to_owned())
                .collect();
            found.into_iter().map(move |found| {
                format!(
                    "{file}:{number}: `{found}` cites background material that is not in the \
                     repository (cite the vendor's page by URL, or a file of the repository)"
                )
            })
        })
        .collect()
}

/// Paths under the repository's top-level folders that name no file or folder of it. A path
/// after `../` is read relative to the citing file's folder (a Markdown link); `*` and `{name}`
/// stand for any one path segment (`crates/*/src/generated.rs`).
fn missing_paths(file: &str, text: &str, known: &Known) -> Vec<String> {
    // Not after a letter, digit, `_`, `-`, `.` or `/`: `https://host/docs/x` is not a path here.
    let path = Regex::new(
        r"(?:^|[^A-Za-z0-9_./-])((?:\.\./)*)((?:docs|specs|crates|conformance|xtask)/[A-Za-z0-9_.*/{}-]*)",
    )
    .expect("the pattern is valid");
    let folder = Path::new(file).parent().unwrap_or(Path::new(""));
    let mut problems = Vec::new();
    for (number, line) in lines(text) {
        for found in path.captures_iter(line) {
            let cited = found[2].trim_end_matches(['.', ':']);
            let resolved = resolve(folder, &found[1], cited);
            if !known.contains(&resolved) {
                problems.push(format!(
                    "{file}:{number}: `{}{cited}` is not a file of the repository",
                    &found[1]
                ));
            }
        }
    }
    problems
}

/// `cited` as a path from the root: after `ups` (`../../`) relative to `folder`, else as is.
fn resolve(folder: &Path, ups: &str, cited: &str) -> String {
    if ups.is_empty() {
        return cited.to_owned();
    }
    let mut base: Vec<_> = folder.iter().map(|s| s.to_string_lossy()).collect();
    for _ in 0..ups.len() / 3 {
        base.pop();
    }
    base.push(cited.into());
    base.join("/")
}

/// Numbered lines, from 1.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().map(|(i, line)| (i + 1, line))
}

/// The repository's files and the folders that hold them.
struct Known {
    paths: BTreeSet<String>,
}

impl Known {
    fn new(files: &[String]) -> Self {
        let mut paths = BTreeSet::new();
        for file in files {
            paths.insert(file.clone());
            let mut folder = file.as_str();
            while let Some((parent, _)) = folder.rsplit_once('/') {
                paths.insert(format!("{parent}/"));
                paths.insert(parent.to_owned());
                folder = parent;
            }
        }
        Self { paths }
    }

    /// Whether `cited` names a file or folder; `*` and `{...}` match one path segment.
    fn contains(&self, cited: &str) -> bool {
        if !cited.contains(['*', '{']) {
            return self.paths.contains(cited);
        }
        let mut pattern = String::from("^");
        let mut rest = cited;
        while let Some(at) = rest.find(['*', '{']) {
            pattern.push_str(&regex::escape(&rest[..at]));
            pattern.push_str("[^/]+");
            rest = &rest[at..];
            let end = if rest.starts_with('{') {
                rest.find('}').map_or(rest.len(), |i| i + 1)
            } else {
                1
            };
            rest = &rest[end..];
        }
        pattern.push_str(&regex::escape(rest));
        pattern.push('$');
        let pattern = Regex::new(&pattern).expect("an escaped pattern is valid");
        self.paths.iter().any(|path| pattern.is_match(path))
    }
}
