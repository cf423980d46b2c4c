//! Ten Wikinews dispatches reviewed by hand, event by event
//! (`fixtures/events/reviewed.jsonl`, CC BY 2.5): each expected event must be
//! found with its type class, date (at the expected precision), country,
//! tolls and modality.
//!
//! `cargo test --release --test events_reviewed -- --nocapture` prints the
//! tally (right / wrong / missed) and every event that is not right.

use serde_json::Value;

fn class(t: &str) -> &str {
    match t {
        "attack" | "clash" | "airstrike" | "killing" | "bombing" | "explosion" | "shooting"
        | "injury" => "violence",
        "detention" => "arrest",
        "riot" => "protest",
        other => other,
    }
}

fn carries(e: &Value, cat: &str, n: u64) -> bool {
    e["casualties"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["category"] == cat && c["count"].as_u64() == Some(n))
}

#[derive(Default, Debug)]
struct Tally {
    right: usize,
    wrong: usize,
    missed: usize,
}

fn review() -> (Tally, Vec<String>) {
    let data = include_str!("../fixtures/events/reviewed.jsonl");
    let mut tally = Tally::default();
    let mut report = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let d: Value = serde_json::from_str(line).unwrap();
        let date = chrono::NaiveDate::parse_from_str(d["date"].as_str().unwrap(), "%Y-%m-%d").ok();
        let out = serde_json::to_value(depeche::process(
            d["id"].as_str().unwrap(),
            d["text"].as_str().unwrap(),
            date,
        ))
        .unwrap();
        let events = out["events"].as_array().unwrap();
        for exp in d["expected"].as_array().unwrap() {
            let want_class = exp["class"].as_str().unwrap();
            let tolls: Vec<(String, u64)> = exp["tolls"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| (t[0].as_str().unwrap().to_string(), t[1].as_u64().unwrap()))
                .collect();
            let want_date = exp["date"].as_str().unwrap_or("");
            let want_country = exp["country"].as_str();
            let date_of = |e: &Value| e["date"]["value"].as_str().unwrap_or("").to_string();
            // The event that carries the expected tolls, else one of the class at that date.
            let found = if tolls.is_empty() {
                events
                    .iter()
                    .find(|e| {
                        class(e["type"].as_str().unwrap()) == want_class
                            && date_of(e).starts_with(want_date)
                    })
                    .or_else(|| {
                        events
                            .iter()
                            .find(|e| class(e["type"].as_str().unwrap()) == want_class)
                    })
            } else {
                events
                    .iter()
                    .find(|e| tolls.iter().all(|(c, n)| carries(e, c, *n)))
                    .or_else(|| {
                        events
                            .iter()
                            .find(|e| tolls.iter().any(|(c, n)| carries(e, c, *n)))
                    })
            };
            let label = format!(
                "{} {} {} {} {:?}",
                d["id"],
                want_class,
                want_date,
                want_country.unwrap_or("-"),
                tolls
            );
            let Some(e) = found else {
                tally.missed += 1;
                report.push(format!("MISSED {label}"));
                continue;
            };
            let mut problems = Vec::new();
            if class(e["type"].as_str().unwrap()) != want_class {
                problems.push(format!("type {}", e["type"]));
            }
            if !date_of(e).starts_with(want_date) {
                problems.push(format!("date {}", date_of(e)));
            }
            if want_country.is_some() && e["place"]["country"].as_str() != want_country {
                problems.push(format!("country {}", e["place"]["country"]));
            }
            if let Some((c, n)) = tolls.iter().find(|(c, n)| !carries(e, c, *n)) {
                problems.push(format!("toll {c} {n} not in the event"));
            }
            let modality = exp["modality"].as_str().unwrap();
            let fig_modality =
                tolls
                    .first()
                    .and_then(|(c, n)| {
                        e["casualties"].as_array().unwrap().iter().find(|x| {
                            x["category"] == c.as_str() && x["count"].as_u64() == Some(*n)
                        })
                    })
                    .map(|x| x["modality"].clone())
                    .unwrap_or_else(|| e["modality"].clone());
            if fig_modality != modality {
                problems.push(format!("modality {fig_modality}"));
            }
            if problems.is_empty() {
                tally.right += 1;
            } else {
                tally.wrong += 1;
                report.push(format!("WRONG {label}: {}", problems.join(", ")));
            }
        }
    }
    (tally, report)
}

#[test]
fn reviewed_dispatches() {
    let (tally, report) = review();
    println!("reviewed events: {tally:?}");
    for r in &report {
        println!("  {r}");
    }
    let total = tally.right + tally.wrong + tally.missed;
    assert_eq!(total, 13);
    assert!(tally.right >= MIN_RIGHT, "{tally:?}\n{}", report.join("\n"));
}

/// The floor this suite holds the tool to; raise it as the tool improves.
const MIN_RIGHT: usize = 12;
