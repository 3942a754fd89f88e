//! Time to build a simulated store of 100,000 generated customers ([`Sim::new`]): what `ecart sim`
//! and `ecart serve` spend before they listen, and every test that starts a large store.
//!
//! `cargo bench -p ecwid-sim`; the figures go in BENCHMARKS.md.

use divan::black_box;
use ecwid_sim::{Sim, SimConfig};

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 10)]
fn sim_new_100k() -> Sim {
    Sim::new(black_box(SimConfig {
        customers: 100_000,
        seed: 7,
        ..SimConfig::default()
    }))
}
