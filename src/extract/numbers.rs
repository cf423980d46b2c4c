//! French numbers: digits with every separator, number words, vague
//! quantities.
//!
//! * Digits: "4 400" with a space, a no-break space (U+00A0) or a narrow
//!   no-break space (U+202F) between groups of three, "1.709" with a dot,
//!   decimals with a comma ("6,4"), scale words ("1,2 million",
//!   "3 millions", "2 milliards") and the suffixes "100k", "3M", "1,2M".
//!   Ordinals ("1er", "3e", "XXe") are not numbers.
//! * Words: the whole French grammar ("vingt-trois", "quatre-vingt-dix-sept",
//!   "soixante et onze", "deux mille vingt et un", "mille cent", Belgian and
//!   Swiss "septante", "huitante", "octante", "nonante"), with or without
//!   hyphens, read by a small grammar of our own (so that a sequence that is
//!   not one number, "deux trois", splits).
//! * Vague quantities, by the contract's conservative rule: "une dizaine" 10,
//!   "une centaine" 100, "un millier" 1000, "un demi-millier" 500
//!   (approximate); "des dizaines" 20, "des centaines" / "plusieurs
//!   centaines" 200, "des milliers" 2000 (approximate and open-ended: the
//!   value is a lower bound).
//!
//! The text may be original or accent-folded: every word involved is
//! written without accents except "zéro", which both forms accept.

use std::sync::LazyLock;

use crate::fast_regex::FastRegex;

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    Digits,
    Words,
    /// "une centaine", "des dizaines".
    Vague,
}

/// A number read from text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Byte span in the text it was read from.
    pub start: usize,
    pub end: usize,
    /// The value, rounded to an integer ("6,4" gives 6: see `fractional`).
    pub value: u64,
    /// "une centaine", "des dizaines"…
    pub approximate: bool,
    /// For "des centaines": the value is a lower bound.
    pub open_ended: bool,
    pub kind: NumberKind,
    /// A decimal that is not a whole number ("6,4", "1,5 %").
    pub fractional: bool,
}

impl Number {
    /// Is this the bare word "un" / "une" (also an article)?
    pub fn is_one_word(&self, text: &str) -> bool {
        self.kind == NumberKind::Words && self.value == 1 && self.end - self.start <= 3 && {
            let w = text[self.start..self.end].to_lowercase();
            w == "un" || w == "une"
        }
    }
}

/// Digits with group separators and an optional decimal part, an optional
/// attached suffix (k, M, G, ordinal letters) and an optional scale word.
/// ASCII digits: the value is read from them (`\d` would also take the
/// digits of other scripts, and cost some sixty ranges at each of its uses).
static DIGITS: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?x)
        (?P<num>
            [0-9]{1,3}(?:[\x20\u{a0}\u{202f}][0-9]{3})+(?:,[0-9]+)?   # 4 400 / 4 400,5
          | [0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?                      # 1.709 / 3.000.000
          | [0-9]{1,3}(?:['’][0-9]{3})+(?:,[0-9]+)?                    # 50'000 (Swiss)
          | [0-9]+(?:,[0-9]+)?                                        # 4400 / 6,4
          | ,[0-9]+                                                  # ,0012
        )
        (?P<suffix>\p{L}+)?
        (?:[\x20\u{a0}\u{202f}]+(?P<scale>(?i:millions?|milliards?|mille)(?-u:\b)))?
        ",
    )
    .unwrap()
});

/// Number words (and "et", which joins them).
static WORD: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?i)(?-u:\b)(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille|mil|millions?|milliards?|et)(?-u:\b)",
    )
    .unwrap()
});

/// Is `w` (one word, any case) a number word ("quatorze", "cent", "mille")?
pub(crate) fn is_number_word(w: &str) -> bool {
    WORD.find(w)
        .is_some_and(|m| m.start() == 0 && m.end() == w.len())
}

