//! Group nouns of conflict and disaster news ("soldats", "forces de
//! sécurité", "manifestants"…) and the actor category each one carries.
//! The lexicon is `groups.tsv`, beside this file.

use crate::fxhash::FxHashMap;
use std::sync::LazyLock;

use crate::document::fold;
use crate::model::Category;

/// Folded noun -> (the lexicon's spellings in lower case, category).
static LEXICON: LazyLock<FxHashMap<String, (Vec<String>, Category)>> = LazyLock::new(|| {
    let mut map: FxHashMap<String, (Vec<String>, Category)> = FxHashMap::default();
    for line in include_str!("groups.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            continue;
        }
        let cat = parse_category(cols[2]).unwrap_or(Category::Other);
        for form in [cols[0], cols[1]] {
            let e = map.entry(fold(form)).or_insert_with(|| (Vec::new(), cat));
            e.0.push(form.trim().to_lowercase());
        }
    }
    map
});

/// Longest entry in words, so that callers know how far to look ahead
/// ("volontaires pour la défense de la patrie": seven; a test checks every
/// entry is within it).
pub const MAX_WORDS: usize = 7;

/// Parse a category name of the contract ("military", "police"...).
pub fn parse_category(s: &str) -> Option<Category> {
    Some(match s.trim() {
        "government" => Category::Government,
        "military" => Category::Military,
        "police" => Category::Police,
        "security" => Category::Security,
        "rebels" => Category::Rebels,
        "militants" => Category::Militants,
        "protesters" => Category::Protesters,
        "civilians" => Category::Civilians,
        "judiciary" => Category::Judiciary,
        "media" => Category::Media,
        "international" => Category::International,
        "other" => Category::Other,
        _ => return None,
    })
}

/// The category of a group noun, singular or plural, any case or accents
/// ("Soldats", "forces de sécurité").
///
/// Accents are checked when the word carries some: "élevé" (high) is not
/// "élève" (pupil), though both fold to "eleve"; text written without
/// accents ("eleves") still matches.
pub fn category_of(noun: &str) -> Option<Category> {
    let noun = noun.trim();
    let (forms, cat) = LEXICON.get(&fold(noun))?;
    let lower = noun.to_lowercase().replace('’', "'");
    let accented = !lower.is_ascii();
    // Unaccented words of their own: "la réforme des retraites" (pensions)
    // names no "retraités" (pensioners).
    if !accented && UNACCENTED_WORDS.contains(&lower.as_str()) {
        return None;
    }
    if !accented || forms.contains(&lower) {
        Some(*cat)
    } else {
        None
    }
}

/// Words written without accents that are words of their own, not a
/// group noun written without its accents.
const UNACCENTED_WORDS: &[&str] = &["retraite", "retraites"];

/// Is this (folded or not) word sequence a known group noun?
pub fn is_group(noun: &str) -> bool {
    category_of(noun).is_some()
}

/// The longest group noun at the start of `s` (words separated by single
/// spaces or apostrophes): its byte length in `s` and its category.
pub fn longest_prefix(s: &str) -> Option<(usize, Category)> {
    // Candidate end positions: after each of the first MAX_WORDS words.
    let mut ends = Vec::new();
    let mut in_word = false;
    for (i, c) in s.char_indices() {
        let w = c.is_alphanumeric() || c == '-' || c == '\'' || c == '’';
        if in_word && !w {
            ends.push(i);
            if ends.len() >= MAX_WORDS {
                break;
            }
        }
        in_word = w;
    }
    if in_word && ends.len() < MAX_WORDS {
        ends.push(s.len());
    }
    ends.into_iter()
        .rev()
        .find_map(|e| category_of(&s[..e]).map(|c| (e, c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every entry of the lexicon can be found: none has more words than
    /// the look-ahead ("forces de défense et de sécurité").
    #[test]
    fn every_entry_within_reach() {
        for line in include_str!("groups.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            for form in line.split('\t').take(2) {
                let text = format!("{form} ont été blessés");
                assert!(
                    longest_prefix(&text).is_some_and(|(len, _)| len == form.len()),
                    "{form}"
                );
            }
        }
    }

    #[test]
    fn nouns_and_plurals() {
        assert_eq!(category_of("soldats"), Some(Category::Military));
        assert_eq!(category_of("Policiers"), Some(Category::Police));
        assert_eq!(category_of("forces de sécurité"), Some(Category::Security));
        assert_eq!(category_of("djihadistes"), Some(Category::Militants));
        assert_eq!(category_of("manifestants"), Some(Category::Protesters));
        assert_eq!(category_of("bouddhistes"), Some(Category::Civilians));
        assert_eq!(category_of("sunnite"), Some(Category::Civilians));
        assert_eq!(category_of("table"), None);
        // Accents distinguish "élevé" from "élève"; none written, none checked.
        assert_eq!(category_of("élevé"), None);
        assert_eq!(category_of("élèves"), Some(Category::Civilians));
        assert_eq!(category_of("eleves"), Some(Category::Civilians));
        // Unless unaccented, it is a word of its own: pensions, not pensioners.
        assert_eq!(category_of("retraites"), None);
        assert_eq!(category_of("Retraites"), None);
        assert_eq!(category_of("retraités"), Some(Category::Civilians));
    }

    #[test]
    fn longest_prefix_prefers_multiword() {
        let s = "forces de sécurité kazakhes ont tiré";
        let (n, c) = longest_prefix(s).unwrap();
        assert_eq!(&s[..n], "forces de sécurité");
        assert_eq!(c, Category::Security);
        assert_eq!(longest_prefix("soldats tués").unwrap().0, 7);
    }
}
