//! Place mentions, normalised through the embedded gazetteer.
//!
//! The gazetteer (countries and territories, cities of 15,000+ inhabitants
//! under their French names, French, Belgian, Swiss and Luxembourg communes
//! of 1,000+, ISO 3166-2 regions, named areas, seas, landmarks) lives in
//! `data/gazetteer/*.tsv`, made by `tools/gazetteer/generate.py`; `build.rs`
//! turns it into an fst map embedded with `include_bytes!`, and entries are
//! read from their TSV line only when a name matches: nothing is built at
//! start-up.
//!
//! Matching: the accent-folded text is cut into word tokens; from every
//! capitalised token (or a lower-case head such as "mer", "lac", "bande",
//! "al-"), the n-grams of up to 7 tokens joined by spaces or hyphens are
//! looked up, longest first. A match is kept when the text around it agrees:
//! - a name glued to another capitalised word or a small number is part of a
//!   longer name ("Paris Hilton", "Air France", "France 2"); one glued by a
//!   hyphen too ("Croix-Rouge"); a name after a title ("le président
//!   Obama", "M. Hollande") is a person; "Tour de France", "Banque de
//!   France" are a race and a bank;
//! - a name that is also a word of the language ("Orange", "Tours", "Var")
//!   needs a place preposition, a designator, a bracket ("Caen (Calvados)")
//!   or a headline topic ("Nice : ...") at the start of a sentence, and a
//!   preposition wherever the town is small; so do first names ("Florence")
//!   and brands ("Orange"), small communes ("à Louvigny", "la commune de")
//!   and the small towns of countries the document does not name; a list
//!   continues a place ("La Ciotat et Bandol");
//! - a nationality adjective is never a place ("Malien" is not "Mali").
//!
//! Between homonyms ("Valence" in France or Spain, "Paris" in France or
//! Texas, "Tripoli" in Libya or Lebanon), the choice weighs the entry's own
//! or French name over an alternate one, the countries the document names,
//! the kind (country, then town or region) and the population.
//!
//! The printed `name` is the form the text uses when it is a French name of
//! the place ("Nur-Sultan", "Birmanie", "Libéria"), the canonical French
//! name for other forms ("Moskva" → "Moscou", "RDC" → "République
//! démocratique du Congo", "au Mans" → "Le Mans").
//!
//! Unknown places are still found where the grammar names them ("la commune
//! de Chechar", "au lieu dit Seyyar", "dans la province de X", "à Chibok, un
//! village", "à Bramans, en Savoie", "à Dions (Gard)"), and so are streets,
//! squares and motorways ("rue de Rivoli", "l'A7"): kind "other" (or what the
//! designator says) and the country of a place of the same sentence or
//! paragraph, else the document's most named country.

use std::sync::LazyLock;

use crate::document::Document;
use crate::fxhash::{FxHashMap, FxHashSet, word_set};
use crate::model::{PlaceKind, PlaceMention};

static FST_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/places.fst"));
static POSTINGS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/postings.bin"));
static OFFSETS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/entries.bin"));
static ENTRIES: &str = include_str!("../../data/gazetteer/entries.tsv");

static INDEX: LazyLock<fst::Map<&'static [u8]>> =
    LazyLock::new(|| fst::Map::new(FST_BYTES).expect("embedded gazetteer fst"));

/// Longest name, in tokens.
const MAX_TOKENS: usize = 7;

/// Flags of a name (see tools/gazetteer/generate.py).
const F_ALTERNATE: u8 = 1;
const F_WEAK: u8 = 2;
const F_COMMON: u8 = 4;
const F_LOWER: u8 = 8;
const F_FRENCH: u8 = 16;

#[derive(Debug, Clone, Copy)]
struct Posting {
    entry: u32,
    flags: u8,
}

/// One gazetteer entry, read from its line on demand.
#[derive(Debug, Clone)]
struct Entry {
    name: &'static str,
    country: Option<&'static str>,
    kind: PlaceKind,
    /// Latitude and longitude as written, parsed only for a mention kept
    /// (see [`Entry::lat_lon`]).
    lat: Option<&'static str>,
    lon: Option<&'static str>,
    population: u64,
    curated: bool,
}

impl Entry {
    fn lat_lon(&self) -> (Option<f64>, Option<f64>) {
        let parse = |x: Option<&str>| x.and_then(|x| x.parse().ok());
        (parse(self.lat), parse(self.lon))
    }
}

fn read_u32(bytes: &[u8], i: usize) -> u32 {
    u32::from_le_bytes(bytes[i * 4..i * 4 + 4].try_into().unwrap())
}

fn entry(id: u32) -> Entry {
    let s = read_u32(OFFSETS, id as usize) as usize;
    let e = read_u32(OFFSETS, id as usize + 1) as usize;
    let line = ENTRIES[s..e].trim_end_matches('\n');
    let mut f = Fields(Some(line));
    let name = f.next().unwrap_or("");
    let country = f.next().filter(|c| !c.is_empty());
    let kind = match f.next() {
        Some("country") => PlaceKind::Country,
        Some("city") => PlaceKind::City,
        Some("region") => PlaceKind::Region,
        _ => PlaceKind::Other,
    };
    let lat = f.next();
    let lon = f.next();
    let population = f.next().and_then(|x| x.parse().ok()).unwrap_or(0);
    let curated = f.next() == Some("h");
    Entry {
        name,
        country,
        kind,
        lat,
        lon,
        population,
        curated,
    }
}

/// The tab-separated fields of a line, as `split('\t')` gives them, found
/// by a plain byte scan (the fields are short).
struct Fields<'a>(Option<&'a str>);

impl<'a> Iterator for Fields<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.0?;
        match rest.bytes().position(|b| b == b'\t') {
            Some(p) => {
                self.0 = Some(&rest[p + 1..]);
                Some(&rest[..p])
            }
            None => {
                self.0 = None;
                Some(rest)
            }
        }
    }
}

/// Which of [`LOWER_HEADS`], [`ARABIC_ARTICLES`] and [`STREET_HEADS`] a
/// word is in (one lookup for the three lists checked at every token).
const IN_LOWER_HEADS: u8 = 1;
const IN_ARABIC_ARTICLES: u8 = 2;
const IN_STREET_HEADS: u8 = 4;

fn head_lists(w: &str) -> u8 {
    static LISTS: LazyLock<FxHashMap<&'static str, u8>> = LazyLock::new(|| {
        let mut map = FxHashMap::default();
        for (list, bit) in [
            (LOWER_HEADS, IN_LOWER_HEADS),
            (ARABIC_ARTICLES, IN_ARABIC_ARTICLES),
            (STREET_HEADS, IN_STREET_HEADS),
        ] {
            for &w in list {
                *map.entry(w).or_default() |= bit;
            }
        }
        map
    });
    LISTS.get(w).copied().unwrap_or(0)
}

/// One of the [`ARABIC_ARTICLES`].
fn is_arabic_article(w: &str) -> bool {
    head_lists(w) & IN_ARABIC_ARTICLES != 0
}

/// One of the [`TITLES`].
fn is_title(w: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| word_set(TITLES));
    SET.contains(w)
}

/// One of the words [`BEFORE_DE`].
fn is_before_de(w: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| word_set(BEFORE_DE));
    SET.contains(w)
}

/// The postings of a folded key.
fn lookup(key: &str) -> Vec<Posting> {
    INDEX.get(key).map(postings).unwrap_or_default()
}

/// The name of a country or a region, folded ("france", "auvergne"): for
/// the other extractors, where such a name stands in a capitalised run
/// that the gazetteer did not take ("France Stratégie", "Stade aurillacois
/// Cantal Auvergne").
pub fn is_country_or_region(folded: &str) -> bool {
    lookup(folded).iter().any(|p| {
        p.flags & F_WEAK == 0
            && matches!(entry(p.entry).kind, PlaceKind::Country | PlaceKind::Region)
    })
}

/// The name of a country, folded ("kenya", "burkina faso"): for the
/// actors, a national section's name ("Amnesty International Kenya"),
/// which the places do not take.
pub fn is_country(folded: &str) -> bool {
    lookup(folded)
        .iter()
        .any(|p| p.flags & F_WEAK == 0 && entry(p.entry).kind == PlaceKind::Country)
}

/// Is the folded word only the name of small towns (under 100,000
/// inhabitants) outside the French-speaking countries ("sousa", a town of
/// Brazil)? For the actors: such a name after "de" in a person's name is
/// the surname ("Marcelo Rebelo de Sousa"), while "Jean Dupont de
/// Marseille" is from there.
pub fn is_minor_foreign_town(folded: &str) -> bool {
    // (Its own name: "Sousa" is also an alternate name of Sousse.)
    let found: Vec<Posting> = lookup(folded)
        .into_iter()
        .filter(|p| p.flags & F_ALTERNATE == 0)
        .collect();
    !found.is_empty()
        && found.iter().all(|p| {
            let e = entry(p.entry);
            e.kind == PlaceKind::City
                && e.population < 100_000
                && e.country
                    .is_some_and(|c| !matches!(c, "FR" | "BE" | "CH" | "CA" | "LU" | "MC"))
        })
}

/// Postings of a value of the index (see [`lookup`]).
fn postings(v: u64) -> Vec<Posting> {
    let start = (v >> 8) as usize;
    let count = (v & 0xff) as usize;
    (start..start + count)
        .map(|i| {
            let p = read_u32(POSTINGS, i);
            Posting {
                entry: p >> 8,
                flags: (p & 0xff) as u8,
            }
        })
        .collect()
}

/// The index values of the keys "w1", "w1 w2", "w1 w2 w3"… (words joined
/// by one space), walked once through the index: the walk stops at the
/// first key that no entry starts with, since no longer key can then be in
/// the index. `values[k]` is the value of the key of `k + 1` words; the
/// vector may be shorter than `words`.
fn lookup_runs<'w>(words: impl Iterator<Item = &'w str>, values: &mut Vec<Option<u64>>) {
    values.clear();
    let fst = INDEX.as_fst();
    let mut node = fst.root();
    let mut out = fst::raw::Output::zero();
    let step = |node: &mut fst::raw::Node<'_>, out: &mut fst::raw::Output, b: u8| {
        let i = node.find_input(b)?;
        let t = node.transition(i);
        *out = out.cat(t.out);
        *node = fst.node(t.addr);
        Some(())
    };
    for (k, w) in words.enumerate() {
        if k > 0 && step(&mut node, &mut out, b' ').is_none() {
            return;
        }
        for &b in w.as_bytes() {
            if step(&mut node, &mut out, b).is_none() {
                return;
            }
        }
        values.push(
            node.is_final()
                .then(|| out.cat(node.final_output()).value()),
        );
    }
}

/// A word token of the folded text.
#[derive(Debug, Clone)]
struct Tok {
    /// Folded byte span.
    fs: usize,
    fe: usize,
    /// The original word starts with an upper-case letter.
    cap: bool,
    /// The original word is all upper case (two letters or more).
    upper: bool,
    /// First word of a sentence, a line, a quotation or a parenthesis.
    start: bool,
}

fn tokenize(doc: &Document) -> Vec<Tok> {
    let folded = doc.folded();
    let f = folded.text.as_bytes();
    let mut toks: Vec<Tok> = Vec::new();
    let mut i = 0;
    let mut last_end = 0;
    while i < f.len() {
        if !f[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let s = i;
        while i < f.len() && f[i].is_ascii_alphanumeric() {
            i += 1;
        }
        // Breton's "c'h" is a letter of the name, not an elision:
        // "Penmarc'h", "Ploumanac'h".
        while i + 1 < f.len() && i - s >= 2 && f[i] == b'\'' && f[i - 1] == b'c' && f[i + 1] == b'h'
        {
            i += 2;
            while i < f.len() && f[i].is_ascii_alphanumeric() {
                i += 1;
            }
        }
        if i + 1 < f.len() && f[i] == b'\'' && f[i + 1].is_ascii_alphabetic() {
            i += 1;
        }
        let (os, oe) = folded.original(s, i);
        let word = &doc.text[os..oe];
        // "Kaboul", and also "eSwatini"
        let mut chars = word.chars();
        let cap = chars.next().is_some_and(|c| c.is_uppercase())
            || chars.next().is_some_and(|c| c.is_uppercase());
        let mut letters = word.chars().filter(|c| c.is_alphabetic());
        let upper = letters.clone().nth(1).is_some() && letters.all(|c| c.is_uppercase());
        let gap = &folded.text[last_end..s];
        let start = toks.is_empty()
            || gap.contains([
                '.', '!', '?', '\n', ':', '"', '(', '[', '\u{2013}', '\u{2014}',
            ])
            || doc.text[folded.original(last_end, s).0..folded.original(last_end, s).1]
                .contains(['«', '“', '\u{2013}', '\u{2014}']);
        toks.push(Tok {
            fs: s,
            fe: i,
            cap,
            upper,
            start,
        });
        last_end = i;
    }
    toks
}

/// Is a place of that name a site within a town: a street, a square, a
/// station, a bridge ("rue de la Loi", "place Tahrir", "gare du Nord",
/// "pont de Normandie"), named by one of the urban head words?
pub fn is_site(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    URBAN_HEADS.contains(&crate::document::fold(first).as_str())
}

/// Does the text before a place end with the name of an institution that
/// the place is the seat of: "au CHU de", "l'hôpital de", "le parquet
/// de", "le tribunal judiciaire de", "le procureur de la République de"?
pub fn seat_of_institution(before: &str) -> bool {
    static SEAT: LazyLock<crate::fast_regex::FastRegex> = LazyLock::new(|| {
        crate::fast_regex::FastRegex::new(r"(?i)\b(?:CHU|CHR|h[ôo]pital|centre\s+hospitalier(?:\s+universitaire|\s+r[ée]gional)?|clinique|parquet(?:\s+national)?|tribunal(?:\s+(?:judiciaire|correctionnel|administratif|de\s+grande\s+instance|de\s+commerce))?|cour\s+d['’]\s*appel|cour\s+d['’]\s*assises|procureure?\s+de\s+la\s+R[ée]publique|procureure?)\s+(?:de\s+la\s+|de\s+l['’]\s*|des\s+|de\s+|d['’]\s*|du\s+)$").unwrap()
    });
    let t = &before[before.floor_char_boundary(before.len().saturating_sub(80))..];
    // (Most places follow no "de": the regex runs only after one.)
    let end = t.trim_end().to_lowercase();
    (end.ends_with(" de")
        || end.ends_with(" du")
        || end.ends_with(" des")
        || end.ends_with(" la")
        || end.ends_with('\'')
        || end.ends_with('’'))
        && SEAT.find(t).is_some_and(|m| {
            // (Not a hospital of the town, told with an indefinite article:
            // "transférés vers un hôpital de Palerme" is where they went.)
            let before = t[..m.start()].trim_end();
            let article = before.rsplit(char::is_whitespace).next().unwrap_or("");
            !matches!(
                article.to_lowercase().as_str(),
                "un" | "une" | "deux" | "trois" | "plusieurs"
            )
        })
}

/// Head words of Arabic place names ("Aïn" spring, "Sidi" saint, "Tell"
/// hill, "Jebel" mountain, "Ksar" fort, "Beni" sons of, "Dar" house),
/// folded: each is also a short place of the gazetteer, or a word.
const ARABIC_HEADS: &[&str] = &[
    "ain", "sidi", "tell", "jebel", "djebel", "ksar", "beni", "dar", "wadi", "oued",
];

/// Is `folded` one of the [`ARABIC_HEADS`]?
pub(crate) fn is_arabic_place_head(folded: &str) -> bool {
    ARABIC_HEADS.contains(&folded)
}

/// Lower-case words that may begin a name of the gazetteer ("mer Rouge").
const LOWER_HEADS: &[&str] = &[
    "mer", "ocean", "golfe", "lac", "bande", "plateau", "region", "monts", "detroit", "canal",
    "tour", "systeme", "place",
];

/// Words before a name that say it is a place.
const PREPOSITIONS: &[&str] = &[
    "a", "en", "au", "aux", "du", "vers", "depuis", "jusqu'", "dans", "sur", "par", "entre", "via",
    // "la route reliant Arbinda à Djibo", "qui relie Goma à Rutshuru".
    "reliant", "relie",
];

/// Words before "de" that say the next name is a place ("près de", "au nord de").
const BEFORE_DE: &[&str] = &[
    "pres",
    "proximite",
    "environs",
    "nord",
    "sud",
    "est",
    "ouest",
    "partir",
    "sortie",
    "centre",
    "peripherie",
    "banlieue",
    "hauteur",
    "km",
    "kilometres",
    "metres",
    "habitants",
    "habitant",
    "originaire",
    "originaires",
    // "en direction de Paimpol", "en provenance de Lyon", "les pompiers
    // venus de Lanvollon".
    "direction",
    "provenance",
    "venu",
    "venue",
    "venus",
    "venues",
    // "un canot parti de Zouara", "au départ de Sabratha".
    "parti",
    "partie",
    "partis",
    "parties",
    "depart",
    "maire",
    // A Belgian or Swiss mayor: "le bourgmestre de Seneffe", "le syndic
    // de Lausanne".
    "bourgmestre",
    "syndic",
    "prefecture",
    "region",
    "alentours",
    // "dans le lit du Vidourle": a river's bed.
    "lit",
    "large",
    "cote",
    "portes",
    "entree",
    "nord-est",
    "nord-ouest",
    "sud-est",
    "sud-ouest",
    "route",
    "gare",
    "aeroport",
    "port",
    "hopital",
    "tribunal",
    "ville",
    "commune",
    "village",
    "province",
    "departement",
    "district",
    "localite",
    "canton",
    "quartier",
    "agglomeration",
    "etat",
    "bourgade",
    "municipalite",
    "comte",
    "gouvernorat",
    "wilaya",
    "arrondissement",
    "camp",
    "ile",
    "prefet",
    "oblast",
    "faubourg",
    "hameau",
    "archipel",
    // Buildings named by their town: "la gendarmerie d'Arcachon", "le
    // marché couvert de Sousse", "la prison de Koutoukalé", "la caserne de
    // Kati"; and "autour de Mossoul".
    "gendarmerie",
    "caserne",
    "prison",
    "marche",
    "couvert",
    "base",
    "autour",
];

/// Titles and roles before a person's name.
const TITLES: &[&str] = &[
    "president",
    "presidente",
    "ministre",
    "general",
    "generale",
    "pape",
    "roi",
    "reine",
    "prince",
    "princesse",
    "senateur",
    "senatrice",
    "depute",
    "deputee",
    "gouverneur",
    "juge",
    "docteur",
    "professeur",
    "colonel",
    "capitaine",
    "lieutenant",
    "commandant",
    "imam",
    "cheikh",
    "ayatollah",
    "emir",
    "chancelier",
    "chanceliere",
    "secretaire",
    "ambassadeur",
    "ambassadrice",
    "candidat",
    "candidate",
    "chanteur",
    "chanteuse",
    "acteur",
    "actrice",
    "joueur",
    "joueuse",
    "entraineur",
    "footballeur",
    "rappeur",
    "ecrivain",
    "romancier",
    "realisateur",
    "journaliste",
    "frere",
    "soeur",
    "fils",
    "fille",
    "epouse",
    "mari",
    "veuve",
    "maire",
    "leader",
    "chef",
    "monsieur",
    "madame",
    "mademoiselle",
    "saint",
    "sainte",
    "famille",
    "clan",
    "dynastie",
    "marechal",
    "sergent",
    "caporal",
    "soldat",
    "abbe",
    "pere",
    "mere",
    "cardinal",
    "eveque",
    "archeveque",
    "rabbin",
    "mollah",
    "sieur",
    "dame",
    "baron",
    "comte",
    "duc",
    "duchesse",
    "marquis",
    "lord",
    "sir",
    "mr",
    "mrs",
    "miss",
    "ms",
];

/// Races, banks, agencies, stadiums named "X de France".
const EVENT_HEADS: &[&str] = &[
    "tour",
    "open",
    "stade",
    "banque",
    "internationaux",
    "electricite",
    "gaz",
    "batiments",
    "rallye",
    "grand-prix",
    "masters",
];

/// The points of the compass (and the centre) that name a part of a region
/// ("Darfour-Nord") and no quarter ("le quartier Nord").
const POINTS: [&str; 5] = ["nord", "sud", "est", "ouest", "centre"];

/// Designators that announce a place name and the kind they give it when the
/// name is not in the gazetteer.
const DESIGNATORS: &[(&str, PlaceKind)] = &[
    ("commune", PlaceKind::City),
    ("ville", PlaceKind::City),
    ("village", PlaceKind::City),
    ("localite", PlaceKind::City),
    ("bourgade", PlaceKind::City),
    ("municipalite", PlaceKind::City),
    ("agglomeration", PlaceKind::City),
    ("hameau", PlaceKind::Other),
    ("station", PlaceKind::Other),
    ("province", PlaceKind::Region),
    ("region", PlaceKind::Region),
    ("departement", PlaceKind::Region),
    ("district", PlaceKind::Region),
    ("prefecture", PlaceKind::Region),
    ("etat", PlaceKind::Region),
    ("canton", PlaceKind::Region),
    ("comte", PlaceKind::Region),
    ("oblast", PlaceKind::Region),
    ("gouvernorat", PlaceKind::Region),
    ("wilaya", PlaceKind::Region),
    ("arrondissement", PlaceKind::Region),
    // Mali's and Senegal's "cercle", the Congo's "territoire" and
    // "chefferie".
    ("cercle", PlaceKind::Region),
    // Indonesia's "kabupaten": "la régence de Gowa".
    ("regence", PlaceKind::Region),
    ("territoire", PlaceKind::Region),
    ("chefferie", PlaceKind::Region),
    // The Congo's "secteur" (a territory's part), and any area so named:
    // "le secteur de Beni-Mbau", "le secteur de Tabarre".
    ("secteur", PlaceKind::Other),
    ("quartier", PlaceKind::Other),
    ("faubourg", PlaceKind::Other),
    // A housing estate: "la cité des Flamants", "la cité de la Castellane".
    ("cite", PlaceKind::Other),
    ("camp", PlaceKind::Other),
    // "les collines de Kibumba".
    ("colline", PlaceKind::Other),
    // "sur la route de Banibangou": the town the road leads to.
    ("route", PlaceKind::City),
    ("ile", PlaceKind::Other),
    // "au large des îlots de Farmakonisi et de Kalolimnos".
    ("ilot", PlaceKind::Other),
    ("archipel", PlaceKind::Other),
];

/// The words of a town's byname after "la cité des" (folded): Venice's
/// doges, Avignon's popes, Reims's coronations, Los Angeles's angels,
/// Lyon's "gones", Dijon's dukes.
const CITY_BYNAMES: &[&str] = &["doges", "papes", "sacres", "anges", "gones", "ducs"];

/// A designator of a town or a region ([`DESIGNATORS`], singular): the unit
/// an office governs ("le gouverneur de la province de …", "le maire de
/// la ville de …").
pub(crate) fn is_unit_designator(w: &str) -> bool {
    DESIGNATORS
        .iter()
        .any(|(d, k)| *d == w && matches!(k, PlaceKind::City | PlaceKind::Region))
}

/// A designator of a unit within a country ("la province de", "la région
/// de", "le département de"), not "État", which names countries too
/// ("l'État d'Israël"), nor "préfecture" and "territoire", which name an
/// office and a land ("la préfecture de Mayotte", "sur le territoire du
/// Myanmar").
fn is_subnational(w: &str) -> bool {
    matches!(
        w,
        "province"
            | "region"
            | "departement"
            | "district"
            | "gouvernorat"
            | "wilaya"
            | "oblast"
            | "comte"
            | "cercle"
            | "regence"
    )
}

/// A place's designator ([`DESIGNATORS`], singular or plural), not a
/// facility's: "quartier", "municipalités".
fn is_designator(w: &str) -> bool {
    DESIGNATORS
        .iter()
        .any(|(d, _)| *d == w || w.strip_suffix('s') == Some(d))
}

/// The text before a name ends with a place's designator and "de" ("le
/// quartier d'", "la municipalité de"): the name is that place's.
pub fn after_designator(before: &str) -> bool {
    let tail = &before[before.floor_char_boundary(before.len().saturating_sub(40))..];
    let folded = crate::document::fold(tail);
    let mut words = folded
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .filter(|w| !w.is_empty())
        .rev();
    // "d'" split at its apostrophe leaves "d".
    if !matches!(words.next(), Some("de" | "d")) {
        return false;
    }
    // (A qualifier between: "le district voisin de Musa Qala".)
    match words.next() {
        Some(w) if is_designator(w) => true,
        Some(w) if is_qualifier(w) => words.next().is_some_and(is_designator),
        _ => false,
    }
}

/// One of the [`DESIGNATOR_QUALIFIERS`], in either number.
fn is_qualifier(w: &str) -> bool {
    DESIGNATOR_QUALIFIERS.contains(&w)
        || w.strip_suffix('s')
            .is_some_and(|q| DESIGNATOR_QUALIFIERS.contains(&q))
}

/// The kind of place a designator ([`DESIGNATORS`], or a facility of
/// [`FACILITY_HEADS`], whose town the name after "de" is) names.
fn designator_kind(w: &str) -> Option<PlaceKind> {
    DESIGNATORS
        .iter()
        .find(|(d, _)| *d == w || w.strip_suffix('s') == Some(d) || w.strip_suffix('x') == Some(d))
        .map(|(_, kind)| *kind)
        .or_else(|| {
            // Singular: "les marchés du Smart Grid" are no town's.
            FACILITY_HEADS.contains(&w).then_some(PlaceKind::City)
        })
}

/// Facilities named after their town: "l'école coranique de Danmusa", "le
/// marché de Kibuye", "une mine de charbon de Kilimli".
const FACILITY_HEADS: &[&str] = &[
    "ecole",
    "lycee",
    "universite",
    "marche",
    "mine",
    "base",
    "hopital",
    "prison",
    "penitencier",
    "mosquee",
    "eglise",
    "usine",
    "raffinerie",
    "caserne",
    "garnison",
    "camping",
    // "le terminal pétrolier de Varreux", "la centrale thermique de
    // Kipevu".
    "terminal",
    "centrale",
    // "le poste de gendarmerie de Bani-Bangou" (not "commissariat": the
    // Haut-Commissariat des Nations unies).
    "gendarmerie",
    // A border post: "le poste-frontière de Kuluba" (not a bare "poste":
    // "au poste de Premier ministre").
    "poste-frontiere",
];

/// Qualifiers between a designator and its "de" ("la commune rurale de").
const DESIGNATOR_QUALIFIERS: &[&str] = &[
    // "le marché couvert de Maarat al-Noomane".
    "couvert",
    "rurale",
    "urbaine",
    "voisine",
    "voisin",
    "voisines",
    "voisins",
    "frontaliere",
    "frontalier",
    "miniere",
    "minier",
    "militaire",
    "balneaire",
    "cotiere",
    "cotier",
    "portuaire",
    "agricole",
    "industrielle",
    "industriel",
    "principale",
    "principal",
    "penitentiaire",
    "petrolier",
    "gazier",
    "thermique",
    "nucleaire",
    "hydroelectrique",
    "electrique",
    "coranique",
    "primaire",
    "secondaire",
    "publique",
    "public",
    "autonome",
    "administrative",
    "pauvre",
    "populaire",
    "defavorise",
    "defavorisee",
    "informel",
    "informelle",
    "peripherique",
    "recule",
    "reculee",
    "isole",
    "isolee",
    // Where the area lies or what it is like: "la province andine de
    // Chumbivilcas", "la région montagneuse de Chitral", "la province
    // orientale de Nangarhar".
    "andin",
    "andine",
    "montagneux",
    "montagneuse",
    "desertique",
    "forestier",
    "forestiere",
    "insulaire",
    "amazonien",
    "amazonienne",
    "himalayen",
    "himalayenne",
    "oriental",
    "orientale",
    "occidental",
    "occidentale",
    "meridional",
    "meridionale",
    "septentrional",
    "septentrionale",
    "troublee",
    "instable",
    // The language spoken there: "la région anglophone du Nord-Ouest",
    // "la province francophone".
    "anglophone",
    "francophone",
    "lusophone",
    "arabophone",
    "germanophone",
    "neerlandophone",
    "italophone",
    "hispanophone",
    "russophone",
];

/// Verbs of going, arriving and dwelling (folded): "à" after them names a
/// place ("se rendaient à Kedarnath", "habitait à Lunga").
/// Words (folded) of a flight or an evacuation after which "vers" and a
/// name name a place: "ont fui vers Konduga", "évacués vers Dori".
const FLED_TOWARD: &[&str] = &[
    "fui",
    "fuir",
    "fuient",
    "fuyaient",
    "fuyant",
    "evacues",
    "evacuees",
    "evacue",
    "evacuee",
    "transferes",
    "transferees",
    "transfere",
    "transferee",
    "achemines",
    "acheminees",
    "replies",
    "repliees",
    "refugies",
    "deplaces",
];

/// Nouns (folded) of a flight or an evacuation, a few words before "vers"
/// and a name: "l'évacuation des blessés vers Sévaré".
const FLIGHT_NOUNS: &[&str] = &[
    "evacuation",
    "evacuations",
    "fuite",
    "exode",
    "transfert",
    "transferts",
    "rapatriement",
];

const MOTION_BEFORE: &[&str] = &[
    "rendre",
    "rend",
    "rendent",
    "rendait",
    "rendaient",
    "rendu",
    "rendus",
    "rendue",
    "rendues",
    "arrive",
    "arrives",
    "arrivee",
    "arrivees",
    "arriver",
    "arrivait",
    "arrivaient",
    "retourner",
    "rentrer",
    "rentrait",
    "rentraient",
    "installe",
    "installes",
    "installee",
    "installees",
    "vivait",
    "vivaient",
    "vivent",
    "habite",
    "habitait",
    "habitaient",
    "habitent",
    "domicilie",
    "domicilies",
    "domiciliee",
    "domiciliees",
    "residait",
    "residaient",
    "reside",
    "resident",
    "ne",
    "nee",
    "nes",
    "nees",
];

/// Complements between a designator and its "de" ("le camp de déplacés de").
const DESIGNATOR_COMPLEMENTS: &[&str] = &[
    "deplaces",
    "refugies",
    "migrants",
    "transit",
    "regroupement",
    "charbon",
    "cuivre",
    "fer",
    "sel",
    "diamants",
    "detention",
];

/// Arabic articles that begin a place name ("al-Bab").
const ARABIC_ARTICLES: &[&str] = &[
    "al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "ech", "es", "ez",
];

/// Names after an Arabic article that are organisations, not places.
const ARABIC_NOT_PLACES: &[&str] = &[
    "qaida", "qaeda", "shabaab", "shebab", "nosra", "nusra", "jazeera", "jazira", "arabiya",
    "azhar", "baghdadi", "assad", "sissi", "sisi", "saoud",
];

/// Titles of an office held over a place ("le maire de la ville de Lyon
/// Grégory Doucet"), folded: a first name after the place's name opens the
/// holder's name, no longer place name.
const OFFICE_TITLES: &[&str] = &[
    "maire",
    "president",
    "presidente",
    "gouverneur",
    "prefet",
    "prefete",
    "chef",
    "depute",
    "deputee",
    "senateur",
    "bourgmestre",
    "elu",
    "elue",
    "administrateur",
    "responsable",
    "porte-parole",
];

/// Capitalised words after a designator that name an institution, not a
/// place ("la préfecture de Police", "le département de la Justice").
const UNKNOWN_NEVER: &[&str] = &[
    "noel",
    "outre",
    "paques",
    "dieu",
    "police",
    "justice",
    "securite",
    "sante",
    "defense",
    "gendarmerie",
    "region",
    "etat",
    "republique",
    "gilets",
    "interieur",
    "education",
    "culture",
    "armee",
    "marine",
    "paix",
    // A government's departments: "le département de l'Agriculture".
    "agriculture",
    "energie",
    "commerce",
    "travail",
    "transports",
    "environnement",
    "economie",
    "finances",
    "tresor",
    "emploi",
    "logement",
    "immigration",
    "information",
    "communication",
    // The Prime Minister's residence, the network: no town.
    "matignon",
    "internet",
];

/// Nouns an apposition calls a place by (", un village", ", le grand
/// quartier"), folded: read after any name by `settlement_apposed`, and
/// with a few more ("ville", "camp", "chef-lieu") after "à".
const SETTLEMENTS: &[&str] = &[
    "village",
    "localite",
    "commune",
    "bourgade",
    "hameau",
    "quartier",
    "municipalite",
];

/// Head words of streets, squares and other named sites in a town: the
/// urban ones first ([`URBAN_HEADS`], through "impasse"), then the land's.
const STREET_HEADS: &[&str] = &[
    "rue",
    "avenue",
    "boulevard",
    "place",
    "quai",
    "gare",
    "pont",
    "porte",
    "square",
    "esplanade",
    "parvis",
    "allee",
    "impasse",
    "aeroport",
    "port",
    "route",
    "chemin",
    "plage",
    "col",
    "vallee",
    "val",
    "riviere",
    "fleuve",
    "mont",
    "massif",
    "desert",
    "baie",
    "cap",
    "canal",
    "oued",
    "ile",
    "iles",
    "presqu'",
    "plaine",
    "foret",
    "lac",
    "lagune",
    "etang",
    "golfe",
    "estuaire",
    "zone",
];

/// The heads of [`STREET_HEADS`] that name a street, a square or a
/// building of a town, never the land around it: its first thirteen.
const URBAN_HEADS: &[&str] = STREET_HEADS.split_at(13).0;

/// Head words of buildings named after a saint or a person, the name
/// following directly ("église Saint-Marc", "lycée Jean-Moulin").
const BUILDING_HEADS: &[&str] = &[
    "eglise",
    "cathedrale",
    "basilique",
    "chapelle",
    "abbaye",
    "paroisse",
    "mosquee",
    "synagogue",
    "monastere",
    "couvent",
    "hopital",
    "clinique",
    "lycee",
    "college",
    "ecole",
    "stade",
    "gymnase",
    "caserne",
];

/// Head words of sites that a saint's name may name after them ("le
/// marché Saint-Maur", "la prison Saint-Michel"), beside [`BUILDING_HEADS`]:
/// such a name is the site's, not a town of a country the document never
/// names.
const SITE_HEADS: &[&str] = &[
    "marche",
    "institut",
    "prison",
    "pont",
    "cite",
    "camp",
    "port",
    "fort",
    "seminaire",
    "cimetiere",
];

/// Designators followed directly by the name, without "de" (housing
/// estates too: "la cité Aurore", "la résidence Les Flamboyants").
const DIRECT_DESIGNATORS: &[&str] = &[
    "lieu-dit",
    "lieudit",
    "dit",
    "quartier",
    "cite",
    "residence",
];

/// Names of places that are also the names of well-known companies or
/// brands: a place only after a place preposition.
const BRANDS: &[&str] = &[
    "orange", "total", "renault", "peugeot", "michelin", "mercedes",
];

/// First names that are also the names of towns ("Elizabeth", "Charlotte"):
/// places only after a place preposition.
const FIRST_NAMES: &[&str] = &[
    "elizabeth",
    "gilbert",
    "flora",
    "florence",
    "victoria",
    "charlotte",
    "jackson",
    "madison",
    "lincoln",
    "franklin",
    "clinton",
    "jefferson",
    "austin",
    "eugene",
    "marion",
    "vincent",
    "martin",
    "laurent",
    "bernard",
    "carmen",
    "roman",
    "jordan",
    "georgia",
    "chester",
    "hamilton",
    "milton",
    "preston",
    "clayton",
    "mercedes",
    "camden",
    "dayton",
    "douglas",
    "lafayette",
    "lawrence",
    "logan",
    "pierre",
    "raleigh",
    "wilson",
    "tyler",
    "warren",
    "winston",
    "anderson",
    "murray",
];

/// Capitalised words that may stand just before a place name without making
/// it part of a longer name.
const FREE_BEFORE: &[&str] = &[
    "le", "la", "les", "l'", "de", "du", "des", "d'", "en", "au", "aux", "a", "et", "ou", "sud",
    "nord", "est", "ouest", "grand", "grande", "greater", "selon", "depuis", "vers", "pour",
    "dans", "sur", "avec", "contre", "entre", "sans", "chez", "apres", "avant",
    // Burma's states, named after the designator: "l'État Rakhine", "l'État
    // Kachin".
    "etat",
];

struct Ctx<'a> {
    doc: &'a Document,
    folded: &'a str,
    toks: Vec<Tok>,
    /// Countries the document names by their own names.
    countries: Vec<&'static str>,
    runs: Runs,
    /// [`Ctx::last_of_name`] of every token, made on first use (once for
    /// the document: a run of capitalised words is not walked again from
    /// each of its words).
    name_ends: std::cell::OnceCell<Vec<usize>>,
}

