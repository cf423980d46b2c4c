//! The input stage: which inputs a command line names, and how their bytes
//! become text.
//!
//! - A path that is a folder stands for every file below it whose extension
//!   is chosen (`.txt` by default), recursively, in a stable order (entries
//!   of each folder sorted by name, depth first). The walk is lazy: memory
//!   does not grow with the number of files. Symbolic links are followed;
//!   a link loop is reported as a warning (no document is lost: every file
//!   in it is reached by another way), broken links, unreadable folders and
//!   entries that are not regular files (a FIFO, a socket) are reported as
//!   failed inputs. Hidden entries (a name starting with `.`) are taken like
//!   any other unless left out ([`WalkOptions::hidden`] false, `--skip-hidden`).
//! - A path named explicitly is read whatever it is (a FIFO such as
//!   `<(zcat x.gz)` included), except a folder, which is walked.
//! - Bytes are decoded as UTF-8 (a byte-order mark is dropped); UTF-16 with a
//!   byte-order mark is decoded as such; other text that is not valid UTF-8 is
//!   decoded as Windows-1252 (a superset of the printable ISO-8859-1) with a
//!   warning; bytes with NUL and no UTF-16 byte-order mark are binary and
//!   refused.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use serde::Deserialize;

/// One unit of work: where it comes from, and how to get its text.
#[derive(Debug, Clone)]
pub enum Input {
    /// A file on disk; `display` is the path as the user gave it (or as found below a folder).
    File { path: PathBuf, display: String },
    /// Standard input.
    Stdin,
}

impl Input {
    pub fn display(&self) -> &str {
        match self {
            Input::File { display, .. } => display,
            Input::Stdin => "-",
        }
    }
}

/// What walking the command-line paths yields, in order.
#[derive(Debug)]
pub enum Found {
    /// An input to read.
    Input(Input),
    /// An input that cannot be read (broken link, unreadable folder, not a
    /// regular file, missing path): a failed input, reported with its path.
    Failed { display: String, error: String },
    /// Something worth saying that loses no document (a symbolic link loop).
    Warning(String),
}

/// A decoded text, and whether decoding needed a fallback.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// Set when the bytes were not UTF-8 and were read as another encoding.
    pub fallback: Option<&'static str>,
}

/// Decode a document's bytes (see the module documentation).
pub fn decode(bytes: &[u8]) -> Result<Decoded> {
    decode_owned(bytes.to_vec())
}

/// [`decode`], reusing the buffer when the bytes are UTF-8 (no copy).
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<Decoded> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
        return Ok(decode_utf8_or_fallback(bytes));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let enc = if bytes[0] == 0xFF {
            encoding_rs::UTF_16LE
        } else {
            encoding_rs::UTF_16BE
        };
        let (text, _, had_errors) = enc.decode(&bytes);
        if had_errors {
            bail!(
                "invalid {} text (after a UTF-16 byte-order mark)",
                enc.name()
            );
        }
        return Ok(Decoded {
            text: text.into_owned(),
            fallback: None,
        });
    }
    if bytes.contains(&0) {
        bail!("binary file (NUL bytes, no UTF-16 byte-order mark), skipped");
    }
    Ok(decode_utf8_or_fallback(bytes))
}

fn decode_utf8_or_fallback(bytes: Vec<u8>) -> Decoded {
    match String::from_utf8(bytes) {
        Ok(text) => Decoded {
            text,
            fallback: None,
        },
        Err(e) => {
            let bytes = e.into_bytes();
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
            Decoded {
                text: text.into_owned(),
                fallback: Some("windows-1252"),
            }
        }
    }
}

/// Read and decode one input.
pub fn read(input: &Input) -> Result<Decoded> {
    let bytes = match input {
        Input::File { path, display } => {
            if path.is_dir() {
                bail!("{display}: is a directory");
            }
            std::fs::read(path).with_context(|| format!("{display}: cannot read"))?
        }
        Input::Stdin => {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut buf)
                .context("-: cannot read standard input")?;
            buf
        }
    };
    decode_owned(bytes).with_context(|| input.display().to_string())
}

