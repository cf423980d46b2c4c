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
//!   non-word character, ASCII or not); next to any other letter of the
//!   pattern ("é"), an ASCII half boundary on the text's side (the byte
//!   there is no ASCII word character); before an alternation whose
//!   branches do not all open alike, each branch gets its own;
//! * every other Unicode word assertion is dropped;
//! * a counted repetition (`{2,80}`, `{0,2}`) loses its upper bound: the
//!   lazy DFA no longer makes a state for each step of the count;
//! * a class with many non-ASCII ranges (`\w`, `\p{L}`, `[^«»]`) becomes its
//!   ASCII part plus every non-ASCII character (a smaller automaton).
//!
//! `quick` finds where the leftmost match of `exact` may start; `exact` is
//! then run from there, so the results are those of `exact` alone, and the
//! slow engine runs only where a match is likely. Patterns without a
//! Unicode word assertion are run as they are; those that may match the
//! empty string are iterated as they are.
//! A large pattern (the toll words, the sentence gate) has a third, small
//! automaton (unless every match ends the haystack: its quick pattern then
//! runs back from the end): its alternatives cut to their first few characters
//! ([`prefix_hir`]). Searched unanchored, a large alternation's lazy DFA
//! makes a state for every mix of partial phrases the text wakes at once,
//! and keeps making new ones throughout a run (megabytes of cache); the
//! prefix automaton finds where a match may start, and the quick pattern
//! is only run anchored there, waking one place's phrases.
//! The exact regex is compiled on first use: where the quick pattern finds
//! nothing, its cost (large Unicode classes) is never paid. Being asked only
//! for matches that start where it is told (or, after a few misses, for the
//! leftmost one after a point), it is built with forward automata only: the
//! regex crate would add a reverse NFA and lazy DFA, to find where an
//! unanchored match starts, half of the compile time.

use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{LazyLock, Mutex, OnceLock};

use regex_automata::hybrid;
use regex_automata::nfa::thompson::{self, NFA, WhichCaptures, backtrack, pikevm};
use regex_automata::util::captures::Captures as RawCaptures;
use regex_automata::util::iter::Searcher;
use regex_automata::util::primitives::NonMaxUsize;
use regex_automata::{Anchored, Input, PatternID, Span, meta};
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look, Repetition};

/// The most a lazy DFA's cache of states may hold, per regex (one for all
/// jobs: see [`Caches`]): half the regex crate's default (2 MiB). A hundred regexes' caches make most of a run's memory
/// (issue 7 bounds it at 64 MB); on news text few caches come near this.
const HYBRID_CACHE: usize = 1 << 20;

/// The most the cache of a lazy DFA over a large NFA may hold: a state of
/// such a DFA stands for many NFA states, and the toll pattern's (10,000
/// NFA states forward, 17,000 in reverse) filled 1 MiB every few hundred
/// documents, to be cleared and built again: a seventh of a run's
/// instructions went to rebuilding states it had already built.
const HYBRID_CACHE_LARGE: usize = 1 << 22;

/// The cache of a lazy DFA over `nfa`: 400 bytes per NFA state, within
/// [`HYBRID_CACHE`] and [`HYBRID_CACHE_LARGE`]. Two patterns of the
/// program's hundred go above the first.
fn cache_capacity(nfa: &NFA) -> usize {
    (nfa.states().len() * 400).clamp(HYBRID_CACHE, HYBRID_CACHE_LARGE)
}

/// Are the syntax trees of exact regexes kept until their first use?
static KEEP_TREES: AtomicBool = AtomicBool::new(true);

/// Keep no syntax tree for an exact regex not yet built: parse its pattern
/// again when it is. For a batch, whose peak memory issue 7 bounds: the
/// trees of regexes a run never completes stayed for the whole run
/// (870 KB of peak with two jobs on the general corpus thrice over), while
/// parsing a pattern twice costs a one-file run about 4 ms (the toll
/// pattern's above all), so one file keeps them.
pub fn drop_trees() {
    KEEP_TREES.store(false, Ordering::Relaxed);
}

/// A regex and a pre-search that finds where its matches may start.
#[derive(Debug)]
pub struct FastRegex {
    /// The pattern's syntax tree, parsed once: the exact regex is built
    /// from it on first use, which takes it (a large tree, kept only until
    /// then).
    hir: Mutex<Option<Hir>>,
    /// The pattern, where its tree is not kept (a batch: see
    /// [`drop_trees`]).
    pattern: Option<Box<str>>,
    /// Compiled on first use: a document where the quick pattern finds
    /// nothing never pays for it. Built without literal prefilters: their
    /// extraction from large case-insensitive alternations costs more than
    /// it saves, the quick pattern being the pre-search, and the exact
    /// regex is mostly run anchored where the quick pattern points.
    exact: OnceLock<Exact>,
    /// Built from the pattern's syntax tree, without capture groups.
    quick: Option<Box<Quick>>,
    /// For a large pattern: the quick pattern cut to the first few
    /// characters of each of its alternatives (see [`prefix_hir`]), whose
    /// small automaton finds where a match may start; the quick pattern,
    /// anchored there, and then the exact one decide.
    prefix: Option<Box<Quick>>,
    /// The pattern may match the empty string: the iterators, with their
    /// rules for empty matches, are the regex crate's own.
    may_be_empty: bool,
}

/// A match: its span in the haystack (the methods of `regex::Match`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    fn new(hay: &'h str, span: Span) -> Match<'h> {
        Match {
            hay,
            start: span.start,
            end: span.end,
        }
    }
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
    pub fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }
}

/// The groups of a match (the methods of `regex::Captures`).
#[derive(Clone, Debug)]
pub struct Captures<'h> {
    hay: &'h str,
    caps: RawCaptures,
}

impl<'h> Captures<'h> {
    /// Group `i` (0: the whole match), if it took part in the match.
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        self.caps.get_group(i).map(|s| Match::new(self.hay, s))
    }
    /// The named group, if it took part in the match.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        self.caps
            .get_group_by_name(name)
            .map(|s| Match::new(self.hay, s))
    }
    /// How many groups the pattern has, the whole match included.
    pub fn len(&self) -> usize {
        self.caps.group_len()
    }
    pub fn is_empty(&self) -> bool {
        false
    }
    /// Every group in order, `None` where one did not take part.
    pub fn iter(&self) -> impl Iterator<Item = Option<Match<'h>>> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }
}

impl std::ops::Index<usize> for Captures<'_> {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        self.get(i)
            .unwrap_or_else(|| panic!("no group at index {i}"))
            .as_str()
    }
}

impl std::ops::Index<&str> for Captures<'_> {
    type Output = str;
    fn index(&self, name: &str) -> &str {
        self.name(name)
            .unwrap_or_else(|| panic!("no group named {name}"))
            .as_str()
    }
}

impl FastRegex {
    /// Compile `pattern` (the `regex` crate's syntax and defaults).
    pub fn new(pattern: &str) -> Result<FastRegex, regex::Error> {
        let hir = plain_folds(
            regex_syntax::Parser::new()
                .parse(pattern)
                .map_err(|e| regex::Error::Syntax(e.to_string()))?,
        );
        let may_be_empty = hir.properties().minimum_len() == Some(0);
        let quick_tree = quick_hir(&hir, pattern.len() >= LARGE_PATTERN);
        // (Not for a pattern whose every match ends the haystack: its quick
        // pattern's reverse automaton, run back from the end, finds where
        // one may start in one pass; the prefix would stop at every word.)
        let prefix = match &quick_tree {
            Some(q) if pattern.len() >= PREFIX_PATTERN && !may_be_empty && !ends_only(q) => {
                prefix_of(q)?
            }
            _ => None,
        };
        let quick = match quick_tree {
            Some(q) => Some(Box::new(Quick::new(q)?)),
            None => None,
        };
        if let (Some(q), Some(_)) = (&quick, &prefix) {
            // Only run anchored, forward: its reverse automaton is never
            // built, and its tree (megabytes for the toll pattern) not kept.
            take_tree(&q.hir);
        }
        // (In a batch, the tree is not kept until the exact regex is
        // built: the pattern is parsed again then; see [`drop_trees`].)
        let (hir, pattern) = if KEEP_TREES.load(Ordering::Relaxed) {
            (Some(hir), None)
        } else {
            (None, Some(pattern.into()))
        };
        Ok(FastRegex {
            hir: Mutex::new(hir),
            pattern,
            exact: OnceLock::new(),
            quick,
            prefix,
            may_be_empty,
        })
    }

    /// The regex as written. Its syntax was checked by [`FastRegex::new`];
    /// the patterns are the program's own, each exercised by the tests.
    fn exact(&self) -> &Exact {
        self.exact.get_or_init(|| {
            let hir = take_tree(&self.hir).unwrap_or_else(|| {
                let pattern = self
                    .pattern
                    .as_deref()
                    .expect("a pattern is kept where its tree is not");
                plain_folds(
                    regex_syntax::Parser::new()
                        .parse(pattern)
                        .expect("the pattern parsed when the regex was made"),
                )
            });
            if self.quick.is_some() && !self.may_be_empty {
                Exact::Forward(Box::new(Forward::new(hir)))
            } else {
                Exact::Meta(Box::new(Meta::new(&hir)))
            }
        })
    }

    /// The exact regex as a `meta::Regex`: for the patterns searched
    /// without a quick pattern, or that may match the empty string.
    fn meta(&self) -> &Meta {
        match self.exact() {
            Exact::Meta(re) => re,
            Exact::Forward(_) => {
                unreachable!("a pattern with a quick pattern is never iterated plainly")
            }
        }
    }

