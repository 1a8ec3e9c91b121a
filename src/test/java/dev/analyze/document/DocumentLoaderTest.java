package dev.analyze.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentLoaderTest {

    @TempDir
    Path dir;

    private DocumentLoader loader() {
        return new DocumentLoader(null, DocumentLoader.DEFAULT_MAX_SIZE, () -> new ByteArrayInputStream(new byte[0]));
    }

    private Document load(Path file) throws LoadException {
        return load(loader(), file);
    }

    private static Document load(DocumentLoader loader, Path file) throws LoadException {
        SourceRef ref = loader.list(List.of(file.toString())).get(0);
        return DocumentParser.standard().parse(ref.stem(), ref.label(), loader.read(ref));
    }

    private static List<String> paragraphTexts(Document d) {
        return d.paragraphs().stream().map(d::text).toList();
    }

    @Test
    void htmlKeepsTheArticleAndDropsNavigationScriptsAndAsides() throws Exception {
        Path page = dir.resolve("story.html");
        Files.writeString(page, """
                <!doctype html><html><head><title>Site name | Harbour reopens</title>
                <script>var tracking = "Harbour secrets";</script><style>p { color: red }</style></head>
                <body><nav><a href="/">Home</a> <a href="/news">News menu</a></nav>
                <header>Subscribe today</header>
                <article><h1>Harbour reopens after storm</h1>
                <p>The harbour reopened on <b>Tuesday</b>, officials said.</p>
                <aside>Related: ten best beaches</aside>
                <p>&ldquo;We are back,&rdquo; the harbour master said.</p>
                <script>document.write("injected")</script></article>
                <footer>Copyright notice</footer></body></html>
                """);
        Document d = load(page);
        assertEquals("Harbour reopens after storm", d.titleText());
        assertEquals(List.of("Harbour reopens after storm", "The harbour reopened on Tuesday, officials said.",
                "\u201cWe are back,\u201d the harbour master said."), paragraphTexts(d));
        for (String junk : List.of("Home", "menu", "Subscribe", "tracking", "injected", "Copyright", "beaches", "color")) {
            assertFalse(d.text().contains(junk), junk + " leaked into " + d.text());
        }
    }

    @Test
    void htmlWithoutArticleUsesTheBody() throws Exception {
        Path page = dir.resolve("plain.htm");
        Files.writeString(page, "<html><head><title>Budget vote</title></head><body><p>The vote passed.</p>"
                + "<ul><li>Item one.</li></ul></body></html>");
        Document d = load(page);
        assertEquals("Budget vote", d.titleText());
        assertEquals(List.of("Budget vote", "The vote passed.", "Item one."), paragraphTexts(d));
    }

    @Test
    void markdownBecomesPlainText() throws Exception {
        Path md = dir.resolve("notes.md");
        Files.writeString(md, """
                # Mayor *wins* re-election

                The mayor won **by 300 votes**, [the council](https://example.org/c) said.

                ![photo](img.png)

                ```
                code block that is not text
                ```

                > "It was close," she said.
                """);
        Document d = load(md);
        assertEquals("Mayor wins re-election", d.titleText());
        String text = d.text();
        assertTrue(text.contains("The mayor won by 300 votes, the council said."), text);
        assertTrue(text.contains("\"It was close,\" she said."), text);
        for (String junk : List.of("**", "https://", "](", "code block", "#", "> ")) {
            assertFalse(text.contains(junk), junk + " left in " + text);
        }
    }

    @Test
    void directoriesAreRecursiveSortedAndSkipHiddenAndOtherFiles() throws Exception {
        Path root = dir.resolve("corpus");
        Files.createDirectories(root.resolve("b/deeper"));
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve("b/deeper/z.txt"), "Z\n\nz.");
        Files.writeString(root.resolve("b/a.md"), "A\n\na.");
        Files.writeString(root.resolve("c.html"), "<p>c</p>");
        Files.writeString(root.resolve("a.txt"), "A\n\na.");
        Files.writeString(root.resolve(".hidden.txt"), "no");
        Files.writeString(root.resolve(".git/config.txt"), "no");
        Files.writeString(root.resolve("image.png"), "no");
        Files.writeString(root.resolve("README"), "no");
        List<String> found = loader().list(List.of(root.toString())).stream()
                .map(r -> root.relativize(r.path().orElseThrow()).toString()).toList();
        assertEquals(List.of("a.txt", "b/a.md", "b/deeper/z.txt", "c.html"), found);
    }

    @Test
    void symlinkLoopInsideADirectoryDoesNotHang() throws Exception {
        Path root = dir.resolve("loop");
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("sub/story.txt"), "Title\n\nBody.");
        Files.createSymbolicLink(root.resolve("sub/back"), root);
        Files.createSymbolicLink(root.resolve("self"), root.resolve("self"));
        List<SourceRef> found = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> loader().list(List.of(root.toString())));
        assertEquals(1, found.size(), found.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void lineEndingsAllSeparateParagraphs(String eol) throws Exception {
        Path f = dir.resolve("eol.txt");
        Files.writeString(f, String.join(eol, "Storm hits coast", "", "Winds reached 120 km/h.", "", "Power is out."));
        Document d = load(f);
        assertEquals("Storm hits coast", d.titleText());
        assertEquals(List.of("Storm hits coast", "Winds reached 120 km/h.", "Power is out."), paragraphTexts(d));
        assertFalse(d.paragraphs().stream().map(d::text).anyMatch(t -> t.contains("\r")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-8"})
    void byteOrderMarkPicksTheEncoding(String charset) throws Exception {
        Charset cs = Charset.forName(charset);
        String text = "\uFEFFZ\u00fcrich vote \u2014 \u201cyes\u201d\n\nVoters said yes.\n";
        Path f = dir.resolve("bom.txt");
        Files.write(f, text.getBytes(cs));
        Document d = load(f);
        assertEquals("Z\u00fcrich vote \u2014 \u201cyes\u201d", d.titleText());
        assertFalse(d.text().contains("\uFEFF"), "BOM dropped");
    }

    @Test
    void windows1252WhenAsked() throws Exception {
        Path f = dir.resolve("cp.txt");
        Files.write(f, "\u201cNa\u00efve\u201d plan \u2013 critics\n\nThey object.\n".getBytes("windows-1252"));
        LoadException e = assertThrows(LoadException.class, () -> load(f));
        assertTrue(e.getMessage().matches(".*cp\\.txt: not valid UTF-8 at byte 0 .*--encoding.*"), e.getMessage());
        DocumentLoader cp1252 = new DocumentLoader(TextDecoder.charset("windows-1252"), 1 << 20, InputStreamNone::get);
        assertEquals("\u201cNa\u00efve\u201d plan \u2013 critics", load(cp1252, f).titleText());
    }

    @Test
    void standardInputIsReadForDash() throws Exception {
        byte[] bytes = "Bridge opens\n\nTraffic flows.\n".getBytes(StandardCharsets.UTF_8);
        DocumentLoader stdin = new DocumentLoader(null, 1 << 20, () -> new ByteArrayInputStream(bytes));
        List<SourceRef> refs = stdin.list(List.of("-"));
        assertEquals(List.of(SourceRef.stdin()), refs);
        assertEquals("stdin", refs.get(0).stem());
        assertEquals("Bridge opens\n\nTraffic flows.\n", stdin.read(refs.get(0)));
        DocumentLoader tiny = new DocumentLoader(null, 10, () -> new ByteArrayInputStream(bytes));
        LoadException e = assertThrows(LoadException.class, () -> tiny.read(SourceRef.stdin()));
        assertTrue(e.getMessage().startsWith("-: input too large"), e.getMessage());
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws IOException {
        byte[] bytes = {'O', 'K', '\n', '\n', 'a', 'b', (byte) 0xC3, '(', 'c'};
        LoadException e = assertThrows(LoadException.class, () -> TextDecoder.decode("x.txt", bytes, null));
        assertTrue(e.getMessage().startsWith("x.txt: not valid UTF-8 at byte 6"), e.getMessage());
        LoadException truncated = assertThrows(LoadException.class,
                () -> TextDecoder.decode("t.txt", new byte[] {'a', (byte) 0xE2, (byte) 0x80}, null));
        assertTrue(truncated.getMessage().contains("at byte 1"), truncated.getMessage());
    }

    @Test
    void aFileLongerThanItsReportedSizeIsReadWhole() throws Exception {
        // /proc files report size 0: the loader must read on past the expected size
        Path status = Path.of("/proc/self/status");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(status) && Files.size(status) == 0);
        String text = loader().read(SourceRef.file(status));
        assertTrue(text.startsWith("Name:") && text.contains("\nPid:"), text);
        DocumentLoader tiny = new DocumentLoader(null, 10, () -> new ByteArrayInputStream(new byte[0]));
        LoadException e = assertThrows(LoadException.class, () -> tiny.read(SourceRef.file(status)));
        assertTrue(e.getMessage().contains("input too large (over 10 bytes"), e.getMessage());
    }

    @Test
    void aWrittenReplacementCharacterIsTextButAnEncodedSurrogateIsAnError() throws Exception {
        // U+FFFD is what lenient decoding puts for bad bytes: written out, it is valid text
        String withReplacement = "Caf\uFFFD \u201cqu\u00e9\u201d \uD83D\uDE00";
        assertEquals(withReplacement, TextDecoder.decode("r.txt", withReplacement.getBytes(StandardCharsets.UTF_8), null));
        // a UTF-16 surrogate encoded on its own (CESU-8 style) is not UTF-8
        byte[] surrogate = {'a', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'c'};
        LoadException e = assertThrows(LoadException.class, () -> TextDecoder.decode("s.txt", surrogate, null));
        assertTrue(e.getMessage().startsWith("s.txt: not valid UTF-8 at byte 2"), e.getMessage());
        byte[] overlong = {'x', (byte) 0xC0, (byte) 0xAF};
        LoadException o = assertThrows(LoadException.class, () -> TextDecoder.decode("o.txt", overlong, null));
        assertTrue(o.getMessage().startsWith("o.txt: not valid UTF-8 at byte 1"), o.getMessage());
    }

    @Test
    void loadingNeverWritesTheFile() throws Exception {
        Path f = dir.resolve("keep.html");
        Files.writeString(f, "<p>Keep me.</p>");
        var mtime = Files.getLastModifiedTime(f);
        load(f);
        assertEquals("<p>Keep me.</p>", Files.readString(f));
        assertEquals(mtime, Files.getLastModifiedTime(f));
    }

    @Test
    void anInterruptedParseStopsWithCancellation() {
        String text = "Title\n\n" + "One sentence here. Another one there.\n\n".repeat(1000);
        Thread.currentThread().interrupt(); // what Ctrl-C in the REPL does to the command's thread
        try {
            assertThrows(java.util.concurrent.CancellationException.class,
                    () -> DocumentParser.standard().parse("big", "big.txt", text));
        } finally {
            Thread.interrupted();
        }
        assertEquals(1001, DocumentParser.standard().parse("big", "big.txt", text).paragraphs().size(),
                "without an interrupt it parses normally");
    }

    /** An empty standard input, for loaders that never read it. */
    private static final class InputStreamNone {
        static java.io.InputStream get() {
            return new ByteArrayInputStream(new byte[0]);
        }
    }
}
