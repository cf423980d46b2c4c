//! Command-line options and the batch driver.
//!
//! Inputs (files, folder entries, JSONL lines) are taken in order by
//! `--jobs` workers, each of which reads, decodes, processes and serialises
//! its input, then writes whatever results are next in input order (the
//! main thread only keeps the progress bar moving). A worker never runs more
//! than a few inputs ahead of the output, so memory does not grow with the
//! number or the total size of the inputs. A failed input is reported on
//! stderr with its path and never stops the others; a closed stdout ends the
//! run quietly.

use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::RecvTimeoutError;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use chrono::NaiveDate;

use crate::input::{self, Found, Input, WalkOptions};
use crate::output::{self, Format};

/// Typed events from French news: dates, places, actors, casualty figures.
///
/// Exit status: 0 when every input was processed, 1 when at least one input
/// failed (the others are still processed and printed), 2 on bad usage.
#[derive(Debug, clap::Parser)]
#[command(name = "depeche", version, about)]
pub struct Args {
    /// Text files, folders (every matching file below, recursively, sorted), or `-` for stdin.
    pub paths: Vec<PathBuf>,

    /// Output format [default: table on a terminal, json otherwise].
    #[arg(long, value_enum)]
    pub format: Option<Format>,

    /// Reference date (YYYY-MM-DD) for "hier", "mardi", "le 2 janvier"…
    #[arg(long, value_parser = parse_date)]
    pub ref_date: Option<NaiveDate>,

    /// How a date with no verb to tell its tense is read ("le 31 octobre",
    /// "lundi", "Noël" in a headline): the nearest one, or always the coming
    /// (an agenda) or the past one (an archive). A tense cue always wins.
    #[arg(long, value_enum, default_value_t = PreferDates::Nearest)]
    pub prefer_dates: PreferDates,

    /// Input format: plain text files, or JSON Lines `{"id", "text", "date"?}`
    /// (one output record per input line, in order, flushed as it goes).
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    pub input_format: InputFormat,

    /// File extensions taken from folders, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "txt")]
    pub ext: Vec<String>,

    /// Leave out hidden files and folders (names starting with `.`) below
    /// folders; by default every matching file is taken, as the contract says.
    #[arg(long)]
    pub skip_hidden: bool,

    /// Number of documents processed in parallel [default: all cores].
    #[arg(long, short, value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,

    /// Print the JSON Schema of the output contract and exit.
    #[arg(long)]
    pub print_schema: bool,

    /// No warnings, progress bar or summary on stderr (errors are still reported).
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    Text,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PreferDates {
    Nearest,
    Past,
    Future,
}

impl From<PreferDates> for crate::extract::dates::Prefer {
    fn from(p: PreferDates) -> Self {
        match p {
            PreferDates::Nearest => Self::Nearest,
            PreferDates::Past => Self::Past,
            PreferDates::Future => Self::Future,
        }
    }
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

/// Write one line on stderr; a stderr that cannot be written is ignored
/// (never a panic).
pub fn say(msg: impl std::fmt::Display) {
    let _ = writeln!(std::io::stderr().lock(), "depeche: {msg}");
}

/// Is this error a closed pipe (`depeche big.txt | head -1`)?
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// One unit of work, in input order.
enum Job {
    /// A text input (file or stdin).
    Text(Input),
    /// One line of a JSONL input.
    Line {
        file: String,
        line_no: usize,
        bytes: std::io::Result<Vec<u8>>,
    },
    /// An input that could not even be opened.
    Failed { display: String, error: String },
    /// A warning from the walk.
    Warning(String),
}

/// What one job gives: its bytes for stdout, its lines for stderr, counts.
#[derive(Default)]
struct Outcome {
    out: Vec<u8>,
    errors: Vec<String>,
    warnings: Vec<String>,
    failed: bool,
    docs: usize,
    events: usize,
    tolls: usize,
    bytes: u64,
}

/// Settings every worker needs.
#[derive(Clone)]
struct Ctx {
    format: Format,
    width: Option<u16>,
    ref_date: Option<NaiveDate>,
    options: crate::Options,
}

thread_local! {
    /// Set while this thread extracts one document: a panic there is that
    /// input's error, reported once by the batch (see [`guard_panics`]).
    static IN_DOCUMENT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The last such panic's message and place in the code.
    static PANIC_AT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// A test aid: when the variable `DEPECHE_FAILPOINT_PANIC` is set, a
/// document whose text contains its value panics in extraction, so that
/// the tests can check that a batch reports that input and goes on.
static FAILPOINT_PANIC: std::sync::LazyLock<Option<String>> = std::sync::LazyLock::new(|| {
    std::env::var("DEPECHE_FAILPOINT_PANIC")
        .ok()
        .filter(|v| !v.is_empty())
});

/// A panic in one document's extraction (a bug) must not take the batch
/// down with it, nor print a backtrace: the panic hook keeps its message
/// for [`Ctx::document`], which reports it as that input's error, and
/// leaves every other panic to the default hook.
fn guard_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if IN_DOCUMENT.with(std::cell::Cell::get) {
                let msg = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic".to_string());
                let at = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                PANIC_AT.with(|p| *p.borrow_mut() = Some(format!("{msg}{at}")));
            } else {
                default(info);
            }
        }));
    });
}

