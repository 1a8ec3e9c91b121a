package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.session.Session;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What commands share, in the manner of jshell's tool context: the session, where standard input
 * comes from, the environment, whether output is a terminal and how wide it is. One-shot, script
 * and REPL modes each build one; tests build one with captured streams.
 */
public final class AppContext {

    private final Session session = new Session();
    private final Map<Document, Analyses> analyses = new IdentityHashMap<>();
    private final DocumentParser parser = DocumentParser.standard();
    private final Supplier<InputStream> stdin;
    private final Map<String, String> env;
    private final boolean stdoutTty;
    private volatile int width;
    private boolean interactive;
    private boolean stderrTty;
    private volatile boolean exitRequested;
    /**
     * Per thread, because the REPL may leave an abandoned command running in the background while
     * the next one runs: each command's thread holds its own (one-shot and scripts: never cancelled).
     */
    private final ThreadLocal<Cancellation> cancellation = ThreadLocal.withInitial(Cancellation::new);

    public AppContext(Supplier<InputStream> stdin, Map<String, String> env, boolean stdoutTty, int width) {
        this.stdin = stdin;
        this.env = Map.copyOf(env);
        this.stdoutTty = stdoutTty;
        this.width = width;
    }

    /** The context of a real process: System.in, the real environment and terminal checks. */
    public static AppContext system() {
        int width = 100;
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            width = Integer.parseInt(columns);
        }
        AppContext context = new AppContext(() -> System.in, System.getenv(), Terminals.isTty(1), width);
        context.stderrTty = Terminals.isTty(2);
        return context;
    }

    public Session session() {
        return session;
    }

    public DocumentParser parser() {
        return parser;
    }

    public Supplier<InputStream> stdin() {
        return stdin;
    }

    public Map<String, String> env() {
        return env;
    }

    public boolean stdoutTty() {
        return stdoutTty;
    }

    /** Whether stderr is a terminal (progress lines are drawn only then). */
    public boolean stderrTty() {
        return stderrTty;
    }

    public int width() {
        return width;
    }

    public void width(int columns) {
        this.width = columns;
    }

    /** True in the REPL: documents named by arguments may come from the session. */
    public boolean interactive() {
        return interactive;
    }

    public void interactive(boolean value) {
        this.interactive = value;
    }

    /** Called by {@code exit}: the REPL or script loop ends after the current command. */
    public void requestExit() {
        exitRequested = true;
    }

    /** Whether {@code exit} ran since the last call; clears the request. */
    public boolean takeExitRequest() {
        boolean requested = exitRequested;
        exitRequested = false;
        return requested;
    }

    /** The cancellation of the command running on this thread. */
    public Cancellation cancellation() {
        return cancellation.get();
    }

    /** Called by the REPL on a command's thread before it runs the command. */
    public void cancellation(Cancellation value) {
        cancellation.set(value);
    }

    /**
     * The analyses of a document, computed once and reused: kept with the session for session
     * documents (REPL answers instantly); for a document of a corpus run, kept by the worker thread
     * until it moves to another document (a command may ask several times per document).
     */
    public Analyses analysesOf(Document document) {
        synchronized (this) {
            if (session.get(document.name()).orElse(null) == document) {
                return analyses.computeIfAbsent(document, Analyses::new);
            }
        }
        Analyses last = LAST.get();
        if (last == null || last.document() != document) {
            last = new Analyses(document);
            LAST.set(last);
        }
        return last;
    }

    /** The analyses of the last non-session document each thread worked on (identity, not equality). */
    private static final ThreadLocal<Analyses> LAST = new ThreadLocal<>();

    synchronized void forget(Document document) {
        analyses.remove(document);
    }
}
