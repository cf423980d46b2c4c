//! Regexes with Unicode word boundaries, searched fast.
//!
//! The `regex` crate's fast engine (a lazy DFA) cannot decide a Unicode `\b`
//! next to a non-ASCII byte: on French text, with its accents, every search
//! of such a pattern falls back to a slower engine (a backtracker or the
//! PikeVM). A [`FastRegex`] keeps the pattern as written (`exact`) and
//! derives from it a `quick` pattern that every match of `exact` also
//! matches, but that the lazy DFA runs over any text:
//!
//! * a `\b` next to an ASCII letter or digit of the pattern becomes an
//!   ASCII `\b` (implied by the Unicode one: the text's side is then a
//!   non-word character, ASCII or not);
//! * every other Unicode word assertion is dropped;
//! * a class with many non-ASCII ranges (`\w`, `\p{L}`, `[^«»]`) becomes its
//!   ASCII part plus every non-ASCII character (a smaller automaton).
//!
//! `quick` finds where the leftmost match of `exact` may start; `exact` is
//! then run from there, so the results are those of `exact` alone, and the
//! slow engine runs only where a match is likely. Patterns without a
//! Unicode word assertion are run as they are; those that may match the
//! empty string are iterated as they are.
//! The exact regex is compiled on first use: where the quick pattern finds
//! nothing, its cost (large Unicode classes) is never paid.

use std::sync::OnceLock;

use regex::{Captures, Match, Regex};
use regex_automata::meta;
use regex_automata::nfa::thompson::WhichCaptures;
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look};

/// A regex and a pre-search that finds where its matches may start.
#[derive(Debug)]
pub struct FastRegex {
    pattern: String,
    /// Compiled on first use when there is a quick pattern: a document
    /// where the quick pattern finds nothing never pays for it.
    exact: OnceLock<Regex>,
    /// Built from the pattern's syntax tree, without capture groups.
    quick: Option<meta::Regex>,
    /// The pattern may match the empty string: the iterators, with their
    /// rules for empty matches, are the regex crate's own.
    may_be_empty: bool,
}

impl FastRegex {
    /// Compile `pattern` (the `regex` crate's syntax and defaults).
    pub fn new(pattern: &str) -> Result<FastRegex, regex::Error> {
        let exact = OnceLock::new();
        // Every word assertion is written with one of these: without them
        // the pattern is compiled as it is, and parsed only once.
        let words = ["\\b", "\\B", "\\<", "\\>"]
            .iter()
            .any(|w| pattern.contains(w));
        let hir = words
            .then(|| regex_syntax::Parser::new().parse(pattern).ok())
            .flatten();
        let may_be_empty = hir
            .as_ref()
            .is_none_or(|h| h.properties().minimum_len() == Some(0));
        let quick = match hir.and_then(quick_hir) {
            Some(q) => Some(
                meta::Regex::builder()
                    .configure(
                        // Only ever asked where a match starts: no groups,
                        // and no engines for groups.
                        meta::Regex::config()
                            .which_captures(WhichCaptures::Implicit)
                            .backtrack(false)
                            .onepass(false)
                            .auto_prefilter(false),
                    )
                    .build_from_hir(&q)
                    .map_err(|e| regex::Error::Syntax(e.to_string()))?,
            ),
            None => {
                let _ = exact.set(Regex::new(pattern)?);
                None
            }
        };
        Ok(FastRegex {
            pattern: pattern.to_string(),
            exact,
            quick,
            may_be_empty,
        })
    }

    /// The regex as written. Its syntax was checked by [`FastRegex::new`];
    /// the patterns are the program's own, each exercised by the tests.
    pub fn exact(&self) -> &Regex {
        self.exact
            .get_or_init(|| Regex::new(&self.pattern).expect("a pattern that parsed compiles"))
    }

    /// Where the leftmost match starting at or after `start` may begin.
    fn candidate(&self, hay: &str, start: usize) -> Option<usize> {
        match &self.quick {
            Some(q) => q
                .search(&regex_automata::Input::new(hay).range(start..))
                .map(|m| m.start()),
            None => Some(start),
        }
    }

    pub fn is_match(&self, hay: &str) -> bool {
        self.find(hay).is_some()
    }

