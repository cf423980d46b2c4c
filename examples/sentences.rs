//! Print the paragraphs and sentences depeche sees in a text file:
//! `cargo run --example sentences -- FILE`.

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: sentences FILE"))?;
    let text = std::fs::read_to_string(&path)?;
    let doc = depeche::document::Document::parse(text);
    for p in &doc.paragraphs {
        println!("[{} {:?}]", p.index, p.kind);
        for s in &doc.sentences[p.sentences.clone()] {
            println!("  | {}", doc.sentence_text(s));
        }
    }
    Ok(())
}
