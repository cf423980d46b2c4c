//! How sure a sentence is of what it says near a given word: asserted,
//! reported ("selon…", "a annoncé"), uncertain (the French conditional
//! "aurait été", "n'est pas confirmée", "présumé"), negated ("n'a pas été",
//! "aucun"), future ("présentera", "va"), hypothetical ("pourraient").
//!
//! Cues are looked for in the clause around the trigger: conditional,
//! negation and tense cues close to it; attribution anywhere in the sentence.

use std::sync::LazyLock;

use crate::fast_regex::FastRegex;

use crate::model::Modality;

/// The modality of the text around `trigger` (a byte offset into
/// `sentence`), with the attribution's byte span in `sentence` if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub modality: Modality,
    pub attribution: Option<(usize, usize)>,
}

static SELON: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?i)\b(?:selon|d['’]apr[eè]s|de sources?|citant)\s+(?:(?-i:MM?|Dr|Pr|Me|Mgr)\.\s+)?[^,.;:()«»]{2,160}?(?:[,.;:()«»]|$)",
    )
    .unwrap()
});

/// Asides between a verb of stating and what it states ("parle pour sa
/// part de", "fait état de son côté de"): the alternation, with no
/// surrounding space.
pub(crate) const ASIDE: &str = r"pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+c[ôo]t[ée]|[àa]\s+(?:son|leur)\s+tour|aussi|[ée]galement|encore|quant\s+[àa]\s+(?:lui|elle|eux|elles)";
static REPORT_VERB: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        &format!(
        r"(?i)\b(?:(?:a|ont|avait|avaient|aurait|auraient)\s+(?:[\w'’]+\s+){{0,3}}?(?:annoncé|affirmé|déclaré|indiqué|estimé|évalué|chiffré|rapporté|précisé|fait savoir|signalé|assuré|expliqué|révélé|dénoncé|communiqué|évoqué|raconté|témoigné|confié|fait état|fait mention|parlé\s+(?:(?:{ASIDE})\s+)?(?:de|des|du|d['’])|recensé|dénombré|ajouté|souligné|confirmé|reconnu)|(?:annonce|affirme|déclare|indique|estime|évalue|rapporte|précise|signale|assure|explique|révèle|évoque|fait état|fait mention|recense|dénombre|ajoute|souligne|confirme)(?:nt)?|(?:annonç|affirm|déclar|indiqu|estim|rapport|précis|signal|évoqu|recens|dénombr)ai(?:en)?t|faisai(?:en)?t\s+(?:état|mention)|(?:affirm|assur|indiqu|précis|expliqu|déclar|annonç|revendiqu|soulign|ajout|évoqu|recens|dénombr|chiffr)ant|disant|di(?:t|sent|sait|saient)\s+(?:avoir|que|qu['’])|(?:(?:a|ont|avait|avaient)\s+rappelé|rappel(?:le|lent|ait|aient))\s+qu(?:e|['’])|reconna(?:ît|it|issent)|avance(?:nt)?\s+(?:pour\s+sa\s+part\s+|de\s+son\s+côté\s+)?(?:un|le|son|leur)\s+(?:bilan|chiffre|décompte)|font état|font mention|(?:fai(?:t|sai(?:en)?t)|font)\s+(?:également|aussi|encore|en\s+outre|par\s+ailleurs|pour\s+sa\s+part|de\s+son\s+côté)\s+(?:état|mention)|parl(?:e|ent)\s+(?:(?:{ASIDE})\s+)?(?:de|des|du|d['’])|(?:a-t-(?:il|elle|on)|ont-(?:ils|elles))\s+(?:annoncé|affirmé|déclaré|indiqué|estimé|rapporté|précisé|ajouté|expliqué|assuré|écrit|dit|raconté|conclu|poursuivi|souligné|confirmé|appris))\b"
    ),
    )
    .unwrap()
});

static UNCERTAIN: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?i)\b(?:aurai(?:en)?t|serai(?:en)?t|\w+erai(?:en)?t|n['’](?:est|ont|a|sont) pas (?:été )?confirmée?s?|(?:non|pas encore) confirmée?s?|présumée?s?|supposée?s?|probablement|vraisemblablement|apparemment|peut-être|semble(?:nt)?|sembl(?:ai|er)(?:en)?t)\b",
    )
    .unwrap()
});

static NEGATED: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?i)(?:\b(?:n['’]|ne\s+)(?:\S+\s+){0,2}?(?:pas|jamais|point)\b|\baucune?\b|\bni\b)",
    )
    .unwrap()
});

/// A denial of what follows: "Boko Haram dément que…", "vous mentez en
/// disant que vous avez tué 60 de nos hommes", "a nié avoir…", "a exclu
/// toute démission".
static DENIAL: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\b(?:d[ée]m(?:en|ent)(?:s|t|i|ie|is|ies|ent|ait|aient)?|d[ée]mentir|ni(?:e|ent|é|ait|aient)|nier|ment(?:ez|ent|ait|aient)?|mentir|(?:a|ont|avait|avaient)\s+exclu\s+(?:toute?s?|tout|une?)|exclu(?:t|ent|ait|aient)\s+(?:toute?s?|tout|une?))\b").unwrap()
});

/// Hearsay: "des rumeurs courent sur un homme blessé", "selon des
/// rumeurs", "des informations non vérifiées". (A denied rumour is
/// negated: the negation is read first.)
static RUMOUR: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\b(?:rumeurs?|on-dit|informations?\s+non\s+v[ée]rifi[ée]es?|non\s+v[ée]rifi[ée]e?s?)\b").unwrap()
});

