package dev.analyze.cli;

/** The exit codes, in one place; listed in --help. */
public final class ExitCodes {

    public static final int OK = 0;
    /** A file is missing, unreadable, binary, wrongly encoded, empty or too large. */
    public static final int BAD_INPUT = 1;
    /** Unknown command or option, missing or malformed argument. */
    public static final int USAGE = 2;
    /** The command was interrupted (Ctrl-C). */
    public static final int INTERRUPTED = 130;

    static final String[] HELP_LIST = {
        "0:success",
        "1:bad input (missing, unreadable, binary, wrongly encoded, empty or too large file)",
        "2:usage error (unknown command or option, bad argument)",
        "130:interrupted"
    };

    private ExitCodes() {
    }
}
