//! Temporal expressions: absolute, underspecified, relative, ranges,
//! durations and vague ones, resolved against a reference date.
//!
//! How it works: the accent-folded text is cut into tokens (words, digit
//! runs, single punctuation marks); at each token a small set of pattern
//! families (day points, numeric dates, months, years, ranges, relative
//! words, durations, times, holidays, seasons, decades, vague words) is
//! tried and the longest match wins. Values are resolved as they are found:
//! the reference date anchors "hier" or "la semaine dernière", the last
//! day-precision date anchors "la veille" or "trois jours plus tard", and
//! underspecified dates ("le 2 janvier", "jeudi") take the nearest date
//! consistent with the tense of the verbs around them in their sentence.
//!
//! Two outputs: [`extract`] follows the contract (a range is one mention
//! with `end_value`, a clock time is merged into the date it follows);
//! [`extract_timeml`] follows the TimeML conventions of the French TimeBank
//! (range endpoints and clock times are separate mentions, vague words carry
//! `PRESENT_REF`-style values), for evaluation.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::fxhash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate};

use crate::document::{Document, Folded, MONTHS};
use crate::model::{DateKind, DateMention};

// ---------------------------------------------------------------- lexicons

/// Abbreviated months: only accepted after a day number or before a year
/// ("sept" is also seven).
const MONTH_ABBR: &[(&str, u32)] = &[
    ("janv", 1),
    ("jan", 1),
    ("fevr", 2),
    ("fev", 2),
    ("avr", 4),
    ("juil", 7),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

pub(crate) const WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// Does the folded word name a day by itself: a weekday, or a day counted
/// from another ("hier", "la veille", "le lendemain", "avant-hier")?
pub(crate) fn names_a_day(w: &str) -> bool {
    WEEKDAYS.contains(&w) || matches!(w, "hier" | "veille" | "lendemain" | "avant-hier")
}

/// Adjectives after "mois" that make it a month of another calendar ("le 14
/// du mois sacré de ramadan", "le premier lundi du mois sacré de Shravan"):
/// no day of the reference month.
const OTHER_CALENDAR: &[&str] = &[
    "sacre",
    "saint",
    "lunaire",
    "islamique",
    "musulman",
    "hindou",
];

/// Stems of participles that set a day ahead ("une marche prévue samedi",
/// "programmée mardi"): the day they precede is no past event's.
const PLANNED: [&str; 3] = ["prevu", "programm", "planifi"];
const WEEKDAY_ABBR: [&str; 7] = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"];

/// Words before a bare month name that make it a date ("en mars", "depuis
/// janvier", "d'avril").
const MONTH_CONTEXT: &[&str] = &[
    "en", "de", "d", "depuis", "des", "jusqu", "courant", "au", "a", "entre", "et", "ou", "avant",
    "apres", "-", "pour", "fin", "debut", "vers", "mois", "dans", "durant", "pendant", "mi",
];

/// Words that may follow a four-digit year (function words); any other word
/// ending in -s/-x or listed in [`COUNT_NOUNS`] makes the number a count.
const COUNT_NOUNS: &[&str] = &[
    "km",
    "m",
    "kg",
    "mm",
    "cm",
    "ha",
    "mw",
    "kw",
    "mt",
    "t",
    "euro",
    "dollar",
    "franc",
    "livre",
    "tonne",
    "metre",
    "kilometre",
    "habitant",
    "personne",
    "mort",
    "blesse",
    "victime",
    "homme",
    "femme",
    "enfant",
    "soldat",
    "policier",
    "militaire",
    "manifestant",
    "eleve",
    "salarie",
    "emploi",
    "logement",
    "voiture",
    "vehicule",
    "maison",
    "page",
    "point",
    "voix",
    "exemplaire",
    "mot",
    "place",
    "lit",
    "patient",
    "cas",
    "membre",
    "agent",
    "famille",
    "refugie",
    "migrant",
    "detenu",
    "prisonnier",
    "otage",
    "combattant",
    "rebelle",
    "civil",
    "participant",
];

/// Past participles in -u and -i (and "-is", "-it") that tell a past event
/// right before its day: "l'effondrement survenu mercredi", "le scrutin
/// tenu dimanche", "les otages détenus depuis", "le député élu lundi", "les
/// mineurs ensevelis samedi". A lexicon, not the endings: nouns end so too
/// ("sa venue mardi", "la pluie mercredi", "au lieu de").
const PAST_PARTICIPLES_U_I: &str = "\
    survenu intervenu parvenu advenu revenu disparu apparu paru abattu battu combattu perdu \
    tenu retenu detenu obtenu maintenu recu rendu suspendu pendu entendu descendu vendu defendu \
    repandu fondu connu elu reelu vaincu convaincu interrompu rompu peri enseveli saisi etabli \
    subi reuni envahi investi trahi puni accueilli recueilli cueilli enfui enfoui assailli \
    affaibli demoli franchi fini construit reduit introduit decrit interdit";

/// Whether the folded word `w` is one of [`PAST_PARTICIPLES_U_I`] in any
/// gender and number ("survenue", "détenus", "ensevelies").
fn is_past_participle_u_i(w: &str) -> bool {
    let stem = w
        .strip_suffix("es")
        .or_else(|| w.strip_suffix('e'))
        .or_else(|| w.strip_suffix('s'))
        .unwrap_or(w);
    PAST_PARTICIPLES_U_I
        .split_whitespace()
        .any(|p| p == stem || p == w)
}

/// Nouns ending like a future or an imperfect that are no verbs.
const NOT_VERBS: &[&str] = &[
    "opera", "camera", "extra", "ultra", "sierra", "cobra", "mantra", "para", "contra", "agora",
    "tiara", "terra", "vrai", "environs", "citrons", "marrons", "patrons", "rez", "portrait",
    "souhait", "trait", "lait", "retrait", "attrait", "extrait", "abstrait", "parfait", "bienfait",
    "forfait", "fait", "sera", "lors", "alors", "hors", "dehors", "tora", "flora", "hydra",
    "chimera", "aura", "mira", "era", "cholera", "toundra", "lira", "sutra", "tantra", "chakra",
];

/// Nouns that a duration can follow with "de" ("une peine de 10 ans"),
/// where "de N ans" is not an age.
const DURATION_NOUNS: &[&str] = &[
    "peine",
    "prison",
    "periode",
    "duree",
    "total",
    "mandat",
    "bail",
    "contrat",
    "delai",
    "condamnation",
    "reclusion",
    "espace",
    "terme",
    "absence",
    "interdiction",
    "sursis",
    "emprisonnement",
    "detention",
    "service",
    "exil",
    "guerre",
    "conflit",
    "travaux",
    "moratoire",
    "programme",
    "plan",
    "retard",
    "attente",
    "carriere",
    "cycle",
    "pause",
    "treve",
    "suspension",
    "greve",
    "sejour",
    "voyage",
    "marche",
    "course",
    "enquete",
    "proces",
    "regne",
    "occupation",
    "blocus",
    "siege",
    "couvre",
    "etat",
    "cessez",
    "mois",
    "semaines",
    "jours",
    "heures",
    "minutes",
    "secondes",
    "avance",
    "minimum",
    "maximum",
    "apres",
    "depuis",
    "pendant",
    "durant",
];

/// Function words that may follow a year ("en 2014 dans", "2015 puis").
const FUNCTION_WORDS: &[&str] = &[
    "et", "a", "au", "aux", "le", "la", "les", "l", "de", "du", "des", "d", "en", "ou", "il",
    "elle", "ils", "elles", "on", "ce", "cette", "ces", "un", "une", "dans", "par", "pour", "sur",
    "avec", "apres", "avant", "quand", "lors", "alors", "puis", "mais", "qui", "que", "qu", "deja",
    "selon", "contre", "jusqu", "pendant", "depuis", "sous", "chez", "se", "s", "ne", "n", "y",
    "lorsque", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "vers", "plus", "moins",
    "tous", "toutes", "jamais", "encore", "aussi", "ainsi", "dont", "ni", "soit", "car", "donc",
    "meme", "entre", "c", "j", "m", "t", "je", "nous", "vous", "parmi", "malgre", "sans", "hors",
];

const STREETS: &[&str] = &[
    "rue",
    "avenue",
    "boulevard",
    "bd",
    "place",
    "impasse",
    "chemin",
    "route",
    "allee",
    "quai",
    "cours",
    "av",
];

/// Phrases with a fixed meaning, tokenized once.
#[derive(Clone, Copy, Debug)]
enum Lex {
    /// Days from the reference date, and a part of day.
    Day(i64, Option<&'static str>),
    /// Days from the last day mentioned (the reference date failing that).
    Anchor(i64),
    /// The same with a part of day.
    AnchorPart(i64, &'static str),
    /// "ce soir-là", "cette nuit-là": the day last told with that part of
    /// day ("le soir du 21 juin 2019", "mardi soir"), else as
    /// `AnchorPart(0, part)`.
    ThatPart(&'static str),
    /// Weeks, months, years from the last date mentioned ("la semaine
    /// suivante", "l'année précédente").
    AnchorWeek(i64),
    AnchorMonth(i64),
    AnchorYear(i64),
    Week(i64),
    Weekend(i64),
    Month(i64),
    Year(i64),
    /// A vague word and its TimeML value.
    Vague(&'static str),
    /// A recurrence and its TimeML period.
    Set(&'static str),
    /// A vague duration ("ces derniers jours").
    VagueDur(&'static str),
}

const LEXICON: &[(&str, Lex)] = &[
    ("aujourd'hui", Lex::Day(0, None)),
    ("aujourd hui", Lex::Day(0, None)),
    ("ce jour", Lex::Day(0, None)),
    ("hier", Lex::Day(-1, None)),
    ("avant-hier", Lex::Day(-2, None)),
    ("avant hier", Lex::Day(-2, None)),
    ("demain", Lex::Day(1, None)),
    ("apres-demain", Lex::Day(2, None)),
    ("apres demain", Lex::Day(2, None)),
    ("ce matin", Lex::Day(0, Some("MO"))),
    ("ce soir", Lex::Day(0, Some("EV"))),
    ("cette nuit", Lex::Day(0, Some("NI"))),
    ("cet apres-midi", Lex::Day(0, Some("AF"))),
    ("cette apres-midi", Lex::Day(0, Some("AF"))),
    ("dans la journee", Lex::Day(0, None)),
    ("veille", Lex::Anchor(-1)),
    ("avant-veille", Lex::Anchor(-2)),
    ("lendemain", Lex::Anchor(1)),
    ("surlendemain", Lex::Anchor(2)),
    ("meme jour", Lex::Anchor(0)),
    // "Ce jour-là, environ 1 200 personnes avaient été tuées": the day
    // just told, not today ("ce jour").
    ("ce jour-la", Lex::Anchor(0)),
    ("ce jour la", Lex::Anchor(0)),
    ("jour precedent", Lex::Anchor(-1)),
    ("jour suivant", Lex::Anchor(1)),
    ("jour d'avant", Lex::Anchor(-1)),
    ("jour d'apres", Lex::Anchor(1)),
    ("cette semaine", Lex::Week(0)),
    ("semaine derniere", Lex::Week(-1)),
    ("semaine passee", Lex::Week(-1)),
    ("semaine prochaine", Lex::Week(1)),
    ("semaine suivante", Lex::AnchorWeek(1)),
    ("semaine precedente", Lex::AnchorWeek(-1)),
    ("ce week-end", Lex::Weekend(0)),
    ("ce week end", Lex::Weekend(0)),
    ("week-end dernier", Lex::Weekend(-1)),
    ("week-end prochain", Lex::Weekend(1)),
    ("ce mois-ci", Lex::Month(0)),
    ("ce mois", Lex::Month(0)),
    ("mois dernier", Lex::Month(-1)),
    ("mois passe", Lex::Month(-1)),
    ("mois prochain", Lex::Month(1)),
    ("mois suivant", Lex::AnchorMonth(1)),
    ("mois precedent", Lex::AnchorMonth(-1)),
    ("cette annee", Lex::Year(0)),
    ("l'annee en cours", Lex::Year(0)),
    ("l'an dernier", Lex::Year(-1)),
    ("l'an passe", Lex::Year(-1)),
    ("l'an prochain", Lex::Year(1)),
    ("l'annee derniere", Lex::Year(-1)),
    ("l'annee passee", Lex::Year(-1)),
    ("l'annee prochaine", Lex::Year(1)),
    ("l'annee suivante", Lex::AnchorYear(1)),
    ("l'annee precedente", Lex::AnchorYear(-1)),
    ("l'an suivant", Lex::AnchorYear(1)),
    ("l'an precedent", Lex::AnchorYear(-1)),
    ("maintenant", Lex::Vague("PRESENT_REF")),
    ("actuellement", Lex::Vague("PRESENT_REF")),
    ("desormais", Lex::Vague("PRESENT_REF")),
    ("a present", Lex::Vague("PRESENT_REF")),
    ("pour l'instant", Lex::Vague("PRESENT_REF")),
    ("pour le moment", Lex::Vague("PRESENT_REF")),
    ("en ce moment", Lex::Vague("PRESENT_REF")),
    ("de nos jours", Lex::Vague("PRESENT_REF")),
    ("recemment", Lex::Vague("PAST_REF")),
    ("dernierement", Lex::Vague("PAST_REF")),
    ("auparavant", Lex::Vague("PAST_REF")),
    ("autrefois", Lex::Vague("PAST_REF")),
    ("jadis", Lex::Vague("PAST_REF")),
    ("naguere", Lex::Vague("PAST_REF")),
    ("a l'epoque", Lex::Vague("PAST_REF")),
    ("il y a longtemps", Lex::Vague("PAST_REF")),
    ("depuis longtemps", Lex::Vague("PAST_REF")),
    ("prochainement", Lex::Vague("FUTURE_REF")),
    ("bientot", Lex::Vague("FUTURE_REF")),
    ("l'avenir", Lex::Vague("FUTURE_REF")),
    ("a l'avenir", Lex::Vague("FUTURE_REF")),
    ("ces derniers jours", Lex::VagueDur("PXD")),
    ("ces dernieres semaines", Lex::VagueDur("PXW")),
    ("ces derniers mois", Lex::VagueDur("PXM")),
    ("ces dernieres annees", Lex::VagueDur("PXY")),
    ("ces prochains jours", Lex::VagueDur("PXD")),
    ("ces prochaines semaines", Lex::VagueDur("PXW")),
    ("ces prochains mois", Lex::VagueDur("PXM")),
    ("ces prochaines annees", Lex::VagueDur("PXY")),
    ("le matin meme", Lex::AnchorPart(0, "MO")),
    ("le soir meme", Lex::AnchorPart(0, "EV")),
    ("ce soir-la", Lex::ThatPart("EV")),
    ("ce soir la", Lex::ThatPart("EV")),
    ("ce matin-la", Lex::ThatPart("MO")),
    ("ce matin la", Lex::ThatPart("MO")),
    ("cette nuit-la", Lex::ThatPart("NI")),
    ("cette nuit la", Lex::ThatPart("NI")),
    // "La première nuit, de jeudi à vendredi, … La nuit suivante": the
    // night after the day (or the night's last day) just told.
    ("nuit suivante", Lex::AnchorPart(0, "NI")),
    ("nuit d'apres", Lex::AnchorPart(0, "NI")),
    ("la veille au soir", Lex::AnchorPart(-1, "EV")),
    ("le lendemain matin", Lex::AnchorPart(1, "MO")),
    ("le lendemain soir", Lex::AnchorPart(1, "EV")),
    ("a ce moment-la", Lex::Vague("PRESENT_REF")),
    ("a ce moment la", Lex::Vague("PRESENT_REF")),
    ("une date ulterieure", Lex::Vague("FUTURE_REF")),
    ("quinquennat", Lex::Set("P5Y")),
    ("septennat", Lex::Set("P7Y")),
    ("chaque jour", Lex::Set("P1D")),
    ("chaque semaine", Lex::Set("P1W")),
    ("chaque mois", Lex::Set("P1M")),
    ("chaque annee", Lex::Set("P1Y")),
    ("chaque an", Lex::Set("P1Y")),
    ("tous les jours", Lex::Set("P1D")),
    ("tous les ans", Lex::Set("P1Y")),
    ("tous les mois", Lex::Set("P1M")),
    ("toutes les semaines", Lex::Set("P1W")),
    ("toutes les heures", Lex::Set("PT1H")),
];

/// Lexicon phrases by first token, longest first.
type Phrases<T> = Vec<(Vec<String>, T)>;

static LEX_INDEX: LazyLock<FxHashMap<String, Phrases<Lex>>> = LazyLock::new(|| {
    let mut m: FxHashMap<String, Phrases<Lex>> = FxHashMap::default();
    for &(p, l) in LEXICON {
        let toks: Vec<String> = tokenize(p)
            .iter()
            .map(|t| p[t.s..t.e].to_string())
            .collect();
        m.entry(toks[0].clone()).or_default().push((toks, l));
    }
    for v in m.values_mut() {
        v.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
    }
    m
});

// ---------------------------------------------------------------- tokens

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tk {
    W,
    N,
    P,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    s: usize,
    e: usize,
    k: Tk,
    /// White space before the token.
    sp: bool,
    /// A line break before the token.
    nl: bool,
}

fn tokenize(ft: &str) -> Vec<Tok> {
    let b = ft.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 4);
    let (mut i, mut sp, mut nl) = (0, false, false);
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            sp = true;
            nl |= c == b'\n';
            i += 1;
            continue;
        }
        let s = i;
        let k = if c.is_ascii_lowercase() {
            while i < b.len() && b[i].is_ascii_lowercase() {
                i += 1;
            }
            Tk::W
        } else if c.is_ascii_digit() {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            Tk::N
        } else {
            i += ft[i..].chars().next().map_or(1, char::len_utf8);
            Tk::P
        };
        out.push(Tok { s, e: i, k, sp, nl });
        sp = false;
        nl = false;
    }
    out
}

// ---------------------------------------------------------------- values

/// What the text says about a calendar date.
#[derive(Clone, Copy, Default, Debug)]
struct Spec {
    y: Option<i32>,
    m: Option<u32>,
    d: Option<u32>,
    wd: Option<u32>,
    /// -1 "dernier", +1 "prochain".
    dir: i8,
    /// TimeML part of day: MO, AF, EV, NI.
    part: Option<&'static str>,
}

/// A resolved value.
#[derive(Clone, Copy, Debug, PartialEq)]
enum R {
    Day(NaiveDate),
    Month(i32, u32),
    Year(i32),
}

impl R {
    fn fmt(self) -> String {
        match self {
            R::Day(d) => d.format("%Y-%m-%d").to_string(),
            R::Month(y, m) => format!("{y:04}-{m:02}"),
            R::Year(y) => format!("{y:04}"),
        }
    }
    fn day(self) -> Option<NaiveDate> {
        match self {
            R::Day(d) => Some(d),
            _ => None,
        }
    }
}

/// A match, in token indices.
#[derive(Clone, Debug)]
struct M {
    s: usize,
    e: usize,
    value: Option<String>,
    end: Option<String>,
    kind: DateKind,
    /// Value in TimeML mode when it differs.
    tml: Option<String>,
    day: Option<NaiveDate>,
    /// TimeML-mode pieces of a range: (start, end, value).
    parts: Vec<(usize, usize, Option<String>)>,
    /// A clock time (hour, minute), to merge into the date it follows.
    clock: Option<(u32, u32)>,
    /// May take a determiner before it ("le", "ce").
    det: bool,
    /// Only reported under the TimeML conventions (temporal adjectives).
    tml_only: bool,
    /// The part of the period named: "début mars", "mi-octobre", "fin 2016".
    edge: Option<Edge>,
}

/// A part of a period ("début", "mi-", "fin", "la première quinzaine"),
/// narrowing its [`bounds`]: the first, middle or last third of a month
/// (1–10, 10–19, 21–end, as Duckling reads them); January–February,
/// June–July, November–December of a year; Monday–Tuesday, Wednesday–
/// Thursday, Thursday–Sunday of a week; a month's halves 1–14 and 15–end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Edge {
    Start,
    Mid,
    End,
    FirstHalf,
    SecondHalf,
}

impl Edge {
    fn of(w: &str) -> Option<Edge> {
        match w {
            "debut" => Some(Edge::Start),
            "mi" | "milieu" => Some(Edge::Mid),
            "fin" => Some(Edge::End),
            _ => None,
        }
    }
}

fn last_of_month(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = add_months(y, m, 1);
    Some(ymd(ny, nm, 1)? - Duration::days(1))
}

/// The first and last day a value covers: "2021" is 1 January–31
/// December, "2021-03" the month, "2021-W10" Monday–Sunday, "2021-W10-WE"
/// its weekend, "2021-SU" the summer (21 June–23 September; "2021-WI" the
/// winter that ends in 2021, 21 December 2020–20 March 2021), a day or a
/// time its day. None for durations, vague and unresolved values.
fn bounds(v: &str) -> Option<(NaiveDate, NaiveDate)> {
    let y: i32 = v.get(..4)?.parse().ok()?;
    let rest = &v[4..];
    if rest.is_empty() {
        return Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?));
    }
    let rest = rest.strip_prefix('-')?;
    let season =
        |a: (i32, u32, u32), b: (i32, u32, u32)| Some((ymd(a.0, a.1, a.2)?, ymd(b.0, b.1, b.2)?));
    match rest {
        "SP" => return season((y, 3, 21), (y, 6, 20)),
        "SU" => return season((y, 6, 21), (y, 9, 23)),
        "FA" => return season((y, 9, 24), (y, 12, 20)),
        "WI" => return season((y - 1, 12, 21), (y, 3, 20)),
        _ => {}
    }
    if let Some(w) = rest.strip_prefix('W') {
        let week: u32 = w.get(..2)?.parse().ok()?;
        let monday = NaiveDate::from_isoywd_opt(y, week, chrono::Weekday::Mon)?;
        return Some(match &w[2..] {
            "" => (monday, monday + Duration::days(6)),
            "-WE" => (monday + Duration::days(5), monday + Duration::days(6)),
            _ => return None,
        });
    }
    let m: u32 = rest.get(..2)?.parse().ok()?;
    if rest.len() == 2 {
        return Some((ymd(y, m, 1)?, last_of_month(y, m)?));
    }
    let d: u32 = rest.get(3..5)?.parse().ok()?;
    let day = ymd(y, m, d)?;
    Some((day, day))
}

/// [`bounds`] narrowed to a part of the period.
fn edge_bounds((a, b): (NaiveDate, NaiveDate), edge: Edge) -> (NaiveDate, NaiveDate) {
    let days = (b - a).num_days() + 1;
    let at = |d: i64| a + Duration::days(d);
    match days {
        // a week
        7 => match edge {
            Edge::Start => (a, at(1)),
            Edge::Mid => (at(2), at(3)),
            Edge::End => (at(3), b),
            Edge::FirstHalf => (a, at(3)),
            Edge::SecondHalf => (at(3), b),
        },
        // a month
        28..=31 => match edge {
            Edge::Start => (a, at(9)),
            Edge::Mid => (at(9), at(18)),
            Edge::End => (at(20), b),
            Edge::FirstHalf => (a, at(13)),
            Edge::SecondHalf => (at(14), b),
        },
        // a year
        365 | 366 => {
            let y = a.year();
            let md = |m: u32, d: u32| ymd(y, m, d).unwrap_or(a);
            match edge {
                Edge::Start => (a, last_of_month(y, 2).unwrap_or(a)),
                Edge::Mid => (md(6, 1), md(7, 31)),
                Edge::End => (md(11, 1), b),
                Edge::FirstHalf => (a, md(6, 30)),
                Edge::SecondHalf => (md(7, 1), b),
            }
        }
        _ => (a, b),
    }
}

impl M {
    fn new(s: usize, e: usize, value: Option<String>, kind: DateKind) -> M {
        M {
            s,
            e,
            value,
            end: None,
            kind,
            tml: None,
            day: None,
            parts: Vec::new(),
            clock: None,
            det: false,
            tml_only: false,
            edge: None,
        }
    }
    fn from_r(s: usize, e: usize, r: Option<R>, unres: String, kind: DateKind) -> M {
        let mut m = M::new(s, e, Some(r.map_or(unres, R::fmt)), kind);
        m.day = r.and_then(R::day);
        m
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn add_months(y: i32, m: u32, k: i64) -> (i32, u32) {
    let idx = y as i64 * 12 + (m as i64 - 1) + k;
    (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u32)
}

fn week_value(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// Choose among candidate dates: "dernier" (dir -1) strictly before the
/// reference, "prochain" (+1) strictly after; else by tense (past: the last
/// one not after; future: the first one not before; unknown: the nearest).
fn pick(c: &[NaiveDate], r: NaiveDate, dir: i8, tense: i8) -> Option<NaiveDate> {
    let it = c.iter().copied();
    match (dir, tense) {
        (-1, _) => it.filter(|d| *d < r).max(),
        (1, _) => it.filter(|d| *d > r).min(),
        // A future verb cannot tell a past date.
        (_, 1) => it.filter(|d| *d >= r).min(),
        // Read back only (`Prefer::Past`).
        (_, -2) => it.filter(|d| *d <= r).max(),
        // A past verb makes the future costlier, not impossible: "a appelé à
        // manifester le 8 décembre" two days ahead beats a year back.
        (_, t) => it.min_by_key(|d| {
            let days = (*d - r).num_days();
            let wrong = (t < 0 && days > 0) || (t > 0 && days < 0);
            (days.abs() * if wrong { TENSE_WEIGHT } else { 1 }, *d > r)
        }),
    }
}

/// Easter Sunday (anonymous Gregorian algorithm).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, month as u32, day as u32)
}

#[derive(Clone, Copy)]
enum Holiday {
    Fixed(u32, u32),
    Easter(i64),
    /// A day named after a single event ("le 11-Septembre").
    Event(i32, u32, u32),
}

const HOLIDAYS: &[(&str, Holiday)] = &[
    ("noel", Holiday::Fixed(12, 25)),
    ("jour de noel", Holiday::Fixed(12, 25)),
    ("nuit de noel", Holiday::Fixed(12, 24)),
    ("reveillon de noel", Holiday::Fixed(12, 24)),
    ("veille de noel", Holiday::Fixed(12, 24)),
    ("saint-sylvestre", Holiday::Fixed(12, 31)),
    ("saint sylvestre", Holiday::Fixed(12, 31)),
    ("jour de l'an", Holiday::Fixed(1, 1)),
    ("nouvel an", Holiday::Fixed(1, 1)),
    ("veille du nouvel an", Holiday::Fixed(12, 31)),
    ("reveillon du nouvel an", Holiday::Fixed(12, 31)),
    // The night and the evening of the New Year begin on the 31st (a night
    // is dated to the day it begins: "la nuit de vendredi à samedi").
    ("nuit du nouvel an", Holiday::Fixed(12, 31)),
    ("nuit de nouvel an", Holiday::Fixed(12, 31)),
    ("nuit de la saint-sylvestre", Holiday::Fixed(12, 31)),
    ("soir du nouvel an", Holiday::Fixed(12, 31)),
    ("soiree du nouvel an", Holiday::Fixed(12, 31)),
    ("reveillon de la saint-sylvestre", Holiday::Fixed(12, 31)),
    ("lendemain de noel", Holiday::Fixed(12, 26)),
    ("lendemain du nouvel an", Holiday::Fixed(1, 2)),
    ("premier de l'an", Holiday::Fixed(1, 1)),
    ("toussaint", Holiday::Fixed(11, 1)),
    ("jour de la toussaint", Holiday::Fixed(11, 1)),
    ("journee de la toussaint", Holiday::Fixed(11, 1)),
    ("jour des morts", Holiday::Fixed(11, 1)),
    ("14-juillet", Holiday::Fixed(7, 14)),
    ("11-septembre", Holiday::Event(2001, 9, 11)),
    ("1er-mai", Holiday::Fixed(5, 1)),
    ("fete du travail", Holiday::Fixed(5, 1)),
    ("8-mai", Holiday::Fixed(5, 8)),
    ("11-novembre", Holiday::Fixed(11, 11)),
    ("armistice", Holiday::Fixed(11, 11)),
    ("assomption", Holiday::Fixed(8, 15)),
    ("saint-valentin", Holiday::Fixed(2, 14)),
    ("fete de la musique", Holiday::Fixed(6, 21)),
    ("paques", Holiday::Easter(0)),
    ("dimanche de paques", Holiday::Easter(0)),
    ("lundi de paques", Holiday::Easter(1)),
    ("vendredi saint", Holiday::Easter(-2)),
    ("ascension", Holiday::Easter(39)),
    ("jeudi de l'ascension", Holiday::Easter(39)),
    ("pentecote", Holiday::Easter(49)),
    ("fete de pentecote", Holiday::Easter(49)),
    ("lundi de pentecote", Holiday::Easter(50)),
];

static HOLIDAY_INDEX: LazyLock<Vec<(Vec<String>, Holiday)>> = LazyLock::new(|| {
    let mut v: Vec<(Vec<String>, Holiday)> = HOLIDAYS
        .iter()
        .map(|&(p, h)| {
            (
                tokenize(p)
                    .iter()
                    .map(|t| p[t.s..t.e].to_string())
                    .collect(),
                h,
            )
        })
        .collect();
    v.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
    v
});

fn holiday_date(h: Holiday, y: i32) -> Option<NaiveDate> {
    match h {
        Holiday::Fixed(m, d) => ymd(y, m, d),
        Holiday::Easter(k) => easter(y).map(|e| e + Duration::days(k)),
        Holiday::Event(y, m, d) => ymd(y, m, d),
    }
}

fn roman(s: &str) -> Option<u32> {
    let mut total = 0i32;
    let mut prev = 0i32;
    for c in s.chars().rev() {
        let v = match c {
            'i' => 1,
            'v' => 5,
            'x' => 10,
            'l' => 50,
            'c' => 100,
            _ => return None,
        };
        if v < prev {
            total -= v;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0).then_some(total as u32)
}

/// Forms of "être": with them only the verbs of [`ETRE_VERBS`] (or a
/// reflexive) make a past tense; else it is a present passive ("est fixé").
const ETRE: &[&str] = &[
    "est", "sont", "suis", "sommes", "etes", "etait", "etaient", "etais", "fut", "furent",
];

/// Participle stems of the verbs conjugated with "être".
const ETRE_VERBS: &[&str] = &[
    "arriv",
    "parti",
    "mort",
    "ne",
    "nee",
    "venu",
    "tomb",
    "entre",
    "sorti",
    "rest",
    "devenu",
    "deced",
    "alle",
    "mont",
    "descendu",
    "retourn",
    "pass",
    "survenu",
    "intervenu",
    "rentr",
    "revenu",
    "parvenu",
    "apparu",
    "disparu",
    "ete",
];

/// A conditional ("serait", "annoncerait", "viendrait"), not an imperfect
/// ("assurait", "espérait").
fn is_conditional(w: &str, orig: &str) -> bool {
    const IRREG: &[&str] = &[
        "serait",
        "seraient",
        "aurait",
        "auraient",
        "ferait",
        "feraient",
        "pourrait",
        "pourraient",
        "devrait",
        "devraient",
        "irait",
        "iraient",
        "faudrait",
        "saurait",
        "sauraient",
        "courrait",
        "mourrait",
        "verrait",
        "verraient",
        "enverrait",
        "voudrait",
        "voudraient",
    ];
    if IRREG.contains(&w) {
        return true;
    }
    let o = orig.to_lowercase();
    (o.ends_with("erait") || o.ends_with("eraient"))
        && !o.ends_with("érait")
        && !o.ends_with("éraient")
        || (w.len() > 6 && (w.ends_with("drait") || w.ends_with("draient")))
}

/// Forms of "avoir" as an auxiliary (folded).
const AVOIR: &[&str] = &[
    "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aurait", "auraient", "avoir",
];

/// A folded word that may be an infinitive ("reprendre", "partir", "être").
fn is_infinitive(w: &str) -> bool {
    w.len() > 3 && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"))
}

/// A past participle after an auxiliary ("tué", "mort", "pris", "venu").
fn is_participle(w: &str, orig: &str) -> bool {
    const IRREG: &[&str] = &[
        "fait",
        "dit",
        "pris",
        "mis",
        "mort",
        "morts",
        "morte",
        "mortes",
        "ete",
        "eu",
        "vu",
        "su",
        "pu",
        "du",
        "ouvert",
        "ouverte",
        "offert",
        "couvert",
        "decouvert",
        "souffert",
        "mort",
        "atteint",
        "atteinte",
        "craint",
        "eteint",
        "detruit",
        "detruite",
        "conduit",
        "produit",
        "ecrit",
        "inscrit",
        "permis",
        "promis",
        "remis",
        "soumis",
        "admis",
        "commis",
        "compris",
        "surpris",
        "repris",
        "appris",
        // Short ones the endings below leave out (three letters).
        "fui",
        "lu",
        "bu",
        "cru",
        "nui",
        "plu",
    ];
    let lw = orig.to_lowercase();
    if lw.ends_with('é') || lw.ends_with("ée") || lw.ends_with("és") || lw.ends_with("ées") {
        return true;
    }
    // "éteinte", "ouverte", "mise", "construite"
    if w.len() >= 4
        && [
            "int", "inte", "ints", "intes", "ert", "erte", "erts", "ertes", "ise", "ises", "uite",
            "uit", "uits", "uites",
        ]
        .iter()
        .any(|e| w.ends_with(e))
    {
        return true;
    }
    if IRREG.contains(&w) {
        return true;
    }
    w.len() >= 4
        && (w.ends_with('u') || w.ends_with("ue") || w.ends_with("us") || w.ends_with("ues"))
        && !matches!(
            w,
            "plus" | "tous" | "nous" | "vous" | "dessus" | "deja" | "sous" | "jusqu"
        )
        || (w.len() >= 4
            && (w.ends_with("is") || w.ends_with('i') || w.ends_with("ie") || w.ends_with("ies"))
            && !matches!(
                w,
                "aussi"
                    | "ainsi"
                    | "depuis"
                    | "parmi"
                    | "apres"
                    | "lui"
                    | "qui"
                    | "ici"
                    | "mais"
                    | "jamais"
                    | "pays"
                    | "fois"
                    | "mois"
                    | "avis"
                    | "paris"
            ))
}

/// French number words and their values (the date scanner's key words too).
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("vingt", 20),
    ("vingts", 20),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("soixante", 60),
    ("cent", 100),
    ("cents", 100),
    ("mille", 1000),
];

fn number_word(w: &str) -> Option<u32> {
    NUMBER_WORDS.iter().find(|(n, _)| *n == w).map(|&(_, v)| v)
}

// ---------------------------------------------------------------- gate

/// Words without which no date starts nearby, besides digits, month and
/// weekday names, number words and the words of the lexicon and holiday
/// tables (added from the tables themselves): units, parts of periods,
/// parts of day, seasons, ordinals, and the TimeML adjectives.
const ANCHORS: &[&str] = &[
    "jour",
    "jours",
    "journee",
    "journees",
    "nuit",
    "nuits",
    "semaine",
    "semaines",
    "mois",
    "an",
    "ans",
    "annee",
    "annees",
    "decennie",
    "decennies",
    "siecle",
    "siecles",
    "trimestre",
    "trimestres",
    "semestre",
    "semestres",
    "heure",
    "heures",
    "minute",
    "minutes",
    "seconde",
    "secondes",
    "min",
    "mn",
    "h",
    "quart",
    "fin",
    "debut",
    "milieu",
    "mi",
    "courant",
    "quinzaine",
    "dizaine",
    "vingtaine",
    "trentaine",
    "centaine",
    "douzaine",
    "printemps",
    "ete",
    "automne",
    "hiver",
    "matin",
    "matinee",
    "soir",
    "soiree",
    "midi",
    "minuit",
    "deuxieme",
    "second",
    "troisieme",
    "quatrieme",
    "cinquieme",
    "dernier",
    "derniere",
    "derniers",
    "dernieres",
    "prochain",
    "prochaine",
    "prochains",
    "prochaines",
    "suivant",
    "suivante",
    "suivants",
    "suivantes",
    "precedent",
    "precedente",
    "precedents",
    "precedentes",
    "passe",
    "passee",
    "passes",
    "passees",
    "venir",
    "actuel",
    "actuelle",
    "actuels",
    "actuelles",
    "futur",
    "future",
    "futurs",
    "futures",
    "annuel",
    "annuelle",
    "annuels",
    "annuelles",
    "hebdomadaire",
    "hebdomadaires",
    "mensuel",
    "mensuelle",
    "mensuels",
    "mensuelles",
    "nocturne",
    "nocturnes",
    "avenir",
    "ici",
    "week",
    "end",
    "demi",
    "chaque",
    "tous",
    "toutes",
];

/// [`ANCHORS`] and the words of the tables.
static KEYS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    let mut k: FxHashSet<&'static str> = ANCHORS.iter().copied().collect();
    let words = |p: &'static str| {
        p.split(|c: char| !c.is_ascii_lowercase())
            .filter(|w| !w.is_empty())
    };
    for p in MONTHS.iter().chain(MONTH_ABBR.iter().map(|(p, _)| p)) {
        k.extend(words(p));
    }
    k.extend(WEEKDAYS.iter().chain(WEEKDAY_ABBR.iter()).copied());
    for (p, _) in LEXICON {
        k.extend(words(p));
    }
    for (p, _) in HOLIDAYS {
        k.extend(words(p));
    }
    k.extend(NUMBER_WORDS.iter().map(|&(w, _)| w));
    // Words of the tables that never stand without a key word close by
    // ("le", "après-demain", "un quart de siècle", "le premier mercredi").
    for w in [
        "le", "la", "les", "l", "de", "d", "du", "des", "a", "au", "en", "et", "ce", "cette",
        "ces", "cet", "dans", "pour", "il", "y", "un", "une", "par", "apres", "avant", "depuis",
        "meme", "saint", "premier", "premiere",
    ] {
        k.remove(w);
    }
    k
});

