package dev.analyze.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Removes documents from the session. */
final class UnloadCommand implements Callable<Integer> {

    private final AppContext context;

    final CommandSpec spec;

    List<String> names;

    boolean all;

    UnloadCommand(AppContext context) {
        this.context = context;
        spec = CommandModel.of(this, "unload", "Remove loaded documents from the session.")
                .positionals(PositionalParamSpec.builder().paramLabel("DOC").arity("0..*")
                        .description("Loaded document names."), v -> names = v)
                .flag("--all", "Unload every document.", v -> all = v)
                .spec();
    }

    @Override
    public Integer call() {
        List<String> targets = all ? context.session().names() : names;
        if (targets.isEmpty()) {
            Diagnostics.error(spec.commandLine().getErr(), "unload: name a document (or --all)");
            return ExitCodes.USAGE;
        }
        int exit = ExitCodes.OK;
        for (String name : targets) {
            var doc = context.session().get(name);
            if (doc.isEmpty()) {
                Diagnostics.error(spec.commandLine().getErr(), name + ": no such loaded document");
                exit = ExitCodes.USAGE;
                continue;
            }
            context.forget(doc.get());
            context.session().remove(name);
        }
        return exit;
    }
}
