package dev.analyze.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Leaves the REPL or ends a script (registered only in those modes). It only raises a flag on the
 * context: picocli catches whatever a command throws, so the loops check the flag after each line.
 */
final class ExitCommand implements Callable<Integer> {

    private final AppContext context;

    final CommandSpec spec;

    ExitCommand(AppContext context) {
        this.context = context;
        spec = CommandModel.of(this, "exit", "Leave the REPL (Ctrl-D does the same).").spec();
        spec.aliases("quit");
    }

    @Override
    public Integer call() {
        context.requestExit();
        return ExitCodes.OK;
    }
}
