//! The workspace's one version, the version a bump leads to, and what a release needs: the
//! version bumped as the spec changes require and a CHANGELOG entry naming each changed spec.

use anyhow::{Context, Result, bail};
use semver::Version;

use super::rust::Bump;

/// `[workspace.package] version` of a root `Cargo.toml`'s text; `source` names it in errors.
pub fn workspace_version(manifest: &str, source: &str) -> Result<Version> {
    let mut in_section = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_section = line == "[workspace.package]";
        } else if in_section && let Some(value) = line.strip_prefix("version") {
            let value = value.trim_start().strip_prefix('=').map(str::trim);
            let Some(quoted) = value.and_then(|v| v.strip_prefix('"')?.strip_suffix('"')) else {
                bail!("{source}: [workspace.package] version is not a quoted string: {line}");
            };
            return Version::parse(quoted)
                .with_context(|| format!("{source}: [workspace.package] version {quoted:?}"));
        }
    }
    bail!("{source}: no `version` in [workspace.package]")
}

/// The smallest version after `from` that `bump` allows; before 1.0 the minor number is the
/// breaking one and additions take a patch (README, "Versions").
pub fn next(from: &Version, bump: Bump) -> Version {
    let (major, minor, patch) = (from.major, from.minor, from.patch);
    match (major, bump) {
        (0, Bump::Major) => Version::new(0, minor + 1, 0),
        (0, _) => Version::new(0, minor, patch + 1),
        (_, Bump::Major) => Version::new(major + 1, 0, 0),
        (_, Bump::Minor) => Version::new(major, minor + 1, 0),
        (_, Bump::Patch) => Version::new(major, minor, patch + 1),
    }
}

/// Whether `CHANGELOG.md`'s text has an entry for a change of `spec` since release `released`:
/// a line naming the spec's path (`` `specs/ecwid/customers.yaml` ``) above the released
/// version's heading (`## [0.1.0]`), in the section that will become the next release's. The
/// error says what is missing.
pub fn changelog_entry(changelog: &str, released: &Version, spec: &str) -> Result<(), String> {
    let heading = format!("## [{released}]");
    let Some((upcoming, _)) = changelog.split_once(&heading) else {
        return Err(format!(
            "CHANGELOG.md has no `{heading}` heading: the release {released} has no section, so \
             no entry can be told apart from it"
        ));
    };
    if upcoming.contains(&format!("`{spec}`")) {
        Ok(())
    } else {
        Err(format!(
            "CHANGELOG.md has no entry naming `{spec}` above `{heading}`: paste the entry \
             spec-diff drafts"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn before_1_0_breaking_takes_the_minor_and_anything_else_the_patch() {
        let v = Version::new(0, 1, 3);
        assert_eq!(next(&v, Bump::Major), Version::new(0, 2, 0));
        assert_eq!(next(&v, Bump::Minor), Version::new(0, 1, 4));
        assert_eq!(next(&v, Bump::Patch), Version::new(0, 1, 4));
        let v = Version::new(1, 4, 2);
        assert_eq!(next(&v, Bump::Major), Version::new(2, 0, 0));
        assert_eq!(next(&v, Bump::Minor), Version::new(1, 5, 0));
        assert_eq!(next(&v, Bump::Patch), Version::new(1, 4, 3));
    }

    #[test]
    fn the_workspace_version_is_read_from_its_section_only() {
        let manifest =
            "[package]\nversion = \"9.9.9\"\n[workspace.package]\n# one\nversion = \"0.3.1\"\n";
        assert_eq!(
            workspace_version(manifest, "Cargo.toml").unwrap(),
            Version::new(0, 3, 1)
        );
        let err = workspace_version("[workspace]\n", "Cargo.toml").unwrap_err();
        assert!(
            format!("{err:#}").contains("Cargo.toml: no `version`"),
            "{err:#}"
        );
    }

    #[test]
    fn a_changelog_entry_is_one_above_the_released_version() {
        let spec = "specs/ecwid/customers.yaml";
        let released = Version::new(0, 1, 0);
        let old = "## [Unreleased]\n\n## [0.1.0]\n- from `specs/ecwid/customers.yaml`\n";
        let err = changelog_entry(old, &released, spec).unwrap_err();
        assert!(
            err.contains("no entry naming `specs/ecwid/customers.yaml` above `## [0.1.0]`"),
            "{err}"
        );
        let new = "## [0.2.0]\n- `ecwid-client` (`specs/ecwid/customers.yaml`): x\n## [0.1.0]\n";
        assert_eq!(changelog_entry(new, &released, spec), Ok(()));
        let unreleased = "## [Unreleased]\n- `ecwid-client` (`specs/ecwid/customers.yaml`)\n";
        let err = changelog_entry(unreleased, &released, spec).unwrap_err();
        assert!(err.contains("no `## [0.1.0]` heading"), "{err}");
    }
}
