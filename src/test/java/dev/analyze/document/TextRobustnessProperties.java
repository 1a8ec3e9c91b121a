package dev.analyze.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Arbitrary input never makes the splitter or tokenizer throw or leave their range. */
class TextRobustnessProperties {

    private final NewsSentenceSplitter splitter = new NewsSentenceSplitter();
    private final NewsTokenizer tokenizer = new NewsTokenizer();

    @Property(tries = 500)
    void anyUnicode(@ForAll @StringLength(max = 80) String text) {
        check(text);
    }

    @Property(tries = 1000)
    void newsPunctuationSoup(@ForAll @StringLength(max = 60)
            @Chars({'.', '!', '?', '"', '\'', '(', ')', '[', ']', ' ', '\n', '-', '@', '/', ':', ',', '$', '%',
                    '\u2026', '\u201C', '\u201D', '\u2019', '\u2022', '\uD83D', '\uDE00', '\u0000'})
            @CharRange(from = 'a', to = 'e') @CharRange(from = 'A', to = 'E') @CharRange(from = '0', to = '3')
            String text) {
        check(text);
    }

    private void check(String text) {
        int n = text.length();
        List<Span> sentences = splitter.split(text, 0, n);
        int prev = 0;
        for (Span s : sentences) {
            assertTrue(s.start() >= prev && s.end() <= n && !s.isEmpty(), "sentence " + s);
            prev = s.end();
            int tprev = s.start();
            for (Token t : tokenizer.tokenize(text, s.start(), s.end())) {
                assertTrue(t.start() >= tprev && t.end() <= s.end() && t.end() > t.start(), "token " + t);
                assertEquals(text.substring(t.start(), t.end()), t.text());
                tprev = t.end();
            }
        }
    }
}
