//! The document stage: decoded text split into headlines, paragraphs and
//! sentences, with byte offsets for the extractors and a cheap map from byte
//! offsets to the character offsets of the contract.
//!
//! Rules:
//! - every non-empty line is a paragraph, except that a line that does not
//!   end a sentence and is followed by a line starting in lower case is
//!   wrapped: the two are one paragraph (a headline wrapped over two lines,
//!   or hard-wrapped body text);
//! - a paragraph is a headline when it is short (at most [`HEADLINE_MAX`]
//!   characters) and has no final punctuation;
//! - sentences end at `.`, `!`, `?` or `…` followed by white space and an
//!   upper-case letter, a digit, a dash or an opening quote; never after a
//!   known abbreviation ("M.", "Mme.", "J.-C.", "janv."), an initial ("J."),
//!   nor inside « guillemets ».

use std::sync::OnceLock;

use crate::model::{ParagraphKind, ParagraphOut};

/// Longest paragraph, in characters, that may still be a headline.
pub const HEADLINE_MAX: usize = 150;

/// A paragraph, with byte offsets into [`Document::text`].
#[derive(Debug, Clone)]
pub struct Paragraph {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub kind: ParagraphKind,
    /// Indices into [`Document::sentences`].
    pub sentences: std::ops::Range<usize>,
}

/// A sentence, with byte offsets into [`Document::text`].
#[derive(Debug, Clone)]
pub struct Sentence {
    pub index: usize,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// Text with accents removed, lower-cased, typographic apostrophes and
/// spaces made plain, and a map back to the original byte offsets.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    /// `map[i]` is the byte offset in the original text of folded byte `i`;
    /// `map[text.len()]` is the original length.
    pub map: Vec<u32>,
}

impl Folded {
    /// The folded text of `text`, with its map.
    pub fn new(text: &str) -> Folded {
        fold_with_map(text)
    }

    /// Original byte span of a folded byte span.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        (self.map[start] as usize, self.map[end] as usize)
    }
}

/// A parsed document.
#[derive(Debug)]
pub struct Document {
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    /// Number of characters before each 64-byte block.
    char_blocks: Vec<u32>,
    folded: OnceLock<Folded>,
}

const BLOCK: usize = 64;

impl Document {
    /// Parse decoded text.
    pub fn parse(text: impl Into<String>) -> Document {
        let text = text.into();
        let char_blocks = build_char_blocks(&text);
        let mut doc = Document {
            text,
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            char_blocks,
            folded: OnceLock::new(),
        };
        doc.split();
        doc
    }

