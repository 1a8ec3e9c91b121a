package dev.analyze.cli;

import dev.analyze.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the program in-process as a shell would, with captured streams and a given stdin. */
public final class CliRun {

    /** What one run produced. */
    public record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private CliRun() {
    }

    /** One-shot or script mode (stdin is never a terminal here), no colour, default environment. */
    public static Result run(String stdin, String... args) {
        return run(stdin, Map.of(), false, args);
    }

    public static Result run(String stdin, Map<String, String> env, boolean stdoutTty, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), env, stdoutTty, args);
    }

    public static Result run(byte[] stdin, Map<String, String> env, boolean stdoutTty, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppContext context = new AppContext(() -> new ByteArrayInputStream(stdin), env, stdoutTty, 100);
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(args, context, o, e, false);
        }
        return new Result(code, out.toString(), err.toString());
    }
}
