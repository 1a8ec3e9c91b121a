package dev.analyze.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which marks pair into quotes; the expected spans are written out as the text between marks. */
class QuoteSpanFinderTest {

    private static List<String> spans(String text) {
        Document doc = DocumentParser.standard().parse("t", "t", text);
        return new QuoteSpanFinder().find(doc).quotes().stream()
                .map(q -> String.join("|", q.parts().stream().map(s -> text.substring(s.start(), s.end())).toList()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "India's role in the '90s; ''",
        "rock 'n' roll and the students' union; ''",
        "\u2019Tis the \u201990s rock \u2019n\u2019 roll of O\u2019Brien\u2019s; ''",
        "He said \"yes\" twice; yes",
        "\u201CA\u201D and \u201CB\u201D; A,B",
        "\u2018We\u2019ll win,\u2019 he said; We\u2019ll win,",
        "'Jones' car is red,' she said; Jones' car is red,",
        "\u201CHe told me \u2018never again\u2019,\u201D she said; He told me \u2018never again\u2019,",
        "\u2018He said \u201Cno\u201D to me,\u2019 she said; He said \u201Cno\u201D to me,",
        "The 12\" screen; ''",
        "\"A\" \"B\" \"C\"; A,B,C",
    })
    void pairs(String text, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(","));
        if (expected.endsWith(",")) {
            want = List.of(expected);
        }
        assertEquals(want, spans(text));
    }
}