impl Ctx<'_> {
    /// A title or a role just before the name: a person ("le président
    /// Obama", "M. Hollande").
    fn title_before(&self, k: usize) -> bool {
        if k == 0 {
            return false;
        }
        let gap = &self.folded[self.toks[k - 1].fe..self.toks[k].fs];
        let w = self.word(k - 1);
        (gap == " " && is_title(w))
            || (gap == ". " && matches!(w, "m" | "mm" | "mme" | "dr" | "pr" | "mgr"))
    }

    /// The name of tokens `first..=last` opens an agency's dateline
    /// ("ALEP, 3 mars (AFP) -", "GAO (Mali), …) –", as the document reads
    /// them): a city's name in capitals there is no acronym, however short.
    fn opens_dateline(&self, first: usize, last: usize) -> bool {
        let rest = &self.folded[self.toks[last].fe..];
        if !(rest.starts_with(',') || rest.starts_with(" (")) {
            return false;
        }
        let (start, _) = self
            .doc
            .folded()
            .original(self.toks[first].fs, self.toks[first].fe);
        crate::document::dateline(&self.doc.text[start..]).is_some()
    }

    fn word(&self, k: usize) -> &str {
        &self.folded[self.toks[k].fs..self.toks[k].fe]
    }

    /// Tokens k and k+1 are parts of one name: separated by nothing but
    /// spaces or hyphens (or glued after an apostrophe).
    fn joined(&self, k: usize) -> bool {
        let gap = &self.folded[self.toks[k].fe..self.toks[k + 1].fs];
        matches!(gap, " " | "-" | "  " | "")
    }

    /// Tokens k and k+1 are joined by a hyphen alone ("Nord-Ouest",
    /// "Saint-Denis", "al-Hasakah").
    fn joined_by_hyphen(&self, k: usize) -> bool {
        &self.folded[self.toks[k].fe..self.toks[k + 1].fs] == "-"
    }

    fn joined_by_space(&self, k: usize) -> bool {
        let gap = &self.folded[self.toks[k].fe..self.toks[k + 1].fs];
        !gap.is_empty() && gap.bytes().all(|b| b == b' ')
    }

    /// The token before k, when nothing but spaces separate them.
    fn prev_word(&self, k: usize) -> Option<&str> {
        if k == 0 || self.toks[k].start {
            return None;
        }
        let gap = &self.folded[self.toks[k - 1].fe..self.toks[k].fs];
        if gap.bytes().all(|b| b == b' ' || b == b'-') {
            Some(self.word(k - 1))
        } else {
            None
        }
    }

    /// Is the name at token k introduced as a place ("à X", "près de X",
    /// "la commune de X", "au lieu-dit X")?
    fn introduced(&self, k: usize) -> bool {
        let Some(p) = self.prev_word(k) else {
            return self.bracketed(k) || self.topic(k);
        };
        if PREPOSITIONS.contains(&p) || DIRECT_DESIGNATORS.contains(&p) {
            return true;
        }
        if matches!(p, "de" | "d'" | "du" | "des")
            && let Some(pp) = self.prev_word(k - 1)
        {
            return is_before_de(pp);
        }
        false
    }

    /// "Caen (Calvados)": a one-word name in brackets after a capitalised
    /// word.
    fn bracketed(&self, k: usize) -> bool {
        if k == 0 || k + 1 > self.toks.len() {
            return false;
        }
        let before = &self.folded[self.toks[k - 1].fe..self.toks[k].fs];
        let after = match self.toks.get(k + 1) {
            Some(n) => &self.folded[self.toks[k].fe..n.fs],
            None => &self.folded[self.toks[k].fe..],
        };
        before.trim() == "(" && after.trim_start().starts_with(')') && self.toks[k - 1].cap
    }

    /// "Nice : le bilan s'alourdit": the topic of a headline or a line.
    fn topic(&self, k: usize) -> bool {
        let t = &self.toks[k];
        let line_start = k == 0 || self.folded[self.toks[k - 1].fe..t.fs].contains('\n');
        let rest = &self.folded[t.fe..];
        line_start && (rest.starts_with(" :") || rest.starts_with(':'))
    }

    /// The original text of tokens first..=last.
    fn surface(&self, first: usize, last: usize) -> String {
        let (s, e) = self
            .doc
            .folded()
            .original(self.toks[first].fs, self.toks[last].fe);
        self.doc.text[s..e].to_string()
    }

    /// Tokens k and k+1 are joined by spaces or glued after an apostrophe.
    fn joined_or_glued(&self, k: usize) -> bool {
        let gap = &self.folded[self.toks[k].fe..self.toks[k + 1].fs];
        gap.is_empty() || gap == " "
    }

    /// Does an apposition right after token `last` call the name a
    /// settlement ([`SETTLEMENTS`]: ", un village", ", le grand quartier",
    /// ", une localité")?
    fn settlement_apposed(&self, last: usize) -> bool {
        let Some(rest) = self.folded[self.toks[last].fe..]
            .trim_start()
            .strip_prefix(',')
        else {
            return false;
        };
        let mut words = rest.split_whitespace();
        let definite = match words.next() {
            Some("un" | "une") => false,
            Some("le" | "la") => true,
            _ => return false,
        };
        let (noun, bare) = match words.next() {
            Some("petit" | "petite" | "grand" | "grande" | "vieux" | "vieille") => {
                (words.next(), false)
            }
            w => (w, true),
        };
        // (A definite designator with its own complement names another
        // place, in a clause of its own: "Après l'affaire Troadec, la
        // commune d'Orvault est à nouveau…".)
        let names_another = definite
            && bare
            && words
                .next()
                .is_some_and(|w| matches!(w, "de" | "du" | "des") || w.starts_with("d'"));
        !names_another
            && noun.is_some_and(|n| SETTLEMENTS.contains(&n.trim_end_matches([',', '.', ';'])))
    }

    /// A name the gazetteer lacks that the sentence still shows to be a
    /// place: "à Chibok, un village", "à Bramans, en Savoie", "à Al-Asriya".
    fn introduced_unknown(&self, k: usize) -> Option<PlaceKind> {
        if self.near_unknown(k) || self.site_of_disaster(k) {
            return Some(PlaceKind::City);
        }
        if self.in_a_named_unit(k) {
            return Some(PlaceKind::City);
        }
        // "Plusieurs centaines d'habitants ont fui vers Konduga", "évacués
        // vers Dori": one name after a flight toward it.
        if self.prev_word(k) == Some("vers")
            && k >= 2
            && (FLED_TOWARD.contains(&self.word(k - 2))
                // "l'évacuation des blessés vers Sévaré", "la fuite des
                // habitants vers Goma": the noun a few words before.
                || (k.saturating_sub(5)..k - 1).any(|j| {
                    !self.toks[j + 1].start && FLIGHT_NOUNS.contains(&self.word(j))
                }))
            && !self.toks[k].start
            && self.last_of_name(k) == k
            && self.plain_name(k)
        {
            return Some(PlaceKind::City);
        }
        // "ont fui Deraa al-Balad, le quartier sud de la ville", "des
        // pêcheurs de Guet-Ndar, le grand quartier de pêcheurs": a name
        // that an apposition calls a settlement, whatever stands before.
        // (Not the tail of a longer name: "Deraa al-Balad" gives no
        // "al-Balad".)
        if !self.toks[k].start
            && !(k > 0 && (self.toks[k - 1].cap || is_arabic_article(self.word(k - 1))))
            && self.settlement_apposed(self.last_of_name(k))
        {
            return Some(PlaceKind::City);
        }
        // "le centre de vacances de Chamaloc (Drôme)", "le radar de Renty
        // (Pas-de-Calais)", "Coignières (Yvelines) et Feyzin (Isère)": a
        // plain name after "de" or "et", with a French département or
        // region in brackets after it, is a commune (within an
        // organisation's name, "le tribunal de Tarbes (Hautes-Pyrénées)",
        // the organisation takes it: see `crate::process_document_with`).
        // (One word, or words joined by hyphens: "Jacline Mouraud
        // (Bretagne)" is a person from there; nor the end of a longer
        // name, "Villard d'Heria (Jura)", "le mont Blanc du Tacul".)
        let last = self.last_of_name(k);
        let particle_after_name =
            matches!(self.prev_word(k), Some("de" | "d'" | "du")) && k >= 2 && self.toks[k - 2].cap;
        if !self.toks[k].start
            && !particle_after_name
            && matches!(self.prev_word(k), Some("de" | "d'" | "du" | "et"))
            && self.plain_name(k)
            && !self.folded[self.toks[k].fs..self.toks[last].fe].contains(' ')
            && self.french_region_in_brackets(last)
        {
            return Some(PlaceKind::City);
        }
        if self.prev_word(k) != Some("a") || self.toks[k].start {
            return None;
        }
        let w = self.word(k);
        if is_arabic_article(w)
            && k + 1 < self.toks.len()
            && self.joined_by_hyphen(k)
            && !ARABIC_NOT_PLACES.contains(&self.word(k + 1))
        {
            return Some(PlaceKind::City);
        }
        // "à Saint-Joseph-de-Beauce", "à Villeneuve-sur-Lot", "à Aita
        // el-Chaab": a name shaped as a commune's or with an Arabic article.
        if self.commune_shape(k) {
            return Some(PlaceKind::City);
        }
        // The name, then ", en|au|aux|dans|près" or ", un village"...
        let last = self.last_of_name(k);
        // "à Dions (Gard)"
        if self.region_in_brackets(last) {
            return Some(PlaceKind::City);
        }
        let rest = &self.folded[self.toks[last].fe..];
        static AFTER: LazyLock<crate::fast_regex::FastRegex> = LazyLock::new(|| {
            crate::fast_regex::FastRegex::new(
                &format!(
                    r"^ ?, (?:(?:en|au|aux|dans|pres|non loin|a l'(?:est|ouest)|au (?:nord|sud))\b|(?:un|une|le|la) (?:petit |petite |grand |grande )?(?:{}|ville|camp|cite|chef-lieu|capitale (?:de la|du|des|provinciale|regionale|departementale))\b)",
                    SETTLEMENTS.join("|")
                ),
            )
            .unwrap()
        });
        if AFTER.is_match(rest) {
            return Some(PlaceKind::City);
        }
        // One name after "à" that ends its clause ("porté disparu à
        // Salazie", "dans le secteur du Trou de Fer, à Salazie."), not a
        // person's first name nor a known word written capitalised.
        let one_word = last == k;
        // ("enlevés à Ganthier en octobre 2021", "interpellés mercredi à
        // Jebeniana et placés en garde à vue": a date, or a participle
        // coordinated with the verb, closes the complement of place too.)
        static THEN: LazyLock<crate::fast_regex::FastRegex> = LazyLock::new(|| {
            crate::fast_regex::FastRegex::new(
                r"^ (?:en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|\d{4})\b|le \d|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|dans la nuit\b|et (?:ont |a |sont |ont ete |a ete )?[a-z]+(?:e|es|ee|ees|is|us)\b)",
            )
            .unwrap()
        });
        let ends_clause = rest.is_empty()
            || rest.starts_with(['.', ',', ';', '\n'])
            || rest.starts_with(" (")
            || rest.starts_with(" :")
            // (French spacing: "à Chibok ; 110 écolières".)
            || rest.starts_with(" ;")
            || THEN.is_match(rest) && !self.toks.get(last + 1).is_some_and(|t| t.cap);
        // "a confié à Reuters", "similaire à Snapchat", "les sommes dues à
        // Havas": "à" after a verb of saying or giving names the one told
        // or given to.
        const DATIVE_BEFORE: &[&str] = &[
            "similaire",
            "similaires",
            "acces",
            "appartient",
            "appartenait",
            "confirme",
            "confie",
            "declare",
            "dit",
            "explique",
            "indique",
            "precise",
            "raconte",
            "livrer",
            "livre",
            "dues",
            "du",
            "accordes",
            "accorde",
            "rapporte",
            "rapporterait",
            "vendu",
            "cede",
            "rachete",
            "reglee",
            "regles",
            "verse",
            "paye",
            "succede",
            "repondu",
        ];
        let dative = k >= 2 && DATIVE_BEFORE.contains(&self.word(k - 2));
        // "des pèlerins qui se rendaient à Kedarnath", "né à Jure", "qui
        // habitait à Lunga": "à" after a verb of going or dwelling names
        // a place, the clause going on or not.
        let went = k >= 2 && MOTION_BEFORE.contains(&self.word(k - 2));
        // "à Abule-Ado", "à Kok-Tash": two capitalised words joined by a
        // hyphen, neither a first name ("à Jean-Pierre") nor an
        // organisation's, nor a team met ("face à Cesson-Rennes").
        let hyphenated_pair = last == k + 1
            && self.joined_by_hyphen(k)
            && self.toks[k + 1].cap
            && self.plain_name(k)
            && self.plain_name(k + 1)
            && self.word(k + 1).chars().count() >= 3
            && !dative
            && !(k >= 2 && matches!(self.word(k - 2), "face" | "contre"));
        (one_word && (ends_clause && !dative || went) && self.plain_name(k) || hyphenated_pair)
            .then_some(PlaceKind::City)
    }

    /// "celui de Jangebe, dans l'État de Zamfara", "Tudun Gwaska, dans la
    /// zone de Kajuru": a plain name followed by the larger unit it lies
    /// in, named.
    fn in_a_named_unit(&self, k: usize) -> bool {
        static UNIT_AFTER: LazyLock<crate::fast_regex::FastRegex> = LazyLock::new(|| {
            crate::fast_regex::FastRegex::new(
                r"^ ?, (?:dans|en) (?:la |le |l')?(?:province|region|etat|district|departement|prefecture|wilaya|gouvernorat|comte|territoire|commune|cercle|zone|oblast) (?:de |du |d')",
            )
            .unwrap()
        });
        // (The name may go on after an Arabic article: "Maarat al-Nouman,
        // dans la province d'Idleb".)
        let mut last = self.last_of_name(k);
        while arabic_tail(self, last) {
            last = self.last_of_name(last + 2);
        }
        self.toks[k].cap
            && !self.toks[k].start
            && self.plain_name(k)
            && UNIT_AFTER.is_match(&self.folded[self.toks[last].fe..])
    }

    /// "onze villages, dont Hillat Nuri et Goz Baraka": the token `d` is
    /// "dont" after a comma and a plural designator; its kind.
    fn plural_designator_before_dont(&self, d: usize) -> Option<PlaceKind> {
        if d < 2 || self.word(d) != "dont" {
            return None;
        }
        let gap = self.folded[self.toks[d - 1].fe..self.toks[d].fs].trim();
        let head = self.word(d - 1);
        if gap != "," || !(head.ends_with('s') || head.ends_with('x')) {
            return None;
        }
        designator_kind(head)
    }

    /// The name at token k is shaped as a place's: a saint's name with its
    /// hyphen ("Saint-Joseph-de-Beauce", "Sainte-Rose"), a hyphenated name
    /// with a particle inside ("Villeneuve-sur-Lot", "Châlons-en-Champagne"),
    /// or a name and an Arabic article ("Aita el-Chaab"); never a known
    /// first name's ("Jean-de-Dieu" is rare, "Marie-Hélène" has no particle).
    fn commune_shape(&self, k: usize) -> bool {
        let end = name_end(self, k, k);
        if end == k || !self.plain_name(k) {
            return false;
        }
        if matches!(self.word(k), "saint" | "sainte") && self.joined_by_hyphen(k) {
            return true;
        }
        (k..end).any(|t| {
            (self.joined_by_hyphen(t)
                && t > k
                && !self.toks[t].cap
                && matches!(
                    self.word(t),
                    "de" | "du" | "des" | "en" | "sur" | "sous" | "les" | "le" | "la" | "aux"
                ))
                // "Gonfreville-l'Orcher", "Château-d'Olonne": an elided
                // article after a hyphen, glued to the next word.
                || (t > k
                    && self.joined_by_hyphen(t - 1)
                    && matches!(self.word(t), "l'" | "d'")
                    && self.toks[t].fe == self.toks[t + 1].fs)
                || arabic_tail(self, t)
        })
    }

    /// The name at token k repeats the preposition of the place just
    /// before it: "les abords de Khiam et de Kfarkela", "à Gaza et à
    /// Rafah". The second item of such a pair is a place too.
    fn paired_with_place(&self, k: usize, prev: Option<&Cand>) -> Option<PlaceKind> {
        let prev = prev?;
        // "entre Vic-sur-Cère et Thiézac": the other end of a stretch.
        if prev.last + 2 == k
            && self.word(prev.last + 1) == "et"
            && self.prev_word(prev.first) == Some("entre")
            && self.folded[self.toks[prev.last].fe..self.toks[prev.last + 1].fs]
                .trim()
                .is_empty()
            && self.plain_name(k)
        {
            return Some(PlaceKind::City);
        }
        if prev.last + 3 != k
            || self.word(prev.last + 1) != "et"
            || !self.folded[self.toks[prev.last].fe..self.toks[prev.last + 1].fs]
                .trim()
                .is_empty()
            || !self.plain_name(k)
        {
            return None;
        }
        let prep = |w: &str| match w {
            "de" | "d'" => Some("de"),
            "a" => Some("a"),
            _ => None,
        };
        let before = prep(self.prev_word(prev.first)?)?;
        (prep(self.word(prev.last + 2)) == Some(before) && self.prev_word(k).is_some())
            .then_some(PlaceKind::City)
    }

    /// "le comté d'Orange", "la cité des Flamants": a designator that is
    /// part of the name (a county is not its seat; an estate named by a
    /// plural noun is named so); returns that name, the designator kept. A state
    /// ("l'État de Borno") is named as itself: Borno.
    fn designated_name(&self, k: usize, end: usize) -> Option<String> {
        // "la cité des Flamants": an estate named by a plural noun keeps its
        // designator ("la cité de la Busserine" is the Busserine).
        let estate =
            k >= 2 && self.prev_word(k) == Some("des") && self.prev_word(k - 1) == Some("cite");
        // So does one named right after its head: "la cité Aurore", "la
        // résidence Les Flamboyants".
        let direct = k >= 1 && matches!(self.prev_word(k), Some("cite" | "residence"));
        if !self.after_head_de(k, "comte") && !estate && !direct {
            return None;
        }
        let head = if direct { k - 1 } else { k - 2 };
        let (s, _) = self
            .doc
            .folded()
            .original(self.toks[head].fs, self.toks[head].fe);
        Some(
            self.doc.text[s..end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        )
    }

    /// "l'accident de Sikilo", "la collision de Buizingen", "le massacre de
    /// Solhan": a disaster or a massacre named after where it happened
    /// (not an attack, named after its authors as often as its place).
    fn site_of_disaster(&self, k: usize) -> bool {
        const SITES: &[&str] = &[
            "accident",
            "collision",
            "naufrage",
            "catastrophe",
            "massacre",
            "tuerie",
            "drame",
            "eboulement",
            "deraillement",
            // "l'incendie de Gonfaron", "le séisme de Lorca", "l'attentat
            // de Louxor".
            "incendie",
            "seisme",
            "explosion",
            "attentat",
            "fusillade",
            "inondations",
            "crash",
            "effondrement",
        ];
        // "L'attaque survient un mois après celle de Chinégodar", "ces
        // enlèvements rappellent celui de Chibok": the pronoun stands for
        // the event noun a few words before it.
        const EVENTS: &[&str] = &[
            "attaque",
            "attaques",
            "enlevement",
            "enlevements",
            "glissement",
        ];
        let site = |w: &str| SITES.contains(&w) || EVENTS.contains(&w);
        let named_by = |w: Option<&str>| match w {
            Some("celui" | "celle") => (k.saturating_sub(14)..k - 2).any(|t| {
                site(self.word(t))
                    && !self.folded[self.toks[t].fe..self.toks[k].fs].contains(['.', '\n', ';'])
            }),
            Some(w) => SITES.contains(&w),
            None => false,
        };
        k >= 2
            && matches!(self.prev_word(k), Some("de" | "d'"))
            && named_by(self.prev_word(k - 1))
            && self.plain_name(k)
            // ("l'incendie de Notre-Dame": a cathedral.)
            && !matches!(self.word(k), "notre" | "saint" | "sainte")
    }

    /// The one word at token k may be a place's name: no person's first
    /// name, no organisation, no acronym, no inner capital ("Snapchat").
    fn plain_name(&self, k: usize) -> bool {
        let w = self.word(k);
        !self.toks[k].upper
            // ("Sidi" is a first name too, but "Sidi Moumen" a place.)
            && (!crate::extract::actors::known_first_name(w)
                || is_arabic_place_head(w)
                    && self.toks.get(k + 1).is_some_and(|t| t.cap)
                    && &self.folded[self.toks[k].fe..self.toks[k + 1].fs] == " ")
            && !crate::extract::actors::is_one_word_organisation(w)
            && !self.surface(k, k).chars().skip(1).any(char::is_uppercase)
    }

    /// "près de Jhalakathi", "non loin d'Aïn Draham", "à proximité de
    /// Kolmane", "au nord de Tinfagat", "à 30 km de Gorom", "des habitants
    /// de Melloula", "le maire de Sidi Bouzid": what one is near, north of,
    /// from, or mayor of is a place, unless it is a person's first name, an
    /// organisation or an acronym.
    fn near_unknown(&self, k: usize) -> bool {
        if k < 2 || !matches!(self.prev_word(k), Some("de" | "d'")) {
            return false;
        }
        let near = match self.prev_word(k - 1) {
            Some(
                "pres" | "proximite" | "abords" | "environs" | "alentours" | "peripherie"
                | "banlieue" | "large" | "sortie" | "nord" | "sud" | "ouest" | "nord-est"
                | "nord-ouest" | "sud-est" | "sud-ouest" | "km" | "kilometres" | "habitants"
                | "habitant" | "originaire" | "originaires" | "maire" | "bourgmestre" | "syndic"
                | "amont" | "aval"
                | "direction" | "provenance" | "destination"
                // "zoning industriel de Feluy", "la zone industrielle de X".
                | "industriel" | "industrielle" | "zoning",
            ) => true,
            // "au-dessus de Zinal" (the hyphen splits the words).
            Some("dessus") => self.prev_word(k - 2) == Some("au"),
            // "à l'est de", "au nord-est de", not "son nom est de".
            Some("est") => matches!(self.prev_word(k - 2), Some("l'" | "nord" | "sud")),
            // "à hauteur de Daussoulx", "à la hauteur de": a point of a road.
            Some("hauteur") => matches!(self.prev_word(k - 2), Some("a" | "la")),
            Some("loin") => self.prev_word(k - 2) == Some("non"),
            _ => false,
        };
        near && self.plain_name(k)
    }

    /// The name at token k is the next item of a list whose first item a
    /// plural designator announced: "les provinces de Kirkouk, Salaheddine
    /// et Diyala", "les villages de Kolmane et Tinfagat". The kind is the
    /// designator's.
    fn listed_after_designated(&self, k: usize, prev: Option<&Cand>) -> Option<PlaceKind> {
        let prev = prev?;
        let gap = |a: usize, b: usize| self.folded[self.toks[a].fe..self.toks[b].fs].trim();
        // ", Y", " et Y", " et de Y" ("les quartiers de Kangemi et de
        // Githurai"), " et des Y" ("des hameaux de La Forclaz et des
        // Haudères").
        // (Each item may repeat its "de", with an article: "les quartiers
        // du Neuhof, de Hautepierre et de l'Elsau".)
        let de_word = |w: &str| matches!(w, "de" | "d'" | "des" | "du");
        let next_item = (prev.last + 1 == k && gap(prev.last, k) == ",")
            || (prev.last + 2 == k
                && matches!(self.word(prev.last + 1), "et" | "ou")
                && gap(prev.last, prev.last + 1).is_empty())
            || (prev.last + 2 == k
                && de_word(self.word(prev.last + 1))
                && gap(prev.last, prev.last + 1) == ",")
            || (prev.last + 3 == k
                && matches!(self.word(prev.last + 1), "et" | "ou")
                && de_word(self.word(prev.last + 2))
                && gap(prev.last, prev.last + 1).is_empty())
            || (prev.last + 4 == k
                && matches!(self.word(prev.last + 1), "et" | "ou")
                && self.word(prev.last + 2) == "de"
                && matches!(self.word(prev.last + 3), "l'" | "la")
                && gap(prev.last, prev.last + 1).is_empty());
        if !next_item {
            return None;
        }
        // The list's first item: the previous name, or the first of the
        // names before it, each separated by a comma (and its own "de").
        let mut first = prev.first;
        loop {
            if first >= 2
                && gap(first - 1, first) == ","
                && self.toks[first - 1].cap
                && !self.toks[first - 2].start
            {
                first = self.first_of_name(first - 1);
            } else if first >= 3
                && de_word(self.word(first - 1))
                && gap(first - 2, first - 1) == ","
                && self.toks[first - 2].cap
                && !self.toks[first - 3].start
            {
                first = self.first_of_name(first - 2);
            } else {
                break;
            }
        }
        let de = self.prev_word(first)?;
        if de == "dont" {
            return self.plural_designator_before_dont(first - 1);
        }
        if !de_word(de) {
            return None;
        }
        let head = self.prev_word(first - 1)?;
        if !(head.ends_with('s') || head.ends_with('x')) {
            return None;
        }
        designator_kind(head).filter(|_| !FACILITY_HEADS.contains(&head.trim_end_matches('s')))
    }

    /// The last token of the capitalised name starting at token `first`:
    /// capitalised words joined by spaces or hyphens.
    fn last_of_name(&self, first: usize) -> usize {
        self.name_ends.get_or_init(|| {
            // From the last token back: a token joined to a name's next
            // word ends where that word's name does.
            let mut ends = vec![0; self.toks.len()];
            for k in (0..self.toks.len()).rev() {
                ends[k] = if k + 1 < self.toks.len()
                    && self.joined(k)
                    && (self.toks[k + 1].cap || self.opens_with_elided_capital(k))
                {
                    ends[k + 1]
                } else {
                    k
                };
            }
            ends
        })[first]
    }

    /// "M'tsahara", "M'tsamboro": a capital M or N glued by its apostrophe to
    /// a lower-case consonant opens a name (of Mayotte, of the Comoros, of
    /// Guinea), no elision.
    fn opens_with_elided_capital(&self, k: usize) -> bool {
        k + 1 < self.toks.len()
            && matches!(self.word(k), "m'" | "n'")
            && self.toks[k].cap
            && self.toks[k].fe == self.toks[k + 1].fs
            && !self.word(k + 1).starts_with(['a', 'e', 'i', 'o', 'u', 'y'])
    }

    /// The first token of the capitalised name ending at token `last`.
    fn first_of_name(&self, last: usize) -> usize {
        let mut f = last;
        while f > 0 && self.joined(f - 1) && self.toks[f - 1].cap {
            f -= 1;
        }
        f
    }

    /// The name at token k follows "l'État de", "l'État du": a federated
    /// state's name.
    fn state_before(&self, k: usize) -> bool {
        self.after_head_de(k, "etat")
    }

    /// A lower-case adjective of a territory follows token k: "l'Est
    /// vaudois", "l'Ouest canadien" (a part of a territory, no region of
    /// that name).
    fn adjective_after(&self, k: usize) -> bool {
        const ENDINGS: [&str; 12] = [
            "ois", "oise", "ais", "aise", "ien", "ienne", "ain", "aine", "an", "ane", "ique", "al",
        ];
        let Some(next) = self.toks.get(k + 1) else {
            return false;
        };
        let w = self.word(k + 1);
        &self.folded[self.toks[k].fe..next.fs] == " "
            && !next.cap
            && w.chars().count() > 3
            && ENDINGS.iter().any(|e| w.ends_with(e))
    }

    /// The name at token k follows a word `unit` accepts and "de", "d'" or
    /// "du", past an "l'" ("la province de l'Équateur", "les villages de
    /// l'Est").
    fn after_unit_de(&self, k: usize, unit: impl Fn(&str) -> bool) -> bool {
        let at = if self.prev_word(k) == Some("l'") {
            k - 1
        } else {
            k
        };
        at >= 2
            && matches!(self.prev_word(at), Some("de" | "d'" | "du"))
            && self.prev_word(at - 1).is_some_and(unit)
    }

    /// The name at token k follows `head` and "de", "d'" or "du".
    fn after_head_de(&self, k: usize, head: &str) -> bool {
        matches!(self.prev_word(k), Some("de" | "d'" | "du")) && self.prev_word(k - 1) == Some(head)
    }

    /// The name at token k names a building after its head word, with no
    /// "de" between: "l'église Saint-Georges", "l'hôpital Georges-Pompidou",
    /// "le lycée Victor-Hugo" (not "la cathédrale de Strasbourg").
    fn building_before(&self, k: usize) -> bool {
        k > 0
            && &self.folded[self.toks[k - 1].fe..self.toks[k].fs] == " "
            && BUILDING_HEADS.contains(&self.word(k - 1))
    }

    /// The head of a race, a bank or an agency named after the place
    /// before the name at token k ("Tour de France", "Banque de France",
    /// "Stade de France").
    fn event_before(&self, k: usize) -> Option<&str> {
        if !matches!(self.prev_word(k), Some("de" | "d'" | "du")) {
            return None;
        }
        self.prev_word(k - 1).filter(|w| EVENT_HEADS.contains(w))
    }

    /// The designator kind when the name at token k follows one.
    fn designator(&self, k: usize) -> Option<PlaceKind> {
        let p = self.prev_word(k)?;
        if DIRECT_DESIGNATORS.contains(&p) {
            if p == "dit" {
                // "au lieu dit X"
                return after_lieu_dit(self, k).then_some(PlaceKind::Other);
            }
            // "le quartier Villeray", not "le quartier Nord".
            if p == "quartier" && POINTS.contains(&self.word(k)) {
                return None;
            }
            return Some(PlaceKind::Other);
        }
        if p == "dont" {
            return self.plural_designator_before_dont(k - 1);
        }
        // "le quartier de la Docherie", "la commune de La Seyne": a
        // district or a town whose name has its article.
        // A region named by a point of the compass, with its article: "la
        // région de l'Est" (of Burkina Faso), "le département de l'Ouest"
        // (of Haiti).
        if matches!(p, "la" | "le" | "l'")
            && k >= 3
            && matches!(self.prev_word(k - 1), Some("de" | "d'"))
            && let Some(kind) = self
                .prev_word(k - 2)
                .filter(|w| !FACILITY_HEADS.contains(w))
                .and_then(designator_kind)
            && (matches!(kind, PlaceKind::City | PlaceKind::Other) && self.plain_name(k)
                || kind == PlaceKind::Region
                    && POINTS.contains(&self.word(k))
                    && !self.adjective_after(k)
                // "le département de la Mezam", "la région de la Kara": a
                // unit whose name has its article (not "le département de
                // la Justice": see `UNKNOWN_NEVER`; nor a point followed by
                // its adjective).
                || kind == PlaceKind::Region
                    && !POINTS.contains(&self.word(k))
                    && self.plain_name(k))
        {
            return Some(kind);
        }
        // "les régions du Nord-Ouest et du Sud-Ouest": a second point of
        // the compass after "et", where the first had its designator.
        if matches!(p, "du" | "de")
            && k >= 4
            && self.prev_word(k - 1) == Some("et")
            && POINTS.contains(&self.word(k))
            && POINTS.contains(&self.word(k - 3))
        {
            // (The first name's first word: "Nord-Ouest" is two tokens.)
            let mut first = k - 3;
            while first > 0
                && self.joined_by_hyphen(first - 1)
                && POINTS.contains(&self.word(first - 1))
            {
                first -= 1;
            }
            return self.designator(first);
        }
        if !matches!(p, "de" | "d'" | "du" | "des") {
            return None;
        }
        let pp = self.prev_word(k - 1)?;
        // "une école du Nord de la Saskatchewan": a compass point after a
        // facility is no town ("le département du Nord" is a place).
        if matches!(self.word(k), "nord" | "sud" | "est" | "ouest") && FACILITY_HEADS.contains(&pp)
        {
            return None;
        }
        // ("les routes du Sud": a road's designator takes "de" and a
        // name, one road.)
        if pp == "route" && !matches!(p, "de" | "d'") || pp == "routes" {
            return None;
        }
        // "la cité des Doges", "la cité des Papes": a town's byname (Venice,
        // Avignon), no estate.
        if pp == "cite" && CITY_BYNAMES.contains(&self.word(k)) {
            return None;
        }
        if let Some(kind) = designator_kind(pp) {
            return Some(kind);
        }
        // "la commune rurale de X", "une base militaire de X": a qualifier
        // between; "le camp de déplacés de X", "une mine de charbon de X":
        // a complement.
        if self.toks[k - 2].cap {
            return None;
        }
        let ppp = self.prev_word(k - 2)?;
        // (In either number: "les quartiers populaires de Kibera".)
        if is_qualifier(pp) {
            return designator_kind(ppp);
        }
        if DESIGNATOR_COMPLEMENTS.contains(&pp) && matches!(ppp, "de" | "d'") {
            return designator_kind(self.prev_word(k - 3)?);
        }
        // A border crossing's town: "au poste frontière de Malaba", "au
        // point de passage de Kuluba".
        if pp == "frontiere" && ppp == "poste"
            || pp == "passage" && ppp == "de" && self.prev_word(k - 3)? == "point"
        {
            return Some(PlaceKind::City);
        }
        // "le camp de réfugiés palestiniens d'Aïn el-Héloué", "de déplacés
        // internes de X": the complement's adjective between.
        if DESIGNATOR_COMPLEMENTS.contains(&ppp) && matches!(self.prev_word(k - 3)?, "de" | "d'") {
            return designator_kind(self.prev_word(k - 4)?);
        }
        None
    }

    /// The countries of a region or a country told right after the name
    /// ending at token `end`, as its qualifier: "Paris (Texas)", "Paris,
    /// au Texas", "Valence, en Espagne". The town of that country is meant.
    fn qualifier_countries(&self, end: usize) -> Vec<&'static str> {
        let n = self.toks.len();
        if end + 1 >= n {
            return Vec::new();
        }
        let gap = self.folded[self.toks[end].fe..self.toks[end + 1].fs].trim();
        let at = match gap {
            "(" => end + 1,
            "," => {
                let mut k = end + 1;
                if matches!(self.word(k), "au" | "en" | "aux") {
                    k += 1;
                } else if self.word(k) == "dans"
                    && k + 1 < n
                    && matches!(self.word(k + 1), "le" | "la" | "l'" | "les")
                {
                    k += 2;
                }
                k
            }
            _ => return Vec::new(),
        };
        if at >= n || !self.toks[at].cap {
            return Vec::new();
        }
        lookup(self.word(at))
            .iter()
            .map(|p| entry(p.entry))
            .filter(|e| matches!(e.kind, PlaceKind::Region | PlaceKind::Country))
            .filter_map(|e| e.country)
            .collect()
    }

    /// A French département or region, alone in brackets, follows the
    /// name ending at token `end` ("Renty (Pas-de-Calais)").
    fn french_region_in_brackets(&self, end: usize) -> bool {
        let Some(next) = self.toks.get(end + 1) else {
            return false;
        };
        if self.folded[self.toks[end].fe..next.fs].trim() != "(" {
            return false;
        }
        // The region's name ("Pas-de-Calais": several tokens), then the
        // closing bracket.
        (end + 1..self.toks.len().min(end + 6)).any(|last| {
            let after = match self.toks.get(last + 1) {
                Some(t) => &self.folded[self.toks[last].fe..t.fs],
                None => &self.folded[self.toks[last].fe..],
            };
            after.trim_start().starts_with(')')
                && lookup(
                    &(end + 1..=last)
                        .map(|j| self.word(j))
                        .collect::<Vec<_>>()
                        .join(" "),
                )
                .iter()
                .any(|p| {
                    let e = entry(p.entry);
                    p.flags & F_ALTERNATE == 0
                        && e.kind == PlaceKind::Region
                        && e.country == Some("FR")
                })
        })
    }

    /// A parenthesised region follows the name ending at token `end`
    /// ("Bramans (Savoie)").
    fn region_in_brackets(&self, end: usize) -> bool {
        if end + 1 >= self.toks.len() {
            return false;
        }
        let gap = &self.folded[self.toks[end].fe..self.toks[end + 1].fs];
        if gap.trim() != "(" {
            return false;
        }
        lookup(self.word(end + 1)).iter().any(|p| {
            let e = entry(p.entry);
            p.flags & F_ALTERNATE == 0 && matches!(e.kind, PlaceKind::Region | PlaceKind::Country)
        })
    }
}