/// How folders are walked.
#[derive(Debug, Clone)]
pub struct WalkOptions {
    /// Extensions taken from folders (without the dot, any case).
    pub exts: Vec<String>,
    /// Take hidden files and folders (names starting with `.`) too.
    pub hidden: bool,
}

impl Default for WalkOptions {
    fn default() -> Self {
        WalkOptions {
            exts: vec!["txt".to_string()],
            hidden: true,
        }
    }
}

/// Expand the command-line paths into inputs, lazily and in order. Problems
/// found on the way come out in their place, so that the rest still runs.
pub fn walk_paths(paths: Vec<PathBuf>, opts: WalkOptions) -> impl Iterator<Item = Found> + Send {
    paths
        .into_iter()
        .flat_map(move |p| -> Box<dyn Iterator<Item = Found> + Send> {
            let display = p.to_string_lossy().to_string();
            if display == "-" {
                return Box::new(std::iter::once(Found::Input(Input::Stdin)));
            }
            match std::fs::metadata(&p) {
                Ok(m) if m.is_dir() => Box::new(walk_dir(p, opts.clone())),
                Ok(_) => Box::new(std::iter::once(Found::Input(Input::File {
                    path: p,
                    display,
                }))),
                Err(e) => {
                    let error = if p.symlink_metadata().is_ok() {
                        format!("broken symbolic link: {e}")
                    } else {
                        format!("cannot open: {e}")
                    };
                    Box::new(std::iter::once(Found::Failed { display, error }))
                }
            }
        })
}

