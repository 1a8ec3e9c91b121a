package dev.analyze.stats;

/**
 * One row of a word-frequency table.
 *
 * @param rank 1-based position: by count, then by first occurrence
 * @param word the word as displayed (see {@link WordFrequencies})
 * @param count occurrences
 * @param perThousand occurrences per 1,000 words of the document
 */
public record WordFrequency(int rank, String word, int count, double perThousand) {
}
