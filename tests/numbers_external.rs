//! Every non-negative integer example of Duckling's French numeral corpus and
//! of text2num's `text2digits` cases, put in a toll sentence, must come back
//! as a killed figure of that count (at least 98 % of them).
//!
//! Negative numbers ("moins 1200000") and decimals ("6,7") are left out: a
//! toll is a count. Ordinals ("vingt-cinquième", expected "25ème") are not
//! counts either and are left out by the same test (their value is not an
//! integer).

mod common;

use depeche::model::CasualtyCategory;

fn examples() -> Vec<(String, u64)> {
    common::numbers::external_examples()
}

#[test]
fn external_numbers_in_a_toll_sentence() {
    let ex = examples();
    assert!(ex.len() > 80, "only {} examples", ex.len());
    let mut wrong = Vec::new();
    for (text, n) in &ex {
        let sentence = format!("Selon la police, {text} personnes ont été tuées.");
        let out = depeche::process("t", &sentence, None);
        let ok = out
            .casualties
            .iter()
            .any(|c| c.category == CasualtyCategory::Killed && c.count == Some(*n));
        if !ok {
            let got: Vec<_> = out
                .casualties
                .iter()
                .map(|c| (c.category, c.count))
                .collect();
            wrong.push(format!("{text:?} → {got:?}, expected {n}"));
        }
    }
    let right = ex.len() - wrong.len();
    eprintln!("{right}/{} right", ex.len());
    for w in &wrong {
        eprintln!("wrong: {w}");
    }
    assert!(
        right * 100 >= ex.len() * 98,
        "{right}/{} right; wrong:\n{}",
        ex.len(),
        wrong.join("\n")
    );
}
