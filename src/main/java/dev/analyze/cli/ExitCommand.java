package dev.analyze.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Leaves the REPL or ends a script (registered only in those modes). */
@Command(name = "exit", aliases = "quit", description = "Leave the REPL (Ctrl-D does the same).")
final class ExitCommand implements Callable<Integer> {

    /** Thrown to unwind to the REPL or script loop. */
    static final class ExitRequest extends RuntimeException {
        ExitRequest() {
            super("exit", null, false, false);
        }
    }

    @Override
    public Integer call() {
        throw new ExitRequest();
    }
}
