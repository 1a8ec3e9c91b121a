package dev.analyze.stats;

import java.util.List;

/**
 * One row of an n-gram table.
 *
 * @param rank 1-based position: by count, then by first occurrence
 * @param text the words joined by single spaces, each displayed as in word frequencies
 * @param words the words
 * @param count occurrences
 */
public record NGram(int rank, String text, List<String> words, int count) {

    public NGram {
        words = List.copyOf(words);
    }
}
