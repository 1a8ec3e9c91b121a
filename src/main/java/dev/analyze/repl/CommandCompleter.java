package dev.analyze.repl;

import dev.analyze.cli.AppContext;
import dev.analyze.document.Document;
import dev.analyze.document.Token;
import dev.analyze.document.TokenKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Completion from the picocli command model: command names, option names, option values (with or
 * without "="), and every positional parameter by what it names: loaded documents and files for
 * DOC, files for PATH, words of the current document for TERM, names in the current document for
 * NAME. (picocli-shell-jline3's stock completer skips positionals; this one does not.)
 */
final class CommandCompleter implements Completer {

    private final CommandSpec root;
    private final AppContext context;
    private final Completer files = new Completers.FileNameCompleter();

    CommandCompleter(CommandSpec root, AppContext context) {
        this.root = root;
        this.context = context;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        String current = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        if (index == 0) {
            root.subcommands().forEach((name, sub) -> {
                if (!sub.getCommandSpec().usageMessage().hidden()) {
                    candidates.add(new Candidate(name, name, "commands", description(sub.getCommandSpec()), null, null, true));
                }
            });
            return;
        }
        var sub = root.subcommands().get(words.get(0));
        if (sub == null) {
            return;
        }
        CommandSpec spec = sub.getCommandSpec();
        if (spec.name().equals("help")) {
            root.subcommands().forEach((name, command) -> {
                if (!command.getCommandSpec().usageMessage().hidden()) {
                    candidates.add(new Candidate(name, name, "commands", null, null, null, true));
                }
            });
            return;
        }
        if (current.startsWith("-")) {
            int eq = current.indexOf('=');
            if (eq > 0) {
                OptionSpec option = spec.findOption(current.substring(0, eq));
                if (option != null) {
                    String prefix = current.substring(0, eq + 1);
                    for (String v : values(option)) {
                        candidates.add(new Candidate(prefix + v, v, "values", null, null, null, true));
                    }
                }
                return;
            }
            for (OptionSpec option : spec.options()) {
                if (option.hidden()) {
                    continue;
                }
                for (String name : option.names()) {
                    String descr = option.description().length > 0 ? option.description()[0] : null;
                    candidates.add(new Candidate(name, name, "options", shorten(descr), null, null,
                            option.arity().max() == 0));
                }
            }
            return;
        }
        // the word before: an option waiting for its value?
        String previous = index >= 1 ? words.get(index - 1) : "";
        OptionSpec pending = previous.startsWith("-") && !previous.contains("=") ? spec.findOption(previous) : null;
        if (pending != null && pending.arity().min() > 0) {
            if (pending.type() == java.nio.file.Path.class || pending.type() == java.io.File.class) {
                files.complete(reader, line, candidates);
                return;
            }
            for (String v : values(pending)) {
                candidates.add(new Candidate(v, v, "values", null, null, null, true));
            }
            return;
        }
        PositionalParamSpec positional = positionalAt(spec, words, index);
        if (positional != null) {
            completePositional(spec, positional, reader, line, candidates);
        }
    }

    /** Which positional the word at {@code index} fills, skipping options and their values. */
    private static PositionalParamSpec positionalAt(CommandSpec spec, List<String> words, int index) {
        int position = 0;
        for (int i = 1; i < index; i++) {
            String w = words.get(i);
            if (w.startsWith("-") && !w.equals("-")) {
                OptionSpec o = spec.findOption(w.contains("=") ? w.substring(0, w.indexOf('=')) : w);
                if (o != null && o.arity().min() > 0 && !w.contains("=")) {
                    i++; // skip the option's value
                }
                continue;
            }
            position++;
        }
        PositionalParamSpec last = null;
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.index().contains(position)) {
                return p;
            }
            last = p;
        }
        return last != null && last.arity().isUnspecified() ? last : (last != null && last.arity().max() > 1 ? last : null);
    }

    private void completePositional(CommandSpec spec, PositionalParamSpec p, LineReader reader, ParsedLine line,
            List<Candidate> candidates) {
        String label = p.paramLabel().toUpperCase(Locale.ROOT);
        boolean documents = label.contains("DOC");
        if (documents) {
            for (String name : context.session().names()) {
                candidates.add(new Candidate(name, name, "documents", null, null, null, true));
            }
        }
        // a DOC is a loaded name, or also a file for commands that read files (they take --max-size)
        boolean readsFiles = spec.findOption("--max-size") != null;
        if ((documents && readsFiles) || label.contains("PATH") || label.contains("FILE")) {
            files.complete(reader, line, candidates);
            return;
        }
        if (documents) {
            return;
        }
        if (label.contains("TERM")) {
            for (String word : documentWords()) {
                candidates.add(new Candidate(word, word, "words", null, null, null, true));
            }
            return;
        }
        for (String v : values(p)) {
            candidates.add(new Candidate(v, v, "values", null, null, null, true));
        }
    }

    /** The distinct words of the current document, in order of first use. */
    private List<String> documentWords() {
        Document doc = context.session().current().orElse(null);
        if (doc == null) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (var s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (t.kind() == TokenKind.WORD && t.text().length() > 1) {
                    words.add(t.text());
                }
            }
        }
        return new ArrayList<>(words);
    }

    /** Values an option or positional accepts: its completion candidates, or live names for NAME. */
    private List<String> values(ArgSpec arg) {
        List<String> out = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(out::add);
        }
        if (out.isEmpty() && arg.paramLabel().toUpperCase(Locale.ROOT).contains("DOC")) {
            out.addAll(context.session().names());
        }
        if (out.isEmpty() && arg.paramLabel().equalsIgnoreCase("NAME")) {
            out.addAll(NameSuggestions.of(context));
        }
        return out;
    }

    private static String description(CommandSpec spec) {
        String[] d = spec.usageMessage().description();
        return d.length == 0 ? null : shorten(d[0]);
    }

    private static String shorten(String s) {
        if (s == null) {
            return null;
        }
        String first = s.replaceAll("\\$\\{[^}]*}", "").strip();
        int dot = first.indexOf(". ");
        if (dot > 0) {
            first = first.substring(0, dot + 1);
        }
        return first.length() > 60 ? first.substring(0, 57) + "..." : first;
    }
}
