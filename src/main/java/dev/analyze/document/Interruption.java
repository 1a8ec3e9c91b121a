package dev.analyze.document;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation of long work: Ctrl-C in the REPL interrupts the command's thread (and a
 * corpus run's workers), and the loops over sentences and quotes stop at their next check rather
 * than finishing in the background. A check reads one field, so loops may check often.
 */
public final class Interruption {

    private Interruption() {
    }

    /** Throws {@link CancellationException} when this thread has been interrupted (the flag stays set). */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }
}
