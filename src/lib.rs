//! depeche: typed events from French news text.
//!
//! Data flows one way: [`input`] (read, decode, walk folders) →
//! [`document`] (headlines, paragraphs, sentences, offsets) → [`extract`]
//! (dates, numbers, places, actors, casualties: pure functions over a
//! document) → [`events`] (assembly, inheritance, modality) → [`output`]
//! (json, jsonl, table). The serde types of [`model`] are the contract.

pub mod cli;
pub mod document;
pub mod events;
pub mod extract;
pub mod fast_regex;
pub mod fxhash;
pub mod input;
pub mod malloc;
pub mod model;
pub mod output;
pub mod schema;

use chrono::NaiveDate;

use crate::document::Document;
use crate::model::{DocumentOutput, RefOrigin, SCHEMA_VERSION};

/// Settings of a run that change what is extracted.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// How a date with no tense cue is read (`--prefer-dates`).
    pub prefer_dates: extract::dates::Prefer,
}

/// Compile, on a thread of its own, the regexes of the stages that run
/// last (events, modality, tolls, the last used first), while the first
/// document goes through the first stages: on two cores, a one-file run
/// no longer compiles them all on its one thread. Every regex is built once
/// (a `LazyLock`); a stage that needs one being built waits for it.
///
/// For `one_document`, the toll regex (the largest) comes first: the
/// document finds it built at the toll stage (a tenth off a one-file run).
/// Not in a batch: its workers compile it as their first document needs
/// it, and the warm-up thread's memory, where the compiler's scratch would
/// otherwise stay, takes two megabytes less.
pub fn warm_up(one_document: bool) {
    if one_document {
        extract::casualties::warm_up_toll();
    }
    events::warm_up();
    extract::modality::warm_up();
    extract::casualties::warm_up();
}

/// Run the whole pipeline over one decoded text. `ref_date` is the
/// reference date given by the caller (`--ref-date` or a JSONL `date`); without
/// it the document's own dateline or first complete date is used.
pub fn process(source: &str, text: &str, ref_date: Option<NaiveDate>) -> DocumentOutput {
    process_with(source, text, ref_date, &Options::default())
}

/// [`process`] with non-default [`Options`].
pub fn process_with(
    source: &str,
    text: &str,
    ref_date: Option<NaiveDate>,
    options: &Options,
) -> DocumentOutput {
    let doc = Document::parse(text);
    process_document_with(source, &doc, ref_date, options)
}

/// [`process`] over an already parsed document.
pub fn process_document(
    source: &str,
    doc: &Document,
    ref_date: Option<NaiveDate>,
) -> DocumentOutput {
    process_document_with(source, doc, ref_date, &Options::default())
}

