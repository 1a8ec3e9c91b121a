package dev.analyze.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.document.NewsTokenizer;
import dev.analyze.stats.WordStats;
import dev.analyze.stats.WordStatsAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stats, words, ngrams and kwic commands, run in process as one-shot commands. */
class StatsCommandsTest {

    private static final String KERRY = "samples/kerry.txt";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        AppContext context = new AppContext(() -> new ByteArrayInputStream(new byte[0]), Map.of(), false, 100);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.create(context, new PrintWriter(out, true), new PrintWriter(err, true), false).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static int jsonInt(String json, String field) {
        var m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void statsJsonCarriesTheRecordsFieldsAndTheWordRules() throws IOException {
        Run r = run("stats", "-f", "json", KERRY);
        assertEquals(0, r.exit(), r.err());
        Document doc = DocumentParser.standard().parse("kerry", KERRY,
                Files.readString(Path.of(KERRY), StandardCharsets.UTF_8));
        WordStats expected = WordStatsAnalyzer.analyze(doc);
        assertEquals(expected.words(), jsonInt(r.out(), "words"));
        assertEquals(expected.sentences(), jsonInt(r.out(), "sentences"));
        assertEquals(expected.paragraphs(), jsonInt(r.out(), "paragraphs"));
        assertEquals(expected.uniqueWords(), jsonInt(r.out(), "uniqueWords"));
        assertEquals(expected.syllables(), jsonInt(r.out(), "syllables"));
        for (String field : List.of("fleschReadingEase", "fleschKincaidGrade", "gunningFog", "smog", "colemanLiau",
                "ari", "wordRules")) {
            assertTrue(r.out().contains("\"" + field + "\""), field);
        }
        assertFalse(r.out().contains("sentenceLengths"));
    }

    @Test
    void statsShowsOneRowPerDocument() throws IOException {
        Path a = write("calm.txt", "Calm day\n\nThe sea was calm. Boats left early.");
        Path b = write("storm.txt", "Storm\n\nA storm hit the coast and closed the port for two days.");
        Run table = run("stats", a.toString(), b.toString());
        assertEquals(0, table.exit(), table.err());
        assertEquals(3, table.lines().size(), table.out()); // header and two rows
        assertTrue(table.lines().get(1).startsWith("calm "), table.out());
        assertTrue(table.lines().get(2).startsWith("storm "), table.out());
        Run csv = run("stats", "-f", "csv", a.toString(), b.toString());
        List<String> lines = csv.lines();
        assertEquals(3, lines.size(), csv.out());
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int words = header.indexOf("words");
        assertEquals("9", lines.get(1).split(",")[words]); // 2 + 4 + 3
        assertEquals("13", lines.get(2).split(",")[words]); // 1 + 12
    }

    @Test
    void statsPlotDrawsASentenceLengthHistogram() throws IOException {
        Path a = write("calm.txt", "Calm day\n\nThe sea was calm. Boats left early. Then the wind rose over the bay.");
        Run r = run("stats", "--plot", a.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Sentence lengths in words"), r.out());
        assertTrue(r.out().contains("█"), r.out());
        Run json = run("stats", "--plot", "-f", "json", a.toString());
        assertTrue(json.out().contains("\"sentenceLengths\""), json.out());
        assertTrue(json.out().contains("\"buckets\""), json.out());
    }

    @Test
    void helpStatsIncludesTheWordRules() {
        Run r = run("help", "stats");
        assertEquals(0, r.exit(), r.err());
        String flat = r.out().replaceAll("\\s+", " ");
        for (String rule : NewsTokenizer.WORD_RULES.split("\n")) {
            assertTrue(flat.contains(rule.replaceAll("\\s+", " ")), rule);
        }
    }

    @Test
    void wordsListsTheMostFrequentWithoutStopwords() throws IOException {
        Path a = write("rain.txt", "Rain in Spain\n\nThe rain in Spain falls mainly on the plain. The plain is wide."
                + " Spain welcomes rain.");
        Run r = run("words", "--top", "3", a.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.lines();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(1).matches("\\s*1\\s+rain\\s+3\\s+157\\.9"), lines.get(1));
        assertTrue(lines.get(2).matches("\\s*2\\s+Spain\\s+3\\s+.*"), lines.get(2));
        assertTrue(lines.get(3).matches("\\s*3\\s+plain\\s+2\\s+.*"), lines.get(3));
        assertTrue(r.err().contains("showing 3 of 7 words"), r.err());
        Run all = run("words", "--all", "--top", "0", a.toString());
        assertTrue(all.lines().stream().anyMatch(l -> l.matches("\\s*3\\s+the\\s+3\\s+.*")), all.out());
        Run min = run("words", "--min-count", "3", "--top", "0", a.toString());
        assertEquals(3, min.lines().size(), min.out());
        Run bars = run("words", "--plot", "--top", "2", a.toString());
        assertTrue(bars.out().contains("█") && bars.out().contains("Spain"), bars.out());
    }

    @Test
    void wordsWithLemmas() throws IOException {
        Path a = write("treaty.txt", "Treaty talks\n\nThe countries signed two treaties. Each country signs again.");
        Run r = run("words", "--lemma", "-f", "csv", a.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(",country,2,"), r.out());
        assertTrue(r.out().contains(",treaty,2,"), r.out()); // the headline's "Treaty" and "treaties"
        assertTrue(r.out().contains(",sign,2,"), r.out());
        assertFalse(r.out().contains("countries"), r.out());
    }

    @Test
    void kerryTopWordsAndSanctuaries() {
        Run words = run("words", "--top", "10", KERRY);
        assertEquals(0, words.exit(), words.err());
        String top = String.join("\n", words.lines().subList(1, 4));
        assertTrue(top.contains("Pakistan") && top.contains("Kerry"), words.out());
        assertTrue(words.out().contains("India"), words.out());
        Run kwic = run("kwic", "-f", "csv", "sanctuaries", KERRY);
        assertEquals(0, kwic.exit(), kwic.err());
        assertEquals(4, kwic.lines().size(), kwic.out()); // header, the headline once, two in the body
        List<String> header = Arrays.asList(kwic.lines().get(0).split(","));
        String[] first = kwic.lines().get(1).split(",");
        assertEquals("kerry", first[header.indexOf("document")], kwic.out());
        assertEquals("1", first[header.indexOf("sentence")], kwic.out());
    }

    @Test
    void ngramsCountsAndValidatesN() throws IOException {
        Path a = write("pm.txt", "Talks\n\nYesterday Prime Minister Nawaz Sharif met officials. The talks with Prime"
                + " Minister Sharif went well, and Prime Minister Sharif left.");
        Run r = run("ngrams", a.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.lines().get(1).matches("\\s*1\\s+Prime Minister\\s+3"), r.out());
        assertTrue(r.lines().get(2).matches("\\s*2\\s+Minister Sharif\\s+2"), r.out());
        Run three = run("ngrams", "-n", "3", "-f", "tsv", a.toString());
        assertTrue(three.out().contains("Prime Minister Sharif\t2"), three.out());
        Run bad = run("ngrams", "-n", "5", a.toString());
        assertEquals(ExitCodes.USAGE, bad.exit());
        assertTrue(bad.err().contains("2 to 4"), bad.err());
        assertEquals("", bad.out());
    }

    @Test
    void kwicShowsEachHitInContext() throws IOException {
        Path a = write("river.txt", "Flood\n\nThe river rose overnight.\nOfficials said the river would crest at noon.");
        Run r = run("kwic", "River", a.toString(), "--width", "20");
        assertEquals(0, r.exit(), r.err());
        assertEquals(2, r.lines().size(), r.out());
        assertTrue(r.lines().get(0).startsWith("[2]"), r.out());
        assertTrue(r.lines().get(1).contains("Officials said the river would crest at"), r.out());
        Run json = run("kwic", "-f", "json", "officials said", a.toString());
        assertEquals(1, Pattern.compile("\"match\"").matcher(json.out()).results().count(), json.out());
        Run none = run("kwic", "drought", a.toString());
        assertEquals(0, none.exit());
        assertTrue(none.out().contains("(no hits)"), none.out());
        Run blank = run("kwic", " - ", a.toString());
        assertEquals(ExitCodes.USAGE, blank.exit());
        assertEquals("", blank.out());
    }
}
