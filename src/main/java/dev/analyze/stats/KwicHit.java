package dev.analyze.stats;

/**
 * One occurrence of a term with its context. Contexts hold no line breaks or control characters
 * (white space is collapsed to single spaces) and stay inside the hit's paragraph.
 *
 * @param sentence 1-based number of the sentence
 * @param paragraph 1-based number of the paragraph (the headline is 1)
 * @param offset where the match starts in the document text (a UTF-16 index)
 * @param left up to the requested width of text before the match, trimmed
 * @param match the matched text as written
 * @param right up to the requested width of text after the match, trimmed
 */
public record KwicHit(int sentence, int paragraph, int offset, String left, String match, String right) {
}
