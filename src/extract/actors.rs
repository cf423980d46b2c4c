//! Persons, organisations and groups, with coreference to the fullest name.
//!
//! One tokenisation of the text, then passes over the tokens:
//! 1. organisations of the lexicon (`actors_orgs.tsv`: "ONU", "État
//!    islamique", "Daech"...), matched on folded tokens; the forms of one
//!    line are one organisation, named by the first form present;
//! 2. acronyms and their expansions in either order ("Organisation du
//!    Traité de Sécurité Collective (OSTC)"), checked letter by letter; a
//!    lower-case expansion without an organisation head ("véhicules blindés
//!    à roues de la gendarmerie (VBRG)") makes neither side an organisation;
//! 3. organisations built on a head noun ("Conseil de sécurité kazakh",
//!    "ministère de l'Intérieur", "parquet fédéral de Belgique"), which may
//!    swallow a known one ("Mission des Nations unies pour..."); a bare
//!    acronym matched on the initials of such a name elsewhere ("l'EMA" ...
//!    "l'État-major des armées");
//! 4. persons: runs of capitalised words (with particles "de", "Le",
//!    "al-", "ben", "van"...) that open on a known first name
//!    (`actors_firstnames.tsv`), follow a title cue ("le président",
//!    "M.", "le ministre de l'Intérieur", "le maire de Nice,",
//!    `actors_titles.tsv`) or a demonym ("l'Australienne Mirinda Carfrae"),
//!    or stand before an apposition (", président du...", ", 39 ans",
//!    ", né le..."); a two-word name whose last word also stands alone
//!    elsewhere ("Jacline Mouraud" ... "Mouraud");
//! 5. coreference: a surname ("Tokayev", "Le Drian", "Assad") after or
//!    before the full name takes the full name, as do lone names listed
//!    with persons ("Fillon, Mélenchon et Juppé"); "le Conseil" after "le
//!    Conseil de sécurité kazakh" takes the full organisation; an acronym
//!    and its expansion share the expansion's name; mentions of one actor
//!    share its title, country and category;
//! 6. groups: the role nouns of `groups.tsv` ("soldats", "forces de
//!    l'ordre"), with a following nationality adjective setting the
//!    country; not when used as an adjective ("attaque terroriste") or as
//!    a person's title ("le juge Eva Joly").
//!
//! Places (when the gazetteer gives them) only keep a whole place ("Rio de
//! Janeiro") from being a person; a text in English gets no names.

use crate::fxhash::{FxHashMap, FxHashSet, word_set};
use std::sync::LazyLock;

use crate::document::{Document, Folded, fold};
use crate::extract::{groups, nationality};
use crate::model::{ActorKind, ActorMention, Category, PlaceMention};

// ---------------------------------------------------------------------------
// Lexicons

/// Folded first names, sorted bytewise (see `tools/gen_firstnames.py`):
/// loaded without allocation, looked up by binary search.
static FIRST_NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    include_str!("actors_firstnames.tsv")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Is the folded word `f` the whole name of an organisation of the lexicon
/// ("hamas", "hezbollah", "otan")?
pub(crate) fn is_one_word_organisation(f: &str) -> bool {
    ORGS.forms
        .get(f)
        .is_some_and(|forms| forms.iter().any(|form| form.words.len() == 1))
}

/// A folded first name of the lexicon ("jean", "kassym").
pub(crate) fn known_first_name(f: &str) -> bool {
    FIRST_NAMES.binary_search(&f).is_ok()
}

/// Title cues keyed by their first folded word: (folded words, category).
type TitleMap = FxHashMap<String, Vec<(Vec<String>, Category)>>;

static TITLES: LazyLock<TitleMap> = LazyLock::new(|| {
    let mut map: FxHashMap<String, Vec<(Vec<String>, Category)>> = FxHashMap::default();
    for line in include_str!("actors_titles.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let cue = cols.next().unwrap_or("");
        let cat = cols
            .next()
            .and_then(groups::parse_category)
            .unwrap_or(Category::Other);
        let words = folded_words(cue);
        if let Some(first) = words.first() {
            map.entry(first.clone()).or_default().push((words, cat));
        }
    }
    for v in map.values_mut() {
        v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    }
    map
});

struct OrgEntry {
    category: Category,
    country: Option<String>,
    /// A body that each département or town has ("local" in the lexicon's
    /// fourth column): its name takes the territory after it.
    local: bool,
    /// A local body named only with its territory ("territory" in the
    /// lexicon's fourth column): "la police de l'État de Borno", not "la
    /// police de l'État".
    named_by_territory: bool,
    /// A union named with its trade after it ("branches" in the lexicon's
    /// fourth column): "FO Justice", "CGT Cheminots", each its own body.
    branches: bool,
}

struct OrgForm {
    entry: usize,
    /// Place of the form on its line: the first present one names the
    /// organisation.
    rank: usize,
    words: Vec<String>,
    /// The form starts with an upper-case letter: the text must too.
    upper: bool,
    /// The words after the first that the form capitalises ("Le Monde",
    /// "24 Heures", "France Bleu"), a bit each: the text must too, or it is
    /// the common noun ("Le monde entier", "Le soir venu", "en 24 heures").
    caps: u32,
}

struct OrgLexicon {
    entries: Vec<OrgEntry>,
    /// Forms keyed by their first folded word, longest first.
    forms: FxHashMap<String, Vec<OrgForm>>,
}

static ORGS: LazyLock<OrgLexicon> = LazyLock::new(|| {
    let mut entries = Vec::new();
    let mut forms: FxHashMap<String, Vec<OrgForm>> = FxHashMap::default();
    for line in include_str!("actors_orgs.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let category = cols
            .get(1)
            .and_then(|c| groups::parse_category(c))
            .unwrap_or(Category::Other);
        let country = cols
            .get(2)
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .map(str::to_string);
        let scope = cols.get(3).map(|c| c.trim());
        let named_by_territory = scope == Some("territory");
        let local = named_by_territory || scope == Some("local");
        let entry = entries.len();
        entries.push(OrgEntry {
            category,
            country,
            local,
            named_by_territory,
            branches: scope == Some("branches"),
        });
        for (rank, form) in cols[0].split('|').enumerate() {
            let folded = Folded::new(form);
            let toks = tokenize(form, &folded);
            if toks.is_empty() {
                continue;
            }
            let caps = toks
                .iter()
                .enumerate()
                .skip(1)
                .take(31)
                .filter(|(_, t)| t.cap)
                .fold(0u32, |m, (k, _)| m | 1 << k);
            let words: Vec<String> = toks.iter().map(|t| t.f.to_string()).collect();
            let upper = form.chars().next().is_some_and(char::is_uppercase);
            forms.entry(words[0].clone()).or_default().push(OrgForm {
                entry,
                rank,
                words,
                upper,
                caps,
            });
        }
    }
    for v in forms.values_mut() {
        v.sort_by_key(|f| std::cmp::Reverse(f.words.len()));
    }
    OrgLexicon { entries, forms }
});

/// Capitalised head nouns of organisation names, with their category.
const ORG_HEADS: &[(&str, Category)] = &[
    ("conseil", Category::Government),
    ("organisation", Category::International),
    ("agence", Category::Government),
    ("assemblee", Category::Government),
    ("parti", Category::Other),
    ("front", Category::Other),
    // Airlines and air services: "Air Madagascar", "Air Zermatt".
    ("air", Category::Other),
    // A town as a body: "relogés par la Ville de Marseille".
    ("ville", Category::Government),
    ("union", Category::Other),
    ("comite", Category::Other),
    ("commission", Category::Government),
    ("cour", Category::Judiciary),
    ("tribunal", Category::Judiciary),
    ("ministere", Category::Government),
    ("mouvement", Category::Other),
    ("federation", Category::Other),
    ("association", Category::Other),
    ("banque", Category::Other),
    ("fonds", Category::Other),
    ("institut", Category::Other),
    ("observatoire", Category::Other),
    ("office", Category::Government),
    ("bureau", Category::Government),
    ("mission", Category::International),
    ("forces", Category::Military),
    // "la Force multinationale mixte", "la Force nationale de sécurité
    // publique".
    ("force", Category::Military),
    ("armee", Category::Military),
    ("police", Category::Police),
    ("gendarmerie", Category::Police),
    ("brigade", Category::Military),
    ("brigades", Category::Militants),
    ("haut-commissariat", Category::International),
    ("programme", Category::International),
    ("syndicat", Category::Other),
    ("confederation", Category::Other),
    ("alliance", Category::Other),
    ("coalition", Category::Other),
    ("ligue", Category::Other),
    ("societe", Category::Other),
    ("compagnie", Category::Other),
    ("direction", Category::Government),
    ("sous-direction", Category::Government),
    ("centre", Category::Other),
    ("fondation", Category::Other),
    ("universite", Category::Other),
    ("academie", Category::Other),
    ("chambre", Category::Government),
    ("parlement", Category::Government),
    ("gouvernement", Category::Government),
    ("communaute", Category::International),
    ("secretariat", Category::Government),
    ("autorite", Category::Government),
    ("etat-major", Category::Military),
    ("commandement", Category::Military),
    ("parquet", Category::Judiciary),
    ("juridiction", Category::Judiciary),
    ("superintendance", Category::Government),
    ("surintendance", Category::Government),
    ("prefecture", Category::Government),
    ("mairie", Category::Government),
    ("municipalite", Category::Government),
    ("conference", Category::International),
    ("operation", Category::Military),
    ("regiment", Category::Military),
    ("garde", Category::Security),
    ("service", Category::Government),
    ("services", Category::Security),
    ("croix-rouge", Category::International),
    ("haute", Category::Government),
    ("haut", Category::Government),
    ("inspection", Category::Government),
    ("peloton", Category::Police),
    ("groupement", Category::Other),
    ("comite", Category::Other),
    // "le cartel de Sinaloa", "le Cartel de Jalisco Nouvelle Génération".
    ("cartel", Category::Other),
    // "le Clan del Golfo".
    ("clan", Category::Other),
    // "le Rassemblement des républicains", "le Congrès des progressistes".
    ("rassemblement", Category::Other),
    ("congres", Category::Other),
    // "la Coordination générale des déplacés et réfugiés du Darfour", "la
    // Plateforme des organisations de la société civile".
    ("coordination", Category::Other),
    ("plateforme", Category::Other),
    // "le Département d'État", "le Département météorologique du
    // Bangladesh" (capitalised: the territory is written "département").
    ("departement", Category::Government),
];

/// Heads that may open an organisation name in lower case when a
/// complement or adjective follows ("ministère de l'Intérieur",
/// "parquet fédéral", "parlement kazakh").
const LC_HEADS: &[&str] = &[
    "ministere",
    // "le haut-commissariat de la République", "des Nations unies".
    "haut-commissariat",
    "parquet",
    "tribunal",
    "parlement",
    "secretariat",
    "etat-major",
    "cour",
    "cartel",
];

/// Lower-case heads of an institution that is also a building or a
/// territory ("la préfecture du Var" acts; "la préfecture du Puy-en-Velay
/// incendiée" burns; "les préfectures d'Osaka" are regions): an
/// organisation only where it acts or reports ([`acting`]).
const ACTING_LC_HEADS: &[&str] = &["prefecture", "mairie", "municipalite", "universite"];

/// What an institution does: "annonce", "a interdit", "a recensé".
const ORG_ACTS: &[&str] = &[
    "annonce",
    "demande",
    "appelle",
    "appele",
    "compte",
    "recense",
    "indique",
    "precise",
    "interdit",
    "decide",
    "decrete",
    "publie",
    "ordonne",
    "autorise",
    "signale",
    "confirme",
    "rappelle",
    "rappele",
    "recommande",
    "conseille",
    "estime",
    "affirme",
    "explique",
    "assure",
    "denonce",
    "communique",
    "declare",
    "ajoute",
    "fait",
    "evoque",
    "reconnu",
    "dementi",
    "condamne",
    "declenche",
    "ferme",
    "active",
    "lance",
    "conteste",
    "mobilise",
    "reloge",
    "organise",
    "prevoit",
    // "a ouvert une enquête", "ouvre une cellule de crise".
    "ouvert",
    "ouvre",
];

/// An institution named from token `a` to token `b` (exclusive) acts or
/// reports: "selon la préfecture de X", "la mairie de X a annoncé".
fn acting(cx: &Ctx, a: usize, b: usize) -> bool {
    let mut k = a;
    if k > 0 && matches!(cx.f(k - 1), "la" | "l'" | "le") {
        k -= 1;
    }
    if k > 0 && matches!(cx.f(k - 1), "selon" | "apres" | "par") {
        return true;
    }
    let act = |k: usize| cx.word(k) && ORG_ACTS.contains(&cx.f(k));
    // The source of an incise: "…, a indiqué la préfecture du Var", "a
    // annoncé mardi la préfecture", "a-t-on appris auprès de la mairie".
    if k > 0 {
        let mut p = k - 1;
        // (Over a day or a time of day: "a indiqué en soirée la
        // préfecture", "a annoncé mardi soir la mairie".)
        for _ in 0..4 {
            let w = cx.f(p);
            if p > 0
                && (crate::extract::dates::WEEKDAYS.contains(&w)
                    || matches!(
                        w,
                        "soir" | "matin" | "soiree" | "matinee" | "journee" | "en" | "dans"
                    )
                    || w == "la" && matches!(cx.f(p + 1), "soiree" | "matinee" | "journee"))
            {
                p -= 1;
            } else {
                break;
            }
        }
        if act(p) || (cx.f(p) == "de" && p > 0 && cx.f(p - 1) == "aupres") {
            return true;
        }
    }
    match cx.f(b) {
        "a" | "avait" => act(b + 1) || person_verb_after(cx, b),
        _ => act(b),
    }
}

/// Capitalised heads that name an organisation on their own.
const STANDALONE: &[&str] = &["parlement", "assemblee", "senat", "congres"];

/// Whether the standalone head at `i` is told as the building where a
/// crowd gathers or that it storms: "rassemblés devant le Parlement", "aux
/// abords du Parlement", "autour du Sénat", "ont pris d'assaut le
/// Parlement", "dans l'enceinte du Congrès". The building, no actor (not
/// "le président du Parlement", "a voté le Parlement").
fn gathering_site(cx: &Ctx, i: usize) -> bool {
    const SITE_BEFORE: &[&str] = &[
        "devant", "abords", "autour", "assaut", "enceinte", "grilles", "pres", "vers",
    ];
    i >= 2
        && matches!(cx.f(i - 1), "le" | "la" | "l'" | "du" | "de")
        && (SITE_BEFORE.contains(&cx.f(i - 2))
            || i >= 3 && cx.f(i - 2) == "contre" && cx.f(i - 3) == "assaut")
}

/// Lower-case adjectives that belong inside organisation names.
static ORG_ADJ: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    let stems = [
        "national",
        "international",
        "europeen",
        "federal",
        "islamique",
        "populaire",
        "democratique",
        "revolutionnaire",
        "arme",
        "superieur",
        "general",
        "supreme",
        "constitutionnel",
        "militaire",
        "africain",
        "uni",
        "mondial",
        "socialiste",
        "communiste",
        "republicain",
        "liberal",
        "conservateur",
        "ecologiste",
        "chretien",
        "patriotique",
        "nationaliste",
        "antiterroriste",
        "special",
        "regional",
        "municipal",
        "departemental",
        "central",
        "interimaire",
        "transitoire",
        "provisoire",
        "independant",
        "electoral",
        "judiciaire",
        "penal",
        "correctionnel",
        "criminel",
        "anticorruption",
        "humanitaire",
        "sanitaire",
        "scientifique",
        "economique",
        "social",
        "arabe",
        "libre",
        "unifie",
        "permanent",
        "executif",
        "legislatif",
        "interieur",
        "exterieur",
        "nucleaire",
        "spatial",
        "atomique",
        "olympique",
        "monetaire",
        "syndical",
        "administratif",
        "financier",
        "civil",
        "maritime",
        "cotier",
        "aerien",
        "terrestre",
        "paramilitaire",
        "presidentiel",
        "royal",
        "imperial",
        "islamiste",
        "salafiste",
        "jihadiste",
        "djihadiste",
        "kurde",
        "palestinien",
        "meteorologique",
        "statistique",
        "public",
        "publique",
        "etranger",
        "francophone",
        "atlantique",
        "occidental",
        // "le Service frontalier", "l'Administration pénitentiaire", "la
        // Police portuaire".
        "frontalier",
        "penitentiaire",
        "douanier",
        "portuaire",
        "ferroviaire",
        "forestier",
        "parlementaire",
        "gouvernemental",
        "ministeriel",
        "diplomatique",
        "consulaire",
        "migratoire",
        "oriental",
        "autonome",
        "collectif",
        "collective",
        "musulman",
        "juif",
        "protestant",
        "catholique",
        "orthodoxe",
        "evangelique",
        // "Forces démocratiques alliées", "Commission des droits humains",
        // "Force civile conjointe", "accidents aéronautiques".
        "allie",
        "humain",
        "conjoint",
        "aeronautique",
        // "ministère de la Marine marchande", "Administration pénitentiaire",
        // "Collectivité territoriale", "Génie rural".
        "marchand",
        "penitentiaire",
        "territorial",
        "rural",
        "portuaire",
        "douanier",
        // ("Confédération des nationalités indigènes de l'Équateur".)
        "indigene",
        "autochtone",
        // "ministère des Affaires religieuses" (not "hospitalier": "le
        // Centre hospitalier régional" is no name without its own).
        "religieux",
        "religieuse",
        // "ministère des Sports et de l'Éducation physique", "de la
        // Formation professionnelle", "de l'Économie numérique", "de
        // l'Enseignement technique" (not "sportif", "culturel": "le
        // Centre sportif" is no name).
        "physique",
        "professionnel",
        "numerique",
        "technique",
        "urbain",
        // Bodies of a continent or more: "la Cour interaméricaine des
        // droits de l'homme", "le Parlement panafricain".
        "interamericain",
        "panamericain",
        "panafricain",
        "intergouvernemental",
    ];
    let mut set = FxHashSet::default();
    for s in stems {
        let s: &'static str = s;
        set.insert(s);
        for suf in ["e", "s", "es", "ne", "nes", "le", "les", "aux", "ve", "ves"] {
            set.insert(Box::leak(format!("{s}{suf}").into_boxed_str()));
        }
    }
    set
});

/// Lower-case nouns that complement an organisation head after "de".
static ORG_NOUNS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    [
        "securite",
        "defense",
        "administration",
        "sante",
        "justice",
        "developpement",
        "enquete",
        "surveillance",
        "commerce",
        "agriculture",
        "recherche",
        "travail",
        "interieur",
        "affaires",
        "economie",
        "finances",
        "education",
        "environnement",
        "droits",
        "homme",
        "l'homme",
        "refugies",
        // "la Coordination générale des déplacés et réfugiés du Darfour", "le
        // Comité permanent de contrôle des services de police", "la
        // Plateforme des organisations de la société civile".
        "deplaces",
        "services",
        "incendie",
        "organisations",
        "societe",
        "migrations",
        "energie",
        "paix",
        "cooperation",
        "victimes",
        "aide",
        "protection",
        "lutte",
        "renseignement",
        "surete",
        "transports",
        "culture",
        "jeunesse",
        "communication",
        "information",
        "liberation",
        "salut",
        "soutien",
        "assistance",
        "encadrement",
        "armees",
        "forces",
        "gendarmerie",
        "police",
        "ouragans",
        "secours",
        "sapeurs-pompiers",
        "risques",
        "reseaux",
        "systeme",
        "mines",
        "urgence",
        "travailleurs",
        // "Parti démocratique des peuples", "Front de libération du peuple".
        "peuples",
        "peuple",
        // "Rassemblement des républicains", "Union des démocrates",
        // "Mouvement des patriotes", "Parti des citoyens".
        "republicains",
        "democrates",
        "patriotes",
        "citoyens",
        "entreprises",
        "industrie",
        "emploi",
        "solidarite",
        "sciences",
        "etudes",
        "statistique",
        // "Bureau national des statistiques", "Office national des forêts".
        "statistiques",
        "forets",
        "eaux",
        "catastrophes",
        "hydrocarbures",
        "archives",
        "medecine",
        "presse",
        "journalistes",
        "reconstruction",
        "reconciliation",
        "verite",
        "democratie",
        "progres",
        "independance",
        "liberte",
        "unite",
        "resistance",
        "revolution",
        "enfance",
        "femmes",
        "consommateurs",
        "investissement",
        "controle",
        "prevention",
        "asile",
        "integration",
        "famille",
        "logement",
        "territoires",
        "transition",
        "ecologie",
        "eau",
        "aviation",
        "navigation",
        "telecommunications",
        "nations",
        "etats",
        "armement",
        "crise",
        "crises",
        "ordre",
        "guerre",
        "terrorisme",
        "stabilisation",
        "maintien",
        "observation",
        "haute",
        "montagne",
        "intervention",
        "affaires",
        "etrangeres",
        "etranger",
        "gestion",
        "conservation",
        "meteorologie",
        "cassation",
        "appel",
        "comptes",
        "assises",
        "instance",
        "commerce",
        "magistrature",
        "ministres",
        "representants",
        "deputes",
        "communes",
        "lords",
        "securite",
        "sport",
        "sports",
        "handicap",
        "pauvres",
        "ecole",
        "prisons",
        "penitentiaire",
        "douanes",
        "impots",
        "budget",
        "marine",
        "air",
        "terre",
        "frontieres",
        "contre-espionnage",
        "espionnage",
        "diplomatie",
        "inspection",
        "evaluation",
        "planification",
        "l'enfance",
        "l'homme",
        "l'interieur",
        "l'environnement",
        "l'education",
        "l'economie",
        "l'emploi",
        "l'agriculture",
        "l'energie",
        "l'ordre",
        "l'immigration",
        "immigration",
        "l'information",
        "l'industrie",
        "l'aide",
        "l'integration",
        "l'armee",
        "armee",
        "patinage",
        "football",
        "triathlon",
        "natation",
        "athletisme",
        "cyclisme",
        "rugby",
        "tennis",
        "handball",
        "basket-ball",
        "ski",
        "radio-television",
        "television",
        "radio",
        "chanson",
        "cinema",
        "musique",
        "arts",
        "lettres",
        "patrimoine",
        "tourisme",
        "enseignement",
        "universites",
        "avocats",
        "medecins",
        "infirmiers",
        "agriculteurs",
        "cheminots",
        "enseignants",
        "policiers",
        "gendarmes",
        "militaires",
        "officiers",
        "etudiants",
        "lyceens",
        "salaries",
        "employeurs",
        "retraites",
        "chomeurs",
        "locataires",
        "proprietaires",
        "parents",
        "familles",
        // Religions, equality, climate, trades of public bodies' names
        // ("Conseil français du culte musulman", "Haut Conseil à l'égalité").
        "culte",
        "cultes",
        "religions",
        "egalite",
        "l'egalite",
        "laicite",
        "climat",
        "nucleaire",
        "corruption",
        "consommation",
        "numerique",
        "alimentation",
        "l'alimentation",
        "population",
        "populations",
        "fonction",
        "chemins",
        "fer",
        "pompiers",
        "maires",
        "regions",
        "departements",
        "collectivites",
        "l'hopital",
        "hopitaux",
        "l'europe",
        "reforme",
        "reformes",
        "dialogue",
        "concertation",
        "l'air",
        "attentats",
        "d'attentats",
        "accidents",
        "catastrophes",
        "crimes",
        "disparus",
        "otages",
        "migrants",
        "prisonniers",
        "detenus",
        "blesses",
        "sinistres",
        "consommation",
        "concurrence",
        // Emergencies, disasters and the sciences of their agencies
        // ("Agence de gestion des urgences", "Force nationale de réponse
        // aux catastrophes", "Association pour l'étude de la neige et des
        // avalanches", "Institut de géophysique", "Alliance du vaccin").
        "urgences",
        "reponse",
        "etude",
        "l'etude",
        "neige",
        "avalanches",
        "geophysique",
        "vaccin",
        "vaccins",
        "vaccination",
        "sauvetage",
        // ("Fédération nationale des travailleurs du textile", "Ministère
        // public du canton du Valais".)
        "textile",
        "batiment",
        "metallurgie",
        "chimie",
        "peche",
        "petrole",
        "canton",
    ]
    .into_iter()
    .collect()
});

/// Capitalised words that never open or belong to a name.
static CAP_STOP: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    "le la les l' un une des du de d' au aux ce cet cette ces ceux celle celles celui il elle \
     ils elles on nous vous je j' tu mais et ou donc or ni car si s' selon pour par avec sans \
     dans en sur sous entre vers chez apres avant depuis pendant lors quand lorsque lorsqu' \
     alors ainsi puis enfin cependant toutefois pourtant neanmoins outre parmi contre dont ou \
     qui que qu' quoi quel quelle quels quelles leur leurs son sa ses mon ma mes ton ta tes \
     notre nos votre vos tout tous toute toutes aucun aucune plusieurs certains certaines \
     chaque autre autres meme cela ceci ca c' voici voila oui non hors malgre face suite afin \
     pres ici la deja encore aussi tres plus moins bien lundi mardi mercredi jeudi vendredi \
     samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre \
     novembre decembre a n' ne y est sont ont etait fut sera cet une-fois comme tandis \
     desormais d'apres aujourd'hui hier demain jusqu' jusqu'a mr mme mlle m dr me mgr pr \
     monsieur madame mademoiselle the of and in for to at by a an with from on is \
     premier premiere dernier derniere nouveau nouvelle ancien ancienne grand grande petit \
     petite haut nord sud est ouest centre saint sainte st ste etat etats republique \
     gouvernement president presidente ministre general colonel capitaine commandant \
     lieutenant sergent docteur professeur maitre sir lord lady cheikh sheikh emir roi reine \
     prince princesse pape imam ayatollah mawlawi maulvi maulana abbe pere soeur frere mere fils \
     fille \
     ensuite egalement notamment surtout autrefois finalement actuellement parallelement \
     auparavant certes bref d'abord seul seule seuls sauf voire quant durant des via chacun \
     chacune personne rien quelques beaucoup trop peu tres jamais toujours souvent parfois \
     depuis lorsque puisque quoique pourquoi comment combien oui merci bonjour bravo attention \
     road avenue drive boulevard square gardens heights view township \
     fire county parish creek valley springs falls sante"
        .split_whitespace()
        .collect()
});

/// Capitalised words that never continue an organisation name.
static ORG_CAP_STOP: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    "le la les l' un une des du de d' au aux ce cet cette ces il elle ils elles on mais et ou \
     donc or ni car si selon pour par avec sans dans en sur sous entre vers chez apres avant \
     depuis pendant lors quand alors ainsi puis enfin cependant lundi mardi mercredi jeudi \
     vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre \
     octobre novembre decembre m mme mr"
        .split_whitespace()
        .collect()
});

/// Lower-case (or capitalised, inside a name) particles of personal names.
const PARTICLES: &[&str] = &[
    "de", "du", "des", "d'", "van", "von", "der", "den", "ben", "bin", "ibn", "al", "el", "da",
    "di", "dos", "das", "del", "della", "la", "le", "y", "zu", "abou", "abu", "ould", "mac", "bou",
    "st", "los", "las", "wa", "mint",
];

/// One of the [`PARTICLES`].
fn is_particle(f: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| word_set(PARTICLES));
    SET.contains(f)
}

/// Upper-case tokens that are not organisation acronyms.
static ACRONYM_STOP: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    "vs vd ne ju ti zh utc gmt pib ong adn arn pdg tv vtt usa us uk rdc rca urss eau ue? sos vih sida tnt gps \
     sms pdf usb ok ndlr cdd cdi smic rsa tva ttc ht km kg mw kwh ii iii iv vi vii viii ix xi \
     xii xiii xiv xv xvi xvii xviii xix xx xxi xxx the of in and for to not on you this it is \
     an as at be by or we my no yes new cd dvd pc ia ai ps4 lgbt lgbti q&a fm am pm jo hd \
     it ip cv rer ter tgv suv qg ps isf ric tpe pme avc epr ivg bac bts hlm sdf ist jt qi edt \
     est cet pdt tatp ogm btp rh ceo cfo vip ok ko nb mm cm kv gw mhz ghz hiv dna \
     de la le les du des par et en un une au aux sur pour va re ne se sa son ses il on ce qui \
     que ou mais est sont ont \
     urgent flash alerte exclusif direct video photos photo info infos breaking actu \
     mise jour maj lire voir aussi pas plus live \
     lbd ied vbied rpg mrap gpl co2 \
     mv hms uss \
     sas sasu sarl eurl ltd inc gmbh plc llc"
        .split_whitespace()
        .filter(|w| !w.ends_with('?'))
        .collect()
});

// ---------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone)]
struct Tok<'a> {
    s: usize,
    e: usize,
    /// Folded text (lower case, no accents), a slice of the folded text.
    f: &'a str,
    word: bool,
    /// Starts with an upper-case letter (or "al-X").
    cap: bool,
    /// All letters upper case, at least two of them.
    upper: bool,
    /// Sentence index.
    sent: usize,
}

const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// Folded prefixes of Arabic names ("al-Assad"): the word is capitalised
/// when what follows the prefix is.
const ARABIC_PREFIXES: &[&str] = &[
    "al-", "el-", "ad-", "as-", "ash-", "ibn-", "bin-", "ben-", "abu-", "ould-",
];

/// "N'Guessan", "N'Diaye", "M'Bala": a capital N or M, an apostrophe and a
/// capitalised word are one name (West African names), not an elision
/// ("N'importe", "N'EST" in a headline in capitals).
fn west_african_prefix(text: &str, start: usize, end: usize, after: usize) -> bool {
    matches!(&text[start..end], "N" | "M") && {
        let mut rest = text[after..].chars();
        rest.next().is_some_and(char::is_uppercase)
            && rest
                .take_while(|c| c.is_alphabetic())
                .any(char::is_lowercase)
    }
}

fn is_apos(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Original byte offsets to folded ones, for offsets met in nearly
/// increasing order (a cursor over [`Folded::map`]).
struct FoldCursor<'a> {
    folded: &'a Folded,
    cur: usize,
}

impl<'a> FoldCursor<'a> {
    /// The first folded byte whose original offset is at least `b`.
    fn at(&mut self, b: usize) -> usize {
        let map = &self.folded.map;
        // Over ASCII text one byte folds to one byte: try that first.
        let here = map[self.cur] as usize;
        let guess = if b >= here {
            self.cur + (b - here)
        } else {
            self.cur.saturating_sub(here - b)
        };
        if map.get(guess).is_some_and(|&o| o as usize == b)
            && (guess == 0 || (map[guess - 1] as usize) < b)
        {
            self.cur = guess;
            return guess;
        }
        while self.cur + 1 < map.len() && (map[self.cur] as usize) < b {
            self.cur += 1;
        }
        while self.cur > 0 && map[self.cur - 1] as usize >= b {
            self.cur -= 1;
        }
        self.cur
    }

    /// The folded text of the original bytes `s..e` (folding goes
    /// character by character: the same as folding `text[s..e]`).
    fn slice(&mut self, s: usize, e: usize) -> &'a str {
        let folded: &'a Folded = self.folded;
        let fs = self.at(s);
        let fe = self.at(e);
        &folded.text[fs..fe]
    }
}

fn make_tok<'a>(text: &str, fc: &mut FoldCursor<'a>, s: usize, e: usize) -> Tok<'a> {
    let t = &text[s..e];
    let f = fc.slice(s, e);
    let first = t.chars().next();
    let word = first.is_some_and(char::is_alphanumeric);
    let first_up = first.is_some_and(char::is_uppercase);
    // Every prefix has its hyphen within its first five bytes.
    let arabic = f.bytes().take(5).any(|b| b == b'-')
        && ARABIC_PREFIXES.iter().any(|p| {
            // The folded prefix may not be as long as the original ("Eఌ-").
            f.starts_with(p)
                && t.get(p.len()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_uppercase)
        });
    // At least two letters, none of them lower case.
    let mut letters = 0;
    let mut lower = false;
    for c in t.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            lower = true;
            break;
        }
        letters += 1;
    }
    let upper = !lower && letters >= 2;
    Tok {
        s,
        e,
        f,
        word,
        cap: first_up || arabic,
        upper,
        sent: 0,
    }
}

/// The folded words of a lexicon form.
fn folded_words(form: &str) -> Vec<String> {
    let folded = Folded::new(form);
    tokenize(form, &folded)
        .into_iter()
        .map(|t| t.f.to_string())
        .collect()
}

/// Words (with inner hyphens, elisions split off: "l'", "d'") and single
/// punctuation characters; `folded` is the folded `text`.
fn tokenize<'a>(text: &str, folded: &'a Folded) -> Vec<Tok<'a>> {
    let mut fc = FoldCursor { folded, cur: 0 };
    // The character at byte `i`, if any.
    let ch = |i: usize| match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(b as char),
        Some(_) => text[i..].chars().next(),
        None => None,
    };
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while let Some(c) = ch(i) {
        if c.is_alphanumeric() {
            let mut start = i;
            let mut j = i;
            loop {
                while let Some(c) = ch(j)
                    && c.is_alphanumeric()
                {
                    j += c.len_utf8();
                }
                // The character after the letters, and the one after it.
                let Some(c) = ch(j) else {
                    break;
                };
                let after = j + c.len_utf8();
                let next = ch(after);
                if is_hyphen(c) && next.is_some_and(char::is_alphanumeric) {
                    j = after;
                    continue;
                }
                if is_apos(c) && next.is_some_and(char::is_alphabetic) {
                    let w = fc.slice(start, j);
                    let last = w.rsplit('-').next().unwrap_or(w);
                    if ELISIONS.contains(&last)
                        && !w.contains('-')
                        && !west_african_prefix(text, start, j, after)
                    {
                        out.push(make_tok(text, &mut fc, start, after));
                        j = after;
                        start = j;
                        continue;
                    }
                    j = after;
                    continue;
                }
                break;
            }
            if j > start {
                // "anti-Trump", "pro-Assad", "ex-Forces armées…": the name
                // stands on its own.
                let w = &text[start..j];
                // Not "l'ex-RDA": a former state, not an acronym of its own.
                // (Only a word with a hyphen at its third to fifth byte.)
                let hyphen = w.as_bytes().get(2..5).is_some_and(|b| b.contains(&b'-'));
                let split = ["anti-", "pro-", "ex-", "Anti-", "Pro-", "Ex-"]
                    .iter()
                    .filter(|_| hyphen)
                    .find_map(|p| {
                        w.strip_prefix(p)
                            .filter(|r| r.chars().next().is_some_and(char::is_uppercase))
                            .filter(|r| {
                                !p.starts_with(['e', 'E'])
                                    || r.chars().nth(1).is_some_and(char::is_lowercase)
                            })
                            .map(|_| p.len())
                    });
                match split {
                    Some(len) => {
                        out.push(make_tok(text, &mut fc, start, start + len));
                        out.push(make_tok(text, &mut fc, start + len, j));
                    }
                    None => out.push(make_tok(text, &mut fc, start, j)),
                }
            }
            i = j;
        } else if c.is_whitespace()
            || matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}')
        {
            i += c.len_utf8();
        } else {
            out.push(make_tok(text, &mut fc, i, i + c.len_utf8()));
            i += c.len_utf8();
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Working state

#[derive(Debug, Clone)]
struct Cand {
    /// Token span, end exclusive.
    a: usize,
    b: usize,
    kind: ActorKind,
    /// Coreference key (persons: folded full name; organisations: a group key).
    key: String,
    title: Option<String>,
    category: Category,
    country: Option<String>,
    /// Strength of the name: full names win over surnames, expansions
    /// over acronyms.
    full: bool,
    /// Preference of a lexicon form (its place on its line), lower first.
    rank: usize,
}

struct Ctx<'a> {
    text: &'a str,
    toks: Vec<Tok<'a>>,
    used: Vec<bool>,
    /// Tokens of person mentions.
    person: Vec<bool>,
    /// Country of each word read as a nationality adjective, looked up once.
    nat: Vec<Option<&'static str>>,
    /// Category of each word as an organisation head ([`org_head`]).
    head: Vec<Option<Category>>,
    /// Per word: it may open a group noun ([`GROUP_FIRST`]).
    group_first: Vec<bool>,
    place: Vec<bool>,
    /// Per token: it is in the name of a country ("Burundi").
    country: Vec<bool>,
    /// Per token: its folded word is also written in lower case in the
    /// text (a word token that is not capitalised).
    lower_vocab: Vec<bool>,
    /// Per token: its folded word is also written capitalised (not all in
    /// capitals).
    cap_vocab: Vec<bool>,
    /// Acronyms whose expansion names a thing, not an organisation
    /// ("véhicules blindés à roues de la gendarmerie (VBRG)").
    not_org: FxHashSet<&'a str>,
    sent_first: Vec<bool>,
    /// Per sentence: it lies in a headline paragraph.
    headline: Vec<bool>,
}

impl<'a> Ctx<'a> {
    fn word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].word
    }
    /// The country of token `i` as a nationality adjective or demonym.
    fn nat(&self, i: usize) -> Option<&'static str> {
        self.nat.get(i).copied().flatten()
    }
    fn same_sent(&self, i: usize, j: usize) -> bool {
        i < self.toks.len() && j < self.toks.len() && self.toks[i].sent == self.toks[j].sent
    }
    fn f(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.f)
    }
    fn raw(&self, a: usize, b: usize) -> &str {
        &self.text[self.toks[a].s..self.toks[b - 1].e]
    }
    /// A capitalised word that may be part of a name.
    /// "Sheikh Hasina", "Cheikh Dieng": a capitalised "Cheikh" with no
    /// article before it and a name after it is a given name (common in
    /// Senegal and Bangladesh); "le cheikh Hamad" is a title.
    fn given_sheikh(&self, i: usize) -> bool {
        matches!(self.toks[i].f, "cheikh" | "sheikh")
            // (After a patronymic particle, a name: "Sidi Mohamed Ould
            // Cheikh".)
            && (i > 0 && matches!(self.f(i - 1), "ould" | "ben" | "bin" | "ibn" | "abou" | "abu")
                || self.given_sheikh_before_name(i))
    }

    /// "Cheikh" as a given name before a capitalised name ("Cheikh Tidiane
    /// Gadio"), not the title after an article ("le cheikh").
    fn given_sheikh_before_name(&self, i: usize) -> bool {
        !matches!(
            self.f(i.wrapping_sub(1)),
            "le" | "les" | "du" | "des" | "au" | "aux" | "un" | "ce" | "l'" | "d'"
        ) && self.word(i + 1)
            && self.same_sent(i, i + 1)
            && self.toks[i + 1].cap
            && !CAP_STOP.contains(self.toks[i + 1].f)
    }

    fn name_tok(&self, i: usize) -> bool {
        if !self.word(i) || self.used[i] {
            return false;
        }
        let t = &self.toks[i];
        if !t.cap || CAP_STOP.contains(t.f) && !self.given_sheikh(i) {
            return false;
        }
        if t.upper && t.f.chars().count() > 1 && !self.caps_surname(i) {
            return false;
        }
        if t.f.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            return false;
        }
        // A nationality noun ("les Français") is no name.
        if self.nat(i).is_some() {
            return false;
        }
        // A sentence-initial common word ("Selon", "Mercredi").
        if self.sent_first[i] && self.lower_vocab[i] && !known_first_name(t.f) {
            return false;
        }
        true
    }
    /// A surname in capitals after a first name of the lexicon, as bylines,
    /// photo credits and lists write them ("Photo AFP / Sia KAMBOU",
    /// "Thomas DEVRED"): a name, not an acronym.
    /// (Three letters at least, not a word the text also writes in lower
    /// case, no digit (not "Piper PA-31"), not "AC" of "Milan AC"; the
    /// first name opens the name: not "Marcel Gauthier ANNONCES".)
    fn caps_surname(&self, i: usize) -> bool {
        let t = &self.toks[i];
        i > 0
            && t.upper
            && t.f.chars().count() >= 3
            && !t.f.bytes().any(|b| b.is_ascii_digit())
            && !self.lower_vocab[i]
            && !ACRONYM_STOP.contains(t.f)
            && self.word(i - 1)
            && self.same_sent(i - 1, i)
            && {
                let p = &self.toks[i - 1];
                p.cap && !p.upper && p.e < t.s && known_first_name(p.f)
            }
            && !(i > 1 && self.word(i - 2) && self.toks[i - 2].cap && self.same_sent(i - 2, i))
    }
    /// An initial "R." closing a name.
    fn initial(&self, i: usize) -> bool {
        self.word(i)
            && !self.used[i]
            // (One character, of one byte or more: "Burak Ö.")
            && self.text[self.toks[i].s..self.toks[i].e].chars().nth(1).is_none()
            && self.toks[i].cap
            && self.f(i + 1) == "."
            && self.toks[i + 1].s == self.toks[i].e
    }
}

