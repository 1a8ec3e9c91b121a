package dev.analyze.document;

import java.util.List;

/**
 * A sentence: its position in the document (0-based {@code index}, 0-based {@code paragraph}),
 * its offsets, and its tokens. Displayed numbers are {@code index + 1}.
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Span span() {
        return new Span(start, end);
    }

    public int number() {
        return index + 1;
    }

    public long wordCount() {
        return tokens.stream().filter(Token::isWord).count();
    }
}
