//! Human-toll figures: killed, injured, arrested, missing, kidnapped,
//! displaced, affected.
//!
//! One pass of a trigger regex over the whole text picks the sentences that
//! speak of a toll; in those, every number (see [`numbers`]) is read against
//! its neighbours by a few constructions of news French:
//!
//! * the number before its toll word, with the victims and an auxiliary in
//!   between: "32 morts", "faisant 3 morts et 12 blessés", "7 soldats ont été
//!   tués", "748 soldats et 18 policiers ont été gravement blessés",
//!   "Une centaine d'entre eux aurait été abattue", "34 personnes ont perdu la
//!   vie", "porte à 86 le nombre de personnes tuées";
//! * the number after an active verb or a noun of the act: "tuant 7
//!   soldats", "a tué 14 personnes", "la mort de plus de 60 terroristes",
//!   "l'arrestation de 3 suspects";
//! * a toll stated by its total: "le bilan s'élève à 34", "le nombre de morts
//!   est passé à 12";
//! * sub-counts and enumerations that inherit the category of the figure
//!   before them: "29 morts, dont 27 policiers", "8 morts parmi les FDS, 2
//!   gendarmes et 6 soldats";
//! * bounds: "entre 600 et 800", "16 ou 17", "le bilan passe de 13 à 27
//!   morts" (two figures), and the qualifiers "au moins", "plus de", "près
//!   de", "environ", "jusqu'à";
//! * "aucun blessé": a figure of 0.
//!
//! Numbers of other things (ages, years, durations, money, magnitudes,
//! vehicles, buildings) are not read: their unit follows them, or their noun
//! is not a person.

use std::sync::LazyLock;

use crate::fast_regex::FastRegex;

use crate::document::Document;
use crate::extract::groups;
use crate::extract::modality;
use crate::extract::numbers::{self, Number, NumberKind};
use crate::model::{CasualtyCategory as Cat, CasualtyFigure, Category, Modality, Severity};

/// Quick gate: a sentence without any of these stems has no toll.
static GATE: LazyLock<FastRegex> = LazyLock::new(|| {
    let stems: Vec<&str> = include_str!("casualties.tsv")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    FastRegex::new(&format!(r"(?i)\b(?:{})", stems.join("|"))).unwrap()
});

/// Toll words (nouns, participles, finite verbs) after the number.
/// Each alternative is one named group per category; `noun` marks words that
/// are nouns only (they must follow the number directly).
static TOLL: LazyLock<FastRegex> = LazyLock::new(|| {
    let e = "[eé]";
    // Participle endings: "é", "és", "ée", "ées" (and unaccented "ee"),
    // never the present "tue", "blesse".
    let pp = "(?:ées?|ees?|és?)";
    // "dont 1 698 mortels": fatal cases.
    // "2 900 homicides", "trois meurtres", "118 féminicides": the killed.
    let killed_noun = format!(
        r"victimes?|d{e}c[eè]s|cadavres|corps|d{e}pouilles|d{e}funts|noyades|(?:cas\s+)?mortels|homicides|meurtres|assassinats|f{e}minicides|martyrs"
    );
    let killed = [
        format!(r"tu{pp}"),
        // "brûlées vives": dead, not burnt.
        format!(r"br[uû]l{pp}\s+vi(?:f|fs|ve|ves)"),
        // "a été retrouvé mort", "découverts sans vie"; at a hospital,
        // "trois personnes arrivées sans vie"; taken out of snow, water or
        // rubble: "dégagé sans vie", "extraits sans vie", "repêchée sans vie".
        // (A day may come between: "découverts lundi soir sans vie".)
        format!(
            r"(?:retrouv{pp}|d{e}couverte?s?|arriv{pp}|d{e}gag{pp}|extraite?s?|rep[eê]ch{pp})(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:soir|matin))?)?\s+(?:morte?s?|sans\s+vie)"
        ),
        r"mort(?:e|s|es)?".to_string(),
        format!(r"d{e}c{e}d{pp}"),
        format!(r"p{e}ri(?:e|s|es)?"),
        r"abattue?s?".to_string(),
        // Military euphemisms, for armed groups only (`is_euphemism`).
        format!(r"neutralis{pp}"),
        format!(r"{e}limin{pp}"),
        format!(r"assassin{pp}"),
        format!(r"ex{e}cut{pp}"),
        format!(r"massacr{pp}"),
        format!(r"{e}gorg{pp}"),
        format!(r"lynch{pp}"),
        format!(r"fusill{pp}"),
        format!(r"noy{pp}"),
        format!(r"carbonis{pp}"),
        format!(r"calcin{pp}"),
        format!(r"d{e}capit{pp}"),
        // "n'ont pas pu être sauvés", "n'a pu être réanimée".
        format!(r"n['’](?:a|ont|avait|avaient|aurait|auraient)\s+(?:pas\s+)?pu\s+[êe]tre\s+(?:sauv|r{e}anim){pp}"),
        // "un adolescent se noie à Mimizan" (a headline's present).
        r"se\s+noi(?:e|ent)".to_string(),
        // Beaten, stabbed or stoned to death: "battus à mort", "roué de
        // coups jusqu'à la mort", "mortellement poignardé".
        format!(
            r"(?:battue?s?|frapp{pp}|poignard{pp}|tabass{pp}|tortur{pp}|pi{e}tin{pp}|lapid{pp}|matraqu{pp}|brutalis{pp}|rou{pp}\s+de\s+coups|lard{pp}\s+de\s+coups\s+de\s+couteau)\s+(?:[àa]\s+mort|jusqu['’]\s*[àa]\s+(?:la\s+)?mort)"
        ),
        format!(r"mortellement\s+(?:poignard{pp}|frapp{pp}|touch{pp}|atteinte?s?)"),
        // "tombés au combat", "tombés les armes à la main", "tombé sous
        // les balles"; "tombés en héros", "morts en martyrs" (army
        // communiqués).
        format!(
            r"tomb{pp}\s+(?:au\s+combat|au\s+champ\s+d['’]honneur|les\s+armes\s+[àa]\s+la\s+main|sous\s+les\s+balles|en\s+h[ée]ros|en\s+martyrs?)"
        ),
        r"(?:perdu|perd(?:ent)?)\s+la\s+vie".to_string(),
        format!(r"(?:trouv{e}e?s?|trouv(?:e|ent))\s+la\s+mort"),
        format!(r"laiss{e}\s+la\s+vie"),
        format!(r"succomb(?:{e}e?s?|e|ent)"),
        r"meur(?:t|ent)".to_string(),
        format!(r"p{e}riss(?:ent)?"),
        format!(r"d{e}c[eè]d(?:e|ent)"),
    ]
    .join("|");
    // Where or by whom the hurt are cared for: "soignés sur place", "pour
    // des brûlures", "par les secouristes".
    let care = format!(
        r"(?:pour|sur\s+place|[àa]\s+l['’]h[ôo]pital|dans\s+(?:un|des|les)\s+h[ôo]pita|par\s+(?:les|des)\s+(?:secouristes|pompiers|m{e}decins|urgentistes|infirmi|services\s+(?:de\s+secours|m{e}dicaux)|street\s+medics))"
    );
    let injured = [
        format!(r"bless{pp}"),
        // "touchées par balles": wounded, not "affected".
        format!(r"touch{pp}\s+par\s+(?:des\s+|une?\s+)?(?:balles?|projectiles?|tirs?|{e}clats?|grenades?)"),
        // "trois avaient été grièvement touchés": hit, and hurt.
        format!(r"(?:gri[eè]vement|gravement|s{e}rieusement|l{e}g[eè]rement)\s+(?:touch{pp}|atteinte?s?)"),
        // "dont deux souffrant de graves brûlures".
        format!(r"souffr(?:ant|ent|aient|ait|e)\s+(?:de\s+|d['’]\s*)(?:(?:graves|s[ée]rieuses|multiples|nombreuses|l[ée]g[èe]res)\s+)?{BODILY_HARM}"),
        format!(r"hospitalis{pp}"),
        // "une quinzaine de rescapés présentaient des brûlures chimiques";
        // "les 19 autres ont subi des blessures mineures".
        format!(r"(?:pr{e}sent(?:ent|aient|ait|e|ant)|(?:ont|avaient|a|avait|auraient|aurait)\s+subi|subissant)\s+(?:des|de\s+(?:graves|s{e}rieuses|multiples|nombreuses|l{e}g[eè]res))\s+(?:br[uû]lures|blessures|fractures|contusions|plaies|traumatismes|l{e}sions)"),
        // Taken to hospital: "quatre autres occupants ont été transportés à
        // l'hôpital", "évacués vers le CHU", "conduits aux urgences", "prises
        // en charge par les hôpitaux de la capitale".
        format!(r"(?:transport{pp}|achemin{pp}|{e}vacu{pp}|transf{e}r{pp}|h{e}liport{pp}|conduite?s?|admise?s?)\s+(?:(?:en\s+urgence(?:\s+absolue)?|d['’]urgence|par\s+h{e}licopt[eè]re|en\s+ambulances?|par\s+ambulances?|par\s+les\s+(?:secours|pompiers))\s+)?(?:[àa]|vers|au|aux|dans|par)\s+(?:l['’]\s*|les\s+|le\s+|la\s+|des\s+|un\s+|une\s+|plusieurs\s+|deux\s+|trois\s+)?{HOSPITAL}"),
        format!(r"pris(?:e|es)?\s+en\s+charge\s+(?:par|dans)\s+(?:l['’]\s*|les\s+|le\s+|la\s+|des\s+)?{HOSPITAL}"),
        // In hospital, told as a state: "deux autres enfants sont à
        // l'hôpital avec des brûlures", "trois se trouvent toujours à
        // l'hôpital".
        // (The verb of being there, before, is `toll_after`'s to check:
        // `there_before`; a verb in the pattern cost its automaton 600 KB.)
        r"[àa]\s+l['’]\s*h[ôo]pital|aux\s+urgences|en\s+soins\s+intensifs".to_string(),
        format!(r"intoxiqu{pp}"),
        // "quinze personnes incommodées" (by fumes, a gas leak).
        format!(r"incommod{pp}"),
        // Hit somewhere named: "un policier a été atteint à la jambe",
        // "atteinte par une balle".
        r"atteinte?s?\s+(?:par\s+(?:une?\s+|des\s+)?(?:balles?|tirs?|projectiles?|[ée]clats?|coups?\s+de\s+(?:feu|couteau))|(?:[àa]\s+la|au|aux|[àa]\s+l['’])\s*(?:jambes?|t[êe]te|poitrine|cuisses?|mains?|[ée]paules?|gorge|nuque|hanches?|bras|ventre|thorax|cou|pieds?|genoux?|dos|visage|abdomen|flanc|[œo]il|yeux|bassin|mollets?|chevilles?|torse|cr[âa]ne))".to_string(),
        // Beaten: "passés à tabac", "roués de coups", "tabassés".
        format!(r"pass{pp}\s+[àa]\s+tabac|rou{pp}\s+de\s+coups|tabass{pp}"),
        // "une cinquantaine de personnes ont été soignées pour des brûlures".
        // "ont été traitées à l'hôpital", "traités pour des brûlures"
        // (not "le dossier a été traité").
        format!(r"trait{pp}\s+(?:[àa]\s+l['’]h[ôo]pital|(?:dans|par)\s+(?:un|des|les|l['’])\s*(?:h[ôo]pita|clinique|m{e}decins|urgences)|pour\s+(?:des\s+(?:br[uû]lures|blessures|intoxications?|fractures|difficult{e}s\s+respiratoires|probl[èe]mes\s+respiratoires|coups\s+de\s+chaleur|engelures|malaises)|(?:un\s+)?coup\s+de\s+chaleur|(?:une\s+)?(?:hypothermie|d{e}shydratation)))"),
        format!(r"soign{pp}\s+{care}"),
        // Cared for, told alone at the clause's end: "neuf personnes ont
        // finalement été soignées, une femme…" (not "a soigné deux
        // chiens"). (An alternative of "soign", not of "été": a branch of
        // its own on a word that common would cost the automaton states.)
        format!(r"soign{pp}\s*(?:,\s*|$)"),
        format!(r"br[uû]l{pp}"),
        r"traumatis[eé]e?s?".to_string(),
        // "six militaires ont été renversés par une voiture", "un motard a
        // été fauché par un poids lourd".
        format!(r"(?:renvers|fauch){pp}\s+par\s+(?:un|une|le|la|leur|des)\s+(?:voiture|v{e}hicule|camion|poids\s+lourd|semi-remorque|bus|car|train|tram(?:way)?|automobiliste|chauffard|conducteur|conductrice|moto|scooter|fourgon(?:nette)?|van)"),
        // A state: "cinq sont dans un état critique", "quatre d'entre eux
        // sont en urgence absolue", "un manifestant est dans le coma".
        // ("dans un état jugé critique", "… qualifié de grave".)
        format!(r"dans\s+un\s+{e}tat\s+(?:(?:jug{e}|consid{e}r{e}|qualifi{e}|d{e}crit)\s+(?:de\s+|comme\s+)?)?(?:grave|critique|s{e}rieux|pr{e}occupant|d{e}sesp{e}r{e})"),
        format!(r"en\s+(?:{e}tat\s+d['’]\s*)?(?:«\s*)?urgence\s+absolue"),
        // "quatre d'entre elles ont été prises en charge en urgence absolue".
        format!(r"pris(?:e|es)?\s+en\s+charge\s+(?:en\s+(?:{e}tat\s+d['’]\s*)?urgence\s+absolue|dans\s+un\s+{e}tat\s+(?:grave|critique|s{e}rieux|pr{e}occupant)|pour\s+(?:des|une?|de\s+(?:graves|l{e}g[eè]res|multiples))\s+(?:br[uû]lures?|blessures?|fractures?|contusions?|plaies?|traumatismes?|intoxications?|hypothermies?|accidents?\s+de\s+d{e}compression))"),
        r"entre\s+la\s+vie\s+et\s+la\s+mort".to_string(),
        // Maimed: "aurait perdu un œil", "éborgnés", "amputée d'une jambe".
        r"(?:a|ont|aurait|auraient|avait|avaient)\s+perdu\s+(?:un|une|l['’]\s*|les\s+deux)\s*(?:[œo]eil|[œo]il|yeux|jambes?|bras|mains?|pieds?)\b".to_string(),
        format!(r"{e}borgn{pp}|amput{pp}\s+d['’]\s*(?:une|un|les)\s+(?:jambes?|bras|mains?|pieds?)"),
        r"dans\s+le\s+coma".to_string(),
        // In intensive care: "onze patients se trouvaient toujours en
        // réanimation", "trois enfants ont été placés en réanimation".
        format!(r"en\s+r{e}animation"),
    ]
    .join("|");
    let arrested_noun =
        format!(r"arrestations?|interpellations?|gardes?\s+[aà]\s+vue|incarc{e}rations?");
    let arrested = [
        format!(r"arr[eê]t{pp}"),
        format!(r"interpell?{pp}"),
        format!(r"appr{e}hend{pp}"),
        format!(r"captur{pp}"),
        // "112 évadés ont été rattrapés", "l'un des évadés a été repris".
        format!(r"rattrap{pp}"),
        r"repris(?:e|es)?\b".to_string(),
        format!(r"incarc{e}r{pp}"),
        format!(r"{e}crou{pp}"),
        // The stages of a case after the arrest: "quinze suspects ont été
        // déférés", "onze d'entre eux ont été mis en examen".
        format!(r"d{e}f{e}r{pp}"),
        r"mise?s?\s+en\s+examen".to_string(),
        format!(r"emprisonn{pp}"),
        // "ont été brièvement détenus", "sont détenus depuis samedi" (the
        // auxiliary in the form: "Deux détenus ont été tués" are inmates).
        format!(r"(?:(?:ont|avaient|auraient|avait|a|aurait)\s+{e}t{e}|(?:sont|{e}taient|seraient|est|{e}tait|serait|restent|demeurent)(?:\s+toujours|\s+encore)?)\s+(?:bri[eè]vement\s+|arbitrairement\s+|ill{e}galement\s+)?d{e}tenue?s?\b"),
        r"retenue?s?\s+(?:par\s+la\s+police|au\s+commissariat|par\s+les\s+forces\s+de\s+l['’]ordre)".to_string(),
        format!(r"(?:plac|mis|plac{e}e?s)\s*{e}?e?s?\s+en\s+(?:garde\s+[aà]\s+vue|d{e}tention)"),
        // "placées samedi en garde à vue", "placés dimanche soir en détention",
        // "placés jeudi sous le contrôle de la police" (as Xinhua writes of
        // a mine's managers; not "sous contrôle judiciaire", a release).
        format!(r"plac{pp}\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|soir|apr[eè]s-midi))?\s+)?(?:en\s+(?:garde\s+[aà]\s+vue|d{e}tention)|sous\s+(?:le\s+)?contr[ôo]le\s+(?:de\s+la\s+police|policier|des\s+autorit{e}s))"),
        r"en\s+garde\s+[aà]\s+vue".to_string(),
        // Taken to the police station: "412 personnes ont été conduites au
        // poste", "emmenés au commissariat".
        format!(r"(?:conduit|emmen{e}|amen{e}|escort{e})e?s?\s+(?:au\s+(?:poste|commissariat)|dans\s+(?:un|des|les)\s+(?:postes|commissariats|fourgons))"),
        // "23 ont fait l'objet d'une arrestation judiciaire", "d'une
        // mesure de garde à vue" (not "d'un mandat d'arrêt": sought).
        format!(r"(?:(?:fait|font|faisait|faisaient|fera|feront)\s+)?l['’]objet\s+d['’]\s*une?\s+(?:(?:mesure|proc{e}dure)\s+(?:de\s+|d['’]\s*))?(?:arrestation|interpellation|garde\s+[aà]\s+vue|placement\s+en\s+(?:garde\s+[aà]\s+vue|d{e}tention)|incarc{e}ration)"),
        // In Belgium: "placés mardi sous mandat d'arrêt", "privées de liberté";
        // and "placés sous mandat de dépôt".
        format!(r"plac{pp}\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+)?{MANDATE}"),
        format!(r"priv{pp}\s+de\s+(?:leur\s+)?libert{e}"),
        // "en a placé neuf sous mandat d'arrêt" (the verb before the figure).
        MANDATE.to_string(),
        // "faits prisonniers", "se sont constitués prisonniers".
        format!(r"(?:faite?s?|constitu{pp})\s+prisonni(?:er|ers|ère|ères)"),
        // "restent prisonniers en Russie", "sont toujours prisonniers de
        // guerre" (not "prisonniers des boues": trapped).
        // "plus de 20 000 personnes sont toujours en détention", "restent
        // derrière les barreaux".
        r"(?:sont|restent|demeurent|[ée]taient|restaient|seraient)\s+(?:toujours\s+|encore\s+)?(?:prisonni(?:er|ers|ère|ères)(?:\s+de\s+guerre\b|\s+(?:en|au|aux|[àa]|dans|par|depuis|chez)\b|\s*[,.;)]|\s*$)|en\s+d[ée]tention|derri[eè]re\s+les\s+barreaux)".to_string(),
    ]
    .join("|");
    let missing = [
        r"disparue?s?".to_string(),
        r"manqu(?:e|ent|ait|aient|erait|eraient|ant)\s+(?:[\w'’]+\s+){0,3}?[aà]\s+l['’]appel".to_string(),
        // "n'avaient toujours pas été localisés", "n'ont pas encore été retrouvés".
        // "n'ont jamais été retrouvés"; "sept personnes non localisées".
        // "n'a plus donné signe de vie depuis lundi".
        format!(r"n['’](?:a|ont|avait|avaient)\s+(?:toujours\s+|encore\s+)?(?:(?:pas|jamais)\s+(?:encore\s+)?{e}t{e}\s+(?:retrouv|localis){pp}|(?:plus|pas|jamais)\s+donn{e}\s+(?:de\s+)?signes?\s+de\s+vie)"),
        format!(r"non\s+(?:encore\s+)?localis{pp}"),
        // "pourraient encore se trouver sous les décombres".
        format!(r"(?:(?:toujours|encore)\s+|se\s+trouv(?:er|ent|aient|ait|e)\s+(?:toujours\s+|encore\s+)?)sous\s+(?:les|des)\s+(?:d{e}combres|gravats|ruines|{e}boulis|d{e}bris)"),
        r"introuvables?".to_string(),
        // "six sont toujours recherchées", "un troisième toujours
        // recherché" (not the suspects still sought: see `toll_after`).
        format!(r"(?:toujours|encore|activement)\s+recherch{pp}"),
        // "une vingtaine d'autres dont on est sans nouvelles".
        r"dont\s+on\s+(?:est|[ée]tait|reste|restait|n'a|n’a|n'avait|n’avait)\s+(?:toujours\s+|encore\s+)?(?:sans|aucune|pas\s+de)\s+nouvelles?".to_string(),
        // Trapped: "onze mineurs sont bloqués au fond", "ensevelis sous les
        // décombres" (their fate unknown).
        format!(r"(?:(?:bloqu|coinc|pi{e}g|emmur){pp}|prise?s?\s+au\s+pi[eè]ge)\s+(?:au\s+fond|sous\s+(?:les|des)\s+(?:d{e}combres|gravats|ruines|{e}boulis|d{e}bris)|sous\s+terre|dans\s+(?:la|une)\s+(?:mine|galerie|grotte))"),
        // "piégés par l'explosion", "par l'éboulement" (a mine's).
        format!(r"(?:bloqu|coinc|pi{e}g|emmur){pp}\s+par\s+(?:l['’]\s*(?:explosion|{e}boulement|effondrement)|le\s+coup\s+de\s+grisou)"),
        r"ensevelie?s?".to_string(),
        // "seraient encore prisonniers des boues".
        format!(r"prisonni(?:er|ers|ère|ères)\s+(?:de\s+l['’]\s*(?:[ée]pave|eau|avalanche)|(?:des|de\s+la|du)\s+(?:boues|d{e}combres|gravats|ruines|eaux|glaces|neiges|flammes|coul{e}es|{e}boulis))"),
        // Swept away by the water: "emporté par un torrent", "par les flots".
        format!(r"(?:emport|happ|entra[iî]n){pp}\s+par\s+(?:les\s+eaux|la\s+crue|les\s+crues|les\s+flots|une?\s+(?:torrent|vague|lame)|le\s+(?:torrent|courant)|les\s+vagues|la\s+rivi[eè]re|le\s+fleuve|la\s+mer)"),
    ]
    .join("|");
    let kidnapped_noun = r"otages|enl[eè]vements".to_string();
    // "32 disparitions forcées".
    let missing_noun = format!(r"disparitions(?:\s+forc{e}es)?");
    // In the hands of captors: "aux mains des ravisseurs", "du Hamas", "de
    // l'Armée de libération nationale", "de la guérilla".
    let held_by = r"(?:aux|entre\s+les)\s+mains\s+(?:de(?:s|\s+leurs)\s+(?:ravisseurs|kidnappeurs|preneurs\s+d['’]otages|jihadistes|djihadistes|rebelles|bandits|pirates|hommes\s+arm[ée]s|miliciens|insurg[ée]s|terroristes|gu[ée]rilleros)|de\s+la\s+(?:gu[ée]rilla|milice|rébellion)|(?:de\s+l['’]\s*|de\s+la\s+|du\s+|de\s+)(?-i:\p{Lu}\p{L}*))";
    let kidnapped = [
        format!(r"enlev{pp}"),
        // "les dix autres sont toujours retenus par le gang".
        // ("retenus pendant près de quatre heures par les mutins".)
        format!(r"(?:retenue?s?|d{e}tenue?s?|s{e}questr{pp})\s+(?:en\s+captivit{e}\s+)?(?:(?:pendant|durant)\s+(?:pr[eè]s\s+de\s+|plus\s+de\s+)?\S+\s+(?:heures?|jours?|semaines?|mois)\s+)?par\s+(?:le|les|un|des|leurs?|ce|ces)\s+(?:gangs?|ravisseurs|hommes\s+arm{e}s|pirates|preneurs\s+d['’]otages|jihadistes|djihadistes|islamistes|rebelles|bandits|assaillants|kidnappeurs|groupes?\s+arm{e}s?|miliciens|terroristes|manifestants|protestataires|{e}meutiers|gr{e}vistes|villageois|mutins|d{e}tenus|prisonniers)"),
        // ("Deux soldats seraient en outre aux mains des rebelles".)
        format!(r"(?:toujours|encore|(?:sont|seraient|[ée]taient)(?:\s+(?:en\s+outre|[ée]galement|aussi|d[ée]sormais))?)\s+(?:{held_by}|en\s+captivit[ée])"),
        // Hostages still held somewhere named: "128 sont toujours retenues
        // à Gaza", "deux hommes sont toujours retenus au Mali" (not "en
        // garde à vue": a place's name follows).
        r"(?:toujours|encore)\s+retenue?s?\s+(?:[àa]|au|aux|en|dans)\s+(?:la\s+(?:bande\s+de\s+)?|le\s+|l['’]\s*)?(?-i:\p{Lu}\p{L}*)".to_string(),
        // "27 élèves restaient aux mains des ravisseurs", "restaient mardi
        // entre les mains de leurs ravisseurs".
        format!(r"(?:rest(?:e|ent|ait|aient)|demeur(?:e|ent|ait|aient))\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|soir))?\s+|ce\s+(?:matin|soir)\s+|dans\s+la\s+soir[ée]e\s+)?(?:toujours\s+|encore\s+)?(?:{held_by}|en\s+captivit[ée]|captifs?|captives?|otages?)"),
        format!(r"kidnapp{pp}"),
        // "quatre jeunes filles ont été emmenées par les assaillants".
        format!(r"emmen{pp}\s+par\s+(?:les|des|leurs|ces)\s+(?:assaillants|ravisseurs|hommes\s+arm{e}s|jihadistes|djihadistes|terroristes|rebelles|bandits|miliciens|insurg{e}s|combattants|kidnappeurs|pirates|gangs?)"),
        // "le nombre de personnes emmenées" where the sentence tells of
        // captors (`taken_by_captors`, checked in `toll_after`).
        format!(r"emmen{pp}"),
        // "emmenées en brousse", "emmenés de force".
        format!(r"emmen{pp}\s+(?:en\s+brousse|en\s+captivit{e}|de\s+force|vers\s+une\s+destination\s+inconnue|dans\s+la\s+for[eê]t)"),
        format!(r"(?:pris|prises|retenue?s?|d{e}tenue?s?)\s+en\s+otages?"),
        // "prenant 23 personnes en otage", "retenant 30 employés en otage".
        r"en\s+otages?".to_string(),
        format!(r"s{e}questr{pp}"),
        // "trois employés avaient été retenus pendant cinq heures par un
        // homme armé", "retenus contre leur gré".
        format!(r"retenue?s?\s+(?:contre\s+(?:leur|son)\s+gr{e}|(?:(?:(?:pendant|durant)\s+)?(?:une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|plusieurs|quelques|\d+)\s+(?:heures?|jours?|semaines?|mois)\s+)?par\s+(?:un|une|le|la|deux|trois|des|les)\s+(?:hommes?|individus?|forcen{e}e?s?|preneurs?\s+d['’]otages|ravisseurs?|assaillants?|manifestants|protestataires|{e}meutiers|gr{e}vistes|villageois)(?:\s+arm{e}e?s?)?)"),
    ]
    .join("|");
    // "14 sans-abri", "se retrouvent sans logis", "sans toit".
    let displaced_noun =
        format!(r"sans[- ]abris?|sans[- ]logis|sans\s+(?:toit|logement)\b|{e}vacuations");
    // Where people live, which they are made to leave ("quitter leurs
    // maisons").
    let home = format!(
        r"(?:leurs?|les|la|le|l['’])\s*(?:maisons?|foyers?|domiciles?|logements?|lieux|villages?|villes?|r{e}gions?|pays|zones?|habitations?|quartiers?|terres?)"
    );
    // Their own home, left or driven from ("ont quitté leur foyer", not
    // "ont quitté les lieux").
    let own_home = r"leurs?\s+(?:maisons?|foyers?|domiciles?|logements?|habitations?|villages?|terres|fermes?)";
    // A place of shelter, counted or not: "dans une cinquantaine de
    // camps", "dans des dizaines d'écoles", "dans les 45 centres".
    let shelter = format!(
        r"(?:(?:un|une|des|les|le|la|l['’]|leurs?|d['’]autres)\s*)?(?:(?:quelque|environ|pr[eè]s\s+de|plus\s+de|au\s+moins)\s+)?(?:(?:dizaines?|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaines?|quinzaine|douzaine|milliers?|\d[\d\s]*|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)\s+(?:de\s+|d['’]\s*)?)?(?:centres?|structures?|sites?|gymnases?|abris?|h{e}bergements?|salles?|{e}coles?|refuges?|tentes?|camps?|campements?|h[ôo]tels?|mairies?|lyc{e}es?|coll[èe]ges?|{e}glises?|mosqu{e}es?|familles?\s+d['’]\s*accueil)\b"
    );
    let displaced = [
        format!(r"d{e}plac{pp}"),
        format!(r"{e}vacu{pp}"),
        format!(r"relog{pp}"),
        // "ont trouvé refuge", "se sont réfugiés" (not the noun "réfugiés":
        // a country's refugees are no toll of an event).
        format!(r"(?:trouv{e}|cherch{e}|venue?s?\s+chercher)\s+refuge"),
        // "600 000 réfugiés soudanais sont arrivés au Tchad": refugees
        // arriving from the event (only they: see `toll_after`).
        format!(r"(?:sont|{e}taient|seraient)\s+(?:d{e}j[àa]\s+)?arriv{pp}\s+(?:au|en|aux|dans)\b"),
        // "4 500 habitants ont été mis à l'abri" (before a storm).
        r"mise?s?\s+[àa]\s+l['’]\s*abri\b".to_string(),
        // Without a roof: "70 000 personnes auraient besoin d'un abri
        // d'urgence", "d'un hébergement".
        format!(r"besoin\s+d['’]\s*un\s+(?:abri|toit|h{e}bergement|logement)\b"),
        // "Environ 2 000 personnes s'y abritaient" (in a school struck):
        // people sheltering there.
        r"s['’]\s*y\s+abrit(?:ait|aient)\b".to_string(),
        format!(r"(?:se\s+sont|s['’]{e}taient|s['’]est|ont\s+d[ûu]\s+se)\s+r{e}fugi(?:{pp}|er)"),
        // "10 000 personnes ont fui les combats", not "ont fui à l'arrivée
        // des gendarmes".
        // "contraintes d'évacuer les lieux", "obligés de quitter leurs maisons".
        format!(r"(?:contrainte?s?|forc{pp}|oblig{pp})\s+(?:d['’]\s*{e}vacuer|de\s+quitter\s+{home})|d[ûu]\s+(?:{e}vacuer|quitter\s+{home})"),
        // "Plus d'un million de personnes ont quitté leur foyer" (their
        // own home, not "ont quitté les lieux"), "ont abandonné leurs
        // villages", "leurs fermes"; "chassées de chez elles".
        format!(r"(?:ont|avaient|auraient)\s+(?:d{e}j[àa]\s+)?(?:quitt|abandonn){e}\s+{own_home}\b"),
        format!(r"chass{pp}\s+de\s+(?:chez\s+(?:eux|elles)|{own_home})"),
        // Movements of a population out of its place: "Près de 5 000
        // personnes ont quitté Carrefour-Feuilles", "ont déjà quitté
        // l'île", "70 000 autres ont franchi la frontière" (a crowd only,
        // see `toll_after`: not two suspects), "ont pris le chemin de
        // l'exil" (exile, whoever takes it).
        format!(r"(?:ont|avaient|auraient)\s+(?:d{e}j[àa]\s+)?quitt{e}\s+(?:(?:la|le|l['’]|leur|leurs|cette|ce)\s*(?:ville|[îi]le|r{e}gion|quartier|zone|localit{e}|province|commune|capitale|camp|vall{e}e)s?\b|(?-i:\p{{Lu}}\p{{L}}*))"),
        format!(r"(?:ont|avaient|auraient)\s+(?:d{e}j[àa]\s+)?(?:franchi|travers{e})\s+la\s+fronti[èe]re"),
        r"(?:pris|prendre)\s+(?:le\s+chemin|la\s+route)\s+de\s+l['’]\s*exil".to_string(),
        r"(?:fui|fuient|(?:d[ûu]|contrainte?s?\s+de|forc[ée]e?s?\s+de|[àa])\s+fuir)\s+(?:leurs?|les|la|le|l['’]|ses|une|des|cette|ces)\s*(?:(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[^\s,.;:]+|maisons?|foyers?|domiciles?|logements?|combats|violences|pays|r[ée]gions?|villes?|villages?|hameaux|communaut[ée]s|districts?|provinces?|d[ée]partements?|communes?|cantons?|secteurs?|territoires?|zones?|affrontements|inondations|flammes|guerre|conflit|quartiers?|localit[ée]s?|terres?|habitations?|incendies?|bombardements|exactions|camps?|sites?|agglom[ée]rations?|capitale|[îi]les?|massacres?|tueries?|attaques?|raids?|pillages?|gangs?|milices?|djihadistes|rebelles|r[ée]pressions?|pers[ée]cutions?|famines?|s[ée]cheresses?|offensives?|crues|pluies|intemp[ée]ries|[ée]ruptions?|avanc[ée]e|menaces?)".to_string(),
        // "des milliers de villageois ont fui vers les localités voisines"
        // (toward a kind of place; not "ont fui vers Bunia", a suspect's run).
        r"(?:fui|fuient|fuyaient|(?:d[ûu]|contrainte?s?\s+de|forc[ée]e?s?\s+de|[àa])\s+fuir)\s+vers\s+(?:les|des|la|le|l['’]|d['’]autres|un|une|leurs?)\s*(?:localit[ée]s?|villages?|villes?|camps?|sites?|pays|r[ée]gions?|zones?|collines?|brousse|for[êe]ts?|montagnes?|provinces?|quartiers?|abris?|refuges?|fronti[èe]res?|chefs?-lieux?|capitales?|agglom[ée]rations?|bourgs?|bourgades?|hameaux|centres?\s+urbains?|bases?|missions?|[ée]glises?|paroisses?|casernes?)".to_string(),
        // "4 000 personnes ont fui vers Djibo", "ont fui Bulengo", "vers le
        // Tchad", "ont fui le Soudan": a named place, when the people who
        // fled are a population (see `fled_to_a_name`).
        // ("ont fui l'est du Gezira": a part of it.)
        r"(?:fui|fuient|fuyaient|(?:d[ûu]|contrainte?s?\s+de|forc[ée]e?s?\s+de)\s+fuir)\s+(?:vers\s+|en\s+direction\s+d(?:e\s+|['’]\s*)|jusqu['’][àa]\s+)?(?:(?:le|l['’])\s*(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?\s+(?:du|de\s+la|de\s+l['’]|de|d['’])\s*)?(?:(?:le|la|les)\s+|l['’]\s*)?(?-i:\p{Lu}\p{L}*)".to_string(),
        // "ont contraint plus de 25 000 personnes à fuir" with no object,
        // "a contraint 3 000 habitants à quitter leur domicile" (a verb
        // that forces before the figure: see `toll_after`).
        format!(r"[àa]\s+(?:fuir|quitter\s+{home}|{e}vacuer\b)"),
        // Ordered out: "les 5 000 habitants ont reçu l'ordre de partir".
        format!(r"re[çc]u\s+l['’]ordre\s+(?:de\s+partir|d['’]\s*{e}vacuer|de\s+quitter\s+{home})"),
        // Fled, the clause ending there: "Plus de 5 000 personnes ont
        // fui." (a population only, and nothing after the verb: see
        // `toll_after`; "ont fui les combats" and "vers …" are above).
        "fui".to_string(),
        // Not back home yet: "12 000 d'entre elles n'ont toujours pas pu
        // regagner leur domicile", "ne peuvent pas rentrer chez elles".
        format!(r"(?:n['’]\s*(?:ont|avaient|avait|a|ont\s+toujours)|ne\s+(?:peuvent|pouvaient|pourront|peut|pouvait))\s+(?:toujours\s+|encore\s+)?pas\s+(?:encore\s+)?(?:pu\s+)?(?:(?:regagner|r{e}int{e}grer|retrouver)\s+{home}|rentrer\s+chez\s+(?:eux|elles))"),
        // Sheltered: "250 personnes ont été hébergées dans des structures
        // d'urgence", "accueillies dans des écoles", "38 000 d'entre elles
        // se trouvaient toujours dans des centres d'hébergement".
        {
            format!(r"(?:h{e}berg{pp}|accueilli(?:e|s|es)?)\s+(?:(?:provisoirement|temporairement|d['’]urgence)\s+)?(?:chez\s+(?:des|leurs?)\s+(?:proches|parents|amis|voisins|familles?)|(?:dans|en|au|aux|[àa]|sous)\s+{shelter})|dans\s+(?:des|les|un|leurs?)\s+(?:centres?|structures?|sites?|camps?)\s+d['’]\s*(?:h{e}bergement|accueil|{e}vacuation|urgence)")
        },
        // "1 800 personnes ont passé la nuit dans des centres
        // d'hébergement", "dans un gymnase", "hors de chez elles"; "ont
        // dormi dans une salle polyvalente".
        // ("dorment toujours sous des tentes", "à même le sol", "ont dû
        // passer les dernières nuits dans des abris".)
        format!(r"(?:pass(?:{e}|er)\s+(?:la\s+nuit(?:\s+(?:de|du)\s+\S+\s+(?:[àa]|au)\s+\S+|\s+derni[èe]re|\s+pr[ée]c[ée]dente)?|les\s+(?:derni[èe]res\s+)?nuits)|dorm(?:i|ent|aient))\s+(?:(?:toujours|encore|d{e}sormais)\s+)?(?:(?:dans|en|au|aux|[àa]|sous)\s+{shelter}|hors\s+de\s+chez\s+(?:eux|elles)|dehors|(?:dans|à)\s+la\s+rue|à\s+la\s+belle\s+{e}toile|[àa]\s+m[êe]me\s+le\s+sol)"),
        // Homeless: "Près de 2 300 personnes ont perdu leur logement".
        r"(?:ont|avaient|auraient)\s+perdu\s+leurs?\s+(?:maisons?|logements?|habitations?|domiciles?|toits?)".to_string(),
        // Living in camps: "Plus d'un million de Rohingyas vivent dans les
        // camps de réfugiés", "s'entassent dans des camps de déplacés".
        r"(?:vi(?:vent|vaient)|s['’]\s*entass(?:ent|aient)|survi(?:vent|vaient))\s+(?:toujours\s+|encore\s+|d[ée]sormais\s+|aujourd['’]hui\s+)?(?:dans|sous)\s+(?:des|les|ces|de\s+nombreux)\s+(?:camps\s+de\s+(?:r[ée]fugi[ée]s|d[ée]plac[ée]s|fortune)|camps\b|tentes|abris\s+de\s+fortune)".to_string(),
    ]
    .join("|");
    // "2 522 cas ont été recensés": cases told by a verb of counting, or
    // beside the deaths of the disease ("plus de 36 000 cas et 1 210
    // décès", "186 nouveaux cas et sept décès", "312 cas dont 11 décès");
    // bare ones are read apart ([`bare_case_figure`]).
    let affected_noun = format!(
        r"cas\s+(?:de|d['’]|qui|suspects?|(?:(?:ont|avaient|sont)\s+(?:d[ée]j[àa]\s+)?(?:[ée]t[ée]\s+)?)?(?:confirm|recens|enregistr|signal|notifi|d{e}tect|d{e}clar|rapport){pp}|(?:et|dont)\s+(?:plus\s+de\s+|pr[eè]s\s+de\s+)?(?:\d[\d\s]*|[a-zé]+(?:-[a-zé]+)*\s)\s*d{e}c[eè]s)|sinistr{pp}"
    );
    let affected = [
        format!(r"affect{pp}"),
        format!(r"touch{pp}"),
        format!(r"contamin{pp}"),
        format!(r"infect{pp}"),
        // In need of aid: "7 millions de personnes ont besoin d'une aide
        // humanitaire", "auraient besoin d'assistance alimentaire" (not
        // "les trois enfants ont besoin d'aide").
        format!(r"besoin\s+d['’]\s*(?:une\s+)?(?:aide|assistance)\s+(?:humanitaire|alimentaire|d['’]\s*urgence|m{e}dicale|vitale)"),
        // Hunger: "7 millions de Yéménites sont au bord de la famine",
        // "menacés de famine", "en situation de famine", "souffrent de la
        // faim", "en insécurité alimentaire".
// ("souffrent d'insécurité alimentaire aiguë", "sont confrontés à une
        // insécurité alimentaire", "menacées par la faim", "dépendent de
        // l'aide humanitaire".)
        format!(r"au\s+bord\s+de\s+la\s+famine|menac{pp}\s+(?:de\s+|par\s+la\s+)(?:famine|faim)|en\s+situation\s+(?:de\s+famine|d['’]\s*ins{e}curit{e}\s+alimentaire)|souffr(?:ent|aient|ant)\s+(?:de\s+(?:la\s+)?(?:faim|famine|malnutrition)|d['’]\s*ins{e}curit{e}\s+alimentaire)|en\s+ins{e}curit{e}\s+alimentaire|confront{pp}\s+[àa]\s+(?:une\s+|l['’]\s*)?(?:ins{e}curit{e}\s+alimentaire|la\s+faim|la\s+famine)|d{e}pend(?:ent|aient)\s+(?:d{e}j[àa]\s+|toujours\s+|encore\s+|d{e}sormais\s+)?de\s+l['’]\s*aide\s+(?:humanitaire|alimentaire)"),
        // Stranded: "Plusieurs centaines d'automobilistes sont restés
        // bloqués dans leur véhicule", "bloquées par les eaux", "13 000
        // touristes sont bloqués depuis dimanche" (by the elements, in
        // their vehicles, on the roads, for a time).
        format!(r"(?:rest{pp}\s+)?(?:bloqu|coinc){pp}\s+(?:par\s+(?:la|les)\s+(?:neige|eaux|crues?|inondations|intemp{e}ries|flammes)|dans\s+(?:leurs?|des|les)\s+(?:v{e}hicules?|voitures?|cars?|trains?)|sur\s+(?:l['’]\s*autoroute|les\s+routes|la\s+route|le\s+r{e}seau)|depuis)"),
    ]
    .join("|");
    let re = format!(
        r"(?i)\b(?P<t>(?P<kn>{killed_noun})|(?P<an>{arrested_noun})|(?P<xn>{kidnapped_noun})|(?P<mn>{missing_noun})|(?P<dn>{displaced_noun})|(?P<fn>{affected_noun})|(?P<k>{killed})|(?P<i>{injured})|(?P<a>{arrested})|(?P<m>{missing})|(?P<x>{kidnapped})|(?P<d>{displaced})|(?P<f>{affected}))\b"
    );
    FastRegex::new(&re).unwrap()
});

/// Does `text` end with a counted noun of people ("Trois personnes",
/// "Quatre jeunes gens", "12 civils")?
fn counted_noun_ends(text: &str) -> bool {
    let t = tail(text, 60);
    let Some(n) = crate::extract::numbers::find_numbers(t).pop() else {
        return false;
    };
    let rest = &t[n.end..];
    let words: Vec<&str> = rest.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && group_after(rest, 0).is_some()
        && !rest.contains([',', ';', ':', '(', ')'])
}

/// Is this toll word a state of the wounded ("dans un état critique", "en
/// urgence absolue", "dans le coma") rather than a participle? Every such
/// state is serious.
fn is_state(toll: &str) -> bool {
    let t = toll.trim_start().as_bytes();
    ["dans", "en ", "entre"].iter().any(|p| {
        t.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    })
}

/// Which category a TOLL match is, and whether it is a noun only.
fn toll_kind(c: &crate::fast_regex::Captures) -> (Cat, bool) {
    for (name, cat, noun) in [
        ("kn", Cat::Killed, true),
        ("an", Cat::Arrested, true),
        ("xn", Cat::Kidnapped, true),
        ("mn", Cat::Missing, true),
        ("dn", Cat::Displaced, true),
        ("fn", Cat::Affected, true),
        ("k", Cat::Killed, false),
        ("i", Cat::Injured, false),
        ("a", Cat::Arrested, false),
        ("m", Cat::Missing, false),
        ("x", Cat::Kidnapped, false),
        ("d", Cat::Displaced, false),
        ("f", Cat::Affected, false),
    ] {
        if c.name(name).is_some() {
            return (cat, noun);
        }
    }
    (Cat::Killed, true)
}

/// Transitive toll verbs: with "a"/"ont" and no "été" their subject is the
/// agent ("les attaques ont tué"), not the victims.
fn is_transitive(word: &str) -> bool {
    let w = crate::document::fold(word);
    [
        "tu",
        "abatt",
        "assassin",
        "execut",
        "massacr",
        "egorg",
        "lynch",
        "fusill",
        "decapit",
        "bless",
        "hospitalis",
        "intoxiqu",
        "incommod",
        "brul",
        "arret",
        "interpel",
        "apprehend",
        "captur",
        "incarcer",
        "ecrou",
        "defer",
        "emprisonn",
        "enlev",
        "kidnapp",
        "sequestr",
        "deplac",
        "evacu",
        "reloge",
        "affect",
        "touch",
        "contamin",
        "infect",
        "noy",
        "carbonis",
        "calcin",
    ]
    .iter()
    .any(|s| w.starts_with(s))
}

/// Auxiliaries, adverbs and pronouns between the victims and the toll verb.
///
/// Here and below, letter classes are written `(?-i:\p{L})` inside `(?i)`
/// patterns: letters are closed under case folding already, and folding the
/// class again costs more to compile than the rest of the pattern.
static AUX_TAIL: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r#"(?i)(?:[\s,«"“]*\b(?:qui|ont|sont|a|est|avaient|d[ûu]\s+[êe]tre|d[ûu]|pu\s+[êe]tre|(?:devr(?:a|ont)|doi(?:t|vent))\s+[êe]tre|(?:se|s['’])\s*(?:re)?trouv(?:e|ent|ait|aient)|(?:se|s['’])\s*(?:sont|est|[ée]taient|[ée]tait)\s+(?:re)?trouv[ée]e?s?|[ée]taient|avait|[ée]tait|auraient|seraient|aurait|serait|seront|sera|rest(?:e|ent|ait|aient)|demeur(?:e|ent|ait|aient)|ayant|[ée]tant|furent|fut|y|se|s['’]|l['’]|en|[ée]t[ée]|tous|toutes|tou[st]|[ée]galement|aussi|depuis|d[ée]j[àa]|ainsi|notamment|probablement|gravement|gri[èe]vement|l[ée]g[èe]rement|mortellement|s[ée]rieusement|finalement|alors|par\s+la\s+suite|d['’]abord|un\s+temps|dans\s+un\s+premier\s+temps|provisoirement|temporairement|aussit[ôo]t|bri[èe]vement|arbitrairement|de\s+nouveau|[àa]\s+nouveau|en\s+r[ée]alit[ée]|en\s+fait|(?:d[ée]clar[ée]e?s?|consid[ée]r[ée]e?s?)(?:\s+comme)?|tout\s+de\s+m[êe]me|n[ée]anmoins|pourtant|cependant|toutefois|en\s+revanche|bel\s+et\s+bien|malheureusement|elles|eux|toujours|encore|ensuite|imm[ée]diatement|rapidement|au\s+moins|au\s+minimum|au\s+total|environ|pour\s+l['’]heure|plus|moins|dans\s+la\s+foulée|hier|aujourd['’]hui|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir))?|officiellement|respectivement|d[ée]sormais|actuellement|maintenant|par\s+ailleurs|en\s+outre|en\s+tout|[àa]\s+ce\s+jour|jusqu['’]ici|jusqu['’][àa]\s+pr[ée]sent|lui\s+aussi|elles?\s+aussi|eux\s+aussi|[àa]\s+(?:leur|son)\s+tour|(?:(?:re)?trouv|h[ée]liport|[ée]vacu|transport|extrai|secour|d[ée]couvert|admis|conduit|achemin)[a-zé]*(?:\s+(?:dans|sur|sous|par|vers|au|aux|[àa]|en|de|du|des|d['’])(?:\s*[a-zàâçéèêëîïôûùüœ'’-]+){1,5}?)?\s*,?\s*(?:gri[èe]vement|l[ée]g[èe]rement|gravement|s[ée]rieusement|mortellement)|sont\s+morts|port[ée]e?s?|(?-i:\p{L})+(?:é|ée|és|ées)(?:\s+[\p{L}'’-]+){0,8}?\s+(?:puis|et|ou))\b|,\s*(?:en|dans|sous|selon|d['’]apr[eè]s|pour|par|avec|sans)\s[^,.;:«»()]{1,40},)*[\s,«"“]*$"#,
    )
    .unwrap()
});

/// Words that cannot stand in the subject of the toll: another clause.
static BLOCK: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?i)\b(?:a|ont|est|sont|[ée]tait|[ée]taient|avait|avaient|aurait|auraient|serait|seraient|fut|furent|sera|seront|fait|font|faisant|selon|mais|car|tandis|alors|lorsque|lorsqu|quand|si|qui|que|qu|o[uù]|dont|contre|avec|apr[èe]s|avant|tuant|blessant|causant|ou|bilan|pendant|durant|parmi|vers|[àa]\s+la\s+suite)\b|(?:,|\bet)\s*le\s+nombre\b|[«»:;]",
    )
    .unwrap()
});

/// Does `s` hold a word of another clause ([`BLOCK`], or [`GAP_BLOCK`]
/// given as `pattern`)? "car" after a determiner or "de" is the coach, no
/// conjunction: "un des blessés de l'accident de car a succombé".
fn blocks(pattern: &FastRegex, s: &str) -> bool {
    pattern.find_iter(s).any(|m| {
        !(m.as_str().eq_ignore_ascii_case("car")
            && s[..m.start()]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| {
                    matches!(
                        crate::document::fold(w).as_str(),
                        "de" | "du"
                            | "un"
                            | "le"
                            | "en"
                            | "ce"
                            | "son"
                            | "leur"
                            | "au"
                            | "d'un"
                            | "d’un"
                    )
                }))
    })
}

/// Does the subject hold a word of another clause ([`BLOCK`])? In an
/// apposition closed right before the verb ("Un homme de 23 ans, vu
/// quittant l'immeuble peu avant l'alerte, a été placé en garde à vue",
/// "un homme, en contact avec l'assaillant via une messagerie, …"), a
/// preposition belongs to the apposition and opens no clause, nor does a
/// relative on "qui" that tells no toll.
fn blocked_subject(subject: &str, apposition_closed: bool) -> bool {
    const APPOSED: &[&str] = &[
        "avec", "avant", "apres", "contre", "pendant", "durant", "parmi", "vers",
    ];
    match subject.find(',').filter(|_| apposition_closed) {
        None => blocks(&BLOCK, subject),
        Some(c) => {
            if blocks(&BLOCK, &subject[..c]) {
                return true;
            }
            let apposition = &subject[c..];
            // "Deux hommes, le conducteur et un passager qui voyageait avec
            // lui, ont été…": a relative inside the apposition is the
            // apposition's, its verb too, unless it tells a toll.
            match BLOCK
                .find_iter(apposition)
                .find(|m| !APPOSED.contains(&crate::document::fold(m.as_str()).as_str()))
            {
                None => false,
                Some(m) => {
                    !m.as_str().eq_ignore_ascii_case("qui") || TOLL.is_match(&apposition[m.end()..])
                }
            }
        }
    }
}

/// Is `word`, a toll word of one word, singular and right after a noun
/// with its singular article ("dans la zone évacuée", "près du village
/// sinistré", "l'immeuble incendié")? Then it qualifies that noun.
fn qualifies_noun_before(between: &str, word: &str) -> bool {
    let w = crate::document::fold(word);
    if w.contains(' ') || w.ends_with(['s', 'x']) {
        return false;
    }
    let words: Vec<String> = between
        .split_whitespace()
        .rev()
        .take(2)
        .map(crate::document::fold)
        .collect();
    let plain = |n: &str| n.len() >= 3 && n.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    match words.as_slice() {
        [noun, det, ..] if matches!(det.as_str(), "la" | "le" | "du" | "au") && plain(noun) => true,
        [noun, ..] => noun
            .strip_prefix("l'")
            .or_else(|| noun.strip_prefix("l’"))
            .is_some_and(plain),
        [] => false,
    }
}

/// A share of a figure told between it and its toll word, up to the verb
/// ("…, dont la plupart n'ont jamais été retrouvées", "dont la moitié
/// avaient été déplacées"; not "…, dont la
/// plupart étaient des touristes, ont été tués", whose comma closes it).
static SHARE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i),\s*dont\s+(?:la\s+plupart|la\s+majorit[ée]|la\s+moiti[ée]|le\s+tiers|le\s+quart|les\s+deux\s+tiers|les\s+trois\s+quarts|une\s+partie|certaine?s|beaucoup|nombre)\s+[^,]*$").unwrap()
});

/// What may not stand between two figures of one enumeration.
static GAP_BLOCK: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?i)\b(?:a|ont|est|sont|[ée]tait|[ée]taient|avait|avaient|fut|furent|sera|seront|fait|font|faisant|selon|mais|car|tandis|alors|lorsque|lorsqu|quand|si|qui|que|qu|dont|tuant|blessant|causant|bilan)\b|[«»;.]",
    )
    .unwrap()
});

/// Head nouns that are not people: their numbers are never tolls
/// (`casualties_things.tsv`, folded forms).
static NOT_PERSON: LazyLock<crate::fxhash::FxHashSet<&'static str>> = LazyLock::new(|| {
    include_str!("casualties_things.tsv")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Is this word (letters and hyphens) a thing, not people? Looked up by
/// its first part, folded.
fn not_person(word: &str) -> bool {
    let head = word.split('-').next().unwrap_or(word);
    NOT_PERSON.contains(crate::document::fold(head).as_str())
}

/// What follows a number that is not a toll: units, months, ordinals.
/// Currencies beyond the euro, the dollar, the franc, the pound, the yuan
/// and the rouble, singular and plural: "moyennant 2 500 dinars", "une
/// rançon de 50 millions de nairas".
const CURRENCIES: &str = r"dinars?|dirhams?|nairas?|shillings?|roupies?|pesos?|rands?|cedis?|kwachas?|hryvnias?|tenges?|soms?|somonis?|ouguiyas?|riyals?|rials?|lires?|bahts?|wons?|yens?|r[ée]als?|bolivars?|takas?|afghanis?|leones?|birrs?|FCFA|CFA";

static UNIT_AFTER: LazyLock<FastRegex> = LazyLock::new(|| {
    // Words end on a boundary: "jours" is a unit, "journalistes" are people,
    // "euros" a unit, "Européens" people.
    FastRegex::new(&format!(
        r"(?i)^\s*(?:(?:premi[eè]re?s|derni[eè]re?s|prochaine?s|autres)\s+)?(?:(?:(?:de\s+|d['’]\s*)(?:euros|dollars|francs|livres|yuans|roubles|{CURRENCIES}|tonnes|barils|litres|hectares|kilom[èe]tres|m[èe]tres|voix|votes|habitants\s+au\s+km)|ans?|ann[ée]es?|mois|semaines?|jours?|nuits?|heures?|h|minutes?|min|secondes?|km|kilom[èe]tres?|m[èe]tres?|m|cm|mm|pour\s*cent|euros?|dollars?|francs?|livres|yuans?|roubles?|{CURRENCIES}|tonnes?|kg|kilos?|degr[ée]s|fois|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|points?|[èe]me|e|er|[èe]re|majorit[ée]|minorit[ée]|partie|part|(?:large|grande|bonne|petite|faible|infime|importante|majeure)\s+(?:part|partie|majorit[ée])|moiti[ée]|poign[ée]e|multitude|s[ée]rie|sur\s+l['’][ée]chelle|de\s+magnitude|ha|hectares?)\b|%|€|\$|°|h\d)",
    ))
    .unwrap()
});

/// What before a number makes it no toll.
/// "faire l'objet d'" before "un"/"une": the article of the act's noun.
static OBJECT_OF: LazyLock<FastRegex> =
    LazyLock::new(|| FastRegex::new(r"(?i)\bl['’]objet\s+d['’]\s*$").unwrap());

static NOT_BEFORE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?i)(?:magnitude|[âa]g[ée]e?s?\s+de|n°|num[ée]ro|article|page|chapitre|route|rang|score\s+de|l['’]an|en|vol|kilom[èe]tre|km|ligne|face\s+aux|depuis|d[ée]but|fin|mi-|ann[ée]es|moins\s*-)\s*$",
    )
    .unwrap()
});

/// Qualifiers before a number: bounds and approximation.
static QUAL_BEFORE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?i)(?P<q>au\s+moins|au\s+minimum|pas\s+moins\s+d(?:e\s+|['’]\s*)|(?:un\s+peu\s+|bien\s+|largement\s+)?plus\s+(?:d(?:e\s+|['’]\s*)|que\s+)|au-del[àa]\s+d(?:e\s+|['’]\s*)|(?:un\s+peu\s+)?moins\s+d(?:e\s+|['’]\s*)|pr[èe]s\s+d(?:e\s+|['’]\s*)|presque|quasiment|environ|approximativement|[àa]\s+peu\s+pr[èe]s|grosso\s+modo|quelque|autour\s+d(?:e\s+|['’]\s*)|jusqu['’]\s*[àa]|au\s+total|officiellement|entre|d[ée]pass(?:e|ent|ant|ait|aient|[ée])\s+(?:d[ée]sormais\s+|d[ée]j[àa]\s+|maintenant\s+)?(?:les\s+)?|(?:la\s+barre|le\s+cap|le\s+seuil)\s+d(?:es\s+|e\s+|['’]\s*)|(?:fr[ôo]l|avoisin)(?:e|ent|ant|ait|aient|[ée])\s+(?:les\s+)?)\s*$",
    )
    .unwrap()
});

static QUAL_AFTER: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)^\s*,?\s*(?P<q>au\s+moins|au\s+minimum|environ|au\s+total)\b").unwrap()
});

/// Active verbs and nouns of the act before the victims' number.
/// A judge's committal for trial in custody, in Belgium and Switzerland
/// ("sous mandat d'arrêt") and in France ("sous mandat de dépôt"): an arrest,
/// in [`TOLL`] and [`ACTIVE_BEFORE`] alike.
const MANDATE: &str = r"sous\s+mandat\s+d(?:['’]\s*arr[êe]t|e\s+d[eé]p[ôo]t)";

/// The names of the months, as a regex group (case-insensitive patterns).
const MONTH_NAMES: &str = r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)";

static ACTIVE_BEFORE: LazyLock<FastRegex> = LazyLock::new(|| {
    let e = "[eé]";
    // The place of an act between its noun and the figure: "l'arrestation
    // à Addis-Abeba de 73 personnes" (or in apposition: "l'arrestation,
    // lundi à Sakiet Ezzit, de trois Tunisiens").
    let at = r"(?:\s+(?:[àa]|en|au|aux|dans|pr[eè]s\s+de)\s+(?-i:[A-ZÀ-Ý])[^,;.]{0,30}?)?";
    // A day between a death's noun and its victim: "le décès mardi soir
    // d'une passagère".
    const WHEN: &str = r"\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|soir|apr[eè]s-midi))?|la\s+veille(?:\s+au\s+soir)?|l['’]avant-veille|avant-hier)";
    FastRegex::new(&format!(
        r"(?i)\b(?:(?P<k>(?:^|[.!?:;]\s*)(?:mort|d{e}c[eè]s|meurtre|assassinat|lynchage|massacre)\s+d(?:e|['’])|tu(?:ant|{e}|e|ent|ait|aient|era|eront|er)|abatt(?:ant|u|ent|re|ait|aient)|abat|neutralis(?:ant|{e}|er|ent|ait|aient)|{e}limin(?:ant|{e}|er|ent|ait|aient)|assassin(?:ant|{e})|ex{e}cut(?:ant|{e})|massacr(?:ant|{e})|d{e}capit(?:ant|{e}|er|ent)|{e}gorg(?:eant|{e}|er|ent)|lynch(?:ant|{e}|er|ent)|(?:batt(?:ant|u|ent|re|ait|aient)|bat|(?:frapp|poignard|tabass|tortur|pi{e}tin|lapid|matraqu)(?:ant|{e}|er|ent|ait|aient))\s+[àa]\s+mort|co[uû]t(?:ant|{e}|er|e)\s+la\s+vie(?:{WHEN})?\s+[àa]|[ôo]t(?:ant|{e}|er|e)\s+la\s+vie(?:{WHEN})?\s+[àa]|caus(?:ant|{e}|er|e)\s+la\s+mort\s+d(?:e|['’])|(?:la|leur)\s+mort(?:\s*,[^,.;:«»()]{{1,30}},|{WHEN})?\s+d(?:e|['’])|(?:les|des)\s+(?:corps|d{e}pouilles|cadavres|restes(?:\s+humains)?|ossements)\s+(?:sans\s+vie\s+)?d(?:es|e|['’])|(?:le|d{e}couverte\s+du)\s+corps\s+(?:sans\s+vie\s+)?d['’]|(?:la|de\s+la)\s+d{e}pouille\s+d['’]|(?:le|du)\s+d{e}c[eè]s(?:\s*,[^,.;:«»()]{{1,30}},|{WHEN})?\s+d(?:e|['’])|l['’](?:assassinat|ex{e}cution)(?:\s+(?:sommaire|extrajudiciaire|publique))?(?:\s*,[^,.;:«»()]{{1,30}},)?\s+d(?:e|['’])|(?:la|de\s+la)\s+d{e}capitation\s+d(?:e|['’])|(?:le|du|au)\s+(?:meurtre|massacre|lynchage)\s+d(?:e|['’])|(?:pleur(?:e|ent|ait)|d{e}plor(?:e|ent|ait|ant))\s+la\s+mort\s+d(?:e|['’])|(?:avons|avez|ai|avais|a|ont|avait|avaient|aurait|auraient|avoir)\s+(?:pour\s+(?:leur|sa|notre|ma)\s+part\s+|de\s+(?:leur|son)\s+c[ôo]t[ée]\s+)?perdu|(?:la|les)\s+pertes?\s+d(?:e|['’])|(?:enterr|inhum)(?:ant|{e}|er|ons|ent|ait|aient)|(?:retrouv(?:ant|{e}|er|ent|ait|aient)|d{e}couv(?:rant|ert|rir|rent|rait|raient))\s+(?:sans\s+vie|morte?s?))|(?P<c>(?:compt(?:e|ent|ait)|recens(?:e|ent|ait)|d{e}nombr(?:e|ent|ait)|d{e}plor(?:e|ent|ait)|figur(?:e|ent|ait|aient|erait|eraient)|se\s+trouv(?:e|ent|ait|aient|erait|eraient)))|(?P<i>bless(?:ant|{e}|e|ent|ait|er)|hospitalis(?:ant|{e})|soign(?:ant|{e})|intoxiqu(?:ant|{e}|e|ent|ait|aient|er)|incommod(?:ant|{e}|e|ent|ait|aient|er)|(?:rend(?:ant|u|ent|ait|aient)|rendre)\s+malades?|l['’](?:intoxication|hospitalisation)\s+d(?:es|e|['’]))|(?P<h>(?:a|ont|avait|avaient|aurait|auraient|avoir|ayant)\s+(?:[^\s,.;:]+\s+){{0,3}}?(?:accueilli|admis|re[çc]u|pris\s+en\s+charge|trait{e}))|(?P<a>(?:^|[.!?:;]\s*)(?:arrestation|interpellation)\s+d(?:es|e|['’])|arr[eê]t(?:ant|{e}|ent|er|ait)|d{e}f{e}r(?:ant|{e})|interpell?(?:ant|{e}|ent|er|ait)|captur(?:ant|{e}|ent|er)|appr{e}hend(?:ant|{e}|er)|l['’](?:arrestation|interpellation)(?:\s+(?:muscl{e}e|spectaculaire|brutale|violente|mouvement{e}e))?(?:\s*,[^,.;:«»()]{{1,40}},)?{at}(?:{WHEN})?(?:\s+[àa]\s+l['’]\s*aube)?\s+d(?:es|e|['’])|(?:plac|mis)(?:ant|{e}|e)?(?:{WHEN})?\s+en\s+(?:garde\s+[aà]\s+vue|d{e}tention(?:\s+provisoire)?)|(?:le\s+|du\s+|au\s+)?placement\s+en\s+(?:garde\s+[aà]\s+vue|d{e}tention(?:\s+provisoire)?)\s+d(?:es|e|['’])|plac(?:ant|{e}|e)\s+(?:\S+\s+)?{MANDATE}|repris|reprenant|rattrap(?:ant|{e}|er)|fai(?:t|ts|sant|re)\s+prisonni(?:er|ers|[eè]re|[eè]res))|(?P<x>(?:^|[.!?:;]\s*)(?:enl[eè]vement|rapt)\s+d(?:es|e|['’])|enlev(?:ant|{e}|er)|enl[eè]v(?:e|ent)|kidnapp(?:ant|{e}|ent|er)|ret(?:ien(?:t|nent|drait|draient)|enant|enu|enait|enaient)|d{e}ten(?:ant|ait)|d{e}tien(?:t|nent)|s{e}questr(?:ant|{e})|l['’](?:enl[eè]vement|rapt)(?:\s*,[^,.;:«»()]{{1,40}},)?{at}(?:{WHEN})?(?:\s+[àa]\s+l['’]\s*aube)?\s+d(?:es|e|['’])|(?:le|du)\s+rapt\s+d(?:es|e|['’])|pris\s+en\s+otage|emmen(?:ant|{e}))|(?P<d>{e}vacu(?:ant|{e}|er|ent)|(?:mis|mettant|mett(?:re|ent))\s+[àa]\s+l['’]\s*abri|(?:abris|camps|centres\s+d['’]\s*(?:h{e}bergement|accueil|{e}vacuation)|{e}coles|gymnases)\b[^,.;:«»()]{{0,40}}?\s(?:accueill(?:ent|aient)|h{e}berg(?:ent|eaient))|d{e}plac(?:ant|{e})|l['’]{e}vacuation\s+d(?:es|e|['’])|(?:la|leur)\s+fuite\s+d(?:es|e|['’])|(?:le|du)\s+d{e}placement\s+(?:forc{e}\s+)?d(?:es|e|['’])|d{e}racin(?:ant|{e}|er|e|ent|ait|aient)|forç(?:ant|{e})\s+|chass(?:ant|{e}|er|ent|ait|aient)\s+de\s+(?:chez\s+(?:eux|elles)|leurs\s+(?:foyers|maisons|terres|villages|domiciles)))|(?P<f>touch(?:ant|{e}|e|ent)|affect(?:ant|{e}|e|ent)|contamin(?:ant|{e}|e|ent)|infect(?:ant|{e}|e|ent)|(?:pourr(?:ait|aient)\s+|risqu(?:e|ent)\s+d(?:e\s+|['’]\s*)|menac(?:e|ent)\s+d(?:e\s+|['’]\s*)|devr(?:ait|aient)\s+|v(?:a|ont)\s+)(?:affecter|toucher|contaminer))|(?P<m>(?:^|[.!?:;]\s*)disparition\s+d(?:es|e|['’])|(?:la|sa|leur)\s+disparition(?:\s*,[^,.;:«»()]{{1,30}},|{WHEN})?\s+d(?:es|e|['’])|sans\s+(?:aucune\s+)?nouvelles?\s+d(?:es|e|['’])))(?:\s*,[^,.;:«»()]{{1,40}},|\s+(?:au\s+moins|au\s+total|avec\s+(?:ses|leurs|son|sa)|plus\s+de|pr[eè]s\s+de|[àa]\s+peu\s+pr[eè]s|environ|quelque|les|des|ses|leurs|pas\s+moins\s+de|que|(?:toute\s+)?une\s+(?:m[êe]me\s+)?famille\s+de|encore|toujours|[ée]galement|aussi|notamment|d[ée]j[àa]|hier|ainsi|par\s+ailleurs|en\s+outre|gri[èe]vement|gravement|l[ée]g[èe]rement|s[ée]rieusement|sommairement|froidement|sauvagement|brutalement|d[ée]lib[ée]r[ée]ment|de\s+force|«|»|(?:d['’]ici\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir|apr[èe]s-midi|dernier))?|ce\s+(?:matin|soir|week-end)|dans\s+la\s+nuit(?:\s+d[eu]\s+\w+\s+(?:[àa]|au)\s+\w+)?|la\s+veille(?:\s+au\s+soir)?|hier\s+(?:soir|matin)|en\s+{MONTH_NAMES}(?:\s+\d{{4}})?|(?:cette|la)\s+semaine(?:\s+(?:derni[eè]re|pass[ée]e))?|le\s+mois\s+(?:dernier|pass[ée])|depuis\s+le\s+d[ée]but\s+de\s+l['’]\s*ann[ée]e|depuis\s+(?:le\s+(?:1er|\d{{1,2}})\s+)?{MONTH_NAMES}(?:\s+\d{{4}})?|le\s+m[êe]me\s+jour|le\s+jour\s+m[êe]me|le\s+lendemain(?:\s+(?:matin|soir))?|dans\s+(?:la|le|l['’])\s*(?:r[ée]gion|province|ville|capitale|localit[ée]|commune|district|oblast|pr[ée]fecture|wilaya|gouvernorat|d[ée]partement)\s+(?:de\s+|d['’]\s*|du\s+)(?-i:[A-ZÀ-Ý])[^\s,;.]*|(?:[àa]|en|au|aux|dans|pr[eè]s\s+de)\s+(?-i:[A-ZÀ-Ý])[^\s,;.]*))*\s*$"
    ))
    .unwrap()
});

/// A toll stated as its total: "le bilan s'élève à", "le nombre de morts
/// est passé à".
static BILAN_BEFORE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?i)\b(?:bilan(?:\s+(?:provisoire|officiel|humain|total|global|d[ée]finitif))?(?:\s+(?:des|de|d['’])\s*(?P<bwhat>morts|victimes|tu[ée]s|d[ée]c[èe]s|bless[ée]s|disparus|d[ée]plac[ée]s|sinistr[ée]s|interpellations|arrestations|otages))?|(?P<losses>pertes)(?:\s+humaines)?|nombre\s+(?:(?:total|global|officiel|provisoire|r[ée]el|exact|d[ée]finitif)\s+)?(?:de|des|d['’])\s*(?P<what>morts|victimes|tu[ée]s|d[ée]c[èe]s|bless[ée]s|personnes\s+tu[ée]es|personnes\s+bless[ée]es|personnes\s+(?:hospitalis[ée]es|intoxiqu[ée]es|prises\s+en\s+charge|soign[ée]es)|patients|hospitalisations|intoxications|intoxiqu[ée]s|disparus|d[ée]plac[ée]s|sinistr[ée]s|interpellations|arrestations|personnes\s+interpell[ée]es|personnes\s+arr[êe]t[ée]es|otages|(?:personnes|enfants|[ée]l[èe]ves|lyc[ée]ens|[ée]coli[eè]res?|civils|villageois|passagers|travailleurs|ouvriers|migrants)\s+(?:enlev|kidnapp)[ée]e?s))\b[^.;:()]{0,50}?(?:\b(?:[àa]|de|est\s+de|s['’][ée]l[èe]v(?:e|ent|ait|aient|erait|eraient)(?:\s+(?:d[ée]sormais|maintenant|d[ée]j[àa]|donc|ainsi|aujourd['’]hui))?\s+[àa]|(?:d[ée]pass|avoisin|fr[ôo]l)(?:e|ent|ait|erait|er)(?:\s+(?:en\s+r[ée]alit[ée]|d[ée]j[àa]|d[ée]sormais|largement|maintenant|sans\s+doute))?(?:\s+(?:les|la|le))?|atteint|atteindrait|atteindre)|\s*:)\s*$",
    )
    .unwrap()
});

/// The destination of an evacuation, in its clause, when it is a hospital
/// ("… par avion vers le centre hospitalier de Nouméa", "… vers l'hôpital
/// le plus proche"; not "vers un gymnase", nor another's: "évacués, et
/// une octogénaire … a été transportée à l'hôpital").
static TO_HOSPITAL: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(&format!(
        r"(?i)^[^.;:!?,]{{0,90}}?\b(?:vers|[àa]|au|aux|dans)\s+(?:l['’]\s*|le\s+|les\s+|la\s+|un\s+|une\s+|des\s+)?{HOSPITAL}\b"
    ))
    .unwrap()
});

/// Bodily harm that is no death: what the hurt suffer from ("souffrant de
/// brûlures") and what the victims of no death are victims of ("victimes
/// de morsures"), in [`TOLL`] and [`victims_of`].
const BODILY_HARM: &str = r"(?:morsures?|piq[ûu]res?|br[ûu]lures?|blessures?|fractures?|contusions?|plaies?|engelures?|gelures?|intoxications?|empoisonnements?|coups?\s+de\s+chaleur|insolations?|malaises?|hypothermies?|d[ée]shydratation|asphyxies?|envenimations?|commotions?|traumatismes?|troubles?\s+respiratoires|d[ée]tresses?\s+respiratoires|crises?\s+d['’]\s*asthme)";

/// The places of care the wounded are taken to ("l'hôpital", "le CHU",
/// "le centre hospitalier", "les urgences"), in [`TOLL`] and
/// [`TO_HOSPITAL`].
const HOSPITAL: &str =
    r"(?:h[ôo]pita(?:l|ux)|CHU|CHR|centres?\s+hospitaliers?|urgences|cliniques?)";

/// A sub-count: "dont 27 policiers", "parmi lesquels 3 enfants".
static SUB_BEFORE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)(?:\bdont|\bparmi\s+(?:lesquel(?:le)?s|eux|elles)\s*,?|\bnotamment|\bincluant|\by\s+compris|\bmais\s+aussi)(?:\s+(?:ceux|celles|celui|celle)\s+d(?:e|['’])|\s+les)?\s*$")
        .unwrap()
});

/// Does the sentence tell of captors or their violence, or the document of
/// a kidnapping before it (`captors`), and the sentence of no care ("puis
/// ont emmené 87 personnes", "le nombre de personnes emmenées" after "47
/// personnes enlevées", "« 84 de nos enfants ont été emmenés »" after a
/// school's pupils told kidnapped; not "les secours ont emmené trois
/// blessés à l'hôpital")? Then people "emmenés" were taken away by force.
fn taken_by_captors(sent: &str, captors: bool) -> bool {
    static CAPTORS: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:assaill|ravisseur|hommes\s+arm|groupes?\s+arm|combattants|jihadist|djihadist|terroris|rebelle|bandit|milicien|insurg|kidnapp|pirate|gang|enlev|rapt|otage|tu[ée]|attaqu|raid|incursion|boko\s+haram|shebab|gu[ée]rill|de\s+force)").unwrap()
    });
    static CARE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(
            r"(?i)\b(?:h[ôo]pita|urgences|soins|secours|ambulance|bless[ée]|pompiers|m[ée]dic)",
        )
        .unwrap()
    });
    (captors || CAPTORS.is_match(sent)) && !CARE.is_match(sent)
}

/// Does sentence `s` open on a pronoun ("Ils", "« Elles") whose antecedent
/// the sentence before tells as armed men or their violence ("Des
/// séparatistes ont attaqué le village mardi. « Ils ont aussi emmené cinq
/// jeunes filles »")? Those it takes away are then taken by force.
fn captors_as_pronoun(doc: &Document, s: &crate::document::Sentence) -> bool {
    let t = doc.text[s.start..s.end].trim_start_matches(['«', '"', '“', ' ', '\u{a0}']);
    (t.starts_with("Ils ") || t.starts_with("Elles "))
        && s.index > 0
        && doc.sentences.get(s.index - 1).is_some_and(|p| {
            p.paragraph + 1 >= s.paragraph && taken_by_captors(doc.sentence_text(p), false)
        })
}

/// Does the toll verb at the start of `from` tell a capture by armed men
/// ("capturés par des « groupes armés kirghiz »", "capturés par les
/// rebelles")?
fn captured_by_captors(from: &str) -> bool {
    static BY_CAPTORS: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)^captur\w*\s+(?:[^\s,;.]+\s+){0,3}?par\s+(?:des|les|un|une|d['’]autres)\s+(?:«\s*)?(?:groupes?\s+arm|hommes\s+arm|individus\s+arm|rebelles|jihadistes|djihadistes|insurg|terroristes|combattants|miliciens|assaillants|ravisseurs|bandits|gangs?\b|pirates|shebab|talibans)").unwrap()
    });
    // (The verb first: the regex is built only where one stands.)
    from.get(..6)
        .is_some_and(|w| w.eq_ignore_ascii_case("captur"))
        && BY_CAPTORS.is_match(from)
}

/// Is the text `b..e` alone in brackets right after a word in capitals
/// ("NOVI (nombreuses victimes)")?
fn spells_acronym_before(text: &str, b: usize, e: usize) -> bool {
    let Some(before) = text[..b].trim_end().strip_suffix('(') else {
        return false;
    };
    if !text[e..].trim_start().starts_with(')') {
        return false;
    }
    let word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.chars().count() >= 2 && word.chars().all(char::is_uppercase)
}

/// A later item of a list of sub-counts whose first item has no number:
/// "trois personnes, dont le propriétaire du bâtiment, Ramesh Patil, 47
/// ans, et deux ingénieurs", "douze victimes, parmi lesquelles le
/// chauffeur et deux ressortissants guatémaltèques".
fn later_sub_item(pre: &str) -> bool {
    static LATER_SUB: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:dont|parmi\s+(?:lesquel(?:le)?s|eux|elles))\s*,?\s+(?:l['’]\s*|le\s+|la\s+|un\s+|une\s+)(?:[^.;:()«»\d]|\d{1,3}\s+ans\b)*?,?\s+et\s+(?:au\s+moins\s+|environ\s+|pr[eè]s\s+de\s+|plus\s+de\s+)?$").unwrap()
    });
    // (Only where "dont" or "parmi" stands: the regex is built then.)
    let t = tail(pre, 140);
    (t.contains("dont") || t.contains("armi")) && LATER_SUB.is_match(t)
}

/// The verbs that present the people counted among a toll: "figurent",
/// "se trouvent", "on compte", "il y a".
const AMONG_VERB: &str = r"(?:figur(?:e|ent|aient)|se\s+trouv(?:e|ent|aient)|on\s+(?:compte|d[ée]nombre)|il\s+y\s+a(?:vait)?)";

/// Does `before` (the sentence up to a figure) open on a sub-count of the
/// figure before it: "Parmi eux, …", or "…, les morts comprennent 79
/// combattants druzes, …"?
fn starts_sub_counts(before: &str) -> bool {
    static COMPRISE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:les|ces)\s+(?:victimes|morts|tu[ée]s|bless[ée]s|otages|d[ée]funts)\s+(?:compren(?:d|nent|ait|aient)|incluent|incluaient|compt(?:e|ent|ait|aient)|sont|[ée]taient)\s*:?\s*$").unwrap()
    });
    // "Parmi les morts figurent le chauffeur et au moins trois femmes": a
    // later item of the list the opening announces.
    static LATER_ITEM: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(&format!(r#"(?i)^[\s«“"]*parmi\s+(?:eux|elles|les\s+(?:victimes|bless[ée]s|morts|tu[ée]s|otages))\s*,?\s*{AMONG_VERB}\s+(?:l['’]|le\s+|la\s+|un\s+|une\s+)[^.;:,()«»\d]{{1,50}}(?:,|\bet)\s*(?:au\s+moins\s+|environ\s+|pr[eè]s\s+de\s+|plus\s+de\s+)?$"#)).unwrap()
    });
    SUB_START.is_match(before) || COMPRISE.is_match(tail(before, 60)) || LATER_ITEM.is_match(before)
}

/// The death of some of the people of a toll: "le décès d'un blessé".
static DEATH_OF: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\b(?:d[ée]c[èe]s|mort)(?:\s*,[^,.;:«»()]{1,30},)?\s+d(?:e|['’])\s*$")
        .unwrap()
});

/// A toll without a number that a sub-count divides: "Les blessés, dont
/// quatre grièvement", "des otages, parmi lesquels deux Français", "Les
/// personnes intoxiquées, dont 46 enfants". Not "victimes" (dead or
/// wounded).
static BARE_TOLL_SUB: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\b(?:les|des|ces|leurs|plusieurs|nombreux|nombreuses)\s+(?P<w>morts|tu[ée]s|bless[ée]s|disparus|otages|intoxiqu[ée]s|personnes\s+(?:tu[ée]es|bless[ée]es|d[ée]c[ée]d[ée]es|enlev[ée]es|disparues|intoxiqu[ée]es))\s*(?:,\s*)?(?:dont|parmi\s+lesquel(?:le)?s)\s*$").unwrap()
});

/// The toll a sub-count's opening names: "Parmi les morts," (killed),
/// "Parmi les blessés," (injured); none for "Parmi eux", "Parmi les
/// victimes".
fn opening_toll(before: &str) -> Option<Cat> {
    let c = PARMI_TOLL.captures(tail(before, 40))?;
    let w = &c["w"];
    (!w.to_lowercase().starts_with("victime")).then(|| toll_noun_category(w))
}

/// A sentence that opens on a sub-count of the figure before it.
static SUB_START: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r#"(?i)^[\s«“"]*(?:parmi\s+(?:eux|elles|ceux-ci|celles-ci|les\s+(?:ex-)?(?:victimes|bless[ée]s|morts|tu[ée]s|otages|corps|d[ée]pouilles|(?:personnes\s+)?(?:arr[êe]t[ée]e?s|interpell[ée]e?s|tu[ée]e?s|bless[ée]e?s|enlev[ée]e?s|d[ée]tenue?s))(?:\s+(?:identifi|retrouv|recens)[ée]e?s)?)|dont)\s*[,:]?\s*(?:(?:se\s+trouv(?:e|ent|erait|eraient)|figur(?:e|ent|erait|eraient)|on\s+(?:compte|d[ée]nombre|trouve)|il\s+y\s+a)\s+)?$"#).unwrap()
});

/// Where a number in brackets right after a name ("Béjaïa (11)") has
/// that name begin: the name's capitalised words, up to three.
fn bracketed_after_name(sent: &str, n: &Number) -> Option<usize> {
    if !sent[n.end..].trim_start().starts_with(')') {
        return None;
    }
    let before = sent[..n.start].trim_end().strip_suffix('(')?.trim_end();
    let mut start = None;
    let mut rest = before;
    for _ in 0..3 {
        let w = rest
            .rfind(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .map_or(0, |k| {
                k + rest[k..].chars().next().map_or(1, char::len_utf8)
            });
        if !rest[w..].starts_with(char::is_uppercase) {
            break;
        }
        start = Some(w);
        rest = rest[..w].trim_end();
        if rest.ends_with(['\'', '’']) || rest.is_empty() {
            break;
        }
    }
    start
}

/// "Les victimes ont été enregistrées dans les wilayas de Béjaïa (11),
/// Tizi Ouzou (7), Jijel (4), Bouira (3) et Sétif (1)", "On en déplore
/// dans le district de Mananjary (neuf), dans celui de Manakara (six) et
/// à Farafangana (quatre)": a toll broken down place by place in
/// brackets. The parts must add up to a figure of the sentence or of the
/// last sentences before, or rank below one ([`ranked_after`]): "Aubagne
/// (13)", a département's number, is no part of a toll.
fn bracketed_breakdown<'a>(
    sent: &str,
    nums: &[Number],
    figs: &mut [Option<Fig>],
    mut before: impl Iterator<Item = &'a Fig>,
) {
    let parts: Vec<(usize, usize)> = (0..nums.len())
        .filter(|&i| figs[i].is_none())
        .filter_map(|i| bracketed_after_name(sent, &nums[i]).map(|s| (i, s)))
        .collect();
    if parts.len() < 2 {
        return;
    }
    let sum: u64 = parts.iter().map(|&(i, _)| nums[i].value).sum();
    let parent = |f: &&Fig| f.count == sum && !f.indefinite;
    let Some(cat) = (figs.iter().flatten().find(parent).map(|f| f.cat))
        .or_else(|| before.find(parent).map(|f| f.cat))
        .or_else(|| ranked_after(sent, nums, figs, &parts))
    else {
        return;
    };
    for (i, start) in parts {
        let n = &nums[i];
        let close = n.end + sent[n.end..].find(')').map_or(0, |k| k + 1);
        let mut f = Fig::named(start, close, cat);
        f.num_start = n.start;
        f.count = n.value;
        figs[i] = Some(f);
    }
}

/// "La région de Maradi est la plus endeuillée avec 81 morts, devant
/// celles de Zinder (52) et de Tahoua (40)": places ranked after the one
/// a figure of the sentence counts, each with a smaller count of the same
/// toll. The category of that figure, if the words between it and the
/// first bracket rank ("devant", "suivie de", "puis", "avant").
fn ranked_after(
    sent: &str,
    nums: &[Number],
    figs: &[Option<Fig>],
    parts: &[(usize, usize)],
) -> Option<Cat> {
    let &(first, name) = parts.first()?;
    let most = parts.iter().map(|&(i, _)| nums[i].value).max()?;
    let lead = figs
        .iter()
        .flatten()
        .filter(|f| !f.indefinite && f.end <= name && f.num_start < nums[first].start)
        .max_by_key(|f| f.end)?;
    let between = crate::document::fold(&sent[lead.end..name]);
    let words: Vec<&str> = between
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let ranks = words.iter().enumerate().any(|(k, w)| {
        matches!(*w, "devant" | "avant" | "puis")
            || matches!(*w, "suivi" | "suivie" | "suivis" | "suivies")
                && words.get(k + 1) == Some(&"de")
    });
    (ranks && lead.count > most).then_some(lead.cat)
}

/// The toll a sentence opens on to break it down, named: "Parmi les corps
/// identifiés :", "Selon Basarnas, les victimes sont" (the dead),
/// "Parmi les blessés figurent" (the wounded).
fn named_breakdown(sent: &str) -> Option<Cat> {
    static OPEN: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r#"(?i)^[\s«“"]*(?:selon\s+[^,.;:]{1,50},\s*)?(?:parmi\s+(?:les|ces)|(?:les|ces)\b)\s*(?P<w>victimes|morts|tu[ée]s|corps|d[ée]pouilles|d[ée]funts|bless[ée]s|otages|disparus)\b(?:\s+(?:identifi|retrouv|recens)[ée]e?s)?\s*(?:[,:]|figur(?:e|ent|aient)\b|se\s+trouv(?:e|ent|aient)\b|sont\b|[ée]taient\b|compren(?:nent|aient)\b|incluent\b)"#).unwrap()
    });
    let c = OPEN.captures(sent)?;
    Some(toll_noun_category(&c["w"]))
}

/// [`counted_opening`] at a sentence's start: the text up to the verb of
/// the opening.
fn counted_opening_of(sent: &str) -> Option<(usize, u64)> {
    static VERB: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(&format!(r"(?i)^[^.;:]{{0,60}}?\b{AMONG_VERB}\b")).unwrap()
    });
    let m = VERB.find(sent)?;
    counted_opening(&sent[..m.end()])
}

/// "Parmi les onze hommes figuraient": an opening that counts the people
/// of a toll told before, with where its number starts and its value.
fn counted_opening(before: &str) -> Option<(usize, u64)> {
    static OPEN: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(&format!(r#"(?i)^[\s«“"]*parmi\s+(?:les|ces)\s+(?P<n>[^\s,.;:]+(?:\s+[^\s,.;:]+)??)\s+(?-i:\p{{Ll}})+\s*,?\s*{AMONG_VERB}?\s*$"#)).unwrap()
    });
    let c = OPEN.captures(before)?;
    let m = c.name("n")?;
    let n = numbers::find_numbers(m.as_str()).into_iter().next()?;
    (n.start == 0 && n.end == m.len()).then_some((m.start(), n.value))
}

/// A sentence that opens on the dead of a toll told before: "Parmi les
/// morts figurent", "Parmi les tués, on compte".
static DEAD_AMONG_OPEN: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(&format!(r#"(?i)^[\s«“"]*parmi\s+les\s+(?:morts|tu[ée]s|d[ée]c[ée]d[ée]s|d[ée]funts)\s*[,:]?\s*{AMONG_VERB}?"#)).unwrap()
});

/// Verbs of an update: "le bilan passe de 13 à 27", "revu à la baisse, de".
static UPDATE_BEFORE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\b(?:pass[ée]e?|passant|passe|mont[ée]|monte|grimp[ée]|grimpe|augment[ée]|s['’]alourdi[rt]?|alourdi|r[ée]vis[ée]e?|revue?)(?:\s+[àa]\s+la\s+(?:baisse|hausse)\s*,?)?\s+(?:\w+\s+){0,2}?de\s*$").unwrap()
});

/// A toll named by its count: "le nombre de disparus", "le bilan des
/// blessés" (not "victimes": dead or wounded).
static NAMED_COUNT: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\b(?:bilan\s+(?:des|de\s+la|du)|nombre\s+(?:de|des|d['’]))\s*(?P<w>morts|tu[ée]s|bless[ée]s|disparus|d[ée]c[èe]s|otages|personnes\s+(?:tu[ée]es|d[ée]c[ée]d[ée]es|bless[ée]es|disparues))\b").unwrap()
});

/// "Le nombre de disparus a été revu à la baisse, de 58 à 31": two
/// numbers of a change told after the toll they count, which neither
/// names again. The earlier figure, then the new one.
fn named_update(sent: &str, a: &Number, b: &Number) -> Option<(Fig, Fig)> {
    // ("… est passé de 700 à plus de 1 100": the new figure may be
    // bounded.)
    static TO: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)^(?:à|a)(?:\s+(?:plus\s+de|au\s+moins|pr[èe]s\s+de|environ|quelque|pas\s+moins\s+de))?$").unwrap()
    });
    if !TO.is_match(sent[a.end..b.start].trim()) {
        return None;
    }
    let pre = &sent[..a.start];
    if !UPDATE_BEFORE.is_match(tail(pre, 60)) || unit_after(sent, b) {
        return None;
    }
    // The last toll named before, in the same clause of the sentence.
    let named = NAMED_COUNT.captures_iter(pre).last()?;
    let w = named.name("w")?;
    if pre[w.end()..].contains([';', '?', '!']) || pre.len() - w.end() > 120 {
        return None;
    }
    let cat = toll_noun_category(w.as_str());
    let fig = |n: &Number| {
        let mut f = Fig::named(w.start(), n.end, cat);
        f.num_start = n.start;
        f.count = n.value;
        f.approximate = n.approximate;
        f
    };
    let mut earlier = fig(a);
    earlier.min = Some(a.value);
    earlier.max = Some(a.value);
    Some((earlier, fig(b)))
}

/// Quantities without a number.
static INDEFINITE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\b(?:plusieurs|de\s+nombreu(?:x|ses)|nombreu(?:x|ses)|quelques|beaucoup\s+de|bon\s+nombre\s+de)\b").unwrap()
});

/// "aucun blessé", "aucune victime".
static NONE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\b(?:(?:aucun|aucune)\s+(?P<w>morts?|bless[ée]s?|victimes?|d[ée]c[èe]s|disparus?|interpellations?|arrestations?)\b|(?:aucune?\s+(?-i:[\p{L}-])+(?:\s+(?-i:[\p{L}-])+)?|personne)\s+n['’](?:a|avait|aurait)\s+(?:[ée]t[ée]\s+)?(?P<v>tu[ée]e?|bless[ée]e?|arr[êe]t[ée]e?|interpell[ée]e?|enlev[ée]e?|kidnapp[ée]e?|p[ée]ri|perdu\s+la\s+vie|trouv[ée]\s+la\s+mort)\b)").unwrap()
});

/// A count of bare cases ending its clause or before a place ("ont signalé
/// vendredi douze cas dans le district", "compte plus de 1 300 cas,",
/// "recensent quelques dizaines de cas.") after a verb of counting (see
/// [`bare_cases`]). (Read apart from the toll regex: "cas" alone is too
/// frequent a word there, "en cas de", "dans ce cas".)
fn bare_case_figure(sent: &str, n: &Number) -> Option<Fig> {
    let after = &sent[n.end..];
    // "quelques dizaines de cas".
    let t = after.trim_start();
    let t = t.strip_prefix("de ").unwrap_or(t);
    let rest = t.strip_prefix("cas")?;
    let clause_ends = rest.is_empty()
        || rest.starts_with(['.', ',', ';', ':', ')', '»', '!', '?', '\n'])
        || [
            " dans ", " à ", " au ", " aux ", " en ", " parmi ", " depuis ",
        ]
        .iter()
        .any(|p| rest.starts_with(p));
    if !clause_ends {
        return None;
    }
    let (pre, q) = strip_qualifier(&sent[..n.start]);
    if !bare_cases(pre) {
        return None;
    }
    let case_at = n.end + (after.len() - t.len());
    let mut f = Fig::named(q.map_or(n.start, |q| q.0), case_at + 3, Cat::Affected);
    f.num_start = n.start;
    f.trigger = case_at;
    bounds(&mut f, n, q.map(|q| &sent[q.0..q.1]));
    Some(f)
}

/// Is a count of bare "cas" (no disease nor verb after it) the object of
/// a verb of counting, a day or an adverb between? "les autorités ont
/// signalé vendredi douze cas", "Kuwadzana compte plus de 1 300 cas", "a
/// fait état de 40 cas" — not "dans 40 cas", "sur douze cas". (The
/// document must tell an epidemic: [`extract`] drops them otherwise.)
fn bare_cases(before: &str) -> bool {
    static COUNTED: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?-u:\b)(?:compt(?:e|ent|ait|aient|ant)|signal\w*|recens\w*|enregistr\w*|notifi\w*|denombr\w*|rapport\w*|confirm\w*|detect\w*|declar\w*|fait etat d(?:e|')|depiste\w*|identifi\w*)(?:\s+[a-z'-]+){0,2}\s*$").unwrap()
    });
    COUNTED.is_match(&crate::document::fold(strip_qualifier(tail(before, 60)).0))
}

/// Words of an epidemic, for "cas".
static EPIDEMIC: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(&format!(
        r"(?i)\b(?:{DISEASES}|virus|contamin|infect|maladie|fi[èe]vre|intoxication|sida|vih)"
    ))
    .unwrap()
});

/// Named diseases of epidemics (and the conditions they cause, counted as
/// cases: "3 893 cas de microcéphalie"), a regex fragment.
const DISEASES: &str = r"[ée]pid[ée]mie|chol[ée]ra|grippe|ebola|covid|coronavirus|rougeole|paludisme|dengue|m[ée]ningite|zika|peste|tuberculose|variole|mpox|l[ée]gionellose|dipht[ée]rie|polio(?:my[ée]lite)?|microc[ée]phalie|h[ée]patite|typho[ïi]de|chikungunya|marburg|lassa|leptospirose|list[ée]riose|salmonellose|coqueluche|varicelle|scarlatine|botulisme|bronchiolite|sras|h[15]n1";

/// Does `text` name a disease of epidemics ("rougeole", "choléra")?
pub(crate) fn names_a_disease(text: &str) -> bool {
    static DISEASE: LazyLock<FastRegex> =
        LazyLock::new(|| FastRegex::new(&format!(r"(?i)\b(?:{DISEASES})")).unwrap());
    DISEASE.is_match(text)
}

/// Severity words after an injury.
static SERIOUS: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\b(?:grave(?:s|ment)?|gri[èe]vement|s[ée]rieusement|urgence\s+absolue|critique|entre\s+la\s+vie\s+et\s+la\s+mort|pronostic\s+vital)").unwrap()
});
static MINOR: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?i)\b(?:l[ée]g[èe]re?s?|l[ée]g[èe]rement|superficiellement|urgence\s+relative)",
    )
    .unwrap()
});

/// Where the auxiliaries before a toll word start, past a pronoun that is
/// the object of a preposition: in "Deux autres, qui tentaient de fuir avec
/// eux, ont été abattus", "eux" ends the relative clause ("avec eux"); it is
/// not the subject's own pronoun ("Deux policiers, eux, ont été blessés").
fn object_pronoun_end(between: &str, aux_start: usize) -> usize {
    let rest = &between[aux_start..];
    let t = rest.trim_start();
    let Some(len) = ["eux", "elles"]
        .iter()
        .find(|p| {
            t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
                && !t[p.len()..].starts_with(char::is_alphanumeric)
        })
        .map(|p| p.len())
    else {
        return aux_start;
    };
    let before = crate::document::fold(between[..aux_start].trim_end());
    let last = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if matches!(
        last,
        "avec"
            | "pour"
            | "sans"
            | "chez"
            | "contre"
            | "comme"
            | "vers"
            | "derriere"
            | "devant"
            | "sur"
            | "apres"
            | "avant"
            | "que"
    ) {
        aux_start + (rest.len() - t.len()) + len
    } else {
        aux_start
    }
}

/// Leading words of the subject before the victims' noun.
static SUBJ_LEAD: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)^[\s,]*(?:(?:(?:de|des|les|ces|ses|leurs|nos|vos|mes|parmi|entre|eux|elles|autres|nouveaux|nouvelles|nouvelle|nouveau|autre|personnes|le\s+nombre\s+(?:de|des)|au\s+moins|au\s+minimum|environ|au\s+total|seule?s?|premi(?:er|[èe]re)s?|derni(?:er|[èe]re)s?|(?:deuxi|troisi|quatri|cinqui|sixi|septi|huiti|neuvi|dixi)[èe]mes?|seconde?s?|pr[ée]sum[ée]e?s?|suppos[ée]e?s?|ancien(?:ne)?s?)\b|d['’]|le\s+nombre\s+d['’])\s*)*").unwrap()
});

/// "parmi les victimes", "parmi les blessés" anywhere in the sentence.
static PARMI_TOLL: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\bparmi\s+(?:les|ces)\s+(?:\w+\s+)?(?:ex-)?(?P<w>victimes|corps|morts|tu[ée]s|d[ée]c[ée]d[ée]s|d[ée]funts|bless[ée]s|disparus|otages|malades|personnes\s+(?:infect[ée]es|contamin[ée]es)|personnes\s+(?:tu[ée]es|bless[ée]es|interpell[ée]es|arr[êe]t[ée]es|d[ée]c[ée]d[ée]es|enlev[ée]es|kidnapp[ée]es|disparues)|interpell[ée]s|arr[êe]t[ée]s)\b").unwrap()
});

fn toll_noun_category(w: &str) -> Cat {
    let w = crate::document::fold(w);
    if w.contains("bless") || w.contains("intoxiqu") {
        Cat::Injured
    } else if w.contains("disparu") {
        Cat::Missing
    } else if w.contains("otage") || w.contains("enlev") || w.contains("kidnapp") {
        Cat::Kidnapped
    } else if w.contains("interpel") || w.contains("arret") {
        Cat::Arrested
    } else if w.contains("malade") || w.contains("infect") || w.contains("contamin") {
        Cat::Affected
    } else {
        Cat::Killed
    }
}

/// "est à déplorer parmi", "figurent parmi", "sont au nombre des" after the
/// victims.
static AMONG_AFTER: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)^[^.;:]*?(?P<v>\b(?:(?:est|sont)\s+[àa]\s+d[ée]plorer|figur(?:e|ent|aient|ait|erait|eraient)\s+parmi|compt(?:e|ent)\s+parmi|(?:est|sont)\s+au\s+nombre\s+des|(?:est|sont)\s+parmi))").unwrap()
});

/// "parmi les soldats" after a toll noun.
static PARMI_AFTER: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)^\s*(?:parmi|chez)\s+(?:les|des|la|le|l['’])\s*").unwrap()
});

/// How far (bytes) to look for the toll word after a number.
const WINDOW: usize = 160;
/// … across an apposition ("Deux hommes, …, ont été interpellés").
const WINDOW_APPOSITION: usize = 320;

#[derive(Debug, Clone)]
struct Fig {
    /// Byte span in the sentence of what the figure was read from.
    start: usize,
    end: usize,
    /// Position of the number (for ordering and links).
    num_start: usize,
    cat: Cat,
    count: u64,
    min: Option<u64>,
    max: Option<u64>,
    approximate: bool,
    group: Option<(usize, usize)>,
    group_category: Option<Category>,
    severity: Option<Severity>,
    /// Where the toll word is, for modality.
    trigger: usize,
    /// "plusieurs morts": a toll without a number.
    indefinite: bool,
    /// One person told by a definite noun ("Le gardien du marché a été
    /// tué"): no number, but one person (count 1 in the output).
    one_person: bool,
}

impl Fig {
    /// A toll of one person told without a number (`count` null in the
    /// output), the person's noun at `group`.
    fn one_person(
        start: usize,
        end: usize,
        cat: Cat,
        group: (usize, usize),
        category: Option<Category>,
    ) -> Fig {
        let mut f = Fig::named(start, end, cat);
        f.count = 1;
        f.indefinite = true;
        f.one_person = true;
        f.group = Some(group);
        f.group_category = category;
        f
    }

    /// A figure of `cat` read from `start..end`, its toll word at `start`,
    /// its count to be set.
    fn named(start: usize, end: usize, cat: Cat) -> Fig {
        Fig {
            start,
            end,
            num_start: start,
            cat,
            count: 0,
            min: None,
            max: None,
            approximate: false,
            group: None,
            group_category: None,
            severity: None,
            trigger: start,
            indefinite: false,
            one_person: false,
        }
    }
}

/// The words of a part of the kidnapped told freed or still held, folded
/// and not ("Quinze élèves ont réussi à s'échapper", "les 23 autres sont
/// toujours retenus"): a second gate, of plain substrings, read only once
/// a document has told of a kidnapping (a stem of the toll gate's own
/// would cost its automaton memory that issue 7 has no room for).
const FREED_WORDS: &[&str] = &[
    "libér",
    "liber",
    "relâch",
    "relach",
    "échapp",
    "echapp",
    "retenu",
    "détenu",
    "captivité",
    "aux mains",
];

/// Where the next of [`FREED_WORDS`] starts and ends at or after `pos`,
/// each word's next place kept in `next` (searched again only once passed).
fn next_freed_word(text: &str, pos: usize, next: &mut [usize]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for (w, at) in FREED_WORDS.iter().zip(next.iter_mut()) {
        if *at < pos {
            *at = text[pos..].find(w).map_or(usize::MAX, |i| pos + i);
        }
        if *at != usize::MAX && best.is_none_or(|b| *at < b.0) {
            best = Some((*at, *at + w.len()));
        }
    }
    best
}

/// A part of the kidnapped told freed or still held, without "d'entre
/// eux" ([`freed_hostages`] reads that): "Quinze élèves ont réussi à
/// s'échapper", "l'armée a annoncé avoir libéré onze autres élèves", "les
/// 23 autres sont toujours retenus". Hostages freed or held stay the
/// kidnapping's toll, as "5 000 otages ont été libérés" is. Read where the
/// document told of the kidnapped before (`out`), of the same noun as
/// theirs or of "autres", no more than the most kidnapped it counted;
/// numbers the sentence's figures (`taken`) hold are theirs.
fn freed_or_held(sent: &str, taken: &[Fig], out: &[CasualtyFigure]) -> Vec<Fig> {
    let singular = |w: &str| w.trim_end_matches(['s', 'x']).to_string();
    let kidnapped: Vec<(String, u64)> = out
        .iter()
        .filter(|o| o.category == Cat::Kidnapped)
        .map(|o| {
            let noun = o
                .group
                .as_deref()
                .map(crate::document::fold)
                .and_then(|g| g.split_whitespace().next().map(singular))
                .unwrap_or_default();
            (noun, o.max.or(o.count).unwrap_or(0))
        })
        .collect();
    let Some(most) = kidnapped.iter().map(|k| k.1).max() else {
        return Vec::new();
    };
    // The nouns of the arrested, whom "libérés" may tell released.
    let arrested: Vec<String> = out
        .iter()
        .filter(|o| o.category == Cat::Arrested)
        .filter_map(|o| o.group.as_deref())
        .filter_map(|g| {
            crate::document::fold(g)
                .split_whitespace()
                .next()
                .map(singular)
        })
        .collect();
    // "les 23 autres": the others of the last figure told, if kidnapped.
    let last_kidnapped = taken
        .iter()
        .max_by_key(|f| f.num_start)
        .map(|f| f.cat)
        .or_else(|| out.last().map(|o| o.category))
        == Some(Cat::Kidnapped);
    const HELD: &[&str] = &[
        "toujours retenu",
        "toujours detenu",
        "encore retenu",
        "encore detenu",
        "toujours en captivite",
        "toujours aux mains",
        "encore aux mains",
    ];
    const FREED: &[&str] = &[
        "ete libere",
        "ete relache",
        "reussi a s'echapp",
        "pu s'echapp",
    ];
    let mut found = Vec::new();
    for n in numbers::find_numbers(sent) {
        if n.fractional
            || n.value < 2
            || n.value > most
            || taken
                .iter()
                .any(|f| f.num_start <= n.start && n.start < f.end.max(f.num_start + 1))
        {
            continue;
        }
        let post = &sent[n.end..];
        // Each word's end in `post` and its folded form.
        let words: Vec<(usize, String)> = post
            .split_whitespace()
            .take(3)
            .map(|w| {
                let w = w.trim_end_matches([',', '.', ';']);
                let at = w.as_ptr() as usize - post.as_ptr() as usize;
                (at + w.len(), crate::document::fold(w))
            })
            .collect();
        // The noun: "autres", or the kidnapped's own ("élèves").
        let Some((_, first)) = words.first() else {
            continue;
        };
        let others = first == "autres";
        let noun = if others {
            words.get(1).map(|w| w.1.as_str())
        } else {
            Some(first.as_str())
        };
        let of_kidnapped = noun.is_some_and(|w| {
            let w = singular(w);
            w.len() >= 3 && kidnapped.iter().any(|k| k.0 == w) && !arrested.contains(&w)
        });
        let others = others && (last_kidnapped || of_kidnapped);
        if !(others || of_kidnapped) {
            continue;
        }
        // Told after the figure, in its clause: "… ont été libérés", "…
        // sont toujours retenus".
        let clause_end = post.find([',', ';', '.', ':', '(']).unwrap_or(post.len());
        let folded = crate::document::Folded::new(head(&post[..clause_end], 90));
        let clause = folded.text.as_str();
        let after = HELD
            .iter()
            .chain(FREED)
            .filter_map(|w| clause.find(w).map(|i| (i, w.len())))
            .min();
        // Or before it, by a verb of the freeing: "avoir libéré onze autres
        // élèves" (of the kidnapped's noun or "autres" with a noun).
        let pre = crate::document::fold(tail(&sent[..n.start], 24));
        let freed_before = pre
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.starts_with("libere") || w.starts_with("relache"))
            && (of_kidnapped || others && noun.is_some());
        let (start, end, trigger) = match after {
            // (The verb's subject is short: the figure and its noun.)
            Some((i, len)) if clause[..i].split_whitespace().count() <= 5 => {
                // Back to the sentence through the folded text's map (a
                // "«" or an "œ" folds to two characters).
                let (trigger, end) = folded.original(i, i + len);
                let (trigger, end) = (n.end + trigger, n.end + end);
                // (To the end of the word: "retenus", "s'échapper".)
                let end = end
                    + sent[end..]
                        .find(|c: char| !c.is_alphabetic())
                        .unwrap_or(sent.len() - end);
                (n.start, end, trigger)
            }
            _ if freed_before => {
                let verb = sent[..n.start].trim_end();
                let vstart = verb
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(i, c)| i + c.len_utf8());
                let end = n.end + words.get(usize::from(others)).map_or(0, |w| w.0);
                (vstart, end.min(sent.len()), vstart)
            }
            _ => continue,
        };
        if !sent.is_char_boundary(end) {
            continue;
        }
        let mut f = Fig::named(start, end, Cat::Kidnapped);
        f.num_start = n.start;
        f.trigger = trigger;
        bounds(&mut f, &n, None);
        if let Some((x, y, cat)) = group_after(post, n.end) {
            f.group = Some((x, y));
            f.group_category = cat;
        }
        found.push(f);
    }
    found
}

/// Every casualty figure of the document.
pub fn extract(doc: &Document) -> Vec<CasualtyFigure> {
    let mut out: Vec<CasualtyFigure> = Vec::new();
    let text = doc.text.as_str();
    // Sentences with a toll word (one pass over the text: after a toll
    // word, the search goes on from the end of its sentence).
    let mut pos = 0;
    // The last figure of the sentence before, for "Parmi eux, …".
    let mut carry: Option<(usize, Fig)> = None;
    // The figures of the last sentences that had some, for a breakdown
    // that names its toll: "Parmi les corps identifiés : …" a sentence or
    // two after "quarante-trois morts, … et une soixantaine de disparus".
    let mut recent: Vec<(usize, Fig)> = Vec::new();
    // Beside each figure of `out`: is it one person told by a definite
    // noun?
    let mut definite: Vec<bool> = Vec::new();
    // Has the document told of people kidnapped before this sentence?
    let mut captors = false;
    // Where each word of a part of the kidnapped freed or still held comes
    // next (read once a kidnapping is told; `usize::MAX`: none left).
    let mut freed_at = [0usize; FREED_WORDS.len()];
    loop {
        let gate = GATE.find_at(text, pos).map(|m| (m.start(), m.end()));
        let freed = if captors {
            next_freed_word(text, pos, &mut freed_at)
        } else {
            None
        };
        let Some((_, m_end)) = (match (gate, freed) {
            (Some(g), Some(f)) => Some(if f.0 < g.0 { f } else { g }),
            (g, f) => g.or(f),
        }) else {
            break;
        };
        let Some(s) = doc.sentence_at(m_end - 1) else {
            pos = m_end;
            continue;
        };
        pos = s.end.max(m_end);
        let sent = &text[s.start..s.end];
        // The last figure of the last three sentences that fits.
        let recent_fig = |fits: &dyn Fn(&Fig) -> bool| {
            recent
                .iter()
                .rev()
                .find(|(i, f)| *i + 3 >= s.index && fits(f))
                .map(|(_, f)| f)
        };
        let before = carry
            .as_ref()
            .filter(|(i, _)| *i + 1 == s.index)
            .map(|(_, f)| f)
            .or_else(|| {
                let cat = named_breakdown(sent)?;
                recent_fig(&|f| f.cat == cat && !f.indefinite)
            })
            .or_else(|| {
                // "Parmi les onze hommes figuraient …" after "exécuté onze
                // hommes".
                let (_, count) = counted_opening_of(sent)?;
                recent_fig(&|f| f.count == count)
            });
        let mut figs = sentence_figures(
            &unquote_figures(&plain_quotes(sent)),
            before,
            &recent,
            captors || captors_as_pronoun(doc, s),
        );
        if captors {
            let taken = freed_or_held(sent, &figs, &out);
            figs.extend(taken);
        }
        let mut lone = vec![false; figs.len()];
        // One person told by a definite noun, unless a toll of one of the
        // kind was told just before or in the sentence (the same person,
        // maybe: "Un homme a été arrêté. Le suspect a été placé en garde à
        // vue"), or of the same noun earlier. (One of a larger toll is a
        // toll of their own: "Parmi les morts figurent 19 soldats. Le
        // commandant de la brigade a été tué samedi".)
        for (f, among) in definite_ones(sent) {
            // "est mort", "a été hospitalisé": of violence or an accident
            // told here or just before, not "le sénateur est mort samedi"
            // nor "la mère avait été hospitalisée".
            let word = crate::document::fold(head(&sent[f.trigger..], 14));
            if [
                "mort",
                "dec",
                "succomb",
                "peri",
                "perd",
                "hospitalis",
                "transport",
                "achemin",
                "evacu",
                "conduit",
                "admis",
            ]
            .iter()
            .any(|w| word.starts_with(w))
            {
                let mut from = s.start.saturating_sub(600);
                while !text.is_char_boundary(from) {
                    from += 1;
                }
                if !VIOLENT.is_match(&text[from..s.end]) {
                    continue;
                }
            }
            let noun = f.group.map(|(x, y)| crate::document::fold(&sent[x..y]));
            let same = |g: &Fig| {
                g.cat == f.cat && g.count == 1 && may_corefer(g.group_category, f.group_category)
            };
            let told = figs.iter().any(same)
                || recent.iter().any(|(i, g)| *i + 2 >= s.index && same(g))
                || noun.is_some()
                    && out.iter().any(|o: &CasualtyFigure| {
                        o.category == f.cat && o.group.as_deref().map(crate::document::fold) == noun
                    });
            if !told {
                lone.push(!among);
                figs.push(f);
            }
        }
        if let Some(f) = figs.iter().max_by_key(|f| f.num_start) {
            carry = Some((s.index, f.clone()));
        }
        recent.retain(|(i, _)| *i + 3 >= s.index);
        recent.extend(figs.iter().map(|f| (s.index, f.clone())));
        // The modality of the sentence's figure before, for an elided verb.
        let mut before_here: Option<(usize, Modality)> = None;
        let first_here = out.len();
        for (f, lone) in figs.into_iter().zip(lone) {
            if f.cat == Cat::Killed
                && (f.count == 1 && natural_death(sent) || declared_dead_wrongly(sent, &f))
            {
                continue;
            }
            let (clause, cs, ce, para) = doc.span(s.start + f.start, s.start + f.end);
            let mut a = modality::assess(sent, f.trigger);
            if a.attribution.is_some_and(|(x, y)| {
                !is_source(&sent[x..y])
                    || x > f.end && separated(&sent[f.end..x]) && !final_incise(sent, x, y)
            }) {
                a.attribution = None;
            }
            let mut modality = figure_modality(sent, &f, a.attribution.is_some());
            // "selon un bilan non confirmé": a source that doubts itself;
            // "un bilan non confirmé, transmis par…, fait état de": a count
            // that does.
            if modality == Modality::Reported
                && (a
                    .attribution
                    .is_some_and(|(x, y)| doubtful_source(&sent[x..y]))
                    || doubtful_count_before(&sent[..f.start.min(f.trigger)])
                    || doubtful_count_after(&sent[f.end.max(f.trigger)..]))
            {
                modality = Modality::Uncertain;
            }
            // (Or a count apposed to it that doubts it, whoever told it:
            // "Le séisme a fait 300 morts, un chiffre non confirmé".)
            if matches!(modality, Modality::Asserted | Modality::Reported)
                && (doubted_in_apposition(&sent[f.end.max(f.trigger)..])
                    || doubtful_count_after(&sent[f.end.max(f.trigger)..]))
            {
                modality = Modality::Uncertain;
            }
            if modality == Modality::Asserted
                && (earlier_count_before(&sent[..f.num_start])
                    || alleged_before(strip_qualifier(&sent[..f.num_start]).0))
            {
                modality = Modality::Reported;
            }
            if denied_count(&sent[..f.num_start], &sent[f.end.max(f.trigger)..])
                || modality::denied_that(sent, f.trigger)
                || modality::denied_reports(sent, f.trigger)
            {
                modality = Modality::Negated;
            }
            if f.count == 0 && modality == Modality::Negated {
                // "aucun blessé": zero is what is asserted.
                modality = if a.attribution.is_some() {
                    Modality::Reported
                } else {
                    Modality::Asserted
                };
            }
            // "100 personnes seraient mortes et 400 autres blessées": the
            // second figure's verb is the first one's, elided (with the
            // source both share: "Selon la société civile, une vingtaine de
            // personnes auraient été tuées et une quarantaine blessées").
            if matches!(modality, Modality::Asserted | Modality::Reported)
                && let Some((prev_end, m)) = before_here
                && matches!(m, Modality::Uncertain | Modality::Hypothetical)
                && elided(sent, prev_end, &f)
            {
                modality = m;
            }
            before_here = Some((f.end.max(f.trigger), modality));
            definite.push(lone);
            // "trois garde-frontières auraient été capturés par des
            // « groupes armés »": taken by captors, not arrested.
            let category = if f.cat == Cat::Arrested && captured_by_captors(&sent[f.trigger..]) {
                Cat::Kidnapped
            } else {
                f.cat
            };
            captors |= category == Cat::Kidnapped;
            out.push(CasualtyFigure {
                text: clause,
                start: cs,
                end: ce,
                paragraph: para,
                category,
                count: (!f.indefinite || f.one_person).then_some(f.count),
                min: if f.one_person { Some(1) } else { f.min },
                max: if f.one_person { Some(1) } else { f.max },
                approximate: f.approximate,
                group: f.group.map(|(x, y)| sent[x..y].to_string()),
                group_category: f.group_category,
                severity: f.severity,
                modality,
                attribution: a.attribution.map(|(x, y)| sent[x..y].to_string()),
                cumulative: cumulative(sent, f.num_start.min(f.start), f.end),
            });
        }
        shared_span(text, doc, &mut out[first_here..]);
    }
    // One person of a toll the text counts is not a toll of their own: "Le
    // policier est mort de ses blessures, tandis que deux personnes ont été
    // tuées", "Deux personnalités arrêtées … Le président du Conseil … a été
    // placé en détention".
    // (Counted in a headline, in the person's paragraph or the one next to
    // it: a paragraph may count what the next tells one by one.) One told
    // "parmi les morts" is a sub-count, kept as those with a number are.
    let headline = |i: usize| doc.paragraphs[i].kind == crate::model::ParagraphKind::Headline;
    let counted: Vec<(Cat, usize)> = out
        .iter()
        .zip(&definite)
        .filter(|(_, d)| !**d)
        .map(|(o, _)| (o.category, o.paragraph))
        .collect();
    let mut flags = definite.iter();
    out.retain(|o| {
        flags.next() != Some(&true)
            || !counted
                .iter()
                .any(|&(c, p)| c == o.category && (p.abs_diff(o.paragraph) <= 1 || headline(p)))
    });
    // "Une personne, une locataire âgée de 76 ans, est toujours portée
    // disparue": a toll in apposition inside another of the same count is
    // that one, told twice.
    let spans: Vec<(usize, usize, Cat, Option<u64>)> = out
        .iter()
        .map(|o| (o.start, o.end, o.category, o.count))
        .collect();
    // The spans in the order of their starts, with the furthest end among
    // each one and those before it: a toll that no span starting before it
    // reaches the end of is inside none (a document of many figures is not
    // read whole for each).
    let mut by_start: Vec<(usize, usize)> = spans.iter().map(|&(s, e, _, _)| (s, e)).collect();
    by_start.sort_unstable();
    let furthest: Vec<usize> = by_start
        .iter()
        .scan(0, |m, &(_, e)| {
            *m = e.max(*m);
            Some(*m)
        })
        .collect();
    let mut k = 0;
    out.retain(|o| {
        k += 1;
        let before = by_start.partition_point(|&(s, _)| s < o.start);
        if before == 0 || furthest[before - 1] < o.end {
            return true;
        }
        !spans.iter().enumerate().any(|(j, &(s, e, c, n))| {
            j + 1 != k && c == o.category && n == o.count && s < o.start && o.end <= e && {
                // (Right after the first noun and its comma: not an
                // item of a list, "un Jordanien, un Érythréen et un
                // Soudanais".)
                let gap = &text[doc.byte_offset(s)..doc.byte_offset(o.start)];
                gap.trim_end().ends_with(',')
                    && gap.matches(',').count() == 1
                    && gap.split_whitespace().count() <= 3
                    && !o.text.contains(" et ")
            }
        })
    });
    // "le plan NOVI (nombreuses victimes)": words in brackets after a word
    // in capitals spell that acronym; a toll with no number there is none.
    out.retain(|o| {
        o.count.is_some()
            || !spells_acronym_before(text, doc.byte_offset(o.start), doc.byte_offset(o.end))
    });
    bilan_sources_in_paragraph(doc, &mut out);
    claims_denied_next(doc, &mut out);
    sources_named_next(doc, &mut out);
    doubted_next(doc, &mut out);
    headlines_as_told_below(doc, &mut out);
    sick_in_hospital(doc, &mut out);
    // Bare cases ("ont signalé douze cas") are an epidemic's only: "la
    // police a enregistré 300 cas" counts something else.
    if out.iter().any(is_bare_cases) && !EPIDEMIC.is_match(&doc.text) {
        out.retain(|c| !is_bare_cases(c));
    }
    out
}

/// "au moins 1 600 personnes ont été tuées et plus de 800 blessées dans les
/// violences … depuis le début de l'année": the span told after the last of
/// figures joined by "et" is the span of each (the figures of one
/// sentence, in order).
fn shared_span(text: &str, doc: &Document, figs: &mut [CasualtyFigure]) {
    for k in (1..figs.len()).rev() {
        let (a, b) = (&figs[k - 1], &figs[k]);
        if !b.cumulative || a.cumulative || a.end > b.start {
            continue;
        }
        let between =
            crate::document::fold(&text[doc.byte_offset(a.end)..doc.byte_offset(b.start)]);
        let joined = between.len() <= 40
            && between.split_whitespace().any(|w| w == "et")
            && !between.contains([',', ';', ':', '.', '(']);
        let dated = between.split(|c: char| !c.is_alphanumeric()).any(|w| {
            crate::extract::dates::names_a_day(w)
                || w.bytes().all(|c| c.is_ascii_digit()) && !w.is_empty()
        });
        if joined && !dated {
            figs[k - 1].cumulative = true;
        }
    }
}

/// "l'un des blessés ayant d'abord été déclaré mort par erreur": a death
/// announced by mistake is none (not "tué par erreur", a real death).
fn declared_dead_wrongly(sent: &str, f: &Fig) -> bool {
    // (The trigger may stand after the figure: "figurent parmi les
    // victimes".)
    let from = sent.floor_char_boundary(f.trigger.min(f.start).saturating_sub(40));
    let to = sent.floor_char_boundary((f.end.max(f.trigger) + 30).min(sent.len()));
    let w = crate::document::fold(&sent[from..to]);
    ["declare", "annonce", "donne pour", "presente comme"]
        .iter()
        .any(|d| w.contains(d))
        && (w.contains("par erreur") || w.contains(" a tort"))
}

/// A count of cases told by the noun alone ("douze cas", "plus de 1 300
/// cas"): see [`bare_cases`].
fn is_bare_cases(c: &CasualtyFigure) -> bool {
    c.category == Cat::Affected && crate::document::fold(&c.text).ends_with(" cas")
}

/// "environ 350 malades étaient hospitalisés", "2 882 nouvelles
/// hospitalisations", "400 malades ont été admis à l'hôpital" in the news
/// of an epidemic: the sick, no wounded.
fn sick_in_hospital(doc: &Document, out: &mut [CasualtyFigure]) {
    if !out.iter().any(|c| c.category == Cat::Injured) {
        return;
    }
    // (Named diseases only: "de nombreuses victimes souffraient de
    // maladies préexistantes" in a heatwave is no epidemic.)
    // (The headline read once, where a figure needs it.)
    let mut headline: Option<bool> = None;
    let mut epidemic = |at: usize| {
        let p = &doc.paragraphs[doc.paragraph_at(doc.byte_offset(at))];
        names_a_disease(&doc.text[p.start..p.end])
            || *headline.get_or_insert_with(|| {
                doc.paragraphs
                    .iter()
                    .find(|p| p.kind == crate::model::ParagraphKind::Headline)
                    .is_some_and(|h| names_a_disease(&doc.text[h.start..h.end]))
            })
    };
    for c in out.iter_mut() {
        if c.category != Cat::Injured {
            continue;
        }
        let t = crate::document::fold(&c.text);
        let cared = [
            "hospitalis",
            "soign",
            "patients",
            "pris en charge",
            "admis",
            "malades",
        ]
        .iter()
        .any(|w| t.contains(w));
        // (Not the wounded of an attack on a clinic: "blessé" stays.)
        if cared && !t.contains("bless") && epidemic(c.start) {
            c.category = Cat::Affected;
            c.severity = None;
        }
    }
}

/// A source that doubts itself: "selon un bilan non confirmé", "de
/// sources non vérifiées", "selon des informations invérifiables".
/// Before a figure, a count that doubts itself: "un bilan non confirmé",
/// "un bilan officieux circulant parmi les déplacés".
fn doubtful_count_before(before: &str) -> bool {
    let f = crate::document::fold(tail(before, 200));
    f.rfind("bilan")
        .is_some_and(|i| doubtful_source(head(&f[i..], 40)))
}

/// Before a figure, an earlier count that a later one replaced: "un
/// précédent bilan faisait état de 21 morts", "le premier bilan annonçait
/// 18 décès" (reported: the count is the earlier report's).
fn earlier_count_before(before: &str) -> bool {
    let f = crate::document::fold(tail(before, 120));
    // (A first count is the current one while it is told in the present:
    // "un premier bilan fait état de 4 morts"; replaced, in the past.)
    // "Le bilan, initialement de huit morts, …".
    if f.trim_end().ends_with("initialement de") || f.trim_end().ends_with("initialement d'") {
        return true;
    }
    let Some((i, first)) = [
        "precedent bilan",
        "premier bilan",
        "ancien bilan",
        "bilan precedent",
        "bilan initial",
        "bilan anterieur",
    ]
    .iter()
    .filter_map(|w| {
        f.rfind(w)
            .map(|i| (i + w.len(), w.contains("premier") || w.contains("initial")))
    })
    .max() else {
        return false;
    };
    // Nothing of the new count between: no other figure, no "désormais".
    let gap = &f[i..];
    let past = gap
        .split_whitespace()
        .any(|w| w.len() > 4 && w.ends_with("ait"));
    // (Another figure of the same count before, in a list: "le premier
    // bilan faisait état de 20 morts et 42 blessés".)
    static NEXT_ITEM: LazyLock<FastRegex> =
        LazyLock::new(|| FastRegex::new(r"^[^\d]*\d[\d ]*\s+[a-z]+\s*(?:,|\bet)\s*$").unwrap());
    let digits = gap.contains(|c: char| c.is_ascii_digit());
    (!first || past)
        && !gap.contains(';')
        && (!digits || NEXT_ITEM.is_match(gap))
        && ![
            "desormais",
            "maintenant",
            "alourdi",
            "passe a",
            "eleve a",
            "depuis",
        ]
        .iter()
        .any(|w| gap.contains(w))
}

/// Before a figure, an accusation: "sont accusées d'avoir tué plusieurs
/// milliers de civils", "accusée par la Commission d'avoir tué quatorze
/// civils" (reported: the toll is the accuser's).
fn alleged_before(before: &str) -> bool {
    static ALLEGED: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\baccus(?:e|ent|ait|aient|é|ée|és|ées)\s+(?:[^,;.«»]{1,120}?\s)?d['’]\s*avoir\s+(?:\w+\s+){0,2}?(?:tu|bless|enlev|kidnapp|arr[êe]t|captur|ex[ée]cut|massacr|abattu|assassin|tortur|viol)\w*\s+(?:\w+\s+)?$").unwrap()
    });
    let t = tail(before, 200);
    t.contains("accus") && ALLEGED.is_match(t)
}

/// After a figure, an apposition that doubts it: ", un bilan que les
/// autorités n'ont pas confirmé", ", un chiffre non vérifié"; or a
/// relative clause right after it: "un bilan de 98 morts, qui n'a pas été
/// confirmé".
fn doubtful_count_after(after: &str) -> bool {
    // (Within the figure's clause: "Quatre d'entre eux ont été libérés ;
    // les deux autres auraient été relâchés, …, une information que la
    // police n'a pas confirmée" doubts the second only.)
    let f = crate::document::fold(head(after, 200));
    let f = f.split(';').next().unwrap_or("");
    if [", qui ", ", que ", ", qu'"]
        .iter()
        .any(|w| f.starts_with(w))
        && doubtful_source(head(f, 60).split([',', '.', ';']).nth(1).unwrap_or(""))
    {
        return true;
    }
    [
        ", un bilan",
        ", un chiffre",
        ", un decompte",
        ", ce bilan",
        ", ce chiffre",
        ", une information",
        ", des informations",
        ", une affirmation",
    ]
    .iter()
    .filter_map(|w| f.find(w))
    .min()
    .is_some_and(|i| doubtful_source(head(&f[i..], 90)))
}

/// Right after a figure, a participle in apposition that doubts it: "plus
/// de 2 000 morts, jamais vérifié", ", non confirmés". (Whoever told it.)
fn doubted_in_apposition(after: &str) -> bool {
    let f = crate::document::fold(head(after, 28));
    [", jamais ", ", non "]
        .iter()
        .any(|w| f.starts_with(w) && doubtful_source(&f))
}

/// A count named as such ("un bilan de plus de 50 morts", "le chiffre de
/// 46 tués", "des messages faisant état d'une dizaine de morts") that the
/// rest of its sentence calls false: "… a été démenti", "… qualifié de
/// « mensonger » par le ministre"; or any figure that an apposition or a
/// relative clause after it denies: "deux morts, une information démentie
/// par la police", "une vingtaine de tués, un chiffre rejeté par le
/// gouvernement", "… auraient été blessés, ce que la préfecture a démenti".
fn denied_count(before: &str, after: &str) -> bool {
    let a = crate::document::fold(head(after, 120));
    let a = a.split(['.', ';']).next().unwrap_or("");
    let apposed_denial = [
        ", une information",
        ", cette information",
        ", un chiffre",
        ", ce chiffre",
        ", un bilan",
        ", ce bilan",
        ", ce qu",
    ]
    .iter()
    .filter_map(|w| a.find(w).map(|i| i + w.len()))
    .min()
    .is_some_and(|i| denies(head(&a[i..], 60)));
    if apposed_denial {
        return true;
    }
    let b = crate::document::fold(tail(strip_qualifier(before).0, 40));
    let named = [
        "bilan de",
        "bilan d'",
        "bilans de",
        "bilans d'",
        "chiffre de",
        "chiffre d'",
        "chiffres de",
        "chiffres d'",
        "faisant etat de",
        "faisant etat d'",
        "faisaient etat de",
        "faisaient etat d'",
        "faisait etat de",
        "faisait etat d'",
    ]
    .iter()
    .any(|w| b.trim_end().ends_with(w));
    if !named {
        return false;
    }
    // The denial before the count, in its clause: "tout en qualifiant
    // d'« exagérés » les bilans de plus de 50 morts", "rejetant les
    // informations qui faisaient état d'une trentaine de morts".
    let wide = crate::document::fold(tail(strip_qualifier(before).0, 140));
    let clause = wide.rsplit(['.', ';']).next().unwrap_or("");
    // (Its object runs to the count, no comma between: not "Le ministre,
    // rejetant toute responsabilité, a confirmé le bilan de 12 morts".)
    let qualified_false = clause.rfind("qualifi").is_some_and(|i| {
        let rest = &clause[i..];
        !rest.contains(',')
            && [
                "exagere",
                "mensonger",
                "faux",
                "fantaisiste",
                "infonde",
                "errone",
                "gonfle",
            ]
            .iter()
            .any(|w| rest.contains(w))
    });
    let rejecting = ["rejetant", "dementant", "refutant"]
        .iter()
        .any(|w| clause.rfind(w).is_some_and(|i| !clause[i..].contains(',')));
    if qualified_false || rejecting {
        return true;
    }
    let f = crate::document::fold(head(after, 200));
    let f = f.split(['.', ';']).next().unwrap_or("");
    denies(f)
        || ["qualifie de", "juge", "taxe de", "denonce comme"]
            .iter()
            .filter_map(|w| f.find(w))
            .any(|i| {
                let rest = head(&f[i..], 40);
                ["mensonger", "faux", "fantaisiste", "infonde", "errone"]
                    .iter()
                    .any(|w| rest.contains(w))
            })
}

/// A verb of denial in folded text, not itself negated ("démenti",
/// "rejeté", "réfuté"; not "que la police n'a pas démenti").
fn denies(folded: &str) -> bool {
    ["dementi", "dement ", "dementent", "rejete", "refute"]
        .iter()
        .any(|w| {
            folded
                .match_indices(w)
                .any(|(i, _)| !tail(&folded[..i], 14).contains("pas "))
        })
}

fn doubtful_source(source: &str) -> bool {
    let f = crate::document::fold(source);
    [
        "non confirm",
        "pas confirm",
        // "qui n'a pas été confirmé", "n'a pas pu être vérifié" (not the
        // agencies' "un bilan impossible à vérifier de source
        // indépendante", a claim's usual caveat: reported).
        "pas ete confirm",
        "jamais ete confirm",
        "jamais confirm",
        "pas encore ete confirm",
        "pas pu etre confirm",
        "pas ete verifi",
        "pas pu etre verifi",
        "en mesure de verifier",
        // ("un chiffre qui n'a pu être vérifié de source indépendante".)
        "n'a pu etre verifi",
        "n'ont pu etre verifi",
        "non verifi",
        "jamais verifi",
        "jamais ete verifi",
        "inverifi",
        "non officiel",
        "officieu",
    ]
    .iter()
    .any(|w| f.contains(w))
}

/// The clause before a figure names a war or an armed conflict as what
/// made the toll: "le conflit a fait", "un conflit qui a tué environ",
/// "la guerre civile, qui a fait", "le conflit, déclenché en 2011 par la
/// répression de manifestations, a fait".
pub(crate) fn told_of_conflict(before: &str) -> bool {
    conflict_named_at(before).is_some()
}

/// Where the war or conflict of [`told_of_conflict`] is named in `before`.
pub(crate) fn conflict_named_at(before: &str) -> Option<usize> {
    static CONFLICT: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:conflits?|guerres?|insurrections?|r[ée]bellions?)(?:\s+[\p{L}'’-]+){0,6}?(?:\s*,[^,;.()]{1,100},)?\s*,?\s*(?:(?:qui|ayant)\s+(?:(?:a|ont|avait|avaient|aurait|auraient|aura)\s+)?(?:d[ée]j[àa]\s+)?(?:(?:fait|tu[ée]|co[ûu]t[ée]\s+la\s+vie\s+[àa]|caus[ée]\s+la\s+mort\s+d[e'’]|provoqu[ée]\s+la\s+mort\s+d[e'’])\s*)?|(?:(?:a|ont|avait|avaient|aurait|auraient|aura)\s+)?(?:d[ée]j[àa]\s+)?(?:fait|tu[ée]|co[ûu]t[ée]\s+la\s+vie\s+[àa]|caus[ée]\s+la\s+mort\s+d[e'’]|provoqu[ée]\s+la\s+mort\s+d[e'’])\s*|(?:a|ont|avait|avaient|aurait|auraient|aura)\s+(?:d[ée]j[àa]\s+)?)(?:(?:plus\s+de|au\s+moins|environ|pr[èe]s\s+de|quelque|pas\s+moins\s+de)\s*)?$").unwrap()
    });
    let from = before.ceil_char_boundary(before.len().saturating_sub(200));
    let w = before[from..].to_lowercase();
    // (A word of war first: the regex is built only where one stands.)
    if !["conflit", "guerre", "insurrection", "bellion"]
        .iter()
        .any(|k| w.contains(k))
    {
        return None;
    }
    CONFLICT.find(&before[from..]).map(|m| from + m.start())
}

/// The figure counts a long span, not one event: "depuis 2009", "depuis le
/// début du conflit", "depuis le 7 décembre", "en cinq ans", a war's toll
/// ("le conflit a fait…").
fn cumulative(sent: &str, start: usize, end: usize) -> bool {
    static SPAN: LazyLock<FastRegex> = LazyLock::new(|| {
        let months = MONTH_NAMES;
        FastRegex::new(&format!(
            r"(?i)\bdepuis\s+(?:le\s+d[ée]but|sa\s+cr[ée]ation|(?:(?:l[ae]\s+)?(?:d[ée]but|fin|mi-?)\s*)?{months}\b|(?:(?:l[ae]\s+)?(?:d[ée]but|fin|mi-?)\s*)?(?:{months}\s+)?(?:19|20)\d\d|l['’]an\s+\d{{4}}|des\s+(?:mois|ann[ée]es|d[ée]cennies)|plusieurs\s+(?:mois|ann[ée]es|d[ée]cennies)|(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt)\s+(?:ans|mois|ann[ée]es))\b|\ben\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|plusieurs)\s+(?:ans|ann[ée]es|d[ée]cennies)\b|\bd[ée]cennies?\s+de\s+(?:conflit|guerre)|\bdepuis\s+(?:le|la|l['’]|son|sa|leur)\s*[^.;,()]{{0,40}}?\b(?:19|20)\d\d\b|\bdepuis\s+(?:le|son)\s+coup\s+d['’][ée]tat|\bdepuis\s+le\s+(?:1er|\d{{1,2}})\s+{months}\b"
        ))
        .unwrap()
    });
    let lo = sent.ceil_char_boundary(start.saturating_sub(160));
    let hi = sent.floor_char_boundary((end + 80).min(sent.len()));
    // (A figure compared with another time counts from the comparison:
    // "Depuis le 1er janvier, 38 personnes ont été tuées, contre 32 sur
    // l'ensemble de l'année 2022".)
    let lo = sent[lo..start]
        .rfind(';')
        .map(|i| lo + i + 1)
        .into_iter()
        .chain(sent[lo..start].rfind(", contre").map(|i| lo + i + 1))
        .max()
        .unwrap_or(lo);
    let hi = sent[end..hi].find(';').map_or(hi, |i| end + i);
    let w = sent[lo..hi].to_lowercase();
    // (Not the span of a superlative: "a atteint son plus haut niveau
    // depuis 2019, forçant l'évacuation de 900 personnes".)
    let superlative = |at: usize| {
        let from = sent.floor_char_boundary(at.saturating_sub(50));
        let before = crate::document::fold(&sent[from..at]);
        let clause = before.rsplit([',', ';']).next().unwrap_or(&before);
        let words: Vec<&str> = clause
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        // ("son plus haut niveau", "le plus meurtrier"; not the bound
        // "plus de 3 500 personnes".)
        words.windows(2).any(|p| {
            p[1] == "plus"
                && matches!(
                    p[0],
                    "le" | "la" | "les" | "son" | "sa" | "ses" | "leur" | "leurs"
                )
        }) || words
            .iter()
            .any(|w| matches!(*w, "pire" | "jamais" | "record" | "inegale" | "precedent"))
    };
    told_of_conflict(&sent[..start])
        || (w.contains("depuis") || w.contains(" an") || w.contains("cenni"))
            && SPAN.find_iter(&sent[lo..hi]).any(|m| {
                // (A figure of the time compared still counts from it:
                // "la semaine la plus meurtrière depuis avril 2015, lorsque
                // plus de 800 personnes avaient disparu".)
                let between = (lo + m.end() <= start)
                    .then(|| crate::document::fold(&sent[lo + m.end()..start]));
                let recalled = between.as_deref().is_some_and(tells_a_recall);
                // (Not a span after a day of the figure's own: "19 morts
                // mardi à Mopti, et plus de 300 depuis le début de l'année".)
                let own_day = lo + m.start() >= end
                    && tells_a_day(&crate::document::fold(&sent[end..lo + m.start()]));
                // (Nor a span before a day of the figure's own: "Depuis
                // 2015, …, et l'attaque de lundi a fait 12 morts".)
                // (Nor one before a month of its own beyond the span's
                // clause: "équipé de barrières depuis 2016, … une collision
                // en novembre 2018, qui avait fait un blessé"; not "depuis
                // le début du conflit en décembre 2013, au moins 100".)
                let day_between = between.as_deref().is_some_and(|b| {
                    tells_a_day(b)
                        || b.split_once(',')
                            .is_some_and(|(_, rest)| tells_a_time(rest))
                });
                !own_day && !day_between && (recalled || !superlative(lo + m.start()))
            })
        || opens_on_a_span(sent, start, &SPAN)
        || opens_on_since_then(sent, start)
}

/// The openings of a sentence that count from a start told before it:
/// "Depuis," alone ("Depuis lors,", "Depuis cette date,").
const SINCE_THEN: &[&str] = &["Depuis,", "Depuis lors,", "Depuis cette date,"];

/// The rest of `text` after a [`SINCE_THEN`] opening, if it has one.
pub(crate) fn after_since_then(text: &str) -> Option<&str> {
    let body = text.trim_start();
    SINCE_THEN.iter().find_map(|w| body.strip_prefix(w))
}

/// Does the sentence open on "Depuis," alone ([`SINCE_THEN`]), the span's
/// start told before it ("… a lancé fin octobre une offensive. Depuis, au
/// moins 378 civils ont été tués"), with no day of the figure's own before
/// it?
fn opens_on_since_then(sent: &str, start: usize) -> bool {
    let Some(rest) = after_since_then(sent) else {
        return false;
    };
    let at = sent.len() - rest.len();
    at <= start && {
        let between = crate::document::fold(&sent[at..start]);
        !between.contains(';') && !tells_a_day(&between) && !tells_a_recall(&between)
    }
}

/// Does the sentence open on a span ("Depuis fin 2016, le conflit qui
/// oppose … a fait plus de 3 500 morts") that the figure at `start`, in
/// the same clause chain (no ";" between) and with no day of its own
/// between, counts over, however long the subject before it?
fn opens_on_a_span(sent: &str, start: usize, span: &FastRegex) -> bool {
    let body = sent.trim_start();
    let off = sent.len() - body.len();
    if !body
        .get(..7)
        .is_some_and(|w| w.eq_ignore_ascii_case("depuis "))
    {
        return false;
    }
    let Some(m) = span.find(&sent[off..start]).filter(|m| m.start() == 0) else {
        return false;
    };
    let between = crate::document::fold(&sent[off + m.end()..start]);
    between.starts_with(',')
        && !between.contains(';')
        && !between.contains(", contre")
        && !tells_a_day(&between)
        && !tells_a_recall(&between)
}

/// Does the folded text hold a weekday or "hier" (a day of a figure's
/// own, against a span)?
fn tells_a_day(folded: &str) -> bool {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| crate::extract::dates::WEEKDAYS.contains(&w) || w == "hier")
}

/// Does the folded text tell a day or a month of its own ("mardi", "en
/// novembre 2018", "le 3 mai")?
fn tells_a_time(folded: &str) -> bool {
    tells_a_day(folded) || {
        let words: Vec<&str> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        words.windows(2).any(|p| {
            crate::document::MONTHS.contains(&p[1])
                && (p[0] == "en" || p[0].bytes().all(|b| b.is_ascii_digit()))
        })
    }
}

/// Does the folded text recall a past moment ("lorsque", "quand", a
/// pluperfect's "avait"): a figure of the time compared with a span?
fn tells_a_recall(folded: &str) -> bool {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "lorsque" | "quand" | "avait" | "avaient"))
}

/// "… au moins 26 morts … 40 autres ont été blessés. L'attaque s'est
/// produite à l'est de Sanaa, selon le bilan de l'hôpital de Marib.": a
/// source of the toll ("selon le bilan de …", "d'après un bilan de …")
/// later in the paragraph reports its figures told before it.
fn bilan_sources_in_paragraph(doc: &Document, figs: &mut [CasualtyFigure]) {
    static BILAN_SOURCE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:selon|d['’]apr[eè]s)\s+(?:le|un|ce|les)\s+(?:(?:dernier|nouveau|premier|derniers|nouveaux|premiers)\s+)?bilans?\s+(?:\w+\s+)?(?:de|du|des|d['’])\s*[^,.;:()«»]{2,60}")
            .unwrap()
    });
    // The last search: its paragraph, where it began, and the source it
    // found (where it starts in the text, and its text). A later figure of
    // the paragraph finds the same source, or one starting right where it
    // ends (the search's start is a word boundary of its own): a paragraph
    // of many figures is not read again to its end for each one.
    /// A source found: where it starts in the text, and its text.
    type Source<'a> = Option<(usize, &'a str)>;
    let mut last: Option<(usize, usize, Source)> = None;
    for f in figs.iter_mut() {
        if f.modality != Modality::Asserted {
            continue;
        }
        let Some(p) = doc.paragraphs.get(f.paragraph) else {
            continue;
        };
        let from = doc.text.floor_char_boundary(doc.byte_offset(f.end));
        if from >= p.end {
            continue;
        }
        let rest = &doc.text[from..p.end];
        let found = match last {
            Some((par, start, found))
                if par == f.paragraph
                    && start <= from
                    && found.is_none_or(|(at, _)| at >= from) =>
            {
                match BILAN_SOURCE.captures_at_start(rest) {
                    Some(c) => Some((from, c.get(0).unwrap().as_str())),
                    None => found,
                }
            }
            _ => BILAN_SOURCE
                .find(rest)
                .map(|m| (from + m.start(), m.as_str())),
        };
        last = Some((f.paragraph, from, found));
        if let Some((_, source)) = found {
            f.modality = Modality::Reported;
            f.attribution = Some(source.trim_end().to_string());
        }
    }
}

/// A claim denied in the next sentence by a demonstrative: "Le TTP affirme
/// avoir tué « plus de 30 policiers ». La police a démenti ce chiffre" —
/// the claimed figure is negated, as a figure "démenti par l'armée" in its
/// own sentence is. Only figures already reported (someone's claim); not
/// where the figure is only contested ("La préfecture a contesté ce
/// chiffre, évoquant quatre blessés": a count against a count).
fn claims_denied_next(doc: &Document, figs: &mut [CasualtyFigure]) {
    static DENIED_NEXT: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)^[^.;!?]{0,100}?\b(?:(?:a|ont|avait|avaient)\s+(?:\w+ment\s+)?(?:d[ée]menti|r[ée]fut[ée]|rejet[ée]|qualifi[ée]\s+de\s+(?:«\s*)?(?:faux|fantaisistes?|mensong\w*|propagande))|d[ée]ment(?:ent)?|r[ée]fute(?:nt)?)\s+(?:ce|ces|cette)\s+(?:chiffres?|bilans?|affirmations?|informations?|revendications?|all[ée]gations?|version|propos|assertions?)\b").unwrap()
    });
    for f in figs.iter_mut() {
        if f.modality == Modality::Reported
            && next_in_paragraph(doc, f).is_some_and(|next| DENIED_NEXT.is_match(next))
        {
            f.modality = Modality::Negated;
        }
    }
}

/// A count whose source the next sentence names: "Au moins dix-sept
/// personnes ont été tuées. Le bilan a été communiqué en fin d'après-midi
/// par le commissaire adjoint du district" — the figures told before are
/// reported, the source being the "par …" phrase. Only a sentence about
/// the count itself (the toll, its figures) given by someone; not a
/// count revised ("Le bilan a été porté à 37 morts") nor denied.
fn sources_named_next(doc: &Document, figs: &mut [CasualtyFigure]) {
    static SOURCED_NEXT: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)^\s*(?:le|ce|ces|les|cet?)\s+(?:(?:premier|dernier|nouveau|précédent|provisoire)s?\s+)?(?:bilans?|chiffres?|d[ée]comptes?)\s+(?:provisoires?\s+|officiels?\s+)?(?:a|ont|avait|avaient)\s+été\s+(?:(?:\w+ment|hier|aujourd['’]hui|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir))?|en\s+(?:fin\s+de\s+|début\s+de\s+)?(?:matinée|après-midi|soirée|journée))\s+)*(?:communiqu|donn|fourni|transmis|publi|annonc|établi|diffus|avancé|rendu\w*\s+publi)\w*\s+(?:[^.;!?]{0,60}?\s)?(par\s+(?:la|le|les|l['’]|un|une|des|son|sa|ses)\b[^.;!?]{0,120})")
            .unwrap()
    });
    for f in figs.iter_mut() {
        if f.modality != Modality::Asserted {
            continue;
        }
        if let Some(c) = next_in_paragraph(doc, f).and_then(|next| SOURCED_NEXT.captures(next)) {
            f.modality = Modality::Reported;
            f.attribution = Some(c[1].trim_end().to_string());
        }
    }
}

/// The text of the sentence after figure `f`'s, if its paragraph goes on.
fn next_in_paragraph<'d>(doc: &'d Document, f: &CasualtyFigure) -> Option<&'d str> {
    let s = doc.sentence_at(doc.byte_offset(f.end))?;
    let next = doc.sentences.get(s.index + 1)?;
    (next.paragraph == s.paragraph).then(|| doc.sentence_text(next))
}

/// Whether `before` (a sentence up to a figure) ends with a member of a
/// set already counted and the comma that opens an apposition to it:
/// "L'un des blessés,", "une des victimes,", "l'un des otages,".
fn apposed_to_a_member(before: &str) -> bool {
    let Some(b) = before.trim_end().strip_suffix(',') else {
        return false;
    };
    let clause = b.rsplit([',', ';', ':', '(']).next().unwrap_or(b);
    let f = crate::document::fold(clause);
    let w: Vec<&str> = f
        .split(|c: char| c.is_whitespace() || c == '\'')
        .filter(|w| !w.is_empty())
        .collect();
    matches!(
        w.as_slice(),
        [.., "un" | "une", "des", noun]
            if matches!(*noun, "blesses" | "blessees" | "victimes" | "morts" | "tues" | "otages" | "disparus" | "disparues")
    )
}

/// Figures that the next sentence of their paragraph doubts by a
/// demonstrative: "… a-t-il raconté. Ces chiffres n'ont pas pu être
/// vérifiés de manière indépendante", "Ce bilan n'a pas été confirmé par
/// les autorités" — uncertain, as a source or a count that doubts itself in
/// the figure's own sentence is ([`doubtful_source`]). Not where the doubt
/// is waved away ("Ces chiffres, invérifiables de source indépendante, sont
/// jugés fiables par l'ONU").
fn doubted_next(doc: &Document, figs: &mut [CasualtyFigure]) {
    const COUNT_NOUNS: &[&str] = &[
        "chiffre",
        "chiffres",
        "bilan",
        "bilans",
        "information",
        "informations",
        "affirmation",
        "affirmations",
        "allegation",
        "allegations",
        "donnees",
        "estimation",
        "estimations",
        "nombre",
        "revendication",
        "revendications",
    ];
    for f in figs.iter_mut() {
        if !matches!(f.modality, Modality::Asserted | Modality::Reported) {
            continue;
        }
        let Some(next) = next_in_paragraph(doc, f) else {
            continue;
        };
        let t = crate::document::fold(head(next, 160));
        let mut words = t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        let opens = matches!(words.next(), Some("ce" | "ces" | "cette"))
            && words.next().is_some_and(|w| COUNT_NOUNS.contains(&w))
            // "Reuters n'a pas été en mesure de vérifier ces informations":
            // who could not check them, then the demonstrative.
            || t.split_once("en mesure de verifier ").is_some_and(|(_, rest)| {
                let mut w = rest.split(|c: char| !c.is_alphanumeric());
                matches!(w.next(), Some("ce" | "ces" | "cette"))
                    && w.next().is_some_and(|w| COUNT_NOUNS.contains(&w))
            });
        if opens && doubtful_source(&t) && !t.contains("fiable") && !t.contains("credible") {
            f.modality = Modality::Uncertain;
        }
    }
}

/// Is the figure `f` coordinated by "et" right after the figure ending at
/// `prev_end`, with no verb of its own before its toll word ("… et 400
/// autres blessées")?
fn elided(sent: &str, prev_end: usize, f: &Fig) -> bool {
    static AUX: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:ont|sont|a|est|[ée]t[ée]|[ée]taient|[ée]tait|avaient|avait|auraient|aurait|seraient|serait|furent|fut)\b").unwrap()
    });
    if f.num_start < prev_end || f.trigger < f.num_start {
        return false;
    }
    // "… mortes [intoxiquées] et 400 autres blessées": a word or two may
    // end the first clause.
    let gap = sent[prev_end..f.num_start].trim().to_lowercase();
    (gap == "et" || gap.ends_with(" et"))
        && gap.split_whitespace().count() <= 3
        && !gap.contains(['.', ';', ':', '(', ')'])
        && !AUX.is_match(&gap)
        && !AUX.is_match(&sent[f.num_start..f.trigger])
}

/// A headline drops its sources: a headline figure told below with the
/// same category and count, reported or uncertain there ("20 morts" over
/// "… plus de vingt pompiers, selon le maire"), is so in the headline too;
/// a headline's source gives way to the body's doubt ("une cinquantaine de
/// morts selon une ONG" over "… auraient été tuées, selon le RNDDH").
fn headlines_as_told_below(doc: &Document, figs: &mut [CasualtyFigure]) {
    let headline = |f: &CasualtyFigure| {
        doc.paragraphs
            .get(f.paragraph)
            .is_some_and(|p| p.kind == crate::model::ParagraphKind::Headline)
    };
    // How much a figure is hedged: a source, then doubt.
    let hedge = |m: Modality| match m {
        Modality::Asserted => 0,
        Modality::Reported => 1,
        Modality::Uncertain => 2,
        _ => 3,
    };
    for i in 0..figs.len() {
        if !headline(&figs[i]) || hedge(figs[i].modality) > 1 || figs[i].count.is_none() {
            continue;
        }
        // (Not where the body first tells the figure as sure: "Au moins 31
        // personnes ont été tuées" in the lead, before "le ministère a
        // confirmé le chiffre de 31 morts".)
        if figs
            .iter()
            .find(|g| !headline(g) && g.category == figs[i].category && g.count == figs[i].count)
            .is_some_and(|g| g.modality == Modality::Asserted)
        {
            continue;
        }
        // A headline's "selon une ONG" over a body's conditional ("auraient
        // été tuées, selon le RNDDH") is the body's doubt.
        let below = figs.iter().find(|g| {
            !headline(g)
                && g.category == figs[i].category
                && g.count == figs[i].count
                && matches!(g.modality, Modality::Reported | Modality::Uncertain)
                && hedge(g.modality) > hedge(figs[i].modality)
        });
        if let Some(g) = below {
            let (modality, attribution) = (g.modality, g.attribution.clone());
            figs[i].modality = modality;
            figs[i].attribution = attribution;
        }
    }
}

/// Does `after` (a total's number's right context) open on a word that
/// can only start an adverbial — a day, a source, a place or time
/// preposition — and so no unit or thing counted ("30 mardi", "30 selon
/// la police", "30 dans la ville", "30 depuis lundi")? Not "pour" ("30
/// pour cent"), "par" ("30 par jour"), "sur" ("30 sur 100") nor "en" ("30
/// en moyenne"): rates and shares.
fn opens_an_adverbial(after: &str) -> bool {
    const OPENERS: &[&str] = &[
        "aujourd'hui",
        "ce",
        "cette",
        "selon",
        "d'apres",
        "dans",
        "apres",
        "depuis",
        "contre",
        "dont",
        "parmi",
        "desormais",
        "lors",
        "mais",
    ];
    let f = crate::document::fold(after.get(..after.floor_char_boundary(24)).unwrap_or(after));
    let w = f
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .next()
        .unwrap_or("");
    OPENERS.contains(&w) || crate::extract::dates::names_a_day(w)
}

/// The rest of a gap between two figures after the first one's own
/// passive verb, where it opens the gap: "avaient été retrouvés mardi,
/// puis" gives "mardi, puis" (a noun figure ends at its noun).
fn after_own_passive(gap: &str) -> Option<&str> {
    // Words with their end offsets in `gap`.
    let mut words = gap.split_whitespace().map(|w| {
        let end = w.as_ptr() as usize - gap.as_ptr() as usize + w.len();
        (w, end)
    });
    let aux = crate::document::fold(words.next()?.0);
    if !matches!(
        aux.as_str(),
        "ont" | "avaient" | "sont" | "etaient" | "auraient" | "seraient" | "a" | "avait" | "est"
    ) {
        return None;
    }
    let mut w = words.next()?;
    if crate::document::fold(w.0) == "ete" {
        w = words.next()?;
    }
    let f = crate::document::fold(w.0);
    let participle = ["e", "es", "ee", "ees", "is", "it", "its", "us"]
        .iter()
        .any(|e| f.ends_with(e))
        && w.0.chars().all(char::is_alphabetic);
    participle.then(|| &gap[w.1..])
}

/// Does `post` (the text after a number) start with a place: "à Trèbes",
/// "en Gironde", "au Mans"; or where the dying died: "à l'hôpital", "sur
/// place" ("Huit sont morts sur place, les trois autres à l'hôpital"); or
/// the side whose dead they are: "côté israélien", "du côté des rebelles",
/// "chez les soldats", "dans le camp loyaliste"? Then the number stands
/// alone, counted there.
fn at_a_place(post: &str) -> bool {
    static AT_PLACE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"^\s*(?:(?:à|a|en|au|aux|dans\s+l[ae'’]\s*)\s*(?-i:\p{Lu})|dans\s+(?:(?:celui|celle)|(?:le|la|l['’])\s*(?:district|d[ée]partement|province|r[ée]gion|comt[ée]|commune|ville|village|localit[ée]|gouvernorat|pr[ée]fecture|wilaya|canton|territoire|secteur|quartier|arrondissement|zone|[ée]tat|État)(?:\s+(?:voisine?|limitrophe|proche|frontali(?:er|[èe]re)))?)\s+(?:de\s+|d['’]\s*)(?-i:\p{Lu})|(?i:(?:à|a)\s+l['’]\s*h[ôo]pital|sur\s+(?:place|le\s+coup)|en\s+route\s+vers\s+l['’]\s*h[ôo]pital|(?:pendant|durant|lors\s+de)\s+(?:son|leur)\s+(?:transfert|[ée]vacuation))\s*(?:[,.;)]|$)|(?i:(?:du\s+)?c[ôo]t[ée]\s+(?:des\s+|du\s+|de\s+l['’]\s*|d['’]\s*)?\p{L}|chez\s+(?:les|l['’])\s*\p{L}|dans\s+(?:le\s+camp|les\s+rangs)\s))").unwrap()
    });
    AT_PLACE.is_match(post)
}

/// Is a death in this sentence a natural one ("est mort à l'âge de 90
/// ans", "décédé dans son sommeil", "a succombé à une crise cardiaque"),
/// with no violence, accident or disaster named beside it? An obituary's
/// death is no toll and no killing.
/// Words of a violent death or an accident.
static VIOLENT: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\b(?:tu[ée]|abattu|assassin|poignard|bless|attentat|attaque|accident|explos|fusillade|bombard|frappe|naufrage|incendie|embuscade|combat|violence|noy|crash|chute|collision|percut|renvers|[ée]cras|s[ée]isme|ouragan|inondation|[ée]pid[ée]mie)").unwrap()
});

pub(crate) fn natural_death(sentence: &str) -> bool {
    static NATURAL: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:[àa]\s+l['’]\s*[âa]ge\s+(?:de\s+)?\d|des\s+suites\s+d['’]\s*une\s+(?:longue\s+)?maladie|d['’]\s*une\s+longue\s+maladie|d['’]\s*un\s+cancer|crise\s+cardiaque|arr[êe]t\s+cardiaque|infarctus|dans\s+son\s+sommeil|de\s+mort\s+naturelle|de\s+vieillesse)").unwrap()
    });
    NATURAL.is_match(sentence) && !VIOLENT.is_match(sentence)
}

/// Clause boundaries: a figure's modality is read in its own clause ("un
/// homme aurait été intercepté et un autre a été tué": the second is sure).
static CLAUSE_BEFORE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)(?:[,;:(]|\s(?:et|mais|puis|tandis\s+que|alors\s+que)\s)").unwrap()
});
static CLAUSE_AFTER: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)(?:[,;:()]|\s(?:et|mais|puis|qui|dont|tandis\s+que|alors\s+que)\s)")
        .unwrap()
});
/// "qui auront fait 40 morts": the futur antérieur of news looks back.
static LOOK_BACK: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\baur(?:a|ont|ait|aient)\s+(?:\w+\s+){0,2}?(?:fait|co[uû]t[ée]|caus[ée]|tu[ée]|provoqu[ée]|entra[iî]n[ée]|bless[ée])\b").unwrap()
});

/// Between a figure and a source after it: another clause ("deux morts : le
/// pilote, qui, d'après la police, était…").
static SEPARATE: LazyLock<FastRegex> =
    LazyLock::new(|| FastRegex::new(r"(?i)[:;]|\bqui\b|\bque\b").unwrap());

/// Does another clause stand between a figure and a source after it? Not
/// the "que" of "ainsi que", "de même que": the list of figures goes on
/// ("27 morts, ainsi que 78 blessés, d'après le ministère").
fn separated(between: &str) -> bool {
    SEPARATE.find_iter(between).any(|m| {
        let before = between[..m.start()].trim_end().to_lowercase();
        let listing = ["ainsi", "même"].iter().any(|w| {
            before
                .strip_suffix(w)
                .is_some_and(|b| !b.ends_with(char::is_alphanumeric))
        });
        !(m.as_str().eq_ignore_ascii_case("que") && listing)
    })
}

/// Is the source at `x..y` the sentence's closing incise (", a annoncé
/// samedi la police somalienne.", ", a-t-on appris auprès des secours.")?
/// It tells the whole sentence, whatever clauses stand before it.
fn final_incise(sent: &str, x: usize, y: usize) -> bool {
    // ", a-t-on appris mardi de sources médicales.", ", a appris l'AFP de
    // source sécuritaire.": the source ("de sources…") of a verb of
    // learning; the incise opens with that verb.
    static LEARNT: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(
            r"(?i)^\s*(?:a-t-(?:on|il|elle)|ont-(?:ils|elles)|a|ont)\s+appris\b[^,;«»]*$",
        )
        .unwrap()
    });
    let x = if sent[x..].starts_with("de ") {
        sent[..x]
            .rfind(',')
            .filter(|&c| LEARNT.is_match(&sent[c + 1..x]))
            .map_or(x, |c| {
                c + 1 + (sent[c + 1..].len() - sent[c + 1..].trim_start().len())
            })
    } else {
        x
    };
    static SUBJECT_CLAUSE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)[;:«»]|\b(?:qui|que|qu['’]|et|mais|dont|o[uù])\b").unwrap()
    });
    // An inverted verb of saying ("a annoncé", "ont rapporté", "a-t-on
    // appris"), or "selon" / "d'après" closing the sentence after a comma
    // (", selon un bilan communiqué dimanche par la police.").
    // ("d" is the elided "de" of "d'après".)
    let verb = sent[x..y].split([' ', '-', '\'', '’']).next().unwrap_or("");
    let verb = verb.to_lowercase();
    // "selon" closes the sentence itself, not an incise in a relative
    // clause ("des pêcheurs qui, selon la police, rentraient").
    // (An acronym in brackets may close the source: "selon l'Agence
    // nationale de recherche et de sauvetage (Basarnas).")
    let rest = sent[y..].trim();
    let rest = match rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((inner, after)) if inner.len() <= 40 && !inner.contains(['(', ',']) => after,
        _ => rest,
    };
    let closing = !matches!(verb.as_str(), "selon" | "d")
        || rest
            .trim_end_matches(['.', '!', '…', '»', '"', ' '])
            .is_empty();
    // (Or a verb of saying in the present or the imperfect: "« … », indique
    // un communiqué du ministère.", ", précisait la police." The verb is
    // the start of a `modality::REPORT_VERB` match, lowercased: only the
    // forms that pattern spells are listed.)
    static SAYING: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"^(?:(?:annonc|affirm|déclar|indiqu|estim|rapport|précis|signal|assur|expliqu|ajout|soulign|confirm|révèl)(?:e|ent)|(?:annonç|affirm|déclar|indiqu|estim|rapport|précis|signal)(?:ait|aient))$").unwrap()
    });
    sent[..x].trim_end().ends_with(',')
        && closing
        && (matches!(
            verb.as_str(),
            "a" | "ont" | "avait" | "avaient" | "aurait" | "auraient" | "selon" | "d"
        ) || SAYING.is_match(&verb))
        && !{
            // (Not a document's second participle: "un communiqué signé du
            // ministre et lu à la télévision", "publié et relayé".)
            let rest = source_relative(&sent[y..]);
            // (A new clause may follow the incise: "…, ont annoncé jeudi
            // les pompiers grecs, tandis que 3 000 habitants ont dû être
            // évacués".)
            let next_clause = crate::document::fold(head(rest, 16));
            let next_clause = next_clause.trim_start();
            let next_clause = ["tandis qu", "alors qu", "pendant qu"].iter().any(|c| {
                next_clause
                    .strip_prefix(',')
                    .is_some_and(|r| r.trim_start().starts_with(c))
            });
            !next_clause
                && SUBJECT_CLAUSE.find_iter(rest).any(|m| {
                    !(m.as_str().eq_ignore_ascii_case("et")
                        && SOURCE_PARTICIPLE.is_match(rest[m.end()..].trim_start()))
                })
        }
        && sent[y..].trim_end().ends_with(['.', '!', '…'])
}

/// A participle that describes a source document ("lu", "publié",
/// "diffusé", "relayé", "signé", "transmis", "repris", "cité").
static SOURCE_PARTICIPLE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)^(?:lue?s?|publi[ée]e?s?|diffus[ée]e?s?|relay[ée]e?s?|sign[ée]e?s?|transmise?s?|reprise?s?|cit[ée]e?s?|envoy[ée]e?s?|post[ée]e?s?|consult[ée]e?s?)\b").unwrap()
});

/// What follows a closing source, a relative clause on that source set
/// aside (", ont indiqué des responsables locaux, qui accusent la
/// Turquie.": the officials accuse, the incise still tells the sentence).
fn source_relative(after: &str) -> &str {
    let t = after.trim_start();
    t.strip_prefix(',')
        .map(str::trim_start)
        .and_then(|r| r.strip_prefix("qui "))
        .unwrap_or(after)
}

/// Is this attribution a source, or only a verb that states the toll ("un
/// bilan fait état de", "on dénombre", "on recense")?
fn is_source(attribution: &str) -> bool {
    static STATING: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(
            &format!(
            r"(?i)(?:f(?:ait|ont|aisait|aisaient)\s+(?:(?:[ée]galement|aussi|encore|en\s+outre|par\s+ailleurs)\s+)?(?:[ée]tat|mention)|parl(?:e|ent|é)\s+(?:(?:{aside})\s+)?(?:de|des|du|d['’])|d[ée]nombr(?:e|ent|é|ait|aient)|recens(?:e|ent|é|ait|aient)|compt(?:e|ent|é|ait|aient)|annon[cç](?:e|ent|é|ait|aient)|[ée]voqu(?:e|ent|é|ait|aient))\s*$",
            aside = modality::ASIDE
        ),
        )
        .unwrap()
    });
    // ("Il a annoncé l'interpellation de 41 personnes": a person told
    // before; "il est fait état de", "il a été annoncé": no one.)
    static IMPERSONAL: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(
            r"(?i)^(?:on|l['’]on|nous)\b|^il\s+(?:est|était|y\s+a)\b|^il\s+(?:a|avait)\s+(?:\w+\s+)?été\b|\bbilans?\b",
        )
        .unwrap()
    });
    // A count made by someone is theirs: "un nouveau bilan de la protection
    // civile dénombre…", "le bilan officiel des autorités fait état de…".
    static COUNTED_BY: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(
            r"(?i)\bbilans?\s+(?:\w+\s+)?(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*|les\s+)?(?:protection\s+civile|s[ée]curit[ée]\s+civile|autorit[ée]s|police|gendarmerie|arm[ée]e|minist[èe]re|h[ôo]pita(?:l|ux)|pompiers|secours|pr[ée]fecture|gouvernement|mairie|services|croix-rouge|nations\s+unies|(?-i:[A-Z]{2,})\b|(?-i:\p{Lu}))|\bbilans?\b[^.;]{0,120}?\b(?:communiqu|publi|transmis|fourni|diffus|donn)\w*\s+(?:[^.;]{0,60}?\s)?par\s+(?:la|le|les|l['’]|un|une|des|son|sa|ses)\b",
        )
        .unwrap()
    });
    !(STATING.is_match(attribution)
        && IMPERSONAL.is_match(attribution.trim_start())
        && !COUNTED_BY.is_match(attribution))
}

/// The clause of `sent` around `lo..hi` ([`CLAUSE_BEFORE`], [`CLAUSE_AFTER`]).
fn clause_bounds(sent: &str, lo: usize, hi: usize) -> (usize, usize) {
    let cs = CLAUSE_BEFORE
        .find_iter(&sent[..lo])
        .last()
        .map_or(0, |m| m.end());
    let ce = CLAUSE_AFTER
        .find(&sent[hi..])
        .map_or(sent.len(), |m| hi + m.start());
    (cs, ce)
}

/// The modality of a figure in its clause; an attribution anywhere in the
/// sentence makes a sure figure reported.
fn figure_modality(sent: &str, f: &Fig, attributed: bool) -> Modality {
    let lo = f.start.min(f.trigger);
    let hi = f.end.max(f.trigger);
    let (cs, ce) = clause_bounds(sent, lo, hi);
    // "21 de ses membres présumés ont été arrêtés": "présumés" qualifies
    // the victims, not the toll.
    static PRESUMED: LazyLock<FastRegex> =
        LazyLock::new(|| FastRegex::new(r"(?i)\b(?:pr[ée]sum[ée]e?s?|suppos[ée]e?s?)\b").unwrap());
    let mut clause = sent[cs..ce].to_string();
    if f.trigger > f.start {
        let (gs, ge) = (f.start - cs.min(f.start), f.trigger - cs);
        let blanks: Vec<(usize, usize)> = PRESUMED
            .find_iter(&clause)
            .filter(|m| m.start() >= gs && m.end() <= ge)
            .map(|m| (m.start(), m.end()))
            .collect();
        for (x, y) in blanks {
            clause.replace_range(x..y, &" ".repeat(y - x));
        }
    }
    // "Aucun des six enfants … n'a survécu": the negation counts the dead;
    // "aucun" and "n'" are blanked.
    if f.cat == Cat::Killed {
        let before = tail(&sent[..f.num_start], 12);
        if after_none_of(before)
            && let Some(m) = NONE_SURVIVED.find(&sent[f.num_start..])
        {
            let verb = &sent[f.num_start..f.num_start + m.end()];
            let neg = verb.rfind("n'").or_else(|| verb.rfind("n’"));
            let aucun = before.to_lowercase().rfind("aucun");
            let blanks = [
                aucun.map(|a| (f.num_start - before.len() + a, 5)),
                neg.map(|x| (f.num_start + x, 1)),
            ];
            for (x, len) in blanks.into_iter().flatten() {
                if x >= cs && x + len <= ce {
                    clause.replace_range(x - cs..x - cs + len, &" ".repeat(len));
                }
            }
        }
    }
    let clause = clause.as_str();
    let local = modality::assess(clause, f.trigger - cs);
    let local_modality = match local.modality {
        Modality::Reported
            if local
                .attribution
                .is_some_and(|(x, y)| !is_source(&clause[x..y])) =>
        {
            Modality::Asserted
        }
        m => m,
    };
    // "le nombre réel de morts pourrait atteindre 200": an estimate of a
    // toll's size (its total, read by the toll's own words), uncertain; not
    // a hypothesis ("l'épidémie pourrait faire 1 000 morts").
    static ESTIMATED_TOTAL: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:bilan|nombre)\b[^.;]*?\b(?:pourr|devr)(?:ait|aient|a|ont)\s+(?:encore\s+)?(?:atteindre|d[ée]passer|s['’][ée]lever\s+[àa])\s*(?:les\s+)?$").unwrap()
    });
    if local_modality == Modality::Hypothetical
        && ESTIMATED_TOTAL.is_match(tail(&sent[..f.num_start], 100))
    {
        return Modality::Uncertain;
    }
    match local_modality {
        Modality::Asserted if attributed => Modality::Reported,
        Modality::Future if LOOK_BACK.is_match(clause) => {
            if attributed {
                Modality::Reported
            } else {
                Modality::Asserted
            }
        }
        m => m,
    }
}

/// The last `n` bytes of `s` (at a char boundary).
pub(crate) fn tail(s: &str, n: usize) -> &str {
    let i = s.ceil_char_boundary(s.len().saturating_sub(n));
    &s[i..]
}

/// The first `n` bytes of `s` (at a char boundary).
fn head(s: &str, n: usize) -> &str {
    let i = s.floor_char_boundary(n.min(s.len()));
    &s[..i]
}

/// The sentence with the French quotation marks around a short quoted
/// figure or noun set to spaces of the same length (offsets are kept):
/// "« plus de 500 » de ses partisans ont été blessés", "l'arrestation de
/// 150 « émeutiers »", "de « 34 fauteurs de troubles »", "une dizaine de
/// « terroristes »". Quoting a word of
/// the authorities' is no boundary of the figure.
fn unquote_figures(sent: &str) -> std::borrow::Cow<'_, str> {
    static QUOTED: LazyLock<FastRegex> =
        LazyLock::new(|| FastRegex::new(r"«[^«»]{1,40}»").unwrap());
    if !sent.contains('«') {
        return std::borrow::Cow::Borrowed(sent);
    }
    let mut out = sent.to_string();
    for m in QUOTED.find_iter(sent) {
        let inner = &sent[m.start() + '«'.len_utf8()..m.end() - '»'.len_utf8()];
        let before = sent[..m.start()].trim_end();
        // (A figure or a noun phrase, not a quoted sentence.)
        if inner.split_whitespace().count() > 4 {
            continue;
        }
        let figure_in = !numbers::find_numbers(inner).is_empty();
        // ("une dizaine de « terroristes »": a vague figure's "de" between.)
        let last = tail(before, 30);
        let last = last
            .strip_suffix(" de")
            .or_else(|| last.strip_suffix(" d'"))
            .or_else(|| last.strip_suffix(" d’"))
            .unwrap_or(last);
        let figure_before = numbers::find_numbers(last)
            .last()
            .is_some_and(|n| n.end == last.len());
        if figure_in || figure_before {
            // « and » are two bytes each: two spaces.
            out.replace_range(m.start()..m.start() + 2, "  ");
            out.replace_range(m.end() - 2..m.end(), "  ");
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The sentence with an aside between two spaced dashes read as one
/// between commas, offsets kept: "Vingt-trois personnes – 17 Genevois et
/// six Valaisans – ont été interpellées", "Douze personnes - dont cinq
/// enfants - ont été tuées" (each dash becomes a comma and spaces of its
/// length). Only a pair of the same dash, a few words apart, with a
/// number inside: a lone dash (a dateline's, a range's) stays.
fn dash_asides(sent: &str) -> std::borrow::Cow<'_, str> {
    if !sent.contains(" – ") && !sent.contains(" — ") && !sent.contains(" - ") {
        return std::borrow::Cow::Borrowed(sent);
    }
    let mut out: Option<String> = None;
    for dash in [" – ", " — ", " - "] {
        let mut from = 0;
        while let Some(a) = sent[from..].find(dash).map(|k| from + k) {
            let inner_start = a + dash.len();
            let Some(b) = sent[inner_start..].find(dash).map(|k| inner_start + k) else {
                break;
            };
            let inner = &sent[inner_start..b];
            let words = inner.split_whitespace().count();
            if (1..=12).contains(&words)
                && !inner.contains([',', ';', ':', '.', '(', ')', '«', '»'])
                && !numbers::find_numbers(inner).is_empty()
            {
                let o = out.get_or_insert_with(|| sent.to_string());
                for at in [a + 1, b + 1] {
                    let w = dash.len() - 2;
                    o.replace_range(at..at + w, &format!(",{}", " ".repeat(w - 1)));
                }
                from = b + dash.len();
            } else {
                from = inner_start;
            }
        }
    }
    out.map_or(std::borrow::Cow::Borrowed(sent), std::borrow::Cow::Owned)
}

/// The sentence with its other quotation marks made French ones, offsets
/// kept: curly quotes (three bytes each) become « and » with a space
/// outside; straight quotes around a short word or phrase (ont été
/// "neutralisés", avoir tué "17 soldats kényans") become spaces, the way
/// [`unquote_figures`] reads a quoted figure.
fn plain_quotes(sent: &str) -> std::borrow::Cow<'_, str> {
    static STRAIGHT: LazyLock<FastRegex> =
        LazyLock::new(|| FastRegex::new(r#""[^"«»]{1,40}""#).unwrap());
    if !sent.contains(['"', '“', '”']) {
        return std::borrow::Cow::Borrowed(sent);
    }
    let mut out = sent.replace('“', " «").replace('”', "» ");
    let spans: Vec<(usize, usize)> = STRAIGHT
        .find_iter(&out)
        .filter(|m| m.as_str().split_whitespace().count() <= 4)
        .map(|m| (m.start(), m.end()))
        .collect();
    for (a, b) in spans {
        out.replace_range(a..a + 1, " ");
        out.replace_range(b - 1..b, " ");
    }
    std::borrow::Cow::Owned(out)
}

/// Stems (folded) of the people "repris" or "rattrapés" names as arrested
/// again: escapees, fugitives, inmates, prisoners.
const ESCAPEE_STEMS: [&str; 4] = ["evad", "fugiti", "deten", "prisonn"];

/// Stems of those the police seek ("toujours recherchés" is then no
/// toll): suspects, authors, assailants, escapees, anyone "soupçonné".
const WANTED_STEMS: [&str; 15] = [
    "suspect",
    "soupconn",
    "auteur",
    "agresseur",
    "assaillant",
    "tireur",
    "meurtrier",
    "assassin",
    "ravisseur",
    "braqueur",
    "complice",
    "evad",
    "fugiti",
    "terroriste",
    "commando",
];

/// Finite auxiliaries (folded) of the passive and compound tenses that
/// follow a subject: "ont", "sont", "avaient", "seraient"…
const FINITE_AUX: &[&str] = &[
    "ont", "sont", "a", "est", "avaient", "etaient", "avait", "etait", "auraient", "seraient",
    "aurait", "serait",
];

/// Words besides [`FINITE_AUX`] that may stand between a bare figure and its
/// toll word.
const AUX_ADVERBS: &[&str] = &["ete", "deja", "egalement", "aussi"];

/// The figures of one sentence (byte offsets into it).
/// `earlier`: the figures of the last sentences before that had some,
/// with their sentence's index.
/// The text before a number ends with words that count a toll told before
/// again: a pronoun ("qui n'en reconnaît que", "l'ONG en recense
/// (pourtant)"; "en compte" is left out: "l'immeuble, qui en compte six"
/// counts floors), or the toll's noun revised ("Le chiffre était passé à
/// six mardi soir, puis à sept mercredi", "Ce bilan a été porté à neuf"),
/// or by a pronoun in the next clause ("… faisait état de huit morts ; il
/// était passé à 14 lundi").
/// Are two counts of the same toll by two sources alike enough to be
/// one toll counted again ("12 morts … l'ONG en recense 171"), not a
/// count of something else the pronoun stands for ("29 personnes ont
/// trouvé la mort aux passages à niveau, selon SNCF Réseau, qui en recense
/// plus de 14 000")? Within a factor of fifty.
fn comparable(a: u64, b: u64) -> bool {
    b <= a.max(1).saturating_mul(50) && a <= b.max(1).saturating_mul(50)
}

fn recounts(before: &str) -> bool {
    static REVISED: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)(?:\b(?:le|ce|un\s+nouveau|le\s+nouveau)\s+(?:bilan|chiffre|d[ée]compte|total)(?:\s+(?:provisoire|officiel|humain))?\s+(?:[^\s.;:]+\s+){0,4}?(?:pass[ée]e?|port[ée]|alourdi|grimp[ée]|mont[ée]|revu|r[ée]vis[ée]|relev[ée]|[ée]lev[ée]|s['’][ée]l[èe]ve|atteint|atteindrait)(?:\s+(?:[àa]\s+la\s+(?:hausse|baisse)|d[ée]sormais|encore|ensuite|finalement),?)*\s+[àa]|[;,]\s*(?:il|celui-ci)\s+(?:[^\s.;:]+\s+){0,2}?(?:pass[ée]|port[ée]|grimp[ée]|mont[ée]|r[ée]vis[ée]|relev[ée])\s+[àa]|,\s*puis\s+[àa])\s*$").unwrap()
    });
    static RECOUNT: LazyLock<FastRegex> = LazyLock::new(|| {
        // The verbs of counting, in both forms.
        let counted = r"recense|recensent|a\s+recens[ée]|ont\s+recens[ée]|d[ée]nombre|d[ée]nombrent|a\s+d[ée]nombr[ée]|ont\s+d[ée]nombr[ée]";
        FastRegex::new(&format!(r"(?i)(?:\bn['’]\s*en\s+(?:reconna[îi]t|reconnaissent|a\s+reconnu|ont\s+reconnu|{counted}|confirme|confirment|a\s+confirm[ée]|ont\s+confirm[ée]|admet|admettent|a\s+admis|ont\s+admis)\s+(?:«\s*)?(?:que\b|qu['’])|\ben\s+(?:{counted})(?:\s+(?:pourtant|pour\s+sa\s+part|de\s+son\s+c[ôo]t[ée]|quant\s+[àa]\s+elle|quant\s+[àa]\s+lui|d[ée]j[àa]))?)\s*$")).unwrap()
    });
    RECOUNT.is_match(before) || REVISED.is_match(before)
}

fn sentence_figures(
    sent: &str,
    carry: Option<&Fig>,
    earlier: &[(usize, Fig)],
    captors: bool,
) -> Vec<Fig> {
    let asides = dash_asides(sent);
    let sent: &str = &asides;
    let nums: Vec<Number> = numbers::find_numbers(sent)
        .into_iter()
        .filter(|n| !n.fractional)
        .collect();
    let mut figs: Vec<Option<Fig>> = Vec::with_capacity(nums.len());
    for n in &nums {
        figs.push(read_number(sent, n, false, captors).or_else(|| bare_case_figure(sent, n)));
    }
    // "Les deux conducteurs, l'un âgé de 47 ans, l'autre de 29 ans, ont
    // été arrêtés": "l'un" shares out the figure before; it counts no one
    // of its own where the toll is told after "l'autre" (but "l'un a
    // succombé, l'autre est hospitalisé").
    for (n, f) in nums.iter().zip(figs.iter_mut()) {
        if n.value == 1
            && n.kind == NumberKind::Words
            && sent[..n.start].ends_with(['\'', '’'])
            && f.as_ref().is_some_and(|f| {
                f.end > n.end
                    && crate::document::fold(&sent[n.end..f.end.min(sent.len())])
                        .contains(", l'autre ")
            })
        {
            *f = None;
        }
    }
    part_of_a_counted_group(sent, &nums, &mut figs);
    captured_of_the_noun_before(sent, &mut figs);
    // "Parmi les morts figurent seize suspects, un policier atteint d'une
    // balle à la tête…": the opening names the toll; a wound told of one
    // of the dead is how they died.
    if let Some(open) = DEAD_AMONG_OPEN.find(sent)
        && !crate::document::fold(sent).contains("bless")
    {
        for f in figs.iter_mut().flatten() {
            if f.cat == Cat::Injured && f.num_start >= open.end() {
                f.cat = Cat::Killed;
                f.severity = None;
            }
        }
    }
    // Links between two numbers: "entre 600 et 800", "16 ou 17", "de 13 à 27".
    for i in 0..nums.len().saturating_sub(1) {
        let (a, b) = (&nums[i], &nums[i + 1]);
        if figs[i].is_none() && figs[i + 1].is_none() {
            // "Le nombre de disparus a été revu à la baisse, de 58 à 31",
            // "le bilan des blessés … est passé de 31 à 44": the toll
            // named before the change, both figures of it.
            if let Some((earlier, now)) = named_update(sent, a, b) {
                figs[i] = Some(earlier);
                figs[i + 1] = Some(now);
            }
            continue;
        }
        // "Le nombre de blessés est passé de 700 à plus de 1 100": the new
        // figure read as the total, the earlier one of the same toll.
        if figs[i].is_none()
            && let Some((earlier, _)) = named_update(sent, a, b)
            && figs[i + 1].as_ref().is_some_and(|f| f.cat == earlier.cat)
        {
            figs[i] = Some(earlier);
            continue;
        }
        if figs[i].is_some() || figs[i + 1].is_none() {
            continue;
        }
        let gap = &sent[a.end..b.start];
        let g = gap.trim().to_lowercase();
        if !matches!(g.as_str(), "et" | "ou" | "à" | "a" | "-" | "–" | "voire") {
            continue;
        }
        // A dash joins two figures in digits ("10-15 morts"), not a
        // dateline's year to the lead's first word ("3 mars 2026 - Trois
        // personnes").
        if matches!(g.as_str(), "-" | "–")
            && (a.kind != NumberKind::Digits || b.kind != NumberKind::Digits)
        {
            continue;
        }
        let pre = tail(&sent[..a.start], 60);
        let next = figs[i + 1].clone().unwrap();
        if g == "et" && !pre.to_lowercase().trim_end().ends_with("entre") {
            continue;
        }
        let mut f = next.clone();
        f.num_start = a.start;
        f.start = f.start.min(a.start);
        f.count = a.value;
        if (g == "à" || g == "a") && UPDATE_BEFORE.is_match(pre) {
            // "le bilan passe de 13 à 27 morts": an earlier figure.
            f.min = Some(a.value);
            f.max = Some(a.value);
            f.approximate = a.approximate;
            figs[i] = Some(f);
        } else {
            // One figure with bounds; the conservative count is the lower.
            f.min = Some(a.value.min(b.value));
            f.max = Some(a.value.max(b.value));
            f.count = a.value.min(b.value);
            f.approximate = true;
            f.end = next.end;
            figs[i] = Some(f);
            figs[i + 1] = None;
        }
    }
    // Sub-counts and enumerations inherit the category of the figure before.
    for i in 0..nums.len() {
        if figs[i].is_some() {
            continue;
        }
        let n = &nums[i];
        // A sub-count is part of a figure at least as large: "207 blessés
        // (un manifestant est dans le coma) dont 23 policiers" is of the 207.
        let part_of = SUB_BEFORE.is_match(tail(strip_qualifier(&sent[..n.start]).0, 40));
        let in_sentence = (0..i)
            .rev()
            .find_map(|j| figs[j].clone().filter(|f| !part_of || f.count >= n.value))
            .or_else(|| (0..i).rev().find_map(|j| figs[j].clone()));
        let prev_here = in_sentence.is_some();
        // "Parmi eux, se trouvent trois lycéens": a sub-count of the figure
        // of the sentence before.
        let from_before = in_sentence.is_none()
            && carry.is_some_and(|c| {
                let before = strip_qualifier(&sent[..n.start]).0;
                starts_sub_counts(before)
                    || counted_opening(before).is_some_and(|(at, count)| {
                        count == c.count && nums.iter().any(|m| m.start == at)
                    })
            });
        // "Les blessés, dont quatre grièvement": a toll with no number
        // before its sub-count.
        let bare_parent = || {
            let pre = strip_qualifier(&sent[..n.start]).0;
            let near = tail(pre, 60);
            let c = BARE_TOLL_SUB.captures(near)?;
            let w = c.name("w")?;
            let off = pre.len() - near.len();
            let mut f = Fig::named(
                off + w.start(),
                off + w.end(),
                toll_noun_category(w.as_str()),
            );
            f.approximate = true;
            f.indefinite = true;
            Some(f)
        };
        // "Le gouvernement dénombre 12 morts. La fondation en recense
        // quinze.": the toll of the sentence before, counted again.
        let recount_before = in_sentence.is_none()
            && carry.is_some_and(|c| comparable(c.count, n.value))
            && recounts(strip_qualifier(&sent[..n.start]).0);
        // "Au moins six manifestants ont été tués et 57 autres blessés. La
        // police n'en reconnaît que deux": a count told again is of the
        // dead of the sentence before, where it tells some, not of the
        // figure that closes it.
        let recounted_dead = || {
            let last = earlier.last()?.0;
            earlier
                .iter()
                .rev()
                .take_while(|(k, _)| *k == last)
                .find(|(_, f)| f.cat == Cat::Killed && comparable(f.count, n.value))
                .map(|(_, f)| f.clone())
        };
        let mut prev = match in_sentence.or_else(|| {
            if recount_before
                && !from_before
                && carry.is_some_and(|c| c.cat != Cat::Killed)
                && let Some(dead) = recounted_dead()
            {
                return Some(dead);
            }
            carry.filter(|_| from_before || recount_before).cloned()
        }) {
            Some(prev) => prev,
            None => {
                // "57 manifestants dont 48 policiers ont été blessés": no
                // figure before to inherit from; the toll after is its own.
                figs[i] = read_number(sent, n, true, captors);
                match bare_parent().filter(|_| figs[i].is_none()) {
                    Some(prev) => prev,
                    None => continue,
                }
            }
        };
        if unit_after(sent, n) {
            continue;
        }
        // "Parmi les morts, il y a sept enfants" after a sentence on the
        // wounded: the noun of the opening tells the toll.
        if from_before && let Some(cat) = opening_toll(&sent[..n.start]) {
            prev.cat = cat;
        }
        // "… 50 609 personnes ont été tuées, et plus de 115 000 blessées.
        // Parmi elles, 1 335 personnes ont été tuées depuis…": a sub-count
        // of the sentence before that tells its own toll is of that toll
        // (the last figure before is not always the one it counts from).
        if from_before
            && let Some(own) = read_number(sent, n, true, captors)
            && own.cat != prev.cat
        {
            figs[i] = Some(own);
            continue;
        }
        let pre_full = &sent[..n.start];
        let (pre, q) = strip_qualifier(pre_full);
        let post = &sent[n.end..];
        let gap_end = q.map_or(n.start, |q| q.0);
        // Where the figure before ends and its number starts in this
        // sentence: a figure carried from the sentence before has its
        // offsets in that sentence, and here starts the sentence.
        let (prev_end, prev_num_start) = if prev_here {
            (prev.end, prev.num_start)
        } else {
            (0, 0)
        };
        let gap = if prev_end <= gap_end {
            &sent[prev_end..gap_end]
        } else {
            ""
        };
        let group = group_after(post, 0);
        // "sept morts (deux civils et 5 assaillants)": the toll broken down
        // in brackets right after it.
        let bracketed = prev_here && gap.trim() == "(" && group.is_some();
        // "l'arrestation de 11 suspects et la saisie de 42 armes, dont sept
        // fusils": a "dont" after a count of things is of those things,
        // unless it names people ("l'explosion de deux voitures, dont
        // trois enfants").
        let of_things = || {
            // (Not an article: "après une manifestation à Minsk, dont sept
            // des neuf candidats".)
            numbers::find_numbers(gap).last().is_some_and(|m| {
                m.value >= 2 && {
                    let w = gap[m.end..]
                        .split(|c: char| !c.is_alphanumeric() && c != '-')
                        .find(|w| !w.is_empty())
                        .unwrap_or("");
                    w.chars().all(char::is_lowercase)
                        && !UNIT_AFTER.is_match(&gap[m.end..])
                        // (Nor a date: "depuis le 21 octobre, …, dont 11".)
                        && !crate::document::MONTHS.contains(&crate::document::fold(w).as_str())
                        && not_person(w)
                }
            })
        };
        // "Sur les 41 personnes interpellées, douze sont des mineurs": a
        // share of the set the sentence opens on, told by a copula.
        let share_of_opening = prev_here
            && gap.trim_end().ends_with(',')
            && !gap.contains([';', ':', '.'])
            && {
                let o = crate::document::fold(sent[..prev_num_start].trim());
                ["sur les", "parmi les", "sur ces", "parmi ces"]
                    .iter()
                    .any(|w| o.eq_ignore_ascii_case(w) || o.ends_with(&format!(" {w}")))
            }
            && {
                let p = crate::document::fold(post.trim_start());
                ["sont ", "etaient ", "seraient "]
                    .iter()
                    .any(|w| p.starts_with(w))
            };
        let sub = from_before
            || bracketed
            || share_of_opening
            || SUB_BEFORE.is_match(tail(pre, 40)) && gap.len() < 200 && !(group.is_none() && of_things())
            // (The item names people: not "…, dont le maire, et deux
            // voitures ont été saisies".)
            || group.is_some() && later_sub_item(pre) && gap.len() < 160;
        // A share is no larger than its whole: "treize blessés, selon la
        // zone de secours, dont une quarantaine de pompiers ont été
        // mobilisés" (a relative "dont", whose firemen are no share of
        // the wounded).
        // (An approximate whole by more than twice: "une vingtaine de
        // policiers … blessés, …, dont 4 000 à Paris".)
        let larger_than_whole = prev_here
            && !prev.indefinite
            && n.value
                > prev
                    .max
                    .unwrap_or(prev.count)
                    .saturating_mul(if prev.approximate { 2 } else { 1 });
        let sub = sub && !larger_than_whole;
        // "six à Trèbes, trois à Villegailhenc": a toll told town by town
        // ("Onze suspects ont été interpellés à Anvers, quatre autres à
        // Rotterdam").
        let others = post
            .trim_start()
            .strip_prefix("autres")
            .filter(|r| r.starts_with(char::is_whitespace))
            .unwrap_or(post);
        let by_place = group.is_none() && at_a_place(others);
        // "16 morts selon les autorités, 23 selon Amnesty International":
        // the same toll by another source.
        let by_source = || {
            static SOURCE_GAP: LazyLock<FastRegex> = LazyLock::new(|| {
                // (No counted repetition of a large class: its compile
                // time would be paid on many a document's path.)
                FastRegex::new(r"(?i)^\s*(?:selon|d['’]apr[èe]s)\s+[^,;.:()«»\d]+,\s*(?:et\s+|contre\s+|voire\s+)?$").unwrap()
            });
            let p = post.trim_start().to_lowercase();
            group.is_none()
                && gap.len() <= 80
                && (p.starts_with("selon ")
                    || p.starts_with("d'après ")
                    || p.starts_with("d’après "))
                && SOURCE_GAP.is_match(gap)
        };
        // "41 blessés, puis 48": the figure revised, the same toll; "faisait
        // état de quatre morts, puis de neuf lundi soir", with its day.
        let revised = |gap: &str| {
            static EXACTLY: LazyLock<FastRegex> = LazyLock::new(|| {
                FastRegex::new(r"(?i)^(?:plus\s+)?(?:exactement|pr[ée]cis[ée]ment)\b").unwrap()
            });
            static DAY_THEN: LazyLock<FastRegex> = LazyLock::new(|| {
                FastRegex::new(r"(?i)^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|la\s+veille)(?:\s+(?:matin|soir|midi|apr[èe]s-midi))?\s*(?:[.,;)]|et\s|(?:[àa]|au|aux|en|dans|pr[èe]s|sur|non\s+loin)\s|$)").unwrap()
            });
            let g = gap.trim_end().to_lowercase();
            let p = post.trim_start();
            let then_of =
                g.ends_with(" puis de") || g.ends_with(" puis d'") || g.ends_with(" puis d’");
            // "huit autres lundi": more of the same toll, on another day.
            let others_on_a_day =
                || others.len() < post.len() && DAY_THEN.is_match(others.trim_start());
            group.is_none()
                && ((g.ends_with(" puis") || g.ends_with(",puis") || g.ends_with(" voire") || then_of)
                    && (p.is_empty()
                        || p.starts_with(['.', ',', ';', ')'])
                        || DAY_THEN.is_match(p)
                        // "onze corps …, puis huit autres lundi matin".
                        || others_on_a_day())
                    // (Without "puis": "Onze corps avaient été retrouvés
                    // dès dimanche, huit autres lundi".)
                    || (g.ends_with(',') || g.ends_with(" et")) && others_on_a_day()
                    // "onze corps dès samedi, puis six dimanche et quatre
                    // lundi": the last of the days.
                    || g.ends_with(" et") && DAY_THEN.is_match(p)
                    // "plus de 250 morts, 254 plus exactement".
                    || g.ends_with(',') && EXACTLY.is_match(p))
        };
        // "386 personnes interpellées, contre 471 la nuit précédente": the
        // same toll at another time, compared.
        let compared = || {
            static OTHER_TIME: LazyLock<FastRegex> = LazyLock::new(|| {
                FastRegex::new(r"(?i)^\s*(?:la\s+veille|l['’]avant-veille|la\s+nuit\s+(?:pr[ée]c[ée]dente|d['’]avant)|le\s+jour\s+pr[ée]c[ée]dent|la\s+semaine\s+(?:pr[ée]c[ée]dente|derni[èe]re|pass[ée]e)|l['’](?:an|ann[ée]e)\s+(?:dernier|derni[èe]re|pass[ée]e?|pr[ée]c[ée]dente?)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|en\s+\d{4}\b|lors\s+d|[àa]\s+la\s+m[êe]me\s+(?:p[ée]riode|date|[ée]poque)|un\s+an\s+(?:plus\s+t[ôo]t|auparavant)|le\s+mois\s+(?:dernier|pr[ée]c[ée]dent)|l['’]ann[ée]e\s+d['’]avant|(?:sur|pour|dans|durant|pendant)\s+(?:tout\s+|toute\s+)?(?:l['’]ensemble\s+d(?:e\s+|u\s+|['’]\s*))?(?:l['’]\s*|le\s+|la\s+)?(?:ann[ée]e|[ée]t[ée]|hiver|printemps|automne|saison|mois|semaine|p[ée]riode)\b|(?:initialement|d['’]abord|pr[ée]c[ée]demment)\s+annonc[ée]e?s?|(?:annonc|recens|enregistr|d[ée]nombr|comptabilis|signal)[ée]e?s?\s+(?:(?:au\s+(?:matin|soir)\s+du|le)\s+\d|dans\s+un\s+premier\s+temps|initialement|auparavant|pr[ée]c[ée]demment|plus\s+t[ôo]t|la\s+veille|l['’]avant-veille|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|l['’](?:an|ann[ée]e)\s+(?:dernier|derni[èe]re|pass[ée]e?|pr[ée]c[ée]dente?)|en\s+\d{4}\b))").unwrap()
            });
            let p = post.trim_start();
            // ("61 morts, contre 33 à Bajura": the same toll in another
            // place.)
            group.is_none()
                && gap.trim_end().to_lowercase().ends_with("contre")
                && (OTHER_TIME.is_match(p) || by_place)
        };
        // "748 soldats, 18 policiers et 3 civils", "deux adolescents ainsi
        // qu'une femme": a list of people.
        let (gap, also) = match ["ainsi qu'", "ainsi qu’", "ainsi que"]
            .iter()
            .find_map(|w| gap.trim_end().strip_suffix(w))
        {
            Some(g) => (g, true),
            None => (gap, false),
        };
        // ("la mort de onze militaires et de quatre supplétifs": "et de".)
        // (The item then ends with its noun: not "et d'une cinquantaine de
        // personnes choquées".)
        let listed = || {
            let gt = gap.trim_end().to_lowercase();
            let with_de = gt
                .strip_suffix(" de")
                .or_else(|| gt.strip_suffix(" d'"))
                .or_else(|| gt.strip_suffix(" d’"))
                .filter(|g| g.ends_with(" et"));
            let bare_item = || {
                group.as_ref().is_some_and(|g| {
                    let rest = post[g.1.min(post.len())..].trim_start();
                    rest.is_empty() || rest.starts_with(['.', ',', ';', ')'])
                })
            };
            if with_de.is_some() && !bare_item() {
                return false;
            }
            // (Nor an item told by a state of its own, no toll: "trois
            // morts et des centaines d'automobilistes coincés".)
            let described = group.as_ref().is_some_and(|g| {
                let w = crate::document::fold(post[g.1.min(post.len())..].trim_start());
                STRANDED.iter().any(|p| w.starts_with(p))
            });
            if described {
                return false;
            }
            // "ont coûté la vie à plus de 100 soldats et à quelque 150
            // jihadistes": "et à" after a toll told by "la vie à".
            let with_a = || {
                gt.strip_suffix(" à")
                    .or_else(|| gt.strip_suffix(" a"))
                    .filter(|g| g.ends_with(" et"))
                    .filter(|_| {
                        crate::document::fold(tail(&sent[..prev_num_start], 30))
                            .contains("la vie a ")
                    })
            };
            let gt = with_de.or_else(with_a).unwrap_or(&gt);
            // "…, les trois autres à l'hôpital": the rest, with its article.
            let gt = match gt.strip_suffix(" les") {
                Some(g) if by_place && others.len() < post.len() => g,
                _ => gt,
            };
            (group.as_ref().is_some_and(|g| g.2.is_some()) || by_place)
                && (also || gt.ends_with([',', ':']) || gt.ends_with(" et"))
        };
        // Nothing between the two figures but the list's words: no other
        // clause, no other number than an age ("deux adolescents de 15 et
        // 16 ans ainsi qu'une femme").
        let clean_gap = |gap: &str| {
            static AGES: LazyLock<FastRegex> = LazyLock::new(|| {
                FastRegex::new(r"(?i)\b(?:de|d['’]|[âa]g[ée]e?s?\s+de)\s+\d{1,3}(?:\s+(?:et|[àa])\s+\d{1,3})?\s+ans\b").unwrap()
            });
            let g = AGES.replace_all_literal(gap, " ");
            !blocks(&GAP_BLOCK, g.trim_end()) && numbers::find_numbers(&g).is_empty()
        };
        // "un bilan contesté par la police, qui n'en reconnaît que trois",
        // "l'ONG en recense 171": the toll before, counted again by a
        // pronoun.
        let recounted = || {
            group.is_none() && gap.len() <= 240 && comparable(prev.count, n.value) && recounts(gap)
        };
        let is_compared = compared();
        let enumeration = !sub
            && (recounted()
                || gap.len() <= 80
                && ((revised(gap) || listed() || is_compared) && clean_gap(gap)
                    || by_source()
                    // "Huit corps avaient été retrouvés mardi, puis neuf
                    // mercredi": the figure's own passive after its noun.
                    || after_own_passive(gap).is_some_and(|g| revised(g) && clean_gap(g)))
                // "38 personnes ont été tuées dans des règlements de comptes
                // en 2023, selon un décompte de l'AFP, contre 32 sur
                // l'ensemble de l'année 2022": a comparison may follow a
                // longer clause, with its source and its own years.
                || gap.len() <= 240 && is_compared && dated_gap(gap));
        if !(sub || enumeration) {
            continue;
        }
        // "deux blessés, dont une grièvement": "une" with its severity.
        let graded = || {
            let p = head(post, 30);
            [&*SERIOUS, &*MINOR]
                .iter()
                .any(|re| re.find(p).is_some_and(|m| p[..m.start()].trim().is_empty()))
        };
        // "dont un catéchiste": one of the figure's people, named by a noun
        // the lexicon lacks.
        let one_named = || {
            sub && group.is_none()
                && unknown_head(post, false).is_some_and(|(a, b)| {
                    let w = &post[a..b];
                    w.starts_with(char::is_lowercase) && !not_person(w)
                })
        };
        // "Parmi les victimes figurent deux adolescents et une femme",
        // "dont deux policiers et un gendarme": "une" is the next item of
        // a list of sub-counts, when people.
        let listed_sub = || {
            let before = strip_qualifier(&sent[..prev_num_start]).0;
            enumeration
                && group.is_some()
                && (starts_sub_counts(before) || SUB_BEFORE.is_match(tail(before, 40)))
        };
        // "tuant trois gendarmes et un civil": the last item of a list of
        // people right after a figure, joined by "et" alone.
        // (The item ends with its noun: not "deux morts et une personne en
        // réanimation".)
        let last_item = || {
            enumeration
                && gap.trim().eq_ignore_ascii_case("et")
                && group.as_ref().is_some_and(|g| {
                    let rest = post[g.1.min(post.len())..].trim_start();
                    g.2.is_some() && (rest.is_empty() || rest.starts_with(['.', ',', ';', ')']))
                })
        };
        // "Quatre enfants ont été blessés, ainsi qu'un soldat": one more
        // person added to the figure.
        let one_more = also && enumeration && group.is_some();
        if n.is_one_word(sent)
            && (group.is_none() || !sub)
            && !(sub && (graded() || one_named()))
            && !listed_sub()
            && !by_source()
            && !last_item()
            && !one_more
        {
            continue;
        }
        // "… 30 morts et plus de 4000 personnes ont été secourues": the item
        // has a verb of its own.
        static OWN_VERB: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(
                r"(?i)^\s*(?:ont|sont|a|est|avaient|[ée]taient|auraient|seraient|\w{3,}ent)\b",
            )
            .unwrap()
        });
        if !sub
            && let Some((_, ge, _)) = group
            && OWN_VERB.is_match(head(&post[ge..], 30))
        {
            continue;
        }
        // The text of a sub-count: "dont 4 en urgence absolue".
        let (text_start, text_end) = if sub {
            let t = tail(pre, 40);
            let ds = SUB_BEFORE
                .find(t)
                .map_or(n.start, |m| pre.len() - t.len() + m.start());
            let rest = head(post, 60);
            let pe = CLAUSE_AFTER
                .find(rest)
                .map(|m| m.start())
                .into_iter()
                .chain(rest.find(['.', '«', '»']))
                .min()
                .or_else(|| rest.rfind(' ').filter(|_| rest.len() == 60))
                .unwrap_or(rest.len());
            (ds, n.end + rest[..pe].trim_end().len())
        } else {
            (q.map_or(n.start, |q| q.0), n.end)
        };
        let mut f = Fig {
            start: text_start,
            end: text_end,
            num_start: n.start,
            cat: prev.cat,
            count: n.value,
            min: None,
            max: None,
            approximate: false,
            group: None,
            group_category: None,
            severity: None,
            // A figure carried from the sentence before has its trigger
            // there: the sub-count's own number stands for it here. A
            // figure compared with another time ("contre 26 sur l'ensemble
            // de l'année 2022") is its own toll, told where it stands.
            trigger: if prev_here && (sub || !is_compared) {
                prev.trigger
            } else {
                n.start
            },
            indefinite: false,
            one_person: false,
        };
        bounds(&mut f, n, q.map(|q| &sent[q.0..q.1]));
        if let Some((gs, ge, gc)) = group {
            f.group = Some((n.end + gs, n.end + ge));
            f.group_category = gc;
            f.end = f.end.max(n.end + ge);
        }
        if f.cat == Cat::Injured {
            f.severity = severity(head(post, 60)).or(prev.severity);
        }
        figs[i] = Some(f);
    }
    freed_hostages(sent, &nums, &mut figs, carry);
    bracketed_breakdown(
        sent,
        &nums,
        &mut figs,
        carry
            .into_iter()
            .chain(earlier.iter().rev().map(|(_, f)| f)),
    );
    let mut out: Vec<Fig> = figs.into_iter().flatten().collect();
    // "plusieurs morts", "de nombreux blessés": a toll without a count.
    for m in INDEFINITE.find_iter(sent) {
        if nums.iter().any(|n| n.start < m.end() && m.start() < n.end) {
            continue;
        }
        let pseudo = Number {
            start: m.start(),
            end: m.end(),
            value: 0,
            approximate: true,
            open_ended: false,
            kind: NumberKind::Vague,
            fractional: false,
        };
        if let Some(mut f) = read_number(sent, &pseudo, false, captors) {
            f.indefinite = true;
            f.min = None;
            f.max = None;
            f.approximate = true;
            out.push(f);
        }
    }
    // "aucun blessé".
    let zeros_from = out.len();
    for c in NONE.captures_iter(sent) {
        let m = c.get(0).unwrap();
        let word = c.name("w").or_else(|| c.name("v")).unwrap();
        let w = crate::document::fold(word.as_str());
        let cat = if w.starts_with("bless") {
            Cat::Injured
        } else if w.starts_with("disparu") {
            Cat::Missing
        } else if w.starts_with("interpel") || w.starts_with("arrest") {
            Cat::Arrested
        } else if w.starts_with("enlev") || w.starts_with("kidnapp") {
            Cat::Kidnapped
        } else {
            Cat::Killed
        };
        out.push(Fig {
            start: m.start(),
            end: m.end(),
            num_start: m.start(),
            cat,
            count: 0,
            min: Some(0),
            max: Some(0),
            approximate: false,
            group: None,
            group_category: None,
            severity: None,
            trigger: word.start(),
            indefinite: false,
            one_person: false,
        });
    }
    // "Selon plusieurs médias, aucun policier n'a été blessé": the verb is
    // the zero's, not that of a count before it.
    let zeros: Vec<usize> = out[zeros_from..].iter().map(|z| z.start).collect();
    out.retain(|f| {
        f.count == 0 && !f.indefinite || !zeros.iter().any(|&z| f.num_start < z && z < f.end)
    });
    // "Chaque hiver, le monoxyde de carbone provoque une centaine de décès",
    // "30 000 homicides par an": a rate, no toll of an event. (Read before
    // conversions: "3 700 morts en 2018, soit une dizaine par jour" keeps
    // the 3 700.)
    static RATE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:chaque\s+(?:ann[ée]e|hiver|[ée]t[ée]|mois|semaine|jour)|par\s+(?:an|ann[ée]e|mois|semaine|jour)|tous\s+les\s+ans|annuellement|en\s+moyenne)\b").unwrap()
    });
    // (Words of a rate first: the regex is built only where one stands.)
    let maybe_rate = [
        "haque ",
        "par an",
        "par mois",
        "par semaine",
        "par jour",
        "tous les ans",
        "annuellement",
        "n moyenne",
    ]
    .iter()
    .any(|w| sent.contains(w));
    if maybe_rate && let Some(first) = RATE.find(sent) {
        // A rate that opens the sentence ("Chaque hiver, …") tells all its
        // figures; else only those of its clause.
        let opening = sent[..first.start()].trim().is_empty();
        out.retain(|f| {
            let (lo, hi) = clause_bounds(sent, f.start.min(f.end), f.start.max(f.end));
            !(opening || RATE.is_match(&sent[lo..hi]))
        });
    }
    // "Quatorze ménages, soit une vingtaine de personnes, se retrouvent sans
    // logement": the households converted into people are one toll, the
    // people's; so are people converted into households ("727 412
    // personnes, soit 96 385 ménages, ont été sinistrées").
    let converts = |f: &Fig, g: &Fig| {
        g.cat == f.cat
            && g.num_start > f.num_start
            && g.num_start - f.num_start < 80
            && sent.is_char_boundary(f.num_start)
            && sent.is_char_boundary(g.num_start)
            && {
                let gap = &sent[f.num_start..g.num_start];
                gap.contains(", soit ") && !gap.contains(['.', ';'])
            }
    };
    let households = |f: &Fig| {
        sent.is_char_boundary(f.num_start) && {
            let w = crate::document::fold(head(&sent[f.num_start..], 40));
            w.split_whitespace().skip(1).take(3).any(|w| {
                matches!(
                    w.trim_end_matches(','),
                    "menages" | "familles" | "foyers" | "households"
                )
            })
        }
    };
    let converted: Vec<bool> = out
        .iter()
        .map(|f| {
            out.iter().any(|g| converts(f, g) && !households(g))
                || out.iter().any(|g| converts(g, f) && households(f))
        })
        .collect();
    let mut keep = converted.iter().map(|c| !c);
    out.retain(|_| keep.next().unwrap_or(true));
    // "Des trois blessés graves, … Le troisième, un homme de 74 ans, reste
    // hospitalisé": one of a group already counted, named by its rank, in
    // the group's state: no toll of its own (a new state is one: "le
    // troisième, blessé, a été arrêté").
    let counted: Vec<(Cat, u64)> = out
        .iter()
        .chain(earlier.iter().map(|(_, h)| h))
        .chain(carry)
        .map(|h| (h.cat, h.count))
        .collect();
    out.retain(|f| {
        let one = f.count == 1 && {
            let w = crate::document::fold(head(&sent[f.num_start..], 4));
            w.starts_with("un ") || w.starts_with("une ")
        };
        !(one
            && ranked_member_before(&sent[..f.num_start])
            && counted.iter().any(|&(c, k)| c == f.cat && k >= 2))
    });
    out.sort_by_key(|f| f.num_start);
    drop_apposed_members(sent, &mut out);
    out
}

/// "Deux personnes, une femme de 52 ans et un garçon de 4 ans, ont été
/// tuées": an apposition right after a figure and its noun names the
/// figure's members one by one; they are no figures of their own ("dont
/// une femme" is a sub-count, and stays; so are the parts of a breakdown,
/// see `ranks_in_a_breakdown`).
fn drop_apposed_members(sent: &str, figs: &mut Vec<Fig>) {
    const VERBS: &[&str] = &[
        "ont", "sont", "a", "est", "ete", "avaient", "etaient", "avait", "etait", "dont",
    ];
    let mut drop = vec![false; figs.len()];
    for i in 1..figs.len() {
        let f = &figs[i];
        let word = crate::document::fold(head(&sent[f.num_start..], 4));
        if f.count != 1 || !(word.starts_with("un ") || word.starts_with("une ")) {
            continue;
        }
        let Some(j) = (0..i).rev().find(|&j| !drop[j] && figs[j].count >= 2) else {
            continue;
        };
        let g = &figs[j];
        if g.cat != f.cat || g.num_start >= f.num_start {
            continue;
        }
        let between = crate::document::fold(&sent[g.num_start..f.num_start]);
        let Some((head_np, members)) = between.split_once(',') else {
            continue;
        };
        let words = |t: &str| {
            t.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        let members_before = (j + 1..i).filter(|&k| drop[k]).count();
        // The apposition closes with a comma before the verb the figure and
        // its members share ("…, un Belge et un Français, ont été tués"); a
        // list goes on to it ("deux Américains, un Jordanien et un Soudanais
        // ont perdu la vie").
        let closed = g.trigger == f.trigger
            && f.trigger > f.num_start
            && crate::document::fold(&sent[f.num_start..f.trigger])
                .rsplit_once(',')
                .is_some_and(|(_, after)| {
                    words(after)
                        .iter()
                        .all(|w| VERBS.contains(&w.as_str()) || w == "tous" || w == "toutes")
                });
        // A breakdown with a part of several ("Trois soldats, un officier
        // et deux sous-officiers, …") keeps its parts: the ranks.
        let breakdown = figs
            .iter()
            .skip(j + 1)
            .any(|k| k.trigger == g.trigger && k.count >= 2);
        let apposed = closed
            && !breakdown
            && head_np.split_whitespace().count() <= 4
            && between.len() <= 120
            && !between.contains(['.', ';', ':', '(', ')'])
            && !words(&between).iter().any(|w| VERBS.contains(&w.as_str()))
            && (members.trim().is_empty() || members.trim_end().ends_with(" et"))
            && members_before < g.count as usize;
        if apposed {
            drop[i] = true;
        }
    }
    let mut k = 0;
    figs.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Is the number followed by a unit, a month, an ordinal mark?
fn unit_after(sent: &str, n: &Number) -> bool {
    let post = head(&sent[n.end..], 40);
    if UNIT_AFTER.is_match(post) {
        return true;
    }
    // "de 16 à 25 ans", "14 et 18 ans".
    static RANGE_UNIT: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)^\s*(?:[àa]|et|ou|-)\s*\d+\s*(?:ans|mois|jours|heures|km|%|h\b)")
            .unwrap()
    });
    RANGE_UNIT.is_match(post)
}

/// The text before a number without its qualifier, and the qualifier's span.
fn strip_qualifier(pre: &str) -> (&str, Option<(usize, usize)>) {
    let t = tail(pre, 60);
    let off = pre.len() - t.len();
    match QUAL_BEFORE.captures(t) {
        Some(c) => {
            let q = c.name("q").unwrap();
            (
                &pre[..off + q.start()],
                Some((off + q.start(), off + q.end())),
            )
        }
        None => (pre, None),
    }
}

/// Set bounds and approximation from the qualifier and the number.
fn bounds(f: &mut Fig, n: &Number, qual: Option<&str>) {
    let v = n.value;
    f.count = v;
    f.approximate = n.approximate;
    if n.open_ended {
        f.min = Some(v);
        f.max = None;
    } else if n.approximate {
        f.min = None;
        f.max = None;
    } else {
        f.min = Some(v);
        f.max = Some(v);
    }
    let Some(q) = qual else { return };
    let q = crate::document::fold(q);
    let q = q.split_whitespace().collect::<Vec<_>>().join(" ");
    if q.starts_with("au moins") || q.starts_with("au minimum") || q.starts_with("pas moins") {
        f.min = Some(v);
        f.max = None;
        f.approximate = true;
    } else if q.contains("plus d")
        || q.starts_with("plus que")
        || q.starts_with("au-del")
        || q.starts_with("depass")
    {
        f.min = Some(v.saturating_add(1));
        f.max = None;
        f.approximate = true;
    } else if q.contains("moins d") {
        f.min = None;
        f.max = Some(v.saturating_sub(1));
        f.approximate = true;
    } else if q.starts_with("la barre") || q.starts_with("le cap") || q.starts_with("le seuil") {
        // "a franchi la barre des 100 morts": reached.
        f.min = Some(v);
        f.max = None;
        f.approximate = true;
    } else if q.starts_with("pres d")
        || q.starts_with("frol")
        || q.starts_with("presque")
        || q.starts_with("quasi")
        || q.starts_with("jusqu")
    {
        f.min = None;
        f.max = Some(v);
        f.approximate = true;
    } else if q.starts_with("environ")
        || q.starts_with("approx")
        || q.starts_with("a peu pres")
        || q.starts_with("grosso modo")
        || q.starts_with("quelque")
        || q.starts_with("autour")
        || q.starts_with("avoisin")
    {
        f.min = None;
        f.max = None;
        f.approximate = true;
    }
}

fn severity(s: &str) -> Option<Severity> {
    if SERIOUS.is_match(s) {
        Some(Severity::Serious)
    } else if MINOR.is_match(s) {
        Some(Severity::Minor)
    } else {
        None
    }
}

/// The victims' noun at the start of `s` (after determiners): its span in
/// `s` (offset by `base`) and category, if it is a person.
fn group_after(s: &str, base: usize) -> Option<(usize, usize, Option<Category>)> {
    let lead = SUBJ_LEAD.find(s).map_or(0, |m| m.end());
    // "personnes" may be eaten by the lead: take it back.
    let mut start = lead;
    let low = s[..lead].to_lowercase();
    if let Some(i) = low.rfind("personnes") {
        start = i;
    }
    let rest = &s[start..];
    if let Some((len, cat)) = groups::longest_prefix(rest) {
        return Some((base + start, base + start + len, Some(cat)));
    }
    // People named by their nationality: "1,3 million de Haïtiens", "300
    // Maliens", "un Jordanien" (capitalised as a noun).
    let word = rest
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()
        .unwrap_or("");
    if word.starts_with(char::is_uppercase)
        && crate::extract::nationality::country_of(word).is_some()
    {
        return Some((
            base + start,
            base + start + word.len(),
            Some(Category::Other),
        ));
    }
    // One person of `casualties_persons.tsv`: "un vaccinateur", "une
    // sexagénaire", "un garde du corps".
    one_person_prefix(rest).map(|len| (base + start, base + start + len, None))
}

/// Is "un autre" / "une autre" (`det`, the number's word) another of a
/// thing: is the last noun after the same indefinite article in `before`
/// a thing ("une voiture est renversée et une autre …")?
fn other_of_a_thing(before: &str, det: &str) -> bool {
    static INDEFINITE_NOUN: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?P<det>une?)\s+(?P<noun>(?-i:[\p{L}-])+)").unwrap()
    });
    INDEFINITE_NOUN
        .captures_iter(before)
        .filter(|c| c["det"].eq_ignore_ascii_case(det) && !c["noun"].eq_ignore_ascii_case("autre"))
        .last()
        .is_some_and(|c| not_person(&c["noun"]))
}

/// "150 présumés kulunas": a noun the lexicon lacks after "présumés" or
/// "supposés" names people suspected of being so.
fn presumed_before(before: &str) -> bool {
    let w = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let w = crate::document::fold(w);
    ["presume", "suppose"].iter().any(|p| {
        w.strip_prefix(p)
            .is_some_and(|r| matches!(r, "" | "e" | "s" | "es"))
    })
}

/// A person named by a relation to another: victims, though no actor
/// group of their own ("un de ses collègues", "l'un de ses fils").
fn is_relation(word: &str) -> bool {
    let w = crate::document::fold(word);
    matches!(
        w.as_str(),
        "fils" | "petit-fils" | "petits-fils" | "neveu" | "neveux" | "epoux"
    ) || matches!(
        w.strip_suffix('s').unwrap_or(&w),
        "collegue"
            | "ami"
            | "amie"
            | "voisin"
            | "voisine"
            | "camarade"
            | "coequipier"
            | "coequipiere"
            | "cousin"
            | "cousine"
            | "frere"
            | "soeur"
            | "proche"
            | "compagnon"
            | "compagne"
            | "collaborateur"
            | "collaboratrice"
            | "fille"
            | "petite-fille"
            | "petites-fille"
            | "niece"
            | "oncle"
            | "tante"
            | "epouse"
    )
}

/// A head noun that is not in the lexicon but may be people ("surveillants").
fn unknown_head(s: &str, plural: bool) -> Option<(usize, usize)> {
    let lead = SUBJ_LEAD.find(s).map_or(0, |m| m.end());
    let rest = &s[lead..];
    let w: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect();
    const FUNCTION: &[&str] = &[
        "près", "pres", "dans", "pour", "sous", "vers", "avec", "sans", "chez", "depuis", "plus",
        "moins", "alors", "lors", "dont", "tous", "toutes", "les", "des", "ces", "ses", "leurs",
        "nos", "vos", "mes", "jusqu", "après", "avant", "parmi", "selon", "contre", "entre",
    ];
    let wl = w.to_lowercase();
    if w.chars().count() < 3
        || not_person(&w)
        || FUNCTION.contains(&wl.as_str())
        // (A word borrowed after "présumés" may keep its own plural: "deux
        // présumés dahalo".)
        || plural && !(wl.ends_with('s') || wl.ends_with('x')) && !presumed_before(&s[..lead])
    {
        return None;
    }
    Some((lead, lead + w.len()))
}

/// Does a reflexive pronoun end `before` ("qui s'étaient", "se sont"), so
/// that "arrêtés" after it tells people who stopped?
fn stopped_before(before: &str) -> bool {
    static REFLEXIVE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)(?:\bse\s+|\bs['’]\s*)(?:(?:est|sont|[ée]tait|[ée]taient|serait|seraient|[ée]tant)\s+)?$")
            .unwrap()
    });
    REFLEXIVE.is_match(tail(before, 24))
}

/// "des leurs", "des siens", "des nôtres": people of the subject's own side
/// ("les rebelles ont perdu quatre des leurs").
fn of_their_own(post: &str) -> bool {
    let f = crate::document::fold(head(post.trim_start(), 16));
    [
        "des leurs",
        "des siens",
        "des siennes",
        "des notres",
        "des votres",
    ]
    .iter()
    .any(|w| f.starts_with(w) && !f[w.len()..].starts_with(|c: char| c.is_alphabetic()))
}

/// "neutralisés", "éliminés": killed in an army's words, when those
/// neutralised are armed men ("cinq terroristes ont été éliminés"), not
/// candidates or teams.
fn is_euphemism(toll: &str) -> bool {
    folded_euphemism(&crate::document::fold(toll))
}

/// [`is_euphemism`] of a word already folded.
fn folded_euphemism(f: &str) -> bool {
    f.starts_with("neutralis") || f.starts_with("elimin")
}

/// "un groupe de terroristes … avait été mis en déroute et huit d'entre
/// eux avaient été neutralisés": a figure "d'entre eux" whose sentence
/// named armed men before it counts them.
fn armed_antecedent(before: &str, after: &str) -> bool {
    let after = crate::document::fold(head(after, 20));
    if !(after.trim_start().starts_with("d'entre eux")
        || after.trim_start().starts_with("d'entre elles"))
    {
        return false;
    }
    crate::document::fold(before)
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| of_armed_men(crate::extract::groups::category_of(w)))
}

fn of_armed_men(category: Option<Category>) -> bool {
    // (Soldiers too: "avoir « éliminé plus de 60 militaires »" in an
    // army's claim.)
    matches!(
        category,
        Some(Category::Militants | Category::Rebels | Category::Military)
    )
}

/// Households counted as displaced or struck by a disaster ("1 200
/// familles ont fui", "300 ménages évacués", "4 000 familles ont été
/// sinistrées"): no victims' noun elsewhere, where a family is one toll of
/// several people, but the unit of humanitarian counts.
fn household_head(s: &str) -> Option<(usize, usize)> {
    let lead = SUBJ_LEAD.find(s).map_or(0, |m| m.end());
    let w: String = s[lead..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    matches!(
        crate::document::fold(&w).as_str(),
        "familles" | "menages" | "foyers" | "famille" | "menage" | "foyer"
    )
    .then_some((lead, lead + w.len()))
}

/// Stems (folded) of a sentence that tells a body found, recovered or
/// brought back: "le corps d'un randonneur a été découvert", "un corps a
/// été repêché".
const BODY_FOUND: [&str; 11] = [
    "retrouv", "decouv", "repech", "exhum", "identifi", "rapatri", "sans vie", "inanime", "gisant",
    "extrait", "degag",
];

/// "Aucun des six enfants montés à bord n'a survécu": no one of a group
/// lived, the whole group died.
static NONE_SURVIVED: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?i)^[^.;:]{0,80}?\bn['’]\s*(?:a|ont|aurait|auraient|avait|avaient)\s+(?:pu\s+)?(?:surv[ée]cu|[ée]t[ée]\s+sauv[ée]e?s?|(?:en\s+)?r[ée]chapp[ée])\b",
    )
    .unwrap()
});

/// Does `before` end with "aucun des" / "aucune des", opening a figure
/// of a whole group ("aucun des six enfants … n'a survécu")?
fn after_none_of(before: &str) -> bool {
    let f = crate::document::fold(tail(before, 40));
    let f = f.trim_end();
    f.ends_with("aucun des") || f.ends_with("aucune des")
}

/// The toll told of one of a group after the group's noun: "(l'un des
/// trois ravisseurs) a été tué", "(… , âgé de 17 ans,) aurait succombé".
static ONE_OF_THEM_TOLD: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)^\s*(?:,[^,.;:]{1,60},\s*)?(?:a|aurait|avait|est|serait|[ée]tait)\s+(?:[ée]t[ée]\s+)?(?:(?:gri[èe]vement|mortellement|l[ée]g[èe]rement|gravement|[ée]galement|aussi|s[ée]rieusement)\s+)?(?:(?P<k>tu[ée]e?|abattue?|assassin[ée]e?|ex[ée]cut[ée]e?|morte?|d[ée]c[ée]d[ée]e?|succomb[ée])|(?P<i>bless[ée]e?)|(?P<a>arr[êe]t[ée]e?|interpell[ée]e?|captur[ée]e?)|(?P<x>enlev[ée]e?|kidnapp[ée]e?))\b").unwrap()
});

/// Does `before` end with a member of a group named by its rank, then a
/// comma ("Le troisième,", "L'autre,", "la dernière,"), opening its
/// clause?
fn ranked_member_before(before: &str) -> bool {
    static RANKED: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)(?:^|[.;:]\s*|\b(?:et|mais)\s+)(?:le|la|l['’])\s*(?:second|seconde|autre|derni[eè]re?|\w{2,12}i[eè]me)\s*,\s*$").unwrap()
    });
    RANKED.is_match(tail(before, 40))
}

/// The toll of one of a group ("un" at `part`), told right after the
/// group's noun, which ends at `noun_end`.
fn one_of_them(sent: &str, part: &Number, noun_end: usize) -> Option<Fig> {
    let c = ONE_OF_THEM_TOLD.captures(&sent[noun_end..])?;
    let cat = if c.name("k").is_some() {
        Cat::Killed
    } else if c.name("i").is_some() {
        Cat::Injured
    } else if c.name("a").is_some() {
        Cat::Arrested
    } else {
        Cat::Kidnapped
    };
    let end = noun_end + c.get(0).unwrap().end();
    let mut f = Fig::named(part.start, end, cat);
    bounds(&mut f, part, None);
    f.trigger = end;
    f.severity = severity(&sent[noun_end..end]);
    Some(f)
}

/// A part of a group counted in the same clause ("deux des trois preneurs
/// d'otages ont été abattus", "le corps d'un des quatre alpinistes portés
/// disparus"): the toll told of the group is the part's, the group's number
/// only names it (the group keeps a toll word of its own: "le corps d'un
/// des cinq otages enlevés"). One of a group has its toll told after the
/// group's noun, the verb agreeing with "un" ("l'un des trois ravisseurs a
/// été tué", "un des cinq otages aurait été exécuté"). And "aucun des six
/// enfants … n'a survécu": the whole group was killed.
fn part_of_a_counted_group(sent: &str, nums: &[Number], figs: &mut [Option<Fig>]) {
    for i in 0..nums.len() {
        let n = &nums[i];
        // "Aucun des six enfants montés à bord n'a survécu".
        if after_none_of(&sent[..n.start])
            && let Some(m) = NONE_SURVIVED.find(&sent[n.end..])
        {
            let mut f = Fig::named(n.start, n.end + m.end(), Cat::Killed);
            bounds(&mut f, n, None);
            f.trigger = n.start;
            figs[i] = Some(f);
            continue;
        }
        if i == 0 {
            continue;
        }
        let part = &nums[i - 1];
        if !sent[part.end..n.start].trim().eq_ignore_ascii_case("des") || part.value >= n.value {
            continue;
        }
        let before = crate::document::fold(tail(&sent[..part.start], 30));
        let before = before.trim_end();
        // "le corps d'un des quatre alpinistes portés disparus": found dead.
        // (Folded: "d’" is "d'".)
        let body = ["corps d'", "corps de", "depouille d'", "depouilles de"]
            .iter()
            .any(|w| before.ends_with(w));
        let group = match figs[i].clone() {
            Some(g) => g,
            // "le corps d'un des quatre alpinistes a été retrouvé": the group
            // counted by no toll word of its own, a person's noun after it.
            None if body => match group_after(&sent[n.end..], n.end) {
                Some((gs, ge, category)) if gs <= n.end + 2 => {
                    let mut f = Fig::named(n.start, ge, Cat::Killed);
                    f.group = Some((gs, ge));
                    f.group_category = category;
                    f.trigger = part.start;
                    f
                }
                _ => continue,
            },
            None if part.is_one_word(sent) && figs[i - 1].is_none() => {
                let Some((gs, ge, category)) =
                    group_after(&sent[n.end..], n.end).filter(|&(gs, _, _)| gs <= n.end + 2)
                else {
                    continue;
                };
                if let Some(mut f) = one_of_them(sent, part, ge) {
                    f.group = Some((gs, ge));
                    f.group_category = category;
                    figs[i - 1] = Some(f);
                }
                continue;
            }
            None => continue,
        };
        // Otherwise a verb tells the part's state ("ont été abattus"), not
        // the group's noun alone ("deux des cinq morts étaient des enfants").
        let told = crate::document::fold(&sent[n.end..group.trigger.max(n.end).min(sent.len())]);
        let by_verb = told
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| FINITE_AUX.contains(&w));
        if !body && !by_verb {
            // "un des cinq otages aurait été exécuté": the group counted by
            // its own noun, the one's toll told after it.
            if part.is_one_word(sent)
                && figs[i - 1].is_none()
                && let Some(mut f) = one_of_them(sent, part, group.end)
            {
                f.group = group.group;
                f.group_category = group.group_category;
                figs[i - 1] = Some(f);
            }
            continue;
        }
        let mut f = group;
        if body {
            f.cat = Cat::Killed;
            f.severity = None;
        }
        f.start = f.start.min(part.start);
        f.num_start = part.start;
        bounds(&mut f, part, None);
        f.indefinite = false;
        f.one_person = false;
        figs[i - 1] = Some(f);
        // The group's own toll word stays its toll ("les corps de trois
        // des sept employés enlevés": seven kidnapped, three killed); a
        // verb told of the part was not the group's.
        if !body {
            figs[i] = None;
        }
    }
}

/// "L'offensive a fait depuis au moins 39 653 morts": "depuis" an adverb
/// ("since then") before a count of the dead, not the start of a span
/// before a year.
fn adverb_since_before_toll(pre: &str, post: &str) -> bool {
    let next = post
        .split_whitespace()
        .next()
        .map(|w| crate::document::fold(w.trim_end_matches([',', '.', ';'])));
    pre.trim_end().to_lowercase().ends_with("depuis")
        && next.is_some_and(|w| {
            matches!(
                w.as_str(),
                "morts" | "tues" | "blesses" | "victimes" | "deces" | "disparus" | "deplaces"
            )
        })
}

/// Read one number by its neighbours.
fn read_number(sent: &str, n: &Number, after_dont: bool, captors: bool) -> Option<Fig> {
    if unit_after(sent, n) {
        return None;
    }
    // "L'un des blessés, un policier âgé de 45 ans, a été touché": one in
    // apposition to a member of a set already counted.
    if n.value == 1 && apposed_to_a_member(&sent[..n.start]) {
        return None;
    }
    let pre_full = &sent[..n.start];
    let (pre, q) = strip_qualifier(pre_full);
    if NOT_BEFORE.is_match(tail(pre, 30))
        && n.kind == NumberKind::Digits
        && !adverb_since_before_toll(pre, &sent[n.end..])
    {
        return None;
    }
    // "ont fait l'objet d'une arrestation": an article, no count.
    if n.value == 1 && n.kind != NumberKind::Digits && OBJECT_OF.is_match(tail(pre, 20)) {
        return None;
    }
    let post_full = &sent[n.end..];
    // Post-qualifier: "29 personnes au minimum".
    let mut qual = q.map(|q| &sent[q.0..q.1]);
    let mut post_off = n.end;
    if let Some(c) = QUAL_AFTER.captures(head(post_full, 30)) {
        let qm = c.name("q").unwrap();
        qual = Some(&post_full[qm.start()..qm.end()]);
        post_off = n.end + c.get(0).unwrap().end();
    }
    let one = n.is_one_word(sent);
    let start = q.map_or(n.start, |q| q.0);

    // 1. The toll word after the number.
    // After "dont", only a toll word right after the number is its own
    // ("dont 4 morts"); else it is a sub-count of the figure before ("10
    // blessés dont 6 agents et 15 personnes ont été interpellées").
    let sub = !after_dont && SUB_BEFORE.is_match(tail(pre, 40));
    // The object of an active toll verb is that verb's victims, whatever
    // follows: "deux hommes qui ont tué trois personnes ont été arrêtés"
    // (the three were killed; the two arrested).
    // (Read only when the toll after is another act: rare.)
    let object_of_act = || {
        ACTIVE_BEFORE.captures(tail(pre, 80)).is_some_and(|c| {
            ["k", "i", "a", "x", "d", "m"]
                .iter()
                .any(|g| c.name(g).is_some())
        })
    };
    // "Les assaillants, au nombre de six selon la police, ont été tués":
    // the count of a subject in apposition; the verb follows the comma
    // that closes it.
    static NUMBERED: LazyLock<FastRegex> =
        LazyLock::new(|| FastRegex::new(r"(?i),\s*au\s+nombre\s+d(?:e\s+|['’]\s*)$").unwrap());
    let post_off = match post_full.find(',') {
        Some(c)
            if post_full[..c].split_whitespace().count() <= 4
                && !post_full[..c].contains(['.', ';', ':'])
                && tail(pre, 20).contains("nombre")
                && NUMBERED.is_match(tail(pre, 20)) =>
        {
            n.end + c + 1
        }
        _ => post_off,
    };
    if let Some(f) = toll_after(sent, n, post_off, one, captors)
        && (!sub || f.group.is_none())
        // "le décès d'un blessé", "la mort de deux des blessés": the
        // wounded were counted; the death is told by the new toll.
        && !(f.cat == Cat::Injured && DEATH_OF.is_match(tail(pre, 30)))
        && (matches!(f.cat, Cat::Killed | Cat::Injured) || !object_of_act())
    {
        let mut f = f;
        f.start = start;
        bounds(&mut f, n, qual);
        return Some(f);
    }
    // 2. An active verb or a noun of the act before it.
    let pre_t = tail(pre, 80);
    let post = &sent[post_off..];
    if let Some(c) = ACTIVE_BEFORE.captures(pre_t) {
        let cat = [
            ("k", Cat::Killed),
            ("i", Cat::Injured),
            ("h", Cat::Injured),
            ("a", Cat::Arrested),
            ("x", Cat::Kidnapped),
            ("d", Cat::Displaced),
            ("f", Cat::Affected),
            ("m", Cat::Missing),
        ]
        .iter()
        .find(|(g, _)| c.name(g).is_some())
        .map(|x| x.1)
        .or_else(|| {
            // "on dénombre 68 enfants parmi les victimes": the category is
            // that of the victims named.
            c.name("c")?;
            PARMI_TOLL
                .captures(sent)
                .map(|p| toll_noun_category(&p["w"]))
        })?;
        let m = c.get(0).unwrap();
        let pre_off = pre.len() - pre_t.len();
        // "l'ONU en retenait 670", "la police en retient douze": a count
        // kept (of what "en" stands for), no hostages held.
        if cat == Cat::Kidnapped
            && c.name("x").is_some_and(|x| {
                crate::document::fold(x.as_str()).starts_with("ret")
                    && tail(&pre_t[..x.start()], 4).trim_end().ends_with(" en")
            })
        {
            return None;
        }
        let group = group_after(post, post_off);
        // "a admis 812 patients", "ont accueilli une cinquantaine de
        // personnes pour des crises d'asthme": the care of a hospital takes
        // in the hurt or the sick; not "a accueilli 300 réfugiés", nor "a
        // reçu 40 personnes" in a town hall.
        if c.name("h").is_some() && !taken_in_for_care(post) {
            return None;
        }
        if c.name("k").is_some_and(|k| is_euphemism(k.as_str()))
            && !of_armed_men(group.and_then(|g| g.2))
        {
            return None;
        }
        // One body ("le corps d'un randonneur", "la dépouille d'une
        // femme") is one dead where the sentence tells it found, recovered
        // or brought back; not "le corps d'un homme est composé d'eau".
        if c.name("k").is_some_and(|k| {
            let k = crate::document::fold(k.as_str());
            k.starts_with("le corps") || k.contains("depouille d")
        }) && !{
            let s = crate::document::fold(sent);
            BODY_FOUND.iter().any(|w| s.contains(w))
        } {
            return None;
        }
        // Remains are people's dead where found, exhumed or taken out ("les
        // restes d'au moins 44 personnes ont été exhumés", "retirés d'un
        // puits"); not "les restes de deux anciens soldats reposent".
        if c.name("k").is_some_and(|k| {
            let k = crate::document::fold(k.as_str());
            k.contains("restes") || k.contains("ossements")
        }) && !{
            let s = crate::document::fold(sent);
            BODY_FOUND.iter().any(|w| s.contains(w)) || s.contains("retir")
        } {
            return None;
        }
        // "ont repris 38 évadés": an arrest of escapees only, not "ont
        // repris deux villages".
        if c.name("a").is_some_and(|a| {
            let a = crate::document::fold(a.as_str());
            a.starts_with("repr") || a.starts_with("rattrap")
        }) && !group.is_some_and(|g| {
            let g = crate::document::fold(&sent[g.0..g.1]);
            ESCAPEE_STEMS.iter().any(|p| g.starts_with(p))
        }) {
            return None;
        }
        // "a été tué avec ses deux fils": those with the victim are
        // people ("avec ses deux fils", not "avec ses deux fusils").
        if crate::document::fold(&pre_t[m.start()..]).contains("avec ")
            && group.is_none()
            && !is_relation(first_word(post).1)
        {
            return None;
        }
        // "puis ont emmené 87 personnes": taken away by armed men, in a
        // sentence that tells of them or of their violence; not "les
        // secours ont emmené trois blessés à l'hôpital".
        // (So is "la guérilla détient encore au moins 30 personnes", not
        // "la police détient trois suspects".)
        if c.name("x").is_some_and(|x| {
            let x = crate::document::fold(x.as_str());
            x.starts_with("emmen") || x.starts_with("detien")
        }) && !taken_by_captors(sent, captors)
        {
            return None;
        }
        // "nous avons perdu 34 hommes": a loss of people only, not "ont
        // perdu trois matchs", nor a party's "a perdu deux élus".
        // ("la perte de quatre militaires", not "de 2 000 emplois".)
        // (Kin lost count too: "qui a perdu deux cousins dans l'attaque".)
        // ("ont perdu quatre des leurs": their own side's.)
        let people_lost = || {
            group.is_some_and(|g| {
                !matches!(
                    g.2,
                    Some(Category::Government | Category::Judiciary | Category::Other) | None
                )
            }) || group.is_none()
                && unknown_head(post, n.value > 1).is_some_and(|(a, b)| is_relation(&post[a..b]))
                || of_their_own(post)
        };
        if c.name("k").is_some_and(|k| {
            let k = k.as_str().to_lowercase();
            k.ends_with("perdu") || k.contains("perte")
        }) && !people_lost()
        {
            return None;
        }
        // "pourrait affecter 400 000 personnes": a population a threat may
        // reach; not the forces a minister "va affecter" (posts) somewhere.
        if c.name("f").is_some_and(|f| f.as_str().ends_with("er"))
            && group.is_some_and(|g| {
                matches!(
                    g.2,
                    Some(Category::Military | Category::Police | Category::Security)
                )
            })
        {
            return None;
        }
        let unknown = if group.is_none() {
            unknown_head(post, n.value > 1).map(|(a, b)| (post_off + a, post_off + b))
        } else {
            None
        };
        // ("il a tué trois personnes et en a blessé huit lors des
        // festivités": "en" stands for the noun.)
        let en_before = || {
            let mut w = pre_t[..m.start()].split_whitespace().rev();
            match w.next() {
                Some("en") => true,
                Some(a) if FINITE_AUX.contains(&crate::document::fold(a).as_str()) => {
                    w.next() == Some("en")
                }
                _ => false,
            }
        };
        // The victims must be people; "un"/"une" needs its noun.
        let next_word_ok = group.is_some() || unknown.is_some() || !one && en_before() || {
            let p = post.trim_start();
            p.is_empty()
                || p.starts_with([',', '.', ';', ')', '('])
                || p.to_lowercase().starts_with("et ")
                || p.to_lowercase().starts_with("autres")
                || p.to_lowercase().starts_with("d'entre")
                || p.to_lowercase().starts_with("d’entre")
                || p.to_lowercase().starts_with("d'autres")
                || p.to_lowercase().starts_with("d’autres")
                || of_their_own(p)
        };
        if !next_word_ok || one && group.is_none() {
            return None;
        }
        // Affected and displaced need people named.
        if matches!(cat, Cat::Affected | Cat::Displaced) && group.is_none() {
            return None;
        }
        // "Affected" counts a population; one person "touched" is a figure
        // of speech ("un assassinat politique touche un ministre").
        if cat == Cat::Affected && one {
            return None;
        }
        // Other acts than killing and wounding need people too: a known
        // group, a proper adjective ("enlevé trois Français") or kin ("deux
        // frères"), not "enlevé trois peaux".
        if !matches!(cat, Cat::Killed | Cat::Injured)
            && group.is_none()
            && unknown.is_some_and(|(a, b)| {
                !sent[a..].starts_with(char::is_uppercase)
                    && !is_relation(&sent[a..b])
                    && !presumed_before(&sent[..a])
            })
        {
            return None;
        }
        // "le groupe dit avoir capturé deux militaires": soldiers, police
        // or civilians captured are held by the other side, not arrested.
        let cat = match (c.name("a"), group) {
            (Some(a), Some((_, _, gc)))
                if cat == Cat::Arrested && captured_by_the_enemy(a.as_str(), gc) =>
            {
                Cat::Kidnapped
            }
            _ => cat,
        };
        let mut f = Fig {
            start: (pre_off + m.start()).min(start),
            end: n.end,
            num_start: n.start,
            cat,
            count: n.value,
            min: None,
            max: None,
            approximate: false,
            group: None,
            group_category: None,
            severity: None,
            trigger: pre_off + m.start(),
            indefinite: false,
            one_person: false,
        };
        if let Some((gs, ge, gc)) = group {
            f.group = Some((gs, ge));
            f.group_category = gc;
            f.end = ge;
        } else if let Some((gs, ge)) = unknown {
            f.group = Some((gs, ge));
            f.end = ge;
        }
        if cat == Cat::Injured {
            f.severity = severity(head(&sent[f.end..], 40));
        }
        bounds(&mut f, n, qual);
        return Some(f);
    }
    // 3. The victims counted among a toll named elsewhere in the sentence:
    // "une fillette de 9 ans est à déplorer parmi les victimes", "trois
    // enfants figurent parmi les blessés".
    if let Some(c) = AMONG_AFTER.captures(head(post, 120))
        && let Some(p) = PARMI_TOLL.captures(sent)
    {
        let subject = &post[..c.name("v").unwrap().start()];
        let group = group_after(post, post_off).or_else(|| {
            unknown_head(post, n.value > 1)
                .filter(|(a, _)| post[*a..].starts_with(char::is_uppercase))
                .map(|(a, b)| (post_off + a, post_off + b, None))
        });
        let (gs, ge, gc) = group?;
        if blocks(&BLOCK, &clean_subject(subject)) {
            return None;
        }
        let mut f = Fig {
            start,
            end: ge,
            num_start: n.start,
            cat: toll_noun_category(&p["w"]),
            count: n.value,
            min: None,
            max: None,
            approximate: false,
            group: Some((gs, ge)),
            group_category: gc,
            severity: None,
            trigger: post_off + c.name("v").unwrap().start(),
            indefinite: false,
            one_person: false,
        };
        bounds(&mut f, n, qual);
        return Some(f);
    }
    // 4. The total of a toll: "le bilan s'élève à 34".
    // ("dépasse", "frôle", read as bounds, end the total's verb too: "le
    // nombre de morts dépasse 40".)
    if let Some(c) = BILAN_BEFORE
        .captures(tail(pre, 90))
        .or_else(|| BILAN_BEFORE.captures(tail(pre_full, 90)))
    {
        if one {
            return None;
        }
        let what = c
            .name("what")
            .or_else(|| c.name("bwhat"))
            .map(|w| crate::document::fold(w.as_str()));
        let cat = match what.as_deref() {
            None => Cat::Killed,
            Some(w) if w.contains("bless") => Cat::Injured,
            // "le nombre de personnes prises en charge a été porté à 163".
            Some(w)
                if ["hospitalis", "intoxi", "en charge", "soign", "patient"]
                    .iter()
                    .any(|p| w.contains(p)) =>
            {
                Cat::Injured
            }
            Some(w) if w.contains("disparu") => Cat::Missing,
            Some(w) if w.contains("deplac") => Cat::Displaced,
            Some(w) if w.contains("sinistr") => Cat::Affected,
            Some(w) if w.contains("otage") || w.contains("enlev") || w.contains("kidnapp") => {
                Cat::Kidnapped
            }
            Some(w) if w.contains("interpel") || w.contains("arrest") || w.contains("arret") => {
                Cat::Arrested
            }
            Some(_) => Cat::Killed,
        };
        // Losses are people named: "les pertes sont lourdes : 57 soldats
        // turcs", not "des pertes de 3 millions".
        if let Some(l) = c.name("losses") {
            let after = tail(pre, 90)[l.end()..].trim_start().to_lowercase();
            if group_after(post, 0).is_none()
                || after.starts_with("de ")
                || after.starts_with("d'")
                || after.starts_with("d’")
            {
                return None;
            }
        }
        // The number must stand alone (not "34 ans", not "34 maisons"):
        // told last, or before a group, a place, or a word that opens an
        // adverbial ("le nombre de morts était passé à 30 mardi", "le
        // bilan s'élève à 30 selon la police, dans la ville").
        let p = post.trim_start();
        if !(p.is_empty()
            || p.starts_with([',', '.', ';', ')', '('])
            || group_after(post, 0).is_some()
            || at_a_place(post)
            || opens_an_adverbial(p))
        {
            return None;
        }
        let pre_off = pre.len() - tail(pre, 90).len();
        let m = c.get(0).unwrap();
        let mut f = Fig {
            start: pre_off + m.start(),
            end: n.end,
            num_start: n.start,
            cat,
            count: n.value,
            min: None,
            max: None,
            approximate: false,
            group: None,
            group_category: None,
            severity: None,
            trigger: pre_off + m.start(),
            indefinite: false,
            one_person: false,
        };
        bounds(&mut f, n, qual);
        return Some(f);
    }
    None
}

/// Nouns of one person beyond the groups lexicon, folded
/// (`casualties_persons.tsv`).
static ONE_PERSON: LazyLock<crate::fxhash::FxHashSet<String>> = LazyLock::new(|| {
    include_str!("casualties_persons.tsv")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(crate::document::fold)
        .collect()
});

/// Group nouns that name no new single person after "le", "la": a body
/// ("l'armée", "la police", "la garde"), or someone told before ("la
/// victime", "l'homme", "la personne", "l'individu").
const NOT_ONE: &[&str] = &[
    "personne",
    "victime",
    "homme",
    "femme",
    "individu",
    "membre",
    "armee",
    "troupe",
    "police",
    "garde",
    "civil",
    "jeune",
    "proche",
    "force",
    "population",
    "famille",
];

/// Where a single person's noun phrase may begin as a subject: the
/// sentence's start, a clause's after a comma or a conjunction ("…, le
/// conducteur a été tué sur le coup", "et son chauffeur a été blessé", "a
/// indiqué que le suspect avait été interpellé").
static ONE_DET: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r#"(?i)(?:^|[,;:]|\b(?:et|mais|que|puis)\s|\bqu['’])[\s«"“]*(?P<d>(?:le|la|son|sa|leur)(?:\s+|$)|l['’]\s*)"#)
        .unwrap()
});

/// A toll verb with a single person as its object: "tuant son chauffeur",
/// "ont blessé grièvement le conseiller municipal", "qui a coûté la vie à
/// son garde du corps".
/// "le corps du neuvième et dernier", "la dépouille de la deuxième": the
/// person's noun follows.
static BODY_OF_THE_NTH: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)\b(?:le\s+corps|la\s+d[ée]pouille)\s+(?:sans\s+vie\s+)?(?:du|de\s+la)\s+(?:premi[eè]re?|seconde?|derni[eè]re?|\w{2,12}i[eè]me)(?:\s+et\s+derni[eè]re?)?\s+")
        .unwrap()
});
static ONE_OBJECT: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r#"(?i)\b(?:(?:ont|a|avaient|avait|auraient|aurait)\s+(?:(?:[ée]galement|aussi|grièvement|mortellement|gravement|l[ée]g[èe]rement)\s+)?(?:(?P<k>tu[ée]|abattu|assassin[ée]|ex[ée]cut[ée])|(?P<i>bless[ée])|(?P<x>enlev[ée]|kidnapp[ée])|co[ûu]t[ée]\s+la\s+vie\s+[àa])|(?P<kg>tuant|abattant|assassinant|co[ûu]tant\s+la\s+vie\s+[àa])|(?P<ig>blessant)|(?P<xg>enlevant|kidnappant))\s+(?:(?:grièvement|mortellement|gravement|l[ée]g[èe]rement)\s+)?(?P<d>(?:le|la|son|sa|leur)\s+|l['’]\s*)"#)
        .unwrap()
});

/// The first word of `s` after spaces (letters and hyphens), and where it
/// starts.
fn first_word(s: &str) -> (usize, &str) {
    let t = s.trim_start();
    let at = s.len() - t.len();
    let w = t
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()
        .unwrap_or("");
    (at, w)
}

/// The longest noun of `casualties_persons.tsv` (up to four words) at the
/// start of `rest`: its length.
fn one_person_prefix(rest: &str) -> Option<usize> {
    let mut ends: Vec<usize> = rest
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(i, _)| i)
        .take(3)
        .collect();
    ends.push(rest.len());
    ends.into_iter()
        .rev()
        .map(|e| {
            rest[..e]
                .char_indices()
                .find(|&(_, c)| !(c.is_alphabetic() || c == '-' || c == ' '))
                .map_or(e, |(i, _)| i)
        })
        .find(|&e| e > 0 && ONE_PERSON.contains(&crate::document::fold(&rest[..e])))
}

/// The noun of one person right after a determiner: its length in `rest`
/// and its category when the groups lexicon has it ("son garde du corps",
/// "le capitaine", "l'octogénaire"; not "la police", "la victime").
fn one_person_noun(rest: &str, det: &str) -> Option<(usize, Option<Category>)> {
    let possessive = matches!(det.trim().to_lowercase().as_str(), "son" | "sa" | "leur");
    let from_groups = groups::longest_prefix(rest);
    let own = one_person_prefix(rest);
    // The longer of the two: "garde du corps", not "garde".
    let (len, category) = match (own, from_groups) {
        (Some(o), Some((g, _))) if o > g => (o, None),
        (_, Some((g, c))) => (g, Some(c)),
        (Some(o), None) => (o, None),
        (None, None) => return None,
    };
    let noun = crate::document::fold(&rest[..len]);
    // (A plural of the groups lexicon: "leurs proches".)
    if noun.ends_with('s')
        && !ONE_PERSON.contains(&noun)
        && !noun.ends_with("fils")
        && groups::category_of(noun.trim_end_matches('s')).is_some()
    {
        return None;
    }
    let head = noun.split(' ').next().unwrap_or("");
    if NOT_ONE.contains(&noun.as_str()) && !(possessive && noun == "femme")
        || matches!(head, "force" | "forces" | "armee" | "troupe" | "police")
    {
        return None;
    }
    Some((len, category))
}

/// May two people of these categories be one, told twice ("Un homme a été
/// arrêté. Le suspect a été placé en garde à vue")? Not a policeman and
/// his attacker ("L'assaillant a été abattu. Le policier est mort").
fn may_corefer(a: Option<Category>, b: Option<Category>) -> bool {
    let anyone = |c| {
        matches!(
            c,
            Category::Civilians | Category::Other | Category::Militants
        )
    };
    match (a, b) {
        (Some(a), Some(b)) => a == b || anyone(a) && anyone(b),
        _ => true,
    }
}

/// No toll of one: sought by the police, charged ("Le suspect est
/// recherché", "le candidat est mis en examen").
fn sought_or_charged(word: &str) -> bool {
    let w = crate::document::fold(word);
    w.contains("recherch") || w.contains("examen")
}

/// A toll told by an apposition alone, an adverb of degree at most before
/// its participle (", grièvement blessé,"): where it is and its category.
fn apposed_toll(seg: &str) -> Option<(usize, usize, Cat)> {
    let c = TOLL.captures(seg)?;
    let t = c.name("t")?;
    let (cat, noun_only) = toll_kind(&c);
    let before = crate::document::fold(seg[..t.start()].trim());
    // ("très grièvement blessé": the degree's own adverb.)
    let before = before.strip_prefix("tres ").unwrap_or(&before);
    let adverb = before.is_empty()
        || matches!(
            before,
            "grievement" | "gravement" | "legerement" | "mortellement" | "serieusement"
        );
    // A short complement may follow: "blessé à la jambe", "touché par
    // balle".
    static COMPLEMENT: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)^\s*(?:(?:[àa]|au|aux|par|dans)\s+[^,;:.]{1,30})?$").unwrap()
    });
    // ("Sa mère, touchée au bassin": hit, no one "affected".)
    let bare = seg[t.end()..].trim().is_empty();
    (adverb
        && !noun_only
        && !sought_or_charged(t.as_str())
        && (bare || cat != Cat::Affected && COMPLEMENT.is_match(&seg[t.end()..])))
    .then_some((t.start(), t.end(), cat))
}

/// One person told by a definite article or a possessive, as the subject or
/// the object of a toll verb: "Le capitaine du navire a été arrêté jeudi",
/// "Son chauffeur a été grièvement blessé", "Le maire de Valparaíso, Ramiro
/// Ortega, a été abattu", "Le chauffeur du camion figure parmi les morts",
/// "tuant sept personnes et blessant grièvement le conseiller municipal". A
/// toll of one: the text names no count. Each with whether it was told
/// "parmi les morts" (a sub-count).
fn definite_ones(sent: &str) -> Vec<(Fig, bool)> {
    const AUX: &[&str] = &[
        "a", "est", "aurait", "serait", "avait", "était", "etait", "fut",
    ];
    const ADVERBS: &[&str] = &[
        "lui-meme",
        "elle-meme",
        "egalement",
        "aussi",
        "ensuite",
        "finalement",
        "deja",
        "alors",
        "immediatement",
        "rapidement",
        "aussitot",
        "hier",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "matin",
        "soir",
        "apres-midi",
        "ete",
        "grievement",
        "gravement",
        "legerement",
        "serieusement",
        "tres",
        "plus",
    ];
    // Words that end the noun phrase: a clause, a coordination, a verb
    // (compared unfolded: "à" is no "a").
    const STOP: &[&str] = &[
        "et", "ou", "qui", "que", "qu", "dont", "ont", "sont", "avaient", "étaient", "auraient",
        "seraient", "ne", "n", "se", "s", "il", "elle", "lui", "y", "en", "a", "est", "avait",
        "était", "aurait", "serait", "fut", "figure", "figurait",
    ];
    let mut out = Vec::new();
    for c in ONE_OBJECT.captures_iter(sent) {
        let (d, all) = (c.name("d").unwrap(), c.get(0).unwrap());
        let Some((len, category)) = one_person_noun(&sent[all.end()..], d.as_str()) else {
            continue;
        };
        let cat = if c.name("k").is_some() || c.name("kg").is_some() {
            Cat::Killed
        } else if c.name("i").is_some() || c.name("ig").is_some() {
            Cat::Injured
        } else if c.name("x").is_some() || c.name("xg").is_some() {
            Cat::Kidnapped
        } else {
            Cat::Killed
        };
        let mut f = Fig::one_person(
            all.start(),
            all.end() + len,
            cat,
            (all.end(), all.end() + len),
            category,
        );
        f.severity = severity(all.as_str());
        out.push((f, false));
    }
    // "le corps du neuvième et dernier mineur", "la dépouille de la
    // deuxième victime": one more found dead, told by an ordinal.
    for all in BODY_OF_THE_NTH.find_iter(sent) {
        let rest = &sent[all.end()..];
        // ("le corps du Premier ministre": a title.)
        let title = crate::document::fold(head(rest, 12));
        if title.starts_with("ministre") || title.starts_with("secretaire") {
            continue;
        }
        let len = match one_person_noun(rest, "le") {
            Some((len, _)) => Some(len),
            None => {
                let (skip, w) = first_word(rest);
                let victim = matches!(
                    crate::document::fold(w).as_str(),
                    "victime" | "disparu" | "disparue" | "otage" | "blesse" | "blessee"
                );
                (skip == 0 && victim).then_some(w.len())
            }
        };
        let Some(len) = len else { continue };
        let category = groups::longest_prefix(rest).map(|(_, c)| c);
        out.push((
            Fig::one_person(
                all.start(),
                all.end() + len,
                Cat::Killed,
                (all.end(), all.end() + len),
                category,
            ),
            false,
        ));
    }
    let mut pos = 0;
    while let Some(c) = ONE_DET.captures_at(sent, pos) {
        let (d, all) = (c.name("d").unwrap(), c.get(0).unwrap());
        pos = all.end().max(pos + 1);
        while !sent.is_char_boundary(pos) {
            pos += 1;
        }
        let Some((noun_len, category)) = one_person_noun(&sent[all.end()..], d.as_str()) else {
            continue;
        };
        // The complement and the name: "du navire", "de la commune
        // voisine de Valparaíso", "Héctor Salas".
        let mut at = all.end() + noun_len;
        let mut words = 0;
        let mut elided = false;
        loop {
            let (skip, w) = first_word(&sent[at..]);
            let lower = w.to_lowercase();
            if w.is_empty() || skip == 0 && !elided || STOP.contains(&lower.as_str()) {
                break;
            }
            let prep = |w: &str| {
                matches!(
                    w,
                    "de" | "du" | "des" | "d" | "la" | "le" | "l" | "à" | "au" | "aux" | "en"
                )
            };
            // "le policier chargé de leur escorte": a participle and its
            // complement (not a toll word: "le chauffeur blessé").
            let participle = || {
                (lower.ends_with('é') || lower.ends_with("ée"))
                    && !TOLL.is_match(w)
                    && prep(&first_word(&sent[at + skip + w.len()..]).1.to_lowercase())
            };
            if words == 0 && !prep(&lower) && !w.starts_with(char::is_uppercase) && !participle() {
                break;
            }
            words += 1;
            if words > 8 {
                break;
            }
            at += skip + w.len();
            // "d'", "l'": the apostrophe is part of the word.
            elided = false;
            if let Some(q) = sent[at..]
                .chars()
                .next()
                .filter(|q| ['\'', '’'].contains(q))
            {
                at += q.len_utf8();
                elided = true;
            }
        }
        if words > 8 {
            continue;
        }
        // Up to three appositions between commas: ", âgé de 51 ans, qui a
        // survécu à l'accident,".
        let verb_at = |at: usize| -> Option<usize> {
            let (skip, w) = first_word(&sent[at..]);
            let lower = w.to_lowercase();
            (skip > 0 && (AUX.contains(&lower.as_str()) || lower.starts_with("figur")))
                .then_some(at + skip)
        };
        let mut verb = verb_at(at);
        let mut commas = 0;
        let mut apposed = None;
        while verb.is_none() && commas < 3 && sent[at..].starts_with(',') {
            let seg_end = match sent[at + 1..].find([',', ';', '.', ':', '!', '?', '«', '(']) {
                Some(i) if sent[at + 1 + i..].starts_with(',') && i <= 90 => at + 1 + i,
                _ => break,
            };
            if TOLL.is_match(&sent[at + 1..seg_end]) {
                // "Le chef du village, Hamadoun Barry, grièvement blessé, a
                // été évacué": the apposition tells the toll; a main verb
                // after it may tell another ("le troisième, blessé à la
                // jambe, a été arrêté").
                apposed = apposed_toll(&sent[at + 1..seg_end])
                    .map(|(x, y, cat)| (at + 1 + x, at + 1 + y, cat));
                if apposed.is_some() {
                    verb = verb_at(seg_end + 1);
                }
                break;
            }
            commas += 1;
            verb = verb_at(seg_end + 1);
            at = seg_end;
        }
        if let Some((x, y, cat)) = apposed {
            let mut f = Fig::one_person(
                d.start(),
                y,
                cat,
                (all.end(), all.end() + noun_len),
                category,
            );
            f.trigger = x;
            f.severity = severity(&sent[x..y]);
            out.push((f, false));
            pos = y;
        }
        let Some(mut verb_start) = verb else { continue };
        let mut verb_word = first_word(&sent[verb_start..]).1.to_lowercase();
        // The auxiliary, adverbs, "été", then the toll word (tried before
        // each word: "grièvement touché" is a toll word of its own): the
        // toll's captures, where it starts and whether "été" was read.
        let read_verb = |mut p: usize| {
            let mut first = true;
            let mut been = false;
            loop {
                p += sent[p..].len() - sent[p..].trim_start().len();
                // (The pattern's match and its group `t` start together.)
                if !first && let Some(c) = TOLL.captures_at_start(&sent[p..]) {
                    break (Some(c), p, been);
                }
                let w = first_word(&sent[p..]).1;
                let f = crate::document::fold(w);
                if w.is_empty() || !(first || ADVERBS.contains(&f.as_str())) {
                    break (None, p, been);
                }
                been |= f == "ete";
                first = false;
                p += w.len();
            }
        };
        // "figure parmi les morts", "figurait parmi les personnes
        // enlevées": the toll word after.
        let mut p = verb_start;
        let mut been = false;
        let found = if verb_word.starts_with("figur") {
            static AMONG: LazyLock<FastRegex> = LazyLock::new(|| {
                FastRegex::new(r"(?i)^figur(?:e|ait|erait)\s+(?:[ée]galement\s+)?parmi\s+les\s+(?:personnes\s+)?").unwrap()
            });
            AMONG.find(&sent[p..]).and_then(|a| {
                p += a.end();
                TOLL.captures(&sent[p..])
            })
        } else {
            let (mut found, mut at, mut ete) = read_verb(p);
            // "Le conducteur, âgé de 32 ans, a survécu à l'accident et a
            // été placé en garde à vue", "Le tireur a tué deux passants et
            // a été abattu": a second verb of the same subject.
            let agent = found.as_ref().is_some_and(|c| {
                !ete && matches!(verb_word.as_str(), "a" | "avait" | "aurait")
                    && is_transitive(&c["t"])
            });
            if (found.is_none() || agent)
                && let Some(second) = coordinated_passive(&sent[verb_start..])
            {
                verb_start += second;
                verb_word = first_word(&sent[verb_start..]).1.to_lowercase();
                (found, at, ete) = read_verb(verb_start);
            }
            (p, been) = (at, ete);
            found
        };
        let Some(c) = found else { continue };
        let t = c.name("t").unwrap();
        if t.start() != 0 {
            continue;
        }
        let (cat, noun_only) = toll_kind(&c);
        // "Le chauffeur a tué …": the agent.
        if noun_only && !verb_word.starts_with("figur")
            || !been
                && matches!(verb_word.as_str(), "a" | "avait" | "aurait")
                && is_transitive(t.as_str())
            || sought_or_charged(t.as_str())
            || is_euphemism(t.as_str())
        {
            continue;
        }
        let mut f = Fig::one_person(
            d.start(),
            p + t.end(),
            cat,
            (all.end(), all.end() + noun_len),
            category,
        );
        f.trigger = p;
        f.severity = severity(&sent[verb_start..p + t.end()]);
        // After a toll in apposition, only an arrest or an abduction is
        // another state of the person ("blessé à la jambe, a été arrêté");
        // "grièvement blessé, a été évacué" is the wound's care, "blessé,
        // a succombé" the apposition's toll grown (told as before).
        if apposed.is_some() && !matches!(cat, Cat::Arrested | Cat::Kidnapped) {
            continue;
        }
        out.push((f, verb_word.starts_with("figur")));
        pos = p + t.end();
    }
    out.extend(wounded_pronoun(sent).into_iter().map(|f| (f, false)));
    out.extend(dead_pronoun(sent).map(|f| (f, false)));
    out
}

/// One person, told before, whose death of their wounds a sentence opening
/// on a pronoun tells: "Il a succombé à ses blessures hier soir", "Elle est
/// décédée des suites de ses blessures". (A death without wounds, "Il est
/// mort en 1990", is none; the violence told before is checked where the
/// figure is kept.)
fn dead_pronoun(sent: &str) -> Option<Fig> {
    const BEFORE: &[&str] = &[
        "a",
        "est",
        "avait",
        "etait",
        "finalement",
        "malheureusement",
        "ensuite",
        "depuis",
        "aussi",
        "egalement",
        "lui",
        "elle",
        "meme",
        "alors",
    ];
    let lead = opening_lead(sent);
    let f = crate::document::fold(head(&sent[lead..], 120));
    let rest = after_pronoun(&f, BEFORE)?;
    let skipped = f.len() - rest.len();
    let mut words = rest.split(' ');
    let word = words.next()?;
    let succumbed = word == "succombe";
    let died = matches!(word, "decede" | "decedee" | "mort" | "morte")
        || word == "perdu" && words.next() == Some("la") && words.next() == Some("vie");
    if !(succumbed || died && rest.contains("blessures")) {
        return None;
    }
    // (The folded text keeps the original's bytes but for accented
    // letters: the word's start is found again in the original.)
    let at = lead
        + sent[lead..]
            .char_indices()
            .nth(f[..skipped].chars().count())?
            .0;
    let end = at + sent[at..].find([' ', ',', '.']).unwrap_or(sent.len() - at);
    let mut fig = Fig::one_person(at, end, Cat::Killed, (at, end), None);
    fig.group = None;
    Some(fig)
}

/// How many bytes of spaces, dashes and opening quotes open `s`.
fn opening_lead(s: &str) -> usize {
    s.len() - s.trim_start_matches([' ', '\u{a0}', '-', '—', '«']).len()
}

/// The folded words after the subject pronoun ("il", "elle") opening `f`,
/// past the auxiliaries and adverbs of `skip` ("il a finalement …").
fn after_pronoun<'f>(f: &'f str, skip: &[&str]) -> Option<&'f str> {
    let mut words = f
        .strip_prefix("il ")
        .or_else(|| f.strip_prefix("elle "))?
        .trim_start();
    while let Some(w) = skip.iter().find(|w| {
        words
            .strip_prefix(**w)
            .is_some_and(|r| r.starts_with([' ', '\'']) || r.is_empty())
    }) {
        words = words[w.len()..].trim_start_matches(['\'']).trim_start();
    }
    Some(words)
}

/// One person told wounded in an apposition that opens the sentence (or a
/// clause after a colon or a semicolon), a pronoun the subject of the care
/// that follows: "Grièvement blessé, il a été transporté à l'hôpital",
/// "légèrement blessée, elle a été héliportée". A death that follows makes
/// it a death ("Grièvement blessé, il est décédé peu après"). Not an
/// athlete's wound ("Blessé au genou, il manquera la finale": no care).
fn wounded_pronoun(sent: &str) -> Vec<Fig> {
    // What is done to the wounded, and their death, after the auxiliary.
    const CARE: &[&str] = &[
        "transport",
        "evacu",
        "heliport",
        "helitreuill",
        "hospitalis",
        "conduit",
        "admis",
        "achemin",
        "pris en charge",
        "soign",
        "opere",
        "place en reanimation",
        "secouru",
    ];
    const DEATH: &[&str] = &["decede", "mort", "succombe", "a succombe", "perdu la vie"];
    const AUX: &[&str] = &[
        "a",
        "est",
        "avait",
        "etait",
        "aurait",
        "serait",
        "ete",
        "aussitot",
        "rapidement",
        "immediatement",
        "ensuite",
        "alors",
        "finalement",
        "d'abord",
    ];
    let mut out = Vec::new();
    let opens = std::iter::once(0).chain(sent.match_indices([':', ';']).map(|(i, _)| i + 1));
    for open in opens {
        let rest = &sent[open..];
        let lead = opening_lead(rest);
        let rest = &rest[lead..];
        let Some(comma) = rest.find(',').filter(|&c| c <= 60) else {
            continue;
        };
        let Some((x, y, cat)) = apposed_toll(&rest[..comma]) else {
            continue;
        };
        // (Hit: by a bullet, a shard, a shot; not "touché par cette
        // attention".)
        let word = crate::document::fold(&rest[x..comma]);
        let hit = word.starts_with("touch")
            && ["balle", "eclat", "tir", "projectile"]
                .iter()
                .any(|w| word.contains(w));
        if cat != Cat::Injured || !word.starts_with("bless") && !hit {
            continue;
        }
        let after = crate::document::fold(head(&rest[comma + 1..], 60));
        let Some(words) = after_pronoun(after.trim_start(), AUX) else {
            continue;
        };
        let died = DEATH.iter().any(|w| words.starts_with(w));
        if !died && !CARE.iter().any(|w| words.starts_with(w)) {
            continue;
        }
        let at = open + lead;
        let mut f = Fig::one_person(
            at + x,
            at + y,
            if died { Cat::Killed } else { Cat::Injured },
            (at + x, at + y),
            None,
        );
        f.group = None;
        f.severity = (!died).then(|| severity(&rest[..y])).flatten();
        out.push(f);
    }
    out
}

/// Where the verbs of the subject start when a first verb comes before
/// the passive one at `tail` ("Un homme a pris la fuite et a été arrêté",
/// "Trois assaillants sont entrés dans l'école et ont été tués"): at the
/// first verb's auxiliary, at most ten words back from "et", no
/// punctuation nor figure between. Else `tail`.
fn coordinated_aux(between: &str, tail: usize) -> usize {
    // (The cheap test first: this runs for each toll word of each figure.)
    let Some(head) = between[..tail].trim_end().strip_suffix(" et") else {
        return tail;
    };
    let passive = between[tail..]
        .split_whitespace()
        .any(|w| crate::document::fold(w) == "ete");
    if !passive {
        return tail;
    }
    let mut at = head.len();
    for (n, w) in head.rsplit(' ').enumerate() {
        if n > 9 || w.contains(|c: char| c.is_ascii_digit() || ",;:.()«»".contains(c)) {
            return tail;
        }
        at -= w.len();
        if matches!(w, "a" | "ont" | "est" | "sont" | "avait" | "avaient") {
            return at;
        }
        at = at.saturating_sub(1);
    }
    tail
}

/// Where a second, passive verb of the same subject starts in `clause`
/// (from the first verb): "a survécu à l'accident et a été placé", "a
/// pris la fuite et a été arrêté". At most ten words from the first verb
/// to "et", no punctuation, no figure.
fn coordinated_passive(clause: &str) -> Option<usize> {
    let end = clause
        .find([',', ';', '.', ':', '(', '«'])
        .unwrap_or(clause.len());
    let clause = &clause[..end];
    let et = clause.find(" et ")?;
    let before = &clause[..et];
    if before.split_whitespace().count() > 10 || before.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let second = et + " et ".len();
    let mut words = clause[second..]
        .split_whitespace()
        .map(crate::document::fold);
    let aux = words.next()?;
    (matches!(aux.as_str(), "a" | "avait" | "aurait") && words.next()? == "ete").then_some(second)
}

/// States (folded stems) of people who are no toll of the kind before
/// them in a list: stranded, cut off, rescued, unharmed.
const STRANDED: &[&str] = &[
    "coince",
    "bloque",
    "immobilise",
    "piege",
    "isole",
    "prive",
    "sauve",
    "secouru",
    "rescape",
    "indemne",
    "sain",
    "retrouve",
];

/// Is a capture ("capturé", "fait prisonniers") of people of category
/// `victims` a taking of hostages? Soldiers, police and civilians are
/// captured by the other side; militants, rebels and criminals are
/// arrested.
fn captured_by_the_enemy(verb: &str, victims: Option<Category>) -> bool {
    let v = crate::document::fold(verb);
    (v.starts_with("captur") || v.contains("prisonni"))
        && matches!(
            victims,
            Some(Category::Military | Category::Police | Category::Security | Category::Civilians)
        )
}

/// "affirmant avoir tué 32 soldats et en avoir capturé six": a capture
/// whose victims "en" names are those of the figure before; soldiers,
/// police or civilians captured are held by the other side
/// ([`captured_by_the_enemy`]), not arrested.
fn captured_of_the_noun_before(sent: &str, figs: &mut [Option<Fig>]) {
    for i in 1..figs.len() {
        let Some(f) = &figs[i] else {
            continue;
        };
        if f.cat != Cat::Arrested || f.group.is_some() {
            continue;
        }
        let verb = head(&sent[f.trigger..], 12);
        let before = crate::document::fold(tail(&sent[..f.trigger], 24));
        let pronoun = before.split_whitespace().rev().take(3).any(|w| w == "en");
        if !pronoun {
            continue;
        }
        let victims = figs[..i]
            .iter()
            .rev()
            .flatten()
            .next()
            .and_then(|p| p.group_category);
        if captured_by_the_enemy(verb, victims)
            && let Some(f) = figs[i].as_mut()
        {
            f.cat = Cat::Kidnapped;
            f.group_category = victims;
        }
    }
}

/// The toll word after the number, with the victims and auxiliaries between.
/// People who fled to or from a named place are displaced when they are a
/// population — civilians of the groups lexicon, households, or a crowd —
/// not "trois suspects ont fui vers Bunia".
fn fled_to_a_name(count: u64, subject: &str) -> bool {
    a_crowd(count, subject) || household_head(subject).is_some()
}

/// A crowd (a hundred or more) or civilians of the groups lexicon: a
/// population, whose flight displaces it.
fn a_crowd(count: u64, subject: &str) -> bool {
    count >= 100 || group_after(subject, 0).and_then(|g| g.2) == Some(Category::Civilians)
}

/// After a figure taken in by a place of care ("a admis 812 …"): are
/// those taken in patients, the sick or the hurt ("patients", "malades",
/// "blessés", "victimes", or people "pour des brûlures", "souffrant de
/// …", "intoxiquées")?
fn taken_in_for_care(post: &str) -> bool {
    static CARED: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)^\s*(?:(?:de|d['’])\s*)?(?:(?:nouveaux|nouvelles|autres)\s+)?(?:patients?|patientes?|malades|bless[ée]e?s|victimes|intoxiqu[ée]e?s|br[ûu]l[ée]e?s|(?:personnes|enfants|adultes|femmes|hommes)\b[^.;:]{0,40}?\b(?:pour\s+(?:des|une?|de)\b|souffrant|intoxiqu|bless|br[ûu]l|atteinte?s\s+d))").unwrap()
    });
    CARED.is_match(head(post, 80))
}

/// What "victimes de …" names, when it is no death nor a deadly event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Harm {
    /// A wound, a burn, a bite, a poisoning, a stroke of heat: the hurt.
    Bodily,
    /// A rape, a fraud, a theft, harassment: no toll.
    Other,
}

/// The harm after "victimes" (`after` starts right after the word): "de
/// morsures de serpent", "d'intoxication alimentaire", "de brûlures", ",
/// souffrant de contusions" are bodily; "de viol", "d'escroquerie" are other harms; "de l'attentat",
/// "des inondations" are neither (the victims of an event, dead by the
/// convention of the dev gold).
fn victims_of(after: &str) -> Option<Harm> {
    static BODILY: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(&format!(
            r"(?i)^\s*(?:,\s*(?:souffrant|atteinte?s?)\s+|\s(?:souffrant|atteinte?s?)\s+|\s)(?:de\s+|d['’]\s*)(?:(?:graves|s[ée]rieuses|l[ée]g[èe]res|multiples)\s+)?{BODILY_HARM}\b"
        ))
        .unwrap()
    });
    static OTHER: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)^\s+(?:de|d['’])\s*(?:viols?|agressions?|harc[eè]lement|violences|abus|fraudes?|escroqueries?|discriminations?|attouchements|racisme|vols?|cambriolages?|arnaques?|maltraitances?|intimidations?|menaces|chantage|la\s+traite|traite|cyberattaques?|piratages?|usurpations?)\b").unwrap()
    });
    let after = head(after, 60);
    if BODILY.is_match(after) {
        Some(Harm::Bodily)
    } else if OTHER.is_match(after) {
        Some(Harm::Other)
    } else {
        None
    }
}

/// After "N des victimes" or "N des morts": a copula and what the victims
/// were ("étaient des mineurs", "sont de nationalité française", "étaient
/// âgés de moins de 18 ans", "étaient mexicains"), not where they lived
/// ("habitaient là") nor a state ("étaient toujours hospitalisées").
fn described_victims(after: &str) -> bool {
    let f = crate::document::fold(head(after, 40));
    let mut words = f
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty());
    let first = words.next();
    // Or where they were counted: "Onze des victimes ont été recensées
    // dans la province voisine".
    if matches!(first, Some("ont" | "avaient" | "auraient"))
        && words.next() == Some("ete")
        && words.next().is_some_and(|w| {
            [
                "recense",
                "enregistre",
                "denombre",
                "comptabilise",
                "identifie",
            ]
            .iter()
            .any(|p| w.starts_with(p))
        })
    {
        return true;
    }
    if !matches!(
        first,
        Some("etaient" | "sont" | "seraient" | "etait" | "est")
    ) {
        return false;
    }
    words.next().is_some_and(|w| {
        matches!(w, "des" | "de" | "d'" | "tous" | "toutes")
            || ["age", "origin", "mineur", "ressortissant"]
                .iter()
                .any(|p| w.starts_with(p))
            || crate::extract::nationality::country_of_token(w).is_some()
    })
}

/// A TOLL match that tells a stay in hospital ("à l'hôpital", "aux
/// urgences", "en soins intensifs") without its verb.
fn in_hospital(toll: &str) -> bool {
    // (Folded only where it may be: it opens with "à", "a", "aux" or "en".)
    if !toll.starts_with(['à', 'À', 'a', 'A', 'e', 'E']) {
        return false;
    }
    let t = crate::document::fold(toll);
    t.starts_with("a l") || t.starts_with("aux urgences") || t.starts_with("en soins")
}

/// Where the verb of being somewhere that ends `between` ("sont", "se
/// trouvent toujours", "restaient encore mardi": past adverbs and a day)
/// starts, its "se" with it.
fn there_before(between: &str) -> Option<usize> {
    const SKIP: &[&str] = &[
        "toujours", "encore", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
        "dimanche", "hier", "ce", "matin", "soir",
    ];
    const BEING: &[&str] = &[
        "sont",
        "est",
        "etaient",
        "etait",
        "reste",
        "restent",
        "restait",
        "restaient",
        "demeure",
        "demeurent",
        "demeurait",
        "demeuraient",
        "trouve",
        "trouvent",
        "trouvait",
        "trouvaient",
    ];
    // (Words with their offsets in `between`.)
    let words: Vec<(usize, &str)> = between
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - between.as_ptr() as usize, w))
        .collect();
    let k = words
        .iter()
        .rposition(|(_, w)| !SKIP.contains(&crate::document::fold(w).as_str()))?;
    let verb = crate::document::fold(words[k].1);
    // Or of being taken there: "ont été admises en soins intensifs", "a
    // été placé en soins intensifs" (from the auxiliary).
    if matches!(
        verb.as_str(),
        "admis" | "admise" | "admises" | "place" | "places" | "placee" | "placees"
    ) {
        let ete = k.checked_sub(1).map(|j| words[j])?;
        let aux = k.checked_sub(2).map(|j| words[j])?;
        let aux_ok = matches!(
            crate::document::fold(aux.1).as_str(),
            "a" | "ont" | "avait" | "avaient" | "aurait" | "auraient"
        );
        return (crate::document::fold(ete.1) == "ete" && aux_ok).then_some(aux.0);
    }
    if !BEING.contains(&verb.as_str()) {
        return None;
    }
    Some(match k.checked_sub(1).map(|j| words[j]) {
        Some((at, w)) if w.eq_ignore_ascii_case("se") => at,
        _ => words[k].0,
    })
}

fn toll_after(sent: &str, n: &Number, post_off: usize, one: bool, captors: bool) -> Option<Fig> {
    let post = &sent[post_off..];
    let win = head(post, WINDOW_APPOSITION);
    // Stop at the end of the clause.
    let win = match win.find([';', '.', '?', '!']) {
        Some(i) => &win[..i],
        None => win,
    };
    // The first toll word, unless it is in an apposition ("un homme, blessé
    // lors de l'attentat, a succombé"): then the main verb after it.
    let mut found = None;
    // The first toll word, when it stood in an apposition.
    let mut apposed_injury = None;
    // The last toll word was "victimes", whose state the next tells.
    let mut victims_before = false;
    // The affected noun whose verb after tells them displaced ("sinistrés …
    // ont dû quitter leur domicile").
    let mut affected_displaced = false;
    // "l'un des blessés", "un des otages": the noun after the partitive
    // names a set already counted; only a death told after it may be a
    // figure of its own ("un des otages a été tué"; not yet "l'un des
    // blessés a succombé", whose subject is no group noun).
    let mut partitive = false;
    // The hostages named after the partitive ("trois des otages"), when no
    // other toll word follows.
    let mut partitive_hostages = None;
    // The dead named after the partitive and described: "deux des victimes
    // étaient des mineurs", "quatre des morts étaient mexicains" (a
    // sub-count, as "dont deux mineurs" is).
    let mut partitive_dead = None;
    for c in TOLL.captures_iter(win) {
        let m = c.name("t").unwrap();
        let between = &win[..m.start()];
        // "plus de 160 personnes à bord, dont la plupart n'ont jamais été
        // retrouvées": a share of the figure, not the figure, is the toll's.
        if SHARE.is_match(between) {
            return None;
        }
        // "Deux hommes soupçonnés de pillage dans la zone évacuée ont été
        // arrêtés": a singular participle right after a noun with its
        // singular article tells of that noun, not of two people or more.
        if n.value >= 2 && qualifies_noun_before(between, m.as_str()) {
            continue;
        }
        // "deux jeunes hommes qui s'étaient arrêtés pour demander leur
        // chemin avaient été tués": stopped, not arrested; the toll word is
        // further on.
        if crate::document::fold(m.as_str()).starts_with("arret") && stopped_before(between) {
            continue;
        }
        // "Un troisième membre du groupe, partiellement enseveli, a été
        // blessé": half buried is found, not missing; the toll word is
        // further on.
        if crate::document::fold(m.as_str()).starts_with("ensevel")
            && crate::document::fold(between.trim_end()).ends_with("partiellement")
        {
            continue;
        }
        // "trois preneurs d'otages ont été abattus": the hostage-takers,
        // whose noun holds the hostages' word.
        if m.as_str().to_lowercase().starts_with("otage") && {
            let b = crate::document::fold(tail(between, 12));
            b.ends_with("preneurs d'") || b.ends_with("preneur d'")
        } {
            continue;
        }
        // "prenant 23 personnes en otage": the hostages' noun right before
        // (not "un homme, qui avait retenu cinq personnes en otage", nor
        // "laisser deux cents jeunes prendre en otage vingt mille
        // habitants", whose figure is the takers').
        if m.as_str().starts_with("en")
            && m.as_str().split_whitespace().count() == 2
            && m.as_str().trim_end_matches('s').ends_with("otage")
            && {
                let words: Vec<String> = between
                    .split_whitespace()
                    .map(crate::document::fold)
                    .collect();
                between.contains(',')
                    || words.len() > 4
                    || words.iter().any(|w| {
                        w.starts_with("pren")
                            || w.starts_with("pris")
                            || w.starts_with("reten")
                            || w.starts_with("gard")
                            || w.starts_with("tenir")
                    })
            }
        {
            continue;
        }
        // "sont à l'hôpital", "se trouvaient encore mardi en soins
        // intensifs": in hospital only after a verb of being there, which
        // then stands where an auxiliary would.
        let being_at = if in_hospital(m.as_str()) {
            match there_before(between) {
                Some(at) => Some(at),
                None => continue,
            }
        } else {
            None
        };
        // "gardes du corps", "membres du corps médical": a body of people,
        // no bodies found (but "des dizaines de corps"); so is a "Corps"
        // with its capital after the figure ("quatre soldats du Frontier
        // Corps", "du Marine Corps").
        if m.as_str().eq_ignore_ascii_case("corps") && {
            let b = between.trim();
            (b.ends_with(" du") || b.ends_with(" de")) && b.split_whitespace().count() >= 2
                || m.as_str() == "Corps" && !b.is_empty()
        } {
            continue;
        }
        let aux_start = being_at.unwrap_or_else(|| {
            let tail = AUX_TAIL.find(between).map_or(between.len(), |a| a.start());
            object_pronoun_end(between, coordinated_aux(between, tail))
        });
        // "atteint à la jambe" is a toll after its auxiliary only ("un
        // policier a été atteint"), not in an apposition that tells how a
        // victim counted otherwise was hit ("figure un adolescent, atteint
        // par balle", "tuée … l'ayant atteinte à la tête").
        if m.as_str()
            .get(..7)
            .is_some_and(|p| p.eq_ignore_ascii_case("atteint"))
            && !between[aux_start..]
                .split(|c: char| !c.is_alphabetic())
                .any(|w| {
                    matches!(
                        crate::document::fold(w).as_str(),
                        "ete" | "est" | "sont" | "etait" | "etaient" | "serait" | "seraient"
                    )
                })
        {
            continue;
        }
        // ("l'un des policiers blessés": the group named between.)
        let bt = between.trim();
        let of_a_group = one
            && bt.len() > 4
            && bt.is_char_boundary(4)
            && bt[..4].eq_ignore_ascii_case("des ")
            && bt[4..].split_whitespace().count() <= 2
            && bt[4..].split_whitespace().all(|w| {
                w.chars().all(|c| c.is_alphabetic() || c == '-')
                    && !FINITE_AUX.contains(&crate::document::fold(w).as_str())
            });
        if found.is_none() && !partitive && (bt.eq_ignore_ascii_case("des") || of_a_group) {
            partitive = true;
            if toll_kind(&c).0 == Cat::Kidnapped {
                partitive_hostages = Some((c, aux_start));
            } else if bt.eq_ignore_ascii_case("des")
                && toll_kind(&c).0 == Cat::Killed
                && described_victims(&win[m.end()..])
            {
                partitive_dead = Some((c, aux_start));
            }
            continue;
        }
        // ("trois des victimes habitaient là": no toll of its own; "deux
        // des otages ont été blessés" is one.)
        if partitive && one && toll_kind(&c).0 != Cat::Killed {
            return None;
        }
        // "un homme, blessé, …", "une femme, grièvement blessée, …": after a
        // comma, nothing but an adverb of degree before the toll word.
        let aux = between[aux_start..].trim();
        let in_apposition = aux.starts_with(',')
            && aux[1..].split_whitespace().all(|w| {
                matches!(
                    crate::document::fold(w).as_str(),
                    "grievement" | "gravement" | "legerement" | "mortellement" | "serieusement"
                )
            })
            && !between[..aux_start].trim().is_empty()
            // (Not after the comma that closes a sub-count: "neuf
            // personnes, dont quatre enfants, tuées dans le camp de
            // déplacés" tells the figure's own toll.)
            && between[..aux_start]
                .rfind(", dont ")
                .is_none_or(|d| between[d + 1..aux_start].contains(','));
        // "Onze civils, dont quatre décapités, ont été tués": the toll word
        // of a sub-count between commas is the sub-count's; the figure's
        // is the main verb after it.
        // (The comma may close a complement of the toll word first: "Six
        // personnes, dont trois enfants emportés par le courant du Rio
        // Grande, sont toujours portées disparues".)
        let closes_apposition = |rest: &str| {
            rest.find(',').is_some_and(|c| {
                let words: Vec<String> = rest[..c]
                    .split_whitespace()
                    .map(crate::document::fold)
                    .collect();
                words.len() <= 6
                    && !rest[..c].contains(['.', ';', ':', '(', '«'])
                    && !words.iter().any(|w| FINITE_AUX.contains(&w.as_str()))
            })
        };
        let in_apposition = in_apposition
            || between[..aux_start]
                .rfind(", dont ")
                .is_some_and(|d| !between[d + 1..].contains(','))
                && closes_apposition(&win[m.end()..]);
        // (The word after "victimes" told as their state is a first word.)
        let first = found.is_none() || victims_before;
        // A state is no main verb: "un homme, blessé, … transporté … dans
        // un état grave" keeps "blessé".
        // But a state that closes the apposition is the apposition's ("Une
        // passagère, hospitalisée dans un état critique, a succombé").
        if !first && is_state(m.as_str()) {
            if apposed_injury.is_some() && win[m.end()..].trim_start().starts_with(',') {
                continue;
            }
            break;
        }
        // After an apposed injury, a toll noun behind an article is a
        // complement, not the main verb: "Un de ses collègues, grièvement
        // brûlé, a été héliporté vers le centre de traitement des brûlés".
        if !first && apposed_injury.is_some() && {
            let b = crate::document::fold(between.trim_end());
            [" des", " les", " aux", " du", " de la", " d'"]
                .iter()
                .any(|d| b.ends_with(d))
        } {
            break;
        }
        // "une quinzaine de déplacés auraient été tués": the displaced (or
        // wounded) are the subject of the toll verb that follows, after a
        // complement of theirs too ("Deux blessés de la fusillade de
        // dimanche sont morts lundi").
        static ANOTHER_TOLL_NEXT: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?i)^(?:\s+(?:graves|grave|s[ée]rieux|critiques|par\s+balles?))?(?:\s+(?:de|du|des)\s[^,;.«»]{1,80}?)?(?:\s*,\s*dont\s[^,;.]{1,40},)?\s+(?:(?:ont|sont|auraient|seraient|avaient|[ée]taient|a|est|avait|[ée]tait|ayant)\s+(?:(?:depuis|ensuite|finalement|[ée]galement|aussi|d[ée]j[àa]|entre-temps|malheureusement)\s+)?(?:[ée]t[ée]\s+)?(?:tu[ée]|abattu|massacr|ex[ée]cut|enlev|kidnapp|morts?\b|d[ée]c[ée]d|succomb|retrouv[ée]e?s?\s+(?:morte?s?|sans\s+vie))|(?:succomb(?:e|ent)|meur(?:t|ent)|d[ée]c[èe]d(?:e|ent))\b)").unwrap()
        });
        // The first toll word, folded, where it may be the subject of the
        // next ("déplacés", "victimes", "touché").
        let w = if first {
            crate::document::fold(m.as_str())
        } else {
            String::new()
        };
        let bare_word = between[aux_start..].trim().is_empty();
        let after = head(&win[m.end()..], 90);
        // ("Trois passagers grièvement blessés ont succombé", "Trois
        // ouvriers grièvement brûlés ont succombé": the wounded people
        // named by their noun.)
        static WOUNDED_PEOPLE: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?i)^\s*\p{L}+(?:\s+(?:gri[èe]vement|gravement|s[ée]rieusement|mortellement|l[ée]g[èe]rement))?\s*$").unwrap()
        });
        let before_word = between[..aux_start]
            .trim()
            .trim_start_matches("de")
            .trim_start_matches(['d', '\'', '’'])
            .trim();
        let wounded_people = (w.starts_with("bless") || w.starts_with("brul"))
            && WOUNDED_PEOPLE.is_match(between)
            && (one
                || between
                    .split_whitespace()
                    .next()
                    .is_some_and(|n| n.ends_with(['s', 'x'])));
        let noun_subject = (bare_word
            && ["deplac", "bless", "evacu", "sans"]
                .iter()
                .any(|p| w.starts_with(p))
            && before_word.is_empty()
            || wounded_people)
            && ANOTHER_TOLL_NEXT.is_match(after);
        // "Six victimes ont été hospitalisées", "ont été légèrement
        // blessées", "Les quatre autres victimes, plus légèrement atteintes,":
        // victims of what the verb or the apposition tells.
        static INJURED_NEXT: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?i)^(?:(?:\s+(?:(?:ont|sont|auraient|seraient|avaient|[ée]taient)\s+(?:[ée]t[ée]\s+)?)?|\s*,\s*)(?:(?:plus\s+|moins\s+)?(?:gri[èe]vement|gravement|l[ée]g[èe]rement|s[ée]rieusement)\s+)?(?:bless|hospitalis|intoxiqu|atteint|touch)|\s+souffr(?:ent|aient)\s+d)").unwrap()
        });
        // ("Deux otages vietnamiens ont été tués", "Six victimes françaises
        // ont été hospitalisées": past the nationality.)
        let after_nationality = || {
            let t = after.trim_start();
            let end = t.find(|c: char| c.is_whitespace()).unwrap_or(t.len());
            if end < t.len() && crate::extract::nationality::country_of(&t[..end]).is_some() {
                &t[end..]
            } else {
                after
            }
        };
        let victims_subject = w.starts_with("victime")
            && matches!(between.trim(), "" | "autres")
            && INJURED_NEXT.is_match(after_nationality());
        // "Deux otages ont été blessés", "… auraient été tués": hostages
        // hurt or killed.
        let hostages_subject =
            w.starts_with("otage") && matches!(between.trim(), "" | "autres") && {
                let a = after_nationality();
                INJURED_NEXT.is_match(a) || ANOTHER_TOLL_NEXT.is_match(a)
            };
        // "Un manifestant grièvement touché à la tête est mort": one person
        // "touché" is hit, and the verb after tells what became of him.
        let one_hit = one && (w.starts_with("touch") || w.contains(" touch"));
        // "Plus de 140 000 sinistrés ont dû quitter leur domicile", "3 500
        // sinistrés ont été accueillis dans des écoles": the affected whom
        // the verb after tells displaced are displaced.
        let displaced_subject = bare_word
            && w.starts_with("sinistr")
            && {
                static DISPLACED_NEXT: LazyLock<FastRegex> = LazyLock::new(|| {
                    FastRegex::new(r"(?i)^\s+(?:(?:ont|sont|avaient|auraient|seraient|[ée]taient)\s+(?:d[ûu]\s+|[ée]t[ée]\s+)?(?:quitt|fui|fuir|[ée]vacu|relog|d[ée]plac|accueilli|h[ée]berg|mise?s?\s+[àa]\s+l['’]\s*abri)|(?:(?:toujours|encore)\s+)?(?:[ée]vacu|relog|d[ée]plac|h[ée]berg)[ée]e?s\b)").unwrap()
                });
                DISPLACED_NEXT.is_match(after)
            };
        found = Some((c, aux_start));
        victims_before = victims_subject || hostages_subject;
        affected_displaced = displaced_subject;
        if noun_subject || victims_subject || hostages_subject || one_hit {
            continue;
        }
        if !(first && in_apposition) {
            break;
        }
        apposed_injury.clone_from(&found);
    }
    // "Deux pompiers, grièvement brûlés, ont été évacués vers Lisbonne":
    // the wounded evacuated are the wounded, not the displaced.
    if let (Some(first), Some((c, _))) = (apposed_injury, found.as_ref())
        && first.0.name("i").is_some()
        && crate::document::fold(&c["t"]).starts_with("evacu")
    {
        found = Some(first);
    }
    // "Trois des otages, des adolescents, ont été relâchés", "Cinq des
    // otages ont été retrouvés, ligotés": hostages freed or found alive, a
    // share of those held, are hostages counted (as freed hostages are);
    // not those found dead.
    if found.is_none()
        && let Some(h) = partitive_hostages
    {
        static FREED: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?i)^[^.;:]{0,80}?\b(?:ont|avaient|auraient|sont|seraient)\s+(?:\S+\s+)?(?:[ée]t[ée]\s+)?(?:lib[ée]r[ée]|rel[âa]ch[ée]|remis\s+en\s+libert[ée]|relax[ée]|d[ée]livr[ée]|(?P<found>retrouv[ée]e?s?))").unwrap()
        });
        static DEAD: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?i)^[^.;:]{0,40}?\b(?:morte?s?|sans\s+vie|d[ée]c[ée]d[ée]e?s?|tu[ée]e?s?|noy[ée]e?s?|calcin[ée]e?s?|corps)\b").unwrap()
        });
        let after = &win[h.0.name("t").unwrap().end()..];
        if let Some(c) = FREED.captures(after)
            && c.name("found")
                .is_none_or(|f| !DEAD.is_match(&after[f.end()..]))
        {
            found = Some(h);
        }
    }
    if found.is_none() {
        found = partitive_dead;
    }
    let (c, aux_start) = found?;
    let m = c.name("t").unwrap();
    // A toll noun with a quantifier of its own counts another set: "un car
    // transportant 31 enfants provoque plusieurs blessés", "les deux
    // hommes ont fait de nombreuses victimes" (the 31, the two, are no
    // toll).
    if let Some((rest, last)) = win[..m.start()].trim_end().rsplit_once(char::is_whitespace)
        && !rest.trim().is_empty()
        && (matches!(
            crate::document::fold(last).as_str(),
            "plusieurs" | "quelques" | "nombreux" | "nombreuses" | "certains" | "certaines"
        ) || matches!(last, "de" | "des" | "d'" | "d’")
            // "vingt-trois survivants retrouvés, le nombre de disparus":
            // the toll counted by "nombre", not by the number (but
            // "portant à 47 le nombre de morts").
            && rest.trim().rsplit_once(' ').is_some_and(|(before, w)| {
                w.eq_ignore_ascii_case("nombre") && !before.trim().eq_ignore_ascii_case("le")
            }))
    {
        return None;
    }
    // The toll word, folded once for the checks below.
    let word = crate::document::fold(m.as_str());
    // "à fuir leurs foyers" after a verb that forces ("ont contraint 560 000
    // personnes à fuir"), not after one that calls ("a appelé 300
    // personnes à fuir").
    if (m.as_str().starts_with("à ") || m.as_str().starts_with("a ")) && !in_hospital(m.as_str()) {
        static FORCED: LazyLock<FastRegex> = LazyLock::new(|| {
            // (And their gerunds: "obligeant quelque 10 000 personnes à
            // quitter leurs maisons".)
            FastRegex::new(r"(?i)\b(?:contraint|forc[ée]|pouss[ée]|oblig[ée]|jet[ée]|contraignant|obligeant|for[çc]ant|poussant)\b").unwrap()
        });
        if !FORCED.is_match(tail(strip_qualifier(&sent[..n.start]).0, 40)) {
            return None;
        }
    }
    let (cat, noun_only) = toll_kind(&c);
    let cat = if affected_displaced && cat == Cat::Affected {
        Cat::Displaced
    } else {
        cat
    };
    // "le titre 2015 était détenu par…": a year, written without a
    // thousands space, with no noun of people after it, is no figure.
    if n.kind == NumberKind::Digits
        && (1900..=2100).contains(&n.value)
        && !sent[n.start..n.end].contains([' ', '\u{a0}', '\u{202f}'])
        && win[..m.start()].split_whitespace().all(|w| {
            let w = crate::document::fold(w);
            FINITE_AUX.contains(&w.as_str()) || AUX_ADVERBS.contains(&w.as_str())
        })
    {
        return None;
    }
    // "une mise en examen": the noun of a charge, not one person charged;
    // "un arrêté": an order ("le préfet a pris un arrêté interdisant…").
    if (word.starts_with("mise") || one && word.starts_with("arrete"))
        && win[..m.start()].trim().is_empty()
    {
        return None;
    }
    // "présenté à un juge d'instruction en vue d'une mise en examen": the
    // charge is the purpose of the hearing, not the judge's.
    if word.starts_with("mise") && crate::document::fold(&win[..m.start()]).contains("en vue d") {
        return None;
    }
    // "corps" is a body where the sentence tells one found or recovered
    // ("un corps a été repêché"), and never a body of another kind ("un
    // corps céleste", "deux corps d'armée", "le corps enseignant").
    if word == "corps" {
        static NOT_A_BODY: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?i)^\s*(?:c[ée]lestes?|d['’]\s*arm[ée]es?|de\s+m[ée]tiers?|diplomatiques?|enseignants?|[ée]lectora(?:l|ux)|m[ée]dica(?:l|ux)|constitu[ée]s|expéditionnaires?|francs|intermédiaires|étrangers?|gras|noirs?|simples?|composés?|de\s+garde|de\s+ballet|d['’]\s*[ée]lite|de\s+la\s+(?:police|gendarmerie))\b").unwrap()
        });
        if NOT_A_BODY.is_match(head(&win[m.end()..], 30)) {
            return None;
        }
        if one && {
            let s = crate::document::fold(sent);
            !BODY_FOUND.iter().any(|w| s.contains(w))
        } {
            return None;
        }
    }
    // People "emmenés" are taken by force only where captors are told of.
    if word.starts_with("emmen") && !taken_by_captors(sent, captors) {
        return None;
    }
    // "deux des cinq mineurs bloqués depuis mardi": trapped underground or
    // under rubble, missing, not stranded.
    let trapped = || {
        (word.starts_with("bloqu") || word.starts_with("coinc")) && {
            let f = crate::document::fold(sent);
            [
                "mine",
                "galerie",
                "sous terre",
                "decombres",
                "gravats",
                "puits",
                "eboulement",
            ]
            .iter()
            .any(|w| f.contains(w))
        }
    };
    // "Deux Français sont détenus par les jihadistes": held by captors,
    // kidnapped; "Deux soldats ont été capturés": by the other side.
    let held_by_captors = || {
        word.contains("deten")
            && {
                static BY_CAPTORS: LazyLock<FastRegex> = LazyLock::new(|| {
                    FastRegex::new(r"(?i)^\s*(?:depuis\s+\S+\s+)?(?:par|aux\s+mains\s+d)\S*\s+(?:les|des|un|leurs?|ce|ces)?\s*(?:gangs?|ravisseurs|hommes\s+arm|pirates|preneurs|jihadistes|djihadistes|islamistes|rebelles|bandits|assaillants|kidnappeurs|groupes?\s+arm|miliciens|terroristes|shebab|talibans)").unwrap()
                });
                // "Les autres otages, parmi lesquels figureraient deux
                // enseignants, seraient détenus", "Un otage a été retrouvé
                // mort ; les trois autres seraient toujours détenus": hostages
                // held.
                BY_CAPTORS.is_match(head(&win[m.end()..], 60))
                    || crate::document::fold(&sent[..n.start]).contains("otage")
            }
    };
    let cat = if cat == Cat::Affected && trapped() {
        Cat::Missing
    } else if cat == Cat::Arrested
        && (held_by_captors()
            || captured_by_the_enemy(&word, group_after(&sent[n.end..], n.end).and_then(|g| g.2)))
    {
        Cat::Kidnapped
    } else {
        cat
    };
    // "un garçon de 6 ans, qui avait été évacué dans un état critique": one
    // person evacuated is carried to care, not displaced.
    if cat == Cat::Displaced && n.value == 1 && word.starts_with("evacu") {
        return None;
    }
    // "Deux d'entre eux ont été évacués par un avion militaire vers le
    // centre hospitalier de Nouméa": carried to a hospital, wounded.
    let cat = if cat == Cat::Displaced
        && word.starts_with("evacu")
        && TO_HOSPITAL
            .find(head(&win[m.end()..], 120))
            .is_some_and(|h| !h.as_str().contains(" et "))
    {
        Cat::Injured
    } else {
        cat
    };
    // "L'un des évadés a été repris": taken back are escapees or inmates
    // only, not "les cours ont repris".
    // "Onze prisonniers se sont évadés ; six d'entre eux ont été repris",
    // and "Dix-neuf d'entre eux ont été repris" a sentence later: people
    // taken back in the passive are the escapees the text told of.
    if word.starts_with("repris") {
        let subject = crate::document::fold(&win[..m.start()]);
        let partitive = subject
            .trim_start()
            .strip_prefix("d'entre ")
            .is_some_and(|r| r.starts_with("eux ") || r.starts_with("elles "))
            && subject.contains(" ete ");
        if !partitive && !ESCAPEE_STEMS.iter().any(|p| subject.contains(p)) {
            return None;
        }
    }
    // One person "touché(e)" (and no later verb) is hit: wounded.
    let cat = if one && cat == Cat::Affected && word.starts_with("touch") {
        Cat::Injured
    } else {
        cat
    };
    // "812 victimes de morsures", "45 victimes de coups de chaleur": the
    // victims of a harm that is no death are hurt; "victimes de viol", of
    // no bodily harm a toll counts, are none.
    let cat = if cat == Cat::Killed && word.starts_with("victime") {
        match victims_of(&win[m.end()..]) {
            Some(Harm::Bodily) => Cat::Injured,
            Some(Harm::Other) => return None,
            None => cat,
        }
    } else {
        cat
    };
    let between = &win[..m.start()];
    let aux = &between[aux_start..];
    // "2 600 détenus étaient incarcérés dans l'établissement", "300
    // personnes étaient détenues dans la prison": a prison's population
    // told in the imperfect, not people arrested.
    if cat == Cat::Arrested
        && (word.starts_with("incarcer") || word.starts_with("detenu"))
        && {
            let a = crate::document::fold(aux);
            a.split_whitespace().any(|w| w == "etaient" || w == "etait")
        }
        && {
            let subject = crate::document::fold(between);
            let after = crate::document::fold(head(&win[m.end()..], 50));
            ["detenus", "prisonniers", "pensionnaires"]
                .iter()
                .any(|w| subject.split_whitespace().any(|x| x == *w))
                || [
                    "prison",
                    "etablissement",
                    "penitentiaire",
                    "maison d'arret",
                    "centre de detention",
                ]
                .iter()
                .any(|w| after.contains(w))
        }
    {
        return None;
    }
    // A noun that is also an attribute: "2 300 sinistrés", but "2 300
    // personnes sont sinistrées", "des milliers se retrouvent sans abri".
    let noun_only = noun_only
        && !(aux.chars().any(char::is_alphabetic)
            && (word.starts_with("sinistr") || word.starts_with("sans")));
    let subject = &between[..aux_start];
    // Arrivals are a toll of refugees only ("réfugiés soudanais sont
    // arrivés au Tchad", "164 000 Rohingyas sont arrivés au Bangladesh …,
    // fuyant les violences"), not of tourists or delegates.
    if cat == Cat::Displaced && word.contains("arriv") && {
        // (Not the refugee agency's name: "le Haut-Commissariat pour les
        // réfugiés".)
        let s = crate::document::fold(sent).replace("pour les refugies", "");
        ![
            "refugi",
            "exile",
            "deplace",
            "demandeurs d'asile",
            "fuyant",
            "ont fui",
            "exode",
        ]
        .iter()
        .any(|w| s.contains(w))
    } {
        return None;
    }
    // "Cinq suspects sont toujours recherchés": sought by the police, not
    // missing.
    if cat == Cat::Missing && word.contains("recherch") && {
        let s = crate::document::fold(subject);
        WANTED_STEMS.iter().any(|w| s.contains(w))
    } {
        return None;
    }
    // A place left, a border crossed: by a population, not "les deux
    // suspects ont quitté la ville".
    if cat == Cat::Displaced
        && (word.contains("quitt") && !word.contains("leur") || word.contains("frontiere"))
        && !a_crowd(n.value, subject)
    {
        return None;
    }
    // "ont fui" alone: a population whose clause ends there ("Plus de
    // 5 000 personnes ont fui.", "… ont fui depuis mardi", "ont fui à
    // l'étranger", "en brousse"), not "trois
    // suspects ont fui" nor "ont fui à l'arrivée des gendarmes".
    if cat == Cat::Displaced && m.as_str().ends_with("fui") && {
        let after = crate::document::fold(head(&win[m.end()..], 20));
        let after = after.trim_start();
        !(after.is_empty()
            || after.starts_with([',', '.', ';', '»', ')'])
            || [
                "depuis ",
                "a l'etranger",
                "hors du pays",
                "dans les pays voisins",
                "en brousse",
                "dans la brousse",
            ]
            .iter()
            .any(|w| after.starts_with(w)))
            || !a_crowd(n.value, subject)
    } {
        return None;
    }
    let last_word = m.as_str().rsplit([' ', '\'', '’']).next().unwrap_or("");
    // (A flight toward a name, or a headline in capitals; hostages held at
    // a named place are held whoever they are: "deux Français sont
    // toujours retenus au Mali"; the wounded taken "au CHU" are wounded.)
    if !matches!(cat, Cat::Kidnapped | Cat::Injured)
        && last_word.starts_with(char::is_uppercase)
        && !fled_to_a_name(n.value, subject)
    {
        return None;
    }
    let apposition = subject.contains([',', '(']);
    if !apposition && between.len() > WINDOW {
        return None;
    }
    // "N, ont été interpellés", "2015, quelques dizaines de personnes…":
    // the number is not the subject.
    // (But a figure in words with a short apposition closed before the
    // verb is its subject: "Une douzaine, en hypothermie, ont été
    // hospitalisées", "Douze, des touristes, ont été…".)
    // (The apposition is the subject's, or the auxiliary's where the
    // subject is empty: ", en hypothermie, ont été".)
    let apposed_to_words = || {
        let (a, closed) = if subject.trim().is_empty() {
            match aux
                .trim_start()
                .strip_prefix(',')
                .and_then(|r| r.split_once(','))
            {
                Some((a, _)) => (a, true),
                None => return false,
            }
        } else {
            (
                subject.trim().trim_start_matches(','),
                aux.trim_start().starts_with(','),
            )
        };
        let a = a.trim();
        n.kind != NumberKind::Digits
            && closed
            && !a.is_empty()
            && a.split_whitespace().count() <= 8
            && !a.contains(|ch: char| ch.is_ascii_digit() || matches!(ch, ',' | '(' | ')'))
    };
    if (subject.trim().is_empty() && aux.contains(',') || subject.trim_start().starts_with(','))
        && !apposed_to_words()
    {
        return None;
    }
    // "victimes" as the subject of another verb: "deux victimes témoignent";
    // after a definite article ("ont dégagé les trois victimes"), the
    // people a toll told before.
    if noun_only && word.starts_with("victime") {
        let before = crate::document::fold(tail(&sent[..n.start], 8));
        // (Unless their state follows: "Les deux autres victimes mortes
        // sont une femme et une fillette".)
        let state_after = crate::document::fold(head(&win[m.end()..], 16))
            .split_whitespace()
            .next()
            .is_some_and(|w| {
                ["mort", "decede", "tue", "bless"]
                    .iter()
                    .any(|p| w.starts_with(p))
            });
        // (Nor when a breakdown follows, new news of the people counted:
        // "les 27 victimes, dont neuf enfants, ont été inhumées".)
        let breakdown = head(&win[m.end()..], 12)
            .trim_start_matches([' ', ','])
            .starts_with("dont ");
        if (before.ends_with("les ") || before.ends_with("ces ")) && !state_after && !breakdown {
            return None;
        }
        static VERB_NEXT: LazyLock<FastRegex> =
            LazyLock::new(|| FastRegex::new(r"(?i)^\s+(?:ont|sont|a|est|\w{3,}ent)\b").unwrap());
        // "Quelque 150 victimes, pour la plupart des petits commerçants, ont
        // été escroquées": the harm told after an apposition.
        static SWINDLED: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?i)^\s*,[^,.;]{1,80},\s*(?:ont|avaient|auraient|sont|seraient)\s+(?:toutes?\s+|tous\s+)?(?:[ée]t[ée]\s+)?(?:escroqu|vol[ée]|l[ée]s[ée]|spoli|arnaqu|tromp[ée]|dup[ée]|flou[ée]|ruin[ée]|d[ée]pouill|d[ée]pos[ée] plainte|port[ée]\S* plainte|indemnis|rembours)").unwrap()
        });
        // ("deux des victimes étaient des mineurs": a sub-count, see
        // [`described_victims`].)
        let described =
            between.trim().eq_ignore_ascii_case("des") && described_victims(&win[m.end()..]);
        // "Quinze victimes ont déjà été identifiées", "inhumées": the dead,
        // whose bodies the verb tells of.
        static BODIES_NEXT: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?i)^\s+(?:ont|avaient|auraient|sont)\s+(?:d[ée]j[àa]\s+|toutes?\s+|tous\s+)?(?:[ée]t[ée]\s+)(?:identifi|inhum|enterr|rapatri)").unwrap()
        });
        // (Not "identifiées comme les auteurs".)
        let bodies = || {
            let next = head(&win[m.end()..], 60);
            BODIES_NEXT.is_match(next) && !next.contains(" comme ")
        };
        if VERB_NEXT.is_match(head(&win[m.end()..], 30)) && !described && !bodies()
            // "victimes de viol": other harm than death.
            || victims_of(&win[m.end()..]) == Some(Harm::Other)
            || SWINDLED.is_match(head(&win[m.end()..], 140))
        {
            return None;
        }
    }
    let aux_l = aux.to_lowercase();
    // "mortellement blessé", "mortellement atteint par balle": fatally
    // wounded, dead.
    let cat = if cat == Cat::Injured && aux_l.contains("mortellement") {
        Cat::Killed
    } else {
        cat
    };
    // Active voice: "les attaques ont tué" is not about the subject's toll.
    let avoir = aux_l.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            w,
            "a" | "ont" | "avait" | "avaient" | "aurait" | "auraient" | "ayant" | "eu"
        )
    });
    // (A passive after a modal: "ont dû être évacués".)
    let ete = aux_l.contains("été") || aux_l.contains("ete") || aux_l.contains("être");
    // "les 30 personnes que les rebelles avaient enlevées": in a relative
    // clause on "que", the figure is the object of the active verb.
    // ("ainsi que", "alors que" join clauses: no relative.)
    static QUE: LazyLock<FastRegex> =
        LazyLock::new(|| FastRegex::new(r"(?i)\bqu(?:e\b|['’])").unwrap());
    static CONJ_QUE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:ainsi|alors|tandis|bien|parce|plus|moins|autant|avant|apr[eè]s|depuis|d[eè]s|pendant|pour|sans|afin)\s+qu(?:e\b|['’])").unwrap()
    });
    let relative_object = avoir && !ete && QUE.is_match(subject) && !CONJ_QUE.is_match(subject);
    if avoir && !ete && is_transitive(m.as_str()) && !relative_object {
        return None;
    }
    // "Dix-neuf des personnes interpellées ont été relâchées": released,
    // part of an arrest told before, no new one.
    if cat == Cat::Arrested {
        static RELEASED_AFTER: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?i)^\s*,?\s*(?:ont|avaient|sont)\s+(?:depuis\s+|ensuite\s+|d[ée]j[àa]\s+|toutes?\s+|tous\s+)?(?:[ée]t[ée]\s+)?(?:rel[âa]ch|lib[ée]r|remise?s?\s+en\s+libert|ressorti)").unwrap()
        });
        if RELEASED_AFTER.is_match(head(&win[m.end()..], 60)) {
            return None;
        }
    }
    // "s'est arrêté", "se sont arrêtés": stopped, not arrested.
    if cat == Cat::Arrested
        && aux_l
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w == "se" || w == "s")
    {
        return None;
    }
    // Nouns only: "32 morts", "des dizaines d'autres", not "32 personnes … victimes".
    let lead_len = SUBJ_LEAD.find(subject).map_or(0, |x| x.end());
    // "18 d'entre eux, dont les logements sont inhabitables, ont été
    // relogés": bare once the apposition closed before the verb is set
    // aside.
    // (The subject with its apposition set aside is read again below.)
    let closed = aux.trim_start().starts_with(',');
    // "Trois personnes, soupçonnées d'avoir aidé une amie, ont été…": a
    // figure inside an apposition that opened before it (two words or more
    // since the comma, none a sub-count's) is no subject of the verb after
    // the comma that closes it.
    // The first word after the comma that closes the subject, folded.
    let word_after_comma = || {
        let a = crate::document::fold(aux.trim_start().trim_start_matches(',').trim_start());
        a.split_whitespace().next().unwrap_or("").to_string()
    };
    let verb_after_comma = || FINITE_AUX.contains(&word_after_comma().as_str());
    if closed && !subject.contains(',') && verb_after_comma() {
        let before = strip_qualifier(&sent[..n.start]).0;
        if let Some(c) = before.rfind(',') {
            let gap = crate::document::fold(&before[c + 1..]);
            let words: Vec<&str> = gap.split_whitespace().collect();
            // "Trois personnes, une femme et ses deux enfants, ont péri":
            // the apposition describes the people of a figure just before
            // it, kin by kin (a breakdown stays: "Trois soldats, un
            // officier et deux sous-officiers").
            let of_a_figure = || {
                matches!(
                    words.last(),
                    Some(&("ses" | "leurs" | "nos" | "vos" | "mes"))
                ) && counted_noun_ends(&before[..c])
            };
            if words.len() >= 2
                && (!words
                    .iter()
                    .any(|w| matches!(*w, "dont" | "parmi" | "et" | "ainsi" | "selon"))
                    || !words.iter().any(|w| matches!(*w, "dont" | "parmi")) && of_a_figure())
            {
                return None;
            }
        }
    }
    // "Deux personnes, dont le propriétaire, un homme de 47 ans, ont été
    // interpellées": one person in apposition, before a plural verb after
    // the comma that closes it, is not that verb's subject.
    if one
        && n.value == 1
        && closed
        && sent[..n.start].trim_end().ends_with(',')
        && matches!(
            word_after_comma().as_str(),
            "ont" | "sont" | "avaient" | "etaient" | "auraient" | "seraient"
        )
        && !crate::document::fold(subject)
            .split_whitespace()
            .any(|w| matches!(w, "et" | "ou"))
    {
        return None;
    }
    let mut apposed = None;
    let bare = subject[lead_len..].trim().is_empty()
        || closed && subject.contains(',') && {
            let c = apposed.insert(clean_subject(&format!("{subject},")));
            let l = SUBJ_LEAD.find(c).map_or(0, |x| x.end());
            // "Un troisième, âgé de 17 ans, a été blessé": the age gone,
            // its commas are left.
            let rest = c[l..].trim_matches(|ch: char| ch == ',' || ch.is_whitespace());
            // "Quatre d'entre elles, en hypothermie sévère, ont été…",
            // "Une douzaine, en hypothermie, ont été…", "Un quatrième, le
            // chauffeur, a été…": a partitive or the figure alone closes
            // its noun phrase; a short apposition right after it, with no
            // figure of its own, tells who they are or their state.
            rest.is_empty()
                || c[l..].trim_start().starts_with(',')
                    && rest.split_whitespace().count() <= 8
                    && !rest.contains(|ch: char| ch.is_ascii_digit() || ch == ',')
        };
    if noun_only && !bare {
        // Allow a group before a noun of toll only with a preposition:
        // "26 morts parmi des soldats" (handled after), not "personnes victimes".
        return None;
    }
    if noun_only && !aux.trim().is_empty() {
        return None;
    }
    // "une voiture est renversée et une autre brûlée": "une autre" is
    // another of the last thing named with the same article.
    if one
        && subject.trim().eq_ignore_ascii_case("autre")
        && other_of_a_thing(&sent[..n.start], &sent[n.start..n.end])
    {
        return None;
    }
    // The subject: people, one clause, no other figure unless coordinated.
    let group = group_after(subject, post_off);
    // (Households struck by a disaster: "sinistrées"; not "deux cents
    // familles touchées par le drame", "62 000 foyers étaient toujours
    // touchés" by a power cut.)
    let households = (cat == Cat::Displaced || cat == Cat::Affected && word.starts_with("sinistr"))
        .then(|| household_head(subject))
        .flatten();
    let unknown = if group.is_none() && !bare {
        unknown_head(subject, n.value > 1)
            .or(households)
            .map(|(a, b)| (post_off + a, post_off + b))
    } else {
        None
    };
    if !bare {
        if group.is_none() && unknown.is_none() {
            return None;
        }
        // "père de six enfants, … hospitalisé": a complement, not a subject;
        // but a count stated is the figure ("fait mention de neuf
        // journalistes morts", "les autorités parlent de trois civils tués").
        static DE_BEFORE: LazyLock<FastRegex> =
            LazyLock::new(|| FastRegex::new(r"(?i)\b(?:de|d['’])\s*$").unwrap());
        static STATED_DE: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(&format!(r"(?i)\b(?:mention|groupes?|partie|chiffres?|record|pic|maximum|hospitalisation|[ée]tat|parl(?:e|ent|ait|aient|é|er)|bilan|total|sort|nouvelles|lib[ée]ration|retour|rapatriement|recherches?|d[ée]couverte|identification|obs[èe]ques|fun[ée]railles|hommage|familles|proches)(?:\s+(?:{aside}))?(?:\s+(?:dans\s+la\s+(?:soir[ée]e|matin[ée]e|journ[ée]e|nuit)|ce\s+(?:matin|soir)|hier(?:\s+soir)?|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir))?))?(?:\s*,[^,.;:«»()]{{1,30}},)?\s+(?:de|d['’])\s*$", aside = modality::ASIDE)).unwrap()
        });
        // "L'assaillant a été abattu par un collègue du policier blessé":
        // the agent of a passive, not a victim; unless a verb of its own
        // follows ("roué de coups par quatre hommes qui ont été placés en
        // détention").
        static AGENT_BEFORE: LazyLock<FastRegex> =
            LazyLock::new(|| FastRegex::new(r"(?i)\bpar\s*$").unwrap());
        let before = strip_qualifier(&sent[..n.start]).0;
        if aux.trim().is_empty() && AGENT_BEFORE.is_match(tail(before, 6)) {
            return None;
        }
        // A count stated where it was said: "ont fait état sur les réseaux
        // sociaux de quatre détenus abattus", "parlent à la radio de" (not
        // to whom: "a parlé à la mère de deux enfants").
        static STATED_VIA_DE: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?i)\b(?:[ée]tat|mention|parl(?:e|ent|ait|aient|é))\s+(?:(?:sur|dans|devant|lors\s+d['’]une?|aupr[èe]s\s+d['’]?(?:e\s+)?)(?:\s*[a-zàâçéèêëîïôûùüœ'’-]+){1,6}?|[àa]\s+la\s+(?:radio|t[ée]l[ée]vision|presse|tribune)(?:\s+[^\s,.;:«»()]+)?)\s+(?:de|d['’])\s*$").unwrap()
        });
        if DE_BEFORE.is_match(tail(before, 10))
            && !STATED_DE.is_match(tail(stated_list_head(before), 60))
            && !STATED_VIA_DE.is_match(tail(stated_list_head(before), 80))
        {
            return None;
        }
        if one && group.is_none() {
            // "un attentat a tué": only people for "un"/"une"; a relation
            // is one ("un de ses collègues", "l'un de ses fils").
            let relation = unknown.is_some_and(|(a, b)| is_relation(&sent[a..b]));
            // "un motoneigiste de 45 ans": a noun with an age is a person.
            static AGED: LazyLock<FastRegex> = LazyLock::new(|| {
                FastRegex::new(
                    r"(?i)^\s*(?:jeune\s+)?[\p{L}-]{3,}\s+(?:[âa]g[ée]e?\s+)?de\s+\d{1,3}\s+ans\b",
                )
                .unwrap()
            });
            // (Not in an apposition: "L'un des blessés, un agent âgé de 45
            // ans, a été touché" is one of those counted.)
            let aged = AGED.is_match(subject) && !sent[..n.start].trim_end().ends_with(',');
            // "Un blessé a succombé", "Un des blessés a succombé": one of
            // the wounded, a person.
            let subj = crate::document::fold(subject.trim_start());
            let wounded = subj
                .strip_prefix("des ")
                .unwrap_or(&subj)
                .starts_with("blesse");
            if !subject.to_lowercase().contains("autre") && !relation && !aged && !wounded {
                return None;
            }
        }
        // "tué 91 personnes et blessé 150 autres": coordinated verbs.
        // ("tué sept agents de santé et blessé": the "et" may be read
        // into the verb's words.)
        let st = subject.trim_end().to_lowercase();
        let bt = between.trim_end();
        let bt_et = bt
            .get(bt.len().saturating_sub(3)..)
            .is_some_and(|t| t.eq_ignore_ascii_case(" et"));
        if (st.ends_with(" et") || st.ends_with(',') || bt_et)
            && ACTIVE_BEFORE.is_match(tail(strip_qualifier(&sent[..n.start]).0, 80))
        {
            return None;
        }
        // "Nous avons enterré 21 personnes lundi et plus de 30 autres ont
        // été blessées": the object of an act, then another clause whose
        // subject is a figure of its own; the verb after is that figure's.
        let figure_after_et = st
            .rfind(" et ")
            .is_some_and(|e| !numbers::find_numbers(&st[e..]).is_empty());
        if figure_after_et
            && ACTIVE_BEFORE
                .captures(tail(strip_qualifier(&sent[..n.start]).0, 80))
                .is_some_and(|c| {
                    ["k", "i", "a", "x", "d"]
                        .iter()
                        .any(|g| c.name(g).is_some())
                })
        {
            return None;
        }
        // The comma that closes an apposition before the verb ("Onze
        // personnes, dont trois enfants, ont été tuées") is the aux's: the
        // subject gets it back, so that the apposition is read as one.
        let mut cleaned = if closed {
            apposed.unwrap_or_else(|| clean_subject(&format!("{subject},")))
        } else {
            clean_subject(subject)
        };
        // A quoted figure: "« plus de 50 terroristes » ont été tués".
        if strip_qualifier(&sent[..n.start])
            .0
            .trim_end()
            .ends_with('«')
        {
            cleaned = cleaned.replacen('»', " ", 1);
        }
        // "Six militaires faisant alors partie de l'opération Sentinelle":
        // membership, not the act of a verb ("une attaque faisant 3 morts").
        static MEMBERS_OF: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(
                r"(?i)\bfaisant\s+(?:alors\s+|aussi\s+|[ée]galement\s+|tous\s+|toutes\s+)?partie\b",
            )
            .unwrap()
        });
        let cleaned = MEMBERS_OF
            .replace_all_literal(&cleaned, "membres")
            .into_owned();
        // A noun's complement: "Deux vaccinatrices de la campagne contre la
        // poliomyélite ont été abattues", "trois militants de la lutte
        // contre la corruption" (not "deux manifestations contre la
        // vie chère ont fait", whose "contre" follows the subject's head).
        static AGAINST_IN_COMPLEMENT: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(r"(?i)\b(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*|les\s+)?(?-i:\p{Ll})[\p{L}-]+\s+contre\b")
                .unwrap()
        });
        let cleaned = match AGAINST_IN_COMPLEMENT.find(&cleaned) {
            Some(m) => {
                let mut c = cleaned.clone();
                c.replace_range(m.end() - "contre".len()..m.end(), "versus");
                c
            }
            None => cleaned,
        };
        // A source closing an apposition: "Près de 400 personnes, en
        // majorité des insurgés selon les militaires, ont été tuées".
        static SOURCE_IN_APPOSITION: LazyLock<FastRegex> = LazyLock::new(|| {
            FastRegex::new(
                r"(?i)\bselon\s+(?:les?\s+|la\s+|l['’]\s*|des\s+)?[\w-]+(?:\s+[\w-]+)?\s*,",
            )
            .unwrap()
        });
        let cleaned = SOURCE_IN_APPOSITION
            .replace_all_literal(&cleaned, ",")
            .into_owned();
        // A relative on "que": the noun before it must be clean, and the
        // relative's own subject short ("que les rebelles", "qu'il").
        let blocked = match QUE.find(&cleaned).filter(|_| relative_object) {
            Some(q) => {
                let rel = &cleaned[q.end()..];
                blocks(&BLOCK, &cleaned[..q.start()])
                    || blocks(&BLOCK, rel)
                    || rel.split_whitespace().count() > 4
            }
            None => blocked_subject(&cleaned, closed),
        };
        if blocked {
            return None;
        }
        if !coordinated_numbers_only(&cleaned) {
            return None;
        }
    } else if one && !noun_only && aux.trim().is_empty() {
        // "un blessé" is fine, but "un tué"? keep; "une touchée" not.
        if matches!(cat, Cat::Affected | Cat::Displaced) {
            return None;
        }
    }
    if folded_euphemism(&word)
        && !of_armed_men(group.and_then(|g| g.2))
        && !armed_antecedent(&sent[..n.start], &sent[n.end..])
    {
        return None;
    }
    // "deux personnes sont mortes et des milliers d'autres ont été
    // touchées", "12 détenus sont morts du choléra et 184 autres ont été
    // infectés": others of the people just counted.
    let others_of_people = || {
        let s = crate::document::fold(subject.trim_start());
        (s.starts_with("d'autres") || s.starts_with("autres"))
            && crate::document::fold(tail(&sent[..n.start], 80))
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| {
                    matches!(
                        w,
                        "personnes"
                            | "habitants"
                            | "civils"
                            | "villageois"
                            | "residents"
                            | "detenus"
                            | "prisonniers"
                            | "eleves"
                            | "enfants"
                            | "patients"
                            | "migrants"
                            | "refugies"
                            | "ouvriers"
                            | "travailleurs"
                    )
                })
    };
    if matches!(cat, Cat::Affected | Cat::Displaced)
        && group.is_none()
        && !bare
        && households.is_none()
        && !others_of_people()
    {
        return None;
    }
    // "16 000 clients touchés" by a power cut: customers of a network are
    // no victims.
    if cat == Cat::Affected
        && group.is_some_and(|g| {
            crate::document::fold(&sent[g.0.min(sent.len())..g.1.min(sent.len())])
                .starts_with("client")
        })
    {
        return None;
    }
    if cat == Cat::Affected && bare && !noun_only && group.is_none() && !others_of_people() {
        // "15 touchés" alone is too vague ("2 000 personnes touchées" is not).
        return None;
    }
    // "menaces de mort", "condamné à mort": not a death.
    static DE_A: LazyLock<FastRegex> =
        LazyLock::new(|| FastRegex::new(r"(?i)\b(?:de|d['’]|[àa])\s*$").unwrap());
    if (word == "mort" || word == "morte") && DE_A.is_match(tail(between, 6)) {
        return None;
    }
    if word.starts_with("sans") && one {
        // "un sans-abri" is a person, not a toll.
        return None;
    }
    // "un immeuble occupé par des centaines de sans-abri", "un foyer pour
    // 40 sans-abri": the homeless before the event, not people it made so.
    if word.starts_with("sans") {
        let before = crate::document::fold(tail(strip_qualifier(&sent[..n.start]).0, 40));
        let last = before
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .find(|w| !matches!(*w, "" | "des" | "les" | "de" | "d" | "ces"))
            .unwrap_or("");
        if matches!(
            last,
            "par" | "pour" | "aux" | "accueillant" | "hebergeant" | "abritant"
        ) {
            return None;
        }
    }
    // "deux cas de choléra": cases of a disease only ("2 522 cas ont été
    // recensés", told by a verb of counting, are an epidemic's).
    if cat == Cat::Affected
        && noun_only
        && (word.starts_with("cas d") || word.starts_with("cas d'"))
        && !EPIDEMIC.is_match(sent)
    {
        return None;
    }
    // A plural subject with a singular auxiliary is not this verb's
    // subject ("deux survivants du massacre, …, est décédé").
    if n.value > 1 && n.kind != NumberKind::Vague && (!bare || n.kind == NumberKind::Digits) {
        let words: Vec<&str> = aux_l.split(|c: char| !c.is_alphabetic()).collect();
        let singular = words.iter().any(|w| {
            matches!(
                *w,
                "est" | "était" | "etait" | "a" | "avait" | "fut" | "sera"
            )
        });
        let plural = words.iter().any(|w| {
            matches!(
                *w,
                "sont"
                    | "étaient"
                    | "etaient"
                    | "ont"
                    | "avaient"
                    | "furent"
                    | "seront"
                    | "auraient"
                    | "seraient"
            )
        });
        if singular && !plural {
            return None;
        }
    }
    let tstart = post_off + m.start();
    // (A toll word told at its clause's end takes the comma after it:
    // "soignées, une femme…".)
    let tend = post_off + m.start() + m.as_str().trim_end_matches([',', ' ']).len();
    let mut f = Fig {
        start: n.start,
        end: tend,
        num_start: n.start,
        cat,
        count: n.value,
        min: None,
        max: None,
        approximate: false,
        group: None,
        group_category: None,
        severity: None,
        trigger: tstart,
        indefinite: false,
        one_person: false,
    };
    if let Some((gs, ge, gc)) = group {
        f.group = Some((gs, ge));
        f.group_category = gc;
    } else if let Some((gs, ge)) = unknown {
        f.group = Some((gs, ge));
    } else {
        // "26 morts parmi des soldats".
        let after = &sent[tend..];
        if let Some(pm) = PARMI_AFTER.find(head(after, 30))
            && let Some((gs, ge, gc)) = group_after(&after[pm.end()..], tend + pm.end())
        {
            f.group = Some((gs, ge));
            f.group_category = gc;
            f.end = ge;
        }
    }
    if cat == Cat::Injured {
        let around = format!("{} {} {}", aux, m.as_str(), head(&sent[tend..], 40));
        f.severity = severity(&around).or(is_state(m.as_str()).then_some(Severity::Serious));
    }
    Some(f)
}

/// The subject without the relative clause that ends it, with no comma
/// before ("Un adolescent de 16 ans qui l'accompagnait", "trois assaillants
/// qui tentaient de pénétrer dans le poste"): a verb (after a clitic
/// pronoun, if any) and at most fifteen words more, none with a digit or
/// a mark of another clause. `None` where the subject has no such clause.
/// (Words, no regex: repeated Unicode classes cost a batch's lazy DFAs
/// some 400 KB.)
fn strip_relative_tail(s: &str) -> Option<String> {
    const CLITICS: &[&str] = &["le", "la", "les", "lui", "leur", "se", "y", "en"];
    let plain = |w: &str| {
        !w.is_empty()
            && !w.contains(|c: char| {
                matches!(c, ',' | ';' | ':' | '«' | '»' | '(' | ')') || c.is_ascii_digit()
            })
    };
    let verb = |w: &str| {
        let lower = w.to_lowercase();
        plain(w)
            && ["ait", "aient", "ent", "e", "a", "t"]
                .iter()
                .any(|e| lower.len() > e.len() && lower.ends_with(e))
    };
    let mut from = 0;
    while let Some(i) = s[from..]
        .find(|c: char| c.is_whitespace())
        .map(|i| from + i)
    {
        from = i + 1;
        let rest = s[i..].trim_start();
        let Some(after) = rest
            .get(..3)
            .filter(|q| q.eq_ignore_ascii_case("qui"))
            .map(|_| &rest[3..])
        else {
            continue;
        };
        if !after.starts_with(char::is_whitespace) {
            continue;
        }
        let mut words = after.split_whitespace();
        let Some(first) = words.next() else {
            continue;
        };
        // A clitic before the verb: "l'accompagnait", "se trouvaient".
        let elided = first
            .find(['\'', '’'])
            .filter(|&k| matches!(first[..k].to_lowercase().as_str(), "l" | "s"))
            .map(|k| &first[k + first[k..].chars().next().map_or(1, char::len_utf8)..]);
        let head = match elided {
            Some(v) => v,
            None if CLITICS.contains(&first.to_lowercase().as_str()) => match words.next() {
                Some(v) => v,
                None => continue,
            },
            None => first,
        };
        let rest: Vec<&str> = words.collect();
        // (Up to fifteen words after the verb: "qui se trouvaient dans le
        // dépôt au moment de l'explosion", "qui tentaient de fuir à pied un
        // quartier encore tenu par les islamistes du groupe Maute".)
        // (Not a relative whose own participle is the verb after it: "22
        // personnes, qui ont été conduites à Arlit pour y être | soignées".)
        let open_infinitive = rest.last().is_some_and(|w| {
            matches!(
                crate::document::fold(w).as_str(),
                "etre" | "ete" | "d'etre" | "avoir"
            )
        });
        if verb(head) && rest.len() <= 15 && !open_infinitive && rest.iter().all(|w| plain(w)) {
            return Some(format!("{} ", &s[..i]));
        }
    }
    None
}

/// The subject without parentheses and ages ("(de 14 et 18 ans)").
fn clean_subject(s: &str) -> String {
    static PAREN: LazyLock<FastRegex> = LazyLock::new(|| FastRegex::new(r"\([^()]*\)").unwrap());
    static AGES: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)(?:\b[âa]g[ée]e?s?\s+)?\b(?:de\s+)?\d+\s*(?:(?:[àa]|et)\s*\d+\s*)?ans\b|\bd['’]une\s+(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|septantaine|centaine)\s+d['’]ann[ée]es\b").unwrap()
    });
    // "2 900 personnes soupçonnées de liens avec l'EI ont été interpellées":
    // what they are suspected of is no other clause, nor in an apposition
    // ("Trois personnes, soupçonnées d'avoir fourni une scie, ont été…").
    static SUSPECTED: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i)\b(?:soup[çc]onn|accus|suspect)(?:é|ée|és|ées|e|ee|es|ees)\s+(?:de|d['’])[^,;:«»()]*,?\s*$").unwrap()
    });
    // (With an apposition of its own: "Deux personnes, dont le
    // propriétaire, un homme de 47 ans, ont été interpellées".)
    static DONT: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i),\s*(?:dont|parmi\s+lesquel(?:le)?s)\b[^,]*,(?:\s*(?:une?\s|l['’]|le\s|la\s)[^,]*,)?").unwrap()
    });
    // "Quatre personnes, qui circulaient à bord d'un minibus, sont portées
    // disparues": a relative clause set off by commas.
    static RELATIVE: LazyLock<FastRegex> =
        LazyLock::new(|| FastRegex::new(r"(?i),\s*qui\b[^,;:«»]*,").unwrap());
    // "Huit militaires dont les membres d'équipage ont été tués": a "dont"
    // that runs to the verb, with no number, names some of the victims.
    static DONT_TAIL: LazyLock<FastRegex> =
        LazyLock::new(|| FastRegex::new(r"(?i)\bdont\b[^,;:]*$").unwrap());
    // "Un homme, locataire de l'appartement où le feu a pris, a été
    // interpellé": an apposition with a relative clause of place.
    static WHERE: LazyLock<FastRegex> =
        LazyLock::new(|| FastRegex::new(r"(?i),[^,;:«»()]*\bo[ùu]\s[^,;:«»()]*,").unwrap());
    let s = PAREN.replace_all_literal(s, " ");
    let s = DONT.replace_all_literal(&s, " ");
    let s = RELATIVE.replace_all_literal(&s, " ");
    // (A word first: the regexes run only where one stands.)
    let s = if s.contains("où") || s.contains("ou ") {
        WHERE.replace_all_literal(&s, " ")
    } else {
        s
    };
    let s = if s.contains("qui ") {
        strip_relative_tail(&s).map_or(s, std::borrow::Cow::Owned)
    } else {
        s
    };
    let s = match DONT_TAIL.find(&s) {
        // Not "600 participants par balles dont 59 sont morts": with a
        // number of its own the "dont" clause may have the verb to itself.
        Some(m)
            if !BLOCK.is_match(&s[m.start() + 4..])
                && numbers::find_numbers(&s[m.start()..]).is_empty() =>
        {
            s[..m.start()].to_string()
        }
        _ => s.into_owned(),
    };
    let s = AGES.replace_all_literal(&s, " ");
    // (A stem first: the regex is built only where one stands.)
    if ["soup", "accus", "suspect"].iter().any(|w| s.contains(w)) {
        SUSPECTED.replace_all_literal(&s, " ").into_owned()
    } else {
        s.into_owned()
    }
}

/// "276 lycéennes avaient été enlevées … ; 82 d'entre elles ont été
/// libérées en mai": a part of the kidnapped told freed is a toll of the
/// kidnapping too (hostages freed stay its toll, as "5 000 otages ont été
/// libérés" is), where the figure before, in the sentence or the one
/// before, is of the kidnapped and at least as large. (Read in a sentence
/// that the toll gate opens: "d'entre elles" opens none by itself.)
fn freed_hostages(sent: &str, nums: &[Number], figs: &mut [Option<Fig>], carry: Option<&Fig>) {
    static FREED_PART: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"^\s*d'entre\s+(?:eux|elles)\s+(?:ont|avaient|auraient|sont|seraient)\s+(?:[a-z-]+\s+)?(?:ete\s+)?(?:liberee?s?|relachee?s?|delivree?s?|secourue?s?|remise?s?\s+en\s+liberte|retrouvee?s?\s+saine?s?\s+et\s+sauve?s?)\b").unwrap()
    });
    for i in 0..nums.len() {
        if figs[i].is_some() {
            continue;
        }
        let n = &nums[i];
        let post = head(&sent[n.end..], 80);
        if !post.contains("entre") {
            continue;
        }
        let folded = crate::document::fold(post);
        let Some(m) = FREED_PART.find(&folded) else {
            continue;
        };
        let before = (0..i).rev().find_map(|j| figs[j].as_ref());
        let Some(prev) = before.or(carry) else {
            continue;
        };
        if prev.cat != Cat::Kidnapped || prev.count < n.value {
            continue;
        }
        // (The folded text keeps the original's characters one for one,
        // but not their bytes: the span ends after as many characters.)
        let chars = folded[..m.end()].chars().count();
        let end = n.end
            + post
                .char_indices()
                .nth(chars)
                .map_or(post.len(), |(k, _)| k);
        let mut f = Fig::named(n.start, end, Cat::Kidnapped);
        f.count = n.value;
        bounds(&mut f, n, None);
        figs[i] = Some(f);
    }
}

/// A gap between a toll and the figure it is compared with ("…, contre
/// 32 sur l'ensemble de l'année 2022") that holds no other clause's
/// figure: no number but years, days of a month and articles ("un
/// décompte"), no semicolon or quote.
fn dated_gap(gap: &str) -> bool {
    static DAYS_AND_YEARS: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(&format!(
            r"(?i)\b(?:\d{{1,2}}(?:er)?\s+{MONTH_NAMES}(?:\s+\d{{4}})?|(?:19|20)\d{{2}})\b"
        ))
        .unwrap()
    });
    !gap.contains([';', '«', '»'])
        && numbers::find_numbers(&DAYS_AND_YEARS.replace_all_literal(gap, " "))
            .iter()
            .all(|n| n.value == 1 && n.kind != NumberKind::Digits)
}

/// Where the list of figures that `before` ends in starts: "la libération
/// de 38 lycéens et de" is read back to "la libération de", so that the
/// second figure of a stated list is stated as the first is. Any other
/// text is returned as it is.
fn stated_list_head(before: &str) -> &str {
    static AND_DE: LazyLock<FastRegex> =
        LazyLock::new(|| FastRegex::new(r"(?i)(?:\bet|\bainsi\s+que)\s+(?:de|d['’])\s*$").unwrap());
    // (Earlier items: "fait état de 22 morts, de 14 blessés et de …", and
    // their sub-counts: "de neuf civils tués, dont deux agents …, ainsi que
    // de …".)
    static COMMA_DE: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i),\s*(?:«\s*)?(?:de|d['’]|dont)\s*(?:«\s*)?$").unwrap()
    });
    let Some(and) = AND_DE.find(before) else {
        return before;
    };
    // "d'un seul décès, « dont les circonstances restent à établir »,
    // ainsi que de …": a relative clause without a number of its own,
    // between the item and the connector, is the item's.
    static CLAUSE_BEFORE_CONNECTOR: LazyLock<FastRegex> = LazyLock::new(|| {
        FastRegex::new(r"(?i),\s*(?:«\s*)?(?:dont|qui|o[uù])\s[^,;:.«»()]{1,80}?(?:\s*»)?\s*,\s*$")
            .unwrap()
    });
    let mut head = before;
    let mut connector = and.start();
    loop {
        if let Some(c) = CLAUSE_BEFORE_CONNECTOR.find(&head[..connector])
            && numbers::find_numbers(c.as_str()).is_empty()
        {
            connector = c.start();
        }
        // The figure before the connector, with a short noun phrase between.
        let start = head.floor_char_boundary(connector.saturating_sub(60));
        match numbers::find_numbers(&head[start..connector]).last() {
            Some(n)
                if head[start + n.end..connector]
                    .split_whitespace()
                    .filter(|w| !matches!(*w, "«" | "»"))
                    .count()
                    <= 6 =>
            {
                head = strip_qualifier(&head[..start + n.start]).0;
            }
            _ => return open_quote_off(head),
        }
        match COMMA_DE.find(head) {
            Some(c) => connector = c.start(),
            None => return open_quote_off(head),
        }
    }
}

/// `s` without the opening quote that ends it ("fait état de « ").
fn open_quote_off(s: &str) -> &str {
    s.trim_end().trim_end_matches('«').trim_end()
}

/// Other numbers in a subject are allowed only as coordinated figures
/// ("748 soldats et 18 policiers"), dates or years.
fn coordinated_numbers_only(subject: &str) -> bool {
    // Where the item before this one starts: the noun phrase between two
    // numbers of a list is short, however long the list.
    let mut item_start = 0;
    for n in numbers::find_numbers(subject) {
        let before = subject[..n.start].trim_end().to_lowercase();
        let item = &subject[item_start..n.start];
        item_start = n.start;
        let after = &subject[n.end..];
        if UNIT_AFTER.is_match(head(after, 30)) {
            continue;
        }
        if n.kind == NumberKind::Digits && (1900..=2100).contains(&n.value) {
            continue;
        }
        // A day of the month: "l'un des blessés de l'accident survenu le
        // 28 au matin a succombé" (a count after "le" is the singular's).
        if n.kind == NumberKind::Digits
            && (1..=31).contains(&n.value)
            && (before.ends_with(" le") || before == "le")
        {
            continue;
        }
        // An article in a complement: "passagers d'un autobus", "employés
        // d'une ONG"; or opening an apposition that a comma closes: "Deux
        // personnes, un couple de retraités, sont portées disparues" (not
        // "Cinq vitrines brisées, un container brûlé").
        // After a preposition of place, purpose or agent too: "travaillant
        // pour une organisation humanitaire", "employé par un sous-traitant".
        let after_preposition = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| matches!(w, "pour" | "dans" | "sur" | "chez" | "vers" | "par"));
        // A figure corrected: "cinq humanitaires, et non quatre, auraient
        // été enlevés".
        if before.ends_with(" non") || before.ends_with(",non") {
            continue;
        }
        // A count of things in the subject's complement: "46 habitants de
        // l'immeuble et des deux bâtiments voisins", "4 400 habitants de
        // onze communautés", "1 200 habitants de cinq barangays" (a noun
        // the things' lexicon lacks, but no people's either).
        let complement = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| matches!(w, "de" | "des" | "du"))
            && after
                .split(|c: char| !(c.is_alphabetic() || c == '-'))
                .find(|w| !w.is_empty())
                .is_some_and(|w| {
                    not_person(w)
                        || w.starts_with(char::is_lowercase) && group_after(after, 0).is_none()
                });
        if complement {
            continue;
        }
        // A member counted in an apposition on the figure's noun, closed
        // before the verb: "Trois personnes, une femme et ses deux enfants,
        // ont péri".
        let in_apposition = subject[..n.start]
            .find(',')
            .is_some_and(|c| (1..=3).contains(&subject[..c].split_whitespace().count()))
            && after.contains(',');
        if in_apposition {
            continue;
        }
        // The last member of an apposition listing them: "Deux personnes,
        // le propriétaire et un entrepreneur, ont été arrêtées".
        // (Not "Le chauffeur, un homme de 58 ans, et une accompagnatrice":
        // there the comma closes an apposition before "et".)
        let last_member = before
            .strip_suffix(" et")
            .and_then(|b| b.rfind(',').map(|i| b[i + 1..].trim()))
            .is_some_and(|member| !member.is_empty());
        if n.is_one_word(subject)
            && (before.ends_with("d'")
                || before.ends_with("d’")
                || after_preposition
                || last_member
                || before.ends_with(',') && after.contains(','))
        {
            continue;
        }
        // Coordinated: "748 soldats et 18 policiers", a short noun phrase
        // between the two.
        // With a comma, the list must end with "et": "748 soldats, 18
        // policiers et 3 civils", not "une vingtaine de Gilets jaunes, deux
        // personnes ont été interpellées".
        // (With a bound on the later item: "neuf soldats et au moins sept
        // civils".)
        // (Not the same noun again, another clause's subject: "ont tué 40
        // personnes et plus de 200 personnes restent portées disparues".)
        let bounded_after_et = || {
            let unbounded = strip_qualifier(&subject[..n.start])
                .0
                .trim_end()
                .to_lowercase();
            let noun = after
                .split(|c: char| !c.is_alphabetic())
                .find(|w| !w.is_empty())
                .unwrap_or("")
                .to_lowercase();
            let same_noun = !noun.is_empty()
                && item
                    .to_lowercase()
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| w == noun);
            unbounded.ends_with(" et") && !same_noun
        };
        let coord = (before.ends_with(" et")
            || bounded_after_et()
            || before.ends_with(" et de")
            || before.ends_with(" et d'")
            || before.ends_with(" et d’")
            || before.ends_with(',') && after.to_lowercase().contains(" et "))
            && item.split_whitespace().count() <= 6;
        if coord && (group_after(after, 0).is_some() || nationals_after(after)) {
            continue;
        }
        return false;
    }
    true
}

/// Does `s` start with people named by their nationality, capitalised
/// ("Israéliens", "Américains", "Français")?
fn nationals_after(s: &str) -> bool {
    let w: &str = s
        .trim_start()
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()
        .unwrap_or("");
    w.starts_with(char::is_uppercase) && crate::extract::nationality::country_of(w).is_some()
}

/// Compile the toll regex, the largest of the program (a third of a
/// one-file run's compile time): first, so that the document reaches the
/// toll stage with it built or nearly.
pub(crate) fn warm_up_toll() {
    TOLL.warm_all();
}

/// Compile this module's other regexes, the last used first (see
/// `crate::warm_up`).
pub(crate) fn warm_up() {
    SEPARATE.warm();
    LOOK_BACK.warm();
    CLAUSE_AFTER.warm();
    CLAUSE_BEFORE.warm();
    PARMI_AFTER.warm();
    AMONG_AFTER.warm();
    PARMI_TOLL.warm();
    SUBJ_LEAD.warm();
    MINOR.warm();
    SERIOUS.warm();
    EPIDEMIC.warm();
    NONE.warm();
    INDEFINITE.warm();
    UPDATE_BEFORE.warm();
    SUB_START.warm();
    SUB_BEFORE.warm();
    BILAN_BEFORE.warm();
    ACTIVE_BEFORE.warm();
    QUAL_AFTER.warm();
    QUAL_BEFORE.warm();
    NOT_BEFORE.warm();
    UNIT_AFTER.warm();
    GAP_BLOCK.warm();
    BLOCK.warm();
    AUX_TAIL.warm();
    TOLL.warm();
    GATE.warm();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_figures(s: &str) -> Vec<Fig> {
        super::sentence_figures(s, None, &[], false)
    }

    /// Each figure of a document with a count, and its modality.
    fn modalities(text: &str) -> Vec<(u64, Modality)> {
        extract(&Document::parse(text))
            .iter()
            .filter_map(|f| Some((f.count?, f.modality)))
            .collect()
    }

    /// A prison's population in the imperfect is no arrest; people held
    /// since a day, or jailed, are.
    #[test]
    fn a_prisons_population_is_no_arrest() {
        assert!(
            figs("Il a précisé que 2 600 détenus étaient incarcérés dans l'établissement, conçu pour 1 800.")
                .is_empty()
        );
        assert!(
            figs(
                "Quelque 300 personnes étaient incarcérées dans la prison au moment de l'attaque."
            )
            .is_empty()
        );
        assert_eq!(
            figs("Trois manifestants étaient détenus depuis lundi."),
            vec![(Cat::Arrested, 3)]
        );
        assert_eq!(
            figs("Cinq militants ont été incarcérés mardi."),
            vec![(Cat::Arrested, 5)]
        );
    }

    /// Beaten, stabbed, stoned or trampled to death: killed, passive or
    /// active; beaten alone is hurt, and a stabbing alone no toll word.
    #[test]
    fn done_to_death() {
        assert_eq!(
            figs("Deux hommes ont été battus à mort vendredi par des habitants."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("Un adolescent a été roué de coups jusqu'à la mort."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Trois fidèles ont été piétinés à mort dans la bousculade."),
            vec![(Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Un homme de 34 ans a été mortellement poignardé."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("La foule a battu à mort deux voleurs présumés."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("Des habitants ont lapidé à mort trois hommes."),
            vec![(Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Deux hommes ont été passés à tabac."),
            vec![(Cat::Injured, 2)]
        );
        assert!(figs("Ils ont battu deux équipes à domicile.").is_empty());
    }

    /// "présumés" or "supposés" before the people's noun, known or not:
    /// The missing never found ("n'ont jamais été retrouvés", "non
    /// localisées") and the injured by what they show ("présentaient des
    /// brûlures").
    #[test]
    fn never_found_and_showing_wounds() {
        let f = sentence_figures("Plus de 500 passagers n'ont jamais été retrouvés.");
        assert_eq!((f[0].cat, f[0].count), (Cat::Missing, 500));
        assert_eq!(
            modalities("Plus de 500 passagers n'ont jamais été retrouvés."),
            [(500, Modality::Asserted)]
        );
        assert_eq!(
            figs("Les secours comptent sept personnes non localisées."),
            vec![(Cat::Missing, 7)]
        );
        // Those no one has news of.
        assert_eq!(
            figs("Les garde-côtes sont sans nouvelles d'une dizaine de pêcheurs."),
            vec![(Cat::Missing, 10)]
        );
        assert_eq!(
            figs("Une quinzaine de rescapés présentaient des brûlures chimiques."),
            vec![(Cat::Injured, 15)]
        );
        assert!(figs("Trois élèves présentaient des symptômes de fatigue.").is_empty());
        // Treated in hospital: the injured (not a file "traité").
        assert_eq!(
            figs("Une quarantaine de personnes ont été traitées à l'hôpital."),
            vec![(Cat::Injured, 40)]
        );
        assert_eq!(
            figs("Six pompiers ont été traités pour des brûlures."),
            vec![(Cat::Injured, 6)]
        );
        assert!(figs("Les 40 dossiers ont été traités par des juges.").is_empty());
        // Residents in Canadian spelling ("résidants") are people.
        assert_eq!(
            figs("Près de 7 000 résidants ont reçu l'ordre de quitter leur domicile."),
            vec![(Cat::Displaced, 7000)]
        );
        // A share of the figure ("dont la plupart") is no figure.
        assert!(
            figs("Le ferry a sombré avec 160 personnes à bord, dont la plupart n'ont jamais été retrouvées.")
                .is_empty()
        );
        assert_eq!(
            figs("Les 160 passagers, dont la plupart étaient des touristes, ont été tués."),
            vec![(Cat::Killed, 160)]
        );
        // So is a fraction of it ("dont la moitié").
        assert!(
            figs("La région abrite trois millions de personnes, dont la moitié avaient déjà été déplacées.")
                .is_empty()
        );
        assert!(figs("Les 500 passagers n'ont jamais été tués.").is_empty());
    }

    /// The nouns of poisoning and hospital care before their count ("l'intoxication
    /// de 63 élèves"); a day between "placées" and "en garde à vue".
    #[test]
    fn poisoning_nouns_and_custody_with_a_day() {
        assert_eq!(
            figs("Le drame survient dix jours après l'intoxication de 63 élèves à la cantine."),
            vec![(Cat::Injured, 63)]
        );
        assert_eq!(
            figs("L'hospitalisation de quatre pompiers a été nécessaire."),
            vec![(Cat::Injured, 4)]
        );
        assert_eq!(
            figs("Trois personnes ont été placées samedi en garde à vue."),
            vec![(Cat::Arrested, 3)]
        );
        assert_eq!(
            figs("Deux suspects ont été placés dimanche soir en détention provisoire."),
            vec![(Cat::Arrested, 2)]
        );
        // The act's day and place in apposition between its noun and "de".
        assert_eq!(
            figs("Il a annoncé l'arrestation, lundi à Sakiet Ezzit, de trois Tunisiens."),
            vec![(Cat::Arrested, 3)]
        );
        assert_eq!(
            figs("La police a confirmé l'enlèvement, dimanche soir, de vingt élèves."),
            vec![(Cat::Kidnapped, 20)]
        );
        // A place, not custody: "placés samedi en tête".
        assert!(figs("Trois coureurs ont été placés samedi en tête du classement.").is_empty());
    }
    /// people suspected of being so.
    #[test]
    fn presumed_people() {
        assert_eq!(
            figs("La police a annoncé l'interpellation de plus de 150 présumés kulunas."),
            vec![(Cat::Arrested, 150)]
        );
        assert_eq!(
            figs("La police a annoncé l'arrestation de 15 présumés complices."),
            vec![(Cat::Arrested, 15)]
        );
        assert_eq!(
            figs("Trois présumés jihadistes ont été tués."),
            vec![(Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Deux présumés dahalo lynchés par la foule."),
            vec![(Cat::Killed, 2)]
        );
        assert!(figs("La police a saisi 150 présumés faux billets.").is_empty());
    }

    /// People held by an armed man, or for hours, or against their will:
    /// kidnapped; held by the police: arrested.
    #[test]
    fn held_by_a_captor() {
        assert_eq!(
            figs(
                "Trois employés avaient été retenus pendant cinq heures par un homme armé d'un couteau."
            ),
            vec![(Cat::Kidnapped, 3)]
        );
        assert_eq!(
            figs("Deux touristes ont été retenus contre leur gré dans une villa."),
            vec![(Cat::Kidnapped, 2)]
        );
        assert_eq!(
            figs("Deux manifestants ont été retenus par la police pendant la nuit."),
            vec![(Cat::Arrested, 2)]
        );
    }

    /// The document's figures, sentences before included.
    fn doc_figs(text: &str) -> Vec<(Cat, Option<u64>)> {
        extract(&Document::parse(text))
            .iter()
            .map(|f| (f.category, f.count))
            .collect()
    }

    /// One person told again in apposition ("Une personne, une locataire
    /// âgée de 76 ans, est portée disparue") is one toll; a list of
    /// people, one by one, stays a figure each.
    #[test]
    fn a_person_in_apposition_is_told_once() {
        assert_eq!(
            doc_figs("Une personne, une locataire âgée de 76 ans, est toujours portée disparue."),
            [(Cat::Missing, Some(1))]
        );
        assert_eq!(
            doc_figs("Un Jordanien, un Érythréen et un Soudanais ont perdu la vie.").len(),
            3
        );
    }

    /// People captured by armed men are kidnapped; by an army, arrested.
    #[test]
    fn captured_by_armed_men_are_kidnapped() {
        assert_eq!(
            doc_figs("Trois soldats auraient été capturés par des « groupes armés »."),
            [(Cat::Kidnapped, Some(3))]
        );
        assert_eq!(
            doc_figs("Trois rebelles ont été capturés par l'armée."),
            [(Cat::Arrested, Some(3))]
        );
    }

    /// Words in brackets that spell the acronym before them ("le plan NOVI
    /// (nombreuses victimes)") are no toll; a toll with its number there
    /// is one ("l'attaque de l'EIGS (15 morts)").
    #[test]
    fn an_acronyms_words_are_no_toll() {
        assert_eq!(
            doc_figs(
                "Deux morts ont été dénombrés. Le plan NOVI (nombreuses victimes) a été déclenché."
            ),
            [(Cat::Killed, Some(2))]
        );
        assert_eq!(
            doc_figs("L'attaque de l'EIGS (15 morts) a été revendiquée."),
            [(Cat::Killed, Some(15))]
        );
    }

    /// The counts of a whole text's figures, read as the extractor reads
    /// a document (quotes around figures set aside, rates dropped).
    fn counts(t: &str) -> Vec<u64> {
        extract(&Document::parse(t))
            .iter()
            .filter_map(|f| f.count)
            .collect()
    }

    /// The figures of one sentence, read as [`extract`] reads them: a
    /// sentence that gives one must also open the [`GATE`] (a toll word
    /// missing from casualties.tsv would pass here and be lost in a run).
    /// Figures in a fixed order (by category name, then count): for
    /// sentences whose figures come in an order of no interest.
    fn sorted(mut v: Vec<(Cat, u64)>) -> Vec<(Cat, u64)> {
        v.sort_by_key(|&(c, n)| (format!("{c:?}"), n));
        v
    }

    fn figs(s: &str) -> Vec<(Cat, u64)> {
        let v: Vec<(Cat, u64)> = sentence_figures(s)
            .iter()
            .map(|f| (f.cat, f.count))
            .collect();
        assert!(
            v.is_empty() || GATE.is_match(s),
            "a toll the gate does not open: {s}"
        );
        v
    }

    /// "plus légèrement atteints": hit and hurt, an adverb of degree before
    /// the participle; the sentence gate opens on it.
    #[test]
    fn hit_to_a_degree_opens_the_gate() {
        assert_eq!(
            figs(
                "Les trois autres, plus légèrement atteints, ont pu rentrer chez eux dans la soirée."
            ),
            vec![(Cat::Injured, 3)]
        );
    }

    /// The wounded named by their noun who then died ("Trois passagers
    /// grièvement blessés ont succombé") are killed; evacuated, still
    /// wounded.
    #[test]
    fn wounded_people_who_died() {
        assert_eq!(
            figs("Trois passagers grièvement blessés ont succombé dimanche à l'hôpital."),
            vec![(Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Un policier grièvement blessé a succombé."),
            vec![(Cat::Killed, 1)]
        );
        // A noun with accented letters ("élèves", "ouvrières").
        assert_eq!(
            figs("Deux élèves grièvement blessés ont succombé lundi."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("Trois passagers blessés ont été évacués."),
            vec![(Cat::Injured, 3)]
        );
        // The bodies of the missing found: the missing are dead.
        assert_eq!(
            figs("Les corps des six disparus ont été repêchés jeudi."),
            vec![(Cat::Killed, 6)]
        );
        // Burnt, or wounded by bullets.
        assert_eq!(
            figs("Quatre pompiers grièvement brûlés ont succombé mardi."),
            vec![(Cat::Killed, 4)]
        );
        assert_eq!(
            figs("Deux jeunes blessés par balle sont morts à l'hôpital."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("Deux jeunes blessés par balle ont été opérés."),
            vec![(Cat::Injured, 2)]
        );
    }

    /// A disappearance with its date between commas ("la disparition, en
    /// septembre 2014, de 43 étudiants"); a toll revised by its noun ("Le
    /// chiffre était passé à six mardi soir, puis à sept mercredi"), of
    /// the kind told in the sentence before.
    #[test]
    fn disappearances_dated_and_tolls_revised_by_their_noun() {
        assert_eq!(
            figs("La région reste marquée par la disparition, en septembre 2014, de 43 étudiants."),
            vec![(Cat::Missing, 43)]
        );
        let counts: Vec<_> = modalities(
            "Les inondations ont fait quatre morts lundi. Le chiffre était passé à six mardi \
             soir, puis à sept mercredi. Ce bilan a été porté à neuf jeudi.",
        )
        .into_iter()
        .map(|(c, _)| c)
        .collect();
        assert_eq!(counts, [4, 6, 7, 9]);
        let counts: Vec<_> = modalities(
            "Quatre personnes ont été tuées. Le bilan de la réunion est passé à 3 points.",
        )
        .into_iter()
        .map(|(c, _)| c)
        .collect();
        assert_eq!(counts, [4]);
        // By a pronoun in the next clause; not a sentence of another matter.
        assert_eq!(
            figs("Un premier bilan faisait état de cinq morts ; il était passé à 11 mardi."),
            vec![(Cat::Killed, 5), (Cat::Killed, 11)]
        );
        assert_eq!(
            figs("Cinq personnes ont été tuées ; il a été condamné à 11 ans de prison."),
            vec![(Cat::Killed, 5)]
        );
    }

    /// The maimed are injured: "aurait perdu un œil", "éborgnés",
    /// "amputé d'une jambe"; not one who lost a friend.
    #[test]
    fn the_maimed_are_injured() {
        assert_eq!(
            figs("Trois manifestants ont été éborgnés par des tirs de LBD."),
            vec![(Cat::Injured, 3)]
        );
        assert_eq!(
            modalities("Une jeune femme aurait perdu un œil, selon le collectif."),
            vec![(1, Modality::Uncertain)]
        );
        assert_eq!(
            figs("Deux soldats ont été amputés d'une jambe après l'explosion."),
            vec![(Cat::Injured, 2)]
        );
        assert!(modalities("Il a perdu un ami dans l'attentat.").is_empty());
    }

    /// People held by protesters or rioters, for hours or still, are
    /// kidnapped; held by the police, arrested.
    #[test]
    fn held_by_protesters() {
        assert_eq!(
            figs("Dix agents ont été retenus plusieurs heures par des manifestants."),
            vec![(Cat::Kidnapped, 10)]
        );
        assert_eq!(
            figs("Dix-sept policiers sont toujours retenus par des manifestants à Puyo."),
            vec![(Cat::Kidnapped, 17)]
        );
        assert_eq!(
            figs("Trois manifestants ont été retenus par la police."),
            vec![(Cat::Arrested, 3)]
        );
        // Held by a prison's mutineers, for a time told between.
        assert_eq!(
            figs("Deux gardiens ont été retenus pendant près de quatre heures par les mutins."),
            vec![(Cat::Kidnapped, 2)]
        );
    }

    /// A toll told before and counted again by a pronoun ("qui n'en
    /// reconnaît que trois", "l'ONG en recense 171"), in the sentence or
    /// the next; "en compte" counts things ("l'immeuble, qui en compte
    /// six").
    #[test]
    fn a_toll_counted_again_by_a_pronoun() {
        assert_eq!(
            figs(
                "Au moins neuf personnes ont été tuées, un bilan contesté par la police, qui \
                 n'en reconnaît que trois."
            ),
            vec![(Cat::Killed, 9), (Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Des militants font état de dizaines d'arrestations ; l'ONG en recense 171."),
            vec![(Cat::Arrested, 20), (Cat::Arrested, 171)]
        );
        assert_eq!(
            figs("Cinquante personnes ont été blessées dans l'immeuble, qui en compte six."),
            vec![(Cat::Injured, 50)]
        );
        let counts: Vec<_> = modalities(
            "Le gouvernement dénombre 12 enlèvements. La fondation en recense pourtant quinze.",
        )
        .into_iter()
        .map(|(c, _)| c)
        .collect();
        assert_eq!(counts, [12, 15]);
        // After a sentence of dead and wounded, the dead are counted again.
        let cats: Vec<_> = extract(&Document::parse(
            "Au moins six manifestants ont été tués et 57 autres blessés, selon l'ONU. La \
             police n'en reconnaît que deux.",
        ))
        .iter()
        .map(|f| (f.category, f.count))
        .collect();
        assert_eq!(
            cats,
            [
                (crate::model::CasualtyCategory::Killed, Some(6)),
                (crate::model::CasualtyCategory::Injured, Some(57)),
                (crate::model::CasualtyCategory::Killed, Some(2))
            ]
        );
        // Not a count of what the pronoun stands for, far from the toll.
        assert_eq!(
            figs(
                "En 2023, 29 personnes ont trouvé la mort aux passages à niveau, selon SNCF \
                 Réseau, qui en recense plus de 14 000 sur son réseau."
            ),
            vec![(Cat::Killed, 29)]
        );
    }

    /// A part of the kidnapped told freed ("82 d'entre elles ont été
    /// libérées") is a toll of the kidnapping, in the sentence or the next;
    /// not a part of the arrested released.
    #[test]
    fn hostages_freed_after_their_kidnapping() {
        assert_eq!(
            figs(
                "En 2014, 276 lycéennes avaient été enlevées à Chibok ; 82 d'entre elles ont été \
                 libérées en mai."
            ),
            vec![(Cat::Kidnapped, 276), (Cat::Kidnapped, 82)]
        );
        // (In the next sentence only where another toll word opens it to
        // the toll reader: a stem of its own in the gate cost 400 KB of
        // peak memory, which issue 7 has no room for.)
        let counts: Vec<_> = modalities(
            "Boko Haram a enlevé 110 écolières à Dapchi. 76 d'entre elles ont été relâchées \
             mercredi, deux sont mortes.",
        )
        .into_iter()
        .map(|(c, _)| c)
        .collect();
        assert_eq!(counts, [110, 76, 2]);
        assert_eq!(
            figs("Onze personnes ont été arrêtées ; trois d'entre elles ont été libérées lundi."),
            vec![(Cat::Arrested, 11)]
        );
    }

    /// A part of the kidnapped told freed, escaped or still held without
    /// "d'entre eux", of the kidnapped's own noun or "autres": a toll of
    /// the kidnapping, read once the document has told of it.
    #[test]
    fn hostages_freed_or_held_by_their_noun() {
        assert_eq!(
            doc_figs(
                "Des hommes armés ont enlevé 47 élèves jeudi. Quinze élèves ont réussi à \
                 s'échapper dans la matinée. L'armée a annoncé avoir libéré onze autres élèves. \
                 Les 21 autres sont toujours retenus."
            ),
            [
                (Cat::Kidnapped, Some(47)),
                (Cat::Kidnapped, Some(15)),
                (Cat::Kidnapped, Some(11)),
                (Cat::Kidnapped, Some(21)),
            ]
        );
        // (Not before a kidnapping is told, nor of another noun, nor of
        // the arrested released, nor more than the kidnapped.)
        assert!(doc_figs("Quinze élèves ont réussi à s'échapper.").is_empty());
        // (A no-break space before the verb.)
        assert_eq!(
            doc_figs(
                "Trois touristes ont été enlevés. L'armée dit avoir\u{a0}libéré deux touristes."
            ),
            [(Cat::Kidnapped, Some(3)), (Cat::Kidnapped, Some(2))]
        );
        assert_eq!(
            doc_figs("Cinq touristes ont été enlevés. Trois gardiens ont été libérés."),
            [(Cat::Kidnapped, Some(5))]
        );
        assert_eq!(
            doc_figs(
                "Cinq touristes ont été enlevés. Trente personnes ont été interpellées. Douze \
                 personnes ont été relâchées."
            ),
            [(Cat::Kidnapped, Some(5)), (Cat::Arrested, Some(30))]
        );
        assert_eq!(
            doc_figs("Cinq touristes ont été enlevés. Douze touristes ont été libérés."),
            [(Cat::Kidnapped, Some(5))]
        );
        // (A doubt after a semicolon is the second clause's own.)
        assert_eq!(
            modalities(
                "Six gardiens avaient été pris en otage. Quatre d'entre eux ont été libérés \
                 mardi ; les deux autres auraient été relâchés, une information que la police \
                 n'a pas confirmée."
            ),
            [
                (6, Modality::Asserted),
                (4, Modality::Asserted),
                (2, Modality::Uncertain)
            ]
        );
    }

    /// A toll named without a number and divided by a sub-count: the
    /// sub-count is a toll of that kind; "victimes" (dead or wounded)
    /// tells none.
    #[test]
    fn sub_counts_of_a_toll_without_number() {
        assert_eq!(
            figs("Les blessés, dont quatre grièvement, ont été évacués vers Gao."),
            vec![(Cat::Injured, 4)]
        );
        assert_eq!(
            figs("Il y a des morts, dont trois enfants, selon un témoin."),
            vec![(Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Les otages, parmi lesquels deux Canadiens, sont toujours détenus."),
            vec![(Cat::Kidnapped, 2)]
        );
        assert!(figs("Les victimes, dont trois enfants, ont été identifiées.").is_empty());
        // A toll named by its participle: "personnes intoxiquées" (hurt).
        assert_eq!(
            figs("Les personnes intoxiquées, dont 46 enfants, ont présenté des vomissements."),
            vec![(Cat::Injured, 46)]
        );
        assert_eq!(
            figs("Les personnes enlevées, dont sept femmes, revenaient du marché."),
            vec![(Cat::Kidnapped, 7)]
        );
        assert!(figs("Les personnes présentes, dont sept femmes, ont été entendues.").is_empty());
        // A number of its own is read as before.
        assert_eq!(
            figs("Les blessés, dont 12 policiers, ont été soignés sur place."),
            vec![(Cat::Injured, 12)]
        );
    }

    /// A change of a toll named before it, neither figure naming it again:
    /// both figures, of that toll.
    #[test]
    fn change_of_a_named_count() {
        assert_eq!(
            figs("Le nombre de disparus a été revu à la baisse, de 58 à 31, selon l'agence."),
            vec![(Cat::Missing, 58), (Cat::Missing, 31)]
        );
        // The new figure bounded: both still.
        assert_eq!(
            figs("Le nombre de blessés est passé de 700 à plus de 1 100, selon les secours."),
            vec![(Cat::Injured, 700), (Cat::Injured, 1100)]
        );
        assert_eq!(
            figs("Le nombre de morts est passé de 20 à au moins 31."),
            vec![(Cat::Killed, 20), (Cat::Killed, 31)]
        );
        // Not a range without a change ("de 13 à 27 morts").
        assert_eq!(
            figs("Le séisme a fait de 13 à 27 morts."),
            vec![(Cat::Killed, 13)]
        );
        assert_eq!(
            figs("Le bilan des blessés a été revu à la hausse : il est passé de 31 à 44."),
            vec![(Cat::Injured, 31), (Cat::Injured, 44)]
        );
        assert_eq!(
            figs("Le nombre d'otages a été revu à la baisse, passant de neuf à quatre."),
            vec![(Cat::Kidnapped, 9), (Cat::Kidnapped, 4)]
        );
        // No toll named, or a share: none.
        assert!(figs("Le nombre de visiteurs est passé de 300 à 450.").is_empty());
        assert!(figs("Le nombre de blessés a augmenté de 10 à 20 % en un an.").is_empty());
    }

    /// People named by their office or standing ("un candidat", "un
    /// maire", "des notables") are people for "un".
    #[test]
    fn people_of_an_office() {
        assert_eq!(
            figs(
                "L'assassinat d'un candidat à l'élection présidentielle a plongé le pays dans la stupeur."
            ),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Un maire d'un petit village s'est tué seul sur une route."),
            vec![(Cat::Killed, 1)]
        );
        assert!(figs("Un candidat a été élu au premier tour.").is_empty());
    }

    /// Kin counted among hostages are hostages.
    #[test]
    fn kin_among_hostages() {
        assert_eq!(
            figs("Parmi les otages libérés figurent deux frères."),
            vec![(Cat::Kidnapped, 2)]
        );
        assert_eq!(
            figs("Les ravisseurs ont enlevé trois cousins du chef."),
            vec![(Cat::Kidnapped, 3)]
        );
        assert!(figs("Les bandits ont enlevé trois peaux de léopard.").is_empty());
    }

    /// People still held after hostages were named are hostages.
    #[test]
    fn held_after_hostages_named() {
        assert_eq!(
            figs(
                "Un otage a été retrouvé mort ; les trois autres seraient toujours détenus dans les monts."
            ),
            vec![(Cat::Killed, 1), (Cat::Kidnapped, 3)]
        );
        assert_eq!(
            figs("Trois manifestants sont toujours détenus à Evin."),
            vec![(Cat::Arrested, 3)]
        );
    }

    /// The wounded who died since: killed, whatever stands between.
    #[test]
    fn wounded_who_died() {
        assert_eq!(
            figs("Six blessés ont depuis succombé dans les hôpitaux de Jalalabad."),
            vec![(Cat::Killed, 6)]
        );
        assert_eq!(
            figs("Un blessé a succombé lundi à l'hôpital."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Mexique : un blessé succombe, le bilan s'élève à douze morts"),
            vec![(Cat::Killed, 1), (Cat::Killed, 12)]
        );
        assert_eq!(
            figs("Deux blessés meurent à l'hôpital."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("L'attaque a fait un blessé, qui a été évacué."),
            vec![(Cat::Injured, 1)]
        );
    }

    /// Held by a group named ("aux mains de l'Armée de libération
    /// nationale", "du Hamas", "de la guérilla"): kidnapped; not "aux
    /// mains de leur entraîneur".
    #[test]
    fn held_by_a_named_group() {
        assert_eq!(
            figs("Trois soldats sont toujours aux mains du Hamas."),
            vec![(Cat::Kidnapped, 3)]
        );
        assert_eq!(
            figs("Deux soldats seraient en outre aux mains des rebelles."),
            vec![(Cat::Kidnapped, 2)]
        );
        assert_eq!(
            figs("Cinq employés sont en captivité depuis mars."),
            vec![(Cat::Kidnapped, 5)]
        );
        assert_eq!(
            figs("Les quatre autres restent aux mains de l'Armée de libération nationale."),
            vec![(Cat::Kidnapped, 4)]
        );
        assert_eq!(
            figs("Quatre restent aux mains de la guérilla."),
            vec![(Cat::Kidnapped, 4)]
        );
        assert!(figs("Deux joueurs restent aux mains de leur entraîneur.").is_empty());
    }

    /// The death of one of the wounded is no injury of its own.
    #[test]
    fn death_of_a_wounded_person() {
        assert_eq!(
            figs("Le décès d'un blessé a porté le bilan à six morts."),
            vec![(Cat::Killed, 6)]
        );
        assert!(
            !figs("La mort de deux des blessés, mardi, porte le bilan à 14 morts.")
                .iter()
                .any(|f| f.0 == Cat::Injured)
        );
        // The day between the death and its victims.
        assert!(
            !figs("Le bilan s'est alourdi après le décès, lundi matin, de deux blessés.")
                .iter()
                .any(|f| f.0 == Cat::Injured)
        );
        assert_eq!(figs("L'attaque a fait un blessé."), vec![(Cat::Injured, 1)]);
    }

    /// "corps" is a body found, of a person: not "un corps céleste", "deux
    /// corps d'armée", nor one body named where nothing tells it found.
    #[test]
    fn bodies_found_and_other_bodies() {
        assert_eq!(
            figs("Un corps a été repêché dans la Seine."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Les secouristes ont retrouvé trois corps."),
            vec![(Cat::Killed, 3)]
        );
        assert!(figs("Un corps céleste a été observé par le télescope.").is_empty());
        assert!(figs("L'armée a engagé deux corps d'armée dans l'offensive.").is_empty());
        assert!(figs("C'est très jeune pour un corps céleste.").is_empty());
    }

    /// Hostages hurt, told without an auxiliary after another clause; a
    /// figure with "derniers" or "premiers" before its noun (both genders);
    /// people taken as hostages by a verb before the figure.
    #[test]
    fn hostages_hurt_taken_and_the_last_ones() {
        assert_eq!(
            figs("Deux militaires ont été tués et trois otages légèrement blessés."),
            vec![(Cat::Killed, 2), (Cat::Injured, 3)]
        );
        assert_eq!(
            figs("Lors de l'assaut, quatre otages blessés ont été évacués."),
            vec![(Cat::Injured, 4)]
        );
        assert_eq!(
            figs("Les huit derniers otages ont été libérés vendredi soir."),
            vec![(Cat::Kidnapped, 8)]
        );
        assert_eq!(
            figs("Les deux premiers blessés ont été évacués par hélicoptère."),
            vec![(Cat::Injured, 2)]
        );
        assert_eq!(
            figs("Les assaillants ont investi la mairie, prenant 23 personnes en otage."),
            vec![(Cat::Kidnapped, 23)]
        );
        assert_eq!(
            figs("Le forcené retenait encore mardi trois employés en otage."),
            vec![(Cat::Kidnapped, 3)]
        );
        // The figure is the takers', or another's.
        assert!(
            figs("On ne peut pas laisser deux cents jeunes prendre en otage tout un quartier.")
                .is_empty()
        );
        // (The man charged is a toll of his own, as without the figure.)
        assert_eq!(
            figs("Un homme, qui avait retenu cinq personnes en otage samedi, a été mis en examen."),
            vec![(Cat::Arrested, 1), (Cat::Kidnapped, 5)]
        );
        // A duration is no figure of hostages.
        assert!(figs("La prise d'otages a duré 3 heures avant l'assaut.").is_empty());
    }

    /// Hostages and the homeless as subjects of a toll verb; a hit told by
    /// the body part; an injury in apposition before a complement naming
    /// the burnt; a death with a time between commas; one of a named group
    /// of wounded; "un arrêté" the order; "un seul mort".
    #[test]
    fn subjects_hits_appositions_and_orders() {
        assert_eq!(
            figs("Deux otages ont été légèrement blessés lors de l'assaut."),
            vec![(Cat::Injured, 2)]
        );
        assert_eq!(
            figs("Trois otages auraient été tués."),
            vec![(Cat::Killed, 3)]
        );
        // Past their nationality.
        assert_eq!(
            figs("Deux otages vietnamiens ont été tués mardi lors d'un assaut."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("Six victimes françaises ont été hospitalisées."),
            vec![(Cat::Injured, 6)]
        );
        assert_eq!(
            figs("Deux otages vietnamiens ont été libérés."),
            vec![(Cat::Kidnapped, 2)]
        );
        assert_eq!(
            figs("Deux otages ont été libérés."),
            vec![(Cat::Kidnapped, 2)]
        );
        assert_eq!(
            figs("Six sans-abri ont été retrouvés morts depuis le week-end."),
            vec![(Cat::Killed, 6)]
        );
        assert_eq!(
            figs("Un policier a été atteint à la jambe."),
            vec![(Cat::Injured, 1)]
        );
        assert_eq!(
            figs(
                "Parmi les morts figurent un policier et une habitante de 41 ans, atteinte par une balle perdue."
            ),
            vec![(Cat::Killed, 1), (Cat::Killed, 1)]
        );
        assert_eq!(
            figs(
                "Un de ses collègues, grièvement brûlé, a été héliporté vers le centre de traitement des brûlés."
            ),
            vec![(Cat::Injured, 1)]
        );
        assert_eq!(
            figs("Les violences ont éclaté après la mort, lundi soir, d'un jeune homme de 19 ans."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Le bilan s'est alourdi après le décès mardi soir d'une passagère de 34 ans."),
            vec![(Cat::Killed, 1)]
        );
        assert!(
            figs("Selon le syndicat, l'un des policiers blessés aurait été touché au visage.")
                .is_empty()
        );
        assert_eq!(
            figs("L'un des policiers blessés est mort."),
            vec![(Cat::Killed, 1)]
        );
        assert!(figs("Le préfet a pris un arrêté interdisant la vente de carburant.").is_empty());
        assert_eq!(
            figs("Un premier bilan faisait état d'un seul mort."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Ce drame rappelle la découverte, en août 2015, de 71 migrants morts asphyxiés."),
            vec![(Cat::Killed, 71)]
        );
    }

    /// "au meurtre de", "une majorité de" (no one), trapped in a wreck, a
    /// source inside an apposition.
    #[test]
    fn murders_majorities_wrecks_and_sources() {
        assert_eq!(
            figs("Les attaques font suite au meurtre de cinq éleveurs la semaine précédente."),
            vec![(Cat::Killed, 5)]
        );
        assert_eq!(
            figs("Au moins 30 personnes, dont une majorité de civils, ont été tuées."),
            vec![(Cat::Killed, 30)]
        );
        assert_eq!(
            figs("Des dizaines de personnes pourraient encore être prisonnières de l'épave."),
            vec![(Cat::Missing, 20)]
        );
        assert_eq!(
            figs(
                "Près de 400 personnes, en majorité des insurgés selon les militaires, ont été tuées."
            ),
            vec![(Cat::Killed, 400)]
        );
    }

    /// The last item of a list of people, "un" joined by "et" alone, is
    /// counted with the list; not one whose state follows it.
    #[test]
    fn the_last_item_of_a_list() {
        assert_eq!(
            figs("Des hommes armés ont attaqué le poste, tuant trois gendarmes et un civil."),
            vec![(Cat::Killed, 3), (Cat::Killed, 1)]
        );
        assert!(
            !figs("Quatre personnes avaient été dégagées, comprenant deux morts et une personne en réanimation.")
                .contains(&(Cat::Killed, 1))
        );
    }

    /// Fatally wounded is dead.
    #[test]
    fn fatally_wounded_is_dead() {
        assert_eq!(
            figs("Un homme a été mortellement blessé par balle."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Un homme de 23 ans a été mortellement atteint par balle mardi soir."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Deux policiers ont été grièvement blessés."),
            vec![(Cat::Injured, 2)]
        );
    }

    /// A participle and its complements coordinated before the toll word:
    /// "retrouvés vivants dès samedi soir par les sauveteurs et
    /// hospitalisés".
    #[test]
    fn a_participle_and_its_complements_before_the_toll_word() {
        assert_eq!(
            figs(
                "Deux d'entre eux avaient été retrouvés vivants dès samedi soir par les sauveteurs et hospitalisés."
            ),
            vec![(Cat::Injured, 2)]
        );
        assert_eq!(
            figs("Trois personnes ont été secourues par les pompiers et hospitalisées."),
            vec![(Cat::Injured, 3)]
        );
        // After "pu être", as after "dû être".
        assert_eq!(
            figs(
                "Deux d'entre eux ont pu être remontés vivants dans la nuit et ont été hospitalisés."
            ),
            vec![(Cat::Injured, 2)]
        );
        assert_eq!(
            figs("Six blessés ont pu être évacués vers Goma."),
            vec![(Cat::Injured, 6)]
        );
        assert!(figs("Trois enfants ont pu être sauvés.").is_empty());
    }

    /// The total of a toll named by its kind: "le bilan des blessés".
    #[test]
    fn a_bilan_of_its_kind() {
        assert_eq!(
            figs("Le bilan des blessés est passé de 31 à 44."),
            vec![(Cat::Injured, 31), (Cat::Injured, 44)]
        );
        assert_eq!(
            figs("Le bilan provisoire des disparus s'élève à 12."),
            vec![(Cat::Missing, 12)]
        );
        assert_eq!(figs("Le bilan s'élève à 34."), vec![(Cat::Killed, 34)]);
    }

    /// Things of news are no people, whatever the verb: the lexicon of
    /// `casualties_things.tsv`.
    #[test]
    fn things_are_no_people() {
        assert!(figs("Deux projets ont été arrêtés par le conseil municipal.").is_empty());
        assert!(
            figs("Une représentation en trois dimensions est plus facilement appréhendée.")
                .is_empty()
        );
        assert!(figs("Trois chevaux ont été tués par la foudre.").is_empty());
        assert_eq!(
            figs("Trois randonneurs ont été tués par la foudre."),
            vec![(Cat::Killed, 3)]
        );
    }

    /// "faisant partie de" in the subject tells membership, not an act.
    #[test]
    fn membership_in_the_subject() {
        assert_eq!(
            figs(
                "Six militaires du régiment faisant alors partie de l'opération Sentinelle ont été renversés par une voiture."
            ),
            vec![(Cat::Injured, 6)]
        );
        assert!(
            figs("Une attaque faisant partie d'une série a tué trois personnes.")
                .iter()
                .all(|f| f.1 == 3)
        );
    }

    /// A toll noun with its own quantifier is no toll of the number before
    /// it; a number right before the quantifier is its whole.
    #[test]
    fn toll_noun_with_a_quantifier_of_its_own() {
        // (A vague figure, count 0, is the quantifier's own.)
        assert_eq!(
            figs(
                "Un car transportant 31 enfants termine dans le fossé et provoque plusieurs blessés légers."
            ),
            vec![(Cat::Injured, 0)]
        );
        assert!(
            !figs("Les deux hommes ont fait de nombreuses victimes.").contains(&(Cat::Killed, 2))
        );
        assert_eq!(
            figs("Dix policiers ont été pris à partie, plusieurs blessés."),
            vec![(Cat::Injured, 0)]
        );
        assert_eq!(
            figs("Trois morts et plusieurs blessés."),
            vec![(Cat::Killed, 3), (Cat::Injured, 0)]
        );
        // "le nombre de" counts the toll after it; unless the number is
        // the count it gives ("portant à 47 le nombre de morts").
        assert!(
            figs("Vingt-trois survivants retrouvés, le nombre de disparus revu à la baisse")
                .is_empty()
        );
        assert_eq!(
            figs("Le glissement de terrain a fait deux victimes, portant à 47 le nombre de morts."),
            vec![(Cat::Killed, 2), (Cat::Killed, 47)]
        );
    }

    /// "alors" inside the verb, a source or circumstance between commas
    /// before it; killings named by a noun ("la décapitation de trois
    /// chrétiens", "le massacre de 300 villageois", not "le massacre de
    /// Thiaroye"); beatings; a flight toward a country with its article.
    #[test]
    fn adverbs_nouns_of_killing_beatings_and_flight_to_a_country() {
        assert_eq!(
            figs("Plus de 20 000 personnes avaient alors été arrêtées."),
            [(Cat::Arrested, 20_000)]
        );
        assert_eq!(
            figs("Trois personnes, selon la police, ont été tuées."),
            [(Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Douze migrants, en hypothermie, ont été hospitalisés."),
            [(Cat::Injured, 12)]
        );
        assert_eq!(
            figs("L'EI a revendiqué la décapitation de trois chrétiens."),
            [(Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Le massacre de 300 villageois a choqué le pays."),
            [(Cat::Killed, 300)]
        );
        assert_eq!(
            figs("L'exécution de 2 000 prisonniers a été dénoncée."),
            [(Cat::Killed, 2000)]
        );
        assert!(figs("Le massacre de Thiaroye a fait l'objet d'un procès.").is_empty());
        assert_eq!(
            figs("Plusieurs dizaines de manifestants ont été passés à tabac."),
            [(Cat::Injured, 20)]
        );
        assert_eq!(
            figs("Dix manifestants ont été roués de coups."),
            [(Cat::Injured, 10)]
        );
        assert_eq!(
            figs("Quelque 10 000 personnes ont fui vers le Tchad."),
            [(Cat::Displaced, 10_000)]
        );
        assert!(figs("Les deux suspects ont fui vers la Belgique.").is_empty());
        // Toward a kind of place: a county town, a capital.
        assert_eq!(
            figs("Plus de 1 200 habitants des hameaux voisins ont fui vers le chef-lieu."),
            [(Cat::Displaced, 1_200)]
        );
        assert_eq!(
            figs("Quelque 400 familles ont fui vers la capitale régionale."),
            [(Cat::Displaced, 400)]
        );
    }

    /// Soldiers, police or civilians captured are held by the other side
    /// (kidnapped), actively or in the passive; militants captured are
    /// arrested.
    #[test]
    fn a_capture_by_the_other_side_is_a_kidnapping() {
        assert_eq!(
            figs("Le groupe dit avoir capturé deux militaires."),
            [(Cat::Kidnapped, 2)]
        );
        assert_eq!(
            figs("Les rebelles ont fait prisonniers trois soldats."),
            [(Cat::Kidnapped, 3)]
        );
        // (Their noun named before, by "en": "… et en avoir capturé six".)
        assert_eq!(
            figs("Le groupe affirme avoir tué 32 soldats et en avoir capturé six."),
            [(Cat::Killed, 32), (Cat::Kidnapped, 6)]
        );
        assert_eq!(
            figs("L'armée affirme avoir tué 32 jihadistes et en avoir capturé six."),
            [(Cat::Killed, 32), (Cat::Arrested, 6)]
        );
        assert_eq!(
            figs("Deux policiers ont été capturés par les jihadistes."),
            [(Cat::Kidnapped, 2)]
        );
        assert_eq!(
            figs("L'armée a capturé deux jihadistes."),
            [(Cat::Arrested, 2)]
        );
        assert_eq!(
            figs("Deux jihadistes ont été capturés par l'armée."),
            [(Cat::Arrested, 2)]
        );
    }

    /// A breakdown among former hostages ("Parmi les ex-otages figurent
    /// 21 femmes"); an earlier figure compared without agreement ("contre
    /// 16 annoncé initialement").
    #[test]
    fn former_hostages_and_figures_announced_before() {
        assert_eq!(
            figs("Parmi les ex-otages figurent 21 femmes et neuf enfants."),
            [(Cat::Kidnapped, 21), (Cat::Kidnapped, 9)]
        );
        assert_eq!(
            figs(
                "Trois blessés ont succombé, portant à 19 le nombre de morts, contre 16 annoncé initialement."
            ),
            [(Cat::Killed, 3), (Cat::Killed, 19), (Cat::Killed, 16)]
        );
    }

    /// An adverb of time between the auxiliary and the toll word ("avaient
    /// d'abord été portés disparus", "un temps portés disparus"); a night
    /// named before a shelter ("ont passé la nuit de jeudi à vendredi dans
    /// les centres d'hébergement").
    #[test]
    fn adverbs_of_time_and_nights_in_shelters() {
        assert_eq!(
            figs("Six autres avaient d'abord été portés disparus."),
            [(Cat::Missing, 6)]
        );
        assert_eq!(
            figs("Deux résidents, un temps portés disparus, ont été retrouvés sains et saufs."),
            [(Cat::Missing, 2)]
        );
        assert_eq!(
            figs(
                "Quelque 450 personnes ont passé la nuit de jeudi à vendredi dans les centres d'hébergement d'urgence."
            ),
            [(Cat::Displaced, 450)]
        );
    }

    /// A sub-count with an apposition of its own ("dont le propriétaire,
    /// un homme de 47 ans,") is set aside from the subject; the one person
    /// of that apposition is no subject of the plural verb after it, but
    /// the last item of a list is ("quatre Cambodgiens et un Marocain,
    /// avaient été tués").
    #[test]
    fn an_apposition_inside_a_sub_count() {
        assert_eq!(
            figs(
                "Deux personnes, dont le propriétaire présumé de l'entrepôt, un homme de 47 ans, ont été interpellées vendredi."
            ),
            [(Cat::Arrested, 2)]
        );
        assert_eq!(
            figs("Cinq Casques bleus, quatre Cambodgiens et un Marocain, avaient été tués."),
            [(Cat::Killed, 5), (Cat::Killed, 4), (Cat::Killed, 1)]
        );
    }

    /// An item of a list told by a state of its own ("coincés",
    /// "piégé") is not of the toll before it: stranded on the roads, it is
    /// a toll of its own (affected); a nationality after the noun is no
    /// such state.
    #[test]
    fn a_list_item_in_another_state() {
        assert_eq!(
            figs(
                "La tempête a fait trois morts et des centaines d'automobilistes coincés sur l'autoroute."
            ),
            [(Cat::Killed, 3), (Cat::Affected, 200)]
        );
        assert_eq!(
            figs("L'avalanche a fait deux morts et 1 randonneur piégé sous la neige."),
            [(Cat::Killed, 2)]
        );
        assert_eq!(
            figs(
                "Les sources évoquent 8 morts : 2 gendarmes burkinabés devant l'ambassade et 6 soldats à l'état-major."
            ),
            [(Cat::Killed, 8), (Cat::Killed, 2), (Cat::Killed, 6)]
        );
    }

    /// The victims a toll told before, named with a definite article, are
    /// no new figure ("ont dégagé les trois victimes"), unless a breakdown
    /// follows: "les 27 victimes, dont neuf enfants, ont été inhumées".
    #[test]
    fn the_victims_told_before_with_a_breakdown() {
        assert!(figs("Les secouristes ont dégagé les trois victimes.").is_empty());
        assert_eq!(
            figs(
                "Selon M. Dicko, les 27 victimes, dont neuf enfants et quatre femmes, ont été inhumées lundi."
            ),
            [(Cat::Killed, 27), (Cat::Killed, 9), (Cat::Killed, 4)]
        );
    }

    /// Hostages still held somewhere named ("toujours retenus au Mali"),
    /// or in their captors' hands; not the suspects held for questioning.
    #[test]
    fn hostages_still_held_somewhere_named() {
        assert_eq!(
            figs("Deux hommes sont toujours retenus au Mali."),
            [(Cat::Kidnapped, 2)]
        );
        assert_eq!(
            figs("Deux Français sont toujours retenus au Mali."),
            [(Cat::Kidnapped, 2)]
        );
        assert_eq!(
            figs("Sur les 252 personnes enlevées, 128 sont toujours retenues à Gaza."),
            [(Cat::Kidnapped, 252), (Cat::Kidnapped, 128)]
        );
        assert_eq!(
            figs("Huit élèves sont toujours aux mains des ravisseurs."),
            [(Cat::Kidnapped, 8)]
        );
        assert!(figs("Trois suspects sont toujours retenus en garde à vue.").is_empty());
        let doc = "BAMAKO, 3 mai 2024 (AFP) - Huit élèves sont toujours aux mains des \
                   ravisseurs. Deux hommes sont toujours retenus au Mali.";
        assert_eq!(modalities(doc).len(), 2);
    }

    /// An adverb of repetition inside the verb ("ont été de nouveau
    /// déplacées"); displacement told by a noun or by "déraciner"; the
    /// prisoners that a side made or still holds; victims whose state the
    /// next words tell (wounded), unless a main verb tells more.
    #[test]
    fn repeated_displacement_prisoners_and_victims_state() {
        assert_eq!(
            figs("Quelque 280 000 personnes ont été de nouveau déplacées par les combats."),
            vec![(Cat::Displaced, 280_000)]
        );
        assert_eq!(
            figs("La guerre a provoqué le déplacement de 4,5 millions de personnes."),
            vec![(Cat::Displaced, 4_500_000)]
        );
        assert_eq!(
            figs("Le conflit a déraciné plus de 12 millions de personnes."),
            vec![(Cat::Displaced, 12_000_000)]
        );
        assert_eq!(
            figs("Les rebelles avaient fait prisonniers « plus de 60 combattants »."),
            vec![(Cat::Arrested, 60)]
        );
        assert_eq!(
            figs("Plus de 8 000 Ukrainiens, militaires et civils, restent prisonniers en Russie."),
            vec![(Cat::Arrested, 8_000)]
        );
        assert_eq!(
            figs("Une quarantaine de mineurs seraient encore prisonniers des boues."),
            vec![(Cat::Missing, 40)]
        );
        assert_eq!(
            figs("Les quatre autres victimes, plus légèrement atteintes, ont été hospitalisées."),
            vec![(Cat::Injured, 4)]
        );
        assert_eq!(
            figs("Quatre victimes ont été légèrement blessées."),
            vec![(Cat::Injured, 4)]
        );
        assert_eq!(
            figs("Les deux victimes, touchées par balles, sont mortes."),
            vec![(Cat::Killed, 2)]
        );
        // Prisoners held are no figure of a verb that frees them.
        assert_eq!(figs("Le pays compte 3 000 prisonniers politiques."), vec![]);
    }

    /// Subjects with a clause inside: a short relative without commas ("qui
    /// l'accompagnait"), an apposition with a relative of place ("où le feu
    /// a pris"); hostages held; households converted into people ("soit une
    /// vingtaine de personnes"); victims of a swindle; people treated by
    /// rescuers; a stated list after a time ("a fait état dans la soirée
    /// de … et de …").
    #[test]
    fn clauses_inside_the_subject_and_what_the_people_are() {
        assert_eq!(
            figs("Un adolescent de 16 ans qui l'accompagnait a été blessé à la jambe."),
            vec![(Cat::Injured, 1)]
        );
        assert_eq!(
            figs("Deux passagers qui se trouvaient à bord ont été blessés."),
            vec![(Cat::Injured, 2)]
        );
        assert_eq!(
            figs(
                "Deux militaires qui se trouvaient dans le dépôt au moment de l'explosion sont toujours portés disparus."
            ),
            vec![(Cat::Missing, 2)]
        );
        // "un"/"une" with a noun and an age is a person.
        assert_eq!(
            figs("On recherche un motoneigiste de 45 ans porté disparu depuis dimanche."),
            vec![(Cat::Missing, 1)]
        );
        assert_eq!(figs("Un chien de 3 ans a été tué par la voiture."), vec![]);
        assert_eq!(
            figs("Un homme, locataire de l'appartement où le feu a pris, a été interpellé."),
            vec![(Cat::Arrested, 1)]
        );
        assert_eq!(
            figs(
                "Les autres otages, parmi lesquels figureraient deux enseignants, seraient détenus dans les monts."
            ),
            vec![(Cat::Kidnapped, 2)]
        );
        assert_eq!(
            figs("Quatorze ménages, soit une vingtaine de personnes, se retrouvent sans logement."),
            vec![(Cat::Displaced, 20)]
        );
        // People converted into households: the people's toll.
        assert_eq!(
            figs("Au total, 727 412 personnes, soit 96 385 ménages, ont été sinistrées."),
            vec![(Cat::Affected, 727_412)]
        );
        assert_eq!(
            figs("Quelque 150 victimes, pour la plupart des commerçants, ont été escroquées."),
            vec![]
        );
        assert_eq!(
            figs("Une trentaine de personnes ont été soignées par les secouristes."),
            vec![(Cat::Injured, 30)]
        );
        assert_eq!(
            figs(
                "Le ministère a fait état dans la soirée de 457 interpellations et de 441 policiers blessés."
            ),
            vec![(Cat::Arrested, 457), (Cat::Injured, 441)]
        );
    }

    /// An epidemic's cases beside its deaths ("plus de 36 000 cas et 1 210
    /// décès"); its hospitalised are the sick, not wounded, where a disease
    /// is named (not in a heatwave's "maladies préexistantes").
    #[test]
    fn cases_and_the_sick_of_an_epidemic() {
        assert_eq!(
            figs("Plus de 36 000 cas et 1 210 décès ont été recensés depuis mars."),
            vec![(Cat::Affected, 36_000), (Cat::Killed, 1_210)]
        );
        // Cases beside deaths told in words; others of the people counted
        // before, infected; a month between an active verb and its victims.
        assert_eq!(
            figs("Cette semaine, 186 nouveaux cas et sept décès ont été enregistrés."),
            vec![(Cat::Affected, 186), (Cat::Killed, 7)]
        );
        assert_eq!(
            figs("Douze détenus sont morts du choléra et 184 autres ont été infectés."),
            vec![(Cat::Killed, 12), (Cat::Affected, 184)]
        );
        assert_eq!(
            figs("Les crues ont touché depuis juillet plus d'un million de personnes."),
            vec![(Cat::Affected, 1_000_000)]
        );
        let cats = |text: &str| -> Vec<(Cat, Option<u64>)> {
            extract(&Document::parse(text))
                .into_iter()
                .map(|c| (c.category, c.count))
                .collect()
        };
        assert_eq!(
            cats(
                "Le choléra progresse au Malawi. Environ 350 malades étaient hospitalisés mercredi."
            ),
            vec![(Cat::Affected, Some(350))]
        );
        assert_eq!(
            cats(
                "L'épidémie de choléra progresse : près de 400 malades ont été admis à l'hôpital."
            ),
            vec![(Cat::Affected, Some(400))]
        );
        // The wounded of a blast admitted to a hospital stay wounded.
        assert_eq!(
            cats("L'explosion a fait 40 blessés, admis à l'hôpital de Goma."),
            vec![(Cat::Injured, Some(40))]
        );
        assert_eq!(
            cats(
                "La canicule frappe Karachi ; les victimes souffraient de maladies préexistantes. \
                  Près de 3 000 personnes ont été hospitalisées."
            ),
            vec![(Cat::Injured, Some(3_000))]
        );
    }

    /// "les trois victimes" with nothing told of them is the people a toll
    /// counted before ("ont dégagé les trois victimes"), where "trois
    /// victimes" alone is a toll; a count before a zero's clause does not
    /// take the zero's verb ("Selon plusieurs médias, aucun policier…").
    #[test]
    fn definite_victims_and_a_count_before_a_zero() {
        assert_eq!(
            figs("Les secouristes ont dégagé les trois victimes."),
            vec![]
        );
        assert_eq!(figs("On a identifié ces deux victimes."), vec![]);
        assert_eq!(
            figs("Les deux autres victimes mortes sont une femme et une fillette."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("L'avalanche a fait trois victimes."),
            vec![(Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Selon plusieurs médias, aucun policier n'a été blessé."),
            vec![(Cat::Injured, 0)]
        );
        assert_eq!(
            figs("Deux manifestants ont été blessés mais aucun policier n'a été blessé."),
            vec![(Cat::Injured, 2), (Cat::Injured, 0)]
        );
        // Coordinated active verbs after a noun with its complement.
        assert_eq!(
            figs("Les attaques ont tué sept agents de santé et blessé 58 autres."),
            vec![(Cat::Killed, 7), (Cat::Injured, 58)]
        );
    }

    /// An arrest told by the noun of the act ("ont fait l'objet d'une
    /// arrestation") is an arrest, whose article is no figure of its own;
    /// a warrant is no arrest. A sub-count of the sentence before that
    /// tells it keeps it, whatever the last figure before was.
    #[test]
    fn the_object_of_an_arrest() {
        assert_eq!(
            figs("Trois personnes ont fait l'objet d'une mesure de garde à vue."),
            vec![(Cat::Arrested, 3)]
        );
        assert_eq!(
            figs("Un homme a fait l'objet d'une arrestation."),
            vec![(Cat::Arrested, 1)]
        );
        assert!(figs("Deux suspects font l'objet d'un mandat d'arrêt international.").is_empty());
        let text = "Quatre-vingt-sept personnes ont été interpellées après la mort d'un jeune \
                    homme. Parmi elles, 23 ont fait l'objet d'une arrestation judiciaire.";
        let got = doc_figs(text);
        assert!(got.contains(&(Cat::Arrested, Some(23))), "{got:?}");
        assert!(!got.contains(&(Cat::Killed, Some(23))), "{got:?}");
        assert!(!got.contains(&(Cat::Arrested, Some(1))), "{got:?}");
    }

    /// People taken to hospital are wounded; the dead taken there stay dead.
    #[test]
    fn taken_to_hospital_are_wounded() {
        // Treated for heatstroke, hypothermia.
        assert_eq!(
            figs("Plus de 1 500 personnes ont été traitées pour des coups de chaleur."),
            vec![(Cat::Injured, 1500)]
        );
        assert_eq!(
            figs("Trois randonneurs ont été traités pour une hypothermie."),
            vec![(Cat::Injured, 3)]
        );
        assert!(figs("Les 300 dossiers ont été traités pour des raisons de sécurité.").is_empty());
        // In hospital, as a state.
        assert_eq!(
            figs("Deux autres enfants sont à l'hôpital avec des brûlures."),
            vec![(Cat::Injured, 2)]
        );
        assert_eq!(
            figs("Trois policiers se trouvent toujours à l'hôpital."),
            vec![(Cat::Injured, 3)]
        );
        assert_eq!(
            figs("Huit patients se trouvaient encore mardi en soins intensifs."),
            vec![(Cat::Injured, 8)]
        );
        assert_eq!(
            figs("Sept personnes ont été admises en soins intensifs après l'explosion."),
            vec![(Cat::Injured, 7)]
        );
        // (Not admitted to a school.)
        assert!(figs("Sept élèves ont été admis en classe préparatoire.").is_empty());
        assert_eq!(
            figs(
                "Cette semaine, 2 647 personnes ont été transportées en ambulance vers des hôpitaux pour des coups de chaleur."
            ),
            vec![(Cat::Injured, 2647)]
        );
        assert_eq!(
            figs("Quatre autres occupants ont été transportés à l'hôpital pour une intoxication."),
            vec![(Cat::Injured, 4)]
        );
        // Transferred or flown there; not inmates moved to a jail.
        assert_eq!(
            figs(
                "Quatre d'entre eux ont été transférés par hélicoptère vers un hôpital de Palerme."
            ),
            vec![(Cat::Injured, 4)]
        );
        assert_eq!(
            figs("Trois alpinistes ont été héliportés à l'hôpital de Sion."),
            vec![(Cat::Injured, 3)]
        );
        assert!(figs("Les 40 détenus ont été transférés vers la prison de Fresnes.").is_empty());
        assert_eq!(
            figs(
                "Deux randonneurs ont été acheminés par hélicoptère vers le centre hospitalier de Sion."
            ),
            vec![(Cat::Injured, 2)]
        );
        assert_eq!(
            figs("Cinq personnes ont été conduites aux urgences."),
            vec![(Cat::Injured, 5)]
        );
        assert_eq!(
            figs("Les 12 corps ont été transportés à l'hôpital de Goma."),
            vec![(Cat::Killed, 12)]
        );
    }

    /// Homeless after the event, or in shelters however they are counted:
    /// displaced.
    #[test]
    fn without_a_home_or_in_a_shelter() {
        assert_eq!(
            figs(
                "Quelque trois cents personnes ont passé la nuit dans les 45 centres d'hébergement."
            ),
            vec![(Cat::Displaced, 300)]
        );
        assert_eq!(
            figs("Quatorze résidents se retrouvent sans logis."),
            vec![(Cat::Displaced, 14)]
        );
        assert_eq!(
            figs("Quatorze résidents se sont retrouvés sans abri après l'incendie."),
            vec![(Cat::Displaced, 14)]
        );
    }

    /// An apposition that describes a figure's people kin by kin ("une
    /// femme et ses deux enfants") counts no figure of its own, and does
    /// not take the figure's verb from it; a breakdown by rank keeps its
    /// parts (`ranks_in_a_breakdown`).
    #[test]
    fn an_apposition_of_kin_is_the_figure_before() {
        assert_eq!(
            figs(
                "Trois personnes, une femme de 34 ans et ses deux enfants âgés de 4 et 7 ans, ont péri dans l'incendie."
            ),
            vec![(Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Quatre personnes, un homme et ses trois fils, ont été tuées."),
            vec![(Cat::Killed, 4)]
        );
    }

    /// "une famille de six personnes" as the object of a killing is six
    /// dead; a sub-count of the sentence before in quotes is one too.
    #[test]
    fn a_family_killed_and_a_quoted_sub_count() {
        assert_eq!(
            figs("Un glissement de terrain aurait tué une famille de six personnes à Jacmel."),
            vec![(Cat::Killed, 6)]
        );
        let text = "Au moins 21 personnes sont mortes. « Parmi les morts, il y a sept enfants », \
                    a déclaré le commandant.";
        let got = doc_figs(text);
        assert!(got.contains(&(Cat::Killed, Some(7))), "{got:?}");
        // After a sentence on the wounded, the opening's noun tells the toll.
        let text = "Au moins 21 personnes sont mortes. Neuf d'entre elles ont été hospitalisées. \
                    « Parmi les morts, il y a sept enfants », a déclaré le commandant.";
        let got = doc_figs(text);
        assert!(got.contains(&(Cat::Killed, Some(7))), "{got:?}");
    }

    /// A sub-count of the sentence before ("Parmi elles, …") that tells its
    /// own toll is of that toll, not of the last figure before it.
    #[test]
    fn a_sub_count_after_a_sentence_keeps_its_own_toll() {
        let text = "Au moins 50 609 personnes ont été tuées, et plus de 115 000 blessées. \
                    Parmi elles, 1 335 personnes ont été tuées depuis la reprise des frappes.";
        let got = doc_figs(text);
        assert!(got.contains(&(Cat::Killed, Some(1_335))), "{got:?}");
        let text = "Douze personnes ont été blessées. Parmi elles, trois enfants.";
        let got = doc_figs(text);
        assert!(got.contains(&(Cat::Injured, Some(3))), "{got:?}");
    }

    /// What those suspected of something did is no figure, even in an
    /// apposition; a figure inside an apposition is not the subject of the
    /// verb after it; an escapee taken back ("repris") is arrested, and
    /// nothing else is; people who spent the night in a shelter are
    /// displaced.
    /// Burials counted by those who buried them are the dead; people not
    /// yet back home are displaced, not denied anything; the last member of
    /// an apposition that lists them ("le propriétaire et un entrepreneur")
    /// is no figure of its own.
    #[test]
    fn burials_homes_not_regained_and_listed_members() {
        assert_eq!(
            figs("Nous avons enterré 46 personnes de notre village."),
            vec![(Cat::Killed, 46)]
        );
        assert_eq!(
            figs("Quelque 12 000 personnes n'ont toujours pas pu regagner leur domicile."),
            vec![(Cat::Displaced, 12_000)]
        );
        assert_eq!(
            modality_of("Quelque 12 000 personnes n'ont toujours pas pu regagner leur domicile."),
            vec![Modality::Asserted]
        );
        assert_eq!(
            figs("Deux personnes, le propriétaire et un entrepreneur, ont été arrêtées hier."),
            vec![(Cat::Arrested, 2)]
        );
        // A comma closing an apposition before "et": two subjects.
        assert!(
            figs("Le chauffeur de l'autocar, un homme de 58 ans, et une accompagnatrice sont morts sur le coup.")
                .is_empty()
        );
    }

    /// A source closing the sentence after a comma, with its acronym in
    /// brackets, tells every clause before it.
    #[test]
    fn a_closing_source_with_its_acronym() {
        let s = "Six personnes ont péri et neuf sont portées disparues après le naufrage, qui a eu lieu de nuit, selon l'Agence nationale de sauvetage (Basarnas).";
        assert_eq!(modality_of(s), vec![Modality::Reported, Modality::Reported]);
    }

    /// One body found is one dead: "Le corps d'un randonneur … a été
    /// découvert", "la découverte du corps d'une femme" (not "à la
    /// recherche du corps d'une sixième personne": not found yet).
    #[test]
    fn one_body_found() {
        assert_eq!(
            figs(
                "Le corps d'un randonneur de 58 ans, porté disparu depuis jeudi, a été découvert mardi."
            ),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("La découverte du corps d'une femme a choqué le quartier."),
            vec![(Cat::Killed, 1)]
        );
        assert!(
            figs("Les secours sont à la recherche du corps d'une sixième personne.").is_empty()
        );
        assert_eq!(
            figs("La dépouille d'une fillette a été retrouvée."),
            vec![(Cat::Killed, 1)]
        );
        // Told found, recovered, brought back: not a body in general.
        assert!(figs("Le corps d'un homme est composé à 60 % d'eau.").is_empty());
        // Remains found, exhumed or taken out; not remains at rest, nor a
        // thing's.
        assert_eq!(
            figs("Les restes d'au moins 44 personnes ont été exhumés d'une fosse clandestine."),
            vec![(Cat::Killed, 44)]
        );
        assert_eq!(
            figs("Les restes de 31 personnes avaient été retirés d'un puits."),
            vec![(Cat::Killed, 31)]
        );
        assert!(figs("Les restes de deux soldats reposent au cimetière.").is_empty());
        assert!(figs("Les restes de deux voitures ont été retrouvés.").is_empty());
    }

    /// A headline's noun of the act without its article ("Mort de deux
    /// soldats au Mali", "Enlèvement de deux humanitaires"); not a cause of
    /// death ("Mort de faim").
    #[test]
    fn a_headline_noun_of_the_act() {
        for (text, cat, n) in [
            ("Mort de deux soldats au Mali", Cat::Killed, 2),
            ("Meurtre d'un retraité à Perpignan", Cat::Killed, 1),
            (
                "Enlèvement de deux humanitaires au Niger",
                Cat::Kidnapped,
                2,
            ),
            ("Arrestation de trois suspects à Lyon", Cat::Arrested, 3),
            (
                "Disparition de trois pêcheurs au large de Dakar",
                Cat::Missing,
                3,
            ),
        ] {
            assert_eq!(figs(text), vec![(cat, n)], "{text}");
        }
        assert!(figs("Mort de faim de deux ânes.").is_empty());
    }

    /// The state of people found, flown or taken out, told after the verb
    /// with its degree ("ont été héliportés, grièvement blessés", "extraits
    /// de la carlingue, grièvement brûlés"); not one of them ("l'un
    /// grièvement blessé"), nor the safe ("sains et saufs").
    #[test]
    fn hurt_as_found_or_evacuated() {
        for (text, n) in [
            ("Deux alpinistes ont été héliportés, grièvement blessés.", 2),
            ("Deux alpinistes ont été retrouvés grièvement blessés.", 2),
            (
                "Trois passagers ont été extraits de la carlingue, grièvement brûlés.",
                3,
            ),
        ] {
            assert_eq!(figs(text), vec![(Cat::Injured, n)], "{text}");
        }
        assert_eq!(
            figs("Deux alpinistes ont été retrouvés, l'un grièvement blessé."),
            vec![(Cat::Injured, 1)]
        );
        assert!(figs("Deux alpinistes ont été retrouvés sains et saufs.").is_empty());
        // Cared for by the hospitals of a town; not by the rescuers alone.
        assert_eq!(
            figs("42 personnes ont été prises en charge par les hôpitaux de la capitale."),
            vec![(Cat::Injured, 42)]
        );
        assert!(figs("Dix personnes ont été prises en charge par les secours.").is_empty());
    }

    /// Victims whose bodies the verb tells of are the dead ("Quinze
    /// victimes ont déjà été identifiées"); not victims named as something
    /// else, nor telling.
    #[test]
    fn victims_identified_are_the_dead() {
        assert_eq!(
            figs("Quinze victimes ont déjà été identifiées."),
            vec![(Cat::Killed, 15)]
        );
        assert!(
            figs("Deux victimes ont été identifiées comme les auteurs de l'escroquerie.")
                .is_empty()
        );
        assert!(figs("Deux victimes témoignent.").is_empty());
    }

    /// Held by the police ("a placé en détention neuf responsables"),
    /// trapped underground ("restent bloqués sous terre"), ordered out
    /// ("ont reçu l'ordre de partir").
    #[test]
    fn held_trapped_and_ordered_out() {
        assert_eq!(
            figs("La police a placé en détention neuf responsables de l'entreprise."),
            vec![(Cat::Arrested, 9)]
        );
        assert_eq!(
            figs("Les 33 autres mineurs s'étaient retrouvés piégés par l'explosion."),
            vec![(Cat::Missing, 33)]
        );
        assert_eq!(
            figs("Deux mineurs restent bloqués sous terre."),
            vec![(Cat::Missing, 2)]
        );
        assert_eq!(
            figs("Les quelque 5 000 habitants ont reçu l'ordre de partir dimanche soir."),
            vec![(Cat::Displaced, 5000)]
        );
    }

    /// The stages of a case after an arrest are arrests told again: those
    /// brought before a judge ("déférés"), those charged ("mis en
    /// examen"); not the noun of a charge ("une mise en examen").
    #[test]
    fn suspects_before_a_judge_or_charged() {
        assert_eq!(
            figs("Quinze suspects, dont trois mineurs, ont été déférés mercredi soir."),
            vec![(Cat::Arrested, 15), (Cat::Arrested, 3)]
        );
        assert_eq!(
            figs("Onze d'entre eux ont été mis en examen."),
            vec![(Cat::Arrested, 11)]
        );
        assert_eq!(
            figs("Le parquet a déféré quinze suspects."),
            vec![(Cat::Arrested, 15)]
        );
        assert!(figs("L'enquête a abouti à une mise en examen.").is_empty());
    }

    /// Where the act happened, between an active verb and its object:
    /// "a interpellé à Ouagadougou six personnes".
    #[test]
    fn a_place_between_the_verb_and_its_object() {
        assert_eq!(
            figs("La gendarmerie avait interpellé à Ouagadougou six personnes."),
            vec![(Cat::Arrested, 6)]
        );
        assert_eq!(
            figs("Les policiers ont arrêté mardi à Paris trois hommes."),
            vec![(Cat::Arrested, 3)]
        );
        // A region named by its kind, "the same day" before an aside.
        assert_eq!(
            figs("Le FSB a interpellé dans la région de Moscou deux adolescents."),
            vec![(Cat::Arrested, 2)]
        );
        assert_eq!(
            figs("La gendarmerie a interpellé le même jour, à Boujdour, quatre passeurs."),
            vec![(Cat::Arrested, 4)]
        );
        assert_eq!(
            figs("La police a arrêté le jour même trois personnes, dont l'organisateur."),
            vec![(Cat::Arrested, 3)]
        );
        assert_eq!(
            figs("La police a interpellé le lendemain matin deux suspects."),
            vec![(Cat::Arrested, 2)]
        );
        // A summary execution, its day between commas.
        assert_eq!(
            figs("L'association a dénoncé l'exécution sommaire, mercredi, d'au moins neuf civils."),
            vec![(Cat::Killed, 9)]
        );
        assert_eq!(
            figs("L'ONG dénonce l'exécution extrajudiciaire de deux détenus."),
            vec![(Cat::Killed, 2)]
        );
        // Taken to the police station; the wounded taken to hospital are
        // wounded, not arrested.
        assert_eq!(
            figs("Au moins 412 personnes ont été conduites au poste de police."),
            vec![(Cat::Arrested, 412)]
        );
        assert_eq!(
            figs("Trois manifestants ont été conduits au CHU."),
            vec![(Cat::Injured, 3)]
        );
    }

    #[test]
    fn appositions_escapees_and_nights_in_shelters() {
        assert_eq!(
            figs(
                "Trois personnes, soupçonnées d'avoir fourni une scie aux détenus, ont été \
                 placées en garde à vue."
            ),
            vec![(Cat::Arrested, 3)]
        );
        assert_eq!(
            figs("Trois personnes, soupçonnées d'avoir aidé une amie, ont été interpellées."),
            vec![(Cat::Arrested, 3)]
        );
        assert_eq!(
            figs("L'un des évadés, un homme de 31 ans, a été repris dimanche."),
            vec![(Cat::Arrested, 1)]
        );
        assert!(figs("Les deux équipes ont repris le travail.").is_empty());
        assert_eq!(
            figs("Onze prisonniers se sont évadés ; six d'entre eux ont été repris jeudi."),
            vec![(Cat::Arrested, 6)]
        );
        assert_eq!(
            figs("Dix-neuf d'entre eux ont été repris dans les quartiers voisins."),
            vec![(Cat::Arrested, 19)]
        );
        assert!(figs("Deux d'entre eux ont repris le travail lundi.").is_empty());
        assert_eq!(
            figs("Environ 1 800 personnes ont passé la nuit dans des centres d'hébergement."),
            vec![(Cat::Displaced, 1800)]
        );
        assert!(figs("Trois randonneurs ont passé la nuit dans la montagne.").is_empty());
        // Refugees arriving from the event are displaced; tourists, or
        // migrants counted by the refugee agency, are not.
        assert_eq!(
            figs("Plus de 19 000 réfugiés du Haut-Karabakh sont arrivés en Arménie."),
            vec![(Cat::Displaced, 19000)]
        );
        assert_eq!(
            figs("Plus de 164 000 Rohingyas sont arrivés au Bangladesh, fuyant les violences."),
            vec![(Cat::Displaced, 164000)]
        );
        assert!(figs("Quelque 200 touristes sont arrivés en Crète samedi.").is_empty());
        assert!(
            figs(
                "Près de 14 000 migrants sont arrivés en Grèce, selon le Haut-Commissariat pour les réfugiés."
            )
            .is_empty()
        );
        // (After a modal: "ont dû passer la nuit".)
        assert_eq!(
            figs("Près de 2 000 personnes ont dû passer la nuit sous des tentes."),
            vec![(Cat::Displaced, 2000)]
        );
        assert!(figs("Les 300 invités vont passer la nuit à l'hôtel du port.").is_empty());
        // (The shelters counted with a bound: "quelque 140 abris".)
        assert_eq!(
            figs("Plus de 12 000 personnes ont passé la nuit dans quelque 140 abris provisoires."),
            vec![(Cat::Displaced, 12000)]
        );
        assert_eq!(
            figs("Une centaine d'habitants ont dormi dans une salle polyvalente."),
            vec![(Cat::Displaced, 100)]
        );
        assert!(figs("Les deux alpinistes ont dormi dans la voiture.").is_empty());
        // Still sleeping out, nights after, or homeless.
        assert_eq!(
            figs("Plusieurs centaines de familles dorment désormais sous des tentes."),
            vec![(Cat::Displaced, 200)]
        );
        assert_eq!(
            figs("Un demi-millier de personnes dorment à même le sol dans l'église."),
            vec![(Cat::Displaced, 500)]
        );
        assert_eq!(
            figs("Près de 8 000 personnes ont dû passer les dernières nuits sous des tentes."),
            vec![(Cat::Displaced, 8000)]
        );
        assert_eq!(
            figs("Près de 2 300 personnes ont perdu leur logement."),
            vec![(Cat::Displaced, 2300)]
        );
        assert!(figs("Les trois suspects dorment dans la cellule du commissariat.").is_empty());
        assert!(figs("Deux familles ont perdu leur fils dans l'accident.").is_empty());
        // Fled, the clause ending there: a population only.
        assert_eq!(
            figs("Plus de 5 000 personnes ont fui."),
            vec![(Cat::Displaced, 5000)]
        );
        assert_eq!(
            figs("Quelque 300 villageois avaient fui depuis mardi, selon l'ONU."),
            vec![(Cat::Displaced, 300)]
        );
        assert!(figs("Les trois suspects ont fui.").is_empty());
        assert!(figs("Une centaine de manifestants ont fui à l'arrivée des gendarmes.").is_empty());
        // Abroad, into the bush: out of their place.
        assert_eq!(
            figs("Plus de deux millions de Sud-Soudanais ont fui à l'étranger, selon l'ONU."),
            vec![(Cat::Displaced, 2_000_000)]
        );
        assert!(figs("Les deux suspects ont fui à l'étranger.").is_empty());
        // A place left, a border crossed, exile taken: by a population.
        for (text, n) in [
            (
                "Près de 5 000 personnes ont quitté Carrefour-Feuilles depuis mardi.",
                5000,
            ),
            (
                "Plus de 3 000 personnes ont déjà quitté l'île par bateau.",
                3000,
            ),
            ("Environ 70 000 autres ont franchi la frontière.", 70_000),
            (
                "Plus de 100 000 Nicaraguayens ont pris le chemin de l'exil.",
                100_000,
            ),
        ] {
            assert_eq!(figs(text), vec![(Cat::Displaced, n)], "{text}");
        }
        assert!(figs("Les deux suspects ont quitté la ville.").is_empty());
        assert!(figs("Les trois passeurs ont franchi la frontière.").is_empty());
        // Stranded by the elements, in their vehicles, on the roads, for a
        // time: affected; not lorries, nor talks.
        assert_eq!(
            figs("Plusieurs centaines d'automobilistes sont restés bloqués dans leur véhicule."),
            vec![(Cat::Affected, 200)]
        );
        assert_eq!(
            figs("Quelque 13 000 touristes sont bloqués depuis dimanche dans la station."),
            vec![(Cat::Affected, 13000)]
        );
        assert!(figs("Les 300 camions sont bloqués depuis lundi à la frontière.").is_empty());
        // Trapped in a mine: missing.
        assert_eq!(
            figs("Les cinq mineurs bloqués depuis mardi dans la galerie n'ont pas été joints."),
            vec![(Cat::Missing, 5)]
        );
        assert!(figs("Les trois accords sont bloqués depuis mardi.").is_empty());
        // A future evacuation, "à leur tour".
        assert_eq!(
            figs("Quelque 400 habitants du village seront à leur tour évacués mercredi."),
            vec![(Cat::Displaced, 400)]
        );
        // Taken away by armed men; not by rescuers nor a bus.
        assert_eq!(
            figs("Ils ont tué trois hommes, puis ont emmené 87 personnes, surtout des femmes."),
            vec![(Cat::Killed, 3), (Cat::Kidnapped, 87)]
        );
        assert_eq!(
            figs("Des combattants avaient fait irruption dans l'internat et emmené 276 lycéennes."),
            vec![(Cat::Kidnapped, 276)]
        );
        assert!(figs("Les pompiers ont emmené trois personnes à l'hôpital.").is_empty());
        // In a document that told of people kidnapped before, the captors
        // need not stand in the sentence; care still rules them out.
        assert_eq!(
            doc_figs(
                "Des hommes armés ont enlevé plus de 80 élèves jeudi à Kuriga. « 84 de nos \
                 enfants ont été emmenés », a déclaré un parent."
            ),
            vec![(Cat::Kidnapped, Some(80)), (Cat::Kidnapped, Some(84))]
        );
        assert_eq!(
            doc_figs(
                "Des hommes armés ont enlevé plus de 80 élèves jeudi à Kuriga. Les secours \
                 ont emmené trois enseignants à l'hôpital."
            ),
            vec![(Cat::Kidnapped, Some(80))]
        );
        assert!(doc_figs("Trois élèves ont été emmenés au stade par leurs parents.").is_empty());
        // "depuis" an adverb before a count of the dead; not a year.
        assert_eq!(
            figs("L'offensive a fait depuis au moins 39 653 morts dans la bande de Gaza."),
            vec![(Cat::Killed, 39653)]
        );
        assert!(figs("Le régime est en place depuis 2015 selon les opposants.").is_empty());
        // A relative clause of up to fifteen words ends the subject; a
        // capitalised "Corps" names a unit, no bodies.
        assert_eq!(
            figs("Trois assaillants qui tentaient de pénétrer dans le poste ont été abattus."),
            vec![(Cat::Killed, 3)]
        );
        assert_eq!(
            figs(
                "Cinq villageois qui revenaient à pied du marché hebdomadaire de la \
                 commune voisine avec leurs enfants ont été enlevés."
            ),
            vec![(Cat::Kidnapped, 5)]
        );
        assert_eq!(
            figs("Quatre soldats du Frontier Corps ont été tués."),
            vec![(Cat::Killed, 4)]
        );
        // "de force" between the verb and its object.
        assert_eq!(
            figs("Les assaillants ont emmené de force au moins six villageois."),
            vec![(Cat::Kidnapped, 6)]
        );
        assert_eq!(
            figs("L'armée a évacué de force 300 habitants du quartier."),
            vec![(Cat::Displaced, 300)]
        );
        assert!(figs("La police a dispersé de force 200 manifestants.").is_empty());
        // The passive, where the sentence tells of captors.
        assert_eq!(
            figs(
                "La police parle de 47 personnes enlevées ; un responsable estime à au moins 113 le nombre de personnes emmenées."
            ),
            vec![(Cat::Kidnapped, 47), (Cat::Kidnapped, 113)]
        );
        assert!(figs("Les enfants ont été emmenés au stade par leurs parents.").is_empty());
        assert!(figs("Le bus a emmené 50 supporters au stade.").is_empty());
        // Or taken by force.
        assert_eq!(
            figs("Une vingtaine de personnes auraient été emmenées de force vers la forêt."),
            vec![(Cat::Kidnapped, 20)]
        );
        // Those of whom there is no news are missing; accomplices are people.
        assert_eq!(
            figs("Une vingtaine de chauffeurs dont on est sans nouvelles."),
            vec![(Cat::Missing, 20)]
        );
        assert_eq!(
            figs("Les militaires ont arrêté un complice présumé."),
            vec![(Cat::Arrested, 1)]
        );
        // Hostages listed in an apposition; a night between the verb and
        // its figure; one person evacuated is carried to care; customers of
        // a network are no victims.
        assert_eq!(
            figs("Quatre personnes, trois employées et un client, sont retenues en otage."),
            vec![
                (Cat::Kidnapped, 4),
                (Cat::Kidnapped, 3),
                (Cat::Kidnapped, 1)
            ]
        );
        assert_eq!(
            figs(
                "Des hommes armés ont enlevé dans la nuit de dimanche à lundi une quinzaine d'élèves."
            ),
            vec![(Cat::Kidnapped, 15)]
        );
        assert!(figs("Un garçon de 6 ans, qui avait été évacué dans un état critique.").is_empty());
        assert!(figs("Au total, 16 000 clients ont été touchés par les coupures.").is_empty());
    }

    /// A short quoted figure or noun is read as if unquoted; detained people
    /// are arrested, held by captors kidnapped, inmates killed are killed; a
    /// year is no figure.
    #[test]
    fn quoted_figures_detentions_and_years() {
        let q = |s: &str| -> Vec<(Cat, u64)> {
            super::sentence_figures(&unquote_figures(s), None, &[], false)
                .iter()
                .map(|f| (f.cat, f.count))
                .collect()
        };
        assert_eq!(
            q("Le parti affirme que « plus de 500 » de ses partisans ont été blessés."),
            vec![(Cat::Injured, 500)]
        );
        assert_eq!(
            q("La police a annoncé l'arrestation de « 34 fauteurs de troubles »."),
            vec![(Cat::Arrested, 34)]
        );
        assert_eq!(
            q("La police a annoncé l'arrestation de 150 « émeutiers »."),
            vec![(Cat::Arrested, 150)]
        );
        assert_eq!(
            q("Selon lui, une dizaine de « terroristes » auraient été tués."),
            vec![(Cat::Killed, 10)]
        );
        assert_eq!(
            q("Des centaines de « casseurs » ont été interpellés."),
            vec![(Cat::Arrested, 200)]
        );
        // (Not a quoted phrase after "de" that is no figure's noun.)
        assert!(q("Le chef de « l'opération » a été tué.").is_empty());
        assert_eq!(
            figs("Plus de 20 000 personnes sont toujours en détention."),
            vec![(Cat::Arrested, 20_000)]
        );
        assert_eq!(
            figs("Quelque 300 manifestants restent derrière les barreaux."),
            vec![(Cat::Arrested, 300)]
        );
        assert!(figs("Trois personnes ont été libérées après dix ans en détention.").is_empty());
        assert_eq!(
            figs("Deux journalistes ont été brièvement détenus."),
            vec![(Cat::Arrested, 2)]
        );
        assert_eq!(
            figs("Deux Français sont détenus par les jihadistes depuis 2022."),
            vec![(Cat::Kidnapped, 2)]
        );
        assert_eq!(figs("Deux détenus ont été tués."), vec![(Cat::Killed, 2)]);
        assert!(figs("Le titre 2015 était détenu par son collègue.").is_empty());
        // A count whose verb of amount stands farther, in the conditional.
        assert_eq!(
            figs(
                "Le nombre de morts depuis le début des manifestations s'élèverait désormais à dix-neuf."
            ),
            vec![(Cat::Killed, 19)]
        );
        // An apposed toll word is the figure's own: not a closing comma.
        assert_eq!(
            figs(
                "Les heurts ont éclaté après l'hospitalisation d'un adolescent de 16 ans, grièvement blessé samedi."
            ),
            vec![(Cat::Injured, 1)]
        );
    }

    /// A figure named as a count ("le chiffre de", "l'hospitalisation
    /// de"), a subject with an article after a preposition of place or
    /// purpose, escapees taken back, the toll word of a sub-count between
    /// commas left to the sub-count.
    #[test]
    fn counts_named_subjects_escapees_and_sub_counts() {
        // A count of things in the subject's complement is no other figure.
        assert_eq!(
            figs(
                "Par précaution, 46 habitants de l'immeuble et des deux bâtiments voisins ont été évacués."
            ),
            vec![(Cat::Displaced, 46)]
        );
        assert_eq!(
            figs("Plus de 4 400 habitants de onze communautés ont été évacués."),
            vec![(Cat::Displaced, 4400)]
        );
        assert_eq!(
            figs("Douze habitants de trois villages ont été tués."),
            vec![(Cat::Killed, 12)]
        );
        // A noun the things' lexicon lacks, but no people's either.
        assert_eq!(
            figs("Quelque 1 200 habitants de cinq barangays ont été évacués."),
            vec![(Cat::Displaced, 1200)]
        );
        // Missing, in the conditional too, and told by a participle.
        assert_eq!(
            figs("Plus de 60 personnes manqueraient à l'appel."),
            vec![(Cat::Missing, 60)]
        );
        assert_eq!(
            figs("Le bilan faisait état de sept mineurs manquant à l'appel."),
            vec![(Cat::Missing, 7)]
        );
        // "en" stands for the people counted: anything may follow.
        assert_eq!(
            figs("Il avait tué trois personnes et en avait blessé huit lors des festivités."),
            vec![(Cat::Killed, 3), (Cat::Injured, 8)]
        );
        assert!(figs("Il a blessé huit lors des festivités.").is_empty());
        // The people a hospital cared for were hurt (the sick of an
        // epidemic are told apart in the whole document); not an animal.
        assert_eq!(
            figs("Les urgences ont par ailleurs soigné une trentaine de supporters."),
            vec![(Cat::Injured, 30)]
        );
        assert!(figs("Le vétérinaire a soigné deux chiens.").is_empty());
        // A share of the set a sentence opens on, told by a copula.
        assert_eq!(
            figs("Sur les 41 personnes interpellées depuis samedi, douze sont des mineurs."),
            vec![(Cat::Arrested, 41), (Cat::Arrested, 12)]
        );
        assert_eq!(
            figs("Sur les 41 personnes interpellées, douze ont été relâchées."),
            vec![(Cat::Arrested, 41)]
        );
        // The act's noun with an adjective between it and its victim.
        assert_eq!(
            figs("Les troubles ont éclaté après l'interpellation musclée d'un automobiliste."),
            vec![(Cat::Arrested, 1)]
        );
        // The noun of the act, with its place between it and the figure.
        assert_eq!(
            figs("Le gouvernement a annoncé l'arrestation à Addis-Abeba de 73 personnes."),
            vec![(Cat::Arrested, 73)]
        );
        assert_eq!(
            figs("L'armée a annoncé l'arrestation à Butembo de quatre collaborateurs présumés."),
            vec![(Cat::Arrested, 4)]
        );
        assert_eq!(
            figs("La police a dénoncé l'enlèvement à Kaduna de 20 élèves."),
            vec![(Cat::Kidnapped, 20)]
        );
        assert_eq!(
            figs("L'opposition avance le chiffre de 46 manifestants « tués par balles »."),
            vec![(Cat::Killed, 46)]
        );
        assert_eq!(
            figs(
                "Les heurts ont suivi l'hospitalisation d'un adolescent, grièvement blessé samedi."
            ),
            vec![(Cat::Injured, 1)]
        );
        assert_eq!(
            figs("Deux Italiens travaillant pour une ONG auraient été enlevés dimanche."),
            vec![(Cat::Kidnapped, 2)]
        );
        assert_eq!(
            figs("Un chauffeur employé par un sous-traitant aurait également été tué."),
            vec![(Cat::Killed, 1)]
        );
        // A trade of the workplace names a person.
        assert_eq!(
            figs("Un saisonnier est toujours porté disparu."),
            vec![(Cat::Missing, 1)]
        );
        assert_eq!(
            figs("L'exploitant, un forain de 47 ans, a été privé de liberté."),
            vec![(Cat::Arrested, 1)]
        );
        assert_eq!(
            figs("Plus de 600 habitants ont été déclarés sinistrés."),
            vec![(Cat::Affected, 600)]
        );
        assert_eq!(
            figs("La police affirme avoir repris 38 évadés dimanche."),
            vec![(Cat::Arrested, 38)]
        );
        assert!(figs("L'armée a repris deux villages et trois collines.").is_empty());
        assert_eq!(
            figs("Onze civils, dont quatre décapités, ont été tués lors des attaques."),
            vec![(Cat::Killed, 11), (Cat::Killed, 4)]
        );
        assert_eq!(
            figs("Sept personnes, dont quatre enfants, y ont péri, emportées par les eaux."),
            vec![(Cat::Killed, 7), (Cat::Killed, 4)]
        );
    }

    /// A list's next item after "et de"; a figure corrected ("et non
    /// quatre"); "en réalité" between the auxiliary and the participle.
    #[test]
    fn lists_with_de_and_corrected_figures() {
        assert_eq!(
            figs("Le gouvernement reconnaît la mort de onze militaires et de quatre supplétifs."),
            vec![(Cat::Killed, 11), (Cat::Killed, 4)]
        );
        assert_eq!(
            figs(
                "Le bilan fait état de huit blessés graves et d'une cinquantaine de personnes choquées."
            ),
            vec![(Cat::Injured, 8)]
        );
        assert_eq!(
            figs("Cinq humanitaires, et non quatre, auraient en réalité été enlevés."),
            vec![(Cat::Kidnapped, 5)]
        );
    }

    /// Bare cases ("douze cas") after a verb of counting, in the news of an
    /// epidemic only; not after a preposition ("dans 40 cas").
    #[test]
    fn bare_cases_after_a_verb_of_counting() {
        assert_eq!(
            doc_figs(
                "Le choléra s'étend. Au Malawi, les autorités ont signalé vendredi douze cas. \
                 Le quartier de Kuwadzana compte plus de 1 300 cas."
            ),
            vec![(Cat::Affected, Some(12)), (Cat::Affected, Some(1300))]
        );
        assert!(doc_figs("La police a enregistré 300 cas l'an dernier.").is_empty());
        assert!(doc_figs("Le choléra tue. Dans 40 cas, il a été fatal.").is_empty());
        assert!(doc_figs("Le choléra s'étend : sur douze cas, trois sont graves.").is_empty());
    }

    /// An epidemic's cases told by a verb of counting, its fatal cases, its
    /// sick; an ordinal's person with an age in apposition.
    #[test]
    fn cases_the_sick_and_an_ordinals_person() {
        assert_eq!(
            figs("Au total, 2 522 cas ont été recensés depuis août, dont 1 698 mortels."),
            vec![(Cat::Affected, 2522), (Cat::Killed, 1698)]
        );
        assert_eq!(
            figs("Parmi les malades figurent 136 agents de santé."),
            vec![(Cat::Affected, 136)]
        );
        assert_eq!(
            figs("Un troisième, âgé de 17 ans, a été grièvement blessé."),
            vec![(Cat::Injured, 1)]
        );
        // "agent" alone is an officer (a person, for "un").
        assert_eq!(
            figs("Un cinquième agent, grièvement blessé, a été hospitalisé."),
            vec![(Cat::Injured, 1)]
        );
        assert_eq!(
            figs("Les gendarmes ont interpellé trois agents d'une société de sécurité."),
            vec![(Cat::Arrested, 3)]
        );
    }

    /// A toll someone is accused of is the accuser's: reported.
    #[test]
    fn an_alleged_toll_is_reported() {
        assert_eq!(
            modalities(
                "L'OLA est accusée par la Commission éthiopienne des droits de l'homme \
                 d'avoir tué quatorze civils le 29 septembre."
            ),
            vec![(14, Modality::Reported)]
        );
        assert_eq!(
            modalities("Les ADF sont accusées d'avoir tué plusieurs milliers de civils."),
            vec![(2000, Modality::Reported)]
        );
        assert_eq!(
            modalities("Trois hommes accusés de vol ont été arrêtés."),
            vec![(3, Modality::Asserted)]
        );
    }

    /// A count its own apposition doubts is uncertain, however it says so.
    #[test]
    fn a_count_its_apposition_doubts_is_uncertain() {
        assert_eq!(
            modalities(
                "Amnesty International fait état de près de 4 000 arrestations, un chiffre qui \
                 n'a pas été confirmé."
            ),
            vec![(4000, Modality::Uncertain)]
        );
        assert_eq!(
            modalities(
                "Un média local fait état de deux morts, une information qui n'a pas pu être \
                 vérifiée."
            ),
            vec![(2, Modality::Uncertain)]
        );
    }

    /// An earlier count that a later one replaced is the earlier report's;
    /// a first count told in the present is the current one.
    #[test]
    fn an_earlier_count_is_reported() {
        assert_eq!(
            modalities("Un précédent bilan faisait état de 21 morts."),
            vec![(21, Modality::Reported)]
        );
        assert_eq!(
            modalities("Le premier bilan faisait état de 20 morts."),
            vec![(20, Modality::Reported)]
        );
        // Every item of its list.
        assert_eq!(
            modalities("Le premier bilan faisait état de 20 morts et 42 blessés."),
            vec![(20, Modality::Reported), (42, Modality::Reported)]
        );
        assert_eq!(
            modalities("Un premier bilan fait état de 4 morts."),
            vec![(4, Modality::Asserted)]
        );
        assert_eq!(
            modalities("Le bilan, initialement de huit morts, s'élève à 14 morts."),
            vec![(8, Modality::Reported), (14, Modality::Asserted)]
        );
        // "Parmi les morts figurerait…": the conditional of the verb of
        // a sub-count.
        assert_eq!(
            modalities("Parmi les morts figurerait un ingénieur âgé de 57 ans."),
            vec![(1, Modality::Uncertain)]
        );
    }

    /// A count apposed to a figure that doubts it makes it uncertain,
    /// whether the figure was told on someone's word or not.
    #[test]
    fn a_count_apposed_that_doubts_it() {
        assert_eq!(
            modalities("Le séisme a fait 300 morts, un chiffre non confirmé."),
            vec![(300, Modality::Uncertain)]
        );
        assert_eq!(
            modalities(
                "Le glissement de terrain avait fait selon les autorités plus de 2 000 morts, \
                 un chiffre jamais confirmé sur le terrain."
            ),
            vec![(2000, Modality::Uncertain)]
        );
        assert_eq!(
            modalities("Le séisme a fait 300 morts, un bilan provisoire."),
            vec![(300, Modality::Asserted)]
        );
        // A relative clause right after the figure: "qui n'a pas été
        // confirmé", "que la police n'a pas confirmé"; not one of another
        // verb.
        assert_eq!(
            modalities("Un collectif avance un bilan de 45 morts, qui n'a pas été confirmé."),
            vec![(45, Modality::Uncertain)]
        );
        assert_eq!(
            modalities("Un collectif avance un bilan de 45 morts, que la police n'a pas confirmé."),
            vec![(45, Modality::Uncertain)]
        );
        assert_eq!(
            modalities("La tempête a fait quatre blessés, qui n'ont pas été hospitalisés."),
            vec![(4, Modality::Asserted)]
        );
    }

    /// A count the rest of its sentence calls false is negated.
    #[test]
    fn a_count_called_false_is_negated() {
        assert_eq!(
            modalities(
                "Un bilan de plus de 50 morts, qui circule sur les réseaux sociaux, a été \
                 qualifié de « mensonger » par le ministre."
            ),
            vec![(50, Modality::Negated)]
        );
        assert_eq!(
            modalities("Le chiffre de 200 morts a été démenti par l'armée."),
            vec![(200, Modality::Negated)]
        );
        assert_eq!(
            modalities(
                "Des médias avaient fait état de deux morts, une information démentie par la police."
            ),
            vec![(2, Modality::Negated)]
        );
        assert_eq!(
            modalities("Un bilan de 20 morts a été annoncé."),
            vec![(20, Modality::Asserted)]
        );
        // Called false or rejected before the count, its object running to
        // it; not a rejection set off by commas.
        assert_eq!(
            modalities(
                "Les talibans ont confirmé l'attaque, tout en qualifiant d'« exagérés » les bilans de plus de 50 morts."
            ),
            vec![(50, Modality::Negated)]
        );
        assert_eq!(
            modalities(
                "Le porte-parole a parlé, rejetant les informations qui faisaient état d'une trentaine de morts."
            ),
            vec![(30, Modality::Negated)]
        );
        assert_eq!(
            modalities(
                "Le ministre, rejetant toute responsabilité, a confirmé le bilan de 12 morts."
            ),
            vec![(12, Modality::Reported)]
        );
        // A relative clause or an apposition after the figure that denies
        // it; reports of a count whose sentence denies them.
        assert_eq!(
            modalities(
                "Le syndicat affirme que « plus de quarante agriculteurs » auraient été blessés \
                 par des tirs, ce que la préfecture a formellement démenti."
            ),
            vec![(40, Modality::Negated)]
        );
        assert_eq!(
            modalities(
                "L'opposition a affirmé qu'une vingtaine de personnes avaient été tuées, un \
                 chiffre rejeté par le gouvernement."
            ),
            vec![(20, Modality::Negated)]
        );
        assert_eq!(
            modalities(
                "Des messages faisant état d'une dizaine de morts ont été formellement démentis \
                 par la préfecture."
            ),
            vec![(10, Modality::Negated)]
        );
        // Not denied: "ce que" with another verb, a denial itself negated.
        assert_eq!(
            modalities("Trois policiers ont été blessés, ce que la préfecture a confirmé."),
            vec![(3, Modality::Reported)]
        );
        assert_eq!(
            modalities(
                "Des médias faisant état de deux morts, ce que la police n'a pas démenti, \
                 circulent."
            )
            .iter()
            .filter(|(_, m)| *m == Modality::Negated)
            .count(),
            0
        );
    }

    /// Sheltered away from home: displaced; not those who shelter others.
    #[test]
    fn sheltered_people_are_displaced() {
        // Put in shelter before a storm, by the authorities or told passive;
        // not a thing put away.
        assert_eq!(
            figs("Les autorités ont mis à l'abri 4 500 habitants dans des écoles."),
            vec![(Cat::Displaced, 4500)]
        );
        assert_eq!(
            figs("Quelque 3 000 personnes ont été mises à l'abri avant l'arrivée du cyclone."),
            vec![(Cat::Displaced, 3000)]
        );
        assert!(figs("Les pêcheurs ont mis à l'abri 40 bateaux.").is_empty());
        // Shelters that take people in; not a stadium its crowd.
        assert_eq!(
            figs("Les écoles transformées en abris accueillaient encore près de 40 000 personnes."),
            vec![(Cat::Displaced, 40_000)]
        );
        assert_eq!(
            figs("Les camps de la région hébergent quelque 12 000 personnes."),
            vec![(Cat::Displaced, 12_000)]
        );
        assert!(figs("Le stade accueillait 40 000 spectateurs.").is_empty());
        assert_eq!(
            figs("Environ 250 personnes ont été hébergées dans des structures d'urgence."),
            vec![(Cat::Displaced, 250)]
        );
        assert_eq!(
            figs(
                "Quelque 38 000 d'entre elles se trouvaient toujours mardi dans des centres d'hébergement."
            ),
            vec![(Cat::Displaced, 38_000)]
        );
        assert_eq!(
            figs("Près de 1 200 habitants ont été accueillis dans des écoles de la ville."),
            vec![(Cat::Displaced, 1200)]
        );
        assert_eq!(
            figs("Une soixantaine de familles sont hébergées chez des proches."),
            vec![(Cat::Displaced, 60)]
        );
        // A sub-count with a verb of its own is of that verb's kind.
        assert_eq!(
            figs(
                "La crue a fait 2 300 sinistrés, dont près de 900 ont dû être hébergés dans des sites d'accueil."
            ),
            vec![(Cat::Affected, 2300), (Cat::Displaced, 900)]
        );
        assert!(figs("Le centre peut héberger 300 personnes dans ses dortoirs.").is_empty());
        assert!(figs("L'hôtel a accueilli 40 participants dans ses salons.").is_empty());
    }

    /// "a contraint 560 000 personnes à fuir (leurs foyers)": displaced.
    #[test]
    fn forced_to_flee_their_homes() {
        assert_eq!(
            figs("Les violences ont contraint quelque 560 000 personnes à fuir leurs foyers."),
            vec![(Cat::Displaced, 560_000)]
        );
        assert!(figs("Le maire a appelé 300 habitants à fuir leurs maisons.").is_empty());
        // With no object after "fuir", the forcing verb still tells it.
        assert_eq!(
            figs("Les combats ont contraint plus de 25 000 personnes à fuir depuis janvier."),
            vec![(Cat::Displaced, 25_000)]
        );
        assert!(figs("Le maire a appelé 300 habitants à fuir.").is_empty());
        // So does its gerund.
        assert_eq!(
            figs(
                "La crue a rompu une digue, obligeant quelque 10 000 personnes à quitter leurs maisons."
            ),
            vec![(Cat::Displaced, 10_000)]
        );
        assert!(
            figs("Le maire, appelant 300 habitants à fuir leurs maisons, a démissionné.")
                .is_empty()
        );
        // Forced to leave or to evacuate their homes.
        assert_eq!(
            figs(
                "La crue a contraint quelque 3 000 habitants du quartier de Kirkissoye à quitter leur domicile."
            ),
            vec![(Cat::Displaced, 3000)]
        );
        assert_eq!(
            figs("Le feu a obligé 800 riverains à évacuer dans la nuit."),
            vec![(Cat::Displaced, 800)]
        );
        assert!(figs("La mairie a invité 200 habitants à quitter leur logement.").is_empty());
        // Fled toward a kind of place; toward or from a named one when
        // those who fled are a population, not a few suspects.
        assert_eq!(
            figs("Quelque 2 000 habitants ont dû fuir vers les collines."),
            vec![(Cat::Displaced, 2000)]
        );
        assert!(figs("Les trois suspects ont fui vers Bunia.").is_empty());
        assert_eq!(
            figs("Plus de 4 000 personnes ont fui vers Djibo depuis dimanche."),
            vec![(Cat::Displaced, 4000)]
        );
        assert_eq!(
            figs("Environ 7 500 civils ont fui Bulengo mercredi."),
            vec![(Cat::Displaced, 7500)]
        );
        // A part of a named place.
        assert_eq!(
            figs("Plus de 46 000 personnes ont fui l'est du Gezira."),
            vec![(Cat::Displaced, 46000)]
        );
        // Army communiqués: "tombés en héros".
        assert_eq!(
            figs("L'armée a salué « sept militaires tombés en héros »."),
            vec![(Cat::Killed, 7)]
        );
        assert_eq!(
            figs("Quelque 300 villageois ont fui en direction de Goma."),
            vec![(Cat::Displaced, 300)]
        );
    }

    /// "neutralisés", "éliminés": killed, when armed men are.
    #[test]
    fn military_euphemisms_for_armed_men() {
        assert_eq!(
            figs("Au moins 20 terroristes ont été neutralisés."),
            vec![(Cat::Killed, 20)]
        );
        assert_eq!(
            figs("L'aviation a permis de neutraliser une cinquantaine d'assaillants."),
            vec![(Cat::Killed, 50)]
        );
        assert_eq!(
            figs("L'armée a éliminé 12 jihadistes."),
            vec![(Cat::Killed, 12)]
        );
        // "éléments terroristes", "éléments armés": armed men.
        assert_eq!(
            figs("L'opération a « neutralisé cinq éléments terroristes »."),
            vec![(Cat::Killed, 5)]
        );
        assert!(figs("L'opération a neutralisé cinq éléments du dispositif.").is_empty());
        assert!(figs("Trois candidats ont été éliminés au premier tour.").is_empty());
        assert!(figs("Trois radars ont été neutralisés dans le Lot.").is_empty());
        assert!(figs("Elle venait d'éliminer trois tireuses françaises.").is_empty());
    }

    /// Sheltering, trapped, treated and held: "ont trouvé refuge", "se sont
    /// réfugiés" (not a country's refugees), "bloqués au fond", "ensevelis",
    /// "soignés pour des brûlures", "retenus par le gang".
    #[test]
    fn sheltered_trapped_treated_held() {
        assert_eq!(
            figs("Plus de 126 000 habitants ont trouvé refuge dans des écoles."),
            vec![(Cat::Displaced, 126_000)]
        );
        assert_eq!(
            figs("Quelque 2 000 villageois se sont réfugiés dans une église."),
            vec![(Cat::Displaced, 2000)]
        );
        assert!(figs("Le pays accueille 3 000 réfugiés syriens.").is_empty());
        // Their own homes left, or driven from them (not the scene left).
        assert_eq!(
            figs("Plus d'un million de personnes ont quitté leur foyer depuis janvier."),
            vec![(Cat::Displaced, 1_000_000)]
        );
        assert_eq!(
            figs("Plus de 10 millions de personnes ont été chassées de chez elles."),
            vec![(Cat::Displaced, 10_000_000)]
        );
        assert!(figs("Les deux suspects ont quitté les lieux à pied.").is_empty());
        // Homes, villages and farms abandoned (not a project, nor a car).
        assert_eq!(
            figs("Quelque 2 000 personnes ont abandonné leurs maisons après l'attaque."),
            vec![(Cat::Displaced, 2000)]
        );
        assert_eq!(
            figs("Plus de 3 000 habitants ont quitté leurs fermes."),
            vec![(Cat::Displaced, 3000)]
        );
        assert!(figs("Les 12 ouvriers ont abandonné leur projet.").is_empty());
        assert!(figs("Les 3 suspects ont abandonné leur véhicule.").is_empty());
        // Wherever they took refuge, and with nothing after the verb: the
        // sentence is read though no shelter follows "réfugiés".
        assert_eq!(
            figs("Plus de 550 000 Soudanais se sont réfugiés au Tchad."),
            vec![(Cat::Displaced, 550_000)]
        );
        assert_eq!(
            figs("Quelque 2 000 villageois se sont réfugiés, selon l'ONU."),
            vec![(Cat::Displaced, 2000)]
        );
        assert_eq!(
            figs("L'école a été frappée. Environ 2 000 personnes s'y abritaient."),
            vec![(Cat::Displaced, 2000)]
        );
        assert_eq!(
            figs("Le camp accueillait environ 300 civils venus chercher refuge."),
            vec![(Cat::Displaced, 300)]
        );
        assert_eq!(
            figs("Onze mineurs sont toujours bloqués au fond du puits."),
            vec![(Cat::Missing, 11)]
        );
        assert!(figs("Deux cents voyageurs sont bloqués à l'aéroport.").is_empty());
        assert_eq!(
            figs("Une quinzaine de personnes seraient prises au piège sous les gravats."),
            vec![(Cat::Missing, 15)]
        );
        assert!(figs("Deux cents touristes ont été pris au piège par la neige.").is_empty());
        assert_eq!(
            figs("Trois ouvriers sont ensevelis sous les décombres."),
            vec![(Cat::Missing, 3)]
        );
        // Half buried is found: the toll word after it tells.
        assert_eq!(
            figs("Un troisième skieur, partiellement enseveli, a été blessé."),
            vec![(Cat::Injured, 1)]
        );
        assert_eq!(
            figs("Une cinquantaine de personnes ont été soignées pour des brûlures."),
            vec![(Cat::Injured, 50)]
        );
        assert_eq!(
            figs("Les 21 marins sont toujours retenus par les pirates."),
            vec![(Cat::Kidnapped, 21)]
        );
    }

    /// An act named as a noun before its victims ("l'évacuation des
    /// quelque 9 000 étudiants"), driven from home ("ont chassé de chez eux
    /// 6 000 habitants"); animals are no victims ("deux sangliers").
    #[test]
    fn act_nouns_and_animals() {
        assert_eq!(
            figs("L'évacuation des quelque 9 000 étudiants est prévue lundi."),
            vec![(Cat::Displaced, 9000)]
        );
        assert_eq!(
            figs("La police a annoncé l'arrestation des 12 militants."),
            vec![(Cat::Arrested, 12)]
        );
        assert_eq!(
            figs("Les gangs ont chassé de chez eux quelque 6 000 habitants."),
            vec![(Cat::Displaced, 6000)]
        );
        assert!(figs("Le chasseur a tué deux sangliers.").is_empty());
        assert!(figs("Quatre rhinocéros ont été tués par des braconniers.").is_empty());
    }

    /// The subject's complement may hold an article ("passagers d'un
    /// autobus"); "le sort de N …" states a count, as "état de" does.
    #[test]
    fn articles_in_complements_and_the_fate_of() {
        assert_eq!(
            figs("Dix-sept passagers d'un autobus ont été enlevés."),
            vec![(Cat::Kidnapped, 17)]
        );
        assert_eq!(
            figs("Deux employés d'une ONG locale ont été enlevés le 3 novembre."),
            vec![(Cat::Kidnapped, 2)]
        );
        assert_eq!(
            figs("Amnesty s'inquiète du sort de trois militants du mouvement, enlevés lundi soir."),
            vec![(Cat::Kidnapped, 3)]
        );
        assert!(figs("Le père de six enfants, hospitalisé, va mieux.").is_empty());
        // Stated where it was said: the medium comes between.
        assert_eq!(
            figs(
                "Des habitants ont fait état sur les réseaux sociaux de quatre détenus abattus par des gardiens."
            ),
            vec![(Cat::Killed, 4)]
        );
        assert_eq!(
            figs("Les rebelles parlent à la radio de trois soldats capturés."),
            vec![(Cat::Kidnapped, 3)]
        );
        assert!(figs("Il a parlé à la mère de deux enfants blessés.").is_empty());
    }

    /// "contre N la veille": the same toll at another time, compared.
    #[test]
    fn a_toll_compared_with_another_time() {
        assert_eq!(
            figs("Au total, 386 personnes ont été interpellées, contre 471 la nuit précédente."),
            vec![(Cat::Arrested, 386), (Cat::Arrested, 471)]
        );
        assert_eq!(
            figs("On compte 12 blessés, contre 30 la veille."),
            vec![(Cat::Injured, 12), (Cat::Injured, 30)]
        );
        // A count announced on a date: "contre 90 annoncées le 3 mai", "au
        // matin du 1er janvier".
        assert_eq!(
            figs("Au total, 140 personnes ont été interpellées, contre 90 annoncées le 3 mai."),
            vec![(Cat::Arrested, 140), (Cat::Arrested, 90)]
        );
        assert_eq!(
            figs(
                "Au total, 140 personnes ont été interpellées, contre 90 annoncées au soir du 2 \
                 juin par la préfecture."
            ),
            vec![(Cat::Arrested, 140), (Cat::Arrested, 90)]
        );
        assert_eq!(
            figs(
                "Depuis janvier, 21 personnes ont été tuées sur les routes, contre 17 à la même période de l'an dernier."
            ),
            vec![(Cat::Killed, 21), (Cat::Killed, 17)]
        );
        // After a longer clause, its source and its own years; the whole
        // year, or a count announced before.
        assert_eq!(
            figs(
                "Depuis le 1er janvier, 38 personnes ont été tuées dans des règlements de comptes en 2023, selon un décompte de l'AFP, contre 32 sur l'ensemble de l'année 2022."
            ),
            vec![(Cat::Killed, 38), (Cat::Killed, 32)]
        );
        assert_eq!(
            figs(
                "Au moins 27 personnes ont été tuées lors d'actes de vindicte populaire en 2020 à Madagascar, contre une cinquantaine l'année précédente."
            ),
            vec![(Cat::Killed, 27), (Cat::Killed, 50)]
        );
        assert_eq!(
            figs("Le bilan fait désormais état de 1 482 morts, contre 2 445 annoncés la veille."),
            vec![(Cat::Killed, 1482), (Cat::Killed, 2445)]
        );
        // A season or a period, a count first announced.
        assert_eq!(
            figs(
                "Onze personnes se sont noyées depuis juin, contre sept sur l'ensemble de l'été 2019."
            ),
            vec![(Cat::Killed, 11), (Cat::Killed, 7)]
        );
        assert_eq!(
            figs("Le bilan est de trois morts, contre deux annoncés dans un premier temps."),
            vec![(Cat::Killed, 3), (Cat::Killed, 2)]
        );
        assert_eq!(
            figs("On dénombre 40 blessés, contre 25 initialement annoncés."),
            vec![(Cat::Injured, 40), (Cat::Injured, 25)]
        );
        // Not another clause's number, nor a comparison of no time.
        assert_eq!(
            figs(
                "Trois policiers ont été blessés lors de heurts qui ont opposé 300 jeunes aux forces de l'ordre, contre 500 l'an dernier."
            ),
            vec![(Cat::Injured, 3)]
        );
        assert_eq!(
            figs("Deux personnes ont été tuées dans la région, selon la police, contre 12 jeunes."),
            vec![(Cat::Killed, 2)]
        );
        // The same toll by another source; the rest of a toll told by place.
        assert_eq!(
            figs("Les émeutes avaient fait 16 morts selon les autorités, 23 selon Amnesty."),
            vec![(Cat::Killed, 16), (Cat::Killed, 23)]
        );
        assert_eq!(
            figs("Deux morts selon la police, dix selon les organisateurs."),
            vec![(Cat::Killed, 2), (Cat::Killed, 10)]
        );
        assert_eq!(
            figs("Onze suspects ont été interpellés à Anvers, quatre autres à Rotterdam."),
            vec![(Cat::Arrested, 11), (Cat::Arrested, 4)]
        );
        // Others of the people counted may be affected; others of things not.
        assert_eq!(
            figs("Deux personnes sont mortes et des milliers d'autres ont été touchées."),
            vec![(Cat::Killed, 2), (Cat::Affected, 2000)]
        );
        assert!(figs("Deux maisons ont été détruites et 30 autres ont été touchées.").is_empty());
        // Sheltered in a number of places.
        assert_eq!(
            figs("Près de 3 000 personnes ont été hébergées dans une cinquantaine de camps."),
            vec![(Cat::Displaced, 3000)]
        );
        // Without a time, "contre" opposes, it does not compare.
        assert_eq!(
            figs("Douze policiers ont été blessés contre 30 manifestants."),
            vec![(Cat::Injured, 12)]
        );
    }

    /// The held: "retiennent par ailleurs les 21 membres d'équipage",
    /// "restaient aux mains des ravisseurs"; "restent à l'hôpital" are hurt.
    #[test]
    fn hostages_still_held() {
        assert_eq!(
            figs("Les Houthis retiennent par ailleurs les 21 membres d'équipage d'un cargo."),
            vec![(Cat::Kidnapped, 21)]
        );
        assert_eq!(
            figs(
                "Il a indiqué que 27 élèves, âgés de 10 à 16 ans, restaient aux mains des ravisseurs."
            ),
            vec![(Cat::Kidnapped, 27)]
        );
        assert_eq!(
            figs("L'ELN retiendrait en outre une dizaine de personnes."),
            vec![(Cat::Kidnapped, 10)]
        );
        // "détient" by captors, not by the police.
        assert_eq!(
            figs("La guérilla, fondée en 1964, détient encore au moins 30 personnes."),
            vec![(Cat::Kidnapped, 30)]
        );
        assert!(figs("La police détient trois suspects.").is_empty());
        // (Held in hospital: hurt, not hostages.)
        assert_eq!(
            figs("Trois personnes restent à l'hôpital."),
            vec![(Cat::Injured, 3)]
        );
    }

    /// A future passive is a toll to come: "seront évacués", "devront
    /// être évacués", "doivent être relogées".
    #[test]
    fn future_passives() {
        for text in [
            "Quelque 1 500 habitants seront évacués mardi.",
            "Quelque 1 500 résidents devront être évacués.",
            "Quelque 1 500 personnes doivent être relogées.",
        ] {
            assert_eq!(figs(text), vec![(Cat::Displaced, 1500)], "{text}");
            let doc = Document::parse(text);
            assert_eq!(extract(&doc)[0].modality, Modality::Future, "{text}");
        }
    }

    /// Words between an act and its victims: a closing quote ("« neutralisé »
    /// 15 bandits"), a deadline ("d'évacuer d'ici lundi 4 500 habitants",
    /// planned: future).
    #[test]
    fn quotes_and_deadlines_between_act_and_victims() {
        assert_eq!(
            figs("L'armée a annoncé avoir « neutralisé » 15 bandits lors d'une opération."),
            vec![(Cat::Killed, 15)]
        );
        let text = "Les autorités prévoient d'évacuer d'ici lundi quelque 4 500 habitants.";
        assert_eq!(figs(text), vec![(Cat::Displaced, 4500)]);
        assert_eq!(
            extract(&Document::parse(text))[0].modality,
            Modality::Future
        );
    }

    /// "dont une grièvement": a one-word sub-count with its severity.
    #[test]
    fn one_word_sub_counts_with_a_severity() {
        assert_eq!(
            figs("Deux personnes ont été blessées, dont une grièvement, dans la nuit."),
            vec![(Cat::Injured, 2), (Cat::Injured, 1)]
        );
        assert_eq!(
            figs("On compte cinq blessés, dont un grave."),
            vec![(Cat::Injured, 5), (Cat::Injured, 1)]
        );
        // Without a severity, "dont une" needs its noun.
        assert_eq!(
            figs("On compte cinq blessés, dont une à Lyon."),
            vec![(Cat::Injured, 5)]
        );
    }

    /// Households are the unit of counts of the displaced and of those a
    /// disaster struck ("sinistrées"), of no other toll.
    #[test]
    fn households_displaced() {
        assert_eq!(
            figs("Environ 1 200 familles ont fui les villages riverains."),
            vec![(Cat::Displaced, 1200)]
        );
        assert_eq!(
            figs("Quelque 300 ménages ont été évacués."),
            vec![(Cat::Displaced, 300)]
        );
        assert_eq!(
            figs("Plus de 4 000 familles ont été sinistrées par les inondations."),
            vec![(Cat::Affected, 4000)]
        );
        assert!(figs("Trois familles ont été endeuillées.").is_empty());
        assert!(figs("Trois familles ont été tuées.").is_empty());
        assert!(figs("Plus de deux cents familles touchées par le drame sont venues.").is_empty());
        assert!(figs("Mardi, 62 000 foyers étaient toujours touchés.").is_empty());
    }

    /// "ont dû être évacués": a modal before the passive is the aux's.
    #[test]
    fn a_modal_before_the_passive() {
        assert_eq!(
            figs("Des milliers d'habitants ont dû être évacués."),
            vec![(Cat::Displaced, 2000)]
        );
    }

    /// A source that doubts itself makes its figure uncertain.
    #[test]
    fn a_doubtful_source_is_uncertain() {
        assert_eq!(
            modalities("L'attaque a fait une vingtaine de morts, selon un bilan non confirmé."),
            vec![(20, Modality::Uncertain)]
        );
        assert_eq!(
            modalities("L'attaque a fait une vingtaine de morts, selon un bilan officiel."),
            vec![(20, Modality::Reported)]
        );
        // Doubted by the next sentence, through a demonstrative.
        assert_eq!(
            modalities(
                "Le groupe affirme avoir tué 51 soldats et en avoir blessé six. Ces chiffres \
                 n'ont pas pu être vérifiés de manière indépendante."
            ),
            vec![(51, Modality::Uncertain), (6, Modality::Uncertain)]
        );
        assert_eq!(
            modalities(
                "Seize corps ont été retrouvés. Ce bilan n'a pas été confirmé par les autorités."
            ),
            vec![(16, Modality::Uncertain)]
        );
        // Who could not check them, then the demonstrative; a relative
        // "qui n'a pu être vérifié" after the figure.
        assert_eq!(
            modalities(
                "La frappe a tué 68 personnes, selon Al-Massirah. Reuters n'a pas été en mesure \
                 de vérifier ces informations."
            ),
            vec![(68, Modality::Uncertain)]
        );
        assert_eq!(
            modalities(
                "Le gouvernement a évoqué plus de 400 morts, un chiffre qui n'a pu être vérifié."
            ),
            vec![(400, Modality::Uncertain)]
        );
        // Not one waved away, nor a sentence of another subject, nor the
        // next paragraph.
        for t in [
            "Le ministère recense 42 603 morts. Ces chiffres, invérifiables de source \
             indépendante, sont jugés fiables par l'ONU.",
            "Seize corps ont été retrouvés. Le nombre de disparus n'a pas été confirmé.",
            "Seize corps ont été retrouvés.\n\nCe bilan n'a pas été confirmé par les autorités.",
        ] {
            let m = modalities(t);
            assert!(!m.is_empty() && m[0].1 != Modality::Uncertain, "{t}");
        }
    }

    /// "N X, dont M Y, ont été tués": the figure is N, with M a part of it.
    #[test]
    fn a_figure_with_a_breakdown_between_commas() {
        assert_eq!(
            figs("Onze personnes, dont trois enfants, ont été tuées samedi."),
            vec![(Cat::Killed, 11), (Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Cinq personnes, parmi lesquelles un mineur, ont été placées en garde à vue."),
            vec![(Cat::Arrested, 5), (Cat::Arrested, 1)]
        );
        // Without the closing comma the verb is the part's own.
        assert_eq!(
            figs("Sur 600 participants, dont 59 sont morts, la plupart sont rentrés."),
            vec![(Cat::Killed, 59)]
        );
    }

    /// A toll over a long span ("depuis 2009", "depuis le début du
    /// mouvement", a war's toll) is cumulative; the toll of one event is not.
    #[test]
    fn cumulative_tolls() {
        let cum = |t: &str| -> Vec<(u64, bool)> {
            extract(&Document::parse(t))
                .iter()
                .map(|f| (f.count.unwrap(), f.cumulative))
                .collect()
        };
        assert_eq!(
            cum("L'attaque a fait 12 morts. Le conflit a fait plus de 20 000 morts."),
            vec![(12, false), (20_000, true)]
        );
        assert_eq!(
            cum("Depuis le début du mouvement, 9 personnes sont mortes."),
            vec![(9, true)]
        );
        // Since the end or the start of a year.
        assert_eq!(
            cum("Les violences ont fait plus de 600 morts depuis fin 2017."),
            vec![(600, true)]
        );
        // A span opening the sentence, however long the subject after it.
        assert_eq!(
            cum(
                "Depuis fin 2016, le conflit qui oppose les forces de défense aux groupes armés séparatistes dans les régions anglophones du Nord-Ouest et du Sud-Ouest a fait plus de 3 500 morts."
            ),
            vec![(3500, true)]
        );
        // (Not a figure with a day of its own: "Depuis 2015, …, mais
        // l'attaque de lundi a fait 12 morts".)
        assert_eq!(
            cum(
                "Depuis 2015, la région est le théâtre de violences entre groupes armés rivaux, et l'attaque de lundi contre le marché de la ville a fait 12 morts."
            ),
            vec![(12, false)]
        );
        // "Depuis," alone: since the start told before; not with a day of
        // the figure's own.
        assert_eq!(
            cum("Depuis, au moins 378 civils ont été tués dans les combats."),
            vec![(378, true)]
        );
        assert_eq!(
            cum("Depuis, l'attaque de lundi a fait 12 morts."),
            vec![(12, false)]
        );
        // Since an event of a year, or since a coup.
        assert_eq!(
            cum("Plus de 3 200 civils ont été tués depuis le coup d'Etat de février 2021."),
            vec![(3200, true)]
        );
        assert_eq!(
            cum("Près de 400 personnes ont été tuées depuis le coup d'Etat."),
            vec![(400, true)]
        );
        // Not the span of a superlative, unless the figure is the time
        // compared's; a bound "plus de" is no superlative.
        assert_eq!(
            cum(
                "La rivière a atteint son plus haut niveau depuis 2019, forçant l'évacuation d'environ 900 personnes."
            ),
            vec![(900, false)]
        );
        assert_eq!(
            cum(
                "C'est la semaine la plus meurtrière depuis avril 2015, lorsque plus de 800 personnes avaient disparu."
            ),
            vec![(800, true)]
        );
        // Not a span before a month of the figure's own, beyond the span's
        // clause; a month of the span's start keeps it.
        assert_eq!(
            cum(
                "Le passage, équipé de barrières depuis 2016, avait été le théâtre d'une collision en novembre 2018, qui avait fait un blessé."
            ),
            vec![(1, false)]
        );
        assert_eq!(
            cum(
                "Depuis le début du conflit en décembre 2013, au moins 100 humanitaires ont perdu la vie."
            ),
            vec![(100, true)]
        );
        assert_eq!(
            cum("Plus de 3 500 personnes ont été tuées depuis 2019 dans le pays."),
            vec![(3500, true)]
        );
        assert_eq!(
            cum(
                "La guerre civile, qui a tué environ 400 000 personnes, entre dans sa dixième année."
            ),
            vec![(400_000, true)]
        );
        assert_eq!(
            cum("Depuis fin avril, plus de 400 civils ont péri."),
            vec![(400, true)]
        );
        assert_eq!(
            cum("Depuis mardi, 40 personnes ont été arrêtées."),
            vec![(40, false)]
        );
        assert_eq!(
            cum("Dans cette région en proie à une rébellion, deux policiers ont été tués."),
            vec![(2, false)]
        );
    }

    /// A count stated after "fait mention de", "parlent de", "fait état
    /// de" is the figure; the complement of another noun is not.
    #[test]
    fn counts_stated_with_de() {
        assert_eq!(
            figs("La commission fait mention de neuf journalistes morts."),
            vec![(Cat::Killed, 9)]
        );
        assert_eq!(
            figs("Les autorités parlent de trois civils tués."),
            vec![(Cat::Killed, 3)]
        );
        assert!(figs("Le père de six enfants, blessé, a été hospitalisé.").is_empty());
    }

    /// A state of the wounded is an injured figure, serious; a sub-count
    /// belongs to a figure at least as large.
    #[test]
    fn states_of_the_wounded() {
        let f = sentence_figures("Sur les dix blessés, cinq sont dans un état critique.");
        assert_eq!(f.len(), 2);
        assert_eq!((f[1].cat, f[1].count), (Cat::Injured, 5));
        assert_eq!(f[1].severity, Some(Severity::Serious));
        assert_eq!(
            figs("Quatre d'entre eux sont en urgence absolue."),
            vec![(Cat::Injured, 4)]
        );
        // Taken in care in such a state; not taken in care alone.
        let f = sentence_figures("Quatre personnes ont été prises en charge en urgence absolue.");
        assert_eq!((f[0].cat, f[0].count), (Cat::Injured, 4));
        assert_eq!(f[0].severity, Some(Severity::Serious));
        assert!(figs("Quatre personnes ont été prises en charge par les secours.").is_empty());
        // Cared for a wound named after "pour"; not for a shock.
        assert_eq!(
            figs("Quatre plongeurs ont été pris en charge pour des accidents de décompression."),
            vec![(Cat::Injured, 4)]
        );
        assert!(
            figs("Vingt témoins ont été pris en charge pour un choc psychologique.").is_empty()
        );
        assert_eq!(
            figs("Un manifestant est dans le coma."),
            vec![(Cat::Injured, 1)]
        );
        // In intensive care: a state of its own, serious.
        let f = sentence_figures("Onze patients se trouvaient toujours en réanimation lundi.");
        assert_eq!((f[0].cat, f[0].count), (Cat::Injured, 11));
        assert_eq!(f[0].severity, Some(Severity::Serious));
        assert!(figs("Le service de réanimation compte douze lits.").is_empty());
        assert!(figs("Le pays est dans un état critique depuis trois ans.").is_empty());
        // The main verb after an apposition is not a state.
        let f = sentence_figures(
            "Un homme, blessé au thorax, a été transporté à l'hôpital dans un état grave.",
        );
        assert_eq!((f.len(), f[0].cat), (1, Cat::Injured));
        // "dont 23" is of the 207, not of the one in the coma: no severity.
        let f = sentence_figures(
            "Il y a eu 207 blessés (un manifestant est dans le coma) dont 23 policiers.",
        );
        assert_eq!(f.len(), 3);
        assert_eq!((f[2].count, f[2].severity), (23, None));
    }

    /// Places ranked after the one a figure counts ("devant celles de
    /// Zinder (52) et de Tahoua (40)") take its category; not without a
    /// ranking word, nor with a part larger than the figure.
    #[test]
    fn places_ranked_in_brackets_after_a_figure() {
        let ranked = "La région de Maradi est la plus touchée avec 81 morts, devant celles \
                      de Zinder (52) et de Tahoua (40).";
        assert_eq!(
            doc_figs(ranked),
            vec![
                (Cat::Killed, Some(81)),
                (Cat::Killed, Some(52)),
                (Cat::Killed, Some(40))
            ]
        );
        let suivie = "Le Kunar compte 1 390 blessés, suivi de Nangarhar (52) et Laghman (15).";
        assert_eq!(
            doc_figs(suivie),
            vec![
                (Cat::Injured, Some(1390)),
                (Cat::Injured, Some(52)),
                (Cat::Injured, Some(15))
            ]
        );
        let larger = ranked.replace("81 morts", "41 morts");
        assert_eq!(doc_figs(&larger), vec![(Cat::Killed, Some(41))]);
        let unranked =
            "L'accident a fait 81 morts. Les secours venaient de Zinder (52) et de Tahoua (40).";
        assert_eq!(doc_figs(unranked), vec![(Cat::Killed, Some(81))]);
    }

    /// A toll broken down place by place in brackets, the parts adding up
    /// to a figure of the sentence or of one a few sentences before;
    /// brackets that add up to no toll (départements' numbers) are none.
    #[test]
    fn a_toll_broken_down_in_brackets_by_place() {
        assert_eq!(
            doc_figs(
                "Les incendies ont fait vingt-six morts. Les victimes ont été enregistrées \
                 dans les wilayas de Béjaïa (11), Tizi Ouzou (7), Jijel (4), Bouira (3) et Sétif (1)."
            ),
            vec![
                (Cat::Killed, Some(26)),
                (Cat::Killed, Some(11)),
                (Cat::Killed, Some(7)),
                (Cat::Killed, Some(4)),
                (Cat::Killed, Some(3)),
                (Cat::Killed, Some(1)),
            ]
        );
        assert_eq!(
            doc_figs(
                "Le cyclone a fait dix-neuf morts. Le précédent bilan faisait état de onze morts. \
                 La plupart ont péri sous les décombres. On en déplore dans le district de Mananjary \
                 (neuf), dans celui de Manakara (six) et à Farafangana (quatre)."
            )
            .len(),
            5
        );
        assert_eq!(
            doc_figs("Trois hommes ont été blessés. Ils habitent Aubagne (13) et Toulon (83)."),
            vec![(Cat::Injured, Some(3))]
        );
    }

    /// A breakdown that names its toll ("Parmi les corps identifiés :",
    /// "les victimes sont") divides the last figure of that toll, a
    /// sentence or two before; "Parmi les morts figurent … un policier
    /// atteint d'une balle": a wound told of the dead is how they died.
    #[test]
    fn breakdowns_that_name_their_toll() {
        assert_eq!(
            doc_figs(
                "Le bilan est de 43 morts et une soixantaine de disparus. Le bateau transportait \
                 120 passagers. Parmi les corps identifiés : vingt-neuf femmes, neuf hommes et cinq enfants."
            ),
            vec![
                (Cat::Killed, Some(43)),
                (Cat::Missing, Some(60)),
                (Cat::Killed, Some(29)),
                (Cat::Killed, Some(9)),
                (Cat::Killed, Some(5)),
            ]
        );
        assert_eq!(
            doc_figs(
                "Au moins douze personnes ont péri. Selon les secours, les victimes sont neuf \
                 Indonésiens, deux Australiens et une Française."
            ),
            vec![
                (Cat::Killed, Some(12)),
                (Cat::Killed, Some(9)),
                (Cat::Killed, Some(2)),
                (Cat::Killed, Some(1)),
            ]
        );
        assert_eq!(
            doc_figs(
                "Dix-huit personnes ont été tuées. Parmi les morts figurent seize suspects, un \
                 policier atteint d'une balle à la tête et une habitante touchée par une balle perdue."
            )
            .iter()
            .filter(|f| f.0 == Cat::Injured)
            .count(),
            0
        );
    }

    /// The fallen of a war's phrases and the martyrs of official
    /// communiqués are the killed: "tombés les armes à la main", "tombé
    /// sous les balles", "une quinzaine de martyrs"; a place named after
    /// martyrs is no toll.
    #[test]
    fn fallen_and_martyrs() {
        assert_eq!(
            figs("Dix-huit soldats sont tombés les armes à la main lors des combats."),
            vec![(Cat::Killed, 18)]
        );
        assert_eq!(
            figs("Trois policiers sont tombés sous les balles des assaillants."),
            vec![(Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Le ministère a évoqué une quinzaine de martyrs."),
            vec![(Cat::Killed, 15)]
        );
        assert!(figs("Ils se sont rassemblés place des Martyrs, à 2 heures.").is_empty());
        assert!(figs("Deux joueurs sont tombés sur le terrain.").is_empty());
    }

    /// A toll told town by town after "le bilan … :" counts each town; a
    /// colon after a space ends the toll's noun too.
    #[test]
    fn tolls_town_by_town() {
        assert_eq!(
            figs(
                "Le dernier bilan de morts devient ainsi : six à Trèbes, trois à Villegailhenc, deux à Villalier."
            ),
            vec![(Cat::Killed, 6), (Cat::Killed, 3), (Cat::Killed, 2)]
        );
        assert_eq!(
            figs("L'attentat a fait 20 morts, 12 à Paris et 8 à Lyon.").len(),
            3
        );
        assert!(figs("Il a marqué 3 buts, 2 à Paris et 1 à Lyon.").is_empty());
        // The same toll in another place, compared: "61 morts, contre 33 à
        // Bajura".
        assert_eq!(
            figs("Bajhang est le plus touché avec 61 morts, contre 33 à Bajura."),
            vec![(Cat::Killed, 61), (Cat::Killed, 33)]
        );
        assert!(figs("Il a marqué 3 buts, contre 2 à Lyon.").is_empty());
        // A place named by its kind, or by "celui de" after one.
        assert_eq!(
            figs("52 personnes ont péri dans le district de Bajhang et 19 dans celui de Bajura.")
                .len(),
            2
        );
        assert_eq!(
            figs("Dix-neuf personnes ont été tuées à Mamuju et quinze dans le district voisin de Majene.")
                .len(),
            2
        );
        // (Not a thing counted there: "deux dans celui de Paris" needs a toll before.)
        assert!(
            figs("Il a marqué 3 buts dans le stade de Lens et 2 dans celui de Lille.").is_empty()
        );
    }

    /// The victims as the subject of a relative ("qui ont été tuées"), a
    /// participle coordinated before the toll word ("choquées ou
    /// blessées"), a toll word in quotation marks.
    #[test]
    fn relatives_coordinations_and_quotes() {
        assert_eq!(
            figs("On déplore quatre personnes qui ont été tuées."),
            vec![(Cat::Killed, 4)]
        );
        assert_eq!(
            figs("Quatre manifestants, qui ont été blessés, sont à l'hôpital."),
            vec![(Cat::Injured, 4)]
        );
        assert_eq!(
            figs("Six autres ont été choquées ou blessées lors de bousculades."),
            vec![(Cat::Injured, 6)]
        );
        assert_eq!(
            figs("Parmi eux, une cinquantaine ont été « légèrement blessées »."),
            vec![(Cat::Injured, 50)]
        );
        // The object of an active toll verb is its victims, not the subject
        // of the passive after it.
        assert_eq!(
            figs("Deux hommes qui ont tué trois personnes ont été arrêtés."),
            vec![(Cat::Killed, 3)]
        );
        // The killers' relative is active: they are no toll, their victim is.
        assert_eq!(
            figs("Deux hommes qui ont tué un policier sont recherchés."),
            vec![(Cat::Killed, 1)]
        );
        // A pronoun after a preposition closes the relative ("avec eux"),
        // and the verb after the comma is the figure's.
        assert_eq!(
            figs("Deux autres, qui tentaient de fuir avec eux, ont été abattus."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("Trois autres, qui se trouvaient chez elles, ont été blessées."),
            vec![(Cat::Injured, 3)]
        );
        assert_eq!(
            figs("Deux d'entre eux ont été tués et les trois autres, eux, ont été blessés."),
            vec![(Cat::Killed, 2), (Cat::Injured, 3)]
        );
    }

    /// Victims named by a people invariable in French, by their kin, or
    /// killed by a verb with its adverb.
    #[test]
    fn peoples_kin_and_adverbs() {
        assert_eq!(
            figs("Plusieurs milliers de Tutsi réfugiés avaient été tués le 17 avril 1994."),
            vec![(Cat::Killed, 2000)]
        );
        assert_eq!(figs("Trente Hutu ont été tués."), vec![(Cat::Killed, 30)]);
        // Or by their faith.
        assert_eq!(
            figs("Quelque 30 000 bouddhistes et hindous ont en outre été déplacés."),
            vec![(Cat::Displaced, 30000)]
        );
        assert_eq!(
            figs("Vingt-huit coptes ont été tués."),
            vec![(Cat::Killed, 28)]
        );
        // (Not the faith of a place: "trois villages chiites ont été touchés".)
        assert!(figs("Trois villages chiites ont été touchés.").is_empty());
        assert_eq!(
            figs("Un cultivateur, qui dit avoir perdu sept membres de sa famille, témoigne."),
            vec![(Cat::Killed, 7)]
        );
        assert!(figs("L'équipe dit avoir perdu trois matchs.").is_empty());
        // Kin lost: "deux cousins", "deux petits-fils".
        assert_eq!(
            figs("Un habitant, qui a perdu deux cousins dans l'attaque, témoigne."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("Moussa, qui a perdu deux petits-fils dans l'attaque, accuse l'armée."),
            vec![(Cat::Killed, 2)]
        );
        assert!(figs("Elle a perdu deux dents dans la chute.").is_empty());
        // Their own side's: "quatre des leurs" (not "deux de leurs
        // véhicules").
        assert_eq!(
            figs("Les rebelles ont perdu quatre des leurs dans les combats."),
            vec![(Cat::Killed, 4)]
        );
        assert!(figs("Les rebelles ont perdu deux de leurs véhicules.").is_empty());
        // Not saved, not revived: dead (a negation that tells the toll).
        assert_eq!(
            modalities("Deux de ses enfants, âgés de 4 et 7 ans, n'ont pas pu être sauvés."),
            [(2, Modality::Asserted)]
        );
        assert_eq!(
            figs("Deux ouvriers n'ont pu être réanimés par les secours."),
            vec![(Cat::Killed, 2)]
        );
        assert!(figs("Trois enfants ont pu être sauvés.").is_empty());
        // A headline's present.
        assert_eq!(
            figs("Landes : un adolescent se noie à Mimizan"),
            vec![(Cat::Killed, 1)]
        );
        // The noun of the loss: of people only.
        assert_eq!(
            figs("Le porte-parole a reconnu la perte de quatre militaires."),
            vec![(Cat::Killed, 4)]
        );
        assert!(figs("Le groupe a annoncé la perte de 2 000 emplois.").is_empty());
        assert_eq!(
            figs("L'armée aurait exécuté sommairement au moins 56 civils."),
            vec![(Cat::Killed, 56)]
        );
    }

    /// A later item of a list of sub-counts whose first has no number.
    #[test]
    fn later_items_of_sub_counts() {
        assert_eq!(
            figs(
                "La police a arrêté trois personnes, dont le propriétaire du bâtiment, Ramesh Patil, 47 ans, et deux ingénieurs de la municipalité."
            ),
            vec![(Cat::Arrested, 3), (Cat::Arrested, 2)]
        );
        assert_eq!(
            figs(
                "Les secours ont identifié douze victimes, parmi lesquelles le chauffeur et deux ressortissants guatémaltèques."
            ),
            vec![(Cat::Killed, 12), (Cat::Killed, 2)]
        );
        assert_eq!(
            figs(
                "Trois personnes ont été arrêtées, dont le maire, et deux voitures ont été saisies."
            ),
            vec![(Cat::Arrested, 3)]
        );
    }

    /// A list of stated figures, however long: "fait état de 22 morts, de
    /// 14 blessés et de 47 terroristes neutralisés".
    #[test]
    fn long_lists_of_stated_figures() {
        assert_eq!(
            counts(
                "L'armée fait état de « 22 morts dans nos rangs », de 14 blessés et de « 47 terroristes neutralisés »."
            ),
            vec![22, 14, 47]
        );
        assert_eq!(
            figs("L'armée fait état de 22 morts, de 14 blessés et de 47 terroristes neutralisés."),
            vec![(Cat::Killed, 22), (Cat::Injured, 14), (Cat::Killed, 47)]
        );
        assert_eq!(
            figs(
                "La police a fait état de neuf civils tués, dont deux agents de sécurité de l'hôtel, ainsi que de trois soldats morts pendant l'assaut."
            ),
            vec![(Cat::Killed, 9), (Cat::Killed, 2), (Cat::Killed, 3)]
        );
        // A relative clause of the first item, with no number, between it
        // and the connector.
        assert_eq!(
            figs(
                "Le ministère a fait état d'un seul décès, « dont les circonstances restent à établir », ainsi que de sept agents blessés."
            ),
            vec![(Cat::Killed, 1), (Cat::Injured, 7)]
        );
        assert_eq!(
            figs(
                "La préfecture a fait état de deux morts, qui circulaient à moto, et de cinq blessés légers."
            ),
            vec![(Cat::Killed, 2), (Cat::Injured, 5)]
        );
        // But the connector after a clause that is no item's stays unread:
        // "le juge parle de l'accusé, qui nie, et de six témoins".
        assert_eq!(
            figs("Le juge a parlé de l'accusé, qui nie les faits, et de six témoins entendus."),
            vec![]
        );
        // A complement is still no subject: "père de six enfants".
        assert_eq!(
            figs("Un homme, père de six enfants, a été blessé."),
            vec![(Cat::Injured, 1)]
        );
    }

    /// "au nombre de N" counts a subject in apposition: the verb after
    /// the comma that closes it is its toll.
    #[test]
    fn counted_in_apposition() {
        assert_eq!(
            figs("Tous les assaillants, au nombre de six selon la police, ont été tués."),
            vec![(Cat::Killed, 6)]
        );
        assert!(figs("Les manifestants, au nombre de 300, ont défilé dans le calme.").is_empty());
    }

    /// A charge that a hearing is held for is no toll of the judge's.
    #[test]
    fn a_hearing_for_a_charge() {
        assert!(
            figs("Il devait être présenté à un juge d'instruction en vue d'une mise en examen.")
                .is_empty()
        );
    }

    /// A day between the act's noun and its victims.
    #[test]
    fn a_day_between_the_act_and_its_victims() {
        assert_eq!(
            figs("Le CTS a annoncé l'arrestation mercredi à l'aube de quatre suspects."),
            vec![(Cat::Arrested, 4)]
        );
        assert_eq!(
            figs("La police a confirmé l'enlèvement samedi soir de six élèves."),
            vec![(Cat::Kidnapped, 6)]
        );
    }

    /// People still sought after a disaster are missing; suspects still
    /// sought are not.
    #[test]
    fn still_sought() {
        assert_eq!(
            figs("Vingt-neuf personnes ont été secourues et six sont toujours recherchées."),
            vec![(Cat::Missing, 6)]
        );
        assert_eq!(
            figs("Deux pêcheurs sont encore activement recherchés au large."),
            vec![(Cat::Missing, 2)]
        );
        assert!(figs("Cinq suspects sont toujours recherchés.").is_empty());

        assert!(
            figs(
                "Un sixième jeune, soupçonné d'avoir frappé, était toujours activement recherché."
            )
            .is_empty()
        );
        assert!(figs("Deux des assaillants sont toujours recherchés par la police.").is_empty());
    }

    /// A toll split by where the victims died: each part is a figure of
    /// the toll's category.
    #[test]
    fn split_by_where_they_died() {
        assert_eq!(
            figs("Huit des victimes sont mortes sur place, les trois autres à l'hôpital."),
            vec![(Cat::Killed, 8), (Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Quatre soldats ont été tués, deux sur le coup, deux lors de leur transfert."),
            vec![(Cat::Killed, 4), (Cat::Killed, 2), (Cat::Killed, 2)]
        );
        // Not a place where they died: no figure.
        assert_eq!(
            figs("Deux hommes ont été blessés, les trois autres à l'arrière du car sont indemnes."),
            vec![(Cat::Injured, 2)]
        );
    }

    /// People knocked down by a vehicle are injured; a sub-count may open
    /// with "incluant" or "y compris".
    #[test]
    fn knocked_down_and_included() {
        assert_eq!(
            figs("Six militaires ont été renversés par une voiture à Levallois."),
            vec![(Cat::Injured, 6)]
        );
        assert!(figs("Trois véhicules ont été renversés par le vent.").is_empty());
        assert_eq!(
            figs("Un motard de 19 ans a été mortellement fauché par un poids lourd."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Deux piétons ont été fauchés par un chauffard."),
            vec![(Cat::Injured, 2)]
        );
        assert_eq!(
            figs("Le bilan est passé à 16 morts (incluant quatre policiers) et 41 blessés."),
            vec![(Cat::Killed, 16), (Cat::Killed, 4), (Cat::Injured, 41)]
        );
    }

    /// A figure revised in the same sentence ("41 blessés, puis 48",
    /// "20 morts, voire 30", "quatre morts, puis de neuf lundi soir") is a
    /// figure of the same toll.
    #[test]
    fn revised_figures() {
        assert_eq!(
            figs("Le bilan est passé à 16 morts et 41 blessés, puis 48."),
            vec![(Cat::Killed, 16), (Cat::Injured, 41), (Cat::Injured, 48)]
        );
        assert_eq!(
            figs("L'attaque a fait 20 morts, voire 30."),
            vec![(Cat::Killed, 20), (Cat::Killed, 30)]
        );
        assert_eq!(
            figs("Il a fait 20 morts, puis 3 ans plus tard."),
            vec![(Cat::Killed, 20)]
        );
        assert_eq!(
            figs("Le bilan est de plus de 250 morts, 254 plus exactement."),
            vec![(Cat::Killed, 250), (Cat::Killed, 254)]
        );
        // "puis de neuf lundi soir": the revision with its day.
        assert_eq!(
            figs(
                "Le bilan faisait état de quatre morts, puis de neuf lundi soir, à mesure des fouilles."
            ),
            vec![(Cat::Killed, 4), (Cat::Killed, 9)]
        );
        assert_eq!(
            figs("Il a tué trois personnes, puis de deux balles un policier."),
            vec![(Cat::Killed, 3)]
        );
        // "puis huit autres lundi": more of the same toll, another day.
        assert_eq!(
            figs("Onze personnes ont été tuées dimanche, puis huit autres lundi."),
            vec![(Cat::Killed, 11), (Cat::Killed, 8)]
        );
        assert_eq!(
            figs("Onze personnes ont été tuées dimanche, puis huit autres voitures brûlées."),
            vec![(Cat::Killed, 11)]
        );
        // Without "puis": after a comma or "et".
        assert_eq!(
            figs("Six mineurs ont été arrêtés mardi et trois autres jeudi."),
            vec![(Cat::Arrested, 6), (Cat::Arrested, 3)]
        );
        assert_eq!(
            figs("Cinq soldats ont été tués samedi, deux autres dimanche soir."),
            vec![(Cat::Killed, 5), (Cat::Killed, 2)]
        );
        // The day may be followed by the place: "mardi dans le centre".
        assert_eq!(
            figs("Deux soldats ont été tués lundi et trois autres mardi dans le centre du pays."),
            vec![(Cat::Killed, 2), (Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Deux soldats ont été tués lundi et trois autres mardi à Ségou."),
            vec![(Cat::Killed, 2), (Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Deux soldats ont été tués lundi et trois autres mardi ont porté plainte."),
            vec![(Cat::Killed, 2)]
        );
        // After the first figure's own passive, its noun told first.
        assert_eq!(
            figs("Huit corps avaient été retrouvés mardi, puis neuf mercredi."),
            vec![(Cat::Killed, 8), (Cat::Killed, 9)]
        );
        assert_eq!(
            figs("Huit corps ont été retrouvés mardi, puis neuf voitures."),
            vec![(Cat::Killed, 8)]
        );
        // Day after day: "puis six dimanche et quatre lundi" (not "et quatre
        // lundis de suite", no day of its own).
        assert_eq!(
            figs("Les sauveteurs ont dégagé onze corps samedi, puis six dimanche et quatre lundi."),
            vec![(Cat::Killed, 11), (Cat::Killed, 6), (Cat::Killed, 4)]
        );
        assert_eq!(
            figs("Onze corps ont été dégagés samedi et quatre lundis de suite."),
            vec![(Cat::Killed, 11)]
        );
        assert_eq!(
            figs("Cinq soldats ont été tués samedi, deux autres véhicules détruits."),
            vec![(Cat::Killed, 5)]
        );
    }

    /// A source of the toll later in the paragraph ("selon le bilan de
    /// l'hôpital") reports the figures told before it; another paragraph's
    /// figures are not its own.
    #[test]
    fn a_bilan_source_later_in_the_paragraph() {
        let m = modalities(
            "Des tirs ont fait au moins 26 morts au Yémen. 40 autres ont été blessés. L'attaque s'est produite près de Sanaa, selon le bilan de l'hôpital de Marib.\n\nTrois soldats ont été tués la veille.",
        );
        assert_eq!(
            m,
            [
                (26, Modality::Reported),
                (40, Modality::Reported),
                (3, Modality::Asserted)
            ]
        );
    }

    /// The word telling hostages still held is found in the sentence
    /// through the folded text's map, past characters that fold to two
    /// ("œ", "«").
    #[test]
    fn held_hostages_word_found_past_a_ligature() {
        let out = extract(&Document::parse(
            "Des hommes armés ont enlevé 40 religieuses mercredi.",
        ));
        let sent = "Les 23 autres sœurs « sont toujours retenues » par les ravisseurs.";
        let figs = freed_or_held(sent, &[], &out);
        assert_eq!(figs.len(), 1, "{figs:#?}");
        assert_eq!((figs[0].cat, figs[0].count), (Cat::Kidnapped, 23));
        assert!(sent[figs[0].trigger..].starts_with("toujours"));
        assert!(sent[..figs[0].end].ends_with("retenues"));
    }

    /// Each figure of a paragraph takes the first source after it: one
    /// found for a figure before serves the next, a figure after the last
    /// source has none.
    #[test]
    fn each_figure_takes_the_next_bilan_source_of_its_paragraph() {
        let m = modalities(
            "Au moins 26 personnes ont été tuées samedi. 40 autres ont été blessées, selon le bilan de l'hôpital de Marib. Trois soldats ont été tués dimanche, d'après un bilan de l'armée. Deux passants ont été blessés lundi.",
        );
        assert_eq!(
            m,
            [
                (26, Modality::Reported),
                (40, Modality::Reported),
                (3, Modality::Reported),
                (2, Modality::Asserted)
            ]
        );
    }

    /// The comma closing a sub-count ("dont quatre enfants,") opens no
    /// apposition: the toll word after it is the figure's own, whatever
    /// noun of another toll follows ("camp de déplacés").
    #[test]
    fn a_toll_word_after_a_sub_count() {
        assert_eq!(
            figs(
                "Parmi les victimes figurent neuf personnes, dont quatre enfants, tuées mardi \
                 dans le camp de déplacés."
            ),
            vec![(Cat::Killed, 9), (Cat::Killed, 4)]
        );
        assert_eq!(
            figs("Onze civils, dont quatre décapités, ont été tués."),
            vec![(Cat::Killed, 11), (Cat::Killed, 4)]
        );
    }

    /// "et à" lists more of a toll told by "coûté la vie à"; not a
    /// distance, nor after another toll word.
    #[test]
    fn a_list_after_the_life_it_cost() {
        assert_eq!(
            figs("Les combats ont coûté la vie à plus de 100 soldats et à quelque 150 rebelles."),
            vec![(Cat::Killed, 100), (Cat::Killed, 150)]
        );
        assert_eq!(
            figs(
                "Les combats ont coûté la vie à 12 soldats et à 30 kilomètres de là, un pont a cédé."
            ),
            vec![(Cat::Killed, 12)]
        );
        assert_eq!(
            figs("L'attaque a tué 12 soldats et à 30 rebelles on a promis l'amnistie."),
            vec![(Cat::Killed, 12)]
        );
    }

    /// People "emmenés" by a pronoun whose antecedent, the sentence before,
    /// tells of armed men or their violence are kidnapped; by rescuers,
    /// they are not.
    #[test]
    fn taken_away_by_a_pronoun_of_armed_men() {
        assert_eq!(
            doc_figs(
                "Des séparatistes ont attaqué le village mardi. « Ils ont aussi emmené cinq \
                 jeunes filles », raconte un chef traditionnel."
            ),
            vec![(Cat::Kidnapped, Some(5))]
        );
        assert_eq!(
            doc_figs("Les pompiers sont intervenus mardi. Ils ont emmené cinq enfants à l'école."),
            vec![]
        );
        assert_eq!(
            doc_figs(
                "Des séparatistes ont attaqué le village mardi. Nous avons emmené cinq enfants."
            ),
            vec![]
        );
    }

    /// A figure whose verb is elided after "et" shares the conditional of
    /// the figure before; one with its own verb does not.
    #[test]
    fn elided_verbs_share_the_conditional() {
        let m = modalities(
            "Environ 100 personnes seraient mortes intoxiquées et 400 autres blessées par une attaque.\n\nDeux personnes seraient mortes et trois autres ont été blessées.",
        );
        assert_eq!(
            m,
            [
                (100, Modality::Uncertain),
                (400, Modality::Uncertain),
                (2, Modality::Uncertain),
                (3, Modality::Asserted)
            ]
        );
        // With a source both share; a verb of its own stays reported.
        let m = modalities(
            "Selon la société civile, une vingtaine de personnes auraient été tuées et une quarantaine blessées.\n\nSelon l'ONG, deux personnes auraient été tuées et trois autres ont été blessées.",
        );
        assert_eq!(
            m,
            [
                (20, Modality::Uncertain),
                (40, Modality::Uncertain),
                (2, Modality::Uncertain),
                (3, Modality::Reported)
            ]
        );
    }

    /// The infinitive after "avant de" tells a toll as the participle does.
    #[test]
    fn infinitive_tolls() {
        assert_eq!(
            figs("Il a tué un policier avant de blesser deux autres policiers."),
            vec![(Cat::Killed, 1), (Cat::Injured, 2)]
        );
    }

    /// A list of victims named by their nationality before one toll verb,
    /// however long the list: each item is a figure, "un Jordanien" too.
    #[test]
    fn lists_of_nationals() {
        assert_eq!(
            figs(
                "247 Palestiniens (en majorité des assaillants), 40 Israéliens, deux Américains, un Jordanien et un Soudanais ont perdu la vie."
            ),
            vec![
                (Cat::Killed, 247),
                (Cat::Killed, 40),
                (Cat::Killed, 2),
                (Cat::Killed, 1),
                (Cat::Killed, 1)
            ]
        );
    }

    /// A toll broken down in brackets right after it: each part is a
    /// figure of the same category.
    #[test]
    fn tolls_broken_down_in_brackets() {
        assert_eq!(
            figs("Les attaques ont fait au moins sept morts (deux civils et 5 assaillants)."),
            vec![(Cat::Killed, 7), (Cat::Killed, 2), (Cat::Killed, 5)]
        );
        assert_eq!(
            figs("L'attaque a fait sept morts (selon la police)."),
            vec![(Cat::Killed, 7)]
        );
    }

    /// Losses are a toll of dead when people are named; losses of jobs or
    /// money are none.
    #[test]
    fn losses_of_people() {
        assert_eq!(
            figs("Les pertes sont également lourdes : 57 soldats turcs et plus de 400 rebelles."),
            vec![(Cat::Killed, 57), (Cat::Killed, 400)]
        );
        assert!(figs("Les pertes d'emplois sont lourdes : 500 salariés.").is_empty());
        assert!(figs("Les pertes s'élèvent à 3 millions d'euros.").is_empty());
        // Other currencies: an amount in the subject's apposition is no
        // count of its own.
        assert_eq!(
            figs(
                "Deux Tunisiens soupçonnés d'avoir organisé la traversée, moyennant 2 500 \
                 dinars par passager, ont été arrêtés lundi."
            ),
            vec![(Cat::Arrested, 2)]
        );
    }

    /// A headline figure told below with a source is reported in the
    /// headline too; "font état de" names a source.
    #[test]
    fn headlines_take_the_source_told_below() {
        let doc = Document::parse(
            "Iran : vingt pompiers tués dans un incendie\n\nL'incendie a causé la mort de vingt pompiers, selon le maire.\n\nLes premiers rapports font état de douze blessés.",
        );
        let figs = extract(&doc);
        let of = |n: u64| figs.iter().filter(move |f| f.count == Some(n));
        assert_eq!(of(20).count(), 2);
        assert!(
            of(20).all(|f| f.modality == Modality::Reported),
            "{figs:#?}"
        );
        assert!(of(20).all(|f| f.attribution.as_deref() == Some("selon le maire")));
        assert!(
            of(12).all(|f| f.modality == Modality::Reported),
            "{figs:#?}"
        );
    }

    /// A headline's source gives way to the body's doubt: the conditional
    /// below makes the headline's figure uncertain too; a body that only
    /// reports leaves a reported headline as it is.
    #[test]
    fn headlines_take_the_doubt_told_below() {
        let doc = Document::parse(
            "Haïti : une cinquantaine de morts selon une ONG\n\nUne cinquantaine de personnes auraient été tuées lors d'une attaque contre la commune, selon une ONG locale.\n\nLes autorités ont confirmé 28 décès.",
        );
        let figs = extract(&doc);
        let of = |n: u64| figs.iter().filter(move |f| f.count == Some(n));
        assert_eq!(of(50).count(), 2, "{figs:#?}");
        assert!(
            of(50).all(|f| f.modality == Modality::Uncertain),
            "{figs:#?}"
        );
        let doc = Document::parse(
            "Mali : dix morts selon l'armée\n\nDix soldats ont été tués, a indiqué un élu.",
        );
        let figs = extract(&doc);
        assert!(
            figs.iter()
                .filter(|f| f.count == Some(10))
                .all(|f| f.modality == Modality::Reported),
            "{figs:#?}"
        );
        // A figure the body first tells as sure stays sure in the
        // headline, whoever confirms it later.
        let doc = Document::parse(
            "Irak : au moins 31 morts à Bagdad\n\nAu moins 31 personnes ont été tuées mardi \
             soir dans l'explosion d'une voiture piégée.\n\nLe ministère de l'Intérieur a \
             confirmé ce matin le chiffre de 31 morts.",
        );
        let figs = extract(&doc);
        assert_eq!(
            figs.iter()
                .find(|f| f.count == Some(31) && f.paragraph == 0)
                .map(|f| f.modality),
            Some(Modality::Asserted),
            "{figs:#?}"
        );
        // A closing source before a new clause ("…, ont annoncé jeudi les
        // pompiers, tandis que …") is the figure's.
        assert_eq!(
            modalities(
                "Deux personnes ont péri dans l'incendie qui ravage depuis mardi l'île de \
                 Chios, en mer Égée, ont annoncé jeudi les pompiers grecs, tandis que plus de \
                 3 000 habitants ont dû être évacués."
            ),
            [(2, Modality::Reported), (3000, Modality::Reported)]
        );
    }

    /// A sub-count opening a short sentence after a long one: the figure
    /// carried from the long sentence must not lend it offsets from there.
    #[test]
    fn carried_figure_in_a_short_sentence() {
        let long = "Le lendemain, samedi 8 avril, après une longue traque dans \
                    toute la région et de nombreux contrôles sur les routes, \
                    quinze personnes sont finalement arrêtées.";
        let first = super::sentence_figures(long, None, &[], false);
        let carried = first.last().expect("a figure in the first sentence");
        assert!(carried.trigger > 40);
        let figs = super::sentence_figures("Parmi eux, trois mineurs.", Some(carried), &[], false);
        assert_eq!(figs.len(), 1);
        assert_eq!((figs[0].cat, figs[0].count), (Cat::Arrested, 3));
        assert!(figs[0].trigger < "Parmi eux, trois mineurs.".len());
        let doc = Document::parse(format!("{long} Parmi eux, trois mineurs."));
        let all = extract(&doc);
        assert_eq!(
            all.iter().map(|f| f.count).collect::<Vec<_>>(),
            [Some(15), Some(3)]
        );
    }

    /// Victims of a poisoning after its active verb ("une fuite a intoxiqué
    /// 17 ouvriers"), and people placed in detention on remand after a day
    /// ("a placé mercredi en détention provisoire quatorze supporters");
    /// not a yearly count.
    #[test]
    fn poisoned_and_remanded_after_the_verb() {
        assert_eq!(
            figs("Une fuite d'ammoniac a intoxiqué 17 ouvriers de l'usine."),
            vec![(Cat::Injured, 17)]
        );
        assert_eq!(
            figs("Les fumées ont intoxiqué mardi une dizaine de pompiers."),
            vec![(Cat::Injured, 10)]
        );
        assert_eq!(
            figs("Le juge a placé jeudi en détention provisoire quatre suspects."),
            vec![(Cat::Arrested, 4)]
        );
        assert_eq!(
            figs("Le parquet a placé en détention provisoire deux mineurs."),
            vec![(Cat::Arrested, 2)]
        );
        assert!(figs("Le monoxyde de carbone intoxique chaque année 3 000 personnes.").is_empty());
        // "incommodés" by fumes: hurt, passive or active, and as the
        // noun of a count.
        assert_eq!(
            figs("Une fuite de chlore a incommodé 27 personnes."),
            vec![(Cat::Injured, 27)]
        );
        assert_eq!(
            figs("Le premier bilan faisait état de quinze personnes incommodées."),
            vec![(Cat::Injured, 15)]
        );
        assert!(figs("La chaleur a incommodé les spectateurs.").is_empty());
    }

    /// A figure carried from the sentence before, whose offsets there fall
    /// inside an accented letter of this one: no offset of it is taken
    /// into this sentence ("Parmi les personnes arrêtées figure un …").
    #[test]
    fn carried_figure_offsets_never_cut_a_letter() {
        let next = "Parmi les personnes arrêtées figure un Lyonnais de 42 ans, \
                    présenté comme le chef présumé du réseau.";
        for town in [
            "Caen",
            "Lille",
            "Nantes",
            "Rennes",
            "Orléans",
            "Grenoble",
            "Toulouse",
            "Marseille",
            "Montpellier",
            "Villeurbanne",
            "Aix",
            "Dax",
        ] {
            let text = format!(
                "Un policier a été blessé à {town} lors de l'interpellation d'un suspect. {next}"
            );
            let doc = Document::parse(&text);
            let figs = extract(&doc);
            assert!(figs.iter().all(|f| f.count != Some(42)), "{figs:#?}");
        }
    }

    /// In a relative on "que" the figure is the object of the active verb.
    #[test]
    fn object_of_a_relative_clause() {
        assert_eq!(
            figs("Les 30 personnes que les rebelles avaient enlevées ont été libérées."),
            vec![(Cat::Kidnapped, 30)]
        );
        // Not a relative: the subject acts ("les attaques qu'ils ont menées").
        assert_eq!(
            figs("Les 3 attaques qu'ils ont menées ont tué 12 personnes."),
            vec![(Cat::Killed, 12)]
        );
    }

    #[test]
    fn coordinated_verbs() {
        assert_eq!(
            figs("Il a tué plus de 91 personnes et blessé 150 autres."),
            vec![(Cat::Killed, 91), (Cat::Injured, 150)]
        );
        // An act's object, then a clause of another figure's: the verb
        // after is the second figure's only.
        assert_eq!(
            figs("Nous avons enterré 21 personnes lundi et plus de 30 autres ont été blessées."),
            vec![(Cat::Killed, 21), (Cat::Injured, 30)]
        );
        assert_eq!(
            figs("Les rebelles ont enlevé six villageois hier et deux autres ont été tués."),
            vec![(Cat::Kidnapped, 6), (Cat::Killed, 2)]
        );
        // (A coordinated subject after no act stays one: both were hurt.)
        assert_eq!(
            sorted(figs("Trois soldats lundi et deux civils ont été blessés.")),
            vec![(Cat::Injured, 2), (Cat::Injured, 3)]
        );
        assert_eq!(
            figs("Un homme a été percuté et tué."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Un autre chauffeur a perdu la vie."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("30 blessés dont trois policiers sont recensés."),
            vec![(Cat::Injured, 30), (Cat::Injured, 3)]
        );
        assert!(
            figs("Un homme armé s'introduit dans un centre et tue 19 personnes.")
                .iter()
                .all(|f| f.1 != 1)
        );
    }

    #[test]
    fn passive_and_nouns() {
        assert_eq!(figs("7 soldats ont été tués."), vec![(Cat::Killed, 7)]);
        assert_eq!(
            figs("L'explosion a fait 3 morts et 12 blessés."),
            vec![(Cat::Killed, 3), (Cat::Injured, 12)]
        );
        assert_eq!(
            figs("Quarante personnes ont perdu la vie dans le naufrage."),
            vec![(Cat::Killed, 40)]
        );
        assert_eq!(
            figs("Séisme en Italie : le bilan monte à 281 morts"),
            vec![(Cat::Killed, 281)]
        );
        assert_eq!(figs("On dénombre 12 victimes."), vec![(Cat::Killed, 12)]);
        assert_eq!(
            figs("Trois manifestants ont été interpellés."),
            vec![(Cat::Arrested, 3)]
        );
        assert_eq!(figs("Un policier a été blessé."), vec![(Cat::Injured, 1)]);
        assert_eq!(
            figs("Plus de 10 000 habitants ont fui les combats."),
            vec![(Cat::Displaced, 10_000)]
        );
        assert_eq!(
            figs("Des centaines d'habitants ont fui les communautés rurales de Concordia."),
            vec![(Cat::Displaced, 200)]
        );
        assert_eq!(
            figs("Plus de 14 000 personnes ont fui les districts de Macomia et de Muidumbe."),
            vec![(Cat::Displaced, 14_000)]
        );
        assert!(
            figs("Une cinquantaine de personnes ont fui à l'arrivée des gendarmes.").is_empty()
        );
        assert_eq!(
            figs("La police en a placé 20 en garde à vue."),
            vec![(Cat::Arrested, 20)]
        );
    }

    #[test]
    fn coordination_and_severity() {
        let f = sentence_figures("748 soldats et 18 policiers ont été gravement blessés.");
        assert_eq!(f.len(), 2);
        assert!(f.iter().all(|f| f.cat == Cat::Injured));
        assert!(f.iter().all(|f| f.severity == Some(Severity::Serious)));
        assert_eq!(f[1].group_category, Some(Category::Police));
    }

    /// Colleagues, friends, neighbours and kin are people ("Un de ses
    /// collègues a été légèrement blessé", "L'un de ses fils a été tué");
    /// the agent of a passive is no victim ("abattu par un collègue du
    /// policier blessé"), unless a verb of its own follows.
    #[test]
    fn kin_and_colleagues_and_agents() {
        let got = |s: &str| -> Vec<(Cat, u64)> {
            sentence_figures(s)
                .iter()
                .map(|f| (f.cat, f.count))
                .collect()
        };
        assert_eq!(
            got("Un de ses collègues, âgé de 52 ans, a été légèrement blessé."),
            [(Cat::Injured, 1)]
        );
        assert_eq!(got("L'un de ses fils a été tué."), [(Cat::Killed, 1)]);
        assert_eq!(
            got("Deux de ses voisins ont été arrêtés."),
            [(Cat::Arrested, 2)]
        );
        assert!(got("L'assaillant a été abattu par un collègue du policier blessé.").is_empty());
        assert_eq!(
            got("Il a été roué de coups par quatre hommes qui ont été placés en détention."),
            [(Cat::Arrested, 4)]
        );
    }

    /// A list of sub-counts goes on over "ainsi qu'", over ages, and to
    /// an item of one person ("deux adolescents de 15 et 16 ans ainsi
    /// qu'une femme"); not to a thing ("dont deux policiers et un
    /// véhicule").
    #[test]
    fn lists_of_sub_counts() {
        let got = |s: &str| -> Vec<(Cat, u64)> {
            sentence_figures(s)
                .iter()
                .map(|f| (f.cat, f.count))
                .collect()
        };
        let before = sentence_figures("Onze personnes ont été tuées.");
        let f = super::sentence_figures(
            "Parmi les victimes figurent deux adolescents de 15 et 16 ans ainsi qu'une femme.",
            before.last(),
            &[],
            false,
        );
        let f: Vec<_> = f.iter().map(|f| (f.cat, f.count)).collect();
        assert_eq!(f, [(Cat::Killed, 2), (Cat::Killed, 1)]);
        assert_eq!(
            got("Douze personnes ont été blessées, dont deux policiers et un gendarme."),
            [(Cat::Injured, 12), (Cat::Injured, 2), (Cat::Injured, 1)]
        );
        assert_eq!(
            got("Douze personnes ont été blessées, dont deux policiers et un véhicule."),
            [(Cat::Injured, 12), (Cat::Injured, 2)]
        );
    }

    /// "les morts comprennent N …" breaks down the figure of the sentence
    /// before, as "Parmi les morts figurent" does.
    #[test]
    fn the_dead_comprise() {
        let before = sentence_figures("Les affrontements ont fait plus de 350 morts.");
        let f = super::sentence_figures(
            "Selon l'ONG, les morts comprennent 79 combattants druzes et 55 civils.",
            before.last(),
            &[],
            false,
        );
        let f: Vec<_> = f.iter().map(|f| (f.cat, f.count)).collect();
        assert_eq!(f, [(Cat::Killed, 79), (Cat::Killed, 55)]);
    }

    /// An apposition that tells a state ("hospitalisée dans un état
    /// critique") leaves the main verb its toll: she died. Without a
    /// death after it, the state is the figure's ("transféré à Lyon").
    #[test]
    fn a_state_in_an_apposition_before_a_death() {
        assert_eq!(
            figs("Une passagère de 61 ans, hospitalisée dans un état critique, a succombé."),
            [(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Un homme de 61 ans, blessé dans un état grave, est décédé lundi."),
            [(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Un homme, hospitalisé dans un état grave, a été transféré à Lyon."),
            [(Cat::Injured, 1)]
        );
    }

    /// "l'un …, l'autre …" shares out the figure before it: no figure of
    /// one where the toll comes after "l'autre"; one where it comes before.
    #[test]
    fn l_un_and_l_autre_share_out_a_figure() {
        assert_eq!(
            figs(
                "Les deux conducteurs, l'un âgé de 47 ans, au volant de l'autobus, l'autre de 29 \
                 ans, ont été arrêtés dimanche."
            ),
            [(Cat::Arrested, 2)]
        );
        assert_eq!(
            figs("L'un a succombé lundi, l'autre est toujours hospitalisé."),
            [(Cat::Killed, 1)]
        );
    }

    /// A dash joins figures in digits, not a dateline's year to the lead's
    /// first number in words.
    #[test]
    fn a_dash_after_a_dateline_year_is_no_range() {
        let f = sentence_figures("MATA-UTU, 3 mars 2026 - Trois personnes ont été tuées.");
        let got: Vec<_> = f.iter().map(|f| (f.cat, f.count, f.min, f.max)).collect();
        assert_eq!(got, [(Cat::Killed, 3, Some(3), Some(3))]);
        let f = sentence_figures("Entre 10-15 personnes ont été tuées.");
        assert_eq!(
            f.first().map(|f| (f.min, f.max)),
            Some((Some(10), Some(15)))
        );
    }

    /// The wounded taken to a hospital named by its acronym ("au CHU") or
    /// evacuated to one by a long way ("par avion … vers le centre
    /// hospitalier") are wounded, not displaced; people evacuated to a
    /// shelter, or beside another taken to hospital, are displaced.
    #[test]
    fn evacuated_to_a_hospital() {
        assert_eq!(
            figs("Deux d'entre eux ont été transportés au CHU."),
            [(Cat::Injured, 2)]
        );
        assert_eq!(
            figs(
                "Deux d'entre eux ont été évacués par un avion militaire vers le centre \
                 hospitalier de Nouméa."
            ),
            [(Cat::Injured, 2)]
        );
        assert_eq!(
            figs("Trois cents habitants ont été évacués vers un gymnase."),
            [(Cat::Displaced, 300)]
        );
        assert_eq!(
            figs(
                "Trente-cinq habitants ont été évacués et une octogénaire a été transportée à \
                 l'hôpital."
            )[0],
            (Cat::Displaced, 35)
        );
    }

    /// An apposition opened by "un"/"une" and closed by a comma is no
    /// second figure: "Deux personnes, un couple de retraités, sont
    /// portées disparues" is 2 missing; an unclosed one stays a figure of
    /// its own clause ("Cinq vitrines brisées, un container brûlé": none).
    #[test]
    fn an_apposition_opened_by_un() {
        let f = sentence_figures(
            "Deux autres personnes, un couple de retraités, sont portées disparues.",
        );
        let got: Vec<_> = f.iter().map(|f| (f.cat, f.count)).collect();
        assert_eq!(got, [(Cat::Missing, 2)]);
        assert!(sentence_figures("Cinq vitrines brisées, un container brûlé.").is_empty());
    }

    /// A list of figures after a stated noun ("la libération de N … et de
    /// M …") is stated as a whole; a complement's list is not ("le père de
    /// deux enfants et de trois petits-enfants a été tué").
    #[test]
    fn a_stated_list_with_et_de() {
        let f = sentence_figures(
            "Ils ont obtenu la libération de 38 lycéens et de deux enseignants enlevés mardi.",
        );
        let got: Vec<_> = f.iter().map(|f| (f.cat, f.count)).collect();
        assert_eq!(got, [(Cat::Kidnapped, 38), (Cat::Kidnapped, 2)]);
        let f = sentence_figures("Le bilan fait état de 12 soldats et d'un civil tués.");
        assert_eq!(f.len(), 2);
        assert!(
            sentence_figures("Le père de deux enfants et de trois neveux a été tué.").is_empty()
        );
    }

    /// Auxiliaries, armed criminals and trades are groups of their own, so
    /// a figure coordinated with them keeps its verb ("Trente et un
    /// soldats et dix supplétifs ont été tués": 31 and 10).
    #[test]
    fn coordinated_with_auxiliaries_and_trades() {
        assert_eq!(
            figs("Trente et un soldats et dix supplétifs ont été tués lundi."),
            vec![(Cat::Killed, 31), (Cat::Killed, 10)]
        );
        let f = sentence_figures("Douze policiers et trois douaniers ont été blessés.");
        assert_eq!(f.len(), 2);
        assert_eq!(f[1].group_category, Some(Category::Security));
        let f = sentence_figures("Dix-sept missionnaires ont été enlevés par des bandits.");
        assert_eq!(f[0].group_category, Some(Category::Civilians));
    }

    /// Losses, sufferings, the unfound and the trapped, in the words of
    /// news French.
    #[test]
    fn losses_sufferings_and_the_unfound() {
        assert_eq!(
            figs("« Nous avons perdu au moins 34 hommes », a reconnu un officier."),
            vec![(Cat::Killed, 34)]
        );
        assert_eq!(
            figs("« J'ai perdu trois enfants », raconte une mère."),
            vec![(Cat::Killed, 3)]
        );
        assert!(figs("Le parti a perdu deux élus et le club trois matchs.").is_empty());
        assert_eq!(
            figs("Huit mineurs ont été secourus, dont deux souffrant de graves brûlures."),
            vec![(Cat::Injured, 2)]
        );
        assert_eq!(
            figs("Dix-neuf personnes ont été secourues, dont trois souffrant d'hypothermie."),
            vec![(Cat::Injured, 3)]
        );
        assert_eq!(
            figs("Une quinzaine d'ouvriers manquaient toujours à l'appel mardi."),
            vec![(Cat::Missing, 15)]
        );
        assert_eq!(
            figs("Deux occupants n'avaient toujours pas été localisés mercredi."),
            vec![(Cat::Missing, 2)]
        );
        assert_eq!(
            figs("Dix personnes pourraient encore se trouver sous les décombres."),
            vec![(Cat::Missing, 10)]
        );
        assert_eq!(
            figs("Une dizaine de personnes se trouvaient encore sous les débris de l'immeuble."),
            vec![(Cat::Missing, 10)]
        );
        // Not the debris alone: "les débris de l'avion sont tombés sur deux maisons".
        assert!(figs("Les débris sont tombés sur deux maisons.").is_empty());
        assert_eq!(
            figs("Quatre noyades en deux jours."),
            vec![(Cat::Killed, 4)]
        );
        assert_eq!(
            figs("Onze journalistes ont été frappés ou touchés par des projectiles."),
            vec![(Cat::Injured, 11)]
        );
        assert_eq!(
            figs("Un camion a percuté la foule, blessant légèrement deux employés."),
            vec![(Cat::Injured, 2)]
        );
    }

    /// Attributes that are also nouns ("sinistrés", "sans abri"), an
    /// abduction named as a noun, a relative clause and quotes in the
    /// subject.
    #[test]
    fn attributes_relatives_and_quotes_in_the_subject() {
        assert_eq!(
            figs("Près de 2 millions de personnes sont sinistrées."),
            vec![(Cat::Affected, 2_000_000)]
        );
        assert_eq!(
            figs("Deux mille personnes se retrouvent sans abri."),
            vec![(Cat::Displaced, 2000)]
        );
        assert!(figs("Quinze touchés.").is_empty());
        assert_eq!(
            figs("Le rapt de 276 lycéennes à Chibok avait ému le monde."),
            vec![(Cat::Kidnapped, 276)]
        );
        assert_eq!(
            figs("Quatre personnes, qui circulaient à bord d'un minibus, sont portées disparues."),
            vec![(Cat::Missing, 4)]
        );
        assert_eq!(
            figs("Selon l'armée, « plus de 50 terroristes » avaient été tués."),
            vec![(Cat::Killed, 50)]
        );
        assert_eq!(
            figs("La guerre a fait plus d'un demi-million de morts."),
            vec![(Cat::Killed, 500_000)]
        );
    }

    /// A total's number followed by an adverbial (a day, a source, a
    /// place) is the toll; followed by a unit, a rate or a share it is not.
    #[test]
    fn a_total_before_an_adverbial() {
        for (text, cat, n) in [
            (
                "Le nombre de morts était passé à 30 mardi.",
                Cat::Killed,
                30,
            ),
            ("Le bilan s'élève à 31 selon la police.", Cat::Killed, 31),
            (
                "Le nombre de blessés est passé à 12 dans la ville.",
                Cat::Injured,
                12,
            ),
            (
                "Le nombre de disparus s'élevait à 40 hier soir.",
                Cat::Missing,
                40,
            ),
        ] {
            assert_eq!(figs(text), vec![(cat, n)], "{text}");
        }
        for text in [
            "Le bilan s'élève à 30 pour cent des victimes recensées.",
            "Le nombre de morts s'élève à 30 par jour.",
            "Le nombre de morts s'élève à 30 sur 100 malades.",
        ] {
            assert!(figs(text).is_empty(), "{text}");
        }
    }

    /// A total stated by "le nombre total de … s'élève à", the bodies of
    /// people found, a sub-count among the arrested; a source a few words
    /// from its auxiliary; a figure an apposition doubts.
    #[test]
    fn totals_bodies_and_doubted_figures() {
        assert_eq!(
            modalities("Le nombre total d'arrestations depuis lundi s'élève à 412."),
            vec![(412, Modality::Asserted)]
        );
        assert_eq!(
            modalities("Les corps sans vie de trois pêcheurs ont été retrouvés sur la plage."),
            vec![(3, Modality::Asserted)]
        );
        assert_eq!(
            modalities(
                "La police a procédé à 80 interpellations. Parmi les personnes interpellées \
                 figurent trois journalistes."
            ),
            vec![(80, Modality::Asserted), (3, Modality::Asserted)]
        );
        // Swept away by the water: missing.
        assert_eq!(
            figs("Un automobiliste a été emporté par un torrent près de Messine."),
            vec![(Cat::Missing, 1)]
        );
        // Found dead; the wounded evacuated stay wounded.
        assert_eq!(
            figs("Un homme a été retrouvé mort dans une chambre."),
            vec![(Cat::Killed, 1)]
        );
        // The affected ("sinistrés") that the verb after tells displaced;
        // alone or counted, affected.
        assert_eq!(
            figs("Plus de 140 000 sinistrés ont dû quitter leur domicile."),
            vec![(Cat::Displaced, 140000)]
        );
        // Fled a part of a region, named by its compass point.
        assert_eq!(
            figs("Quelque 60 000 personnes ont fui le sud de la province."),
            vec![(Cat::Displaced, 60000)]
        );
        assert_eq!(
            figs(
                "Les quelque 4 000 sinistrés toujours hébergés dans des gymnases souffrent du froid."
            ),
            vec![(Cat::Displaced, 4000)]
        );
        assert_eq!(
            figs("Plus de 2 000 sinistrés ont été recensés."),
            vec![(Cat::Affected, 2000)]
        );
        assert_eq!(
            figs("Les 2 000 sinistrés recensés attendent des aides."),
            vec![(Cat::Affected, 2000)]
        );
        // Dead on arrival at a hospital, beside its wounded.
        assert_eq!(
            figs("L'hôpital a reçu 57 blessés, ainsi que trois personnes arrivées sans vie."),
            vec![(Cat::Injured, 57), (Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Deux pompiers, grièvement brûlés, ont été évacués vers Lisbonne."),
            vec![(Cat::Injured, 2)]
        );
        assert!(figs("Trois enfants ont été retrouvés sains et saufs.").is_empty());
        // Hurt when "grièvement touchés"; a unit after "derniers" is none.
        assert_eq!(
            modalities("Trois policiers ont été grièvement touchés."),
            vec![(3, Modality::Asserted)]
        );
        assert!(modalities("Dans les deux derniers kilomètres, j'étais mort.").is_empty());
        // A total that passes or reaches a figure.
        assert_eq!(
            modalities("Le nombre réel de morts dépasse 40, selon l'ONG."),
            vec![(40, Modality::Reported)]
        );
        assert_eq!(
            modalities("Le nombre de déplacés atteint 30 000."),
            vec![(30_000, Modality::Asserted)]
        );
        // A total estimated: uncertain, not a hypothesis; a record is a
        // count stated ("un record de", as "un total de").
        assert_eq!(
            modalities("Elle estime que le nombre réel de morts pourrait atteindre 200."),
            vec![(200, Modality::Uncertain)]
        );
        assert_eq!(
            modalities("Le bilan devrait dépasser 300 morts."),
            vec![(300, Modality::Uncertain)]
        );
        assert_eq!(
            figs("L'ONU a recensé en 2018 un record de 3 804 civils tués."),
            vec![(Cat::Killed, 3804)]
        );
        assert!(figs("Les ventes ont atteint un record de 3 804 voitures vendues.").is_empty());
        // A noun in quotes after the figure is its noun.
        assert_eq!(
            modalities("Les Gardiens de la révolution ont interpellé 180 « meneurs »."),
            vec![(180, Modality::Asserted)]
        );
        // Belgian arrests; a conditional "figurer parmi".
        assert_eq!(
            figs("Dix-huit suspects ont été placés mardi sous mandat d'arrêt."),
            vec![(Cat::Arrested, 18)]
        );
        assert_eq!(
            figs("Un juge en a placé neuf sous mandat d'arrêt."),
            vec![(Cat::Arrested, 9)]
        );
        // Held by the police, as Xinhua writes; not a release under
        // judicial supervision, nor a place under police control.
        assert_eq!(
            figs(
                "Cinq responsables de la mine ont été placés jeudi sous le contrôle de la police."
            ),
            vec![(Cat::Arrested, 5)]
        );
        assert!(figs("Deux hommes ont été placés sous contrôle judiciaire.").is_empty());
        assert!(figs("Les 300 villages sont passés sous le contrôle de la police.").is_empty());
        assert_eq!(
            figs("Trente et une personnes ont été privées de liberté lundi."),
            vec![(Cat::Arrested, 31)]
        );
        assert_eq!(
            modalities("Deux douaniers figureraient parmi les personnes arrêtées."),
            vec![(2, Modality::Uncertain)]
        );
        // A figure told after "la libération de", "le retour de": the
        // hostages freed were kidnapped; "le père de six enfants" is none.
        assert_eq!(
            modalities("L'armée a obtenu la libération de 38 lycéens enlevés en janvier."),
            vec![(38, Modality::Asserted)]
        );
        assert_eq!(
            modalities("Le père de six enfants, blessé, a été hospitalisé."),
            vec![(1, Modality::Asserted)]
        );
        assert_eq!(
            modalities("L'armée a pour sa part évoqué « douze morts » parmi les rebelles."),
            vec![(12, Modality::Reported)]
        );
        // A stating verb with "pour sa part", "aussi" before its "de": the
        // group and its participle are the figure, told by the subject.
        assert_eq!(
            modalities("L'armée parle pour sa part de dix-neuf civils tués."),
            vec![(19, Modality::Reported)]
        );
        assert_eq!(
            modalities("Le gouverneur a fait état de son côté de « sept villageois assassinés »."),
            vec![(7, Modality::Reported)]
        );
        assert_eq!(
            modalities("Les rebelles parlent aussi de 40 morts."),
            vec![(40, Modality::Reported)]
        );
        // Reports denied, with an apposition before what they tell.
        assert_eq!(
            modalities(
                "Le ministère a démenti les informations, diffusées par des médias locaux, \
                 faisant état de 15 morts."
            ),
            vec![(15, Modality::Negated)]
        );
        assert_eq!(
            modalities(
                "Quatre civils auraient été tués dans le village, un bilan que l'armée n'a \
                 pas confirmé."
            ),
            vec![(4, Modality::Uncertain)]
        );
        assert_eq!(
            modalities(
                "Des témoins ont recensé « plus de vingt disparitions », un chiffre que la \
                 police n'a pas confirmé."
            ),
            vec![(20, Modality::Uncertain)]
        );
    }

    /// A closing "selon …" after a comma tells the whole sentence, however
    /// long its source; a count communicated by someone is theirs, a
    /// count that doubts itself uncertain, a count alone the text's.
    #[test]
    fn closing_selon_and_counts_of_someone() {
        assert_eq!(
            modalities(
                "Trois personnes sont mortes après les crues qui ont ravagé la vallée, \
                 selon un bilan provisoire communiqué lundi en fin d'après-midi par la \
                 préfecture de la région."
            ),
            vec![(3, Modality::Reported)]
        );
        assert_eq!(
            modalities(
                "Un premier bilan, transmis dans la soirée par la protection civile, \
                 faisait état de onze morts."
            ),
            vec![(11, Modality::Reported)]
        );
        assert_eq!(
            modalities("Un bilan non confirmé, relayé par des habitants, fait état de 34 morts."),
            vec![(34, Modality::Uncertain)]
        );
        // A first count told in the past is an earlier report's (see
        // `an_earlier_count_is_reported`); a count alone in the past is not.
        assert_eq!(
            modalities("Jeudi, un premier bilan faisait état de 15 morts."),
            vec![(15, Modality::Reported)]
        );
        assert_eq!(
            modalities("Jeudi, le bilan faisait état de 15 morts."),
            vec![(15, Modality::Asserted)]
        );
        assert_eq!(
            modalities("À la mi-journée, on dénombrait 70 blessés."),
            vec![(70, Modality::Asserted)]
        );
    }

    /// A source in the sentence's closing incise tells the whole sentence,
    /// relative clauses included; "a-t-on appris", "reconnaissent",
    /// "avance un bilan" are sources.
    #[test]
    fn closing_incise_and_other_sources() {
        assert_eq!(
            modalities(
                "Dix-neuf personnes ont été tuées dans l'attaque d'un hôtel, qui a duré \
                 douze heures, a annoncé samedi la police."
            ),
            vec![(19, Modality::Reported)]
        );
        assert_eq!(
            modalities(
                "Un gendarme a été tué alors que son escadron tentait de dégager un \
                 barrage, a annoncé le haut-commissaire, Philippe Garnier."
            ),
            vec![(1, Modality::Reported)]
        );
        // A relative clause on the source after it ("…, qui accusent la
        // Turquie."); not another clause.
        assert_eq!(
            modalities(
                "Trois combattants ont été tués par une frappe qui a visé leur véhicule, \
                 ont indiqué lundi des responsables locaux, qui accusent la Turquie."
            ),
            vec![(3, Modality::Reported)]
        );
        // A source inside a relative clause is the clause's.
        assert_eq!(
            modalities(
                "Deux morts ont été retrouvés par des pêcheurs qui, selon la police, rentraient."
            ),
            vec![(2, Modality::Asserted)]
        );
        assert_eq!(
            modalities("Trois skieurs ont été tués, a-t-on appris auprès des gendarmes."),
            vec![(3, Modality::Reported)]
        );
        // A verb of learning before "de sources…" opens the incise.
        assert_eq!(
            modalities(
                "Trois manifestants ont été tués et plusieurs dizaines blessés lorsque \
                 la police a tiré sur des personnes qui protestaient, a-t-on appris mardi \
                 de sources médicales."
            ),
            vec![(3, Modality::Reported), (20, Modality::Reported)]
        );
        assert_eq!(
            modalities(
                "Trois manifestants ont été tués lorsque la police a tiré sur des \
                 personnes qui protestaient, a appris l'AFP de source hospitalière."
            ),
            vec![(3, Modality::Reported)]
        );
        // A verb of saying in the present or the imperfect closes a
        // sentence as well; a source document's second participle ("et lu
        // à la télévision") is no other clause.
        assert_eq!(
            modalities(
                "« Cinq soldats ont succombé à leurs blessures, ce qui porte le bilan à \
                 neuf morts », indique un communiqué signé du ministre, et lu à la radio."
            ),
            vec![(5, Modality::Reported), (9, Modality::Reported)]
        );
        assert_eq!(
            modalities(
                "Deux ouvriers ont été tués lorsque le toit, qui était fragile, s'est \
                 effondré, précisait la police."
            ),
            vec![(2, Modality::Reported)]
        );
        // (Not a later clause after the source: "et a ajouté…".)
        assert_eq!(
            modalities(
                "Deux ouvriers ont été tués lorsque le toit, qui était fragile, s'est \
                 effondré, indique la police, et a ajouté que l'enquête continuait."
            ),
            vec![(2, Modality::Asserted)]
        );
        assert_eq!(
            modalities("Les autorités reconnaissent la mort de quatre policiers."),
            vec![(4, Modality::Reported)]
        );
        assert_eq!(
            modalities("La Commission avance pour sa part un bilan de 19 morts."),
            vec![(19, Modality::Reported)]
        );
    }

    /// The displaced as the subject of another toll; a subject bare once
    /// its apposition is set aside; hostages "toujours aux mains des
    /// ravisseurs".
    #[test]
    fn displaced_killed_bare_appositions_and_hostages_held() {
        assert_eq!(
            figs("Une quinzaine de déplacés auraient été tués jeudi à Djugu."),
            vec![(Cat::Killed, 15)]
        );
        // With a sub-count in apposition between them.
        assert_eq!(
            figs("Neuf déplacés, dont quatre enfants, auraient été tués dimanche."),
            vec![(Cat::Killed, 9), (Cat::Killed, 4)]
        );
        assert_eq!(
            figs("Une quinzaine de déplacés ont été recensés."),
            vec![(Cat::Displaced, 15)]
        );
        // The wounded named by what wounded them, then dead.
        assert_eq!(
            figs("Deux blessés de la fusillade de dimanche sont morts lundi à l'hôpital."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("Trois blessés de l'attaque ont été hospitalisés."),
            vec![(Cat::Injured, 3)]
        );
        assert_eq!(
            figs("Dix-huit d'entre eux, dont les logements sont détruits, ont été relogés."),
            vec![(Cat::Displaced, 18)]
        );
        assert_eq!(
            figs("Huit élèves seraient toujours aux mains des ravisseurs."),
            vec![(Cat::Kidnapped, 8)]
        );
    }

    /// The wounded who died, victims hospitalised, one person "touché",
    /// an age in tens of years, what a suspect is suspected of, a day
    /// between the subject and its state, a disappearance named as a noun.
    #[test]
    fn partitive_then_apposition() {
        // A partitive closes the figure's noun phrase; a short apposition
        // after it tells who they are or the state of those counted.
        assert_eq!(
            figs(
                "Quatre d'entre elles, en hypothermie sévère, ont été prises en charge en urgence absolue."
            ),
            vec![(Cat::Injured, 4)]
        );
        assert_eq!(
            figs("Trois d'entre eux, selon la police, ont été tués."),
            vec![(Cat::Killed, 3)]
        );
        // So does the figure alone, in words, or with "autres".
        assert_eq!(
            figs("Une douzaine, en hypothermie, ont été hospitalisées."),
            vec![(Cat::Injured, 12)]
        );
        assert_eq!(
            figs("Deux, selon la police, ont été tués."),
            vec![(Cat::Killed, 2)]
        );
        // (Not a year in digits before its clause.)
        assert_eq!(
            figs("En 2015, des dizaines de personnes ont été tuées."),
            vec![(Cat::Killed, 20)]
        );
        assert_eq!(
            figs("Un quatrième, le chauffeur, a été grièvement blessé."),
            vec![(Cat::Injured, 1)]
        );
        assert_eq!(
            figs("Les dix autres, des voyageurs, souffrent de contusions."),
            vec![(Cat::Injured, 10)]
        );
        // An apposition with a figure of its own is no state of theirs.
        assert!(
            !figs("Deux d'entre eux, sur 40 passagers, ont été tués.").contains(&(Cat::Killed, 2))
        );
        // "trois des victimes" names victims already counted: a toll only
        // where a toll word of its own follows.
        assert!(
            figs("Le maire de Pluméliau, où résidaient trois des victimes, est là.").is_empty()
        );
        assert!(figs("Trois des victimes habitaient le quartier.").is_empty());
        // What the victims were is a sub-count of the dead, as "dont deux
        // mineurs" is; a state they are in is not their death.
        assert_eq!(
            figs("Deux des victimes étaient des mineurs."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("Quatre des morts étaient mexicains, selon le consulat."),
            vec![(Cat::Killed, 4)]
        );
        assert_eq!(
            figs("Trois des victimes sont de nationalité française."),
            vec![(Cat::Killed, 3)]
        );
        assert!(
            !figs("Deux des victimes étaient toujours hospitalisées.").contains(&(Cat::Killed, 2))
        );
        // Where they were counted.
        assert_eq!(
            figs("Onze des victimes ont été recensées dans la province de Zambézie."),
            vec![(Cat::Killed, 11)]
        );
        assert!(!figs("Onze des victimes ont été hospitalisées.").contains(&(Cat::Killed, 11)));
        assert_eq!(
            figs("Deux des otages ont été blessés."),
            vec![(Cat::Injured, 2)]
        );
        // Hostages freed, a share of those held, are hostages counted; a
        // share told otherwise is not.
        assert_eq!(
            figs("Trois des otages, des adolescents de 14 à 16 ans, ont été relâchés."),
            vec![(Cat::Kidnapped, 3)]
        );
        assert!(figs("Deux des otages sont des Français.").is_empty());
        // Found alive is freed; found dead is killed.
        assert_eq!(
            figs("Cinq des otages ont été retrouvés lundi, ligotés, dans une maison."),
            vec![(Cat::Kidnapped, 5)]
        );
        assert_eq!(
            figs("Deux des otages ont été retrouvés morts mardi."),
            vec![(Cat::Killed, 2)]
        );
        // Still held, the day between ("restaient mardi"), in the hands
        // "aux" or "entre les" of their captors; not a decision in a judge's.
        assert_eq!(
            figs("Quatorze personnes restaient mardi aux mains de leurs ravisseurs."),
            vec![(Cat::Kidnapped, 14)]
        );
        assert_eq!(
            figs("Deux humanitaires restent entre les mains de leurs ravisseurs."),
            vec![(Cat::Kidnapped, 2)]
        );
        assert!(figs("Les deux dossiers restent entre les mains du juge.").is_empty());
        // The people counted among those kidnapped, or missing.
        assert_eq!(
            figs("Parmi les personnes enlevées figurent douze migrants."),
            vec![(Cat::Kidnapped, 12)]
        );
        assert_eq!(
            figs("Parmi les personnes disparues figurent deux enfants."),
            vec![(Cat::Missing, 2)]
        );
        // A sub-count with its article; one leisure-goer missing.
        assert_eq!(
            figs("Quelque 3 000 personnes ont été évacuées, dont les 450 vacanciers d'un camping."),
            vec![(Cat::Displaced, 3000), (Cat::Displaced, 450)]
        );
        assert_eq!(
            figs("Un kitesurfeur est porté disparu."),
            vec![(Cat::Missing, 1)]
        );
    }

    /// Flight from a camp, a town, a massacre, or told as a noun ("la fuite
    /// de 6 270 habitants"); soldiers "éliminés" in an army's claim.
    #[test]
    fn flight_and_soldiers_eliminated() {
        assert_eq!(
            figs("Entre 300 000 et 400 000 personnes ont fui le camp."),
            vec![(Cat::Displaced, 300_000)]
        );
        assert_eq!(
            figs("La tuerie a provoqué la fuite de plus de 6 270 habitants."),
            vec![(Cat::Displaced, 6270)]
        );
        assert_eq!(
            figs("L'armée affirme avoir éliminé plus de 60 militaires ennemis."),
            vec![(Cat::Killed, 60)]
        );
        assert!(figs("Le club a éliminé trois joueurs du tournoi.").is_empty());
    }

    #[test]
    fn the_wounded_who_died_and_other_subjects() {
        assert_eq!(
            figs("Quatre blessés graves ont succombé dans la nuit."),
            vec![(Cat::Killed, 4)]
        );
        assert_eq!(
            figs("Six victimes ont été hospitalisées à Lyon."),
            vec![(Cat::Injured, 6)]
        );
        // Victims who suffer from wounds are wounded (not from hunger).
        assert_eq!(
            figs("Les huit autres victimes souffrent de fractures et de contusions."),
            vec![(Cat::Injured, 8)]
        );
        assert!(!figs("Les huit victimes souffrent de la faim.").contains(&(Cat::Injured, 8)));
        assert_eq!(
            figs("Un manifestant grièvement touché à la tête est mort."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Une femme de 71 ans, touchée au bras, a été transportée à l'hôpital."),
            vec![(Cat::Injured, 1)]
        );
        assert_eq!(
            figs("Un manifestant d'une soixantaine d'années a été blessé à la main."),
            vec![(Cat::Injured, 1)]
        );
        assert_eq!(
            figs("Plus de 2 900 personnes soupçonnées de liens avec l'EI ont été interpellées."),
            vec![(Cat::Arrested, 2900)]
        );
        assert_eq!(
            figs("Six d'entre eux se trouvaient toujours, mardi, dans un état critique."),
            vec![(Cat::Injured, 6)]
        );
        assert_eq!(
            figs("Un second homme a été grièvement blessé par balle."),
            vec![(Cat::Injured, 1)]
        );
        assert_eq!(
            figs("Les secours ont été alertés de la disparition de trois pêcheurs."),
            vec![(Cat::Missing, 3)]
        );
    }

    /// A toll told town by town after a figure with its noun; escapees
    /// caught again; people released are no new arrest.
    #[test]
    fn town_by_town_caught_again_and_released() {
        assert_eq!(
            figs(
                "52 des suspects ont été arrêtés à Istanbul, 21 à Ankara et une dizaine à Gaziantep."
            ),
            vec![
                (Cat::Arrested, 52),
                (Cat::Arrested, 21),
                (Cat::Arrested, 10)
            ]
        );
        assert_eq!(
            figs("Au total, 112 évadés ont été rattrapés."),
            vec![(Cat::Arrested, 112)]
        );
        assert!(figs("Dix-neuf des personnes interpellées ont été relâchées mardi.").is_empty());
    }

    /// A rate is no toll: in the figure's clause, or opening the sentence.
    #[test]
    fn rates_are_no_tolls() {
        assert!(counts(
            "Chaque hiver, le monoxyde de carbone provoque plus de 3 000 intoxications et une centaine de décès."
        )
        .is_empty());
        assert_eq!(
            counts(
                "Plus de 30 000 homicides sont enregistrés chaque année, et plus de 100 000 personnes sont portées disparues."
            ),
            vec![100_000]
        );
        // A toll restated as a rate keeps its figure.
        assert_eq!(
            counts(
                "Plus de 3 700 personnes y ont perdu la vie en 2018, soit une dizaine de morts par jour en moyenne."
            ),
            vec![3_700]
        );
    }

    /// "L'un des blessés", "un des otages": a member of a set already
    /// counted is no figure of that set's toll; its death is one.
    #[test]
    fn a_member_of_a_counted_set() {
        assert!(
            figs("L'un des blessés, un agent âgé de 45 ans, a été touché à l'abdomen.").is_empty()
        );
        assert!(figs("Un des blessés est dans un état grave.").is_empty());
        assert_eq!(figs("L'un des otages a été tué."), vec![(Cat::Killed, 1)]);
        assert_eq!(
            figs("L'un des blessés a succombé samedi à l'hôpital."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Un des blessés est décédé dans la nuit."),
            vec![(Cat::Killed, 1)]
        );
        // (A day of the month and a coach in the subject's complement
        // are no other clause: the subject runs on to its verb.)
        assert_eq!(
            figs("Une des blessées de la collision survenue le 3 au soir a succombé."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("L'un des blessés du car scolaire est décédé lundi."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Deux passagers du car sont morts sur le coup."),
            vec![(Cat::Killed, 2)]
        );
        // ("car" the conjunction still ends a subject.)
        assert!(blocks(&BLOCK, "deux enfants absents car malades"));
        assert!(!blocks(&BLOCK, "deux passagers d'un car de tourisme"));
        assert!(!blocks(&GAP_BLOCK, "morts dans l'accident du car, "));
        // (A toll word after the figure, far from it, is read too.)
        assert_eq!(
            doc_figs(
                "Six membres des Volontaires pour la défense de la patrie (VDP), supplétifs civils de l'armée, figurent parmi les victimes."
            ),
            [(Cat::Killed, Some(6))]
        );
        // (Declared dead by mistake: no death.)
        assert_eq!(
            doc_figs(
                "Le bilan a été corrigé, l'un des blessés ayant d'abord été déclaré mort par erreur."
            ),
            []
        );
    }

    /// Taken out dead, of snow, rubble or water: "dégagé sans vie",
    /// "extraits sans vie", "repêchée sans vie", found so on a day
    /// ("découverts lundi soir sans vie"); not taken out alive.
    #[test]
    fn taken_out_dead() {
        for (text, want) in [
            (
                "Un skieur de 34 ans avait été dégagé sans vie par les secouristes.",
                vec![(Cat::Killed, 1)],
            ),
            (
                "Trois ouvriers ont été extraits sans vie des décombres.",
                vec![(Cat::Killed, 3)],
            ),
            (
                "Une fillette a été repêchée sans vie dans le canal.",
                vec![(Cat::Killed, 1)],
            ),
            ("Trois mineurs ont été dégagés vivants.", vec![]),
            // A day between the participle and "sans vie".
            (
                "Deux frères ont été découverts lundi soir sans vie dans leur appartement.",
                vec![(Cat::Killed, 2)],
            ),
            (
                "Un randonneur a été retrouvé dimanche sans vie au pied d'une falaise.",
                vec![(Cat::Killed, 1)],
            ),
            (
                "Deux randonneurs ont été retrouvés dimanche soir sains et saufs.",
                vec![],
            ),
        ] {
            assert_eq!(figs(text), want, "{text}");
        }
    }

    /// The total of people of a kind abducted: "le nombre d'enfants enlevés
    /// pourrait atteindre 40".
    #[test]
    fn a_number_of_people_abducted() {
        assert_eq!(
            figs("Le nombre d'enfants enlevés pourrait atteindre 40, selon un responsable."),
            vec![(Cat::Kidnapped, 40)]
        );
        assert_eq!(
            figs("Le nombre de personnes enlevées s'élève à 12."),
            vec![(Cat::Kidnapped, 12)]
        );
    }

    /// An apposition naming a figure's members one by one adds no figure;
    /// a list going on to the verb, or "dont", does.
    #[test]
    fn apposed_members_are_no_figures() {
        assert_eq!(
            figs("Deux personnes, une femme de 52 ans et un garçon de 4 ans, ont été tuées."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("Deux touristes, un Belge et un Français, ont été tués."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("Deux Américains, un Jordanien et un Soudanais ont perdu la vie."),
            vec![(Cat::Killed, 2), (Cat::Killed, 1), (Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Trois personnes, dont une femme, ont été tuées."),
            vec![(Cat::Killed, 3), (Cat::Killed, 1)]
        );
    }

    /// People named by their nationality are people: displaced, wounded,
    /// abducted ("1,3 million de Haïtiens", "un Français enlevé").
    #[test]
    fn people_named_by_nationality() {
        assert_eq!(
            figs(
                "Près de 1,3 million de Haïtiens sont aujourd'hui déplacés à l'intérieur du pays."
            ),
            vec![(Cat::Displaced, 1_300_000)]
        );
        assert_eq!(
            figs("Plus de 300 Maliens ont été évacués vers Niamey."),
            vec![(Cat::Displaced, 300)]
        );
        assert_eq!(
            figs("Un Français a été enlevé dans l'est du pays."),
            vec![(Cat::Kidnapped, 1)]
        );
    }

    /// Killings counted by their noun: "22 homicides ont eu lieu", "deux
    /// meurtres"; an attempt is no killing.
    #[test]
    fn killings_counted_by_their_noun() {
        assert_eq!(
            figs("Depuis le début de l'année, 22 homicides ont eu lieu sur l'île."),
            vec![(Cat::Killed, 22)]
        );
        assert_eq!(
            figs("L'homme est soupçonné de deux meurtres commis à Lyon."),
            vec![(Cat::Killed, 2)]
        );
        assert!(figs("Il a été condamné pour trois tentatives de meurtre.").is_empty());
    }

    /// An apposition with an adverb of degree ("une femme, grièvement
    /// blessée, avait succombé": killed); "d'autres" after an act.
    #[test]
    fn graded_appositions_and_others_after_an_act() {
        assert_eq!(
            figs("Une femme de 68 ans, grièvement blessée, avait succombé dans la nuit."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("La secousse a tué sept personnes en blessant des dizaines d'autres."),
            vec![(Cat::Killed, 7), (Cat::Injured, 20)]
        );
        assert_eq!(
            figs("Ses combattants avaient décapité quatre villageois près de Mucojo."),
            vec![(Cat::Killed, 4)]
        );
        assert_eq!(
            figs("Quatre jeunes filles ont été emmenées par les assaillants."),
            vec![(Cat::Kidnapped, 4)]
        );
        assert!(figs("Il a emmené ses deux enfants à l'école.").is_empty());
        // One of them, named by a noun the lexicon lacks.
        assert_eq!(
            figs("Onze fidèles ont été tués, dont un catéchiste, lors de la messe."),
            vec![(Cat::Killed, 11), (Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Onze voitures ont été incendiées, dont une camionnette."),
            vec![]
        );
        // "parmi lesquels ceux de": the bodies of some of them.
        assert_eq!(
            figs("Il a compté 32 corps, parmi lesquels ceux de trois miliciens."),
            vec![(Cat::Killed, 32), (Cat::Killed, 3)]
        );
        // "dont celui d'un adolescent": the body of one of them.
        assert_eq!(
            figs("Huit corps ont été extraits des décombres, dont celui d'un adolescent."),
            vec![(Cat::Killed, 8), (Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Trois maisons ont été détruites, dont celle d'un élu."),
            vec![]
        );
    }

    /// Ranks are groups: a breakdown of the soldiers by rank keeps the
    /// total and its parts ("Trois soldats, un officier et deux
    /// sous-officiers, ont été tués": 3, 1 and 2).
    #[test]
    fn ranks_in_a_breakdown() {
        assert_eq!(
            figs("Trois soldats, un officier et deux sous-officiers, ont été tués lundi."),
            vec![(Cat::Killed, 3), (Cat::Killed, 1), (Cat::Killed, 2)]
        );
        let f = sentence_figures("Quatre caporaux ont été blessés dans l'embuscade.");
        assert_eq!(f[0].group_category, Some(Category::Military));
    }

    #[test]
    fn active_verbs() {
        assert_eq!(
            figs("Les rebelles ont attaqué le camp, tuant 7 soldats."),
            vec![(Cat::Killed, 7)]
        );
        assert_eq!(
            figs("Un kamikaze a tué 14 personnes à Lahore."),
            vec![(Cat::Killed, 14)]
        );
        assert_eq!(
            figs("L'armée annonce la mort de plus de 60 terroristes."),
            vec![(Cat::Killed, 60)]
        );
        // A day between the verb and its victims.
        assert_eq!(
            figs("Des hommes armés ont enlevé jeudi quatre-vingts élèves."),
            vec![(Cat::Kidnapped, 80)]
        );
        assert_eq!(
            figs("Les jihadistes ont tué dimanche soir douze villageois."),
            vec![(Cat::Killed, 12)]
        );
    }

    /// Units end on a word boundary ("journalistes" are no "jours");
    /// adverbs between auxiliary and participle; an adverbial between an
    /// active verb and its victims; "à peu près" approximates.
    #[test]
    fn units_adverbs_and_insertions() {
        assert_eq!(figs("Six journalistes ont été tués."), [(Cat::Killed, 6)]);
        assert_eq!(
            figs("Cinq des assaillants ont été tués."),
            [(Cat::Killed, 5)]
        );
        assert_eq!(figs("30 Européens ont été blessés."), [(Cat::Injured, 30)]);
        assert!(figs("Il a passé 3 jours à l'hôpital, blessé.").is_empty());
        // "une large part", "une bonne partie": a share, no count.
        assert_eq!(
            figs("Les pluies ont fait 240 morts, dont une large part dans la vallée."),
            [(Cat::Killed, 240)]
        );
        assert_eq!(
            figs("Il y a eu 80 blessés, dont une bonne partie parmi les policiers."),
            [(Cat::Injured, 80)]
        );
        assert_eq!(
            figs("Cinq personnes ont tout de même été gravement blessées."),
            [(Cat::Injured, 5)]
        );
        // (Other adverbs of contrast or assertion: "toutefois", "en
        // revanche", "bel et bien".)
        assert_eq!(
            figs("Cinq militaires sont toutefois portés disparus depuis l'attaque."),
            [(Cat::Missing, 5)]
        );
        assert_eq!(
            figs("Trois policiers ont en revanche été blessés."),
            [(Cat::Injured, 3)]
        );
        assert_eq!(
            figs("Deux enfants ont bel et bien été tués."),
            [(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("La canicule a tué, en trois jours, au moins 14 personnes."),
            [(Cat::Killed, 14)]
        );
        let f = &sentence_figures("Les talibans ont tué à peu près 60 policiers.")[0];
        assert_eq!((f.count, f.approximate), (60, true));
    }

    #[test]
    fn bounds_and_vague() {
        let f = &sentence_figures("Au moins 56 personnes sont mortes.")[0];
        assert_eq!(
            (f.count, f.min, f.max, f.approximate),
            (56, Some(56), None, true)
        );
        let f = &sentence_figures("plus de 100 morts")[0];
        assert_eq!((f.count, f.min), (100, Some(101)));
        let f = &sentence_figures("près de 50 blessés")[0];
        assert_eq!((f.count, f.max), (50, Some(50)));
        let f = &sentence_figures("Une centaine d'entre eux aurait été abattue.")[0];
        assert_eq!((f.cat, f.count, f.approximate), (Cat::Killed, 100, true));
        let f = sentence_figures("entre 600 et 800 interpellations");
        assert_eq!(f.len(), 1);
        assert_eq!(
            (f[0].cat, f[0].min, f[0].max),
            (Cat::Arrested, Some(600), Some(800))
        );
        assert_eq!(
            figs("le bilan passe de 13 à 27 morts"),
            vec![(Cat::Killed, 13), (Cat::Killed, 27)]
        );
    }

    /// Counted disappearances are missing people ("32 disparitions
    /// forcées"), as counted arrests are arrested people.
    #[test]
    fn counted_disappearances() {
        assert_eq!(
            figs("La commission a fait état de 50 arrestations et de 32 disparitions forcées."),
            vec![(Cat::Arrested, 50), (Cat::Missing, 32)]
        );
    }

    /// A toll's verb bounds it: "dépasse les 2 000 morts" is more than
    /// 2 000, "a franchi la barre des 100 morts" at least 100, "frôle les
    /// 50 morts" at most 50, "avoisine les 40 morts" about 40.
    #[test]
    fn bounds_told_by_the_verb() {
        let b = |s: &str| {
            let f = &sentence_figures(s)[0];
            (f.count, f.min, f.max, f.approximate)
        };
        assert_eq!(
            b("Le bilan dépasse les 2 000 morts."),
            (2000, Some(2001), None, true)
        );
        assert_eq!(
            b("Le bilan a franchi la barre des 100 morts."),
            (100, Some(100), None, true)
        );
        assert_eq!(
            b("Le bilan frôle les 50 morts."),
            (50, None, Some(50), true)
        );
        assert_eq!(b("Le bilan avoisine les 40 morts."), (40, None, None, true));
    }

    #[test]
    fn sub_counts_and_zero() {
        assert_eq!(
            figs("L'attentat a fait 29 morts, dont 27 policiers."),
            vec![(Cat::Killed, 29), (Cat::Killed, 27)]
        );
        // "mais aussi" before a part of the toll; not a larger figure.
        assert_eq!(
            figs(
                "Au moins 532 personnes ont été tuées, en majorité des combattants mais aussi \
                 au moins 109 civils."
            ),
            vec![(Cat::Killed, 532), (Cat::Killed, 109)]
        );
        assert_eq!(
            figs("Douze soldats ont été tués, mais aussi 40 rebelles."),
            vec![(Cat::Killed, 12)]
        );
        // Far from its whole, across a date ("le 21 octobre" is no count
        // of things); not larger than an approximate whole twice over.
        assert_eq!(
            figs(
                "Au moins 30 personnes ont été tuées depuis le début, le 21 octobre, des \
                 manifestations contre les résultats de l'élection présidentielle au \
                 Mozambique, dont 11 pour la seule journée de jeudi."
            ),
            vec![(Cat::Killed, 30), (Cat::Killed, 11)]
        );
        assert_eq!(
            figs(
                "Une vingtaine de policiers ont été blessés, selon le ministère, qui avait \
                 mobilisé 11 000 membres des forces de l'ordre dans toute la France, dont \
                 4 000 à Paris."
            ),
            vec![(Cat::Injured, 20)]
        );
        // A "dont" after a count of things is of those things; not when it
        // names people.
        assert_eq!(
            figs(
                "L'armée a annoncé l'arrestation de 11 suspects et la saisie de 42 armes, dont sept fusils."
            ),
            vec![(Cat::Arrested, 11)]
        );
        assert_eq!(
            figs(
                "Douze personnes ont été blessées dans l'explosion de deux voitures, dont trois enfants."
            ),
            vec![(Cat::Injured, 12), (Cat::Injured, 3)]
        );
        assert_eq!(figs("Il n'y a eu aucun blessé."), vec![(Cat::Injured, 0)]);
        assert_eq!(figs("Aucun soldat n'a été tué."), vec![(Cat::Killed, 0)]);
        assert_eq!(
            figs("Le bilan s'est alourdi : 8 personnes sont désormais décédées."),
            vec![(Cat::Killed, 8)]
        );
    }

    /// Straight and curly quotes around a participle or a figure ("avoir
    /// \"neutralisé\" 23 terroristes", "tué “17 soldats”"); "N d'entre eux"
    /// neutralised after armed men; "n'ont perdu que deux soldats"; a bound
    /// on the later of two coordinated figures ("neuf soldats et au moins
    /// sept civils"), not on another clause's same noun.
    #[test]
    fn quotes_restrictions_and_bounded_coordinates() {
        let qfigs = |s: &str| figs(&plain_quotes(s));
        assert_eq!(
            qfigs(r#"L'armée affirme avoir "neutralisé" 23 terroristes."#),
            vec![(Cat::Killed, 23)]
        );
        assert_eq!(
            qfigs("Les shebab disent avoir tué “17 soldats kényans”."),
            vec![(Cat::Killed, 17)]
        );
        assert_eq!(
            figs(
                "Un groupe de rebelles a été mis en déroute et huit d'entre eux ont été neutralisés."
            ),
            vec![(Cat::Killed, 8)]
        );
        assert!(
            figs("Douze candidats ont concouru et huit d'entre eux ont été éliminés.").is_empty()
        );
        assert_eq!(
            figs("L'armée affirme n'avoir perdu que deux soldats."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("Neuf soldats et au moins sept civils ont été tués."),
            vec![(Cat::Killed, 9), (Cat::Killed, 7)]
        );
        assert_eq!(
            figs(
                "Les feux ont ravagé 40 maisons et plus de 200 maisons restent menacées, 3 personnes sont mortes."
            ),
            vec![(Cat::Killed, 3)]
        );
    }

    /// Flight from a cause with its article ("ont fui une répression", "une
    /// offensive") and life in camps ("vivent dans les camps de réfugiés")
    /// count the displaced; living in a town does not.
    #[test]
    fn flight_from_a_cause_and_life_in_camps() {
        assert_eq!(
            figs("Plus de 40 000 personnes ont fui vers la frontière turque."),
            vec![(Cat::Displaced, 40_000)]
        );
        assert_eq!(
            figs("Quelque 300 000 civils ont fui une offensive de l'armée en 2010."),
            vec![(Cat::Displaced, 300_000)]
        );
        assert_eq!(
            figs(
                "Plus de 80 000 Sahraouis vivent toujours dans des camps de réfugiés près de Tindouf."
            ),
            vec![(Cat::Displaced, 80_000)]
        );
        assert!(figs("Deux millions de personnes vivent dans la capitale.").is_empty());
        assert!(figs("Il a fui une fois, en 2019.").is_empty());
    }

    /// A participle in straight or curly quotes ('ont été "neutralisés"')
    /// is read as one in guillemets; a denial whose completive, in the
    /// subjunctive, holds the figure negates it, however long its subject.
    #[test]
    fn quoted_participles_and_denied_completives() {
        assert_eq!(
            figs(r#"Trois assaillants ont été "neutralisés"."#),
            vec![(Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Cinq terroristes ont été “neutralisés”."),
            vec![(Cat::Killed, 5)]
        );
        let mods = |t: &str| {
            extract(&Document::parse(t))
                .into_iter()
                .map(|c| c.modality)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            mods(
                "Le gouverneur a démenti qu'une seconde frappe, menée lundi près du marché, ait tué huit civils."
            ),
            [Modality::Negated]
        );
        assert_eq!(
            mods(
                "L'armée a démenti que la base ait été attaquée, mais 4 soldats ont été tués lundi."
            ),
            [Modality::Asserted]
        );
        // A figure doubted by a participle in apposition, whoever told it.
        assert_eq!(
            mods("Le gouvernement avait avancé le chiffre de plus de 2 000 morts, jamais vérifié."),
            [Modality::Uncertain]
        );
        // A count kept ("en retenait 670"), no hostages held.
        assert!(mods("L'ONU en retenait 670, un chiffre prudent.").is_empty());
        // A claim denied in the next sentence by a demonstrative; not one
        // only contested by a count of another.
        assert_eq!(
            mods(
                "Le TTP affirme avoir tué « plus de 30 policiers ». La police a démenti ce chiffre."
            ),
            [Modality::Negated]
        );
        assert_eq!(
            mods(
                "Le syndicat affirme que 30 personnes ont été blessées. La préfecture a contesté \
                 ce chiffre, évoquant quatre blessés légers."
            ),
            [Modality::Reported, Modality::Reported]
        );
    }

    /// A count whose source the next sentence of its paragraph names ("Le
    /// bilan a été communiqué … par …") is reported; a count revised or
    /// doubted there is not thereby sourced, nor one of another paragraph.
    #[test]
    fn a_source_named_in_the_next_sentence() {
        assert_eq!(
            modalities(
                "Au moins dix-sept personnes, dont quatre enfants, ont été tuées mardi dans \
                 l'explosion. Le bilan a été communiqué en fin d'après-midi par le préfet."
            ),
            [(17, Modality::Reported), (4, Modality::Reported)]
        );
        assert_eq!(
            modalities(
                "Neuf personnes ont péri dans l'incendie. Ces chiffres ont été fournis par les \
                 pompiers."
            ),
            [(9, Modality::Reported)]
        );
        assert_eq!(
            modalities(
                "Neuf personnes ont péri dans l'incendie. Le bilan a été porté jeudi à dix morts \
                 par les pompiers."
            )[0],
            (9, Modality::Asserted)
        );
        assert_eq!(
            modalities(
                "Neuf personnes ont péri dans l'incendie.\n\nLe bilan a été communiqué par le \
                 préfet."
            ),
            [(9, Modality::Asserted)]
        );
    }

    /// A pronoun that tells a toll stands for the person or body named
    /// before it ("Il a également annoncé l'interpellation de 41
    /// personnes"); an impersonal "il" names no one ("Il est fait état de
    /// …", "il a été annoncé que …"), nor does "on".
    #[test]
    fn a_pronoun_that_tells_is_a_source() {
        assert_eq!(
            modalities(
                "Des heurts ont éclaté à Conakry. Le ministre a parlé de violences. Il a \
                 également annoncé l'interpellation de 41 personnes."
            ),
            [(41, Modality::Reported)]
        );
        assert_eq!(
            modalities(
                "Des heurts ont éclaté. Elle a précisé que trois policiers avaient été blessés."
            ),
            [(3, Modality::Reported)]
        );
        assert_eq!(
            modalities("Des heurts ont éclaté. Il est fait état de 41 personnes interpellées."),
            [(41, Modality::Asserted)]
        );
        assert_eq!(
            modalities("Des heurts ont éclaté. On dénombre trois blessés parmi les policiers."),
            [(3, Modality::Asserted)]
        );
        assert_eq!(
            modalities("Le bilan a été revu. Il a ensuite été fait état de 273 morts lundi soir."),
            [(273, Modality::Asserted)]
        );
    }

    fn modality_of(s: &str) -> Vec<Modality> {
        sentence_figures(s)
            .iter()
            .map(|f| {
                let a = modality::assess(s, f.trigger).attribution;
                figure_modality(s, f, a.is_some_and(|(x, y)| is_source(&s[x..y])))
            })
            .collect()
    }

    /// Losses told with an adverbial between ("auraient pour leur part
    /// perdu une dizaine d'hommes"); custody named by its noun ("le
    /// placement en détention de trois employés"); fleeing toward a site
    /// ("ont fui vers le site de déplacés"); a later item of a list a
    /// named toll opens ("Parmi les morts figurent le chauffeur et au
    /// moins trois femmes").
    #[test]
    fn losses_custody_flight_and_later_items() {
        assert_eq!(
            figs("Les assaillants auraient pour leur part perdu une dizaine d'hommes."),
            vec![(Cat::Killed, 10)]
        );
        assert_eq!(
            figs("Le parquet a ordonné le placement en détention de trois employés."),
            vec![(Cat::Arrested, 3)]
        );
        assert_eq!(
            figs("Près de 9 000 habitants ont fui vers le site de déplacés."),
            vec![(Cat::Displaced, 9000)]
        );
        assert!(figs("Le suspect a fui vers le site de la gare à 9 heures.").is_empty());
        assert_eq!(
            doc_figs(
                "Vingt personnes sont mortes. Parmi les morts figurent le chauffeur et au moins \
                 trois femmes."
            ),
            vec![(Cat::Killed, Some(20)), (Cat::Killed, Some(3))]
        );
    }

    /// An opening that counts the people of a toll told before ("Parmi
    /// les onze hommes figuraient") breaks down the figure of that count,
    /// up to three sentences back; with no such figure, nothing.
    #[test]
    fn an_opening_that_counts_the_toll() {
        assert_eq!(
            doc_figs(
                "Le groupe a exécuté onze hommes. Les exécutions ont eu lieu dimanche. Parmi \
                 les onze hommes figuraient deux adolescents de 16 et 17 ans."
            ),
            vec![(Cat::Killed, Some(11)), (Cat::Killed, Some(2))]
        );
        assert_eq!(
            doc_figs(
                "Trente personnes ont été blessées. Parmi les onze hommes figuraient deux adolescents."
            ),
            vec![(Cat::Injured, Some(30))]
        );
    }

    /// A count after "un groupe de" or "partie de" is the figure ("un
    /// groupe d'une quarantaine de civils enlevés"); a complement of
    /// another noun is not ("père de six enfants").
    #[test]
    fn a_group_counted() {
        assert_eq!(
            figs(
                "Les victimes faisaient partie d'un groupe d'une quarantaine de civils enlevés le 14 mai."
            ),
            vec![(Cat::Kidnapped, 40)]
        );
        assert!(figs("Le père de six enfants, hospitalisé depuis lundi, est sorti.").is_empty());
    }

    /// Admitted to hospital is wounded ("admises à l'hôpital", "admis aux
    /// urgences"); admitted to a school is not.
    #[test]
    fn admitted_to_hospital() {
        assert_eq!(
            figs("Plus de 400 personnes ont été admises à l'hôpital pour des coups de chaleur."),
            vec![(Cat::Injured, 400)]
        );
        assert_eq!(
            figs("Trois passagers ont été admis aux urgences."),
            vec![(Cat::Injured, 3)]
        );
        assert!(figs("Trois élèves ont été admis à l'École polytechnique.").is_empty());
    }

    /// A toll that states itself ("Le bilan fait également état de") is
    /// asserted, adverb or not; a source that does is a report.
    #[test]
    fn a_toll_stating_itself_with_an_adverb() {
        assert_eq!(
            modality_of("Le bilan provisoire fait également état de 84 blessés."),
            vec![Modality::Asserted]
        );
        assert_eq!(
            modality_of("Le communiqué fait également état de 84 blessés."),
            vec![Modality::Reported]
        );
    }

    /// Tolls said in other words: burnt alive is dead, hit by bullets is
    /// wounded, made prisoner is captured, forced to leave home is displaced.
    #[test]
    fn tolls_in_other_words() {
        for (s, want) in [
            (
                "Des dizaines de personnes ont été brûlées vives.",
                (Cat::Killed, 20),
            ),
            (
                "Trois personnes ont été touchées par balles.",
                (Cat::Injured, 3),
            ),
            // Soldiers taken prisoner are held by the other side.
            (
                "Douze soldats ont été faits prisonniers.",
                (Cat::Kidnapped, 12),
            ),
            (
                "Douze rebelles ont été faits prisonniers.",
                (Cat::Arrested, 12),
            ),
            (
                "Les explosions avaient ôté la vie à 14 personnes.",
                (Cat::Killed, 14),
            ),
            (
                "Près de 250 000 personnes ont été contraintes d'évacuer les lieux.",
                (Cat::Displaced, 250_000),
            ),
            (
                "Trois cents habitants ont dû quitter leur village.",
                (Cat::Displaced, 300),
            ),
        ] {
            assert_eq!(figs(s), vec![want], "{s}");
        }
        // Leaving is not fleeing without a home left behind.
        assert!(figs("Trois ministres ont dû quitter le gouvernement.").is_empty());
    }

    /// One person "touched" is no population affected.
    #[test]
    fn one_person_touched_is_not_affected() {
        assert!(figs("Un assassinat politique touche un ministre.").is_empty());
        assert_eq!(
            figs("L'épidémie touche 300 habitants."),
            vec![(Cat::Affected, 300)]
        );
    }

    /// An active verb's victims after more than one incise or adverb: "a
    /// arrêté hier, mercredi, plus de 200 manifestants".
    #[test]
    fn an_active_verb_past_two_incises() {
        assert_eq!(
            figs(
                "La police a arrêté hier, mercredi, plus de 200 manifestants, dont 14 dirigeants syndicaux."
            ),
            vec![(Cat::Arrested, 200), (Cat::Arrested, 14)]
        );
        assert_eq!(
            figs("Les rebelles ont tué dimanche, selon l'armée, 12 villageois."),
            vec![(Cat::Killed, 12)]
        );
        assert!(
            figs("La police a arrêté hier, mercredi, la circulation sur 20 kilomètres.").is_empty()
        );
    }

    /// An epidemic's reach: cases notified, people contaminated or
    /// infected by it, a population a threat may reach ("pourrait
    /// affecter"); not forces posted ("va affecter 300 gendarmes"), nor
    /// machines infected.
    #[test]
    fn an_epidemics_and_a_threats_reach() {
        assert_eq!(
            figs("Plus de 115 000 cas ont été notifiés depuis avril."),
            vec![(Cat::Affected, 115_000)]
        );
        assert_eq!(
            figs("Le virus a contaminé 820 000 personnes."),
            vec![(Cat::Affected, 820_000)]
        );
        assert_eq!(
            figs("La bactérie aurait infecté une trentaine d'enfants."),
            vec![(Cat::Affected, 30)]
        );
        assert_eq!(
            figs("La sécheresse pourrait affecter jusqu'à 400 000 personnes."),
            vec![(Cat::Affected, 400_000)]
        );
        assert_eq!(
            figs("Les crues risquent de toucher 50 000 habitants."),
            vec![(Cat::Affected, 50_000)]
        );
        assert!(figs("Le ministre va affecter 300 gendarmes à la sécurité du sommet.").is_empty());
        assert!(figs("Le logiciel a infecté 300 000 ordinateurs.").is_empty());
        assert!(figs("Le ministère pourrait affecter 2 millions d'euros au plan.").is_empty());
    }

    /// A population in need of aid, of a roof, or hungry: the affected
    /// (the homeless displaced); not a few people "in need of help", nor a
    /// country's need of money.
    #[test]
    fn populations_in_need_and_hungry() {
        assert_eq!(
            figs("Plus de 3 millions de personnes ont besoin d'une aide humanitaire."),
            vec![(Cat::Affected, 3_000_000)]
        );
        assert_eq!(
            figs("Quelque 250 000 habitants auraient besoin d'assistance alimentaire."),
            vec![(Cat::Affected, 250_000)]
        );
        assert_eq!(
            figs("Au moins 8 000 personnes ont besoin d'un toit."),
            vec![(Cat::Displaced, 8_000)]
        );
        assert_eq!(
            figs("Deux millions de Somaliens sont au bord de la famine."),
            vec![(Cat::Affected, 2_000_000)]
        );
        // Hunger told otherwise: confronted with it, threatened by it,
        // living on aid.
        assert_eq!(
            figs(
                "Près de 18 millions de Soudanais sont confrontés à une insécurité alimentaire aiguë."
            ),
            vec![(Cat::Affected, 18_000_000)]
        );
        assert_eq!(
            figs("Sept millions de personnes sont menacées par la faim."),
            vec![(Cat::Affected, 7_000_000)]
        );
        assert_eq!(
            figs("Plus de 28 millions de personnes dépendent déjà de l'aide humanitaire."),
            vec![(Cat::Affected, 28_000_000)]
        );
        assert!(figs("Les trois enfants dépendent de l'aide de leur oncle.").is_empty());
        assert_eq!(
            figs("Près de 90 000 enfants souffrent de malnutrition."),
            vec![(Cat::Affected, 90_000)]
        );
        assert_eq!(
            figs("Un million de Malgaches sont en situation d'insécurité alimentaire."),
            vec![(Cat::Affected, 1_000_000)]
        );
        assert!(figs("Les trois enfants ont besoin d'aide pour leurs devoirs.").is_empty());
        assert!(figs("Le pays a besoin d'une aide de 300 millions de dollars.").is_empty());
    }

    /// Trades of the field are people: "un géologue canadien enlevé",
    /// "deux hommes d'affaires", "trois bergers abattus".
    #[test]
    fn trades_in_the_field() {
        assert_eq!(
            figs("Un géologue canadien a été enlevé sur un site minier."),
            vec![(Cat::Kidnapped, 1)]
        );
        assert_eq!(
            figs("Deux hommes d'affaires ont été enlevés à Port-au-Prince."),
            vec![(Cat::Kidnapped, 2)]
        );
        assert_eq!(
            figs("Trois bergers ont été abattus près de leur campement."),
            vec![(Cat::Killed, 3)]
        );
    }

    /// A toll split by side, the noun told once: "30 morts côté rebelle
    /// et 12 côté gouvernemental", "chez les rebelles et 12 chez les
    /// soldats"; not a number after "chez lui".
    #[test]
    fn a_toll_split_by_side() {
        assert_eq!(
            figs("Les combats ont fait 30 morts côté rebelle et 12 côté gouvernemental."),
            vec![(Cat::Killed, 30), (Cat::Killed, 12)]
        );
        assert_eq!(
            figs("Les heurts ont fait 14 blessés chez les manifestants et 9 chez les policiers."),
            vec![(Cat::Injured, 14), (Cat::Injured, 9)]
        );
        assert_eq!(
            figs(
                "Les combats ont fait 30 morts dans le camp rebelle et 12 dans le camp loyaliste."
            ),
            vec![(Cat::Killed, 30), (Cat::Killed, 12)]
        );
        assert_eq!(
            figs("Le drame a fait 3 morts, et le maire a parlé 12 minutes chez lui."),
            vec![(Cat::Killed, 3)]
        );
    }

    /// An active verb's victims after a month or a week ("avoir arrêté en
    /// février plus de 120 membres", "a interpellé la semaine dernière 45
    /// personnes"); "gardes du corps" are people, not bodies.
    #[test]
    fn victims_after_a_month_and_bodyguards() {
        assert_eq!(
            figs("Les FDS affirment avoir arrêté en février plus de 120 membres présumés de l'EI."),
            vec![(Cat::Arrested, 120)]
        );
        assert_eq!(
            figs("La police a interpellé la semaine dernière 45 personnes."),
            vec![(Cat::Arrested, 45)]
        );
        assert_eq!(
            figs("Deux de ses gardes du corps auraient été tués jeudi soir."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("Trois membres du corps médical ont été blessés."),
            vec![(Cat::Injured, 3)]
        );
        assert_eq!(
            figs("Deux corps ont été retrouvés."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("Des dizaines de corps ont été retrouvés."),
            vec![(Cat::Killed, 20)]
        );
        // "ancien" before the noun of a listed victim.
        assert_eq!(
            figs("Parmi les victimes figurent deux députés et un ancien ministre."),
            vec![(Cat::Killed, 2), (Cat::Killed, 1)]
        );
        // The bodies, told with what was done to them, are the dead's.
        assert_eq!(
            figs("Parmi les corps identifiés figurent 109 enfants, selon le coroner."),
            vec![(Cat::Killed, 109)]
        );
        assert!(figs("Il a servi parmi les corps d'élite pendant 12 ans.").is_empty());
    }

    /// A day between "coûté la vie" and its victims: "a coûté la vie la
    /// veille à six policiers", "hier à".
    #[test]
    fn cost_lives_with_a_day_between() {
        assert_eq!(
            figs("L'explosion a coûté la vie la veille à six policiers."),
            vec![(Cat::Killed, 6)]
        );
        assert_eq!(
            figs("L'attaque a coûté la vie mardi soir à trois gendarmes."),
            vec![(Cat::Killed, 3)]
        );
    }

    /// "interpelé" with one l, as the press often writes it; an ordinal
    /// between "une" and the victim ("une quatrième personne").
    #[test]
    fn one_l_and_ordinals() {
        assert_eq!(
            figs("Trois hommes ont été interpelés."),
            vec![(Cat::Arrested, 3)]
        );
        assert_eq!(figs("Un homme est interpelé."), vec![(Cat::Arrested, 1)]);
        assert_eq!(
            figs("Une quatrième personne a été blessée."),
            vec![(Cat::Injured, 1)]
        );
    }

    /// Someone speaking of a toll, or mentioning it, reports it: "le maire
    /// parle de", "la préfecture a fait mention de", "le ministère évalue le
    /// bilan à"; "on parle de" is no one's figure.
    #[test]
    fn speaking_of_a_toll_reports_it() {
        for s in [
            "Le maire parle de dix morts dans l'effondrement.",
            "La préfecture a fait mention de 14 morts.",
            "Le ministère évalue le bilan de l'attaque à au moins 11 morts.",
        ] {
            assert_eq!(modality_of(s), vec![Modality::Reported], "{s}");
        }
        assert_eq!(
            modality_of("On parle de dix morts."),
            vec![Modality::Asserted]
        );
    }

    /// A source after a list of figures covers each of them ("ainsi que"
    /// goes on with the list); after a relative clause it does not.
    #[test]
    fn a_source_after_a_list_covers_each_figure() {
        let doc = Document::parse(
            "Il est fait état d'au moins 27 morts, ainsi que de 78 blessés, d'après le ministère de la Santé.",
        );
        let m: Vec<Modality> = extract(&doc).iter().map(|f| f.modality).collect();
        assert_eq!(m, [Modality::Reported, Modality::Reported]);
        let doc = Document::parse(
            "Trois soldats ont été tués, dont un officier que la presse locale, selon ses proches, connaissait.",
        );
        let m: Vec<Modality> = extract(&doc).iter().map(|f| f.modality).collect();
        assert_eq!(m.first(), Some(&Modality::Asserted), "{m:?}");
    }

    /// A count is stated by a toll ("le bilan fait état de") unless the toll
    /// is someone's count ("le bilan de la protection civile").
    #[test]
    fn a_count_made_by_an_institution_is_reported() {
        assert_eq!(
            modality_of("Un nouveau bilan de la protection civile dénombre au moins 37 morts."),
            vec![Modality::Reported]
        );
        assert_eq!(
            modality_of("Le bilan officiel des autorités fait état de 12 morts."),
            vec![Modality::Reported]
        );
        assert_eq!(
            modality_of("Le bilan du séisme fait état de 12 morts."),
            vec![Modality::Asserted]
        );
        assert_eq!(
            modality_of("Le bilan de l'OMS recense 40 morts."),
            vec![Modality::Reported]
        );
    }

    /// "une autre" after "une voiture" is another car; after "un homme",
    /// "un autre" is another man.
    #[test]
    fn another_thing_is_no_toll() {
        assert!(
            figs("Une voiture est renversée sur le toit et une autre brûlée rue de Serbie.")
                .is_empty()
        );
        assert_eq!(
            figs("Un véhicule a été incendié, un homme a été blessé et un autre arrêté.").len(),
            2
        );
    }

    #[test]
    fn modality_in_its_clause() {
        assert_eq!(
            modality_of("Un homme aurait été intercepté et un autre a été tué."),
            vec![Modality::Asserted]
        );
        assert_eq!(
            modality_of("Une centaine d'entre eux aurait été abattue."),
            vec![Modality::Uncertain]
        );
        assert_eq!(
            modality_of("Il y aurait plus de 50 morts selon les médias."),
            vec![Modality::Uncertain]
        );
        assert_eq!(
            modality_of("Selon la police, 3 personnes ont été tuées."),
            vec![Modality::Reported]
        );
        assert_eq!(
            modality_of("21 de ses membres présumés ont été arrêtés."),
            vec![Modality::Asserted]
        );
        assert_eq!(
            modality_of("21 membres auraient été arrêtés."),
            vec![Modality::Uncertain]
        );
        assert_eq!(
            modality_of("On dénombre également 20 blessés."),
            vec![Modality::Asserted]
        );
        assert_eq!(
            modality_of("Trois morts, a indiqué la police."),
            vec![Modality::Reported]
        );
        assert_eq!(
            modality_of("Les attentats auront fait plus de 40 morts."),
            vec![Modality::Asserted]
        );
        assert_eq!(
            modality_of("L'arrestation de trois suspects n'est pas confirmée."),
            vec![Modality::Uncertain]
        );
    }

    #[test]
    fn indefinite_tolls() {
        let f = sentence_figures("L'explosion a fait plusieurs morts.");
        assert_eq!(f.len(), 1);
        assert!(f[0].indefinite && f[0].cat == Cat::Killed);
        let f = sentence_figures("De nombreux manifestants ont été interpellés.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].cat, Cat::Arrested);
        assert!(
            sentence_figures("Plusieurs centaines de blessés.")
                .iter()
                .all(|f| !f.indefinite && f.count == 200)
        );
    }

    #[test]
    fn not_tolls_by_grammar_2() {
        assert!(figs("Il a enlevé trois peaux de bête.").is_empty());
        assert_eq!(
            figs("Ils ont enlevé trois Français."),
            vec![(Cat::Kidnapped, 3)]
        );
        assert!(figs("Cinq femmes victimes de viol ont témoigné.").is_empty());
        assert!(figs("Les deux trains se sont arrêtés en gare.").is_empty());
        // Stopped, then the toll further on.
        assert_eq!(
            figs(
                "Deux jeunes hommes qui s'étaient arrêtés pour demander leur chemin ont été tués."
            ),
            vec![(Cat::Killed, 2)]
        );
    }

    #[test]
    fn lists_and_sub_counts() {
        assert_eq!(
            figs(
                "10 personnes ont été blessées dont 6 policiers et 15 personnes ont été interpellées."
            ),
            vec![(Cat::Injured, 10), (Cat::Injured, 6), (Cat::Arrested, 15)]
        );
        assert_eq!(
            figs(
                "Ils ont expulsé une vingtaine de manifestants, deux personnes ont été interpellées."
            ),
            vec![(Cat::Arrested, 2)]
        );
        assert_eq!(
            figs("748 soldats, 18 policiers et 3 civils ont été blessés."),
            vec![(Cat::Injured, 748), (Cat::Injured, 18), (Cat::Injured, 3)]
        );
    }

    #[test]
    fn counted_among_a_toll() {
        assert_eq!(
            figs("Une fillette de 9 ans est à déplorer parmi les victimes."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Trois Français figurent parmi les blessés."),
            vec![(Cat::Injured, 3)]
        );
        assert!(figs("Trois Français figurent parmi les lauréats.").is_empty());
    }

    #[test]
    fn not_tolls_by_grammar() {
        assert!(figs("Il a reçu une trentaine de menaces de mort.").is_empty());
        assert!(figs("Deux cas de fraude ont été signalés.").is_empty());
        assert_eq!(
            figs("Deux cas de choléra ont été signalés."),
            vec![(Cat::Affected, 2)]
        );
        // The conditions an epidemic brings are its cases too.
        assert_eq!(
            figs("3 893 cas de microcéphalie ont été recensés depuis octobre."),
            vec![(Cat::Affected, 3893)]
        );
        assert_eq!(
            figs("Le pays compte 120 cas d'hépatite A."),
            vec![(Cat::Affected, 120)]
        );
        assert!(figs("3 893 cas de corruption ont été recensés depuis octobre.").is_empty());
        assert!(
            figs("L'un des deux survivants du massacre, Robert Hébras, est décédé.").is_empty()
        );
        assert_eq!(figs("Un spectateur est mort."), vec![(Cat::Killed, 1)]);
        assert!(figs("Un sans-abri a été relogé.").is_empty());
        // The homeless before the event are no toll of it.
        assert_eq!(
            figs("L'immeuble, occupé par des centaines de sans-abri, a brûlé : 73 morts."),
            vec![(Cat::Killed, 73)]
        );
        assert_eq!(
            figs("Le séisme a fait 5 000 sans-abri."),
            vec![(Cat::Displaced, 5000)]
        );
        assert!(figs("Président de 1988 à 1991 est décédé.").is_empty());
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_offsets_are_in_the_sentence(words in proptest::collection::vec(
            proptest::sample::select(vec![
                "7", "4 400", "soldats", "ont", "été", "tués", "blessés", "dont", "plus de",
                "au moins", "entre", "et", "ou", "à", "morts", ",", ":", "un", "une", "centaine",
                "d'entre", "eux", "aurait", "arrêtés", "selon", "la", "police", "aucun", "de",
                "personnes", "le", "bilan", "passe", "99999999999999999999", "milliards",
            ]),
            0..30,
        )) {
            let s = words.join(" ");
            for f in super::sentence_figures(&s, None, &[], false) {
                proptest::prop_assert!(f.start <= f.end && f.end <= s.len());
                proptest::prop_assert!(f.trigger <= s.len());
            }
        }
    }

    /// A part of a group counted in the same clause: the verb told of
    /// the part is the part's toll, the group's number only names it;
    /// a body of one of a group counts one dead, the group keeping its
    /// own toll word; none of a group survived counts the group.
    #[test]
    fn part_of_a_counted_group() {
        for (text, want) in [
            (
                "Lors de l'assaut, deux des trois preneurs d'otages ont été abattus.",
                vec![(Cat::Killed, 2)],
            ),
            (
                "Trois des cinq gardiens ont été blessés.",
                vec![(Cat::Injured, 3)],
            ),
            (
                "Les secouristes ont retrouvé le corps d'un des quatre alpinistes portés disparus.",
                vec![(Cat::Killed, 1), (Cat::Missing, 4)],
            ),
            (
                "Les corps de trois des sept employés enlevés ont été retrouvés.",
                vec![(Cat::Killed, 3), (Cat::Kidnapped, 7)],
            ),
            (
                "Aucun des six enfants montés à bord n'a survécu.",
                vec![(Cat::Killed, 6)],
            ),
            (
                "Aucun des 150 passagers n'aurait survécu, selon la compagnie.",
                vec![(Cat::Killed, 150)],
            ),
            // Hostage-takers are no hostages.
            (
                "Trois preneurs d'otages ont été abattus.",
                vec![(Cat::Killed, 3)],
            ),
            // A toll noun names the group: no verb, no part's toll.
            (
                "Deux des cinq morts étaient des enfants.",
                vec![(Cat::Killed, 5)],
            ),
            ("Aucun des six enfants n'a été blessé.", vec![]),
        ] {
            let got = sorted(figs(text));
            let want = sorted(want);
            assert_eq!(got, want, "{text}");
        }
        // "n'a survécu" counts the dead, not a denial.
        assert_eq!(
            modalities("Aucun des six enfants montés à bord n'a survécu."),
            vec![(6, Modality::Asserted)]
        );
    }

    /// One of a group, its toll told after the group's noun (the verb
    /// agreeing with "un"): "l'un des trois ravisseurs a été tué"; the
    /// group keeps a toll word of its own ("un des cinq otages").
    #[test]
    fn one_of_a_group() {
        for (text, want) in [
            (
                "L'un des trois ravisseurs a été tué lundi.",
                vec![(Cat::Killed, 1)],
            ),
            (
                "L'un des deux suspects, âgé de 30 ans, a été interpellé à Lyon.",
                vec![(Cat::Arrested, 1)],
            ),
            (
                "Un des cinq otages aurait été exécuté.",
                vec![(Cat::Kidnapped, 5), (Cat::Killed, 1)],
            ),
            ("L'un des trois bâtiments a été détruit.", vec![]),
        ] {
            let got = sorted(figs(text));
            assert_eq!(got, want, "{text}");
        }
    }

    /// The rest of a group in a state that lasts ("restent introuvables",
    /// "demeurent aux mains de leurs ravisseurs", "restaient hospitalisés"):
    /// a toll, as most written golds count it; staying somewhere is none.
    #[test]
    fn the_rest_still_in_a_state() {
        for (text, want) in [
            ("Les quatre autres restent introuvables.", (Cat::Missing, 4)),
            (
                "Les deux autres demeurent aux mains de leurs ravisseurs.",
                (Cat::Kidnapped, 2),
            ),
            (
                "Trois d'entre eux restaient hospitalisés.",
                (Cat::Injured, 3),
            ),
        ] {
            assert_eq!(figs(text), vec![want], "{text}");
        }
        assert_eq!(figs("Trois personnes restent à Paris."), vec![]);
    }

    /// One of a group already counted, named by its rank, in the group's
    /// state is no toll of its own ("Le troisième, un homme de 74 ans,
    /// reste hospitalisé" after three wounded); in a new state it is.
    #[test]
    fn a_ranked_member_of_a_counted_group() {
        assert_eq!(
            doc_figs(
                "Des trois blessés graves, l'un a succombé. \
                 Le troisième, un homme de 74 ans, reste hospitalisé à Lyon."
            ),
            vec![(Cat::Injured, Some(3)), (Cat::Killed, Some(1))]
        );
        assert_eq!(
            doc_figs(
                "Deux suspects ont été arrêtés. Le troisième, un homme de 30 ans, a été blessé."
            ),
            vec![(Cat::Arrested, Some(2)), (Cat::Injured, Some(1))]
        );
        assert_eq!(
            doc_figs("Le conducteur, un homme de 45 ans, a été arrêté."),
            vec![(Cat::Arrested, Some(1))]
        );
    }

    /// One more person added to a figure by "ainsi qu'un": "Quatre enfants
    /// ont été blessés, ainsi qu'un soldat" (not a thing: "ainsi qu'une
    /// voiture").
    #[test]
    fn one_more_added_by_ainsi_que() {
        assert_eq!(
            figs(
                "Quatre enfants ont été légèrement blessés, ainsi qu'un soldat des forces spéciales."
            ),
            vec![(Cat::Injured, 4), (Cat::Injured, 1)]
        );
        assert_eq!(
            figs("Deux policiers ont été tués, ainsi qu'une passante."),
            vec![(Cat::Killed, 2), (Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Deux policiers ont été tués ainsi qu'une voiture."),
            vec![(Cat::Killed, 2)]
        );
    }

    /// Found dead by a verb before the figure: "ont retrouvé sans vie six
    /// mineurs" (not "retrouvé vivants").
    #[test]
    fn found_dead_before_the_figure() {
        assert_eq!(
            figs("Les secouristes ont retrouvé sans vie six mineurs."),
            vec![(Cat::Killed, 6)]
        );
        assert_eq!(
            figs("Les gendarmes ont découvert morts trois randonneurs."),
            vec![(Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Les secouristes ont retrouvé vivants trois randonneurs."),
            vec![]
        );
    }

    /// A lone person wounded in apposition, then arrested: two states
    /// ("le troisième, blessé à la jambe, a été arrêté"); evacuated or
    /// cared for after a wound is the wound's toll alone; "touchée au
    /// bassin" is no one affected.
    #[test]
    fn wounded_in_apposition_then_arrested() {
        let mut got = doc_figs("Le chauffeur, blessé à la jambe, a été arrêté mardi.");
        got.sort_by_key(|&(c, n)| (format!("{c:?}"), n));
        assert_eq!(got, vec![(Cat::Arrested, Some(1)), (Cat::Injured, Some(1))]);
        assert_eq!(
            doc_figs(
                "Le chef du village, Hamadoun Barry, grièvement blessé, a été évacué vers Mopti."
            ),
            vec![(Cat::Injured, Some(1))]
        );
        assert_eq!(
            doc_figs(
                "Une fillette a été tuée par un jet-ski. Sa mère, touchée au bassin, a été héliportée vers Toulon."
            ),
            vec![(Cat::Killed, Some(1))]
        );
    }

    /// The body of the n-th of a group: one dead ("le corps du neuvième et
    /// dernier mineur"), not a title ("le corps du Premier ministre").
    #[test]
    fn body_of_the_nth() {
        for text in [
            "Les secouristes ont remonté dimanche le corps du neuvième et dernier mineur.",
            "Les plongeurs ont repêché mardi le corps de la deuxième victime.",
        ] {
            assert_eq!(doc_figs(text), vec![(Cat::Killed, Some(1))], "{text}");
        }
        assert_eq!(
            doc_figs("Le corps du Premier ministre a été exposé au palais."),
            vec![]
        );
    }

    /// The tolls of one person told by a definite noun: (category, group)
    /// of each, as the document reads them (count 1, and no number nor
    /// indefinite article in their text).
    fn ones(text: &str) -> Vec<(Cat, String)> {
        extract(&Document::parse(text))
            .iter()
            .filter(|f| {
                let t = format!(" {}", crate::document::fold(&f.text));
                let g = crate::document::fold(f.group.as_deref().unwrap_or_default());
                f.count == Some(1)
                    && !t.contains(&format!(" un {g}"))
                    && !t.contains(&format!(" une {g}"))
                    && !t.contains(&format!(" 1 {g}"))
            })
            .map(|f| (f.category, f.group.clone().unwrap_or_default()))
            .collect()
    }

    /// One person told by a definite article or a possessive, as the
    /// subject of a toll verb, an apposition's toll or an object: a toll
    /// without a number.
    #[test]
    fn one_person_told_by_a_definite_noun() {
        for (text, cat, group) in [
            (
                "Le pilote de l'hélicoptère a été arrêté vendredi, selon la police.",
                Cat::Arrested,
                "pilote",
            ),
            (
                "Sa belle-sœur a été grièvement blessée.",
                Cat::Injured,
                "belle-sœur",
            ),
            (
                "Par ailleurs, le préfet de la région de Kayes, Moussa Traoré, a été enlevé jeudi soir.",
                Cat::Kidnapped,
                "préfet",
            ),
            (
                "L'autocar a heurté un pont, et le conducteur, âgé de 40 ans, qui a survécu, a été placé en garde à vue.",
                Cat::Arrested,
                "conducteur",
            ),
            (
                "Le gérant du magasin, Paul Martin, légèrement blessé, a été soigné sur place.",
                Cat::Injured,
                "gérant",
            ),
            (
                "Des hommes armés ont ouvert le feu, tuant le gardien de l'école.",
                Cat::Killed,
                "gardien",
            ),
            (
                "Le photographe Luc Diallo a été tué mardi d'une balle dans la tête.",
                Cat::Killed,
                "photographe",
            ),
            (
                "Son garde du corps aurait été tué, selon une source locale.",
                Cat::Killed,
                "garde du corps",
            ),
            (
                "Le sergent chargé de la garde du dépôt a été tué lors de l'attaque.",
                Cat::Killed,
                "sergent",
            ),
        ] {
            assert_eq!(ones(text), vec![(cat, group.to_string())], "{text}");
        }
    }

    /// A wound told in an apposition that opens the sentence, a pronoun the
    /// subject of the care or the death that follows; not an athlete's wound
    /// nor a person told wounded just before.
    #[test]
    fn a_wounded_pronoun_after_an_opening_apposition() {
        for (text, want) in [
            (
                "Un homme a été poignardé mardi soir à Lille. Grièvement blessé, il a été transporté au CHU.",
                vec![(Cat::Injured, Some(1))],
            ),
            (
                "La skieuse a été dégagée par des secouristes : légèrement blessée, elle a été héliportée à l'hôpital de Sion.",
                vec![(Cat::Injured, Some(1))],
            ),
            (
                "Un cycliste a été percuté par un camion. Très grièvement blessé à la tête, il est décédé peu après son admission.",
                vec![(Cat::Killed, Some(1))],
            ),
            (
                "Touché par balle, il a aussitôt été évacué vers Bamako.",
                vec![(Cat::Injured, Some(1))],
            ),
        ] {
            assert_eq!(doc_figs(text), want, "{text}");
        }
        for text in [
            "Blessé au genou, il manquera la finale de dimanche.",
            "Blessée, elle a déclaré forfait pour le tournoi.",
            "Touché par cette attention, il a été conduit à la tribune.",
            "Blessés, ils ont été transportés à l'hôpital.",
        ] {
            assert_eq!(doc_figs(text), [], "{text}");
        }
        // The same person, told wounded before.
        assert_eq!(
            doc_figs("Un passant a été blessé par balle. Grièvement blessé, il a été hospitalisé."),
            [(Cat::Injured, Some(1))]
        );
    }

    /// A death of wounds told of a pronoun, the person told hurt before: one
    /// killed; not a death of old age nor one already counted.
    #[test]
    fn a_death_of_wounds_told_of_a_pronoun() {
        for text in [
            "Samedi, un adolescent avait été grièvement brûlé par un mortier d'artifice. Il a succombé à ses blessures hier soir.",
            "Une cycliste a été percutée par un camion jeudi. Elle est décédée des suites de ses blessures dimanche.",
            "Le gardien avait été poignardé. Il est finalement mort de ses blessures à l'hôpital.",
        ] {
            // (Told hurt before: that toll stays, the death is added.)
            assert!(doc_figs(text).contains(&(Cat::Killed, Some(1))), "{text}");
        }
        for text in [
            "Le romancier a publié trente livres. Il est mort en 1990 à Paris.",
            "Un homme a été tué par balle lundi. Il a succombé peu après l'arrivée des secours.",
        ] {
            assert!(
                doc_figs(text).iter().filter(|f| f.0 == Cat::Killed).count() <= 1,
                "{text}"
            );
        }
        assert_eq!(
            doc_figs("Le romancier a publié trente livres. Il est mort en 1990 à Paris."),
            []
        );
    }

    /// A noun of one person of `casualties_persons.tsv` counted with "un",
    /// "une": "un vaccinateur", "un commissaire", "une belle-sœur".
    #[test]
    fn one_person_nouns_after_un() {
        assert_eq!(
            figs("Le 3 mars, un vaccinateur avait été tué par balle à Charsadda."),
            vec![(Cat::Killed, 1)]
        );
        assert_eq!(
            figs("Un commissaire a été gravement blessé."),
            vec![(Cat::Injured, 1)]
        );
        assert!(figs("Un commissaire aux comptes a été nommé.").is_empty());
    }

    /// No toll of one: an agent, a body of people, someone sought or
    /// charged, a death of old age, a person the text counts already.
    #[test]
    fn no_toll_of_one_person() {
        for text in [
            "Le chauffeur a tué un piéton.",
            "La police a été attaquée vendredi.",
            "La garde nationale a été déployée.",
            "Le suspect est toujours activement recherché.",
            "Le candidat a été mis en examen pour détournement de fonds.",
            "Le sénateur est mort samedi à l'âge de 91 ans.",
            "Après la mort de son mari, sa mère avait été hospitalisée.",
            "Le chauffeur blessé a été soigné.",
            "Le chauffeur et trois passagers ont été tués.",
            // The same person told twice.
            "Un homme a été arrêté mardi. Le suspect a été placé en garde à vue.",
            "Un chauffeur a été tué. Le chauffeur a été tué par balle.",
            // One of a toll counted in the same paragraph.
            "L'assaillant a poignardé un policier. Le policier est mort de ses blessures, tandis que deux personnes ont été tuées dans la foule.",
            "Deux personnalités arrêtées\n\nLe président du Conseil, Karim Masimov, a été placé en détention.",
        ] {
            assert_eq!(ones(text), vec![], "{text}");
        }
        // Not a policeman and his attacker, who may not be one person.
        assert_eq!(
            ones("L'assaillant a été abattu par la police. Le policier est mort de ses blessures."),
            vec![
                (Cat::Killed, "assaillant".to_string()),
                (Cat::Killed, "policier".to_string())
            ]
        );
        // One told among the dead is a sub-count, kept.
        assert_eq!(
            ones(
                "Au moins quinze civils ont été tués dimanche. Le chauffeur du camion figure parmi les morts."
            ),
            vec![(Cat::Killed, "chauffeur".to_string())]
        );
    }

    /// Those killed or hurt with a victim ("tué avec ses deux fils"), and
    /// the family a witness lost ("J'ai perdu cinq membres de ma famille");
    /// not the weapons a killer had with him.
    #[test]
    fn victims_with_a_victim_and_a_family_lost() {
        assert_eq!(
            figs("L'imam a été tué avec ses trois fils dans la nuit."),
            vec![(Cat::Killed, 3)]
        );
        assert_eq!(
            figs("Le maire a été blessé avec ses deux gardes du corps."),
            vec![(Cat::Injured, 2)]
        );
        assert!(figs("Il a tué avec ses deux fusils de chasse.").is_empty());
        assert_eq!(
            figs("« Nous avons perdu quatre membres de notre famille », a raconté un paysan."),
            vec![(Cat::Killed, 4)]
        );
        assert_eq!(
            figs("J'ai perdu six membres de ma famille dans la frappe."),
            vec![(Cat::Killed, 6)]
        );
    }

    /// The victims of a harm that is no death are hurt ("victimes de
    /// morsures"); of a harm no toll counts, none ("victimes
    /// d'escroquerie"); of an event, dead as before. A place of care that
    /// takes in patients or people "pour des brûlures" counts the hurt, not
    /// a shelter's guests.
    #[test]
    fn victims_of_a_harm_and_patients_taken_in() {
        assert_eq!(
            figs("L'hôpital a admis 812 victimes de morsures de serpent en deux mois."),
            vec![(Cat::Injured, 812)]
        );
        assert_eq!(
            figs("On dénombre 45 victimes de coups de chaleur."),
            vec![(Cat::Injured, 45)]
        );
        assert!(figs("La police a recensé 12 victimes d'escroquerie.").is_empty());
        // The harm in an apposition or a participle after "victimes"; what
        // the hurt have suffered ("ont subi des blessures").
        assert_eq!(
            figs("Trois victimes, souffrant de contusions, ont été prises en charge."),
            vec![(Cat::Injured, 3)]
        );
        assert_eq!(
            figs("Dix-neuf passagers ont subi des blessures mineures."),
            vec![(Cat::Injured, 19)]
        );
        assert!(figs("Douze entreprises ont subi des pertes.").is_empty());
        assert_eq!(
            figs("L'attentat a fait 12 victimes."),
            vec![(Cat::Killed, 12)]
        );
        assert_eq!(
            figs(
                "Les urgences ont accueilli une cinquantaine de patients pour des crises d'asthme."
            ),
            vec![(Cat::Injured, 50)]
        );
        assert_eq!(
            figs("L'hôpital dit avoir reçu 25 personnes pour des brûlures."),
            vec![(Cat::Injured, 25)]
        );
        assert!(figs("Le gymnase a accueilli 40 personnes pour la nuit.").is_empty());
        assert!(figs("La mairie a reçu 300 visiteurs samedi.").is_empty());
        assert_eq!(
            figs("Le repas avait rendu malades une centaine d'invités."),
            vec![(Cat::Injured, 100)]
        );
        assert_eq!(
            figs("Quelque 130 personnes souffrant de coups de chaleur ont été admises."),
            vec![(Cat::Injured, 130)]
        );
        assert_eq!(
            figs("Deux enfants se trouvaient lundi dans un état jugé critique."),
            vec![(Cat::Injured, 2)]
        );
        assert_eq!(
            figs("Le nombre de personnes prises en charge a ensuite été porté à 163."),
            vec![(Cat::Injured, 163)]
        );
    }

    /// A source before "le nombre de personnes arrêtées" is not one of them;
    /// the count after "dépasserait en réalité" is ("porte à onze le nombre"
    /// stays one figure).
    #[test]
    fn a_source_before_a_number_of_victims() {
        assert_eq!(
            figs(
                "Selon un élu de la région, le nombre de personnes arrêtées dépasserait en réalité la centaine."
            ),
            vec![(Cat::Arrested, 100)]
        );
        assert!(figs("Une source, et le nombre de morts reste inconnu.").is_empty());
        assert_eq!(
            figs("L'attaque porte à onze le nombre de policiers tués depuis janvier."),
            vec![(Cat::Killed, 11)]
        );
    }

    /// "contre" in a noun's complement ("de la campagne contre la
    /// poliomyélite") does not cut the victims from their verb.
    #[test]
    fn against_in_a_complement_of_the_victims() {
        assert_eq!(
            figs("Deux vaccinatrices de la campagne contre la rougeole ont été abattues mardi."),
            vec![(Cat::Killed, 2)]
        );
        assert_eq!(
            figs("Cinq membres du comité contre la vie chère ont été interpellés."),
            vec![(Cat::Arrested, 5)]
        );
        assert!(figs("Trois recours contre la décision ont été rejetés.").is_empty());
    }

    #[test]
    fn not_tolls() {
        assert!(
            figs("Un homme de 29 ans a été arrêté.")
                .iter()
                .all(|f| f.1 != 29)
        );
        assert!(figs("280 000 manifestants ont défilé.").is_empty());
        assert!(figs("89 000 policiers mobilisés.").is_empty());
        assert!(figs("70 barrages ont été installés sur les routes.").is_empty());
        assert!(figs("Un séisme de magnitude 6,4 a fait 2 morts.") == vec![(Cat::Killed, 2)]);
        assert!(figs("Les attaques ont tué des civils en 2016.").is_empty());
        assert!(figs("3 bâtiments ont été évacués.").is_empty());
        assert!(figs("L'armée a abattu 3 drones.").is_empty());
        assert!(figs("La tempête a touché 2 millions d'euros de récoltes.").is_empty());
    }

    /// The hurt cared for, told by a passive alone: "ont (finalement) été
    /// soignées." Not an active carer, nor animals.
    #[test]
    fn cared_for_told_alone() {
        assert_eq!(
            figs("Neuf personnes ont été soignées."),
            vec![(Cat::Injured, 9)]
        );
        // Not the total of a "bilan" read as the dead.
        assert_eq!(
            figs(
                "Hier après-midi, la SQ a revu le bilan : neuf personnes ont finalement été \
                 soignées, une femme s'étant présentée d'elle-même à l'urgence."
            ),
            vec![(Cat::Injured, 9)]
        );
        assert!(figs("Le vétérinaire a soigné deux chiens.").is_empty());
        assert!(figs("Douze chiens ont été soignés.").is_empty());
    }

    /// An aside between two spaced dashes is read as one between commas:
    /// the figure before it keeps the verb after it.
    #[test]
    fn an_aside_between_dashes() {
        assert_eq!(
            sorted(figs("Douze personnes - dont cinq enfants - ont été tuées.")),
            vec![(Cat::Killed, 5), (Cat::Killed, 12)]
        );
        assert!(
            figs("Vingt-trois personnes – 17 Genevois et six Valaisans – ont été interpellées.")
                .contains(&(Cat::Arrested, 23))
        );
        // A lone dash (a dateline's) stays as it is.
        assert_eq!(
            figs("3 mars 2026 - Trois personnes ont été tuées."),
            vec![(Cat::Killed, 3)]
        );
    }

    /// A "dont" whose count exceeds the figure before is a relative, not a
    /// share of it.
    #[test]
    fn a_share_no_larger_than_its_whole() {
        assert_eq!(
            sorted(figs(
                "Le bilan s'élève à trois morts et treize blessés, selon la zone de secours, \
                 dont une quarantaine de pompiers ont été mobilisés."
            )),
            vec![(Cat::Injured, 13), (Cat::Killed, 3)]
        );
        assert_eq!(
            sorted(figs(
                "Treize personnes ont été blessées, dont quatre enfants."
            )),
            vec![(Cat::Injured, 4), (Cat::Injured, 13)]
        );
    }

    /// Shapes of tolls read from a written set's misses: remains counted,
    /// people fled to a base or a mission, a population "considérée comme
    /// sinistrée", a sub-count whose toll word has a complement before the
    /// comma that closes it, and a count denied in quotes.
    #[test]
    fn remains_refuges_and_quoted_recounts() {
        assert_eq!(
            figs("Selon la Croix-Rouge, « trente-sept dépouilles » avaient été inhumées lundi."),
            vec![(Cat::Killed, 37)]
        );
        assert_eq!(
            figs("Près de deux mille habitants ont fui vers la base de la mission."),
            vec![(Cat::Displaced, 2000)]
        );
        assert_eq!(
            figs("Près de 60 000 personnes sont considérées comme sinistrées."),
            vec![(Cat::Affected, 60000)]
        );
        assert_eq!(
            sorted(figs(
                "Six personnes, dont trois enfants emportés par le courant du fleuve, sont \
                 toujours portées disparues."
            )),
            vec![(Cat::Missing, 3), (Cat::Missing, 6)]
        );
        assert_eq!(
            sorted(figs(
                "L'ONG a recensé 312 arrestations, tandis que le ministre n'en reconnaît « \
                 qu'environ 150 »."
            )),
            vec![(Cat::Arrested, 150), (Cat::Arrested, 312)]
        );
        // Not people fleeing to a place named as a kind of site only by a
        // suspect's run.
        assert!(figs("Les deux suspects ont fui vers la Belgique.").is_empty());
    }

    /// A subject's apposition with a preposition of its own ("avec",
    /// "avant"), a participle that qualifies a noun before it ("la zone
    /// évacuée"), and a first verb before the passive toll ("a pris la
    /// fuite et a été arrêté"): the figure is still the toll's.
    #[test]
    fn appositions_qualified_nouns_and_coordinated_verbs() {
        assert_eq!(
            figs(
                "Un homme de 23 ans, vu quittant l'immeuble peu avant l'alerte, a été placé en \
                 garde à vue vendredi."
            ),
            vec![(Cat::Arrested, 1)]
        );
        assert_eq!(
            figs("Une femme, en contact avec le suspect via une messagerie, a été interpellée."),
            vec![(Cat::Arrested, 1)]
        );
        assert_eq!(
            figs("Trois hommes soupçonnés de vols dans le quartier sinistré ont été arrêtés."),
            vec![(Cat::Arrested, 3)]
        );
        assert_eq!(
            figs("Deux passants présents près de l'immeuble incendié ont été blessés."),
            vec![(Cat::Injured, 2)]
        );
        assert_eq!(
            figs("Un homme a pris la fuite et a été arrêté deux heures plus tard."),
            vec![(Cat::Arrested, 1)]
        );
        assert_eq!(
            figs("Trois assaillants sont entrés dans le camp et ont été abattus."),
            vec![(Cat::Killed, 3)]
        );
        assert_eq!(
            ones(
                "Le chauffeur, âgé de 50 ans, a perdu le contrôle du car et a été grièvement blessé."
            ),
            vec![(Cat::Injured, "chauffeur".to_string())]
        );
        // A clause of its own before the preposition, the agent's object,
        // a plural participle: as before.
        assert!(
            figs("Trois policiers ont interpellé le suspect et l'ont placé en garde à vue.")
                .is_empty()
        );
        assert!(figs("Le maire a reçu deux délégués avant la réunion.").is_empty());
        assert_eq!(
            figs("Deux soldats de la base attaquée ont été tués."),
            vec![(Cat::Killed, 2)]
        );
        assert!(ones("Le maire a dénoncé l'attaque et a été menacé.").is_empty());
        assert_eq!(
            figs(
                "Deux hommes, le conducteur et un passager qui voyageait avec lui, ont été \
                 blessés."
            ),
            vec![(Cat::Injured, 2)]
        );
    }

    /// People who "n'ont plus donné signe de vie" are missing; boats they
    /// were in are no people.
    #[test]
    fn missing_with_no_sign_of_life() {
        assert_eq!(
            figs("Trois pêcheurs n'ont plus donné signe de vie depuis dimanche."),
            vec![(Cat::Missing, 3)]
        );
        assert_eq!(
            figs("Douze migrants, partis à bord de deux pirogues, n'ont plus donné signe de vie."),
            vec![(Cat::Missing, 12)]
        );
        assert_eq!(
            figs("Un randonneur de 34 ans n'avait pas donné de signe de vie depuis mardi."),
            vec![(Cat::Missing, 1)]
        );
        assert!(figs("Deux voiliers ont chaviré au large.").is_empty());
    }
}