fn is_first_name(f: &str) -> bool {
    if known_first_name(f) {
        return true;
    }
    // "Jean-Yves", "Kassym-Jomart": the first part decides.
    match f.split_once('-') {
        Some((a, _)) => a.len() > 2 && known_first_name(a),
        None => false,
    }
}

fn org_head(f: &str) -> Option<Category> {
    /// [`ORG_HEADS`] by word.
    static BY_WORD: LazyLock<FxHashMap<&'static str, Category>> =
        LazyLock::new(|| by_first_word(ORG_HEADS));
    BY_WORD.get(f).copied()
}

/// A table of (word, category) as a map; the first line of a word wins.
fn by_first_word(table: &[(&'static str, Category)]) -> FxHashMap<&'static str, Category> {
    let mut map = FxHashMap::default();
    for &(w, c) in table {
        map.entry(w).or_insert(c);
    }
    map
}

/// Every actor mention of the document. `places` lets the grammar avoid
/// taking a place for a person.
pub fn extract(doc: &Document, places: &[PlaceMention]) -> Vec<ActorMention> {
    let text = doc.text.as_str();
    let mut toks = tokenize(text, doc.folded());
    // Sentence of each token.
    let mut si = 0;
    let mut sent_first = vec![false; toks.len()];
    let mut last_sent = usize::MAX;
    for (k, t) in toks.iter_mut().enumerate() {
        while si + 1 < doc.sentences.len() && doc.sentences[si + 1].start <= t.s {
            si += 1;
        }
        t.sent = si;
        if si != last_sent {
            sent_first[k] = true;
            last_sent = si;
        }
    }
    // Tokens after an opening quote or a dash also start a clause.
    for k in 1..toks.len() {
        let prev = &text[toks[k - 1].s..toks[k - 1].e];
        if matches!(prev, "«" | "\"" | "“" | "—" | "–" | "(" | ":") {
            sent_first[k] = true;
        }
    }
    let mut place = vec![false; toks.len()];
    let mut country = vec![false; toks.len()];
    for p in places
        .iter()
        .filter(|p| p.kind == crate::model::PlaceKind::Country)
    {
        let (s, e) = (doc.byte_offset(p.start), doc.byte_offset(p.end));
        let first = toks.partition_point(|t| t.e <= s);
        for (k, t) in toks.iter().enumerate().skip(first) {
            if t.s >= e {
                break;
            }
            country[k] = true;
        }
    }
    if !places.is_empty() {
        // Place spans by start, with the largest end so far: "does any place
        // overlap [t.s, t.e)" in O(log n) per token instead of O(places).
        // The spans are turned into bytes, once (characters and bytes keep
        // their order), rather than every token into characters.
        let mut spans: Vec<(usize, usize)> = places
            .iter()
            .map(|p| (doc.byte_offset(p.start), doc.byte_offset(p.end)))
            .collect();
        spans.sort_unstable();
        let mut max_end = Vec::with_capacity(spans.len());
        let mut m = 0;
        for &(_, e) in &spans {
            m = m.max(e);
            max_end.push(m);
        }
        for (k, t) in toks.iter().enumerate() {
            let n = spans.partition_point(|&(s, _)| s < t.e);
            place[k] = n > 0 && max_end[n - 1] > t.s;
        }
    }
    // How each folded word is written somewhere in the text (in lower
    // case, capitalised), its country as a nationality adjective, its
    // category as an organisation head and whether it may open a group
    // noun, looked up once per distinct word; then those of each token's
    // word.
    struct WordInfo {
        lower: bool,
        cap: bool,
        nat: Option<&'static str>,
        head: Option<Category>,
        group_first: bool,
    }
    let n = toks.len();
    // Sized once for the words of the text rather than grown.
    let mut ids: FxHashMap<&str, usize> =
        FxHashMap::with_capacity_and_hasher(n / 2, Default::default());
    let mut words: Vec<WordInfo> = Vec::new();
    let mut word_id = vec![usize::MAX; n];
    for (k, t) in toks.iter().enumerate().filter(|(_, t)| t.word) {
        let id = *ids.entry(t.f).or_insert_with(|| {
            let nat = if t.f.chars().next().is_some_and(char::is_alphabetic) {
                nationality::country_of_token(t.f)
            } else {
                None
            };
            words.push(WordInfo {
                lower: false,
                cap: false,
                nat,
                head: org_head(t.f),
                group_first: GROUP_FIRST.contains(t.f),
            });
            words.len() - 1
        });
        word_id[k] = id;
        words[id].lower |= !t.cap;
        words[id].cap |= t.cap && !t.upper;
    }
    let mut lower_vocab = vec![false; n];
    let mut cap_vocab = vec![false; n];
    let mut nat = vec![None; n];
    let mut head = vec![None; n];
    let mut group_first = vec![false; n];
    for (k, t) in toks.iter().enumerate() {
        // A punctuation token may fold as a word does ("€", "eur").
        let id = if t.word {
            word_id[k]
        } else {
            ids.get(t.f).copied().unwrap_or(usize::MAX)
        };
        if let Some(w) = words.get(id) {
            lower_vocab[k] = w.lower;
            cap_vocab[k] = w.cap;
            if t.word {
                nat[k] = w.nat;
                head[k] = w.head;
                group_first[k] = w.group_first;
            }
        }
    }
    drop(ids);
    let mut cx = Ctx {
        text,
        toks,
        used: vec![false; n],
        person: vec![false; n],
        nat,
        head,
        group_first,
        place,
        country,
        lower_vocab,
        cap_vocab,
        not_org: FxHashSet::default(),
        sent_first,
        headline: doc
            .sentences
            .iter()
            .map(|st| doc.paragraphs[st.paragraph].kind == crate::model::ParagraphKind::Headline)
            .collect(),
    };
    let mut cands: Vec<Cand> = Vec::new();
    // The grammar is French: a document in English gets no names.
    let (mut english, mut french) = (0, 0);
    for t in &cx.toks {
        match t.f {
            "the" | "of" | "and" | "is" | "to" => english += 1,
            "le" | "la" | "les" | "de" | "et" | "des" => french += 1,
            _ => {}
        }
    }
    if english > 2 * french + 5 {
        return Vec::new();
    }
    lexicon_orgs(&mut cx, &mut cands);
    service_zones(&mut cx, &mut cands);
    sports_clubs(&mut cx, &mut cands);
    acronyms(&mut cx, &mut cands);
    head_orgs(&mut cx, &mut cands);
    kind_named_orgs(&mut cx, &mut cands);
    parenthesised_acronyms(&cx, &mut cands);
    bare_acronyms(&mut cx, &mut cands);
    broadcasters_services(&mut cx, &mut cands);
    source_credits(&mut cx, &mut cands);
    persons(&mut cx, &mut cands);
    group_mentions(&mut cx, &mut cands);
    finish(doc, &cx, cands)
}

// ---------------------------------------------------------------------------
// Organisations

/// The publishers a dispatch credits at its end, after a "Sources" line:
/// listed on that line ("Sources : AFP, Gazeta Wyborcza", "Agence
/// France-Presse ; Reuters ; Al-Ahram.") or one a line after an article's
/// title ("« Acidente na A1 » — Público, 12 mai 2017.", "« … », Agência
/// Lusa."), as Wikinews credits them. The titles' words (often in another
/// language) name no one.
fn source_credits(cx: &mut Ctx, cands: &mut Vec<Cand>) {
    let text = cx.text;
    let Some(header) = crate::document::credits_start(text) else {
        return;
    };
    let mut credits: Vec<(usize, usize)> = Vec::new();
    let mut titles: Vec<(usize, usize)> = Vec::new();
    let mut at = header;
    for (n, line) in text[header..].split_inclusive('\n').enumerate() {
        let start = at;
        at += line.len();
        let body = line.trim_end();
        let mut items: Vec<(usize, &str)> = Vec::new();
        if n == 0 {
            // The header's own list, after its colon.
            if let Some(c) = body.find(':') {
                let mut off = start + c + 1;
                for item in body[c + 1..].split([',', ';']) {
                    items.push((off, item));
                    off += item.len() + 1;
                }
            }
        } else if let Some(close) = body.rfind('»') {
            // A title, then its publisher and date.
            let open = body.find('«').unwrap_or(close);
            titles.push((start + open, start + close));
            let after = close + '»'.len_utf8();
            let publisher = body[after..].split(',').find(|p| {
                let p = p.trim_matches(|c: char| c.is_whitespace() || "—–-:.".contains(c));
                !p.is_empty()
            });
            if let Some(p) = publisher {
                let off = start + after + (p.as_ptr() as usize - body[after..].as_ptr() as usize);
                items.push((off, p));
            }
        } else if !body.trim().is_empty() && n > 1 && !body.contains('«') {
            // Prose again: the credits are over.
            break;
        }
        for (off, item) in items {
            let lead = item.len()
                - item
                    .trim_start_matches(|c: char| c.is_whitespace() || "—–-:".contains(c))
                    .len();
            let name = item[lead..].trim_end_matches(|c: char| c.is_whitespace() || c == '.');
            if name.is_empty()
                || name.len() > 60
                || !name.starts_with(char::is_uppercase)
                || name.contains(|c: char| c.is_ascii_digit())
                || name.split_whitespace().count() > 6
            {
                continue;
            }
            credits.push((off + lead, off + lead + name.len()));
        }
    }
    // The tokens that start within bytes `s..e`.
    let tokens = |cx: &Ctx, s: usize, e: usize| {
        (
            cx.toks.partition_point(|t| t.s < s),
            cx.toks.partition_point(|t| t.s < e),
        )
    };
    for (s, e) in titles {
        let (a, b) = tokens(cx, s, e);
        for k in a..b {
            cx.used[k] = true;
        }
    }
    for (s, e) in credits {
        let (a, b) = tokens(cx, s, e);
        if b > a && (a..b).all(|k| !cx.used[k]) {
            let key = format!("org:{}", norm_key(cx.raw(a, b)));
            push_org(cx, cands, a, b, key, Category::Media, None);
        }
    }
}

/// Does an acronym of lexicon entry `entry` stand in brackets at token
/// `at` ("(BAC)")?
fn acronym_in_brackets(cx: &Ctx, at: usize, entry: usize) -> bool {
    at + 2 < cx.toks.len()
        && cx.toks[at].f == "("
        && cx.toks[at + 1].upper
        && cx.toks[at + 2].f == ")"
        && ORGS
            .forms
            .get(cx.f(at + 1))
            .is_some_and(|forms| forms.iter().any(|f| f.entry == entry && f.words.len() == 1))
}

fn lexicon_orgs(cx: &mut Ctx, cands: &mut Vec<Cand>) {
    let n = cx.toks.len();
    let mut i = 0;
    while i < n {
        if !cx.word(i) || cx.used[i] {
            i += 1;
            continue;
        }
        let Some(forms) = ORGS.forms.get(cx.f(i)) else {
            i += 1;
            continue;
        };
        let mut hit = None;
        for form in forms {
            let len = form.words.len();
            if i + len > n {
                continue;
            }
            let ok = (0..len).all(|k| cx.toks[i + k].f == form.words[k] && !cx.used[i + k])
                && (len == 1 || cx.same_sent(i, i + len - 1));
            // A name of three words or more may be written in lower case
            // ("le parquet national antiterroriste"): its words are enough.
            // (Not a form that opens on its article: "La France insoumise".)
            // So may a shorter one its acronym follows in brackets ("la
            // brigade anticriminalité (BAC)").
            let lower_ok = len >= 3
                && !matches!(form.words[0].as_str(), "le" | "la" | "les" | "l'")
                || ok && len >= 2 && acronym_in_brackets(cx, i + len, form.entry);
            if !ok
                || (form.upper && !cx.toks[i].cap && !lower_ok)
                || (1..len.min(32)).any(|k| form.caps & 1 << k != 0 && !cx.toks[i + k].cap)
            {
                continue;
            }
            // "RN 7" is a road, "A 320" a model ("SDIS 74" a local body).
            if len == 1
                && cx.toks[i].upper
                && followed_by_number(cx, i)
                && !ORGS.entries[form.entry].local
            {
                continue;
            }
            // "une Peugeot 206", "sa Renault Clio": a car, not its maker.
            if len == 1
                && matches!(
                    cx.f(i),
                    "peugeot" | "renault" | "citroen" | "toyota" | "volkswagen" | "tesla" | "dacia"
                )
                && (cx.word(i + 1) && cx.toks[i + 1].f.starts_with(|c: char| c.is_ascii_digit())
                    || i > 0 && matches!(cx.f(i - 1), "une" | "sa" | "leur" | "votre"))
            {
                continue;
            }
            // A one-word name that is also a common word, opening a sentence.
            if len == 1 && cx.sent_first[i] && cx.lower_vocab[i] {
                continue;
            }
            // "rassemblés devant le Sénat": the building.
            if len == 1 && STANDALONE.contains(&cx.f(i)) && gathering_site(cx, i) {
                continue;
            }
            // A one-word name that is also a head, opening a longer name
            // ("le Congrès des progressistes", "le Congrès national
            // africain"): the head grammar reads it whole.
            if len == 1 && org_head(&form.words[0]).is_some() && opens_longer_name(cx, i) {
                continue;
            }
            // Not the start of a longer capitalised name ("Total Energies").
            // A form written in lower case is a gloss where the name also
            // stands capitalised ("le Jamaat Nosrat al-Islam wal-Mouslimin,
            // groupe de soutien à l'islam et aux musulmans"): any
            // capitalised form names the organisation first.
            let gloss = if form.upper && !cx.toks[i].cap {
                GLOSS
            } else {
                0
            };
            hit = Some((form.entry, len, form.rank + gloss));
            break;
        }
        let Some((entry, len, rank)) = hit else {
            i += 1;
            continue;
        };
        let e = &ORGS.entries[entry];
        let mut b = i + len;
        let mut country = e.country.clone();
        // The territory's adjective, which tells one canton's police from
        // another's.
        let mut territory = None;
        // "armée syrienne": a nationality adjective may follow; after a
        // body named in lower case, an adjective of its territory too
        // ("la police cantonale genevoise", "valaisanne").
        if cx.word(b) && !cx.toks[b].cap && cx.same_sent(i, b) && !cx.toks[i].upper {
            let lower_form = !cx.toks[i].cap && len == 2;
            // ("La Police cantonale vaudoise": for a territory, the first
            // word may be capitalised.)
            let territorial_form = len == 2 && !cx.toks[i + 1].cap;
            // (A body every nation has, named by its adjective: "la
            // Défense civile palestinienne".)
            let any_nation = e.local && e.country.is_none();
            if let Some(c) = cx.nat(b).filter(|_| len == 1 || lower_form || any_nation) {
                country = Some(c.to_string());
                if any_nation {
                    // (One nation's body is not another's.)
                    territory = Some(cx.toks[b].f.to_string());
                }
                b += 1;
            } else if (lower_form || territorial_form && cx.nat(b).is_none())
                // (Or the federation's: "la police judiciaire fédérale".)
                && (is_territorial_adjective(cx.toks[b].f)
                    || matches!(cx.toks[b].f, "federale" | "federal"))
            {
                territory = Some(cx.toks[b].f.to_string());
                b += 1;
            }
        }
        // "le Bureau de la coordination des affaires humanitaires de
        // l'ONU": the body's parent organisation closes its name.
        if len > 1 && cx.same_sent(i, b) {
            let parent = [cx.f(b), cx.f(b + 1), cx.f(b + 2)];
            if parent == ["de", "l'", "onu"] || parent == ["des", "nations", "unies"] {
                b += 3;
            }
        }
        // "SDIS du Finistère", "SDIS 74": a local body is named with its
        // territory (the fullest form names the organisation).
        let named_at = b;
        if e.local
            && let Some(end) = territory_after(cx, i, b)
        {
            b = end;
        } else if e.local
            && cx.f(b) == "("
            && is_acronym(cx, b + 1)
            && cx.f(b + 2) == ")"
            && matches!(cx.f(b + 3), "de" | "du" | "d'")
            && let Some(end) = territory_after(cx, i, b + 3)
        {
            // "la police judiciaire (PJ) de Grenoble": the territory after
            // the acronym (left out of the name).
            b = end;
        } else if e.local
            && matches!(cx.f(b), "de" | "du" | "d'")
            && cx.word(b + 1)
            && cx.country[b + 1]
            && cx.toks[b + 1].cap
            && cx.same_sent(i, b + 1)
        {
            // ("le parquet fédéral de Belgique": a country's body.)
            b = country_end(cx, i, b + 1);
        } else if e.local
            && cx.f(b) == "de"
            && matches!(cx.f(b + 1), "la" | "l'")
            && cx.word(b + 2)
            && cx.country[b + 2]
            && cx.toks[b + 2].cap
            && cx.same_sent(i, b + 2)
        {
            // ("la Croix-Rouge de la RDC", "de la Côte d'Ivoire".)
            b = country_end(cx, i, b + 2);
        }
        // "Amnesty International Kenya", "Médecins sans frontières
        // Belgique": a national section, named by its country right after
        // the name.
        if b == named_at
            && len >= 2
            && cx.toks[i].cap
            && cx.word(b)
            && cx.toks[b].cap
            && cx.same_sent(i, b)
            && &cx.text[cx.toks[b - 1].e..cx.toks[b].s] == " "
            && let Some((end, name)) = (1..=3).rev().map(|l| b + l).find_map(|end| {
                if end > cx.toks.len()
                    || !(b..end).all(|k| cx.word(k) && cx.toks[k].cap && cx.same_sent(i, k))
                {
                    return None;
                }
                let name = (b..end).map(|k| cx.f(k)).collect::<Vec<_>>().join(" ");
                crate::extract::places::is_country(&name).then_some((end, name))
            })
        {
            territory = Some(name);
            b = end;
        }
        if e.named_by_territory && b == named_at {
            i = b;
            continue;
        }
        // "FO Justice", "Ufap-Unsa Justice", "Alliance Police nationale":
        // a union's branch, named by its trade.
        if e.branches
            && cx.word(b)
            && cx.toks[b].cap
            && cx.same_sent(i, b)
            && UNION_TRADES.contains(&cx.f(b))
        {
            territory = Some(cx.f(b).to_string());
            b += 1;
            if cx.f(b - 1) == "police" && cx.f(b) == "nationale" {
                b += 1;
            }
        }
        let key = match territory {
            Some(t) => format!("lex:{entry}:{t}"),
            None => format!("lex:{entry}"),
        };
        push_org_ranked(cx, cands, i, b, key, e.category, country, rank);
        i = b;
    }
}

/// The token after the country named from token `k` on, in `i`'s
/// sentence ("Côte d'Ivoire", "Burkina Faso": every token of the name).
fn country_end(cx: &Ctx, i: usize, k: usize) -> usize {
    let mut k = k;
    while k < cx.toks.len() && cx.country[k] && cx.same_sent(i, k) {
        k += 1;
    }
    k
}

/// The trades a union's branch is named by, capitalised after the union
/// ("FO Justice", "CGT Cheminots", "Unsa Police").
const UNION_TRADES: &[&str] = &[
    "justice",
    "police",
    "penitentiaire",
    "sante",
    "cheminots",
    "education",
    "energie",
    "interieur",
    "douanes",
    "territoriaux",
    "finances",
    "metallurgie",
    "transports",
    "commerce",
    "chimie",
    "construction",
    "ratp",
    "sncf",
];

/// Token `i`, a head, opens a name in lower case after it: two adjectives
/// of names ("national africain") or "de"/"des" and a noun of names ("des
/// progressistes", "du peuple").
fn opens_longer_name(cx: &Ctx, i: usize) -> bool {
    let next = cx.f(i + 1);
    if !cx.word(i + 1) || !cx.same_sent(i, i + 1) || cx.toks[i + 1].cap {
        return false;
    }
    // (Two words of it: "la Croix-Rouge internationale" is the
    // Croix-Rouge.)
    if ORG_ADJ.contains(next) {
        let after = cx.f(i + 2);
        return cx.word(i + 2)
            && !cx.toks[i + 2].cap
            && cx.same_sent(i, i + 2)
            && (cx.nat(i + 2).is_some() || ORG_ADJ.contains(after) || adjective_like(after));
    }
    let k = i + 2 + usize::from(matches!(cx.f(i + 2), "la" | "l'"));
    matches!(next, "de" | "du" | "des" | "d'")
        && cx.word(k)
        && !cx.toks[k].cap
        && (ORG_NOUNS.contains(cx.f(k)) || domain_noun_like(cx.f(k)))
}

/// An adjective of a territory by its ending ("genevoise", "valaisanne",
/// "vaudoise", "bruxellois", "parisienne"): folded, lower case.
fn is_territorial_adjective(f: &str) -> bool {
    f.len() > 5
        && [
            "oise", "ois", "aise", "ais", "aine", "anne", "ain", "ienne", "ien", "ane",
            // "valaisan"; "grisonne" (of the Grisons), "bretonne".
            "aisan", "onne",
        ]
        .iter()
        .any(|s| f.ends_with(s))
}

fn push_org(
    cx: &mut Ctx,
    cands: &mut Vec<Cand>,
    a: usize,
    b: usize,
    key: String,
    category: Category,
    country: Option<String>,
) {
    push_org_ranked(cx, cands, a, b, key, category, country, usize::MAX);
}

#[allow(clippy::too_many_arguments)]
fn push_org_ranked(
    cx: &mut Ctx,
    cands: &mut Vec<Cand>,
    a: usize,
    b: usize,
    key: String,
    category: Category,
    country: Option<String>,
    rank: usize,
) {
    for k in a..b {
        cx.used[k] = true;
    }
    let full = b - a > 1 || !cx.toks[a].upper;
    cands.push(Cand {
        a,
        b,
        kind: ActorKind::Organization,
        key,
        title: None,
        category,
        country,
        full,
        rank,
    });
}

/// The territory after a local body's name that starts at token `a` and
/// ends before `b`: a département number ("SDIS 74", "SDIS 2A") or the
/// place of [`place_complement_end`] ("du Finistère", "de la Haute-Savoie",
/// "de l'Indre"). The token after it.
fn territory_after(cx: &Ctx, a: usize, b: usize) -> Option<usize> {
    if !cx.word(b) || !cx.same_sent(a, b) {
        return None;
    }
    let f = cx.f(b);
    let number = f.len() <= 3 && f.bytes().all(|c| c.is_ascii_digit()) || matches!(f, "2a" | "2b");
    if number {
        return followed_by_number(cx, b - 1).then_some(b + 1);
    }
    place_complement_end(cx, b)
}

/// Token `i` is followed on the same line by a number: "RN 7", "A 320";
/// not by a count ("selon la CGT 3,5 millions", "la police 12 000").
fn followed_by_number(cx: &Ctx, i: usize) -> bool {
    static COUNT: LazyLock<crate::fast_regex::FastRegex> = LazyLock::new(|| {
        crate::fast_regex::FastRegex::new(
            r"^\s+\d{1,3}(?:,\d+)?(?:\s*(?:millions?\b|milliards?\b|%)|\s\d{3}\b)",
        )
        .unwrap()
    });
    cx.word(i + 1)
        && cx.toks[i + 1].f.starts_with(|c: char| c.is_ascii_digit())
        && !cx.text[cx.toks[i].e..cx.toks[i + 1].s].contains('\n')
        && !COUNT.is_match(&cx.text[cx.toks[i].e..cx.text.floor_char_boundary(cx.toks[i].e + 24)])
}

fn is_acronym(cx: &Ctx, i: usize) -> bool {
    if !cx.word(i) || !cx.toks[i].upper {
        return false;
    }
    let t = &cx.toks[i];
    let len = t.f.chars().count();
    if !(2..=10).contains(&len) || ACRONYM_STOP.contains(t.f) || cx.caps_surname(i) {
        return false;
    }
    // A hospital's acronym alone is the nearest one, no name ("transporté
    // au CHU"); with its town or its name it is one ("le CHU de Rennes",
    // "le CHU Amiens-Picardie").
    if matches!(t.f, "chu" | "chr")
        && !(i > 0 && cx.f(i - 1) == "(")
        && !(cx.word(i + 1)
            && cx.same_sent(i, i + 1)
            && (cx.toks[i + 1].cap
                || matches!(cx.f(i + 1), "de" | "d'" | "du")
                    && cx.word(i + 2)
                    && cx.toks[i + 2].cap))
    {
        return false;
    }
    // Acronyms are plain letters: "CENSURÉ", "LEÇONS" are words in capitals.
    if !t.f.is_ascii() || !cx.text[t.s..t.e].is_ascii() {
        return false;
    }
    // A word in capitals ("HEURES", "PARIS") that the text also writes in
    // lower case or capitalised.
    if len > 3 && (cx.lower_vocab[i] || cx.cap_vocab[i]) {
        return false;
    }
    // "PT2", "A320", "LAB-1": models and codes, not organisations.
    if t.f.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if cx.nat(i).is_some() {
        return false;
    }
    // "RN 7", "A 320": a road or a model, not an organisation.
    if followed_by_number(cx, i) {
        return false;
    }
    // "40 000 francs CFA": a currency.
    if i > 0 && matches!(cx.f(i - 1), "franc" | "francs") {
        return false;
    }
    // A run of upper-case words is a shouted headline, not acronyms.
    let neighbour_upper =
        |j: usize| cx.word(j) && cx.toks[j].upper && cx.toks[j].f.len() > 3 && cx.same_sent(i, j);
    if (i > 0 && neighbour_upper(i - 1)) || neighbour_upper(i + 1) {
        return false;
    }
    !cx.place[i]
}

const FUNCTION_WORDS: &[&str] = &[
    "de", "du", "des", "d'", "l'", "la", "le", "les", "et", "pour", "en", "a", "au", "aux", "sur",
    "contre", "dans",
];

/// Do `letters` (upper case) occur in order in the folded word `f`?
fn is_subsequence(letters: &[char], f: &str) -> bool {
    let mut rest = f.chars().map(|c| c.to_ascii_uppercase());
    letters.iter().all(|l| rest.any(|c| c == *l))
}

/// Initials of a word for acronym matching ("Croix-Rouge" -> C, R).
fn initials(f: &str) -> Vec<char> {
    let mut out = Vec::new();
    for p in f.split('-') {
        let Some(c) = p.chars().next() else { continue };
        out.push(c.to_ascii_uppercase());
        // A prefixed compound gives its stem's letter too, which an
        // acronym may use: "sous-direction antiterroriste (SDAT)".
        for prefix in ["anti", "contre"] {
            if let Some(stem) = p.strip_prefix(prefix)
                && stem.len() >= 4
                && let Some(c) = stem.chars().next()
            {
                out.push(c.to_ascii_uppercase());
            }
        }
    }
    out
}

/// Match acronym letters against the words `from..to` (token indices) in
/// order; returns whether every letter was used by a content word.
fn acronym_matches(cx: &Ctx, letters: &[char], from: usize, to: usize) -> bool {
    let words: Vec<usize> = (from..to).filter(|&k| cx.word(k)).collect();
    if words.len() < 2 {
        return false;
    }
    let mut li = 0;
    for &k in &words {
        let f = cx.f(k);
        if FUNCTION_WORDS.contains(&f) {
            // A function word may also give a letter ("Médecins sans
            // frontières"), never required.
            continue;
        }
        let ini = initials(f);
        let mut matched = false;
        for (pi, c) in ini.iter().enumerate() {
            if li < letters.len() && *c == letters[li] {
                li += 1;
                matched = true;
            } else if pi == 0 {
                break;
            }
        }
        if !matched {
            return false;
        }
    }
    li == letters.len()
}

fn acronyms(cx: &mut Ctx, cands: &mut Vec<Cand>) {
    let n = cx.toks.len();
    // Per acronym: the organisation it already names (key, category),
    // remembered until an expansion relinks keys.
    let mut memo: FxHashMap<&str, Option<(String, Category)>> = FxHashMap::default();
    let word_acronyms = word_acronyms(cx);
    for i in 0..n {
        if !(is_acronym(cx, i) || cx.toks[i].cap && word_acronyms.contains(cx.toks[i].f)) {
            continue;
        }
        let letters: Vec<char> = cx.toks[i]
            .f
            .chars()
            .filter(|c| c.is_alphabetic())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let acr_key = format!("acr:{}", cx.toks[i].f);
        // "Expansion (ACR)": the expansion ends before the parenthesis.
        if i >= 2 && cx.f(i - 1) == "(" && cx.f(i + 1) == ")" {
            let end = i - 1;
            let best = longest_expansion(cx, &letters, end);
            if let Some(start) = best.or_else(|| translated_expansion(cx, i, &letters, end)) {
                link_expansion(cx, cands, start, end, i, &acr_key);
                memo.clear();
                continue;
            }
            // "les polychlorobiphényles (PCB)", "l'hydroxychloroquine (HCQ)":
            // one long lower-case word whose own letters make the acronym
            // names a substance, no organisation.
            let w = end - 1;
            if cx.word(w)
                && !cx.toks[w].cap
                && cx.f(w).len() >= 8
                && org_head(cx.f(w)).is_none()
                && is_subsequence(&letters, cx.f(w))
            {
                cx.not_org.insert(cx.toks[i].f);
                cx.used[i] = true;
                continue;
            }
        }
        // "ACR (Expansion)".
        if cx.f(i + 1) == "(" {
            let close = (i + 2..n.min(i + 18)).find(|&k| cx.f(k) == ")");
            if let Some(close) = close
                && acronym_matches(cx, &letters, i + 2, close)
            {
                link_expansion(cx, cands, i + 2, close, i, &acr_key);
                memo.clear();
                continue;
            }
        }
        if cx.used[i] || cx.not_org.contains(cx.toks[i].f) {
            continue;
        }
        // A long word in capitals that no expansion explains is rather a
        // shouted word ("REGARDS", "EMPLOIS") than an acronym.
        let f = cx.toks[i].f;
        let known = memo
            .entry(f)
            .or_insert_with(|| {
                cands
                    .iter()
                    .find(|c| c.key == acr_key || (c.b - c.a == 1 && cx.toks[c.a].f == f))
                    .map(|c| (c.key.clone(), c.category))
            })
            .clone();
        if letters.len() > 6 && known.is_none() {
            continue;
        }
        // A bare acronym: an organisation of its own (or already linked).
        let (key, cat) = known.unwrap_or((acr_key, Category::Other));
        memo.insert(f, Some((key.clone(), cat)));
        // ("le maire UDI de Vincennes", "sénateur RPR de Savoie": the place
        // is the office's.)
        let office_before = i > 0
            && matches!(
                cx.f(i - 1),
                "maire"
                    | "senateur"
                    | "senatrice"
                    | "depute"
                    | "deputee"
                    | "conseiller"
                    | "conseillere"
                    | "elu"
                    | "elue"
                    | "candidat"
                    | "candidate"
                    | "president"
                    | "presidente"
            );
        let b = if office_before {
            i + 1
        } else {
            place_complement_end(cx, i + 1)
                .or_else(|| hospital_name_end(cx, i))
                .unwrap_or(i + 1)
        };
        push_org(cx, cands, i, b, key, cat, None);
    }
    // An acronym written as a word is no fuller a name than in capitals.
    for c in cands.iter_mut() {
        if c.b - c.a == 1 && word_acronyms.contains(cx.toks[c.a].f) {
            c.full = false;
        }
    }
}

/// A hospital's acronym at token `i` with its own name, which is no
/// known place: "le CHU Purpan", "le CHU Grenoble-Alpes", "le CHU de
/// Donka". Returns the end (exclusive) of its capitalised words (three at
/// most), after "de", "du" or "d'".
fn hospital_name_end(cx: &Ctx, i: usize) -> Option<usize> {
    if !matches!(cx.f(i), "chu" | "chr") {
        return None;
    }
    let n = cx.toks.len();
    let mut p = i + 1;
    if p < n && matches!(cx.f(p), "de" | "du" | "d'") {
        p += 1;
    }
    let named = |k: usize| k < n && cx.word(k) && cx.toks[k].cap && cx.same_sent(i, k);
    if !named(p) {
        return None;
    }
    let mut e = p + 1;
    while e < p + 3 && named(e) {
        e += 1;
    }
    Some(e)
}

/// "le SDIS des Landes", "le CHU de Reims", "le TGI de Paris": a service
/// known by its acronym, then the place it serves, which its name keeps.
/// Returns the end (exclusive) of the place after "de", "du", "des", "d'"
/// (and "la", "l'") at token `k`.
fn place_complement_end(cx: &Ctx, k: usize) -> Option<usize> {
    let n = cx.toks.len();
    if k >= n || !matches!(cx.f(k), "de" | "du" | "des" | "d'") {
        return None;
    }
    let mut p = k + 1;
    if p < n && matches!(cx.f(p), "la" | "l'") && cx.f(k) == "de" {
        p += 1;
    }
    // "de l'État de São Paulo", "de la province de Buenos Aires": the
    // territory's designator before its name.
    if p + 2 < n
        && !cx.place[p]
        && matches!(
            cx.f(p),
            "etat" | "province" | "region" | "departement" | "canton" | "district" | "gouvernorat"
        )
        && matches!(cx.f(p + 1), "de" | "du" | "d'")
    {
        p += 2;
        if p < n && matches!(cx.f(p), "la" | "l'") && cx.f(p - 1) == "de" {
            p += 1;
        }
    }
    // (A country is no service's seat: "le SLBM de la Corée du Nord".)
    if p >= n || !cx.place[p] || cx.country[p] || !cx.toks[p].cap || !cx.same_sent(k, p) {
        return None;
    }
    let mut e = p + 1;
    while e < n && cx.place[e] && cx.same_sent(p, e) {
        e += 1;
    }
    Some(e)
}

/// A foreign organisation's French name before its own acronym, whose
/// letters the French words do not give: "le Département météorologique
/// indien (IMD)", "l'Administration philippine des services
/// atmosphériques, géophysiques et astronomiques (PAGASA)". From the
/// parenthesis back, over words with no verb or relative in them, to a
/// capitalised word after a determiner (not a place, not a first name):
/// the name's first word, two words at least before the parenthesis.
fn translated_expansion(cx: &Ctx, acr: usize, letters: &[char], end: usize) -> Option<usize> {
    if NEWS_AGENCIES.contains(&cx.f(acr)) {
        return None;
    }
    // The farthest such word: "l'Association pour la Protection des Droits
    // Humains et des Personnes détenues (APRODH)" opens on "Association".
    let mut first = None;
    let mut k = end;
    while k > 0 && k + 12 > end {
        k -= 1;
        if !cx.same_sent(k, end - 1) {
            break;
        }
        let f = cx.f(k);
        // A comma before a determiner opens another noun phrase: "la
        // Banque du Sang, l'institut national de santé publique (GGD)".
        if f == "," {
            if matches!(
                cx.f(k + 1),
                "le" | "la" | "l'" | "les" | "un" | "une" | "des"
            ) {
                break;
            }
            continue;
        }
        if !cx.word(k) || cx.used[k] || clause_word(cx, k) || f.bytes().any(|b| b.is_ascii_digit())
        {
            break;
        }
        let t = &cx.toks[k];
        if t.cap
            && !t.upper
            && !cx.place[k]
            && !is_first_name(f)
            && k > 0
            && matches!(
                cx.f(k - 1),
                "le" | "la" | "l'" | "les" | "du" | "des" | "au" | "aux"
            )
        {
            first = Some(k);
        }
    }
    // Its words give half the acronym's letters at least, in any order
    // ("IMD", "PAGASA"): not "la Force de maintien de la paix (MINUSTAH)",
    // a description.
    let start = first.filter(|&k| end - k >= 2)?;
    let mut letters = letters.to_vec();
    letters.sort_unstable();
    letters.dedup();
    let given: Vec<char> = (start..end)
        .filter(|&k| cx.word(k) && !FUNCTION_WORDS.contains(&cx.f(k)))
        .flat_map(|k| initials(cx.f(k)))
        .collect();
    let found = letters.iter().filter(|c| given.contains(c)).count();
    if 2 * found < letters.len() {
        return None;
    }
    // The head before the name's complement belongs to it: "le ministère
    // de la Protection sociale et du Développement (DSWD)", "l'Office du
    // Niger".
    let head = match cx.f(start - 1) {
        "du" | "des" | "d'" => start.checked_sub(2),
        "la" | "l'" if start >= 3 && cx.f(start - 2) == "de" => Some(start - 3),
        _ => None,
    };
    Some(
        head.filter(|&h| cx.word(h) && !cx.used[h] && org_head(cx.f(h)).is_some())
            .unwrap_or(start),
    )
}

/// An expansion `a..b` and its acronym at token `acr`: one organisation.
fn link_expansion(
    cx: &mut Ctx,
    cands: &mut Vec<Cand>,
    a: usize,
    b: usize,
    acr: usize,
    acr_key: &str,
) {
    // A lower-case expansion without an organisation head names a thing:
    // "véhicules blindés à roues de la gendarmerie (VBRG)", "sclérose
    // latérale amyotrophique (SLA)". Neither side is an organisation.
    let known = cands
        .iter()
        .any(|c| c.key.starts_with("lex:") && ((c.a < b && a < c.b) || c.a == acr));
    if !known && !cx.toks[a].cap && org_head(cx.f(a)).is_none() {
        cx.not_org.insert(cx.toks[acr].f);
        let f = cx.toks[acr].f;
        let mut k = 0;
        while k < cands.len() {
            let c = &cands[k];
            if c.kind == ActorKind::Organization && c.b - c.a == 1 && cx.toks[c.a].f == f {
                cx.used[c.a] = false;
                cands.remove(k);
            } else {
                k += 1;
            }
        }
        cx.used[acr] = true;
        return;
    }
    // "la police judiciaire (PJ) de Grenoble": a known name that runs on
    // past its acronym keeps its span; the acronym joins it (the mention
    // inside is dropped at the end, its later ones are the name's).
    if let Some(w) = cands
        .iter()
        .find(|c| c.key.starts_with("lex:") && c.a <= a && c.b > acr + 1)
    {
        let (key, category, country) = (w.key.clone(), w.category, w.country.clone());
        for c in cands.iter_mut() {
            if c.key == acr_key {
                c.key = key.clone();
            }
        }
        cands.retain(|c| !(c.a == acr && c.b == acr + 1));
        push_org(cx, cands, acr, acr + 1, key, category, country);
        return;
    }
    // Reuse a lexicon key when either side is already known; not that of
    // a known name the expansion holds and goes beyond ("l'État islamique
    // au Khorassan (EI-K)" is no other name of the État islamique).
    let existing: Vec<usize> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| (c.a < b && a < c.b) || c.a == acr)
        .map(|(k, _)| k)
        .collect();
    let key = existing
        .iter()
        .filter(|&&k| {
            let c = &cands[k];
            c.a == acr || !(c.a >= a && c.b < b && (c.b..b).any(|t| cx.word(t)))
        })
        .map(|&k| cands[k].key.clone())
        .find(|k| k.starts_with("lex:"))
        .unwrap_or_else(|| acr_key.to_string());
    let category = existing
        .first()
        .map(|&k| cands[k].category)
        .or_else(|| org_head(cx.f(a)))
        .unwrap_or(Category::Other);
    let country = (a..b).find_map(|k| cx.nat(k).map(str::to_string));
    // Earlier mentions under the acronym key join the new key.
    for c in cands.iter_mut() {
        if c.key == acr_key {
            c.key = key.clone();
        }
    }
    // Drop what overlapped, then push the expansion and the acronym.
    cands.retain(|c| {
        let overlaps = (c.a < b && a < c.b) || c.a == acr;
        if overlaps {
            for t in c.a..c.b {
                cx.used[t] = false;
            }
        }
        !overlaps
    });
    // The expansion as written names the organisation, with the town or
    // the territory after its acronym: "le centre régional opérationnel de
    // surveillance et de sauvetage (Cross) d'Étel" is Étel's (the acronym
    // inside is dropped from the name).
    let end = if cx.f(acr + 1) == ")" && !(acr + 1..acr + 3).any(|k| cx.used.get(k) == Some(&true))
    {
        place_complement_end(cx, acr + 2).unwrap_or(b)
    } else {
        b
    };
    push_org_ranked(cx, cands, a, end, key.clone(), category, country.clone(), 0);
    push_org(cx, cands, acr, acr + 1, key, category, country);
}

/// "Forces armées de la RDC (FARDC)", "Bureau de la coordination des
/// affaires humanitaires (OCHA)": an acronym in parentheses right after an
/// organisation's name is that organisation's, even where its letters are
/// not the name's (an English or a partial acronym). Its every mention
/// joins the name's key.
fn parenthesised_acronyms(cx: &Ctx, cands: &mut [Cand]) {
    let orgs = |c: &Cand| c.kind == ActorKind::Organization;
    let mut relink: Vec<(String, String, Category)> = Vec::new();
    for c in cands
        .iter()
        .filter(|c| orgs(c) && c.b - c.a == 1 && c.key.starts_with("acr:"))
    {
        let i = c.a;
        if i < 2 || cx.f(i - 1) != "(" || cx.f(i + 1) != ")" {
            continue;
        }
        if let Some(name) = cands
            .iter()
            .find(|d| orgs(d) && d.b == i - 1 && d.b - d.a > 1 && d.key != c.key)
        {
            relink.push((c.key.clone(), name.key.clone(), name.category));
        }
    }
    for (from, to, category) in relink {
        for c in cands.iter_mut().filter(|c| c.key == from) {
            c.key = to.clone();
            c.category = category;
        }
    }
}

/// The start of the words before `end` whose initials spell `letters`, up
/// to 14 tokens back in the sentence. The shortest match is wrong
/// ("Sécurité Collective" for OSTC): the longest is taken.
fn longest_expansion(cx: &Ctx, letters: &[char], end: usize) -> Option<usize> {
    let mut best = None;
    for start in (end.saturating_sub(14)..end).rev() {
        if !cx.word(start) || !cx.same_sent(start, end - 1) {
            break;
        }
        let f = cx.f(start);
        if FUNCTION_WORDS.contains(&f) || f == "," {
            continue;
        }
        if acronym_matches(cx, letters, start, end) {
            best = Some(start);
        }
    }
    best
}

/// Acronyms the press writes as words, a capital then lower case ("la
/// Manui", "la Monusco", "l'Unamid"): known as acronyms only where one
/// follows, in brackets, a name whose initials spell it ("la Mission
/// d'assistance des Nations unies pour l'Irak (Manui)"). Their folded
/// forms, for every mention in the document.
fn word_acronyms<'a>(cx: &Ctx<'a>) -> FxHashSet<&'a str> {
    let mut found = FxHashSet::default();
    for i in 2..cx.toks.len().saturating_sub(1) {
        let t = &cx.toks[i];
        if !cx.word(i)
            || !t.cap
            || t.upper
            || !t.f.is_ascii()
            || !(3..=8).contains(&t.f.len())
            || cx.f(i - 1) != "("
            || cx.f(i + 1) != ")"
            || cx.place[i]
            || cx.nat(i).is_some()
            || ACRONYM_STOP.contains(t.f)
        {
            continue;
        }
        let letters: Vec<char> = t.f.chars().map(|c| c.to_ascii_uppercase()).collect();
        // The name is a proper one: capitalised, or on an organisation's
        // head ("l'établissement d'hébergement pour personnes âgées
        // dépendantes (Ehpad)" names a kind of place).
        if longest_expansion(cx, &letters, i - 1)
            .is_some_and(|a| cx.toks[a].cap || org_head(cx.f(a)).is_some())
        {
            found.insert(t.f);
        }
    }
    found
}

