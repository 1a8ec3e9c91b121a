package dev.analyze.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.cli.AppContext;
import dev.analyze.cli.BlockingAnalysisCommand;
import dev.analyze.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The REPL driven through a scripted (non-system) JLine terminal. */
class ReplTest {

    /** The terminal of the running session, for tests that send it signals. */
    private static final java.util.concurrent.atomic.AtomicReference<Terminal> TERMINAL =
            new java.util.concurrent.atomic.AtomicReference<>();

    @TempDir
    Path state;

    /** What a REPL session printed, and its exit code. */
    record Session(int code, String screen) {
    }

    private AppContext context() {
        return new AppContext(InputStream::nullInputStream, Map.of("XDG_STATE_HOME", state.toString()), false, 100);
    }

    /**
     * One burst of typing: sent once {@code await} has appeared on the screen (after the previous
     * burst's marker) and {@code pauseMillis} have passed. Like a real terminal, JLine drops
     * type-ahead on Ctrl-C, so keys after a Ctrl-C must wait for what follows it.
     */
    record Step(String await, long pauseMillis, String keys) {
        static Step at(String await, String keys) {
            return new Step(await, 0, keys);
        }
    }

    /** Keys as a user types them, burst by burst, then nothing until closed (not an early EOF). */
    static final class Keys extends InputStream {
        private final ByteArrayOutputStream screen;
        private final java.util.ArrayDeque<Step> steps;
        private final CountDownLatch closed = new CountDownLatch(1);
        private byte[] burst = new byte[0];
        private int next;
        private int seen;

        Keys(ByteArrayOutputStream screen, java.util.List<Step> steps) {
            this.screen = screen;
            this.steps = new java.util.ArrayDeque<>(steps);
        }

        @Override
        public int read() throws IOException {
            while (next >= burst.length) {
                Step step = steps.poll();
                if (step == null) {
                    try {
                        closed.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return -1;
                }
                await(step);
                if (step.keys() == null) {
                    return -1; // the input ends, as when a pipe closes
                }
                burst = step.keys().getBytes(StandardCharsets.UTF_8);
                next = 0;
            }
            return burst[next++] & 0xFF;
        }

        private void await(Step step) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            try {
                while (System.nanoTime() < deadline) {
                    String text = screen.toString(StandardCharsets.UTF_8);
                    int at = text.indexOf(step.await(), seen);
                    if (at >= 0) {
                        seen = at + step.await().length();
                        break;
                    }
                    Thread.sleep(5);
                }
                Thread.sleep(step.pauseMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    /** Runs a session on a dumb terminal that does not echo; the keys should end with Ctrl-D or exit. */
    static Session run(AppContext context, CommandLine cl, String keys) throws IOException {
        return run(context, cl, java.util.List.of(Step.at("> ", keys)));
    }

    static Session run(AppContext context, CommandLine cl, java.util.List<Step> steps) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Keys in = new Keys(screen, steps);
        // a DumbTerminal writes straight to the stream (a pty-backed one pumps output on a thread)
        try (Terminal terminal = new DumbTerminal("analyze-test", Terminal.TYPE_DUMB, in, screen, StandardCharsets.UTF_8)) {
            terminal.echo(false);
            TERMINAL.set(terminal);
            int code = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new Repl(context, cl, terminal).loop());
            terminal.flush();
            return new Session(code, screen.toString(StandardCharsets.UTF_8));
        } finally {
            in.close();
        }
    }

    private static CommandLine cli(AppContext context) {
        return Cli.create(context, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), true);
    }

    private Session run(String keys) throws IOException {
        AppContext context = context();
        return run(context, Cli.create(context, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), true),
                keys);
    }

    @Test
    void runsCommandsShowsTheCurrentDocumentAndSurvivesErrors() throws IOException {
        Session s = run("load samples/kerry.txt\ndocs\nshwo 1\nload no-such.txt\nshow 99\nshow 1\nexit\ndocs\n");
        assertEquals(0, s.code());
        String out = s.screen();
        assertTrue(out.contains("analyze> "), "empty session prompt: " + out);
        assertTrue(out.contains("loaded kerry"), out);
        assertTrue(out.contains("analyze[kerry]> "), "prompt names the current document: " + out);
        assertTrue(out.contains("unknown command 'shwo'") && out.contains("Did you mean show?"), out);
        assertTrue(out.contains("no-such.txt: no such file or directory"), out);
        assertTrue(out.contains("no such paragraph"), out);
        assertTrue(out.contains("¶1"), "commands after errors still run: " + out);
        assertEquals(1, out.split("samples/kerry.txt  title", -1).length - 1, "docs ran once, not again after exit: " + out);
    }

