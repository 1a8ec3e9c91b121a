package dev.analyze.cli;

import java.io.PrintWriter;

/**
 * A progress line on stderr for long corpus runs: shown only when stderr is a terminal and only
 * once the run has taken {@link #DELAY_NANOS}, redrawn at most a few times a second and erased at
 * the end, so short runs, pipes and tests never see it.
 */
final class Progress {

    static final long DELAY_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 30;

    private final PrintWriter err;
    private final int total;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean shown;

    private Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    /** A progress line for {@code total} documents, or none when stderr is not a terminal. */
    static Progress of(AppContext context, PrintWriter err, int total) {
        return context.stderrTty() && total > 1 ? new Progress(err, total) : null;
    }

    /** {@code done} documents of the total are finished; {@code bytes} read so far. */
    void update(int done, long bytes) {
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        shown = true;
        int filled = (int) ((long) BAR * done / total);
        double seconds = (now - start) / 1e9;
        err.print(String.format("\r[%s%s] %d/%d documents, %.1f MB, %.1f MB/s ",
                "#".repeat(filled), " ".repeat(BAR - filled), done, total, bytes / 1e6, bytes / 1e6 / seconds));
        err.flush();
    }

    /** Erases the line (before a note, and at the end). */
    void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }
}