/// "ABC News", "CBS News", "NHK World": a broadcaster's service named in
/// English after its acronym is the name.
fn broadcasters_services(cx: &mut Ctx, cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        let k = c.b;
        if c.kind == ActorKind::Organization
            && c.b - c.a == 1
            && cx.toks[c.a].upper
            && cx.word(k)
            && !cx.used[k]
            && cx.toks[k].cap
            && cx.same_sent(c.a, k)
            && matches!(cx.f(k), "news" | "tv" | "television" | "world" | "radio")
        {
            c.b = k + 1;
            cx.used[k] = true;
        }
    }
}

/// Organisations on a head noun.
fn head_orgs(cx: &mut Ctx, cands: &mut Vec<Cand>) {
    let n = cx.toks.len();
    // Known multi-word organisations that a longer name may swallow; a
    // one-word one too as the complement of a name ("la Mission de l'ONU
    // en RDC").
    let lex: FxHashMap<usize, usize> = cands
        .iter()
        .filter(|c| {
            c.key.starts_with("lex:")
                && (c.b - c.a > 1 || c.a > 1 && matches!(cx.f(c.a - 1), "l'" | "des" | "du"))
        })
        .map(|c| (c.a, c.b))
        .collect();
    // The last full organisation named with each head word.
    let mut by_head: FxHashMap<&str, (String, Category, Option<String>)> = FxHashMap::default();
    for c in cands.iter() {
        if c.kind == ActorKind::Organization && c.full {
            by_head.insert(cx.f(c.a), (c.key.clone(), c.category, c.country.clone()));
        }
    }
    let mut i = 0;
    while i < n {
        if !cx.word(i) || cx.used[i] {
            i += 1;
            continue;
        }
        let t = &cx.toks[i];
        let Some(cat) = cx.head[i] else {
            i += 1;
            continue;
        };
        let lc = !t.cap;
        let acting_head = lc && ACTING_LC_HEADS.contains(&t.f);
        // "la brigade de gendarmerie de Vizille", "le groupement de
        // gendarmerie de l'Isère": a unit named after its town.
        let gendarmerie_unit = lc
            && matches!(t.f, "brigade" | "groupement")
            && cx.f(i + 1) == "de"
            && cx.f(i + 2) == "gendarmerie";
        if lc && !LC_HEADS.contains(&t.f) && !acting_head && !gendarmerie_unit {
            i += 1;
            continue;
        }
        // A group noun opening a sentence ("Forces de sécurité et
        // manifestants...") is no name.
        if t.cap && cx.sent_first[i] && groups::is_group(t.f) {
            i += 1;
            continue;
        }
        // "Air" inside a longer capitalised name ("l'US Air Force", "Massive
        // Ordnance Air Blast Bomb") opens no airline's.
        if t.f == "air" && i > 0 && cx.word(i - 1) && cx.toks[i - 1].cap && !cx.sent_first[i] {
            i += 1;
            continue;
        }
        // "la Force de maintien de la paix (MINUSTAH)", "une force
        // d'interposition": a kind of force, no force's name.
        if t.f == "force"
            && (cx.f(i + 1) == "de" && cx.f(i + 2) == "maintien" || cx.f(i + 1) == "d'")
        {
            i += 1;
            continue;
        }
        // "le garde des Sceaux" is the justice minister, a title.
        if t.f == "garde" && cx.f(i + 1) == "des" && cx.f(i + 2) == "sceaux" {
            i += 3;
            continue;
        }
        let last = extend_org(cx, i, lc, &lex);
        if acting_head && !acting(cx, i, last + 1) {
            i += 1;
            continue;
        }
        if last == i {
            // A bare head: the organisation named before with that head.
            let prev = by_head.get(t.f).cloned();
            if let Some((key, cat, country)) = prev
                && !lc
            {
                let mut c = Cand {
                    a: i,
                    b: i + 1,
                    kind: ActorKind::Organization,
                    key,
                    title: None,
                    category: cat,
                    country,
                    full: false,
                    rank: usize::MAX,
                };
                c.full = false;
                cx.used[i] = true;
                cands.push(c);
            } else if !lc
                && STANDALONE.contains(&t.f)
                && !cx.sent_first[i]
                && !gathering_site(cx, i)
            {
                push_org(cx, cands, i, i + 1, format!("org:{}", t.f), cat, None);
            }
            i += 1;
            continue;
        }
        let country = (i + 1..=last).find_map(|k| {
            if cx.toks[k].cap {
                None
            } else {
                cx.nat(k).map(str::to_string)
            }
        });
        let key = format!("org:{}", norm_key(cx.raw(i, last + 1)));
        // "Conseil ... des Nations unies" is international, "Direction ...
        // de la police" police.
        let cat = if is_prosecution(cx, i) {
            Category::Judiciary
        } else {
            refine_category(cx.raw(i + 1, last + 1), cat)
        };
        // The start of the name told before with that head: "le parquet de
        // l'État" after "le parquet de l'État de Guanajuato".
        if let Some((prev_key, prev_cat, prev_country)) = by_head.get(t.f)
            && prev_key.len() > key.len() + 1
            && prev_key.starts_with(key.as_str())
            && prev_key.as_bytes()[key.len()] == b' '
        {
            let (key, cat, country) = (prev_key.clone(), *prev_cat, prev_country.clone());
            push_org(cx, cands, i, last + 1, key, cat, country);
            i = last + 1;
            continue;
        }
        // Drop the known organisations the longer name swallowed.
        if (i + 1..=last).any(|k| lex.contains_key(&k)) {
            cands.retain(|c| !(c.a > i && c.b <= last + 1));
        }
        by_head.insert(t.f, (key.clone(), cat, country.clone()));
        push_org(cx, cands, i, last + 1, key, cat, country);
        i = last + 1;
    }
}

/// A bare acronym whose letters are the initials of words elsewhere in
/// the text ("l'État-major des armées" ... "l'EMA"; "les forces de
/// défense et de sécurité" ... "les FDS") takes that expansion's name.
/// Kind words after which a capitalised name is an organisation: "l'agence
/// Amaq", "le journal Novaïa Gazeta", "la compagnie Bateaux-Mouches", "le
/// site Gayrussia.ru", "le réseau Russian LGBT Network".
const ORG_KINDS: &[(&str, Category)] = &[
    ("agence", Category::Media),
    ("journal", Category::Media),
    ("quotidien", Category::Media),
    ("hebdomadaire", Category::Media),
    ("magazine", Category::Media),
    ("site", Category::Media),
    ("chaine", Category::Media),
    ("radio", Category::Media),
    ("television", Category::Media),
    ("tele", Category::Media),
    ("reseau", Category::Other),
    ("supermarche", Category::Other),
    ("hypermarche", Category::Other),
    ("enseigne", Category::Other),
    ("compagnie", Category::Other),
    ("societe", Category::Other),
    ("entreprise", Category::Other),
    ("groupe", Category::Other),
    ("constructeur", Category::Other),
    ("operateur", Category::Other),
    ("firme", Category::Other),
    ("association", Category::Other),
    ("ong", Category::Other),
    ("fondation", Category::Other),
    ("collectif", Category::Other),
    ("syndicat", Category::Other),
    ("parti", Category::Other),
    ("mouvement", Category::Other),
    ("service", Category::Government),
    ("plateforme", Category::Other),
    ("banque", Category::Other),
    ("laboratoire", Category::Other),
    ("institut", Category::Other),
    // Criminal groups: "le cartel La Familia Michoacana", "des gangs Los
    // Lobos et Los Choneros", "la bande des Mara Salvatrucha".
    ("gang", Category::Other),
    ("gangs", Category::Other),
    ("cartel", Category::Other),
    ("cartels", Category::Other),
    ("bande", Category::Other),
    // "la faction Los Chapitos".
    ("faction", Category::Other),
];

/// Words that may stand between a kind word and the name: "l'agence de
/// presse Belga", "la compagnie aérienne Air Algérie", "le site internet
/// Mediapart" (and nationality adjectives: "le quotidien britannique").
const ORG_KIND_COMPLEMENTS: &[&str] = &[
    "de",
    "d'",
    "presse",
    "television",
    "information",
    "internet",
    "web",
    "social",
    "sociale",
    "aerienne",
    "ferroviaire",
    "maritime",
    "petroliere",
    "pharmaceutique",
    "humanitaire",
    "militant",
    "terroriste",
    "djihadiste",
    "jihadiste",
    "islamiste",
    "armee",
    "arme",
    "publique",
    "prive",
    "privee",
    "en",
    "ligne",
    "minier",
    "miniere",
    "chimique",
    "automobile",
    "bancaire",
    "financier",
    "financiere",
    "agroalimentaire",
    "energetique",
    "nucleaire",
    "industriel",
    "industrielle",
    "informatique",
    "technologique",
    "audiovisuel",
    "audiovisuelle",
    "textile",
    "immobilier",
    "public",
    "criminel",
    "criminelle",
    "rival",
    "rivale",
    // "le quotidien régional La Dépêche du Midi".
    "regional",
    "regionale",
    "national",
    "nationale",
    "local",
    "locale",
    "satirique",
    "economique",
    "sportif",
    "gratuit",
];

/// The category of a kind word of [`ORG_KINDS`] (the first line of a word
/// wins).
fn org_kind(f: &str) -> Option<Category> {
    static BY_WORD: LazyLock<FxHashMap<&'static str, Category>> =
        LazyLock::new(|| by_first_word(ORG_KINDS));
    BY_WORD.get(f).copied()
}

/// One of the [`ORG_KIND_COMPLEMENTS`].
fn is_kind_complement(f: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| word_set(ORG_KIND_COMPLEMENTS));
    SET.contains(f)
}

/// Organisations named after a kind word ([`ORG_KINDS`]): the run of
/// capitalised words that follows it, in the same sentence.
/// The initials that open or close a sports club's name ("FC Nantes",
/// "Toronto FC", "CF Montréal", "AS Monaco", "RC Lens", "OGC Nice"), and
/// the words that open one ("Inter Miami", "Real Madrid", "Atlético
/// Madrid", "Olympique de Marseille"), folded.
const CLUB_INITIALS: &[&str] = &[
    "fc", "cf", "ac", "as", "sc", "rc", "ogc", "afc", "ssc", "sl", "cd", "ud", "vfb", "vfl", "tsg",
    // Belgian clubs: "RSC Anderlecht", "KRC Genk", "KAA Gent", "KV Malines".
    "rsc", "krc", "kaa", "kv", "rwdm",
];
/// The initials a club's name may end on ("Toronto FC", "Amiens SC").
const CLUB_SUFFIXES: &[&str] = &["fc", "cf", "sc", "afc"];
/// The words that open a club's name ("Inter Miami", "Real Madrid").
const CLUB_WORDS: &[&str] = &[
    "inter",
    "real",
    "atletico",
    "olympique",
    "sporting",
    "dynamo",
    // "le Standard de Liège".
    "standard",
];

/// The name of an organisation is a sports club's ("FC Nantes", "Toronto
/// FC", "Inter Miami"): the town in it is no place of the news.
pub fn is_sports_club(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let (Some(f), Some(l)) = (words.next(), words.next_back()) else {
        return false;
    };
    let initials = |w: &str| {
        w.chars().all(|c| c.is_ascii_uppercase())
            && CLUB_INITIALS.contains(&w.to_ascii_lowercase().as_str())
    };
    initials(f) || initials(l) || CLUB_WORDS.contains(&fold(f).as_str())
}

/// Is `name` a criminal group's ("cartel de Santa Rosa de Lima", "Clan
/// del Golfo", "gang de Grand Ravine")? The places in it are the name's.
pub fn is_crime_group(name: &str) -> bool {
    name.split_whitespace().next().is_some_and(|w| {
        matches!(
            fold(w).as_str(),
            "cartel" | "cartels" | "clan" | "gang" | "gangs" | "mara" | "bande"
        )
    })
}

/// Is `name` a Belgian police or rescue zone's ("zone de secours
/// Hainaut-Est")? The communes in it are the name's.
pub fn is_service_zone(name: &str) -> bool {
    let f = fold(name);
    f.starts_with("zone de police ") || f.starts_with("zone de secours ")
}

/// Belgium's police and rescue zones, each named after the communes it
/// serves: "la zone de police Bruxelles-Midi", "la Zone de secours
/// Hainaut-Est", "la zone de secours Liège 2", "la zone de police
/// Bruxelles-Capitale Ixelles". The name is one to three capitalised
/// words, and a number, after "zone de police" or "zone de secours".
fn service_zones(cx: &mut Ctx, cands: &mut Vec<Cand>) {
    let n = cx.toks.len();
    let mut i = 0;
    while i + 3 < n {
        let service = cx.f(i + 2);
        if !(cx.word(i)
            && cx.f(i) == "zone"
            && cx.f(i + 1) == "de"
            && matches!(service, "police" | "secours")
            && !(i..i + 3).any(|k| cx.used[k]))
        {
            i += 1;
            continue;
        }
        let name =
            |k: usize| k < n && cx.same_sent(i, k) && cx.word(k) && cx.toks[k].cap && !cx.used[k];
        // "la zone de police de Liège": the commune after "de".
        let a = if matches!(cx.f(i + 3), "de" | "d'") && name(i + 4) {
            i + 4
        } else {
            i + 3
        };
        let mut b = a;
        while b < a + 3 && name(b) {
            b += 1;
        }
        if b > a
            && b < n
            && cx.same_sent(i, b)
            && !cx.used[b]
            && cx.f(b).len() <= 2
            && cx.f(b).bytes().all(|c| c.is_ascii_digit())
        {
            b += 1;
        }
        if b == a {
            i += 1;
            continue;
        }
        let cat = if service == "police" {
            Category::Police
        } else {
            Category::Government
        };
        let key = format!("org:{}", norm_key(cx.raw(i, b)));
        push_org(cx, cands, i, b, key, cat, Some("BE".to_string()));
        i = b;
    }
}

/// Sports clubs: an initialism of club before or after one or two
/// capitalised words ("Toronto FC", "FC Nantes"), or a club's opening
/// word before a capitalised name ("Inter Miami", "Olympique de
/// Marseille"). The town inside is no place of the text's events.
fn sports_clubs(cx: &mut Ctx, cands: &mut Vec<Cand>) {
    let n = cx.toks.len();
    let name = |cx: &Ctx, k: usize| {
        k < n && cx.word(k) && cx.toks[k].cap && !cx.toks[k].upper && !cx.used[k]
    };
    let mut i = 0;
    while i < n {
        if !cx.word(i) || cx.used[i] {
            i += 1;
            continue;
        }
        let f = cx.f(i);
        let initials = cx.toks[i].upper && CLUB_INITIALS.contains(&f);
        // (A club's word opens its name: not "les Athlètes Olympiques de
        // Russie".)
        let word = cx.toks[i].cap
            && !cx.toks[i].upper
            && CLUB_WORDS.contains(&f)
            && !(i > 0
                && cx.word(i - 1)
                && cx.toks[i - 1].cap
                && cx.same_sent(i - 1, i)
                && !matches!(cx.f(i - 1), "le" | "la" | "l'" | "les"));
        let mut span = None;
        if initials || word {
            // "Olympique de Marseille", "Olympique lyonnais".
            let mut j = i + 1;
            if word && matches!(f, "olympique" | "standard") && matches!(cx.f(j), "de" | "d'") {
                j += 1;
            }
            if name(cx, j) && cx.same_sent(i, j) {
                let mut e = j + 1;
                if name(cx, e) && cx.same_sent(i, e) {
                    e += 1;
                }
                span = Some((i, e));
            } else if word && f == "olympique" && cx.word(i + 1) && cx.nat(i + 1).is_some() {
                span = Some((i, i + 2));
            }
        }
        // "Toronto FC": one or two names, then the initials.
        if span.is_none()
            && name(cx, i)
            && !cx.sent_first[i]
            && cx.word(i + 1)
            && cx.toks[i + 1].upper
            && CLUB_SUFFIXES.contains(&cx.f(i + 1))
            && cx.same_sent(i, i + 1)
        {
            span = Some((i, i + 2));
        }
        match span {
            Some((a, b)) => {
                let key = format!("org:{}", norm_key(cx.raw(a, b)));
                push_org(cx, cands, a, b, key, Category::Other, None);
                i = b;
            }
            None => i += 1,
        }
    }
}

fn kind_named_orgs(cx: &mut Ctx, cands: &mut Vec<Cand>) {
    let n = cx.toks.len();
    let mut i = 0;
    while i < n {
        // "ONG" is written in capitals; a broadcaster's kind opens its name
        // ("Radio Gabon", "Télé Sahel").
        let kind = (cx.word(i)
            && (!cx.toks[i].cap
                || cx.f(i) == "ong"
                || matches!(cx.f(i), "radio" | "tele" | "television")
                    && !english(cx, i)
                    && !(i > 0 && cx.word(i - 1) && cx.toks[i - 1].cap && !cx.sent_first[i - 1]))
            && !cx.used[i])
            .then(|| org_kind(cx.f(i)))
            .flatten();
        let Some(cat) = kind else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        let mut country = None;
        while j < n
            && j <= i + 3
            && cx.word(j)
            && !cx.toks[j].cap
            && (is_kind_complement(cx.f(j))
                || cx.nat(j).is_some()
                || cx.f(j) == "des" && cx.f(i) == "bande")
        {
            if let Some(c) = cx.nat(j) {
                country = Some(c.to_string());
            }
            j += 1;
        }
        // "le site de Khossanto", "la société de Dakar": a name right after
        // "de" is where the thing is, or whose; "d'information", "de presse"
        // come before the name ("l'agence de presse Xinhua").
        if j > i + 1 && matches!(cx.f(j - 1), "de" | "d'") {
            i += 1;
            continue;
        }
        // The name: capitalised words; a dot glued between two words
        // joins them ("Gayrussia.ru"). A capitalised article opens it
        // ("le quotidien Le Monde", "le cartel La Familia Michoacana",
        // "les gangs Los Lobos").
        // "l'entreprise, Balkan Defence Systems, qui": a name in
        // apposition, between commas.
        let apposed = cx.f(j) == "," && cx.same_sent(i, j + 1);
        // "le chef du gang, Luckson Elan, …": the name in apposition is the
        // head's, a person's, not the gang's (of a band of people; "le
        // directeur de l'entreprise, Balkan Defence Systems" may be either,
        // and is read as the company).
        let band = matches!(
            cx.f(i),
            "gang" | "cartel" | "milice" | "bande" | "clan" | "parti" | "mouvement" | "reseau"
        );
        let headed = band
            && (1..=3).any(|back| {
                i > back
                    && matches!(cx.f(i - back), "du" | "de" | "d'" | "des" | "la" | "l'")
                    && matches!(
                        cx.f(i - back - 1),
                        "chef"
                            | "chefs"
                            | "patron"
                            | "patronne"
                            | "leader"
                            | "dirigeant"
                            | "dirigeante"
                            | "fondateur"
                            | "fondatrice"
                            | "president"
                            | "presidente"
                            | "directeur"
                            | "directrice"
                            | "porte-parole"
                            | "pdg"
                            | "numero"
                    )
            });
        if apposed && headed {
            i += 1;
            continue;
        }
        if apposed {
            j += 1;
        }
        let a = j;
        let mut b = j;
        let mut article = 0;
        if article_opens_name(cx, i, a) {
            b += 1;
            article = 1;
        }
        while b < n && b < a + 5 && cx.same_sent(i, b) {
            let t = &cx.toks[b];
            // A newspaper may be named after a place ("le quotidien Sud
            // Ouest", "le journal L'Est républicain").
            // ("Sud Ouest", "Nord Éclair", "La Dépêche du Midi": a point of
            // the compass too, and "du" between two capitalised words.)
            let media = cat == Category::Media;
            let place_ok = !cx.place[b] || media;
            let stop_ok = !CAP_STOP.contains(t.f)
                || media && b > a && matches!(t.f, "nord" | "sud" | "est" | "ouest")
                || media
                    && b == a
                    && matches!(t.f, "nord" | "sud" | "est" | "ouest")
                    && cx.toks.get(b + 1).is_some_and(|x| x.word && x.cap);
            if t.word && t.cap && !cx.used[b] && place_ok && stop_ok {
                b += 1;
                continue;
            }
            let glued = |k: usize| k > 0 && k < n && cx.toks[k].s == cx.toks[k - 1].e;
            if b > a && cx.f(b) == "." && glued(b) && cx.word(b + 1) && glued(b + 1) {
                b += 2;
                continue;
            }
            // "Corriere della Sera", "Alternative für Deutschland",
            // "Fratelli d'Italia": a connector between two capitalised words.
            if b > a
                && (matches!(
                    cx.f(b),
                    "de" | "d'"
                        | "della"
                        | "di"
                        | "del"
                        | "da"
                        | "do"
                        | "für"
                        | "fur"
                        | "of"
                        | "and"
                        | "&"
                ) || media && cx.f(b) == "du")
                && cx
                    .toks
                    .get(b + 1)
                    .is_some_and(|t| t.word && t.cap && !cx.used[b + 1])
            {
                b += 2;
                continue;
            }
            // A number closes a name: "l'association Utopia 56", "Rescue
            // 1122" (not a count of people after it: "l'ONG Acled 12
            // morts" has no such name).
            // (The loop keeps to the sentence already.)
            if b > a
                && cx.f(b).len() <= 4
                && cx.f(b).chars().all(|c| c.is_ascii_digit())
                && cx.toks.get(b + 1).is_none_or(|t| {
                    !t.word
                        || !cx.same_sent(i, b + 1)
                        || matches!(
                            t.f,
                            "a" | "ont" | "est" | "sont" | "avait" | "qui" | "et" | "dont"
                        )
                })
            {
                b += 1;
                break;
            }
            // An English head left in lower case ends the name: "l'ONG
            // Russian LGBT network".
            if b > a
                && cx.same_sent(i, b)
                && cx.word(b)
                && matches!(
                    cx.f(b),
                    "network" | "group" | "watch" | "international" | "foundation" | "project"
                )
            {
                b += 1;
            }
            break;
        }
        // Not a name: a single capitalised common word ("le site Internet"),
        // or a person ("le groupe de Jean Dupont").
        if b == a + article
            || (b - a == 1
                && (cx.lower_vocab[a]
                    || cx.f(a).chars().count() < 2
                    || groups::is_group(cx.f(a))
                    || matches!(cx.f(a), "internet" | "web")))
            // (One word after a party's or a band's kind is its name even
            // if a first name: "le mouvement Amal".)
            || is_first_name(cx.f(a)) && (b - a > 1 || !band)
            || (a..b).any(|k| cx.nat(k).is_some())
            // Apposed, a name of two words at least, closed by a comma:
            // "pour le parti, Macron a…" is no name of the party.
            || apposed && (b - a < 2 || cx.f(b) != ",")
        {
            i += 1;
            continue;
        }
        // A capitalised broadcaster's kind is part of the name.
        let a = if cx.toks[i].cap && cx.f(i) != "ong" && a == i + 1 {
            i
        } else {
            a
        };
        let key = format!("org:{}", norm_key(cx.raw(a, b)));
        push_org(cx, cands, a, b, key, cat, country.clone());
        // A plural kind word names a list: "des gangs Los Lobos et Los
        // Choneros".
        if cx.f(i).ends_with('s')
            && cx.f(b) == "et"
            && b + 1 < n
            && !cx.used[b + 1]
            && article_opens_name(cx, i, b + 1)
        {
            let key = format!("org:{}", norm_key(cx.raw(b + 1, b + 3)));
            push_org(cx, cands, b + 1, b + 3, key, cat, country);
            i = b + 3;
            continue;
        }
        i = b;
    }
}

/// A capitalised article at token `k` opening a name after the kind word
/// at `i` ("le quotidien Le Monde", "le cartel La Familia Michoacana",
/// "les gangs Los Lobos"): the capitalised word after it is free, in the
/// same sentence.
fn article_opens_name(cx: &Ctx, i: usize, k: usize) -> bool {
    k + 1 < cx.toks.len()
        && cx.toks[k].cap
        && matches!(cx.f(k), "le" | "la" | "les" | "los" | "las" | "el")
        && cx.toks[k + 1].word
        && cx.toks[k + 1].cap
        && !CAP_STOP.contains(cx.toks[k + 1].f)
        && cx.same_sent(i, k + 1)
        && !cx.used[k + 1]
}

fn bare_acronyms(cx: &mut Ctx, cands: &mut Vec<Cand>) {
    let acr_keys: Vec<String> = cands
        .iter()
        .filter(|c| c.key.starts_with("acr:"))
        .map(|c| c.key.clone())
        .collect::<FxHashSet<_>>()
        .into_iter()
        .collect();
    if acr_keys.is_empty() {
        return;
    }
    // Organisation heads, found once: the only places an expansion starts.
    let heads: Vec<usize> = (0..cx.toks.len())
        .filter(|&i| cx.word(i) && cx.head[i].is_some())
        .collect();
    for key in acr_keys {
        let letters: Vec<char> = key[4..]
            .chars()
            .filter(|c| c.is_alphabetic())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if letters.len() < 2 {
            continue;
        }
        let n = cx.toks.len();
        let mut found = None;
        'search: for &i in &heads {
            if cx.f(i).chars().next().map(|c| c.to_ascii_uppercase()) != Some(letters[0]) {
                continue;
            }
            for end in (i + 2..=(i + 14).min(n)).rev() {
                if !cx.word(end - 1)
                    || !cx.same_sent(i, end - 1)
                    || FUNCTION_WORDS.contains(&cx.f(end - 1))
                {
                    continue;
                }
                if acronym_matches(cx, &letters, i, end) {
                    found = Some((i, end));
                    break 'search;
                }
            }
        }
        let Some((a, b)) = found else { continue };
        // An organisation already there: its key names the acronym.
        if let Some(c) = cands
            .iter()
            .find(|c| c.kind == ActorKind::Organization && c.a == a && c.b == b)
        {
            let new_key = c.key.clone();
            for c in cands.iter_mut() {
                if c.key == key {
                    c.key.clone_from(&new_key);
                }
            }
            continue;
        }
        if (a..b).any(|k| cx.used[k]) {
            continue;
        }
        let cat = org_head(cx.f(a)).unwrap_or(Category::Other);
        let country = (a..b).find_map(|k| cx.nat(k).map(str::to_string));
        push_org(cx, cands, a, b, key.clone(), cat, country);
    }
}

/// A learned noun of a domain or a trade, by its ending, as organisation
/// names take them after "de" or "des": "Institut de volcanologie et de
/// sismologie", "Conseil de gestion et de réduction des risques", "Syndicat
/// des chauffeurs et conducteurs", "Commission de l'équité", "Agence
/// européenne des médicaments".
fn domain_noun_like(f: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "logie", "logies", "tion", "tions", "sion", "sions", "isme", "ismes", "ite", "ites",
        "eurs", "ateurs", "ments", "graphie", "nomie", "metrie",
        // "Congrès des progressistes", "Union des socialistes".
        "istes",
    ];
    f.len() >= 6
        && f.bytes().all(|b| b.is_ascii_lowercase())
        && ENDINGS.iter().any(|e| f.ends_with(e))
}

/// A lower-case noun of an organisation name's complement, singular or
/// plural: "des droits et libertés", "du canton du Valais".
fn org_noun(f: &str) -> bool {
    ORG_NOUNS.contains(f) || f.strip_suffix('s').is_some_and(|s| ORG_NOUNS.contains(s))
}

/// An adjective by its ending, after a domain noun of an organisation name:
/// "des transports fluviaux intérieurs", "des conducteurs routiers".
/// Verbs of news in the present with an adjective's ending ("le
/// ministère de l'Intérieur communique", "le Comité de Paris arrive"):
/// never the adjective of a name's complement.
const SINGULAR_VERBS: &[&str] = &[
    "communique",
    "explique",
    "indique",
    "revendique",
    "critique",
    "applique",
    "implique",
    "replique",
    "fabrique",
    "pratique",
    "arrive",
    "derive",
];

fn adjective_like(f: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "aux", "ale", "ales", "elle", "elles", "ique", "iques", "aire", "aires", "ieur", "ieurs",
        "ieure", "ieures", "if", "ifs", "ive", "ives", "ier", "iers", "iere", "ieres",
    ];
    f.len() >= 5
        && f.bytes().all(|b| b.is_ascii_lowercase())
        && ENDINGS.iter().any(|e| f.ends_with(e))
}

