package dev.analyze.cli;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Corpus mode: a directory of articles gives the same output on one thread as on two, in input order. */
class CorpusModeTest {

    private static final int ARTICLES = 36;
    private static final String[] PEOPLE = {"Maria Lopez", "Tom Becker", "Ana Silva", "John Okafor", "Lena Fischer",
        "Raj Patel"};
    private static final String[] PLACES = {"Lisbon", "Nairobi", "Ottawa", "Hanoi", "Quito", "Oslo"};
    private static final String[] TOPICS = {"water prices", "the new bridge", "school funding", "the harbour strike",
        "bus fares", "the flood defences"};

    @TempDir
    static Path dir;

    /** Small articles of varied length, with named speakers, quotes, places, and one with no quote at all. */
    @BeforeAll
    static void writeArticles() throws IOException {
        for (int i = 0; i < ARTICLES; i++) {
            String person = PEOPLE[i % PEOPLE.length];
            String other = PEOPLE[(i + 2) % PEOPLE.length];
            String place = PLACES[(i * 5) % PLACES.length];
            String topic = TOPICS[(i * 7) % TOPICS.length];
            String surname = person.substring(person.indexOf(' ') + 1);
            StringBuilder text = new StringBuilder();
            text.append("Council in ").append(place).append(" argues over ").append(topic).append("\n\n");
            text.append(place).append(" officials met on Tuesday to discuss ").append(topic).append(". ");
            text.append("Mayor ").append(person).append(" said the plan would cost ").append(1000 + i * 37)
                    .append(" dollars.\n\n");
            if (i % 9 != 4) {
                text.append("\u201CWe cannot wait another year,\u201D ").append(surname).append(" said. ");
                text.append(other).append(", who leads the opposition, disagreed. \u201CThe numbers do not add up,\u201D ")
                        .append("she told reporters.\n\n");
            }
            for (int k = 0; k < i % 4; k++) {
                text.append("Residents of ").append(place).append(" have complained about ").append(topic)
                        .append(" for ").append(k + 2).append(" years, according to a survey. ");
            }
            text.append("The vote is expected next month.\n");
            Files.writeString(dir.resolve(String.format("article-%02d.txt", i)), text.toString(), StandardCharsets.UTF_8);
        }
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of(List.of("stats")),
                Arguments.of(List.of("words", "--top", "5")),
                Arguments.of(List.of("ngrams")),
                Arguments.of(List.of("kwic", "said")),
                Arguments.of(List.of("entities")),
                Arguments.of(List.of("quotes")),
                Arguments.of(List.of("claims")),
                Arguments.of(List.of("summary")),
                Arguments.of(List.of("stats", "--aggregate")),
                Arguments.of(List.of("words", "--aggregate")),
                Arguments.of(List.of("entities", "--aggregate")),
                Arguments.of(List.of("quotes", "--aggregate")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void oneAndTwoThreadsGiveIdenticalOutput(List<String> command) {
        CliRun.Result one = run(command, "1");
        CliRun.Result two = run(command, "2");
        assertEquals(0, one.code(), one.toString());
        assertFalse(one.out().isBlank(), "no output: " + one);
        assertEquals(one.out(), two.out(), "stdout differs between 1 and 2 threads");
        assertEquals(one.err(), two.err(), "stderr differs between 1 and 2 threads");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void jsonlRecordsFollowInputOrder(List<String> command) {
        if (command.contains("--aggregate")) {
            return;
        }
        CliRun.Result r = run(command, "2");
        List<String> seen = new ArrayList<>();
        Matcher m = Pattern.compile("\"document\":\"([^\"]+)\"").matcher(r.out());
        while (m.find()) {
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(m.group(1))) {
                seen.add(m.group(1));
            }
        }
        assertTrue(seen.size() > ARTICLES / 2, "too few documents in the output: " + seen);
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        assertEquals(sorted, seen, "documents out of input order or split");
        assertEquals(seen.size(), seen.stream().distinct().count(), "a document's records are not contiguous");
    }

    @Test
    void sameNamedFilesAreNamedInInputOrderWhateverTheThreads(@TempDir Path corpus) throws IOException {
        // d00/index.txt has 1 body word, d01/index.txt 2, ...: names must follow the sorted paths
        int files = 40;
        for (int i = 0; i < files; i++) {
            Path d = Files.createDirectories(corpus.resolve(String.format("d%02d", i)));
            Files.writeString(d.resolve("index.txt"), "Title\n\n" + "word ".repeat(i + 1).trim() + ".\n");
        }
        // a file that fails to load takes no name, on one thread as on two
        Path bad = Files.createDirectories(corpus.resolve("d07b"));
        Files.write(bad.resolve("index.txt"), new byte[] {'a', 0, 'b'});
        CliRun.Result oneThread = CliRun.run("", Map.of(), false, "stats", "--format", "jsonl", "--threads", "1",
                corpus.toString());
        for (int run = 0; run < 5; run++) {
            CliRun.Result r = CliRun.run("", Map.of(), false, "stats", "--format", "jsonl", "--threads", "2",
                    corpus.toString());
            assertEquals(oneThread.out(), r.out(), "run " + run);
            assertEquals(oneThread.err(), r.err(), "run " + run);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
            Matcher m = Pattern.compile("\"document\":\"(index(?:-\\d+)?)\",\"characters\":\\d+,\"letters\":\\d+,"
                    + "\"words\":(\\d+)").matcher(r.out());
            int seen = 0;
            while (m.find()) {
                String expected = seen == 0 ? "index" : "index-" + (seen + 1);
                assertEquals(expected, m.group(1), "run " + run + ", document with " + m.group(2) + " words");
                assertEquals(seen + 2, Integer.parseInt(m.group(2)), "run " + run + ": " + m.group(1)); // title + body
                seen++;
            }
            assertEquals(files, seen, r.out());
        }
    }

    @Test
    void entityTotalsCountDocumentsAndMentions() {
        CliRun.Result r = run(List.of("entities", "--aggregate", "--type", "place"), "2");
        // Each place heads the articles where i*5 mod 6 picks it: 6 of the 36 articles each.
        for (String place : PLACES) {
            Matcher m = Pattern.compile("\"name\":\"" + place + "\",\"type\":\"PLACE\",\"documents\":(\\d+)")
                    .matcher(r.out());
            assertTrue(m.find(), place + " missing: " + r);
            assertEquals(ARTICLES / PLACES.length, Integer.parseInt(m.group(1)), place);
        }
    }

    @Test
    void statsDistributionCountsEveryDocument() {
        CliRun.Result r = run(List.of("stats", "--aggregate"), "2");
        assertTrue(r.out().contains("\"documents\":" + ARTICLES), r.toString());
        assertTrue(r.out().contains("\"measure\":\"fleschReadingEase\""), r.toString());
    }

    /** Two good files around a missing file and a directory with no text files, as wc and cat take them. */
    private static List<String> goodAndBad(Path tmp) throws IOException {
        Path images = Files.createDirectories(tmp.resolve("images"));
        Files.write(images.resolve("a.png"), new byte[] {1, 2, 3});
        return List.of(dir.resolve("article-00.txt").toString(), tmp.resolve("nope.txt").toString(),
                dir.resolve("article-01.txt").toString(), images.toString());
    }

    private static List<String> expectedErrors(Path tmp) {
        return List.of("analyze: " + tmp.resolve("nope.txt") + ": no such file or directory",
                "analyze: " + tmp.resolve("images") + ": directory has no text files (.txt, .md, .html)");
    }

    @ParameterizedTest(name = "{0}, {1} thread(s)")
    @MethodSource("formatsAndThreads")
    void badArgumentsAreReportedAndTheOthersAnalyzedInOrderInEveryFormat(String format, String threads,
            @TempDir Path tmp) throws IOException {
        List<String> args = new ArrayList<>(List.of("stats", "--format", format, "--threads", threads));
        args.addAll(goodAndBad(tmp));
        CliRun.Result r = CliRun.run("", Map.of(), false, args.toArray(String[]::new));
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertEquals(expectedErrors(tmp), r.err().lines().toList(), r.toString());
        List<String> documents = new ArrayList<>();
        switch (format) {
            case "json" -> {
                try (JsonParser p = new JsonFactory().createParser(r.out())) { // the whole output is one array
                    assertEquals(JsonToken.START_ARRAY, p.nextToken(), r.out());
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        documents.add(documentOf(p));
                    }
                    assertEquals(JsonToken.END_ARRAY, p.currentToken(), r.out());
                    assertEquals(null, p.nextToken(), "nothing after the array: " + r.out());
                }
            }
            case "jsonl" -> {
                for (String line : r.out().lines().toList()) {
                    try (JsonParser p = new JsonFactory().createParser(line)) {
                        assertEquals(JsonToken.START_OBJECT, p.nextToken(), line);
                        documents.add(documentOf(p));
                        assertEquals(null, p.nextToken(), "one object per line: " + line);
                    }
                }
            }
            case "csv", "tsv" -> {
                CSVFormat csv = (format.equals("csv") ? CSVFormat.RFC4180 : CSVFormat.TDF).builder().setHeader()
                        .setSkipHeaderRecord(true).get();
                try (CSVParser parser = CSVParser.parse(new StringReader(r.out()), csv)) {
                    for (CSVRecord row : parser.getRecords()) {
                        assertEquals(parser.getHeaderNames().size(), row.size(), "a full row: " + row);
                        documents.add(row.get("document"));
                    }
                }
            }
            default -> { // table, markdown: a row per document
                Matcher m = Pattern.compile("(?m)^(?:\\| )?(article-\\d+) ").matcher(r.out());
                while (m.find()) {
                    documents.add(m.group(1));
                }
            }
        }
        assertEquals(List.of("article-00", "article-01"), documents, r.out());
    }

    /** The "document" field of the object whose start {@code p} is on; leaves {@code p} at its end. */
    private static String documentOf(JsonParser p) throws IOException {
        String document = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t == JsonToken.FIELD_NAME && p.currentName().equals("document")) {
                p.nextToken();
                document = p.getValueAsString();
            } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            }
        }
        return document;
    }

    static Stream<Arguments> formatsAndThreads() {
        return Stream.of("table", "markdown", "json", "jsonl", "csv", "tsv")
                .flatMap(f -> Stream.of(Arguments.of(f, "1"), Arguments.of(f, "2")));
    }

    @Test
    void eachErrorComesAtItsPlaceAmongTheResults(@TempDir Path tmp) throws IOException {
        List<String> args = new ArrayList<>(List.of("entities", "--threads", "2")); // a table per document
        args.addAll(goodAndBad(tmp));
        StringWriter both = new StringWriter(); // stdout and stderr as a terminal shows them, interleaved
        int code;
        try (PrintWriter w = new PrintWriter(both)) {
            code = dev.analyze.Main.run(args.toArray(String[]::new),
                    new AppContext(java.io.InputStream::nullInputStream, Map.of(), false, 100), w, w, false);
        }
        assertEquals(ExitCodes.BAD_INPUT, code, both.toString());
        String screen = both.toString();
        List<String> errors = expectedErrors(tmp);
        int first = screen.indexOf("== article-00");
        int missing = screen.indexOf(errors.get(0));
        int second = screen.indexOf("== article-01");
        int noText = screen.indexOf(errors.get(1));
        assertTrue(0 <= first && first < missing && missing < second && second < noText, screen);
    }

    @Test
    void aggregateTotalsTheGoodDocumentsAndStillExitsOne(@TempDir Path tmp) throws IOException {
        List<String> args = new ArrayList<>(List.of("stats", "--aggregate", "--format", "json"));
        args.addAll(goodAndBad(tmp));
        CliRun.Result r = CliRun.run("", Map.of(), false, args.toArray(String[]::new));
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertEquals(expectedErrors(tmp), r.err().lines().toList(), r.toString());
        assertTrue(r.out().contains("\"documents\" : 2,"), r.out());
    }

    @Test
    void aUsageErrorStillStopsBeforeAnyArgumentIsRead(@TempDir Path tmp) throws IOException {
        List<String> args = new ArrayList<>(List.of("stats", "--no-such-option"));
        args.addAll(goodAndBad(tmp));
        CliRun.Result r = CliRun.run("", Map.of(), false, args.toArray(String[]::new));
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertEquals("", r.out(), r.toString());
        assertFalse(r.err().contains("nope.txt"), r.toString());
    }

    @ParameterizedTest
    @MethodSource("withoutAggregate")
    void commandsWithoutTotalsRejectAggregate(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--aggregate");
        args.add(dir.toString());
        CliRun.Result r = CliRun.run("", Map.of(), false, args.toArray(String[]::new));
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.out().isEmpty(), r.toString());
    }

    static Stream<String> withoutAggregate() {
        return Stream.of("ngrams", "kwic said", "claims", "summary", "entities --mentions", "quotes --by-speaker",
                "stats --plot");
    }

    private static CliRun.Result run(List<String> command, String threads) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--format", "jsonl", "--threads", threads, dir.toString()));
        return CliRun.run("", Map.of(), false, args.toArray(String[]::new));
    }
}
