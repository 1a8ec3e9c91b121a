package dev.analyze.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven tokenizer rules. Expected tokens are written "text|KIND" with kinds abbreviated:
 * W word, N number, U URL, E e-mail, P punctuation, S symbol.
 */
class NewsTokenizerTest {

    private static final NewsTokenizer TOKENIZER = new NewsTokenizer();

    static Stream<Arguments> rules() {
        return Stream.of(
                // words and punctuation
                c("Hello, world.", "Hello|W", ",|P", "world|W", ".|P"),
                // hyphenated words stay whole; a hyphen next to a space is punctuation
                c("IIT-Delhi", "IIT-Delhi|W"),
                c("India-Pakistan ties", "India-Pakistan|W", "ties|W"),
                c("a well-known state-of-the-art plan", "a|W", "well-known|W", "state-of-the-art|W", "plan|W"),
                c("India- Pakistan", "India|W", "-|P", "Pakistan|W"),
                c("pre- and post-war", "pre|W", "-|P", "and|W", "post-war|W"),
                c("COVID-19 cases", "COVID-19|W", "cases|W"),
                c("a 19-year-old man", "a|W", "19-year-old|W", "man|W"),
                // possessives and contractions, straight and curly
                c("India's", "India's|W"),
                c("doesn't it\u2019s", "doesn't|W", "it\u2019s|W"),
                c("the students\u2019 union", "the|W", "students\u2019|W", "union|W"),
                c("the players' wages", "the|W", "players'|W", "wages|W"),
                c("'Hello,' he said", "'|P", "Hello|W", ",|P", "'|P", "he|W", "said|W"),
                // numbers
                c("50,000 people", "50,000|N", "people|W"),
                c("up 3.5% to $1.2bn", "up|W", "3.5%|N", "to|W", "$1.2bn|N"),
                c("the 1990s at 10:30", "the|W", "1990s|N", "at|W", "10:30|N"),
                c("fell to -5 degrees", "fell|W", "to|W", "-5|N", "degrees|W"),
                c("(-5)", "(|P", "-5|N", ")|P"),
                c("the 2014-15 season", "the|W", "2014-15|N", "season|W"),
                c("\u00A3300m and \u20AC4.5", "\u00A3300m|N", "and|W", "\u20AC4.5|N"),
                c("the 21st century", "the|W", "21st|N", "century|W"),
                c("5-3 win", "5-3|N", "win|W"),
                // URLs and e-mail
                c("see https://example.com/a?b=1.", "see|W", "https://example.com/a?b=1|U", ".|P"),
                c("(www.example.org)", "(|P", "www.example.org|U", ")|P"),
                c("at bbc.co.uk/news,", "at|W", "bbc.co.uk/news|U", ",|P"),
                c("mail jane.doe@example.com.", "mail|W", "jane.doe@example.com|E", ".|P"),
                c("<tips@example.org>", "<|S", "tips@example.org|E", ">|S"),
                // abbreviations keep their dots; a sentence-final stop is punctuation
                c("the U.S. military", "the|W", "U.S.|W", "military|W"),
                c("at 5 a.m. today.", "at|W", "5|N", "a.m.|W", "today|W", ".|P"),
                c("Mr. Smith and Dr. Jones", "Mr.|W", "Smith|W", "and|W", "Dr.|W", "Jones|W"),
                c("John F. Kennedy", "John|W", "F.|W", "Kennedy|W"),
                c("No. 10 said no.", "No.|W", "10|N", "said|W", "no|W", ".|P"),
                c("Acme Inc. and Ph.D. students", "Acme|W", "Inc.|W", "and|W", "Ph.D.|W", "students|W"),
                c("He fell ill. Mass. is a state.", "He|W", "fell|W", "ill|W", ".|P", "Mass.|W", "is|W", "a|W",
                        "state|W", ".|P"),
                c("e.g., this", "e.g.|W", ",|P", "this|W"),
                c("It ended.", "It|W", "ended|W", ".|P"),
                c("end.Next", "end|W", ".|P", "Next|W"),
                // quotes, brackets, dashes, ellipses
                c("\u201CYes\u201D \u2014 (no) [maybe]", "\u201C|P", "Yes|W", "\u201D|P", "\u2014|P", "(|P", "no|W",
                        ")|P", "[|P", "maybe|W", "]|P"),
                c("2010\u20132012 -- done", "2010\u20132012|N", "--|P", "done|W"),
                c("wait... what\u2026", "wait|W", "...|P", "what|W", "\u2026|P"),
                c("Really?!", "Really|W", "?|P", "!|P"),
                // symbols and emoji; a surrogate pair is never split
                c("I \u2764\uFE0F NY \uD83D\uDE00!", "I|W", "\u2764\uFE0F|S", "NY|W", "\uD83D\uDE00|S", "!|P"),
                c("a + b = c & d", "a|W", "+|S", "b|W", "=|S", "c|W", "&|P", "d|W"),
                c("AT&T and S&P", "AT&T|W", "and|W", "S&P|W"),
                c("x\uD800y", "x|W", "\uD800|S", "y|W"),
                c("\uD835\uDFCE\uD835\uDFCF", "\uD835\uDFCE\uD835\uDFCF|N"),
                c("\uD835\uDC00bc", "\uD835\uDC00bc|W"),
                // accents and combining marks stay inside words
                c("Vázquez Garced, cafe\u0301", "Vázquez|W", "Garced|W", ",|P", "cafe\u0301|W"),
                // invisible format characters join inside a word and vanish elsewhere
                c("Wikinews\u200D's \u200DPrawo co\u00ADoperate", "Wikinews\u200D's|W", "Prawo|W", "co\u00ADoperate|W"),
                // white space, controls and zero-width spaces are never tokens
                c("a\u0000b\u200Bc\u00A0d\te", "a|W", "b|W", "c|W", "d|W", "e|W"));
    }

