//! Places through the whole tool: the JSON contract fields of PlaceMention,
//! offsets in characters, and the start-up cost of the embedded gazetteer.

use std::time::{Duration, Instant};

use assert_cmd::Command;
use serde_json::Value;

const DISPATCH: &str = "Côte d’Ivoire : heurts à Abidjan\n\n\
Des heurts ont opposé mardi à Abidjan des partisans de l'opposition aux forces de l'ordre, \
a-t-on appris de source policière. À Bouaké, dans le centre du pays, la situation est restée calme. \
Le gouvernement ivoirien a dénoncé des « violences organisées » depuis la Cisjordanie du Nord. \
Un convoi venu du Burkina-Faso a été arrêté près de la commune de Kouto-Nord, \
et le ministre s'est rendu à Paris puis à Moskva.\n";

fn run(text: &str) -> Value {
    let out = Command::cargo_bin("depeche")
        .unwrap()
        .args(["--format", "json", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

fn place<'a>(doc: &'a Value, text: &str) -> &'a Value {
    doc["places"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["text"] == text)
        .unwrap_or_else(|| panic!("no place {text:?} in {}", doc["places"]))
}

#[test]
fn place_fields_follow_the_contract() {
    let doc = run(DISPATCH);
    let chars: Vec<char> = DISPATCH.chars().collect();
    for p in doc["places"].as_array().unwrap() {
        let (s, e) = (
            p["start"].as_u64().unwrap() as usize,
            p["end"].as_u64().unwrap() as usize,
        );
        let slice: String = chars[s..e].iter().collect();
        assert_eq!(slice, p["text"].as_str().unwrap());
        assert!(["country", "city", "region", "other"].contains(&p["kind"].as_str().unwrap()));
        assert!(p["name"].as_str().is_some_and(|n| !n.is_empty()));
        assert!(p["paragraph"].as_u64().is_some());
    }
    let ci = place(&doc, "Côte d’Ivoire");
    assert_eq!(ci["country"], "CI");
    assert_eq!(ci["kind"], "country");
    assert_eq!(ci["paragraph"], 0);
    let abidjan = place(&doc, "Abidjan");
    assert_eq!(abidjan["country"], "CI");
    assert_eq!(abidjan["kind"], "city");
    assert!(
        abidjan["lat"]
            .as_f64()
            .is_some_and(|x| (x - 5.3).abs() < 0.5)
    );
    assert_eq!(place(&doc, "Bouaké")["country"], "CI");
    assert_eq!(place(&doc, "Paris")["country"], "FR");
    assert_eq!(place(&doc, "Moskva")["name"], "Moscou");
    assert_eq!(place(&doc, "Burkina-Faso")["country"], "BF");
    // Unknown to the gazetteer, found by the grammar, with the country of
    // the places around it.
    let kouto = place(&doc, "Kouto-Nord");
    assert_eq!(kouto["country"], "BF");
    // "ivoirien" is a nationality, not a place.
    assert!(
        doc["places"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["text"] != "ivoirien")
    );
}

#[test]
fn jsonl_batch_keeps_one_document_per_line() {
    let input = [
        r#"{"id": "a", "text": "Un séisme a frappé le Japon, près d'Osaka."}"#,
        r#"{"id": "b", "text": "Rien à signaler."}"#,
        r#"{"id": "c", "text": "Manifestation à Nur-Sultan, au Kazakhstan."}"#,
    ]
    .join("\n");
    let out = Command::cargo_bin("depeche")
        .unwrap()
        .args(["--input-format", "jsonl", "--format", "jsonl", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success());
    let docs: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 3);
    let names = |d: &Value| -> Vec<String> {
        d["places"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names(&docs[0]), vec!["Japon", "Osaka"]);
    assert!(names(&docs[1]).is_empty());
    assert_eq!(names(&docs[2]), vec!["Nur-Sultan", "Kazakhstan"]);
}

#[test]
fn the_gazetteer_costs_nothing_at_start_up() {
    // The first extraction opens the embedded fst: no table is built from
    // the TSV files at run time, so even a debug build stays far below the
    // budget of a one-file run.
    let t = Instant::now();
    let doc = depeche::document::Document::parse("Des heurts à Moscou et à Pékin.");
    let places = depeche::extract::places::extract(&doc);
    assert_eq!(places.len(), 2);
    assert!(
        t.elapsed() < Duration::from_millis(200),
        "{:?}",
        t.elapsed()
    );
}