/// How many tokens a pattern may run before its first key token ("il y a
/// plus de 40 ans", "il y a environ un mois", "pour l'instant").
const KEY_REACH: usize = 5;

/// For each token, the index of the first key token at or after it (a
/// digit run or a word of [`KEYS`]); the scanner skips stretches where no
/// date can start.
fn next_keys(ft: &str, t: &[Tok]) -> Vec<usize> {
    let mut next = vec![t.len() + KEY_REACH + 1; t.len() + 1];
    for i in (0..t.len()).rev() {
        let k = match t[i].k {
            Tk::N => true,
            Tk::W => KEYS.contains(&ft[t[i].s..t[i].e]),
            Tk::P => false,
        };
        next[i] = if k { i } else { next[i + 1] };
    }
    next
}

// ---------------------------------------------------------------- scanner

/// What a day tells, by the words before it (folded).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Told {
    /// When something happened.
    Event,
    /// When something was said: "a annoncé jeudi", "a-t-on appris ce
    /// jeudi 12 août", "ont indiqué lundi".
    Report,
    /// A state's start or end: "depuis lundi", "jusqu'à dimanche".
    Bound,
}

/// What the day whose mention `before` precedes tells: a state's bound
/// after "depuis" or "jusqu'à", a report's day after a verb of reporting,
/// else an event's.
fn told_as(before: &str) -> Told {
    static REPORT: LazyLock<crate::fast_regex::FastRegex> = LazyLock::new(|| {
        crate::fast_regex::FastRegex::new(r"(?:\b(?:a|ont|avait|avaient|a-t-(?:il|elle|on)|ont-(?:ils|elles))\s+(?:\w+\s+){0,2}?(?:annonce|indique|declare|precise|appris|affirme|confirme|rapporte|ajoute|assure|explique|dit|estime|souligne|signale|revise|reconnu|communique|fait savoir|publie)e?s?|\bapprend-on|\bselon\s+un\s+bilan\s+(?:publie|communique|diffuse))\s+(?:ce\s+|le\s+)?$").unwrap()
    });
    static BOUND: LazyLock<crate::fast_regex::FastRegex> = LazyLock::new(|| {
        crate::fast_regex::FastRegex::new(
            r"\b(?:depuis|jusqu'(?:a|au|aux|en)?)\s*(?:le\s+|ce\s+)?$",
        )
        .unwrap()
    });
    // "depuis son intervention en Syrie le 24 août 2016": the start of a
    // span named by what began it, a bound too (no verb between).
    static SPAN_START: LazyLock<crate::fast_regex::FastRegex> = LazyLock::new(|| {
        crate::fast_regex::FastRegex::new(r"\bdepuis\s+((?:[a-z'-]+\s+){1,6})$").unwrap()
    });
    let t = &before[before.ceil_char_boundary(before.len().saturating_sub(60))..];
    let span_start = || {
        t.contains("depuis")
            && SPAN_START.captures(t).is_some_and(|c| {
                c.get(1).is_some_and(|w| {
                    w.as_str().split_whitespace().all(|w| {
                        !(crate::document::is_clause_word(w)
                            || matches!(w, "qu" | "mais" | "lorsque" | "quand"))
                    })
                })
            })
    };
    if BOUND.is_match(t) || span_start() {
        Told::Bound
    } else if REPORT.is_match(t) {
        Told::Report
    } else {
        Told::Event
    }
}

/// What a story calls the events it told, after "le lendemain des …"
/// ("le surlendemain des faits", "le lendemain du drame"): the day after
/// the last one told of what happened.
const STORY_NOUNS: &[&str] = &[
    "faits",
    "drame",
    "evenements",
    "tragedie",
    "crime",
    "meurtre",
    "agression",
];

struct Ctx<'a> {
    doc: &'a Document,
    ft: &'a str,
    fo: &'a Folded,
    t: Vec<Tok>,
    reference: Option<NaiveDate>,
    last_day: Option<NaiveDate>,
    last_day_par: usize,
    /// The morning of the night last named, while no other day is named
    /// after it.
    last_night_end: Option<NaiveDate>,
    /// The day last told with its evening or night ("mardi soir", "vers
    /// 22 heures" on it): a clock time of the early morning told next is
    /// of the morning after.
    last_evening: Option<NaiveDate>,
    /// The last day told with each part of day, by its code ("EV", "MO",
    /// "NI"): by its value ("mardi soir") or its words ("le soir du 21 juin
    /// 2019"). What "ce soir-là" points back to, and the night of "dans la
    /// nuit" after an evening.
    last_parts: Vec<(&'static str, NaiveDate)>,
    /// A month told after the last day ("Fin février, le même jour, …"):
    /// what "le même jour" and "ce jour-là" then point back to, at the
    /// month's precision.
    last_month: Option<String>,
    /// The last day mentioned that is not the reference date: what "ce
    /// jour-là" points back to ("Il y a un an jour pour jour, … Ce lundi,
    /// Israël a observé une minute de silence … Ce jour-là, 251 personnes
    /// ont été enlevées").
    last_other_day: Option<NaiveDate>,
    /// The last day told of what happened: not the day of a report ("a
    /// annoncé jeudi", "a-t-on appris ce jeudi") nor the start or end of a
    /// state ("depuis lundi", "jusqu'à dimanche"). What "la veille", "le
    /// lendemain" and "deux jours plus tôt" count from.
    last_event_day: Option<NaiveDate>,
    /// The event day told before `last_event_day`, where it differs: what
    /// "le surlendemain" counts from when the last one, today's, would put
    /// a past act ahead of the news.
    prev_event_day: Option<NaiveDate>,
    /// The last day of a report: what "annoncés la veille" counts from.
    last_report_day: Option<NaiveDate>,
    /// The last day that is no state's bound, of an event or a report:
    /// what "la veille" counts from (the day before the news, or before
    /// what it told last).
    last_told_day: Option<NaiveDate>,
    /// The year of the last date mentioned.
    last_year: Option<i32>,
    tense_memo: RefCell<HashMap<usize, Vec<(usize, i8)>>>,
    /// [`Prefer::sign`] of the run: the tense of a date with no cue.
    prefer: i8,
}

/// How much farther a date on the side the tense contradicts may be.
const TENSE_WEIGHT: i64 = 8;

/// Tense cues farther than this (in tokens) from a date are ignored.
const MAX_CUE_DISTANCE: i64 = 25;

/// As [`MAX_CUE_DISTANCE`], for a date that opens its sentence and has
/// no cue within that: its verb may follow a subject with a long
/// apposition.
const MAX_OPENING_CUE_DISTANCE: i64 = 45;

/// Which way an underspecified date is read when no verb around it tells
/// the tense ("le 31 octobre", "lundi", "Noël" in a headline or a list).
/// News mostly tells what happened, so the default is the nearest date; a
/// calendar or agenda reads ahead (`Future`, the convention of Duckling and
/// of chrono's `forwardDate`); an archive reads back (`Past`, dateparser's
/// `PREFER_DATES_FROM = "past"`). A tense cue always wins over this.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Prefer {
    #[default]
    Nearest,
    Past,
    Future,
}

impl Prefer {
    /// As a tense for [`pick`]: 0 nearest, +1 future, -2 past only (a past
    /// verb, -1, leaves a near future possible; an archive does not).
    fn sign(self) -> i8 {
        match self {
            Prefer::Nearest => 0,
            Prefer::Past => -2,
            Prefer::Future => 1,
        }
    }
}

const DETS: &[&str] = &["le", "la", "ce", "cette", "cet", "l"];