    pub fn find<'h>(&self, hay: &'h str) -> Option<Match<'h>> {
        self.find_at(hay, 0)
    }

    /// As [`Regex::find_at`]: the text before `start` is context for `\b`.
    pub fn find_at<'h>(&self, hay: &'h str, start: usize) -> Option<Match<'h>> {
        let at = self.candidate(hay, start)?;
        self.exact().find_at(hay, at)
    }

    /// Every match replaced by `with`, taken literally (no `$` expansion).
    pub fn replace_all_literal<'h>(&self, hay: &'h str, with: &str) -> std::borrow::Cow<'h, str> {
        let Some(q) = self.quick.as_ref().filter(|_| !self.may_be_empty) else {
            return self.exact().replace_all(hay, regex::NoExpand(with));
        };
        if !q.is_match(hay) {
            return std::borrow::Cow::Borrowed(hay);
        }
        let mut out = String::new();
        let mut last = 0;
        for m in self.find_iter(hay) {
            out.push_str(&hay[last..m.start()]);
            out.push_str(with);
            last = m.end();
        }
        out.push_str(&hay[last..]);
        std::borrow::Cow::Owned(out)
    }

    pub fn captures<'h>(&self, hay: &'h str) -> Option<Captures<'h>> {
        let at = self.candidate(hay, 0)?;
        self.exact().captures_at(hay, at)
    }

    /// Successive non-overlapping matches, as [`Regex::find_iter`].
    pub fn find_iter<'r, 'h>(&'r self, hay: &'h str) -> Matches<'r, 'h> {
        match &self.quick {
            Some(_) if !self.may_be_empty => Matches::Quick {
                re: self,
                hay,
                pos: 0,
            },
            _ => Matches::Plain(self.exact().find_iter(hay)),
        }
    }

    /// Successive non-overlapping captures, as [`Regex::captures_iter`].
    pub fn captures_iter<'r, 'h>(&'r self, hay: &'h str) -> CaptureMatches<'r, 'h> {
        match &self.quick {
            Some(_) if !self.may_be_empty => CaptureMatches::Quick {
                re: self,
                hay,
                pos: 0,
            },
            _ => CaptureMatches::Plain(self.exact().captures_iter(hay)),
        }
    }
}

/// The iterator of [`FastRegex::find_iter`].
pub enum Matches<'r, 'h> {
    Plain(regex::Matches<'r, 'h>),
    /// Only for patterns that never match empty (see `quick_pattern`): the
    /// next search starts where the last match ended, as in the regex crate.
    Quick {
        re: &'r FastRegex,
        hay: &'h str,
        pos: usize,
    },
}

impl<'h> Iterator for Matches<'_, 'h> {
    type Item = Match<'h>;

    fn next(&mut self) -> Option<Match<'h>> {
        match self {
            Matches::Plain(it) => it.next(),
            Matches::Quick { re, hay, pos } => {
                let m = re.find_at(hay, *pos)?;
                *pos = m.end();
                Some(m)
            }
        }
    }
}

/// The iterator of [`FastRegex::captures_iter`].
pub enum CaptureMatches<'r, 'h> {
    Plain(regex::CaptureMatches<'r, 'h>),
    Quick {
        re: &'r FastRegex,
        hay: &'h str,
        pos: usize,
    },
}

impl<'h> Iterator for CaptureMatches<'_, 'h> {
    type Item = Captures<'h>;

    fn next(&mut self) -> Option<Captures<'h>> {
        match self {
            CaptureMatches::Plain(it) => it.next(),
            CaptureMatches::Quick { re, hay, pos } => {
                let at = re.candidate(hay, *pos)?;
                let c = re.exact().captures_at(hay, at)?;
                *pos = c.get(0).unwrap().end();
                Some(c)
            }
        }
    }
}

/// The quick pattern of a pattern's syntax tree, or `None` when it would
/// not help (no Unicode word assertion).
fn quick_hir(hir: Hir) -> Option<Hir> {
    has_unicode_word_look(&hir).then(|| widen(hir))
}

fn has_unicode_word_look(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Look(l) => is_unicode_word_look(*l),
        HirKind::Repetition(r) => has_unicode_word_look(&r.sub),
        HirKind::Capture(c) => has_unicode_word_look(&c.sub),
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(has_unicode_word_look),
        _ => false,
    }
}

fn is_unicode_word_look(l: Look) -> bool {
    matches!(
        l,
        Look::WordUnicode
            | Look::WordUnicodeNegate
            | Look::WordStartUnicode
            | Look::WordEndUnicode
            | Look::WordStartHalfUnicode
            | Look::WordEndHalfUnicode
    )
}

/// Non-ASCII ranges beyond which a class is widened to all of non-ASCII.
const MAX_NON_ASCII_RANGES: usize = 8;

/// Does `h` hold anything [`widen`] changes? (Rebuilding a syntax tree
/// costs about what parsing it did: untouched parts are kept as they are.)
fn needs_widening(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Look(l) => is_unicode_word_look(*l),
        HirKind::Class(Class::Unicode(c)) => {
            c.ranges().iter().filter(|r| r.end() > '\x7f').count() > MAX_NON_ASCII_RANGES
        }
        HirKind::Repetition(r) => needs_widening(&r.sub),
        HirKind::Capture(_) => true,
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(needs_widening),
        _ => false,
    }
}

