package dev.analyze;

import dev.analyze.cli.AppContext;
import dev.analyze.cli.Cli;
import dev.analyze.cli.ExitCodes;
import dev.analyze.cli.ScriptRunner;
import dev.analyze.cli.Terminals;
import dev.analyze.repl.Repl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import picocli.CommandLine;

/**
 * Entry point: picks one-shot, script or REPL mode. The only {@code System.exit} of the program.
 *
 * <ul>
 *   <li>{@code analyze COMMAND ...}: one-shot; no terminal is built.</li>
 *   <li>{@code analyze [load FILE...]} with a terminal on stdin: the REPL.</li>
 *   <li>{@code analyze [load FILE...] < script}: one command per line, no prompt.</li>
 * </ul>
 */
public final class Main {

    private static final Set<String> ROOT_FLAGS = Set.of("--keep-going");

    private Main() {
    }

    public static void main(String[] args) {
        // No option takes a date, time or JDBC type: spare picocli's built-in converters for them,
        // which load and reflect on some 60 java.time and java.sql classes in every run (~10 ms).
        System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = run(args, AppContext.system(), out, err, Terminals.isTty(0));
        } finally {
            out.flush();
            err.flush();
        }
        System.exit(code);
    }

    /** Runs the program; returns the exit code. */
    public static int run(String[] args, AppContext context, PrintWriter out, PrintWriter err, boolean stdinTty) {
        int first = 0;
        boolean keepGoing = false;
        while (first < args.length && ROOT_FLAGS.contains(args[first])) {
            keepGoing |= args[first].equals("--keep-going");
            first++;
        }
        boolean sessionMode = first == args.length || args[first].equals("load");
        if (!sessionMode) {
            return Cli.forOneShot(context, out, err, args).execute(args);
        }
        CommandLine cl = Cli.create(context, out, err, true);
        context.interactive(stdinTty);
        int code = ExitCodes.OK;
        if (first < args.length) {
            String[] load = Arrays.copyOfRange(args, first, args.length);
            keepGoing |= Arrays.asList(load).contains("--keep-going");
            code = cl.execute(load);
            if (code == ExitCodes.USAGE || (code != ExitCodes.OK && !stdinTty && !keepGoing)) {
                return code;
            }
        }
        if (stdinTty) {
            return Repl.run(context, cl, out, err);
        }
        if (Arrays.asList(args).contains("-")) {
            return code; // stdin was the document, not a script
        }
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(context.stdin().get(), StandardCharsets.UTF_8));
            int scriptCode = new ScriptRunner(context, cl, err, keepGoing).run(in);
            return Math.max(code, scriptCode);
        } catch (IOException e) {
            err.println("analyze: reading commands from standard input: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

}