/// A recognised name before resolution.
struct Cand {
    first: usize,
    last: usize,
    postings: Vec<Posting>,
    /// For a name the gazetteer lacks: the kind its designator gives.
    unknown: Option<PlaceKind>,
    /// Named as written whatever the gazetteer calls the place it is
    /// part of: "Sulawesi occidental", not the island's French name.
    as_written: bool,
}

/// Every place mention of the document.
pub fn extract(doc: &Document) -> Vec<PlaceMention> {
    let folded = doc.folded();
    let toks = tokenize(doc);
    let runs = Runs::of_capitals(&folded.text, &toks);
    let countries = named_countries(&toks, &runs);
    let ctx = Ctx {
        doc,
        folded: &folded.text,
        toks,
        countries,
        runs,
        name_ends: std::cell::OnceCell::new(),
    };
    let cands = complete_lists(&ctx, find(&ctx));
    let mut out = resolve(&ctx, cands);
    let slots = agency_slots(doc);
    if !slots.is_empty() {
        out.retain(|p| {
            let b = doc.byte_offset(p.start);
            !slots.iter().any(|&(o, c)| o < b && b < c)
        });
    }
    for p in &mut out {
        with_compass_part(doc, p);
    }
    out
}

/// The brackets of an agency after a dateline's date, before its dash
/// ("GUIYANG, 25 mars 2019 (Xinhua) --"): an agency, whatever town shares
/// its name. Byte spans of the brackets. (Not a place's after the dateline's city:
/// "HERAT (Afghanistan), 3 mai (AFP) -".)
fn agency_slots(doc: &Document) -> Vec<(usize, usize)> {
    let mut slots = Vec::new();
    for para in &doc.paragraphs {
        let text = &doc.text[para.start..para.end];
        if !text.starts_with(char::is_uppercase) {
            continue;
        }
        // (Not only the dateline the document reads as one: Xinhua's dash
        // is "--".)
        let head = &text[..text.floor_char_boundary(text.len().min(100))];
        let Some(close) = head.match_indices(')').map(|(i, _)| i).find(|&i| {
            head[i + 1..]
                .trim_start_matches([' ', '\u{a0}'])
                .starts_with(['-', '–', '—'])
        }) else {
            continue;
        };
        let Some(open) = head[..close].rfind('(') else {
            continue;
        };
        let before = crate::document::fold(head[..open].trim_end());
        let last = before.rsplit(' ').next().unwrap_or("");
        let dated =
            last.ends_with(|c: char| c.is_ascii_digit()) || crate::document::MONTHS.contains(&last);
        if dated {
            slots.push((para.start + open, para.start + close));
        }
    }
    slots
}

/// Verbs (folded) of a road or a line that links two places: "relie X à
/// Y".
const LINKING: &[&str] = &[
    "relie",
    "relient",
    "reliant",
    "relier",
    "reliait",
    "reliaient",
];

/// Nouns (folded) of what links two places.
const ROADS: &[&str] = &[
    "route",
    "routes",
    "axe",
    "axes",
    "pont",
    "ligne",
    "voie",
    "troncon",
    "piste",
    "autoroute",
    "corridor",
    "liaison",
    "tunnel",
    "chemin",
    "train",
    "vol",
    "ferry",
    "bac",
];

/// "à Limni, Rovies et Agia Anna", "à Delmas, Bel-Air et
/// Carrefour-Feuilles", "entre Hombori et Boni": the names of a list that
/// "à", "vers", "depuis" or "entre" opens and "et" closes, one of them a
/// town the gazetteer knows, are towns too. The list ends its clause (not
/// "à Paris, Macron et Merkel ont signé").
fn complete_lists(ctx: &Ctx, mut cands: Vec<Cand>) -> Vec<Cand> {
    let n = ctx.toks.len();
    let gap = |a: usize| ctx.folded[ctx.toks[a].fe..ctx.toks[a + 1].fs].trim();
    let known: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| {
            c.unknown.is_none()
                && c.postings
                    .iter()
                    .all(|p| matches!(entry(p.entry).kind, PlaceKind::City | PlaceKind::Other))
        })
        .map(|c| (c.first, c.last))
        .collect();
    let mut add: Vec<Cand> = Vec::new();
    // "la route qui relie Sévaré à Gao", "reliant Gao à Sévaré": the two
    // ends of a road, one known (a town or a region), are both towns.
    // (A road's verb: "la route nationale 16 qui relie", "l'axe reliant";
    // not "un accord relie Macron à Berlin".)
    let linking = |k: usize| {
        ctx.prev_word(k).is_some_and(|w| LINKING.contains(&w))
            && (k.saturating_sub(7)..k - 1).any(|j| ROADS.contains(&ctx.word(j)))
    };
    for c in cands.iter().filter(|c| c.unknown.is_none()) {
        let (first, last) = (c.first, c.last);
        let other = if ctx.prev_word(first) == Some("a") && first >= 2 && ctx.toks[first - 2].cap {
            let pf = ctx.first_of_name(first - 2);
            linking(pf).then_some(pf)
        } else if linking(first)
            && last + 2 < n
            && ctx.word(last + 1) == "a"
            && ctx.toks[last + 2].cap
            && !ctx.toks[last + 2].start
        {
            Some(last + 2)
        } else {
            None
        };
        if let Some(f) = other
            && !cands
                .iter()
                .chain(add.iter())
                .any(|c| c.first <= f && f <= c.last)
            && ctx.plain_name(f)
            && let Some(c) = unknown_name(ctx, f, PlaceKind::City)
        {
            add.push(c);
        }
    }
    for (first, last) in known {
        let mut items = vec![(first, last)];
        let mut with_et = false;
        // Back to the list's first item.
        let mut a = first;
        while a >= 3 {
            let (sep, prev_last) = if gap(a - 1) == "," {
                (",", a - 1)
            } else if ctx.word(a - 1) == "et" && gap(a - 1).is_empty() && gap(a - 2).is_empty() {
                ("et", a - 2)
            } else {
                break;
            };
            if !ctx.toks[prev_last].cap || ctx.toks[prev_last].start {
                break;
            }
            with_et |= sep == "et";
            let pf = ctx.first_of_name(prev_last);
            items.insert(0, (pf, prev_last));
            a = pf;
        }
        let opens = matches!(ctx.prev_word(a), Some("a" | "vers" | "depuis" | "entre"));
        // On to its last.
        let mut b = last;
        while b + 2 < n {
            let next = if gap(b) == "," && ctx.toks[b + 1].cap {
                b + 1
            } else if gap(b).is_empty()
                && ctx.word(b + 1) == "et"
                && gap(b + 1).is_empty()
                && ctx.toks[b + 2].cap
            {
                with_et = true;
                b + 2
            } else {
                break;
            };
            let e = name_end(ctx, next, next);
            items.push((next, e));
            b = e;
        }
        let rest = &ctx.folded[ctx.toks[b].fe..];
        let word_after = rest.split_whitespace().next().unwrap_or("");
        let ends = rest.trim_start().is_empty()
            || rest
                .trim_start()
                .starts_with(['.', ',', ';', ':', ')', '('])
            || matches!(
                word_after,
                "avant" | "apres" | "dans" | "pendant" | "lors" | "depuis" | "en" | "au" | "aux"
            );
        if !(opens && with_et && ends && items.len() >= 2) {
            continue;
        }
        for (f, _) in items {
            let taken = cands
                .iter()
                .chain(add.iter())
                .any(|c| c.first <= f && f <= c.last);
            if !taken
                && ctx.plain_name(f)
                && let Some(c) = unknown_name(ctx, f, PlaceKind::City)
            {
                add.push(c);
            }
        }
    }
    if !add.is_empty() {
        cands.extend(add);
        cands.sort_by_key(|c| c.first);
    }
    cands
}

/// The parts of a region named by a compass point after it: "Sulawesi du
/// Sud", "Darfour du Nord", "Kordofan du Sud", "Caucase du Nord".
const COMPASS_PARTS: &[&str] = &[
    "du Nord-Est",
    "du Nord-Ouest",
    "du Sud-Est",
    "du Sud-Ouest",
    "du Nord",
    "du Sud",
    "du Centre",
    "de l'Est",
    "de l'Ouest",
];

/// A region or area the gazetteer knows, followed by a compass point
/// ("la province de Sulawesi du Sud"), names that part of it: the mention
/// takes the compass point, in the same country. (A country's part is
/// another country, "Soudan du Sud", or a way of speaking, "l'Irak du
/// Nord"; a town's is no place of its own.)
fn with_compass_part(doc: &Document, p: &mut PlaceMention) {
    if !matches!(p.kind, PlaceKind::Region | PlaceKind::Other) || p.country.is_none() {
        return;
    }
    let rest = &doc.text[doc.byte_offset(p.end)..];
    let Some(after) = rest.strip_prefix(' ') else {
        return;
    };
    let after_norm = after.replacen('’', "'", 1);
    let Some(part) = COMPASS_PARTS.iter().find(|part| {
        after_norm.starts_with(*part)
            && !after_norm[part.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '-')
    }) else {
        return;
    };
    let chars = part.chars().count() + 1;
    let end = p.end + chars;
    p.text = doc.text[doc.byte_offset(p.start)..doc.byte_offset(end)].to_string();
    p.end = end;
    p.name = format!("{} {part}", p.name);
}

/// The index values of the keys of 1 to [`MAX_TOKENS`] tokens from each
/// capitalised token (see [`lookup_runs`]), walked once for
/// [`named_countries`] and [`find`]: the values of fewer tokens are a
/// prefix of them.
struct Runs {
    values: Vec<Option<u64>>,
    /// Token `i`'s values are `values[starts[i]..starts[i + 1]]`.
    starts: Vec<usize>,
}

impl Runs {
    fn of_capitals(folded: &str, toks: &[Tok]) -> Runs {
        let mut values = Vec::new();
        let mut starts = Vec::with_capacity(toks.len() + 1);
        let mut run = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            starts.push(values.len());
            if t.cap {
                lookup_runs(
                    toks[i..]
                        .iter()
                        .take(MAX_TOKENS)
                        .map(|t2| &folded[t2.fs..t2.fe]),
                    &mut run,
                );
                values.extend_from_slice(&run);
            }
        }
        starts.push(values.len());
        Runs { values, starts }
    }

    /// The values of the keys of 1 to `max` tokens from capitalised token
    /// `i`.
    fn from(&self, i: usize, max: usize) -> &[Option<u64>] {
        let v = &self.values[self.starts[i]..self.starts[i + 1]];
        &v[..v.len().min(max)]
    }
}

/// The countries named in the text by one of their own names.
/// The name ending at token `last` goes on as an event's or a march's
/// ("la Marche pour le climat", "la Marche des fiertés", "la Marche
/// blanche").
fn named_event_after(ctx: &Ctx, last: usize) -> bool {
    last + 1 < ctx.toks.len()
        && ctx.joined_by_space(last)
        && matches!(
            ctx.word(last + 1),
            "pour" | "contre" | "des" | "de" | "du" | "blanche" | "sur" | "en"
        )
}

fn named_countries(toks: &[Tok], runs: &Runs) -> Vec<&'static str> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !t.cap {
            continue;
        }
        // The keys of 1 to 4 tokens from here.
        for v in runs.from(i, 4).iter().flatten() {
            for p in postings(*v) {
                if p.flags & F_ALTERNATE != 0 && p.flags & F_FRENCH == 0 {
                    continue;
                }
                let e = entry(p.entry);
                if e.kind == PlaceKind::Country
                    && let Some(c) = e.country
                    && !out.contains(&c)
                {
                    out.push(c);
                }
            }
        }
    }
    out
}

fn find(ctx: &Ctx) -> Vec<Cand> {
    let toks = &ctx.toks;
    let mut out = Vec::new();
    let mut walked = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let w = ctx.word(i);
        let lists = head_lists(w);
        let lower_head = !toks[i].cap && lists & IN_LOWER_HEADS != 0;
        // "al-Bab", "el-Arich": an Arabic article before a capitalised name.
        let article = !toks[i].cap
            && lists & IN_ARABIC_ARTICLES != 0
            && i + 1 < toks.len()
            && toks[i + 1].cap
            && ctx.joined_by_hyphen(i);
        let street = lists & IN_STREET_HEADS != 0 && !toks[i].start;
        if !toks[i].cap && !lower_head && !article && !street {
            i += 1;
            continue;
        }
        if let Some(c) = motorway(ctx, i) {
            i += 1;
            out.push(c);
            continue;
        }
        if let Some((a, b)) = linked_pair(ctx, i) {
            i = b.last + 1;
            out.push(a);
            out.push(b);
            continue;
        }
        // Keys of 1..MAX_TOKENS tokens from i.
        let mut j = i;
        while j + 1 < toks.len() && j + 1 - i < MAX_TOKENS && ctx.joined(j) {
            j += 1;
        }
        let values = if toks[i].cap {
            ctx.runs.from(i, j + 1 - i)
        } else {
            lookup_runs((i..=j).map(|k| ctx.word(k)), &mut walked);
            &walked
        };
        let prev_place = out.last().map(|c: &Cand| c.last);
        let mut found = longest_accepted(
            ctx,
            i,
            prev_place,
            values
                .iter()
                .enumerate()
                .rev()
                .map(|(n, v)| (n, v.map(postings).unwrap_or_default())),
        );
        // "au Moule", "du Lamentin", "aux Abymes": the article of a town's
        // name merged with the preposition (the gazetteer has the name
        // without its article only for towns of 50,000 or more).
        if found.is_none() && toks[i].cap && i > 0 {
            let article = match ctx.word(i - 1) {
                "au" | "du" => Some("le"),
                "aux" => Some("les"),
                _ => None,
            };
            if let Some(a) = article {
                // The keys "le moule", "le moule x"…: `merged[n + 1]` is the
                // one of the name of n + 1 words.
                let mut merged = Vec::new();
                lookup_runs(
                    std::iter::once(a).chain((i..=j).map(|k| ctx.word(k))),
                    &mut merged,
                );
                let names = (0..merged.len().saturating_sub(1))
                    .rev()
                    .filter(|&n| !(i..=i + n).any(|k| POINTS.contains(&ctx.word(k))))
                    .map(|n| {
                        // A small commune ("au Pouzin", "aux Hautes-Rivières")
                        // only where its name ends a phrase: not "au Palais
                        // des Sports", "aux Médecins de voir".
                        let last = i + n;
                        let ends_phrase = last + 1 >= toks.len() || {
                            let gap = &ctx.folded[toks[last].fe..toks[last + 1].fs];
                            gap.contains([',', '.', ';', ':', '(', ')', '!', '?'])
                                || matches!(
                                    ctx.word(last + 1),
                                    "et" | "ou" | "en" | "dans" | "pres"
                                )
                        };
                        let kept: Vec<Posting> = merged[n + 1]
                            .map(postings)
                            .unwrap_or_default()
                            .into_iter()
                            .filter(|p| p.flags & F_WEAK == 0 || ends_phrase)
                            .collect();
                        (n, kept)
                    });
                found = longest_accepted(ctx, i, prev_place, names);
            }
        }
        // "le village de Wad al-Noura": a known word followed by an Arabic
        // article and a name is the start of a longer, unknown name.
        if found
            .as_ref()
            .is_some_and(|c| c.unknown.is_none() && arabic_tail(ctx, c.last))
            && let Some(kind) = ctx.designator(i).or_else(|| ctx.introduced_unknown(i))
        {
            found = unknown_name(ctx, i, kind);
        }
        // "la commune de Larbaâ Nath Irathen": after a designator, a known
        // name with more capitalised words after it (a space between, no
        // point of the compass) is the start of a longer, unknown name.
        if let Some(c) = found.as_ref().filter(|c| {
            c.unknown.is_none()
                && c.first == i
                && c.last + 1 < toks.len()
                && toks[c.last + 1].cap
                && !toks[c.last + 1].start
                && &ctx.folded[toks[c.last].fe..toks[c.last + 1].fs] == " "
                && !POINTS.contains(&ctx.word(c.last + 1))
                // (Not a person's name after it, the place being his
                // office's: "le maire de la ville de Lyon Grégory Doucet".)
                && !(crate::extract::actors::known_first_name(ctx.word(c.last + 1))
                    && (i.saturating_sub(6)..i).any(|j| OFFICE_TITLES.contains(&ctx.word(j))))
        }) && let Some(kind) = ctx.designator(i)
            && let Some(longer) = unknown_name(ctx, i, kind).filter(|u| u.last > c.last)
        {
            found = Some(longer);
        }
        // "au lieu-dit La Croix de Chaules", "au lieu-dit Pen ar Hoat": a
        // lieu-dit's name goes on after a particle (the known "La Croix" or
        // "Pen" is its start).
        if let Some(c) = found.as_ref().filter(|c| {
            c.first == i && after_lieu_dit(ctx, i) && particle_tail(ctx, i, c.last) > c.last
        }) && let Some(longer) =
            unknown_name(ctx, i, PlaceKind::Other).filter(|u| u.last > c.last)
        {
            found = Some(longer);
        }
        // "Darfour-Nord", "Nord-Darfour", "Java central": a known region
        // and a cardinal point the gazetteer does not have together.
        if found
            .as_ref()
            .is_none_or(|c| c.unknown.is_none() && c.last == i)
            && let Some(c) = cardinal_part(ctx, i)
        {
            found = Some(c);
        }
        if found.is_none() && street {
            found = street_name(ctx, i);
        }
        if found.is_none()
            && (toks[i].cap || article)
            && let Some(kind) = ctx
                .designator(i)
                .or_else(|| ctx.introduced_unknown(i))
                .or_else(|| ctx.listed_after_designated(i, out.last()))
                .or_else(|| ctx.paired_with_place(i, out.last()))
        {
            found = unknown_name(ctx, i, kind);
        }
        // "Coyuca de Catalán", "Ajuchitlán del Progreso": a Spanish name
        // goes on after "del", "de los", "de las" (and after "de" where the
        // name is of a Spanish-speaking country).
        if toks[i].cap
            && let Some(c) = spanish_compound(ctx, i, found.as_ref())
        {
            found = Some(c);
        }
        match found {
            Some(c) => {
                i = c.last + 1;
                out.push(c);
            }
            None => i += 1,
        }
    }
    out
}

/// Countries whose town names join their words with "de".
const HISPANIC: &[&str] = &[
    "MX", "ES", "AR", "CO", "PE", "VE", "CL", "EC", "BO", "PY", "UY", "CU", "DO", "GT", "HN", "SV",
    "NI", "CR", "PA", "PR",
];

/// The Spanish compound name from token `i` ("Coyuca de Catalán", "San
/// José del Monte"), where the text shows a place there (a name found, or
/// one introduced as a place's): a place the gazetteer lacks, whose
/// country the context tells.
fn spanish_compound(ctx: &Ctx, i: usize, found: Option<&Cand>) -> Option<Cand> {
    let toks = &ctx.toks;
    let base_last = found.map_or_else(|| name_end(ctx, i, i), |c| c.last);
    let spaced = |a: usize| a + 1 < toks.len() && &ctx.folded[toks[a].fe..toks[a + 1].fs] == " ";
    let k = base_last + 1;
    if !spaced(base_last) || k >= toks.len() {
        return None;
    }
    // (A name the gazetteer lacks, the text introducing it as a place's,
    // may go on too.)
    let hispanic = || {
        found.is_some_and(|c| {
            c.unknown.is_some() && c.first == c.last
                || c.postings.iter().any(|p| {
                    entry(p.entry)
                        .country
                        .is_some_and(|cc| HISPANIC.contains(&cc))
                })
        })
    };
    let m = match ctx.word(k) {
        "del" => k + 1,
        "de" if spaced(k) && matches!(ctx.word(k + 1), "los" | "las") => k + 2,
        "de" if hispanic() => k + 1,
        _ => return None,
    };
    if m >= toks.len() || !toks[m].cap || !spaced(m - 1) || toks[i].upper || toks[m].upper {
        return None;
    }
    // Not "la Presqu'île de Caen": after "de", a name the gazetteer has is
    // another place (unless the first is known to be Spanish).
    let known_after = ctx.runs.from(m, 1).first().is_some_and(Option::is_some);
    if ctx.word(k) == "de" && known_after && found.is_none_or(|c| c.unknown.is_some()) {
        return None;
    }
    if found.is_none()
        && !ctx.introduced(i)
        && ctx.introduced_unknown(i).is_none()
        && ctx.designator(i).is_none()
    {
        return None;
    }
    let last = name_end(ctx, m, m);
    Some(Cand {
        first: i,
        last,
        postings: Vec::new(),
        unknown: Some(PlaceKind::City),
        as_written: false,
    })
}

