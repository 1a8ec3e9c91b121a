package dev.analyze.document;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A document source found while listing the user's arguments, not yet read: a file, or standard
 * input ({@code path} empty). Listing is cheap, so a corpus of thousands of files can be streamed.
 * An argument that names nothing readable is a source too, with the {@code problem} that reading
 * it reports: so it fails in its place, like a file that vanishes after listing, and the other
 * arguments are still read.
 */
public record SourceRef(String label, Optional<Path> path, Format format, Optional<String> problem) {

    /** How the bytes are turned into article text. */
    public enum Format { TEXT, MARKDOWN, HTML }

    public static SourceRef stdin() {
        return new SourceRef("-", Optional.empty(), Format.TEXT, Optional.empty());
    }

    public static SourceRef file(Path path) {
        return new SourceRef(path.toString(), Optional.of(path), formatOf(path), Optional.empty());
    }

    /** What listing {@code label} found instead of a document; reading it fails with {@code problem}. */
    static SourceRef failed(String label, String problem) {
        return new SourceRef(label, Optional.empty(), Format.TEXT, Optional.of(problem));
    }

    /** The short name a document gets: the file stem ("kerry" for samples/kerry.txt), "stdin" for -. */
    public String stem() {
        if (problem.isPresent()) {
            throw new IllegalStateException(label + " failed at listing and has no document to name");
        }
        if (path.isEmpty()) {
            return "stdin";
        }
        Path fileName = path.get().getFileName();
        String name = fileName == null ? "doc" : fileName.toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.isBlank() ? "doc" : underscoreSpaces(stem);
    }

    /** Runs of ASCII white space (regex {@code \s+}) as one "_", without a regex per file. */
    static String underscoreSpaces(String s) {
        int i = 0;
        while (i < s.length() && !isAsciiSpace(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            if (isAsciiSpace(s.charAt(i))) {
                b.append('_');
                while (i < s.length() && isAsciiSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                b.append(s.charAt(i++));
            }
        }
        return b.toString();
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static Format formatOf(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase();
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        return Format.TEXT;
    }
}