impl<'a> Ctx<'a> {
    fn w(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |t| &self.ft[t.s..t.e])
    }
    fn is(&self, i: usize, s: &str) -> bool {
        self.w(i) == s
    }
    fn isin(&self, i: usize, l: &[&str]) -> bool {
        l.contains(&self.w(i))
    }
    fn k(&self, i: usize) -> Option<Tk> {
        self.t.get(i).map(|t| t.k)
    }
    /// Token `i` is glued to the one before it.
    fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.sp) && i > 0
    }
    fn nl(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.nl)
    }
    fn num(&self, i: usize) -> Option<u32> {
        match self.t.get(i) {
            Some(t) if t.k == Tk::N && t.e - t.s <= 4 => self.ft[t.s..t.e].parse().ok(),
            _ => None,
        }
    }
    fn nlen(&self, i: usize) -> usize {
        self.t.get(i).map_or(0, |t| t.e - t.s)
    }
    fn orig_span(&self, s: usize, e: usize) -> (usize, usize) {
        self.fo.original(self.t[s].s, self.t[e - 1].e)
    }
    fn orig(&self, i: usize) -> &str {
        let (s, e) = self.orig_span(i, i + 1);
        &self.doc.text[s..e]
    }
    fn upper(&self, i: usize) -> bool {
        self.orig(i).chars().next().is_some_and(char::is_uppercase)
    }
    /// Match a token sequence at `i`; returns the end.
    fn seq(&self, i: usize, toks: &[String]) -> Option<usize> {
        for (k, s) in toks.iter().enumerate() {
            if self.w(i + k) != s || (k > 0 && self.nl(i + k)) {
                return None;
            }
        }
        Some(i + toks.len())
    }

    // ------------------------------------------------ tense

    /// Tense cues of the sentence holding token `i`: (token, -1 past / +1 future).
    fn tense(&self, i: usize) -> i8 {
        // "depuis dimanche", "depuis le 1er janvier": a time since which
        // something lasts is past, however near the same day ahead.
        if i > 0 && self.is(i - 1, "depuis")
            || i > 1 && self.is(i - 1, "le") && self.is(i - 2, "depuis")
        {
            return -2;
        }
        // ("depuis fin avril", "depuis la mi-mars", "depuis le début de
        // juin": past a part of the period.)
        if let Some(j) = (i.saturating_sub(6)..i)
            .rev()
            .find(|&j| Edge::of(self.w(j)).is_some())
            && (j + 1..i).all(|k| self.isin(k, &["-", "de", "d", "'", "du", "mois"]))
            && (j.saturating_sub(2)..j)
                .rev()
                .take_while(|&k| k + 1 == j || self.isin(k + 1, &["la", "le", "l", "'"]))
                .any(|k| self.is(k, "depuis"))
        {
            return -2;
        }
        // "maintenue pour mardi": a weekday something is set for is ahead
        // ("d'ici jeudi" is, by its cue in `cues`). ("jusqu'à vendredi" is
        // not: the vigilance of a past storm ran until a day already gone as
        // often as a blockade is voted until the coming one.)
        // (Not a forecast told in the imperfect: "le bulletin annonçait pour
        // dimanche un risque 3", in Monday's paper, was for the day gone.)
        if i > 0
            && self.is(i - 1, "pour")
            && WEEKDAYS.contains(&self.w(i))
            && !(i.saturating_sub(4)..i - 1).any(|k| {
                let w = self.w(k);
                w.len() > 5 && (w.ends_with("ait") || w.ends_with("aient"))
            })
        {
            return 1;
        }
        // "le ministre, attendu lundi à Grenoble", "est attendue mardi":
        // who is expected comes on a day ahead (not "a attendu lundi pour
        // porter plainte": the verb, after its auxiliary).
        if i > 0
            && WEEKDAYS.contains(&self.w(i))
            && self.w(i - 1).starts_with("attendu")
            && !(i > 1 && self.isin(i - 2, AVOIR))
        {
            return 1;
        }
        // "trois jours de deuil à compter de mardi", "une marche prévue
        // samedi": a weekday something starts from, or is planned for, is
        // ahead.
        if WEEKDAYS.contains(&self.w(i))
            && (i > 2 && self.is(i - 1, "de") && self.is(i - 2, "compter") && self.is(i - 3, "a")
                || i > 0 && PLANNED.iter().any(|w| self.w(i - 1).starts_with(w)))
        {
            return 1;
        }
        // "appelle à une marche blanche samedi": what a call in the present
        // asks for is ahead (not "a appelé à la retenue samedi": the day of
        // a past call).
        // ("appelle les avocats à boycotter les audiences vendredi": the
        // ones called between the verb and "à".)
        if WEEKDAYS.contains(&self.w(i))
            && (i.saturating_sub(10)..i).any(|j| {
                matches!(self.w(j), "appelle" | "appellent" | "appelant")
                    && (j + 1..(j + 5).min(i))
                        .find(|&a| self.is(a, "a"))
                        .is_some_and(|a| {
                            (j + 1..a).all(|k| self.k(k) == Some(Tk::W))
                                && (a + 1..i).all(|k| self.k(k) == Some(Tk::W) && !self.is(k, "a"))
                        })
            })
        {
            return 1;
        }
        // "les modifications annoncées mercredi", "un homme mort le 28
        // août": a participle right before, or before "le".
        let p = if i > 1 && self.is(i - 1, "le") {
            i - 2
        } else {
            i.wrapping_sub(1)
        };
        if i > 0
            && self.k(p) == Some(Tk::W)
            && !PLANNED
                .iter()
                .chain(&["fixe", "report", "repouss", "convoqu", "attendu"])
                .any(|w| self.w(p).starts_with(w))
        {
            let o = self.orig(p).to_lowercase();
            // ("resteront fermées mercredi", "seraient fermées lundi": an
            // attribute after a future or a conditional is ahead.)
            // ("doivent être présentés vendredi": a passive infinitive is
            // no past; the verb before it tells.)
            // ("seront à leur tour évacués mercredi": the auxiliary a few
            // words before.)
            let ahead = p > 0 && {
                let v = self.w(p - 1);
                is_conditional(v, self.orig(p - 1))
                    || v.ends_with("ront")
                    || (v.len() > 4 && v.ends_with("ra"))
                    || v == "sera"
                    || v == "etre"
            } || (p.saturating_sub(5)..p.saturating_sub(1))
                .rev()
                // (Not past a noun's determiner: "serait un homme mort le".)
                .take_while(|&j| {
                    self.k(j) == Some(Tk::W)
                        && !self.isin(j, &["un", "une", "le", "la", "les", "l", "des", "du", "de"])
                })
                .any(|j| {
                    matches!(
                        self.w(j),
                        "sera" | "seront" | "serait" | "seraient" | "etre"
                    )
                });
            if !ahead
                && (o.ends_with('é')
                    || o.ends_with("ée")
                    || o.ends_with("és")
                    || o.ends_with("ées")
                    || matches!(o.as_str(), "mort" | "morte" | "morts" | "mortes")
                    || is_past_participle_u_i(self.w(p)))
            {
                return -1;
            }
        }
        if WEEKDAYS.contains(&self.w(i)) && (self.gathering_announced(i) || self.was_to(i)) {
            return 1;
        }
        let ob = self.fo.map[self.t[i].s] as usize;
        let Some(sent) = self.doc.sentence_at(ob) else {
            return 0;
        };
        let mut memo = self.tense_memo.borrow_mut();
        let cues = memo.entry(sent.index).or_insert_with(|| {
            let lo = self
                .t
                .partition_point(|t| (self.fo.map[t.s] as usize) < sent.start);
            let hi = self
                .t
                .partition_point(|t| (self.fo.map[t.s] as usize) < sent.end);
            self.cues(lo, hi)
        });
        // ("ont été placées en garde à vue lundi et devraient être
        // déférées jeudi": a cue after the day, beyond "et", is the next
        // clause's; one before the day, if any, is its own.)
        // (Nor, beyond a comma, the main clause's after a relative one:
        // "qui prendra ses fonctions le 1er décembre, a promis".)
        let coordinated =
            |j: usize| j > i && (i + 1..j).any(|x| self.isin(x, &["et", "mais", "puis", ","]));
        let nearest = |max: i64| {
            cues.iter()
                .filter(|(j, _)| (*j as i64 - i as i64).abs() <= max)
                .min_by_key(|(j, d)| (coordinated(*j), (*j as i64 - i as i64).abs(), *d))
                .map(|c| c.1)
        };
        // ("Mardi matin, une trentaine d'hommes armés se réclamant de …,
        // principale dissidence de …, avaient investi": a day that opens
        // its sentence, with none nearer, takes the verb of its subject
        // past a long apposition.)
        nearest(MAX_CUE_DISTANCE)
            .or_else(|| {
                let lo = self
                    .t
                    .partition_point(|t| (self.fo.map[t.s] as usize) < sent.start);
                (i == lo)
                    .then(|| nearest(MAX_OPENING_CUE_DISTANCE))
                    .flatten()
            })
            .unwrap_or(0)
    }

    /// "les fouilles devaient reprendre mercredi", "devait atteindre
    /// mercredi l'est de Cuba": the imperfect of "devoir" and its
    /// infinitive in the six words before token `i` tell what was to come
    /// on that weekday. (Not a date with its month: "le Knik 200, qui
    /// devait se tenir le 2 janvier, a été annulé" is the nearest.)
    fn was_to(&self, i: usize) -> bool {
        const BETWEEN: &[&str] = &[
            "se", "s", "'", "y", "en", "ne", "n", "pas", "les", "le", "la", "l", "etre",
        ];
        (i.saturating_sub(6)..i).any(|j| {
            self.isin(j, &["devait", "devaient"])
                && (j + 1..i)
                    .find(|&x| !self.isin(x, BETWEEN))
                    .is_some_and(|x| {
                        is_infinitive(self.w(x)) || is_participle(self.w(x), self.orig(x))
                    })
                && (j + 1..i).all(|x| self.k(x) == Some(Tk::W) || self.is(x, "'"))
        })
    }

    /// "a annoncé que", "a précisé qu'une" in the eight words before token
    /// `j` (not before `lo`, the sentence's first token): the clause at `j`
    /// is what was announced.
    fn announced_that(&self, lo: usize, j: usize) -> bool {
        const ANNOUNCING: &[&str] = &[
            "annonce", "indique", "precise", "decide", "promis", "assure",
        ];
        (j.saturating_sub(8).max(lo + 1)..j)
            .any(|q| self.isin(q, &["que", "qu"]) && self.isin(q - 1, ANNOUNCING))
    }

    /// "a annoncé un rassemblement de soutien vendredi à 18 heures": a
    /// gathering in the ten words before token `i`, announced, decided or
    /// called for in the four words before it, with no verb or relative
    /// between the gathering and the day, is held on that day (not "a
    /// annoncé vendredi un rassemblement", the day of the announcement, nor
    /// "la marche de jeudi", nor "une marche qui a eu lieu samedi").
    fn gathering_announced(&self, i: usize) -> bool {
        const GATHERINGS: &[&str] = &[
            "rassemblement",
            "marche",
            "ceremonie",
            "hommage",
            "veillee",
            "obseques",
            "funerailles",
            "reunion",
            "manifestation",
            "messe",
        ];
        const DECIDING: &[&str] = &["annonc", "decid", "organis", "appel", "convoqu"];
        if i == 0 || self.isin(i - 1, &["de", "du", "d"]) {
            return false;
        }
        let lo = i.saturating_sub(10);
        let Some(g) = (lo..i).rev().find(|&k| self.isin(k, GATHERINGS)) else {
            return false;
        };
        (g.saturating_sub(4)..g)
            .any(|j| self.k(j) == Some(Tk::W) && DECIDING.iter().any(|d| self.w(j).starts_with(d)))
            && (g + 1..i).all(|k| {
                (self.k(k) == Some(Tk::W) || self.is(k, "'"))
                    && !self.isin(
                        k,
                        &[
                            "qui", "que", "qu", "a", "ont", "est", "sont", "avait", "avaient",
                            "etait",
                        ],
                    )
                    && !is_participle(self.w(k), self.orig(k))
            })
    }

    /// "dès" (`Some(false)`) or "jusqu'à" (`Some(true)`) right before token
    /// `i`: the start or the end of something that lasts.
    fn bound_before(&self, i: usize) -> Option<bool> {
        if i > 0 && self.is(i - 1, "des") {
            Some(false)
        } else if i > 2 && self.is(i - 1, "a") && self.is(i - 2, "'") && self.is(i - 3, "jusqu") {
            Some(true)
        } else {
            None
        }
    }

    /// A verb or noun of deciding, announcing or imposing among the twenty
    /// words before token `i` ("a annoncé", "a décidé", "a décrété", "a
    /// ordonné", "a interdit", "l'interdiction de", "a prolongé", "a
    /// suspendu", "a instauré").
    fn decided_before(&self, i: usize) -> bool {
        (i.saturating_sub(20)..i).any(|j| {
            self.k(j) == Some(Tk::W)
                && [
                    "annonc", "decid", "decret", "ordonn", "interdi", "prolong", "suspend",
                    "instaur",
                ]
                .iter()
                .any(|p| self.w(j).starts_with(p))
        })
    }

    /// What a day counted from a day told before counts from (`ahead`:
    /// "le lendemain", "deux jours plus tard"; else "la veille", "deux
    /// jours plus tôt"): after a verb of reporting ("contre 14 annoncés la
    /// veille", "comme annoncé la veille"), the last day of a report, else
    /// the reference date; ahead, the last day told of what happened (not
    /// a report's: a story cannot run past its news); back, the last day
    /// told that bounds no state ("depuis lundi" is passed over).
    fn anchor_base(&self, i: usize, ahead: bool) -> Option<NaiveDate> {
        let before = &self.ft[..self.t.get(i).map_or(self.ft.len(), |t| t.s)];
        let reported = before
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .find(|w| !matches!(*w, "" | "la" | "le" | "l" | "au"))
            .is_some_and(|w| {
                [
                    "annonce",
                    "communique",
                    "publie",
                    "avance",
                    "evoque",
                    "donne",
                ]
                .iter()
                .any(|p| w.starts_with(p))
            });
        if reported {
            return self.last_report_day.or(self.reference);
        }
        let told = if ahead {
            self.last_event_day
        } else {
            self.last_told_day
        };
        told.or(self.last_day).or(self.reference)
    }

    /// A weekday in apposition after a day counted from another ("La
    /// veille, vendredi,", "Deux jours plus tôt, samedi,", "trois jours
    /// plus tôt, le jeudi"): it names the day, the count only tells which
    /// (the nearest to `d`). With where the mention then ends.
    fn apposed_weekday(&self, e: usize, d: NaiveDate) -> Option<(NaiveDate, usize)> {
        if !self.is(e, ",") {
            return None;
        }
        let k = if self.is(e + 1, "le") { e + 2 } else { e + 1 };
        let (wd, e2) = self.weekday_at(k)?;
        // (Not a full date: "la veille, vendredi 3 mars" is read as such.)
        if self.num(e2).is_some() {
            return None;
        }
        let diff = (wd as i64 - d.weekday().num_days_from_monday() as i64).rem_euclid(7);
        let delta = if diff <= 3 { diff } else { diff - 7 };
        Some((d + Duration::days(delta), e2))
    }

    /// Is the clause after token `i` in the pluperfect ("La veille, une
    /// frappe avait tué…"): "avait" or "avaient" within its next ten
    /// tokens, before a full stop?
    fn pluperfect_after(&self, i: usize) -> bool {
        (i..i + 10)
            .take_while(|&k| k < self.t.len() && !matches!(self.w(k), "." | ";" | "!" | "?"))
            .any(|k| self.isin(k, &["avait", "avaient"]))
    }

    /// The tense cue at token `i`, or the run's [`Prefer`] when there is none.
    fn tense_or_prefer(&self, i: usize) -> i8 {
        match self.tense(i) {
            0 => self.prefer,
            t => t,
        }
    }

    fn cues(&self, lo: usize, hi: usize) -> Vec<(usize, i8)> {
        const AUX: &[&str] = &[
            "a", "ai", "as", "avons", "avez", "ont", "est", "sont", "suis", "sommes", "etes",
            "avait", "avaient", "etait", "etaient", "eut", "fut", "furent", "avais", "etais",
        ];
        const SKIP: &[&str] = &[
            "ne",
            "n",
            "pas",
            "plus",
            "deja",
            "t",
            "il",
            "elle",
            "on",
            "ils",
            "elles",
            "-",
            "'",
            "aussi",
            "egalement",
            "notamment",
            "y",
            "en",
            "jamais",
            "toujours",
            "ainsi",
            "bien",
            "encore",
            "alors",
            "finalement",
            "enfin",
            "meme",
            "d",
            "abord",
            "ensuite",
        ];
        let mut out = Vec::new();
        for j in lo..hi {
            if self.k(j) != Some(Tk::W) {
                continue;
            }
            let w = self.w(j);
            let o = self.orig(j);
            // Lower case, sentence-initial, or a headline in capitals.
            let lower = !o.chars().next().is_some_and(char::is_uppercase)
                || j == lo
                || !o.chars().any(char::is_lowercase);
            if matches!(w, "hier" | "dernier" | "derniere" | "passe" | "passee") {
                out.push((j, -1));
                continue;
            }
            if w.starts_with("prochain") || w == "demain" || w.starts_with("prevu") {
                out.push((j, 1));
                continue;
            }
            if matches!(
                w,
                "doit" | "doivent" | "devra" | "devront" | "devrait" | "devraient" | "pourrait"
            ) {
                // ("pourrait avoir péri", "doit avoir été tué": a past;
                // not "doivent être présentés", a passive ahead.)
                let past = j + 2 < hi
                    && self.is(j + 1, "avoir")
                    && is_participle(self.w(j + 2), self.orig(j + 2));
                out.push((j, if past { -1 } else { 1 }));
                continue;
            }
            // A future of "être", "avoir" or "faire": "sera jugé le 24
            // septembre", "aura lieu le 3 mai".
            if matches!(w, "sera" | "seront" | "aura" | "auront" | "fera" | "feront") {
                out.push((j, 1));
                continue;
            }
            if matches!(
                w,
                "va" | "vont" | "peut" | "peuvent" | "pourra" | "pourront"
            ) && (j + 1..(j + 4).min(hi)).any(|x| {
                let n = self.w(x);
                n.len() > 3 && (n.ends_with("er") || n.ends_with("ir") || n.ends_with("re"))
            }) {
                out.push((j, 1));
                continue;
            }
            if w == "partir" && j > lo && self.is(j - 1, "a") {
                out.push((j, 1));
                continue;
            }
            if w == "ici" && j > lo && self.is(j - 1, "'") {
                // "d'ici le 30 juin"
                out.push((j, 1));
                continue;
            }
            let conditional = is_conditional(w, o);
            if (AUX.contains(&w) && !(w == "a" && o != "a")) || conditional {
                let etre = ETRE.contains(&w);
                let reflexive =
                    j > lo + 1 && self.is(j - 1, "'") && self.isin(j - 2, &["s", "m", "t"])
                        || j > lo && self.isin(j - 1, &["se", "me"]);
                let mut x = j + 1;
                // An imperfect or simple past of the auxiliary is past by itself.
                let mut cue = if conditional {
                    1
                } else if matches!(
                    w,
                    "avait"
                        | "avaient"
                        | "etait"
                        | "etaient"
                        | "eut"
                        | "fut"
                        | "furent"
                        | "avais"
                        | "etais"
                ) {
                    -1
                } else {
                    0
                };
                while x < hi && x < j + 6 {
                    let nw = self.w(x);
                    if SKIP.contains(&nw) || self.k(x) == Some(Tk::P) {
                        x += 1;
                        continue;
                    }
                    if nw.starts_with("prevu") {
                        break;
                    }
                    // "pourraient avoir péri", "devrait avoir été tué": a
                    // modal's past infinitive tells a past (with "avoir":
                    // "être" and a participle is a passive, ahead).
                    if conditional
                        && nw == "avoir"
                        && x + 1 < hi
                        && is_participle(self.w(x + 1), self.orig(x + 1))
                    {
                        cue = -1;
                        break;
                    }
                    // "resteraient fermés mercredi": a verb's conditional
                    // and its attribute stay ahead; only an auxiliary's
                    // ("aurait été", "serait mort") makes a past.
                    if conditional && !matches!(w, "serait" | "seraient" | "aurait" | "auraient") {
                        break;
                    }
                    // "a annoncé qu'une cérémonie serait organisée
                    // mercredi": a passive conditional in what was
                    // announced is a future in the past.
                    if matches!(w, "serait" | "seraient")
                        && is_participle(nw, self.orig(x))
                        && self.announced_that(lo, j)
                    {
                        cue = 1;
                        break;
                    }
                    if is_participle(nw, self.orig(x))
                        && (!etre
                            || reflexive
                            || nw == "ete"
                            || ETRE_VERBS.iter().any(|v| nw.starts_with(v)))
                    {
                        cue = -1;
                    }
                    break;
                }
                if cue != 0 {
                    out.push((j, cue));
                }
                continue;
            }
            if !lower || w.len() < 4 || NOT_VERBS.contains(&w) {
                continue;
            }
            if w.ends_with("erent")
                || w == "fut"
                || w == "furent"
                || w.ends_with("ait")
                || w.ends_with("aient")
            {
                out.push((j, -1));
            } else if w.ends_with("ra") || w.ends_with("ront") || w.ends_with("rons") {
                out.push((j, 1));
            }
        }
        out
    }

    // ------------------------------------------------ resolution

    fn resolve(&self, sp: Spec, at: usize) -> (Option<R>, String, DateKind) {
        let unres = format!(
            "{}-{}-{}",
            sp.y.map_or("XXXX".into(), |y| format!("{y:04}")),
            sp.m.map_or("XX".into(), |m| format!("{m:02}")),
            sp.d.map_or("XX".into(), |d| format!("{d:02}")),
        );
        match (sp.y, sp.m, sp.d) {
            (Some(y), Some(m), Some(d)) => {
                return (ymd(y, m, d).map(R::Day), unres, DateKind::Absolute);
            }
            (Some(y), Some(m), None) => {
                return (Some(R::Month(y, m)), unres, DateKind::Absolute);
            }
            (Some(y), None, None) => return (Some(R::Year(y)), unres, DateKind::Absolute),
            _ => {}
        }
        let kind = DateKind::Underspecified;
        if let (None, Some(m), Some(d), None) = (sp.y, sp.m, sp.d, sp.wd)
            && let Some(y) = self.year_in_apposition(at)
        {
            return (ymd(y, m, d).map(R::Day), unres, kind);
        }
        // "Il y a deux ans, en octobre", "il y a trois ans, le 4 août": the
        // month is that year's.
        if let (None, Some(m), None, Some(r)) = (sp.y, sp.m, sp.wd, self.reference)
            && let Some(n) = self.years_ago_before(at)
        {
            let y = r.year() - n;
            return match sp.d {
                Some(d) => (ymd(y, m, d).map(R::Day), unres, kind),
                None => (Some(R::Month(y, m)), unres, kind),
            };
        }
        let Some(r) = self.reference else {
            let u = match (sp.m, sp.d, sp.wd) {
                (Some(m), None, _) => format!("XXXX-{m:02}"),
                (None, None, Some(wd)) => format!("XXXX-WXX-{}", wd + 1),
                _ => unres,
            };
            return (None, u, kind);
        };
        // A direction ("dernier", "prochain") decides alone.
        let t = if sp.dir == 0 {
            self.tense_or_prefer(at)
        } else {
            0
        };
        match (sp.m, sp.d, sp.wd) {
            (Some(m), Some(d), wd) => {
                let c: Vec<NaiveDate> = (r.year() - 1..=r.year() + 1)
                    .filter_map(|y| ymd(y, m, d))
                    .collect();
                // "jeudi 16 septembre": the year where the weekday fits
                // (when that year is one the tense allows).
                let fits = wd.and_then(|wd| {
                    let f: Vec<NaiveDate> = c
                        .iter()
                        .copied()
                        .filter(|x| x.weekday().num_days_from_monday() == wd)
                        .collect();
                    // A weekday that fits one year only names that year
                    // whatever the tense, near the reference ("ce mercredi
                    // 1er juin", told in the conditional of hearsay); far
                    // from it, the weekday is more likely a slip.
                    pick(&f, r, sp.dir, t).or_else(|| {
                        pick(&f, r, sp.dir, 0).filter(|x| (*x - r).num_days().abs() <= 31)
                    })
                });
                // "la nuit du 8 au 9 septembre 2023 … Au matin du 9
                // septembre, les autorités n'annonçaient encore que 296
                // morts", told on 8 September 2024: a day told in the past
                // that the reference's year would put ahead is of the year
                // of the other day just told, when it falls within a month
                // of it.
                let narrative = |p: NaiveDate| {
                    let o = self.last_other_day.filter(|o| o.year() != p.year())?;
                    let x = ymd(o.year(), m, d)?;
                    ((x - o).num_days().abs() <= 31 && x <= r).then_some(x)
                };
                let picked = fits.or_else(|| {
                    pick(&c, r, sp.dir, t).map(|p| {
                        if t < 0 && sp.dir == 0 && p > r {
                            narrative(p).unwrap_or(p)
                        } else {
                            p
                        }
                    })
                });
                (picked.map(R::Day), unres, kind)
            }
            (None, Some(d), wd) => {
                let around = |k: std::ops::RangeInclusive<i64>| -> Vec<NaiveDate> {
                    k.filter_map(|k| {
                        let (y, m) = add_months(r.year(), r.month(), k);
                        ymd(y, m, d)
                    })
                    .collect()
                };
                // "jeudi 15": the month where the 15th is a Thursday.
                let fits = wd.and_then(|wd| {
                    let f: Vec<NaiveDate> = around(-12..=12)
                        .into_iter()
                        .filter(|x| x.weekday().num_days_from_monday() == wd)
                        .collect();
                    // A weekday that fits one year only names that year
                    // whatever the tense, near the reference ("ce mercredi
                    // 1er juin", told in the conditional of hearsay); far
                    // from it, the weekday is more likely a slip.
                    pick(&f, r, sp.dir, t).or_else(|| {
                        pick(&f, r, sp.dir, 0).filter(|x| (*x - r).num_days().abs() <= 31)
                    })
                });
                (
                    fits.or_else(|| pick(&around(-1..=1), r, sp.dir, t))
                        .map(R::Day),
                    unres,
                    kind,
                )
            }
            (Some(m), None, _) => {
                let r1 = ymd(r.year(), r.month(), 1).unwrap();
                let c: Vec<NaiveDate> = (r.year() - 1..=r.year() + 1)
                    .filter_map(|y| ymd(y, m, 1))
                    .collect();
                let p = pick(&c, r1, sp.dir, t);
                (
                    p.map(|d| R::Month(d.year(), d.month())),
                    format!("XXXX-{m:02}"),
                    kind,
                )
            }
            (None, None, Some(wd)) => {
                let c: Vec<NaiveDate> = (-7..=7)
                    .map(|k| r + Duration::days(k))
                    .filter(|d| d.weekday().num_days_from_monday() == wd)
                    .collect();
                // "a annoncé l'ouverture d'une cellule dès lundi", "a
                // maintenu la route fermée jusqu'à lundi": a bound of what
                // lasts, the past verb of the report notwithstanding, is
                // the nearest such day, before or after.
                let t = match self.bound_before(at) {
                    // "a annoncé la fermeture de l'école jusqu'à lundi",
                    // "a décrété un deuil dès samedi": what is decided lasts
                    // from or to a day ahead.
                    Some(_) if t <= 0 && self.decided_before(at) => 1,
                    // "a maintenu la route fermée jusqu'à lundi": the
                    // nearest such day; "Dès lundi, il a été hospitalisé":
                    // a start told in the past is past.
                    Some(true) if t == -1 => 0,
                    _ => t,
                };
                // Without a tense, a bare weekday names the coming one.
                (pick(&c, r, sp.dir, t).map(R::Day), unres, kind)
            }
            _ => (None, unres, kind),
        }
    }

    // ------------------------------------------------ pieces

    /// The year of an event named just before a day and month told
    /// without one, in apposition: "la guerre de 2014, déclenchée le 8
    /// juillet", "le séisme de 2010, survenu le 12 janvier", "En 2014, le
    /// 8 juillet"; never with a weekday, which names its own year. `at` is
    /// the date's first token.
    fn year_in_apposition(&self, at: usize) -> Option<i32> {
        static BEFORE: LazyLock<crate::fast_regex::FastRegex> = LazyLock::new(|| {
            crate::fast_regex::FastRegex::new(
                r"(?:^|\s)(?:de|en|d')\s*(\d{4})\s*,\s*((?:[a-z]+\s+){0,2})le\s+$",
            )
            .unwrap()
        });
        // (Not after a verb: "né en 1925, est mort le 27 mars".)
        const VERBS: &[&str] = &[
            "est", "a", "sont", "ont", "etait", "avait", "etaient", "avaient", "fut", "sera", "il",
            "elle", "ils", "elles", "on",
        ];
        // The date's first token is its "le" or its day.
        let c = BEFORE.captures(self.text_before(at, &["le"])?)?;
        if c[2].split_whitespace().any(|w| VERBS.contains(&w)) {
            return None;
        }
        let y: i32 = c[1].parse().ok()?;
        (1000..=2100).contains(&y).then_some(y)
    }

    /// The years of "il y a deux ans," right before a month told without
    /// its year ("il y a deux ans, en octobre"). `at` is the date's first
    /// token.
    fn years_ago_before(&self, at: usize) -> Option<i32> {
        static BEFORE: LazyLock<crate::fast_regex::FastRegex> = LazyLock::new(|| {
            crate::fast_regex::FastRegex::new(
                r"(?:^|\s)il\s+y\s+a\s+(\d{1,2}|[a-z]+)\s+ans?\s*,\s*(?:(?:en|le|au\s+mois\s+d')\s*)?$",
            )
            .unwrap()
        });
        let c = BEFORE.captures(self.text_before(at, &["le", "en"])?)?;
        let n = match c[1].parse::<i32>() {
            Ok(n) => n,
            Err(_) => number_word(&c[1]).filter(|&v| v <= 10)? as i32,
        };
        (1..=60).contains(&n).then_some(n)
    }

    /// The folded text of the eight tokens before a date whose first token
    /// is `at`, with that token when it is one of `leads` (the date's "le"
    /// or "en", which the patterns before it read).
    fn text_before(&self, at: usize, leads: &[&str]) -> Option<&str> {
        let from = self.t.get(at.saturating_sub(8))?.s;
        let end = if leads.iter().any(|w| self.is(at, w)) {
            self.t.get(at + 1)?.s
        } else {
            self.t.get(at)?.s
        };
        Some(&self.ft[from..end])
    }

    fn month_at(&self, i: usize, abbr: bool) -> Option<(u32, usize)> {
        let w = self.w(i);
        if let Some(m) = MONTHS.iter().position(|n| *n == w) {
            return Some((m as u32 + 1, i + 1));
        }
        if abbr && let Some(&(_, m)) = MONTH_ABBR.iter().find(|(n, _)| *n == w) {
            let e = if self.is(i + 1, ".") && self.glued(i + 1) {
                i + 2
            } else {
                i + 1
            };
            // "sept" without a period is seven unless a year follows.
            if w == "sept" && e == i + 1 && !(self.nlen(e) == 4 && self.num(e).is_some()) {
                return None;
            }
            return Some((m, e));
        }
        None
    }

    fn weekday_at(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.w(i);
        if let Some(p) = WEEKDAYS.iter().position(|d| *d == w) {
            return Some((p as u32, i + 1));
        }
        // "lun." only with its period.
        if let Some(p) = WEEKDAY_ABBR.iter().position(|d| *d == w)
            && self.is(i + 1, ".")
            && self.glued(i + 1)
            && self.num(i + 2).is_some()
        {
            return Some((p as u32, i + 2));
        }
        None
    }

    /// Day of month: "5", "1er", "premier", "15e"; number words when `words`.
    fn day_num(&self, i: usize, words: bool) -> Option<(u32, usize)> {
        if let Some(d) = self.num(i)
            && self.nlen(i) <= 2
            && (1..=31).contains(&d)
        {
            let mut e = i + 1;
            if self.glued(e) && self.isin(e, &["er", "e", "eme", "re"]) {
                e += 1;
            }
            // A clock time or a decimal, not a day.
            if self.glued(e)
                && (self.is(e, "h")
                    || (self.isin(e, &[":", ",", "."]) && self.num(e + 1).is_some()))
            {
                return None;
            }
            return Some((d, e));
        }
        if self.is(i, "premier") {
            return Some((1, i + 1));
        }
        // "la nuit de vendredi à samedi une nouvelle vague": the article,
        // no day.
        if words && !self.isin(i, &["un", "une"]) {
            let (n, e) = self.number_words(i)?;
            if (1..=31).contains(&n) {
                return Some((n, e));
            }
        }
        None
    }

    /// A number written in words: "vingt-et-un", "soixante-dix".
    fn number_words(&self, i: usize) -> Option<(u32, usize)> {
        let mut total = 0u32;
        let mut cur = 0u32;
        let mut j = i;
        let mut any = false;
        loop {
            let w = self.w(j);
            if let Some(v) = number_word(w) {
                match v {
                    100 => cur = cur.max(1) * 100,
                    1000 => {
                        total += cur.max(1) * 1000;
                        cur = 0;
                    }
                    20 if cur % 100 == 4 => cur = cur - 4 + 80,
                    _ => cur += v,
                }
                any = true;
                j += 1;
                // Continue over "-" or "et".
                if (self.is(j, "-") && number_word(self.w(j + 1)).is_some())
                    || (self.is(j, "et") && matches!(self.w(j + 1), "un" | "une" | "onze"))
                {
                    j += 1;
                    continue;
                }
                break;
            }
            break;
        }
        any.then_some((total + cur, j))
    }

    fn four_digit_year(&self, i: usize) -> Option<i32> {
        let y = self.num(i)?;
        (self.nlen(i) == 4 && (1000..=2100).contains(&y)).then_some(y as i32)
    }

    /// A year after a month: four digits, or two ("octobre 98") before no word.
    fn year_after_month(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.four_digit_year(i)
            && !self.decimal_at(i + 1)
        {
            return Some((y, i + 1));
        }
        if self.nlen(i) == 2
            && let Some(y) = self.num(i)
            && (self.k(i + 1) != Some(Tk::W)
                || self.isin(
                    i + 1,
                    &["a", "et", "au", "en", "dans", "ou", "puis", "lors"],
                ))
            && !(self.glued(i + 1) && self.k(i + 1) != Some(Tk::P))
            && !self.isin(i + 1, &["%", "h", ":"])
            && !self.decimal_at(i + 1)
        {
            let y = if y < 40 { 2000 + y } else { 1900 + y } as i32;
            return Some((y, i + 1));
        }
        None
    }

    fn dir_at(&self, i: usize) -> Option<(i8, usize)> {
        match self.w(i) {
            "dernier" | "derniere" | "derniers" | "dernieres" | "passe" | "passee" | "passes"
            | "passees" => Some((-1, i + 1)),
            "prochain" | "prochaine" | "prochains" | "prochaines" => Some((1, i + 1)),
            _ => None,
        }
    }

    /// Part of day: "matin", "soir", "après-midi", "en fin d'après-midi".
    fn daypart(&self, i: usize) -> Option<(&'static str, usize)> {
        let mut j = i;
        if self.is(j, "en") && self.isin(j + 1, &["debut", "fin", "milieu"]) {
            if self.is(j + 2, "de") {
                j += 3;
            } else if self.is(j + 2, "d") && self.is(j + 3, "'") {
                j += 4;
            } else {
                return None;
            }
        } else if self.is(j, "dans") && self.is(j + 1, "la") {
            j += 2;
        } else if self.is(j, "au") && self.isin(j + 1, &["matin", "soir"]) {
            // "lundi 4 janvier au matin"
            j += 1;
        }
        let p = match self.w(j) {
            "matin" | "matinee" => "MO",
            "soir" | "soiree" => "EV",
            "nuit" => "NI",
            "apres" if self.is(j + 1, "-") && self.is(j + 2, "midi") => {
                return Some(("AF", j + 3));
            }
            "apres" if self.is(j + 1, "midi") => return Some(("AF", j + 2)),
            _ => return None,
        };
        if j > i && self.w(i) == "dans" && p != "NI" && !self.w(j).ends_with('e') {
            return None;
        }
        Some((p, j + 1))
    }

    /// A clock time: "14 h 30", "14h30", "22 heures", "14:30", "midi".
    fn clock(&self, i: usize) -> Option<((u32, u32), usize)> {
        // "UTC+01:00", "GMT-5": a zone's offset, no time of day.
        if i >= 2 && matches!(self.w(i - 1), "+" | "-" | "−") && is_utc(self.w(i - 2)) {
            return None;
        }
        if let Some(h) = self.num(i)
            && self.nlen(i) <= 2
            && h <= 24
        {
            let j = i + 1;
            if self.is(j, "h") || self.is(j, "heures") || self.is(j, "heure") {
                let unit_h = self.is(j, "h");
                let mut e = j + 1;
                let mut mi = 0;
                if let Some(m) = self.num(e)
                    && self.nlen(e) == 2
                    && m < 60
                {
                    mi = m;
                    e += 1;
                } else if !unit_h && self.is(e, "et") && self.isin(e + 1, &["demie", "quart"]) {
                    mi = if self.is(e + 1, "demie") { 30 } else { 15 };
                    e += 2;
                }
                if unit_h && self.glued(e) && self.k(e) == Some(Tk::W) {
                    return None;
                }
                return Some(((h, mi), e));
            }
            if self.is(j, ":") && self.glued(j) && self.glued(j + 1) && self.nlen(j + 1) == 2 {
                let m = self.num(j + 1)?;
                if m < 60 && h < 24 {
                    return Some(((h, m), j + 2));
                }
            }
        }
        match self.w(i) {
            "midi" => Some(((12, 0), i + 1)),
            "minuit" => Some(((0, 0), i + 1)),
            _ => None,
        }
    }

    /// A day point: "[le] [mardi] 5 janvier [2021] [dernier]", "mardi
    /// [soir]", or with `bare` a day alone ("du 2 au 5 janvier").
    fn day_point(&self, i: usize, bare: bool) -> Option<(Spec, usize)> {
        let mut sp = Spec::default();
        let mut j = i;
        if let Some((wd, e)) = self.weekday_at(j) {
            sp.wd = Some(wd);
            j = e;
            // "samedi soir 6 octobre"
            if let Some((p, e2)) = self.daypart(j)
                && self.day_num(e2, false).is_some()
                && self
                    .month_at(self.day_num(e2, false).unwrap().1, true)
                    .is_some()
            {
                sp.part = Some(p);
                j = e2;
            }
        }
        let dn = self.day_num(j, bare || sp.wd.is_some()).or_else(|| {
            // "dix juillet"
            self.number_words(j)
                .filter(|(n, e)| (1..=31).contains(n) && self.month_at(*e, false).is_some())
        });
        let Some((d, e)) = dn else {
            if sp.wd.is_some() && (bare || j > i) {
                return Some((sp, j));
            }
            return None;
        };
        if self.is(j, "premier") && self.month_at(e, false).is_none() {
            return sp.wd.map(|_| (sp, j));
        }
        sp.d = Some(d);
        let day_start = j;
        j = e;
        if let Some((m, e)) = self.month_at(j, true) {
            // "31 juin" is no date ("29 février" needs a leap year).
            ymd(2000, m, d)?;
            sp.m = Some(m);
            j = e;
            if let Some((y, e)) = self.year_after_month(j) {
                ymd(y, m, d)?;
                sp.y = Some(y);
                j = e;
            } else if let Some((dir, e)) = self.dir_at(j) {
                sp.dir = dir;
                j = e;
            }
        } else if !bare && sp.wd.is_none() {
            return None;
        } else if sp.wd.is_some() && !bare {
            // "mercredi 13": the number must not count something; nor be
            // in words without its month ("a « neutralisé » dimanche cinq
            // « terroristes »": a day alone is written in digits).
            // (In words before a time or the clause's end, a day: "vendredi
            // quinze à seize heures".)
            let in_words = self.k(day_start) != Some(Tk::N)
                && self.k(j).is_some()
                && !self.isin(j, &["et", "au", "a", "ou", ".", ",", ";"]);
            if in_words || self.k(j) == Some(Tk::W) && !self.isin(j, &["et", "au", "a", "ou"]) {
                return Some((Spec { d: None, ..sp }, i + 1));
            }
        }
        Some((sp, j))
    }

    fn date_m(&self, s: usize, e: usize, sp: Spec, at: usize) -> M {
        let (r, unres, kind) = self.resolve(sp, at);
        let mut m = M::from_r(s, e, r, unres, kind);
        if let (Some(p), Some(v)) = (sp.part, m.value.as_mut()) {
            v.push('T');
            v.push_str(p);
        }
        m
    }

    // ------------------------------------------------ patterns

    fn p_day(&self, i: usize) -> Option<M> {
        // "lundi 8/2/2016"
        if let Some((_, e)) = self.weekday_at(i)
            && let Some(mut m) = self.p_numeric_at(e, true)
        {
            m.s = i;
            return Some(m);
        }
        let (mut sp, mut e) = self.day_point(i, false)?;
        if sp.d.is_none() {
            // A weekday: "mardi dernier", "mardi soir", "lundi prochain".
            let wd = sp.wd?;
            if let Some((dir, e2)) = self.dir_at(e) {
                sp.dir = dir;
                e = e2;
            } else if self.is(e, "suivant") || self.is(e, "suivante") {
                sp.dir = 1;
                e += 1;
            } else if self.is(e, "d") && self.is(e + 1, "'") && self.is(e + 2, "apres") {
                sp.dir = 1;
                e += 3;
            } else if let Some(m) = self.weekday_week(i, wd, e) {
                return Some(m);
            } else if i > 0 && self.is(i - 1, "le") && self.daypart(e).is_none() {
                // "le mercredi": every Wednesday.
                let mut m = M::new(
                    i,
                    e,
                    Some(format!("XXXX-WXX-{}", wd + 1)),
                    DateKind::Duration,
                );
                m.det = true;
                return Some(m);
            }
            if let Some((p, e2)) = self.daypart(e) {
                sp.part = Some(p);
                e = e2;
            }
        } else if sp.part.is_none()
            && sp.m.is_some()
            && let Some((p, e2)) = self.daypart(e)
            && !self.is(e, "dans")
        {
            sp.part = Some(p);
            e = e2;
        }
        let mut m = self.date_m(i, e, sp, i);
        m.det = true;
        Some(m)
    }

    /// "mardi de la semaine prochaine", "lundi en huit", "lundi cette semaine".
    fn weekday_week(&self, i: usize, wd: u32, e: usize) -> Option<M> {
        let r = self.reference?;
        let mut j = e;
        if self.is(j, "en") && (self.isin(j + 1, &["huit", "quinze"]) || self.num(j + 1).is_some())
        {
            let k = match (self.w(j + 1), self.num(j + 1)) {
                ("huit", _) | (_, Some(8)) => 7,
                ("quinze", _) | (_, Some(15)) => 14,
                _ => return None,
            };
            let base = (0..7)
                .map(|x| r + Duration::days(x))
                .find(|d| d.weekday().num_days_from_monday() == wd)?;
            let d = base + Duration::days(k);
            let mut m = M::from_r(i, j + 2, Some(R::Day(d)), String::new(), DateKind::Relative);
            m.det = true;
            return Some(m);
        }
        if self.is(j, "de") {
            j += 1;
        }
        let off = if self.is(j, "cette") && self.is(j + 1, "semaine") {
            j += 2;
            0
        } else if self.is(j, "la") && self.is(j + 1, "semaine") {
            let o = match self.w(j + 2) {
                "prochaine" | "suivante" => 1,
                "derniere" | "passee" | "precedente" => -1,
                "d" if self.is(j + 3, "'") && self.is(j + 4, "apres") => {
                    j += 2;
                    1
                }
                _ => return None,
            };
            j += 3;
            o
        } else {
            return None;
        };
        let monday = r - Duration::days(r.weekday().num_days_from_monday() as i64);
        let d = monday + Duration::days(7 * off + wd as i64);
        let mut m = M::from_r(i, j, Some(R::Day(d)), String::new(), DateKind::Relative);
        m.det = true;
        Some(m)
    }

    /// "le 14": a bare day after "le".
    fn p_bare_day(&self, i: usize) -> Option<M> {
        // "le premier" alone is "the first" (minister...), not a day.
        // "à partir du 8" is a day too.
        let from = self.is(i, "du") && self.is(i.wrapping_sub(1), "partir");
        if !self.isin(i, &["le", "du", "au"]) || self.k(i + 1) != Some(Tk::N) {
            return None;
        }
        let (d, e) = self.day_num(i + 1, false)?;
        let named_month = self.month_of_day(e);
        // "du" and "au" open a bare day only before its month's name ("au
        // 4 de ce mois") or after "à partir".
        if !(self.is(i, "le") || from || named_month.is_some()) {
            return None;
        }
        if let Some((off, end)) = named_month {
            let r = self.reference?;
            let (y, m) = add_months(r.year(), r.month(), off);
            let date = ymd(y, m, d)?;
            return Some(M::from_r(
                i,
                end,
                Some(R::Day(date)),
                String::new(),
                DateKind::Relative,
            ));
        }
        if self.k(e) == Some(Tk::W) && !self.isin(e, &["et", "au", "ou", "dernier", "prochain"]) {
            return None;
        }
        if (self.isin(e, &["%", "/", "-"]) && self.glued(e)) || self.k(e) == Some(Tk::N) {
            return None;
        }
        // "le 10, rue Paul-Bert"
        let street = if self.is(e, ",") { e + 1 } else { e };
        if self.isin(street, STREETS) || self.isin(i.wrapping_sub(1), &["devant", "numero"]) {
            return None;
        }
        let sp = Spec {
            d: Some(d),
            ..Spec::default()
        };
        Some(self.date_m(i, e, sp, i))
    }

    /// The month a bare day names after it, as an offset from the
    /// reference month, and where it ends: "courant", "de ce mois(-ci)",
    /// "du mois en cours" (0), "du mois dernier / précédent / passé" (-1),
    /// "du mois prochain / suivant" (+1).
    fn month_of_day(&self, e: usize) -> Option<(i64, usize)> {
        if self.is(e, "courant") {
            return Some((0, e + 1));
        }
        if self.is(e, "de") && self.is(e + 1, "ce") && self.is(e + 2, "mois") {
            let ci = self.is(e + 3, "-") && self.is(e + 4, "ci") && self.glued(e + 3);
            return Some((0, if ci { e + 5 } else { e + 3 }));
        }
        if !(self.is(e, "du") && self.is(e + 1, "mois")) {
            return None;
        }
        match self.w(e + 2) {
            "en" if self.is(e + 3, "cours") => Some((0, e + 4)),
            "dernier" | "precedent" | "passe" => Some((-1, e + 3)),
            "prochain" | "suivant" => Some((1, e + 3)),
            // "enlevés le 14 du mois": the reference month (not "le 14 du
            // mois (sacré) de ramadan", another calendar's, nor "du mois
            // d'avril").
            w if matches!(w, "de" | "d") || OTHER_CALENDAR.contains(&w) => None,
            _ => Some((0, e + 2)),
        }
    }

    fn p_numeric(&self, i: usize) -> Option<M> {
        self.p_numeric_at(i, false)
    }

    /// Numeric dates; `dated` when a weekday or article announces a date.
    fn p_numeric_at(&self, i: usize, dated: bool) -> Option<M> {
        let a = self.num(i)?;
        let la = self.nlen(i);
        // "20 02 2014": day, month, four-digit year separated by spaces (not
        // a phone number: nothing numeric may follow).
        if la <= 2
            && self.k(i + 1) == Some(Tk::N)
            && self.k(i + 2) == Some(Tk::N)
            && !self.glued(i + 1)
            && !self.glued(i + 2)
            && self.nlen(i + 1) <= 2
            && self.nlen(i + 2) == 4
            && self.k(i + 3) != Some(Tk::N)
            && !(self.glued(i + 3) && self.k(i + 3) == Some(Tk::W))
            && !self.decimal_at(i + 3)
            && let (Some(m), Some(y)) = (self.num(i + 1), self.num(i + 2))
            && let Some(d) = ymd(y as i32, m, a)
        {
            let mut mm = M::from_r(i, i + 3, Some(R::Day(d)), String::new(), DateKind::Absolute);
            mm.det = true;
            return Some(mm);
        }
        // "le 17 02", "le 20 02 14": day and month (and a two-digit year)
        // separated by spaces, after an article or a weekday, with no other
        // number around (not a phone number, not a score).
        if la <= 2
            && (dated || self.isin(i.wrapping_sub(1), &["le", "du", "au"]))
            && self.k(i + 1) == Some(Tk::N)
            && !self.glued(i + 1)
            && self.nlen(i + 1) <= 2
            && let Some(m) = self.num(i + 1)
            && (1..=12).contains(&m)
            && (1..=31).contains(&a)
        {
            let (y, e) =
                if self.k(i + 2) == Some(Tk::N) && !self.glued(i + 2) && self.nlen(i + 2) == 2 {
                    let y = self.num(i + 2)?;
                    (Some(if y < 40 { 2000 + y } else { 1900 + y } as i32), i + 3)
                } else {
                    (None, i + 2)
                };
            let more = self.k(e) == Some(Tk::N)
                || (self.glued(e) && self.k(e) != Some(Tk::P))
                || self.decimal_at(e)
                || self.isin(e, &["%", "h", ":", "/", "-"]);
            if !more {
                let sp = Spec {
                    y,
                    m: Some(m),
                    d: Some(a),
                    ..Spec::default()
                };
                let mut mm = self.date_m(i, e, sp, i);
                mm.det = true;
                return Some(mm);
            }
        }
        let sep = self.w(i + 1);
        if !matches!(sep, "/" | "." | "-") || !self.glued(i + 1) || !self.glued(i + 2) {
            return None;
        }
        let b = self.num(i + 2)?;
        let lb = self.nlen(i + 2);
        let three = self.is(i + 3, sep) && self.glued(i + 3) && self.glued(i + 4);
        if three {
            let c = self.num(i + 4)?;
            let lc = self.nlen(i + 4);
            let e = i + 5;
            if self.glued(e) && self.k(e).is_some_and(|k| k != Tk::P) {
                return None;
            }
            let (y, m, d) = if la == 4 && sep == "-" && lb <= 2 && lc <= 2 {
                (a as i32, b, c)
            } else if la <= 2 && lb <= 2 && (lc == 4 || lc == 2) && sep != "-" {
                let y = if lc == 2 {
                    if c < 40 { 2000 + c } else { 1900 + c }
                } else {
                    c
                };
                (y as i32, b, a)
            } else {
                return None;
            };
            let dd = ymd(y, m, d)?;
            let mut mm = M::from_r(i, e, Some(R::Day(dd)), String::new(), DateKind::Absolute);
            mm.det = true;
            return Some(mm);
        }
        // "le 17/2", "17/02": day/month after "le", "du", "au", or with a
        // two-digit month.
        if sep == "/"
            && la <= 2
            && lb <= 2
            && (lb == 2 || dated || (i > 0 && self.isin(i - 1, &["le", "du", "au"])))
            && !(self.glued(i + 3) && self.isin(i + 3, &["/", "."]))
        {
            if self.glued(i + 3) && self.k(i + 3).is_some_and(|k| k != Tk::P) {
                return None;
            }
            if !(1..=12).contains(&b) || !(1..=31).contains(&a) {
                return None;
            }
            let sp = Spec {
                m: Some(b),
                d: Some(a),
                ..Spec::default()
            };
            let mut m = self.date_m(i, i + 3, sp, i);
            m.det = true;
            return Some(m);
        }
        None
    }

    /// Months: "mars 2017", "en mars", "fin mars", "à la mi-octobre",
    /// "le mois de juin", "juin prochain".
    fn p_month(&self, i: usize) -> Option<M> {
        // "32 août 2014", "29 février 2014": an impossible day, no date at all.
        if i > 0 && self.k(i - 1) == Some(Tk::N) && self.nlen(i - 1) <= 2 {
            return None;
        }
        let mut j = i;
        let mut prefixed = false;
        let mut this_month = false;
        let mut edge = None;
        // prefixes
        if self.is(j, "la") && self.is(j + 1, "mi") {
            j += 1;
        }
        // "la première quinzaine d'avril", "la seconde quinzaine de mars"
        if self.is(j, "la")
            && self.is(j + 2, "quinzaine")
            && let Some(x) = match self.w(j + 1) {
                "premiere" => Some(Edge::FirstHalf),
                "deuxieme" | "seconde" | "derniere" => Some(Edge::SecondHalf),
                _ => None,
            }
        {
            edge = Some(x);
            j += 3;
            if self.is(j, "de") {
                j += 1;
            } else if self.is(j, "d") && self.is(j + 1, "'") {
                j += 2;
            } else {
                return None;
            }
            prefixed = true;
        } else if self.isin(j, &["fin", "debut", "mi", "courant", "milieu"]) {
            edge = Edge::of(self.w(j));
            j += 1;
            if self.is(j, "-") {
                j += 1;
            }
            if self.isin(j, &["de", "du"]) {
                j += 1;
            } else if self.is(j, "d") && self.is(j + 1, "'") {
                j += 2;
            }
            prefixed = true;
        }
        if self.isin(j, &["le", "ce", "au"]) && self.is(j + 1, "mois") {
            this_month = self.is(j, "ce");
            j += 1;
        }
        if self.is(j, "mois") {
            j += 1;
            if self.is(j, "de") {
                j += 1;
            } else if self.is(j, "d") && self.is(j + 1, "'") {
                j += 2;
            } else {
                return None;
            }
            prefixed = true;
        }
        let (m, mut e) = self.month_at(j, false).or_else(|| {
            let (m, e) = self.month_at(j, true)?;
            self.four_digit_year(e).map(|_| (m, e))
        })?;
        let mut sp = Spec {
            m: Some(m),
            ..Spec::default()
        };
        if let Some((y, e2)) = self.year_after_month(e) {
            sp.y = Some(y);
            e = e2;
        } else if let Some((d, e2)) = self.dir_at(e) {
            sp.dir = d;
            e = e2;
        } else if !prefixed {
            // A bare month needs a temporal context word before it.
            let prev = if j > 0 && self.is(j - 1, "'") && j > 1 {
                j - 2
            } else {
                j.wrapping_sub(1)
            };
            let ok = j > 0 && self.isin(prev, MONTH_CONTEXT) && !self.nl(j);
            if !ok || (self.upper(j) && !self.is(prev, "en")) {
                return None;
            }
            // "mai" followed by a name-like word, "mars" the planet...
            if self.is(e, "-") && self.glued(e) && self.month_at(e + 1, false).is_none() {
                return None;
            }
        }
        if this_month && let Some(r) = self.reference {
            let mut mm = M::from_r(
                i,
                e,
                Some(R::Month(r.year(), m)),
                String::new(),
                DateKind::Relative,
            );
            mm.det = true;
            mm.edge = edge;
            return Some(mm);
        }
        let mut mm = self.date_m(i, e, sp, j);
        mm.edge = edge;
        Some(mm)
    }

    /// Years: "2014", "l'année 2001", "début 2016", "l'an 2000".
    fn p_year(&self, i: usize) -> Option<M> {
        let mut j = i;
        let mut ctx = false;
        let mut edge = None;
        if self.is(j, "l") && self.is(j + 1, "'") && self.isin(j + 2, &["an", "annee"]) {
            j += 3;
            ctx = true;
        } else if self.isin(j, &["fin", "debut", "mi", "courant", "milieu"]) {
            edge = Edge::of(self.w(j));
            j += 1;
            if self.is(j, "-") {
                j += 1;
            }
            ctx = true;
        }
        // "en 97," "rien en 98." : a two-digit year after "en" before punctuation.
        if j == i
            && self.is(i.wrapping_sub(1), "en")
            && self.nlen(i) == 2
            && let Some(n) = self.num(i)
            && !(10..50).contains(&n)
            && self.k(i + 1) == Some(Tk::P)
            && !self.isin(i + 1, &["%", "-", "/", ":", "h"])
            && !self.decimal_at(i + 1)
        {
            let y = if n < 10 { 2000 + n } else { 1900 + n } as i32;
            return Some(M::from_r(
                i,
                i + 1,
                Some(R::Year(y)),
                String::new(),
                DateKind::Absolute,
            ));
        }
        let y = self.four_digit_year(j)?;
        if j == i && !self.year_ok(j, y) {
            return None;
        }
        if ctx && !self.year_tail_ok(j + 1) {
            return None;
        }
        let mut m = M::from_r(
            i,
            j + 1,
            Some(R::Year(y)),
            String::new(),
            DateKind::Absolute,
        );
        m.det = j == i;
        m.edge = edge;
        Some(m)
    }

    /// Is the four-digit number at `i` a year? (not "1500 personnes")
    fn year_ok(&self, i: usize, y: i32) -> bool {
        // After a month that no date took ("29 février 2014").
        if i > 0 && self.month_at(i - 1, true).is_some() {
            return false;
        }
        if i > 0 && self.glued(i) && self.k(i - 1).is_some_and(|k| k != Tk::P) {
            return false;
        }
        if i > 0 && (self.k(i - 1) == Some(Tk::N) || self.isin(i - 1, &["+", "n", "no", "°"])) {
            return false;
        }
        if i > 1 && self.isin(i - 1, &["de"]) && self.isin(i - 2, &["plus", "moins", "pres"]) {
            return false;
        }
        if i > 0
            && self.isin(
                i - 1,
                &["environ", "quelque", "article", "km", "route", "vol"],
            )
        {
            return false;
        }
        if y < 1900 {
            let prev = if i > 1 && self.is(i - 1, "'") {
                self.w(i - 2)
            } else {
                self.w(i.wrapping_sub(1))
            };
            if !matches!(
                prev,
                "en" | "depuis"
                    | "de"
                    | "d"
                    | "des"
                    | "vers"
                    | "an"
                    | "annee"
                    | "jusqu"
                    | "entre"
                    | "et"
                    | "avant"
                    | "apres"
                    | "dans"
                    | "naissance"
                    | "ne"
                    | "nee"
                    | "mort"
                    | "morte"
            ) {
                return false;
            }
            // An old year before a word: "et 1370 ont péri", "des 1600 Gilets".
            if self.k(i + 1) == Some(Tk::W) && !FUNCTION_WORDS.contains(&self.w(i + 1)) {
                return false;
            }
        }
        self.year_tail_ok(i + 1)
    }

    /// A decimal or thousands separator at `e`: "2001,5", "1.500".
    fn decimal_at(&self, e: usize) -> bool {
        self.glued(e)
            && self.glued(e + 1)
            && self.isin(e, &[",", ".", ":"])
            && self.num(e + 1).is_some()
    }

    fn year_tail_ok(&self, e: usize) -> bool {
        if self.decimal_at(e) {
            return false;
        }
        if self.is(e, "%") || (self.k(e) == Some(Tk::N) && !self.nl(e)) {
            return false;
        }
        if self.k(e) == Some(Tk::W) {
            let w = self.w(e);
            let stem = w.trim_end_matches(['s', 'x']);
            if COUNT_NOUNS.contains(&stem) || COUNT_NOUNS.contains(&w) {
                return false;
            }
            // A plural noun after the number counts it: "2000 manifestants".
            if w.len() > 3 && w.ends_with(['s', 'x']) && !FUNCTION_WORDS.contains(&w) {
                return false;
            }
        }
        true
    }

    fn p_lexicon(&self, i: usize) -> Option<M> {
        let cands = LEX_INDEX.get(self.w(i))?;
        for (toks, lex) in cands {
            let Some(mut e) = self.seq(i, toks) else {
                continue;
            };
            let r = self.reference;
            let mut m = match *lex {
                Lex::Day(off, part) => {
                    let d = r.map(|r| r + Duration::days(off));
                    let mut part = part;
                    if part.is_none()
                        && off != 0
                        && let Some((p, e2)) = self.daypart(e)
                    {
                        part = Some(p);
                        e = e2;
                    }
                    // "aujourd'hui vendredi"
                    if part.is_none()
                        && let Some((_, e2)) = self.weekday_at(e)
                        && self.day_num(e2, false).is_none()
                    {
                        e = e2;
                    }
                    let mut m = M::new(
                        i,
                        e,
                        d.map(|d| {
                            R::Day(d).fmt() + &part.map_or(String::new(), |p| format!("T{p}"))
                        }),
                        DateKind::Relative,
                    );
                    m.day = d;
                    m
                }
                Lex::Anchor(off) => {
                    // "le lendemain du 13 février"; "au lendemain de
                    // l'attentat" is anchored on an event: not a date.
                    let mut base = self.anchor_base(i, off > 0);
                    // "…, ont affirmé mercredi des sources. La veille, une
                    // première frappe avait tué quatre personnes": told in
                    // the pluperfect, the day before what happened, not
                    // before the report.
                    if off < 0 && self.pluperfect_after(i + 1) {
                        base = self.last_event_day.or(base);
                    }
                    // "… était toujours en incapacité de travail jeudi. Le
                    // surlendemain, vendredi, cinq jeunes ont été
                    // interpellés" in a dispatch of that Thursday: told in
                    // the past, a day after the news is not; it counts from
                    // the event day told before.
                    if off > 0
                        && let (Some(b), Some(r), Some(prev)) =
                            (base, self.reference, self.prev_event_day)
                        && b + Duration::days(off) > r
                        && prev + Duration::days(off) <= r
                        && self.tense_or_prefer(i) < 0
                    {
                        base = Some(prev);
                    }
                    // "Ce jour-là" is a day told before, not today.
                    if self.is(i, "ce") && off == 0 {
                        base = self.last_other_day.or(base);
                    }
                    // "Fin février, le même jour, une église a été
                    // attaquée": one day of the month told last.
                    if off == 0
                        && !self.isin(e, &["de", "du", "des", "d"])
                        && let Some(v) = &self.last_month
                    {
                        let mut m = M::new(i, e, Some(v.clone()), DateKind::Relative);
                        m.det = true;
                        return Some(m);
                    }
                    // "l'incertitude du lendemain": a noun, not a date.
                    let pk = if self.is(i.wrapping_sub(1), "'") {
                        i.wrapping_sub(2)
                    } else {
                        i.wrapping_sub(1)
                    };
                    // (or alone at the start of a line: "Jour suivant :")
                    let line_start = i == 0 || self.nl(i);
                    // ("ce jour-là" brings its own determiner.)
                    if !(line_start
                        || self.is(i, "ce")
                        || self.isin(pk, &["le", "la", "l", "au", "a", "ce", "meme"]))
                    {
                        continue;
                    }
                    if self.isin(e, &["de", "du", "des", "d"]) {
                        let k = if self.is(e, "du") { e + 1 } else { e + 2 };
                        let Some(inner) = self.p_day(k).filter(|m| m.day.is_some()) else {
                            // "interpellés le surlendemain des faits", "le
                            // lendemain du drame": the day after the one the
                            // story told what happened on.
                            let noun = match (self.w(e), self.w(e + 1)) {
                                ("de", "la") => e + 2,
                                ("de", "l") => e + 3,
                                _ => e + 1,
                            };
                            if off > 0
                                && self.is(pk, "le")
                                && STORY_NOUNS.contains(&self.w(noun))
                                && let Some(b) = base
                            {
                                let mut m = M::from_r(
                                    i,
                                    noun + 1,
                                    Some(R::Day(b + Duration::days(off))),
                                    String::new(),
                                    DateKind::Relative,
                                );
                                m.det = true;
                                return Some(m);
                            }
                            // "au lendemain de l'attentat": a vague date.
                            let mut m = M::new(i, e, None, DateKind::Vague);
                            m.tml = base.map(|b| R::Day(b + Duration::days(off)).fmt());
                            m.det = true;
                            return Some(m);
                        };
                        base = inner.day;
                        e = inner.e;
                    }
                    let mut d = base.map(|b| b + Duration::days(off));
                    if let Some((w, e2)) = d.and_then(|d| self.apposed_weekday(e, d)) {
                        d = Some(w);
                        e = e2;
                    }
                    let mut part = None;
                    if let Some((p, e2)) = self.daypart(e)
                        && !self.is(e, "dans")
                    {
                        part = Some(p);
                        e = e2;
                    }
                    let mut m = M::new(
                        i,
                        e,
                        d.map(|d| {
                            R::Day(d).fmt() + &part.map_or(String::new(), |p| format!("T{p}"))
                        }),
                        DateKind::Relative,
                    );
                    m.day = d;
                    m.det = true;
                    m
                }
                Lex::AnchorPart(off, part) => {
                    let d = self
                        .anchor_base(i, off > 0)
                        .map(|b| b + Duration::days(off));
                    let mut m = M::new(
                        i,
                        e,
                        d.map(|d| R::Day(d).fmt() + "T" + part),
                        DateKind::Relative,
                    );
                    m.day = d;
                    m
                }
                Lex::ThatPart(part) => {
                    let d = self
                        .last_parts
                        .iter()
                        .find(|(p, _)| *p == part)
                        .map(|&(_, d)| d)
                        .or_else(|| self.anchor_base(i, false));
                    let mut m = M::new(
                        i,
                        e,
                        d.map(|d| R::Day(d).fmt() + "T" + part),
                        DateKind::Relative,
                    );
                    m.day = d;
                    m
                }
                Lex::AnchorWeek(off) => {
                    let base = self.last_day.or(r);
                    let mut m = M::new(
                        i,
                        e,
                        base.map(|b| week_value(b + Duration::days(7 * off))),
                        DateKind::Relative,
                    );
                    m.det = true;
                    m
                }
                Lex::AnchorMonth(off) => {
                    let base = self.last_day.or(r);
                    let mut m = M::new(
                        i,
                        e,
                        base.map(|b| {
                            let (y, mo) = add_months(b.year(), b.month(), off);
                            R::Month(y, mo).fmt()
                        }),
                        DateKind::Relative,
                    );
                    m.det = true;
                    m
                }
                Lex::AnchorYear(off) => {
                    let base = self.last_year.or(r.map(|r| r.year()));
                    M::new(
                        i,
                        e,
                        base.map(|y| R::Year(y + off as i32).fmt()),
                        DateKind::Relative,
                    )
                }
                Lex::Week(off) => {
                    let mut m = M::new(
                        i,
                        e,
                        r.map(|r| week_value(r + Duration::days(7 * off))),
                        DateKind::Relative,
                    );
                    m.det = true;
                    m
                }
                Lex::Weekend(off) => {
                    // "ce week-end", told on a weekday in the past ("Six
                    // personnes ont été tuées ce week-end", a Monday), or on
                    // a Monday without a tense: the weekend just gone.
                    let off = match r {
                        Some(r) if off == 0 && r.weekday().num_days_from_monday() < 5 => {
                            let t = self.tense(i);
                            if t < 0 || (t == 0 && r.weekday() == chrono::Weekday::Mon) {
                                -1
                            } else {
                                0
                            }
                        }
                        _ => off,
                    };
                    let mut m = M::new(
                        i,
                        e,
                        r.map(|r| week_value(r + Duration::days(7 * off)) + "-WE"),
                        DateKind::Relative,
                    );
                    m.det = true;
                    m
                }
                Lex::Month(off) => {
                    let mut m = M::new(
                        i,
                        e,
                        r.map(|r| {
                            let (y, mo) = add_months(r.year(), r.month(), off);
                            R::Month(y, mo).fmt()
                        }),
                        DateKind::Relative,
                    );
                    m.det = true;
                    m
                }
                Lex::Year(off) => M::new(
                    i,
                    e,
                    r.map(|r| R::Year(r.year() + off as i32).fmt()),
                    DateKind::Relative,
                ),
                Lex::Vague(v) => {
                    let mut m = M::new(i, e, None, DateKind::Vague);
                    m.tml = Some(v.to_string());
                    m
                }
                Lex::VagueDur(v) => M::new(i, e, Some(v.to_string()), DateKind::Duration),
                Lex::Set(v) => M::new(i, e, Some(v.to_string()), DateKind::Duration),
            };
            m.e = e;
            // "à ce moment-là": the preposition stays out.
            if toks[0] == "a" && toks.len() > 2 {
                m.s = i + 1;
            }
            return Some(m);
        }
        None
    }

    /// "la fin de l'année", "au début du mois", "en fin d'année".
    fn p_period_edge(&self, i: usize) -> Option<M> {
        let mut j = i;
        if self.isin(j, &["la", "le", "au", "en", "a"]) {
            j += 1;
            if self.is(j - 1, "a") && self.is(j, "la") {
                j += 1;
            }
        }
        let s = j;
        if !self.isin(j, &["fin", "debut", "milieu"]) {
            return None;
        }
        // "une fête de fin d'année": a noun complement, not a date.
        if s == i && self.isin(i.wrapping_sub(1), &["de", "d"]) {
            return None;
        }
        let edge = Edge::of(self.w(j));
        j += 1;
        let r = self.reference;
        // "fin de l'année 2015", "en fin d'année 2015": that year's edge.
        let named_year = |e: usize, y: i32| {
            let mut m = M::from_r(s, e, Some(R::Year(y)), String::new(), DateKind::Absolute);
            m.edge = edge;
            m
        };
        // "en début de semaine", "à la fin de la semaine prochaine"
        let week = if self.is(j, "de") && self.is(j + 1, "semaine") {
            Some(j + 2)
        } else if self.is(j, "de") && self.is(j + 1, "la") && self.is(j + 2, "semaine") {
            Some(j + 3)
        } else {
            None
        };
        let (v, e) = if let Some(mut e) = week {
            let mut off = 0;
            if let Some((d, e2)) = self.dir_at(e) {
                off = d as i64;
                e = e2;
            }
            (r.map(|r| week_value(r + Duration::days(7 * off))), e)
        } else if self.isin(j, &["du", "de"]) && self.is(j + 1, "mois") {
            // "la fin du mois d'avril": the month named, read from "fin" on.
            let named = if self.is(j + 2, "de") {
                Some(j + 3)
            } else if self.is(j + 2, "d") && self.is(j + 3, "'") {
                Some(j + 4)
            } else {
                None
            };
            if named.is_some_and(|k| self.month_at(k, false).is_some()) {
                return None;
            }
            // "du mois (prochain)", "de mois": this month, or the one named,
            // or read ahead once that part of it is over.
            let mut e = j + 2;
            let dir = self.dir_at(e).filter(|_| self.is(j, "du"));
            let off = match dir {
                Some((d, e2)) => {
                    e = e2;
                    d as i64
                }
                None => self.coming_month(edge),
            };
            (
                r.map(|r| {
                    let (y, m) = add_months(r.year(), r.month(), off);
                    R::Month(y, m).fmt()
                }),
                e,
            )
        } else if self.is(j, "d") && self.is(j + 1, "'") && self.is(j + 2, "annee") {
            // "en fin d'année 2015": the year named.
            if let Some(y) = self.four_digit_year(j + 3) {
                return Some(named_year(j + 4, y));
            }
            (r.map(|r| R::Year(r.year()).fmt()), j + 3)
        } else if self.is(j, "de")
            && self.is(j + 1, "l")
            && self.is(j + 2, "'")
            && self.isin(j + 3, &["annee", "an"])
        {
            let mut e = j + 4;
            let mut off = 0;
            if let Some((d, e2)) = self.dir_at(e) {
                off = d as i64;
                e = e2;
            } else if let Some(y) = self.four_digit_year(e) {
                return Some(named_year(e + 1, y));
            }
            (r.map(|r| R::Year(r.year() + off as i32).fmt()), e)
        } else {
            return None;
        };
        let start = if self.isin(s - 1, &["la", "le"]) && s > i {
            s - 1
        } else {
            s
        };
        let mut m = M::new(start, e, v, DateKind::Relative);
        m.edge = edge;
        Some(m)
    }

    /// "au début du mois" read ahead (`Prefer::Future`) once that part of
    /// the reference's month is over: next month's (1, else 0).
    fn coming_month(&self, edge: Option<Edge>) -> i64 {
        let (Some(r), Some(edge)) = (self.reference, edge) else {
            return 0;
        };
        let month = (
            ymd(r.year(), r.month(), 1).unwrap_or(r),
            last_of_month(r.year(), r.month()).unwrap_or(r),
        );
        (self.prefer == 1 && edge_bounds(month, edge).1 < r) as i64
    }

    /// Quantity + unit: durations, "il y a trois jours", "dans cinq jours",
    /// "trois jours plus tard".
    fn p_duration(&self, i: usize) -> Option<M> {
        let mut j = i;
        let mut ago = false;
        let mut within = false;
        if self.is(j, "il") && self.is(j + 1, "y") && self.is(j + 2, "a") {
            j += 3;
            ago = true;
        } else if self.isin(j, &["voila", "voici"]) {
            j += 1;
            ago = true;
        } else if self.is(j, "dans") {
            j += 1;
            within = true;
        }
        let q0 = j;
        // approximations kept in the span
        if self.is(j, "ces")
            && self.isin(j + 1, &["derniers", "dernieres", "prochains", "prochaines"])
        {
            j += 2;
        }
        if (self.isin(j, &["plus", "moins", "pres"]) && self.is(j + 1, "de"))
            || (self.is(j, "au") && self.is(j + 1, "moins"))
        {
            j += 2;
        } else if self.is(j, "environ") {
            j += 1;
        }
        // quantity
        let (q, mut e): (Option<String>, usize) = if let Some(n) = self.num(j) {
            if self.glued(j) && j > 0 && self.k(j - 1) != Some(Tk::P) {
                return None;
            }
            let mut e = j + 1;
            let mut s = n.to_string();
            if self.is(e, ",") && self.glued(e) && self.glued(e + 1) && self.num(e + 1).is_some() {
                s = format!("{n}.{}", self.w(e + 1));
                e += 2;
            }
            (Some(s), e)
        } else if matches!(self.w(j), "quelques" | "plusieurs" | "des") {
            (None, j + 1)
        } else if self.is(j, "un")
            && self.is(j + 1, "quart")
            && self.is(j + 2, "de")
            && self.is(j + 3, "siecle")
        {
            return (!ago && !within)
                .then(|| M::new(i, j + 4, Some("P25Y".into()), DateKind::Duration));
        } else if self.isin(j, &["un", "une"])
            && self.is(j + 1, "demi")
            && self.is(j + 2, "-")
            && self.glued(j + 2)
        {
            let v = match self.w(j + 3) {
                "heure" => "PT30M",
                "journee" => "PT12H",
                "siecle" => "P50Y",
                "douzaine" | "quinzaine" => return None,
                _ => return None,
            };
            let s = if ago || within { q0 } else { i };
            return (!ago && !within).then(|| M::new(s, j + 4, Some(v.into()), DateKind::Duration));
        } else if self.is(j, "une")
            && let Some(n) = match self.w(j + 1) {
                "dizaine" => Some(10),
                "quinzaine" => Some(15),
                "vingtaine" => Some(20),
                "trentaine" => Some(30),
                "centaine" => Some(100),
                _ => None,
            }
        {
            if self.is(j + 2, "de") {
                (Some(n.to_string()), j + 3)
            } else if self.is(j + 2, "d") && self.is(j + 3, "'") {
                (Some(n.to_string()), j + 4)
            } else if n == 15 && !self.is(j + 2, "de") {
                // "une quinzaine" alone: two weeks
                let m = M::new(i, j + 2, Some("P2W".into()), DateKind::Duration);
                return (!ago && !within).then_some(m);
            } else {
                return None;
            }
        } else if let Some((n, e)) = self.number_words(j) {
            (Some(n.to_string()), e)
        } else {
            return None;
        };
        let unit = match self.w(e) {
            "seconde" | "secondes" => "TS",
            "minute" | "minutes" | "min" | "mn" => "TM",
            "heure" | "heures" => "TH",
            "jour" | "jours" | "journee" | "journees" => "D",
            "nuit" | "nuits" => "D",
            "semaine" | "semaines" => "W",
            "mois" => "M",
            "an" | "ans" | "annee" | "annees" => "Y",
            "decennie" | "decennies" => "DE",
            "siecle" | "siecles" => "CE",
            "trimestre" | "trimestres" => "Q",
            "semestre" | "semestres" => "S6",
            _ => return None,
        };
        let uw = self.w(e).to_string();
        if unit == "TH"
            && !ago
            && !within
            && self.isin(
                i.wrapping_sub(1),
                &[
                    "a", "vers", "des", "jusqu", "partir", "avant", "apres", "de",
                ],
            )
        {
            return None;
        }
        e += 1;
        // "des" only for long plural units: "des années"
        if self.w(j) == "des" && (!uw.ends_with('s') || unit.starts_with('T')) {
            return None;
        }
        // "une seconde fois", "une seconde attaque": the ordinal.
        if uw == "seconde"
            && self.k(e) == Some(Tk::W)
            && !self.isin(e, &["plus", "apres", "de", "d"])
        {
            return None;
        }
        // "un jour" alone is "one day" (someday); "à une heure" is a time.
        if q.as_deref() == Some("1") && self.k(j) == Some(Tk::W) {
            let prev = self.w(i.wrapping_sub(1));
            let kept = ago
                || matches!(prev, "pendant" | "durant" | "depuis" | "en")
                || self.is(e, "apres")
                || (self.is(e, "plus") && self.is(e + 1, "tard"));
            if uw == "jour" && !kept {
                return None;
            }
            if unit == "TH" && matches!(prev, "a" | "vers") {
                return None;
            }
        }
        // The words before the quantity ("d'une trentaine" looks past "'").
        let (p1, p2) = {
            let k = if self.is(q0.wrapping_sub(1), "'") {
                q0.wrapping_sub(2)
            } else {
                q0.wrapping_sub(1)
            };
            (self.w(k), self.w(k.wrapping_sub(1)))
        };
        // "les 3 derniers jours", "les moins de 17 ans" are left alone
        if matches!(p1, "les" | "des" | "ces") && !ago && !within {
            return None;
        }
        // ages: "un homme de 29 ans", "âgé de 29 ans", "(29 ans)", ", 29 ans,"
        if unit == "Y" && !ago && !within {
            let num_before = self.k(q0.wrapping_sub(2)) == Some(Tk::N);
            // "il aurait 29 ans", "allait avoir 38 ans", "mort à 74 ans"
            let o1 = self.orig(q0.saturating_sub(1)).to_lowercase();
            let had = matches!(
                o1.as_str(),
                "a" | "avait"
                    | "aurait"
                    | "aura"
                    | "avoir"
                    | "ayant"
                    | "ont"
                    | "avaient"
                    | "auraient"
            ) || (o1 == "à"
                && ["mort", "dece", "eteint", "meurt", "disparu"]
                    .iter()
                    .any(|v| p2.starts_with(v)));
            if had && q0 > 0 {
                return None;
            }
            if (matches!(p1, "de" | "d")
                && (p2.starts_with("age") || !DURATION_NOUNS.contains(&p2)))
                || (matches!(p1, "a" | "-") && num_before)
                || (matches!(p1, "(" | ",") && self.isin(e, &[")", ","]))
                || (p1 == "(" || (p1 == "," && self.k(e) != Some(Tk::W)))
                || self.is(e, "et") && self.is(e + 1, "demi") && p1 == "("
            {
                return None;
            }
            if matches!(p1, "de" | "a")
                && self.isin(e, &["de", "d"])
                && self.isin(e + 1, &["prison", "reclusion", "detention"])
            {
                // a sentence: keep (duration)
            }
        }
        // quantity value
        let n = q.clone();
        let value = |n: &str| -> String {
            match unit {
                "TS" | "TM" | "TH" => format!("PT{n}{}", &unit[1..]),
                "Q" => n
                    .parse::<u32>()
                    .map_or(format!("P{n}Q"), |k| format!("P{}M", 3 * k)),
                "S6" => n
                    .parse::<u32>()
                    .map_or("PXM".into(), |k| format!("P{}M", 6 * k)),
                u => format!("P{n}{u}"),
            }
        };
        let dur = value(n.as_deref().unwrap_or("X"));
        let r = self.reference;
        // "il y a un an, jour pour jour": the day, not the year.
        let comma = usize::from(self.is(e, ","));
        let to_the_day = ago
            && matches!(unit, "Y" | "M" | "W")
            && self.is(e + comma, "jour")
            && self.is(e + comma + 1, "pour")
            && self.is(e + comma + 2, "jour");
        let k: Option<i64> = n.as_deref().and_then(|s| s.parse().ok());
        let shift = |base: NaiveDate, sign: i64| -> Option<R> {
            let k = k? * sign;
            Some(match unit {
                "D" => R::Day(base + Duration::days(k)),
                "W" => R::Day(base + Duration::days(7 * k)),
                "M" => {
                    let (y, m) = add_months(base.year(), base.month(), k);
                    // "il y a trois mois": the day, clipped to the month's end.
                    let d = (1..=base.day())
                        .rev()
                        .find_map(|d| ymd(y, m, d))
                        .unwrap_or(base);
                    R::Day(d)
                }
                "Y" if to_the_day => {
                    let y = base.year() + k as i32;
                    R::Day(ymd(y, base.month(), base.day()).or_else(|| ymd(y, 2, 28))?)
                }
                "Y" => R::Year(base.year() + k as i32),
                "DE" => R::Year(base.year() + 10 * k as i32),
                "TH" | "TM" | "TS" => R::Day(base),
                _ => return None,
            })
        };
        if ago || within {
            let sign = if ago { -1 } else { 1 };
            let (v, kind) = match (r, k) {
                (Some(r), Some(_)) => (shift(r, sign).map(R::fmt), DateKind::Relative),
                (None, Some(_)) => (None, DateKind::Relative),
                _ => (None, DateKind::Vague),
            };
            if within && v.is_none() && k.is_none() {
                return None;
            }
            let e = if to_the_day { e + comma + 3 } else { e };
            let mut m = M::new(i, e, v, kind);
            if kind == DateKind::Vague {
                // TimeML annotates the vague quantity as a duration.
                m.parts = vec![(q0, e, Some(dur.clone()))];
            }
            m.day = r
                .and_then(|r| shift(r, sign))
                .and_then(R::day)
                .filter(|_| matches!(unit, "D" | "W") || to_the_day);
            return Some(m);
        }
        // "trois jours plus tard", "deux jours après", "une semaine auparavant"
        let mut after = 0i64;
        let mut e2 = e;
        if self.is(e, "plus") && self.is(e + 1, "tard") {
            after = 1;
            e2 = e + 2;
        } else if self.is(e, "plus") && self.is(e + 1, "tot") {
            after = -1;
            e2 = e + 2;
        } else if self.is(e, "auparavant") {
            after = -1;
            e2 = e + 1;
        } else if self.is(e, "apres") && (self.k(e + 1) != Some(Tk::W) || self.nl(e + 1)) {
            after = 1;
            e2 = e + 1;
        }
        if after != 0 && k.is_some() && matches!(unit, "D" | "W" | "M" | "Y") {
            let base = self.anchor_base(i, after > 0);
            // Years count from the last year told ("En 2015, il a fui. Deux
            // ans après, …"), a day's or a year's alone.
            let base = match (unit, self.last_year) {
                ("Y", Some(y)) if base.is_none_or(|b| b.year() != y) => ymd(y, 1, 1).or(base),
                _ => base,
            };
            let v = base.and_then(|b| shift(b, after));
            // A narrative in the past cannot run past the reference date:
            // the anchor was not the right one, the date stays vague.
            // (A month or a year likewise when it starts after it: "jugés
            // près de six ans après".)
            let first = |v: R| match v {
                R::Day(d) => Some(d),
                R::Month(y, m) => ymd(y, m, 1),
                R::Year(y) => ymd(y, 1, 1),
            };
            if let (Some(v), Some(r)) = (v, r)
                && first(v).is_some_and(|d| d > r)
                && self.tense_or_prefer(i) != 1
            {
                let mut m = M::new(i, e2, None, DateKind::Vague);
                m.tml = Some(v.fmt());
                return Some(m);
            }
            let mut v = v;
            let mut e2 = e2;
            if let Some((w, e3)) = v.and_then(R::day).and_then(|d| self.apposed_weekday(e2, d)) {
                v = Some(R::Day(w));
                e2 = e3;
            }
            let mut m = M::new(i, e2, v.map(R::fmt), DateKind::Relative);
            m.day = v.and_then(R::day);
            return Some(m);
        }
        Some(M::new(i, e, Some(dur), DateKind::Duration))
    }

    /// Recurrences: "par an", "tous les jeudis", "chaque lundi".
    fn p_set(&self, i: usize) -> Option<M> {
        if self.is(i, "par") {
            let v = match self.w(i + 1) {
                "an" | "annee" => "P1Y",
                "jour" => "P1D",
                "semaine" => "P1W",
                "mois" => "P1M",
                "semestre" => "P6M",
                "trimestre" => "P3M",
                "heure" => "PT1H",
                _ => return None,
            };
            // TimeML marks the unit only.
            return Some(M::new(i + 1, i + 2, Some(v.into()), DateKind::Duration));
        }
        let j = if self.is(i, "tous") && self.is(i + 1, "les") {
            i + 2
        } else if self.is(i, "chaque") {
            i + 1
        } else {
            return None;
        };
        let w = self.w(j);
        let wd = WEEKDAYS
            .iter()
            .position(|d| w == *d || w.strip_suffix('s') == Some(d))?;
        Some(M::new(
            i,
            j + 1,
            Some(format!("XXXX-WXX-{}", wd + 1)),
            DateKind::Duration,
        ))
    }

    /// A part of day anchored on the last day of what happened (not a
    /// report's, "a annoncé mardi la police. Dans la soirée, …"): "dans la
    /// soirée", "pendant la nuit", "en fin d'après-midi".
    fn p_daypart_anchor(&self, i: usize) -> Option<M> {
        let base = self.last_event_day.or(self.last_day).or(self.reference);
        let fmt = |p: &str| base.map(|d| R::Day(d).fmt() + "T" + p);
        if self.is(i, "la") {
            let pk = if self.is(i.wrapping_sub(1), "'") {
                i.wrapping_sub(2)
            } else {
                i.wrapping_sub(1)
            };
            if !self.isin(
                pk,
                &[
                    "dans", "pendant", "durant", "de", "passe", "passee", "toute", "d",
                ],
            ) {
                return None;
            }
            let p = match self.w(i + 1) {
                "soiree" => "EV",
                "nuit" => "NI",
                "matinee" => "MO",
                _ => return None,
            };
            // "la nuit de samedi à dimanche" is a range, "la nuit du 14"...
            if self.isin(i + 2, &["de", "du", "d"]) {
                return None;
            }
            // "samedi soir … interpellées dans la nuit": the night of the
            // last evening or night told, past a report's day told since.
            let evening = (p == "NI")
                .then(|| {
                    self.last_parts
                        .iter()
                        .rev()
                        .find(|(q, _)| matches!(*q, "EV" | "NI"))
                })
                .flatten()
                .map(|&(_, d)| R::Day(d).fmt() + "T" + p);
            let mut m = M::new(i, i + 2, evening.or_else(|| fmt(p)), DateKind::Relative);
            m.day = None;
            return Some(m);
        }
        if self.isin(i, &["debut", "fin", "milieu"]) && self.is(i.wrapping_sub(1), "en") {
            let (p, e) = self.daypart(i - 1)?;
            return Some(M::new(i, e, fmt(p), DateKind::Relative));
        }
        None
    }

    /// Temporal adjectives that TimeML annotates ("actuel", "prochain",
    /// "annuel"); reported in TimeML mode only.
    fn p_adjective(&self, i: usize) -> Option<M> {
        let w = self.w(i);
        let stem = w.trim_end_matches('s');
        let v = match stem {
            "actuel" | "actuelle" => "PRESENT_REF",
            "prochain" | "prochaine" | "futur" | "future" => "FUTURE_REF",
            "precedent" | "precedente" if !self.is(i.wrapping_sub(1), "sans") => "PAST_REF",
            "annuel" | "annuelle" => "P1Y",
            "hebdomadaire" => "P1W",
            "mensuel" | "mensuelle" => "P1M",
            "nocturne" => "TNI",
            "avenir" if !self.is(i.wrapping_sub(1), "'") => "FUTURE_REF",
            "ici" if self.is(i.wrapping_sub(1), "'") && self.is(i.wrapping_sub(2), "d") => {
                let mut m = M::new(
                    i,
                    i + 1,
                    self.reference.map(|r| R::Day(r).fmt()),
                    DateKind::Vague,
                );
                m.tml_only = true;
                return Some(m);
            }
            _ => return None,
        };
        let mut m = M::new(i, i + 1, Some(v.into()), DateKind::Vague);
        m.tml_only = true;
        Some(m)
    }

    fn p_clock(&self, i: usize) -> Option<M> {
        // "24 heures" without a time preposition is a duration.
        let ((h, mi), e) = self.clock(i)?;
        let prev = self.w(i.wrapping_sub(1));
        let word_hours = self.isin(i + 1, &["heures", "heure"]);
        let time_prev = matches!(
            prev,
            "a" | "vers"
                | "des"
                | "de"
                | "jusqu"
                | "avant"
                | "apres"
                | "entre"
                | "et"
                | "partir"
                | "depuis"
                | "dans"
                | "pour"
                | ","
                | "hier"
                | "demain"
                | "soir"
                | "matin"
        ) || self.weekday_at(i.wrapping_sub(1)).is_some();
        if self.is(i, "midi") || self.is(i, "minuit") {
            if !matches!(
                prev,
                "a" | "vers" | "de" | "jusqu" | "avant" | "apres" | "et" | "des"
            ) {
                return None;
            }
        } else if (word_hours && !time_prev)
            || (!word_hours
                && matches!(prev, "en" | "pendant" | "les" | "durant" | "sous" | "moins"))
            // "une grève de 24 heures", "les 24 Heures du Mans": a length.
            || h == 24
        {
            return None;
        }
        if matches!(prev, "depuis" | "dans" | "pour") && word_hours {
            return None;
        }
        let par = self.doc.paragraph_at(self.fo.map[self.t[i].s] as usize);
        // (In the night's paragraph or the next: further on, a time may be
        // that of a later report, "À 2 heures, on dénombre 193 morts".)
        let base = if h < 6 && self.last_night_end.is_some() && par <= self.last_day_par + 1 {
            self.last_night_end
        } else if h >= 18
            && self.last_night_end.is_some()
            && self.last_night_end == self.last_day
            && par == self.last_day_par
        {
            // "Dans la nuit de lundi à mardi, vers 23 h 40": the evening of
            // the night is its first day's.
            self.last_night_end.map(|d| d - Duration::days(1))
        } else if h <= 8
            && self.last_evening.is_some()
            && self.last_evening == self.last_day
            && par == self.last_day_par
        {
            // "La mutinerie avait éclaté mardi soir, vers 22 heures … Vers
            // 6 heures du matin, des unités ont donné l'assaut".
            self.last_day.map(|d| d + Duration::days(1))
        } else if self.last_day_par == par {
            self.last_day.or(self.reference)
        } else {
            self.reference
        };
        let v = match base {
            Some(d) => format!("{}T{h:02}:{mi:02}", d.format("%Y-%m-%d")),
            None => format!("T{h:02}:{mi:02}"),
        };
        let mut m = M::new(i, e, Some(v), DateKind::Underspecified);
        m.clock = Some((h, mi));
        m.day = base;
        Some(m)
    }

    fn p_holiday(&self, i: usize) -> Option<M> {
        // Most words start no holiday's name: one lookup, not a walk of them all.
        static FIRST: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
            let mut v: Vec<&str> = HOLIDAY_INDEX.iter().map(|(t, _)| t[0].as_str()).collect();
            v.sort_unstable();
            v.dedup();
            v
        });
        if FIRST.binary_search(&self.w(i)).is_err() {
            return None;
        }
        for (toks, h) in HOLIDAY_INDEX.iter() {
            let Some(mut e) = self.seq(i, toks) else {
                continue;
            };
            // "Noël Mamère": a first name.
            if self.k(e) == Some(Tk::W) && self.upper(e) && !self.nl(e) && self.upper(i) {
                return None;
            }
            if toks.len() == 1 && self.holiday_in_a_name(i) {
                return None;
            }
            if toks.len() == 1 && toks[0] == "armistice" && !self.is(i.wrapping_sub(1), "l") {
                return None;
            }
            // "l'ascension du mont Blanc": a climb; the feast is written
            // with its capital ("l'Ascension", "l'Assomption").
            if toks.len() == 1
                && matches!(toks[0].as_str(), "ascension" | "assomption")
                && !self.upper(i)
            {
                return None;
            }
            let mut sp_y = None;
            if let Some(y) = self.four_digit_year(e) {
                sp_y = Some(y);
                e += 1;
            }
            let mut dir = 0;
            if let Some((d, e2)) = self.dir_at(e) {
                dir = d;
                e = e2;
            }
            let (r, kind) = match (sp_y, self.reference) {
                (_, _) if matches!(h, Holiday::Event(..)) => {
                    (holiday_date(*h, 0), DateKind::Absolute)
                }
                (Some(y), _) => (holiday_date(*h, y), DateKind::Absolute),
                // "le soir du 21 juin 2019, … pour la fête de la musique":
                // the feast of the day just told.
                (None, _)
                    if self
                        .last_day
                        .is_some_and(|d| holiday_date(*h, d.year()) == Some(d)) =>
                {
                    (self.last_day, DateKind::Absolute)
                }
                (None, Some(r)) => {
                    let c: Vec<NaiveDate> = (r.year() - 1..=r.year() + 1)
                        .filter_map(|y| holiday_date(*h, y))
                        .collect();
                    let t = if dir == 0 { self.tense_or_prefer(i) } else { 0 };
                    (pick(&c, r, dir, t), DateKind::Underspecified)
                }
                _ => (None, DateKind::Underspecified),
            };
            let unres = match h {
                Holiday::Fixed(m, d) => format!("XXXX-{m:02}-{d:02}"),
                Holiday::Easter(_) => "XXXX-XX-XX".into(),
                Holiday::Event(y, m, d) => format!("{y:04}-{m:02}-{d:02}"),
            };
            let mut m = M::from_r(i, e, r.map(R::Day), unres, kind);
            m.det = true;
            return Some(m);
        }
        None
    }

    /// A holiday's name inside the name of a thing or a person, not a
    /// date: "le marché de Noël", "les décorations de Noël", "le père
    /// Noël", "l'île de Pâques", "Jean Toussaint".
    fn holiday_in_a_name(&self, i: usize) -> bool {
        /// Nouns whose "de Noël" / "de Pâques" says what kind of thing they
        /// are, not when.
        const THINGS: &[&str] = &[
            "marche",
            "marches",
            "sapin",
            "sapins",
            "arbre",
            "arbres",
            "decoration",
            "decorations",
            "illumination",
            "illuminations",
            "guirlande",
            "guirlandes",
            "boule",
            "boules",
            "chant",
            "chants",
            "chanson",
            "chansons",
            "conte",
            "contes",
            "film",
            "films",
            "cadeau",
            "cadeaux",
            "creche",
            "creches",
            "buche",
            "buches",
            "village",
            "villages",
            "calendrier",
            "calendriers",
            "carte",
            "cartes",
            "vitrine",
            "vitrines",
            "spectacle",
            "spectacles",
            "esprit",
            "miracle",
            "ile",
            "oeuf",
            "oeufs",
            "lapin",
            "lapins",
            "cloche",
            "cloches",
            "insurrection",
            "soulevement",
        ];
        if i == 0 || self.nl(i) {
            return false;
        }
        let p = self.w(i - 1);
        if p == "pere" {
            return true;
        }
        if matches!(p, "de" | "du" | "des") && i >= 2 && !self.nl(i - 1) && self.isin(i - 2, THINGS)
        {
            return true;
        }
        self.k(i - 1) == Some(Tk::W)
            && self.upper(i - 1)
            && self.upper(i)
            && crate::extract::actors::known_first_name(p)
    }

    fn p_season(&self, i: usize) -> Option<M> {
        let det = self.w(i);
        let j = match det {
            "l" if self.is(i + 1, "'") => i + 2,
            "cet" | "ce" | "en" | "au" | "le" => i + 1,
            _ => return None,
        };
        let code = match self.w(j) {
            "printemps" => "SP",
            "ete" => "SU",
            "automne" => "FA",
            "hiver" => "WI",
            _ => return None,
        };
        let mut e = j + 1;
        // "au printemps de l'environnement", "le printemps arabe"
        if self.isin(e, &["de", "du", "des", "d"])
            || (code == "SP"
                && self.k(e) == Some(Tk::W)
                && self.dir_at(e).is_none()
                && !FUNCTION_WORDS.contains(&self.w(e)))
        {
            return None;
        }
        let r = self.reference;
        let (v, kind) = if let Some(y) = self.four_digit_year(e) {
            e += 1;
            (Some(format!("{y:04}-{code}")), DateKind::Absolute)
        } else if let Some((d, e2)) = self.dir_at(e) {
            e = e2;
            (
                r.map(|r| format!("{:04}-{code}", r.year() + d as i32)),
                DateKind::Relative,
            )
        } else if det == "en" {
            (Some(format!("XXXX-{code}")), DateKind::Underspecified)
        } else {
            // In December, "cet hiver" is the one that ends next year.
            let next = |r: NaiveDate| (code == "WI" && r.month() == 12) as i32;
            (
                r.map(|r| format!("{:04}-{code}", r.year() + next(r))),
                DateKind::Relative,
            )
        };
        let s = if matches!(det, "en" | "au") { j } else { i };
        Some(M::new(s, e, v, kind))
    }

    /// "les années 60", "la fin du XIXe siècle".
    fn p_decade(&self, i: usize) -> Option<M> {
        let mut j = i;
        // "début des années 60", "la fin du XIXe siècle"
        if self.isin(j, &["la", "le", "au"]) && self.isin(j + 1, &["fin", "debut", "milieu"]) {
            j += 1;
        }
        let edged = self.isin(j, &["fin", "debut", "milieu"]);
        if edged {
            j += 1;
        }
        if self.isin(j, &["les", "des", "aux"]) && self.is(j + 1, "annees") {
            j += 2;
            let n = self.num(j)?;
            let v = match (self.nlen(j), n) {
                (2, n) if n % 10 == 0 => format!("19{}X", n / 10),
                (4, n) if n % 10 == 0 && (1000..2100).contains(&n) => format!("{}X", n / 10),
                _ => return None,
            };
            let start = if edged && self.is(i, "au") {
                i + 1
            } else if edged {
                i
            } else {
                j - 2
            };
            let mut m = M::new(start, j + 1, Some(v), DateKind::Vague);
            if self.is(j - 2, "des") && !edged {
                m.s = j - 1;
            }
            return Some(m);
        }
        if self.isin(j, &["du", "le", "au"]) || (!edged && j == i) {
            if self.isin(j, &["du", "le", "au"]) {
                j += 1;
            }
            let (c, e) = if let Some(n) = self.num(j) {
                if !(self.glued(j + 1) && self.isin(j + 1, &["e", "eme"])) {
                    return None;
                }
                (n, j + 2)
            } else {
                let w = self.w(j);
                let stem = w.strip_suffix("eme").or_else(|| w.strip_suffix('e'))?;
                (roman(stem)?, j + 1)
            };
            if !self.is(e, "siecle") || !(1..=21).contains(&c) {
                return None;
            }
            let s = if edged || self.is(i, "le") { i } else { j };
            return Some(M::new(
                s,
                e + 1,
                Some(format!("{:02}XX", c - 1)),
                DateKind::Vague,
            ));
        }
        None
    }

    // ------------------------------------------------ ranges

    /// "du 2 au 5 janvier", "entre le 13 et le 15 juillet", "les 2 et 3
    /// janvier", "5-6 janvier", "du mercredi 3 au samedi 6 avril".
    /// "les 3 derniers jours", "ces deux dernières années", "les trois
    /// prochains mois", "les 10 jours suivants", "2 années passées": a range
    /// of whole days, weeks, months or years just before or after the
    /// reference ("suivants", "précédents": the last date mentioned). Under
    /// TimeML it is the duration ("P3D").
    fn p_last_next(&self, i: usize) -> Option<M> {
        let mut j = i;
        let lead = self.is(j, "ces");
        if lead {
            j += 1;
        }
        let dir_word = |k: usize| -> Option<(i8, bool, usize)> {
            if let Some((d, e)) = self.dir_at(k) {
                return Some((d, false, e));
            }
            match self.w(k) {
                "suivant" | "suivants" | "suivante" | "suivantes" => Some((1, true, k + 1)),
                "precedent" | "precedents" | "precedente" | "precedentes" => {
                    Some((-1, true, k + 1))
                }
                "a" if self.is(k + 1, "venir") => Some((1, false, k + 2)),
                _ => None,
            }
        };
        let count = |k: usize| -> Option<(u32, usize)> {
            if let Some(n) = self.num(k)
                && self.nlen(k) <= 3
                && !(self.glued(k + 1) && self.k(k + 1) != Some(Tk::P))
            {
                return Some((n, k + 1));
            }
            self.number_words(k)
        };
        let unit = |k: usize| -> Option<char> {
            Some(match self.w(k) {
                "jour" | "jours" | "journees" => 'D',
                "semaine" | "semaines" => 'W',
                "mois" => 'M',
                "an" | "ans" | "annee" | "annees" => 'Y',
                _ => return None,
            })
        };
        // NUM derniers UNIT | derniers NUM UNIT (after "ces") | NUM UNIT suivants
        let (n, u, dir, anchored, e) = if let Some((n, k)) = count(j)
            && let Some((d, a, k2)) = dir_word(k)
            && let Some(u) = unit(k2)
        {
            (n, u, d, a, k2 + 1)
        } else if lead
            && let Some((d, a, k)) = dir_word(j)
            && let Some((n, k2)) = count(k)
            && let Some(u) = unit(k2)
        {
            (n, u, d, a, k2 + 1)
        } else if let Some((n, k)) = count(j)
            && let Some(u) = unit(k)
            && let Some((d, a, k2)) = dir_word(k + 1)
            // "dix ans passés à la tête de l'ONU": a participle, time spent.
            && !(self.w(k + 1).starts_with("pass") && self.k(k2) == Some(Tk::W))
        {
            (n, u, d, a, k2)
        } else {
            return None;
        };
        if !(1..=100).contains(&n) {
            return None;
        }
        // "suivants": after the last date mentioned ("la crise de 2007 …
        // les huit années suivantes": 2008–2015).
        let base = match (anchored, u) {
            (true, 'Y') => self
                .last_year
                .filter(|y| self.last_day.is_none_or(|d| d.year() != *y))
                .and_then(|y| ymd(y, 7, 1))
                .or(self.last_day)
                .or(self.reference),
            (true, _) => self.last_day.or(self.reference),
            _ => self.reference,
        };
        let b = base?;
        let n = n as i64;
        // The units k after the base, for k = a and k = z.
        let (a, z) = if dir < 0 { (-n, -1) } else { (1, n) };
        let at = |k: i64| match u {
            'D' => R::Day(b + Duration::days(k)).fmt(),
            'W' => week_value(b + Duration::days(7 * k)),
            'M' => {
                let (y, m) = add_months(b.year(), b.month(), k);
                R::Month(y, m).fmt()
            }
            _ => R::Year(b.year() + k as i32).fmt(),
        };
        let (first, last) = (at(a), at(z));
        let mut m = M::new(i, e, Some(first), DateKind::Range);
        m.end = Some(last);
        m.tml = Some(format!("P{n}{u}"));
        Some(m)
    }

    /// "le premier mercredi du mois prochain", "le 3e jour d'octobre", "le
    /// dernier dimanche de mars 2016", "le dernier jour de l'année".
    fn p_ordinal_in_period(&self, i: usize) -> Option<M> {
        let mut j = i;
        if self.isin(j, &["le", "ce"]) {
            j += 1;
        }
        // the ordinal: premier, 1er, deuxième, 3e, 3eme, dernier
        let ord: i32 = if let Some(n) = self.num(j)
            && self.nlen(j) <= 1
            && self.glued(j + 1)
            && self.isin(j + 1, &["er", "e", "eme", "re"])
        {
            j += 2;
            n as i32
        } else {
            let n = match self.w(j) {
                "premier" | "premiere" => 1,
                "deuxieme" | "second" | "seconde" => 2,
                "troisieme" => 3,
                "quatrieme" => 4,
                "cinquieme" => 5,
                "dernier" | "derniere" => -1,
                _ => return None,
            };
            j += 1;
            n
        };
        if ord == 0 {
            return None;
        }
        // the unit: a weekday or "jour"
        let wd = if let Some((wd, e)) = self.weekday_at(j) {
            j = e;
            Some(wd)
        } else if self.is(j, "jour") {
            j += 1;
            None
        } else {
            return None;
        };
        // the period: "de mars (2016)", "du mois (prochain)", "de ce mois"
        let k = if self.isin(j, &["de", "du"]) {
            j + 1
        } else if self.is(j, "d") && self.is(j + 1, "'") {
            j + 2
        } else {
            return None;
        };
        let r = self.reference;
        let (y, m, e) = if let Some((m, e)) = self.month_at(k, false) {
            if let Some((y, e2)) = self.year_after_month(e) {
                (y, m, e2)
            } else {
                // A month alone: the one the tense picks, as "en mars" does.
                let month = Spec {
                    m: Some(m),
                    ..Spec::default()
                };
                match self.resolve(month, k).0? {
                    R::Month(y, m) => (y, m, e),
                    _ => return None,
                }
            }
        } else {
            let mut e = k;
            if self.isin(e, &["ce", "le"]) {
                e += 1;
            }
            if !self.is(e, "mois") {
                return None;
            }
            e += 1;
            let mut off = 0;
            if let Some((d, e2)) = self.dir_at(e) {
                off = d as i64;
                e = e2;
            } else if self.isin(e, &["de", "du", "d"]) || OTHER_CALENDAR.contains(&self.w(e)) {
                // A month of another calendar: "au premier jour du mois de
                // ramadan", "le dernier jour du mois de mouharram", "le
                // premier lundi du mois sacré de Shravan".
                return None;
            }
            let r = r?;
            let (y, m) = add_months(r.year(), r.month(), off);
            (y, m, e)
        };
        let days: Vec<NaiveDate> = (1..=31)
            .filter_map(|d| ymd(y, m, d))
            .filter(|d| wd.is_none_or(|w| d.weekday().num_days_from_monday() == w))
            .collect();
        let d = if ord > 0 {
            *days.get(ord as usize - 1)?
        } else {
            *days.last()?
        };
        let mut mm = M::from_r(i, e, Some(R::Day(d)), String::new(), DateKind::Relative);
        mm.det = true;
        Some(mm)
    }

    fn p_day_range(&self, i: usize) -> Option<M> {
        // ("des 8 et 9 septembre": "de" and "les".)
        let lead = match self.w(i) {
            "des" => "les",
            w => w,
        };
        let (a0, bare) = match lead {
            "du" | "entre" => (i + 1, true),
            "les" => (i + 1, true),
            "de" => (i + 1, false),
            _ => (i, false),
        };
        let a_s = a0;
        let a_j = if self.is(a0, "le") { a0 + 1 } else { a0 };
        let (a, a_e) = self.day_point(a_j, true)?;
        if a.d.is_none() && a.wd.is_none() {
            return None;
        }
        // connector
        let mut b0 = a_e;
        let conn = self.w(b0);
        match conn {
            "au" if lead != "les" => b0 += 1,
            "et" if lead == "entre" || lead == "les" => b0 += 1,
            "-" => b0 += 1,
            "a" if lead == "de" => b0 += 1,
            "jusqu" if self.is(b0 + 1, "'") && self.is(b0 + 2, "au") => b0 += 3,
            _ => return None,
        }
        let b_s = b0;
        let b_j = if self.is(b0, "le") { b0 + 1 } else { b0 };
        let (b, b_e) = self.day_point(b_j, bare || lead == "de")?;
        if b.d.is_none() && b.wd.is_none() {
            return None;
        }
        if a.d.is_some() != b.d.is_some() {
            return None;
        }
        // "les 14 juillet et 19 décembre derniers" is a list of two dates.
        if lead == "les" && (b.m.is_none() || a.m.is_some()) {
            return None;
        }
        // Two bare numbers: "du 13 au 18", "entre le 13 et le 18", but not
        // "entre 15 et 20 points".
        if b.m.is_none() && a.m.is_none() && a.wd.is_none() && b.wd.is_none() {
            let with_le = self.is(a0, "le") || lead == "du";
            let after = self.k(b_e) == Some(Tk::W) && !self.isin(b_e, &["et", "ou", "inclus"]);
            if !with_le || after || self.k(b_e) == Some(Tk::N) {
                return None;
            }
        }
        if a.d.is_some() && b.m.is_none() && a.m.is_none() && !matches!(lead, "du" | "entre") {
            return None;
        }
        if conn == "-" && lead.is_empty() && a.wd.is_none() {
            b.m?;
        }
        let mut e = b_e;
        let mut b = b;
        if b.dir == 0
            && let Some((d, e2)) = self.dir_at(e)
        {
            b.dir = d;
            e = e2;
        }
        // "entre lundi et mercredi de la semaine dernière": the end's week.
        let in_week = (b.dir == 0 && b.d.is_none())
            .then(|| self.weekday_week(b_j, b.wd?, e))
            .flatten();
        // Resolve the end, then the start against it.
        let (rb, ub) = match in_week {
            Some(w) => {
                e = w.e;
                (w.day.map(R::Day), String::new())
            }
            None => {
                let (rb, ub, _) = self.resolve(b, b_j);
                (rb, ub)
            }
        };
        let (ra, ua) = if let Some(wa) = a.wd.filter(|_| a.d.is_none()) {
            // weekdays: start is the same weekday before the end.
            match rb.and_then(R::day) {
                Some(db) => {
                    let wa = wa as i64;
                    let wb = db.weekday().num_days_from_monday() as i64;
                    let back = (wb - wa).rem_euclid(7);
                    (Some(R::Day(db - Duration::days(back))), String::new())
                }
                None => (None, format!("XXXX-WXX-{}", wa + 1)),
            }
        } else {
            let mut a2 = a;
            let inherit_m = a2.m.is_none();
            if inherit_m {
                a2.m = b.m;
            }
            if a2.y.is_none() {
                a2.y = b.y;
            }
            if let Some(db) = rb.and_then(R::day) {
                if a2.y.is_none() {
                    a2.y = Some(db.year());
                }
                if a2.m.is_none() {
                    a2.m = Some(db.month());
                }
                // "du 28 au 2 mars": start in the month before.
                if inherit_m && a2.d > Some(db.day()) {
                    let (y, m) = add_months(db.year(), db.month(), -1);
                    a2.y = Some(y);
                    a2.m = Some(m);
                } else if a2.m > b.m.or(Some(db.month()))
                    && a2.y == Some(db.year())
                    && b.y.is_none()
                {
                    a2.y = Some(db.year() - 1);
                }
            }
            let (ra, ua, _) = self.resolve(a2, a_j);
            (ra, ua)
        };
        let fmt = |r: Option<R>, u: String, part: Option<&str>| -> String {
            let mut s = r.map_or(u, R::fmt);
            if let Some(p) = part {
                s.push('T');
                s.push_str(p);
            }
            s
        };
        let va = fmt(ra, ua, a.part);
        let vb = fmt(rb, ub, b.part);
        let mut m = M::new(i, e, Some(va.clone()), DateKind::Range);
        m.end = Some(vb.clone());
        m.day = rb.and_then(R::day);
        m.parts = vec![
            (if lead == "les" { i } else { a_s }, a_e, Some(va)),
            (b_s, e, Some(vb)),
        ];
        if lead.is_empty() && conn == "-" {
            m.s = a_s;
        }
        Some(m)
    }

    /// "de 2014 à 2016", "entre 1990 et 1999", "1982-1990", "2002/2003".
    fn p_year_range(&self, i: usize) -> Option<M> {
        let lead = self.w(i);
        let a = match lead {
            "de" | "entre" | "depuis" => i + 1,
            _ => i,
        };
        let ya = self.four_digit_year(a)?;
        if !(self.year_ok(a, ya) || a > i) {
            return None;
        }
        let conn = self.w(a + 1);
        let ok = match conn {
            "a" => lead == "de" || lead == "depuis",
            "et" => lead == "entre",
            "-" | "/" => true,
            _ => false,
        };
        if !ok {
            return None;
        }
        let b = a + 2;
        let nb = self.num(b)?;
        let yb = match self.nlen(b) {
            4 => nb as i32,
            2 if matches!(conn, "-" | "/") => ya - ya % 100 + nb as i32,
            _ => return None,
        };
        if yb <= ya || yb - ya > 200 || !self.year_tail_ok(b + 1) {
            return None;
        }
        let mut m = M::new(i, b + 1, Some(ya.to_string()), DateKind::Range);
        m.end = Some(format!("{yb:04}"));
        m.parts = vec![
            (a, a + 1, Some(ya.to_string())),
            (b, b + 1, Some(format!("{yb:04}"))),
        ];
        Some(m)
    }

    /// "mars-avril", "de mars à juin 2016", "entre mars et mai".
    fn p_month_range(&self, i: usize) -> Option<M> {
        let lead = self.w(i);
        let a = match lead {
            "de" | "entre" => i + 1,
            _ => i,
        };
        let (ma, a_e) = self.month_at(a, false)?;
        let mut ya = None;
        let mut j = a_e;
        if let Some(y) = self.four_digit_year(j) {
            ya = Some(y);
            j += 1;
        }
        let conn = self.w(j);
        let ok = match conn {
            "a" => lead == "de",
            "et" => lead == "entre",
            "-" => true,
            _ => false,
        };
        if !ok {
            return None;
        }
        let b = j + 1;
        let (mb, mut e) = self.month_at(b, false)?;
        let mut sb = Spec {
            m: Some(mb),
            ..Spec::default()
        };
        if let Some((y, e2)) = self.year_after_month(e) {
            sb.y = Some(y);
            e = e2;
        } else if let Some((d, e2)) = self.dir_at(e) {
            sb.dir = d;
            e = e2;
        }
        if lead.is_empty() && conn != "-" {
            return None;
        }
        if lead.is_empty() && !self.isin(i.wrapping_sub(1), MONTH_CONTEXT) && sb.y.is_none() {
            return None;
        }
        let (rb, ub, _) = self.resolve(sb, b);
        let va = match (ya, rb) {
            (Some(y), _) => R::Month(y, ma).fmt(),
            (None, Some(R::Month(y, m))) => R::Month(if ma > m { y - 1 } else { y }, ma).fmt(),
            _ => format!("XXXX-{ma:02}"),
        };
        let vb = rb.map_or(ub, R::fmt);
        let mut m = M::new(i, e, Some(va.clone()), DateKind::Range);
        m.end = Some(vb.clone());
        m.parts = vec![(a, j, Some(va)), (b, e, Some(vb))];
        Some(m)
    }

    /// "de 18 h à 23 h", "entre 0 h 30 et 4 h".
    fn p_clock_range(&self, i: usize) -> Option<M> {
        let lead = self.w(i);
        if !matches!(lead, "de" | "entre") {
            return None;
        }
        let ((h1, m1), e1) = self.clock(i + 1)?;
        if !self.isin(e1, &["a", "et"]) {
            return None;
        }
        let ((h2, m2), e2) = self.clock(e1 + 1)?;
        let base = if self.last_day_par == self.doc.paragraph_at(self.fo.map[self.t[i].s] as usize)
        {
            self.last_day.or(self.reference)
        } else {
            self.reference
        };
        let f = |h: u32, m: u32| match base {
            Some(d) => format!("{}T{h:02}:{m:02}", d.format("%Y-%m-%d")),
            None => format!("T{h:02}:{m:02}"),
        };
        let mut m = M::new(i, e2, Some(f(h1, m1)), DateKind::Range);
        m.end = Some(f(h2, m2));
        m.parts = vec![(i + 1, e1, Some(f(h1, m1))), (e1 + 1, e2, Some(f(h2, m2)))];
        m.day = base;
        Some(m)
    }

    /// "dans la nuit de samedi à dimanche", "la nuit du 1er au 2 janvier".
    fn p_night(&self, i: usize) -> Option<M> {
        let mut j = i;
        if self.is(j, "dans") {
            j += 1;
        }
        if !self.is(j, "la") {
            return None;
        }
        let part = match self.w(j + 1) {
            "nuit" => "NI",
            "matinee" => "MO",
            "soiree" => "EV",
            "journee" => "",
            _ => return None,
        };
        let s = j;
        j += 2;
        if !self.isin(j, &["du", "de"]) {
            return None;
        }
        let (a, a_e) = self.day_point(j + 1, true)?;
        // (Or "la nuit du mercredi 31 août et du jeudi 1er septembre".)
        let b_start = if self.isin(a_e, &["a", "au"]) {
            Some(a_e + 1)
        } else if self.is(a_e, "et")
            && self.isin(a_e + 1, &["du", "de"])
            && self.day_point(a_e + 2, true).is_some()
        {
            Some(a_e + 2)
        } else {
            None
        };
        if b_start.is_none() || part != "NI" {
            // "dans la soirée de mardi", "la nuit du 14 juillet": one day.
            if a.wd.is_none() && a.m.is_none() {
                return None;
            }
            let mut sp = a;
            if !part.is_empty() {
                sp.part = Some(part);
            }
            let mut m = self.date_m(s, a_e, sp, j + 1);
            m.day = self.resolve(a, j + 1).0.and_then(R::day);
            return Some(m);
        }
        let b_at = b_start?;
        let (b, b_e) = self.day_point(b_at, true)?;
        // The end first, the start against it.
        let (rb, ub, _) = self.resolve(b, b_at);
        let ra: Option<R> = match rb.and_then(R::day) {
            Some(db) => {
                if let Some(wd) = a.wd.filter(|_| a.d.is_none()) {
                    let wb = db.weekday().num_days_from_monday() as i64;
                    Some(R::Day(db - Duration::days((wb - wd as i64).rem_euclid(7))))
                } else if let Some(d) = a.d {
                    let m = a.m.unwrap_or(db.month());
                    let y = a.y.unwrap_or(db.year());
                    let dd = ymd(y, m, d)?;
                    Some(R::Day(if dd > db {
                        let (y2, m2) = add_months(y, m, -1);
                        ymd(y2, m2, d)?
                    } else {
                        dd
                    }))
                } else {
                    None
                }
            }
            None => None,
        };
        let va = ra.map_or("XXXX-XX-XXTNI".into(), |r| r.fmt() + "TNI");
        let mut m = M::new(s, b_e, Some(va), DateKind::Range);
        m.end = Some(rb.map_or(ub, R::fmt));
        m.day = rb.and_then(R::day);
        Some(m)
    }

    // ------------------------------------------------ driver

    fn best_at(&self, i: usize) -> Option<M> {
        let t = self.t[i];
        if t.k == Tk::P && !matches!(self.w(i), "-") {
            return None;
        }
        // Never start inside a word or number ("A320", "x2014"), nor on the
        // thousands of a number written with a space ("14 000 ans").
        if i > 0 && !t.sp && self.k(i - 1).is_some_and(|k| k != Tk::P) {
            return None;
        }
        if i > 0
            && t.k == Tk::N
            && self.nlen(i) == 3
            && self.k(i - 1) == Some(Tk::N)
            && self.nlen(i - 1) <= 3
            && !self.nl(i)
        {
            return None;
        }
        let mut best: Option<M> = None;
        let mut consider = |m: Option<M>| {
            if let Some(m) = m
                && m.e > i
                && best.as_ref().is_none_or(|b| m.e > b.e)
            {
                // Never end inside a word or number.
                if let Some(nt) = self.t.get(m.e)
                    && !nt.sp
                    && nt.k != Tk::P
                    && self.t[m.e - 1].k != Tk::P
                {
                    return;
                }
                best = Some(m);
            }
        };
        consider(self.p_day_range(i));
        consider(self.p_night(i));
        consider(self.p_year_range(i));
        consider(self.p_month_range(i));
        consider(self.p_clock_range(i));
        consider(self.p_numeric(i));
        consider(self.p_day(i));
        consider(self.p_bare_day(i));
        consider(self.p_month(i));
        consider(self.p_year(i));
        consider(self.p_lexicon(i));
        consider(self.p_period_edge(i));
        consider(self.p_duration(i));
        consider(self.p_clock(i));
        consider(self.p_set(i));
        consider(self.p_daypart_anchor(i));
        consider(self.p_adjective(i));
        consider(self.p_holiday(i));
        consider(self.p_season(i));
        consider(self.p_decade(i));
        consider(self.p_last_next(i));
        consider(self.p_ordinal_in_period(i));
        // A determiner before a date that takes one: "le 5 mars", "ce mardi".
        if self.isin(i, DETS) && i + 1 < self.t.len() {
            let j = if (self.is(i, "l") && self.is(i + 1, "'"))
                || (self.isin(i, &["ce", "cette"]) && self.is(i + 1, "meme"))
            {
                i + 2
            } else {
                i + 1
            };
            if j < self.t.len() && !self.nl(j) {
                let inner = [
                    self.p_numeric(j),
                    self.p_day(j),
                    self.p_lexicon(j),
                    self.p_holiday(j),
                ];
                for m in inner.into_iter().flatten() {
                    if m.det && m.s == j {
                        let mut m = m;
                        m.s = i;
                        consider(Some(m));
                    }
                }
            }
        }
        best.filter(|m| !self.in_a_name(m))
    }

    /// A day and month without a year that name a thing after "du": a
    /// movement ("le Mouvement du 23 mars"), a street, a square, a stadium
    /// or a school ("le boulevard du 30 juin", "le stade du 26 mars", "la
    /// place du 14 juin"). Not a day: "la manifestation du 14 juin" is.
    /// (Not "marché": folded, it is "la marche du 14 juin".)
    fn in_a_name(&self, m: &M) -> bool {
        const PLACES: &[&str] = &[
            "place",
            "boulevard",
            "avenue",
            "rue",
            "stade",
            "pont",
            "rond-point",
            "carrefour",
            "echangeur",
            "monument",
            "lycee",
            "college",
            "ecole",
            "cite",
            "aeroport",
            "palais",
            "universite",
            "quartier",
            "hopital",
        ];
        // (Capitalised only: "le mouvement de grève du 5 décembre" dates it.)
        const BODIES: &[&str] = &["mouvement", "front", "alliance", "coalition", "collectif"];
        let i = m.s;
        i >= 2
            && self.is(i - 1, "du")
            && self.num(i).is_some_and(|d| (1..=31).contains(&d))
            && (m.s..m.e).all(|k| self.num(k).is_none_or(|n| n < 1000))
            && (self.isin(i - 2, PLACES) || self.isin(i - 2, BODIES) && self.upper(i - 2))
    }
}

