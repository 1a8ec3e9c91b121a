package dev.analyze.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The stderr of an analysis command. While a worker thread analyzes one document of a corpus run,
 * what it writes (warnings) is held for that document and written when the document's results are,
 * so stderr is in input order whatever the number of threads; other threads write through.
 */
final class OrderedNotes extends Writer {

    private static final ThreadLocal<StringBuilder> HELD = new ThreadLocal<>();

    private final PrintWriter target;

    OrderedNotes(PrintWriter target) {
        this.target = target;
    }

    /** Holds what the current thread writes until {@link #release}. */
    static void hold() {
        HELD.set(new StringBuilder());
    }

    /** Stops holding on the current thread; returns what was held. */
    static String release() {
        StringBuilder held = HELD.get();
        HELD.remove();
        return held == null ? "" : held.toString();
    }

    @Override
    public void write(char[] buf, int off, int len) {
        StringBuilder held = HELD.get();
        if (held != null) {
            held.append(buf, off, len);
        } else {
            target.write(buf, off, len);
        }
    }

    @Override
    public void flush() {
        if (HELD.get() == null) {
            target.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
