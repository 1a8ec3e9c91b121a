package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.document.LoadException;
import dev.analyze.document.SourceRef;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Loads documents into the session. From the shell, {@code analyze load FILE...} then opens the
 * REPL (or runs the commands read from standard input when it is not a terminal).
 */
final class LoadCommand implements Callable<Integer> {

    private final AppContext context;

    final CommandSpec spec;

    final InputOptions inputOptions = new InputOptions();

    List<String> paths;

    boolean keepGoing;

    LoadCommand(AppContext context) {
        this.context = context;
        CommandModel model = CommandModel.of(this, "load",
                "Load documents: text (UTF-8 unless --encoding), Markdown, HTML (.html/.htm: article text extracted), "
                        + "directories (recursive, sorted, hidden files skipped) and - for standard input.",
                "Each gets a short unique name (the file stem, with a suffix on a clash); the last loaded becomes "
                        + "current.",
                "From the shell, 'analyze load FILE...' opens the REPL, or runs commands from standard input (one per "
                        + "line, # for comments) when it is not a terminal.");
        inputOptions.addTo(model);
        spec = model.positionals(PositionalParamSpec.builder().paramLabel("PATH").arity("0..*")
                        .description("Files, directories, or - for standard input."), v -> paths = v)
                .flag("--keep-going", "Script mode: run every command even after one fails.", v -> keepGoing = v)
                .spec();
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = context.interactive() ? spec.commandLine().getOut() : spec.commandLine().getErr();
        PrintWriter err = spec.commandLine().getErr();
        DocumentRunner runner = new DocumentRunner(context, inputOptions, 1);
        int exit = ExitCodes.OK;
        for (String path : paths) {
            if (path.equals("-") && context.interactive()) {
                Diagnostics.error(err, "-: standard input cannot be loaded in the REPL");
                exit = ExitCodes.USAGE;
                continue;
            }
            List<SourceRef> sources;
            try {
                sources = runner.sources(List.of(path));
            } catch (LoadException e) {
                Diagnostics.error(err, e.getMessage());
                exit = Math.max(exit, ExitCodes.BAD_INPUT);
                continue;
            }
            for (SourceRef ref : sources) {
                try {
                    Document doc = runner.load(ref);
                    context.session().add(doc);
                    Diagnostics.info(out, "loaded " + doc.name() + ": " + doc.wordCount() + " words, " + doc.sentences().size()
                            + " sentences, " + doc.paragraphs().size() + " paragraphs"
                            + (doc.titleRepeats() > 0 ? " (title repeated " + (doc.titleRepeats() + 1)
                                    + "x in source, counted once)" : ""));
                } catch (LoadException e) {
                    Diagnostics.error(err, e.getMessage());
                    exit = Math.max(exit, ExitCodes.BAD_INPUT);
                }
            }
        }
        out.flush();
        err.flush();
        return exit;
    }

    boolean keepGoing() {
        return keepGoing;
    }
}
