//! Development aid: predictions for each PolNeAR document as JSONL (code points),
//! for error analysis outside Rust. `dump IN.jsonl > OUT.jsonl`
use nx_quotes::{QuoteExtractor, QuoteOptions};
use nx_text::{CharOffsets, Span};
use serde_json::{json, Value};

fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE.jsonl");
    let ex = QuoteExtractor::new(QuoteOptions { indirect: true });
    if path.ends_with(".txt") {
        let text = String::from_utf8_lossy(&std::fs::read(&path).expect("read")).into_owned();
        for q in ex.extract(&text, &[], &[]) {
            println!(
                "{:?} {:.2} [{}] speaker={:?} name={:?} cue={:?} frags={}",
                q.kind,
                q.score,
                q.content.slice(&text),
                q.speaker.as_ref().map(|s| s.span.slice(&text)),
                q.speaker.as_ref().map(|s| s.name.as_str()),
                q.cue.map(|c| c.slice(&text)),
                q.fragments.len()
            );
        }
        return;
    }
    for line in std::fs::read_to_string(path).expect("read").lines() {
        let v: Value = serde_json::from_str(line).expect("json");
        let text = v["text"].as_str().unwrap_or_default();
        let off = CharOffsets::new(text);
        let whole = Span::new(text, 0, text.len())
            .map(|s| vec![s])
            .unwrap_or_default();
        let qs: Vec<Value> = ex
            .extract(text, &whole, &[])
            .iter()
            .map(|q| {
                let sp = |s: Span| json!(off.span(s));
                json!({"content": sp(q.content), "kind": format!("{:?}", q.kind),
                  "speaker": q.speaker.as_ref().map(|s| sp(s.span)),
                  "name": q.speaker.as_ref().map(|s| s.name.clone()),
                  "cue": q.cue.map(sp), "score": q.score})
            })
            .collect();
        println!("{}", json!({"id": v["id"], "quotes": qs}));
    }
}