    /// The leftmost match starting at or after `start`, with its groups
    /// in `caps` when asked. The quick pattern finds where it may begin;
    /// the exact regex is tried there, anchored (it stops as soon as it
    /// fails), and the quick pattern looks again one character further.
    /// After a few misses in a row the exact regex scans on its own, so a
    /// text where the quick pattern matches everywhere stays linear.
    fn locate(
        &self,
        hay: &str,
        start: usize,
        mut caps: Option<&mut Option<RawCaptures>>,
    ) -> Option<Span> {
        let Some(q) = &self.quick else {
            return run(self.exact(), &Input::new(hay).range(start..), caps);
        };
        if let Some(p) = &self.prefix {
            return self.locate_by_prefix(p, q, hay, start, caps);
        }
        let mut pos = start;
        for _ in 0..MAX_ANCHORED_TRIES {
            let at = match q.start(hay, pos) {
                Candidate::None => return None,
                Candidate::At(at) => at,
                // The lazy DFA gave up: the exact regex scans from here.
                Candidate::Unknown => break,
            };
            // Compiled only once the quick pattern has found a candidate.
            let re = self.exact();
            let input = Input::new(hay).range(at..).anchored(Anchored::Yes);
            if let Some(span) = run(re, &input, caps.as_deref_mut()) {
                return Some(span);
            }
            pos = at + hay[at..].chars().next()?.len_utf8();
        }
        let at = match q.start(hay, pos) {
            Candidate::None => return None,
            Candidate::At(at) => at,
            Candidate::Unknown => pos,
        };
        run(self.exact(), &Input::new(hay).range(at..), caps)
    }

    /// [`FastRegex::locate`] for a pattern with a [`FastRegex::prefix`]:
    /// every place where a match of the exact pattern starts is one where
    /// the prefix matches; in their order, the first where the quick
    /// pattern matches anchored, and then the exact one, is the leftmost
    /// match (and the exact regex's anchored match there is its
    /// leftmost-first one).
    fn locate_by_prefix(
        &self,
        prefix: &Quick,
        quick: &Quick,
        hay: &str,
        start: usize,
        mut caps: Option<&mut Option<RawCaptures>>,
    ) -> Option<Span> {
        let mut pos = start;
        loop {
            let at = match prefix.start(hay, pos) {
                Candidate::None => return None,
                Candidate::At(at) => at,
                Candidate::Unknown => {
                    return run(self.exact(), &Input::new(hay).range(pos..), caps);
                }
            };
            if quick.may_match_at(hay, at) {
                let input = Input::new(hay).range(at..).anchored(Anchored::Yes);
                if let Some(span) = run(self.exact(), &input, caps.as_deref_mut()) {
                    return Some(span);
                }
            }
            pos = at + hay[at..].chars().next()?.len_utf8();
        }
    }

    /// Compile the exact regex now (a start-up thread does it for the
    /// regexes that a document's later stages use).
    pub fn warm(&self) {
        self.exact();
    }

    /// [`FastRegex::warm`], and the quick pattern's reverse automaton,
    /// otherwise built on the first match: for a pattern that matches in
    /// nearly every document.
    pub fn warm_all(&self) {
        self.exact();
        if let Some(quick) = &self.quick {
            quick.reverse();
        }
    }

    pub fn is_match(&self, hay: &str) -> bool {
        self.find(hay).is_some()
    }

    pub fn find<'h>(&self, hay: &'h str) -> Option<Match<'h>> {
        self.find_at(hay, 0)
    }

    /// As `regex::Regex::find_at`: the text before `start` is context for `\b`.
    pub fn find_at<'h>(&self, hay: &'h str, start: usize) -> Option<Match<'h>> {
        self.locate(hay, start, None).map(|s| Match::new(hay, s))
    }

    pub fn captures_at<'h>(&self, hay: &'h str, start: usize) -> Option<Captures<'h>> {
        // Created with the exact regex, once there is a candidate.
        let mut caps = None;
        self.locate(hay, start, Some(&mut caps))?;
        Some(Captures {
            hay,
            caps: caps.expect("a match fills the groups"),
        })
    }

    /// The match that starts `hay`, if one does, with its groups: what
    /// [`FastRegex::captures`] gives when its match starts at 0, without
    /// scanning the rest of `hay` when none does (leftmost-first: the
    /// leftmost match starts at 0 exactly when a match anchored there
    /// exists, and it is that match).
    pub fn captures_at_start<'h>(&self, hay: &'h str) -> Option<Captures<'h>> {
        if self
            .quick
            .as_ref()
            .is_some_and(|q| !q.may_match_at_start(hay))
        {
            return None;
        }
        let mut caps = None;
        run(
            self.exact(),
            &Input::new(hay).anchored(Anchored::Yes),
            Some(&mut caps),
        )?;
        Some(Captures {
            hay,
            caps: caps.expect("a match fills the groups"),
        })
    }

    /// Every match replaced by `with`, taken literally (no `$` expansion).
    pub fn replace_all_literal<'h>(&self, hay: &'h str, with: &str) -> std::borrow::Cow<'h, str> {
        // The first search is the quick pre-search where there is one.
        let mut matches = self.find_iter(hay).peekable();
        if matches.peek().is_none() {
            return std::borrow::Cow::Borrowed(hay);
        }
        let mut out = String::new();
        let mut last = 0;
        for m in matches {
            out.push_str(&hay[last..m.start()]);
            out.push_str(with);
            last = m.end();
        }
        out.push_str(&hay[last..]);
        std::borrow::Cow::Owned(out)
    }

    pub fn captures<'h>(&self, hay: &'h str) -> Option<Captures<'h>> {
        self.captures_at(hay, 0)
    }

    /// Successive non-overlapping matches, as `regex::Regex::find_iter`.
    pub fn find_iter<'r, 'h>(&'r self, hay: &'h str) -> Matches<'r, 'h> {
        match &self.quick {
            Some(_) if !self.may_be_empty => Matches::Quick {
                re: self,
                hay,
                pos: 0,
            },
            _ => Matches::Plain {
                hay,
                re: self.meta(),
                it: Searcher::new(Input::new(hay)),
            },
        }
    }

    /// Successive non-overlapping captures, as `regex::Regex::captures_iter`.
    pub fn captures_iter<'r, 'h>(&'r self, hay: &'h str) -> CaptureMatches<'r, 'h> {
        match &self.quick {
            Some(_) if !self.may_be_empty => CaptureMatches::Quick {
                re: self,
                hay,
                pos: 0,
            },
            _ => CaptureMatches::Plain {
                hay,
                re: self.meta(),
                it: Searcher::new(Input::new(hay)),
                caps: self.meta().re.create_captures(),
            },
        }
    }
}

/// The quick pattern: a lazy DFA forward (where a match ends) and one in
/// reverse (where it starts), as the regex crate's own engine runs them,
/// without that engine's other parts: its PikeVM, ready in every thread's
/// cache though a pattern without Unicode word assertions never needs it,
/// holds a slot per NFA state (megabytes over the program's patterns).
#[derive(Debug)]
struct Quick {
    /// `None` where every match ends the haystack (`…\s*$`) and not
    /// every one starts it: the reverse automaton, run back from the end,
    /// finds the leftmost start without a forward scan of the whole text
    /// (the regex crate's "reverse anchored" way).
    forward: Option<hybrid::dfa::DFA>,
    /// Built on the first match of the forward automaton (or the first
    /// search of an end-anchored pattern), from `hir`: a pattern that
    /// never matches in a run never pays for it; `None` if it cannot be
    /// built (every candidate is then "anywhere").
    reverse: OnceLock<Option<hybrid::dfa::DFA>>,
    /// The quick pattern's syntax tree, until the reverse automaton takes it.
    hir: Mutex<Option<Hir>>,
    /// A forward and a reverse cache, each made on first use.
    caches: Caches<(Option<hybrid::dfa::Cache>, Option<hybrid::dfa::Cache>)>,
    /// The shortest match, and whether every match starts the haystack:
    /// a search where they cannot hold is not run (as the regex crate
    /// skips it).
    min_len: usize,
    anchored_start: bool,
}

/// Does every match of `hir` end the haystack (`…\s*$`), and not every
/// one start it? Its quick pattern is then run in reverse from the end
/// (see [`Quick::forward`]).
fn ends_only(hir: &Hir) -> bool {
    let props = hir.properties();
    props.look_set_suffix().contains(Look::End) && !props.look_set_prefix().contains(Look::Start)
}

/// Where the quick pattern says the exact one may match.
enum Candidate {
    None,
    At(usize),
    /// The lazy DFA gave up (its cache cleared too often): anywhere.
    Unknown,
}

impl Quick {
    fn new(hir: Hir) -> Result<Quick, regex::Error> {
        let props = hir.properties();
        let (min_len, anchored_start) = (
            props.minimum_len().unwrap_or(0),
            props.look_set_prefix().contains(Look::Start),
        );
        let forward = if ends_only(&hir) {
            None
        } else {
            Some(quick_dfa(&hir, false)?)
        };
        let f = forward.clone();
        Ok(Quick {
            forward,
            reverse: OnceLock::new(),
            hir: Mutex::new(Some(hir)),
            caches: Caches::new(move || (f.as_ref().map(|f| f.create_cache()), None)),
            min_len,
            anchored_start,
        })
    }

    /// The reverse automaton, built on first use (never, once its tree is
    /// taken: see [`FastRegex::prefix`]).
    fn reverse(&self) -> Option<&hybrid::dfa::DFA> {
        self.reverse
            .get_or_init(|| {
                let hir = take_tree(&self.hir)?;
                quick_dfa(&hir, true).ok()
            })
            .as_ref()
    }

