package dev.analyze.repl;

import dev.analyze.cli.AppContext;
import java.io.IOException;
import picocli.CommandLine;

/** Lets tests in other packages drive a REPL session on a scripted terminal. */
public final class ReplRun {

    private ReplRun() {
    }

    /** Types {@code keys} (which should end with "exit\n") and returns what the screen showed. */
    public static String screen(AppContext context, CommandLine commandLine, String keys) throws IOException {
        return ReplTest.run(context, commandLine, keys).screen();
    }
}
