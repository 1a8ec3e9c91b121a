package dev.analyze.cli;

import dev.analyze.render.Column;
import dev.analyze.render.Report;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;

/**
 * A test command ({@code block [DOC] [-o FILE]}) whose analysis is busy, deaf to Ctrl-C, until
 * {@link #release} opens: a long analysis the REPL has to abandon, made deterministic by latches.
 */
public final class BlockingAnalysisCommand extends AnalysisCommand {

    /** Opens when the analysis has begun (its output file is already open). */
    public final CountDownLatch started = new CountDownLatch(1);
    /** The analysis finishes when this opens. */
    public final CountDownLatch release = new CountDownLatch(1);
    /** The thread that ran the command: join it to know the command has finished. */
    public volatile Thread thread;

    List<String> documents;

    public BlockingAnalysisCommand(AppContext context) {
        super(context);
        spec = model("block", "Blocks until released (tests only).")
                .positionals(documents(DOCUMENTS_OR_CURRENT), v -> documents = v).spec();
    }

    public CommandLine commandLine() {
        return new CommandLine(spec);
    }

    @Override
    public Integer call() throws Exception {
        thread = Thread.currentThread();
        return analyzeEach(documents, d -> {
            started.countDown();
            boolean interrupted = false;
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted = true; // busy code does not look at interrupts...
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt(); // ...nor clear them
            }
            return Report.of("test.block/1", d.name(), "names", List.of(d.name()), List.of(Column.text("name", n -> n)));
        });
    }
}
