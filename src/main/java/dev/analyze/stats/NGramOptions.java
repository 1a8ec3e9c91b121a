package dev.analyze.stats;

/**
 * What an n-gram table counts.
 *
 * @param n words per n-gram, 2 to 4
 * @param minCount leave out n-grams seen fewer times (at least 1)
 * @param limit keep the first {@code limit} rows; 0 keeps all
 */
public record NGramOptions(int n, int minCount, int limit) {

    public static final int MIN_N = 2;
    public static final int MAX_N = 4;

    public NGramOptions {
        if (n < MIN_N || n > MAX_N) {
            throw new IllegalArgumentException("n must be from " + MIN_N + " to " + MAX_N + ": " + n);
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("minimum count must be at least 1: " + minCount);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }
}
