package dev.analyze.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.analyze.cli.CliRun;
import dev.analyze.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adversarial files, generated here, run end-to-end through the CLI in-process: every analysis
 * command gives a result (exit 0, well-formed JSON whose offsets point into the text) or, for
 * input that is not text, one line naming the file and the problem with exit code 1. Sizes are
 * kept small enough for the unit suite (1 MB, not 10 MB); the benchmark measures time.
 */
class AdversarialInputTest {

    /** Every analysis command, as a script line that ends with --format json. */
    private static final List<String> ANALYSES = List.of("stats", "words --all --lemma", "ngrams -n 3", "kwic the",
            "entities --mentions", "quotes --all", "claims --top 20", "summary");

    @TempDir
    Path dir;

    /** A generated text fixture: its name and its text. */
    private record Fixture(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String repeatTo(String unit, int chars) {
        return unit.repeat(chars / unit.length() + 1).substring(0, chars);
    }

    static Stream<Fixture> textFixtures() {
        String clause = "The council said \u201Cwe will act\u201D on Monday and Mr. Lee of the United Nations agreed, ";
        return Stream.of(
                new Fixture("1 MB single line", repeatTo(clause, 1_000_000)),
                new Fixture("100,000 balanced straight quote marks", "Headline\n\n" + "\"Yes\" Lee. ".repeat(50_000)),
                new Fixture("100,000 unbalanced quote marks", "Headline\n\n" + "\u201Cno ".repeat(100_000)),
                new Fixture("100,000 bare quote marks", "\"".repeat(100_000)),
                new Fixture("10,000 nested brackets", "Nested\n\n" + "(".repeat(10_000) + "Ann Lee said so"
                        + ")".repeat(10_000) + ".\n"),
                new Fixture("10,000 nested mixed brackets and quotes", "Nested\n\n"
                        + "([{\u201C\u2018".repeat(2_000) + "word" + "\u2019\u201D}])".repeat(2_000) + "\n"),
                new Fixture("10,000 unclosed brackets", "Open\n\n" + "( [ said Ann ".repeat(10_000)),
                new Fixture("all capitals article", ("COUNCIL APPROVES NEW BRIDGE\n\n"
                        + "THE CITY COUNCIL VOTED 7-2 ON MONDAY TO FUND A NEW BRIDGE, OFFICIALS SAID. "
                        + "\u201CIT IS LONG OVERDUE,\u201D SAID MAYOR ANA RUIZ OF THE UNITED NATIONS.\n\n").repeat(300)),
                new Fixture("no punctuation at all", repeatTo("the mayor said the council will fund a bridge "
                        + "John Smith agreed and the United Nations ", 200_000)),
                new Fixture("one word repeated", "word ".repeat(100_000)),
                new Fixture("only punctuation", repeatTo(".,;:!?-\u2014()[]'\"", 100_000)),
                new Fixture("control characters and escape sequences", ("Title \u001B]0;x\u0007\n\n"
                        + "He said \u001B[2J\"hi\u0001\u0085\u009B\u202E\u200B\" and\rover. e\u0301\uD83D\uDE00\n\n")
                        .repeat(2_000)),
                new Fixture("every line a paragraph", "Line said Ann Lee.\n".repeat(5_000)),
                new Fixture("one very long word", "Title\n\n" + "a".repeat(200_000) + " said Lee.\n"),
                new Fixture("long run of capitalised words", "Title\n\n" + "Ann Lee Bob ".repeat(30_000) + "said.\n"),
                new Fixture("many tiny sentences", "A. B. C. D. Mr. E. U.S. F! G? ".repeat(4_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFixtures")
    void everyAnalysisGivesSoundJson(Fixture fixture) throws IOException {
        Path file = dir.resolve("article.txt");
        Files.writeString(file, fixture.text(), StandardCharsets.UTF_8);
        // script mode: the document is parsed once and each analysis runs on it, as in the REPL
        StringBuilder script = new StringBuilder();
        for (String analysis : ANALYSES) {
            script.append(analysis).append(" --format json\n");
        }
        CliRun.Result r = CliRun.run(script.toString(), "load", file.toString());
        assertEquals(ExitCodes.OK, r.code(), () -> fixture + ": " + r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        List<Map<String, Object>> reports = JsonReports.parse(r.out());
        assertEquals(ANALYSES.size(), reports.size(), "one JSON report per command");
        JsonReports.checkOffsets(reports, fixture.text());
    }

    @Test
    void lineEndingsAndEncodingsGiveTheSameAnalysis() throws IOException {
        String article = "Bridge plan approved\n\nThe city council voted on Monday to fund a new bridge, officials said.\n\n"
                + "\u201CIt is long overdue,\u201D said Mayor Ana Ruiz. Caf\u00e9 owners welcomed it.\n";
        Map<String, byte[]> variants = new java.util.LinkedHashMap<>();
        variants.put("lf", article.getBytes(StandardCharsets.UTF_8));
        variants.put("crlf", article.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        variants.put("cr", article.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
        variants.put("utf8-bom", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, article, StandardCharsets.UTF_8));
        variants.put("utf16le-bom", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, article, StandardCharsets.UTF_16LE));
        variants.put("utf16be-bom", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, article, StandardCharsets.UTF_16BE));
        variants.put("windows-1252", article.getBytes(Charset.forName("windows-1252")));
        String expected = null;
        for (var v : variants.entrySet()) {
            Path file = Files.createDirectories(dir.resolve(v.getKey())).resolve("article.txt");
            Files.write(file, v.getValue());
            List<String> args = new ArrayList<>(List.of("load", file.toString()));
            if (v.getKey().equals("windows-1252")) {
                args.addAll(List.of("--encoding", "windows-1252"));
            }
            // every analysis that does not print offsets (CR and CRLF shift them) must agree
            CliRun.Result r = CliRun.run("stats --format json\nwords --format json\nngrams --format json\n"
                    + "entities --format json\nclaims --format json\nsummary --format json\n"
                    + "quotes --format csv\n", args.toArray(String[]::new));
            assertEquals(ExitCodes.OK, r.code(), v.getKey() + ": " + r);
            String comparable = r.out().replaceAll("\"(start|end|offset)\" : \\d+", "\"$1\" : _")
                    .replaceAll(",\\d+,\\d+\r?\n", ",_,_\n");
            if (expected == null) {
                expected = comparable;
                assertTrue(expected.contains("Ana Ruiz") && expected.contains("Caf\u00e9"), expected);
            } else {
                assertEquals(expected, comparable, v.getKey() + " reads as the LF UTF-8 file does");
            }
        }
    }

    private static byte[] withBom(byte[] bom, String text, Charset cs) {
        byte[] body = text.getBytes(cs);
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    /** Input that is not text: each analysis command refuses it in one line, exit 1. */
    static Stream<Object[]> notText() {
        byte[] badUtf8 = {'T', 'i', 't', 'l', 'e', '\n', '\n', 'C', 'a', 'f', (byte) 0xE9, ' ', 'x', '\n'};
        byte[] binary = new byte[4096];
        new java.util.Random(8).nextBytes(binary);
        binary[100] = 0;
        byte[] utf16NoBom = "Title\n\nText.\n".getBytes(StandardCharsets.UTF_16LE);
        return Stream.of(
                new Object[] {"binary file", binary, "binary file"},
                new Object[] {"invalid UTF-8", badUtf8, "not valid UTF-8 at byte 10"},
                new Object[] {"UTF-16 without a BOM", utf16NoBom, "binary file"},
                new Object[] {"empty file", new byte[0], "file is empty"},
                new Object[] {"white space only", " \r\n\t\u000B\f\r \n".getBytes(StandardCharsets.UTF_8), "only white space"},
                new Object[] {"UTF-8 BOM only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "only white space"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notText")
    void notTextIsOneLineNamingTheFileForEveryAnalysis(String name, byte[] bytes, String problem) throws IOException {
        Path file = dir.resolve("input.txt");
        Files.write(file, bytes);
        for (String analysis : ANALYSES) {
            List<String> args = new ArrayList<>(List.of(analysis.split(" ")));
            args.add(file.toString());
            CliRun.Result r = CliRun.run("", args.toArray(String[]::new));
            assertEquals(ExitCodes.BAD_INPUT, r.code(), analysis + ": " + r);
            List<String> lines = r.err().lines().toList();
            assertEquals(1, lines.size(), analysis + ": one line: " + r.err());
            assertTrue(lines.get(0).startsWith("analyze: " + file + ": ") && lines.get(0).contains(problem),
                    analysis + ": " + lines.get(0));
            assertEquals("", r.out().strip(), analysis + " printed no result: " + r.out());
        }
    }

    /** Reads a stream of JSON reports and checks every offset against the text. */
    static final class JsonReports {
        private JsonReports() {
        }

        /** Each root value, as nested maps and lists. */
        static List<Map<String, Object>> parse(String json) throws IOException {
            List<Map<String, Object>> out = new ArrayList<>();
            try (JsonParser p = new JsonFactory().createParser(json)) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    assertEquals(JsonToken.START_OBJECT, t, "each report is an object");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> report = (Map<String, Object>) read(p);
                    out.add(report);
                }
            }
            return out;
        }

        private static Object read(JsonParser p) throws IOException {
            switch (p.currentToken()) {
                case START_OBJECT -> {
                    Map<String, Object> map = new java.util.LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        p.nextToken();
                        map.put(field, read(p));
                    }
                    return map;
                }
                case START_ARRAY -> {
                    List<Object> list = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        list.add(read(p));
                    }
                    return list;
                }
                case VALUE_NUMBER_INT -> {
                    return p.getLongValue();
                }
                case VALUE_NUMBER_FLOAT -> {
                    return p.getDoubleValue();
                }
                case VALUE_NULL -> {
                    return null;
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return p.getBooleanValue();
                }
                default -> {
                    return p.getText();
                }
            }
        }

        /**
         * Every start/end/offset lies inside the text on a character boundary; an object with
         * text, start and end (a mention, a single-part quote) has the text found there.
         */
        static void checkOffsets(Object node, String text) {
            if (node instanceof List<?> list) {
                list.forEach(n -> checkOffsets(n, text));
            } else if (node instanceof Map<?, ?> map) {
                for (String key : List.of("start", "end", "offset")) {
                    if (map.get(key) instanceof Long v) {
                        assertTrue(v >= 0 && v <= text.length(), key + " " + v + " outside the text: " + map);
                        int at = v.intValue();
                        assertFalse(at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                                && Character.isLowSurrogate(text.charAt(at)), "splits a surrogate pair: " + map);
                    }
                }
                if (map.get("start") instanceof Long s && map.get("end") instanceof Long e) {
                    assertTrue(s <= e, map::toString);
                    if (map.get("text") instanceof String t && !map.containsKey("kind")) {
                        assertEquals(text.substring(s.intValue(), e.intValue()), t, "text at its offsets");
                    }
                }
                map.values().forEach(n -> checkOffsets(n, text));
            }
        }
    }
}
