package dev.analyze.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReportingCuesTest {

    @Test
    void theListHasMoreThanAHundredVerbs() {
        assertTrue(ReportingCues.get().verbCount() > 100, "verbs: " + ReportingCues.get().verbCount());
    }

    @ParameterizedTest
    @CsvSource({
        "'he said it', 1, 1",
        "'she told reporters today', 1, 2",
        "'according to the police', 0, 2",
        "'she went on to say', 1, 4",
        "'he tweeted', 1, 1",
        "'the report was long', 1, 0",
        "'they conceded', 1, 1",
        "'Kerry Said', 1, 1",
    })
    void cueLengthAtAWord(String text, int index, int expected) {
        Words w = Words.of(text, 0, text.length());
        assertEquals(expected, ReportingCues.get().cueLength(w, index));
    }
}