    private static Arguments c(String text, String... expected) {
        return Arguments.of(text, List.of(expected));
    }

    private static String abbreviate(TokenKind kind) {
        return switch (kind) {
            case WORD -> "W";
            case NUMBER -> "N";
            case URL -> "U";
            case EMAIL -> "E";
            case PUNCTUATION -> "P";
            case SYMBOL -> "S";
        };
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : TOKENIZER.tokenize(text, 0, text.length())) {
            assertEquals(t.text(), text.substring(t.start(), t.end()), "offsets of " + t);
            out.add(t.text() + "|" + abbreviate(t.kind()));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("rules")
    void tokenizes(String text, List<String> expected) {
        assertEquals(expected, tokens(text));
    }

    @Test
    void respectsTheRangeAndNeverSplitsAPair() {
        String text = "Hi \uD83D\uDE00 U.S. jane@x.org 3.5% it\u2019s \uD835\uDC00x. \uD835\uDFCE\uD835\uDFCF1";
        for (int a = 0; a <= text.length(); a++) {
            for (int b = a; b <= text.length(); b++) {
                int prev = a;
                for (Token t : TOKENIZER.tokenize(text, a, b)) {
                    assertTrue(t.start() >= prev && t.end() <= b && t.end() > t.start(), t + " in " + a + ".." + b);
                    assertFalse(Character.isHighSurrogate(text.charAt(t.end() - 1)) && t.end() < b
                            && Character.isLowSurrogate(text.charAt(t.end())), "pair split at " + t);
                    prev = t.end();
                }
            }
        }
    }

    @Test
    void wordRulesAreShortPlainLines() {
        long lines = NewsTokenizer.WORD_RULES.lines().count();
        assertTrue(lines >= 4 && lines <= 8, "4-8 lines");
        assertTrue(NewsTokenizer.WORD_RULES.chars().allMatch(ch -> ch >= ' ' && ch < 0x7F || ch == '\n'), "plain ASCII");
    }

    /** Hostile megabyte inputs tokenize soundly; their timing is measured in src/bench, not here. */
    @Test
    void hugeInputsTokenizeSoundly() {
        List<String> inputs = List.of(
                "a.".repeat(500_000),
                "x".repeat(1_000_000) + "@" + "y.".repeat(500_000),
                "1,".repeat(1_000_000),
                "-".repeat(1_000_000) + "'".repeat(1_000_000),
                "http://" + "a".repeat(2_000_000));
        for (String s : inputs) {
            int prev = 0;
            for (Token t : TOKENIZER.tokenize(s, 0, s.length())) {
                assertTrue(t.start() >= prev && t.end() <= s.length() && t.start() < t.end());
                prev = t.end();
            }
        }
        assertEquals(1, TOKENIZER.tokenize(inputs.get(4), 0, inputs.get(4).length()).size(), "a URL stays whole");
    }
}
