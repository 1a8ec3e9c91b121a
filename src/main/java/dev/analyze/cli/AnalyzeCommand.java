package dev.analyze.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The root of the command tree that serves one-shot, script and REPL use alike. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Analyze English news articles: word statistics and readability, entities, quotes with their "
                    + "speakers, key claims.",
            "",
            "  analyze load FILE...               open the REPL with the documents loaded",
            "  analyze COMMAND [OPTIONS] FILE...  run one command and exit (- reads stdin)",
            "  analyze load FILE... < SCRIPT      run one command per line from stdin",
            "",
            "Corpus mode: analysis commands take many files and directories, analyzed in parallel (--threads N),",
            "output in input order; --format jsonl gives one record per item with its document. --aggregate",
            "gives corpus totals for stats, words, entities and quotes.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:bad input (missing, unreadable, binary, wrongly encoded, empty or too large file)",
            "2:usage error (unknown command or option, bad argument)",
            "70:internal error (a bug: please report it)",
            "130:interrupted"},
        footerHeading = "%n",
        footer = {"Environment: NO_COLOR disables colour; ANALYZE_JAVA_OPTS adds JVM options (launcher).",
            "Run 'analyze help COMMAND' for a command's options."})
public final class AnalyzeCommand implements Callable<Integer> {

    /**
     * The commands, in the order help lists them. Registered by {@link Cli} rather than in the
     * annotation, so a one-shot run builds the model of the one command it runs: picocli builds
     * each command's model by reflection, and building all of them dominated start-up.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("load", LoadCommand.class);
        m.put("docs", DocsCommand.class);
        m.put("use", UseCommand.class);
        m.put("unload", UnloadCommand.class);
        m.put("show", ShowCommand.class);
        m.put("stats", StatsCommand.class);
        m.put("words", WordsCommand.class);
        m.put("ngrams", NgramsCommand.class);
        m.put("kwic", KwicCommand.class);
        m.put("entities", EntitiesCommand.class);
        m.put("quotes", QuotesCommand.class);
        m.put("claims", ClaimsCommand.class);
        m.put("summary", SummaryCommand.class);
        m.put("help", CommandLine.HelpCommand.class);
        m.put("generate-completion", GenerateCompletionCommand.class);
        return Collections.unmodifiableMap(m);
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--keep-going", description = "Script mode: run every command even after one fails.")
    boolean keepGoing;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    public boolean keepGoing() {
        return keepGoing;
    }
}