static HYPOTHETICAL: LazyLock<FastRegex> = LazyLock::new(|| {
    // "S'il y a dix morts": a clause-initial "s'il", not the indirect
    // question of "on ne sait s'il a été transféré".
    FastRegex::new(r#"(?i)\b(?:pourrai(?:en)?t|pourront|pourra|devrai(?:en)?t|risque(?:nt)?\s+d(?:e|['’])|si\s+(?:le|la|les|un|une|des|l['’]|il|elle|ils|elles|on))\b|(?:^|[,;:«"(]\s*)s['’]ils?\b"#).unwrap()
});

/// "ne pourront pas", "ne pourra plus": what they cannot do is a fact
/// ("Vingt-six d'entre eux ne pourront pas regagner leur logement": homeless
/// now), no hypothesis; the modal verb spans `start..end` of `window`.
fn cannot(window: &str, start: usize, end: usize) -> bool {
    let before = window[..start].trim_end().to_lowercase();
    let after = window[end..].trim_start().to_lowercase();
    (before.ends_with(" ne") || before == "ne" || before.ends_with("n'") || before.ends_with("n’"))
        && (after.starts_with("pas ") || after.starts_with("plus ") || after.starts_with("jamais "))
}

/// After "pourrait", "pourraient", "devrait": a state or a past, what may
/// be so already ("se trouver sous les décombres", "avoir été tués", "être
/// morts", "figurer parmi les victimes").
static EPISTEMIC: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)^\s+(?:(?:encore|toujours|d[ée]j[àa]|bien|aussi|[ée]galement)\s+)?(?:se\s+trouver|figurer|avoir\s+(?:[ée]t[ée]|p[ée]ri|succomb[ée]|perdu\s+la\s+vie|trouv[ée]\s+la\s+mort|fait|caus[ée]|co[ûu]t[ée])|[êe]tre\s+(?:morte?s?|d[ée]c[ée]d[ée]e?s?|sous\s+les|parmi\s+les|prisonni[eè]re?s?\s+des))\b").unwrap()
});

static FUTURE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\b(?:(?:va|vont|allons|allez|allait|allaient)\s+(?:\w+\s+)?\w+(?:er|ir|re)|\w{3,}(?:era|eront|iront|ira|endra|endront|iendra|iendront)|sera|seront|aura|auront|fera|feront|devra|devront|doi(?:t|vent)\s+[êe]tre|(?:pr[ée]voi(?:t|ent)|pr[ée]voy(?:ons|ez)|envisag(?:e|ent|eons|ez)|projett?(?:e|ent|ons|ez))\s+d(?:e|['’])|(?:est|sont|était|étaient)\s+(?:\w+\s+)?(?:prévue?s?|programmée?s?|planifiée?s?))\b").unwrap()
});

/// "risque de" as a noun after a determiner ("évacués en raison d'un
/// risque de submersion", "au risque de"): a cause, not the verb of a
/// possible outcome ("le bilan risque de s'alourdir").
fn is_risk_noun(before: &str, cue: &str) -> bool {
    if !cue
        .get(..6)
        .is_some_and(|c| c.eq_ignore_ascii_case("risque"))
    {
        return false;
    }
    let w = before
        .trim_end()
        .rsplit([' ', '\'', '’'])
        .next()
        .unwrap_or("");
    matches!(
        w.to_lowercase().as_str(),
        "un" | "le"
            | "du"
            | "au"
            | "ce"
            | "aucun"
            | "tout"
            | "fort"
            | "gros"
            | "grand"
            | "moindre"
            | "réel"
            | "sérieux"
    )
}

/// Words ending like a future verb that are not one.
const NOT_FUTURE: &[&str] = &[
    "caméra", "opéra", "choléra", "ère", "sierra", "guerra", "zaïra", "riviera", "tiendra",
];

/// Bytes before and after the trigger within which a verb cue counts.
const BEFORE: usize = 70;
const AFTER: usize = 45;

/// Assess the modality of what `sentence` says at byte offset `trigger`.
pub fn assess(sentence: &str, trigger: usize) -> Assessment {
    // Look no further than SPAN bytes either side of the trigger, so that
    // the cost per trigger is bounded however long the sentence is.
    let (ls, le) = bounded(sentence, trigger, SPAN);
    let mut a = assess_within(&sentence[ls..le], trigger - ls);
    if let Some((x, y)) = a.attribution.as_mut() {
        *x += ls;
        *y += ls;
    }
    a
}

/// Bytes either side of a trigger that modality cues may come from.
const SPAN: usize = 400;

/// A char-boundary window of `sentence` of `span` bytes either side of `at`.
fn bounded(sentence: &str, at: usize, span: usize) -> (usize, usize) {
    let at = at.min(sentence.len());
    let s = sentence.ceil_char_boundary(at.saturating_sub(span));
    let e = sentence.floor_char_boundary((at + span).min(sentence.len()));
    (s.min(at), e.max(at))
}

fn assess_within(sentence: &str, trigger: usize) -> Assessment {
    let (cs, ce) = clause_window(sentence, trigger);
    let window = &sentence[cs..ce];
    let near = |re: &FastRegex| re.find_iter(window).next().is_some();

    let attribution = SELON
        .find(sentence)
        .map(|m| {
            let t = m.as_str();
            let trimmed = t.trim_end_matches([',', '.', ';', ':', '(', ')', '«', '»', ' ']);
            (m.start(), m.start() + trimmed.len())
        })
        .or_else(|| {
            REPORT_VERB.find(sentence).map(|m| {
                let before = sentence[..m.start()].trim_end();
                // "…, ont-ils écrit": the pronoun in the verb is the source.
                if m.as_str().contains(['-']) {
                    return (m.start(), m.end());
                }
                if before.ends_with(['»', '"', '”', ',']) {
                    // Inverted: "« … », a affirmé le bureau de MSF à Beyrouth."
                    // The source follows the verb, to the end of the clause.
                    let end = clause_end(sentence, m.end());
                    return (m.start(), m.end() + sentence[m.end()..end].trim_end().len());
                }
                // The reporting clause: from its clause start to the verb.
                let start = sentence[..m.start()]
                    .rfind([',', ';', '«', '»'])
                    .map_or(0, |i| i + sentence[i..].chars().next().unwrap().len_utf8());
                let s = start + (sentence[start..].len() - sentence[start..].trim_start().len());
                (s, m.end())
            })
        });

    // An uncertainty cue that starts in the window counts even if it ends
    // after it ("l'arrestation de trois suspects n'est pas confirmée").
    let uncertain = UNCERTAIN.find_iter(&sentence[cs..]).any(|m| {
        cs + m.start() < ce
            && !of_another_noun(sentence, cs + m.start(), m.as_str(), trigger)
            && !in_subject_relative(sentence, cs + m.start(), trigger)
    });
    let modality = if uncertain {
        Modality::Uncertain
    } else if NEGATED.find_iter(window).any(|m| {
        !is_false_negation(window, m.start())
            && !coordinated_away(window, m.end(), trigger - cs)
            && !of_a_coordinated_verb(window, m.start(), trigger - cs)
            && !without_clause(window, m.start(), trigger - cs)
            && !in_relative_incise(window, m.start(), trigger - cs)
    }) || denied(sentence, cs, trigger.clamp(cs, ce))
    {
        Modality::Negated
    } else if near(&RUMOUR) {
        Modality::Uncertain
    } else if HYPOTHETICAL.find_iter(window).any(|m| {
        !is_risk_noun(&window[..m.start()], m.as_str()) && !cannot(window, m.start(), m.end())
    }) {
        // "Trois ouvriers pourraient encore se trouver sous les gravats",
        // "… pourraient avoir été tués": what may be so already, uncertain;
        // not what may come ("ils pourraient être expulsés").
        if HYPOTHETICAL
            .find_iter(window)
            .all(|m| EPISTEMIC.is_match(&window[m.end()..]))
        {
            Modality::Uncertain
        } else {
            Modality::Hypothetical
        }
    } else if FUTURE.find_iter(window).any(|m| {
        !NOT_FUTURE.contains(&m.as_str().to_lowercase().as_str())
            && !looks_back(m.as_str(), &window[m.end()..])
            // A capital inside a clause starts a name ("Narendra", "Alexandra").
            && (m.start() == 0 || !m.as_str().starts_with(char::is_uppercase))
    }) || called_for(window, trigger - cs)
    {
        Modality::Future
    } else if attribution.is_some() {
        Modality::Reported
    } else {
        Modality::Asserted
    };
    Assessment {
        modality,
        attribution,
    }
}

/// Is the cue at `at` the verb of a relative clause in the subject, the
/// main clause's verb told after it ("Deux hommes qui auraient tiré sur la
/// foule ont été arrêtés")? It doubts what the relative tells of them,
/// not the toll.
fn in_subject_relative(sentence: &str, at: usize, trigger: usize) -> bool {
    if at >= trigger || trigger > sentence.len() {
        return false;
    }
    let before = sentence[..at].trim_end();
    let qui = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("qui"));
    if !qui {
        return false;
    }
    // The words between the cue and the trigger, after the cue's own.
    let words: Vec<&str> = sentence[at..trigger]
        .split(|c: char| !c.is_alphabetic())
        .skip(1)
        .filter(|w| !w.is_empty())
        .collect();
    // (Not where the trigger is the relative's own verb: "une dizaine de
    // femmes qui auraient été enlevées" doubts the toll.)
    let own_verb = words.iter().all(|w| {
        matches!(
            *w,
            "été" | "également" | "aussi" | "déjà" | "toutes" | "tous"
        )
    });
    !own_verb
        && words.iter().any(|w| {
            matches!(
                *w,
                "ont" | "a" | "sont" | "est" | "été" | "avaient" | "avait" | "étaient" | "était"
            )
        })
}

