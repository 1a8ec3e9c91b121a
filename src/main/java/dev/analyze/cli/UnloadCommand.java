package dev.analyze.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Removes documents from the session. */
@Command(name = "unload", description = "Remove loaded documents from the session.")
final class UnloadCommand implements Callable<Integer> {

    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DOC", arity = "0..*", description = "Loaded document names.")
    List<String> names = new ArrayList<>();

    @Option(names = "--all", description = "Unload every document.")
    boolean all;

    UnloadCommand(AppContext context) {
        this.context = context;
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
