//! The date extractor never panics and its offsets always point at its text.

use chrono::NaiveDate;
use depeche::document::Document;
use depeche::extract::dates;
use proptest::prelude::*;

fn check(text: &str) {
    let doc = Document::parse(text);
    let chars: Vec<char> = text.chars().collect();
    let r = NaiveDate::from_ymd_opt(2021, 1, 6);
    let _ = dates::reference_date(&doc);
    for ms in [
        dates::extract(&doc, r),
        dates::extract_timeml(&doc, r),
        dates::extract(&doc, None),
    ] {
        for m in ms {
            assert!(m.start <= m.end && m.end <= chars.len());
            let slice: String = chars[m.start..m.end].iter().collect();
            assert_eq!(slice, m.text);
        }
    }
}

proptest! {
    #[test]
    fn random_french_like_text(words in proptest::collection::vec(
        prop_oneof![
            Just("le"), Just("du"), Just("au"), Just("entre"), Just("et"), Just("à"), Just("l'"),
            Just("5"), Just("1er"), Just("2021"), Just("14h30"), Just("05/01/2021"), Just("12"),
            Just("janvier"), Just("sept."), Just("mardi"), Just("hier"), Just("dans"), Just("la"),
            Just("nuit"), Just("de"), Just("il"), Just("y"), Just("a"), Just("trois"), Just("jours"),
            Just("plus"), Just("tard"), Just("Noël"), Just("été"), Just("–"), Just("("), Just(")"),
            Just(","), Just("."), Just("\n"), Just("\n\n"), Just("été"), Just("œuvre"), Just("日本"),
            Just("années"), Just("60"), Just("XIXe"), Just("siècle"), Just("-"), Just("ans"),
            Just("lendemain"), Just("veille"), Just("prochain"), Just("dernier"), Just("h"),
        ],
        0..40,
    )) {
        let text = words.join(" ");
        check(&text);
        check(&words.concat());
    }

    #[test]
    fn arbitrary_unicode(s in "\\PC{0,200}") {
        check(&s);
    }
}

#[test]
fn edge_cases() {
    for t in [
        "", " ", "\n", "le", "le 31", "du", "il y a", "2021-", "5/", "–", "l'", "14 h", "à midi",
    ] {
        check(t);
    }
}