    /// Character offset of a byte offset (which must be a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let block = byte / BLOCK;
        let base = self.char_blocks[block] as usize;
        let from = block * BLOCK;
        base + self.text.as_bytes()[from..byte]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count()
    }

    /// Byte offset of a character offset (the inverse of [`Document::char_offset`]);
    /// offsets past the end give the text's length.
    pub fn byte_offset(&self, chars: usize) -> usize {
        // The last block starting at or before that character.
        let block = self
            .char_blocks
            .partition_point(|&c| (c as usize) <= chars)
            .saturating_sub(1);
        let mut count = self.char_blocks[block] as usize;
        let bytes = self.text.as_bytes();
        let mut b = (block * BLOCK).min(bytes.len());
        // Skip continuation bytes of a character that began in the previous block.
        while b < bytes.len() && (bytes[b] as i8) < -0x40 {
            b += 1;
        }
        while b < bytes.len() {
            if (bytes[b] as i8) >= -0x40 {
                if count == chars {
                    return b;
                }
                count += 1;
            }
            b += 1;
        }
        bytes.len()
    }

    /// Length of the text in characters.
    pub fn char_len(&self) -> usize {
        self.char_offset(self.text.len())
    }

    /// The paragraph holding a byte offset (the last one starting at or before it).
    pub fn paragraph_at(&self, byte: usize) -> usize {
        match self.paragraphs.partition_point(|p| p.start <= byte) {
            0 => 0,
            n => n - 1,
        }
    }

    /// The sentence holding a byte offset.
    pub fn sentence_at(&self, byte: usize) -> Option<&Sentence> {
        let n = self.sentences.partition_point(|s| s.start <= byte);
        if n == 0 {
            None
        } else {
            Some(&self.sentences[n - 1])
        }
    }

    /// `(text, char start, char end, paragraph)` of a byte span: what every
    /// mention of the contract carries.
    pub fn span(&self, start: usize, end: usize) -> (String, usize, usize, usize) {
        (
            self.text[start..end].to_string(),
            self.char_offset(start),
            self.char_offset(end),
            self.paragraph_at(start),
        )
    }

    /// The folded text, computed once on first use.
    pub fn folded(&self) -> &Folded {
        self.folded.get_or_init(|| fold_with_map(&self.text))
    }

    /// Where the credits of a dispatch begin (a byte offset): the line
    /// "Sources", "Sources :" or "Source : …" that opens a line, as
    /// Wikinews ends its articles. What follows is a list of the articles
    /// drawn on ("« Kasaï : plus de 3 300 morts selon l'Église », La Libre
    /// Afrique, 20 juin 2017."): their titles tell no news of their own.
    pub fn credits_start(&self) -> Option<usize> {
        credits_start(&self.text)
    }

    /// The text of a sentence.
    pub fn sentence_text(&self, s: &Sentence) -> &str {
        &self.text[s.start..s.end]
    }

    /// Paragraphs as the contract prints them.
    pub fn paragraphs_out(&self) -> Vec<ParagraphOut> {
        self.paragraphs
            .iter()
            .map(|p| ParagraphOut {
                index: p.index,
                start: self.char_offset(p.start),
                end: self.char_offset(p.end),
                kind: p.kind,
            })
            .collect()
    }

    /// The first headline, its lines joined by one space.
    pub fn title(&self) -> Option<String> {
        let p = self.paragraphs.first()?;
        if p.kind != ParagraphKind::Headline {
            return None;
        }
        Some(
            self.text[p.start..p.end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        )
    }

    fn split(&mut self) {
        // Lines, as byte ranges without the line terminator, trimmed.
        let mut lines: Vec<(usize, usize)> = Vec::new();
        let mut pos = 0;
        let bytes = self.text.as_bytes();
        while pos <= bytes.len() {
            let nl = memchr_nl(&bytes[pos..]).map(|i| pos + i);
            let end = nl.unwrap_or(bytes.len());
            let (s, e) = trim_span(&self.text, pos, end);
            lines.push((s, e));
            match nl {
                Some(n) => pos = n + 1,
                None => break,
            }
        }
        // Group lines into paragraphs.
        let mut paras: Vec<(usize, usize)> = Vec::new();
        let mut prev_blank = true;
        for &(s, e) in &lines {
            if s == e {
                prev_blank = true;
                continue;
            }
            let line = &self.text[s..e];
            let wrap = !prev_blank
                && paras
                    .last()
                    .is_some_and(|&(ps, pe)| is_wrapped(&self.text[ps..pe], line));
            if wrap {
                paras.last_mut().unwrap().1 = e;
            } else {
                paras.push((s, e));
            }
            prev_blank = false;
        }
        for (i, (s, e)) in paras.into_iter().enumerate() {
            let ptext = &self.text[s..e];
            let kind = if is_headline(ptext) {
                ParagraphKind::Headline
            } else {
                ParagraphKind::Body
            };
            let first = self.sentences.len();
            for (ss, se) in split_sentences(ptext) {
                let index = self.sentences.len();
                self.sentences.push(Sentence {
                    index,
                    paragraph: i,
                    start: s + ss,
                    end: s + se,
                });
            }
            self.paragraphs.push(Paragraph {
                index: i,
                start: s,
                end: e,
                kind,
                sentences: first..self.sentences.len(),
            });
        }
    }
}

fn memchr_nl(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'\n')
}

fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    let slice = &text[s..e];
    let lead = slice.len() - slice.trim_start().len();
    let t = slice.trim();
    if t.is_empty() {
        return (s, s);
    }
    (s + lead, s + lead + t.len())
}

fn build_char_blocks(text: &str) -> Vec<u32> {
    let bytes = text.as_bytes();
    let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 2);
    let mut count: u32 = 0;
    for chunk in bytes.chunks(BLOCK) {
        blocks.push(count);
        count += chunk.iter().filter(|&&b| (b as i8) >= -0x40).count() as u32;
    }
    blocks.push(count);
    blocks
}

