use super::*;

fn split(t: &str) -> Vec<&str> {
    Segmenter::default().split_str(t)
}

#[test]
fn simple() {
    assert_eq!(split("The vote passed. Critics objected."), vec!["The vote passed.", "Critics objected."]);
}
