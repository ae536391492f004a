//! Pass rates on the Recognizers-Text English specs must not regress.

use std::path::PathBuf;

fn data_dir() -> PathBuf {
    match std::env::var_os("NEWS_EXTRACT_DATA") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data")),
    }
}

/// (spec, cases passed at least with default options, with `recognizers_compat`).
/// These are the counts achieved; raise them when the extractor improves.
const FLOOR: &[(&str, usize, usize)] = &[
    ("Number_English_NumberModel", 224, 224),
    ("Number_English_OrdinalModel", 22, 52),
    ("Number_English_PercentModel", 17, 20),
    ("Number_English_NumberRangeModel", 85, 85),
    // "a 12-cent-a-share dividend": the span is the whole hyphenated word here (a
    // mention never ends inside a word); the spec wants "12-cent".
    ("NumberWithUnit_English_CurrencyModel", 168, 173),
    // "12 m 2 dm" is one compound measure (12.2 m) here; the spec lists two.
    ("NumberWithUnit_English_DimensionModel", 92, 95),
    ("NumberWithUnit_English_TemperatureModel", 34, 42),
    ("NumberWithUnit_English_AgeModel", 18, 18),
    ("DateTime_English_DurationExtractor", 63, 63),
    ("DateTime_English_DurationParser", 55, 55),
    ("Number_English_NumberModelExperimentalMode", 144, 144),
    ("Number_English_NumberRangeModelExperimentalMode", 73, 73),
    ("Number_English_OrdinalModelSuppressExtendedTypes", 31, 31),
    ("Number_English_PercentModelPercentMode", 5, 5),
    ("Number_English_NumberModelPercentMode", 0, 0),
];

#[test]
fn recognizers_pass_rates_do_not_regress() {
    let path = data_dir().join("numbers/recognizers_text_en.jsonl");
    if !path.exists() {
        eprintln!(
            "skipping: {} not found (set NEWS_EXTRACT_DATA to the shared data folder)",
            path.display()
        );
        return;
    }
    for compat in [false, true] {
        let options = nx_numbers::Options {
            recognizers_compat: compat,
        };
        check(
            &nx_numbers::eval::recognizers_with(&path, options).expect("read specs"),
            compat,
        );
    }
}

fn check(report: &nx_numbers::eval::Report, compat: bool) {
    eprintln!("{report}");
    // The compat-only column is counted in default mode only, and accounts for the
    // relative ordinals ("last", "next") that the default output leaves out.
    let gap: usize = report.specs.values().map(|s| s.compat_only).sum();
    if compat {
        assert_eq!(gap, 0, "compat-only counted in compat mode");
    } else {
        assert!(
            report.compat_only("OrdinalModel").unwrap_or(0) >= 30,
            "relative ordinals counted as compat-only:\n{report}"
        );
        assert!(report.to_string().contains("compat-only"));
        for f in report.failures.iter().filter(|f| f.compat_only) {
            assert!(!f.spec.contains("SuppressExtendedTypes"), "{f:?}");
        }
    }
    let mut bad = Vec::new();
    for &(spec, plain, with_compat) in FLOOR {
        let floor = if compat { with_compat } else { plain };
        let got = report.specs.get(spec).map_or(0, |s| s.passed);
        if got < floor {
            bad.push(format!("{spec}: {got} < {floor}"));
        }
    }
    assert!(
        bad.is_empty(),
        "regressions (compat {compat}):\n{}",
        bad.join("\n")
    );
    assert_eq!(
        report.specs.values().map(|s| s.total).sum::<usize>(),
        1133,
        "every case is scored"
    );
}
