//! The report as Markdown (for a pull request; it ends with the CHANGELOG entry to paste) and as
//! JSON.

use std::fmt::Write;

use anyhow::Result;

use super::change::{Class, Kind};
use super::report::{Change, Report, SpecReport, particulars, short_place};
use super::rust::Bump;

/// The JSON report.
pub fn json(report: &Report) -> Result<String> {
    Ok(serde_json::to_string_pretty(report)? + "\n")
}

/// The Markdown report.
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Spec changes against {}\n", report.base);
    for spec in &report.specs {
        spec_section(&mut out, spec);
    }
    if let Some(workspace) = report.workspace.as_ref().filter(|w| w.required.is_some()) {
        let _ = writeln!(out, "## Version\n");
        let base = workspace.base.as_deref().unwrap_or("(none at the base)");
        let required = workspace.required.as_deref().unwrap_or("-");
        let _ = writeln!(
            out,
            "One version for the workspace (README, \"Versions\"): {} at the base, {} now; the \
             changes are {} for Rust users, so the next release is at least **{required}**.\n",
            base,
            workspace.current,
            workspace.bump.words(),
        );
    }
    let _ = writeln!(out, "## CHANGELOG entry (paste under `## [Unreleased]`)\n");
    out.push_str(&changelog(report));
    out
}

fn spec_section(out: &mut String, spec: &SpecReport) {
    let krate = spec
        .rust
        .as_ref()
        .map(|r| format!(" (`{}`)", r.krate))
        .unwrap_or_default();
    let _ = writeln!(out, "## `{}`{krate}\n", spec.spec);
    let _ = writeln!(out, "{} -> {}\n", spec.old, spec.new);
    if !spec.changed() {
        let _ = writeln!(out, "No change.\n");
        return;
    }
    let (documentation, wire): (Vec<&Change>, Vec<&Change>) = spec
        .changes
        .iter()
        .partition(|change| change.kind == Kind::Documentation.id());
    if !wire.is_empty() {
        let _ = writeln!(out, "| where | change | use | on the wire | Rust API |");
        let _ = writeln!(out, "|---|---|---|---|---|");
    }
    for change in wire {
        table_rows(out, change);
    }
    if !documentation.is_empty() {
        let places: Vec<_> = documentation
            .iter()
            .map(|change| format!("`{}`", change.pointer))
            .collect();
        let _ = writeln!(
            out,
            "\nDescriptions and examples only ({}): {}",
            documentation.len(),
            places.join(", ")
        );
    }
    out.push('\n');
    if let Some(rust) = &spec.rust {
        let _ = writeln!(out, "**`{}`: {}.** Why:\n", rust.krate, rust.bump.words());
        for reason in &rust.reasons {
            let _ = writeln!(out, "- {reason}");
        }
        if let Some(api) = &rust.generated {
            let shown: Vec<_> = api.changes.iter().take(12).map(String::as_str).collect();
            let more = api.changes.len().saturating_sub(shown.len());
            let _ = writeln!(
                out,
                "- the generated public API, item by item: {}{}{}",
                api.bump.words(),
                if shown.is_empty() {
                    String::new()
                } else {
                    format!(": {}", shown.join("; "))
                },
                if more > 0 {
                    format!("; and {more} more")
                } else {
                    String::new()
                }
            );
            if api.stale {
                let _ = writeln!(
                    out,
                    "- the checked-in generated code is not what the spec generates: run `cargo \
                     xtask generate` (the comparison above read the checked-in code)"
                );
            }
        }
        match &rust.semver_checks {
            Some(verdict) => {
                let _ = writeln!(out, "- `cargo semver-checks`: {verdict}");
            }
            None => {
                let _ = writeln!(
                    out,
                    "- `cargo semver-checks` did not run (`--semver` runs it)"
                );
            }
        }
        if !rust.dependents.is_empty() {
            let names: Vec<_> = rust.dependents.iter().map(|d| format!("`{d}`")).collect();
            let _ = writeln!(
                out,
                "- built on its types: {}; a breaking change of the types is breaking for each whose \
                 public API shows them, and the workspace's one version takes the largest bump",
                names.join(", ")
            );
        }
        out.push('\n');
    }
}

