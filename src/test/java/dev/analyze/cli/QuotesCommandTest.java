package dev.analyze.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quotes command, run in-process on an article written for the test. */
class QuotesCommandTest {

    private static final String ARTICLE = "Harbour plan approved\n\n"
            + "Mayor Ana Ruiz backed the harbour plan on Monday. \u201CThis is the best day for our city,\u201D "
            + "Ruiz said. \u201CWe waited ten years.\u201D\n\n"
            + "Opposition leader Tom Bell disagreed. \u201CIt is a waste,\u201D he said.\n\n"
            + "\u201CIt will cost too much,\u201D a spokesman for the port added. The ship, known as "
            + "\u201CBig Mary\u201D, arrives in May.\n";

    @TempDir
    Path dir;

    private static CliRun.Result run(String... args) {
        return CliRun.run("", args);
    }

    private String article(String text) throws Exception {
        Path p = dir.resolve("harbour.txt");
        Files.writeString(p, text);
        return p.toString();
    }

    /** The quote objects of a JSON report, as field maps in order (null values kept). */
    private static List<Map<String, String>> quotes(String json) throws Exception {
        List<Map<String, String>> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            int depth = 0;
            Map<String, String> cur = null;
            String field = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT -> {
                        depth++;
                        if (depth == 2) {
                            cur = new LinkedHashMap<>();
                        }
                    }
                    case END_OBJECT -> {
                        if (depth == 2) {
                            out.add(cur);
                        }
                        depth--;
                    }
                    case FIELD_NAME -> field = p.currentName();
                    default -> {
                        if (depth == 2 && t.isScalarValue()) {
                            cur.put(field, t == JsonToken.VALUE_NULL ? null : p.getText());
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void tableListsQuotesInDocumentOrderWithSpeakers() throws Exception {
        CliRun.Result r = run("quotes", article(ARTICLE));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).contains("speaker") && lines.get(0).contains("text"), r.out());
        int best = r.out().indexOf("best day");
        int waste = r.out().indexOf("a waste");
        assertTrue(best > 0 && waste > best, r.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Ana Ruiz") && l.contains("best day")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Tom Bell") && l.contains("a waste")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("(a spokesman for the port)") && l.contains("cost too much")), r.out());
        assertFalse(r.out().contains("Big Mary"), "not-a-quote spans only with --all: " + r.out());
    }

    @Test
    void jsonHasTheDocumentedFieldsAndNullForAnUnknownSpeaker() throws Exception {
        CliRun.Result r = run("quotes", "--format", "json", article(ARTICLE));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"schema\" : \"analyze.quotes/1\""), r.out());
        assertTrue(r.out().contains("\"document\""), r.out());
        List<Map<String, String>> qs = quotes(r.out());
        assertEquals(4, qs.size(), r.out());
        assertEquals(List.of("text", "speaker", "speakerMention", "cue", "kind", "paragraph", "sentence", "start", "end"),
                List.copyOf(qs.get(0).keySet()));
        assertEquals("Ana Ruiz", qs.get(0).get("speaker"));
        assertEquals("Ruiz", qs.get(0).get("speakerMention"));
        assertEquals("This is the best day for our city,", qs.get(0).get("text"));
        int start = Integer.parseInt(qs.get(0).get("start"));
        int end = Integer.parseInt(qs.get(0).get("end"));
        assertEquals(qs.get(0).get("text"), ARTICLE.substring(start, end));
        Map<String, String> spokesman = qs.get(3);
        assertEquals(null, spokesman.get("speaker"));
        assertEquals("a spokesman for the port", spokesman.get("speakerMention"));
        assertEquals("added", spokesman.get("cue"));
        assertEquals("full", spokesman.get("kind"));
    }

    @Test
    void speakerFilterMatchesAnAliasInAnyCase() throws Exception {
        CliRun.Result r = run("quotes", "--format", "json", "--speaker", "ruiz", article(ARTICLE));
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> qs = quotes(r.out());
        assertEquals(2, qs.size(), r.out());
        assertTrue(qs.stream().allMatch(q -> "Ana Ruiz".equals(q.get("speaker"))));
        CliRun.Result none = run("quotes", "--format", "json", "--speaker", "Nobody", article(ARTICLE));
        assertEquals(0, quotes(none.out()).size());
    }

    @Test
    void bySpeakerSumsQuotesWordsAndShares() throws Exception {
        CliRun.Result r = run("quotes", "--by-speaker", "--format", "csv", article(ARTICLE));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("schema,document,speaker,quotes,words,share", lines.get(0));
        // Ruiz: 8 + 4 words in 2 quotes; Bell 4; unknown 5; 21 words in all
        String schema = "analyze.quote-speakers/1,";
        assertTrue(lines.get(1).startsWith(schema + "harbour,Ana Ruiz,2,12,"), r.out());
        double share = Double.parseDouble(lines.get(1).split(",")[5].replace("%", ""));
        assertEquals(12.0 / 21 * 100, share > 1 ? share : share * 100, 0.2);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(schema + "harbour,(unknown),1,5,")), r.out());
    }

    @Test
    void minWordsDropsShortQuotes() throws Exception {
        CliRun.Result r = run("quotes", "--format", "json", "--min-words", "5", article(ARTICLE));
        List<Map<String, String>> qs = quotes(r.out());
        assertEquals(2, qs.size(), r.out());
        assertTrue(qs.stream().allMatch(q -> q.get("text").split("\\s+").length >= 5));
        CliRun.Result bad = run("quotes", "--min-words", "-1", article(ARTICLE));
        assertEquals(ExitCodes.USAGE, bad.code());
    }

    @Test
    void allShowsSpansThatAreNotQuotesMarkedAsSuch() throws Exception {
        CliRun.Result r = run("quotes", "--all", "--format", "json", article(ARTICLE));
        List<Map<String, String>> qs = quotes(r.out());
        assertEquals(5, qs.size(), r.out());
        Map<String, String> name = qs.get(4);
        assertEquals("Big Mary", name.get("text"));
        assertEquals("not-a-quote", name.get("kind"));
        CliRun.Result table = run("quotes", "--all", article(ARTICLE));
        assertTrue(table.out().contains("not-a-quote"), table.out());
    }

    @Test
    void warningsGoToStandardError() throws Exception {
        String text = "Storm\n\nThe mayor said \u201Cwe will rebuild\n\nThe council met on Monday.\n";
        CliRun.Result r = run("quotes", "--format", "json", article(text));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("no closing mark"), r.err());
        assertFalse(r.out().contains("no closing mark"), r.out());
        assertEquals("we will rebuild", quotes(r.out()).get(0).get("text"));
    }
}
