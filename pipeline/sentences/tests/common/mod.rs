//! Shared by the web-text dev checks: sentence precision, recall and F1 from counts.

/// Prints `name`'s figures over `units` documents or cases and returns the F1.
pub fn report(name: &str, units: &str, (got, gold, hit): (usize, usize, usize)) -> f64 {
    let p = hit as f64 / got as f64;
    let r = hit as f64 / gold as f64;
    let f = 2.0 * p * r / (p + r);
    eprintln!(
        "{name}: {units}, {gold} sentences; P {:.1} R {:.1} F1 {:.1}",
        100.0 * p,
        100.0 * r,
        100.0 * f
    );
    f
}
