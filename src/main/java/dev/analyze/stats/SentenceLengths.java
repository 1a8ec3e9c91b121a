package dev.analyze.stats;

import dev.analyze.document.Document;
import dev.analyze.document.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Sentence lengths in words (word-like tokens), and their histogram for plots. */
public final class SentenceLengths {

    /** At most this many buckets when the width is chosen automatically. */
    public static final int MAX_BUCKETS = 20;

    private static final int[] NICE_WIDTHS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000};

    private SentenceLengths() {
    }

    /** The length of every sentence that has a word, in document order. */
    public static List<Integer> lengths(Document doc) {
        List<Integer> lengths = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            int words = (int) s.wordCount();
            if (words > 0) {
                lengths.add(words);
            }
        }
        return lengths;
    }

    /** The histogram with a round bucket width (1, 2, 5, 10, 20, ...) giving at most 20 buckets. */
    public static SentenceLengthHistogram histogram(Document doc) {
        List<Integer> lengths = lengths(doc);
        int max = lengths.stream().mapToInt(Integer::intValue).max().orElse(0);
        int width = NICE_WIDTHS[NICE_WIDTHS.length - 1];
        for (int w : NICE_WIDTHS) {
            if ((max + w - 1) / w <= MAX_BUCKETS) {
                width = w;
                break;
            }
        }
        width = Math.max(width, (max + MAX_BUCKETS - 1) / MAX_BUCKETS);
        return histogram(doc.name(), lengths, width);
    }

    /** The histogram with the given bucket width (at least 1). */
    public static SentenceLengthHistogram histogram(Document doc, int bucketWidth) {
        return histogram(doc.name(), lengths(doc), bucketWidth);
    }

    static SentenceLengthHistogram histogram(String name, List<Integer> lengths, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("bucket width must be at least 1: " + width);
        }
        int max = lengths.stream().mapToInt(Integer::intValue).max().orElse(0);
        int bucketCount = (max + width - 1) / width;
        int[] counts = new int[bucketCount];
        for (int length : lengths) {
            counts[(length - 1) / width]++;
        }
        List<LengthBucket> buckets = new ArrayList<>(bucketCount);
        for (int b = 0; b < bucketCount; b++) {
            buckets.add(new LengthBucket(b * width + 1, (b + 1) * width, counts[b]));
        }
        return new SentenceLengthHistogram(name, width, buckets);
    }
}