/// Scan the document: every match, in order, with token spans mapped to
/// original byte spans.
fn scan(doc: &Document, reference: Option<NaiveDate>, prefer: Prefer) -> (Vec<M>, Ctx<'_>) {
    scan_until(doc, reference, prefer, true, None, |_, _| false)
}

/// [`scan`], stopping after the first match for which `stop` (given the
/// match and its paragraph) is true.
fn scan_until<'d>(
    doc: &'d Document,
    reference: Option<NaiveDate>,
    prefer: Prefer,
    gated: bool,
    halt: Option<(usize, &std::cell::Cell<bool>)>,
    mut stop: impl FnMut(&M, usize) -> bool,
) -> (Vec<M>, Ctx<'d>) {
    let fo = doc.folded();
    let mut ctx = Ctx {
        doc,
        ft: &fo.text,
        fo,
        t: tokenize(&fo.text),
        reference,
        last_day: None,
        last_day_par: 0,
        last_night_end: None,
        last_evening: None,
        last_parts: Vec::new(),
        last_month: None,
        last_other_day: None,
        last_event_day: None,
        prev_event_day: None,
        last_report_day: None,
        last_told_day: None,
        last_year: None,
        tense_memo: RefCell::new(HashMap::new()),
        prefer: prefer.sign(),
    };
    let mut out = Vec::new();
    let next_key = next_keys(ctx.ft, &ctx.t);
    let mut i = 0;
    while i < ctx.t.len() {
        if let Some((from, armed)) = halt
            && armed.get()
            && fo.map[ctx.t[i].s] as usize >= from
        {
            break;
        }
        if gated && next_key[i] > i + KEY_REACH {
            i = next_key[i] - KEY_REACH;
            continue;
        }
        match ctx.best_at(i) {
            Some(m) => {
                // Never cross a line break.
                if (m.s + 1..m.e).any(|k| ctx.nl(k)) {
                    i += 1;
                    continue;
                }
                if let Some(d) = m.day {
                    // (Not a night from one day to the next, whose day is
                    // already the morning's.)
                    let evening = m.value.as_deref().is_some_and(|v| v.ends_with("TEV"))
                        || m.clock.is_some_and(|(h, _)| h >= 20);
                    if m.clock.is_none() || evening {
                        ctx.last_evening = evening.then_some(d);
                    }
                }
                if let Some(d) = m.day
                    && m.clock.is_none()
                {
                    // "la nuit de vendredi à samedi … L'alerte a été donnée
                    // peu après 2 h 30": the small hours are the night's
                    // morning.
                    // (The morning itself named keeps it: "a indiqué samedi".)
                    if ctx.last_night_end != Some(d) {
                        ctx.last_night_end = m
                            .value
                            .as_deref()
                            .is_some_and(|v| v.ends_with("TNI"))
                            .then(|| {
                                m.end.as_deref().and_then(|e| {
                                    NaiveDate::parse_from_str(e.get(..10)?, "%Y-%m-%d").ok()
                                })
                            })
                            .flatten();
                    }
                    ctx.last_day = Some(d);
                    if let Some(part) = part_told(m.value.as_deref(), &ctx.ft[..ctx.t[m.s].s]) {
                        ctx.last_parts.retain(|(p, _)| *p != part);
                        ctx.last_parts.push((part, d));
                    }
                    match told_as(&ctx.ft[..ctx.t[m.s].s]) {
                        Told::Event => {
                            if ctx.last_event_day != Some(d) {
                                ctx.prev_event_day = ctx.last_event_day;
                            }
                            ctx.last_event_day = Some(d);
                            ctx.last_told_day = Some(d);
                        }
                        Told::Report => {
                            ctx.last_report_day = Some(d);
                            ctx.last_told_day = Some(d);
                        }
                        Told::Bound => {}
                    }
                    ctx.last_day_par = doc.paragraph_at(fo.map[ctx.t[m.s].s] as usize);
                    if Some(d) != ctx.reference {
                        ctx.last_other_day = Some(d);
                    }
                }
                if m.kind != DateKind::Duration
                    && let Some(y) = m.value.as_deref().and_then(|v| v.get(..4)?.parse().ok())
                {
                    ctx.last_year = Some(y);
                }
                if m.day.is_some() {
                    ctx.last_month = None;
                } else if m.kind != DateKind::Duration
                    && let Some(v) = m.value.as_deref().filter(|v| {
                        v.len() == 7 && v.as_bytes()[4] == b'-' && v[5..].bytes().all(|b| b.is_ascii_digit())
                    })
                    // (Not a state's bound: "qui intervient depuis mars 2015".)
                    && !matches!(told_as(&ctx.ft[..ctx.t[m.s].s]), Told::Bound)
                {
                    ctx.last_month = Some(v.to_string());
                }
                i = m.e;
                let par = doc.paragraph_at(fo.map[ctx.t[m.s].s] as usize);
                let done = stop(&m, par);
                out.push(m);
                if done {
                    break;
                }
            }
            None => i += 1,
        }
    }
    (out, ctx)
}

