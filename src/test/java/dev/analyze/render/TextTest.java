package dev.analyze.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void widthCountsWideCharactersTwiceAndMarksNotAtAll() {
        assertEquals(5, Text.width("Kerry"));
        assertEquals(4, Text.width("东京"));
        assertEquals(4, Text.width("cafe\u0301"), "a combining accent takes no column");
        assertEquals(2, Text.width("a\u00ADb"), "a soft hyphen is not shown");
        assertEquals(2, Text.width("\uD83D\uDE00"), "an emoji (a surrogate pair) is wide");
    }

    @Test
    void wrapsAtSpacesWithinTheWidth() {
        assertEquals(List.of("John Kerry said", "the talks will", "resume."),
                Text.wrap("John Kerry said the talks will resume.", 15));
        assertEquals(List.of("a b"), Text.wrap("  a   b  ", 10), "runs of spaces fold into one");
        assertEquals(List.of(""), Text.wrap("", 10));
    }

    @Test
    void breaksAWordLongerThanTheLine() {
        assertEquals(List.of("said", "abcdefghij", "klmnopqrst", "uvwxyz", "then"),
                Text.wrap("said abcdefghijklmnopqrstuvwxyz then", 10));
        assertEquals(List.of("东京东", "京"), Text.wrap("东京东京", 6), "wide characters fill two columns each");
        assertEquals(List.of("cafe\u0301s"), Text.wrap("cafe\u0301s", 5), "a mark does not push a line over");
    }

    @Test
    void aLongWordKeepsEveryCharacterInOrderOnLinesOfTheWidth() {
        String word = "x".repeat(1234) + "\u00E9" + "y".repeat(999);
        List<String> lines = Text.wrap("start " + word + " end", 60);
        assertEquals("start", lines.get(0), "the long word starts a line of its own");
        assertEquals("start" + word + "end", String.join("", lines).replace(" ", ""), "nothing lost or reordered");
        for (String line : lines) {
            assertTrue(Text.width(line) <= 60, line);
        }
        assertEquals(2 + (1234 + 1 + 999) / 60, lines.size(), "full lines of 60, the rest shared with 'end'");
    }

    /**
     * Not a speed assertion but a guard against quadratic time: cutting a word by copying its rest
     * took minutes for a megabyte without spaces (a claim or sentence of that size is a table cell);
     * now it is linear, well under a second.
     */
    @Test
    void aMegabyteWithoutSpacesIsWrappedInLinearTime() {
        String junk = "(".repeat(500_000) + ")".repeat(500_000);
        List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Text.wrap(junk, 60));
        assertEquals(16_667, lines.size());
        assertEquals(junk.length(), lines.stream().mapToInt(String::length).sum());
    }
}