fn norm_key(s: &str) -> String {
    fold(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The last token of an organisation name opening at head `i`.
fn extend_org(cx: &Ctx, i: usize, lc_head: bool, lex: &FxHashMap<usize, usize>) -> usize {
    let n = cx.toks.len();
    let mut last = i;
    let mut j = i + 1;
    // Whether a capitalised word may follow directly (after the head or
    // another capitalised word).
    let mut cap_ok = !lc_head;
    let mut has_cap = !lc_head;
    // Whether the last word taken is a lower-case noun of a domain or a
    // trade ("transports", "chauffeurs"), which an adjective may follow.
    let mut after_noun = false;
    let mut after_plural_cap = false;
    let mut after_singular_cap = false;
    while j < n
        && j <= i + 16
        && cx.same_sent(i, j)
        && (cx.word(j) || cx.f(j) == "&" || cx.f(j) == ",")
        && !cx.used[j]
    {
        let t = &cx.toks[j];
        // A ministry of several portfolios: "ministère de la Construction,
        // du Logement et de l'Urbanisme" (a comma before a capitalised
        // complement reads as "et", where the list closes with "et de");
        // any other comma ends the name.
        let portfolios = t.f == ","
            && cx.f(i) == "ministere"
            && matches!(cx.f(j + 1), "de" | "du" | "des" | "d'")
            && (j + 2..=j + 3).any(|k| cx.word(k) && cx.toks[k].cap)
            && (j + 2..(j + 12).min(n.saturating_sub(1)))
                .take_while(|&k| cx.word(k) || cx.f(k) == ",")
                .any(|k| cx.f(k) == "et" && matches!(cx.f(k + 1), "de" | "du" | "des" | "d'"));
        // A list of adjectives: "Société d'exploitation et de développement
        // aéroportuaire, aéronautique et météorologique".
        let adjective_list = matches!(t.f, "," | "et")
            && last + 1 == j
            && last > i
            && !cx.toks[last].cap
            && (ORG_ADJ.contains(cx.f(last)) || adjective_like(cx.f(last)))
            && cx.word(j + 1)
            && adjective_like(cx.f(j + 1))
            && (t.f == "et"
                || (j + 2..(j + 7).min(n.saturating_sub(1)))
                    .any(|k| cx.f(k) == "et" && adjective_like(cx.f(k + 1))));
        if adjective_list {
            last = j + 1;
            j += 2;
            cap_ok = false;
            continue;
        }
        if t.f == "," && !portfolios {
            break;
        }
        // "Armed Conflict Location & Event Data Project".
        if t.f == "&" {
            if has_cap && cap_ok && cx.word(j + 1) && cx.toks[j + 1].cap {
                j += 1;
                continue;
            }
            break;
        }
        if t.cap && cap_ok && !ORG_CAP_STOP.contains(t.f) && !t.upper {
            if is_first_name(t.f) && cx.word(j + 1) && cx.toks[j + 1].cap {
                break;
            }
            last = j;
            j += 1;
            has_cap = true;
            continue;
        }
        // "inter-américaine", "pan-africain": the last part decides.
        let hyphen_adj = t.f.contains('-')
            && t.f
                .rsplit('-')
                .next()
                .is_some_and(|l| ORG_ADJ.contains(l) || demonym_like(l));
        // "Ministère public vaudois": the adjective of a territory after a
        // lower-case adjective of the name.
        let territorial = last == j - 1
            && last > i
            && !cx.toks[last].cap
            && ORG_ADJ.contains(cx.toks[last].f)
            && is_territorial_adjective(t.f);
        if !t.cap
            && (ORG_ADJ.contains(t.f)
                || cx.nat(j).is_some()
                || hyphen_adj
                || territorial
                || (after_noun && adjective_like(t.f))
                || (after_plural_cap && adjective_like(t.f) && t.f.ends_with(['s', 'x']))
                // "de la Réforme hospitalière": a singular one, of the
                // endings no verb has ("appelle", "signale" are verbs).
                || (after_singular_cap
                    && ["ique", "aire", "iere", "ive"].iter().any(|e| t.f.ends_with(e))
                    && adjective_like(t.f)
                    && !SINGULAR_VERBS.contains(&t.f)))
        {
            last = j;
            j += 1;
            cap_ok = false;
            continue;
        }
        let conn = if portfolios { "et" } else { t.f };
        // The verb "a" is no preposition: "le Front populaire a aidé".
        if conn == "a" && &cx.text[t.s..t.e] == "a" {
            break;
        }
        // ("Clan del Golfo", "Cartel del Noreste": a Spanish "del".)
        if matches!(
            conn,
            "de" | "du"
                | "des"
                | "d'"
                | "del"
                | "pour"
                | "et"
                | "sur"
                | "contre"
                | "en"
                | "a"
                | "aux"
        ) {
            let mut k = j + 1;
            // "et de la Géologie": the article goes with the second
            // preposition ("ministère des Mines et de la Géologie").
            let mut prep = conn;
            if conn == "et" && matches!(cx.f(k), "de" | "du" | "des" | "d'" | "pour") {
                // ("la Gendarmerie royale et de la Protection civile": two
                // bodies; "et de" goes on a complement the name has.)
                if !(i..=last).any(|m| matches!(cx.f(m), "de" | "du" | "des" | "d'" | "pour")) {
                    break;
                }
                prep = cx.f(k);
                k += 1;
            }
            if matches!(cx.f(k), "la" | "l'" | "le" | "les")
                && !matches!(prep, "du" | "des" | "et" | "en")
            {
                k += 1;
            }
            if matches!(conn, "a" | "aux" | "en" | "et" | "sur" | "contre") && !has_cap && !lc_head
            {
                break;
            }
            // A known organisation inside a longer name: "Mission des
            // Nations unies pour...".
            // (Not after "à": "opposent le Clan del Golfo à l'ELN".)
            if let Some(&e) = lex.get(&k)
                && cx.same_sent(i, e - 1)
                && !matches!(conn, "a" | "aux")
            {
                last = e - 1;
                has_cap = true;
                cap_ok = false;
                j = e;
                continue;
            }
            // "tribunal de grande instance", "de première instance".
            if matches!(cx.f(k), "grande" | "premiere") && cx.f(k + 1) == "instance" {
                k += 1;
            }
            if !cx.word(k) || cx.used[k] || !cx.same_sent(i, k) {
                break;
            }
            let c = &cx.toks[k];
            // A country's acronym closes a name too: "Forces armées de la
            // RDC".
            // ("l'Aménagement du territoire", a domain's fixed name; not
            // "le ministère de la Santé du territoire", the story's.)
            let fixed = c.f == "territoire" && k >= 2 && cx.f(k - 2) == "amenagement";
            // ("de la Lutte contre la pauvreté": what a struggle is against.)
            let against = prep == "contre"
                && !c.cap
                && c.f.len() >= 4
                && c.f.chars().all(|ch| ch.is_alphabetic() || ch == '-');
            let noun = !c.cap && (org_noun(c.f) || domain_noun_like(c.f) || fixed || against);
            let content =
                (c.cap && !ORG_CAP_STOP.contains(c.f) && (!c.upper || cx.country[k])) || noun;
            if !content {
                break;
            }
            // "à"/"aux" take a domain noun ("secrétariat d'État à l'aide aux
            // victimes"), never a place ("ministère de l'Intérieur à Paris");
            // "en" takes a place only after a capitalised name ("Mission des
            // Nations unies ... en Haïti").
            if matches!(conn, "a" | "aux") && c.cap {
                break;
            }
            if conn == "en" && (!c.cap || lc_head) {
                break;
            }
            // A capitalised complement that opens a person name stops here.
            if c.cap && is_first_name(c.f) && cx.word(k + 1) && cx.toks[k + 1].cap {
                break;
            }
            last = k;
            has_cap |= c.cap;
            cap_ok = c.cap;
            after_noun = noun;
            // A plural capitalised complement takes a plural adjective:
            // "et des Collectivités locales" (a verb after it never ends
            // in "s": "de Paris appelle").
            after_plural_cap = c.cap && c.f.ends_with(['s', 'x']);
            after_singular_cap = c.cap && !c.f.ends_with(['s', 'x']);
            j = k + 1;
            continue;
        }
        break;
    }
    if !lc_head && let Some(close) = runs_to_its_acronym(cx, i, last) {
        last = close;
    }
    // A lower-case head needs a real complement: "ministère de l'Intérieur",
    // "parquet fédéral", "parlement kazakh"; not "conseil de sécurité" alone.
    if lc_head && last > i && cx.f(i) == "parlement" && cx.nat(i + 1).is_none() {
        return i;
    }
    // "le parquet de l'État", "le ministère de la Santé de l'État": the
    // State of the story is no part of the name (the capital is the
    // noun's, not a name's), unless the text names it in full ("le parquet
    // de l'État de Guanajuato": then the same office).
    if lc_head
        && last >= i + 3
        && cx.f(last) == "etat"
        && cx.f(last - 1) == "l'"
        && cx.f(last - 2) == "de"
    {
        let len = last - i;
        let named_in_full = (0..cx.toks.len().saturating_sub(len + 2)).any(|h| {
            (0..=len).all(|j| cx.f(h + j) == cx.f(i + j))
                && matches!(cx.f(h + len + 1), "de" | "du")
                && cx.toks[h + len + 2].cap
        });
        if !named_in_full {
            last -= 3;
        }
    }
    if lc_head && last > i {
        let any_cap = (i + 1..=last).any(|k| cx.toks[k].cap);
        let any_adj = (i + 1..=last).any(|k| !cx.toks[k].cap && cx.nat(k).is_some());
        // "la préfecture de police": the name of Paris's (and Marseille's)
        // police authority, all in lower case.
        let police_prefecture =
            cx.f(i) == "prefecture" && cx.f(i + 1) == "de" && cx.f(i + 2) == "police";
        if !any_cap && !any_adj && !is_prosecution(cx, i) && !police_prefecture {
            return i;
        }
    }
    last
}

/// "le Conseil national de gestion et de réduction des risques de
/// catastrophes (NDRRMC)", "l'Association des fabricants et exportateurs de
/// vêtements du Bangladesh (BGMEA)": an acronym in parentheses closes the
/// name it follows, whose words the grammar alone would stop short of (a
/// lower-case noun after "des", a plural trade). From the head `i`, whose
/// name was read to `last`, up to a short run of words without a clause
/// in them (a verb of saying, a relative, a figure) and an acronym in
/// parentheses: the last word before the parenthesis.
fn runs_to_its_acronym(cx: &Ctx, i: usize, last: usize) -> Option<usize> {
    // English words: an English name is not read from its middle.
    const ENGLISH: [&str; 6] = ["of", "in", "the", "and", "for", "on"];
    let mut k = last + 1;
    while k <= i + 20 && cx.same_sent(i, k) {
        if cx.f(k) == "(" {
            let acr = k + 1;
            let closes = k > last + 1
                && cx.f(acr + 1) == ")"
                && is_acronym(cx, acr)
                && !NEWS_AGENCIES.contains(&cx.f(acr));
            return closes.then_some(k - 1);
        }
        // "l'Agence de météorologie, de climatologie et de géophysique
        // (BMKG)": a comma between the complements of one name.
        if cx.f(k) == "," && matches!(cx.f(k + 1), "de" | "du" | "des" | "d'") {
            k += 1;
            continue;
        }
        if !cx.word(k) || cx.used[k] || cx.toks[k].upper {
            return None;
        }
        let f = cx.f(k);
        if clause_word(cx, k) || ENGLISH.contains(&f) || f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        k += 1;
    }
    None
}

/// A dateline's or a credit's agency is no name's acronym.
const NEWS_AGENCIES: [&str; 6] = ["afp", "ap", "ats", "belga", "apa", "aps"];

/// Is token `k` a word of a clause (a verb, a relative, a conjunction) that
/// no organisation's name holds? "à" is a preposition of names
/// ("Secrétariat d'État à…"), "a" a verb.
fn clause_word(cx: &Ctx, k: usize) -> bool {
    const CLAUSE: [&str; 19] = [
        "a", "ont", "est", "sont", "etait", "avait", "avaient", "ete", "qui", "que", "qu'", "dont",
        "selon", "lors", "apres", "avant", "depuis", "mais", "ou",
    ];
    let f = cx.f(k);
    CLAUSE.contains(&f) && !(f == "a" && cx.raw(k, k + 1) != "a")
}

// ---------------------------------------------------------------------------
// Persons

/// How far back (in tokens) a title cue's complement may run before the
/// name: "le ministre de l'Information de la province de Khyber
/// Pakhtunkhwa, Aftab Khan Marwat" is eleven.
const TITLE_REACH: usize = 12;

/// A title cue ending right before token `a`: (title text, category,
/// country from a nationality adjective), or `Some` with an empty title
/// for "M." / "Mme".
fn title_before(cx: &Ctx, a: usize) -> Option<(Option<String>, Category, Option<String>)> {
    if a == 0 {
        return None;
    }
    // "M. Fillon", "Mme Fillon", "Monsieur X".
    let p = a - 1;
    if cx.f(p) == "." && p >= 1 && matches!(cx.f(p - 1), "m" | "mm" | "mme" | "mlle" | "dr" | "pr")
    {
        return Some((None, Category::Other, None));
    }
    if matches!(
        cx.f(p),
        "mme" | "mlle" | "monsieur" | "madame" | "mademoiselle" | "me" | "mgr" | "dr" | "pr"
    ) {
        return Some((None, Category::Other, None));
    }
    // Kinship before a name: "son frère Saïd", "les frères Jonathan et
    // Alistair Brownlee", "sa fille Léa".
    if is_kinship(cx.f(p)) {
        return Some((None, Category::Other, None));
    }
    // "le porte-parole de Vladimir Poutine": the title is someone else's.
    if matches!(cx.f(p), "de" | "d'" | "du" | "des") {
        return None;
    }
    // "Selon Cheikh Tidiane Ba": a capitalised "Cheikh" with no article
    // before it is a given name, no title.
    if cx.toks[p].cap && cx.given_sheikh(p) {
        return None;
    }
    // Scan back over the complement of the title.
    let mut country = None;
    let mut k = a;
    let mut steps = 0;
    while k > 0 && steps < TITLE_REACH {
        k -= 1;
        steps += 1;
        if !cx.word(k) || !cx.same_sent(k, a) {
            return None;
        }
        let f = cx.f(k);
        // Is a title ending at k?
        if let Some((len, cat)) = title_ending_at(cx, k) {
            let mut start = k + 1 - len;
            if start > 0
                && matches!(
                    cx.f(start - 1),
                    "ancien"
                        | "ancienne"
                        | "ex"
                        | "nouveau"
                        | "nouvelle"
                        | "futur"
                        | "future"
                        | "actuel"
                        | "actuelle"
                        | "premier"
                        | "jeune"
                        | "celebre"
                )
            {
                start -= 1;
            }
            // The title text, without a trailing nationality adjective.
            let mut end = a;
            while end > k + 1
                && !cx.toks[end - 1].cap
                && (cx.nat(end - 1).is_some() || demonym_like(cx.f(end - 1)))
            {
                end -= 1;
            }
            let title = clean_title(cx, start, end);
            return Some((Some(title), cat, country));
        }
        if let Some(c) = cx.nat(k)
            && !cx.toks[k].cap
        {
            country.get_or_insert_with(|| c.to_string());
            continue;
        }
        // Another person's name stands between: "l'ancien président
        // Nursultan Nazarbaev, Samat Abish".
        if cx.person[k] {
            return None;
        }
        // An adjective after a capitalised noun of the complement:
        // "ministre de l'Énergie et des Ressources naturelles".
        // (Or after a head of an organisation: "le chef de l'administration
        // militaire de la capitale".)
        let adjective = k > 0
            && (cx.toks[k - 1].cap
                || org_head(cx.f(k - 1)).is_some()
                || ORG_NOUNS.contains(cx.f(k - 1)))
            && f.len() > 3
            && !FUNCTION_WORDS.contains(&f);
        let ok = cx.toks[k].cap
            || adjective
            || demonym_like(f)
            || org_head(f).is_some()
            || FUNCTION_WORDS.contains(&f)
            || ORG_NOUNS.contains(f)
            || ORG_ADJ.contains(f)
            || matches!(
                f,
                "adjoint" | "adjointe" | "delegue" | "deleguee" | "charge" | "chargee"
            )
            // The part of a territory: "de la zone sud", "du secteur nord".
            || matches!(
                f,
                "zone" | "secteur" | "nord" | "sud" | "est" | "ouest" | "centre" | "capitale"
            )
            // The level of an office: "le ministre provincial de la Santé",
            // "le conseiller régional", "le procureur fédéral".
            || matches!(
                f,
                "provincial"
                    | "provinciale"
                    | "regional"
                    | "regionale"
                    | "federal"
                    | "federale"
                    | "departemental"
                    | "departementale"
                    | "municipal"
                    | "municipale"
                    | "cantonal"
                    | "cantonale"
                    | "territorial"
                    | "territoriale"
                    | "interimaire"
            )
            // Its standing: "le président provisoire Jocelerme Privert",
            // "le maire sortant", "le président élu", "par intérim", "la
            // coordinatrice humanitaire de l'ONU", "l'envoyé spécial".
            || STANDING.contains(&f)
            // The unit an office governs: "le gouverneur de la région
            // tadjike de Sughd", "le maire de la ville de Kidal".
            || crate::extract::places::is_unit_designator(f);
        if !ok {
            return None;
        }
    }
    None
}

/// Words of an office's standing between a title and its holder's name:
/// "le président provisoire Jocelerme Privert", "le maire sortant", "le
/// président élu", "la coordinatrice humanitaire de l'ONU",
/// "l'envoyé spécial".
const STANDING: &[&str] = &[
    "provisoire",
    "sortant",
    "sortante",
    "elu",
    "elue",
    "demissionnaire",
    "dechu",
    "dechue",
    "honoraire",
    "autoproclame",
    "autoproclamee",
    "humanitaire",
    "special",
    "speciale",
    "permanent",
    "permanente",
];

/// A title cue whose last word is token `k`: (its length in tokens, category).
fn title_ending_at(cx: &Ctx, k: usize) -> Option<(usize, Category)> {
    for len in (1..=4).rev() {
        if len > k + 1 {
            continue;
        }
        let s = k + 1 - len;
        let Some(entries) = TITLES.get(cx.f(s)) else {
            continue;
        };
        for (words, cat) in entries {
            if words.len() == len && (0..len).all(|m| cx.f(s + m) == words[m]) {
                return Some((len, *cat));
            }
        }
    }
    // "le gouverneur régional Oleh Synegoubov", "le maire adjoint": a
    // title and an adjective of its office.
    const OFFICE_ADJECTIVES: &[&str] = &[
        "regional",
        "regionale",
        "provincial",
        "provinciale",
        "departemental",
        "departementale",
        "militaire",
        "adjoint",
        "adjointe",
        "interimaire",
        "sortant",
        "sortante",
        "local",
        "locale",
    ];
    if k > 0 && OFFICE_ADJECTIVES.contains(&cx.f(k)) {
        return title_ending_at(cx, k - 1).map(|(len, cat)| (len + 1, cat));
    }
    None
}

/// The text of a title cue: without trailing function words ("porte-parole
/// d'" -> "porte-parole"), lower case at its start ("Président").
fn clean_title(cx: &Ctx, a: usize, mut b: usize) -> String {
    while b > a + 1 && (!cx.word(b - 1) || FUNCTION_WORDS.contains(&cx.f(b - 1))) {
        b -= 1;
    }
    let raw = norm_space(cx.raw(a, b));
    let mut chars = raw.chars();
    match chars.next() {
        Some(c) if !raw.chars().all(|c| !c.is_lowercase()) => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => raw,
    }
}

/// ", le capitaine Hery Rakotondrabe": after token `b`, an article, a
/// title and a name.
fn introduces_a_name(cx: &Ctx, b: usize) -> bool {
    let k = b + 1;
    if cx.f(b) != "," || !matches!(cx.f(k), "l'" | "le" | "la") {
        return false;
    }
    title_starting_at(cx, k + 1).is_some_and(|(len, _)| cx.name_tok(k + 1 + len))
}

/// A title cue starting at token `k`: (its length in tokens, category).
fn title_starting_at(cx: &Ctx, k: usize) -> Option<(usize, Category)> {
    TITLES.get(cx.f(k))?.iter().find_map(|(words, cat)| {
        let len = words.len();
        (0..len)
            .all(|m| cx.f(k + m) == words[m])
            .then_some((len, *cat))
    })
}

/// An apposition after a name ending before token `b`: ", président du…",
/// ", 39 ans". Returns the title (if any) and its category.
fn apposition_after(cx: &Ctx, b: usize) -> Option<(Option<String>, Category)> {
    if cx.f(b) != "," && cx.f(b) != "(" {
        return None;
    }
    let mut k = b + 1;
    if cx.word(k) && cx.toks[k].f.chars().all(|c| c.is_ascii_digit()) && cx.f(k + 1) == "ans" {
        return Some((None, Category::Other));
    }
    // ", dit « Ti Bòs »", ", alias « Kolonèl Zo »", ", surnommé
    // « El Mayo »": a nickname after a person's name.
    if matches!(cx.f(k), "dit" | "alias" | "surnomme" | "surnommee")
        && matches!(cx.f(k + 1), "<<" | "«" | "\"" | "“")
    {
        return Some((None, Category::Other));
    }
    // ", né le 10 juillet 1987", ", née à Lyon".
    if matches!(cx.f(k), "ne" | "nee") && matches!(cx.f(k + 1), "le" | "en" | "a" | "au" | "dans") {
        return Some((None, Category::Other));
    }
    // ", un pêcheur de 34 ans", ", une commerçante de 52 ans".
    if matches!(cx.f(k), "un" | "une")
        && cx.word(k + 1)
        && !cx.toks[k + 1].cap
        && cx.f(k + 2) == "de"
        && cx
            .toks
            .get(k + 3)
            .is_some_and(|t| t.f.chars().all(|c| c.is_ascii_digit()))
        && cx.f(k + 4) == "ans"
    {
        return Some((None, Category::Other));
    }
    if matches!(cx.f(k), "l'" | "le" | "la" | "un" | "une") {
        k += 1;
    }
    let start = k;
    if matches!(
        cx.f(k),
        "ancien" | "ancienne" | "ex" | "nouveau" | "nouvelle" | "actuel" | "actuelle"
    ) {
        k += 1;
        if cx.f(k) == "-" {
            k += 1;
        }
    }
    let (len, cat) = title_starting_at(cx, k)?;
    Some((Some(clean_title(cx, start, k + len)), cat))
}

fn persons(cx: &mut Ctx, cands: &mut Vec<Cand>) {
    let n = cx.toks.len();
    // Chunks of capitalised words.
    let mut chunks: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        let soft = cx.word(i)
            && !cx.used[i]
            && cx.toks[i].cap
            && is_particle(cx.f(i))
            && cx.name_tok(i + 1);
        if !cx.name_tok(i) && !soft {
            i += 1;
            continue;
        }
        let a = i;
        let mut j = i + 1;
        loop {
            // Names are short; a long run of capitalised words is a title
            // or a list, and must not cost quadratic time.
            if j >= n || !cx.same_sent(a, j) || j - a >= 12 {
                break;
            }
            if cx.name_tok(j) || cx.initial(j) {
                j += 1;
                continue;
            }
            // A regnal number: "Elizabeth II", "Charles XVI Gustave".
            if roman(cx, j) {
                j += 1;
                continue;
            }
            // "Sheikh" inside a Somali or Gulf name: "Hassan Cheikh Mohamoud".
            if matches!(cx.f(j), "cheikh" | "sheikh")
                && cx.toks[j].cap
                && !cx.used[j]
                && cx.same_sent(a, j + 1)
                && cx.name_tok(j + 1)
            {
                j += 2;
                continue;
            }
            // A nickname in quotes between a first name and a surname:
            // "Joaquín « El Chapo » Guzmán".
            if matches!(cx.f(j), "<<" | "«")
                && (a..j).all(|k| is_first_name(cx.f(k)))
                && let Some(close) =
                    (j + 2..(j + 7).min(n)).find(|&k| matches!(cx.f(k), ">>" | "»"))
                && (j + 1..close).all(|k| cx.word(k) && cx.toks[k].cap)
                && cx.same_sent(a, close + 1)
                && cx.name_tok(close + 1)
            {
                j = close + 2;
                continue;
            }
            // The dot of an initial: "E. Macron", "Andrew G. McCabe".
            if cx.f(j) == "." && cx.initial(j - 1) && cx.name_tok(j + 1) {
                j += 1;
                continue;
            }
            // A particle between two name words ("Jean-Yves Le Drian",
            // "Charles de Gaulle", "Oussama ben Laden").
            // A lower-case "de" follows a first name only: "Charles de
            // Gaulle", not "Paul Pogba de Juventus".
            let lower_de =
                !cx.toks[j].cap && matches!(cx.f(j), "de" | "du" | "des" | "d'" | "la" | "le");
            let after_first = || (a..j).all(|k| is_first_name(cx.f(k)) || cx.initial(k));
            // "Tarcísio de Freitas", "Marcelo Nogueira de Andrade": a "de"
            // before a surname that is neither a place nor an organisation
            // already found ("Jean Dupont de Marseille" stays apart; not
            // "de la", which opens a club as often as a surname: "Paul
            // Pogba de la Juventus").
            // (In sports news "de" names the club: "le transfert de Paul
            // Pogba de Juventus", "l'attaquant X de Y".)
            let sports = || {
                (a.saturating_sub(3)..a).any(|k| {
                    matches!(
                        cx.f(k),
                        "transfert"
                            | "joueur"
                            | "joueuse"
                            | "attaquant"
                            | "milieu"
                            | "defenseur"
                            | "gardien"
                            | "entraineur"
                            | "capitaine"
                            | "buteur"
                            | "footballeur"
                            | "coequipier"
                    )
                })
            };
            let de_surname = || {
                cx.f(j) == "de" && (j - a >= 2 || is_first_name(cx.f(a))) && !sports() && {
                    let k = j + 1;
                    cx.word(k)
                        && cx.toks[k].cap
                        && cx.f(k).chars().count() > 2
                        && !is_first_name(cx.f(k))
                        && !cx.toks[k].upper
                        && !cx.used[k]
                        && (!cx.place[k] || crate::extract::places::is_minor_foreign_town(cx.f(k)))
                        && !cx.country[k]
                        && org_head(cx.f(k)).is_none()
                        && cx.same_sent(a, k)
                        && !(k + 1 < n && cx.word(k + 1) && cx.toks[k + 1].cap)
                }
            };
            if cx.word(j)
                && !cx.used[j]
                && is_particle(cx.f(j))
                && (!lower_de || after_first() || de_surname())
            {
                let mut k = j + 1;
                if is_particle(cx.f(k)) && cx.word(k) {
                    k += 1;
                }
                if cx.name_tok(k) {
                    j = k + 1;
                    continue;
                }
                // "Rupa Das", "Baba Shyam Das": a capitalised "Das" that
                // ends the name is the Bengali surname, no particle.
                if is_surname_das(cx, j) {
                    j += 1;
                    continue;
                }
            }
            break;
        }
        // An initial closes the chunk with its dot.
        chunks.push((a, j));
        i = j;
    }

    // A vessel's name, told as one once ("le ferry Star Maria", "le
    // naufrage du Doña Paz"), is no person where it comes again alone
    // ("l'armateur affirme que le Star Maria …").
    let vessels: Vec<String> = chunks
        .iter()
        .filter(|&&(ca, _)| vessel_named(cx, ca))
        .map(|&(ca, cb)| chunk_key(cx, ca, cb))
        .collect();
    let mut unresolved: Vec<(usize, usize)> = Vec::new();
    for &(ca, cb) in &chunks {
        if !vessels.is_empty() && vessels.contains(&chunk_key(cx, ca, cb)) {
            continue;
        }
        let mut a = ca;
        // Leading particles are soft: "Le Drian" stays for coreference.
        // A number word opening a sentence is no name ("Cinq Casques bleus").
        while a < cb && (is_particle(cx.f(a)) || crate::extract::numbers::is_number_word(cx.f(a))) {
            a += 1;
        }
        // A capitalised title opening the chunk: "Vice-président Gaston
        // Sindimwo", "Chancelière Angela Merkel".
        while a + 1 < cb && cx.toks[a].cap && single_title(cx.f(a)) {
            a += 1;
        }
        if a >= cb {
            continue;
        }
        let b = cb;
        // A place ("Paris", "Rio de Janeiro") is no name of its own, but a
        // surname that is also a place ("Hollande") may still corefer.
        if (a..b).all(|k| cx.place[k] || is_particle(cx.f(k))) {
            unresolved.push((ca, cb));
            continue;
        }
        // A thing named after a person ("stade Nelson Mandela"), unless a
        // person's verb follows: "le muezzin de la mosquée sunnite Mohammed
        // Abdallah al-Joubouri a été abattu".
        if named_after(cx, ca) && !person_verb_after(cx, b) {
            continue;
        }
        if is_named_after_noun(cx.f(ca)) {
            continue;
        }
        // "Aïn Chams", "Tell Tamer", "Sidi Boulaalam": two words opened by
        // the head of an Arabic place name are a place, not a person
        // ("Sidi Mohamed", a first name after it, may be one).
        if b == a + 2
            && crate::extract::places::is_arabic_place_head(cx.f(a))
            && !is_first_name(cx.f(a + 1))
        {
            continue;
        }
        // 0. A demonym right before the name or opening the chunk: "le
        // Chinois Ji Boyang", "l'Australienne Mirinda Carfrae".
        let dem = if demonym_tok(cx, a) && after_det_broad(cx, a) {
            Some((a, a + 1))
        } else if a > 0 && demonym_tok(cx, a - 1) && after_det_broad(cx, a - 1) {
            Some((a - 1, a))
        } else {
            None
        };
        if let Some((d, start)) = dem {
            let known = cx.nat(d).map(str::to_string);
            let need = if known.is_some() { 1 } else { 2 };
            if b >= start + need
                && b - start <= 4
                && (start..b).all(|k| !cx.place[k] && org_head(cx.f(k)).is_none())
            {
                let title = title_before(cx, d).and_then(|t| t.0);
                push_person(
                    cx,
                    cands,
                    start,
                    end_of_name(cx, start, b),
                    title,
                    Category::Other,
                    known,
                    b - start >= 2,
                );
                continue;
            }
        }
        // ("près de Mir Ali": a place the gazetteer lacks, not a person,
        // whatever given names it holds.)
        if near_a_place(cx, a) {
            continue;
        }
        // 1. A known first name followed by at least one more name word.
        let fname = (a..b).find(|&p| {
            is_first_name(cx.f(p)) && p + 1 < b && (p == a || !cx.initial(p)) && !cx.initial(p)
        });
        if let Some(mut p) = fname {
            // Capitalised words before the first name belong to the name
            // ("Rami Abdel Rahmane") unless they complement a title
            // ("ministre de l'Intérieur Bernard Cazeneuve").
            let complement = a > 0
                && (matches!(
                    cx.f(a - 1),
                    "l'" | "d'" | "du" | "des" | "la" | "au" | "aux"
                ) || (matches!(cx.f(a - 1), "de") && title_before(cx, a).is_some()));
            // "Abou Mohammed al-Adnani": the kunya belongs to the name.
            // So does a given "Cheikh" before a first name ("Selon Cheikh
            // Tidiane Ba"; not "le cheikh Hamad").
            if p == a
                && a > ca
                && (matches!(cx.f(a - 1), "abou" | "abu" | "ibn" | "ould")
                    || cx.given_sheikh(a - 1))
                && cx.toks[a - 1].cap
            {
                p = a - 1;
            }
            if p == a + 1
                && !cx.sent_first[a]
                && !complement
                && !after_determiner(cx, a)
                && !matches!(
                    cx.f(a.wrapping_sub(1)),
                    "du" | "au" | "autre" | "aux" | "des"
                )
                && (cx.f(a.wrapping_sub(1)) != "de" || apposition_after(cx, b).is_some())
                && !demonym_like(cx.f(a))
                && cx.nat(a).is_none()
                && !cx.place[a]
            {
                p = a;
            }
            // "le maire de Nice, Christian Estrosi": the title may stand
            // before a comma.
            let before = title_before(cx, p).or_else(|| {
                (p == a && p >= 2 && cx.f(p - 1) == ",")
                    .then(|| title_before(cx, p - 1))
                    .flatten()
            });
            let (title, cat, country) = match before {
                Some((t, c, co)) => (t, c, co),
                None => match apposition_after(cx, b) {
                    Some((t, c)) => (t, c, None),
                    None => (None, Category::Other, None),
                },
            };
            // Two names side by side: "François Hollande Arnaud Montebourg";
            // not given names in a row ("Roch Marc Christian Kaboré").
            let q = (p + 2..b.saturating_sub(1)).find(|&q| {
                is_first_name(cx.f(q))
                    && !is_particle(cx.f(q - 1))
                    && !is_first_name(cx.f(q - 1))
                    && !cx.initial(q)
            });
            let end = q.unwrap_or(b);
            push_person(
                cx,
                cands,
                p,
                end_of_name(cx, p, end),
                title,
                cat,
                country,
                true,
            );
            if let Some(q) = q {
                let (t2, c2) = apposition_after(cx, b).unwrap_or((None, Category::Other));
                push_person(cx, cands, q, end_of_name(cx, q, b), t2, c2, None, true);
            }
            continue;
        }
        // 2. A title cue right before the name ("le général Zorbakhov",
        // "M. Fillon", "le président kazakh Tokayev"; four words at most:
        // "le président Abd Rabbo Mansour Hadi", none a common word, after a
        // title other than "Me", which "Wake Me Up Before You Go-Go" holds).
        if (b - ca <= 3
            || b - ca == 4 && ca > 0 && cx.f(ca - 1) != "me" && !(ca..b).any(|k| cx.lower_vocab[k]))
            && direct_cue(cx, ca)
            && let Some((title, cat, country)) = title_before(cx, ca)
        {
            let full = b - ca >= 2;
            push_person(
                cx,
                cands,
                ca,
                end_of_name(cx, ca, b),
                title,
                cat,
                country,
                full,
            );
            continue;
        }
        // 2b. A title, a comma, then the name: "le représentant spécial de
        // l'ONU, El-Ghassim Wane".
        if ca >= 2
            && cx.f(ca - 1) == ","
            // (Two or three words, an initial's full stop not counted: "K.
            // Srinivasa Rao"; four, none a common word, closed by a comma:
            // "Le Premier ministre, Khadga Prasad Sharma Oli, a …".)
            && match (ca..b).filter(|&k| cx.f(k) != ".").count() {
                2 | 3 => true,
                4 => b < cx.toks.len() && cx.f(b) == "," && !(ca..b).any(|k| cx.lower_vocab[k]),
                _ => false,
            }
            && !(ca..b).any(|k| cx.place[k])
            && let Some((title, cat, country)) = title_before(cx, ca - 1)
        {
            push_person(
                cx,
                cands,
                ca,
                end_of_name(cx, ca, b),
                title,
                cat,
                country,
                true,
            );
            continue;
        }
        // 2c. A title, a comma, then one name alone closed by a comma or
        // the sentence's end: "Le porte-parole de la BNPB, Wiyono, a
        // précisé" (a single name, as Indonesia and Myanmar give them; a
        // surname alone is then linked to its full name told elsewhere).
        if ca >= 2
            && b == ca + 1
            && cx.f(ca - 1) == ","
            && matches!(cx.f(b), "," | ".")
            && !cx.place[ca]
            && !cx.country[ca]
            && !cx.toks[ca].upper
            && cx.f(ca).chars().count() > 3
            && let Some((Some(title), cat, country)) = title_before(cx, ca - 1)
        {
            push_person(cx, cands, ca, b, Some(title), cat, country, false);
            continue;
        }
        // 3. An apposition after the name.
        // ("la gendarmerie d'Ambalavao, le capitaine Hery Rakotondrabe": a
        // title and a name after the complement of a noun are another
        // person's.)
        if let Some((title, cat)) = apposition_after(cx, b)
            && !(ca > 0
                && matches!(cx.f(ca - 1), "de" | "d'" | "du" | "des")
                && introduces_a_name(cx, b))
            && (b - ca >= 2 || !cx.sent_first[ca] || is_first_name(cx.f(ca)))
            && !after_locative(cx, ca)
            && b - ca <= 4
            && !cx.place[a]
            && !after_determiner(cx, ca)
        {
            let full = b - ca >= 2;
            push_person(
                cx,
                cands,
                ca,
                end_of_name(cx, ca, b),
                title,
                cat,
                None,
                full,
            );
            continue;
        }
        // 3b. A regnal name after a title: "le pape des coptes Tawadros
        // II", "le roi Mohammed VI".
        if b - ca == 2
            && roman(cx, b - 1)
            && cx.name_tok(ca)
            && !cx.place[ca]
            && org_head(cx.f(ca)).is_none()
            && role_before(cx, ca)
        {
            let (title, cat, country) =
                title_before(cx, ca).unwrap_or((None, Category::Other, None));
            push_person(cx, cands, ca, b, title, cat, country, true);
            continue;
        }
        // 4. A name unknown to the lexicons, told a person's by what it
        // does or by the noun it stands for: "Jacline Mouraud a affirmé
        // que…", "Satoshi Uematsu a été interpellé", "le tueur de 26 ans,
        // Satoshi Uematsu, …", "un homme nommé Larossi Abballa".
        if (2..=3).contains(&(b - ca))
            && (ca..b).all(|k| {
                cx.name_tok(k)
                    // (A kunya may open the name: "Abou Aqla Keikal".)
                    && (!is_particle(cx.f(k))
                        || k == ca
                            && b - ca == 3
                            && matches!(cx.f(k), "abou" | "abu" | "ould" | "ibn"))
                    && org_head(cx.f(k)).is_none()
                    && !cx.place[k]
                    && !cx.country[k]
            })
            && !after_determiner(cx, ca)
            && !after_locative(cx, ca)
            && !english(cx, ca)
            && !matches!(cx.f(ca.wrapping_sub(1)), "du" | "des")
            && (person_verb_after(cx, b)
                || speaker_after_quote(cx, ca)
                || of_a_person_noun(cx, ca)
                || led_by_before(cx, ca)
                || (ca > 0 && named_by(cx.f(ca - 1)) && role_before(cx, ca - 1))
                || (matches!(cx.f(b), "," | "." | "(" | "")
                    && ca > 0
                    && cx.f(ca - 1) == ","
                    && role_before(cx, ca - 1)))
            && !(ca..b).any(|k| crate::extract::places::is_country_or_region(cx.f(k)))
        {
            push_person(cx, cands, ca, b, None, Category::Other, None, true);
            continue;
        }
        unresolved.push((ca, cb));
    }

    // A two- or three-word name whose last word also stands alone elsewhere
    // in the text ("Jacline Mouraud" ... "Mouraud") is a person's name
    // even without a known first name.
    let alone: FxHashSet<&str> = unresolved
        .iter()
        .filter(|&&(a, b)| b - a == 1 && !after_locative(cx, a) && !english(cx, a))
        .map(|&(a, _)| cx.toks[a].f)
        .collect();
    let mut rest = Vec::new();
    for (ca, cb) in unresolved {
        let len = cb - ca;
        let plain = (ca..cb).all(|k| {
            cx.name_tok(k) && !is_particle(cx.f(k)) && org_head(cx.f(k)).is_none() && !cx.place[k]
        }) && !crate::extract::numbers::is_number_word(cx.f(ca));
        if (2..=3).contains(&len)
            && plain
            && alone.contains(cx.f(cb - 1))
            && !after_determiner(cx, ca)
            && !after_locative(cx, ca)
            && !english(cx, ca)
            && !(cx.sent_first[ca] && headline(cx, ca))
            && !(ca > 0
                && cx.word(ca - 1)
                && (cx.toks[ca - 1].cap
                    || cx.toks[ca - 1].f.starts_with(|c: char| c.is_ascii_digit())))
            && !(ca > 0 && is_named_after_noun(cx.f(ca - 1)))
        {
            let (title, cat, country) =
                title_before(cx, ca).unwrap_or((None, Category::Other, None));
            push_person(cx, cands, ca, cb, title, cat, country, true);
        } else {
            rest.push((ca, cb));
        }
    }
    let unresolved = rest;

    // A run of capitalised words closed by the head of a company or a
    // body in English ("International Crisis Group", "Lao Holding State
    // Enterprise") names an organisation.
    let mut rest = Vec::new();
    for (ca, cb) in unresolved {
        let mut a = ca;
        while a < cb && is_particle(cx.f(a)) {
            a += 1;
        }
        if cb >= a + 2
            && ORG_SUFFIXES.contains(&cx.f(cb - 1))
            && (a..cb).all(|k| cx.name_tok(k) && !cx.used[k] && !is_particle(cx.f(k)))
        {
            let key = format!("org:{}", norm_key(cx.raw(a, cb)));
            push_org(cx, cands, a, cb, key, Category::Other, None);
        } else {
            rest.push((ca, cb));
        }
    }
    let unresolved = rest;

    // Coreference: surnames of the full names.
    let mut surnames: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (ci, c) in cands.iter().enumerate() {
        if c.kind != ActorKind::Person || !c.full {
            continue;
        }
        for k in c.a + 1..c.b {
            if !cx.word(k) {
                continue;
            }
            // "de Gaulle" is a surname, "Gaulle" alone is not.
            if !cx.toks[k - 1].cap && is_particle(cx.f(k - 1)) {
                continue;
            }
            if !cx.toks[k].cap && !is_particle(cx.f(k)) {
                continue;
            }
            if cx.initial(k) {
                continue;
            }
            let key = norm_key(cx.raw(k, c.b));
            // "al-Assad" is also "Assad".
            for p in [
                "al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-",
            ] {
                if let Some(rest) = key.strip_prefix(p)
                    && !rest.is_empty()
                {
                    surnames.entry(rest.to_string()).or_default().push(ci);
                }
            }
            surnames.entry(key).or_default().push(ci);
            // "Fabrice Mbuyi Kalonji" is also "Mbuyi", "Nicolás Maduro
            // Moros" "Maduro": the first of two surnames (not a second
            // given name: "Jean Marie Le Pen" is no "Marie"); after two
            // given names, and before a particle, too ("Jorge Hernando
            // Mora de Castro" is "Mora").
            let second_surname = |j: usize| {
                j < c.b
                    && cx.word(j)
                    && (cx.toks[j].cap
                        || is_particle(cx.f(j))
                            && j + 1 < c.b
                            && cx.word(j + 1)
                            && cx.toks[j + 1].cap)
            };
            // (Only given names before it: none right after the first.)
            if (c.a + 1..k).all(|j| cx.word(j) && known_first_name(cx.f(j)))
                && second_surname(k + 1)
                && !is_particle(cx.f(k))
                // (A word of the first-name list after two given names is
                // a surname: "Jorge Hernando Mora de Castro".)
                && (!known_first_name(cx.f(k)) || k >= c.a + 2)
            {
                surnames
                    .entry(norm_key(cx.raw(k, k + 1)))
                    .or_default()
                    .push(ci);
            }
        }
    }
    let surnames: FxHashMap<String, Owners> = surnames
        .into_iter()
        .map(|(k, owners)| (k, Owners::new(cands, &owners)))
        .collect();
    // A full name that is the tail of a longer one ("Tayyip Erdogan").
    let keys: Vec<(usize, String)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == ActorKind::Person)
        .map(|(ci, c)| (ci, c.key.clone()))
        .collect();
    for (ci, key) in keys {
        if let Some(owners) = surnames.get(&key)
            && let Some(o) = owners.longer_than(cands[ci].b - cands[ci].a)
        {
            cands[ci].key = cands[o].key.clone();
        }
    }
    // Cue-found surnames ("M. Fillon") and unresolved chunks.
    let person_idx: Vec<usize> = (0..cands.len())
        .filter(|&ci| cands[ci].kind == ActorKind::Person && !cands[ci].full)
        .collect();
    for ci in person_idx {
        let key = norm_key(cx.raw(cands[ci].a, cands[ci].b));
        let owner = match surnames.get(&key) {
            Some(owners) => Some(owners.nearest_before(cands[ci].a)),
            None => surname_first(cx, cands, ci),
        };
        if let Some(o) = owner {
            cands[ci].key = cands[o].key.clone();
            if cands[ci].title.is_none() {
                cands[ci].title = cands[o].title.clone();
            }
        }
    }
    for (ca, cb) in unresolved {
        let mut i = ca;
        while i < cb {
            let mut hit = None;
            for len in (1..=(cb - i).min(4)).rev() {
                let key = norm_key(cx.raw(i, i + len));
                if let Some(owners) = surnames.get(&key) {
                    hit = Some((len, owners.nearest_before(i)));
                    break;
                }
            }
            // "en France", "au Canada": a place, even if a person bears the
            // name; "à Macron", "sur Fillon" stay persons. The name of a
            // country alone is the country ("Burundi : …"), whoever bears it.
            if i == ca
                && (matches!(
                    cx.f(i.wrapping_sub(1)),
                    "en" | "au" | "aux" | "dans" | "vers"
                ) || after_determiner(cx, i)
                    || hit.is_some_and(|(len, _)| (i..i + len).all(|k| cx.country[k])))
            {
                hit = None;
            }
            match hit {
                Some((len, o)) => {
                    // "E. Macron": a leading initial belongs to the name.
                    let start = if i >= ca + 2 && cx.initial(i - 2) {
                        i - 2
                    } else {
                        i
                    };
                    let c = Cand {
                        a: start,
                        b: i + len,
                        kind: ActorKind::Person,
                        key: cands[o].key.clone(),
                        title: cands[o].title.clone(),
                        category: cands[o].category,
                        country: cands[o].country.clone(),
                        full: false,
                        rank: usize::MAX,
                    };
                    for k in c.a..c.b {
                        cx.used[k] = true;
                        cx.person[k] = true;
                    }
                    cands.push(c);
                    i += len;
                }
                None => i += 1,
            }
        }
    }
    coordinated_persons(cx, cands, &chunks);
}

/// Past participles of what is said or done by a person, after "a":
/// "a déclaré", "a succombé".
const PERSON_ACTS: &[&str] = &[
    "declare",
    "indique",
    "affirme",
    "explique",
    "ajoute",
    "precise",
    "estime",
    "confie",
    "raconte",
    "temoigne",
    "souligne",
    "succombe",
    "demissionne",
    "reconnu",
    "avoue",
    "confirme",
    "denonce",
    "dit",
    "repondu",
    "assure",
];