/// The part of day a day is told with: by its value ("…TEV") or by the
/// words before it, in the folded text ("le soir du", "dans la matinée
/// du", "la nuit du").
fn part_told(value: Option<&str>, before: &str) -> Option<&'static str> {
    if let Some(v) = value
        && let Some(p) = ["EV", "MO", "NI"]
            .into_iter()
            .find(|p| v.len() > 10 && v.ends_with(p) && v.as_bytes()[v.len() - p.len() - 1] == b'T')
    {
        return Some(p);
    }
    let before = before.trim_end();
    [
        ("soir du", "EV"),
        ("soiree du", "EV"),
        ("matin du", "MO"),
        ("matinee du", "MO"),
        ("nuit du", "NI"),
    ]
    .into_iter()
    .find(|(w, _)| {
        before
            .strip_suffix(w)
            .is_some_and(|r| r.is_empty() || r.ends_with(|c: char| !c.is_alphanumeric()))
    })
    .map(|(_, p)| p)
}

/// The mention of a scanned match, as it reads.
fn mention_of(ctx: &Ctx, m: &M) -> DateMention {
    mention(
        ctx,
        m.s,
        m.e,
        m.value.clone(),
        m.end.clone(),
        m.kind,
        m.edge,
    )
}

fn mention(
    ctx: &Ctx,
    s: usize,
    e: usize,
    value: Option<String>,
    end: Option<String>,
    kind: DateKind,
    edge: Option<Edge>,
) -> DateMention {
    let (bs, be) = ctx.orig_span(s, e);
    let (text, start, end_c, paragraph) = ctx.doc.span(bs, be);
    let span = if kind == DateKind::Duration {
        None
    } else {
        value.as_deref().and_then(bounds).map(|b| {
            let b = edge.map_or(b, |x| edge_bounds(b, x));
            let last = end
                .as_deref()
                .and_then(bounds)
                .map_or(b.1, |e| e.1.max(b.0));
            (b.0, last)
        })
    };
    let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    DateMention {
        text,
        start,
        end: end_c,
        paragraph,
        value,
        end_value: end,
        kind,
        earliest: span.map(|b| day(b.0)),
        latest: span.map(|b| day(b.1)),
    }
}

