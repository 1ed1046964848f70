//! Predictions for the CoNLL-2003 evaluation set (`../shared/eval/conll2003/`).
//!
//! Two readings of the set:
//! - [`predict_docs`] reads `conll2003_testa_docs.jsonl`, one whole article
//!   a record (sentences joined by single newlines), as a tool reads news:
//!   the text goes through the sentence splitter and the recogniser as it
//!   is. This is the measure, with exact spans.
//! - [`predict`] reads `conll2003_testa.jsonl`, one sentence a record; the
//!   records of one article (sharing the `dNNN` part of their id) are
//!   joined with blank lines, read as one document (the coreference pass
//!   needs it), and the entities mapped back to their records.
//!
//! Types: `PERSON` → `PER`, `ORG` → `ORG`, `PLACE` → `LOC`, except
//! demonyms, which CoNLL counts as `MISC`.

use serde_json::Value;

use crate::eval::{Item, Record};
use crate::extract::{sentences, Entity};

use super::{find, is_demonym};

/// The article part of a CoNLL record id (`conll03-testa-d012-s0003` →
/// `conll03-testa-d012`; an article id is returned as it is). The split
/// into a tuning and a check half is by this key
/// (`claimscan::eval::half(article(id))`), so every sentence of one
/// article falls in the same half.
pub fn article(id: &str) -> &str {
    id.rsplit_once("-s").map_or(id, |(a, _)| a)
}

/// The CoNLL type of an entity.
fn conll_type(e: &Entity) -> &'static str {
    match e.kind {
        "PERSON" => "PER",
        "ORG" => "ORG",
        _ if is_demonym(&e.surface) => "MISC",
        _ => "LOC",
    }
}

fn item(e: Entity, base: usize) -> Item {
    let kind = conll_type(&e);
    Item {
        start: Some(e.start - base),
        end: Some(e.end - base),
        surface: Some(e.surface),
        value: Value::Null,
        kind: Some(kind.to_string()),
        ..Item::default()
    }
}

/// Predicted items for each whole-article record, in the eval schema
/// (byte offsets).
pub fn predict_docs(records: &[Record]) -> Vec<Vec<Item>> {
    records
        .iter()
        .map(|r| {
            find(&r.text, &sentences::split(&r.text))
                .into_iter()
                .map(|e| item(e, 0))
                .collect()
        })
        .collect()
}

/// Predicted items for each sentence record, in the eval schema (byte
/// offsets).
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
            let k = starts.partition_point(|&s| s <= e.start).saturating_sub(1);
            let base = starts[k];
            let rec = &records[i + k];
            if e.end > base + rec.text.len() {
                continue;
            }
            preds[i + k].push(item(e, base));
        }
        i = j;
    }
    preds
}