impl Ctx {
    /// Extract one document into `o`; `line`: it is one line of a JSONL
    /// input, which gets one output line whatever happens.
    fn document(
        &self,
        source: &str,
        text: &str,
        date: Option<NaiveDate>,
        line: bool,
        o: &mut Outcome,
    ) {
        IN_DOCUMENT.with(|f| f.set(true));
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            if let Some(marker) = FAILPOINT_PANIC.as_deref()
                && text.contains(marker)
            {
                panic!("failpoint: the text contains {marker:?}");
            }
            crate::process_with(source, text, date.or(self.ref_date), &self.options)
        }));
        IN_DOCUMENT.with(|f| f.set(false));
        crate::fast_regex::release_compiler();
        let doc = match result {
            Ok(doc) => doc,
            Err(_) => {
                let why = PANIC_AT
                    .with(|p| p.borrow_mut().take())
                    .unwrap_or_else(|| "a panic".to_string());
                let msg = format!("internal error, input skipped (please report it): {why}");
                o.failed = true;
                o.errors.push(format!("{source}: {msg}"));
                if line {
                    self.error_record(source, &msg, o);
                }
                return;
            }
        };
        o.docs += 1;
        o.events += doc.events.len();
        o.tolls += doc.casualties.len();
        o.bytes += text.len() as u64;
        output::write_document(&mut o.out, &doc, self.format, self.width)
            .expect("writing to memory cannot fail");
    }

    fn error_record(&self, source: &str, error: &str, o: &mut Outcome) {
        #[derive(serde::Serialize)]
        struct ErrorRecord<'a> {
            source: &'a str,
            error: &'a str,
        }
        let rec = ErrorRecord { source, error };
        let _ = match self.format {
            Format::Jsonl => serde_json::to_writer(&mut o.out, &rec),
            Format::Json => serde_json::to_writer_pretty(&mut o.out, &rec),
            Format::Table => {
                let _ = write!(o.out, "{source} — error: {error}");
                Ok(())
            }
        };
        o.out.push(b'\n');
    }

    /// [`Ctx::work`], where a panic outside extraction (which reports its
    /// own) still fails only its input: the others go on, in order.
    fn work_guarded(&self, seq: usize, job: Job) -> Outcome {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.work(job)))
            .unwrap_or_else(|_| Outcome {
                failed: true,
                errors: vec![format!("input {}: internal error, input skipped", seq + 1)],
                ..Outcome::default()
            });
        if (seq + 1).is_multiple_of(crate::malloc::DOCUMENTS_BETWEEN_RELEASES) {
            crate::malloc::release_free_pages();
        }
        outcome
    }

    fn work(&self, job: Job) -> Outcome {
        let mut o = Outcome::default();
        match job {
            Job::Text(inp) => match input::read(&inp) {
                Ok(decoded) => {
                    if let Some(enc) = decoded.fallback {
                        o.warnings.push(format!(
                            "warning: {}: not valid UTF-8, decoded as {enc}",
                            inp.display()
                        ));
                    }
                    self.document(inp.display(), &decoded.text, None, false, &mut o);
                }
                Err(e) => {
                    o.failed = true;
                    o.errors.push(format!("{e:#}"));
                }
            },
            Job::Line {
                file,
                line_no,
                bytes,
            } => {
                let parsed = match bytes {
                    Ok(b) => input::parse_jsonl_bytes(&b, line_no),
                    Err(e) => Err((format!("line {line_no}"), format!("read error: {e}"))),
                };
                match parsed {
                    Ok(item) => self.document(&item.id, &item.text, item.date, true, &mut o),
                    Err((source, msg)) => {
                        o.failed = true;
                        let named = if source == format!("line {line_no}") {
                            String::new()
                        } else {
                            format!(" ({source})")
                        };
                        o.errors
                            .push(format!("{file}: line {line_no}{named}: {msg}"));
                        self.error_record(&source, &msg, &mut o);
                    }
                }
            }
            Job::Failed { display, error } => {
                o.failed = true;
                o.errors.push(format!("{display}: {error}"));
            }
            Job::Warning(w) => o.warnings.push(format!("warning: {w}")),
        }
        o
    }
}

