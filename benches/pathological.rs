//! Run time stays linear in the input on pathological text: each case is
//! run at 1 MB and at 10 MB; the throughput (MB/s) printed by criterion must
//! be about the same for both sizes (a super-linear rule shows as a
//! throughput that falls by 10× or more at 10 MB).
//!
//! `cargo bench --bench pathological` (about five minutes), or
//! `cargo bench --bench pathological -- dates` for one case.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// Repeat `unit` to `size` bytes (at a character boundary).
fn fill(unit: &str, size: usize) -> String {
    let mut s = unit.repeat(size / unit.len() + 1);
    let mut cut = size.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

fn nested(size: usize) -> String {
    let half = size / 2 - 3;
    "(".repeat(half) + "Paris" + &")".repeat(half)
}

fn cases(size: usize) -> Vec<(&'static str, String)> {
    vec![
        ("numbers", fill("1 ", size)),
        (
            "number_words",
            fill("vingt-trois mille quatre cents ", size),
        ),
        (
            "capitalised",
            fill("Jean Pierre Le Grand De La Fontaine Saint ", size),
        ),
        ("abbreviations", fill("M. ", size)),
        ("parentheses", nested(size)),
        ("quotes", fill("« ", size)),
        ("dates", fill("le 6 janvier 2021, ", size)),
        ("casualties", fill("au moins 3 morts et 12 blessés, ", size)),
        (
            "one_line_prose",
            fill(
                "la situation reste calme dans la région selon les habitants ",
                size,
            ),
        ),
        ("tiny_paragraphs", fill("Un.\n", size)),
        (
            "sentences",
            fill("Un homme est mort. Deux autres ont été blessés. ", size),
        ),
    ]
}

fn pathological(c: &mut Criterion) {
    let reference = chrono::NaiveDate::from_ymd_opt(2021, 1, 6);
    for (mb, samples) in [(1usize, 10usize), (10, 10)] {
        let size = mb * 1_000_000;
        for (name, text) in cases(size) {
            let mut g = c.benchmark_group(name);
            g.sample_size(samples)
                .warm_up_time(Duration::from_millis(500))
                .measurement_time(Duration::from_secs(3))
                .throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(
                BenchmarkId::from_parameter(format!("{mb}MB")),
                &text,
                |b, t| b.iter(|| depeche::process("bench", black_box(t), reference)),
            );
            g.finish();
        }
    }
}

criterion_group!(benches, pathological);
criterion_main!(benches);
