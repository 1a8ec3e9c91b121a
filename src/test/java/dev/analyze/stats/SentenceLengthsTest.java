package dev.analyze.stats;

import static dev.analyze.stats.WordStatsAnalyzerTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.analyze.document.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceLengthsTest {

    // sentences of 1, 3, 5 and 12 words
    private static final String TEXT = "Stop. The rain fell. Then the wind came up hard."
            + " After that, the farmers on the hill moved every one of their sheep down.";

    @Test
    void lengthsInWords() {
        assertEquals(List.of(1, 3, 6, 14), SentenceLengths.lengths(parse(TEXT)));
    }

    @Test
    void bucketsOfAGivenWidthIncludeEmptyOnes() {
        SentenceLengthHistogram h = SentenceLengths.histogram(parse(TEXT), 5);
        assertEquals(List.of(new LengthBucket(1, 5, 2), new LengthBucket(6, 10, 1), new LengthBucket(11, 15, 1)),
                h.buckets());
        assertEquals(5, h.bucketWidth());
    }

    @Test
    void automaticWidthIsRoundAndKeepsBucketsFew() {
        assertEquals(1, SentenceLengths.histogram(parse(TEXT)).bucketWidth());
        Document longSentence = parse("word ".repeat(95) + "end.");
        SentenceLengthHistogram h = SentenceLengths.histogram(longSentence);
        assertEquals(5, h.bucketWidth());
        assertEquals(20, h.buckets().size());
        assertEquals(1, h.buckets().get(19).count());
    }

    @Test
    void noSentenceNoBucket() {
        assertEquals(List.of(), SentenceLengths.histogram(parse("")).buckets());
        assertThrows(IllegalArgumentException.class, () -> SentenceLengths.histogram(parse(TEXT), 0));
    }
}
