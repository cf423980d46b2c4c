//! Actors through the whole tool: persons, organisations and groups of a
//! dispatch written for this test (fixtures/actors_dispatch.txt).

use assert_cmd::Command;
use serde_json::Value;

fn actors() -> (String, Vec<Value>) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/actors_dispatch.txt");
    let out = Command::cargo_bin("depeche")
        .unwrap()
        .args(["--format", "json", path])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    (text, doc["actors"].as_array().unwrap().clone())
}

fn of_kind<'a>(actors: &'a [Value], kind: &str) -> Vec<&'a Value> {
    actors.iter().filter(|a| a["kind"] == kind).collect()
}

#[test]
fn offsets_give_the_text_back() {
    let (text, actors) = actors();
    let chars: Vec<char> = text.chars().collect();
    assert!(!actors.is_empty());
    for a in &actors {
        let s = a["start"].as_u64().unwrap() as usize;
        let e = a["end"].as_u64().unwrap() as usize;
        let slice: String = chars[s..e].iter().collect();
        assert_eq!(slice, a["text"].as_str().unwrap());
    }
}

#[test]
fn persons_with_titles_and_coreference() {
    let (_, actors) = actors();
    let persons = of_kind(&actors, "person");
    let assad: Vec<_> = persons
        .iter()
        .filter(|a| a["name"] == "Bachar al-Assad")
        .collect();
    assert_eq!(assad.len(), 2, "{persons:?}");
    assert_eq!(assad[0]["title"], "président");
    assert_eq!(assad[0]["country"], "SY");
    assert_eq!(assad[1]["text"], "Assad");
    let envoy: Vec<_> = persons
        .iter()
        .filter(|a| a["name"] == "Alexandre Lavrentiev")
        .collect();
    assert_eq!(envoy.len(), 2, "{persons:?}");
    assert_eq!(envoy[0]["country"], "RU");
    assert_eq!(envoy[1]["text"], "Lavrentiev");
    // Nothing else is a person: no place, no sentence start.
    assert_eq!(persons.len(), 4, "{persons:?}");
}

#[test]
fn organisations_and_acronyms() {
    let (_, actors) = actors();
    let orgs = of_kind(&actors, "organization");
    let names: Vec<&str> = orgs.iter().map(|a| a["name"].as_str().unwrap()).collect();
    let opcw = "Organisation pour l'interdiction des armes chimiques";
    assert_eq!(names.iter().filter(|n| **n == opcw).count(), 3, "{names:?}");
    let osdh = "Observatoire syrien des droits de l'homme";
    assert_eq!(names.iter().filter(|n| **n == osdh).count(), 3, "{names:?}");
    assert!(names.contains(&"Forces démocratiques syriennes"));
    let mod_ru = orgs
        .iter()
        .find(|a| a["name"] == "ministère russe de la Défense")
        .expect("ministry");
    assert_eq!(mod_ru["country"], "RU");
    assert_eq!(mod_ru["category"], "government");
}

#[test]
fn groups_with_nationality() {
    let (_, actors) = actors();
    let groups = of_kind(&actors, "group");
    let soldiers = groups.iter().find(|a| a["name"] == "soldats").unwrap();
    assert_eq!(soldiers["category"], "military");
    assert_eq!(soldiers["country"], "SY");
    let civilians = groups.iter().find(|a| a["name"] == "civils").unwrap();
    assert_eq!(civilians["category"], "civilians");
    let us = groups.iter().find(|a| a["name"] == "militaires").unwrap();
    assert_eq!(us["country"], "US");
}
