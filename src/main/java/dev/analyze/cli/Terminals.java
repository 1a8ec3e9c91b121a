package dev.analyze.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard streams are terminals, without building a JLine terminal (start-up cost). */
public final class Terminals {

    private Terminals() {
    }

    /** True when file descriptor {@code fd} (0, 1, 2) is a terminal. */
    public static boolean isTty(int fd) {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd));
            String t = target.toString();
            return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty") || t.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
