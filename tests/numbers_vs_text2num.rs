//! Measure the number reader of `src/extract/numbers.rs` against the
//! `text2num` crate on the external examples (Duckling's French numerals and
//! text2num's own `text2digits` cases) and on the forms of news French.
//! Our reader must be right on at least as many as `text2num`, and on 98 %.

mod common;

use depeche::extract::numbers::parse_whole;
use text2num::{Language, text2digits};

fn examples() -> Vec<(String, u64)> {
    let mut out = common::numbers::external_examples();
    // Forms of news French (written for this test).
    for (t, n) in [
        ("4 400", 4400),
        ("4\u{a0}400", 4400),
        ("4\u{202f}400", 4400),
        ("1.709", 1709),
        ("2 500 000", 2_500_000),
        ("1,2 million", 1_200_000),
        ("3 millions", 3_000_000),
        ("quatre-vingt-dix-sept", 97),
        ("soixante et onze", 71),
        ("deux cent quarante", 240),
        ("mille cent", 1100),
        ("deux mille vingt et un", 2021),
        ("septante-deux", 72),
        ("une centaine", 100),
        ("des dizaines", 20),
        ("un millier", 1000),
    ] {
        out.push((t.to_string(), n));
    }
    out
}

#[test]
fn ours_against_text2num() {
    let fr = Language::french();
    let ex = examples();
    let ours = ex
        .iter()
        .filter(|(t, n)| parse_whole(t) == Some(*n))
        .count();
    let theirs = ex
        .iter()
        .filter(|(t, n)| text2digits(t, &fr).ok().and_then(|d| d.parse::<u64>().ok()) == Some(*n))
        .count();
    eprintln!(
        "numbers: ours {ours}/{n}, text2num {theirs}/{n}",
        n = ex.len()
    );
    assert!(ours >= theirs, "ours {ours}, text2num {theirs}");
    assert!(ours * 100 >= ex.len() * 98, "ours {ours}/{}", ex.len());
}
