//! The extracted article (simple HTML: headings, paragraphs, lists, tables)
//! as plain text with its paragraphs: blocks are separated by a blank line,
//! list items, table rows and `<br>` by a line break, and runs of spaces and
//! line breaks inside a block become one space (inside `<pre>` they are kept).

use ego_tree::NodeRef;
use scraper::{Html, Node};

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "ul",
    "ol",
    "dl",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "hr",
    "main",
    "aside",
    "details",
    "summary",
    "address",
];
/// Elements that end a line.
const LINES: &[&str] = &["li", "tr", "br", "dt", "dd", "caption"];

struct Out {
    text: String,
    /// Line breaks owed before the next text (at most 2).
    owed: usize,
}

impl Out {
    fn owe(&mut self, n: usize) {
        self.owed = self.owed.max(n);
    }

    fn push(&mut self, s: &str, pre: bool) {
        for c in s.chars() {
            if !pre && c.is_whitespace() {
                // One space between words, none at a line's start.
                if self.owed == 0 && !self.text.is_empty() && !self.text.ends_with(' ') {
                    self.text.push(' ');
                }
                continue;
            }
            if self.owed > 0 {
                if !self.text.is_empty() {
                    let kept = self.text.trim_end_matches(' ').len();
                    self.text.truncate(kept);
                    self.text.extend(std::iter::repeat_n('\n', self.owed));
                }
                self.owed = 0;
            }
            self.text.push(c);
        }
    }
}

fn walk(node: NodeRef<'_, Node>, out: &mut Out, pre: bool) {
    match node.value() {
        Node::Text(t) => out.push(t, pre),
        Node::Element(e) => {
            let name = e.name();
            let breaks = if BLOCKS.contains(&name) {
                2
            } else if LINES.contains(&name) {
                1
            } else {
                0
            };
            out.owe(breaks);
            let pre = pre || name == "pre";
            for child in node.children() {
                walk(child, out, pre);
            }
            out.owe(breaks);
        }
        _ => {
            for child in node.children() {
                walk(child, out, pre);
            }
        }
    }
}

/// The text of an HTML fragment, paragraphs kept.
pub fn text_of(html: &str) -> String {
    // The extractor keeps table cells and rows without their table, and a
    // parser drops such tags: a space before each cell and a break before
    // each row keep their words apart.
    let html = html
        .replace("<td", " <td")
        .replace("<th", " <th")
        .replace("<tr", "<br><tr");
    let frag = Html::parse_fragment(&html);
    let mut out = Out {
        text: String::new(),
        owed: 0,
    };
    walk(frag.tree.root(), &mut out, false);
    let end = out.text.trim_end().len();
    out.text.truncate(end);
    out.text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_paragraphs_and_spaces_collapse() {
        let html = "<h1>Big  news</h1><p>First\n  line, <b>bold</b> word.<br>After break.</p>\
                    <ul><li>one</li><li> two </li></ul><pre>a  b\nc</pre><p> </p><p>End.</p>\
                    <tr><td>Pos.</td><td>Name</td></tr><tr><td>1</td><td>Ann</td></tr>";
        assert_eq!(
            text_of(html),
            "Big news\n\nFirst line, bold word.\nAfter break.\n\none\ntwo\n\na  b\nc\n\nEnd.\n\nPos. Name\n1 Ann"
        );
    }
}
