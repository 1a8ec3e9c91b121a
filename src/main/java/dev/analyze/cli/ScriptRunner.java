package dev.analyze.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * Script mode: one command per line from a reader, no prompt and no line editing; blank lines and
 * lines starting with # are skipped. The first failing command stops the run with its exit code
 * unless keep-going is set (then the worst exit code is returned).
 */
public final class ScriptRunner {

    private final AppContext context;
    private final CommandLine commandLine;
    private final PrintWriter err;
    private final boolean keepGoing;

    public ScriptRunner(AppContext context, CommandLine commandLine, PrintWriter err, boolean keepGoing) {
        this.context = context;
        this.commandLine = commandLine;
        this.err = err;
        this.keepGoing = keepGoing;
    }

    public int run(BufferedReader in) throws IOException {
        int worst = ExitCodes.OK;
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> words;
            try {
                words = CommandWords.split(trimmed);
            } catch (IllegalArgumentException e) {
                Diagnostics.error(err, "line " + lineNumber + ": " + e.getMessage());
                worst = Math.max(worst, ExitCodes.USAGE);
                if (!keepGoing) {
                    return ExitCodes.USAGE;
                }
                continue;
            }
            int code = commandLine.execute(words.toArray(String[]::new));
            if (context.takeExitRequest()) {
                return worst;
            }
            if (code != ExitCodes.OK) {
                if (!keepGoing) {
                    Diagnostics.error(err, "line " + lineNumber + ": '" + trimmed + "' failed (exit " + code + "); stopping");
                    return code;
                }
                worst = Math.max(worst, code);
            }
        }
        return worst;
    }
}
