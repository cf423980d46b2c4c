//! The input stage: which inputs a command line names, and how their bytes
//! become text.
//!
//! - A path that is a folder stands for every file below it whose extension
//!   is chosen (`.txt` by default), recursively, in sorted order; symbolic
//!   link loops and unreadable entries are reported, not fatal.
//! - Bytes are decoded as UTF-8 (a byte-order mark is dropped); UTF-16 with a
//!   byte-order mark is decoded as such; other text that is not valid UTF-8 is
//!   decoded as Windows-1252 with a warning; bytes with NUL and no UTF-16
//!   byte-order mark are binary and refused.

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

/// A decoded text, and whether decoding needed a fallback.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// Set when the bytes were not UTF-8 and were read as another encoding.
    pub fallback: Option<&'static str>,
}

/// Decode a document's bytes (see the module documentation).
pub fn decode(bytes: &[u8]) -> Result<Decoded> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_utf8_or_fallback(rest);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let enc = if bytes[0] == 0xFF {
            encoding_rs::UTF_16LE
        } else {
            encoding_rs::UTF_16BE
        };
        let (text, _, had_errors) = enc.decode(bytes);
        if had_errors {
            bail!("invalid {} text", enc.name());
        }
        return Ok(Decoded {
            text: text.into_owned(),
            fallback: None,
        });
    }
    if bytes.contains(&0) {
        bail!("binary file (NUL bytes, no UTF-16 byte-order mark), skipped");
    }
    decode_utf8_or_fallback(bytes)
}

fn decode_utf8_or_fallback(bytes: &[u8]) -> Result<Decoded> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: s.to_string(),
            fallback: None,
        }),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok(Decoded {
                text: text.into_owned(),
                fallback: Some("windows-1252"),
            })
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
    decode(&bytes).with_context(|| input.display().to_string())
}

/// Expand the command-line paths into inputs. Problems found while walking
/// folders (a loop, an unreadable folder) are returned beside the inputs,
/// so that the rest of the batch still runs.
pub fn expand(paths: &[PathBuf], exts: &[String]) -> (Vec<Input>, Vec<anyhow::Error>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        let display = p.to_string_lossy().to_string();
        if display == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, exts, &mut inputs, &mut errors),
            Ok(_) => inputs.push(Input::File {
                path: p.clone(),
                display,
            }),
            Err(e) => errors.push(anyhow::Error::new(e).context(format!("{display}: cannot open"))),
        }
    }
    (inputs, errors)
}

fn has_ext(path: &Path, exts: &[String]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| exts.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

fn walk(root: &Path, exts: &[String], inputs: &mut Vec<Input>, errors: &mut Vec<anyhow::Error>) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name();
    for entry in walker {
        match entry {
            Ok(e) => {
                if e.file_type().is_dir() || !has_ext(e.path(), exts) {
                    continue;
                }
                inputs.push(Input::File {
                    path: e.path().to_path_buf(),
                    display: e.path().to_string_lossy().to_string(),
                });
            }
            Err(e) => {
                let path = e
                    .path()
                    .map(|p| p.to_string_lossy().to_string())
                    .unwrap_or_else(|| root.to_string_lossy().to_string());
                let msg = if e.loop_ancestor().is_some() {
                    "symbolic link loop, skipped".to_string()
                } else {
                    e.to_string()
                };
                errors.push(anyhow::anyhow!("{path}: {msg}"));
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

/// Parse one JSONL input line; `line_no` (1-based) names it when it has no id.
pub fn parse_jsonl_line(line: &str, line_no: usize) -> Result<JsonlItem, (String, String)> {
    let fallback_id = format!("line {line_no}");
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
    fn utf16_with_bom() {
        let bytes: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("été".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&bytes).unwrap().text, "été");
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(b"abc\0def").is_err());
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
    }
}