    /// May a match of the exact pattern start `hay`? No, if the quick
    /// pattern's forward automaton, anchored at its start, finds none
    /// (every exact match is a quick one); yes otherwise, or where there is
    /// no forward automaton or it gave up.
    fn may_match_at_start(&self, hay: &str) -> bool {
        self.may_match_at(hay, 0)
    }

    /// [`Quick::may_match_at_start`] for a match starting at `at` (the
    /// text before it is context for the look-behind).
    fn may_match_at(&self, hay: &str, at: usize) -> bool {
        if hay.len() - at < self.min_len || (at > 0 && self.anchored_start) {
            return false;
        }
        let Some(forward) = &self.forward else {
            return true;
        };
        let input = Input::new(hay).range(at..).anchored(Anchored::Yes);
        self.caches.with(|(fcache, _)| {
            let fcache = fcache.get_or_insert_with(|| forward.create_cache());
            !matches!(forward.try_search_fwd(fcache, &input), Ok(None))
        })
    }

    /// The start of the quick pattern's leftmost match at or after `pos`,
    /// on a character boundary.
    fn start(&self, hay: &str, pos: usize) -> Candidate {
        // Searches run to the haystack's end: an end anchor never rules
        // one out.
        if hay.len() - pos < self.min_len || (pos > 0 && self.anchored_start) {
            return Candidate::None;
        }
        self.caches
            .with(|(fcache, rcache)| self.start_in(fcache, rcache, hay, pos))
    }

    /// [`Quick::start`] with the forward and reverse caches.
    fn start_in(
        &self,
        fcache: &mut Option<hybrid::dfa::Cache>,
        rcache: &mut Option<hybrid::dfa::Cache>,
        hay: &str,
        pos: usize,
    ) -> Candidate {
        let input = Input::new(hay).range(pos..);
        let (from, to) = match (&self.forward, fcache) {
            (Some(forward), Some(fcache)) => {
                // As the regex crate's lazy DFA regex: the forward
                // automaton finds where the leftmost match ends, the
                // reverse one, run back from there anchored, where it
                // starts.
                let end = match forward.try_search_fwd(fcache, &input) {
                    Ok(None) => return Candidate::None,
                    Ok(Some(end)) => end.offset(),
                    Err(_) => return Candidate::Unknown,
                };
                if end == pos || self.anchored_start {
                    return Candidate::At(pos);
                }
                (pos, end)
            }
            // End-anchored: back from the haystack's end.
            _ => (pos, hay.len()),
        };
        let Some(reverse) = self.reverse() else {
            return Candidate::Unknown;
        };
        let rcache = rcache.get_or_insert_with(|| reverse.create_cache());
        let back = input.span(from..to).anchored(Anchored::Yes);
        match reverse.try_search_rev(rcache, &back) {
            Ok(Some(start)) => Candidate::At(char_start(hay, start.offset())),
            // No match back from the end (end-anchored), or none found
            // back from a forward match's end (which has one): "anywhere"
            // is always safe.
            Ok(None) if self.forward.is_none() => Candidate::None,
            Ok(None) | Err(_) => Candidate::Unknown,
        }
    }
}

/// A syntax tree kept until the one automaton built from it takes it (in a
/// `OnceLock`'s initialisation: only once). A poisoned lock (a panic in
/// another thread's search) still holds it.
fn take_tree(tree: &Mutex<Option<Hir>>) -> Option<Hir> {
    lock(tree).take()
}

/// A lock on what a panic in another thread's search cannot leave
/// half-made: a syntax tree taken once, a cache every search resets.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

thread_local! {
    /// The thread's NFA compiler, kept from one pattern to the next: a
    /// compiler allocates a table of 10,000 entries (320 KB) on the first
    /// non-ASCII class it compiles, and only marks it stale afterwards. A
    /// new compiler per pattern paid that table, and its page faults, a
    /// hundred times in a one-file run. `None` until the thread compiles,
    /// and again once [`release_compiler`] gave it back.
    static COMPILER: std::cell::RefCell<Option<thompson::Compiler>> =
        const { std::cell::RefCell::new(None) };
}

/// The most NFA states of a pattern after which a thread keeps its
/// compiler (see [`COMPILER`]).
const KEEP_COMPILER_STATES: usize = 2_000;

/// Give back the memory of the thread's compiler (its table of 320 KB
/// and its lists of states), once a document is done: the regexes a run
/// needs are compiled within its first documents, and a worker that keeps
/// its compiler holds that memory for the whole run (issue 7 bounds a
/// run's peak at 64 MB).
pub fn release_compiler() {
    COMPILER.with(|compiler| compiler.borrow_mut().take());
}

/// `hir` compiled to an NFA by the thread's compiler, with `config`.
fn compile_nfa(hir: &Hir, config: thompson::Config) -> NFA {
    COMPILER.with(|slot| {
        let mut slot = slot.borrow_mut();
        let nfa = slot
            .get_or_insert_with(thompson::Compiler::new)
            // `configure` only overwrites what `config` sets: every setting a
            // caller may change is first put back to its default.
            .configure(
                thompson::Config::new()
                    .utf8(true)
                    .reverse(false)
                    .nfa_size_limit(None)
                    .shrink(false)
                    .which_captures(WhichCaptures::All),
            )
            .configure(config)
            .build_from_hir(hir)
            .expect("a pattern that parsed compiles");
        // A large pattern leaves the compiler's lists of states at its
        // size: the next pattern gets a new compiler.
        if nfa.states().len() > KEEP_COMPILER_STATES {
            *slot = None;
        }
        nfa
    })
}

/// A lazy DFA of the quick pattern: forward, or in reverse (where a match
/// that ends at a point starts), as the regex crate configures its own.
fn quick_dfa(hir: &Hir, reverse: bool) -> Result<hybrid::dfa::DFA, regex::Error> {
    let nfa = compile_nfa(
        hir,
        thompson::Config::new()
            .which_captures(WhichCaptures::None)
            .reverse(reverse),
    );
    let mut config = hybrid::dfa::Config::new()
        .minimum_cache_clear_count(Some(3))
        .minimum_bytes_per_state(Some(10))
        .cache_capacity(cache_capacity(&nfa));
    if reverse {
        config = config
            .prefilter(None)
            .specialize_start_states(false)
            .match_kind(regex_automata::MatchKind::All);
    }
    hybrid::dfa::Builder::new()
        .configure(config)
        .build_from_nfa(nfa)
        .map_err(|e| regex::Error::Syntax(e.to_string()))
}

