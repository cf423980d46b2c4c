//! The seed dispatch (fixtures/seed_kazakhstan.txt): the tolls a careful
//! reader takes from it, with their bounds, groups, severity and modality,
//! and no figure for its non-tolls (a force size of 20 000, 70 checkpoints).

use depeche::model::{CasualtyCategory as Cat, Category, Modality, Severity};

#[test]
fn seed_tolls() {
    let text = include_str!("../fixtures/seed_kazakhstan.txt");
    let out = depeche::process("seed", text, None);
    let c = &out.casualties;
    let find = |cat: Cat, n: u64| {
        c.iter()
            .find(|f| f.category == cat && f.count == Some(n))
            .unwrap_or_else(|| panic!("no {cat:?} {n} in {c:#?}"))
    };
    let hundred = find(Cat::Killed, 100);
    assert!(hundred.approximate);
    assert_eq!(hundred.modality, Modality::Uncertain);
    let seven = find(Cat::Killed, 7);
    assert_eq!(seven.group.as_deref(), Some("soldats"));
    assert_eq!(seven.group_category, Some(Category::Military));
    assert_eq!((seven.min, seven.max), (Some(7), Some(7)));
    assert_eq!(
        find(Cat::Arrested, 4400).group.as_deref(),
        Some("personnes")
    );
    let soldiers = find(Cat::Injured, 748);
    assert_eq!(soldiers.severity, Some(Severity::Serious));
    let police = find(Cat::Injured, 18);
    assert_eq!(police.group_category, Some(Category::Police));
    assert_eq!(police.severity, Some(Severity::Serious));
    assert_eq!(find(Cat::Arrested, 2).paragraph, 9);
    assert!(
        c.iter()
            .all(|f| !matches!(f.count, Some(20_000) | Some(70)))
    );
    let distinct: std::collections::HashSet<_> = c.iter().map(|f| (f.category, f.count)).collect();
    assert_eq!(distinct.len(), 6, "{c:#?}");
}
