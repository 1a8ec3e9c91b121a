package dev.analyze.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.document.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary input never breaks the extractor, and hostile inputs (100,000 marks, a 10 MB line) give
 * sound output. Speed is measured by the benchmark, not here: no clock limits in unit tests.
 */
class QuoteRobustnessTest {

    private static QuoteAnalysis analyze(String text) {
        Document doc = DocumentParser.standard().parse("t", "t", text);
        return new QuoteExtractor().analyze(doc, TestEntities.of(doc).person("Ann Lee", dev.analyze.entities.Gender.FEMALE));
    }

    private static void assertSane(String text, QuoteAnalysis qa) {
        for (String w : qa.warnings()) {
            assertTrue(!w.startsWith("quote extraction failed"), w);
        }
        for (Quote q : qa.all()) {
            assertTrue(0 <= q.start() && q.start() <= q.end() && q.end() <= text.length(), q::toString);
            assertTrue(q.paragraph() >= 1 && q.sentence() >= 1, q::toString);
            for (Span s : q.parts()) {
                assertTrue(s.end() <= text.length(), q::toString);
            }
            if (q.parts().size() == 1) {
                assertEquals(text.substring(q.start(), q.end()), q.text());
            }
        }
    }

    @Provide
    Arbitrary<String> quoteHeavy() {
        return Arbitraries.strings()
                .withChars("\"'\u201C\u201D\u2018\u2019\u00AB\u00BB ,.:!?\n\r\t\u0000\uD800\uDC00\u00A0\u2014")
                .withChars("aZ said he she Ann Lee")
                .ofMaxLength(300);
    }

    @Property(tries = 400)
    void quoteMarksAndControlCharactersNeverBreakIt(@ForAll("quoteHeavy") String text) {
        assertSane(text, analyze(text));
    }

    @Property(tries = 200)
    void anyUnicodeNeverBreaksIt(@ForAll String text) {
        assertSane(text, analyze(text));
    }

    @Test
    void loneSurrogatesAndNul() {
        String text = "\uD800\"x\u0000\" she said \uDC00 \u201C\uD83D\uDE00\u201D, Ann Lee said.";
        assertSane(text, analyze(text));
    }

    private static QuoteAnalysis extract(String text) {
        Document doc = DocumentParser.standard().parse("t", "t", text);
        QuoteAnalysis qa = new QuoteExtractor().analyze(doc, TestEntities.of(doc));
        assertSane(text, qa);
        return qa;
    }

    @Test
    void hundredThousandBalancedMarks() {
        String text = "\"Yes,\" she said. ".repeat(50_000);
        QuoteAnalysis qa = extract(text);
        assertEquals(50_000, qa.quotes().size());
        assertTrue(qa.quotes().stream().allMatch(q -> q.text().equals("Yes,")));
    }

    @Test
    void hundredThousandUnbalancedMarks() {
        for (String unit : new String[] {"\u201Ca ", "\u201Db ", "\"c ", "'d ", "\u2018e "}) {
            String text = unit.repeat(100_000);
            QuoteAnalysis qa = extract(text);
            assertTrue(qa.warnings().size() <= QuoteSpanFinder.MAX_WARNINGS + 1, unit);
        }
    }

    @Test
    void tenMegabyteLine() {
        StringBuilder sb = new StringBuilder(10_500_000);
        while (sb.length() < 10_000_000) {
            sb.append("The council met on Monday and \u201Cvoted\u201D to close the road, officials said. ");
        }
        sb.append("He said \u201Cnever");
        String text = sb.toString();
        QuoteAnalysis qa = extract(text);
        Quote last = qa.quotes().get(qa.quotes().size() - 1);
        assertEquals("never", last.text());
        assertTrue(last.warnings().stream().anyMatch(w -> w.contains("no closing mark")));
    }
}
