//! The command line of CONTRACT.md: inputs (files, folders, `-`, piped
//! stdin, JSONL), formats, options and exit statuses.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const DISPATCH: &str = "fixtures/wikinews/2016_03_20-001.txt";

fn depeche() -> Command {
    Command::cargo_bin("depeche").unwrap()
}

/// Parse a stream of JSON values (pretty or one per line).
fn stream(out: &[u8]) -> Vec<Value> {
    serde_json::Deserializer::from_slice(out)
        .into_iter::<Value>()
        .collect::<Result<_, _>>()
        .expect("stdout is a stream of JSON values and nothing else")
}

fn sources(out: &[u8]) -> Vec<String> {
    stream(out)
        .iter()
        .map(|d| d["source"].as_str().unwrap().to_string())
        .collect()
}

fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

#[test]
fn one_file_default_json_when_piped() {
    let out = depeche()
        .arg(DISPATCH)
        .assert()
        .success()
        .get_output()
        .clone();
    let docs = stream(&out.stdout);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["schema_version"], "1");
    assert_eq!(docs[0]["source"], DISPATCH);
    // Pretty-printed: several lines for one document.
    assert!(out.stdout.iter().filter(|&&b| b == b'\n').count() > 5);
}

#[test]
fn format_jsonl_is_one_line_per_document() {
    let out = depeche()
        .args(["--format", "jsonl", "fixtures/wikinews"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4);
    for l in lines {
        let v: Value = serde_json::from_str(l).unwrap();
        assert!(v["source"].as_str().unwrap().ends_with(".txt"));
    }
}

#[test]
fn format_json_is_a_stream_jq_reads() {
    let out = depeche()
        .args(["--format", "json", DISPATCH, DISPATCH])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(stream(&out).len(), 2);
}

#[test]
fn format_table_names_the_source() {
    depeche()
        .args(["--format", "table", DISPATCH])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(DISPATCH));
}

#[test]
fn bad_format_is_usage_error() {
    depeche()
        .args(["--format", "xml", DISPATCH])
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn unknown_option_is_usage_error() {
    depeche().args(["--frobnicate", DISPATCH]).assert().code(2);
}

#[test]
fn help_and_version() {
    depeche()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("--input-format").and(predicate::str::contains("--jobs")));
    depeche()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("depeche "));
}

#[test]
fn folder_is_walked_recursively_in_sorted_order() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "b.txt", "Deux.");
    write(d, "a/z.txt", "Un.");
    write(d, "a/b/c.txt", "Zéro.");
    write(d, "c.md", "Ignoré.");
    write(d, "notes.TXT", "Casse.");
    write(d, ".cache/x.txt", "Caché.");
    write(d, ".hidden.txt", "Caché.");
    let out = depeche()
        .arg(d)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rel: Vec<String> = sources(&out)
        .into_iter()
        .map(|s| s.strip_prefix(&*d.to_string_lossy()).unwrap().to_string())
        .collect();
    assert_eq!(
        rel,
        vec![
            "/.cache/x.txt",
            "/.hidden.txt",
            "/a/b/c.txt",
            "/a/z.txt",
            "/b.txt",
            "/notes.TXT"
        ]
    );
}

#[test]
fn ext_chooses_extensions() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "Un.");
    write(dir.path(), "b.md", "Deux.");
    write(dir.path(), "c.text", "Trois.");
    let out = depeche()
        .args(["--ext", "md,text"])
        .arg(dir.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let names: Vec<String> = sources(&out)
        .iter()
        .map(|s| {
            Path::new(s)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .to_string()
        })
        .collect();
    assert_eq!(names, vec!["b.md", "c.text"]);
}

#[test]
fn skip_hidden_leaves_hidden_entries_out() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".cache/x.txt", "Caché.");
    write(dir.path(), "._y.txt", "Caché.");
    write(dir.path(), "y.txt", "Visible.");
    let out = depeche()
        .arg("--skip-hidden")
        .arg(dir.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(sources(&out).len(), 1);
}

#[test]
fn explicit_file_is_read_whatever_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "note.dat", "Le 5 mai.");
    depeche()
        .arg(dir.path().join("note.dat"))
        .assert()
        .success();
}

