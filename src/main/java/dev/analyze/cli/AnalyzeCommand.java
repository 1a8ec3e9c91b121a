package dev.analyze.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The root of the command tree that serves one-shot, script and REPL use alike. */
public final class AnalyzeCommand implements Callable<Integer> {

    /**
     * The commands, in the order help lists them, each as a function building its model. A
     * one-shot run builds the model of the one command it runs. picocli's own help command is the
     * one model still built from annotations; it is built only for the whole tree.
     */
    static final Map<String, Function<AppContext, CommandSpec>> SUBCOMMANDS = subcommands();

    private static Map<String, Function<AppContext, CommandSpec>> subcommands() {
        Map<String, Function<AppContext, CommandSpec>> m = new LinkedHashMap<>();
        m.put("load", c -> new LoadCommand(c).spec);
        m.put("docs", c -> new DocsCommand(c).spec);
        m.put("use", c -> new UseCommand(c).spec);
        m.put("unload", c -> new UnloadCommand(c).spec);
        m.put("show", c -> new ShowCommand(c).spec);
        m.put("stats", c -> new StatsCommand(c).spec);
        m.put("words", c -> new WordsCommand(c).spec);
        m.put("ngrams", c -> new NgramsCommand(c).spec);
        m.put("kwic", c -> new KwicCommand(c).spec);
        m.put("entities", c -> new EntitiesCommand(c).spec);
        m.put("quotes", c -> new QuotesCommand(c).spec);
        m.put("claims", c -> new ClaimsCommand(c).spec);
        m.put("summary", c -> new SummaryCommand(c).spec);
        m.put("help", c -> CommandSpec.forAnnotatedObject(new CommandLine.HelpCommand()));
        m.put("generate-completion", c -> new GenerateCompletionCommand().spec);
        return Collections.unmodifiableMap(m);
    }

    final CommandSpec spec;

    boolean keepGoing;

    AnalyzeCommand() {
        spec = CommandModel.of(this, "analyze",
                        "Analyze English news articles: word statistics and readability, entities, quotes with their "
                                + "speakers, key claims.",
                        "",
                        "  analyze load FILE...               open the REPL with the documents loaded",
                        "  analyze COMMAND [OPTIONS] FILE...  run one command and exit (- reads stdin)",
                        "  analyze load FILE... < SCRIPT      run one command per line from stdin",
                        "",
                        "Corpus mode: analysis commands take many files and directories, analyzed in parallel "
                                + "(--threads N),",
                        "output in input order; --format jsonl gives one record per item with its document. "
                                + "--aggregate",
                        "gives corpus totals for stats, words, entities and quotes.",
                        "")
                .flag("--keep-going", "Script mode: run every command even after one fails.", v -> keepGoing = v)
                .option(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                        .description("Show this help message and exit."), false, v -> { })
                .option(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                        .description("Print version information and exit."), false, v -> { })
                .spec();
        spec.versionProvider(new Version());
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put("0", "success");
        exitCodes.put("1", "bad input (missing, unreadable, binary, wrongly encoded, empty or too large file)");
        exitCodes.put("2", "usage error (unknown command or option, bad argument)");
        exitCodes.put("70", "internal error (a bug: please report it)");
        exitCodes.put("130", "interrupted");
        spec.usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(exitCodes)
                .footerHeading("%n")
                .footer("Environment: NO_COLOR disables colour; ANALYZE_JAVA_OPTS adds JVM options (launcher).",
                        "Run 'analyze help COMMAND' for a command's options.");
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    public boolean keepGoing() {
        return keepGoing;
    }
}
