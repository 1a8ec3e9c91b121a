package dev.analyze.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims and summary commands, run in-process on a text written for the test. */
class ClaimsCommandTest {

    private static final String ARTICLE = "Linden must build new flood walls: Ruiz\n\n"
            + "Mayor Ana Ruiz said on Monday that Linden must build new flood walls before the winter rains.\n\n"
            + "The river flooded 300 homes in the town last week.\n\n"
            + "\u201CWe cannot wait for another disaster,\u201D Ruiz told reporters.\n\n"
            + "Tom Berg, the head of the farmers' union, said the walls would cost too much.\n\n"
            + "The town hall was closed on Tuesday.\n";

    @TempDir
    Path dir;

    private static CliRun.Result run(String... args) {
        return CliRun.run("", args);
    }

    private String article() throws Exception {
        Path p = dir.resolve("linden.txt");
        Files.writeString(p, ARTICLE, StandardCharsets.UTF_8);
        return p.toString();
    }

    /** Field names in order of first appearance, and the values of one field. */
    private static List<List<String>> fields(String json, String field) throws Exception {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            String last = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    last = p.currentName();
                    if (!names.contains(last)) {
                        names.add(last);
                    }
                } else if (field.equals(last) && t.isScalarValue()) {
                    values.add(t == JsonToken.VALUE_NULL ? null : p.getText());
                }
            }
        }
        return List.of(names, values);
    }

    @Test
    void jsonHasTheDocumentedShapeWithNullForTheArticlesOwnClaims() throws Exception {
        CliRun.Result r = run("claims", "--format", "json", "--top", "10", article());
        assertEquals(0, r.code(), r.err());
        List<List<String>> f = fields(r.out(), "speaker");
        assertEquals(List.of("schema", "document", "claims", "text", "speaker", "kind", "paragraph", "sentence", "score"),
                f.get(0));
        assertTrue(f.get(1).contains("Ana Ruiz"), r.out());
        assertTrue(f.get(1).contains("Tom Berg"), r.out());
        assertTrue(f.get(1).contains(null), "the article's own claims have a null speaker: " + r.out());
    }

    @Test
    void defaultTableShowsAtMostEightClaimsBestFirst() throws Exception {
        CliRun.Result r = run("claims", article());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("speaker"), r.out());
        assertTrue(lines.get(1).startsWith("Ana Ruiz"), "the lead claim comes first: " + r.out());
    }

    @Test
    void speakerAndKindFiltersNarrowTheList() throws Exception {
        CliRun.Result bySpeaker = run("claims", "--format", "json", "--speaker", "Berg", article());
        assertEquals(0, bySpeaker.code(), bySpeaker.err());
        assertEquals(List.of("Tom Berg"), fields(bySpeaker.out(), "speaker").get(1));
        CliRun.Result byKind = run("claims", "--format", "json", "--kind", "statistic", article());
        assertEquals(0, byKind.code(), byKind.err());
        assertEquals(List.of("statistic"), fields(byKind.out(), "kind").get(1));
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        CliRun.Result r = run("claims", "--top", "0", article());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--top"), r.err());
        CliRun.Result k = run("claims", "--kind", "rumour", article());
        assertEquals(ExitCodes.USAGE, k.code());
    }

    @Test
    void summaryPicksSentencesInDocumentOrder() throws Exception {
        CliRun.Result r = run("summary", "--format", "json", "--sentences", "2", article());
        assertEquals(0, r.code(), r.err());
        List<List<String>> f = fields(r.out(), "sentence");
        assertEquals(List.of("schema", "document", "sentences", "text", "paragraph", "sentence", "score"), f.get(0));
        List<Integer> numbers = f.get(1).stream().map(Integer::parseInt).toList();
        assertEquals(2, numbers.size());
        assertTrue(numbers.get(0) < numbers.get(1), numbers.toString());
        assertTrue(r.out().contains("Mayor Ana Ruiz said"), "the lead is in the summary: " + r.out());
    }

    @Test
    void summaryRejectsBothSentencesAndRatio() throws Exception {
        CliRun.Result r = run("summary", "--sentences", "2", "--ratio", "0.5", article());
        assertEquals(ExitCodes.USAGE, r.code());
        CliRun.Result ratio = run("summary", "--ratio", "1.5", article());
        assertEquals(ExitCodes.USAGE, ratio.code());
        assertTrue(ratio.err().contains("--ratio"), ratio.err());
    }
}
