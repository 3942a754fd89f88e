//! The dependency rules of ARCHITECTURE.md ("Invariants"), read from `cargo metadata`: which
//! crate may never depend on which. Only normal (and build) dependencies count: tests may use
//! anything, so the gateway's tests run against the simulated store.

use std::path::Path;
use std::process::Command;

use serde_json::{Value, json};

/// The runtime and HTTP crates whose presence means I/O.
const IO: &[&str] = &[
    "tokio",
    "reqwest",
    "hyper",
    "hyper-util",
    "axum",
    "tower",
    "mio",
];

/// The crates of the workspace that serve or check servers.
const SERVERS: &[&str] = &[
    "bounded-server",
    "ecwid-sim",
    "ecart-gateway",
    "ecart-conformance",
];

/// The crates that know no other crate of the workspace: how a router is served, what a request
/// says about its body, the specs' schemas as validators, the HTTP layer under both clients.
const LEAVES: &[&str] = &[
    "bounded-server",
    "request-input",
    "spec-schemas",
    "client-http",
];

/// One rule: `krate` never depends on any of `never`, because `why`.
struct Rule {
    krate: &'static str,
    never: &'static [&'static [&'static str]],
    why: &'static str,
}

const RULES: &[Rule] = &[
    Rule {
        krate: "ecwid-client",
        never: &[&["ecwid-mapping", "ecartapi-client"], SERVERS],
        why: "a client knows its API's wire and nothing else",
    },
    Rule {
        krate: "ecartapi-client",
        never: &[&["ecwid-mapping", "ecwid-client"], SERVERS],
        why: "a client knows its API's wire and nothing else",
    },
    Rule {
        krate: "ecwid-mapping",
        never: &[IO, SERVERS],
        why: "the mapping does no I/O",
    },
    Rule {
        krate: "ecart-gateway",
        never: &[&["ecwid-sim", "ecart-conformance"]],
        why: "the gateway reaches Ecwid only through ecwid-client, never the simulated store",
    },
    Rule {
        krate: "ecwid-sim",
        never: &[&[
            "ecartapi-client",
            "ecwid-mapping",
            "ecart-gateway",
            "ecart-conformance",
        ]],
        why: "the simulated store speaks Ecwid only",
    },
    Rule {
        krate: "ecart-conformance",
        never: &[&["ecwid-mapping"]],
        why: "the suite checks the contracts, not the gateway against its own mapping",
    },
    Rule {
        krate: "canonical-memory",
        never: &[&[
            "ecart-gateway",
            "ecwid-mapping",
            "ecwid-client",
            "ecartapi-client",
            "spec-schemas",
            "request-input",
        ]],
        why: "the second canonical implementation is written from the spec alone, so the suite \
              is proven against code that shares nothing with the gateway",
    },
];

/// Test support that reads the repository's specs: a dev-dependency only.
const TEST_SUPPORT: &str = "spec-examples";

#[test]
fn the_crates_keep_to_the_dependency_rules() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask has a parent directory");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(root)
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON");
    let broken = violations(&metadata);
    assert!(
        broken.is_empty(),
        "ARCHITECTURE.md's dependency rules are broken:\n{}",
        broken.join("\n")
    );
}

#[test]
fn each_rule_finds_what_it_forbids() {
    let package = |name: &str, publish: Option<Vec<&str>>, deps: Value| json!({"name": name, "publish": publish, "dependencies": deps});
    let normal = |name: &str| json!({"name": name, "kind": null});
    let dev = |name: &str| json!({"name": name, "kind": "dev"});
    let metadata = json!({"packages": [
        package("ecwid-client", None, json!([normal("ecwid-mapping")])),
        package("ecartapi-client", None, json!([])),
        package("ecwid-mapping", None, json!([normal("tokio"), normal("serde")])),
        package("ecart-gateway", None, json!([normal("ecwid-sim"), dev("spec-examples")])),
        package("ecwid-sim", None, json!([dev("ecart-gateway")])),
        package("ecart-conformance", None, json!([normal("ecwid-client"), normal("ecart")])),
        package("bounded-server", None, json!([normal("ecwid-client"), normal("axum")])),
        package("canonical-memory", Some(vec![]), json!([normal("ecwid-client"), dev("ecart-conformance")])),
        package("ecart", Some(vec![]), json!([normal("spec-examples")])),
        package("spec-examples", Some(vec![]), json!([])),
        package("xtask", Some(vec![]), json!([])),
    ]});
    assert_eq!(
        violations(&metadata),
        [
            "ecwid-client depends on ecwid-mapping: a client knows its API's wire and nothing else",
            "ecwid-mapping depends on tokio: the mapping does no I/O",
            "ecart-gateway depends on ecwid-sim: the gateway reaches Ecwid only through \
             ecwid-client, never the simulated store",
            "ecart-conformance depends on ecart, which is not published",
            "bounded-server depends on ecwid-client: bounded-server knows no other crate of the \
             workspace",
            "canonical-memory depends on ecwid-client: the second canonical implementation is \
             written from the spec alone, so the suite is proven against code that shares nothing \
             with the gateway",
            "ecart depends on spec-examples: test support is a dev-dependency only",
        ]
    );

    let renamed = json!({"packages": [package("ecwid-client", None, json!([]))]});
    assert!(
        violations(&renamed)
            .iter()
            .any(|v| v == "a rule names ecwid-mapping, which is not in the workspace"),
        "a renamed crate must not silently escape its rule"
    );
}

/// Every broken rule, one line each, in package order.
fn violations(metadata: &Value) -> Vec<String> {
    let packages = metadata["packages"]
        .as_array()
        .expect("cargo metadata lists packages");
    let name = |package: &Value| package["name"].as_str().unwrap_or_default().to_owned();
    let members: Vec<String> = packages.iter().map(name).collect();
    let published = |member: &str| {
        packages
            .iter()
            .any(|p| name(p) == member && p["publish"] != json!([]))
    };
    let mut broken = Vec::new();
    for rule in RULES {
        if !members.iter().any(|member| member == rule.krate) {
            broken.push(format!(
                "a rule names {}, which is not in the workspace",
                rule.krate
            ));
        }
    }
    for package in packages {
        let krate = name(package);
        let runtime_deps = package["dependencies"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|dep| dep["kind"].as_str() != Some("dev"))
            .filter_map(|dep| dep["name"].as_str());
        for dep in runtime_deps {
            for rule in RULES.iter().filter(|rule| rule.krate == krate) {
                if rule.never.iter().any(|group| group.contains(&dep)) {
                    broken.push(format!("{krate} depends on {dep}: {}", rule.why));
                }
            }
            let member = members.iter().any(|member| member == dep);
            if LEAVES.contains(&krate.as_str()) && member {
                broken.push(format!(
                    "{krate} depends on {dep}: {krate} knows no other crate of the workspace"
                ));
            }
            if published(&krate) && member && !published(dep) {
                broken.push(format!("{krate} depends on {dep}, which is not published"));
            }
            if dep == TEST_SUPPORT {
                broken.push(format!(
                    "{krate} depends on {dep}: test support is a dev-dependency only"
                ));
            }
        }
    }
    broken
}
