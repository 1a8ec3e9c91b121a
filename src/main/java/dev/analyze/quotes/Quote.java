package dev.analyze.quotes;

import dev.analyze.document.Span;
import java.util.List;
import java.util.Optional;

/**
 * A direct quotation.
 *
 * @param text           what stands between the marks (split quotes: the parts joined by " ... ")
 * @param speaker        canonical entity name of the speaker; empty when the article does not say
 * @param speakerMention the words the article used for the speaker ("he", "The US Secretary")
 * @param cue            the reporting cue ("said", "told reporters", "according to")
 * @param kind           full, partial, split, multi-paragraph (or not-a-quote, shown with --all)
 * @param paragraph      1-based paragraph number of the opening mark
 * @param sentence       1-based sentence number of the opening mark
 * @param start          offset of the first character inside the opening mark
 * @param end            offset just after the last character before the closing mark
 * @param parts          the spans between marks (one, or several for split and multi-paragraph)
 * @param rule           which attribution rule fired (for explaining and debugging)
 * @param warnings       anomalies: unclosed mark closed at paragraph end, and the like
 */
public record Quote(
        String text,
        Optional<String> speaker,
        Optional<String> speakerMention,
        Optional<String> cue,
        QuoteKind kind,
        int paragraph,
        int sentence,
        int start,
        int end,
        List<Span> parts,
        String rule,
        List<String> warnings) {

    public Quote {
        parts = List.copyOf(parts);
        warnings = List.copyOf(warnings);
    }

    public boolean isQuote() {
        return kind != QuoteKind.NOT_A_QUOTE;
    }

    public int wordCount() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
