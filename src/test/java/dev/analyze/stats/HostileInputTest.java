package dev.analyze.stats;

import static dev.analyze.stats.WordStatsAnalyzerTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.document.Document;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Megabyte inputs built to hurt (one endless line, a wall of quote marks, one giant token):
 * every analyzer returns sound results without deep recursion or quadratic work.
 */
class HostileInputTest {

    static Stream<String> inputs() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; line.length() < 500_000; i++) {
            line.append("word").append(i % 997).append(i % 3 == 0 ? "'s " : " ");
        }
        return Stream.of(
                line.toString(),
                "\"a\" ".repeat(50_000),
                "a's".repeat(300_000),
                "a.".repeat(400_000),
                "1".repeat(500_000) + " 1,2,3:4.5.6 " + "9".repeat(1000) + "%",
                "\u0000\uD800 x\u2028y\u00AD".repeat(50_000));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyAnalyzerCopes(String text) {
        Document doc = parse(text);
        WordStats stats = WordStatsAnalyzer.analyze(doc);
        assertTrue(Double.isFinite(stats.fleschReadingEase()) && Double.isFinite(stats.smog()));
        assertTrue(stats.syllables() >= stats.words(), "every word has a syllable");
        WordFrequencyTable words = WordFrequencies.analyze(doc, new FrequencyOptions(true, true, true, 1, 10));
        assertTrue(words.rows().size() <= 10);
        assertEquals(stats.words(), words.totalWords());
        for (int n = 2; n <= 4; n++) {
            NGramTable grams = NGrams.analyze(doc, new NGramOptions(n, 2, 5));
            grams.rows().forEach(g -> assertTrue(g.count() >= 2));
        }
        for (KwicHit hit : Kwic.find(doc, "a", 30).hits()) {
            assertTrue(hit.left().length() <= 30 && hit.right().length() <= 30);
            assertTrue(hit.left().indexOf('\n') < 0 && hit.right().indexOf('\n') < 0);
        }
        SentenceLengthHistogram h = SentenceLengths.histogram(doc);
        assertTrue(h.buckets().size() <= SentenceLengths.MAX_BUCKETS);
    }
}