/// The CHANGELOG entry: one bullet per changed spec, naming it (which is what the release check
/// looks for), its crate, and its changes by what they mean for users.
pub fn changelog(report: &Report) -> String {
    let mut sections: [(&str, Vec<String>); 3] =
        [("Changed", vec![]), ("Added", vec![]), ("Fixed", vec![])];
    for spec in &report.specs {
        if spec.changes.is_empty() {
            continue;
        }
        let who = match &spec.rust {
            Some(rust) => format!("`{}` (`{}`)", rust.krate, spec.spec),
            None => format!("`{}`", spec.spec),
        };
        let bump = spec
            .changes
            .iter()
            .map(|c| c.rust)
            .max()
            .unwrap_or(Bump::Patch);
        let wire = |class: Class| {
            spec.changes
                .iter()
                .filter(move |c| c.classes().contains(&class))
        };
        let mut parts = Vec::new();
        let breaking: Vec<_> = wire(Class::BreakingClients).map(summary).collect();
        if !breaking.is_empty() {
            parts.push(format!(
                "Breaking for clients on the wire: {}",
                breaking.join("; ")
            ));
        }
        let servers: Vec<_> = wire(Class::BreakingServers).map(summary).collect();
        if !servers.is_empty() {
            parts.push(format!(
                "Servers implementing the spec must follow: {}",
                servers.join("; ")
            ));
        }
        let additive: Vec<_> = wire(Class::Additive).map(summary).collect();
        if !additive.is_empty() {
            parts.push(format!("New: {}", additive.join("; ")));
        }
        if wire(Class::Documentation).next().is_some() {
            parts.push("Documentation".to_string());
        }
        let (section, prefix) = match bump {
            Bump::Major => (0, "**Breaking** for Rust users. "),
            Bump::Minor => (1, ""),
            Bump::Patch => (2, ""),
        };
        sections[section]
            .1
            .push(format!("- {who}: {prefix}{}.", parts.join(". ")));
    }
    let mut out = String::new();
    for (title, entries) in sections {
        if !entries.is_empty() {
            let _ = writeln!(out, "### {title}\n\n{}\n", entries.join("\n"));
        }
    }
    if out.is_empty() {
        out.push_str("Nothing: no spec changed.\n");
    }
    out
}

fn table_rows(out: &mut String, change: &Change) {
    let both = if change.both_directions() {
        " (used in requests and responses)"
    } else {
        ""
    };
    for (i, use_) in change.uses.iter().enumerate() {
        let (place, what, rust) = if i == 0 {
            let what = if change.detail.is_empty() {
                format!("{}{both}", change.kind)
            } else {
                format!(
                    "{}: {}{both}",
                    change.kind,
                    change.detail.replace('|', "\\|")
                )
            };
            (format!("`{}`", change.pointer), what, change.rust.words())
        } else {
            (String::new(), String::new(), "")
        };
        let operations: Vec<_> = use_.operations.iter().map(String::as_str).collect();
        let direction = match (use_.direction, operations.is_empty()) {
            (Some(direction), _) => format!("{} ({})", direction.id(), operations.join(", ")),
            (None, false) => operations.join(", "),
            (None, true) => "the spec".to_string(),
        };
        let classes: Vec<_> = use_.classes.iter().map(|c| c.words()).collect();
        let _ = writeln!(
            out,
            "| {place} | {what} | {direction} | {} | {rust} |",
            classes.join(", ")
        );
    }
}

/// `Customer.email` type-changed (integer -> string).
fn summary(change: &Change) -> String {
    let place = short_place(&change.pointer);
    match particulars(change) {
        Some(detail) => format!("`{place}` {} ({detail})", change.kind),
        None => format!("`{place}` {}", change.kind),
    }
}
