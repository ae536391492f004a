//! Regression guard on PolNeAR dev: the figures must not fall below what the
//! rules reached when this test was last updated. Skips when the data is absent.

use nx_quotes::{eval, QuoteExtractor, QuoteOptions};
use nx_text::Span;

/// The weakest sentence input the pipeline may give: split after `.?!` + space.
fn naive_sentences(text: &str) -> Vec<Span> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..b.len() {
        let end = b[i] == b'\n'
            || (matches!(b[i], b'.' | b'?' | b'!')
                && b.get(i + 1).is_some_and(|c| c.is_ascii_whitespace()));
        if end {
            let e = if b[i] == b'\n' { i } else { i + 1 };
            if let Some(s) = Span::new(text, start, e)
                .map(|s| s.trim(text))
                .filter(|s| !s.is_empty())
            {
                out.push(s);
            }
            start = i + 1;
        }
    }
    if let Some(s) = Span::new(text, start, text.len())
        .map(|s| s.trim(text))
        .filter(|s| !s.is_empty())
    {
        out.push(s);
    }
    out
}

#[test]
fn polnear_dev_figures_hold() {
    let path = eval::data_dir().join("quotes/polnear_dev.jsonl");
    if !path.exists() {
        eprintln!(
            "skipping PolNeAR dev check: {} not found (set NEWS_EXTRACT_DATA)",
            path.display()
        );
        return;
    }
    let ex = QuoteExtractor::new(QuoteOptions {
        indirect: true,
        ..Default::default()
    });
    let r = eval::polnear(&path, &ex, &naive_sentences, &|_| (Vec::new(), Vec::new())).unwrap();
    eprintln!("{r}");
    let pct = |x: f64| 100.0 * x;
    assert_eq!(r.articles, 84);
    let floors = [
        ("content overlap F1", pct(r.overlap.f1()), FLOOR_F1),
        (
            "speech overlap F1",
            pct(r.overlap_speech.f1()),
            FLOOR_SPEECH_F1,
        ),
        (
            "direct recall",
            pct(r.direct_recall.rate()),
            FLOOR_DIRECT_RECALL,
        ),
        ("speaker accuracy", pct(r.speaker.rate()), FLOOR_SPEAKER),
        ("cue accuracy", pct(r.cue.rate()), FLOOR_CUE),
    ];
    for (what, got, floor) in floors {
        assert!(got >= floor, "{what} fell to {got:.1} (floor {floor})\n{r}");
    }
}

// Reached on dev (rounded down); raise them when the rules improve.
const FLOOR_F1: f64 = 65.5;
// Beliefs, findings and stances are now extracted too; their unmatched
// predictions count against speech-only precision (see `eval`), so this floor
// sits below the 80.6 reached when only speech was extracted.
const FLOOR_SPEECH_F1: f64 = 79.0;
const FLOOR_DIRECT_RECALL: f64 = 96.0;
// Over more matched pairs since stances are extracted (their speakers are a bit
// harder); on the speech-cued pairs alone accuracy did not fall.
const FLOOR_SPEAKER: f64 = 94.0;
const FLOOR_CUE: f64 = 95.0;

#[test]
fn real_segmenter_input_is_fine() {
    // whatever the sentence stage gives (a stub today), spans stay valid
    let seg = nx_sentences::Segmenter::new(Default::default());
    let text = "\"We are ready,\" Mayor Ines Duarte said. She added: \"The roads are clear.\"\n\nOfficials said the bridge would reopen.";
    let q = QuoteExtractor::new(QuoteOptions {
        indirect: true,
        ..Default::default()
    })
    .extract(text, &seg.split(text), &[]);
    assert!(q.len() >= 3, "{q:?}");
    for x in q {
        assert!(text.get(x.content.range()).is_some_and(|c| !c.is_empty()));
    }
}
