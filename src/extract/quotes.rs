//! Direct quotes and their speakers (placeholder).
use super::{Context, Extraction, Extractor};

/// The quotes extractor (name `quotes`).
#[derive(Debug, Default, Clone, Copy)]
pub struct Quotes;

impl Extractor for Quotes {
    fn name(&self) -> &'static str {
        "quotes"
    }
    fn extract(&self, _cx: &Context<'_>, _out: &mut Extraction) {}
}
