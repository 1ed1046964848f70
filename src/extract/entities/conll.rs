//! Predictions for the CoNLL-2003 evaluation set (`../shared/eval/conll2003/`).
//!
//! The set gives one sentence a record; records of one article share the
//! `dNNN` part of their id. The recogniser reads whole documents (its
//! coreference pass needs them), so the sentences of one article are
//! joined with blank lines, read as one document, and the entities mapped
//! back to their records. Types: `PERSON` → `PER`, `ORG` → `ORG`, `PLACE`
//! → `LOC`, except demonyms, which CoNLL counts as `MISC`.

use serde_json::Value;

use crate::eval::{Item, Record};
use crate::extract::sentences;

use super::{find, is_demonym};

/// The article part of a CoNLL record id (`conll03-testa-d012-s0003` →
/// `conll03-testa-d012`).
fn article(id: &str) -> &str {
    id.rsplit_once("-s").map_or(id, |(a, _)| a)
}

/// Predicted items for each record, in the eval schema (byte offsets).
pub fn predict(records: &[Record]) -> Vec<Vec<Item>> {
    let mut preds = vec![Vec::new(); records.len()];
    let mut i = 0;
    while i < records.len() {
        let doc = article(&records[i].id);
        let mut j = i;
        while j < records.len() && article(&records[j].id) == doc {
            j += 1;
        }
        let mut text = String::new();
        let mut starts = Vec::with_capacity(j - i);
        for r in &records[i..j] {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            starts.push(text.len());
            text.push_str(&r.text);
        }
        let found = find(&text, &sentences::split(&text));
        for e in found {
            let k = starts.partition_point(|&s| s <= e.start) - 1;
            let base = starts[k];
            let rec = &records[i + k];
            if e.end > base + rec.text.len() {
                continue;
            }
            let kind = match e.kind {
                "PERSON" => "PER",
                "ORG" => "ORG",
                _ if is_demonym(&e.surface) => "MISC",
                _ => "LOC",
            };
            preds[i + k].push(Item {
                start: Some(e.start - base),
                end: Some(e.end - base),
                surface: Some(e.surface),
                value: Value::Null,
                kind: Some(kind.to_string()),
                ..Item::default()
            });
        }
        i = j;
    }
    preds
}
