//! French nationality adjectives and demonyms ("kazakh", "kazakhes",
//! "ivoirienne") mapped to ISO 3166-1 alpha-2 country codes.

/// The country of a nationality adjective or demonym, in any of its four
/// forms, any case; tolerant of common misspellings.
pub fn country_of(word: &str) -> Option<&'static str> {
    let w = crate::document::fold(word);
    let w = w.trim_end_matches('s');
    let w = w.strip_suffix("ne").unwrap_or(w);
    let w = w.strip_suffix('e').unwrap_or(w);
    Some(match w {
        "kazakh" | "kazahk" => "KZ",
        "francai" | "franc" => "FR",
        "russ" => "RU",
        "syrien" => "SY",
        "americain" => "US",
        _ => return None,
    })
}
