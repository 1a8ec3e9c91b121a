package dev.analyze.stats;

/**
 * What a word-frequency table counts.
 *
 * @param includeStopwords count stopwords and one-letter words too
 * @param includeNumbers count numbers, web and e-mail addresses too (by default only words)
 * @param lemmatize fold word forms with the {@link Lemmatizer} ("countries" country)
 * @param minCount leave out words seen fewer times (at least 1)
 * @param limit keep the first {@code limit} rows; 0 keeps all
 */
public record FrequencyOptions(boolean includeStopwords, boolean includeNumbers, boolean lemmatize, int minCount,
        int limit) {

    public FrequencyOptions {
        if (minCount < 1) {
            throw new IllegalArgumentException("minimum count must be at least 1: " + minCount);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    /** Words only, no stopwords, no lemmas, every count, every row. */
    public static FrequencyOptions defaults() {
        return new FrequencyOptions(false, false, false, 1, 0);
    }
}