/// The first name from token `i` that [`accept`] takes, among `names`
/// (the index of its last token from `i`, its postings), longest first.
fn longest_accepted(
    ctx: &Ctx,
    i: usize,
    prev_place: Option<usize>,
    names: impl Iterator<Item = (usize, Vec<Posting>)>,
) -> Option<Cand> {
    names
        .filter(|(_, postings)| !postings.is_empty())
        .find_map(|(n, postings)| accept(ctx, i, i + n, postings, prev_place))
}

/// Nouns of a link between two places named with a hyphen: "l'axe
/// Douala-Yaoundé", "la liaison Nîmes-Montpellier", "le vol Paris-Moscou".
const LINK_NOUNS: &[&str] = &[
    "axe",
    "route",
    "ligne",
    "liaison",
    "vol",
    "vols",
    "autoroute",
    "troncon",
    "corridor",
    "train",
    "trajet",
    "voie",
    "nationale",
    "pipeline",
    "gazoduc",
    "oleoduc",
    "navette",
    "frontiere",
    "traversee",
    "itineraire",
    "connexion",
    "tgv",
    "ter",
    "bus",
    "car",
];

/// Two known places joined by a hyphen after a noun of a link between
/// them ("l'axe Douala-Yaoundé", "la ligne Perpignan-Villefranche"): each
/// is a place of its own. Only names of the gazetteer that need no
/// preposition in front (no small commune) on both sides. Two countries
/// need no such noun ("les relations Vietnam-Chine", "le sommet
/// Russie-Afrique" aside, "VIETNAM-CHINE." opening a brief): a country's
/// own hyphenated name is known whole ("Guinée-Bissau"). Not a match's
/// two national teams ("le match Italie-Serbie").
fn linked_pair(ctx: &Ctx, i: usize) -> Option<(Cand, Cand)> {
    let toks = &ctx.toks;
    if i >= toks.len() || !toks[i].cap {
        return None;
    }
    let link = i > 0 && LINK_NOUNS.contains(&ctx.word(i - 1));
    // "le match Italie-Serbie": two national teams.
    if i > 0
        && matches!(
            ctx.word(i - 1),
            "match" | "matchs" | "rencontre" | "finale" | "demi-finale" | "duel" | "choc"
        )
    {
        return None;
    }
    // The hyphenated run of capitalised words from i.
    let mut end = i;
    while end + 1 < toks.len()
        && end + 1 - i < MAX_TOKENS
        && ctx.joined_by_hyphen(end)
        && toks[end + 1].cap
    {
        end += 1;
    }
    if end == i {
        return None;
    }
    let known = |from: usize, to: usize| {
        let key = (from..=to)
            .map(|k| ctx.word(k))
            .collect::<Vec<_>>()
            .join(" ");
        let postings: Vec<Posting> = lookup(&key)
            .into_iter()
            .filter(|p| p.flags & (F_WEAK | F_COMMON) == 0)
            .filter(|p| match entry(p.entry).kind {
                PlaceKind::Country => true,
                PlaceKind::City | PlaceKind::Region => link,
                PlaceKind::Other => false,
            })
            .collect();
        (!postings.is_empty()).then_some(Cand {
            first: from,
            last: to,
            postings,
            unknown: None,
            as_written: false,
        })
    };
    // The whole run a known name ("Rhénanie-du-Nord-Westphalie" aside,
    // whose parts are no places): no pair.
    if known(i, end).is_some() {
        return None;
    }
    (i..end).find_map(|k| Some((known(i, k)?, known(k + 1, end)?)))
}

/// A part of a known region named by a cardinal point, which the
/// gazetteer does not list: "Darfour-Nord", "Nord-Darfour", "Kordofan-Sud",
/// "Java central", "Java occidental". Read as that region (its country and
/// coordinates), under the name as written.
fn cardinal_part(ctx: &Ctx, i: usize) -> Option<Cand> {
    const ADJECTIVES: [&str; 10] = [
        "central",
        "centrale",
        "oriental",
        "orientale",
        "occidental",
        "occidentale",
        "septentrional",
        "septentrionale",
        "meridional",
        "meridionale",
    ];
    let toks = &ctx.toks;
    if i + 1 >= toks.len() || !toks[i].cap || toks[i].upper {
        return None;
    }
    let hyphen = ctx.joined_by_hyphen(i);
    let (base, last) = if hyphen && toks[i + 1].cap && POINTS.contains(&ctx.word(i)) {
        (i + 1, i + 1)
    } else if hyphen && POINTS.contains(&ctx.word(i + 1))
        || ctx.joined_by_space(i) && !toks[i + 1].cap && ADJECTIVES.contains(&ctx.word(i + 1))
    {
        (i, i + 1)
    } else {
        return None;
    };
    let postings: Vec<Posting> = lookup(ctx.word(base))
        .into_iter()
        .filter(|p| entry(p.entry).kind == PlaceKind::Region)
        .collect();
    (!postings.is_empty()).then_some(Cand {
        first: i,
        last,
        postings,
        unknown: None,
        as_written: true,
    })
}

/// A French motorway ("l'A7", "sur l'A62"), not an Airbus ("A380").
fn motorway(ctx: &Ctx, i: usize) -> Option<Cand> {
    if !is_motorway_token(ctx, i) {
        return None;
    }
    let t = &ctx.toks[i];
    let prev = ctx.prev_word(i);
    let prev_glued = i > 0 && ctx.folded[ctx.toks[i - 1].fe..t.fs].is_empty();
    // In a list of motorways: "A7, A8 et A9".
    let sep = |a: usize, b: usize| {
        let g = ctx.folded[ctx.toks[a].fe..ctx.toks[b].fs].trim();
        g == "," || g == "/"
    };
    let listed = (i > 0 && sep(i - 1, i) && is_motorway_token(ctx, i - 1))
        || (i + 1 < ctx.toks.len() && sep(i, i + 1) && is_motorway_token(ctx, i + 1))
        || (i > 1 && ctx.word(i - 1) == "et" && is_motorway_token(ctx, i - 2));
    if !(prev_glued && prev == Some("l'")) && prev != Some("autoroute") && !listed {
        return None;
    }
    Some(Cand {
        first: i,
        last: i,
        postings: Vec::new(),
        unknown: Some(PlaceKind::Other),
        as_written: false,
    })
}

/// "A7", "A837", "A41N": a French motorway number, not an Airbus ("A380").
fn is_motorway_token(ctx: &Ctx, i: usize) -> bool {
    let t = &ctx.toks[i];
    let Some(digits) = ctx.word(i).strip_prefix('a') else {
        return false;
    };
    let Ok(n) = digits
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse::<u32>()
    else {
        return false;
    };
    let (os, _) = ctx.doc.folded().original(t.fs, t.fe);
    ctx.doc.text[os..].starts_with('A') && digits.len() <= 4 && !(300..=400).contains(&n)
}

/// A name written in capitals, each word (and each part of a hyphenated
/// word) with its first letter only in capitals, the particles inside it
/// in lower case: "VIETNAM" is "Vietnam", "SANTIAGO DU CHILI" "Santiago du
/// Chili", "DEIR EL-BALAH" "Deir el-Balah", "CÔTE D'IVOIRE" "Côte
/// d'Ivoire".
fn title_case(caps: &str) -> String {
    const PARTICLES: [&str; 12] = [
        "de", "du", "des", "la", "le", "les", "el", "al", "et", "en", "sur", "sous",
    ];
    let mut out = String::with_capacity(caps.len());
    for (k, part) in caps.split_inclusive([' ', '-']).enumerate() {
        let word = part.trim_end_matches([' ', '-']).to_lowercase();
        if k > 0 && PARTICLES.contains(&word.as_str()) {
            out.push_str(&part.to_lowercase());
            continue;
        }
        // "D'IVOIRE": an elided article in lower case.
        let elided = k > 0 && (word.starts_with("d'") || word.starts_with("l'"));
        let mut first = true;
        for (c, ch) in part.chars().enumerate() {
            if first && !(elided && c == 0) {
                out.push(ch);
            } else {
                out.extend(ch.to_lowercase());
            }
            first = !ch.is_alphanumeric();
        }
    }
    out
}

/// A street, a square, a station... named after its head word, which the
/// span keeps ("rue de Rivoli", "place de la Concorde", "gare Saint-Lazare").
fn street_name(ctx: &Ctx, i: usize) -> Option<Cand> {
    let toks = &ctx.toks;
    // "la route Dakar-Thiès": two towns (see `linked_pair`).
    if linked_pair(ctx, i + 1).is_some() {
        return None;
    }
    let mut k = i + 1;
    // Particles: "de", "de la", "du", "des", "d'", "de l'".
    let mut particles = 0;
    while k < toks.len()
        && particles < 2
        && matches!(ctx.word(k), "de" | "la" | "du" | "des" | "d'" | "l'")
        && !toks[k].cap
        && ctx.joined_or_glued(k - 1)
    {
        k += 1;
        particles += 1;
    }
    if k >= toks.len() || !toks[k].cap || !ctx.joined_or_glued(k - 1) {
        return None;
    }
    // "la route de Banibangou" names the town it leads to (see
    // DESIGNATORS); "la route de la Chalande", "route Commercy-Void" are
    // roads.
    if ctx.word(i) == "route" && particles == 1 && matches!(ctx.word(i + 1), "de" | "d'") {
        return None;
    }
    // "à la place de X" is "instead of X" ("près de la place Saint-Lambert"
    // is a square: no "de" after it).
    if ctx.word(i) == "place"
        && i >= 2
        && matches!(ctx.word(i - 1), "la" | "sa")
        && matches!(ctx.word(i - 2), "a" | "de")
        && particles > 0
    {
        return None;
    }
    let last = particle_tail(ctx, i, name_end(ctx, i, k));
    // "gare de Lyon", "aéroport de Zaventem": the town is the place.
    let key = (k..=last)
        .map(|t| ctx.word(t))
        .collect::<Vec<_>>()
        .join(" ");
    // ("la gare de Marseille" is the town's station; "la gare de Lyon"
    // is one of Paris.)
    let town_head = matches!(ctx.word(i), "aeroport" | "port")
        || ctx.word(i) == "gare" && particles == 1 && key != "lyon" && !key.starts_with("saint");
    // A street, a square or a station of a town named after a country or a
    // region is that street ("place d'Italie", "rue de Bretagne", "avenue
    // de France"); a valley, a desert or an island so named is that region
    // ("le désert du Sahara"); but a valley named like a French
    // département is its river's ("la vallée du Rhône", "la vallée de la
    // Marne": most départements are named after their rivers).
    let urban = URBAN_HEADS.contains(&ctx.word(i));
    let valley = ctx.word(i) == "vallee";
    // "la plage du Nord", "la gare du Midi": a point of the compass names
    // the site, not a region.
    let point = POINTS.contains(&key.as_str()) || key == "midi";
    let known = if point { Vec::new() } else { lookup(&key) };
    if known.iter().any(|p| {
        let e = entry(p.entry);
        let department = e.kind == PlaceKind::Region && e.country == Some("FR");
        p.flags & F_ALTERNATE == 0
            && ((!urban
                && matches!(e.kind, PlaceKind::Country | PlaceKind::Region)
                && !(valley && department))
                || (town_head && e.kind == PlaceKind::City))
    }) {
        return None;
    }
    // "l'île de Luçon", "l'île Sainte-Marie": the island is named without
    // its head word (as "l'île de Java" is Java); not "l'Île d'Yeu" (a
    // capital: the name's own head), "l'île de la Cité", "l'île du Havre",
    // nor "l'île d'Orléans", whose name alone is a town's.
    let bare_island = ctx.word(i) == "ile"
        && !toks[i].cap
        && (particles == 0 || particles == 1 && matches!(ctx.word(k - 1), "de" | "d'"))
        && known.is_empty();
    // "la plage de Mboro", "la plage du Lido", "le port de Saint-Guénolé":
    // the beach or the port of a town is named by the town's name.
    let bare_site = matches!(ctx.word(i), "plage" | "port")
        && !point
        && !toks[i].cap
        && particles == 1
        && matches!(ctx.word(k - 1), "de" | "d'" | "du");
    // (A town the gazetteer has, in France or a country the document
    // names, is that town: "la plage de Wimereux"; not "la plage du Lido"
    // of Mogadishu.)
    // ("l'île de Rhodes", "l'île de Chios": an island named after its
    // town, in a country the document names, is that town, as the gold
    // names it; not "l'île d'Orléans" in Quebec.)
    let town_island = ctx.word(i) == "ile"
        && !toks[i].cap
        && particles == 1
        && matches!(ctx.word(k - 1), "de" | "d'");
    let towns: Vec<Posting> = if bare_site || town_island {
        known
            .iter()
            .filter(|p| {
                let e = entry(p.entry);
                e.kind == PlaceKind::City
                    && e.country
                        .is_some_and(|c| c == "FR" && !town_island || ctx.countries.contains(&c))
            })
            .copied()
            .collect()
    } else {
        Vec::new()
    };
    if !towns.is_empty() {
        return Some(Cand {
            first: k,
            last,
            postings: towns,
            unknown: None,
            as_written: false,
        });
    }
    let first = if bare_island || bare_site { k } else { i };
    Some(Cand {
        first,
        last,
        postings: Vec::new(),
        unknown: Some(PlaceKind::Other),
        as_written: false,
    })
}

/// The last token of a name the gazetteer lacks, starting at token `from`
/// (the designator or name at `origin` counts toward MAX_TOKENS): capitalised
/// words joined by spaces or hyphens, with short lower-case particles inside
/// hyphenated names ("Saint-Denis-en-Val"); a particle cannot end the name.
/// Token `k` is followed by an Arabic article glued to a capitalised name
/// ("Wad al-Noura", "Ras al-Aïn").
fn arabic_tail(ctx: &Ctx, k: usize) -> bool {
    let toks = &ctx.toks;
    k + 2 < toks.len()
        && !toks[k + 1].cap
        && is_arabic_article(ctx.word(k + 1))
        && &ctx.folded[toks[k].fe..toks[k + 1].fs] == " "
        && ctx.joined_by_hyphen(k + 1)
        && toks[k + 2].cap
}

fn name_end(ctx: &Ctx, origin: usize, from: usize) -> usize {
    let toks = &ctx.toks;
    let mut last = from;
    while last + 1 < toks.len() && last + 1 - origin < MAX_TOKENS && ctx.joined(last) {
        let next = last + 1;
        if arabic_tail(ctx, last) && last + 2 - origin < MAX_TOKENS {
            last += 2;
            continue;
        }
        let hyphen = ctx.folded[toks[last].fe..toks[next].fs].contains('-');
        if toks[next].cap
            || (hyphen && toks[next].fe - toks[next].fs <= 4)
            || ctx.opens_with_elided_capital(last)
        {
            last = next;
        } else {
            break;
        }
    }
    while last > from && !toks[last].cap && !ctx.opens_with_elided_capital(last - 1) {
        last -= 1;
    }
    last
}

/// The last token of a site's or a lieu-dit's name that goes on after a
/// particle and a capitalised word ("le col de la Mine de Fer", "au
/// lieu-dit La Croix de Chaules", "Pen ar Hoat"), from the name's last
/// token `last`; not where that word names a town of note, a region or a
/// country ("le quartier Bel-Air de Port-au-Prince" is a quarter of that
/// city).
fn particle_tail(ctx: &Ctx, origin: usize, mut last: usize) -> usize {
    let toks = &ctx.toks;
    while last + 2 < toks.len()
        && last + 3 - origin <= MAX_TOKENS
        && ctx.joined_or_glued(last)
        && matches!(ctx.word(last + 1), "de" | "du" | "d'" | "ar" | "an")
        && !toks[last + 1].cap
        && ctx.joined_or_glued(last + 1)
        && toks[last + 2].cap
        && !toks[last + 2].start
    {
        let end = name_end(ctx, origin, last + 2);
        let key = (last + 2..=end)
            .map(|t| ctx.word(t))
            .collect::<Vec<_>>()
            .join(" ");
        let of_note = lookup(&key).iter().any(|p| {
            let e = entry(p.entry);
            e.kind != PlaceKind::City || e.population >= 2000
        });
        if of_note {
            break;
        }
        last = end;
    }
    last
}

/// Does a lieu-dit's designator stand right before token `i` ("au
/// lieu-dit", "au lieu dit")?
fn after_lieu_dit(ctx: &Ctx, i: usize) -> bool {
    match ctx.prev_word(i) {
        Some("lieu-dit" | "lieudit") => true,
        Some("dit") => i >= 2 && ctx.prev_word(i - 1) == Some("lieu"),
        _ => false,
    }
}

/// A name the gazetteer lacks, after a designator: capitalised words joined
/// by spaces or hyphens, with lower-case particles inside hyphenated names
/// ("Saint-Denis-en-Val").
fn unknown_name(ctx: &Ctx, i: usize, kind: PlaceKind) -> Option<Cand> {
    let toks = &ctx.toks;
    let last = name_end(ctx, i, i);
    let last = if after_lieu_dit(ctx, i) {
        particle_tail(ctx, i, last)
    } else {
        last
    };
    let w = ctx.word(i);
    if UNKNOWN_NEVER.contains(&w) {
        return None;
    }
    let article = (is_arabic_article(w) || matches!(w, "la" | "le" | "les")) && i < last;
    // "l'école de Jules Ferry": a first name and a name are a person's.
    // ("Abou", "Abu" open places too: "Abou Tacht"; so do "Sidi", "Aïn":
    // "Sidi Moumen".)
    // (After a place's designator the name is the place's: "le quartier
    // d'Azad Nagar", "la municipalité de Santa Cruz Verapaz"; so after
    // "et de" in a designator's list: "les communes d'Imzouren et de Beni
    // Bouayach".)
    if i < last
        && crate::extract::actors::known_first_name(w)
        && !matches!(w, "abou" | "abu")
        && !is_arabic_place_head(w)
        && !(matches!(ctx.prev_word(i), Some("de" | "d'" | "du"))
            && (ctx.prev_word(i - 1).is_some_and(is_designator)
                || ctx.prev_word(i - 1) == Some("et")
                || ctx.prev_word(i - 1).is_some_and(is_qualifier)
                    && i >= 2
                    && ctx.prev_word(i - 2).is_some_and(is_designator)))
    {
        return None;
    }
    if crate::extract::nationality::country_of(w).is_some()
        || (w.len() < 3 && !article)
        || toks[i].upper
    {
        return None;
    }
    // "plusieurs villes du Sud", "les villages de l'Est": the part of a
    // country the places lie in, no place named so ("la région du Centre"
    // is one; so are those of a list, "les départements de l'Ouest et de
    // l'Artibonite").
    let listed = || {
        toks.get(i + 1).is_some_and(|n| {
            let gap = ctx.folded[toks[i].fe..n.fs].trim();
            gap.is_empty() && ctx.word(i + 1) == "et"
                || gap == "," && matches!(ctx.word(i + 1), "de" | "du" | "d'" | "des")
        })
    };
    if i == last
        && POINTS.contains(&w)
        && !listed()
        && ctx.after_unit_de(i, |d| d.ends_with(['s', 'x']) && is_designator(d))
    {
        return None;
    }
    Some(Cand {
        first: i,
        last,
        postings: Vec::new(),
        unknown: Some(kind),
        as_written: false,
    })
}

fn accept(
    ctx: &Ctx,
    i: usize,
    last: usize,
    postings: Vec<Posting>,
    prev_place: Option<usize>,
) -> Option<Cand> {
    let toks = &ctx.toks;
    let first = &toks[i];
    let introduced = ctx.introduced(i);
    let designated = ctx.designator(i).is_some();
    let bracket = ctx.region_in_brackets(last);
    let single = i == last;
    let arabic = !first.cap && is_arabic_article(ctx.word(i)) && i < last && toks[i + 1].cap;
    // "les îles Salomon", "l'île Maurice": the islands' own name, written
    // with a lower-case "île" as French usage has it.
    let island = !first.cap && matches!(ctx.word(i), "ile" | "iles") && i < last && toks[i + 1].cap;
    // "QUIMPER, 3 mai (AFP) -": a dateline's city in capitals, though its
    // name is also a word.
    let dateline = first.start && first.upper && ctx.opens_dateline(i, last);
    let supported = introduced || designated || bracket || dateline;
    // Whether the name is a word of the language, as its most important
    // bearer says ("paris" is a word, but Paris is a capital).
    // The first word of a sentence, or the word after its first article
    // ("Les Tours de contrôle").
    let start_like = first.start
        || (i > 0
            && toks[i - 1].start
            && matches!(
                ctx.word(i - 1),
                "le" | "la" | "les" | "l'" | "un" | "une" | "des" | "du"
            ));
    let key_common = postings
        .iter()
        .filter(|p| p.flags & F_ALTERNATE == 0 || p.flags & F_FRENCH != 0)
        .max_by_key(|p| {
            let e = entry(p.entry);
            if e.kind == PlaceKind::Country {
                u64::MAX
            } else {
                e.population
            }
        })
        .is_some_and(|p| p.flags & F_COMMON != 0);
    let name_caps = (i..=last)
        .filter(|&t| toks[t].cap && !matches!(ctx.word(t), "le" | "la" | "les" | "l'"))
        .count();
    // In a list after another place: "La Ciotat et Bandol", "Lahore, Karachi".
    // ("de Plouha, de Lanvollon et de Paimpol": the list's preposition
    // repeated.)
    let listed = prev_place.is_some_and(|end| {
        end + 1 == i && ctx.folded[toks[end].fe..first.fs].trim() == ","
            || end + 2 == i
                && matches!(ctx.word(end + 1), "et" | "ou")
                && ctx.folded[toks[end].fe..toks[end + 1].fs].trim().is_empty()
            || end + 2 == i
                && matches!(ctx.word(end + 1), "de" | "d'")
                && ctx.folded[toks[end].fe..toks[end + 1].fs].trim() == ","
            || end + 3 == i
                && matches!(ctx.word(end + 1), "et" | "ou")
                && matches!(ctx.word(end + 2), "de" | "d'")
                && ctx.folded[toks[end].fe..toks[end + 1].fs].trim().is_empty()
    });
    // ("le tribunal de Bouaké, Brou Kouamé Léon": a name that goes on in
    // capitals is a person's, not the list's next place.)
    let listed = listed
        && !(single
            && last + 1 < toks.len()
            && toks[last + 1].cap
            && &ctx.folded[toks[last].fe..toks[last + 1].fs] == " ");
    let kept: Vec<Posting> = postings
        .into_iter()
        .filter(|p| {
            if !first.cap && !arabic && !island && p.flags & F_LOWER == 0 {
                return false;
            }
            // "Yaté" (New Caledonia) is not Yate (England): an accent the
            // text writes on the name of a small town of a country whose
            // names have none says another place. (GeoNames drops accents
            // of Spanish names, "San Cristobal" of Cuba: not there.)
            let e = entry(p.entry);
            if e.kind == PlaceKind::City
                && e.population < 100_000
                && e.country.is_some_and(|c| UNACCENTED_COUNTRIES.contains(&c))
                && accent_added(&ctx.surface(i, last), e.name)
            {
                return false;
            }
            // "La garde à vue" is not La Garde: beyond an article, a name
            // has a capital.
            if !single && p.flags & F_LOWER == 0 && name_caps == 0 {
                return false;
            }
            // A small town overseas where the document names its territory.
            if p.flags & F_WEAK != 0
                && e.country
                    .is_some_and(|c| OVERSEAS.contains(&c) && !ctx.countries.contains(&c))
            {
                return false;
            }
            // Small communes need a preposition unless the name is long.
            if p.flags & F_WEAK != 0 && !supported && !listed {
                // a long name may stand alone if it is written as a name
                // ("Valence d'Agen", not "Les attaques")
                if single || name_caps < 2 {
                    return false;
                }
            }
            // "Marché" is not "Marche": a name that is also a word must be
            // written with the name's own accents.
            if p.flags & F_COMMON != 0
                && single
                && p.flags & F_ALTERNATE == 0
                && !same_letters(&ctx.surface(i, last), entry(p.entry).name)
            {
                return false;
            }
            // A word of the language at the start of a sentence: whatever
            // place it may name, it needs a preposition.
            if key_common && start_like && !first.upper && !supported {
                return false;
            }
            // A word of the language that is another name of a place ("Tour"
            // for Tours): only after a preposition of place, not after "du"
            // ("le vainqueur du Tour").
            if p.flags & F_COMMON != 0
                && p.flags & F_ALTERNATE != 0
                && !first.upper
                && !(designated
                    || bracket
                    || ctx.prev_word(i).is_some_and(|w| supported && w != "du"))
            {
                return false;
            }
            if single && !supported && !listed {
                let e = entry(p.entry);
                // An old or foreign name of a small town needs a preposition.
                if p.flags & F_ALTERNATE != 0
                    && p.flags & F_FRENCH == 0
                    && !e.curated
                    && e.population < 100_000
                {
                    return false;
                }
                // A small town named without a preposition: only in a
                // country the document names ("Magumeri" in a dispatch on
                // Nigeria), else it is more likely a person or a word.
                if e.kind == PlaceKind::City
                    && !e.curated
                    && e.population < 100_000
                    && !e
                        .country
                        .is_some_and(|c| c == "FR" || ctx.countries.contains(&c))
                {
                    return false;
                }
                // A common word that is a small place: only after a preposition.
                if p.flags & F_COMMON != 0 && e.population < 100_000 && e.kind != PlaceKind::Country
                {
                    let de = match ctx.prev_word(i) {
                        Some("de" | "d'" | "du" | "des") => true,
                        // "le Var", "la Somme", "l'Aube": départements;
                        // "dans les Grisons": a region after a preposition
                        // of place and its article.
                        // ("le Valais" in a dispatch on Switzerland.)
                        Some("le" | "la" | "l'" | "les") => {
                            e.kind == PlaceKind::Region
                                && (e.country == Some("FR")
                                    || e.country.is_some_and(|c| ctx.countries.contains(&c))
                                        && !named_event_after(ctx, last)
                                    || i > 0
                                        && ctx.prev_word(i - 1).is_some_and(|w| {
                                            matches!(w, "dans" | "vers" | "depuis")
                                        }))
                        }
                        _ => false,
                    };
                    if !de {
                        return false;
                    }
                }
            }
            true
        })
        .collect();
    if kept.is_empty() {
        return None;
    }
    let word = ctx.word(i);
    // "Aïn Chams", "Sidi Bouzid", "Tell Abyad": the head word of an Arabic
    // place name ("spring of", "saint", "hill of"…) that goes on in a
    // capitalised word is that longer name, unknown here, not the place the
    // head alone may name (the Ain département, Sidi in Morocco).
    if single
        && is_arabic_place_head(word)
        && last + 1 < toks.len()
        && toks[last + 1].cap
        && matches!(&ctx.folded[toks[last].fe..toks[last + 1].fs], " " | "-")
    {
        return None;
    }
    // A known organisation's one-word name that is only another language's
    // name of a place ("le Hamas", not Hamm in Germany): the organisation.
    if single
        && kept
            .iter()
            .all(|p| p.flags & F_ALTERNATE != 0 && p.flags & F_FRENCH == 0)
        && crate::extract::actors::is_one_word_organisation(word)
    {
        return None;
    }
    let any_country = kept
        .iter()
        .any(|p| entry(p.entry).kind == PlaceKind::Country);
    // A country under its own French name ("France", not "Jordan").
    let own_country = kept.iter().any(|p| {
        (p.flags & F_ALTERNATE == 0 || p.flags & F_FRENCH != 0)
            && entry(p.entry).kind == PlaceKind::Country
    });
    // Short names in capitals are acronyms ("RDC", "USA", but not "ITU"):
    // only the aliases and countries of the gazetteer; short aliases only in
    // capitals.
    if single && word.len() <= 4 && first.upper && !(first.start && ctx.opens_dateline(i, last)) {
        let alias_or_country = kept.iter().any(|p| {
            p.flags & F_ALTERNATE != 0 && entry(p.entry).curated
                || entry(p.entry).kind == PlaceKind::Country
        });
        if !alias_or_country {
            return None;
        }
    }
    if single
        && word.len() <= 3
        && !first.upper
        && kept
            .iter()
            .all(|p| p.flags & F_ALTERNATE != 0 && p.flags & F_FRENCH == 0)
    {
        return None;
    }
    // A nationality adjective is not a place ("Russe" is not Ruse in
    // Bulgaria), unless it is the place's own name ("la Corse").
    if single
        && !any_country
        && kept
            .iter()
            .all(|p| p.flags & F_ALTERNATE != 0 && p.flags & F_FRENCH == 0)
        && crate::extract::nationality::country_of(word).is_some()
    {
        return None;
    }
    if single && (BRANDS.contains(&word) || FIRST_NAMES.contains(&word)) && !supported {
        return None;
    }
    // A first name that is only another name of a town elsewhere ("Nadia",
    // an old name of Deesa in India): the person, unless a place
    // preposition says otherwise.
    if single
        && !supported
        && kept
            .iter()
            .all(|p| p.flags & F_ALTERNATE != 0 && p.flags & F_FRENCH == 0)
        && crate::extract::actors::known_first_name(word)
    {
        return None;
    }
    // Another language's name of a town abroad that is also a French word,
    // in a story that names other countries and never the town's ("Boni",
    // a name of Bonn, in a dispatch from Mali): a place the gazetteer does
    // not know, not that town.
    if single
        && !ctx.countries.is_empty()
        && kept.iter().all(|p| {
            p.flags & F_ALTERNATE != 0
                && p.flags & F_FRENCH == 0
                && p.flags & F_COMMON != 0
                && !entry(p.entry).curated
                && entry(p.entry).kind == PlaceKind::City
                && entry(p.entry)
                    .country
                    .is_some_and(|c| !ctx.countries.contains(&c))
        })
    {
        return None;
    }
    // (A stadium or a bank is named after a country, "le Stade de
    // France", "la Banque du Liban"; after a town it stands in that town:
    // "le stade de Kisangani", "une banque de Botucatu".)
    let event = ctx.event_before(i).is_some_and(|head| {
        !matches!(head, "stade" | "banque")
            || kept
                .iter()
                .any(|p| entry(p.entry).kind == PlaceKind::Country)
    });
    if ctx.title_before(i) || event || ctx.building_before(i) {
        return None;
    }
    // Glued to a capitalised word or a number after it: part of a longer
    // name ("Paris Hilton", "France 2"); glued by a hyphen to any word
    // ("Gulshan-e-Iqbal").
    // After "à", "en" the name is a place and a capitalised word after it
    // starts another name ("à Paris Anne Hidalgo a dit").
    let after_prep =
        matches!(ctx.prev_word(i), Some("a" | "en")) && !(single && FIRST_NAMES.contains(&word));
    if last + 1 < toks.len() && ctx.joined(last) {
        let gap = &ctx.folded[toks[last].fe..toks[last + 1].fs];
        let next = ctx.word(last + 1);
        let after_de = matches!(ctx.prev_word(i), Some("de" | "d'" | "du" | "des"));
        // "le maire de la ville de Montréal Denis Coderre": a first name
        // and a name after the place start a person's name.
        let person_after = !(single
            && (FIRST_NAMES.contains(&word)
                || crate::extract::actors::known_first_name(word)
                || crate::extract::nationality::country_of(word).is_some()))
            && crate::extract::actors::known_first_name(next)
            && last + 2 < toks.len()
            && toks[last + 2].cap
            && ctx.joined_by_space(last + 1);
        if gap == "-"
            || (toks[last + 1].cap
                && !toks[last + 1].upper
                && !after_prep
                && !person_after
                && (!own_country || !after_de))
            || (next.len() <= 2
                && next.bytes().all(|b| b.is_ascii_digit())
                && !after_de
                && !counted_after_a_place_preposition(ctx, i, last))
        {
            return None;
        }
        // The head of a longer Portuguese, Spanish or Italian name: "la
        // Serra da Estrela", "Santa Maria da Feira", "Santa Izabel do Pará"
        // (not the town "Serra" of Brazil): that name, which the gazetteer
        // lacks.
        if gap == " "
            && matches!(next, "da" | "do" | "das" | "dos" | "del" | "della" | "di")
            && !toks[last + 1].cap
            && last + 2 < toks.len()
            && toks[last + 2].cap
            && ctx.joined_by_space(last + 1)
        {
            return Some(Cand {
                first: i,
                last: ctx.last_of_name(last + 2),
                postings: Vec::new(),
                unknown: Some(PlaceKind::City),
                as_written: false,
            });
        }
    }
    // Glued to a capitalised word before it ("Air France"), or by a hyphen
    // to any word ("Croix-Rouge", "Portes-lès-Valence").
    if i > 0 && ctx.toks[i - 1].fe <= first.fs {
        let gap = &ctx.folded[toks[i - 1].fe..first.fs];
        if gap == "-" && !first.start {
            return None;
        }
        // A short acronym before the name is a club or a company ("FC
        // Barcelone"): the name is still the place's.
        let acronym = toks[i - 1].upper && ctx.word(i - 1).len() <= 4;
        if !first.start
            && !acronym
            && ctx.joined_by_space(i - 1)
            && toks[i - 1].cap
            && !FREE_BEFORE.contains(&ctx.word(i - 1))
        {
            return None;
        }
    }
    Some(Cand {
        first: i,
        last,
        postings: kept,
        unknown: None,
        as_written: false,
    })
}

