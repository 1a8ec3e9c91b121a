package dev.analyze.stats;

import java.util.List;

/**
 * The n-grams of one document.
 *
 * @param document the document's name
 * @param n words per n-gram
 * @param rows the n-grams, most frequent first
 */
public record NGramTable(String document, int n, List<NGram> rows) {

    public NGramTable {
        rows = List.copyOf(rows);
    }
}
