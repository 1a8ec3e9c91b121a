package dev.analyze.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Makes a loaded document the current one (the prompt shows it). */
@Command(name = "use", description = "Make a loaded document current; commands without a DOC use it.")
final class UseCommand implements Callable<Integer> {

    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DOC", description = "A loaded document's name.")
    String name;

    UseCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!context.session().use(name)) {
            Diagnostics.error(spec.commandLine().getErr(), name + ": no such loaded document"
                    + (context.session().isEmpty() ? " (nothing is loaded)" : " (loaded: "
                    + String.join(", ", context.session().names()) + ")"));
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }
}
