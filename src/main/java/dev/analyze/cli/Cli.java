package dev.analyze.cli;

import dev.analyze.document.LoadException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds the one command tree used by every mode, with the project's error handling: a one-line
 * message (plus "did you mean") on stderr and the documented exit codes.
 */
public final class Cli {

    private Cli() {
    }

    /**
     * The whole command tree.
     *
     * @param sessionMode true for the REPL and scripts: adds {@code exit}/{@code quit}
     */
    public static CommandLine create(AppContext context, PrintWriter out, PrintWriter err, boolean sessionMode) {
        return create(context, out, err, sessionMode, null);
    }

    /**
     * The tree a one-shot run needs: the root and only the command {@code args} names, when it
     * names a known one other than help; the root alone for {@code --version}; otherwise the whole
     * tree (for help, "did you mean" and the root's other options).
     */
    public static CommandLine forOneShot(AppContext context, PrintWriter out, PrintWriter err, String[] args) {
        String first = args.length == 0 ? "" : args[0];
        if (args.length == 1 && (first.equals("-V") || first.equals("--version"))) {
            return create(context, out, err, false, "");
        }
        boolean single = AnalyzeCommand.SUBCOMMANDS.containsKey(first) && !first.equals("help");
        return create(context, out, err, false, single ? first : null);
    }

    private static CommandLine create(AppContext context, PrintWriter out, PrintWriter err, boolean sessionMode,
            String only) {
        CommandLine cl = new CommandLine(new AnalyzeCommand().spec);
        for (var e : AnalyzeCommand.SUBCOMMANDS.entrySet()) {
            if (only == null || only.equals(e.getKey())) {
                cl.addSubcommand(e.getKey(), new CommandLine(e.getValue().apply(context)));
            }
        }
        if (sessionMode) {
            cl.addSubcommand(new CommandLine(new ExitCommand(context).spec));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        // Named classes, not lambdas, for picocli's interfaces: a lambda makes the class-data-sharing
        // dump link picocli's pre-Java-6 classes, which then cannot be archived (see the pom).
        cl.setExecutionStrategy(new ErrorSurvivingStrategy());
        boolean color = context.stdoutTty() && !context.env().containsKey("NO_COLOR");
        cl.setColorScheme(Help.defaultColorScheme(color ? Help.Ansi.ON : Help.Ansi.OFF));
        cl.setParameterExceptionHandler(new UsageErrorHandler(context));
        cl.setExecutionExceptionHandler(new FailureHandler());
        addHelpOptions(cl, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        return cl;
    }

    /**
     * Gives every command {@code -h/--help}, including those added later by other packages, so
     * {@code analyze show --help} works like {@code analyze help show}.
     */
    private static void addHelpOptions(CommandLine cl, java.util.Set<CommandLine> seen) {
        if (!seen.add(cl)) {
            return; // an alias maps to the same command
        }
        CommandSpec spec = cl.getCommandSpec();
        boolean hasHelp = spec.findOption("-h") != null || spec.findOption("--help") != null;
        for (OptionSpec option : spec.options()) {
            hasHelp |= option.usageHelp();
        }
        if (!hasHelp) {
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            addHelpOptions(sub, seen);
        }
    }

    /**
     * Runs the command; an Error it throws (stack overflow on deeply nested input, out of memory,
     * a failed assertion) becomes an internal error of that command, so a script or the REPL goes
     * on instead of dying with a stack trace. Errors of the JVM itself are not caught.
     */
    private static final class ErrorSurvivingStrategy implements IExecutionStrategy {
        @Override
        public int execute(ParseResult parseResult) {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (StackOverflowError | OutOfMemoryError e) {
                throw new CommandLine.ExecutionException(parseResult.commandSpec().commandLine(), e.toString(), e);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Error e) {
                throw new CommandLine.ExecutionException(parseResult.commandSpec().commandLine(), e.toString(), e);
            }
        }
    }

    /** The visible command names (hidden maintainer commands are not suggested). */
    static List<String> visibleCommands(CommandLine cl) {
        List<String> names = new ArrayList<>();
        cl.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                names.add(name);
            }
        });
        return names;
    }

    /** A usage error: one line, "did you mean" when something is close, and where to get help. */
    private static final class UsageErrorHandler implements IParameterExceptionHandler {
        private final AppContext context;

        UsageErrorHandler(AppContext context) {
            this.context = context;
        }

        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine cl = ex.getCommandLine();
            PrintWriter err = cl.getErr();
            if (ex instanceof UnmatchedArgumentException ua && !ua.getUnmatched().isEmpty()) {
                String word = ua.getUnmatched().get(0);
                boolean isRoot = cl.getParent() == null;
                boolean option = word.startsWith("-") && word.length() > 1;
                Diagnostics.error(err, (option ? "unknown option '" : isRoot ? "unknown command '" : "unexpected argument '")
                        + word + "'" + (isRoot || !option ? "" : " for '" + cl.getCommandName() + "'"));
                List<String> choices = option ? optionNames(cl) : isRoot ? visibleCommands(cl) : List.of();
                List<String> close = Suggestions.closest(word, choices);
                if (!close.isEmpty()) {
                    err.println("Did you mean " + String.join(" or ", close) + "?");
                }
            } else {
                Diagnostics.error(err, ex.getMessage().replaceAll("\\s+", " ").strip());
            }
            String prefix = context.interactive() ? "" : "analyze ";
            String help = cl.getParent() == null ? (context.interactive() ? "help" : "analyze --help")
                    : prefix + "help " + cl.getCommandName();
            err.println("Try '" + help + "'.");
            err.flush();
            return ExitCodes.USAGE;
        }
    }

    private static List<String> optionNames(CommandLine cl) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : cl.getCommandSpec().options()) {
            names.addAll(List.of(option.names()));
        }
        return names;
    }

    /** A failed command: a one-line message and the exit code for what went wrong. */
    private static final class FailureHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
            PrintWriter err = cl.getErr();
            if (ex instanceof LoadException le) {
                Diagnostics.error(err, le.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof UsageException || ex instanceof ShowCommand.SelectionException) {
                Diagnostics.error(err, ex.getMessage());
                return ExitCodes.USAGE;
            }
            if (ex instanceof CancellationException) {
                Diagnostics.error(err, "cancelled");
                return ExitCodes.INTERRUPTED;
            }
            if (ex instanceof java.io.UncheckedIOException io && io.getCause() != null) {
                Diagnostics.error(err, "output failed: " + io.getCause().getMessage());
                return ExitCodes.BAD_INPUT;
            }
            Object shown = ex instanceof CommandLine.ExecutionException && ex.getCause() instanceof Error e ? e : ex;
            Diagnostics.error(err, "internal error: " + shown + " (please report this with the input that caused it)");
            if (System.getenv("ANALYZE_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return 70;
        }
    }
}