/// [`process_with`] over an already parsed document.
pub fn process_document_with(
    source: &str,
    doc: &Document,
    ref_date: Option<NaiveDate>,
    options: &Options,
) -> DocumentOutput {
    let (reference, origin) = match ref_date {
        Some(d) => (Some(d), RefOrigin::Argument),
        None => match extract::dates::reference_date(doc) {
            Some(d) => (Some(d), RefOrigin::Document),
            None => (None, RefOrigin::None),
        },
    };
    // Every list in text order: the events stage looks mentions up by offset.
    let mut dates = extract::dates::extract_with(doc, reference, options.prefer_dates);
    dates.sort_by_key(|d| (d.start, d.end));
    let mut places = extract::places::extract(doc);
    places.sort_by_key(|p| (p.start, p.end));
    let mut actors = extract::actors::extract(doc, &places);
    actors.sort_by_key(|a| (a.start, a.end));
    // A place that opens an organisation's name ("Médecins sans frontières")
    // is part of that name; one after "de" ("Parlement de Londres") stays.
    let org_ends: crate::fxhash::FxHashMap<usize, usize> = actors
        .iter()
        .filter(|a| a.kind == model::ActorKind::Organization)
        .map(|a| (a.start, a.end))
        .collect();
    // ("La Croix-Rouge canadienne": the article is the place's, not the
    // organisation's.) A name that is all an organisation's after its
    // article is the organisation ("La Croix-Rouge a ouvert un centre",
    // not the commune of La Croix-Rouge).
    places.retain(|p| {
        let article = ["La ", "Le ", "Les ", "L'", "L’"]
            .iter()
            .find(|a| p.text.starts_with(*a))
            .map_or(0, |a| a.chars().count());
        let whole = article > 0 && org_ends.get(&(p.start + article)) == Some(&p.end);
        !whole
            && [p.start, p.start + article]
                .iter()
                .all(|s| org_ends.get(s).is_none_or(|&end| end <= p.end))
    });
    // Places inside an organisation's name. A country or an area of
    // several ("la Gendarmerie royale du Canada", "Transports Canada", "la
    // Communauté économique des États de l'Afrique de l'Ouest") is the
    // name's, not a place of the news; the seat of a local body stays one
    // ("le tribunal révolutionnaire d'Ourmia", "le parquet fédéral de
    // Karlsruhe"), as the gold files list them. Any place of a club's name
    // ("FC Nantes", "Toronto FC"), of a criminal group's ("le cartel de
    // Santa Rosa de Lima"), of a Belgian police or rescue zone's ("la zone
    // de secours Hainaut-Est") or of the name an armed group gives itself
    // ("Al-Qaïda au Maghreb islamique", "l'État islamique dans le Grand
    // Sahara") is the name's.
    places.retain(|p| {
        let wide = p.kind == model::PlaceKind::Country || p.country.is_none();
        !actors.iter().any(|a| {
            a.kind == model::ActorKind::Organization
                && a.start <= p.start
                && p.end <= a.end
                && (wide && a.start < p.start
                    || extract::actors::is_sports_club(&a.text)
                    || extract::actors::is_crime_group(&a.text)
                    || extract::actors::is_service_zone(&a.text)
                    || matches!(
                        a.category,
                        model::Category::Militants | model::Category::Rebels
                    ))
        })
    });
    // The seat of a hospital, a court or a prosecutor ("transporté au CHU
    // de Brest", "le parquet de Saint-Brieuc", "le procureur de la
    // République de Grasse") is no place of the news: it names the
    // institution, which serves a whole area.
    places.retain(|p| !extract::places::seat_of_institution(&doc.text[..doc.byte_offset(p.start)]));
    // A name after a place's designator is that place, not a person with
    // the same span ("le quartier d'Azad Nagar", "la municipalité de Santa
    // Cruz Verapaz").
    actors.retain(|a| {
        a.kind != model::ActorKind::Person
            || !places.iter().any(|p| {
                p.start == a.start
                    && p.end == a.end
                    && extract::places::after_designator(&doc.text[..doc.byte_offset(p.start)])
            })
    });
    // A person's name is no place ("Bello a indiqué", after "Sani Musa
    // Bello": not Bello, Colombia).
    places.retain(|p| {
        !actors
            .iter()
            .any(|a| a.kind == model::ActorKind::Person && a.start <= p.start && p.end <= a.end)
    });
    let mut casualties = extract::casualties::extract(doc);
    casualties.sort_by_key(|c| (c.start, c.end));
    // The titles of the articles a dispatch credits at its end tell no
    // toll of their own.
    if let Some(credits) = doc.credits_start() {
        casualties.retain(|c| doc.byte_offset(c.start) < credits);
    }
    let reference_text = reference.map(|d| d.format("%Y-%m-%d").to_string());
    let events = events::assemble_with_reference(
        doc,
        &events::Mentions {
            dates: &dates,
            places: &places,
            actors: &actors,
            casualties: &casualties,
        },
        reference_text.as_deref(),
    );
    let toll = events::toll_summary(Some(doc), &casualties, &events, reference_text.as_deref());
    // Streets and squares are sites of a town, listed apart (events may
    // still be placed at one).
    let (sites, places): (Vec<_>, Vec<_>) = places
        .into_iter()
        .partition(|p| p.kind == model::PlaceKind::Other && extract::places::is_site(&p.name));
    DocumentOutput {
        schema_version: SCHEMA_VERSION.to_string(),
        source: source.to_string(),
        reference_date: reference_text,
        reference_date_origin: origin,
        title: doc.title(),
        paragraphs: doc.paragraphs_out(),
        dates,
        places,
        actors,
        casualties,
        events,
        toll,
        sites,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A name that is an organisation's after its article is the
    /// organisation, not a commune of the same name.
    #[test]
    fn an_organisation_after_its_article_is_no_place() {
        let out = process("t", "La Croix-Rouge a ouvert un centre d'accueil.", None);
        assert!(out.places.is_empty(), "{:?}", out.places);
        assert!(out.actors.iter().any(|a| a.name == "Croix-Rouge"));
    }

    /// The region an armed group is named after is no place of the news;
    /// a place after "de" in another organisation's name stays.
    #[test]
    fn the_region_of_an_armed_groups_name_is_no_place() {
        let names = |text: &str| {
            process("t", text, None)
                .places
                .iter()
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names(
                "L'attaque a été revendiquée par l'État islamique dans le Grand Sahara près de Ménaka."
            ),
            ["Ménaka"]
        );
        assert_eq!(
            names("Al-Qaïda au Maghreb islamique a enlevé deux touristes à Tombouctou."),
            ["Tombouctou"]
        );
        assert!(names("Le Parlement de Londres a voté.").contains(&"Londres".to_string()));
    }

    /// A name after a place's designator is the place, even when it opens
    /// with a first name; a person's name elsewhere stays a person's.
    #[test]
    fn a_designated_name_is_a_place_not_a_person() {
        for (text, name) in [
            (
                "Des pierres ont été lancées dans le quartier d'Azad Nagar.",
                "Azad Nagar",
            ),
            (
                "Un homme a été lynché dans la municipalité de Santa Cruz Verapaz.",
                "Santa Cruz Verapaz",
            ),
        ] {
            let out = process("t", text, None);
            assert!(
                out.places.iter().any(|p| p.name == name),
                "{:?}",
                out.places
            );
            assert!(
                !out.actors
                    .iter()
                    .any(|a| a.kind == model::ActorKind::Person),
                "{:?}",
                out.actors
            );
        }
        let out = process("t", "Le maire, Grégory Doucet, a parlé à Lyon.", None);
        assert!(
            out.actors
                .iter()
                .any(|a| a.kind == model::ActorKind::Person)
        );
    }

    /// The start-up thread and a document's stages build the same regexes
    /// at once: each waits for the other, and the output is the same.
    #[test]
    fn warming_up_beside_a_document_changes_nothing() {
        let text = include_str!("../fixtures/seed_kazakhstan.txt");
        let warm = std::thread::spawn(|| warm_up(true));
        let first = process("seed", text, None);
        warm.join().unwrap();
        let again = process("seed", text, None);
        assert!(!first.casualties.is_empty() && !first.events.is_empty());
        assert_eq!(
            serde_json::to_string(&first).unwrap(),
            serde_json::to_string(&again).unwrap()
        );
    }

    /// Streets, squares and stations are sites of their town, listed
    /// apart; the town stays a place, and an event may be placed at a site.
    #[test]
    fn streets_and_squares_are_sites_not_places() {
        let out = process(
            "t",
            "Deux hommes ont été blessés par balles rue de la Loi, à Bruxelles, près de la gare \
             du Nord. Des milliers de manifestants se sont rassemblés place Tahrir, au Caire.",
            None,
        );
        let names = |v: &[model::PlaceMention]| -> Vec<String> {
            v.iter().map(|p| p.name.clone()).collect()
        };
        assert_eq!(names(&out.places), ["Bruxelles", "Le Caire"]);
        let sites = names(&out.sites);
        assert_eq!(sites.len(), 3, "{sites:?}");
        assert!(
            sites.iter().any(|s| s.starts_with("rue de la Loi")),
            "{sites:?}"
        );
        assert!(
            sites.iter().any(|s| s.starts_with("place Tahrir")),
            "{sites:?}"
        );
    }

    /// The seat of a hospital, a court or a prosecutor is no place of the
    /// news; the town where things happened is.
    #[test]
    fn the_seat_of_an_institution_is_no_place() {
        let out = process(
            "t",
            "Un motard a été grièvement blessé à Plouha. Il a été transporté au CHU de Brest, \
             a indiqué le parquet de Saint-Brieuc, qui a ouvert une enquête. Le procureur de la \
             République de Grasse s'est rendu à Nice.",
            None,
        );
        let places: Vec<&str> = out.places.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(places, ["Plouha", "Nice"]);
        // "un hôpital de Palerme" is a hospital in the town, which is where
        // the wounded went.
        let out = process(
            "t",
            "Quatre rescapés ont été transférés vers un hôpital de Palerme, les autres vers \
             l'hôpital de Catane.",
            None,
        );
        let places: Vec<&str> = out.places.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(places, ["Palerme"]);
    }

    /// A country or an area of several inside an organisation's name is
    /// the name's; a town a local body is named after stays a place.
    #[test]
    fn a_country_inside_an_organisations_name_is_no_place() {
        let out = process(
            "t",
            "Selon la Gendarmerie royale du Canada, deux personnes sont mortes à Laval. La \
             Communauté économique des États de l'Afrique de l'Ouest a condamné l'attaque. Le \
             tribunal révolutionnaire d'Ourmia a prononcé la peine.",
            None,
        );
        let places: Vec<&str> = out.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(places, ["Laval", "Ourmia"]);
    }

    /// A criminal group's name is the group's, its places with it, and a
    /// service zone's; the town of the news stays.
    #[test]
    fn a_place_inside_a_crime_groups_name_is_no_place() {
        let out = process(
            "t",
            "Onze personnes ont été tuées à Salamanca. Le parquet attribue l'attaque au cartel \
             de Santa Rosa de Lima, en guerre contre le Clan del Golfo.",
            None,
        );
        let places: Vec<&str> = out.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(places, ["Salamanca"]);
        // So are the communes a Belgian police or rescue zone is named after.
        let out = process(
            "t",
            "Un incendie a fait deux morts à Marcinelle. Les pompiers de la zone de secours \
             Hainaut-Est sont intervenus.",
            None,
        );
        let places: Vec<&str> = out.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(places, ["Marcinelle"]);
    }

    /// A person's name, or its surname alone, is no place ("Bello", a town
    /// of Colombia; "Andre de Grasse").
    #[test]
    fn a_persons_name_is_no_place() {
        let out = process(
            "t",
            "Le porte-parole de la police, Sani Musa Bello, a parlé. Bello a indiqué que trois \
             suspects avaient été arrêtés. Andre de Grasse a couru à Rio.",
            None,
        );
        let places: Vec<&str> = out.places.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(places, ["Rio"]);
    }
}
