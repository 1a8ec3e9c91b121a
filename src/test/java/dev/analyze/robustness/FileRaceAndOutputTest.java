package dev.analyze.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.analyze.Main;
import dev.analyze.cli.AppContext;
import dev.analyze.cli.ExitCodes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that change between listing and reading, big directories, symlink loops, and --output
 * runs that fail or are interrupted midway. The hook: standard input ("-") is read between the
 * listing of the arguments and the reading of the files after it, so a supplier of standard input
 * can change the file system at exactly that moment, in-process and deterministically.
 */
class FileRaceAndOutputTest {

    private static final String ARTICLE = "Council approves bridge\n\nThe council voted on Monday to fund a bridge, "
            + "officials said. \u201CIt is overdue,\u201D said Mayor Ana Ruiz.\n";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private static Run run(Supplier<InputStream> stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppContext context = new AppContext(stdin, Map.of(), false, 100);
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(args, context, o, e, false);
        } finally {
            Thread.interrupted(); // a simulated Ctrl-C must not leak into the next test
        }
        return new Run(code, out.toString(), err.toString());
    }

    /** Standard input that first does {@code action} to the file system, then gives an article. */
    private static Supplier<InputStream> stdinThat(IoAction action) {
        return () -> {
            try {
                action.run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8));
        };
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    private Path articles(String... names) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (String name : names) {
            Files.writeString(docs.resolve(name), ARTICLE.replace("Ana Ruiz", "Ana " + surname(name)));
        }
        return docs;
    }

    /** A surname per file, so each file's result can be told apart: a.txt gives Alvarez. */
    private static String surname(String file) {
        return switch (file.charAt(0)) {
            case 'a' -> "Alvarez";
            case 'b' -> "Brennan";
            case 'c' -> "Castillo";
            case 'd' -> "Dunmore";
            default -> "Ellison";
        };
    }

    @Test
    void filesThatVanishOrChangeAfterListingAreReportedOneLineEachAndTheRestAnalyzed() throws IOException {
        Path docs = articles("a.txt", "b.txt", "c.txt", "d.txt", "e.txt");
        Run r = run(stdinThat(() -> {
            Files.delete(docs.resolve("b.txt"));
            Files.delete(docs.resolve("c.txt"));
            Files.createDirectory(docs.resolve("c.txt"));
            Files.delete(docs.resolve("d.txt"));
            Files.createSymbolicLink(docs.resolve("d.txt"), docs.resolve("gone.txt"));
        }), "entities", "-", docs.toString(), "--threads", "1", "--format", "tsv");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        List<String> errors = r.err().lines().toList();
        assertEquals(List.of(
                "analyze: " + docs.resolve("b.txt") + ": no such file or directory",
                "analyze: " + docs.resolve("c.txt") + ": is a directory",
                "analyze: " + docs.resolve("d.txt") + ": no such file or directory"), errors, r.toString());
        for (String analyzed : List.of("Ana Ruiz", "Ana Alvarez", "Ana Ellison")) {
            assertTrue(r.out().contains(analyzed), analyzed + " still analyzed: " + r);
        }
        assertFalse(r.out().contains("Brennan") || r.out().contains("Castillo") || r.out().contains("Dunmore"), r.out());
    }

    @Test
    void fileEmptiedOrMadeBinaryAfterListingIsReportedAndTheRestAnalyzed() throws IOException {
        Path docs = articles("a.txt", "b.txt", "c.txt");
        Run r = run(stdinThat(() -> {
            Files.write(docs.resolve("a.txt"), new byte[0]);
            Files.write(docs.resolve("b.txt"), new byte[] {'x', 0, 1, 2});
        }), "quotes", "-", docs.toString(), "--threads", "1", "--format", "csv");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertEquals(List.of("analyze: " + docs.resolve("a.txt") + ": file is empty",
                "analyze: " + docs.resolve("b.txt") + ": looks like a binary file (NUL byte at offset 1)"),
                r.err().lines().toList(), r.toString());
        assertTrue(r.out().contains("Castillo") && r.out().contains("Ana Ruiz"), r.toString());
    }

    /** A FIFO made by mkfifo(1), as a scraper's pipeline might leave one; skips the test where there is none. */
    private static Path mkfifo(Path fifo) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e.getMessage());
            throw e;
        }
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        return fifo;
    }

    /**
     * Opens the FIFO for reading and writing, which does not block on Linux: a reader stuck
     * opening it (the bug this guards against) then gets through, so a regression fails the test
     * instead of leaving a thread hung for the rest of the run.
     */
    private static void release(Path fifo) {
        try (var c = java.nio.channels.FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // opened: any blocked reader is released
        } catch (IOException e) {
            // nothing to release
        }
    }

    @Test
    void fileReplacedByAFifoAfterListingIsReportedNotWaitedOn() throws Exception {
        Path docs = articles("a.txt", "b.txt", "c.txt", "d.txt");
        Path fifo = mkfifo(dir.resolve("fifo"));
        Path a = docs.resolve("a.txt");
        try {
            Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(stdinThat(() -> {
                Files.move(fifo, a, StandardCopyOption.REPLACE_EXISTING);
                Files.delete(docs.resolve("b.txt"));
                Files.createSymbolicLink(docs.resolve("b.txt"), a); // a link to the FIFO
                Files.delete(docs.resolve("c.txt"));
                Files.createSymbolicLink(docs.resolve("c.txt"), docs.resolve("d.txt")); // a link to a file: read
            }), "entities", "-", docs.toString(), "--threads", "1", "--format", "tsv"), "blocked opening a FIFO");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
            assertEquals(List.of("analyze: " + a + ": not a regular file",
                    "analyze: " + docs.resolve("b.txt") + ": not a regular file"), r.err().lines().toList(), r.toString());
            assertEquals(List.of("stdin", "c", "d"), r.out().lines().skip(1).map(l -> l.split("\t")[1]).distinct()
                    .toList(), r.toString());
            assertTrue(r.out().contains("Ana Ruiz") && r.out().contains("Ana Dunmore"), r.toString());
        } finally {
            release(a);
        }
    }

    @Test
    void fifoGivenAsAnArgumentIsReportedAndTheOthersAnalyzed() throws Exception {
        Path docs = articles("a.txt");
        Path fifo = mkfifo(dir.resolve("fifo"));
        try {
            Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(InputStream::nullInputStream,
                    "entities", fifo.toString(), docs.resolve("a.txt").toString(), "--format", "tsv"));
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
            assertEquals(List.of("analyze: " + fifo + ": not a regular file"), r.err().lines().toList(), r.toString());
            assertTrue(r.out().contains("Ana Alvarez"), r.toString());
        } finally {
            release(fifo);
        }
    }

    @Test
    void directoryOfTwoThousandFilesWithASymlinkLoopIsAnalyzedInOrder() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 2_000; i++) {
            Path sub = Files.createDirectories(docs.resolve("d" + i % 10));
            Files.writeString(sub.resolve(String.format("n%04d.txt", i)), "Story " + i + "\n\nWord " + i + " here.\n");
        }
        Files.createSymbolicLink(docs.resolve("d3").resolve("loop"), docs);
        Files.createSymbolicLink(docs.resolve("self"), docs.resolve("self"));
        Run r = run(InputStream::nullInputStream, "stats", docs.toString(), "--format", "tsv");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.matches(".*\\bn\\d{4}\\b.*")).toList();
        assertEquals(2_000, rows.size(), "each file once, the loop not followed round");
        assertEquals(rows.stream().sorted().toList().size(), rows.stream().distinct().count());
    }

    /** Files left in {@code d} other than {@code keep}: a temporary file left behind shows here. */
    private static List<String> leftovers(Path d, String... keep) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !List.of(keep).contains(n)).sorted().toList();
        }
    }

    @Test
    void outputOfARunThatFailsMidwayLeavesNothingBehind() throws IOException {
        Path docs = articles("a.txt", "b.txt");
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path target = outDir.resolve("report.json");
        Run r = run(() -> {
            throw new IllegalStateException("simulated failure in the middle of a run");
        }, "claims", docs.resolve("a.txt").toString(), "-", docs.resolve("b.txt").toString(), "--threads", "1",
                "--format", "json", "-o", target.toString());
        assertTrue(r.code() != ExitCodes.OK, r.toString());
        assertEquals(1, r.err().lines().count(), "one line: " + r);
        assertTrue(r.err().startsWith("analyze: internal error"), r.toString());
        assertEquals(List.of(), leftovers(outDir), "no output and no temporary file");
    }

    @Test
    void outputOfAnInterruptedRunLeavesNothingBehindAndKeepsTheOldFile() throws IOException {
        Path docs = articles("a.txt", "b.txt");
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path target = outDir.resolve("words.tsv");
        Files.writeString(target, "earlier results\n");
        Run r = run(stdinThat(() -> Thread.currentThread().interrupt()), // Ctrl-C while reading "-"
                "words", docs.resolve("a.txt").toString(), "-", docs.resolve("b.txt").toString(), "--threads", "1",
                "--format", "tsv", "-o", target.toString(), "--force");
        assertEquals(ExitCodes.INTERRUPTED, r.code(), r.toString());
        assertEquals("analyze: cancelled", r.err().strip(), r.toString());
        assertEquals("earlier results\n", Files.readString(target), "the old file is untouched");
        assertEquals(List.of(), leftovers(outDir, "words.tsv"), "no temporary file");
    }

    @Test
    void outputOfARunWhereEveryInputFailsIsNotWrittenAndTheOldFileStays() throws IOException {
        Path docs = articles();
        Files.createFile(docs.resolve("empty.txt"));
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path kept = outDir.resolve("kept.json");
        Files.writeString(kept, "earlier results\n");
        Path fresh = outDir.resolve("fresh.json");
        for (List<String> output : List.of(List.of("-o", kept.toString(), "--force"), List.of("-o", fresh.toString()))) {
            Run r = run(InputStream::nullInputStream, Stream.concat(Stream.of("entities",
                    docs.resolve("missing.txt").toString(), docs.resolve("empty.txt").toString(), "--format", "json"),
                    output.stream()).toArray(String[]::new));
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
            assertEquals(2, r.err().lines().count(), "one line per input: " + r);
        }
        assertEquals("earlier results\n", Files.readString(kept), "not replaced by an empty report");
        assertEquals(List.of("kept.json"), leftovers(outDir), "no new file and no temporary file");
    }

    @Test
    void outputOfARunWhereSomeInputsFailHoldsTheOthers() throws IOException {
        Path docs = articles("a.txt");
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path target = outDir.resolve("entities.json");
        Files.writeString(target, "earlier results\n");
        Run r = run(InputStream::nullInputStream, "entities", docs.resolve("missing.txt").toString(),
                docs.resolve("a.txt").toString(), "--format", "json", "-o", target.toString(), "--force");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertEquals(List.of("analyze: " + docs.resolve("missing.txt") + ": no such file or directory"),
                r.err().lines().toList(), r.toString());
        assertTrue(Files.readString(target).contains("Ana Alvarez"), "partial results written: " + Files.readString(target));
        assertEquals(List.of(), leftovers(outDir, "entities.json"), "no temporary file");
    }

    @Test
    void outputIntoAMissingDirectoryOrOntoADirectoryIsOneLine() throws IOException {
        for (Path target : List.of(dir.resolve("no/such/dir/out.json"), Files.createDirectories(dir.resolve("isdir")))) {
            Run r = run(InputStream::nullInputStream, "stats", "samples/kerry.txt", "-o", target.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
            assertEquals(1, r.err().lines().count(), r.toString());
            assertTrue(r.err().contains(target.toString()), r.toString());
            assertFalse(r.err().contains("Exception"), r.toString());
        }
        assertEquals(List.of(), leftovers(dir.resolve("isdir")));
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void newOutputFileGetsThePermissionsOfAnyNewFile() throws IOException {
        assumeTrue(posix(dir), "POSIX permissions");
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path usual = Files.createFile(outDir.resolve("usual")); // 0666 minus the umask, as a shell's > gives
        Path target = outDir.resolve("stats.tsv");
        Run r = run(InputStream::nullInputStream, "stats", "samples/kerry.txt", "--format", "tsv", "-o", target.toString());
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(usual)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(target)), "not the 0600 of a temporary file");
    }

    @Test
    void outputFileReplacedWithForceKeepsItsPermissions() throws IOException {
        assumeTrue(posix(dir), "POSIX permissions");
        Path target = Files.createDirectories(dir.resolve("out")).resolve("stats.tsv");
        Files.writeString(target, "earlier results\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        Run r = run(InputStream::nullInputStream, "stats", "samples/kerry.txt", "--format", "tsv", "-o", target.toString(),
                "--force");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertFalse(Files.readString(target).startsWith("earlier"), "replaced");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    /**
     * A write-protected file replaced with --force, as {@code cp -f} would: the run succeeds and
     * the new file is write-protected too. (As root, who may write a 0444 file anyway, this passes
     * even when the temporary file is made 0444 before it is opened; as any other user it fails so.)
     */
    @Test
    void writeProtectedOutputFileReplacedWithForceStaysWriteProtected() throws IOException {
        assumeTrue(posix(dir), "POSIX permissions");
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path target = outDir.resolve("stats.tsv");
        Files.writeString(target, "earlier results\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        Run r = run(InputStream::nullInputStream, "stats", "samples/kerry.txt", "--format", "tsv", "-o", target.toString(),
                "--force");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(Files.readString(target).contains("kerry"), "replaced: " + Files.readString(target));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(List.of(), leftovers(outDir, "stats.tsv"), "no temporary file");
    }

    @Test
    void outputWithForceOntoASymbolicLinkWritesThroughItAndKeepsTheLink() throws IOException {
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path real = outDir.resolve("real.tsv");
        Files.writeString(real, "earlier results\n");
        Path link = Files.createSymbolicLink(outDir.resolve("link.tsv"), Path.of("real.tsv"));
        Run r = run(InputStream::nullInputStream, "stats", "samples/kerry.txt", "--format", "tsv", "-o", link.toString(),
                "--force");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertEquals(Path.of("real.tsv"), Files.readSymbolicLink(link));
        assertTrue(Files.readString(real).contains("kerry"), "the file it points to is replaced: " + Files.readString(real));
        assertEquals(List.of(), leftovers(outDir, "real.tsv", "link.tsv"), "no temporary file");
    }

    @Test
    void outputOntoADanglingSymbolicLinkIsRefusedWithoutForceAndCreatesItsTargetWithForce() throws IOException {
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path sub = Files.createDirectories(outDir.resolve("sub"));
        Path link = Files.createSymbolicLink(outDir.resolve("link.tsv"), Path.of("sub", "new.tsv"));
        String[] args = {"stats", "samples/kerry.txt", "--format", "tsv", "-o", link.toString()};
        Run refused = run(InputStream::nullInputStream, args);
        assertEquals(ExitCodes.BAD_INPUT, refused.code(), "a link is there, as with set -o noclobber: " + refused);
        assertTrue(refused.err().contains("file exists (use --force to overwrite)"), refused.toString());
        assertEquals(List.of(), leftovers(sub));

        Run r = run(InputStream::nullInputStream, Stream.concat(Stream.of(args), Stream.of("--force"))
                .toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertTrue(Files.readString(sub.resolve("new.tsv")).contains("kerry"), "written where the link points");
        assertEquals(List.of("new.tsv"), leftovers(sub), "no temporary file");
        assertEquals(List.of(), leftovers(outDir, "sub", "link.tsv"));
    }
}
