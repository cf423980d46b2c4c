//! French nationality adjectives and demonyms ("kazakh", "kazakhes",
//! "ivoirienne") mapped to ISO 3166-1 alpha-2 country codes.
//!
//! The table (`data/gazetteer/nationalities.tsv`, folded form → code) is made
//! by `tools/gazetteer/generate.py` from a hand list of masculine and feminine
//! singulars (plurals by rule) and the French demonyms of world-countries.
//! Ethnic groups without a state ("kurde", "touareg", "peul") are not in it.

use crate::fxhash::FxHashMap;
use std::sync::LazyLock;

static TABLE: &str = include_str!("../../data/gazetteer/nationalities.tsv");

static FORMS: LazyLock<FxHashMap<&'static str, &'static str>> =
    LazyLock::new(|| TABLE.lines().filter_map(|l| l.split_once('\t')).collect());

/// Common misspellings seen in dispatches, folded.
const MISSPELLINGS: &[(&str, &str)] = &[
    ("kazahk", "KZ"),
    ("kazak", "KZ"),
    ("ukranien", "UA"),
    ("irakien", "IQ"),
    ("libannais", "LB"),
    ("nigerian", "NG"),
];

/// The country of a nationality adjective or demonym, in any of its four
/// forms, any case; tolerant of common misspellings.
pub fn country_of(word: &str) -> Option<&'static str> {
    country_of_folded(&crate::document::fold(word.trim()))
}

/// [`country_of`] for a word already folded (as the tokens of the actors
/// stage are): no second folding, which would change nothing else than
/// a few ASCII characters, checked for here.
pub fn country_of_token(folded: &str) -> Option<&'static str> {
    let refolds = folded.trim().len() != folded.len()
        || folded
            .bytes()
            .any(|b| !b.is_ascii() || b.is_ascii_uppercase() || matches!(b, b'`' | b'\t' | b'\r'));
    if refolds {
        return country_of(folded);
    }
    country_of_folded(folded)
}

fn country_of_folded(w: &str) -> Option<&'static str> {
    if w.is_empty() {
        return None;
    }
    if let Some(cc) = FORMS.get(w) {
        return Some(cc);
    }
    // A misspelled stem, in any of its forms ("kazahkes").
    let stem = w.trim_end_matches('s');
    let stem = stem
        .strip_suffix("ne")
        .filter(|s| s.ends_with("en"))
        .unwrap_or(stem);
    let stem = stem.strip_suffix('e').unwrap_or(stem);
    MISSPELLINGS
        .iter()
        .find(|(m, _)| *m == stem)
        .map(|(_, cc)| *cc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_as_words() {
        for w in [
            "kazakh",
            "Kazakhes",
            "ivoirienne",
            "kazahkes",
            "x`y",
            "é",
            " kazakh",
            "",
        ] {
            let f = crate::document::fold(w);
            assert_eq!(country_of_token(&f), country_of(&f), "{w}");
            assert_eq!(country_of_token(&f), country_of(w), "{w}");
        }
    }

    #[test]
    fn four_forms() {
        for w in ["kazakh", "kazakhe", "kazakhs", "kazakhes"] {
            assert_eq!(country_of(w), Some("KZ"), "{w}");
        }
        for w in ["ivoirien", "ivoirienne", "ivoiriens", "ivoiriennes"] {
            assert_eq!(country_of(w), Some("CI"), "{w}");
        }
        for w in ["turc", "turque", "turcs", "turques"] {
            assert_eq!(country_of(w), Some("TR"), "{w}");
        }
    }

    #[test]
    fn case_and_accents() {
        assert_eq!(country_of("Sénégalaise"), Some("SN"));
        assert_eq!(country_of("SENEGALAIS"), Some("SN"));
        assert_eq!(country_of("Français"), Some("FR"));
        assert_eq!(country_of("américaines"), Some("US"));
        assert_eq!(country_of("Nigérienne"), Some("NE"));
        assert_eq!(country_of("nigérians"), Some("NG"));
        assert_eq!(country_of("burkinabè"), Some("BF"));
        assert_eq!(country_of("sud-coréenne"), Some("KR"));
    }

    #[test]
    fn misspellings() {
        assert_eq!(country_of("kazahk"), Some("KZ"));
        assert_eq!(country_of("kazahkes"), Some("KZ"));
    }

    #[test]
    fn not_nationalities() {
        for w in ["kurde", "touareg", "maison", "", "Mali", "France", "syrie"] {
            assert_eq!(country_of(w), None, "{w}");
        }
    }
}
