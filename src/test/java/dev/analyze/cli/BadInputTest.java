package dev.analyze.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input gives exit code 1 and one line naming the file and the problem, in
 * one-shot and script mode alike; input files are never modified.
 */
class BadInputTest {

    @TempDir
    Path dir;

    /** A bad input: how to make it, the problem the message must name, extra options. */
    private record Case(String name, Maker maker, String problem, List<String> options) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    private interface Maker {
        Path make(Path dir) throws IOException;
    }

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    static Stream<Case> cases() {
        byte[] badUtf8 = "Headline\n\nCaf\u00e9 ".getBytes(StandardCharsets.UTF_8);
        byte[] withBad = new byte[badUtf8.length + 2];
        System.arraycopy(badUtf8, 0, withBad, 0, badUtf8.length);
        withBad[badUtf8.length] = (byte) 0xE9; // Latin-1 é inside UTF-8: invalid
        withBad[badUtf8.length + 1] = 'x';
        int badOffset = badUtf8.length;
        return Stream.of(
                new Case("missing file", d -> d.resolve("nope.txt"), "no such file or directory", List.of()),
                new Case("directory without text files", d -> {
                    Path sub = Files.createDirectories(d.resolve("images"));
                    Files.write(sub.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
                    Files.writeString(sub.resolve(".hidden.txt"), "Hidden title\n\nHidden text.\n");
                    return sub;
                }, "directory has no text files", List.of()),
                new Case("binary file", d -> write(d, "photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}),
                        "binary file (NUL byte at offset 4)", List.of()),
                new Case("invalid UTF-8", d -> write(d, "latin1.txt", withBad), "not valid UTF-8 at byte " + badOffset,
                        List.of()),
                new Case("empty file", d -> write(d, "empty.txt", new byte[0]), "file is empty", List.of()),
                new Case("only white space", d -> write(d, "blank.txt", " \n\t\r\n".getBytes(StandardCharsets.UTF_8)),
                        "no text", List.of()),
                new Case("path through a file", d -> write(d, "plain.txt", "Title\n\nText.\n".getBytes(StandardCharsets.UTF_8))
                        .resolve("more.txt"), "not a directory on the way", List.of()),
                new Case("symbolic link to itself", d -> Files.createSymbolicLink(d.resolve("self.txt"),
                        Path.of("self.txt")), "symbolic link loop", List.of()),
                new Case("two symbolic links to each other", d -> {
                    Files.createSymbolicLink(d.resolve("ping.txt"), Path.of("pong.txt"));
                    return Files.createSymbolicLink(d.resolve("pong.txt"), Path.of("ping.txt"));
                }, "symbolic link loop", List.of()),
                new Case("file over the size limit", d -> write(d, "big.txt",
                        ("Title\n\n" + "word ".repeat(400)).getBytes(StandardCharsets.UTF_8)), "too large",
                        List.of("--max-size", "1k")));
    }

    /** The same case run one-shot, as a script line, and as a file given to load before a script. */
    static Stream<Arguments> casesByMode() {
        List<Arguments> out = new ArrayList<>();
        cases().forEach(c -> {
            for (String mode : List.of("one-shot docs", "one-shot show", "script line", "load argument")) {
                out.add(Arguments.of(c, mode));
            }
        });
        return out.stream();
    }

    private static CliRun.Result runIn(String mode, String file, List<String> options) {
        List<String> args = new ArrayList<>();
        String script = "";
        switch (mode) {
            case "one-shot docs" -> {
                args.addAll(List.of("docs", file));
                args.addAll(options);
            }
            case "one-shot show" -> {
                args.addAll(List.of("show", file));
                args.addAll(options);
            }
            case "script line" -> {
                args.add("load");
                script = "load " + file + " " + String.join(" ", options) + "\ndocs\n";
            }
            default -> {
                args.addAll(List.of("load", file));
                args.addAll(options);
                script = "docs\n";
            }
        }
        return CliRun.run(script, args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("casesByMode")
    void badInputExitsOneWithOneLineNamingFileAndProblem(Case c, String mode) throws IOException {
        Path file = c.maker().make(dir);
        Snapshot before = Snapshot.of(file);
        CliRun.Result r = runIn(mode, file.toString(), c.options());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        List<String> lines = r.err().lines().filter(l -> l.contains(c.problem())).toList();
        assertEquals(1, lines.size(), "one line names the problem: " + r);
        assertTrue(lines.get(0).startsWith("analyze: " + file + ": "), "names the file: " + lines.get(0));
        assertFalse(r.out().contains("\tat "), "no stack trace");
        assertFalse(r.err().contains("Exception"), "no Java exception names: " + r.err());
        assertEquals(before, Snapshot.of(file), "input unchanged");
    }

    @ParameterizedTest(name = "{0} in the REPL")
    @MethodSource("cases")
    void badInputInTheReplGivesOneLineAndTheSessionGoesOn(Case c) throws IOException {
        Path file = c.maker().make(dir);
        Snapshot before = Snapshot.of(file);
        AppContext context = new AppContext(java.io.InputStream::nullInputStream,
                Map.of("XDG_STATE_HOME", dir.resolve("state").toString()), false, 100);
        var cl = Cli.create(context, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), true);
        String screen = dev.analyze.repl.ReplRun.screen(context, cl,
                "load " + file + " " + String.join(" ", c.options()) + "\nload samples/kerry.txt\nshow s1\nexit\n");
        List<String> lines = screen.lines().filter(l -> l.contains(c.problem())).toList();
        assertEquals(1, lines.size(), "one line names the problem: " + screen);
        assertTrue(lines.get(0).contains("analyze: " + file + ": "), lines.get(0));
        assertTrue(screen.contains("[1] Pak a victim"), "the REPL went on: " + screen);
        assertEquals(before, Snapshot.of(file), "input unchanged");
    }

    @Test
    void defaultLimitIsFiftyMegabytesAndMaxSizeRaisesIt() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024 + 1); // sparse: refused by size before any byte is read
        }
        CliRun.Result r = CliRun.run("", "docs", big.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("huge.txt: file too large (52428801 bytes; limit 52428800"), r.err());
        CliRun.Result raised = CliRun.run("", "docs", big.toString(), "--max-size", "51M");
        assertTrue(raised.err().contains("binary file"), "read once the limit allows it: " + raised.err());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"lots", "-5", "12q", ""})
    void badMaxSizeIsAUsageError(String size) {
        CliRun.Result r = CliRun.run("", "docs", "samples/kerry.txt", "--max-size", size);
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("--max-size"), r.err());
    }

    @Test
    void unreadableFileWhenPermissionsApply() throws IOException {
        Path f = write(dir, "secret.txt", "Title\n\nText here.\n".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(f), "running as root: chmod 000 does not stop reading");
            for (String mode : List.of("one-shot docs", "script line", "load argument")) {
                CliRun.Result r = runIn(mode, f.toString(), List.of());
                assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
                assertTrue(r.err().contains("analyze: " + f + ": permission denied"), r.err());
            }
        } finally {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void unreadableSubdirectoryIsReportedNotSkippedSilently() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        write(corpus, "a.txt", "Alpha title\n\nAlpha text here.\n".getBytes(StandardCharsets.UTF_8));
        write(corpus, "z.txt", "Zulu title\n\nZulu text here.\n".getBytes(StandardCharsets.UTF_8));
        Path locked = Files.createDirectories(corpus.resolve("private"));
        write(locked, "b.txt", "Bravo title\n\nBravo text here.\n".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: chmod 000 does not stop reading");
            CliRun.Result r = CliRun.run("", "stats", corpus.toString(), "--format", "tsv");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
            assertEquals(List.of("analyze: " + locked + ": permission denied"), r.err().lines().toList(), r.toString());
            assertEquals(List.of("a", "z"), r.out().lines().skip(1).map(l -> l.split("\t")[1]).toList(), r.toString());
            CliRun.Result load = runIn("load argument", corpus.toString(), List.of());
            assertEquals(ExitCodes.BAD_INPUT, load.code(), load.toString());
            assertTrue(load.err().contains("analyze: " + locked + ": permission denied"), load.toString());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void windows1252IsReadWithEncodingOption() throws IOException {
        byte[] cp1252 = "Caf\u00e9 owners \u201cwin\u201d\n\nThe caf\u00e9 stays open.\n".getBytes("windows-1252");
        Path f = write(dir, "cafe.txt", cp1252);
        assertEquals(ExitCodes.BAD_INPUT, CliRun.run("", "docs", f.toString()).code());
        CliRun.Result r = CliRun.run("", "docs", f.toString(), "--encoding", "windows-1252", "--format", "tsv");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Caf\u00e9 owners \u201cwin\u201d"), r.out());
        CliRun.Result unknown = CliRun.run("", "docs", f.toString(), "--encoding", "klingon");
        assertEquals(ExitCodes.BAD_INPUT, unknown.code());
        assertTrue(unknown.err().contains("unknown encoding 'klingon'"), unknown.err());
    }

    @Test
    void unknownCommandAndOptionInScriptMode() {
        CliRun.Result cmd = CliRun.run("lod samples/kerry.txt\n");
        assertEquals(ExitCodes.USAGE, cmd.code(), cmd.toString());
        assertTrue(cmd.err().contains("unknown command 'lod'") && cmd.err().contains("Did you mean load?"), cmd.err());
        CliRun.Result opt = CliRun.run("docs --colour never\n", "load", "samples/kerry.txt");
        assertEquals(ExitCodes.USAGE, opt.code(), opt.toString());
        assertTrue(opt.err().contains("unknown option '--colour'") && opt.err().contains("--color"), opt.err());
    }

    /** Text meant to attack a terminal: OSC (retitle), CSI (clear, move), CR overwrite, C1 CSI, bidi. */
    private static final String HOSTILE = "Weather report \u001B]0;pwned\u0007 today\n\n"
            + "Rain is \u001B[2J\u001B[1;1Hexpected. Fake news\rReal news follows \u009B31m here \u202Etxt.exe\u202C.\n";

    @Test
    void controlCharactersNeverReachTheTerminalRaw() throws IOException {
        Path f = write(dir, "hostile.txt", HOSTILE.getBytes(StandardCharsets.UTF_8));
        Snapshot before = Snapshot.of(f);
        for (String command : List.of("docs", "show")) {
            for (String format : List.of("table", "json", "jsonl", "csv", "tsv", "markdown")) {
                CliRun.Result r = CliRun.run("", Map.of("TERM", "xterm"), true, command, f.toString(), "--format", format);
                assertEquals(0, r.code(), r.toString());
                String withoutOwnColour = r.out().replaceAll("\u001B\\[[0-9;]*m", "");
                for (char c : new char[] {'\u001B', '\u0007', '\r', '\u009B', '\u202E'}) {
                    assertEquals(-1, withoutOwnColour.indexOf(c),
                            command + " --format " + format + " printed U+" + Integer.toHexString(c) + ": " + r.out());
                }
                assertTrue(r.out().contains("Real news") || command.equals("docs"), r.out());
            }
        }
        CliRun.Result script = CliRun.run("show\ndocs\n", "load", f.toString());
        assertEquals(-1, script.out().indexOf('\u001B'), script.out());
        assertEquals(before, Snapshot.of(f));
    }

    @Test
    void hostileFileNameIsEscapedInMessages() {
        CliRun.Result r = CliRun.run("", "docs", "evil\u001B]0;x\u0007.txt");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals(-1, r.err().indexOf('\u001B'), r.err());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    /** Content and modification time of a file (or of a directory's listing). */
    private record Snapshot(byte[] content, FileTime mtime, boolean exists) {
        static Snapshot of(Path p) throws IOException {
            if (!Files.exists(p)) {
                return new Snapshot(new byte[0], null, false);
            }
            byte[] content = Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p);
            return new Snapshot(content, Files.getLastModifiedTime(p), true);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Snapshot s)) {
                return false;
            }
            assertArrayEquals(content, s.content, "content changed");
            return java.util.Objects.equals(mtime, s.mtime) && exists == s.exists;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(mtime, exists);
        }
    }
}
