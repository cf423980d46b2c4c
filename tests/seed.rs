//! The seed dispatch (fixtures/seed_kazakhstan.txt), read as an analyst
//! would: each fact a test.

use std::sync::LazyLock;

use serde_json::Value;

static OUT: LazyLock<Value> = LazyLock::new(|| {
    let text = include_str!("../fixtures/seed_kazakhstan.txt");
    serde_json::to_value(depeche::process("seed", text, None)).unwrap()
});

fn events() -> &'static [Value] {
    OUT["events"].as_array().unwrap()
}

fn of_type(t: &str) -> Vec<&'static Value> {
    events().iter().filter(|e| e["type"] == t).collect()
}

fn has_actor(e: &Value, name: &str) -> bool {
    e["actors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["name"] == name)
}

fn figure(cat: &str, n: u64) -> &'static Value {
    OUT["casualties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == cat && c["count"].as_u64() == Some(n))
        .unwrap_or_else(|| panic!("no {cat} figure of {n}"))
}

fn event_with(cat: &str, n: u64) -> &'static Value {
    events()
        .iter()
        .find(|e| {
            e["casualties"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["category"] == cat && c["count"].as_u64() == Some(n))
        })
        .unwrap_or_else(|| panic!("no event carries {cat} {n}"))
}

#[test]
fn reference_date_from_the_document() {
    assert_eq!(OUT["reference_date"], "2021-01-06");
    assert_eq!(OUT["reference_date_origin"], "document");
}

#[test]
fn council_meets_on_january_6_at_nur_sultan() {
    let m = of_type("meeting");
    let e = m.first().expect("a meeting");
    assert_eq!(e["date"]["value"], "2021-01-06");
    assert_eq!(e["place"]["name"], "Nur-Sultan");
    assert_eq!(e["place"]["country"], "KZ");
    assert!(has_actor(e, "Conseil de sécurité kazakh"), "{e:#}");
}

#[test]
fn attacks_are_reported_by_selon_les_rapports() {
    let e = of_type("attack")
        .into_iter()
        .find(|e| e["attribution"] == "Selon les rapports")
        .expect("an attack attributed to « Selon les rapports »");
    assert_eq!(e["modality"], "reported");
}

#[test]
fn council_requests_help_of_the_otsc() {
    let e = of_type("request").into_iter().next().expect("a request");
    assert!(
        has_actor(e, "Organisation du Traité de Sécurité Collective"),
        "{e:#}"
    );
    assert!(has_actor(e, "Conseil de sécurité kazakh"), "{e:#}");
}

#[test]
fn tokayev_gives_the_order() {
    let e = of_type("order").into_iter().next().expect("an order");
    let agent = e["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["role"] == "agent")
        .expect("an agent");
    assert_eq!(agent["name"], "Kassym-Jomart Tokayev");
}

#[test]
fn state_of_emergency_on_january_5() {
    assert!(
        of_type("state_of_emergency")
            .iter()
            .any(|e| e["date"]["value"] == "2021-01-05"),
        "{:#}",
        OUT["events"]
    );
}

#[test]
fn about_a_hundred_killed_uncertain() {
    let f = figure("killed", 100);
    assert_eq!(f["approximate"], true);
    assert_eq!(f["modality"], "uncertain");
}

#[test]
fn seven_soldiers_killed_in_kazakhstan_inherited() {
    let f = figure("killed", 7);
    assert_eq!(f["group"], "soldats");
    assert_eq!(f["group_category"], "military");
    let e = event_with("killed", 7);
    assert_eq!(e["place"]["country"], "KZ");
    assert_eq!(e["place"]["inherited"], true);
}

#[test]
fn four_thousand_four_hundred_arrested() {
    let f = figure("arrested", 4400);
    assert_eq!(f["modality"], "asserted");
    assert_eq!(event_with("arrested", 4400)["type"], "arrest");
}

#[test]
fn soldiers_and_police_seriously_injured() {
    let s = figure("injured", 748);
    assert_eq!(s["group_category"], "military");
    assert_eq!(s["severity"], "serious");
    let p = figure("injured", 18);
    assert_eq!(p["group_category"], "police");
}

#[test]
fn reforms_on_january_11_are_future() {
    let e = events()
        .iter()
        .find(|e| e["modality"] == "future")
        .expect("a future event");
    assert_eq!(e["date"]["value"], "2021-01-11");
    assert_eq!(e["date"]["inherited"], false);
}

#[test]
fn masimov_dismissed_and_arrested() {
    let d = of_type("dismissal")
        .into_iter()
        .next()
        .expect("a dismissal");
    assert_eq!(d["date"]["value"], "2021-01-06");
    assert!(has_actor(d, "Karim Masimov"), "{d:#}");
    let a = of_type("arrest")
        .into_iter()
        .find(|e| has_actor(e, "Karim Masimov"))
        .expect("Masimov's arrest");
    assert_eq!(a["modality"], "asserted");
}

#[test]
fn abish_arrest_is_uncertain() {
    let a = of_type("arrest")
        .into_iter()
        .find(|e| has_actor(e, "Samat Abish"))
        .expect("Abish's arrest");
    assert_eq!(a["modality"], "uncertain");
}

#[test]
fn no_toll_for_force_size_or_checkpoints() {
    for c in OUT["casualties"].as_array().unwrap() {
        let n = c["count"].as_u64();
        assert!(n != Some(20_000) && n != Some(70), "{c:#}");
    }
}