/// Does the text end a sentence (final punctuation, possibly followed by a
/// closing quote or bracket)?
fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(['»', '"', '”', ')', ']', ' ', '\u{a0}', '\u{202f}']);
    t.ends_with(['.', '!', '?', '…', ':', ';', '–', '—'])
}

fn is_wrapped(prev: &str, line: &str) -> bool {
    if ends_sentence(prev) {
        return false;
    }
    let first = line.chars().next().unwrap_or(' ');
    first.is_lowercase() || prev.ends_with(['¬', '-', ','])
}

fn is_headline(p: &str) -> bool {
    let n = p.chars().count();
    if !(2..=HEADLINE_MAX).contains(&n) {
        return false;
    }
    let t = p.trim_end_matches(['»', '"', '”', ')', ']', ' ']);
    // A dateline ("Paris, 5 janvier (AFP) –", "7 août 2016. –") is body.
    !t.ends_with(['.', '!', '?', '…', ':', ';', ',', '–', '—', '-'])
        && p.chars().next().is_some_and(|c| !c.is_lowercase())
}

/// Words after which a period does not end a sentence (lower-cased, no period).
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "gal", "gen",
    "col", "cdt", "lt", "sgt", "cap", "av", "apr", "j.-c", "j-c", "jc", "etc", "cf", "env", "n",
    "no", "art", "p", "vol", "chap", "éd", "ed", "min", "max", "bd", "vs", "ex", "resp", "dép",
    "dept", "tél", "fig", "ca", "approx", "inc", "ltd", "co", "corp", "jr", "sr", "mr", "mrs",
    "ms", "gén", "lieut", "adj", "cne", "mal", "rte", "r", "s", "ss",
];

/// Abbreviated months: their period ends no sentence, nor does it refuse an
/// agency's dateline ("26 févr. 2026 (AFP) -").
const MONTH_ABBREVIATIONS: &[&str] = &[
    "janv", "fevr", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "dec",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(['(', '«', '"', '“', '[', '\'', '’']);
    if w.is_empty() {
        return false;
    }
    // A single letter or dotted initials: "J.", "J.-P.", "U.S."
    let mut letters = w.chars().filter(|c| c.is_alphabetic());
    if letters.next().is_some_and(char::is_uppercase) && letters.next().is_none() {
        return true;
    }
    if w.contains('.') && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-') {
        // "J.-C" "U.S" etc.
        let parts: Vec<&str> = w.split(['.', '-']).filter(|p| !p.is_empty()).collect();
        if parts.iter().all(|p| p.chars().count() == 1) {
            return true;
        }
    }
    let lower = w.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str()) || MONTH_ABBREVIATIONS.contains(&lower.as_str())
}

/// See [`Document::credits_start`].
pub(crate) fn credits_start(text: &str) -> Option<usize> {
    text.match_indices("Source").map(|(i, _)| i).find(|&i| {
        (i == 0 || text[..i].ends_with('\n')) && {
            let line = text[i..].lines().next().unwrap_or("");
            let rest = line
                .trim_end()
                .trim_start_matches("Sources")
                .trim_start_matches("Source");
            rest.is_empty() || rest.trim_start().starts_with(':')
        }
    })
}