#[test]
fn dash_reads_stdin() {
    let out = depeche()
        .args(["--format", "jsonl", "-"])
        .write_stdin("Le 6 janvier 2021, à Paris.")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let docs = stream(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["source"], "-");
}

#[test]
fn piped_stdin_without_path() {
    let out = depeche()
        .write_stdin("Un texte.\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(sources(&out), vec!["-"]);
}

#[test]
fn files_and_stdin_keep_their_order() {
    let out = depeche()
        .args(["-j", "2", DISPATCH, "-", DISPATCH])
        .write_stdin("Au milieu.")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(sources(&out), vec![DISPATCH, "-", DISPATCH]);
}

#[test]
fn ref_date_is_used() {
    let out = depeche()
        .args(["--ref-date", "2021-01-06", "-"])
        .write_stdin("Hier, il pleuvait.")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let d = &stream(&out)[0];
    assert_eq!(d["reference_date"], "2021-01-06");
    assert_eq!(d["reference_date_origin"], "argument");
}

#[test]
fn bad_ref_date_is_usage_error() {
    depeche()
        .args(["--ref-date", "06/01/2021", DISPATCH])
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn jsonl_input_one_line_per_line_in_order() {
    let input = concat!(
        r#"{"id": "a", "text": "Le 6 janvier, à Paris.", "date": "2021-01-07"}"#,
        "\n",
        "not json\n",
        "\n",
        r#"{"id": 42, "text": "Hier."}"#,
        "\r\n",
        r#"{"id": "no-text"}"#,
        "\n",
        r#"{"text": "Sans identifiant."}"#,
        "\n"
    );
    let out = depeche()
        .args([
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "--ref-date",
            "2020-01-01",
            "-j",
            "2",
        ])
        .write_stdin(input)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("-: line 2: invalid JSON"))
        .get_output()
        .clone();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 6, "one output line per input line: {text}");
    assert_eq!(lines[0]["source"], "a");
    // The line's date wins over --ref-date.
    assert_eq!(lines[0]["reference_date"], "2021-01-07");
    assert_eq!(lines[0]["reference_date_origin"], "argument");
    assert_eq!(lines[1]["source"], "line 2");
    assert!(lines[1]["error"].as_str().unwrap().contains("invalid JSON"));
    assert_eq!(lines[2]["error"], "empty line");
    assert_eq!(lines[3]["source"], "42");
    assert_eq!(lines[3]["reference_date"], "2020-01-01");
    assert_eq!(lines[4]["source"], "no-text");
    assert!(lines[4]["error"].is_string());
    assert_eq!(lines[5]["source"], "line 6");
    assert!(lines[5]["error"].is_null());
}

#[test]
fn jsonl_input_from_files_and_missing_file() {
    let out = depeche()
        .args([
            "--input-format",
            "jsonl",
            "fixtures/wikinews/sample.jsonl",
            "missing.jsonl",
            "fixtures/wikinews/sample.jsonl",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("missing.jsonl: cannot open"))
        .get_output()
        .stdout
        .clone();
    let ids = sources(&out);
    assert_eq!(ids.len(), 8);
    assert_eq!(ids[0], "winer-fr:2016_01_04-002");
    assert_eq!(ids[4], "winer-fr:2016_01_04-002");
}

#[test]
fn jsonl_input_with_json_output_is_pretty() {
    let out = depeche()
        .args(["--input-format", "jsonl", "--format", "json"])
        .write_stdin("{\"id\": \"x\", \"text\": \"Un.\"}\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(sources(&out), vec!["x"]);
    assert!(out.iter().filter(|&&b| b == b'\n').count() > 3);
}

#[test]
fn jobs_do_not_change_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(DISPATCH).unwrap();
    for i in 0..40 {
        // Documents of varied sizes, so that workers finish out of order.
        write(
            dir.path(),
            &format!("d{i:02}.txt"),
            text.repeat(1 + (i * 7) % 5),
        );
    }
    let run = |jobs: &str| {
        depeche()
            .args(["--format", "jsonl", "-j", jobs])
            .arg(dir.path())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let one = run("1");
    assert_eq!(stream(&one).len(), 40);
    assert_eq!(one, run("2"));
    assert_eq!(one, run("3"));
}

#[test]
fn jobs_zero_is_usage_error() {
    depeche().args(["--jobs", "0", DISPATCH]).assert().code(2);
}

#[test]
fn summary_on_stderr_and_quiet() {
    depeche().arg(DISPATCH).assert().success().stderr(
        predicate::str::is_match(
            r"^depeche: 1 document, \d+ events?, \d+ tolls?, 0 errors, [0-9.]+ s, [0-9.]+ MB/s\n$",
        )
        .unwrap(),
    );
    depeche()
        .args(["-q", DISPATCH])
        .assert()
        .success()
        .stderr("");
}

#[test]
fn quiet_keeps_errors_but_not_warnings() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "latin.txt", b"No\xebl \xe0 Besan\xe7on");
    write(dir.path(), "bin.txt", b"\x00\x01\x02");
    depeche().arg("-q").arg(dir.path()).assert().code(1).stderr(
        predicate::str::contains("bin.txt: binary file")
            .and(predicate::str::contains("windows-1252").not())
            .and(predicate::str::contains("documents").not()),
    );
}