/// The jobs of a run, in input order.
fn jobs(args: &Args, paths: Vec<PathBuf>) -> Box<dyn Iterator<Item = Job> + Send> {
    match args.input_format {
        InputFormat::Text => {
            let opts = WalkOptions {
                exts: args.ext.clone(),
                hidden: !args.skip_hidden,
            };
            Box::new(input::walk_paths(paths, opts).map(|f| match f {
                Found::Input(i) => Job::Text(i),
                Found::Failed { display, error } => Job::Failed { display, error },
                Found::Warning(w) => Job::Warning(w),
            }))
        }
        InputFormat::Jsonl => Box::new(paths.into_iter().flat_map(
            |p| -> Box<dyn Iterator<Item = Job> + Send> {
                let file = p.to_string_lossy().to_string();
                let reader: Box<dyn BufRead + Send> = if file == "-" {
                    Box::new(std::io::BufReader::with_capacity(1 << 16, std::io::stdin()))
                } else if p.is_dir() {
                    return Box::new(std::iter::once(Job::Failed {
                        display: file,
                        error: "is a directory (--input-format jsonl reads files)".into(),
                    }));
                } else {
                    match std::fs::File::open(&p) {
                        Ok(f) => Box::new(std::io::BufReader::with_capacity(1 << 16, f)),
                        Err(e) => {
                            return Box::new(std::iter::once(Job::Failed {
                                display: file,
                                error: format!("cannot open: {e}"),
                            }));
                        }
                    }
                };
                Box::new(
                    input::Lines::new(reader).map(move |(line_no, bytes)| Job::Line {
                        file: file.clone(),
                        line_no,
                        bytes,
                    }),
                )
            },
        )),
    }
}

/// Writes outcomes in order; keeps the counts and the progress bar.
struct Sink<W: Write> {
    out: W,
    flush_each: bool,
    quiet: bool,
    started: Instant,
    bar: Option<indicatif::ProgressBar>,
    bar_wanted: bool,
    docs: usize,
    events: usize,
    tolls: usize,
    failed: usize,
    bytes: u64,
}

impl<W: Write> Sink<W> {
    fn emit(&mut self, o: Outcome) -> Result<()> {
        self.out.write_all(&o.out).context("writing the output")?;
        if self.flush_each {
            self.out.flush().context("writing the output")?;
        }
        let messages = o
            .errors
            .iter()
            .chain(o.warnings.iter().filter(|_| !self.quiet));
        for m in messages {
            match &self.bar {
                Some(bar) => bar.suspend(|| say(m)),
                None => say(m),
            }
        }
        self.docs += o.docs;
        self.events += o.events;
        self.tolls += o.tolls;
        self.failed += usize::from(o.failed);
        self.bytes += o.bytes;
        self.tick();
        Ok(())
    }

