package dev.analyze.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Output to a file, all or nothing: written to a temporary file beside the target and moved into
 * place on success (renamed over the target with --force; else linked, so that a file that
 * appeared meanwhile is not replaced); on failure, interruption or cancellation the temporary file
 * is removed.
 */
final class AtomicOutput implements AutoCloseable {

    /** The file as the user named it (for messages), and where it is written (through links). */
    private final Path requested;
    private final Path target;
    private final Cancellation cancellation;
    /** --force: replace what is there; else a file that appeared since open is not overwritten. */
    private final boolean force;
    private final Thread cleanup;
    /** Null until created; set under the cancellation's lock, read by the shutdown hook. */
    private volatile Path temp;
    private PrintWriter writer;

    private AtomicOutput(Path requested, Path target, boolean force, Cancellation cancellation) {
        this.requested = requested;
        this.target = target;
        this.force = force;
        this.cancellation = cancellation;
        // registered before the temporary file exists: no moment of Ctrl-C can leave it behind
        this.cleanup = new Thread(this::abandon, "analyze-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * Opens {@code requested} for writing; refuses an existing file unless {@code force}. Once
     * {@code cancellation} is cancelled the file is never committed (nor created).
     */
    static AtomicOutput open(Path requested, boolean force, Cancellation cancellation) throws IOException {
        if (Files.isDirectory(requested)) {
            throw new IOException(requested + ": is a directory");
        }
        // a dangling link counts as there: it is not written through unasked (as with set -o noclobber)
        if (!force && Files.exists(requested, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(requested + ": file exists (use --force to overwrite)");
        }
        AtomicOutput out = new AtomicOutput(requested, throughLinks(requested), force, cancellation);
        try {
            out.create();
            return out;
        } catch (IOException | RuntimeException | Error e) {
            out.close(); // removes the temporary file if it was created, and the hook
            throw e;
        }
    }

    private void create() throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        try {
            // under the lock the shutdown hook's cancel takes: by the time the hook deletes, the
            // file either exists (and goes) or never will
            cancellation.unlessCancelled(() -> temp = createTemp(dir, target.getFileName().toString()));
        } catch (java.nio.file.NoSuchFileException e) {
            // the exception names only the temporary file: say what the user can act on
            throw new IOException(requested + ": no such directory");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException(requested + ": permission denied (cannot write in " + dir + ")");
        }
        // opened before the permissions are copied: those of a write-protected file (0444)
        // replaced with --force would make the temporary file unwritable to its own creator
        writer = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8));
        if (Files.exists(target)) {
            keepPermissions(target, temp);
        }
    }

    /**
     * Where writing to {@code path} lands: through symbolic links, as with cp or a shell's
     * {@code >}, so that the file a link points to is replaced and the link stays (a dangling
     * link: the file is created where it points). The temporary file goes beside that file, on
     * the same file system, so the rename stays atomic.
     */
    private static Path throughLinks(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == 40) { // the limit of Linux's ELOOP
                throw new IOException(path + ": too many levels of symbolic links");
            }
            p = p.resolveSibling(Files.readSymbolicLink(p)); // a relative link is relative to its directory
        }
        return p;
    }

    /**
     * A new empty file beside the target, named {@code .NAME.RANDOM.tmp}. Files.createFile honours
     * the umask, so the output gets the permissions of any new file (0644 under umask 022, as with
     * a shell's {@code >}); Files.createTempFile would make it 0600, readable by its owner only.
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
            try {
                return Files.createFile(temp); // fails rather than reuse an existing file or follow a link
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * A file replaced with --force keeps its permissions, as when a shell's {@code >} rewrites it;
     * set before anything is written, so a private file's contents are never more widely readable.
     */
    private static void keepPermissions(Path existing, Path temp) throws IOException {
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(existing));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to keep
        } catch (java.nio.file.NoSuchFileException e) {
            // the existing file went away meanwhile: the output is simply a new file
        }
    }

    PrintWriter writer() {
        return writer;
    }

    /**
     * Moves the finished file into place, unless the run was cancelled: then it throws
     * {@link java.util.concurrent.CancellationException} and {@link #close} removes the file.
     */
    void commit() throws IOException {
        writer.flush();
        // Ctrl-C interrupts the command's thread, and an interrupt closes the (interruptible) file
        // channel under the writer: writes that failed since are the cancellation's doing, so a
        // cancelled run or an interrupted thread is a cancellation, not a write error to report.
        if (cancellation.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("cancelled");
        }
        if (writer.checkError()) {
            throw new IOException(requested + ": write failed");
        }
        writer.close();
        try {
            cancellation.commit(() -> {
                if (force) {
                    try {
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } else {
                    placeUnlessThere();
                }
            });
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(requested + ": file exists (it appeared while the command ran; "
                    + "use --force to overwrite)");
        } catch (java.nio.file.NoSuchFileException e) {
            // the exceptions name the temporary file: say what the user can act on, as at open
            throw new IOException(requested + ": no such directory (it went away while the command ran)");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException(requested + ": permission denied");
        } catch (java.nio.file.FileSystemException e) {
            throw new IOException(requested + ": cannot write" + (e.getReason() == null ? "" : ": " + e.getReason()));
        }
        if (!force) {
            try {
                Files.deleteIfExists(temp); // the link's second name; the output is in place already
            } catch (IOException e) {
                // close() tries again; the output stands either way
            }
        }
    }

    /**
     * Without --force, a file that appeared at the target while the command ran (another process,
     * a second command) must not be overwritten: a rename would replace it silently, so the
     * temporary file is hard-linked into place, which fails if the name is taken, then removed.
     */
    private void placeUnlessThere() throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            if (e instanceof FileAlreadyExistsException taken) {
                throw taken;
            }
            if (!noHardLinks(e)) {
                throw e;
            }
            // a file system without hard links: a move that refuses an existing file (the JDK
            // checks, then renames: a narrow window, the best left without links)
            Files.move(temp, target);
        }
    }

    /** Whether creating a hard link failed because the file system has none (not for another reason). */
    private static boolean noHardLinks(Exception e) {
        if (e instanceof UnsupportedOperationException) {
            return true;
        }
        String reason = ((java.nio.file.FileSystemException) e).getReason();
        return reason != null && (reason.contains("not permitted") || reason.contains("not supported"));
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
        // not committed: the unfinished file; committed by a link: its second name (once moved
        // with --force it is gone already)
        deleteTemp();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // already shutting down: the hook itself cleans up
        }
    }

    /**
     * The shutdown hook (Ctrl-C in one-shot use, or the REPL exiting while an abandoned command
     * still runs): cancels first, which waits for a commit under way, so that the file is then
     * either in place or never will be, and its temporary file can go.
     */
    private void abandon() {
        cancellation.cancel();
        deleteTemp();
    }

    private void deleteTemp() {
        Path temp = this.temp;
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more can be done; the name starts with a dot so it stays out of the way
        }
    }
}