/// The folded words that open an update stamp ("Page actualisée : 23 mars
/// 2016 — « … »", "Mis à jour le 5 mai"): its date is the update's.
pub(crate) const UPDATE_STAMPS: [&str; 4] =
    ["page actualisee", "actualise", "mis a jour", "mise a jour"];

/// The document's own reference date: its dateline ("Paris, 5 janvier (AFP) –",
/// "7 août 2016. –"), else its first complete date.
pub fn reference_date(doc: &Document) -> Option<NaiveDate> {
    let full = |v: &str| NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok();
    // Past the dateline zone, the first complete date is all we need:
    // none more once one has been read.
    let seen_full = std::cell::Cell::new(false);
    let zone_end = doc.paragraphs.get(4).map_or(doc.text.len(), |p| p.start);
    let (ms, ctx) = scan_until(
        doc,
        None,
        Prefer::Nearest,
        true,
        Some((zone_end, &seen_full)),
        |m, par| {
            if m.kind == DateKind::Absolute && m.value.as_deref().and_then(full).is_some() {
                seen_full.set(true);
            }
            par > 3 && seen_full.get()
        },
    );
    let first_year = ms
        .iter()
        .filter(|m| m.kind == DateKind::Absolute)
        .find_map(|m| m.value.as_deref()?.get(..4)?.parse::<i32>().ok());
    let mut updated = None;
    for m in &ms {
        let (bs, be) = ctx.orig_span(m.s, m.e);
        let p = doc.paragraph_at(bs);
        if p > 3 {
            break;
        }
        let par = &doc.paragraphs[p];
        let before = &doc.text[par.start..bs];
        // Nothing before the date but a place: "Paris, ".
        let b = before.trim();
        // "Page actualisée : 23 mars 2016 —", "Publié le 5 janvier 2021"
        // (a cheap bound first: 30 folded bytes come from at most 120 bytes)
        let (stamp, update) = if b.len() <= 120 {
            let f = crate::document::fold(b);
            let update = f.len() <= 30 && UPDATE_STAMPS.iter().any(|p| f.starts_with(p));
            let stamp =
                update || (f.len() <= 30 && ["publie", "date"].iter().any(|p| f.starts_with(p)));
            (stamp, update)
        } else {
            (false, false)
        };
        let place_only = b.is_empty()
            || stamp
            || (b.ends_with(',')
                && b.len() <= 160 // (a cheap bound first: 40 characters are at most 160 bytes)
                && b.chars().count() <= 40
                && b.split_whitespace().all(|w| {
                    w.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                        || matches!(w, "de" | "du" | "des" | "la" | "le" | "sur" | "en")
                }));
        if !place_only {
            continue;
        }
        let after: String = doc.text[be..].chars().take(40).collect();
        let after = after.trim_start_matches(['.', ',', ' ', '\u{a0}']);
        let after = if after.starts_with('(') {
            after
                .find(')')
                .map_or(after, |k| &after[k + 1..])
                .trim_start_matches(['.', ',', ' ', '\u{a0}'])
        } else {
            after
        };
        if !(after.starts_with(['–', '—', '-']) || after.is_empty() || after.starts_with('\n'))
        {
            continue;
        }
        let Some(v) = m.value.as_deref() else {
            continue;
        };
        if let Some(d) = full(v) {
            // An update stamp ("Page actualisée : 23 mars 2016 — « … »",
            // Wikinews' pointer to a later article) dates another text: the
            // dispatch's own dateline below it wins.
            if update {
                updated = updated.or(Some(d));
                continue;
            }
            return Some(d);
        }
        if let (Some(rest), Some(y)) = (v.strip_prefix("XXXX-"), first_year) {
            let mut it = rest.split('-');
            if let (Some(mo), Some(d)) = (it.next(), it.next())
                && let (Ok(mo), Ok(d)) = (mo.parse(), d.get(..2).unwrap_or("").parse())
            {
                return ymd(y, mo, d);
            }
        }
    }
    updated.or_else(|| {
        ms.iter()
            .filter(|m| m.kind == DateKind::Absolute)
            .find_map(|m| full(m.value.as_deref()?))
    })
}

/// Every temporal expression of the document, resolved against `reference`.
pub fn extract(doc: &Document, reference: Option<NaiveDate>) -> Vec<DateMention> {
    extract_with(doc, reference, Prefer::Nearest)
}

/// [`extract`], reading dates without a tense cue as `prefer` says.
pub fn extract_with(
    doc: &Document,
    reference: Option<NaiveDate>,
    prefer: Prefer,
) -> Vec<DateMention> {
    let (ms, ctx) = scan(doc, reference, prefer);
    let mut out: Vec<DateMention> = Vec::with_capacity(ms.len());
    let mut prev_end_tok: Option<(usize, bool)> = None;
    // The clock time just output, with its end token: "vers 6 h 10 ce
    // mercredi 9 novembre", "à 22 h 30 dimanche soir".
    let mut prev_clock: Option<(usize, (u32, u32))> = None;
    // Byte start of each output mention.
    let mut starts: Vec<usize> = Vec::with_capacity(ms.len());
    for m in ms.iter().filter(|m| !m.tml_only) {
        // A day right after a clock time: the time is that day's.
        // (A time zone between: "à 22 h 34 UTC−5 lundi", "à 14 h (heure
        // locale) mardi".)
        let clock_before = prev_clock.take();
        if let Some((ce, (h, mi))) = clock_before
            && (ce == m.s || zone_between(&ctx, ce, m.s))
            && m.clock.is_none()
            && m.kind != DateKind::Range
            && !ctx.nl(m.s)
            && let Some(v) = m
                .value
                .as_deref()
                .filter(|v| v.len() >= 10 && v.as_bytes()[4] == b'-' && !v.starts_with('P'))
            && let Some(last) = out.last_mut()
        {
            let bs = starts.last().copied().unwrap_or(0);
            let day = mention_of(&ctx, m);
            // "3 heures cet après-midi", "11 heures ce soir": the afternoon's.
            let h = if matches!(&v[10..], "TAF" | "TEV") && h < 12 {
                h + 12
            } else {
                h
            };
            *last = day_and_clock(&ctx, bs, m.e, &day, (h, mi));
            prev_end_tok = None;
            continue;
        }
        // A day told in apposition after a clock time, past a comma: "Il
        // était 23 h 11, dans la nuit du 8 au 9 septembre 2023", "vers 3
        // heures, le 4 mai": the time is that day's (in a night, the
        // second day's before noon). The two stay two mentions.
        if let Some((ce, (h, mi))) = clock_before
            && m.clock.is_none()
            && m.s > ce
            && m.s - ce <= 2
            && ctx.is(ce, ",")
            && (ce + 1..m.s).all(|k| matches!(ctx.w(k), "dans" | "durant" | "pendant"))
            && !(ce..=m.s).any(|k| ctx.nl(k))
            && let Some(v) = m.value.as_deref().filter(|v| !v.starts_with('P'))
            && let Some(d) = v
                .get(..10)
                .and_then(|x| NaiveDate::parse_from_str(x, "%Y-%m-%d").ok())
            && let Some(last) = out.last_mut()
        {
            let d = if v.ends_with("TNI") && h < 12 {
                d + Duration::days(1)
            } else {
                d
            };
            let day = d.format("%Y-%m-%d").to_string();
            last.value = Some(format!("{day}T{h:02}:{mi:02}"));
            last.earliest = Some(day.clone());
            last.latest = Some(day);
        }
        // A clock time right after a day: "mardi 5 janvier à 14 h 30".
        if let (Some((h, mi)), Some((pe, true))) = (m.clock, prev_end_tok) {
            let gap: Vec<&str> = (pe..m.s).map(|k| ctx.w(k)).collect();
            let ok = gap.len() <= 3
                && gap
                    .iter()
                    .all(|w| matches!(*w, "," | "a" | "vers" | "des" | "aux" | "alentours" | "de"))
                && !(pe..=m.s).any(|k| ctx.nl(k));
            if ok && let Some(last) = out.last_mut() {
                let v = last.value.clone().unwrap_or_default();
                if v.len() >= 10 && v.as_bytes()[4] == b'-' {
                    let bs = starts.last().copied().unwrap_or(0);
                    let merged = day_and_clock(&ctx, bs, m.e, last, (h, mi));
                    *last = merged;
                    prev_end_tok = None;
                    continue;
                }
            }
        }
        let dayish = m.clock.is_none()
            && m.kind != DateKind::Range
            && m.value
                .as_deref()
                .is_some_and(|v| v.len() >= 10 && !v.starts_with('P'));
        prev_end_tok = Some((m.e, dayish));
        prev_clock = m.clock.map(|c| (m.e, c));
        starts.push(ctx.orig_span(m.s, m.e).0);
        out.push(mention_of(&ctx, m));
    }
    out
}

/// "UTC", "GMT" and their glued forms ("utc−5").
fn is_utc(w: &str) -> bool {
    w.starts_with("utc") || w.starts_with("gmt")
}

/// Tokens `a..b` name a clock time's zone: "UTC−5", "GMT", "(heure
/// locale)", "heure de Paris".
fn zone_between(ctx: &Ctx, a: usize, b: usize) -> bool {
    let zone = |w: &str| matches!(w, "locale" | "locales" | "paris") || is_utc(w);
    b > a
        && b - a <= 7
        && !(a..=b).any(|k| ctx.nl(k))
        && (a..b).any(|k| zone(ctx.w(k)))
        && (a..b).all(|k| {
            let w = ctx.w(k);
            let n = w.trim_start_matches(['+', '-', '−']);
            zone(w)
                || matches!(
                    w,
                    "heure" | "heures" | "de" | "(" | ")" | "+" | "-" | "−" | ":"
                )
                || (!n.is_empty() && n.len() <= 2 && n.bytes().all(|c| c.is_ascii_digit()))
        })
}

/// A day and a clock time next to it as one mention, from byte `bs` (where
/// the first starts) to the end of token `e - 1` (where the second ends):
/// the day's value and bounds, the clock's time.
fn day_and_clock(
    ctx: &Ctx,
    bs: usize,
    e: usize,
    day: &DateMention,
    (h, mi): (u32, u32),
) -> DateMention {
    let (_, be) = ctx.orig_span(e - 1, e);
    let (text, start, end, paragraph) = ctx.doc.span(bs, be);
    let v = day.value.as_deref().unwrap_or_default();
    DateMention {
        text,
        start,
        end,
        paragraph,
        value: Some(format!("{}T{h:02}:{mi:02}", &v[..10])),
        end_value: day.end_value.clone(),
        kind: day.kind,
        earliest: day.earliest.clone(),
        latest: day.latest.clone(),
    }
}

