package dev.analyze.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Leaves the REPL or ends a script (registered only in those modes). It only raises a flag on the
 * context: picocli catches whatever a command throws, so the loops check the flag after each line.
 */
@Command(name = "exit", aliases = "quit", description = "Leave the REPL (Ctrl-D does the same).")
final class ExitCommand implements Callable<Integer> {

    private final AppContext context;

    ExitCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.requestExit();
        return ExitCodes.OK;
    }
}