/// "Des jihadistes présumés ont tué…", "a arrêté un suspect supposé":
/// "présumé" and "supposé" doubt who a noun names, not the event, unless
/// they stand beside the trigger ("l'attentat présumé", "un présumé
/// attentat") or after a copula ("l'attaque est présumée terroriste").
fn of_another_noun(sentence: &str, at: usize, cue: &str, trigger: usize) -> bool {
    let lower = cue.to_lowercase();
    if !(lower.starts_with("présum") || lower.starts_with("suppos")) {
        return false;
    }
    let before = sentence[..at].trim_end();
    let last_word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    if matches!(
        last_word.as_str(),
        "est" | "sont" | "était" | "étaient" | "été" | "serait" | "seraient"
    ) {
        return false;
    }
    // Beside the trigger: right after its word, or right before it after
    // an article.
    // ("une attaque chimique présumée": one adjective may stand between).
    if at > trigger {
        let word_end = sentence[trigger..]
            .find(|c: char| !c.is_alphanumeric() && c != '-')
            .map_or(sentence.len(), |i| trigger + i);
        sentence.get(word_end..at).is_none_or(|b| {
            let mut words = b.split_whitespace();
            match (words.next(), words.next()) {
                (None, _) => false,
                (Some(w), None) => !w.chars().all(|c| c.is_lowercase() || c == '-'),
                _ => true,
            }
        })
    } else {
        let between = sentence.get(at + cue.len()..trigger).unwrap_or("");
        !(between.trim().is_empty() && is_article(&last_word))
    }
}

fn is_article(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "le" | "la" | "les" | "l" | "un" | "une" | "des" | "du" | "ce" | "cet" | "cette" | "ces"
    )
}

/// Where the source after an inverted reporting verb ends: at the first
/// sentence mark, a period of an abbreviation excepted ("a déclaré M.
/// Tokaïev dans une allocution").
fn clause_end(sentence: &str, from: usize) -> usize {
    let mut at = from;
    while let Some(i) = sentence[at..].find(['.', ';', '«', '!', '?', ',']) {
        let p = at + i;
        // A comma ends the source before a new clause ("…, alors que…"),
        // not before an apposition ("le porte-parole, Nasrat Rahimi").
        if sentence[p..].starts_with(',') {
            let next = sentence[p + 1..]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase();
            if matches!(
                next.as_str(),
                "alors"
                    | "tandis"
                    | "mais"
                    | "car"
                    | "puisque"
                    | "lorsque"
                    | "quand"
                    | "et"
                    | "ou"
                    | "qui"
                    | "où"
                    | "dont"
                    | "après"
                    | "avant"
                    | "avant-hier"
                    | "ajoutant"
                    | "précisant"
                    | "soulignant"
                    | "selon"
            ) {
                return p;
            }
            at = p + 1;
            continue;
        }
        let word = sentence[..p]
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if sentence[p..].starts_with('.')
            && matches!(
                word,
                "M" | "MM" | "Mme" | "Mmes" | "Mlle" | "Dr" | "Pr" | "Me" | "Mgr" | "St"
            )
        {
            at = p + 1;
            continue;
        }
        return p;
    }
    sentence.len()
}