fn has_ext(path: &Path, exts: &[String]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| exts.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

fn is_hidden(e: &walkdir::DirEntry) -> bool {
    e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.')
}

fn walk_dir(root: PathBuf, opts: WalkOptions) -> impl Iterator<Item = Found> + Send {
    let hidden = opts.hidden;
    let walker = walkdir::WalkDir::new(&root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(move |e| hidden || !is_hidden(e));
    walker.filter_map(move |entry| match entry {
        Ok(e) => {
            let ft = e.file_type();
            if ft.is_dir() || !has_ext(e.path(), &opts.exts) {
                return None;
            }
            let display = e.path().to_string_lossy().to_string();
            if ft.is_file() {
                Some(Found::Input(Input::File {
                    path: e.path().to_path_buf(),
                    display,
                }))
            } else {
                Some(Found::Failed {
                    display,
                    error: "not a regular file (a FIFO, socket or device), skipped".to_string(),
                })
            }
        }
        Err(e) => {
            let display = e.path().unwrap_or(&root).to_string_lossy().to_string();
            if e.loop_ancestor().is_some() {
                return Some(Found::Warning(format!(
                    "{display}: symbolic link loop, not followed"
                )));
            }
            let broken_link = e.path().is_some_and(|p| {
                p.symlink_metadata()
                    .is_ok_and(|m| m.file_type().is_symlink())
                    && std::fs::metadata(p).is_err()
            });
            if broken_link {
                // A dangling link: only a loss if it looked like an input.
                let p = e.path().unwrap_or(&root);
                if !has_ext(p, &opts.exts) {
                    return None;
                }
                return Some(Found::Failed {
                    display,
                    error: "broken symbolic link, skipped".to_string(),
                });
            }
            let error = match e.io_error() {
                Some(io) => format!("cannot read: {io}"),
                None => e.to_string(),
            };
            Some(Found::Failed { display, error })
        }
    })
}

/// Lines of a JSONL input, as raw bytes without their terminator (`\n` or
/// `\r\n`), with their 1-based number. A line is read whole whatever its
/// length; memory is that of the longest line.
pub struct Lines<R> {
    reader: R,
    line_no: usize,
    done: bool,
}

impl<R: BufRead> Lines<R> {
    pub fn new(reader: R) -> Self {
        Lines {
            reader,
            line_no: 0,
            done: false,
        }
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = (usize, std::io::Result<Vec<u8>>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let mut buf = Vec::new();
        match self.reader.read_until(b'\n', &mut buf) {
            Ok(0) => {
                self.done = true;
                None
            }
            Ok(_) => {
                self.line_no += 1;
                if buf.last() == Some(&b'\n') {
                    buf.pop();
                    if buf.last() == Some(&b'\r') {
                        buf.pop();
                    }
                }
                if self.line_no == 1 && buf.starts_with(&[0xEF, 0xBB, 0xBF]) {
                    buf.drain(..3);
                }
                Some((self.line_no, Ok(buf)))
            }
            Err(e) => {
                self.done = true;
                Some((self.line_no + 1, Err(e)))
            }
        }
    }
}

/// One line of `--input-format jsonl`.
#[derive(Debug, Deserialize)]
pub struct JsonlDoc {
    pub id: Option<serde_json::Value>,
    pub text: String,
    pub date: Option<String>,
}

/// A parsed JSONL line: its source id, text and reference date.
#[derive(Debug)]
pub struct JsonlItem {
    pub id: String,
    pub text: String,
    pub date: Option<NaiveDate>,
}

/// Parse one JSONL input line given as bytes; `line_no` (1-based) names it
/// when it has no id. The error is `(source, message)`.
pub fn parse_jsonl_bytes(line: &[u8], line_no: usize) -> Result<JsonlItem, (String, String)> {
    match std::str::from_utf8(line) {
        Ok(s) => parse_jsonl_line(s, line_no),
        Err(e) => Err((format!("line {line_no}"), format!("invalid UTF-8: {e}"))),
    }
}

/// Parse one JSONL input line; `line_no` (1-based) names it when it has no id.
pub fn parse_jsonl_line(line: &str, line_no: usize) -> Result<JsonlItem, (String, String)> {
    let fallback_id = format!("line {line_no}");
    if line.trim().is_empty() {
        return Err((fallback_id, "empty line".to_string()));
    }
    let raw: serde_json::Value = serde_json::from_str(line)
        .map_err(|e| (fallback_id.clone(), format!("invalid JSON: {e}")))?;
    let id = match raw.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Null) | None => fallback_id.clone(),
        Some(v) => v.to_string(),
    };
    let doc: JsonlDoc =
        serde_json::from_value(raw).map_err(|e| (id.clone(), format!("invalid document: {e}")))?;
    let date = match doc.date.as_deref() {
        None | Some("") => None,
        Some(d) => Some(
            NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d")
                .map_err(|e| (id.clone(), format!("invalid date {d:?}: {e}")))?,
        ),
    };
    Ok(JsonlItem {
        id,
        text: doc.text,
        date,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom() {
        let d = decode(b"\xEF\xBB\xBFd\xC3\xA9p\xC3\xAAche").unwrap();
        assert_eq!(d.text, "dépêche");
        assert_eq!(d.fallback, None);
    }

    #[test]
    fn windows_1252_fallback() {
        let d = decode(b"d\xE9p\xEAche \x93cit\xE9\x94").unwrap();
        assert_eq!(d.text, "dépêche “cité”");
        assert_eq!(d.fallback, Some("windows-1252"));
    }

    #[test]
    fn latin1_is_read_as_windows_1252() {
        // ISO-8859-1 "Noël à Besançon": the same bytes in both encodings.
        let d = decode(b"No\xEBl \xE0 Besan\xE7on").unwrap();
        assert_eq!(d.text, "Noël à Besançon");
        assert_eq!(d.fallback, Some("windows-1252"));
    }

    #[test]
    fn utf16_with_bom() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("été".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&le).unwrap().text, "été");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Noël".encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        assert_eq!(decode(&be).unwrap().text, "Noël");
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(b"abc\0def").is_err());
        // UTF-16 without its byte-order mark has NULs: refused too.
        let no_bom: Vec<u8> = "abc".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert!(decode(&no_bom).is_err());
    }

    #[test]
    fn empty_is_text() {
        assert_eq!(decode(b"").unwrap().text, "");
        assert_eq!(decode(b"\xEF\xBB\xBF").unwrap().text, "");
    }

    #[test]
    fn jsonl_lines() {
        let it = parse_jsonl_line(r#"{"id": "a", "text": "x", "date": "2020-01-02"}"#, 1).unwrap();
        assert_eq!(it.id, "a");
        assert_eq!(it.date, NaiveDate::from_ymd_opt(2020, 1, 2));
        let it = parse_jsonl_line(r#"{"id": 7, "text": "x"}"#, 3).unwrap();
        assert_eq!(it.id, "7");
        assert_eq!(parse_jsonl_line("{oops", 4).unwrap_err().0, "line 4");
        assert_eq!(parse_jsonl_line(r#"{"id":"z"}"#, 5).unwrap_err().0, "z");
        assert_eq!(parse_jsonl_line("  ", 6).unwrap_err().1, "empty line");
        assert_eq!(
            parse_jsonl_line(r#"{"id":"d","text":"x","date":"demain"}"#, 7)
                .unwrap_err()
                .0,
            "d"
        );
        assert!(parse_jsonl_bytes(b"{\"text\": \"\xff\"}", 8).is_err());
    }

    #[test]
    fn lines_strip_terminators_and_bom() {
        let data = b"\xEF\xBB\xBFone\r\ntwo\n\nlast";
        let lines: Vec<(usize, Vec<u8>)> = Lines::new(&data[..])
            .map(|(n, l)| (n, l.unwrap()))
            .collect();
        assert_eq!(
            lines,
            vec![
                (1, b"one".to_vec()),
                (2, b"two".to_vec()),
                (3, b"".to_vec()),
                (4, b"last".to_vec())
            ]
        );
    }

    #[test]
    fn walk_is_sorted_and_filtered() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("b/c")).unwrap();
        std::fs::create_dir_all(root.join(".hidden")).unwrap();
        for f in [
            "z.txt",
            "a.TXT",
            "b/c/x.txt",
            "b/y.md",
            ".hidden/h.txt",
            ".h.txt",
        ] {
            std::fs::write(root.join(f), "texte").unwrap();
        }
        let names = |opts: WalkOptions| -> Vec<String> {
            walk_paths(vec![root.to_path_buf()], opts)
                .map(|f| match f {
                    Found::Input(i) => i
                        .display()
                        .strip_prefix(&*root.to_string_lossy())
                        .unwrap()
                        .to_string(),
                    other => panic!("{other:?}"),
                })
                .collect()
        };
        assert_eq!(
            names(WalkOptions::default()),
            vec![
                "/.h.txt",
                "/.hidden/h.txt",
                "/a.TXT",
                "/b/c/x.txt",
                "/z.txt"
            ]
        );
        let skip = WalkOptions {
            hidden: false,
            ..WalkOptions::default()
        };
        assert_eq!(names(skip), vec!["/a.TXT", "/b/c/x.txt", "/z.txt"]);
        let md = WalkOptions {
            exts: vec!["md".into(), "txt".into()],
            hidden: true,
        };
        assert_eq!(
            names(md),
            vec![
                "/.h.txt",
                "/.hidden/h.txt",
                "/a.TXT",
                "/b/c/x.txt",
                "/b/y.md",
                "/z.txt"
            ]
        );
    }

    #[test]
    fn vanished_file_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("gone.txt");
        std::fs::write(&p, "texte").unwrap();
        let found: Vec<Found> =
            walk_paths(vec![dir.path().to_path_buf()], WalkOptions::default()).collect();
        std::fs::remove_file(&p).unwrap();
        let Found::Input(inp) = &found[0] else {
            panic!("{:?}", found[0])
        };
        let err = format!("{:#}", read(inp).unwrap_err());
        assert!(
            err.contains("gone.txt") && err.contains("cannot read"),
            "{err}"
        );
    }
}