/// The start of the character at `at`: an empty match may fall inside one.
fn char_start(hay: &str, mut at: usize) -> usize {
    while !hay.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The longest span the backtracker is given: it clears a bit per byte and
/// NFA state of its span before each search, so a short match at the start
/// of a long rest of the text (the lazy DFA gave up on an accented letter)
/// costs the whole rest; the PikeVM stops where the match does.
const MAX_BACKTRACK_SPAN: usize = 64;

/// Failed anchored tries of the exact regex before it scans on its own.
const MAX_ANCHORED_TRIES: usize = 4;

/// One search of `re`, with groups when `caps` is given (made on first use).
fn run(re: &Exact, input: &Input, caps: Option<&mut Option<RawCaptures>>) -> Option<Span> {
    match (re, caps) {
        (Exact::Meta(re), Some(c)) => {
            let c = c.get_or_insert_with(|| re.re.create_captures());
            re.search_captures(input, c);
            c.get_match().map(|m| m.span())
        }
        (Exact::Meta(re), None) => re.search(input).map(|m| m.span()),
        (Exact::Forward(re), Some(c)) => {
            let c = c.get_or_insert_with(|| RawCaptures::all(re.nfa.group_info().clone()));
            let span = re.search(input, Some(c.slots_mut()));
            c.set_pattern(span.map(|_| PatternID::ZERO));
            span
        }
        (Exact::Forward(re), None) => re.search(input, None),
    }
}

/// The exact regex, compiled on first use.
#[derive(Debug)]
enum Exact {
    /// The `regex` crate's own engine, for the patterns it searches
    /// unanchored on its own.
    Meta(Box<Meta>),
    /// For the patterns with a quick pattern, which say where a match starts.
    Forward(Box<Forward>),
}

/// The `regex` crate's own engine, with one search cache for all threads
/// (see [`Caches`]) rather than its own one per thread.
#[derive(Debug)]
pub struct Meta {
    re: meta::Regex,
    caches: Caches<meta::Cache>,
}

impl Meta {
    fn new(hir: &Hir) -> Meta {
        let re = meta::Regex::builder()
            .configure(meta::Regex::config().auto_prefilter(false))
            .build_from_hir(hir)
            .expect("a pattern that parsed compiles");
        let r = re.clone();
        Meta {
            re,
            caches: Caches::new(move || r.create_cache()),
        }
    }

    fn search(&self, input: &Input) -> Option<regex_automata::Match> {
        self.caches.with(|cache| self.re.search_with(cache, input))
    }

    fn search_captures(&self, input: &Input, caps: &mut RawCaptures) {
        self.caches
            .with(|cache| self.re.search_captures_with(cache, input, caps))
    }
}

/// A regex that is only ever asked for a match starting where it is told
/// (anchored), or, after a few misses, for the leftmost match after a
/// position: only forward automata. A `meta::Regex` would also compile a
/// reverse NFA and its lazy DFA, to find where an unanchored match starts:
/// about half of its compile time, for a search this type does not make.
#[derive(Debug)]
struct Forward {
    nfa: NFA,
    /// `None` where the lazy DFA cannot be built (a cache too small).
    dfa: Option<hybrid::dfa::DFA>,
    backtrack: backtrack::BoundedBacktracker,
    pikevm: pikevm::PikeVM,
    caches: Caches<ForwardCache>,
    /// The PikeVM's cache (a slot per group per NFA state: the largest of
    /// the three, 2 MB for the toll regex), made on first use and shared by
    /// the threads of a run, one at a time: the PikeVM runs only on spans
    /// too long for the backtracker where the lazy DFA gave up, rarely
    /// enough that a thread finding it taken can wait.
    pikevm_cache: Mutex<Option<pikevm::Cache>>,
    /// For an NFA whose PikeVM cache would be large (many groups, many
    /// states): a PikeVM of the same pattern without groups, which only
    /// finds where a match ends (two slots a state, not two per group):
    /// the backtracker then finds the groups within that span. The toll
    /// regex's full cache is 7 MB, this one's 0.5 MB.
    span: Option<SpanFinder>,
}

/// A PikeVM that finds a match's span only, and its cache, both made on
/// first use (many documents never need it: the lazy DFA and the
/// backtracker do the work).
#[derive(Debug)]
struct SpanFinder {
    /// The pattern's syntax tree, kept until the PikeVM is built.
    hir: Mutex<Option<Hir>>,
    pikevm: OnceLock<pikevm::PikeVM>,
    cache: Mutex<Option<pikevm::Cache>>,
}

impl SpanFinder {
    fn pikevm(&self) -> &pikevm::PikeVM {
        self.pikevm.get_or_init(|| {
            let hir =
                take_tree(&self.hir).expect("the syntax tree is taken once, by the span finder");
            let nfa = compile_nfa(
                &hir,
                thompson::Config::new()
                    .shrink(false)
                    .which_captures(WhichCaptures::Implicit),
            );
            pikevm::PikeVM::new_from_nfa(nfa).expect("an NFA builds a PikeVM")
        })
    }
}

/// The size (NFA states times slots a state) above which a [`Forward`]
/// regex finds spans with a [`SpanFinder`]: a slot table of 512 KB, twice.
const SPAN_FINDER_SLOTS: usize = 1 << 16;

/// The search cache of one automaton, one for all the threads of a run,
/// taken in turn for each search (a search is short: the lock is held for
/// one search, never across an iteration, so a thread that searches with
/// the same regex inside an iteration of it does not wait on itself).
///
/// One cache per thread, as the regex crate keeps its own, would build the
/// same states again in every thread: a lazy DFA's cache holds up to
/// megabytes (the toll pattern's, 4 MB), and the caches make most of a
/// run's memory (issue 7 bounds a run's peak at 64 MB). Sharing the caches
/// of the automata above 300 NFA states took the peak of a 20 MB folder with
/// two jobs from 70 to 59 MB at the same speed (39 automata took their lock
/// 558,000 times and found it taken 3,500 times); sharing every cache, the
/// regex crate's own engine's included, took a further 3 to 7 MB off
/// (`/usr/bin/time -f %M`, the binaries alternated), at the same speed.
pub(crate) struct Caches<T: Send> {
    cache: Mutex<Option<T>>,
    make: Box<dyn Fn() -> T + Send + Sync + UnwindSafe + RefUnwindSafe>,
}

impl<T: Send> Caches<T> {
    /// A cache that `make` creates on first use.
    pub(crate) fn new(
        make: impl Fn() -> T + Send + Sync + UnwindSafe + RefUnwindSafe + 'static,
    ) -> Caches<T> {
        Caches {
            cache: Mutex::new(None),
            make: Box::new(make),
        }
    }

    /// Run `f` with the cache.
    pub(crate) fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // A search that panicked may have left the cache half made: a new
        // one is made.
        let mut guard = self.cache.lock().unwrap_or_else(|poisoned| {
            self.cache.clear_poison();
            let mut guard = poisoned.into_inner();
            *guard = None;
            guard
        });
        f(guard.get_or_insert_with(&self.make))
    }
}

impl<T: Send> std::fmt::Debug for Caches<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Caches")
    }
}

#[derive(Debug)]
struct ForwardCache {
    dfa: Option<hybrid::dfa::Cache>,
    backtrack: backtrack::Cache,
}

impl Forward {
    fn new(hir: Hir) -> Forward {
        let nfa = compile_nfa(&hir, thompson::Config::new().shrink(false));
        // The lazy DFA as the meta regex configures its own: it gives up
        // (and the NFA engines take over) on a non-ASCII byte where a
        // Unicode word boundary is to be decided.
        let dfa = hybrid::dfa::Builder::new()
            .configure(
                hybrid::dfa::Config::new()
                    .unicode_word_boundary(true)
                    .minimum_cache_clear_count(Some(3))
                    .minimum_bytes_per_state(Some(10))
                    .cache_capacity(cache_capacity(&nfa)),
            )
            .build_from_nfa(nfa.clone())
            .ok();
        let backtrack = backtrack::BoundedBacktracker::new_from_nfa(nfa.clone())
            .expect("an NFA with groups builds a backtracker");
        let pikevm =
            pikevm::PikeVM::new_from_nfa(nfa.clone()).expect("an NFA with groups builds a PikeVM");
        let slots = nfa.states().len() * nfa.group_info().slot_len();
        let span =
            (nfa.group_info().slot_len() > 2 && slots > SPAN_FINDER_SLOTS).then(|| SpanFinder {
                hir: Mutex::new(Some(hir)),
                pikevm: OnceLock::new(),
                cache: Mutex::new(None),
            });
        let (d, b) = (dfa.clone(), backtrack.clone());
        let caches = Caches::new(move || ForwardCache {
            dfa: d.as_ref().map(|d| d.create_cache()),
            backtrack: b.create_cache(),
        });
        Forward {
            nfa,
            dfa,
            backtrack,
            pikevm,
            caches,
            pikevm_cache: Mutex::new(None),
            span,
        }
    }

    /// The leftmost-first match in `input`, its groups in `slots` when
    /// given. As the meta regex does: the lazy DFA finds where the match
    /// ends (or that there is none), then an NFA engine finds its groups,
    /// and where it starts, within that span.
    fn search(&self, input: &Input, slots: Option<&mut [Option<NonMaxUsize>]>) -> Option<Span> {
        self.caches
            .with(|cache| self.search_in(cache, input, slots))
    }

    /// [`Forward::search`] with its caches.
    fn search_in(
        &self,
        cache: &mut ForwardCache,
        input: &Input,
        slots: Option<&mut [Option<NonMaxUsize>]>,
    ) -> Option<Span> {
        let end = match (&self.dfa, &mut cache.dfa) {
            (Some(dfa), Some(c)) => match dfa.try_search_fwd(c, input) {
                Ok(None) => return None,
                Ok(Some(half)) => Some(half.offset()),
                Err(_) => None,
            },
            _ => None,
        };
        let anchored = input.get_anchored().is_anchored();
        if let (Some(end), true, None) = (end, anchored, &slots) {
            return Some(Span {
                start: input.start(),
                end,
            });
        }
        let mut whole = [None, None];
        let slots = slots.unwrap_or(&mut whole);
        // The match ends at `end`: searching up to there finds it.
        let narrowed = match end {
            Some(end) => input.clone().range(input.start()..end),
            None => input.clone(),
        };
        let mut narrowed = narrowed;
        let limit = self.backtrack.max_haystack_len();
        if let (Some(finder), true) = (
            &self.span,
            narrowed.get_span().len() > limit.min(MAX_BACKTRACK_SPAN),
        ) {
            // Where the match is, without its groups; then its groups
            // within it (the look-around still sees the whole text).
            let mut shared = lock(&finder.cache);
            let pikevm = finder.pikevm();
            let pc = shared.get_or_insert_with(|| pikevm.create_cache());
            let mut pair = [None, None];
            let m = pikevm.search_slots(pc, &narrowed, &mut pair);
            drop(shared);
            m?;
            let (start, end) = (pair[0]?.get(), pair[1]?.get());
            if slots.len() <= 2 {
                slots[..2].copy_from_slice(&pair);
                return Some(Span { start, end });
            }
            narrowed = narrowed.range(start..end).anchored(Anchored::Yes);
        }
        let span = narrowed.get_span().len();
        let found =
            if span <= limit.min(MAX_BACKTRACK_SPAN) || (self.span.is_some() && span <= limit) {
                self.backtrack
                    .try_search_slots(&mut cache.backtrack, &narrowed, slots)
                    .expect("a span within the backtracker's length")
            } else {
                let mut shared = lock(&self.pikevm_cache);
                let pc = shared.get_or_insert_with(|| self.pikevm.create_cache());
                self.pikevm.search_slots(pc, &narrowed, slots)
            };
        found?;
        Some(Span {
            start: slots[0]?.get(),
            end: slots[1]?.get(),
        })
    }
}

/// The iterator of [`FastRegex::find_iter`].
pub enum Matches<'r, 'h> {
    /// Through the regex crate's searcher (its rules for empty matches),
    /// one search at a time with the shared cache.
    Plain {
        re: &'r Meta,
        hay: &'h str,
        it: Searcher<'h>,
    },
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
            Matches::Plain { re, hay, it } => it
                .advance(|input| Ok(re.search(input)))
                .map(|m| Match::new(hay, m.span())),
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
    Plain {
        re: &'r Meta,
        hay: &'h str,
        it: Searcher<'h>,
        caps: RawCaptures,
    },
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
            CaptureMatches::Plain { re, hay, it, caps } => {
                it.advance(|input| {
                    re.search_captures(input, caps);
                    Ok(caps.get_match())
                })?;
                Some(Captures {
                    hay,
                    caps: caps.clone(),
                })
            }
            CaptureMatches::Quick { re, hay, pos } => {
                let c = re.captures_at(hay, *pos)?;
                *pos = c.get(0).unwrap().end();
                Some(c)
            }
        }
    }
}

