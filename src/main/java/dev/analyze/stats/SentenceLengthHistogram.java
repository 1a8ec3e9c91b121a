package dev.analyze.stats;

import java.util.List;

/**
 * Sentence lengths in words, bucketed for a plot: consecutive buckets of {@code bucketWidth}
 * lengths from 1 up to the longest sentence, empty buckets included so bars line up.
 *
 * @param document the document's name
 * @param bucketWidth lengths per bucket
 * @param buckets the buckets, shortest lengths first; empty when the document has no sentence
 */
public record SentenceLengthHistogram(String document, int bucketWidth, List<LengthBucket> buckets) {

    public SentenceLengthHistogram {
        buckets = List.copyOf(buckets);
    }
}
