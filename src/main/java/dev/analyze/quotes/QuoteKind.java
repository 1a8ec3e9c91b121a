package dev.analyze.quotes;

import dev.analyze.Labelled;

/** How a quote stands in the text. */
public enum QuoteKind implements Labelled {
    /** A whole sentence or more of someone's words. */
    FULL("full"),
    /** A fragment quoted inside the writer's own sentence: said that "in fairness" ... */
    PARTIAL("partial"),
    /** One quote interrupted by its attribution: "What is so sad", she said, "is ..." */
    SPLIT("split"),
    /** Runs over several paragraphs, each opening with a mark, only the last closing. */
    MULTI_PARAGRAPH("multi-paragraph"),
    /** A quoted span that is nobody's words: a title of a work, a nickname, scare quotes. */
    NOT_A_QUOTE("not-a-quote");

    private final String label;

    QuoteKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
