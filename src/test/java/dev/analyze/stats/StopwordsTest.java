package dev.analyze.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StopwordsTest {

    @ParameterizedTest
    @CsvSource({"the,true", "The,true", "themselves,true", "mustn't,true", "don’t,true", "said,true", "us,true",
        "US,false", "Mr.,true", "etc.,true", "U.S.,false", "Pakistan,false", "terror,false", "sanctuaries,false"})
    void stopwords(String word, boolean stop) {
        assertEquals(stop, Stopwords.isStopword(word));
    }

    @Test
    void holdsTheSnowballListAndNewsWords() {
        assertTrue(Stopwords.words().size() >= 174 + 50, "size " + Stopwords.words().size());
        Stopwords.words().forEach(w -> assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w));
    }
}
