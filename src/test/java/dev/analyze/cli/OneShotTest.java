package dev.analyze.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `analyze COMMAND [OPTIONS] FILE...`: one command, run in-process, streams captured. */
class OneShotTest {

    private static final String KERRY = "samples/kerry.txt";

    @TempDir
    Path dir;

    /** A small article whose headline is pasted twice, as scraped pages often are. */
    private Path article() throws IOException {
        Path f = dir.resolve("council.txt");
        Files.writeString(f, "Council approves new bridge\n\nCouncil approves new bridge\n\n"
                + "The city council voted 7-2 on Monday to fund a new bridge. Work starts in May.\n\n"
                + "\"It is long overdue,\" said Mayor Ana Ruiz.\n");
        return f;
    }

    /** Every string value of the named field, anywhere in the JSON. */
    private static List<String> jsonValues(String json, String field) throws IOException {
        List<String> values = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals(field)) {
                    p.nextToken();
                    values.add(p.getValueAsString());
                }
            }
        }
        return values;
    }

    @Test
    void docsJsonReportsTheTitleOnceAndNotesTheRepetition() throws IOException {
        CliRun.Result r = CliRun.run("", "docs", KERRY, "--format", "json");
        assertEquals(0, r.code(), r.toString());
        assertEquals(List.of("analyze.docs/1"), jsonValues(r.out(), "schema"));
        List<String> titles = jsonValues(r.out(), "title");
        assertEquals(1, titles.size(), r.out());
        String firstLine = Files.readAllLines(Path.of(KERRY)).get(0).strip();
        assertEquals(firstLine, titles.get(0));
        assertEquals(List.of("2"), jsonValues(r.out(), "titleRepeats"));
        assertTrue(jsonValues(r.out(), "note").get(0).contains("3 times"), r.out());
        assertEquals("", r.err(), "no diagnostics on success");
    }

    @Test
    void docsListsTheReadableFilesAndReportsTheOthers() throws IOException {
        String missing = dir.resolve("nope.txt").toString();
        CliRun.Result r = CliRun.run("", "docs", KERRY, missing, article().toString(), "--format", "json");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertEquals(List.of("kerry", "council"), jsonValues(r.out(), "name"));
        assertEquals("analyze: " + missing + ": no such file or directory", r.err().strip());
    }

    @Test
    void docsWithSomeUnreadableFilesStillWritesItsOutputFile() throws IOException {
        Path out = dir.resolve("docs.json");
        CliRun.Result r = CliRun.run("", "docs", KERRY, dir.resolve("nope.txt").toString(), "--format", "json",
                "--output", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertEquals(List.of("kerry"), jsonValues(Files.readString(out), "name"), "partial results are kept");
    }

    @Test
    void titleRepeatIsCountedOnceInTheParagraphs() throws IOException {
        CliRun.Result r = CliRun.run("", "show", article().toString(), "--format", "jsonl");
        assertEquals(0, r.code(), r.toString());
        long titleLines = r.out().lines().filter(l -> l.contains("Council approves new bridge")).count();
        assertEquals(1, titleLines, r.out());
        assertTrue(r.out().lines().allMatch(l -> l.startsWith("{\"schema\":\"analyze.show/1\"")), r.out());
    }

    @Test
    void showSelectsParagraphSentenceAndSentenceOfParagraph() throws IOException {
        String f = article().toString();
        CliRun.Result para = CliRun.run("", "show", f, "2");
        assertEquals(0, para.code(), para.toString());
        assertTrue(para.out().contains("voted 7-2") && para.out().contains("Work starts"), para.out());
        assertFalse(para.out().contains("Mayor"), para.out());

        CliRun.Result sentence = CliRun.run("", "show", f, "s3");
        assertTrue(sentence.out().contains("Work starts in May."), sentence.toString());
        assertFalse(sentence.out().contains("voted"), sentence.out());

        CliRun.Result within = CliRun.run("", "show", f, "2.1");
        assertTrue(within.out().contains("voted 7-2"), within.toString());
        assertFalse(within.out().contains("Work starts"), within.out());

        CliRun.Result none = CliRun.run("", "show", f, "9");
        assertEquals(ExitCodes.USAGE, none.code(), none.toString());
        assertTrue(none.err().contains("no such paragraph"), none.err());
    }

    @Test
    void standardInputIsADocument() throws IOException {
        String text = Files.readString(article());
        CliRun.Result r = CliRun.run(text, "docs", "-", "--format", "csv");
        assertEquals(0, r.code(), r.toString());
        try (CSVParser csv = CSVParser.parse(new StringReader(r.out()), CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(1, rows.size());
            assertEquals("stdin", rows.get(0).get("name"));
            assertEquals("-", rows.get(0).get("source"));
            assertEquals("Council approves new bridge", rows.get(0).get("title"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "json", "jsonl", "csv", "tsv", "markdown", "JSON"})
    void everyFormatIsAccepted(String format) {
        CliRun.Result r = CliRun.run("", "show", KERRY, "--format", format);
        assertEquals(0, r.code(), r.toString());
        assertFalse(r.out().isBlank());
        assertFalse(r.out().contains("\u001B"), "machine and piped output is never coloured");
    }

    @Test
    void formatWithEqualsAndShortOption() {
        assertEquals(CliRun.run("", "docs", KERRY, "--format", "tsv").out(), CliRun.run("", "docs", KERRY, "--format=tsv").out());
        assertEquals(CliRun.run("", "docs", KERRY, "-f", "tsv").out(), CliRun.run("", "docs", KERRY, "--format=tsv").out());
    }

    @Test
    void colourFollowsColorOptionNoColorAndTheTerminal() {
        Map<String, String> tty = Map.of("TERM", "xterm");
        assertTrue(CliRun.run("", tty, true, "docs", KERRY).out().contains("\u001B["), "auto on a terminal");
        assertFalse(CliRun.run("", tty, false, "docs", KERRY).out().contains("\u001B["), "auto into a pipe");
        Map<String, String> noColor = new HashMap<>(tty);
        noColor.put("NO_COLOR", "1");
        assertFalse(CliRun.run("", noColor, true, "docs", KERRY).out().contains("\u001B["), "NO_COLOR");
        assertTrue(CliRun.run("", Map.of(), false, "docs", KERRY, "--color=always").out().contains("\u001B["));
        assertFalse(CliRun.run("", tty, true, "docs", KERRY, "--color", "never").out().contains("\u001B["));
        assertFalse(CliRun.run("", tty, true, "docs", KERRY, "--color=always", "--format", "json").out().contains("\u001B"),
                "machine formats are never coloured");
    }

    @Test
    void unknownCommandIsAUsageErrorWithASuggestion() {
        CliRun.Result r = CliRun.run("", "shwo", KERRY);
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("analyze: unknown command 'shwo'"), r.err());
        assertTrue(r.err().contains("Did you mean show?"), r.err());
    }

    @Test
    void unknownOptionIsAUsageErrorWithASuggestion() {
        CliRun.Result r = CliRun.run("", "show", "--formt", "json", KERRY);
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("unknown option '--formt'"), r.err());
        assertTrue(r.err().contains("--format"), r.err());
    }

    @Test
    void badFormatValueIsAUsageErrorListingTheChoices() {
        CliRun.Result r = CliRun.run("", "docs", KERRY, "--format", "yaml");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("yaml") && r.err().contains("jsonl"), r.err());
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun.Result r = CliRun.run("", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        for (String code : List.of("0 ", "1 ", "2 ")) {
            assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith(code)), "exit code " + code + " listed");
        }
        assertFalse(r.out().contains("generate-completion"), "maintainer command stays hidden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"show", "docs", "load", "use", "unload"})
    void everyCommandHasHelpOption(String command) {
        CliRun.Result r = CliRun.run("", command, "--help");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Usage: analyze " + command), r.out());
        assertEquals(r.out(), CliRun.run("", "help", command).out());
    }

    @Test
    void outputFileIsWrittenAndNotOverwrittenWithoutForce() throws IOException {
        Path out = dir.resolve("docs.json");
        assertEquals(0, CliRun.run("", "docs", KERRY, "--format", "json", "-o", out.toString()).code());
        String first = Files.readString(out);
        assertTrue(first.contains("analyze.docs/1"));
        CliRun.Result again = CliRun.run("", "docs", KERRY, "--format", "csv", "-o", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.code());
        assertTrue(again.err().contains("--force"), again.err());
        assertEquals(first, Files.readString(out));
        assertEquals(0, CliRun.run("", "docs", KERRY, "--format", "csv", "-o", out.toString(), "--force").code());
        assertTrue(Files.readString(out).startsWith("schema,document,"), "overwritten with --force");
    }

    @Test
    void inputFilesAreNeverModified() throws IOException {
        Path f = article();
        byte[] before = Files.readAllBytes(f);
        var mtime = Files.getLastModifiedTime(f);
        for (String format : List.of("table", "json", "csv")) {
            CliRun.run("", "show", f.toString(), "--format", format);
            CliRun.run("", "docs", f.toString(), "--format", format);
        }
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(f));
        assertEquals(mtime, Files.getLastModifiedTime(f));
    }
}