/// Past participles of what befalls a person, after "a été": "a été
/// abattu", "a été élue".
const PERSON_FATES: &[&str] = &[
    "tue",
    "tuee",
    "abattu",
    "abattue",
    "assassine",
    "assassinee",
    "blesse",
    "blessee",
    "elu",
    "elue",
    "reelu",
    "reelue",
    "arrete",
    "arretee",
    "interpelle",
    "interpellee",
    "condamne",
    "condamnee",
    "apercu",
    "apercue",
    "inculpe",
    "inculpee",
    "hospitalise",
    "hospitalisee",
    "enleve",
    "enlevee",
    "kidnappe",
    "kidnappee",
    "poignarde",
    "poignardee",
    "execute",
    "executee",
    "nomme",
    "nommee",
    "decore",
    "decoree",
    "mis",
    "mise",
    "retrouve",
    "retrouvee",
];

/// A person's verb right after a name ending before token `b`: "a
/// déclaré", "a été abattu", "est décédé", "s'est suicidé", "déclare".
fn person_verb_after(cx: &Ctx, b: usize) -> bool {
    let word = |k: usize, set: &[&str]| cx.word(k) && set.contains(&cx.f(k));
    match cx.f(b) {
        "a" | "avait" | "aurait" => {
            if cx.f(b + 1) == "ete" {
                word(b + 2, PERSON_FATES)
            } else {
                word(b + 1, PERSON_ACTS)
            }
        }
        "est" | "etait" | "serait" => {
            matches!(
                cx.f(b + 1),
                "decede" | "decedee" | "mort" | "morte" | "ne" | "nee" | "ete"
            ) && (cx.f(b + 1) != "ete" || word(b + 2, PERSON_FATES))
        }
        "s'" => {
            cx.f(b + 1) == "est"
                && matches!(
                    cx.f(b + 2),
                    "dit"
                        | "dite"
                        | "exprime"
                        | "exprimee"
                        | "suicide"
                        | "suicidee"
                        | "confie"
                        | "confiee"
                        | "rendu"
                        | "rendue"
                )
        }
        "declare" | "affirme" | "explique" | "ajoute" | "estime" | "raconte" | "temoigne"
        | "confie" | "souligne" | "succombe" => true,
        _ => false,
    }
}

/// The name is the speaker of the quotation it follows: "« … »,
/// dénonce Hanta Rakotomalala", "« … », a expliqué Georges Tabi" (the
/// closing mark folded to ">>" or '"').
fn speaker_after_quote(cx: &Ctx, a: usize) -> bool {
    // Verbs of saying beside those of [`PERSON_ACTS`] (whose participles
    // fold as their present: "déclaré", "déclare").
    const SAYS: &[&str] = &[
        "insiste",
        "martele",
        "regrette",
        "deplore",
        "rappelle",
        "resume",
        "commente",
        "poursuit",
        "lance",
        "soupire",
        "tempete",
        "reconnait",
        "admet",
        "note",
        "observe",
        "avertit",
        "previent",
    ];
    if a < 3 {
        return false;
    }
    // ("« … », a confié à l'APS Moustapha Diop", "a déclaré à Reuters
    // Faisal Edhi": whom it was told to, between the verb and the name.)
    let verb = if a >= 6 && cx.toks[a - 1].upper && cx.f(a - 2) == "l'" && cx.f(a - 3) == "a" {
        a - 4
    } else if a >= 5 && cx.toks[a - 1].cap && matches!(cx.f(a - 2), "a" | "au") {
        a - 3
    } else {
        a - 1
    };
    let comma = if cx.f(verb - 1) == "a" {
        verb - 2
    } else {
        verb - 1
    };
    comma >= 1
        && (PERSON_ACTS.contains(&cx.f(verb)) || SAYS.contains(&cx.f(verb)))
        && cx.f(comma) == ","
        && matches!(cx.f(comma - 1), ">>" | "\"")
}

/// The name follows a noun that only a person complements: "l'exécution
/// de Nimr Baqer al-Nimr", "la mort de Mahsa Amini", "le concert d'Ariana
/// Grande", "la compagne d'Amedy Coulibaly".
fn of_a_person_noun(cx: &Ctx, a: usize) -> bool {
    const NOUNS: &[&str] = &[
        "assassinat",
        "execution",
        "meurtre",
        "arrestation",
        "interpellation",
        "enlevement",
        "liberation",
        "mort",
        "deces",
        "obseques",
        "funerailles",
        "proces",
        "condamnation",
        "extradition",
        "concert",
        "compagne",
        "compagnon",
        "epouse",
        "veuve",
        "mari",
        "fils",
        "fille",
        "frere",
        "soeur",
        "pere",
        "mere",
        "avocat",
        "avocate",
        "entourage",
        "demission",
        "limogeage",
        "investiture",
        "meurtrier",
        "assassin",
    ];
    a >= 2 && matches!(cx.f(a - 1), "de" | "d'") && NOUNS.contains(&cx.f(a - 2))
}

/// "le gang Gran Grif, dirigé par Luckson Élan", "une bande menée par
/// X": the name at token `a` follows a participle of leading and "par".
fn led_by_before(cx: &Ctx, a: usize) -> bool {
    a >= 2
        && cx.f(a - 1) == "par"
        && cx.same_sent(a - 2, a)
        && matches!(
            cx.f(a - 2).trim_end_matches('s').trim_end_matches('e'),
            "dirig" | "men" | "command" | "fond"
        )
}

/// A naming participle: "un homme nommé X".
fn named_by(f: &str) -> bool {
    matches!(f, "nomme" | "nommee" | "prenomme" | "prenommee")
}

/// Nouns of a person that a name in apposition stands for: "le tueur de
/// 26 ans, X", "le père de famille, X", "un officier de sécurité, X".
const PERSON_NOUNS: &[&str] = &[
    "homme",
    "femme",
    "tueur",
    "tueuse",
    "pere",
    "mere",
    "fils",
    "fille",
    "frere",
    "soeur",
    "epoux",
    "epouse",
    "mari",
    "veuve",
    "auteur",
    "suspect",
    "suspecte",
    "assaillant",
    "assaillante",
    "victime",
    "temoin",
    "conducteur",
    "conductrice",
    "chauffeur",
    "pilote",
    "officier",
    "responsable",
    "porte-parole",
    "gouverneur",
    "directeur",
    "directrice",
    "militant",
    "militante",
    "journaliste",
    "photographe",
    "avocat",
    "avocate",
    "medecin",
    "habitant",
    "habitante",
    "agresseur",
    "meurtrier",
    "terroriste",
    "kamikaze",
    "tireur",
    "compagne",
    "compagnon",
    "enfant",
    "adolescent",
    "adolescente",
    "jeune",
    "etudiant",
    "etudiante",
    "chef",
    "commandant",
    "leader",
    "fondateur",
    "fondatrice",
    "representant",
    "representante",
    "dirigeant",
    "dirigeante",
    "survivant",
    "survivante",
    "passager",
    "passagere",
    "adjoint",
    "adjointe",
    "successeur",
    "predecesseur",
    "rival",
    "rivale",
    "opposant",
    "opposante",
    "candidat",
    "candidate",
    "collegue",
    "voisin",
    "voisine",
    "patron",
    "patronne",
    "secretaire",
    // Those the news hears from: "un rescapé, X", "un de leurs
    // commandants dans la région, X".
    "rescape",
    "rescapee",
    "blesse",
    "blessee",
    "otage",
    "pecheur",
    "ouvrier",
    "ouvriere",
    "infirmier",
    "infirmiere",
    "commercant",
    "commercante",
    "agriculteur",
    "agricultrice",
    "eleveur",
    "enseignant",
    "enseignante",
    "secouriste",
    "sauveteur",
    "commandants",
    "chefs",
];

/// A person noun (or a title), then up to five lower-case words or
/// digits, before token `end` (a comma or a naming participle): "le
/// tueur de 26 ans, X", "un homme de 25 ans nommé X".
fn role_before(cx: &Ctx, end: usize) -> bool {
    if end == 0 {
        return false;
    }
    let lo = end.saturating_sub(7);
    let mut k = end - 1;
    loop {
        if !cx.same_sent(k, end) || !cx.word(k) || cx.toks[k].cap && !cx.sent_first[k] {
            return false;
        }
        if PERSON_NOUNS.contains(&cx.f(k)) || title_ending_at(cx, k).is_some() {
            return true;
        }
        if k == lo {
            return false;
        }
        k -= 1;
    }
}

/// The full name, told before, whose surname comes first that a cue-found
/// name `ci` ("M. Zhang") is, when no full name ends on it: the only full
/// name of two words that opens on it ("Zhang Jianguo", as the Chinese and
/// Korean press write names). (A cue is never followed by a given name
/// alone: "M. Jean" is no one's first name here.)
fn surname_first(cx: &Ctx, cands: &[Cand], ci: usize) -> Option<usize> {
    let c = &cands[ci];
    // (After a title, a known given name is a name of its own: "le pape
    // François" is not "François Hollande"; after "M." or a kinship, the
    // surname: "M. Zhang", "son épouse Penelope".)
    if c.b - c.a != 1 || c.title.is_some() && known_first_name(cx.f(c.a)) {
        return None;
    }
    let mut owners = cands.iter().enumerate().filter(|(_, o)| {
        o.kind == ActorKind::Person
            && o.full
            && o.a < c.a
            && o.b - o.a == 2
            && cx.f(o.a) == cx.f(c.a)
    });
    let first = owners.next()?.0;
    owners.next().is_none().then_some(first)
}

/// Lone capitalised names listed with persons ("Hollande, Mélenchon,
/// Estrosi et Juppé") are persons too.
fn coordinated_persons(cx: &mut Ctx, cands: &mut Vec<Cand>, chunks: &[(usize, usize)]) {
    for _ in 0..3 {
        let mut person_end: FxHashMap<usize, usize> = FxHashMap::default();
        let mut person_start: FxHashMap<usize, usize> = FxHashMap::default();
        for (ci, c) in cands.iter().enumerate() {
            if c.kind == ActorKind::Person {
                person_end.insert(c.b, ci);
                person_start.insert(c.a, ci);
            }
        }
        let mut added = false;
        for &(ca, cb) in chunks {
            if cb - ca > 2 || (ca..cb).any(|k| cx.used[k]) {
                continue;
            }
            if !(ca..cb).all(|k| {
                cx.name_tok(k)
                    && !cx.place[k]
                    && org_head(cx.f(k)).is_none()
                    && !single_title(cx.f(k))
                    && !demonym_tok(cx, k)
            }) {
                continue;
            }
            if after_locative(cx, ca)
                || after_determiner(cx, ca)
                || cx.sent_first[ca]
                || matches!(cx.f(ca.wrapping_sub(1)), "du" | "des" | "aux")
            {
                continue;
            }
            let list = |k: usize| matches!(cx.f(k), "," | "et" | "ou");
            let before = ca >= 2 && list(ca - 1) && person_end.contains_key(&(ca - 1));
            let after = list(cb)
                && person_start.contains_key(&(cb + 1))
                && matches!(
                    cx.f(ca.wrapping_sub(1)),
                    "," | ":" | "comme" | "tels" | "telles" | "dont" | "entre"
                );
            if !(before || after) {
                continue;
            }
            // The neighbour itself must be a name standing alone in the list.
            push_person(cx, cands, ca, cb, None, Category::Other, None, cb - ca >= 2);
            added = true;
        }
        if !added {
            break;
        }
    }
}

/// The token before `a` is an article or determiner: "le Sud-Africain X",
/// "la Martinière".
fn after_determiner(cx: &Ctx, a: usize) -> bool {
    a > 0
        && matches!(
            cx.f(a - 1),
            "le" | "la" | "l'" | "les" | "un" | "une" | "ce" | "cette" | "son" | "sa" | "leur"
        )
}

/// Nouns after which a capitalised name names a thing: "prix Nobel",
/// "stade Nelson Mandela", "télescope James Webb".
const NAMED_AFTER: &[&str] = &[
    "prix",
    "trophee",
    "telescope",
    "stade",
    "rue",
    "avenue",
    "boulevard",
    "autoroute",
    "route",
    "rocade",
    "peripherique",
    "prison",
    "penitencier",
    "barrage",
    // Armed units named after people: "le front Carlos Patiño", "le bloc
    // Martín Caballero", "la colonne mobile Jaime Martínez".
    "front",
    "bloc",
    "colonne",
    "mobile",
    "bataillon",
    "katiba",
    "place",
    "pont",
    "aeroport",
    "lycee",
    "college",
    "ecole",
    "hopital",
    "universite",
    "fondation",
    "institut",
    "musee",
    "centre",
    "salle",
    "gare",
    "station",
    "quai",
    "square",
    "parc",
    "allee",
    "impasse",
    "memorial",
    "operation",
    "coupe",
    "tournoi",
    "grand",
    "mont",
    "cap",
    "lac",
    "ile",
    "iles",
    "golfe",
    "detroit",
    "canal",
    "ville",
    "fort",
    "camp",
    "base",
    // (And the vessels of [`VESSELS`].)
    "satellite",
    "sonde",
    "mission",
    "programme",
    "festival",
    "loi",
    "plan",
    "projet",
    "hotel",
    "theatre",
    "opera",
    "eglise",
    "cathedrale",
    "mosquee",
    "basilique",
    "chapelle",
    "paroisse",
    "residence",
    "quartier",
    "galerie",
    "film",
    "album",
    "roman",
    "serie",
    "emission",
    "bar",
    "restaurant",
    "club",
    "discotheque",
    "cafe",
    "boutique",
    "magasin",
    "journal",
    "magazine",
    "revue",
    "quotidien",
    "hebdomadaire",
    "chaine",
    "marque",
    "entreprise",
    "societe",
    "compagnie",
    "groupe",
    "concours",
    "salon",
    "exposition",
];

/// Nouns of vessels, whose name follows them ("le ferry Doña Paz", "le MV
/// Maria Estrella"): things named after people, and a vessel's name once
/// told (see [`vessel_named`]).
const VESSELS: &[&str] = &[
    "navire",
    "ferry",
    "bateau",
    "cargo",
    "paquebot",
    "petrolier",
    "chalutier",
    "vraquier",
    "porte-conteneurs",
    "remorqueur",
    "voilier",
    "yacht",
    "mv",
    "hms",
    "uss",
    "porte-avions",
    "sous-marin",
    "fregate",
    "transbordeur",
    "caboteur",
    "roulier",
    "patrouilleur",
];

/// One of the [`NAMED_AFTER`] nouns or of the [`VESSELS`].
fn is_named_after_noun(f: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
        let mut set = word_set(NAMED_AFTER);
        set.extend(VESSELS);
        set
    });
    SET.contains(f)
}

/// A thing named after a person: "stade Nelson Mandela", "porte-avions
/// russe Amiral Kouznetsov", "télescope spatial James Webb".
fn named_after(cx: &Ctx, a: usize) -> bool {
    if a == 0 {
        return false;
    }
    if is_named_after_noun(cx.f(a - 1)) {
        return true;
    }
    let adj = |k: usize| {
        cx.word(k)
            && !cx.toks[k].cap
            && (cx.nat(k).is_some()
                || ORG_ADJ.contains(cx.f(k))
                || demonym_like(cx.f(k))
                || matches!(
                    cx.f(k),
                    "spatial"
                        | "nouveau"
                        | "nouvelle"
                        | "celebre"
                        | "grand"
                        | "grande"
                        | "universitaire"
                        | "psychiatrique"
                        | "pediatrique"
                ))
    };
    a >= 2 && adj(a - 1) && is_named_after_noun(cx.f(a - 2))
}

/// The folded words of the chunk `a..b`, joined by spaces.
fn chunk_key(cx: &Ctx, a: usize, b: usize) -> String {
    (a..b).map(|k| cx.f(k)).collect::<Vec<_>>().join(" ")
}

/// The name at token `a` is a vessel's: after a noun of vessel ("le
/// ferry", "le MV", "le chalutier") or as what sank or what one was on
/// ("le naufrage du Doña Paz", "à bord du Star Maria").
fn vessel_named(cx: &Ctx, a: usize) -> bool {
    if a == 0 {
        return false;
    }
    if VESSELS.contains(&cx.f(a - 1)) {
        return true;
    }
    a >= 2
        && matches!(cx.f(a - 1), "du" | "de")
        && matches!(cx.f(a - 2), "naufrage" | "bord" | "chavirement")
}

/// Kinship nouns that name the person who follows.
const KINSHIP: &[&str] = &[
    "frere",
    "freres",
    "soeur",
    "soeurs",
    "fils",
    "fille",
    "filles",
    "epouse",
    "mari",
    "veuve",
    "veuf",
    "neveu",
    "niece",
    "cousin",
    "cousine",
    "oncle",
    "tante",
    "compagne",
    "compagnon",
    "beau-frere",
    "belle-soeur",
    "beau-pere",
    "belle-mere",
    "gendre",
    "petit-fils",
    "petite-fille",
    "grand-pere",
    "grand-mere",
];

/// One of the [`KINSHIP`] nouns.
fn is_kinship(f: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| word_set(KINSHIP));
    SET.contains(f)
}

/// A title cue (or "M.", "Mme") ends right before token `a`, possibly
/// followed by a nationality adjective ("le président kazakh").
fn direct_cue(cx: &Ctx, a: usize) -> bool {
    if a == 0 {
        return false;
    }
    let mut k = a - 1;
    if cx.f(k) == "." && k >= 1 {
        return matches!(cx.f(k - 1), "m" | "mm" | "mme" | "mlle" | "dr" | "pr");
    }
    if matches!(
        cx.f(k),
        "mme" | "mlle" | "monsieur" | "madame" | "mademoiselle" | "me" | "mgr" | "dr" | "pr"
    ) || is_kinship(cx.f(k))
    {
        return true;
    }
    // ("le capitaine X", "l'évêque X": a title shaped like a demonym is
    // the title.)
    // ("le président provisoire X": its standing.)
    while k > 0
        && !cx.toks[k].cap
        && (cx.nat(k).is_some() || demonym_like(cx.f(k)) || STANDING.contains(&cx.f(k)))
        && title_ending_at(cx, k).is_none()
    {
        k -= 1;
    }
    title_ending_at(cx, k).is_some()
}

/// An upper-case Roman numeral from I to XXX.
fn roman(cx: &Ctx, i: usize) -> bool {
    cx.word(i)
        && !cx.used[i]
        && cx.toks[i].cap
        && cx.text[cx.toks[i].s..cx.toks[i].e]
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X'))
        && cx.toks[i].e - cx.toks[i].s <= 5
}

/// A one-word title ("président", "vice-président", "chancelière").
fn single_title(f: &str) -> bool {
    TITLES
        .get(f)
        .is_some_and(|v| v.iter().any(|(w, _)| w.len() == 1))
}

/// A capitalised demonym: known to the nationality table, or shaped like
/// one ("Australienne", "Hollandais", "Britanniques").
fn demonym_tok(cx: &Ctx, k: usize) -> bool {
    if !cx.word(k) || !cx.toks[k].cap || cx.toks[k].upper {
        return false;
    }
    let f = cx.f(k);
    if cx.nat(k).is_some() {
        return true;
    }
    if CAP_STOP.contains(f) || org_head(f).is_some() || is_named_after_noun(f) {
        return false;
    }
    // "Néo-Zélandaise", "Sud-Africain": the last part decides.
    let last = f.rsplit('-').next().unwrap_or(f);
    let sing = last.strip_suffix('s').unwrap_or(last);
    sing.len() > 4 && demonym_like(sing) && !known_first_name(f)
}

/// A determiner before a demonym noun: "le", "l'", "la", "les", "un",
/// "une", "du", "des", "au", "aux", "autre", "compatriote".
fn after_det_broad(cx: &Ctx, a: usize) -> bool {
    a > 0
        && matches!(
            cx.f(a - 1),
            "le" | "la"
                | "l'"
                | "les"
                | "un"
                | "une"
                | "du"
                | "des"
                | "au"
                | "aux"
                | "autre"
                | "jeune"
        )
}

/// The tokens before `a` tell nearness to a place: "près de", "aux abords
/// de", "au large de" ("près de Mir Ali").
fn near_a_place(cx: &Ctx, a: usize) -> bool {
    a > 1
        && matches!(cx.f(a - 1), "de" | "d'")
        && matches!(
            cx.f(a - 2),
            "pres" | "proximite" | "abords" | "environs" | "alentours" | "large"
        )
}

/// The token before `a` is a locative preposition: "à Paris", "au Canada".
fn after_locative(cx: &Ctx, a: usize) -> bool {
    a > 0
        && matches!(
            cx.f(a - 1),
            "a" | "en" | "au" | "aux" | "vers" | "dans" | "sur" | "pres"
        )
}

/// Token `a` stands in an English sentence (quoted titles, licences).
fn english(cx: &Ctx, a: usize) -> bool {
    let sent = cx.toks[a].sent;
    let lo = a.saturating_sub(12);
    let hi = (a + 12).min(cx.toks.len());
    (lo..hi)
        .any(|k| cx.toks[k].sent == sent && matches!(cx.f(k), "the" | "of" | "and" | "you" | "for"))
}

/// Token `a` lies in a headline paragraph.
fn headline(cx: &Ctx, a: usize) -> bool {
    cx.headline.get(cx.toks[a].sent).copied().unwrap_or(false)
}

/// A capitalised demonym ("Espagnol", "Sud-Africain", "Britannique")
/// by its ending, for words the nationality table may not know.
fn demonym_like(f: &str) -> bool {
    [
        "ain", "aine", "ais", "aise", "ien", "ienne", "ois", "oise", "ol", "ole", "and", "ande",
        "que", "ite", "eque",
    ]
    .iter()
    .any(|suf| f.ends_with(suf))
}

/// The category a title's complement implies: "président du tribunal"
/// (judiciary), "chef de l'armée" (military).
fn refine_category(title: &str, category: Category) -> Category {
    let t = fold(title);
    let has = |ws: &[&str]| ws.iter().any(|w| t.split([' ', '\'']).any(|x| x == *w));
    if has(&["tribunal", "cour", "parquet", "justice", "juridiction"]) {
        Category::Judiciary
    } else if has(&[
        "armee",
        "armees",
        "etat-major",
        "militaire",
        "junte",
        "marine",
    ]) {
        Category::Military
    } else if has(&["police", "gendarmerie"]) {
        Category::Police
    } else if has(&[
        "onu", "nations", "otan", "ue", "unicef", "hcr", "cicr", "msf", "oms",
    ]) {
        Category::International
    } else {
        category
    }
}

/// The owner of a surname: the nearest full name before `at`, else the first.
/// The full names (candidates) that own one surname, indexed so that a
/// document repeating a name thousands of times stays linear.
struct Owners {
    /// The first owner, in candidate order.
    first: usize,
    /// (start token, owner) by start; owners with one start in candidate order.
    by_start: Vec<(usize, usize)>,
    /// (length, owner) of each owner longer than every one before it.
    longer: Vec<(usize, usize)>,
}

impl Owners {
    /// `owners`: candidate indices, in candidate order (not empty).
    fn new(cands: &[Cand], owners: &[usize]) -> Owners {
        let mut by_start: Vec<(usize, usize)> = owners.iter().map(|&o| (cands[o].a, o)).collect();
        by_start.sort_by_key(|&(a, _)| a);
        let mut longer: Vec<(usize, usize)> = Vec::new();
        for &o in owners {
            let len = cands[o].b - cands[o].a;
            if longer.last().is_none_or(|&(l, _)| len > l) {
                longer.push((len, o));
            }
        }
        Owners {
            first: owners[0],
            by_start,
            longer,
        }
    }

    /// The first owner longer than `len` tokens (the first owner longer
    /// than `len` is longer than every one before it).
    fn longer_than(&self, len: usize) -> Option<usize> {
        self.longer.iter().find(|&&(l, _)| l > len).map(|&(_, o)| o)
    }

    /// The owner that starts last before token `at` (of several with one
    /// start, the last in candidate order), else the first owner.
    fn nearest_before(&self, at: usize) -> usize {
        match self.by_start.partition_point(|&(a, _)| a < at) {
            0 => self.first,
            k => self.by_start[k - 1].1,
        }
    }
}

/// "le ministère public" at token `i`: the prosecution, a judiciary name
/// of its own without a capitalised complement.
fn is_prosecution(cx: &Ctx, i: usize) -> bool {
    cx.f(i) == "ministere" && cx.f(i + 1) == "public"
}

/// A capitalised "Das" after a name word and before no other: the
/// surname ("Rupa Das"), not the particle of "Maria das Dores".
fn is_surname_das(cx: &Ctx, j: usize) -> bool {
    cx.f(j) == "das" && cx.toks[j].cap && j > 0 && cx.name_tok(j - 1) && !cx.name_tok(j + 1)
}

/// Trim trailing particles from a name span and include an initial's dot.
fn end_of_name(cx: &Ctx, a: usize, mut b: usize) -> usize {
    while b > a + 1 && is_particle(cx.f(b - 1)) && !is_surname_das(cx, b - 1) {
        b -= 1;
    }
    if cx.initial(b - 1) {
        b += 1;
    }
    b
}

/// Last words of company names ("Echo Transportation", "Linden Cars",
/// "Air Lines", "Holdings"), in English and French.
const ORG_SUFFIXES: &[&str] = &[
    "transportation",
    "transport",
    "transports",
    "cars",
    "airlines",
    "airways",
    "lines",
    "group",
    "groupe",
    "holding",
    "holdings",
    "inc",
    "ltd",
    "llc",
    "corp",
    "watch",
    "foundation",
    "institute",
    "council",
    "engineering",
    "construction",
    "enterprise",
    "corporation",
    "company",
    "compagnie",
    "motors",
    "systems",
    "technologies",
    "technology",
    "partners",
    "capital",
    "bank",
    "industries",
    "international",
    "solutions",
    "services",
    "energy",
    "pharmaceuticals",
    "network",
    "networks",
    "media",
    "records",
    "entertainment",
    // Political bodies named in English: "Social Democratic Front",
    // "Rwandan Patriotic Front", "Arakan Army", "African National Congress".
    "front",
    "party",
    "congress",
    "movement",
    "army",
    "studios",
    "sa",
    "sarl",
    "sas",
    "gmbh",
    "ag",
    "plc",
];

#[allow(clippy::too_many_arguments)]
fn push_person(
    cx: &mut Ctx,
    cands: &mut Vec<Cand>,
    a: usize,
    b: usize,
    title: Option<String>,
    category: Category,
    country: Option<String>,
    full: bool,
) {
    // "Echo Transportation", "Linden Cars", "Delta Air Lines": a company
    // word at the end names an organisation, not a person.
    // "le marché de Noël de Strasbourg", "le Père Noël": the holiday.
    if cx.f(a) == "noel" && a > 0 && matches!(cx.f(a - 1), "de" | "pere") {
        return;
    }
    // "Sur le réseau social X, l'adjoint au maire": one letter alone is no
    // one's name.
    if b - a == 1 && cx.toks[a].f.chars().count() == 1 {
        return;
    }
    // "le Corriere del Veneto", "la Costa del Sol", "la Defensoría del
    // Pueblo": a foreign particle in lower case after a capitalised word
    // ends the name of a paper, a coast or an office, no person's.
    if title.is_none()
        && !cx.toks[a].cap
        && matches!(
            cx.f(a),
            "del" | "della" | "dello" | "delle" | "degli" | "dos" | "das" | "do" | "der"
        )
        && a > 0
        && cx.word(a - 1)
        && cx.toks[a - 1].cap
        && cx.same_sent(a - 1, a)
    {
        return;
    }
    // "Gilet jaune du Val d'Oise": a group noun that runs past the name is
    // the group's, no person's.
    if title.is_none() && b - a == 1 {
        let (s, e) = (cx.toks[a].s, cx.toks[a].e);
        let lim = cx.text.floor_char_boundary((s + 40).min(cx.text.len()));
        if groups::longest_prefix(&cx.text[s..lim]).is_some_and(|(len, _)| s + len > e) {
            return;
        }
    }
    // "le Rana Plaza", "Grenfell Tower", "Westgate Mall": a building's
    // word at the end names the building.
    if title.is_none()
        && b - a >= 2
        && matches!(
            cx.f(b - 1),
            "plaza" | "tower" | "towers" | "mall" | "building" | "arena" | "stadium"
        )
    {
        return;
    }
    if title.is_none() && b - a >= 2 && ORG_SUFFIXES.contains(&cx.f(b - 1)) {
        let key = format!("org:{}", norm_key(cx.raw(a, b)));
        push_org(cx, cands, a, b, key, Category::Other, country);
        return;
    }
    for k in a..b {
        cx.used[k] = true;
        cx.person[k] = true;
    }
    let key = norm_key(&without_nickname(cx.raw(a, b)));
    let category = title
        .as_deref()
        .map_or(category, |t| refine_category(t, category));
    cands.push(Cand {
        a,
        b,
        kind: ActorKind::Person,
        key,
        title,
        category,
        country,
        full,
        rank: usize::MAX,
    });
}

// ---------------------------------------------------------------------------
// Groups

static GROUP_FIRST: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    include_str!("groups.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(|l| l.split('\t').take(2))
        .filter_map(|w| folded_words(w).into_iter().next())
        .collect()
});

/// Group nouns that are adjectives too ("terroriste", "militaire").
const ADJECTIVAL: &[&str] = &[
    "terroriste",
    "islamiste",
    "djihadiste",
    "jihadiste",
    "militaire",
    "civil",
    "civile",
    "paramilitaire",
    "extremiste",
    "separatiste",
    "rebelle",
    "humanitaire",
    "policier",
    "policiere",
    "suspect",
    "kamikaze",
    "insurge",
    "fidele",
    "militant",
    "combattant",
    "elu",
    "religieux",
    "religieuse",
    "etudiant",
    "etudiante",
    "lyceen",
    "lyceenne",
    "musulman",
    "musulmane",
    "chretien",
    "chretienne",
];

/// Words that may stand right before a group noun used as a noun.
const DETERMINERS: &[&str] = &[
    "le",
    "la",
    "l'",
    "les",
    "un",
    "une",
    "du",
    "de",
    "d'",
    "des",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "au",
    "aux",
    "chaque",
    "tout",
    "tous",
    "toute",
    "toutes",
    "quel",
    "quelle",
    "quels",
    "quelles",
    "autre",
    "autres",
    "plusieurs",
    "certains",
    "certaines",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "cent",
    "mille",
    "et",
    "ou",
    "par",
    "pour",
    "contre",
    "entre",
    "avec",
    "sans",
    "sur",
    "dont",
    "nombreux",
    "nombreuses",
    "divers",
    "quelques",
    "anciens",
    "ancien",
    "ex",
    "jeunes",
    "jeune",
    "trente",
    "vingt",
    "quarante",
    "cinquante",
    "soixante",
    "onze",
    "douze",
    "treize",
    "quinze",
    "seul",
    "seule",
    "seuls",
    "seules",
    "premier",
    "premiers",
    "premiere",
    "premieres",
    "dernier",
    "derniers",
    "derniere",
    "dernieres",
    "nouveau",
    "nouveaux",
    "nouvelle",
    "nouvelles",
    "meme",
    "memes",
    "anciennes",
    "ancienne",
    "parmi",
    "chez",
    "depuis",
    "selon",
    "vers",
    "notre",
    "votre",
    "simples",
    "simple",
    "dizaines",
    "centaines",
    "milliers",
    "millions",
    "dizaine",
    "centaine",
    "millier",
];

fn group_mentions(cx: &mut Ctx, cands: &mut Vec<Cand>) {
    let n = cx.toks.len();
    let mut titled: Vec<usize> = cands
        .iter()
        .filter(|c| c.kind == ActorKind::Person && c.title.is_some())
        .map(|c| c.a)
        .collect();
    titled.sort_unstable();
    let mut i = 0;
    while i < n {
        if !cx.word(i) || cx.used[i] || !cx.group_first[i] {
            i += 1;
            continue;
        }
        // A title before a name ("le ministre Bernard Cazeneuve",
        // "la juge Eva Joly") is the person's, not a group.
        if person_within(cx, &titled, i) {
            i += 1;
            continue;
        }
        // "placé en garde à vue" is custody, not guards.
        if matches!(cx.f(i), "garde" | "gardes") && cx.f(i + 1) == "a" && cx.f(i + 2) == "vue" {
            i += 1;
            continue;
        }
        // A noun that is also an adjective, after a noun: "attaque
        // terroriste", "sources policières", "aide humanitaire", "un
        // rassemblement religieux"; not after a number ("quatorze
        // militaires").
        if ADJECTIVAL.contains(&cx.f(i).trim_end_matches('s'))
            && i > 0
            && cx.word(i - 1)
            && !cx.toks[i - 1].cap
            && !DETERMINERS.contains(&cx.f(i - 1))
            && !cx.f(i - 1).starts_with(|c: char| c.is_ascii_digit())
            && !crate::extract::numbers::is_number_word(cx.f(i - 1))
        {
            i += 1;
            continue;
        }
        // "Personne n'a été blessé": nobody.
        if cx.f(i) == "personne" && (cx.toks[i].cap || matches!(cx.f(i + 1), "n'" | "ne")) {
            i += 1;
            continue;
        }
        // A group noun is a few words long: look no further than 160 bytes.
        let from = cx.toks[i].s;
        let lim = cx.text.floor_char_boundary((from + 160).min(cx.text.len()));
        let sent_end = cx.text[from..lim]
            .find(['.', ',', ';', ':', '!', '?', '(', ')', '«', '»', '\n'])
            .map_or(lim, |x| from + x);
        let Some((len, cat)) = groups::longest_prefix(&cx.text[cx.toks[i].s..sent_end]) else {
            i += 1;
            continue;
        };
        let end_byte = cx.toks[i].s + len;
        let mut b = i;
        while b < n && cx.toks[b].e <= end_byte {
            b += 1;
        }
        if b == i || (i..b).any(|k| cx.used[k]) {
            i += 1;
            continue;
        }
        let name = norm_space(cx.raw(i, b));
        let mut e = b;
        let mut country = None;
        if cx.word(b)
            && !cx.toks[b].cap
            && cx.same_sent(i, b)
            && let Some(c) = cx.nat(b)
        {
            country = Some(c.to_string());
            e = b + 1;
        }
        for k in i..e {
            cx.used[k] = true;
        }
        cands.push(Cand {
            a: i,
            b: e,
            kind: ActorKind::Group,
            key: name,
            title: None,
            category: cat,
            country,
            full: true,
            rank: usize::MAX,
        });
        i = e;
    }
}

/// A person mention with a title starts within a few tokens after `i`,
/// in the same sentence.
/// `titled` holds the sorted starts of the person mentions with a title.
fn person_within(cx: &Ctx, titled: &[usize], i: usize) -> bool {
    let from = titled.partition_point(|&a| a <= i);
    titled[from..]
        .iter()
        .take_while(|&&a| a <= i + 8)
        .any(|&a| {
            cx.same_sent(i, a)
                && !(i + 1..a).any(|k| matches!(cx.f(k), "," | "." | ";" | ":" | "et" | "ou"))
        })
}