/// Vague quantities: "une centaine", "des dizaines de milliers".
static VAGUE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(
        r"(?ix)(?-u:\b)
        (?:(?P<det>une?|des|plusieurs|quelques)\s+)?
        (?P<noun>dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier|demi-millier|demi-million)(?P<pl>s)?
        (?:\s+(?:de|d['’])\s*(?P<scale>milliers|millions))?
        (?-u:\b)",
    )
    .unwrap()
});

/// "des millions", "plusieurs milliers" written with a scale word alone.
static VAGUE_SCALE: LazyLock<FastRegex> = LazyLock::new(|| {
    FastRegex::new(r"(?i)(?-u:\b)(?:des|plusieurs|quelques)\s+(?P<noun>millions|milliards)(?-u:\b)")
        .unwrap()
});

fn vague_base(noun: &str) -> u64 {
    match noun.to_lowercase().as_str() {
        "dizaine" => 10,
        "douzaine" => 12,
        "quinzaine" => 15,
        "vingtaine" => 20,
        "trentaine" => 30,
        "quarantaine" => 40,
        "cinquantaine" => 50,
        "soixantaine" => 60,
        "centaine" => 100,
        "millier" => 1000,
        "demi-millier" => 500,
        "demi-million" => 500_000,
        "millions" => 1_000_000,
        "milliards" => 1_000_000_000,
        _ => 0,
    }
}

/// The patterns use ASCII word boundaries (fast); a letter with an accent
/// next to the match means it is inside a longer word ("détrois").
fn whole_word(text: &str, start: usize, end: usize) -> bool {
    !text[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphabetic)
        && !text[end..].chars().next().is_some_and(char::is_alphabetic)
}

/// Every number in `text`, in text order, without overlaps.
pub fn find_numbers(text: &str) -> Vec<Number> {
    let mut out = Vec::new();
    vague(text, &mut out);
    digits(text, &mut out);
    words(text, &mut out);
    out.sort_by_key(|n| (n.start, std::cmp::Reverse(n.end)));
    // Keep the first (longest at a start) of overlapping numbers.
    let mut kept: Vec<Number> = Vec::with_capacity(out.len());
    for n in out {
        if kept.last().is_some_and(|k| n.start < k.end) {
            continue;
        }
        kept.push(n);
    }
    kept
}

fn vague(text: &str, out: &mut Vec<Number>) {
    for c in VAGUE.captures_iter(text) {
        let m = c.get(0).unwrap();
        if !whole_word(text, m.start(), m.end()) {
            continue;
        }
        let base = vague_base(&c["noun"]);
        let plural = c.name("pl").is_some();
        let det = c.name("det").map(|d| d.as_str().to_lowercase());
        // A number word before the noun: "deux centaines".
        // "une soixantaines" (a typo) is still one.
        let singular_det = det.as_deref().is_some_and(|d| d == "un" || d == "une");
        let plural = plural && !singular_det;
        let (mut value, open) = if plural {
            (base * 2, true)
        } else {
            (base, false)
        };
        let start = m.start();
        if let Some(s) = c.name("scale") {
            value *= if s.as_str().eq_ignore_ascii_case("milliers") {
                1000
            } else {
                1_000_000
            };
        }
        out.push(Number {
            start,
            end: m.end(),
            value,
            approximate: true,
            open_ended: open,
            kind: NumberKind::Vague,
            fractional: false,
        });
    }
    for c in VAGUE_SCALE.captures_iter(text) {
        let m = c.get(0).unwrap();
        out.push(Number {
            start: m.start(),
            end: m.end(),
            value: vague_base(&c["noun"]) * 2,
            approximate: true,
            open_ended: true,
            kind: NumberKind::Vague,
            fractional: false,
        });
    }
}

fn digits(text: &str, out: &mut Vec<Number>) {
    for c in DIGITS.captures_iter(text) {
        let m = c.get(0).unwrap();
        let num = c.name("num").unwrap();
        // Not inside a word or another number ("A320", "3.5.2", "12,5,3").
        if let Some(prev) = text[..m.start()].chars().next_back() {
            if prev.is_alphanumeric() || prev == '_' {
                continue;
            }
            if (prev == '.' || prev == ',')
                && text[..m.start() - 1]
                    .chars()
                    .next_back()
                    .is_some_and(|p| p.is_ascii_digit())
            {
                continue;
            }
        }
        let raw = num.as_str();
        let mut int_part = String::new();
        let mut frac_part = String::new();
        let mut in_frac = false;
        for ch in raw.chars() {
            match ch {
                '0'..='9' if in_frac => frac_part.push(ch),
                '0'..='9' => int_part.push(ch),
                ',' => in_frac = true,
                _ => {}
            }
        }
        let mut value: f64 = format!(
            "{}.{}",
            if int_part.is_empty() { "0" } else { &int_part },
            if frac_part.is_empty() {
                "0"
            } else {
                &frac_part
            }
        )
        .parse()
        .unwrap_or(0.0);
        let mut end = num.end();
        if let Some(s) = c.name("suffix") {
            let suf = s.as_str();
            let mult = match suf {
                "k" | "K" => 1e3,
                "M" => 1e6,
                "G" => 1e9,
                _ => 0.0,
            };
            if mult == 0.0 {
                // "1er", "3e", "XXIe", "14h30", "5km": not a count.
                continue;
            }
            value *= mult;
            end = s.end();
        }
        // A digit right after ("3-4"): leave as is; letters checked above.
        if let Some(s) = c.name("scale") {
            let w = s.as_str().to_lowercase();
            value *= if w.starts_with("milliard") {
                1e9
            } else if w.starts_with("million") {
                1e6
            } else {
                1e3
            };
            end = s.end();
        }
        let fractional = value.fract().abs() > 1e-9;
        out.push(Number {
            start: m.start(),
            end,
            value: value.round() as u64,
            approximate: false,
            open_ended: false,
            kind: NumberKind::Digits,
            fractional,
        });
    }
}

/// Value of a number word, its class.
#[derive(Clone, Copy, PartialEq, Debug)]
enum W {
    Zero,
    Unit(u64),  // 1..9
    Dix,        // 10
    Teen(u64),  // 11..16
    Tens(u64),  // 20..90 ("vingt" included)
    Cent,       // 100
    Mille,      // 1000
    Scale(u64), // million, milliard
    Et,
}

fn word_value(w: &str) -> Option<W> {
    Some(match w.to_lowercase().as_str() {
        "zero" | "zéro" => W::Zero,
        "un" | "une" => W::Unit(1),
        "deux" => W::Unit(2),
        "trois" => W::Unit(3),
        "quatre" => W::Unit(4),
        "cinq" => W::Unit(5),
        "six" => W::Unit(6),
        "sept" => W::Unit(7),
        "huit" => W::Unit(8),
        "neuf" => W::Unit(9),
        "dix" => W::Dix,
        "onze" => W::Teen(11),
        "douze" => W::Teen(12),
        "treize" => W::Teen(13),
        "quatorze" => W::Teen(14),
        "quinze" => W::Teen(15),
        "seize" => W::Teen(16),
        "vingt" | "vingts" => W::Tens(20),
        "trente" => W::Tens(30),
        "quarante" => W::Tens(40),
        "cinquante" => W::Tens(50),
        "soixante" => W::Tens(60),
        "septante" => W::Tens(70),
        "huitante" | "octante" => W::Tens(80),
        "nonante" => W::Tens(90),
        "cent" | "cents" => W::Cent,
        "mille" | "mil" => W::Mille,
        "million" | "millions" => W::Scale(1_000_000),
        "milliard" | "milliards" => W::Scale(1_000_000_000),
        "et" => W::Et,
        _ => return None,
    })
}

/// Reader of one number-word sequence, token by token.
#[derive(Default)]
struct Reader {
    /// Sum of completed scale groups ("deux millions", "trois mille").
    total: u64,
    /// The group below a thousand being read.
    group: u64,
    /// The previous token (for "quatre vingt", "et").
    prev: Option<W>,
    /// Smallest scale already used (so that "mille" after "millions" adds).
    last_scale: u64,
    tokens: usize,
    /// A pending "et" (only valid between tens and un/onze).
    pending_et: bool,
    /// Only zeros read so far.
    leading_zero: bool,
}

impl Reader {
    fn value(&self) -> u64 {
        self.total.saturating_add(self.group)
    }

    /// Try to add a token; false if it cannot continue this number.
    fn push(&mut self, w: W) -> bool {
        let sub = self.group % 100; // tens and units of the group
        let ok = match w {
            W::Et => {
                // "vingt et un", "soixante et onze", "cent et un" (rare).
                // Not after quatre-vingt ("quatre-vingt-un").
                let ok = matches!(self.prev, Some(W::Tens(t)) if !(t == 20 && sub == 80))
                    && !self.pending_et;
                if ok {
                    self.pending_et = true;
                }
                return ok;
            }
            W::Zero => {
                if self.tokens == 0 || self.leading_zero {
                    self.leading_zero = true;
                    true
                } else {
                    false
                }
            }
            W::Unit(u) => {
                if (self.pending_et && u != 1)
                    || !sub.is_multiple_of(10)
                    || matches!(self.prev, Some(W::Unit(_)) | Some(W::Teen(_)))
                {
                    false
                } else {
                    self.group += u;
                    true
                }
            }
            W::Dix => {
                if self.pending_et {
                    false
                } else if (sub == 0 || sub == 60 || sub == 80)
                    && !matches!(
                        self.prev,
                        Some(W::Unit(_)) | Some(W::Teen(_)) | Some(W::Dix)
                    )
                {
                    self.group += 10;
                    true
                } else {
                    false
                }
            }
            W::Teen(t) => {
                if self.pending_et && t != 11 {
                    false
                } else if (sub == 0 || sub == 60 || sub == 80)
                    && !matches!(
                        self.prev,
                        Some(W::Unit(_)) | Some(W::Teen(_)) | Some(W::Dix)
                    )
                {
                    self.group += t;
                    true
                } else {
                    false
                }
            }
            W::Tens(t) => {
                if self.pending_et {
                    false
                } else if t == 20 && matches!(self.prev, Some(W::Unit(4))) && sub == 4 {
                    // quatre-vingt(s)
                    self.group += 76;
                    true
                } else if sub == 0
                    && !matches!(
                        self.prev,
                        Some(W::Unit(_)) | Some(W::Teen(_)) | Some(W::Dix)
                    )
                {
                    self.group += t;
                    true
                } else {
                    false
                }
            }
            W::Cent => {
                if self.pending_et {
                    false
                } else if self.group == 0 && !matches!(self.prev, Some(W::Cent)) {
                    self.group = 100;
                    true
                } else if self.group < 100 && self.group > 1 {
                    // "deux cents", "dix-neuf cent" (a year).
                    self.group *= 100;
                    true
                } else {
                    false
                }
            }
            W::Mille => {
                if self.pending_et || matches!(self.prev, Some(W::Mille)) {
                    false
                } else if self.last_scale == 0 || self.last_scale > 1000 {
                    self.total = self.total.saturating_add(self.group.max(1) * 1000);
                    self.group = 0;
                    self.last_scale = 1000;
                    true
                } else {
                    false
                }
            }
            W::Scale(s) => {
                if self.pending_et || self.tokens == 0 && self.group == 0 {
                    false
                } else if self.last_scale != 0 && self.last_scale < s {
                    // "cinquante trois mille millions": the scale multiplies all.
                    self.total = self.total.saturating_add(self.group).saturating_mul(s);
                    self.group = 0;
                    self.last_scale = s;
                    true
                } else if self.last_scale == 0 || self.last_scale > s {
                    if self.group == 0 {
                        false
                    } else {
                        self.total = self.total.saturating_add(self.group.saturating_mul(s));
                        self.group = 0;
                        self.last_scale = s;
                        true
                    }
                } else {
                    false
                }
            }
        };
        if ok {
            if w != W::Zero {
                self.leading_zero = false;
            }
            self.prev = Some(w);
            self.tokens += 1;
            self.pending_et = false;
        }
        ok
    }
}

fn words(text: &str, out: &mut Vec<Number>) {
    let matches: Vec<(usize, usize, W)> = WORD
        .find_iter(text)
        .filter(|m| whole_word(text, m.start(), m.end()))
        .filter_map(|m| word_value(m.as_str()).map(|w| (m.start(), m.end(), w)))
        .collect();
    let mut i = 0;
    while i < matches.len() {
        let (s0, _, w0) = matches[i];
        if matches!(w0, W::Et | W::Scale(_)) {
            i += 1;
            continue;
        }
        // "mil" alone is not a number.
        let mut r = Reader::default();
        let mut end = s0;
        let mut j = i;
        let mut last_good = None;
        while j < matches.len() {
            let (s, e, w) = matches[j];
            if j > i {
                let gap = &text[end..s];
                if gap.is_empty()
                    || gap.len() > 3
                    || !gap.chars().all(|c| c.is_whitespace() || c == '-')
                {
                    break;
                }
            }
            if !r.push(w) {
                break;
            }
            end = e;
            if w != W::Et {
                last_good = Some((j, e));
            }
            j += 1;
        }
        let Some((lj, lend)) = last_good else {
            i += 1;
            continue;
        };
        // A lone "mil" is not a number.
        if lj == i && text[s0..lend].eq_ignore_ascii_case("mil") {
            i += 1;
            continue;
        }
        // Recompute the value up to last_good (a trailing "et" was dropped).
        let mut r2 = Reader::default();
        for m in &matches[i..=lj] {
            r2.push(m.2);
        }
        let mut value = r2.value();
        let mut num_end = lend;
        // "trente 3": a tens word followed by one digit.
        if let Some(W::Tens(_)) = r2.prev {
            let rest = &text[lend..];
            let b = rest.as_bytes();
            if b.len() >= 2
                && b[0] == b' '
                && (b'1'..=b'9').contains(&b[1])
                && !b.get(2).is_some_and(|c| c.is_ascii_alphanumeric())
            {
                value += u64::from(b[1] - b'0');
                num_end = lend + 2;
            }
        }
        out.push(Number {
            start: s0,
            end: num_end,
            value,
            approximate: false,
            open_ended: false,
            kind: NumberKind::Words,
            fractional: false,
        });
        i = lj + 1;
    }
}

/// The value of `s` if it is one whole number (digits, words or vague).
pub fn parse_whole(s: &str) -> Option<u64> {
    let s = s.trim();
    let ns = find_numbers(s);
    match ns.as_slice() {
        [n] if n.start == 0 && n.end == s.len() => Some(n.value),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> u64 {
        parse_whole(s).unwrap_or_else(|| panic!("no single number in {s:?}: {:?}", find_numbers(s)))
    }

    #[test]
    fn digits_with_separators() {
        assert_eq!(one("4 400"), 4400);
        assert_eq!(one("4\u{a0}400"), 4400);
        assert_eq!(one("4\u{202f}400"), 4400);
        // The Swiss press groups by apostrophes.
        assert_eq!(one("50'000"), 50000);
        assert_eq!(one("1’200’000"), 1_200_000);
        assert_eq!(one("1.709"), 1709);
        assert_eq!(one("2 500 000"), 2_500_000);
        assert_eq!(one("un demi-million"), 500_000);
        assert_eq!(one("1,2 million"), 1_200_000);
        assert_eq!(one("3 millions"), 3_000_000);
        assert_eq!(one("100k"), 100_000);
        let n = &find_numbers("magnitude 6,4")[0];
        assert!(n.fractional);
        assert_eq!(n.value, 6);
    }

    #[test]
    fn ordinals_are_not_numbers() {
        assert!(find_numbers("le 1er janvier").iter().all(|n| n.value != 1));
        assert!(find_numbers("au XXe siècle, le 3e étage").is_empty());
        assert!(find_numbers("la troisième fois").is_empty());
    }

    #[test]
    fn number_words() {
        assert_eq!(one("vingt-trois"), 23);
        assert_eq!(one("quatre-vingt-dix-sept"), 97);
        assert_eq!(one("quatre vingts"), 80);
        assert_eq!(one("soixante et onze"), 71);
        assert_eq!(one("deux cent quarante"), 240);
        assert_eq!(one("deux cents"), 200);
        assert_eq!(one("mille cent"), 1100);
        assert_eq!(one("deux mille vingt et un"), 2021);
        assert_eq!(one("septante-cinq"), 75);
        assert_eq!(one("huitante huit"), 88);
        assert_eq!(one("nonante-neuf"), 99);
        assert_eq!(one("trois millions deux cent mille"), 3_200_000);
        assert_eq!(one("cent un mille"), 101_000);
    }

    #[test]
    fn sequences_that_are_not_one_number_split() {
        let v: Vec<u64> = find_numbers("deux trois").iter().map(|n| n.value).collect();
        assert_eq!(v, vec![2, 3]);
        let v: Vec<u64> = find_numbers("seize et vingt")
            .iter()
            .map(|n| n.value)
            .collect();
        assert_eq!(v, vec![16, 20]);
        let v: Vec<u64> = find_numbers("de 13 à 27 morts")
            .iter()
            .map(|n| n.value)
            .collect();
        assert_eq!(v, vec![13, 27]);
    }

    #[test]
    fn words_inside_longer_words_are_not_numbers() {
        assert!(find_numbers("ils étaient détrois").is_empty());
        assert!(find_numbers("la centaineé").is_empty());
        assert_eq!(parse_whole("zéro"), Some(0));
    }

    #[test]
    fn huge_and_odd_inputs_do_not_panic() {
        let s = "mille milliards de milliards milliards millions ".repeat(20);
        let _ = find_numbers(&s);
        let _ = find_numbers("99999999999999999999999999 personnes");
        let _ = find_numbers("cent cent cent mille mille million et et vingt");
        let _ = find_numbers(",5 ,,, 1.2.3 4 4 4 4 1e9 3M 2G 10k");
        let _ = find_numbers("zéro zéro zéro milliard");
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_number_words(words in proptest::collection::vec(
            proptest::sample::select(vec![
                "un", "deux", "dix", "onze", "vingt", "quatre", "cent", "cents", "mille",
                "million", "milliard", "et", "zéro", "soixante", "-", "4", "000", " ",
            ]),
            0..25,
        )) {
            let s = words.join(" ");
            for n in find_numbers(&s) {
                proptest::prop_assert!(n.start < n.end && n.end <= s.len());
            }
        }
    }

    #[test]
    fn vague_quantities() {
        let n = &find_numbers("une centaine de morts")[0];
        assert_eq!((n.value, n.approximate, n.open_ended), (100, true, false));
        let n = &find_numbers("des dizaines de blessés")[0];
        assert_eq!((n.value, n.approximate, n.open_ended), (20, true, true));
        assert_eq!(find_numbers("plusieurs centaines")[0].value, 200);
        assert_eq!(find_numbers("des milliers de déplacés")[0].value, 2000);
        assert_eq!(find_numbers("des dizaines de milliers")[0].value, 20_000);
        assert_eq!(find_numbers("un millier")[0].value, 1000);
        let half = find_numbers("plus d'un demi-millier d'habitants");
        assert_eq!((half[0].value, half[0].approximate), (500, true));
        assert_eq!(find_numbers("une quinzaine")[0].value, 15);
    }
}