/// The futur antérieur of news looks back: "la bataille aura duré 110
/// jours", "l'attaque aura fait 20 morts", "il aura été le premier" — an
/// auxiliary "aura"/"auront" before a past participle, not before a noun
/// ("il aura lieu", "il aura 20 ans").
fn looks_back(verb: &str, after: &str) -> bool {
    if !matches!(verb.to_lowercase().as_str(), "aura" | "auront") {
        return false;
    }
    let next = after
        .split_whitespace()
        .find(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "déjà" | "deja" | "finalement" | "donc" | "ainsi" | "bien"
            )
        })
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    next != "lieu"
        && next.len() > 2
        && [
            "é", "ée", "és", "ées", "i", "u", "ue", "us", "it", "ert", "eint", "is",
        ]
        .iter()
        .any(|e| next.ends_with(e))
        && !matches!(
            next.as_str(),
            "puis"
                | "plus"
                | "jamais"
                | "mais"
                | "tous"
                | "sous"
                | "depuis"
                | "lui"
                | "aussi"
                | "ici"
                | "parmi"
        )
}

/// Is what the clause from `cs` says at `trigger` denied ("dément toute
/// rumeur de prise d'otages")? A denial of a release denies the release,
/// not the captivity it presupposes ("dément la libération des 5 000
/// otages").
fn denied(sentence: &str, cs: usize, trigger: usize) -> bool {
    static RELEASE: LazyLock<FastRegex> =
        LazyLock::new(|| FastRegex::new(r"(?i)\b(?:lib[ée]r|rel[âa]ch)\w*").unwrap());
    (DENIAL
        .find_iter(&sentence[..trigger])
        .any(|m| m.start() >= cs)
        || denied_that(sentence, trigger)
        || denied_reports(sentence, trigger))
        && !RELEASE.is_match(sentence)
}

/// "a démenti les informations, diffusées par des médias locaux, faisant
/// état de 15 morts": reports denied, however many commas their noun takes
/// before what they tell at `trigger`.
pub(crate) fn denied_reports(sentence: &str, trigger: usize) -> bool {
    static DENIED_REPORTS: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\bd[ée]m(?:en|ent)(?:s|t|i|ent|ait|aient)?\s+(?:les|des|ces|toutes\s+les|ses)\s+(?:informations|rumeurs|all[ée]gations|affirmations|chiffres|bilans|rapports|propos)\b[^.;:!?]{0,120}?\b(?:faisant\s+[ée]tat|[ée]voquant|selon\s+lesquel(?:le)?s|qui\s+(?:(?:font|faisaient)\s+[ée]tat|[ée]voqu(?:e|ent|ait|aient)|parl(?:e|ent|ait|aient)\s+(?:de|du|des|d['’])))[^.;:!?]{0,60}$").unwrap()
    });
    sentence.is_char_boundary(trigger) && DENIED_REPORTS.is_match(&sentence[..trigger])
}

/// "a démenti qu'un second raid, mené dimanche dans le district voisin,
/// ait tué dix civils": a denial whose completive holds the trigger, its
/// verb in the subjunctive right before it, however many commas its
/// subject takes.
pub(crate) fn denied_that(sentence: &str, trigger: usize) -> bool {
    static DENIED_THAT: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:d[ée]m(?:en|ent)(?:s|t|i|ent|ait|aient)?|ni(?:e|ent|é|ait|aient))\s+qu(?:e\s|['’]\s*)").unwrap()
    });
    static SUBJUNCTIVE_BEFORE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:ait|aient|soit|soient)(?:\s+(?:[ée]t[ée]|pu|d[ûu]))?\s*$")
            .unwrap()
    });
    if !sentence.is_char_boundary(trigger) || !SUBJUNCTIVE_BEFORE.is_match(&sentence[..trigger]) {
        return false;
    }
    DENIED_THAT
        .find_iter(&sentence[..trigger])
        .any(|m| !sentence[m.end()..trigger].contains([';', ':']))
}

/// Does a coordinated verb stand between a negation ending at `neg_end`
/// and the trigger at `trigger` ("il n'a pas pu être réanimé et est
/// décédé": the death is not denied)?
fn coordinated_away(window: &str, neg_end: usize, trigger: usize) -> bool {
    static NEW_VERB: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\s(?:et|mais|puis)\s+(?:(?:il|elle|ils|elles)\s+)?(?:(?:est|sont|a|ont|fut|furent|avait|avaient|était|étaient)\b|$)").unwrap()
    });
    neg_end < trigger
        && window.is_char_boundary(trigger)
        && NEW_VERB.is_match(&window[neg_end..trigger])
}

