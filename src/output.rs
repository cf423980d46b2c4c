//! The output stage: JSON (a stream of pretty-printed document objects),
//! JSON Lines (one compact object per line) and a table of events for people.

use std::io::Write;

use comfy_table::{ContentArrangement, Table, presets};

use crate::model::{DocumentOutput, Event};

/// Output formats of `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Jsonl,
    Table,
}

/// Write one document in `format`. Tables are written per document, with
/// the source as a heading line. Generic over the writer: serde_json writes
/// in small pieces, which a `Vec<u8>` takes inline.
pub fn write_document<W: Write>(
    out: &mut W,
    doc: &DocumentOutput,
    format: Format,
    width: Option<u16>,
) -> std::io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, doc)?;
            out.write_all(b"\n")
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, doc)?;
            out.write_all(b"\n")
        }
        Format::Table => write_table(out, doc, width),
    }
}

/// Write an error record of a JSONL stream: `{"source": ..., "error": ...}`.
pub fn write_error_line(out: &mut dyn Write, source: &str, error: &str) -> std::io::Result<()> {
    serde_json::to_writer(
        &mut *out,
        &serde_json::json!({"source": source, "error": error}),
    )?;
    out.write_all(b"\n")
}

fn write_table(
    out: &mut dyn Write,
    doc: &DocumentOutput,
    width: Option<u16>,
) -> std::io::Result<()> {
    let title = doc.title.as_deref().unwrap_or("");
    let reference = doc.reference_date.as_deref().unwrap_or("no reference date");
    writeln!(out, "{} — {} ({})", doc.source, title, reference)?;
    if doc.events.is_empty() {
        writeln!(out, "  (no events)\n")?;
        return Ok(());
    }
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(vec![
            "date", "type", "place", "actors", "toll", "modality", "trigger",
        ]);
    if let Some(w) = width {
        table.set_width(w);
    }
    for e in &doc.events {
        table.add_row(event_row(e));
    }
    writeln!(out, "{table}")?;
    if !doc.toll.is_empty() {
        let summary: Vec<String> = doc
            .toll
            .iter()
            .map(|t| {
                format!(
                    "{} {}",
                    t.count.map_or("?".to_string(), |c| c.to_string()),
                    t.category.as_str()
                )
            })
            .collect();
        writeln!(out, "toll: {}", summary.join(", "))?;
    }
    writeln!(out)
}

fn event_row(e: &Event) -> Vec<String> {
    let date = e
        .date
        .as_ref()
        .map(|d| {
            let v = d.date.value.clone().unwrap_or_else(|| d.date.text.clone());
            if d.inherited { format!("{v}*") } else { v }
        })
        .unwrap_or_default();
    let place = e
        .place
        .as_ref()
        .map(|p| {
            let cc = p
                .place
                .country
                .as_deref()
                .map(|c| format!(" ({c})"))
                .unwrap_or_default();
            let star = if p.inherited { "*" } else { "" };
            format!("{}{cc}{star}", p.place.name)
        })
        .unwrap_or_default();
    let actors = e
        .actors
        .iter()
        .map(|a| {
            let role = match a.role {
                crate::model::Role::Agent => "→",
                crate::model::Role::Patient => "←",
                crate::model::Role::Other => "·",
            };
            format!("{role} {}", a.actor.name)
        })
        .collect::<Vec<_>>()
        .join("\n");
    let toll = e
        .casualties
        .iter()
        .map(|c| {
            let n = match (c.count, c.min, c.max) {
                (Some(n), Some(lo), None) if lo == n && c.approximate => format!("{n}+"),
                (Some(n), _, _) if c.approximate => format!("~{n}"),
                (Some(n), Some(lo), _) if lo > 0 && lo != n => format!("≥{lo}"),
                (Some(n), _, _) => n.to_string(),
                (None, _, _) => "?".to_string(),
            };
            let group = c
                .group
                .as_deref()
                .map(|g| format!(" {g}"))
                .unwrap_or_default();
            format!("{n} {}{group}", c.category.as_str())
        })
        .collect::<Vec<_>>()
        .join("\n");
    let modality = match &e.attribution {
        Some(a) => format!("{} ({a})", format!("{:?}", e.modality).to_lowercase()),
        None => format!("{:?}", e.modality).to_lowercase(),
    };
    vec![
        date,
        e.event_type.clone(),
        place,
        actors,
        toll,
        modality,
        e.trigger.text.clone(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> String {
        let doc = crate::process("t", text, chrono::NaiveDate::from_ymd_opt(2020, 5, 5));
        let mut out = Vec::new();
        write_document(&mut out, &doc, Format::Table, Some(200)).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn table_keeps_the_attribution_as_written() {
        let t = table("Selon la Police nationale, trois manifestants ont été arrêtés hier à Lyon.");
        assert!(t.contains("reported (Selon la Police nationale)"), "{t}");
        assert!(t.contains("arrest"), "{t}");
        assert!(t.contains("3 arrested manifestants"), "{t}");
    }

    #[test]
    fn table_marks_inherited_date_and_place() {
        let t = table("Explosion à Kaboul hier.\nDeux personnes ont été tuées.");
        assert!(t.contains("2020-05-04"), "{t}");
        assert!(t.contains("(AF)"), "{t}");
    }

    #[test]
    fn table_without_events_says_so() {
        assert!(table("Rien à signaler.").contains("(no events)"));
    }
}
