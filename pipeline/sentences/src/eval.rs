//! Scoring the segmenter on sentence-boundary test sets.
//!
//! Both sets are scored the way pySBD scores them: a case passes when the list of
//! sentences, each stripped of surrounding whitespace, equals the expected list.

use std::fmt;
use std::path::Path;

use serde_json::Value;

use crate::Segmenter;

/// One case that did not come out as expected.
#[derive(Debug, Clone)]
pub struct Failure {
    /// Case id (Golden Rules) or source line (pySBD tests).
    pub id: String,
    /// What the case tests (rule name or pySBD options).
    pub rule: String,
    /// Expected sentences.
    pub expected: Vec<String>,
    /// What the segmenter produced.
    pub got: Vec<String>,
}

/// Pass counts for one group of cases.
#[derive(Debug, Clone)]
pub struct Group {
    /// Group name.
    pub name: String,
    /// Cases passed.
    pub passed: usize,
    /// Cases in the group.
    pub total: usize,
}

/// Result of scoring a test set.
#[derive(Debug, Clone)]
pub struct GoldenReport {
    /// Name of the test set, first word of the summary line.
    pub name: String,
    /// Cases passed.
    pub passed: usize,
    /// Cases scored.
    pub total: usize,
    /// Per-group counts, where the set has groups (pySBD: clean vs not).
    pub groups: Vec<Group>,
    /// The failing cases.
    pub failures: Vec<Failure>,
}

impl GoldenReport {
    /// Pass rate in percent.
    pub fn percent(&self) -> f64 {
        pct(self.passed, self.total)
    }
}

fn pct(passed: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        100.0 * passed as f64 / total as f64
    }
}

impl fmt::Display for GoldenReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{}: {}/{} passed ({:.1}%)",
            self.name,
            self.passed,
            self.total,
            self.percent()
        )?;
        for g in &self.groups {
            writeln!(
                f,
                "  {}: {}/{} passed ({:.1}%)",
                g.name,
                g.passed,
                g.total,
                pct(g.passed, g.total)
            )?;
        }
        for x in &self.failures {
            writeln!(f, "FAIL {} ({})", x.id, x.rule)?;
            writeln!(f, "  expected: {:?}", x.expected)?;
            writeln!(f, "  got:      {:?}", x.got)?;
        }
        Ok(())
    }
}

fn strings(v: &Value, what: &str) -> Result<Vec<String>, String> {
    v.as_array()
        .ok_or_else(|| format!("{what}: not a list"))?
        .iter()
        .map(|s| {
            s.as_str()
                .map(|s| s.trim().to_string())
                .ok_or_else(|| format!("{what}: not a string"))
        })
        .collect()
}

fn field_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Run one case; `Some(got)` when it fails.
fn run_case(seg: &Segmenter, input: &str, expected: &[String]) -> Option<Vec<String>> {
    let got: Vec<String> = seg
        .split(input)
        .iter()
        .map(|s| s.slice(input).trim().to_string())
        .collect();
    (got != expected).then_some(got)
}

/// Score the Golden Rules file (`[{"id","rule","input","expected":[..]}]`).
pub fn golden_rules(path: &Path, seg: &Segmenter) -> Result<GoldenReport, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let cases: Vec<Value> =
        serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut report = GoldenReport {
        name: "golden rules".into(),
        passed: 0,
        total: 0,
        groups: vec![],
        failures: vec![],
    };
    for (n, c) in cases.iter().enumerate() {
        let input = c["input"]
            .as_str()
            .ok_or_else(|| format!("case {n}: no input"))?;
        let expected = strings(&c["expected"], &format!("case {n}"))?;
        report.total += 1;
        match run_case(seg, input, &expected) {
            None => report.passed += 1,
            Some(got) => report.failures.push(Failure {
                id: field_str(&c["id"]),
                rule: field_str(&c["rule"]),
                expected,
                got,
            }),
        }
    }
    Ok(report)
}

/// Score the pySBD English tests (JSON lines with `input`, `expected`, `pysbd_options`,
/// `source`). Cases written for pySBD's `clean` option (which rewrites the text: joins
/// broken lines, drops HTML and tables of contents) are counted in their own group.
pub fn pysbd_tests(path: &Path, seg: &Segmenter) -> Result<GoldenReport, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut report = GoldenReport {
        name: "pysbd tests".into(),
        passed: 0,
        total: 0,
        groups: vec![],
        failures: vec![],
    };
    let mut clean = Group {
        name: "clean=true cases".into(),
        passed: 0,
        total: 0,
    };
    let mut plain = Group {
        name: "clean=false cases".into(),
        passed: 0,
        total: 0,
    };
    for (n, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let c: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let input = c["input"]
            .as_str()
            .ok_or_else(|| format!("line {}: no input", n + 1))?;
        let expected = strings(&c["expected"], &format!("line {}", n + 1))?;
        let is_clean = c["pysbd_options"]["clean"].as_bool().unwrap_or(false);
        let group = if is_clean { &mut clean } else { &mut plain };
        report.total += 1;
        group.total += 1;
        match run_case(seg, input, &expected) {
            None => {
                report.passed += 1;
                group.passed += 1;
            }
            Some(got) => report.failures.push(Failure {
                id: format!("line {} {}", n + 1, field_str(&c["source"])),
                rule: if is_clean {
                    "clean".into()
                } else {
                    "no clean".into()
                },
                expected,
                got,
            }),
        }
    }
    report.groups = vec![plain, clean];
    Ok(report)
}