    @Test
    void endOfInputLeaves() throws IOException {
        AppContext context = context();
        Session s = run(context, cli(context), java.util.List.of(Step.at("> ", "load samples/kerry.txt\n"),
                Step.at("analyze[kerry]> ", null)));
        assertEquals(0, s.code());
    }

    @Test
    void helpAndHelpCommand() throws IOException {
        Session s = run("help\nhelp show\nshow --help\nexit\n");
        assertTrue(s.screen().contains("Exit codes:"), s.screen());
        assertTrue(s.screen().contains("Type 'help COMMAND'"), "the REPL's own footer: " + s.screen());
        assertTrue(s.screen().contains("Usage: analyze show"), s.screen());
        assertFalse(s.screen().contains("unknown option"), s.screen());
    }

    @Test
    void useAndUnloadChangeTheCurrentDocument() throws IOException {
        Session s = run("load samples/kerry.txt samples/kerry.txt\nuse kerry\nunload kerry\nunload kerry-2\nshow\nexit\n");
        String out = s.screen();
        // the keys are not echoed: one prompt per command, each naming the then current document
        assertTrue(out.contains("analyze[kerry-2]> analyze[kerry]> analyze[kerry-2]> analyze> "), out);
        assertTrue(out.contains("no document: load one first"), out);
    }

    @Test
    void historyIsKeptUnderTheXdgStateDirectoryAndBangIsLiteral() throws IOException {
        run("docs\nshow !! --format json\nexit\n");
        Path history = state.resolve("analyze/history");
        assertTrue(Files.exists(history), "history file at " + history);
        String saved = Files.readString(history);
        assertTrue(saved.contains("docs") && saved.contains("show !! --format json"), saved);
        Session again = run("!!\nexit\n");
        assertTrue(again.screen().contains("unknown command '!!'"), "no history expansion: " + again.screen());
    }

    /** A command that blocks until interrupted, as a long analysis would. */
    @Command(name = "wait")
    static final class WaitCommand implements Callable<Integer> {
        static final CountDownLatch STARTED = new CountDownLatch(1);