    fn tick(&mut self) {
        if !self.bar_wanted {
            return;
        }
        if self.bar.is_none() && self.started.elapsed() > Duration::from_millis(500) {
            let bar = indicatif::ProgressBar::with_draw_target(
                None,
                indicatif::ProgressDrawTarget::stderr(),
            );
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}")
                    .expect("a valid template"),
            );
            bar.enable_steady_tick(Duration::from_millis(200));
            self.bar = Some(bar);
        }
        if let Some(bar) = &self.bar {
            bar.set_message(format!(
                "{} documents, {} errors, {:.1} MB, {:.1} MB/s",
                self.docs,
                self.failed,
                self.bytes as f64 / 1e6,
                self.mbps()
            ));
        }
    }

    fn mbps(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.started.elapsed().as_secs_f64().max(1e-9)
    }

    fn finish(&mut self) -> Result<()> {
        self.out.flush().context("writing the output")?;
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
        if !self.quiet {
            let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
            say(format_args!(
                "{}, {}, {}, {}, {:.2} s, {:.1} MB/s",
                plural(self.docs, "document"),
                plural(self.events, "event"),
                plural(self.tolls, "toll"),
                plural(self.failed, "error"),
                self.started.elapsed().as_secs_f64(),
                self.mbps()
            ));
        }
        Ok(())
    }
}

/// Run the command; returns the exit status (0 all good, 1 some input
/// failed, 2 bad usage). An `Err` is a failure to write the output.
pub fn run(args: &Args) -> Result<ExitCode> {
    let started = Instant::now();
    guard_panics();
    if args.print_schema {
        let mut out = std::io::stdout().lock();
        let r = writeln!(out, "{}", crate::schema::schema_json()).and_then(|_| out.flush());
        return match r {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
            r => r.map(|_| ExitCode::SUCCESS).context("writing the schema"),
        };
    }
    let stdout = std::io::stdout();
    let on_terminal = stdout.is_terminal();
    let format = args
        .format
        // The contract's default: a table for people, JSON for programs
        // (mappers ask for `--format jsonl`).
        .unwrap_or(if on_terminal {
            Format::Table
        } else {
            Format::Json
        });
    let width = if on_terminal {
        terminal_size::terminal_size().map(|(w, _)| w.0)
    } else {
        None
    };
    let mut paths = args.paths.clone();
    if paths.is_empty() {
        if std::io::stdin().is_terminal() {
            say("no input: give a file, a folder, or `-` for standard input (see --help)");
            return Ok(ExitCode::from(2));
        }
        paths.push(PathBuf::from("-"));
    }
    let jobs = args.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        usize::from,
    );
    let ctx = Ctx {
        format,
        width,
        ref_date: args.ref_date,
        options: crate::Options {
            prefer_dates: args.prefer_dates.into(),
        },
    };
    let mut sink = Sink {
        out: std::io::BufWriter::with_capacity(1 << 16, stdout),
        flush_each: args.input_format == InputFormat::Jsonl,
        quiet: args.quiet,
        started,
        bar: None,
        bar_wanted: !args.quiet && std::io::stderr().is_terminal(),
        docs: 0,
        events: 0,
        tolls: 0,
        failed: 0,
        bytes: 0,
    };
    // One text file: its document needs the toll regex soon, which the
    // warm-up thread then compiles first.
    let one_document =
        paths.len() == 1 && args.input_format != InputFormat::Jsonl && paths[0].is_file();
    if one_document {
        crate::malloc::keep_freed_memory();
    } else {
        crate::fast_regex::drop_trees();
    }
    let source = self::jobs(args, paths);
    let (mut sink, result) = if jobs <= 1 {
        let r = source
            .enumerate()
            .map(|(seq, job)| ctx.work_guarded(seq, job))
            .try_for_each(|o| sink.emit(o));
        (sink, r)
    } else {
        run_parallel(source, ctx, jobs, sink, one_document)
    };
    let result = result.and_then(|_| sink.finish());
    match result {
        Ok(()) => Ok(if sink.failed > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }),
        Err(e) if is_broken_pipe(&e) => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e),
    }
}

