package dev.analyze.document;

/**
 * A document could not be loaded. The message is one line naming the file and the problem,
 * ready to print: {@code "notes.txt: not valid UTF-8 at byte 1042 (try --encoding)"}.
 */
public final class LoadException extends Exception {

    private final String source;
    private final String problem;

    public LoadException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public String problem() {
        return problem;
    }
}