/// Letters that Unicode's simple case folding adds to ASCII ones: the long
/// s (ſ) to s, the Kelvin sign to k, the ångström sign to å.
const EXOTIC_FOLDS: [char; 3] = ['\u{17F}', '\u{212A}', '\u{212B}'];

/// Does a class hold a letter of [`EXOTIC_FOLDS`]?
fn has_exotic_fold(c: &ClassUnicode) -> bool {
    c.ranges()
        .iter()
        .any(|r| EXOTIC_FOLDS.iter().any(|&x| r.start() <= x && x <= r.end()))
}

/// Does `h` hold a small class (a case-folded letter) with an exotic fold?
fn needs_plain_folds(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Class(Class::Unicode(c)) => c.ranges().len() <= 4 && has_exotic_fold(c),
        HirKind::Repetition(r) => needs_plain_folds(&r.sub),
        HirKind::Capture(c) => needs_plain_folds(&c.sub),
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(needs_plain_folds),
        _ => false,
    }
}

/// `h` with the exotic folds of [`EXOTIC_FOLDS`] taken out of the small
/// classes `(?i)` makes of a letter: "(?i)s" matches "s" and "S", not "ſ".
/// Each such letter is two or three more bytes to the automata, in every
/// "s" and "k" of a pattern: the toll pattern's NFAs and lazy DFAs are
/// smaller without them, and French news has neither the long s nor the
/// Kelvin sign. Large classes (`\w`, `\p{L}`) keep them.
fn plain_folds(h: Hir) -> Hir {
    if !needs_plain_folds(&h) {
        return h;
    }
    match h.into_kind() {
        HirKind::Class(Class::Unicode(mut c)) if c.ranges().len() <= 4 => {
            let exotic =
                ClassUnicode::new(EXOTIC_FOLDS.iter().map(|&x| ClassUnicodeRange::new(x, x)));
            c.difference(&exotic);
            Hir::class(Class::Unicode(c))
        }
        HirKind::Repetition(mut r) => {
            r.sub = Box::new(plain_folds(*r.sub));
            Hir::repetition(r)
        }
        HirKind::Capture(mut c) => {
            c.sub = Box::new(plain_folds(*c.sub));
            Hir::capture(c)
        }
        HirKind::Alternation(v) => Hir::alternation(v.into_iter().map(plain_folds).collect()),
        HirKind::Concat(v) => Hir::concat(v.into_iter().map(plain_folds).collect()),
        kind => hir_of(kind),
    }
}

