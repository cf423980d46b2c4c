//! The distributed example: examples/spark/depeche_spark.py pipes a JSONL
//! corpus through the binary with Spark's RDD.pipe, in local mode. Runs where
//! pyspark and Java are installed; says SKIPPED otherwise.

use std::process::Command;

fn have(cmd: &str, args: &[&str]) -> bool {
    Command::new(cmd)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn spark_rdd_pipe_example() {
    if !have("python3", &["-c", "import pyspark"]) || !have("java", &["-version"]) {
        eprintln!("SKIPPED spark_rdd_pipe_example: pyspark or java is not installed");
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("depeche");
    let out = tempfile::tempdir().unwrap();
    let dest = out.path().join("run");
    // Two good documents from the fixtures plus a malformed line.
    let sample = std::fs::read_to_string("fixtures/wikinews/sample.jsonl").unwrap();
    let corpus = out.path().join("corpus.jsonl");
    std::fs::write(&corpus, format!("{sample}{{not json\n")).unwrap();
    let run = Command::new("python3")
        .arg("examples/spark/depeche_spark.py")
        .arg(&corpus)
        .arg(&dest)
        .arg("--bin")
        .arg(&bin)
        .args(["--partitions", "2", "--master", "local[2]"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("5 lines, 4 documents") && stdout.contains("1 errors"),
        "{stdout}"
    );
    let events = std::fs::read_to_string(dest.join("events.jsonl")).unwrap();
    for line in events.lines() {
        let row: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(row["source"].as_str().unwrap().starts_with("winer-fr:"));
        assert!(row["type"].is_string());
    }
    let errors = std::fs::read_to_string(dest.join("errors.jsonl")).unwrap();
    // Line numbers count within each partition's stream (see the README).
    assert!(errors.contains("\"source\": \"line "), "{errors}");
    // The full documents, one JSON line each, in Spark's part files.
    let mut docs = 0;
    for part in std::fs::read_dir(dest.join("documents")).unwrap() {
        let p = part.unwrap().path();
        if p.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("part-")
        {
            docs += std::fs::read_to_string(p).unwrap().lines().count();
        }
    }
    assert_eq!(docs, 4);
}
