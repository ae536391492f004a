//! The HTML shell: policy, styles, the data block and the script, all inline.

use serde_json::Value;

const STYLE: &str = include_str!("../assets/report.css");
/// The corpus view is a function that the main script calls once.
const CORPUS_SCRIPT: &str = include_str!("../assets/corpus.js");
const SCRIPT: &str = include_str!("../assets/report.js");

/// Forbids every request: the page works offline and from an archive, and a
/// stray URL in an article cannot make the browser fetch anything.
pub(crate) const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

/// JSON safe inside `<script>`: `<` only occurs inside JSON strings, where `\u003c`
/// means the same, so no `</script>` or `<!--` in an article can end the block.
pub(crate) fn script_json(value: &Value) -> String {
    serde_json::to_string(value)
        .expect("a JSON value serialises")
        .replace('<', "\\u003c")
}

pub(crate) fn assemble(payload: &Value) -> String {
    let data = script_json(payload);
    let mut html =
        String::with_capacity(data.len() + STYLE.len() + CORPUS_SCRIPT.len() + SCRIPT.len() + 2048);
    html.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"");
    html.push_str(CONTENT_SECURITY_POLICY);
    html.push_str(
        "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
    );
    // The title is set by the script from the data (all text goes through textContent).
    html.push_str("<title>news-extract report</title>\n<style>\n");
    html.push_str(STYLE);
    html.push_str("</style>\n</head>\n<body>\n");
    html.push_str(
        "<noscript><p>This report draws its articles and tables with JavaScript, \
         which is turned off. Its data is the JSON block in this file.</p></noscript>\n",
    );
    html.push_str("<div id=\"app\"></div>\n<script type=\"application/json\" id=\"nx-data\">");
    html.push_str(&data);
    html.push_str("</script>\n<script>\n");
    html.push_str(CORPUS_SCRIPT);
    html.push_str(SCRIPT);
    html.push_str("</script>\n</body>\n</html>\n");
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn script_json_cannot_close_its_block_and_still_parses_back() {
        let v = json!({"text": "a</script><script>alert(1)</script><!-- b"});
        let s = script_json(&v);
        assert!(!s.contains('<'), "{s}");
        assert_eq!(serde_json::from_str::<Value>(&s).unwrap(), v);
    }
}
