package dev.analyze.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --output file against cancellation: whichever of commit and cancel comes first wins. */
class AtomicOutputTest {

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void cancelledBeforeCommitNothingIsWrittenAndTheTemporaryFileGoes() throws IOException {
        Path target = dir.resolve("r.txt");
        Cancellation cancellation = new Cancellation();
        try (AtomicOutput out = AtomicOutput.open(target, false, cancellation)) {
            out.writer().print("results\n");
            assertTrue(cancellation.cancel(), "nothing written yet: the output is discarded");
            assertThrows(CancellationException.class, out::commit);
        }
        assertEquals(List.of(), files(), "no output and no temporary file");
    }

    @Test
    void aFileThatAppearsWhileTheCommandRunsIsNotOverwrittenWithoutForce() throws IOException {
        Path target = dir.resolve("r.txt");
        try (AtomicOutput out = AtomicOutput.open(target, false, new Cancellation())) {
            out.writer().print("results\n");
            Files.writeString(target, "someone else's\n"); // after the check at open, before the commit
            IOException e = assertThrows(java.nio.file.FileAlreadyExistsException.class, out::commit);
            assertTrue(e.getMessage().startsWith(target + ": file exists"), e.getMessage());
        }
        assertEquals("someone else's\n", Files.readString(target));
        assertEquals(List.of("r.txt"), files(), "the temporary file is gone");
    }

    @Test
    void aDirectoryThatGoesAwayWhileTheCommandRunsIsNamedNotTheTemporaryFile() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("out"));
        Path target = sub.resolve("r.txt");
        for (boolean force : new boolean[] {false, true}) {
            try (AtomicOutput out = AtomicOutput.open(target, force, new Cancellation())) {
                out.writer().print("results\n");
                try (Stream<Path> s = Files.list(sub)) {
                    for (Path p : s.toList()) {
                        Files.delete(p); // the temporary file, then the directory
                    }
                }
                Files.delete(sub);
                IOException e = assertThrows(IOException.class, out::commit);
                assertEquals(target + ": no such directory (it went away while the command ran)", e.getMessage());
            }
            Files.createDirectories(sub);
        }
    }

    @Test
    void withForceTheFileThatAppearedIsReplaced() throws IOException {
        Path target = dir.resolve("r.txt");
        try (AtomicOutput out = AtomicOutput.open(target, true, new Cancellation())) {
            out.writer().print("results\n");
            Files.writeString(target, "someone else's\n");
            out.commit();
        }
        assertEquals("results\n", Files.readString(target));
        assertEquals(List.of("r.txt"), files());
    }

    @Test
    void cancelledAfterCommitSaysTheFileWasAlreadyWritten() throws IOException {
        Path target = dir.resolve("r.txt");
        Cancellation cancellation = new Cancellation();
        try (AtomicOutput out = AtomicOutput.open(target, false, cancellation)) {
            out.writer().print("results\n");
            out.commit();
        }
        assertFalse(cancellation.cancel(), "too late: the file is there");
        assertEquals("results\n", Files.readString(target));
        assertEquals(List.of("r.txt"), files());
    }

    /**
     * A write that fails, as PrintWriter reports it: only recorded, never thrown. (Ctrl-C in the
     * REPL interrupts the command's thread, and where the file channel is interruptible, as it is
     * on JDKs before Files.newOutputStream became uninterruptible, that makes every later write fail.)
     */
    private static void failAWrite(AtomicOutput out) {
        out.writer().close();
        out.writer().print("more results\n");
        assertTrue(out.writer().checkError(), "the write failed");
    }

    @Test
    void writesThatFailedInAnInterruptedThreadAreACancellationNotAWriteError() throws IOException {
        Path target = dir.resolve("r.txt");
        try (AtomicOutput out = AtomicOutput.open(target, false, new Cancellation())) {
            out.writer().print("results\n");
            Thread.currentThread().interrupt();
            failAWrite(out);
            assertThrows(CancellationException.class, out::commit, "cancelled, not an 'internal error' (exit 70)");
        } finally {
            Thread.interrupted();
        }
        assertEquals(List.of(), files(), "no output and no temporary file");
    }

    @Test
    void writesThatFailedInACancelledRunAreACancellationEvenWithTheInterruptCleared() throws IOException {
        Path target = dir.resolve("r.txt");
        Cancellation cancellation = new Cancellation();
        try (AtomicOutput out = AtomicOutput.open(target, false, cancellation)) {
            out.writer().print("results\n");
            cancellation.cancel(); // Ctrl-C in the REPL; code that swallowed the interrupt leaves only this
            failAWrite(out);
            assertThrows(CancellationException.class, out::commit);
        }
        assertEquals(List.of(), files(), "no output and no temporary file");
    }

    @Test
    void writesThatFailedOtherwiseAreAWriteError() throws IOException {
        Path target = dir.resolve("r.txt");
        try (AtomicOutput out = AtomicOutput.open(target, false, new Cancellation())) {
            failAWrite(out);
            IOException e = assertThrows(IOException.class, out::commit);
            assertEquals(target + ": write failed", e.getMessage());
        }
        assertEquals(List.of(), files(), "no output and no temporary file");
    }

    /** Runs the output's shutdown hook as the JVM would at exit (after Ctrl-C), here on this thread. */
    private static void runShutdownHook(AtomicOutput out) throws ReflectiveOperationException {
        java.lang.reflect.Field cleanup = AtomicOutput.class.getDeclaredField("cleanup");
        cleanup.setAccessible(true);
        ((Thread) cleanup.get(out)).run(); // Thread.run runs the hook's body on the calling thread
    }

    @Test
    void theShutdownHookCancelsBeforeItDeletesSoNothingIsCommittedAfterIt() throws Exception {
        Path target = dir.resolve("r.txt");
        try (AtomicOutput out = AtomicOutput.open(target, false, new Cancellation())) {
            out.writer().print("results\n");
            runShutdownHook(out);
            assertEquals(List.of(), files(), "the temporary file is gone");
            assertThrows(CancellationException.class, out::commit, "a cancellation, not a failed rename");
        }
        assertEquals(List.of(), files(), "no output and no temporary file");
    }

    @Test
    void theShutdownHookAfterACommitLeavesTheFileInPlace() throws Exception {
        Path target = dir.resolve("r.txt");
        try (AtomicOutput out = AtomicOutput.open(target, false, new Cancellation())) {
            out.writer().print("results\n");
            out.commit();
            runShutdownHook(out);
        }
        assertEquals("results\n", Files.readString(target));
        assertEquals(List.of("r.txt"), files());
    }

    @Test
    void aRunCancelledBeforeItsOutputIsOpenedCreatesNoTemporaryFile() throws IOException {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        assertThrows(CancellationException.class, () -> AtomicOutput.open(dir.resolve("r.txt"), false, cancellation));
        assertEquals(List.of(), files());
    }
}
