//! `claimscan scan` end to end: formats, bad input, counts, exit codes,
//! determinism. Each test runs the real binary in a scratch directory and
//! reads the tables back as CSV.
#![cfg(feature = "cli")]

mod util;

use std::io::Write;

use util::{read_csv, root, run, run_with_stdin, stderr, Scratch};

/// Scans `inputs` into `out` as CSV; returns the process output.
fn scan_csv(out: &std::path::Path, inputs: &[&str], extra: &[&str]) -> std::process::Output {
    let mut args = vec!["scan", "-q", "--format", "csv", "-o"];
    let out = out.to_str().expect("utf-8 path");
    args.push(out);
    args.extend_from_slice(extra);
    args.extend_from_slice(inputs);
    run(&args)
}

fn jsonl_line(id: &str, text: &str) -> String {
    serde_json::json!({"id": id, "source": "Test Wire", "date": "2026-03-01", "title": id, "text": text})
        .to_string()
}

fn good_jsonl(n: usize) -> String {
    (0..n)
        .map(|i| {
            jsonl_line(
                &format!("doc-{i}"),
                &format!("Story {i}. Over {i},000 people left."),
            ) + "\n"
        })
        .collect()
}

#[test]
fn sample_data_scans_every_format_without_errors() {
    let s = Scratch::new();
    let out = s.join("out");
    let o = scan_csv(&out, &[root().join("sample-data").to_str().unwrap()], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let articles = read_csv(&out.join("articles.csv"));
    let errors = read_csv(&out.join("errors.csv"));
    assert_eq!(articles.len(), 22, "22 invented articles");
    assert!(errors.is_empty(), "no errors: {errors:?}");
    let by_id = |id: &str| {
        articles
            .iter()
            .find(|a| a["doc_id"] == id)
            .unwrap_or_else(|| panic!("{id} missing"))
    };
    // JSONL (default field names), CSV (published/headline/body), JSON
    // array (outlet/published/content), gzip JSONL.
    assert_eq!(by_id("mw-001")["source"], "Meridian Wire");
    assert_eq!(by_id("mw-001")["published"], "2026-03-09");
    assert_eq!(by_id("mw-001")["published_from"], "field");
    assert_eq!(by_id("vp-002")["source"], "Valley Post");
    assert_eq!(
        by_id("vp-002")["title"],
        "Farmers say $32 billion flood package leaves them short"
    );
    assert_eq!(by_id("hl-002")["source"], "The Harbor Ledger");
    assert_eq!(by_id("hl-002")["published"], "2026-03-11");
    assert_eq!(by_id("nc-001")["source"], "Northfield Courier");
    // HTML: title from <h1>, outlet and date from meta tags.
    let html = articles
        .iter()
        .find(|a| a["doc_id"].ends_with("2026-03-14-jobless-rate.html"))
        .expect("html article");
    assert_eq!(html["source"], "Coastline Daily News");
    assert_eq!(html["published"], "2026-03-14");
    assert!(html["title"].starts_with("Jobless rate jumps to 4.7"));
    // Markdown: title without '#'.
    let md = articles
        .iter()
        .find(|a| a["doc_id"].ends_with("teachers-pay-explainer.md"))
        .expect("md article");
    assert!(!md["title"].starts_with('#'), "{}", md["title"]);
    // No metadata: the date line in the text gives the date.
    let note = articles
        .iter()
        .find(|a| a["doc_id"].ends_with("brennick-union-meeting.txt"))
        .expect("txt article");
    assert_eq!(
        (note["published"].as_str(), note["published_from"].as_str()),
        ("2026-03-17", "text")
    );
    let undated = articles
        .iter()
        .find(|a| a["doc_id"].ends_with("teachers-pay-explainer.md"))
        .expect("md article");
    assert_eq!(
        (
            undated["published"].as_str(),
            undated["published_from"].as_str()
        ),
        ("", "none")
    );
    // The counts are printed and reconcile.
    assert!(
        stderr(&o).contains("22 articles + 0 errors = 22"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn html_boilerplate_is_not_article_text() {
    use claimscan::ingest::{read_source, IngestOptions, Item, Source};
    let page = root().join("sample-data/coastline/2026-03-10-port-ellis-flood.html");
    let mut docs = Vec::new();
    read_source(
        &Source::File(page),
        &IngestOptions::default(),
        &mut |item| {
            if let Item::Doc(d) = item {
                docs.push(d);
            }
        },
    );
    assert_eq!(docs.len(), 1);
    let text = &docs[0].text;
    // sample-data/README lists these figures as planted in the page's
    // navigation, aside, footer and scripts only.
    for boilerplate in [
        "$4.99",
        "since 1911",
        "14 Harbour Parade",
        "$1.99",
        "<script",
        "{",
    ] {
        assert!(
            !text.contains(boilerplate),
            "{boilerplate:?} leaked into the text"
        );
    }
    assert!(text.contains("Port Ellis"), "the body is kept");
    assert!(
        text.contains('\u{2019}') || text.contains('&'),
        "entities are decoded"
    );
    assert!(!text.contains("&amp;") && !text.contains("&#8217;"));
}

#[test]
fn a_page_whose_body_never_names_its_headline_is_off_topic() {
    let s = Scratch::new();
    let line = |id: &str, title: &str, text: &str| {
        serde_json::json!({"id": id, "title": title, "text": text}).to_string() + "\n"
    };
    let input = s.path().join("pages.jsonl");
    std::fs::write(
        &input,
        line(
            "chrome",
            "Three wounded in Elm Street shooting",
            "Sign in to read on. 5 people have commented, and 12 more are typing.",
        ) + &line(
            "article",
            "Three wounded in Elm Street shooting",
            "Three people were wounded on Elm Street, police said.",
        ),
    )
    .expect("write input");
    let out = s.path().join("out");
    let o = scan_csv(&out, &[input.to_str().expect("utf-8 path")], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let a = read_csv(&out.join("articles.csv"));
    let off: Vec<(&str, &str)> = a
        .iter()
        .map(|r| (r["doc_id"].as_str(), r["off_topic"].as_str()))
        .collect();
    assert_eq!(off, [("chrome", "true"), ("article", "false")]);
    // The chrome's figures are kept, marked as not the article.
    let c = read_csv(&out.join("claims.csv"));
    let marks: Vec<(&str, &str, &str)> = c
        .iter()
        .map(|r| {
            (
                r["doc_id"].as_str(),
                r["surface"].as_str(),
                r["boilerplate"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        marks,
        [
            ("chrome", "5", "true"),
            ("chrome", "12", "true"),
            ("article", "Three", "false"),
        ]
    );
}

#[test]
fn malformed_jsonl_line_becomes_an_error_row_and_the_rest_is_kept() {
    let s = Scratch::new();
    let mut body = good_jsonl(3);
    body.push_str("{\"id\": \"broken\", \"text\": \"unterminated\n");
    body.push_str(&jsonl_line("after", "Kept after the bad line."));
    body.push('\n');
    body.push_str("[1, 2]\n");
    let input = s.write("mixed.jsonl", body);
    let out = s.join("out");
    let o = scan_csv(&out, &[input.to_str().unwrap()], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ids: Vec<String> = read_csv(&out.join("articles.csv"))
        .into_iter()
        .map(|a| a["doc_id"].clone())
        .collect();
    assert_eq!(ids, ["doc-0", "doc-1", "doc-2", "after"]);
    let errors = read_csv(&out.join("errors.csv"));
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0]["kind"], "malformed_json");
    assert_eq!(errors[0]["line"], "4");
    assert!(errors[0]["input"].ends_with("mixed.jsonl"));
    assert!(
        errors[0]["message"].contains("mixed.jsonl:4"),
        "{}",
        errors[0]["message"]
    );
    assert_eq!(errors[1]["line"], "6");
    assert!(errors[1]["message"].contains("expected a JSON object"));
    assert!(
        stderr(&o).contains("4 articles + 2 errors = 6"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn missing_and_empty_text_fields_are_errors_with_their_ids() {
    let s = Scratch::new();
    let body = format!(
        "{}\n{{\"id\": \"no-text\", \"title\": \"x\"}}\n{{\"id\": \"blank\", \"text\": \"   \"}}\n",
        jsonl_line("ok", "Fine.")
    );
    let input = s.write("fields.jsonl", body);
    let out = s.join("out");
    let o = scan_csv(&out, &[input.to_str().unwrap()], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let errors = read_csv(&out.join("errors.csv"));
    let kinds: Vec<(&str, &str, &str)> = errors
        .iter()
        .map(|e| (e["doc_id"].as_str(), e["kind"].as_str(), e["line"].as_str()))
        .collect();
    assert_eq!(
        kinds,
        [("no-text", "missing_text", "2"), ("blank", "empty", "3")]
    );
}

#[test]
fn field_names_can_be_chosen() {
    let s = Scratch::new();
    let input = s.write(
        "custom.csv",
        "key,outlet_name,day,story\nk1,Gazette,2026-02-03,\"Prices rose 3%. Mr. Lee said so.\"\n",
    );
    let out = s.join("out");
    let o = scan_csv(
        &out,
        &[input.to_str().unwrap()],
        &[
            "--text-field",
            "story",
            "--id-field",
            "key",
            "--date-field",
            "day",
            "--source-field",
            "outlet_name",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let a = read_csv(&out.join("articles.csv"));
    assert_eq!(a.len(), 1);
    assert_eq!(
        (
            a[0]["doc_id"].as_str(),
            a[0]["source"].as_str(),
            a[0]["published"].as_str(),
            a[0]["n_sentences"].as_str()
        ),
        ("k1", "Gazette", "2026-02-03", "2")
    );
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let s = Scratch::new();
    let mut bytes = b"Caf\xe9 prices rose by 20 percent.\n".to_vec();
    bytes.extend_from_slice(b"Second sentence here.");
    let txt = s.write("latin1.txt", &bytes);
    let mut line = br#"{"id": "bad-utf8", "text": "Na"#.to_vec();
    line.extend_from_slice(b"\xff\xfe");
    line.extend_from_slice(b"ve text.\"}\n");
    let jsonl = s.write("latin1.jsonl", &line);
    let out = s.join("out");
    let o = scan_csv(&out, &[txt.to_str().unwrap(), jsonl.to_str().unwrap()], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let articles = read_csv(&out.join("articles.csv"));
    assert_eq!(articles.len(), 2, "both documents are kept");
    let errors = read_csv(&out.join("errors.csv"));
    assert_eq!(errors.len(), 2);
    for e in &errors {
        assert_eq!(
            (e["kind"].as_str(), e["severity"].as_str()),
            ("invalid_utf8", "warning")
        );
    }
    assert_eq!(errors[1]["doc_id"], "bad-utf8");
    assert_eq!(errors[1]["line"], "1");
    assert!(
        stderr(&o).contains("2 articles + 0 errors = 2 (2 warnings)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn empty_and_binary_files_are_error_rows() {
    let s = Scratch::new();
    let empty = s.write("empty.txt", "");
    let blank = s.write("blank.jsonl", "\n\n  \n");
    let binary = s.write(
        "image.txt",
        [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0, 1, 2, 3],
    );
    let good = s.write("good.txt", "Title\n\nA real article.");
    let out = s.join("out");
    let o = scan_csv(
        &out,
        &[
            empty.to_str().unwrap(),
            blank.to_str().unwrap(),
            binary.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        &[],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let kinds: Vec<String> = read_csv(&out.join("errors.csv"))
        .into_iter()
        .map(|e| e["kind"].clone())
        .collect();
    assert_eq!(kinds, ["empty", "empty", "binary"]);
    assert_eq!(read_csv(&out.join("articles.csv")).len(), 1);
}

#[test]
fn truncated_gzip_and_zstd_keep_what_was_read() {
    let s = Scratch::new();
    // Large enough for many zstd blocks: a decoder yields nothing of a
    // block it has not received whole.
    let body = good_jsonl(20_000);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(body.as_bytes()).expect("gzip");
    let gz = gz.finish().expect("gzip");
    let zst = zstd::encode_all(body.as_bytes(), 3).expect("zstd");
    let gz_path = s.write("cut.jsonl.gz", &gz[..gz.len() / 2]);
    let zst_path = s.write("cut.jsonl.zst", &zst[..zst.len() / 2]);
    // The same stream without the extension is recognised by its magic bytes.
    let magic = s.write("nozip.jsonl", &gz);
    for (path, whole) in [(&gz_path, false), (&zst_path, false), (&magic, true)] {
        let out = s.join(&format!(
            "out-{}",
            path.file_name().unwrap().to_string_lossy()
        ));
        let o = scan_csv(&out, &[path.to_str().unwrap()], &[]);
        assert!(o.status.success(), "{}", stderr(&o));
        let articles = read_csv(&out.join("articles.csv"));
        let errors = read_csv(&out.join("errors.csv"));
        if whole {
            assert_eq!(articles.len(), 20_000);
            assert!(errors.is_empty());
            continue;
        }
        assert!(
            articles.len() > 1000 && articles.len() < 20_000,
            "{}: kept {} documents read before the cut",
            path.display(),
            articles.len()
        );
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0]["kind"], "truncated", "{:?}", errors[0]);
        let line: usize = errors[0]["line"].parse().expect("line number");
        assert_eq!(
            line,
            articles.len() + 1,
            "the error names the first lost line"
        );
    }
}

#[test]
fn a_missing_trailer_keeps_everything_with_a_warning() {
    let s = Scratch::new();
    let body = good_jsonl(2_000);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(body.as_bytes()).expect("gzip");
    let gz = gz.finish().expect("gzip");
    let mut zst = zstd::stream::write::Encoder::new(Vec::new(), 3).expect("zstd");
    zst.include_checksum(true).expect("zstd checksum");
    zst.write_all(body.as_bytes()).expect("zstd");
    let zst = zst.finish().expect("zstd");
    let html = "<html><head><title>Ferry fares</title></head><body><p>Fares rise by 12 percent.</p></body></html>";
    let mut html_gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    html_gz.write_all(html.as_bytes()).expect("gzip");
    let html_gz = html_gz.finish().expect("gzip");
    // gzip's trailer is 8 bytes (CRC-32 and size); zstd's checksum 4.
    let cases = [
        (s.write("a.jsonl.gz", &gz[..gz.len() - 8]), 2_000),
        (s.write("b.jsonl.gz", &gz[..gz.len() - 3]), 2_000),
        (s.write("c.jsonl.zst", &zst[..zst.len() - 4]), 2_000),
        (s.write("d.html.gz", &html_gz[..html_gz.len() - 8]), 1),
    ];
    for (path, n) in cases {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let out = s.join(&format!("out-{name}"));
        let o = scan_csv(&out, &[path.to_str().unwrap()], &[]);
        assert!(o.status.success(), "{}", stderr(&o));
        let articles = read_csv(&out.join("articles.csv"));
        let errors = read_csv(&out.join("errors.csv"));
        assert_eq!(articles.len(), n, "{name}: every document kept");
        assert_eq!(errors.len(), 1, "{name}: {errors:?}");
        assert_eq!(errors[0]["kind"], "truncated", "{name}");
        assert_eq!(errors[0]["severity"], "warning", "{name}");
        assert_eq!(errors[0]["line"], "", "{name}: about the whole file");
    }
}

#[test]
fn csv_cells_that_would_run_as_formulas_open_as_text() {
    let s = Scratch::new();
    let line = serde_json::json!({
        "id": "-7",
        "title": "=HYPERLINK(\"http://x.example\",\"click\")",
        "source": "@wire",
        "date": "2026-03-01",
        "text": "+44 callers reported 12 fires on Monday.",
    })
    .to_string();
    let input = s.write("formula.jsonl", line + "\n");
    let out = s.join("out");
    let o = run([
        "scan",
        "-q",
        "--format",
        "csv",
        "--format",
        "parquet",
        "-o",
        out.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let articles = read_csv(&out.join("articles.csv"));
    assert_eq!(
        articles[0]["title"],
        "'=HYPERLINK(\"http://x.example\",\"click\")"
    );
    assert_eq!(articles[0]["source"], "'@wire");
    assert_eq!(articles[0]["doc_id"], "'-7");
    assert!(
        !articles[0]["input"].starts_with('\''),
        "claimscan's own text"
    );
    // Reading the CSV scan back undoes the guard: the same rows as Parquet.
    let csv_only = s.join("csv-only");
    std::fs::create_dir_all(&csv_only).expect("mkdir");
    for t in ["articles", "claims"] {
        std::fs::copy(
            out.join(format!("{t}.csv")),
            csv_only.join(format!("{t}.csv")),
        )
        .expect("copy");
    }
    let query = "SELECT doc_id, source, title FROM articles";
    let from_csv = run(["sql", csv_only.to_str().unwrap(), query, "--csv"]);
    let from_parquet = run(["sql", out.to_str().unwrap(), query, "--csv"]);
    assert!(from_csv.status.success(), "{}", stderr(&from_csv));
    assert!(from_parquet.status.success(), "{}", stderr(&from_parquet));
    let text = String::from_utf8_lossy(&from_csv.stdout);
    assert!(text.contains("-7,@wire,"), "{text}");
    assert_eq!(text, String::from_utf8_lossy(&from_parquet.stdout));
}

#[test]
fn unreadable_inputs_are_reported_and_the_run_goes_on() {
    let s = Scratch::new();
    let good = s.write("dir/good.jsonl", good_jsonl(2));
    std::os::unix::fs::symlink(s.join("nowhere.txt"), s.join("dir/dangling.txt")).expect("symlink");
    let missing = s.join("missing.jsonl");
    let out = s.join("out");
    let o = scan_csv(
        &out,
        &[s.join("dir").to_str().unwrap(), missing.to_str().unwrap()],
        &[],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(good.exists());
    assert_eq!(read_csv(&out.join("articles.csv")).len(), 2);
    let errors = read_csv(&out.join("errors.csv"));
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors.iter().all(|e| e["kind"] == "read_error"));
    assert!(errors.iter().any(|e| e["input"].ends_with("dangling.txt")));
    assert!(errors
        .iter()
        .any(|e| e["input"].ends_with("missing.jsonl") && e["message"].contains("No such file")));
}

#[test]
fn nothing_readable_exits_1_and_still_writes_the_errors_table() {
    let s = Scratch::new();
    std::fs::create_dir_all(s.join("nothing")).expect("mkdir");
    s.write("nothing/notes.docx", "not supported");
    s.write("nothing/image.png", [0u8, 1, 2]);
    let out = s.join("out");
    let o = scan_csv(&out, &[s.join("nothing").to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("no readable input"));
    let errors = read_csv(&out.join("errors.csv"));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["kind"], "no_supported_files");
    assert!(errors[0]["message"].contains("no supported file"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(["scan"]).status.code(), Some(2), "no input, no -o");
    assert_eq!(
        run(["scan", "x", "-o", "y", "--format", "xlsx"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run(["frobnicate"]).status.code(), Some(2));
    let s = Scratch::new();
    let o = run([
        "scan",
        "-q",
        "-o",
        s.join("o").to_str().unwrap(),
        "--extractors",
        "nope",
        "x",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown extractor"));
}

#[test]
fn unwritable_output_exits_1_without_partial_tables() {
    let s = Scratch::new();
    let input = s.write("a.jsonl", good_jsonl(3));
    let blocker = s.write("out-is-a-file", "x");
    let o = scan_csv(&blocker, &[input.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("cannot create output directory"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_single_100_mb_line_is_one_document() {
    let s = Scratch::new();
    // Ingest is what is tested here, so extraction is switched off: a
    // debug build would spend most of the test extracting.
    let text = "the river rose and the town waited ".repeat(100 * 1024 * 1024 / 35 + 1);
    let mut body = jsonl_line("huge", &text);
    body.push('\n');
    body.push_str(&jsonl_line("small", "A small one."));
    body.push('\n');
    let input = s.write("huge.jsonl", body);
    let out = s.join("out");
    let o = scan_csv(&out, &[input.to_str().unwrap()], &["--extractors", "none"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let articles = read_csv(&out.join("articles.csv"));
    assert_eq!(articles.len(), 2);
    assert_eq!(articles[0]["bytes"], text.len().to_string());
    assert!(text.len() >= 100 * 1024 * 1024);
}

#[test]
fn stdin_globs_and_compressed_inputs_mix() {
    let s = Scratch::new();
    s.write("a/one.jsonl", good_jsonl(2));
    s.write("a/two.jsonl", good_jsonl(3).replace("doc-", "two-"));
    let out = s.join("out");
    let pattern = format!("{}/a/*.jsonl", s.path().display());
    let o = run_with_stdin(
        &[
            "scan",
            "-q",
            "--format",
            "csv",
            "-o",
            out.to_str().unwrap(),
            &pattern,
            "-",
        ],
        format!("{}\n", jsonl_line("from-stdin", "Piped in.")).as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let articles = read_csv(&out.join("articles.csv"));
    let ids: Vec<&str> = articles.iter().map(|a| a["doc_id"].as_str()).collect();
    assert_eq!(
        ids,
        ["doc-0", "doc-1", "two-0", "two-1", "two-2", "from-stdin"]
    );
    assert_eq!(articles[5]["input"], "-:1");
}

#[test]
fn output_does_not_depend_on_thread_count() {
    let s = Scratch::new();
    let sample = root().join("sample-data");
    let mut outputs = Vec::new();
    for threads in ["1", "2", "3"] {
        let out = s.join(&format!("out-{threads}"));
        let o = scan_csv(&out, &[sample.to_str().unwrap()], &["--threads", threads]);
        assert!(o.status.success(), "{}", stderr(&o));
        let tables: Vec<String> = [
            "articles", "claims", "dates", "entities", "quotes", "errors",
        ]
        .iter()
        .map(|t| std::fs::read_to_string(out.join(format!("{t}.csv"))).expect("table"))
        .collect();
        outputs.push(tables);
    }
    assert_eq!(outputs[0], outputs[1]);
    assert_eq!(outputs[0], outputs[2]);
}

#[test]
fn all_formats_are_written_and_no_partial_file_remains() {
    let s = Scratch::new();
    let input = s.write("a.jsonl", good_jsonl(5));
    let out = s.join("out");
    let o = run([
        "scan",
        "-q",
        "-o",
        out.to_str().unwrap(),
        "--format",
        "parquet",
        "--format",
        "csv",
        "--format",
        "jsonl",
        input.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .expect("out dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut want = Vec::new();
    for t in [
        "articles", "claims", "dates", "entities", "errors", "quotes",
    ] {
        for ext in ["csv", "jsonl", "parquet"] {
            want.push(format!("{t}.{ext}"));
        }
    }
    want.sort();
    assert_eq!(names, want);
    let sql = run([
        "sql",
        out.to_str().unwrap(),
        "--csv",
        "SELECT doc_id, n_sentences FROM articles ORDER BY doc_id LIMIT 2",
    ]);
    assert!(sql.status.success(), "{}", stderr(&sql));
    assert_eq!(
        String::from_utf8_lossy(&sql.stdout),
        "doc_id,n_sentences\ndoc-0,2\ndoc-1,2\n"
    );
}

#[test]
fn a_format_given_twice_is_written_once() {
    let s = Scratch::new();
    let input = s.write("a.jsonl", good_jsonl(2));
    let out = s.join("out");
    let o = run([
        "scan",
        "-q",
        "-o",
        out.to_str().unwrap(),
        "--format",
        "csv",
        "--format",
        "jsonl",
        "--format",
        "csv",
        input.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let articles = read_csv(&out.join("articles.csv"));
    assert_eq!(articles.len(), 2);
    assert!(out.join("articles.jsonl").is_file());
}

#[test]
fn json_arrays_keep_good_records_and_name_bad_ones() {
    let s = Scratch::new();
    let input = s.write(
        "array.json",
        r#"[
  {"id": 7, "outlet": "Gazette", "published": "2026-03-02T10:00:00Z", "content": "First story.", "tags": ["a", {"b": 1}], "extra": null},
  "not an object",
  {"id": "no-body", "title": "x"},
  {"id": "esc\"aped", "text": "Line one.\nLine \u00e9 two.", "source": null}
]"#,
    );
    let broken = s.write(
        "broken.json",
        r#"[{"id": "ok", "text": "Kept."}, {"id": "cut", "text": "never clo"#,
    );
    let out = s.join("out");
    let o = scan_csv(
        &out,
        &[input.to_str().unwrap(), broken.to_str().unwrap()],
        &[],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let articles = read_csv(&out.join("articles.csv"));
    let got: Vec<(&str, &str, &str, &str)> = articles
        .iter()
        .map(|a| {
            (
                a["doc_id"].as_str(),
                a["source"].as_str(),
                a["published"].as_str(),
                a["input"].as_str(),
            )
        })
        .collect();
    assert_eq!(got.len(), 3);
    assert_eq!(
        (got[0].0, got[0].1, got[0].2),
        ("7", "Gazette", "2026-03-02")
    );
    assert!(got[0].3.ends_with("array.json:1"));
    assert_eq!((got[1].0, got[1].1), ("esc\"aped", ""));
    assert_eq!(got[2].0, "ok");
    let errors = read_csv(&out.join("errors.csv"));
    let kinds: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e["kind"].as_str(), e["line"].as_str()))
        .collect();
    assert_eq!(kinds[0], ("malformed_json", "2"));
    assert!(
        errors[0]["message"].contains("found a string"),
        "{}",
        errors[0]["message"]
    );
    assert_eq!(kinds[1], ("missing_text", "3"));
    assert!(errors[2]["input"].ends_with("broken.json"));
    assert_eq!(errors.len(), 3, "{errors:?}");
}

#[test]
fn fail_fast_stops_at_the_first_lost_document() {
    let s = Scratch::new();
    let mut body = good_jsonl(3);
    body.push_str("{broken\n");
    body.push_str(&good_jsonl(2));
    let input = s.write("mixed.jsonl", body);
    let out = s.join("out");
    let o = scan_csv(&out, &[input.to_str().unwrap()], &["--fail-fast"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("--fail-fast"), "{}", stderr(&o));
    assert!(stderr(&o).contains("mixed.jsonl:4"), "{}", stderr(&o));
    // No table is left under its final name.
    assert!(!out.join("articles.csv").exists());
    // Without the flag the same input scans with one error row.
    let o = scan_csv(&s.join("out2"), &[input.to_str().unwrap()], &[]);
    assert!(o.status.success());
}