/// A pattern that matches wherever `h` does (see the module doc).
fn widen(h: Hir) -> Hir {
    if !needs_widening(&h) {
        return h;
    }
    match h.into_kind() {
        HirKind::Look(l) if is_unicode_word_look(l) => Hir::empty(),
        HirKind::Class(Class::Unicode(c)) => Hir::class(Class::Unicode(widen_class(c))),
        HirKind::Repetition(mut r) => {
            r.sub = Box::new(widen(*r.sub));
            Hir::repetition(r)
        }
        // Only where a match starts counts: no groups.
        HirKind::Capture(c) => widen(*c.sub),
        HirKind::Alternation(v) => Hir::alternation(v.into_iter().map(widen).collect()),
        HirKind::Concat(v) => {
            // Which boundaries have an ASCII word character on the pattern's side.
            let ascii: Vec<bool> = (0..v.len())
                .map(|i| {
                    matches!(v[i].kind(), HirKind::Look(Look::WordUnicode))
                        && (ends_ascii_word(&v[..i]) || starts_ascii_word(&v[i + 1..]))
                })
                .collect();
            Hir::concat(
                v.into_iter()
                    .zip(ascii)
                    .map(|(child, ascii)| {
                        if ascii {
                            Hir::look(Look::WordAscii)
                        } else {
                            widen(child)
                        }
                    })
                    .collect(),
            )
        }
        kind => hir_of(kind),
    }
}

fn hir_of(kind: HirKind) -> Hir {
    match kind {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(l) => Hir::literal(l.0),
        HirKind::Class(c) => Hir::class(c),
        HirKind::Look(l) => Hir::look(l),
        HirKind::Repetition(r) => Hir::repetition(r),
        HirKind::Capture(c) => Hir::capture(c),
        HirKind::Concat(v) => Hir::concat(v),
        HirKind::Alternation(v) => Hir::alternation(v),
    }
}

fn widen_class(c: ClassUnicode) -> ClassUnicode {
    let non_ascii = c.ranges().iter().filter(|r| r.end() > '\x7f').count();
    if non_ascii <= MAX_NON_ASCII_RANGES {
        return c;
    }
    let mut out = ClassUnicode::new(
        c.ranges()
            .iter()
            .filter(|r| r.start() <= '\x7f')
            .map(|r| ClassUnicodeRange::new(r.start(), r.end().min('\x7f'))),
    );
    out.union(&ClassUnicode::new([ClassUnicodeRange::new(
        '\u{80}',
        '\u{10FFFF}',
    )]));
    out
}

fn is_ascii_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn class_is_ascii_word(c: &Class) -> bool {
    match c {
        Class::Unicode(u) => u.ranges().iter().all(|r| {
            r.end() <= '\x7f' && (r.start()..=r.end()).all(|ch| is_ascii_word_byte(ch as u8))
        }),
        Class::Bytes(b) => b
            .ranges()
            .iter()
            .all(|r| (r.start()..=r.end()).all(is_ascii_word_byte)),
    }
}

/// Does every match of `h` start with an ASCII word character?
fn first_is_ascii_word(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Literal(l) => l.0.first().is_some_and(|&b| is_ascii_word_byte(b)),
        HirKind::Class(c) => class_is_ascii_word(c),
        HirKind::Capture(c) => first_is_ascii_word(&c.sub),
        HirKind::Repetition(r) => r.min >= 1 && first_is_ascii_word(&r.sub),
        HirKind::Concat(v) => starts_ascii_word(v),
        HirKind::Alternation(v) => v.iter().all(first_is_ascii_word),
        HirKind::Empty | HirKind::Look(_) => false,
    }
}

/// Does every match of `h` end with an ASCII word character?
fn last_is_ascii_word(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Literal(l) => l.0.last().is_some_and(|&b| is_ascii_word_byte(b)),
        HirKind::Class(c) => class_is_ascii_word(c),
        HirKind::Capture(c) => last_is_ascii_word(&c.sub),
        HirKind::Repetition(r) => r.min >= 1 && last_is_ascii_word(&r.sub),
        HirKind::Concat(v) => ends_ascii_word(v),
        HirKind::Alternation(v) => v.iter().all(last_is_ascii_word),
        HirKind::Empty | HirKind::Look(_) => false,
    }
}

/// Does the concatenation `v` always start with an ASCII word character?
/// Assertions before it are skipped (they consume nothing); an item that
/// may be empty makes the answer unknown, so no.
fn starts_ascii_word(v: &[Hir]) -> bool {
    for h in v {
        if matches!(h.kind(), HirKind::Look(_)) {
            continue;
        }
        return h.properties().minimum_len().is_some_and(|n| n > 0) && first_is_ascii_word(h);
    }
    false
}

