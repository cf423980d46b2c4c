//! The external number examples: every non-negative integer example of
//! Duckling's French numeral corpus and of text2num's `text2digits` cases
//! (copied into `fixtures/numbers/`, attribution in its SOURCES.md).

/// `(text, value)` pairs.
pub fn external_examples() -> Vec<(String, u64)> {
    let mut out = Vec::new();
    for line in include_str!("../../fixtures/numbers/duckling_fr_numeral.jsonl").lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        if let Some(n) = v["value"].as_u64() {
            out.push((v["text"].as_str().unwrap().to_string(), n));
        }
    }
    for line in include_str!("../../fixtures/numbers/text2num_fr_text2digits.jsonl").lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let e = v["expected"].as_str().unwrap_or("");
        if !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit()) {
            out.push((v["text"].as_str().unwrap().to_string(), e.parse().unwrap()));
        }
    }
    out
}
