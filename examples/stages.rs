//! Time each stage of the pipeline on one file:
//! `cargo run --release --example stages -- FILE`. A quick way to find the
//! stage that grows faster than its input (the criterion benches in
//! `benches/` measure throughput properly).

use std::time::Instant;

use depeche::document::Document;
use depeche::extract;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: stages FILE"))?;
    let text = std::fs::read_to_string(&path)?;
    let t = Instant::now();
    let doc = Document::parse(text);
    println!("document   {:>8.3} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let reference = extract::dates::reference_date(&doc);
    let dates = extract::dates::extract(&doc, reference);
    println!(
        "dates      {:>8.3} s ({} mentions)",
        t.elapsed().as_secs_f64(),
        dates.len()
    );
    let t = Instant::now();
    let places = extract::places::extract(&doc);
    println!(
        "places     {:>8.3} s ({})",
        t.elapsed().as_secs_f64(),
        places.len()
    );
    let t = Instant::now();
    let actors = extract::actors::extract(&doc, &places);
    println!(
        "actors     {:>8.3} s ({})",
        t.elapsed().as_secs_f64(),
        actors.len()
    );
    let t = Instant::now();
    let casualties = extract::casualties::extract(&doc);
    println!(
        "casualties {:>8.3} s ({})",
        t.elapsed().as_secs_f64(),
        casualties.len()
    );
    let t = Instant::now();
    let m = depeche::events::Mentions {
        dates: &dates,
        places: &places,
        actors: &actors,
        casualties: &casualties,
    };
    let events = depeche::events::assemble(&doc, &m);
    println!(
        "events     {:>8.3} s ({})",
        t.elapsed().as_secs_f64(),
        events.len()
    );
    Ok(())
}
