//! Small helpers for the HTML the documents write (the privacy notice
//! snippet, the incident card): text is always escaped.

/// `text` with `&`, `<`, `>`, `"` and `'` escaped, for element content and
/// quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// `text` escaped, with line breaks kept as `<br>`.
pub fn escape_lines(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("<br>")
}

/// A link whose address and text are both shown; only `https:` and
/// `mailto:` addresses become links, anything else stays plain text.
pub fn link(url: &str, text: &str) -> String {
    if url.starts_with("https://") || url.starts_with("mailto:") {
        format!("<a href=\"{}\">{}</a>", escape(url), escape(text))
    } else {
        escape(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_stays_text() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
        assert_eq!(escape_lines("a\nb<c"), "a<br>b&lt;c");
        assert_eq!(link("javascript:alert(1)", "x"), "x");
        assert_eq!(
            link("https://a.be/?q=1&r=2", "A"),
            "<a href=\"https://a.be/?q=1&amp;r=2\">A</a>"
        );
    }
}
