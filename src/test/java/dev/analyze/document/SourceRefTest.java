package dev.analyze.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SourceRefTest {

    @Test
    void stemsJoinWhiteSpaceRunsWithAnUnderscore() {
        assertEquals("kerry", SourceRef.file(Path.of("samples/kerry.txt")).stem());
        assertEquals("my_news_file", SourceRef.file(Path.of("dir/my  news\tfile.txt")).stem());
        assertEquals("_a_", SourceRef.file(Path.of(" a \u000B.md")).stem());
        assertEquals("caf\u00e9\u00a0bar", SourceRef.file(Path.of("caf\u00e9\u00a0bar.txt")).stem()); // NBSP is kept
        assertEquals("doc", SourceRef.file(Path.of("   .txt")).stem());
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars(" \t\n\u000B\f\r\u00a0\u2003ab_.");
    }

    @Property(tries = 1000)
    void underscoringMatchesTheRegex(@ForAll("names") String name) {
        assertEquals(name.replaceAll("\\s+", "_"), SourceRef.underscoreSpaces(name));
    }
}