/// France's overseas departments and territories, each a country code of
/// its own in the gazetteer. Their small towns ("Sainte-Rose", "Trianon",
/// "Saint-Philippe") are named only by dispatches that name the territory:
/// elsewhere the name is another place's, a venue's or a shop's ("au
/// Trianon, à Paris", "le tabac Saint-Philippe").
const OVERSEAS: &[&str] = &[
    "RE", "YT", "GP", "MQ", "GF", "NC", "PF", "WF", "PM", "BL", "MF",
];

/// Countries whose place names are written without accents (English).
const UNACCENTED_COUNTRIES: &[&str] = &[
    "GB", "US", "IE", "AU", "NZ", "ZA", "NG", "GH", "KE", "UG", "IN", "PK", "PH",
];

/// Does `written` carry an accent where `name`, letter for letter the
/// same word, has a plain letter ("Yaté" against "Yate")?
fn accent_added(written: &str, name: &str) -> bool {
    let (w, n): (Vec<char>, Vec<char>) = (
        written.to_lowercase().chars().collect(),
        name.to_lowercase().chars().collect(),
    );
    w.len() == n.len()
        && w.iter()
            .zip(&n)
            .any(|(a, b)| a != b && !a.is_ascii() && b.is_ascii())
        && w.iter()
            .zip(&n)
            .all(|(a, b)| a == b || !a.is_ascii() && b.is_ascii_alphabetic())
}

