//! Evaluate the date extractor against peers' test data.
//!
//! ```text
//! cargo run --release --example eval_dates -- timebank /work/shared/external/fr_timebank/fr_timebank_timex3.jsonl [--show-errors]
//! cargo run --release --example eval_dates -- duckling /work/shared/external/duckling_fr_time.jsonl [--show-errors]
//! cargo run --release --example eval_dates -- chrono /work/shared/external/chrono_fr.jsonl [--show-errors]
//! ```
//!
//! `timebank`: every document is run with its `dct` as reference date, in
//! TimeML mode ([`dates::extract_timeml`]); scores as TempEval-3 does: strict
//! span (exact offsets), relaxed span (overlap) precision/recall/F1, and value
//! F1 (a relaxed match whose value is equal counts, over system and gold).
//! The contract mode (ranges as one mention, times merged) is scored too.
//!
//! `duckling`, `chrono`: share of phrases whose value agrees at the expected
//! grain (day, month, year; hour/minute where the expectation has one).
//! `--prefer=future` (or `past`) reads dates without a tense cue as
//! `depeche --prefer-dates` does: Duckling's corpus is written for a
//! calendar assistant, where "lundi" or "le 31 octobre" is the coming one.
//! An interval is compared with the mention's `earliest`/`latest` bounds
//! when it has them ("fin mars": 21–31 March), else with `value` and
//! `end_value`.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};
use depeche::document::Document;
use depeche::extract::dates;
use depeche::model::DateMention;
use serde_json::Value;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show = args.iter().any(|a| a == "--show-errors");
    let prefer = match args.iter().find_map(|a| a.strip_prefix("--prefer=")) {
        None | Some("nearest") => dates::Prefer::Nearest,
        Some("future") => dates::Prefer::Future,
        Some("past") => dates::Prefer::Past,
        Some(p) => {
            eprintln!("--prefer: nearest, past or future, not {p}");
            std::process::exit(2);
        }
    };
    let rest: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if rest.len() < 2 {
        eprintln!(
            "usage: eval_dates (timebank|duckling|chrono) FILE [--show-errors] [--prefer=future|past|nearest]"
        );
        std::process::exit(2);
    }
    let text = std::fs::read_to_string(rest[1]).expect("read file");
    let lines: Vec<Value> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    match rest[0].as_str() {
        "timebank" => timebank(&lines, show),
        "duckling" => duckling(&lines, show, prefer),
        "chrono" => chrono_eval(&lines, show, prefer),
        m => {
            eprintln!("unknown mode {m}");
            std::process::exit(2);
        }
    }
}

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

