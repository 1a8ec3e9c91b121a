package dev.analyze.claims;

import dev.analyze.document.Span;

/**
 * Who a sentence says is speaking, as written: the source phrase ("US Secretary of State John
 * Kerry", "he", "the ministry"), the clause that carries what they said, and the cue.
 */
record Attribution(Span source, Span clause, String cue, Form form) {

    /** The shape the attribution took. */
    enum Form {
        /** {@code SOURCE said (that) CLAUSE} */
        PREFIX,
        /** {@code CLAUSE, SOURCE said.} */
        SUFFIX,
        /** {@code CLAUSE, said SOURCE.} */
        INVERTED,
        /** {@code According to SOURCE, CLAUSE} or {@code CLAUSE, according to SOURCE} */
        ACCORDING_TO,
        /** a headline {@code CLAIM: SOURCE} or {@code SOURCE: CLAIM} */
        HEADLINE
    }
}