/// A negation after the trigger that opens a coordinated verb negates
/// that verb: "la police a confirmé l'attaque mais n'a pas donné de
/// chiffre", "… et n'a pas précisé le nombre de victimes".
fn of_a_coordinated_verb(window: &str, neg: usize, trigger: usize) -> bool {
    if neg <= trigger || !window.is_char_boundary(trigger) || !window.is_char_boundary(neg) {
        return false;
    }
    // The last two words before the negation (the trigger's own included).
    let mut words = window[trigger..neg]
        .rsplit(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    let is = |w: Option<&str>, set: &[&str]| {
        w.is_some_and(|w| set.iter().any(|s| w.eq_ignore_ascii_case(s)))
    };
    let (last, before) = (words.next(), words.next());
    const COORDINATORS: &[&str] = &["mais", "et", "puis"];
    const PRONOUNS: &[&str] = &["il", "elle", "ils", "elles", "on"];
    before.is_some() && (is(last, COORDINATORS) || is(before, COORDINATORS) && is(last, PRONOUNS))
}

/// The trigger is what someone calls for: "l'opposition a appelé à de
/// nouvelles manifestations mardi", "appellent à la grève" (not yet held).
fn called_for(window: &str, trigger: usize) -> bool {
    static CALL: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\bappel(?:é|ée|és|ées|er|le|lent|lait|laient|ant)\s+(?:à|a)\s+(?:(?:une?|des|de|la|les|l['’])\s*)?(?:(?:nouvel(?:le)?s?|nouveaux?|grande?s?|vaste?s?)\s+)?$").unwrap()
    });
    if !window.is_char_boundary(trigger) {
        return false;
    }
    let before = &window[window.floor_char_boundary(trigger.saturating_sub(60))..trigger];
    before.contains("appel") && CALL.is_match(before)
}

/// "ne … plus que", "n'a pas seulement": negations that assert.
fn is_false_negation(window: &str, at: usize) -> bool {
    let rest = &window[at..];
    let lower = rest.to_lowercase();
    lower.contains("pas seulement")
        // "ne … que" restricts, not denies ("n'a fait que deux blessés");
        // the word, not the end of "attaque" ("Aucune attaque n'a été
        // signalée").
        || lower
            .match_indices("que ")
            .find(|(i, _)| *i == 0 || !lower[..*i].ends_with(char::is_alphabetic))
            .is_some_and(|(i, _)| i < 25)
        || states_a_loss(&lower)
        || not_since(&lower)
}

/// "Le pays n'avait pas connu une épidémie d'une telle ampleur depuis
/// 1994", "jamais vu une telle crue depuis 1910": with an article, the
/// negation measures the present against a past event, which it asserts;
/// with "de" it denies any since ("n'avait pas connu d'accident depuis
/// 2017").
fn not_since(negation: &str) -> bool {
    static NOT_SINCE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)^(?:n['’]\s*|ne\s+)\S+\s+(?:pas|jamais|plus)\s+(?:connu|vu|enregistr[ée]|subi|v[ée]cu)\s+(?:une?|un\s+tel|une\s+telle|pareil(?:le)?)\s[^.;:]{0,80}?\bdepuis\b").unwrap()
    });
    negation.starts_with('n') && NOT_SINCE.is_match(negation)
}

/// A negation that tells the toll itself: people "not yet found" are
/// missing ("n'ont toujours pas été retrouvés", "n'a pas été localisé",
/// "n'ont jamais été retrouvés"),
/// those "not able to go home" displaced ("n'ont pas pu regagner leur
/// domicile", "ne peuvent pas rentrer chez eux").
fn states_a_loss(negation: &str) -> bool {
    negation.starts_with('n') && LOSS.is_match(negation)
}

/// The negations of [`states_a_loss`].
static LOSS: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)^(?:n['’]\s*|ne\s+)\S+\s+(?:toujours\s+|encore\s+)?(?:pas|jamais)\s+(?:encore\s+)?(?:[ée]t[ée]\s+(?:retrouv|localis|identifi)|pu\s+(?:regagner|r[ée]int[ée]grer|retrouver|rentrer|[êe]tre\s+(?:sauv|r[ée]anim))|(?:regagner|r[ée]int[ée]grer|rentrer)\b)").unwrap()
});

/// Is the negation at `neg` inside a relative clause between commas that
/// does not hold the trigger ("Les trois autres, dont l'identité n'a pas
/// été rendue publique, restent aux mains de leurs ravisseurs")? It
/// negates what the clause tells of its noun, not the toll.
fn in_relative_incise(window: &str, neg: usize, trigger: usize) -> bool {
    let Some(open) = window[..neg].rfind(',') else {
        return false;
    };
    let head = window[open + 1..neg].trim_start().to_lowercase();
    let relative = [
        "dont ",
        "qui ",
        "que ",
        "qu'",
        "qu’",
        "lesquels ",
        "lesquelles ",
    ]
    .iter()
    .any(|r| head.starts_with(r));
    let close = window[neg..].find(',').map_or(window.len(), |i| neg + i);
    relative && !(open < trigger && trigger < close)
}

/// A negation in a "sans que" clause after the trigger negates that
/// clause only: "21 membres ont été arrêtés, sans qu'aucun soldat ne soit
/// tué".
fn without_clause(window: &str, neg: usize, trigger: usize) -> bool {
    if neg <= trigger {
        return false;
    }
    let lower = window[trigger..neg].to_lowercase();
    lower.contains("sans qu'") || lower.contains("sans qu’") || lower.contains("sans que ")
}

/// The byte window of the clause around the trigger: at most BEFORE bytes
/// before and AFTER after, not crossing a semicolon or a colon.
fn clause_window(s: &str, trigger: usize) -> (usize, usize) {
    let trigger = trigger.min(s.len());
    let mut start = s.ceil_char_boundary(trigger.saturating_sub(BEFORE));
    if let Some(i) = s[start..trigger].rfind([';', ':']) {
        start += i + 1;
    }
    let mut end = s.floor_char_boundary((trigger + AFTER).min(s.len()));
    if let Some(i) = s[trigger..end].find([';', ':']) {
        end = trigger + i;
    }
    (start, end.max(start))
}

