use std::collections::HashMap;
use std::io::BufRead;
fn main() {
    let which = std::env::args().nth(1).unwrap_or("bbc".into());
    let want = std::env::args().nth(2);
    let reg = claimscan::extract::Registry::only(&["claims"]).unwrap();
    let f = std::fs::File::open(format!("/work/shared/corpus/{which}.jsonl.zst")).unwrap();
    let dec = zstd::stream::read::Decoder::new(f).unwrap();
    let mut cats: HashMap<String, usize> = HashMap::new();
    let mut samples: HashMap<String, Vec<String>> = HashMap::new();
    for line in std::io::BufReader::new(dec).lines() {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let t = v["text"].as_str().unwrap_or("");
        let out = reg.extract(&claimscan::Document::from_text("x", t));
        for cl in &out.claims {
            let k = format!("{:?}/{:?}", cl.category, cl.unit);
            *cats.entry(k.clone()).or_default() += 1;
            let s = samples.entry(k).or_default();
            if s.len() < 12 && cl.end + 40 < t.len() && cl.start > 40 {
                s.push(format!(
                    "[{}] {}",
                    cl.surface,
                    t[t.floor_char_boundary(cl.start - 40)..t.floor_char_boundary(cl.end + 40)]
                        .replace('\n', " ")
                ));
            }
        }
    }
    let mut c: Vec<_> = cats.into_iter().collect();
    c.sort_by_key(|x| std::cmp::Reverse(x.1));
    for (k, n) in c.iter().take(25) {
        println!("{n:6} {k}");
    }
    if let Some(w) = want {
        for s in samples.get(&w).map(|v| v.as_slice()).unwrap_or(&[]) {
            println!("   {s}");
        }
    }
}
