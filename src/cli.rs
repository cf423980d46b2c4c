//! Command-line options and the batch driver: inputs in order, each
//! processed on its own, failures reported on stderr with their path and
//! never stopping the rest.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::NaiveDate;

use crate::input;
use crate::output::{self, Format};

/// Typed events from French news: dates, places, actors, casualty figures.
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

    /// Input format: plain text files, or JSON Lines `{"id", "text", "date"?}`.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    pub input_format: InputFormat,

    /// File extensions taken from folders, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "txt")]
    pub ext: Vec<String>,

    /// Print the JSON Schema of the output contract and exit.
    #[arg(long)]
    pub print_schema: bool,

    /// No warnings or summary on stderr (errors are still reported).
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    Text,
    Jsonl,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

/// Is this error a closed pipe (`depeche big.txt | head -1`)?
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Run the command; returns the exit status (0 all good, 1 some input failed).
pub fn run(args: &Args) -> Result<ExitCode> {
    if args.print_schema {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{}", crate::schema::schema_json()).context("writing the schema")?;
        return Ok(ExitCode::SUCCESS);
    }
    let stdout = std::io::stdout();
    let format = args.format.unwrap_or(if stdout.is_terminal() {
        Format::Table
    } else {
        Format::Json
    });
    let width = if stdout.is_terminal() {
        terminal_size::terminal_size().map(|(w, _)| w.0)
    } else {
        None
    };
    let mut paths = args.paths.clone();
    if paths.is_empty() {
        if std::io::stdin().is_terminal() {
            anyhow::bail!(
                "no input: give a file, a folder, or `-` for standard input (see --help)"
            );
        }
        paths.push(PathBuf::from("-"));
    }
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = match args.input_format {
        InputFormat::Text => run_text(args, &paths, format, width, &mut out),
        InputFormat::Jsonl => run_jsonl(args, &paths, format, width, &mut out),
    };
    let result = result.and_then(|failed| {
        out.flush().context("writing the output")?;
        Ok(failed)
    });
    match result {
        Ok(failed) => Ok(if failed > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }),
        Err(e) if is_broken_pipe(&e) => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e),
    }
}

/// Process text inputs; returns the number of failed inputs.
fn run_text(
    args: &Args,
    paths: &[PathBuf],
    format: Format,
    width: Option<u16>,
    out: &mut dyn Write,
) -> Result<usize> {
    let (inputs, walk_errors) = input::expand(paths, &args.ext);
    let mut failed = walk_errors.len();
    for e in &walk_errors {
        eprintln!("depeche: {e:#}");
    }
    for inp in &inputs {
        match input::read(inp) {
            Ok(decoded) => {
                if let Some(enc) = decoded.fallback
                    && !args.quiet
                {
                    eprintln!(
                        "depeche: warning: {}: not valid UTF-8, decoded as {enc}",
                        inp.display()
                    );
                }
                let doc = crate::process(inp.display(), &decoded.text, args.ref_date);
                output::write_document(out, &doc, format, width).context("writing the output")?;
            }
            Err(e) => {
                failed += 1;
                eprintln!("depeche: {e:#}");
            }
        }
    }
    Ok(failed)
}

/// Process JSON Lines inputs: one output record per input line, in order.
fn run_jsonl(
    args: &Args,
    paths: &[PathBuf],
    format: Format,
    width: Option<u16>,
    out: &mut dyn Write,
) -> Result<usize> {
    let mut failed = 0;
    for p in paths {
        let display = p.to_string_lossy().to_string();
        let reader: Box<dyn BufRead> = if display == "-" {
            Box::new(std::io::BufReader::new(std::io::stdin()))
        } else {
            match std::fs::File::open(p) {
                Ok(f) => Box::new(std::io::BufReader::new(f)),
                Err(e) => {
                    failed += 1;
                    eprintln!("depeche: {display}: cannot open: {e}");
                    continue;
                }
            }
        };
        for (i, line) in reader.split(b'\n').enumerate() {
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    failed += 1;
                    eprintln!("depeche: {display}: read error at line {}: {e}", i + 1);
                    break;
                }
            };
            let text = String::from_utf8_lossy(&line);
            if text.trim().is_empty() {
                continue;
            }
            match input::parse_jsonl_line(&text, i + 1) {
                Ok(item) => {
                    let reference = item.date.or(args.ref_date);
                    let doc = crate::process(&item.id, &item.text, reference);
                    output::write_document(out, &doc, format, width)
                        .context("writing the output")?;
                }
                Err((id, msg)) => {
                    failed += 1;
                    eprintln!("depeche: {display}: {id}: {msg}");
                    if format == Format::Jsonl {
                        output::write_error_line(out, &id, &msg).context("writing the output")?;
                    }
                }
            }
            if format == Format::Jsonl {
                out.flush().context("writing the output")?;
            }
        }
    }
    Ok(failed)
}