/// The quick pattern of a pattern's syntax tree, or `None` when it would
/// not help (no Unicode word assertion).
fn quick_hir(hir: &Hir, two: bool) -> Option<Hir> {
    has_unicode_word_look(hir).then(|| widen(hir.clone(), two))
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
fn needs_widening(h: &Hir, two: bool) -> bool {
    match h.kind() {
        HirKind::Look(l) => is_unicode_word_look(*l),
        HirKind::Class(Class::Unicode(c)) => {
            c.ranges().iter().filter(|r| r.end() > '\x7f').count() > MAX_NON_ASCII_RANGES
                || two
                    && c.ranges()
                        .iter()
                        .any(|r| r.end() >= TWO_BYTES.0 && r.start() <= TWO_BYTES.1)
        }
        HirKind::Literal(l) => two && l.0.iter().any(|&b| (0xC2..=0xDF).contains(&b)),
        HirKind::Repetition(r) => is_counted(r) || needs_widening(&r.sub, two),
        HirKind::Capture(_) => true,
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(|h| needs_widening(h, two)),
        _ => false,
    }
}

/// A pattern that matches wherever `h` does (see the module doc).
fn widen(h: Hir, two: bool) -> Hir {
    if !needs_widening(&h, two) {
        return h;
    }
    match h.into_kind() {
        HirKind::Look(l) if is_unicode_word_look(l) => Hir::empty(),
        HirKind::Class(Class::Unicode(c)) => Hir::class(Class::Unicode(widen_class(c, two))),
        HirKind::Literal(l) if two => widen_literal(&l.0),
        HirKind::Repetition(mut r) => {
            r.sub = Box::new(widen(*r.sub, two));
            // A count is a state of the automaton for each step: unbounded.
            if is_counted(&r) {
                r.max = None;
            }
            Hir::repetition(r)
        }
        // Only where a match starts counts: no groups.
        HirKind::Capture(c) => widen(*c.sub, two),
        HirKind::Alternation(v) => Hir::alternation(v.into_iter().map(|h| widen(h, two)).collect()),
        HirKind::Concat(v) => {
            // What each Unicode word boundary becomes (see [`ascii_look`]);
            // one with none there, before an alternation, is sought in its
            // branches (see [`spread_look`]).
            let looks: Vec<Option<Look>> = (0..v.len())
                .map(|i| match v[i].kind() {
                    HirKind::Look(Look::WordUnicode) => ascii_look(&v[..i], &v[i + 1..]),
                    _ => None,
                })
                .collect();
            let spread: Vec<bool> = (0..v.len())
                .map(|i| {
                    matches!(v[i].kind(), HirKind::Look(Look::WordUnicode))
                        && looks[i].is_none()
                        && v.get(i + 1).and_then(branches_of).is_some()
                })
                .collect();
            let mut out = Vec::with_capacity(v.len());
            let mut spread_next = false;
            for ((child, look), spread) in v.into_iter().zip(looks).zip(spread) {
                if spread {
                    spread_next = true;
                } else if std::mem::take(&mut spread_next) {
                    out.push(spread_look(child, two));
                } else {
                    out.push(match look {
                        Some(l) => Hir::look(l),
                        None => widen(child, two),
                    });
                }
            }
            Hir::concat(out)
        }
        kind => hir_of(kind),
    }
}

/// The ASCII assertion that holds wherever a Unicode word boundary
/// between `before` and `after` (the items of a sequence) does, if any:
/// a full ASCII boundary where an ASCII word character stands on one
/// side; where a word character (any of `\w`) always follows, a byte
/// that is no ASCII word character before it (the character before is
/// no word character: an ASCII one that is none, or one of several bytes,
/// none of which is an ASCII word character); where one always precedes,
/// the same after it. `None`: no assertion (the boundary is left out).
fn ascii_look(before: &[Hir], after: &[Hir]) -> Option<Look> {
    if ends_word(before, false) || starts_word(after, false) {
        Some(Look::WordAscii)
    } else if starts_word(after, true) {
        Some(Look::WordStartHalfAscii)
    } else if ends_word(before, true) {
        Some(Look::WordEndHalfAscii)
    } else {
        None
    }
}

/// The branches of an alternation, of a group or not.
fn branches_of(h: &Hir) -> Option<&[Hir]> {
    match h.kind() {
        HirKind::Alternation(b) => Some(b),
        HirKind::Capture(c) => match c.sub.kind() {
            HirKind::Alternation(b) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

/// The widened alternation `h` (see [`branches_of`]) after a Unicode word
/// boundary that has no ASCII form before the whole of it: each branch
/// with the form it has before that branch, if any, or, when it has none
/// and is an alternation itself, in its own branches ("\b(?:tués|évacués|«
/// …)" is "(?:\btués|\b{start-half}évacués|« …)" in ASCII assertions).
fn spread_look(h: Hir, two: bool) -> Hir {
    if branches_of(&h).is_none() {
        return widen(h, two);
    }
    let branches = match h.into_kind() {
        HirKind::Alternation(b) => b,
        HirKind::Capture(c) => match c.sub.into_kind() {
            HirKind::Alternation(b) => b,
            _ => unreachable!("branches_of: an alternation in the group"),
        },
        _ => unreachable!("branches_of: an alternation"),
    };
    Hir::alternation(
        branches
            .into_iter()
            .map(|b| match ascii_look(&[], std::slice::from_ref(&b)) {
                Some(l) => Hir::concat(vec![Hir::look(l), widen(b, two)]),
                // An alternation within: in its branches, in turn.
                None => spread_look(b, two),
            })
            .collect(),
    )
}

/// The length of a pattern (in bytes) from which it gets a prefix
/// automaton ([`FastRegex::prefix`]).
const PREFIX_PATTERN: usize = 2_000;

/// Characters of each alternative that the prefix keeps.
const PREFIX_CHARS: usize = 4;

/// The shortest prefix (in bytes) worth a search of its own: one that may
/// match the empty string (an alternative opening with optional items
/// only) would stop everywhere. (A one-byte prefix, "a" or "s" at a word's
/// start, still pays: each stop is an anchored run of cached states; 2
/// left the toll pattern without one: 5,466 M instructions on the general
/// corpus against 5,396 M.)
const MIN_PREFIX_LEN: usize = 1;

/// The prefix automaton of a quick pattern `q`, when it cannot match
/// the empty string and is not all of `q`.
fn prefix_of(q: &Hir) -> Result<Option<Box<Quick>>, regex::Error> {
    let (p, _, complete) = prefix_hir(q, PREFIX_CHARS);
    if complete || p.properties().minimum_len().unwrap_or(0) < MIN_PREFIX_LEN {
        return Ok(None);
    }
    Quick::new(p).map(|q| Some(Box::new(q)))
}

/// A pattern that matches the first `budget` characters (or fewer) of
/// every match of `h`, at the same place: every match of `h` starts where
/// one of it does. With how many characters it takes at most, and whether
/// it is all of `h`.
///
/// A large alternation of words and phrases makes a lazy DFA with states
/// for every mix of partial phrases the text wakes at once, built
/// throughout a run; its words' first letters make a small one, and
/// the whole pattern, run anchored where they match, wakes only one
/// place's phrases.
fn prefix_hir(h: &Hir, budget: usize) -> (Hir, usize, bool) {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => (h.clone(), 0, true),
        HirKind::Class(_) => {
            if budget == 0 {
                (Hir::empty(), 0, false)
            } else {
                (h.clone(), 1, true)
            }
        }
        HirKind::Literal(l) => {
            let text = String::from_utf8_lossy(&l.0);
            let n = text.chars().count();
            if n <= budget {
                (h.clone(), n, true)
            } else {
                let cut: String = text.chars().take(budget).collect();
                (Hir::literal(cut.into_bytes()), budget, false)
            }
        }
        HirKind::Capture(c) => prefix_hir(&c.sub, budget),
        HirKind::Repetition(r) => {
            if r.min == 0 {
                return (Hir::empty(), 0, r.max == Some(0));
            }
            let (p, used, complete) = prefix_hir(&r.sub, budget);
            (p, used, complete && r.min == 1 && r.max == Some(1))
        }
        HirKind::Alternation(v) => {
            let mut used = 0;
            let mut complete = true;
            let alts = v
                .iter()
                .map(|b| {
                    let (p, u, c) = prefix_hir(b, budget);
                    used = used.max(u);
                    complete &= c;
                    p
                })
                .collect();
            (Hir::alternation(alts), used, complete)
        }
        HirKind::Concat(v) => prefix_seq(v, budget),
    }
}

/// [`prefix_hir`] of a sequence. An optional item (`(?:cas\s+)?mortels`)
/// makes two prefixes, with it and without.
fn prefix_seq(items: &[Hir], budget: usize) -> (Hir, usize, bool) {
    let Some((first, rest)) = items.split_first() else {
        return (Hir::empty(), 0, true);
    };
    if let HirKind::Repetition(r) = first.kind()
        && r.min == 0
        && r.max != Some(0)
        && budget > 0
    {
        let with = if r.max == Some(1) {
            let mut seq = vec![(*r.sub).clone()];
            seq.extend(rest.iter().cloned());
            prefix_seq(&seq, budget)
        } else {
            let (p, u, _) = prefix_hir(&r.sub, budget);
            (p, u, false)
        };
        let without = prefix_seq(rest, budget);
        return (
            Hir::alternation(vec![with.0, without.0]),
            with.1.max(without.1),
            false,
        );
    }
    let (p, used, complete) = prefix_hir(first, budget);
    let left = budget - used.min(budget);
    if !complete || (left == 0 && !rest.is_empty()) {
        return (p, used, complete && rest.is_empty());
    }
    let (q, u, c) = prefix_seq(rest, left);
    (Hir::concat(vec![p, q]), used + u, c)
}

/// A repetition with an upper bound above one (`{2,80}`, `{0,2}`).
fn is_counted(r: &Repetition) -> bool {
    r.max.is_some_and(|max| max > 1)
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

/// The length of a pattern (in bytes) from which its quick pattern makes
/// every character of two bytes in UTF-8 any such character (see
/// [`widen_class`]).
const LARGE_PATTERN: usize = 8_000;

/// The characters of two bytes in UTF-8 (U+0080 to U+07FF: every Latin
/// letter with a diacritic, "«", "»", "œ").
const TWO_BYTES: (char, char) = ('\u{80}', '\u{7FF}');

/// `bytes` (a literal of the pattern) with each character of two bytes
/// made any such character: see [`widen_class`].
fn widen_literal(bytes: &[u8]) -> Hir {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Hir::literal(bytes);
    };
    let mut parts = Vec::new();
    let mut run = String::new();
    for c in text.chars() {
        if (TWO_BYTES.0..=TWO_BYTES.1).contains(&c) {
            if !run.is_empty() {
                parts.push(Hir::literal(std::mem::take(&mut run).into_bytes()));
            }
            parts.push(Hir::class(Class::Unicode(ClassUnicode::new([
                ClassUnicodeRange::new(TWO_BYTES.0, TWO_BYTES.1),
            ]))));
        } else {
            run.push(c);
        }
    }
    if !run.is_empty() {
        parts.push(Hir::literal(run.into_bytes()));
    }
    Hir::concat(parts)
}

/// A class of the quick pattern: with many non-ASCII ranges, its ASCII
/// part and every non-ASCII character; in a large pattern (`two`), with a
/// character of two bytes in UTF-8 ("é", "É", "à", "«"), every such
/// character. The bytes that follow a two-byte character's first are
/// then one class to the lazy DFA, not one for each accented letter of
/// the pattern: the toll pattern's automata went from 130 byte classes to
/// 101, each state's row from 256 transitions to 128 (1.2 MB less peak
/// memory with two jobs, no slower). Smaller patterns keep their letters:
/// they are under 128 classes already, and a quick pattern that tells
/// "é" from "è" sends fewer places to the exact regex.
fn widen_class(c: ClassUnicode, two: bool) -> ClassUnicode {
    let non_ascii = c.ranges().iter().filter(|r| r.end() > '\x7f').count();
    if non_ascii <= MAX_NON_ASCII_RANGES {
        let mut c = c;
        if two
            && c.ranges()
                .iter()
                .any(|r| r.end() >= TWO_BYTES.0 && r.start() <= TWO_BYTES.1)
        {
            c.union(&ClassUnicode::new([ClassUnicodeRange::new(
                TWO_BYTES.0,
                TWO_BYTES.1,
            )]));
        }
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

/// Does every match of `h` start with a word character: an ASCII one, or
/// when `unicode`, any of `\w`'s?
fn first_is_word(h: &Hir, unicode: bool) -> bool {
    match h.kind() {
        HirKind::Literal(l) => {
            if unicode {
                std::str::from_utf8(&l.0)
                    .ok()
                    .and_then(|t| t.chars().next())
                    .is_some_and(regex_syntax::is_word_character)
            } else {
                l.0.first().is_some_and(|&b| is_ascii_word_byte(b))
            }
        }
        HirKind::Class(c) => class_is_word(c, unicode),
        HirKind::Capture(c) => first_is_word(&c.sub, unicode),
        HirKind::Repetition(r) => r.min >= 1 && first_is_word(&r.sub, unicode),
        HirKind::Concat(v) => starts_word(v, unicode),
        HirKind::Alternation(v) => v.iter().all(|h| first_is_word(h, unicode)),
        HirKind::Empty | HirKind::Look(_) => false,
    }
}

/// Does every match of `h` end with a word character (see
/// [`first_is_word`])?
fn last_is_word(h: &Hir, unicode: bool) -> bool {
    match h.kind() {
        HirKind::Literal(l) => {
            if unicode {
                std::str::from_utf8(&l.0)
                    .ok()
                    .and_then(|t| t.chars().next_back())
                    .is_some_and(regex_syntax::is_word_character)
            } else {
                l.0.last().is_some_and(|&b| is_ascii_word_byte(b))
            }
        }
        HirKind::Class(c) => class_is_word(c, unicode),
        HirKind::Capture(c) => last_is_word(&c.sub, unicode),
        HirKind::Repetition(r) => r.min >= 1 && last_is_word(&r.sub, unicode),
        HirKind::Concat(v) => ends_word(v, unicode),
        HirKind::Alternation(v) => v.iter().all(|h| last_is_word(h, unicode)),
        HirKind::Empty | HirKind::Look(_) => false,
    }
}

/// Is every character of the class a word character (see
/// [`first_is_word`])?
fn class_is_word(c: &Class, unicode: bool) -> bool {
    static WORD: LazyLock<ClassUnicode> =
        LazyLock::new(
            || match regex_syntax::Parser::new().parse(r"\w").map(Hir::into_kind) {
                Ok(HirKind::Class(Class::Unicode(w))) => w,
                _ => ClassUnicode::empty(),
            },
        );
    match c {
        Class::Unicode(u) if unicode => {
            let mut rest = u.clone();
            rest.difference(&WORD);
            rest.ranges().is_empty()
        }
        _ => class_is_ascii_word(c),
    }
}

/// Does the concatenation `v` always start with a word character (see
/// [`first_is_word`])? Assertions before it are skipped (they consume
/// nothing); an item that may be empty makes the answer unknown, so no.
fn starts_word(v: &[Hir], unicode: bool) -> bool {
    for h in v {
        if matches!(h.kind(), HirKind::Look(_)) {
            continue;
        }
        return h.properties().minimum_len().is_some_and(|n| n > 0) && first_is_word(h, unicode);
    }
    false
}

/// Does the concatenation `v` always end with a word character (see
/// [`first_is_word`])?
fn ends_word(v: &[Hir], unicode: bool) -> bool {
    for h in v.iter().rev() {
        if matches!(h.kind(), HirKind::Look(_)) {
            continue;
        }
        return h.properties().minimum_len().is_some_and(|n| n > 0) && last_is_word(h, unicode);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    use regex::Regex;

    /// The thread's compiler, reused, builds what a new compiler builds:
    /// the settings of a reverse build, or one without groups, do not
    /// carry over to the next.
    #[test]
    fn a_reused_compiler_forgets_earlier_settings() {
        let hir = regex_syntax::Parser::new()
            .parse(r"(?i)(?P<n>\d+)\s+(?:bless[ée]s|morts)")
            .unwrap();
        let fresh = |config: thompson::Config| {
            thompson::Compiler::new()
                .configure(config)
                .build_from_hir(&hir)
                .unwrap()
        };
        let configs = [
            thompson::Config::new()
                .which_captures(WhichCaptures::None)
                .reverse(true),
            thompson::Config::new().shrink(false),
            thompson::Config::new().which_captures(WhichCaptures::Implicit),
            thompson::Config::new(),
        ];
        for config in configs {
            let (reused, new) = (compile_nfa(&hir, config.clone()), fresh(config));
            assert_eq!(reused.is_reverse(), new.is_reverse());
            assert_eq!(reused.states(), new.states());
            assert_eq!(
                reused.group_info().all_group_len(),
                new.group_info().all_group_len()
            );
        }
        // A pattern above the size kept gives back a new compiler, which
        // builds the same again.
        let words = (0..600).map(|i| format!("mot{i}x")).collect::<Vec<_>>();
        let large = regex_syntax::Parser::new()
            .parse(&format!(r"(?i)\b(?:{})\b", words.join("|")))
            .unwrap();
        assert!(compile_nfa(&large, thompson::Config::new()).states().len() > KEEP_COMPILER_STATES);
        assert_eq!(
            compile_nfa(&hir, thompson::Config::new()).states(),
            fresh(thompson::Config::new()).states()
        );
        // And a compiler given back after a document builds the same.
        release_compiler();
        assert!(COMPILER.with(|c| c.borrow().is_none()));
        assert_eq!(
            compile_nfa(&hir, thompson::Config::new()).states(),
            fresh(thompson::Config::new()).states()
        );
        assert!(COMPILER.with(|c| c.borrow().is_some()));
    }

    /// The caches are one for all threads: threads searching at once,
    /// with a large pattern, a small one and one the regex crate's engine
    /// runs (it may match empty), find what one thread finds.
    #[test]
    fn threads_searching_at_once_share_the_caches() {
        let words = (0..400).map(|i| format!("mot{i}x")).collect::<Vec<_>>();
        let large = FastRegex::new(&format!(r"(?i)\b(?:{})\b", words.join("|"))).unwrap();
        let small = FastRegex::new(r"(?i)\bbless[ée]s?\b").unwrap();
        let plain = FastRegex::new(r"(?i)\b(?:mot\d+x)?").unwrap();
        let hay = "un mot17x, puis MOT399X et mot4000x ; été blessés, blessé";
        let expect = |re: &FastRegex| re.find_iter(hay).map(|m| m.range()).collect::<Vec<_>>();
        let (want_large, want_small) = (expect(&large), expect(&small));
        let want_plain = expect(&plain);
        assert_eq!(want_large, vec![3..9, 16..23]);
        assert_eq!(want_small, vec![44..52, 54..61]);
        assert_eq!(
            want_plain,
            Regex::new(r"(?i)\b(?:mot\d+x)?")
                .unwrap()
                .find_iter(hay)
                .map(|m| m.range())
                .collect::<Vec<_>>()
        );
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    for _ in 0..200 {
                        assert_eq!(expect(&large), want_large);
                        assert_eq!(expect(&small), want_small);
                        assert_eq!(expect(&plain), want_plain);
                    }
                });
            }
        });
    }

    /// Every way of searching gives what the exact regex gives.
    fn same(pattern: &str, hays: &[&str]) {
        let f = FastRegex::new(pattern).unwrap();
        let e = Regex::new(pattern).unwrap();
        for hay in hays {
            assert_eq!(
                f.find_iter(hay).map(|m| m.range()).collect::<Vec<_>>(),
                e.find_iter(hay).map(|m| m.range()).collect::<Vec<_>>(),
                "{pattern} on {hay}"
            );
            assert_eq!(f.is_match(hay), e.is_match(hay));
            for start in (0..=hay.len()).filter(|&i| hay.is_char_boundary(i)) {
                assert_eq!(
                    f.find_at(hay, start).map(|m| (m.range(), m.as_str())),
                    e.find_at(hay, start).map(|m| (m.range(), m.as_str())),
                    "{pattern} on {hay} at {start}"
                );
            }
            let ours = |c: Captures| c.iter().map(|m| m.map(|m| m.range())).collect::<Vec<_>>();
            let theirs =
                |c: regex::Captures| c.iter().map(|m| m.map(|m| m.range())).collect::<Vec<_>>();
            assert_eq!(f.captures(hay).map(ours), e.captures(hay).map(theirs));
            assert_eq!(
                f.replace_all_literal(hay, "$0 "),
                e.replace_all(hay, regex::NoExpand("$0 "))
            );
            assert_eq!(
                f.captures_iter(hay).map(ours).collect::<Vec<_>>(),
                e.captures_iter(hay).map(theirs).collect::<Vec<_>>()
            );
            if let Some(c) = f.captures(hay) {
                let ec = e.captures(hay).unwrap();
                assert_eq!(c.len(), ec.len());
                assert_eq!(&c[0], &ec[0]);
            }
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
        // More misses in a row than the anchored tries: the exact scan takes over.
        "_été_été_été_été_été_été_ni_ni_ni_ni_ni_ni été ni",
        "Ça va, il va démissionner; elles éclaireront, ils sera, caméra sera",
        // Non-ASCII word characters beside a boundary (the long s is not
        // an s to these patterns: `plain_folds`).
        "ſ selon Kselon ſ, ſelon",
        "aucun aucune aucuné éaucun « aucun »",
        // Longer than the backtracker's span: the PikeVM finds the groups.
        "Il n'a été ni tué ni blessé, selon la préfecture de la région, et aucune victime n'a été signalée depuis été",
        "trois blessés, parmi eux , dont ",
        " ni, notamment, éparmi elles,",
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
            // Groups found after the anchored tries have given up.
            r"(?i)\b(?P<v>[ée]t[ée])\b|\b(?P<n>ni)\b",
            r"\w+",
            r"(?i)(?:[\s,]*\b(?:ont|sont|a|été|\p{L}+é\s+et)\b)*[\s,]*$",
            r"(?i)\b(?:ni|été)?",
            // Anchored at the end: the quick pattern runs back from there.
            r"(?i)(?:\bdont|\bparmi\s+(?:eux|elles)\s*,?|\bnotamment)\s*$",
            // Anchored at the start: no search from further on.
            r"(?i)^\s*(?:ni|été)\b",
        ] {
            same(p, HAYS);
        }
    }

    #[test]
    fn groups_of_a_large_pattern_found_within_the_span_of_a_match() {
        // Many groups over Unicode classes: a PikeVM slot table of
        // megabytes, so the span is found without groups first.
        let words: String = (1..=10)
            .map(|i| format!(r"(?:(?P<w{i}>\w+)\s+)?"))
            .collect();
        let p = &format!(
            r"(?i)\b(?P<n>\d+|trois|dix|vingt)\s+{words}(?P<c>bless[ée]s|tu[ée]s|morts|été\s+tu[ée]s)\b(?P<tail>\s+\p{{L}}+)?"
        );
        let f = FastRegex::new(p).unwrap();
        let hays: &[&str] = &[
            "Selon la préfecture, trois habitants ont été tués à Évry, et dix élèves légèrement blessés près de l'école",
            "L'attaque a fait 12 morts éparpillés; vingt soldats maliens blessés été",
            "ni tués ni blessés",
        ];
        same(p, hays);
        assert!(
            matches!(f.exact(), Exact::Forward(fw) if fw.span.is_some()),
            "the pattern is large enough for a span finder"
        );
    }

    /// A pattern as large as the toll words: a prefix automaton finds its
    /// candidates.
    fn large_alternation() -> String {
        let filler: Vec<String> = (0..300).map(|i| format!("zq{i}x")).collect();
        format!(
            r"(?i)\b(?P<t>(?:cas\s+)?mortels|bless[ée]e?s?(?:\s+par\s+balles?)?|tu[ée]e?s?|été\s+(?:tu|bless)[ée]s|d[ée]c[ée]d[ée]s|[àa]\s+l['’]h[ôo]pital|a\s+perdu\s+la\s+vie|ni|\w+ment\s+atteints?|{})\b",
            filler.join("|")
        )
    }

    /// The quick pattern of `pattern`, as a regex of the `regex` crate.
    fn quick_regex(pattern: &str) -> Regex {
        let hir = regex_syntax::Parser::new().parse(pattern).unwrap();
        let quick = quick_hir(&hir, false).unwrap();
        let mut printed = String::new();
        regex_syntax::hir::print::Printer::new()
            .print(&quick, &mut printed)
            .unwrap();
        Regex::new(&printed).unwrap()
    }

    /// A word boundary before an alternation whose branches do not all
    /// open with an ASCII letter (with an accented one, or "«") stays in
    /// the quick pattern, in the branches that allow it an ASCII form:
    /// the quick pattern still matches wherever the exact one does, but
    /// no longer inside a word.
    #[test]
    fn a_word_boundary_spreads_into_the_branches_after_it() {
        let p = r"(?i)\b(?P<t>tués|évacués|«\s*morts|(?:écrasés|blessés)|(?P<k>abattus|(?:en\s+)?otages))";
        let (exact, quick) = (Regex::new(p).unwrap(), quick_regex(p));
        let starts = |re: &Regex, hay: &str| -> Vec<usize> {
            (0..hay.len())
                .filter(|&at| hay.is_char_boundary(at))
                .filter(|&at| re.find_at(hay, at).is_some_and(|m| m.start() == at))
                .collect()
        };
        let hays = [
            "ils ont été évacués, Évacués, tués et « morts »",
            "inévacués xtués ontués ; déjà_évacués, 9écrasés, ÉCRASÉS",
            "x« morts », l'évacués, éblessés, (blessés)",
            "abattus, rabattus, otages, en otages, xotages",
        ];
        for hay in hays {
            let q = starts(&quick, hay);
            for at in starts(&exact, hay) {
                assert!(q.contains(&at), "{hay} at {at}: {q:?}");
            }
        }
        // Inside a word: neither the accented branch nor the ASCII one.
        let hay = "inévacués xtués ; rabattus";
        assert!(quick.find(hay).is_none(), "{:?}", quick.find(hay));
        // The branch that opens with no word character keeps no boundary.
        assert!(quick.is_match("x« morts"));
    }

    /// A large pattern whose every match ends the haystack gets no prefix
    /// automaton (its quick pattern, run back from the end, finds where a
    /// match may start at once) and finds what the regex crate does.
    #[test]
    fn a_large_pattern_that_ends_the_haystack_has_no_prefix() {
        let filler: Vec<String> = (0..300).map(|i| format!("zq{i}x")).collect();
        let p = format!(
            r"(?i)\b(?:(?P<k>tu[ée]s?|abattu)|(?P<a>arr[êe]t[ée]s?)|{})(?:\s+(?:les|des|au\s+moins))*\s*$",
            filler.join("|")
        );
        assert!(p.len() >= PREFIX_PATTERN);
        assert!(FastRegex::new(&p).unwrap().prefix.is_none());
        same(
            &p,
            &[
                "ils ont tué au moins ",
                "ils ont tué des civils",
                "arrêtés, tués des",
                "zq12x tués les ",
                "attués des",
                "",
            ],
        );
    }

    #[test]
    fn a_large_pattern_searched_from_its_prefixes_finds_alike() {
        let p = large_alternation();
        assert!(p.len() >= PREFIX_PATTERN);
        let f = FastRegex::new(&p).unwrap();
        assert!(
            f.prefix.is_some(),
            "a large pattern gets a prefix automaton"
        );
        let hays: &[&str] = &[
            "Trois cas mortels, deux blessés par balle, un tué; ils ont été tués, été blessés",
            "cas  mortels; casmortels; mortels; immortels; Blessées et BLESSÉS, tuées",
            "Il a perdu la vie à l'hôpital, a l’hôpital; éà l'hôpital; gravement atteint",
            "décédés, Décédés, dé décédés_x, zq12x zq299x, zq300x; ni ni",
        ];
        same(&p, HAYS);
        same(&p, hays);
    }

    #[test]
    fn a_prefix_matches_where_every_match_starts() {
        let p = large_alternation();
        let hir = regex_syntax::Parser::new().parse(&p).unwrap();
        let quick = quick_hir(&hir, false).unwrap();
        let (prefix, used, complete) = prefix_hir(&quick, PREFIX_CHARS);
        assert!(!complete && used <= PREFIX_CHARS);
        let mut printed = String::new();
        regex_syntax::hir::print::Printer::new()
            .print(&prefix, &mut printed)
            .unwrap();
        let prefix = Regex::new(&format!("^(?:{printed})")).unwrap();
        let whole = Regex::new(&format!("^(?:{p})")).unwrap();
        for hay in HAYS {
            for at in (0..hay.len()).filter(|&i| hay.is_char_boundary(i)) {
                if whole.is_match(&hay[at..]) {
                    assert!(prefix.is_match(&hay[at..]), "{printed} at {at} of {hay}");
                }
            }
        }
        // An optional first item makes two prefixes: with it, and without.
        assert!(prefix.is_match("cas mortels") && prefix.is_match("mortels"));
        // Cut to the first characters.
        let (cut, used, complete) = prefix_hir(
            &regex_syntax::Parser::new()
                .parse(r"(?i)bless[ée]s\s+par")
                .unwrap(),
            PREFIX_CHARS,
        );
        let mut printed = String::new();
        regex_syntax::hir::print::Printer::new()
            .print(&cut, &mut printed)
            .unwrap();
        let cut = Regex::new(&format!("^(?:{printed})$")).unwrap();
        assert!((used, complete) == (4, false) && cut.is_match("BLES") && !cut.is_match("bless"));
    }

    #[test]
    fn a_match_at_the_start_is_the_leftmost_one_there() {
        for p in [
            r"(?i)\b(?P<v>[ée]t[ée])\b|\b(?P<n>ni)\b",
            &large_alternation(),
        ] {
            let f = FastRegex::new(p).unwrap();
            for hay in HAYS {
                for at in (0..=hay.len()).filter(|&i| hay.is_char_boundary(i)) {
                    let rest = &hay[at..];
                    let whole = f.captures(rest).filter(|c| c.get(0).unwrap().start() == 0);
                    let ours = f.captures_at_start(rest);
                    assert_eq!(
                        ours.map(|c| c.iter().map(|m| m.map(|m| m.range())).collect::<Vec<_>>()),
                        whole.map(|c| c.iter().map(|m| m.map(|m| m.range())).collect::<Vec<_>>()),
                        "{p} on {rest}"
                    );
                }
            }
        }
    }

    fn quick_pattern(p: &str) -> Option<String> {
        let mut out = String::new();
        let hir = regex_syntax::Parser::new().parse(p).unwrap();
        regex_syntax::hir::print::Printer::new()
            .print(&quick_hir(&hir, false)?, &mut out)
            .unwrap();
        Some(out)
    }

    #[test]
    fn a_case_folded_letter_leaves_out_the_long_s_and_the_kelvin_sign() {
        let re = FastRegex::new(r"(?i)\bblessés?\b").unwrap();
        assert!(re.is_match("trois BLESSÉS"));
        assert!(re.is_match("un blessé"));
        assert!(!re.is_match("trois bleſſés"));
        let k = FastRegex::new(r"(?i)\bkiev\b").unwrap();
        assert!(k.is_match("à KIEV"));
        assert!(!k.is_match("à \u{212A}iev"));
        // A large class keeps every letter.
        let w = FastRegex::new(r"(?i)\b\w+s\b").unwrap();
        assert_eq!(w.find("la ſœurs").map(|m| m.as_str()), Some("ſœurs"));
        // The tree is rebuilt only where a small class has such a letter.
        let hir = regex_syntax::Parser::new().parse(r"(?i)abc\d").unwrap();
        assert!(!needs_plain_folds(&hir));
        assert!(needs_plain_folds(
            &regex_syntax::Parser::new().parse(r"(?i)os").unwrap()
        ));
    }

    #[test]
    fn a_large_pattern_reads_any_two_byte_character_for_an_accented_one() {
        let words: Vec<String> = (0..1200).map(|i| format!("mot{i}é")).collect();
        let p = format!(
            r"(?i)\b(?:{}|bless[ée]s?|élèves|«\s*tués\s*»|\w+ées)\b",
            words.join("|")
        );
        assert!(p.len() >= LARGE_PATTERN);
        // The quick pattern is wider; the results are the exact regex's.
        same(
            &p,
            &[
                "trois blessés, trois blessès, trois BLESSÉS",
                "des élèves, des Élèves, des elèves, des ÉLÈVES",
                "« tués » et « tuès » puis «tués»",
                "mot17é mot17è mot17e mot1199É Émot3é",
                "des fillées, des fillèes",
            ],
        );
    }

    #[test]
    fn counts_are_dropped_from_the_quick_pattern() {
        let q = quick_pattern(r"\bselon\s+[^,.]{2,80}?(?:\w+\s+){0,2}x?$").unwrap();
        assert!(q.contains("{2,}?") && q.contains("*"), "{q}");
        assert!(!q.contains("80") && !q.contains("{0,2}"), "{q}");
        assert!(q.contains("?"), "{q}");
    }

    #[test]
    fn ascii_boundaries_where_the_pattern_side_is_ascii() {
        let q = quick_pattern(r"\bni\b").unwrap();
        assert_eq!(q.matches(r"(?-u:\b)").count(), 2, "{q}");
        // Next to "é", a half boundary on the other side, in ASCII.
        let q = quick_pattern(r"\bété\b").unwrap();
        assert_eq!(q, r"(?:(?-u:\b{start-half})(?:été)(?-u:\b{end-half}))");
        // Next to "«", none.
        let q = quick_pattern(r"\b«\s").unwrap();
        assert!(!q.contains(r"\b"), "{q}");
        assert!(quick_pattern("abc").is_none());
        assert!(quick_pattern(r"\b(?:x)?").is_some());
    }

    /// Without its syntax tree kept (a batch), a regex parses its pattern
    /// again for the exact search and finds what it found with it.
    #[test]
    fn a_pattern_parsed_again_finds_alike() {
        let kept = FastRegex::new(r"(?i)\bmorts?\b(?:\s+et\s+(?P<n>\d+)\s+bless[ée]s)?").unwrap();
        drop_trees();
        let again = FastRegex::new(r"(?i)\bmorts?\b(?:\s+et\s+(?P<n>\d+)\s+bless[ée]s)?").unwrap();
        assert!(again.hir.lock().unwrap().is_none() && again.pattern.is_some());
        for hay in [
            "Trois morts et 12 blessés à Kidal.",
            "Aucun mort.",
            "Des mortiers.",
        ] {
            assert_eq!(
                kept.captures(hay)
                    .map(|c| (c[0].to_string(), c.name("n").map(|m| m.range()))),
                again
                    .captures(hay)
                    .map(|c| (c[0].to_string(), c.name("n").map(|m| m.range())))
            );
        }
    }
}
