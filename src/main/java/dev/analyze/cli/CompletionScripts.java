package dev.analyze.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The shell completion scripts kept in {@code completions/}, generated from the one-shot command
 * tree by picocli's {@link AutoComplete}: a bash script, and a zsh script that runs the same one
 * through bashcompinit. A test compares them with the files so they cannot go stale silently.
 */
public final class CompletionScripts {

    /** The folder, relative to the repository top, that holds the scripts. */
    public static final String DIRECTORY = "completions";

    /** How to bring the files up to date; printed by the staleness test. */
    public static final String REGENERATE = "mvn -q package -DskipTests && target/analyze generate-completion --dir completions";

    /** picocli writes its own version into the header; that line must not make the files stale. */
    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^(#[^\n]*picocli[^\n]*? version )\\S+$");

    private CompletionScripts() {
    }

    /** File name to content, in a stable order: analyze.bash, analyze.zsh. */
    public static Map<String, String> generate() {
        String bash = bash();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("analyze.bash", bash);
        files.put("analyze.zsh", zsh(bash));
        return files;
    }

    /** The bash script for the command tree of one-shot use (no REPL-only commands such as exit). */
    static String bash() {
        AppContext context = new AppContext(() -> java.io.InputStream.nullInputStream(), Map.of(), false, 80);
        PrintWriter sink = new PrintWriter(new StringWriter());
        CommandLine cl = Cli.create(context, sink, sink, false);
        completeFilesForDocuments(cl, Collections.newSetFromMap(new IdentityHashMap<>()));
        return AutoComplete.bash("analyze", cl);
    }

    /**
     * From the shell, a document argument (DOC, PATH, FILE) is a file; those positionals are
     * strings (in the REPL they also name loaded documents), which AutoComplete would leave
     * uncompleted. In this throwaway tree they are retyped as paths so bash completes file names.
     */
    private static void completeFilesForDocuments(CommandLine cl, Set<CommandLine> seen) {
        if (!seen.add(cl)) {
            return;
        }
        CommandSpec spec = cl.getCommandSpec();
        for (PositionalParamSpec p : List.copyOf(spec.positionalParameters())) {
            String label = p.paramLabel().toUpperCase(Locale.ROOT);
            boolean names = label.contains("DOC") || label.contains("PATH") || label.contains("FILE");
            if (names && p.completionCandidates() == null && !p.hidden()) {
                PositionalParamSpec.Builder b = PositionalParamSpec.builder()
                        .paramLabel(p.paramLabel())
                        .index(p.index().originalValue())
                        .arity(p.arity().originalValue())
                        .description(p.description());
                if (p.isMultiValue()) {
                    b.type(List.class).auxiliaryTypes(Path.class);
                } else {
                    b.type(Path.class);
                }
                spec.remove(p);
                spec.addPositional(b.build());
            }
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            completeFilesForDocuments(sub, seen);
        }
    }

    private static String zsh(String bash) {
        // the bash script itself loads compinit and bashcompinit when it finds itself in zsh
        return "# zsh completion for analyze: source this file from ~/.zshrc.\n"
                + "# It is the bash script, which runs itself through zsh's bashcompinit.\n\n"
                + bash;
    }

    /** The content with the picocli version in the header blanked, for comparing generated files. */
    public static String normalised(String content) {
        return VERSION_LINE.matcher(content.replace("\r\n", "\n")).replaceAll("$1<version>");
    }

    /** Names of the files this class writes. */
    public static Set<String> names() {
        return generate().keySet();
    }
}
