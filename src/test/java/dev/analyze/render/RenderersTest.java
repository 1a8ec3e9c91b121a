package dev.analyze.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RenderersTest {

    record Row(String speaker, String text, int count) {
    }

    private static final List<Column<Row>> COLUMNS = List.of(
            Column.of("speaker", Row::speaker), Column.text("text", Row::text), Column.of("count", Row::count));

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Output output(int width) {
        return new Output(new PrintWriter(out), new PrintWriter(err), Style.PLAIN, width);
    }

    private void render(Format format, int width, Report<?>... reports) {
        Renderer r = Renderer.create(format, output(width));
        r.begin(reports.length);
        for (Report<?> report : reports) {
            r.write(report);
        }
        r.end();
    }

    private static Report<Row> report(String doc, Row... rows) {
        return Report.of("analyze.test/1", doc, "rows", List.of(rows), COLUMNS);
    }

    @Test
    void csvCarriesSchemaAndQuotesProperly() throws IOException {
        render(Format.CSV, 80, report("a", new Row("Ruiz, Ana", "She said \"no\".", 2)), report("b", new Row("Lee", "ok", 1)));
        try (CSVParser p = CSVParser.parse(new StringReader(out.toString()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("schema", "document", "speaker", "text", "count"), p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(2, rows.size());
            assertEquals("analyze.test/1", rows.get(0).get("schema"));
            assertEquals("Ruiz, Ana", rows.get(0).get("speaker"));
            assertEquals("She said \"no\".", rows.get(0).get("text"));
            assertEquals("b", rows.get(1).get("document"));
        }
    }

    record DocRow(String document, int count) {
    }

    @Test
    void jsonLinesNameTheDocumentOnceWhenTheItemNamesItToo() throws IOException {
        List<Column<DocRow>> columns = List.of(Column.of("document", DocRow::document), Column.of("count", DocRow::count));
        render(Format.JSONL, 80, Report.of("analyze.test/1", "a", "rows", List.of(new DocRow("a", 3)), columns),
                report("b", new Row("Lee", "ok", 1)));
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        JsonFactory strict = JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        for (String line : lines) {
            try (JsonParser p = strict.createParser(line)) {
                while (p.nextToken() != null) {
                    // a duplicate key throws
                }
            }
        }
        assertTrue(lines.get(0).startsWith("{\"schema\":\"analyze.test/1\",\"document\":\"a\",\"count\":3"), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"schema\":\"analyze.test/1\",\"document\":\"b\",\"speaker\""), lines.get(1));
    }

    @Test
    void csvNamesTheDocumentOnceWhenTheItemsNameItToo() throws IOException {
        List<Column<DocRow>> columns = List.of(Column.of("document", DocRow::document), Column.of("count", DocRow::count));
        render(Format.CSV, 80, Report.of("analyze.test/1", "", "rows", List.of(new DocRow("a", 3), new DocRow("b", 4)),
                columns));
        try (CSVParser p = CSVParser.parse(new StringReader(out.toString()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("schema", "document", "count"), p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals("b", rows.get(1).get("document"));
            assertEquals("4", rows.get(1).get("count"));
        }
    }

    @Test
    void tsvHasOneLinePerItem() {
        render(Format.TSV, 80, report("a", new Row("X", "line one\nline two\tand tab", 1)));
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        assertEquals(5, lines.get(1).split("\t", -1).length, "no stray tab or newline inside a cell: " + lines.get(1));
    }

    @Test
    void jsonIsValidAndEscapesTerminalControls() throws IOException {
        render(Format.JSON, 80, report("a", new Row("X", "bell\u0007 csi\u009B2J rlo\u202E del\u007F", 1)));
        String json = out.toString();
        for (char c : new char[] {'\u0007', '\u009B', '\u202E', '\u007F'}) {
            assertEquals(-1, json.indexOf(c), "raw U+" + Integer.toHexString(c));
        }
        List<String> texts = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals("text")) {
                    p.nextToken();
                    texts.add(p.getText());
                }
            }
        }
        assertEquals(List.of("bell\u0007 csi\u009B2J rlo\u202E del\u007F"), texts, "the data itself is unchanged");
    }

    @Test
    void markdownNamesTheSchemaInAComment() {
        render(Format.MARKDOWN, 80, report("a", new Row("A|B", "t", 1)));
        assertTrue(out.toString().startsWith("<!-- schema: analyze.test/1 -->\n"), out.toString());
        assertTrue(out.toString().contains("A\\|B"), "pipes escaped: " + out);
    }

    @Test
    void tableSaysWhenItShowsOnlyPartOfTheList() {
        render(Format.TABLE, 80, report("a", new Row("A", "t", 1)).withTotal(117));
        assertTrue(err.toString().contains("showing 1 of 117 rows"), err.toString());
        assertFalse(out.toString().contains("117"), "the note is on stderr, not in the data");
    }

    @Test
    void severalLongColumnsWrapToFitTheWidth() {
        List<Column<Row>> twoText = List.of(Column.text("speaker", Row::speaker), Column.text("text", Row::text),
                Column.of("count", Row::count));
        String words = "word ".repeat(30).strip();
        Report<Row> r = Report.of("analyze.test/1", "a", "rows", List.of(new Row(words, words, 3)), twoText);
        render(Format.TABLE, 60, r);
        for (String line : out.toString().lines().toList()) {
            assertTrue(Text.width(line) <= 60, "line wider than 60: '" + line + "'");
        }
        assertEquals(60, out.toString().split("word", -1).length - 1, "no word lost in wrapping");
    }
}
