package dev.analyze.cli;

import dev.analyze.render.TerminalText;
import java.io.PrintWriter;

/** One-line messages on the error stream, prefixed and made terminal-safe. */
final class Diagnostics {

    private Diagnostics() {
    }

    static void error(PrintWriter err, String message) {
        err.println("analyze: " + TerminalText.cell(message));
        err.flush();
    }

    static void info(PrintWriter out, String message) {
        out.println(TerminalText.cell(message));
        out.flush();
    }
}
