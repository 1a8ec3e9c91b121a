package dev.analyze.cli;

import java.io.IOException;
import java.util.concurrent.CancellationException;

/**
 * Ctrl-C for one run of a command, as far as its {@code --output} file goes. A command busy in
 * code that never checks for interruption may finish long after the user cancelled it; its file
 * must then not appear (nor replace an existing one). The file is moved into place only through
 * {@link #commit}, and {@link #cancel} takes the same lock, so the two cannot cross: once
 * cancelled nothing is committed, once committed cancel reports that it came too late.
 */
public final class Cancellation {

    private boolean cancelled;
    private boolean committed;

    /** Cancels the run; false when its output had already been written (too late to discard). */
    public synchronized boolean cancel() {
        cancelled = true;
        return !committed;
    }

    /** Whether the run was cancelled: its output is then never committed. */
    synchronized boolean cancelled() {
        return cancelled;
    }

    /** Runs {@code publish} unless the run was cancelled, which throws {@link CancellationException}. */
    synchronized void commit(Action publish) throws IOException {
        unlessCancelled(publish);
        committed = true;
    }

    /**
     * Runs {@code action} unless the run was cancelled, which throws {@link CancellationException};
     * under the lock {@link #cancel} takes, so once cancel returns the action has either run or
     * never will (the creation of a temporary file that whoever cancels is to remove).
     */
    synchronized void unlessCancelled(Action action) throws IOException {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
        action.run();
    }

    /** What is done under the lock: the rename into place, the creation of the temporary file. */
    @FunctionalInterface
    interface Action {
        void run() throws IOException;
    }
}
