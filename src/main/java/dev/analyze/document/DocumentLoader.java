package dev.analyze.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds and reads documents: files, directories (recursive, sorted, hidden entries skipped),
 * standard input. Files are only ever opened for reading.
 */
public final class DocumentLoader {

    /** Default size limit, 50 MB. */
    public static final long DEFAULT_MAX_SIZE = 50L * 1024 * 1024;

    private static final Set<String> TEXT_EXTENSIONS = Set.of(
            "txt", "text", "md", "markdown", "html", "htm", "xhtml");

    private final Charset charset;
    private final long maxSize;
    private final Supplier<InputStream> stdin;

    /**
     * @param charset the encoding to decode with, or {@code null} for UTF-8 (a BOM wins)
     * @param maxSize files larger than this many bytes are refused
     * @param stdin   where "-" reads from
     */
    public DocumentLoader(Charset charset, long maxSize, Supplier<InputStream> stdin) {
        this.charset = charset;
        this.maxSize = maxSize;
        this.stdin = stdin;
    }

    /**
     * Expands the user's arguments into sources, in argument order; a directory gives its text
     * files in sorted order. An argument that names nothing readable gives a failed source in its
     * place (see {@link SourceRef}), so one bad argument does not stop the others.
     */
    public List<SourceRef> list(List<String> args) {
        List<SourceRef> out = new ArrayList<>();
        for (String arg : args) {
            try {
                out.addAll(listOne(arg));
            } catch (LoadException e) {
                out.add(SourceRef.failed(e.source(), e.problem()));
            }
        }
        return out;
    }

