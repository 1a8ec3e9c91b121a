package dev.analyze.stats;

import java.util.List;

/**
 * The hits of a term in one document, in document order.
 *
 * @param document the document's name
 * @param term the term searched for, as given
 * @param hits the hits
 */
public record KwicResult(String document, String term, List<KwicHit> hits) {

    public KwicResult {
        hits = List.copyOf(hits);
    }
}
