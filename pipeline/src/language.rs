//! Which language a document is written in, so that the English-trained stages pass over
//! articles in other languages instead of tagging them with English models.

/// Characters read: enough for a reliable guess, a fixed cost per document.
const SAMPLE_CHARS: usize = 500;

/// The ISO 639-3 code of the language `text` is written in, where whatlang's guess is
/// reliable (not for short or mixed text).
pub fn detect(text: &str) -> Option<&'static str> {
    let end = text
        .char_indices()
        .nth(SAMPLE_CHARS)
        .map_or(text.len(), |(i, _)| i);
    let info = whatlang::detect(&text[..end])?;
    info.is_reliable().then(|| info.lang().code())
}

/// Whether a detected language is English; an unknown one counts as English, so
/// nothing is skipped on a doubtful guess.
pub fn is_english(language: Option<&str>) -> bool {
    language.is_none_or(|code| code == "eng")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_paragraphs_are_told_apart() {
        let en = "The council voted on Tuesday to close the library, saying the budget \
                  could no longer pay for it. Residents said they would appeal.";
        let de = "Der Stadtrat hat am Dienstag beschlossen, die Bibliothek zu schließen, \
                  weil das Geld nicht mehr reicht. Die Anwohner wollen Einspruch erheben.";
        let pt = "A câmara decidiu na terça-feira fechar a biblioteca, porque o orçamento \
                  já não chega. Os moradores disseram que vão recorrer da decisão.";
        assert_eq!(detect(en), Some("eng"));
        assert_eq!(detect(de), Some("deu"));
        assert_eq!(detect(pt), Some("por"));
        assert!(is_english(detect(en)) && !is_english(detect(de)));
    }

    #[test]
    fn a_doubtful_guess_is_none_and_counts_as_english() {
        assert_eq!(detect("OK"), None);
        assert!(is_english(None));
    }
}
