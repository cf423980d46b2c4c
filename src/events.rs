//! Event assembly: one record per event trigger, with date and place from
//! its sentence or inherited from paragraph, headline or document, actors
//! with roles, the casualty figures that belong to it, modality and
//! attribution.
//!
//! The trigger lexicon is `events.tsv`, beside this file; the taxonomy, its
//! inheritance rules and its mapping to ACLED and CAMEO are in
//! `docs/events.md`.

use std::sync::LazyLock;

use crate::document::{Document, Sentence};
use crate::extract::casualties::names_a_disease;
use crate::extract::modality;
use crate::fast_regex::{Caches, FastRegex};
use crate::model::{
    ActorKind, ActorMention, CasualtyCategory, CasualtyFigure, DateKind, DateMention, Event,
    EventActor, EventDate, EventPlace, Modality, PlaceKind, PlaceMention, Role, SentenceSpan, Span,
    TollSummary,
};

/// Everything the extractors found in one document.
pub struct Mentions<'a> {
    pub dates: &'a [DateMention],
    pub places: &'a [PlaceMention],
    pub actors: &'a [ActorMention],
    pub casualties: &'a [CasualtyFigure],
}

/// Part of speech of a trigger form: it decides the voice for roles, and
/// whether a bare toll verb makes an event of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pos {
    Noun,
    Verb,
    /// A passive or intransitive toll verb ("ont été tués", "sont morts").
    Passive,
}

struct TriggerRule {
    event_type: &'static str,
    pos: Pos,
}

struct Lexicon {
    /// Every rule's forms, one pattern per rule, in rule order: the pattern
    /// that matched gives the rule (leftmost-first: the first rule that
    /// matches there, as the lexicon file says). A forward lazy DFA, searched
    /// anchored at each word start ([`trigger_matches`]).
    dfa: regex_automata::hybrid::dfa::DFA,
    /// Its cache, one for all threads, taken for each search.
    caches: Caches<regex_automata::hybrid::dfa::Cache>,
    /// The patterns, for the test that compares with a scan.
    #[cfg_attr(not(test), allow(dead_code))]
    forms: Vec<String>,
    rules: Vec<TriggerRule>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut rules = Vec::new();
    let mut forms = Vec::new();
    for line in include_str!("events.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&'static str> = line.split('\t').collect();
        let pos = match cols.get(2).copied() {
            Some("v") => Pos::Verb,
            Some("p") => Pos::Passive,
            _ => Pos::Noun,
        };
        forms.push(format!(r"(?-u)\b(?:{})\b", cols[1]));
        rules.push(TriggerRule {
            event_type: cols[0],
            pos,
        });
    }
    let dfa = regex_automata::hybrid::dfa::DFA::builder()
        .build_many(&forms)
        .expect("valid trigger lexicon");
    let d = dfa.clone();
    Lexicon {
        dfa,
        caches: Caches::new(move || d.create_cache()),
        forms,
        rules,
    }
});

/// A trigger found in the text, with byte offsets.
#[derive(Debug, Clone)]
struct Trigger {
    event_type: &'static str,
    pos: Pos,
    start: usize,
    end: usize,
    sentence: usize,
}

/// Words (folded) that tell when an event took place, in a sentence that
/// comes back to it: "L'accident s'est produit vers 5 h 20".
const OCCURRED: &[&str] = &["s'est produit", "est survenu", "a eu lieu", "s'est deroule"];

/// What a night's event did first, in the words that tell when it began
/// ("les tirs ont débuté vers 2 heures du matin").
const BEGAN: &[&str] = &[
    "ont debute",
    "a debute",
    "ont commence",
    "a commence",
    "a eclate",
    "ont eclate",
    // What a fire, a storm, a wreck or a crash did first
    // ("le feu s'est déclaré vers 4 h 15", "un arbre s'est
    // abattu vers 3 h 30", "il aurait chaviré vers 2 heures").
    "s'est declare",
    "s'est abattu",
    "chavire",
    "a sombre",
    "s'est effondre",
    "a explose",
    "s'est embrase",
    "a percute",
    "a heurte",
    "ont ouvert le feu",
    "a ouvert le feu",
    // An assault launched ("l'assaut a été lancé vers 2 heures du matin").
    "a ete lance",
    "ont ete lance",
    "ont fait irruption",
    // A vehicle off the road, a train off its rails, the
    // alarm raised ("l'alerte a été donnée peu après 2 h 30").
    "quitte la route",
    "quitte la chaussee",
    "s'est renverse",
    "a deraille",
    "a pris feu",
    // A dam, a bridge or a slope that gave way ("le barrage a cédé",
    // "la coulée s'est détachée d'un versant").
    "a cede",
    "ont cede",
    "s'est detache",
    "s'est affaisse",
    "s'est ecrase",
    "alerte a ete donnee",
    "alerte a ete lancee",
];

/// A verb's phrase in the pluperfect of news told after the fact ("le feu
/// s'était déclaré peu après 1 heure", "avaient ouvert le feu"), from its
/// passé composé.
fn pluperfect(w: &str) -> Option<String> {
    [
        ("s'est ", "s'etait "),
        ("est ", "etait "),
        ("a ", "avait "),
        ("ont ", "avaient "),
    ]
    .iter()
    .find_map(|(pc, pq)| w.strip_prefix(pc).map(|rest| format!("{pq}{rest}")))
}

/// [`OCCURRED`] in the passé composé and the pluperfect.
static OCCURRED_FORMS: LazyLock<Vec<String>> = LazyLock::new(|| {
    OCCURRED
        .iter()
        .flat_map(|w| std::iter::once(w.to_string()).chain(pluperfect(w)))
        .collect()
});

/// [`OCCURRED`] and [`BEGAN`], in the passé composé and the pluperfect.
static BEGAN_FORMS: LazyLock<Vec<String>> = LazyLock::new(|| {
    OCCURRED
        .iter()
        .chain(BEGAN)
        .flat_map(|w| std::iter::once(w.to_string()).chain(pluperfect(w)))
        .collect()
});

/// Coarse classes: which events can carry which tolls.
fn bears_toll(t: &str) -> bool {
    matches!(
        t,
        "attack"
            | "bombing"
            | "shooting"
            | "airstrike"
            | "clash"
            | "killing"
            | "injury"
            | "arrest"
            | "kidnapping"
            | "protest"
            | "riot"
            | "disaster"
            | "accident"
    )
}

/// The least [`suits`] for a figure to join an event of its sentence or
/// paragraph: a protest's injured, not the arrests counted beside them.
const SUITS_WELL: u8 = 2;

/// How well an event type suits a casualty category (higher is better, 0 never).
fn suits(t: &str, c: CasualtyCategory) -> u8 {
    use CasualtyCategory::*;
    match c {
        Arrested => match t {
            "arrest" => 3,
            "protest" | "riot" | "attack" | "bombing" | "shooting" | "clash" => 1,
            _ => 0,
        },
        Kidnapped => match t {
            "kidnapping" => 3,
            "attack" | "clash" | "riot" => 1,
            _ => 0,
        },
        Displaced | Affected | Missing => match t {
            "disaster" | "accident" => 3,
            "attack" | "bombing" | "clash" | "airstrike" | "riot" | "shooting" => 2,
            _ => 0,
        },
        Killed | Injured => match t {
            "arrest" | "kidnapping" => 1,
            t if bears_toll(t) => 3,
            _ => 0,
        },
    }
}

fn find_triggers(doc: &Document, actors: &[ActorMention], places: &[PlaceMention]) -> Vec<Trigger> {
    let lex = &*LEXICON;
    let folded = doc.folded();
    // Organisation names ("Organisation du Traité de Sécurité Collective")
    // and place names ("La Réunion", not a meeting) hold no triggers.
    let mut org_spans: Vec<(usize, usize)> = actors
        .iter()
        .filter(|a| a.kind == crate::model::ActorKind::Organization)
        .map(|a| (a.start, a.end))
        .chain(places.iter().map(|p| (p.start, p.end)))
        .collect();
    org_spans.sort_unstable();
    // (Nor do the titles of the articles credited at the end.)
    let credits = doc.credits_start().unwrap_or(usize::MAX);
    let mut out = Vec::new();
    for (rule, start, end) in trigger_matches(lex, &folded.text) {
        let rule = &lex.rules[rule];
        // A fixed expression that tells no event ("les forces de l'ordre").
        if rule.event_type == "-" {
            continue;
        }
        if feared_or_planned(&folded.text, start) {
            continue;
        }
        let (start, end) = folded.original(start, end);
        if start >= credits {
            break;
        }
        let cs = doc.char_offset(start);
        // The last organisation starting at or before the trigger.
        let n = org_spans.partition_point(|&(s, _)| s <= cs);
        if n > 0 && org_spans[..n].iter().rev().take(4).any(|&(_, e)| cs < e) {
            continue;
        }
        let Some(sentence) = doc.sentence_at(start) else {
            continue;
        };
        out.push(Trigger {
            event_type: rule.event_type,
            pos: rule.pos,
            start,
            end,
            sentence: sentence.index,
        });
    }
    out
}

/// An event noun that something is meant for, or feared ("stockés en vue
/// de nouveaux affrontements", "pour éviter de nouvelles violences", "la
/// crainte de nouveaux combats"): none that happened. `at` is the trigger's
/// start in the folded text.
fn feared_or_planned(folded: &str, at: usize) -> bool {
    let from = folded.floor_char_boundary(at.saturating_sub(40));
    let mut pre = folded[from..at].trim_end();
    for w in [
        "nouveaux",
        "nouvelles",
        "nouvel",
        "nouveau",
        "nouvelle",
        "eventuels",
        "eventuelles",
        "futurs",
        "futures",
        "les",
        "des",
    ] {
        if let Some(p) = pre.strip_suffix(w).filter(|p| p.ends_with(' ')) {
            pre = p.trim_end();
            break;
        }
    }
    let pre = pre.trim_end_matches(['\'', ' ']);
    [
        "en vue de",
        "en vue d",
        "eviter de",
        "eviter",
        "prevenir de",
        "prevenir",
        "crainte de",
        "peur de",
        "redoutant de",
        "craignant de",
        "risque de",
        "risques de",
    ]
    .iter()
    .any(|p| pre.ends_with(p) && pre[..pre.len() - p.len()].ends_with([' ', '\'', '(']))
}

/// The trigger lexicon's matches in `text` (rule, start, end), as a
/// leftmost-first scan would give them, found by an anchored search at each
/// word start: every form begins with an ASCII word boundary and a letter,
/// so no match starts elsewhere. Anchored, the lazy DFA does not carry every
/// form's beginning in each of its states (an unanchored scan over 51 forms
/// with optional words built some 20,000 of them over the general corpus).
fn trigger_matches(lex: &Lexicon, text: &str) -> Vec<(usize, usize, usize)> {
    let bytes = text.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        if !word(bytes[pos]) || (pos > 0 && word(bytes[pos - 1])) {
            pos += 1;
            continue;
        }
        let input = regex_automata::Input::new(text)
            .range(pos..)
            .anchored(regex_automata::Anchored::Yes);
        // No Unicode word boundary and no give-up threshold: the lazy DFA
        // never fails.
        let found = lex.caches.with(|cache| {
            lex.dfa
                .try_search_fwd(cache, &input)
                .expect("the lazy DFA never quits")
        });
        match found {
            Some(end) if end.offset() > pos => {
                out.push((end.pattern().as_usize(), pos, end.offset()));
                pos = end.offset();
            }
            _ => pos += 1,
        }
    }
    out
}

/// The day an event told with this date happened. A night from one day
/// to the next ("dans la nuit de samedi à dimanche") is the evening's day,
/// as TimeML dates it ("2016-06-11TNI") and as most such events happened
/// (an attack at 22 h, a mudslide before midnight), unless its sentence
/// puts the event in the small hours ("vers 2 heures du matin", "à
/// l'aube", "après minuit"): then it is the morning after.
fn event_day(doc: &Document, d: &DateMention) -> DateMention {
    use chrono::Datelike;
    static SMALL_HOURS: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b0?[0-5]\s*(?:h|heures?)(?:\s*[0-5]\d)?\b|\bdu\s+matin\b|\b(?:à|a|dès|des)\s+l['’]aube\b|\bpetit\s+matin\b|\bapr[èe]s\s+minuit\b").unwrap()
    });
    let night_to_next = d.kind == DateKind::Range
        && d.value.as_deref().is_some_and(|v| v.ends_with("TNI"))
        && d.end_value.as_deref().is_some_and(|e| e.len() == 10);
    let mut d = d.clone();
    let names_year = night_to_next && {
        let mut run = 0;
        d.text.chars().any(|c| {
            run = if c.is_ascii_digit() { run + 1 } else { 0 };
            run == 4
        })
    };
    // The night's sentence, or the next one, which goes on with the night
    // ("Il était environ 2 heures du matin quand…", "Vers 1 h 30, plusieurs
    // individus…", "L'accident s'est produit vers 5 h 20"): `goes_on` tells
    // it of a sentence after the night's, in its paragraph or, first, in
    // the next.
    let goes_on = |s: &crate::document::Sentence, n: &crate::document::Sentence| {
        let t = doc.sentence_text(n);
        if !SMALL_HOURS.is_match(t) {
            return false;
        }
        if n.paragraph == s.paragraph {
            return true;
        }
        // The next paragraph goes on with the night when it tells
        // the hour first or when the event took place, and names
        // no night of its own.
        let f = crate::document::fold(t);
        let opens = SMALL_HOURS
            .find(t)
            .is_some_and(|m| t[..m.start()].split_whitespace().count() <= 2);
        // (Or when it names no day of its own: "… ont forcé les
        // grilles pour attaquer des détenus vers 1 h 30 du matin".)
        // (The night's second day named is none of its own: "arrivés vers
        // 1 heure du matin vendredi" after "la nuit de jeudi à vendredi".)
        let second = d
            .end_value
            .as_deref()
            .and_then(|e| chrono::NaiveDate::parse_from_str(e, "%Y-%m-%d").ok())
            .map(|e| crate::extract::dates::WEEKDAYS[e.weekday().num_days_from_monday() as usize]);
        let own_day = f
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| crate::extract::dates::names_a_day(w) && Some(w) != second);
        (opens || OCCURRED_FORMS.iter().any(|w| f.contains(w.as_str())) || !own_day)
            && !f.contains("nuit d")
    };
    let small_hours = |s: &crate::document::Sentence| {
        SMALL_HOURS.is_match(doc.sentence_text(s))
            || doc.sentences.get(s.index + 1).is_some_and(|n| goes_on(s, n))
            // Or the next paragraph's first sentence after the last of the
            // night's ("… dans la nuit de lundi à mardi, ont annoncé les
            // autorités. Moscou affirme … ¶ Selon le parquet, deux missiles
            // ont touché vers 3 h 20 un entrepôt").
            || doc.sentences.get(s.index + 1).is_some_and(|n| {
                n.paragraph == s.paragraph
                    && doc.sentences.get(s.index + 2).is_some_and(|m| {
                        m.paragraph == s.paragraph + 1 && goes_on(s, m)
                    })
            })
            // Or, in a document of one night, a sentence that tells when the
            // event began ("les tirs ont débuté vers 2 heures du matin"):
            // before the night's sentence only for a night told without
            // its year (not the lede's own event, before a night recalled in
            // the background: "La coulée s'est abattue vers 2 heures du
            // matin samedi … ¶ Dans la nuit du 31 mars au 1er avril 2017,
            // des crues avaient fait 330 morts").
            || {
                // (The whole folded text first: the sentences are read
                // only where a night and such a word both stand.)
                let whole = &doc.folded().text;
                let began = |t: &str| BEGAN_FORMS.iter().any(|w| t.contains(w.as_str()));
                // (A night named, not one spent: "ont passé la nuit dans
                // un gymnase".)
                whole.matches("nuit de ").count() + whole.matches("nuit du ").count() == 1
                    && began(whole)
                    && doc.sentences.iter().skip(if names_year { s.index + 1 } else { 0 }).any(|x| {
                        let t = doc.sentence_text(x);
                        SMALL_HOURS.is_match(t) && began(&crate::document::fold(t))
                    })
            }
    };
    // (The same night told again with its hour: "Le drame s'est produit
    // dans la nuit de samedi à dimanche. … Dans la nuit de samedi à
    // dimanche, vers 4 h 15, une voiture…".)
    // (Not where its own sentence tells an hour of its own: "Vers minuit,
    // dans la nuit de samedi à dimanche, un incendie…" is another event of
    // that night than one told "à 3 heures du matin".)
    let told_again = || {
        let own_hour = doc.sentence_at(doc.byte_offset(d.start)).is_some_and(|s| {
            let f = crate::document::fold(doc.sentence_text(s));
            // ("minuit", "4 h 15", "4 heures", "4h15".)
            let mut words = f
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            let mut digits_before = false;
            f.contains("minuit")
                || f.bytes()
                    .zip(f.bytes().skip(1))
                    .any(|(a, b)| a.is_ascii_digit() && b == b'h')
                || words.any(|w| {
                    let hour = digits_before && matches!(w, "h" | "heure" | "heures");
                    digits_before = w.bytes().all(|b| b.is_ascii_digit());
                    hour
                })
        });
        if own_hour {
            return false;
        }
        let key = crate::document::fold(&d.text);
        let Some(at) = key.find("nuit d") else {
            return false;
        };
        let key = &key[at..];
        let own = doc.byte_offset(d.start);
        let folded = doc.folded();
        folded.text.match_indices(key).any(|(i, _)| {
            let (b, _) = folded.original(i, i + key.len());
            b.abs_diff(own) > d.text.len()
                && doc
                    .sentence_at(b)
                    .is_some_and(|s| SMALL_HOURS.is_match(doc.sentence_text(s)))
        })
    };
    if night_to_next
        && (doc
            .sentence_at(doc.byte_offset(d.start))
            .is_some_and(small_hours)
            || told_again())
    {
        d.value = d.end_value.clone();
    }
    // A count kept "depuis le début de la semaine" runs from the week's
    // first day: the Monday (not "en début de semaine", which may be any
    // of its first days).
    if d.value
        .as_deref()
        .is_some_and(|v| v.len() == 8 && v[4..].starts_with("-W"))
        && let Some(first) = d.earliest.clone().filter(|a| a.len() == 10)
        && crate::document::fold(&d.text)
            .trim_start_matches("le ")
            .starts_with("debut de la semaine")
        && {
            let at = doc.byte_offset(d.start);
            let before = &doc.text[doc.text.floor_char_boundary(at.saturating_sub(12))..at];
            crate::document::fold(before).trim_end().ends_with("depuis")
        }
    {
        d.value = Some(first);
    }
    // An event of "le week-end dernier" is dated to its Saturday, as the
    // golds date it (the mention in `dates` keeps its weekend).
    if d.value
        .as_deref()
        .is_some_and(|v| v.len() == 11 && v.ends_with("-WE"))
        && let Some(a) = d.earliest.clone().filter(|a| a.len() == 10)
    {
        d.value = Some(a);
    }
    // An event of "la semaine dernière" is dated to its month when the
    // week lies in one (the mention in `dates` keeps its week; `earliest`
    // and `latest` keep the days): a month is what tables, ACLED's
    // precision codes and the gold files compare.
    // (A week-end has its Saturday by now.)
    if d.value
        .as_deref()
        .is_some_and(|v| v.len() == 8 && v[4..].starts_with("-W"))
        && let (Some(a), Some(b)) = (&d.earliest, &d.latest)
        && a.len() >= 7
        && b.get(..7) == a.get(..7)
    {
        d.value = Some(a[..7].to_string());
    }
    d
}

/// A date mention that names a calendar day, month or year.
fn is_calendar(d: &DateMention) -> bool {
    !matches!(d.kind, DateKind::Duration | DateKind::Vague)
        && d.value
            .as_deref()
            .is_some_and(|v| v.as_bytes().first().is_some_and(|b| b.is_ascii_digit()))
}

/// "19 h 00", "à 14h30", "vers 22 heures": a time of day with no day written.
fn is_bare_time(d: &DateMention) -> bool {
    is_clock_range(d) || is_clock_time(d)
}

/// Hours from one to another with no day ("un couvre-feu de 18H00 à
/// 06H00", "entre 22 h et 6 h"): a daily span, no event's time.
fn is_clock_range(d: &DateMention) -> bool {
    static RANGE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)^(?:de|entre|du)\s+\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?\s+(?:à|a|et|au)\s+\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?$").unwrap()
    });
    d.kind == DateKind::Range && RANGE.is_match(d.text.trim())
}

/// A clock time alone ("vers 19 h 00", "à midi").
fn is_clock_time(d: &DateMention) -> bool {
    static BARE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)^(?:(?:à|a|vers|dès|des|peu avant|peu après|aux alentours de)\s+)?\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?$|^(?:midi|minuit)$").unwrap()
    });
    BARE.is_match(d.text.trim())
}

/// A year that completes a noun ("la loi de 2015", "la Constitution de
/// 1991", "l'accord de paix de 2016") dates that thing, not what the
/// sentence tells: only the event whose trigger (at `trigger`, characters)
/// it completes takes it ("le séisme de 2010").
fn dates_a_thing(doc: &Document, d: &DateMention, trigger: usize) -> bool {
    if !(d.text.len() == 4 && d.text.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let b = doc.byte_offset(d.start);
    let from = doc.text.floor_char_boundary(b.saturating_sub(64));
    let before = crate::document::fold(&doc.text[from..b]);
    let Some(rest) = before.strip_suffix(" de ") else {
        return false;
    };
    let noun = rest
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // "celle de 2014" stands for a noun told before; "depuis le début de
    // la crise de 2015" starts a span with that year.
    if noun.len() < 3
        || !noun.chars().all(|c| c.is_ascii_lowercase())
        || TIME_NOUNS.contains(&noun)
        || crate::document::MONTHS.contains(&noun)
        || matches!(noun, "celle" | "celui" | "celles" | "ceux")
        || rest.contains("depuis")
    {
        return false;
    }
    // An event noun ends where "de" begins ("séisme", "accord de paix"):
    // the year is that event's, and only that event's (its trigger just
    // before it).
    let lex = &*LEXICON;
    let event_noun = || {
        trigger_matches(lex, rest)
            .iter()
            .any(|&(rule, _, end)| end == rest.len() && lex.rules[rule].pos == Pos::Noun)
            // (Or a noun whose trigger takes its complement, the year with
            // it: "l'éclosion de 2012".)
            || {
                let with_year = crate::document::fold(&doc.text[from..doc.byte_offset(d.end)]);
                trigger_matches(lex, &with_year)
                    .iter()
                    .any(|&(rule, start, end)| {
                        end == with_year.len()
                            && start < rest.len()
                            && lex.rules[rule].pos == Pos::Noun
                    })
            }
    };
    !(trigger < d.start && d.start - trigger <= 40 && event_noun())
}

/// Where the phrase starts (a char offset) when `d` follows a past
/// participle that completes a noun after a preposition and its article
/// ("aux funérailles d'un responsable local assassiné la veille", "la mort
/// du policier tué samedi"): the date may be what the participle tells.
/// Not a counted group, whose participle is a toll's verb ("une trentaine
/// de personnes blessées jeudi", "d'autres blessées dimanche"), nor the
/// object of a verb ("ont arrêté des manifestants blessés mardi").
fn participle_phrase(doc: &Document, d: &DateMention) -> Option<usize> {
    // Folded stems of the participles, each with its -e, -s, -es.
    const PARTICIPLES: &[&str] = &[
        "tue",
        "assassine",
        "abattu",
        "execute",
        "poignarde",
        "egorge",
        "massacre",
        "enleve",
        "kidnappe",
        "capture",
        "arrete",
        "interpelle",
        "blesse",
        "disparu",
        "decede",
        "mort",
        "noye",
        "survenu",
        "commis",
        "perpetre",
        "detruit",
        "incendie",
        "bombarde",
        "attaque",
        "effondre",
        "libere",
    ];
    // A preposition's article, or a determiner after "de".
    const ARTICLES: &[&str] = &["du", "des", "aux", "au"];
    const AFTER_DE: &[&str] = &[
        "la", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces",
    ];
    // Nouns before the preposition that count the people after it.
    const QUANTITIES: &[&str] = &[
        "nombre",
        "total",
        "bilan",
        "dizaine",
        "dizaines",
        "douzaine",
        "quinzaine",
        "vingtaine",
        "trentaine",
        "quarantaine",
        "cinquantaine",
        "soixantaine",
        "centaine",
        "centaines",
        "millier",
        "milliers",
        "plupart",
        "majorite",
        "partie",
        "moins",
        "plus",
        "autres",
    ];
    let b = doc.byte_offset(d.start);
    let from = doc.text.floor_char_boundary(b.saturating_sub(80));
    let mut before = &doc.text[from..b];
    if let Some(i) = before.rfind([',', ';', '.', ':', '«', '»', '(', ')', '\n']) {
        let stop = before[i..].chars().next().map_or(1, char::len_utf8);
        before = &before[i + stop..];
    }
    // The words before the date, with their byte offsets in `before`.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, ch) in before
        .char_indices()
        .chain(std::iter::once((before.len(), ' ')))
    {
        match (ch.is_whitespace(), start) {
            (true, Some(st)) => {
                words.push((st, &before[st..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    let folded: Vec<String> = words
        .iter()
        .map(|(_, w)| crate::document::fold(w))
        .collect();
    let last = folded.last()?;
    let stem = ["es", "s", "e", ""]
        .iter()
        .filter_map(|x| last.strip_suffix(x))
        .find(|s| PARTICIPLES.contains(s));
    stem?;
    let n = folded.len() - 1;
    // Walk back over the noun phrase (at most three words) to its article.
    for k in (n.saturating_sub(4)..n).rev() {
        let w = folded[k].as_str();
        let nouns = n - k - 1;
        let (opens, prep) = if ARTICLES.contains(&w) {
            (true, k)
        } else if let Some(rest) = w.strip_prefix("d'") {
            (
                matches!(rest, "un" | "une") || rest.len() > 2 && nouns == 0,
                k,
            )
        } else if let Some(rest) = w.strip_prefix("l'") {
            (
                k > 0 && folded[k - 1] == "de" && rest.len() > 2 && nouns == 0,
                k.saturating_sub(1),
            )
        } else if AFTER_DE.contains(&w) {
            (k > 0 && folded[k - 1] == "de", k.saturating_sub(1))
        } else {
            (false, k)
        };
        if opens {
            // (The article's noun: "d'un responsable local", or the word
            // itself: "de l'attaque survenue".)
            let has_noun =
                nouns > 0 || w.contains('\'') && !w.ends_with("'un") && !w.ends_with("'une");
            let head = folded[prep.checked_sub(1)?].as_str();
            let verb_before = ["é", "ée", "és", "ées"]
                .iter()
                .any(|x| words[prep - 1].1.ends_with(x))
                || matches!(head, "a" | "ont" | "est" | "sont" | "fait" | "font");
            if !has_noun || QUANTITIES.contains(&head) || verb_before {
                return None;
            }
            return Some(doc.char_offset(b - before.len() + words[prep].0));
        }
        // A word of the phrase: no number, verb or clause.
        if w.bytes().any(|c| c.is_ascii_digit())
            || crate::document::is_clause_word(w)
            || matches!(
                w,
                "deux"
                    | "trois"
                    | "quatre"
                    | "cinq"
                    | "six"
                    | "sept"
                    | "huit"
                    | "neuf"
                    | "dix"
                    | "plusieurs"
            )
        {
            return None;
        }
    }
    None
}

/// "Onze personnes ont été interpellées au cours de cette seule nuit, ce
/// qui porte à 31 le nombre d'interpellations depuis jeudi": the start of
/// a running total told after the trigger, not the day of the event.
fn dates_a_running_total(doc: &Document, d: &DateMention, trigger: usize) -> bool {
    if d.start <= trigger {
        return false;
    }
    let (t, b) = (doc.byte_offset(trigger), doc.byte_offset(d.start));
    // (For every date after a trigger: "depuis", unaccented, before any
    // folding.)
    let raw = doc.text[t..b].trim_end();
    if !raw
        .get(raw.len().saturating_sub(6)..)
        .is_some_and(|w| w.eq_ignore_ascii_case("depuis"))
    {
        return false;
    }
    let between = crate::document::fold(raw);
    BRINGS_TO.iter().any(|w| has_phrase(&between, w))
}

/// The verbs that bring a running total to a figure, folded: "ce qui porte
/// à 31 le nombre", "portant le bilan à".
const BRINGS_TO: &[&str] = &[
    "porte a",
    "portant a",
    "portent a",
    "portait a",
    "porte le",
    "portant le",
];

/// Does `s` hold `phrase` as whole words?
fn has_phrase(s: &str, phrase: &str) -> bool {
    s.match_indices(phrase).any(|(k, _)| {
        let end = k + phrase.len();
        ends_with_word(&s[..end], phrase) && !s[end..].starts_with(char::is_alphanumeric)
    })
}

/// "…, ce qui porte à 31 le nombre d'interpellations depuis jeudi": a
/// running total brought to a figure, counted since a day told right
/// after it, which makes it an event of that day apart from the figure it
/// adds.
fn running_total_start<'d>(
    doc: &Document,
    dates: &'d [DateMention],
    c: &CasualtyFigure,
) -> Option<&'d DateMention> {
    let (b, e) = (doc.byte_offset(c.start), doc.byte_offset(c.end));
    let before =
        crate::document::fold(&doc.text[doc.text.floor_char_boundary(b.saturating_sub(16))..b]);
    let before = before.trim_end();
    if !BRINGS_TO.iter().any(|w| ends_with_word(before, w)) {
        return None;
    }
    let end = doc.text.floor_char_boundary(e + 60);
    starting_in(dates, |d| d.start, c.end, doc.char_offset(end))
        .iter()
        .find(|d| {
            let gap = &doc.text[e..doc.byte_offset(d.start)];
            let gap = crate::document::fold(gap);
            // ("depuis le début du mois de mars": the article before the
            // date's "début".)
            let gap = gap.trim_end();
            let gap = ["le", "la", "l'"]
                .iter()
                .find_map(|a| gap.strip_suffix(a).filter(|g| g.ends_with(' ')))
                .unwrap_or(gap);
            is_calendar(d)
                && (!gap.contains(['.', ';', ',']) && gap.trim_end().ends_with("depuis")
                    // "… le nombre de morts depuis le début de la guerre, en
                    // octobre 2023": the campaign's start, apposed.
                    || !gap.contains(['.', ';']) && since_start_of_war(doc, doc.byte_offset(d.start)))
        })
}

/// A total counted "depuis le début de l'année", "depuis début mars"
/// counts from the period's first day: the event's date is that day
/// (`2024-01-01`; the mention keeps the precision written). Not a span
/// from a month or a year alone ("depuis janvier", "depuis 2015"), whose
/// day is not told.
fn from_its_start(d: &mut DateMention) {
    let told = crate::document::fold(&d.text);
    let start = told
        .trim_start_matches("le ")
        .trim_start_matches("du ")
        .starts_with("debut");
    if start
        && d.value
            .as_deref()
            .is_some_and(|v| v.len() == 4 || v.len() == 7)
        && let Some(first) = d.earliest.clone()
    {
        d.value = Some(first);
    }
}

/// Is `folded` a preposition that puts what follows in a place ("à", "au",
/// "en", "dans le" …)?
fn is_place_preposition(folded: &str) -> bool {
    matches!(
        folded,
        "a" | "au" | "aux" | "en" | "dans le" | "dans la" | "dans l'" | "dans les"
    )
}

/// A date after the trigger that a coordinated verb in the future takes:
/// "31 ont été arrêtées et seront présentées ce vendredi à un juge", "a été
/// inculpé et sera jugé lundi": the plan's day, not the event's.
fn dates_a_plan(doc: &Document, d: &DateMention, trigger: usize) -> bool {
    static PLAN: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"\bet\s+(?:(?:ils|elles|il|elle)\s+)?(?:seront|sera|devront|devra|doivent|doit|vont|va|comparaitront|comparaitra)\b").unwrap()
    });
    if d.start <= trigger {
        return false;
    }
    let (t, b) = (doc.byte_offset(trigger), doc.byte_offset(d.start));
    if b - t > 160 {
        return false;
    }
    let between = crate::document::fold(&doc.text[t..b]);
    !between.contains(['.', ';']) && PLAN.is_match(&between)
}

/// Nouns of time a year completes as a date ("l'été de 2016"; the months
/// are `document::MONTHS`).
const TIME_NOUNS: &[&str] = &[
    "annee",
    "annees",
    "an",
    "ans",
    "mois",
    "printemps",
    "ete",
    "automne",
    "hiver",
    "fin",
    "debut",
    "courant",
    "saison",
    "partir",
];

/// A date that tells who someone is or the bounds of a state, not when the
/// event happened: a birth date ("né le 16 juillet 1993", "née en 1987"),
/// an arrival ("un Syrien arrivé en Allemagne il y a dix ans"),
/// the end of a state ("détenu jusqu'au 3 mars"), a year or month a state
/// began ("fichés S depuis respectivement 2016 et 2015"). A day or month
/// after "depuis" stays: "les combats qui durent depuis samedi" began then.
/// Nor the time a place was let for ("un chalet loué pour la fin de
/// semaine").
/// The year of an event a superlative is measured from: "l'attentat le
/// plus meurtrier à Bagdad depuis l'invasion américaine de 2003", "la plus
/// meurtrière depuis le début des violences jihadistes en 2015" (not a
/// toll counted since: "des milliers ont été tués depuis le début de la
/// crise de 2015" is dated to its start). `b`: the byte the date starts at.
fn superlative_since(doc: &Document, b: usize) -> bool {
    static SINCE_EVENT: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:plus|pire|premi[eè]re?|jamais|pr[ée]c[ée]dent)\b[^,;.()«»]{0,50}\bdepuis\s+(?:le|la|les|l['’])\s*[^,;.()«»]{1,60}?\s(?:(?:de|d['’]|en)\s*)?$")
            .unwrap()
    });
    let wide = doc.text.floor_char_boundary(b.saturating_sub(160));
    doc.text[wide..b].contains("depuis") && SINCE_EVENT.is_match(&doc.text[wide..b])
}

/// The date of an update stamp ("Page actualisée : 30 novembre 2016 — «
/// Colombie : 71 morts lors du crash »", "Mis à jour le 5 mai"): the day
/// a later article was pointed to, not the day of what its title tells.
fn is_update_stamp(doc: &Document, d: &DateMention) -> bool {
    let p = &doc.paragraphs[d.paragraph];
    let at = doc.byte_offset(d.start);
    if at < p.start || at - p.start > 40 {
        return false;
    }
    let before = crate::document::fold(&doc.text[p.start..at]);
    // (And a publication's: "Publié le 29 janvier 2023 — Deux motoneigistes
    // ont perdu la vie … samedi soir".)
    let b = before.trim();
    crate::extract::dates::UPDATE_STAMPS
        .iter()
        .any(|w| b.starts_with(w))
        || b.starts_with("publie") && b.len() <= 12
}

/// Does `d` date the death of one wounded before ("a succombé lundi à
/// ses blessures", "est mort mardi de ses blessures")? That
/// day is no day of the story for the sentences after it ("Dix-sept
/// personnes ont été blessées" goes on with the day of the brawl).
fn dates_a_death_of_wounds(doc: &Document, d: &DateMention) -> bool {
    let b = doc.byte_offset(d.start);
    let from = doc.text.floor_char_boundary(b.saturating_sub(60));
    let before = &doc.text[from..b];
    // Within the clause: after its last punctuation.
    let clause = before
        .rsplit(['.', ';', ':', '!', '?', '\n'])
        .next()
        .unwrap_or(before);
    let f = crate::document::fold(clause);
    if f.contains("de ses blessures") || f.contains("de leurs blessures") {
        return true;
    }
    if !["succomb", "mort", "decede"].iter().any(|w| f.contains(w)) {
        return false;
    }
    // ("à ses blessures" may follow the day: "a succombé lundi à ses
    // blessures"; not "48 personnes ont succombé depuis le début de la
    // crise", deaths counted.) The text after is read only then: this
    // runs for each candidate day of each trigger.
    let e = doc.byte_offset(d.end);
    let after = &doc.text[e..doc.text.floor_char_boundary((e + 40).min(doc.text.len()))];
    f.contains("blessure")
        || crate::document::fold(after.split(['.', ';']).next().unwrap_or("")).contains("blessure")
}

/// What ends a figure's clause before a day of its own (commas aside:
/// [`Context::attached_after`] reads them).
const CLAUSE_BREAKS: [char; 9] = [';', '.', ':', '(', ')', '«', '»', '\n', '–'];

/// Participles of harm (folded, without their endings "e", "s"): an
/// apposition of a figure that opens on one tells the figure's event
/// ([`Context::attached_after`]).
const HARM_PARTICIPLES: &[&str] = &[
    "emport",
    "bless",
    "tu",
    "enlev",
    "kidnapp",
    "arret",
    "interpell",
    "touch",
    "fauch",
    "percut",
    "happ",
    "noy",
    "abattu",
    "enseveli",
    "brul",
    "poignard",
    "agress",
    "renvers",
];

fn is_state_date(doc: &Document, d: &DateMention) -> bool {
    static STATE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(
            r"(?i)(?:\b(?P<born>n[ée]e?s?)\s+(?:le\s+|en\s+)?|\b(?:(?P<since>depuis)|jusqu['’]\s*(?:au|aux|à|a|en|le|la|l['’]))\s*(?:(?:respectivement|le|la|les|l['’]|début|fin|mi-)\s*)*(?:[^\s,;.]+\s+(?:et|ou)\s+)?)$",
        )
        .unwrap()
    });
    // Years since someone settled in a country: "un Syrien de 26 ans
    // arrivé en Allemagne il y a dix ans", "installée en France en 2009".
    static SETTLED: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:arriv|install|naturalis|[ée]migr|immigr|r[ée]fugi)[ée]e?s?\s+(?:en|au|aux)\s+\p{Lu}[^\s,;.]*\s+$").unwrap()
    });
    // The year a thing was built, opened or founded: "le pont, mis en
    // service en 1968", "l'immeuble, construit dans les années 1930", "une
    // usine inaugurée en 2012". ("datant de", "date de" are left: "la
    // dernière attaque de cette ampleur date de 2015" dates that attack.)
    static BUILT: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:(?:construit|bâti|bati|érigé|erige|édifié|edifie|inauguré|inaugure|fondé|fonde|achevé|acheve|rénové|renove|restauré|restaure)e?s?|mise?s?\s+en\s+(?:service|exploitation|chantier)|ouverte?s?\s+au\s+public)\s+(?:(?:en|de|du|dans\s+les\s+années|au\s+début\s+des\s+années|entre)\s+)?$").unwrap()
    });
    // The time a place was let or booked for: "un chalet loué pour la fin
    // de semaine", "une salle réservée pour le week-end".
    static LET_FOR: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(
            r"(?i)\b(?:lou[ée]|r[ée]serv[ée]|affr[ée]t[ée])e?s?\s+(?:pour|durant|pendant)\s+$",
        )
        .unwrap()
    });
    // A state still holding at a day, not what brought it about: "étaient
    // toujours en garde à vue mercredi", "restent hospitalisés lundi",
    // "sont toujours portés disparus mardi".
    let b = doc.byte_offset(d.start);
    let from = doc.text.floor_char_boundary(b.saturating_sub(48));
    // (Folded words, no regex: a regex more is some 200 KB of a batch's
    // peak.)
    let still = || {
        const STATES: &[&str] = &[
            "en garde a vue",
            "detenu",
            "detenue",
            "detenus",
            "detenues",
            "hospitalise",
            "hospitalisee",
            "hospitalises",
            "hospitalisees",
            "en detention",
            "porte disparu",
            "portee disparue",
            "portes disparus",
            "portees disparues",
            "en captivite",
            "recherche",
            "recherchee",
            "recherches",
            "recherchees",
            "introuvable",
            "introuvables",
            "en incapacite de travail",
            "en reanimation",
            "dans le coma",
            "en soins intensifs",
            "aux soins intensifs",
            "entre la vie et la mort",
            "en fuite",
            "sans nouvelles",
            "sans nouvelle",
            "en otage",
            "retenu",
            "retenue",
            "retenus",
            "retenues",
            "bloque",
            "bloquee",
            "bloques",
            "bloquees",
            "sous les decombres",
        ];
        const STILL: &[&str] = &["toujours", "encore"];
        // (What remains: not "restaient portées disparues", a state told
        // of the day's search.)
        const REMAIN: &[&str] = &["reste", "restent", "restait", "restaient"];
        let remains = |st: &str| {
            st.starts_with("hospitalis")
                || st.starts_with("introuvable")
                || matches!(
                    st,
                    "en garde a vue"
                        | "en detention"
                        | "en reanimation"
                        | "dans le coma"
                        | "en soins intensifs"
                        | "aux soins intensifs"
                        | "entre la vie et la mort"
                )
        };
        // (A raw test first, whatever the case of its first letter: this
        // runs for every candidate day of every trigger.)
        let raw = &doc.text[from..b];
        if !(raw.contains("oujours") || raw.contains("ncore") || raw.contains("est")) {
            return false;
        }
        let w = crate::document::fold(raw);
        let w = w.trim_end();
        STATES.iter().any(|st| {
            w.strip_suffix(st).is_some_and(|rest| {
                let rest = rest.trim_end();
                rest.len() < w.len() - st.len()
                    && (STILL.iter().any(|x| ends_with_word(rest, x))
                        || remains(st) && REMAIN.iter().any(|x| ends_with_word(rest, x)))
            })
        })
    };
    if LET_FOR.is_match(&doc.text[from..b]) || still() {
        return true;
    }
    let year = d.value.as_deref().is_some_and(|v| v.len() == 4);
    let years = d.text.ends_with("ans") || year;
    if year && superlative_since(doc, b) {
        return true;
    }
    years && SETTLED.is_match(&doc.text[from..b])
        // A person's record: "un homme de 31 ans déjà condamné en 2019 à
        // six ans de prison".
        || year && {
            let w = crate::document::fold(&doc.text[from..b]);
            let w = w.trim_end();
            let w = w.strip_suffix(" en").unwrap_or(w);
            let last = w.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            ["condamne", "incarcere", "emprisonne", "fiche"]
                .iter()
                .any(|k| matches!(last.strip_prefix(k), Some("" | "e" | "s" | "es")))
        }
        || year && BUILT.is_match(&doc.text[from..b])
        || STATE.captures(&doc.text[from..b]).is_some_and(|c| {
            c.name("since").is_none() || d.value.as_deref().is_some_and(|v| v.len() == 4)
        })
}

/// Folded words of weapons and armed people: a death among them is no
/// mishap nor the weather's ([`accidental_death`], [`hazard_death`]).
const ARMED: &str = r"tirs?|balles?|armes?|armee?s?|couteau|poignard\w*|attaque\w*|assaillants?|agress\w*|meurtr\w*|assassin\w*|kamikazes?|bombes?|frappes?|obus|roquettes?|missiles?|drones?|bombardements?|fusillade|execut\w*|lynch\w*|jihadistes?|djihadistes?|terroristes?|rebelles?|soldats?|policiers?";

/// Does the sentence tell a death as accidental (drowned, crushed, a fall,
/// electrocuted, run over, poisoned by tainted alcohol, a gas leak or
/// carbon monoxide), with no weapon or assault named?
fn accidental_death(sentence: &str) -> bool {
    static ACCIDENTAL: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?-u:\b)(?:noy(?:e|ee|es|ees|ade|ades)|ecrasee?s? (?:par|sous)|chutes?|tombee?s? (?:d'|de|du|des|dans|sur)|electrocut(?:e|ee|es|ees|ion)|(?:happ|percut|fauch|renvers)ee?s? par|asphyxie(?:e|es|ees)?|foudroyee?s?|devisse|pietinee?s?|bousculades?|mouvements? de (?:foule|panique)|accidents?|intoxique\w*|intoxications?|empoisonnements? alimentaires?|frelate\w*|methanol|monoxyde de carbone|fuites? (?:de gaz|d'ammoniac|de chlore|toxiques?)|nuages? toxiques?|gaz toxiques?)(?-u:\b)").unwrap()
    });
    // (Also mortars, grenades, soldiers and what beats: "abattu", "battu",
    // "coups", "passé à tabac"; [`hazard_death`] leaves these out: "un
    // arbre s'est abattu", "coups de vent", soldiers sent after a storm.)
    static VIOLENT: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(&format!(
            r"(?-u:\b)(?:{ARMED}|mortiers?|grenades?|abattue?s?|battue?s?|coups|tabac|militaires?)(?-u:\b)"
        ))
        .unwrap()
    });
    let f = crate::document::fold(sentence);
    ACCIDENTAL.is_match(&f) && !VIOLENT.is_match(&f)
}

/// Protesters are the victims or the target of the verb `t`: named just
/// before it ("trois manifestants ont été tués", "un manifestant, âgé de 19
/// ans, a été blessé") or as its object ("a tiré sur les manifestants",
/// "ont tué deux protestataires"), in its sentence.
fn against_protesters(doc: &Document, t: &Trigger, protest_news: bool) -> bool {
    static BEFORE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(
            r"(?-u:\b)(?:manifestants?|manifestantes?|protestataires?)(?-u:\b)[^.;:]{0,40}$",
        )
        .unwrap()
    });
    static AFTER: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"^\s*(?:sur\s+)?(?:\S+\s+){0,3}(?:manifestants|manifestantes|protestataires|la foule des manifestants)(?-u:\b)")
            .unwrap()
    });
    let sent = &doc.sentences[t.sentence];
    let fold = |a: usize, b: usize| crate::document::fold(&doc.text[a..b]);
    let from = doc
        .text
        .floor_char_boundary(t.start.saturating_sub(80).max(sent.start));
    let to = doc.text.floor_char_boundary((t.end + 50).min(sent.end));
    let (before, after) = (fold(from, t.start), fold(t.end, to));
    BEFORE.is_match(&before)
        || AFTER.is_match(&after)
        || police_on_a_crowd(protest_news, &before, || {
            // (Past the weapon and the day: "a tiré à balles réelles jeudi 7
            // novembre sur des milliers de partisans".)
            let far = doc.text.floor_char_boundary((t.end + 90).min(sent.end));
            fold(t.end, far)
        })
}

/// Did the police or the army fire on a crowd ("La police a tiré à balles
/// réelles jeudi sur des milliers de partisans de l'opposant", "des agents
/// ont tiré sur la foule")? A crowd only in the news of a protest:
/// elsewhere it may be a market's, the shooting a shooting. `before` is the
/// folded text before the trigger, `after` folds the text after it (only
/// where the forces stand before). (Words, no regex: a regex more is some
/// 200 KB of a batch's peak.)
fn police_on_a_crowd(protest_news: bool, before: &str, after: impl FnOnce() -> String) -> bool {
    const FORCES: &[&str] = &[
        "police",
        "policiers",
        "forces de l'ordre",
        "forces de securite",
        "gendarmes",
        "gendarmerie",
        "agents",
        "militaires",
        "soldats",
        "armee",
        "anti-emeutes",
        "antiemeutes",
    ];
    // (Who march or strike, anywhere; a crowd, in the news of a protest.)
    const MARCHERS: &[&str] = &[
        "des partisans",
        "les partisans",
        "des milliers de partisans",
        "des centaines de partisans",
        "des marcheurs",
        "les marcheurs",
        "des grevistes",
        "les grevistes",
    ];
    const CROWD: &[&str] = &[
        "la foule",
        "une foule",
        "des milliers",
        "des centaines",
        "des dizaines",
        "des etudiants",
        "les etudiants",
        "des fideles",
        "les fideles",
    ];
    // (The forces in the clause before the verb: not past a comma.)
    let clause = before.rsplit([',', ';']).next().unwrap_or(before);
    if !FORCES.iter().any(|w| has_phrase(clause, w)) {
        return false;
    }
    let after = after();
    after.match_indices("sur ").any(|(k, _)| {
        (k == 0 || after[..k].ends_with(' '))
            && (MARCHERS.iter().any(|c| after[k + 4..].starts_with(c))
                || protest_news && CROWD.iter().any(|c| after[k + 4..].starts_with(c)))
    })
}

/// Is the trigger in the headline or the first two sentences: the news
/// the document is about?
fn opens_the_news(doc: &Document, t: &Trigger) -> bool {
    t.sentence <= 1
        || doc.paragraphs[doc.sentences[t.sentence].paragraph].kind
            == crate::model::ParagraphKind::Headline
}

/// Does the sentence tie what it tells to a protest (protesters, a march,
/// a rally), with no armed group nor weapon of war named?
fn of_the_protest(sentence: &str) -> bool {
    static PROTEST: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?-u:\b)(?:manifestations?|manifestants?|manifestantes?|protestataires?|rassemblements?|cortege|marches?|contestation|protestations?|sit-in|mobilisation|emeutes?|emeutiers?|greves?|grevistes?)(?-u:\b)").unwrap()
    });
    static WAR: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?-u:\b)(?:jihadistes?|djihadistes?|terroristes?|rebelles?|assaillants?|bandits?|gangs?|miliciens?|milices?|hommes armes|kamikazes?|bombes?|frappes?|obus|roquettes?|missiles?|drones?|bombardements?|attentats?|explosions?)(?-u:\b)").unwrap()
    });
    let f = crate::document::fold(sentence);
    PROTEST.is_match(&f) && !WAR.is_match(&f)
}

/// Does the sentence tie what it tells to a prison's unrest, told as its
/// circumstance ("lors d'une tentative d'évasion", "au cours de la
/// mutinerie", "pendant une révolte de détenus": see
/// [`circumstance_before`])?
fn in_prison_unrest(sentence: &str) -> bool {
    // (Not a named prisoner's escape, freed by a commando: "lors de
    // l'évasion spectaculaire de l'ex-chef de la junte" is an attack.)
    const UNREST: &[&str] = &[
        "tentative d'evasion",
        "evasion massive",
        "evasion collective",
        "evasion de detenus",
        "evasion de prisonniers",
        "mutinerie",
        "revolte de detenus",
    ];
    let f = crate::document::fold(sentence);
    UNREST.iter().any(|u| {
        f.match_indices(u)
            .any(|(i, _)| circumstance_before(&f[..i], &["lors", "pendant", "durant", "cours"]))
    })
}

/// A death the sentence blames on the weather or the ground (a storm's
/// wind, a falling tree, an avalanche, a flood, a landslide, lightning,
/// a heat or cold wave)
/// or on snakebites (a season's public-health toll), with no weapon or
/// assault.
fn hazard_death(sentence: &str) -> bool {
    static HAZARD: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?-u:\b)(?:temp[eê]tes?|ouragans?|cyclones?|typhons?|rafales?|(?:par|du) (?:le )?vent|arbres?|branches?|tuiles|avalanches?|coulees? de (?:boue|neige)|crues?|inondations?|pluies? (?:torrentielles|diluviennes|de mousson|abondantes|intenses|battantes)|(?:fortes|violentes|grosses|abondantes) pluies|mousson|glissements? de terrain|eboulements?|foudre|foudroye\w*|(?:par|d'un|un) eclairs?|seismes?|tremblements? de terre|intemperies|orages?|tornades?|tsunamis?|eruptions?|morsures? de (?:serpents?|viperes?|cobras?)|envenimations?|canicules?|vagues? de (?:chaleur|froid)|coups? de chaleur|grands? froids?|(?:le|du|de|au|par le) froid|(?:la|fortes|grosses) chaleurs?|hypothermie)(?-u:\b)").unwrap()
    });
    static VIOLENT: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(&format!(r"(?-u:\b)(?:{})(?-u:\b)", hazard_armed())).unwrap()
    });
    let f = crate::document::fold(sentence);
    HAZARD.is_match(&f) && !VIOLENT.is_match(&f)
}

/// [`ARMED`] beside a hazard: a strike is an air strike's, not what
/// lightning or a storm does ("frappé par la foudre", "le cyclone a frappé
/// la côte"); "meurtrier" is deadly ("l'orage le plus meurtrier"), only a
/// murder is violence.
fn hazard_armed() -> String {
    ARMED
        .replace(
            "frappes?|",
            "frappes? (?:aeriennes?|de drones?|de missiles?|de roquettes?)|",
        )
        .replace("meurtr\\w*|", "meurtres?|")
}

/// "au pouvoir depuis", "en poste depuis": the start of someone's office
/// or of a rule, not of a toll's span.
static STATE_SINCE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\b(?:au\s+pouvoir|en\s+poste|en\s+fonctions?|en\s+vigueur|[àa]\s+sa\s+t[êe]te|[àa]\s+leur\s+t[êe]te)\s+depuis\s+(?:(?:le|la|l['’]|début|fin|mi-?)\s*)*$").unwrap()
});

/// The date after "depuis" or a verb of starting in the sentence `ss..se`
/// (characters) nearest to `at`: "depuis 2015", "Depuis octobre 2023",
/// "déclenché en 2009". A day ("depuis samedi") is no span's start for a cumulative toll
/// told so; a year or month is.
fn since_date<'d>(
    doc: &Document,
    dates: &'d [DateMention],
    ss: usize,
    se: usize,
    at: usize,
) -> Option<&'d DateMention> {
    starting_in(dates, |d| d.start, ss, se)
        .iter()
        .filter(|d| {
            d.end <= se
                && span_start(doc, d)
                && !superlative_since(doc, doc.byte_offset(d.start))
                // "arrêtées depuis le début du mouvement, déclenché par la
                // victoire du Frelimo, au pouvoir depuis 1975": the toll's
                // own "depuis" comes first; a later one is another clause's.
                && (d.start <= at || {
                    let (a, b) = (doc.byte_offset(at), doc.byte_offset(d.start));
                    let between = crate::document::fold(&doc.text[a..b]);
                    // (Nor that of a share of the toll, inside its clause:
                    // "plus de 2 400 personnes ont été tuées, dont la
                    // majorité depuis la fin septembre"; not "Au moins 37
                    // personnes, dont 21 enfants, seraient mortes … depuis
                    // juillet".)
                    between.matches("depuis").count() < 2
                        && between
                            .rfind(", dont ")
                            .is_none_or(|i| between[i + 7..].contains(','))
                })
        })
        .min_by_key(|d| d.start.abs_diff(at))
        .or_else(|| since_told_before(doc, dates, ss, se))
}

/// A calendar date that starts a span: after "depuis" or a verb of
/// starting ("déclenché en 2009"), a year, a month or a day told by its
/// number; not the start of someone's office ("au pouvoir depuis 1975").
fn span_start(doc: &Document, d: &DateMention) -> bool {
    static SINCE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)(?:\bdepuis\s+|\b(?:d[ée]clench|lanc|commenc|d[ée]but|[ée]clat|entam|n)[ée]e?s?\s+en\s+)(?:(?:le|la|l['’]|début|fin|mi-?)\s*)*$").unwrap()
    });
    is_calendar(d)
        && d.value.as_deref().is_some_and(|v| {
            v.len() == 4
                || v.len() == 7
                || v.len() == 10 && d.text.contains(|c: char| c.is_ascii_digit())
        })
        && {
            let b = doc.byte_offset(d.start);
            let from = doc.text.floor_char_boundary(b.saturating_sub(32));
            (SINCE.is_match(&doc.text[from..b]) || since_start_of_war(doc, b))
                && !STATE_SINCE.is_match(&doc.text[from..b])
        }
}

/// Folded nouns of a campaign a span of tolls may start from: "depuis le
/// début de l'offensive", "de la contestation", "de l'épidémie".
const CAMPAIGNS: &[&str] = &[
    "offensive",
    "hostilites",
    "affrontements",
    "combats",
    "guerre",
    "conflit",
    "violences",
    "bombardements",
    "operation",
    "campagne",
    "crise",
    "insurrection",
    "rebellion",
    "invasion",
    "manifestations",
    "contestation",
    "mouvement",
    "repression",
    "epidemie",
];

/// "Depuis le début de cette offensive, plus de 1 000 civils ont été tués"
/// (the sentence `ss..se`, characters): a span told by the start of a
/// campaign the text dated before ("Le régime a intensifié ses
/// bombardements depuis fin avril"; "Depuis le 8 octobre, … Au moins 93
/// personnes ont été tuées depuis le début des hostilités"): the last
/// span's start told in the sentence's paragraph or the two before it.
fn since_told_before<'d>(
    doc: &Document,
    dates: &'d [DateMention],
    ss: usize,
    se: usize,
) -> Option<&'d DateMention> {
    let (bs, be) = (doc.byte_offset(ss), doc.byte_offset(se));
    let text = doc.text.get(bs..be)?;
    // "… a lancé fin octobre une offensive. Depuis, au moins 378 civils
    // ont été tués": the last date of the sentence before, in its
    // paragraph.
    if crate::extract::casualties::after_since_then(text).is_some() {
        let s = doc.sentence_at(bs)?;
        let prev = doc.sentences.get(s.index.checked_sub(1)?)?;
        if prev.paragraph != s.paragraph {
            return None;
        }
        let (ps, pe) = (doc.char_offset(prev.start), doc.char_offset(prev.end));
        return starting_in(dates, |d| d.start, ps, pe)
            .iter()
            .filter(|d| d.end <= pe && is_calendar(d) && !is_bare_time(d))
            .max_by_key(|d| d.start);
    }
    if !text.contains("epuis le d") {
        return None;
    }
    let folded = crate::document::fold(text);
    let k = folded.find("depuis le debut d")?;
    let named = folded[k + 17..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| CAMPAIGNS.contains(&w));
    // (Nor where the sentence dates the start itself: "depuis le début
    // de l'invasion russe, le 24 février 2022".)
    if !named
        || starting_in(dates, |d| d.start, ss, se)
            .iter()
            .any(|d| d.end <= se && is_calendar(d))
    {
        return None;
    }
    let para = doc.sentence_at(bs)?.paragraph;
    let from = doc.char_offset(doc.paragraphs[para.saturating_sub(2)].start);
    dates
        .iter()
        .filter(|d| {
            d.start >= from
                && d.end <= ss
                && span_start(doc, d)
                && !superlative_since(doc, doc.byte_offset(d.start))
        })
        .max_by_key(|d| d.start)
}

/// A disease named in the sentence of a toll that no event word types
/// ("Au moins treize enfants sont morts de la rougeole"), or in the
/// headline of its dispatch ("la rougeole tue au moins 13 enfants" over
/// "Deux fillettes ont encore succombé jeudi"): the toll is an
/// epidemic's, a disaster, not a killing. (Not where the same text tells
/// of violence: "deux vaccinatrices de la campagne contre la poliomyélite
/// ont été abattues".)
fn of_a_disease(doc: &Document, s: &Sentence) -> bool {
    tells_a_disease(&doc.text[s.start..s.end])
        || doc
            .paragraphs
            .iter()
            .take_while(|p| p.kind == crate::model::ParagraphKind::Headline)
            .any(|p| tells_a_disease(&doc.text[p.start..p.end]))
}

/// Does `text` name a disease, and no violence ([`VIOLENCE`])?
fn tells_a_disease(text: &str) -> bool {
    names_a_disease(text) && !VIOLENCE.is_match(&crate::document::fold(text))
}

/// "depuis le début de la guerre au Soudan, en avril 2023", "depuis le
/// début de la contestation, le 21 octobre": the date at byte `b` tells
/// when the campaign a span starts from began.
fn since_start_of_war(doc: &Document, b: usize) -> bool {
    let from = doc.text.floor_char_boundary(b.saturating_sub(80));
    // (Folded only where a "depuis" may stand.)
    if !doc.text[from..b].contains("epuis") {
        return false;
    }
    let before = crate::document::fold(&doc.text[from..b]);
    let Some(at) = before.rfind("depuis le debut d") else {
        return false;
    };
    let rest = &before[at..];
    // ("depuis le début de l'invasion russe le 24 février 2022": a day
    // right after the campaign, its article in the date or before it.)
    let day_after_campaign = || {
        let next = doc.text[b..].get(..3).unwrap_or("");
        rest.strip_suffix(" le ").or_else(|| {
            rest.strip_suffix(' ')
                .filter(|_| next.eq_ignore_ascii_case("le "))
        })
    };
    let apposed = rest
        .strip_suffix(", en ")
        .or_else(|| rest.strip_suffix(" en "))
        .or_else(|| rest.strip_suffix(", "))
        .or_else(day_after_campaign);
    apposed.is_some_and(|r| !r.contains(['.', ';', ',', '(']))
        && CAMPAIGNS.iter().any(|w| rest.contains(w))
}

/// Words that may stand between a figure's verb and the day it is told on:
/// the manner of a wounding, or a part of the figure ("Quatorze personnes
/// ont été blessées, dont deux grièvement, mercredi").
const BEFORE_VERB_DAY: &[&str] = &[
    // "et neuf autres jeudi matin"
    "autre",
    "autres",
    "par",
    "balle",
    "balles",
    "grievement",
    "legerement",
    "mortellement",
    "serieusement",
];

/// Words of a figure that tell a state, not an event: "toujours
/// hospitalisés", "dans un état critique", "ont passé la nuit dehors".
const STATE_WORDS: &[&str] = &[
    "toujours",
    "encore",
    "aujourd",
    "un etat ",
    "leur etat ",
    "son etat ",
    "etat critique",
    "etat grave",
    "etat de sante",
    "la nuit",
    " rest",
    "passe a",
    "porte a",
];

/// Words of a count since a day that is no count of what happened from
/// that day: care given to the wounded ("MSF a pris en charge 27 blessés
/// depuis dimanche": patients received since, not people hurt that day),
/// and "désormais" ("On compte désormais 290 morts depuis mercredi": a
/// toll standing since then).
const CARE_WORDS: &[&str] = &[
    "soign",
    "en charge",
    "accueilli",
    "recu",
    "traite",
    "admis",
    "desormais",
];

/// The day a figure's own verb is told on, right after it or inside the
/// figure's clause: "Un policier aurait été tué samedi soir", "Neuf
/// personnes ont été arrêtées jeudi matin", "Dix-huit suspects ont été
/// placés mardi sous mandat d'arrêt". Not a death from earlier wounds ("a
/// succombé lundi à ses blessures": the day of the wounds' event is the
/// toll's) nor bodies found ("Les corps … ont été retrouvés lundi"). A
/// count kept since a day is dated from it ("porté disparu depuis samedi",
/// "113 policiers blessés depuis jeudi"), unless [`CARE_WORDS`] tell it.
fn verb_day<'d>(
    doc: &Document,
    dates: &'d [DateMention],
    c: &CasualtyFigure,
) -> Option<&'d DateMention> {
    let first_word_end = c.start + c.text.chars().take_while(|ch| ch.is_alphanumeric()).count();
    let d = starting_in(dates, |d| d.start, first_word_end + 1, c.end + 40)
        .first()
        // (Not a day told by reference to another: "ce jour-là".)
        .filter(|d| is_day(d) && !d.text.contains("jour-l") && !d.text.contains("même jour"))?;
    let db = doc.byte_offset(d.start);
    // "porté disparu depuis samedi", "113 policiers blessés depuis jeudi":
    // a count kept since a day dates from it, the missing and states too.
    let since =
        crate::document::fold(&doc.text[doc.text.floor_char_boundary(db.saturating_sub(8))..db])
            .trim_end()
            .ends_with("depuis");
    if d.start > c.end {
        let gap = crate::document::fold(&doc.text[doc.byte_offset(c.end)..db]);
        let mut after_dont = false;
        // (A count since a day may have a place between: "porté disparu au
        // large de Luganville depuis lundi".)
        let place_between = since
            && !gap.contains([',', ';', ':', '(', ')', '«', '»'])
            && gap.split_whitespace().count() <= 6;
        let fits = place_between
            || gap
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| {
                    let ok = after_dont
                        || w == "dont"
                        || BEFORE_VERB_DAY.contains(&w)
                        || since && matches!(w, "depuis" | "toujours" | "encore");
                    after_dont = w == "dont";
                    ok
                });
        if !fits {
            return None;
        }
    }
    // (The missing are a state at a day, not an event of it: "Deux pêcheurs
    // partis en mer mardi sont toujours portés disparus".)
    if c.category == CasualtyCategory::Missing && !since {
        return None;
    }
    let told = crate::document::fold(&c.text);
    // (The clause before the figure too: "Le chiffre était passé à six
    // mardi soir".)
    let b = doc.byte_offset(c.start);
    let sentence_start = doc.sentence_at(b).map_or(b, |s| s.start);
    let from = doc
        .text
        .floor_char_boundary(b.saturating_sub(60))
        .max(sentence_start);
    let before = crate::document::fold(&doc.text[from..b]);
    let told = format!("{before} {told}");
    // (Not the day care began: "MSF a pris en charge 27 blessés par balle
    // depuis dimanche" after Saturday's attack.)
    let states: &[&str] = if since { CARE_WORDS } else { STATE_WORDS };
    // ("Elles font état d'un policier tué lundi soir": a report's words, no
    // state, where the figure's own participle tells the day; not "il a
    // été fait état de 273 morts lundi soir", the report's day.)
    let participle = crate::document::fold(&c.text)
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| OWN_PARTICIPLES.iter().any(|p| w.starts_with(p)));
    let told = if participle {
        REPORT_WORDS.iter().fold(told, |t, w| t.replace(w, " "))
    } else {
        told
    };
    // (A report's words date the report: "il a été fait état de 273 morts
    // lundi soir", unless the figure's own participle was read above or
    // it counts since a day, "a fait état de 27 manifestants hospitalisés
    // depuis jeudi".)
    let report = !since && REPORT_WORDS.iter().any(|w| told.contains(w));
    if report
        || ["succomb", "suites de", "retrouv", "decouv", "corps"]
            .iter()
            .chain(states)
            .any(|w| told.contains(w))
        || !since && told.contains("depuis")
        || c.category == CasualtyCategory::Kidnapped && hostages_freed_or_held(&told)
    {
        return None;
    }
    // (A state at a day is no event of it: "Six d'entre eux étaient
    // toujours hospitalisés lundi", "Le chiffre était passé à six mardi
    // soir"; the conditional tells an event, "aurait été tué samedi".)
    // (Not a participle or a noun in "-ait": "ont fait dix morts mardi
    // dernier" tells an event of Tuesday.)
    let imperfect = told.split(|ch: char| !ch.is_alphanumeric()).any(|w| {
        (w.ends_with("ait") || w.ends_with("aient"))
            && !matches!(
                w,
                "aurait"
                    | "auraient"
                    | "avait"
                    | "avaient"
                    | "fait"
                    | "refait"
                    | "parfait"
                    | "forfait"
                    | "bienfait"
                    | "mefait"
                    | "extrait"
                    | "trait"
                    | "portrait"
                    | "attrait"
                    | "souhait"
            )
    });
    if imperfect && !since {
        return None;
    }
    let end = doc.byte_offset(d.end);
    let next = doc.text.ceil_char_boundary(end + 40);
    let after = crate::document::fold(&doc.text[end..next.min(doc.text.len())]);
    (!after.contains("blessure")).then_some(d)
}

/// A report's words before a figure (folded): they date the report, not
/// the figure, unless its own participle tells its day (see [`verb_day`]).
const REPORT_WORDS: &[&str] = &["fait etat", "font etat", "faisait etat", "faisaient etat"];

/// Folded stems of the participles that end a figure told with its own
/// verb ("un policier tué", "trois manifestants blessés", "deux otages
/// enlevés"): the day after them is theirs (see [`verb_day`]). Not "morts",
/// a noun as often as a participle.
const OWN_PARTICIPLES: &[&str] = &[
    "tue",
    "bless",
    "abattu",
    "enlev",
    "arrete",
    "interpell",
    "kidnapp",
    "assassin",
    "execut",
    "poignard",
];

/// Is a kidnapped figure's clause (folded) one of hostages freed, escaped
/// or still held ("Dix-sept d'entre eux ont été relâchés vendredi",
/// "Quinze élèves ont réussi à s'échapper jeudi")? Its day is the
/// freeing's, not the kidnapping's, whose toll they stay (the figures
/// themselves are read by `casualties::freed_or_held`).
fn hostages_freed_or_held(told: &str) -> bool {
    [
        "liber",
        "relach",
        "echapp",
        "toujours retenu",
        "encore retenu",
        "toujours detenu",
        "encore detenu",
        "aux mains",
        "captivite",
    ]
    .iter()
    .any(|w| told.contains(w))
}

fn is_day(d: &DateMention) -> bool {
    is_calendar(d) && d.value.as_deref().is_some_and(|v| v.len() >= 10)
}

/// Cues before a place that make it background, not where the event happened
/// ("à destination de", "le vol entre Addis-Abeba et Nairobi", "un canot
/// parti de Zouara"), and a
/// place that speaks for its government ("a annoncé vendredi l'Élysée").
static BACKGROUND: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?i)(?-u:\b)(?:combattu|combattre|envoy[ée]e?s?|extradée?s?|transférée?s?|détenue?s?|incarcérée?s?|emprisonnée?s?|jugée?s?|originaires?|natifs?|née?s?|venue?s?|provenance|partis?|(?:embarcation|pirogue|vedette|barque|colonne|patrouille|caravane|expédition|délégation)\s+partie|retour|direction|rapatriée?s?|réfugiée?s?|exilée?s?|ambassadeurs?|ambassade|vers|pour|depuis|immatricul[ée]e?s?|reliant|entre|destination|bas[ée]e?s?|si[èe]ge|fronti[èe]res?|(?:(?:comparables?|semblables?|similaires?|identiques?|analogues?)\s+[àa]|apr[èe]s|avant|comme)\s+(?:celui|celle|ceux|celles))\s+(?:\S+\s+){0,2}(?:[ld]['’])?$|(?-u:\b)(?:annonc|indiqu|déclar|affirm|précis|confirm)é\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+(?:(?:soir|matin)\s+)?)?(?:l['’]|le\s+|la\s+)$",
    )
    .unwrap()
});

fn is_background(doc: &Document, p: &PlaceMention, sentence: &Sentence) -> bool {
    // The 40 characters of the sentence before the place.
    let sb = doc.char_offset(sentence.start);
    let from = p.start.saturating_sub(40).max(sb);
    let before: String = doc.text[sentence.start..]
        .chars()
        .skip(from - sb)
        .take(p.start - from)
        .collect();
    BACKGROUND.is_match(&before)
}

/// How precise a place is, for an event: a town or a named spot, then a
/// region, then a sea (no country) or a country, the nearer to the event's
/// word. "En mer Égée, … au large de l'île de Lesbos" happened off Lesbos;
/// "un naufrage au large de la Libye" under "Méditerranée :" off Libya;
/// "en tentant de traverser la Méditerranée" is more than the "Italie"
/// they were heading to.
fn place_rank(p: &PlaceMention) -> u8 {
    // Water of no one country: a sea the gazetteer knows, or a lake or a
    // river ("le lac Victoria"), where a town or an island on its shore
    // names where better, and a country as well as it ("en Méditerranée,
    // au large de la Libye": the nearer to the event's word).
    if p.country.is_none() {
        let f = crate::document::fold(&p.name);
        if p.lat.is_some() && is_sea(&f) || is_inland_water(&f) {
            return 1;
        }
        // A river or a range across countries ("le Brahmapoutre", "le
        // Mékong", "l'Himalaya"): any place with a country names where
        // better, an earlier one of the paragraph too.
        if p.kind == PlaceKind::Other && p.lat.is_some() {
            return 0;
        }
    }
    // A sea or a strait of one country ("le Bosphore", "le golfe de
    // Suez"): a town on its shore names where better, as a region would.
    if p.kind == PlaceKind::Other && p.lat.is_some() && is_sea(&crate::document::fold(&p.name)) {
        return 3;
    }
    match p.kind {
        PlaceKind::City | PlaceKind::Other => 4,
        PlaceKind::Region => 3,
        PlaceKind::Country => 1,
    }
}

/// A sea, an ocean, a gulf or a strait, by its folded name.
fn is_sea(folded: &str) -> bool {
    [
        "mer ",
        "ocean",
        "golfe",
        "detroit",
        "mediterranee",
        "manche",
        "canal de sicile",
        "canal de mozambique",
        "bosphore",
        "dardanelles",
    ]
    .iter()
    .any(|w| folded.starts_with(w))
}

/// A lake or a river, by its folded name.
fn is_inland_water(folded: &str) -> bool {
    ["lac ", "fleuve ", "riviere "]
        .iter()
        .any(|w| folded.starts_with(w))
}

/// Characters either side of a trigger within which its sentence's actors
/// are its arguments.
const ACTOR_REACH: usize = 250;

/// How many earlier mentions of a paragraph an event may inherit from.
const INHERIT_WINDOW: usize = 16;

/// The items of a slice sorted by `start` whose start lies in `lo..hi`.
fn starting_in<T>(items: &[T], start: impl Fn(&T) -> usize, lo: usize, hi: usize) -> &[T] {
    let a = items.partition_point(|x| start(x) < lo);
    let b = items.partition_point(|x| start(x) < hi);
    &items[a..b.max(a)]
}

/// How much earlier a sentence dates its figure than the event it would
/// join: in an earlier year, or earlier in the same year.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Earlier {
    Year,
    InTheYear,
}

/// Context shared by all events of a document.
struct Context<'a> {
    doc: &'a Document,
    m: &'a Mentions<'a>,
    /// The document's first day (see [`document_date`]): what it tells
    /// later is news of later days.
    doc_date: Option<DateMention>,
    /// The date an event inherits when nothing nearer has one: the
    /// document's first day, or the first that dates no report (see
    /// [`inherited_date`]).
    inherit_date: Option<DateMention>,
    /// The day the document was published (`YYYY-MM-DD`): its dateline's,
    /// else the reference date.
    published: Option<String>,
    /// The document-level place.
    doc_place: Option<PlaceMention>,
    /// Per paragraph, the place of the brief it belongs to, where the
    /// document groups several briefs, each with its own dateline (see
    /// [`brief_places`]).
    brief_place: Vec<Option<PlaceMention>>,
}

impl<'a> Context<'a> {
    fn new(doc: &'a Document, m: &'a Mentions<'a>, reference: Option<&str>) -> Self {
        let doc_date = document_date(doc, m.dates).or_else(|| {
            reference.map(|r| DateMention {
                text: String::new(),
                start: 0,
                end: 0,
                paragraph: 0,
                value: Some(r.to_string()),
                end_value: None,
                kind: DateKind::Absolute,
                earliest: Some(r.to_string()),
                latest: Some(r.to_string()),
            })
        });
        let inherit_date = inherited_date(doc, m.dates).or_else(|| doc_date.clone());
        let doc_place = document_place(doc, m.places);
        let brief_place = brief_places(doc, m.places);
        let published = dateline_day(doc, m.dates)
            .and_then(|d| d.value.as_deref()?.get(..10).map(str::to_string))
            .or_else(|| reference.and_then(|r| r.get(..10)).map(str::to_string));
        Context {
            doc,
            m,
            doc_date,
            inherit_date,
            published,
            doc_place,
            brief_place,
        }
    }

    fn sentence_chars(&self, s: &Sentence) -> (usize, usize) {
        (self.doc.char_offset(s.start), self.doc.char_offset(s.end))
    }

    /// The place a sentence opens on, set off by a comma: "À Hong Kong,
    /// …", "Dans le Guangdong, …", "En Ouganda, …".
    fn framed_place(&self, s: &Sentence) -> Option<&'a PlaceMention> {
        let (ss, se) = self.sentence_chars(s);
        let p = starting_in(self.m.places, |p| p.start, ss, se).first()?;
        let (pb, pe) = (self.doc.byte_offset(p.start), self.doc.byte_offset(p.end));
        let before = crate::document::fold(self.doc.text[s.start..pb].trim());
        (is_place_preposition(&before) && self.doc.text[pe..].starts_with(',')).then_some(p)
    }

    /// The place told right after a toll's words: "Les deux suspects
    /// arrêtés en Allemagne", "trois morts au Niger".
    fn placed_after(&self, c: &CasualtyFigure) -> Option<&'a PlaceMention> {
        let p = starting_in(self.m.places, |p| p.start, c.end, c.end + 16).first()?;
        let gap = crate::document::fold(
            self.doc.text[self.doc.byte_offset(c.end)..self.doc.byte_offset(p.start)].trim(),
        );
        is_place_preposition(&gap).then_some(p)
    }

    /// The event's date: in its sentence (nearest the trigger), else earlier
    /// in its paragraph, else the headline's, else the document's.
    /// The date `d` lies in a relative clause of place that closes, with a
    /// comma, right before the trigger: ", où la gare avait été saccagée
    /// dimanche, dix policiers…". (Not one of the subject: "Le président,
    /// qui s'est rendu sur place mardi, a décrété…" did both that day.)
    /// Does `d` follow the word at `at` with at most two words between and
    /// no punctuation ("et trois autres mardi" after "Deux soldats ont été
    /// tués lundi")? It is that word's own day, however near a date before.
    /// Also a day in an apposition of the figure that tells its harm ("un
    /// adolescent de 16 ans, emporté par les vagues dimanche soir", "un
    /// pêcheur, originaire de Teahupoo, porté disparu depuis samedi").
    fn attached_after(&self, d: &DateMention, at: usize) -> bool {
        if d.start <= at || d.start - at > 120 {
            return false;
        }
        let gap = &self.doc.text[self.doc.byte_offset(at)..self.doc.byte_offset(d.start)];
        if gap.contains(CLAUSE_BREAKS) {
            return false;
        }
        d.start - at <= 40 && !gap.contains(',') && gap.split_whitespace().count() <= 3
            || Self::in_harm_apposition(gap)
    }

    /// The day told in an apposition of the figure `c` that tells its harm
    /// (see [`Context::attached_after`]).
    fn apposition_day(&self, c: &CasualtyFigure) -> Option<&'a DateMention> {
        starting_in(self.m.dates, |d| d.start, c.start, c.end + 120)
            .iter()
            .find(|d| {
                d.start >= c.end && is_own_day(self.doc, d, c.start) && {
                    let gap = &self.doc.text
                        [self.doc.byte_offset(c.start)..self.doc.byte_offset(d.start)];
                    !gap.contains(CLAUSE_BREAKS) && Self::in_harm_apposition(gap)
                }
            })
    }

    /// Does `gap` (from a figure to a day) end in an apposition of the figure
    /// that tells its harm ("…, emporté par les vagues ", "…, porté disparu
    /// depuis ")?
    fn in_harm_apposition(gap: &str) -> bool {
        // (Words, no regex: this runs for each candidate day of a figure.)
        let Some(apposition) = gap.rsplit(',').next().filter(|_| gap.contains(',')) else {
            return false;
        };
        let words: Vec<String> = apposition
            .split_whitespace()
            .map(crate::document::fold)
            .collect();
        let harm = |w: &str| {
            let stem = w.trim_end_matches('s').trim_end_matches('e');
            HARM_PARTICIPLES.contains(&stem)
        };
        match words.as_slice() {
            // "porté disparu depuis samedi", "disparue depuis le".
            [.., p, since] if since == "depuis" && p.starts_with("disparu") => true,
            [.., p, since, art] if since == "depuis" && art == "le" && p.starts_with("disparu") => {
                true
            }
            // "emporté par les vagues dimanche": a participle of harm first,
            // at most six words before the day.
            [first, rest @ ..] => harm(first) && rest.len() <= 6,
            [] => false,
        }
    }

    fn in_relative_before(&self, d: &DateMention, trigger: usize) -> bool {
        if self.in_pluperfect_relative(d, trigger) {
            return true;
        }
        if d.end > trigger {
            return false;
        }
        let text = &self.doc.text;
        let (b, e, t) = (
            self.doc.byte_offset(d.start),
            self.doc.byte_offset(d.end),
            self.doc.byte_offset(trigger),
        );
        if text[e..t].trim() != "," {
            return false;
        }
        let Some(comma) = text[..b].rfind([',', '.', ';', '\n']) else {
            return false;
        };
        let clause = crate::document::fold(text[comma..b].trim_start_matches(',').trim_start());
        text[comma..].starts_with(',') && clause.starts_with("ou ")
    }

    /// Is `d` in a relative clause between commas, in the pluperfect, that
    /// the trigger (at `trigger`) is not in: "deux techniciens, qui avaient
    /// inspecté le réseau en septembre, ont été placés mercredi en
    /// détention"? What the clause tells came before the sentence's event.
    fn in_pluperfect_relative(&self, d: &DateMention, trigger: usize) -> bool {
        let text = &self.doc.text;
        let (b, e, t) = (
            self.doc.byte_offset(d.start),
            self.doc.byte_offset(d.end),
            self.doc.byte_offset(trigger),
        );
        let Some(open) = text[..b].rfind([',', '.', ';', '\n']) else {
            return false;
        };
        let Some(close) = text[e..].find([',', '.', ';', '\n']).map(|k| e + k) else {
            return false;
        };
        if !text[open..].starts_with(',')
            || !text[close..].starts_with(',')
            || (open..=close).contains(&t)
        {
            return false;
        }
        let clause = crate::document::fold(text[open + 1..b].trim_start());
        let mut words = clause
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        matches!(words.next(), Some("qui" | "ou" | "dont"))
            && words
                .take(3)
                .any(|w| matches!(w, "avait" | "avaient" | "etait" | "etaient"))
    }

    /// Does `d` date only the participle before it ([`participle_phrase`]),
    /// not an event or a toll told after it (at `trigger`), in a sentence
    /// (starting at `ss`) that tells another day before the phrase ("Un
    /// kamikaze s'est fait exploser mercredi aux funérailles d'un
    /// responsable assassiné la veille, faisant au moins 15 morts")? Not
    /// where the phrase holds the sentence's only day ("Le bilan de
    /// l'explosion d'un camion-citerne survenue dimanche soir s'est alourdi
    /// à 94 morts", whose participle is the explosion's), nor for an event
    /// told before it, which the participle may complete ("portant à 17
    /// morts le bilan de l'accident d'autocar survenu mardi soir").
    fn dates_a_participle(&self, d: &DateMention, trigger: usize, ss: usize) -> bool {
        let Some(phrase) = participle_phrase(self.doc, d) else {
            return false;
        };
        trigger >= d.end
            && starting_in(self.m.dates, |x| x.start, ss, phrase)
                .iter()
                .any(|x| x.end <= phrase && is_calendar(x) && !is_bare_time(x))
    }

    fn date_for(&self, s: &Sentence, trigger: usize) -> Option<EventDate> {
        let (ss, se) = self.sentence_chars(s);
        // A bare clock time ("19 h 00") only anchors on a day told elsewhere:
        // it does not date the event by itself.
        let candidates = || {
            starting_in(self.m.dates, |d| d.start, ss, se)
                .iter()
                .filter(|d| {
                    d.end <= se
                        && is_calendar(d)
                        && !is_bare_time(d)
                        && !is_state_date(self.doc, d)
                        && !is_update_stamp(self.doc, d)
                        && !dates_a_thing(self.doc, d, trigger)
                        && !dates_a_plan(self.doc, d, trigger)
                        && !dates_a_running_total(self.doc, d, trigger)
                        && !self.dates_a_participle(d, trigger, ss)
                })
        };
        // The day of a report ("ont annoncé le 26 mars les Nations unies")
        // only when the sentence tells no other.
        // "Quatre hommes ont été interpellés lundi …, après une fusillade
        // qui a fait un mort": the main clause's day is not that of the
        // event it follows; only a date after the trigger may be its own,
        // or one that opens the sentence ("Lundi, trois pêcheurs seraient
        // portés disparus après un raid"), else the next sentence's ("Les
        // tirs ont éclaté dans la nuit de samedi à dimanche").
        let follows = self.told_after(trigger);
        let frames = |d: &DateMention| d.start > trigger || d.start <= ss + 1;
        let confirmed = std::cell::Cell::new(false);
        // (A date of a relative clause before the trigger is that clause's
        // when the sentence tells another: "À Eindhoven, où la gare avait
        // été saccagée dimanche, dix policiers ont été blessés lundi soir".)
        let pick = |skip_relative: bool| {
            candidates()
                .filter(|d| {
                    !dates_a_report(self.doc, d, trigger)
                        && (!follows || frames(d))
                        && (!skip_relative || !self.in_relative_before(d, trigger))
                })
                .min_by_key(|d| {
                    if self.attached_after(d, trigger) {
                        0
                    } else {
                        d.start.abs_diff(trigger)
                    }
                })
        };
        let here = pick(true).or_else(|| pick(false)).or_else(|| {
            if follows {
                return self.told_next(s);
            }
            // Only the day of a report here: the next sentence may tell
            // the event's own ("…, ont indiqué dimanche les secouristes.
            // La coulée s'est produite samedi vers 04H00").
            let report = candidates().min_by_key(|d| d.start.abs_diff(trigger))?;
            self.told_next(s)
                .or_else(|| self.before_report(s, trigger, report))
                .or_else(|| {
                    let d = self.confirmed_after(s, trigger, report);
                    confirmed.set(d.is_some());
                    d
                })
                .or_else(|| {
                    // "Son porte-parole a fait état ce matin de 18 civils
                    // tués": a toll the report tells after its day is of
                    // the day the story told before, not of the report's.
                    let d = self.reported_after(s, trigger, report);
                    confirmed.set(d.is_some());
                    d
                })
                .or_else(|| {
                    // "Le 23 mars 2019, … 160 morts, …, un chiffre repris
                    // dans le rapport publié en mai 2019": a report told
                    // after the toll, of a later day than the one its
                    // paragraph told before, dates the report only.
                    let earlier = self.earlier_day(s, true)?;
                    let (e, r) = (earlier.earliest.as_deref()?, report.earliest.as_deref()?);
                    // (A month's report: a day's statement, "a précisé
                    // dimanche le parquet", dates what it tells.)
                    let monthly = report.value.as_deref().is_some_and(|v| v.len() < 10);
                    (monthly && report.start > trigger && e < r).then_some(earlier)
                })
                .or(Some(report))
        });
        // "Le 19 juillet 2017, au moins 19 personnes ont péri … L'accident
        // s'est produit mardi": the day that opens the sentence is the
        // news's; the next tells the event's.
        let here = here.map(|d| self.occurred_before(s, d).unwrap_or(d));
        let here = here.map(|d| self.narrowed(s, d, trigger).unwrap_or(d));
        if let Some(d) = here {
            let mut date = event_day(self.doc, d);
            // "…, vendredi, au lendemain d'une explosion": the day before.
            if day_after(self.doc, d, trigger)
                && let Some(day) = date.value.as_deref().and_then(calendar_day)
            {
                date.value = Some((day - chrono::Duration::days(1)).to_string());
            }
            return Some(EventDate {
                date,
                // (The day the paragraph told before a report is its
                // context, not the sentence's.)
                inherited: confirmed.get(),
            });
        }
        let para = &self.doc.paragraphs[s.paragraph];
        let pstart = self.doc.char_offset(para.start);
        // The day of a report ("…, a confirmé lundi la police") only when
        // the paragraph tells no other.
        let earlier = self.earlier_day(s, true).or_else(|| {
            // "…, qui a touché terre dimanche soir. ¶ Le précédent bilan,
            // diffusé lundi, faisait état de onze morts. La plupart des
            // victimes ont été tuées par l'effondrement de leur maison": a
            // paragraph that told only a report's day goes on with the
            // day the story told before it, if no later than the report's.
            let report = self.earlier_day(s, false)?;
            self.story_day_before(s, report).or(Some(report))
        });
        // "Des hommes armés avaient investi la localité à l'aube, tirant sur
        // les habitants": a sentence in the pluperfect, with no day of its
        // paragraph, goes back to the story's day, not the report's.
        // (Not a day a toll grew: "Le bilan avait été porté à neuf le
        // lendemain.")
        let story = || {
            let inherit = self.inherit_date.as_ref()?;
            if !self.in_pluperfect_sentence(s, trigger) {
                return None;
            }
            self.story_day_where(s, inherit, |d| {
                !self
                    .doc
                    .sentence_at(self.doc.byte_offset(d.start))
                    .is_some_and(|x| is_toll_update(self.doc.sentence_text(x)))
            })
        };
        let inherited = earlier.or_else(story).or(self.inherit_date.as_ref())?;
        let mut date = event_day(self.doc, inherited);
        // A clock time told after that day in the paragraph ("Mardi, … Vers
        // 12 h 30, …") is the time of that day.
        let clock = starting_in(self.m.dates, |d| d.start, pstart, ss)
            .iter()
            .rfind(|d| d.end <= ss && d.start > inherited.start && is_clock_time(d));
        let time = clock.and_then(|d| {
            d.value
                .as_deref()?
                .split_once('T')
                .map(|(_, t)| t.to_string())
        });
        // (Or the morning after, where the dates put it: "mardi soir, vers
        // 22 heures … Vers 6 heures du matin, des unités ont donné
        // l'assaut".)
        let hour = |v: &str| v.split_once('T')?.1.get(..2)?.parse::<u32>().ok();
        let evening = inherited
            .value
            .as_deref()
            .is_some_and(|v| v.ends_with("TEV") || hour(v).is_some_and(|h| h >= 20));
        let next_morning = clock.filter(|_| evening).and_then(|c| {
            let v = c.value.as_deref()?;
            let own = calendar_day(v)?;
            let day = date.value.as_deref().and_then(calendar_day)?;
            (hour(v)? <= 8 && own == day + chrono::Duration::days(1)).then(|| v.to_string())
        });
        if let Some(v) = next_morning {
            date.value = Some(v);
        } else if let (Some(t), Some(day)) = (time, date.value.as_deref().and_then(day_of)) {
            date.value = Some(format!("{day}T{t}"));
        }
        Some(EventDate {
            date,
            inherited: true,
        })
    }

    /// Is the clause of sentence `s` up to `trigger` in the pluperfect
    /// ("avaient investi la localité, incendiant des maisons")? Not one
    /// reported ("a indiqué que 94 personnes avaient été interpellées":
    /// the tense of reported speech).
    fn in_pluperfect_sentence(&self, s: &Sentence, trigger: usize) -> bool {
        let b = self.doc.byte_offset(trigger).clamp(s.start, s.end);
        let b = self.doc.text.ceil_char_boundary((b + 24).min(s.end));
        let clause = &self.doc.text[s.start..b];
        let clause = clause.rsplit(';').next().unwrap_or(clause);
        let words: Vec<&str> = clause.split(|c: char| !c.is_alphanumeric()).collect();
        words
            .iter()
            .position(|w| matches!(*w, "avait" | "avaient"))
            .is_some_and(|i| !words[..i].iter().any(|w| matches!(*w, "que" | "qu")))
    }

    /// The day the paragraph, else the document, told before a report
    /// that tells the event after its own day ("a fait état ce matin de 18
    /// civils tués, ainsi que de trois militaires morts lors des combats"),
    /// if it is no later than the report's.
    fn reported_after(
        &self,
        s: &Sentence,
        trigger: usize,
        report: &'a DateMention,
    ) -> Option<&'a DateMention> {
        if report.end > trigger {
            return None;
        }
        // (Not arrests or abductions, announced on their day: "a annoncé
        // jeudi l'arrestation de deux suspects".)
        let b = self.doc.byte_offset(trigger);
        let word =
            crate::document::fold(&self.doc.text[b..self.doc.text.ceil_char_boundary(b + 24)]);
        let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        let report_day = report.value.as_deref().and_then(day_of)?;
        if [
            "arrest", "arret", "interpel", "captur", "enlev", "kidnapp", "rapt", "otage", "garde",
            "detenu", "ecroue", "deferes", "place",
        ]
        .iter()
        .any(|w| word.split(' ').any(|x| x.starts_with(w)))
        {
            // (Unless the report is of the morning after a night the story
            // told, in this paragraph or the one before: "Dans la nuit de
            // samedi à dimanche, des jeunes ont affronté les forces de
            // l'ordre … Le ministère faisait état dimanche matin de 14
            // interpellations": the night's arrests.)
            return self.night_ending_on(s, report_day);
        }
        // ("Les assaillants ont investi dans la nuit de lundi à mardi …
        // ¶ Le maire avait d'abord fait état mardi d'une trentaine de
        // morts": the story's day, told in a paragraph before.)
        let earlier = self
            .earlier_day(s, true)
            .or_else(|| self.story_day_before(s, report))
            .or_else(|| {
                let doc = self.doc_date.as_ref()?;
                self.m.dates.iter().find(|d| d.start == doc.start)
            })?;
        let day = earlier.value.as_deref().and_then(day_of)?;
        (earlier.start != report.start && day <= report_day).then_some(earlier)
    }

    /// The last day the document's body told before sentence `s` that is
    /// no report's, if it is within the week up to `report`'s day: the
    /// day of the story a later count or report goes on with.
    fn story_day_before(&self, s: &Sentence, report: &DateMention) -> Option<&'a DateMention> {
        self.story_day_where(s, report, |_| true)
    }

    /// [`Self::story_day_before`], among the days `keep` keeps.
    fn story_day_where(
        &self,
        s: &Sentence,
        report: &DateMention,
        keep: impl Fn(&DateMention) -> bool,
    ) -> Option<&'a DateMention> {
        let day = |d: &DateMention| d.value.as_deref().and_then(calendar_day);
        let r = day(report)?;
        self.days_before(s, 0, true)
            .rfind(|d| !in_dateline(self.doc, d) && keep(d))
            .filter(|d| day(d).is_some_and(|a| a <= r && r - a <= chrono::Duration::days(7)))
    }

    /// The last day told before sentence `s`, in its paragraph or the one
    /// before, if it is a night from one day to the next ending on `day`.
    fn night_ending_on(&self, s: &Sentence, day: &str) -> Option<&'a DateMention> {
        let p = self.doc.paragraphs[s.paragraph.saturating_sub(1)].start;
        let last = self
            .days_before(s, self.doc.char_offset(p), true)
            .next_back()?;
        (last.kind == DateKind::Range
            && last.value.as_deref().is_some_and(|v| v.ends_with("TNI"))
            && last.end_value.as_deref() == Some(day))
        .then_some(last)
    }

    /// "La police a indiqué dimanche que quatre partisans avaient été
    /// arrêtés": a pluperfect told on the day of a report happened before
    /// it, on the last day the document told before this sentence that is
    /// earlier than the report's ("Le CF Montréal a gagné samedi soir").
    fn before_report(
        &self,
        s: &Sentence,
        trigger: usize,
        report: &'a DateMention,
    ) -> Option<&'a DateMention> {
        let b = self.doc.byte_offset(trigger);
        let e = self.doc.text.floor_char_boundary(b + 12);
        let verb = crate::document::fold(&self.doc.text[b..e]);
        if !(verb.starts_with("avait ") || verb.starts_with("avaient ")) {
            return None;
        }
        // "… avaient été arrêtés à l'aube": earlier on the report's day.
        let e = self.doc.text.floor_char_boundary(b + 80);
        let after = crate::document::fold(&self.doc.text[b..e]);
        if ["l'aube", "matin", "plus tot", "la journee"]
            .iter()
            .any(|w| after.contains(w))
        {
            return None;
        }
        let report_day = report.value.as_deref().and_then(day_of)?;
        self.days_before(s, 0, true).rfind(|d| {
            d.value
                .as_deref()
                .and_then(day_of)
                .is_some_and(|v| v < report_day)
        })
    }

    /// The day the next sentence gives when it tells, of the event named
    /// with a definite article, when it took place ("L'accident s'est
    /// produit mardi"), if the day `d` that opens this sentence is the week
    /// after it: the opening day was that of the news ("Le 19 juillet
    /// 2017, au moins 19 personnes ont péri…", as Wikinews opens).
    fn occurred_before(&self, s: &Sentence, d: &'a DateMention) -> Option<&'a DateMention> {
        let lead = self.doc.text[s.start..self.doc.byte_offset(d.start).max(s.start)].trim();
        if !(lead.is_empty() || lead.eq_ignore_ascii_case("le")) {
            return None;
        }
        let day = d
            .value
            .as_deref()
            .filter(|v| v.len() == 10)
            .and_then(calendar_day)?;
        let n = self.doc.sentences.get(s.index + 1)?;
        let opening = crate::document::fold(self.doc.sentence_text(n).trim_start());
        if !["l'", "le ", "la ", "les ", "ce ", "cet ", "cette "]
            .iter()
            .any(|a| opening.starts_with(a))
        {
            return None;
        }
        let next = self.told_next(s)?;
        let earlier = next.value.as_deref().and_then(calendar_day)?;
        (1..=7)
            .contains(&(day - earlier).num_days())
            .then_some(next)
    }

    /// The first day told in the next sentences of the story (its
    /// paragraph or the next) that falls within the week or week-end `d`
    /// that this sentence gives the event: the lead's span narrowed
    /// ("ont été tuées le week-end dernier … les assaillants ont fait
    /// irruption dans la nuit de vendredi à samedi"; "la semaine dernière
    /// … L'attaque a eu lieu mardi"). Not a report's day ("a indiqué
    /// dimanche") nor a state's start.
    fn narrowed(&self, s: &Sentence, d: &DateMention, trigger: usize) -> Option<&'a DateMention> {
        let v = d.value.as_deref()?;
        if !(v.len() == 8 && v[4..].starts_with("-W") || v.len() == 11 && v.ends_with("-WE")) {
            return None;
        }
        let (a, b) = (
            calendar_day(d.earliest.as_deref()?)?,
            calendar_day(d.latest.as_deref()?)?,
        );
        let last = self
            .doc
            .sentences
            .iter()
            .skip(s.index + 1)
            .take(3)
            .take_while(|n| n.paragraph <= s.paragraph + 1)
            .last()?;
        let (_, end) = self.sentence_chars(last);
        starting_in(self.m.dates, |x| x.start, d.end, end)
            .iter()
            .filter(|x| is_own_day(self.doc, x, trigger))
            .find(|x| {
                let lo = x.earliest.as_deref().and_then(calendar_day);
                let hi = x.latest.as_deref().and_then(calendar_day);
                matches!((lo, hi), (Some(lo), Some(hi)) if lo <= b && hi >= a)
            })
    }

    /// The last day its paragraph told before sentence `s` (see
    /// [`Self::days_before`]).
    fn earlier_day(&self, s: &Sentence, skip_reports: bool) -> Option<&'a DateMention> {
        let pstart = self.doc.char_offset(self.doc.paragraphs[s.paragraph].start);
        self.days_before(s, pstart, skip_reports).next_back()
    }

    /// The days told from `from` (a char offset) up to sentence `s`, in
    /// text order: not a bare clock time (resolved on the reference day),
    /// nor the start of a state, nor, with `skip_reports`, a report's day.
    fn days_before(
        &self,
        s: &Sentence,
        from: usize,
        skip_reports: bool,
    ) -> impl DoubleEndedIterator<Item = &'a DateMention> {
        let (ss, _) = self.sentence_chars(s);
        let doc = self.doc;
        starting_in(self.m.dates, |d| d.start, from, ss)
            .iter()
            .filter(move |d| {
                // A state's day, a death from wounds', a report's: no day
                // of the story.
                let aside = || {
                    is_state_date(doc, d)
                        || dates_a_death_of_wounds(doc, d)
                        || skip_reports && dates_a_report(doc, d, usize::MAX)
                };
                d.end <= ss && is_day(d) && !is_bare_time(d) && !aside()
            })
    }

    /// "Des hommes armés ont attaqué lundi soir … La police a confirmé
    /// mardi l'enlèvement de quatorze personnes": an event noun that is the
    /// object of a report dated after the paragraph told the day of the
    /// acts took place on that earlier day, not on the report's.
    fn confirmed_after(
        &self,
        s: &Sentence,
        trigger: usize,
        report: &'a DateMention,
    ) -> Option<&'a DateMention> {
        let report_day = report.value.as_deref().and_then(day_of)?;
        let earlier = |d: &&DateMention| {
            d.value
                .as_deref()
                .and_then(day_of)
                .is_some_and(|v| v < report_day)
        };
        if trigger < report.end {
            // "Vingt et une personnes ont été interpellées, a précisé
            // dimanche le parquet" after "Des heurts ont éclaté samedi":
            // the acts told before a later report took place on the last
            // day the story told, within the week before it. (Not a
            // charge or a sentence, which is the report's news: "L'homme a
            // été inculpé, a annoncé aujourd'hui le parquet".)
            let b = self.doc.byte_offset(trigger);
            let e = self.doc.text.floor_char_boundary(b + 30);
            let act = crate::document::fold(&self.doc.text[b..e]);
            if [
                "inculp", "examen", "condamn", "ecroue", "juge", "accus", "pours",
            ]
            .iter()
            .any(|w| act.contains(w))
            {
                return None;
            }
            let week = calendar_day(report_day)? - chrono::Days::new(7);
            return self.days_before(s, 0, true).next_back().filter(|d| {
                earlier(d)
                    && d.value
                        .as_deref()
                        .and_then(day_of)
                        .and_then(calendar_day)
                        .is_some_and(|v| v >= week)
            });
        }
        self.earlier_day(s, true).filter(earlier)
    }

    /// Is the trigger at `at` (characters) the object of "après" ("après
    /// une fusillade", "après l'attaque"): an event the main clause follows?
    fn told_after(&self, at: usize) -> bool {
        static AFTER: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?i)\bapr[èe]s\s+(?:une?|le|la|l['’]|les|des|ces|cette|cet)\s*$")
                .unwrap()
        });
        let b = self.doc.byte_offset(at);
        let from = self.doc.text.floor_char_boundary(b.saturating_sub(20));
        AFTER.is_match(&self.doc.text[from..b])
    }

    /// The day the sentence after `s` gives the event when it tells when
    /// it took place ("s'est produite samedi", "lancées à l'aube du lundi 3
    /// février"), in the paragraph or opening the next one.
    fn told_next(&self, s: &Sentence) -> Option<&'a DateMention> {
        let n = self.doc.sentences.get(s.index + 1)?;
        let f = crate::document::fold(self.doc.sentence_text(n));
        // Or an operation launched or led then ("les descentes, lancées
        // lundi").
        const LAUNCHED: &[&str] = &["lancee", "lances", "menee", "menees", "menes"];
        // Or a fire or a fight that broke out then ("Le feu s'est déclaré
        // lundi vers 21 h 00").
        const BROKE_OUT: &[&str] = &["s'est declare", "s'est declenche", "a eclate", "ont eclate"];
        // Or a storm that made landfall then ("Le cyclone a touché terre
        // dans la nuit de samedi à dimanche").
        const LANDED: &[&str] = &["a touche terre", "avait touche terre"];
        // Or, after a sentence of a protest, a crowd that gathered or
        // marched then ("Quatre personnes ont été tuées lors de la
        // dispersion d'une manifestation, a reconnu mardi le parquet.
        // Plusieurs milliers de personnes s'étaient rassemblées dimanche").
        const GATHERED: &[&str] = &[
            "s'etaient rassemble",
            "se sont rassemble",
            "s'est rassemble",
            "ont manifeste",
            "avaient manifeste",
            "ont defile",
            "avaient defile",
            "descendus dans la rue",
            "descendues dans la rue",
        ];
        // Or what the cause of a disaster brought about then ("Les pluies
        // torrentielles ont provoqué dans la nuit de samedi à dimanche
        // plusieurs torrents de boue").
        const CAUSED: &[&str] = &["a provoque", "ont provoque", "a declenche", "ont declenche"];
        let protest = || of_the_protest(self.doc.sentence_text(s));
        // Or what the attackers did then, the next sentence opening on
        // them ("Les assaillants ont investi dans la nuit de lundi à mardi
        // les localités de Furcy et de Belot"); not what was done to them
        // ("Les assaillants ont été arrêtés jeudi").
        const ASSAILANTS: &[&str] = &[
            "les assaillants ",
            "l'assaillant ",
            "les attaquants ",
            "les agresseurs ",
            "l'agresseur ",
            "les hommes armes ",
            "les ravisseurs ",
            "les tireurs ",
            "le tireur ",
            "les kamikazes ",
            "le kamikaze ",
            "les jihadistes ",
            "les djihadistes ",
            "les terroristes ",
        ];
        let attackers = || {
            ASSAILANTS.iter().any(|w| f.starts_with(w))
                && !f.contains(" ete ")
                && !f.contains(" etaient ")
        };
        // Or what the event did first ("le barrage a cédé dans la nuit",
        // "la partie centrale s'est effondrée mercredi": see [`BEGAN`]).
        let told = OCCURRED
            .iter()
            .chain(LAUNCHED)
            .chain(BROKE_OUT)
            .chain(LANDED)
            .chain(CAUSED)
            .any(|w| f.contains(w))
            || GATHERED.iter().any(|w| f.contains(w)) && protest()
            || attackers()
            // (Not a start, "ont commencé mercredi": floods last days.)
            || BEGAN_FORMS.iter().any(|w| {
                !w.contains("commence") && !w.contains("debute") && f.contains(w.as_str())
            });
        if !told {
            return None;
        }
        let (ns, ne) = self.sentence_chars(n);
        starting_in(self.m.dates, |d| d.start, ns, ne)
            .iter()
            .find(|d| {
                d.end <= ne
                    && is_day(d)
                    && !is_state_date(self.doc, d)
                    && !dates_a_report(self.doc, d, usize::MAX)
            })
    }

    /// Did sentence `s` inherit date `d` from the document (its first day,
    /// or the one its events inherit), not from its paragraph?
    fn told_by_document(&self, s: &Sentence, d: &EventDate) -> bool {
        d.inherited
            && (self
                .doc_date
                .as_ref()
                .is_some_and(|x| x.start == d.date.start)
                || self
                    .inherit_date
                    .as_ref()
                    .is_some_and(|x| x.start == d.date.start && x.paragraph != s.paragraph))
    }

    /// The document's first day, where an event of paragraph `paragraph`
    /// inherited `d` from the later day events inherit (see
    /// [`inherited_date`]), not from its own paragraph: the day an act of
    /// speech, or a headline measured against its body, keeps.
    fn first_day_instead(&self, paragraph: usize, d: &EventDate) -> Option<EventDate> {
        let (i, first) = (self.inherit_date.as_ref()?, self.doc_date.as_ref()?);
        (d.inherited
            && i.start != first.start
            && d.date.start == i.start
            && i.paragraph != paragraph)
            .then(|| EventDate {
                date: event_day(self.doc, first),
                inherited: true,
            })
    }

    /// The day a figure's own sentence or paragraph tells (not the
    /// document's), if day-precise and not the start of a state ("depuis
    /// mercredi"): "Dimanche, des milliers de manifestants … 31 blessés".
    fn own_day(&self, s: &Sentence, at: usize) -> Option<String> {
        let d = self.date_for(s, at)?;
        if self.told_by_document(s, &d) {
            return None;
        }
        // The day a count was given ("Lundi, la protection civile faisait
        // encore état de 68 morts") is no day of the deaths.
        if opens_a_count(self.doc, &d.date) {
            return None;
        }
        let v = d.date.value.as_deref()?;
        let day = day_of(v)?;
        let before = &self.doc.text[..self.doc.byte_offset(d.date.start)];
        let since = before
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("depuis"));
        // A day after the document's is a plan, not when a toll was made.
        // (For a sentence that opens on a day named, "Dimanche enfin, deux
        // femmes ont perdu la vie", the day it was published, when known: a
        // story that opens on Thursday tells of Sunday's deaths too.)
        let first_day = || self.doc_date.as_ref()?.value.as_deref()?.get(..10);
        // (Not the day of a report: "Dimanche, les autorités faisaient
        // encore état de 40 morts", "Lundi, le président avait estimé que…".)
        let reports = || {
            let f = crate::document::fold(self.doc.sentence_text(s));
            REPORT_STEMS.iter().any(|w| f.contains(w))
        };
        // (Nor for the day that opens the paragraph, as in a chronology:
        // "- JEUDI 21 JUILLET: le feu atteint Pyrgos. Un pompier meurt …".)
        let later = if !self.opens_on_a_label(s)
            && (v.contains('T') || !self.opens_on_a_day(s) || reports())
        {
            first_day()
        } else {
            self.published.as_deref().or_else(first_day)
        }
        .is_some_and(|doc_day| day > doc_day);
        (!since && !later).then(|| day.to_string())
    }

    /// The day of a figure's own verb ([`verb_day`]) where it dates the
    /// figure's clause and is no later than the day the document was
    /// published ("Un policier aurait été tué samedi soir" in a story of
    /// Friday's protests published on Tuesday).
    fn verb_day(&self, s: &Sentence, c: &CasualtyFigure) -> Option<&'a str> {
        let d = verb_day(self.doc, self.m.dates, c)?;
        let day = d.value.as_deref().and_then(day_of)?;
        let first_day = || self.doc_date.as_ref()?.value.as_deref()?.get(..10);
        // (A figure told in the pluperfect, "32 passagers qui avaient été
        // enlevés le 12 décembre ont été relâchés mardi", is of its verb's
        // day whatever day its sentence tells.)
        let clause = pluperfect_verb_day(self.doc, self.m.dates, c).is_some()
            || self
                .date_for(s, c.start)
                .is_some_and(|own| !own.inherited && own.date.start == d.start);
        (clause
            && self
                .published
                .as_deref()
                .or_else(first_day)
                .is_none_or(|p| day <= p))
        .then_some(day)
    }

    /// Does the sentence's paragraph open on a day set apart as a label, as
    /// in a chronology: nothing but a dash or a bullet before it, a colon
    /// or a dash after it ("- MERCREDI 20 JUILLET: le feu se déclare…",
    /// "Jeudi 21 juillet – Le feu atteint Pyrgos")?
    fn opens_on_a_label(&self, s: &Sentence) -> bool {
        let p = &self.doc.paragraphs[s.paragraph];
        let (ps, pe) = (self.doc.char_offset(p.start), self.doc.char_offset(p.end));
        starting_in(self.m.dates, |d| d.start, ps, pe)
            .first()
            .is_some_and(|d| {
                let (at, end) = (self.doc.byte_offset(d.start), self.doc.byte_offset(d.end));
                is_day(d)
                    && !self.doc.text[p.start..at]
                        .chars()
                        .any(char::is_alphanumeric)
                    && self.doc.text[end..]
                        .trim_start()
                        .starts_with([':', '-', '–', '—'])
            })
    }

    /// Does the sentence open on a day of its own ("Le 7 juin déjà, un
    /// motard avait perdu la vie", "Dimanche, …")? Its figures are of that
    /// day, whatever event the sentence before told.
    fn opens_on_a_day(&self, s: &Sentence) -> bool {
        self.opening_date(s).is_some_and(is_day)
    }

    /// The sentence's first date, when it opens the sentence: nothing but
    /// a word before it ("Le 7 juin", "En février 2022", "Dimanche").
    fn opening_date(&self, s: &Sentence) -> Option<&'a DateMention> {
        let (ss, se) = self.sentence_chars(s);
        let d = starting_in(self.m.dates, |d| d.start, ss, se).first()?;
        let lead = &self.doc.text[s.start..self.doc.byte_offset(d.start)];
        (lead.split_whitespace().count() <= 1
            && lead.chars().all(|c| c.is_alphabetic() || c.is_whitespace()))
        .then_some(d)
    }

    /// The year or month a sentence opens on ("En février 2022, un autre
    /// déluge avait coûté la vie à 241 personnes"), as `YYYY` or `YYYY-MM`.
    /// (A day opening a sentence is [`Self::opens_on_a_day`]'s, which
    /// leaves out the day of a report.)
    fn opens_on_a_date(&self, s: &Sentence) -> Option<&str> {
        let d = self.opening_date(s)?;
        let v = d.value.as_deref().filter(|_| is_calendar(d))?;
        let shape = v.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
        // (Or a range of days: "Entre le 4 et le 10 mars, 29 nouveaux cas
        // confirmés ont été notifiés", a week's count of an epidemic.)
        let range = d.kind == DateKind::Range && v.len() == 10;
        (shape && (matches!(v.len(), 4 | 7) || range)).then_some(v)
    }

    /// Does the sentence date the figure at `at` in an earlier year than
    /// `theirs` (not counted "depuis" it)?
    fn own_earlier_year(&self, s: &Sentence, at: usize, theirs: &EventDate) -> bool {
        self.own_earlier(s, at, theirs) == Some(Earlier::Year)
    }

    /// Does the figure's own sentence tell a date earlier than
    /// `theirs`, the date of the event it would join: of an earlier year at
    /// any precision ("En 2021, plus de 1 400 élèves avaient été kidnappés"
    /// after this week's kidnapping), or an earlier day when that event's
    /// date is its own, not inherited ("Une semaine auparavant, … blessant
    /// dix personnes"). Not a date inside a span's start ("depuis son
    /// intervention en Syrie le 24 août 2016").
    fn own_earlier_date(&self, s: &Sentence, at: usize, theirs: &EventDate) -> bool {
        self.own_earlier(s, at, theirs).is_some()
    }

    /// How much earlier than `theirs` the sentence dates the figure at
    /// `at`, if it does (see [`Self::own_earlier_date`]).
    fn own_earlier(&self, s: &Sentence, at: usize, theirs: &EventDate) -> Option<Earlier> {
        let d = self.date_for(s, at).filter(|d| !d.inherited)?;
        let (v, t) = (d.date.value.as_deref()?, theirs.date.value.as_deref()?);
        let b = self.doc.byte_offset(d.date.start);
        let from = self
            .doc
            .text
            .floor_char_boundary(b.saturating_sub(50).max(s.start).min(b));
        // (A day told before the sentence, by a report's pluperfect, has
        // no "depuis" of this sentence before it.)
        let since = self.doc.text[from..b]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.eq_ignore_ascii_case("depuis"));
        if since {
            return None;
        }
        match (year_of(v), year_of(t)) {
            (Some(a), Some(b)) if a < b => Some(Earlier::Year),
            // "En avril, une frappe … avait fait 17 morts" beside a strike
            // of 13 May: an earlier month, whether that day was told or
            // inherited.
            (Some(a), Some(b))
                if a == b && matches!((month_of(v), month_of(t)), (Some(x), Some(y)) if x < y) =>
            {
                Some(Earlier::InTheYear)
            }
            (Some(a), Some(b))
                if a == b
                    && !theirs.inherited
                    && matches!((day_of(v), day_of(t)), (Some(x), Some(y)) if x < y) =>
            {
                Some(Earlier::InTheYear)
            }
            _ => None,
        }
    }

    /// The event's place: in its sentence (cities first, then nearest the
    /// trigger, background places left out), else earlier in its paragraph,
    /// else the headline's, else the document's.
    fn place_for(&self, s: &Sentence, trigger: usize) -> Option<EventPlace> {
        // The source's place ("a affirmé le bureau de MSF à Beyrouth") is not
        // the event's.
        let stext = self.doc.sentence_text(s);
        let tb = self
            .doc
            .byte_offset(trigger)
            .saturating_sub(s.start)
            .min(stext.len());
        self.place_for_attributed(s, trigger, modality::assess(stext, tb).attribution)
    }

    /// [`Context::place_for`] with the attribution of the trigger's sentence
    /// (a byte span in it) already assessed.
    fn place_for_attributed(
        &self,
        s: &Sentence,
        trigger: usize,
        attribution: Option<(usize, usize)>,
    ) -> Option<EventPlace> {
        let (ss, se) = self.sentence_chars(s);
        let source = attribution.map(|(x, y)| {
            (
                self.doc.char_offset(s.start + x),
                self.doc.char_offset(s.start + y),
            )
        });
        let in_source = |p: &PlaceMention| source.is_some_and(|(x, y)| p.start >= x && p.end <= y);
        let here = starting_in(self.m.places, |p| p.start, ss, se)
            .iter()
            .filter(|p| {
                p.end <= se
                    && !in_source(p)
                    && !is_background(self.doc, p, s)
                    && !self.in_organisation(p)
                    && !self.agent_place(p)
            })
            // (Of two places as precise, one of the trigger's clause first:
            // "sont arrivés en Italie et 1 370 sont morts en tentant de
            // traverser la Méditerranée" died at sea.)
            .max_by_key(|p| {
                let (a, b) = (p.end.min(trigger), p.start.max(trigger));
                // (Or the target of an attack: "La Russie a lancé 94 drones
                // contre l'Ukraine, tuant sept civils".)
                let target = || {
                    let pb = self.doc.byte_offset(p.start);
                    let from = self.doc.text.floor_char_boundary(pb.saturating_sub(12));
                    let before = self.doc.text[from..pb].to_lowercase();
                    [
                        "contre l'",
                        "contre l’",
                        "contre le ",
                        "contre la ",
                        "contre les ",
                    ]
                    .iter()
                    .any(|w| before.ends_with(w))
                };
                let apart = b > a
                    && {
                        let t = &self.doc.text[self.doc.byte_offset(a)..self.doc.byte_offset(b)];
                        t.contains([',', ';']) || t.contains(" et ")
                    }
                    && !target();
                (
                    place_rank(p),
                    !apart,
                    usize::MAX - p.start.abs_diff(trigger),
                )
            });
        if let Some(p) = here.filter(|p| place_rank(p) > 0) {
            return Some(EventPlace {
                place: p.clone(),
                inherited: false,
            });
        }
        let para = &self.doc.paragraphs[s.paragraph];
        let pstart = self.doc.char_offset(para.start);
        // The last few places of the paragraph before the sentence.
        let before = starting_in(self.m.places, |p| p.start, pstart, ss);
        let earlier = before[before.len().saturating_sub(INHERIT_WINDOW)..]
            .iter()
            .filter(|p| p.end <= ss && !self.in_organisation(p))
            .filter(|p| {
                self.doc
                    .sentence_at(self.doc.byte_offset(p.start))
                    .is_none_or(|ps| {
                        !is_background(self.doc, p, ps) && !self.foreign_dateline(p, ps)
                    })
            })
            .max_by_key(|p| (place_rank(p), p.start));
        let inherited = earlier
            .or(self.brief_place[s.paragraph].as_ref())
            .or(self.doc_place.as_ref());
        // (A river of the sentence where nothing better is known.)
        match (here, inherited) {
            (Some(h), i) if i.is_none_or(|i| place_rank(i) == 0) => Some(EventPlace {
                place: h.clone(),
                inherited: false,
            }),
            (_, i) => i.map(|p| EventPlace {
                place: p.clone(),
                inherited: true,
            }),
        }
    }

    /// A dateline filed from another country than the headline's ("PARIS,
    /// 12 novembre (AFP) -" over "Iran : …") tells where the dispatch was
    /// written, not where its events happened: the events inherit the
    /// headline's place instead. A dateline in the headline's country
    /// ("HERAT (Afghanistan), …" over "Séisme en Afghanistan") is the
    /// nearer place and stays.
    fn foreign_dateline(&self, p: &PlaceMention, sentence: &Sentence) -> bool {
        let Some(home) = self.brief_place[sentence.paragraph]
            .as_ref()
            .or(self.doc_place.as_ref())
            .and_then(|d| d.country.as_deref())
        else {
            return false;
        };
        p.country.as_deref() != Some(home) && is_dateline(self.doc.sentence_text(sentence))
    }

    /// A place that tells who acts or who speaks, not where the event
    /// happened: a country named as an agent ("une mission dirigée par le
    /// Kenya", "des frappes menées par la Russie"), a capital for its
    /// government ("soutenue par Washington"), the town where a figure was
    /// announced ("a annoncé mardi à Genève", see [`said_at`]).
    fn agent_place(&self, p: &PlaceMention) -> bool {
        let before = &self.doc.text.as_bytes()[..self.doc.byte_offset(p.start)];
        // A capital for its government, after a backer's participle:
        // "alliance soutenue par Washington", "milices appuyées par Téhéran".
        // Or the town where a figure was announced: "a annoncé mardi à
        // Genève le HCR".
        if p.kind == PlaceKind::City {
            let b = self.doc.byte_offset(p.start);
            let from = self.doc.text.floor_char_boundary(b.saturating_sub(48));
            let f = crate::document::fold(&self.doc.text[from..b]);
            if said_at(&f) {
                return true;
            }
            let mut words = f.split_whitespace().rev();
            return words.next() == Some("par")
                && words.next().is_some_and(|w| {
                    [
                        "soutenu", "appuye", "arme", "finance", "parraine", "equipe", "forme",
                    ]
                    .iter()
                    .any(|stem| {
                        w.strip_prefix(stem)
                            .is_some_and(|r| matches!(r, "" | "e" | "s" | "es"))
                    })
                });
        }
        if p.kind != PlaceKind::Country {
            return false;
        }
        ["par le ", "par la ", "par l'", "par l’", "par les "]
            .iter()
            .any(|w| {
                before.len() >= w.len()
                    && before[before.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
            })
    }

    /// The place names an organisation's seat ("le parquet antiterroriste
    /// de Paris", "l'université de Manchester"), not where events happen.
    fn in_organisation(&self, p: &PlaceMention) -> bool {
        starting_in(
            self.m.actors,
            |a| a.start,
            p.start.saturating_sub(ORG_SPAN),
            p.start + 1,
        )
        .iter()
        .any(|a| a.kind == ActorKind::Organization && a.start < p.start && p.end <= a.end)
    }

    /// Actors of the trigger's sentence, with roles from word order and voice.
    fn actors_for(&self, s: &Sentence, t: &Trigger) -> Vec<EventActor> {
        let (ss, se) = self.sentence_chars(s);
        let tc = self.doc.char_offset(t.start);
        let tce = self.doc.char_offset(t.end);
        let passive = t.pos == Pos::Passive || is_passive(self.doc, t);
        let mut out: Vec<EventActor> = Vec::new();
        let mut seen = crate::fxhash::FxHashSet::default();
        // Actors of the sentence within reach of the trigger's clause.
        let lo = ss.max(tc.saturating_sub(ACTOR_REACH));
        let hi = se.min(tce + ACTOR_REACH);
        for a in starting_in(self.m.actors, |a| a.start, lo, hi)
            .iter()
            .filter(|a| a.end <= se && !in_byline(self.doc, s, a) && !told_to(self.doc, a))
        {
            let role = if t.pos == Pos::Noun {
                Role::Other
            } else if a.end <= tc {
                if passive { Role::Patient } else { Role::Agent }
            } else if a.start >= tce {
                let between = &self.doc.text[t.end..self.doc.byte_offset(a.start)];
                if between
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("par"))
                {
                    Role::Agent
                } else if passive {
                    Role::Other
                } else {
                    Role::Patient
                }
            } else {
                Role::Other
            };
            if !seen.insert((a.name.clone(), role as u8)) {
                continue;
            }
            out.push(EventActor {
                actor: a.clone(),
                role,
            });
        }
        out
    }
}

/// An organisation a statement is made to or that reports it ("a raconté
/// à l'AFP", "selon la BBC") is the news's channel, not an actor of the
/// events the sentence tells.
fn told_to(doc: &Document, a: &ActorMention) -> bool {
    static TOLD_TO: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)(?:\b(?:déclaré|raconté|indiqué|affirmé|confié|expliqué|précisé|dit|assuré|rapporté|annoncé|souligné|ajouté|déclare|raconte|indique|affirme|confie|explique|précise|assure)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|également|aussi|encore|notamment|ainsi)\s+)?(?:à|au|aux)\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?|\b(?:selon|d['’]après)\s+(?:l['’]\s*|la\s+|le\s+|les\s+))$").unwrap()
    });
    if a.kind != ActorKind::Organization {
        return false;
    }
    let b = doc.byte_offset(a.start);
    let from = doc.text.ceil_char_boundary(b.saturating_sub(40));
    let before = &doc.text[from..b];
    (before.ends_with(['\'', '’', ' '])
        && (before.contains(" à ")
            || before.contains(" au")
            || before.contains("elon")
            || before.contains("près")))
        && TOLD_TO.is_match(before)
}

/// The agency of a dateline that opens the sentence ("KABOUL, 12 mars
/// (AFP) - …", "Paris (Reuters) – …") signs the dispatch: it takes no part
/// in the sentence's events.
fn in_byline(doc: &Document, s: &Sentence, a: &ActorMention) -> bool {
    let (ab, ae) = (doc.byte_offset(a.start), doc.byte_offset(a.end));
    if ab < s.start || ab - s.start > 80 {
        return false;
    }
    let before = doc.text[s.start..ab].trim_end();
    let after = doc.text[ae..].trim_start();
    before.ends_with('(')
        && after
            .strip_prefix(')')
            .is_some_and(|r| r.trim_start().starts_with(['-', '–', '—']))
}

/// "278 morts, dont 31 pour la seule journée de lundi": the day a part of
/// a count tells in its own words, which makes it an event of that day.
fn day_told_within<'d>(
    doc: &Document,
    dates: &'d [DateMention],
    c: &CasualtyFigure,
) -> Option<&'d DateMention> {
    // (No folding: "dont" has no accent; "Dont" opens a sentence.)
    if !c
        .text
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("dont "))
    {
        return None;
    }
    starting_in(dates, |d| d.start, c.start, c.end)
        .iter()
        .find(|d| d.end <= c.end && is_own_day(doc, d, c.start))
}

/// A day of what happened, at a day's precision: not a bare clock time, a
/// state's start nor a report's day (what narrows a week and dates a part
/// of a count).
fn is_own_day(doc: &Document, d: &DateMention, trigger: usize) -> bool {
    is_calendar(d)
        && !is_bare_time(d)
        && d.value.as_deref().is_some_and(|v| v.len() >= 10)
        && !is_state_date(doc, d)
        && !dates_a_report(doc, d, trigger)
}

/// "…, ont indiqué vendredi des sources locales", "a annoncé lundi le
/// ministère", "ont accusé jeudi l'armée d'avoir tiré", "a-t-on appris
/// dimanche auprès des autorités", "avait fait état dimanche d'au moins 80
/// morts": a day right after a reporting verb dates the report, not the
/// events its sentence tells (unless that verb is the event's trigger).
fn dates_a_report(doc: &Document, d: &DateMention, trigger: usize) -> bool {
    static REPORTED_ON: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)(?:\b(?:a|ont|avait|avaient)\s+(?:(?:d['’]abord|initialement|déjà|alors)\s+)?(?:annoncé|indiqué|déclaré|affirmé|précisé|dit|expliqué|confirmé|rapporté|ajouté|assuré|estimé|souligné|fait savoir|révélé|raconté|appris|reconnu|admis|démenti|signalé|détaillé|rappelé|fait\s+état|recensé|dénombré|comptabilisé|accusé|dénoncé)|\b(?:a-t-(?:il|elle|on)|ont-(?:ils|elles))\s+(?:annoncé|indiqué|déclaré|affirmé|précisé|dit|expliqué|confirmé|ajouté|assuré|raconté|appris)|\b(?:apprend|apprenait)-on)\s+$").unwrap()
    });
    // "L'attaque, revendiquée dimanche par le JNIM, a fait…": the day of
    // the claim (or of a condemnation) is not the attack's either.
    if dates_a_claim(doc, d) {
        return true;
    }
    let b = doc.byte_offset(d.start);
    // "selon un nouveau bilan publié mardi", "dans son message, diffusé
    // dimanche": the day a count or a claim came out.
    static COUNT_RELEASED: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"\b(?:bilans?|chiffres?|decomptes?|rapports?|communiques?|messages?|videos?|declarations?|enregistrements?|revendications?)\b,?[^,.;:]{0,40}\b(?:publie|diffuse|actualise|communique|donne|fourni|livre|dresse|etabli|transmis)e?s?\s+(?:(?:en|le|au|debut|fin|mi-?)\s*)?$").unwrap()
    });
    let wide = doc.text.ceil_char_boundary(b.saturating_sub(90));
    let folded = crate::document::fold(&doc.text[wide..b]);
    // ("le rapport publié en mai 2019": the participle before a preposition.)
    let bare = folded.trim_end();
    let bare = ["en", "le", "au", "debut", "fin", "mi-", "mi"]
        .iter()
        .find_map(|w| bare.strip_suffix(w).filter(|r| r.ends_with(' ')))
        .map_or(bare, str::trim_end);
    if bare.ends_with(['e', 's']) && COUNT_RELEASED.is_match(&folded) {
        return true;
    }
    if opens_a_count(doc, d) {
        return true;
    }
    let from = doc.text.ceil_char_boundary(b.saturating_sub(40));
    // An earlier count's day: "qui n'évoquait encore lundi que deux décès",
    // "qui faisait alors état mardi de neuf morts"; or the day a source was
    // reached ("joint par téléphone vendredi").
    static COUNTED_THEN: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?-u:\b)(?:evoqu|annonc|recens|denombr|fais|chiffr|comptabilis|avanc|parl)(?:ait|aient)\s+(?:(?:encore|alors|deja|seulement|etat)\s+)*$").unwrap()
    });
    let near = crate::document::fold(&doc.text[from..b]);
    if COUNTED_THEN.is_match(&near) || reached_source(&near) || is_day(d) && announced_on(&near) {
        return true;
    }
    // The day a count was revised: "Il a été nettement revu à la hausse ce
    // mercredi", "le bilan s'est encore alourdi lundi".
    static REVISED_ON: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?-u:\b)(?:(?:revu|revise|releve|corrige)e?s?(?:\s+a\s+la\s+(?:hausse|baisse))?|s'est\s+(?:encore\s+|de\s+nouveau\s+|nettement\s+)?alourdi)\s+$").unwrap()
    });
    // (Its last letter first: "revu", "révisés", "alourdi", "hausse".)
    if ["i ", "e ", "u ", "s "].iter().any(|t| near.ends_with(t)) && REVISED_ON.is_match(&near) {
        return true;
    }
    // (A participle first: the regex is built only where one ends the text.)
    let t = doc.text[from..b].trim_end();
    if !(t.ends_with('é')
        || t.ends_with("état")
        || t.ends_with("dit")
        || t.ends_with("reconnu")
        || t.ends_with("admis")
        || t.ends_with("démenti")
        || t.ends_with("savoir")
        || t.ends_with("appris")
        || t.ends_with("-on"))
    {
        return false;
    }
    REPORTED_ON
        .find(&doc.text[from..b])
        .is_some_and(|m| doc.char_offset(from + m.start()) != trigger)
}

/// "Selon un médecin, joint par téléphone vendredi", "un habitant, contacté
/// samedi par l'AFP", "des témoins interrogés lundi": the day a source was
/// reached dates the report, not the events it tells. `near` is the folded
/// text right before the day.
fn reached_source(near: &str) -> bool {
    const REACHED: &[&str] = &[
        "joint",
        "jointe",
        "joints",
        "jointes",
        "contacte",
        "contactee",
        "contactes",
        "contactees",
        "interroge",
        "interrogee",
        "interroges",
        "interrogees",
        "interviewe",
        "interviewee",
        "interviewes",
        "interviewees",
        "sollicite",
        "sollicitee",
        "sollicites",
        "sollicitees",
    ];
    // How the source was reached, between the participle and the day.
    const MEANS: &[&str] = &[
        "par telephone",
        "au telephone",
        "par l'afp",
        "par reuters",
        "par l'ap",
        "par message",
        "par sms",
    ];
    let mut near = near.trim_end();
    near = near.strip_suffix(" ce").unwrap_or(near);
    for m in MEANS {
        if let Some(r) = near.strip_suffix(m) {
            near = r.trim_end();
            break;
        }
    }
    let word = near
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    REACHED.contains(&word)
}

/// A day that opens a sentence whose subject tells a count ("Lundi, la
/// protection civile faisait encore état de 68 morts", "Mardi, la police
/// recensait 12 blessés") dates the count, not the deaths it counts.
fn opens_a_count(doc: &Document, d: &DateMention) -> bool {
    static COUNTED: LazyLock<FastRegex> = LazyLock::new(|| {
        const ADV: &str = r"(?:(?:encore|d[ée]j[àa]|toujours|d[ée]sormais|officiellement)\s+)?";
        FastRegex::new(&format!(r"^\s*,\s*(?:[^,.;:«»]{{1,60}}?\s)?(?:(?:a|ont|avait|avaient)\s+)?(?:(?:fai(?:t|sait|saient)|font)\s+{ADV}(?:[ée]tat|mention)\s+d(?:e\s+|['’]\s*)|(?:annon[cç]|recens|d[ée]nombr|compt|[ée]voqu)(?:ait|aient|[ée]|e|ent)\s+{ADV})(?:(?:au\s+moins|plus\s+de|pr[èe]s\s+de|quelque|environ)\s+)?(?:\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|une\s+(?:dizaine|quinzaine|vingtaine|trentaine|cinquantaine|centaine))\b)")).unwrap()
    });
    let (b, e) = (doc.byte_offset(d.start), doc.byte_offset(d.end));
    let Some(s) = doc.sentence_at(b) else {
        return false;
    };
    doc.text[s.start..b].chars().all(|c| !c.is_alphanumeric())
        && COUNTED.is_match(&doc.text[e..s.end.max(e)])
}

/// A day right after the participle of a claim or a condemnation ("L'attaque,
/// revendiquée dimanche par le JNIM", "condamnée lundi par l'ONU"), or
/// after the act and its object ("a revendiqué l'attaque samedi"), dates
/// that act, not the event.
fn dates_a_claim(doc: &Document, d: &DateMention) -> bool {
    const ACTS: &[&str] = &["revendique", "condamne", "denonce"];
    // The act's object between it and the day: "a revendiqué l'attaque
    // samedi", "ont condamné cet attentat lundi".
    const OBJECTS: &[&str] = &[
        "l",
        "le",
        "la",
        "les",
        "cette",
        "cet",
        "ce",
        "ces",
        "son",
        "sa",
        "leur",
        "attaque",
        "attaques",
        "attentat",
        "attentats",
        "operation",
        "assaut",
        "embuscade",
        "raid",
        "explosion",
        "tuerie",
        "massacre",
        "enlevement",
        "rapt",
        "tir",
        "tirs",
        "frappe",
        "frappes",
    ];
    let b = doc.byte_offset(d.start);
    let from = doc.text.ceil_char_boundary(b.saturating_sub(48));
    let near = crate::document::fold(&doc.text[from..b]);
    let words: Vec<&str> = near
        .split(|c: char| c.is_whitespace() || c == '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let is_act = |w: &str| {
        ACTS.iter().any(|p| {
            w.strip_prefix(p)
                .is_some_and(|r| matches!(r, "" | "e" | "s" | "es"))
        })
    };
    // The act right before the day, or before its object ("l'" and the
    // noun, three words at most).
    words
        .iter()
        .rev()
        .take(4)
        .enumerate()
        .any(|(k, w)| is_act(w) && words[words.len() - k..].iter().all(|o| OBJECTS.contains(o)))
}

/// The event noun at `start` (a char offset) is told as the circumstance
/// of its sentence ("lors de l'enlèvement", "pendant l'arrestation", "au
/// cours du rapt", "dans l'incendie"):
/// the sentence's figures are of that event, even those it suits only
/// weakly ("un membre du personnel a été tué lors de l'enlèvement").
fn is_circumstance(doc: &Document, start: usize) -> bool {
    let b = doc.byte_offset(start);
    let from = doc.text.floor_char_boundary(b.saturating_sub(30));
    let before = doc.text[from..b].to_lowercase().replace('’', "'");
    circumstance_before(&before, &["lors", "pendant", "durant", "cours", "dans"])
}

/// Does `before` (lower-case text, straight apostrophes) end with one of
/// `heads` and an article ("lors de l'", "pendant la", "au cours d'une")?
fn circumstance_before(before: &str, heads: &[&str]) -> bool {
    const ARTICLES: &[&str] = &[
        "de l'", "du", "de la", "d'un", "d'une", "l'", "le", "la", "un", "une",
    ];
    let before = before.trim_end();
    heads.iter().any(|w| {
        ARTICLES.iter().any(|art| {
            before
                .strip_suffix(art)
                .and_then(|x| x.trim_end().strip_suffix(w))
                .is_some_and(|x| x.is_empty() || x.ends_with(' '))
        })
    })
}

/// Does `near` (folded, the text before a day) end in a reporting
/// participle standing alone, with the words of a time of day between:
/// "contre 127 annoncées au matin du 1er janvier", "les 40 morts évoqués
/// mardi"? That day is the count's (a day only: "recensés cette année"
/// tells the count's period). (With an auxiliary, "a annoncé mardi",
/// `REPORTED_ON` reads it.)
fn announced_on(near: &str) -> bool {
    const LINKS: &[&str] = &[
        "au", "matin", "soir", "du", "de", "le", "dans", "la", "nuit", "matinee", "journee",
    ];
    // (Not "recensés", "dénombrés": cases counted on a day may be of it.)
    const REPORTED: &[&str] = &["annonce", "evoque", "avance", "communique"];
    let mut words = near.split_whitespace().rev();
    let mut word = words.next();
    for _ in 0..4 {
        match word {
            Some(w) if LINKS.contains(&w) => word = words.next(),
            _ => break,
        }
    }
    let Some(participle) = word else {
        return false;
    };
    let before = words.next().unwrap_or("");
    REPORTED.iter().any(|p| {
        participle
            .strip_prefix(p)
            .is_some_and(|r| matches!(r, "" | "e" | "s" | "es"))
    }) && !matches!(
        before,
        "a" | "ont" | "avait" | "avaient" | "aurait" | "auraient" | "l'" | "une" | "les" | "des"
    ) && !before.ends_with("l'")
}

/// A figure compared with the toll before it ("…, contre 26 sur l'ensemble
/// de l'année 2022", "contre une cinquantaine l'année précédente"): the
/// bare number after "contre". Not an earlier report of the same toll
/// ("1 482 morts, contre 2 445 annoncés la veille").
fn compared_figure(doc: &Document, c: &CasualtyFigure) -> bool {
    const REPORTED: &[&str] = &["annonc", "avanc", "evoqu", "donne", "communiqu", "publie"];
    let b = doc.byte_offset(c.start);
    let from = doc.text.floor_char_boundary(b.saturating_sub(12));
    let before = crate::document::fold(doc.text[from..b].trim_end());
    if !(before.ends_with(", contre") || before.ends_with(",contre")) {
        return false;
    }
    let e = doc.byte_offset(c.end);
    let to = doc.text.floor_char_boundary((e + 16).min(doc.text.len()));
    let after = crate::document::fold(doc.text[e..to].trim_start());
    !REPORTED.iter().any(|w| after.starts_with(w))
}

/// Longest organisation name an event's place may stand in, in characters.
const ORG_SPAN: usize = 120;

/// The date a document's events inherit: the first day-precise date of the
/// body outside a dateline, else the dateline's, else none.
fn document_date(doc: &Document, dates: &[DateMention]) -> Option<DateMention> {
    body_days(doc, dates)
        .find(|d| !in_dateline(doc, d))
        .or_else(|| dateline_day(doc, dates))
        .cloned()
}

/// The event types of harm: what a dispatch tells happened, with its tolls.
/// (Not an arrest: the police act after the event, often on the day of
/// the report.)
const HARM_TYPES: &[&str] = &[
    "attack",
    "clash",
    "killing",
    "injury",
    "shooting",
    "bombing",
    "airstrike",
    "kidnapping",
    "protest",
    "riot",
    "disaster",
    "accident",
];

/// The date a document's events inherit where the first day of its body
/// dates a report ("…, selon un nouveau bilan communiqué mercredi par la
/// société civile" before the night of the attack is told): the first
/// day of the body that dates none. None where the first day dates no
/// report, or every day does: the document's date stands.
fn inherited_date(doc: &Document, dates: &[DateMention]) -> Option<DateMention> {
    let mut body = body_days(doc, dates).filter(|d| !in_dateline(doc, d));
    let first = body.next()?;
    if !dates_a_report(doc, first, usize::MAX) {
        return None;
    }
    // (A day of the three months before the report's: not a plan, "la
    // rentrée reportée au 30 octobre", nor a past recalled.)
    let day = |d: &DateMention| d.value.as_deref().and_then(calendar_day);
    body.find(|d| {
        (day(d) == day(first) || day_before(d, first))
            && !dates_a_report(doc, d, usize::MAX)
            && !told_in_pluperfect(doc, d)
    })
    .cloned()
}

/// The day of a figure's own verb told in the pluperfect ("un camionneur
/// avait été tué le 9 janvier"): an earlier event's, whatever day its
/// sentence tells (see [`verb_day`]).
fn pluperfect_verb_day<'d>(
    doc: &Document,
    dates: &'d [DateMention],
    c: &CasualtyFigure,
) -> Option<&'d DateMention> {
    // (After the figure, which ends on its participle: not the day of a
    // relative clause inside it, "Un homme, qui avait retenu cinq personnes
    // samedi, … placé en détention".)
    verb_day(doc, dates, c).filter(|d| d.start >= c.end && told_in_pluperfect(doc, d))
}

/// Is day `d` told in the pluperfect, its auxiliary in the clause before
/// it ("l'embarcation avait quitté la côte dans la nuit de lundi à mardi")?
/// What came before the news: the background of the story.
fn told_in_pluperfect(doc: &Document, d: &DateMention) -> bool {
    let b = doc.byte_offset(d.start);
    let from = doc.text.floor_char_boundary(b.saturating_sub(80));
    let before = &doc.text[from..b];
    let clause = before
        .rsplit([',', '.', ';', '\n'])
        .next()
        .unwrap_or(before);
    has_pluperfect_auxiliary(clause)
}

/// Does `text` hold the pluperfect's auxiliary ("avait", "avaient") as a word?
fn has_pluperfect_auxiliary(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "avait" | "avaient"))
}

/// A paragraph that opens on a rubric in capitals, a brief of a roundup:
/// "MORBIHAN. Trois jeunes…", "NÉPAL. Les glissements…", "ÉTATS-UNIS :
/// …" (not a dateline: "PARIS, 3 mai (AFP) -").
fn opens_with_rubric(text: &str) -> bool {
    let text = text.trim_start();
    let end = text
        .find(|c: char| !(c.is_uppercase() || matches!(c, '-' | '\'' | '’' | ' ')))
        .unwrap_or(text.len());
    let rubric = text[..end].trim_end();
    let rest = text[rubric.len()..].trim_start();
    rubric.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && rubric.ends_with(char::is_alphabetic)
        && (rest.starts_with(". ") || rest.starts_with(": "))
}

/// The day-precise dates outside the headline.
fn body_days<'d>(
    doc: &Document,
    dates: &'d [DateMention],
) -> impl Iterator<Item = &'d DateMention> {
    dates.iter().filter(move |d| {
        is_day(d) && doc.paragraphs[d.paragraph].kind != crate::model::ParagraphKind::Headline
    })
}

/// Does the date stand in a dateline ("Rabat, 29 juillet 2019 –"), its
/// sentence's or its paragraph's?
fn in_dateline(doc: &Document, d: &DateMention) -> bool {
    let p = &doc.paragraphs[d.paragraph];
    doc.sentence_at(doc.byte_offset(d.start))
        .is_some_and(|s| is_dateline(doc.sentence_text(s)))
        || is_dateline(&doc.text[p.start..p.end])
}

/// Stems (folded) of the words that report a toll rather than tell it:
/// the day that opens their sentence is the report's.
const REPORT_STEMS: &[&str] = &[
    "fait etat",
    "faisait etat",
    "faisaient etat",
    "encore etat",
    "deja etat",
    "estim",
    "annonc",
    "indiqu",
    "selon",
    "bilan",
    "declar",
    "affirm",
    "precis",
    "confirm",
    "rapport",
    "mention",
    "evoqu",
    "recens",
    "denombr",
    "communiqu",
    "fait savoir",
    "pourrai",
];

/// The day of the document's dateline ("Rabat, 29 juillet 2019 –"), if it
/// has one.
fn dateline_day<'d>(doc: &Document, dates: &'d [DateMention]) -> Option<&'d DateMention> {
    body_days(doc, dates).find(|d| in_dateline(doc, d))
}

/// Where a document groups briefs, each opening on its own agency dateline
/// ("MALI : SEPT SOLDATS TUÉS…" then "BAMAKO, 25 août (AFP) - …"), the
/// place of each brief for its paragraphs: the first place of the short
/// line before its dateline (the brief's title), else its dateline's. None
/// for every paragraph of a document with one dateline or none.
fn brief_places(doc: &Document, places: &[PlaceMention]) -> Vec<Option<PlaceMention>> {
    let n = doc.paragraphs.len();
    let mut out = vec![None; n];
    let starts: Vec<usize> = (0..n)
        .filter(|&k| {
            let p = &doc.paragraphs[k];
            crate::document::agency_dateline(&doc.text[p.start..p.end]).is_some()
        })
        .collect();
    if starts.len() < 2 {
        return out;
    }
    let first_place_in = |k: usize| {
        let p = &doc.paragraphs[k];
        let (a, b) = (doc.char_offset(p.start), doc.char_offset(p.end));
        places.iter().find(|x| x.start >= a && x.end <= b).cloned()
    };
    // Each brief's title: a short line right before its dateline.
    let titles: Vec<Option<usize>> = starts
        .iter()
        .map(|&k| {
            (k > 0
                && !starts.contains(&(k - 1))
                && doc.paragraphs[k - 1].end - doc.paragraphs[k - 1].start < 160)
                .then(|| k - 1)
        })
        .collect();
    for (i, &k) in starts.iter().enumerate() {
        let place = titles[i]
            .and_then(first_place_in)
            .or_else(|| first_place_in(k));
        // From the brief's first line to the next brief's.
        let from = titles[i].unwrap_or(k);
        let to = starts
            .get(i + 1)
            .map_or(n, |&next| titles[i + 1].unwrap_or(next));
        for slot in &mut out[from..to] {
            slot.clone_from(&place);
        }
    }
    out
}

/// "Paris, 5 janvier (AFP) –", "7 août 2016. –": a short paragraph ending
/// with a dash, or the start of a paragraph up to such a dash.
fn is_dateline(p: &str) -> bool {
    let t = p.trim_end();
    // (Fewer than 80 or 40 characters, counted no further: a paragraph of
    // megabytes is asked for each of its dates.)
    (t.ends_with(['–', '—', '-']) && t.chars().nth(79).is_none()) || p.chars().nth(39).is_none()
}

/// The place a document's events inherit: the first place of the
/// headline, else the best-ranked place of the country most mentioned.
fn document_place(doc: &Document, places: &[PlaceMention]) -> Option<PlaceMention> {
    if let Some(p) = places
        .iter()
        .filter(|p| {
            doc.paragraphs
                .get(p.paragraph)
                .is_some_and(|para| para.kind == crate::model::ParagraphKind::Headline)
        })
        .max_by_key(|p| (place_rank(p), usize::MAX - p.start))
    {
        return Some(p.clone());
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for p in places {
        if let Some(c) = p.country.as_deref() {
            match counts.iter_mut().find(|(k, _)| *k == c) {
                Some(e) => e.1 += 1,
                None => counts.push((c, 1)),
            }
        }
    }
    let best = counts.iter().max_by_key(|(_, n)| *n).map(|(c, _)| *c)?;
    places
        .iter()
        .filter(|p| p.country.as_deref() == Some(best))
        .max_by_key(|p| (place_rank(p), usize::MAX - p.start))
        .cloned()
}

/// Does `before` end with "profité d'une", "à la faveur de la"…: what
/// follows is a circumstance the actors used.
fn weather_used(before: &str) -> bool {
    static USED: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:profit(?:ant|[ée]e?s?|er|ent|ait|aient|e)|[àa]\s+la\s+faveur)\s+d(?:e\s+|['’]\s*)(?:la\s+|l['’]\s*|une\s+|un\s+)?$").unwrap()
    });
    let from = before.floor_char_boundary(before.len().saturating_sub(60));
    USED.is_match(&before[from..])
}

/// An event noun followed by its year: "la tempête de 1991", "le séisme de
/// 2010", "l'éclosion de 2012".
fn named_by_its_year(doc: &Document, t: &Trigger) -> bool {
    static OF_YEAR: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"^\s+(?:de|d['’]\s*)\s*(?:1[89]|20)\d\d(?-u:\b)").unwrap()
    });
    let end = doc
        .text
        .floor_char_boundary((t.end + 12).min(doc.text.len()));
    t.pos == Pos::Noun && OF_YEAR.is_match(&doc.text[t.end..end])
}

/// Is killed figure `c` told as bodies recovered from what killed them
/// ("ont dégagé 61 corps", "neuf corps ont été extraits de la boue",
/// "retiré 17 corps des décombres")? The day of their recovery is not the
/// day of the deaths. (Not bodies taken from the sea, "repêchés", often
/// of no known wreck, which the golds date to the day they were found.)
fn bodies_recovered(doc: &Document, s: &Sentence, c: &CasualtyFigure) -> bool {
    const RECOVERED: &[&str] = &["retire", "extrai", "degage", "exhume"];
    c.category == CasualtyCategory::Killed && {
        let f = crate::document::fold(doc.sentence_text(s));
        f.contains("corps")
            && f.split(|ch: char| !ch.is_alphanumeric()).any(|w| {
                RECOVERED.iter().any(|r| w.starts_with(r)) || matches!(w, "sorti" | "sortis")
            })
    }
}

/// Does folded `before` end on a speech verb and the preposition of the
/// place where it was said ("a annoncé mardi à", "ont déclaré depuis")?
fn said_at(before: &str) -> bool {
    let mut words = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev();
    if !matches!(words.next(), Some("a" | "depuis")) {
        return false;
    }
    let mut w = words.next();
    // (A day between: "mardi", "lundi soir".)
    for _ in 0..2 {
        if w.is_some_and(|x| {
            crate::extract::dates::names_a_day(x) || matches!(x, "matin" | "soir" | "midi")
        }) {
            w = words.next();
        }
    }
    w.is_some_and(|x| {
        [
            "annonce", "declare", "indique", "precise", "affirme", "explique", "rapporte",
            "souligne", "assure", "estime", "confirme",
        ]
        .iter()
        .any(|stem| {
            x.strip_prefix(stem)
                .is_some_and(|r| matches!(r, "" | "e" | "s" | "es"))
        })
    }) && matches!(words.next(), Some("a" | "ont" | "avait" | "avaient"))
}

/// Assemble the document's events.
pub fn assemble(doc: &Document, m: &Mentions) -> Vec<Event> {
    assemble_with_reference(doc, m, None)
}

/// [`assemble`], with the document's reference date (`YYYY-MM-DD`) as the
/// last date an event may inherit.
pub fn assemble_with_reference(
    doc: &Document,
    m: &Mentions,
    reference: Option<&str>,
) -> Vec<Event> {
    let cx = Context::new(doc, m, reference);
    let mut cues = Cues::default();
    let mut triggers = find_triggers(doc, m.actors, m.places);
    // "ont profité d'une tempête de sable pour contre-attaquer", "à la
    // faveur d'un épais brouillard": weather the actors used, no disaster.
    triggers.retain(|t| {
        t.event_type != "disaster" || t.pos != Pos::Noun || !weather_used(&doc.text[..t.start])
    });
    use crate::fxhash::FxHashSet;
    let all_types: FxHashSet<(usize, &str)> = triggers
        .iter()
        .map(|t| (t.sentence, t.event_type))
        .collect();
    // One event per type and sentence; a noun after a demonstrative ("cette
    // seconde arrestation") is an anaphor of an event already told.
    let mut kept: Vec<Trigger> = Vec::new();
    let mut kept_types: FxHashSet<(usize, &str)> = FxHashSet::default();
    let mut told: FxHashSet<&str> = FxHashSet::default();
    for t in triggers.drain(..) {
        // "les bilans des cyclones ont baissé dans ce pays, où la tempête
        // de 1991 avait fait 140 000 morts": a noun named by its year is
        // an event of its own beside another of its type.
        if kept_types.contains(&(t.sentence, t.event_type)) && !named_by_its_year(doc, &t) {
            // "Non loin du lieu de l'accident, une autre collision s'était
            // produite le 11 octobre 2006": the sentence tells of the new
            // event, not of the one a definite noun recalls.
            // Nor of the one it follows: "Après l'accident mortel survenu
            // hier dans le Doubs, c'est aujourd'hui la Charente-Maritime qui
            // est endeuillée par une collision …".
            let indefinite = || {
                let b = crate::document::fold(crate::extract::casualties::tail(
                    &doc.text[..t.start],
                    8,
                ));
                b.ends_with(" une ") || b.ends_with(" un ")
            };
            let followed = |k: &Trigger| {
                let b = crate::document::fold(crate::extract::casualties::tail(
                    &doc.text[..k.start],
                    12,
                ));
                ["apres l'", "apres le ", "apres la ", "apres les "]
                    .iter()
                    .any(|a| b.ends_with(a))
            };
            if t.pos == Pos::Noun
                && (is_another(&doc.text[..t.start])
                    || indefinite()
                        && kept.iter().rev().any(|k| {
                            k.sentence == t.sentence && k.event_type == t.event_type && followed(k)
                        }))
                && let Some(k) = kept
                    .iter_mut()
                    .rev()
                    .find(|k| k.sentence == t.sentence && k.event_type == t.event_type)
                && k.pos == Pos::Noun
                && is_definite(&doc.text[..k.start])
            {
                *k = t;
            }
            continue;
        }
        if t.pos == Pos::Noun && told.contains(t.event_type) && is_anaphoric(&doc.text[..t.start]) {
            continue;
        }
        kept_types.insert((t.sentence, t.event_type));
        told.insert(t.event_type);
        kept.push(t);
    }
    // A bare toll verb ("7 soldats ont été tués") is an event of its own
    // only when no toll-bearing event came before it or stands in its
    // sentence: otherwise its figures belong to that event.
    let causes: Vec<&Trigger> = kept
        .iter()
        .filter(|o| o.pos != Pos::Passive && bears_toll(o.event_type))
        .collect();
    let first_cause = causes.iter().map(|o| o.start).min();
    let cause_sentences: FxHashSet<usize> = causes.iter().map(|o| o.sentence).collect();
    let has_cause = |t: &Trigger| {
        first_cause.is_some_and(|f| f < t.start) || cause_sentences.contains(&t.sentence)
    };
    // "Un salarié a été tué … dans l'incendie d'une usine", "un policier a
    // été tué lors de l'attaque": a passive killing or wound whose sentence
    // names the event it happened in tells that event's toll.
    // (Not a death by a weapon during a storm or a fire: "pendant la
    // tempête, un homme a été tué par balle".)
    let circumstances: FxHashSet<usize> = causes
        .iter()
        .filter(|o| o.pos == Pos::Noun && is_circumstance(doc, doc.char_offset(o.start)))
        .filter(|o| {
            !matches!(o.event_type, "disaster" | "accident")
                || !VIOLENCE.is_match(&crate::document::fold(
                    doc.sentence_text(&doc.sentences[o.sentence]),
                ))
        })
        .map(|o| o.sentence)
        .collect();
    // (Nor is a killing by a weapon or armed men an earlier storm's, fire's
    // or march's: "Pendant la tempête, un homme a été tué par balle", "un
    // ouvrier a été tué par des hommes armés près d'un rassemblement".)
    let first_armed = causes
        .iter()
        .filter(|o| {
            matches!(
                o.event_type,
                "attack" | "bombing" | "shooting" | "clash" | "airstrike"
            )
        })
        .map(|o| o.start)
        .min();
    let armed_before = |t: &Trigger| first_armed.is_some_and(|a| a < t.start);
    let unrest: Vec<(usize, usize)> = causes
        .iter()
        .filter(|o| !matches!(o.event_type, "disaster" | "accident"))
        .map(|o| (o.start, o.sentence))
        .collect();
    let unrest_before = |t: &Trigger| {
        unrest
            .iter()
            .any(|&(at, si)| at < t.start || si == t.sentence)
    };
    // (A shot in the news of a march is the march's toll; armed men's is
    // theirs.)
    let own_weapon = |t: &Trigger| {
        t.event_type == "killing"
            && !armed_before(t)
            && killing_weapon(doc.sentence_text(&doc.sentences[t.sentence]))
                .is_some_and(|armed_men| armed_men || !unrest_before(t))
    };
    // "Les inondations ont fait 96 morts … sept personnes sont mortes
    // piétinées lors d'une distribution de vivres": a crush is an event of
    // its own, in the news of something else than an accident (a
    // "bousculade" told before is the crush itself).
    let first_accident = causes
        .iter()
        .filter(|o| o.event_type == "accident")
        .map(|o| o.start)
        .min();
    let accident_before = |t: &Trigger| first_accident.is_some_and(|a| a < t.start);
    let own_crush = |t: &Trigger| {
        // (Words, no regex: a regex more is some 200 KB of a batch's peak.)
        const CRUSH: &[&str] = &[
            "pietine",
            "pietinee",
            "pietines",
            "pietinees",
            "bousculade",
            "bousculades",
            "mouvement de foule",
            "mouvements de foule",
            "mouvement de panique",
            "mouvements de panique",
        ];
        t.event_type == "killing"
            && !cause_sentences.contains(&t.sentence)
            && !accident_before(t)
            && {
                let f = crate::document::fold(doc.sentence_text(&doc.sentences[t.sentence]));
                CRUSH.iter().any(|w| has_phrase(&f, w))
            }
    };
    kept.retain(|t| t.pos != Pos::Passive || !has_cause(t) || own_weapon(t) || own_crush(t));
    kept.retain(|t| {
        !(matches!(t.event_type, "killing" | "injury")
            && circumstances.contains(&t.sentence)
            && is_passive(doc, t))
    });
    // "Le tremblement de terre qui a frappé l'Italie a tué 281 personnes",
    // "Deux attentats ont tué 20 personnes", "un camion a percuté un bus,
    // tuant trois personnes": a killing verb after an event noun or verb of
    // its sentence (its subject, or the act it follows from) tells that
    // event's toll, not a killing of its own — unless a person or a group
    // stands between, who may be the killer ("lors de la manifestation, un
    // policier a tué un jeune").
    let mut people: Vec<usize> = m
        .actors
        .iter()
        .filter(|a| a.kind != crate::model::ActorKind::Organization)
        .map(|a| a.start)
        .collect();
    people.sort_unstable();
    // The last toll-bearing cause of the current sentence: (sentence, end).
    let mut cause: Option<(usize, usize)> = None;
    // `retain` visits every trigger once, in text order.
    kept.retain(|t| {
        if cause.is_some_and(|(si, _)| si != t.sentence) {
            cause = None;
        }
        // A present participle's subject is that of its clause: the people
        // between are objects ("l'ouragan a frappé un million de personnes,
        // tuant plus de 500 personnes").
        let participle = doc.text[t.start..t.end].ends_with("ant");
        let told_by_cause = t.pos == Pos::Verb
            && t.event_type == "killing"
            && cause.is_some_and(|(_, end)| {
                let (lo, hi) = (doc.char_offset(end), doc.char_offset(t.start));
                participle
                    || people.partition_point(|&a| a < lo) == people.partition_point(|&a| a < hi)
            })
            // "Un incendie a ravagé un immeuble", "une explosion a dévasté
            // l'entrepôt": the verb of ruin tells what its subject did.
            || t.pos == Pos::Verb && t.event_type == "disaster" && cause.is_some();
        if t.pos != Pos::Passive
            && bears_toll(t.event_type)
            && !matches!(t.event_type, "killing" | "injury")
        {
            cause = Some((t.sentence, t.end));
        }
        !told_by_cause
    });
    // "Le cinéaste est mort à l'âge de 90 ans": an obituary, no killing.
    kept.retain(|t| {
        t.event_type != "killing"
            || t.pos == Pos::Noun
            || !crate::extract::casualties::natural_death(
                doc.sentence_text(&doc.sentences[t.sentence]),
            )
    });

    // "sont mortes noyées", "est mort, écrasé par une charge", "a péri
    // après une chute": a death the sentence tells as accidental, with no
    // weapon or assault, is an accident's toll, not a killing.
    for t in kept.iter_mut() {
        if t.event_type == "killing"
            && t.pos == Pos::Passive
            && accidental_death(doc.sentence_text(&doc.sentences[t.sentence]))
        {
            t.event_type = "accident";
        }
        // "un arbre s'est abattu sur une voiture, tuant ses deux
        // occupants", "tué, heurté par un panneau arraché par le vent": a
        // death the weather or the ground caused is the disaster's toll.
        if t.event_type == "killing"
            && t.pos != Pos::Noun
            && hazard_death(doc.sentence_text(&doc.sentences[t.sentence]))
        {
            t.event_type = "disaster";
        }
        // "Au moins treize enfants sont morts de la rougeole": a death told
        // with its disease is an epidemic's toll.
        if t.event_type == "killing"
            && t.pos == Pos::Passive
            && tells_a_disease(doc.sentence_text(&doc.sentences[t.sentence]))
        {
            t.event_type = "disaster";
        }
    }
    // "Cinq manifestants ont été tués par les forces de sécurité", "la
    // police a tiré sur les manifestants", "lors de la dispersion d'une
    // grève" (a strike is a protest, in ACLED's terms): force used against protesters
    // is the protest's toll (ACLED's "excessive force against
    // protesters"), not a killing of its own.
    // (In the news of a protest, a death or a wound its sentence ties to
    // the protest, with no armed group nor weapon of war, is its toll too:
    // "Trois d'entre eux ont été tués par balle lors de la manifestation".)
    let protest_news = kept
        .iter()
        .any(|t| matches!(t.event_type, "protest" | "riot" | "strike") && opens_the_news(doc, t));
    for t in kept.iter_mut() {
        if matches!(t.event_type, "killing" | "injury" | "shooting")
            && t.pos != Pos::Noun
            && (against_protesters(doc, t, protest_news)
                || protest_news && of_the_protest(doc.sentence_text(&doc.sentences[t.sentence])))
        {
            t.event_type = "protest";
        }
    }
    // "Au moins 129 détenus ont été tués lors d'une tentative d'évasion",
    // "tuées mardi lors d'une mutinerie": deaths and wounds its sentence
    // ties to a prison's unrest are the riot's toll.
    for t in kept.iter_mut() {
        if matches!(t.event_type, "killing" | "injury" | "shooting")
            && t.pos != Pos::Noun
            && in_prison_unrest(doc.sentence_text(&doc.sentences[t.sentence]))
        {
            t.event_type = "riot";
        }
    }
    // "Séisme en Équateur … un quai s'est effondré, emportant des
    // passants": in the news of an earthquake or a storm, what collapses
    // or capsizes is the disaster's doing, not a separate accident.
    let disaster_news = kept
        .iter()
        .any(|t| t.event_type == "disaster" && opens_the_news(doc, t));
    if disaster_news {
        for t in kept.iter_mut() {
            let w = crate::document::fold(&doc.text[t.start..t.end]);
            if t.event_type == "accident"
                && [
                    "effondr",
                    "s'est effondr",
                    "ecroul",
                    "s'est ecroul",
                    "s'est affaiss",
                    // "le chavirage de son chalutier" in a storm.
                    "chavir",
                    "a chavire",
                ]
                .iter()
                .any(|p| w.starts_with(p))
            {
                t.event_type = "disaster";
            }
        }
    }

    let mut events: Vec<Event> = Vec::new();
    let mut event_sentence: Vec<usize> = Vec::new();
    // The last event of each type dated in its own sentence, with that
    // sentence.
    let mut dated: crate::fxhash::FxHashMap<&str, (DateMention, &str)> = Default::default();
    // The first of them, and the revisions without a day told before any.
    let mut first_dated: crate::fxhash::FxHashMap<&str, (DateMention, &str)> = Default::default();
    let mut revised_later: Vec<(usize, &str, usize)> = Vec::new();
    for t in &kept {
        let s = &doc.sentences[t.sentence];
        let stext = doc.sentence_text(s);
        let a = modality::assess(stext, t.start - s.start);
        let mut modality = a.modality;
        let attribution = a.attribution.map(|(x, y)| stext[x..y].to_string());
        // "l'auteur présumé de l'attentat", "La vitesse pourrait être la cause
        // de l'accident": a noun with a definite article or a demonstrative
        // presupposes its event; the doubt is about something else, unless
        // it bears on the event's taking place ("se seraient produits",
        // "n'est pas confirmée").
        if t.pos == Pos::Noun
            && matches!(
                modality,
                Modality::Uncertain | Modality::Hypothetical | Modality::Negated
            )
            && (is_definite(&doc.text[..t.start]) || is_anaphoric(&doc.text[..t.start]))
            && !tells_occurrence(stext)
        {
            modality = if attribution.is_some() {
                Modality::Reported
            } else {
                Modality::Asserted
            };
        }
        // "Cependant cette seconde arrestation n'est pas confirmée": a
        // following sentence of the paragraph that denies confirmation of
        // an event of the same type.
        // (One of the next two: "… a été arrêté le 2 juillet. Il risquerait
        // vingt ans de prison. Son arrestation n'a pas été confirmée.")
        if matches!(modality, Modality::Asserted | Modality::Reported)
            && (t.sentence + 1..=t.sentence + 2).any(|k| {
                doc.sentences.get(k).is_some_and(|next| {
                    next.paragraph == s.paragraph
                        && all_types.contains(&(next.index, t.event_type))
                        && not_confirmed(doc.sentence_text(next))
                })
            })
        {
            modality = Modality::Uncertain;
        }
        let tc = doc.char_offset(t.start);
        let (text, start, end, paragraph) = doc.span(t.start, t.end);
        let mut date = cx.date_for(s, tc);
        // An act of speech or of a decision with no day of its own (an
        // appeal, a state of emergency, an announcement) is of the day the
        // story was written, not of the events it tells.
        if !HARM_TYPES.contains(&t.event_type)
            && let Some(first) = date
                .as_ref()
                .and_then(|d| cx.first_day_instead(s.paragraph, d))
        {
            date = Some(first);
        }
        // "Dans la commune de Dame-Marie, six personnes ont péri, ensevelies
        // sous un glissement de terrain" in the story of a hurricane that
        // struck on Sunday, published on Tuesday: a disaster (an attack, a
        // clash, a riot: "Selon l'OVP, la mutinerie aurait fait « au moins
        // onze morts »") with no day of its own nor of its paragraph is
        // part of the one of its kind the story dated before it, not of
        // the day the story was written.
        if matches!(
            t.event_type,
            "disaster" | "attack" | "clash" | "accident" | "riot"
        ) && let Some(d) = date.as_ref()
            && d.inherited
            && cx.told_by_document(s, d)
            && let Some((earlier, _)) = first_dated.get(t.event_type)
            && let Some(theirs) = earlier.value.as_deref().and_then(day_of)
            && d.date.value.as_deref().and_then(day_of).is_some_and(|own| {
                // (An accident of the week before: a story of accidents
                // recalls older ones of its kind, "dix ans après
                // Lampedusa".)
                theirs < own
                    && (t.event_type != "accident"
                        || calendar_day(own)
                            .zip(calendar_day(theirs))
                            .is_some_and(|(own, theirs)| (own - theirs).num_days() <= 7))
            })
        {
            date = Some(EventDate {
                date: earlier.clone(),
                inherited: true,
            });
        }
        // The date of a toll's update is not the event's: "Le bilan de
        // l'attentat avait été porté à 85 morts, le 4 août" — a noun with a
        // definite article names an event already dated in its own
        // sentence ("l'attentat du 14 juillet"), and takes its date; not
        // when a complement sets it apart ("l'attentat de Berlin").
        // (Tried for every definite noun that inherits the document's date:
        // across the corpora as many became wrong as right, the earlier
        // event of the kind being often one recalled in the background.)
        // Nor is the day of a claim: "L'attaque, revendiquée dimanche par
        // le JNIM, a également fait une vingtaine de blessés".
        // A revision told without a day ("le bilan de l'attentat s'alourdit
        // à 86 morts", the day being the dispatch's) takes the day of the
        // event told with one, before it in the text or, for a headline or
        // a lead, after it: a day of the three months before the dispatch's.
        let revised = t.pos == Pos::Noun
            && is_definite(&doc.text[..t.start])
            && is_revision(stext)
            && date.as_ref().is_some_and(|d| d.inherited);
        if t.pos == Pos::Noun
            && is_definite(&doc.text[..t.start])
            && date.as_ref().is_none_or(|d| {
                if d.inherited {
                    revised
                } else {
                    is_toll_update(stext) || dates_a_claim(doc, &d.date)
                }
            })
            && let Some((earlier, told_in)) = dated.get(t.event_type)
            && (!revised || date.as_ref().is_some_and(|d| day_before(earlier, &d.date)))
            && complement(&doc.text[t.end..])
                .is_none_or(|name| name.is_some_and(|w| told_in.contains(w)))
        {
            date = Some(EventDate {
                date: earlier.clone(),
                inherited: true,
            });
        } else if revised && !dated.contains_key(t.event_type) {
            revised_later.push((events.len(), t.event_type, t.end));
        }
        if let Some(d) = date.as_ref().filter(|d| !d.inherited) {
            dated.insert(t.event_type, (d.date.clone(), stext));
            first_dated
                .entry(t.event_type)
                .or_insert_with(|| (d.date.clone(), stext));
        }
        events.push(Event {
            id: String::new(),
            event_type: event_type(doc, t, &mut cues).to_string(),
            trigger: Span { text, start, end },
            sentence: SentenceSpan {
                start: doc.char_offset(s.start),
                end: doc.char_offset(s.end),
            },
            paragraph,
            date,
            // The assessment above is the one place_for would make: the
            // trigger's offset in its sentence (assess clamps it as
            // place_for does).
            place: cx.place_for_attributed(s, tc, a.attribution),
            actors: cx.actors_for(s, t),
            casualties: Vec::new(),
            modality,
            attribution,
        });
        event_sentence.push(t.sentence);
    }
    for (i, kind, end) in revised_later {
        if let Some((later, told_in)) = first_dated.get(kind)
            && let Some(d) = events[i].date.as_mut()
            && day_before(later, &d.date)
            && complement(&doc.text[end..])
                .is_none_or(|name| name.is_some_and(|w| told_in.contains(w)))
        {
            d.date = later.clone();
        }
    }

    // Casualty figures to events: the best-suited event of the figure's
    // sentence, else the nearest earlier one of its paragraph, else the
    // document's first toll-bearing event (headline first), else a new event
    // made from the figure itself.
    let n_trig = event_sentence.len();
    let mut by_paragraph: crate::fxhash::FxHashMap<usize, Vec<usize>> =
        crate::fxhash::FxHashMap::default();
    for (i, &si) in event_sentence.iter().enumerate() {
        by_paragraph
            .entry(doc.sentences[si].paragraph)
            .or_default()
            .push(i);
    }
    // The document's first suitable event per casualty category (headline
    // first), recomputed when an event is added.
    let mut main_cache: [Option<Option<usize>>; 7] = [None; 7];
    // A roundup of briefs, each opening on its rubric in capitals: a
    // figure of one brief is no part of another's event, nor of the
    // headline's that lists them.
    let rubrics: Vec<bool> = doc
        .paragraphs
        .iter()
        .map(|p| {
            p.kind != crate::model::ParagraphKind::Headline
                && opens_with_rubric(&doc.text[p.start..p.end])
        })
        .collect();
    let roundup = rubrics.iter().filter(|&&r| r).count() >= 2;
    for c in m.casualties {
        let byte = doc.byte_offset(c.start);
        let Some(s) = doc.sentence_at(byte) else {
            continue;
        };
        let score = |i: usize| {
            (
                suits(&events[i].event_type, c.category),
                usize::MAX - events[i].trigger.start.abs_diff(c.start),
            )
        };
        let in_para: &[usize] = by_paragraph.get(&s.paragraph).map_or(&[], |v| v.as_slice());
        // Trigger events (indices below `n_trig`) are in text order: their
        // sentences are found by binary search; events made from figures (a
        // few) follow. Linear overall, whatever the number of events.
        let (pre, tail) = in_para.split_at(in_para.partition_point(|&i| i < n_trig));
        let lo = pre.partition_point(|&i| event_sentence[i] < s.index);
        let hi = pre.partition_point(|&i| event_sentence[i] <= s.index);
        // In its sentence, the event of the figure's own clause first: "en
        // janvier 2015, une attaque avait fait 5 morts ; le 26 février, les
        // explosions … avaient ôté la vie à 14 personnes".
        let same_clause = |i: usize| {
            let (a, b) = if events[i].trigger.start < c.start {
                (events[i].trigger.end, c.start)
            } else {
                (c.end, events[i].trigger.start)
            };
            a >= b || !doc.text[doc.byte_offset(a)..doc.byte_offset(b)].contains(';')
        };
        // "Le conflit, déclenché en 2011 par la répression de
        // manifestations, a fait…": an event told inside the clause that
        // names the war is no event of its toll.
        let war_at = crate::extract::casualties::conflict_named_at(&doc.text[s.start..byte])
            .map(|w| s.start + w);
        // "21 personnes ont perdu la vie depuis le début de l'année, contre
        // 26 sur l'ensemble de l'année 2022": the figure compared is of
        // another time than its sentence's event.
        let compared = compared_figure(doc, c);
        // "une quinzaine d'assaillants auraient été tués lors de la
        // riposte" after a stampede at the gates: armed men killed are an
        // armed event's toll, never an accident's or a disaster's.
        // (The figure's group, as the groups lexicon categorises it:
        // attackers, jihadists, rebels, bandits; not soldiers or
        // policemen, whom accidents kill too.)
        let armed_dead = c.category == CasualtyCategory::Killed
            && matches!(
                c.group_category,
                Some(crate::model::Category::Militants | crate::model::Category::Rebels)
            );
        let suited = |i: usize| {
            !(armed_dead && matches!(events[i].event_type.as_str(), "accident" | "disaster"))
        };
        let same = pre[lo..hi]
            .iter()
            .chain(tail.iter())
            .copied()
            .filter(|_| !compared)
            .filter(|&i| {
                war_at.is_none_or(|w| {
                    let t = doc.byte_offset(events[i].trigger.start);
                    t < w || t >= byte
                })
            })
            .filter(|&i| suited(i))
            .filter(|&i| {
                event_sentence[i] == s.index
                    && (suits(&events[i].event_type, c.category) >= SUITS_WELL
                        || suits(&events[i].event_type, c.category) > 0
                            && is_circumstance(doc, events[i].trigger.start))
            })
            // (An event of the sentence's own words before one made from
            // another figure, split off for a day of its own: "Un kamikaze
            // s'est fait exploser mercredi aux funérailles d'un responsable
            // assassiné la veille, faisant au moins 15 morts".)
            .max_by_key(|&i| (same_clause(i), i < n_trig, score(i)));
        // "Le conflit a fait plus de 36 000 morts depuis 2009": the toll of a
        // war told without an event of its sentence is the war's, not that
        // of the attack told before it.
        let of_conflict = same.is_none() && war_at.is_some();
        let para = same.or_else(|| {
            if of_conflict {
                return None;
            }
            let earlier: Vec<usize> = pre[lo.saturating_sub(INHERIT_WINDOW)..lo]
                .iter()
                .chain(tail.iter())
                .copied()
                .filter(|&i| event_sentence[i] < s.index)
                .collect();
            // An arrest or a kidnapping told in a sentence of its own is an
            // event of its own, not a detail of an earlier clash or protest.
            // (A toll of a day of its own is no part of a count kept
            // since a month before: "Plus de 1 100 cas ont été recensés
            // depuis la fin décembre … Deux fillettes ont encore succombé
            // jeudi".)
            let own_day = || !c.cumulative && cx.own_day(s, c.start).is_some();
            earlier[earlier.len().saturating_sub(INHERIT_WINDOW)..]
                .iter()
                .copied()
                .filter(|&i| suits(&events[i].event_type, c.category) >= SUITS_WELL && suited(i))
                .filter(|&i| {
                    // (An event the count itself made, no event word.)
                    !(events[i].casualties.iter().all(|x| x.cumulative)
                        && events[i]
                            .casualties
                            .iter()
                            .any(|x| x.start == events[i].trigger.start)
                        && events[i]
                            .date
                            .as_ref()
                            .and_then(|d| d.date.value.as_deref())
                            .is_some_and(|v| v.len() < 10)
                        && own_day())
                })
                .max_by_key(|&i| score(i))
        });
        let slot = c.category as usize;
        let main = para.or_else(|| {
            if of_conflict || roundup && rubrics[s.paragraph] {
                return None;
            }
            *main_cache[slot].get_or_insert_with(|| {
                (0..events.len())
                    .filter(|&i| {
                        suits(&events[i].event_type, c.category) >= SUITS_WELL
                            || (c.category == CasualtyCategory::Arrested
                                && suits(&events[i].event_type, c.category) >= 3)
                    })
                    .min_by_key(|&i| {
                        (
                            doc.paragraphs[events[i].paragraph].kind
                                != crate::model::ParagraphKind::Headline,
                            events[i].trigger.start,
                        )
                    })
            })
        });
        // A figure whose paragraph tells its own day ("Dimanche, des
        // milliers de manifestants … 31 personnes ont été blessées") is not
        // a detail of an event of another day told elsewhere.
        // Nor is a figure whose own sentence dates it earlier than the
        // event of its paragraph it would join ("En 2021, …").
        // Nor is a toll counted since a date its sentence tells ("Depuis
        // octobre 2023, plus de 3 500 personnes ont été tuées au Liban").
        // (A headline's toll is the body's event's: it is not split off.)
        let counted_since = same.is_none()
            && c.cumulative
            && doc.paragraphs[s.paragraph].kind != crate::model::ParagraphKind::Headline
            && since_date(
                doc,
                m.dates,
                doc.char_offset(s.start),
                doc.char_offset(s.end),
                c.start,
            )
            .is_some();
        // (Or told in an apposition of its harm: "un adolescent, emporté par
        // les vagues dimanche soir", after a drowning of Monday.)
        let told_within = day_told_within(doc, m.dates, c).or_else(|| cx.apposition_day(c));
        let total_since = running_total_start(doc, m.dates, c);
        let running_total = total_since.is_some();
        let of_another_day = main.filter(|&i| {
            let theirs = events[i]
                .date
                .as_ref()
                .and_then(|d| d.date.value.as_deref());
            told_within.is_some_and(|own| {
                theirs.is_none_or(|t| t.get(..10) != own.value.as_deref().and_then(day_of))
            }) || running_total
                || counted_since && event_sentence.get(i) != Some(&s.index)
                // A year's total that its sentence dates to a year of its own
                // ("près de 4 000 personnes ont perdu la vie sur les routes
                // en 2024" after a crash of August 2023), or a month of
                // another year ("43 étudiants, disparus en septembre 2014 à
                // Iguala" after a count kept since 2006).
                // (Told in its clause after the figure, not a span's start,
                // "depuis le début de son décompte, en 2009", nor the year
                // a wounded victim died, "morte en 2021 des suites de ses
                // blessures".)
                || event_sentence.get(i) != Some(&s.index)
                    && cx.date_for(s, c.start).is_some_and(|own| {
                        // (The cheap tests first: text is folded only for a
                        // year of its own after the figure.)
                        !own.inherited
                            && own.date.start >= c.end
                            && own.date.value.as_deref().is_some_and(|v| {
                                matches!(v.len(), 4 | 7)
                                    && theirs.is_some_and(|t| t.get(..4) != v.get(..4))
                            })
                            && {
                                let g = crate::document::fold(
                                    &doc.text
                                        [doc.byte_offset(c.end)..doc.byte_offset(own.date.start)],
                                );
                                g.trim_end().ends_with(" en")
                                    && !g.contains([',', ';', '('])
                                    && !g.contains("depuis")
                            }
                            && !crate::document::fold(doc.sentence_text(s)).contains("blessures")
                    })
                // A figure compared with another time that its clause
                // names ("contre 26 sur l'ensemble de l'année 2022").
                || compared
                    && cx.date_for(s, c.start).is_some_and(|own| {
                        !own.inherited
                            && events[i]
                                .date
                                .as_ref()
                                .is_none_or(|t| t.date.start != own.date.start)
                    })
                || matches!(
                    c.modality,
                    Modality::Asserted | Modality::Reported | Modality::Uncertain
                ) && (!is_toll_update(doc.sentence_text(s))
                    // (A toll its sentence dates years before is no update,
                    // "bilan" or not: "Ce bilan ravive le souvenir de … : le
                    // 4 septembre 2012, un autocar … faisant 42 morts".)
                    || c.category != CasualtyCategory::Missing
                        && events[i]
                            .date
                            .as_ref()
                            .is_some_and(|t| cx.own_earlier_year(s, c.start, t)))
                    // (Not the day bodies were recovered, later than their
                    // deaths: "Mercredi, les équipes ont dégagé 61 corps".)
                    && ((para.is_none() || same.is_none() && cx.opens_on_a_day(s))
                    && cx.own_day(s, c.start).is_some_and(|own| {
                        theirs.is_some_and(|t| t.get(..10) != Some(own.as_str()))
                            && !bodies_recovered(doc, s, c)
                    })
                    // "Un policier aurait été tué samedi soir" after an
                    // event of Friday: the figure's verb tells its day.
                    || cx.verb_day(s, c).is_some_and(|own| {
                        theirs.is_some_and(|t| t.get(..10) != Some(own))
                    })
                    // (The missing are a state at a day, not an event of it.)
                    || c.category != CasualtyCategory::Missing
                        && events[i]
                            .date
                            .as_ref()
                            .is_some_and(|t| cx.own_earlier_date(s, c.start, t))
                    // A sentence of its own that opens on another year,
                    // month or day than the event's ("En février 2022, un
                    // autre déluge …" after January 2011), later as well.
                    || c.category != CasualtyCategory::Missing
                        && event_sentence.get(i) != Some(&s.index)
                        && cx.opens_on_a_date(s).is_some_and(|own| {
                            theirs.is_some_and(|t| {
                                let t = t.get(..10.min(t.len())).unwrap_or(t);
                                !(t.starts_with(own) || own.starts_with(t))
                                    && t.as_bytes().first().is_some_and(u8::is_ascii_digit)
                                    && (own < t || !bodies_recovered(doc, s, c))
                            })
                        }))
        });
        // "À Hong Kong, … 213 personnes ont été blessées": a toll told in
        // a sentence of its own that opens on a place of another country
        // than the event it would join (a storm across countries) is an
        // event of its own there; so is one that opens on a country where
        // the event is placed in no country ("la vague de froid qui frappe
        // l'Europe … En Lituanie, sept personnes sont mortes").
        let of_another_place = main.filter(|&i| {
            let theirs = events[i].place.as_ref().map(|e| e.place.country.as_deref());
            event_sentence.get(i) != Some(&s.index)
                && cx.framed_place(s).is_some_and(|p| {
                    p.country.is_some()
                        && theirs.is_some_and(|t| t.is_none() || p.country.as_deref() != t)
                })
                // ("Les deux suspects arrêtés en Allemagne" after arrests in
                // Belgium: a country of its own, told after the toll.)
                || cx.placed_after(c).is_some_and(|p| {
                    p.kind == crate::model::PlaceKind::Country
                        && p.country.is_some()
                        && theirs.is_some_and(|t| t.is_some() && p.country.as_deref() != t)
                })
        });
        // (Then an event of the same kind, on its own day or place.)
        let kind_apart = of_another_day
            .or(of_another_place)
            .map(|i| events[i].event_type.clone());
        let main = main.filter(|_| of_another_day.is_none() && of_another_place.is_none());
        // "Le RNDDH fait aussi état de sept personnes enlevées" in the story
        // of Saturday's raid, before a background paragraph of "plus de 950
        // enlèvements entre le 1er janvier et le 15 août": no body figure
        // joins an event told more than a paragraph after it on a date of
        // its own; it makes one of that kind, dated from where it stands.
        let far = main.filter(|&i| {
            doc.paragraphs[s.paragraph].kind != crate::model::ParagraphKind::Headline
                && events[i].trigger.start > c.start
                && events[i].paragraph > s.paragraph + 1
                && events[i].date.as_ref().is_some_and(|d| !d.inherited)
        });
        let kind_apart = kind_apart.or_else(|| far.map(|i| events[i].event_type.clone()));
        let main = main.filter(|_| far.is_none());
        match main {
            Some(i) => events[i].casualties.push(c.clone()),
            // "La DGSN n'a mentionné aucun blessé": a zero is no event of
            // its own (it stays a figure of the document), nor the event
            // later figures of its kind would join.
            None if c.count == Some(0) => {}
            None => {
                let event_type = match c.category {
                    _ if kind_apart.is_some() => kind_apart.as_deref().unwrap_or("other"),
                    CasualtyCategory::Killed | CasualtyCategory::Injured if of_conflict => "clash",
                    CasualtyCategory::Killed
                    | CasualtyCategory::Injured
                    | CasualtyCategory::Affected
                        if of_a_disease(doc, s) =>
                    {
                        "disaster"
                    }
                    // "Les pluies torrentielles ont fait 50 morts".
                    CasualtyCategory::Killed | CasualtyCategory::Injured
                        if hazard_death(doc.sentence_text(s)) =>
                    {
                        "disaster"
                    }
                    // ("sept corps sans vie ont été découverts" in a
                    // pirogue: the crossing's.)
                    CasualtyCategory::Killed | CasualtyCategory::Injured
                        if mishap_near(doc, s.start) =>
                    {
                        "accident"
                    }
                    CasualtyCategory::Killed => "killing",
                    CasualtyCategory::Injured => "injury",
                    CasualtyCategory::Arrested => "arrest",
                    CasualtyCategory::Kidnapped if hostage_of_a_mutiny(doc, s.start) => "riot",
                    CasualtyCategory::Kidnapped => "kidnapping",
                    _ => "other",
                };
                let sb = doc.char_offset(s.start);
                events.push(Event {
                    id: String::new(),
                    event_type: event_type.to_string(),
                    trigger: Span {
                        text: c.text.clone(),
                        start: c.start,
                        end: c.end,
                    },
                    sentence: SentenceSpan {
                        start: sb,
                        end: doc.char_offset(s.end),
                    },
                    paragraph: s.paragraph,
                    date: match told_within
                        .or(total_since)
                        .or_else(|| pluperfect_verb_day(doc, m.dates, c))
                    {
                        Some(d) => Some(EventDate {
                            date: event_day(doc, d),
                            inherited: false,
                        }),
                        None => cx.date_for(s, c.start),
                    }
                    .map(|mut d| {
                        if c.cumulative || running_total {
                            from_its_start(&mut d.date);
                        }
                        d
                    }),
                    place: cx.place_for(s, c.start),
                    actors: Vec::new(),
                    casualties: vec![c.clone()],
                    modality: c.modality,
                    attribution: c.attribution.clone(),
                });
                event_sentence.push(s.index);
                by_paragraph
                    .entry(s.paragraph)
                    .or_default()
                    .push(events.len() - 1);
                main_cache = [None; 7];
            }
        }
    }
    // "…enterrait les victimes d'un massacre. Cinq hommes ont été abattus
    // dimanche dernier": an event that only inherited its date, whose
    // tolls a later sentence tells with a day of its own, happened that
    // day.
    for e in events.iter_mut() {
        if !e.date.as_ref().is_some_and(|d| d.inherited) || e.casualties.is_empty() {
            continue;
        }
        let sentence_of =
            |c: &CasualtyFigure| doc.sentence_at(doc.byte_offset(c.start)).map(|s| s.index);
        let first = sentence_of(&e.casualties[0]);
        let Some(si) = first else { continue };
        let trigger_sentence = doc
            .sentence_at(doc.byte_offset(e.trigger.start))
            .map(|s| s.index);
        if trigger_sentence == Some(si)
            || e.casualties
                .iter()
                .any(|c| sentence_of(c) != first || c.cumulative)
        {
            continue;
        }
        // (Not the day of a count: "Le gouvernement a fait état dimanche
        // d'un bilan officiel de 47 morts".)
        // Nor the start of a span: "Les pertes … depuis son intervention
        // en Syrie le 24 août 2016".
        if is_toll_update(doc.sentence_text(&doc.sentences[si])) {
            continue;
        }
        let c = &e.casualties[0];
        // (A date with its year: "porté disparu depuis dimanche soir" is
        // when he went missing.)
        let after_since = |d: &DateMention| {
            if !d
                .text
                .split_whitespace()
                .any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            {
                return false;
            }
            let b = doc.byte_offset(d.start);
            let from = doc.text.floor_char_boundary(b.saturating_sub(60));
            crate::document::fold(&doc.text[from..b]).contains("depuis")
        };
        if let Some(d) = cx.date_for(&doc.sentences[si], c.start).filter(|d| {
            !d.inherited
                && is_day(&d.date)
                && !dates_a_report(doc, &d.date, c.start)
                && !after_since(&d.date)
        }) {
            e.date = Some(d);
        }
    }
    // A toll counted over a span ("plus de 26 000 morts" of violences "en
    // proie depuis 2015", "Depuis octobre 2023, plus de 3 500 personnes ont
    // été tuées") dates from the span's start, where its sentence tells it.
    for e in events.iter_mut() {
        // Every toll of the event counted so, or the one that is its
        // trigger ("… plus de 26 000 morts. Plus de deux millions de
        // personnes ont dû fuir").
        let trigger_toll = e
            .casualties
            .iter()
            .find(|c| c.start <= e.trigger.start && e.trigger.start < c.end);
        // (Not where another toll of it is dated by a sentence of its own:
        // "Pour la seule semaine dernière, vingt-trois décès …".)
        let dated_apart = |c: &CasualtyFigure| {
            let in_trigger_sentence = e.sentence.start <= c.start && c.start < e.sentence.end;
            !c.cumulative
                && !in_trigger_sentence
                && doc.sentence_at(doc.byte_offset(c.start)).is_some_and(|cs| {
                    let (cs, ce) = (doc.char_offset(cs.start), doc.char_offset(cs.end));
                    starting_in(m.dates, |d| d.start, cs, ce)
                        .iter()
                        .any(|d| d.end <= ce && is_calendar(d))
                })
        };
        // (Nor a figure compared with another time, which its clause dates:
        // "…, contre 78 sur l'ensemble de l'année 2024".)
        if e.casualties.is_empty()
            || e.casualties.iter().any(|c| compared_figure(doc, c))
            || !(e.casualties.iter().all(|c| c.cumulative)
                || trigger_toll.is_some_and(|c| c.cumulative))
            || e.casualties.iter().any(dated_apart)
            || e.casualties
                .iter()
                .any(|c| day_told_within(doc, m.dates, c).is_some())
        {
            continue;
        }
        if let Some(d) = since_date(
            doc,
            m.dates,
            e.sentence.start,
            e.sentence.end,
            e.trigger.start,
        ) {
            let mut date = d.clone();
            from_its_start(&mut date);
            e.date = Some(EventDate {
                date,
                inherited: false,
            });
        }
    }
    // "ont indiqué samedi les autorités" over "Il a chaviré jeudi soir": an
    // event with a toll but only an inherited date takes the own day of the
    // next event of its kind, with no toll, in the next two paragraphs,
    // that tells when it happened — a day in the week before, in a
    // sentence that recalls no earlier event.
    for h in 0..events.len() {
        let e = &events[h];
        // (Events of a moment only: unrest or floods last days, and a later
        // sentence may tell when they began.)
        let of_a_moment = matches!(
            e.event_type.as_str(),
            "accident" | "attack" | "bombing" | "shooting" | "airstrike" | "killing"
        ) || e.event_type == "disaster" && is_sudden_disaster(&e.trigger.text);
        // (A day of its own, unless it only dates a report: "…, a annoncé
        // jeudi la protection civile".)
        if !of_a_moment
            || e.casualties.is_empty()
            || e.date
                .as_ref()
                .is_some_and(|d| !d.inherited && !dates_a_report(doc, &d.date, e.trigger.start))
        {
            continue;
        }
        let Some(inherited) = e
            .date
            .as_ref()
            .and_then(|d| d.date.value.as_deref())
            .and_then(calendar_day)
        else {
            continue;
        };
        let own_day = |o: &Event| {
            let d = o.date.as_ref().filter(|d| !d.inherited)?;
            let v = d.date.value.as_deref()?;
            let day = calendar_day(v)?;
            let back = (inherited - day).num_days();
            (1..=7).contains(&back).then(|| d.clone())
        };
        let recalls = |o: &Event| {
            let t = crate::document::fold(
                &doc.text[doc.byte_offset(o.sentence.start)..doc.byte_offset(o.sentence.end)],
            );
            [
                "precedent",
                "deja",
                "dernier",
                "derniere",
                "il y a",
                "rappel",
                "avait ete",
                "avaient ete",
            ]
            .iter()
            .any(|w| t.contains(w))
        };
        let next = events.iter().find(|o| {
            o.trigger.start > e.trigger.start
                && o.paragraph <= e.paragraph + 2
                && (o.event_type == e.event_type
                    // "l'effondrement d'une mine" then "L'éboulement s'est
                    // produit vendredi": a collapse told by two nouns.
                    || matches!(
                        (e.event_type.as_str(), o.event_type.as_str()),
                        ("accident", "disaster")
                    ) && is_definite(&doc.text[..doc.byte_offset(o.trigger.start)]))
                && o.casualties.is_empty()
                && !recalls(o)
                && own_day(o).is_some()
        });
        if let Some(d) = next.and_then(own_day) {
            events[h].date = Some(EventDate {
                date: d.date,
                inherited: true,
            });
        }
    }
    // "Le bilan de la tempête qui a frappé Mindanao s'est alourdi ce
    // mercredi : 47 morts … La tempête a touché terre dans la nuit de
    // dimanche à lundi": the day a toll grew is not the event's; a later
    // event named by the same word, told with its own day in the three
    // months before, tells it.
    for i in 0..events.len() {
        let Some(d) = events[i].date.as_ref().filter(|d| !d.inherited) else {
            continue;
        };
        if !dates_a_toll_update(doc, &d.date) {
            continue;
        }
        let word = crate::document::fold(&events[i].trigger.text);
        let own = events[i + 1..]
            .iter()
            .filter(|o| o.paragraph <= events[i].paragraph + 3)
            .find(|o| {
                o.event_type == events[i].event_type
                    && same_stem(&crate::document::fold(&o.trigger.text), &word)
                    && o.date
                        .as_ref()
                        .is_some_and(|od| !od.inherited && day_before(&od.date, &d.date))
            })
            .and_then(|o| o.date.clone());
        if let Some(own) = own {
            events[i].date = Some(own);
        }
    }
    // A headline's event is the body's event of its kind that bears the
    // same toll: it takes that event's own date where it only inherited
    // the document's ("17 ouvriers tués dans l'incendie d'une usine" over
    // "… ont péri …. Le feu s'est déclaré lundi").
    for h in 0..events.len() {
        let e = &events[h];
        if doc.paragraphs[e.paragraph].kind != crate::model::ParagraphKind::Headline
            || e.date.as_ref().is_some_and(|d| !d.inherited)
        {
            continue;
        }
        // The day the body's is measured against: the document's first,
        // where the headline inherited a later one's (see
        // [`inherited_date`]).
        let own_date = e
            .date
            .as_ref()
            .and_then(|d| cx.first_day_instead(e.paragraph, d))
            .or_else(|| e.date.clone());
        // (The headline's own figures: the body's, gathered to it where
        // the lead has no event word, may match a later event's by chance.)
        let same_toll = |o: &Event| {
            o.casualties.iter().any(|c| {
                e.casualties.iter().any(|x| {
                    x.start < e.sentence.end
                        && x.category == c.category
                        && x.count.is_some()
                        && x.count == c.count
                })
            })
        };
        // (Not an earlier tragedy recalled in the pluperfect: "Le 4 janvier,
        // un homme de 61 ans avait péri dans l'incendie de son mobil-home"
        // under "une octogénaire meurt dans l'incendie de sa maison".)
        let recalled = |o: &Event| {
            let t = crate::document::fold(
                &doc.text[doc.byte_offset(o.sentence.start)..doc.byte_offset(o.sentence.end)],
            );
            t.split(|c: char| !c.is_alphanumeric())
                .any(|w| matches!(w, "avait" | "avaient"))
        };
        // The body's date, its own or one its paragraph gave it ("Les
        // affrontements ont éclaté mardi. … au moins 27 personnes ont été
        // tuées"), a day of the three months before the headline's.
        let dated = |d: &EventDate| {
            !d.inherited
                || own_date
                    .as_ref()
                    .is_some_and(|h| day_before(&d.date, &h.date))
        };
        // Or the lead's event named by the same word, with its own day in
        // the three months before the headline's ("… le bilan des séismes
        // d'Hérat" over "le bilan des séismes qui ont frappé samedi la
        // province d'Hérat"; not a year, nor an anniversary's day).
        let lead = doc
            .paragraphs
            .iter()
            .find(|p| p.kind != crate::model::ParagraphKind::Headline)
            .map(|p| p.index);
        let word = |o: &Event| crate::document::fold(&o.trigger.text);
        // (An anniversary's headline is the day recalled: "Un an après le
        // séisme, la Turquie et la Syrie pleurent leurs morts" over "il y a
        // un an jour pour jour, un séisme … a dévasté le sud de la
        // Turquie".)
        let anniversary = || {
            const AGO: &[&str] = &[
                "an apres",
                "ans apres",
                "mois apres",
                "an plus tard",
                "ans plus tard",
                "mois plus tard",
                "anniversaire",
            ];
            let f = crate::document::fold(
                &doc.text[doc.byte_offset(e.sentence.start)..doc.byte_offset(e.sentence.end)],
            );
            AGO.iter().any(|w| has_phrase(&f, w)) || f.contains("commemor")
        };
        let earlier = |d: &EventDate| {
            own_date.as_ref().is_some_and(|h| {
                day_before(&d.date, &h.date)
                    || anniversary()
                        && d.date
                            .value
                            .as_deref()
                            .zip(h.date.value.as_deref())
                            .is_some_and(|(a, b)| {
                                a.len() >= 10 && b.len() >= 10 && a[..10] < b[..10]
                            })
            })
        };
        // (Of several, the one bearing the headline's first figure: "un
        // mort dans le val de Saas, deux disparus dans le Misox" is first
        // the death's, told in the lead; then the first found, an event
        // word's before a toll's own.)
        let first_toll = |o: &Event| {
            e.casualties.first().is_some_and(|x| {
                o.casualties
                    .iter()
                    .any(|c| c.category == x.category && x.count.is_some() && c.count == x.count)
            })
        };
        let body = events
            .iter()
            .filter(|o| {
                doc.paragraphs[o.paragraph].kind != crate::model::ParagraphKind::Headline
                    && o.event_type == e.event_type
                    && o.date.as_ref().is_some_and(dated)
                    && same_toll(o)
                    && !recalled(o)
            })
            .min_by_key(|o| !first_toll(o))
            .or_else(|| {
                events.iter().find(|o| {
                    Some(o.paragraph) == lead
                        && o.event_type == e.event_type
                        && word(o) == word(e)
                        && o.date.as_ref().is_some_and(|d| !d.inherited && earlier(d))
                        && !recalled(o)
                })
            });
        if let Some(date) = body.and_then(|o| o.date.clone()) {
            events[h].date = Some(date);
        }
    }
    // Text order, then ids.
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by_key(|&i| events[i].trigger.start);
    let mut sorted: Vec<Event> = order.into_iter().map(|i| events[i].clone()).collect();
    for (i, e) in sorted.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
    }
    sorted
}

/// Words (folded) of road, vehicle and work-site mishaps, and of crossings
/// by sea ("l'embarcation pneumatique", "un small boat", "en hypothermie",
/// "a chaviré", "au large des côtes").
static MISHAP: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?-u)\b(?:embarcations?|canots?|pneumatiques?|pirogues?|barques?|bateaux?|small boats?|chavire\w*|naufrag\w*|hypothermie|traversee de la manche|au large d(?:e|es|u|')|baigneurs?|baignades?|nageurs?|plongeurs?|plongee|alpinistes?|cordees?|skieurs?|canyonistes?|parapentistes?|parapentes?|deltaplanes?|montgolfieres?|ulm|telesieges?|telepheriques?|telecabines?|remontees? mecaniques?|maneges?|attractions? foraines?|jet-skis?|derail\w*|voitures?|vehicules?|automobilistes?|motos?|motards?|motocyclistes?|scooters?|camions?|camionnettes?|poids lourds?|autocars?|minibus|tracteurs?|cyclistes?|pietons?|pietonnes?|passagers?|passageres?|conducteur|conductrice|routes?|routiers?|routieres?|autoroutes?|chaussee|carrefour|rond-point|virage|sortie de route|embardee|tonneaux?|collisions?|percutee?s?|heurtee?s?|fauchee?s?|couche sur le flanc|chantier|echafaudage|chute de|est tombee?|sont tombee?s|noyee?s?|noyade)\b|\b(?:rd|rn|a) ?[0-9]{1,4}\b").unwrap()
});

/// A killing told with its weapon or its armed agent: "tué par balle",
/// "abattu par des hommes armés", "tués par un tireur".
static BY_WEAPON: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?-u)\b(?:tuee?s?|abattue?s?) (?:\w+ ){0,2}?par (?:balles?|des? (?:hommes |individus )?armes|un (?:homme |individu )?arme|une? tireurs?|des tireurs|des tirs|un coup de (?:feu|couteau))\b").unwrap()
});

/// The weapon or armed agent of a killing the sentence tells ([`BY_WEAPON`]):
/// `Some(true)` for armed men or a gunman (a killing of its own, whatever
/// crowd stood near), `Some(false)` for a weapon alone ("par balle").
fn killing_weapon(sentence: &str) -> Option<bool> {
    BY_WEAPON
        .find(&crate::document::fold(sentence))
        .map(|m| m.as_str().contains("arme") || m.as_str().contains("tireur"))
}

/// Words (folded) of violence: a death among them is no mishap.
static VIOLENCE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?-u)\b(?:balles?|tirs?|tire|tirer|tireurs?|tiree?s?|tirai(?:t|ent)|abat|abattent|abattre|armee?s?|couteau|poignard\w*|agress\w*|meurtr\w*|assassin\w*|rixe|fusillade|reglements? de comptes?|abattu\w*|attaqu\w*|attentat|explosifs?|kamikazes?|jihad\w*|djihad\w*|terror\w*|soldats?|militaires?|rebelles?|frappes?|bombard\w*|lynch\w*|coups|bless\w+ par balles?|emeut\w*|manifest\w*)\b").unwrap()
});

/// A verb that names someone's act ("tué", "abattu", "assassiné"), not a
/// death or a wound as such ("mort", "a perdu la vie", "blessé").
fn blames(trigger: &str) -> bool {
    [
        "tue", "abattu", "assassin", "execut", "egorg", "poignard", "massacr",
    ]
    .iter()
    .any(|w| trigger.split(' ').any(|t| t.starts_with(w)))
}

/// A disaster of a moment, by its noun: an earthquake, an eruption, a
/// landslide ("L'éruption a débuté mercredi" dates it), not floods, fires
/// or a heat wave, which last days.
fn is_sudden_disaster(trigger: &str) -> bool {
    let t = crate::document::fold(trigger);
    [
        "seisme",
        "tremblement",
        "eruption",
        "glissement",
        "avalanche",
        "eboulement",
        "coulee",
        "effondrement",
        "tsunami",
        "raz-de-maree",
        "explosion",
    ]
    .iter()
    .any(|w| t.starts_with(w))
}

static PASSIVE_AUX: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\b(?:été|est|sont|était|étaient|fut|furent|sera|seront|soit|soient)\s+(?:\w+\s+){0,2}$").unwrap()
});
static ACTIVE_AUX: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?i)\b(?:a|ont|avait|avaient|aura|auront|aurait|auraient|avoir|ayant)\s+(?:\w+\s+)?$",
    )
    .unwrap()
});

/// Is a verb trigger in the passive voice? "a été arrêté", "aurait également
/// été arrêté", a participle after "est", or a bare participle ("Deux
/// personnalités arrêtées") — but not "a arrêté".
fn is_passive(doc: &Document, t: &Trigger) -> bool {
    let trig = crate::document::fold(&doc.text[t.start..t.end]);
    if trig.split(' ').any(|w| w == "ete") {
        return true;
    }
    if trig.contains(' ') {
        // An auxiliary of its own that is not "été": active ("ont attaqué").
        return false;
    }
    let from = doc.text.ceil_char_boundary(t.start.saturating_sub(40));
    let before = &doc.text[from..t.start];
    if PASSIVE_AUX.is_match(before) {
        return true;
    }
    let participle = trig.ends_with('e')
        || trig.ends_with("es")
        || trig.ends_with("ee")
        || trig.ends_with("ees");
    participle && !ACTIVE_AUX.is_match(before)
}

static ANAPHOR: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?i)\b(?:ce|cet|cette|ces|ladite|ledit|lesdites|lesdits|même|mêmes)\s+(?:\w+\s+)?$",
    )
    .unwrap()
});

/// Is the trigger `t` told at a mine, a quarry or a gold-panning site (its
/// paragraph or the headline names one), in a document whose headline
/// names no bad weather?
fn at_a_mine(doc: &Document, t: &Trigger) -> bool {
    // (Words, no regex: a regex more is some 200 KB of a batch's peak.)
    const MINE: &[&str] = &[
        "mine d'or",
        "mines d'or",
        "mine de charbon",
        "mines de charbon",
        "mine de jade",
        "mines de jade",
        "mine de cuivre",
        "mine de diamants",
        "mine de cobalt",
        "mine de coltan",
        "mine de sel",
        "mine artisanale",
        "mines artisanales",
        "mine illegale",
        "mines illegales",
        "mine clandestine",
        "mine a ciel ouvert",
        "mine souterraine",
        "minier",
        "miniere",
        "miniers",
        "minieres",
        "galerie",
        "galeries",
        "orpailleur",
        "orpailleurs",
        "orpaillage",
        "carriere",
        "carrieres",
        "puits de mine",
        "puits d'or",
        "puits artisanaux",
        "site aurifere",
        "sites auriferes",
        "chercheurs d'or",
    ];
    const WEATHER: &[&str] = &[
        "intemperies",
        "pluie",
        "pluies",
        "pluvieux",
        "pluvieuse",
        "tempete",
        "tempetes",
        "inondation",
        "inondations",
        "crue",
        "crues",
        "cyclone",
        "typhon",
        "ouragan",
        "orage",
        "orages",
        "mousson",
    ];
    let headline = folded_headline(doc).unwrap_or_default();
    if WEATHER.iter().any(|w| has_phrase(&headline, w)) {
        return false;
    }
    let para = folded_paragraph_at(doc, t.start);
    MINE.iter()
        .any(|w| has_phrase(&headline, w) || has_phrase(&para, w))
}

/// The headline, folded, where the document has one.
fn folded_headline(doc: &Document) -> Option<String> {
    doc.paragraphs
        .first()
        .filter(|p| p.kind == crate::model::ParagraphKind::Headline)
        .map(|p| crate::document::fold(&doc.text[p.start..p.end]))
}

/// The paragraph holding byte `at`, folded.
fn folded_paragraph_at(doc: &Document, at: usize) -> String {
    let p = &doc.paragraphs[doc.paragraph_at(at)];
    crate::document::fold(&doc.text[p.start..p.end])
}

/// Does the text before a noun trigger end with a demonstrative ("cette
/// seconde arrestation", "ces attaques")?
fn is_anaphoric(before: &str) -> bool {
    let from = before.ceil_char_boundary(before.len().saturating_sub(40));
    ANAPHOR.is_match(&before[from..])
}

/// What the document speaks of, asked once when a trigger needs it.
#[derive(Default)]
struct Cues {
    /// An attack (attentat, kamikaze, bombe, insurgés…).
    attack: Option<bool>,
    /// Wildfires (hectares, végétation, forêts, Canadair…).
    wildfire: Option<bool>,
    /// Per paragraph: it speaks of demonstrators or rioters.
    unrest_in: crate::fxhash::FxHashMap<usize, bool>,
    /// Per paragraph: it speaks of unrest (demonstrators, clashes, looting).
    unrest_near: crate::fxhash::FxHashMap<usize, bool>,
    /// The headline tells of unrest only ([`headline_of_unrest`]).
    headline_unrest: Option<bool>,
    /// The document tells of no violence, disaster or disease
    /// ([`peaceful`]).
    peaceful: Option<bool>,
    /// Per paragraph: it tells of mob justice ([`MOB_JUSTICE`]).
    mob_justice: crate::fxhash::FxHashMap<usize, bool>,
}

/// Mob justice (folded): a crowd's own punishment of those it suspects
/// ("la justice populaire", "deux présumés voleurs de motos lynchés",
/// "accusés d'avoir volé une moto", "accusée de sorcellerie"). A crowd
/// that beats or burns a suspect to death kills; it is no riot. (Not a
/// crowd that lynches soldiers in a protest: no suspect is named.)
static MOB_JUSTICE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?-u)\b(?:(?:justice|vindicte) populaire|justice expeditive|se (?:rendre|faire) justice|(?:presume|pretendu|suppose|soupconne|suspecte)e?s? (?:voleu|braqueu|bandit|kidnappeu|ravisseu|violeu|criminel|delinquant|pickpocket|sorci)|(?:soupconne|accuse|suspecte)e?s?(?: a tort)? (?:d'avoir (?:vole|derobe|tente de voler|cambriole|viole)|de (?:vol|sorcellerie|cambriolage)|d'etre (?:un |une |des )?(?:voleu|sorci))|voleurs? (?:de|d')\s?\w+ (?:[a-z0-9'-]+ ){0,3}(?:lynche|battu|brule|tabasse|passe a tabac))").unwrap()
});

/// Is a death or a wound told at byte `at` a mishap's: a vehicle, a
/// road, a boat, a work site or a fall named in its sentence or the one
/// before in its paragraph ([`MISHAP`]), and no violence nor fire there
/// (killed or wounded among flames is the fire's: "un pompier a été tué
/// lorsque son camion a été pris au piège des flammes")?
fn mishap_near(doc: &Document, at: usize) -> bool {
    let s = doc.sentence_at(at);
    let from = s.map_or(0, |s| {
        // The sentence, and the one before it in its paragraph.
        match s.index.checked_sub(1).map(|j| &doc.sentences[j]) {
            Some(p) if p.paragraph == s.paragraph => p.start,
            _ => s.start,
        }
    });
    let to = s.map_or(doc.text.len(), |s| s.end);
    let near = crate::document::fold(&doc.text[from..to]);
    let fire = ["flamme", "incendie", "feu de", "feux de"]
        .iter()
        .any(|w| near.contains(w));
    MISHAP.is_match(&near) && !VIOLENCE.is_match(&near) && !fire
}

/// Does the document tell of no violence ([`VIOLENCE`], [`ARMED_VIOLENCE`]),
/// no disaster and no disease? Its deaths no one is blamed for are then
/// accidents.
fn peaceful(doc: &Document) -> bool {
    static TROUBLE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?-u)\b(?:seismes?|tremblements? de terre|inondations?|inonde\w*|crues?|cyclones?|typhons?|ouragans?|tempetes?|tornades?|avalanches?|glissements? de terrain|coulees?|eboulements?|canicules?|vagues? de (?:chaleur|froid)|intemperies|pluies|foudre|eruptions?|tsunamis?|secheresses?|famines?|epidemies?|pandemies?|cholera|paludisme|rougeole|ebola|covid\w*|coronavirus|grippe|dengue|fievre|virus|maladies?|meningite|violences?|tues?|tuee?s?|tuant|meurtres?|homicides?|crimes?|enquete pour (?:meurtre|homicide)|suspects?|corps sans vie|cadavres?|police judiciaire|garde a vue|interpell\w*|guerre|conflit|combats?|affrontements?|heurts|empoisonn\w*|regime|camps?|deplace\w*|refugie\w*)\b").unwrap()
    });
    let f = &doc.folded().text;
    // ("des coups de terrain", "un coup de grisou": no blows.)
    let blows = |m: &crate::fast_regex::Match| {
        m.as_str() != "coups"
            || ![
                "terrain", "grisou", "chaleur", "vent", "froid", "mer", "toit",
            ]
            .iter()
            .any(|w| {
                f[m.end()..]
                    .strip_prefix(" de ")
                    .is_some_and(|r| r.starts_with(w))
            })
    };
    !VIOLENCE.find_iter(f).any(|m| blows(&m)) && !ARMED_VIOLENCE.is_match(f) && !TROUBLE.is_match(f)
}

/// Does paragraph `pi`, the one before it, or the headline tell of mob
/// justice ([`MOB_JUSTICE`])?
fn mob_justice(doc: &Document, pi: usize, cues: &mut Cues) -> bool {
    cue_near(doc, pi, &mut cues.mob_justice, &MOB_JUSTICE)
}

/// Does `re` match paragraph `pi`, the one before it, or the headline
/// (folded; each paragraph read once for a cue, its answer kept in
/// `seen`)?
fn cue_near(
    doc: &Document,
    pi: usize,
    seen: &mut crate::fxhash::FxHashMap<usize, bool>,
    re: &FastRegex,
) -> bool {
    [Some(pi), pi.checked_sub(1), Some(0)]
        .into_iter()
        .flatten()
        .filter(|&i| {
            i == pi
                || i + 1 == pi
                || doc.paragraphs[i].kind == crate::model::ParagraphKind::Headline
        })
        .any(|i| {
            *seen.entry(i).or_insert_with(|| {
                let p = &doc.paragraphs[i];
                re.is_match(&crate::document::fold(&doc.text[p.start..p.end]))
            })
        })
}

/// Words of armed violence (folded): where they are, clashes are fights.
static ARMED_VIOLENCE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?-u)\b(?:fusillade|attaques?|attentats?|rebelles?|jihadistes?|djihadistes?|hommes armes|frappes?|combats?|embuscade|explosions?|armee|soldats?|militaires?|evasion|lynch\w*)\b").unwrap()
});

/// Does the document's headline tell of unrest, and of no armed violence
/// ("Équateur : au moins 18 détenus tués lors d'une mutinerie",
/// "Sri Lanka : plus de 200 arrestations lors des manifestations"; not
/// "trois rebelles tués dans une fusillade, heurts avec des manifestants")?
/// Clashes the body tells are then the unrest's.
fn headline_of_unrest(doc: &Document) -> bool {
    static UNREST: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(
            r"(?-u)\b(?:mutinerie|mutins?|emeutes?|emeutiers|manifestants?|manifestations?)\b",
        )
        .unwrap()
    });
    folded_headline(doc).is_some_and(|h| UNREST.is_match(&h) && !ARMED_VIOLENCE.is_match(&h))
}

/// Is what is told at `at` a hostage-taking in a prison's mutiny ("Douze
/// gardiens ont été retenus en otage" in a paragraph of mutineers, rioters
/// or inmates)? It is the mutiny's, a riot, as the deaths in it are; not
/// hostages of armed men who stormed a prison, nor people abducted to
/// "prisons secrètes" (a prison named is no mutiny).
fn hostage_of_a_mutiny(doc: &Document, at: usize) -> bool {
    static MUTINY: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?-u)\b(?:mutinerie|mutineries|mutins|mutines|emeutes?|emeutiers|detenus|codetenus|penitenciers?|centres? penitentiaires?)\b").unwrap()
    });
    let f = folded_paragraph_at(doc, at);
    MUTINY.is_match(&f)
        && !ARMED_VIOLENCE
            .find_iter(&f)
            .any(|m| !matches!(m.as_str(), "evasion" | "lynchage" | "lynches"))
}

/// The event type of a trigger. A bare "explosion" is a bombing in news of
/// attacks; in a document with no word of attack (a mine, a gas leak, a
/// power plant, a supernova) it is an accident. A fire ("incendie",
/// "incendiés") is a riot's in a document of unrest, else an accident.
fn event_type(doc: &Document, t: &Trigger, cues: &mut Cues) -> &'static str {
    let word = || crate::document::fold(&doc.text[t.start..t.end]);
    // "L'éboulement s'est produit dimanche … alors que plusieurs dizaines
    // de personnes travaillaient dans des puits", "un glissement de terrain
    // a coûté la vie à neuf orpailleurs": the fall of ground at a mine, a
    // quarry, a gold-panning site is a mining accident (in the news of bad
    // weather, its headline says so, the weather's).
    if t.event_type == "disaster"
        && matches!(
            word().split(' ').next(),
            Some("eboulement" | "eboulements" | "glissement" | "glissements")
        )
        && at_a_mine(doc, t)
    {
        return "accident";
    }
    // "la coulée de boue" after "la rupture d'une digue minière", "une crue
    // subite" that swept canyoners away: the mud a mine's dam released, or
    // the water that caught people at a sport of gorges, is an accident's,
    // not a natural disaster's (a dam that bursts in floods, hikers caught
    // by a storm's flood stay the disaster's).
    if t.event_type == "disaster"
        && matches!(
            word().split(' ').next(),
            Some("crue" | "crues" | "coulee" | "coulees" | "inondation" | "inondations" | "vague")
        )
        && {
            static MAN_MADE: LazyLock<FastRegex> = LazyLock::new(|| {
                FastRegex::new(r"(?-u)\b(?:(?:barrage|digue)s? (?:minier|miniere|de residus)|canyon(?:ing|istes?))").unwrap()
            });
            MAN_MADE.is_match(&folded_paragraph_at(doc, t.start))
                || folded_headline(doc).is_some_and(|h| MAN_MADE.is_match(&h))
        }
    {
        return "accident";
    }
    // "une femme a été tuée par un taureau", "mordu par un requin": killed
    // or hurt by an animal, an accident.
    if matches!(t.event_type, "killing" | "injury") && t.pos == Pos::Passive {
        const ANIMALS: &[&str] = &[
            "taureau",
            "taureaux",
            "vache",
            "vaches",
            "ours",
            "requin",
            "requins",
            "crocodile",
            "crocodiles",
            "elephant",
            "elephants",
            "lion",
            "lions",
            "lionne",
            "tigre",
            "loup",
            "loups",
            "chien",
            "chiens",
            "serpent",
            "hippopotame",
            "buffle",
            "sanglier",
            "cheval",
            "abeilles",
            "frelons",
            "guepes",
            "meduse",
            "meduses",
            "jaguar",
            "leopard",
            "gorille",
        ];
        let after =
            crate::document::fold(&doc.text[t.end..doc.text.ceil_char_boundary(t.end + 40)]);
        let mut w = after
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty());
        if w.next() == Some("par")
            && let Some(det) = w.next()
            && matches!(det, "un" | "une" | "des" | "le" | "la" | "les" | "l'")
            && w.next().is_some_and(|a| ANIMALS.contains(&a))
        {
            return "accident";
        }
    }
    // "des voitures incendiées", "un incendie" in a document of riots: the
    // fire was set, a riot's, not an accident.
    if t.event_type == "accident" && word().starts_with("incendi") {
        // "des hommes armés ont incendié des maisons", "des maisons
        // incendiées par des assaillants": arson by armed men, an attack.
        static ARMED: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?-u)\b(?:hommes armes|individus armes|assaillants?|gangs?|bandits?|bandes? armees?|jihadistes?|djihadistes?|terroristes?|rebelles?|insurges?|miliciens?|milices?|combattants?|groupes? arme)\b").unwrap()
        });
        let (ss, se) = doc
            .sentence_at(t.start)
            .map_or((0, doc.text.len()), |s| (s.start, s.end));
        let b = doc
            .text
            .floor_char_boundary(t.start.saturating_sub(120).max(ss));
        let e = doc.text.floor_char_boundary((t.end + 60).min(se));
        let near = crate::document::fold(&doc.text[b..e]);
        if ARMED.is_match(&near) {
            return "attack";
        }
        // A fire set on purpose ("incendie criminel", "d'origine
        // criminelle", "volontaire", "un pyromane"), near the trigger or in
        // the headline, outside unrest: arson, an attack.
        static ARSON: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?-u)\b(?:incendies? (?:criminels?|volontaires?)|origine criminelle|pyromanes?|incendiaires?|(?:a|ont|avait|avaient|aurait|auraient) (?:volontairement )?mis le feu|cocktails? molotov|(?:allume|declenche|provoque|mis)e?s? (?:volontairement|deliberement|intentionnellement)|(?:est|etait|serait|sont|etaient|seraient) (?:bien |donc |probablement |vraisemblablement )?(?:d'origine )?criminel(?:le)?s?)\b").unwrap()
        });
        let headline = folded_headline(doc);
        // (Not where it is ruled out: "Rien ne laisse croire à un incendie
        // d'origine criminelle", "la piste criminelle est écartée".)
        let set_on_purpose = |t: &str| {
            ARSON.find_iter(t).any(|m| {
                let before = &t[t.floor_char_boundary(m.start().saturating_sub(80))..m.start()];
                !before.split(|c: char| !c.is_alphanumeric()).any(|w| {
                    matches!(
                        w,
                        "rien" | "pas" | "aucun" | "aucune" | "ni" | "exclu" | "exclut" | "ecarte"
                    )
                })
            })
        };
        // (The headline's arson is not that of another fire, told in a
        // paragraph of an accident: "un autre feu, accidentel celui-là".)
        let arson = || {
            set_on_purpose(&near)
                || (headline.as_deref().is_some_and(set_on_purpose)
                    && !folded_paragraph_at(doc, t.start).contains("accident"))
        };
        // "l'incendie" in a document of burnt hectares or vegetation, with
        // no armed men near it: a wildfire, a disaster.
        if matches!(word().as_str(), "incendie" | "incendies") {
            static WILDFIRE: LazyLock<FastRegex> = LazyLock::new(|| {
                FastRegex::new(r"(?-u)\b(?:hectares|vegetation|forets?|feux de (?:foret|broussailles)|canadairs?|bombardiers d'eau|garrigue|pinede)\b").unwrap()
            });
            let wild = *cues
                .wildfire
                .get_or_insert_with(|| WILDFIRE.is_match(&doc.folded().text));
            if wild {
                return "disaster";
            }
        }
        static UNREST: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?-u)\b(?:manifestant|manifestation|emeute|emeutier|casseur|pillage|pille|heurts|affrontement|gilets? jaunes?|black bloc|violences urbaines|barricade|mutinerie|mutins?\b|foules?\b)").unwrap()
        });
        // Unrest told near the fire: its paragraph, the one before, or the
        // headline ("Émeutes : des voitures incendiées"); not clashes a
        // paragraph or more after a factory fire, at its victims' protest.
        let pi = doc.paragraph_at(t.start);
        let unrest = cue_near(doc, pi, &mut cues.unrest_near, &UNREST);
        // (A fire the text recalls in the pluperfect, "l'incendie de la
        // prison de Comayagua, qui avait fait 361 morts en février 2012",
        // is no riot of the news its headline tells: only its own
        // paragraph's unrest counts.)
        let unrest = unrest
            && (!has_pluperfect_auxiliary(doc.sentence_text(&doc.sentences[t.sentence]))
                || UNREST.is_match(&folded_paragraph_at(doc, t.start)));
        // "Des voitures ont été incendiées", "ont incendié des poubelles":
        // the street's furniture set on fire, a riot's.
        static STREET_ARSON: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?-u:\b)(?:(?:voitures|vehicules|poubelles|abribus|pneus|conteneurs|scooters|deux-roues)\s+(?:\S+\s+){0,3}(?:ont ete |sont |etaient |avaient ete )?incendie(?:s|es)|incendi(?:e|ant|er|ent|aient)\s+(?:des|plusieurs|quelques|de nombreux|de nombreuses|\d+)\s+(?:\S+\s+)?(?:voitures|vehicules|poubelles|abribus|pneus|conteneurs|scooters))(?-u:\b)").unwrap()
        });
        // (Not vehicles burnt in an attack: "nous avons perdu vingt hommes
        // et une dizaine de véhicules ont été incendiés".)
        static MILITARY: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?-u)\b(?:soldats?|militaires?|armee|attaques?|assaut|embuscade|jihadistes?|djihadistes?|hommes armes|assaillants?|combattants?|frappes?|bombardements?)\b").unwrap()
        });
        // (The paragraph folded and searched once, where either test below
        // asks.)
        let military = std::cell::OnceCell::new();
        let military = || {
            *military.get_or_init(|| {
                let p = &doc.paragraphs[pi];
                MILITARY.is_match(&crate::document::fold(&doc.text[p.start..p.end]))
            })
        };
        let street = || STREET_ARSON.is_match(&near) && !military();
        // Things burnt by someone ("une dizaine de véhicules ont été
        // incendiés": the participle, not the noun) in a paragraph of
        // soldiers and attacks: the attack's.
        let burnt_in_an_attack = || {
            doc.text
                .get(t.start..t.end)
                .is_some_and(|w| w.contains('é'))
                && military()
        };
        // (Unrest first: a fire set in a riot is the riot's; suspects
        // burnt by a crowd are killed.)
        return if unrest && mob_justice(doc, pi, cues) {
            "killing"
        } else if unrest || street() {
            "riot"
        } else if arson() || burnt_in_an_attack() {
            "attack"
        } else {
            "accident"
        };
    }
    // Killed or wounded (the toll's own passive or intransitive verb: "ont
    // été tués", "sont morts"; a killer named keeps his killing), clashes or
    // shots in a paragraph of unrest (demonstrators, rioters, Gilets jaunes,
    // football supporters, a prison's mutineers): a riot's
    // toll, as ACLED codes a violent demonstration, not a fight of armed
    // groups. Not a named act ("l'exécution de", "les massacres"), which
    // may be what a protest is about.
    let unrest_kind = match t.event_type {
        "killing" | "injury" => {
            t.pos == Pos::Passive
                && killing_weapon(doc.sentence_text(&doc.sentences[t.sentence])) != Some(true)
        }
        "clash" | "shooting" => true,
        _ => false,
    };
    // "un motard de 34 ans a perdu la vie sur la RD 820", "un ouvrier est
    // mort sur un chantier", "ont été blessées" after "l'autocar s'est
    // couché sur le flanc": a death or a wound its verb does not blame on
    // anyone, told among vehicles, roads or work sites and no weapon, is
    // an accident's.
    // ("Quatorze personnes ont été tuées lorsqu'un autocar a défoncé le
    // parapet": killed with no agent named, among vehicles, is no one's
    // act either; "tués par un chauffard" names one.)
    let no_agent = || {
        let w = word();
        w.split(' ')
            .rfind(|x| !x.is_empty())
            .is_some_and(|x| x.starts_with("tue"))
            && !crate::document::fold(&doc.text[t.end..doc.text.ceil_char_boundary(t.end + 5)])
                .starts_with(" par ")
    };
    if matches!(t.event_type, "killing" | "injury")
        && t.pos == Pos::Passive
        && (!blames(&word()) || no_agent())
    {
        if mishap_near(doc, t.start) {
            return "accident";
        }
        // "Un mineur meurt dans un coup de terrain", "Deux motoneigistes
        // meurent après avoir traversé la glace": a death no one is blamed
        // for, in a document with no word of violence, of a disaster or of
        // a disease, is an accident's.
        if !blames(&word()) && *cues.peaceful.get_or_insert_with(|| peaceful(doc)) {
            return "accident";
        }
    }
    if t.event_type == "kidnapping" && hostage_of_a_mutiny(doc, t.start) {
        return "riot";
    }
    // Deaths in a prison's own violence ("le pire massacre carcéral du
    // pays", "plus de 500 détenus sont morts dans des violences en
    // prison", "119 prisonniers y avaient été tués" after a mutiny): a
    // riot's, a mutiny or gangs fighting inside, as ACLED codes prison
    // riots; not an attack on a prison from outside, an escape, a disease
    // or a fire.
    if matches!(t.event_type, "killing" | "injury")
        && matches!(t.pos, Pos::Noun | Pos::Passive)
        && let Some(s) = doc.sentence_at(t.start)
    {
        static PRISON_VIOLENCE: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?-u)\b(?:detenus|prisonniers|codetenus)\b[a-z0-9' ,-]{0,80}\b(?:prisons?|penitenciers?|penitentiaires?|carcera(?:l|le|les|ux)|maisons? d'arret|en detention|mutinerie|mutins|emeutes?)\b").unwrap()
        });
        // (Violence named, or a count over a country's prisons: not "deux
        // détenus ont été tués dans la prison de Makala", told alone.)
        static FIGHT: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?-u)\b(?:violences?|massacres?|gangs?|bandes? rivales|affrontements?|rixes?|mutinerie|mutins|emeutes?|reglements? de comptes|(?:les|des|ses) prisons)\b").unwrap()
        });
        static NOT_PRISON_VIOLENCE: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?-u)\b(?:cholera|covid|coronavirus|epidemies?|maladies?|faim|chaleur|incendies?|feu|flammes|tuberculose|malnutrition|torture|executions?|execute\w*|peine de mort|pendus?)\b").unwrap()
        });
        let f = crate::document::fold(doc.sentence_text(s));
        if (f.contains("massacre carceral")
            || f.contains("massacres carceraux")
            || PRISON_VIOLENCE.is_match(&f) && FIGHT.is_match(&f))
            && !ARMED_VIOLENCE.is_match(&f)
            && !NOT_PRISON_VIOLENCE.is_match(&f)
        {
            return "riot";
        }
    }
    if unrest_kind {
        static UNREST_HERE: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?-u)\b(?:manifestant|manifestation|protestataire|contestataire|contestation|protestations?\b|sit-in|cortege|casseurs?\b|gilets? jaunes?|black blocs?|violences urbaines|supporters?\b|hooligans?\b|ultras\b|mutinerie|mutins?\b|colere (?:agricole|paysanne|sociale)|en colere\b|rassemblements?\b|blocages?\b|grevistes?\b|syndicalistes?\b)|(?:^|[ '(])emeut(?:es?|iers?)\b").unwrap()
        });
        let pi = doc.paragraph_at(t.start);
        // Crowd control ("gaz lacrymogène", "canons à eau", "des jeunes
        // aux forces de l'ordre") tells unrest where no armed men fight.
        static POLICING: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?-u)\b(?:lacrymogenes?|canons? a eau|balles en caoutchouc|jeunes\b[a-z0-9' ,-]{0,60}\b(?:forces de l'ordre|policiers|gendarmes|crs))\b").unwrap()
        });
        let mut unrest_in = |pi: usize| {
            *cues.unrest_in.entry(pi).or_insert_with(|| {
                let p = &doc.paragraphs[pi];
                let f = crate::document::fold(&doc.text[p.start..p.end]);
                UNREST_HERE.is_match(&f) || POLICING.is_match(&f) && !ARMED_VIOLENCE.is_match(&f)
            })
        };
        // A headline's clashes are its lead's ("neuf morts dans des heurts"
        // over "… des affrontements entre les forces de l'ordre et des
        // partisans de l'opposant").
        // Clashes under a headline of unrest are the unrest's ("Équateur :
        // 18 détenus tués lors d'une mutinerie" over "… lors
        // d'affrontements entre bandes rivales au sein du pénitencier"); see
        // [`headline_of_unrest`].
        let headline = doc.paragraphs[pi].kind == crate::model::ParagraphKind::Headline;
        let unrest = unrest_in(pi)
            || headline
                && pi + 1 < doc.paragraphs.len()
                && doc.paragraphs[pi + 1].kind != crate::model::ParagraphKind::Headline
                && unrest_in(pi + 1)
            || !headline
                && *cues
                    .headline_unrest
                    .get_or_insert_with(|| headline_of_unrest(doc));
        if unrest && !mob_justice(doc, pi, cues) {
            return "riot";
        }
    }
    // A firework's shells and explosions ("une batterie de mortiers a
    // basculé et projeté ses bombes dans la foule" at a "feu d'artifice"):
    // an accident.
    if t.event_type == "bombing" && {
        let s = crate::document::fold(doc.sentence_text(&doc.sentences[t.sentence]));
        s.contains("artifice") || s.contains("pyrotechni")
    } {
        return "accident";
    }
    // "le choléra a tué 180 personnes", "l'épidémie a déjà tué": a disease
    // that kills is a disaster, not a killing.
    // So is a flood, a landslide, a storm ("une autre coulée avait tué au
    // moins 41 personnes"); a gas leak, a fire, a crash is an accident
    // ("une fuite de gaz toxique … avait tué plus de 3 500 personnes").
    if t.event_type == "killing" && t.pos == Pos::Verb {
        // (Words of the folded subject, no regex: "coulee", "fuite de gaz".)
        const DISASTER: &[&str] = &[
            "seisme",
            "tremblement de terre",
            "coulee",
            "glissement de terrain",
            "inondation",
            "crue",
            "cyclone",
            "typhon",
            "ouragan",
            "tempete",
            "tornade",
            "avalanche",
            "eboulement",
            "canicule",
            "vague de chaleur",
            "vague de froid",
            "foudre",
            "eruption",
            "tsunami",
            "pluies",
            "intemperies",
        ];
        const ACCIDENT: &[&str] = &[
            "fuite de gaz",
            "fuites de gaz",
            "incendie",
            "accident",
            "collision",
            "naufrage",
            "effondrement",
            "deraillement",
            "crash",
        ];
        let from = doc.text.floor_char_boundary(t.start.saturating_sub(120));
        let subject = doc.text[from..t.start]
            .rsplit([',', '.', ';', ':'])
            .next()
            .unwrap_or("");
        let folded = crate::document::fold(subject);
        // (Whole words, plural or not: "crues", not "ecrue" nor "cruel".)
        let names = |words: &[&str]| {
            words.iter().any(|w| {
                folded.match_indices(w).any(|(k, _)| {
                    let after = folded[k + w.len()..].trim_start_matches('s');
                    !folded[..k].ends_with(|c: char| c.is_alphanumeric())
                        && !after.starts_with(|c: char| c.is_alphanumeric())
                })
            })
        };
        if names_a_disease(subject) || names(DISASTER) {
            return "disaster";
        }
        if names(ACCIDENT) {
            return "accident";
        }
    }
    // A bare explosion, noun or verb ("une explosion", "les vitres ont
    // explosé"); not "se sont fait exploser".
    let w = word();
    let bare = w.starts_with("explosion") || w.ends_with(" explose");
    if t.event_type != "bombing" || !bare {
        return t.event_type;
    }
    // An attack's own words make a bare explosion a bombing; explosives
    // do too, unless the news puts the explosion down to gas ("explosion
    // au gaz", "due au gaz", "une fuite de gaz"), where they are forensic
    // words ("un expert en explosifs").
    static ATTACK: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?-u)\b(?:attentat|kamikaze|terroris|bombe|revendiqu|djihad|jihad|assaillant|islamiste|insurg|rebelle|attaqu|militants?\b|obus|roquette|missile|frappe)").unwrap()
    });
    static EXPLOSIVES: LazyLock<FastRegex> =
        LazyLock::new(|| FastRegex::new(r"(?-u)\b(?:engins? explosif|explosifs|piege)").unwrap());
    static GAS: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?-u)\b(?:explos\w*\s+(?:de|du|au|d'une?\s+conduite\s+de)\s+gaz|dues?\s+(?:au|a\s+une\s+fuite\s+de)\s+gaz|fuites?\s+de\s+gaz)\b").unwrap()
    });
    // An arms depot that blows up ("l'explosion d'un dépôt de munitions",
    // "une poudrière"): its shells and rockets are its stock, not an
    // attack's weapons ("projetant des éclats d'obus").
    static DEPOT: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?-u)\b(?:(?:depots?|entrepots?|stocks?)\s+(?:de\s+munitions|d'armes|d'armement|d'explosifs|de\s+poudre)|poudrieres?)\b").unwrap()
    });
    // (Where the news puts it down to gas, a bomb is a simile: "On aurait
    // dit une bombe", "comme une bombe".)
    let cue = *cues.attack.get_or_insert_with(|| {
        let text = &doc.folded().text;
        if DEPOT.is_match(text) {
            ATTACK.find_iter(text).any(|m| {
                let w = m.as_str();
                !(w.starts_with("bombe") || w.starts_with("obus") || w.starts_with("roquette"))
            })
        } else if GAS.is_match(text) {
            ATTACK
                .find_iter(text)
                .any(|m| !m.as_str().starts_with("bombe"))
        } else {
            ATTACK.is_match(text) || EXPLOSIVES.is_match(text)
        }
    });
    if cue { "bombing" } else { "accident" }
}

/// Does the sentence say whether an event took place ("a eu lieu", "se
/// serait produite", "est survenu", "n'est pas confirmée")?
fn tells_occurrence(sentence: &str) -> bool {
    let f = crate::document::fold(sentence);
    [
        "eu lieu", "produit", "survenu", "eclate", "confirm", "deroule", "commis", "perpetre",
        "dementi",
    ]
    .iter()
    .any(|w| f.contains(w))
}

/// Does the text before a noun trigger end with a definite article ("l'",
/// "le", "la", "les", "du", "au", "aux")?
fn is_definite(before: &str) -> bool {
    const ARTICLES: &[&str] = &["le", "la", "les", "du", "au", "aux"];
    let t = &before[before.ceil_char_boundary(before.len().saturating_sub(8))..];
    let trimmed = t.trim_end();
    let lower = trimmed.to_lowercase();
    if ["l'", "l’"].iter().any(|w| ends_with_word(&lower, w)) {
        return true;
    }
    trimmed.len() < t.len() && ARTICLES.iter().any(|w| ends_with_word(&lower, w))
}

/// Does `s` end with `word`, with no letter just before it?
fn ends_with_word(s: &str, word: &str) -> bool {
    s.strip_suffix(word)
        .is_some_and(|rest| !rest.chars().next_back().is_some_and(char::is_alphabetic))
}

/// Does the text before a noun trigger tell of another event of its kind
/// ("une autre collision", "un nouvel attentat", "d'autres attaques", "une
/// seconde explosion")?
fn is_another(before: &str) -> bool {
    const OTHER: &[&str] = &[
        "autres",
        "autre",
        "nouvelles",
        "nouvelle",
        "nouveaux",
        "nouvel",
        "seconde",
        "second",
        "deuxième",
        "troisième",
    ];
    let t = &before[before.ceil_char_boundary(before.len().saturating_sub(24))..];
    let trimmed = t.trim_end();
    if trimmed.len() == t.len() {
        return false;
    }
    let lower = trimmed.to_lowercase();
    let Some(rest) = OTHER.iter().find_map(|w| lower.strip_suffix(w)) else {
        return false;
    };
    let det = rest.trim_end();
    (det.len() < rest.len() && (ends_with_word(det, "un") || ends_with_word(det, "une")))
        || ends_with_word(det, "d'")
        || ends_with_word(det, "d’")
}

/// The complement after a noun trigger that may set its event apart: a
/// name ("l'attentat de Berlin": "Berlin"), a date or a kind ("l'attaque
/// du 3 mars", "l'élection municipale"); a participle or a verb is none
/// ("l'attentat, revendiqué par…", "l'attaque a fait"). `Some(None)`: a
/// complement with no name in it.
fn complement(after: &str) -> Option<Option<&str>> {
    static COMPLEMENT: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"^(?:\s+(?:de|du|des|d['’]|à|au|aux|en|contre|sur)\s*(?P<w>[\p{Lu}\d][\p{L}\d-]*)|\s+(?:de\s+|d['’]\s*)(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|hier|la\s+veille)|\s+(?:municipales?|présidentielles?|législatives?|régionales?|européennes?|générales?|sénatoriales?|primaires?|anticipées?))")
            .unwrap()
    });
    let to = after.floor_char_boundary(after.len().min(32));
    let c = COMPLEMENT.captures(&after[..to])?;
    Some(c.name("w").map(|w| w.as_str()))
}

/// Does the sentence update a toll ("le bilan s'alourdit", "porté à 85
/// morts", "il est de 84 morts au matin du 15 juillet")? Its date is the
/// update's, not the event's.
fn is_toll_update(sentence: &str) -> bool {
    let f = crate::document::fold(sentence);
    [
        "bilan",
        "s'eleve a ",
        "s'elevait a ",
        "il est de ",
        "est desormais de ",
    ]
    .iter()
    .chain(REVISED)
    .any(|w| f.contains(w))
}

/// Words (folded) of a toll raised or set anew, in [`is_toll_update`] and
/// [`is_revision`] alike.
const REVISED: &[&str] = &["porte a ", "portant a ", "est passe a ", "s'est alourdi"];

/// The date `d` is the day a toll grew, told right after its verb or its
/// new figure: "Le bilan de la tempête … s'est fortement alourdi ce
/// mercredi 27 décembre", "le bilan a été porté lundi à", "s'est alourdi à
/// six morts vendredi", or its report ("s'est alourdi à neuf morts, a
/// annoncé jeudi le GSPM").
fn dates_a_toll_update(doc: &Document, d: &DateMention) -> bool {
    static GREW: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"\bbilan\b[^.;:!?]{0,160}\b(?:s'est|se sont|a ete|ont ete|est|etait)\s+(?:encore\s+|\w+ment\s+)?(?:alourdi|aggrave|revu|revise|releve|passe|porte|monte|eleve)e?s?\s+(?:a la hausse\s+)?(?:a\s+(?:[^\s.;:!?,]+\s+){1,4}|a\s+(?:[^\s.;:!?,]+\s+){0,3}[^\s.;:!?,]+,\s*(?:a|ont)\s+(?:annonce|indique|precise|rapporte|declare|fait savoir|affirme)\s+)?$").unwrap()
    });
    let b = doc.byte_offset(d.start);
    let from = doc.text.ceil_char_boundary(b.saturating_sub(220));
    let before = crate::document::fold(&doc.text[from..b]);
    // ("ce mercredi": the word "ce", not the end of "annoncé".)
    let before = before
        .strip_suffix(" ce ")
        .map_or(before.as_str(), |b| &before[..b.len() + 1]);
    GREW.is_match(before)
}

/// Do two folded triggers name the same thing, a noun and its verb alike
/// ("effondrement", "s'est effondree"; "explosion de methane",
/// "explosion")? A word of each shares its first six letters with one of
/// the other. Words of one meaning share one stem: "s'est écroulé" tells
/// the "effondrement", "le chavirage" the "naufrage", "a touché terre" the
/// storm's landfall.
fn same_stem(a: &str, b: &str) -> bool {
    fn stems(t: &str) -> impl Iterator<Item = &str> {
        t.split(' ')
            .filter_map(|w| w.get(..6).filter(|_| w.len() >= 6))
            .map(|s| match s {
                "ecroul" | "affais" => "effond",
                "chavir" => "naufra",
                // A storm "a touché terre": the cyclone's, the hurricane's.
                "ouraga" | "typhon" | "tempet" | "touche" => "cyclon",
                _ => s,
            })
    }
    a == b || stems(b).any(|y| stems(a).any(|x| x == y))
}

/// Is `a` a day at most three months before `b`? A revision comes days or
/// weeks after its event; an event of the kind dated years before is one
/// recalled ("Il rappelle l'attentat du 13 novembre 2015").
fn day_before(a: &DateMention, b: &DateMention) -> bool {
    let day = |d: &DateMention| d.value.as_deref().and_then(calendar_day);
    day(a)
        .zip(day(b))
        .is_some_and(|(x, y)| (1..=92).contains(&(y - x).num_days()))
}

/// Does the sentence revise a toll told before ("le bilan s'alourdit à",
/// "porté à 86 morts", "est passé à", "désormais")? Narrower than
/// [`is_toll_update`]: a first report may name its "bilan" too.
fn is_revision(sentence: &str) -> bool {
    let f = crate::document::fold(sentence);
    ["s'alourdi", "desormais", "revu a la hausse"]
        .iter()
        .chain(REVISED)
        .any(|w| f.contains(w))
}

fn not_confirmed(s: &str) -> bool {
    let f = crate::document::fold(s);
    f.contains("pas confirme")
        || f.contains("pas ete confirme")
        || f.contains("non confirme")
        || f.contains("dementi")
}

/// The year of an ISO value ("2021", "2021-03", "2021-03-05T08:00").
fn year_of(v: &str) -> Option<&str> {
    v.get(..4).filter(|y| y.bytes().all(|c| c.is_ascii_digit()))
}

/// The month of an ISO value precise to the month or finer ("2021-03",
/// "2021-03-05"), not of a week ("2021-W09") or a season.
fn month_of(v: &str) -> Option<&str> {
    v.get(..7)
        .filter(|m| m.as_bytes()[4] == b'-' && m.as_bytes()[5..].iter().all(u8::is_ascii_digit))
}

/// The day of an ISO value precise to the day or finer ("2021-03-05",
/// "2021-03-05TEV"), not of a week ("2021-W09") or a month.
fn day_of(v: &str) -> Option<&str> {
    v.get(..10).filter(|d| d.as_bytes().get(7) == Some(&b'-'))
}

/// "Un précédent bilan faisait état de 30 morts, mais il a été revu à la
/// baisse", "le bilan officiel était initialement de 75 morts": the figure
/// of an earlier or revised-down toll.
fn superseded(doc: &Document, c: &CasualtyFigure) -> bool {
    static EARLIER: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)(?:pr[ée]c[ée]dent|ancien)\s+bilan|bilan\s+(?:pr[ée]c[ée]dent|initial)|revue?s?\s+(?:à\s+la|en)\s+baisse|\binitialement\b").unwrap()
    });
    doc.sentence_at(doc.byte_offset(c.start)).is_some_and(|s| {
        let t = doc.sentence_text(s);
        (t.contains("bilan") || t.contains("baisse") || t.contains("initialement"))
            && EARLIER.is_match(t)
    })
}

/// "En 2017, 33 personnes avaient trouvé la mort dans l'effondrement d'un
/// immeuble" in a dispatch of 2019: a figure whose event is dated by its
/// own sentence more than a month before `reference` (or in an earlier
/// year) is recalled, not the dispatch's news.
fn recalled(e: &Event, reference: &str) -> bool {
    let Some(v) = e
        .date
        .as_ref()
        .filter(|d| !d.inherited)
        .and_then(|d| d.date.value.as_deref())
    else {
        return false;
    };
    let (Some(year), Some(ref_year)) = (year_of(v), reference.get(..4)) else {
        return false;
    };
    if year < ref_year {
        return true;
    }
    match (calendar_day(v), calendar_day(reference)) {
        (Some(a), Some(b)) => (b - a).num_days() > 31,
        _ => false,
    }
}

/// The calendar day a date value opens with ("2025-05-15TEV"), if it has one.
/// The day `d` is told as the day after the event named by the trigger:
/// "deux autres restaient portées disparues vendredi, au lendemain d'une
/// explosion" (the explosion was on Thursday).
fn day_after(doc: &Document, d: &DateMention, trigger: usize) -> bool {
    static AFTER: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(
            r"^[^.;:]{0,30}(?-u:\b)au lendemain (?:de la |de l'|d'une? |du |des |de |d')\s*$",
        )
        .unwrap()
    });
    if d.end > trigger {
        return false;
    }
    let (a, b) = (doc.byte_offset(d.end), doc.byte_offset(trigger));
    AFTER.is_match(&crate::document::fold(&doc.text[a..b]))
}

fn calendar_day(v: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok()
}

/// The best current figure per casualty category: the largest figure that
/// is neither negated, hypothetical nor future, passing over cumulative
/// figures, the figures of recalled events (see [`recalled`]) and
/// superseded tolls (see [`superseded`]) when a figure of the news exists;
/// every figure with that count is listed among its mentions. Without a
/// document, events or reference, only `cumulative` is read.
pub fn toll_summary(
    doc: Option<&Document>,
    casualties: &[CasualtyFigure],
    events: &[Event],
    reference: Option<&str>,
) -> Vec<TollSummary> {
    let old: crate::fxhash::FxHashSet<(usize, usize)> = reference
        .map(|r| {
            events
                .iter()
                .filter(|e| recalled(e, r))
                .flat_map(|e| e.casualties.iter().map(|c| (c.start, c.end)))
                .collect()
        })
        .unwrap_or_default();
    // Read once per figure, not once per comparison.
    let background: Vec<bool> = casualties
        .iter()
        .map(|c| {
            c.cumulative || old.contains(&(c.start, c.end)) || doc.is_some_and(|d| superseded(d, c))
        })
        .collect();
    // The figures in the order of their starts (see `coordinated_sum`).
    let mut by_start: Vec<usize> = (0..casualties.len()).collect();
    by_start.sort_by_key(|&i| (casualties[i].start, i));
    let mut out: Vec<TollSummary> = Vec::new();
    let mut categories: Vec<CasualtyCategory> = Vec::new();
    for c in casualties {
        if !categories.contains(&c.category) {
            categories.push(c.category);
        }
    }
    for cat in categories {
        let eligible: Vec<(usize, &CasualtyFigure)> = casualties
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.category == cat
                    && !matches!(
                        c.modality,
                        Modality::Negated | Modality::Hypothetical | Modality::Future
                    )
            })
            .collect();
        // A figure of one event wins over the toll of a long span ("30 morts
        // … le conflit a fait 36 000 morts depuis 2009"), which stands for
        // the category only when nothing else does.
        let all_background = eligible.iter().all(|&(i, _)| background[i]);
        let of_event = |i: usize| !background[i] || all_background;
        let Some(best) = eligible
            .iter()
            .filter(|&&(i, c)| c.count.is_some() && of_event(i))
            .max_by_key(|(_, c)| c.count)
            .or_else(|| eligible.iter().find(|&&(i, _)| of_event(i)))
        else {
            continue;
        };
        let best = best.1;
        // Figures of one verb over distinct groups add up ("trente et un
        // soldats et dix supplétifs ont été tués": 41).
        if let Some(sum) = eligible
            .iter()
            .filter(|&&(i, _)| of_event(i))
            .filter_map(|&(i, _)| coordinated_sum(doc, casualties, &by_start, i))
            .max_by_key(|s| s.count)
            .filter(|s| s.count > best.count)
        {
            out.push(TollSummary {
                category: cat,
                ..sum
            });
            continue;
        }
        let mentions = casualties
            .iter()
            .enumerate()
            .filter(|(_, c)| c.category == cat && c.count == best.count)
            .map(|(i, _)| i)
            .collect();
        out.push(TollSummary {
            category: cat,
            count: best.count,
            min: best.min,
            max: best.max,
            approximate: best.approximate,
            mentions,
        });
    }
    out
}

/// The figures coordinated from the figure `first` on, as one sum: "748
/// soldats, 18 policiers et 3 civils ont été tués" is told as three figures
/// sharing a verb (each one's text runs to the verb), for 769 people. A
/// figure after "dont" or "parmi" is a part of the one before, not another
/// group ("326 personnes, dont 43 enfants et 25 femmes"), and a list that
/// adds up to its first figure details it ("six jeunes, cinq hommes et une
/// femme"). `None` unless two figures or more, of one category and
/// modality, all counted.
///
/// `by_start` holds the indices of `casualties` in the order of their
/// starts: the next figure of a chain starts within five characters of the
/// end of the one before (or inside its text), and only those are read.
fn coordinated_sum(
    doc: Option<&Document>,
    casualties: &[CasualtyFigure],
    by_start: &[usize],
    first: usize,
) -> Option<TollSummary> {
    // The text between two figures: the first's text before the second's
    // where they share their end (the verb after both), else the text of
    // the document between them ("ont enlevé 80 élèves et une trentaine
    // d'enseignants": the objects of one verb).
    let gap_between = |cur: &CasualtyFigure, n: &CasualtyFigure| -> Option<String> {
        if n.end == cur.end && cur.text.ends_with(n.text.as_str()) {
            return Some(cur.text[..cur.text.len() - n.text.len()].to_lowercase());
        }
        // Objects of one verb: two groups of people named, joined by "et"
        // alone ("80 élèves et une trentaine d'enseignants"); not a part
        // ("dont trois grièvement"), nor tolls without people (arrests and
        // custodies overlap).
        let d = doc?;
        let groups = cur.group.is_some() && n.group.is_some() && cur.group != n.group;
        let part = n.text.split_whitespace().next().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "dont" | "parmi" | "soit" | "entre"
            )
        });
        if !groups || part || n.start <= cur.end || n.start - cur.end > 5 {
            return None;
        }
        let between = &d.text[d.byte_offset(cur.end)..d.byte_offset(n.start)];
        (between.trim() == "et").then(|| format!("{} et ", cur.text).to_lowercase())
    };
    let mut chain = vec![first];
    let mut cur = &casualties[first];
    // The first figure (in the order of `casualties`) that follows `cur`
    // in its chain, and the text between them: `gap_between` is `None`
    // past five characters after `cur`'s end.
    let next_of = |cur: &CasualtyFigure| {
        let from = by_start.partition_point(|&j| casualties[j].start <= cur.start);
        by_start[from..]
            .iter()
            .take_while(|&&j| casualties[j].start <= cur.end + 5)
            .filter_map(|&j| {
                let n = &casualties[j];
                (n.paragraph == cur.paragraph
                    && n.category == cur.category
                    && n.modality == cur.modality)
                    .then(|| gap_between(cur, n))
                    .flatten()
                    .map(|g| (j, n, g))
            })
            .min_by_key(|&(j, _, _)| j)
    };
    while let Some((j, next, gap)) = next_of(cur) {
        let coordinated = (gap.ends_with(" et ") || gap.ends_with(", "))
            && gap.split_whitespace().count() <= 8
            && !gap
                .split(|c: char| !c.is_alphabetic())
                .any(|w| matches!(w, "dont" | "parmi" | "sur" | "entre" | "soit"))
            && !gap.contains([':', ';', '(']);
        if !coordinated {
            break;
        }
        chain.push(j);
        cur = next;
    }
    if chain.len() < 2 {
        return None;
    }
    let figures: Vec<&CasualtyFigure> = chain.iter().map(|&i| &casualties[i]).collect();
    // "Six jeunes, cinq hommes et une femme, ont perdu la vie": the rest
    // of the list, adding up to the first figure, details it.
    let rest: Option<u64> = figures[1..].iter().map(|c| c.count).sum();
    if rest.is_some() && rest == figures[0].count {
        return None;
    }
    let total = |f: fn(&CasualtyFigure) -> Option<u64>| -> Option<u64> {
        figures.iter().map(|c| f(c)).sum()
    };
    Some(TollSummary {
        category: figures[0].category,
        count: Some(total(|c| c.count)?),
        min: total(|c| c.min),
        max: total(|c| c.max),
        approximate: figures.iter().any(|c| c.approximate),
        mentions: chain,
    })
}

/// Compile this module's regexes and lexicon (see `crate::warm_up`).
pub(crate) fn warm_up() {
    LazyLock::force(&LEXICON);
    LazyLock::force(&BACKGROUND);
    ANAPHOR.warm();
    ACTIVE_AUX.warm();
    PASSIVE_AUX.warm();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The anchored search at word starts finds what a scan of the whole
    /// text finds, at the start, after a non-ASCII byte, side by side.
    #[test]
    fn trigger_matches_are_those_of_a_scan() {
        let lex = &*LEXICON;
        let scanner = regex_automata::meta::Regex::new_many(&lex.forms).unwrap();
        for text in [
            "attentat a paris",
            "l'attaque, puis l'attentat; deux explosions et un incendie",
            "\u{e9}attaque xattaque attaque_x attaques",
            "ils ont ete tues. il a ete blesse; ont tire",
            "",
            "a ete",
        ] {
            let scan: Vec<_> = scanner
                .find_iter(text)
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            assert_eq!(trigger_matches(lex, text), scan, "{text}");
        }
    }
    use crate::model::{ActorKind, Category};

    fn date(doc: &Document, text: &str, value: &str) -> DateMention {
        let b = doc.text.find(text).unwrap();
        let (t, s, e, p) = doc.span(b, b + text.len());
        DateMention {
            text: t,
            start: s,
            end: e,
            paragraph: p,
            value: Some(value.into()),
            end_value: None,
            kind: DateKind::Absolute,
            earliest: None,
            latest: None,
        }
    }

    fn place(doc: &Document, text: &str, country: &str, kind: PlaceKind) -> PlaceMention {
        let b = doc.text.find(text).unwrap();
        let (t, s, e, p) = doc.span(b, b + text.len());
        PlaceMention {
            text: t.clone(),
            start: s,
            end: e,
            paragraph: p,
            name: t,
            country: Some(country.into()),
            kind,
            lat: None,
            lon: None,
        }
    }

    /// Mentions of dates and tolls only (no places, no actors).
    fn mentions<'a>(dates: &'a [DateMention], casualties: &'a [CasualtyFigure]) -> Mentions<'a> {
        Mentions {
            dates,
            places: &[],
            actors: &[],
            casualties,
        }
    }

    fn figure(doc: &Document, text: &str, cat: CasualtyCategory, n: u64) -> CasualtyFigure {
        let b = doc.text.find(text).unwrap();
        let (t, s, e, p) = doc.span(b, b + text.len());
        CasualtyFigure {
            text: t,
            start: s,
            end: e,
            paragraph: p,
            category: cat,
            count: Some(n),
            min: Some(n),
            max: Some(n),
            approximate: false,
            group: None,
            group_category: None,
            severity: None,
            modality: Modality::Asserted,
            attribution: None,
            cumulative: false,
        }
    }

    /// The events of the whole pipeline over `text`.
    fn events_of(text: &str) -> Vec<Event> {
        crate::process("t", text, None).events
    }

    /// The date value of the first event of `text` read on the day given.
    fn first_event_day(text: &str, y: i32, m: u32, d: u32) -> Option<String> {
        let out = crate::process("t", text, chrono::NaiveDate::from_ymd_opt(y, m, d));
        out.events[0]
            .date
            .as_ref()
            .and_then(|d| d.date.value.clone())
    }

    /// Each toll's count with its event's date value, in event order.
    fn toll_days(text: &str) -> Vec<(u64, String)> {
        events_of(text)
            .iter()
            .flat_map(|e| {
                let d = e
                    .date
                    .as_ref()
                    .and_then(|d| d.date.value.clone())
                    .unwrap_or_default();
                e.casualties
                    .iter()
                    .map(move |c| (c.count.unwrap(), d.clone()))
            })
            .collect()
    }

    /// A paragraph in the pluperfect with no day of its own goes back to
    /// the story's day, not the report's nor a later day the text tells;
    /// the pluperfect of reported speech does not ("a indiqué que 94
    /// personnes avaient été interpellées"), nor does a day a toll grew.
    #[test]
    fn a_pluperfect_paragraph_goes_back_to_the_storys_day() {
        let lead = "Haïti : l'attaque du 19 janvier contre Petite-Rivière a fait 31 \
                    morts\n\nPORT-AU-PRINCE, 23 janvier 2025 (AFP) - Le bilan de l'attaque \
                    contre la commune de Petite-Rivière s'est alourdi à 31 morts, a indiqué \
                    mercredi la protection civile.\n\n";
        let days = |rest: &str| toll_days(&format!("{lead}{rest}"));
        let twelve = |rest: &str| {
            days(rest)
                .into_iter()
                .find(|(n, _)| *n == 12)
                .map(|(_, d)| d)
        };
        assert_eq!(
            twelve(
                "Des hommes armés avaient investi la localité à l'aube, tirant sur les \
                 habitants. Au moins douze blessés ont été transférés vers l'hôpital.\n\n\
                 Mardi, la police a repris le contrôle de la commune."
            )
            .as_deref(),
            Some("2025-01-19")
        );
        // Reported speech: the inherited day stands.
        assert_ne!(
            twelve(
                "Le porte-parole de la police a indiqué que douze personnes avaient été \
                 interpellées.\n\nMardi, la police a repris le contrôle de la commune."
            )
            .as_deref(),
            Some("2025-01-19")
        );
    }

    /// A killing told in the perfect infinitive ("accusent les soldats
    /// d'avoir exécuté quatre jeunes", "après avoir abattu") is an act of
    /// its own, on its own day, not a figure of the event told before it;
    /// a bare infinitive of reported speech ("affirme avoir tué 60
    /// militaires", a claim of the attack told before) is not.
    #[test]
    fn a_killing_in_the_perfect_infinitive_is_an_act_of_its_own() {
        let lead = "YAOUNDÉ, 28 novembre 2020 (AFP) - Au moins cinq soldats ont été tués \
                    jeudi dans l'explosion d'une bombe près de Ndop.\n\n";
        let days = |rest: &str| toll_days(&format!("{lead}{rest}"));
        assert_eq!(
            days(
                "Des habitants accusent les soldats d'avoir exécuté quatre jeunes hommes \
                  vendredi lors d'une opération de ratissage."
            ),
            vec![(5, "2020-11-26".to_string()), (4, "2020-11-27".to_string())]
        );
        assert_eq!(
            days("Samedi, un homme s'est donné la mort après avoir abattu deux passants."),
            vec![(5, "2020-11-26".to_string()), (2, "2020-11-28".to_string())]
        );
        assert_eq!(
            days("Le groupe affirme samedi avoir tué douze militaires."),
            vec![
                (5, "2020-11-26".to_string()),
                (12, "2020-11-26".to_string())
            ]
        );
    }

    /// A figure told in the pluperfect with its verb's day after it ("32
    /// passagers qui avaient été enlevés le 12 décembre ont été relâchés
    /// mardi") is of that earlier day, not of the day its sentence opens
    /// on; a day inside a relative clause of the figure ("Un homme, qui
    /// avait retenu cinq personnes samedi, a été arrêté lundi") is not the
    /// figure's. "l'État voisin" is a state of a federation, not one of the
    /// wounded ("dans un état critique").
    #[test]
    fn a_figure_in_the_pluperfect_is_of_its_verbs_day() {
        let lead = "ABUJA, 20 janvier 2022 (AFP) - Des hommes armés ont tué 12 villageois \
                    lundi dans l'État de Zamfara.\n\n";
        let days = |rest: &str| toll_days(&format!("{lead}{rest}"));
        assert_eq!(
            days(
                "Mardi, dans l'État voisin de Niger, 32 passagers d'un car qui avaient \
                  été enlevés le 12 décembre ont été relâchés."
            ),
            vec![
                (12, "2022-01-17".to_string()),
                (32, "2021-12-12".to_string())
            ]
        );
        assert_eq!(
            days(
                "Mardi, 32 passagers d'un car qui avaient été enlevés le 12 décembre ont \
                  été relâchés."
            ),
            vec![
                (12, "2022-01-17".to_string()),
                (32, "2021-12-12".to_string())
            ]
        );
        assert!(
            days(
                "Un homme de 46 ans, qui avait retenu cinq personnes en otage samedi \
                  dans une banque, a été arrêté mercredi."
            )
            .contains(&(1, "2022-01-19".to_string()))
        );
    }

    /// Fireworks fired at the police are a riot's act, not a shooting;
    /// the police's crowd weapons tell no event of their own, and the
    /// wounded join the event told before; a mortar of war stays a shooting.
    #[test]
    fn fireworks_are_a_riot_and_crowd_weapons_no_event() {
        assert_eq!(
            type_of_count(
                "Six policiers ont été légèrement blessés par des tirs de mortiers \
                 d'artifice dans la nuit.",
                6
            )
            .as_deref(),
            Some("riot")
        );
        assert_eq!(
            type_of_count(
                "Des émeutes ont éclaté samedi soir dans le quartier. Un jeune homme a été \
                 blessé à la jambe par un tir de LBD.",
                1
            )
            .as_deref(),
            Some("riot")
        );
        assert_eq!(
            type_of_count(
                "Trois civils ont été tués par des tirs de mortier sur le marché.",
                3
            )
            .as_deref(),
            Some("shooting")
        );
    }

    /// Things burnt by someone in a paragraph of soldiers and attacks are
    /// the attack's, not a fire of its own; a fire (the noun) there, with
    /// no one who set it, stays an accident.
    #[test]
    fn things_burnt_in_an_attack_are_the_attacks() {
        let burnt = types(
            "Le convoi a été attaqué par des hommes armés. « Nous avons perdu vingt hommes et \
             une dizaine de véhicules ont été incendiés », a affirmé un officier.",
        );
        assert!(!burnt.iter().any(|t| t == "accident"), "{burnt:?}");
        let fire = types(
            "Un incendie s'est déclaré dans la caserne des soldats. Trois militaires ont été \
             blessés.",
        );
        assert!(fire.iter().any(|t| t == "accident"), "{fire:?}");
    }

    /// Armed men killed are an armed event's toll, not that of an accident
    /// told between ("la bousculade aux portes de la prison"); soldiers
    /// killed beside a crash stay the crash's.
    #[test]
    fn armed_men_killed_are_no_accidents_toll() {
        let prison = "Onze personnes ont été tuées lundi lors de l'attaque de la prison par des \
                      hommes armés.\n\nUne vingtaine de blessés ont été touchés lors de la \
                      bousculade aux portes de la prison. ";
        assert_eq!(
            type_of_count(
                &format!(
                    "{prison}Une quinzaine d'assaillants auraient été tués lors de la riposte."
                ),
                15
            )
            .as_deref(),
            Some("attack")
        );
        assert_eq!(
            type_of_count(
                "Un hélicoptère de l'armée s'est écrasé lundi. Quinze militaires ont été tués.",
                15
            )
            .as_deref(),
            Some("accident")
        );
    }

    /// "ont fait dix morts mardi dernier": the participle "fait" is no
    /// imperfect (a state at a day); the figure is of its verb's day, apart
    /// from the running total of the season told before it. The imperfect
    /// stays a state: "le bilan était de dix morts mardi".
    #[test]
    fn a_toll_made_on_a_day_is_of_that_day() {
        let lead = "ISLAMABAD, 25 août 2025 (Reuters) - Les pluies de mousson ont fait au moins \
                    788 morts au Pakistan depuis le 26 juin, a annoncé lundi l'Autorité \
                    nationale de gestion des catastrophes.\n\n";
        let days = |rest: &str| toll_days(&format!("{lead}{rest}"));
        assert!(
            days(
                "À Karachi, des pluies torrentielles ont fait dix morts mardi dernier, \
                  selon la police."
            )
            .contains(&(10, "2025-08-19".to_string()))
        );
        assert!(
            !days(
                "À Karachi, le bilan des pluies torrentielles était de dix morts mardi \
                   dernier, selon la police."
            )
            .contains(&(10, "2025-08-19".to_string()))
        );
    }

    /// Lightning kills by itself: a disaster; a thunderstorm or rain told
    /// as the backdrop of a crash stays no trigger, the crash's toll an
    /// accident's.
    #[test]
    fn lightning_is_a_disaster_rain_a_backdrop() {
        assert_eq!(
            type_of_count(
                "Dans le district d'Arua, la foudre a frappé une salle de classe. Dix enfants \
                 ont été tués sur le coup.",
                10
            )
            .as_deref(),
            Some("disaster")
        );
        assert_eq!(
            type_of_count(
                "Sous de fortes pluies, un autocar a quitté la route près de Kandy. Douze \
                 passagers ont été tués.",
                12
            )
            .as_deref(),
            Some("accident")
        );
    }

    /// A day that opens a sentence giving a count ("Lundi, la protection
    /// civile faisait encore état de 68 morts") dates the count: the toll
    /// is the storm's, of its own day. A day that opens a sentence telling
    /// deaths is theirs.
    #[test]
    fn a_day_that_opens_a_count_dates_the_count() {
        let story = "MANILLE, 2 janvier 2019 (AFP) - La tempête a touché terre samedi 29 \
                     décembre sur l'île de Samar.\n\n";
        let days = |rest: &str| toll_days(&format!("{story}{rest}"));
        assert_eq!(
            days("Lundi, la protection civile faisait encore état de 68 morts."),
            vec![(68, "2018-12-29".to_string())]
        );
        assert_eq!(
            days("Lundi, la police recensait au moins 12 blessés."),
            vec![(12, "2018-12-29".to_string())]
        );
        assert_eq!(
            days("Lundi, trois pêcheurs ont été tués par une vague."),
            vec![(3, "2018-12-31".to_string())]
        );
        assert_eq!(
            days("Le 8 août 2016, un attentat avait fait 70 morts à Quetta."),
            vec![(70, "2016-08-08".to_string())]
        );
    }

    /// A revision without a day ("le bilan de l'explosion s'alourdit à 12
    /// morts", in a headline or the body) is of the event the dispatch
    /// dates elsewhere ("l'explosion du 20 février"), before or after it in
    /// the text, of the three months before the dispatch; a first report
    /// naming its "bilan" keeps its own day.
    #[test]
    fn a_revision_without_a_day_takes_the_events_day() {
        let body = "LYON, 3 mars 2021 - Un ouvrier, blessé lors de l'explosion du 20 février \
                    dans une usine de Vénissieux, a succombé mardi, a annoncé la préfecture.\n\n";
        assert_eq!(
            toll_days(&format!(
                "Vénissieux : le bilan de l'explosion s'alourdit à 12 morts\n\n{body}"
            ))[0],
            (12, "2021-02-20".to_string())
        );
        assert_eq!(
            toll_days(&format!(
                "{body}Avec ce décès, le bilan de l'explosion est désormais de 12 morts."
            ))
            .last(),
            Some(&(12, "2021-02-20".to_string()))
        );
        // A first report: "bilan", no revision.
        assert_eq!(
            toll_days(
                "PARIS, 3 mars 2021 - L'attentat a fait 20 morts, selon un bilan de la \
                 police.\n\nL'attentat du 20 février à Lyon avait fait 3 blessés."
            )[0],
            (20, "2021-03-03".to_string())
        );
        // An event of the kind recalled from years before.
        assert_eq!(
            toll_days(
                "PARIS, 3 mars 2021 - Le bilan de l'attentat s'alourdit à 20 morts, selon \
                 la police.\n\nIl rappelle l'attentat du 13 novembre 2015 au Bataclan."
            ),
            vec![(20, "2021-03-03".to_string())]
        );
    }

    /// A round-up told day by day: a sentence that opens on a later day
    /// than the story's first, before the dispatch's own, is an event of
    /// that day; one that reports a toll on that day is not. A tragedy
    /// recalled with its year is its own event, "bilan" in its sentence
    /// or not.
    #[test]
    fn a_round_up_day_by_day_and_a_recall() {
        let dated = |text: &str| -> Vec<(String, Vec<u64>)> {
            events_of(text)
                .into_iter()
                .map(|e| {
                    (
                        e.date.and_then(|d| d.date.value).unwrap_or_default(),
                        e.casualties.iter().filter_map(|c| c.count).collect(),
                    )
                })
                .collect()
        };
        let e = dated(
            "Rabat, 29 juillet 2019 –\nJeudi, un camion a percuté un car près de Fès : trois morts. Dimanche enfin, deux femmes ont perdu la vie dans le renversement de leur voiture près de Taza.\n\nCe bilan ravive le souvenir du Tizi n'Tichka : le 4 septembre 2012, un autocar avait basculé dans un ravin, faisant 42 morts.",
        );
        assert!(e.contains(&("2019-07-28".to_string(), vec![2])), "{e:?}");
        assert!(e.contains(&("2012-09-04".to_string(), vec![42])), "{e:?}");
        let e = dated(
            "Kaboul, 5 novembre 2018 –\nSamedi, un attentat a fait 57 morts près de Jalalabad. Dimanche, les autorités faisaient encore état de 40 morts.",
        );
        assert!(e.iter().all(|(d, _)| d == "2018-11-03"), "{e:?}");
    }

    /// A toll told with the day of its report ("ont indiqué samedi") takes
    /// the day a later sentence tells the same accident happened ("Il a
    /// chaviré jeudi soir"); not the day unrest began.
    #[test]
    fn a_tolls_day_from_the_sentence_that_tells_when_it_happened() {
        let date = |text: &str| -> Vec<String> {
            events_of(text)
                .into_iter()
                .filter(|e| !e.casualties.is_empty())
                .filter_map(|e| e.date.and_then(|d| d.date.value))
                .collect()
        };
        let d = date(
            "Kalemie, 17 mai 2025 - Au moins 38 personnes ont péri après le chavirement d'une \
             embarcation sur le lac Tanganyika, ont indiqué samedi les autorités.\n\nLe bateau \
             avait quitté le port jeudi. Il a chaviré jeudi soir, pris dans une tempête.",
        );
        assert!(d.iter().all(|v| v.starts_with("2025-05-15")), "{d:?}");
        let d = date(
            "Nanterre, 15 juin 2025 - Selon la police, 41 policiers ont été blessés au cours \
             de la nuit lors de violences urbaines.\n\nLes violences urbaines ont éclaté \
             vendredi soir.",
        );
        assert!(d.iter().all(|v| !v.starts_with("2025-06-13")), "{d:?}");
    }

    /// A figure whose own verb is told with its day ("aurait été tué samedi
    /// soir", "ont été arrêtées jeudi matin", "placés mardi sous mandat
    /// d'arrêt") happened that day, not on the day of the earlier event it
    /// follows; a state at a day ("étaient toujours hospitalisés lundi"), a
    /// death from earlier wounds ("a succombé lundi à ses blessures") and
    /// the missing keep the event's day.
    #[test]
    fn a_figures_own_verb_tells_its_day() {
        let story = "TÉHÉRAN, 19 novembre 2019 (AFP) - Au moins 106 manifestants ont été \
                     tués vendredi lors de la répression des protestations, selon Amnesty \
                     International.\n\nUn policier aurait été tué samedi soir à Chahriar, à \
                     l'ouest de la capitale.";
        let d = toll_days(story);
        assert!(d.contains(&(1, "2019-11-16TEV".to_string())), "{d:?}");
        assert!(d.contains(&(106, "2019-11-15".to_string())), "{d:?}");
        let story = "CHARLEROI, 6 octobre 2017 (Belga) - Une rixe a éclaté mercredi soir \
                     devant un café de Gosselies.\n\nNeuf personnes ont été arrêtées jeudi \
                     matin lors d'une opération de la police.";
        let d = toll_days(story);
        assert!(d.contains(&(9, "2017-10-05TMO".to_string())), "{d:?}");
        let story = "LIÈGE, 16 octobre 2024 (Belga) - Trente et une personnes ont été \
                     arrêtées lundi lors d'une opération antidrogue.\n\nDix-huit suspects ont \
                     été placés mardi sous mandat d'arrêt par un juge d'instruction.";
        let d = toll_days(story);
        assert!(d.contains(&(18, "2024-10-15".to_string())), "{d:?}");
        // A state, a death from wounds, the missing: the event's day.
        let story = "LYON, 4 février 2025 (AFP) - Un incendie a ravagé dimanche un immeuble \
                     de Vénissieux, faisant douze blessés.\n\nSix d'entre eux étaient \
                     toujours hospitalisés lundi.";
        let d = toll_days(story);
        assert!(d.iter().all(|(_, v)| v.starts_with("2025-02-02")), "{d:?}");
        let story = "GOMA, 22 novembre 2016 (AFP) - Des rebelles ont massacré samedi trente \
                     villageois près d'Oicha.\n\nUn blessé a succombé lundi à ses blessures à \
                     l'hôpital.";
        let d = toll_days(story);
        assert!(d.iter().all(|(_, v)| v.starts_with("2016-11-19")), "{d:?}");
        let story = "NÎMES, 22 septembre 2022 (AFP) - Les inondations ont fait quatre morts \
                     dimanche dans le Gard.\n\nLe chiffre était passé à six mardi soir.";
        let d = toll_days(story);
        assert!(d.iter().all(|(_, v)| v.starts_with("2022-09-18")), "{d:?}");
    }

    /// A body figure does not join an event of its kind told more than a
    /// paragraph after it on a date of its own (a background count of the
    /// year): it makes an event of that kind, dated from where it stands.
    #[test]
    fn a_figure_does_not_join_a_background_event_told_later() {
        let story = "PORT-AU-PRINCE, 29 août 2023 (AFP) - Des hommes armés ont attaqué samedi le \
                     quartier de Carrefour-Feuilles, tuant 19 personnes.\n\nLe RNDDH fait aussi \
                     état de sept personnes enlevées par les assaillants.\n\nLa police a \
                     promis des renforts.\n\nLe BINUH a recensé plus de 950 enlèvements dans le \
                     pays entre le 1er janvier et le 15 août.";
        let out = crate::process("t", story, None);
        let seven = out
            .events
            .iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(7)))
            .expect("an event of the seven");
        assert_eq!(seven.event_type, "kidnapping");
        assert_eq!(
            seven.date.as_ref().and_then(|d| d.date.value.as_deref()),
            Some("2023-08-26")
        );
    }

    /// A figure coordinated after another ("et neuf autres jeudi matin")
    /// with its own day right after it is of that day, even where the
    /// other figure's day stands nearer; without a day of its own, it
    /// keeps the first figure's.
    #[test]
    fn a_coordinated_figure_with_its_own_day_is_of_that_day() {
        let story = "PORTO VELHO, 4 mai 2018 (AFP) - Vingt-trois détenus se sont évadés \
                     lundi.\n\nQuatorze d'entre eux ont été arrêtés mercredi, et neuf autres \
                     jeudi matin, a précisé la police.";
        let d = toll_days(story);
        assert!(d.contains(&(14, "2018-05-02".to_string())), "{d:?}");
        assert!(d.contains(&(9, "2018-05-03TMO".to_string())), "{d:?}");
        let story = "MOPTI, 4 mai 2018 (AFP) - Deux soldats ont été tués lundi et trois \
                     autres mardi dans le centre du Mali.";
        let d = toll_days(story);
        assert!(d.contains(&(2, "2018-04-30".to_string())), "{d:?}");
        assert!(d.contains(&(3, "2018-05-01".to_string())), "{d:?}");
        let story = "MOPTI, 4 mai 2018 (AFP) - Deux soldats ont été tués lundi et trois \
                     autres blessés dans le centre du Mali.";
        let d = toll_days(story);
        assert!(d.iter().all(|(_, v)| v == "2018-04-30"), "{d:?}");
    }

    /// A figure whose apposition tells its harm with a day ("emporté par les
    /// vagues dimanche soir", "porté disparu depuis samedi") is of that day,
    /// not of the nearer day of its main clause, nor of the event of
    /// another day it would have joined; an apposition with no day leaves
    /// the main clause's.
    #[test]
    fn a_day_in_an_apposition_of_harm_is_the_figure_s() {
        let story = "BORDEAUX, 8 août 2023 (AFP) - Un homme est mort noyé lundi à Lacanau. \
                     Les recherches pour retrouver un adolescent de 16 ans, emporté par les \
                     vagues dimanche soir à Biscarrosse, ont été suspendues lundi.";
        let d = toll_days(story);
        assert!(d.contains(&(1, "2023-08-07".to_string())), "{d:?}");
        assert!(d.contains(&(1, "2023-08-06TEV".to_string())), "{d:?}");
        let story = "PAPEETE, 20 mai 2025 (AFP) - Les recherches se poursuivaient mardi pour \
                     retrouver un pêcheur de 52 ans, originaire de Teahupoo, porté disparu \
                     depuis samedi.";
        assert_eq!(toll_days(story), vec![(1, "2025-05-17".to_string())]);
        let story = "PAPEETE, 20 mai 2025 (AFP) - Trois touristes, blessés dans l'accident, \
                     ont été évacués mardi vers Papeete.";
        assert_eq!(toll_days(story), vec![(3, "2025-05-20".to_string())]);
    }

    /// In the story of a hurricane, a landslide with no day of its own nor of
    /// its paragraph is part of the storm, dated before it, not of the day
    /// the story was written; one told with its own day keeps it.
    #[test]
    fn a_disaster_without_a_day_is_part_of_the_one_dated_before() {
        let story = "PORT-AU-PRINCE, 8 septembre 2026 (AFP) - L'ouragan a fait au moins 23 \
                     morts, selon un bilan publié mardi.\n\nL'œil du cyclone a touché terre \
                     dimanche soir près de Tiburon.\n\nDans la commune de Dame-Marie, au moins \
                     six personnes ont péri, ensevelies sous un glissement de terrain.";
        let d = toll_days(story);
        assert!(d.contains(&(6, "2026-09-06TEV".to_string())), "{d:?}");
        let story = "PORT-AU-PRINCE, 8 septembre 2026 (AFP) - L'ouragan a fait au moins 23 \
                     morts, selon un bilan publié mardi.\n\nL'œil du cyclone a touché terre \
                     dimanche soir près de Tiburon.\n\nLundi, un glissement de terrain a tué \
                     six personnes à Dame-Marie.";
        let d = toll_days(story);
        assert!(d.contains(&(6, "2026-09-07".to_string())), "{d:?}");
        // So is an attack told again in a later paragraph with no day.
        let story = "QUETTA, 11 juin 2025 - L'armée a repris mercredi le contrôle d'un train \
                     de voyageurs.\n\nDes hommes armés ont attaqué le train \
                     mardi vers 13 heures près de Mach.\n\nDix-huit soldats ont été tués au \
                     cours de l'attaque, a déclaré le porte-parole de l'armée.";
        let d = toll_days(story);
        assert!(d.contains(&(18, "2025-06-10T13:00".to_string())), "{d:?}");
        // And an accident of the week before: a fire's first toll, told in
        // a paragraph of its own after a death on another day.
        let story = "LIÈGE, 14 janvier 2019 (Belga) - Un homme est décédé dimanche des \
                     suites de l'incendie qui a ravagé jeudi dernier un immeuble.\n\nL'incendie \
                     avait initialement fait deux morts.";
        let d = toll_days(story);
        assert!(d.contains(&(2, "2019-01-10".to_string())), "{d:?}");
        // And a riot: another source's toll of the prison mutiny, in a
        // paragraph of its own.
        let story = "CARACAS, 10 mars 2021 (AFP) – Sept détenus ont été tués lors d'une \
                     mutinerie, a indiqué mercredi le ministère.\n\nLa mutinerie a éclaté lundi \
                     matin dans la prison de Tocuyito.\n\nSelon une ONG, la mutinerie aurait \
                     fait onze morts.";
        let d = toll_days(story);
        assert!(d.contains(&(11, "2021-03-08TMO".to_string())), "{d:?}");
        // Not one recalled from years before.
        let story = "Égée : cinq ans après Farmakonisi, les naufrages se succèdent\n\nAthènes, \
                     20 janvier 2019 –\nL'île de Farmakonisi a commémoré ce dimanche le \
                     cinquième anniversaire du naufrage du 20 janvier 2014, au cours duquel onze \
                     migrants, pour la plupart afghans, avaient péri près de ses côtes.\n\nCes \
                     derniers jours encore, plusieurs embarcations ont fait naufrage en mer Égée. \
                     Selon les garde-côtes grecs, les corps de sept migrants originaires de \
                     Syrie, dont deux enfants, ont été repêchés jeudi au large de Lesbos. Neuf \
                     passagers ont pu être secourus. Une dizaine d'autres sont toujours portés \
                     disparus.";
        let d = toll_days(story);
        assert!(!d.contains(&(7, "2014-01-20".to_string())), "{d:?}");
    }

    /// A count kept since a day ("blessés depuis jeudi", "porté disparu
    /// depuis samedi") dates from that day; not a count of the wounded
    /// cared for since ("MSF a pris en charge 27 blessés depuis dimanche"),
    /// nor a toll standing since ("On compte désormais 290 morts depuis
    /// mercredi").
    #[test]
    fn a_count_since_a_day_dates_from_it() {
        let story = "TBILISSI, 2 décembre 2024 (AFP) - La police a dispersé dans la nuit de \
                     samedi à dimanche les manifestants pro-européens.\n\nLe ministère fait \
                     état de 113 policiers blessés depuis jeudi.";
        let d = toll_days(story);
        assert!(d.contains(&(113, "2024-11-28".to_string())), "{d:?}");
        let story = "NAMUR, 3 août 2020 (Belga) - Deux baigneurs se sont noyés dimanche \
                     après-midi dans la Meuse.\n\nUn homme de 42 ans est toujours porté \
                     disparu depuis samedi.";
        let d = toll_days(story);
        assert!(d.contains(&(1, "2020-08-01".to_string())), "{d:?}");
        // (A place between the figure and its day.)
        let story = "PORT-VILA, 2 mars 2022 (AFP) - Le cyclone Harold a frappé mardi le \
                     Vanuatu, faisant trois morts. Un pêcheur est porté disparu au large de \
                     Luganville depuis lundi, a indiqué le NDMO.";
        let d = toll_days(story);
        assert!(d.contains(&(1, "2022-02-28".to_string())), "{d:?}");
        let story = "PORT-AU-PRINCE, 17 mars 2025 (AFP) - Des gangs ont attaqué samedi la \
                     commune de Kenscoff.\n\nMédecins sans frontières a pris en charge 27 \
                     blessés par balle depuis dimanche.";
        let d = toll_days(story);
        assert!(d.iter().all(|(_, v)| v.starts_with("2025-03-15")), "{d:?}");
        let story = "BOGOTA, 6 avril 2017 (AFP) - Une coulée de boue a dévasté la ville de \
                     Mocoa dans la nuit de vendredi 31 mars à samedi 1er avril.\n\nOn compte \
                     désormais 290 morts depuis mercredi.";
        let d = toll_days(story);
        assert!(d.iter().all(|(_, v)| v.starts_with("2017-03-31")), "{d:?}");
    }

    /// A capital after a backer's participle speaks for its government
    /// ("soutenue par Washington"): it is no place of the event.
    #[test]
    fn a_backers_capital_is_no_events_place() {
        let events = events_of(
            "BEYROUTH, 13 octobre 2018 (AFP) - Les Forces démocratiques syriennes, \
             alliance soutenue par Washington, ont perdu au moins 41 combattants lundi dans \
             la poche de Hajine, en Syrie.",
        );
        let places: Vec<_> = events
            .iter()
            .filter(|e| !e.casualties.is_empty())
            .filter_map(|e| e.place.as_ref().map(|p| p.place.name.clone()))
            .collect();
        assert!(
            !places.is_empty() && !places.iter().any(|p| p == "Washington"),
            "{places:?}"
        );
    }

    /// "a-t-on appris dimanche" dates the news, and "L'éboulement s'est
    /// produit vendredi" the collapse the first sentence told by another
    /// noun; "se noie" tells an accident.
    #[test]
    fn news_learnt_a_collapse_told_twice_and_drownings() {
        let ev = events_of(
            "BAMAKO, 18 janvier 2026 (AFP) - Au moins 27 personnes ont été tuées dans \
             l'effondrement d'une mine d'or artisanale dans la région de Kayes, a-t-on appris \
             dimanche auprès des autorités locales.\n\nL'éboulement s'est produit vendredi en \
             fin d'après-midi sur un site d'orpaillage.",
        );
        let mine = ev
            .iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(27)))
            .expect("the collapse");
        let day = mine.date.as_ref().and_then(|d| d.date.value.clone());
        assert!(
            day.as_deref().is_some_and(|v| v.starts_with("2026-01-16")),
            "{day:?}"
        );
        // Accented text before the later noun: offsets of characters and of
        // bytes part (this once sliced the text inside a character).
        for pad in ["", "é", "éé", "ééé"] {
            let ev = crate::process(
                "t",
                &format!(
                    "Intempéries à Kéniéba{pad} : quatre orpailleurs décédés\n\nSelon des médias \
                 locaux, au moins quatre mineurs artisanaux auraient péri dans l'effondrement \
                 d'une galerie près de Kéniéba, mais ce bilan n'a pas été confirmé.\n\nLa \
                 tempête a frappé la région lundi soir."
                ),
                chrono::NaiveDate::from_ymd_opt(2025, 9, 17),
            )
            .events;
            // (In the news of bad weather, the collapse is the disaster's.)
            assert!(
                ev.iter()
                    .any(|e| e.trigger.text == "effondrement" && e.event_type == "disaster"),
                "{ev:?}"
            );
        }
        let ev = events_of("Talloires : un baigneur se noie dans le lac d'Annecy");
        assert_eq!(ev.first().map(|e| e.event_type.as_str()), Some("accident"));
    }

    /// A sudden disaster told with the day of its report ("a annoncé
    /// jeudi") takes the day a later sentence tells it began ("L'éruption a
    /// débuté mercredi"); floods, which last days, do not.
    #[test]
    fn a_sudden_disaster_takes_the_day_it_began() {
        let day = |text: &str| -> Option<String> {
            crate::process("t", text, chrono::NaiveDate::from_ymd_opt(2025, 8, 28))
                .events
                .into_iter()
                .find(|e| e.casualties.iter().any(|c| c.count == Some(6)))
                .and_then(|e| e.date.and_then(|d| d.date.value))
        };
        let v = day(
            "Au moins six personnes ont été tuées lors d'une éruption du volcan de Fuego, a \
             annoncé jeudi la protection civile.\n\nL'éruption a débuté mercredi vers 14 heures.",
        );
        assert!(
            v.as_deref().is_some_and(|v| v.starts_with("2025-08-27")),
            "{v:?}"
        );
        let v = day(
            "Au moins six personnes ont été tuées dans des inondations, a annoncé jeudi la \
             protection civile.\n\nLes inondations ont commencé mercredi.",
        );
        assert!(
            v.as_deref().is_some_and(|v| v.starts_with("2025-08-28")),
            "{v:?}"
        );
    }

    /// A death or a wound told without a culprit among vehicles, roads or
    /// work sites is an accident's; with a weapon near, a killing's.
    #[test]
    fn deaths_on_the_road_are_accidents() {
        let types = |text: &str| -> Vec<String> {
            events_of(text)
                .into_iter()
                .filter(|e| !e.casualties.is_empty())
                .map(|e| e.event_type)
                .collect()
        };
        assert_eq!(
            types("Samedi soir, un motard de 34 ans a perdu la vie sur la RD 820 à Muret."),
            ["accident"]
        );
        assert_eq!(
            types(
                "Un autocar s'est couché sur le flanc sur l'autoroute A26. Deux passagères \
                 ont perdu la vie."
            ),
            ["accident"]
        );
        assert_eq!(
            types("Vendredi, un ouvrier de 29 ans est mort sur un chantier à Blagnac."),
            ["accident"]
        );
        assert_eq!(
            types("Un automobiliste a été tué par balles à un carrefour de Marseille."),
            ["killing"]
        );
        // A bus fallen into a ravine, in the news of another accident: an
        // accident of its own, with its own day.
        let ev = events_of(
            "Le bilan de l'effondrement survenu mercredi dans une mine s'est alourdi à \
             16 morts. Par ailleurs, neuf personnes ont été tuées vendredi lorsqu'un \
             autocar a chuté dans un ravin près de Zhaotong.",
        );
        let bus = ev
            .iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(9)))
            .expect("the bus's toll has an event");
        assert_eq!(bus.event_type, "accident");
        assert!(
            bus.trigger.text.contains("chuté dans un ravin"),
            "{:?}",
            bus.trigger
        );
        assert!(
            !bus.casualties.iter().any(|c| c.count == Some(16)),
            "the mine's toll is not the bus's"
        );
    }

    /// A roundup's briefs, each opening on its rubric in capitals: a
    /// figure of one brief joins no event of another brief nor the
    /// headline's that lists them.
    #[test]
    fn a_roundups_briefs_keep_their_own_figures() {
        assert!(opens_with_rubric(
            "MORBIHAN. Trois jeunes hommes ont perdu la vie."
        ));
        assert!(opens_with_rubric("ÉTATS-UNIS : un mort."));
        assert!(!opens_with_rubric("PARIS, 3 mai (AFP) - Un mort."));
        assert!(!opens_with_rubric("L'ONU a parlé. Un mort."));
        let ev = events_of(
            "Faits divers : l'incendie d'Alençon, deux kayakistes disparus\n\n\
             ORNE. L'incendie d'une maison d'Alençon a fait un mort samedi.\n\n\
             LOIRE-ATLANTIQUE. Deux kayakistes sont portés disparus depuis dimanche au large \
             de Pornic.",
        );
        // (The headline's own figures stay with its event.)
        let brief = ev
            .iter()
            .find(|e| e.casualties.iter().any(|c| c.paragraph == 2))
            .unwrap();
        assert_eq!(brief.paragraph, 2, "{ev:?}");
    }

    /// The clashes of a headline are those its lead tells: among
    /// demonstrators, a riot's.
    #[test]
    fn a_headlines_clashes_are_its_leads() {
        let ev = events_of(
            "Sénégal : neuf morts dans des heurts\n\nDAKAR, 2 juin 2023 (AFP) - Neuf personnes \
             ont été tuées jeudi lors de manifestations contre la condamnation de l'opposant, \
             a annoncé le ministre.",
        );
        let t: Vec<&str> = ev
            .iter()
            .filter(|e| e.casualties.iter().any(|c| c.count == Some(9)))
            .map(|e| e.event_type.as_str())
            .collect();
        assert!(
            !t.is_empty() && t.iter().all(|t| matches!(*t, "riot" | "protest")),
            "{t:?}"
        );
    }

    /// A fire service's name tells no fire: the wounded of a flood counted
    /// by "le service départemental d'incendie et de secours" are the
    /// flood's.
    #[test]
    fn no_fire_in_the_fire_services_name() {
        let ev = events_of(
            "Des pluies diluviennes ont provoqué des inondations en Guadeloupe. Dix-huit \
             personnes ont été légèrement blessées, d'après le service départemental \
             d'incendie et de secours (Sdis).",
        );
        assert!(ev.iter().all(|e| e.trigger.text != "incendie"), "{ev:?}");
    }

    /// A document of several briefs, each with its title and its dateline:
    /// a brief's events fall back on its own place, not the first brief's.
    #[test]
    fn each_brief_of_a_grouped_dispatch_keeps_its_place() {
        let ev = events_of(
            "ALGÉRIE : DEUX MORTS DANS DES FEUX EN KABYLIE\n\nTIZI OUZOU, 25 août (APS) - Deux \
             agriculteurs ont trouvé la mort hier dans les flammes.\n\nMALI : SEPT SOLDATS TUÉS\n\n\
             BAMAKO, 25 août (AFP) - Sept soldats ont été tués dimanche dans une embuscade entre \
             deux villages, a annoncé l'armée.",
        );
        let mali = ev
            .iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(7)))
            .expect("the ambush");
        let country = mali.place.as_ref().and_then(|p| p.place.country.as_deref());
        assert_eq!(country, Some("ML"), "{:?}", mali.place);
    }

    /// A route's ends and a capital speaking for its government are not
    /// where the event is; a toll whose sentence opens on a place of
    /// another country is an event there.
    #[test]
    fn routes_spokesmen_and_tolls_of_other_countries() {
        let place = |text: &str| -> Vec<Option<String>> {
            events_of(text)
                .into_iter()
                .map(|e| e.place.map(|p| p.place.name))
                .collect()
        };
        assert_eq!(
            place(
                "Le Boeing assurant le vol entre Addis-Abeba et Nairobi s'est écrasé \
                 près de Bishoftu."
            ),
            [Some("Bishoftu".to_string())]
        );
        assert_eq!(
            place(
                "Deux otages ont été libérés au Burkina Faso, a annoncé vendredi \
                 l'Élysée. Deux militaires ont été tués au cours de l'assaut."
            )
            .last()
            .cloned()
            .flatten()
            .as_deref(),
            Some("Burkina Faso")
        );
        // The country of the event that bears the figure `n`.
        fn country_of(ev: &[Event], n: u64) -> Option<String> {
            ev.iter()
                .find(|e| e.casualties.iter().any(|c| c.count == Some(n)))
                .and_then(|e| e.place.as_ref().and_then(|p| p.place.country.clone()))
        }
        let ev = events_of(
            "Le typhon a tué 64 personnes aux Philippines samedi. \
             À Hong Kong, où l'alerte maximale a été maintenue, 213 personnes ont été blessées.",
        );
        assert_eq!(country_of(&ev, 64).as_deref(), Some("PH"));
        assert_eq!(country_of(&ev, 213).as_deref(), Some("HK"));
        // An event placed in no country (a continent, a sea): the tolls of
        // a roundup, country by country, are events of their own there.
        let ev = events_of(
            "La vague de froid qui frappe l'Europe depuis vendredi a fait au moins 55 morts. \
             En Lituanie, sept personnes sont mortes. En Espagne, trois personnes ont péri.",
        );
        assert_eq!(country_of(&ev, 7).as_deref(), Some("LT"));
        assert_eq!(country_of(&ev, 3).as_deref(), Some("ES"));
        // A passive death in a sentence that names the event it happened
        // in ("dans l'incendie", "lors de l'attaque") is that event's.
        let ev = events_of(
            "Un salarié a été tué et quatorze personnes ont été blessées hier dans l'incendie d'une usine chimique.",
        );
        assert_eq!(
            ev.iter().map(|e| e.event_type.as_str()).collect::<Vec<_>>(),
            vec!["accident"]
        );
        let ev = events_of("Un policier a été tué lors de l'attaque du poste.");
        assert_eq!(
            ev.iter().map(|e| e.event_type.as_str()).collect::<Vec<_>>(),
            vec!["attack"]
        );
        // A lake of no one country gives way to a place on its shore.
        let ev = events_of(
            "Au moins 131 personnes ont péri dans le naufrage d'un ferry sur le lac Victoria, \
             près de Mwanza, dans le nord-ouest de la Tanzanie.",
        );
        assert_eq!(
            ev[0]
                .place
                .as_ref()
                .and_then(|p| p.place.country.as_deref()),
            Some("TZ")
        );
    }

    /// A river or a range across countries names no place where one with a
    /// country is known: the sentence's, or the paragraph's before.
    #[test]
    fn a_river_gives_way_to_a_place_with_a_country() {
        let country = |t: &str| {
            events_of(t)
                .iter()
                .find(|e| !e.casualties.is_empty())
                .and_then(|e| e.place.as_ref())
                .map(|p| p.place.name.clone())
        };
        assert_eq!(
            country(
                "Des pluies torrentielles s'abattent sur le Laos. Les crues du Mékong ont fait \
                 deux morts."
            )
            .as_deref(),
            Some("Laos")
        );
        assert_eq!(
            country("Les crues du Brahmapoutre ont fait 12 morts.").as_deref(),
            Some("Brahmapoutre")
        );
    }

    /// A strait or a gulf of one country is where less precisely than a town
    /// on its shore: "à Istanbul, sur le bord du Bosphore".
    #[test]
    fn a_town_on_the_shore_over_a_strait_of_its_country() {
        let ev = events_of(
            "Au moins 35 personnes sont mortes dans une boîte de nuit à Istanbul, sur le bord \
             du Bosphore, lorsque des hommes ont ouvert le feu sur la foule.",
        );
        let name = ev
            .iter()
            .find(|e| !e.casualties.is_empty())
            .and_then(|e| e.place.as_ref())
            .map(|p| p.place.name.clone());
        assert_eq!(name.as_deref(), Some("Istanbul"));
    }

    /// Where a sentence's only day is its report's, the next sentence may
    /// tell when the event took place.
    #[test]
    fn the_next_sentence_tells_the_day_a_report_does_not() {
        let ev = events_of(
            "Rangoun, 13 juillet 2025 - Au moins 32 mineurs ont été tués dans un glissement de terrain, \
             ont indiqué dimanche les secouristes. La coulée s'est produite samedi vers 04H00 à Hpakant.",
        );
        let d = ev[0]
            .date
            .as_ref()
            .and_then(|d| d.date.value.clone())
            .unwrap();
        assert!(d.starts_with("2025-07-12"), "{d}");
        // A fire that broke out then, in the next paragraph.
        let ev = events_of(
            "Dacca, 10 décembre 2024 - Dix-sept ouvriers ont péri dans l'incendie d'une usine, \
             ont annoncé mardi les pompiers.\n\nLe feu s'est déclaré lundi vers 21 h 00.",
        );
        let d = ev[0]
            .date
            .as_ref()
            .and_then(|d| d.date.value.clone())
            .unwrap();
        assert!(d.starts_with("2024-12-09"), "{d}");
        // What the event did first: a slope or a dam that gave way.
        for next in [
            "La coulée s'est détachée d'un versant dans la nuit de samedi à dimanche.",
            "Le barrage a cédé samedi sous la pression des eaux.",
        ] {
            let ev = events_of(&format!(
                "Pékin, 29 juillet 2024 - Au moins huit personnes ont été tuées dans un glissement \
                 de terrain, a rapporté lundi l'agence Chine nouvelle.\n\n{next}"
            ));
            let d = ev[0]
                .date
                .as_ref()
                .and_then(|d| d.date.value.clone())
                .unwrap();
            assert!(d.starts_with("2024-07-27"), "{next}: {d}");
        }
    }

    /// A carbon monoxide poisoning is an accident.
    /// A toll its sentence dates to an earlier month is not a detail of
    /// the day's event, told or inherited ("Le mois dernier, une frappe …
    /// avait fait 17 morts").
    #[test]
    fn a_toll_of_an_earlier_month_is_its_own_event() {
        let ev = events_of(
            "Des frappes aériennes auraient tué 32 civils\n\nMandalay, 15 mai 2025 - Des frappes \
             aériennes ont tué 32 civils mardi, selon des habitants.\n\nLe mois dernier, une \
             frappe contre une école avait fait 17 morts.",
        );
        let of17 = ev
            .iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(17)))
            .unwrap();
        assert!(
            of17.casualties.iter().all(|c| c.count == Some(17)),
            "{of17:?}"
        );
        assert_eq!(
            of17.date.as_ref().and_then(|d| d.date.value.as_deref()),
            Some("2025-04")
        );
    }

    /// The day of a main clause is not that of the event it follows
    /// ("interpellés lundi …, après une fusillade"): the next sentence's
    /// is; a day that opens the sentence frames both.
    #[test]
    fn an_event_after_which_the_main_clause_happened() {
        let day_of = |text: &str, ty: &str| -> Option<String> {
            events_of(text)
                .into_iter()
                .find(|e| e.event_type == ty && !e.casualties.is_empty())
                .and_then(|e| e.date.and_then(|d| d.date.value))
        };
        let d = day_of(
            "Grenoble, 10 juin 2025 - Quatre hommes ont été interpellés lundi, après une \
             fusillade qui a fait un mort. Les tirs ont éclaté samedi soir.",
            "shooting",
        );
        assert!(
            d.as_deref().is_some_and(|d| d.starts_with("2025-06-07")),
            "{d:?}"
        );
        let d = day_of(
            "Pemba, 2 décembre 2025 - Lundi, trois pêcheurs ont disparu après un raid des insurgés.",
            "attack",
        );
        assert_eq!(d.as_deref(), Some("2025-12-01"));
    }

    /// A headline's event takes the date of the body's event of its kind
    /// with the same toll, where it only inherited the document's (the
    /// body's own, or its paragraph's); not that of a tragedy recalled in
    /// the pluperfect.
    #[test]
    fn a_headline_event_takes_its_body_events_day() {
        // The lead's event named by the headline's word, with its own day:
        // not the day of the revision that dates the lead's sentence.
        let day_on = |text: &str, (y, m, d): (i32, u32, u32)| {
            crate::process("t", text, chrono::NaiveDate::from_ymd_opt(y, m, d)).events[0]
                .date
                .as_ref()
                .and_then(|d| d.date.value.clone())
        };
        let day = |text: &str| day_on(text, (2023, 10, 11));
        assert_eq!(
            day(
                "Turquie : les autorités revoient à la hausse le bilan des inondations de Rize\n\n\
                 Les autorités ont revu mardi à la hausse le bilan des inondations qui ont \
                 frappé samedi la province de Rize, faisant désormais état de 14 morts, contre 9 \
                 annoncés la veille.\n\nPlus de 300 habitants ont été évacués."
            )
            .as_deref(),
            Some("2023-10-07")
        );
        // A headline of two tolls of two places: the day of the body's
        // event that bears its first figure, not of one bearing its second.
        let two = "Intempéries : un mort dans le val de Saas, deux disparus dans le Misox\n\n\
                   Les violents orages de vendredi soir ont provoqué des laves torrentielles en \
                   Valais et aux Grisons.\n\nUn homme de 54 ans a perdu la vie samedi matin à \
                   Saas-Balen, dans le Haut-Valais.\n\nDans le Misox, une coulée de boue a \
                   emporté vendredi soir deux maisons à Lostallo. Deux personnes sont portées \
                   disparues.";
        assert_eq!(
            day_on(two, (2024, 6, 23)).as_deref().map(|v| &v[..10]),
            Some("2024-06-22")
        );
        // An anniversary's headline is the day recalled, a year before.
        let day24 = |text: &str| day_on(text, (2024, 2, 6));
        assert_eq!(
            day24(
                "Un an après le séisme, la Turquie pleure ses morts\n\nDes milliers de \
                 personnes se sont rassemblées mardi à Antakya, où il y a un an jour pour jour, \
                 un séisme a fait plus de 50 000 morts."
            )
            .as_deref(),
            Some("2023-02-06")
        );
        assert_ne!(
            day24(
                "Le séisme a fait 12 morts\n\nDes milliers de personnes se sont rassemblées \
                 mardi à Antakya, où il y a un an jour pour jour, un séisme avait fait plus de \
                 50 000 morts."
            )
            .as_deref(),
            Some("2023-02-06")
        );
        // Not a year of the lead ("le typhon de 2024"), nor a day more than
        // three months before.
        assert_ne!(
            day(
                "Le bilan du typhon s'alourdit\n\nLe gouvernement a publié mardi 10 septembre \
                 2024 un bilan du typhon, le pire depuis le typhon du 4 mars 2023."
            )
            .as_deref(),
            Some("2023-03-04")
        );
        let ev = events_of(
            "Castres : une octogénaire meurt dans l'incendie de sa maison\n\nPublié le 16/01/2024 à 06:45\n\nLe feu s'est déclaré lundi dans une maison de Castres. Les pompiers ont découvert le corps de l'occupante.\n\nLe 4 janvier, un homme de 61 ans avait péri dans l'incendie de son mobil-home à Graulhet.",
        );
        assert_ne!(
            ev[0].date.as_ref().and_then(|d| d.date.value.as_deref()),
            Some("2024-01-04"),
            "{ev:?}"
        );
        let ev = events_of(
            "Au moins 17 ouvriers tués dans l'incendie d'une usine\n\nDacca, 10 décembre 2024 - \
             Au moins 17 ouvriers ont péri lundi dans l'incendie d'une usine textile.",
        );
        let days: Vec<_> = ev
            .iter()
            .map(|e| e.date.as_ref().and_then(|d| d.date.value.clone()))
            .collect();
        assert!(ev.len() >= 2, "{ev:?}");
        assert!(
            days.iter().all(|d| d.as_deref() == Some("2024-12-09")),
            "{days:?}"
        );
        // The body's event of the toll dated by its paragraph (the day told
        // in the sentence before), not by its own sentence.
        let ev = events_of(
            "Tchad : au moins 12 morts dans des affrontements entre éleveurs et agriculteurs\n\n\
             Le bilan des violences de cette semaine dans le Ouaddaï s'est alourdi, a indiqué \
             jeudi 20 mai 2022 un élu local.\n\nLes affrontements ont éclaté lundi dans un \
             village proche d'Abéché.\n\nMardi, les éleveurs sont revenus en nombre. Selon un \
             responsable local, au moins 12 personnes ont été tuées.",
        );
        assert_eq!(
            ev[0].date.as_ref().and_then(|d| d.date.value.as_deref()),
            Some("2022-05-17"),
            "{ev:?}"
        );
        // Not an earlier attack recalled below whose toll only matches one
        // the body's lead gave the headline's event.
        let ev = events_of(
            "Attaque au couteau à la gare de Lille : trois blessés, dont un grièvement\n\nUn \
             homme armé d'un couteau a blessé trois personnes lundi soir dans le hall de la gare \
             de Lille.\n\nPublié le 10 février 2026 à 07h52\n\nUne femme, touchée au thorax, a \
             été transportée en urgence absolue. Les deux autres victimes, blessées au bras et à \
             la main, ont été soignées sur place.\n\nLe 3 janvier, un homme avait blessé deux \
             contrôleurs à Amiens.",
        );
        assert_eq!(
            ev[0].date.as_ref().and_then(|d| d.date.value.as_deref()),
            Some("2026-02-09TEV"),
            "{ev:?}"
        );
    }

    /// The types of a text's events, in order.
    fn types(text: &str) -> Vec<String> {
        events_of(text).into_iter().map(|e| e.event_type).collect()
    }

    /// The type of the first event of `text` bearing a figure of `count`.
    fn type_of_count(text: &str, count: u64) -> Option<String> {
        events_of(text)
            .into_iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(count)))
            .map(|e| e.event_type)
    }

    /// A brawl ("une rixe", "une bagarre") is a clash.
    #[test]
    fn brawls_are_clashes() {
        let text = "BÉTHUNE, 17 avril 2023 - Une violente bagarre a éclaté dimanche devant une \
                    discothèque. Six personnes ont été blessées.";
        assert_eq!(type_of_count(text, 6).as_deref(), Some("clash"));
        let text = "RENNES, 17 avril 2023 - Quatre jeunes ont été blessés lors d'une rixe \
                    entre bandes rivales.";
        assert_eq!(type_of_count(text, 4).as_deref(), Some("clash"));
    }

    /// A death no one is blamed for, in a document of no violence, disaster
    /// or disease, is an accident ("des coups de terrain" are no blows);
    /// with violence told, it is not.
    #[test]
    fn blameless_deaths_in_peaceful_news_are_accidents() {
        let t = types(
            "Un mineur meurt à Val-d'Or\n\nUn mineur de 34 ans est mort mardi sous terre à \
             la mine Westwood, où des coups de terrain avaient déjà eu lieu.",
        );
        assert!(t.iter().all(|t| t == "accident"), "{t:?}");
        let t = types(
            "Un homme meurt à Val-d'Or\n\nUn homme de 34 ans est mort mardi ; la police \
             a interpellé un suspect.",
        );
        assert!(!t.contains(&"accident".to_string()), "{t:?}");
    }

    /// A toll told without an act of its own ("sept corps sans vie ont été
    /// découverts") among boats, roads or work sites is an accident's;
    /// among armed men, not.
    #[test]
    fn bodies_found_in_a_mishap_are_an_accidents() {
        let t = types(
            "La marine a intercepté dimanche une pirogue transportant 183 migrants, à bord \
             de laquelle sept corps sans vie ont été découverts.",
        );
        assert_eq!(t, ["accident"]);
        let t = types(
            "Des hommes armés ont arrêté le camion sur la route de Gao ; sept corps sans \
             vie ont été découverts.",
        );
        assert!(!t.contains(&"accident".to_string()), "{t:?}");
    }

    /// A publication stamp opening the lead ("Publié le 29 janvier 2023 —")
    /// is not the day of what the lead tells.
    #[test]
    fn a_publication_stamp_dates_nothing() {
        assert_eq!(
            first_event_day(
                "Publié le 29 janvier 2023 — Deux motoneigistes ont perdu la vie après \
                 avoir percé la glace, samedi soir, au large de Roberval.",
                2023,
                1,
                29
            )
            .as_deref()
            .map(|v| &v[..10]),
            Some("2023-01-28")
        );
    }

    /// Guards taken hostage in a mutiny are the mutiny's; not hostages of
    /// armed men, nor people abducted to secret prisons.
    #[test]
    fn hostages_of_a_mutiny_are_a_riots() {
        let t = types(
            "Des détenus se sont mutinés dimanche à la prison de Butembo. Douze \
             gardiens ont été retenus en otage pendant six heures.",
        );
        assert!(t.contains(&"riot".to_string()), "{t:?}");
        assert!(!t.contains(&"kidnapping".to_string()), "{t:?}");
        for text in [
            "Des jihadistes ont attaqué la prison de Koutoukalé, où des détenus ont été \
             pris en otage.",
            "Selon le journal, une centaine de personnes ont été enlevées et détenues \
             dans des prisons secrètes.",
        ] {
            let t = types(text);
            assert!(!t.contains(&"riot".to_string()), "{text}: {t:?}");
        }
    }

    /// Deaths in a prison's own violence are a riot's; not those of an
    /// attack on a prison, nor of a disease.
    #[test]
    fn prison_violence_is_a_riot() {
        for text in [
            "La prison avait déjà été le théâtre du pire massacre carcéral du pays : \
             en 2021, 119 prisonniers y avaient été tués.",
            "Plus de 500 détenus sont morts dans des violences en prison depuis 2021.",
        ] {
            let t = types(text);
            assert!(t.contains(&"riot".to_string()), "{text}: {t:?}");
        }
        for text in [
            "Des jihadistes ont attaqué la prison de Koutoukalé : trois détenus ont été tués.",
            "Douze détenus sont morts du choléra dans la prison centrale depuis janvier.",
        ] {
            let t = types(text);
            assert!(!t.contains(&"riot".to_string()), "{text}: {t:?}");
        }
    }

    /// Suspects beaten or burnt to death by a crowd are killed (mob
    /// justice); a crowd in a protest that lynches soldiers stays unrest.
    #[test]
    fn mob_justice_kills() {
        for text in [
            "Bénin : deux présumés voleurs de motos lynchés par la foule\n\nDeux jeunes \
             hommes ont été battus à mort puis brûlés par une foule en colère dimanche.",
            "Deux hommes accusés d'avoir volé une chèvre ont été tués par une foule en \
             colère dimanche à Kasese.",
            "La justice populaire a encore frappé. Une foule en colère a incendié deux \
             suspects, qui ont été tués samedi.",
        ] {
            let t = types(text);
            assert!(t.contains(&"killing".to_string()), "{text}: {t:?}");
            assert!(!t.contains(&"riot".to_string()), "{text}: {t:?}");
        }
        let t = types(
            "Des manifestants en colère ont affronté la police. Deux policiers ont été \
             tués par la foule mercredi.",
        );
        assert!(t.contains(&"riot".to_string()), "{t:?}");
    }

    /// Air support of a ground action ("appuyée par des frappes
    /// aériennes", "avec l'appui de l'aviation") is no event of its own;
    /// air strikes told as the act are.
    #[test]
    fn air_support_is_no_air_strike() {
        assert_eq!(
            types(
                "Des jihadistes ont attaqué le poste samedi. L'armée a fait état de huit \
                 militaires tués lors de la riposte, appuyée par des frappes aériennes."
            ),
            ["attack"]
        );
        assert_eq!(
            types("Des frappes aériennes ont tué douze civils samedi."),
            ["airstrike"]
        );
    }

    /// Violence named by the communities it sets against each other is a
    /// clash; violence at home is none.
    #[test]
    fn intercommunal_violence_is_a_clash() {
        assert_eq!(
            types("Des violences intercommunautaires ont fait douze morts dans l'État du Plateau."),
            ["clash"]
        );
        assert!(
            !types("Les violences conjugales ont fait douze morts cette année.")
                .contains(&"clash".to_string())
        );
    }

    /// A fire recalled in the pluperfect under a headline of a mutiny is
    /// an accident of its own; a fire in the mutiny's paragraph is the
    /// riot's.
    #[test]
    fn a_recalled_fire_is_no_riot_of_the_news() {
        let text = "Honduras : une mutinerie fait neuf morts dans une prison\n\nNeuf détenus ont \
                    été tués mardi lors d'une mutinerie à la prison de Tela.\n\nLes prisons du \
                    pays sont surpeuplées. L'incendie de la prison de Comayagua avait fait 361 \
                    morts en février 2012.";
        assert_eq!(type_of_count(text, 361).as_deref(), Some("accident"));
        let text = "Honduras : une mutinerie fait neuf morts dans une prison\n\nLors de la \
                    mutinerie, les détenus avaient mis le feu à un pavillon ; l'incendie avait \
                    fait neuf morts.";
        assert_eq!(type_of_count(text, 9).as_deref(), Some("riot"));
    }

    /// A toll that no event word types, told with the weather that made
    /// it (rain, heat, cold), is a disaster's; a toll with violence beside
    /// the rain is not.
    #[test]
    fn deaths_of_heavy_rain_are_a_disaster() {
        for text in [
            "Les pluies torrentielles ont fait 50 morts au Népal.",
            "Les pluies de mousson ont fait au moins 50 morts au Népal.",
            "Au moins 50 personnes sont mortes après de fortes pluies au Népal.",
            "La chaleur a fait 30 morts en Inde.",
            "Trois sans-abri sont morts de froid à Paris.",
        ] {
            assert_eq!(types(text), ["disaster"], "{text}");
        }
        assert_eq!(
            types("Malgré de fortes pluies, des hommes armés ont fait 14 morts dans le village."),
            ["killing"]
        );
    }

    /// Deaths told with their disease, or in a dispatch whose headline
    /// names it, are an epidemic's: a disaster, not a killing.
    #[test]
    fn deaths_of_a_disease_are_an_epidemic() {
        assert_eq!(
            types("Au moins treize enfants sont morts de la rougeole depuis janvier dans le camp."),
            ["disaster"]
        );
        assert_eq!(
            types(
                "Choléra : nouveaux décès à Kalemie\n\nPlus de 1 100 cas ont été recensés depuis \
                 décembre dans la ville."
            ),
            ["disaster"]
        );
        // A killing with no disease stays one.
        assert_eq!(
            types("Au moins treize villageois sont morts dans le camp."),
            ["killing"]
        );
        // A disease named beside violence is no cause: the shot
        // vaccinators of a campaign against polio.
        assert_eq!(
            types(
                "Deux vaccinatrices de la campagne contre la poliomyélite ont été abattues \
                 mardi par des hommes à moto."
            ),
            ["killing"]
        );
    }

    /// A toll counted "depuis le début de la guerre, en avril 2023" is
    /// dated to that start, as "depuis avril 2023" is; so is one "depuis le
    /// début de la contestation, le 21 octobre".
    #[test]
    fn counted_since_the_start_of_a_war_in_a_month() {
        let days = toll_days(
            "GENÈVE, 11 février 2024 - Une épidémie de rougeole a tué 13 enfants dans un camp du \
             Tchad, a indiqué samedi MSF. Plus de 550 000 Soudanais se sont réfugiés au Tchad depuis \
             le début de la guerre au Soudan, en avril 2023, selon le HCR.",
        );
        assert!(days.contains(&(550_000, "2023-04".to_string())), "{days:?}");
        let days = toll_days(
            "KIEV, 12 avril 2025 - Une frappe a tué deux civils samedi à Kharkiv. Selon l'ONU, au \
             moins 12 654 civils ont été tués en Ukraine depuis le début de l'invasion russe en \
             février 2022.",
        );
        assert!(days.contains(&(12_654, "2022-02".to_string())), "{days:?}");
        // "Depuis," alone: the start told in the sentence before.
        let days = toll_days(
            "RANGOUN, 15 janvier 2024 (AFP) - Une frappe aérienne a tué 17 civils samedi dans \
             l'État Shan.\n\nL'armée multiplie les frappes depuis qu'une alliance de groupes \
             armés a lancé fin octobre une offensive dans l'État Shan. Depuis, au moins 378 \
             civils ont été tués dans les combats, selon l'OCHA.",
        );
        assert!(days.contains(&(378, "2023-10".to_string())), "{days:?}");
        // A day apposed to the start of a protest movement; not a weekday.
        let lead = "MAPUTO, 8 novembre 2024 (AFP) - La police a tiré jeudi sur des \
                    manifestants. Au moins 34 manifestants ont été tués depuis le début de la \
                    contestation, ";
        let days = toll_days(&format!("{lead}le 21 octobre, selon l'ONG Decide."));
        assert!(days.contains(&(34, "2024-10-21".to_string())), "{days:?}");
        let days = toll_days(&format!("{lead}mardi, selon l'ONG Decide."));
        assert!(!days.contains(&(34, "2024-11-05".to_string())), "{days:?}");
        // A day right after the campaign, with no comma.
        let days = toll_days(
            "KIEV, 16 octobre 2024 (AFP) - Une frappe a tué trois personnes mercredi à \
             Kiev. Depuis le début de l'invasion russe le 24 février 2022, au moins 11 973 \
             civils ont été tués en Ukraine.",
        );
        assert!(
            days.contains(&(11973, "2022-02-24".to_string())),
            "{days:?}"
        );
        assert!(days.contains(&(3, "2024-10-16".to_string())), "{days:?}");
    }

    /// A total counted "depuis le début de l'année" or "du mois de mars"
    /// is dated to the period's first day, each figure joined by "et"
    /// before the span too; "depuis janvier" keeps its month.
    #[test]
    fn counted_since_the_start_of_a_period() {
        let days = toll_days(
            "PORT-AU-PRINCE, 11 avril 2024 - Des affrontements ont fait 19 morts mardi à Delmas. \
             Selon l'ONU, au moins 1 600 personnes ont été tuées et plus de 800 blessées dans les \
             violences liées aux gangs en Haïti depuis le début de l'année.",
        );
        assert!(days.contains(&(1600, "2024-01-01".to_string())), "{days:?}");
        assert!(days.contains(&(800, "2024-01-01".to_string())), "{days:?}");
        let days = toll_days(
            "PORT-AU-PRINCE, 11 avril 2024 - Des affrontements ont fait 19 morts mardi à Delmas. \
             Près de 5 000 habitants ont fui, portant à plus de 95 000 le nombre de déplacés dans \
             la capitale depuis le début du mois de mars.",
        );
        assert!(
            days.contains(&(95_000, "2024-03-01".to_string())),
            "{days:?}"
        );
        let days = toll_days(
            "BAMAKO, 11 avril 2024 - Une attaque a fait 19 morts mardi à Mopti. Depuis janvier, \
             plus de 300 civils ont été tués dans la région.",
        );
        assert!(days.contains(&(300, "2024-01".to_string())), "{days:?}");
        // (A figure of its own day before the "et" keeps its day.)
        let days = toll_days(
            "BAMAKO, 11 avril 2024 - Une attaque a fait 19 morts mardi à Mopti, et plus de 300 \
             civils ont été tués depuis le début de l'année.",
        );
        assert!(days.contains(&(19, "2024-04-09".to_string())), "{days:?}");
    }

    /// A count kept "depuis la fin décembre" is dated to its month, and a
    /// death of a day told after it is no part of that count; a share's
    /// "depuis" inside its "dont" clause dates the share, not the toll.
    #[test]
    fn counts_since_a_month_and_the_day_after_them() {
        let days = toll_days(
            "GENÈVE, 11 février 2024 - La rougeole tue dans le camp.\n\nPlus de 1 100 cas ont \
             été recensés depuis la fin décembre dans ce camp. Deux fillettes ont encore succombé \
             jeudi dans le centre de traitement.",
        );
        assert!(days.contains(&(1100, "2023-12".to_string())), "{days:?}");
        assert!(days.contains(&(2, "2024-02-08".to_string())), "{days:?}");
        let days = toll_days(
            "BEYROUTH, 5 octobre 2024 - Depuis que le Hezbollah a ouvert un front contre Israël \
             le 8 octobre 2023, plus de 2 400 personnes ont été tuées au Liban, dont la majorité \
             depuis la fin septembre.",
        );
        assert!(days.contains(&(2400, "2023-10-08".to_string())), "{days:?}");
    }

    /// A past event named by its year beside a plural of its type in one
    /// sentence is an event of its own, and takes its toll.
    #[test]
    fn an_event_named_by_its_year_beside_another_of_its_type() {
        let days = toll_days(
            "DACCA, 20 mai 2026 - Les bilans des cyclones ont fortement baissé dans ce pays, où \
             la tempête de 1991 avait fait quelque 140 000 morts.",
        );
        assert_eq!(days, [(140_000, "1991".to_string())]);
    }

    /// The year after an event noun whose trigger takes a complement
    /// ("l'éclosion de 2012") dates that event, not the day of the report.
    #[test]
    fn the_year_of_an_outbreak() {
        let days = toll_days(
            "QUÉBEC, 22 août 2024 - L'éclosion de 2012 avait contaminé plus de 180 personnes, \
             dont 14 étaient mortes, a rappelé mercredi la santé publique.",
        );
        assert!(days.iter().all(|(_, d)| d == "2012"), "{days:?}");
    }

    /// "aucun blessé" stays a figure of the document, but no event of its
    /// own: the wounded a source counts later make theirs.
    #[test]
    fn a_zero_makes_no_event() {
        let out = crate::process(
            "t",
            "La police a annoncé 76 interpellations. La DGSN n'a mentionné aucun blessé. Une \
             ONG a pourtant recensé au moins 12 blessés parmi les manifestants.",
            None,
        );
        assert!(out.casualties.iter().any(|c| c.count == Some(0)));
        assert!(
            out.events
                .iter()
                .all(|e| e.casualties.iter().all(|c| c.count != Some(0)))
        );
        let twelve = out
            .events
            .iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(12)))
            .expect("the twelve wounded");
        assert_ne!(twelve.trigger.text, "aucun blessé");
    }

    /// A capsizing, a derailment or a crash told in any tense or mood
    /// ("auraient chaviré", "ont déraillé", "se serait écrasé") is the
    /// accident the bodies found before it come from.
    #[test]
    fn an_accident_told_in_any_tense_takes_the_bodies_before_it() {
        let text = "SFAX, 18 février 2025 (AFP) - Les garde-côtes ont récupéré 27 corps de \
                    migrants sur les plages.\n\n\
                    Les corps proviendraient de deux embarcations qui auraient chaviré au large.";
        assert_eq!(types(text), ["accident"]);
        for verb in ["avait déraillé", "se serait écrasé", "aurait fait naufrage"] {
            let text = format!("Les secours ont dégagé trois corps. L'appareil {verb} mardi.");
            assert_eq!(types(&text), ["accident"], "{verb}");
        }
    }

    /// An outbreak ("une éclosion de légionellose", Québec's word), the
    /// disease named alone and snakebites are the disaster their dead died
    /// of.
    #[test]
    fn an_outbreak_is_a_disaster() {
        for text in [
            "Une deuxième personne atteinte de la légionellose est morte mercredi.",
            "L'éclosion de rougeole a fait trois morts dans la région.",
            // Snakebites: a season's toll, as the weather's.
            "Au moins 30 personnes sont mortes de morsures de serpent depuis janvier.",
        ] {
            assert_eq!(types(text), ["disaster"], "{text}");
        }
        // A shark's attack stays an attack (the written golds type it so).
        assert_eq!(
            types("Une attaque de requin a fait un mort lundi à La Réunion."),
            ["attack"]
        );
    }

    /// The day a toll grew ("le bilan … s'est alourdi ce jeudi") is not
    /// the event's: a later sentence naming the event by the same word
    /// with its own day tells it; without one, the update's day stays.
    #[test]
    fn the_day_a_toll_grew_gives_way_to_the_events_own() {
        let text = "MANILLE, 14 octobre 2021 (AFP) - Le bilan du typhon qui a frappé le nord de \
                    Luçon s'est alourdi ce jeudi : au moins 19 personnes ont été tuées.\n\n\
                    Le typhon a touché terre lundi soir près d'Aparri.";
        assert_eq!(
            toll_day(text, 19).as_deref().map(|d| &d[..10]),
            Some("2021-10-11")
        );
        let text = "MANILLE, 14 octobre 2021 (AFP) - Le bilan du typhon qui a frappé le nord de \
                    Luçon s'est alourdi ce jeudi : au moins 19 personnes ont été tuées.";
        assert_eq!(
            toll_day(text, 19).as_deref().map(|d| &d[..10]),
            Some("2021-10-14")
        );
    }

    /// A storm's landfall ("a touché terre dimanche") tells the storm's
    /// day whatever its subject ("le cœur du système"), and the headline's
    /// event, dated by the update only, takes it; a landfall that is not
    /// a storm's, or no landfall, leaves the update's day.
    #[test]
    fn a_landfall_tells_the_day_of_the_storm() {
        let lead = "Cyclone : au moins six morts à La Réunion\n\n\
                    SAINT-DENIS, 9 février 2026 (AFP) - Le bilan du passage du cyclone Manoa sur \
                    l'île s'est alourdi lundi à au moins six morts, a annoncé la préfecture.\n\n";
        let day = |text: &str| toll_day(text, 6).as_deref().map(|d| d[..10].to_string());
        let text = format!("{lead}Le cœur du système a touché terre dimanche vers 5 heures.");
        assert_eq!(day(&text).as_deref(), Some("2026-02-08"));
        let text = format!("{lead}La préfecture a levé l'alerte dimanche vers 5 heures.");
        assert_eq!(day(&text).as_deref(), Some("2026-02-09"));
    }

    /// Killed with no agent named, among vehicles, is an accident's toll;
    /// killed by someone, or beside a gunman's shots, a killing.
    #[test]
    fn killed_in_a_crash_with_no_agent() {
        let t = |s: &str| types(&format!("ROME, 22 novembre 2025 - {s}"));
        assert_eq!(
            t(
                "Quatorze personnes ont été tuées vendredi lorsqu'un autocar a défoncé le parapet d'un viaduc."
            ),
            ["accident"]
        );
        assert_eq!(
            t(
                "Un homme au volant d'une camionnette s'est mis à tirer sur les passants. Six personnes ont été tuées."
            ),
            ["killing"]
        );
        // "a été tué" is a passive as "ont été tués" is; leisure and
        // lifts are among the mishaps.
        assert_eq!(
            t("Un skieur a été tué vendredi après la chute d'un télésiège."),
            ["accident"]
        );
        assert_eq!(
            t("Trois baigneurs ont perdu la vie samedi sur les plages des Landes."),
            ["accident"]
        );
        // Among flames, the fire's (no accident of the fire truck).
        assert_ne!(
            t("Un pompier a été tué lundi lorsque son camion a été pris au piège des flammes."),
            ["accident"]
        );
    }

    /// A firework's shells are no bombs.
    #[test]
    fn fireworks_are_no_bombing() {
        let t = |s: &str| types(&format!("VEVEY, 2 août 2024 (ATS) - {s}"));
        assert_eq!(
            t(
                "Dix-sept personnes ont été blessées lorsqu'une batterie de mortiers a projeté ses bombes dans la foule venue pour le feu d'artifice."
            ),
            ["accident"]
        );
        assert_eq!(
            t(
                "Dix-sept personnes ont été blessées lorsque des bombes ont été lancées dans la foule."
            ),
            ["bombing"]
        );
    }

    /// An arms depot that blows up is an accident, its shells no bombs;
    /// an attack's own words keep it an attack.
    #[test]
    fn an_arms_depot_blowing_up_is_an_accident() {
        let t = |s: &str| types(&format!("LAGOS, 2 août 2024 (AFP) - {s}"));
        assert_eq!(
            t(
                "Au moins sept personnes ont été tuées mardi dans l'explosion d'un dépôt de munitions, projetant des éclats d'obus dans le quartier."
            ),
            ["accident"]
        );
        assert!(
            t(
                "Au moins sept personnes ont été tuées mardi dans l'explosion d'un dépôt de munitions visé par une attaque de drones."
            )
            .iter()
            .any(|t| t == "bombing")
        );
        assert_eq!(
            t("Au moins sept personnes ont été tuées mardi dans l'explosion d'un obus."),
            ["bombing"]
        );
    }

    /// A day told as the day after the event ("vendredi, au lendemain
    /// d'une explosion") dates the event the day before.
    #[test]
    fn the_day_after_the_event() {
        let text = "BUCAREST, 9 janvier 2026 (AFP) - Trois personnes ont péri et deux autres \
                    restaient portées disparues vendredi, au lendemain d'une explosion qui a \
                    éventré un immeuble.";
        assert_eq!(toll_day(text, 3).as_deref(), Some("2026-01-08"));
        let text = "BUCAREST, 9 janvier 2026 (AFP) - Trois personnes ont péri vendredi dans une \
                    explosion qui a éventré un immeuble.";
        assert_eq!(toll_day(text, 3).as_deref(), Some("2026-01-09"));
    }

    /// "La Réunion" is an island, no meeting; "Limoges" a town, no
    /// dismissal: a place's name holds no trigger.
    #[test]
    fn a_place_name_holds_no_trigger() {
        let text =
            "SAINT-DENIS (La Réunion), 9 février 2026 - Un homme a été interpellé à Limoges.";
        assert_eq!(types(text), ["arrest"]);
        let text = "PARIS, 9 février 2026 - Une réunion s'est tenue lundi à Paris.";
        assert_eq!(types(text), ["meeting"]);
    }

    /// The day told after a toll's new figure ("s'est alourdi à six morts
    /// vendredi") is the update's too; the event's own day may be told by
    /// its verb ("s'est effondrée mercredi" for "l'effondrement").
    #[test]
    fn the_day_after_a_new_figure_gives_way_to_the_verbs_own() {
        let text = "BRASILIA, 14 mars 2025 (AFP) - Le bilan de l'effondrement d'un pont dans le \
                    Minas Gerais s'est alourdi à six morts vendredi, ont indiqué les pompiers.\n\n\
                    Le tablier s'est effondré mercredi vers 15 h 30 au-dessus du fleuve.";
        assert_eq!(
            toll_day(text, 6).as_deref().map(|d| &d[..10]),
            Some("2025-03-12")
        );
        // A day before the figure's verb, not after it, is the event's.
        let text = "BRASILIA, 14 mars 2025 (AFP) - Vendredi, l'effondrement d'un pont dans le \
                    Minas Gerais a fait six morts, ont indiqué les pompiers.\n\n\
                    Un autre pont s'est effondré mercredi vers 15 h 30 au-dessus du fleuve.";
        assert_eq!(toll_day(text, 6).as_deref(), Some("2025-03-14"));
    }

    /// The new figure's report ("s'est alourdi à neuf morts, a annoncé
    /// jeudi le GSPM") dates the update, not the event; a verb of the same
    /// meaning ("s'est écroulé" for "l'effondrement") tells the event's day.
    /// ("ce mercredi" before a date is the word "ce", never the end of
    /// "annoncé".)
    #[test]
    fn the_day_of_a_new_figures_report_gives_way_to_the_verbs_own() {
        let text = "ABIDJAN, 19 juin 2025 - Le bilan de l'effondrement d'un immeuble à Cocody \
                    s'est alourdi à neuf morts, a annoncé jeudi le GSPM.\n\n\
                    Le bâtiment s'est écroulé mardi vers 16 heures.";
        assert_eq!(
            toll_day(text, 9).as_deref().map(|d| &d[..10]),
            Some("2025-06-17")
        );
        // "le chavirage … survenu dans la nuit de lundi à mardi, vers
        // 3 h 40" tells the "naufrage"'s day.
        let text = "LAMPEDUSA, 6 août 2025 - Le bilan du naufrage s'est alourdi mercredi : sept \
                    personnes ont perdu la vie.\n\n\
                    Le chavirage est survenu dans la nuit de lundi à mardi, vers 3 h 40.";
        assert_eq!(
            toll_day(text, 7).as_deref().map(|d| &d[..10]),
            Some("2025-08-05")
        );
        // Without the event's own day, the update's stays.
        let text = "ABIDJAN, 19 juin 2025 - Le bilan de l'effondrement d'un immeuble à Cocody \
                    s'est alourdi à neuf morts, a annoncé jeudi le GSPM.";
        assert_eq!(toll_day(text, 9).as_deref(), Some("2025-06-19"));
    }

    /// A death at sea on a crossing ("sont mortes à bord d'une embarcation
    /// surchargée", "dans un small boat") is an accident's toll; a death
    /// its verb blames on someone stays a killing.
    #[test]
    fn deaths_on_a_crossing_by_sea_are_accidents() {
        assert_eq!(
            types(
                "Cinq personnes sont mortes samedi à bord d'une embarcation surchargée qui \
                 tentait de rejoindre l'Angleterre."
            ),
            ["accident"]
        );
        assert_eq!(
            types("Manche : cinq exilés meurent dans un small boat au large d'Équihen-Plage"),
            ["accident"]
        );
        assert_eq!(
            types("Cinq pêcheurs ont été abattus à bord d'une embarcation par des pirates."),
            ["killing"]
        );
    }

    /// Heat that kills is a disaster ("morts de la chaleur", "coups de
    /// chaleur"); food poisoning an accident.
    #[test]
    fn heat_deaths_and_food_poisoning_are_typed() {
        assert!(
            types("Au moins 312 pèlerins sont morts de la chaleur pendant le hajj.")
                .contains(&"disaster".to_string())
        );
        assert!(
            types("Quatre ouvriers sont morts de coups de chaleur sur le chantier.")
                .contains(&"disaster".to_string())
        );
        assert!(
            types("Une intoxication alimentaire lors d'un mariage a fait deux morts.")
                .contains(&"accident".to_string())
        );
        // A hot day as a backdrop tells no disaster.
        assert!(!types("Sous une chaleur écrasante, deux randonneurs ont été tués par une chute de pierres.")
            .contains(&"disaster".to_string()));
    }

    /// A crowd that gathered on a day, told in the sentence after a
    /// protest's toll that gives only the day of a report ("a reconnu
    /// mardi le parquet"), dates the protest; an earlier count's day ("qui
    /// n'évoquait encore lundi") is a report's too.
    #[test]
    fn a_crowd_gathered_dates_the_protest_told_before() {
        let text = "TACHKENT, 19 mai 2026 (AFP) - Quatre personnes ont été tuées lors de la \
                    dispersion d'une manifestation à Noukous, a reconnu mardi le parquet, qui \
                    n'évoquait encore lundi qu'un bilan provisoire.\n\n\
                    Plusieurs milliers de personnes s'étaient rassemblées dimanche devant le \
                    siège du gouvernement local.";
        assert_eq!(toll_day(text, 4).as_deref(), Some("2026-05-17"));
        // Not after a toll of another kind: the crowd is another event.
        let text = "TACHKENT, 19 mai 2026 (AFP) - Quatre personnes ont été tuées dans une \
                    explosion à Noukous, a reconnu mardi le parquet.\n\n\
                    Plusieurs milliers de personnes s'étaient rassemblées dimanche devant le \
                    siège du gouvernement local.";
        assert_eq!(toll_day(text, 4).as_deref(), Some("2026-05-19"));
    }

    /// A toll's update gives way to the day of the event named again by
    /// the head of a longer noun ("l'explosion de méthane" … "L'explosion
    /// s'est produite…").
    #[test]
    fn a_toll_update_gives_way_to_the_event_named_again() {
        let text = "KARAGANDA, 14 novembre 2025 (AFP) - Le bilan de l'explosion de méthane dans \
                    la mine Lenina s'est alourdi vendredi à 14 morts.\n\n\
                    L'explosion s'est produite jeudi vers 3 h 10 heure locale.";
        assert_eq!(
            toll_day(text, 14).as_deref().map(|d| &d[..10]),
            Some("2025-11-13")
        );
    }

    /// The year a thing was built or opened ("mis en service en 1968",
    /// "construit en 1932") dates no event: the day told after it does.
    #[test]
    fn the_year_a_thing_was_built_dates_no_event() {
        for built in [
            "mis en service en 1968",
            "construit en 1968",
            "inauguré en 1968",
        ] {
            let text = format!(
                "BRASILIA, 14 mars 2025 (AFP) - Le pont, long de 260 mètres et {built}, s'est \
                 effondré mercredi vers 15 h 30 : trois personnes ont été tuées."
            );
            assert_eq!(
                toll_day(&text, 3).as_deref().map(|d| &d[..10]),
                Some("2025-03-12"),
                "{built}"
            );
        }
    }

    /// A date in a relative clause of place before the trigger is that
    /// clause's ("où la gare avait été saccagée dimanche"), the main
    /// clause telling its own; a subject's relative clause keeps its day
    /// for the main verb when the main clause tells none.
    #[test]
    fn a_relative_clause_of_place_keeps_its_day() {
        let text = "AMSTERDAM, 26 janvier 2021 (AFP) - À Eindhoven, où la gare avait été saccagée \
                    dimanche, dix policiers ont été blessés lundi soir.";
        assert_eq!(
            toll_day(text, 10).as_deref().map(|d| &d[..10]),
            Some("2021-01-25")
        );
        let text = "AMSTERDAM, 26 janvier 2021 (AFP) - À Eindhoven, où la gare a été saccagée \
                    dimanche, dix policiers ont été blessés.";
        assert_eq!(toll_day(text, 10).as_deref(), Some("2021-01-24"));
        // A subject's clause in the pluperfect tells what came before.
        let text = "MOSCOU, 21 octobre 2021 (AFP) - Deux techniciens, qui avaient inspecté le \
                    réseau de l'immeuble en septembre, ont été placés mercredi en détention.";
        assert_eq!(toll_day(text, 2).as_deref(), Some("2021-10-20"));
        // (Its day stays where the main clause tells none.)
        let text = "MOSCOU, 21 octobre 2021 (AFP) - Deux techniciens, qui avaient inspecté le \
                    réseau mardi, ont été placés en détention.";
        assert_eq!(toll_day(text, 2).as_deref(), Some("2021-10-19"));
    }

    /// A state still holding at a day ("toujours en garde à vue mercredi",
    /// "restent hospitalisés lundi", "toujours sans nouvelles lundi") and a
    /// person's record ("déjà condamné en 2019") date no toll: the toll
    /// keeps the day of what brought it.
    #[test]
    fn a_state_still_holding_dates_no_toll() {
        let text = "TUNIS, 13 mars 2024 (AFP) - Vingt-trois personnes ont été interpellées mardi \
                    à l'aube à Tunis.\n\nDix-neuf des personnes interpellées étaient toujours en \
                    garde à vue mercredi midi, parmi lesquelles un homme déjà condamné en 2019.";
        assert_eq!(
            toll_day(text, 19).as_deref().map(|d| &d[..10]),
            Some("2024-03-12")
        );
        let text = "LIMA, 22 mars 2024 (AFP) - Un autocar est tombé mardi dans un ravin près \
                    d'Arequipa, faisant huit morts. Douze blessés restent hospitalisés jeudi, selon \
                    la police.";
        assert_eq!(
            toll_day(text, 12).as_deref().map(|d| &d[..10]),
            Some("2024-03-19")
        );
        // A wound still keeping a policeman off work, a patient still in
        // intensive care.
        let text = "ANVERS, 9 janvier 2025 (Belga) - Quatorze policiers ont été blessés dans la \
                    nuit du 31 décembre au 1er janvier ; l'un d'eux était toujours en incapacité \
                    de travail jeudi.";
        assert_eq!(
            toll_day(text, 14).as_deref().map(|d| &d[..10]),
            Some("2024-12-31")
        );
        let text = "LIMA, 22 mars 2024 (AFP) - Un autocar est tombé mardi dans un ravin, faisant \
                    huit morts. Trois blessés restaient en réanimation jeudi.";
        assert_eq!(
            toll_day(text, 3).as_deref().map(|d| &d[..10]),
            Some("2024-03-19")
        );
        // Hostages still unheard of, or still held.
        let text = "MAIDUGURI, 14 juin 2021 (AFP) - Des jihadistes ont attaqué samedi soir la ville \
                    de Dikwa. Les assaillants ont enlevé trois personnes, dont on était toujours \
                    sans nouvelles lundi.";
        assert_eq!(
            toll_day(text, 3).as_deref().map(|d| &d[..10]),
            Some("2021-06-12")
        );
        // A day of an event told after "toujours" is the event's.
        let text = "LIMA, 22 mars 2024 (AFP) - Douze personnes ont été arrêtées jeudi, toujours \
                    dans le cadre de l'enquête.";
        assert_eq!(
            toll_day(text, 12).as_deref().map(|d| &d[..10]),
            Some("2024-03-21")
        );
    }

    /// A document whose first day is a report's ("selon un bilan publié
    /// jeudi") passes its events the first day that dates none: the
    /// harm told with no day of its own is of the day the story told it
    /// happened, not of the count's; an arrest (an act after the event)
    /// and a day told in the pluperfect (a background) keep the first.
    #[test]
    fn events_inherit_the_first_day_that_dates_no_report() {
        let raid = |second: &str| {
            format!(
                "GOMA, 15 mars 2024 (AFP) - Au moins quinze villageois ont été tués lors d'un \
                 raid contre Kalunguta, selon un bilan publié jeudi par des ONG locales.\n\n\
                 {second}\n\nDouze personnes ont en outre été enlevées par les assaillants.\n\n\
                 Trois suspects ont été arrêtés par l'armée."
            )
        };
        let days = toll_days(&raid(
            "Les hommes armés sont arrivés dans la localité mardi soir.",
        ));
        let day = |n: u64, days: &[(u64, String)]| {
            days.iter()
                .find(|(c, _)| *c == n)
                .map(|(_, d)| d[..10].to_string())
        };
        assert_eq!(day(12, &days).as_deref(), Some("2024-03-12"));
        assert_eq!(day(3, &days).as_deref(), Some("2024-03-14"));
        let days = toll_days(&raid(
            "Les hommes armés avaient quitté leur camp mardi soir.",
        ));
        assert_eq!(day(12, &days).as_deref(), Some("2024-03-14"));
        // The first day no report's: it stands.
        let days = toll_days(
            "GOMA, 15 mars 2024 (AFP) - Au moins quinze villageois ont été tués mercredi lors \
             d'un raid contre Kalunguta.\n\nLes hommes armés étaient arrivés mardi soir.\n\n\
             Douze personnes ont en outre été enlevées par les assaillants.",
        );
        assert_eq!(day(12, &days).as_deref(), Some("2024-03-13"));
    }

    /// "au pouvoir depuis 1975" tells an office's start, not a toll's span;
    /// nor is a later "depuis" of another clause the toll's own.
    #[test]
    fn an_office_held_since_a_year_dates_no_toll() {
        let text = "MAPUTO, 8 novembre 2024 (AFP) - Selon Decide, plus de 400 personnes ont été \
                    arrêtées depuis le début du mouvement, déclenché par la victoire du Frelimo, \
                    au pouvoir depuis 1975.";
        assert!(
            toll_day(text, 400).is_none_or(|d| d.starts_with("2024")),
            "{:?}",
            toll_day(text, 400)
        );
        let text = "NIAMEY, 12 mars 2025 - Le conflit a fait plus de 36 000 morts depuis 2009.";
        assert_eq!(toll_day(text, 36000).as_deref(), Some("2009"));
    }

    /// The years since someone settled in a country ("un Syrien arrivé en
    /// Allemagne il y a dix ans") date no event; attackers' arrival does.
    #[test]
    fn a_settlers_years_are_no_events_day() {
        let text = "Berlin, le 11 mars 2025. - Un homme a été tué hier soir à Bielefeld. Deux \
                    hommes ont été interpellés : le suspect, un Afghan de 30 ans arrivé en \
                    Allemagne il y a huit ans, et un complice.";
        assert_eq!(
            toll_day(text, 2).as_deref().map(|d| &d[..10]),
            Some("2025-03-10")
        );
    }

    /// The day an earlier count was announced ("contre 45 annoncées au
    /// matin du 3 mars") dates that count, not the night it counts; a
    /// count's period ("recensés cette année") is its own.
    #[test]
    fn an_earlier_counts_announcement_day() {
        let text = "LYON, 7 mars 2024 (AFP) - Le bilan des violences de la nuit de samedi à \
                    dimanche à Lyon a été revu à la hausse, a indiqué jeudi la préfecture. Au \
                    total, 60 personnes ont été interpellées, contre 45 annoncées au matin du 3 \
                    mars par la police.";
        assert_eq!(
            toll_day(text, 60).as_deref().map(|d| &d[..10]),
            Some("2024-03-02")
        );
        assert!(announced_on("contre 45 annoncees au matin du "));
        assert!(announced_on("les 40 morts evoques "));
        assert!(!announced_on("le gouvernement a annonce "));
        assert!(!announced_on("apres l'annonce "));
    }

    /// Hostages freed or escaped on a later day stay the kidnapping's toll,
    /// of its day; a kidnapped figure's own day is its own.
    #[test]
    fn hostages_freed_later_keep_the_kidnappings_day() {
        let text = "KANO, 14 octobre 2023 (AFP) - Des hommes armés ont enlevé 47 élèves mercredi \
                    dans l'État de Katsina. Dix-sept d'entre eux ont été libérés vendredi, les 30 \
                    autres sont toujours retenus.";
        for n in [47, 17, 30] {
            assert_eq!(
                toll_day(text, n).as_deref().map(|d| &d[..10]),
                Some("2023-10-11"),
                "{n}"
            );
        }
        let text = "KANO, 14 octobre 2023 (AFP) - Un policier a été tué mercredi. Trois \
                    touristes ont été enlevés vendredi près de Katsina.";
        assert_eq!(
            toll_day(text, 3).as_deref().map(|d| &d[..10]),
            Some("2023-10-13")
        );
    }

    /// The day a count came out ("selon un bilan publié mardi") is no
    /// event's; the next sentence may tell the storm's landfall, its day.
    #[test]
    fn a_counts_release_day_and_a_storms_landfall() {
        let text = "MAPUTO, 12 mars 2024 (AFP) - Le cyclone Filipo a fait au moins 9 morts dans le \
                    centre du Mozambique, selon un bilan publié mardi par les autorités.\n\n\
                    Le cyclone a touché terre dans la nuit de vendredi à samedi près de Beira.";
        assert_eq!(
            toll_day(text, 9).as_deref().map(|d| &d[..10]),
            Some("2024-03-08")
        );
        let text = "MAPUTO, 12 mars 2024 (AFP) - Le cyclone Filipo a fait au moins 9 morts \
                    samedi dans le centre du Mozambique.";
        assert_eq!(toll_day(text, 9).as_deref(), Some("2024-03-09"));
    }

    /// A count given on a later day ("Le précédent bilan, diffusé lundi",
    /// "donné samedi par la police", "avait d'abord fait état mardi") dates
    /// the count only: a paragraph that told no other day goes on with the
    /// day the story told before it (within the week before the report).
    #[test]
    fn a_paragraph_with_only_a_counts_day_goes_on_with_the_storys() {
        let story = "ANTANANARIVO, 6 février 2024 (AFP) - Le cyclone Hanitra a touché terre \
                     dimanche soir près de Mananjary, selon le BNGRC.\n\n";
        for count in [
            "Le précédent bilan, diffusé lundi, faisait état de onze morts.",
            "Le premier bilan, donné lundi par la police, faisait état de onze morts.",
            "Le maire avait d'abord fait état lundi de onze morts.",
        ] {
            let text = format!(
                "{story}{count} La plupart des victimes, 9 personnes, ont été tuées par \
                 l'effondrement de leur maison."
            );
            assert_eq!(
                toll_day(&text, 9).as_deref().map(|d| &d[..10]),
                Some("2024-02-04"),
                "{count}"
            );
        }
        // A day of the paragraph that is no report's is the toll's.
        let text = format!(
            "{story}Lundi, la crue a emporté un pont : 9 personnes ont été tuées par \
             l'effondrement de leur maison."
        );
        assert_eq!(toll_day(&text, 9).as_deref(), Some("2024-02-05"));
        // Nor a day of the story more than a week before the report.
        let text = "ANTANANARIVO, 26 février 2024 (AFP) - Le cyclone Hanitra a touché terre le \
                    4 février près de Mananjary.\n\nLe bilan, diffusé lundi, faisait état de \
                    onze morts. Au total, 9 personnes ont été tuées par l'effondrement de leur \
                    maison.";
        assert_eq!(toll_day(text, 9).as_deref(), Some("2024-02-26"));
    }

    /// A report's day whose sentence tells the attack ("…, a indiqué
    /// mercredi l'ONU") gives way to the day the next sentence tells, when
    /// that sentence opens on the attackers and tells what they did; and an
    /// earlier count ("avait d'abord fait état mardi de…") in a later
    /// paragraph is of that day too.
    #[test]
    fn the_attackers_next_sentence_tells_the_attacks_day() {
        let text = "Port-au-Prince, 22 janv 2025 (AFP) - Au moins 42 personnes ont été tuées \
                    lors d'une attaque de gangs contre Kenscoff, a indiqué mercredi le BINUH. \
                    Les assaillants ont investi dans la nuit de lundi à mardi les localités de \
                    Furcy et de Belot.\n\nLe maire de Kenscoff avait d'abord fait état mardi \
                    d'une trentaine de morts.";
        assert_eq!(
            toll_day(text, 42).as_deref().map(|d| &d[..10]),
            Some("2025-01-20")
        );
        assert_eq!(
            toll_day(text, 30).as_deref().map(|d| &d[..10]),
            Some("2025-01-20")
        );
        // What was done to them is later news.
        let text = "Port-au-Prince, 22 janv 2025 (AFP) - Au moins 42 personnes ont été tuées \
                    lors d'une attaque de gangs contre Kenscoff, a indiqué mercredi le BINUH. \
                    Les assaillants ont été arrêtés mardi soir à Pétion-Ville.";
        assert_eq!(toll_day(text, 42).as_deref(), Some("2025-01-22"));
    }

    /// The day a count was revised ("revu à la hausse ce mercredi", "s'est
    /// alourdi mardi") is no day of the deaths it counts.
    #[test]
    fn a_revisions_day_is_no_events() {
        for revised in [
            "Il a été nettement revu à la hausse ce mercredi",
            "Il s'est encore alourdi ce mercredi",
        ] {
            let text = format!(
                "Nigeria : un double attentat-suicide fait 18 morts à Maiduguri\n\n19 octobre \
                 2016. – Deux kamikazes se sont fait exploser mardi soir dans un marché de la \
                 périphérie de Maiduguri. Le premier bilan, fourni dans la nuit par la police, \
                 faisait état de 18 morts. {revised} : selon l'Agence nationale de gestion des \
                 urgences, 26 personnes ont été tuées, sans compter les deux kamikazes, et 47 \
                 autres blessées."
            );
            assert_eq!(
                toll_day(&text, 26).as_deref().map(|d| &d[..10]),
                Some("2016-10-18"),
                "{revised}"
            );
        }
    }

    /// The day of an update stamp under the headline ("Page actualisée :
    /// DATE — « titre »") dates no toll its quoted title tells.
    #[test]
    fn an_update_stamps_day_is_no_events() {
        let text = "Colombie : un avion transportant une équipe de football s'écrase\n\n\
                    Page actualisée : 30 novembre 2016 — « Colombie : 71 morts lors du crash du \
                    vol 2933 »\n\n29 novembre 2016. –\nUn avion s'est écrasé lundi soir près \
                    de Medellín.";
        assert_eq!(
            toll_day(text, 71).as_deref().map(|d| &d[..10]),
            Some("2016-11-28")
        );
    }

    /// The year a superlative is measured from ("le plus meurtrier depuis
    /// l'invasion américaine de 2003") dates no toll; the start of a toll
    /// counted since does.
    #[test]
    fn a_superlatives_year_is_no_events() {
        let text = "Irak : un attentat fait 26 morts à Bagdad\n\n9 septembre 2016. – Le 3 \
                    juillet 2016, un camion piégé avait fait plus de 300 morts dans le quartier \
                    de Karrada, l'attentat le plus meurtrier à Bagdad depuis l'invasion \
                    américaine de 2003.";
        assert_eq!(toll_day(text, 300).as_deref(), Some("2016-07-03"));
        // Nor one measured from a war's start, which a toll counted since
        // would take.
        let text = "Burkina\n\n15 mars 2025. – En juin 2021, une attaque contre le village \
                    de Solhan avait fait au moins 132 morts selon le gouvernement, la plus \
                    meurtrière depuis le début des violences jihadistes en 2015.";
        assert_eq!(toll_day(text, 132).as_deref(), Some("2021-06"));
        let text = "Burundi : une marche à Musaga\n\n14 novembre 2016. – Au moins 400 \
                    personnes ont été tuées depuis le début de la crise politique de 2015.";
        assert_eq!(toll_day(text, 400).as_deref(), Some("2015"));
    }

    /// A toll told with its count's day alone takes the day the next
    /// sentence gives to what the disaster's cause brought about.
    #[test]
    fn a_counts_day_and_what_the_cause_brought_about() {
        let text = "6 mars 2018. – Le bilan des coulées de boue ne cesse de s'alourdir. Il \
                    s'élève désormais à 27 morts, selon le décompte communiqué ce mardi matin par \
                    la défense civile.\n\nLes pluies torrentielles ont provoqué dans la nuit de \
                    samedi à dimanche plusieurs torrents de boue.";
        assert_eq!(
            toll_day(text, 27).as_deref().map(|d| &d[..10]),
            Some("2018-03-03")
        );
    }

    /// A day a coordinated verb in the future takes ("… ont été arrêtés et
    /// seront présentés vendredi à un juge") is the plan's, not the arrest's;
    /// the start of a running total after the trigger is the total's, an
    /// event of that day.
    #[test]
    fn a_plans_day_is_not_the_events() {
        let text = "LIÈGE, 9 mai 2023 (Belga) - Des heurts ont éclaté lundi soir à Liège. \
                    Douze supporters ont été arrêtés et seront présentés mercredi à un juge.";
        assert_eq!(
            toll_day(text, 12).as_deref().map(|d| &d[..10]),
            Some("2023-05-08")
        );
        let text = "LIÈGE, 9 mai 2023 (Belga) - Douze supporters ont été arrêtés dimanche.";
        assert_eq!(toll_day(text, 12).as_deref(), Some("2023-05-07"));
        // Nor is the start of a running total told after the trigger ("ce
        // qui porte à 31 le nombre d'interpellations depuis jeudi").
        let text = "LIMOGES, 17 octobre 2021 (AFP) - Onze personnes ont été interpellées \
                    cette nuit, ce qui porte à 31 le nombre d'interpellations depuis jeudi.";
        assert_eq!(
            toll_day(text, 11).as_deref().map(|d| &d[..10]),
            Some("2021-10-17")
        );
        // The total itself is an event counted since that day.
        let text = "LIMOGES, 17 octobre 2021 (AFP) - Onze personnes ont été interpellées \
                    cette nuit, ce qui porte à 31 le nombre d'interpellations depuis jeudi.";
        assert_eq!(
            toll_day(text, 31).as_deref().map(|d| &d[..10]),
            Some("2021-10-14")
        );
        // So is one counted since a war's start apposed to it.
        let text = "GAZA, 29 mai 2025 (AFP) - Au moins 30 personnes ont été tuées mercredi \
                    par des frappes, ce qui porte à 54 418 le nombre de morts depuis le début \
                    de la guerre, en octobre 2023.";
        assert_eq!(toll_day(text, 54418).as_deref(), Some("2023-10"));
        assert_eq!(toll_day(text, 30).as_deref(), Some("2025-05-28"));
        // Unless the figure is counted since then itself.
        let text = "LIMOGES, 17 octobre 2021 (AFP) - Onze personnes ont été interpellées \
                    depuis jeudi.";
        assert_eq!(
            toll_day(text, 11).as_deref().map(|d| &d[..10]),
            Some("2021-10-14")
        );
    }

    /// "par arrêté municipal", "un arrêté préfectoral": a decree, no
    /// arrest; "le suspect, arrêté lundi" is one.
    #[test]
    fn a_decree_is_no_arrest() {
        assert!(types("La baignade est interdite par arrêté municipal depuis 2019.").is_empty());
        assert!(!types("Un arrêté préfectoral ferme la plage.").contains(&"arrest".to_string()));
        assert_eq!(types("Le suspect, arrêté lundi, a avoué."), ["arrest"]);
    }

    /// A charge in quotes names no event: "inculpées de « rassemblement et
    /// collusion »", "pour « participation à une manifestation »".
    #[test]
    fn a_quoted_charge_is_no_protest() {
        assert!(
            !types(
                "Soixante-deux personnes ont été inculpées de « rassemblement et collusion \
                 contre la sécurité nationale »."
            )
            .contains(&"protest".to_string())
        );
        assert!(
            !types("Trois militants ont été condamnés pour « participation à une manifestation ».")
                .contains(&"protest".to_string())
        );
        assert!(types("Un rassemblement a été dispersé.").contains(&"protest".to_string()));
    }

    /// The collapse of a currency, a market or a regime is no accident;
    /// a building's is.
    #[test]
    fn an_economic_collapse_is_no_accident() {
        assert!(
            !types("Le mouvement est né de l'effondrement de la monnaie nationale.")
                .contains(&"accident".to_string())
        );
        assert!(!types("L'effondrement économique inquiète.").contains(&"accident".to_string()));
        assert_eq!(
            types("L'effondrement d'un immeuble a fait douze morts à Lagos."),
            ["accident"]
        );
    }

    /// A death the weather or the ground caused, and a collapse in the
    /// news of an earthquake or a storm, are the disaster's.
    #[test]
    fn deaths_by_storms_and_collapses_in_a_quake_are_the_disasters() {
        assert_eq!(
            types("À Spa, un arbre s'est abattu sur une voiture, tuant ses deux occupants."),
            ["disaster"]
        );
        assert_eq!(
            types(
                "Un homme a été tué mardi à Dunkerque, heurté par un panneau arraché par le vent."
            ),
            ["disaster"]
        );
        // A killing with a weapon stays one, storm or not.
        assert!(
            types("Pendant la tempête, un homme a été tué par balle à Dunkerque.")
                .contains(&"killing".to_string())
        );
        // Struck by lightning is no strike of war; the deadliest storm is
        // no murder.
        assert_eq!(
            types("Un berger a été tué, frappé par la foudre."),
            ["disaster"]
        );
        assert_eq!(
            types("L'orage le plus meurtrier de l'année a tué dix enfants dans une école."),
            ["disaster"]
        );
        // A heat wave named again by a demonstrative kills as a disaster.
        let t =
            types("Le pays est frappé par la canicule. Cette vague de chaleur a tué 14 personnes.");
        assert!(t.iter().all(|t| t == "disaster"), "{t:?}");
        assert!(
            !hazard_armed().contains("meurtr\\w*") && hazard_armed().contains("frappes? (?:aer")
        );
        // (But a strike from the air is one: "tués par une frappe aérienne
        // pendant l'orage" stays an air strike's.)
        assert_eq!(
            types("Trois civils ont été tués par une frappe aérienne pendant l'orage."),
            ["airstrike"]
        );
        let t = types(
            "Séisme en Équateur : quatorze morts\n\nLe séisme a frappé samedi le sud du pays. \
             À Machala, un quai s'est effondré, emportant des passants : cinq morts.",
        );
        assert!(t.iter().all(|t| t == "disaster"), "{t:?}");
        // A boat capsized in a storm is the storm's toll too.
        let e = events_of(
            "Tempête Ciarán : deux morts en Bretagne\n\nLa tempête a balayé le Finistère. \
             Un marin-pêcheur est porté disparu depuis le chavirage de son chalutier.",
        );
        let capsized = e.iter().find(|e| e.trigger.text == "chavirage");
        assert_eq!(
            capsized.map(|e| e.event_type.as_str()),
            Some("disaster"),
            "{e:?}"
        );
        // Without such news, a collapse is an accident.
        assert_eq!(
            types("À Lyon, un balcon s'est effondré samedi : deux blessés."),
            ["accident"]
        );
    }

    /// Cars or bins set on fire in number ("Une trentaine de véhicules ont
    /// été incendiés") are a riot's doing; not one car found burnt, nor
    /// vehicles burnt in an attack on soldiers.
    #[test]
    fn street_furniture_set_on_fire_is_a_riot() {
        assert_eq!(
            types(
                "Une trentaine de véhicules ont été incendiés dans la nuit, faisant sept blessés."
            ),
            ["riot"]
        );
        for text in [
            "Le véhicule des tueurs avait été retrouvé incendié, faisant deux blessés.",
            "Nous avons perdu vingt soldats et une dizaine de véhicules ont été incendiés, \
             faisant sept blessés.",
        ] {
            assert!(!types(text).contains(&"riot".to_string()), "{text}");
        }
    }

    /// Protesters killed, wounded or shot at are the protest's toll
    /// (ACLED's "excessive force against protesters"); a police officer
    /// killed, or a killing of others, stays a killing.
    #[test]
    fn force_against_protesters_is_the_protest() {
        for text in [
            "Un manifestant a été tué lundi soir à Minsk.",
            "Cinq manifestants ont été tués lundi par les forces de sécurité à Khartoum.",
            "La police a tiré sur les manifestants à Maputo, faisant trois morts.",
        ] {
            assert_eq!(types(text), ["protest"], "{text}");
        }
        // The police or the army firing on a crowd, in the news of a
        // protest.
        for text in [
            "Manifestations au Mozambique\n\nLa police a tiré jeudi sur la foule, faisant trois morts.",
            "Des milliers de manifestants ont défilé à Maputo. Des témoins affirment que des agents ont tiré sur la foule, faisant quatre morts.",
        ] {
            let t = types(text);
            assert!(
                t.len() == 2 && t.iter().all(|t| t == "protest"),
                "{text}: {t:?}"
            );
        }
        // Partisans or marchers fired on, in any news.
        assert_eq!(
            types(
                "La police a tiré à balles réelles jeudi 7 novembre sur des milliers de partisans de l'opposant, faisant trois morts."
            ),
            ["protest"]
        );
        // Not armed men firing on a crowd.
        let t =
            types("Des hommes armés ont tiré sur la foule devant une église, faisant trois morts.");
        assert!(!t.contains(&"protest".to_string()), "{t:?}");
        for text in [
            "Un policier a été tué lundi à Minsk.",
            "Des hommes armés ont tué trois personnes à Kidal.",
        ] {
            assert_eq!(types(text), ["killing"], "{text}");
        }
        // In the news of a protest, a death its sentence ties to the
        // protest; not one in a sentence of armed men.
        let t = types(
            "Des milliers de manifestants ont défilé lundi à Dacca.\n\nUn ouvrier a été tué \
             mercredi lorsque la police a dispersé une manifestation à Gazipur.",
        );
        assert!(t.iter().all(|t| t == "protest"), "{t:?}");
        let t = types(
            "Des milliers de manifestants ont défilé lundi à Dacca.\n\nUn ouvrier a été tué \
             mercredi par des hommes armés près d'un rassemblement à Gazipur.",
        );
        assert!(t.contains(&"killing".to_string()), "{t:?}");
    }

    /// A death told as accidental (drowned, crushed, a fall, run over) is
    /// an accident's toll; with a weapon named it stays a killing.
    /// Deaths a sentence ties to a prison's unrest ("lors d'une tentative
    /// d'évasion", "lors d'une mutinerie") are the riot's; not a tax
    /// evasion's, nor deaths told without it.
    #[test]
    fn deaths_in_a_prisons_unrest_are_a_riots() {
        assert_eq!(
            types(
                "Au moins 129 détenus ont été tués lors d'une tentative d'évasion à la prison de Makala."
            ),
            ["riot"]
        );
        assert_eq!(
            types("Deux gardiens ont été blessés au cours de la mutinerie, selon la direction."),
            ["riot"]
        );
        assert_eq!(
            types("Deux hommes ont été tués lors d'une évasion fiscale."),
            ["killing"]
        );
        assert_eq!(
            types("Neuf personnes ont été tuées lors de l'évasion de l'ex-chef de la junte."),
            ["killing"]
        );
        assert_eq!(
            types("Deux détenus ont été tués dans la prison de Makala."),
            ["killing"]
        );
    }

    #[test]
    fn accidental_deaths_are_accidents() {
        assert_eq!(
            types("Trois personnes sont mortes noyées dimanche dans les Landes."),
            ["accident"]
        );
        assert_eq!(
            types("Un ouvrier est mort lundi, écrasé par une charge tombée d'un pont roulant."),
            ["accident"]
        );
        assert_eq!(
            types("Un alpiniste a péri mardi après une chute de 200 mètres."),
            ["accident"]
        );
        assert_eq!(
            types("Un homme a été tué par balle, un autre écrasé par une voiture."),
            ["killing"]
        );
        // A crush is an accident, and one of its own in the news of a
        // flood; a drowning there is the flood's.
        assert_eq!(
            types("Sept personnes sont mortes piétinées lors d'une distribution de vivres."),
            ["accident"]
        );
        assert_eq!(
            types(
                "Les inondations ont fait 96 morts. Mardi, sept personnes sont mortes piétinées lors d'une distribution de vivres."
            ),
            ["disaster", "accident"]
        );
        assert_eq!(
            types("Les inondations ont fait 96 morts. Mardi, sept personnes sont mortes noyées."),
            ["disaster"]
        );
        // A crush after the stampede told is the stampede's.
        assert_eq!(
            types(
                "Une bousculade a éclaté samedi à l'entrée du stade. Sept personnes sont mortes piétinées, selon la police."
            ),
            ["accident"]
        );
        // Shells that fell on a camp are no fall.
        let t = types("Neuf personnes ont été tuées samedi par des obus tombés sur un camp.");
        assert!(t.iter().all(|t| t != "accident"), "{t:?}");
        // The explosion of a mine is a landmine's; one inside a mine, or in a
        // coal mine, an accident.
        let t =
            types("Dix civils ont été tués par l'explosion d'une mine posée par les jihadistes.");
        assert!(t.iter().all(|t| t != "accident"), "{t:?}");
        let t = types("Douze mineurs ont péri dans l'explosion d'une mine de charbon.");
        assert_eq!(t, ["accident"]);
        // An aircraft's crash ("l'écrasement d'un hélicoptère") is an accident.
        let t = types("Cinq personnes ont été tuées jeudi dans l'écrasement d'un hélicoptère.");
        assert_eq!(t, ["accident"]);
        // Poisoned by tainted alcohol or a gas leak: an accident; struck by
        // lightning, the weather's; a poison given, a killing still.
        assert_eq!(
            types(
                "Vingt-sept personnes sont mortes après avoir bu de l'alcool frelaté au méthanol."
            ),
            ["accident"]
        );
        assert_eq!(
            types("Trois ouvriers sont morts lundi, intoxiqués par une fuite d'ammoniac."),
            ["accident"]
        );
        assert_eq!(
            types("Dix-huit élèves avaient été tués par un éclair dans leur école."),
            ["disaster"]
        );
        assert_eq!(
            types("Un opposant est mort, empoisonné par des agents du régime."),
            ["killing"]
        );
    }

    /// A toll counted since a year or month dates from it ("est en proie
    /// depuis 2015 à des violences qui ont fait plus de 26 000 morts"),
    /// not from the dispatch's day; an event's own toll keeps its day.
    #[test]
    fn a_cumulative_toll_dates_from_its_start() {
        let date = |text: &str| -> Vec<Option<String>> {
            events_of(text)
                .into_iter()
                .filter(|e| !e.casualties.is_empty())
                .map(|e| e.date.and_then(|d| d.date.value))
                .collect()
        };
        assert_eq!(
            date(
                "Niamey, 12 mars 2025 - Le pays, dirigé depuis septembre 2022 par une junte, est en \
                 proie depuis 2015 à des violences qui ont fait plus de 26 000 morts."
            ),
            [Some("2015".to_string())]
        );
        assert_eq!(
            date(
                "Beyrouth, 19 novembre 2024 - Depuis octobre 2023, plus de 3 500 personnes ont été tuées au Liban."
            ),
            [Some("2023-10".to_string())]
        );
        assert_eq!(
            date("Niamey, 12 mars 2025 - Mardi, douze soldats ont été tués dans une embuscade."),
            [Some("2025-03-11".to_string())]
        );
        // A campaign's start told before: "depuis le début de cette
        // offensive" counts from the "depuis fin avril" of the paragraph
        // before; not where its own sentence dates it.
        assert_eq!(
            date(
                "Beyrouth, 2 décembre 2019 - Le régime a intensifié ses bombardements depuis fin \
                 avril.\n\nDepuis le début de cette offensive, plus de 1 000 civils ont été tués."
            ),
            [Some("2019-04".to_string())]
        );
        assert_eq!(
            date(
                "Kiev, 12 mai 2024 - Les forces russes attaquent depuis le 10 mai.\n\nPlus de 10 500 \
                 civils ont été tués depuis le début de l'invasion, le 24 février 2022."
            ),
            [Some("2022-02-24".to_string())]
        );
        // A war's birth year is its start: "Le conflit, né en 2017 de la
        // répression de manifestations, a fait plus de 6 000 morts".
        assert_eq!(
            date(
                "Yaoundé, 4 octobre 2026 - Le conflit, né en 2017 de la répression de \
                 manifestations, a fait plus de 6 000 morts."
            ),
            [Some("2017".to_string())]
        );
        // A headline's toll stays the body's event's.
        let ev = events_of(
            "Le choléra a fait 63 morts depuis janvier\n\nKinshasa, 14 février 2025 - Une \
             épidémie de choléra a fait 63 morts depuis le début de l'année. Pour la seule \
             semaine dernière, vingt-trois décès ont été notifiés.",
        );
        let with_toll: Vec<_> = ev.iter().filter(|e| !e.casualties.is_empty()).collect();
        assert_eq!(with_toll.len(), 1, "{with_toll:?}");
        // Not a detail of the strike told before it.
        assert_eq!(
            date(
                "Beyrouth, 19 novembre 2024 - Une frappe a tué mardi cinq secouristes. Depuis \
                 octobre 2023, plus de 3 500 personnes ont été tuées au Liban."
            ),
            [Some("2024-11-19".to_string()), Some("2023-10".to_string())]
        );
        // A day with its month starts the span too.
        assert_eq!(
            date(
                "Lima, 10 janvier 2023 - Des heurts ont éclaté lundi à Juliaca. Au moins 46 \
                 personnes ont perdu la vie depuis le 7 décembre, date de la destitution du \
                 président."
            ),
            [Some("2022-12-07".to_string())]
        );
    }

    #[test]
    fn carbon_monoxide_poisonings_are_accidents() {
        let ev = events_of(
            "Une famille a été intoxiquée au monoxyde de carbone dimanche. Huit personnes ont été hospitalisées.",
        );
        assert!(
            ev.iter()
                .any(|e| e.event_type == "accident" && !e.casualties.is_empty())
        );
    }

    /// "a explosé" in a document with no word of attack is an accident's,
    /// as a bare "explosion" is.
    #[test]
    fn a_bare_explosion_verb_is_an_accident_without_attack() {
        let t = types("L'hélicoptère a percuté une tour et a explosé, faisant sept morts.");
        assert!(t.iter().all(|t| t != "bombing"), "{t:?}");
        let t = types("Un kamikaze a explosé sa ceinture devant la mosquée, faisant sept morts.");
        assert!(t.iter().any(|t| t == "bombing"), "{t:?}");
        // An explosion that ravaged a factory, a rockfall in a mine: accidents;
        // a rockfall on a road: a disaster.
        let t = types("Une explosion a ravagé hier une usine de munitions. Six ouvriers ont péri.");
        assert_eq!(t, ["accident"]);
        let t = types("Un éboulement sur le site d'orpaillage a fait six morts.");
        assert_eq!(t, ["accident"]);
        let t = types("Un éboulement a coupé la route de montagne, faisant deux morts.");
        assert_eq!(t, ["disaster"]);
        // The mine named elsewhere in the paragraph or in the headline.
        let t = types(
            "L'éboulement s'est produit dimanche, alors que des dizaines d'orpailleurs travaillaient dans des puits. Il a fait 17 morts.",
        );
        assert_eq!(t, ["accident"]);
        let t = types(
            "Guinée : une mine d'or artisanale s'effondre\n\nUn glissement de terrain a coûté la vie à neuf personnes.",
        );
        assert_eq!(t.last().map(String::as_str), Some("accident"));
        // In the news of bad weather, the weather's.
        let t = types(
            "Pluies torrentielles dans le Nord\n\nUn glissement de terrain a emporté une galerie, tuant neuf personnes.",
        );
        assert_eq!(t.last().map(String::as_str), Some("disaster"));
    }

    /// The mud a mine's dam released, the flash flood that caught
    /// canyoners: accidents; a dam that bursts in floods, a storm's flood:
    /// disasters.
    #[test]
    fn floods_of_a_mine_dam_or_a_canyon_are_accidents() {
        let t = types(
            "Brésil : au moins neuf morts après la rupture d'une digue minière\n\n\
             La coulée de boue a fait neuf morts dans la vallée.",
        );
        assert_eq!(t.last().map(String::as_str), Some("accident"), "{t:?}");
        let t =
            types("Quatre canyonistes ont été tués par une crue subite dans la sierra de Guara.");
        assert_eq!(t.last().map(String::as_str), Some("accident"), "{t:?}");
        let t = types(
            "Kenya : la rupture d'un barrage fait 46 morts\n\n\
             Les inondations ont fait 46 morts dans le comté de Murang'a.",
        );
        assert_eq!(t.last().map(String::as_str), Some("disaster"), "{t:?}");
    }

    /// Clashes under a headline of unrest only are the unrest's; crowd
    /// control (tear gas, water cannon, youths against the police) tells
    /// unrest where no armed men fight.
    #[test]
    fn clashes_under_a_headline_of_unrest_and_crowd_control() {
        let t = types(
            "Équateur : au moins 18 détenus tués lors d'une mutinerie\n\n\
             QUITO, 15 août 2023 (AFP) - La police a repris le contrôle du site.\n\n\
             Au moins 18 détenus ont été tués lors d'affrontements entre bandes rivales.",
        );
        assert_eq!(t.last().map(String::as_str), Some("riot"), "{t:?}");
        // Not under a headline of armed violence too.
        let t = types(
            "Cachemire : trois rebelles tués dans une fusillade, heurts avec des manifestants\n\n\
             SRINAGAR, 3 mai 2018 (AFP) - L'armée a bouclé le village.\n\n\
             Deux soldats ont été blessés lors des combats.",
        );
        assert_eq!(t.last().map(String::as_str), Some("clash"), "{t:?}");
        let t = types(
            "Des affrontements ont opposé dans la nuit une cinquantaine de jeunes aux forces de \
             l'ordre. Cinq policiers ont été blessés lors des heurts.",
        );
        assert!(t.iter().any(|t| t == "riot"), "{t:?}");
        let t = types(
            "Trois Palestiniens ont été tués lors d'affrontements entre l'armée et des hommes \
             armés. Douze personnes ont été incommodées par les gaz lacrymogènes.",
        );
        assert!(!t.iter().any(|t| t == "riot"), "{t:?}");
    }

    /// A toll or clash in a paragraph of unrest is a riot's; a named act
    /// there (what the protest is about) and the riot police are not cues.
    #[test]
    fn tolls_of_unrest_are_riots() {
        let t = types(
            "Des heurts ont opposé les manifestants à la police samedi à Nairobi. \
             Trois personnes ont été tuées.",
        );
        assert!(!t.is_empty() && t.iter().all(|t| t == "riot"), "{t:?}");
        let t = types(
            "L'ambassadeur a été tué par balle à Ankara. L'auteur était membre de la \
             police anti-émeute.",
        );
        assert!(t.iter().any(|t| t == "killing"), "{t:?}");
        let t = types("Des manifestations ont suivi l'exécution de l'opposant samedi.");
        assert!(!t.iter().any(|t| t == "riot"), "{t:?}");
        // A prison's mutiny is a riot.
        let t = types("Une mutinerie a éclaté dimanche dans la prison de Latacunga.");
        assert!(t.iter().any(|t| t == "riot"), "{t:?}");
        // Clashes of football supporters, or inside a mutinous prison.
        for text in [
            "Des supporters anglais et marseillais se sont affrontés jeudi soir sur le \
             Vieux-Port. Seize policiers ont été blessés.",
            "La mutinerie a duré toute la nuit. Au moins dix-sept détenus ont été tués lors \
             d'affrontements entre bandes rivales.",
            // Farmers or strikers facing the police: a movement's clashes.
            "Des affrontements ont opposé mercredi des agriculteurs en colère aux forces de \
             l'ordre. Sept gendarmes ont été blessés.",
            "Les blocages de raffineries ont dégénéré en heurts. Quatre grévistes ont été \
             blessés.",
        ] {
            let t = types(text);
            assert!(
                t.iter().any(|t| t == "riot") && !t.iter().any(|t| t == "clash"),
                "{t:?}"
            );
        }
    }

    /// An agency's dateline dates the dispatch, not the events of the
    /// sentence it opens: "LIMA, 4 mai 2019 (AFP) - … explosion …,
    /// vendredi" is the day before, though the dateline's date is nearer.
    #[test]
    fn an_agency_dateline_does_not_date_its_sentence() {
        let ev = events_of(
            "LIMA, 4 mai 2019 (AFP) - Cinq mineurs ont été tués dans une explosion de \
             gaz survenue dans une mine du sud du pays, vendredi.",
        );
        let dated: Vec<&str> = ev
            .iter()
            .filter_map(|e| e.date.as_ref()?.date.value.as_deref())
            .collect();
        assert!(
            !dated.is_empty() && dated.iter().all(|d| *d == "2019-05-03"),
            "{dated:?}"
        );
        // Xinhua's dateline, with its double hyphen; the day the typhoon
        // struck, in a relative clause, dates its toll.
        let ev = events_of(
            "MANILLE, 19 octobre 2021 (Xinhua) -- Le bilan des inondations provoquées par \
             le typhon Kompasu, qui a frappé samedi l'île de Luçon, s'est alourdi à 31 \
             morts, a indiqué mardi la protection civile.",
        );
        let dated: Vec<&str> = ev
            .iter()
            .filter(|e| !e.casualties.is_empty())
            .filter_map(|e| e.date.as_ref()?.date.value.as_deref())
            .collect();
        assert!(
            !dated.is_empty() && dated.iter().all(|d| *d == "2021-10-16"),
            "{dated:?}"
        );
    }

    /// A place in an organisation's name is its seat, not where the events
    /// of its sentence or paragraph happen.
    #[test]
    fn an_organisations_seat_is_no_events_place() {
        let ev = events_of(
            "Un homme a ouvert le feu mardi à Strasbourg. Le parquet antiterroriste de \
             Paris s'est saisi de l'enquête ; quatre personnes ont été placées en garde \
             à vue mercredi.",
        );
        for e in &ev {
            assert_eq!(
                e.place.as_ref().map(|p| p.place.name.as_str()),
                Some("Strasbourg"),
                "{}",
                e.trigger.text
            );
        }
    }

    /// "ont défilé" is a protest; "le défilé" is no event.
    #[test]
    fn marching_is_protesting() {
        let types =
            |t: &str| -> Vec<String> { events_of(t).into_iter().map(|e| e.event_type).collect() };
        assert_eq!(
            types("Des milliers de personnes ont défilé samedi à Lyon contre la réforme."),
            ["protest"]
        );
        assert!(types("Le défilé du 14 juillet a eu lieu sur les Champs-Élysées.").is_empty());
        // One who walks a catwalk does not march.
        assert!(types("Le mannequin a défilé lors de la cérémonie.").is_empty());
    }

    /// The day of a report ("ont indiqué vendredi des sources") dates the
    /// report, not the events of its sentence, unless it is the only day.
    #[test]
    fn the_day_of_a_report_is_not_the_events() {
        let ev = events_of(
            "BAMAKO, 15 novembre 2019 (AFP) - Deux humanitaires ont été enlevés \
             mercredi près de Mopti et leur chauffeur a été abattu, ont indiqué vendredi \
             des sources locales.",
        );
        let killing = ev.iter().find(|e| e.event_type == "killing").unwrap();
        assert_eq!(
            killing.date.as_ref().unwrap().date.value.as_deref(),
            Some("2019-11-13")
        );
        let ev = events_of(
            "29 mars 2017. – Six humanitaires ont été tués dans une embuscade, ont \
             annoncé le 26 mars les Nations unies.",
        );
        let attack = ev.iter().find(|e| e.event_type == "attack").unwrap();
        assert_eq!(
            attack.date.as_ref().unwrap().date.value.as_deref(),
            Some("2017-03-26")
        );
        // An accusation's day likewise: the next sentence tells the strike's.
        let text = "ZAPORIJJIA, 27 septembre 2024 (AFP) – Les autorités ont accusé jeudi \
                    l'armée d'avoir tiré sur un café, une frappe qui aurait fait douze morts. \
                    La frappe a eu lieu mercredi vers 21 h 30.";
        assert_eq!(
            toll_day(text, 12).as_deref().map(|d| &d[..10]),
            Some("2024-09-25")
        );
        // Nor does a later sentence inherit the report's day.
        let ev = events_of(
            "22 octobre 2024. – Des hommes armés ont enlevé dimanche 27 élèves, a              confirmé lundi la police. Un gardien a été abattu pendant l'attaque.",
        );
        // (The guard's death is the attack's, its circumstance.)
        let killing = ev
            .iter()
            .find(|e| {
                e.casualties
                    .iter()
                    .any(|c| c.category == CasualtyCategory::Killed)
            })
            .unwrap();
        assert_eq!(
            killing.date.as_ref().unwrap().date.value.as_deref(),
            Some("2024-10-20")
        );
        // "a fait état lundi de": a report's verb too, not the protests'
        // day (they followed the election of 28 July; the only other day
        // the sentence gives is the election's).
        let days = toll_days(
            "CARACAS, 5 août 2024 (EFE) - Le procureur général a fait état lundi de 25 morts \
             lors des manifestations qui ont suivi l'élection présidentielle du 28 juillet.",
        );
        assert_eq!(days.len(), 1);
        assert!(days[0].1.starts_with("2024-07"), "{days:?}");
    }

    /// A toll compared with another time ("contre 26 sur l'ensemble de
    /// l'année 2022") is an event of that time; a count announced before
    /// ("contre 2 445 annoncés la veille") stays the event's.
    #[test]
    fn a_toll_compared_with_another_year_is_of_that_year() {
        let dates = |text: &str| {
            let mut v = toll_days(text);
            v.sort();
            v
        };
        assert_eq!(
            dates(
                "SAINT-BRIEUC, 12 septembre 2023 (AFP) - Un motard est mort dimanche sur la \
                 RN12.\n\nDepuis le 1er janvier, 21 personnes ont perdu la vie sur les routes \
                 des Côtes-d'Armor, contre 26 sur l'ensemble de l'année 2022."
            ),
            vec![
                (1, "2023-09-10".to_string()),
                (21, "2023-01-01".to_string()),
                (26, "2022".to_string())
            ]
        );
        assert_eq!(
            dates(
                "KABOUL, 10 octobre 2023 (AFP) - Le gouvernement a revu mardi à la baisse le \
                 bilan des séismes qui ont frappé samedi la province d'Hérat, faisant désormais \
                 état de 1 482 morts, contre 2 445 annoncés la veille."
            ),
            vec![
                (1482, "2023-10-07".to_string()),
                (2445, "2023-10-07".to_string())
            ]
        );
    }

    /// A sentence that opens on the news's day ("Le 19 juillet 2017, …")
    /// takes the day the next one gives its event ("L'accident s'est
    /// produit mardi"), within the week before; not another event's day.
    #[test]
    fn the_next_sentence_tells_the_day_of_an_event_opened_on_the_news_day() {
        let day = |text: &str| {
            let ev = events_of(text);
            let e = ev.iter().find(|e| !e.casualties.is_empty()).unwrap();
            e.date.as_ref().unwrap().date.value.clone().unwrap()
        };
        assert_eq!(
            day(
                "Le 19 juillet 2017, au moins 19 personnes ont péri dans la chute d'un \
                 autocar dans un ravin près d'Arequipa. L'accident s'est produit mardi, \
                 peu avant minuit."
            ),
            "2017-07-18"
        );
        assert_eq!(
            day(
                "Le 12 mars 2018, cinq soldats ont été tués dans une embuscade près de \
                 Gao. Cette attaque a eu lieu samedi soir sur la route de Ménaka."
            ),
            "2018-03-10TEV"
        );
        // Another event's day, or one more than a week before: the opening day stays.
        assert_eq!(
            day(
                "Le 19 juillet 2017, au moins 19 personnes ont péri dans la chute d'un \
                 autocar près d'Arequipa. Un autre accident s'est produit mardi."
            ),
            "2017-07-19"
        );
        assert_eq!(
            day(
                "Le 19 juillet 2017, au moins 19 personnes ont péri dans la chute d'un \
                 autocar près d'Arequipa. L'accident s'est produit le 2 juillet."
            ),
            "2017-07-19"
        );
    }

    /// An event noun that a later report confirms ("a confirmé mardi
    /// l'enlèvement de…") took place on the day its paragraph told before,
    /// when that day is earlier; without one, the report's day stays.
    #[test]
    fn an_event_confirmed_later_keeps_the_day_told_before() {
        let day = |text: &str| {
            let ev = events_of(text);
            let e = ev.iter().find(|e| e.event_type == "kidnapping").unwrap();
            let d = e.date.as_ref().unwrap();
            (d.date.value.clone().unwrap(), d.inherited)
        };
        assert_eq!(
            day(
                "KADUNA, 25 avril 2018 (AFP) - Des hommes armés ont attaqué lundi soir des \
                 véhicules près de Katari. La police a confirmé mardi l'enlèvement de \
                 quatorze personnes."
            ),
            ("2018-04-23TEV".to_string(), true)
        );
        assert_eq!(
            day(
                "KADUNA, 25 avril 2018 (AFP) - La police a confirmé mardi l'enlèvement de \
                 quatorze personnes près de Katari."
            ),
            ("2018-04-24".to_string(), false)
        );
    }

    /// Acts told before a later report ("…, a précisé dimanche le
    /// parquet") took place on the last day the story told before, within
    /// the week before the report; a charge is the report's news, and a
    /// story that told no earlier day keeps the report's.
    #[test]
    fn acts_told_before_a_later_report_keep_the_story_day() {
        let day = |text: &str, kind: &str| {
            let ev = events_of(text);
            let e = ev.iter().find(|e| e.event_type == kind).unwrap();
            e.date.as_ref().unwrap().date.value.clone().unwrap()
        };
        let story = "NANTES, 27 mars 2023 (AFP) - Des heurts ont éclaté samedi dans le centre \
                     de Nantes.\n\nLes policiers ont répliqué par des tirs de gaz \
                     lacrymogène.\n\n";
        assert_eq!(
            day(
                &format!(
                    "{story}Vingt et une personnes ont été interpellées, a précisé dimanche \
                     le parquet de Nantes."
                ),
                "arrest"
            ),
            "2023-03-25"
        );
        assert_eq!(
            day(
                &format!("{story}Un homme a été inculpé, a annoncé dimanche le parquet."),
                "charge"
            ),
            "2023-03-26"
        );
        assert_eq!(
            day(
                "NANTES, 27 mars 2023 (AFP) - Vingt et une personnes ont été interpellées, a \
                 précisé dimanche le parquet de Nantes.",
                "arrest"
            ),
            "2023-03-26"
        );
        // Not a day more than a week before the report's.
        assert_eq!(
            day(
                "NANTES, 27 mars 2023 (AFP) - Des heurts avaient éclaté le 2 mars. Vingt et \
                 une personnes ont été interpellées, a précisé dimanche le parquet.",
                "arrest"
            ),
            "2023-03-26"
        );
    }

    /// A figure whose paragraph tells its own day is an event of that day,
    /// of the kind of the event it would otherwise join.
    #[test]
    fn a_figure_of_another_day_is_an_event_of_that_day() {
        let ev = events_of(
            "LYON, 2 septembre 2019 (AFP) - La police a dispersé lundi une manifestation \
             devant la préfecture.\n\nDimanche, des milliers de personnes avaient défilé \
             dans le centre. Selon les pompiers, 12 personnes ont été blessées.",
        );
        let e = ev
            .iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(12)))
            .unwrap();
        assert_eq!(e.event_type, "protest");
        assert_eq!(
            e.date.as_ref().unwrap().date.value.as_deref(),
            Some("2019-09-01")
        );
        // A figure whose participle tells its day, inside a report ("font
        // état d'un policier tué lundi soir"), is an event of that day.
        // (The day, to the day, of the first event bearing a count.)
        let day_of_count = |text: &str, n: u64| {
            events_of(text)
                .into_iter()
                .find(|e| e.casualties.iter().any(|c| c.count == Some(n)))
                .and_then(|e| e.date)
                .and_then(|d| d.date.value)
                .map(|v| v[..10].to_string())
        };
        assert_eq!(
            day_of_count(
                "TÉHÉRAN, 10 juillet 2019 (AFP) - Au moins douze manifestants auraient été \
                 tués depuis le début, samedi, d'un mouvement de protestation à Ahvaz.\n\nLes \
                 autorités n'ont pas confirmé ce bilan. Elles font état d'un policier tué \
                 lundi soir par des émeutiers armés.",
                1
            )
            .as_deref(),
            Some("2019-07-08")
        );
        // (Not a figure without a participle: "il a ensuite été fait état
        // de 273 morts lundi soir" dates the report, not the deaths.)
        assert_eq!(
            day_of_count(
                "6 avril 2017. – Un nouveau bilan de la coulée de boue qui a dévasté Mocoa dans \
                 la nuit de vendredi 31 mars à samedi 1er avril a pu être établi. Il a ensuite \
                 été fait état de 273 morts lundi soir.",
                273
            )
            .as_deref(),
            Some("2017-03-31")
        );
        // A sentence that opens on its own day is not a detail of the event
        // of the sentence before it ("Le 7 juin déjà, un motard …").
        let ev = events_of(
            "Périgueux, 22 juin 2025 - Trois jeunes sont morts samedi dans une collision près \
             de Belvès. Cet accident porte à 21 le nombre de tués sur les routes du département \
             depuis le 1er janvier. Le 7 juin déjà, un motard de 34 ans avait perdu la vie près \
             de Carsac-Aillac.",
        );
        let e = ev
            .iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(1)))
            .unwrap();
        assert_eq!(
            e.date.as_ref().unwrap().date.value.as_deref(),
            Some("2025-06-07")
        );
        // A sentence that opens on a month of its own, later than the
        // event before it, tells another event.
        let ev = events_of(
            "Publié le 12 mars 2025\n\nLa région reste marquée par les pluies de janvier 2011, \
             qui avaient fait plus de 900 morts. En février 2022, un autre déluge avait coûté \
             la vie à 241 personnes à Petrópolis.",
        );
        let e = ev
            .iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(241)))
            .unwrap();
        assert_eq!(
            e.date.as_ref().unwrap().date.value.as_deref(),
            Some("2022-02")
        );
        assert_eq!(e.casualties.len(), 1);
        // A figure in the conditional too: its day is told all the same.
        let ev = events_of(
            "BENI, 29 août 2025 (AFP) - Au moins 52 civils ont été tués mercredi dans une \
             attaque contre le village de Kasinga.\n\nPlus au nord, neuf déplacés auraient \
             été tués dimanche par des miliciens, selon une source humanitaire.",
        );
        let e = ev
            .iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(9)))
            .unwrap();
        assert_eq!(
            e.date.as_ref().unwrap().date.value.as_deref(),
            Some("2025-08-24")
        );
    }

    /// The day of a claim ("revendiquée dimanche") does not date the attack
    /// a definite noun takes up: the attack told before keeps its day.
    #[test]
    fn the_day_of_a_claim_is_not_the_attacks() {
        let ev = events_of(
            "BAMAKO, 23 juin 2025 (AFP) - Au moins 34 soldats ont été tués samedi dans \
             l'attaque d'un camp à Dioura.\n\nL'attaque, revendiquée dimanche par le JNIM, a \
             également fait une vingtaine de blessés.",
        );
        let e = ev
            .iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(20)))
            .unwrap();
        assert_eq!(
            e.date.as_ref().unwrap().date.value.as_deref(),
            Some("2025-06-21")
        );
        // The day a claim's message came out.
        assert_eq!(
            toll_day(
                "BAMAKO, 3 novembre 2025 (AFP) - Le JNIM a revendiqué l'embuscade tendue samedi \
                 contre un convoi près d'Ansongo. Dans son message, diffusé dimanche sur ses \
                 canaux de propagande, le groupe dit avoir capturé deux militaires.",
                2
            )
            .as_deref()
            .map(|d| &d[..10]),
            Some("2025-11-01")
        );
        // The active claim, its object between it and its day.
        for claim in [
            "Le JNIM a revendiqué l'attaque lundi, affirmant avoir tué 134 soldats.",
            "Le JNIM a revendiqué lundi l'attaque, affirmant avoir tué 134 soldats.",
        ] {
            let text = format!(
                "BAMAKO, 23 juin 2025 (AFP) - Une attaque a visé samedi un camp à Dioura.\n\n{claim}"
            );
            assert_eq!(
                toll_day(&text, 134).as_deref(),
                Some("2025-06-21"),
                "{claim}"
            );
        }
    }

    /// The day a source was reached ("joint par téléphone vendredi",
    /// "contacté samedi par l'AFP") dates the report: the toll it gives
    /// keeps the day of the strike told before. A day after another
    /// participle still dates the event.
    #[test]
    fn the_day_a_source_was_reached_is_not_the_events() {
        let strike = "ADDIS-ABEBA, 18 novembre 2023 (AFP) - Un drone a frappé jeudi le marché \
                      de Bichena.";
        for told in [
            "Selon un médecin de l'hôpital, joint par téléphone vendredi, une trentaine de \
             personnes ont été tuées.",
            "Un infirmier, contacté vendredi par l'AFP, a indiqué que 30 personnes avaient été \
             tuées.",
            "Selon des habitants interrogés ce vendredi, 30 personnes ont été tuées.",
        ] {
            assert_eq!(
                toll_day(&format!("{strike}\n\n{told}"), 30).as_deref(),
                Some("2023-11-16"),
                "{told}"
            );
        }
        assert_eq!(
            toll_day(
                &format!(
                    "{strike}\n\nTrente personnes ont été tuées vendredi dans une autre frappe à \
                     Gondar."
                ),
                30
            )
            .as_deref(),
            Some("2023-11-17")
        );
    }

    /// An earlier toll revised down is not the document's toll.
    #[test]
    fn a_toll_revised_down_is_superseded() {
        let out = crate::process(
            "t",
            "Trois kamikazes se sont fait exploser dimanche, tuant 17 personnes. Un \
             précédent bilan faisait état de 30 morts, mais il a été revu à la baisse.",
            None,
        );
        assert_eq!(out.toll[0].count, Some(17));
        let out = crate::process(
            "t",
            "Le bilan officiel était initialement de 75 morts. Les autorités font \
             désormais état de 71 morts.",
            None,
        );
        assert_eq!(out.toll[0].count, Some(71));
    }

    /// The document's toll is the news's, not that of an event recalled
    /// from an earlier year or month.
    #[test]
    fn a_recalled_events_toll_is_not_the_documents() {
        let out = crate::process(
            "t",
            "BOMBAY, 16 juillet 2019 (AFP) - Au moins quatorze personnes ont péri mardi \
             dans l'effondrement d'un immeuble. En 2017, 33 personnes avaient trouvé la \
             mort dans l'effondrement d'un immeuble dans la même ville.",
            None,
        );
        assert_eq!(out.toll[0].count, Some(14));
        // Alone, the recalled figure still stands for its category.
        let out = crate::process(
            "t",
            "BOMBAY, 16 juillet 2019 (AFP) - Un immeuble menace de s'effondrer. En \
             2017, 33 personnes avaient trouvé la mort dans l'effondrement d'un immeuble.",
            None,
        );
        assert_eq!(out.toll[0].count, Some(33));
    }

    /// A war's toll told after an attack is the war's (a clash of its
    /// own), and the document's toll is the attack's.
    #[test]
    fn a_wars_toll_is_not_the_attacks() {
        let out = crate::process(
            "t",
            "Des rebelles ont tué 30 villageois samedi dans le nord du pays. \
             Le conflit a fait plus de 36 000 morts depuis 2009.",
            None,
        );
        let of = |n: u64| {
            out.events
                .iter()
                .find(|e| e.casualties.iter().any(|c| c.count == Some(n)))
                .map(|e| e.event_type.as_str())
        };
        assert_eq!(of(30), Some("killing"));
        assert_eq!(of(36_000), Some("clash"));
        assert_eq!(out.toll[0].count, Some(30));
        // The war named with its sides: "la guerre entre l'armée et les FSR".
        let out = crate::process(
            "t",
            "Plus de 80 personnes ont été tuées mercredi lors d'une attaque contre un village. \
             La guerre entre l'armée et les FSR a fait des dizaines de milliers de morts.",
            None,
        );
        let types: Vec<&str> = out.events.iter().map(|e| e.event_type.as_str()).collect();
        assert_eq!(types, ["attack", "clash"]);
        // An event told inside the clause that names the war is not the
        // toll's: "déclenché par la répression de manifestations".
        let out = crate::process(
            "t",
            "Le conflit, déclenché en 2011 par la répression de manifestations, a fait \
             plus d'un demi-million de morts.",
            None,
        );
        let of = |n: u64| {
            out.events
                .iter()
                .find(|e| e.casualties.iter().any(|c| c.count == Some(n)))
                .map(|e| {
                    (
                        e.event_type.as_str(),
                        e.date.as_ref().and_then(|d| d.date.value.as_deref()),
                    )
                })
        };
        assert_eq!(of(500_000), Some(("clash", Some("2011"))));
    }

    /// The agency that signs a dateline ("(AFP) -") is no actor of the
    /// events its sentence tells; an organisation of the sentence is.
    #[test]
    fn the_agency_of_a_dateline_is_no_actor() {
        let ev = events_of(
            "LIMA, 4 mai 2019 (AFP) - Au moins douze personnes ont été tuées lundi \
             dans une attaque, a indiqué le ministère de l'Intérieur.",
        );
        let actors: Vec<&str> = ev
            .iter()
            .flat_map(|e| e.actors.iter().map(|a| a.actor.text.as_str()))
            .collect();
        assert!(!actors.contains(&"AFP"), "{actors:?}");
        assert!(actors.contains(&"ministère de l'Intérieur"), "{actors:?}");
    }

    /// A clock time told in a paragraph is the time of the day the events
    /// inherit ("Samedi après-midi, … Vers 14 h, …" is Saturday 14:00), not
    /// of the reference day it was resolved on.
    #[test]
    fn a_clock_time_takes_the_inherited_day() {
        let out = crate::process(
            "t",
            "Des hommes armés ont enlevé jeudi quatre-vingts élèves.\n\n\
             « Ils sont arrivés vers 08H00 à moto », a raconté un habitant. Un membre du \
             personnel aurait été tué lors de l'enlèvement.",
            chrono::NaiveDate::from_ymd_opt(2024, 3, 8),
        );
        let e = out
            .events
            .iter()
            .find(|e| {
                e.casualties
                    .iter()
                    .any(|c| c.category == CasualtyCategory::Killed)
            })
            .unwrap();
        let v = e.date.as_ref().and_then(|d| d.date.value.clone());
        assert_eq!(v.as_deref(), Some("2024-03-07T08:00"));
        // A curfew's hours are a daily span, no event's time.
        let out = crate::process(
            "t",
            "Lundi, des affrontements ont fait dix morts. Le gouvernement a décrété un \
             couvre-feu de 18H00 à 06H00. Vingt-trois suspects ont été arrêtés.",
            chrono::NaiveDate::from_ymd_opt(2022, 2, 11),
        );
        let arrest = out
            .events
            .iter()
            .find(|e| e.event_type == "arrest")
            .unwrap();
        let v = arrest.date.as_ref().and_then(|d| d.date.value.clone());
        assert_eq!(v.as_deref(), Some("2022-02-07"));
    }

    /// A figure whose own sentence dates it in an earlier year is an event
    /// of that year, not a detail of the paragraph's event; it then stays
    /// out of the document's toll, being recalled.
    #[test]
    fn a_figure_of_an_earlier_year_is_an_event_of_that_year() {
        let out = crate::process(
            "t",
            "Nigeria : des élèves enlevés\n\nKANO (Nigeria), 8 mars 2024 (AFP) - Des hommes \
             armés ont enlevé jeudi quatre-vingts élèves.\n\nLes enlèvements contre rançon \
             sont fréquents dans cette région. En 2021, plus de 1 400 élèves avaient été \
             kidnappés au Nigeria, selon l'Unicef.",
            None,
        );
        let date_of = |n: u64| {
            let e = out
                .events
                .iter()
                .find(|e| e.casualties.iter().any(|c| c.count == Some(n)))
                .unwrap();
            e.date.as_ref().and_then(|d| d.date.value.clone()).unwrap()
        };
        assert_eq!(date_of(1400), "2021");
        assert_eq!(date_of(80), "2024-03-07");
        assert_eq!(out.toll[0].count, Some(80));
        // A month of an earlier year, in a paragraph with no event of its own.
        let out = crate::process(
            "t",
            "GOMA, 16 février 2024 (Reuters) - Douze personnes ont été tuées mercredi              dans le camp.

En août 2023, des obus tombés sur le marché de Kibumba              avaient fait neuf morts.",
            None,
        );
        let e = out
            .events
            .iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(9)))
            .unwrap();
        assert_eq!(
            e.date.as_ref().and_then(|d| d.date.value.as_deref()),
            Some("2023-08")
        );
    }

    /// An organisation's seat ("basée dans l'Ohio", "dont le siège est à
    /// Genève") is no place an event inherits; a background cue is a whole
    /// word ("dans la matinée à Nice" is no "née à").
    #[test]
    fn seats_are_background_and_cues_whole_words() {
        let place_of = |text: &str, ty: &str| {
            let out = crate::process("t", text, None);
            let e = out.events.into_iter().find(|e| e.event_type == ty).unwrap();
            e.place.unwrap().place.name
        };
        assert_eq!(
            place_of(
                "Haïti : inquiétude pour des missionnaires\n\nL'organisation, basée dans \
                 l'Ohio, l'a confirmé dimanche. Le groupe a été attaqué samedi.",
                "attack"
            ),
            "Haïti"
        );
        assert_eq!(
            place_of(
                "Marseille : un homme tué\n\nUn homme a été abattu dans la matinée à Nice.",
                "killing"
            ),
            "Nice"
        );
        // Where a man is held or tried is no place of the toll told beside it.
        let out = crate::process(
            "t",
            "Philippines : la guerre antidrogue\n\nManille, 19 mars 2026 - Rodrigo Duterte, \
             détenu à La Haye par la CPI, avait lancé en 2016 une campagne qui a fait plus de \
             6 000 morts.",
            None,
        );
        let e = out
            .events
            .iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(6000)))
            .unwrap();
        assert_ne!(e.place.as_ref().unwrap().place.name, "La Haye");
    }

    /// A religious gathering is no protest; a pluperfect shooting is a
    /// shooting; an agency told the news after a day ("ont indiqué lundi à
    /// l'AFP") is no actor.
    #[test]
    fn gatherings_pluperfect_shootings_and_agencies_told() {
        assert!(types("Des fidèles étaient venus pour un rassemblement religieux.").is_empty());
        // A gathering of troops is no protest.
        assert!(types("L'armée dit avoir visé un rassemblement de militaires.").is_empty());
        assert_eq!(
            types("La police avait tiré à balles réelles sur la foule."),
            ["shooting"]
        );
        assert_eq!(
            types("Il a été victime d'un règlement de comptes."),
            ["killing"]
        );
        let ev = events_of(
            "Douze civils ont été tués dimanche, ont indiqué lundi à l'AFP des élus locaux.",
        );
        assert!(
            ev.iter()
                .all(|e| e.actors.iter().all(|a| a.actor.text != "AFP")),
            "{ev:?}"
        );
    }

    /// A figure of a sentence that tells an event as its circumstance
    /// ("lors de l'enlèvement") is that event's, even of a kind it suits
    /// weakly (killed in a kidnapping), not an earlier event's.
    #[test]
    fn a_circumstance_takes_its_sentences_figures() {
        let ev = events_of(
            "Des hommes armés ont enlevé jeudi quatre-vingts élèves. Ils ont tiré en l'air. \
             Un membre du personnel aurait été tué lors de l'enlèvement.",
        );
        let of_killed: Vec<&str> = ev
            .iter()
            .filter(|e| {
                e.casualties
                    .iter()
                    .any(|c| c.category == CasualtyCategory::Killed)
            })
            .map(|e| e.trigger.text.as_str())
            .collect();
        assert_eq!(of_killed, ["enlèvement"]);
    }

    /// Strikes told by their author's nationality or attribution, or by
    /// their target, are air strikes: "des frappes israéliennes", "une
    /// frappe attribuée à Israël", "une frappe sur Nabatiyé"; a shot on
    /// the goal is none.
    #[test]
    fn strikes_by_a_country_are_airstrikes() {
        for text in [
            "Douze personnes ont été tuées dans des frappes israéliennes sur Gaza.",
            "Il a été tué dans une frappe attribuée à Israël.",
            "Des frappes russes ont visé Alep.",
            "Deux secouristes ont été tués jeudi matin dans une frappe sur Nabatiyé.",
            "Des frappes menées contre la banlieue sud de Beyrouth ont détruit onze bâtiments.",
            // Strikes told before their verb, debris of drones that fell.
            "À Odessa, les frappes ont visé le port et blessé neuf personnes.",
            "Deux hommes ont été tués à Pavlohrad par la chute de débris de drones.",
        ] {
            let types: Vec<String> = events_of(text).into_iter().map(|e| e.event_type).collect();
            assert!(types.iter().any(|t| t == "airstrike"), "{text}: {types:?}");
        }
        assert!(events_of("Sa frappe a trouvé le poteau.").is_empty());
        assert!(events_of("Sa frappe sur la barre a fait trembler le stade.").is_empty());
        // Knocks on a wall or a door are no strike.
        for text in [
            "Un automobiliste, intrigué par des coups frappés contre la paroi, a donné l'alerte.",
            "Des coups sourds frappés à la porte ont réveillé la famille.",
        ] {
            let types: Vec<String> = events_of(text).into_iter().map(|e| e.event_type).collect();
            assert!(!types.iter().any(|t| t == "airstrike"), "{text}: {types:?}");
        }
    }

    /// A vehicle fallen into a ravine, off the road, overturned, people
    /// drowned: an accident, whose toll is no killing.
    #[test]
    fn road_and_water_accidents() {
        for text in [
            "Vingt-quatre personnes ont été tuées lundi lorsqu'un autocar est tombé dans un ravin.",
            "Douze personnes ont été tuées dans la chute d'un autocar dans un ravin.",
            "Le minibus a quitté la route et trois passagers ont été tués.",
            "Le bus avait quitté la route. Six morts.",
            "Un camion s'est renversé sur l'autoroute, tuant deux personnes.",
            "Quatre enfants se sont noyés dimanche dans la Loire.",
        ] {
            let types: Vec<String> = events_of(text).into_iter().map(|e| e.event_type).collect();
            assert_eq!(types, ["accident"], "{text}");
        }
    }

    /// A dispatch filed from another country than its headline's: its
    /// events happen in the headline's country, not in the dateline's city;
    /// a dateline in the headline's country stays the events' place.
    #[test]
    fn a_dateline_abroad_is_not_the_events_place() {
        let place_of = |text: &str| {
            let out = crate::process("t", text, None);
            let e = out
                .events
                .iter()
                .find(|e| e.event_type == "killing")
                .unwrap();
            let p = &e.place.as_ref().unwrap().place;
            (p.name.clone(), p.country.clone().unwrap_or_default())
        };
        let abroad = "Syrie : l'opposition accuse le régime\n\n\
             BEYROUTH, 3 mars 2020 (AFP) - Douze civils ont été tués mardi, selon une ONG.";
        assert_eq!(place_of(abroad).1, "SY");
        let home = "Syrie : l'opposition accuse le régime\n\n\
             ALEP (Syrie), 3 mars 2020 (AFP) - Douze civils ont été tués mardi, selon une ONG.";
        assert_eq!(place_of(home).0, "Alep");
    }

    /// Houses set on fire by armed men: an attack, not an accident.
    #[test]
    fn arson_by_armed_men_is_an_attack() {
        let types = |text: &str| {
            crate::process("t", text, None)
                .events
                .iter()
                .filter(|e| !e.casualties.is_empty())
                .map(|e| e.event_type.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            types("Des hommes armés ont incendié des maisons du village, tuant neuf personnes."),
            ["attack"]
        );
        // Armed men near the fire win over a forest elsewhere in the text.
        assert_eq!(
            types(
                "Les assaillants ont incendié une partie du camp avant de fuir vers la forêt. \
                 Douze soldats sont portés disparus."
            ),
            ["attack"]
        );
        assert_eq!(
            types("Un incendie dans un immeuble du centre a fait neuf morts."),
            ["accident"]
        );
        // A factory fire stays an accident when its victims' protest, with
        // clashes, is told paragraphs later; a fire set in a mutiny or by a
        // mob is a riot's.
        let t = types(
            "Dix ouvriers ont péri dans l'incendie d'une usine.\n\nLe feu est parti d'un entrepôt.\n\n\
             Dimanche, des heurts entre ouvriers et policiers ont fait cinq blessés.",
        );
        assert_eq!(t, ["accident", "clash"]);
        assert_eq!(
            types(
                "Les mutins ont pris des gardiens en otage. Trois corps ont été retrouvés dans un pavillon incendié."
            ),
            ["riot"]
        );
    }

    /// A country named as an agent ("une mission dirigée par le Kenya") is
    /// not where the sentence's event happened: the paragraph's place is.
    #[test]
    fn an_agent_country_is_not_the_events_place() {
        let out = crate::process(
            "t",
            "Haïti : combats à Kenscoff\n\nLes combats ont repris à Kenscoff, au sud de \
             Port-au-Prince. La police a tué douze assaillants lors d'une opération menée \
             avec une mission dirigée par le Kenya.",
            None,
        );
        let e = out
            .events
            .iter()
            .find(|e| !e.casualties.is_empty())
            .unwrap();
        let p = &e.place.as_ref().unwrap().place;
        assert_eq!(p.country.as_deref(), Some("HT"), "{p:?}");
    }

    /// A year completing a noun dates that thing, not the sentence's
    /// event: "la loi de 2015", "l'accord de paix de 2016"; an event noun's
    /// year is its own ("le séisme de 2010"), a pronoun's its referent's
    /// ("celle de 2014").
    #[test]
    fn a_year_completing_a_noun_dates_that_thing() {
        let dates = |text: &str| {
            let out = crate::process("t", text, chrono::NaiveDate::from_ymd_opt(2025, 1, 20));
            out.events
                .iter()
                .filter(|e| !e.casualties.is_empty())
                .map(|e| e.date.as_ref().and_then(|d| d.date.value.clone()).unwrap())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            dates(
                "Trois soldats, qui gardaient un oléoduc construit selon la loi de 2015, ont été \
                 blessés samedi."
            ),
            ["2025-01-18"]
        );
        assert_eq!(
            dates(
                "Parmi les victimes figurent au moins cinq anciens guérilleros signataires de \
                 l'accord de paix de 2016."
            ),
            ["2025-01-20"]
        );
        assert_eq!(
            dates("Le séisme de 2010 avait fait plus de 200 000 morts."),
            ["2010"]
        );
        assert_eq!(
            dates(
                "Les organisateurs veulent éviter une course comme celle de 2014, où trois \
                 mushers avaient été blessés."
            ),
            ["2014"]
        );
    }

    /// A sea is a wide place: an island or a town of the sentence says
    /// where on it; a country does not ("arrivées en Italie … traverser la
    /// Méditerranée").
    #[test]
    fn a_sea_gives_way_to_a_nearer_place() {
        let place_of = |text: &str| {
            let out = crate::process("t", text, None);
            let e = out
                .events
                .iter()
                .find(|e| !e.casualties.is_empty())
                .unwrap()
                .clone();
            e.place.unwrap().place.name
        };
        assert_eq!(
            place_of(
                "En mer Égée, les garde-côtes ont récupéré les corps de cinq migrants après le \
                 chavirage d'un canot au large de l'île de Lesbos."
            ),
            "Lesbos"
        );
        assert_eq!(
            place_of(
                "Des milliers de migrants sont arrivés en Italie et 1 370 sont morts en tentant \
                 de traverser la Méditerranée."
            ),
            "Méditerranée"
        );
        assert_eq!(
            place_of(
                "Méditerranée : 117 migrants portés disparus dans un naufrage au large de la \
                 Libye\n\nCent dix-sept migrants sont portés disparus après le naufrage d'un \
                 canot au large de la Libye."
            ),
            "Libye"
        );
        // The target of an attack, not its author, though a comma stands
        // between it and the toll's word.
        assert_eq!(
            place_of("La Russie a lancé 94 drones contre l'Ukraine, tuant au moins sept civils."),
            "Ukraine"
        );
    }

    /// An event of "la semaine dernière" is dated to the week's month when
    /// the week lies in one; a week across two months stays a week, and
    /// the mention in `dates` keeps its week either way.
    #[test]
    fn a_week_in_one_month_dates_an_event_to_the_month() {
        let text = "Des talibans ont tué huit policiers la semaine dernière.";
        let on = |y, m, d| {
            let out = crate::process("t", text, chrono::NaiveDate::from_ymd_opt(y, m, d));
            let event = out.events[0]
                .date
                .as_ref()
                .and_then(|d| d.date.value.clone());
            (event, out.dates[0].value.clone())
        };
        assert_eq!(
            on(2017, 11, 14),
            (Some("2017-11".to_string()), Some("2017-W45".to_string()))
        );
        // 27 November to 3 December.
        assert_eq!(
            on(2017, 12, 6),
            (Some("2017-W48".to_string()), Some("2017-W48".to_string()))
        );
        // A weekend is dated to its Saturday, as the golds date it: 20
        // July 2019; 30 November 2019 across two months.
        let weekend = |y, m, d| {
            let text = "Quinze personnes ont été tuées le week-end dernier dans des affrontements.";
            let out = crate::process("t", text, chrono::NaiveDate::from_ymd_opt(y, m, d));
            out.events[0]
                .date
                .as_ref()
                .and_then(|d| d.date.value.clone())
        };
        assert_eq!(weekend(2019, 7, 24).as_deref(), Some("2019-07-20"));
        assert_eq!(weekend(2019, 12, 4).as_deref(), Some("2019-11-30"));
    }

    /// A lead's week or week-end is narrowed by the first day the story
    /// tells within it in the next sentences; a day outside the span, or
    /// a report's day within it, leaves the span.
    #[test]
    fn a_later_day_within_the_week_narrows_the_event() {
        // Monday 10 March 2025: the week-end was 8 and 9 March.
        let day = |text: &str| first_event_day(text, 2025, 3, 10);
        assert_eq!(
            day(
                "Au moins 40 villageois ont été tués le week-end dernier dans une attaque. \
                 Les assaillants sont arrivés dans la nuit de vendredi à samedi."
            )
            .as_deref(),
            Some("2025-03-07TNI")
        );
        assert_eq!(
            day(
                "Douze personnes ont péri la semaine dernière dans des inondations. \
                 Les eaux ont tout emporté mercredi."
            )
            .as_deref(),
            Some("2025-03-05")
        );
        // A report's day within the span, a day after it: the span stays
        // (a weekend's event its Saturday).
        assert_eq!(
            day(
                "Au moins 40 villageois ont été tués le week-end dernier dans une attaque. \
                 Un porte-parole a indiqué dimanche que des policiers figuraient parmi eux."
            )
            .as_deref(),
            Some("2025-03-08")
        );
        assert_eq!(
            day(
                "Douze personnes ont péri la semaine dernière dans des inondations. \
                 Les secours ont repris lundi."
            )
            .as_deref(),
            Some("2025-03")
        );
    }

    /// A part of a count that tells its own day in its own words is an
    /// event of that day; a part with no day, or with a report's day,
    /// stays the count's.
    #[test]
    fn a_part_of_a_count_with_its_own_day_is_an_event_of_that_day() {
        // Wednesday 4 September 2024.
        let days = |text: &str| -> Vec<(u64, String)> {
            let out = crate::process("t", text, chrono::NaiveDate::from_ymd_opt(2024, 9, 4));
            let mut v: Vec<(u64, String)> = out
                .events
                .iter()
                .flat_map(|e| {
                    let d = e.date.as_ref().and_then(|d| d.date.value.clone());
                    e.casualties
                        .iter()
                        .map(move |c| (c.count.unwrap_or(0), d.clone().unwrap_or_default()))
                })
                .collect();
            v.sort();
            v
        };
        assert_eq!(
            days(
                "Les inondations ont fait 278 morts depuis juin, dont 31 pour la seule journée \
                 de lundi, a annoncé mardi le ministre."
            ),
            vec![(31, "2024-09-02".to_string()), (278, "2024-06".to_string())]
        );
        assert_eq!(
            days(
                "L'épidémie a fait 180 morts depuis le 27 août, dont 23 pour la seule nuit de \
                 samedi à dimanche."
            ),
            vec![
                (23, "2024-08-31".to_string()),
                (180, "2024-08-27".to_string())
            ]
        );
        assert_eq!(
            days("L'attaque a fait 40 morts samedi, dont 12 enfants, selon l'ONU."),
            vec![
                (12, "2024-08-31".to_string()),
                (40, "2024-08-31".to_string())
            ]
        );
    }

    /// A month's report told after a toll ("un chiffre repris dans le
    /// rapport publié en mai 2019") dates the report, not the toll, when
    /// its paragraph told an earlier day of what happened.
    #[test]
    fn a_report_published_later_dates_no_toll() {
        assert_eq!(
            toll_day(
                "Le 23 mars 2019, des hommes armés ont encerclé le village. Le gouvernement avait \
                 annoncé 160 morts, un chiffre repris dans le rapport publié en mai 2019 par l'ONU.",
                160
            )
            .as_deref(),
            Some("2019-03-23")
        );
        // With no earlier day, the report's is the only one.
        assert_eq!(
            toll_day(
                "Le gouvernement avait annoncé 160 morts, un chiffre repris dans le rapport \
                 publié en mai 2019 par l'ONU.",
                160
            )
            .as_deref(),
            Some("2019-05")
        );
    }

    /// A count kept since the start of the week runs from its Monday;
    /// "en début de semaine" stays the month (any of the first days).
    #[test]
    fn since_the_start_of_the_week_is_its_monday() {
        // Thursday 19 December 2024.
        let event_day = |text: &str| first_event_day(text, 2024, 12, 19);
        assert_eq!(
            event_day("Les combats ont fait au moins 70 morts depuis le début de la semaine.")
                .as_deref(),
            Some("2024-12-16")
        );
        assert_eq!(
            event_day("Quelque 3 000 habitants ont été déplacés depuis le début de la semaine.")
                .as_deref(),
            Some("2024-12-16")
        );
        assert_eq!(
            event_day("Les combats ont fait au moins 70 morts en début de semaine.").as_deref(),
            Some("2024-12")
        );
    }

    /// Weather the actors used ("ont profité d'une tempête de sable", "à la
    /// faveur d'un épais brouillard") is no disaster; a storm that kills is.
    #[test]
    fn weather_used_by_the_actors_is_no_disaster() {
        assert_eq!(
            types(
                "Les rebelles ont profité d'une tempête de sable pour attaquer le camp, tuant trois soldats."
            ),
            vec!["attack"]
        );
        assert_eq!(
            types("À la faveur d'une tempête, les assaillants ont attaqué la prison."),
            vec!["attack"]
        );
        assert_eq!(types("La tempête a fait trois morts."), vec!["disaster"]);
    }

    /// A strike is a protest, as a demonstration is: its dead are the
    /// protest's (ACLED counts strikes among protests).
    #[test]
    fn a_strike_put_down_is_a_protest() {
        // (The strike itself, with no toll, keeps its own type.)
        assert_eq!(
            types(
                "Trois ouvriers ont été tués lors de la dispersion d'une grève dans une fonderie."
            ),
            ["protest", "strike"]
        );
    }

    /// A vehicle that blew up on a mine is a bombing; someone who jumped
    /// ("a sauté à l'eau", "a sauté d'une voiture") tells none.
    #[test]
    fn a_jump_is_no_blast() {
        assert_eq!(
            types("Deux soldats ont été tués lorsque leur véhicule a sauté sur une mine."),
            vec!["bombing"]
        );
        assert_eq!(
            types(
                "Le ferry a pris feu. Une passagère a sauté à l'eau. Quarante blessés ont été hospitalisés."
            ),
            vec!["accident"]
        );
    }

    /// An obituary's death is no killing and no toll; a death with an
    /// accident or violence beside it stays one.
    /// Bodies recovered on a later day are the dead of the event that
    /// killed them, dated to it; bodies taken from the sea keep the day
    /// they were found (often of no known wreck).
    #[test]
    fn bodies_recovered_later_keep_the_events_day() {
        let days = toll_days(
            "FREETOWN, 17 août 2017 (AFP) - Une coulée de boue a fait au moins 312 morts lundi \
             à Regent.\n\nMercredi, les équipes ont dégagé 61 corps des décombres.",
        );
        assert!(days.contains(&(61, "2017-08-14".to_string())), "{days:?}");
        let days = toll_days(
            "TRIPOLI, 14 mars 2025 (AFP) - Un canot a fait naufrage mardi au large de Zouara : \
             61 migrants sont portés disparus.\n\nJeudi, le Croissant-Rouge a repêché neuf \
             corps sur les plages de Zouara.",
        );
        assert!(days.contains(&(9, "2025-03-13".to_string())), "{days:?}");
    }

    /// A week's count of an epidemic, in a sentence that opens on its range
    /// of days, is dated to the range's first day, not to the epidemic's
    /// start.
    #[test]
    fn a_weeks_count_opens_on_its_range() {
        let days = toll_days(
            "BENI, 12 mars 2019 - L'épidémie d'Ebola, déclarée le 1er août 2018, a fait 584 \
             morts.\n\nEntre le 4 et le 10 mars, 29 nouveaux cas confirmés ont été notifiés.",
        );
        assert!(days.contains(&(29, "2019-03-04".to_string())), "{days:?}");
    }

    /// The titles of the articles credited after "Sources" tell no event
    /// and no toll: the body's figure keeps its own date.
    #[test]
    fn credited_titles_tell_no_toll() {
        let out = crate::process(
            "t",
            "RDC : combats dans le Kasaï\n\nKANANGA, 23 juin 2017 - Le conflit a fait plus de \
             3 300 morts depuis octobre 2016, selon l'Église catholique.\n\nSources\n\n« \
             Kasaï : plus de 3 300 morts selon l'Église », La Libre Afrique, 20 juin 2017.\n« \
             RDC : au moins 30 morts dans de nouveaux combats », Radio Okapi, 21 juin 2017.",
            None,
        );
        let tolls: Vec<_> = out
            .events
            .iter()
            .flat_map(|e| {
                let d = e.date.as_ref().and_then(|d| d.date.value.clone());
                e.casualties.iter().map(move |c| (c.count, d.clone()))
            })
            .collect();
        assert_eq!(tolls, vec![(Some(3300), Some("2016-10".to_string()))]);
    }

    /// The town where a figure was announced is not where it happened.
    #[test]
    fn said_at_a_town() {
        assert!(said_at("a annonce mardi a"));
        assert!(said_at("ont declare lundi soir depuis"));
        assert!(said_at("le hcr a indique a"));
        assert!(!said_at("ont ete tues a"));
        assert!(!said_at("a annonce la mort de trois soldats a"));
        let out = crate::process(
            "t",
            "Rohingyas : 370 000 réfugiés au Bangladesh\n\nGenève (ats) - Quelque 370 000 \
             Rohingyas ont fui la Birmanie pour le Bangladesh depuis le 25 août, a annoncé \
             mardi à Genève le HCR.",
            chrono::NaiveDate::from_ymd_opt(2017, 9, 12),
        );
        let place = out.events[0].place.as_ref().map(|p| p.place.name.clone());
        assert_eq!(place.as_deref(), Some("Birmanie"));
    }

    /// A year's total its clause dates to a year of its own, after the
    /// figure, is no part of an event of another year; not a span's start
    /// ("depuis …, en 2009") nor the year a wounded victim died.
    #[test]
    fn a_years_total_dated_by_its_own_year() {
        let days = toll_days(
            "AZILAL, 2 mars 2025 - En août 2023, un accident d'autocar près de Demnate avait \
             fait 24 morts. Selon l'agence de sécurité routière, près de 4 000 personnes ont \
             perdu la vie sur les routes du Maroc en 2024.",
        );
        assert!(days.contains(&(4000, "2024".to_string())), "{days:?}");
        let days = toll_days(
            "KABOUL, 10 octobre 2018 - Un attentat a fait 12 morts en juillet. Selon la MANUA, \
             2 798 civils ont été tués au cours des neuf premiers mois, un niveau sans précédent \
             depuis le début de son décompte, en 2009.",
        );
        assert!(days.iter().all(|(_, d)| d != "2009"), "{days:?}");
        // A month of another year, after the figure's participle.
        let days = toll_days(
            "MEXICO, 12 mai 2023 - Plus de 40 000 personnes sont portées disparues depuis \
             le lancement de l'offensive contre les cartels, fin 2006. Le cas le plus \
             emblématique reste celui des 43 étudiants d'Ayotzinapa, disparus en septembre \
             2014 à Iguala.",
        );
        assert!(days.contains(&(43, "2014-09".to_string())), "{days:?}");
    }

    /// A toll told with a country of its own right after it, in a later
    /// sentence, is no part of an event of another country: "Les deux
    /// suspects arrêtés en Allemagne" after arrests in Belgium.
    #[test]
    fn a_toll_placed_in_another_country_after_it() {
        let out = crate::process(
            "t",
            "BRUXELLES, 20 mars 2024 (AFP) - Onze personnes ont été arrêtées mardi en Belgique \
             lors d'une opération contre un réseau de trafic de cocaïne.\n\nLes deux suspects \
             arrêtés en Allemagne ont été interpellés à Mayence.",
            None,
        );
        let of = |n: u64| {
            out.events
                .iter()
                .find(|e| e.casualties.iter().any(|c| c.count == Some(n)))
                .and_then(|e| e.place.as_ref())
                .and_then(|p| p.place.country.clone())
        };
        assert_eq!(of(11).as_deref(), Some("BE"));
        assert_eq!(of(2).as_deref(), Some("DE"), "{:?}", out.events);
    }

    /// An event noun something is meant for or feared is no event ("en vue
    /// de nouveaux affrontements", "les risques de nouveaux effondrements",
    /// "craignant de nouveaux affrontements"); a farm banger handled is an
    /// accident, no bombing.
    #[test]
    fn feared_or_planned_events_are_none() {
        for text in [
            "Cinq jeunes ont été interpellés avec des mortiers stockés en vue de nouveaux affrontements.",
            "Les secours avancent lentement en raison des risques de nouveaux effondrements.",
            "Des habitants ont fui vers Ocaña, craignant de nouveaux affrontements.",
            "Quatre mille habitants ont été évacués en raison du risque de fuite de gaz toxique.",
        ] {
            let out = crate::process("t", text, None);
            assert!(
                out.events
                    .iter()
                    .all(|e| !matches!(e.event_type.as_str(), "clash" | "accident" | "disaster")),
                "{text}: {:?}",
                out.events
            );
        }
        let out = crate::process(
            "t",
            "Un jeune homme a perdu trois doigts en manipulant une bombe agricole.",
            None,
        );
        assert_eq!(out.events[0].event_type, "accident");
    }

    #[test]
    fn natural_deaths_are_no_killings() {
        let out = crate::process(
            "t",
            "Le cinéaste Andrzej Wajda est mort dimanche à l'âge de 90 ans. Il est décédé « dans son sommeil ».",
            None,
        );
        assert!(
            out.events.is_empty() && out.casualties.is_empty(),
            "{:?}",
            out.events
        );
        // ("à l'âge 91 ans": the "de" left out.)
        let out = crate::process(
            "t",
            "Le sénateur Paul Vergès est mort samedi à l'âge 91 ans, dans un hôpital de l'île.",
            None,
        );
        assert!(out.events.is_empty(), "{:?}", out.events);
        let out = crate::process(
            "t",
            "Un autre vainqueur du Tour de France décède : il a succombé à une crise cardiaque.",
            None,
        );
        assert!(out.casualties.is_empty(), "{:?}", out.casualties);
        let out = crate::process(
            "t",
            "Un cycliste est décédé d'un arrêt cardiaque après une grave chute lors d'une course.",
            None,
        );
        assert_eq!(out.casualties.len(), 1);
    }

    /// Fixed expressions that hold a trigger's word tell no event ("les
    /// forces de l'ordre", "les tirs au but"); "condamner" is a sentence
    /// with its legal complement, not a statement's condemnation.
    #[test]
    fn fixed_expressions_and_condemnations_are_no_events() {
        for text in [
            "Les forces de l'ordre sont intervenues.",
            "Une hausse de l'ordre de 1,4 % est prévue.",
            "L'équipe s'est inclinée aux tirs au but.",
            "La CGT a condamné cette initiative.",
            "Il condamne les actes antisémites.",
            "Un habitant, qui a requis l'anonymat, l'a raconté.",
            "Il défendait la simulation de noyade.",
            "Le parquet a ouvert une enquête pour assassinat et tentatives d'assassinat.",
            "Il encourt deux chefs d'accusation pour tentative de meurtre.",
            "Il est poursuivi pour homicide involontaire.",
            "Les gendarmes ont répliqué à coups de gaz lacrymogène.",
        ] {
            assert!(types(text).is_empty(), "{text}: {:?}", types(text));
        }
        // A ban on gatherings is no gathering; a march in defiance of it is.
        assert!(
            !types("Le gouvernement a interdit les rassemblements publics.")
                .contains(&"protest".to_string())
        );
        assert_eq!(
            types(
                "Malgré l'interdiction des manifestations, des milliers de personnes ont défilé."
            ),
            ["protest"]
        );
        assert_eq!(types("Il a été condamné à cinq ans de prison."), ["charge"]);
        assert_eq!(types("Déjà condamné pour vol, il a récidivé."), ["charge"]);
        assert_eq!(types("Le préfet a donné l'ordre d'évacuer."), ["order"]);
    }

    /// An event of the night from one day to the next is dated the
    /// evening's day, as the dates list; the morning after only when its
    /// sentence tells the small hours.
    /// The date of the event of a text that carries a toll of `count`.
    fn toll_day(text: &str, count: u64) -> Option<String> {
        events_of(text)
            .into_iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(count)))
            .and_then(|e| e.date)
            .and_then(|d| d.date.value)
    }

    /// A day after a participle that completes a noun ("les obsèques d'un
    /// policier tué la veille") is that participle's: a toll told after it
    /// is of the sentence's own day; where the phrase holds the sentence's
    /// only day, or the toll is told before it, the day stays.
    #[test]
    fn a_day_of_a_participle_is_not_a_later_tolls() {
        let text = "Irak : attentat suicide à Kirkouk\n\n\
                    KIRKOUK, 17 mai 2018 (AFP) - Un kamikaze s'est fait exploser jeudi lors des \
                    obsèques d'un policier tué la veille, faisant au moins 12 morts et 30 blessés, \
                    selon la police.\n";
        assert_eq!(toll_day(text, 12).as_deref(), Some("2018-05-17"));
        assert_eq!(toll_day(text, 30).as_deref(), Some("2018-05-17"));
        let text = "Nigeria : le bilan s'alourdit\n\n\
                    LAGOS, 10 octobre 2023 (AFP) - Le bilan de l'explosion d'un camion-citerne \
                    survenue dimanche soir près de Lokoja s'est alourdi à au moins 94 morts, ont \
                    annoncé les secours.\n";
        assert_eq!(
            toll_day(text, 94).as_deref().map(|d| &d[..10]),
            Some("2023-10-08")
        );
        let text = "Inde : 17 morts\n\n\
                    SHIMLA, 21 août 2025 (AFP) - Trois blessés ont succombé dans la nuit, \
                    portant à 17 morts le bilan de l'accident d'autocar survenu mardi soir dans \
                    le district de Mandi.\n";
        assert_eq!(
            toll_day(text, 17).as_deref().map(|d| &d[..10]),
            Some("2025-08-19")
        );
        // A phrase that opens its clause ("…, l'attaque survenue lundi").
        let text = "Mali : attaque\n\n\
                    BAMAKO, 10 mars 2021 (AFP) - Selon la police, l'attaque survenue lundi a \
                    fait trois morts.\n";
        assert_eq!(toll_day(text, 3).as_deref(), Some("2021-03-08"));
    }

    /// A report's day before the toll it tells ("a fait état ce matin de
    /// 18 civils tués") is no day of the deaths: they take the day the
    /// story told before; arrests announced keep the report's day.
    #[test]
    fn a_toll_reported_after_its_reports_day() {
        let text = "RDC : attaque près de Beni\n\n\
                    16 janvier 2018. –\n\
                    Au moins 26 civils ont été tués dimanche 14 janvier lors d'une attaque \
                    contre le village de Mamove.\n\n\
                    L'armée avance un bilan plus faible. Son porte-parole a fait état ce matin \
                    de 18 civils tués lors des combats. La police a annoncé ce matin \
                    l'arrestation de deux suspects.\n";
        assert_eq!(toll_day(text, 18).as_deref(), Some("2018-01-14"));
        assert_eq!(
            toll_day(text, 2).as_deref().map(|d| &d[..10]),
            Some("2018-01-16")
        );
    }

    /// Arrests counted by a report of the morning after a night of riots
    /// told just before (in its paragraph or the one before) were made in
    /// that night; announced another day, or after a day, they keep the
    /// report's.
    #[test]
    fn arrests_counted_the_morning_after_a_night() {
        let text = "Heurts à Lyon\n\n\
                    4 novembre 2024. – Dans la nuit de samedi à dimanche, des jeunes ont affronté \
                    les forces de l'ordre à Vaulx-en-Velin.\n\n\
                    La préfecture faisait état dimanche matin de 14 interpellations.\n";
        assert_eq!(toll_day(text, 14).as_deref(), Some("2024-11-02TNI"));
        // The report a day later than the night's end: the report's day.
        let later = text.replace("dimanche matin", "lundi matin");
        assert_eq!(
            toll_day(&later, 14).as_deref().map(|d| &d[..10]),
            Some("2024-11-04")
        );
        // A day, not a night, told before: the report's day.
        let day = text.replace("Dans la nuit de samedi à dimanche", "Samedi soir");
        assert_eq!(
            toll_day(&day, 14).as_deref().map(|d| &d[..10]),
            Some("2024-11-03")
        );
    }

    /// A toll of the early morning after an evening its paragraph told
    /// ("mardi soir, vers 22 heures … Vers 6 heures du matin") is of the
    /// morning after.
    #[test]
    fn a_toll_of_the_morning_after_an_evening() {
        let text = "Venezuela : assaut contre une prison\n\n\
                    17 août 2017. – La mutinerie avait éclaté mardi soir, vers 22 heures, \
                    lorsque des détenus ont pris le contrôle du bâtiment. Vers 6 heures du \
                    matin, la garde nationale a donné l'assaut. Les détenus ont ouvert le feu : \
                    quatorze policiers ont été blessés.\n";
        assert_eq!(toll_day(text, 14).as_deref(), Some("2017-08-16T06:00"));
    }

    /// After "Après l'accident … hier", an indefinite noun of the same
    /// type in the sentence tells the new event, whose day the toll after
    /// takes; a second definite noun is the same event.
    #[test]
    fn an_event_told_after_the_one_it_follows() {
        let text = "France : deuxième accident de cars en deux jours\n\n\
                    11 février 2016. – Après l'accident mortel survenu hier dans le Doubs, \
                    c'est aujourd'hui la Charente-Maritime qui est endeuillée par une collision \
                    entre un minibus et un poids lourd, survenue ce matin à 7h15. Le bilan \
                    provisoire est de 6 morts et 11 blessés.\n";
        assert_eq!(toll_day(text, 6).as_deref(), Some("2016-02-11T07:15"));
        let text = "France : accident\n\n\
                    11 février 2016. – Après l'accident survenu hier, l'accident a été \
                    reconstitué. Le bilan est de 6 morts.\n";
        assert_eq!(toll_day(text, 6).as_deref(), Some("2016-02-10"));
    }

    /// Killed or hurt by an animal is an accident; by a man, a killing.
    #[test]
    fn killed_by_an_animal_is_an_accident() {
        assert_eq!(
            types("Une femme a été tuée par un taureau lors d'une fête de village."),
            ["accident"]
        );
        assert_eq!(
            types("Un surfeur a été blessé par un requin."),
            ["accident"]
        );
        assert_eq!(types("Un policier a été tué par un tireur."), ["killing"]);
    }

    /// A chronology's paragraphs each open on a day set apart ("- JEUDI 4
    /// MARS: …"): the tolls each tells are of that day, up to the day the
    /// dispatch was filed, not of the first day the story told.
    #[test]
    fn a_chronologys_tolls_take_their_paragraphs_day() {
        let text = "Inde : les crues de l'Assam, une semaine d'alerte - CHRONOLOGIE\n\n\
                    GUWAHATI, 8 mars 2021 (AFP) - Voici les étapes des crues qui frappent \
                    l'Assam depuis mardi.\n\n\
                    - MARDI 2 MARS: les pluies font déborder la rivière près de Dhubri.\n\n\
                    - JEUDI 4 MARS: les eaux atteignent Goalpara. Deux pêcheurs meurent lorsque \
                    leur barque chavire.\n\n\
                    - SAMEDI 6 MARS: dans la nuit de vendredi à samedi, vers 02H00, onze \
                    villageois périssent dans l'effondrement de leurs maisons.\n";
        assert_eq!(toll_day(text, 2).as_deref(), Some("2021-03-04"));
        assert_eq!(
            toll_day(text, 11).as_deref().map(|d| &d[..10]),
            Some("2021-03-06")
        );
        // Without labels, a day after the story's first that a sentence
        // tells in passing is no toll's day of its own.
        let plain = "GUWAHATI, 8 mars 2021 (AFP) - La rivière a débordé mardi près de Dhubri. \
                     Deux pêcheurs se sont noyés.";
        assert_eq!(
            toll_day(plain, 2).as_deref().map(|d| &d[..10]),
            Some("2021-03-02")
        );
    }

    /// An event named with only an inherited date takes the day of the
    /// sentence after it that tells its toll.
    #[test]
    fn an_event_takes_the_day_its_tolls_sentence_tells() {
        assert_eq!(
            toll_day(
                "Bogota, 27 juillet 2024 - Deux policiers ont été tués vendredi à Jamundí.\n\n\
                 À Segovia, on enterrait les victimes d'un massacre. Cinq hommes ont été abattus \
                 dimanche dernier dans un hameau par des hommes armés.",
                5
            )
            .as_deref(),
            Some("2024-07-21")
        );
        // Not the day a count was given.
        assert!(
            toll_day(
                "Ouagadougou, 7 juin 2021 - Une centaine de civils ont été tués vendredi à Koumbri.\n\n\
                 Des hommes armés ont incendié des maisons. Le gouvernement a fait état dimanche \
                 d'un bilan officiel de 47 morts.",
                47
            )
            .is_some_and(|d| d != "2021-06-06")
        );
    }

    #[test]
    fn a_pluperfect_told_on_a_reports_day_happened_before_it() {
        let arrest_day = |text: &str| {
            let out = crate::process("t", text, None);
            let e = out
                .events
                .iter()
                .find(|e| e.event_type == "arrest")
                .unwrap();
            e.date.as_ref().unwrap().date.value.clone().unwrap()
        };
        // The last day told before, earlier than the report's.
        assert_eq!(
            arrest_day(
                "Montréal, 20 août 2023 - Le club a gagné samedi soir au stade Saputo.\n\nLa police a indiqué dimanche que quatre partisans avaient été arrêtés à la sortie du stade."
            ),
            "2023-08-19TEV"
        );
        // Not a passé composé, nor a pluperfect of earlier that day.
        assert_eq!(
            arrest_day(
                "Montréal, 20 août 2023 - Le club a gagné samedi soir au stade Saputo.\n\nLa police a indiqué dimanche que quatre partisans ont été arrêtés."
            ),
            "2023-08-20"
        );
        assert_eq!(
            arrest_day(
                "Mexico, 28 avril 2022 - Des hommes armés ont ouvert le feu mardi soir dans un bar.\n\nLe procureur a indiqué mercredi que trois suspects avaient été arrêtés à l'aube."
            ),
            "2022-04-27"
        );
    }

    #[test]
    fn a_night_event_is_dated_the_evening_unless_the_small_hours() {
        let day = |text: &str| {
            let out = crate::process("t", text, None);
            let d = out.events[0].date.as_ref().unwrap().date.value.clone();
            (d.unwrap(), out.dates[1].value.clone().unwrap())
        };
        assert_eq!(
            day(
                "Londres, 4 juin 2017 - Dans la nuit du samedi 3 au dimanche 4 juin, une attaque a fait 7 morts."
            ),
            ("2017-06-03TNI".to_string(), "2017-06-03TNI".to_string())
        );
        let (event, listed) = day(
            "Orlando, 12 juin 2016 - Dans la nuit de samedi à dimanche, vers 2 heures du matin, une fusillade a fait 50 morts.",
        );
        assert_eq!(
            (event.as_str(), listed.as_str()),
            ("2016-06-12", "2016-06-11TNI")
        );
        // The next sentence tells the hour: in the paragraph, or opening
        // the next one, or telling when the event took place.
        for text in [
            "Valence, 16 février 2025 - Quatre personnes ont été tuées dans une collision dans la nuit de samedi à dimanche.\n\nL'accident s'est produit vers 5 h 20.",
            "Rennes, 16 février 2025 - Un homme a été tué par balles dans la nuit de samedi à dimanche.\n\nVers 1 h 30, des individus ont ouvert le feu.",
            "Bunia, 16 février 2025 - Sept personnes ont été tuées dans la nuit de samedi à dimanche. Il était environ 2 heures du matin quand les assaillants ont attaqué.",
            // (Or naming no day of its own.)
            "Ilama, 17 février 2025 - Neuf détenus ont été tués lors d'une mutinerie dans la nuit de samedi à dimanche.\n\nSelon l'INP, des membres d'un gang ont forcé les grilles pour attaquer des détenus vers 1 h 30 du matin.",
            // (Or naming the night's second day only.)
            "Kajuru, 17 février 2025 - Vingt élèves ont été enlevés dans la nuit de samedi à dimanche par des hommes armés, a annoncé la police.\n\nLes assaillants, arrivés à moto vers 1 heure du matin dimanche, ont abattu un gardien.",
            // (Or the next paragraph's first sentence, after the last of
            // the night's.)
            "Kiev, 17 février 2025 - Huit civils ont été tués dans une frappe sur Odessa dans la nuit de samedi à dimanche. Moscou affirme avoir visé des militaires.\n\nSelon le parquet, deux missiles ont touché vers 3 h 20 un entrepôt.",
        ] {
            assert_eq!(day(text).0, "2025-02-16", "{text}");
        }
        // A document of one night that tells, further on, when the event
        // began.
        let (event, _) = day(
            "Miami, 16 février 2025 - Dans la nuit de samedi à dimanche, une fusillade a fait neuf morts dans un bar.\n\nLe suspect a été arrêté.\n\nSelon le gérant, les tirs ont débuté vers 3 heures du matin.",
        );
        assert_eq!(event, "2025-02-16");
        // A fire that broke out, a tree that fell, a boat that capsized
        // in the small hours: what the event did first tells its hour.
        for text in [
            "Lyon, 16 février 2025 - Deux personnes sont mortes dans l'incendie d'un immeuble survenu dans la nuit de samedi à dimanche.\n\nUn bilan a été donné.\n\nLe feu s'est déclaré vers 4 h 15 au rez-de-chaussée.",
            // (A night spent somewhere is no second night named.)
            "Lyon, 16 février 2025 - Deux personnes sont mortes dans l'incendie d'un immeuble survenu dans la nuit de samedi à dimanche.\n\nLes résidents ont passé la nuit dans un gymnase.\n\nLe feu s'est déclaré vers 4 h 15 au rez-de-chaussée.",
            "Mamoudzou, 16 février 2025 - Huit personnes ont péri dans un naufrage dans la nuit de samedi à dimanche.\n\nLe bateau avait quitté Anjouan. Il aurait chaviré vers 2 heures du matin.",
            "Cusco, 16 février 2025 - Un autocar est tombé dans un ravin dans la nuit de samedi à dimanche : 14 morts.\n\nLe bilan a été donné lundi.\n\nL'autocar a quitté la route vers 2 heures du matin.",
            "Sion, 16 février 2025 - Un incendie a fait douze blessés dans la nuit de samedi à dimanche.\n\nUn bilan a été donné.\n\nL'alerte a été donnée peu après 2 h 30.",
            "Malatya, 16 février 2025 - Un séisme a fait sept morts dans la nuit de samedi à dimanche, à 03h51 heure locale.",
            "Bol, 16 février 2025 - Quatorze soldats ont été tués dans la nuit de samedi à dimanche lors d'une attaque.\n\nUn bilan a été donné.\n\nL'assaut a été lancé vers 2 heures du matin.",
            // Told after the fact, in the pluperfect.
            "Lyon, 19 février 2025 - Une femme blessée dans l'incendie d'un immeuble dans la nuit de samedi à dimanche est morte mardi.\n\nLe feu s'était déclaré peu après 1 heure du matin dans le hall.",
        ] {
            assert_eq!(day(text).0, "2025-02-16", "{text}");
        }
        // Not a night recalled after the lede's own event, told with its
        // hour before it.
        let out = crate::process(
            "t",
            "Bogota, 18 avril 2023 - Une coulée de boue a fait 23 morts à Dabeiba.\n\nLa coulée s'est abattue vers 2 heures du matin samedi sur le hameau.\n\nDans la nuit du 31 mars au 1er avril 2017, des crues avaient fait plus de 330 morts à Mocoa.",
            None,
        );
        let recalled = out
            .events
            .iter()
            .find(|e| e.casualties.iter().any(|c| c.count == Some(330)))
            .and_then(|e| e.date.as_ref())
            .and_then(|d| d.date.value.clone());
        assert_eq!(recalled.as_deref(), Some("2017-03-31TNI"));
        // The same night told again, further on, with its hour.
        let (event, _) = day(
            "Loudéac, 16 février 2025 - Trois jeunes sont morts dans la nuit de samedi à dimanche sur la RD 700.\n\nLa commune est sous le choc. Dans la nuit de samedi à dimanche, vers 4 h 15, leur voiture a quitté la route.",
        );
        assert_eq!(event, "2025-02-16");
        // Not a paragraph of another event of the same night.
        let (event, _) = day(
            "Perpignan, 16 février 2025 - Vers minuit, dans la nuit de samedi à dimanche, un incendie a fait deux blessés au péage.\n\nÀ 3 heures du matin, dans la nuit de samedi à dimanche, des manifestants ont bloqué un train.",
        );
        assert_eq!(event, "2025-02-15TNI");
        // Nor a paragraph that names a day of its own.
        let (event, _) = day(
            "Ilama, 17 février 2025 - Neuf détenus ont été tués lors d'une mutinerie dans la nuit de samedi à dimanche.\n\nLundi, des gardiens ont fouillé les cellules vers 5 heures du matin.",
        );
        assert_eq!(event, "2025-02-15TNI");
    }

    /// Where a car is registered, or the place of an earlier attack this one
    /// is compared with, is not where the event happened.
    #[test]
    fn registrations_and_comparisons_are_not_event_places() {
        let places = |text: &str| -> Vec<String> {
            events_of(text)
                .into_iter()
                .filter_map(|e| e.place.map(|p| p.place.name))
                .collect()
        };
        let p = places(
            "Un homme a attaqué des militaires à Valence. Ils ont riposté et la voiture, immatriculée en Savoie, a fini dans un ravin.",
        );
        assert!(!p.is_empty() && p.iter().all(|n| n == "Valence"), "{p:?}");
        let p = places(
            "Un camion a foncé sur un marché à Berlin. Le mode d'attaque, qui a fait douze morts, est comparable à celui de Nice.",
        );
        assert!(!p.is_empty() && p.iter().all(|n| n == "Berlin"), "{p:?}");
    }

    /// The country across a border ("proche de la frontière avec la
    /// Centrafrique") is not where the event happened.
    #[test]
    fn the_country_across_a_border_is_no_event_place() {
        let p: Vec<String> = events_of(
            "Des otages ont été libérés près de Touboro, au Cameroun.\n\nLes ravisseurs s'étaient \
             réfugiés près de la frontière avec la Centrafrique. Deux d'entre eux ont été tués.",
        )
        .into_iter()
        .filter_map(|e| e.place.map(|p| p.place.name))
        .collect();
        assert!(!p.is_empty(), "{p:?}");
        assert!(!p.iter().any(|n| n.contains("centrafricaine")), "{p:?}");
    }

    /// A bomb alert is a threat, not a bombing; drone and missile fire is an
    /// air strike; fires that ravage a region are a disaster, a fire in a
    /// building an accident.
    #[test]
    fn threats_strikes_and_wildfires() {
        assert_eq!(types("Une alerte à la bombe a vidé la gare."), ["threat"]);
        assert_eq!(
            types("Des tirs de drones ont tué cinq civils."),
            ["airstrike"]
        );
        assert_eq!(
            types("Les incendies qui ravagent la Californie ont tué 40 personnes."),
            ["disaster"]
        );
        assert_eq!(
            types("Un incendie dans un immeuble a fait deux morts."),
            ["accident"]
        );
    }

    /// A fire set on purpose is an attack, unless the purpose is ruled out
    /// or the fire is a riot's.
    #[test]
    fn arson_is_an_attack() {
        assert_eq!(
            types("Un incendie criminel dans un immeuble a fait deux morts."),
            ["attack"]
        );
        assert_eq!(
            types("Incendie criminel à Seraing\n\nL'incendie d'un immeuble a fait quatre morts."),
            ["attack", "attack"]
        );
        assert_eq!(
            types(
                "Un incendie dans un immeuble a fait deux morts. Rien ne laisse croire pour l'instant à un incendie d'origine criminelle."
            ),
            ["accident", "accident"]
        );
        // Told as a predicate: "était bien criminel", "allumé volontairement";
        // not for another fire told accidental.
        assert_eq!(
            types(
                "L'incendie mortel de Marseille était bien criminel\n\nL'incendie qui a tué trois personnes a été allumé volontairement."
            ),
            ["attack", "attack"]
        );
        assert_eq!(
            types("L'incendie, allumé volontairement dans la cage d'escalier, a fait deux morts."),
            ["attack"]
        );
        assert_eq!(
            types(
                "L'incendie de Marseille était bien criminel\n\nLe même jour, un autre feu, accidentel celui-là, a pris dans un pavillon à Aubagne. Un retraité a péri dans l'incendie."
            )
            .last()
            .map(String::as_str),
            Some("accident")
        );
        assert_eq!(
            types(
                "Des émeutiers ont lancé des cocktails Molotov et un incendie a blessé deux policiers."
            ),
            ["riot"]
        );
    }

    /// The toll of "the earthquake killed…" is the earthquake's: the killing
    /// verb is no event of its own when an event noun is its subject; it is
    /// when a person or a group stands between (the killer).
    #[test]
    fn a_killing_verb_tells_the_toll_of_its_subject_event() {
        let types = |text: &str| -> Vec<(String, usize)> {
            events_of(text)
                .into_iter()
                .map(|e| (e.event_type, e.casualties.len()))
                .collect()
        };
        let ev = types(
            "Le tremblement de terre qui a frappé le pays mercredi a tué au moins 281 personnes.",
        );
        assert_eq!(ev, [("disaster".to_string(), 1)]);
        let ev = types("Le déraillement d'un train a tué 91 personnes, blessant 150 autres.");
        assert_eq!(ev, [("accident".to_string(), 2)]);
        let ev = types("Un camion a percuté un bus scolaire, tuant trois enfants.");
        assert_eq!(ev, [("accident".to_string(), 1)]);
        // (Force used in a protest is the protest's toll: see
        // `force_against_protesters_is_the_protest`.)
        let ev = types("Lors de la manifestation, un policier a tué deux jeunes.");
        assert!(ev.contains(&("protest".to_string(), 1)), "{ev:?}");
        let ev = types("Lors du match, un supporter a tué deux jeunes.");
        assert!(ev.contains(&("killing".to_string(), 1)), "{ev:?}");
        // A present participle's subject is that of its clause: the people
        // between are the objects of the event.
        let ev = types(
            "L'ouragan a frappé un million de personnes dans les zones rurales, tuant plus de 500 personnes.",
        );
        assert_eq!(ev, [("disaster".to_string(), 1)]);
        let ev = types("Cette vague de chaleur a tué, en trois jours, au moins 14 personnes.");
        assert_eq!(ev, [("disaster".to_string(), 1)]);
    }

    #[test]
    fn accident_takes_later_toll_and_inherits_date_and_place() {
        let doc = Document::parse(
            "Un accident de car a eu lieu hier près de Lyon.\nDouze personnes ont été tuées et trente blessées.",
        );
        let dates = vec![date(&doc, "hier", "2020-05-04")];
        let places = vec![place(&doc, "Lyon", "FR", PlaceKind::City)];
        let cas = vec![figure(
            &doc,
            "Douze personnes ont été tuées",
            CasualtyCategory::Killed,
            12,
        )];
        let m = Mentions {
            dates: &dates,
            places: &places,
            actors: &[],
            casualties: &cas,
        };
        let ev = assemble(&doc, &m);
        assert_eq!(ev.len(), 1, "{ev:#?}");
        assert_eq!(ev[0].event_type, "accident");
        assert_eq!(ev[0].casualties.len(), 1);
        assert_eq!(
            ev[0].date.as_ref().unwrap().date.value.as_deref(),
            Some("2020-05-04")
        );
        assert!(!ev[0].date.as_ref().unwrap().inherited);
        assert_eq!(ev[0].place.as_ref().unwrap().place.name, "Lyon");
    }

    /// A birth date in the sentence does not date the event.
    #[test]
    fn a_birth_date_does_not_date_the_event() {
        let doc = Document::parse(
            "Le 18 avril, deux hommes ont été arrêtés. Clément Baur, né le 16 juillet 1993, a été interpellé.",
        );
        let dates = vec![
            date(&doc, "Le 18 avril", "2017-04-18"),
            date(&doc, "16 juillet 1993", "1993-07-16"),
        ];
        let m = mentions(&dates, &[]);
        let ev = assemble(&doc, &m);
        let last = ev.last().unwrap();
        assert_eq!(last.event_type, "arrest");
        assert_eq!(
            last.date.as_ref().unwrap().date.value.as_deref(),
            Some("2017-04-18"),
            "{ev:#?}"
        );
    }

    /// The time a place was let for ("un chalet loué pour la fin de
    /// semaine") does not date what happened in it.
    #[test]
    fn a_rental_period_does_not_date_the_event() {
        let doc = Document::parse(
            "SAINT-DONAT, 11 janvier 2026 - Deux personnes sont mortes, intoxiquées au \
             monoxyde de carbone dans un chalet loué pour la fin de semaine.",
        );
        let dates = vec![
            date(&doc, "11 janvier 2026", "2026-01-11"),
            date(&doc, "la fin de semaine", "2026-01"),
        ];
        let ev = assemble(&doc, &mentions(&dates, &[]));
        assert_eq!(
            ev[0].date.as_ref().unwrap().date.value.as_deref(),
            Some("2026-01-11"),
            "{ev:#?}"
        );
    }

    fn date_of(ev: &[Event], trigger: &str) -> Option<String> {
        let e = ev.iter().find(|e| e.trigger.text == trigger).unwrap();
        e.date.as_ref().and_then(|d| d.date.value.clone())
    }

    /// The year a state began ("fichés S depuis 2015") and the end of a
    /// state ("jusqu'au 14 juin") do not date an event; a day after
    /// "depuis" does ("les combats qui durent depuis samedi").
    #[test]
    fn state_bounds_do_not_date_an_event() {
        let doc = Document::parse(
            "Mardi, la police a lancé une opération. Deux hommes, fichés S depuis 2015, ont été interpellés.\n\
             Lundi, les syndicats ont voté la grève jusqu'au 14 juin.\n\
             Les combats qui durent depuis samedi ont fait dix morts.",
        );
        let dates = vec![
            date(&doc, "Mardi", "2017-04-18"),
            date(&doc, "2015", "2015"),
            date(&doc, "Lundi", "2017-04-17"),
            date(&doc, "14 juin", "2017-06-14"),
            date(&doc, "samedi", "2017-04-15"),
        ];
        let m = mentions(&dates, &[]);
        let ev = assemble(&doc, &m);
        assert_eq!(
            date_of(&ev, "ont été interpellés").as_deref(),
            Some("2017-04-18")
        );
        assert_eq!(date_of(&ev, "grève").as_deref(), Some("2017-04-17"));
        assert_eq!(date_of(&ev, "combats").as_deref(), Some("2017-04-15"));
    }

    /// A toll's update is dated by the update; the event it counts keeps
    /// the date it was told with, unless a complement names another one.
    #[test]
    fn a_toll_update_keeps_the_date_of_the_event() {
        let doc = Document::parse(
            "Un homme blessé lors de l'attentat du 14 juillet à Nice est mort.\n\
             Le bilan de l'attentat de Nice avait été porté à 85 morts, le 4 août.\n\
             Le bilan de l'attentat de Berlin a été porté à 12 morts, le 5 août.",
        );
        let dates = vec![
            date(&doc, "14 juillet", "2016-07-14"),
            date(&doc, "4 août", "2016-08-04"),
            date(&doc, "5 août", "2016-08-05"),
        ];
        let m = mentions(&dates, &[]);
        let ev = assemble(&doc, &m);
        let dated: Vec<_> = ev
            .iter()
            .filter(|e| e.trigger.text == "attentat")
            .map(|e| e.date.as_ref().and_then(|d| d.date.value.clone()))
            .collect();
        assert_eq!(
            dated,
            [
                Some("2016-07-14".into()),
                Some("2016-07-14".into()),
                Some("2016-08-05".into())
            ],
            "{ev:#?}"
        );
    }

    /// "l'accident …, une autre collision s'était produite le 11 octobre
    /// 2006": the sentence's event is the other collision, with its date.
    #[test]
    fn another_event_of_the_kind_is_the_sentence_event() {
        let doc = Document::parse(
            "Mardi, une collision entre deux trains a fait un mort.\n\
             Non loin du lieu de l'accident, une autre collision s'était produite le 11 octobre 2006.",
        );
        let dates = vec![
            date(&doc, "Mardi", "2017-02-14"),
            date(&doc, "11 octobre 2006", "2006-10-11"),
        ];
        let m = mentions(&dates, &[]);
        let ev = assemble(&doc, &m);
        let last = ev.last().unwrap();
        assert_eq!(last.trigger.text, "collision", "{ev:#?}");
        assert_eq!(
            last.date.as_ref().unwrap().date.value.as_deref(),
            Some("2006-10-11")
        );
    }

    /// Of two events of one sentence, a figure goes to that of its own
    /// clause: the attack of January, not the bombing after the semicolon.
    #[test]
    fn a_figure_goes_to_the_event_of_its_clause() {
        let ev = events_of(
            "Mogadiscio, 30 août 2016 - En janvier 2015, une attaque contre l'hôtel avait fait 5 morts ; le 26 février, les explosions d'un camion piégé avaient ôté la vie à 14 personnes.",
        );
        let toll_of = |n: u64| {
            ev.iter()
                .find(|e| e.casualties.iter().any(|c| c.count == Some(n)))
                .map(|e| e.event_type.clone())
        };
        assert_eq!(toll_of(5).as_deref(), Some("attack"), "{ev:#?}");
        assert_eq!(toll_of(14).as_deref(), Some("bombing"), "{ev:#?}");
    }

    /// An arrest told in a sentence of its own after a clash is an arrest
    /// event, not a detail of the clash; a toll of dead stays with it.
    #[test]
    fn a_later_arrest_is_an_event_of_its_own() {
        let doc = Document::parse(
            "Des détenus s'affrontent dans une prison : 56 personnes perdent la vie. \
             184 détenus s'évadent, 65 d'entre eux ayant depuis été capturés.",
        );
        let cas = vec![
            figure(
                &doc,
                "56 personnes perdent la vie",
                CasualtyCategory::Killed,
                56,
            ),
            figure(
                &doc,
                "65 d'entre eux ayant depuis été capturés",
                CasualtyCategory::Arrested,
                65,
            ),
        ];
        let m = mentions(&[], &cas);
        let ev = assemble(&doc, &m);
        let type_of = |count: u64| {
            ev.iter()
                .find(|e| e.casualties.iter().any(|c| c.count == Some(count)))
                .map(|e| e.event_type.as_str())
        };
        assert_eq!(type_of(56), Some("clash"), "{ev:#?}");
        assert_eq!(type_of(65), Some("arrest"), "{ev:#?}");
    }

    /// A bare "explosion" is a bombing where the document speaks of an
    /// attack, an accident where it does not.
    #[test]
    fn an_explosion_is_a_bombing_only_in_news_of_attacks() {
        let m = mentions(&[], &[]);
        let d = Document::parse(
            "Une explosion a secoué la centrale nucléaire. Cinq employés sont blessés.",
        );
        assert_eq!(assemble(&d, &m)[0].event_type, "accident");
        let d =
            Document::parse("Une explosion a secoué le marché. L'attentat n'a pas été revendiqué.");
        assert_eq!(assemble(&d, &m)[0].event_type, "bombing");
    }

    /// A definite noun presupposes its event: a doubt about its cause or
    /// author does not make it uncertain; a doubt about its taking place does.
    #[test]
    fn a_definite_noun_presupposes_its_event() {
        let m = mentions(&[], &[]);
        let modality = |text: &str| assemble(&Document::parse(text), &m)[0].modality;
        assert_eq!(
            modality("La vitesse pourrait être la cause de l'accident."),
            Modality::Asserted
        );
        assert_eq!(
            modality("L'auteur présumé de l'attentat est en fuite."),
            Modality::Asserted
        );
        assert_eq!(
            modality("Les affrontements se seraient produits en plusieurs endroits."),
            Modality::Uncertain
        );
        assert_eq!(
            modality("Une attaque aurait visé le convoi."),
            Modality::Uncertain
        );
    }

    /// A fire in a document of unrest was set: a riot's, not an accident;
    /// the injured of a protest sentence with an arrest go to the protest.
    #[test]
    fn fires_of_riots_and_injuries_of_protests() {
        let m = mentions(&[], &[]);
        let d = Document::parse("Des manifestants ont bloqué la rue. Un véhicule a été incendié.");
        assert!(assemble(&d, &m).iter().any(|e| e.event_type == "riot"));
        let d = Document::parse("Un incendie a ravagé un entrepôt près de Lyon.");
        assert_eq!(assemble(&d, &m)[0].event_type, "accident");
        let doc = Document::parse(
            "Les manifestations ont dégénéré. On compte 27 blessés et 40 interpellations.",
        );
        let cas = vec![figure(&doc, "27 blessés", CasualtyCategory::Injured, 27)];
        let m = mentions(&[], &cas);
        let ev = assemble(&doc, &m);
        let carrier = ev.iter().find(|e| !e.casualties.is_empty()).unwrap();
        assert_eq!(carrier.event_type, "protest", "{ev:#?}");
    }

    /// Epidemics and famines are disasters, crowd crushes and explosions
    /// of gas or in a mine accidents: the toll they cause takes their type.
    #[test]
    fn epidemics_and_crowd_crushes() {
        for (text, toll, kind) in [
            (
                "Au total, l'épidémie aura fait 11 000 victimes.",
                "11 000 victimes",
                "disaster",
            ),
            (
                "Un mouvement de foule a eu lieu. 1 527 personnes ont été blessées.",
                "1 527 personnes ont été blessées",
                "accident",
            ),
            ("Une bousculade a fait 20 morts.", "20 morts", "accident"),
            (
                "36 morts dans des explosions à l'intérieur d'une mine.",
                "36 morts",
                "accident",
            ),
            (
                "Une explosion de gaz a fait 3 morts.",
                "3 morts",
                "accident",
            ),
            (
                "Une explosion a fait 5 morts près d'un barrage de l'armée, visée par les insurgés.",
                "5 morts",
                "bombing",
            ),
            // Put down to gas: the forensic "expert en explosifs" makes no
            // bomb; an attack's own words still do.
            (
                "Une explosion, due au gaz, a fait 2 morts. Le parquet a requis un expert en explosifs.",
                "2 morts",
                "accident",
            ),
            (
                "Une explosion a fait 2 morts. Une fuite de gaz est exclue : l'attentat a été revendiqué.",
                "2 morts",
                "bombing",
            ),
            // A disease that kills: a disaster; a gang that kills: a killing.
            (
                "Le choléra a tué 180 personnes en trois semaines.",
                "180 personnes",
                "disaster",
            ),
            (
                "Le gang a tué 180 personnes en trois semaines.",
                "180 personnes",
                "killing",
            ),
            (
                "En octobre 2018, une autre coulée avait tué au moins 41 personnes.",
                "41 personnes",
                "disaster",
            ),
            (
                "En 1984, une fuite de gaz toxique dans une usine avait tué 3 500 personnes.",
                "3 500 personnes",
                "accident",
            ),
            // A bomb in a simile is no attack's word where gas is the cause.
            (
                "Une explosion, probablement due à une fuite de gaz, a fait 2 morts. « On aurait dit une bombe », dit un voisin.",
                "2 morts",
                "accident",
            ),
            (
                "Une explosion a fait 2 morts. « On aurait dit une bombe », dit un voisin.",
                "2 morts",
                "bombing",
            ),
        ] {
            let doc = Document::parse(text);
            let cas = vec![figure(&doc, toll, CasualtyCategory::Killed, 1)];
            let m = mentions(&[], &cas);
            let ev = assemble(&doc, &m);
            let with_toll = ev.iter().find(|e| !e.casualties.is_empty()).unwrap();
            assert_eq!(with_toll.event_type, kind, "{text}: {ev:#?}");
        }
    }

    #[test]
    fn background_place_is_not_the_event_place() {
        let doc =
            Document::parse("Des combattants ayant combattu en Irak ont attaqué un poste à Kidal.");
        let places = vec![
            place(&doc, "Irak", "IQ", PlaceKind::Country),
            place(&doc, "Kidal", "ML", PlaceKind::City),
        ];
        let m = Mentions {
            dates: &[],
            places: &places,
            actors: &[],
            casualties: &[],
        };
        let ev = assemble(&doc, &m);
        assert_eq!(ev[0].event_type, "attack");
        assert_eq!(ev[0].place.as_ref().unwrap().place.name, "Kidal");
    }

    /// Where a boat or a convoy set out from is no place of its wreck: "un
    /// bateau parti de Zouara a chaviré au large de Lampedusa"; a part of a
    /// region ("une partie de la Gironde") is no departure.
    #[test]
    fn a_point_of_departure_is_not_the_event_place() {
        for (text, from, at, want) in [
            (
                "Un bateau parti de Zouara a chaviré au large de Lampedusa.",
                "Zouara",
                "Lampedusa",
                "Lampedusa",
            ),
            (
                "Une embarcation partie de Sabratha a chaviré près de Zouara.",
                "Sabratha",
                "Zouara",
                "Zouara",
            ),
            (
                "Le bateau a chaviré dans une partie de Tarifa, à Cadix.",
                "Tarifa",
                "Cadix",
                "Tarifa",
            ),
        ] {
            let doc = Document::parse(text);
            let places = vec![
                place(&doc, from, "LY", PlaceKind::City),
                place(&doc, at, "IT", PlaceKind::City),
            ];
            let m = Mentions {
                dates: &[],
                places: &places,
                actors: &[],
                casualties: &[],
            };
            let ev = assemble(&doc, &m);
            assert_eq!(ev[0].place.as_ref().unwrap().place.name, want, "{text}");
        }
    }

    #[test]
    fn roles_from_voice() {
        let doc = Document::parse("La police a arrêté trois manifestants.");
        let mk = |text: &str, cat| {
            let b = doc.text.find(text).unwrap();
            let (t, s, e, p) = doc.span(b, b + text.len());
            ActorMention {
                text: t.clone(),
                start: s,
                end: e,
                paragraph: p,
                name: t,
                kind: ActorKind::Group,
                category: cat,
                title: None,
                country: None,
            }
        };
        let actors = vec![
            mk("police", Category::Police),
            mk("manifestants", Category::Protesters),
        ];
        let m = Mentions {
            dates: &[],
            places: &[],
            actors: &actors,
            casualties: &[],
        };
        let ev = assemble(&doc, &m);
        assert_eq!(ev[0].event_type, "arrest");
        assert_eq!(ev[0].actors[0].role, Role::Agent);
        assert_eq!(ev[0].actors[1].role, Role::Patient);
    }

    #[test]
    fn unconfirmed_next_sentence_makes_uncertain() {
        let doc = Document::parse(
            "Son neveu a été arrêté hier. Cependant cette arrestation n'est pas confirmée.",
        );
        let m = mentions(&[], &[]);
        let ev = assemble(&doc, &m);
        assert_eq!(ev[0].modality, Modality::Uncertain);
        // Or the one after: a sentence may stand between.
        let doc = Document::parse(
            "Le journaliste a été arrêté le 2 juillet. Il risque vingt ans de prison. \
             Son arrestation n'a pas été confirmée officiellement.",
        );
        let ev = assemble(&doc, &m);
        assert_eq!(ev[0].modality, Modality::Uncertain);
    }

    #[test]
    fn passive_voice_makes_patients() {
        let doc = Document::parse(
            "Son neveu, Samat Abish, aurait également été arrêté. La police a arrêté Paul.",
        );
        let t = |w: &str| {
            let b = doc.text.find(w).unwrap();
            Trigger {
                event_type: "arrest",
                pos: Pos::Verb,
                start: b,
                end: b + "arrêté".len(),
                sentence: doc.sentence_at(b).unwrap().index,
            }
        };
        assert!(is_passive(&doc, &t("arrêté.")));
        assert!(!is_passive(&doc, &t("arrêté Paul")));
        let d2 = Document::parse("Deux personnalités arrêtées au Kazakhstan");
        let b = d2.text.find("arrêtées").unwrap();
        let tr = Trigger {
            event_type: "arrest",
            pos: Pos::Verb,
            start: b,
            end: b + "arrêtées".len(),
            sentence: 0,
        };
        assert!(is_passive(&d2, &tr));
    }

    #[test]
    fn bare_clock_times_do_not_date_an_event() {
        let mk = |t: &str| DateMention {
            text: t.into(),
            start: 0,
            end: 0,
            paragraph: 0,
            value: Some("2020-01-01T19:00".into()),
            end_value: None,
            kind: DateKind::Absolute,
            earliest: None,
            latest: None,
        };
        for t in ["19 h 00", "à 14h30", "vers 22 heures", "minuit"] {
            assert!(is_bare_time(&mk(t)), "{t}");
        }
        for t in ["mardi à 14 h 30", "le 5 janvier", "hier soir"] {
            assert!(!is_bare_time(&mk(t)), "{t}");
        }
    }

    #[test]
    fn fires_of_buildings_are_accidents_of_forests_disasters() {
        let m = mentions(&[], &[]);
        let d = Document::parse("Un incendie a ravagé un immeuble de Paris.");
        let types: Vec<String> = assemble(&d, &m).into_iter().map(|e| e.event_type).collect();
        assert_eq!(types, ["accident"]);
        let d = Document::parse("Des feux de forêt menacent la Provence.");
        assert_eq!(assemble(&d, &m)[0].event_type, "disaster");
        // A fire in a document of burnt hectares is a wildfire.
        let d = Document::parse("Le bilan de l'incendie s'est alourdi. 90 000 hectares ont brûlé.");
        assert_eq!(assemble(&d, &m)[0].event_type, "disaster");
    }

    #[test]
    fn anaphoric_noun_is_not_a_new_event() {
        let doc = Document::parse("Un attentat a frappé Kaboul. Cet attentat a été revendiqué.");
        let m = mentions(&[], &[]);
        assert_eq!(assemble(&doc, &m).len(), 1);
    }

    #[test]
    fn toll_summary_keeps_largest() {
        let doc = Document::parse("Bilan : 13 morts. Le bilan passe à 27 morts.");
        let cas = vec![
            figure(&doc, "13 morts", CasualtyCategory::Killed, 13),
            figure(&doc, "27 morts", CasualtyCategory::Killed, 27),
        ];
        let t = toll_summary(None, &cas, &[], None);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].count, Some(27));
        assert_eq!(t[0].mentions, vec![1]);
    }

    /// Figures of distinct groups sharing one verb add up; a part after
    /// "dont" and a list detailing its first figure do not.
    #[test]
    fn coordinated_figures_add_up() {
        let toll = |text: &str| {
            let out = crate::process("t", text, None);
            let t = out
                .toll
                .iter()
                .find(|t| t.category == CasualtyCategory::Killed);
            t.and_then(|t| t.count)
        };
        assert_eq!(
            toll("Trente et un soldats et dix supplétifs ont été tués lundi."),
            Some(41)
        );
        assert_eq!(
            toll("748 soldats, 18 policiers et 3 civils ont été tués."),
            Some(769)
        );
        assert_eq!(
            toll("Au moins 326 personnes, dont 43 enfants et 25 femmes, ont été tuées."),
            Some(326)
        );
        assert_eq!(
            toll("Six jeunes, cinq hommes et une femme, ont perdu la vie."),
            Some(6)
        );
        // Objects of one verb: two groups of people joined by "et".
        let kidnapped = |text: &str| {
            let out = crate::process("t", text, None);
            let t = out
                .toll
                .iter()
                .find(|t| t.category == CasualtyCategory::Kidnapped);
            t.and_then(|t| t.count)
        };
        assert_eq!(
            kidnapped(
                "Des hommes armés ont enlevé jeudi 80 élèves et une trentaine d'enseignants."
            ),
            Some(110)
        );
        // Arrests and custodies overlap: no sum.
        let out = crate::process(
            "t",
            "On compte plus de 443 interpellations et au moins 388 gardes à vue.",
            None,
        );
        assert_eq!(out.toll[0].count, Some(443));
    }

    /// The day one of the wounded died ("a succombé à ses blessures
    /// lundi") dates that death, not the sentences after it, which go on
    /// with the story's day; deaths counted ("ont succombé depuis le début
    /// de la crise") are no such day.
    #[test]
    fn the_day_a_wounded_died_is_not_the_storys() {
        let text = "CITÉ, 4 septembre 2019 - Une bagarre a éclaté le 1er septembre au stade.\n\n\
                    Un supporter, poignardé, a succombé lundi à ses blessures à l'hôpital. \
                    Dix-sept personnes ont été blessées, selon la police.";
        assert!(toll_days(text).contains(&(17, "2019-09-01".to_string())));
        let text = "CITÉ, 4 septembre 2019 - Des heurts ont éclaté lundi dans le centre.\n\n\
                    Un manifestant est mort mardi de ses blessures. Trente personnes ont été \
                    interpellées, selon la police.";
        assert!(toll_days(text).contains(&(30, "2019-09-02".to_string())));
    }
}
