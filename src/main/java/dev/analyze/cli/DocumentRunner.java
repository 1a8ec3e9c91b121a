package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentLoader;
import dev.analyze.document.Interruption;
import dev.analyze.document.LoadException;
import dev.analyze.document.SourceRef;
import dev.analyze.document.TextDecoder;
import dev.analyze.render.Output;
import dev.analyze.render.Renderer;
import dev.analyze.render.Report;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Resolves a command's document arguments (session names, files, directories, "-") and runs an
 * analysis over each document in input order. Many documents are streamed through a bounded
 * window, in parallel over the available cores, so memory is bounded by the largest document.
 */
final class DocumentRunner {

    /** A document to analyze: already loaded (session) or still to be read. */
    private record Item(Document document, SourceRef source) {
    }

    /** The outcome for one item: a value or a one-line error, the notes it wrote, its size. */
    private record Outcome<T>(T value, String error, String notes, long chars) {
    }

    private final AppContext context;
    private final InputOptions input;
    private final int threads;
    private final java.util.Set<String> usedNames = new java.util.HashSet<>();
    /** Per stem, the suffix its search for a free name goes on from. */
    private final java.util.Map<String, Integer> nextSuffix = new java.util.HashMap<>();
    /** Documents analyzed so far (not failed); read on the thread that runs this runner. */
    private int analyzed;

