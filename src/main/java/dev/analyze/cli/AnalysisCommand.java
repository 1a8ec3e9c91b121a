package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.render.Output;
import dev.analyze.render.Renderer;
import dev.analyze.render.Report;
import dev.analyze.render.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Base of the commands that analyze documents: shared output and input options, document
 * resolution, rendering, output files and exit codes. Subclasses compute a {@link Report} per
 * document and stay thin. A typical command:
 *
 * <pre>{@code
 * final class EntitiesCommand extends AnalysisCommand {
 *     List<String> documents;
 *     EntitiesCommand(AppContext context) {
 *         super(context);
 *         spec = model("entities", "List people, ...").positionals(documents(DOCUMENTS), v -> documents = v).spec();
 *     }
 *     public Integer call() throws Exception {
 *         return analyzeEach(documents, doc -> Report.of("analyze.entities/1", doc.name(), "entities",
 *                 analyses(doc).entities().entities(), COLUMNS));
 *     }
 * }
 * }</pre>
 * and its constructor is added to the {@code SUBCOMMANDS} of {@link AnalyzeCommand}.
 */
abstract class AnalysisCommand implements Callable<Integer> {

    /** The help text of the documents parameter. */
    static final String DOCUMENTS = "Documents: loaded names, files, directories, - for stdin.";
    /** The same, for commands that fall back on the current document. */
    static final String DOCUMENTS_OR_CURRENT =
            "Documents: loaded names, files, directories, - for stdin (default: the current one).";

    protected final AppContext context;

    /** This command's model: set by each subclass's constructor from {@link #model}. */
    protected CommandSpec spec;

    protected final OutputOptions outputOptions = new OutputOptions();

    protected final InputOptions inputOptions = new InputOptions();

    protected int threads;

    AnalysisCommand(AppContext context) {
        this.context = context;
    }

    /** Starts this command's model with the options every analysis shares. */
    protected CommandModel model(String name, String... description) {
        CommandModel model = CommandModel.of(this, name, description);
        outputOptions.addTo(model);
        inputOptions.addTo(model);
        return model.option(OptionSpec.builder("--threads").paramLabel("N").type(int.class)
                .description("Worker threads for many documents (default: cores)."), threads, v -> threads = v);
    }

    /** The documents parameter: any number of names, files, directories or -. */
    static PositionalParamSpec.Builder documents(String description) {
        return PositionalParamSpec.builder().paramLabel("DOC").arity("0..*").description(description);
    }

    /** Runs {@code analysis} on each named document (or the current one) and renders the reports. */
    protected int analyzeEach(List<String> documents, Function<Document, Report<?>> analysis) throws Exception {
        return withOutput((output, runner) -> runner.run(documents, output,
                Renderer.create(outputOptions.format(), output), analysis));
    }

    /** Corpus totals over the named documents, rendered as one report (--aggregate). */
    protected <P> int aggregateEach(List<String> documents, CorpusAggregate<P> aggregate) throws Exception {
        return withOutput((output, runner) -> runner.aggregate(documents, output,
                Renderer.create(outputOptions.format(), output), aggregate));
    }

    protected DocumentRunner runner() {
        return new DocumentRunner(context, inputOptions, threads);
    }

    /** The analyses of a document, shared with other commands for session documents. */
    protected Analyses analyses(Document document) {
        return context.analysesOf(document);
    }

    /**
     * Output bound to stdout or to the --output file. The file is committed when the body returns,
     * also with partial results (some documents failed, exit 1); not when it throws, nor when every
     * document failed: an existing file is then left as it was, not replaced by an empty report.
     */
    protected int withOutput(OutputBody body) throws Exception {
        // Warnings written while analyzing come out in input order, whatever the threads.
        PrintWriter err = new PrintWriter(new OrderedNotes(spec.commandLine().getErr()));
        Style style = Style.of(outputOptions.colorOn(context));
        DocumentRunner runner = runner();
        if (outputOptions.output == null) {
            return body.run(new Output(spec.commandLine().getOut(), err, style, context.width()), runner);
        }
        AtomicOutput file;
        try {
            file = AtomicOutput.open(outputOptions.output, outputOptions.force, context.cancellation());
        } catch (IOException e) {
            Diagnostics.error(err, e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try (file) {
            int code = body.run(new Output(file.writer(), err, style, context.width()), runner);
            if (code != ExitCodes.OK && runner.analyzed() == 0) {
                return code; // every document failed: closing the file removes it
            }
            try {
                file.commit();
            } catch (IOException e) {
                // as when opening: a file that appeared meanwhile (no --force), a failed write
                Diagnostics.error(err, e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            return code;
        }
    }

    /** The part of a command that writes output, with the runner that analyzes its documents. */
    @FunctionalInterface
    protected interface OutputBody {
        int run(Output output, DocumentRunner runner) throws Exception;
    }
}