/// Spaces collapsed, and the zero-width characters some web text carries
/// inside names ("Tran Ba \u{200B}\u{200B}Huy") dropped.
fn norm_space(s: &str) -> String {
    const ZERO_WIDTH: [char; 5] = ['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}'];
    if !s.contains(ZERO_WIDTH) {
        return s.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let visible: String = s.chars().filter(|c| !ZERO_WIDTH.contains(c)).collect();
    visible.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------------------
// Output

/// A name without the nickname in quotes inside it: "Joaquín « El Chapo »
/// Guzmán" is Joaquín Guzmán.
fn without_nickname(form: &str) -> String {
    match (form.find('«'), form.find('»')) {
        (Some(o), Some(c))
            if o > 0 && o < c && !form[c..].trim_start_matches('»').trim().is_empty() =>
        {
            let after = form[c + '»'.len_utf8()..].trim_start();
            format!("{} {after}", form[..o].trim_end())
        }
        _ => form.to_string(),
    }
}

/// A name without the acronym in brackets inside it: "police judiciaire
/// (PJ) de Grenoble" is the "police judiciaire de Grenoble".
fn without_acronym(form: &str) -> String {
    match (form.find(" ("), form.find(") ")) {
        (Some(o), Some(c))
            if o < c
                && form[o + 2..c].len() <= 10
                && form[o + 2..c].starts_with(|ch: char| ch.is_ascii_uppercase())
                && form[o + 2..c].chars().all(|ch| ch.is_ascii_alphabetic()) =>
        {
            format!("{}{}", &form[..o], &form[c + 1..])
        }
        _ => form.to_string(),
    }
}

/// Added to the rank of a known name's form written in lower case where
/// the lexicon capitalises it: a gloss, which a capitalised form (not an
/// acronym) outranks as the canonical name.
const GLOSS: usize = 100;

fn finish(doc: &Document, cx: &Ctx, mut cands: Vec<Cand>) -> Vec<ActorMention> {
    // An acronym inside its own name's mention ("police judiciaire (PJ) de
    // Grenoble") is no mention of its own.
    // (Spans of several tokens by key: a document's every candidate is
    // looked up once, not compared with every other.)
    let mut longer: FxHashMap<&str, Vec<(usize, usize)>> = FxHashMap::default();
    for c in cands
        .iter()
        .filter(|c| c.kind == ActorKind::Organization && c.b - c.a > 1)
    {
        longer.entry(c.key.as_str()).or_default().push((c.a, c.b));
    }
    let inside: Vec<bool> = cands
        .iter()
        .map(|c| {
            c.kind == ActorKind::Organization
                && longer.get(c.key.as_str()).is_some_and(|spans| {
                    spans
                        .iter()
                        .any(|&(a, b)| a <= c.a && c.b <= b && b - a > c.b - c.a)
                })
        })
        .collect();
    let mut keep = inside.iter().map(|x| !x);
    cands.retain(|_| keep.next().unwrap_or(true));
    cands.sort_by_key(|c| (cx.toks[c.a].s, c.b));
    // Canonical name per key: the fullest (longest) form, first on ties.
    let mut canon: FxHashMap<String, (usize, String)> = FxHashMap::default();
    // Per key: the first title, country and specific category seen.
    type Info = (Option<String>, Option<String>, Option<Category>);
    let mut info: FxHashMap<String, Info> = FxHashMap::default();
    for c in &cands {
        if c.kind == ActorKind::Group {
            continue;
        }
        let form = strip_article(&without_acronym(&without_nickname(&norm_space(
            cx.raw(c.a, c.b),
        ))));
        let new_upper = form.chars().all(|ch| !ch.is_lowercase());
        let better = match canon.get(&c.key) {
            None => true,
            Some((rank, cur)) => {
                let cur_upper = cur.chars().all(|ch| !ch.is_lowercase());
                if cur_upper != new_upper && (*rank >= GLOSS || c.rank >= GLOSS) {
                    // A known name in lower case beats its acronym: "le
                    // parquet national antiterroriste (PNAT)".
                    cur_upper
                } else if *rank != c.rank {
                    c.rank < *rank
                } else {
                    // An expansion beats an acronym; then the longer form.
                    (cur_upper && !new_upper)
                        || (cur_upper == new_upper && form.chars().count() > cur.chars().count())
                }
            }
        };
        if better {
            canon.insert(c.key.clone(), (c.rank, form));
        }
        let e = info.entry(c.key.clone()).or_default();
        if e.0.is_none() {
            e.0.clone_from(&c.title);
        }
        if e.1.is_none() {
            e.1.clone_from(&c.country);
        }
        if e.2.is_none() && c.category != Category::Other {
            e.2 = Some(c.category);
        }
    }
    cands
        .into_iter()
        .map(|c| {
            let (text, start, end, paragraph) = doc.span(cx.toks[c.a].s, cx.toks[c.b - 1].e);
            let (name, title, country, category) = if c.kind == ActorKind::Group {
                (
                    c.key.clone(),
                    c.title.clone(),
                    c.country.clone(),
                    c.category,
                )
            } else {
                let (t, co, cat) = info.get(&c.key).cloned().unwrap_or_default();
                let category = match (c.category, cat) {
                    (Category::Other, Some(k)) => k,
                    (own, _) => own,
                };
                (
                    canon
                        .get(&c.key)
                        .map(|(_, n)| n.clone())
                        .unwrap_or_else(|| text.clone()),
                    c.title.clone().or(t),
                    c.country.clone().or(co),
                    category,
                )
            };
            ActorMention {
                text,
                start,
                end,
                paragraph,
                name,
                kind: c.kind,
                category,
                title,
                country,
            }
        })
        .collect()
}

/// "l'Organisation..." -> "Organisation...".
fn strip_article(s: &str) -> String {
    for a in ["l'", "l’", "L'", "L’"] {
        if let Some(r) = s.strip_prefix(a) {
            return r.to_string();
        }
    }
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<ActorMention> {
        extract(&Document::parse(text), &[])
    }

    /// The organisations' names, with the document's places found first
    /// (as the pipeline runs it).
    fn orgs_with_places(text: &str) -> Vec<String> {
        let doc = Document::parse(text);
        names(
            &extract(&doc, &crate::extract::places::extract(&doc)),
            ActorKind::Organization,
        )
    }

    /// The civil defence every nation has, named by its nation's
    /// adjective or its territory ("la Défense civile palestinienne", "la
    /// Défense civile de Gaza"), one nation's apart from another's; not the
    /// business district of La Défense.
    #[test]
    fn civil_defence_of_a_nation() {
        assert_eq!(
            orgs_with_places(
                "La Défense civile syrienne a retiré douze corps. La Défense civile \
                 palestinienne a dit."
            ),
            ["Défense civile syrienne", "Défense civile palestinienne"]
        );
        assert_eq!(
            orgs_with_places("Selon la Défense civile de l'État de São Paulo, dix morts."),
            ["Défense civile de l'État de São Paulo"]
        );
        let doc = Document::parse("Selon la Défense civile de Gaza, dix corps ont été retirés.");
        let out = crate::process_document("t", &doc, None);
        let orgs: Vec<_> = out.actors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(orgs, ["Défense civile de Gaza"]);
        let places: Vec<_> = out.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(places, ["Gaza"]);
    }

    /// A national police, gendarmerie, civil protection or Red Cross is
    /// named with its nation or territory ("la Police nationale d'Haïti", "la Police
    /// nationale congolaise", "la Protection civile du Sud-Kivu"); the
    /// gendarmerie in lower case too, not the generic "protection civile".
    #[test]
    fn national_bodies_with_their_nation() {
        for name in [
            "Police nationale d'Haïti",
            "Police nationale congolaise",
            "Protection civile du Sud-Kivu",
            "gendarmerie nationale",
            // A nation's Red Cross society.
            "Croix-Rouge de Belgique",
            "Croix-Rouge du Vanuatu",
            "Croix-Rouge philippine",
            // Its country after "de la", in one word or several.
            "Croix-Rouge de la RDC",
            "Croix-Rouge de la Côte d'Ivoire",
            "Croix-Rouge du Burkina Faso",
        ] {
            assert_eq!(
                orgs_with_places(&format!("Selon la {name}, le bilan est lourd.")),
                [name]
            );
        }
        assert!(orgs_with_places("Selon la protection civile, le bilan est lourd.").is_empty());
    }

    /// A company's legal form closes its name; alone it is no acronym of
    /// an organisation.
    #[test]
    fn a_legal_form_closes_a_company_name() {
        assert_eq!(
            orgs_with_places("La société Carbones San Isidro SAS exploite la mine."),
            ["Carbones San Isidro SAS"]
        );
        assert!(orgs_with_places("Une SARL de Lyon a été condamnée.").is_empty());
    }

    /// Other countries' weather and rescue services under their own names
    /// are organisations, not persons ("Vigili del Fuoco").
    #[test]
    fn foreign_services_under_their_own_names() {
        assert_eq!(
            orgs_with_places("Les pompiers italiens (Vigili del Fuoco) sont intervenus."),
            ["Vigili del Fuoco"]
        );
        assert!(
            run("Les pompiers italiens (Vigili del Fuoco) sont intervenus.")
                .iter()
                .all(|a| a.kind != ActorKind::Person)
        );
    }

    /// A federated state's police is named with its state ("la police de
    /// l'État de Borno"), never alone ("la police de l'État"); an acronym
    /// gives way to the full name the text gives ("l'État islamique au
    /// Sahel (EIGS)").
    #[test]
    fn bodies_named_by_their_territory_and_full_names() {
        assert_eq!(
            orgs_with_places("Le porte-parole de la police de l'État de Borno a confirmé."),
            ["police de l'État de Borno"]
        );
        assert!(orgs_with_places("La police de l'État a confirmé.").is_empty());
        let names = orgs_with_places(
            "Des jihadistes de l'État islamique au Sahel (EIGS) ont attaqué. L'EIGS a revendiqué.",
        );
        assert!(
            names.iter().all(|n| n == "État islamique au Sahel"),
            "{names:?}"
        );
    }

    /// The complement of an organisation's name goes on over a plural of a
    /// noun of names ("des droits et libertés"), a trade ("du textile"), a
    /// canton ("du canton du Valais") and an adjective of peoples
    /// ("indigènes"); it stops before a verb.
    #[test]
    fn longer_complements_of_organisation_names() {
        for name in [
            "Ligue des droits et libertés",
            "Fédération nationale des travailleurs du textile",
            "Ministère public du canton du Valais",
            "Confédération des nationalités indigènes de l'Équateur",
        ] {
            assert_eq!(
                orgs_with_places(&format!("Selon la {name}, le bilan est lourd.")),
                [name]
            );
        }
        assert_eq!(
            orgs_with_places("La Ligue des droits libère ses archives."),
            ["Ligue des droits"]
        );
    }

    /// A name in apposition to a person told by trade and age (", un
    /// pêcheur de 34 ans") is a person's, first name known or not.
    #[test]
    fn a_name_with_a_trade_and_an_age() {
        assert_eq!(
            names(
                &run("« Nous avons entendu des cris », a raconté Nur Alam, un pêcheur de 34 ans."),
                ActorKind::Person
            ),
            ["Nur Alam"]
        );
        assert!(
            names(
                &run("Le village de Kalam, un bourg de 300 habitants, a été touché."),
                ActorKind::Person
            )
            .is_empty()
        );
    }

    /// A name in apposition after a noun of those the news hears from,
    /// first name known or not, a kunya opening it ("un rescapé, Rami
    /// Youssef, …", "un de leurs commandants, Abou Aqla Keikal, …"), or
    /// after "dirigé par".
    #[test]
    fn a_name_in_apposition_to_a_witness_or_a_commander() {
        for (text, name) in [
            (
                "Un rescapé, Rami Youssef, a raconté la scène.",
                "Rami Youssef",
            ),
            // The leader after "dirigé par", "mené par".
            (
                "Le gang, dirigé par Luckson Élan, contrôle la région.",
                "Luckson Élan",
            ),
            (
                "Après la défection d'un de leurs commandants dans la région, Abou Aqla Keikal, \
                 passé dans le camp de l'armée.",
                "Abou Aqla Keikal",
            ),
        ] {
            assert_eq!(names(&run(text), ActorKind::Person), [name], "{text}");
        }
        // Not a name in apposition to a thing.
        assert!(
            names(
                &run("Le navire, Sea Star, a coulé au large."),
                ActorKind::Person
            )
            .is_empty()
        );
    }

    /// The publishers credited after a "Sources" line are organisations
    /// (media), listed on the line or one after each article's title; the
    /// titles' words name no one.
    #[test]
    fn publishers_credited_after_sources() {
        let orgs = |t: &str| names(&run(t), ActorKind::Organization);
        assert_eq!(
            orgs("Un car a versé.\n\nSources : Gazeta Wyborcza ; Tulsa World."),
            ["Gazeta Wyborcza", "Tulsa World"]
        );
        let v = run(
            "Un car a versé près de Pombal.\n\nSources :\n« Acidente na A1 perto de Pombal », \
             Público, 12 mai 2017.\n« Saharanpur: Ravi Kumar dead in clashes » — The Hindu, 6 mai 2017.",
        );
        assert_eq!(names(&v, ActorKind::Organization), ["Público", "The Hindu"]);
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
        // Not "sources" in the prose, nor a line that is no credits.
        assert!(orgs("Un car a versé.\nSources locales : Pedro Alves Campo a parlé.").is_empty());
    }

    /// Titles in apposition before a name of unknown given names: a
    /// feminine "cheffe", a "gérant", a complement naming a part of a
    /// territory ("de la zone sud"), a name opening on an initial.
    #[test]
    fn titles_in_apposition_before_unknown_names() {
        for (text, name, title) in [
            (
                "La cheffe du district de Kebumen, Yuliani Mustikasari, a déclaré l'état d'urgence.",
                "Yuliani Mustikasari",
                "cheffe du district de Kebumen",
            ),
            (
                "Son gérant, Venkatesh Goud, a été arrêté mercredi.",
                "Venkatesh Goud",
                "gérant",
            ),
            (
                "Selon le commissaire adjoint de la police de la zone sud, Rajiv Ranjan Prasad, \
                 le bâtiment était illégal.",
                "Rajiv Ranjan Prasad",
                "commissaire adjoint de la police de la zone sud",
            ),
            (
                "Le directeur, K. Srinivasa Rao, a parlé.",
                "K. Srinivasa Rao",
                "directeur",
            ),
        ] {
            let v = run(text);
            let p = v.iter().find(|a| a.kind == ActorKind::Person).expect(text);
            assert_eq!(
                (p.name.as_str(), p.title.as_deref()),
                (name, Some(title)),
                "{text}"
            );
        }
        // (Not a place's part: "l'est du pays" is no title.)
        let v = run("Dans l'est du pays, Rajiv Prasad a parlé.");
        assert!(v.iter().all(|a| a.title.is_none()), "{v:?}");
    }

    /// One name alone after a title and a comma, closed by a comma: a
    /// person ("Le porte-parole de la BNPB, Wiyono, a précisé"), linked to
    /// a full name told before; not a place nor an acronym.
    #[test]
    fn a_single_name_after_a_title() {
        let v =
            run("Le porte-parole de la BNPB, Wiyono, a précisé que 11 blessés étaient soignés.");
        assert_eq!(names(&v, ActorKind::Person), ["Wiyono"]);
        let v = run(
            "Le ministre Gérald Darmanin a parlé. Selon le ministre de l'Intérieur, Darmanin, \
             la situation est calme.",
        );
        assert!(
            v.iter()
                .filter(|a| a.kind == ActorKind::Person)
                .all(|a| a.name == "Gérald Darmanin")
        );
        let doc = Document::parse("Le porte-parole de la police, Kaboul, a parlé.");
        let v = extract(&doc, &crate::extract::places::extract(&doc));
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
    }

    /// "M. Zhang" after "Zhang Jianguo": a name whose surname comes first,
    /// the only two-word full name opening on it.
    #[test]
    fn a_surname_told_first() {
        let v = run(
            "a indiqué le vice-gouverneur du district, Zhang Jianguo. Le chef, Wang Dehai, a été \
             placé en détention, a précisé M. Zhang.",
        );
        let last = v.iter().rfind(|a| a.text == "Zhang").expect("Zhang");
        assert_eq!(last.name, "Zhang Jianguo");
        // A given name after a title is no one's surname.
        let v = run("Le président François Hollande et le pape François ont prié.");
        let last = v.iter().rfind(|a| a.text == "François").expect("François");
        assert_eq!(last.name, "François");
        // Two such names: no one.
        let v = run("Zhang Wei et Zhang Jianguo ont parlé. M. Zhang a ajouté.");
        let last = v.iter().rfind(|a| a.text == "Zhang").expect("Zhang");
        assert_eq!(last.name, "Zhang");
    }

    /// A vessel's name ("le ferry Doña Paz", "le MV Maria Estrella") is no
    /// person, and its prefix no organisation; a coast guard with its
    /// country is an organisation.
    #[test]
    fn vessels_and_coast_guards() {
        for text in [
            "Le ferry Jean Bart a coulé au large de Cebu.",
            "Le MV Marie Louise avait quitté le port de Batangas.",
            "Le pétrolier Anna Maria a pris feu.",
            // Named again alone, or as what sank.
            "Le ferry Star Maria a sombré. L'armateur affirme que le Star Maria était en règle.",
            "En 1987, le naufrage du Doña Paz avait fait plus de 4 000 morts.",
            "Les passagers à bord du Princess Maria ont été secourus.",
        ] {
            let actors = run(text);
            assert!(
                names(&actors, ActorKind::Person).is_empty()
                    && names(&actors, ActorKind::Organization).is_empty(),
                "{text}: {actors:?}"
            );
        }
        // A person in a shipwreck's story stays one.
        assert_eq!(
            names(
                &run("Le capitaine Paulo Santos a été arrêté après le naufrage."),
                ActorKind::Person
            ),
            ["Paulo Santos"]
        );
        assert_eq!(
            names(
                &run("Selon la Garde côtière grecque, 40 migrants ont été secourus."),
                ActorKind::Organization
            ),
            ["Garde côtière grecque"]
        );
        assert_eq!(
            names(
                &run("La Garde côtière du Sénégal a intercepté une pirogue."),
                ActorKind::Organization
            ),
            ["Garde côtière du Sénégal"]
        );
    }

    /// Armed groups of Africa's wars, Haiti's gangs and rescue services
    /// abroad are known by their names alone, with their category; an
    /// acronym after the full name is the same organisation.
    #[test]
    fn armed_groups_of_africa_and_haitian_gangs() {
        for (text, org, category) in [
            (
                "Des miliciens de la Codeco ont attaqué le camp de déplacés.",
                "Codeco",
                Category::Militants,
            ),
            (
                "Les Forces de soutien rapide (FSR) ont pris la ville. Les FSR nient.",
                "Forces de soutien rapide",
                Category::Rebels,
            ),
            (
                "Les FDLR et les Wazalendo ont été repoussés.",
                "FDLR",
                Category::Rebels,
            ),
            (
                "Le gang 400 Mawozo a enlevé 17 missionnaires.",
                "400 Mawozo",
                Category::Other,
            ),
            (
                "Les rebelles du Mouvement du 23 mars (M23) ont pris Goma. Le M23 dément.",
                "Mouvement du 23 mars",
                Category::Rebels,
            ),
            // Rescue services and special forces abroad.
            (
                "Selon la Rega, trois skieurs ont été héliportés.",
                "Rega",
                Category::Other,
            ),
            (
                "Les soldats de la brigade Danab ont repoussé l'assaut.",
                "brigade Danab",
                Category::Military,
            ),
        ] {
            let actors = run(text);
            assert!(
                actors
                    .iter()
                    .any(|a| a.name == org && a.category == category),
                "{text}: {actors:?}"
            );
        }
    }

    /// A hospital's acronym alone, a car, a Swiss canton's abbreviation in
    /// brackets are no organisations; a hospital with its town, the maker
    /// as a company, France's riot police are.
    #[test]
    fn hospitals_cars_and_cantons() {
        for text in [
            "Le blessé a été transporté au CHU dans un état grave.",
            "Un homme au volant d'une Peugeot 206 a percuté un arbre.",
            "L'accident s'est produit à Sion (VS) dimanche.",
        ] {
            assert!(
                names(&run(text), ActorKind::Organization).is_empty(),
                "{text}: {:?}",
                run(text)
            );
        }
        // (The corps, also in "une compagnie de CRS", as the golds have it.)
        for (text, org) in [
            (
                "Le blessé a été transporté au CHU de Rennes.",
                "CHU de Rennes",
            ),
            // (Its own name, no known place: the hospital's, whole.)
            ("Le blessé a été transporté au CHU Purpan.", "CHU Purpan"),
            (
                "Le blessé a été évacué vers le CHU de Donka, à Conakry.",
                "CHU de Donka",
            ),
            (
                "Elle a été admise au CHU Ambroise Paré de Mons.",
                "CHU Ambroise Paré",
            ),
            ("Renault a annoncé la fermeture du site.", "Renault"),
            ("Une compagnie de CRS a chargé les manifestants.", "CRS"),
        ] {
            assert_eq!(orgs_with_places(text), [org], "{text}");
        }
    }

    /// "Air" and a capitalised name is an airline or an air service, not a
    /// person, and leaves the town it is named after a place; not inside a
    /// longer name, nor the common noun.
    #[test]
    fn airlines_and_air_services() {
        let text = "Une avalanche a emporté trois skieurs près de Verbier. Les secours d'Air \
                    Verbier sont intervenus. Le vol d'Air Madagascar a été annulé.";
        let doc = Document::parse(text);
        let v = extract(&doc, &crate::extract::places::extract(&doc));
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["Air Verbier", "Air Madagascar"]
        );
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
        for text in [
            "La station de l'US Air Force a confirmé le lancement.",
            "Les habitants respirent un air pollué en plein air.",
        ] {
            assert!(
                names(&run(text), ActorKind::Organization).is_empty(),
                "{text}: {:?}",
                run(text)
            );
        }
    }

    /// A town as a body, "la Ville de Marseille", with a capital (not "Ville
    /// de 40 000 habitants"); the Spanish and Italian police forces by
    /// their own names, "Civil" no group.
    #[test]
    fn towns_as_bodies_and_southern_european_police() {
        let v = run("Les résidents ont été relogés par la Ville de Marseille.");
        assert_eq!(names(&v, ActorKind::Organization), ["Ville de Marseille"]);
        let v = run("Ville de 40 000 habitants, Mocoa a été frappée.");
        assert!(names(&v, ActorKind::Organization).is_empty(), "{v:?}");
        let v = run(
            "Trois passeurs ont été arrêtés par la Guardia Civil. La Guardia di Finanza enquête.",
        );
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["Guardia Civil", "Guardia di Finanza"]
        );
        assert!(v.iter().all(|a| a.name != "Civil"), "{v:?}");
    }

    /// Armed groups, missions and bodies of Asian and Latin American news
    /// are known by their names alone.
    #[test]
    fn groups_and_missions_of_asia_and_latin_america() {
        for (text, org) in [
            (
                "L'armée attribue l'attentat au groupe Abou Sayyaf.",
                "Abou Sayyaf",
            ),
            (
                "La mission Resolute Support a confirmé la frappe.",
                "Mission Resolute Support",
            ),
            (
                "Le site est inscrit au patrimoine mondial de l'Unesco.",
                "Unesco",
            ),
            (
                "Un affrontement entre les Choneros et les Lobos a fait huit morts.",
                "Choneros",
            ),
        ] {
            let orgs = names(&run(text), ActorKind::Organization);
            assert!(
                orgs.iter().any(|o| o.eq_ignore_ascii_case(org)),
                "{text}: {orgs:?}"
            );
        }
    }

    /// A broadcaster named with its capitalised kind ("Radio Gabon", "Télé
    /// Sahel") is a medium, no person; inside an English name it is no
    /// head ("the Academy of Film and Television Arts").
    #[test]
    fn broadcasters_named_with_their_kind() {
        let orgs = orgs_with_places;
        assert_eq!(
            orgs(
                "Les mutins ont lu un message sur les ondes de Radio Gabon annonçant la création d'un conseil."
            ),
            vec!["Radio Gabon"]
        );
        assert_eq!(
            orgs("Selon Télé Sahel, le bilan est lourd."),
            vec!["Télé Sahel"]
        );
        let got = run("Il a lu un message sur les ondes de Radio Gabon annonçant la nouvelle.");
        assert!(names(&got, ActorKind::Person).is_empty());
    }

    /// A run of capitalised words closed by an English head of a company
    /// or a body names an organisation; the UN's missions are named by
    /// their French expansions where the text gives them.
    #[test]
    fn english_heads_and_missions() {
        let orgs = orgs_with_places;
        assert_eq!(
            orgs("Selon l'International Crisis Group, les violences ont fait 1 300 morts."),
            vec!["International Crisis Group"]
        );
        assert_eq!(
            orgs("Le barrage appartient à Lao Holding State Enterprise, a-t-il dit."),
            vec!["Lao Holding State Enterprise"]
        );
        assert_eq!(
            orgs(
                "La Mission multidimensionnelle intégrée des Nations unies pour la stabilisation en Centrafrique (MINUSCA) a été attaquée."
            ),
            vec![
                "Mission multidimensionnelle intégrée des Nations unies pour la stabilisation en Centrafrique"
            ]
        );
    }

    /// Belgium's federal prosecutor with or without its country, Spain's
    /// Audiencia, a shop named after its kind ("le supermarché Walmart").
    #[test]
    fn prosecutors_courts_and_shops() {
        let orgs = orgs_with_places;
        assert_eq!(
            orgs("Le parquet fédéral a confirmé que les explosions étaient des attentats."),
            vec!["parquet fédéral"]
        );
        assert_eq!(
            orgs("Le parquet fédéral de Belgique a ouvert une enquête."),
            vec!["parquet fédéral de Belgique"]
        );
        // A prosecutor general's office, alone or with its town.
        assert_eq!(
            orgs("Le parquet général a requis dix ans de prison."),
            vec!["parquet général"]
        );
        assert_eq!(
            orgs("Le parquet général de Paris a fait appel."),
            vec!["parquet général de Paris"]
        );
        assert_eq!(
            orgs("Les suspects ont été présentés à l'Audience nationale."),
            vec!["Audience nationale"]
        );
        assert_eq!(
            orgs("Le supermarché Walmart a été évacué."),
            vec!["Walmart"]
        );
    }

    /// A number word opening a sentence opens no name, even where the word
    /// after it stands alone elsewhere ("de Casques bleus … Cinq Casques
    /// bleus").
    #[test]
    fn a_number_word_opens_no_name() {
        let got = run(
            "Sa mort porte à six le nombre de Casques bleus tués. Cinq Casques bleus, quatre \
             Cambodgiens et un Marocain, avaient été tués.",
        );
        assert!(names(&got, ActorKind::Person).is_empty());
    }

    /// "l'état-major général des armées", written in lower case as often
    /// as capitalised, is an organisation, not the group "armées".
    #[test]
    fn the_general_staff_in_lower_case() {
        let got = run("Six soldats ont été tués, a indiqué l'état-major général des armées.");
        assert_eq!(
            names(&got, ActorKind::Organization),
            ["état-major général des armées"]
        );
    }

    /// "et de la" goes on a complement the name has ("le ministère des
    /// Mines et de la Géologie"), and otherwise joins two bodies ("la
    /// Gendarmerie royale et de la Protection civile").
    #[test]
    fn two_bodies_joined_by_et_de() {
        let got = run(
            "Il s'est rendu sur les lieux avec les responsables de la Gendarmerie royale et \
             de la Protection civile.",
        );
        let orgs = names(&got, ActorKind::Organization);
        assert!(orgs.contains(&"Gendarmerie royale".to_string()), "{orgs:?}");
        assert!(orgs.contains(&"Protection civile".to_string()), "{orgs:?}");
        let got = run("Le ministère des Mines et de la Géologie a publié un bilan.");
        assert_eq!(
            names(&got, ActorKind::Organization),
            ["ministère des Mines et de la Géologie"]
        );
    }

    /// A ministry of several portfolios listed with commas and closed by
    /// "et de" ("ministère de la Construction, du Logement et de
    /// l'Urbanisme"); a comma not followed by such a list ends the name.
    #[test]
    fn a_ministry_of_several_portfolios() {
        let got = run(
            "Le ministère de la Construction, du Logement et de l'Urbanisme a indiqué que le \
             chantier n'avait pas de permis.",
        );
        assert_eq!(
            names(&got, ActorKind::Organization),
            ["ministère de la Construction, du Logement et de l'Urbanisme"]
        );
        let got =
            run("Selon le ministère des Affaires religieuses à Jakarta, 84 pèlerins sont morts.");
        assert_eq!(
            names(&got, ActorKind::Organization),
            ["ministère des Affaires religieuses"]
        );
        let got = run("Le ministère de l'Intérieur, de son côté, a démenti.");
        assert_eq!(
            names(&got, ActorKind::Organization),
            ["ministère de l'Intérieur"]
        );
        let got = run("Le ministère de la Défense, de l'Intérieur et la police ont réagi.");
        assert_eq!(
            names(&got, ActorKind::Organization),
            ["ministère de la Défense"]
        );
    }

    /// Titles that end like demonyms ("capitaine", "évêque") are titles;
    /// a title with its article and a name after the complement of a noun
    /// introduces another person ("la gendarmerie d'Ambalavao, le
    /// capitaine Hery Rakotondrabe"), while ", l'économiste Frédéric
    /// Lordon" after a lone name in a list leaves that name a person.
    #[test]
    fn titles_shaped_like_demonyms_and_appositions_of_another() {
        let got = run("Selon le capitaine Hery Rakotondrabe, les suspects étaient recherchés.");
        assert_eq!(names(&got, ActorKind::Person), ["Hery Rakotondrabe"]);
        let got = run("L'évêque Gervais Banshimiyubusa s'est étonné d'une telle demande.");
        assert_eq!(names(&got, ActorKind::Person), ["Gervais Banshimiyubusa"]);
        let got = run(
            "Selon le commandant de la compagnie de gendarmerie d'Ambalavao, le capitaine \
             Hery Rakotondrabe, les suspects étaient recherchés.",
        );
        assert_eq!(names(&got, ActorKind::Person), ["Hery Rakotondrabe"]);
    }

    /// A body of the United Nations named with its parent ("le Bureau de
    /// coordination des affaires humanitaires de l'ONU", "la Mission de
    /// l'ONU en RDC") is one organisation under that whole name.
    #[test]
    fn a_body_named_with_its_parent() {
        let orgs = orgs_with_places;
        assert_eq!(
            orgs(
                "Selon le Bureau de coordination des affaires humanitaires de l'ONU, 20 000 personnes ont fui."
            ),
            vec!["Bureau de coordination des affaires humanitaires de l'ONU"]
        );
        assert_eq!(
            orgs("Selon la Mission de l'ONU en RDC, les combats continuent."),
            vec!["Mission de l'ONU en RDC"]
        );
    }

    /// Police bodies the press names in lower case are organisations,
    /// each canton's its own ("la police cantonale genevoise" is not the
    /// Valais's); "la police" alone stays a group.
    #[test]
    fn police_bodies_named_in_lower_case() {
        let got = run(
            "La police cantonale valaisanne et la police cantonale genevoise \
             enquêtent, avec la police fédérale. La police a ouvert le feu.",
        );
        let orgs = names(&got, ActorKind::Organization);
        assert_eq!(
            orgs,
            vec![
                "police cantonale valaisanne",
                "police cantonale genevoise",
                "police fédérale"
            ]
        );
        assert!(
            got.iter()
                .any(|a| a.kind == ActorKind::Group && a.name == "police")
        );
        // Or by its canton's name after it.
        assert_eq!(
            orgs_with_places(
                "Selon la police cantonale de Bâle-Ville, 27 personnes ont été arrêtées."
            ),
            ["police cantonale de Bâle-Ville"]
        );
    }

    /// Party names: a lower-case noun of peoples after "des", the heads
    /// "Rassemblement" and "Congrès" (a known one-word body gives way to
    /// the longer name it opens), English names closed by "Front" or
    /// "Party"; the verb "a" after a name is no "à".
    #[test]
    fn party_names() {
        let orgs = orgs_with_places;
        assert_eq!(
            orgs("Le Parti démocratique des peuples a dénoncé les arrestations."),
            vec!["Parti démocratique des peuples"]
        );
        assert_eq!(
            orgs("Selon le Congrès des progressistes, le scrutin a été truqué."),
            vec!["Congrès des progressistes"]
        );
        assert_eq!(
            orgs("Le Congrès national africain a perdu sa majorité."),
            vec!["Congrès national africain"]
        );
        assert_eq!(
            orgs("Le texte a été adopté par le Congrès mardi."),
            vec!["Congrès"]
        );
        assert_eq!(
            orgs("Le Rassemblement des républicains a gagné à Abidjan."),
            vec!["Rassemblement des républicains"]
        );
        assert_eq!(
            orgs("Le Social Democratic Front boycotte le scrutin."),
            vec!["Social Democratic Front"]
        );
        assert_eq!(
            orgs("Le Front populaire a aidé les familles."),
            vec!["Front populaire"]
        );
        assert_eq!(
            orgs("La Croix-Rouge internationale a aidé les familles."),
            vec!["Croix-Rouge"]
        );
        // A party's one-word name that is also a first name.
        assert_eq!(
            orgs("Le cessez-le-feu a été négocié par le mouvement Amal."),
            vec!["Amal"]
        );
    }

    /// A body of a territory or a nation with its first word capitalised
    /// ("la Police cantonale vaudoise", "la police nationale péruvienne");
    /// not a national body with its country's adjective ("l'Assemblée
    /// nationale française" is the Assemblée nationale).
    #[test]
    fn police_bodies_with_their_territory_or_nation() {
        let orgs = orgs_with_places;
        assert_eq!(
            orgs("a indiqué samedi la Police cantonale vaudoise."),
            vec!["Police cantonale vaudoise"]
        );
        assert_eq!(
            orgs("a annoncé lundi la police nationale péruvienne."),
            vec!["police nationale péruvienne"]
        );
        // A canton's adjective by its ending ("grisonne": of the Grisons).
        assert_eq!(
            orgs("Selon la police cantonale grisonne, deux alpinistes ont péri."),
            vec!["police cantonale grisonne"]
        );
        assert_eq!(
            orgs("Le texte a été voté par l'Assemblée nationale française."),
            vec!["Assemblée nationale"]
        );
        // A canton's prosecution, after the adjective of its name; a
        // domain noun in "-graphie" after "et de".
        assert_eq!(
            orgs("Il a été placé en détention sur décision du Ministère public vaudois."),
            vec!["Ministère public vaudois"]
        );
        assert_eq!(
            orgs("Selon l'Institut national de statistique et de géographie, le taux a baissé."),
            vec!["Institut national de statistique et de géographie"]
        );
        // Domain nouns in the plural.
        assert_eq!(
            orgs("Selon le Bureau national des statistiques, l'inflation atteignait 7,9 %."),
            vec!["Bureau national des statistiques"]
        );
        assert_eq!(
            orgs("L'Office national des forêts a fermé le massif."),
            vec!["Office national des forêts"]
        );
    }

    /// An acronym before a count is named ("selon la CGT 3,5 millions"),
    /// before a model number it is not ("un A 320"); an institution that
    /// acts after a time of day ("a indiqué en soirée la préfecture de
    /// Loire-Atlantique") or activates a plan is an organisation.
    #[test]
    fn acronyms_before_counts_and_acting_institutions() {
        let orgs = orgs_with_places;
        assert!(
            orgs("Le ministère a recensé 1,08 million de manifestants, la CGT 3,5 millions.")
                .contains(&"CGT".to_string())
        );
        assert!(orgs("Un avion A 320 s'est posé sur la RN 7.").is_empty());
        assert_eq!(
            orgs(
                "Dix personnes ont été interpellées, a indiqué en soirée la préfecture de Loire-Atlantique."
            ),
            vec!["préfecture de Loire-Atlantique"]
        );
        assert_eq!(
            orgs("La préfecture du Rhône a activé le plan canicule."),
            vec!["préfecture du Rhône"]
        );
    }

    /// Humanitarian organisations of the field and the sea, by name.
    #[test]
    fn humanitarian_organisations() {
        assert_eq!(
            orgs_with_places(
                "Le navire de SOS Méditerranée a secouru 80 personnes ; Save the Children \
                 et Action contre la faim alertent."
            ),
            vec![
                "SOS Méditerranée",
                "Save the Children",
                "Action contre la faim"
            ]
        );
    }

    /// Spanish names of armed bands ("le Clan del Golfo", "le Cartel del
    /// Noreste"); a known organisation after "à" is another one ("opposent
    /// le Clan del Golfo à l'ELN").
    #[test]
    fn spanish_band_names() {
        assert_eq!(
            orgs_with_places(
                "Les combats opposent le Clan del Golfo à l'ELN. Le Cartel del Noreste a attaqué."
            ),
            vec!["Clan del Golfo", "ELN", "Cartel del Noreste"]
        );
    }

    /// Sports clubs by their initials or opening word ("Toronto FC", "FC
    /// Nantes", "Inter Miami", "Olympique de Marseille"); their towns are
    /// no places of the news.
    #[test]
    fn sports_clubs_and_their_towns() {
        let text = "Le CF Montréal a battu le Toronto FC, puis l'Inter Miami. Le FC Nantes \
                    reçoit l'Olympique de Marseille à Nantes.";
        let orgs = orgs_with_places(text);
        assert_eq!(
            orgs,
            vec![
                "CF Montréal",
                "Toronto FC",
                "Inter Miami",
                "FC Nantes",
                "Olympique de Marseille"
            ]
        );
        let out = crate::process("t", text, None);
        let places: Vec<&str> = out.places.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(places, vec!["Nantes"]);
        // Belgian clubs: "RSC Anderlecht", "le Standard de Liège".
        assert_eq!(
            orgs_with_places("Le Standard de Liège a reçu le RSC Anderlecht dimanche."),
            vec!["Standard de Liège", "RSC Anderlecht"]
        );
        // Not a title of athletes.
        assert!(
            !orgs_with_places("Les Athlètes Olympiques de Russie défilent.")
                .iter()
                .any(|o| o.contains("Olympiques"))
        );
    }

    /// A weapon's acronym is no organisation ("un tir de LBD"); the
    /// high commission of the Republic, in lower case, is one.
    #[test]
    fn weapons_are_no_acronyms_of_organisations() {
        let orgs = |t: &str| names(&run(t), ActorKind::Organization);
        assert!(orgs("Un jeune homme, atteint par un tir de LBD, a été hospitalisé.").is_empty());
        assert_eq!(
            orgs(
                "Vingt-sept personnes ont été interpellées, a indiqué lundi le haut-commissariat de la République."
            ),
            vec!["haut-commissariat de la République"]
        );
    }

    /// Belgium's police and rescue zones by the communes they serve, a
    /// number closing the name; Paris's "préfecture de police" in lower
    /// case where it acts or reports. Not a zone without a name after its
    /// service, nor the préfecture as a building.
    #[test]
    fn service_zones_and_the_police_prefecture() {
        let orgs = orgs_with_places;
        assert_eq!(
            orgs(
                "La zone de police Bruxelles-Capitale Ixelles a ouvert une enquête. \
                 Selon la Zone de secours Hainaut-Est, la zone de secours Liège 2 a aidé."
            ),
            vec![
                "zone de police Bruxelles-Capitale Ixelles",
                "Zone de secours Hainaut-Est",
                "zone de secours Liège 2"
            ]
        );
        assert_eq!(
            orgs("Quatorze personnes ont été blessées, a précisé la préfecture de police."),
            vec!["préfecture de police"]
        );
        assert!(orgs("Une zone de police renforcée. Une zone de secours de plus.").is_empty());
        // The commune after "de": "la zone de police de Liège".
        assert_eq!(
            orgs("Onze policiers ont été blessés, a indiqué la zone de police de Liège."),
            vec!["zone de police de Liège"]
        );
        assert!(orgs("Il s'est rendu à la préfecture de police.").is_empty());
    }

    /// A service known by its acronym keeps the place it serves ("le SDIS
    /// des Landes", "le CHU de Reims"), not the office's ("le maire UDI de
    /// Vincennes") nor a country; a newspaper may be named after a place or
    /// a point of the compass ("le quotidien Sud Ouest", "La Dépêche du
    /// Midi").
    #[test]
    fn services_of_a_place_and_newspapers_named_after_places() {
        let orgs = orgs_with_places;
        assert_eq!(
            orgs("Selon le SDIS des Landes, trois noyades. Il a été conduit au CHU de Reims."),
            vec!["SDIS des Landes", "CHU de Reims"]
        );
        // The fire and rescue service, a body of each département: by its
        // number, or spelt out in lower case.
        assert_eq!(
            orgs("Les plongeurs du SDIS 74 et le Samu ont été engagés."),
            vec!["SDIS 74", "Samu"]
        );
        assert_eq!(
            orgs("Selon le service départemental d'incendie et de secours de la Drôme, rien."),
            vec!["service départemental d'incendie et de secours de la Drôme"]
        );
        // The judicial police of a town, its acronym in brackets between
        // (and a later acronym the same body); the mountain rescue unit.
        assert_eq!(
            orgs("L'enquête est confiée à la police judiciaire de Lyon."),
            vec!["police judiciaire de Lyon"]
        );
        assert_eq!(
            orgs("Il a été conduit à la police judiciaire (PJ) de Grenoble. La PJ l'a entendu."),
            vec!["police judiciaire de Grenoble"]
        );
        assert_eq!(
            orgs("Le peloton de gendarmerie de montagne de l'Isère est intervenu."),
            vec!["peloton de gendarmerie de montagne de l'Isère"]
        );
        // A known name in lower case is the name, not its acronym.
        assert_eq!(
            orgs("Selon le service départemental d'incendie et de secours (SDIS 66), rien."),
            vec!["service départemental d'incendie et de secours"]
        );
        assert_eq!(orgs("Selon le maire UDI de Vincennes, rien."), vec!["UDI"]);
        assert_eq!(
            orgs(
                "Un proche cité par le quotidien Sud Ouest. Selon le quotidien régional La Dépêche du Midi."
            ),
            vec!["Sud Ouest", "La Dépêche du Midi"]
        );
    }

    /// Bylines and credits: a surname in capitals after a first name
    /// ("Photo AFP / Sia KAMBOU"), a West African name with its "N'"; not
    /// a code, a club's initials, a word in capitals after a full name, or
    /// a page's "MISE À JOUR".
    #[test]
    fn bylines_credits_and_west_african_names() {
        let persons = |t: &str| names(&run(t), ActorKind::Person);
        let orgs = |t: &str| names(&run(t), ActorKind::Organization);
        assert_eq!(
            persons("Photo d'illustration AFP / Sia KAMBOU"),
            ["Sia KAMBOU"]
        );
        assert_eq!(orgs("Photo d'illustration AFP / Sia KAMBOU"), ["AFP"]);
        assert_eq!(
            persons("Photo Courrier picard / Thomas DEVRED"),
            ["Thomas DEVRED"]
        );
        assert_eq!(persons("Par Konan Kouadio"), ["Konan Kouadio"]);
        assert_eq!(
            persons("Selon le commandant Yao N'Guessan, deux morts. N'Guessan a ajouté…"),
            ["Yao N'Guessan"]
        );
        assert!(persons("N'importe qui le sait. IL N'EST PAS LÀ.").is_empty());
        assert!(persons("Un Piper PA-31 s'est écrasé.").is_empty());
        assert!(persons("Le Milan AC a gagné.").is_empty());
        assert_eq!(persons("Par Marcel Gauthier ANNONCES"), ["Marcel Gauthier"]);
        assert!(orgs("MISE À JOUR : le bilan est de quatre morts.").is_empty());
    }

    /// A name of the lexicon that capitalises a word after its first is
    /// found only where the text capitalises it too: "Le Monde", not "Le
    /// monde entier" opening a sentence; "24 Heures", not "en 24 heures".
    #[test]
    fn capitals_of_a_lexicon_name_are_required() {
        let orgs = |t: &str| names(&run(t), ActorKind::Organization);
        assert_eq!(
            orgs("Le monde entier regarde. Le soir venu, Le Monde a publié l'enquête."),
            ["Le Monde"]
        );
        assert!(orgs("Le progrès technique. La presse locale. En 24 heures, rien.").is_empty());
        assert_eq!(
            orgs("Selon Le Progrès et 24 Heures, deux morts."),
            ["Le Progrès", "24 Heures"]
        );
        assert_eq!(
            orgs("Un porte-parole de la Maison blanche."),
            ["Maison blanche"]
        );
    }

    fn names(v: &[ActorMention], kind: ActorKind) -> Vec<String> {
        let mut out = all_names(v, kind);
        out.dedup();
        out
    }

    /// The names of every mention of one kind, in order (one per mention).
    fn all_names(v: &[ActorMention], kind: ActorKind) -> Vec<String> {
        v.iter()
            .filter(|a| a.kind == kind)
            .map(|a| a.name.clone())
            .collect()
    }

    /// A name that no lexicon knows is a person's when a person's verb
    /// follows it, when it stands in apposition to a person noun, after
    /// "nommé", or after a noun only a person complements ("l'exécution
    /// de", "la compagne de"); a country's or a region's name in it says
    /// otherwise.
    /// A title with the level of its office ("le ministre provincial de la
    /// Santé", "le procureur fédéral") names the unknown person in
    /// apposition after it.
    #[test]
    fn a_title_with_its_level_names_the_person_after_it() {
        let person = |t: &str| names(&run(t), ActorKind::Person);
        assert_eq!(
            person("Le ministre provincial de la Santé, Fazal Rahim Durrani, a promis une prime."),
            ["Fazal Rahim Durrani"]
        );
        assert_eq!(
            person("Le procureur fédéral, Zalmai Wardak, a ouvert une enquête."),
            ["Zalmai Wardak"]
        );
        // A level alone is no title: "le gouvernement provincial, Kaboul".
        assert!(person("Le gouvernement provincial, Kandahar Sud, a protesté.").is_empty());
    }

    #[test]
    fn unknown_names_told_by_their_verb_or_their_noun() {
        let person = |t: &str| names(&run(t), ActorKind::Person);
        assert_eq!(
            person("Vers midi, Ulvhild Varhonen a déclaré que la route restait fermée."),
            ["Ulvhild Varhonen"]
        );
        assert_eq!(
            person("Selon la police, Orvek Kemuyama a été interpellé dans la soirée."),
            ["Orvek Kemuyama"]
        );
        assert_eq!(
            person("Le conducteur de 43 ans, Tupac Holmqvist, est en garde à vue."),
            ["Tupac Holmqvist"]
        );
        assert_eq!(
            person("Les enquêteurs recherchent un homme de 30 ans nommé Kerem Ozdal."),
            ["Kerem Ozdal"]
        );
        assert_eq!(
            person("Il a été remplacé par son adjoint, Alikhan Smaïlov."),
            ["Alikhan Smaïlov"]
        );
        // After a noun only a person complements.
        assert_eq!(
            person("Le pays a réagi à l'exécution de Tarvek Olunde al-Semir en prison."),
            ["Tarvek Olunde al-Semir"]
        );
        assert_eq!(
            person("La compagne d'Ulvhild Kemuyama avait rejoint la Turquie."),
            ["Ulvhild Kemuyama"]
        );
        assert!(person("La libération de Saint Martin a eu lieu.").is_empty());
        // The speaker of a quotation.
        assert_eq!(
            person("« Les détenus dormaient à même le sol », dénonce Ulvhild Varhonen."),
            ["Ulvhild Varhonen"]
        );
        assert_eq!(
            person("« C'est un drame », a expliqué Orvek Kemuyama, de l'association."),
            ["Orvek Kemuyama"]
        );
        assert!(person("Les détenus dormaient, dénonce Orvek Varhonen.").is_empty());
        // No person verb, no person noun: the name stays unread.
        assert!(person("Vers midi, Orvek Varhonen et la route restaient fermées.").is_empty());
        assert!(person("La zone, Orcadie Lake, est fermée.").is_empty());
        // A country or a region in the run.
        assert!(person("Par ailleurs, France Stratégie estime que le chômage baisse.").is_empty());
        assert!(person("Le club Bretagne Océan a déclaré forfait.").is_empty());
    }

    /// A regnal name after a title ("le pape des coptes Chenouda III"); a
    /// person's verb after a building's name makes the name a person's.
    #[test]
    fn regnal_names_and_persons_after_a_building() {
        let person = |t: &str| names(&run(t), ActorKind::Person);
        assert_eq!(
            person("La messe était célébrée par le pape des coptes Chenouda III devant la foule."),
            ["Chenouda III"]
        );
        assert!(person("Le concile Vatican II a changé la liturgie.").is_empty());
        assert_eq!(
            person(
                "Le gardien de la mosquée chiite Hassan Ali Bakri a été abattu devant l'entrée."
            ),
            ["Hassan Ali Bakri"]
        );
        assert!(person("Les fidèles de la mosquée chiite Hassan Ali Bakri prient.").is_empty());
    }

    /// A capitalised "Das" that ends a name is the Bengali surname ("Baba
    /// Shyam Das"); inside a name it stays a particle ("Maria das Dores").
    #[test]
    fn das_ends_a_name_as_a_surname() {
        let persons = |t: &str| names(&run(t), ActorKind::Person);
        assert_eq!(
            persons("Le gourou Baba Shyam Das a appelé au calme."),
            ["Baba Shyam Das"]
        );
        assert_eq!(
            persons("Maria das Dores Silva a été tuée."),
            ["Maria das Dores Silva"]
        );
    }

    /// The prosecution ("le ministère public", with a canton's adjective)
    /// and a gendarmerie unit named after its town are organisations; a
    /// brigade of firemen, a unit of no town, is none.
    #[test]
    fn prosecutors_and_gendarmerie_units() {
        let orgs = |t: &str| {
            run(t)
                .into_iter()
                .filter(|a| a.kind == ActorKind::Organization)
                .map(|a| (a.name, a.category))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            orgs("Le ministère public valaisan a ouvert une enquête."),
            [("ministère public valaisan".to_string(), Category::Judiciary)]
        );
        assert_eq!(
            orgs("Selon le ministère public, deux hommes ont été arrêtés."),
            [("ministère public".to_string(), Category::Judiciary)]
        );
        assert_eq!(
            orgs("La brigade de gendarmerie de Vizille est chargée de l'enquête."),
            [(
                "brigade de gendarmerie de Vizille".to_string(),
                Category::Police
            )]
        );
        assert_eq!(
            orgs("Le groupement de gendarmerie de la Savoie a été saisi."),
            [(
                "groupement de gendarmerie de la Savoie".to_string(),
                Category::Police
            )]
        );
        assert!(orgs("Une brigade de pompiers est arrivée sur place.").is_empty());
        assert!(orgs("Le ministère a publié un communiqué.").is_empty());
    }

    /// A prefecture, a town hall or a university is an organisation where
    /// it acts or reports, not where it burns or stands for a territory.
    #[test]
    fn institutions_that_act_are_organisations() {
        let orgs = |t: &str| names(&run(t), ActorKind::Organization);
        assert_eq!(
            orgs("La préfecture du Calvados a interdit les rassemblements."),
            ["préfecture du Calvados"]
        );
        assert_eq!(
            orgs("Selon la mairie de Rennes, les écoles resteront fermées."),
            ["mairie de Rennes"]
        );
        assert_eq!(
            orgs("La préfecture de police de Lyon compte 2 000 manifestants."),
            ["préfecture de police de Lyon"]
        );
        assert!(orgs("La préfecture du Calvados a été incendiée.").is_empty());
        assert_eq!(
            orgs("La préfecture de l'Isère a ouvert une cellule de crise."),
            ["préfecture de l'Isère"]
        );
        assert!(orgs("La mairie de Nice ouvrira ses portes au public.").is_empty());
        assert!(orgs("Les préfectures de Kyoto et de Nara sont touchées.").is_empty());
        // The source of an incise.
        assert_eq!(
            orgs("Mille habitants ont été évacués, a indiqué mardi la préfecture du Var."),
            ["préfecture du Var"]
        );
        assert_eq!(
            orgs("Un mort, a-t-on appris auprès de la préfecture de la Drôme."),
            ["préfecture de la Drôme"]
        );
    }

    /// A union's branch is named by its trade, a body of its own beside
    /// its union; a trade's word after the union in lower case is none.
    #[test]
    fn union_branches_named_by_their_trade() {
        let orgs = |t: &str| names(&run(t), ActorKind::Organization);
        assert_eq!(
            orgs("La CGT a appelé à la grève, comme FO Justice et l'Ufap-Unsa Justice."),
            ["CGT", "FO Justice", "Ufap-Unsa Justice"]
        );
        assert_eq!(
            orgs("Selon Alliance Police nationale, deux agents ont été blessés."),
            ["Alliance Police nationale"]
        );
        assert_eq!(orgs("FO santé a protesté."), ["FO"]);
    }

    /// A parliament named alone is the institution where it acts or is
    /// spoken of, the building where a crowd gathers or that it storms.
    #[test]
    fn a_parliament_where_crowds_gather_is_a_building() {
        let orgs = |t: &str| names(&run(t), ActorKind::Organization);
        assert_eq!(
            orgs("Le texte a été adopté mardi par le Parlement."),
            ["Parlement"]
        );
        assert_eq!(orgs("Il a été élu président du Sénat en 2021."), ["Sénat"]);
        for t in [
            "Des milliers de manifestants se sont rassemblés devant le Parlement.",
            "Des heurts ont éclaté aux abords du Parlement dans la matinée.",
            "Les manifestants ont brièvement pris d'assaut le Parlement.",
            "La police a bouclé les rues autour du Sénat.",
        ] {
            assert!(orgs(t).is_empty(), "{t}");
        }
    }

    /// "de grande instance", "de première instance" complement a court.
    #[test]
    fn courts_of_first_instance() {
        let orgs = |t: &str| names(&run(t), ActorKind::Organization);
        assert_eq!(
            orgs("Le tribunal de grande instance de Rennes a été saisi."),
            ["tribunal de grande instance de Rennes"]
        );
        assert_eq!(
            orgs("Il comparaît devant le tribunal de première instance de Namur."),
            ["tribunal de première instance de Namur"]
        );
    }

    /// A group noun of several words that starts on a capital is the
    /// group's, not a person's name ("X, Gilet jaune, a commenté").
    #[test]
    fn a_group_noun_is_no_person() {
        let v = run("Laetitia Dewalle, Gilet jaune, a commenté.");
        assert_eq!(names(&v, ActorKind::Person), ["Laetitia Dewalle"]);
        assert_eq!(names(&v, ActorKind::Group), ["Gilet jaune"]);
    }

    /// A kind word ("l'agence", "le journal", "la compagnie aérienne")
    /// Names that run over learned nouns of a domain or a trade, the
    /// adjectives after them, and an English "&"; a military command.
    #[test]
    fn organisation_names_over_domain_nouns() {
        let v = run(
            "Selon l'Institut national de climatologie et de glaciologie, la crue est rare. \
             L'Union des transporteurs frigorifiques du Niger a appelé à la grève. \
             Le Commandement des opérations spéciales a confirmé le raid, \
             comme l'Institut Crisis & Conflict Watch.",
        );
        let orgs = names(&v, ActorKind::Organization);
        for o in [
            "Institut national de climatologie et de glaciologie",
            "Union des transporteurs frigorifiques du Niger",
            "Commandement des opérations spéciales",
            "Institut Crisis & Conflict Watch",
        ] {
            assert!(orgs.contains(&o.to_string()), "{o}: {orgs:?}");
        }
        // An assistance mission, a known name inside it.
        let v = run("La Mission d'assistance des Nations unies pour l'Irak a exhorté Bagdad.");
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["Mission d'assistance des Nations unies pour l'Irak"]
        );
        // A word of the sentence after the name is not taken as its complement.
        let v = run("Le Conseil de sécurité de l'ONU a adopté une résolution sans vote.");
        let orgs = names(&v, ActorKind::Organization);
        assert!(orgs.iter().all(|o| !o.contains("adopt")), "{orgs:?}");
        // "et de la X": the second preposition takes its article; a plural
        // capitalised complement its plural adjective, never a verb.
        let v = run(
            "Le ministère des Mines et de la Géologie a fermé le site. Une enquête est \
             ouverte par le ministère de l'Intérieur et des Collectivités locales. La \
             Brigade nationale des sapeurs-pompiers est là. À Paris, la préfecture de \
             police de Paris appelle au calme.",
        );
        let orgs = names(&v, ActorKind::Organization);
        for o in [
            "ministère des Mines et de la Géologie",
            "ministère de l'Intérieur et des Collectivités locales",
            "Brigade nationale des sapeurs-pompiers",
            "préfecture de police de Paris",
        ] {
            assert!(orgs.contains(&o.to_string()), "{o}: {orgs:?}");
        }
        // "l'Aménagement du territoire", a domain's fixed name; not the
        // story's territory after a ministry.
        let v = run(
            "Le ministère de l'Aménagement du territoire a parlé. Le ministère de la Santé \
             du territoire aussi.",
        );
        assert_eq!(
            names(&v, ActorKind::Organization),
            [
                "ministère de l'Aménagement du territoire",
                "ministère de la Santé"
            ]
        );
        // Heads of courts and administrations; a network, a system.
        let v = run(
            "Selon le Centre de réseaux sismiques de Chine, la secousse a été ressentie. \
             La Superintendance du système pénitentiaire a annoncé le transfert. \
             L'enquête est confiée à la Juridiction interrégionale spécialisée (JIRS).",
        );
        let orgs = names(&v, ActorKind::Organization);
        for o in [
            "Centre de réseaux sismiques de Chine",
            "Superintendance du système pénitentiaire",
            "Juridiction interrégionale spécialisée",
        ] {
            assert!(orgs.contains(&o.to_string()), "{o}: {orgs:?}");
        }
    }

    /// makes the capitalised name after it an organisation.
    #[test]
    fn organisations_named_after_a_kind_word() {
        let v = run(
            "Selon l'agence Amaq, l'attaque est revendiquée. Le journal Novaïa Gazeta \
             a révélé l'affaire, relayée par le site Gayrussia.ru. La compagnie aérienne \
             Flydubai et le quotidien Corriere della Sera confirment.",
        );
        let orgs = names(&v, ActorKind::Organization);
        for o in [
            "Amaq",
            "Novaïa Gazeta",
            "Gayrussia.ru",
            "Flydubai",
            "Corriere della Sera",
        ] {
            assert!(orgs.contains(&o.to_string()), "{o}: {orgs:?}");
        }
        let amaq = v.iter().find(|a| a.name == "Amaq").unwrap();
        assert_eq!(amaq.category, Category::Media);
        // "ONG" in capitals; an adjective of trade between the kind and the name.
        let v = run(
            "L'ONG Oxfam a dénoncé la situation. Le groupe minier Vorkoutaougol \
             a annoncé la fermeture. L'ONG Russian LGBT network confirme, selon \
             l'institut Eurostat.",
        );
        let orgs = names(&v, ActorKind::Organization);
        for o in ["Oxfam", "Vorkoutaougol", "Russian LGBT network", "Eurostat"] {
            assert!(orgs.contains(&o.to_string()), "{o}: {orgs:?}");
        }
        // A person, a common word, a group are no organisation.
        let v = run("Le groupe de Jean Dupont a visité le site Internet, puis une compagnie.");
        assert!(names(&v, ActorKind::Organization).is_empty(), "{v:?}");
        // A name in apposition between commas; a name right after "de" is
        // where, or whose, the thing is; a currency is no organisation.
        let v = run(
            "Selon le directeur de l'entreprise, Balkan Defence Systems, qui emploie 300 \
             salariés, un éboulement a eu lieu sur le site de Khossanto. Pour le parti, \
             Macron a tort. L'or vaut 40 000 francs CFA le gramme.",
        );
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["Balkan Defence Systems"],
            "{v:?}"
        );
    }

    /// A company word at the end of a name makes it an organisation; the
    /// holiday is no person.
    #[test]
    fn company_suffixes_and_the_holiday() {
        let v = run(
            "L'autobus appartient à Echo Transportation. Un porte-parole de Linden Cars a parlé.",
        );
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["Echo Transportation", "Linden Cars"]
        );
        assert!(names(&v, ActorKind::Person).is_empty());
        let v = run("L'attentat du marché de Noël de Strasbourg. Noël Mamère a réagi.");
        assert_eq!(names(&v, ActorKind::Person), ["Noël Mamère"]);
    }

    #[test]
    fn tokenizer_splits_elisions_and_keeps_hyphens() {
        let f = folded_words("l'Organisation d'Al-Bab, aujourd'hui Jean-Yves O'Brien.");
        assert_eq!(
            f,
            [
                "l'",
                "organisation",
                "d'",
                "al-bab",
                ",",
                "aujourd'hui",
                "jean-yves",
                "o'brien",
                "."
            ]
        );
    }

    #[test]
    fn person_with_first_name_and_surname_coreference() {
        let v = run(
            "Le président Kassym-Jomart Tokayev a limogé son Premier ministre. Tokayev a ensuite parlé.",
        );
        let p: Vec<&ActorMention> = v.iter().filter(|a| a.kind == ActorKind::Person).collect();
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].text, "Kassym-Jomart Tokayev");
        assert_eq!(p[1].text, "Tokayev");
        assert_eq!(p[1].name, "Kassym-Jomart Tokayev");
        assert_eq!(p[0].title.as_deref(), Some("président"));
        assert_eq!(p[0].category, Category::Government);
    }

    /// The first of two surnames names the person alone ("Mbuyi" after
    /// "Fabrice Mbuyi Kalonji", "Maduro" after "Nicolás Maduro Moros"); a
    /// second given name does not ("Marie" after "Jean Marie Le Pen").
    #[test]
    fn the_first_of_two_surnames_corefers() {
        for (text, alone, full) in [
            (
                "Le lieutenant-colonel Fabrice Mbuyi Kalonji a parlé. Le lieutenant-colonel Mbuyi a ajouté que les tirs venaient des rebelles.",
                "Mbuyi",
                "Fabrice Mbuyi Kalonji",
            ),
            (
                "Le président Nicolás Maduro Moros a parlé. Selon Maduro, l'élection est valide.",
                "Maduro",
                "Nicolás Maduro Moros",
            ),
        ] {
            let v = run(text);
            let last = v.iter().rfind(|a| a.text == alone).expect(text);
            assert_eq!(last.name, full, "{v:?}");
        }
        let v = run("Jean Marie Le Pen a parlé. Marie a répondu à la presse.");
        assert!(
            v.iter()
                .all(|a| a.text != "Marie" || a.name != "Jean Marie Le Pen"),
            "{v:?}"
        );
    }

    /// A surname goes to the nearest full name before it.
    #[test]
    fn a_surname_goes_to_the_nearest_full_name() {
        for text in [
            "Jean Dupont a parlé. Pierre Dupont a répondu. M. Dupont a ensuite quitté la salle.",
            "Jean Dupont a parlé. Pierre Dupont a répondu. Dupont a ensuite quitté la salle.",
        ] {
            let v = run(text);
            let last = v.iter().rfind(|a| a.text == "Dupont").unwrap();
            assert_eq!(last.name, "Pierre Dupont", "{v:?}");
        }
    }

    /// A shorter full name goes to the longer one that ends with it, before
    /// or after it.
    #[test]
    fn a_full_name_goes_to_a_longer_one() {
        let v = run("Tayyip Erdogan est arrivé. Recep Tayyip Erdogan a parlé.");
        let p: Vec<&ActorMention> = v.iter().filter(|a| a.kind == ActorKind::Person).collect();
        let tayyip = p.iter().find(|a| a.text == "Tayyip Erdogan").unwrap();
        assert_eq!(tayyip.name, "Recep Tayyip Erdogan", "{p:?}");
    }

    #[test]
    fn surname_before_full_name_and_particles() {
        let v = run(
            "Le Drian en visite\n\nLe ministre Jean-Yves Le Drian est arrivé hier. Selon M. Le Drian, tout va bien.",
        );
        let p: Vec<&ActorMention> = v.iter().filter(|a| a.kind == ActorKind::Person).collect();
        assert!(p.iter().any(|a| a.text == "Jean-Yves Le Drian"));
        assert!(p.iter().all(|a| a.name == "Jean-Yves Le Drian"), "{p:?}");
        assert!(p.len() >= 2);
    }

    /// Spanish "de los", "de las" and a patronymic "Ould"/"ben" before
    /// "Cheikh" stay inside a name; "le cheikh" alone is a title.
    #[test]
    fn spanish_and_patronymic_particles() {
        let v = run("Selon l'avocate Ana Lucía de las Heras, le maire Ahmed Ould Cheikh a menti.");
        assert_eq!(
            names(&v, ActorKind::Person),
            ["Ana Lucía de las Heras", "Ahmed Ould Cheikh"]
        );
        let v = run("Le cheikh a prié pour les victimes.");
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
    }

    /// Sahelian, Congolese and Ethiopian names: given names of the
    /// supplement open them, "wa" is a particle inside ("Richard Kasongo wa
    /// Ilunga"), and the first of two surnames before a particle names the
    /// person alone ("le général Mora" for "Jorge Hernando Mora de Castro").
    #[test]
    fn sahelian_congolese_and_spanish_names() {
        let v = run("Le chef du bureau, Moustapha Ould Sidi Mohamed, a promis une enquête.");
        assert_eq!(
            names(&v, ActorKind::Person),
            ["Moustapha Ould Sidi Mohamed"]
        );
        let v = run(
            "Le gouverneur, le général Richard Kasongo wa Ilunga, a parlé. Le général \
                     Kasongo a ajouté que l'armée tenait la ville.",
        );
        assert!(
            v.iter()
                .filter(|a| a.kind == ActorKind::Person)
                .all(|a| a.name == "Richard Kasongo wa Ilunga"),
            "{v:?}"
        );
        let v = run(
            "Le général Jorge Hernando Mora de Castro a parlé. Le général Mora a ajouté \
                     que l'armée tenait la ville.",
        );
        let mora = v.iter().rfind(|a| a.text == "Mora").expect("Mora");
        assert_eq!(mora.name, "Jorge Hernando Mora de Castro");
        // (A second given name is no surname: "Jean Pierre Marie Dupont"
        // is not "Pierre".)
        let v = run("Jean Pierre Marie Dupont a parlé. Pierre a répondu à la presse.");
        assert!(
            v.iter()
                .all(|a| a.text != "Pierre" || a.name != "Jean Pierre Marie Dupont"),
            "{v:?}"
        );
    }

    /// "Coordination" and "Plateforme" head names of civil society, whose
    /// complements are the displaced, services or organisations; a
    /// lower-case coordination is none.
    #[test]
    fn coordinations_platforms_and_their_complements() {
        let v = run(
            "Selon la Coordination générale des déplacés et réfugiés du Darfour, le camp \
                     a été bombardé. Le Comité permanent de contrôle des services de police a \
                     été saisi.",
        );
        assert_eq!(
            names(&v, ActorKind::Organization),
            [
                "Coordination générale des déplacés et réfugiés du Darfour",
                "Comité permanent de contrôle des services de police"
            ]
        );
        let v = run("Une coordination des secours a été mise en place à Goma.");
        assert!(names(&v, ActorKind::Organization).is_empty(), "{v:?}");
    }

    /// A title and an adjective of its office ("le gouverneur régional",
    /// "le maire adjoint") cue the unknown name after them.
    #[test]
    fn a_title_with_an_adjective_of_its_office() {
        let v = run("À Kharkiv, le gouverneur régional Oleh Synegoubov a fait état de 62 blessés.");
        assert_eq!(names(&v, ActorKind::Person), ["Oleh Synegoubov"]);
        let p = v.iter().find(|a| a.kind == ActorKind::Person).unwrap();
        assert_eq!(p.title.as_deref(), Some("gouverneur régional"));
        let v = run("Le conseil régional Auvergne-Rhône-Alpes a voté.");
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
    }

    /// A title whose complement holds an administration and its adjective
    /// ("le chef de l'administration militaire de la capitale") cues the
    /// name after its comma; an administration with no title cues none.
    #[test]
    fn a_title_of_an_administration() {
        let v = run(
            "Deux personnes ont été tuées, selon le chef de l'administration militaire de la \
             capitale, Serhiy Popko.",
        );
        assert_eq!(names(&v, ActorKind::Person), ["Serhiy Popko"]);
        let p = v.iter().find(|a| a.kind == ActorKind::Person).unwrap();
        assert_eq!(
            p.title.as_deref(),
            Some("chef de l'administration militaire de la capitale")
        );
        let v = run("Selon l'administration militaire de la capitale, Kiev Ouest est touché.");
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
    }

    /// An organisation's name runs over a list of adjectives, a singular
    /// adjective after a capitalised complement and what a struggle is
    /// against; not over a verb with an adjective's ending.
    #[test]
    fn organisation_names_with_adjectives_and_struggles() {
        let v = run(
            "Selon la Société d'exploitation et de développement aéroportuaire, \
             aéronautique et météorologique, il pleuvra.",
        );
        assert_eq!(
            names(&v, ActorKind::Organization),
            [
                "Société d'exploitation et de développement aéroportuaire, aéronautique et météorologique"
            ]
        );
        let v = run("Le ministère de la Solidarité et de la Lutte contre la pauvreté a réagi.");
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["ministère de la Solidarité et de la Lutte contre la pauvreté"]
        );
        let v = run("Le ministère de la Population et de la Réforme hospitalière a réagi.");
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["ministère de la Population et de la Réforme hospitalière"]
        );
        let v = run("Le ministère de l'Intérieur communique un bilan.");
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["ministère de l'Intérieur"]
        );
    }

    /// A known organisation followed by a country's name is its national
    /// section ("Amnesty International Kenya"); told alone, it is itself.
    #[test]
    fn national_sections_of_known_organisations() {
        let v = run("Selon Amnesty International Kenya, 32 personnes ont été enlevées.");
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["Amnesty International Kenya"]
        );
        let v = run("Selon Amnesty International, au Kenya, 32 personnes ont été enlevées.");
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["Amnesty International"]
        );
    }

    /// Given names right after "près de" or "aux abords de" name a place
    /// the gazetteer lacks ("près de Mir Ali"), not a person.
    #[test]
    fn given_names_after_a_locative_are_no_person() {
        let v = run("Le véhicule patrouillait près de Mir Ali lorsque l'engin a explosé.");
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
        let v = run("Il était assis près de son ami Jean Dupont quand la bombe a explosé.");
        assert_eq!(names(&v, ActorKind::Person), ["Jean Dupont"]);
    }

    #[test]
    fn title_cue_without_known_first_name() {
        let v = run(
            "Il a rencontré le général Zorbakhov à Moscou. Selon Mme Plante, la ville est calme.",
        );
        assert_eq!(names(&v, ActorKind::Person), ["Zorbakhov", "Plante"]);
        let z = v.iter().find(|a| a.text == "Zorbakhov").unwrap();
        assert_eq!(z.title.as_deref(), Some("général"));
        assert_eq!(z.category, Category::Military);
    }

    /// A name of four words after a title and a comma, closed by a comma
    /// ("Le Premier ministre, Khadga Prasad Sharma Oli, a parlé").
    #[test]
    fn four_words_apposed_after_a_title() {
        let v = run("Le Premier ministre, Khadga Prasad Sharma Oli, a exprimé ses condoléances.");
        assert_eq!(names(&v, ActorKind::Person), ["Khadga Prasad Sharma Oli"]);
        let v = run("Le Premier ministre, Khadga Prasad Sharma Oli et les siens ont parlé.");
        assert!(names(&v, ActorKind::Person).len() <= 1, "{v:?}");
    }

    /// A general's rank with its level ("le général de brigade", "de
    /// division") is one title before the name.
    #[test]
    fn a_generals_rank_with_its_level() {
        let v = run("Son porte-parole, le général de brigade Haïdar al-Khafaji, a parlé.");
        assert_eq!(names(&v, ActorKind::Person), ["Haïdar al-Khafaji"]);
        let p = v.iter().find(|a| a.kind == ActorKind::Person).unwrap();
        assert_eq!(p.title.as_deref(), Some("général de brigade"));
    }

    /// "Dr" and "Pr" without their dot, as French typography writes them,
    /// cue a name as "Dr." does.
    #[test]
    fn doctor_and_professor_without_a_dot() {
        let v = run("Le directeur, le Dr Moriba Kolié, a parlé. Selon le Pr Zorbakhov, rien.");
        assert_eq!(names(&v, ActorKind::Person), ["Moriba Kolié", "Zorbakhov"]);
        assert!(!v.iter().any(|a| a.text.starts_with("Dr")), "{v:?}");
    }

    /// A cleric's honorific ("Mawlawi", "Maulvi", "Maulana") is his title,
    /// no part of his name.
    #[test]
    fn a_clerics_honorific_is_a_title() {
        let v = run("Un responsable provincial, Mawlawi Nazar Mohammad Amiri, a parlé.");
        assert_eq!(names(&v, ActorKind::Person), ["Nazar Mohammad Amiri"]);
        let p = v.iter().find(|a| a.kind == ActorKind::Person).unwrap();
        assert_eq!(p.title.as_deref(), Some("mawlawi"));
    }

    #[test]
    fn apposition_gives_title() {
        let v = run("Il a cité Rami Abdel Rahmane, directeur de l'OSDH, hier.");
        let p = v.iter().find(|a| a.kind == ActorKind::Person).unwrap();
        assert_eq!(p.text, "Rami Abdel Rahmane");
        assert_eq!(p.title.as_deref(), Some("directeur"));
        // An Indian police rank before the name it titles, a South Asian
        // first name of the supplement.
        let v = run(
            "Dix personnes ont été arrêtées, a précisé le surintendant de police, Sanjay Patil.",
        );
        let p = v.iter().find(|a| a.kind == ActorKind::Person).unwrap();
        assert_eq!(p.text, "Sanjay Patil");
        assert_eq!(p.title.as_deref(), Some("surintendant de police"));
    }

    /// A deputy mayor in apposition names the person before it, with a
    /// Sahel first name the lexicon has ("Harouna Dicko, vice-maire de la
    /// commune"); one letter before a title is no one's name ("le réseau
    /// social X, l'adjoint au maire").
    #[test]
    fn deputy_mayors_and_one_letter() {
        let v = run("« Ils sont arrivés », a raconté Harouna Dicko, vice-maire de la commune.");
        let p = v.iter().find(|a| a.kind == ActorKind::Person).unwrap();
        assert_eq!(p.text, "Harouna Dicko");
        assert_eq!(p.title.as_deref(), Some("vice-maire"));
        let v = run("Sur le réseau social X, l'adjoint au maire de Toulouse a réagi.");
        assert!(v.iter().all(|a| a.kind != ActorKind::Person), "{v:?}");
    }

    #[test]
    fn complement_of_title_is_not_a_name() {
        let v = run("Le ministre de l'Intérieur Bernard Cazeneuve a parlé.");
        assert_eq!(names(&v, ActorKind::Person), ["Bernard Cazeneuve"]);
        let p = v.iter().find(|a| a.kind == ActorKind::Person).unwrap();
        assert_eq!(p.title.as_deref(), Some("ministre de l'Intérieur"));
    }

    /// A foreign particle in lower case after a capitalised word ends the
    /// name of a paper, a coast or an office ("le Corriere del Veneto", "la
    /// Costa del Sol"); a building's word ends a building's ("le Rana
    /// Plaza"): no person. A person's particle stays ("Juan del Castillo").
    #[test]
    fn papers_coasts_and_buildings_are_no_persons() {
        for text in [
            "Selon le Corriere del Veneto, trois personnes sont mortes.",
            "Sur la Costa del Sol, deux touristes sont morts.",
            "La Defensoría del Pueblo a dénoncé les violences.",
            "L'effondrement du Rana Plaza avait tué 1 134 ouvriers.",
        ] {
            let v = run(text);
            assert!(names(&v, ActorKind::Person).is_empty(), "{text}");
        }
        let v = run("Le maire Juan del Castillo a été arrêté.");
        assert_eq!(names(&v, ActorKind::Person), ["Juan del Castillo"]);
    }

    /// A title's complement may run over "et" and an adjective ("ministre
    /// de l'Énergie et des Ressources naturelles, Kerem Tunç"); deputies
    /// and sheikhs are titles; "Cheikh" inside a name continues it.
    #[test]
    fn long_complements_deputies_and_sheikhs() {
        let v = run("Le ministre de l'Énergie et des Ressources naturelles, Kerem Tunç, a parlé.");
        assert_eq!(names(&v, ActorKind::Person), ["Kerem Tunç"]);
        let v = run("Le vice-ministre de l'Intérieur, Levan Abashidze, a parlé.");
        assert_eq!(names(&v, ActorKind::Person), ["Levan Abashidze"]);
        let v = run("Un chef tribal, le cheikh Hamad al-Jassem, a accusé l'armée.");
        assert_eq!(names(&v, ActorKind::Person), ["Hamad al-Jassem"]);
        let v = run("Le président Hassan Cheikh Mohamoud a condamné l'attaque.");
        assert_eq!(names(&v, ActorKind::Person), ["Hassan Cheikh Mohamoud"]);
        // A capitalised "Sheikh" or "Cheikh" with no article before it is a
        // given name, and the surname alone later is that person.
        let v = run(
            "La Première ministre du Bangladesh Sheikh Hasina a démissionné. Mme Hasina a fui.",
        );
        assert_eq!(names(&v, ActorKind::Person), ["Sheikh Hasina"]);
        let v = run("Le juge Cheikh Dieng a été arrêté lundi à Dakar.");
        assert_eq!(names(&v, ActorKind::Person), ["Cheikh Dieng"]);
        // Before a first name, after a title's comma or "selon".
        let v = run("Selon Cheikh Tidiane Ba, les pertes sont lourdes.");
        assert_eq!(names(&v, ActorKind::Person), ["Cheikh Tidiane Ba"]);
        let v = run("Le ministre Cheikh Tidiane Gadio a parlé.");
        assert_eq!(names(&v, ActorKind::Person), ["Cheikh Tidiane Gadio"]);
        let v = run("Le cheikh Hamad al-Thani a reçu le ministre.");
        assert_eq!(names(&v, ActorKind::Person), ["Hamad al-Thani"]);
        // Given names of the Caucasus and Central Asia, with no title
        // before them.
        let v = run("Le Défenseur public de Géorgie, Levan Tsiklauri, a dénoncé des violences.");
        assert_eq!(names(&v, ActorKind::Person), ["Levan Tsiklauri"]);
        let v = run("Selon Irakli Lomidze, cité par l'agence, la police a chargé.");
        assert_eq!(names(&v, ActorKind::Person), ["Irakli Lomidze"]);
    }

    /// Names of agencies over their trade ("des urgences", "pour l'étude
    /// de la neige", "des droits humains"), a country's acronym at the end
    /// ("de la RDC"), and an acronym in parentheses that is not the name's
    /// initials (English, partial): one organisation.
    #[test]
    fn agencies_of_emergencies_and_their_acronyms() {
        let v = run(
            "L'Agence de gestion des urgences de l'État de Lagos (Lasema) a parlé. \
             La Lasema a ensuite démenti.",
        );
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["Agence de gestion des urgences de l'État de Lagos"]
        );
        let doc = Document::parse(
            "Les Forces armées de la RDC (FARDC) ont riposté. Les FARDC ont avancé.",
        );
        let v = extract(&doc, &crate::extract::places::extract(&doc));
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["Forces armées de la RDC"]
        );
        let v = run("La Commission nationale kényane des droits humains a publié un bilan.");
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["Commission nationale kényane des droits humains"]
        );
    }

    /// Criminal groups after their kind word, a capitalised article
    /// opening a name after any kind word, and a list after a plural one.
    #[test]
    fn gangs_cartels_and_names_opening_on_an_article() {
        let v = run(
            "Des membres des gangs Los Lobos et Los Choneros se sont affrontés. Le cartel La \
             Familia Michoacana contrôle la zone, selon le quotidien Le Monde.",
        );
        let orgs = names(&v, ActorKind::Organization);
        for o in [
            "Los Lobos",
            "Los Choneros",
            "La Familia Michoacana",
            "Le Monde",
        ] {
            assert!(orgs.contains(&o.to_string()), "{o}: {orgs:?}");
        }
        // Not an article alone, nor a place.
        let v = run("Il vit à Los Angeles. Le groupe Le a disparu.");
        assert!(names(&v, ActorKind::Organization).is_empty(), "{v:?}");
        // A cartel named by its home in lower case; a faction by its name.
        let v = run(
            "Les factions du cartel de Sinaloa s'affrontent. La faction Los Chapitos a riposté.",
        );
        let orgs = names(&v, ActorKind::Organization);
        for o in ["cartel de Sinaloa", "Los Chapitos"] {
            assert!(orgs.contains(&o.to_string()), "{o}: {orgs:?}");
        }
        // A number closes a name; a count of people after a name does not.
        let v = run("L'association Utopia 56 a dénoncé le drame.");
        assert_eq!(names(&v, ActorKind::Organization), ["Utopia 56"]);
        let v = run("Selon l'ONG Acled 12 personnes sont mortes.");
        assert_eq!(names(&v, ActorKind::Organization), ["Acled"]);
    }

    /// A known name of three words or more is read in lower case too ("le
    /// parquet national antiterroriste"), but a capitalised form, where
    /// there is one, names the organisation (the lower-case one a gloss).
    #[test]
    fn known_names_in_lower_case_and_glosses() {
        let v = run("Le parquet national antiterroriste s'est saisi de l'enquête.");
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["parquet national antiterroriste"]
        );
        let v = run(
            "L'attaque est revendiquée par le Jamaat Nosrat al-Islam wal-Mouslimin, groupe de \
             soutien à l'islam et aux musulmans.",
        );
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["Jamaat Nosrat al-Islam wal-Mouslimin"]
        );
        // Lower case, with its acronym: the name, not the acronym.
        let v = run("Le parquet national antiterroriste (PNAT) s'est saisi. Le PNAT a confirmé.");
        let orgs = v.iter().filter(|a| a.kind == ActorKind::Organization);
        assert!(orgs.clone().count() >= 2, "{v:?}");
        assert!(
            orgs.into_iter()
                .all(|a| a.name == "parquet national antiterroriste"),
            "{v:?}"
        );
        // Not a form that opens on its article.
        let v = run("Il a rejoint la france insoumise en 2017.");
        assert!(names(&v, ActorKind::Organization).is_empty(), "{v:?}");
    }

    /// A broadcaster's service named in English after its acronym ("ABC
    /// News", "NHK World") is the name; not a word of another kind after
    /// it.
    #[test]
    fn broadcasters_services_after_their_acronym() {
        let v = run("Selon ABC News et NHK World, sept personnes sont mortes.");
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["ABC News", "NHK World"]
        );
        let v = run("Selon ABC, Dimanche sept personnes sont mortes.");
        assert_eq!(names(&v, ActorKind::Organization), ["ABC"]);
    }

    /// An acronym the press writes as a word ("Manui") after the name it
    /// stands for, in brackets: that name's, there and wherever else it is
    /// mentioned; not a kind of place's ("Ehpad"), not a word in brackets
    /// that the name's initials do not spell.
    #[test]
    fn acronyms_written_as_words() {
        let v = run(
            "Selon la Manui, douze civils ont été tués. La Mission d'assistance des Nations \
             unies pour l'Irak (Manui) a dénoncé l'attaque.",
        );
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["Mission d'assistance des Nations unies pour l'Irak"]
        );
        assert_eq!(
            v.iter()
                .filter(|a| a.name == "Mission d'assistance des Nations unies pour l'Irak")
                .count(),
            3,
            "{v:?}"
        );
        let v = run(
            "Le feu a pris dans l'établissement d'hébergement pour personnes âgées \
             dépendantes (Ehpad) de Lyon. L'Ehpad a été évacué.",
        );
        assert!(names(&v, ActorKind::Organization).is_empty(), "{v:?}");
        let v = run("Le Parti démocratique (Bemba) proteste. Bemba a parlé.");
        assert_eq!(names(&v, ActorKind::Organization), ["Parti démocratique"]);
    }

    /// The town or territory after an expansion's acronym is the name's
    /// ("le centre hospitalier universitaire (CHU) de Nantes"), the
    /// acronym dropped from it, whether in capitals or written as a word.
    #[test]
    fn territory_after_an_acronym_in_brackets() {
        assert_eq!(
            orgs_with_places(
                "Le blessé a été transporté au centre hospitalier universitaire (CHU) de Nantes."
            ),
            ["centre hospitalier universitaire de Nantes"]
        );
        assert_eq!(
            orgs_with_places(
                "Le service départemental d'incendie et de secours (Sdis) du Morbihan a \
                 engagé trente pompiers."
            ),
            ["service départemental d'incendie et de secours du Morbihan"]
        );
        // The text may end on the bracket.
        assert_eq!(
            orgs_with_places("Le centre hospitalier universitaire (CHU)"),
            ["centre hospitalier universitaire"]
        );
        // Not a person after it.
        assert_eq!(
            orgs_with_places(
                "Le Fonds monétaire international (FMI) de Christine Lagarde a prêté."
            ),
            ["Fonds monétaire international"]
        );
    }

    /// A name runs to the acronym in parentheses that closes it, over
    /// words the grammar would stop at (lower-case nouns after "des", a
    /// plural trade); not over a clause, an English phrase or a dateline.
    #[test]
    fn a_name_runs_to_its_acronym_in_parentheses() {
        let v = run(
            "Le bilan a été donné par le Conseil national de gestion et de réduction des \
             risques de catastrophes (NDRRMC). Le NDRRMC a ajouté que l'Association des \
             fabricants et exportateurs de vêtements du Bangladesh (BGMEA) paierait.",
        );
        assert_eq!(
            names(&v, ActorKind::Organization),
            [
                "Conseil national de gestion et de réduction des risques de catastrophes",
                "Association des fabricants et exportateurs de vêtements du Bangladesh"
            ]
        );
        // An adjective of the ministry's field is part of its name.
        let v = run("Selon le ministère de la Marine marchande, cinq marins manquent.");
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["ministère de la Marine marchande"]
        );
        let v = run(
            "Le ministère des Sports et de l'Éducation physique et le ministère de \
             l'Économie numérique ont réagi.",
        );
        assert_eq!(
            names(&v, ActorKind::Organization),
            [
                "ministère des Sports et de l'Éducation physique",
                "ministère de l'Économie numérique"
            ]
        );
        // "ex-" is no part of a name.
        let v = run("Des dissidents des ex-Forces armées révolutionnaires de Colombie (FARC).");
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["Forces armées révolutionnaires de Colombie"]
        );
        // A foreign organisation's French name before its own acronym; a
        // description is no name ("la Force de maintien de la paix
        // (MINUSTAH)"), nor a noun phrase after a comma.
        let v = run(
            "Le Département météorologique indien (IMD) prévoit des pluies. Les soldats de \
             la Force de maintien de la paix (MINUSTAH) partent. Selon la Banque du Sang, \
             l'institut national de santé publique (GGD) enquête.",
        );
        let orgs = names(&v, ActorKind::Organization);
        assert!(
            orgs.contains(&"Département météorologique indien".to_string()),
            "{orgs:?}"
        );
        assert!(orgs.contains(&"MINUSTAH".to_string()), "{orgs:?}");
        assert!(orgs.contains(&"GGD".to_string()), "{orgs:?}");
        // The head before the name's complement is the name's.
        let v = run(
            "Selon le ministère de la Protection sociale et du Développement (DSWD), 86 000 \
             personnes sont hébergées.",
        );
        assert!(
            names(&v, ActorKind::Organization)
                .contains(&"ministère de la Protection sociale et du Développement".to_string()),
            "{v:?}"
        );
        // Complements listed with commas.
        let v = run(
            "Selon l'Agence de météorologie, de climatologie et de géophysique (BMKG), \
             aucune alerte n'a été émise.",
        );
        assert!(
            names(&v, ActorKind::Organization)
                .contains(&"Agence de météorologie, de climatologie et de géophysique".to_string()),
            "{v:?}"
        );
        let v = run("Le Comité des fêtes a annoncé mardi (AFP) un bal.");
        assert_eq!(names(&v, ActorKind::Organization), ["AFP"]);
        let v = run("Ils ont fondé la Caribbean Association of Professionals in care (CAPC).");
        assert!(
            !names(&v, ActorKind::Organization)
                .iter()
                .any(|n| n == "Association of Professionals in care"),
            "{v:?}"
        );
    }

    #[test]
    fn sentence_starts_are_not_persons() {
        let v = run("Selon la police, Mercredi soir, les manifestants sont partis. Depuis, rien.");
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
    }

    #[test]
    fn acronym_and_expansion_share_the_expansion_name() {
        let v = run(
            "Le Kazakhstan a sollicité l'Organisation du Traité de Sécurité Collective (OSTC). L'OSTC a répondu.",
        );
        let o: Vec<&ActorMention> = v
            .iter()
            .filter(|a| a.kind == ActorKind::Organization)
            .collect();
        assert_eq!(o.len(), 3, "{o:?}");
        assert!(
            o.iter()
                .all(|a| a.name == "Organisation du Traité de Sécurité Collective")
        );
    }

    /// A prefixed compound gives its stem's letter to an acronym
    /// ("antiterroriste": A, T), and a sub-directorate is a body.
    #[test]
    fn acronym_letters_of_a_prefixed_compound() {
        let v = run(
            "L'enquête a été confiée à la sous-direction antiterroriste (SDAT). La SDAT a \
             interpellé deux hommes.",
        );
        let o: Vec<&str> = v
            .iter()
            .filter(|a| a.kind == ActorKind::Organization)
            .map(|a| a.name.as_str())
            .collect();
        assert_eq!(o, ["sous-direction antiterroriste"; 3]);
        // The first letter of each word is still needed.
        let v = run("Les experts antiterroristes (AT) ont été consultés.");
        assert!(v.iter().all(|a| a.kind != ActorKind::Organization), "{v:?}");
    }

    #[test]
    fn acronym_first_then_expansion() {
        let v =
            run("Le MNLA (Mouvement national de libération de l'Azawad) a revendiqué l'attaque.");
        let o: Vec<&ActorMention> = v
            .iter()
            .filter(|a| a.kind == ActorKind::Organization)
            .collect();
        assert!(
            o.iter()
                .all(|a| a.name == "Mouvement national de libération de l'Azawad"),
            "{o:?}"
        );
    }

    #[test]
    fn head_noun_orgs_and_bare_head_coreference() {
        let v = run(
            "Le Conseil de sécurité kazakh s'est réuni. Le Conseil a décidé de fermer le parlement kazakh.",
        );
        let o: Vec<&ActorMention> = v
            .iter()
            .filter(|a| a.kind == ActorKind::Organization)
            .collect();
        assert_eq!(o[0].text, "Conseil de sécurité kazakh");
        assert_eq!(o[0].country.as_deref(), Some("KZ"));
        assert_eq!(o[1].text, "Conseil");
        assert_eq!(o[1].name, "Conseil de sécurité kazakh");
        assert_eq!(o[2].text, "parlement kazakh");
        // The start of a name told before is that name.
        let v = run(
            "Le parquet de l'État de Guanajuato a ouvert une enquête. Onze morts, a précisé \
             le parquet de l'État.",
        );
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["parquet de l'État de Guanajuato"]
        );
        assert_eq!(v.len(), 2, "{v:?}");
        // The State of the story alone is no part of a name.
        let orgs = |text: &str| names(&run(text), ActorKind::Organization);
        assert!(orgs("Onze morts, a précisé le parquet de l'État.").is_empty());
        assert_eq!(
            orgs("Selon le ministère de la Santé de l'État, onze morts."),
            ["ministère de la Santé"]
        );
        assert_eq!(orgs("Le Conseil d'État a statué."), ["Conseil d'État"]);
    }

    #[test]
    fn case_variants_share_one_name() {
        let v = run(
            "Le Conseil de Sécurité kazakh a siégé. Plus tard, le Conseil de sécurité kazakh a voté.",
        );
        let o: Vec<&ActorMention> = v
            .iter()
            .filter(|a| a.kind == ActorKind::Organization)
            .collect();
        assert_eq!(o.len(), 2);
        assert_eq!(o[0].name, o[1].name);
    }

    /// The speaker of a quotation named after whom it was told to ("a
    /// confié à l'APS Moustapha Diop"), and a name of four words after a
    /// title ("le président Abd Rabbo Mansour Hadi").
    #[test]
    fn speakers_told_to_and_long_titled_names() {
        let persons = |t: &str| all_names(&run(t), ActorKind::Person);
        assert_eq!(
            persons("« Il est vivant », a confié à l'APS Moustapha Diop, frère d'un chauffeur."),
            ["Moustapha Diop"]
        );
        assert_eq!(
            persons("« Nous manquons de tout », a déclaré à Reuters Faisal Edhi."),
            ["Faisal Edhi"]
        );
        assert!(persons("« Il est vivant », a confié à l'AFP un habitant.").is_empty());
        assert_eq!(
            persons("Le gouvernement du président Abd Rabbo Mansour Hadi a démenti."),
            ["Abd Rabbo Mansour Hadi"]
        );
        assert!(persons("Il a chanté Wake Me Up Before You Go-Go.").is_empty());
        // Four capitalised words opening the text: no cue before them (the
        // check once looked one token before the first).
        assert!(persons("British Academy Television Awards : la liste des lauréats").is_empty());
        // The office's standing between the title and the name.
        assert_eq!(
            persons("Le président provisoire Jocelerme Privert a décrété un deuil national."),
            ["Jocelerme Privert"]
        );
    }

    /// A known name of two words written in lower case is the
    /// organisation where its acronym follows in brackets; alone, it may
    /// be a common phrase. A federal body keeps its adjective.
    #[test]
    fn lower_case_known_names() {
        let orgs = |t: &str| all_names(&run(t), ActorKind::Organization);
        assert_eq!(
            orgs("Les policiers de la brigade anticriminalité (BAC) sont intervenus."),
            ["brigade anticriminalité"; 2]
        );
        assert!(orgs("Les policiers de la brigade anticriminalité sont intervenus.").is_empty());
        assert_eq!(
            orgs("Le parquet a saisi la police judiciaire fédérale."),
            ["police judiciaire fédérale"]
        );
        assert_eq!(
            orgs("La police judiciaire a ouvert une enquête."),
            ["police judiciaire"]
        );
    }

    #[test]
    fn lexicon_orgs_with_aliases() {
        let v = run(
            "Daech a revendiqué l'attentat. L'État islamique a publié un communiqué relayé par l'AFP.",
        );
        let o: Vec<&ActorMention> = v
            .iter()
            .filter(|a| a.kind == ActorKind::Organization)
            .collect();
        assert_eq!(o[0].name, "État islamique");
        assert_eq!(o[0].category, Category::Militants);
        assert!(
            o.iter()
                .any(|a| a.name == "AFP" && a.category == Category::Media)
        );
        // An acronym told far from its name, either first.
        let v = run(
            "« Cinquante militaires et VDP ont péri », a dit une source, en référence aux \
             Volontaires pour la défense de la patrie, les supplétifs de l'armée.",
        );
        assert!(
            v.iter()
                .filter(|a| a.kind == ActorKind::Organization)
                .all(|a| a.name == "Volontaires pour la défense de la patrie"),
            "{v:?}"
        );
        // A known name that holds a place's: "Chine nouvelle" is the agency.
        let v = run("L'agence Chine nouvelle a fait état de quatre morts.");
        assert!(
            v.iter()
                .any(|a| a.name == "Chine nouvelle" && a.category == Category::Media),
            "{v:?}"
        );
        // A rescue centre named by its region, a mafia by its name: the
        // region is no place of its own, the island no meeting.
        let v = run("Le CROSS Réunion a coordonné les recherches. La Camorra est visée.");
        let names: Vec<&str> = v.iter().map(|a| a.name.as_str()).collect();
        assert!(
            names.contains(&"CROSS Réunion") && names.contains(&"Camorra"),
            "{names:?}"
        );
    }

    #[test]
    fn groups_with_misspelt_nationality() {
        let v = run("Les forces de sécurité kazahkes ont tiré sur des manifestants.");
        let g: Vec<&ActorMention> = v.iter().filter(|a| a.kind == ActorKind::Group).collect();
        assert_eq!(g[0].name, "forces de sécurité");
        assert_eq!(g[0].country.as_deref(), Some("KZ"));
        assert_eq!(g[0].category, Category::Security);
        assert_eq!(g[1].category, Category::Protesters);
    }

    #[test]
    fn initials_close_a_name() {
        let v = run("Il s'agit de « Mohamed R. », 39 ans.");
        assert_eq!(names(&v, ActorKind::Person), ["Mohamed R."]);
        // An initial with an accent.
        let v = run("Un second homme, Burak Ö., 24 ans, a été arrêté.");
        assert_eq!(names(&v, ActorKind::Person), ["Burak Ö."]);
    }

    #[test]
    fn offsets_are_characters() {
        let text = "Élan. Le général Émile Zola est là.";
        let v = run(text);
        let p = v.iter().find(|a| a.kind == ActorKind::Person).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let s: String = chars[p.start..p.end].iter().collect();
        assert_eq!(s, p.text);
    }
    /// An expansion that holds a known name and goes beyond it names
    /// another organisation: the known one keeps its own name.
    #[test]
    fn a_longer_expansion_is_another_organisation() {
        let v = run(
            "L'attentat a été revendiqué par l'État islamique au Khorassan (EI-K), la branche \
             régionale du groupe État islamique.",
        );
        let n = names(&v, ActorKind::Organization);
        assert!(n.contains(&"État islamique".to_string()), "{n:?}");
        assert!(
            n.contains(&"État islamique au Khorassan".to_string()),
            "{n:?}"
        );
    }

    /// Burmese, Thai, Cambodian, Vietnamese given names open a person's
    /// name with no title before it.
    #[test]
    fn asian_given_names_open_a_name() {
        let v = run(
            "La junte a renversé le gouvernement d'Aung San Suu Kyi. Thaksin Shinawatra \
             est rentré à Bangkok.",
        );
        let p = names(&v, ActorKind::Person);
        assert!(p.contains(&"Aung San Suu Kyi".to_string()), "{p:?}");
        assert!(p.contains(&"Thaksin Shinawatra".to_string()), "{p:?}");
    }

    /// A name in apposition after "le chef du gang" is the head's: a
    /// person, not the gang.
    #[test]
    fn the_head_of_a_gang_is_a_person() {
        let v = run("Le chef du gang, Luckson Elan, aurait dirigé l'opération.");
        // (The test of "le directeur de l'entreprise, Balkan Defence Systems"
        // keeps the company.)
        assert_eq!(names(&v, ActorKind::Person), ["Luckson Elan"]);
        assert!(names(&v, ActorKind::Organization).is_empty());
    }

    /// The agency of a dateline is an organisation the text names (most
    /// annotators of the written sets list it); events leave it out of
    /// their actors (`events::in_byline`).
    #[test]
    fn the_agency_of_a_dateline_is_named() {
        let doc = Document::parse("KABOUL, 12 mars 2019 (AFP) - Huit civils ont été tués.");
        let v = extract(&doc, &crate::extract::places::extract(&doc));
        assert_eq!(names(&v, ActorKind::Organization), ["AFP"]);
    }

    #[test]
    fn adjacent_names_are_split() {
        let v = run(
            "Les anciens ministres de François Hollande Arnaud Montebourg et Benoît Hamon sont candidats.",
        );
        assert_eq!(
            names(&v, ActorKind::Person),
            ["François Hollande", "Arnaud Montebourg", "Benoît Hamon"]
        );
        // Given names in a row are one name.
        let v = run("Le président Roch Marc Christian Kaboré a dénoncé une attaque.");
        assert_eq!(names(&v, ActorKind::Person), ["Roch Marc Christian Kaboré"]);
    }

    #[test]
    fn regnal_numbers_and_initials() {
        let v = run(
            "La reine Elizabeth II a reçu Andrew G. McCabe. E. Macron était absent, selon Emmanuel Macron lui-même.",
        );
        let p = names(&v, ActorKind::Person);
        assert!(p.contains(&"Elizabeth II".to_string()), "{p:?}");
        assert!(p.contains(&"Andrew G. McCabe".to_string()), "{p:?}");
        let e = v
            .iter()
            .find(|a| a.text == "E. Macron")
            .expect("initial + surname");
        assert_eq!(e.name, "Emmanuel Macron");
    }

    /// The name of a country alone is the country, even where a person's
    /// name (rightly or not) ends with it.
    #[test]
    fn a_country_alone_is_no_surname() {
        let doc = Document::parse(
            "Burundi : Eloge Willy Kaneza et SOS Media Burundi reçoivent le prix Peter Mackler",
        );
        let places = crate::extract::places::extract(&doc);
        let v = extract(&doc, &places);
        assert!(
            !v.iter().any(|a| a.text == "Burundi"),
            "{:?}",
            v.iter().map(|a| &a.text).collect::<Vec<_>>()
        );
    }

    #[test]
    fn lone_surnames_listed_with_persons() {
        let v = run("Des candidats comme François Fillon, Mélenchon et Juppé ont réagi à Paris.");
        let p = names(&v, ActorKind::Person);
        assert_eq!(p, ["François Fillon", "Mélenchon", "Juppé"]);
    }

    #[test]
    fn repeated_surname_reveals_unknown_first_name() {
        let v = run(
            "La militante Zoubida Kerrache a pris la parole. Ensuite, selon Kerrache, le cortège est parti.",
        );
        let p: Vec<&ActorMention> = v.iter().filter(|a| a.kind == ActorKind::Person).collect();
        assert_eq!(p[0].text, "Zoubida Kerrache");
        assert_eq!(p[1].name, "Zoubida Kerrache");
    }

    #[test]
    fn places_after_prepositions_are_not_persons() {
        let v = run(
            "Le maire de Lyon, Gérard Collomb, a parlé. Il vit à Lyon depuis 1970, comme Collomb le rappelle.",
        );
        let p = names(&v, ActorKind::Person);
        assert_eq!(p, ["Gérard Collomb"]);
    }

    #[test]
    fn acronym_matched_on_initials_without_parentheses() {
        let v = run(
            "Les forces de défense et de sécurité burkinabées ont riposté. Huit membres des FDS sont morts.",
        );
        let o: Vec<&ActorMention> = v
            .iter()
            .filter(|a| a.kind == ActorKind::Organization)
            .collect();
        assert_eq!(o.len(), 2, "{o:?}");
        assert!(
            o.iter()
                .all(|a| a.name == "forces de défense et de sécurité")
        );
    }

    /// A newsroom's label before a headline ("URGENT - …", "FLASH :") is
    /// no organisation.
    #[test]
    fn newsroom_labels_are_no_acronyms() {
        let doc = Document::parse("URGENT - Au moins 12 morts dans une explosion à Mogadiscio");
        assert!(extract(&doc, &[]).is_empty());
    }

    /// Zero-width characters inside a name are not part of its canonical
    /// form.
    #[test]
    fn zero_width_characters_leave_the_name() {
        let doc = Document::parse("Le député Ronald Tran Ba \u{200B}\u{200B}Huy a parlé.");
        let a = extract(&doc, &[]);
        assert_eq!(a[0].name, "Ronald Tran Ba Huy");
    }

    /// An organisation's name runs over its domain nouns and religious
    /// adjectives: "Conseil français du culte musulman", "Haut Conseil à
    /// l'égalité", "Société nationale des chemins de fer", "Ligue musulmane
    /// du Pakistan".
    #[test]
    fn organisation_names_over_domains_and_faiths() {
        let orgs = |text: &str| -> Vec<String> {
            let doc = Document::parse(text);
            extract(&doc, &[])
                .into_iter()
                .filter(|a| a.kind == ActorKind::Organization)
                .map(|a| a.text)
                .collect()
        };
        assert_eq!(
            orgs("Le Conseil français du culte musulman a condamné."),
            ["Conseil français du culte musulman"]
        );
        assert_eq!(
            orgs("Le Haut Conseil à l'égalité a condamné."),
            ["Haut Conseil à l'égalité"]
        );
        assert_eq!(
            orgs("La Société nationale des chemins de fer a condamné."),
            ["Société nationale des chemins de fer"]
        );
    }

    /// A group noun that is also an adjective, right after a noun, is that
    /// noun's adjective ("un rassemblement religieux", "le culte
    /// musulman"); after a determiner or a quantifier it is a group.
    #[test]
    fn adjectives_after_a_noun_are_no_groups() {
        let groups = |text: &str| -> Vec<String> {
            let doc = Document::parse(text);
            extract(&doc, &[])
                .into_iter()
                .filter(|a| a.kind == ActorKind::Group)
                .map(|a| a.text)
                .collect()
        };
        assert!(groups("Un rassemblement religieux a eu lieu.").is_empty());
        assert!(groups("Le Conseil du culte musulman a condamné.").is_empty());
        assert_eq!(groups("Un autre policier a riposté."), ["policier"]);
        assert_eq!(groups("Trois religieux ont été enlevés."), ["religieux"]);
        assert_eq!(groups("Ils ont vu quatorze militaires."), ["militaires"]);
    }

    #[test]
    fn known_organisation_inside_a_longer_name() {
        let v = run("La Mission des Nations unies pour la stabilisation en Haïti a pris fin.");
        let o: Vec<&ActorMention> = v
            .iter()
            .filter(|a| a.kind == ActorKind::Organization)
            .collect();
        assert_eq!(o.len(), 1);
        assert_eq!(
            o[0].text,
            "Mission des Nations unies pour la stabilisation en Haïti"
        );
    }

    #[test]
    fn lower_case_heads_need_a_name() {
        let v = run(
            "Le ministère de l'Intérieur à Paris a saisi le parquet de Bobigny. Le parlement de la ville et le ministère ont réagi.",
        );
        let o = names(&v, ActorKind::Organization);
        assert_eq!(o, ["ministère de l'Intérieur", "parquet de Bobigny"]);
    }

    #[test]
    fn lexicon_prefers_the_first_form_of_its_line() {
        let v = run("Les Nations unies ont voté. L'ONU enverra des casques bleus.");
        let o: Vec<&ActorMention> = v
            .iter()
            .filter(|a| a.kind == ActorKind::Organization)
            .collect();
        assert_eq!(o.len(), 2);
        assert!(o.iter().all(|a| a.name == "ONU"), "{o:?}");
    }

    #[test]
    fn non_organisation_acronyms() {
        let v = run("Le PIB a baissé, selon l'Insee. Un bus a quitté la RN 7 vers 14 h UTC.");
        assert_eq!(names(&v, ActorKind::Organization), ["Insee"]);
    }

    #[test]
    fn english_text_gets_no_names() {
        let v = run(
            "The Licensor grants You a worldwide, royalty-free license to use the Licensed Material and to Share it with John Smith of the Foundation.",
        );
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn things_named_after_people_are_not_persons() {
        let v = run("Le télescope James Webb a été lancé depuis le stade Nelson Mandela.");
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
        // Roads and prisons too, and armed units.
        let v = run("Ils ont été dispersés sur l'autoroute Francisco Fajardo, à Caracas.");
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
        // A hospital, with its kind between ("universitaire").
        let v =
            run("Les corps ont été transférés à l'hôpital universitaire Habib-Bourguiba de Sfax.");
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
        let v = run("L'offensive a été attribuée au front Carlos Patiño, une faction dissidente.");
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
        // Streets and suburbs named in English: "Road", "View", "Gardens".
        let v = run(
            "Ils étaient soignés au centre de Beatrice Road, à Glen View et à Cinnamon Gardens.",
        );
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
        // Fires, counties and agencies named so: "le Ridge Fire", "Cal
        // Fire", "Santé Manitoba"; the minister after "Santé" stays a person.
        let v = run("Selon Cal Fire et Santé Manitoba, le Ridge Fire a brûlé 4 000 hectares.");
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
        let v = run("Le ministre de la Santé Simon Harris a réagi.");
        assert_eq!(names(&v, ActorKind::Person), ["Simon Harris"]);
    }

    /// A nickname after a name in apposition ("dit « Ti Bòs »", "alias
    /// « Kolonèl Zo »") tells a person, first name known or not; not a
    /// place or a building so called.
    #[test]
    fn a_nickname_tells_a_person() {
        let v = run("Ils ont agi sur ordre de Wilner Joseph, dit « Ti Bòs », un chef de bande.");
        assert_eq!(names(&v, ActorKind::Person), ["Wilner Joseph"]);
        let v =
            run("Le gang, dirigé par Fritznel Dorsainvil, alias « Kolonèl Zo », tient la route.");
        assert_eq!(names(&v, ActorKind::Person), ["Fritznel Dorsainvil"]);
        let v = run("Le quartier, dit « Bas-Delmas », est contrôlé par les gangs.");
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
        // Inside the name, between first name and surname: the person
        // without the nickname, the surname alone the same person.
        let v = run(
            "Les fils de Joaquín « El Chapo » Guzmán affrontent ceux d'Ismael « El Mayo » \
             Zambada. Guzmán est détenu.",
        );
        assert_eq!(
            names(&v, ActorKind::Person),
            ["Joaquín Guzmán", "Ismael Zambada", "Joaquín Guzmán"]
        );
        let p = v.iter().find(|a| a.kind == ActorKind::Person).unwrap();
        assert_eq!(p.text, "Joaquín « El Chapo » Guzmán");
        // Not a title in quotes after a first name and before a place.
        let v = run("Il a cité « Le Monde » à Paris.");
        assert!(names(&v, ActorKind::Person).is_empty(), "{v:?}");
    }
    #[test]
    fn headline_acronym_before_a_dateline() {
        let v =
            run("Le Burundi critique l'ONU\n\n31 décembre 2016. – Le chef de l'ONU est parti.\n");
        let o: Vec<&ActorMention> = v
            .iter()
            .filter(|a| a.kind == ActorKind::Organization)
            .collect();
        assert_eq!(o.len(), 2, "{o:?}");
    }
    #[test]
    fn group_nouns_used_as_adjectives_or_titles() {
        let v = run(
            "Une attaque terroriste a visé 3 policiers. Le ministre Bernard Cazeneuve a placé deux suspects en garde à vue.",
        );
        let g: Vec<&str> = v
            .iter()
            .filter(|a| a.kind == ActorKind::Group)
            .map(|a| a.name.as_str())
            .collect();
        assert_eq!(g, ["policiers", "suspects"]);
    }

    #[test]
    fn titles_are_cleaned() {
        let v = run(
            "Président Kassym-Jomart Tokayev a parlé. Selon la porte-parole d'Alexeï Navalny, rien.",
        );
        let p: Vec<&ActorMention> = v.iter().filter(|a| a.kind == ActorKind::Person).collect();
        assert_eq!(p[0].title.as_deref(), Some("président"));
        // The spokesperson is someone else.
        assert_eq!(p[1].title, None);
        let v = run("Le Premier ministre Édouard Philippe a parlé.");
        let p = v.iter().find(|a| a.kind == ActorKind::Person).unwrap();
        assert_eq!(p.title.as_deref(), Some("premier ministre"));
    }
    #[test]
    fn places_block_only_whole_names() {
        let text = "Florence Parly et François Hollande sont à Paris. Hollande visite la Hollande ensuite.";
        let doc = Document::parse(text);
        let place = |s: usize, e: usize, name: &str| PlaceMention {
            text: name.to_string(),
            start: s,
            end: e,
            paragraph: 0,
            name: name.to_string(),
            country: None,
            kind: crate::model::PlaceKind::City,
            lat: None,
            lon: None,
        };
        let chars: Vec<char> = text.chars().collect();
        let find = |w: &str, from: usize| {
            let wc: Vec<char> = w.chars().collect();
            (from..chars.len())
                .find(|&i| chars[i..].starts_with(&wc))
                .unwrap()
        };
        let fl = find("Florence", 0);
        let pa = find("Paris", 0);
        let h2 = find("Hollande", find("Hollande visite", 0) + 3);
        let places = vec![
            place(fl, fl + 8, "Florence"),
            place(pa, pa + 5, "Paris"),
            place(h2, h2 + 8, "Hollande"),
        ];
        let v = extract(&doc, &places);
        let p: Vec<&str> = v
            .iter()
            .filter(|a| a.kind == ActorKind::Person)
            .map(|a| a.text.as_str())
            .collect();
        assert_eq!(p, ["Florence Parly", "François Hollande", "Hollande"]);
    }
    #[test]
    fn acronyms_of_things_are_not_organisations() {
        let v = run(
            "Des véhicules blindés à roues de la gendarmerie (VBRG) ont été déployés. Les VBRG sont partis.",
        );
        assert!(names(&v, ActorKind::Organization).is_empty(), "{v:?}");
        // A substance: one long word whose own letters make the acronym.
        let v = run("Elle a vendu des polychlorobiphényles (PCB). Les PCB sont interdits.");
        assert!(names(&v, ActorKind::Organization).is_empty(), "{v:?}");
        // Not a word whose letters do not: "les talibans (TTP)" stays a name.
        let v = run("L'attaque a été revendiquée par les insurgés (TTP). Le TTP a menacé.");
        assert_eq!(names(&v, ActorKind::Organization), ["TTP"]);
    }
    #[test]
    fn shouted_words_are_not_acronyms() {
        let v = run(
            "DEMANDES D'EMPLOIS. Les demandes sont nombreuses à PARIS, dit le CENSURÉ. Paris est calme. Le FMI a parlé.",
        );
        assert_eq!(names(&v, ActorKind::Organization), ["FMI"]);
    }
    #[test]
    fn title_then_comma_then_name() {
        let v = run(
            "Il a reçu le représentant spécial de l'ONU, Ghassim Wanebo. Son homologue malien Abdoulaye Diop a parlé.",
        );
        let p: Vec<&ActorMention> = v.iter().filter(|a| a.kind == ActorKind::Person).collect();
        assert_eq!(p[0].text, "Ghassim Wanebo");
        assert_eq!(p[1].text, "Abdoulaye Diop");
        assert_eq!(p[1].title.as_deref(), Some("homologue"));
    }
    #[test]
    fn titles_before_a_comma_and_their_categories() {
        let v = run(
            "Le président du tribunal, Laurent Raviot, a parlé. Le maire de Nice, Christian Estrosi, était là.",
        );
        let p: Vec<&ActorMention> = v.iter().filter(|a| a.kind == ActorKind::Person).collect();
        assert_eq!(p[0].title.as_deref(), Some("président du tribunal"));
        assert_eq!(p[0].category, Category::Judiciary);
        assert_eq!(p[1].title.as_deref(), Some("maire de Nice"));
        assert_eq!(p[1].category, Category::Government);
    }
    #[test]
    fn titles_do_not_cross_another_name() {
        let v =
            run("Le neveu de l'ancien président Nursultan Nazarbaev, Samat Abish, a été arrêté.");
        let p: Vec<&ActorMention> = v.iter().filter(|a| a.kind == ActorKind::Person).collect();
        assert_eq!(p[0].title.as_deref(), Some("ancien président"));
        assert_eq!(p[1].text, "Samat Abish");
        assert_eq!(p[1].title, None);
    }

    #[test]
    fn mentions_share_title_country_and_category() {
        let v = run(
            "Sous la présidence de Kassym-Jomart Tokayev, le Conseil a siégé. Le président kazakh Kassym-Jomart Tokayev a parlé.",
        );
        let p: Vec<&ActorMention> = v.iter().filter(|a| a.kind == ActorKind::Person).collect();
        assert_eq!(p.len(), 2);
        for m in p {
            assert_eq!(m.title.as_deref(), Some("président"));
            assert_eq!(m.country.as_deref(), Some("KZ"));
            assert_eq!(m.category, Category::Government);
        }
    }
    #[test]
    fn name_boundaries() {
        let v = run(
            "Le transfert de Paul Pogba de Juventus a surpris. Le Vice-président Gaston Sindimwo a parlé. La Néo-Zélandaise Andrea Hewitt gagne. Selon Abou Mohammed al-Adnani, rien. Charles de Gaulle est mort.",
        );
        assert_eq!(
            names(&v, ActorKind::Person),
            [
                "Paul Pogba",
                "Gaston Sindimwo",
                "Andrea Hewitt",
                "Abou Mohammed al-Adnani",
                "Charles de Gaulle"
            ]
        );
    }
    /// "de" before a surname that is no place, organisation, first name
    /// nor club of a player is part of the name.
    #[test]
    fn a_surname_after_de() {
        // (With the document's places, as the pipeline runs it.)
        let persons = |t: &str| {
            let doc = Document::parse(t);
            names(
                &extract(&doc, &crate::extract::places::extract(&doc)),
                ActorKind::Person,
            )
        };
        assert_eq!(
            persons(
                "Selon le commissaire Marcelo Nogueira de Andrade, trois suspects ont été tués."
            ),
            ["Marcelo Nogueira de Andrade"]
        );
        assert_eq!(
            persons("Marc Ladreit de Lacharrière a été entendu."),
            ["Marc Ladreit de Lacharrière"]
        );
        assert_eq!(
            persons("Le maire Jean Dupont de Marseille a parlé."),
            ["Jean Dupont"]
        );
        // A surname that is also a small town abroad (Sousa, Brazil).
        assert_eq!(
            persons("Le président Marcelo Rebelo de Sousa a présenté ses condoléances."),
            ["Marcelo Rebelo de Sousa"]
        );
        assert_eq!(
            persons("L'attaquant Kylian Mbappé de Madrid a marqué."),
            ["Kylian Mbappé"]
        );
    }
    #[test]
    fn hyphenated_adjectives_inside_organisation_names() {
        let v = run("La Banque inter-américaine de développement a prêté 50 millions.");
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["Banque inter-américaine de développement"]
        );
        // In one word, and the bodies of a continent; a singular force.
        let v = run(
            "La Cour interaméricaine des droits de l'homme a condamné le Brésil. Le Parlement \
             panafricain siège à Midrand. La Force nationale de sécurité publique est arrivée.",
        );
        assert_eq!(
            names(&v, ActorKind::Organization),
            [
                "Cour interaméricaine des droits de l'homme",
                "Parlement panafricain",
                "Force nationale de sécurité publique"
            ]
        );
        assert!(
            names(
                &run("Force est de constater que rien n'a changé."),
                ActorKind::Organization
            )
            .is_empty()
        );
        // A kind of force: "la Force de maintien de la paix (MINUSTAH)".
        let v =
            run("Le Conseil a retiré les soldats de la Force de maintien de la paix (MINUSTAH).");
        assert!(
            !names(&v, ActorKind::Organization)
                .iter()
                .any(|o| o.starts_with("Force")),
            "{v:?}"
        );
    }
    #[test]
    fn codes_and_the_keeper_of_the_seals() {
        let v = run("Le garde des Sceaux Éric Dupond-Moretti a parlé du PT2 et de la RN7.");
        assert!(names(&v, ActorKind::Organization).is_empty(), "{v:?}");
        let p = v.iter().find(|a| a.kind == ActorKind::Person).unwrap();
        assert_eq!(p.title.as_deref(), Some("garde des Sceaux"));
    }
    #[test]
    fn first_name_file_is_folded_and_sorted() {
        // The lookup is a binary search: a hand edit must keep the order.
        assert!(FIRST_NAMES.len() > 10_000);
        assert!(FIRST_NAMES.windows(2).all(|w| w[0] < w[1]));
        assert!(FIRST_NAMES.iter().all(|n| fold(n) == *n));
        assert!(known_first_name("francois") && known_first_name("kassym"));
        assert!(is_first_name("jean-yves"));
        assert!(!known_first_name("selon"));
    }
    #[test]
    fn organisation_categories_from_their_complement() {
        let v = run(
            "La Direction centrale de la police judiciaire a enquêté. Le Conseil des droits de l'homme des Nations unies a siégé.",
        );
        let o: Vec<&ActorMention> = v
            .iter()
            .filter(|a| a.kind == ActorKind::Organization)
            .collect();
        assert_eq!(o[0].category, Category::Police);
        assert_eq!(o[1].category, Category::International);
    }
    #[test]
    fn kinship_names_the_person_who_follows() {
        let v = run(
            "Les frères Jonathan et Alistair Brownlee ont gagné. Des hommes déguisés en père Noël ont tiré. Son neveu Samat Abishev a été arrêté.",
        );
        assert_eq!(
            names(&v, ActorKind::Person),
            ["Jonathan", "Alistair Brownlee", "Samat Abishev"]
        );
    }
    #[test]
    fn sentence_adverbs_are_not_names() {
        let v = run(
            "Ensuite Mario Mola a gagné. Finalement Durant la course, Surtout Brownlee a chuté. Personne Rien.",
        );
        assert_eq!(names(&v, ActorKind::Person), ["Mario Mola"]);
    }
    /// Two words opened by the head of an Arabic place name ("Aïn",
    /// "Sidi", "Beni", "Tell") are a place; "Sidi" before a first name may
    /// still open a person's.
    #[test]
    fn arabic_place_heads_open_no_names() {
        let v = run(
            "Les habitants de Beni Maâfa ont fui vers Sidi Boulaalam. Le ministre Sidi Mohamed a démissionné.",
        );
        assert_eq!(names(&v, ActorKind::Person), ["Sidi Mohamed"]);
    }
    /// A capitalised "Département" heads a ministry or an agency ("le
    /// Département d'État", "le Département météorologique du
    /// Bangladesh"); adjectives of a border, a prison or a port stay in
    /// the name ("le Service frontalier kirghize").
    #[test]
    fn departments_and_services_with_their_adjectives() {
        let v = run(
            "Le Département météorologique du Bangladesh a relevé l'alerte. Selon le Service \
             frontalier kirghize, deux gardes ont été tués. Deux morts dans le département du Nord.",
        );
        assert_eq!(
            names(&v, ActorKind::Organization),
            [
                "Département météorologique du Bangladesh",
                "Service frontalier kirghize"
            ]
        );
    }
    /// A title whose complement names the unit its holder governs ("le
    /// gouverneur de la région tadjike de Sughd, Davlatbek Rakhimzoda"):
    /// the name after the comma is the holder's, a first name unknown.
    #[test]
    fn title_over_the_unit_it_governs() {
        let v = run(
            "Le gouverneur de la province kirghize de Batken, Davlatbek Rakhimzoda, a démenti. \
             Le maire de la ville de Kidal, Alghabass Ag Intalla, a démenti.",
        );
        let p: Vec<(&str, Option<&str>)> = v
            .iter()
            .filter(|a| a.kind == ActorKind::Person)
            .map(|a| (a.text.as_str(), a.title.as_deref()))
            .collect();
        assert_eq!(
            p,
            [
                (
                    "Davlatbek Rakhimzoda",
                    Some("gouverneur de la province kirghize de Batken")
                ),
                ("Alghabass Ag Intalla", Some("maire de la ville de Kidal"))
            ]
        );
        // Every designator of a town or a region the places know: a village.
        let v = run("Le chef du village de Boni, Hamadoun Barry, a été tué.");
        let p = v.iter().find(|a| a.kind == ActorKind::Person).unwrap();
        assert_eq!(p.title.as_deref(), Some("chef du village de Boni"));
        // A ministry's field before the unit: eleven tokens back.
        let v = run(
            "Le ministre de l'Information de la province de Khyber Pakhtunkhwa, Aftab Marwat, \
             a promis une enquête.",
        );
        let p = v.iter().find(|a| a.kind == ActorKind::Person).unwrap();
        assert_eq!(p.text, "Aftab Marwat");
        assert_eq!(
            p.title.as_deref(),
            Some("ministre de l'Information de la province de Khyber Pakhtunkhwa")
        );
    }
    /// A Belgian federal public service is named with its field ("le SPF
    /// Affaires étrangères"), not by its three letters alone.
    #[test]
    fn belgian_federal_public_services() {
        let v = run("Le SPF Affaires étrangères suit la situation avec le SPF Intérieur.");
        assert_eq!(
            names(&v, ActorKind::Organization),
            ["SPF Affaires étrangères", "SPF Intérieur"]
        );
    }
}
