package dev.analyze.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.analyze.claims.ClaimExtractor;
import dev.analyze.claims.Summarizer;
import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.entities.NewsEntityRecognizer;
import dev.analyze.quotes.QuoteAnalysis;
import dev.analyze.quotes.QuoteExtractor;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Ctrl-C in the REPL interrupts the command's thread; every long analysis must then stop rather
 * than run on in the background, and must not leave a result that looks like an empty analysis.
 */
class CancellationTest {

    private static final String TEXT = "Talks resume in Geneva\n\n" + (
            "Foreign Minister Jane Roe said on Monday that \"the talks will resume next week.\" "
            + "The United Nations sent 40 observers to Geneva, officials said. "
            + "\"We are ready,\" Roe told reporters, adding that Pakistan and India had agreed.\n\n").repeat(120);

    private final Document doc = DocumentParser.standard().parse("talks", "talks.txt", TEXT);
    private final EntityAnalysis entities = new NewsEntityRecognizer().analyze(doc);
    private final QuoteAnalysis quotes = new QuoteExtractor().analyze(doc, entities);

    @Test
    void everyAnalysisStopsWhenItsThreadIsInterrupted() {
        assertCancelled(() -> DocumentParser.standard().parse("talks", "talks.txt", TEXT));
        assertCancelled(() -> new NewsEntityRecognizer().analyze(doc));
        assertCancelled(() -> new QuoteExtractor().analyze(doc, entities));
        assertCancelled(() -> new ClaimExtractor().analyze(doc, entities, quotes));
        assertCancelled(() -> new Summarizer().summarize(doc, 3));
    }

    @Test
    void aCancelledAnalysisLeavesNothingBehindThatChangesTheNextOne() {
        assertFalse(quotes.quotes().isEmpty(), "the text has quotes");
        assertCancelled(() -> new QuoteExtractor().analyze(doc, entities));
        QuoteAnalysis again = new QuoteExtractor().analyze(doc, entities);
        assertEquals(quotes, again);
        assertEquals(new ClaimExtractor().analyze(doc, entities, quotes), new ClaimExtractor().analyze(doc, entities, again));
    }

    private static void assertCancelled(Executable work) {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, work);
        } finally {
            Thread.interrupted(); // clear the flag for the next case and for JUnit
        }
    }
}
