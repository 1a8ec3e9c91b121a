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
}
