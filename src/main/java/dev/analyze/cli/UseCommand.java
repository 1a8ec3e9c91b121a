package dev.analyze.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Makes a loaded document the current one (the prompt shows it). */
final class UseCommand implements Callable<Integer> {

    private final AppContext context;

    final CommandSpec spec;

    String name;

    UseCommand(AppContext context) {
        this.context = context;
        spec = CommandModel.of(this, "use", "Make a loaded document current; commands without a DOC use it.")
                .positional(PositionalParamSpec.builder().paramLabel("DOC").type(String.class)
                        .description("A loaded document's name."), name, v -> name = v)
                .spec();
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