/// Process jobs on `workers` threads, writing outcomes in input order.
///
/// Each worker takes the next job from the source, processes it, and
/// writes whatever outcomes are then next in order: there is no reader or
/// writer thread to hand documents to and wake for each one (on two cores,
/// four threads took turns some 60,000 times over 14,000 files). A worker
/// that has run `4 × workers` jobs ahead of the output waits, so memory
/// stays bounded when one document takes long.
fn run_parallel<W: Write + Send + 'static>(
    source: Box<dyn Iterator<Item = Job> + Send>,
    ctx: Ctx,
    workers: usize,
    sink: Sink<W>,
    one_document: bool,
) -> (Sink<W>, Result<()>) {
    let shared = Arc::new(Shared {
        source: Mutex::new((source, 0)),
        ahead: Condvar::new(),
        out: Mutex::new(Ordered {
            sink: Some(sink),
            pending: BTreeMap::new(),
            next: 0,
            error: None,
        }),
        emitted: AtomicUsize::new(0),
        stop: AtomicBool::new(false),
        window: workers * 4,
    });
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    std::thread::spawn(move || crate::warm_up(one_document));
    for _ in 0..workers {
        let shared = Arc::clone(&shared);
        let ctx = ctx.clone();
        let done = done_tx.clone();
        // Dropped when the worker ends: the main thread learns that every
        // worker has ended when all are dropped.
        std::thread::spawn(move || {
            let _done = done;
            shared.work(&ctx);
        });
    }
    drop(done_tx);
    // The main thread keeps the progress bar moving while the workers run.
    // Threads are not joined: on an output error the process ends at once
    // (a worker may be blocked reading standard input).
    // Never sent to: the channel is only ever disconnected, by the last
    // worker's end.
    while let Err(RecvTimeoutError::Timeout) = done_rx.recv_timeout(Duration::from_millis(250)) {
        let mut out = lock(&shared.out);
        if out.error.is_some() {
            break;
        }
        if let Some(sink) = &mut out.sink {
            sink.tick();
        }
    }
    let mut out = lock(&shared.out);
    let result = match out.error.take() {
        Some(e) => Err(e),
        None => Ok(()),
    };
    let sink = out.sink.take().expect("the sink is taken once, here");
    (sink, result)
}

/// What the workers of [`run_parallel`] share.
struct Shared<W: Write> {
    /// The jobs and the sequence number of the next one.
    source: Mutex<(Box<dyn Iterator<Item = Job> + Send>, usize)>,
    /// Signalled when outcomes are written: a worker too far ahead waits.
    ahead: Condvar,
    out: Mutex<Ordered<W>>,
    /// Outcomes written so far (`Ordered::next`, readable without its lock).
    emitted: AtomicUsize,
    /// Set on an output error: no more jobs are taken.
    stop: AtomicBool,
    window: usize,
}

/// The outcomes not yet written, and the output.
struct Ordered<W: Write> {
    /// Taken back by the main thread at the end.
    sink: Option<Sink<W>>,
    pending: BTreeMap<usize, Outcome>,
    next: usize,
    error: Option<anyhow::Error>,
}

/// A lock whose holder panicked still guards consistent data here: each
/// holder finishes its change before anything that may panic.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl<W: Write> Shared<W> {
    fn work(&self, ctx: &Ctx) {
        while let Some((seq, job)) = self.take() {
            let outcome = ctx.work_guarded(seq, job);
            let mut out = lock(&self.out);
            out.pending.insert(seq, outcome);
            while out.error.is_none() {
                let next = out.next;
                let Some(o) = out.pending.remove(&next) else {
                    break;
                };
                let Some(sink) = &mut out.sink else { break };
                if let Err(e) = sink.emit(o) {
                    out.error = Some(e);
                    self.stop.store(true, Ordering::SeqCst);
                }
                out.next += 1;
                self.emitted.store(out.next, Ordering::SeqCst);
            }
            drop(out);
            self.ahead.notify_all();
        }
    }

    /// The next job and its number, once the output is near enough; `None`
    /// when there are no more jobs or the output failed.
    fn take(&self) -> Option<(usize, Job)> {
        let mut source = lock(&self.source);
        loop {
            if self.stop.load(Ordering::SeqCst) {
                return None;
            }
            if source.1 < self.emitted.load(Ordering::SeqCst) + self.window {
                break;
            }
            // A timeout, in case the signal came between the check and
            // the wait.
            source = self
                .ahead
                .wait_timeout(source, Duration::from_millis(20))
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .0;
        }
        let job = source.0.next()?;
        let seq = source.1;
        source.1 += 1;
        Some((seq, job))
    }
}
