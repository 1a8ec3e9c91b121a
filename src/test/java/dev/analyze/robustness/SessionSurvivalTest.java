package dev.analyze.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.cli.AppContext;
import dev.analyze.cli.Cli;
import dev.analyze.cli.ExitCodes;
import dev.analyze.cli.ScriptRunner;
import dev.analyze.repl.ReplRun;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A session (script or REPL) survives whatever one command throws, an exception or an error, and
 * every real command given nonsense: one line, an exit code, and the next command runs.
 */
class SessionSurvivalTest {

    @TempDir
    Path state;

    @Command(name = "crash", hidden = true)
    static final class CrashCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("simulated analyzer bug");
        }
    }

    @Command(name = "overflow", hidden = true)
    static final class OverflowCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            return recurse(0);
        }

        private static int recurse(int depth) {
            return recurse(depth + 1) + 1; // as a recursive rule would on 10,000 nested brackets
        }
    }

    @Command(name = "assertfail", hidden = true)
    static final class ErrorCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new AssertionError("an Error, not an Exception");
        }
    }

    private AppContext context() {
        return new AppContext(InputStream::nullInputStream, Map.of("XDG_STATE_HOME", state.toString()), false, 100);
    }

    private static CommandLine withFaults(CommandLine cl) {
        cl.addSubcommand(new CommandLine(new CrashCommand()));
        cl.addSubcommand(new CommandLine(new OverflowCommand()));
        cl.addSubcommand(new CommandLine(new ErrorCommand()));
        cl.setOut(cl.getOut()); // commands added later get the streams too
        cl.setErr(cl.getErr());
        return cl;
    }

    @Test
    void scriptWithKeepGoingSurvivesExceptionsAndErrorsFromCommands() throws IOException {
        AppContext context = context();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        CommandLine cl = withFaults(Cli.create(context, o, e, true));
        int code = new ScriptRunner(context, cl, e, true).run(new BufferedReader(new StringReader(
                "crash\noverflow\nassertfail\nload samples/kerry.txt\nshow s1\n")));
        o.flush();
        assertTrue(code != ExitCodes.OK, "the failures are in the exit code");
        List<String> errors = err.toString().lines().filter(l -> !l.startsWith("loaded kerry")).toList();
        assertEquals(3, errors.size(), "one line per failing command: " + err);
        for (String line : errors) {
            assertTrue(line.startsWith("analyze: internal error"), line);
            assertFalse(line.contains("\tat "), line);
        }
        assertTrue(out.toString().contains("[1] Pak a victim"), "the script went on: " + out);
    }

    @Test
    void scriptWithoutKeepGoingStopsAtTheFirstFailureWithOneLine() throws IOException {
        AppContext context = context();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter e = new PrintWriter(err, true);
        CommandLine cl = withFaults(Cli.create(context, new PrintWriter(out, true), e, true));
        int code = new ScriptRunner(context, cl, e, false).run(new BufferedReader(new StringReader(
                "overflow\nload samples/kerry.txt\n")));
        assertTrue(code != ExitCodes.OK);
        assertTrue(err.toString().contains("line 1: 'overflow' failed"), err.toString());
        assertTrue(out.toString().isEmpty(), out.toString());
    }

    @Test
    void replSurvivesExceptionsAndErrorsFromCommands() throws IOException {
        AppContext context = context();
        CommandLine cl = withFaults(Cli.create(context, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), true));
        String screen = ReplRun.screen(context, cl, "crash\noverflow\nassertfail\nload samples/kerry.txt\nshow s1\nexit\n");
        assertEquals(3, screen.lines().filter(l -> l.contains("internal error")).count(), screen);
        assertTrue(screen.contains("[1] Pak a victim"), "the REPL went on: " + screen);
    }

    /** Every command with no document, a missing file, a binary file and a stray option. */
    @Test
    void everyRealCommandGivenNonsenseLeavesTheReplRunning() throws IOException {
        AppContext context = context();
        CommandLine cl = Cli.create(context, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), true);
        Path binary = java.nio.file.Files.write(state.resolve("bin.txt"), new byte[] {1, 0, 2});
        StringBuilder keys = new StringBuilder();
        List<String> commands = new ArrayList<>(List.of("docs", "show", "stats", "words", "ngrams", "kwic x",
                "entities", "quotes", "claims", "summary", "use", "unload"));
        for (String c : commands) {
            keys.append(c).append('\n');
            keys.append(c).append(" /no/such/file.txt\n");
            keys.append(c).append(' ').append(binary).append('\n');
            keys.append(c).append(" --no-such-option\n");
            keys.append(c).append(" \u001B[2J\u0000\n");
        }
        keys.append("load samples/kerry.txt\nshow s1\nexit\n");
        String screen = ReplRun.screen(context, cl, keys.toString());
        assertTrue(screen.contains("[1] Pak a victim"), "the REPL went on: " + screen);
        assertFalse(screen.contains("internal error"), screen);
        assertFalse(screen.contains("Exception"), screen);
        assertEquals(-1, screen.indexOf('\u001B'), "no raw escape from a typed argument reaches the screen");
    }
}
