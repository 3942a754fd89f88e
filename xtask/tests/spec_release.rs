//! `cargo xtask spec-diff --check-release`, CI's check that a spec change since the last release
//! comes with the version bump and the CHANGELOG entry it needs, run in a temporary git
//! repository holding the workspace's specs, root manifest and a CHANGELOG.

mod common;

use std::fs;
use std::process::{Command, Output};

use common::{Copy, stderr};

const SPEC: &str = "specs/ecwid/customers.yaml";

/// A changelog whose released section already names the spec: that entry is the last
/// release's, not one for the change under test.
const CHANGELOG: &str = "# Changelog\n\n## [Unreleased]\n\n## [0.1.0]\n\n### Added\n\n\
    - `ecwid-client`, generated from `specs/ecwid/customers.yaml`.\n";

/// A git repository with the specs, a root `Cargo.toml` at version 0.1.0 and [`CHANGELOG`],
/// removed on drop.
struct Repo(Copy);

impl Repo {
    fn new(name: &str) -> Self {
        let copy = Copy::new(
            &format!("release-{name}"),
            &[SPEC, "specs/ecartapi/customers.yaml"],
        );
        fs::write(
            copy.root().join("Cargo.toml"),
            "[workspace]\nmembers = []\n\n[workspace.package]\nversion = \"0.1.0\"\n",
        )
        .unwrap();
        fs::write(copy.root().join("CHANGELOG.md"), CHANGELOG).unwrap();
        let repo = Repo(copy);
        repo.git(&["init", "--quiet", "--initial-branch", "release"]);
        repo.git(&["add", "."]);
        repo.git(&["commit", "--quiet", "-m", "the first release"]);
        repo
    }

    fn git(&self, args: &[&str]) {
        let status = Command::new("git")
            .args(["-c", "user.name=test", "-c", "user.email=test@example.com"])
            .args(args)
            .current_dir(self.0.root())
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    }

    /// Replace `from` by `to` in one file.
    fn edit(&self, file: &str, from: &str, to: &str) {
        self.0.edit(file, from, to);
    }

    fn check_release(&self) -> Output {
        self.0.xtask(&["spec-diff", "--check-release"])
    }
}

/// A response field's type changed: `CustomerStats.salesValue` from a number to a string.
fn break_a_response_field(repo: &Repo) {
    repo.edit(
        SPEC,
        "        salesValue:\n          type: number",
        "        salesValue:\n          type: string",
    );
}

#[test]
fn without_a_release_tag_the_check_says_so_and_passes() {
    let repo = Repo::new("untagged");
    break_a_response_field(&repo);
    let output = repo.check_release();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("no release tag (v*) yet"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_spec_change_without_its_bump_and_entry_fails_naming_both_and_passes_with_them() {
    let repo = Repo::new("tagged");
    repo.git(&["tag", "v0.1.0"]);
    let untouched = repo.check_release();
    assert!(untouched.status.success(), "{}", stderr(&untouched));
    assert!(
        stderr(&untouched).contains("no spec changed since v0.1.0"),
        "{}",
        stderr(&untouched)
    );

    break_a_response_field(&repo);
    let failed = repo.check_release();
    let text = stderr(&failed);
    assert_eq!(failed.status.code(), Some(1), "{text}");
    assert!(
        text.contains("the workspace version (Cargo.toml, [workspace.package]) is 0.1.0")
            && text.contains("need at least 0.2.0"),
        "{text}"
    );
    assert!(
        text.contains(
            "CHANGELOG.md has no entry naming `specs/ecwid/customers.yaml` above `## [0.1.0]`"
        ),
        "{text}"
    );
    assert!(!text.contains("specs/ecartapi/customers.yaml"), "{text}");

    // The bump alone is not enough.
    repo.edit("Cargo.toml", "version = \"0.1.0\"", "version = \"0.2.0\"");
    let text = stderr(&repo.check_release());
    assert!(!text.contains("the workspace version"), "{text}");
    assert!(text.contains("CHANGELOG.md has no entry"), "{text}");

    // The entry spec-diff drafts, pasted under [Unreleased], is.
    let report = String::from_utf8(repo.check_release().stdout).unwrap();
    let entry = report
        .split_once("## CHANGELOG entry (paste under `## [Unreleased]`)\n")
        .expect("the report drafts an entry")
        .1;
    assert!(entry.contains("**Breaking**"), "{entry}");
    repo.edit(
        "CHANGELOG.md",
        "## [Unreleased]\n",
        &format!("## [Unreleased]\n\n{entry}"),
    );
    let passed = repo.check_release();
    assert!(passed.status.success(), "{}", stderr(&passed));
    assert!(
        stderr(&passed)
            .contains("version 0.2.0 and the CHANGELOG follow the spec changes since v0.1.0"),
        "{}",
        stderr(&passed)
    );
}

#[test]
fn an_additive_change_needs_a_patch_release_before_1_0() {
    let repo = Repo::new("additive");
    repo.git(&["tag", "v0.1.0"]);
    // A new operation: a new client method.
    repo.edit(
        SPEC,
        "\ncomponents:\n",
        concat!(
            "\n  /{storeId}/customers_ping:\n",
            "    get:\n",
            "      operationId: pingCustomers\n",
            "      responses:\n",
            "        '204':\n",
            "          description: pong\n",
            "\ncomponents:\n",
        ),
    );
    let text = stderr(&repo.check_release());
    assert!(text.contains("need at least 0.1.1"), "{text}");
}