/// Does the concatenation `v` always end with an ASCII word character?
fn ends_ascii_word(v: &[Hir]) -> bool {
    for h in v.iter().rev() {
        if matches!(h.kind(), HirKind::Look(_)) {
            continue;
        }
        return h.properties().minimum_len().is_some_and(|n| n > 0) && last_is_ascii_word(h);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every way of searching gives what the exact regex gives.
    fn same(pattern: &str, hays: &[&str]) {
        let f = FastRegex::new(pattern).unwrap();
        let e = Regex::new(pattern).unwrap();
        for hay in hays {
            let spans = |it: &mut dyn Iterator<Item = Match>| {
                it.map(|m| (m.start(), m.end())).collect::<Vec<_>>()
            };
            assert_eq!(
                spans(&mut f.find_iter(hay)),
                spans(&mut e.find_iter(hay)),
                "{pattern} on {hay}"
            );
            assert_eq!(f.is_match(hay), e.is_match(hay));
            for start in (0..=hay.len()).filter(|&i| hay.is_char_boundary(i)) {
                assert_eq!(
                    f.find_at(hay, start).map(|m| m.range()),
                    e.find_at(hay, start).map(|m| m.range()),
                    "{pattern} on {hay} at {start}"
                );
            }
            let caps = |c: Option<Captures>| {
                c.map(|c| c.iter().map(|m| m.map(|m| m.range())).collect::<Vec<_>>())
            };
            assert_eq!(caps(f.captures(hay)), caps(e.captures(hay)));
            assert_eq!(
                f.replace_all_literal(hay, "$0 "),
                e.replace_all(hay, regex::NoExpand("$0 "))
            );
            assert_eq!(
                f.captures_iter(hay)
                    .map(|c| caps(Some(c)))
                    .collect::<Vec<_>>(),
                e.captures_iter(hay)
                    .map(|c| caps(Some(c)))
                    .collect::<Vec<_>>()
            );
        }
    }

    const HAYS: &[&str] = &[
        "",
        "ni",
        "Il n'a ni tué ni blessé, ni ni.",
        "éni niè ni_ni nié ànià Ni NI",
        "selon la police, d’après l'AFP, éselon selonè Selon",
        "il a annoncé, ils ont annoncéé, a-t-il précisé, ÀNNONCÉ a annoncé",
        "été ét été été.été _été été_ Été",
        "Ça va, il va démissionner; elles éclaireront, ils sera, caméra sera",
        "ſelon K ſ",
        "aucun aucune aucuné éaucun « aucun »",
    ];

    #[test]
    fn same_results_as_the_exact_regex() {
        for p in [
            r"(?i)\bni\b",
            r"\bni\b",
            r"(?i)\b(?:selon|d['’]apr[eè]s|de sources?|citant)\s+[^,.;:()«»]{2,80}?(?:[,.;:()«»]|$)",
            r"(?i)\b(?:(?:a|ont)\s+(?:\w+\s+)?(?:annoncé|précisé)|(?:a|ont)-t-(?:il|elle)\s+(?:annoncé|précisé))\b",
            r"(?i)\b[ée]t[ée]\b",
            r"(?i)\b(?:(?:va|vont)\s+(?:\w+\s+)?\w+(?:er|ir|re)|\w{3,}(?:era|eront|ont)|sera)\b",
            r"(?i)(?:\b(?:n['’]|ne\s+)(?:\S+\s+){0,2}?(?:pas|jamais|point)\b|\baucune?\b|\bni\b)",
            r"(?i)\b(?P<a>aucun)(?P<b>e)?\b",
            r"\w+",
            r"(?i)(?:[\s,]*\b(?:ont|sont|a|été|\p{L}+é\s+et)\b)*[\s,]*$",
            r"(?i)\b(?:ni|été)?",
        ] {
            same(p, HAYS);
        }
    }

    fn quick_pattern(p: &str) -> Option<String> {
        let mut out = String::new();
        let hir = regex_syntax::Parser::new().parse(p).unwrap();
        regex_syntax::hir::print::Printer::new()
            .print(&quick_hir(hir)?, &mut out)
            .unwrap();
        Some(out)
    }

    #[test]
    fn ascii_boundaries_where_the_pattern_side_is_ascii() {
        let q = quick_pattern(r"\bni\b").unwrap();
        assert_eq!(q.matches(r"(?-u:\b)").count(), 2, "{q}");
        // Next to "é" the boundary is dropped.
        let q = quick_pattern(r"\bété\b").unwrap();
        assert!(!q.contains(r"\b"), "{q}");
        assert!(quick_pattern("abc").is_none());
        assert!(quick_pattern(r"\b(?:x)?").is_some());
    }
}
