//! Throughput of Ecwid JSON -> canonical JSON (the typed path and the one-pass path) against the
//! baseline of the same bytes parsed into the generated Ecwid type and serialized back (no
//! mapping).
//!
//! `cargo bench -p ecwid-mapping`; the figures go in BENCHMARKS.md.

use divan::counter::{BytesCount, ItemsCount};
use divan::{Bencher, black_box};
use serde_json::Value;
use spec_examples::{ECWID, Spec};

fn main() {
    divan::main();
}

/// 1,000 customers, one JSON text each: the two full customers of Ecwid's search example (the
/// spec's `twoCustomers`), varied (ids, names, dates, several shipping addresses) so no two are
/// the same.
fn corpus() -> Vec<String> {
    let page = Spec::load(ECWID).example(
        "/{storeId}/customers",
        "get",
        "responses/200",
        "twoCustomers",
    );
    let examples = page["items"].as_array().expect("items").clone();
    (0..1_000)
        .map(|i| {
            let mut customer: Value = examples[i % examples.len()].clone();
            customer["id"] = Value::from(100_000 + i);
            customer["name"] = Value::from(format!("Customer Number {i}"));
            customer["billingPerson"]["name"] = Value::from(format!("Customer Number {i}"));
            customer["registered"] =
                Value::from(format!("2024-08-{:02} 07:52:09 +0400", 1 + i % 28));
            if let Some(addresses) = customer["shippingAddresses"].as_array_mut()
                && let Some(first) = addresses.first().cloned()
            {
                addresses.extend((0..i % 3).map(|_| first.clone()));
            }
            customer.to_string()
        })
        .collect()
}

fn bytes(corpus: &[String]) -> usize {
    corpus.iter().map(String::len).sum()
}

/// Run `convert` over every customer of the corpus, counting customers and input bytes.
fn bench_corpus(bencher: Bencher, convert: impl Fn(&str) + Sync) {
    let corpus = corpus();
    bencher
        .counter(ItemsCount::new(corpus.len()))
        .counter(BytesCount::new(bytes(&corpus)))
        .bench(|| {
            for json in &corpus {
                convert(black_box(json));
            }
        });
}

#[divan::bench]
fn baseline_serde_roundtrip(bencher: Bencher) {
    bench_corpus(bencher, |json| {
        let customer: ecwid_client::types::Customer = serde_json::from_str(json).expect("valid");
        black_box(serde_json::to_vec(&customer).expect("serializes"));
    });
}

/// The typed path: parse into the generated Ecwid type, map to the generated canonical type,
/// serialize.
#[divan::bench]
fn typed_parse_map_serialize(bencher: Bencher) {
    bench_corpus(bencher, |json| {
        let customer = ecwid_mapping::ecwid_json_to_canonical(json).expect("maps");
        black_box(serde_json::to_vec(&customer).expect("serializes"));
    });
}

/// The one-pass path `ecart customers export` and the gateway use: borrowed parse of the fields
/// the mapping reads, map, serialize.
#[divan::bench]
fn ecwid_json_to_canonical_json(bencher: Bencher) {
    bench_corpus(bencher, |json| {
        black_box(ecwid_mapping::ecwid_json_to_canonical_json(json).expect("maps"));
    });
}