/// The end of an agency's dateline opening a paragraph ("PARIS, 5 janvier
/// (AFP) -", "Bamako (Reuters) –"): a capitalised start, a parenthesis
/// closing within 100 bytes, a dash and a space. Returns the end of the
/// dash and where the next sentence starts.
pub(crate) fn agency_dateline(p: &str) -> Option<(usize, usize)> {
    if !p.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let head = &p[..p.floor_char_boundary(p.len().min(100))];
    let (dash_end, close) = head.match_indices(')').find_map(|(close, _)| {
        // (EFE's point before the dash: "Quito, 19 août 2023 (EFE).-".)
        let after = &p[close + 1..];
        let after_space = after
            .strip_prefix('.')
            .filter(|r| r.starts_with('-'))
            .unwrap_or(after)
            .trim_start_matches([' ', '\u{a0}']);
        let dash = after_space
            .chars()
            .next()
            .filter(|c| matches!(c, '-' | '–' | '—'))?;
        // Xinhua's double hyphen: "MANILLE, 19 octobre (Xinhua) --".
        let doubled = after_space[dash.len_utf8()..].starts_with('-') as usize;
        Some((
            p.len() - after_space.len() + dash.len_utf8() + doubled,
            close,
        ))
    })?;
    if head[..close].contains(['!', '?', '\n', '«'])
        || head[..close]
            .match_indices('.')
            .any(|(i, _)| !ends_with_month_abbreviation(&head[..i]))
    {
        return None;
    }
    // The agency's name (or the place's): short, capitalised.
    let open = head[..close].rfind('(')?;
    let inside = &head[open + 1..close];
    // (Swiss agencies write theirs in lower case: "Genève (ats) -",
    // "Zurich (awp) -".)
    let lower_agency =
        (2..=5).contains(&inside.len()) && inside.bytes().all(|b| b.is_ascii_lowercase());
    if !(inside.chars().next().is_some_and(char::is_uppercase) || lower_agency)
        || inside.split_whitespace().count() > 3
    {
        return None;
    }
    let tail = &p[dash_end..];
    let next = tail.trim_start();
    // ("(AIB)-Le bilan…": a capital right after the dash will do.)
    if next.len() == tail.len() && !next.starts_with(char::is_uppercase)
        || !next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '«' | '"' | '“'))
    {
        return None;
    }
    Some((dash_end, p.len() - next.len()))
}

/// A dateline that opens a paragraph, an agency's ([`agency_dateline`]) or
/// a dated one without agency ([`dated_dateline`]).
pub(crate) fn dateline(p: &str) -> Option<(usize, usize)> {
    agency_dateline(p).or_else(|| dated_dateline(p))
}

/// The months, folded, in calendar order: read by [`dated_dateline`] and by
/// the dates extractor.
pub(crate) const MONTHS: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

/// The end of a dated dateline without agency ("Mbour (Sénégal), le 6 août
/// 2024 –", "LYON, 12 mars –"): a capitalised place, a comma, a day and a
/// month (a year may follow), a dash and a space, within 100 bytes. Returns
/// the end of the dash and where the next sentence starts.
fn dated_dateline(p: &str) -> Option<(usize, usize)> {
    if !p.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let head = &p[..p.floor_char_boundary(p.len().min(100))];
    let (dash, dash_end) = head.char_indices().find_map(|(i, c)| {
        let end = i + c.len_utf8();
        // (The dash ends its line, or the paragraph: "ROME, 18 septembre
        // 2025 –" alone, the story below.)
        (matches!(c, '-' | '–' | '—')
            && head[..i].ends_with([' ', '\u{a0}'])
            && (p[end..].starts_with(char::is_whitespace) || end == p.len()))
        .then_some((i, end))
    })?;
    let before = head[..dash].trim_end().trim_end_matches('.');
    let comma = before.rfind(',')?;
    let place = &before[..comma];
    if place.contains(['.', '!', '?', '\n', '«', '»', ':', ';', ',']) {
        return None;
    }
    let mut words = before[comma + 1..].split_whitespace();
    let mut day = words.next()?;
    if day.eq_ignore_ascii_case("le") {
        day = words.next()?;
    }
    // The weekday may come first: "Tegucigalpa, mardi 20 août 2024 —".
    if crate::extract::dates::WEEKDAYS.contains(&day.to_lowercase().as_str()) {
        day = words.next()?;
    }
    let day = day.strip_suffix("er").unwrap_or(day);
    if !(1..=2).contains(&day.len()) || !day.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let month = words.next()?.trim_end_matches('.').to_lowercase();
    if !MONTHS.contains(&fold(&month).as_str()) && !MONTH_ABBREVIATIONS.contains(&month.as_str()) {
        return None;
    }
    if let Some(year) = words.next()
        && !(year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    if words.next().is_some() {
        return None;
    }
    let tail = &p[dash_end..];
    let next = tail.trim_start();
    if !next.is_empty()
        && !next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '«' | '"' | '“'))
    {
        return None;
    }
    Some((dash_end, p.len() - next.len()))
}

