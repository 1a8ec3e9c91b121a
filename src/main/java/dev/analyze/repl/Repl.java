package dev.analyze.repl;

import dev.analyze.cli.AppContext;
import dev.analyze.cli.Cancellation;
import dev.analyze.cli.CommandWords;
import dev.analyze.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;

/**
 * The interactive shell: JLine line editing, persistent history, completion and highlighting from
 * the picocli command model. Ctrl-C clears the line at the prompt and cancels a running command;
 * Ctrl-D or {@code exit} leaves; no error ends the session.
 */
public final class Repl {

    private final AppContext context;
    private final CommandLine commandLine;
    private final Terminal terminal;
    private final LineReader reader;

    Repl(AppContext context, CommandLine commandLine, Terminal terminal) {
        this.context = context;
        this.commandLine = commandLine;
        this.terminal = terminal;
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("analyze")
                .completer(new CommandCompleter(commandLine.getCommandSpec(), context))
                .highlighter(new CommandHighlighter(commandLine.getCommandSpec(), colorOn(context, terminal)))
                .variable(LineReader.HISTORY_FILE, historyFile(context))
                .variable(LineReader.HISTORY_SIZE, 2000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build();
    }

    /** Opens the system terminal and runs the REPL until Ctrl-D or exit; returns the exit code. */
    public static int run(AppContext context, CommandLine commandLine, PrintWriter out, PrintWriter err) {
        out.flush();
        err.flush();
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("analyze").build()) {
            return new Repl(context, commandLine, terminal).loop();
        } catch (IOException e) {
            err.println("analyze: cannot open the terminal: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    /** Reads and runs commands until end of input; returns 0. */
    int loop() {
        context.interactive(true);
        PrintWriter out = terminal.writer();
        commandLine.setOut(out);
        commandLine.setErr(out);
        // the shell-oriented footer ("analyze help COMMAND") reads oddly at the REPL prompt
        commandLine.getCommandSpec().usageMessage().footer("Environment: NO_COLOR disables colour.",
                "Type 'help COMMAND' (or COMMAND --help) for a command's options; Ctrl-D or 'exit' leaves.");
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                colorOn(context, terminal) ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        if (context.session().isEmpty()) {
            out.println("analyze: type 'load FILE' to begin, 'help' for commands, Ctrl-D to leave.");
        } else {
            out.println("Type 'help' for commands, Ctrl-D to leave.");
        }
        out.flush();
        while (true) {
            context.width(Math.max(40, terminal.getWidth() == 0 ? 100 : terminal.getWidth()));
            String line;
            try {
                line = reader.readLine(prompt());
            } catch (UserInterruptException e) {
                continue; // Ctrl-C at the prompt: the line is dropped
            } catch (EndOfFileException e) {
                break;
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> words;
            try {
                words = CommandWords.split(trimmed);
            } catch (IllegalArgumentException e) {
                out.println("analyze: " + e.getMessage());
                out.flush();
                continue;
            }
            if (!execute(words)) {
                break;
            }
        }
        save();
        return ExitCodes.OK;
    }

    /** How long a command may ignore Ctrl-C before the prompt comes back without it. */
    static final long ABANDON_AFTER_MILLIS = 1500;

    /**
     * Runs one command on a worker thread so Ctrl-C can cancel it; false when the user asked to
     * exit. Commands stop at their next interruption check (parsing and the analyses check between
     * sentences and quotes); one busy in code that does not check is left to finish in the
     * background with its output discarded, so the prompt always comes back. Ctrl-C also cancels
     * the command's {@code --output} file, which is then never written, however late the command
     * finishes.
     */
    boolean execute(List<String> words) {
        MutableWriter sink = new MutableWriter(terminal.writer());
        PrintWriter commandOut = new PrintWriter(sink, true);
        commandLine.setOut(commandOut);
        commandLine.setErr(commandOut);
        Cancellation cancellation = new Cancellation();
        Thread worker = new Thread(() -> {
            context.cancellation(cancellation);
            try {
                commandLine.execute(words.toArray(String[]::new));
            } catch (RuntimeException e) {
                commandOut.println("analyze: internal error: " + e);
            }
            commandOut.flush();
        }, "analyze-command");
        worker.setDaemon(true);
        AtomicLong interruptedAt = new AtomicLong();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> {
            interruptedAt.compareAndSet(0, System.nanoTime());
            cancellation.cancel();
            worker.interrupt();
        });
        worker.start();
        try {
            while (worker.isAlive()) {
                try {
                    worker.join(100);
                } catch (InterruptedException e) {
                    worker.interrupt();
                }
                long at = interruptedAt.get();
                if (at != 0 && worker.isAlive() && System.nanoTime() - at > ABANDON_AFTER_MILLIS * 1_000_000) {
                    sink.mute();
                    // cancel() again only asks: a file committed before Ctrl-C stays written
                    terminal.writer().println(cancellation.cancel()
                            ? "analyze: cancelled (the command is still busy; it finishes in the background and "
                                    + "its output is discarded)"
                            : "analyze: cancelled (the command is still busy and finishes in the background; its "
                                    + "output file had already been written)");
                    break;
                }
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
        terminal.writer().flush();
        return !context.takeExitRequest();
    }

    /** Forwards to the terminal until muted (the output of an abandoned command is dropped). */
    private static final class MutableWriter extends Writer {
        private final Writer target;
        private volatile boolean muted;

        MutableWriter(Writer target) {
            this.target = target;
        }

        void mute() {
            muted = true;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            if (!muted) {
                synchronized (target) {
                    target.write(buf, off, len);
                }
            }
        }

        @Override
        public void flush() throws IOException {
            if (!muted) {
                target.flush();
            }
        }

        @Override
        public void close() {
            // the terminal's writer outlives each command
        }
    }

    private String prompt() {
        String name = context.session().current().map(d -> d.name()).orElse("");
        String text = name.isEmpty() ? "analyze> " : "analyze[" + dev.analyze.render.TerminalText.cell(name) + "]> ";
        return colorOn(context, terminal) ? "\u001B[1m" + text + "\u001B[0m" : text;
    }

    private void save() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // history is a convenience; losing it is not worth an error on exit
        }
    }

    static boolean colorOn(AppContext context, Terminal terminal) {
        return !context.env().containsKey("NO_COLOR") && !Terminal.TYPE_DUMB.equals(terminal.getType())
                && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
    }

    /** $XDG_STATE_HOME/analyze/history, or ~/.local/state/analyze/history. */
    static Path historyFile(AppContext context) {
        String state = context.env().get("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state)
                : Path.of(System.getProperty("user.home"), ".local", "state");
        Path dir = base.resolve("analyze");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            // JLine then keeps history in memory only
        }
        return dir.resolve("history");
    }
}