fn prf(tp_sys: usize, sys: usize, tp_gold: usize, gold: usize) -> (f64, f64, f64) {
    let p = if sys == 0 {
        0.0
    } else {
        tp_sys as f64 / sys as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        tp_gold as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

fn timebank(docs: &[Value], show: bool) {
    for (label, timeml) in [("TimeML mode", true), ("contract mode", false)] {
        let (mut gold_n, mut sys_n) = (0, 0);
        let (mut s_sys, mut s_gold, mut r_sys, mut r_gold, mut v_ok) = (0, 0, 0, 0, 0);
        for d in docs {
            let text = d["text"].as_str().unwrap();
            let dct = date(d["dct"].as_str().unwrap());
            let doc = Document::parse(text);
            let sys: Vec<DateMention> = if timeml {
                dates::extract_timeml(&doc, dct)
            } else {
                dates::extract(&doc, dct)
            };
            let gold: Vec<(usize, usize, String, String)> = d["timex3"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| {
                    (
                        t["start"].as_u64().unwrap() as usize,
                        t["end"].as_u64().unwrap() as usize,
                        t["value"].as_str().unwrap_or("").to_string(),
                        t["text"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect();
            gold_n += gold.len();
            sys_n += sys.len();
            let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
            for m in &sys {
                let exact = gold.iter().any(|g| g.0 == m.start && g.1 == m.end);
                let over = gold.iter().find(|g| overlaps((g.0, g.1), (m.start, m.end)));
                s_sys += exact as usize;
                r_sys += over.is_some() as usize;
                if over.is_none() && show && timeml {
                    println!(
                        "FP  {} {:?} {:?} [{}]",
                        d["doc_id"].as_str().unwrap(),
                        m.text,
                        m.value,
                        context(text, m.start, m.end)
                    );
                }
            }
            for g in &gold {
                let exact = sys.iter().any(|m| g.0 == m.start && g.1 == m.end);
                let over: Vec<&DateMention> = sys
                    .iter()
                    .filter(|m| overlaps((g.0, g.1), (m.start, m.end)))
                    .collect();
                s_gold += exact as usize;
                r_gold += (!over.is_empty()) as usize;
                let ok = over
                    .iter()
                    .any(|m| m.value.as_deref() == Some(g.2.as_str()));
                v_ok += ok as usize;
                if show && timeml {
                    if over.is_empty() {
                        println!(
                            "FN  {} {:?} {} [{}]",
                            d["doc_id"].as_str().unwrap(),
                            g.3,
                            g.2,
                            context(text, g.0, g.1)
                        );
                    } else if !exact || !ok {
                        println!(
                            "{} {} gold {:?}={} sys {:?}",
                            if !exact { "SPAN" } else { "VAL " },
                            d["doc_id"].as_str().unwrap(),
                            g.3,
                            g.2,
                            over.iter()
                                .map(|m| (m.text.as_str(), m.value.as_deref()))
                                .collect::<Vec<_>>()
                        );
                    }
                }
            }
        }
        let (sp, sr, sf) = prf(s_sys, sys_n, s_gold, gold_n);
        let (rp, rr, rf) = prf(r_sys, sys_n, r_gold, gold_n);
        let (vp, vr, vf) = prf(v_ok, sys_n, v_ok, gold_n);
        println!("French TimeBank, {label}: {gold_n} gold TIMEX3, {sys_n} system mentions");
        println!("  strict span   P {sp:.3}  R {sr:.3}  F1 {sf:.3}");
        println!("  relaxed span  P {rp:.3}  R {rr:.3}  F1 {rf:.3}");
        println!("  value         P {vp:.3}  R {vr:.3}  F1 {vf:.3}");
    }
}

fn context(text: &str, s: usize, e: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let a = s.saturating_sub(30);
    let b = (e + 30).min(chars.len());
    chars[a..b].iter().collect::<String>().replace('\n', " ")
}

/// The precision of an ISO value: 4 year, 7 month, 10 day, 13 hour, 16 minute.
fn grain_len(g: &str) -> Option<usize> {
    Some(match g {
        "year" => 4,
        "month" => 7,
        "day" => 10,
        "hour" => 13,
        "minute" => 16,
        _ => return None,
    })
}

/// Does our value agree with the expected ISO value at `n` characters?
fn agrees(ours: Option<&str>, exp: &str, n: usize) -> bool {
    let Some(o) = ours else { return false };
    if n <= 10 {
        o.len() >= n && o.get(..n) == exp.get(..n)
    } else {
        // "2013-02-12T14:30" vs "2013-02-12T14:30:00.000-02:00"
        o.len() >= n && o.get(..n) == exp.get(..n)
    }
}

/// Exclusive interval end, back one grain.
fn minus_grain(v: &str, g: &str) -> String {
    let Some(d) = date(v) else { return v.into() };
    let back = match g {
        "day" => d - Duration::days(1),
        "month" => {
            let (y, m) = if d.month() == 1 {
                (d.year() - 1, 12)
            } else {
                (d.year(), d.month() - 1)
            };
            NaiveDate::from_ymd_opt(y, m, 1).unwrap()
        }
        "year" => NaiveDate::from_ymd_opt(d.year() - 1, 1, 1).unwrap(),
        _ => return v.into(),
    };
    format!("{}{}", back.format("%Y-%m-%d"), v.get(10..).unwrap_or(""))
}

/// The mention that covers most of the phrase.
fn main_mention(ms: &[DateMention]) -> Option<&DateMention> {
    ms.iter().max_by_key(|m| m.end - m.start)
}

fn duckling(lines: &[Value], show: bool, prefer: dates::Prefer) {
    let mut by_grain: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    // Single values (not intervals) at day, month or year grain.
    let mut single = (0, 0);
    for l in lines {
        let text = l["text"].as_str().unwrap();
        let reference = date(l["reference"].as_str().unwrap());
        let doc = Document::parse(text);
        let ms = dates::extract_with(&doc, reference, prefer);
        let m = main_mention(&ms);
        let e = &l["expected"];
        let (grain, ok) = if e["type"] == "value" {
            let g = e["grain"].as_str().unwrap().to_string();
            let exp = e["value"].as_str().unwrap();
            let ok =
                grain_len(&g).is_some_and(|n| agrees(m.and_then(|m| m.value.as_deref()), exp, n));
            (g, ok)
        } else {
            let from = &e["from"];
            let to = &e["to"];
            let g = from["grain"]
                .as_str()
                .or(to["grain"].as_str())
                .unwrap_or("?")
                .to_string();
            let n = grain_len(&g);
            let ok = n.is_some_and(|n| {
                // The bounds when the mention has them, else value and end_value.
                let first = m.and_then(|m| m.earliest.as_deref().or(m.value.as_deref()));
                let last = m.and_then(|m| {
                    m.latest
                        .as_deref()
                        .or(m.end_value.as_deref())
                        .or(m.value.as_deref())
                });
                let f_ok = from["value"].as_str().is_none_or(|v| agrees(first, v, n));
                let t_ok = to["value"].as_str().is_none_or(|v| {
                    let v = minus_grain(v, &g);
                    agrees(
                        if from["value"].is_string() {
                            last
                        } else {
                            first
                        },
                        &v,
                        n,
                    )
                });
                f_ok && t_ok
            });
            (g, ok)
        };
        let ent = by_grain.entry(grain.clone()).or_default();
        ent.0 += ok as usize;
        ent.1 += 1;
        if e["type"] == "value" && matches!(grain.as_str(), "day" | "month" | "year") {
            single.0 += ok as usize;
            single.1 += 1;
        }
        if show && !ok && matches!(grain.as_str(), "day" | "month" | "year") {
            println!(
                "MISS [{grain}] {text:?}: expected {} got {:?}",
                e,
                m.map(|m| (&m.text, &m.value, &m.end_value))
            );
        }
    }
    report("Duckling FR time corpus", &by_grain);
    println!(
        "  day+month+year single values (no intervals) {}/{} {:.3}",
        single.0,
        single.1,
        single.0 as f64 / single.1.max(1) as f64
    );
}

fn report(name: &str, by: &BTreeMap<String, (usize, usize)>) {
    println!("{name}: share of phrases whose value agrees at the expected grain");
    let (mut ok, mut n, mut dmy_ok, mut dmy_n) = (0, 0, 0, 0);
    for (g, (a, b)) in by {
        println!("  {g:<8} {a:>4}/{b:<4} {:.3}", *a as f64 / *b as f64);
        ok += a;
        n += b;
        if matches!(g.as_str(), "day" | "month" | "year") {
            dmy_ok += a;
            dmy_n += b;
        }
    }
    println!(
        "  day+month+year {dmy_ok}/{dmy_n} {:.3}; all {ok}/{n} {:.3}",
        dmy_ok as f64 / dmy_n.max(1) as f64,
        ok as f64 / n.max(1) as f64
    );
}

fn chrono_eval(lines: &[Value], show: bool, prefer: dates::Prefer) {
    let mut by_grain: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for l in lines {
        let text = l["text"].as_str().unwrap();
        let reference = l["reference"].as_str().and_then(date);
        let doc = Document::parse(text);
        let ms = dates::extract_with(&doc, reference, prefer);
        let e = &l["expected"];
        if e.is_null() {
            // No calendar value may be found.
            let ok = ms.iter().all(|m| {
                m.value
                    .as_deref()
                    .is_none_or(|v| !v.starts_with(|c: char| c.is_ascii_digit()))
            });
            let ent = by_grain.entry("negative".into()).or_default();
            ent.0 += ok as usize;
            ent.1 += 1;
            if show && !ok {
                println!(
                    "MISS [negative] {text:?}: got {:?}",
                    ms.iter().map(|m| (&m.text, &m.value)).collect::<Vec<_>>()
                );
            }
            continue;
        }
        let c = &e["start_components"];
        let num = |k: &str| c[k].as_i64();
        let grain = if num("minute").is_some() {
            "minute"
        } else if num("hour").is_some() {
            "hour"
        } else if num("day").is_some() {
            "day"
        } else if num("month").is_some() {
            "month"
        } else if num("year").is_some() {
            "year"
        } else {
            "other"
        };
        // Expected value from the components (the date part from
        // `start_date` when the year is implied).
        let sd = e["start_date"].as_str().unwrap_or("");
        let date_part = match (num("year"), num("month"), num("day")) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (Some(y), None, None) => format!("{y:04}"),
            (None, Some(_), _) | (None, None, Some(_)) => sd.get(..10).unwrap_or("").to_string(),
            _ => String::new(),
        };
        let time_part = num("hour").map(|h| format!("T{h:02}:{:02}", num("minute").unwrap_or(0)));
        // Our mention overlapping the expected match.
        let mt = e["matched_text"].as_str().unwrap_or("");
        let idx = e["index"]
            .as_u64()
            .map(|x| x as usize)
            .or_else(|| text.find(mt).map(|b| text[..b].chars().count()))
            .unwrap_or(0);
        let len = mt.chars().count();
        let m = ms
            .iter()
            .filter(|m| m.start < idx + len.max(1) && idx < m.end)
            .max_by_key(|m| m.end - m.start);
        let v = m.and_then(|m| m.value.as_deref()).unwrap_or("");
        let mut ok = m.is_some()
            && (date_part.is_empty() || v.starts_with(&date_part))
            && time_part.as_ref().is_none_or(|t| v.contains(t.as_str()));
        if ok && let Some(ed) = e["end_date"].as_str() {
            let n = date_part.len().min(10);
            ok = agrees(m.and_then(|m| m.end_value.as_deref()), ed, n);
        }
        let exp = format!("{date_part}{}", time_part.clone().unwrap_or_default());
        let ent = by_grain.entry(grain.into()).or_default();
        ent.0 += ok as usize;
        ent.1 += 1;
        if show && !ok {
            println!(
                "MISS [{grain}] {text:?}: expected {exp} ({mt}) got {:?}",
                m.map(|m| (&m.text, &m.value, &m.end_value))
            );
        }
    }
    report("chrono FR tests", &by_grain);
}
