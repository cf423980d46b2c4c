//! Builds the gazetteer index at compile time from the committed TSV files of
//! `data/gazetteer/` (made by `tools/gazetteer/generate.py`): an fst map from
//! folded name keys to runs of postings, so that the running tool pays
//! nothing at start-up (everything is `include_bytes!`).
//!
//! Outputs in `OUT_DIR`:
//! - `places.fst`: key -> `(first posting << 8) | posting count`;
//! - `postings.bin`: little-endian u32 `(entry id << 8) | flags`;
//! - `entries.bin`: little-endian u32 byte offset of each line of `entries.tsv`.

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::PathBuf;

fn flag_bits(flags: &str) -> u32 {
    let mut b = 0;
    for c in flags.chars() {
        b |= match c {
            'a' => 1,
            'w' => 2,
            'c' => 4,
            'l' => 8,
            'f' => 16,
            _ => 0,
        };
    }
    b
}

fn main() {
    let names_path = "data/gazetteer/names.tsv";
    let entries_path = "data/gazetteer/entries.tsv";
    println!("cargo:rerun-if-changed={names_path}");
    println!("cargo:rerun-if-changed={entries_path}");
    println!("cargo:rerun-if-changed=build.rs");
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());

    let names = fs::read_to_string(names_path).expect("names.tsv");
    let mut by_key: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for line in names.lines() {
        let mut f = line.split('\t');
        let (Some(key), Some(id), flags) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let id: u32 = id.parse().expect("entry id");
        assert!(id < (1 << 24), "too many entries");
        by_key
            .entry(key)
            .or_default()
            .push((id << 8) | flag_bits(flags.unwrap_or("")));
    }
    let mut postings: Vec<u8> = Vec::new();
    let mut builder = fst::MapBuilder::memory();
    let mut n = 0u64;
    for (key, list) in &by_key {
        assert!(list.len() < 256, "too many entries for {key}");
        builder
            .insert(key.as_bytes(), (n << 8) | list.len() as u64)
            .expect("sorted keys");
        for p in list {
            postings.extend_from_slice(&p.to_le_bytes());
            n += 1;
        }
    }
    fs::write(out.join("places.fst"), builder.into_inner().unwrap()).unwrap();
    fs::write(out.join("postings.bin"), postings).unwrap();

    let entries = fs::read_to_string(entries_path).expect("entries.tsv");
    let mut offsets: Vec<u8> = Vec::new();
    let mut pos = 0usize;
    for line in entries.split_inclusive('\n') {
        offsets.extend_from_slice(&(pos as u32).to_le_bytes());
        pos += line.len();
    }
    offsets.extend_from_slice(&(pos as u32).to_le_bytes());
    fs::write(out.join("entries.bin"), offsets).unwrap();
}
