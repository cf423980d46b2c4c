//! Agency-style dispatches ("VILLE (Pays), 8 juin (AFP) - …"), written for
//! this project (`fixtures/events/agency.jsonl`): the events that carry the
//! expected tolls have the expected type class, day and country; the
//! document's `toll` is the news's (not a war's cumulative toll, a recalled
//! event's or a superseded one; figures of distinct groups of one verb add
//! up); the agency that signs the dateline is no actor of any event.

use serde_json::Value;

fn class(t: &str) -> &str {
    match t {
        "attack" | "clash" | "airstrike" | "killing" | "bombing" | "shooting" | "injury" => {
            "violence"
        }
        "riot" => "protest",
        other => other,
    }
}

#[test]
fn agency_dispatches() {
    for line in include_str!("../fixtures/events/agency.jsonl").lines() {
        let d: Value = serde_json::from_str(line).unwrap();
        let id = d["id"].as_str().unwrap();
        let date = d["date"]
            .as_str()
            .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
        let out =
            serde_json::to_value(depeche::process(id, d["text"].as_str().unwrap(), date)).unwrap();
        let events = out["events"].as_array().unwrap();
        for exp in d["events"].as_array().unwrap() {
            let tolls: Vec<(&str, u64)> = exp["tolls"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| (t[0].as_str().unwrap(), t[1].as_u64().unwrap()))
                .collect();
            let e = events
                .iter()
                .find(|e| {
                    tolls.iter().all(|(c, n)| {
                        e["casualties"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .any(|x| x["category"] == *c && x["count"].as_u64() == Some(*n))
                    })
                })
                .unwrap_or_else(|| panic!("{id}: no event with {tolls:?}"));
            assert_eq!(
                class(e["type"].as_str().unwrap()),
                exp["class"],
                "{id} {tolls:?}"
            );
            let day = e["date"]["value"].as_str().unwrap_or("");
            assert!(
                day.starts_with(exp["date"].as_str().unwrap()),
                "{id} {tolls:?}: dated {day}"
            );
            assert_eq!(e["place"]["country"], exp["country"], "{id} {tolls:?}");
        }
        for (cat, n) in d["toll"].as_object().unwrap() {
            let t = out["toll"]
                .as_array()
                .unwrap()
                .iter()
                .find(|t| t["category"] == cat.as_str())
                .unwrap_or_else(|| panic!("{id}: no {cat} toll"));
            assert_eq!(&t["count"], n, "{id}: document toll of {cat}");
        }
        for name in d["not_actors"].as_array().unwrap() {
            assert!(
                events.iter().all(|e| e["actors"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|a| a["text"] != *name)),
                "{id}: {name} is an event's actor"
            );
        }
    }
}