#[test]
fn exit_status_one_when_an_input_failed_and_others_printed() {
    let out = depeche()
        .args([DISPATCH, "does-not-exist.txt", DISPATCH])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "depeche: does-not-exist.txt: cannot open",
        ))
        .get_output()
        .stdout
        .clone();
    assert_eq!(sources(&out), vec![DISPATCH, DISPATCH]);
}

#[test]
fn print_schema_is_the_committed_schema() {
    let out = depeche()
        .arg("--print-schema")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let printed: Value = serde_json::from_slice(&out).unwrap();
    let committed: Value =
        serde_json::from_str(&std::fs::read_to_string("schema/depeche.schema.json").unwrap())
            .unwrap();
    assert_eq!(printed, committed);
}

#[test]
fn crlf_and_bom_keep_offsets_on_the_decoded_text() {
    let text = "Titre de la dépêche\r\n\r\nLe 6 janvier 2021, à Paris.\r\n";
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    let out = depeche()
        .args(["--format", "jsonl", "-"])
        .write_stdin(bytes)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let d = &stream(&out)[0];
    assert_eq!(d["title"], "Titre de la dépêche");
    let chars: Vec<char> = text.chars().collect();
    let p = &d["paragraphs"][1];
    let (s, e) = (
        p["start"].as_u64().unwrap() as usize,
        p["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        chars[s..e].iter().collect::<String>(),
        "Le 6 janvier 2021, à Paris."
    );
}

#[test]
fn windows_1252_is_decoded_with_a_warning_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "cp.txt", b"\x93No\xebl\x94 \xe0 Besan\xe7on");
    let out = depeche()
        .arg(dir.path().join("cp.txt"))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "cp.txt: not valid UTF-8, decoded as windows-1252",
        ))
        .get_output()
        .stdout
        .clone();
    assert_eq!(stream(&out)[0]["paragraphs"][0]["end"], 17);
    assert_eq!(stream(&out)[0]["title"], "“Noël” à Besançon");
}

/// `--prefer-dates` reads a date with no tense cue ahead or back; the
/// bounds of every resolved date come with it.
#[test]
fn prefer_dates_and_date_bounds() {
    let value = |prefer: &str| -> Value {
        let out = depeche()
            .args(["--ref-date", "2013-02-12", "--prefer-dates", prefer, "-"])
            .write_stdin("Agenda : réunion le 31 octobre, bilan fin mars.")
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        stream(&out).remove(0)["dates"].clone()
    };
    let near = value("nearest");
    assert_eq!(near[0]["value"], "2012-10-31");
    assert_eq!(near[0]["earliest"], "2012-10-31");
    assert_eq!(near[1]["value"], "2013-03");
    assert_eq!(near[1]["earliest"], "2013-03-21");
    assert_eq!(near[1]["latest"], "2013-03-31");
    assert_eq!(value("future")[0]["value"], "2013-10-31");
    depeche()
        .args(["--prefer-dates", "tomorrow", "-"])
        .write_stdin("x")
        .assert()
        .code(2);
}
