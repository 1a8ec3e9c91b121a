package dev.analyze.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.cli.AppContext;
import dev.analyze.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Tab completion from the picocli model, asserted on the candidates JLine would show. */
class CommandCompleterTest {

    @TempDir
    Path dir;

    private AppContext context;
    private CommandLine cl;
    private Terminal terminal;
    private LineReader reader;

    /** Stands in for a command with a TERM positional (as kwic has). */
    @Command(name = "find")
    static final class FindCommand implements Callable<Integer> {
        @Parameters(paramLabel = "TERM")
        String term;

        @Override
        public Integer call() {
            return 0;
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        context = new AppContext(InputStream::nullInputStream, Map.of(), false, 80);
        cl = Cli.create(context, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), true);
        cl.addSubcommand(new CommandLine(new FindCommand()));
        terminal = new DumbTerminal("t", Terminal.TYPE_DUMB, InputStream.nullInputStream(), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8);
        reader = LineReaderBuilder.builder().terminal(terminal).build();
    }

    @AfterEach
    void tearDown() throws IOException {
        terminal.close();
    }

    /** The values JLine would insert for TAB at the end of {@code line}. */
    private List<String> complete(String line) {
        var parsed = new DefaultParser().parse(line, line.length(), ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        new CommandCompleter(cl.getCommandSpec(), context).complete(reader, parsed, candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    private void load(String path) {
        assertEquals(0, cl.execute("load", path));
    }

    @Test
    void commandNames() {
        List<String> all = complete("");
        assertTrue(all.containsAll(List.of("load", "docs", "show", "use", "unload", "help", "exit")), all.toString());
        assertFalse(all.contains("generate-completion"), "hidden commands are not offered");
        assertTrue(complete("sh").contains("show"));
        assertTrue(complete("help ").contains("show"), "help takes a command name");
    }

    @Test
    void optionNames() {
        List<String> options = complete("docs --");
        assertTrue(options.containsAll(List.of("--format", "--color", "--output", "--help")), options.toString());
        assertTrue(complete("unload --").contains("--all"));
    }

    @Test
    void optionValuesWithSpaceOrEquals() {
        List<String> formats = List.of("table", "json", "jsonl", "csv", "tsv", "markdown");
        assertEquals(formats, complete("docs --format "));
        assertEquals(formats, complete("show -f "));
        assertEquals(formats.stream().map(f -> "--format=" + f).toList(), complete("docs --format="));
        assertEquals(List.of("auto", "always", "never"), complete("show --color "));
        assertEquals(List.of("--color=auto", "--color=always", "--color=never"), complete("show --color="));
    }

    @Test
    void filePathsForLoad() throws IOException {
        Files.writeString(dir.resolve("article-one.txt"), "x");
        Files.createDirectories(dir.resolve("archive"));
        List<String> files = complete("load " + dir + "/ar");
        assertTrue(files.contains(dir + "/article-one.txt"), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.startsWith(dir + "/archive")), files.toString());
        assertTrue(complete("load --encoding utf-8 " + dir + "/ar").contains(dir + "/article-one.txt"),
                "after an option and its value");
    }

    @Test
    void loadedDocumentNamesWhereADocumentIsExpected() {
        load("samples/kerry.txt");
        load("samples/kerry.txt");
        for (String line : List.of("use ", "unload ", "show ", "docs ", "show --format json ")) {
            List<String> got = complete(line);
            assertTrue(got.containsAll(List.of("kerry", "kerry-2")), line + " -> " + got);
        }
        assertEquals(List.of("kerry", "kerry-2"), complete("use "), "use and unload take loaded names only, not files");
        assertEquals(List.of("kerry", "kerry-2"), complete("unload "));
        assertTrue(complete("show ").contains("samples/"), "commands that read files also offer paths");
    }

    @Test
    void wordsOfTheCurrentDocumentWhereATermIsExpected() {
        load("samples/kerry.txt");
        List<String> words = complete("find Pak");
        assertTrue(words.contains("Pakistan"), words.toString());
        assertTrue(words.contains("terror"), words.toString());
        assertFalse(words.contains("kerry"), "document names are not terms");
    }

    @Test
    void kwicCompletesItsTermFromTheCurrentDocument() {
        load("samples/kerry.txt");
        assertTrue(complete("kwic sanct").contains("sanctuaries"));
    }

    @Test
    void speakerOptionsOfferTheSpeakersOfTheCurrentDocument() {
        load("samples/kerry.txt");
        assertEquals(List.of("John Kerry"), complete("quotes --speaker "),
                "only people quoted in the article, not every entity");
        assertEquals(List.of("John Kerry"), complete("claims --speaker "));
    }

    @Test
    void highlightingColoursKnownCommandsAndOptions() {
        CommandHighlighter on = new CommandHighlighter(cl.getCommandSpec(), true);
        AttributedString good = on.highlight(reader, "show --format json --bogus");
        assertEquals(AttributedStyle.BOLD.foreground(AttributedStyle.GREEN), good.styleAt(0));
        assertEquals(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN), good.styleAt(5), "known option");
        assertEquals(AttributedStyle.DEFAULT, good.styleAt("show --format json --b".length()), "unknown option plain");
        AttributedString bad = on.highlight(reader, "shwo 1");
        assertEquals(AttributedStyle.DEFAULT.foreground(AttributedStyle.RED), bad.styleAt(0));
        AttributedString off = new CommandHighlighter(cl.getCommandSpec(), false).highlight(reader, "show --format json");
        for (int i = 0; i < off.length(); i++) {
            assertEquals(AttributedStyle.DEFAULT, off.styleAt(i), "no colour when colour is off");
        }
        assertEquals("show --format json", off.toString());
    }
}
