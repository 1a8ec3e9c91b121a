package dev.analyze.document;

/** One token: its text as written and its offsets into the document text. */
public record Token(String text, int start, int end, TokenKind kind) {

    public Token {
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad token '" + text + "' [" + start + ", " + end + ")");
        }
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean isWord() {
        return kind.isWordLike();
    }
}