/// Compile this module's regexes, the last used first (see `crate::warm_up`).
pub(crate) fn warm_up() {
    FUTURE.warm();
    RUMOUR.warm();
    HYPOTHETICAL.warm();
    EPISTEMIC.warm();
    NEGATED.warm();
    DENIAL.warm();
    UNCERTAIN.warm();
    REPORT_VERB.warm();
    SELON.warm();
    LOSS.warm();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str, word: &str) -> Modality {
        assess(s, s.find(word).unwrap()).modality
    }

    /// A conditional in a relative clause doubts the toll where the
    /// trigger is the relative's own verb ("qui auraient été enlevées"),
    /// not where the main clause's verb follows it.
    #[test]
    fn a_conditional_relative_of_the_figure() {
        let s = "Le CISC a fait état d'une dizaine de femmes qui auraient été enlevées.";
        assert_eq!(m(s, "enlevées"), Modality::Uncertain);
        let s = "Deux hommes qui auraient tiré sur la foule ont été arrêtés.";
        assert_eq!(m(s, "arrêtés"), Modality::Asserted);
    }

    /// A negation inside a relative clause between commas tells of the
    /// clause's noun, not the toll ("dont l'identité n'a pas été rendue
    /// publique"); a negation of the toll's own clause still counts.
    #[test]
    fn a_negation_in_a_relative_incise() {
        let s = "Les trois autres, dont l'identité n'a pas été rendue publique, restent aux mains de leurs ravisseurs.";
        assert_eq!(m(s, "restent"), Modality::Asserted);
        let s = "Trois soldats, qui n'avaient pas de gilets, ont été tués.";
        assert_eq!(m(s, "tués"), Modality::Asserted);
        let s = "Trois soldats n'ont pas été tués, selon l'armée.";
        assert_eq!(m(s, "tués"), Modality::Negated);
    }

    /// Reports denied, their noun with an apposition before what they
    /// tell; a denial of one thing leaves another clause's figure alone.
    #[test]
    fn denied_reports_with_an_apposition() {
        assert_eq!(
            m(
                "Le ministère a démenti les informations, diffusées par des médias locaux, \
                 faisant état de 15 morts.",
                "morts"
            ),
            Modality::Negated
        );
        assert_eq!(
            m(
                "Le ministère, qui a démenti les rumeurs diffusées par des médias locaux et \
                 par des proches des détenus, a annoncé 15 morts.",
                "morts"
            ),
            Modality::Reported
        );
    }

    /// A plan told in the first person ("Nous prévoyons d'évacuer",
    /// "nous allons évacuer") is future; "a rappelé que" reports, an
    /// ambassador "rappelé" does not.
    #[test]
    fn plans_in_the_first_person_and_reminders() {
        assert_eq!(
            m(
                "« Nous prévoyons d'évacuer 8 000 habitants », a dit le préfet.",
                "évacuer"
            ),
            Modality::Future
        );
        assert_eq!(
            m("Nous allons évacuer le quartier.", "évacuer"),
            Modality::Future
        );
        assert_eq!(
            m(
                "Le ministre a rappelé que les pluies avaient fait 12 morts.",
                "morts"
            ),
            Modality::Reported
        );
        assert_eq!(
            m(
                "L'ambassadeur a été rappelé après la mort de trois manifestants.",
                "mort"
            ),
            Modality::Asserted
        );
    }

    /// "risque de" after a determiner is a noun, the cause of what is told;
    /// as a verb it makes the outcome a possibility.
    #[test]
    fn a_risk_noun_is_no_hypothesis() {
        assert_eq!(
            m(
                "Cinquante habitants ont été évacués lundi en raison d'un risque de submersion.",
                "évacués"
            ),
            Modality::Asserted
        );
        assert_eq!(
            m(
                "Au risque de leur vie, dix pêcheurs ont été secourus.",
                "secourus"
            ),
            Modality::Asserted
        );
        assert_eq!(
            m("Dix blessés risquent de mourir faute de soins.", "blessés"),
            Modality::Hypothetical
        );
        assert_eq!(
            m(
                "Les crues risquent d'affecter des milliers d'habitants.",
                "affecter"
            ),
            Modality::Hypothetical
        );
    }

    /// A negation opening a verb coordinated after the trigger negates
    /// that verb, not the event; one before the trigger still does.
    #[test]
    fn a_negated_coordinated_verb_leaves_the_event() {
        assert_eq!(
            m(
                "La police a confirmé l'attaque mais n'a pas donné de chiffre.",
                "attaque"
            ),
            Modality::Reported
        );
        assert_eq!(
            m(
                "Il a été interpellé et il n'y a pas eu de victime.",
                "interpellé"
            ),
            Modality::Asserted
        );
        assert_eq!(
            m(
                "Les manifestants ont été dispersés et n'ont pas été arrêtés.",
                "arrêtés"
            ),
            Modality::Negated
        );
    }

    /// A claim told by a participle ("…, affirmant avoir tué « plus de 30
    /// soldats »") is reported, like one told by a finite verb.
    /// "fait également état de", "faisait par ailleurs état de": an
    /// adverb inside the verb of report leaves it one.
    #[test]
    fn a_report_with_an_adverb_inside() {
        assert_eq!(
            m(
                "Le communiqué fait également état de 230 personnes blessées.",
                "blessées"
            ),
            Modality::Reported
        );
        assert_eq!(
            m("La police faisait par ailleurs état de 30 morts.", "morts"),
            Modality::Reported
        );
        assert_eq!(
            m(
                "Trente personnes sont mortes dans l'état de Bahia.",
                "mortes"
            ),
            Modality::Asserted
        );
    }

    #[test]
    fn a_claim_in_a_participle_is_reported() {
        assert_eq!(
            m(
                "Les shebab ont revendiqué l'attaque, affirmant avoir tué 30 soldats.",
                "tué"
            ),
            Modality::Reported
        );
        assert_eq!(
            m(
                "Le groupe a diffusé une vidéo disant avoir abattu un drone.",
                "abattu"
            ),
            Modality::Reported
        );
        assert_eq!(
            m("L'armée dit avoir arrêté 32 personnes.", "arrêté"),
            Modality::Reported
        );
        assert_eq!(
            m("Le groupe dit État islamique a tué 30 soldats.", "tué"),
            Modality::Asserted
        );
        assert_eq!(
            m("Les rebelles ont tué 30 soldats.", "tué"),
            Modality::Asserted
        );
    }

    /// "présumé" doubts the noun it follows, not the event, unless it
    /// stands beside the trigger or after a copula.
    #[test]
    fn presumed_perpetrators_leave_the_event_asserted() {
        assert_eq!(
            m("Des jihadistes présumés ont tué douze villageois.", "tué"),
            Modality::Asserted
        );
        assert_eq!(
            m("La police a arrêté trois trafiquants présumés.", "arrêté"),
            Modality::Asserted
        );
        assert_eq!(
            m(
                "Une attaque chimique présumée a fait vingt morts.",
                "attaque"
            ),
            Modality::Uncertain
        );
        assert_eq!(
            m("Un présumé attentat a visé la gare.", "attentat"),
            Modality::Uncertain
        );
        assert_eq!(
            m(
                "Les deux hommes sont présumés tués dans l'explosion.",
                "tués"
            ),
            Modality::Uncertain
        );
    }

    /// Ruling out is denying: "a exclu toute démission".
    #[test]
    fn ruling_out_is_denying() {
        assert_eq!(
            m(
                "La Première ministre, qui a exclu toute démission, a parlé.",
                "démission"
            ),
            Modality::Negated
        );
        assert_eq!(
            m(
                "Le gouvernement exclut toute intervention militaire.",
                "intervention"
            ),
            Modality::Negated
        );
    }

    /// "ne … que" restricts; the end of a word in "que" ("attaque") is no
    /// "que".
    #[test]
    fn a_word_ending_in_que_is_no_restriction() {
        assert_eq!(
            m("Aucune attaque n'a été signalée depuis lundi.", "attaque"),
            Modality::Negated
        );
        assert_eq!(
            m(
                "Aucune attaque n'ayant permis de creuser des écarts.",
                "attaque"
            ),
            Modality::Negated
        );
        assert_eq!(
            m("L'attaque n'a fait que deux blessés.", "attaque"),
            Modality::Asserted
        );
    }

    /// "n'avait pas connu … depuis 1994": the past event measured against
    /// is asserted; a plain "n'a pas connu" denies.
    #[test]
    fn not_seen_since_asserts_the_past_event() {
        assert_eq!(
            m(
                "Le pays n'avait pas connu une épidémie d'une telle ampleur depuis 1994, lorsque 12 000 réfugiés avaient succombé.",
                "épidémie"
            ),
            Modality::Asserted
        );
        assert_eq!(
            m(
                "La ville n'a jamais vu une telle crue depuis 1910, quand la Seine avait débordé.",
                "crue"
            ),
            Modality::Asserted
        );
        assert_eq!(
            m(
                "Le Lot n'avait pas connu d'accident de chasse mortel depuis 2017.",
                "accident"
            ),
            Modality::Negated
        );
        assert_eq!(
            m("Le pays n'a pas connu d'épidémie cette année.", "épidémie"),
            Modality::Negated
        );
    }

    /// A negation in a "sans que" clause after the trigger is that
    /// clause's.
    #[test]
    fn a_negation_after_sans_que_is_its_clauses() {
        assert_eq!(
            m(
                "Vingt rebelles ont été arrêtés, sans qu'aucun soldat ne soit blessé.",
                "arrêtés"
            ),
            Modality::Asserted
        );
        assert_eq!(
            m(
                "Aucun rebelle n'a été arrêté, sans que personne ne sache pourquoi.",
                "arrêté"
            ),
            Modality::Negated
        );
    }

    /// The source after an inverted verb ends before a new clause.
    #[test]
    fn a_source_ends_before_a_new_clause() {
        let s = "Cinq personnes sont mortes, ont annoncé les autorités, alors que la pluie tombe.";
        let a = assess(s, s.find("mortes").unwrap());
        let (x, y) = a.attribution.unwrap();
        assert_eq!(&s[x..y], "ont annoncé les autorités");
        let s = "« Le kamikaze s'est fait exploser », a déclaré le porte-parole, Nasrat Rahimi.";
        let a = assess(s, s.find("exploser").unwrap());
        let (x, y) = a.attribution.unwrap();
        assert_eq!(&s[x..y], "a déclaré le porte-parole, Nasrat Rahimi");
    }

    /// The source after an inverted verb runs past an abbreviation's
    /// period: "a déclaré M. Tokaïev dans une allocution".
    #[test]
    fn a_source_runs_past_an_abbreviation() {
        let s = "« J'accepte », a déclaré M. Tokaïev dans une allocution.";
        let a = assess(s, s.find("accepte").unwrap());
        let (x, y) = a.attribution.unwrap();
        assert_eq!(&s[x..y], "a déclaré M. Tokaïev dans une allocution");
    }

    /// Hearsay is uncertain; a denied rumour is negated.
    #[test]
    fn rumours_are_uncertain() {
        assert_eq!(
            m(
                "Des rumeurs courent sur un homme ayant été blessé.",
                "blessé"
            ),
            Modality::Uncertain
        );
        assert_eq!(
            m(
                "La panique a été causée par une rumeur d'attaque à la bombe.",
                "attaque"
            ),
            Modality::Uncertain
        );
        assert_eq!(
            m("La police dément toute rumeur de prise d'otages.", "otages"),
            Modality::Negated
        );
    }

    /// The futur antérieur before a participle looks back; before a noun
    /// it is the future.
    #[test]
    fn the_futur_anterieur_looks_back() {
        assert_eq!(
            m("La bataille aura duré près de 110 jours.", "bataille"),
            Modality::Asserted
        );
        assert_eq!(
            m("L'attaque aura fait 20 morts.", "attaque"),
            Modality::Asserted
        );
        assert_eq!(
            m("Le procès aura lieu en mars.", "procès"),
            Modality::Future
        );
        assert_eq!(
            m("La manifestation aura des suites.", "manifestation"),
            Modality::Future
        );
    }

    #[test]
    fn denied_is_negated() {
        assert_eq!(
            m(
                "Le porte-parole dément toute rumeur de prise d'otages en cours.",
                "prise"
            ),
            Modality::Negated
        );
        assert_eq!(
            m(
                "« Vous mentez en disant que vous avez tué 60 de nos hommes »",
                "tué"
            ),
            Modality::Negated
        );
        // The release is denied; the hostages are still held.
        assert_eq!(
            m(
                "Boko Haram dément la libération des 5 000 otages.",
                "otages"
            ),
            Modality::Asserted
        );
    }

    /// An inverted verb with its pronoun ends a reported sentence: the
    /// pronoun is the source ("…, ont-ils écrit", "a-t-il conclu").
    #[test]
    fn inverted_pronoun_reports() {
        let s = "Sept personnes ont été tuées dans l'explosion, ont-ils écrit.";
        let a = assess(s, s.find("tuées").unwrap());
        assert_eq!(a.modality, Modality::Reported);
        assert_eq!(a.attribution.map(|(x, y)| &s[x..y]), Some("ont-ils écrit"));
        let s = "« Sept morts et 28 blessés », a-t-il conclu, tout en annonçant le bilan.";
        let a = assess(s, s.find("morts").unwrap());
        assert_eq!(a.attribution.map(|(x, y)| &s[x..y]), Some("a-t-il conclu"));
    }

    /// A negation does not reach across a coordinated verb: "il n'a pas pu
    /// être réanimé et est décédé" tells the death.
    #[test]
    fn negation_stops_at_a_coordinated_verb() {
        let s = "Il n'a pas pu être réanimé par les secours et est décédé vers 20 heures.";
        assert_eq!(m(s, "est décédé"), Modality::Asserted);
        let s = "Les policiers n'ont pas été blessés.";
        assert_eq!(m(s, "blessés"), Modality::Negated);
    }

    /// A conditional in a relative clause of the subject doubts what the
    /// relative tells, not the toll its main verb tells.
    #[test]
    fn a_conditional_in_the_subjects_relative_is_not_the_tolls() {
        let s = "Deux hommes qui auraient tiré sur la foule ont été arrêtés.";
        assert_eq!(m(s, "arrêtés"), Modality::Asserted);
        let s = "Deux hommes qui gardaient le poste auraient été tués.";
        assert_eq!(m(s, "tués"), Modality::Uncertain);
        let s = "Deux hommes auraient été arrêtés.";
        assert_eq!(m(s, "arrêtés"), Modality::Uncertain);
    }

    /// A clause-initial "s'il" states a condition; after "savoir" or
    /// "demander" it asks a question.
    #[test]
    fn elided_if_is_hypothetical() {
        let s = "« S'il y a dix morts, le gouvernement tombera », a-t-il dit.";
        assert_eq!(m(s, "morts"), Modality::Hypothetical);
        let s = "Toujours en garde à vue mercredi, on ne sait s'il a été transféré.";
        assert_eq!(m(s, "garde"), Modality::Asserted);
    }

    #[test]
    fn asserted() {
        assert_eq!(m("7 soldats ont été tués.", "tués"), Modality::Asserted);
    }

    #[test]
    fn conditional_is_uncertain() {
        let s = "Une centaine d'entre eux aurait été abattue lors de batailles.";
        assert_eq!(m(s, "abattue"), Modality::Uncertain);
        assert_eq!(
            m("Samat Abish aurait été arrêté.", "arrêté"),
            Modality::Uncertain
        );
        assert_eq!(
            m("Cette arrestation n'est pas confirmée.", "arrestation"),
            Modality::Uncertain
        );
        // The conditional of any verb in -er ("porterait", "s'élèverait"),
        // not an imperfect in -érait ("opérait").
        assert_eq!(
            m("Ce décès porterait le bilan à sept morts.", "morts"),
            Modality::Uncertain
        );
        assert_eq!(
            m(
                "Le chirurgien opérait quand sept morts ont été annoncés.",
                "morts"
            ),
            Modality::Asserted
        );
    }

    #[test]
    fn attribution_is_reported() {
        let s = "Selon les rapports, les attaques sont menées par des groupes.";
        let a = assess(s, s.find("attaques").unwrap());
        assert_eq!(a.modality, Modality::Reported);
        let (x, y) = a.attribution.unwrap();
        assert_eq!(&s[x..y], "Selon les rapports");
        // An adverb with an apostrophe between the auxiliary and the verb.
        let t = "Le gouvernement avait d'abord annoncé 160 morts.";
        assert_eq!(
            assess(t, t.find("160").unwrap()).modality,
            Modality::Reported
        );
        // A title's abbreviation is no end of the source.
        for (s, source) in [
            (
                "Selon M. Nasiri, six personnes ont été tuées.",
                "Selon M. Nasiri",
            ),
            (
                "D'après Dr. Kane, deux patients sont morts.",
                "D'après Dr. Kane",
            ),
        ] {
            let a = assess(s, s.find("personnes").or(s.find("patients")).unwrap());
            assert_eq!(a.modality, Modality::Reported, "{s}");
            let (x, y) = a.attribution.unwrap();
            assert_eq!(&s[x..y], source);
        }
        assert_eq!(
            m("Trois morts, a indiqué la police.", "morts"),
            Modality::Reported
        );
        assert_eq!(
            m("Il ajoute que l'opération a fait 60 morts.", "morts"),
            Modality::Reported
        );
        assert_eq!(
            m(
                "La préfecture confirme que deux personnes sont mortes.",
                "mortes"
            ),
            Modality::Reported
        );
        assert_eq!(
            m("D'après l'AFP, trois personnes sont mortes.", "mortes"),
            Modality::Reported
        );
    }

    #[test]
    fn uncertainty_cue_may_end_after_the_window() {
        let s = "L'arrestation de trois jeunes suspects n'est pas confirmée.";
        assert_eq!(m(s, "arrestation"), Modality::Uncertain);
    }

    #[test]
    fn negation_future_hypothetical() {
        assert_eq!(m("Il n'a pas été arrêté.", "arrêté"), Modality::Negated);
        assert_eq!(
            m("On ne déplore aucun blessé.", "blessé"),
            Modality::Negated
        );
        assert_eq!(
            m("Le président présentera une série de réformes.", "réformes"),
            Modality::Future
        );
        // A name is no future verb ("Narendra", "Alexandra").
        assert_eq!(
            m(
                "Le Premier ministre Narendra Modi a présenté ses condoléances.",
                "présenté"
            ),
            Modality::Asserted
        );
        // What someone calls for is not yet held.
        assert_eq!(
            m(
                "L'opposition a appelé à de nouvelles manifestations mardi.",
                "manifestations"
            ),
            Modality::Future
        );
        assert_eq!(
            m("Les syndicats appellent à la grève.", "grève"),
            Modality::Future
        );
        assert_eq!(
            m(
                "Il a appelé au calme après les manifestations.",
                "manifestations"
            ),
            Modality::Asserted
        );
        // A plan: "est prévue", "sont programmées"; not a plan carried out.
        assert_eq!(
            m("Une nouvelle journée de grève est prévue mardi.", "grève"),
            Modality::Future
        );
        assert_eq!(
            m(
                "La manifestation prévue samedi a rassemblé 3 000 personnes.",
                "manifestation"
            ),
            Modality::Asserted
        );
        assert_eq!(
            m("Ils pourraient être expulsés.", "expulsés"),
            Modality::Hypothetical
        );
        // What they cannot do is a fact, not a hypothesis.
        assert_eq!(
            m(
                "Vingt-six d'entre eux ne pourront pas regagner leur logement avant des semaines.",
                "regagner"
            ),
            Modality::Asserted
        );
        assert_eq!(
            m(
                "Vingt-six d'entre eux pourront regagner leur logement.",
                "regagner"
            ),
            Modality::Hypothetical
        );
        // What may be so already is uncertain.
        assert_eq!(
            m(
                "Trois ouvriers pourraient encore se trouver sous les gravats.",
                "ouvriers"
            ),
            Modality::Uncertain
        );
        assert_eq!(
            m("Dix civils pourraient avoir été tués.", "tués"),
            Modality::Uncertain
        );
        assert_eq!(m("Il va démissionner.", "démissionner"), Modality::Future);
    }
}
