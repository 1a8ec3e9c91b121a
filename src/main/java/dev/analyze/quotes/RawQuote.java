package dev.analyze.quotes;

import dev.analyze.document.Span;
import java.util.List;

/**
 * A quoted span as found by the marks alone, before kind and attribution are decided.
 *
 * @param parts          the text between marks, one span per paragraph for a multi-paragraph quote
 * @param openMark       offset of the opening mark
 * @param closeMark      offset of the closing mark, or -1 when closed at a paragraph end
 * @param firstParagraph 0-based paragraph of the opening mark
 * @param lastParagraph  0-based paragraph of the last part
 * @param single         single marks ('...') rather than double
 */
record RawQuote(List<Span> parts, int openMark, int closeMark, int firstParagraph, int lastParagraph,
        boolean single) {

    RawQuote {
        parts = List.copyOf(parts);
    }

    int start() {
        return parts.get(0).start();
    }

    int end() {
        return parts.get(parts.size() - 1).end();
    }

    boolean unclosed() {
        return closeMark < 0;
    }

    /** Offset just after the closing mark (or the end of the last part when unclosed). */
    int after() {
        return closeMark < 0 ? end() : closeMark + 1;
    }
}