/// Does `s` end with an abbreviated month ("26 févr", "3 sept") whose dot
/// follows?
fn ends_with_month_abbreviation(s: &str) -> bool {
    let word = s.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    MONTH_ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// Split a paragraph into sentences; returns byte spans relative to `p`.
pub fn split_sentences(p: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut quote_depth: i32 = 0;
    // Byte offsets throughout: no per-character vector (a paragraph may be
    // a 100 MB line).
    let char_at = |b: usize| p.get(b..).and_then(|r| r.chars().next());
    let mut i = 0;
    // An agency's dateline is a sentence of its own: "MAIDUGURI (Nigeria),
    // 8 juin (AFP) - Des jihadistes…".
    if let Some(end) = dateline(p) {
        out.push((0, end.0));
        start = end.1;
        i = end.1;
    }
    while let Some(c) = char_at(i) {
        let b = i;
        match c {
            '«' => quote_depth += 1,
            '»' => quote_depth = (quote_depth - 1).max(0),
            '.' | '!' | '?' | '…' if quote_depth == 0 => {
                // Extend over repeated punctuation and closing quotes/brackets.
                let mut j = i + c.len_utf8();
                while let Some(cj) = char_at(j)
                    && matches!(cj, '.' | '!' | '?' | '…' | ')' | '"' | '”')
                {
                    j += cj.len_utf8();
                }
                // Must be followed by white space, then a sentence start.
                let mut k = j;
                while let Some(ck) = char_at(k)
                    && ck.is_whitespace()
                {
                    k += ck.len_utf8();
                }
                if k > j
                    && let Some(next) = char_at(k)
                {
                    let starts = next.is_uppercase()
                        || next.is_ascii_digit()
                        || matches!(next, '«' | '"' | '“' | '–' | '—' | '-' | '(' | '[');
                    let abbrev = c == '.' && {
                        // The word before the period (looking back a bounded way).
                        let from = p.ceil_char_boundary(b.saturating_sub(40));
                        let word_start = p[from..b]
                            .rfind(|ch: char| ch.is_whitespace())
                            .map_or(from, |x| {
                                from + x + p[from + x..].chars().next().unwrap().len_utf8()
                            });
                        is_abbreviation(&p[word_start..b])
                    };
                    if starts && !abbrev {
                        let mut end = j;
                        // A dateline's dash stays with it: "26 juin 2017. – Dimanche, …"
                        if matches!(next, '–' | '—')
                            && char_at(k + next.len_utf8()).is_some_and(|c| c.is_whitespace())
                        {
                            end = k + next.len_utf8();
                            k = end;
                            while let Some(ck) = char_at(k)
                                && ck.is_whitespace()
                            {
                                k += ck.len_utf8();
                            }
                            if k >= p.len() {
                                i = k;
                                continue;
                            }
                        }
                        out.push((start, end));
                        start = k;
                        i = k;
                        continue;
                    }
                }
                i = j;
                continue;
            }
            _ => {}
        }
        i += c.len_utf8();
    }
    if start < p.len() {
        let t = p[start..].trim_end();
        if !t.is_empty() {
            out.push((start, start + t.len()));
        }
    }
    // A fragment without letters or digits ("7 août 2016. –") joins the
    // sentence before it.
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(out.len());
    for (s, e) in out {
        match merged.last_mut() {
            Some(last) if !p[s..e].chars().any(char::is_alphanumeric) => last.1 = e,
            _ => merged.push((s, e)),
        }
    }
    // No sentence longer than MAX_SENTENCE bytes: real sentences never are,
    // and the extractors' work per sentence stays bounded on any input.
    let mut capped = Vec::with_capacity(merged.len());
    for (mut s, e) in merged {
        while e - s > MAX_SENTENCE {
            let limit = p.floor_char_boundary(s + MAX_SENTENCE);
            let window = &p[s..limit];
            let cut = window
                .rfind([',', ';', ':'])
                .map(|i| s + i + 1)
                .or_else(|| window.rfind(char::is_whitespace).map(|i| s + i))
                .filter(|&c| c > s + MAX_SENTENCE / 2)
                .unwrap_or(limit);
            let piece = p[s..cut].trim_end();
            if !piece.is_empty() {
                capped.push((s, s + piece.len()));
            }
            s = cut + (p[cut..].len() - p[cut..].trim_start().len());
        }
        if s < e {
            capped.push((s, e));
        }
    }
    capped
}

/// Longest sentence, in bytes, before it is cut at a comma or a space.
pub const MAX_SENTENCE: usize = 2000;

/// Fold one character: lower case, no accents, plain apostrophes, dashes and
/// spaces. Returns the folded string (possibly several characters, e.g. œ→oe).
pub fn fold_char(c: char, out: &mut String) {
    match c {
        '’' | '‘' | 'ʼ' | '´' | '`' => out.push('\''),
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' | '\t' | '\r' => out.push(' '),
        '‐' | '‑' | '‒' => out.push('-'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        // Combining marks vanish.
        '\u{300}'..='\u{36f}' => {}
        c => {
            let d = deunicode::deunicode_char(c).unwrap_or("?");
            if d.is_empty() || d.chars().count() > 3 {
                // Characters without a short Latin transliteration (CJK,
                // Arabic...) stay a single opaque letter-like placeholder.
                out.push('_');
            } else {
                for dc in d.chars() {
                    out.push(dc.to_ascii_lowercase());
                }
            }
        }
    }
}

/// [`fold_char`] of an ASCII character.
fn fold_ascii(b: u8) -> u8 {
    match b {
        b'`' => b'\'',
        b'\t' | b'\r' => b' ',
        b => b.to_ascii_lowercase(),
    }
}

/// Is this folded word one that carries or joins a clause (an auxiliary
/// of the compound tenses or the passive, "été", a relative, a
/// coordinator)? A run of words with one is more than a noun phrase.
pub(crate) fn is_clause_word(w: &str) -> bool {
    matches!(
        w,
        "et" | "ou"
            | "a"
            | "ont"
            | "est"
            | "sont"
            | "ete"
            | "etait"
            | "etaient"
            | "avait"
            | "avaient"
            | "qui"
            | "que"
    )
}

/// Fold a string (see [`fold_char`]).
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        // One byte for one byte: no decoding, no transliteration.
        let bytes: Vec<u8> = s.bytes().map(fold_ascii).collect();
        return String::from_utf8(bytes).expect("ASCII stays ASCII");
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

fn fold_with_map(text: &str) -> Folded {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    let bytes = text.as_bytes();
    let mut b = 0;
    while b < bytes.len() {
        if bytes[b].is_ascii() {
            out.push(fold_ascii(bytes[b]) as char);
            map.push(b as u32);
            b += 1;
            continue;
        }
        let c = text[b..].chars().next().expect("a character starts here");
        let before = out.len();
        fold_char(c, &mut out);
        for _ in before..out.len() {
            map.push(b as u32);
        }
        b += c.len_utf8();
    }
    map.push(text.len() as u32);
    Folded { text: out, map }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(p: &str) -> Vec<&str> {
        split_sentences(p)
            .into_iter()
            .map(|(s, e)| &p[s..e])
            .collect()
    }

    #[test]
    fn wrapped_headline_is_one_paragraph() {
        let d = Document::parse(
            "Le Conseil de sécurité kazakh\nprend des mesures draconiennes\nLe Conseil s'est réuni le 6 janvier.",
        );
        assert_eq!(d.paragraphs.len(), 2);
        assert_eq!(d.paragraphs[0].kind, ParagraphKind::Headline);
        assert_eq!(d.paragraphs[1].kind, ParagraphKind::Body);
        assert_eq!(
            d.title().as_deref(),
            Some("Le Conseil de sécurité kazakh prend des mesures draconiennes")
        );
    }

    #[test]
    fn dateline_is_body() {
        let d = Document::parse(
            "France : attaque à Valence\n\n1er janvier 2016, 14h30. –\nUn homme a foncé.",
        );
        assert_eq!(d.paragraphs[0].kind, ParagraphKind::Headline);
        assert_eq!(d.paragraphs[1].kind, ParagraphKind::Body);
        assert_eq!(d.paragraphs.len(), 3);
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sentences("M. Dupont est arrivé. Mme Durand aussi."),
            vec!["M. Dupont est arrivé.", "Mme Durand aussi."]
        );
        assert_eq!(sentences("Né en 52 av. J.-C. à Rome. Il meurt.").len(), 2);
        assert_eq!(sentences("J. Chirac a parlé. Il est parti.").len(), 2);
        assert_eq!(
            sentences("Un séisme de magnitude 6,4 a frappé. Puis rien.").len(),
            2
        );
    }

    /// A dated dateline whose dash ends its line or its paragraph ("ROME,
    /// 18 septembre 2025 –", the story below) is a dateline.
    #[test]
    fn credits_open_on_a_sources_line() {
        let text = "Un car a versé.\n\nSources\n\n« Trois morts », Le Soir, 2 mai 2017.";
        assert_eq!(credits_start(text), text.find("Sources"));
        assert!(credits_start("Un car a versé.\n\nSource : AFP").is_some());
        // (Not sources in the prose.)
        assert!(credits_start("Sources locales : trois morts à Goma.").is_none());
        assert!(credits_start("Selon des sources locales, trois morts.").is_none());
    }

    #[test]
    fn dateline_of_an_agency_in_lower_case() {
        assert!(dateline("Genève (ats) - Quelque 370 000 Rohingyas ont fui.").is_some());
        assert!(dateline("Zurich (awp) - La banque a annoncé.").is_some());
        // (Not a longer word in brackets.)
        assert!(dateline("Le quartier (ouest de la ville) - Une femme est morte.").is_none());
    }

    #[test]
    fn dateline_alone_on_its_line() {
        assert!(dateline("ROME, 18 septembre 2025 –").is_some());
        assert!(dateline("Marseille, 12 avril 2024 –\nUne femme est morte.").is_some());
        assert!(dateline("Rome, ville éternelle –").is_none());
    }

    #[test]
    fn dateline_dash_stays_with_its_sentence() {
        assert_eq!(sentences("7 février 2016. –"), vec!["7 février 2016. –"]);
        assert_eq!(
            sentences("26 juin 2017. – Dimanche, ils ont protesté."),
            vec!["26 juin 2017. –", "Dimanche, ils ont protesté."]
        );
    }

    /// An agency's dateline is a sentence of its own, so that its date and
    /// place are the dispatch's, not those of the first sentence's events.
    #[test]
    fn agency_datelines_are_sentences() {
        assert_eq!(
            sentences("LIMA (Pérou), 4 mai (AFP) - Trois policiers ont été tués."),
            vec![
                "LIMA (Pérou), 4 mai (AFP) -",
                "Trois policiers ont été tués."
            ]
        );
        assert_eq!(
            sentences("Bamako (Reuters) – Le convoi a été attaqué."),
            vec!["Bamako (Reuters) –", "Le convoi a été attaqué."]
        );
        // EFE's point before the dash.
        assert_eq!(
            sentences("Quito, 19 août 2023 (EFE).- Neuf détenus ont été tués."),
            vec!["Quito, 19 août 2023 (EFE).-", "Neuf détenus ont été tués."]
        );
        // No space after the dash.
        assert_eq!(
            sentences("Ouagadougou, 12 mars 2019 (AIB)-Trois soldats ont été tués."),
            vec![
                "Ouagadougou, 12 mars 2019 (AIB)-",
                "Trois soldats ont été tués."
            ]
        );
        assert_eq!(
            sentences("Le match (aller)-retour a eu lieu."),
            vec!["Le match (aller)-retour a eu lieu."]
        );
        // Xinhua's double hyphen.
        assert_eq!(
            sentences("MANILLE, 19 octobre (Xinhua) -- Le bilan s'est alourdi à 31 morts."),
            vec![
                "MANILLE, 19 octobre (Xinhua) --",
                "Le bilan s'est alourdi à 31 morts."
            ]
        );
        // A month abbreviated with its dot.
        assert_eq!(
            sentences("KANO, 26 févr. 2026 (AFP) - Des élèves ont été enlevés."),
            vec!["KANO, 26 févr. 2026 (AFP) -", "Des élèves ont été enlevés."]
        );
        // A parenthesis and a dash inside a sentence are no dateline.
        assert_eq!(
            sentences("Le chef de l'armée (en poste depuis 2015) - un général - a démissionné."),
            vec!["Le chef de l'armée (en poste depuis 2015) - un général - a démissionné."]
        );
        assert_eq!(
            sentences("Selon lui. (Il rit) - Bon."),
            vec!["Selon lui.", "(Il rit) - Bon."]
        );
    }

    /// A dated dateline without agency is a sentence of its own too; a
    /// comma and a dash in a sentence are none.
    #[test]
    fn dated_datelines_are_sentences() {
        assert_eq!(
            sentences("Mbour (Sénégal), le 6 août 2024 – Le bilan s'est alourdi."),
            vec![
                "Mbour (Sénégal), le 6 août 2024 –",
                "Le bilan s'est alourdi."
            ]
        );
        assert_eq!(
            sentences("LYON, 1er mars - Deux hommes ont été interpellés."),
            vec!["LYON, 1er mars -", "Deux hommes ont été interpellés."]
        );
        assert_eq!(
            sentences("Port-au-Prince, dimanche 27 août 2023 – Au moins 30 morts."),
            vec![
                "Port-au-Prince, dimanche 27 août 2023 –",
                "Au moins 30 morts."
            ]
        );
        assert_eq!(
            sentences("ABIDJAN, le Lundi 19 janvier - Un mort."),
            vec!["ABIDJAN, le Lundi 19 janvier -", "Un mort."]
        );
        for s in [
            "Hier, le 6 août, il a plu - Le bilan est lourd.",
            "Paris, le 6 août 2024 - et le reste.",
            "Paris, dimanche - Le bilan est lourd.",
            "Paris, dimanche soir 6 août - Le bilan est lourd.",
        ] {
            assert_eq!(sentences(s), vec![s]);
        }
    }

    #[test]
    fn overlong_sentences_are_cut_at_commas() {
        let p = "au moins 3 morts et 12 blessés, ".repeat(500);
        let spans = split_sentences(&p);
        assert!(spans.len() > 1);
        for &(s, e) in &spans {
            assert!(e - s <= MAX_SENTENCE);
            assert!(p[s..e].ends_with(','), "{:?}", &p[e - 10..e]);
        }
        let joined: usize = spans.iter().map(|&(s, e)| e - s).sum();
        assert!(joined >= p.trim_end().len() - spans.len() * 2);
    }

    #[test]
    fn quotes_do_not_split() {
        assert_eq!(
            sentences("« C'est fini. Nous partons », a-t-il dit. Ensuite il est parti.").len(),
            2
        );
    }

    #[test]
    fn lower_case_after_period_does_not_split() {
        assert_eq!(sentences("Il y a 1.709 morts. et ensuite rien").len(), 1);
    }

    #[test]
    fn char_offsets_count_scalars() {
        let d = Document::parse("été à Pékin 😀 puis Moscou");
        let b = d.text.find("Moscou").unwrap();
        assert_eq!(d.char_offset(b), 19);
        assert_eq!(d.byte_offset(19), b);
        assert_eq!(d.byte_offset(1000), d.text.len());
        assert_eq!(d.char_len(), 25);
    }

    #[test]
    fn long_text_offsets() {
        let s = "é".repeat(200) + "x";
        let d = Document::parse(s.clone());
        assert_eq!(d.char_offset(s.len() - 1), 200);
        for c in [0, 31, 32, 33, 64, 150, 200] {
            assert_eq!(d.char_offset(d.byte_offset(c)), c);
        }
    }

    #[test]
    fn ascii_folds_as_characters_do() {
        let s = "AbC `x`\t\r-Z_9'é";
        let slow: String = s.chars().fold(String::new(), |mut o, c| {
            fold_char(c, &mut o);
            o
        });
        assert_eq!(fold(s), slow);
        assert_eq!(fold(&s[..s.len() - 2]), slow[..slow.len() - 1]);
        assert_eq!(fold_with_map(s).text, slow);
    }

    #[test]
    fn folding_maps_back() {
        let d = Document::parse("Côte d’Ivoire, Œuvre");
        let f = d.folded();
        assert_eq!(f.text, "cote d'ivoire, oeuvre");
        let i = f.text.find("oeuvre").unwrap();
        let (s, e) = f.original(i, i + 6);
        assert_eq!(&d.text[s..e], "Œuvre");
    }
}