/// The same expressions under the TimeML conventions of the French TimeBank:
/// range endpoints and clock times are separate mentions, and vague words
/// carry `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`. For evaluation.
pub fn extract_timeml(doc: &Document, reference: Option<NaiveDate>) -> Vec<DateMention> {
    let (ms, ctx) = scan(doc, reference, Prefer::Nearest);
    let mut out = Vec::with_capacity(ms.len());
    for m in &ms {
        if m.parts.is_empty() {
            let v = m.tml.clone().or_else(|| m.value.clone());
            out.push(mention(&ctx, m.s, m.e, v, None, m.kind, m.edge));
        } else {
            for (s, e, v) in &m.parts {
                out.push(mention(&ctx, *s, *e, v.clone(), None, m.kind, None));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ref_d(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    fn run(text: &str, r: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let doc = Document::parse(text);
        extract(&doc, ref_d(r))
            .into_iter()
            .map(|m| (m.text, m.value, m.end_value))
            .collect()
    }

    /// The (text, value) of the only mention.
    fn one(text: &str, r: &str) -> (String, String) {
        let v = run(text, r);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        (v[0].0.clone(), v[0].1.clone().unwrap_or_default())
    }

    fn val(text: &str, r: &str) -> String {
        one(text, r).1
    }

    /// The values of every mention, in order.
    fn values(text: &str, r: &str) -> Vec<String> {
        run(text, r).into_iter().filter_map(|m| m.1).collect()
    }

    /// "la fin du mois d'avril" is April's end, one mention; "la fin du
    /// mois" alone is the reference's month.
    #[test]
    fn edge_of_a_month_named_after_mois() {
        let r = "2017-08-14";
        assert_eq!(
            one("L'épidémie frappe depuis la fin du mois d'avril.", r),
            ("fin du mois d'avril".to_string(), "2017-04".to_string())
        );
        assert_eq!(
            val("Il est arrivé au début du mois de mai 2016.", r),
            "2016-05"
        );
        assert_eq!(
            val("Le rapport sera publié à la fin du mois.", r),
            "2017-08"
        );
    }

    /// A clock time of the early morning told after an evening of its
    /// paragraph is the next morning's; after a day told without its
    /// evening, or a paragraph later, it stays on that day.
    #[test]
    fn early_morning_after_an_evening() {
        let r = "2017-08-17";
        let v = run(
            "La mutinerie a éclaté mardi soir, vers 22 heures. Vers 6 heures du matin, la \
             police a donné l'assaut.",
            r,
        );
        assert_eq!(v[1].1.as_deref(), Some("2017-08-16T06:00"));
        let v = run(
            "Le séisme a frappé jeudi à 21 h 26, une réplique à 00 h 03.",
            "2016-04-15",
        );
        assert_eq!(
            v.last().and_then(|d| d.1.as_deref()),
            Some("2016-04-15T00:03")
        );
        let v = run(
            "Mardi, les tirs ont éclaté. Vers 6 heures, le calme est revenu.",
            r,
        );
        assert_eq!(v[1].1.as_deref(), Some("2017-08-15T06:00"));
    }

    /// A clock time in the small hours after a night, in its paragraph or
    /// the next, is of the night's morning; further on, or in the evening,
    /// of the day told or the reference.
    #[test]
    fn small_hours_after_a_night() {
        let r = "2022-03-14";
        let clock = |text: &str| {
            run(text, r)
                .into_iter()
                .find(|m| m.0.contains(" h "))
                .and_then(|m| m.1)
                .unwrap()
        };
        assert_eq!(
            clock(
                "Un incendie a ravagé dans la nuit de vendredi à samedi un immeuble.\n\nL'alerte a été donnée peu après 2 h 30."
            ),
            "2022-03-12T02:30"
        );
        assert_eq!(
            clock(
                "Un incendie a ravagé dans la nuit de vendredi à samedi un immeuble, a indiqué samedi la police.\n\nL'alerte a été donnée peu après 2 h 30."
            ),
            "2022-03-12T02:30"
        );
        assert_eq!(
            clock(
                "Un incendie a ravagé dans la nuit de vendredi à samedi un immeuble.\n\nL'alerte a été donnée peu après 22 h 30."
            ),
            "2022-03-14T22:30"
        );
        // The evening of the night told in its sentence is its first day's;
        // told with its own day, that day's.
        assert_eq!(
            clock("Dans la nuit de vendredi à samedi, vers 23 h 40, un feu s'est déclaré."),
            "2022-03-11T23:40"
        );
        assert_eq!(
            clock(
                "Un feu s'est déclaré dans la nuit de vendredi à samedi. Les pompiers sont revenus vers 21 h 10 samedi."
            ),
            "2022-03-12T21:10"
        );
        assert_eq!(
            clock(
                "Un incendie a ravagé dans la nuit de vendredi à samedi un immeuble.\n\nUn.\n\nDeux.\n\nÀ 2 h 30, on dénombrait trois morts."
            ),
            "2022-03-14T02:30"
        );
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(
            one("Il est arrivé mardi 5 janvier 2021 à Paris.", "2021-02-01"),
            ("mardi 5 janvier 2021".into(), "2021-01-05".into())
        );
        assert_eq!(val("Le 1er mars 2019, rien.", "2021-01-01"), "2019-03-01");
        assert_eq!(val("Signé le 3 févr. 2020.", "2021-01-01"), "2020-02-03");
        assert_eq!(
            val("Né le 10 novembre 93 à Lyon.", "2021-01-01"),
            "1993-11-10"
        );
        assert_eq!(
            val("Le 5 sept. 2014 il pleuvait.", "2021-01-01"),
            "2014-09-05"
        );
    }

    /// A bare day with its month named relative to the reference month:
    /// the administrative "courant", "de ce mois", "du mois dernier".
    #[test]
    fn a_day_of_a_month_named_relatively() {
        assert_eq!(
            one("L'attaque a eu lieu le 15 courant à Gao.", "2025-03-20"),
            ("le 15 courant".into(), "2025-03-15".into())
        );
        assert_eq!(
            val("Il est mort le 12 du mois dernier.", "2025-01-20"),
            "2024-12-12"
        );
        assert_eq!(
            val("Les faits remontent au 4 de ce mois.", "2025-03-20"),
            "2025-03-04"
        );
        assert_eq!(
            val("Le vote aura lieu le 2 du mois prochain.", "2025-03-20"),
            "2025-04-02"
        );
        assert_eq!(
            val("Réunion le 6 de ce mois-ci.", "2025-03-20"),
            "2025-03-06"
        );
        assert_eq!(
            one(
                "Ils avaient été enlevés le 14 du mois à Kaduna.",
                "2025-03-20"
            ),
            ("le 14 du mois".into(), "2025-03-14".into())
        );
        // (Not another calendar's month: "le 14 du mois de ramadan".)
        for text in [
            "Il a été tué le 14 du mois de ramadan.",
            "Il a été tué le 14 du mois sacré de ramadan.",
        ] {
            assert!(
                run(text, "2025-03-20")
                    .iter()
                    .all(|m| m.1.as_deref() != Some("2025-03-14")),
                "{text}"
            );
        }
        // "au" alone opens no bare day.
        assert!(
            run("Le score est passé de 3 au 4 mardi.", "2025-03-20")
                .iter()
                .all(|m| m.0 == "mardi")
        );
    }

    /// A month told without its year right after "il y a deux ans," is
    /// that year's ("il y a deux ans, en octobre", "il y a 3 ans, le 4
    /// août"); not a month of a later clause, nor after a span of months.
    #[test]
    fn month_after_years_ago_takes_that_year() {
        let month = |text: &str| {
            run(text, "2021-03-05")
                .into_iter()
                .find(|(t, _, _)| t.contains("octobre") || t.contains("août"))
                .and_then(|(_, v, _)| v)
        };
        assert_eq!(
            month("Il y a deux ans, en octobre, une attaque avait fait 12 morts."),
            Some("2019-10".into())
        );
        assert_eq!(
            month("Il y a 3 ans, le 4 août, le port avait explosé."),
            Some("2018-08-04".into())
        );
        assert_eq!(
            month("Il y a un an, en août, la digue avait cédé."),
            Some("2020-08".into())
        );
        assert_eq!(
            month("Il y a deux ans, la ville avait été touchée ; en octobre, elle a voté."),
            Some("2020-10".into())
        );
        assert_eq!(
            month("Il y a deux mois, en octobre, la digue avait cédé."),
            Some("2020-10".into())
        );
    }

    /// "jour pour jour" after a span ago makes it a day.
    /// A day and month in apposition to an event of a named year take
    /// that year ("la guerre de 2014, déclenchée le 8 juillet"); not a
    /// day told after a clause ("Arrivé en 2014, il a été tué le 8
    /// juillet"), nor after "depuis".
    #[test]
    fn year_of_an_event_in_apposition() {
        let day = |text: &str| {
            run(text, "2017-09-14")
                .into_iter()
                .find(|(t, _, _)| t.contains("juillet") || t.contains("janvier"))
                .and_then(|(_, v, _)| v)
        };
        assert_eq!(
            day("La guerre de 2014, déclenchée le 8 juillet, avait fait 2 250 morts."),
            Some("2014-07-08".into())
        );
        assert_eq!(
            day("Le séisme de 2010, survenu le 12 janvier, a fait 200 000 morts."),
            Some("2010-01-12".into())
        );
        assert_eq!(
            day("En 2014, le 8 juillet, la guerre a éclaté."),
            Some("2014-07-08".into())
        );
        assert_eq!(
            day("Arrivé en 2014, il a été tué le 8 juillet."),
            Some("2017-07-08".into())
        );
        assert_eq!(
            day("Depuis 2014, le 8 juillet est un jour de deuil."),
            Some("2017-07-08".into())
        );
        assert_eq!(
            day("Né à Lille en 1925, il est mort le 27 juillet à Paris."),
            Some("2017-07-27".into())
        );
        assert_eq!(
            day("Né à Lille en 1925, est mort le 27 juillet à Paris."),
            Some("2017-07-27".into())
        );
    }

    #[test]
    fn ago_to_the_day() {
        assert_eq!(
            one(
                "Il y a un an, jour pour jour, un attentat frappait Kaboul.",
                "2025-03-20"
            ),
            ("Il y a un an, jour pour jour".into(), "2024-03-20".into())
        );
        assert_eq!(
            val(
                "Il y a deux ans jour pour jour, la digue cédait.",
                "2025-03-20"
            ),
            "2023-03-20"
        );
        assert_eq!(val("Il y a un an, la digue cédait.", "2025-03-20"), "2024");
    }

    /// A weekday and a number in words, no month after: the number counts
    /// something ("dimanche cinq « terroristes »"); in digits, or with its
    /// month, a day.
    #[test]
    fn a_weekday_and_a_number_in_words() {
        let r = "2022-09-06";
        assert_eq!(
            one("L'armée a « neutralisé » dimanche cinq « terroristes ».", r),
            ("dimanche".into(), "2022-09-04".into())
        );
        assert_eq!(val("Le dimanche cinq juin, il a plu.", r), "2022-06-05");
        assert_eq!(val("Il est arrivé dimanche 5.", r), "2022-06-05");
        assert_eq!(val("Il est arrivé dimanche 1er.", r), "2022-05-01");
        // In words before a time: a day.
        assert_eq!(
            val("Rendez-vous vendredi quinze à seize heures.", r),
            "2022-07-15"
        );
    }

    #[test]
    fn sept_is_also_seven() {
        assert!(
            run("Il a attendu sept jours.", "2021-01-01")
                .iter()
                .all(|m| m.1.as_deref() == Some("P7D"))
        );
        assert_eq!(
            val("Elle est venue le 7 sept. à Metz.", "2021-10-01"),
            "2021-09-07"
        );
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(
            val("Le rendez-vous du 05/01/2021 est annulé.", "2021-03-01"),
            "2021-01-05"
        );
        assert_eq!(val("Daté du 5.1.21 seulement.", "2021-03-01"), "2021-01-05");
        assert_eq!(val("Publié le 2021-01-05.", "2021-03-01"), "2021-01-05");
        // A decimal or a thousand separator is no date.
        assert!(run("Il y a 1.709 morts et 3,5 % de chômeurs.", "2021-01-01").is_empty());
    }

    #[test]
    fn months_and_years() {
        assert_eq!(
            one("Il a été élu en mars 2017.", "2021-01-01"),
            ("mars 2017".into(), "2017-03".into())
        );
        assert_eq!(
            val("Les travaux ont commencé en mars.", "2021-06-01"),
            "2021-03"
        );
        assert_eq!(
            val("Les travaux commenceront en mars.", "2021-06-01"),
            "2022-03"
        );
        assert_eq!(
            one("Il arrive à la mi-octobre.", "2021-09-01").0,
            "la mi-octobre"
        );
        assert_eq!(val("Il a démissionné fin mars.", "2021-06-01"), "2021-03");
        assert_eq!(val("Il est en poste depuis 1945.", "2021-06-01"), "1945");
        assert_eq!(
            one("Une usine construite début 2016.", "2021-06-01"),
            ("début 2016".into(), "2016".into())
        );
        assert_eq!(val("Il a été arrêté en 2014.", "2021-06-01"), "2014");
    }

    #[test]
    fn counts_are_not_years() {
        assert!(run("Environ 1500 personnes et 2000 manifestants.", "2021-01-01").is_empty());
        assert!(run("Il a reçu 1200 euros.", "2021-01-01").is_empty());
    }

    #[test]
    fn planet_is_not_a_month() {
        assert!(run("La sonde vers Mars a décollé.", "2021-01-01").is_empty());
    }

    #[test]
    fn underspecified_with_tense() {
        // Reference is a Wednesday.
        assert_eq!(val("Il a été arrêté jeudi.", "2021-01-06"), "2020-12-31");
        assert_eq!(
            val("Il présentera son plan jeudi.", "2021-01-06"),
            "2021-01-07"
        );
        assert_eq!(
            val("L'attaque a eu lieu le 2 janvier.", "2021-01-06"),
            "2021-01-02"
        );
        assert_eq!(
            val("Le sommet se tiendra le 2 janvier.", "2021-01-06"),
            "2022-01-02"
        );
        assert_eq!(val("Il a été blessé le 14.", "2021-01-06"), "2020-12-14");
        assert_eq!(
            val("Une réunion se tiendra le 14.", "2021-01-06"),
            "2021-01-14"
        );
        assert_eq!(
            val("Le 29 décembre, une bombe explose.", "2021-01-06"),
            "2020-12-29"
        );
        // A passive infinitive after a modal is ahead; a participle alone
        // is past.
        assert_eq!(
            val(
                "Les suspects doivent être présentés vendredi à un juge.",
                "2021-01-06"
            ),
            "2021-01-08"
        );
        assert_eq!(
            val(
                "Les suspects ont été présentés vendredi à un juge.",
                "2021-01-06"
            ),
            "2021-01-01"
        );
    }

    #[test]
    fn relative_words() {
        let r = "2021-01-06";
        assert_eq!(val("Il est parti aujourd'hui.", r), "2021-01-06");
        assert_eq!(val("Il est parti hier.", r), "2021-01-05");
        assert_eq!(val("Il est parti avant-hier.", r), "2021-01-04");
        assert_eq!(val("Il partira demain.", r), "2021-01-07");
        assert_eq!(val("Il est parti ce matin.", r), "2021-01-06TMO");
        assert_eq!(
            one("Il est parti hier soir.", r),
            ("hier soir".into(), "2021-01-05TEV".into())
        );
        assert_eq!(val("Il est parti mardi dernier.", r), "2021-01-05");
        assert_eq!(val("Il partira mardi prochain.", r), "2021-01-12");
        assert_eq!(val("Il est parti la semaine dernière.", r), "2020-W53");
        // "ce week-end" told on a weekday: the one gone in the past (or on
        // a Monday), the coming one ahead.
        assert_eq!(
            val("Six personnes ont été tuées ce week-end.", "2019-08-14"),
            "2019-W32-WE"
        );
        assert_eq!(
            val("Une marche aura lieu ce week-end.", "2019-08-14"),
            "2019-W33-WE"
        );
        assert_eq!(
            val("Six personnes ont été tuées ce week-end.", "2019-08-18"),
            "2019-W33-WE"
        );
        assert_eq!(val("Il est parti le mois dernier.", r), "2020-12");
        assert_eq!(val("Il est parti l'an dernier.", r), "2020");
        assert_eq!(val("Il partira l'année prochaine.", r), "2022");
        assert_eq!(
            one("Il est parti il y a trois jours.", r),
            ("il y a trois jours".into(), "2021-01-03".into())
        );
        assert_eq!(val("Il est parti voilà 45 ans.", r), "1976");
        assert_eq!(val("Il partira dans cinq jours.", r), "2021-01-11");
    }

    /// "la veille" counts back from the last day told that bounds no state
    /// ("depuis lundi" is passed over); after a verb of reporting ("comme
    /// annoncé la veille") from the last report's day or the reference
    /// date; "le lendemain" counts from the last day of what happened, not
    /// from a report's.
    #[test]
    fn anchors_pass_over_bounds_and_reports() {
        let v = run(
            "Jeudi, le bilan des incendies qui ravagent depuis lundi la région a été révisé : \
             huit morts, et non neuf comme annoncé la veille.",
            "2025-01-30",
        );
        let veille = v.iter().find(|d| d.0 == "la veille").unwrap();
        assert_eq!(veille.1.as_deref(), Some("2025-01-29"));
        let v = run(
            "Les séismes ont frappé samedi. Le bilan fait état de 1 482 morts, contre 2 445 \
             annoncés la veille.",
            "2023-10-10",
        );
        let veille = v.iter().find(|d| d.0 == "la veille").unwrap();
        assert_eq!(veille.1.as_deref(), Some("2023-10-09"));
        // Told in the pluperfect after a report's day, the day before what
        // happened; in the passé composé, the day before the report.
        for (text, day) in [
            (
                "La veille, une première frappe avait tué quatre personnes.",
                "2025-02-17",
            ),
            (
                "La veille, une première frappe a tué quatre personnes.",
                "2025-02-18",
            ),
        ] {
            let v = run(
                &format!(
                    "Au moins 19 civils ont été tués mardi par une frappe, ont affirmé mercredi \
                     des sources locales. {text}"
                ),
                "2025-02-20",
            );
            let veille = v.iter().find(|d| d.0 == "La veille").unwrap();
            assert_eq!(veille.1.as_deref(), Some(day), "{text}");
        }
        let v = run(
            "L'accident a eu lieu le 10 mars, a indiqué jeudi la police. Le lendemain, \
             deux suspects ont été arrêtés.",
            "2025-03-15",
        );
        let lendemain = v.iter().find(|d| d.0 == "Le lendemain").unwrap();
        assert_eq!(lendemain.1.as_deref(), Some("2025-03-11"));
        // "le surlendemain des faits" likewise; "au lendemain de
        // l'attentat" (the aftermath) and "le lendemain de la réunion"
        // name no day.
        let v = run(
            "L'assaillant a tué deux personnes le 11 novembre. Quatre hommes ont été interpellés \
             le surlendemain des faits, et deux autres le lendemain de la réunion.",
            "2025-03-11",
        );
        let after = v.iter().find(|d| d.0.contains("surlendemain")).unwrap();
        assert_eq!(
            (after.0.as_str(), after.1.as_deref()),
            ("le surlendemain des faits", Some("2024-11-13"))
        );
        assert!(!v.iter().any(|d| d.0.contains("réunion") && d.1.is_some()));
        let v = run(
            "Au lendemain de l'attentat du 3 mars, la ville est sous le choc.",
            "2025-03-11",
        );
        assert!(!v.iter().any(|d| d.0.contains("lendemain") && d.1.is_some()));
        // The start of a span named by what began it is a bound too; not
        // a day after a verb ("depuis lundi et a été arrêté le 3 mars").
        let v = run(
            "Hier 23 février, les rebelles ont pris la ville. Leurs pertes sont lourdes depuis \
             leur intervention en Syrie le 24 août 2016, et un attentat le lendemain a tué \
             près de 30 personnes.",
            "2017-02-24",
        );
        let lendemain = v.iter().find(|d| d.0 == "le lendemain").unwrap();
        assert_eq!(lendemain.1.as_deref(), Some("2017-02-24"));
        let v = run(
            "Il était recherché depuis des mois et a été arrêté le 3 mars. Le lendemain, \
             il a été inculpé.",
            "2025-03-15",
        );
        let lendemain = v.iter().find(|d| d.0 == "Le lendemain").unwrap();
        assert_eq!(lendemain.1.as_deref(), Some("2025-03-04"));
        // A weekday in apposition names the day the count points near.
        let v = run(
            "L'attentat a frappé lundi Quetta. Deux jours plus tôt, samedi, quatre soldats \
             avaient été tués. Trois jours plus tôt, le jeudi, un poste avait été attaqué.",
            "2025-12-02",
        );
        assert_eq!(
            v[1],
            (
                "Deux jours plus tôt, samedi".into(),
                Some("2025-11-29".into()),
                None
            )
        );
        assert_eq!(v[2].1.as_deref(), Some("2025-11-27"));
    }

    /// A day and month naming a movement, a street, a square or a stadium
    /// ("le Mouvement du 23 mars", "le boulevard du 30 juin") is no date;
    /// an event's ("la marche du 14 juin") and a full date are.
    #[test]
    fn a_day_in_a_name_is_no_date() {
        for text in [
            "Les combattants du Mouvement du 23 mars ont repris la ville.",
            "Des pneus ont brûlé sur le boulevard du 30 juin, à Kinshasa.",
            "La foule a envahi le stade du 26 mars, à Bamako.",
            "Les manifestants ont occupé la place du 14 juin.",
        ] {
            assert!(run(text, "2023-08-11").is_empty(), "{text}");
        }
        assert_eq!(
            run("La marche du 14 juin a dégénéré.", "2023-08-11"),
            [("14 juin".into(), Some("2023-06-14".into()), None)]
        );
        assert_eq!(
            run("Ils ont occupé la place du 14 juin 2020.", "2023-08-11")[0]
                .1
                .as_deref(),
            Some("2020-06-14")
        );
    }

    #[test]
    fn anchored_on_last_day() {
        let v = run(
            "L'attentat a eu lieu le 3 mars. La veille, il était à Lyon. Trois jours plus tard, il est arrêté.",
            "2021-03-10",
        );
        assert_eq!(v[0].1.as_deref(), Some("2021-03-03"));
        assert_eq!(v[1], ("La veille".into(), Some("2021-03-02".into()), None));
        assert_eq!(v[2].1.as_deref(), Some("2021-03-05"));
        // Told in the past, "le lendemain" of today's day is no later than
        // the news: it counts from the event day told before; told ahead,
        // from today's.
        let v = run(
            "Les heurts ont eu lieu mardi 4 mai. Un blessé restait toujours en soins intensifs \
             jeudi. Le lendemain, deux suspects ont été interpellés.",
            "2021-05-06",
        );
        assert_eq!(v[2].1.as_deref(), Some("2021-05-05"), "{v:?}");
        let v = run(
            "Les heurts ont eu lieu mardi 4 mai. Un blessé restait toujours en soins intensifs \
             jeudi. Le lendemain, deux suspects seront jugés.",
            "2021-05-06",
        );
        assert_eq!(v[2].1.as_deref(), Some("2021-05-07"), "{v:?}");
        // "Ce jour-là" points back past today's mentions ("ce lundi") to the
        // day told before ("il y a un an jour pour jour").
        let v = super::extract(
            &Document::parse(
                "Il y a un an jour pour jour, le Hamas attaquait Israël. Ce lundi, le pays \
                 s'est recueilli. Ce jour-là, 251 personnes ont été enlevées.",
            ),
            NaiveDate::from_ymd_opt(2024, 10, 7),
        );
        let d = v.iter().find(|d| d.text == "Ce jour-là").unwrap();
        assert_eq!(d.value.as_deref(), Some("2023-10-07"));
        // "Ce jour-là", "ce soir-là": the day just told; "ce jour" is today.
        let v = run(
            "L'attaque a eu lieu le 7 octobre 2023. Ce jour-là, 1 200 personnes ont été tuées. Ce soir-là, il pleuvait. Ce jour, la ville se souvient.",
            "2024-07-10",
        );
        assert_eq!(v[1], ("Ce jour-là".into(), Some("2023-10-07".into()), None));
        assert_eq!(v[2].1.as_deref(), Some("2023-10-07TEV"));
        assert_eq!(v[3].1.as_deref(), Some("2024-07-10"));
        // "La nuit suivante": the night after the day just told, or after
        // the night just told (from its last day).
        for (first, night) in [
            ("Jeudi soir", "2021-10-14TNI"),
            ("Dans la nuit de jeudi à vendredi", "2021-10-15TNI"),
        ] {
            let v = run(
                &format!(
                    "{first}, huit personnes ont été interpellées. La nuit suivante, douze autres l'ont été."
                ),
                "2021-10-17",
            );
            assert_eq!(v[1].1.as_deref(), Some(night), "{first}");
        }
    }

    /// "Ce soir-là" points back to the last evening told, past days told
    /// without one; a feast named after its own day takes that day's year;
    /// years counted after a year count from it, and a count that would
    /// run past the reference date in a past narrative stays vague.
    #[test]
    fn evenings_feasts_and_years_told_before() {
        // A day told in the past that the reference's year would put
        // ahead, within a month of a day of another year just told, is of
        // that year; without that day, the nearest.
        assert_eq!(
            values(
                "Le séisme a frappé dans la nuit du 8 au 9 septembre 2023. Un an plus tard, les habitants se sont recueillis. Au matin du 9 septembre, les autorités n'annonçaient encore que 296 morts.",
                "2024-09-08"
            )
            .last()
            .cloned(),
            Some("2023-09-09".to_string())
        );
        assert_eq!(
            val(
                "Au matin du 9 septembre, les autorités n'annonçaient encore que 296 morts.",
                "2024-09-08"
            ),
            "2024-09-09"
        );
        assert_eq!(
            values(
                "Le séisme du 8 septembre 2023 a fait 2 960 morts. Le 9 septembre, une cérémonie a réuni les habitants.",
                "2024-09-20"
            )
            .last()
            .cloned(),
            Some("2024-09-09".to_string())
        );
        let v = run(
            "Le soir du 21 juin 2019, pour la fête de la musique, un homme a tiré sur la foule. \
             Le procès s'est ouvert lundi. Ce soir-là, quatre personnes avaient été tuées.",
            "2025-03-04",
        );
        let find = |v: &[(String, Option<String>, Option<String>)], t: &str| {
            v.iter().find(|d| d.0 == t).unwrap().1.clone()
        };
        assert_eq!(
            find(&v, "la fête de la musique").as_deref(),
            Some("2019-06-21")
        );
        assert_eq!(find(&v, "Ce soir-là").as_deref(), Some("2019-06-21TEV"));
        // No evening told: the day told last, as before.
        let v = run(
            "Le procès s'est ouvert lundi. Ce soir-là, la salle était pleine.",
            "2025-03-04",
        );
        assert_eq!(find(&v, "Ce soir-là").as_deref(), Some("2025-03-03TEV"));
        // A feast not on the day told: the nearest to the reference.
        let v = run(
            "Le 3 mars 2019, il est arrivé. Il est reparti pour la fête de la musique.",
            "2025-03-04",
        );
        assert_ne!(
            find(&v, "la fête de la musique").as_deref(),
            Some("2019-06-21")
        );
        let v = run(
            "En 2015, il a fui. Deux ans après, il est revenu.",
            "2025-03-04",
        );
        assert_eq!(find(&v, "Deux ans après").as_deref(), Some("2017"));
        let v = run(
            "Trois hommes ont été jugés près de six ans après.",
            "2025-03-04",
        );
        assert_eq!(find(&v, "près de six ans après"), None);
        // "le même jour", "ce jour-là" after a month told last: a day of
        // that month; not after a state's bound ("depuis mars 2015").
        let v = run(
            "Fin février, le même jour, une église a été attaquée. Ce jour-là aussi, des \
             villageois ont été tués.",
            "2024-04-04",
        );
        assert_eq!(find(&v, "le même jour").as_deref(), Some("2024-02"));
        assert_eq!(find(&v, "Ce jour-là").as_deref(), Some("2024-02"));
        let v = run(
            "Une frappe a tué dix civils lundi. La coalition, qui intervient depuis mars \
             2015, dit n'avoir mené aucune frappe ce jour-là.",
            "2018-10-10",
        );
        assert_eq!(find(&v, "ce jour-là").as_deref(), Some("2018-10-08"));
        // "dans la nuit" after an evening told, past a report's day: that
        // evening's night; with no evening told, the last day's.
        let v = run(
            "Huit personnes ont péri samedi soir dans une bousculade, selon un bilan \
             communiqué dimanche. Quinze personnes ont été interpellées dans la nuit.",
            "2016-06-20",
        );
        assert_eq!(find(&v, "la nuit").as_deref(), Some("2016-06-18TNI"));
        let v = run(
            "Huit personnes ont péri samedi dans une bousculade. Quinze personnes ont été \
             interpellées dans la nuit.",
            "2016-06-20",
        );
        assert_eq!(find(&v, "la nuit").as_deref(), Some("2016-06-18TNI"));
        // "dans la soirée" after a report's day: of the day of what
        // happened.
        let v = run(
            "Un kamikaze s'est fait exploser lundi à Bagdad, a annoncé mardi la police. \
             Dans la soirée, deux suspects ont été arrêtés.",
            "2017-05-10",
        );
        assert_eq!(find(&v, "la soirée").as_deref(), Some("2017-05-08TEV"));
    }

    #[test]
    fn ranges() {
        let r = "2021-03-10";
        assert_eq!(
            run("Le festival a eu lieu du 2 au 5 janvier.", r),
            vec![(
                "du 2 au 5 janvier".into(),
                Some("2021-01-02".into()),
                Some("2021-01-05".into())
            )]
        );
        let v = run("Il a plu entre le 13 et le 15 juillet 2020.", r);
        assert_eq!(
            (v[0].1.as_deref(), v[0].2.as_deref()),
            (Some("2020-07-13"), Some("2020-07-15"))
        );
        let v = run("Les 2 et 3 janvier 2021, il a neigé.", r);
        assert_eq!(
            (v[0].1.as_deref(), v[0].2.as_deref()),
            (Some("2021-01-02"), Some("2021-01-03"))
        );
        let v = run(
            "Le souvenir des crues des 8 et 9 septembre 2002 reste vif.",
            r,
        );
        assert_eq!(
            (v[0].1.as_deref(), v[0].2.as_deref()),
            (Some("2002-09-08"), Some("2002-09-09"))
        );
        let v = run("Il a dirigé l'entreprise de 2014 à 2016.", r);
        assert_eq!(
            (v[0].1.as_deref(), v[0].2.as_deref()),
            (Some("2014"), Some("2016"))
        );
        let v = run("Le salon 5-6 janvier 2022 aura lieu.", r);
        assert_eq!(
            (v[0].1.as_deref(), v[0].2.as_deref()),
            (Some("2022-01-05"), Some("2022-01-06"))
        );
        let v = run(
            "Dans la nuit de samedi à dimanche, des tirs ont éclaté.",
            "2021-03-08",
        );
        assert_eq!(
            (v[0].1.as_deref(), v[0].2.as_deref()),
            (Some("2021-03-06TNI"), Some("2021-03-07"))
        );
        // The two days joined by "et du"; not "et du coup".
        let v = run(
            "Des violences ont eu lieu dans la nuit du mercredi 31 août et du jeudi 1er septembre.",
            "2016-09-01",
        );
        assert_eq!(
            (v.len(), v[0].1.as_deref(), v[0].2.as_deref()),
            (1, Some("2016-08-31TNI"), Some("2016-09-01"))
        );
        let v = run(
            "Il est arrivé dans la nuit du 14 juillet et du coup il a dormi.",
            "2016-09-01",
        );
        assert_eq!(v[0].1.as_deref(), Some("2016-07-14TNI"));
        // What a call in the present asks for is ahead; a past call's day
        // is past.
        let v = run(
            "Le maire appelle à une marche blanche samedi, au départ de la mairie.",
            "2025-04-23",
        );
        assert_eq!(v[0].1.as_deref(), Some("2025-04-26"));
        let v = run("Le président a appelé à la retenue samedi.", "2025-04-23");
        assert_eq!(v[0].1.as_deref(), Some("2025-04-19"));
        // The ones called stand between the verb and "à".
        let v = run(
            "Le bâtonnier appelle les avocats à boycotter les audiences vendredi.",
            "2025-06-05",
        );
        assert_eq!(v[0].1.as_deref(), Some("2025-06-06"));
        // An article after the weekday is no day of the month.
        let v = run(
            "Ils ont mené dans la nuit de vendredi à samedi une nouvelle vague de frappes.",
            "2024-03-09",
        );
        assert_eq!(
            (v[0].1.as_deref(), v[0].2.as_deref()),
            (Some("2024-03-08TNI"), Some("2024-03-09"))
        );
    }

    #[test]
    fn times_attach_to_dates() {
        let r = "2021-01-01";
        assert_eq!(
            one("Rendez-vous mardi 5 janvier 2021 à 14 h 30.", r),
            (
                "mardi 5 janvier 2021 à 14 h 30".into(),
                "2021-01-05T14:30".into()
            )
        );
        assert_eq!(
            val("Il est arrivé hier vers 22 heures.", r),
            "2020-12-31T22:00"
        );
        assert_eq!(val("Le train part à 14h30.", r), "2021-01-01T14:30");
        // A day in apposition after the time, past a comma: the time is
        // that day's, the night's second day before noon; two mentions.
        assert_eq!(
            values(
                "Il était 23 h 11, dans la nuit du 8 au 9 septembre 2023, quand la terre a tremblé.",
                "2024-09-08"
            ),
            ["2023-09-08T23:11", "2023-09-08TNI"]
        );
        assert_eq!(
            values(
                "Vers 3 heures, dans la nuit de samedi à dimanche, un incendie s'est déclaré.",
                "2024-09-11"
            ),
            ["2024-09-08T03:00", "2024-09-07TNI"]
        );
        assert_eq!(
            values(
                "Vers 3 heures, le 4 mai, un incendie s'est déclaré.",
                "2024-09-11"
            ),
            ["2024-05-04T03:00", "2024-05-04"]
        );
        // Not a day in the next clause.
        assert_eq!(
            values(
                "Il est arrivé vers 3 heures. Le 4 mai, il est reparti.",
                "2024-05-10"
            ),
            ["2024-05-10T03:00", "2024-05-04"]
        );
    }

    #[test]
    fn durations_and_ages() {
        let r = "2021-01-01";
        assert_eq!(val("Il a marché deux jours.", r), "P2D");
        assert_eq!(val("Il a attendu trois semaines.", r), "P3W");
        assert_eq!(val("Il a été condamné à 10 ans de prison.", r), "P10Y");
        assert!(run("Un homme de 29 ans a été tué.", r).is_empty());
        assert!(run("Jean Dupont, 29 ans, a été tué.", r).is_empty());
    }

    #[test]
    fn holidays() {
        assert_eq!(val("Il reviendra pour Noël.", "2021-06-01"), "2021-12-25");
        assert_eq!(
            val("Il est venu à Pâques 2019.", "2021-06-01"),
            "2019-04-21"
        );
        assert_eq!(
            val("Le défilé du 14-Juillet a eu lieu.", "2021-08-01"),
            "2021-07-14"
        );
        assert_eq!(
            val("Ils ont fleuri les tombes à la Toussaint.", "2021-12-01"),
            "2021-11-01"
        );
        // The eve and the morrow of a feast.
        assert_eq!(
            val(
                "Le soir de la veille du Nouvel An, trois corps ont été dégagés.",
                "2019-01-02"
            ),
            "2018-12-31"
        );
        assert_eq!(
            val("Le lendemain de Noël, la tempête a frappé.", "2019-01-02"),
            "2018-12-26"
        );
        // The night and the evening of the New Year: the 31st; its day,
        // the 1st.
        assert_eq!(
            val(
                "Des heurts ont éclaté dans la nuit du Nouvel An à Bruxelles.",
                "2025-01-02"
            ),
            "2024-12-31"
        );
        assert_eq!(
            val(
                "Lors de la soirée du Nouvel An, des voitures ont brûlé.",
                "2025-01-02"
            ),
            "2024-12-31"
        );
        assert_eq!(
            val("Le jour du Nouvel An, la police a tiré.", "2025-01-03"),
            "2025-01-01"
        );
        assert!(run("Noël Mamère a parlé.", "2021-06-01").is_empty());
    }

    /// Lengths are no clock times ("une grève de 24 heures", "au moins
    /// 18h"), and the thousands of a number written with a space are no
    /// years ("il y a 14 000 ans" was "000 ans", P0Y).
    #[test]
    fn lengths_and_thousands_are_not_dates() {
        for text in [
            "Le personnel a voté une grève de 24 heures.",
            "Ils doivent se reposer au moins 18h.",
            "Des tablettes gravées il y a 14 000 ans.",
            "Son orbite prendrait environ 1 100 années terrestres.",
        ] {
            assert!(
                run(text, "2016-10-17").is_empty(),
                "{text}: {:?}",
                run(text, "2016-10-17")
            );
        }
        assert_eq!(val("Rendez-vous à 18h.", "2016-10-17"), "2016-10-17T18:00");
    }

    /// A clock time before a day is that day's time, in the afternoon when
    /// the day's part says so; an "en fin d'année" before a year is that
    /// year's end.
    #[test]
    fn clock_time_before_a_day_and_year_end() {
        assert_eq!(
            one(
                "Vers 6 h 10 ce mercredi 9 novembre, un camion a percuté un bus.",
                "2016-11-12"
            ),
            (
                "6 h 10 ce mercredi 9 novembre".into(),
                "2016-11-09T06:10".into()
            )
        );
        assert_eq!(
            val(
                "À 22h30 dimanche soir, deux hommes ont été blessés.",
                "2018-09-10"
            ),
            "2018-09-09T22:30"
        );
        assert_eq!(
            val("Rendez-vous à 3 heures cet après-midi.", "2013-02-12"),
            "2013-02-12T15:00"
        );
        // A zone's offset is no clock time of its own, and joins the time
        // to its day.
        assert_eq!(
            one(
                "Au moins 22 personnes sont mortes vers 22 h 35 UTC+01:00 à Manchester.",
                "2017-05-23"
            ),
            ("22 h 35".to_string(), "2017-05-23T22:35".to_string())
        );
        assert_eq!(
            val(
                "L'explosion a eu lieu à 10 h 30 (GMT-05:00) lundi.",
                "2017-05-24"
            ),
            "2017-05-22T10:30"
        );
        // A time zone between the time and its day.
        assert_eq!(
            val(
                "L'avion s'est écrasé à 22 h 34 UTC−5 lundi en Colombie.",
                "2016-11-30"
            ),
            "2016-11-28T22:34"
        );
        assert_eq!(
            val(
                "Le séisme a frappé à 11h30 (heure locale) samedi.",
                "2016-05-16"
            ),
            "2016-05-14T11:30"
        );
        assert_eq!(
            val(
                "En fin d'année 2015, dix personnes avaient péri.",
                "2017-02-08"
            ),
            "2015"
        );
    }

    /// A holiday's name in the name of a thing or a person is no date; a
    /// holiday after a temporal noun still is.
    #[test]
    fn holidays_in_names_are_not_dates() {
        for text in [
            "Un camion a foncé sur le marché de Noël.",
            "Des hommes déguisés en père Noël ont tiré.",
            "Les décorations de Noël ont été arrachées.",
            "Un séisme a frappé l'île de Pâques.",
            "Le journaliste Bruce Toussaint a répondu.",
            "La cordée avait entamé l'ascension du mont Blanc.",
            "Il a tenté l'ascension du col d'Izoard.",
        ] {
            assert!(run(text, "2018-12-01").is_empty(), "{text}");
        }
        assert_eq!(
            val("La trêve de Noël a été rompue.", "2018-12-01"),
            "2018-12-25"
        );
        assert_eq!(val("La Toussaint approche.", "2018-10-01"), "2018-11-01");
        assert_eq!(
            val("Le pont de l'Ascension a été chargé.", "2018-06-01"),
            "2018-05-10"
        );
    }

    #[test]
    fn vague_and_decades() {
        let v = run("Il est parti récemment.", "2021-01-01");
        assert_eq!(v, vec![("récemment".into(), None, None)]);
        let d = Document::parse("Il est parti il y a plusieurs années.");
        let m = extract(&d, ref_d("2021-01-01"));
        assert_eq!(m[0].kind, DateKind::Vague);
        assert_eq!(m[0].value, None);
        assert_eq!(val("Né dans les années 60.", "2021-01-01"), "196X");
        assert_eq!(val("Un château du XIXe siècle.", "2021-01-01"), "18XX");
    }

    #[test]
    fn dateline_reference() {
        let d = Document::parse("Titre\n\nParis, 5 janvier 2021 (AFP) – Il est parti hier.");
        assert_eq!(reference_date(&d), ref_d("2021-01-05"));
        let d = Document::parse(
            "Titre\n\nPage actualisée : 23 mars 2016 — « Suite »\n\n22 mars 2016. – Texte.",
        );
        assert_eq!(reference_date(&d), ref_d("2016-03-22"));
        // Without a dateline of its own, the update stamp is all there is.
        let d = Document::parse("Titre\n\nMis à jour le 4 mai 2020 — Il est parti hier.");
        assert_eq!(reference_date(&d), ref_d("2020-05-04"));
        let d = Document::parse("Titre\n\n7 août 2016. – Il est parti hier.");
        assert_eq!(reference_date(&d), ref_d("2016-08-07"));
        let d = Document::parse("Titre\n\nLe texte parle du 3 mars 2019 puis du 4 avril 2019.");
        assert_eq!(reference_date(&d), ref_d("2019-03-03"));
        let d = Document::parse("Rien de daté ici.");
        assert_eq!(reference_date(&d), None);
    }

    #[test]
    fn unresolved_keeps_x() {
        assert_eq!(val("Il est arrivé le 2 janvier.", ""), "XXXX-01-02");
    }

    #[test]
    fn lists_are_not_ranges() {
        let v = run(
            "Les attentats de Nice et Berlin, les 14 juillet et 19 décembre derniers.",
            "2017-01-10",
        );
        let vals: Vec<_> = v.iter().map(|m| m.1.clone().unwrap()).collect();
        assert!(vals.contains(&"2016-12-19".to_string()), "{v:?}");
        assert!(v.iter().all(|m| m.2.is_none()), "{v:?}");
    }

    #[test]
    fn seasons() {
        assert_eq!(val("Il est parti l'été dernier.", "2021-03-10"), "2020-SU");
        assert_eq!(val("Il partira à l'automne 2022.", "2021-03-10"), "2022-FA");
        assert!(run("Depuis le printemps arabe, tout a changé.", "2021-03-10").is_empty());
        assert!(run("Il a été tué.", "2021-03-10").is_empty());
    }

    /// (value, earliest, latest) of the only mention.
    fn span_of(text: &str, r: &str) -> (String, String, String) {
        let doc = Document::parse(text);
        let v = extract(&doc, ref_d(r));
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        let m = &v[0];
        (
            m.value.clone().unwrap_or_default(),
            m.earliest.clone().unwrap_or_default(),
            m.latest.clone().unwrap_or_default(),
        )
    }

    /// The gate that skips stretches with no key word changes nothing: the
    /// same matches with and without it, on the bundled news and on every
    /// example of this file.
    #[test]
    fn the_key_gate_loses_no_date() {
        let mut texts: Vec<String> = std::fs::read_to_string("fixtures/wikinews/sample.jsonl")
            .unwrap()
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(String::from))
            .collect();
        let me = include_str!("dates.rs");
        texts.extend(me.split('"').skip(1).step_by(2).map(String::from));
        for t in &texts {
            let doc = Document::parse(t.as_str());
            let r = ref_d("2021-01-05");
            let key = |m: &M| (m.s, m.e, m.value.clone(), m.end.clone());
            let (a, _) = scan_until(&doc, r, Prefer::Nearest, true, None, |_, _| false);
            let (b, _) = scan_until(&doc, r, Prefer::Nearest, false, None, |_, _| false);
            assert_eq!(
                a.iter().map(key).collect::<Vec<_>>(),
                b.iter().map(key).collect::<Vec<_>>(),
                "{t}"
            );
        }
        assert!(texts.len() > 500);
    }

    #[test]
    fn bounds_of_every_grain() {
        let b = |v: &str| bounds(v).map(|(a, z)| (a.to_string(), z.to_string()));
        let p = |a: &str, z: &str| Some((a.to_string(), z.to_string()));
        assert_eq!(b("2016"), p("2016-01-01", "2016-12-31"));
        assert_eq!(b("2016-02"), p("2016-02-01", "2016-02-29"));
        assert_eq!(b("2021-01-06T14:30"), p("2021-01-06", "2021-01-06"));
        assert_eq!(b("2021-W01"), p("2021-01-04", "2021-01-10"));
        assert_eq!(b("2021-W01-WE"), p("2021-01-09", "2021-01-10"));
        assert_eq!(b("2021-WI"), p("2020-12-21", "2021-03-20"));
        assert_eq!(b("2021-SU"), p("2021-06-21", "2021-09-23"));
        assert_eq!(b("P3D"), None);
        assert_eq!(b("XXXX-01-02"), None);
    }

    #[test]
    fn parts_of_periods_narrow_the_bounds() {
        let r = "2021-02-10";
        let sp = |t: &str| span_of(t, r);
        let x = |v: &str, a: &str, z: &str| (v.to_string(), a.to_string(), z.to_string());
        assert_eq!(
            sp("Il sera jugé fin mars 2021."),
            x("2021-03", "2021-03-21", "2021-03-31")
        );
        assert_eq!(
            sp("Des élections à la mi-octobre 2020."),
            x("2020-10", "2020-10-10", "2020-10-19")
        );
        assert_eq!(
            sp("Ils arrivent début 2022."),
            x("2022", "2022-01-01", "2022-02-28")
        );
        assert_eq!(
            sp("La trêve tient depuis la première quinzaine de janvier 2021."),
            x("2021-01", "2021-01-01", "2021-01-14")
        );
        assert_eq!(
            sp("Le vote aura lieu en fin de semaine."),
            x("2021-W06", "2021-02-11", "2021-02-14")
        );
        assert_eq!(
            sp("Le froid a duré tout cet hiver."),
            x("2021-WI", "2020-12-21", "2021-03-20")
        );
        // A range covers its two ends; a duration has no bounds.
        assert_eq!(
            sp("Le sommet se tient du 2 au 5 mars 2021."),
            x("2021-03-02", "2021-03-02", "2021-03-05")
        );
        assert_eq!(sp("Il a passé trois jours en prison."), x("P3D", "", ""));
    }

    #[test]
    fn last_and_next_periods_are_ranges() {
        let r = "2021-02-10";
        assert_eq!(
            run(
                "Au cours des trois derniers jours, 40 personnes ont été tuées.",
                r
            ),
            [(
                "trois derniers jours".into(),
                Some("2021-02-07".into()),
                Some("2021-02-09".into())
            )]
        );
        assert_eq!(
            run("Ces deux dernières années ont été difficiles.", r),
            [(
                "Ces deux dernières années".into(),
                Some("2019".into()),
                Some("2020".into())
            )]
        );
        assert_eq!(
            run("Les prix monteront dans les 3 prochains mois.", r),
            [(
                "3 prochains mois".into(),
                Some("2021-03".into()),
                Some("2021-05".into())
            )]
        );
        // "suivants" counts from the last date mentioned.
        let v = run(
            "Le 2 mars 2020, il est arrêté ; les 10 jours suivants, il se tait.",
            r,
        );
        assert_eq!(v[1].1.as_deref(), Some("2020-03-03"));
        assert_eq!(v[1].2.as_deref(), Some("2020-03-12"));
        let v = run(
            "Depuis la crise de 2007, le chômage a augmenté sur les huit années suivantes.",
            r,
        );
        assert_eq!(
            (v[1].1.as_deref(), v[1].2.as_deref()),
            (Some("2008"), Some("2015"))
        );
        // "passés" before its complement is time spent, a duration.
        let v = run("Il part après dix ans passés à la tête de l'ONU.", r);
        assert_eq!(v[0].1.as_deref(), Some("P10Y"));
        // In TimeML it stays the duration.
        let doc = Document::parse("ces dernières 24 heures et les 3 derniers jours");
        let tml = extract_timeml(&doc, ref_d(r));
        assert_eq!(tml.last().and_then(|m| m.value.as_deref()), Some("P3D"));
    }

    #[test]
    fn ordinal_days_of_a_period() {
        let r = "2013-02-12";
        assert_eq!(
            val("Il viendra le premier mercredi du mois prochain.", r),
            "2013-03-06"
        );
        assert_eq!(
            val("Le dernier jour d'octobre 2015, il a quitté le pays.", r),
            "2015-10-31"
        );
        assert_eq!(
            val("La fête a lieu le dernier dimanche de mars 2016.", r),
            "2016-03-27"
        );
        assert_eq!(val("C'était le 3e jour de janvier 2013.", r), "2013-01-03");
        assert_eq!(val("Il a payé le premier jour du mois.", r), "2013-02-01");
        // A month of another calendar is no day of this one.
        assert!(values("Cela s'est passé au premier jour du mois de ramadan.", r).is_empty());
        assert!(values("Le dernier jour du mois de mouharram, ils ont défilé.", r).is_empty());
        // (Its weekday alone may stay a day; not the first Monday of the
        // reference month, 2013-02-04.)
        assert!(
            !values(
                "Pour le premier lundi du mois sacré de Shravan, ils ont prié.",
                r
            )
            .contains(&"2013-02-04".to_string())
        );
    }

    #[test]
    fn the_weekday_chooses_the_month_or_the_year() {
        // The 15th that is a Thursday nearest to 12 February 2013: November
        // 2012 (past, nearest) or August 2013 (read ahead).
        assert_eq!(val("Il a parlé jeudi 15.", "2013-02-12"), "2012-11-15");
        let doc = Document::parse("jeudi 15");
        let v = extract_with(&doc, ref_d("2013-02-12"), Prefer::Future);
        assert_eq!(v[0].value.as_deref(), Some("2013-08-15"));
        // A weekday no year of the tense fits does not block the date.
        let doc = Document::parse("du 13 au dimanche 15 juillet");
        let v = extract_with(&doc, ref_d("2013-02-12"), Prefer::Future);
        assert_eq!(v[0].end_value.as_deref(), Some("2013-07-15"));
    }

    /// A range of weekdays followed by its week ("de la semaine
    /// dernière") lies in that week; without one, it is the nearest.
    #[test]
    fn a_range_of_weekdays_in_a_named_week() {
        // Wednesday 14 August 2019.
        let range = |t: &str| {
            let doc = Document::parse(t);
            let v = extract(&doc, ref_d("2019-08-14"));
            (
                v[0].text.clone(),
                v[0].value.clone(),
                v[0].end_value.clone(),
            )
        };
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            range("Les combats ont fait 37 morts entre lundi et mercredi de la semaine dernière."),
            (
                "entre lundi et mercredi de la semaine dernière".to_string(),
                s("2019-08-05"),
                s("2019-08-07")
            )
        );
        assert_eq!(
            range("Le festival aura lieu du jeudi au samedi de la semaine prochaine.").1,
            s("2019-08-22")
        );
        assert_eq!(
            range("Les combats ont fait 37 morts entre lundi et mercredi.").1,
            s("2019-08-12")
        );
    }

    #[test]
    fn preference_without_a_tense_cue() {
        let r = "2013-02-12";
        let at = |t: &str, p: Prefer| {
            let doc = Document::parse(t);
            extract_with(&doc, ref_d(r), p)[0]
                .value
                .clone()
                .unwrap_or_default()
        };
        assert_eq!(at("31 octobre", Prefer::Nearest), "2012-10-31");
        assert_eq!(at("31 octobre", Prefer::Future), "2013-10-31");
        assert_eq!(at("lundi", Prefer::Future), "2013-02-18");
        assert_eq!(at("Noël", Prefer::Future), "2013-12-25");
        assert_eq!(at("1er mars", Prefer::Past), "2012-03-01");
        // A tense cue wins over the preference.
        assert_eq!(
            at("Il est arrivé le 31 octobre.", Prefer::Future),
            "2012-10-31"
        );
        assert_eq!(at("deux jours plus tard", Prefer::Future), "2013-02-14");
    }

    #[test]
    fn recurrences() {
        let r = "2021-01-06";
        assert_eq!(one("Il gagne 3 % par an.", r), ("an".into(), "P1Y".into()));
        assert_eq!(val("Le marché a lieu tous les jeudis.", r), "XXXX-WXX-4");
        assert_eq!(val("La bibliothèque ouvre le mercredi.", r), "XXXX-WXX-3");
        assert_eq!(val("Il court chaque semaine.", r), "P1W");
    }

    #[test]
    fn parts_of_day_anchor_on_the_last_day() {
        let v = run(
            "Le 3 mars, il est sorti. Dans la soirée, il a été arrêté.",
            "2021-03-10",
        );
        assert_eq!(
            v[1],
            ("la soirée".into(), Some("2021-03-03TEV".into()), None)
        );
        let v = run(
            "Le 3 mars, il est sorti. En fin d'après-midi, il est rentré.",
            "2021-03-10",
        );
        assert_eq!(v[1].1.as_deref(), Some("2021-03-03TAF"));
        let v = run(
            "Le 3 mars, il est sorti. Le lendemain matin, il est parti.",
            "2021-03-10",
        );
        assert_eq!(v[1].1.as_deref(), Some("2021-03-04TMO"));
        assert_eq!(
            val("Il est arrivé le lendemain du 13 février.", "2021-03-10"),
            "2021-02-14"
        );
        // Anchored on an event: vague.
        let d = Document::parse("Au lendemain de l'attentat, la ville se tait.");
        let m = extract(&d, ref_d("2021-03-10"));
        assert_eq!((m[0].kind, m[0].value.clone()), (DateKind::Vague, None));
    }

    /// A weekday that bounds what lasts ("dès", "jusqu'à") after a verb of
    /// deciding is ahead; after another past verb, the nearest; a start
    /// told in the past stays past. An attribute after a future or a
    /// conditional ("resteraient fermées") is ahead. A weekday fitting one
    /// year near the reference names it, whatever the tense.
    /// A past participle in -u or -i right before its weekday tells a
    /// past day, as one in -é does, in a sentence with no other verb near
    /// ("l'effondrement survenu mercredi"); a noun in -ue or -ie does not
    /// ("sa venue mardi" is the nearest).
    #[test]
    fn participles_in_u_and_i_before_their_day() {
        // 2024-01-14 is a Sunday: the nearest Tuesday is ahead.
        let r = "2024-01-14";
        let tail = "dans le district montagneux de Rasuwa, au nord de la capitale.";
        for (head, v) in [
            ("Le glissement de terrain survenu mardi", "2024-01-09"),
            ("Les deux hommes détenus mardi", "2024-01-09"),
            ("Les mineurs ensevelis mardi", "2024-01-09"),
            ("Une réunion tenue mardi", "2024-01-09"),
            ("Le convoi parvenu mardi", "2024-01-09"),
            ("Sa venue mardi", "2024-01-16"),
            ("La pluie mardi", "2024-01-16"),
        ] {
            let t = format!("{head} {tail}");
            assert_eq!(val(&t, r), v, "{t}");
        }
        assert!(is_past_participle_u_i("survenue"));
        assert!(is_past_participle_u_i("ensevelies"));
        assert!(!is_past_participle_u_i("venue"));
        assert!(!is_past_participle_u_i("sortie"));
    }

    #[test]
    fn bounds_attributes_and_fitting_weekdays() {
        // 2024-01-14 is a Sunday.
        let r = "2024-01-14";
        let cases = [
            (
                "Le maire a annoncé l'ouverture d'une cellule dès lundi.",
                "2024-01-15",
            ),
            (
                "Le préfet a décidé de fermer les écoles jusqu'à vendredi.",
                "2024-01-19",
            ),
            (
                "Météo-France a placé le département en vigilance jusqu'à mardi.",
                "2024-01-16",
            ),
            ("La route a été coupée jusqu'à samedi.", "2024-01-13"),
            // A ban or a measure imposed lasts to a day ahead.
            (
                "Le préfet a interdit la vente de carburant jusqu'à jeudi.",
                "2024-01-18",
            ),
            ("Dès lundi, il a été hospitalisé.", "2024-01-08"),
            ("Les écoles resteraient fermées mercredi.", "2024-01-17"),
            ("Les mesures annoncées mercredi ont déçu.", "2024-01-10"),
            // 2024-01-10 was a Wednesday, 2025-01-10 a Friday.
            (
                "Cet acte ferait suite aux propos tenus ce mercredi 10 janvier.",
                "2024-01-10",
            ),
        ];
        for (t, v) in cases {
            assert_eq!(val(t, r), v, "{t}");
        }
    }

    #[test]
    fn tense_cues() {
        // A noun in -ra is no future: "morts du choléra depuis la
        // mi-octobre" are of the October before.
        assert_eq!(
            val(
                "Quatorze détenus sont morts du choléra depuis la mi-octobre.",
                "2022-11-09"
            ),
            "2022-10"
        );
        // A participle before "le" dates a past event, whatever
        // conditional is near: "serait un homme mort le 28 août"; not a
        // date something is set for ("prévu le").
        assert_eq!(
            val(
                "Le premier cas serait un homme mort le 28 août dans un taxi.",
                "2017-10-12"
            ),
            "2017-08-28"
        );
        assert_eq!(
            val(
                "Le suspect serait un ancien soldat, blessé le 3 septembre.",
                "2017-10-12"
            ),
            "2017-09-03"
        );
        assert_eq!(
            val(
                "Le sommet prévu le 28 octobre serait reporté.",
                "2017-10-12"
            ),
            "2017-10-28"
        );
        // A cue beyond "et" after the day is the next clause's: the day
        // takes the tense told before it.
        assert_eq!(
            val(
                "Douze personnes ont été placées en garde à vue lundi et devraient être déférées.",
                "2026-04-14"
            ),
            "2026-04-13"
        );
        assert_eq!(
            val(
                "La mission a retiré 5 000 soldats en juin et doit en retirer 3 000 autres.",
                "2023-11-23"
            ),
            "2023-06"
        );
        // A participle after "sera" is ahead.
        assert_eq!(
            val("Le silence sera observé lundi à 18 heures.", "2023-10-22"),
            "2023-10-23T18:00"
        );
        // A day and month after a future of "être" or "avoir" is ahead,
        // however nearer the year before ("sera jugé le 24 septembre",
        // "aura lieu le 24 septembre" told in March); a past day of the
        // same sentence keeps its own verb.
        for text in [
            "Le propriétaire sera jugé le 24 septembre par le tribunal.",
            "Le procès aura lieu le 24 septembre à Marseille.",
        ] {
            assert_eq!(val(text, "2024-03-13"), "2024-09-24", "{text}");
        }
        assert_eq!(
            run(
                "Il a été arrêté le 24 septembre et sera jugé en mai.",
                "2024-03-13"
            )[0]
            .1
            .as_deref(),
            Some("2023-09-24")
        );
        // Another verb's simple future too, in a relative clause whose day
        // the main clause's verb after the comma does not date; a modal's
        // past infinitive is a past; a noun ending like a future is none.
        assert_eq!(
            val(
                "Le président élu, qui prendra ses fonctions le 1er décembre, a promis une réforme.",
                "2018-10-09"
            ),
            "2018-12-01"
        );
        assert_eq!(
            val(
                "Le juge entendra les témoins le 24 septembre, a indiqué le parquet.",
                "2024-03-13"
            ),
            "2024-09-24"
        );
        assert_eq!(
            val(
                "Jusqu'à 700 migrants pourraient avoir péri du 25 au 27 mai, a estimé le HCR.",
                "2017-05-28"
            ),
            "2017-05-25"
        );
        assert_eq!(
            val("Une caméra a filmé la scène le 24 septembre.", "2024-03-13"),
            "2023-09-24"
        );
        // Without a cue before it, the one after still tells.
        assert_eq!(
            val(
                "Les suspects seront entendus lundi et devraient être déférés.",
                "2026-04-14"
            ),
            "2026-04-20"
        );
        // A weekday something starts from or is planned for.
        assert_eq!(
            val(
                "Le gouvernement a décrété un deuil national à compter de mardi.",
                "2019-01-14"
            ),
            "2019-01-15"
        );
        assert_eq!(
            val(
                "Une marche prévue samedi a été interdite par le maire.",
                "2020-09-10"
            ),
            "2020-09-12"
        );
        // The auxiliary of a future passive a few words before.
        assert_eq!(
            val(
                "Quelque 400 habitants seront à leur tour évacués mercredi.",
                "2022-07-19"
            ),
            "2022-07-20"
        );
        // Conditional is future-like; imperfect of -rer verbs is past.
        assert_eq!(
            val("Il annonçait qu'il viendrait le 20 mars.", "2021-03-10"),
            "2021-03-20"
        );
        assert_eq!(
            val(
                "Le rapport, publié le 2 mars, assurait le contraire.",
                "2021-03-10"
            ),
            "2021-03-02"
        );
        // A past verb reporting an event a few days ahead.
        assert_eq!(
            val(
                "Le syndicat a appelé à manifester le 12 mars.",
                "2021-03-10"
            ),
            "2021-03-12"
        );
        // ... but a past verb and a date well ahead: last year's.
        assert_eq!(
            val(
                "Le rapport, publié le 20 juin, assurait le contraire.",
                "2021-03-10"
            ),
            "2020-06-20"
        );
        // A present passive is no past: nearest.
        assert_eq!(
            val("Le rendez-vous est fixé à samedi.", "2021-03-10"),
            "2021-03-13"
        );
        // "d'ici" points to the future.
        assert_eq!(
            val("Il faut un accord d'ici le 5 mars.", "2021-03-10"),
            "2022-03-05"
        );
        // A short participle ("fui", "lu") after its auxiliary is past;
        // so is the start of what lasts "depuis" a weekday.
        assert_eq!(
            val("Des familles ont fui dimanche.", "2025-11-20"),
            "2025-11-16"
        );
        assert_eq!(
            val("Les habitants fuient depuis dimanche.", "2025-11-20"),
            "2025-11-16"
        );
        // "depuis" a day and month is past however near it is ahead: a
        // year-end count "depuis le 1er janvier" is of the ending year.
        assert_eq!(
            val(
                "38 personnes ont été tuées depuis le 1er janvier.",
                "2025-12-16"
            ),
            "2025-01-01"
        );
        assert_eq!(
            val("Il est détenu depuis le 20 décembre.", "2025-12-16"),
            "2024-12-20"
        );
    }

    /// A day something is set for is ahead, whatever the tense of the verb
    /// ("a été maintenue pour mardi", "d'ici jeudi"); "pour novembre"
    /// (figures for a month) is not.
    #[test]
    fn days_set_for_or_until_are_ahead() {
        // Reference is Monday 17 November 2025.
        assert_eq!(
            val("L'alerte rouge a été maintenue pour mardi.", "2025-11-17"),
            "2025-11-18"
        );
        assert_eq!(
            val("Le préfet a promis des renforts d'ici jeudi.", "2025-11-17"),
            "2025-11-20"
        );
        assert_eq!(
            val("Le chômage s'établit à 11,9 % pour novembre.", "2026-01-09"),
            "2025-11"
        );
        // (Not a forecast told in the imperfect: the day it was for is
        // gone.)
        assert_eq!(
            val(
                "Le bulletin annonçait pour dimanche un risque 3.",
                "2025-11-17"
            ),
            "2025-11-16"
        );
    }

    /// What was to come, in a narrative in the past, is on a day ahead: who
    /// is expected ("attendu lundi"), what was to resume ("devaient
    /// reprendre mercredi"), what was announced to be held ("a annoncé
    /// qu'une cérémonie serait organisée mercredi", "a annoncé un
    /// rassemblement … vendredi"). Not the past verb itself ("a attendu
    /// lundi pour porter plainte"), a gathering of a weekday ("la marche de
    /// jeudi"), a day of the announcement ("a annoncé vendredi une marche"),
    /// a month date ("qui devait se tenir le 2 janvier, a été annulé").
    #[test]
    fn days_of_what_was_to_come_are_ahead() {
        // Reference is Sunday 18 May 2025.
        let r = "2025-05-18";
        assert_eq!(
            val(
                "Le ministre, attendu lundi à Grenoble, a salué les secours.",
                r
            ),
            "2025-05-19"
        );
        assert_eq!(
            val("Elle a attendu lundi pour porter plainte.", r),
            "2025-05-12"
        );
        assert_eq!(
            val("Les fouilles devaient reprendre mercredi à l'aube.", r),
            "2025-05-21"
        );
        assert_eq!(
            val("Deux suspects devaient être présentés mardi à un juge.", r),
            "2025-05-20"
        );
        assert_eq!(
            val(
                "Le maire a annoncé qu'une cérémonie serait organisée mercredi.",
                r
            ),
            "2025-05-21"
        );
        assert_eq!(
            val("Selon la police, l'homme serait mort mercredi.", r),
            "2025-05-14"
        );
        assert_eq!(
            val(
                "Le bourgmestre a annoncé un rassemblement de soutien aux policiers vendredi à 18 heures.",
                r
            ),
            "2025-05-23T18:00"
        );
        assert_eq!(
            val("Le maire a annoncé vendredi une marche blanche.", r),
            "2025-05-16"
        );
        assert_eq!(
            val(
                "Il a annoncé que la marche de jeudi avait réuni 2 000 personnes.",
                r
            ),
            "2025-05-15"
        );
        assert_eq!(
            val(
                "Le rallye, qui devait se tenir le 2 janvier, a été annulé.",
                "2016-01-07"
            ),
            "2016-01-02"
        );
    }

    #[test]
    fn participle_before_the_date() {
        // Reference is a Wednesday.
        assert_eq!(
            val("Les mesures annoncées lundi font débat.", "2021-03-10"),
            "2021-03-08"
        );
        assert_eq!(
            val("Un concert programmé samedi.", "2021-03-10"),
            "2021-03-13"
        );
        assert_eq!(
            val("Ils peuvent rêver du titre dimanche.", "2021-03-10"),
            "2021-03-14"
        );
        assert_eq!(
            val("LE VILLAGE FERA LA FÊTE DIMANCHE.", "2021-03-10"),
            "2021-03-14"
        );
    }

    #[test]
    fn numbers_that_are_no_dates() {
        let r = "2018-12-15";
        assert!(run("Une perte d'entre 15 et 20 points à cause des blocages.", r).is_empty());
        assert!(run("Le cortège des 1600 Gilets jaunes a fusionné.", r).is_empty());
        assert!(run("Il y avait 2000 manifestants et 1370 ont été évacués.", r).is_empty());
        assert!(run("Selon l'enquête, il aurait 29 ans.", r).is_empty());
        assert!(run("Haïti : mort à 74 ans de l'ancien président.", r).is_empty());
        // but a bare range with "le" is a date range
        let v = run("La fête a lieu du 13 au 18.", r);
        assert_eq!(
            (v[0].1.as_deref(), v[0].2.as_deref()),
            (Some("2018-12-13"), Some("2018-12-18"))
        );
    }

    #[test]
    fn parts_of_a_named_day() {
        let r = "2021-03-10";
        assert_eq!(
            one("Il a été tué dans la soirée de lundi.", r).1,
            "2021-03-08TEV"
        );
        assert_eq!(
            one("Des tirs ont éclaté dans la nuit de lundi.", r).0,
            "la nuit de lundi"
        );
        assert_eq!(
            val("Il est arrivé lundi 8 mars au matin.", r),
            "2021-03-08TMO"
        );
        let d = Document::parse(
            "Séisme\n\nParis, 5 janvier (AFP) – Un séisme. Le 3 janvier 2021, rien.",
        );
        assert_eq!(reference_date(&d), ref_d("2021-01-05"));
    }

    #[test]
    fn anchored_weeks_months_years() {
        let v = run(
            "En 2015, il est élu. L'année suivante, il démissionne.",
            "2021-03-10",
        );
        assert_eq!(v[1], ("L'année suivante".into(), Some("2016".into()), None));
        let v = run(
            "Le 3 mars, il part. Le mois précédent, il hésitait.",
            "2021-03-10",
        );
        assert_eq!(v[1].1.as_deref(), Some("2021-02"));
    }

    #[test]
    fn named_days() {
        assert_eq!(
            val("Depuis le 11-Septembre, tout a changé.", "2016-03-10"),
            "2001-09-11"
        );
        assert_eq!(val("Le 14-Juillet sera fêté.", "2016-03-10"), "2016-07-14");
    }

    #[test]
    fn more_numeric_forms() {
        let r = "2013-02-12";
        assert_eq!(val("Rendez-vous lundi 8/2/2016 au siège.", r), "2016-02-08");
        assert_eq!(val("Le 20 02 2014 il neigeait.", r), "2014-02-20");
        // A phone number is no date.
        assert!(run("Appelez le 06 12 34 56 78.", r).is_empty());
        assert!(run("Il est né le 31 juin.", r).is_empty());
        assert!(run("Le 29 février 2014 n'existe pas.", r).is_empty());
        assert!(run("Le premier ministre est venu.", r).is_empty());
    }

    #[test]
    fn ages_and_ordinals_are_no_durations() {
        let r = "2021-01-01";
        assert!(run("Une femme d'une trentaine d'années est tombée.", r).is_empty());
        assert!(run("Pour les enfants de 2 à 8 ans et les moins de 17 ans.", r).is_empty());
        assert!(run("Il a tenté une seconde fois, puis une seconde attaque.", r).is_empty());
        assert_eq!(val("Il a été condamné à une peine de 12 ans.", r), "P12Y");
    }

    #[test]
    fn decades_centuries_two_digit_years() {
        let r = "1999-07-29";
        assert_eq!(
            one("Au début des années 60, rien.", r).0,
            "début des années 60"
        );
        assert_eq!(
            one("C'était à la fin du XIXe siècle.", r).0,
            "la fin du XIXe siècle"
        );
        assert_eq!(val("Deux ruptures en 97, aucune depuis.", r), "1997");
        assert_eq!(val("Il est entré à l'école dès octobre 98.", r), "1998-10");
    }

    /// "depuis" before a part of a month ("depuis fin avril", "depuis la
    /// mi-mars", "depuis le début du mois d'avril") looks back as it does
    /// before the month; without it, the nearest reading stands.
    #[test]
    fn since_a_part_of_a_month_is_past() {
        let r = "2019-12-17";
        assert_eq!(
            val("La ville fait l'objet depuis fin avril d'une offensive.", r),
            "2019-04"
        );
        assert_eq!(val("Les combats durent depuis la mi-avril.", r), "2019-04");
        assert_eq!(
            val("Les combats durent depuis le début du mois d'avril.", r),
            "2019-04"
        );
        assert_eq!(val("Un sommet aura lieu fin avril.", r), "2020-04");
    }

    /// A weekday that opens its sentence takes the tense of its subject's
    /// verb past a long apposition (the nearest Tuesday would be ahead);
    /// the future ahead as well.
    #[test]
    fn an_opening_weekday_reaches_its_verb_past_an_apposition() {
        let r = "2024-03-09";
        assert_eq!(
            val(
                "Mardi matin, une trentaine d'hommes armés se réclamant de l'État-major \
                 central (EMC), principale dissidence de l'ex-guérilla des FARC, avaient \
                 investi le bâtiment municipal.",
                r
            ),
            "2024-03-05TMO"
        );
        // (On a Thursday, the nearest Tuesday is behind.)
        assert_eq!(
            val(
                "Mardi, une délégation conduite par le ministre des Affaires étrangères \
                 (MAE), principal artisan de l'accord conclu avec Genève, se rendra \
                 dans la capitale.",
                "2024-03-07"
            ),
            "2024-03-12"
        );
    }

    #[test]
    fn timeml_mode_splits_ranges() {
        let d = Document::parse("Ouvert du 19 au 23 juillet, de 18 h à 23 h.");
        let m = extract_timeml(&d, ref_d("1999-07-16"));
        let t: Vec<&str> = m.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(t, vec!["19", "23 juillet", "18 h", "23 h"]);
    }
}