    private List<SourceRef> listOne(String arg) throws LoadException {
        if (arg.equals("-")) {
            return List.of(SourceRef.stdin());
        }
        Path path;
        try {
            path = Path.of(arg);
        } catch (java.nio.file.InvalidPathException e) {
            throw new LoadException(arg, "not a valid file name (" + e.getReason() + ")");
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class); // links followed
        } catch (NoSuchFileException e) {
            throw new LoadException(arg, Files.isSymbolicLink(path) ? "broken symbolic link" : "no such file or directory");
        } catch (IOException e) {
            throw new LoadException(arg, describe(e)); // a link loop, a directory on the way that cannot be searched
        }
        if (attrs.isDirectory()) {
            List<SourceRef> found = listDirectory(arg, path);
            if (found.isEmpty()) {
                throw new LoadException(arg, "directory has no text files (.txt, .md, .html)");
            }
            return found;
        }
        if (!attrs.isRegularFile()) {
            throw new LoadException(arg, "not a regular file");
        }
        return List.of(SourceRef.file(path));
    }

    private List<SourceRef> listDirectory(String arg, Path dir) throws LoadException {
        List<Path> files = new ArrayList<>();
        Map<Path, String> failed = new HashMap<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !isHidden(f) && hasTextExtension(f)) {
                                files.add(f);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            // Skipped without a word: a link loop (what it leads to is reached
                            // anyway), a hidden entry, one gone since its directory was read. Else
                            // (a subdirectory that cannot be read, above all) the walk goes on
                            // and the entry fails in its sorted place, as an unreadable file does.
                            boolean loop = e instanceof FileSystemLoopException;
                            if (!loop && !(e instanceof NoSuchFileException) && (f.equals(dir) || !isHidden(f))) {
                                failed.put(f, describe(e));
                                files.add(f);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new LoadException(arg, describe(e));
        }
        files.sort(null);
        return files.stream()
                .map(f -> failed.containsKey(f) ? SourceRef.failed(f.toString(), failed.get(f)) : SourceRef.file(f))
                .toList();
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean hasTextExtension(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT_EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** Reads and decodes one source into article text (HTML and Markdown reduced to plain text). */
    public String read(SourceRef ref) throws LoadException {
        if (ref.problem().isPresent()) {
            throw new LoadException(ref.label(), ref.problem().get()); // found at listing, reported in its turn
        }
        byte[] bytes = ref.path().isPresent() ? readFile(ref) : readStdin(ref);
        String text = TextDecoder.decode(ref.label(), bytes, charset);
        text = switch (ref.format()) {
            case HTML -> HtmlText.extract(text);
            case MARKDOWN -> MarkdownText.strip(text);
            case TEXT -> text;
        };
        if (text.isBlank()) {
            throw new LoadException(ref.label(), bytes.length == 0 ? "file is empty" : "no text in file (only white space)");
        }
        return text;
    }

    private byte[] readFile(SourceRef ref) throws LoadException {
        Path path = ref.path().orElseThrow();
        try {
            // The file may have been replaced since listing, and opening a FIFO blocks until a
            // writer comes: so what the path names now (links followed, as in listing) must be a
            // regular file before it is opened. Java cannot open without blocking (O_NONBLOCK),
            // so a FIFO swapped in between this check and the open is the one case left.
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                throw new LoadException(ref.label(), "is a directory");
            }
            if (!attrs.isRegularFile()) {
                throw new LoadException(ref.label(), "not a regular file");
            }
            checkSize(ref, attrs.size());
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                // Checked again on what was opened: a pipe cannot seek (a FIFO swapped in while a
                // writer holds it open opens at once, and would be read as if it were the file).
                long size;
                try {
                    channel.position();
                    size = channel.size();
                } catch (ClosedByInterruptException e) {
                    throw e;
                } catch (IOException e) {
                    throw new LoadException(ref.label(), "not a regular file");
                }
                checkSize(ref, size);
                return readLimited(ref, Channels.newInputStream(channel), size);
            }
        } catch (ClosedByInterruptException e) {
            throw new java.util.concurrent.CancellationException("interrupted");
        } catch (IOException e) {
            throw new LoadException(ref.label(), describe(e));
        }
    }

    private void checkSize(SourceRef ref, long size) throws LoadException {
        if (size > maxSize) {
            throw new LoadException(ref.label(), "file too large (" + size + " bytes; limit " + maxSize
                    + ", change it with --max-size)");
        }
    }

    private byte[] readStdin(SourceRef ref) throws LoadException {
        try {
            return readLimited(ref, stdin.get(), -1);
        } catch (IOException e) {
            throw new LoadException(ref.label(), describe(e));
        }
    }

    /**
     * Reads at most one byte over the limit. A file's expected size is read straight into an
     * array of that size (most articles are a few kB, and reading in 8 kB steps then copying
     * cost more than the text); a file that grew since is read on to the limit all the same.
     */
    private byte[] readLimited(SourceRef ref, InputStream in, long expected) throws IOException, LoadException {
        int limit = (int) Math.min(Integer.MAX_VALUE - 8L, maxSize + 1);
        byte[] bytes;
        if (expected >= 0 && expected < limit) {
            bytes = new byte[(int) expected];
            int n = in.readNBytes(bytes, 0, bytes.length);
            int next = n < bytes.length ? -1 : in.read();
            if (n < bytes.length) {
                bytes = Arrays.copyOf(bytes, n); // it shrank
            } else if (next >= 0) {
                byte[] rest = in.readNBytes(limit - n - 1);
                byte[] all = Arrays.copyOf(bytes, n + 1 + rest.length);
                all[n] = (byte) next;
                System.arraycopy(rest, 0, all, n + 1, rest.length);
                bytes = all;
            }
        } else {
            bytes = in.readNBytes(limit);
        }
        if (bytes.length > maxSize) {
            throw new LoadException(ref.label(), "input too large (over " + maxSize + " bytes; change the limit with --max-size)");
        }
        return bytes;
    }

    /** A one-line description of an I/O failure, without Java class names. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        // A loop of links (ELOOP) has no exception class of its own, only a reason: the system's
        // "Too many levels of symbolic links", to which the JDK adds "... of symbolic link".
        if (e instanceof FileSystemLoopException
                || e instanceof FileSystemException f && f.getReason() != null && f.getReason().contains("symbolic link")) {
            return "symbolic link loop";
        }
        // the reason alone: the message would name the file a second time
        String m = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (m != null && m.contains("Is a directory")) {
            return "is a directory";
        }
        if (e instanceof NotDirectoryException || m != null && m.contains("Not a directory")) {
            return "not a directory on the way (a file where the path needs a directory)";
        }
        return m == null ? "cannot read (" + e.getClass().getSimpleName() + ")" : "cannot read: " + m.replaceAll("\\s+", " ");
    }
}
