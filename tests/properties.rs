//! Property tests: on generated French-like text (news vocabulary, numbers,
//! dates, names, abbreviations, quotes, emoji, decomposed accents, line
//! breaks) the pipeline never panics, its JSON is valid and of the
//! contract's shape, and every span lies in the text and equals its slice.

mod common;

use proptest::prelude::*;

const WORDS: &[&str] = &[
    "le",
    "la",
    "les",
    "des",
    "un",
    "une",
    "de",
    "du",
    "à",
    "au",
    "aux",
    "et",
    "a",
    "ont",
    "été",
    "sont",
    "par",
    "dans",
    "selon",
    "après",
    "hier",
    "mardi",
    "lundi",
    "dimanche",
    "dernier",
    "prochain",
    "janvier",
    "février",
    "mars",
    "août",
    "décembre",
    "matin",
    "soir",
    "morts",
    "blessés",
    "tués",
    "personnes",
    "soldats",
    "policiers",
    "manifestants",
    "civils",
    "otages",
    "disparus",
    "arrêtés",
    "attentat",
    "attaque",
    "explosion",
    "fusillade",
    "manifestation",
    "séisme",
    "gravement",
    "environ",
    "près",
    "moins",
    "plus",
    "au moins",
    "plus de",
    "une centaine",
    "des dizaines",
    "plusieurs",
    "vingt-trois",
    "quatre-vingt-dix-sept",
    "mille",
    "millions",
    "aurait",
    "n'est pas",
    "présentera",
    "il y a",
    "jours",
    "ans",
    "président",
    "ministre",
    "l'armée",
    "la police",
    "le gouvernement",
    "d'Ivoire",
    "aujourd'hui",
    "M.",
    "Mme",
    "J.-C.",
    "av.",
    "etc.",
    "(AFP)",
    "–",
    "—",
    "-",
    "«",
    "»",
    "\"",
    "“",
    "”",
    "(",
    ")",
    "[",
    "]",
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "…",
    "’",
    "'",
    "%",
    "km",
    "h",
    "14h30",
];

const NAMES: &[&str] = &[
    "Paris",
    "Moscou",
    "Alep",
    "Kazakhstan",
    "Côte",
    "Pékin",
    "Bruxelles",
    "Orlando",
    "Syrie",
    "Kassym-Jomart",
    "Tokayev",
    "Emmanuel",
    "Macron",
    "Conseil",
    "Sécurité",
    "ONU",
    "OTAN",
    "Daech",
    "Flydubai",
    "Rostov-sur-le-Don",
    "Nations",
    "Unies",
    "Valence",
    "Drôme",
    "Irak",
];

const ODD: &[&str] = &[
    "😀",
    "👩‍👩‍👧",
    "🇫🇷",
    "e\u{301}",
    "a\u{300}",
    "\u{a0}",
    "\u{202f}",
    "\t",
    "\r\n",
    "\u{feff}",
    "\u{200b}",
    "ﬁ",
    "Œuvre",
    "ǅ",
    "İ",
    "ß",
    "مرحبا",
    "你好",
    "Ωmega",
    "\u{2028}",
];

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(WORDS).prop_map(str::to_string),
        2 => prop::sample::select(NAMES).prop_map(str::to_string),
        2 => (0u32..100_000).prop_map(|n| n.to_string()),
        1 => (1u32..32, 1u32..13, 1900u32..2100).prop_map(|(d, m, y)| format!("{d}/{m:02}/{y}")),
        1 => (0u32..1000, 0u32..1000).prop_map(|(a, b)| format!("{a} {b:03}")),
        1 => prop::sample::select(ODD).prop_map(str::to_string),
        1 => "\\PC{1,6}",
    ]
}

fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&[" ", " ", " ", " ", "\n", "\n\n", ", ", ". ", "", "  "][..])
}

fn french_like() -> impl Strategy<Value = String> {
    prop::collection::vec((token(), separator()), 0..120).prop_map(|parts| {
        let mut s = String::new();
        for (t, sep) in parts {
            s.push_str(&t);
            s.push_str(sep);
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_slices_and_json_is_valid(text in french_like()) {
        if let Err(e) = common::invariants::check_process(&text) {
            prop_assert!(false, "{}", e);
        }
    }

    #[test]
    fn any_unicode_text(text in "\\PC{0,300}") {
        if let Err(e) = common::invariants::check_process(&text) {
            prop_assert!(false, "{}", e);
        }
    }

    #[test]
    fn decoding_never_panics_and_keeps_utf8(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(d) = depeche::input::decode(&bytes) {
            // Valid UTF-8 comes back unchanged (less a byte-order mark).
            if let Ok(s) = std::str::from_utf8(&bytes) && !bytes.contains(&0) {
                prop_assert_eq!(d.text.as_str(), s.strip_prefix('\u{feff}').unwrap_or(s));
                prop_assert!(d.fallback.is_none());
            }
        }
    }
}

#[test]
fn checker_catches_a_wrong_slice() {
    let doc = serde_json::json!({"dates": [{"text": "mai", "start": 0, "end": 3}]});
    assert!(common::invariants::check_offsets(&doc, "mai 2020").is_ok());
    assert!(common::invariants::check_offsets(&doc, "juin 2020").is_err());
    let past = serde_json::json!({"paragraphs": [{"start": 2, "end": 9}]});
    assert!(common::invariants::check_offsets(&past, "court").is_err());
    let reversed = serde_json::json!({"x": {"start": 3, "end": 2}});
    assert!(common::invariants::check_offsets(&reversed, "court").is_err());
}
