package dev.analyze.document;

/** What a token is. Word counts include {@link #isWordLike() word-like} kinds only. */
public enum TokenKind {
    /** Letters, with inner hyphens and apostrophes: "IIT-Delhi", "India's", "doesn't". */
    WORD,
    /** Numbers as written: "50,000", "3.5", "3.5%", "$1.2bn", "1990s". */
    NUMBER,
    /** Web addresses kept whole. */
    URL,
    /** E-mail addresses kept whole. */
    EMAIL,
    /** Punctuation marks: . , ; : ! ? quotes, brackets, dashes. */
    PUNCTUATION,
    /** Anything else: symbols, emoji, stray marks. */
    SYMBOL;

    public boolean isWordLike() {
        return this == WORD || this == NUMBER || this == URL || this == EMAIL;
    }
}