/// Same letters, case aside (accents count).
fn same_letters(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

/// How likely the entry `e` is the place a mention names, the entry reached
/// through posting `p`. `after_article`: the mention follows a definite
/// article outside the name ("la Vienne", "le Var", "au Québec"), which a
/// town's name takes only when it is part of it ("Le Caire", "La Haye").
fn score(
    e: &Entry,
    p: &Posting,
    doc_countries: &[&str],
    dominant: Option<&str>,
    region_rival: bool,
    after_article: bool,
) -> f64 {
    let mut s = 0.0;
    if after_article
        && (matches!(e.kind, PlaceKind::Region | PlaceKind::Country)
            || ["le ", "la ", "les ", "l'", "l’"].iter().any(|a| {
                e.name
                    .get(..a.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(a))
            }))
    {
        s += 3.0;
    }
    if p.flags & F_ALTERNATE == 0 || p.flags & F_FRENCH != 0 {
        s += 4.0;
    }
    s += match e.kind {
        PlaceKind::Country => 5.0,
        PlaceKind::Region => 0.5,
        _ => 0.0,
    };
    if let Some(c) = e.country {
        if doc_countries.contains(&c) {
            s += 1.0;
        }
        if dominant == Some(c) {
            s += 1.0;
        }
        // A French town over a foreign one twice its size; up to three
        // times its size where the document names no country at all
        // ("BREST, 3 mai -", "Mâcon", "Verdun").
        if c == "FR" {
            s += if doc_countries.is_empty() { 0.5 } else { 0.3 };
        }
    }
    // A large town with a checked French name ("Washington", "New York")
    // over the state of the same name.
    if e.kind == PlaceKind::City && e.curated && region_rival {
        s += 1.0;
    }
    let pop = match (e.kind, e.population) {
        (PlaceKind::Country, 0) => 10_000_000,
        (PlaceKind::Region, 0) => 100_000,
        (_, p) => p,
    };
    s + ((pop + 1) as f64).log10()
}

/// "l'ambassade de France", "le consulat du Mali": the country owns the
/// building, which stands elsewhere (an ambassador's country stays a place,
/// as the gold has it).
fn after_owner_noun(ctx: &Ctx, c: &Cand) -> bool {
    static OWNER: LazyLock<crate::fast_regex::FastRegex> = LazyLock::new(|| {
        crate::fast_regex::FastRegex::new(
            r"(?-u)\b(?:ambassade|consulat)s?\s+(?:de\s+(?:la\s+|l')?|d'|du\s+|des\s+)$",
        )
        .unwrap()
    });
    let fs = ctx.toks[c.first].fs;
    let from = fs.saturating_sub(40);
    ctx.folded.get(from..fs).is_some_and(|b| OWNER.is_match(b))
}

fn resolve(ctx: &Ctx, mut cands: Vec<Cand>) -> Vec<PlaceMention> {
    cands.retain(|c| !after_owner_noun(ctx, c));
    // Countries the document names without ambiguity, with how many
    // mentions each has.
    let mut mentions: Vec<(&str, usize)> = Vec::new();
    for c in &cands {
        let entries: Vec<Entry> = c.postings.iter().map(|p| entry(p.entry)).collect();
        let Some(first) = entries.first() else {
            continue;
        };
        let same = entries.iter().all(|e| e.country == first.country);
        let country = entries.iter().find(|e| e.kind == PlaceKind::Country);
        let cc = country
            .and_then(|e| e.country)
            .or(if same { first.country } else { None });
        if let Some(cc) = cc {
            match mentions.iter_mut().find(|(c, _)| *c == cc) {
                Some(m) => m.1 += 1,
                None => mentions.push((cc, 1)),
            }
        }
    }
    // The country most of them are in, by a margin: a dispatch from
    // Romandy names Swiss towns, and its "Saint-Maurice" is the Valais's,
    // not the larger one near Paris.
    mentions.sort_by_key(|m| std::cmp::Reverse(m.1));
    let dominant = match mentions.as_slice() {
        [(cc, n), rest @ ..] if *n >= 3 && rest.first().is_none_or(|r| *n >= 2 * r.1) => Some(*cc),
        _ => None,
    };
    let doc_countries: Vec<&str> = mentions.iter().map(|(c, _)| *c).collect();
    // Names told with their region or country after them ("Paris
    // (Texas)"), folded, with those countries.
    let qualifiers: Vec<(&str, Vec<&'static str>)> = cands
        .iter()
        .filter(|c| c.postings.len() > 1)
        .filter_map(|c| {
            let q = ctx.qualifier_countries(c.last);
            (!q.is_empty()).then(|| (&ctx.folded[ctx.toks[c.first].fs..ctx.toks[c.last].fe], q))
        })
        .collect();
    let doc = ctx.doc;
    let folded = doc.folded();
    let mut out: Vec<PlaceMention> = Vec::new();
    let mut country_counts: Vec<(&str, usize)> = Vec::new();
    for c in &cands {
        let (bs, be) = folded.original(ctx.toks[c.first].fs, ctx.toks[c.last].fe);
        let (text, start, end, paragraph) = doc.span(bs, be);
        let surface = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(kind) = c.unknown {
            let name = ctx.designated_name(c.first, be).unwrap_or(surface);
            out.push(PlaceMention {
                text,
                start,
                end,
                paragraph,
                name,
                country: None,
                kind,
                lat: None,
                lon: None,
            });
            continue;
        }
        let region_rival = c
            .postings
            .iter()
            .any(|p| entry(p.entry).kind == PlaceKind::Region);
        // "l'État de Victoria": the state, where the gazetteer has one of
        // that name, not the city (Victoria, Hong Kong).
        let state = ctx.state_before(c.first)
            && c.postings
                .iter()
                .any(|p| entry(p.entry).kind == PlaceKind::Region);
        let after_article = matches!(
            ctx.prev_word(c.first),
            Some("la" | "le" | "les" | "l'" | "au" | "aux" | "du")
        );
        // (A town qualified by its region or country, here or at another
        // mention of the same name: "PARIS (Texas)" … "à Paris".)
        let qualified = if c.postings.len() > 1 {
            let key = &ctx.folded[ctx.toks[c.first].fs..ctx.toks[c.last].fe];
            qualifiers
                .iter()
                .filter(|(k, _)| *k == key)
                .flat_map(|(_, q)| q.iter().copied())
                .collect()
        } else {
            Vec::new()
        };
        let scored = |e: &Entry, p: &Posting| {
            score(e, p, &doc_countries, dominant, region_rival, after_article)
                + if e.kind == PlaceKind::City
                    && e.country.is_some_and(|cc| qualified.contains(&cc))
                {
                    4.0
                } else {
                    0.0
                }
        };
        let best = c
            .postings
            .iter()
            .filter(|p| !state || entry(p.entry).kind == PlaceKind::Region)
            .map(|p| (entry(p.entry), *p))
            .max_by(|(a, pa), (b, pb)| {
                scored(a, pa)
                    .partial_cmp(&scored(b, pb))
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        let Some((e, p)) = best else { continue };
        let alias = p.flags & F_ALTERNATE != 0 && p.flags & F_FRENCH == 0;
        // "au Mans": the name keeps its article.
        let article_dropped = crate::document::fold(e.name)
            .strip_suffix(crate::document::fold(&surface).as_str())
            .is_some_and(|head| matches!(head, "le " | "les " | "la " | "l'"));
        // "Rio", a French short form of "Rio de Janeiro": the city told
        // with its whole name beside, one place.
        let short_form = p.flags & F_FRENCH != 0
            && e.curated
            && crate::document::fold(e.name)
                .strip_prefix(crate::document::fold(&surface).as_str())
                .is_some_and(|rest| rest.starts_with(' '));
        let name = if let Some(n) = ctx.designated_name(c.first, be) {
            n
        } else if (article_dropped || alias && e.curated || short_form) && !c.as_written {
            e.name.to_string()
        } else if surface.chars().filter(|c| c.is_alphabetic()).count() > 1
            && !surface.chars().any(char::is_lowercase)
        {
            // A dateline's capitals: "HERAT (Afghanistan)" is Herat; a
            // variant in capitals is written as a name ("VIETNAM" is
            // Vietnam).
            if crate::document::fold(e.name) == crate::document::fold(&surface) {
                e.name.to_string()
            } else {
                title_case(&surface)
            }
        } else {
            surface
        };
        if let Some(cc) = e.country {
            match country_counts.iter_mut().find(|(c, _)| *c == cc) {
                Some(x) => x.1 += 1,
                None => country_counts.push((cc, 1)),
            }
        }
        out.push(PlaceMention {
            text,
            start,
            end,
            paragraph,
            name,
            country: e.country.map(str::to_string),
            kind: e.kind,
            lat: e.lat_lon().0,
            lon: e.lat_lon().1,
        });
    }
    // "la commune de Moron" in a dispatch from Haiti, "le canton de Kani"
    // in one from Myanmar: a village, not the
    // large town of that name in a country the document never names
    // otherwise (Morón, Argentina); "le quartier de Bellevue, à
    // Saint-Étienne", not Bellevue in Washington. Such a name is read as a place the
    // gazetteer lacks, in the document's country.
    // The kind each mention read as a place the gazetteer lacks takes.
    let mut local: Vec<Option<PlaceKind>> = vec![None; out.len()];
    // Mentions by country, and by country and name: a mention is its
    // country's only name when the two counts are one count (counted once
    // for the document, not again for each mention).
    // (A mention renamed below is counted under its new name.)
    let mut of_country: FxHashMap<String, usize> = FxHashMap::default();
    let mut of_name: FxHashMap<(String, String), usize> = FxHashMap::default();
    for m in &out {
        if let Some(cc) = &m.country {
            *of_country.entry(cc.clone()).or_default() += 1;
            *of_name.entry((cc.clone(), m.name.clone())).or_default() += 1;
        }
    }
    for (k, c) in cands.iter().enumerate() {
        // "dans la province de l'Équateur, dans le nord-ouest de la RDC":
        // a province named like a country is a region of the country the
        // document tells it is in (the gazetteer lacks it). (Not after
        // "État": "l'État d'Israël" is the country.)
        if c.unknown.is_none()
            && out[k].kind == PlaceKind::Country
            && ctx.after_unit_de(c.first, is_subnational)
            && ctx
                .countries
                .iter()
                .any(|cc| Some(*cc) != out[k].country.as_deref())
        {
            local[k] = Some(PlaceKind::Region);
            continue;
        }
        if c.unknown.is_some() || !matches!(out[k].kind, PlaceKind::City | PlaceKind::Region) {
            continue;
        }
        // ("le district voisin de Saran": a qualifier between.)
        let unit_at = if c.first >= 3 && ctx.prev_word(c.first - 1).is_some_and(is_qualifier) {
            c.first - 1
        } else {
            c.first
        };
        let small_unit = ctx
            .prev_word(c.first)
            .is_some_and(|d| matches!(d, "de" | "d'"))
            && unit_at >= 2
            && ctx.prev_word(unit_at - 1).is_some_and(|w| {
                matches!(
                    w,
                    "commune"
                        | "village"
                        | "localite"
                        | "hameau"
                        | "bourgade"
                        | "municipalite"
                        | "quartier"
                        | "secteur"
                        | "faubourg"
                        | "tribu"
                        | "douar"
                        | "bidonville"
                        | "canton"
                        | "district"
                        | "township"
                        | "sous-prefecture"
                        | "cercle"
                        | "chefferie"
                        | "groupement"
                )
            })
            // The next item of such a list: "les communes de Leiria,
            // Pombal et Ourém".
            || k > 0
                && ctx
                    .listed_after_designated(c.first, Some(&cands[k - 1]))
                    .is_some_and(|kind| kind == PlaceKind::City);
        let Some(cc) = out[k].country.as_deref() else {
            continue;
        };
        // Other mentions of the same name ("Saint-Louis" in the headline
        // too) say nothing of its country.
        let alone = of_country.get(cc) == of_name.get(&(cc.to_string(), out[k].name.clone()));
        // "dans la Cordillère" in a dispatch from the Philippines: a
        // common word that only a foreign country's region is named after
        // (Paraguay's), that country named nowhere else, is a region of
        // the document's own country.
        let common_region = out[k].kind == PlaceKind::Region
            && c.first == c.last
            && cc != "FR"
            && c.postings.iter().all(|p| p.flags & F_COMMON != 0)
            && !ctx.countries.contains(&cc)
            && ctx
                .prev_word(c.first)
                .is_some_and(|w| matches!(w, "le" | "la" | "l'" | "les"));
        // "la prison de Turi, à Cuenca": a name the gazetteer knows only
        // as another name of a town abroad (Turin), after a facility or a
        // designator, in a document that never names that country, is a
        // place of the document's own.
        let alias_abroad = !ctx.countries.contains(&cc)
            // (Not a name its designator completes: "le comté d'Orange".)
            && !crate::document::fold(&out[k].name).ends_with(&crate::document::fold(&out[k].text))
            && ctx
                .prev_word(c.first)
                .is_some_and(|d| matches!(d, "de" | "d'"))
            && c.first >= 2
            && ctx
                .prev_word(c.first - 1)
                .is_some_and(|w| FACILITY_HEADS.contains(&w) || is_designator(w));
        // "les habitants de la Vega Baja" in a dispatch from Spain: a
        // town abroad whose name takes no article (Vega Baja, Puerto
        // Rico), told with one, its country named nowhere else, is an
        // area of the document's own country.
        let article_abroad = out[k].kind == PlaceKind::City
            && !ctx.countries.contains(&cc)
            && ctx
                .prev_word(c.first)
                .is_some_and(|w| matches!(w, "la" | "le" | "les"))
            && !["le ", "la ", "les ", "l'"]
                .iter()
                .any(|a| crate::document::fold(&out[k].name).starts_with(a));
        // "un commissariat à Liancourt, dans l'Artibonite" in a dispatch
        // from Haiti: a town abroad (Liancourt, France) whose country the
        // document never names, followed by the region of another country
        // it does name, is a town of that region.
        let in_named_region = out[k].kind == PlaceKind::City
            && !ctx.countries.contains(&cc)
            && cands.get(k + 1).is_some_and(|n| {
                n.first > c.last
                    && out[k + 1].kind == PlaceKind::Region
                    && out[k + 1]
                        .country
                        .as_deref()
                        .is_some_and(|c2| c2 != cc && ctx.countries.contains(&c2))
                    && ctx.folded[ctx.toks[c.last].fe..ctx.toks[n.first].fs]
                        .strip_prefix(", ")
                        .is_some_and(|gap| {
                            gap.split([' ', '\'']).filter(|w| !w.is_empty()).all(|w| {
                                matches!(
                                    w,
                                    "dans" | "en" | "au" | "la" | "le" | "l" | "de" | "du" | "d"
                                ) || is_subnational(w)
                            })
                        })
            });
        if (small_unit || common_region || alias_abroad || article_abroad || in_named_region)
            && alone
            && out.len() >= 3
        {
            // (A region stays one: "la Cordillère".)
            local[k] = Some(if small_unit || alias_abroad || in_named_region {
                PlaceKind::City
            } else {
                PlaceKind::Region
            });
            // (Named as written: "Turi", not "Turin".)
            if alias_abroad {
                let name = out[k].text.split_whitespace().collect::<Vec<_>>().join(" ");
                let cc = cc.to_string();
                let old = std::mem::replace(&mut out[k].name, name.clone());
                if let Some(n) = of_name.get_mut(&(cc.clone(), old)) {
                    *n -= 1;
                }
                *of_name.entry((cc, name)).or_default() += 1;
            }
        }
    }
    // The document's other mentions of that place are the same village
    // (or province).
    let local_names: Vec<(String, Option<String>, PlaceKind)> = (0..out.len())
        .filter_map(|k| Some((out[k].name.clone(), out[k].country.clone(), local[k]?)))
        .collect();
    for (k, m) in out.iter().enumerate() {
        if cands[k].unknown.is_none()
            && let Some((_, _, kind)) = local_names
                .iter()
                .find(|(n, cc, _)| *n == m.name && *cc == m.country)
        {
            local[k].get_or_insert(*kind);
        }
    }
    // Read from here on as a place the gazetteer lacks.
    for (k, m) in out.iter_mut().enumerate() {
        if let Some(kind) = local[k] {
            m.kind = kind;
            m.country = None;
            m.lat = None;
            m.lon = None;
            cands[k].unknown = Some(m.kind);
        }
    }
    // "les Sœurs missionnaires de Saint-Joseph" in a dispatch from Haiti,
    // "le marché Saint-Maur" in one from Senegal: a saint's name completing
    // a name, not the town of a country the document never otherwise names.
    let mut drop = vec![false; out.len()];
    for (k, c) in cands.iter().enumerate() {
        let m = &out[k];
        let saint = ["saint-", "sainte-", "saint ", "sainte "]
            .iter()
            .any(|p| crate::document::fold(&m.text).starts_with(p));
        if c.unknown.is_some() || m.kind != PlaceKind::City || !saint || c.first < 2 {
            continue;
        }
        // ("près du marché Saint-Maur", "l'église Saint-Joseph": the
        // saint names the building or the site.)
        let after_building = ctx.building_before(c.first)
            || ctx
                .prev_word(c.first)
                .is_some_and(|w| SITE_HEADS.contains(&w));
        let after_name = (matches!(ctx.prev_word(c.first), Some("de" | "d'" | "du" | "des"))
            || after_building)
            && !ctx.introduced(c.first)
            && ctx.designator(c.first).is_none();
        let alone = out
            .iter()
            .enumerate()
            .all(|(j, o)| j == k || o.country != m.country);
        drop[k] = after_name && alone && out.len() >= 3;
    }
    let mut keep = drop.iter().map(|d| !d);
    out.retain(|_| keep.next().unwrap_or(true));
    let mut keep = drop.iter().map(|d| !d);
    cands.retain(|_| keep.next().unwrap_or(true));
    // Unknown places take the country of a place in the same sentence (the
    // nearest one before them first), else of the nearest place before them,
    // else the document's most named country.
    let main = country_counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .map(|(c, _)| c.to_string());
    let sent: Vec<Option<usize>> = cands
        .iter()
        .map(|c| {
            let (bs, _) = folded.original(ctx.toks[c.first].fs, ctx.toks[c.first].fe);
            doc.sentence_at(bs).map(|s| s.index)
        })
        .collect();
    for k in 0..out.len() {
        if cands[k].unknown.is_none() || out[k].country.is_some() {
            continue;
        }
        let known = |m: &&PlaceMention| m.country.is_some() && m.lat.is_some();
        let same_before = (0..k)
            .rev()
            .filter(|&j| sent[j] == sent[k])
            .map(|j| &out[j])
            .find(known);
        // (Not a journey's other end: "au port d'Arguineguín, … où une
        // embarcation partie de Mauritanie", "parti de la plage de Godoria
        // en direction du Yémen".)
        let journey_end = |m: &PlaceMention| {
            let b = doc.byte_offset(m.start);
            let f = crate::document::fold(
                &doc.text[doc.text.floor_char_boundary(b.saturating_sub(24))..b],
            );
            let f = f.trim_end();
            JOURNEY_ENDS.iter().any(|w| {
                f.ends_with(w)
                    && f[..f.len() - w.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
        };
        let same_after = (k + 1..out.len())
            .filter(|&j| sent[j] == sent[k])
            .map(|j| &out[j])
            .take_while(|m| !journey_end(m))
            .find(known);
        let para = out[k].paragraph;
        let before = out[..k]
            .iter()
            .rev()
            .filter(|m| m.paragraph == para)
            .find(known);
        // A place told as where it lies, right after it: "… menée par
        // l'Arabie saoudite … dans la province de Hajja, dans le nord-ouest
        // du Yémen".
        let end = doc.byte_offset(out[k].end);
        let within = same_after.filter(|m| {
            let b = doc.byte_offset(m.start);
            b > end && b - end <= 60 && {
                let gap = crate::document::fold(&doc.text[end..b]);
                let gap = gap.trim_start();
                gap.starts_with(", dans ") || gap.starts_with(", au ") || gap.starts_with(", en ")
            }
        });
        out[k].country = within
            .or(same_before)
            .or(same_after)
            .or(before)
            .and_then(|m| m.country.clone())
            .or_else(|| main.clone());
    }
    // A region of several countries, named as one country's part: by a
    // nationality adjective after it ("le Sahara nigérien", "l'Amazonie
    // brésilienne"), or, for a region a few countries share ("au
    // Kurdistan" in a dispatch from Erbil), by the document's main country
    // where that is one of them.
    for k in 0..out.len() {
        if cands[k].unknown.is_some()
            || out[k].country.is_some()
            || out[k].kind != PlaceKind::Region
        {
            continue;
        }
        let last = cands[k].last;
        let adjective = (last + 1 < ctx.toks.len() && ctx.joined_by_space(last))
            .then(|| crate::extract::nationality::country_of_token(ctx.word(last + 1)))
            .flatten();
        let shared = SHARED_REGIONS
            .iter()
            .find(|(n, _)| *n == out[k].name)
            .and_then(|(_, ccs)| main.as_deref().filter(|m| ccs.contains(m)));
        if let Some(cc) = adjective.or(shared) {
            out[k].country = Some(cc.to_string());
        }
    }
    out
}

/// Words before a place that make it where a journey began or ended, not
/// where the place told before it lies.
const JOURNEY_ENDS: &[&str] = &[
    "direction de",
    "direction du",
    "direction des",
    "direction d'",
    "partie de",
    "parti de",
    "partis de",
    "parties de",
    "partie du",
    "parti du",
    "vers le",
    "vers la",
    "vers",
    "destination de",
    "destination du",
    "provenance de",
    "provenance du",
    "depuis le",
    "depuis la",
    "depuis",
];

/// Regions a few countries share, which a dispatch from one of them names
/// as its own part (the gazetteer gives them no country).
const SHARED_REGIONS: &[(&str, &[&str])] = &[
    ("Kurdistan", &["IQ", "TR", "IR", "SY"]),
    ("Cachemire", &["IN", "PK"]),
    ("Patagonie", &["AR", "CL"]),
    ("Bornéo", &["ID", "MY", "BN"]),
];

/// A count right after a place its preposition opens: "acheminé depuis
/// Lubumbashi 12 tonnes de chlore", "à Kinshasa 3 jours" (a figure and
/// its noun in lower case), not a channel or a university ("sur France 2",
/// "par France 2 samedi", "Paris 8").
fn counted_after_a_place_preposition(ctx: &Ctx, i: usize, last: usize) -> bool {
    matches!(
        ctx.prev_word(i),
        Some("a" | "en" | "depuis" | "vers" | "dans")
    ) && ctx.toks.get(last + 2).is_some_and(|t| !t.cap)
        && ctx.word(last + 2).chars().all(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str) -> Vec<(String, String, Option<String>)> {
        let doc = Document::parse(text);
        extract(&doc)
            .into_iter()
            .map(|p| (p.text, p.name, p.country))
            .collect()
    }

    fn names(text: &str) -> Vec<String> {
        places(text).into_iter().map(|p| p.1).collect()
    }

    /// The unknown end of a road whose other end is known ("l'axe reliant
    /// Fada N'Gourma à Kantchari", "la route qui relie Sévaré à Gao"), and
    /// an unknown name after an evacuation's noun and "vers", are towns;
    /// not what a verb that is no road's links.
    #[test]
    fn the_ends_of_a_road_and_where_evacuees_go() {
        assert_eq!(
            places("La route nationale 16 qui relie Sévaré à Gao est visée.")
                .into_iter()
                .map(|p| (p.1, p.2))
                .collect::<Vec<_>>(),
            [
                ("Sévaré".to_string(), Some("ML".to_string())),
                ("Gao".to_string(), Some("ML".to_string()))
            ]
        );
        assert_eq!(
            names("Une embuscade sur l'axe reliant Gao à Tessit a fait sept morts."),
            ["Gao", "Tessit"]
        );
        assert_eq!(
            names("Les Casques bleus ont participé à l'évacuation des blessés vers Sévaré."),
            ["Sévaré"]
        );
        assert_eq!(names("Un accord relie Tessit à Berlin."), ["Berlin"]);
    }

    /// A compass word after a plural designator names the part of a
    /// country places lie in ("plusieurs villes du Sud", "les villages de
    /// l'Est"), no place; after a singular one it may be a region's name
    /// ("la région du Centre").
    #[test]
    fn a_compass_word_after_plural_designators_is_no_place() {
        assert!(names("Des pillages ont touché plusieurs villes du Sud.").is_empty());
        assert!(
            names("Des pillages ont touché plusieurs villes du Sud, dont la capitale.").is_empty()
        );
        assert!(names("Les villages de l'Est ont été évacués.").is_empty());
        assert_eq!(names("Dans la région du Centre, trois morts."), ["Centre"]);
        assert_eq!(
            names("Les départements de l'Ouest et de l'Artibonite, en Haïti.")[0],
            "Ouest"
        );
    }

    /// A province named like a country ("la province de l'Équateur" of the
    /// Congo, "la province de Luxembourg" of Belgium) is a region of the
    /// country the document names; not "l'État d'Israël", nor a country
    /// after another word.
    #[test]
    fn a_province_named_like_a_country_is_a_region() {
        let doc = Document::parse(
            "Le choléra a fait douze morts dans la province de l'Équateur, dans le nord-ouest \
             de la République démocratique du Congo. L'Équateur manque de médecins.",
        );
        let ps = extract(&doc);
        let eq: Vec<_> = ps.iter().filter(|p| p.name == "Équateur").collect();
        assert_eq!(eq.len(), 2, "{ps:?}");
        assert!(
            eq.iter()
                .all(|p| p.kind == PlaceKind::Region && p.country.as_deref() == Some("CD")),
            "{eq:?}"
        );
        let ps =
            places("Des crues ont touché la province de Luxembourg, dans le sud de la Belgique.");
        assert!(
            ps.iter()
                .any(|p| p.0 == "Luxembourg" && p.2.as_deref() == Some("BE")),
            "{ps:?}"
        );
        let ps = places("Le Premier ministre de l'État d'Israël s'est rendu en Égypte.");
        assert!(
            ps.iter()
                .all(|p| p.0 != "Israël" || p.2.as_deref() == Some("IL")),
            "{ps:?}"
        );
        assert!(ps.iter().any(|p| p.2.as_deref() == Some("IL")), "{ps:?}");
        let ps = places("Des soldats de l'Équateur et du Pérou ont patrouillé à la frontière.");
        assert!(
            ps.iter()
                .any(|p| p.1 == "Équateur" && p.2.as_deref() == Some("EC")),
            "{ps:?}"
        );
    }

    /// The small towns of France's overseas territories, in a dispatch
    /// that names the territory ("Sainte-Rose" of La Réunion, not of
    /// Guadeloupe, bigger; "Païta" of New Caledonia, not of Peru); not
    /// elsewhere ("au Trianon, à Paris": a concert hall).
    /// Towns and regions of the hand list the GeoNames cities lack, under
    /// the spelling of the news: Ituri's Mambasa (not Kenya's Mombasa,
    /// which GeoNames also spells so), Haiti's Grand'Anse, Madagascar's
    /// regions, Lebanon's Nabatiyé.
    #[test]
    fn hand_listed_towns_and_regions() {
        let p = places("Sept civils ont été tués dans le territoire de Mambasa, en Ituri.");
        assert!(
            p.contains(&("Mambasa".into(), "Mambasa".into(), Some("CD".into()))),
            "{p:?}"
        );
        let p = places("Le département de la Grand'Anse et la Haute Matsiatra ont été touchés.");
        assert!(
            p.contains(&("Grand'Anse".into(), "Grand'Anse".into(), Some("HT".into()))),
            "{p:?}"
        );
        assert!(
            p.contains(&(
                "Haute Matsiatra".into(),
                "Haute Matsiatra".into(),
                Some("MG".into())
            )),
            "{p:?}"
        );
        // "Liban-Sud" (or "Sud-Liban"), the south of Lebanon, gives a town
        // the gazetteer lacks its country.
        let p = places("Liban-Sud : deux civils tués à Houla, dans le caza de Marjayoun.");
        assert!(
            p.contains(&("Liban-Sud".into(), "Liban-Sud".into(), Some("LB".into()))),
            "{p:?}"
        );
        let p = places("Une frappe a visé Nabatiyé.");
        assert!(
            p.contains(&("Nabatiyé".into(), "Nabatiyé".into(), Some("LB".into()))),
            "{p:?}"
        );
    }

    #[test]
    fn overseas_towns_where_the_territory_is_named() {
        let p = places(
            "SAINT-DENIS (La Réunion), 9 février 2026 - Deux personnes ont péri à Sainte-Rose.",
        );
        assert!(p.contains(&(
            "Sainte-Rose".into(),
            "Sainte-Rose".into(),
            Some("RE".into())
        )));
        let p = places("En Nouvelle-Calédonie, des heurts ont éclaté à Païta lundi.");
        assert!(p.contains(&("Païta".into(), "Païta".into(), Some("NC".into()))));
        assert_eq!(
            names("Vendredi soir, lors d'un meeting au Trianon, à Paris, il a été chahuté."),
            ["Paris"]
        );
        // Saint-Martin is the French collectivity; its Dutch part goes by
        // Sint Maarten.
        let p = places("L'ouragan a fait dix morts à Saint-Martin et quatre à Sint Maarten.");
        assert!(p.contains(&(
            "Saint-Martin".into(),
            "Saint-Martin".into(),
            Some("MF".into())
        )));
        assert!(p.contains(&(
            "Sint Maarten".into(),
            "Sint Maarten".into(),
            Some("SX".into())
        )));
    }

    /// The place a disaster or an attack is named after ("l'incendie de
    /// Gonfaron", "le séisme de Lorca"); not a cathedral.
    #[test]
    fn places_disasters_are_named_after() {
        assert_eq!(
            names("Chacun a en mémoire l'incendie de Gonfaron, qui avait fait deux morts."),
            ["Gonfaron"]
        );
        assert_eq!(names("Le séisme de Lorca a fait neuf morts."), ["Lorca"]);
        assert!(names("L'incendie de Notre-Dame a ému le monde.").is_empty());
    }

    /// The place an event's pronoun stands for ("après celle de
    /// Chinégodar": the attack of Chinégodar), a boat's port of departure
    /// ("parti de Zouara"), a district named with its article ("le
    /// quartier de la Docherie"); not a person compared to another, nor a
    /// first name after an article.
    #[test]
    fn places_of_a_past_event_a_departure_and_a_district() {
        assert_eq!(
            names(
                "L'attaque survient un mois après celle de Chinégodar, où 89 soldats sont morts."
            ),
            ["Chinégodar"]
        );
        assert_eq!(
            names("Ces enlèvements de masse rappellent celui de Chibok, en 2014."),
            ["Chibok"]
        );
        assert!(names("Son discours rappelle celui de Mitterrand, en 1981.").is_empty());
        assert!(names("L'attaque a eu lieu. Elle rappelle celle de Dupont.").is_empty());
        assert_eq!(
            names("Un canot pneumatique parti de Zouara a chaviré."),
            ["Zouara"]
        );
        assert_eq!(
            names("Une fusillade dans le quartier de la Docherie a fait un mort."),
            ["Docherie"]
        );
        assert!(names("Il habite le village de la Madeleine.").is_empty());
    }

    /// A name after "à" that a semicolon closes with French spacing ("à
    /// Chibok ; 110 écolières…"); islets named after "îlots de".
    #[test]
    fn a_town_before_a_spaced_semicolon_and_islets() {
        assert_eq!(
            names("276 lycéennes avaient été enlevées à Chibok ; 110 écolières à Dapchi."),
            ["Chibok", "Dapchi"]
        );
        assert_eq!(
            names("Ils ont péri au large des îlots de Farmakonisi et de Kalolimnos."),
            ["Farmakonisi", "Kalolimnos"]
        );
    }

    /// The names of a list that "à", "depuis" or "entre" opens and "et"
    /// closes, one a known town: the others are towns too; not persons
    /// whose verb follows the list.
    #[test]
    fn the_towns_of_a_list_with_a_known_one() {
        assert_eq!(
            names("Des ponts ont été emportés à Lyon, Borongan et Ulot, a indiqué la Croix-Rouge."),
            ["Lyon", "Borongan", "Ulot"]
        );
        assert_eq!(
            names("Ils ont été relogés à Tende, Fontan, Saint-Martin-Vésubie et Roquebillière."),
            ["Tende", "Fontan", "Saint-Martin-Vésubie", "Roquebillière"]
        );
        assert_eq!(names("À Paris, Macron et Merkel ont signé."), ["Paris"]);
    }

    /// A small unit with a qualifier before its "de" ("le district voisin
    /// de Saran", "la commune voisine de Valparaíso") is of the document's
    /// country, not a town abroad of that name.
    #[test]
    fn a_neighbouring_unit_is_of_the_documents_country() {
        let ps = places(
            "PATNA (Inde), 16 janvier 2020 (AFP) - Un bateau a chaviré sur le Gange près de \
             Hajipur, au Bihar. En 2018, un naufrage dans le district voisin de Saran avait \
             fait quinze morts, selon la police de Patna.",
        );
        let saran = ps.iter().find(|p| p.1 == "Saran").expect("Saran");
        assert_eq!(saran.2.as_deref(), Some("IN"), "{ps:?}");
    }

    /// The last town of a list that "à" or "vers" opens ("à Batoumi,
    /// Koutaïssi et Zougdidi", "vers Gwoza et Pulka"), the gazetteer
    /// lacking it; not a person after "et" with a verb, nor after a name
    /// that is no known place.
    #[test]
    fn the_last_town_of_a_list() {
        assert_eq!(
            names("Des rassemblements ont eu lieu à Batoumi, Koutaïssi et Zougdidi."),
            ["Batoumi", "Koutaïssi", "Zougdidi"]
        );
        assert_eq!(
            names("Les habitants ont fui vers Gwoza et Pulka, selon l'ONU."),
            ["Gwoza", "Pulka"]
        );
        assert_eq!(
            names("Le président est arrivé à Paris et Macron a parlé."),
            ["Paris"]
        );
        assert_eq!(names("Il a parlé à Tokayev et Poutine."), ["Tokayev"]);
    }

    /// A designator with a qualifier in the plural ("les quartiers
    /// populaires de X"), and "à X" after a verb of going or dwelling,
    /// name unknown places.
    #[test]
    fn qualified_designators_and_places_gone_to() {
        assert_eq!(
            names("La police a tiré dans les quartiers populaires de Kibera et de Mathare."),
            ["Kibera", "Mathare"]
        );
        assert_eq!(
            names("Des habitants des villages isolés de Jure."),
            ["Jure"]
        );
        assert_eq!(
            names("Cinq pèlerins qui se rendaient à Kedarnath ont été emportés par un torrent."),
            ["Kedarnath"]
        );
        assert!(names("Il a présenté ses excuses à Mahmoud vendredi soir.").is_empty());
    }

    /// A designator with a qualifier of where or what the area is ("la
    /// province andine de X", "le district voisin de X") names an unknown
    /// place, even one that opens on a first name; a town's "natale" is a
    /// person's, no designator.
    #[test]
    fn designators_with_a_geographic_qualifier() {
        assert_eq!(
            names("Un car est tombé dans un ravin dans la province andine de Huancavilca."),
            ["Huancavilca"]
        );
        assert_eq!(
            names("Les secours peinent à atteindre la région montagneuse de Kalabagh."),
            ["Kalabagh"]
        );
        assert_eq!(
            names("Un raid a visé le district voisin de Musa Khel, selon la police."),
            ["Musa Khel"]
        );
        assert!(names("Une statue a été dressée dans la ville natale de Jean Dupont.").is_empty());
    }

    /// A name the gazetteer knows only as another name of a town abroad,
    /// after a facility or a designator, in a document that never names
    /// that country, is a place of the document's own, named as written.
    #[test]
    fn another_name_of_a_town_abroad_after_a_facility() {
        let text = "QUITO, 5 mars 2023 (AFP) - En Equateur, six détenus ont été tués \
                    dans la prison de Turi, à Cuenca.";
        let found = places(text);
        assert!(
            found
                .iter()
                .any(|p| p.1 == "Turi" && p.2.as_deref() != Some("IT")),
            "{found:?}"
        );
    }

    /// A region followed by a compass point names that part of it, in the
    /// same country; a country's part does not ("l'Irak du Nord"), nor a
    /// longer word ("du Sud-Kivu").
    #[test]
    fn a_regions_part_named_by_a_compass_point() {
        assert_eq!(
            places("Des combats ont éclaté au Darfour du Nord et au Kordofan de l'Ouest."),
            [
                (
                    "Darfour du Nord".to_string(),
                    "Darfour du Nord".to_string(),
                    Some("SD".to_string())
                ),
                (
                    "Kordofan de l'Ouest".to_string(),
                    "Kordofan de l'Ouest".to_string(),
                    Some("SD".to_string())
                ),
            ]
        );
        assert_eq!(names("Des frappes en Irak du Nord."), ["Irak"]);
        assert_eq!(names("Le Soudan du Sud est en guerre."), ["Soudan du Sud"]);
    }

    /// A saint's name after a building's noun names the building ("le
    /// marché Saint-Maur" in Ziguinchor), not a French town.
    #[test]
    fn a_saint_after_a_building_is_its_name() {
        let found = names(
            "DAKAR - À Ziguinchor, au Sénégal, cinq personnes ont été blessées près du \
             marché Saint-Maur.",
        );
        assert!(!found.iter().any(|n| n == "Saint-Maur"), "{found:?}");
        assert!(names("Il habite à Saint-Maur depuis 2010.").contains(&"Saint-Maur".to_string()));
    }

    /// "le canton de Kani" in a dispatch from Myanmar: a township of the
    /// document's country, not the Japanese town.
    #[test]
    fn a_township_named_like_a_foreign_town() {
        let found = places(
            "BANGKOK - Une frappe de l'armée birmane a touché le canton de Kani, \
             dans la région de Sagaing, en Birmanie. Rangoun dément.",
        );
        assert!(
            found
                .iter()
                .any(|p| p.0 == "Kani" && p.2.as_deref() != Some("JP")),
            "{found:?}"
        );
    }

    /// "à Liancourt, dans l'Artibonite" in a dispatch from Haiti: a town
    /// named like one of France (never named) followed by a region of the
    /// document's country is a town of that region; in the Oise, the town
    /// of France stays.
    #[test]
    fn a_town_named_like_one_abroad_in_a_named_region() {
        let found = places(
            "PORT-AU-PRINCE - Six policiers ont été tués dans l'attaque d'un commissariat à \
             Liancourt, dans l'Artibonite, en Haïti, selon la police.",
        );
        assert!(
            found
                .iter()
                .any(|p| p.0 == "Liancourt" && p.2.as_deref() == Some("HT")),
            "{found:?}"
        );
        let found = places(
            "BEAUVAIS - Six personnes ont été blessées dans un incendie à Liancourt, dans \
             l'Oise, selon les pompiers de Compiègne.",
        );
        assert!(
            found
                .iter()
                .any(|p| p.0 == "Liancourt" && p.2.as_deref() == Some("FR")),
            "{found:?}"
        );
    }

    /// "dans la Cordillère" in a dispatch from the Philippines: a common
    /// word that only a foreign region is named after (Paraguay's), in a
    /// document that never names that country, is a region of the
    /// document's own country; where the document names that country, the
    /// gazetteer's region stays.
    #[test]
    fn a_common_word_region_of_an_unnamed_country_is_local() {
        let text = "MANILLE - Des pluies diluviennes ont fait dix morts dans la Cordillère, \
                    au nord de Luçon, aux Philippines, selon les secours de Baguio.";
        let found = places(text);
        assert!(
            found
                .iter()
                .any(|p| p.0 == "Cordillère" && p.2.as_deref() == Some("PH")),
            "{found:?}"
        );
        let found = places(
            "ASUNCION - Des pluies ont fait dix morts dans la Cordillère, au \
             Paraguay, selon les secours.",
        );
        assert!(
            found
                .iter()
                .any(|p| p.0 == "Cordillère" && p.2.as_deref() == Some("PY")),
            "{found:?}"
        );
    }

    /// A name after "à" whose clause a date or a coordinated participle
    /// closes is a place the gazetteer lacks ("enlevés à Ganthier en
    /// octobre 2021", "interpellés à Jebeniana et placés en garde à vue");
    /// "à" before a capitalised word of another kind is not.
    #[test]
    fn a_name_after_a_before_a_date_or_a_participle() {
        let found = names(
            "PORT-AU-PRINCE - Le gang avait enlevé 17 missionnaires à Ganthier en octobre 2021.",
        );
        assert!(found.contains(&"Ganthier".to_string()), "{found:?}");
        let found = names(
            "SFAX - Quatre suspects ont été interpellés mercredi à Jebeniana et placés en garde à vue.",
        );
        assert!(found.contains(&"Jebeniana".to_string()), "{found:?}");
        let found = names("TUNIS - Le ministre a rendu visite à Kais Saied et ouvert la séance.");
        assert!(!found.iter().any(|n| n.contains("Saied")), "{found:?}");
    }

    /// A designator with "du" announces a hyphenated name whose first part
    /// is also a first name: "le département du Mayo-Rey".
    #[test]
    fn a_designator_with_du_before_a_hyphenated_name() {
        let found = names(
            "GAROUA - Des otages ont été libérés dans le département du Mayo-Rey, au Cameroun.",
        );
        assert!(found.contains(&"Mayo-Rey".to_string()), "{found:?}");
    }

    /// Breton's "c'h" belongs to the name: "Penmarc'h", not "Penmarc'".
    #[test]
    fn a_breton_name_keeps_its_c_h() {
        let found = names("Au large de Penmarc'h, dans le Finistère, un marin est porté disparu.");
        assert!(found.contains(&"Penmarc'h".to_string()), "{found:?}");
    }

    /// A dateline's city in capitals is a place though its name is also a
    /// word ("QUIMPER"); with nothing else to go by, a French town is
    /// preferred to a foreign one up to three times its size ("BREST").
    #[test]
    fn a_french_dateline_city() {
        let found = places("QUIMPER, 3 mai 2024 (AFP) - Un homme est mort.");
        assert_eq!(
            found.first().map(|p| p.2.as_deref()),
            Some(Some("FR")),
            "{found:?}"
        );
        let found = places("BREST, 3 mai 2024 - Un homme est mort.");
        assert_eq!(
            found.first().map(|p| p.2.as_deref()),
            Some(Some("FR")),
            "{found:?}"
        );
    }

    /// A weak name listed after a place but going on in capitals is a
    /// person's: "le tribunal de Bouaké, Brou Kouamé Léon" (not Brou,
    /// Eure-et-Loir).
    #[test]
    fn a_listed_name_that_goes_on_is_no_place() {
        let found = names(
            "ABIDJAN - Le procureur près le tribunal de première instance de Bouaké, \
             Brou Kouamé Léon, a ouvert une enquête.",
        );
        assert!(!found.iter().any(|n| n == "Brou"), "{found:?}");
        let found = names("Les pluies ont touché Bouaké, Brou et Dabou.");
        assert!(found.contains(&"Bouaké".to_string()), "{found:?}");
    }

    /// A beach or a port "de" a town is named by the town's name ("la
    /// plage de Mboro", "le port de Saint-Guénolé"); a town the gazetteer
    /// has in a country the document names is that town, not a foreign
    /// namesake ("la plage du Lido" of Mogadishu).
    #[test]
    fn a_beach_or_a_port_of_a_town() {
        assert!(
            names("DAKAR - Un corps a été découvert sur la plage de Mboro, au Sénégal.")
                .contains(&"Mboro".to_string())
        );
        assert!(
            names("QUIMPER - Le chalutier regagnait le port de Saint-Guénolé.")
                .contains(&"Saint-Guénolé".to_string())
        );
        let found = places(
            "MOGADISCIO - Un attentat a visé un restaurant de la plage du Lido, en Somalie.",
        );
        assert!(
            found
                .iter()
                .any(|p| p.1 == "Lido" && p.2.as_deref() == Some("SO")),
            "{found:?}"
        );
    }

    /// Quebec's administrative regions, as its press names them.
    #[test]
    fn regions_of_quebec() {
        let found = places(
            "SAINTE-MARIE - La rivière a débordé en Chaudière-Appalaches, dans le \
             Bas-Saint-Laurent et en Montérégie.",
        );
        for name in ["Chaudière-Appalaches", "Bas-Saint-Laurent", "Montérégie"] {
            assert!(
                found
                    .iter()
                    .any(|p| p.1 == name && p.2.as_deref() == Some("CA")),
                "{name}: {found:?}"
            );
        }
    }

    /// European regions under their French names, which the subdivision
    /// data lacks ("l'Estrémadure", "la Galice", "la Silésie").
    #[test]
    fn european_regions_in_french() {
        let found = places(
            "La chaleur frappe l'Andalousie, l'Estrémadure et la Galice, ainsi que \
             l'Algarve ; en Silésie, les mines ferment.",
        );
        for (name, cc) in [
            ("Estrémadure", "ES"),
            ("Galice", "ES"),
            ("Algarve", "PT"),
            ("Silésie", "PL"),
        ] {
            assert!(
                found
                    .iter()
                    .any(|p| p.1 == name && p.2.as_deref() == Some(cc)),
                "{name}: {found:?}"
            );
        }
    }

    /// A region of several countries takes one where the text makes it
    /// that country's part: a nationality adjective after it ("le Sahara
    /// nigérien"), or, for a region a few countries share, the document's
    /// main country ("au Kurdistan" in a dispatch from Iraq); otherwise it
    /// keeps none.
    #[test]
    fn regions_of_several_countries_made_one_countrys_part() {
        let found = places("Les corps ont été découverts dans le Sahara nigérien, selon l'OIM.");
        assert!(
            found.contains(&("Sahara".into(), "Sahara".into(), Some("NE".into()))),
            "{found:?}"
        );
        let found = places(
            "ERBIL (Irak) - Neuf morts au Kurdistan, à Akré, dans la province de Dohouk. \
             Bagdad a réagi.",
        );
        assert!(
            found.contains(&("Kurdistan".into(), "Kurdistan".into(), Some("IQ".into()))),
            "{found:?}"
        );
        let found = places("Le Sahel et le Kurdistan restent instables.");
        assert!(found.iter().all(|p| p.2.is_none()), "{found:?}");
    }

    /// A capital M or N glued to a consonant by its apostrophe opens a
    /// name ("la plage de M'tsahara"), never a lone "M'"; "N'Djamena" stays
    /// the gazetteer's, "N'ayant" no place.
    #[test]
    fn names_opening_with_an_elided_capital() {
        let found = places(
            "Deux hommes ont été interpellés sur la plage de M'tsahara, puis conduits à \
             N'Djamena. N'ayant pas de nouvelles, les proches ont alerté la police.",
        );
        let texts: Vec<&str> = found.iter().map(|p| p.0.as_str()).collect();
        assert!(texts.contains(&"M'tsahara"), "{found:?}");
        assert!(texts.contains(&"N'Djamena"), "{found:?}");
        assert!(!texts.contains(&"M'"), "{found:?}");
        assert!(!texts.iter().any(|t| t.starts_with("N'ayant")), "{found:?}");
    }

    /// European towns under their French names ("Plaisance", "Ratisbonne",
    /// "Bois-le-Duc"), Gulf and Iraqi towns in French transliteration
    /// ("Ryad", "Dohouk", "Akré"), Abidjan's communes.
    #[test]
    fn towns_under_their_french_names() {
        let found = places(
            "PLAISANCE (Italie), 6 novembre 2025 - Le pont entre Plaisance et Lodi s'est \
             effondré. À Ratisbonne, à Bois-le-Duc, à Ryad, à Dohouk et à Akré, comme à \
             Yopougon et à Cocody, les secours ont été mobilisés.",
        );
        for (name, cc) in [
            ("Plaisance", "IT"),
            ("Ratisbonne", "DE"),
            ("Bois-le-Duc", "NL"),
            ("Ryad", "SA"),
            ("Dohouk", "IQ"),
            ("Akré", "IQ"),
            ("Yopougon", "CI"),
            ("Cocody", "CI"),
        ] {
            assert!(
                found
                    .iter()
                    .any(|p| p.1 == name && p.2.as_deref() == Some(cc)),
                "{name}: {found:?}"
            );
        }
    }

    /// Regions and towns of the Caucasus, Central Asia and East Africa in
    /// their French forms ("Kabardino-Balkarie", "Khodjent", "Och"), member
    /// states of Somalia, townships of Durban.
    #[test]
    fn regions_and_towns_in_french_transliteration() {
        let found = places(
            "Des heurts ont éclaté en Kabardino-Balkarie, au Karakalpakstan, à Och, à Khodjent \
             et à Naltchik ; dans le Hirshabelle, à Umlazi et dans la région Sava.",
        );
        for (name, cc) in [
            ("Kabardino-Balkarie", "RU"),
            ("Karakalpakstan", "UZ"),
            ("Och", "KG"),
            ("Khodjent", "TJ"),
            ("Naltchik", "RU"),
            ("Hirshabelle", "SO"),
            ("Umlazi", "ZA"),
            ("Sava", "MG"),
        ] {
            assert!(
                found
                    .iter()
                    .any(|p| p.1 == name && p.2.as_deref() == Some(cc)),
                "{name}: {found:?}"
            );
        }
    }

    /// A name after a flight toward it ("ont fui vers Konduga", "évacués
    /// vers Dori"); not a feast ("vers Noël").
    #[test]
    fn a_town_fled_toward() {
        let found = places("Plusieurs centaines d'habitants ont fui vers Kondouga, selon l'OIM.");
        assert!(found.iter().any(|p| p.1 == "Kondouga"), "{found:?}");
        assert!(places("Les familles ont fui vers Noël, dit-il.").is_empty());
    }

    /// Quebec's small towns after a preposition ("à Baie-Saint-Paul"), not
    /// its saints' and churches' names ("le Sacré-Cœur" of Montmartre).
    #[test]
    fn small_towns_of_quebec() {
        assert_eq!(
            places("Un homme est mort lundi à Baie-Saint-Paul, dans Charlevoix."),
            [
                (
                    "Baie-Saint-Paul".into(),
                    "Baie-Saint-Paul".into(),
                    Some("CA".into())
                ),
                ("Charlevoix".into(), "Charlevoix".into(), Some("CA".into()))
            ]
        );
        assert!(names("Des heurts ont eu lieu près du Sacré-Cœur.").is_empty());
    }

    /// The regions named by compass-like words keep their French names
    /// ("Littoral", not the Spanish "Litoral" of the ISO catalogue), and
    /// the common word needs its designator; Cameroon's "Extrême-Nord" is
    /// found alone.
    #[test]
    fn compass_like_regions_have_french_names() {
        let found = places("DOUALA - Dans la région du Littoral, au Cameroun, il pleut.");
        assert!(found.contains(&("Littoral".into(), "Littoral".into(), Some("CM".into()))));
        assert!(names("Sur le littoral, la tempête a fait deux morts.").is_empty());
        let found = places("Cinq civils ont été tués à Mora, dans l'Extrême-Nord.");
        assert!(found.contains(&(
            "Extrême-Nord".into(),
            "Extrême-Nord".into(),
            Some("CM".into())
        )));
        // Nigeria's Plateau State, named by its designator.
        let found = places(
            "Des éleveurs ont attaqué plusieurs villages dans l'État du Plateau, au Nigeria.",
        );
        assert!(found.contains(&("Plateau".into(), "Plateau".into(), Some("NG".into()))));
        assert!(names("Le plateau est couvert de neige.").is_empty());
    }

    /// The article of a town's name merged with the preposition ("au
    /// Moule", "du Gosier") names the town with its article; a small
    /// commune so named only where its name ends a phrase.
    #[test]
    fn an_article_merged_with_its_preposition() {
        assert_eq!(
            names("Samedi, au Moule, un homme s'est noyé."),
            ["Le Moule"]
        );
        assert_eq!(names("Il habite près du Gosier."), ["Le Gosier"]);
        assert_eq!(names("Des heurts ont eu lieu au Pouzin."), ["Le Pouzin"]);
        assert!(names("Le congrès se tient au Palais des Sports.").is_empty());
        assert!(names("On affirmait hier au Palais que tout était prêt.").is_empty());
    }

    /// An accent the text writes on a name that a small town of an
    /// English-speaking country lacks says another place ("Yaté" is not
    /// Yate in England); a Spanish name GeoNames writes without its
    /// accents is still the town ("San Cristóbal" of Cuba).
    #[test]
    fn an_accent_added_is_another_place() {
        assert!(
            places("Des heurts ont eu lieu à Nouméa et à Yaté.")
                .iter()
                .all(|p| p.2.as_deref() != Some("GB"))
        );
        assert!(
            places("Il vit à Yate, près de Bristol.")
                .iter()
                .any(|p| p.1 == "Yate")
        );
    }

    /// Two towns joined by a hyphen after a noun of a link between them
    /// are two places; a name with a hyphen of its own stays one.
    #[test]
    fn two_towns_of_a_link() {
        assert_eq!(
            names("Un car s'est renversé sur l'axe Douala-Yaoundé."),
            ["Douala", "Yaoundé"]
        );
        assert_eq!(
            names("Un accident sur la route Dakar-Thiès."),
            ["Dakar", "Thiès"]
        );
        assert_eq!(
            names("La liaison Nîmes-Montpellier est coupée."),
            ["Nîmes", "Montpellier"]
        );
        assert_eq!(
            names("Un séisme a frappé la ville de Port-au-Prince."),
            ["Port-au-Prince"]
        );
    }

    /// Towns the GeoNames list lacks, added by hand (Cité Soleil, Hawija),
    /// and French spellings of towns it has (Pétion-Ville, Khan Cheikhoun),
    /// each in its own country whatever country the text named before.
    #[test]
    fn hand_listed_towns_and_french_spellings() {
        let ps = places(
            "En Crimée, deux morts. À Hawija, trois morts. Des tirs à Cité Soleil et à \
             Pétion-Ville. À Khan Cheikhoun, un mort.",
        );
        assert_eq!(find(&ps, "Hawija").unwrap().2.as_deref(), Some("IQ"));
        assert_eq!(find(&ps, "Cité Soleil").unwrap().2.as_deref(), Some("HT"));
        assert_eq!(find(&ps, "Pétion-Ville").unwrap().2.as_deref(), Some("HT"));
        assert_eq!(
            find(&ps, "Khan Cheikhoun").unwrap().2.as_deref(),
            Some("SY")
        );
        let ps = places(
            "Les gangs ont attaqué Tabarre et Martissant. Les shebab ont pris Jowhar. \
             Un glissement de terrain à Hpakant. Une avalanche a frappé Courmayeur.",
        );
        for (name, cc) in [
            ("Tabarre", "HT"),
            ("Martissant", "HT"),
            ("Jowhar", "SO"),
            ("Hpakant", "MM"),
            ("Courmayeur", "IT"),
        ] {
            assert_eq!(find(&ps, name).unwrap().2.as_deref(), Some(cc), "{name}");
        }
    }

    /// Two countries joined by a hyphen are two places without a noun of a
    /// link before them, in capitals too (a brief's tag, written as a
    /// name); two towns are not, and a country's own hyphenated name stays
    /// one.
    #[test]
    fn two_countries_joined_by_a_hyphen() {
        assert_eq!(
            names("Les relations Vietnam-Chine se tendent."),
            ["Vietnam", "Chine"]
        );
        assert_eq!(
            names("VIETNAM-CHINE. Le ministre est arrivé."),
            ["Vietnam", "Chine"]
        );
        assert_eq!(names("La Guinée-Bissau vote."), ["Guinée-Bissau"]);
        assert_eq!(title_case("SANTIAGO DU CHILI"), "Santiago du Chili");
        assert_eq!(title_case("DEIR EL-BALAH"), "Deir el-Balah");
        assert_eq!(title_case("CÔTE D'IVOIRE"), "Côte d'Ivoire");
        assert!(names("Le club Paris-Lyon a gagné.").is_empty());
        assert!(!names("Le match Italie-Serbie a été arrêté.").contains(&"Italie".to_string()));
    }

    /// A place the gazetteer lacks takes the country told right after it
    /// as where it lies, before a country named earlier in its sentence.
    #[test]
    fn an_unknown_place_lies_where_the_apposition_says() {
        let p = places(
            "Une frappe de la coalition menée par l'Arabie saoudite a touché un mariage dans \
             la province de Hajja, dans le nord-ouest du Yémen.",
        );
        let hajja = p.iter().find(|x| x.1 == "Hajja").unwrap();
        assert_eq!(hajja.2.as_deref(), Some("YE"));
    }

    /// A name the gazetteer lacks that an apposition calls a settlement is
    /// a place, whatever stands before it; not the tail of a longer name,
    /// nor a name before a clause opened by a definite designator with its
    /// own complement.
    #[test]
    fn an_apposed_settlement_is_a_place() {
        assert!(
            names("Des pêcheurs de Guet-Ndar, le grand quartier de pêcheurs, ont aidé.")
                .contains(&"Guet-Ndar".to_string())
        );
        assert_eq!(
            names("Les habitants de Kouakourou, une localité isolée, ont fui."),
            ["Kouakourou"]
        );
        assert!(
            names("Après l'affaire Troadec, la commune d'Orvault est calme.")
                .iter()
                .all(|n| n != "Troadec")
        );
        assert!(
            names("Ils ont fui Deraa al-Balad, le quartier sud.")
                .iter()
                .all(|n| n != "al-Balad" && n != "Balad")
        );
        assert!(names("Le maire, Jean Dupont, le grand ami du village, a parlé.").is_empty());
    }

    /// An Arabic article glued to a name continues a place's name: "le
    /// village de Wad al-Noura" is one unknown place, not the known word
    /// "Wad"; a known longer name stays ("Wad Madani").
    #[test]
    fn an_arabic_article_continues_a_name() {
        assert_eq!(
            names("Une attaque contre le village de Wad al-Noura a fait 80 morts."),
            ["Wad al-Noura"]
        );
        assert_eq!(names("Il est né à Wad Madani."), ["Wad Madani"]);
    }

    /// A known organisation's one-word name is no other language's name of
    /// a town ("Hamas" is an alternate name of Hamm); a place's own or French
    /// name stays a place.
    #[test]
    fn an_organisation_is_no_foreign_name_of_a_town() {
        assert!(names("Le chef du bureau politique du Hamas a été tué.").is_empty());
        assert_eq!(names("Il a été tué à Hamm."), ["Hamm"]);
    }

    /// A city's name in capitals opens an agency's dateline, however short
    /// ("ALEP, 3 mars (AFP) -", "GAO (Mali), …"), and is printed as the
    /// gazetteer writes it; elsewhere a short word in capitals is an
    /// acronym ("l'association ALEP (Paris)").
    #[test]
    fn capitals_of_a_dateline_are_a_city() {
        assert_eq!(
            names("ALEP, 3 mars 2020 (AFP) - Douze civils ont été tués."),
            ["Alep"]
        );
        assert_eq!(
            names("BESANÇON (AFP) - Un incendie a eu lieu."),
            ["Besançon"]
        );
        assert_eq!(names("L'association ALEP (Paris) proteste."), ["Paris"]);
    }

    /// The agency in brackets after a dateline's date is no place, though
    /// a town bears its name ("Xinhua", in China); a place in brackets
    /// after the dateline's city is one.
    #[test]
    fn an_agency_of_a_dateline_is_no_place() {
        assert_eq!(
            names(
                "Chine : une explosion dans une mine\n\nGUIYANG, 25 mars 2019 (Xinhua) -- \
                 Onze mineurs ont été tués en Chine."
            ),
            ["Chine", "Guiyang", "Chine"]
        );
        assert_eq!(
            names("HERAT (Afghanistan) - Douze civils ont été tués."),
            ["Hérat", "Afghanistan"]
        );
    }

    /// A first name and a name after a place start a person's name: the
    /// place ends before them ("le maire de la ville de Lyon Grégory
    /// Doucet"); a first name that is also a place does not ("Victor Del
    /// Corral"), nor a demonym ("l'autre Suisse Emma Bilham").
    #[test]
    fn a_place_ends_before_a_persons_name() {
        assert_eq!(
            names("Le maire de la ville de Lyon Grégory Doucet a parlé."),
            ["Lyon"]
        );
        assert_eq!(
            names("Le président de la région Bretagne Pierre Karleskind a parlé."),
            ["Bretagne"]
        );
        assert!(names("L'Espagnol Victor Del Corral a gagné.").is_empty());
        assert!(names("Elle devance l'autre Suisse Emma Bilham.").is_empty());
    }

    /// The country whose embassy or consulate it is is not a place of the
    /// text; the city where the building stands is.
    #[test]
    fn embassies_belong_to_their_country() {
        assert_eq!(
            names("L'ambassade de France à Ouagadougou et le consulat du Mali ont été attaqués."),
            ["Ouagadougou"]
        );
        assert_eq!(
            names("L'ambassadrice des États-Unis est arrivée en France."),
            ["États-Unis", "France"]
        );
    }

    fn find<'a>(
        ps: &'a [(String, String, Option<String>)],
        text: &str,
    ) -> Option<&'a (String, String, Option<String>)> {
        ps.iter().find(|p| p.0 == text)
    }

    #[test]
    fn countries_and_cities_with_french_names() {
        let ps = places(
            "Des manifestations ont eu lieu à Moscou, à Pékin et à Londres, puis en Côte d’Ivoire.",
        );
        assert_eq!(find(&ps, "Moscou").unwrap().2.as_deref(), Some("RU"));
        assert_eq!(find(&ps, "Pékin").unwrap().2.as_deref(), Some("CN"));
        assert_eq!(find(&ps, "Londres").unwrap().2.as_deref(), Some("GB"));
        assert_eq!(find(&ps, "Côte d’Ivoire").unwrap().2.as_deref(), Some("CI"));
    }

    #[test]
    fn offsets_are_characters() {
        let doc = Document::parse("Été chaud à Bogotá et à Nur-Sultan.");
        let ps = extract(&doc);
        let chars: Vec<char> = doc.text.chars().collect();
        for p in &ps {
            let s: String = chars[p.start..p.end].iter().collect();
            assert_eq!(s, p.text);
        }
        assert_eq!(ps.len(), 2);
        assert_eq!(ps[1].name, "Nur-Sultan");
        assert_eq!(ps[1].country.as_deref(), Some("KZ"));
        assert_eq!(ps[1].kind, PlaceKind::City);
        assert!(ps[1].lat.is_some());
    }

    #[test]
    fn aliases_print_the_canonical_name() {
        let ps = places("L'armée de la RDC et les États-Unis d'Amérique ont signé à Moskva.");
        assert_eq!(
            find(&ps, "RDC").unwrap().1,
            "République démocratique du Congo"
        );
        assert_eq!(find(&ps, "États-Unis d'Amérique").unwrap().1, "États-Unis");
        assert_eq!(find(&ps, "Moskva").unwrap().1, "Moscou");
    }

    #[test]
    fn french_variants_are_kept_as_written() {
        assert_eq!(names("La junte de Birmanie."), vec!["Birmanie"]);
        assert_eq!(names("Le Myanmar a voté."), vec!["Myanmar"]);
        assert_eq!(names("Il est né à Nour-Soultan."), vec!["Nour-Soultan"]);
    }

    #[test]
    fn nationalities_are_not_places() {
        assert!(places("Des soldats maliens et un journaliste Malien.").is_empty());
        assert_eq!(names("Des soldats maliens au Mali."), vec!["Mali"]);
    }

    #[test]
    fn longer_names_are_not_places() {
        assert!(places("Une photo de Paris Hilton circule.").is_empty());
        assert!(places("Selon le Washington Post, rien.").is_empty());
        assert!(places("Une interview de Jordan Bardella.").is_empty());
        assert!(places("Il a perdu face à Roman Reigns.").is_empty());
        assert!(places("La ministre Florence Parly a parlé.").is_empty());
    }

    /// An unknown place takes the country of the places told with it, not
    /// of a journey's other end after it ("partie de Mauritanie", "en
    /// direction du Yémen").
    #[test]
    fn an_unknown_place_is_not_of_a_journeys_other_end() {
        let p = places(
            "Madrid fait face à des arrivées record. Dimanche, deux hommes sont morts au \
             port de la commune de Tazacorte, où une embarcation partie de Mauritanie avait \
             accosté.",
        );
        assert_eq!(
            find(&p, "Tazacorte").and_then(|x| x.2.clone()).as_deref(),
            Some("ES"),
            "{p:?}"
        );
        let p = places(
            "Un naufrage a eu lieu au large de Djibouti. Le bateau, parti de la commune de \
             Godoria en direction du Yémen, a chaviré.",
        );
        assert_eq!(
            find(&p, "Godoria").and_then(|x| x.2.clone()).as_deref(),
            Some("DJ"),
            "{p:?}"
        );
    }

    /// "Boni", a name of Bonn that is also a French word, in a dispatch
    /// from Mali that never names Germany: a village of Mali the gazetteer
    /// does not know, not Bonn.
    #[test]
    fn a_foreign_towns_other_name_in_a_story_elsewhere() {
        let p =
            places("Au Mali, des jihadistes ont attaqué jeudi un convoi à Boni, près de Douentza.");
        let boni = find(&p, "Boni").map(|x| x.2.clone());
        assert_ne!(boni, Some(Some("DE".to_string())), "{p:?}");
        // (The town itself where its country is named.)
        let p = places("En Allemagne, une manifestation a eu lieu à Boni.");
        assert_eq!(
            find(&p, "Boni").and_then(|x| x.2.clone()).as_deref(),
            Some("DE"),
            "{p:?}"
        );
    }

    /// Burma's states after their designator in capitals ("l'État
    /// Rakhine"); "l'État islamique" is no place.
    #[test]
    fn a_state_named_after_its_designator() {
        assert_eq!(
            names("Les combats se poursuivent dans l'État Rakhine."),
            ["Rakhine"]
        );
        assert_eq!(
            names("Des heurts dans l'État Kachin, dans le nord."),
            ["Kachin"]
        );
        assert!(names("L'État Islamique a revendiqué l'attaque.").is_empty());
    }

    /// The French names of a country that the press uses side by side are
    /// printed as written, each with the country's code.
    #[test]
    fn a_countrys_french_names_as_written() {
        let ps = places("Violences dans les Territoires palestiniens. La Palestine a protesté.");
        assert_eq!(
            ps.iter()
                .map(|p| (p.1.as_str(), p.2.as_deref()))
                .collect::<Vec<_>>(),
            [
                ("Territoires palestiniens", Some("PS")),
                ("Palestine", Some("PS"))
            ]
        );
    }

    /// A French short form that begins a city's name ("Rio") is that
    /// city, under its whole name; a longer name it begins is its own.
    #[test]
    fn a_short_form_is_the_whole_city() {
        assert_eq!(
            names("Trois morts à Rio dimanche. À Rio de Janeiro, la police enquête."),
            ["Rio de Janeiro", "Rio de Janeiro"]
        );
        assert_eq!(names("Le Rio Grande déborde."), ["Rio Grande"]);
    }

    #[test]
    fn place_inside_an_organisation_name() {
        let ps =
            places("Le Parlement de Londres a voté. Devant la Grande Mosquée de Valence, rien.");
        assert!(find(&ps, "Londres").is_some());
        assert!(find(&ps, "Valence").is_some());
    }

    #[test]
    fn homonyms_follow_the_document() {
        // A town of the country the text names, unless it is far smaller.
        let ps = places("En Belgique, un blessé a été transporté à l'hôpital de Lille.");
        assert_eq!(find(&ps, "Lille").unwrap().2.as_deref(), Some("FR"));
        let ps = places("Au Liban, des heurts à Tripoli.");
        assert_eq!(find(&ps, "Tripoli").unwrap().2.as_deref(), Some("LB"));
        let ps = places("Attaque à Valence (Drôme), en France.");
        assert_eq!(find(&ps, "Valence").unwrap().2.as_deref(), Some("FR"));
        let ps = places("En Espagne, un match à Valence a été annulé.");
        assert_eq!(find(&ps, "Valence").unwrap().2.as_deref(), Some("ES"));
        let ps = places("Un attentat à Paris a fait deux morts.");
        assert_eq!(find(&ps, "Paris").unwrap().2.as_deref(), Some("FR"));
        // A country most of the text's places are in, by a margin, weighs
        // more: a Swiss brief's "Saint-Maurice" is the Valais's, not the
        // larger one near Paris.
        let ps = places(
            "Suisse romande : la journée. Un car s'est couché sur l'autoroute A9 entre \
             Martigny et Saint-Maurice. Un incendie dans le quartier de Bellevaux, à \
             Lausanne. Une rixe aux Pâquis, à Genève.",
        );
        assert_eq!(find(&ps, "Saint-Maurice").unwrap().2.as_deref(), Some("CH"));
        assert_eq!(find(&ps, "Bellevaux").unwrap().2.as_deref(), Some("CH"));
    }

    #[test]
    fn common_words_need_a_preposition() {
        assert!(places("Orange a annoncé des bénéfices.").is_empty());
        assert!(places("L'opérateur Orange a annoncé des bénéfices.").is_empty());
        let ps = places("Un camion a foncé sur la foule à Nice.");
        assert_eq!(find(&ps, "Nice").unwrap().2.as_deref(), Some("FR"));
        let ps = places("Le théâtre antique d'Orange est fermé. Il est à Orange.");
        assert!(find(&ps, "Orange").is_some());
    }

    #[test]
    fn small_communes_need_context() {
        // Louvigny (Calvados) has about two thousand inhabitants.
        let ps = places("Un train a déraillé à hauteur de Louvigny.");
        assert_eq!(find(&ps, "Louvigny").unwrap().2.as_deref(), Some("FR"));
        let ps = places("Un train a déraillé à Louvigny.");
        assert_eq!(find(&ps, "Louvigny").unwrap().2.as_deref(), Some("FR"));
        assert!(places("Le train Louvigny déraille.").is_empty());
        // Unknown to the gazetteer, but the sentence says it is a place.
        let ps = places("Un accident à Bramans, en Savoie, a fait un blessé.");
        assert_eq!(find(&ps, "Bramans").unwrap().2.as_deref(), Some("FR"));
        let ps = places("Des barrages à Dions (Gard) et à Tarascon.");
        assert_eq!(find(&ps, "Dions").unwrap().2.as_deref(), Some("FR"));
        let ps = places("Les otages ont été enlevés à Chibok, un village du Nigeria.");
        assert_eq!(find(&ps, "Chibok").unwrap().2.as_deref(), Some("NG"));
        // "le chef-lieu", "la capitale provinciale" name a town too.
        let ps = places("Ils ont fui à Gorom-Gorom, le chef-lieu de la province, au Burkina Faso.");
        assert_eq!(find(&ps, "Gorom-Gorom").unwrap().2.as_deref(), Some("BF"));
        let ps = places(
            "Des centaines d'habitants ont fui à Wabag, la capitale provinciale, en Papouasie-Nouvelle-Guinée.",
        );
        assert!(find(&ps, "Wabag").is_some());
    }

    #[test]
    fn streets_motorways_and_landmarks() {
        let ps = places(
            "Un rassemblement place de la République puis rue de Rivoli, et un accident sur l'A7.",
        );
        assert!(find(&ps, "place de la République").is_some());
        assert!(find(&ps, "rue de Rivoli").is_some());
        assert!(find(&ps, "A7").is_some());
        assert!(places("Un Airbus A380 a atterri.").is_empty());
        assert!(places("Il a parlé à la place de Macron.").is_empty());
        let ps = places("Un homme a été tué près de la place Saint-Lambert à Liège.");
        assert!(find(&ps, "place Saint-Lambert").is_some(), "{ps:?}");
        // A street named after a country or a region is that street, in
        // the town's country; an island so named is the island.
        let ps = places("À Paris, des heurts place d'Italie et rue de Bretagne.");
        assert_eq!(
            find(&ps, "place d'Italie").unwrap().2.as_deref(),
            Some("FR")
        );
        assert!(find(&ps, "rue de Bretagne").is_some());
        assert!(find(&ps, "Italie").is_none() && find(&ps, "Bretagne").is_none());
        assert!(find(&places("Un séisme sur l'île de Java."), "Java").is_some());
        // A building named after a saint or a person names no place; one
        // "de" a town does.
        assert_eq!(
            names(
                "Une explosion dans l'église Saint-Georges à Tanta, puis devant la cathédrale de Strasbourg."
            ),
            vec!["Tanta", "Strasbourg"]
        );
        let n = names("La course arrive sur les Champs-Élysées, au Mans et au Caire.");
        assert_eq!(n, vec!["Champs-Élysées", "Le Mans", "Le Caire"]);
    }

    #[test]
    fn people_and_events_are_not_places() {
        assert!(places("Le président Obama et M. Hollande ont parlé.").is_empty());
        // The country of a championship is still a place mention, not that
        // of a race or a bank.
        assert_eq!(
            names("Il a gagné le Tour de France et le championnat d'Europe."),
            vec!["Europe"]
        );
        assert!(places("La Banque de France et Météo France.").is_empty());
        // Another name of a place that is a word ("Tour" for Tours) needs a
        // preposition of place, not "du".
        assert!(places("Il a fini deuxième du Tour en 1969.").is_empty());
        assert_eq!(names("Il habite à Tours."), vec!["Tours"]);
        assert!(places("Il travaille pour France 2 et la Croix-Rouge.").is_empty());
        assert!(places("Le débat a été diffusé sur France 2 lundi.").is_empty());
        // A count after a place its preposition opens: the place stays.
        assert_eq!(
            names("L'UNICEF a acheminé depuis Lubumbashi 12 tonnes de chlore."),
            vec!["Lubumbashi"]
        );
        assert_eq!(
            names("La fraude coûte chaque année en France 60 milliards d'euros."),
            vec!["France"]
        );
        // A country inside a name is still a place mention.
        assert_eq!(
            names("Le président des États-Unis Donald Trump."),
            vec!["États-Unis"]
        );
    }

    #[test]
    fn departements_in_brackets_and_headline_topics() {
        let ps = places("Des manifestants à Caen (Calvados) et à Amiens (Somme).");
        assert_eq!(find(&ps, "Calvados").unwrap().2.as_deref(), Some("FR"));
        assert_eq!(find(&ps, "Somme").unwrap().2.as_deref(), Some("FR"));
        let ps = places("Tours : la mairie évacuée\n\nLes Tours de contrôle restent ouvertes.");
        assert_eq!(ps.len(), 1);
        assert_eq!(ps[0].1, "Tours");
        // A department named after a river, after its article.
        let ps = places("Des crues dans le Var et dans l'Aube.");
        assert_eq!(find(&ps, "Var").unwrap().2.as_deref(), Some("FR"));
        assert_eq!(find(&ps, "Aube").unwrap().2.as_deref(), Some("FR"));
        assert!(places("Ils ont rejoint la Marche pour le climat.").is_empty());
    }

    /// The Rhône is the département, in France ("dans le Rhône", a commune
    /// with "(Rhône)" after it); a valley named like a French département
    /// is the river's valley, whole ("la vallée du Rhône", "de la Marne"),
    /// while one named like a region elsewhere is that region.
    #[test]
    fn the_rhone_and_the_valleys_of_departements() {
        let ps = places("Un accident a fait deux morts à Feyzin (Rhône), dans le Rhône.");
        assert_eq!(find(&ps, "Feyzin").unwrap().2.as_deref(), Some("FR"));
        assert_eq!(find(&ps, "Rhône").unwrap().2.as_deref(), Some("FR"));
        let n = names("Il fera 40 °C dans la vallée du Rhône et dans la vallée de la Marne.");
        assert!(n.contains(&"vallée du Rhône".to_string()), "{n:?}");
        assert!(n.contains(&"vallée de la Marne".to_string()), "{n:?}");
        assert!(!n.contains(&"Rhône".to_string()), "{n:?}");
        let n = names("Des pluies sur la vallée du Cachemire.");
        assert_eq!(n, vec!["Cachemire"]);
    }

    /// A name unknown to the gazetteer, after "de" or "et", with a French
    /// département or region in brackets, is a commune there; not a
    /// person's name from there, nor the end of a longer name.
    #[test]
    fn an_unknown_commune_before_its_departement_in_brackets() {
        let ps = places("Un car venant du centre de vacances de Chamaloc (Drôme) a versé.");
        assert_eq!(find(&ps, "Chamaloc").unwrap().2.as_deref(), Some("FR"));
        let ps = places("Le radar de Renty (Pas-de-Calais) a été tagué.");
        assert!(find(&ps, "Renty").is_some(), "{ps:?}");
        let ps = places("Les dépôts de Coignières (Yvelines) et Feyzin (Isère) sont filtrés.");
        assert!(find(&ps, "Feyzin").is_some(), "{ps:?}");
        let ps = places("Le témoignage de Jacline Mouraud (Bretagne) a circulé.");
        assert!(find(&ps, "Jacline Mouraud").is_none(), "{ps:?}");
        let ps = places("Des lynx relâchés à Villard d'Heria (Jura).");
        assert!(find(&ps, "Heria").is_none(), "{ps:?}");
        let ps = places("Une avalanche sur le mont Blanc du Tacul (Haute-Savoie).");
        assert!(find(&ps, "Tacul").is_none(), "{ps:?}");
        // A town abroad, its country in brackets: only after "à".
        let ps = places("Le témoignage de Reina Gansu (Bénin) a été lu.");
        assert!(find(&ps, "Reina Gansu").is_none(), "{ps:?}");
    }

    #[test]
    fn lists_of_places_and_motorways() {
        let n = names("Les péages de La Ciotat et Bandol, puis les autoroutes A7, A8 et A9.");
        assert_eq!(n, vec!["La Ciotat", "Bandol", "A7", "A8", "A9"]);
    }

    /// One unknown name after "à" that ends its clause is a town; not the
    /// one told or given to ("a confié à Reuters", "similaire à
    /// Snapchat"), a first name, a known organisation or Matignon.
    #[test]
    fn an_unknown_name_after_a_at_a_clause_end() {
        assert_eq!(
            names("Un canyoneur est toujours porté disparu à Salazie."),
            vec!["Salazie"]
        );
        // (A sector's name is a place too: "le secteur du Mont-Fort".)
        assert_eq!(
            names("Le drame s'est produit dans le secteur du Trou de Fer, à Salazie, dimanche."),
            vec!["Trou de Fer", "Salazie"]
        );
        for t in [
            "Le ministère a confirmé à Reuters ce jeudi.",
            "Il a lancé un service similaire à Snapchat, sans succès.",
            "Il sera reçu mardi à Matignon.",
            "Le maire a écrit à Karim.",
        ] {
            assert!(names(t).is_empty(), "{t}: {:?}", names(t));
        }
    }

    /// A first name that is only another name of a town elsewhere is the
    /// person ("raconte Nadia", not Deesa in India), unless a place
    /// preposition says otherwise.
    #[test]
    fn first_names_that_are_old_names_of_towns() {
        assert!(names("« Le souffle a été ressenti », raconte Nadia, une riveraine.").is_empty());
    }

    /// A county keeps its designator ("le comté d'Orange" is not Orange);
    /// a federated state is named as the state ("l'État de Borno" is
    /// Borno, "l'État de Kaduna" Kaduna, as atlases and ACLED write them).
    #[test]
    fn designators_that_belong_to_the_name() {
        let n = names("Maiduguri, dans l'État de Borno, et le comté d'Orange, en Floride.");
        assert!(n.contains(&"Borno".to_string()), "{n:?}");
        assert!(n.contains(&"comté d'Orange".to_string()), "{n:?}");
        let n = names("Des élèves ont été enlevés dans l'État de Kaduna.");
        assert_eq!(n, vec!["Kaduna"]);
        // The state, not a city of the same name elsewhere.
        let p = places("La police de l'État de Victoria a été alertée.");
        assert_eq!(p[0].2.as_deref(), Some("AU"), "{p:?}");
    }

    /// "la commune de X" names a small unit: a large town of that name in
    /// a country the document never names is not it; the village takes
    /// the document's country.
    #[test]
    fn spanish_compound_names_and_vietnamese_provinces() {
        let ps = places(
            "Trois suspects ont été arrêtés à Ajuchitlán del Progreso, après l'embuscade \
             près de Coyuca de Catalán, dans l'État de Guerrero.",
        );
        let found: Vec<(&str, Option<&str>)> = ps
            .iter()
            .map(|(_, n, c)| (n.as_str(), c.as_deref()))
            .collect();
        assert_eq!(
            found,
            vec![
                ("Ajuchitlán del Progreso", Some("MX")),
                ("Coyuca de Catalán", Some("MX")),
                ("Guerrero", Some("MX"))
            ]
        );
        // Not a known place after "de" ("la Presqu'île de Caen"), nor a
        // French town before another ("de Lyon de Marseille").
        assert_eq!(
            names("Il est arrivé à Lyon de Marseille."),
            vec!["Lyon", "Marseille"]
        );
        // Provinces of Vietnam as the press writes them, without marks.
        assert_eq!(
            places("Des crues à Quang Binh et Thua Thien-Hue, au Vietnam."),
            vec![
                ("Quang Binh".into(), "Quang Binh".into(), Some("VN".into())),
                (
                    "Thua Thien-Hue".into(),
                    "Thua Thien-Hue".into(),
                    Some("VN".into())
                ),
                ("Vietnam".into(), "Vietnam".into(), Some("VN".into()))
            ]
        );
    }

    /// Arabic compound names: one named in a unit after an Arabic
    /// article ("Maarat al-Nouman, dans la province d'Idleb"), a camp's
    /// name after its complement's adjective ("le camp de réfugiés
    /// palestiniens d'Aïn el-Héloué", whose first word is also the Ain);
    /// the second of a designator's pair opening on a first name ("les
    /// communes d'Imzouren et de Beni Bouayach"); Saïda in Lebanon.
    #[test]
    fn arabic_compound_names() {
        let found = |text: &str| -> Vec<(String, Option<String>)> {
            extract(&Document::parse(text))
                .into_iter()
                .map(|p| (p.name, p.country))
                .collect()
        };
        let has = |ps: &[(String, Option<String>)], name: &str, cc: &str| {
            ps.iter()
                .any(|(n, c)| n == name && c.as_deref() == Some(cc))
        };
        let ps = found(
            "Des frappes sur Kafr Batikh al-Charqi, dans la province d'Idleb, ont tué 9 civils.",
        );
        assert!(has(&ps, "Kafr Batikh al-Charqi", "SY"), "{ps:?}");
        let ps = found(
            "Des tirs ont éclaté dans le camp de réfugiés palestiniens d'Aïn el-Héloué, près de \
             Saïda, dans le sud du Liban.",
        );
        assert!(has(&ps, "Aïn el-Héloué", "LB"), "{ps:?}");
        assert!(has(&ps, "Saïda", "LB"), "{ps:?}");
        let ps =
            found("Le séisme a frappé les communes de Taounate et de Youssef Amrani, au Maroc.");
        assert!(ps.iter().any(|(n, _)| n == "Youssef Amrani"), "{ps:?}");
    }

    /// A designator qualified by the language spoken there: "la région
    /// anglophone du Nord-Ouest" (of Cameroon).
    #[test]
    fn a_region_qualified_by_its_language() {
        let doc = Document::parse(
            "Cameroun : des élèves enlevés\n\nDes élèves d'un collège de Kumbo, dans la région \
             anglophone du Nord-Ouest, ont été enlevés.",
        );
        let ps = extract(&doc);
        assert!(
            ps.iter()
                .any(|p| p.name == "Nord-Ouest" && p.country.as_deref() == Some("CM")),
            "{ps:?}"
        );
    }

    /// A housing estate, named with its designator when its name is a
    /// plural noun ("la cité des Flamants"; "la cité de la Busserine" is
    /// the Busserine); not a town's byname ("la cité des Doges").
    #[test]
    fn housing_estates_keep_their_designator() {
        let ps = places(
            "Un homme a été tué dans la cité des Flamants, à Marseille. Un autre à la cité \
             de la Busserine.",
        );
        assert!(ps.iter().any(|p| p.1 == "cité des Flamants"), "{ps:?}");
        assert!(ps.iter().any(|p| p.1 == "Busserine"), "{ps:?}");
        assert!(
            !names("Il a été interpellé dans la cité des Doges.")
                .iter()
                .any(|n| n.contains("Doges"))
        );
    }

    /// A region named by a point of the compass after its designator and
    /// article ("la région de l'Est", "le département de l'Ouest"), and
    /// the second of two after "et du"; not a point of the compass alone.
    #[test]
    fn regions_named_by_points_of_the_compass() {
        let ps = places(
            "Au Burkina Faso, Tanwalbougou, dans la région de l'Est, a été visée. Au Cameroun, \
             les régions du Nord-Ouest et du Sud-Ouest.",
        );
        assert!(
            ps.contains(&("Est".into(), "Est".into(), Some("BF".into()))),
            "{ps:?}"
        );
        assert!(ps.contains(&("Sud-Ouest".into(), "Sud-Ouest".into(), Some("CM".into()))));
        let ps = places("En Haïti, à Petit-Goâve, dans le département de l'Ouest, un mort.");
        assert!(ps.contains(&("Ouest".into(), "Ouest".into(), Some("HT".into()))));
        assert!(names("Au Cameroun, les gens du nord et du sud, et ceux de l'Est.").len() == 1);
        assert!(names("Le procureur de l'arrondissement de l'Est vaudois a parlé.").is_empty());
    }

    /// After a designator, a known name with more capitalised words is the
    /// start of a longer name ("la commune de Larbaâ Nath Irathen"), no
    /// town and a person after it; not a known name before its region's
    /// point of the compass.
    #[test]
    fn a_known_name_opening_a_longer_one() {
        let ps = names("Les pompiers, dans la commune de Larbaâ Nath Irathen, en Algérie.");
        assert!(ps.contains(&"Larbaâ Nath Irathen".to_string()), "{ps:?}");
        assert!(!ps.contains(&"Larbaâ".to_string()), "{ps:?}");
        let ps = names("Un pont s'est effondré dans la commune de Larbaâ, en Algérie.");
        assert!(ps.contains(&"Larbaâ".to_string()), "{ps:?}");
    }

    /// A "secteur" names a place: the Congo's (a territory's part) and a
    /// town's area, of the document's own country when the gazetteer
    /// knows the name only abroad.
    #[test]
    fn a_secteur_is_a_place() {
        let ps = places(
            "Selon la société civile du secteur de Beni-Mbau, au Nord-Kivu, la nuit a été calme.",
        );
        assert!(
            ps.iter()
                .any(|p| p.1 == "Beni-Mbau" && p.2.as_deref() == Some("CD")),
            "{ps:?}"
        );
        let ps = places(
            "Toulouse : violences\n\nTOULOUSE. Des jeunes ont visé les policiers dans le secteur de Bellefontaine.",
        );
        assert!(
            ps.iter()
                .any(|p| p.1 == "Bellefontaine" && p.2.as_deref() == Some("FR")),
            "{ps:?}"
        );
        assert!(names("Le secteur de la santé est touché.").is_empty());
    }

    /// A unit whose name has its article ("le département de la Mezam");
    /// not a government's department ("le département de l'Agriculture",
    /// "de la Justice").
    #[test]
    fn units_named_with_their_article() {
        let ps = places("Bafut, dans le département de la Mezam, au Cameroun, a été visée.");
        assert!(
            ps.contains(&("Mezam".into(), "Mezam".into(), Some("CM".into()))),
            "{ps:?}"
        );
        assert!(names("Le département de l'Agriculture a publié un rapport.").is_empty());
        assert!(names("Le département de la Justice a ouvert une enquête.").is_empty());
    }

    #[test]
    fn a_commune_is_not_a_foreign_homonym() {
        let doc = Document::parse(
            "Haïti : pluies meurtrières\n\nLes pluies ont frappé Jérémie et Port-au-Prince. \
             Une coulée de boue a enseveli des maisons dans la commune de Moron.",
        );
        let ps = extract(&doc);
        let m = ps.iter().find(|p| p.text == "Moron").unwrap();
        assert_eq!(m.country.as_deref(), Some("HT"), "{m:?}");
        assert!(m.lat.is_none());
        // So is a neighbourhood: "le quartier de Bellevue" in a French town.
        let doc = Document::parse(
            "Explosion à Saint-Étienne\n\nUn immeuble s'est effondré dans le quartier de \
             Bellevue, à Saint-Étienne, dans la Loire.",
        );
        let ps = extract(&doc);
        let m = ps.iter().find(|p| p.text == "Bellevue").unwrap();
        assert_eq!(m.country.as_deref(), Some("FR"), "{m:?}");
        // A tribe of New Caledonia named like a region of Senegal: each
        // mention, the headline's too, is the village.
        let doc = Document::parse(
            "Nouvelle-Calédonie : nuit de heurts à Saint-Louis\n\nDes jeunes ont affronté \
             les gendarmes au Mont-Dore, aux abords de la tribu de Saint-Louis, près de Nouméa.",
        );
        let ps = extract(&doc);
        let louis: Vec<_> = ps.iter().filter(|p| p.text == "Saint-Louis").collect();
        assert_eq!(louis.len(), 2, "{ps:?}");
        assert!(
            louis
                .iter()
                .all(|m| m.country.as_deref() == Some("NC") && m.lat.is_none()),
            "{louis:?}"
        );
        // Where the document is in Senegal, the region stays.
        let doc = Document::parse(
            "Sénégal : des pêcheurs blessés\n\nDes heurts ont opposé à Kayar des pêcheurs \
             venus de Saint-Louis à ceux de Thiès.",
        );
        let m = extract(&doc)
            .into_iter()
            .find(|p| p.text == "Saint-Louis")
            .unwrap();
        assert_eq!(m.country.as_deref(), Some("SN"), "{m:?}");
        assert_eq!(m.kind, PlaceKind::Region, "{m:?}");
    }

    /// A saint's name completing a name ("les Sœurs missionnaires de
    /// Saint-Joseph") is not a town of a country the document never names;
    /// one where the grammar puts a place stays ("à Saint-Joseph").
    #[test]
    fn a_saints_name_in_a_name_is_no_foreign_town() {
        let text = "Haïti : des religieuses libérées\n\nSix religieuses des Sœurs \
                    missionnaires de Saint-Joseph ont été libérées à Kenscoff, près de \
                    Port-au-Prince.";
        let ps = extract(&Document::parse(text));
        assert!(ps.iter().all(|p| p.text != "Saint-Joseph"), "{ps:?}");
        let ps = extract(&Document::parse(
            "Haïti : pluies\n\nLes pluies ont frappé Kenscoff, Port-au-Prince et Jérémie. \
             Un homme est mort à Saint-Joseph.",
        ));
        assert!(ps.iter().any(|p| p.text == "Saint-Joseph"), "{ps:?}");
    }

    /// A town qualified by its region or country after it is that
    /// country's, at each of its mentions ("PARIS (Texas)" … "à Paris");
    /// a town abroad told with an article its name lacks, its country named
    /// nowhere, is an area of the document's country ("de la Vega Baja").
    #[test]
    fn towns_qualified_and_areas_with_an_article() {
        let country_of = |text: &str, name: &str| -> Vec<Option<String>> {
            places(text)
                .into_iter()
                .filter(|p| p.1 == name)
                .map(|p| p.2)
                .collect()
        };
        let cc = country_of(
            "PARIS (Texas), 3 mai 2024 (AFP) - Une tornade a fait trois morts à Paris, dans le \
             nord-est du Texas.",
            "Paris",
        );
        assert!(
            cc.len() == 2 && cc.iter().all(|c| c.as_deref() == Some("US")),
            "{cc:?}"
        );
        for (text, want) in [
            ("Un incendie a fait deux morts à Valence, en Espagne.", "ES"),
            ("Un incendie a fait deux morts à Valence (Drôme).", "FR"),
        ] {
            assert_eq!(
                country_of(text, "Valence"),
                [Some(want.to_string())],
                "{text}"
            );
        }
        let cc = country_of(
            "MADRID, 14 sept 2019 - La crue du Segura a chassé 3 500 habitants de la Vega Baja, \
             entre Orihuela et Almoradí, dans la province d'Alicante, en Espagne.",
            "Vega Baja",
        );
        assert_eq!(cc, [Some("ES".to_string())]);
    }

    /// Lagoons, ponds, gulfs and estuaries are named sites of the land
    /// ("la lagune du Mar Menor", "l'étang de Berre").
    #[test]
    fn lagoons_and_ponds() {
        let n = names(
            "Un homme a péri sur les rives de la lagune du Mar Menor. Deux pêcheurs ont disparu sur l'étang de Berre.",
        );
        assert_eq!(n, ["lagune du Mar Menor", "étang de Berre"]);
    }

    /// Lists whose items repeat "de" ("les quartiers de Kangemi et de
    /// Githurai"), names that open on an article ("le hameau de La Sage").
    #[test]
    fn unknown_places_with_de_repeated_and_articles() {
        let ps = places(
            "Des victimes dans les quartiers de Kangemi et de Githurai. Des chalets \
             des hameaux de La Forclaz et des Haudères sont détruits.",
        );
        for n in ["Kangemi", "Githurai", "La Forclaz", "Haudères"] {
            assert!(find(&ps, n).is_some(), "{n}: {ps:?}");
        }
        // Each item with its own "de" after a comma, and an article after
        // the last "et de".
        let ps = places(
            "Des voitures ont brûlé dans les quartiers du Neuhof, de Hautepierre et de l'Elsau.",
        );
        for n in ["Neuhof", "Hautepierre", "Elsau"] {
            assert!(find(&ps, n).is_some(), "{n}: {ps:?}");
        }
        // Indonesia's regencies.
        let ps = places("La coulée de boue a touché un hameau de la régence de Gowa.");
        assert!(find(&ps, "Gowa").is_some(), "{ps:?}");
    }

    /// What one is near, north of, mayor (bourgmestre, syndic) of or from
    /// is a place; so is a disaster's site ("l'accident de Sikilo"); never a first name.
    #[test]
    fn unknown_places_near_north_of_and_sites_of_disasters() {
        let ps = places(
            "Un agent est mort près d'Aïn Draham. Des habitants de Melloula ont fui. \
             Le camp est à 30 km de Gorom, au nord de Tinfagat. \
             Le drame rappelle l'accident de Sikilo.",
        );
        for n in ["Aïn Draham", "Melloula", "Gorom", "Tinfagat", "Sikilo"] {
            assert!(find(&ps, n).is_some(), "{n}: {ps:?}");
        }
        // Where a boat or a bus was bound: "à destination de Poto Tano".
        let ps = places("Le ferry avait quitté le port à destination de Poto Tano.");
        assert!(find(&ps, "Poto Tano").is_some(), "{ps:?}");
        let ps = places("Il s'est assis près de Marc. Son nom est de Villepin.");
        assert!(ps.is_empty(), "{ps:?}");
        // A Belgian or Swiss mayor's commune.
        let ps = places(
            "Le bourgmestre de Quévy a réclamé une enquête. Le syndic de Bagnes était présent.",
        );
        for n in ["Quévy", "Bagnes"] {
            assert!(find(&ps, n).is_some(), "{n}: {ps:?}");
        }
        let ps = places("Le bourgmestre de Marc Dupont a parlé.");
        assert!(ps.is_empty(), "{ps:?}");
    }

    /// The other end of a stretch ("entre Vic-sur-Cère et Thiézac"), the
    /// ends of a road ("reliant Arbinda à Djibo"), a
    /// village of an industrial zone ("zoning industriel de Feluy"), what a
    /// river passes ("en aval de Saint-Pierremont"); not a pair of persons.
    #[test]
    fn stretches_zones_and_river_reaches() {
        let ps = places(
            "Un éboulement entre Vic-sur-Cère et Thiézac. Une explosion dans le zoning \
             industriel de Feluy. Un corps a été retrouvé en aval de Saint-Pierremont.",
        );
        for n in ["Thiézac", "Feluy", "Saint-Pierremont"] {
            assert!(find(&ps, n).is_some(), "{n}: {ps:?}");
        }
        // The ends of a road ("l'axe reliant Arbinda à Djibo"), not a
        // person's name.
        let ps = places(
            "Une embuscade sur l'axe reliant Arbinda à Djibo. La route qui relie Kanyabayonga à \
             Goma est coupée. Un pont reliant Marc à sa famille.",
        );
        for n in ["Arbinda", "Kanyabayonga"] {
            assert!(find(&ps, n).is_some(), "{n}: {ps:?}");
        }
        assert!(find(&ps, "Marc").is_none(), "{ps:?}");
        let ps = places("Un duel entre Marine Le Pen et Macron.");
        assert!(find(&ps, "Macron").is_none(), "{ps:?}");
    }

    /// A Portuguese, Spanish or Italian name longer than the town it opens
    /// ("Serra", "Santa Izabel" of Brazil) is that longer name; a town of
    /// a country the document never names, in a list a designator opens
    /// among its own towns, is one of the document's.
    #[test]
    fn longer_iberian_names_and_listed_towns() {
        let ps = places(
            "Au Portugal, les incendies ont ravagé la Serra da Estrela, près de Covilhã, \
             et les communes de Leiria, Pombal et Ourém.",
        );
        for (name, cc) in [
            ("Serra da Estrela", "PT"),
            ("Pombal", "PT"),
            ("Ourém", "PT"),
        ] {
            assert!(
                ps.iter().any(|p| p.1 == name && p.2.as_deref() == Some(cc)),
                "{name}: {ps:?}"
            );
        }
        assert!(ps.iter().all(|p| p.1 != "Serra"), "{ps:?}");
        assert_eq!(
            names("Une mutinerie a éclaté à Santa Izabel do Pará, près de Belém."),
            ["Santa Izabel do Pará", "Belém"]
        );
        assert_eq!(names("Il est né à Rio de Janeiro."), ["Rio de Janeiro"]);
    }

    /// Places the gazetteer lacks, by their shape or their neighbours: a
    /// point "au nord-est de" or "à hauteur de" one; a hyphenated name with
    /// a particle or a saint's after "à"; the second of a pair repeating
    /// the first's preposition; a quarter after its head word.
    #[test]
    fn unknown_places_by_shape_and_pairs() {
        let ps = places(
            "L'épicentre est au nord-est de Tafraout. Un carambolage à hauteur de Daussoulx. \
             Un homme est porté disparu à Saint-Joseph-de-Beauce. Un feu à Villeneuve-sur-Lot. \
             Une explosion à Gonfreville-l'Orcher (Seine-Maritime). Des frappes ont visé Beyrouth. Des habitants de Beyrouth et de Kfarkela ont fui. Des tirs à Aita el-Chaab. \
             Un incendie dans le quartier Villeray.",
        );
        for n in [
            "Tafraout",
            "Daussoulx",
            "Saint-Joseph-de-Beauce",
            "Villeneuve-sur-Lot",
            "Gonfreville-l'Orcher",
            "Kfarkela",
            "Aita el-Chaab",
            "Villeray",
        ] {
            assert!(find(&ps, n).is_some(), "{n}: {ps:?}");
        }
        // Not a person's hyphenated first name, a point of the compass, a
        // pair of persons, nor "est" as a verb.
        for t in [
            "Le prix a été remis à Jean-Pierre.",
            "Un incendie dans le quartier Nord.",
            "Il a parlé de Paris et de Karim.",
            "Son nom est de Villepin.",
        ] {
            assert!(
                places(t).iter().all(|p| p.1 != "Jean-Pierre"
                    && p.1 != "Nord"
                    && p.1 != "Karim"
                    && p.1 != "Villepin"),
                "{t}: {:?}",
                places(t)
            );
        }
    }

    /// A list after a plural designator and "dont"; the town a road leads
    /// to (not "la route de la Chalande", a road, nor "les routes du Sud");
    /// hills; a name followed by the unit it lies in.
    #[test]
    fn unknown_places_in_lists_roads_hills_and_units() {
        let ps = places(
            "Des hommes ont incendié onze villages, dont Hillat Nuri et Goz Baraka. \
             Ils ont été enlevés sur la route de Banibangou. Ils ont tiré depuis les collines \
             de Kibumba. Le rapt rappelait celui de Jangebe, dans l'État de Zamfara.",
        );
        for n in [
            "Hillat Nuri",
            "Goz Baraka",
            "Banibangou",
            "Kibumba",
            "Jangebe",
        ] {
            assert!(find(&ps, n).is_some(), "{n}: {ps:?}");
        }
        let ps = places("Il demeure route de la Chalande. Les routes du Sud sont coupées.");
        assert!(
            find(&ps, "Chalande").is_none() && find(&ps, "Sud").is_none(),
            "{ps:?}"
        );
        // A valley's head, a camping's town; a region that is also a word
        // after its article, in a dispatch naming its country; not a march.
        let ps = places(
            "En Suisse, des orages dans le val Verzasca. Des vacanciers d'un camping de \
             Lavertezzo ont été évacués. Vendredi, le Valais avait été touché.",
        );
        for n in ["val Verzasca", "Lavertezzo", "Valais"] {
            assert!(find(&ps, n).is_some(), "{n}: {ps:?}");
        }
        let ps = places("En Italie, la Marche pour le climat a réuni 25 000 personnes.");
        assert!(find(&ps, "Marche").is_none(), "{ps:?}");
        let ps = places("Onze écoles, dont Saint-Joseph et Notre-Dame, ont fermé.");
        assert!(find(&ps, "Notre-Dame").is_none(), "{ps:?}");
    }

    /// A name after a definite article outside it is a region's or a
    /// country's ("la Vienne", the French département, not Vienna), or a
    /// town's whose name holds the article ("le Caire").
    #[test]
    fn an_article_before_a_name_reads_a_region() {
        let ps = places("Le séisme a touché la Vendée, les Deux-Sèvres et la Vienne.");
        assert_eq!(find(&ps, "Vienne").unwrap().2.as_deref(), Some("FR"));
        let ps = places("Il est arrivé à Vienne, en Autriche.");
        assert_eq!(find(&ps, "Vienne").unwrap().2.as_deref(), Some("AT"));
    }

    /// Chinese provinces under the name the press writes ("Guangdong", not
    /// the ISO "Guangdong Sheng"); a state named like a river ("Amazonas",
    /// in the country the text names); towns under their French names; a
    /// region whose name is a word after "dans les".
    #[test]
    fn provinces_as_the_press_names_them() {
        let ps = places(
            "Le typhon a frappé le Guangdong et le Jiangsu. Au Brésil, une mutinerie a \
             eu lieu dans l'État d'Amazonas.",
        );
        for (n, cc) in [("Guangdong", "CN"), ("Jiangsu", "CN"), ("Amazonas", "BR")] {
            let p = find(&ps, n).unwrap_or_else(|| panic!("{n}: {ps:?}"));
            assert_eq!(p.2.as_deref(), Some(cc), "{n}");
        }
        // Swiss towns under their French names (GeoNames has "Sitten").
        let ps =
            places("Les blessés ont été héliportés vers Sion, puis à Coire, dans les Grisons.");
        for (n, cc) in [("Sion", "CH"), ("Coire", "CH"), ("Grisons", "CH")] {
            let p = find(&ps, n).unwrap_or_else(|| panic!("{n}: {ps:?}"));
            assert_eq!(p.2.as_deref(), Some(cc), "{n}");
        }
    }

    /// A known region's part named by a cardinal point is a place of that
    /// region's country, under the name as written; the gazetteer's own
    /// compounds ("Nord-Kivu") are read as they are.
    #[test]
    fn parts_of_regions_by_cardinal_points() {
        let ps = places(
            "Des combats au Darfour-Nord, au Nord-Darfour et à Java occidental. \
             Des pluies au Nord-Kivu. Un séisme à Sulawesi occidental.",
        );
        for (n, cc) in [
            ("Darfour-Nord", "SD"),
            ("Nord-Darfour", "SD"),
            ("Java occidental", "ID"),
            ("Nord-Kivu", "CD"),
            // The region's gazetteer name is "Célèbes": the part keeps its own.
            ("Sulawesi occidental", "ID"),
        ] {
            let p = find(&ps, n).unwrap_or_else(|| panic!("{n}: {ps:?}"));
            assert_eq!(p.2.as_deref(), Some(cc), "{n}");
        }
    }

    /// A list whose first item a plural designator announces: each item
    /// is a place of its kind; Mali's cercles and the Congo's territoires
    /// and chefferies are designators.
    #[test]
    fn unknown_places_listed_after_a_plural_designator() {
        let ps = places("Les villages de Kolmane, Tinfagat et Bourzanga ont été attaqués.");
        for n in ["Kolmane", "Tinfagat", "Bourzanga"] {
            assert!(find(&ps, n).is_some(), "{n}: {ps:?}");
        }
        // Only after a plural designator, and never a facility's town.
        let ps = places("Les écoles de Kolmane, Tinfagat et Bourzanga ont fermé.");
        assert!(find(&ps, "Tinfagat").is_none(), "{ps:?}");
        let ps = places("Le cercle de Diafarabé et le territoire de Kisenge sont touchés.");
        for n in ["Diafarabé", "Kisenge"] {
            assert!(find(&ps, n).is_some(), "{n}: {ps:?}");
        }
        // "les territoires d'Outre-mer" name no place "Outre".
        let ps = places("Les prix baissent dans les territoires d'Outre-mer.");
        assert!(find(&ps, "Outre").is_none(), "{ps:?}");
    }

    /// A lieu-dit's or a site's name goes on after a particle and an
    /// unknown capitalised word ("La Croix de Chaules", "Pen ar Hoat", "le
    /// col de la Mine de Fer"), not over a town of note ("le quartier
    /// Bel-Air de Port-au-Prince"); an estate named right after "cité" or
    /// "résidence" keeps its head word.
    #[test]
    fn lieux_dits_sites_and_estates() {
        let names = |t: &str| places(t).into_iter().map(|p| p.1).collect::<Vec<_>>();
        let n = names("Le feu a pris au lieu-dit La Croix de Chaules, sur la commune de Marcenat.");
        assert!(n.contains(&"La Croix de Chaules".to_string()), "{n:?}");
        let n = names("La collision a eu lieu au lieu-dit Pen ar Hoat, à Combrit.");
        assert!(n.contains(&"Pen ar Hoat".to_string()), "{n:?}");
        let n = names("L'avalanche est partie sous le col de la Mine de Fer, en Isère.");
        assert!(n.contains(&"col de la Mine de Fer".to_string()), "{n:?}");
        let n = names("Des tirs ont éclaté dans le quartier Bel-Air de Port-au-Prince.");
        assert!(n.contains(&"Port-au-Prince".to_string()), "{n:?}");
        let n = names("Un homme a été abattu dans la cité Aurore, à Bastia.");
        assert!(n.contains(&"cité Aurore".to_string()), "{n:?}");
        let n = names("Le feu a pris dans la résidence Les Flamboyants, aux Abymes.");
        assert!(
            n.contains(&"résidence Les Flamboyants".to_string()),
            "{n:?}"
        );
        let n = names("Il a été reçu à la résidence du Premier ministre.");
        assert!(n.is_empty(), "{n:?}");
        // A beach named by a point of the compass keeps its head word; one
        // named by a place is that place.
        let n = names("Un homme s'est noyé sur la plage du Nord, à Lacanau-Océan.");
        assert!(n.contains(&"plage du Nord".to_string()), "{n:?}");
        let n = names("Un homme s'est noyé sur la plage de Wimereux.");
        assert!(n.contains(&"Wimereux".to_string()), "{n:?}");
    }

    #[test]
    fn unknown_places_from_grammar() {
        let ps = places(
            "Au Kazakhstan, la police est intervenue dans la commune de Chechar et au lieu dit Seyyar.",
        );
        let c = find(&ps, "Chechar").unwrap();
        assert_eq!(c.2.as_deref(), Some("KZ"));
        assert!(find(&ps, "Seyyar").is_some());
        let doc = Document::parse("Le village de Zorbatiya, dans la province de Wasit.");
        let ps = extract(&doc);
        assert!(
            ps.iter()
                .any(|p| p.text == "Zorbatiya" && p.kind == PlaceKind::City)
        );
        // A border crossing's town; not a post's holder.
        let ps = places(
            "Ils arrivent au poste-frontière de Kuluba, puis au point de passage de Busia \
             et au poste frontière de Malaba.",
        );
        for n in ["Kuluba", "Busia", "Malaba"] {
            assert!(find(&ps, n).is_some(), "{n}: {ps:?}");
        }
        assert!(places("Il a été nommé au poste de Premier ministre.").is_empty());
    }

    /// A facility "de" its town ("une école coranique de Danmusa", "le
    /// marché de Kibuye"), and a designator with a qualifier or a complement
    /// before its "de" ("la commune rurale de", "le camp de déplacés de");
    /// not a person ("l'école de Jules Ferry"), a feast ("le marché de
    /// Noël"), a compass point after a facility.
    #[test]
    fn facilities_and_qualified_designators() {
        for (text, name) in [
            (
                "Ils ont enlevé 27 élèves d'une école coranique de Danmusa.",
                "Danmusa",
            ),
            ("Des tirs ont éclaté près du marché de Kibuye.", "Kibuye"),
            (
                "Une explosion dans une mine de charbon de Kilimli.",
                "Kilimli",
            ),
            (
                "Une attaque contre une base militaire de Malam-Fatori.",
                "Malam-Fatori",
            ),
            (
                "Une attaque contre la commune rurale de Tongomayel.",
                "Tongomayel",
            ),
            (
                "Des obus sont tombés sur le camp de déplacés de Bulengo.",
                "Bulengo",
            ),
            (
                "L'attaque du poste de gendarmerie de Tamou a fait deux morts.",
                "Tamou",
            ),
            ("Le raid a visé le marché couvert de Telfrit.", "Telfrit"),
            (
                "Les gangs bloquent le terminal pétrolier de Varreux, à Port-au-Prince.",
                "Varreux",
            ),
            (
                "Un incendie a touché la centrale thermique de Kipevu, au Kenya.",
                "Kipevu",
            ),
            // A stadium, a bank or a station of a town stands in that town.
            ("Une explosion a touché le stade de Kisangani.", "Kisangani"),
            ("Des hommes ont braqué une banque de Botucatu.", "Botucatu"),
            (
                "Un incendie s'est déclaré près de la gare de Marseille.",
                "Marseille",
            ),
        ] {
            assert!(
                names(text).contains(&name.to_string()),
                "{text}: {:?}",
                names(text)
            );
        }
        for text in [
            "L'école de Jules Ferry est ouverte.",
            "Il a visité le marché de Noël.",
            "Une fusillade dans une école du Nord de la ville.",
            // Named after a country: the stadium, the bank.
            "La finale se jouera au Stade de France.",
            "Selon la Banque du Liban, la livre a encore chuté.",
            // The UN's refugee agency, no town.
            "Selon le Haut-Commissariat des Nations unies pour les réfugiés, ils ont fui.",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        // A station of Paris, no town's.
        let text = "Une alerte à la bombe a visé la gare de Lyon.";
        assert!(
            !names(text).contains(&"Lyon".to_string()),
            "{text}: {:?}",
            names(text)
        );
    }

    /// "île" / "îles" in lower case before the islands' own name, as French
    /// writes them: the gazetteer's country, not an unknown site.
    #[test]
    fn islands_written_with_lower_case_ile() {
        let ps = places(
            "Deux morts aux îles Salomon, un blessé sur l'île Maurice et aux îles Marshall.",
        );
        assert_eq!(find(&ps, "îles Salomon").unwrap().2.as_deref(), Some("SB"));
        assert_eq!(find(&ps, "île Maurice").unwrap().2.as_deref(), Some("MU"));
        assert_eq!(find(&ps, "îles Marshall").unwrap().2.as_deref(), Some("MH"));
    }

    /// An island the gazetteer lacks is named without its head word ("l'île
    /// d'Ukerewe" is Ukerewe), unless the head is part of its name: a
    /// capital ("l'Île d'Yeu"), an article ("l'île de la Cité"), or a name
    /// that alone is a town's ("l'île d'Orléans").
    #[test]
    fn islands_named_without_their_head_word() {
        let ps = places(
            "Le ferry a chaviré près de l'île d'Ukerewe. Des pêcheurs de l'île Brownsea, \
             de l'Île d'Yeu, de l'île de la Cité et de l'île d'Orléans.",
        );
        let names: Vec<&str> = ps.iter().map(|p| p.1.as_str()).collect();
        for name in [
            "Ukerewe",
            "Brownsea",
            "Île d'Yeu",
            "île de la Cité",
            "île d'Orléans",
        ] {
            assert!(names.contains(&name), "{name} in {names:?}");
        }
        // Luzon under its French name.
        let ps = places("Un typhon a frappé l'île de Luçon, aux Philippines.");
        assert_eq!(find(&ps, "Luçon").unwrap().2.as_deref(), Some("PH"));
        // An island named after its town, in a country the dispatch names,
        // is the town ("l'île de Rhodes" is Rhodes); "l'île d'Orléans" of
        // Quebec is not Orléans.
        let names = |t: &str| places(t).into_iter().map(|p| p.1).collect::<Vec<_>>();
        assert_eq!(
            names("En Grèce, le feu a gagné l'île de Rhodes."),
            ["Grèce", "Rhodes"]
        );
        assert!(names("Au Québec, l'île d'Orléans.").contains(&"île d'Orléans".to_string()));
    }

    /// Islands and archipelagos of the news under their French names.
    #[test]
    fn islands_by_their_french_names() {
        let ps = places("Un séisme aux Açores et à Madère, des orages en Crète et à Sumatra.");
        for (name, cc) in [
            ("Açores", "PT"),
            ("Madère", "PT"),
            ("Crète", "GR"),
            ("Sumatra", "ID"),
        ] {
            assert_eq!(find(&ps, name).unwrap().2.as_deref(), Some(cc), "{name}");
        }
    }

    /// Rivers and volcanoes of flood and eruption news: a river across
    /// countries has none, a volcano its own.
    #[test]
    fn rivers_and_volcanoes() {
        assert_eq!(
            places("Le Brahmapoutre est sorti de son lit et l'Etna est entré en éruption."),
            vec![
                ("Brahmapoutre".to_string(), "Brahmapoutre".to_string(), None),
                (
                    "Etna".to_string(),
                    "Etna".to_string(),
                    Some("IT".to_string())
                ),
            ]
        );
        assert_eq!(
            names("Le volcan de Fuego a fait 19 morts et les crues du Mékong deux."),
            ["Fuego", "Mékong"]
        );
    }

    #[test]
    fn named_areas() {
        let n = names(
            "Des tirs dans la bande de Gaza, en Cisjordanie et au Sahel, en Afrique de l'Ouest, près de la mer Rouge.",
        );
        for want in [
            "bande de Gaza",
            "Cisjordanie",
            "Sahel",
            "Afrique de l'Ouest",
            "mer Rouge",
        ] {
            assert!(n.iter().any(|x| x == want), "{want} in {n:?}");
        }
        // Syria's besieged enclave and towns as the French press spells
        // them; not the Russian parliament.
        assert_eq!(
            places("Des raids sur la Ghouta orientale et des combats autour de Saraqeb."),
            vec![
                (
                    "Ghouta orientale".into(),
                    "Ghouta orientale".into(),
                    Some("SY".into())
                ),
                ("Saraqeb".into(), "Saraqeb".into(), Some("SY".into()))
            ]
        );
        assert!(names("Les députés de la Douma d'État ont voté.").is_empty());
    }

    #[test]
    fn seed_places() {
        let ps = places(
            "Le président a quitté Nur-Sultan pour Moscou. Le Kazakhstan, comme la Syrie, a demandé de l'aide.",
        );
        let got: Vec<(&str, &str)> = ps
            .iter()
            .map(|p| (p.1.as_str(), p.2.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Nur-Sultan", "KZ"),
                ("Moscou", "RU"),
                ("Kazakhstan", "KZ"),
                ("Syrie", "SY")
            ]
        );
    }

    /// "en direction de Paimpol", "venus de Plouha, de Lanvollon et de
    /// Paimpol": a small commune after a word of direction or origin, and
    /// the next items of its list, the preposition repeated.
    #[test]
    fn direction_origin_and_lists_with_their_preposition() {
        assert_eq!(
            names("La voiture roulait en direction de Paimpol."),
            ["Paimpol"]
        );
        assert_eq!(
            names("Les pompiers sont venus de Plouha, de Lanvollon et de Paimpol."),
            ["Plouha", "Lanvollon", "Paimpol"]
        );
    }

    /// The head of an Arabic place name ("Aïn" spring, "Sidi" saint) that
    /// goes on in a capitalised word is not the short place it may name
    /// alone: "Aïn Chams" (a district of Cairo) is not the Ain département.
    #[test]
    fn arabic_head_word_followed_by_a_name() {
        assert_eq!(
            names("Deux immeubles se sont effondrés à Aïn Chams, au Caire."),
            ["Aïn Chams", "Le Caire"]
        );
        assert!(
            names("Il a grandi à Sidi Moumen, près de la gare.")
                .iter()
                .all(|n| n != "Sidi")
        );
        assert_eq!(
            names("Une explosion a eu lieu à Sidi Moumen, un quartier pauvre."),
            ["Sidi Moumen"]
        );
        // The head alone, and a longer name the gazetteer knows, stay places.
        assert_eq!(names("Un incendie a éclaté dans l'Ain."), ["Ain"]);
        assert_eq!(names("Une explosion a eu lieu à Aïn Defla."), ["Aïn Defla"]);
    }

    /// Seas, gulfs and straits of the news, and the French names of
    /// Flemish, Swiss, German and Spanish towns.
    #[test]
    fn waters_and_french_names_of_towns() {
        let places = |t: &str| -> Vec<(String, Option<String>)> {
            places(t).into_iter().map(|p| (p.1, p.2)).collect()
        };
        assert_eq!(
            places("Dix pêcheurs sont portés disparus dans le golfe du Bengale."),
            [("golfe du Bengale".to_string(), None)]
        );
        assert_eq!(
            places("Une pirogue a chaviré dans le détroit de Gibraltar."),
            [("détroit de Gibraltar".to_string(), None)]
        );
        assert_eq!(
            places("Un septuagénaire de Tongres a succombé, selon la police de Bruxelles."),
            [
                ("Tongres".to_string(), Some("BE".to_string())),
                ("Bruxelles".to_string(), Some("BE".to_string()))
            ]
        );
        assert_eq!(
            places("Un accident à Kortrijk a fait deux morts."),
            [("Courtrai".to_string(), Some("BE".to_string()))]
        );
        assert_eq!(
            places("La police de Saint-Sébastien a arrêté deux hommes."),
            [("Saint-Sébastien".to_string(), Some("ES".to_string()))]
        );
    }

    /// An unknown town after "à", written as two capitalised words joined
    /// by a hyphen; not a hyphenated first name, a team met or a school.
    #[test]
    fn unknown_hyphenated_town_after_a() {
        assert_eq!(
            names("L'explosion d'un pipeline à Abule-Ado avait fait une vingtaine de morts."),
            ["Abule-Ado"]
        );
        assert_eq!(
            names("Un homme a été tué à Kok-Tash dimanche."),
            ["Kok-Tash"]
        );
        assert!(names("Il a confié à Jean-Pierre qu'il partait.").is_empty());
        assert!(names("Le champion s'est imposé face à Cesson-Rennes hier.").is_empty());
        assert!(names("Elle enseigne à Sciences-Po depuis dix ans.").is_empty());
    }
}
