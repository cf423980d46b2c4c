//! Per-stage benchmarks on French Wikinews dispatches (fixtures/wikinews,
//! CC BY 2.5, see ATTRIBUTION.md there): document parsing, folding, each
//! extractor, event assembly, output, and the whole pipeline.
//!
//! `cargo bench --bench stages` (add `-- --quick` for a short run).

use std::hint::black_box;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use depeche::document::Document;
use depeche::output::{self, Format};
use depeche::{events, extract};

fn corpus() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/wikinews");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn stages(c: &mut Criterion) {
    let text = corpus();
    let reference = chrono::NaiveDate::from_ymd_opt(2016, 3, 23);
    let doc = Document::parse(text.as_str());
    let _ = doc.folded();
    let dates = extract::dates::extract(&doc, reference);
    let places = extract::places::extract(&doc);
    let actors = extract::actors::extract(&doc, &places);
    let casualties = extract::casualties::extract(&doc);
    let full = depeche::process("bench", &text, reference);

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("parse", |b| {
        b.iter(|| Document::parse(black_box(text.as_str())))
    });
    g.bench_function("fold", |b| {
        b.iter_batched(
            || Document::parse(text.as_str()),
            |d| d.folded().text.len(),
            BatchSize::LargeInput,
        )
    });
    g.bench_function("numbers", |b| {
        b.iter(|| extract::numbers::find_numbers(black_box(&text)))
    });
    g.bench_function("reference_date", |b| {
        b.iter(|| extract::dates::reference_date(black_box(&doc)))
    });
    g.bench_function("dates", |b| {
        b.iter(|| extract::dates::extract(black_box(&doc), reference))
    });
    g.bench_function("places", |b| {
        b.iter(|| extract::places::extract(black_box(&doc)))
    });
    g.bench_function("actors", |b| {
        b.iter(|| extract::actors::extract(black_box(&doc), &places))
    });
    g.bench_function("casualties", |b| {
        b.iter(|| extract::casualties::extract(black_box(&doc)))
    });
    g.bench_function("events", |b| {
        b.iter(|| {
            events::assemble_with_reference(
                black_box(&doc),
                &events::Mentions {
                    dates: &dates,
                    places: &places,
                    actors: &actors,
                    casualties: &casualties,
                },
                Some("2016-03-23"),
            )
        })
    });
    g.bench_function("output_json", |b| {
        let mut buf = Vec::with_capacity(1 << 20);
        b.iter(|| {
            buf.clear();
            output::write_document(&mut buf, black_box(&full), Format::Json, None).unwrap();
            buf.len()
        })
    });
    g.bench_function("output_jsonl", |b| {
        let mut buf = Vec::with_capacity(1 << 20);
        b.iter(|| {
            buf.clear();
            output::write_document(&mut buf, black_box(&full), Format::Jsonl, None).unwrap();
            buf.len()
        })
    });
    g.bench_function("output_table", |b| {
        let mut buf = Vec::with_capacity(1 << 20);
        b.iter(|| {
            buf.clear();
            output::write_document(&mut buf, black_box(&full), Format::Table, Some(120)).unwrap();
            buf.len()
        })
    });
    g.bench_function("process", |b| {
        b.iter(|| depeche::process("bench", black_box(&text), reference))
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