        @Override
        public Integer call() throws Exception {
            STARTED.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                throw new CancellationException("interrupted");
            }
            return 0;
        }
    }

    /** A command busy in code that never checks for interruption. */
    @Command(name = "busy")
    static final class BusyCommand implements Callable<Integer> {
        static final CountDownLatch STARTED = new CountDownLatch(1);
        static final CountDownLatch RELEASE = new CountDownLatch(1);

        @Override
        public Integer call() {
            STARTED.countDown();
            while (RELEASE.getCount() > 0) {
                Thread.onSpinWait(); // ignores interrupts, as a long analysis would
            }
            return 0;
        }
    }

    @Test
    void ctrlCDuringAStubbornCommandStillBringsThePromptBack() throws Exception {
        AppContext context = context();
        CommandLine cl = Cli.create(context, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), true);
        cl.addSubcommand(new CommandLine(new BusyCommand()));
        Thread ctrlC = new Thread(() -> {
            try {
                if (BusyCommand.STARTED.await(10, TimeUnit.SECONDS)) {
                    Thread.sleep(100);
                    TERMINAL.get().raise(Terminal.Signal.INT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ctrlC.start();
        try {
            Session s = run(context, cl, java.util.List.of(Step.at("> ", "busy\n"),
                    Step.at("still busy", "load samples/kerry.txt\nshow s1\nexit\n")));
            assertEquals(0, s.code());
            assertTrue(s.screen().contains("[1] Pak a victim"), "the REPL went on: " + s.screen());
        } finally {
            BusyCommand.RELEASE.countDown();
            ctrlC.join();
        }
    }

    @Test
    void ctrlCDuringACommandCancelsItAndTheReplGoesOn() throws Exception {
        AppContext context = context();
        CommandLine cl = Cli.create(context, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), true);
        cl.addSubcommand(new CommandLine(new WaitCommand()));
        Thread ctrlC = new Thread(() -> {
            try {
                if (WaitCommand.STARTED.await(10, TimeUnit.SECONDS)) {
                    Thread.sleep(100);
                    TERMINAL.get().raise(Terminal.Signal.INT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ctrlC.start();
        Session s = run(context, cl, java.util.List.of(Step.at("> ", "wait\n"),
                Step.at("cancelled", "load samples/kerry.txt\nshow s1\nexit\n")));
        ctrlC.join();
        assertEquals(0, s.code());
        assertTrue(s.screen().contains("cancelled"), s.screen());
        assertTrue(s.screen().contains("[1] Pak a victim"), "the REPL went on: " + s.screen());
    }

    /** Raises Ctrl-C on the session's terminal once {@code started} opens. */
    private static Thread ctrlCWhen(CountDownLatch started) {
        Thread ctrlC = new Thread(() -> {
            try {
                if (started.await(10, TimeUnit.SECONDS)) {
                    TERMINAL.get().raise(Terminal.Signal.INT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ctrlC.start();
        return ctrlC;
    }

    /**
     * {@code block -o FILE} abandoned after Ctrl-C, then let finish; returns the files left in the
     * output directory. The command's thread is joined, so its commit (if any) has happened.
     */
    private java.util.List<String> abandonedBlockWritingTo(String name, String... more) throws Exception {
        AppContext context = context();
        CommandLine cl = cli(context);
        BlockingAnalysisCommand block = new BlockingAnalysisCommand(context);
        cl.addSubcommand("block", block.commandLine());
        Path out = state.resolve("out");
        String command = "block -o " + out.resolve(name) + " " + String.join(" ", more) + "\n";
        Thread ctrlC = ctrlCWhen(block.started);
        try {
            Session s = run(context, cl, java.util.List.of(Step.at("> ", "load samples/kerry.txt\n" + command),
                    Step.at("still busy", "exit\n")));
            assertTrue(s.screen().contains("its output is discarded"), s.screen());
        } finally {
            block.release.countDown();
            ctrlC.join();
        }
        block.thread.join(10_000);
        assertFalse(block.thread.isAlive(), "the abandoned command finished");
        try (var files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anAbandonedCommandNeverWritesItsOutputFile() throws Exception {
        Files.createDirectories(state.resolve("out"));
        assertEquals(java.util.List.of(), abandonedBlockWritingTo("r.txt"), "no output and no temporary file");
    }

    @Test
    void anAbandonedCommandWithForceLeavesTheExistingFileAlone() throws Exception {
        Path target = Files.createDirectories(state.resolve("out")).resolve("r.txt");
        Files.writeString(target, "earlier results\n");
        assertEquals(java.util.List.of("r.txt"), abandonedBlockWritingTo("r.txt", "--force"), "no temporary file");
        assertEquals("earlier results\n", Files.readString(target));
    }

    /**
     * Ctrl-C while an analysis that never checks for interruption runs, which then finishes well
     * before it would be abandoned: the interrupt has made its --output writes fail, and that is
     * reported as the cancellation it is, not as an internal error.
     */
    @Test
    void ctrlCThenTheCommandFinishingSaysCancelledNotInternalError() throws Exception {
        Path out = Files.createDirectories(state.resolve("out"));
        Path target = out.resolve("r.txt");
        Files.writeString(target, "earlier results\n");
        AppContext context = context();
        CommandLine cl = cli(context);
        BlockingAnalysisCommand block = new BlockingAnalysisCommand(context);
        cl.addSubcommand("block", block.commandLine());
        Thread ctrlC = new Thread(() -> {
            try {
                if (block.started.await(10, TimeUnit.SECONDS)) {
                    TERMINAL.get().raise(Terminal.Signal.INT);
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                block.release.countDown(); // finishes long before the REPL would abandon it
            }
        });
        ctrlC.start();
        Session s;
        try {
            s = run(context, cl, java.util.List.of(
                    Step.at("> ", "load samples/kerry.txt\nblock -o " + target + " --force --format json\n"),
                    Step.at("cancelled", "exit\n")));
        } finally {
            block.release.countDown();
            ctrlC.join();
        }
        assertTrue(s.screen().contains("analyze: cancelled"), s.screen());
        assertFalse(s.screen().contains("internal error"), s.screen());
        assertFalse(s.screen().contains("still busy"), "finished, not abandoned: " + s.screen());
        assertEquals("earlier results\n", Files.readString(target), "the old file is untouched");
        try (var files = Files.list(out)) {
            assertEquals(java.util.List.of("r.txt"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file");
        }
    }
}
