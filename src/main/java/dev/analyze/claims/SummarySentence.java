package dev.analyze.claims;

/**
 * One sentence of an extractive summary, as it stands in the article.
 *
 * @param text      the sentence
 * @param paragraph 1-based paragraph number
 * @param sentence  1-based sentence number
 * @param start     offset of the sentence in the document
 * @param end       end offset of the sentence
 * @param score     the relevance that earned it its place (centrality, lead prior, headline overlap)
 */
public record SummarySentence(String text, int paragraph, int sentence, int start, int end, double score) {
}
