package dev.analyze.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entities command, run in-process on texts written for the test. */
class EntitiesCommandTest {

    private static final String ARTICLE = "Storm reaches Manila\n\n"
            + "Typhoon Lando reached Manila on Monday. President Rosa Dalisay said the Philippine Red Cross "
            + "was ready.\n\nDalisay visited Manila and Cebu. The Red Cross sent 40 trucks.\n";

    @TempDir
    Path dir;

    private static CliRun.Result run(String stdin, String... args) {
        return CliRun.run(stdin, args);
    }

    private Path article() throws Exception {
        Path p = dir.resolve("storm.txt");
        Files.writeString(p, ARTICLE);
        return p;
    }

    @Test
    void tableListsEntitiesMostMentionedFirst() throws Exception {
        CliRun.Result r = run("", "entities", article().toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("name"), r.out());
        assertTrue(lines.get(1).startsWith("Manila") && lines.get(1).contains("PLACE") && lines.get(1).contains("3"),
                r.out());
        assertTrue(r.out().contains("Rosa Dalisay"), r.out());
        assertTrue(r.out().contains("Dalisay"), "alias column: " + r.out());
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        CliRun.Result r = run("", "entities", "--format", "json", "--type", "person", article().toString());
        assertEquals(0, r.code(), r.err());
        List<String> names = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(r.out())) {
            String last = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    last = p.currentName();
                    if (!fields.contains(last)) {
                        fields.add(last);
                    }
                } else if (t == JsonToken.VALUE_STRING && "name".equals(last)) {
                    names.add(p.getText());
                }
            }
        }
        assertEquals(List.of("Rosa Dalisay"), names);
        assertTrue(fields.containsAll(List.of("schema", "document", "entities", "name", "type", "count", "aliases",
                "mentions", "text", "start", "end", "sentence")), fields.toString());
        assertTrue(r.out().contains("\"schema\" : \"analyze.entities/1\""), r.out());
        assertTrue(r.out().contains("\"count\" : 2"), r.out());
    }

    @Test
    void mentionsListEveryMentionWithSentenceAndOffset() throws Exception {
        CliRun.Result r = run("", "entities", "--mentions", "--type", "place", "-f", "tsv", article().toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.contains("\tManila\tPLACE\t")).toList();
        assertEquals(3, rows.size(), r.out());
        int offset = ARTICLE.indexOf("Manila", ARTICLE.indexOf("Typhoon"));
        assertTrue(rows.get(1).contains("\t2\t" + offset + "\tManila"), rows.toString());
    }

    @Test
    void topLimitsTheList() throws Exception {
        CliRun.Result r = run("", "entities", "--top", "1", "-f", "csv", article().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.out().lines().count(), r.out());
        assertTrue(r.out().lines().toList().get(1).contains("Manila,PLACE,3"), r.out());
    }

    @Test
    void plotDrawsOneLinePerTopEntity() throws Exception {
        CliRun.Result r = run("", "entities", "--plot", "--top", "2", article().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Manila (3) │"), r.out());
        assertTrue(r.out().contains("┼"), r.out());
        assertEquals(2, r.out().lines().filter(l -> l.contains(") │")).count(), r.out());
    }

    @Test
    void readsStandardInput() {
        CliRun.Result r = run(ARTICLE, "entities", "-f", "csv", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Manila,PLACE,3"), r.out());
    }

    @Test
    void badTypeIsAUsageError() throws Exception {
        CliRun.Result r = run("", "entities", "--type", "animal", article().toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("animal"), r.err());
    }
}
