package dev.analyze.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.document.Paragraph;
import dev.analyze.document.Sentence;
import dev.analyze.document.Token;
import dev.analyze.render.TerminalText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For arbitrary text (all of Unicode, controls, lone surrogates, NUL, line ends), the document model
 * never throws, every offset lies inside the text and on a character boundary, structure is ordered
 * and deterministic, and terminal-safe text contains no control characters.
 */
class DocumentModelProperties {

    private final DocumentParser parser = DocumentParser.standard();

    @Provide
    static Arbitrary<String> hostileText() {
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> newsish = Arbitraries.strings()
                .withChars("aAbBzZ .,;:!?\"'“”‘’()[]-—\n\r\t\u0000\u001B\u200B\u202E\uD800\uDC00😀é\u0301U.S.Mr")
                .ofMaxLength(400);
        return Arbitraries.oneOf(anyChars, newsish);
    }

    @Property(tries = 300)
    void offsetsAreInsideTheTextAndOnCharBoundaries(@ForAll("hostileText") String text) {
        Document doc = parser.parse("t", "t", text);
        int previousEnd = 0;
        for (Paragraph p : doc.paragraphs()) {
            assertTrue(p.start() >= previousEnd && p.end() <= text.length() && p.start() < p.end());
            previousEnd = p.end();
            assertBoundary(text, p.start());
            assertBoundary(text, p.end());
        }
        int sentenceEnd = 0;
        for (Sentence s : doc.sentences()) {
            assertTrue(s.start() >= sentenceEnd && s.end() <= text.length() && s.start() < s.end(),
                    () -> "sentence " + s + " in " + text.length());
            sentenceEnd = s.end();
            Paragraph p = doc.paragraphs().get(s.paragraph());
            assertTrue(p.span().contains(s.span()));
            int tokenEnd = s.start();
            for (Token t : s.tokens()) {
                assertTrue(t.start() >= tokenEnd && t.end() <= s.end() && t.start() < t.end());
                assertEquals(text.substring(t.start(), t.end()), t.text());
                assertBoundary(text, t.start());
                assertBoundary(text, t.end());
                tokenEnd = t.end();
            }
        }
    }

    @Property(tries = 100)
    void parsingIsDeterministic(@ForAll("hostileText") String text) {
        assertEquals(parser.parse("t", "t", text), parser.parse("t", "t", text));
    }

    @Property(tries = 300)
    void terminalSafeTextHasNoControls(@ForAll("hostileText") String text) {
        for (String safe : new String[] {TerminalText.cell(text), TerminalText.block(text)}) {
            safe.codePoints().forEach(cp -> {
                boolean allowedNewline = cp == '\n' && safe != null;
                assertFalse(!allowedNewline && (Character.getType(cp) == Character.CONTROL),
                        () -> "control U+" + Integer.toHexString(cp));
                assertFalse(cp >= 0x202A && cp <= 0x202E, "bidi override");
                assertFalse(Character.isSurrogate((char) cp) && cp < 0x10000, "lone surrogate");
            });
        }
        assertFalse(TerminalText.cell(text).contains("\n"));
    }

    private static void assertBoundary(String text, int offset) {
        if (offset > 0 && offset < text.length()) {
            assertFalse(Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset)),
                    () -> "offset " + offset + " splits a surrogate pair");
        }
    }
}