    DocumentRunner(AppContext context, InputOptions input, int threads) {
        this.context = context;
        this.input = input;
        this.threads = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** How many documents {@link #run}, {@link #aggregate} and {@link #documents} have analyzed or loaded (failed ones not counted). */
    int analyzed() {
        return analyzed;
    }

    /**
     * The documents named by {@code args}, loaded now (for commands that need them all at once);
     * one that cannot be loaded goes to {@code failed} and the others are still loaded.
     */
    List<Document> documents(List<String> args, Consumer<LoadException> failed) throws UsageException, LoadException {
        List<Document> docs = new ArrayList<>();
        for (Item item : items(args)) {
            try {
                docs.add(item.document() != null ? item.document() : load(item.source()));
                analyzed++;
            } catch (LoadException e) {
                failed.accept(e);
            }
        }
        return docs;
    }

    /** Runs {@code analysis} on each document and renders the reports; returns the exit code. */
    int run(List<String> args, Output output, Renderer renderer, Function<Document, Report<?>> analysis)
            throws UsageException {
        Integer[] count = new Integer[1];
        int exit = each(args, output, n -> {
            count[0] = n;
            renderer.begin(n);
        }, analysis, renderer::write);
        if (count[0] != null) {
            renderer.end();
        }
        return exit;
    }

    /**
     * Corpus totals: {@code aggregate} folds each document's partial result, in input order, and
     * its one report is rendered at the end. Memory holds the totals, never the documents.
     */
    <P> int aggregate(List<String> args, Output output, Renderer renderer, CorpusAggregate<P> aggregate)
            throws UsageException {
        boolean[] begun = new boolean[1];
        int exit = each(args, output, n -> begun[0] = true, aggregate::partial, aggregate::add);
        if (begun[0]) {
            renderer.begin(1);
            renderer.write(aggregate.report());
            renderer.end();
        }
        return exit;
    }

    /**
     * The streaming core: {@code work} runs on each document (in parallel for many documents,
     * at most a bounded window ahead), {@code sink} gets the results in input order on this thread.
     */
    private <T> int each(List<String> args, Output output, IntConsumer begin, Function<Document, T> work,
            Consumer<T> sink) throws UsageException {
        List<Item> items;
        try {
            items = items(args);
        } catch (LoadException e) {
            output.note("analyze: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        int exit = ExitCodes.OK;
        begin.accept(items.size());
        Progress progress = Progress.of(context, output.err(), items.size());
        int done = 0;
        long chars = 0;
        try {
            if (items.size() == 1 || threads == 1) {
                for (Item item : items) {
                    Interruption.check();
                    Outcome<T> outcome = process(item, work, null, null);
                    exit = Math.max(exit, emit(outcome, output, sink, progress));
                    chars += outcome.chars();
                    if (progress != null) {
                        progress.update(++done, chars);
                    }
                }
            } else {
                ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
                    Thread t = new Thread(r, "analyze-worker");
                    t.setDaemon(true);
                    return t;
                });
                try {
                    Deque<Future<Outcome<T>>> window = new ArrayDeque<>();
                    int ahead = threads * 4;
                    CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);
                    for (Item item : items) {
                        CompletableFuture<Void> before = previous;
                        CompletableFuture<Void> named = new CompletableFuture<>();
                        window.add(pool.submit(() -> process(item, work, before, named)));
                        previous = named;
                        if (window.size() >= ahead) {
                            Outcome<T> outcome = await(window.poll());
                            exit = Math.max(exit, emit(outcome, output, sink, progress));
                            chars += outcome.chars();
                            if (progress != null) {
                                progress.update(++done, chars);
                            }
                        }
                    }
                    while (!window.isEmpty()) {
                        Outcome<T> outcome = await(window.poll());
                        exit = Math.max(exit, emit(outcome, output, sink, progress));
                        chars += outcome.chars();
                        if (progress != null) {
                            progress.update(++done, chars);
                        }
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
        } finally {
            if (progress != null) {
                progress.clear();
            }
        }
        return exit;
    }

    private static <V> V await(Future<V> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    private <T> int emit(Outcome<T> outcome, Output output, Consumer<T> sink, Progress progress) {
        if (progress != null && (!outcome.notes().isEmpty() || outcome.error() != null)) {
            progress.clear();
        }
        if (!outcome.notes().isEmpty()) {
            output.err().print(outcome.notes());
            output.err().flush();
        }
        if (outcome.error() != null) {
            output.note("analyze: " + outcome.error());
            return ExitCodes.BAD_INPUT;
        }
        sink.accept(outcome.value());
        analyzed++;
        return ExitCodes.OK;
    }

    /**
     * Loads (if need be) and analyzes one item; its notes are held so they print in input order.
     * On several workers, {@code before} completes once the previous item is named and this one
     * completes {@code named} in turn (both null on one thread).
     */
    private <T> Outcome<T> process(Item item, Function<Document, T> work, CompletableFuture<Void> before,
            CompletableFuture<Void> named) {
        OrderedNotes.hold();
        String notes = "";
        try {
            Document doc = item.document();
            if (doc != null) {
                passTurn(before, named); // a session document keeps its name
            } else {
                try {
                    doc = load(item.source(), before, named);
                } catch (LoadException e) {
                    notes = OrderedNotes.release();
                    return new Outcome<>(null, e.getMessage(), notes, 0);
                }
            }
            T value = work.apply(doc);
            notes = OrderedNotes.release();
            return new Outcome<>(value, null, notes, doc.text().length());
        } finally {
            OrderedNotes.release();
        }
    }

    Document load(SourceRef ref) throws LoadException {
        return load(ref, null, null);
    }

    /**
     * Reads, names and parses a source. Names are given in input order whatever the workers'
     * timing, as on one thread (two files "index.txt" must not swap "index" and "index-2"
     * between runs), so naming waits for {@code before}; reading and parsing do not.
     */
    private Document load(SourceRef ref, CompletableFuture<Void> before, CompletableFuture<Void> named)
            throws LoadException {
        String text;
        String name;
        try {
            text = loader().read(ref);
            if (before != null) {
                await(before);
            }
            name = nameFor(ref);
        } finally {
            passTurn(before, named); // a source that fails to read takes no name
        }
        return context.parser().parse(name, ref.label(), text);
    }

    /** Lets the next item be named once the previous one is. */
    private static void passTurn(CompletableFuture<Void> before, CompletableFuture<Void> named) {
        if (named != null) {
            before.whenComplete((v, e) -> named.complete(null));
        }
    }

    /**
     * A name unique in the session and among the documents of this run: the stem, else the
     * stem with the first free "-2", "-3"... Names only get taken, so the search for a stem goes
     * on from where it last stopped (a corpus of many same-named files stays linear).
     */
    private synchronized String nameFor(SourceRef ref) {
        String stem = ref.stem();
        String name = context.session().uniqueName(stem);
        int i = nextSuffix.getOrDefault(stem, 2);
        while (!usedNames.add(name) || context.session().get(name).isPresent()) {
            name = stem + "-" + i++;
        }
        nextSuffix.put(stem, i);
        return name;
    }

    DocumentLoader loader() throws LoadException {
        Charset cs = input.encoding == null ? null : TextDecoder.charset(input.encoding);
        return new DocumentLoader(cs, input.maxSize, context.stdin());
    }

    /** The sources named by {@code args} (files expanded; session names are not sources). */
    List<SourceRef> sources(List<String> args) throws LoadException {
        return loader().list(args);
    }

    private List<Item> items(List<String> args) throws UsageException, LoadException {
        List<Item> items = new ArrayList<>();
        if (args.isEmpty()) {
            Document current = context.session().current().orElseThrow(() -> new UsageException(
                    context.interactive() || !context.session().isEmpty()
                            ? "no document: load one first ('load FILE') or name one"
                            : "no document: name a FILE (or - for standard input)"));
            items.add(new Item(current, null));
            return items;
        }
        List<String> paths = new ArrayList<>();
        for (String arg : args) {
            var loaded = context.session().get(arg);
            if (loaded.isPresent()) {
                flush(paths, items);
                items.add(new Item(loaded.get(), null));
            } else {
                if (arg.equals("-") && context.interactive()) {
                    throw new UsageException("'-' (standard input) is for one-shot use, not the REPL");
                }
                paths.add(arg);
            }
        }
        flush(paths, items);
        return items;
    }

    private void flush(List<String> paths, List<Item> items) throws LoadException {
        if (paths.isEmpty()) {
            return;
        }
        for (SourceRef ref : loader().list(paths)) {
            items.add(new Item(null, ref));
        }
        paths.clear();
    }
}
