use std::io::BufRead;
fn main() {
    for line in std::io::stdin().lock().lines() {
        let t = line.unwrap();
        if t.trim().is_empty() { continue; }
        let ms = nx_numbers::extract(&t);
        let parts: Vec<String> = ms.iter().map(|m| format!("[{:?} {:?} v={:?} lo={:?} hi={:?} q={:?} u={:?} c={:?}]", m.span.slice(&t), m.kind, m.value, m.low, m.high, m.qualifier, m.unit, m.currency)).collect();
        println!("{t}\n    -> {}", if parts.is_empty() {"nothing".into()} else {parts.join(" ")});
    }
}
