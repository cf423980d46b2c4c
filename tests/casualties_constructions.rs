//! The constructions of news French that state a toll, one sentence each,
//! run through the whole pipeline.

use depeche::model::CasualtyCategory as Cat;

fn tolls(text: &str) -> Vec<(Cat, Option<u64>)> {
    let out = depeche::process("t", text, None);
    let mut v: Vec<_> = out
        .casualties
        .iter()
        .map(|c| (c.category, c.count))
        .collect();
    v.dedup();
    v
}

fn check(text: &str, want: &[(Cat, u64)]) -> Option<String> {
    let got = tolls(text);
    let want: Vec<_> = want.iter().map(|(c, n)| (*c, Some(*n))).collect();
    (got != want).then(|| format!("{text}\n  got {got:?}\n  want {want:?}"))
}

fn all(cases: &[(&str, &[(Cat, u64)])]) {
    let wrong: Vec<String> = cases.iter().filter_map(|(t, w)| check(t, w)).collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn killed() {
    all(&[
        ("Le bilan s'élève à 34 morts.", &[(Cat::Killed, 34)]),
        ("Le bilan s'élève désormais à 34.", &[(Cat::Killed, 34)]),
        (
            "Au moins 56 personnes mortes dans l'incendie.",
            &[(Cat::Killed, 56)],
        ),
        ("Le naufrage a fait 12 décès.", &[(Cat::Killed, 12)]),
        (
            "Vingt-trois migrants ont péri en mer.",
            &[(Cat::Killed, 23)],
        ),
        ("Les secours ont retrouvé 14 corps.", &[(Cat::Killed, 14)]),
        (
            "Quatre-vingt-dix-sept personnes sont décédées.",
            &[(Cat::Killed, 97)],
        ),
        (
            "L'attaque a coûté la vie à soixante et onze civils.",
            &[(Cat::Killed, 71)],
        ),
        (
            "Les combats ont fait jusqu'à 200 morts.",
            &[(Cat::Killed, 200)],
        ),
        ("Il y aurait eu 16 ou 17 morts.", &[(Cat::Killed, 16)]),
        (
            "Deux morts et trois blessés dans un accident.",
            &[(Cat::Killed, 2), (Cat::Injured, 3)],
        ),
        (
            "Un accident a fait 1 709 morts en dix ans.",
            &[(Cat::Killed, 1709)],
        ),
        ("Le nombre de morts est passé à 45.", &[(Cat::Killed, 45)]),
    ]);
}

#[test]
fn injured_arrested_and_others() {
    all(&[
        (
            "Cinquante personnes ont été hospitalisées.",
            &[(Cat::Injured, 50)],
        ),
        (
            "Trois gendarmes ont été légèrement blessés.",
            &[(Cat::Injured, 3)],
        ),
        (
            "Douze manifestants ont été placés en garde à vue.",
            &[(Cat::Arrested, 12)],
        ),
        (
            "La police a procédé à 45 arrestations.",
            &[(Cat::Arrested, 45)],
        ),
        ("On compte 120 gardes à vue.", &[(Cat::Arrested, 120)]),
        (
            "Trois suspects ont été placés en détention.",
            &[(Cat::Arrested, 3)],
        ),
        ("Quinze marins sont portés disparus.", &[(Cat::Missing, 15)]),
        ("Sept humanitaires ont été enlevés.", &[(Cat::Kidnapped, 7)]),
        (
            "Les ravisseurs détiennent 30 otages.",
            &[(Cat::Kidnapped, 30)],
        ),
        (
            "Plus de 2 500 000 personnes ont été déplacées.",
            &[(Cat::Displaced, 2_500_000)],
        ),
        (
            "Les inondations ont fait 4 000 sans-abri.",
            &[(Cat::Displaced, 4000)],
        ),
        (
            "On recense 1,2 million de sinistrés.",
            &[(Cat::Affected, 1_200_000)],
        ),
        ("Aucun blessé n'est à déplorer.", &[(Cat::Injured, 0)]),
        (
            "L'attentat a fait 29 morts, dont quatre policiers.",
            &[(Cat::Killed, 29), (Cat::Killed, 4)],
        ),
    ]);
}

#[test]
fn not_tolls() {
    all(&[
        ("Un homme de 29 ans a été arrêté.", &[(Cat::Arrested, 1)]),
        (
            "En 2016, 280 000 manifestants ont défilé dans le calme.",
            &[],
        ),
        ("Quelque 89 000 policiers ont été mobilisés.", &[]),
        ("Un séisme de magnitude 6,4 a frappé la région.", &[]),
        (
            "Les forces de sécurité ont estimé à 20 000 personnes le total des djihadistes.",
            &[],
        ),
        (
            "70 barrages ont été installés et 30 véhicules ont été détruits.",
            &[],
        ),
        ("La rançon s'élève à 3 millions d'euros.", &[]),
        ("Le 14 juillet 2016, la France a été frappée.", &[]),
    ]);
}
