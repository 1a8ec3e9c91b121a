package dev.analyze.stats;

import java.util.List;

/**
 * The word frequencies of one document.
 *
 * @param document the document's name
 * @param totalWords all word-like tokens of the document, the base of {@code perThousand}
 * @param rows the counted words, most frequent first
 */
public record WordFrequencyTable(String document, int totalWords, List<WordFrequency> rows) {

    public WordFrequencyTable {
        rows = List.copyOf(rows);
    }
}
